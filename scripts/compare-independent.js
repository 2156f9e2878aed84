#!/usr/bin/env node
// Compare a golden with an independently hand-written expectation of the same source
// (fixtures/verify/NAME.independent.json, written without seeing fenjie's output).
// Usage: node scripts/compare-independent.js 002 003   → prints every field that differs.
import { readFileSync } from "node:fs";

const KEYS = ["seq", "section", "task", "leadUnits", "units", "coUnits", "leaders", "supervisors", "inherited"];
let differences = 0;
for (const name of process.argv.slice(2)) {
  const golden = JSON.parse(readFileSync(`fixtures/expected/${name}.json`, "utf8")).tasks;
  const independent = JSON.parse(readFileSync(`fixtures/verify/${name}.independent.json`, "utf8"));
  console.log(`${name}: golden ${golden.length} records, independent ${independent.length}`);
  for (let i = 0; i < Math.max(golden.length, independent.length); i++) {
    // compare the fields the independent reader wrote down
    for (const k of KEYS.filter((key) => independent[i] === undefined || key in independent[i])) {
      const a = JSON.stringify(golden[i]?.[k]);
      const b = JSON.stringify(independent[i]?.[k]);
      if (a !== b) {
        differences++;
        console.log(`  序号 ${golden[i]?.seq ?? independent[i]?.seq} ${k}\n    golden:      ${a}\n    independent: ${b}`);
      }
    }
  }
}
console.log(`${differences} field(s) differ`);
