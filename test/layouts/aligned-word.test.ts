// pdftotext -layout dumps of Word-made ruled tables: what -layout does to a Word table (numbers
// centred past a two-character 序号 header, …) and the rules that rebuild the rows; each rule
// with a counter-example of similar text that must not move.
import { describe, expect, it } from "vitest";
import { findAlignedHeader, isUnitPastTask, splitTrailingName, mergedPeople, type MergeRow, seqNumberBound, taskLooksCut } from "../../src/layouts/aligned.js";
import { parseText } from "../../src/parse.js";
import { textDoc } from "../helpers/text-doc.js";

/** A line with each text at its character position. */
const at = (...parts: Array<[number, string]>): string => {
  let line = "";
  for (const [pos, text] of parts) line = line.padEnd(pos, " ") + text;
  return line;
};

describe("序号 numbers centred past the end of a two-character 序号 header", () => {
  // `序号` takes positions 3–4; Word centres the numbers under it at 5, the task text starts at 11
  const [SEQ_H, SEQ, TASK_H, TASK, LEAD, UNITS] = [3, 5, 19, 11, 33, 45];
  const header = at([SEQ_H, "序号"], [TASK_H, "目标任务"], [LEAD, "责任领导"], [UNITS, "牵头单位"]);
  const rows: Array<[string, string[], string, string]> = [
    ["1", ["城镇新增就业 2100 人"], "吴海", "区人社局"],
    ["2", ["新建社区食堂 12 个，覆盖", "主要街道"], "吴海", "区民政局"],
    ["3", ["改造供水管网 30 公里"], "林涛", "区水务局"],
    ["4", ["完成植树造林 1.5 万亩"], "林涛", "区林业局"],
  ];
  const text = [
    "附件",
    header,
    "",
    ...rows.flatMap(([n, task, leader, unit]) => [
      at([SEQ, n], [TASK, task[0]!], [LEAD, leader], [UNITS, unit]),
      ...task.slice(1).map((t) => at([TASK, t])),
      "",
    ]),
  ].join("\n");

  it("the numbers are the 序号 column's, each row its own record", async () => {
    const doc = textDoc(text);
    const h = findAlignedHeader(doc.lines)!;
    const body = doc.lines.slice(h.index + 1).map((l) => l.text);
    expect(seqNumberBound(body, h)).toBe(SEQ + 1);
    const r = await parseText(text);
    expect(r.tasks.map((t) => [t.seq, t.task, t.leaders, t.leadUnits])).toEqual([
      [1, "城镇新增就业 2100 人", ["吴海"], ["区人社局"]],
      [2, "新建社区食堂 12 个，覆盖主要街道", ["吴海"], ["区民政局"]],
      [3, "改造供水管网 30 公里", ["林涛"], ["区水务局"]],
      [4, "完成植树造林 1.5 万亩", ["林涛"], ["区林业局"]],
    ]);
  });

  it("counter-example: a bare number at the task text's own edge (a wrapped line) moves no boundary", () => {
    const lines = [
      header,
      at([0, "1"], [TASK, "新建产业园区标准厂房，面积"], [LEAD, "吴海"], [UNITS, "区工信局"]),
      at([TASK, "2025"]),
      at([0, "2"], [TASK, "建成物流园区一期，投资"], [LEAD, "吴海"], [UNITS, "区商务局"]),
      at([TASK, "2026"]),
      at([0, "3"], [TASK, "改造老旧厂房，面积"], [LEAD, "林涛"], [UNITS, "区住建局"]),
      at([TASK, "2027"]),
    ];
    const doc = textDoc(lines.join("\n"));
    const h = findAlignedHeader(doc.lines)!;
    expect(seqNumberBound(lines.slice(1), h)).toBeUndefined();
  });
});

