// The structured fixtures' goldens checked against their sources, golden against golden (no
// parsing here; test/golden.test.ts proves each file parses to its golden): every record equals
// the record of the text golden its table was written from (fixtures/structured/manifest.json),
// all fields but `source`, same order; same headers, titles and table count; the same notice
// where the file carries the cover letter; the same diagnostics but the readers' own notes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Result, Task } from "../../src/model/schema.js";

interface Entry {
  file: string;
  records: Array<{ golden: string; to?: number; table?: number }>;
  notice?: string;
  libreoffice?: boolean;
  /** spaces between a number and a Chinese character at a line wrap compared loosely (OFD: positioned text, as PDF) */
  looseSpaces?: boolean;
}

const manifest = JSON.parse(readFileSync("fixtures/structured/manifest.json", "utf8")) as Entry[];
const golden = (name: string): Result => JSON.parse(readFileSync(`fixtures/expected/${name}.json`, "utf8")) as Result;
const withoutSource = ({ source: _s, ...rest }: Task) => rest;
// as in test/pdf/fixtures.test.ts: a wrap between CJK and a number cannot show whether a space stood there
const looseSpaces = (s: string) => s.replace(/\s+(?=[\p{Script=Han}\d])|(?<=[\p{Script=Han}\d%])\s+/gu, "");
/** What the text golden's records are in this file: a 序号 range, in the file's table numbering. */
const expectedTasks = (e: Entry) => e.records.flatMap((s) => golden(s.golden).tasks.filter((t) => s.to === undefined || t.seq <= s.to).map((t) => ({ ...withoutSource(t), table: s.table ?? t.table })));
/** Notes only a structured reader gives (what it skipped or converted), not the table's diagnostics. */
const READER_NOTES = new Set(["XLSX_HIDDEN_SKIPPED", "LEGACY_CONVERTED"]);
const diag = (r: Result) => r.diagnostics.filter((d) => !READER_NOTES.has(d.code)).map((d) => `${d.code} ${d.seq ?? ""} ${d.message}`);

describe.each(manifest.filter((e) => !e.libreoffice))("$file", (e) => {
  const name = `structured-${e.file.replace(/\./g, "-")}`;
  const g = golden(name);

  it("gives the records of the text golden, same order, every field but source (and review, below)", () => {
    const loose = <T extends { task: string }>(t: T): T => (e.looseSpaces ? { ...t, task: looseSpaces(t.task) } : t);
    const noReview = <T extends { review: unknown }>({ review: _r, ...t }: T) => t;
    expect(g.tasks.map(withoutSource).map(loose).map(noReview)).toEqual(expectedTasks(e).map(loose).map(noReview));
  });

  it("never doubts a record the text reading did not: its review reasons are among the text golden's", () => {
    // the structure removes guesses (a flattened dump's FLAT_PERSON_SPLIT has no cause in a real table); it adds none
    const text = expectedTasks(e);
    g.tasks.forEach((t, i) => {
      for (const r of t.review) expect(text[i]!.review, `序号 ${t.seq}`).toContainEqual(r);
    });
  });

  it("same headers and titles as the text golden's tables, read from the document's own structure", () => {
    // OFD is positioned text with drawn rules: the PDF layouts read it
    expect(g.tables.every((t) => (e.file.endsWith(".ofd") ? t.layout === "lattice" : t.layout === "structured" || t.layout === "list"))).toBe(true);
    const sources = e.records.map((s) => golden(s.golden).tables[0]!);
    // (a 项目 header merged over two heading columns names both: the same fields, one repeated)
    const fields = (t: Result["tables"][number]) => t.headers.map((h) => h.field).filter((f, i, all) => f !== all[i - 1]);
    expect(g.tables.map(fields)).toEqual(sources.map(fields));
    if (e.records.length === 1 && e.records[0]!.to === undefined) expect(g.tables.map((t) => t.title)).toEqual(sources.map((t) => t.title));
  });

  // (only files that carry the cover letter: a workbook has just its title row)
  if (e.notice) {
    it("the same notice (文号, title, issuer, date, year)", () => {
      expect(g.notice).toEqual(golden(e.notice!).notice);
    });
  }

  it("the same diagnostics where it holds the whole table; the readers' own notes are info", () => {
    if (e.records.length === 1 && e.records[0]!.to === undefined) expect(diag(g)).toEqual(diag(golden(e.records[0]!.golden)));
    expect(g.diagnostics.filter((d) => READER_NOTES.has(d.code)).every((d) => d.level === "info")).toBe(true);
  });

  it("every record says where it is: a line of the document (its row)", () => {
    for (const t of g.tasks) expect(t.source.line).toBeGreaterThanOrEqual(1);
  });
});

describe("the two-level 项目 column (seed 000's shape)", () => {
  it("maps both columns under the merged 项目 header to section", () => {
    for (const f of ["docx", "html", "mhtml", "xlsx", "ofd"]) {
      expect(golden(`structured-two-level-${f}`).tables[0]!.headers.map((h) => h.field), f).toEqual(["seq", "section", "section", "task", "units", "leaders", "supervisors"]);
    }
  });
});
