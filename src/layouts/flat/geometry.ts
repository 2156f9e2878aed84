/**
 * Where one unit column ends, from where the text breaks its lines (stream-order dumps:
 * `pdftotext -raw`, pdfjs). Such a dump prints a row cell by cell, each cell's lines in turn,
 * and puts the next cell's first line on the same printed line as the cell before exactly when
 * the two lie at the same height on the page. Cells of a row are aligned (centred, or at the
 * top), so that height follows from how many lines each cell has:
 *
 * a cell of n lines in a row H lines high starts 0 lines down (top-aligned) or (H − n) / 2 (centred),
 * and each column keeps its alignment down the table.
 *
 * A dump joins two lines when they are at most `tolerance` lines apart: 0 for poppler's raw
 * mode on most PDFs; 0.5 for pdfjs (and poppler on Chromium PDFs), which joins items less than
 * a line apart. So each possible cut of a run of units (`区工信局` / `区发改局` / `区科技局` …: lead
 * units then responsible units) predicts which of the row's cell ends share a printed line; a
 * cut whose prediction contradicts the text is impossible. The tolerance and each column's
 * alignment are learnt per table: the strictest tolerance and the alignments under which
 * (nearly) all rows' line breaks can be explained; a row they do not explain is left to the
 * other evidence.
 */
import type { Entity } from "./columns.js";

export type Alignment = "centre" | "top";
const ALIGNMENTS: readonly Alignment[] = ["centre", "top"];
/** the tolerances tried, strictest first */
export const TOLERANCES: readonly number[] = [0, 0.5];
/** rows whose line breaks no cut explains, at most this share of the table, for a model to be taken */
const MAX_UNEXPLAINED_SHARE = 0.1;
/** rows a model is learnt from, at least */
const MIN_ROWS_TO_LEARN = 5;

/** One cell of a row as printed: its first and last printed line. */
export interface PrintedCell {
  first: number;
  last: number;
}

/**
 * A row as the stream prints it, up to the unit run: the 序号 cell, the task cell, then the
 * units (one name each, to be cut into two columns), then the cell printed after them (whole),
 * or null when nothing follows.
 */
export interface RowPrint {
  seq: PrintedCell;
  task: PrintedCell;
  units: readonly Entity[];
  next: readonly Entity[] | null;
}

/** The columns of the model, in print order: 序号, task, first unit column, second unit column, the next one. */
export type ColumnAlignments = readonly [Alignment, Alignment, Alignment, Alignment, Alignment];

const lastLineOf = (e: Entity): number => e.lastLine ?? e.line;
const lines = (c: PrintedCell): number => c.last - c.first + 1;
function cellOf(names: readonly Entity[]): PrintedCell {
  return { first: names[0]!.line, last: Math.max(...names.map(lastLineOf)) };
}

/** Where a cell of n lines starts in a row H lines high. */
export function cellTop(alignment: Alignment, height: number, n: number): number {
  return alignment === "centre" ? (height - n) / 2 : 0;
}

/** Two names of one cell are never on one printed line unless one fragment holds both (`甲、乙`). */
function cellHolds(cell: readonly Entity[]): boolean {
  for (let i = 1; i < cell.length; i++) if (cell[i]!.line === lastLineOf(cell[i - 1]!) && cell[i]!.group !== cell[i - 1]!.group) return false;
  return true;
}

/** Is the row printed without gaps (nothing else among its cells: a page break, a heading)? */
export function printedWhole(row: RowPrint): boolean {
  const cells = [row.seq, row.task, ...[...row.units, ...(row.next ?? [])].map((e) => ({ first: e.line, last: lastLineOf(e) }))];
  for (let i = 1; i < cells.length; i++) {
    const gap = cells[i]!.first - cells[i - 1]!.last;
    if (gap < 0 || gap > 1) return false;
  }
  return true;
}

/** Do the cells' joins and breaks fit the alignments? `cells[i]` has alignment `al[i]`. */
export function fitsPrint(cells: ReadonlyArray<PrintedCell | null>, al: readonly Alignment[], tolerance: number): boolean {
  const height = Math.max(...cells.map((c) => (c ? lines(c) : 0)));
  let prev: { end: number; last: number } | null = null;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (!c) continue;
    const top = cellTop(al[i]!, height, lines(c));
    if (prev) {
      const joined = prev.last === c.first;
      if (joined !== Math.abs(prev.end - top) <= tolerance) return false;
    }
    prev = { end: top + lines(c) - 1, last: c.last };
  }
  return true;
}

/**
 * The cuts k (1 ≤ k ≤ units: the first k units are the first column's) that the row's line
 * breaks allow under the alignments, or null when the row is not printed whole.
 */
export function cutsByLines(row: RowPrint, al: ColumnAlignments, tolerance: number): Set<number> | null {
  if (!row.units.length || !printedWhole(row)) return null;
  const out = new Set<number>();
  for (let k = 1; k <= row.units.length; k++) {
    const a = row.units.slice(0, k);
    const b = row.units.slice(k);
    if (!cellHolds(a) || !cellHolds(b)) continue;
    const cells = [row.seq, row.task, cellOf(a), b.length ? cellOf(b) : null, row.next?.length ? cellOf(row.next) : null];
    if (fitsPrint(cells, al, tolerance)) out.add(k);
  }
  return out;
}

export interface PrintModel {
  tolerance: number;
  alignments: ColumnAlignments;
}

/**
 * The model of the table's print: the strictest tolerance for which some alignment of the
 * columns explains (nearly) every row printed whole; of those alignments, the one that explains
 * the most rows. Null when no model does (the cells are not printed as this model says).
 */
export function learnPrint(rows: ReadonlyArray<RowPrint | null>): PrintModel | null {
  const whole = rows.filter((r): r is RowPrint => r !== null && r.units.length > 0 && printedWhole(r));
  if (whole.length < MIN_ROWS_TO_LEARN) return null;
  const combos: ColumnAlignments[] = [];
  for (let m = 0; m < 32; m++) combos.push([0, 1, 2, 3, 4].map((i) => ALIGNMENTS[(m >> i) & 1]!) as unknown as ColumnAlignments);
  for (const tolerance of TOLERANCES) {
    let best: { n: number; al: ColumnAlignments } | null = null;
    for (const al of combos) {
      const n = whole.filter((r) => (cutsByLines(r, al, tolerance)?.size ?? 0) > 0).length;
      if (!best || n > best.n) best = { n, al };
    }
    if (best && whole.length - best.n <= whole.length * MAX_UNEXPLAINED_SHARE) return { tolerance, alignments: best.al };
  }
  return null;
}
