#!/usr/bin/env node
// Makes PDFs whose cross-reference table is broken, from fixture PDFs, for the
// tests of the xref check (test/pdf/xref.test.ts; issue 18): every kind of damage
// a PDF reader repairs by scanning the file for objects. Pure byte edits, same
// file length (offsets after the damage stay where they were).
//
//   node scripts/damage-xref.mjs OUTDIR [FIXTURE.pdf …]   writes OUTDIR/<name>.<damage>.pdf
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";

/** Replace `text` at `at` with `replacement` padded to the same length (spaces). */
function overwrite(s, at, length, replacement) {
  return s.slice(0, at) + replacement.padEnd(length, " ").slice(0, length) + s.slice(at + length);
}

/** The classic table's position (after the last `startxref`), or -1 for a cross-reference stream. */
function tableAt(s) {
  const m = /startxref\s+(\d+)\s*%%EOF\s*$/.exec(s);
  if (!m) return -1;
  const at = Number(m[1]);
  return s.startsWith("xref", at) ? at : -1;
}

/** Each kind of damage: name → function of the file as a latin1 string (null when it does not apply). */
export const DAMAGES = {
  /** every in-use entry points somewhere else in the file */
  "offsets-scrambled": (s) => {
    const at = tableAt(s);
    if (at < 0) return null;
    const end = s.indexOf("trailer", at);
    const table = s.slice(at, end).replace(/^(\d{10}) (\d{5}) n/gm, (_, o, g) => `${String((Number(o) * 7 + 13) % s.length).padStart(10, "0")} ${g} n`);
    return s.slice(0, at) + table + s.slice(end);
  },
  /** every in-use entry points a few bytes into its object (a file edited by hand, line ends converted) */
  "offsets-shifted": (s) => {
    const at = tableAt(s);
    if (at < 0) return null;
    const end = s.indexOf("trailer", at);
    const table = s.slice(at, end).replace(/^(\d{10}) (\d{5}) n/gm, (_, o, g) => `${String(Number(o) + 3).padStart(10, "0")} ${g} n`);
    return s.slice(0, at) + table + s.slice(end);
  },
  /** `startxref` points into the middle of the file */
  "startxref-wrong": (s) => {
    const m = /startxref\s+(\d+)/.exec(s.slice(s.lastIndexOf("startxref")));
    if (!m) return null;
    const at = s.lastIndexOf("startxref") + m[0].length - m[1].length;
    return overwrite(s, at, m[1].length, String(Math.floor(Number(m[1]) / 2)).padStart(m[1].length, "0"));
  },
  /** the table (or stream) keyword blanked: nothing is found where startxref points */
  "table-blanked": (s) => {
    const m = /startxref\s+(\d+)/.exec(s.slice(s.lastIndexOf("startxref")));
    if (!m) return null;
    const at = Number(m[1]);
    return overwrite(s, at, 4, "    ");
  },
};

export function damage(bytes, kind) {
  const out = DAMAGES[kind](Buffer.from(bytes).toString("latin1"));
  return out === null ? null : new Uint8Array(Buffer.from(out, "latin1"));
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  const [dir, ...inputs] = process.argv.slice(2);
  if (!dir) {
    console.error("usage: node scripts/damage-xref.mjs OUTDIR [FIXTURE.pdf …]");
    process.exit(2);
  }
  mkdirSync(dir, { recursive: true });
  for (const file of inputs.length ? inputs : ["fixtures/pdf/two-tables.pdf", "fixtures/pdf/browser-seed002.pdf"]) {
    for (const kind of Object.keys(DAMAGES)) {
      const out = damage(readFileSync(file), kind);
      if (!out) continue;
      const path = join(dir, `${basename(file, ".pdf")}.${kind}.pdf`);
      writeFileSync(path, out);
      console.log(path);
    }
  }
}
