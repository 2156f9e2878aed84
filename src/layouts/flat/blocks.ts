/**
 * Rows whose 序号 the dump did not print where the row is: `pdftotext` in its
 * default (reading-order) mode often prints the 序号 column apart from the
 * rows (a block of numbers before the header, or nothing at all), so the
 * lines of several tasks fall into the block of the last number printed.
 *
 * A task in such a dump still shows where it starts: a line of prose that
 * opens a new paragraph (or follows the names of the row before) after a line
 * that ended a sentence. When the numbering leaves a gap and the block holds
 * exactly as many such starts as numbers are missing, the block is cut there
 * and the numbers are given in order. Where the counts disagree nothing is
 * cut (the rows stay flagged as before). Every row numbered this way says so.
 */
import type { Diagnostic } from "../../model/schema.js";
import { isHeadingStart, isProse } from "./fragments.js";
import { isTaskLine, inNamesRun, leadingTimeCell, wrappedNamesLine, taskEnds, TASK_WITHOUT_PUNCTUATION_CHARS } from "./tasklines.js";
import { headingBeforeCentredNumber, type FlatLine, type RowBlock, type Segmentation } from "./segment.js";
import { FLAT_DEFAULTS, type FlatSettings } from "./settings.js";
import { opensWithRoleLabel } from "../list/labels.js";


/** a gap in the numbering longer than this is not filled by counting task starts */
const MAX_COUNTED_ROWS = 12;

export interface CountedRows {
  segmentation: Segmentation;
  /** the 序号 given by counting, each with the line its task starts on */
  counted: Array<{ seq: number; line: number }>;
}

/**
 * Indexes of the lines that open a new task after the first one: prose (not
 * a heading row) after a prose line that ended a sentence, with a paragraph
 * break or a name line between them. The cut goes before the heading lines
 * (`一、狠抓科技创`) printed just above the start. `loose`: a prose line right
 * after a sentence end starts a task too (an interleaved dump prints the next
 * row's first line right after the last line of the row before).
 */
export function taskStarts(lines: readonly FlatLine[], s: FlatSettings = FLAT_DEFAULTS, loose = false): number[] {
  const out: number[] = [];
  let lastProse = -1;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    if (!isTaskLine(l.text, s)) continue;
    if (lastProse >= 0 && taskEnds(lines[lastProse]!.text, s) && (loose || l.blankBefore || k > lastProse + 1)) {
      let cut = k;
      for (let j = k - 1; j > lastProse; j--) if (isHeadingStart(lines[j]!.text, s)) cut = j;
      out.push(cut);
    }
    lastProse = k;
  }
  return out;
}

/**
 * Cut the row blocks (and the lines before the first row) at their task
 * starts where the numbering leaves exactly that many numbers out.
 */
