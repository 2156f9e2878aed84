// Browser-printed PDFs (scripts/make-browser-pdf-fixtures.mjs: HTML tables printed by
// Chromium), parsed now and checked against the checked text goldens they were made from:
// every record equal in all fields but `source`. The seed fixtures hold whole tables; the
// others a part, compared on the rows they hold.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Result, Task } from "../../src/model/schema.js";
import { expectedOf, parseGolden } from "../helpers/goldens.js";
// where a record was found, and its id (which carries the input's hash), differ between two inputs of one table;
// how a row was read differs by format (a text dump's guesses are not a PDF's): review is compared apart
const withoutSource = ({ source: _s, id: _i, review: _r, ...rest }: Task) => rest;
// seed 000's text spaces CJK against numbers irregularly (`企业 100家`, `突破 300家`); where the
// PDF wraps a line at such a spot the space cannot be seen (docs/pdf.md, weak points), so for
// that fixture spaces next to CJK and digits in `task` are compared loosely, as for jinjiang-*.
const looseSpaces = (s: string) => s.replace(/\s+(?=[\p{Script=Han}\d])|(?<=[\p{Script=Han}\d%])\s+/gu, "");

// [PDF golden, text golden, task spaces compared loosely, rows the PDF holds: "all" or the count]
describe.each([
  ["pdf-browser-seed002", "002", false, "all"],
  ["pdf-browser-seed003-merged", "003", false, "all"],
  ["pdf-browser-seed000-project", "000", true, "all"],
  ["pdf-browser-landscape", "003", false, 47],
  ["pdf-browser-borderless", "002", false, 40],
  ["pdf-browser-header-footer", "003", false, 47],
  ["pdf-browser-no-thead", "002", false, 45],
] as const)("%s gives the records of seed %s's text", (pdf, text, loose, rows) => {
  const b = expectedOf(text);
  const pick = (t: Task) => (loose ? { ...withoutSource(t), task: looseSpaces(t.task) } : withoutSource(t));
  it("same records (the rows it holds), same order", async () => {
    const a = await parseGolden(pdf);
    const seqs = new Set(a.tasks.map((t) => t.seq));
    const expected = b.tasks.filter((t) => seqs.has(t.seq));
    expect(a.tasks.map(pick)).toEqual(expected.map(pick));
    expect(a.tasks.length).toBe(rows === "all" ? b.tasks.length : rows);
    // the PDF doubts no row for a reason the text does not give: its review codes are among the text's
    a.tasks.forEach((t, i) => expect(t.review.map((r) => r.code).filter((c) => !expected[i]!.review.some((x) => x.code === c)), `序号 ${t.seq}`).toEqual([]));
  });
  it("same table headers and title, same notice; no diagnostic the text does not have", async () => {
    const a = await parseGolden(pdf);
    const head = (r: Result) => r.tables.map((t) => ({ title: t.title, headers: t.headers, firstSeq: t.firstSeq }));
    expect(head(a)).toEqual(head(b));
    expect(a.notice).toEqual(b.notice);
    // same code about the same row; the wording may differ where the PDF's ruled cells make a doubt of the
    // text dump a note (LEADER_COUNT_MISMATCH: info on delimited cells), never the other way round
    const rank = { info: 0, warning: 1, error: 2 } as const;
    const known = new Map(b.diagnostics.map((d) => [`${d.code} ${d.seq ?? ""}`, rank[d.level]] as const));
    expect(a.diagnostics.filter((d) => !known.has(`${d.code} ${d.seq ?? ""}`) || rank[d.level] > known.get(`${d.code} ${d.seq ?? ""}`)!)).toEqual([]);
  });
  it("every record says where it is: page and box in points", async () => {
    const a = await parseGolden(pdf);
    for (const t of a.tasks) {
      expect(t.source.page).toBeGreaterThanOrEqual(1);
      const [x0, top, x1, bottom] = t.source.bbox!;
      expect(x0 < x1 && top < bottom).toBe(true);
    }
  });
});

describe("the browser fixtures are what they claim", () => {
  it("their text layer has look-alike radicals (folded by the reader)", async () => {
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync("fixtures/pdf/browser-seed002.pdf")), verbosity: 0 }).promise;
    const content = await (await pdf.getPage(1)).getTextContent();
    const text = content.items.map((it) => ("str" in it ? it.str : "")).join("");
    await pdf.destroy();
    expect(text).toMatch(/[\u2F00-\u2FD5]/u);
    expect(text).toMatch(/[\u2E80-\u2EF3]/u);
  });
  it("rows cut by page breaks are there: seed 002's records span many pages", async () => {
    const pages = new Set((await parseGolden("pdf-browser-seed002")).tasks.map((t) => t.source.page));
    expect(pages.size).toBeGreaterThanOrEqual(10);
  });
});
