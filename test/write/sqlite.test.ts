// The SQLite dataset: opened with sql.js and queried like an analyst would. Record-level checks
// against the JSON the same notice gives, duplicates, review reasons, the batch file and the CLI.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database, SqlValue } from "sql.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBatch } from "../../src/batch/run.js";
import type { Result } from "../../src/model/schema.js";
import { parse } from "../../src/parse.js";
import { countWorkload } from "../../src/stats/count.js";
import { datasetRows } from "../../src/batch/dataset.js";
import { loadSqlJs, toSqlite } from "../../src/write/sqlite.js";

const S002 = "seeds/002_a81ff61cc22d0274.txt";
const S003 = "seeds/003_b3fb5684e6b0e697.txt";
const S000 = "seeds/000_89d412a27e51e6a9.txt";
const tmp = mkdtempSync(join(tmpdir(), "fenjie-sqlite-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function open(bytes: Uint8Array): Promise<Database> {
  const SQL = await loadSqlJs();
  return new SQL.Database(bytes);
}

/** Rows of a query as objects. */
function rows(db: Database, sql: string, params: SqlValue[] = []): Record<string, SqlValue>[] {
  const stmt = db.prepare(sql);
  stmt.bind(params);
  const out: Record<string, SqlValue>[] = [];
  while (stmt.step()) out.push(stmt.getAsObject());
  stmt.free();
  return out;
}

let r002: Result;
let r003: Result;
beforeAll(async () => {
  [r002, r003] = await Promise.all([parse(S002), parse(S003)]);
});

describe("SQLite dataset of parsed notices", () => {
  it("holds every task with its fields, one entity row per name, and the notice's metadata", async () => {
    const db = await open(await toSqlite([r003]));
    expect(rows(db, "SELECT count(*) AS n FROM tasks")[0]!.n).toBe(r003.tasks.length);
    const n = rows(db, "SELECT * FROM notices")[0]!;
    expect(n).toMatchObject({ sha256: r003.source.sha256, docNumber: "泉港政办〔2020〕2号", issuer: "泉港区人民政府办公室", year: 2020, date: "2020-01-22", taskCount: 128, duplicateOf: null });

    // record by record: the entities of each task are the task's lists, in order
    for (const t of r003.tasks) {
      const ents = rows(db, "SELECT role, name FROM entities WHERE taskId = ? ORDER BY role, position", [t.id]);
      const expected = [
        ...t.coUnits.map((name) => ({ role: "co", name })),
        ...t.leadUnits.map((name) => ({ role: "lead", name })),
        ...t.leaders.map((name) => ({ role: "leader", name })),
        ...t.supervisors.map((name) => ({ role: "supervisor", name })),
        ...t.units.map((name) => ({ role: "unit", name })),
      ];
      expect(ents, t.id).toEqual(expected);
    }
    const t14 = r003.tasks.find((t) => t.seq === 14)!;
    expect(rows(db, "SELECT task, leadUnits, coUnits, leaders, section FROM tasks WHERE id = ?", [t14.id])[0]).toEqual({
      task: t14.task,
      leadUnits: "城管局；文体旅游局；自然资源局；商务局",
      coUnits: "文旅开发公司；相关镇（街道）",
      leaders: "程进强；刘冰；林昀瑜；肖银河",
      section: "",
    });
    db.close();
  });

  it("pairs each unit with its person (assignments) both ways", async () => {
    const db = await open(await toSqlite([r003]));
    const paired = r003.tasks.find((t) => t.assignments && t.assignments.length >= 2)!;
    const units = rows(db, "SELECT name, paired FROM entities WHERE taskId = ? AND kind = 'unit' AND paired IS NOT NULL ORDER BY position", [paired.id]);
    expect(units).toEqual(paired.assignments!.map((a) => ({ name: a.unit, paired: a.leader })));
    const people = rows(db, "SELECT name, paired FROM entities WHERE taskId = ? AND role = 'leader' ORDER BY position", [paired.id]);
    expect(people).toEqual(paired.assignments!.map((a) => ({ name: a.leader, paired: a.unit })));
    // a task whose counts disagree has no pairs
    const unpaired = r003.tasks.find((t) => t.seq === 16)!;
    expect(unpaired.assignments).toBeUndefined();
    expect(rows(db, "SELECT count(*) AS n FROM entities WHERE taskId = ? AND paired IS NOT NULL", [unpaired.id])[0]!.n).toBe(0);
    db.close();
  });

  it("unit_load and person_load agree with fenjie stats", async () => {
    const db = await open(await toSqlite([r002, r003]));
    const stats = countWorkload([...datasetRows(r002), ...datasetRows(r003)], ["year", "issuer"]);
    const lead = rows(db, "SELECT year, issuer, unit, tasks FROM unit_load WHERE role = 'lead' ORDER BY tasks DESC, unit LIMIT 5");
    for (const l of lead) {
      const s = stats.find((x) => x.kind === "unit" && x.entity === l.unit && x.year === l.year && x.issuer === l.issuer)!;
      expect(l.tasks, String(l.unit)).toBe(s.lead);
    }
    expect(lead[0]).toEqual({ year: 2020, issuer: "泉港区人民政府办公室", unit: "工信局", tasks: 17 });
    const supervise = rows(db, "SELECT person, sum(tasks) AS tasks FROM person_load WHERE role = 'supervisor' GROUP BY person ORDER BY tasks DESC, person LIMIT 3");
    for (const p of supervise) {
      const total = stats.filter((x) => x.kind === "person" && x.entity === p.person).reduce((n, x) => n + x.supervise, 0);
      expect(p.tasks, String(p.person)).toBe(total);
    }
    // diagnostics keep their row's task id
    const d = rows(db, "SELECT d.code, t.seq FROM diagnostics d JOIN tasks t ON t.id = d.taskId WHERE d.code = 'LEADER_COUNT_MISMATCH' ORDER BY t.seq");
    expect(d.map((x) => x.seq)).toEqual([16, 33, 80]);
    // task_rows carries the notice's metadata on every task
    expect(rows(db, "SELECT DISTINCT docNumber, sourceFile FROM task_rows ORDER BY docNumber")).toEqual([
      { docNumber: "泉港政办〔2020〕2号", sourceFile: S003 },
      { docNumber: "泉鲤政办〔2021〕70号", sourceFile: S002 },
    ]);
    db.close();
  });

  it("lists review reasons in reviews and review_queue", async () => {
    // seed 002's own review reason (row 20, a join the lexicon decided alone) set aside: this test counts the one it adds
    const withReview: Result = {
      ...r002,
      tasks: r002.tasks.map((t) => ({ ...t, review: [] })).map((t) => (t.seq === 3 ? { ...t, review: [{ code: "CELL_BOUNDARY_GUESSED", message: "单元格边界是推断的，请核对责任单位" }] } : t)),
    };
    const db = await open(await toSqlite([withReview]));
    expect(rows(db, "SELECT code, message FROM reviews")).toEqual([{ code: "CELL_BOUNDARY_GUESSED", message: "单元格边界是推断的，请核对责任单位" }]);
    expect(rows(db, "SELECT seq, reasons FROM review_queue")).toEqual([{ seq: 3, reasons: "单元格边界是推断的，请核对责任单位" }]);
    expect(rows(db, "SELECT review FROM tasks WHERE seq = 3")[0]!.review).toBe("单元格边界是推断的，请核对责任单位");
    db.close();
  });

  it("keeps one notice for the same bytes and marks the same 文号 as a duplicate left out of the views", async () => {
    const copy: Result = { ...r002, source: { ...r002.source, file: "copy.txt" } };
    const retyped: Result = {
      ...r002,
      source: { ...r002.source, file: "retyped.txt", sha256: "f".repeat(64) },
      notice: { ...r002.notice, docNumber: "泉鲤政办[2021]70号" }, // same 文号, other brackets
      tasks: r002.tasks.map((t) => ({ ...t, id: t.id.replace(/^[0-9a-f]{16}/, "f".repeat(16)) })),
    };
    const db = await open(await toSqlite([r002, copy, retyped]));
    expect(rows(db, "SELECT sourceFile, duplicateOf FROM notices ORDER BY sourceFile")).toEqual([
      { sourceFile: "retyped.txt", duplicateOf: r002.source.sha256 },
      { sourceFile: S002, duplicateOf: null },
    ]);
    expect(rows(db, "SELECT count(*) AS n FROM tasks")[0]!.n).toBe(2 * r002.tasks.length);
    expect(rows(db, "SELECT count(*) AS n FROM task_rows")[0]!.n).toBe(r002.tasks.length);
    expect(rows(db, "SELECT sum(tasks) AS n FROM unit_load WHERE unit = '区发改局' AND role = 'lead'")[0]!.n).toBe(r002.tasks.filter((t) => t.leadUnits.includes("区发改局")).length);
    db.close();
  });

  it("gives the same bytes for the same input", async () => {
    const a = await toSqlite([r002, r003]);
    const b = await toSqlite([r002, r003]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe("SQLite from the CLI and from batch", () => {
  it("fenjie parse -o x.sqlite writes a database (format from the extension); -f sqlite needs -o", async () => {
    const out = join(tmp, "分解表.sqlite");
    // seed 000 (a flattened dump) has rows to check
    const r = spawnSync(process.execPath, ["bin/fenjie.js", "parse", S000, "-o", out], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr.trimEnd().split("\n").at(-1)).toBe(`已写入 ${out}（SQLite 数据库）：173 项任务，18 项需要复核（见视图 review_queue）。`);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 16).toString("latin1")).toBe("SQLite format 3\0");
    const db = await open(bytes);
    expect(rows(db, "SELECT value FROM meta WHERE key = 'fenjie'")[0]!.value).toMatch(/^\d+\.\d+\.\d+/);
    expect(rows(db, "SELECT sourceFile, status FROM sources")).toEqual([{ sourceFile: S000, status: "warnings" }]);
    expect(rows(db, "SELECT count(*) AS n FROM review_queue")[0]!.n).toBe(18);
    db.close();
    const noOut = spawnSync(process.execPath, ["bin/fenjie.js", "parse", S003, "-f", "sqlite"], { encoding: "utf8" });
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain("sqlite 是二进制文件，不能写到标准输出");
  });

  it("batch writes OUT/dataset.sqlite with every input's status and the same tasks as tasks.jsonl", async () => {
    const out = await runBatch({ inputs: [S002, S003, "seeds/001_607276811f1fd8da.txt"], outDir: join(tmp, "batch"), jobs: 1, fenjieVersion: "0.0.0-test" });
    const db = await open(readFileSync(join(tmp, "batch", "dataset.sqlite")));
    expect(rows(db, "SELECT sourceFile, status, code FROM sources ORDER BY sourceFile")).toEqual(
      out.summary.files.map((f) => ({ sourceFile: f.file, status: f.status, code: f.code })).sort((a, b) => (a.sourceFile < b.sourceFile ? -1 : 1)),
    );
    expect(rows(db, "SELECT status FROM sources WHERE sourceFile LIKE '%001_%'")[0]!.status).toBe("skipped");
    const jsonl = readFileSync(join(tmp, "batch", "tasks.jsonl"), "utf8").trimEnd().split("\n").map((l) => (JSON.parse(l) as { id: string }).id);
    expect(rows(db, "SELECT t.id FROM tasks t JOIN notices n ON n.sha256 = t.notice ORDER BY n.sourceFile, t.tableIndex, t.seq").map((r) => r.id)).toEqual(jsonl);
    expect(rows(db, "SELECT value FROM meta WHERE key = 'fenjie'")[0]!.value).toBe("0.0.0-test");
    db.close();
  });
});
