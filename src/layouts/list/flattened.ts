/**
 * Table cells flattened one per line (as some web pages render tables):
 * every header and every cell on its own line, blank lines between them,
 * often with a trailing ` |` on each cell. Rebuilt into grid rows so that the
 * grid stage reads them like any other table.
 */
import type { GridCell, GridRow, SourceLine } from "../../model/intermediate.js";
import type { ReviewReason } from "../../model/schema.js";
import { cleanText, foldLookalikes, stripMarkup } from "../../text/hygiene.js";
import { HEADER_RULES, mapHeader, mapHeaders, settleLevelLeaders } from "../../table/headers.js";
import { headingLevel } from "../../table/sections.js";
import { isUnmarkedHeading } from "../../table/find.js";
import { classify } from "../../names/classify.js";
import { CN_NUMERALS, PAGE_NUMBER_PATTERNS, SEQ_CELL } from "../../table/lexicon.js";
import { textLines } from "../../table/records.js";
import { toSimplified } from "../../text/script.js";
import { LABEL_NOT_ADDRESSEE, LIST_SETTINGS, LIST_TITLE } from "./data.js";
import { cellKind, fits, mergedAbove, placeByKind } from "../../table/merged.js";
import type { CanonicalField } from "../../model/schema.js";
import { isSignature } from "../../meta/notice.js";
import { renumberCompoundLines } from "../gridseq.js";
import { isResponsibilityField } from "../../table/lexicon.js";

const PIPE_END = /\s*[|｜]\s*$/;

interface Cell {
  /** the cell's lines joined by a space (for matching) */
  text: string;
  /** the cell's lines as printed (a wrapped cell keeps them apart, as grid cells do) */
  lines: string[];
  line: number;
  page?: number;
  /**
   * unmarked cells with a known separator: a run of this many blank lines longer than the
   * separator, where one or more empty cells were printed (the text is empty)
   */
  gap?: number;
  /** a gap that ends the text: it stands for as many empty cells as the last row lacks, up to its size */
  end?: boolean;
  /** a header cell cut out of a header printed on one line (`headerLineCells`) */
  oneLine?: boolean;
}

/**
 * How unmarked cells are separated, as the header shows it: the number of blank lines
 * between header cells — `1` (or 2, 3: each cell a paragraph, a cell's lines together),
 * `0` when the header cells are consecutive lines (each line a cell); null when the
 * header shows none of these (a PDF text dump: blank lines mean nothing).
 */
export type CellSeparator = number;
/** the longest run of blank lines read as a separator between cells */
const MAX_SEPARATOR = 3;

export interface FlatTable {
  /** every cell ended with `|` (a web page's table); else one cell per line without marks */
  piped: boolean;
  /**
   * without marks, but read as a web page's table: every cell one line, rows
   * whole (or a blank line before every cell), and the table ends where a
   * document goes on. A PDF text dump wraps cells over lines and loses empty
   * cells, so its rows do not come out like this.
   */
  regular: boolean;
  rows: GridRow[];
  /** line numbers the table occupies */
  consumed: number[];
  /** reasons to check a row, by the line its 序号 cell is on */
  review: Map<number, ReviewReason[]>;
}

/** A header word of a column fenjie does not interpret but that belongs to the header (`完成时限`, `备注`). */
const OTHER_HEADER = HEADER_RULES.find((r) => r.field === "other")!.pattern;
const MAX_HEADER_CELL = 12;

/** A table's title (`主要预期目标分解表`), printed right above its header: never a header cell. */
const TITLE_CELL = /分解|分工方案|(表|清单|方案|台账)$/;

const isHeaderCell = (c: Pick<Cell, "text">): boolean => {
  if (!c.text.length || c.text.length > MAX_HEADER_CELL || TITLE_CELL.test(toSimplified(c.text))) return false;
  // a heading with its marker (`一、主要预期目标`) right under the header is the first rows' section
  if (headingLevel(c.text) !== null) return false;
  // a collective of units (`区直有关单位`, `各有关部门`) ends like a header word but names units
  if (LABEL_NOT_ADDRESSEE.test(toSimplified(c.text.replace(/\s+/g, "")))) return false;
  return mapHeader(c.text) !== "other" || OTHER_HEADER.test(toSimplified(c.text.replace(/\s+/g, "")));
};

/**
 * Cells: non-blank lines; in piped mode a cell runs until a line ending with `|` (or a blank line).
 * With a separator read from the header (unmarked cells), a cell is a paragraph (`1`) or a line
 * (`0`), and a run of blank lines longer than the separator is kept as a gap: empty cells.
 */
/** a cell's text with its printed spacing (padded names `韩 琳吕 芳` keep what sets them apart), for telling its kind */
const printedText = (c: Pick<Cell, "text" | "lines">): string => (c.lines.length ? c.lines.join(" ") : c.text);

function toCells(lines: readonly SourceLine[], piped: boolean, sep: CellSeparator | null = null): Cell[] {
  if (!piped && sep !== null) return separatedCells(lines, sep);
  const cells: Cell[] = [];
  let open: Cell | null = null;
  for (const l of lines) {
    if (!l.text.trim() || (/\t/.test(l.text) && !isTabbedHeaderLine(l.text))) {
      // a cell wraps over lines without a blank between them: text before a blank line is no cell
      if (open) cells.push(open);
      open = null;
      continue;
    }
    const ends = PIPE_END.test(l.text);
    const text = cleanText(l.text.replace(PIPE_END, ""));
    // the cell's line keeps its spaces: padding inside a name (`陆 明俞 悦`) tells where names end
    const printed = stripMarkup(foldLookalikes(l.text.replace(PIPE_END, ""))).replace(/\s+/g, " ").trim();
    if (piped) {
      // a header cell right under a title line (no blank between) is still its own cell
      if (open && ends && isHeaderCell({ text })) {
        cells.push(open);
        open = null;
      }
      if (open) {
        open.text = `${open.text} ${text}`.trim();
        if (text) open.lines.push(printed);
      } else open = { text, lines: text ? [printed] : [], line: l.line, ...(l.page ? { page: l.page } : {}) };
      if (ends) {
        cells.push(open);
        open = null;
      }
    } else cells.push({ text, lines: [printed], line: l.line, ...(l.page ? { page: l.page } : {}) });
  }
  if (open) cells.push(open);
  return cells;
}