export function countUnnumberedRows(seg: Segmentation, s: FlatSettings = FLAT_DEFAULTS): CountedRows {
  const counted: CountedRows["counted"] = [];
  const rows: RowBlock[] = [];
  let leading = seg.leading;

  // the rows before the first number printed: the first prose line starts row 1
  const first = seg.rows[0];
  if (first && first.seq > 1 && first.seq - 1 <= MAX_COUNTED_ROWS) {
    const open = seg.leading.findIndex((l) => isTaskLine(l.text, s));
    if (open >= 0) {
      let from = open;
      for (let j = open - 1; j >= 0 && isHeadingStart(seg.leading[j]!.text, s); j--) from = j;
      const body = seg.leading.slice(from);
      const starts = startsCounting(body, first.seq - 2, s);
      if (starts) {
        const cuts = [0, ...starts, body.length];
        for (let n = 0; n + 1 < cuts.length; n++) {
          const part = body.slice(cuts[n], cuts[n + 1]);
          rows.push(countedBlock(n + 1, part));
          counted.push({ seq: n + 1, line: part[0]!.line });
        }
        leading = seg.leading.slice(0, from);
      }
    }
  }

  seg.rows.forEach((row, r) => {
    const next = seg.rows[r + 1];
    const missing = next ? next.seq - row.seq - 1 : 0;
    // a missing number printed in the block (glued to a heading piece: `治理试点111 深入…`) is a row the segmentation missed, not one lost
    const printed = missing > 0 && row.lines.some((l) => Array.from({ length: missing }, (_, k) => row.seq + 1 + k).some((n) => printsNumber(l.text, n)));
    const starts = missing > 0 && missing <= MAX_COUNTED_ROWS && !printed ? startsCounting(row.lines, missing, s) : null;
    if (!starts) {
      rows.push(row);
      return;
    }
    const cuts = [0, ...starts, row.lines.length];
    rows.push({ ...row, lines: row.lines.slice(0, cuts[1]), blankAfter: false });
    for (let n = 1; n + 1 < cuts.length; n++) {
      const part = row.lines.slice(cuts[n], cuts[n + 1]);
      const seq = row.seq + n;
      rows.push({ ...countedBlock(seq, part), ...(n + 1 === cuts.length - 1 && row.blankAfter ? { blankAfter: true } : {}) });
      counted.push({ seq, line: part[0]!.line });
    }
  });
  return { segmentation: { ...seg, rows, leading }, counted };
}

/** Does the line print the number as a word of its own (`112 完成…`, `治理试点111 深入…`), not inside a figure (`1120`, `11.2`)? */
export function printsNumber(text: string, n: number): boolean {
  return new RegExp(`(^|[^0-9.])${n}([ \t\u3000]|$)`).test(text);
}

/** The task starts of the lines when there are exactly `n` of them (read strictly, else loosely), or null. */
function startsCounting(lines: readonly FlatLine[], n: number, s: FlatSettings): number[] | null {
  const strict = taskStarts(lines, s);
  if (strict.length === n) return strict;
  const loose = taskStarts(lines, s, true);
  return loose.length === n ? loose : null;
}

function countedBlock(seq: number, lines: readonly FlatLine[]): RowBlock {
  const head = lines[0]!;
  return { seq, line: head.line, ...(head.page ? { page: head.page } : {}), lines: lines.map((l, k) => (k === 0 ? { ...l, blankBefore: false } : l)) };
}

/** One warning per row numbered by counting: the clerk checks that the task and its number go together. */
export function countedRowDiagnostics(counted: CountedRows["counted"], table: number): Diagnostic[] {
  return counted.map((c) => ({
    level: "warning" as const,
    code: "FLAT_SEQ_COUNTED",
    message: `第 ${c.seq} 项的序号没有印在任务旁（按阅读顺序导出，序号栏被单独印出或丢失），是按任务在文中的先后数出来的（第 ${c.line} 行起）。请核对序号与任务是否对应。`,
    table,
    seq: c.seq,
    line: c.line,
  }));
}

/**
 * A 序号 printed halfway down its row (vertically centred cell, reading
 * order): the row's first lines come before its number, at the end of the
 * block of the row above, whose task then stops mid-sentence. The lines from
 * that block's last task start on are moved to the row below. The lines before
 * the first row count as the block above the first row. Returns the rows whose
 * start was moved.
 */
