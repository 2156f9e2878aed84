/**
 * Flat layout: a PDF-to-text dump in which the table is gone and every cell
 * fragment sits on its own line (seed 000). The pipeline reads like the dump:
 *
 *   findFlatHeader → segmentRows → rowParts → toEntities → assignBlocks
 *   → (learn person columns over the whole document) → rowCells → RawRecord
 *
 * Each record's entity cells hold one name per fragment (`presplit`), because
 * this layout decides the boundaries itself.
 */
import type { CanonicalField, Diagnostic } from "../model/schema.js";
import { seqFirst } from "./flat/seqlast.js";
import type { CellLine, EntityField, InputDocument, LayoutResult, RawRecord, SourceLine, TableSpec } from "../model/intermediate.js";
import { readSheetOrder } from "./flat/sheetorder.js";
import { textCells } from "../table/records.js";
import { readLabelOrder } from "./flat/labelorder.js";
import { doubtOneRunUnderMergedFirst, enumeratedRunSides, fillMergedSupervisors, mergedBeforeTask, mergedFirstByCount, mergedFirstUnitColumn } from "./flat/decide.js";
import { taskCell } from "./flat/taskwidth.js";
import { cleanText } from "../text/hygiene.js";
import { hasDivisionColumn, mapHeader, mapHeaders, pairedUnitField, settleLevelLeaders } from "../table/headers.js";
import { isResponsibilityField } from "../table/lexicon.js";
import { detectTextGrid } from "./tsv.js";
import { SectionPath, headingLevel } from "../table/sections.js";
import type { HeadingGroup } from "./flat/anatomy.js";
import { sectionCellWidth } from "./flat/anatomy.js";
import { restartAfterLastRow, rowsPrintedBeyondRead } from "./flat/printedcount.js";
import { centredRowDiagnostics, countedRowDiagnostics, countUnnumberedRows, moveCentredStarts } from "./flat/blocks.js";
import { columnBlocks, FIELD_KIND } from "./flat/columns.js";
import { untangleRows } from "./flat/interleave.js";
import { zipNumberBlocks, zippedRowDiagnostics } from "./flat/numberblock.js";
import { pageBlockDiagnostics, personBlockGroups, splitPageBlocks } from "./flat/pageblocks.js";
import { wholeRows } from "./flat/vouch.js";
import { spreadDiagnostics, spreadMergedPeople } from "./flat/mergedspread.js";
import { dealPersonBlocks, dealtRowDiagnostics, personBlocks } from "./flat/personblocks.js";
import { trailingRowDiagnostics, zipTrailingNumbers } from "./flat/trailingnumbers.js";
import { fillFromPageTails, findPageTails, withoutTails } from "./flat/pagetail.js";
import { headingRightAbove, keepMissingRows, numberedAfter, opensSectionTable, printsHeaderOrder, restartsNumbering, TABLE_PREAMBLE, TABLE_PREAMBLE_LINES, withoutNextTitle } from "./flat/tables.js";
import { doubtedRows, flagOrphanedNames, responsibilityColumns } from "./flat/orphans.js";
import { draftRow, learnPersonColumns, mergeUnitsByLeaderCount, placeContinuation, rowCells, splitSpilledPeople, type RowDraft, type TableContext } from "./flat/decide.js";
import { findFlatHeader, headerRun, type FlatHeader } from "./flat/header.js";
import { opensWithRoleLabel } from "./list/labels.js";
import { applyHeadings, findTitle, leadingHeadings } from "./flat/headings.js";
import { isPageNumber, isProse, markerLevel, norm, sectionText, parseSeqLine, unspaceLetters, commaListAsNames } from "./flat/fragments.js";
import { numberInTaskCell, type NumberedInCell } from "./flat/numberincell.js";
import { segmentRows, type FlatLine, type RowBlock } from "./flat/segment.js";
import { displacedLabels, isParagraphDump, READING_ORDER_DOUBT_SHARE, STREAM_ORDER_DOUBT_SHARE, scatteredHeader, strayHeaderWords } from "./flat/order.js";
import { FLAT_DEFAULTS, type FlatSettings } from "./flat/settings.js";
import { flagScrambledRows, readScrambled, scrambledRowBound } from "./flat/scrambled.js";
import { dealRowMajorCells } from "./flat/rowmajor.js";
import { splitHeadingTailNumbers } from "./flat/headingnumber.js";
import { rebuildCannotWin, rebuildReadsMoreTasks } from "./flat/rebuildchoice.js";
import { dealRepeatedBlocks, repeatDiagnostics, repeatedBlocks } from "./flat/repeatblocks.js";
import { flagNamesBeforeRows } from "./flat/leadingnames.js";
import { headHeadlessRestarts, headLeadingRowsBack } from "./flat/lateheadings.js";
import { moveUnitLines } from "./flat/unitlines.js";
import { cutMeasures, measuresAfterTask } from "./flat/measures.js";
import { notesColumnLast, printsNotes } from "./flat/notecell.js";
import { seqAfterPeople } from "./flat/seqafterpeople.js";
import { scrambledTable } from "../meta/kind.js";
import type { TextSearch } from "../text/search.js";

const PAGE_NUMBER_PIECE = /^[—–\-\d\s]+$/;

/** rows needed after the header for the document to count as a flat table */
const MIN_ROWS_TO_DETECT = 2;

export interface FlatOptions {
  /** the document's own text: names written whole somewhere (the cover letter) join wrapped fragments */
  documentText?: TextSearch;
  settings?: FlatSettings;
}

/** Does the flat layout fit: a header of words and numbered rows after it, or a table printed out of order (see `readScrambled`)? */
export function detectFlat(doc: InputDocument): boolean {
  if (detectTextGrid(doc.lines)) return false;
  const lines = prepared(doc.lines).lines;
  return flatTableAhead(lines) || scrambledTable(lines.map((l) => l.text));
}

/** label lines a table must print to be read as one whose unit cells carry role labels */
const MIN_LABEL_LINES = 2;

/**
 * A table whose unit cells print role labels (`序号 目标任务 责任单位 完成时限`, each 责任单位 cell `牵头单位：X` |
 * `配合单位：Y`): a header of words naming a unit column, and label lines printed after it only. Its label lines
 * would read as a list's items, which lose the table's other cells and its rows' numbers. A notice that prints
 * labels before any header (a list with a table-like line further on) is none, unless a 序号 word stands alone on a
 * line before them (the first page's header, printed one word a line in reading order).
 */
export function labelledCellsTable(doc: InputDocument): boolean {
  const lines = prepared(doc.lines).lines;
  const header = findFlatHeader(lines);
  if (!header || header.scattered || !header.columns.some((c) => isResponsibilityField(c) && FIELD_KIND[c as EntityField] === "unit")) return false;
  let labelled = 0;
  // (a reading-order dump prints the first page's header words one a line, its cells among them, before the header
  // it finds whole on a later page: a 序号 word alone on its line before the labels is that table's)
  const seqWord = lines.findIndex((l) => SEQ_WORD_LINE.test(l.text));
  for (let i = 0; i < lines.length; i++) {
    if (!opensWithRoleLabel(lines[i]!.text)) continue;
    if (i < header.start && (seqWord < 0 || seqWord > i)) return false;
    labelled++;
  }
  return labelled >= MIN_LABEL_LINES;
}
/** the table's 序号 header word alone on a line */
const SEQ_WORD_LINE = /^[\s\u3000]*序[\s\u3000]*号[\s\u3000]*$/u;