/**
 * A header row copied as one line of tab-separated header words (`序号⇥重点任务⇥牵头单位⇥配合单位`) above cells
 * printed one per line: not a line of a tab-separated table to skip, but the header (cut into its words by
 * `headerLineCells`). A tab line with any cell that is no header word stays skipped.
 */
export function isTabbedHeaderLine(text: string): boolean {
  const words = text.split("\t").map((w) => w.trim()).filter(Boolean);
  if (words.length < LIST_SETTINGS.minFlatHeaderCells || !words.every((w) => !/\s/.test(w) && isHeaderCell({ text: w }))) return false;
  const fields = words.map(mapHeader);
  return fields.includes("task") && fields.some(isResponsibilityField);
}

/** A cell's text and printed line as `toCells` keeps them. */
function cellText(l: SourceLine): { text: string; printed: string } {
  return { text: cleanText(l.text), printed: stripMarkup(foldLookalikes(l.text)).replace(/\s+/g, " ").trim() };
}

/** Unmarked cells separated as the header shows (see `CellSeparator`); blank runs longer than the separator become gap cells. */
function separatedCells(lines: readonly SourceLine[], sep: CellSeparator): Cell[] {
  const cells: Cell[] = [];
  let open: Cell | null = null;
  let blanks = 0;
  let blankLine = 0;
  for (const l of lines) {
    if (!l.text.trim() || (/\t/.test(l.text) && !isTabbedHeaderLine(l.text))) {
      if (open) cells.push(open);
      open = null;
      if (!blanks) blankLine = l.line;
      blanks++;
      continue;
    }
    if (blanks > sep && cells.length) cells.push({ text: "", lines: [], line: blankLine, gap: blanks });
    blanks = 0;
    const { text, printed } = cellText(l);
    // a header cell right under a title line (no blank between) is still its own cell
    if (open && sep >= 1 && !isHeaderCell(open) && isHeaderCell({ text })) {
      cells.push(open);
      open = null;
    }
    if (open && sep >= 1) {
      open.text = `${open.text} ${text}`.trim();
      open.lines.push(printed);
    } else {
      if (open) cells.push(open);
      open = { text, lines: [printed], line: l.line, ...(l.page ? { page: l.page } : {}) };
    }
  }
  if (open) cells.push(open);
  // blank lines ending the text after a row: its empty last cells (as many as it lacks, `end`); the text's closing
  // line break is none of them
  blanks -= closingLineBreak(lines);
  if (blanks > sep && cells.length) cells.push({ text: "", lines: [], line: blankLine, gap: blanks, end: true });
  return cells;
}

/**
 * 1 when the text ends with a line break (its last line is empty, as a file's closing newline leaves it), else 0:
 * that empty line was never printed as a blank line between cells.
 */
export function closingLineBreak(lines: readonly SourceLine[]): number {
  return lines.length > 1 && lines[lines.length - 1]!.text === "" ? 1 : 0;
}

/** The separator the header's cells show: all the same number of blank lines apart (0–3); else null. */
export function headerSeparator(headerLines: readonly number[]): CellSeparator | null {
  if (headerLines.length < 2) return null;
  const steps = headerLines.slice(1).map((n, k) => n - headerLines[k]!);
  const sep = steps[0]! - 1;
  return sep >= 0 && sep <= MAX_SEPARATOR && steps.every((d) => d === sep + 1) ? sep : null;
}

/** The first run of header cells (one per line) with a task and a responsibility column, from `from` on. */
function findHeader(cells: readonly Cell[], from: number): { start: number; count: number } | null {
  for (let i = from; i < cells.length; i++) {
    let j = i;
    while (j < cells.length && isHeaderCell(cells[j]!)) j++;
    const fields = mapHeaders(cells.slice(i, j).map((c) => c.text));
    if (j - i >= LIST_SETTINGS.minFlatHeaderCells && fields.includes("task") && fields.some(isResponsibilityField)) {
      return { start: i, count: j - i };
    }
    i = Math.max(i, j);
  }
  return null;
}

/**
 * Piped cells with the page numbers of a PDF copy (`第 2 页 共 6 页`, `— 3 —`) blanked: such a line has no `|`
 * and would run into the next cell (the 序号 after it), hiding the rest of the table. A blank line only
 * closes an open cell in piped text.
 */
export function withoutPageNumbers(lines: readonly SourceLine[]): SourceLine[] {
  return lines.map((l) => (!PIPE_END.test(l.text) && PAGE_NUMBER_PATTERNS.some((p) => p.test(l.text.trim())) ? { ...l, text: "" } : l));
}

/** The first flattened table in the lines, or null (see `findFlattenedTables`). */
export function findFlattenedTable(lines: readonly SourceLine[]): FlatTable | null {
  return findFlattenedTables(lines)[0] ?? null;
}

