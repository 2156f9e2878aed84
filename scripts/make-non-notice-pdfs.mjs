#!/usr/bin/env node
// PDFs for the non-notices corpus (fixtures/non-notices/, issue 15 §3), made the way the
// project makes its PDF fixtures (scripts/make-pdf-fixtures.mjs): a Flat ODT with real
// tables, printed to PDF by LibreOffice headless with Debian's CJK fonts. The PDFs are
// committed, so tests and the scorer need no LibreOffice.
//
//   apt-get install libreoffice-writer-nogui fonts-noto-cjk
//   node scripts/make-non-notice-pdfs.mjs [NAME ...]
//
// Sources: fixtures/non-notices/_pdf-src/NAME.txt → fixtures/non-notices/NAME.pdf, in a
// small line format (plain lines are paragraphs):
//   @title TEXT | @center TEXT | @right TEXT    a title / centred / plain paragraph
//   @pagebreak
//   @table W1,W2,… [unruled]                   a table, column widths in cm; its first line is
//     CELL<TAB>CELL…                            the header row (repeated on every page), then rows;
//     @span TEXT                                a row of one cell spanning the table (a heading row);
//                                               `\n` inside a cell breaks the line, `^` marks a cell
//                                               merged into the one above
//   @end
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { toFodt } from "./pdf-fixtures/fodt.mjs";

const DIR = "fixtures/non-notices";
const SRC = join(DIR, "_pdf-src");
const work = mkdtempSync(join(tmpdir(), "fenjie-nonnotice-"));

const cellOf = (s) => (s.includes("\\n") ? s.split("\\n") : s);

/** The line format above → the block document `toFodt` takes. */
export function parseSource(text) {
  const blocks = [];
  let table = null;
  for (const line of text.split(/\r?\n/)) {
    if (table) {
      if (line === "@end") {
        blocks.push(table);
        table = null;
      } else if (line.startsWith("@span ")) {
        const n = table.columns.length;
        table.rows.push({ cells: [{ text: line.slice(6), colSpan: n, bold: true }, ...Array(n - 1).fill(null)] });
      } else if (!table.headerRows.length) {
        table.headerRows.push({ cells: line.split("\t").map((t) => ({ text: cellOf(t), bold: true })) });
      } else {
        const cells = line.split("\t").map((t) => (t === "^" ? null : { text: cellOf(t) }));
        // a `^` cell lengthens the span of the nearest real cell above it in its column
        cells.forEach((c, ci) => {
          if (c !== null) return;
          for (let r = table.rows.length - 1; r >= 0; r--) {
            const above = table.rows[r].cells[ci];
            if (above) {
              above.rowSpan = (above.rowSpan ?? 1) + 1;
              break;
            }
          }
        });
        table.rows.push({ cells });
      }
      continue;
    }
    const [, cmd, rest] = /^@(\w+)\s*(.*)$/.exec(line) ?? [];
    if (cmd === "table") {
      const [widths, flag] = rest.split(/\s+/);
      table = { type: "table", columns: widths.split(",").map(Number), ruled: flag !== "unruled", headerRows: [], rows: [] };
    } else if (cmd === "title") blocks.push({ type: "p", text: rest, title: true });
    else if (cmd === "center") blocks.push({ type: "p", text: rest, center: true });
    else if (cmd === "right") blocks.push({ type: "p", text: rest });
    else if (cmd === "pagebreak") blocks.push({ type: "pagebreak" });
    else if (cmd) throw new Error(`unknown directive @${cmd}`);
    else if (line.trim()) blocks.push({ type: "p", text: line });
  }
  if (table) throw new Error("@table without @end");
  return { footerPageNumber: true, blocks };
}

const only = process.argv.slice(2);
for (const file of readdirSync(SRC).filter((f) => f.endsWith(".txt")).sort()) {
  const name = basename(file, ".txt");
  if (only.length && !only.includes(name)) continue;
  const fodt = join(work, `${name}.fodt`);
  writeFileSync(fodt, toFodt(parseSource(readFileSync(join(SRC, file), "utf8"))));
  execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${work}/profile`, "--convert-to", "pdf", "--outdir", work, fodt], { stdio: "pipe" });
  copyFileSync(join(work, `${name}.pdf`), join(DIR, `${name}.pdf`));
  console.log(`wrote ${join(DIR, name)}.pdf`);
}
