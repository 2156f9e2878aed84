// Generated notices, one family of layouts per describe (issue 15 §4): records rendered as label
// lines, role-verb parentheticals, bracket labels, flattened cells, TSV, markdown and aligned
// tables with seeded variations (test/generator/render.ts). Property: parsing the text gives back
// every record (compared with the scorer's forgiveness), or the rows that differ are flagged — a
// `review` entry on the task or a warning/error diagnostic naming its 序号. A refusal (NO_TABLE) of
// such a notice fails the property.
//
// Each family has two properties: over the variations the parser handles today (`family.today`,
// kept green by `npm test`), and over all its variations — `it.skip` while it fails, with the
// counter-example fast-check shrinks to at this seed in a comment (text, then what came back);
// un-skip it as the rules of issue 15 land.
// Fixed seed; FUZZ_RUNS cases per property (default 40; `npm run fuzz` raises it).
// `GENERATOR_RATES=N npx vitest run test/generator/rates.test.ts` measures each family's failure rate.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseArb, describeOutcome, runCase } from "./check.js";
import { alignedTable, bracketLabels, type Family, flatCells, labelLines, markdownTable, roleVerbs, tsvTable } from "./render.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 15150415);

/** The property over a family (or the part of it the parser handles today): no wrong row without a flag. */
async function holds<O>(family: Family<O>, which: "today" | "all"): Promise<void> {
  const cases = which === "today" ? caseArb(family).filter(([n, o]) => family.today(n, o)) : caseArb(family);
  await fc.assert(
    fc.asyncProperty(cases, async ([notice, o]) => {
      const out = await runCase(family, notice, o);
      expect(out.silent, describeOutcome(out)).toEqual([]);
    }),
    { seed: SEED, numRuns: RUNS },
  );
}

describe("generator: label lines", () => {
  it(`today (${labelLines.todayNote}): every record comes back or is flagged`, () => holds(labelLines, "today"));
  // fails today (traditional label 領銜領導 not read: 銜 is outside the fold table):
  //   1.推進城鄉供水一體化工程，完成投資2億元。 / 領銜領導：王偉 / 協辦單位：區發改局 / 2.… / 協辦單位：區直有關單位
  //   → #1 task "…完成投資2億元。領銜領導：王偉", supervisors [] (want ["王偉"]), no flag
  // also: an un-numbered third-level heading right under （一）… is glued to it (section "（一）健全社会保障体系城乡建设");
  //   `牵头市领导：王伟` leaves "牵头" in the task
  it.skip("all variations: every record comes back or is flagged", () => holds(labelLines, "all"));
});

describe("generator: role verbs", () => {
  it(`today (${roleVerbs.todayNote}): every record comes back or is flagged`, () => holds(roleVerbs, "today"));
  // fails today (a deadline clause after the roles hides them; the notice is refused):
  //   2.推进城乡供水一体化工程，完成投资2亿元。（区发改局牵头，年底前完成） / 3.…（区发改局牵头，年底前完成）
  //   → NO_TABLE "看起来不是一份通知…"
  // also: `（由X，Y牵头）` keeps 由 in the first lead unit ("由縣發改局"); un-numbered third-level headings glued
  it.skip("all variations: every record comes back or is flagged", () => holds(roleVerbs, "all"));
});

describe("generator: bracket labels", () => {
  it(`today (${bracketLabels.todayNote}): every record comes back or is flagged`, () => holds(bracketLabels, "today"));
  // fails today (traditional label 領銜領導 not read):
  //   1.推進城鄉供水一體化工程，完成投資2億元。（領銜領導：王偉；協辦單位：區發改局） / 2.…（協辦單位：區直有關單位）
  //   → #1 supervisors [] (want ["王偉"]), no flag
  // also: `（协办单位：各镇（街道）；牵头市领导：王伟）` → coUnits gain "牵头"; un-numbered third-level headings glued
  it.skip("all variations: every record comes back or is flagged", () => holds(bracketLabels, "all"));
});

describe("generator: flattened cells", () => {
  it(`today (${flatCells.todayNote}): every record comes back or is flagged`, () => holds(flatCells, "today"));
  // fails today (an empty cell, written as an empty line, is skipped: the next cell moves left):
  //   序号 / 目标任务 / 牵头单位 / 协办单位 / 2 / 推进…2亿元。 / (empty) / 区直有关单位 / 3 / 推进…3亿元。 / 各镇（街道） / (empty)
  //   → #2 leadUnits ["区直有关单位"] coUnits [] (want the reverse), no flag
  // also: the same with blank lines between cells; a cell's names one per line with ` |` after the last only
  //   (the second name lost); people columns before the task (refused as a newspaper page)
  it.skip("all variations: every record comes back or is flagged", () => holds(flatCells, "all"));
});

describe("generator: tsv", () => {
  it(`today (${tsvTable.todayNote}): every record comes back or is flagged`, () => holds(tsvTable, "today"));
  // fails today (an un-numbered heading row under two numbered ones empties the table):
  //   序号⇥目标任务⇥协办单位⇥责任单位 / 一、深化改革开放，激发发展活力 / （一）培育创新主体 / 改革任务 / 1⇥推进…⇥区直有关单位⇥ / 重点项目 / 2⇥推进…⇥⇥区发改局
  //   → NO_TABLE "表头找到了，但表中没有任何编号的任务行"
  // also: a traditional header outside the fold table (領銜領導) is dropped as `other`, its names lost without a flag
  it.skip("all variations: every record comes back or is flagged", () => holds(tsvTable, "all"));
});

describe("generator: markdown", () => {
  it(`today (${markdownTable.todayNote}): every record comes back or is flagged`, () => holds(markdownTable, "today"));
  // fails today (as tsv: an un-numbered heading row under two numbered ones empties the table):
  //   | 序号 | 目标任务 | 协办单位 | 责任单位 | / | 一、深化改革开放，激发发展活力 | … / | （一）培育创新主体 | … / | 改革任务 | … / | 1 | 推进… | 区直有关单位 |  | …
  //   → NO_TABLE "表头找到了，但表中没有任何编号的任务行"
  // also: a traditional header outside the fold table (領銜領導) is dropped, its names lost without a flag
  it.skip("all variations: every record comes back or is flagged", () => holds(markdownTable, "all"));
});

describe("generator: aligned", () => {
  it(`today (${alignedTable.todayNote}): every record comes back or is flagged`, () => holds(alignedTable, "today"));
  // fails today (un-numbered third-level heading lines, and a unit beside a wrapped task read into the task):
  //   序號   目標任務               責任單位   協辦單位 / 一、擴大有效需求，推動經濟穩中向好 / （一）擴大有效投資 / 改革任務 /
  //   1      推進城鄉供水一體化工              區發改局 /        程，完成投資2億元。 / 重點項目 /
  //   2      推進城鄉供水一體化工   區發改局 /        程，完成投資3億元。
  //   → #2 section ["（一）擴大有效投資改革任務"], task "推進城鄉供水一體化工區發改局程，…", units ["重點項目"], no flag
  // also (traditional, two levels): a short name far right (王偉 under 分管領導) read as a co-unit
  it.skip("all variations: every record comes back or is flagged", () => holds(alignedTable, "all"));
});