export function moveCentredStarts(seg: Segmentation, s: FlatSettings = FLAT_DEFAULTS): { segmentation: Segmentation; moved: Array<{ seq: number; line: number }> } {
  const blocks = [seg.leading, ...seg.rows.map((r) => [...r.lines])];
  const moved: Array<{ seq: number; line: number }> = [];
  const furniture = repeatedLines(blocks.flat());
  for (let b = 0; b + 1 < blocks.length; b++) {
    const above = blocks[b]!;
    const below = blocks[b + 1]!;
    // a restarted 1 printed below its section's heading and its task's first lines (`restartsUnderHeading`):
    // the heading and those lines open the restarted row
    // (before the first row, the heading under the header stays where the section reader takes it)
    const under = (seg.rows[b]!.printed === 1 && b > 0) || b === 0 ? headingBeforeCentredNumber(above, below[0]?.text ?? "", s) : -1;
    if (b === 0 && under >= 0 && under < above.length - 1) {
      const tail = above.splice(under + 1);
      below.unshift(...tail.map((l, k) => (k === 0 ? { ...l, blankBefore: false } : l)));
      moved.push({ seq: seg.rows[0]!.seq, line: tail[0]!.line });
      continue;
    }
    if (under > 0 && under < above.length - 1) {
      const tail = above.splice(under);
      below.unshift(...tail.map((l, k) => (k === 0 ? { ...l, blankBefore: false } : l)));
      moved.push({ seq: seg.rows[b]!.seq, line: tail[1]!.line }, { seq: seg.rows[b - 1]!.seq, line: tail[1]!.line });
      continue;
    }
    // a unit cell wrapped onto lines of their own (`局、公安分局、…`) gives no task line
    const texts = above.map((l) => l.text);
    // (nor does a row's time cell before its names, `12 月底前 区发展和改革局`: a number opens it, no task)
    const lastProse = findLastIndex(above, (l, k) => isTaskLine(l.text, s) && !wrappedNamesLine(above[k - 1]?.text ?? "", l.text, above[k + 1]?.text ?? "", s) && !inNamesRun(texts, k, s) && leadingTimeCell(l.text) === null);
    if (lastProse < 0 || taskEnds(above[lastProse]!.text, s) || !below.some((l) => isTaskLine(l.text, s))) continue;
    const starts = taskStarts(above, s, true);
    // the block above keeps a task of its own (in the lines before the first row: any prose)
    const cut = starts[starts.length - 1];
    // a running title printed on every page is no task
    if (cut === undefined || furniture.has(above[cut]!.text.trim())) continue;
    // the row's own role-label cell (`牵头：X`) printed before the last prose line: that line is the task's end
    // carried over a page break, not the next row's start
    if (above.slice(cut, lastProse).some((l) => opensWithRoleLabel(l.text))) continue;
    // nor is a role-label cell itself (`配合单位：区财政局`, printed after the row's task): the row's own, no task's start
    if (opensWithRoleLabel(above[cut]!.text)) continue;
    const tail = above.splice(cut);
    below.unshift(...tail.map((l, k) => (k === 0 ? { ...l, blankBefore: false } : l)));
    moved.push({ seq: seg.rows[b]!.seq, line: tail[0]!.line });
    // the row above gave up lines too: its end is as much a guess
    if (b > 0) moved.push({ seq: seg.rows[b - 1]!.seq, line: tail[0]!.line });
  }
  const rows = seg.rows.map((r, k) => ({ ...r, lines: blocks[k + 1]! }));
  return { segmentation: { ...seg, leading: blocks[0]!, rows }, moved };
}

/** Lines printed more than once word for word (a running page title): page furniture, never a task start. */
export function repeatedLines(lines: readonly FlatLine[]): Set<string> {
  const seen = new Map<string, number>();
  for (const l of lines) seen.set(l.text.trim(), (seen.get(l.text.trim()) ?? 0) + 1);
  return new Set([...seen].filter(([t, n]) => n > 1 && t.length > TASK_WITHOUT_PUNCTUATION_CHARS).map(([t]) => t));
}

function findLastIndex<T>(xs: readonly T[], f: (x: T, i: number) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i]!, i)) return i;
  return -1;
}

/** One warning per row whose first lines were found above its 序号. */
export function centredRowDiagnostics(moved: ReadonlyArray<{ seq: number; line: number }>, table: number): Diagnostic[] {
  return moved.map((m) => ({
    level: "warning" as const,
    code: "FLAT_SEQ_CENTRED",
    message: `第 ${m.seq} 项的序号印在任务中间（按阅读顺序导出的居中单元格），任务开头几行（第 ${m.line} 行起）印在上一项之后，已按句号判断移入本项。请核对本项与上一项的分界。`,
    table,
    seq: m.seq,
    line: m.line,
  }));
}

