import { describe, expect, it } from "vitest";
import { checkNumbering, checkRecord } from "../../src/validate/checks.js";
import type { TableInfo, Task } from "../../src/model/schema.js";

const task = (seq: number, over: Partial<Task> = {}): Task => ({
  id: `0000000000000000-0-${seq}`, table: 0, seq, section: [], task: "任务", leadUnits: ["甲局"], units: [], coUnits: [], leaders: [], supervisors: [], inherited: [], review: [], source: { line: seq * 10 }, ...over,
});
const table: TableInfo = { index: 0, title: null, headers: [], firstSeq: null, lastSeq: null, rowCount: 0, layout: "tsv" };

describe("checkNumbering", () => {
  it("reports a late start, a gap and a duplicate with their lines", () => {
    const d = checkNumbering([task(14), task(15), task(18), task(18)], table);
    expect(d.map((x) => [x.code, x.seq, x.line])).toEqual([
      ["SEQ_LATE_START", 14, 140],
      ["SEQ_GAP", 18, 180],
      ["SEQ_DUPLICATE", 18, 180],
    ]);
    expect(d[1]!.message).toContain("第 16–17 项");
  });
  it("is silent on 1..n", () => {
    expect(checkNumbering([task(1), task(2), task(3)], table)).toEqual([]);
  });
  it("reports a header with no rows", () => {
    expect(checkNumbering([], table).map((x) => x.code)).toEqual(["EMPTY_TABLE"]);
  });
});

describe("checkRecord", () => {
  it("flags missing task text and missing units", () => {
    expect(checkRecord(task(1, { task: "", leadUnits: [] }), true).map((x) => x.code)).toEqual(["NO_TASK_TEXT", "NO_UNIT"]);
  });
});