/** The lines, with the 序号 a table numbering its rows inside the task cell leaves unprinted (see `numberInTaskCell`). */
const withSeqWords = (lines: readonly SourceLine[]): { lines: SourceLine[]; inCell: NumberedInCell | null } => {
  // (a cell's names listed with full-width commas read as names: `区发改局，区财政局，`)
  // (and a 类别 heading's last piece printed before the first row's 序号 on its line, cut from it: `提振消费 7`)
  // (a 序号 printed after the leader that opens each row, `覃某某 1 地区…`, under a header that puts the leader first: put first)
  const ordered = seqAfterPeople(lines) ?? lines;
  const unspaced = splitHeadingTailNumbers(unspaceLetters(ordered).map((l, k, all) => ({ ...l, text: commaListAsNames(l.text, all[k + 1]?.text, all[k - 1]?.text) })));
  const inCell = numberInTaskCell(unspaced);
  return { lines: inCell?.lines ?? unspaced, inCell };
};
/** `withSeqWords` of a document's lines, read once however many of the detections and the reading ask */
const preparedLines = new WeakMap<readonly SourceLine[], ReturnType<typeof withSeqWords>>();
function prepared(lines: readonly SourceLine[]): ReturnType<typeof withSeqWords> {
  let p = preparedLines.get(lines);
  if (!p) preparedLines.set(lines, (p = withSeqWords(lines)));
  return p;
}

/** `readLabelOrder` of a document's prepared lines, read once for the detection and the reading */
const labelOrders = new WeakMap<readonly SourceLine[], LayoutResult | null>();
function labelOrder(lines: readonly SourceLine[]): LayoutResult | null {
  if (!labelOrders.has(lines)) labelOrders.set(lines, readLabelOrder(lines));
  return labelOrders.get(lines)!;
}

/** Is the document a table of role-label cells dumped in reading order (see `readLabelOrder`)? */
export const labelCellsInReadingOrder = (doc: InputDocument): boolean => labelOrder(prepared(doc.lines).lines) !== null;

/** Is the document's table one numbered inside its task cell (see `numberInTaskCell`)? */
export const numberedInTaskCell = (doc: InputDocument): boolean => prepared(doc.lines).inCell !== null;

/** A header of words and numbered rows after it. */
function flatTableAhead(lines: readonly SourceLine[]): boolean {
  const header = findFlatHeader(lines) ?? scatteredHeader(lines);
  if (!header) return false;
  return numberedRowsAfter(lines, [...(header.inside ?? []), ...lines.keys()].filter((i, k) => k < (header.inside ?? []).length || i > header.end));
}

/**
 * Rows numbered one after another among the lines (`MIN_ROWS_TO_DETECT` numbers in a row, in order).
 * Any line may start the run: a wrapped task line that starts with a number (`13 宗 446 亩…`)
 * does not hide the rows after it.
 */
export function numberedRowsAfter(lines: readonly SourceLine[], order: readonly number[]): boolean {
  const runs = new Map<number, number>(); // next 序号 expected → rows in the run so far
  for (const i of order) {
    const seq = parseSeqLine(lines[i]!.text);
    if (!seq) continue;
    const run = (runs.get(seq.seq) ?? 0) + 1;
    if (run >= MIN_ROWS_TO_DETECT) return true;
    runs.set(seq.seq + 1, Math.max(run, runs.get(seq.seq + 1) ?? 0));
  }
  return false;
}

export function flatToRecords(input: InputDocument, options: FlatOptions = {}): LayoutResult {
  const { lines, inCell } = prepared(input.lines);
  const doc: InputDocument = { ...input, lines };
  // a spreadsheet's PDF in drawing order: the numbered rows' plain cells first, then the tasks and wrapped cells
  const sheet = readSheetOrder(doc.lines);
  if (sheet) return sheet;
  // a table of role-label cells in reading order: its label groups paired with its tasks by order
  const labelled = labelOrder(doc.lines);
  if (labelled) return labelled;
  // a table printed out of order and no header with numbered rows after it: only its rebuilt rows
  const scrambled = !detectTextGrid(doc.lines) && scrambledTable(doc.lines.map((l) => l.text));
  const ahead = !scrambled || flatTableAhead(doc.lines);
  // (with a header ahead the rebuild waits for the row reading: it is run only when it could be chosen)
  let rebuilt = scrambled && !ahead ? readScrambled(doc.lines) : null;
  if (!ahead && !rebuilt) return { tables: [], records: [], diagnostics: [] };
  const headers = findTableHeaders(doc.lines);
  const out: LayoutResult = { tables: [], records: [], diagnostics: [] };
  headers.forEach((header, table) => {
    const next = headers[table + 1];
    const end = next ? tableStart(doc.lines, next) : doc.lines.length;
    const r = readTable({ ...doc, lines: withoutNextTitle(doc.lines.slice(0, end), next) }, header, table, options);
    out.tables.push(...r.tables);
    out.records.push(...r.records);
    out.diagnostics.push(...r.diagnostics);
  });
  if (inCell) out.diagnostics.push(...pageSplitPeople(inCell.afterPageHeader, out.records), ...restartedInCell(inCell.restarts, out.records));
  if (scrambled && ahead && !rebuildCannotWin(out, scrambledRowBound(doc.lines))) rebuilt = readScrambled(doc.lines);
  // a table whose text order no reading above could follow: rebuild what the text still tells, every row flagged
  // (or that read fewer than half the rows its numbers show)
  // (or that left many rows without task text the rebuild found)
  if (rebuilt && (rebuilt.records.length > 2 * out.records.length || rebuildReadsMoreTasks(rebuilt, out))) return rebuilt;
  // no header with numbered rows after it: the reading above is kept only when it found every row, each flagged as out of order
  if (rebuilt && !ahead) return out.records.length >= rebuilt.records.length ? flagScrambledRows(out) : rebuilt;
  return out;
}

/** Each row's task lines up to where its task cell ends (see `cutMeasures`); a row cut by a guess says so. */
function cutTaskFromMeasures(drafts: readonly RowDraft[], measures: string, table: number, diagnostics: Diagnostic[]): void {
  const cuts = cutMeasures(drafts.map((d) => d.parts.task));
  drafts.forEach((d, k) => {
    const { taskLines, guessed } = cuts[k]!;
    const dropped = d.parts.task.slice(taskLines);
    d.parts.task = d.parts.task.slice(0, taskLines);
    if (!guessed || !dropped.length) return;
    diagnostics.push({
      level: "warning",
      code: "TASK_MEASURES_CUT_GUESSED",
      message: `第 ${d.block.seq} 项的任务与“${cleanText(measures)}”两栏的文字前后相接，看不出任务在哪一句结束：已在“${d.parts.task.at(-1)?.slice(-12) ?? ""}”处截断，其后的“${dropped.join("").slice(0, 16)}…”作为措施略去。请核对任务全文。`,
      table,
      seq: d.block.seq,
      line: d.block.line,
    });
  });
}

