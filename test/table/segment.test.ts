// The table stage on hand-made grids: what a row is (find.ts), and how rows become tables and
// records (segment.ts), with the counter-examples each rule must not match.
import { describe, expect, it } from "vitest";
import type { GridRow } from "../../src/model/intermediate.js";
import { couldBeHeaderCell, isHeaderCells, isSubHeader, rowSeq } from "../../src/table/find.js";
import { gridToRecords } from "../../src/table/segment.js";
import { docTableToGrid } from "../../src/table/structure.js";
import { seqOf } from "../../src/table/lexicon.js";
import { parseText } from "../../src/parse.js";
import { Ls, showCells } from "../helpers/cell-lines.js";

const row = (cells: string[], extra: Partial<GridRow> = {}): GridRow => ({ cells: cells.map((t) => ({ lines: t ? Ls(t.split("\n")) : [] })), ...extra });
const HEADER = ["序号", "具体任务", "牵头单位", "责任单位", "分管领导"];

describe("find: header cells", () => {
  it("a header is short words that name a task and a responsibility column", () => {
    expect(isHeaderCells(HEADER)).toBe(true);
    expect(isHeaderCells(["序号", "目标任务", "责任单位（列第一位的为牵头单位）", "分管领导"])).toBe(true);
  });
  it("counter-examples: a numbered row whose cells hold header words is a task row, never a header", () => {
    // the merged-cell bug: 任务 and 单位 in the text, the 序号 cell a number
    expect(isHeaderCells(["2", "建立任务工作台账，实行清单化管理。", "区效能办 区直各单位", "", ""])).toBe(false);
    expect(couldBeHeaderCell("2")).toBe(false);
    expect(couldBeHeaderCell("１２")).toBe(false);
    expect(couldBeHeaderCell("建立任务工作台账，实行清单化管理。")).toBe(false);
    expect(couldBeHeaderCell("推进重点项目建设任务落实工作")).toBe(false); // 14 characters: content, not a header
    expect(couldBeHeaderCell("牵头单位")).toBe(true);
  });
  it("a sub-header names a field in every filled cell; a heading row with a field word is not one", () => {
    expect(isSubHeader(["", "", "牵头单位", "配合单位"], [2, 3])).toBe(true);
    expect(isSubHeader(["第一部分 主要预期目标"], [0])).toBe(false);
    expect(isSubHeader(["1", "", "牵头单位"], [0, 2])).toBe(false);
  });
  it("a 序号 is any whole number (no upper bound), not a decimal or a year with text", () => {
    expect(seqOf("10000")).toBe(10000);
    expect(seqOf("123456.")).toBe(123456);
    expect(seqOf(" ７ 、")).toBe(7);
    expect(seqOf("1.5")).toBeNull();
    expect(seqOf("2024年")).toBeNull();
  });
  it("a table without a 序号 column takes the number printed at the start of the task cell", () => {
    const numbered = rowSeq(row(["12.推进某项工作。", "区发改局"]), ["task", "units"]);
    expect(numbered?.seq).toBe(12);
    expect(numbered?.row.cells[0]!.lines[0]!.text).toBe("推进某项工作。");
    // a decimal at the start is the task's own text
    expect(rowSeq(row(["1.5万亩高标准农田建设。", "区农业农村局"]), ["task", "units"])).toBeNull();
  });
});

