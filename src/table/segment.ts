/**
 * The table stage: grid rows (from any format) → tables and their records.
 *
 * - a header row (by synonyms; one row, or two with a merged upper row) is
 *   pending until the next numbered row decides what it is: the table's own
 *   header repeated (same columns, numbering goes on, no new title) is
 *   dropped; anything else opens a table;
 * - a row whose 序号 cell holds a number starts a record (never a header);
 * - a row without a 序号 continues the record above (a wrapped or cut row);
 * - a row with one filled cell is page noise, the rest of a cut row, a
 *   section heading (marker, bold, spanning the table, or short unmarked text
 *   from the first column), a table title, or stray text (reported);
 * - a 项目 column's cell sets the section path of its row and the rows below.
 *
 *   rows → readRow (header | sub-header | lone cell | task row | continuation) → records
 */
import type { CanonicalField, Diagnostic, ReviewReason } from "../model/schema.js";
import type { GridCell, GridRow, LayoutResult, RawRecord, TableSpec } from "../model/intermediate.js";
import { cleanText } from "../text/hygiene.js";
import { maxOf, minOf } from "../arrays.js";
import { hasDivisionColumn, isMeasureTableHeader, mapHeader, mapHeaders, TASK_AND_DIVISION } from "./headers.js";
import { cellText, cellTexts, couldBeHeaderCell, filledCells, isHeaderCells, isPageNoise, isSubHeader, isTableTitle, isUnmarkedHeading, mergeHeaderRows, ownCells, rowSeq, wasBold } from "./find.js";
import { CN_NUMERALS, endsSentence, FIRST_IS_LEAD_HEDGED, isResponsibilityField, seqOf } from "./lexicon.js";
import { addCells, newRecord } from "./records.js";
import { applyCellRoles, applyTaskCellLabels } from "./cellroles.js";
import { headerFirstIsLead } from "./firstlead.js";
import { applyLeadMarks, explainsLeadMarks } from "./leadmarks.js";
import { applyUnitPersons, unitPersonFields } from "./unitpersons.js";
import { headingLevel, parseSectionCell, SectionPath } from "./sections.js";
import { mergedAbove, placeByKind } from "./merged.js";
import { widenCollapsedRepeats } from "./collapsedheader.js";

export interface GridOptions {
  /** the layout name recorded in each table (`tsv`, `lattice`, …) */
  layout: string;
  /**
   * each grid row is a whole row as the source delimits it (a tab or pipe line, a structured
   * document's row), never one printed line of a wrapped cell
   */
  wholeRows?: boolean;
}

/** A header read, waiting for the next numbered row to say whether it opens a table. */
interface PendingHeader {
  headers: string[];
  columns: CanonicalField[];
  /** headings read since the header: they open the new table's section path */
  headings: Array<{ text: string; level: number }>;
}

/** Everything the stage knows while it walks the rows. */
interface State {
  /** a 项目 heading completed across a page break (`cutSectionRest`): the rows under it are flagged */
  cutHeading?: { whole: string; reason: ReviewReason };
  layout: string;
  wholeRows: boolean;
  tables: TableSpec[];
  records: RawRecord[];
  diagnostics: Diagnostic[];
  table: TableSpec | null;
  pending: PendingHeader | null;
  /** a table title read since the last table opened */
  title: string | null;
  lastSeq: number;
  /** added to the printed 序号 where it restarts at 1 under each section heading of one table (1 2 | 二、… | 1 2 → 1 2 3 4) */
  seqOffset: number;
  section: SectionPath;
  current: RawRecord | null;
  /** one-cell rows between two records that belong to neither: reported when the next record starts */
  stray: GridRow[];
  /** columns where the table writes its heading rows (a lone cell with a numbering marker, bold, or spanning) */
  headingColumns: Set<number>;
  /** unmarked headings read from a names column (they might have been names): the rows under them are flagged */
  guessedHeadings: Set<string>;
  /** a task row was read since the last heading */
  taskSinceHeading: boolean;
  /** the level the last unmarked heading was given */
  unmarkedLevel: number | null;
  /** the current record's row stopped before a responsibility column (its line ends after the task): its cell count */
  currentShort: number | null;
  /** the last numbered row with a cell in every column, no continuation after it: where a merged cell of the next comes from */
  prevFull: GridRow | null;
  /** the cells before the 序号 of the last numbered row (a 类别 merged over rows, carried down by `mergedBeforeSeq`) */
  beforeSeq?: GridCell[];
  /** inside a table of indicators (`isMeasureTableHeader`): its rows are no tasks, skipped up to the next header */
  measures?: boolean;
}