/** Every flattened table in the lines (attachment tables one after another), rows rebuilt. */
export function findFlattenedTables(lines: readonly SourceLine[]): FlatTable[] {
  lines = renumberCompoundLines(lines);
  const nonBlank = lines.filter((l) => l.text.trim());
  const piped = nonBlank.filter((l) => PIPE_END.test(l.text) && !/^\s*\|/.test(l.text)).length >= Math.max(LIST_SETTINGS.minFlatHeaderCells, nonBlank.length * 0.3);
  if (piped) lines = withoutPageNumbers(lines);
  let cells = toCells(lines, piped);
  // a header printed on one line above cells printed one per line: its words are the header cells
  if (!piped) cells = cells.flatMap(headerLineCells);
  // without marks, the first header shows how cells are separated (and so where empty cells are)
  const first = piped ? null : findHeader(cells, 0);
  const sep = first ? headerSeparator(cells.slice(first.start, first.start + first.count).map((c) => c.line)) : null;
  if (sep !== null) cells = toCells(lines, piped, sep).flatMap(headerLineCells);
  const tables: FlatTable[] = [];
  for (let from = 0; from < cells.length; ) {
    const header = findHeader(cells, from);
    if (!header) break;
    const read = readTable(cells, header, piped, sep);
    // a header on one line is what a PDF text dump prints above its wrapped cells too: under it only rows
    // that come out whole (a web page's table) make a table of cells
    if (read.table && (cells[header.start]!.oneLine !== true || read.table.regular)) tables.push(read.table);
    from = Math.max(read.end, header.start + header.count);
  }
  return tables;
}

