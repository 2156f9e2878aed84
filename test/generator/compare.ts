/**
 * The property of issue 15 §4: what comes back is the records, or the differing rows are
 * flagged. Rows are compared with the scorer's forgiveness (../shared/tools/score.py):
 * whitespace, NFKC (full-/half-width), a person's trailing parenthetical, and a unit list
 * written `甲、乙` against `甲`, `乙`. A row is flagged when its task carries a `review` entry
 * or a warning/error diagnostic names its 序号.
 */
import type { Result } from "../../src/model/schema.js";
import type { GenRecord } from "./records.js";

const FIELDS = ["section", "task", "leadUnits", "units", "coUnits", "leaders", "supervisors"] as const;
type Field = (typeof FIELDS)[number];

const norm = (s: string) => s.normalize("NFKC").replace(/\s+/gu, "");
const normPerson = (s: string) => norm(s).replace(/\(.*?\)$/u, "");
function normList(xs: readonly string[], person: boolean): string[] {
  return xs.flatMap((x) => (person ? [normPerson(x)] : norm(x).split("、"))).filter(Boolean);
}

function fieldEqual(f: Field, want: GenRecord, got: Record<string, unknown>): boolean {
  if (f === "task") return norm(want.task) === norm(typeof got.task === "string" ? got.task : "");
  if (f === "section") return norm(want.section.join("")) === norm(((got.section as string[]) ?? []).join(""));
  const person = f === "leaders" || f === "supervisors";
  const a = normList(want[f], person);
  const b = normList((got[f] as string[]) ?? [], person);
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** What went wrong with one row that nobody flagged. */
export interface SilentRow {
  seq: number;
  problem: string;
}

/** 序号 the output flags: a task with `review`, or a warning/error diagnostic naming it. */
export function flaggedSeqs(result: Result): Set<number> {
  const s = new Set<number>();
  for (const d of result.diagnostics) if (d.seq != null && d.level !== "info") s.add(d.seq);
  for (const t of result.tasks) if (t.review.length) s.add(t.seq);
  return s;
}

/**
 * Rows that are wrong and unflagged: a record missing or differing in any field, or an output
 * row that is no record (an extra 序号), with nothing saying so.
 */
export function silentRows(want: readonly GenRecord[], result: Result): SilentRow[] {
  const flagged = flaggedSeqs(result);
  const got = new Map<number, Record<string, unknown>>();
  for (const t of result.tasks) if (!got.has(t.seq)) got.set(t.seq, t as unknown as Record<string, unknown>);
  const out: SilentRow[] = [];
  for (const r of want) {
    if (flagged.has(r.seq)) continue;
    const g = got.get(r.seq);
    if (!g) {
      out.push({ seq: r.seq, problem: "row missing" });
      continue;
    }
    const bad = FIELDS.filter((f) => !fieldEqual(f, r, g));
    if (bad.length) out.push({ seq: r.seq, problem: bad.map((f) => `${f}: want ${JSON.stringify(f === "task" ? r.task : r[f])} got ${JSON.stringify(g[f])}`).join("; ") });
  }
  const seqs = new Set(want.map((r) => r.seq));
  for (const t of result.tasks) if (!seqs.has(t.seq) && !flagged.has(t.seq)) out.push({ seq: t.seq, problem: `extra row: ${JSON.stringify(t.task)}` });
  return out;
}