/** Grid rows → tables and raw records (see the module comment). */
export function gridToRecords(printed: readonly GridRow[], options: GridOptions): LayoutResult {
  // a header repeated with a merged header cell over fewer columns: it and its rows lined up with the table's columns
  const rows = widenCollapsedRepeats(printed);
  const st: State = {
    layout: options.layout,
    wholeRows: options.wholeRows ?? false,
    tables: [],
    records: [],
    diagnostics: [],
    table: null,
    pending: null,
    title: null,
    lastSeq: 0,
    seqOffset: 0,
    section: new SectionPath(),
    current: null,
    stray: [],
    headingColumns: new Set(),
    guessedHeadings: new Set(),
    taskSinceHeading: false,
    unmarkedLevel: null,
    currentShort: null,
    prevFull: null,
  };
  for (let i = 0; i < rows.length; ) i += readRow(st, rows, i);
  flagCutLastRow(st);
  noteNumberOnlyAtEnd(st, rows);
  noteNumberedInOrder(st, rows);
  // roles written in a unit cell (`牵头：X；配合：Y`, `X（牵头）`) name a more specific field than the column's header;
  // a field no column names is added after the columns (as a list adds its labels), so that a row whose names
  // all moved out of its printed column is not taken for a merged one and filled down
  const marksExplained = explainsLeadMarks(rows.map((r) => r.cells.map((c) => c.lines.map((l) => l.text).join("")).join("")).join(""));
  for (const rec of st.records) {
    const spec = st.tables.find((t) => t.index === rec.table);
    applyLeadMarks(rec, marksExplained);
    // a unit header that says its first unit leads (`责任单位（排第一位的为牵头单位）`): the units stay under their
    // header; the caller may ask for the first to lead (layouts/firstlisted.ts)
    const firstLeads = spec ? headerFirstIsLead(spec.headers) : null;
    if (firstLeads) rec.firstListed = { note: firstLeads, rest: "units", hedged: FIRST_IS_LEAD_HEDGED.test(firstLeads) };
    const paired = spec ? unitPersonFields(spec.headers) : new Set<never>();
    if (spec && paired.size && applyUnitPersons(rec, paired) && !spec.columns.includes("leaders")) {
      spec.headers.push({ text: "责任人", field: "leaders" });
      spec.columns.push("leaders");
    }
    const division = spec ? hasDivisionColumn(spec.headers) : false;
    // a task column that carries the division of work too (`工作任务及责任分工`): its cells' label lines
    const fromTask = spec && spec.headers.some((h) => h.field === "task" && TASK_AND_DIVISION.test(h.text)) ? applyTaskCellLabels(rec) : [];
    // (its responsibilities are written as a list's, each row's own: no merged cell to fill down, no column to pair)
    if (spec && fromTask.length) spec.paragraphs = true;
    for (const { text, field } of [...fromTask, ...applyCellRoles(rec, division)]) {
      if (!spec || spec.columns.includes(field)) continue;
      spec.headers.push({ text, field });
      spec.columns.push(field);
    }
  }
  // text after the last row (抄送, signature, printing date) is not part of the table
  return { tables: st.tables, records: st.records, diagnostics: st.diagnostics, consumed: tableLines(rows, st.records) };
}

/**
 * The lines each table was read from: its records' span, and the rows between its header row and its first
 * record (heading rows: `一、…（分管领导：X）` there is the table's section, not a paragraph for another layout).
 */
function tableLines(rows: readonly GridRow[], records: readonly RawRecord[]): number[] {
  const out: number[] = [];
  const byTable = new Map<number, number[]>();
  for (const r of records) if (r.source.line !== undefined) byTable.set(r.table, [...(byTable.get(r.table) ?? []), r.source.line]);
  for (const lines of byTable.values()) {
    let start = minOf(lines);
    for (let i = rows.findIndex((r) => r.line === start) - 1; i >= 0; i--) {
      const r = rows[i]!;
      if (r.line === undefined) break;
      if (r.header || isHeaderCells(cellTexts(ownCells(r)))) {
        start = r.line;
        break;
      }
      // a heading row: one filled cell
      if (filledCells(ownCells(r)).length > 1) break;
    }
    for (let n = start; n <= maxOf(lines); n++) out.push(n);
  }
  return out;
}

/**
 * A table that prints no 序号 (its header row's 序号 cell was added by the layout): its rows were numbered in the
 * order they come. Said once per table, so that nobody takes the numbers for printed ones.
 */
function noteNumberedInOrder(st: State, rows: readonly GridRow[]): void {
  for (const r of rows) {
    if (!r.seqAdded || r.line === undefined) continue;
    const first = st.records.find((x) => (x.source.line ?? 0) > r.line!);
    if (!first) continue;
    const count = st.records.filter((x) => x.table === first.table).length;
    st.diagnostics.push({
      level: "info",
      code: "TABLE_UNNUMBERED_ROWS",
      message: `表格没有序号列：${count} 行任务的序号是按出现顺序编排的，不是原文印出的编号。`,
      table: first.table,
      line: r.line,
    });
  }
}