/** Rebuild the rows under one header, up to the first cell that is not part of the table. */
function readTable(cells: readonly Cell[], header: { start: number; count: number }, piped: boolean, sep: CellSeparator | null = null): { table: FlatTable | null; end: number } {
  // header words wrapped in their cells (`牵头` / `单位`) print as two cells each: one, when the rows say so
  const printedHeader = joinWrappedHeader(cells.slice(header.start, header.start + header.count), rowSpans(cells, header.start + header.count, sep));
  const group = groupCell(printedHeader, cells, header.start + header.count, sep);
  const grouped = group < 0 ? printedHeader : subHeaderInPlace(printedHeader, group);
  // a category column before the 序号 (`项目 | 序号 | 目标任务 …`): its cell is printed once over the rows it covers,
  // as a line of its own before the first row's 序号; read as the rows' heading, so the 序号 opens each row
  const headerCells = categoryBeforeSeq(grouped.map((c) => c.text)) ? grouped.slice(1) : grouped;
  const width = headerCells.length;
  const headerTexts = headerCells.map((c) => c.text);
  const seqFirst = mapHeader(headerTexts[0]!) === "seq";
  const rows: GridRow[] = [];
  const review = new Map<number, ReviewReason[]>();
  // the title printed just above the header (the grid stage reads it as the table's title)
  const above = cells[header.start - 1];
  const title = above?.lines[above.lines.length - 1];
  if (above && title && LIST_TITLE.test(toSimplified(title)) && title.length <= 80) rows.push({ cells: [{ lines: textLines([title]) }], line: above.line });
  rows.push({ cells: headerTexts.map((t) => ({ lines: textLines([t]) })), line: headerCells[0]!.line });
  const consumed = new Set<number>();
  const mark = (from: number, to: number) => {
    for (let n = from; n <= to; n++) consumed.add(n);
  };
  mark(cells[header.start]!.line, cells[header.start + header.count - 1]!.line);
  let i = header.start + header.count;
  if (!seqFirst && mapHeaders(headerTexts).indexOf("seq") === width - 1 && !piped && sep !== null) {
    const last = seqLastRows(cells, i, headerTexts);
    if (!last) return { table: null, end: i };
    for (const r of last.rows) {
      rows.push({ cells: r.map((x) => ({ lines: textLines(x.text ? x.lines : []) })), line: r[0]!.line, ...(r[0]!.page ? { page: r[0]!.page } : {}) });
      mark(r[0]!.line, r[r.length - 1]!.line);
    }
    return { table: { piped, regular: last.whole >= LIST_SETTINGS.minRegularRows && endsCleanly(cells[last.end], cells[last.end + 1]), rows, consumed: [...consumed], review }, end: last.end };
  }
  let lastSeq = 0;
  let wholeRows = 0;
  const headerFields = settleLevelLeaders(headerTexts.map(mapHeader), headerTexts);
  /** the last row with all its cells: where a merged cell left out of the next row comes from */
  let prevRow: Cell[] | null = null;
  if (!headerFields.includes("seq") && (piped || sep !== null)) {
    // no 序号 column: with every cell marked (pipes, or the header's separator with gaps for empty cells), rows are
    // the header's width of cells each (numbered in order)
    const exact = piped || sep === null ? { cells: cells.slice(i), at: cells.slice(i).map((_, k) => i + k) } : gapsAsCells(cells.slice(i), i, sep);
    const found = unnumberedRows(exact.cells, 0, headerFields);
    const un = found && { rows: found.rows, end: found.end < exact.at.length ? exact.at[found.end]! : cells.length };
    if (!un) return { table: null, end: i };
    rows[rows.length - 1] = { ...rows[rows.length - 1]!, cells: [{ lines: textLines(["序号"]) }, ...rows[rows.length - 1]!.cells], seqAdded: true };
    let n = 0;
    for (const r of un.rows) {
      const first = r[0]!;
      const last = r[r.length - 1]!;
      const at = { line: first.line, ...(first.page ? { page: first.page } : {}) };
      if (r.length === 1 && r[0]!.text && headingLevel(r[0]!.text) !== null) rows.push({ cells: [{ lines: textLines([first.text]) }], ...at });
      else if (r.length < headerFields.length) {
        // a row short of cells (an empty cell printed as nothing at all): each cell to the next column its kind fits
        const fields: CanonicalField[] = ["seq", ...headerFields];
        const spread = spreadByKind(r.map(printedText), fields) ?? r.map((_, k) => k + 1);
        const grid = Array.from({ length: headerFields.length }, (_, col) => {
          const x = r[spread.indexOf(col + 1)];
          return { lines: x ? textLines(x.lines) : [] };
        });
        rows.push({ cells: [{ lines: textLines([String(++n)]) }, ...grid], ...at });
        review.set(first.line, [incompleteRow(r.length + 1, headerFields.length + 1, false)]);
      } else rows.push({ cells: [{ lines: textLines([String(++n)]) }, ...r.map((x) => ({ lines: textLines(x.lines) }))], ...at });
      mark(first.line, last.line);
    }
    return { table: { piped, regular: false, rows, consumed: [...consumed], review }, end: un.end };
  }
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
      const isNext = (x: Cell) => SEQ_CELL.test(x.text) && parseInt(x.text, 10) === seq + 1;
      // the next number closes the row early: without `|` marks an empty cell is invisible, and with them
      // a cell merged down from the row above (rowspan) is not repeated
      const filled = () => row.filter((x) => x.gap === undefined).length;
      while (filled() < width && k < cells.length && !isNext(cells[k]!) && !DOCUMENT_TAIL.test(toSimplified(cells[k]!.text))) {
        // with a known separator an incomplete row has its empty cells in the gaps: a heading after a row its gaps
        // complete is the next rows' section
        if (sep !== null && row.length >= 2 && filled() + gapCells(row, sep) >= width && opensSection(cells, k, seq)) break;
        row.push(cells[k]!);
        k++;
      }
      // gaps after the row's last cell are its empty trailing cells
      while (sep !== null && filled() < width && k < cells.length && cells[k]!.gap !== undefined) row.push(cells[k++]!);
      const empties = sep === null ? null : fillGaps(row, width, sep);
      if (empties) row.splice(0, row.length, ...empties.row);
      const extra = row.length === width && k < cells.length && cells[k]!.gap === undefined ? categoryCell(row, cells[k]!, cells[k + 1], isNext) : null;
      if (extra) {
        // one cell more than the header, the next number right after: a category merged down over the rows
        // below (a 项目 column the header does not name), printed in the first row it covers
        rows.push({ cells: [{ lines: textLines([row[1]!.text]) }], spansTable: true, line: row[1]!.line });
        row.splice(1, 1);
        row.push(cells[k]!);
        k++;
        review.set(c.line, [extra]);
      }
      // a row short of cells before the next number: the cells merged down from the row above (rowspan) are not
      // repeated; when the cells' kinds (names of people, of units, a time) fit the columns one way only, that tells which
      const placed = row.length < width && !empties && prevRow ? placeByKind(row.slice(1).map(printedText), headerFields, prevRow.map((x) => x.text)) : null;
      const own = row[row.length - 1]!;
      if (placed) {
        const full: Cell[] = [row[0]!];
        const grid: GridCell[] = [{ lines: textLines(row[0]!.lines) }];
        for (let col = 1; col < width; col++) {
          const at = placed.cols.indexOf(col);
          const x = at >= 0 ? row[at + 1]! : prevRow![col]!;
          full.push(x);
          grid.push({ lines: textLines(x.lines), ...(at >= 0 ? {} : { spanned: true }) });
        }
        rows.push({ cells: grid, line: c.line, ...(c.page ? { page: c.page } : {}) });
        const reason = mergedAbove(placed.filled.map((k) => headerTexts[k]!), placed.filled.map((k) => prevRow![k]!.text), placed.filled.map((k) => headerFields[k]!));
        if (reason) review.set(c.line, [reason]);
        wholeRows++;
        prevRow = full;
      } else {
        // a short row whose cells do not fit the columns in order (a name under a unit column): each goes to the next
        // column its kind fits, the columns skipped left empty (flagged below as incomplete)
        const spread = row.length < width && !empties ? spreadByKind(row.slice(1).map(printedText), headerFields) : null;
        const gridCells = spread ? [row[0]!, ...Array.from({ length: width - 1 }, (_, col) => (spread.includes(col + 1) ? row[spread.indexOf(col + 1) + 1] : undefined))] : row;
        rows.push({ cells: gridCells.map((x) => ({ lines: x ? textLines(x.lines) : [] })), line: c.line, ...(c.page ? { page: c.page } : {}) });
        if (row.length < width) review.set(c.line, [incompleteRow(row.length, width, k >= cells.length)]);
        else if (empties?.guessed) review.set(c.line, [emptyCellsGuessed(width, empties.gaps)]);
        else wholeRows++;
        if (row.length === width) prevRow = [...row];
      }
      mark(c.line, own.line);
      lastSeq = seq;
      i = k;
      continue;
    }
    // (a numeral alone with its mark, `一、`, is a heading's number; its title is the next cell: see numeralSection)
    if (c.text && headingLevel(c.text) !== null && c.text.length <= LIST_SETTINGS.maxHeadingChars && !(seqFirst && numeralSection(cells, i, lastSeq))) {
      rows.push({ cells: [{ lines: textLines([c.text]) }], line: c.line, ...(c.page ? { page: c.page } : {}) });
      mark(c.line, c.line);
      i++;
      continue;
    }
    if (!c.text && (piped || c.gap !== undefined)) {
      mark(c.line, c.line);
      i++;
      continue;
    }
    if (seqFirst && isUnmarkedHeading(c.text) && classify(c.text) === "fragment" && opensRows(cells, i + 1, lastSeq)) {
      // a heading without a marker (`重点项目`) between rows: the next cell numbers the next row or is a heading;
      // a cell of its own between rows spanned the table
      rows.push({ cells: [{ lines: textLines([c.text]) }], spansTable: true, line: c.line, ...(c.page ? { page: c.page } : {}) });
      mark(c.line, c.line);
      i++;
      continue;
    }
    const numbered = seqFirst ? numeralSection(cells, i, lastSeq) : null;
    if (numbered) {
      // a section row written in the 序号 cell (`二`) and the task cell (`民生保障`): kept in its two cells when the
      // second column holds the tasks or categories, so the heading reads as printed (`二 民生保障`, table/segment.ts);
      // else the heading `二、民生保障`
      const asPrinted = ["task", "section"].includes(headerFields[1] ?? "");
      const cellsOfRow = asPrinted ? [{ lines: textLines([cells[i]!.text.trim()]) }, { lines: textLines([cells[i + 1]!.text.trim()]) }] : [{ lines: textLines([numbered]) }];
      rows.push({ cells: cellsOfRow, line: c.line, ...(c.page ? { page: c.page } : {}) });
      mark(c.line, cells[i + 1]!.line);
      i += 2;
      continue;
    }
    break; // the text after the table
  }
  if (lastSeq === 0) return { table: null, end: i };
  const used = cells.slice(header.start, i).filter((x) => x.gap === undefined);
  const dataRows = rows.filter((r) => r.cells.length > 1).length - 1; // without the header
  const gaps = used.every((x, k) => k === 0 || x.line > used[k - 1]!.line + 1);
  // judged on the next cell's first line: a PDF dump's paragraph (cells run together) starts with a short wrapped line
  const next = cells[i] && { ...cells[i]!, text: cells[i]!.lines[0] ?? cells[i]!.text };
  // (the numbering going on right after where the reading stopped is no end: a PDF text layer wraps a cell over lines
  // and prints a short row on one line, `3 培育规模以上…`, which a web page's table flattened one cell per line never does)
  const regular = !piped && !numberingGoesOn(cells.slice(i, i + RUN_ON_LOOKAHEAD_CELLS), lastSeq) && endsCleanly(next, cells[i + 1]) && wholeRows >= LIST_SETTINGS.minRegularRows && (gaps || wholeRows === dataRows);
  return { table: { piped, regular, rows, consumed: [...consumed], review }, end: i };
}

