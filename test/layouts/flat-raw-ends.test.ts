// Stream-order dumps (pdftotext -raw, pdf.js) of Word-made tables with a 完成时限 column: where a
// task cell ends. The row's names and its time printed on one line (`县商务局 卢 静 2025 年 12 月`),
// a heading row printed right after a task without a full stop, a task sentence going on after a
// clause mark. Small hand-written excerpts (fictional names), each rule with a counter-example.
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import { joinSpacedDate, peelInlineTail } from "../../src/layouts/flat/fragments.js";
import { trailingTimeCell } from "../../src/layouts/flat/tasklines.js";
import { isTimeCellRest } from "../../src/layouts/flat/anatomy.js";
import { continuesClause, headingRowAfterTask, headingsToRowEnd } from "../../src/layouts/flat/wrapends.js";
import { numberingGoesOn } from "../../src/layouts/list/flattened.js";

const line = (text: string, afterBreak = false) => ({ text, line: 1, afterBreak });
const lines = (...texts: string[]) => texts.map((t, k) => ({ text: t, line: k + 1, afterBreak: false }));

describe("a date printed with spaces around its digits is one time cell", () => {
  it("joinSpacedDate joins the date last on the line", () => {
    expect(joinSpacedDate("县商务局 卢 静 2025 年 12 月")).toBe("县商务局 卢 静 2025年12月");
    expect(joinSpacedDate("镇财政所 罗海平 2024 年 12 月底前")).toBe("镇财政所 罗海平 2024年12月底前");
    expect(joinSpacedDate("2025 年 12 月")).toBe("2025年12月");
  });
  it("counter-example: a quantity last on the line is not a date", () => {
    expect(joinSpacedDate("完成棚户区改造征收 1200 户")).toBe("完成棚户区改造征收 1200 户");
    expect(joinSpacedDate("新建城市公园 12 个")).toBe("新建城市公园 12 个");
  });
  it("trailingTimeCell reads names before a spaced date, a padded two-character name as one", () => {
    expect(trailingTimeCell("县商务局 卢 静 2025 年 12 月")).toBe("县商务局 卢 静");
    expect(trailingTimeCell("县交通运输局 田志刚 2025 年 12 月")).toBe("县交通运输局 田志刚");
  });
  it("counter-example: task words before the date are no names line", () => {
    expect(trailingTimeCell("消费品零售总额增长 2025 年 12 月")).toBeNull();
    expect(trailingTimeCell("2025 年 12 月")).toBeNull();
  });
  it("peelInlineTail splits a one-line row's task, names and spaced date", () => {
    expect(peelInlineTail("规模以上工业增加值增长 7% 县工信局 石 磊 2025 年 12 月", undefined, true)).toEqual({
      task: "规模以上工业增加值增长 7%",
      tail: ["县工信局", "石磊"],
    });
  });
  it("counter-example: without a time column the spaced date is not taken apart", () => {
    expect(peelInlineTail("规模以上工业增加值增长 7% 县工信局 石 磊 2025 年 12 月").tail).toEqual([]);
  });
});

describe("a heading marker is never the rest of a wrapped time cell", () => {
  it("isTimeCellRest refuses `二、重点工作` after `2025年12月`", () => {
    expect(isTimeCellRest("2025年12月", "二、重点工作")).toBe(false);
    expect(isTimeCellRest("2025年12月", "（一）项目")).toBe(false);
  });
  it("counter-example: the time's own rest is still read", () => {
    expect(isTimeCellRest("2024年12", "月底前")).toBe(true);
    expect(isTimeCellRest("全年持续", "推进")).toBe(true);
  });
});

describe("a percentage alone on the task's last line, the next column's unit after it", () => {
  it("peelInlineTail takes the unit", () => {
    expect(peelInlineTail("10% 县乡村振兴局")).toEqual({ task: "10%", tail: ["县乡村振兴局"] });
  });
  it("counter-example: a bare number (a quantity) keeps the line whole", () => {
    expect(peelInlineTail("10 县乡村振兴局").tail).toEqual([]);
  });
});

describe("the task's sentence going on after a clause mark", () => {
  it("continuesClause: a word that is no name after `，`", () => {
    expect(continuesClause("推进基层网格化治理，", line("实现网格员全覆盖"))).toBe(true);
  });
  it("counter-examples: a whole name, no clause mark, a word that opens like a unit, a page break", () => {
    expect(continuesClause("推进基层网格化治理，", line("区委政法委"))).toBe(false);
    expect(continuesClause("推进基层网格化治理", line("实现网格员全覆盖"))).toBe(false);
    expect(continuesClause("推进基层网格化治理，", line("区重点项目服"))).toBe(false);
    expect(continuesClause("推进基层网格化治理，", line("实现网格员全覆盖", true))).toBe(false);
  });
});