/** Read the row at `i`; returns how many rows it took (a header over two rows takes two). */
function readRow(st: State, rows: readonly GridRow[], i: number): number {
  // a cell merged down from the row above (`spanned`) is not this row's own text: it neither
  // numbers the row nor continues a record; a numbered row inherits its entity fields
  let full = rows[i]!;
  let row = ownCells(full);
  const filled = filledCells(row);
  if (filled.length === 0) return 1;
  const texts = cellTexts(row);
  if (st.measures && !(filled.length >= 2 && isHeaderCells(texts))) return 1;

  if (filled.length >= 2) {
    if (isHeaderCells(texts)) {
      st.measures = false;
      setPending(st, texts, partHeadingAbove(rows, i));
      return 1;
    }
    if (texts.every(couldBeHeaderCell) && isMeasureTableHeader(texts)) {
      // a table of indicators (an annex of targets): no tasks; the table above ends here
      st.measures = true;
      st.table = null;
      st.pending = null;
      st.current = null;
      st.prevFull = null;
      st.diagnostics.push({
        level: "info",
        code: "TABLE_OF_INDICATORS",
        message: `“${texts.filter((t) => t.trim()).join(" | ")}”是指标表（有计量单位、没有责任单位或责任人一列）的表头：其下各行不是任务，未读取。`,
        ...(full.line !== undefined ? { line: full.line } : {}),
      });
      return 1;
    }
    const merged = i + 1 < rows.length ? mergeHeaderRows(texts, rows[i + 1]!) : null;
    if (merged) {
      setPending(st, merged);
      return 2;
    }
  }
  // a second header row under a merged one (责任单位 over 牵头单位 | 配合单位): the lower,
  // more specific header wins in the columns it fills
  if (st.pending && isSubHeader(texts, filled, st.pending.columns)) {
    st.pending.headers = st.pending.headers.map((h, k) => (texts[k]?.trim() ? texts[k]! : h));
    st.pending.columns = mapHeaders(st.pending.headers);
    return 1;
  }

  const columns = st.table?.columns ?? st.pending?.columns ?? null;
  const before = columns ? mergedBeforeSeq(st, full, columns) : null;
  if (before) {
    full = before;
    row = ownCells(full);
  }
  const numbered = rowSeq(row, columns);
  const numeralHeading = numbered || !columns ? null : cnNumberedHeading(row, columns);
  if (numeralHeading) {
    // a heading row numbered in the 序号 column (`二 | 社会民生 | | `): a section, not the rest of the task above
    st.taskSinceHeading = false;
    // (a bracketed numeral, `（一）…`, is a level below a bare one)
    const level = headingLevel(numeralHeading) === 2 ? 2 : 1;
    st.section.push(numeralHeading, level);
    st.pending?.headings.push({ text: numeralHeading, level });
    return 1;
  }
  if (!numbered) {
    if (filled.length === 1) readLoneCell(st, row, filled[0]!);
    else if (st.table && st.current) {
      addCells(st.current, row, st.table, st.section, true);
      if (full.review?.length) st.current.review = [...(st.current.review ?? []), ...full.review];
      st.currentShort = null;
      st.prevFull = null;
    }
    // cells of no record before the table's first task: reported (UNPLACED_TEXT), never dropped unseen
    else if (st.table || st.pending) st.stray.push(row);
    return 1;
  }
  // a bare number on a line of its own (no cell separators) inside a table is a page number
  if (row.cells.length === 1 && st.table && st.table.columns.length >= 2) return 1;
  const own = rowSeq(full, columns)?.row ?? full;
  const merged = columns ? (carryMerged(st, rows, i, own, columns) ?? carryBlankSupervisor(st, rows, i, own, columns)) : null;
  readTaskRow(st, numbered.seq, numbered.row, merged?.row ?? own);
  if (merged?.reason && st.current) st.current.review = [...(st.current.review ?? []), merged.reason];
  if (full.review?.length && st.current) st.current.review = [...(st.current.review ?? []), ...full.review];
  st.prevFull = columns && (merged?.row ?? own).cells.length === columns.length ? (merged?.row ?? own) : null;
  st.beforeSeq = columns ? (merged?.row ?? own).cells.slice(0, Math.max(0, columns.indexOf("seq"))) : [];
  return 1;
}

/**
 * A numbered row short of cells, the next row numbered too (no continuation): the cells merged down
 * from the row above (an HTML rowspan copied out of a browser) are not printed. When the cells' kinds
 * place them one way only (src/table/merged.ts), the row comes back whole, the merged cells carried
 * down as spanned cells (their fields `inherited`), with a review reason.
 */
function carryMerged(st: State, rows: readonly GridRow[], i: number, row: GridRow, columns: readonly CanonicalField[]): { row: GridRow; reason: ReviewReason | null } | null {
  const above = st.prevFull;
  // the cells from the 序号 on (the columns before it, a 类别 merged over rows, were carried down by `mergedBeforeSeq`)
  const s = Math.max(0, columns.indexOf("seq"));
  // (a header read since: the row may open a new table)
  if (!above || st.pending || row.cells.length >= columns.length || row.cells.slice(s).some((c) => c.spanned)) return null;
  const next = rows[i + 1];
  if (next && !rowSeq(ownCells(next), columns)) {
    // the next row continues this one unless it is a heading, or a lone cell outside the content columns
    // (the signature under the table, in the 序号 column)
    const lone = filledCells(ownCells(next));
    const field = columns[lone[0] ?? 0] ?? "other";
    const content = field === "task" || isResponsibilityField(field);
    if (lone.length !== 1 || (headingLevel(cleanText(cellText(next, lone[0]!))) === null && content)) return null;
  }
  const texts = row.cells.slice(s + 1).map((_, k) => cleanText(cellText(row, s + k + 1)));
  const from = columns.slice(s);
  const placed = placeByKind(texts, from, from.map((_, k) => cleanText(cellText(above, s + k))));
  if (!placed) return null;
  const cells: GridCell[] = row.cells.slice(0, s + 1);
  for (let col = s + 1; col < columns.length; col++) {
    const at = placed.cols.indexOf(col - s);
    cells.push(at >= 0 ? row.cells[s + at + 1]! : { lines: [...(above.cells[col]?.lines ?? [])], spanned: true });
  }
  const headers = st.table?.headers.map((h) => h.text) ?? [];
  const filled = placed.filled.map((k) => k + s);
  return {
    row: { ...row, cells },
    reason: mergedAbove(filled.map((k) => headers[k] ?? columns[k]!), filled.map((k) => cleanText(cellText(above, k))), filled.map((k) => columns[k]!)),
  };
}

