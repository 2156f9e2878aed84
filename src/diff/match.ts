/**
 * Match the tasks of two notices (e.g. one county, consecutive years) and
 * sort them into carried over / changed units / new / dropped.
 *
 * Rule: every (old, new) pair whose task texts have a similarity
 * (src/diff/similarity.ts) of at least `threshold` is a candidate; candidates
 * are taken greedily from the most similar down (ties: earlier old task, then
 * earlier new task), each task matched at most once. A matched pair is
 * "carried over" when the set of units (lead ∪ responsible ∪ co) is the same,
 * "changed units" otherwise; unmatched old tasks are "dropped", unmatched new
 * tasks are "new". Changes of leaders and supervisors are listed for each
 * pair but do not change its category.
 */
import { RESPONSIBILITY_FIELDS, type Result, type Task } from "../model/schema.js";
import { dice, profile } from "./similarity.js";

/** Default minimum similarity for two tasks to be the same task (see docs/batch.md for how it was chosen). */
export const DEFAULT_THRESHOLD = 0.4;

export const DIFF_FIELDS = RESPONSIBILITY_FIELDS;
type DiffField = (typeof DIFF_FIELDS)[number];

export interface TaskRef {
  table: number;
  seq: number;
  task: string;
  section: string[];
}

export interface FieldChange {
  added: string[];
  removed: string[];
}

export interface MatchedPair {
  old: TaskRef;
  new: TaskRef;
  similarity: number;
  /** units of the pair (lead ∪ responsible ∪ co) added and removed */
  units: FieldChange;
  /** per field, only fields that changed */
  changes: Partial<Record<DiffField, FieldChange>>;
}

export interface NoticeRef {
  file: string;
  docNumber: string | null;
  issuer: string | null;
  year: number | null;
  tasks: number;
}

export interface NoticeDiff {
  oldNotice: NoticeRef;
  newNotice: NoticeRef;
  threshold: number;
  counts: { carriedOver: number; changedUnits: number; new: number; dropped: number };
  carriedOver: MatchedPair[];
  changedUnits: MatchedPair[];
  new: TaskRef[];
  dropped: TaskRef[];
}

const ref = (t: Task): TaskRef => ({ table: t.table, seq: t.seq, task: t.task, section: t.section });

function change(a: readonly string[], b: readonly string[]): FieldChange {
  const A = new Set(a);
  const B = new Set(b);
  return { added: [...B].filter((x) => !A.has(x)), removed: [...A].filter((x) => !B.has(x)) };
}

const unitsOf = (t: Task): string[] => [...t.leadUnits, ...t.units, ...t.coUnits];

/** Pairs (i, j, similarity) chosen greedily, most similar first. Exported for tests. */
export function matchTexts(oldTexts: readonly string[], newTexts: readonly string[], threshold: number): [number, number, number][] {
  const po = oldTexts.map(profile);
  const pn = newTexts.map(profile);
  const candidates: [number, number, number][] = [];
  for (let i = 0; i < po.length; i++) {
    for (let j = 0; j < pn.length; j++) {
      const s = dice(po[i]!, pn[j]!);
      if (s >= threshold) candidates.push([i, j, s]);
    }
  }
  candidates.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const chosen: [number, number, number][] = [];
  for (const c of candidates) {
    if (usedOld.has(c[0]) || usedNew.has(c[1])) continue;
    usedOld.add(c[0]);
    usedNew.add(c[1]);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a[1] - b[1]);
}

const noticeRef = (r: Result): NoticeRef => ({
  file: r.source.file,
  docNumber: r.notice.docNumber,
  issuer: r.notice.issuer,
  year: r.notice.year,
  tasks: r.tasks.length,
});

export function diffNotices(oldResult: Result, newResult: Result, threshold = DEFAULT_THRESHOLD): NoticeDiff {
  const O = oldResult.tasks;
  const N = newResult.tasks;
  const pairs = matchTexts(O.map((t) => t.task), N.map((t) => t.task), threshold);
  const carriedOver: MatchedPair[] = [];
  const changedUnits: MatchedPair[] = [];
  for (const [i, j, s] of pairs) {
    const a = O[i]!;
    const b = N[j]!;
    const changes: MatchedPair["changes"] = {};
    for (const f of DIFF_FIELDS) {
      const c = change(a[f], b[f]);
      if (c.added.length || c.removed.length) changes[f] = c;
    }
    const units = change(unitsOf(a), unitsOf(b));
    const pair: MatchedPair = { old: ref(a), new: ref(b), similarity: Math.round(s * 1000) / 1000, units, changes };
    (units.added.length || units.removed.length ? changedUnits : carriedOver).push(pair);
  }
  const matchedOld = new Set(pairs.map((p) => p[0]));
  const matchedNew = new Set(pairs.map((p) => p[1]));
  const added = N.filter((_, j) => !matchedNew.has(j)).map(ref);
  const dropped = O.filter((_, i) => !matchedOld.has(i)).map(ref);
  return {
    oldNotice: noticeRef(oldResult),
    newNotice: noticeRef(newResult),
    threshold,
    counts: { carriedOver: carriedOver.length, changedUnits: changedUnits.length, new: added.length, dropped: dropped.length },
    carriedOver,
    changedUnits,
    new: added,
    dropped,
  };
}