/** The rows of a table numbered per section inside its task cells whose number went back to 1: numbered on, said. */
function restartedInCell(restarts: NumberedInCell["restarts"], records: readonly RawRecord[]): Diagnostic[] {
  return restarts.flatMap(({ seq, printed, line }) => {
    const r = records.find((x) => x.seq === seq);
    if (!r) return [];
    return [{
      level: "info" as const,
      code: "SEQ_RESTART_SECTION",
      message: `序号在第 ${line} 行从 ${printed} 重新编起（任务格内的编号按栏目各自编排），同一表格按出现顺序接续编号（原第 ${printed} 项记为第 ${seq} 项）。`,
      table: r.table,
      seq,
      line,
    }];
  });
}

/**
 * People printed right under a header repeated at a page break, in a table numbered inside its task cell: a merged
 * people cell that crossed the break prints part of its names on each page, and the text does not tell which rows
 * each part spans. The row under the break and the one above it are flagged.
 */
function pageSplitPeople(split: NumberedInCell["afterPageHeader"], records: readonly RawRecord[]): Diagnostic[] {
  return split.flatMap(({ seq, line }) =>
    [seq - 1, seq].flatMap((n) => {
      const r = records.find((x) => x.seq === n);
      if (!r) return [];
      return [
        {
          level: "warning" as const,
          code: "MERGED_CELL_ACROSS_PAGE",
          message: `第 ${n} 项：原表换页处重复了表头，表头下第 ${seq} 项前印着人名：跨页的合并单元格会在两页各印一部分人名，第 ${seq - 1} 项和第 ${seq} 项各自的人员文字里看不出。请对照原文核对这两项的人员。`,
          table: r.table,
          seq: n,
          line: n === seq ? line : (r.source.line ?? line),
        },
      ];
    }),
  );
}

/**
 * Every table's header, in order: a later header opens a new table when it is
 * not a repeat of one already found (a page break prints the same words again)
 * and a title or attachment label (`附件2：…分解表`) stands above it.
 */
export function findTableHeaders(lines: readonly SourceLine[]): FlatHeader[] {
  const out: FlatHeader[] = [];
  for (let h = findFlatHeader(lines); h; h = findFlatHeader(lines, h.end + 1)) {
    const above = out.length ? opensSectionTable(lines, out[0]!, out[out.length - 1]!, h) : null;
    if (above !== null) {
      // (sections printed above their own tables: the first table's heading is its rows' section too)
      if (out.length === 1 && out[0]!.headingAbove === undefined) out[0] = { ...out[0]!, headingAbove: headingRightAbove(lines, out[0]!)! };
      out.push({ ...h, headingAbove: above });
    } else if (!out.length || (!out.some((p) => p.printed === h!.printed) && (tableStart(lines, h) < h.start || restartsNumbering(lines, out[out.length - 1]!, h)))) out.push(h);
  }
  if (!out.length) {
    const scattered = scatteredHeader(lines);
    if (scattered) out.push(scattered);
  } else {
    // the first page printed its labels as block labels (reading order) and numbered rows before the first whole header
    const early = scatteredHeader(lines.slice(0, out[0]!.start));
    // (in the column order of the whole header a later page prints, when that header has all their fields:
    // block labels print in reading order, and Word prints a first page's label after the rows it heads)
    if (early && numberedAfter(lines, early.end, out[0]!.start)) out[0] = inOrderOf(early, out[0]!);
  }
  return out;
}

/** A scattered header's labels in the column order of a whole header that has every one of their fields. */
export function inOrderOf(scattered: FlatHeader, whole: FlatHeader): FlatHeader {
  const at = scattered.columns.map((c) => whole.columns.indexOf(c));
  if (at.some((k) => k < 0)) return scattered;
  const order = at.map((k, i) => ({ k, i })).sort((a, b) => a.k - b.k).map((x) => x.i);
  return { ...scattered, headers: order.map((i) => scattered.headers[i]!), columns: order.map((i) => scattered.columns[i]!) };
}

/** Where a table's region starts: its header, or the title and attachment lines printed above it, or the section heading over it. */
export function tableStart(lines: readonly SourceLine[], header: FlatHeader): number {
  if (header.headingAbove !== undefined) return header.headingAbove;
  let i = header.start;
  for (let j = header.start - 1; j >= 0 && j >= header.start - TABLE_PREAMBLE_LINES; j--) {
    const t = lines[j]!.text.trim();
    if (t && TABLE_PREAMBLE.test(cleanText(t))) i = j;
    // a page number, whole or broken over lines (`—` `1` `—`)
    else if (!t || isPageNumber(t) || PAGE_NUMBER_PIECE.test(t)) continue;
    else break;
  }
  return i;
}