/** Text grids whose merged cells are printed once, in the first row they cover (a copy out of a spreadsheet or a web page). */
const FIRST_ROW_MERGE_LAYOUTS = new Set(["tsv", "csv", "markdown"]);

/**
 * A row of a text grid that opens with its 序号 where the header puts columns before it (`类别 | 序号 | …`): a web copy
 * prints a cell merged over rows once, in the first row it covers, and the rows below come out without it. When the
 * row's number goes on from the task above and every column before the 序号 is one that merges over rows (a category,
 * a responsibility or an uninterpreted column; never the task), those cells are the row above's, carried down
 * (spanned). A row whose 序号 column holds its number, or whose first cell is no number, is left as it is.
 */
function mergedBeforeSeq(st: State, row: GridRow, columns: readonly CanonicalField[]): GridRow | null {
  const s = columns.indexOf("seq");
  const above = st.beforeSeq;
  if (s <= 0 || above?.length !== s || !st.current || st.pending || !FIRST_ROW_MERGE_LAYOUTS.has(st.layout)) return null;
  const shifted = opensWithSeq(row, columns);
  const seq = seqOf(cellText(row, 0));
  if (!shifted || seq === null || seq + st.seqOffset !== st.current.seq + 1) return null;
  return { ...row, cells: [...above.map((c) => ({ lines: [...c.lines], spanned: true })), ...row.cells] };
}

/**
 * The row laid under its header's columns when it opens with its 序号 where the header puts mergeable columns before
 * it (see `mergedBeforeSeq`), those cells left empty; null when it does not.
 */
function opensWithSeq(row: GridRow, columns: readonly CanonicalField[]): GridRow | null {
  const s = columns.indexOf("seq");
  if (s <= 0 || row.cells.some((c) => c.spanned) || row.cells.length > columns.length - s || seqOf(cellText(row, s)) !== null) return null;
  if (seqOf(cellText(row, 0)) === null || !columns.slice(0, s).every((f) => f === "section" || f === "other" || isResponsibilityField(f))) return null;
  return { ...row, cells: [...columns.slice(0, s).map(() => ({ lines: [] })), ...row.cells] };
}

/**
 * A numbered row of a text grid whose supervising-leader cell is blank while its unit cells are not, under a row
 * that names the leader: the leader's cell was merged down over a block of rows (one vice mayor for several tasks),
 * and a spreadsheet or web copy prints a merged cell once. The leader above is carried down (`inherited`), with a
 * review reason (the cell could also have been left empty). Only the supervising-leader column: a blank unit cell
 * beside filled ones is no merge, and a person column paired with the units has its own count check.
 */
function carryBlankSupervisor(st: State, rows: readonly GridRow[], i: number, row: GridRow, columns: readonly CanonicalField[]): { row: GridRow; reason: ReviewReason | null } | null {
  const above = st.prevFull;
  // (the cells before the 序号, a 类别 merged over rows, may have been carried down by `mergedBeforeSeq`)
  if (!above || st.pending || !FIRST_ROW_MERGE_LAYOUTS.has(st.layout) || row.cells.slice(Math.max(0, columns.indexOf("seq"))).some((c) => c.spanned)) return null;
  const col = columns.indexOf("supervisors");
  if (col < 0 || columns.lastIndexOf("supervisors") !== col || cleanText(cellText(row, col)) || !cleanText(cellText(above, col))) return null;
  if (!mergedStyleColumn(rows, i, col, columns)) return null;
  const units = columns.map((f, k) => (f === "leadUnits" || f === "units" || f === "coUnits") && !!cleanText(cellText(row, k)));
  if (!units.some(Boolean)) return null;
  const cells: GridCell[] = columns.map((_, k) => (k === col ? { lines: [...(above.cells[col]?.lines ?? [])], spanned: true } : (row.cells[k] ?? { lines: [] })));
  const header = st.table?.headers[col]?.text ?? "分管领导";
  const value = cleanText(cellText(above, col));
  return {
    row: { ...row, cells },
    reason: {
      code: "CELL_MERGED_ABOVE",
      message: `这一行的“${header}”一格是空的，而单位各格不空：应是与上一行合并的单元格（合并单元格只在第一行印出），已沿用上一行的“${value}”。请核对原文。`,
    },
  };
}

