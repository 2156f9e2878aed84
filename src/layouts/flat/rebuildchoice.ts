/**
 * Which reading of a table printed out of order to keep: the row-by-row reading (`readTable`)
 * or the rebuild from numbers and sentence ends (`readScrambled`).
 *
 * A row reading that found its rows' numbers but no task text for many of them (the 序号 printed
 * as one block, the tasks after it, every task's words then heaped on the last row) lost what the
 * rebuild still holds. The rebuild is kept when it covers the rows the row reading found (nearly
 * all of their numbers) and gives task text to clearly more of them. Every rebuilt row carries its
 * own flag (`SCRAMBLED_TABLE_ROW`), so the choice never makes a row silent.
 */
import type { LayoutResult, RawRecord } from "../../model/intermediate.js";

/** at least this many more rows with task text before the rebuild is preferred */
const MIN_MORE_TASKS = 2;
/** the share of the row reading's numbers the rebuild must cover */
const MIN_COVER = 0.9;

const hasTask = (r: RawRecord) => r.task.join("").trim().length > 0;

/** Does the rebuild give task text to clearly more of the rows the row reading found? */
export function rebuildReadsMoreTasks(rebuilt: LayoutResult, rowReading: LayoutResult): boolean {
  if (!rebuilt.records.length || !rowReading.records.length) return false;
  const seqs = new Set(rebuilt.records.map((r) => r.seq));
  const covered = rowReading.records.filter((r) => seqs.has(r.seq)).length;
  if (covered < MIN_COVER * rowReading.records.length) return false;
  const before = rowReading.records.filter(hasTask).length;
  const after = rebuilt.records.filter(hasTask).length;
  return after >= before + MIN_MORE_TASKS;
}

/**
 * Can the rebuild not be chosen over the row reading, whatever it reads? It is chosen when it has more than twice
 * the rows, or task text for `MIN_MORE_TASKS` more rows (`rebuildReadsMoreTasks`); with at most `bound` rows
 * (`scrambledRowBound`) and the row reading giving every row its task, neither can happen, and the rebuild need not
 * be run (a third of the time on a long notice copied out of a PDF).
 */
export function rebuildCannotWin(rowReading: LayoutResult, bound: number): boolean {
  const n = rowReading.records.length;
  return n > 0 && bound <= 2 * n && bound < n + MIN_MORE_TASKS && rowReading.records.every(hasTask);
}
