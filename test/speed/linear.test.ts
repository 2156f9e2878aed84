// No step may walk the document again for each of its lines or rows (issue 18; session 37 found the flattened
// dump form quadratic: 4,000 rows took 39 s where 1,000 took 4, from `lines.slice(i + 1).find(…)` per line, a
// search of every row per row, and the like). Without timing anything: while the parser runs, the array methods
// count the items they touch (the callbacks a search or a map calls, the items a slice copies), and four times the
// rows must touch about four times the items, not sixteen. (CPU per row is `npm run bench`'s property; this one
// fails on the step, on any machine.)
import { describe, expect, it } from "vitest";
// @ts-expect-error — a plain .mjs module of the bench, without types
import { TEXT_FORMS as FORMS } from "../../bench/scaling-inputs.mjs";
import { readDocument } from "../../src/read/index.js";
import { parseDocument } from "../../src/parse.js";

const TEXT_FORMS = FORMS as Record<"tsv" | "flat" | "list" | "aligned", (rows: number) => string>;
const SMALL = 100;
const LARGE = 400;
/** items touched for the large notice ÷ for the small one: 4 when linear, toward 16 when quadratic */
const MAX_RATIO = 7;

const WITH_CALLBACK = ["filter", "find", "findIndex", "findLast", "findLastIndex", "some", "every", "map", "flatMap", "forEach", "reduce"] as const;
const COPYING = ["slice", "concat"] as const;
const SCANNING = ["includes", "indexOf", "lastIndexOf"] as const;
type Method = (typeof WITH_CALLBACK)[number] | (typeof COPYING)[number] | (typeof SCANNING)[number];
type AnyMethod = (this: unknown[], ...a: never[]) => unknown;

/** Runs `f` with the array methods counting the items they touch; returns the count. */
function itemsTouched(f: () => void): number {
  let touched = 0;
  const proto = Array.prototype as unknown as Record<Method, AnyMethod>;
  const saved = new Map<Method, AnyMethod>();
  for (const m of WITH_CALLBACK) {
    const orig = proto[m] as (this: unknown[], ...a: unknown[]) => unknown;
    saved.set(m, proto[m]);
    proto[m] = function (this: unknown[], cb: (...a: unknown[]) => unknown, ...rest: unknown[]) {
      return orig.call(this, function (this: unknown, ...a: unknown[]) {
        touched++;
        return cb.apply(this, a);
      }, ...rest);
    };
  }
  for (const m of [...COPYING, ...SCANNING]) {
    const orig = proto[m] as (this: unknown[], ...a: unknown[]) => unknown;
    saved.set(m, proto[m]);
    // (decided now: an array method called inside the patched one would call itself)
    const copies = m === "slice" || m === "concat";
    proto[m] = function (this: unknown[], ...a: unknown[]) {
      const r = orig.apply(this, a);
      touched += copies ? (r as unknown[]).length : this.length;
      return r;
    };
  }
  try {
    f();
  } finally {
    for (const [m, orig] of saved) proto[m] = orig;
  }
  return touched;
}

async function measure(form: keyof typeof TEXT_FORMS, rows: number): Promise<{ touched: number; seqs: number[] }> {
  const doc = await readDocument(new TextEncoder().encode(TEXT_FORMS[form](rows)), `${form}.txt`);
  let seqs: number[] = [];
  const touched = itemsTouched(() => {
    seqs = parseDocument(doc).tasks.map((t) => t.seq);
  });
  return { touched, seqs };
}

describe("the work grows with the rows, not with their square", () => {
  it.each(Object.keys(TEXT_FORMS) as (keyof typeof TEXT_FORMS)[])("%s form: four times the rows touch at most seven times the items", async (form) => {
    const small = await measure(form, SMALL);
    const large = await measure(form, LARGE);
    expect(small.seqs).toEqual(Array.from({ length: SMALL }, (_, i) => i + 1));
    expect(large.seqs).toEqual(Array.from({ length: LARGE }, (_, i) => i + 1));
    expect(large.touched / small.touched).toBeLessThanOrEqual(MAX_RATIO);
  }, 120_000);

  it("counter-example: the meter sees a walk of the rest for each item", () => {
    const walk = (n: number) => itemsTouched(() => {
      const xs = Array.from({ length: n }, (_, i) => i);
      for (let i = 0; i < n; i++) xs.slice(i + 1).find((x) => x < 0);
    });
    expect(walk(400) / walk(100)).toBeGreaterThan(MAX_RATIO);
  });
});
