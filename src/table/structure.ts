/**
 * Structured documents (Word, ODT, web pages, spreadsheets) → grid rows.
 * Every structured reader hands its tables over with their spans
 * (`DocTable`); this is the one place that places merged cells:
 *
 * - a cell merged across columns (`colSpan`) takes its first column and
 *   leaves the others blank (a header cell — its text names a field — is
 *   repeated in each, as `项目` over two heading levels); one merged across
 *   the whole table is a row that spans the table (a heading row even
 *   without a marker);
 * - a cell merged down (`rowSpan`) is the row's own cell in its first row and,
 *   in the rows it covers, a copy marked `spanned`: the table stage lets a
 *   covered row inherit its responsibility fields (never its 序号 or task).
 *
 * Paragraphs between tables become one-cell rows (titles, headings, cover
 * letter), as for every other format.
 */
import type { CellLine, DocBlock, DocTable, GridCell, GridRow } from "../model/intermediate.js";
import { isMergedHeaderCell } from "./headers.js";
import { headingLevel } from "./sections.js";
import { appendAll, maxOf } from "../arrays.js";

/** Longest span honoured: a broken attribute must not blow the grid up. */
export const MAX_SPAN = 200;

const span = (n: number | undefined): number => Math.min(MAX_SPAN, Math.max(1, Math.floor(n ?? 1)));

/** A cell's lines as grid lines. */
function gridLines(lines: readonly CellLine[]): CellLine[] {
  return lines.filter((l) => l.text.trim() !== "").map((l) => ({ ...l }));
}

/** One table's rows with every merged cell placed (see the module comment). */
export function docTableToGrid(table: DocTable): GridRow[] {
  // cells still covering rows below: column → { cell lines, rows left, first column of the span }
  const covering = new Map<number, { lines: CellLine[]; left: number; first: boolean }>();
  const width = Math.max(0, maxOf(table.rows.map((r) => r.cells.reduce((n, c) => n + span(c.colSpan), 0))));
  const out: GridRow[] = [];
  for (const row of table.rows) {
    const cells: GridCell[] = [];
    let col = 0;
    const takeCovered = () => {
      for (let c = covering.get(col); c && c.left > 0; c = covering.get(col)) {
        cells[col] = c.first ? { lines: c.lines.map((l) => ({ ...l })), spanned: true } : { lines: [] };
        col++;
      }
    };
    const starting: Array<[number, { lines: CellLine[]; left: number; first: boolean }]> = [];
    let ownCells = 0;
    for (const cell of row.cells) {
      takeCovered();
      const rs = span(cell.rowSpan);
      const cs = span(cell.colSpan);
      const lines = gridLines(cell.lines);
      cells[col] = { lines };
      // a header cell merged across columns names each of them (`项目` over two heading levels), as in lattice.ts
      // (not a numbered heading across the whole table, `一、…主要预期目标`: a heading row)
      const asHeader = isMergedHeaderCell(lines.map((l) => l.text).join(""), cs, width, col > 0 ? (cells[0]?.lines ?? []).map((l) => l.text).join("") : "");
      for (let k = 1; k < cs; k++) cells[col + k] = { lines: asHeader ? lines.map((l) => ({ ...l })) : [] };
      if (rs > 1) for (let k = 0; k < cs; k++) starting.push([col + k, { lines, left: rs - 1, first: k === 0 }]);
      if (lines.length) ownCells++;
      col += cs;
    }
    takeCovered();
    // the covering cells have covered this row; cells that start here cover the next ones
    for (const [k, c] of [...covering]) {
      if (c.left <= 1) covering.delete(k);
      else c.left--;
    }
    for (const [k, c] of starting) covering.set(k, c);
    if (!cells.length) continue;
    const full: GridCell[] = Array.from({ length: Math.max(cells.length, width) }, (_, i) => cells[i] ?? { lines: [] });
    const only = row.cells.length === 1 ? row.cells[0]! : null;
    const spansTable = only !== null && ownCells === 1 && span(only.colSpan) >= width && width >= 2;
    out.push({ cells: full, line: row.line, ...(table.page ? { page: table.page } : {}), ...(spansTable ? { spansTable } : {}), ...(row.header ? { header: true } : {}) });
  }
  return out;
}

/** rows of numbers a statistics table shows at least */
const MIN_COUNT_ROWS = 2;

/**
 * A table of counts (`单位 | 牵头任务数 | 配合任务数`, a sheet tallying the decomposition): below its header row, every
 * row names something in its first cell and prints only numbers in the others. A task table prints a task's text in
 * some cell of each row; an indicator table with a column of units is no such table either.
 */
export function countsOnly(grid: readonly GridRow[]): boolean {
  const texts = grid.map((r) => r.cells.map((c) => c.lines.map((l) => l.text).join("").trim()));
  const filled = texts.filter((r) => r.some(Boolean));
  if (filled.length < MIN_COUNT_ROWS + 1) return false;
  const body = filled.slice(1).filter((r) => r.filter(Boolean).length >= 2);
  return body.length >= MIN_COUNT_ROWS && body.length >= filled.length - 2 && body.every((r) => r.slice(1).every((t) => !t || /^[\d.,，%％]+$/.test(t)));
}

/** A structured document's blocks → grid rows in reading order. */
export function blocksToGrid(blocks: readonly DocBlock[]): GridRow[] {
  const rows: GridRow[] = [];
  for (const b of blocks) {
    if (b.kind === "paragraph") {
      if (b.text.trim()) rows.push({ cells: [{ lines: [{ text: b.text, ...(b.bold ? { bold: true } : {}) }] }], line: b.line });
    } else {
      const grid = docTableToGrid(b.table);
      // a statistics sheet (`单位 | 牵头任务数 | 配合任务数`): numbers beside names, no task
      if (countsOnly(grid)) continue;
      // a sheet named as a heading (`二、扩大有效投资`, one sheet per section): the heading of the rows on it
      const name = b.table.name?.trim();
      if (name && headingLevel(name) !== null && grid.length)
        rows.push({ cells: [{ lines: [{ text: name, bold: true }] }], ...(grid[0]!.line !== undefined ? { line: grid[0]!.line } : {}), ...(b.table.page ? { page: b.table.page } : {}) });
      appendAll(rows, grid);
    }
  }
  return rows;
}