/**
 * Does the cell at `k` (skipping empty cells) go on with the table: the next number of the numbering
 * (`lastSeq + 1`, or any number before the first row), or a heading with a marker (`（二）…`)?
 */
function opensRows(cells: readonly Cell[], k: number, lastSeq: number): boolean {
  while (k < cells.length && !cells[k]!.text) k++;
  const next = cells[k];
  if (!next) return false;
  if (SEQ_CELL.test(next.text)) return lastSeq === 0 || parseInt(next.text, 10) === lastSeq + 1;
  return headingLevel(next.text) !== null && next.text.length <= LIST_SETTINGS.maxHeadingChars;
}

/** A heading cell: short, marked (`（二）…`) or unmarked and no name (`重点项目`). */
function isHeadingCell(t: string): boolean {
  if (!t || t.length > LIST_SETTINGS.maxHeadingChars) return false;
  return headingLevel(t) !== null || (isUnmarkedHeading(t) && classify(t) === "fragment");
}

/** Heading cells from `k` on (one or more levels) followed by the next number `seq + 1`: the next rows' section. */
function opensSection(cells: readonly Cell[], k: number, seq: number): boolean {
  if (!isHeadingCell(cells[k]!.text)) return false;
  for (let j = k + 1; j < cells.length; j++) {
    const t = cells[j]!.text;
    if (!t) continue;
    if (SEQ_CELL.test(t)) return parseInt(t, 10) === seq + 1;
    if (!isHeadingCell(t)) return false;
  }
  return false;
}

/** empty cells a gap of `n` blank lines stands for: an empty line and the separator each, at least one */
const emptyCellsIn = (n: number, sep: CellSeparator): number => Math.max(1, Math.round((n - sep) / (sep + 1)));
const gapCells = (row: ReadonlyArray<{ gap?: number }>, sep: CellSeparator): number => row.reduce((a, x) => a + (x.gap === undefined ? 0 : emptyCellsIn(x.gap, sep)), 0);

/**
 * The empty cells of a row read with a known separator: each gap (a run of `n` blank lines
 * longer than the separator) stands for `(n − sep) / (sep + 1)` empty cells, as a table prints an
 * empty cell as an empty line followed by the separator. When those add up to the cells the row
 * lacks against the header, the row is exact; otherwise the gaps still place the empty cells
 * (one each at least, in order, the rest at the row's end) and the row is `guessed`.
 * Returns null when the row has no gap.
 */
export function fillGaps<C extends { gap?: number; end?: boolean }>(row: readonly C[], width: number, sep: CellSeparator): { row: C[]; guessed: boolean; gaps: number } | null {
  const gaps = row.filter((x) => x.gap !== undefined);
  if (!gaps.length) return null;
  const missing = width - (row.length - gaps.length);
  const want = gaps.map((g) => emptyCellsIn(g.gap!, sep));
  const last = gaps[gaps.length - 1]!;
  if (last.end) {
    // the text's last blank lines: what the row still lacks, if they are enough for it
    const rest = missing - want.slice(0, -1).reduce((a, b) => a + b, 0);
    if (rest >= 0 && rest <= want[want.length - 1]!) want[want.length - 1] = rest;
  }
  const exact = want.reduce((a, b) => a + b, 0) === missing;
  let left = Math.max(0, missing);
  const out: C[] = [];
  row.forEach((x) => {
    if (x.gap === undefined) {
      out.push(x);
      return;
    }
    const n = Math.min(left, want[gaps.indexOf(x)]!);
    for (let j = 0; j < n; j++) out.push({ ...x, gap: undefined, lines: [], text: "" } as C);
    left -= n;
  });
  // a row that lacks more cells than its gaps show: the rest are taken as its last cells
  for (; left > 0; left--) out.push({ ...gaps[gaps.length - 1]!, gap: undefined, lines: [], text: "" } as C);
  // gaps in a row that has all its cells without them: some cell ran over lines (a line is no cell), the columns are a guess
  return { row: out, guessed: !exact, gaps: gaps.length };
}

/**
 * A row of `width` cells followed by one more cell and then the next number
 * (or the table's end): the row had one cell more than the header. When its
 * second cell is short and unpunctuated and the third reads as the task, the
 * second is a category merged down over the rows below (`联动共建科学城`).
 */
