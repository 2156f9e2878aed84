// Fuzz the structured readers with damaged documents: the XML inside a Word / OpenDocument /
// spreadsheet / OFD package (or a web page's markup) with characters overwritten, deleted or cut
// short — spans, merge marks, numbering, deltas and paths broken in ways no tool writes — and the
// package's bytes damaged. Property: parse returns a schema-valid result or throws a FenjieError
// (a clear message and exit code), never another error; every run ends (a per-run time limit).
import { readFileSync } from "node:fs";
import fc from "fast-check";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { FenjieError } from "../../src/errors.js";
import { ResultSchema } from "../../src/model/schema.js";
import { parse } from "../../src/parse.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const SEED = Number(process.env.FUZZ_SEED ?? 1414);
const DIR = "fixtures/structured";
/** small packages and the parts whose XML is damaged */
const PACKAGES: Array<[string, string]> = [
  ["two-level.docx", "word/document.xml"],
  ["list-autonumber.docx", "word/numbering.xml"],
  ["list-autonumber.odt", "content.xml"],
  ["two-level.xlsx", "xl/worksheets/sheet1.xml"],
  ["two-level.ofd", "Doc_0/Pages/Page_0/Content.xml"],
];
const PAGE = readFileSync(`${DIR}/two-level.html`, "utf8");

type Damage = { kind: "overwrite"; at: number; text: string } | { kind: "delete"; at: number; n: number } | { kind: "cut"; at: number };
/** characters that matter in markup and in the attributes the readers read */
const piece = fc.array(fc.constantFrom("<", ">", "/", '"', "=", " ", "0", "1", "9", "-", "g", "restart", "continue", "rowspan", "colspan", "&", "表"), { minLength: 1, maxLength: 6 }).map((a) => a.join(""));
const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant("overwrite" as const), at: fc.nat(), text: piece }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), n: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant("cut" as const), at: fc.nat() }),
);

function apply(text: string, ds: readonly Damage[]): string {
  let t = text;
  for (const d of ds) {
    const at = d.at % Math.max(1, t.length);
    if (d.kind === "overwrite") t = t.slice(0, at) + d.text + t.slice(at + d.text.length);
    else if (d.kind === "delete") t = t.slice(0, at) + t.slice(at + d.n);
    else t = t.slice(0, Math.max(1, at));
  }
  return t;
}

async function expectResultOrFenjieError(bytes: Uint8Array, file: string): Promise<void> {
  try {
    const result = await parse(bytes, { fileName: file });
    expect(ResultSchema.safeParse(result).success).toBe(true);
  } catch (err) {
    expect(err, String((err as Error)?.stack)).toBeInstanceOf(FenjieError);
  }
}

describe("fuzz: damaged structured documents", () => {
  it("the XML inside a package damaged: a result or a FenjieError, never another error", async () => {
    const zips = await Promise.all(PACKAGES.map(async ([f, part]) => ({ f, part, zip: await JSZip.loadAsync(readFileSync(`${DIR}/${f}`)) })));
    const texts = await Promise.all(zips.map((z) => z.zip.file(z.part)!.async("string")));
    await fc.assert(
      fc.asyncProperty(fc.nat(PACKAGES.length - 1), fc.array(damage, { minLength: 1, maxLength: 4 }), async (which, ds) => {
        const { f, part, zip } = zips[which]!;
        zip.file(part, apply(texts[which]!, ds));
        await expectResultOrFenjieError(await zip.generateAsync({ type: "uint8array" }), f);
      }),
      { seed: SEED, numRuns: RUNS * 2, timeout: 20_000 },
    );
  }, 300_000);

  it("a web page's markup damaged: a result or a FenjieError", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(damage, { minLength: 1, maxLength: 6 }), async (ds) => {
        await expectResultOrFenjieError(new TextEncoder().encode(apply(PAGE, ds)), "fuzz.html");
      }),
      { seed: SEED, numRuns: RUNS, timeout: 20_000 },
    );
  }, 300_000);

  it("a package's bytes damaged: a result or a FenjieError", async () => {
    const files = PACKAGES.map(([f]) => new Uint8Array(readFileSync(`${DIR}/${f}`)));
    await fc.assert(
      fc.asyncProperty(fc.nat(files.length - 1), fc.nat(), fc.array(fc.nat(255), { minLength: 1, maxLength: 16 }), async (which, at, bytes) => {
        const b = new Uint8Array(files[which]!);
        bytes.forEach((x, i) => (b[(at + i) % b.length] = x));
        await expectResultOrFenjieError(b, PACKAGES[which]![0]);
      }),
      { seed: SEED, numRuns: RUNS, timeout: 20_000 },
    );
  }, 300_000);
});