describe("segment: the merged-cell bug (a numbered row after a vertical merge)", () => {
  it("the issue's mini table gives 5 complete tasks; rows 2–3 inherit the merged supervisor", async () => {
    const html = `<html><body><table border="1">
<tr><td>序号</td><td>具体任务</td><td>牵头单位</td><td>责任单位</td><td>分管领导</td></tr>
<tr><td>1</td><td>地区生产总值增长8%左右。</td><td>区直各单位</td><td></td><td rowspan="3">各副区长</td></tr>
<tr><td>2</td><td>建立任务工作台账，实行清单化管理。</td><td>区效能办<br/>区直各单位</td><td></td></tr>
<tr><td>3</td><td>第三产业增加值增长8.5%。</td><td>区发改局</td><td></td></tr>
<tr><td>4</td><td>一般公共预算总收入增长8%。</td><td>区财政局</td><td>各街道办事处</td><td>王垦福</td></tr>
<tr><td>5</td><td>固定资产投资增长15%。</td><td>区发改局</td><td></td><td>庄垂生</td></tr>
</table></body></html>`;
    const r = await parseText(html);
    expect(r.tables).toHaveLength(1);
    expect(r.tasks.map((t) => [t.seq, t.task, t.leadUnits, t.units, t.supervisors, t.inherited])).toEqual([
      [1, "地区生产总值增长8%左右。", ["区直各单位"], [], ["各副区长"], []],
      [2, "建立任务工作台账，实行清单化管理。", ["区效能办", "区直各单位"], [], ["各副区长"], ["supervisors"]],
      [3, "第三产业增加值增长8.5%。", ["区发改局"], [], ["各副区长"], ["supervisors"]],
      [4, "一般公共预算总收入增长8%。", ["区财政局"], ["各街道办事处"], ["王垦福"], []],
      [5, "固定资产投资增长15%。", ["区发改局"], [], ["庄垂生"], []],
    ]);
    expect(r.diagnostics.filter((d) => d.level !== "info")).toEqual([]);
  });
  it("the same rows in a grid whose merged cell was left blank (no spans known) still give 5 records", () => {
    const rows = [row(HEADER), row(["1", "甲。", "区直各单位", "", "各副区长"]), row(["2", "乙。", "区效能办\n区直各单位", "", ""]), row(["3", "丙。", "区发改局", "", ""])];
    const r = gridToRecords(rows, { layout: "test" });
    expect(r.tables).toHaveLength(1);
    expect(r.records.map((x) => x.seq)).toEqual([1, 2, 3]);
  });
});