function categoryCell(row: readonly Cell[], after: Cell, afterThat: Cell | undefined, isNext: (x: Cell) => boolean): ReviewReason | null {
  if (isNext(after) || headingLevel(after.text) !== null || DOCUMENT_TAIL.test(toSimplified(after.text)) || isHeaderCell(after)) return null;
  if (afterThat && !isNext(afterThat) && !endsCleanly(afterThat)) return null;
  const category = row[1]!.text;
  const task = row[2]?.text ?? "";
  if (!category || category.length > LIST_SETTINGS.maxHeadingChars || /[。；;，,：:]/.test(category) || task.length <= category.length) return null;
  // a person's name is a people column printed before the task (责任领导 first), never a category; and a heading
  // without a marker (`重点项目`) right before the next number heads the next rows
  if (classify(category) === "person" || (isHeadingCell(after.text) && afterThat && isNext(afterThat))) return null;
  return {
    code: "FLAT_EXTRA_CELL",
    message: `这一行比表头多一格：“${category}”按所属类别（标题）处理，也适用于下面的行；它也可能是任务的小标题，请核对原文。`,
  };
}

/**
 * A two-level header flattened into one run (`序号 工作任务 责任单位 牵头单位 配合单位`,
 * where 责任单位 spans the two below it): the rows have one cell less than the run.
 * Returns the index of the group cell — one that names responsibility in general,
 * followed by at least two responsibility columns — when the rows between
 * consecutive numbers all have one cell less than the run, else -1.
 */
function groupCell(header: readonly Cell[], cells: readonly Cell[], from: number, sep: CellSeparator | null = null): number {
  const fields = header.map((c) => mapHeader(c.text));
  const g = fields.findIndex((f, k) => k > 0 && (f === "units" || f === "other") && isResponsibilityField(fields[k + 1] ?? "other") && isResponsibilityField(fields[k + 2] ?? "other"));
  if (g < 0) return -1;
  const spans = rowSpans(cells, from, sep);
  // a category column before the 序号 is printed once over its rows (`categoryBeforeSeq`): the rows leave out its cell, not a group label's
  const width = header.length - 1 - (categoryBeforeSeq(header.map((c) => c.text)) ? 1 : 0);
  return spans.length >= LIST_SETTINGS.minRegularRows && spans.every((n) => n === width) ? g : -1;
}

/** The cells between one number and the next (its own included), for the rows that are followed by the next number. */
function rowSpans(cells: readonly Cell[], from: number, sep: CellSeparator | null): number[] {
  const spans: number[] = [];
  let at = -1;
  for (let k = from; k < cells.length && spans.length < MAX_ROWS_MEASURED; k++) {
    if (!SEQ_CELL.test(cells[k]!.text)) continue;
    // a gap of blank lines counts the empty cells it stands for; a section row between two rows is none of their cells
    const between = cells.slice(at + 1, k).filter((x) => !isSectionCell(x.text));
    if (at >= 0 && parseInt(cells[k]!.text, 10) === parseInt(cells[at]!.text, 10) + 1) spans.push(sep === null ? 1 + between.length : 1 + gapCells(between, sep) + between.filter((x) => x.gap === undefined).length);
    at = k;
  }
  return spans;
}

/** The second half of a header word wrapped in its cell and printed as a line of its own (`单位` under `牵头`). */
const HEADER_TAIL_CELL = /^(单位|部门|领导|县领导|区领导|市领导|责任人|负责人|任务|时限)$/;

/**
 * A header whose words were wrapped in their cells, each half printed as a cell of its own (`牵头` `单位` `配合`
 * `单位`): each tail joins the cell before it when the two make one header word, and only when every row measured
 * between consecutive numbers (`spans`, at least `minRegularRows`) has the joined header's width. A header of whole
 * words (`牵头单位` `责任单位`), or one whose rows have the printed width, is left as printed.
 */
export function joinWrappedHeader<C extends { text: string; lines: string[] }>(header: readonly C[], spans: readonly number[]): C[] {
  const joins: number[] = [];
  for (let k = 1; k < header.length; k++) {
    const head = header[k - 1]!.text;
    if (!HEADER_TAIL_CELL.test(header[k]!.text) || HEADER_TAIL_CELL.test(head) || joins.includes(k - 1) || head.length > 4) continue;
    if (mapHeader(head) !== "seq" && mapHeader(head + header[k]!.text) !== "other") joins.push(k);
  }
  const width = header.length - joins.length;
  if (!joins.length || spans.length < LIST_SETTINGS.minRegularRows || !spans.every((n) => n === width)) return [...header];
  const out: C[] = [];
  header.forEach((c, k) => {
    if (!joins.includes(k)) out.push(c);
    else {
      const head = out.pop()!;
      out.push({ ...head, text: head.text + c.text, lines: [head.text + c.text] });
    }
  });
  return out;
}

/**
 * The columns of a short row's cells (after its 序号) when read in order they do not fit (`fits`): each cell
 * to the first column from the last one on that its kind fits. null when they fit in order already or some
 * cell fits no column left.
 */
export function spreadByKind(texts: readonly string[], fields: readonly CanonicalField[]): number[] | null {
  const kinds = texts.map(cellKind);
  if (kinds.every((k, c) => fits(k, fields[c + 1] ?? "other"))) return null;
  const cols: number[] = [];
  let col = 1;
  for (const k of kinds) {
    while (col < fields.length && !fits(k, fields[col]!)) col++;
    if (col >= fields.length) return null;
    cols.push(col++);
  }
  return cols;
}

/**
 * The rows of a piped flattened table without a 序号 column, from cell `from` on: the header's width of cells
 * each (a piped copy keeps empty cells as a lone pipe, so the count is exact), and marked headings (`一、…`)
 * between them. A row must read as one: a sentence under the task column, no sentence under a unit or people
 * column. Stops at the first group of cells that does not; null when fewer than two rows were read.
 */
