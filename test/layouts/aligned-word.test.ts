// pdftotext -layout dumps of Word-made ruled tables: what -layout does to a Word table (numbers
// centred past a two-character 序号 header, …) and the rules that rebuild the rows; each rule
// with a counter-example of similar text that must not move.
import { describe, expect, it } from "vitest";
import { findAlignedHeader, isUnitPastTask, seqNumberBound } from "../../src/layouts/aligned.js";
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
