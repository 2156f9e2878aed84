/**
 * The dataset as one SQLite file, for analysts who work in SQL (`fenjie parse -f sqlite`,
 * `fenjie batch` → `OUT/dataset.sqlite`).
 *
 * Written with sql.js (SQLite compiled to WebAssembly): it runs the same on every Node
 * version fenjie supports, with nothing to compile on the user's machine and no experimental
 * warning; the database is built in memory and its bytes are written atomically like every
 * other output. Why not `node:sqlite`, with measurements: docs/outputs.md ("SQLite").
 *
 * Tables (column names as in the other data outputs, see conventions.ts; `tableIndex` because
 * `table` is an SQL keyword): `notices`, `sources`, `tasks`, `entities`, `reviews`,
 * `diagnostics`, `meta`; views `task_rows`, `unit_load`, `person_load`, `review_queue`.
 * The same input gives the same bytes.
 */
import { createRequire } from "node:module";
import type { Database, SqlJsStatic, SqlValue } from "sql.js";
import type { Result, Task } from "../model/schema.js";
import { statusOfResult } from "../batch/status.js";
import { duplicateNotices, type NoticeKey } from "../stats/duplicates.js";
import { remarkOf } from "./csv.js";
import { LIST_SEPARATOR, reviewText, sectionText } from "./conventions.js";
import { ROLE_FIELD, ROLES, type Role } from "./long.js";

/** Bumped when a table or column changes (also stored as PRAGMA user_version). */
export const SQLITE_SCHEMA_VERSION = 1;

/** The kind of entity each role names. */
export const ROLE_KIND: Record<Role, "unit" | "person"> = { lead: "unit", unit: "unit", co: "unit", leader: "person", supervisor: "person" };

export const SQLITE_SCHEMA = `
PRAGMA user_version = ${SQLITE_SCHEMA_VERSION};
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE notices (
  sha256 TEXT PRIMARY KEY,          -- SHA-256 of the notice's bytes
  sourceFile TEXT NOT NULL,         -- the first input with these bytes
  format TEXT NOT NULL,
  encoding TEXT,
  pages INTEGER,
  docNumber TEXT,
  title TEXT,
  issuer TEXT,
  date TEXT,                        -- YYYY-MM-DD
  year INTEGER,                     -- the year the tasks are for
  tableCount INTEGER NOT NULL,
  taskCount INTEGER NOT NULL,
  duplicateOf TEXT REFERENCES notices(sha256)  -- same 文号 as this earlier notice: left out of the views
) WITHOUT ROWID;
CREATE TABLE sources (
  sourceFile TEXT PRIMARY KEY,
  status TEXT NOT NULL,             -- ok, warnings, skipped, no_table, unreadable, failed, not_run
  code TEXT,
  message TEXT,
  sha256 TEXT REFERENCES notices(sha256)  -- the notice it gave; NULL when none
) WITHOUT ROWID;
CREATE TABLE tasks (
  id TEXT PRIMARY KEY,              -- stable: <16 hex of sha256>-<tableIndex>-<seq>
  notice TEXT NOT NULL REFERENCES notices(sha256),
  tableIndex INTEGER NOT NULL,      -- 0-based (表 = tableIndex + 1)
  seq INTEGER NOT NULL,
  section TEXT NOT NULL,            -- levels joined with ' / '
  task TEXT NOT NULL,
  leadUnits TEXT NOT NULL,          -- lists joined with '；' (one row each in entities)
  units TEXT NOT NULL,
  coUnits TEXT NOT NULL,
  leaders TEXT NOT NULL,
  supervisors TEXT NOT NULL,
  inherited TEXT NOT NULL,
  line INTEGER,
  page INTEGER,
  remark TEXT NOT NULL,             -- 备注: filled down, diagnostics of the row
  review TEXT NOT NULL              -- 复核: review messages joined (one row each in reviews)
) WITHOUT ROWID;
CREATE TABLE entities (
  taskId TEXT NOT NULL REFERENCES tasks(id),
  role TEXT NOT NULL,               -- lead, unit, co, leader, supervisor
  kind TEXT NOT NULL,               -- unit, person
  name TEXT NOT NULL,
  position INTEGER NOT NULL,        -- 1-based within its cell
  paired TEXT,                      -- the person paired with this unit, or the unit with this person
  PRIMARY KEY (taskId, role, position)
) WITHOUT ROWID;
CREATE TABLE reviews (
  taskId TEXT NOT NULL REFERENCES tasks(id),
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  PRIMARY KEY (taskId, position)
) WITHOUT ROWID;
CREATE TABLE diagnostics (
  notice TEXT NOT NULL REFERENCES notices(sha256),
  position INTEGER NOT NULL,
  level TEXT NOT NULL,              -- error, warning, info
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  tableIndex INTEGER,
  seq INTEGER,
  line INTEGER,
  page INTEGER,
  taskId TEXT REFERENCES tasks(id), -- the row it is about, when there is one
  PRIMARY KEY (notice, position)
) WITHOUT ROWID;
CREATE INDEX entities_name ON entities(name, role);
CREATE INDEX entities_kind_role ON entities(kind, role, name);
CREATE INDEX tasks_notice ON tasks(notice, tableIndex, seq);
CREATE INDEX diagnostics_code ON diagnostics(code, level);
CREATE INDEX diagnostics_task ON diagnostics(taskId);
CREATE INDEX notices_year_issuer ON notices(year, issuer);
CREATE INDEX notices_doc_number ON notices(docNumber);
CREATE INDEX sources_status ON sources(status);

-- every task with its notice's metadata (duplicate notices left out)
CREATE VIEW task_rows AS
  SELECT t.*, n.sourceFile, n.docNumber, n.issuer, n.title, n.date, n.year
  FROM tasks t JOIN notices n ON n.sha256 = t.notice
  WHERE n.duplicateOf IS NULL;
-- tasks per unit and role, per year and issuer
CREATE VIEW unit_load AS
  SELECT n.year, n.issuer, e.name AS unit, e.role, COUNT(DISTINCT e.taskId) AS tasks
  FROM entities e JOIN tasks t ON t.id = e.taskId JOIN notices n ON n.sha256 = t.notice
  WHERE e.kind = 'unit' AND n.duplicateOf IS NULL
  GROUP BY n.year, n.issuer, e.name, e.role;
-- tasks per person and role, per year and issuer
CREATE VIEW person_load AS
  SELECT n.year, n.issuer, e.name AS person, e.role, COUNT(DISTINCT e.taskId) AS tasks
  FROM entities e JOIN tasks t ON t.id = e.taskId JOIN notices n ON n.sha256 = t.notice
  WHERE e.kind = 'person' AND n.duplicateOf IS NULL
  GROUP BY n.year, n.issuer, e.name, e.role;
-- rows to check against the source: review reasons, or an error-level diagnostic about the row
CREATE VIEW review_queue AS
  SELECT r.id, r.sourceFile, r.docNumber, r.tableIndex, r.seq, r.page, r.line, r.task,
         trim(r.review || CASE WHEN r.review <> '' AND e.messages IS NOT NULL THEN '；' ELSE '' END || coalesce(e.messages, '')) AS reasons
  FROM task_rows r
  LEFT JOIN (SELECT taskId, group_concat(message, '；') AS messages FROM diagnostics WHERE level = 'error' AND taskId IS NOT NULL GROUP BY taskId) e
    ON e.taskId = r.id
  WHERE r.review <> '' OR e.messages IS NOT NULL;
`;

