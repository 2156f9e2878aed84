#!/usr/bin/env node
// Review aid for the PDF fixtures' sources (see fixtures/pdf/REVIEW.md):
// 1. every cell of seeds 002/003 is in the text goldens, character for character
//    (whitespace and width aside; fields filled down from above excepted);
// 2. every task and name typed into fixtures/pdf/data/jinjiang-style.json occurs in seed 000's dump.
import { readFileSync, readdirSync } from "node:fs";

const seed = (n) => "seeds/" + readdirSync("seeds").find((f) => f.startsWith(n + "_"));
const squash = (s) => s.normalize("NFKC").replace(/\s+/g, "").replace(/\(/g, "（").replace(/\)/g, "）");
let problems = 0;

for (const n of ["002", "003"]) {
  const g = JSON.parse(readFileSync(`fixtures/expected/${n}.json`, "utf8"));
  const fields = g.tables[0].headers.map((h) => h.field);
  let rows = 0;
  for (const line of readFileSync(seed(n), "utf8").split(/\r?\n/)) {
    const c = line.split("\t");
    if (c.length < 3 || !/^\d+$/.test(c[0].trim())) continue;
    rows++;
    const t = g.tasks.find((x) => x.seq === Number(c[0]));
    if (!t) {
      console.log(`${n}: 序号 ${c[0]} missing`);
      problems++;
      continue;
    }
    fields.forEach((f, i) => {
      if (f === "seq" || f === "other") return;
      const out = f === "task" ? t.task : (t.inherited.includes(f) ? [] : t[f]).join("");
      if (squash(c[i] ?? "") !== squash(out)) {
        console.log(`${n}: 序号 ${t.seq} ${f}: ${JSON.stringify(c[i])} → ${JSON.stringify(out)}`);
        problems++;
      }
    });
  }
  console.log(`${n}: ${rows} rows in the seed, ${g.tasks.length} records in the golden`);
}

const dump = squash(readFileSync(seed("000"), "utf8"));
const typed = JSON.parse(readFileSync("fixtures/pdf/data/jinjiang-style.json", "utf8"));
for (const r of typed.rows) {
  for (const s of [r.task, ...r.units, ...r.leaders, ...r.supervisors, ...r.section.map((x) => x.replace(/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/, ""))]) {
    if (!dump.includes(squash(s))) {
      console.log(`000: 序号 ${r.seq}: ${JSON.stringify(s)} not in the dump`);
      problems++;
    }
  }
}
console.log(`000: ${typed.rows.length} typed rows checked against the dump`);
console.log(problems ? `${problems} problem(s)` : "no problems");
process.exit(problems ? 1 : 0);