describe("segment: repeated headers and new tables", () => {
  it("the table's own header printed again (page top) is dropped: one table", () => {
    const r = gridToRecords([row(HEADER), row(["1", "甲。", "区发改局", "", "张三"]), row(HEADER), row(["2", "乙。", "区财政局", "", "李四"])], { layout: "test" });
    expect(r.tables).toHaveLength(1);
    expect(r.records.map((x) => [x.table, x.seq])).toEqual([[0, 1], [0, 2]]);
  });
  it("the same columns worded differently, numbering going on, is still the same table", () => {
    const other = ["序号", "工作任务", "牵头部门", "责任部门", "分管领导"];
    const r = gridToRecords([row(HEADER), row(["1", "甲。", "区发改局", "", "张三"]), row(other), row(["2", "乙。", "区财政局", "", "李四"])], { layout: "test" });
    expect(r.tables).toHaveLength(1);
  });
  it("counter-examples: other columns, numbering that restarts, or a new title open a new table", () => {
    const fewer = ["序号", "具体任务", "责任单位"];
    const a = gridToRecords([row(HEADER), row(["1", "甲。", "区发改局", "", "张三"]), row(fewer), row(["2", "乙。", "区财政局"])], { layout: "test" });
    expect(a.tables).toHaveLength(2);
    const b = gridToRecords([row(HEADER), row(["1", "甲。", "区发改局", "", "张三"]), row(HEADER), row(["1", "乙。", "区财政局", "", "李四"])], { layout: "test" });
    expect(b.tables).toHaveLength(2);
    const c = gridToRecords([row(HEADER), row(["1", "甲。", "区发改局", "", "张三"]), row(["附件2：重点项目任务分解表"]), row(HEADER), row(["2", "乙。", "区财政局", "", "李四"])], { layout: "test" });
    expect(c.tables.map((t) => t.title)).toEqual([null, "附件2：重点项目任务分解表"]);
  });
  it("numbering back to 1 without a header: a new table, with a warning naming the table (0-based) and row", () => {
    const r = gridToRecords([row(HEADER), row(["1", "甲。", "区发改局", "", "张三"]), row(["2", "乙。", "区发改局", "", "张三"]), row(["1", "丙。", "区财政局", "", "李四"], { line: 9 })], { layout: "test" });
    expect(r.tables).toHaveLength(2);
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: "SEQ_RESTART", level: "warning", table: 0, seq: 1, line: 9 })]);
  });
  it("numbering back to 1 right under a section heading row: the same table, numbered on in order", () => {
    const r = gridToRecords(
      [row(HEADER), row(["一、稳增长", "", "", "", ""]), row(["1", "甲。", "区发改局", "", "张三"]), row(["2", "乙。", "区发改局", "", "张三"]), row(["二、促改革", "", "", "", ""]), row(["1", "丙。", "区财政局", "", "李四"], { line: 9 }), row(["2", "丁。", "区财政局", "", "李四"])],
      { layout: "test" },
    );
    expect(r.tables).toHaveLength(1);
    expect(r.records.map((x) => [x.seq, x.section, x.task])).toEqual([
      [1, ["一、稳增长"], ["甲。"]],
      [2, ["一、稳增长"], ["乙。"]],
      [3, ["二、促改革"], ["丙。"]],
      [4, ["二、促改革"], ["丁。"]],
    ]);
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: "SEQ_RESTART_SECTION", level: "info", table: 0, seq: 3, line: 9 })]);
    // counter-example: a table title between the heading and the row: a new table
    const t = gridToRecords([row(HEADER), row(["一、稳增长", "", "", "", ""]), row(["1", "甲。", "区发改局", "", "张三"]), row(["附件2：重点项目任务分解表"]), row(["二、促改革", "", "", "", ""]), row(["1", "丙。", "区财政局", "", "李四"])], { layout: "test" });
    expect(t.tables).toHaveLength(2);
    expect(t.records.map((x) => [x.table, x.seq])).toEqual([[0, 1], [1, 1]]);
  });
  it("numbering back to 1 where a 项目 column opens a new section: the same table, numbered on in order", () => {
    const grid = (second: string) =>
      docTableToGrid({
        rows: [
          { cells: [{ lines: Ls(["项目"]) }, { lines: Ls(["序号"]) }, { lines: Ls(["具体任务"]) }, { lines: Ls(["责任单位"]) }, { lines: Ls(["分管领导"]) }], line: 1, header: true },
          { cells: [{ lines: Ls(["一、稳增长"]), rowSpan: 2 }, { lines: Ls(["1"]) }, { lines: Ls(["甲。"]) }, { lines: Ls(["区发改局"]) }, { lines: Ls(["张三"]) }], line: 2 },
          { cells: [{ lines: Ls(["2"]) }, { lines: Ls(["乙。"]) }, { lines: Ls(["区发改局"]) }, { lines: Ls(["张三"]) }], line: 3 },
          { cells: [{ lines: Ls([second]) }, { lines: Ls(["1"]) }, { lines: Ls(["丙。"]) }, { lines: Ls(["区财政局"]) }, { lines: Ls(["李四"]) }], line: 4 },
        ],
      });
    const r = gridToRecords(grid("二、促改革"), { layout: "test" });
    expect(r.tables).toHaveLength(1);
    expect(r.records.map((x) => [x.seq, x.section, x.task])).toEqual([
      [1, ["一、稳增长"], ["甲。"]],
      [2, ["一、稳增长"], ["乙。"]],
      [3, ["二、促改革"], ["丙。"]],
    ]);
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: "SEQ_RESTART_SECTION", level: "info", table: 0, seq: 3, line: 4 })]);
    expect(r.diagnostics[0]!.message).toContain("二、促改革");
    // counter-example: the 项目 cell names the section already open — numbering back to 1 there is a new table
    const same = gridToRecords(grid("一、稳增长"), { layout: "test" });
    expect(same.tables).toHaveLength(2);
    expect(same.diagnostics).toEqual([expect.objectContaining({ code: "SEQ_RESTART", level: "warning" })]);
  });
});