function readTable(given: InputDocument, found: FlatHeader, table: number, options: FlatOptions): LayoutResult {
  // a 序号 printed last in every row (the number closing its row): put before its row
  const numberedLast = seqFirst(given.lines, found);
  const doc = numberedLast ? { ...given, lines: numberedLast.lines } : given;
  let header = numberedLast?.header ?? found;
  const s = options.settings ?? FLAT_DEFAULTS;
  const title = findTitle(doc, header);
  const spec: TableSpec = {
    index: table,
    title,
    headers: ((fields) => header.headers.map((text, i) => ({ text: cleanText(text), field: fields[i]! })))(mapHeaders(header.headers)),
    columns: header.columns,
    layout: "flat",
  };
  const diagnostics: Diagnostic[] = [];
  const paragraphs = isParagraphDump(doc.lines, header.end + 1);
  const stray = paragraphs ? strayHeaderWords(doc.lines, header) : [];
  if (stray.length) header = withStrayColumns(header, stray);
  const tails = paragraphs ? findPageTails(doc.lines, header, title) : [];
  const centred = moveCentredStarts(withoutTails(segmentRows(doc.lines, header, s, title, header.scattered === true || stray.length > 0), tails), s);
  const blocked = zipNumberBlocks(centred.segmentation, s);
  const trailing = paragraphs ? zipTrailingNumbers(blocked.segmentation, s) : { segmentation: blocked.segmentation, numbered: [] };
  diagnostics.push(...trailingRowDiagnostics(trailing.numbered, table));
  const paged = splitPageBlocks(trailing.segmentation, personBlockGroups(trailing.segmentation, doc.lines), doc.lines, header, s);
  const numbered = countUnnumberedRows(paged.segmentation, s);
  const untangled = untangleRows(numbered.segmentation, table, diagnostics, s);
  // unit cells printed amid a wrapped task (poppler's default order): after the task
  const moved = moveUnitLines(untangled.rows, s);
  // several rows' unit cells printed one row after another after the first of them: dealt k to a row
  const rowMajor = paragraphs ? dealRowMajorCells(moved, header.columns, table) : { rows: moved, diagnostics: [] };
  diagnostics.push(...rowMajor.diagnostics);
  const seg = { ...untangled, rows: rowMajor.rows };
  diagnostics.push(...restartDiagnostics(seg.rows, table), ...unreadRows(seg.rows, table));
  diagnostics.push(...zippedRowDiagnostics(blocked.zipped, table), ...centredRowDiagnostics(centred.moved, table), ...countedRowDiagnostics(numbered.counted, table), ...pageBlockDiagnostics(paged.rows, table));
  const blocks = columnBlocks(header.columns);
  const hasSection = header.columns.includes("section");
  const pairedField = pairedUnitField(header.columns);
  const label = (f: EntityField): string => header.headers[header.columns.indexOf(f)] ?? f;
  const taskAt = header.columns.indexOf("task");
  const peopleBeforeTask = taskAt > 0 && header.columns.slice(0, taskAt).some((c) => c === "leaders" || c === "supervisors");
  const cellsBeforeTask = taskAt > 0 ? header.columns.slice(0, taskAt).filter((c) => isResponsibilityField(c)).length : 0;
  const ctx: TableContext = { table, blocks, paired: pairedField, label, settings: s, diagnostics, peopleBeforeTask, cellsBeforeTask, timeColumn: header.columns.includes("other"), readingOrder: paragraphs, orderGuesses: [], labelCells: hasDivisionColumn(header.headers.map((text, k) => ({ text, field: header.columns[k]! }))) };
  const lines = cellLinesOf(seg.rows, header);
  if (lines !== undefined) ctx.cellLines = lines;
  const splitOpts = options.documentText !== undefined ? { documentText: options.documentText } : {};

  // (stream-order text: a reading-order dump prints paragraphs, whose lines are not the cell's)
  if (!paragraphs) ctx.taskCell = taskCell(seg.rows, s);
  if (hasSection) ctx.sectionWidth = sectionCellWidth(seg.rows, s);
  if (notesColumnLast(header.headers, header.columns) && printsNotes(seg.rows)) ctx.notes = true;
  // pass 1: every row's parts and names laid onto the column blocks
  const drafts: RowDraft[] = [];
  // (a heading row printed after a row's names heads the next row: its cell may go on at that row's page top)
  for (const block of seg.rows) drafts.push(draftRow(block, ctx, hasSection, splitOpts, drafts.at(-1)?.parts.trailingHeadings.at(-1)));
  // a measures column after the task: each row's task lines run on into its measures' lines, cut where the task cell ends
  if (measuresAfterTask(header.headers, header.columns)) cutTaskFromMeasures(drafts, header.headers[header.columns.indexOf("task") + 1]!, table, diagnostics);
  // pass 2 (document level): which person column each recurring name belongs to
  const learned = learnPersonColumns(drafts, ctx);
  const runSides = enumeratedRunSides(drafts, ctx);

  // pass 3: records
  // rows whose 序号 was not printed at their task (counted): a number printed elsewhere may be theirs
  const countedSeqs = new Set(numbered.counted.map((c) => c.seq));
  const section = new SectionPath();
  const records: RawRecord[] = [];
  let pending: HeadingGroup[] = leadingHeadings(seg.leading, table, diagnostics, s);
  // the section heading printed above the table's header opens its rows' section path
  const over = header.headingAbove !== undefined ? doc.lines[header.headingAbove] : undefined;
  if (over) pending = [{ level: markerLevel(norm(over.text).replace(/\s+/g, "")) ?? markerLevel(norm(over.text)) ?? 1, fragments: [sectionText([over.text])], line: over.line }, ...pending];
  let prevCells: Partial<Record<EntityField, string[]>> | null = null;
  // the names rows print before their task (a unit column the header puts there)
  const beforeFields = header.columns.slice(0, taskAt).filter((c): c is EntityField => c === "leadUnits" || c === "units" || c === "coUnits");
  const beforeBlocks = blocks.flatMap((b, bi) => (b.fields.some((f) => beforeFields.includes(f)) ? [bi] : []));
  const printedBefore = new Set(drafts.filter((d) => !d.parts.noCellBeforeTask).flatMap((d) => beforeBlocks.flatMap((bi) => d.perBlock[bi]!.map((e) => e.name))));
  for (const d of drafts) {
    const { block, parts } = d;
    headLeadingRowsBack(records, pending, table, diagnostics);
    // a heading row spanning the table ends every vertical merge above it
    if (pending.length || parts.headings.length) prevCells = null;
    applyHeadings(section, [...pending, ...parts.headings]);
    pending = parts.trailingHeadings;
    mergeUnitsByLeaderCount(d, ctx, learned.votes);
    for (const [a, b] of learned.spillPairs) splitSpilledPeople(d, ctx, a, b, learned.spillVotes.get(`${a}|${b}`)!, learned.spillPrints?.get(`${a}|${b}`) ?? null);
    placeContinuation(d, ctx);
    const cells = rowCells(d, ctx, learned.votes, learned.unitVotes, learned.unitPrint);
    // no cell before the task under a merged one: the names after the task are the columns after it
    const mergedBefore = parts.noCellBeforeTask === true && mergedBeforeTask(d, ctx, cells, prevCells, beforeFields, header.columns.slice(taskAt + 1), printedBefore);
    // no cell printed before the task, yet a column the header puts there was filled from names printed after it: a
    // cell merged with a neighbouring row's (its name printed there) leaves this row's names to be laid by habit
    const before = header.columns.slice(0, taskAt).filter((c): c is EntityField => c === "leadUnits" || c === "units" || c === "coUnits");
    if (parts.noCellBeforeTask && before.some((f) => (cells[f]?.length ?? 0) > 0) && !mergedBefore)
      diagnostics.push({
        level: "warning",
        code: "FLAT_NO_CELL_BEFORE_TASK",
        message: `第 ${block.seq} 项的任务之前没有印出“${before.map(label).join("”“")}”一栏（可能是与上下行合并的单元格，名称只印在别的行），印在任务之后的名称却被归入了这一栏。请核对本项各栏。`,
        table,
        seq: block.seq,
        line: block.line,
      });
    // one run of units in a block of two where the first column may be merged over rows (its name in the row above)
    if (!mergedBefore) mergedFirstUnitColumn(d, ctx, cells, prevCells, runSides);
    fillMergedSupervisors(d, ctx, cells, prevCells);
    prevCells = cells;
    records.push({
      table,
      seq: block.seq,
      section: section.current,
      task: parts.task,
      cells: textCells(cells),
      presplit: Object.keys(cells) as EntityField[],
      source: { line: block.line, ...(block.page ? { page: block.page } : {}) },
    });
    headRowsBack(records, pending, block.seq, table, diagnostics, countedSeqs);
  }
  // a first unit column merged over rows, the rows below printing the second column's list only
  mergedFirstByCount(records, ctx);
  doubtOneRunUnderMergedFirst(records, ctx);
  // sections restarted with no heading above them, their headings printed later in order
  headHeadlessRestarts(records, seg.rows, table, diagnostics, s);
  // a person column printed as one block per page, one name per row
  const dealt = dealPersonBlocks(records, personBlocks(doc.lines, header.columns));
  records.splice(0, records.length, ...dealt.records);
  diagnostics.push(...dealtRowDiagnostics(dealt.dealt, table, label));
  // a unit column printed as one block per page, one chunk of names repeated once per row
  const repeated = dealRepeatedBlocks(records, repeatedBlocks(doc.lines, header.columns));
  records.splice(0, records.length, ...repeated.records);
  diagnostics.push(...repeatDiagnostics(repeated.dealt, table, label));
  diagnostics.push(...fillFromPageTails(records, tails, header, table, label));
  // a person column merged over rows, each name printed once on its page: shared out over the page's rows
  if (paragraphs) {
    const spread = spreadMergedPeople(records, doc.lines, header.columns, pairedField, header.headers);
    records.splice(0, records.length, ...spread.records);
    diagnostics.push(...spreadDiagnostics(spread.spread, table, label));
  }
  diagnostics.push(...rowsBeforeFirst(records, seg.leading, table, s));
  diagnostics.push(...flagNamesBeforeRows(records, seg.leading, table));
  if (cellsPerLine(doc.lines, header)) diagnostics.push(...emptyCellRows(seg.rows, table));
  const whole = paragraphs ? wholeRows(seg.rows, records, header, pairedField, diagnostics, table, s) : new Set<number>();
  // the column order the stray labels were put in, confirmed by a whole header printed later in the table
  const confirmed = stray.length > 0 && printsHeaderOrder(doc.lines, header);
  // the unit columns laid by the printed order of a row's runs: a guess once the table shows a cell printed out of its
  // place (names amid a task's lines: cells vertically centred in taller rows, printed by where each starts)
  diagnostics.push(...orderGuessesKept(ctx.orderGuesses ?? [], diagnostics, table));
  const positioned = positionedText(doc.lines, header);
  const lost = flagLostOrder(records, diagnostics, { table, scattered: header.scattered === true, paragraphs, stray, whole, confirmed, positioned });
  const apart = lost ? [] : flagColumnBlocks(doc.lines, header, records, table, label);
  diagnostics.push(...apart);
  // a dump seen printing columns apart from their rows: an empty cell elsewhere may be one more
  // (or names read out of column order: a block of another row's names printed into this one)
  const shuffled = diagnostics.some((d) => d.code === "FLAT_OUT_OF_ORDER" && (d.table ?? table) === table);
  if ((apart.length || shuffled) && paragraphs) diagnostics.push(...flagEmptyCells(records, header, table, label, diagnostics));
  if (!lost && paragraphs) diagnostics.push(...flagOrphanedNames(records, header, table, label, diagnostics));
  if (!lost) diagnostics.push(...flagInheritedDoubt(records, header, table, diagnostics));
  const printed = numbersInText(doc.lines, header);
  diagnostics.push(...missingRows(records, table, lost ? printed : []));
  if (paragraphs) diagnostics.push(...rowsPrintedBeyondRead(seg.rows, doc.lines, doc.lines[header.end]?.line ?? 0, table));
  diagnostics.push(...restartAfterLastRow(seg.rows, doc.lines, table));
  if (paragraphs) for (const r of records) withoutHeaderWords(r, header.headers);
  const kept = keepMissingRows(records, diagnostics, { table, printed, lossy: lost || paragraphs });
  return { tables: [spec], records: kept, diagnostics };
}

