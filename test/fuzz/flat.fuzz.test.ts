// Fuzz the flattened-dump path (seed 000: a PDF-to-text dump, one cell fragment per line) with
// fast-check: name lines shuffled within a row's name block, fragments split or merged, spaces
// inside names, line endings and encodings changed (BOM, CRLF, UTF-16LE, GB18030). Properties: no crash, the output validates
// against the schema, and every row of the unmutated dump still comes out (the mutations never
// touch the lines that carry a row number). Fixed seed, a bounded count; `npm run fuzz` raises it.
// The default run uses the first 30 rows of the seed to keep the suite fast.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { ResultSchema } from "../../src/model/schema.js";
import { utf16le, utf8WithBom } from "../helpers/encode.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const SEED = Number(process.env.FUZZ_SEED ?? 20260808);
const FULL = process.env.FUZZ_RUNS !== undefined; // longer runs fuzz the whole dump
const ROWS = FULL ? Infinity : 30;

/** The seed up to (not including) row ROWS+1 of its table. */
function cut(text: string, rows: number): string {
  if (!Number.isFinite(rows)) return text;
  const lines = text.split("\n");
  const header = lines.findIndex((l) => /^序号/.test(l));
  const end = lines.findIndex((l, i) => i > header && new RegExp(`^${rows + 1}(\\s|$)`).test(l));
  return lines.slice(0, end < 0 ? undefined : end).join("\n");
}

const BASE = cut(readFileSync("seeds/000_89d412a27e51e6a9.txt", "utf8"), ROWS);
const LINES = BASE.split("\n");
const HEADER = LINES.findIndex((l) => /^序号/.test(l));

/** a line that starts a row: its number alone or before text */
const isRowLine = (l: string): boolean => /^\d+(\s|$)/.test(l.trim());
/** a unit or person name on a line of its own */
const isNameLine = (l: string): boolean => /^[\p{Script=Han}（）]{2,12}$/u.test(l.trim()) && !/^（/.test(l.trim());
/** a text fragment long enough to split between two Han characters */
const isLongLine = (l: string): boolean => !isRowLine(l) && [...l.trim()].length > 12;

type Mutation =
  | { kind: "shuffleBlock"; at: number; seed: number }
  | { kind: "split"; at: number; pos: number }
  | { kind: "merge"; at: number }
  | { kind: "spaceInName"; at: number; pos: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("shuffleBlock" as const), at: fc.nat(10_000), seed: fc.nat(10_000) }),
  fc.record({ kind: fc.constant("split" as const), at: fc.nat(10_000), pos: fc.nat(200) }),
  fc.record({ kind: fc.constant("merge" as const), at: fc.nat(10_000) }),
  fc.record({ kind: fc.constant("spaceInName" as const), at: fc.nat(10_000), pos: fc.nat(20) }),
);

/** Indices (after the header) of lines passing `test`, blank lines skipped. */
const where = (lines: string[], test: (l: string) => boolean): number[] =>
  lines.map((l, i) => (i > HEADER && l.trim() && test(l) ? i : -1)).filter((i) => i >= 0);

/** Runs of name lines with only blank lines between them (a row's units and leaders). */
function nameBlocks(lines: string[]): number[][] {
  const blocks: number[][] = [];
  let cur: number[] = [];
  for (let i = HEADER + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.trim()) continue;
    if (isNameLine(l)) cur.push(i);
    else {
      if (cur.length > 1) blocks.push(cur);
      cur = [];
    }
  }
  if (cur.length > 1) blocks.push(cur);
  return blocks;
}

