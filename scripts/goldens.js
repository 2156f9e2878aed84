#!/usr/bin/env node
// Regenerate golden outputs (fixtures/goldens.json) from the built library.
// Usage: npm run golden:update [-- NAME ...]   (then READ the diff: git diff fixtures/)
// A golden is only changed by this explicit command, never by the test run.
import { readFileSync, writeFileSync } from "node:fs";
import { parse, toJson } from "../dist/index.js";

const manifest = JSON.parse(readFileSync(new URL("../fixtures/goldens.json", import.meta.url), "utf8"));
const only = process.argv.slice(2);
for (const g of manifest) {
  if (only.length && !only.includes(g.name)) continue;
  const result = await parse(g.input, g.options ?? {});
  writeFileSync(g.expected, toJson(result));
  console.log(`wrote ${g.expected}: ${result.tasks.length} tasks, ${result.diagnostics.length} diagnostics`);
}
