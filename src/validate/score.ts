/**
 * Score records against a checked truth, field by field, with the same
 * forgiveness as the project's evaluation (`score.py`): whitespace,
 * full-/half-width forms (NFKC), a person's trailing parenthetical, and a
 * unit list written `甲、乙` against `甲`, `乙`. A wrong row is *silent* when
 * no warning/error diagnostic names its 序号 and its task has no `review`
 * entry; a *flagged* right row is one the parser doubted needlessly.
 */
import { FIELD_NAMES, type Diagnostic, type Task } from "../model/schema.js";

/** The fields compared (the 序号 keys the rows). */
export const SCORED_FIELDS = ["section", ...FIELD_NAMES] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

/** One row of a truth: any of the scored fields it states (missing list fields are empty). */
export interface TruthRow {
  seq: number;
  section?: string[];
  task?: string;
  leadUnits?: string[];
  units?: string[];
  coUnits?: string[];
  leaders?: string[];
  supervisors?: string[];
}

export interface Score {
  /** rows in the truth */
  rows: number;
  /** truth rows found (same 序号) */
  found: number;
  /** output rows beyond the truth's count */
  extra: number;
  fields: number;
  okFields: number;
  /** truth rows missing or with a wrong field */
  wrongRows: number;
  /** wrong rows without a flag */
  silentRows: number;
  /** right rows that carry a flag */
  flaggedOk: number;
  /** what differs: 序号, field, want, got */
  misses: Array<{ seq: number; field: ScoredField | "row"; want: unknown; got: unknown }>;
}

const norm = (s: string | undefined | null): string => (s ?? "").normalize("NFKC").replace(/\s+/g, "");
const normPerson = (s: string): string => norm(s).replace(/\(.*?\)$/, "");

function normList(xs: readonly string[] | undefined, person: boolean): string[] {
  const out: string[] = [];
  for (const x of xs ?? []) {
    const v = person ? normPerson(x) : norm(x);
    for (const p of person ? [v] : v.split("、")) if (p) out.push(p);
  }
  return out;
}

/** Are the truth's and the output's values of a field the same, forgiving what the evaluation forgives? */
export function fieldEquals(field: ScoredField, truth: unknown, got: unknown): boolean {
  if (field === "task") return norm(truth as string) === norm(typeof got === "string" ? got : "");
  if (field === "section") return norm(((truth as string[]) ?? []).join("")) === norm(((got as string[]) ?? []).join(""));
  const person = field === "leaders" || field === "supervisors";
  const a = normList(truth as string[], person);
  const b = normList(got as string[], person);
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The 序号 the output doubts: a warning/error diagnostic naming it, or a task with review reasons. */
export function flaggedSeqs(tasks: readonly Task[], diagnostics: readonly Diagnostic[]): Set<number> {
  const s = new Set<number>();
  for (const d of diagnostics) if (d.seq !== undefined && d.level !== "info") s.add(d.seq);
  for (const t of tasks) if (t.review.length) s.add(t.seq);
  return s;
}

/**
 * Score one table's truth rows against the output's tasks of the matching
 * table (`tasks` already narrowed to it), with the flags of the whole output.
 */
export function scoreRows(truth: readonly TruthRow[], tasks: readonly Task[], flagged: ReadonlySet<number>): Score {
  const bySeq = new Map<number, Task>();
  for (const t of tasks) if (!bySeq.has(t.seq)) bySeq.set(t.seq, t);
  const s: Score = { rows: truth.length, found: 0, extra: Math.max(0, tasks.length - truth.length), fields: truth.length * SCORED_FIELDS.length, okFields: 0, wrongRows: 0, silentRows: 0, flaggedOk: 0, misses: [] };
  for (const r of truth) {
    const g = bySeq.get(r.seq);
    if (!g) {
      s.wrongRows++;
      if (!flagged.has(r.seq)) s.silentRows++;
      s.misses.push({ seq: r.seq, field: "row", want: "present", got: "missing" });
      continue;
    }
    s.found++;
    const bad = SCORED_FIELDS.filter((f) => !fieldEquals(f, r[f] ?? (f === "task" ? "" : []), g[f]));
    s.okFields += SCORED_FIELDS.length - bad.length;
    if (!bad.length) {
      if (flagged.has(r.seq)) s.flaggedOk++;
      continue;
    }
    s.wrongRows++;
    if (!flagged.has(r.seq)) s.silentRows++;
    for (const f of bad) s.misses.push({ seq: r.seq, field: f, want: r[f], got: g[f] });
  }
  return s;
}

/** Several scores as one (a document with several tables, a corpus). */
export function addScores(scores: readonly Score[]): Score {
  const out: Score = { rows: 0, found: 0, extra: 0, fields: 0, okFields: 0, wrongRows: 0, silentRows: 0, flaggedOk: 0, misses: [] };
  for (const s of scores) {
    out.rows += s.rows;
    out.found += s.found;
    out.extra += s.extra;
    out.fields += s.fields;
    out.okFields += s.okFields;
    out.wrongRows += s.wrongRows;
    out.silentRows += s.silentRows;
    out.flaggedOk += s.flaggedOk;
    out.misses.push(...s.misses);
  }
  return out;
}

/**
 * Score a whole output against truth tables (one list of rows per table): the
 * i-th output table for the i-th truth table when their counts agree, else the
 * output table whose 序号 overlap the truth's most (as the evaluation does).
 */
export function scoreResult(result: { tasks: readonly Task[]; diagnostics: readonly Diagnostic[] }, truthTables: ReadonlyArray<readonly TruthRow[]>): Score {
  const flagged = flaggedSeqs(result.tasks, result.diagnostics);
  const byTable = new Map<number, Task[]>();
  for (const t of result.tasks) (byTable.get(t.table) ?? byTable.set(t.table, []).get(t.table)!).push(t);
  const outTables = [...byTable.keys()].sort((a, b) => a - b).map((k) => byTable.get(k)!);
  const scores = truthTables.map((rows, i) => {
    let got: Task[] = [];
    if (outTables.length === truthTables.length && truthTables.length > 1) got = outTables[i]!;
    else {
      const want = new Set(rows.map((r) => r.seq));
      let best = -1;
      for (const t of outTables) {
        const overlap = new Set(t.map((x) => x.seq).filter((q) => want.has(q))).size;
        if (overlap > best) {
          best = overlap;
          got = t;
        }
      }
    }
    return { ...scoreRows(rows, got, flagged), extra: 0 };
  });
  const total = addScores(scores);
  total.extra = Math.max(0, result.tasks.length - total.rows);
  return total;
}
