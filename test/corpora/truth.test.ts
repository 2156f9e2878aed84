// The scoring corpora stay consistent with what they claim (issue 15 §2–3): every input has its
// truth in the scorer's shape, a dump's truth is exactly its PDF golden's records (so a golden
// update that forgets the dumps fails here), a non-notice wants exit 4, and every non-notice PDF
// has its source. Scoring itself is `scripts/score-all.sh`; these tests need no poppler.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { describe, expect, it } from "vitest";

const FIELDS = ["seq", "section", "task", "leadUnits", "units", "coUnits", "leaders", "supervisors", "inherited"] as const;
type Row = Record<(typeof FIELDS)[number], unknown>;
interface Truth {
  expect?: string;
  from?: string;
  golden?: string;
  notice?: Record<string, unknown>;
  rows?: Row[];
  tables?: { rows: Row[] }[];
}
const read = (p: string): Truth => JSON.parse(readFileSync(p, "utf8")) as Truth;
/** Inputs of a corpus folder as the scorer finds them: files not .json, not README/_-prefixed, not folders. */
const inputs = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && !e.name.endsWith(".json") && !/^(_|README|INDEX)/.test(e.name)).map((e) => e.name);
const truthOf = (dir: string, name: string) => join(dir, `${basename(name, extname(name))}.json`);
const rowsOf = (t: Truth) => (t.tables ?? [t]).flatMap((x) => x.rows ?? []);

describe("corpus: PDF-text dumps", () => {
  const DIR = "fixtures/dumps";
  const names = inputs(DIR);

  it("four dumps per PDF, each with its truth", () => {
    expect(names.length).toBeGreaterThanOrEqual(80);
    for (const mode of ["pdftotext", "raw", "layout", "pdfjs"]) expect(names.filter((n) => n.endsWith(`.${mode}.txt`)).length).toBe(names.length / 4);
    for (const n of names) expect(existsSync(truthOf(DIR, n)), n).toBe(true);
  });

  it("a dump's truth is its PDF golden: same notice, same tables, same records field by field", () => {
    for (const n of names) {
      const t = read(truthOf(DIR, n));
      const golden = JSON.parse(readFileSync(t.golden!, "utf8")) as { source: { file: string }; notice: Record<string, unknown>; tables: { index: number }[]; tasks: (Row & { table: number })[] };
      expect(golden.source.file).toBe(t.from);
      for (const k of ["docNumber", "issuer", "date", "year"]) expect(t.notice?.[k], `${n} ${k}`).toEqual(golden.notice[k]);
      const tables = t.tables ?? [t];
      expect(tables.length, n).toBe(golden.tables.length);
      tables.forEach((tb, i) => {
        const want = golden.tasks.filter((r) => r.table === golden.tables[i]!.index).map((r) => Object.fromEntries(FIELDS.map((f) => [f, r[f]])));
        expect(tb.rows, `${n} table ${i}`).toEqual(want);
      });
    }
  });
});

describe("corpus: non-notices and positive controls", () => {
  const DIR = "fixtures/non-notices";
  const names = inputs(DIR);

  it("every input has a truth: a non-notice wants exit 4 (rows present for the scorer), a positive control has rows", () => {
    const neg = names.filter((n) => read(truthOf(DIR, n)).expect === "no_table");
    const pos = names.filter((n) => n.startsWith("pos-"));
    expect(neg.length).toBeGreaterThanOrEqual(15);
    expect(pos.length).toBeGreaterThanOrEqual(4);
    expect(neg.some((n) => n.startsWith("pos-"))).toBe(false);
    for (const n of neg) expect(read(truthOf(DIR, n)).rows, n).toEqual([]);
    for (const n of pos) {
      const rows = rowsOf(read(truthOf(DIR, n)));
      expect(rows.length, n).toBeGreaterThan(0);
      for (const r of rows) for (const f of FIELDS) expect(r, `${n} #${r.seq}`).toHaveProperty(f);
    }
  });

  it("every PDF has its source in _pdf-src (rebuilt by scripts/make-non-notice-pdfs.mjs), and every source its PDF", () => {
    const pdfs = names.filter((n) => n.endsWith(".pdf")).map((n) => basename(n, ".pdf")).sort();
    const srcs = readdirSync(join(DIR, "_pdf-src")).map((n) => basename(n, ".txt")).sort();
    expect(pdfs).toEqual(srcs);
    expect(pdfs.length).toBeGreaterThanOrEqual(4);
  });
});

describe("corpus: the second PDF set (fixtures/pdf2) and its dumps (fixtures/dumps2)", () => {
  const PDF2 = "fixtures/pdf2";
  const DUMPS2 = "fixtures/dumps2";
  const pdfs = inputs(PDF2).filter((n) => n.endsWith(".pdf"));
  const ENTITY = ["leadUnits", "units", "coUnits", "leaders", "supervisors"] as const;
  /** The source's records by table: a real-like truth ({rows} | {tables}) or a golden ({tables, tasks}). */
  const sourceTables = (path: string): Row[][] => {
    const s = JSON.parse(readFileSync(path, "utf8")) as { rows?: Row[]; tables?: { index?: number; rows?: Row[] }[]; tasks?: (Row & { table: number })[] };
    if (s.tasks) return s.tables!.map((t) => s.tasks!.filter((r) => r.table === t.index));
    return (s.tables ?? [s]).map((t) => t.rows ?? []);
  };

  it("every PDF has its truth, every truth row is its source's record as printed", () => {
    expect(pdfs.length).toBeGreaterThanOrEqual(16);
    for (const n of pdfs) {
      const t = read(truthOf(PDF2, n));
      const src = sourceTables(t.from!);
      const tables = t.tables ?? [t];
      expect(tables.length, n).toBe(src.length);
      tables.forEach((tb, i) => {
        expect(tb.rows!.length, n).toBeGreaterThan(0);
        for (const r of tb.rows!) {
          const s = src[i]!.find((x) => x.seq === r.seq);
          expect(s, `${n} #${r.seq}`).toBeDefined();
          for (const f of ["task", ...ENTITY] as const) expect(r[f], `${n} #${r.seq} ${f}`).toEqual(s![f]);
          // sections are printed (heading rows or a 项目 column); a field merged down is one the source inherited
          // (a source printing a heading's numeral and title in two cells, `一` | `扩大有效投资`, has its section as
          // printed, `一 扩大有效投资`; the PDF made from it prints the heading in one cell, `一、扩大有效投资`)
          const printed = (sec: readonly string[]) => sec.map((h) => h.replace(/^([一二三四五六七八九十]{1,3})(?:、|\s+)/, "$1、"));
          expect(r.section, `${n} #${r.seq}`).toEqual(printed(s!.section as string[]));
          for (const f of r.inherited as string[]) expect(s!.inherited as string[], `${n} #${r.seq}`).toContain(f);
        }
      });
    }
  });

  it("four dumps per PDF, each truth a copy of its PDF's", () => {
    const dumps = inputs(DUMPS2);
    expect(dumps.length).toBe(pdfs.length * 4);
    for (const n of pdfs)
      for (const mode of ["pdftotext", "raw", "layout", "pdfjs"]) {
        const name = `${basename(n, ".pdf")}.${mode}.txt`;
        expect(dumps, name).toContain(name);
        expect(readFileSync(join(DUMPS2, `${basename(n, ".pdf")}.${mode}.json`), "utf8"), name).toBe(readFileSync(truthOf(PDF2, n), "utf8"));
      }
  });
});