describe("a unit cell drifted left into the task column's span", () => {
  const h = { columns: ["seq", "task", "leadUnits", "units"] as const, edges: [0, 10, 22, 31] };
  const cols = [...h.columns];
  it("a whole unit name standing well right of the task lines' edge is the next column's", () => {
    expect(isUnitPastTask({ text: "区财政局", start: 20, end: 24 }, 1, { ...h, columns: cols })).toBe(true);
  });
  it("counter-examples: a task line at the edge, prose, a piece of a name, a people column next", () => {
    // a task's wrapped line that happens to be a unit's name starts at the task edge
    expect(isUnitPastTask({ text: "区财政局", start: 10, end: 14 }, 1, { ...h, columns: cols })).toBe(false);
    // the task's own centred last line (prose)
    expect(isUnitPastTask({ text: "按期完成。", start: 18, end: 23 }, 1, { ...h, columns: cols })).toBe(false);
    expect(isUnitPastTask({ text: "增长 6.5%", start: 18, end: 24 }, 1, { ...h, columns: cols })).toBe(false);
    // a person's name is no unit column's cell
    expect(isUnitPastTask({ text: "王建国", start: 20, end: 23 }, 1, { ...h, columns: cols })).toBe(false);
    // the column after the task holds people: no unit moves into it
    expect(isUnitPastTask({ text: "区财政局", start: 20, end: 24 }, 1, { columns: ["seq", "task", "leaders", "units"], edges: h.edges })).toBe(false);
  });
  it("end to end: the drifted unit is the row's 牵头单位, the task keeps its own lines", async () => {
    const lines = [
      at([3, "序号"], [16, "工作任务"], [27, "牵头单位"], [40, "责任单位"]),
      "",
      at([10, "地区生产总值增长"]),
      at([4, "1"], [25, "区发改委"], [38, "区统计局"]),
      at([10, "6%左右"]),
      "",
      at([10, "一般公共预算收入增"]),
      at([4, "2"], [20, "区财政局"], [38, "区税务局"]),
      at([10, "长 5%"]),
      "",
      at([10, "社会消费品零售总额"], [20, "区商务局"]),
      at([4, "3"], [38, "区市场监管局"]),
      at([10, "增长 6.5%"]),
      "",
    ];
    const r = await parseText(lines.join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.task, t.leadUnits, t.units])).toEqual([
      [1, "地区生产总值增长 6%左右", ["区发改委"], ["区统计局"]],
      [2, "一般公共预算收入增长 5%", ["区财政局"], ["区税务局"]],
      [3, "社会消费品零售总额增长 6.5%", ["区商务局"], ["区市场监管局"]],
    ]);
  });
});

describe("a task without a full stop in a table whose tasks end none", () => {
  it("a short last line ends the task; a clause mark or a full-width line shows it goes on", () => {
    expect(taskLooksCut("增长 5.5%、7%", false, 14)).toBe(false);
    expect(taskLooksCut("新增高新技术企业 15 家，技", false, 14)).toBe(true);
    expect(taskLooksCut("完成投资 120 亿元，", false, 20)).toBe(true);
  });
  it("counter-examples: where tasks end sentences any unended one is cut; an unknown width is no evidence of an end", () => {
    expect(taskLooksCut("增长 5.5%、7%", true, 14)).toBe(true);
    expect(taskLooksCut("增长 5.5%、7%", false, undefined)).toBe(true);
    expect(taskLooksCut("按期完成。", true, 14)).toBe(false);
  });
});

describe("a people column merged over rows that keep their own units", () => {
  const columns = ["seq", "task", "leadUnits", "supervisors"] as const;
  const cols = [...columns];
  /** A row of lines [from, to] with its own unit, and a name printed on lines `name` (or none). */
  const row = (from: number, to: number, name?: string, at?: [number, number], page = 0): MergeRow => ({
    row: { cells: [{ lines: [{ text: "1" }] }, { lines: [{ text: "任务" }] }, { lines: [{ text: "区发改局" }] }, { lines: name ? [{ text: name }] : [] }] } as MergeRow["row"],
    columns: cols,
    geometry: { from, to, page, resp: [from, to], cols: [[from, from], [from, to], [from, to], name ? at! : undefined] },
  });
  const names = (rows: MergeRow[]) => rows.map((r) => r.row.cells[3]!.lines.map((l) => l.text).join(""));

  it("a name centred over its own row and empty neighbours spans them all", () => {
    // rows 0–2 on lines 1–3, 4–6, 7–9: the name on line 5 sits in the middle of the three
    // rows 3–4 on lines 11–16: the name on line 13 sits half a line from their middle (13.5)
    const rows = [row(1, 3), row(4, 6, "周海", [5, 5]), row(7, 9), row(11, 13, "吴兰", [13, 13]), row(14, 16)];
    const r = mergedPeople(rows, "centred");
    expect(names(rows)).toEqual(["周海", "周海", "周海", "吴兰", "吴兰"]);
    expect(r.filled.sort()).toEqual([0, 2, 4]);
    expect(r.empty).toEqual([]);
    // counter-example: names whose spans do not meet contest nothing
    expect(r.contested).toEqual([]);
  });
  it("counter-example: a row two names' spans both claim takes neither, flagged", () => {
    // 吴兰 on line 12 is within a line of the middle of rows 2–4 (11) as well: row 2 is disputed
    const rows = [row(1, 3), row(4, 6, "周海", [5, 5]), row(7, 9), row(10, 12, "吴兰", [12, 12]), row(13, 15)];
    const r = mergedPeople(rows, "centred");
    expect(names(rows)).toEqual(["周海", "周海", "", "吴兰", "吴兰"]);
    expect(r.empty).toEqual([2]);
    // names far apart (lines 5 and 12) are two cells: their own rows are not in doubt
    expect(r.contested).toEqual([]);
  });
  it("two names printed one under the other, both claiming a row: one cell may list both, each holder is in doubt", () => {
    const rows = [row(1, 3), row(4, 6, "许文博", [5, 6]), row(7, 7), row(8, 10, "杜萍", [8, 9]), row(11, 13)];
    const r = mergedPeople(rows, "centred");
    expect(r.contested.sort()).toEqual([1, 3]);
  });
  it("counter-example: a name level with its own row only leaves the empty neighbours empty, flagged", () => {
    // the name on line 11 is the middle of row 3 alone; with row 4 it would sit 1.5 lines off
    const rows = [row(1, 3, "周海", [2, 2]), row(4, 6), row(7, 9, "吴兰", [8, 8]), row(10, 12, "孙杰", [11, 11]), row(13, 15), row(16, 18)];
    const r = mergedPeople(rows, "centred");
    expect(names(rows)).toEqual(["周海", "", "吴兰", "孙杰", "", ""]);
    expect(r.filled).toEqual([]);
    expect(r.empty).toEqual([1, 4, 5]);
  });
  it("counter-examples: a column most rows fill, a heading between, a top-aligned table", () => {
    const full = [row(1, 3, "周海", [2, 2]), row(4, 6, "吴兰", [5, 5]), row(7, 9), row(10, 12, "孙杰", [11, 11])];
    expect(mergedPeople(full, "centred")).toEqual({ filled: [], empty: [], contested: [] });
    expect(names(full)[2]).toBe("");
    const split = [row(1, 3), row(4, 6, "周海", [5, 5]), row(7, 9), row(10, 12)];
    // a heading before row 2 ends the span: the name centred over rows 0–2 cannot take row 2
    const r = mergedPeople(split, "centred", new Set([2]));
    expect(r.filled).toEqual([]);
    expect(names(split)).toEqual(["", "周海", "", ""]);
    const top = [row(1, 3), row(4, 6, "周海", [5, 5]), row(7, 9), row(10, 12)];
    expect(mergedPeople(top, "top")).toEqual({ filled: [], empty: [], contested: [] });
  });
});

