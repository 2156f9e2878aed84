// Array helpers that hold at any size (issue 18: a 40k-row list notice threw "Maximum call stack
// size exceeded" from `push(...records)` / `Math.max(...lines)`).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { appendAll, maxOf, minOf } from "../src/arrays.js";
import { mergeResults } from "../src/layouts/merge.js";

const BIG = 500_000;

describe("array helpers at sizes where spreading throws", () => {
  it("the spread form does throw at this size (the reason for the helpers)", () => {
    const items = Array.from({ length: BIG }, (_, i) => i);
    expect(() => [].push(...(items as never[]))).toThrow(RangeError);
    expect(() => Math.max(...items)).toThrow(RangeError);
  });

  it("appendAll appends in order, in place", () => {
    const target = [-1];
    const items = Array.from({ length: BIG }, (_, i) => i);
    expect(appendAll(target, items)).toBe(target);
    expect(target.length).toBe(BIG + 1);
    expect(target.slice(0, 3)).toEqual([-1, 0, 1]);
    expect(target[BIG]).toBe(BIG - 1);
  });

  it("maxOf / minOf over many values, and their value for none", () => {
    const values = Array.from({ length: BIG }, (_, i) => (i * 7919) % BIG);
    expect(maxOf(values)).toBe(BIG - 1);
    expect(minOf(values)).toBe(0);
    expect(maxOf([], 0)).toBe(0);
    expect(minOf([])).toBe(Infinity);
    expect(maxOf([-3, -5])).toBe(-3);
  });

  it("merging layout results keeps every record of a very long table", () => {
    const records = Array.from({ length: BIG }, (_, i) => ({ table: 0, seq: i + 1 }));
    const merged = mergeResults([{ tables: [], records: records as never[], diagnostics: [] }]);
    expect(merged.records.length).toBe(BIG);
    expect((merged.records[BIG - 1] as unknown as { seq: number }).seq).toBe(BIG);
  });
  it("src/ takes no Math.max/Math.min over a spread (the arrays grow with the input: use maxOf/minOf)", () => {
    const hits = spawnSync("grep", ["-rnE", "Math\\.(max|min)\\([^)]*\\.\\.\\.", "src", "--include=*.ts"], { encoding: "utf8" })
      .stdout.split("\n")
      .filter((l) => l && !l.startsWith("src/arrays.ts:"));
    expect(hits).toEqual([]);
  });
});
