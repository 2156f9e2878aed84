// pdftotext -layout text of a table with no 序号 column, each row numbered inside its task cell
// (`12．新增…`, the number glued to the words) and a people column printed first, merged over
// several rows. `gluedSeqColumn` puts the glued numbers in a 序号 column of their own (rows by the
// numbers at the task column's left edge, a chain of ≥ 3 that is ≥ 80 % of them), the cut keeps each
// row's task lines together; each rule with a counter-example of similar text that must not move.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { alignedLines, findAlignedHeader, joinTitlesOverLines, joinWrappedTitles, knownTaskSpans, splitAtEdges } from "../../src/layouts/aligned.js";
import { parseText } from "../../src/parse.js";
import { textDoc } from "../helpers/text-doc.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/number-in-cell/${name}`, import.meta.url), "utf8");
const squash = (s: string) => s.replace(/\s+/g, "");

/** A line with each text at its character position. */
const at = (...parts: Array<[number, string]>): string => {
  let line = "";
  for (const [pos, text] of parts) line = line.padEnd(pos, " ") + text;
  return line;
};

describe("a LibreOffice table with no 序号 column, numbered inside the task cell (own fixture, truth typed from the table)", () => {
  const truth = JSON.parse(fixture("yuxi.layout.json")) as { rows: Array<{ seq: number; task: string; leadUnits: string[]; coUnits: string[]; supervisors: string[] }> };
  it("reads every row: its number, its task without the number, its units", async () => {
    const r = await parseText(fixture("yuxi.layout.txt"));
    expect(r.tables[0]?.layout).toBe("aligned");
    expect(r.tasks.map((t) => [t.seq, squash(t.task), t.leadUnits, t.coUnits])).toEqual(truth.rows.map((t) => [t.seq, t.task, t.leadUnits, t.coUnits]));
  });
  it("a merged people cell's name goes to the rows it spans, or the row is flagged: never a wrong name unflagged", async () => {
    const r = await parseText(fixture("yuxi.layout.txt"));
    const wrong = r.tasks.filter((t, k) => JSON.stringify(t.supervisors.map(squash)) !== JSON.stringify(truth.rows[k]!.supervisors));
    expect(wrong.length).toBeGreaterThan(0); // the text cannot tell every span (the 5–9 cell crosses the page)
    for (const t of wrong) expect(t.review?.map((x) => x.code) ?? []).not.toEqual([]);
    // the name printed at the boundary of rows 2 and 3 (`郑文涛（副县` / `长）`) is one person
    expect(r.tasks[1]!.supervisors).toEqual(["郑文涛（副县长）"]);
  });
});

describe("glued numbers at the task column's edge become a 序号 column", () => {
  const header = at([0, "分管领导"], [14, "重点工作"], [34, "牵头单位"], [46, "配合单位"]);
  const row = (n: string, task: string, more: string, unit: string, co: string, name = "") => [at([0, name], [8, `${n}${task}`], [34, unit], [46, co]), at([8, more])];
  const table = [
    "附件",
    header,
    ...row("1．", "新增规上企业 12 家，", "技改投资增长 15%", "县工信局", "县发改局"),
    ...row("2．", "完成控制性详细规划", "修编", "县开发区", "县自然资源局", "郑文涛"),
    ...row("3．", "培育专精特新企业 5", "家", "县工信局", "县科技局"),
    ...row("4．", "新建 5G 基站 200 个，", "实现千兆光网全覆盖", "县工信局", "县电信分公司"),
  ];
  it("rows by the numbers, the task without its number", async () => {
    const { taskStarts } = alignedLines(textDoc(table.join("\n")).lines);
    expect(taskStarts?.size).toBe(4);
    const r = await parseText(table.join("\n"));
    expect(r.tasks.map((t) => [t.seq, squash(t.task), t.leadUnits])).toEqual([
      [1, "新增规上企业12家，技改投资增长15%", ["县工信局"]],
      [2, "完成控制性详细规划修编", ["县开发区"]],
      [3, "培育专精特新企业5家", ["县工信局"]],
      [4, "新建5G基站200个，实现千兆光网全覆盖", ["县工信局"]],
    ]);
  });
  it("counter-example: sub-points restarting inside the cells (1．2．1．2．…) make no rows", () => {
    const subs = ["附件", header, ...row("1．", "新增规上企业", "x", "县工信局", "县发改局"), ...row("2．", "技改投资增长", "x", "县工信局", "县发改局"), ...row("1．", "规划修编", "x", "县开发区", "县自然资源局"), ...row("2．", "基站建设", "x", "县工信局", "县电信分公司"), ...row("1．", "光网覆盖", "x", "县工信局", "县电信分公司")];
    expect(alignedLines(textDoc(subs.join("\n")).lines).taskStarts).toBeUndefined();
  });
  it("counter-example: a table WITH a 序号 column whose task cells hold sub-points 1．2． reads as before", async () => {
    const h = at([0, "序号"], [8, "重点工作"], [34, "牵头单位"], [46, "配合单位"]);
    const text = [
      "附件",
      h,
      at([1, "1"], [8, "1．新增规上企业 12 家；"], [34, "县工信局"], [46, "县发改局"]),
      at([8, "2．技改投资增长 15%"]),
      at([1, "2"], [8, "1．完成规划修编；"], [34, "县开发区"], [46, "县自然资源局"]),
      at([8, "2．启动扩区调位"]),
      at([1, "3"], [8, "1．培育专精特新企业 5 家；"], [34, "县工信局"], [46, "县科技局"]),
      at([8, "2．兑现奖补资金"]),
    ].join("\n");
    const lines = textDoc(text).lines;
    const out = alignedLines(lines);
    expect(out.taskStarts).toBeUndefined();
    expect(out.lines).toBe(lines);
    const r = await parseText(text);
    expect(r.tasks.map((t) => [t.seq, squash(t.task), t.leadUnits, t.coUnits])).toEqual([
      [1, "1．新增规上企业12家；2．技改投资增长15%", ["县工信局"], ["县发改局"]],
      [2, "1．完成规划修编；2．启动扩区调位", ["县开发区"], ["县自然资源局"]],
      [3, "1．培育专精特新企业5家；2．兑现奖补资金", ["县工信局"], ["县科技局"]],
    ]);
  });
  it("counter-example: a number inside the task's text, off the column's edge (`1.5 亿元`, `…目标 2．`), is no row", () => {
    const text = [...table, at([8, "力争 2．0 版"]), at([20, "3．续建"])].join("\n");
    expect(alignedLines(textDoc(text).lines).taskStarts?.size).toBe(4);
  });
});

