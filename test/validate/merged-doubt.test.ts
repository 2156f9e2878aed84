// Text that lost the cells cannot tell an empty cell from one merged with the rows above; a row whose
// cells were filled down from a row under review shares that row's doubt.
import { describe, expect, it } from "vitest";
import { corroborate, type CorroboratedTable } from "../../src/validate/corroborate.js";
import { inheritDoubt } from "../../src/validate/review.js";
import type { Diagnostic, Task } from "../../src/model/schema.js";
import { headers, task as wellFormed } from "../helpers/tasks.js";
import type { TableStructure } from "../../src/model/intermediate.js";

// no 分管领导 unless a row gives one
const task = (seq: number, over: Partial<Task> = {}): Task => wellFormed(seq, { supervisors: [], ...over });
const table = (structure: TableStructure, layout = "flat"): CorroboratedTable => ({ index: 0, headers, structure, layout });
const flagged = (d: Diagnostic[]) => d.filter((x) => x.code === "FIELD_EMPTY_MAYBE_MERGED").map((x) => x.seq);
// a 分管领导 merged over rows 1–3 and 5–6, printed once in the first row of each
const merged = [task(1, { supervisors: ["张明华"] }), task(2), task(3), task(4, { supervisors: ["李建国"] }), task(5), task(6)];

describe("FIELD_EMPTY_MAYBE_MERGED: an empty field under a filled one, in text that lost the cells", () => {
  it("flags every row of the run under a filled people cell", () => {
    expect(flagged(corroborate(merged, [table("text-order")], []))).toEqual([2, 3, 5, 6]);
  });
  it("counter-example: an empty unit cell (a sparse 协办单位 column) is no doubt", () => {
    const rows = [task(1, { units: ["区财政局"] }), task(2, { units: [] }), task(3, { units: [] }), task(4, { units: ["区财政局"] })];
    expect(flagged(corroborate(rows, [table("text-order")], []))).toEqual([]);
  });
  it("counter-example: a ruled or aligned table keeps its empty cells as printed", () => {
    expect(flagged(corroborate(merged, [table("exact")], []))).toEqual([]);
    expect(flagged(corroborate(merged, [table("geometry")], []))).toEqual([]);
    // a web table flattened one cell per line keeps its empty cells
    expect(flagged(corroborate(merged, [table("text-order", "list")], []))).toEqual([]);
  });
  it("a unit cell merged over more rows than the people cell: the run goes on while the row above is in doubt and empty there too", () => {
    // 配合单位 merged over rows 1–3, 分管领导 over rows 1–2: row 3 names its own person, its empty 配合单位 is the merged cell's
    const rows = [
      task(1, { units: ["市统计局", "各区人民政府"], supervisors: ["林一凡"] }),
      task(2, { units: [] }),
      task(3, { units: [], supervisors: ["周子墨"] }),
      task(4, { units: ["市税务局"], supervisors: ["林一凡"] }),
    ];
    expect(flagged(corroborate(rows, [table("text-order")], []))).toEqual([2, 3]);
  });
  it("a row given a merged people cell's names by guess (MERGED_CELL_GUESSED) starts such a run too", () => {
    const rows = [
      task(1, { units: ["市统计局"], supervisors: ["林一凡"] }),
      task(2, { units: [], supervisors: ["林一凡"] }),
      task(3, { units: [], supervisors: ["周子墨"] }),
    ];
    const guessed: Diagnostic = { level: "warning", code: "MERGED_CELL_GUESSED", message: "…", table: 0, seq: 2 };
    expect(flagged(corroborate(rows, [table("text-order")], [guessed]))).toEqual([3]);
    expect(flagged(corroborate(rows, [table("text-order")], []))).toEqual([]);
  });
  it("counter-example: an empty unit cell under a row not in doubt, or under a row in doubt that fills it, is no doubt", () => {
    // row 2 names its person: no merge suspected above row 3
    const clear = [task(1, { units: ["市统计局"], supervisors: ["林一凡"] }), task(2, { units: [], supervisors: ["周子墨"] }), task(3, { units: [], supervisors: ["周子墨"] })];
    expect(flagged(corroborate(clear, [table("text-order")], []))).toEqual([]);
    // row 2 is in doubt (no person) but has its own 配合单位: row 3's empty one is not part of a run
    const filled = [task(1, { units: ["市统计局"], supervisors: ["林一凡"] }), task(2, { units: ["市财政局"] }), task(3, { units: [], supervisors: ["周子墨"] })];
    expect(flagged(corroborate(filled, [table("text-order")], []))).toEqual([2]);
  });
  it("counter-example: empty rows above the first filled one, and inherited fields, are no doubt", () => {
    const rows = [task(1), task(2), task(3, { supervisors: ["张明华"] }), task(4, { supervisors: ["张明华"], inherited: ["supervisors"] })];
    expect(flagged(corroborate(rows, [table("text-order")], []))).toEqual([]);
  });
});

describe("inheritDoubt: a row filled down from a row under review", () => {
  const doubt = { code: "FLAT_UNIT_COLUMNS_GUESSED", message: "…" };
  it("shares the doubt down a run of merged rows", () => {
    const out = inheritDoubt([task(1, { review: [doubt] }), task(2, { inherited: ["leadUnits", "units"] }), task(3, { inherited: ["leadUnits", "units"] })]);
    expect(out.map((t) => t.review.map((r) => r.code))).toEqual([["FLAT_UNIT_COLUMNS_GUESSED"], ["INHERITED_DOUBT"], ["INHERITED_DOUBT"]]);
  });
  it("counter-example: a doubt about the task text alone is not shared, nor a doubt on a row not inherited from", () => {
    const text = { code: "TASK_UNTERMINATED", message: "…" };
    expect(inheritDoubt([task(1, { review: [text] }), task(2, { inherited: ["units"] })])[1]!.review).toEqual([]);
    expect(inheritDoubt([task(1, { review: [doubt] }), task(2)])[1]!.review).toEqual([]);
    // a row already under review keeps its own reasons only
    const own = { code: "CELL_MERGED_ABOVE", message: "…" };
    expect(inheritDoubt([task(1, { review: [doubt] }), task(2, { inherited: ["units"], review: [own] })])[1]!.review).toEqual([own]);
    expect(inheritDoubt([task(1, { review: [doubt] }), task(2, { table: 1, inherited: ["units"] })])[1]!.review).toEqual([]);
  });
});
