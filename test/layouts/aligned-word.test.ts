// pdftotext -layout dumps of Word-made ruled tables: what -layout does to a Word table (numbers
// centred past a two-character 序号 header, …) and the rules that rebuild the rows; each rule
// with a counter-example of similar text that must not move.
import { describe, expect, it } from "vitest";
import { findAlignedHeader, seqNumberBound } from "../../src/layouts/aligned.js";
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