/** rows a text must print, and the share of them a blank line must end, for its cells to be one line each */
const MIN_CELL_LINE_ROWS = 4;
const CELL_LINE_SHARE = 0.8;

/**
 * The lines each row prints after its 序号 when the text gives every cell a line of its own (a web table pasted as text:
 * a blank line after (nearly) each row, and every row printing one line per column); else undefined.
 */
export function cellLinesOf(rows: readonly RowBlock[], header: FlatHeader): number | undefined {
  const n = header.columns.filter((c) => c !== "seq").length;
  if (rows.length < MIN_CELL_LINE_ROWS || n < 2) return undefined;
  const separated = rows.filter((r) => r.blankAfter).length >= CELL_LINE_SHARE * (rows.length - 1);
  const full = rows.filter((r) => r.lines.filter((l) => l.text.trim()).length === n && !r.lines.some((l) => l.blankBefore)).length;
  // (every row, not nearly every: a row with an empty cell and a cell of two lines prints as many lines as columns too, and
  // only a table that never shows either is one line a cell)
  return separated && full === rows.length ? n : undefined;
}

/** the most lines a header word printed among a row's names is wrapped over (`区分管或联系领` + `导`) */
const MAX_HEADER_WORD_LINES = 3;

/**
 * A header word of this table printed among a row's names (reading order puts a page's repeated header, or
 * some of its words, after the page's rows: `协办单位`, `区分管或联系领` + `导`): the header again, no name. Only
 * the whole word counts; a piece of one (`任单位`) may be a wrapped name's end (`相关项目指挥部责` + `任单位`).
 */
export function withoutHeaderWords(record: RawRecord, headers: readonly string[]): void {
  const words = new Set(headers.map((h) => h.replace(/\s+/g, "")).filter((h) => h.length > 1));
  for (const [field, lines] of Object.entries(record.cells) as Array<[EntityField, CellLine[]]>) {
    const drop = new Set<number>();
    for (let i = 0; i < lines.length; i++) {
      let acc = "";
      for (let j = i; j < Math.min(lines.length, i + MAX_HEADER_WORD_LINES); j++) {
        acc += lines[j]!.text.replace(/\s+/g, "");
        if (words.has(acc)) {
          for (let k = i; k <= j; k++) drop.add(k);
          break;
        }
      }
    }
    if (drop.size) record.cells[field] = lines.filter((_, k) => !drop.has(k));
  }
}

/**
 * Rows where the printed 序号 went back to 1 under a section heading and were numbered on (see
 * `restartsUnderHeading`), said once per restart as the table stage says it.
 */
export function restartDiagnostics(rows: readonly RowBlock[], table: number): Diagnostic[] {
  // a restart with no heading above it: every row numbered on from it, up to the next restart, has no known section
  const headless: Diagnostic[] = [];
  let from: RowBlock | null = null;
  for (const r of rows) {
    if (r.printed === 1) from = r.headless ? r : null;
    if (!from || r.printed === undefined) continue;
    headless.push({
      level: "warning",
      code: "SEQ_RESTART_NO_HEADING",
      message: `序号在第 ${from.line} 行从 1 重新编起，但其上没有印出标题（按阅读顺序导出的文本常把标题行挪到别处）：已按出现顺序接续编号，原第 ${r.printed} 项记为第 ${r.seq} 项，所属栏目无从确定。请核对第 ${r.seq} 项的编号与所属栏目。`,
      table,
      seq: r.seq,
      line: r.line,
      ...(r.page ? { page: r.page } : {}),
    });
  }
  return headless.concat(rows
    .filter((r) => r.printed === 1 && !r.headless)
    .map((r) => ({
      level: "info" as const,
      code: "SEQ_RESTART_SECTION",
      message: `序号在第 ${r.line} 行从 ${r.printed} 重新编起（其上是一行标题），同一表格按出现顺序接续编号（原第 ${r.printed} 项记为第 ${r.seq} 项）。`,
      table,
      seq: r.seq,
      line: r.line,
      ...(r.page ? { page: r.page } : {}),
    })));
}