/** An input of a batch and what became of it (the `sources` table). */
export interface SqliteSource {
  sourceFile: string;
  status: string;
  code: string | null;
  message: string | null;
  sha256: string | null;
}

/** The rows one notice adds, as positional values in the column order of each table. */
export interface NoticeRows {
  notice: SqlValue[];
  tasks: SqlValue[][];
  entities: SqlValue[][];
  reviews: SqlValue[][];
  diagnostics: SqlValue[][];
}

const join = (xs: readonly string[]): string => xs.join(LIST_SEPARATOR);
const orNull = <T>(x: T | undefined | null): T | null => (x === undefined ? null : x);

/**
 * The partner of an entity in the task's unit↔leader pairs (`assignments`, present when the
 * table pairs a unit column with 责任领导 / 责任人 one to one): a unit's person, a person's unit.
 */
function partner(task: Task, role: Role, name: string, position: number): string | null {
  const pairs = task.assignments;
  if (!pairs) return null;
  if (role === "leader") return pairs[position - 1]?.leader === name ? pairs[position - 1]!.unit : null;
  if (ROLE_KIND[role] === "person") return null;
  return pairs.find((p) => p.unit === name)?.leader ?? null;
}

/** The rows of one parsed notice. Pure: exported for tests and for other SQL writers. */
export function noticeRows(result: Result, duplicateOf: string | null = null): NoticeRows {
  const sha = result.source.sha256;
  const n = result.notice;
  const notice: SqlValue[] = [sha, result.source.file, result.source.format, result.source.encoding, orNull(result.source.pages), n.docNumber, n.title, n.issuer, n.date, n.year, result.tables.length, result.tasks.length, duplicateOf];
  const tasks: SqlValue[][] = [];
  const entities: SqlValue[][] = [];
  const reviews: SqlValue[][] = [];
  const idOf = new Map<string, string>();
  for (const t of result.tasks) {
    if (!idOf.has(`${t.table}-${t.seq}`)) idOf.set(`${t.table}-${t.seq}`, t.id);
    tasks.push([
      t.id, sha, t.table, t.seq, sectionText(t.section), t.task,
      join(t.leadUnits), join(t.units), join(t.coUnits), join(t.leaders), join(t.supervisors), join(t.inherited),
      orNull(t.source.line), orNull(t.source.page), remarkOf(t, result.diagnostics), reviewText(t.review),
    ]);
    for (const role of ROLES) {
      t[ROLE_FIELD[role]].forEach((name, i) => entities.push([t.id, role, ROLE_KIND[role], name, i + 1, partner(t, role, name, i + 1)]));
    }
    t.review.forEach((r, i) => reviews.push([t.id, i + 1, r.code, r.message]));
  }
  const diagnostics = result.diagnostics.map((d, i): SqlValue[] => [
    sha, i + 1, d.level, d.code, d.message, orNull(d.table), orNull(d.seq), orNull(d.line), orNull(d.page),
    d.table !== undefined && d.seq !== undefined ? (idOf.get(`${d.table}-${d.seq}`) ?? null) : null,
  ]);
  return { notice, tasks, entities, reviews, diagnostics };
}