describe("a heading row after a task without a full stop", () => {
  it("headingRowAfterTask: only headings after it to the row's end", () => {
    expect(headingRowAfterTask(lines("到 100%", "三、坚持民生为本，增进人民福祉", "（一）发展社会事业"), 1, "到 100%")).toBe(true);
    expect(headingRowAfterTask(lines("到 100%", "三、坚持民生为本，增进人民福祉"), 1, "到 100%")).toBe(true);
  });
  it("counter-examples: names after it, or the task line ends on a clause mark (its own enumeration)", () => {
    expect(headingRowAfterTask(lines("到 100%", "三、坚持民生为本，增进人民福祉", "区教育局"), 1, "到 100%")).toBe(false);
    expect(headingRowAfterTask(lines("完成以下三项：", "一、建设城区公园，改造老旧小区"), 1, "完成以下三项：")).toBe(false);
  });
  it("headingsToRowEnd: a marker line that reads like a unit, last in the row", () => {
    expect(headingsToRowEnd(lines("镇商贸服务中心 韦建国", "二、建设宜居集镇"), 1)).toBe(true);
  });
  it("counter-example: names after the marker line", () => {
    expect(headingsToRowEnd(lines("二、建设宜居集镇", "镇商贸服务中心"), 0)).toBe(false);
  });
});

describe("in a row (flat layout, a 完成时限 column)", () => {
  const header = "序号 工作任务 责任单位 责任领导 完成时限";
  const text = [
    "附件",
    "2025 年县政府工作报告目标任务分解表",
    header,
    "一、主要预期目标",
    "1",
    "全县地区生产总值增长 6%以",
    "上",
    "县发改局",
    "赵德明",
    "2025 年 12 月",
    "2 规模以上工业增加值增长 7% 县工信局 石 磊 2025 年 12 月",
    "3",
    "城乡居民人均可支配收入分别",
    "增长 5%、7.5%",
    "县统计局",
    "孔繁星",
    "2025 年 12 月",
    "二、重点工作",
    "（一）聚力项目建设，夯实发展根基",
    "4",
    "推动县域商业体系建设，社会",
    "消费品零售总额增长 6.5%",
    "县商务局 卢 静 2025 年 12 月",
    "5",
    "推进基层网格化治理，",
    "实现网格员全覆盖",
    "县委政法委 周 敏 全年持续推进",
  ].join("\n");
  it("reads each row's task, unit, leader and section", async () => {
    const r = await parseText(text, { layout: "flat" });
    const rows = r.tasks.map((t) => ({ seq: t.seq, section: t.section, task: t.task.replace(/\s+/g, ""), units: t.units, leaders: t.leaders }));
    expect(rows).toEqual([
      { seq: 1, section: ["一、主要预期目标"], task: "全县地区生产总值增长6%以上", units: ["县发改局"], leaders: ["赵德明"] },
      { seq: 2, section: ["一、主要预期目标"], task: "规模以上工业增加值增长7%", units: ["县工信局"], leaders: ["石磊"] },
      { seq: 3, section: ["一、主要预期目标"], task: "城乡居民人均可支配收入分别增长5%、7.5%", units: ["县统计局"], leaders: ["孔繁星"] },
      { seq: 4, section: ["二、重点工作", "（一）聚力项目建设，夯实发展根基"], task: "推动县域商业体系建设，社会消费品零售总额增长6.5%", units: ["县商务局"], leaders: ["卢静"] },
      { seq: 5, section: ["二、重点工作", "（一）聚力项目建设，夯实发展根基"], task: "推进基层网格化治理，实现网格员全覆盖", units: ["县委政法委"], leaders: ["周敏"] },
    ]);
  });
});

describe("a flattened table whose numbering goes on where the reading stopped is no web page's table", () => {
  it("numberingGoesOn: the next 序号 alone or before a row printed on one line", () => {
    expect(numberingGoesOn([{ text: "镇经济发展办 邓秀英 2024 年 12 月底前" }, { text: "3 培育规模以上工业企业 4 家 镇经济发展办 邓秀英 全年持续推进" }], 2)).toBe(true);
    expect(numberingGoesOn([{ text: "3" }], 2)).toBe(true);
  });
  it("counter-example: the document's text after the table, or another number", () => {
    expect(numberingGoesOn([{ text: "抄送：县委办公室。" }, { text: "县人民政府办公室 2025 年 2 月 18 日印发" }], 2)).toBe(false);
    expect(numberingGoesOn([{ text: "5 培育规模以上工业企业" }], 2)).toBe(false);
  });
});
