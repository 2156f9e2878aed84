/**
 * A 序号 column printed as one block (`pdftotext` default mode, reading order:
 * a Chromium-printed page comes out column by column): the page's numbers
 * stand one under the other (`14` `15` `16` `17` `18`), so the rows they open
 * are empty but the last, which holds every task of the page.
 *
 * When the last row holds exactly as many task starts (a task line after one
 * that ended its sentence) as the block has numbers, it is cut there and the
 * parts are given to the numbers in order. Where the counts disagree nothing is
 * cut. Every row numbered this way says so.
 */
import type { Diagnostic } from "../../model/schema.js";
import { isHeadingStart } from "./fragments.js";
import { headingTailPiece, isTaskLine, splitTaskLine } from "./tasklines.js";
import { taskStarts } from "./blocks.js";
import type { FlatLine, RowBlock, Segmentation } from "./segment.js";
import { FLAT_DEFAULTS, type FlatSettings } from "./settings.js";

/** a block of at most this many numbers is zipped with the tasks after it */
const MAX_BLOCK_NUMBERS = 30;

export interface ZippedRows {
  segmentation: Segmentation;
  /** the rows given their part of the block's tasks, with the line their part starts on */
  zipped: Array<{ seq: number; line: number; block: string }>;
}

/** A row that printed nothing after its number: one of a block of numbers. */
function isBare(row: RowBlock, s: FlatSettings): boolean {
  return !row.lines.some((l) => isTaskLine(l.text, s) || isHeadingStart(l.text, s));
}

/**
 * Cut the row after a block of bare numbers into one part per number, where
 * the count of its task starts decides.
 */
export function zipNumberBlocks(seg: Segmentation, s: FlatSettings = FLAT_DEFAULTS): ZippedRows {
  const rows: RowBlock[] = [];
  const zipped: ZippedRows["zipped"] = [];
  let i = 0;
  while (i < seg.rows.length) {
    let j = i;
    // consecutive numbers, each row bare, the last one holding the tasks
    while (j < seg.rows.length && isBare(seg.rows[j]!, s) && seg.rows[j + 1]?.seq === seg.rows[j]!.seq + 1) j++;
    const k = j - i + 1;
    const holder = seg.rows[j];
    if (k < 2 || k > MAX_BLOCK_NUMBERS || !holder || isBare(holder, s)) {
      rows.push(seg.rows[i]!);
      i++;
      continue;
    }
    const parts = cutTasks(holder.lines, k, s);
    if (!parts) {
      rows.push(...seg.rows.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    const block = `${seg.rows[i]!.seq}–${holder.seq}`;
    parts.forEach((part, n) => {
      const row = seg.rows[i + n]!;
      // names printed under the bare number (the row's own cells) stay before its task
      const own = n < k - 1 ? row.lines : [];
      const lines = [...own, ...part].map((l, m) => (m === 0 ? { ...l, blankBefore: false } : l));
      rows.push({ ...row, lines, ...(n === k - 1 && holder.blankAfter ? { blankAfter: true } : { blankAfter: false }) });
      zipped.push({ seq: row.seq, line: part[0]?.line ?? row.line, block });
    });
    i = j + 1;
  }
  return { segmentation: { ...seg, rows }, zipped };
}

/** The lines cut into `n` parts at their task starts (strict, else loose), or null when the count differs. */
export function cutTasks(lines: readonly FlatLine[], n: number, s: FlatSettings = FLAT_DEFAULTS): FlatLine[][] | null {
  let starts = taskStarts(lines, s);
  if (starts.length !== n - 1) starts = taskStarts(lines, s, true);
  if (starts.length !== n - 1) return null;
  const cuts = [0, ...starts, lines.length];
  return cuts.slice(0, -1).map((c, m) => taskFirst(lines.slice(c, cuts[m + 1]), s));
}

/**
 * A part's lines in the order a flattened row is read: heading pieces, the
 * task's lines (names glued after them set apart), then the names in the order
 * printed (a name printed beside the task's first line came out before it).
 */
export function taskFirst(lines: readonly FlatLine[], s: FlatSettings = FLAT_DEFAULTS): FlatLine[] {
  const headings: FlatLine[] = [];
  const task: FlatLine[] = [];
  const names: FlatLine[] = [];
  let pieceOpen = false;
  for (const l of lines) {
    if (!isTaskLine(l.text, s)) {
      // the rest of a heading piece printed before a task line, after the names beside that line (see interleave.ts)
      if (pieceOpen && headingTailPiece(l.text, s)) {
        headings.push(l);
        pieceOpen = false;
        continue;
      }
      (isHeadingStart(l.text, s) && !task.length ? headings : names).push(l);
      continue;
    }
    const p = splitTaskLine(l.text, s);
    pieceOpen = p.heading !== null;
    if (p.heading) headings.push({ ...l, text: p.heading });
    task.push({ ...l, text: p.task });
    if (p.names.length) names.push({ ...l, text: p.names.join(" "), blankBefore: false });
  }
  return [...headings, ...task, ...names].map((l, k) => (k === 0 ? l : { ...l, blankBefore: k === headings.length + task.length ? true : l.blankBefore }));
}

/** One warning per row zipped with its number: the clerk checks the pairing and the names. */
export function zippedRowDiagnostics(zipped: ZippedRows["zipped"], table: number): Diagnostic[] {
  return zipped.map((z) => ({
    level: "warning" as const,
    code: "FLAT_SEQ_BLOCK",
    message: `第 ${z.seq} 项：本页序号 ${z.block} 被整块印在任务之前（按阅读顺序导出，各栏成块），已按任务的先后逐一对应（第 ${z.line} 行起）；单位和人员按印出先后归入各项。请核对序号与任务、名单是否对应。`,
    table,
    seq: z.seq,
    line: z.line,
  }));
}