export function unnumberedRows<C extends { text: string }>(cells: readonly C[], from: number, fields: readonly CanonicalField[]): { rows: C[][]; end: number } | null {
  const width = fields.length;
  const taskCol = fields.indexOf("task");
  if (taskCol < 0) return null;
  const rows: C[][] = [];
  let k = from;
  let read = 0;
  while (k < cells.length) {
    const t = cells[k]!.text;
    if (t && headingLevel(t) !== null && t.length <= LIST_SETTINGS.maxHeadingChars) {
      rows.push([cells[k]!]);
      k++;
      continue;
    }
    const row = cells.slice(k, k + width);
    if (row.length < width || !readsAsRow(row.map((c) => c.text), fields, taskCol)) {
      // a row short of cells (an empty cell left no line): its task cell, then fewer cells than the header's
      // width before the next row's task; taken (the caller flags it) only when the rows after it read whole
      const short = taskCol === 0 && read > 0 ? shortRowEnd(cells, k, fields) : null;
      if (short === null) break;
      rows.push(cells.slice(k, short));
      read++;
      k = short;
      continue;
    }
    rows.push(row);
    read++;
    k += width;
  }
  // headings after the last row belong to what follows
  while (rows.length && rows[rows.length - 1]!.length === 1 && width > 1) {
    rows.pop();
    k--;
  }
  return read >= 2 ? { rows, end: k } : null;
}

/**
 * Cells with each gap of blank lines (see `CellSeparator`) replaced by the empty cells it stands for, and the
 * index in the original list each comes from (`from` is the first's).
 */
export function gapsAsCells<C extends { text: string; lines: string[]; line: number; gap?: number }>(cells: readonly C[], from: number, sep: CellSeparator): { cells: C[]; at: number[] } {
  const out: C[] = [];
  const at: number[] = [];
  cells.forEach((c, k) => {
    const n = c.gap === undefined ? 0 : emptyCellsIn(c.gap, sep);
    if (c.gap === undefined) {
      out.push(c);
      at.push(from + k);
    } else
      for (let j = 0; j < n; j++) {
        out.push({ ...c, gap: undefined, text: "", lines: [] });
        at.push(from + k);
      }
  });
  return { cells: out, at };
}

/**
 * Where a short row starting at `k` ends, in a table whose task is the first column: the next cell after at least
 * one responsibility cell that opens a whole row (`readsAsRow`), while the cells between fit columns by their kinds
 * (`spreadByKind`, none of them a sentence). null when no such cell comes within the header's width.
 */
function shortRowEnd<C extends { text: string }>(cells: readonly C[], k: number, fields: readonly CanonicalField[]): number | null {
  const width = fields.length;
  const task = cells[k]?.text.trim() ?? "";
  if (!task || cellKind(task) !== "text" || headingLevel(task) !== null) return null;
  for (let m = k + 2; m < k + width && m < cells.length; m++) {
    const next = cells.slice(m, m + width);
    if (next.length < width || !readsAsRow(next.map((c) => c.text), fields, 0)) continue;
    const own = cells.slice(k + 1, m).map((c) => c.text);
    if (own.some((t) => !t.trim() || cellKind(t) === "text")) return null;
    return spreadByKind([task, ...own], ["seq", ...fields]) ? m : null;
  }
  return null;
}

/**
 * Rows of a table whose 序号 is its last column (`责任领导 | 工作任务 | 责任单位 | 序号`), cells one per line: each
 * row ends with its number, the next in order. A marked heading (`一、…`) before a row's first cell is a section
 * row. Stops at a cell that cannot go on the table (the document's tail, more cells than the header before a
 * number); null unless two rows or more come whole.
 */
export function seqLastRows<C extends { text: string }>(cells: readonly C[], from: number, headerTexts: readonly string[]): { rows: C[][]; end: number; whole: number } | null {
  const width = headerTexts.length;
  const rows: C[][] = [];
  let row: C[] = [];
  let lastSeq = 0;
  let whole = 0;
  let k = from;
  for (; k < cells.length; k++) {
    const t = cells[k]!.text;
    if (!row.length && t && headingLevel(t) !== null && t.length <= LIST_SETTINGS.maxHeadingChars) {
      rows.push([cells[k]!]);
      continue;
    }
    if (!row.length && t === headerTexts[0] && cells.slice(k, k + width).every((x, j) => x.text === headerTexts[j])) {
      k += width - 1; // the header repeated on the next page
      continue;
    }
    if (SEQ_CELL.test(t) && row.length && (lastSeq === 0 || parseInt(t, 10) === lastSeq + 1)) {
      if (row.length !== width - 1) break; // a row short or long of cells: the columns cannot be told
      rows.push([...row, cells[k]!]);
      whole++;
      lastSeq = parseInt(t, 10);
      row = [];
      continue;
    }
    if (row.length >= width - 1 || DOCUMENT_TAIL.test(toSimplified(t)) || SEQ_CELL.test(t)) break;
    row.push(cells[k]!);
  }
  const end = k - row.length;
  while (rows.length && rows[rows.length - 1]!.length === 1) rows.pop();
  return whole >= 2 ? { rows, end, whole } : null;
}

/** Header texts whose first column is a category (项目) and whose second is the 序号. */
function categoryBeforeSeq(texts: readonly string[]): boolean {
  const fields = mapHeaders(texts);
  return fields[0] === "section" && fields[1] === "seq";
}

/** Cells that read as one row under the fields: a sentence under the task, none under a responsibility column. */
function readsAsRow(texts: readonly string[], fields: readonly CanonicalField[], taskCol: number): boolean {
  const task = texts[taskCol]!.trim();
  if (!task || cellKind(task) !== "text" || headingLevel(task) !== null) return false;
  return texts.every((t, c) => c === taskCol || !isResponsibilityField(fields[c]!) || !t.trim() || cellKind(t) !== "text" || !endsSentenceText(t));
}
const endsSentenceText = (t: string): boolean => /[。；;！？!?]$/.test(t.trim());

