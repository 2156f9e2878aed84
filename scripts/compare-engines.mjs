#!/usr/bin/env node
// Reads every PDF fixture with both engines and prints where their pages differ
// (runs: text, box, font size; rules; lines). `node scripts/compare-engines.mjs [FILE…]`
// after `npm run build`. Exit 1 when any page differs.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readPdf } from "../dist/read/pdf.js";

const files = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync("fixtures/pdf").filter((f) => f.endsWith(".pdf")).map((f) => join("fixtures/pdf", f));
const PASSWORDS = { "fixtures/pdf/encrypted.pdf": "fenjie" };
let differ = 0;
const key = (r) => `${r.text} @${r.box.join(",")} s${r.fontSize}`;
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
    const ka = pa.runs.map(key), kb = pb.runs.map(key);
    const onlyA = ka.filter((k) => !kb.includes(k)), onlyB = kb.filter((k) => !ka.includes(k));
    if (onlyA.length || onlyB.length) out.push(`  page ${p + 1} runs: ${onlyA.length} only pdfjs, ${onlyB.length} only pdfium\n    pdfjs : ${onlyA.slice(0, 6).join(" | ")}\n    pdfium: ${onlyB.slice(0, 6).join(" | ")}`);
    const ra = pa.rules.map((r) => r.orientation + r.box.join(",")).sort(), rb = pb.rules.map((r) => r.orientation + r.box.join(",")).sort();
    if (ra.join() !== rb.join()) out.push(`  page ${p + 1} rules: ${ra.length} vs ${rb.length}; only pdfjs ${ra.filter((r) => !rb.includes(r)).slice(0, 4).join(" ")}; only pdfium ${rb.filter((r) => !ra.includes(r)).slice(0, 4).join(" ")}`);
  }
  const la = a.lines.map((l) => l.text).join("\n"), lb = b.lines.map((l) => l.text).join("\n");
  if (la !== lb) out.push(`  lines differ`);
  const da = JSON.stringify(a.diagnostics), db = JSON.stringify(b.diagnostics);
  if (da !== db) out.push(`  diagnostics: ${da} vs ${db}`);
  if (out.length) differ++;
  console.log(`${out.length ? "DIFF" : "same"} ${file}${out.length ? "\n" + out.join("\n") : ""}`);
}
process.exitCode = differ ? 1 : 0;