/** the most numbers the run after the last row may skip and still be the table's (a row whose number was lost) */
const MAX_UNREAD_GAP = 1;

/**
 * Numbers that go on the table's numbering printed at the start of lines inside its last row (`11 开展…`, `12 个、…`
 * of a dump whose order the reader could not follow): rows the text holds that were not read as rows. Their text went
 * into the last row; each is named so the clerk looks for it (`FLAT_ROW_NOT_READ`). Only a run going on from the last
 * row's number (a gap of at most MAX_UNREAD_GAP), every number in it said, gaps too.
 */
export function unreadRows(rows: readonly RowBlock[], table: number): Diagnostic[] {
  const last = rows.at(-1);
  if (!last) return [];
  let next = last.seq;
  let at = -1;
  for (const l of last.lines) {
    const n = parseSeqLine(l.text)?.seq;
    if (n === undefined || n <= next || n > next + 1 + MAX_UNREAD_GAP) continue;
    next = n;
    at = l.line;
  }
  if (next === last.seq) return [];
  return Array.from({ length: next - last.seq }, (_, k) => last.seq + 1 + k).map((seq) => ({
    level: "warning" as const,
    code: "FLAT_ROW_NOT_READ",
    message: `第 ${seq} 项没有读成单独的一项：第 ${last.seq} 项之后的文字里还印有序号到 ${next}（至第 ${at} 行），这些行的内容可能并入了第 ${last.seq} 项。请对照原文补录。`,
    table,
    seq,
    line: at,
  }));
}

/**
 * A header printed one word per line with no blank line between (a web page's table flattened one
 * cell per line, no ` |` marks): in such a text a blank line is a cell printed empty.
 */
export function cellsPerLine(lines: readonly SourceLine[], header: FlatHeader): boolean {
  const run = lines.slice(header.start, header.end + 1);
  return header.headers.length >= 2 && run.length === header.headers.length && run.every((l) => l.text.trim() !== "") && !header.scattered;
}

/** rows a text must have, and the share of them a blank line ends, for its blank lines to separate rows */
const MIN_SEPARATED_ROWS = 4;
const SEPARATOR_SHARE = 0.8;

/**
 * Rows with a cell printed empty (a blank line among or after their names, not at a page break),
 * in a text of one cell per line: the names are laid onto the columns by their kind and order, and
 * an empty cell does not say which column it was, so the columns after it are a guess.
 */
export function emptyCellRows(rows: readonly RowBlock[], table: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  // (a text that ends nearly every row with a blank line separates its rows so: that line is no cell)
  const separated = rows.length >= MIN_SEPARATED_ROWS && rows.filter((r) => r.blankAfter).length >= SEPARATOR_SHARE * (rows.length - 1);
  for (const r of rows) {
    const blank = r.lines.find((l) => l.blankBefore && !l.afterBreak);
    if (!blank && (!r.blankAfter || separated)) continue;
    out.push({
      level: "warning",
      code: "FLAT_EMPTY_CELL",
      message: `第 ${r.seq} 项有一格是空的（原文印为空行），一格一行的文本看不出它属于哪一栏：空格之后各名称的栏目是按单位/人名和先后推断的。请对照原文核对各栏。`,
      table,
      seq: r.seq,
      line: blank?.line ?? r.line,
    });
  }
  return out;
}

/**
 * Each 序号 the numbering skips, named on its own: the row is in the notice but
 * its number was not found in the text (printed out of order, or lost), so the
 * clerk sees which task to add by hand. Nothing is said beyond the last row found.
 */
export function missingRows(records: readonly RawRecord[], table: number, printed: ReadonlyArray<{ seq: number; line: number }> = []): Diagnostic[] {
  const found = new Set(records.map((r) => r.seq));
  const out: Diagnostic[] = [];
  // numbers the text prints that no row was rebuilt for (a dump that lost the table)
  const last = records.length ? records[records.length - 1]!.seq : 0;
  for (const p of printed) {
    if (found.has(p.seq) || (records.length > 0 && p.seq > records[0]!.seq && p.seq < last) || out.some((d) => d.seq === p.seq)) continue;
    out.push({
      level: "warning",
      code: "FLAT_ROW_NOT_FOUND",
      message: `第 ${p.seq} 项的序号印在第 ${p.line} 行，但文字顺序已打乱，未能还原这一行。请对照原文补录。`,
      table,
      seq: p.seq,
      line: p.line,
    });
  }
  for (let i = 1; i < records.length; i++) {
    const prev = records[i - 1]!;
    const cur = records[i]!;
    for (let seq = prev.seq + 1; seq < cur.seq; seq++) {
      if (found.has(seq)) continue;
      out.push({
        level: "warning",
        code: "FLAT_ROW_NOT_FOUND",
        message: `第 ${seq} 项在文本中找不到（第 ${prev.seq} 项之后是第 ${cur.seq} 项），可能是导出时文字顺序被打乱，其内容或已并入相邻的行。请对照原文补录。`,
        table,
        seq,
        line: cur.source.line ?? prev.source.line ?? 0,
      });
    }
  }
  return out;
}

/** what a table whose unit cells were printed out of their places shows (names amid a task's lines: cells centred in taller rows) */
const DISPLACED_CELL_CODES: ReadonlySet<string> = new Set(["FLAT_STRAY_PROSE", "FLAT_ROW_INTERLEAVED", "FLAT_NAME_BESIDE_TASK"]);

/** rows showing a displaced cell before a table's unit columns laid by printed order are in doubt */
const MIN_DISPLACED_ROWS = 2;

/**
 * The rows whose unit columns were laid by the printed order of their runs (reading order), kept as warnings once the
 * table shows cells printed out of their places on two rows at least (names amid a task's lines: cells vertically
 * centred in taller rows, printed by where each starts, so a centred lead cell comes after the taller cell beside it or
 * amid a row it is merged over). One stray line is no habit of the print: nothing is kept.
 */
export function orderGuessesKept(guesses: readonly Diagnostic[], diagnostics: readonly Diagnostic[], table: number): Diagnostic[] {
  if (!guesses.length) return [];
  const displaced = new Set(diagnostics.filter((d) => d.level !== "info" && (d.table ?? table) === table && DISPLACED_CELL_CODES.has(d.code)).map((d) => d.seq));
  return displaced.size >= MIN_DISPLACED_ROWS ? [...guesses] : [];
}

/** what a row in text order that does not follow the table shows (names out of column order, prose among names, …) */
const DISORDER_CODES: ReadonlySet<string> = new Set(["FLAT_OUT_OF_ORDER", "FLAT_PAGE_TAIL", "FLAT_STRAY_PROSE", "FLAT_UNRECOGNISED_NAME", "FLAT_NO_TASK", "FLAT_TASK_GUESSED"]);

/** the usual order of responsibility columns, where the text no longer shows it */
const USUAL_COLUMN_ORDER: readonly CanonicalField[] = ["leadUnits", "units", "leaders", "coUnits", "supervisors"];

