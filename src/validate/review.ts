/**
 * Every record says whether it can be trusted: its `review` lists the
 * reasons to check it against the source — the doubts its layout recorded
 * while reading it, and every warning or error that names its row. A record
 * with an empty `review` rests on no guess fenjie knows of.
 */
import type { Diagnostic, ReviewReason, Task } from "../model/schema.js";

/** Diagnostic levels that put a row under review (info notes say what was done, not that it is in doubt). */
const DOUBT_LEVELS: ReadonlySet<Diagnostic["level"]> = new Set(["warning", "error"]);

/** The tasks with the row-level warnings and errors added to their review reasons (each reason once). */
export function attachReview(tasks: readonly Task[], diagnostics: readonly Diagnostic[]): Task[] {
  const bySeq = new Map<string, ReviewReason[]>();
  const key = (table: number | undefined, seq: number) => `${table ?? "*"}:${seq}`;
  for (const d of diagnostics) {
    if (d.seq === undefined || !DOUBT_LEVELS.has(d.level)) continue;
    const k = key(d.table, d.seq);
    (bySeq.get(k) ?? bySeq.set(k, []).get(k)!).push({ code: d.code, message: d.message });
  }
  if (!bySeq.size) return [...tasks];
  return tasks.map((t) => {
    const extra = [...(bySeq.get(key(t.table, t.seq)) ?? []), ...(bySeq.get(key(undefined, t.seq)) ?? [])];
    if (!extra.length) return t;
    const review = [...t.review];
    for (const r of extra) if (!review.some((x) => x.code === r.code && x.message === r.message)) review.push(r);
    return { ...t, review };
  });
}
