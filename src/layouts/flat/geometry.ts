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
import { maxOf, minOf } from "../../arrays.js";
import type { Entity } from "./columns.js";

export type Alignment = "centre" | "top";
const ALIGNMENTS: readonly Alignment[] = ["centre", "top"];
/** the tolerances tried, strictest first */
export const TOLERANCES: readonly number[] = [0, 0.5];
/** rows whose line breaks no cut explains, at most this share of the table, for a model to be taken */
const MAX_UNEXPLAINED_SHARE = 0.15;
/** rows a model is learnt from, at least */
const MIN_ROWS_TO_LEARN = 5;

/** One cell of a row as printed: its first and last printed line. */
export interface PrintedCell {
  first: number;
  last: number;
}

/**
 * A row as the stream prints it: the cells whose extent is known (序号, task, perhaps a unit
 * cell), then a run of names to be cut into two columns, then the cell printed after them
 * (whole), or null when nothing follows.
 */
export interface RowPrint {
  before: readonly PrintedCell[];
  run: readonly Entity[];
  next: readonly Entity[] | null;
  /** the fewest names the first column takes (1 for a lead unit column; 0 where it may be empty) */
  minFirst?: number;
}

/** Each column's alignment, in print order: the known cells, the two columns of the run, the next one. */
export type ColumnAlignments = readonly Alignment[];

const lastLineOf = (e: Entity): number => e.lastLine ?? e.line;
const lines = (c: PrintedCell): number => c.last - c.first + 1;
function cellOf(names: readonly Entity[]): PrintedCell {
  return { first: names[0]!.line, last: maxOf(names.map(lastLineOf)) };
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
  const cells = [...row.before, ...[...row.run, ...(row.next ?? [])].map((e) => ({ first: e.line, last: lastLineOf(e) }))];
  for (let i = 1; i < cells.length; i++) {
    const gap = cells[i]!.first - cells[i - 1]!.last;
    if (gap < 0 || gap > 1) return false;
  }
  return true;
}

/** Do the cells' joins and breaks fit the alignments? `cells[i]` has alignment `al[i]`. */
export function fitsPrint(cells: ReadonlyArray<PrintedCell | null>, al: readonly Alignment[], tolerance: number): boolean {
  const height = maxOf(cells.map((c) => (c ? lines(c) : 0)));
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
  if (!row.run.length || !printedWhole(row) || al.length !== row.before.length + 3) return null;
  const out = new Set<number>();
  for (let k = row.minFirst ?? 1; k <= row.run.length; k++) {
    const a = row.run.slice(0, k);
    const b = row.run.slice(k);
    if (!cellHolds(a) || !cellHolds(b)) continue;
    const cells = [...row.before, a.length ? cellOf(a) : null, b.length ? cellOf(b) : null, row.next?.length ? cellOf(row.next) : null];
    if (fitsPrint(cells, al, tolerance)) out.add(k);
  }
  return out;
}

export interface PrintModel {
  tolerance: number;
  alignments: ColumnAlignments;
}

/** Does the row print some cell's first line on the line where the cell before it ends? */
function showsJoin(row: RowPrint): boolean {
  // (names of one fragment, `甲、乙`, share their line without a join)
  const cells = [...row.before.map((c) => ({ ...c, group: -1 })), ...[...row.run, ...(row.next ?? [])].map((e) => ({ first: e.line, last: lastLineOf(e), group: e.group }))];
  for (let i = 1; i < cells.length; i++) {
    const [a, b] = [cells[i - 1]!, cells[i]!];
    if (b.first === a.last && (b.group < 0 || b.group !== a.group)) return true;
  }
  return false;
}

/**
 * The model of the table's print: the strictest tolerance for which some alignment of the
 * columns explains (nearly) every row printed whole; of those alignments, the one that explains
 * the most rows. Null when no model does (the cells are not printed as this model says).
 */
