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
      ["SEQ_MISSING", 16, 180],
      ["SEQ_MISSING", 17, 180],
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

describe("checkNumbering: rows not read", () => {
  it("names each missing 序号 of a short gap, so the clerk can look for that row", () => {
    const d = checkNumbering([task(1), task(2), task(5)], table).filter((x) => x.code === "SEQ_MISSING");
    expect(d.map((x) => [x.seq, x.level])).toEqual([[3, "warning"], [4, "warning"]]);
    expect(d[0]!.message).toContain("没有读出第 3 项");
  });
  it("counter-example: a long jump (one misread number) is said once, by SEQ_GAP", () => {
    const d = checkNumbering([task(1), task(2), task(200)], table);
    expect(d.map((x) => x.code)).toEqual(["SEQ_GAP"]);
  });
});
