// Fuzz the text path with mutated seeds (fast-check, fixed seed, bounded runs; `npm run fuzz`
// raises the count). Properties: never crash, every output validates against the schema, and
// every numbered row still present in the input comes out.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { ResultSchema } from "../../src/model/schema.js";
import { HEADER_RULES } from "../../src/table/headers.js";
import { utf16le, utf8WithBom } from "../helpers/encode.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const SEED = Number(process.env.FUZZ_SEED ?? 424242);
const SEEDS = ["seeds/002_a81ff61cc22d0274.txt", "seeds/003_b3fb5684e6b0e697.txt"].map((f) => readFileSync(f, "utf8"));

type Mutation =
  | { kind: "spaceInName"; row: number; col: number; pos: number }
  | { kind: "swapHeader"; pick: number }
  | { kind: "dropRow"; row: number }
  | { kind: "splitTask"; row: number; pos: number }
  | { kind: "shuffleEntities"; row: number; col: number; seed: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("spaceInName" as const), row: fc.nat(400), col: fc.integer({ min: 2, max: 5 }), pos: fc.nat(30) }),
  fc.record({ kind: fc.constant("swapHeader" as const), pick: fc.nat(50) }),
  fc.record({ kind: fc.constant("dropRow" as const), row: fc.nat(400) }),
  fc.record({ kind: fc.constant("splitTask" as const), row: fc.nat(400), pos: fc.nat(60) }),
  fc.record({ kind: fc.constant("shuffleEntities" as const), row: fc.nat(400), col: fc.integer({ min: 2, max: 5 }), seed: fc.nat(1000) }),
);

const isDataRow = (l: string) => /^\d+\t/.test(l);

function apply(text: string, muts: readonly Mutation[]): string {
  let lines = text.split("\n");
  for (const m of muts) {
    const data = lines.map((l, i) => (isDataRow(l) ? i : -1)).filter((i) => i >= 0);
    if (!data.length) break;
    const at = data[("row" in m ? m.row : 0) % data.length]!;
    const cells = lines[at]!.split("\t");
    switch (m.kind) {
      case "spaceInName": {
        const c = cells[m.col];
        if (c && c.length > 1) cells[m.col] = c.slice(0, 1 + (m.pos % (c.length - 1))) + " " + c.slice(1 + (m.pos % (c.length - 1)));
        lines[at] = cells.join("\t");
        break;
      }
      case "swapHeader": {
        lines = lines.map((l) =>
          l.startsWith("序号\t")
            ? l
                .split("\t")
                .map((h) => {
                  const rule = HEADER_RULES.find((r) => r.examples.includes(h));
                  return rule ? rule.examples[m.pick % rule.examples.length]! : h;
                })
                .join("\t")
            : l,
        );
        break;
      }
      case "dropRow":
        lines.splice(at, 1);
        break;
      case "splitTask": {
        const task = cells[1] ?? "";
        if (task.length > 2) {
          const p = 1 + (m.pos % (task.length - 1));
          cells[1] = task.slice(0, p);
          const cont = cells.map(() => "");
          cont[1] = task.slice(p);
          lines.splice(at, 1, cells.join("\t"), cont.join("\t"));
        }
        break;
      }
      case "shuffleEntities": {
        const c = cells[m.col];
        if (c) {
          const parts = c.split(" ");
          parts.sort((a, b) => ((a.charCodeAt(0) * m.seed) % 97) - ((b.charCodeAt(0) * m.seed) % 97));
          cells[m.col] = parts.join(" ");
          lines[at] = cells.join("\t");
        }
        break;
      }
    }
  }
  return lines.join("\n");
}

function encode(text: string, how: number): Uint8Array {
  if (how === 1) return utf8WithBom(text);
  if (how === 2) return utf16le(text);
  if (how === 3) return new TextEncoder().encode(text.replace(/\n/g, "\r\n"));
  return new TextEncoder().encode(text);
}

describe("fuzz: mutated seeds", () => {
  it("never crash, always validate, never lose a numbered row", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(SEEDS.length - 1), fc.array(mutation, { maxLength: 6 }), fc.nat(3), async (which, muts, enc) => {
        const text = apply(SEEDS[which]!, muts);
        const result = await parse(encode(text, enc), { fileName: "fuzz.txt" });
        expect(ResultSchema.safeParse(result).success).toBe(true);
        const present = new Set(text.split(/\r?\n/).filter(isDataRow).map((l) => Number(l.split("\t")[0])));
        const out = new Set(result.tasks.map((t) => t.seq));
        for (const s of present) expect(out.has(s)).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
