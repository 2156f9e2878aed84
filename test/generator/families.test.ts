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
// un-skip it as the rules of issue 15 land. A family whose every variation passes has no `today`
// (label lines, role verbs, bracket labels, flattened cells, tsv, markdown): only the property over
// all variations. Fixed seed; FUZZ_RUNS cases per property (default 40, flattened cells 300;
// `npm run fuzz` raises it).
// `GENERATOR_RATES=N npx vitest run test/generator/rates.test.ts` measures each family's failure rate.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseArb, describeOutcome, runCase } from "./check.js";
import { alignedTable, bracketLabels, type Family, flatCells, labelLines, markdownTable, roleVerbs, tsvTable } from "./render.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 15150415);
/** the flattened-cells family in `npm test`: a few hundred cases (about 5 s), or FUZZ_RUNS when more are asked */
const FLAT_RUNS = Math.max(RUNS, 300);

/** The property over a family (or the part of it the parser handles today): no wrong row without a flag. */
async function holds<O>(family: Family<O>, which: "today" | "all", runs = RUNS): Promise<void> {
  const today = family.today;
  const cases = which === "today" && today ? caseArb(family).filter(([n, o]) => today(n, o)) : caseArb(family);
  await fc.assert(
    fc.asyncProperty(cases, async ([notice, o]) => {
      const out = await runCase(family, notice, o);
      expect(out.silent, describeOutcome(out)).toEqual([]);
    }),
    { seed: SEED, numRuns: runs },
  );
}

describe("generator: label lines", () => {
  // passes since: 銜 folded (領銜領導), a short run opening a label word is one label (牵头市领导), a short
  // heading line well short of the text's width is not wrapped, and a wholly bold line is a heading
  it("all variations: every record comes back or is flagged", () => holds(labelLines, "all"));
});

describe("generator: role verbs", () => {
  // passes since: time and manner clauses after the roles are read in traditional script too (持續推進)
  it("all variations: every record comes back or is flagged", () => holds(roleVerbs, "all"));
});

describe("generator: bracket labels", () => {
  // passes since: 銜 folded (領銜領導), 牵头市领导 one label, un-numbered third-level headings kept apart
  it("all variations: every record comes back or is flagged", () => holds(bracketLabels, "all"));
});

describe("generator: flattened cells", () => {
  // passes since: without ` |` marks the header shows how cells are separated (a blank line between header cells, or
  // none) and a longer run of blank lines is where empty cells were printed (flagged where the run does not add up
  // to the cells the row lacks); in a text of one cell per line whose cells run over lines, a row with an empty line
  // is flagged; people columns before the task are read as the row's first cells. Runs FLAT_RUNS cases (the family
  // with the most variations: marks, blank lines, names per line, wrapping, people first, empty cells).
  it("all variations: every record comes back or is flagged", () => holds(flatCells, "all", FLAT_RUNS), 120_000);
});

describe("generator: tsv", () => {
  // passes since: an un-numbered heading row is no lower header row and nests under the marked heading above it;
  // in the task column after a finished task, or in a names column where the headings stand (flagged), it is a heading
  it("all variations: every record comes back or is flagged", () => holds(tsvTable, "all"));
});

describe("generator: markdown", () => {
  // passes since: as tsv (un-numbered heading rows under numbered ones)
  it("all variations: every record comes back or is flagged", () => holds(markdownTable, "all"));
});

describe("generator: aligned", () => {
  it(`today (${alignedTable.todayNote}): every record comes back or is flagged`, () => holds(alignedTable, "today"));
  // 0 of 400 cases fail at seeds 1, 7 and 15150415 since an un-numbered heading alone in the 序号 column is a
  // heading row (it was read into the next row's 序号 cell and the row was dropped unseen)
  it("all variations: every record comes back or is flagged", () => holds(alignedTable, "all"));
});
