#!/usr/bin/env node
// The status ratchet (as Tabula keeps one): one line per fixture with truth — rows found, fields
// right, wrong and silent rows, right rows flagged, diagnostics — scored as the evaluation scores
// (src/validate/score.ts). A change that improves one fixture and worsens another shows up in
// the diff of fixtures/STATUS.tsv.
//   node scripts/status.mjs           rewrite fixtures/STATUS.tsv (read the diff before committing)
//   node scripts/status.mjs --check   exit 1 and print the lines that differ
// Sources: every golden (fixtures/goldens.json, truth = its checked expected output), the
// independently typed seed expectations (fixtures/verify/NAME.independent.json), and every
// corpus folder below with truth beside its inputs (X.json for X.txt, or X.ext.json; score.py's
// format: {rows} | {tables: [{rows}]} | {"expect": "no_table"}).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, scoreResult } from "../dist/index.js";

const STATUS = "fixtures/STATUS.tsv";
const CORPORA = ["fixtures/dumps", "fixtures/dumps2", "fixtures/dumps3", "fixtures/non-notices", "fixtures/pdf2", "fixtures/pdf3", "fixtures/real-like", "fixtures/structured"];
const HEADER = ["fixture", "rows", "found", "fields_ok", "fields", "wrong_rows", "silent_rows", "flagged_ok", "warnings", "errors", "outcome"];

const readJson = (p) => JSON.parse(readFileSync(p, "utf8"));

/** [name, input, truth tables (rows per table) | "no_table", options] for every fixture with truth. */
function sources() {
  const out = [];
  for (const g of readJson("fixtures/goldens.json")) {
    const expected = readJson(g.expected);
    const tables = expected.tables.map((t) => expected.tasks.filter((x) => x.table === t.index));
    out.push([`golden/${g.name}`, g.input, tables, g.options ?? {}]);
  }
  for (const f of readdirSync("fixtures/verify").filter((x) => x.endsWith(".independent.json")).sort()) {
    const name = f.replace(".independent.json", "");
    const input = readdirSync("seeds").find((s) => s.startsWith(`${name}_`));
    if (input) out.push([`independent/${name}`, join("seeds", input), [readJson(join("fixtures/verify", f))], {}]);
  }
  for (const dir of CORPORA.filter((d) => existsSync(d))) {
    for (const f of readdirSync(dir).sort()) {
      if (f.endsWith(".json") || f.startsWith("_") || /^(README|REVIEW|INDEX)/.test(f)) continue;
      const input = join(dir, f);
      const truth = [`${input}.json`, input.replace(/\.[^.]+$/, ".json")].find((t) => existsSync(t));
      if (!truth) continue;
      const t = readJson(truth);
      out.push([`${dir.replace(/^fixtures\//, "")}/${f}`, input, t.expect === "no_table" ? "no_table" : (t.tables ?? [t]).map((x) => x.rows), {}]);
    }
  }
  return out;
}

async function line([name, input, truth, options]) {
  let result;
  try {
    result = await parse(input, options);
  } catch (err) {
    const code = err?.code ?? "INTERNAL";
    if (truth === "no_table") return [name, 0, 0, 0, 0, 0, 0, 0, 0, 0, code === "NO_TABLE" ? "refused (right)" : `error ${code}`];
    const rows = truth.reduce((n, t) => n + t.length, 0);
    return [name, rows, 0, 0, rows * 7, rows, rows, 0, 0, 0, `refused ${code}`];
  }
  const warnings = result.diagnostics.filter((d) => d.level === "warning").length;
  const errors = result.diagnostics.filter((d) => d.level === "error").length;
  if (truth === "no_table") return [name, 0, 0, 0, 0, 0, 0, 0, warnings, errors, `accepted ${result.tasks.length} rows (want refused)`];
  const s = scoreResult(result, truth);
  return [name, s.rows, s.found, s.okFields, s.fields, s.wrongRows, s.silentRows, s.flaggedOk, warnings, errors, s.extra ? `ok, ${s.extra} extra` : "ok"];
}

const lines = [HEADER.join("\t")];
for (const src of sources()) lines.push((await line(src)).join("\t"));
const text = lines.join("\n") + "\n";

if (process.argv.includes("--check")) {
  const old = existsSync(STATUS) ? readFileSync(STATUS, "utf8").split("\n") : [];
  const now = text.split("\n");
  const gone = old.filter((l) => !now.includes(l));
  const come = now.filter((l) => !old.includes(l));
  if (gone.length || come.length) {
    for (const l of gone) console.log(`- ${l}`);
    for (const l of come) console.log(`+ ${l}`);
    console.log(`${STATUS} is out of date: run \`npm run status:update\`, read the diff, commit it.`);
    process.exit(1);
  }
  console.log(`${STATUS}: ${now.length - 2} fixtures as recorded`);
} else {
  writeFileSync(STATUS, text);
  console.log(`wrote ${STATUS}: ${lines.length - 1} fixtures`);
}