const INSERT = {
  notice: "INSERT INTO notices VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
  task: "INSERT INTO tasks VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
  entity: "INSERT INTO entities VALUES (?,?,?,?,?,?)",
  review: "INSERT INTO reviews VALUES (?,?,?,?)",
  diagnostic: "INSERT INTO diagnostics VALUES (?,?,?,?,?,?,?,?,?,?)",
  source: "INSERT INTO sources VALUES (?,?,?,?,?)",
} as const;

let sqlJs: Promise<SqlJsStatic> | null = null;

/** sql.js, loaded once; its .wasm is read from the installed package (nothing is fetched). */
export function loadSqlJs(): Promise<SqlJsStatic> {
  const require = createRequire(import.meta.url);
  sqlJs ??= (async () => {
    const init = (await import("sql.js")).default;
    const wasm = require.resolve("sql.js/dist/sql-wasm.wasm");
    return init({ locateFile: () => wasm });
  })();
  return sqlJs;
}

/**
 * A dataset being built: add notices one at a time (each is inserted and can be dropped by
 * the caller), then `export` the file's bytes.
 */
export class SqliteDataset {
  private readonly seen = new Set<string>();
  private readonly keys: NoticeKey[] = [];

  private constructor(private readonly db: Database) {}

  static async create(meta: Record<string, string> = {}): Promise<SqliteDataset> {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    db.exec(SQLITE_SCHEMA);
    const stmt = db.prepare("INSERT INTO meta VALUES (?, ?)");
    for (const [k, v] of Object.entries({ schemaVersion: String(SQLITE_SCHEMA_VERSION), ...meta })) stmt.run([k, v]);
    stmt.free();
    return new SqliteDataset(db);
  }

  /**
   * Add a parsed notice. A notice whose bytes were already added (same SHA-256) is not added
   * again (returns false); one with the same 文号 as an earlier one is added with `duplicateOf`.
   */
  addNotice(result: Result): boolean {
    const sha = result.source.sha256;
    if (this.seen.has(sha)) return false;
    this.seen.add(sha);
    const key: NoticeKey = { sha256: sha, docNumber: result.notice.docNumber, sourceFile: result.source.file };
    this.keys.push(key);
    const dup = duplicateNotices(this.keys).get(sha);
    const rows = noticeRows(result, dup?.of ?? null);
    this.db.exec("BEGIN");
    try {
      this.insert(INSERT.notice, [rows.notice]);
      this.insert(INSERT.task, rows.tasks);
      this.insert(INSERT.entity, rows.entities);
      this.insert(INSERT.review, rows.reviews);
      this.insert(INSERT.diagnostic, rows.diagnostics);
      this.db.exec("COMMIT");
    } catch (err) {
      this.db.exec("ROLLBACK");
      throw err;
    }
    return true;
  }

  addSources(sources: readonly SqliteSource[]): void {
    this.db.exec("BEGIN");
    this.insert(INSERT.source, sources.map((s) => [s.sourceFile, s.status, s.code, s.message, s.sha256]));
    this.db.exec("COMMIT");
  }

  private insert(sql: string, rows: readonly SqlValue[][]): void {
    if (!rows.length) return;
    const stmt = this.db.prepare(sql);
    try {
      for (const r of rows) stmt.run(r);
    } finally {
      stmt.free();
    }
  }

  /** The database file's bytes; the dataset is closed afterwards. */
  export(): Uint8Array {
    try {
      return this.db.export();
    } finally {
      this.db.close();
    }
  }
}

/** One or more parsed notices as a SQLite file's bytes (`fenjie parse -f sqlite`). */
export async function toSqlite(results: readonly Result[], meta: Record<string, string> = {}): Promise<Uint8Array> {
  const ds = await SqliteDataset.create(meta);
  for (const r of results) ds.addNotice(r);
  ds.addSources(results.map((r) => ({ sourceFile: r.source.file, status: statusOfResult(r), code: null, message: null, sha256: r.source.sha256 })));
  return ds.export();
}
