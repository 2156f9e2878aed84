/**
 * Table cells flattened one per line (as some web pages render tables):
 * every header and every cell on its own line, blank lines between them,
 * often with a trailing ` |` on each cell. Rebuilt into grid rows so that the
 * grid stage reads them like any other table.
 */
import type { GridRow, SourceLine } from "../../model/intermediate.js";
import { cleanText } from "../../text/hygiene.js";
import { mapHeader } from "../../table/headers.js";
import { headingLevel } from "../../table/sections.js";
import { SEQ_CELL } from "../../table/lexicon.js";
import { textLines } from "../../table/records.js";
import { toSimplified } from "../../text/script.js";
import { LIST_SETTINGS, LIST_TITLE } from "./data.js";
import { isResponsibilityField } from "../../table/lexicon.js";

const PIPE_END = /\s*[|｜]\s*$/;

interface Cell {
  /** the cell's lines joined by a space (for matching) */
  text: string;
  /** the cell's lines as printed (a wrapped cell keeps them apart, as grid cells do) */
  lines: string[];
  line: number;
  page?: number;
}

export interface FlatTable {
  /** every cell ended with `|` (a web page's table); else one cell per line without marks */
  piped: boolean;
  rows: GridRow[];
  /** line numbers the table occupies */
  consumed: number[];
}

const isHeaderCell = (c: Pick<Cell, "text">): boolean => c.text.length > 0 && c.text.length <= 12 && mapHeader(c.text) !== "other";

/** Cells: non-blank lines; in piped mode a cell runs until a line ending with `|` (or a blank line). */
function toCells(lines: readonly SourceLine[], piped: boolean): Cell[] {
  const cells: Cell[] = [];
  let open: Cell | null = null;
  for (const l of lines) {
    if (!l.text.trim() || /\t/.test(l.text)) {
      // a cell wraps over lines without a blank between them: text before a blank line is no cell
      if (open) cells.push(open);
      open = null;
      continue;
    }
    const ends = PIPE_END.test(l.text);
    const text = cleanText(l.text.replace(PIPE_END, ""));
    if (piped) {
      // a header cell right under a title line (no blank between) is still its own cell
      if (open && ends && isHeaderCell({ text })) {
        cells.push(open);
        open = null;
      }
      if (open) {
        open.text = `${open.text} ${text}`.trim();
        if (text) open.lines.push(text);
      } else open = { text, lines: text ? [text] : [], line: l.line, ...(l.page ? { page: l.page } : {}) };
      if (ends) {
        cells.push(open);
        open = null;
      }
    } else cells.push({ text, lines: [text], line: l.line, ...(l.page ? { page: l.page } : {}) });
  }
  if (open) cells.push(open);
  return cells;
}


/** The first run of header cells (one per line) with a task and a responsibility column. */
function findHeader(cells: readonly Cell[]): { start: number; count: number } | null {
  for (let i = 0; i < cells.length; i++) {
    let j = i;
    while (j < cells.length && isHeaderCell(cells[j]!)) j++;
    const fields = cells.slice(i, j).map((c) => mapHeader(c.text));
    if (j - i >= LIST_SETTINGS.minFlatHeaderCells && fields.includes("task") && fields.some(isResponsibilityField)) {
      return { start: i, count: j - i };
    }
    i = Math.max(i, j);
  }
  return null;
}

/** Find a flattened table in the lines and rebuild its rows; null if there is none. */
export function findFlattenedTable(lines: readonly SourceLine[]): FlatTable | null {
  const nonBlank = lines.filter((l) => l.text.trim());
  const piped = nonBlank.filter((l) => PIPE_END.test(l.text) && !/^\s*\|/.test(l.text)).length >= Math.max(LIST_SETTINGS.minFlatHeaderCells, nonBlank.length * 0.3);
  const cells = toCells(lines, piped);
  const header = findHeader(cells);
  if (!header) return null;
  const width = header.count;
  const headerCells = cells.slice(header.start, header.start + width);
  const headerTexts = headerCells.map((c) => c.text);
  const seqFirst = mapHeader(headerTexts[0]!) === "seq";
  const rows: GridRow[] = [];
  // the title printed just above the header (the grid stage reads it as the table's title)
  const above = cells[header.start - 1];
  const title = above?.lines[above.lines.length - 1];
  if (above && title && LIST_TITLE.test(toSimplified(title)) && title.length <= 80) rows.push({ cells: [{ lines: textLines([title]) }], line: above.line });
  rows.push({ cells: headerTexts.map((t) => ({ lines: textLines([t]) })), line: headerCells[0]!.line });
  const consumed = new Set<number>();
  const mark = (from: number, to: number) => {
    for (let n = from; n <= to; n++) consumed.add(n);
  };
  mark(headerCells[0]!.line, headerCells[width - 1]!.line);
  let i = header.start + width;
  let lastSeq = 0;
  while (i < cells.length) {
    const c = cells[i]!;
    if (c.text === headerTexts[0] && cells.slice(i, i + width).every((x, k) => x.text === headerTexts[k])) {
      // a repeated header (one per printed page)
      mark(c.line, cells[i + width - 1]!.line);
      i += width;
      continue;
    }
    if (seqFirst && SEQ_CELL.test(c.text)) {
      const row: Cell[] = [c];
      let k = i + 1;
      const seq = parseInt(c.text, 10);
      // without `|` marks an empty cell is invisible: the next number closes the row early
      while (row.length < width && k < cells.length && !(!piped && SEQ_CELL.test(cells[k]!.text) && parseInt(cells[k]!.text, 10) === seq + 1)) {
        row.push(cells[k]!);
        k++;
      }
      rows.push({ cells: row.map((x) => ({ lines: textLines(x.lines) })), line: c.line, ...(c.page ? { page: c.page } : {}) });
      mark(c.line, row[row.length - 1]!.line);
      lastSeq = seq;
      i = k;
      continue;
    }
    if (c.text && headingLevel(c.text) !== null && c.text.length <= LIST_SETTINGS.maxHeadingChars) {
      rows.push({ cells: [{ lines: textLines([c.text]) }], line: c.line, ...(c.page ? { page: c.page } : {}) });
      mark(c.line, c.line);
      i++;
      continue;
    }
    if (!c.text && piped) {
      mark(c.line, c.line);
      i++;
      continue;
    }
    break; // the text after the table
  }
  if (lastSeq === 0) return null;
  return { piped, rows, consumed: [...consumed] };
}
