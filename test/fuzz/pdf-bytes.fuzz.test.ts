// Fuzz the PDF reader with damaged bytes: small PDFs with bytes overwritten, deleted or the file
// cut short. Property: parse either returns a schema-valid result or throws a FenjieError (a clear
// message and exit code), never another error; every run ends (a per-run time limit).
// The layouts are not fuzzed through PDF: text-level mutations are covered by the text fuzzers.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FenjieError } from "../../src/errors.js";
import { ResultSchema } from "../../src/model/schema.js";
import { parse } from "../../src/parse.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const SEED = Number(process.env.FUZZ_SEED ?? 8088);
const PDFS = ["fixtures/pdf/predefined-cmap.pdf", "fixtures/bad/fonts-no-unicode.pdf"].map((f) => new Uint8Array(readFileSync(f)));

type Damage = { kind: "overwrite"; at: number; bytes: number[] } | { kind: "delete"; at: number; n: number } | { kind: "cut"; at: number };
const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant("overwrite" as const), at: fc.nat(), bytes: fc.array(fc.nat(255), { minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), n: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ kind: fc.constant("cut" as const), at: fc.nat() }),
);

function apply(pdf: Uint8Array, ds: readonly Damage[]): Uint8Array {
  let b = pdf;
  for (const d of ds) {
    const at = d.at % Math.max(1, b.length);
    if (d.kind === "overwrite") {
      b = new Uint8Array(b);
      d.bytes.forEach((x, i) => at + i < b.length && (b[at + i] = x));
    } else if (d.kind === "delete") b = new Uint8Array([...b.subarray(0, at), ...b.subarray(at + d.n)]);
    else b = b.subarray(0, Math.max(8, at));
  }
  return b;
}

describe("fuzz: damaged PDF bytes", () => {
  it("a result or a FenjieError, never another error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(PDFS.length - 1), fc.array(damage, { minLength: 1, maxLength: 4 }), async (which, ds) => {
        const bytes = apply(PDFS[which]!, ds);
        try {
          const result = await parse(bytes, { fileName: "fuzz.pdf" });
          expect(ResultSchema.safeParse(result).success).toBe(true);
        } catch (err) {
          expect(err, String((err as Error)?.stack)).toBeInstanceOf(FenjieError);
        }
      }),
      { seed: SEED, numRuns: RUNS, timeout: 10_000 },
    );
  });
});
