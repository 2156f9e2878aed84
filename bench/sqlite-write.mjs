// Write time of the SQLite dataset: sql.js (what fenjie uses) against node:sqlite (Node ≥ 22.5),
// on one parsed notice. Both insert the same rows (noticeRows) with the same schema, in one
// transaction per notice; sql.js builds the file in memory and writes its bytes, node:sqlite
// writes to the file directly.
//   npm run build && node bench/sqlite-write.mjs [RESULT.json] [--runs N]
// Default input: fixtures/pdf/notice-100pages.pdf, parsed first (1,130 tasks).
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "../dist/parse.js";
import { SQLITE_SCHEMA, loadSqlJs, noticeRows, toSqlite } from "../dist/write/sqlite.js";

const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 7;
const input = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--runs");
const result = input ? JSON.parse(readFileSync(input, "utf8")) : await parse("fixtures/pdf/notice-100pages.pdf");
const dir = mkdtempSync(join(tmpdir(), "fenjie-sqlite-bench-"));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = async (fn) => {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
};

const rows = noticeRows(result);
console.log(`node ${process.version}; ${result.tasks.length} tasks, ${rows.entities.length} entities, ${rows.diagnostics.length} diagnostics; ${runs} runs`);

const sqljsFile = join(dir, "sqljs.sqlite");
const sqljsCold = await time(async () => writeFileSync(sqljsFile, await toSqlite([result])));
const sqljs = [];
for (let i = 0; i < runs; i++) sqljs.push(await time(async () => writeFileSync(sqljsFile, await toSqlite([result]))));
const init = await time(() => loadSqlJs());
console.log(`sql.js:      first write ${sqljsCold.toFixed(0)} ms (includes compiling the WebAssembly), then median ${median(sqljs).toFixed(0)} ms; ${statSync(sqljsFile).size} bytes`);

let nodeSqlite = null;
try {
  nodeSqlite = await import("node:sqlite");
} catch {
  console.log("node:sqlite: not available in this Node");
}
if (nodeSqlite) {
  const write = (file) => {
    rmSync(file, { force: true });
    const db = new nodeSqlite.DatabaseSync(file);
    // as fair as possible: no journal, no fsync (sql.js has neither; it writes the bytes once)
    db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
    db.exec(SQLITE_SCHEMA);
    db.exec("BEGIN");
    const put = (sql, list) => {
      const st = db.prepare(sql);
      for (const r of list) st.run(...r);
    };
    put("INSERT INTO notices VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", [rows.notice]);
    put("INSERT INTO tasks VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows.tasks);
    put("INSERT INTO entities VALUES (?,?,?,?,?,?)", rows.entities);
    put("INSERT INTO reviews VALUES (?,?,?,?)", rows.reviews);
    put("INSERT INTO diagnostics VALUES (?,?,?,?,?,?,?,?,?,?)", rows.diagnostics);
    db.exec("COMMIT");
    db.close();
  };
  const file = join(dir, "node.sqlite");
  const cold = await time(() => write(file));
  const warm = [];
  for (let i = 0; i < runs; i++) warm.push(await time(() => write(file)));
  console.log(`node:sqlite: first write ${cold.toFixed(0)} ms, then median ${median(warm).toFixed(0)} ms; ${statSync(file).size} bytes`);
}
void init;
rmSync(dir, { recursive: true, force: true });
