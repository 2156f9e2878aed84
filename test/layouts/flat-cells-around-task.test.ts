// Stream-order text (`pdftotext -raw`, a viewer's copy) of tables whose header puts unit or people
// columns before the task, or a 完成时限 column after the names (src/layouts/flat/anatomy.ts,
// tasklines.ts): the cells printed on one line with the task or the names, after a space.
import { describe, expect, it } from "vitest";
import { isTimeCellRest, leadingCells, rowParts } from "../../src/layouts/flat/anatomy.js";
import { isTaskLine, trailingTimeCell } from "../../src/layouts/flat/tasklines.js";
import type { RowBlock } from "../../src/layouts/flat/segment.js";

const block = (seq: number, ...texts: string[]): RowBlock => ({ seq, line: 1, lines: texts.map((text, k) => ({ text, line: k + 1, afterBreak: false })) });

describe("leadingCells: the columns before the task on its first line", () => {
  it("a person or a unit before the task's prose", () => {
    expect(leadingCells("周文斌 培育国家级专精特新“小巨人”企业3家，省级", 1)).toEqual({ names: ["周文斌"], rest: "培育国家级专精特新“小巨人”企业3家，省级" });
    expect(leadingCells("县发改局 争取中央预算内投资和专项债券项目40个、资金", 1)).toEqual({ names: ["县发改局"], rest: "争取中央预算内投资和专项债券项目40个、资金" });
    expect(leadingCells("郑磊 县工信局 新建5G基站300个。", 2)).toEqual({ names: ["郑磊", "县工信局"], rest: "新建5G基站300个。" });
  });

  it("counter-examples: a word of the task, a name with no prose after it, more names than columns", () => {
    expect(leadingCells("推动 6 个项目开工建设。", 1)).toBeNull();
    expect(leadingCells("周文斌 区工信局", 1)).toBeNull();
    expect(leadingCells("郑磊 县工信局 新建5G基站300个。", 1)).toBeNull();
  });

  it("a row: the leader before the task goes to the names, first, and the task is whole", () => {
    const parts = rowParts(block(1, "周文斌 推进数字经济核心产业增加值增长12%。 区工信局 区大数据中心"), 0, false, undefined, true, false, 1);
    expect(parts.task).toEqual(["推进数字经济核心产业增加值增长12%。"]);
    expect(parts.names.map((n) => n.text)).toEqual(["周文斌", "区工信局", "区大数据中心"]);
  });
});

describe("the 完成时限 cell after the names", () => {
  it("names then a deadline on one line: the names", () => {
    expect(trailingTimeCell("区直有关单位 全年持续推进")).toBe("区直有关单位");
    expect(trailingTimeCell("县财政局 各乡镇 2024年6月底前")).toBe("县财政局 各乡镇");
  });

  it("counter-examples: no deadline at the end, or prose before it", () => {
    expect(trailingTimeCell("区直有关单位 区财政局")).toBeNull();
    expect(trailingTimeCell("全年持续推进")).toBeNull();
    expect(trailingTimeCell("完成农村改厕 2024年底前")).toBeNull();
  });

  it("such a line is no task line (a centred row's start is not looked for in it)", () => {
    expect(isTaskLine("区直有关单位 2022年6月底前")).toBe(false);
    expect(isTaskLine("固定资产投资增长15%。")).toBe(true);
  });

  it("a time cell wrapped onto the next line: its rest is no name", () => {
    expect(isTimeCellRest("全年持续", "推进")).toBe(true);
    expect(isTimeCellRest("2022年12", "月底前")).toBe(true);
    expect(isTimeCellRest("全年持续", "区财政局")).toBe(false);
    expect(isTimeCellRest("全年持续", "李明")).toBe(false);
    // a heading row printed right after the row's last time cell is the next rows' section, not the cell's rest
    expect(isTimeCellRest("2025年12月", "二、重点工作")).toBe(false);
    expect(isTimeCellRest("2025年12", "（一）强化")).toBe(false);
  });

  it("a heading row after the row's time cell heads the rows below (not swallowed by the cell)", () => {
    const parts = rowParts(block(5, "城乡居民收入增长 5%。", "县人社局", "孔繁星", "2025 年 12 月", "二、重点工作", "（一）聚力项目建设，夯实发展根基"), 0, false, undefined, false, true);
    expect(parts.trailingHeadings.map((g) => g.fragments.join(""))).toEqual(["二、重点工作", "（一）聚力项目建设，夯实发展根基"]);
    // counter-example: a short plain rest after a wrapped time cell is still the cell's rest
    const rest = rowParts(block(5, "城乡居民收入增长 5%。", "县人社局", "孔繁星", "2025 年 12", "月底前"), 0, false, undefined, false, true);
    expect(rest.trailingHeadings).toEqual([]);
    expect(rest.names.map((n) => n.text)).toEqual(["县人社局", "孔繁星"]);
    // counter-example: heading fragments followed by names (the 项目 cell printed again) stay this row's path
    const path = rowParts(block(5, "城乡居民收入增长 5%。", "县人社局", "孔繁星", "2025 年 12 月", "二、重点工作", "县发改局"), 0, false, undefined, false, true);
    expect(path.headings.map((g) => g.fragments.join(""))).toEqual(["二、重点工作"]);
    expect(path.trailingHeadings).toEqual([]);
  });

  it("a row: names, the deadline and its wrapped rest; only the names are kept", () => {
    const parts = rowParts(block(2, "工业增加值增长7%。 区工信局 各街道办事处", "区直有关单位 全年持续", "推进"), 0, false, undefined, false, true);
    expect(parts.names.map((n) => n.text)).toEqual(["区工信局", "各街道办事处", "区直有关单位"]);
  });
});

