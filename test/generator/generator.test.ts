// The generator's own checks: the comparison catches what it must (so the family properties can
// fail), the renderers print every record they are given, and the traditional-script table is
// well formed. No parsing here except through the comparison's fixtures.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Result } from "../../src/model/schema.js";
import { silentRows } from "./compare.js";
import { caseArb } from "./check.js";
import { S2T, toTraditional } from "./lexicon.js";
import type { GenRecord } from "./records.js";
import { expectedRecords, FAMILIES } from "./render.js";

const rec = (seq: number, over: Partial<GenRecord> = {}): GenRecord => ({
  seq,
  section: ["一、坚持创新驱动"],
  task: `推进第${seq}项工作，新增5个。`,
  leadUnits: ["区发改局"],
  units: ["区财政局", "区统计局"],
  coUnits: [],
  leaders: [],
  supervisors: ["王伟"],
  ...over,
});
/** A parse result holding these records as tasks, with optional review reasons and diagnostics. */
function result(records: GenRecord[], extra: { review?: Record<number, string>; diagnostics?: Result["diagnostics"] } = {}): Result {
  return {
    source: { file: "t.txt", format: "text", sha256: "0", encoding: "utf-8" },
    notice: { docNumber: null, title: null, issuer: null, date: null, year: null },
    tables: [],
    tasks: records.map((r) => ({ table: 0, ...r, inherited: [], review: extra.review?.[r.seq] ? [{ code: "X", message: extra.review[r.seq]! }] : [], source: {} })),
    diagnostics: extra.diagnostics ?? [],
  } as unknown as Result;
}

describe("generator: the comparison", () => {
  it("forgives what the scorer forgives: whitespace, full/half width, 甲、乙 against 甲, 乙, a person's trailing note", () => {
    const want = [rec(1)];
    const got = [rec(1, { task: "推进第 1 项工作，新增５个。", units: ["区财政局、区统计局"], supervisors: ["王 伟（副区长）"], section: ["一、坚持创新 驱动"] })];
    expect(silentRows(want, result(got))).toEqual([]);
  });

  it("reports a wrong field, a missing row and an extra row, each with its 序号", () => {
    const want = [rec(1), rec(2), rec(3)];
    const got = [rec(1, { coUnits: ["区财政局"], units: ["区统计局"] }), rec(3), rec(9)];
    const silent = silentRows(want, result(got));
    expect(silent.map((s) => s.seq)).toEqual([1, 2, 9]);
    expect(silent[0]!.problem).toMatch(/^units: want \["区财政局","区统计局"\] got \["区统计局"\]; coUnits: want \[\] got \["区财政局"\]$/);
    expect(silent[1]!.problem).toBe("row missing");
    expect(silent[2]!.problem).toMatch(/^extra row/);
  });

  it("a flag excuses a wrong row: a review entry, or a warning/error diagnostic naming its 序号 — not an info one", () => {
    const want = [rec(1), rec(2), rec(3)];
    const got = [rec(1, { units: [] }), rec(2, { units: [] }), rec(3, { units: [] })];
    const diagnostics = [
      { level: "warning", code: "W", message: "…", seq: 2 },
      { level: "info", code: "I", message: "…", seq: 3 },
    ] as Result["diagnostics"];
    expect(silentRows(want, result(got, { review: { 1: "单位按文本顺序推断" }, diagnostics })).map((s) => s.seq)).toEqual([3]);
  });
});

describe("generator: the renderers print every record", () => {
  const flat = (s: string) => s.replace(/<br>|\*\*| \||[|\t ]/g, "");
  for (const family of FAMILIES) {
    it(`${family.name}: every task (all but aligned, which wraps it) and every name occurs in the text`, () => {
      for (const [notice, o] of fc.sample(caseArb(family as never), { numRuns: 60, seed: 4242 }) as never as [never, never][]) {
        const text = (family as { render(n: unknown, o: unknown): string }).render(notice, o);
        const lines = text.split("\n").map(flat);
        const all = lines.join("");
        for (const r of expectedRecords(notice, o)) {
          if (family.name !== "aligned") expect(all).toContain(r.task);
          for (const name of [...r.leadUnits, ...r.units, ...r.coUnits, ...r.leaders, ...r.supervisors]) {
            // a long name may be cut in two by a narrow cell: each half on a line of its own
            const chars = [...name];
            const halves = [chars.slice(0, Math.ceil(chars.length / 2)).join(""), chars.slice(Math.ceil(chars.length / 2)).join("")];
            const whole = lines.some((l) => l.includes(name));
            expect(whole || halves.every((h) => lines.some((l) => l.includes(h))), `${name} in\n${text}`).toBe(true);
          }
        }
      }
    });
  }

  it("the same seed gives the same text", () => {
    for (const family of FAMILIES) {
      const texts = () => fc.sample(caseArb(family as never), { numRuns: 5, seed: 7 }).map(([n, o]) => (family as { render(n: unknown, o: unknown): string }).render(n, o));
      expect(texts()).toEqual(texts());
    }
  });
});

describe("generator: traditional script", () => {
  it("maps each simplified character to one other character, never to a character it also maps", () => {
    for (const [s, t] of S2T) {
      expect(s).not.toBe(t);
      expect(S2T.has(t), `${s}→${t}`).toBe(false);
    }
    expect(toTraditional("区发改局牵头，区财政局配合")).toBe("區發改局牽頭，區財政局配合");
  });
});