describe("TASK_TEXT_CUT in a table of one-line targets", () => {
  const tasks = ["地区生产总值增长 7%左右", "一般公共预算收入增长 6%", "固定资产投资增长 9%，工业投资增长 12%", "社会消费品零售总额增长 8%", "外贸进出口总额增长 5%，",
    "城镇新增就业 2600 人", "粮食总产量达到 15 万吨", "新增市场主体 3000 户，其中企业 800 户", "新建改建农村公路 150 公里", "新增高标准农田 2.5 万亩",
    "招引亿元以上项目 22 个", "新建养老服务设施 8 个", "森林覆盖率稳定在 68%"];
  const text = [
    "附件",
    at([1, "序号"], [16, "目标任务"], [44, "牵头部门"], [58, "协同部门"]),
    "",
    ...tasks.flatMap((t, k) => [at([2, String(k + 1)], [6, t], [44, `县第${"一二三四五六七八九十"[k % 10]}局`], [58, "各乡镇"]), ""]),
  ].join("\n");
  it("a short target is no cut task; one ending with a clause mark is", async () => {
    const r = await parseText(text);
    const cut = r.tasks.filter((t) => t.review.some((x) => x.code === "TASK_TEXT_CUT")).map((t) => t.seq);
    expect(r.tasks.map((t) => t.seq)).toEqual(tasks.map((_, k) => k + 1));
    // counter-example: `外贸进出口总额增长 5%，` goes on
    expect(cut).toContain(5);
    expect(cut).not.toContain(1);
    expect(cut).not.toContain(6);
  });
});

describe("a unit of measure after a number at a task line's end", () => {
  const h = { bounds: [Number.NEGATIVE_INFINITY, 5, 34, 42], columns: ["seq", "task", "leaders", "leadUnits"] as ("seq" | "task" | "leaders" | "leadUnits")[], metric: "chars" as const };
  it("`5 公里` stays the task's text, not a person `公里` in the next column", () => {
    const seg = { text: "22 个，新建城市道路 5 公里", start: 20, end: 36 };
    expect(splitTrailingName(seg, h, 1).map((x) => x.text)).toEqual(["22 个，新建城市道路 5 公里"]);
  });
  it("counter-example: a name printed one space after a line that does not end with a number is cut off", () => {
    const seg = { text: "推进城市更新，改造老旧小区 张志远", start: 20, end: 37 };
    expect(splitTrailingName(seg, h, 1).map((x) => x.text)).toEqual(["推进城市更新，改造老旧小区", "张志远"]);
  });
});