function apply(muts: readonly Mutation[]): string {
  const lines = [...LINES];
  for (const m of muts) {
    switch (m.kind) {
      case "shuffleBlock": {
        const blocks = nameBlocks(lines);
        if (!blocks.length) break;
        const block = blocks[m.at % blocks.length]!;
        const texts = block.map((i) => lines[i]!);
        // a deterministic permutation from the seed
        const order = texts.map((t, k) => ({ t, key: (k * 7919 + m.seed * 104729) % 1009 })).sort((a, b) => a.key - b.key);
        block.forEach((i, k) => (lines[i] = order[k]!.t));
        break;
      }
      case "split": {
        const cands = where(lines, isLongLine);
        if (!cands.length) break;
        const i = cands[m.at % cands.length]!;
        const chars = [...lines[i]!];
        // between two Han characters only, so no new line can start with a number
        const cuts = chars.map((c, k) => (k > 0 && /\p{Script=Han}/u.test(chars[k - 1]!) && /\p{Script=Han}/u.test(c) ? k : -1)).filter((k) => k > 0);
        if (!cuts.length) break;
        const k = cuts[m.pos % cuts.length]!;
        lines.splice(i, 1, chars.slice(0, k).join(""), chars.slice(k).join(""));
        break;
      }
      case "merge": {
        const cands = where(lines, isNameLine).filter((i) => {
          let j = i + 1;
          while (j < lines.length && !lines[j]!.trim()) j++;
          return j < lines.length && isNameLine(lines[j]!);
        });
        if (!cands.length) break;
        const i = cands[m.at % cands.length]!;
        let j = i + 1;
        while (!lines[j]!.trim()) j++;
        lines[i] = `${lines[i]!.trim()} ${lines[j]!.trim()}`;
        lines.splice(i + 1, j - i);
        break;
      }
      case "spaceInName": {
        const cands = where(lines, isNameLine);
        if (!cands.length) break;
        const i = cands[m.at % cands.length]!;
        const chars = [...lines[i]!.trim()];
        const k = 1 + (m.pos % (chars.length - 1));
        lines[i] = chars.slice(0, k).join("") + " " + chars.slice(k).join("");
        break;
      }
    }
  }
  return lines.join("\n");
}

/** GBK two-byte table built from the platform's decoder (Node has no GB18030 encoder). */
let GBK: Map<string, [number, number]> | null = null;
function gb18030(text: string): Uint8Array | null {
  if (!GBK) {
    GBK = new Map();
    const dec = new TextDecoder("gb18030");
    for (let a = 0x81; a <= 0xfe; a++)
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([a, b]));
        if (ch.length === 1 && ch !== "\uFFFD" && !GBK.has(ch)) GBK.set(ch, [a, b]);
      }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const pair = GBK.get(ch);
      if (!pair) return null; // outside GBK: leave this run in UTF-8
      out.push(...pair);
    }
  }
  return new Uint8Array(out);
}

function encode(text: string, how: number): Uint8Array {
  if (how === 4) {
    const gb = gb18030(text);
    if (gb) return gb;
  }
  if (how === 1) return utf8WithBom(text);
  if (how === 3) return utf16le(text);
  return new TextEncoder().encode(how === 2 ? text.replace(/\n/g, "\r\n") : text);
}

let baseline: number[];
beforeAll(async () => {
  baseline = (await parse(new TextEncoder().encode(BASE), { fileName: "000.txt" })).tasks.map((t) => t.seq);
});

describe("fuzz: mutated flattened dump (seed 000)", () => {
  it("the unmutated base keeps every row", () => {
    expect(baseline).toEqual(Array.from({ length: FULL ? baseline.length : ROWS }, (_, i) => i + 1));
  });

  it("the GB18030 encoding round-trips the dump", () => {
    const gb = gb18030(BASE);
    expect(gb).not.toBeNull();
    expect(new TextDecoder("gb18030").decode(gb!)).toBe(BASE);
  });

  it("each kind of mutation changes the dump", () => {
    for (const m of [
      { kind: "shuffleBlock", at: 3, seed: 5 },
      { kind: "split", at: 2, pos: 3 },
      { kind: "merge", at: 4 },
      { kind: "spaceInName", at: 1, pos: 1 },
    ] as Mutation[]) {
      const text = apply([m]);
      expect(text, m.kind).not.toBe(BASE);
      expect(text.replace(/\s/g, "").length, m.kind).toBe(BASE.replace(/\s/g, "").length);
    }
  });

  it("mutations never add a row line, so the rows present are the base's", () => {
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 8 }), (muts) => {
        const text = apply(muts);
        expect(text.split("\n").filter((l) => l.trim() && isRowLine(l)).length).toBe(LINES.filter((l) => l.trim() && isRowLine(l)).length);
      }),
      { seed: SEED, numRuns: Math.min(RUNS * 20, 2000) },
    );
  });

  it("never crash, always validate, never lose a row", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 8 }), fc.nat(4), async (muts, enc) => {
        const result = await parse(encode(apply(muts), enc), { fileName: "fuzz.txt" });
        expect(ResultSchema.safeParse(result).success).toBe(true);
        const out = new Set(result.tasks.map((t) => t.seq));
        expect(baseline.filter((s) => !out.has(s))).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
