#!/usr/bin/env node
// The text a clerk gets out of the project's PDF fixtures, with its truth beside it
// (issue 15 §2). For every PDF that has a checked golden (fixtures/goldens.json) it writes
//
//   fixtures/dumps/NAME.MODE.txt    the text, MODE one of
//     pdftotext   `pdftotext FILE -`          (poppler's default reading order)
//     raw         `pdftotext -raw FILE -`     (content-stream order)
//     layout      `pdftotext -layout FILE -`  (columns kept by position, padded with spaces)
//     pdfjs       pdfjs' getTextContent items of each page joined in stream order, a line
//                 break where pdfjs says hasEOL: what copying from a PDF viewer gives
//   fixtures/dumps/NAME.MODE.json   the truth in the scorer's shape (../shared/tools/score.py):
//                 the golden's records, since the dump is the same table (the same
//                 file for the four dumps of one PDF)
//
// The dumps are committed, so tests and the scorer need no poppler. To re-run:
//   apt-get install -y poppler-utils && npm run build && node scripts/make-dumps.mjs [NAME ...]
// After a PDF golden changed (test/corpora/truth.test.ts fails), rewrite the truths only:
//   node scripts/make-dumps.mjs --truth-only [NAME ...]
// The second corpus (fixtures/pdf2/, made by scripts/make-pdf2-fixtures.mjs, truth beside each
// PDF) goes to fixtures/dumps2/, its truth copied as it is:
//   node scripts/make-dumps.mjs --pdf2 [NAME ...]
// and the third (fixtures/pdf3/, Word-made, hand-typed truth) to fixtures/dumps3/:
//   node scripts/make-dumps.mjs --pdf3 [NAME ...]
// Text is written exactly as the tool printed it (form feeds between pages, look-alike
// radicals and all): that is what the clerk has.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { documentOptions, loadPdfJs } from "../dist/read/pdf.js";
import { stringifyTruth } from "./truth-json.mjs";

const OUT = "fixtures/dumps";
const MODES = {
  pdftotext: (file, pw) => poppler([], file, pw),
  raw: (file, pw) => poppler(["-raw"], file, pw),
  layout: (file, pw) => poppler(["-layout"], file, pw),
  pdfjs: (file, pw) => pdfjsText(file, pw),
};

function poppler(flags, file, password) {
  const pw = password === undefined ? [] : ["-upw", password];
  return execFileSync("pdftotext", [...flags, ...pw, "-enc", "UTF-8", file, "-"], { encoding: "utf8", maxBuffer: 64 << 20 });
}

/** A PDF viewer's select-all copy: items in stream order, "\n" where pdfjs reports an end of line, one page after another. */
async function pdfjsText(file, password) {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument(documentOptions(new Uint8Array(readFileSync(file)), password === undefined ? {} : { password }));
  const pdf = await task.promise;
  const pages = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.map((it) => (it.str ?? "") + (it.hasEOL ? "\n" : "")).join(""));
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
  return pages.map((p) => (p.endsWith("\n") ? p : p + "\n")).join("");
}

const RECORD_FIELDS = ["seq", "section", "task", "leadUnits", "units", "coUnits", "leaders", "supervisors", "inherited"];

/** The scorer's truth from a golden result: its notice, and per table the headers, first 序号 and records. */
function truthOf(golden, name) {
  const { docNumber, issuer, date, year } = golden.notice;
  const tables = golden.tables.map((t) => ({
    title: t.title,
    headers: t.headers.map((h) => h.text),
    firstSeq: t.firstSeq,
    rows: golden.tasks.filter((r) => r.table === t.index).map((r) => Object.fromEntries(RECORD_FIELDS.map((f) => [f, r[f]]))),
  }));
  // the same for the four dumps of one PDF (git stores it once)
  const head = { from: golden.source.file, golden: `fixtures/expected/pdf-${name}.json`, notice: { docNumber, issuer, date, year } };
  return tables.length === 1 ? { ...head, ...tables[0] } : { ...head, tables };
}


/**
 * PDFs left out: `encrypted` is `two-tables` with a password (identical dumps);
 * `predefined-cmap` is a hand-written PDF that poppler cannot read (its font is not
 * found: empty dumps) and whose pdfjs text runs backwards glyph by glyph — a CMap
 * test, not a clerk's document.
 */
const SKIP = new Set(["encrypted", "predefined-cmap"]);

const truthOnly = process.argv.includes("--truth-only");
const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));

/** fixtures/pdf2/: every PDF with its truth NAME.json beside it, dumped to fixtures/dumps2/. */
async function dumpPdf2(IN = "fixtures/pdf2", OUT2 = "fixtures/dumps2") {
  mkdirSync(OUT2, { recursive: true });
  for (const f of readdirSync(IN).filter((x) => x.endsWith(".pdf")).sort()) {
    const name = f.replace(/\.pdf$/, "");
    if (only.length && !only.includes(name)) continue;
    const truth = readFileSync(join(IN, `${name}.json`), "utf8");
    for (const [mode, dump] of Object.entries(MODES)) {
      if (!truthOnly) writeFileSync(join(OUT2, `${name}.${mode}.txt`), await dump(join(IN, f)));
      writeFileSync(join(OUT2, `${name}.${mode}.json`), truth);
    }
    console.log(`${name}: ${truthOnly ? "truths" : "dumps and truths"} of ${Object.keys(MODES).length} modes`);
  }
}
if (process.argv.includes("--pdf2")) {
  await dumpPdf2();
  process.exit(0);
}
// The third set, fixtures/pdf3/: Word-made PDFs (HTML -> docx -> PDF through LibreOffice, merged
// cells, page breaks inside merged cells) written as a held-out set by a helper who saw neither
// fenjie's code nor its fixtures; measured on it once, then kept as fixtures. Truth beside each PDF.
if (process.argv.includes("--pdf3")) {
  await dumpPdf2("fixtures/pdf3", "fixtures/dumps3");
  process.exit(0);
}

const manifest = JSON.parse(readFileSync("fixtures/goldens.json", "utf8"));
mkdirSync(OUT, { recursive: true });
for (const g of manifest) {
  if (!g.input.endsWith(".pdf")) continue;
  const name = g.name.replace(/^pdf-/, "");
  if (SKIP.has(name) || (only.length && !only.includes(name))) continue;
  const golden = JSON.parse(readFileSync(g.expected, "utf8"));
  for (const [mode, dump] of Object.entries(MODES)) {
    if (!truthOnly) writeFileSync(join(OUT, `${name}.${mode}.txt`), await dump(g.input, g.options?.password));
    writeFileSync(join(OUT, `${name}.${mode}.json`), stringifyTruth(truthOf(golden, name)));
  }
  console.log(`${name}: ${truthOnly ? "truths" : "dumps and truths"} of ${Object.keys(MODES).length} modes, ${golden.tasks.length} records`);
}
