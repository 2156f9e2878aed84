/**
 * Grid layout: rows of cells (from tab-separated or markdown text, or a PDF's
 * ruled/unruled table) → records. Shared by every tabular input.
 *
 * - a header row (by synonyms) opens a table; a repeated identical header is dropped;
 *   a header followed by numbering that restarts opens a new table;
 * - a row whose 序号 cell holds an integer starts a record;
 * - a row with a blank 序号 but other cells continues the record above;
 * - a row with one non-empty cell that carries a heading marker (or was bold) is a section heading;
 * - a 项目 column's cell sets the section path of its row and the rows below.
 */
import type { Diagnostic } from "../model/schema.js";
import type { EntityField, GridRow, LayoutResult, RawRecord, TableSpec } from "../model/intermediate.js";
import { isHeaderRow, mapHeader } from "../table/headers.js";
import { cleanText } from "../text/hygiene.js";
import { toSimplified } from "../text/script.js";
import { headingLevel, parseSectionCell, SectionPath } from "../table/sections.js";
import { PAGE_FURNITURE_PATTERNS, PAGE_NUMBER_PATTERNS } from "../table/lexicon.js";

const ENTITY_FIELDS: ReadonlySet<string> = new Set(["leadUnits", "units", "coUnits", "leaders", "supervisors"]);
const SEQ = /^\s*(\d{1,4})\s*[.、．]?\s*$/;
/** A table title line: names a breakdown table or plan, and is not a sentence of the cover letter. */
const TITLE = /(分解表|任务表|分工表|责任表|清单|一览表|台账|分解方案|分工方案|责任分解|任务分解)/;
const TITLE_MAX_LENGTH = 60;

/** Longest unmarked line read as a heading row. */
const UNMARKED_HEADING_MAX_LENGTH = 30;
const SENTENCE_END = /[。；;！？!?][”’」』）)】》]*$/;

/** Page numbers (`- 2 -`, `第 2 页`) and 附件 lines: never table content. */
export function isPageNoise(text: string): boolean {
  const t = text.trim();
  return PAGE_NUMBER_PATTERNS.some((p) => p.test(t)) || PAGE_FURNITURE_PATTERNS.some((p) => p.test(t)) || /^\d{1,4}$/.test(t);
}

/** A short line without sentence punctuation or a table title's words: an unmarked heading row. */
export function isUnmarkedHeading(text: string): boolean {
  const t = text.trim();
  return t.length >= 2 && t.length <= UNMARKED_HEADING_MAX_LENGTH && !/[，,。；;：:！？!?]/.test(t) && !isTableTitle(t) && !/^(抄送|抄报|附件|注[：:])/.test(t) && !/\d{4}\s*年\s*\d{1,2}\s*月/.test(t) && !/印发$/.test(t);
}

