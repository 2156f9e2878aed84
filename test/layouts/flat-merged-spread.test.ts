import { describe, expect, it } from "vitest";
import { centredSpans, evenSpans, pairsRowByRow, spreadMergedPeople } from "../../src/layouts/flat/mergedspread.js";
import type { RawRecord } from "../../src/model/intermediate.js";

const rec = (seq: number, line: number, supervisors: string[], units: string[] = ["县发改局"], leaders: string[] = []): RawRecord => ({
  table: 0,
  seq,
  section: [],
  task: ["任务。"],
  cells: { units: units.map((text) => ({ text })), supervisors: supervisors.map((text) => ({ text })), leaders: leaders.map((text) => ({ text })) },
  source: { line },
});
/** lines 1..n, a form feed (pdftotext's page break) opening each line in `breaks` */
const lines = (n: number, breaks: number[]) => Array.from({ length: n }, (_, k) => ({ line: k + 1, text: breaks.includes(k + 1) ? "\f序号" : "x" }));
const COLUMNS = ["seq", "task", "units", "leaders", "supervisors"] as const;
const sup = (r: RawRecord[]) => r.map((x) => (x.cells.supervisors ?? []).map((c) => c.text));

describe("spans for the names of a merged column", () => {
  it("even spans, the earlier ones the longer", () => {
    expect(evenSpans(5, 2)).toEqual([
      [0, 3],
      [3, 5],
    ]);
    expect(evenSpans(7, 3)).toEqual([
      [0, 3],
      [3, 5],
      [5, 7],
    ]);
  });

  it("centred spans hold each name's row near their middle", () => {
    // names printed at rows 1 and 4 of 6: spans [0,3) and [3,6) have middles 1 and 4
    expect(centredSpans(6, [1, 4])).toEqual([
      [0, 3],
      [3, 6],
    ]);
    // one name: the whole page
    expect(centredSpans(4, [2])).toEqual([[0, 4]]);
  });

  it("counter-example: names not in increasing rows give no spans", () => {
    expect(centredSpans(4, [2, 1])).toBeNull();
    expect(centredSpans(4, [1, 1])).toBeNull();
  });
});

describe("a person column merged over rows in a reading-order dump", () => {
  it("shares a page's block of names out over the page's rows, flagging every row it changes", () => {
    // page 1: rows 1–5, the block 宋国梁 魏红霞 read into row 4; page 2: rows 6–9, 龚建华 printed at row 7
    const records = [rec(1, 2, []), rec(2, 4, []), rec(3, 6, []), rec(4, 8, ["宋国梁", "魏红霞"]), rec(5, 10, []), rec(6, 13, []), rec(7, 15, ["龚建华"]), rec(8, 17, []), rec(9, 19, [])];
    const r = spreadMergedPeople(records, lines(20, [12]), [...COLUMNS]);
    expect(sup(r.records)).toEqual([["宋国梁"], ["宋国梁"], ["宋国梁"], ["魏红霞"], ["魏红霞"], ["龚建华"], ["龚建华"], ["龚建华"], ["龚建华"]]);
    expect(r.spread.map((s) => s.seq)).toEqual([1, 2, 3, 4, 5, 6, 8, 9]);
    expect(r.spread.find((s) => s.seq === 4)).toMatchObject({ was: ["宋国梁", "魏红霞"], block: true });
  });

  it("counter-example: a column filled in most rows is left alone (an empty cell there is empty)", () => {
    const records = [rec(1, 2, ["张伟明"]), rec(2, 4, ["李红梅"]), rec(3, 6, []), rec(4, 8, ["王建国"]), rec(5, 10, ["赵丽华"])];
    const r = spreadMergedPeople(records, lines(12, [11]), [...COLUMNS]);
    expect(r.records).toEqual(records);
    expect(r.spread).toEqual([]);
  });

  it("counter-example: one name printed in two rows running is a column printed row by row", () => {
    const records = [rec(1, 2, []), rec(2, 4, []), rec(3, 6, ["孙海"]), rec(4, 8, ["孙海"])];
    expect(spreadMergedPeople(records, lines(10, [9]), [...COLUMNS]).spread).toEqual([]);
  });

  it("counter-example: rows read out of printed order, or a dump without page breaks, are left alone", () => {
    const shuffled = [rec(1, 8, []), rec(2, 2, ["宋国梁"]), rec(3, 4, [])];
    expect(spreadMergedPeople(shuffled, lines(10, [9]), [...COLUMNS]).spread).toEqual([]);
    const plain = [rec(1, 2, []), rec(2, 4, ["宋国梁"]), rec(3, 6, [])];
    expect(spreadMergedPeople(plain, lines(10, []), [...COLUMNS]).spread).toEqual([]);
  });

  it("counter-example: a 责任人 column that pairs with its units row by row is no merged column", () => {
    const paired = [rec(1, 2, [], ["县发改局", "县财政局"], ["张伟明", "李红梅"]), rec(2, 4, [], ["县商务局"], ["王建国"]), rec(3, 6, [], ["县水利局"], [])];
    expect(pairsRowByRow(paired, "units")).toBe(true);
    expect(spreadMergedPeople(paired, lines(10, [9]), [...COLUMNS], "units").spread.filter((s) => s.field === "leaders")).toEqual([]);
    // a column headed 责任人 names each unit's own person, whatever the rows read show
    const sparse = [rec(1, 2, [], ["县发改局"], []), rec(2, 4, [], ["县商务局"], ["宋国梁", "魏红霞"]), rec(3, 6, [], ["县水利局"], [])];
    const headers = ["序号", "工作任务", "牵头单位", "责任人", "分管领导"];
    expect(spreadMergedPeople(sparse, lines(10, [9]), [...COLUMNS], "units", headers).spread.filter((s) => s.field === "leaders")).toEqual([]);
    expect(spreadMergedPeople(sparse, lines(10, [9]), [...COLUMNS], "units", ["序号", "工作任务", "牵头单位", "责任领导", "分管领导"]).spread.filter((s) => s.field === "leaders").length).toBe(3);
    // one leader for a row of two units: a 责任领导 merged over rows, not paired
    const merged = [rec(1, 2, [], ["县发改局", "县财政局"], ["张伟明"]), rec(2, 4, [], ["县商务局"], []), rec(3, 6, [], ["县水利局"], [])];
    expect(pairsRowByRow(merged, "units")).toBe(false);
  });
});