export function learnPrint(rows: ReadonlyArray<RowPrint | null>): PrintModel | null {
  const whole = rows.filter((r): r is RowPrint => r !== null && r.run.length > 0 && printedWhole(r));
  if (whole.length < MIN_ROWS_TO_LEARN) return null;
  // the rows must agree on their columns (the same cells known before the run)
  const n = whole[0]!.before.length + 3;
  if (whole.some((r) => r.before.length + 3 !== n)) return null;
  // text that never prints two cells on one line (a table copied one cell per line) shows no page heights: its breaks are the cells'
  if (!whole.some(showsJoin)) return null;
  const combos: ColumnAlignments[] = [];
  for (let m = 0; m < 1 << n; m++) combos.push(Array.from({ length: n }, (_, i) => ALIGNMENTS[(m >> i) & 1]!));
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

/** characters a line may not start with (kinsoku): the character before one is carried down with it */
const NO_LINE_START = /^[）)」』》〉】、，。：；？！]/;

/**
 * How many characters the first line of a wrapped name shows the cell holds: its length, or null
 * when the next line starts with a character carried down by the closing mark after it
 * (`区发改局（粮食` + `局）`: `局）` may not be split, so the line may have broken early and shows
 * no more than that the cell holds at least as many).
 */
export function lineCapacity(e: Entity): number | null {
  if (!e.wrapAt) return null;
  const rest = [...e.name].slice(e.wrapAt);
  return rest.length >= 2 && NO_LINE_START.test(rest[1]!) ? null : e.wrapAt;
}

/** a cell width must be seen on this many wrapped names before a name as long is taken to fill its line */
const MIN_WRAPS_FOR_WIDTH = 2;

/**
 * The narrowest cell width the table shows: the length of the first line of names wrapped over
 * two lines (`区古城保护发展指` + `挥部`: 8; see `lineCapacity`), seen at least twice; null when none is.
 */
export function wrapWidth(names: readonly Entity[]): number | null {
  const seen = new Map<number, number>();
  for (const e of names) {
    const w = lineCapacity(e);
    if (w) seen.set(w, (seen.get(w) ?? 0) + 1);
  }
  const widths = [...seen].filter(([, n]) => n >= MIN_WRAPS_FOR_WIDTH).map(([w]) => w);
  return widths.length ? minOf(widths) : null;
}

/**
 * A name that fills its line (as long as the cell width) followed on the next line by a name
 * read apart (`驻区行政服务中心` + `各窗口单位`): the two may be one name wrapped, so the cells'
 * line counts, and any cut read from them, are in doubt.
 */
export function mayHoldWrap(run: readonly Entity[], width: number | null, whole: ReadonlySet<string> = new Set()): boolean {
  if (width === null) return false;
  for (let i = 0; i + 1 < run.length; i++) {
    const e = run[i]!;
    const next = run[i + 1]!;
    if (fillsLineBefore(e, next, width) && !whole.has(next.name)) return true;
  }
  return false;
}

/** `e` fills its line (as long as the cell is wide) and `next` is read apart from it on the next line. */
function fillsLineBefore(e: Entity, next: Entity, width: number): boolean {
  return e.lastLine === undefined && [...e.name].length >= width && next.line === e.line + 1 && next.group !== e.group;
}

/**
 * Names the table prints whole somewhere: a name at the head of its run of names, or after a
 * name that does not fill its line (`江南街道办事处` after `区发改局`). Such a name after a
 * full-width one elsewhere (`江南街道办事处` + `金龙街道办事处`) is a name of its own, not the second
 * line of a wrapped one; a name only ever seen after a full-width one (`各窗口单位`) may be.
 */
export function namesSeenWhole(runs: ReadonlyArray<readonly Entity[]>, width: number | null): Set<string> {
  const out = new Set<string>();
  for (const run of runs) {
    run.forEach((e, i) => {
      if (i === 0 || width === null || !fillsLineBefore(run[i - 1]!, e, width)) out.add(e.name);
    });
  }
  return out;
}
