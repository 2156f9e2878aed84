#!/usr/bin/env node
// Reads every PDF fixture with both engines and prints where their pages differ
// (runs: text, box, font size; rules; lines; diagnostics). Coordinates that differ by
// at most 0.01 pt are counted apart ("near"): PDFium computes in 32-bit floats, pdf.js
// in doubles, so a value on a rounding edge can land on either side.
// `node scripts/compare-engines.mjs [FILE…]` after `npm run build`. Exit 1 when any
// page differs by more than that.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readPdf } from "../dist/read/pdf.js";

const files = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync("fixtures/pdf").filter((f) => f.endsWith(".pdf")).map((f) => join("fixtures/pdf", f));
const PASSWORDS = { "fixtures/pdf/encrypted.pdf": "fenjie" };
let differ = 0;
const key = (r) => `${r.text} @${r.box.join(",")} s${r.fontSize}`;
const NEAR = 0.0101;
const near = (a, b) => a.text === b.text && Math.abs(a.fontSize - b.fontSize) <= NEAR && a.box.every((v, i) => Math.abs(v - b.box[i]) <= NEAR);
const nearRule = (a, b) => a.orientation === b.orientation && a.box.every((v, i) => Math.abs(v - b.box[i]) <= NEAR);
let nearCount = 0;
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(file));
  const read = async (engine) => {
    try {
      return await readPdf(bytes, file, { engine, password: PASSWORDS[file] });
    } catch (e) {
      return { error: `${e.code}: ${e.message}` };
    }
  };
  const [a, b] = [await read("pdfjs"), await read("pdfium")];
  if (a.error || b.error) {
    const same = a.error === b.error;
    if (!same) differ++;
    console.log(`${same ? "same" : "DIFF"} ${file}: pdfjs ${a.error ?? "ok"} | pdfium ${b.error ?? "ok"}`);
    continue;
  }
  const out = [];
  for (let p = 0; p < Math.max(a.pages.length, b.pages.length); p++) {
    const pa = a.pages[p], pb = b.pages[p];
    if (!pa || !pb) { out.push(`  page ${p + 1} missing in ${pa ? "pdfium" : "pdfjs"}`); continue; }
    if (pa.width !== pb.width || pa.height !== pb.height) out.push(`  page ${p + 1} size ${pa.width}x${pa.height} vs ${pb.width}x${pb.height}`);
    const onlyA = pa.runs.filter((r) => !pb.runs.some((q) => near(r, q)));
    const onlyB = pb.runs.filter((r) => !pa.runs.some((q) => near(r, q)));
    nearCount += pa.runs.filter((r) => !pb.runs.some((q) => key(q) === key(r))).length - onlyA.length;
    if (onlyA.length || onlyB.length) out.push(`  page ${p + 1} runs: ${onlyA.length} only pdfjs, ${onlyB.length} only pdfium\n    pdfjs : ${onlyA.slice(0, 6).map(key).join(" | ")}\n    pdfium: ${onlyB.slice(0, 6).map(key).join(" | ")}`);
    const ra = pa.rules.filter((r) => !pb.rules.some((q) => nearRule(r, q))), rb = pb.rules.filter((r) => !pa.rules.some((q) => nearRule(r, q)));
    if (ra.length || rb.length || pa.rules.length !== pb.rules.length) out.push(`  page ${p + 1} rules: ${pa.rules.length} vs ${pb.rules.length}; only pdfjs ${ra.slice(0, 4).map((r) => r.orientation + r.box.join(",")).join(" ")}; only pdfium ${rb.slice(0, 4).map((r) => r.orientation + r.box.join(",")).join(" ")}`);
  }
  const la = a.lines.map((l) => l.text).join("\n"), lb = b.lines.map((l) => l.text).join("\n");
  if (la !== lb) out.push(`  lines differ`);
  const da = JSON.stringify(a.diagnostics), db = JSON.stringify(b.diagnostics);
  if (da !== db) out.push(`  diagnostics: ${da} vs ${db}`);
  if (out.length) differ++;
  console.log(`${out.length ? "DIFF" : "same"} ${file}${out.length ? "\n" + out.join("\n") : ""}`);
}
console.log(`${files.length} files, ${differ} differ; ${nearCount} runs equal but for ≤ 0.01 pt`);
process.exitCode = differ ? 1 : 0;