describe("heading rows of a part above the chapters (`第一部分 主要预期目标`)", () => {
  it("are headings of level 0 in stream-order text", async () => {
    const { markerLevel, isHeadingRow } = await import("../../src/layouts/flat/fragments.js");
    expect(markerLevel("第一部分主要预期目标")).toBe(0);
    expect(isHeadingRow("第二部分 重点工作任务")).toBe(true);
    // counter-examples: an ordinal that is no part (`第一批`), a task sentence
    expect(markerLevel("第一批次项目开工建设")).toBeNull();
    expect(isHeadingRow("第一部分任务完成后，开展评估。")).toBe(false);
  });
});

describe("three unit columns side by side (牵头单位 | 责任单位 | 配合单位)", () => {
  it("which columns a row's units fill is a guess, even for one unit or a boundary on one line", async () => {
    const { chooseUnitSplit, splitUnitBlock } = await import("../../src/layouts/flat/columns.js");
    const u = (name: string, line: number, group: number) => ({ name, kind: "unit" as const, line, group });
    const three = ["leadUnits", "units", "coUnits"] as const;
    expect(splitUnitBlock([u("市公交集团", 1, 0)], three).guessed).toBe(true);
    expect(chooseUnitSplit([u("市交通运输局", 1, 0), u("市财政局", 2, 1)], three, new Map()).sure).toBe(false);
    // counter-example: two columns, one unit: the first column's, no guess
    expect(splitUnitBlock([u("市公交集团", 1, 0)], ["leadUnits", "units"]).guessed).toBe(false);
  });
});

describe("a 项目 heading with its marker on the task's first line", () => {
  it("is a heading of its own, the rest the task", async () => {
    const { headingOnTaskLine } = await import("../../src/layouts/flat/anatomy.js");
    expect(headingOnTaskLine("（三）打造实干政府 大力纠治“四风”，倡导行胜于言，坚持工作项目化、")).toEqual({ heading: "（三）打造实干政府", rest: "大力纠治“四风”，倡导行胜于言，坚持工作项目化、" });
    // counter-examples: a numbered clause of the task (no space), a heading alone, a name after the heading
    expect(headingOnTaskLine("（一）加快项目建设，新开工项目20个。")).toBeNull();
    expect(headingOnTaskLine("（三）打造实干政府")).toBeNull();
    expect(headingOnTaskLine("（三）打造实干政府 效能办")).toBeNull();
  });
});

describe("a task with no full stop, then its names and the 完成时限 cell on one line", () => {
  it("the time cell closes the row: the names are peeled", async () => {
    const { peelInlineTail } = await import("../../src/layouts/flat/fragments.js");
    expect(peelInlineTail("地区生产总值增长6%左右 区发展改革委 2023年12月底前", undefined, true)).toEqual({ task: "地区生产总值增长6%左右", tail: ["区发展改革委"] });
    // counter-examples: no 完成时限 column, or no time cell at the end: the task may go on
    expect(peelInlineTail("地区生产总值增长6%左右 区发展改革委 2023年12月底前", undefined, false).tail).toEqual([]);
    expect(peelInlineTail("地区生产总值增长6%左右 区发展改革委", undefined, true).tail).toEqual([]);
  });
});
