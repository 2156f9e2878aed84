/**
 * Doubts a layout laid on a row that the document's own text settles. A flag is
 * taken off a row only on evidence that the row is right, never by a threshold:
 * each rule names the doubt it settles and the evidence it needs, and a row
 * without that evidence keeps its flag.
 */
import type { Diagnostic, Task } from "../model/schema.js";
import { findFrom } from "../arrays.js";

/**
 * The layout filled a row's empty people cell from a merged cell printed once in
 * the middle of the rows it spans (MERGED_CELL_SHARED): which rows the span covers
 * is read from positions.
 */
const SHARED_PEOPLE = "MERGED_CELL_SHARED";
/** A doubt on a row that touches its people or which lines are its own: such a row vouches for no pairing. */
const PEOPLE_DOUBT = /PERSON|LEADER|MERGED|EXTENT|SHAPE|UNRELIABLE|INHERIT|SCRAMBLED|READING|INTERLEAVED|ORDER|SPLIT|FILLED/;

/** The unit a row is first given to (its first lead unit, else its first responsible unit). */
const firstUnit = (t: Task): string | undefined => t.leadUnits[0] ?? t.units[0];

/**
 * A row whose 分管领导 was filled from a merged cell (MERGED_CELL_SHARED) is vouched
 * for when the table itself pairs its first unit with that leader elsewhere: at
 * least one other row of the table, with the same first unit, prints the same
 * supervisors in its own cell (not filled from a merged cell, not filled down) and
 * carries no doubt about its people or its extent; and no row of the table with
 * that first unit prints other supervisors in its own cell. A 分管领导 answers for
 * the units of his portfolio: the document naming the pair outright decides the
 * span. Returns the tasks with that review entry taken off the rows vouched for.
 */
export function vouchSharedPeople(tasks: readonly Task[], diagnostics: readonly Diagnostic[]): Task[] {
  const doubted = new Set(
    diagnostics.filter((d) => d.seq !== undefined && d.level !== "info" && PEOPLE_DOUBT.test(d.code)).map((d) => `${d.table ?? "*"}:${d.seq}`),
  );
  const ownCell = (o: Task) => o.supervisors.length > 0 && !o.inherited.includes("supervisors") && !o.review.some((r) => r.code.startsWith("MERGED_CELL"));
  const undoubted = (o: Task) =>
    !o.review.some((r) => PEOPLE_DOUBT.test(r.code)) && !doubted.has(`${o.table}:${o.seq}`) && !doubted.has(`*:${o.seq}`);
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  return tasks.map((t) => {
    if (!t.review.some((r) => r.code === SHARED_PEOPLE) || !t.supervisors.length) return t;
    const unit = firstUnit(t);
    if (unit === undefined) return t;
    const printed = tasks.filter((o) => o !== t && o.table === t.table && firstUnit(o) === unit && ownCell(o));
    if (printed.some((o) => !same(o.supervisors, t.supervisors))) return t;
    if (!printed.some((o) => undoubted(o))) return t;
    return { ...t, review: t.review.filter((r) => r.code !== SHARED_PEOPLE) };
  });
}

/**
 * The layout found a row's task not ending its sentence and feared the rest went to a neighbour
 * (TASK_TEXT_CUT). A target's task ends with its figure, no full stop: `规模以上工业增加值增长 8%`,
 * `建成滨江步道 12 公里`, `失业率控制在 5.5%以内`.
 */
const TASK_CUT = "TASK_TEXT_CUT";
/** A figure and its measure (a % or one to three characters: 个, 家, 亿元, 万亩, 人次), a limit word after it or not. */
const ENDS_WITH_FIGURE = /\d\s*(?:[%％‰]|\p{Script=Han}{1,3})(?:以上|以下|以内|左右)?$/u;
/** Doubts about which lines are the row's own: with any of them the row's task end is no evidence. */
const EXTENT_DOUBT = /EXTENT|SHAPE|UNRELIABLE|MERGED_SPAN|CELL_BOUNDARY|STARTS_MIDWAY|ENDS_WITH_NAME|HOLDS_NAME|UNTERMINATED|INTERLEAVED|ORDER|SCRAMBLED|ACROSS|PAGE/;

/**
 * A row flagged TASK_TEXT_CUT is vouched for when all of these hold: its table is an indicator table
 * (`unterminated`: its tasks, nearly all, end without a full stop — so no full stop is that table's
 * habit), its task ends with a figure and its measure (a target's end), nothing doubts which lines are
 * its own (no doubt of extent, shape, cell boundary, or names in the task, on it), and the next row of
 * its table does not open mid-sentence (the cut-off rest would open it).
 */
export function vouchTaskEnds(tasks: readonly Task[], diagnostics: readonly Diagnostic[], unterminated: (table: number) => boolean): Task[] {
  const doubts = new Map<string, string[]>();
  for (const d of diagnostics) {
    if (d.seq === undefined || d.level === "info") continue;
    const k = `${d.table ?? "*"}:${d.seq}`;
    (doubts.get(k) ?? doubts.set(k, []).get(k)!).push(d.code);
  }
  const codes = (t: Task) => [...t.review.map((r) => r.code), ...(doubts.get(`${t.table}:${t.seq}`) ?? []), ...(doubts.get(`*:${t.seq}`) ?? [])];
  return tasks.map((t, i) => {
    if (!t.review.some((r) => r.code === TASK_CUT)) return t;
    if (!unterminated(t.table) || !ENDS_WITH_FIGURE.test(t.task.trim())) return t;
    if (codes(t).some((c) => EXTENT_DOUBT.test(c))) return t;
    const next = findFrom(tasks, i + 1, (o) => o.table === t.table);
    if (next && codes(next).some((c) => c === "TASK_STARTS_MIDWAY")) return t;
    return { ...t, review: t.review.filter((r) => r.code !== TASK_CUT) };
  });
}