/** The least share of a table's numbered rows whose leader cell is blank for the column to be one of merged blocks. */
const MERGED_COLUMN_SHARE = 0.2;

/**
 * Is the column printed once per block of rows (merged cells), as opposed to a column with an empty cell here and
 * there? Among the numbered rows of the table around row `i` (up to the headers before and after), at least two and
 * `MERGED_COLUMN_SHARE` of them have the cell blank beside a filled unit cell. A single blank in a long table is an
 * empty cell; rows blank in every responsibility cell are merged as a whole and not counted.
 */
function mergedStyleColumn(rows: readonly GridRow[], i: number, col: number, columns: readonly CanonicalField[]): boolean {
  let from = i;
  while (from > 0 && !isHeaderCells(cellTexts(rows[from - 1]!))) from--;
  let to = i;
  while (to + 1 < rows.length && !isHeaderCells(cellTexts(rows[to + 1]!))) to++;
  let numbered = 0;
  let blank = 0;
  for (let k = from; k <= to; k++) {
    const r = ownCells(opensWithSeq(rows[k]!, columns) ?? rows[k]!);
    if (!rowSeq(r, columns)) continue;
    numbered++;
    // a row with every responsibility cell blank is a merge of the whole row (filled down later), not of this column
    const units = columns.some((f, k) => (f === "leadUnits" || f === "units" || f === "coUnits") && !!cleanText(cellText(r, k)));
    if (units && !cleanText(cellText(r, col))) blank++;
  }
  return blank >= 2 && blank >= MERGED_COLUMN_SHARE * numbered;
}

function setPending(st: State, headers: string[], headings: Array<{ text: string; level: number }> = []): void {
  st.pending = { headers, columns: mapHeaders(headers), headings };
}

/**
 * A numbered heading on the line right above a header (`二、预期性指标` over `序号 | 指标名称 | …`): the part of
 * the attachment that this header opens, so the heading of every row under it. A title without a number
 * (`附件2 重点工作分解表`) is the table's title, no heading.
 */
