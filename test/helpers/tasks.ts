// A well-formed record and a table header for the validation tests.
import type { Header, Task } from "../../src/model/schema.js";

/** Task `seq` of table 0, well formed (a lead unit, a unit, a supervisor), with `over` on top. */
export const task = (seq: number, over: Partial<Task> = {}): Task => ({
  id: `0000000000000000-0-${seq}`,
  table: 0,
  seq,
  section: [],
  task: `第${seq}项工作要扎实推进。`,
  leadUnits: ["区发改局"],
  units: ["各街道办事处"],
  coUnits: [],
  leaders: [],
  supervisors: ["张明华"],
  inherited: [],
  review: [],
  source: { line: seq * 10 },
  ...over,
});

/** 序号 | 具体任务 | 牵头单位 | 责任单位 | 分管领导 */
export const headers: Header[] = [
  { text: "序号", field: "seq" },
  { text: "具体任务", field: "task" },
  { text: "牵头单位", field: "leadUnits" },
  { text: "责任单位", field: "units" },
  { text: "分管领导", field: "supervisors" },
];
