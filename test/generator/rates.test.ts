// Failure rates of the generator's families (issue 15 §4), for the closing notes of a rule
// change: how many generated notices per family come back with a wrong, unflagged row.
// Not an assertion — a measurement; it runs only when asked:
//   GENERATOR_RATES=300 npx vitest run test/generator/rates.test.ts
// and prints one line per family with the share of failing cases and the commonest problems.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseArb, runCase } from "./check.js";
import { FAMILIES } from "./render.js";

const N = Number(process.env.GENERATOR_RATES ?? 0);
const SEED = Number(process.env.FUZZ_SEED ?? 15150415);

/** The kind of a problem, for counting: `refused`, `row missing`, `extra row`, or the fields that differ. */
function kind(problem: string): string {
  if (problem.startsWith("refused")) return "refused";
  if (problem.startsWith("row missing") || problem.startsWith("extra row")) return problem.split(":")[0]!;
  return [...problem.matchAll(/(?:^|; )(\w+): want/g)].map((m) => m[1]).join("+");
}

describe.runIf(N > 0)("generator failure rates", () => {
  for (const family of FAMILIES) {
    it(`${family.name}: ${N} cases`, async () => {
      const cases = fc.sample(caseArb(family as never), { numRuns: N, seed: SEED });
      let failing = 0;
      const kinds = new Map<string, number>();
      for (const [notice, o] of cases) {
        const out = await runCase(family as never, notice, o);
        if (out.silent.length) failing++;
        for (const k of new Set(out.silent.map((s) => kind(s.problem)))) kinds.set(k, (kinds.get(k) ?? 0) + 1);
      }
      const top = [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, n]) => `${k} ${n}`);
      console.log(`${family.name}: ${failing}/${N} cases fail (${((100 * failing) / N).toFixed(1)}%); ${top.join(", ")}`);
      expect(cases.length).toBe(N);
    }, 600_000);
  }
});