describe("validate: a table that starts late after another", () => {
  it("is a warning naming the row; the first table starting late stays an info (an excerpt)", async () => {
    const text = ["序号\t具体任务\t责任单位", "3\t甲。\t区发改局", "4\t乙。\t区财政局", "附件2：重点项目分解表", "序号\t工作任务\t牵头单位\t配合单位", "5\t丙。\t区住建局\t区城管局"].join("\n");
    const r = await parseText(text);
    expect(r.tables.map((t) => [t.firstSeq, t.lastSeq])).toEqual([[3, 4], [5, 5]]);
    expect(r.diagnostics.map((d) => [d.level, d.code, d.table, d.seq])).toEqual([
      ["info", "SEQ_LATE_START", 0, 3],
      ["warning", "TABLE_STARTS_LATE", 1, 5],
    ]);
    expect(r.diagnostics[1]!.message).toContain("编号与上一表相连");
  });
});

describe("structure: merged cells of structured documents", () => {
  it("a cell merged down is a spanned copy below; across columns the rest stays blank; across the table a heading row", () => {
    const grid = docTableToGrid({
      rows: [
        { line: 1, cells: [{ lines: [{ text: "序号" }] }, { lines: [{ text: "任务" }] }, { lines: [{ text: "责任单位" }] }] },
        { line: 2, cells: [{ lines: [{ text: "一、产业发展", bold: true }], colSpan: 3 }] },
        { line: 3, cells: [{ lines: [{ text: "1" }] }, { lines: [{ text: "甲。" }] }, { lines: [{ text: "县发改局" }], rowSpan: 2 }] },
        { line: 4, cells: [{ lines: [{ text: "2" }] }, { lines: [{ text: "乙。" }] }] },
      ],
    });
    expect(grid.map((r) => [r.line, r.spansTable ?? false, r.cells.map((c) => (c.spanned ? "^" : "") + c.lines.map((l) => l.text).join("/"))])).toEqual([
      [1, false, ["序号", "任务", "责任单位"]],
      [2, true, ["一、产业发展", "", ""]],
      [3, false, ["1", "甲。", "县发改局"]],
      [4, false, ["2", "乙。", "^县发改局"]],
    ]);
    const r = gridToRecords(grid, { layout: "structured" });
    expect(r.records.map((x) => [x.seq, x.section, showCells(x.cells), x.inherited])).toEqual([
      [1, ["一、产业发展"], { units: ["县发改局"] }, undefined],
      [2, ["一、产业发展"], { units: ["县发改局"] }, ["units"]],
    ]);
  });
  it("spans larger than the table or absurd are clamped, never blow the grid up", () => {
    const grid = docTableToGrid({ rows: [{ line: 1, cells: [{ lines: [{ text: "x" }], rowSpan: 1e9, colSpan: 1e9 }] }, { line: 2, cells: [] }] });
    expect(grid.length).toBe(2);
    expect(grid[0]!.cells.length).toBeLessThanOrEqual(200);
  });
});

describe("numbers from 10000 up (no upper bound on 序号)", () => {
  it("tab-separated rows 9998–10002 are five records, none glued into 9999", async () => {
    const text = ["序号\t具体任务\t责任单位", ...[9998, 9999, 10000, 10001, 10002].map((n) => `${n}\t任务${n}。\t区发改局`)].join("\n");
    const r = await parseText(text);
    expect(r.tasks.map((t) => [t.seq, t.task, t.units])).toEqual([9998, 9999, 10000, 10001, 10002].map((n) => [n, `任务${n}。`, ["区发改局"]]));
  });
  it("a flattened dump (one fragment per line) numbered past 9999", async () => {
    const rows = [9999, 10000, 10001].flatMap((n) => [`${n}`, `推进第${n}项工作。`, "区发改局"]);
    const r = await parseText(["序号", "具体任务", "责任单位", ...rows].join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.task, t.units])).toEqual([9999, 10000, 10001].map((n) => [n, `推进第${n}项工作。`, ["区发改局"]]));
  });
});

