#!/usr/bin/env node
// Review aid for flat-layout goldens: prints, for every record, the source lines of its row
// (from its line to the next record's line, noise and blanks dropped) beside the record's fields.
// Usage: node scripts/review-flat.js INPUT [EXPECTED.json|""] [FROM_SEQ] [TO_SEQ]
//        node scripts/review-flat.js --check INPUT [EXPECTED.json]
// With EXPECTED it prints the golden; without, it parses INPUT with the built library (npm run build).
// --check is a mechanical conservation test: for every record, the row's source text (whitespace
// removed, page noise (page numbers, 附件, repeated header and title) dropped, 序号 dropped) must equal [printed heading fragments] + task + every name in header column
// order (、 ignored: it is dropped between split names) — so nothing was dropped, duplicated or moved between
// rows. Heading texts of the row's and the next row's section path are removed from the source first (a 项目
// cell printed with the row, repeated at a page top, or a heading row); a 抄送 footer is cut off.
// Rows that fail are listed for a closer look.
import { readFileSync } from "node:fs";
import { parse } from "../dist/index.js";

const argv = process.argv.slice(2);
const check = argv[0] === "--check";
if (check) argv.shift();
const [input, expected, from = "0", to = "99999"] = argv;
const result = expected ? JSON.parse(readFileSync(expected, "utf8")) : await parse(input);
const lines = readFileSync(input, "utf8").split(/\r?\n/);
const tasks = result.tasks;
const squash = (x) => x.replace(/[\s、]+/g, "").normalize("NFKC").replace(/\(/g, "（").replace(/\)/g, "）");
if (check) {
  const noise = (l) =>
    !l.trim() ||
    /^[-—–]\s*\d+\s*[-—–]$/.test(l.trim()) ||
    /^附件\s*\d*$/.test(l.trim()) ||
    result.tables.some((tb) => squash(l) === squash(tb.headers.map((h) => h.text).join("")) || (tb.title && squash(l) === squash(tb.title)));
  const order = result.tables[0].headers.map((h) => h.field).filter((f) => ["leadUnits", "units", "coUnits", "leaders", "supervisors"].includes(f));
  let bad = 0;
  tasks.forEach((t, i) => {
    const end = i + 1 < tasks.length ? tasks[i + 1].source.line - 1 : lines.length;
    let src = squash(lines.slice(t.source.line - 1, end).filter((l) => !noise(l)).join("")).replace(new RegExp(`^${t.seq}`), "");
    src = src.replace(/抄送.*$/, ""); // the notice's footer after the last row
    // heading fragments printed in the row (its own path, a page-top repeat, or a heading row for the next row)
    const headingTexts = [...t.section, ...(tasks[i + 1]?.section ?? [])].map(squash).sort((a, b) => b.length - a.length);
    for (const h of headingTexts) if (h) src = src.split(h).join("");
    const body = squash(t.task + order.map((f) => t[f].join("")).join(""));
    const ok = src === body;
    if (!ok) {
      bad++;
      console.log(`MISMATCH 序号 ${t.seq} (line ${t.source.line})\n  source: ${src}\n  record: ${body}`);
    }
  });
  console.log(`${tasks.length} records checked, ${bad} mismatches`);
  process.exit(bad ? 1 : 0);
}
for (let i = 0; i < tasks.length; i++) {
  const t = tasks[i];
  if (t.seq < Number(from) || t.seq > Number(to)) continue;
  const start = t.source.line;
  const end = i + 1 < tasks.length ? tasks[i + 1].source.line - 1 : lines.length;
  const src = [];
  for (let n = start; n <= end; n++) if (lines[n - 1]?.trim()) src.push(`${String(n).padStart(5)}| ${lines[n - 1]}`);
  console.log(`==== 序号 ${t.seq}  (line ${start})`);
  console.log(src.join("\n"));
  console.log("  ---");
  console.log(`  section:     ${JSON.stringify(t.section)}`);
  console.log(`  task:        ${t.task}`);
  for (const f of ["leadUnits", "units", "coUnits", "leaders", "supervisors"]) if (t[f].length) console.log(`  ${f.padEnd(12)} ${t[f].join(" | ")}`);
  if (t.assignments) console.log(`  paired:      ${t.assignments.map((a) => `${a.unit}=${a.leader}`).join("  ")}`);
  if (t.inherited.length) console.log(`  inherited:   ${t.inherited.join(",")}`);
  for (const d of result.diagnostics.filter((d) => d.seq === t.seq)) console.log(`  !! ${d.level} ${d.code} line ${d.line ?? "-"}: ${d.message}`);
}