function partHeadingAbove(rows: readonly GridRow[], i: number): Array<{ text: string; level: number }> {
  let k = i - 1;
  while (k >= 0 && filledCells(ownCells(rows[k]!)).length === 0) k--;
  if (k < 0) return [];
  const above = ownCells(rows[k]!);
  const filled = filledCells(above);
  if (filled.length !== 1) return [];
  const text = cleanText(cellText(above, filled[0]!)).replace(/^#+\s*/, "");
  const level = headingLevel(text);
  return level === null || isPageNoise(text) ? [] : [{ text, level }];
}

/** A row with one filled cell and no 序号: page noise, the rest of a cut row, a heading, a title, or stray text. */
function readLoneCell(st: State, row: GridRow, col: number): void {
  const only = cellText(row, col);
  const plain = cleanText(only).replace(/^#+\s*/, "");
  // page numbers and 附件 lines between the rows are page furniture
  if (isPageNoise(plain)) return;
  const field = (st.table?.columns ?? st.pending?.columns)?.[col] ?? "other";
  const contentColumn = field === "task" || isResponsibilityField(field);
  const level = headingLevel(plain);
  // a row cut by a page break that goes on in one content column: the rest of the record above
  // (a sentence that happens to start with `1.` is still the task's text)
  // but a short unmarked line in a content column can be a heading row written there (`| | 重点项目 | |`):
  // in the task column after a task that ended its sentence (or before any task) when rows are whole
  // rows (a printed line of a wrapped task may end a sentence), in a names column
  // where the table's numbered headings stand (a guess: the rows under it are flagged)
  const unmarkedText = level === null && row.cells.length >= 2 && isUnmarkedHeading(plain) && !endsSentence(plain);
  const headingInTask = st.wholeRows && unmarkedText && field === "task" && (!st.current || endsSentence(st.current.task.join("")));
  const headingInNames = unmarkedText && isResponsibilityField(field) && st.headingColumns.has(col);
  if (st.table && st.current && row.cells.length >= 2 && contentColumn && !wasBold(row) && !headingInTask && !headingInNames && (level === null || endsSentence(plain))) {
    addCells(st.current, row, st.table, st.section, true);
    return;
  }
  if (st.table || st.pending) {
    // a heading: a numbering marker, bold, or a short unmarked line spanning the table from its first column
    const unmarked = level === null && (!contentColumn || headingInTask || headingInNames) && row.cells.length >= 2 && isUnmarkedHeading(plain);
    if (level !== null || wasBold(row) || row.spansTable || unmarked) {
      const heading = { text: cleanText(only), level: level ?? unmarkedHeadingLevel(st) };
      if (level === null) st.unmarkedLevel = heading.level;
      st.taskSinceHeading = false;
      if (!unmarked) st.headingColumns.add(col);
      if (headingInNames) st.guessedHeadings.add(heading.text);
      st.section.push(heading.text, heading.level);
      st.pending?.headings.push(heading);
      return;
    }
  }
  if (isTableTitle(only)) {
    st.title = cleanText(only.replace(/^#+\s*/, ""));
    return;
  }
  if (st.table && st.current) st.stray.push(row);
}

/**
 * The level of a heading row without a marker: right under a heading (`（一）…` then `重点项目`) it is
 * nested under the deepest marked one; after tasks it is a sibling of the unmarked heading before it
 * (`改革任务` … `重点项目`), or, when it is the first, a top-level heading (`民生实事` after `一、…`'s tasks).
 */
function unmarkedHeadingLevel(st: State): number {
  const nested = st.section.unmarkedLevel();
  if (!st.taskSinceHeading) return nested;
  return st.unmarkedLevel !== null ? Math.min(st.unmarkedLevel, nested) : 1;
}

/**
 * A numbered row: decide what a pending header was, then start the record.
 * `row` is the row's own cells, `full` the same with the cells merged down from above.
 */
function readTaskRow(st: State, seq: number, row: GridRow, full: GridRow): void {
  let continued = !st.pending;
  if (st.pending) {
    const p = st.pending;
    st.pending = null;
    continued = isRepeatedHeader(st, p, seq) || restartsAfterRepeatedHeader(st, p, seq);
    if (!continued) openTable(st, p.headers, p.headings);
  }
  if (continued && st.table && seq === 1 && seq <= st.lastSeq && (restartsUnderHeading(st) || sectionCellRestart(st, full) !== null)) {
    const heading = restartsUnderHeading(st) ? st.section.current.at(-1) : sectionCellRestart(st, full);
    st.diagnostics.push({
      level: "info",
      code: "SEQ_RESTART_SECTION",
      message: `序号在标题“${heading ?? ""}”下从 1 重新编起，同一表格按出现顺序接续编号（原第 1 项记为第 ${st.seqOffset + st.lastSeq + 1} 项）。`,
      table: st.table.index,
      seq: st.seqOffset + st.lastSeq + 1,
      ...(row.line ? { line: row.line } : {}),
      ...(row.page ? { page: row.page } : {}),
    });
    st.seqOffset += st.lastSeq;
  } else if (continued && st.table && seq === 1 && seq <= st.lastSeq) {
    st.diagnostics.push({
      level: "warning",
      code: "SEQ_RESTART",
      message: `序号从 ${st.lastSeq} 回到 1，按新表处理。如属同一表格，请核对原文。`,
      table: st.table.index,
      seq,
      ...(row.line ? { line: row.line } : {}),
      ...(row.page ? { page: row.page } : {}),
    });
    openTable(st, st.table.headers.map((h) => h.text), []);
  }
  const table = st.table;
  if (!table) return; // numbered lines before any header are not table rows
  flushStray(st);
  st.cutHeading = cutSectionRest(st, full) ?? st.cutHeading;
  const rec = newRecord(table, seq + st.seqOffset, row);
  addCells(rec, wholeMergedAcrossPage(st.current, full, table), table, st.section);
  rec.section = st.section.current;
  // (the rows under a heading completed across a page break share its doubt)
  if (st.cutHeading && rec.section.at(-1) === st.cutHeading.whole) rec.review = [...(rec.review ?? []), st.cutHeading.reason];
  for (const h of rec.section.filter((x) => st.guessedHeadings.has(x))) {
    rec.review = [...(rec.review ?? []), { code: "SECTION_UNNUMBERED", message: `所属标题“${h}”没有编号，写在名单所在的列中，是按独立短行推断的标题（也可能是上一项名单的一部分），请核对。` }];
  }
  st.records.push(rec);
  st.taskSinceHeading = true;
  st.current = rec;
  st.currentShort = table.columns.some((f, k) => k >= full.cells.length && isResponsibilityField(f)) ? full.cells.length : null;
  st.lastSeq = seq;
}

/**
 * The 序号 goes back to 1 right under a section heading row, with neither a header nor a table
 * title since the last task (`一、…` 1 2 `二、…` 1 2): the numbering restarts per section inside
 * one table. A restart after a new title or header, or with no heading between, is a new table.
 */
function restartsUnderHeading(st: State): boolean {
  return !st.taskSinceHeading && st.title === null && st.section.current.length > 0;
}

/**
 * The same in a table whose sections stand in a column of their own (项目 / 类别): the row that goes
 * back to 1 opens a section in that column (its own cell, not one merged from above, names a heading
 * not on the current path) and no table title came since. Returns the new heading, else null.
 */
function sectionCellRestart(st: State, full: GridRow): string | null {
  const k = st.table?.columns.indexOf("section") ?? -1;
  const cell = k >= 0 ? full.cells[k] : undefined;
  if (!cell || cell.spanned || !cell.lines.length || st.title !== null) return null;
  const path = parseSectionCell(cell.lines.map((l) => l.text));
  const current = st.section.current;
  const fresh = path.filter((p) => !current.includes(p.text));
  return fresh.length ? fresh[0]!.text : null;
}

/**
 * The table's own header printed again (at a page top, or once per section):
 * the same columns, the numbering goes on, and no new table title came
 * between. Anything else is the header of a new table.
 */
function isRepeatedHeader(st: State, p: PendingHeader, seq: number): boolean {
  const t = st.table;
  if (!t || seq <= st.lastSeq) return false;
  if (st.title !== null && st.title !== t.title) return false;
  return sameColumns(p, t);
}

const sameColumns = (p: PendingHeader, t: TableSpec): boolean => p.columns.length === t.columns.length && p.columns.every((c, i) => c === t.columns[i]);

/**
 * A header repeated at the top of a page (the same columns, no title since), then a heading row, then
 * a row numbered 1, in a table already seen to restart its numbering under a heading: the table goes
 * on across the page (its rows restart under the heading as they did before). Otherwise a row 1 under
 * a repeated header opens a new table (two tables of the same shape printed one after the other).
 */
function restartsAfterRepeatedHeader(st: State, p: PendingHeader, seq: number): boolean {
  const t = st.table;
  // (only a table already seen to number per section: else two tables of one shape, the second under a heading)
  return t !== null && seq === 1 && st.lastSeq >= 1 && st.seqOffset > 0 && p.headings.length > 0 && st.title === null && sameColumns(p, t);
}

/** the longest rest of a 项目 cell's heading carried over a page break (`四、提升城市` | `品质`) */
const MAX_CUT_HEADING_REST = 10;

/**
 * A 项目 (section) cell cut by a page break: the page's first row shows, in its own cell, a piece with no
 * numbering marker (`品质`) while the section it goes on (`四、提升城市`, from the page before) has one. The piece
 * is that heading's rest, not a heading of its own: the heading is completed on the section path and on the rows
 * already under it, and the cell is blanked so that the row does not read it again. Returns the heading and the
 * reason its rows are flagged (the page break could also fall between two headings), or null.
 */
function cutSectionRest(st: State, full: GridRow): { whole: string; reason: ReviewReason } | null {
  const cols = (st.table?.columns ?? []).flatMap((f, k) => (f === "section" ? [k] : []));
  const last = st.records.at(-1);
  if (!cols.length || !last || last.table !== st.table!.index) return null;
  const page = full.page;
  if (page === undefined || last.source.page === undefined || page <= last.source.page) return null;
  // one 项目 column: its cell goes on with the deepest heading; several (`一、…` | `（一）…`), each with its own level's
  let found: { whole: string; reason: ReviewReason } | null = null;
  cols.forEach((k, j) => {
    const cell = full.cells[k];
    if (!cell || cell.spanned || !cell.lines.length) return;
    const path = st.section.current;
    const at = cols.length === 1 ? path.length - 1 : j;
    const head = path[at];
    const rest = cleanText(cell.lines.map((l) => l.text).join(""));
    if (!head || !rest || rest.length > MAX_CUT_HEADING_REST || headingLevel(rest) !== null || headingLevel(head) === null || endsSentence(head)) return;
    const whole = head + rest;
    st.section.replaceAt(at, whole);
    const reason: ReviewReason = {
      code: "SECTION_CUT_AT_PAGE",
      message: `“项目”列的“${head}”在换页处断开，下一页首行的“${rest}”按其后半读作“${whole}”（也可能是另一个没有编号的标题）。请核对章节。`,
    };
    for (const r of st.records) {
      if (r.table !== st.table!.index || r.section[at] !== head) continue;
      r.section = r.section.map((x, i) => (i === at ? whole : x));
      r.review = [...(r.review ?? []), reason];
    }
    cell.lines = [];
    // (the rows below go on under the deepest heading so completed)
    if (at === st.section.current.length - 1 || !found) found = { whole, reason };
  });
  return found;
}

/**
 * A merged cell cut by a page break (`钭承岳` at the page's foot, `庹望川` at the next page's top beside the cut row's
 * rest and the row below): on the new page it is one cell over the rest of the row above and this row, so this row
 * shares the whole cell — the names printed on both pages — not only the new page's part. The row above must have
 * started on an earlier page and end with the new page's part; otherwise the row is left as it is.
 */
export function wholeMergedAcrossPage(prev: RawRecord | null, row: GridRow, table: TableSpec): GridRow {
  if (!prev || prev.table !== table.index || prev.source.page === undefined || row.page === undefined || prev.source.page >= row.page) return row;
  let changed = false;
  const cells = row.cells.map((cell, i) => {
    const field = table.columns[i];
    if (!cell?.spanned || !field || !isResponsibilityField(field)) return cell;
    const mine = cell.lines.map((l) => cleanText(l.text)).filter(Boolean);
    const before = (prev.cells[field] ?? []).map((l) => cleanText(l.text)).filter(Boolean);
    if (!mine.length || before.length <= mine.length || before.slice(-mine.length).join("|") !== mine.join("|")) return cell;
    changed = true;
    return { ...cell, lines: [...prev.cells[field]!] };
  });
  return changed ? { ...row, cells } : row;
}

function openTable(st: State, headers: readonly string[], headings: ReadonlyArray<{ text: string; level: number }>): void {
  const spec: TableSpec = {
    index: st.tables.length,
    title: st.title,
    headers: ((fields) => headers.map((text, k) => ({ text: cleanText(text), field: fields[k]! })))(mapHeaders(headers)),
    columns: mapHeaders(headers),
    layout: st.layout,
  };
  st.tables.push(spec);
  st.table = spec;
  st.lastSeq = 0;
  st.seqOffset = 0;
  st.section = new SectionPath();
  st.section.apply(headings);
  st.taskSinceHeading = false;
  st.current = null;
  st.title = null;
}

/**
 * The text ends inside the last row: its line stops before the table's responsibility columns
 * (`| 5 | 完成老旧小区综合整治 |` under a five-column header). Missing cells are not blank
 * (merged) ones: the row is flagged, whatever a fill-down gives it later. Only where a row is a
 * whole line of the text (tsv, pipe, csv, structured): a layout that rebuilt its rows from
 * fragments says itself what it could not complete.
 */
function flagCutLastRow(st: State): void {
  const rec = st.current;
  if (!st.wholeRows || !rec || st.currentShort === null || !st.table || rec !== st.records[st.records.length - 1]) return;
  rec.review = [
    ...(rec.review ?? []),
    { code: "ROW_CUT", message: `文本在第 ${rec.seq} 项这一行结束，这一行只有 ${st.currentShort} 列（表头有 ${st.table.columns.length} 列），后面的责任单位等列缺失，原文可能在此截断，请核对。` },
  ];
}

/** Longest heading text beside a Chinese numeral in the 序号 column. */
const MAX_NUMERAL_HEADING = 30;

/**
 * A row whose 序号 cell is a Chinese numeral (`二`, or `（一）` a level below) and whose only other cell is a short
 * text without a sentence end in the task or 项目 column: a heading numbered in the table's 序号 column, written
 * as printed: `二 社会民生` (`二` | `社会民生`), `二、社会民生` (`二、` | `社会民生`), `（一）做大做强主导产业`.
 */
function cnNumberedHeading(row: GridRow, columns: readonly CanonicalField[]): string | null {
  const seqCol = columns.indexOf("seq");
  // (a title spanning the columns after the numeral is read into each of them: one cell)
  const filled = filledCells(row).filter((k, n, all) => n < 2 || cellText(row, k).trim() !== cellText(row, all[1]!).trim());
  if (seqCol < 0 || filled.length !== 2 || filled[0] !== seqCol) return null;
  const printed = cellText(row, seqCol).trim();
  // (a second level in brackets, `（一）`, is its own marker: written as printed)
  const bracketed = new RegExp(`^[（(][${CN_NUMERALS}]{1,3}[）)]$`).test(printed);
  const numeral = printed.replace(/[、.．]$/, "");
  // (a numeral printed with its mark, `二、`, joins its title directly: `二、社会民生`)
  if (!bracketed && !new RegExp(`^[${CN_NUMERALS}]{1,3}$`).test(numeral)) return null;
  const field = columns[filled[1]!];
  const text = cleanText(cellText(row, filled[1]!));
  if ((field !== "task" && field !== "section") || !text || text.length > MAX_NUMERAL_HEADING || endsSentence(text)) return null;
  // (the numeral and the title as printed, in two cells: nothing is added that the table does not print, `一 主要预期目标`)
  return bracketed || numeral !== printed ? `${printed}${text}` : `${printed} ${text}`;
}

/**
 * The text ends on the next row's 序号 alone (`5 |` and nothing after it): the excerpt was cut right
 * after the number. Such a row has no task to output, but the cut is said, not passed over as a page number.
 */
function noteNumberOnlyAtEnd(st: State, rows: readonly GridRow[]): void {
  const last = [...rows].reverse().find((r) => filledCells(ownCells(r)).length > 0);
  const rec = st.current;
  if (!last || !rec || !st.table || rec !== st.records[st.records.length - 1]) return;
  const filled = filledCells(ownCells(last));
  const seqCol = st.table.columns.indexOf("seq");
  if (filled.length !== 1 || filled[0] !== seqCol || seqOf(cellText(last, seqCol)) !== rec.seq + 1) return;
  st.diagnostics.push({
    level: "warning",
    code: "ROW_CUT",
    message: `文本在第 ${rec.seq + 1} 项的序号之后就结束了（这一项没有任务和责任单位，未输出），原文可能在此截断，请核对。`,
    table: st.table.index,
    ...(last.line !== undefined ? { line: last.line } : {}),
    ...(last.page ? { page: last.page } : {}),
  });
}

/** One-cell rows between records that belong to none: each is reported, with its place. */
function flushStray(st: State): void {
  for (const s of st.stray) {
    const text = s.cells.map((c) => c.lines.map((l) => l.text).join(" ")).join(" ").trim();
    st.diagnostics.push({
      level: "warning",
      code: "UNPLACED_TEXT",
      message: `表格中有一行文字无法归入任何任务，已忽略：“${text.slice(0, 40)}”。它可能属于第 ${st.current?.seq ?? "?"} 项，请核对原文。`,
      ...(st.table ? { table: st.table.index } : {}),
      ...(st.current ? { seq: st.current.seq } : {}),
      ...(s.line ? { line: s.line } : {}),
      ...(s.page ? { page: s.page } : {}),
    });
  }
  st.stray = [];
}