/**
 * A header missing columns whose labels the text prints elsewhere (reading
 * order): each such field inserted where the usual column order puts it.
 * The rows are flagged anyway (FLAT_READING_ORDER); this only gives their names a column.
 */
export function withStrayColumns(header: FlatHeader, stray: readonly string[]): FlatHeader {
  const headers = [...header.headers];
  const columns = [...header.columns];
  for (const text of stray) {
    const field = mapHeader(text);
    const rank = USUAL_COLUMN_ORDER.indexOf(field);
    if (rank < 0 || columns.includes(field)) continue;
    let at = columns.findIndex((c) => USUAL_COLUMN_ORDER.indexOf(c) > rank);
    if (at < 0) at = columns.length;
    headers.splice(at, 0, text);
    columns.splice(at, 0, field);
  }
  return { ...header, headers, columns };
}

/**
 * Document-level doubt made row-level: in a dump whose reading order lost the
 * table (labels scattered or printed after their columns, or many rows in
 * doubt in a paragraph dump), every row not already flagged is flagged.
 */
function flagLostOrder(
  records: readonly RawRecord[],
  diagnostics: Diagnostic[],
  o: { table: number; scattered: boolean; paragraphs: boolean; stray: readonly string[]; whole?: ReadonlySet<number>; confirmed?: boolean; positioned?: boolean },
): boolean {
  const doubted = new Set(diagnostics.filter((d) => d.seq !== undefined && d.level !== "info" && (d.table ?? o.table) === o.table).map((d) => d.seq));
  const disordered = new Set(diagnostics.filter((d) => d.seq !== undefined && DISORDER_CODES.has(d.code)).map((d) => d.seq));
  const share = records.length ? records.filter((r) => disordered.has(r.seq)).length / records.length : 0;
  let why: string | null = null;
  if (o.scattered) why = "表头各栏分散在全文（按阅读顺序导出，表头行已不存在）";
  else if (o.positioned) why = "文本按文字位置排版（如 pdftotext -layout），但各列没有对齐，只能按文字先后读取，单元格的上下界无从确定";
  else if (o.stray.length) why = `栏目名“${[...new Set(o.stray)].slice(0, 3).join("”“")}”单独出现在表格中间（按阅读顺序导出，各栏成块排列）`;
  else if (share >= (o.paragraphs ? READING_ORDER_DOUBT_SHARE : STREAM_ORDER_DOUBT_SHARE)) why = `${Math.round(share * 100)}% 的行里文字顺序与表头列序不符`;
  if (!why) return false;
  // rows printed whole and in column order are vouched for by their own text, unless the header's order is a guess
  const vouched = o.scattered || o.positioned || (o.stray.length && !o.confirmed) ? new Set<number>() : (o.whole ?? new Set<number>());
  for (const r of records) {
    if (doubted.has(r.seq) || vouched.has(r.seq)) continue;
    diagnostics.push({
      level: "warning",
      code: "FLAT_READING_ORDER",
      message: `第 ${r.seq} 项：本文件的表格结构已丢失（${why}），本行的任务与各栏是按文字先后推断的。请对照原文核对。`,
      table: o.table,
      seq: r.seq,
      line: r.source.line,
    });
  }
  return true;
}

/** a gap between two pieces of text on a line of position-kept text (the columns' padding) */
const COLUMN_GAP = /\S {2,}\S/;
/** a line of another column's text, indented to where its column starts */
const INDENTED = /^ {4,}\S/;
/** the shares of a table's lines that must print pieces apart by such gaps, and start indented, for the text to be position-kept */
const GAPPED_SHARE = 0.15;
const INDENTED_SHARE = 0.2;

/**
 * Is the table's text laid out by position (`pdftotext -layout`: the header's words and the rows' cells padded apart
 * with runs of spaces)? The stream reader reads it by the order of its words only; where a cell is centred on its row
 * or wraps beside another column's lines, a unit printed above a row's 序号 is read into the row before, and nothing in
 * the order says so. True when the header's lines print their words apart, GAPPED_SHARE of the table's lines after it do
 * too and INDENTED_SHARE start indented (another column's lines). Stream-order text (`-raw`, a copy of a web table, one cell per line) prints single spaces or tabs.
 */
export function positionedText(lines: readonly SourceLine[], header: Pick<FlatHeader, "start" | "end">): boolean {
  const head = lines.slice(header.start, header.end + 1).map((l) => l.text.trim());
  if (!head.some((t) => t.split(/ {2,}/).length >= 3)) return false;
  const body = lines.slice(header.end + 1).filter((l) => l.text.trim() !== "");
  const share = (re: RegExp, trim: boolean) => body.filter((l) => re.test(trim ? l.text.trim() : l.text)).length / body.length;
  return body.length > 0 && share(COLUMN_GAP, true) >= GAPPED_SHARE && share(INDENTED, false) >= INDENTED_SHARE;
}

/**
 * A column printed as a block apart from its rows (its label again between
 * rows on the page): each row of that page whose cell in the column is empty
 * may have lost its names to the block, and the row the block was read into
 * holds names of other rows. Each is flagged once, naming the block's line.
 */
export function flagColumnBlocks(
  lines: readonly SourceLine[],
  header: FlatHeader,
  records: readonly RawRecord[],
  table: number,
  label: (f: EntityField) => string,
): Diagnostic[] {
  const rowLines = records.map((r) => r.source.line ?? 0);
  const isHeaderAt = (i: number) => headerRun(lines, i, header) !== null;
  const out: Diagnostic[] = [];
  const flagged = new Set<number>();
  const labels = displacedLabels(lines, header, rowLines, isHeaderAt, (i) => headerRun(lines, i, header));
  for (const b of labels) {
    // every column printed apart on this page; a row names the one it lacks
    const fields = [...new Set(labels.filter((x) => x.pageStart === b.pageStart).map((x) => x.field as EntityField))];
    const onPage = records.filter((r) => (r.source.line ?? 0) >= b.pageStart && (r.source.line ?? 0) < b.line);
    const holder = onPage[onPage.length - 1];
    for (const r of onPage) {
      if (flagged.has(r.seq)) continue;
      const empty = fields.filter((f) => !r.cells[f]?.length);
      if (!empty.length && r !== holder) continue;
      flagged.add(r.seq);
      out.push({
        level: "warning",
        code: "FLAT_COLUMN_BLOCK",
        message: empty.length
          ? `第 ${r.seq} 项的“${empty.map(label).join("”“")}”为空，而本页这一栏的文字被单独成块印在第 ${b.line} 行之后（按阅读顺序导出），本项的名单可能在其中。请对照原文补录。`
          : `第 ${r.seq} 项之后，本页“${fields.map(label).join("”“")}”一栏的文字单独成块印出（第 ${b.line} 行起，按阅读顺序导出），已读入本项的名单可能属于本页其他各项。请核对原文。`,
        table,
        seq: r.seq,
        line: r.source.line ?? b.line,
      });
    }
  }
  return out;
}

