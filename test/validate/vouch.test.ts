// A layout's doubt taken off a row only on evidence from the document's own text; a row that looks
// vouched for but lacks the evidence keeps its flag.
import { describe, expect, it } from "vitest";
import { vouchSharedPeople, vouchTaskEnds } from "../../src/validate/vouch.js";
import { unterminatedTable } from "../../src/validate/corroborate.js";
import type { Diagnostic, Task } from "../../src/model/schema.js";
import { task } from "../helpers/tasks.js";

const shared = { code: "MERGED_CELL_SHARED", message: "…" };
const extent = { code: "ROW_EXTENT_GUESSED", message: "…" };
const cut = { code: "TASK_TEXT_CUT", message: "…" };
const codesOf = (rows: Task[]) => rows.map((t) => [t.seq, t.review.map((r) => r.code)]);

describe("vouchSharedPeople: a 分管领导 filled from a merged cell, paired with the row's unit elsewhere in the table", () => {
  // rows 2 and 3 took 张明华 from the merged cell printed beside row 1; row 4 prints 李建国 beside its own unit
  const rows = () => [
    task(1, { leadUnits: ["区发改局"], supervisors: ["张明华"] }),
    task(2, { leadUnits: ["区发改局"], supervisors: ["张明华"], review: [shared] }),
    task(3, { leadUnits: ["区工信局"], supervisors: ["张明华"], review: [shared] }),
    task(4, { leadUnits: ["区住建局"], supervisors: ["李建国"] }),
  ];
  it("takes the flag off a row whose unit the table pairs, in a row's own cell, with the same leader", () => {
    expect(codesOf(vouchSharedPeople(rows(), []))).toEqual([[1, []], [2, []], [3, ["MERGED_CELL_SHARED"]], [4, []]]);
  });
  it("counter-example: the unit printed elsewhere with another leader too (the span may be off) stays flagged", () => {
    const r = [...rows(), task(5, { leadUnits: ["区发改局"], supervisors: ["李建国"] })];
    expect(codesOf(vouchSharedPeople(r, [])).find(([s]) => s === 2)).toEqual([2, ["MERGED_CELL_SHARED"]]);
  });
  it("counter-example: the wrong leader given by the span (the pair printed elsewhere names another) stays flagged", () => {
    const r = rows();
    r[1] = { ...r[1]!, supervisors: ["李建国"] };
    expect(codesOf(vouchSharedPeople(r, [])).find(([s]) => s === 2)).toEqual([2, ["MERGED_CELL_SHARED"]]);
  });
  it("counter-example: the row that pairs them is itself in doubt (its extent, a warning naming it, filled down)", () => {
    const doubted = rows();
    doubted[0] = { ...doubted[0]!, review: [extent] };
    expect(codesOf(vouchSharedPeople(doubted, [])).find(([s]) => s === 2)).toEqual([2, ["MERGED_CELL_SHARED"]]);
    const warned: Diagnostic[] = [{ level: "warning", code: "LEADER_COUNT_MISMATCH", message: "…", table: 0, seq: 1 }];
    expect(codesOf(vouchSharedPeople(rows(), warned)).find(([s]) => s === 2)).toEqual([2, ["MERGED_CELL_SHARED"]]);
    const filled = rows();
    filled[0] = { ...filled[0]!, inherited: ["supervisors"] };
    expect(codesOf(vouchSharedPeople(filled, [])).find(([s]) => s === 2)).toEqual([2, ["MERGED_CELL_SHARED"]]);
  });
  it("counter-example: only other rows filled from the merged cell name the pair", () => {
    const r = rows();
    r[0] = { ...r[0]!, review: [shared] };
    expect(codesOf(vouchSharedPeople(r, [])).slice(0, 2)).toEqual([[1, ["MERGED_CELL_SHARED"]], [2, ["MERGED_CELL_SHARED"]]]);
  });
});

describe("vouchTaskEnds: a target's task ending with its figure in an indicator table", () => {
  const indicator = () => [
    task(1, { task: "地区生产总值增长 6.5%左右" }),
    task(2, { task: "规模以上工业增加值增长 8%", review: [cut] }),
    task(3, { task: "推进汀江两岸景观提升工程，建成滨江步道 12 公里", review: [cut] }),
    task(4, { task: "城镇新增就业 3.5 万人" }),
  ];
  const run = (rows: Task[], d: Diagnostic[] = []) => codesOf(vouchTaskEnds(rows, d, (k) => unterminatedTable(rows, k)));
  it("takes the flag off a row whose task ends with a figure and its measure", () => {
    expect(run(indicator())).toEqual([[1, []], [2, []], [3, []], [4, []]]);
  });
  it("counter-example: a task cut mid-word (no figure at its end) stays flagged", () => {
    const r = indicator();
    r[1] = { ...r[1]!, task: "建成 20 个镇级文化分馆，引导街头文化艺术有" };
    expect(run(r)[1]).toEqual([2, ["TASK_TEXT_CUT"]]);
  });
  it("counter-example: a row whose extent is in doubt stays flagged (the rest may sit in the neighbour)", () => {
    const r = indicator();
    r[1] = { ...r[1]!, task: "新建乡镇卫生院 5 个", review: [cut, extent] };
    expect(run(r)[1]).toEqual([2, ["TASK_TEXT_CUT", "ROW_EXTENT_GUESSED"]]);
  });
  it("counter-example: the next row opens mid-sentence (`个，改造…`): the figure ended a clause, not the task", () => {
    const d: Diagnostic[] = [{ level: "warning", code: "TASK_STARTS_MIDWAY", message: "…", table: 0, seq: 3 }];
    expect(run(indicator(), d)[1]).toEqual([2, ["TASK_TEXT_CUT"]]);
  });
  it("counter-example: a table whose tasks end with a full stop has no such habit", () => {
    const r = indicator().map((t) => (t.review.length ? t : { ...t, task: `${t.task}。` }));
    r.push(task(5), task(6));
    expect(run(r).slice(1, 3)).toEqual([[2, ["TASK_TEXT_CUT"]], [3, ["TASK_TEXT_CUT"]]]);
  });
});