export function isTableTitle(text: string): boolean {
  const t = toSimplified(cleanText(stripTags(text).replace(/^#+\s*/, ""))).replace(/^附[件表]\s*\d*\s*[：:]\s*/, "");
  return TITLE.test(t) && t.length <= TITLE_MAX_LENGTH && !/[，,。；;：:]/.test(t) && !/^(关于|根据|按照|现将|为)/.test(t) && !/通知$/.test(t);
}

export interface GridOptions {
  layout: string;
}

function cellText(row: GridRow, i: number): string {
  return (row.cells[i]?.lines ?? []).join(" ").trim();
}

function nonEmptyCells(row: GridRow): number[] {
  const idx: number[] = [];
  row.cells.forEach((c, i) => {
    if (c.lines.some((l) => cleanText(l) !== "")) idx.push(i);
  });
  return idx;
}

function wasBold(row: GridRow): boolean {
  return row.cells.some((c) => c.lines.some((l) => /<(b|strong)>/i.test(l)));
}

export function gridToRecords(rows: readonly GridRow[], options: GridOptions): LayoutResult {
  const tables: TableSpec[] = [];
  const records: RawRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  let table = null as TableSpec | null;
  let pendingHeader: { headers: string[]; row: GridRow } | null = null;
  let lastTitle: string | null = null;
  let lastSeq = 0;
  let section = new SectionPath();
  let current = null as RawRecord | null;
  let stray: GridRow[] = [];
  /** headings read since the pending header: they open the new table's section path */
  let headingsSinceHeader: Array<{ text: string; level: number }> = [];

  const openTable = (headers: string[]): TableSpec => {
    const spec: TableSpec = {
      index: tables.length,
      title: lastTitle,
      headers: headers.map((text) => ({ text: cleanText(text), field: mapHeader(text) })),
      columns: headers.map(mapHeader),
      layout: options.layout,
    };
    tables.push(spec);
    table = spec;
    lastSeq = 0;
    section = new SectionPath();
    section.apply(headingsSinceHeader);
    current = null;
    lastTitle = null;
    return spec;
  };

  const flushStray = () => {
    for (const s of stray) {
      diagnostics.push({
        level: "warning",
        code: "UNPLACED_TEXT",
        message: `表格中有一行文字无法归入任何任务，已忽略：“${s.cells.map((c) => c.lines.join(" ")).join(" ").trim().slice(0, 40)}”。请核对原文。`,
        ...(table ? { table: table.index } : {}),
        ...(s.line ? { line: s.line } : {}),
        ...(s.page ? { page: s.page } : {}),
      });
    }
    stray = [];
  };

  for (let ri = 0; ri < rows.length; ri++) {
    // a cell merged down from the row above (`spanned`) is not this row's own text: it neither
    // numbers the row nor continues a record; a numbered row inherits its entity fields
    let full = rows[ri]!;
    let row = ownCells(full);
    const texts = row.cells.map((_, i) => cellText(row, i));
    const filled = nonEmptyCells(row);
    if (filled.length === 0) continue;

    // a header printed over two rows whose upper row names no responsibility column by itself
    // (`序号 | 工作任务 | 责任分工 | | 完成时限` over `| | 牵头单位 | 责任单位 | 分管县领导`)
    if (filled.length >= 2 && !isHeaderRow(texts) && ri + 1 < rows.length) {
      const merged = mergeHeaderRows(texts, rows[ri + 1]!);
      if (merged) {
        pendingHeader = { headers: merged, row };
        headingsSinceHeader = [];
        ri++;
        continue;
      }
    }

    if (filled.length >= 2 && isHeaderRow(texts)) {
      // decided at the next numbered row: a repeated header is dropped, a new one opens a table
      pendingHeader = { headers: texts, row };
      headingsSinceHeader = [];
      continue;
    }

    // a second header row under a merged one (责任单位 over 牵头单位 | 配合单位): the lower, more
    // specific header wins in the columns it fills
    if (pendingHeader && isSubHeader(texts, filled)) {
      pendingHeader = { headers: pendingHeader.headers.map((h, i) => (texts[i]?.trim() ? texts[i]! : h)), row: pendingHeader.row };
      continue;
    }

    const colOf = (field: string): number => (table ?? (pendingHeader ? { columns: pendingHeader.headers.map(mapHeader) } : null))?.columns.indexOf(field as never) ?? -1;
    let seqMatch: RegExpExecArray | null;
    const taskCol = colOf("task");
    if (colOf("seq") < 0 && taskCol >= 0 && (table || pendingHeader)) {
      // no 序号 column: the number is printed at the start of the task cell (`1.陶瓷产业…`)
      const numbered = numberedTask(row, taskCol);
      seqMatch = numbered ? SEQ.exec(numbered.seq) : null;
      if (numbered) {
        row = numbered.row;
        full = numberedTask(full, taskCol)?.row ?? full;
      }
    } else seqMatch = SEQ.exec(cellText(row, Math.max(0, colOf("seq"))).normalize("NFKC"));

    if (filled.length === 1 && !seqMatch) {
      const only = cellText(row, filled[0]!);
      const plain = cleanText(stripTags(only)).replace(/^#+\s*/, "");
      // page numbers and 附件 lines between the rows are page furniture
      if (isPageNoise(plain)) continue;
      const columns = table?.columns ?? (pendingHeader ? pendingHeader.headers.map(mapHeader) : null);
      const col = columns?.[filled[0]!] ?? "other";
      const contentColumn = col === "task" || ENTITY_FIELDS.has(col);
      const level = headingLevel(plain);
      // a row cut by a page break that goes on in one content column: the rest of the record above
      // (a sentence that happens to start with `1.` is still the task's text)
      if (table && current && row.cells.length >= 2 && contentColumn && !wasBold(row) && (level === null || SENTENCE_END.test(plain))) {
        addCells(current, row, table, section, true);
        continue;
      }
      if (table || pendingHeader) {
        // a heading: a numbering marker, bold, or a short unmarked line spanning the table from
        // its first column (`主要预期目标`)
        const unmarked = level === null && !contentColumn && row.cells.length >= 2 && isUnmarkedHeading(plain);
        if (level !== null || wasBold(row) || row.spansTable || unmarked) {
          section.push(cleanText(only), level ?? 1);
          if (pendingHeader) headingsSinceHeader.push({ text: cleanText(only), level: level ?? 1 });
          continue;
        }
      }
      if (isTableTitle(only)) {
        lastTitle = cleanText(only.replace(/^#+\s*/, ""));
        continue;
      }
      if (table && current) stray.push(row);
      continue;
    }

    // a bare number on a line of its own (no cell separators) inside a table is a page number
    if (seqMatch && row.cells.length === 1 && table && table.columns.length >= 2) continue;

    if (seqMatch) {
      const seq = Number(seqMatch[1]);
      if (pendingHeader) {
        const sameHeader = table && pendingHeader.headers.map((t) => cleanText(t)).join("|") === table.headers.map((h) => h.text).join("|");
        if (!table || !sameHeader || seq <= lastSeq) openTable(pendingHeader.headers);
        pendingHeader = null;
      } else if (table && seq <= lastSeq && seq === 1) {
        diagnostics.push({
          level: "warning",
          code: "SEQ_RESTART",
          message: `序号从 ${lastSeq} 回到 1，按新表处理。如属同一表格，请核对原文。`,
          table: table.index + 1,
          ...(row.line ? { line: row.line } : {}),
        });
        openTable(table.headers.map((h) => h.text));
      }
      if (!table) continue; // numbered lines before any header are not table rows
      const spec: TableSpec = table;
      flushStray();
      const rec: RawRecord = {
        table: spec.index,
        seq,
        section: [],
        task: [],
        cells: {},
        source: { ...(row.line ? { line: row.line } : {}), ...(row.page ? { page: row.page } : {}), ...(row.bbox ? { bbox: row.bbox } : {}) },
      };
      addCells(rec, full, spec, section);
      rec.section = section.current;
      records.push(rec);
      current = rec;
      lastSeq = seq;
      continue;
    }

    // no 序号: the rest of the record above (a row cut by a page break or a merged cell)
    if (table && current) {
      addCells(current, row, table, section, true);
      continue;
    }
  }
  // text after the last row (抄送, signature, printing date) is not part of the table
  stray = [];
  return { tables, records, diagnostics };
}

/** The two rows as one header (the lower row's words win where it has them), if that is a header. */
function mergeHeaderRows(upper: readonly string[], lowerRow: GridRow): string[] | null {
  const lower = lowerRow.cells.map((_, i) => cellText(lowerRow, i));
  const lowerFilled = nonEmptyCells(lowerRow);
  if (!lowerFilled.length || !isSubHeader(lower, lowerFilled)) return null;
  if (upper.some((t) => SEQ.test(t.normalize("NFKC")))) return null;
  const merged = Array.from({ length: Math.max(upper.length, lower.length) }, (_, i) => (lower[i]?.trim() ? lower[i]! : (upper[i] ?? "")));
  return isHeaderRow(merged) ? merged : null;
}

/** Longest text of one header cell: longer single lines are content, not headers. */
const HEADER_CELL_MAX_LENGTH = 12;

/** A task cell that starts with its number: `1.`, `2、`, `3．` (not `1.5%`, a decimal). */
const NUMBERED_TASK = /^\s*([0-9０-９]{1,4})\s*[.、．](?![0-9０-９])\s*/;

/** The row with the number cut off its task cell, and the number, if the task cell starts with one. */
function numberedTask(row: GridRow, taskCol: number): { row: GridRow; seq: string } | null {
  const lines = row.cells[taskCol]?.lines ?? [];
  const first = lines.findIndex((l) => l.trim() !== "");
  if (first < 0) return null;
  const m = NUMBERED_TASK.exec(lines[first]!);
  if (!m) return null;
  const rest = lines[first]!.slice(m[0].length);
  const cells = row.cells.map((c, i) => (i === taskCol ? { lines: [...lines.slice(0, first), rest, ...lines.slice(first + 1)] } : c));
  return { row: { ...row, cells }, seq: m[1]!.normalize("NFKC") };
}

function isSubHeader(texts: readonly string[], filled: readonly number[]): boolean {
  if (filled.some((i) => SEQ.test((texts[i] ?? "").normalize("NFKC")))) return false;
  // a heading row (`第一部分 主要预期目标`) is not a header even when its words name a field
  if (filled.some((i) => headingLevel(stripTags(texts[i] ?? "")) !== null || cleanText(stripTags(texts[i] ?? "")).length > HEADER_CELL_MAX_LENGTH)) return false;
  return filled.every((i) => mapHeader(texts[i] ?? "") !== "other");
}

/** The row without the cells merged down from above. */
function ownCells(row: GridRow): GridRow {
  if (!row.cells.some((c) => c.spanned)) return row;
  return { ...row, cells: row.cells.map((c) => (c.spanned ? { lines: [] } : c)) };
}

function stripTags(s: string): string {
  return s.replace(/<[^>]+>/g, "");
}

function addCells(rec: RawRecord, row: GridRow, spec: TableSpec, section: SectionPath, continuation = false): void {
  spec.columns.forEach((field, i) => {
    const cell = row.cells[i];
    const lines = (cell?.lines ?? []).filter((l) => cleanText(l) !== "");
    if (!lines.length) return;
    if (cell?.spanned) {
      // merged down from the row above: only responsibility cells are shared with this row
      if (ENTITY_FIELDS.has(field)) {
        const f = field as EntityField;
        (rec.cells[f] ??= []).push(...lines);
        if (!rec.inherited?.includes(f)) (rec.inherited ??= []).push(f);
      }
      return;
    }
    if (field === "task") rec.task.push(...lines);
    else if (field === "section") {
      section.apply(parseSectionCell(lines));
    } else if (ENTITY_FIELDS.has(field)) {
      const f = field as EntityField;
      (rec.cells[f] ??= []).push(...lines);
    }
  });
  if (continuation) rec.section = section.current;
}