/** in a paragraph dump, a column filled in at least this share of rows is expected in every row */
const USUALLY_FILLED_SHARE = 0.8;
/** at most this many rows in a row without such a column are a gap; a longer run is a part of the table without it */
const MAX_EMPTY_RUN = 3;

/**
 * A paragraph dump (`pdftotext` default) prints nothing for an empty cell, and
 * a cell it printed elsewhere (another page's block, the row before) leaves
 * the same gap: a row with names, but none in a column nearly every such row
 * fills while the rows around the gap fill it, is flagged once, unless already in doubt.
 */
export function flagEmptyCells(
  records: readonly RawRecord[],
  header: FlatHeader,
  table: number,
  label: (f: EntityField) => string,
  diagnostics: readonly Diagnostic[],
): Diagnostic[] {
  const doubted = doubtedRows(diagnostics, table);
  const fields = responsibilityColumns(header);
  // a row with no names at all is a vertically merged cell (filled down later), not a gap
  const named = records.filter((r) => fields.some((f) => r.cells[f]?.length));
  const usual = fields.filter((f) => named.filter((r) => r.cells[f]?.length).length >= named.length * USUALLY_FILLED_SHARE);
  const out: Diagnostic[] = [];
  named.forEach((r, k) => {
    // a short gap between rows that fill the column; a longer run is a part of the table that has none
    const has = (i: number, x: EntityField) => named[i]?.cells[x]?.length ?? 0;
    const gap = (x: EntityField): boolean => {
      let a = k;
      let b = k;
      while (a > 0 && !has(a - 1, x)) a--;
      while (b < named.length - 1 && !has(b + 1, x)) b++;
      // (the last rows of the table: their names may be in a block printed before them)
      return b - a + 1 <= MAX_EMPTY_RUN && has(a - 1, x) > 0 && (has(b + 1, x) > 0 || b === named.length - 1);
    };
    const f = usual.find((x) => !has(k, x) && gap(x));
    if (!f || doubted.has(r.seq)) return;
    out.push({
      level: "warning",
      code: "FLAT_CELL_EMPTY",
      message: `第 ${r.seq} 项的“${label(f)}”为空，而本表几乎每一项都有；按阅读顺序导出的文本不显示空单元格，这一栏的名单也可能被印到了别处。请对照原文核对。`,
      table,
      seq: r.seq,
      line: r.source.line ?? 0,
    });
  });
  return out;
}

/** guesses of where one column ends (the names themselves are read): the rows that share the cells say no more */
const BOUNDARY_GUESSES: ReadonlySet<string> = new Set(["FLAT_UNIT_COLUMNS_GUESSED", "FLAT_PERSON_COLUMNS_GUESSED", "FLAT_PERSON_SPLIT"]);

/**
 * A row that prints no names shares the cells of the row above (a vertical
 * merge, filled down later): when that row's names are in doubt (not only a
 * column boundary), so are its.
 */
export function flagInheritedDoubt(records: readonly RawRecord[], header: FlatHeader, table: number, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const doubted = new Set(diagnostics.filter((d) => d.seq !== undefined && d.level !== "info" && (d.table ?? table) === table && !BOUNDARY_GUESSES.has(d.code)).map((d) => d.seq));
  const fields = responsibilityColumns(header);
  const out: Diagnostic[] = [];
  let source: RawRecord | null = null;
  for (const r of records) {
    if (fields.some((f) => r.cells[f]?.length)) {
      source = r;
      continue;
    }
    if (!source || !doubted.has(source.seq) || doubted.has(r.seq)) continue;
    out.push({
      level: "warning",
      code: "FLAT_INHERITS_DOUBT",
      message: `第 ${r.seq} 项没有印出单位和人员，与第 ${source.seq} 项共用（合并单元格）；第 ${source.seq} 项的名单有疑问，本项也一并请核对。`,
      table,
      seq: r.seq,
      line: r.source.line ?? 0,
    });
  }
  return out;
}

/** at most this many 序号 before the first row are named one by one */
const MAX_LOST_LEADING_ROWS = 100;

/**
 * A table that starts after 序号 1 with task prose left between its header and
 * its first row: not an excerpt, the first rows' numbers were lost (reading
 * order). Each 序号 before the first row is named so the clerk adds it.
 */
export function rowsBeforeFirst(records: readonly RawRecord[], leading: readonly FlatLine[], table: number, s: FlatSettings = FLAT_DEFAULTS): Diagnostic[] {
  const first = records[0]?.seq ?? 1;
  const prose = leading.find((l) => isProse(l.text, s));
  if (first <= 1 || first > MAX_LOST_LEADING_ROWS || !prose) return [];
  return Array.from({ length: first - 1 }, (_, k) => ({
    level: "warning" as const,
    code: "FLAT_ROW_NOT_FOUND",
    message: `第 ${k + 1} 项在文本中找不到：表头之后、第 ${first} 项之前还有任务正文（第 ${prose.line} 行起），前面各项的序号可能在导出时丢失。请对照原文补录。`,
    table,
    seq: k + 1,
    line: prose.line,
  }));
}

/** Bare numbers printed after the header (a 序号 column printed as a block, reading order): the rows the text holds. */
export function numbersInText(lines: readonly SourceLine[], header: FlatHeader): Array<{ seq: number; line: number }> {
  const out: Array<{ seq: number; line: number }> = [];
  for (let i = header.end + 1; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (/^\d{1,3}$/.test(t) && Number(t) > 0) out.push({ seq: Number(t), line: lines[i]!.line });
  }
  return out;
}


/**
 * A heading row printed at the page's end with an earlier row's 序号 right after it (`(一) 聚力…` +
 * `9`, reading order), the number that row did not print at its task (`counted`: its number was
 * counted): the heading stands above that row, so it heads that row and every row read
 * since, up to the row whose lines held it (`seq`), which all lie below it on
 * the page (the rows below it follow from the path as usual). Their section paths take the heading
 * in; each row is flagged, the place is inferred.
 */
export function headRowsBack(records: RawRecord[], groups: readonly HeadingGroup[], seq: number, table: number, diagnostics: Diagnostic[], counted: ReadonlySet<number>): void {
  for (const g of groups) {
    // only the number of a row that printed none at its task (a number printed there too is that row's own)
    if (g.from === undefined || !counted.has(g.from)) continue;
    const text = sectionText(g.fragments);
    const rows = records.filter((r) => r.table === table && r.seq >= g.from! && r.seq <= seq);
    if (!rows.length) continue;
    for (const r of rows) {
      const kept = r.section.filter((x, k) => (headingLevel(x) ?? k + 1) < g.level);
      r.section = [...kept, text];
    }
    for (const r of rows) {
      diagnostics.push({
        level: "warning",
        code: "FLAT_HEADING_PRINTED_LATE",
        message: `小标题“${text}”印在第 ${g.line} 行，后面紧跟第 ${g.from} 项的序号（按阅读顺序导出，被挪到页末）：已按它位于第 ${g.from} 项之上，归入第 ${g.from}–${seq} 项及以后各项。请核对第 ${r.seq} 项的所属栏目。`,
        table,
        seq: r.seq,
        line: r.source.line ?? g.line,
      });
    }
  }
}