describe("the cut keeps each row's task lines together where the text says where each task starts", () => {
  const line = (task: boolean, anchor = false, taskStart = false) => ({ cells: [anchor ? ["1"] : [], task ? ["t"] : [], []], anchor, taskStart });
  const columns = ["seq", "task", "units"] as const;
  it("per 序号 line its task's first and last line; task text above the first start is carried", () => {
    const b = { columns: [...columns], lines: [line(true), line(true, false, true), line(false, true), line(true), line(true, true, true), line(true)] };
    expect(knownTaskSpans(b)).toEqual({ spans: [[1, 3], [4, 5]], lead: 1 });
  });
  it("counter-example: starts that do not pair with the 序号 lines give nothing", () => {
    const b = { columns: [...columns], lines: [line(true, true), line(true, false, true), line(true, true)] };
    expect(knownTaskSpans(b)).toBeNull();
  });
});

describe("a person's title wrapped inside its brackets", () => {
  it("joins the lines of one cell", () => {
    expect(joinWrappedTitles(["陈 岚（党", "工委委员）"])).toEqual(["陈 岚（党工委委员）"]);
    expect(joinWrappedTitles(["刘志宏（管", "委会副主", "任）"])).toEqual(["刘志宏（管委会副主任）"]);
  });
  it("counter-example: closed titles and names without brackets stay one a line", () => {
    expect(joinWrappedTitles(["刘志宏（管委会副主任）", "陈岚（党工委委员）"])).toEqual(["刘志宏（管委会副主任）", "陈岚（党工委委员）"]);
    expect(joinWrappedTitles(["张三", "李四"])).toEqual(["张三", "李四"]);
  });
  it("joins over lines of a block (a name at two rows' boundary), leaving an empty mark where the text was", () => {
    const b = { columns: ["supervisors", "task"] as Array<"supervisors" | "task">, lines: [{ cells: [["郑文涛（副县"], ["任务"]] }, { cells: [[], ["任务"]] }, { cells: [["长）"], ["任务"]] }] };
    expect(joinTitlesOverLines(b).lines.map((l) => l.cells[0])).toEqual([["郑文涛（副县长）"], [], [""]]);
  });
  it("counter-example: a bracket opened anew below is another person's, not this one's rest", () => {
    const b = { columns: ["supervisors", "task"] as Array<"supervisors" | "task">, lines: [{ cells: [["郑文涛（副县"], ["任务"]] }, { cells: [["（吴静）"], ["任务"]] }] };
    expect(joinTitlesOverLines(b).lines.map((l) => l.cells[0])).toEqual([["郑文涛（副县"], ["（吴静）"]]);
  });
});

describe("a cell closed by a bracket printed one space before the next column's number", () => {
  it("is cut at the next column's edge", () => {
    const seg = { text: "工委委员） 4.2%", start: 0, end: 11 };
    expect(splitAtEdges(seg, [7], "chars").map((s) => s.text)).toEqual(["工委委员）", "4.2%"]);
  });
  it("counter-example: a number after a word (`增长 8%`) at the same edge stays in its text", () => {
    const seg = { text: "投资增长 8%", start: 0, end: 7 };
    expect(splitAtEdges(seg, [5], "chars").map((s) => s.text)).toEqual(["投资增长 8%"]);
  });
});

describe("a header word wrapped over and under the header line", () => {
  it("`完成时` over it and `限` under it make one column 完成时限", () => {
    const text = [at([40, "完成时"]), at([0, "分管领导"], [12, "重点工作"], [26, "牵头单位"], [34, "配合单位"]), at([40, "限"]), at([8, "1 任务"], [26, "县工信局"], [34, "县发改局"], [40, "12 月"])].join("\n");
    const h = findAlignedHeader(textDoc(text).lines);
    expect(h?.headers).toEqual(["分管领导", "重点工作", "牵头单位", "配合单位", "完成时限"]);
  });
  it("counter-example: a name over and under a column names no header word: the header stays", () => {
    const text = [at([40, "张三"]), at([0, "分管领导"], [12, "重点工作"], [26, "牵头单位"], [34, "配合单位"]), at([40, "李四"]), at([8, "1 任务"], [26, "县工信局"], [34, "县发改局"])].join("\n");
    const h = findAlignedHeader(textDoc(text).lines);
    expect(h?.headers).toEqual(["分管领导", "重点工作", "牵头单位", "配合单位"]);
  });
});