/** A 序号 cell holding a Chinese numeral alone (`一`, `十二`): a section row's number. */
const CN_NUMERAL_CELL = new RegExp(`^[${CN_NUMERALS}]{1,3}[、.．]?$`);

/**
 * A section row printed in the 序号 cell and the next (`二 |` then `民生保障 |`), followed by the next row's
 * number or another heading: the heading `二、民生保障`, else null. The title must read as a heading (short,
 * unpunctuated, no name).
 */
export function numeralSection(cells: ReadonlyArray<{ text: string }>, i: number, lastSeq: number): string | null {
  const num = cells[i]?.text.trim() ?? "";
  const title = cells[i + 1]?.text.trim() ?? "";
  if (!CN_NUMERAL_CELL.test(num) || !title || title.length > LIST_SETTINGS.maxHeadingChars) return null;
  if (!isUnmarkedHeading(title) || classify(title) !== "fragment" || !opensRows(cells as Cell[], i + 2, lastSeq)) return null;
  return `${num.replace(/[、.．]$/, "")}、${title}`;
}

/** A marked section row's cell (`二、增进民生福祉`) between two rows. */
const isSectionCell = (t: string): boolean => !!t && headingLevel(t) !== null && t.length <= LIST_SETTINGS.maxHeadingChars;

/**
 * The header of a two-level header run without its group cell. A web table flattens its header rows in
 * order, so the lower row's cells (those under the group cell) are the run's last cells: when the group
 * is followed by other upper cells (`序号 目标任务 责任单位 责任领导 牵头单位 配合单位`), the trailing unit
 * columns (two or more) take the group's place (`序号 目标任务 牵头单位 配合单位 责任领导`). Otherwise the
 * cells after the group are its lower row, in place already.
 */
export function subHeaderInPlace<C extends { text: string }>(header: readonly C[], group: number): C[] {
  const fields = header.map((c) => mapHeader(c.text));
  let m = 0;
  while (m < header.length - group - 1 && UNIT_COLUMN.has(fields[header.length - 1 - m]!)) m++;
  const rest = header.length - group - 1 - m;
  if (m < 2 || rest < 1) return header.filter((_, k) => k !== group);
  return [...header.slice(0, group), ...header.slice(header.length - m), ...header.slice(group + 1, header.length - m)];
}
const UNIT_COLUMN = new Set<string>(["leadUnits", "units", "coUnits"]);

/** Rows measured to tell a two-level header (enough to see a pattern, not the whole table). */
const MAX_ROWS_MEASURED = 20;

/** Longest stray cell (a name, a fragment) after which a table cannot be said to have ended. */
const MAX_STRAY_CELL = 20;

/**
 * The table ends where a document goes on after a table: the end of the text,
 * the next attachment, title or header, the 抄送/印发 lines, or a paragraph.
 * A short stray cell (`刘洋` after a row) means the rows go on in a shape this
 * reader does not follow (a PDF text dump).
 */
/** cells after the last row read within which the next 序号 shows that the table goes on */
const RUN_ON_LOOKAHEAD_CELLS = 4;

/**
 * One of the cells after the rows read opens the next row: the next 序号 alone, or before a space and Han text
 * (`3 培育规模以上工业企业 4 家 …`, a row printed on one line).
 */
export function numberingGoesOn(after: ReadonlyArray<{ text: string }>, lastSeq: number): boolean {
  return after.some((c) => {
    const m = /^(\d{1,3})(?:[ \t\u3000]+\p{Script=Han}.*)?$/u.exec(c.text.trim());
    return m !== null && Number(m[1]) === lastSeq + 1;
  });
}

function endsCleanly(next: Cell | undefined, after?: Cell): boolean {
  if (!next) return true;
  const t = toSimplified(next.text);
  return DOCUMENT_TAIL.test(t) || LIST_TITLE.test(t) || isHeaderCell(next) || t.length > MAX_STRAY_CELL || isSignature(t, after?.text);
}

/** What follows a table in a notice and is never one of its cells: the next attachment, the 抄送/印发 lines. */
const DOCUMENT_TAIL = /^(附件\s*\d*[：:]?\s*$|抄送|印发|主题词)/;

function emptyCellsGuessed(width: number, gaps: number): ReviewReason {
  return {
    code: "FLAT_EMPTY_CELLS_GUESSED",
    message: `这一行有空格（原文空了 ${gaps} 处），但空行的多少与表头 ${width} 列对不上：哪几格为空是推断的，后面各格的归属可能错位，请核对原文。`,
  };
}

function incompleteRow(found: number, width: number, atEnd: boolean): ReviewReason {
  return {
    code: "FLAT_ROW_INCOMPLETE",
    message: atEnd
      ? `这一行只有 ${found} 格，表头有 ${width} 列，文本在此结束（可能被截断）：各格的归属是推断的，空着的责任格沿用了上一行，请核对原文。`
      : `这一行只有 ${found} 格，表头有 ${width} 列（空格或上一行合并下来的格在一格一行的文本中看不出来）：各格的归属是推断的，请核对原文。`,
  };
}

/**
 * A header printed on one line (`序号 工作任务 牵头单位 责任单位 完成时限`) above cells printed one per
 * line: the line is cut into one header cell per word when every word is a header word and they name a
 * task and a responsibility column. Any other line is returned as it is.
 */
export function headerLineCells<C extends { text: string; lines: string[]; oneLine?: boolean }>(c: C): C[] {
  // the printed line keeps the spaces between the words (the cell's text has them cleaned away)
  if (c.lines.length !== 1) return [c];
  const words = c.lines[0]!.split(/\s+/).filter(Boolean);
  if (words.length < LIST_SETTINGS.minFlatHeaderCells || !words.every((w) => isHeaderCell({ text: w }))) return [c];
  const fields = words.map(mapHeader);
  if (!fields.includes("task") || !fields.some(isResponsibilityField)) return [c];
  return words.map((w) => ({ ...c, text: w, lines: [w], oneLine: true }));
}

