import { describe, expect, it } from "vitest";
import { flagEmptyCells } from "../../src/layouts/flat.js";
import { textCells } from "../../src/table/records.js";
import type { EntityField, RawRecord } from "../../src/model/intermediate.js";
import type { FlatHeader } from "../../src/layouts/flat/header.js";

const header: FlatHeader = { start: 0, end: 0, line: 1, headers: ["序号", "具体任务", "牵头单位", "分管领导"], columns: ["seq", "task", "leadUnits", "supervisors"] };
const rec = (seq: number, cells: Partial<Record<EntityField, string[]>>): RawRecord => ({ table: 0, seq, section: [], task: ["任务。"], cells: textCells(cells), source: { line: seq } });
const full = (seq: number) => rec(seq, { leadUnits: ["区发改局"], supervisors: ["庄垂生"] });
const label = (f: EntityField) => f;

describe("flagEmptyCells: a usual column empty in the last rows of a paragraph dump", () => {
  it("flags the table's last rows whose usual column is empty (their names may be in a block printed before them)", () => {
    const rows = [full(1), full(2), full(3), full(4), full(5), full(6), full(7), full(8), rec(9, { leadUnits: ["区工信局"] }), rec(10, { leadUnits: ["区工信局"] })];
    expect(flagEmptyCells(rows, header, 0, label, []).map((d) => d.seq)).toEqual([9, 10]);
  });
  it("counter-example: a longer run at the end is a part of the table without the column", () => {
    const rows = [...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16].map(full), ...[17, 18, 19, 20].map((n) => rec(n, { leadUnits: ["区工信局"] }))];
    expect(flagEmptyCells(rows, header, 0, label, [])).toEqual([]);
  });
});