describe("layout names come from the registry", () => {
  it("the README's --layout row lists exactly the registry's layouts", async () => {
    const { readFileSync } = await import("node:fs");
    const { layoutNames } = await import("../../src/layouts/registry.js");
    const row = readFileSync("README.md", "utf8").split("\n").find((l) => l.startsWith("| `--layout <name>`"))!;
    const listed = [...row.matchAll(/`([a-z]+)`/g)].map((m) => m[1]).filter((n) => n !== "auto");
    expect(listed).toEqual(layoutNames());
  });
  it("an unknown layout is a usage error before the file is read", async () => {
    await expect(parseText("序号\t任务\t责任单位\n1\t甲。\t区发改局", { layout: "bogus" })).rejects.toMatchObject({ code: "USAGE" });
  });
});

describe("list-form items numbered past 999", () => {
  it("item 1000 and up are tasks like the others (none dropped)", async () => {
    const items = [998, 999, 1000, 1001].map((n) => `${n}.推进第${n}项工作。（牵头单位：区发改局；责任单位：区财政局）`);
    const r = await parseText(["附件", "重点工作任务分解表", ...items].join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.leadUnits, t.units])).toEqual([998, 999, 1000, 1001].map((n) => [n, ["区发改局"], ["区财政局"]]));
  });
});

describe("markup is stripped only where the input is markup", () => {
  it("text of a PDF that looks like an HTML tag is kept in the task", async () => {
    const { parseDocument } = await import("../../src/parse.js");
    const run = (text: string, x: number, top: number) => ({ text, box: [x, top, x + 10 * [...text].length, top + 10] as [number, number, number, number], fontSize: 10 });
    const runs = [run("序号", 50, 100), run("具体任务", 100, 100), run("责任单位", 400, 100), run("1", 50, 130), run("<img>标签的使用规范", 100, 130), run("区发改局", 400, 130), run("2", 50, 160), run("完善工作台账", 100, 160), run("区财政局", 400, 160)];
    const lines = [{ text: "重点工作任务分解", line: 1, page: 1 }];
    const doc = { source: { file: "x.pdf", format: "pdf" as const, sha256: "0".repeat(64), encoding: null }, lines, pages: [{ number: 1, width: 600, height: 800, runs, rules: [] }], diagnostics: [] };
    const r = parseDocument(doc);
    expect(r.tasks.map((t) => [t.seq, t.task, t.units])).toEqual([
      [1, "<img>标签的使用规范", ["区发改局"]],
      [2, "完善工作台账", ["区财政局"]],
    ]);
  });
  it("counter-example: bold markup around a cell of a tab-separated export is a heading row, not text", async () => {
    const r = await parseText(["序号\t具体任务\t责任单位", "<b>一、产业发展</b>\t\t", "1\t推进<b>重点</b>项目。\t区发改局"].join("\n"));
    expect(r.tasks.map((t) => [t.section, t.task])).toEqual([[["一、产业发展"], "推进重点项目。"]]);
  });
});

