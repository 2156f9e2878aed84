// Array helpers that hold at any size (issue 18: a 40k-row list notice threw "Maximum call stack
// size exceeded" from `push(...records)` / `Math.max(...lines)`).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { appendAll, findFrom, findLastBefore, firstAbove, firstAtLeast, isSortedBy, maxOf, minOf } from "../src/arrays.js";
import { memoByString } from "../src/memo.js";
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

// The look-ups that replaced `slice(…).find`, `filter` over every item and repeated questions (session 37): each
// gives what the walk over a copy gave, on lists with repeats, gaps and no match.
describe("searching without copying", () => {
  const rand = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
  const lists = [[], [5], [1, 1, 2, 3, 3, 3, 9], Array.from({ length: 60 }, (_, i) => Math.floor(i / 3) * 2)];
  const next = rand(7);
  for (let k = 0; k < 20; k++) lists.push(Array.from({ length: Math.floor(next() * 30) }, () => Math.floor(next() * 20)).sort((a, b) => a - b));

  it("findFrom and findLastBefore are slice-then-find", () => {
    for (const xs of lists) {
      for (let at = -1; at <= xs.length + 1; at++) {
        const even = (x: number) => x % 2 === 0;
        expect(findFrom(xs, at, even)).toBe(xs.slice(Math.max(0, at)).find(even));
        expect(findLastBefore(xs, at, even)).toBe(xs.slice(0, Math.max(0, at)).reverse().find(even));
      }
    }
  });

  it("firstAtLeast and firstAbove are the index a walk finds, at every value in and around the list", () => {
    for (const xs of lists) {
      for (let x = -2; x <= 42; x++) {
        const atLeast = xs.findIndex((v) => v >= x);
        const above = xs.findIndex((v) => v > x);
        expect(firstAtLeast(xs, x, (v) => v)).toBe(atLeast < 0 ? xs.length : atLeast);
        expect(firstAbove(xs, x, (v) => v)).toBe(above < 0 ? xs.length : above);
      }
    }
  });

  it("isSortedBy: ties are sorted, one step down is not", () => {
    expect(isSortedBy([1, 1, 2], (v) => v)).toBe(true);
    expect(isSortedBy([], (v: number) => v)).toBe(true);
    expect(isSortedBy([1, 3, 2], (v) => v)).toBe(false);
  });

  it("memoByString asks once per string, keeps falsy answers, and drops the lot at its limit", () => {
    const asked: string[] = [];
    const f = memoByString((s: string) => (asked.push(s), s.length ? s.length : undefined), 3);
    expect([f("ab"), f("ab"), f(""), f("")]).toEqual([2, 2, undefined, undefined]);
    expect(asked).toEqual(["ab", ""]);
    f("c");
    f("d"); // the fourth string: the cache was full and starts again
    f("ab");
    expect(asked).toEqual(["ab", "", "c", "d", "ab"]);
  });
});
