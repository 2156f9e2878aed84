#!/usr/bin/env node
// Compare fenjie's output on fixtures/general/NAME.txt with the hand-written
// fixtures/general/NAME.expected-records.json (and .expected-notice.json).
// Usage: node scripts/compare-general.js [NAME ...]   (default: every fixture)  → prints every field that differs.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { parse } from "../dist/index.js";

const DIR = "fixtures/general";
const KEYS = ["seq", "section", "task", "leadUnits", "units", "coUnits", "leaders", "supervisors", "inherited"];
const names = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(DIR).filter((f) => f.endsWith(".expected-records.json")).map((f) => f.replace(".expected-records.json", ""));
let total = 0;
for (const name of names) {
  const expected = JSON.parse(readFileSync(`${DIR}/${name}.expected-records.json`, "utf8"));
  let differences = 0;
  let result;
  try {
    result = await parse(`${DIR}/${name}.txt`);
  } catch (e) {
    console.log(`${name}: FAILED ${e.message}`);
    total += expected.length;
    continue;
  }
  const got = result.tasks;
  const lines = [];
  for (let i = 0; i < Math.max(got.length, expected.length); i++) {
    for (const k of KEYS) {
      const a = JSON.stringify(got[i]?.[k]);
      const b = JSON.stringify(expected[i]?.[k]);
      if (a !== b) {
        differences++;
        lines.push(`  序号 ${expected[i]?.seq ?? got[i]?.seq} ${k}\n    fenjie:   ${a}\n    expected: ${b}`);
      }
    }
  }
  if (existsSync(`${DIR}/${name}.expected-notice.json`)) {
    const notice = JSON.parse(readFileSync(`${DIR}/${name}.expected-notice.json`, "utf8"));
    for (const [k, v] of Object.entries(notice)) {
      if (JSON.stringify(result.notice[k]) !== JSON.stringify(v)) {
        differences++;
        lines.push(`  notice.${k}\n    fenjie:   ${JSON.stringify(result.notice[k])}\n    expected: ${JSON.stringify(v)}`);
      }
    }
  }
  total += differences;
  console.log(`${name}: fenjie ${got.length} records, expected ${expected.length}; ${differences} field(s) differ; ${result.diagnostics.length} diagnostics`);
  for (const l of lines) console.log(l);
}
console.log(`total: ${total} field(s) differ`);
