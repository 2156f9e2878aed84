/**
 * A measures column printed right after the task column (`工作任务 | 具体措施 | 牵头单位 …`), in text that keeps each
 * cell's lines together (`pdftotext -raw`, a viewer's copy): the row's task lines run straight on into its measures'
 * lines, nothing marking where the one cell ends. The task is the task cell alone (`leaveOutMeasures`), so the lines
 * are cut where the task cell ends.
 *
 * What tells the cut: the task cell ends a sentence, and each cell fills its lines to its own width before it wraps. Two
 * columns of different widths print lines of two lengths, the task's first. The widths are read off the document
 * (the commonest length of the lines before and after each row's first sentence end), and each row is cut where its
 * lines fit them best. Where the two widths are alike, or two cuts fit a row as well, the cut is the first sentence
 * end and the row says so (`TASK_MEASURES_CUT_GUESSED`).
 */
import type { CanonicalField } from "../../model/schema.js";
import { isMeasuresHeader } from "../../table/headers.js";
import { endsSentence } from "./fragments.js";
import { printedWidth } from "./taskwidth.js";
import { minOf } from "../../arrays.js";

/** full lines of each cell the document must print for its widths to tell the cells apart */
const MIN_FULL_LINES = 3;
/** a full line is within this many characters of its cell's width (digits and punctuation print narrower) */
const WIDTH_SLACK = 1;
/** the widths of two columns differ by more than this for the lengths to tell a line's cell */
const MIN_WIDTH_GAP = 1;

/** Does the header print a measures column right after its task column (`工作任务 | 具体措施`), left out of the record? */
export function measuresAfterTask(headers: readonly string[], columns: readonly CanonicalField[]): boolean {
  const at = columns.indexOf("task");
  return at >= 0 && columns[at + 1] === "other" && isMeasuresHeader(headers[at + 1] ?? "");
}

export interface MeasuresCut {
  /** how many of the row's lines are its task's (the rest are its measures) */
  taskLines: number;
  /** no width, or more than one cut, fits the row as well as this one */
  guessed: boolean;
}

/** The commonest rounded width of some lines, when they are at least MIN_FULL_LINES. */
function commonWidth(widths: readonly number[]): number | null {
  if (widths.length < MIN_FULL_LINES) return null;
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(Math.round(w), (counts.get(Math.round(w)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
}

/** Where each row's task lines end (its lines are its task cell's, then its measures cell's). */
export function cutMeasures(rows: ReadonlyArray<readonly string[]>): MeasuresCut[] {
  const ends = rows.map((lines) => lines.flatMap((l, k) => (endsSentence(l) ? [k + 1] : [])));
  const widths = rows.map((lines) => lines.map(printedWidth));
  // the widths: the lines before each row's first sentence end (not the last) fill the task cell, those after it the measures cell
  const taskFull: number[] = [];
  const measuresFull: number[] = [];
  rows.forEach((lines, r) => {
    const j = ends[r]![0];
    if (j === undefined) return;
    taskFull.push(...widths[r]!.slice(0, j - 1));
    measuresFull.push(...widths[r]!.slice(j, lines.length - 1));
  });
  const wt = commonWidth(taskFull);
  const wm = commonWidth(measuresFull);
  const tell = wt !== null && wm !== null && Math.abs(wt - wm) > MIN_WIDTH_GAP;
  return rows.map((lines, r) => {
    const cands = ends[r]!;
    if (!cands.length) return { taskLines: lines.length, guessed: true };
    if (!tell) return { taskLines: cands[0]!, guessed: cands.length > 1 };
    const w = widths[r]!;
    // a full line is no wider than its cell, and nearer its width than the other cell's (a number or a closing mark
    // that would not fit wraps whole, leaving the line short by a character or two)
    const short = Math.abs(wt - wm) / 2 + WIDTH_SLACK;
    // a cut's misfits: a line of a cell that is not its cell's last and not its width, or a last line wider than the cell
    const misfits = (j: number) => {
      let bad = 0;
      w.forEach((x, k) => {
        const [full, last] = k < j ? [wt!, k === j - 1] : [wm!, k === lines.length - 1];
        if (x > full + WIDTH_SLACK || (!last && full - x >= short)) bad++;
      });
      return bad;
    };
    const scored = cands.map((j) => ({ j, bad: misfits(j) }));
    const least = minOf(scored.map((c) => c.bad));
    const best = scored.filter((c) => c.bad === least);
    return { taskLines: best[0]!.j, guessed: least > 0 || best.length > 1 };
  });
}
