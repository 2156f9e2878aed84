#!/usr/bin/env node
// Review aid for flat-layout goldens: prints, for every record, the source lines of its row
// (from its line to the next record's line, noise and blanks dropped) beside the record's fields.
// Usage: node scripts/review-flat.js INPUT [EXPECTED.json] [FROM_SEQ] [TO_SEQ]
// With EXPECTED it prints the golden; without, it parses INPUT with the built library (npm run build).
import { readFileSync } from "node:fs";
import { parse } from "../dist/index.js";

const [input, expected, from = "0", to = "99999"] = process.argv.slice(2);
const result = expected ? JSON.parse(readFileSync(expected, "utf8")) : await parse(input);
const lines = readFileSync(input, "utf8").split(/\r?\n/);
const tasks = result.tasks;
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