describe("segment: the text ends inside the last row", () => {
  const grid = (last: string[]) => [row(HEADER), row(["1", "完成投资100亿元。", "区发改局", "区财政局", "张伟"]), row(last)];
  it("flags a last row whose line stops before the responsibility columns (missing, not merged, cells)", () => {
    const r = gridToRecords(grid(["2", "完成老旧小区综合整治"]), { layout: "tsv", wholeRows: true });
    expect(r.records.map((x) => [x.seq, x.review?.map((v) => v.code) ?? []])).toEqual([[1, []], [2, ["ROW_CUT"]]]);
  });
  it.each([
    // counter-example: blank cells written out are a vertical merge, not a cut
    [["2", "完成老旧小区综合整治。", "", "", ""]],
    // counter-example: a row short only of a column fenjie does not read (备注) is whole
    [["2", "完成改造。", "区住建局", "区城管局", "李强"]],
  ])("counter-example: %j is not flagged", (last) => {
    const r = gridToRecords([row([...HEADER, "备注"]), row(["1", "完成投资。", "区发改局", "区财政局", "张伟", ""]), row(last)], { layout: "tsv", wholeRows: true });
    expect(r.records.map((x) => x.review ?? [])).toEqual([[], []]);
  });
  it("counter-example: rows a layout rebuilt from fragments (not whole lines) are left to that layout", () => {
    const r = gridToRecords(grid(["2", "完成老旧小区综合整治"]), { layout: "flat" });
    expect(r.records.map((x) => x.review ?? [])).toEqual([[], []]);
  });
  it("a short row followed by more rows is not the text's end", () => {
    const r = gridToRecords([...grid(["2", "完成老旧小区综合整治"]), row(["3", "新建公园5处。", "区城管局", "各街道", "李强"])], { layout: "tsv", wholeRows: true });
    expect(r.records.map((x) => x.review ?? [])).toEqual([[], [], []]);
  });
});

describe("segment: the text ends on the next row's number alone", () => {
  const rows = (last: string[]) => [row(HEADER), row(["1", "任务一。", "甲局", "乙局", "张三"]), row(["2", "任务二。", "丙局", "丁局", "李四"]), row(last, { line: 9 })];
  it("is said (ROW_CUT, with the line) and no row is made of it", () => {
    const r = gridToRecords(rows(["3"]), { layout: "tsv", wholeRows: true });
    expect(r.records.map((x) => x.seq)).toEqual([1, 2]);
    expect(r.diagnostics.map((d) => [d.code, d.level, d.line])).toEqual([["ROW_CUT", "warning", 9]]);
  });
  it("counter-example: a number that is not the next one (a page number) says nothing", () => {
    const r = gridToRecords(rows(["12"]), { layout: "tsv", wholeRows: true });
    expect(r.records.map((x) => x.seq)).toEqual([1, 2]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe("segment: a 序号 column numbered in Chinese numerals", () => {
  it("numbers the rows that name their units", () => {
    const r = gridToRecords([row(HEADER), row(["一", "任务一。", "甲局", "乙局", "张三"]), row(["二", "任务二。", "丙局", "", "李四"]), row(["十一", "任务三。", "", "丁局", ""])], { layout: "tsv", wholeRows: true });
    expect(r.records.map((x) => [x.seq, x.task])).toEqual([[1, ["任务一。"]], [2, ["任务二。"]], [11, ["任务三。"]]]);
  });
  it("counter-example: a row numbered so that names no unit is a heading over the numbered tasks", () => {
    const r = gridToRecords([row(HEADER), row(["一", "经济发展", "", "", ""]), row(["1", "任务一。", "甲局", "乙局", "张三"]), row(["二", "社会民生", "", "", ""]), row(["2", "任务二。", "丙局", "", "李四"])], { layout: "tsv", wholeRows: true });
    expect(r.records.map((x) => [x.seq, x.section, x.task])).toEqual([[1, ["一 经济发展"], ["任务一。"]], [2, ["二 社会民生"], ["任务二。"]]]);
  });
  it("counter-example: a sentence beside a numeral with no unit is no heading (it stays the task's continuation)", () => {
    const r = gridToRecords([row(HEADER), row(["1", "任务一，", "甲局", "乙局", "张三"]), row(["二", "分两期实施。", "", "", ""])], { layout: "tsv", wholeRows: true });
    expect(r.records.map((x) => [x.seq, x.section])).toEqual([[1, []]]);
  });
});
