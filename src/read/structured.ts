/**
 * The common end of the structured readers (Word, OpenDocument, web page,
 * spreadsheet): each reader turns its markup into the same raw tree of
 * paragraphs and tables (cells holding paragraphs and nested tables), and
 * `finishDocument` makes the `InputDocument` from it:
 *
 * - a table that wraps other tables for layout (a web page's frame, a Word
 *   document pasted into a one-cell table) or is a single column of boxes is
 *   dissolved into its content, so the notice's own tables come out as tables;
 * - a table of `label：value` cells (the 索引号 / 发文机关 / 文号 / 成文日期 box a
 *   government site prints above the text) becomes one paragraph per field;
 * - empty paragraphs and rows go; the paragraphs and table rows are numbered
 *   as the document's lines (a row's cells joined by tabs).
 */
import type { CellLine, DocBlock, DocCell, DocRow, DocTable, InputDocument, SourceLine } from "../model/intermediate.js";
import type { Diagnostic, SourceInfo } from "../model/schema.js";

/**
 * A paragraph's lines as a reader builds them, run by run: a line break starts a new
 * line, and a line is bold when every visible character of it is. With `collapseSpaces`
 * (a web page) a space at the start of a line or after a space is not shown, as a
 * browser collapses it.
 */
export class LineBuilder {
  private readonly lines: Array<{ text: string; chars: number; bold: number }> = [{ text: "", chars: 0, bold: 0 }];

  constructor(private readonly collapseSpaces = false) {}

  add(text: string, bold: boolean): void {
    const line = this.lines[this.lines.length - 1]!;
    if (this.collapseSpaces && text.startsWith(" ") && (line.text === "" || line.text.endsWith(" "))) text = text.slice(1);
    line.text += text;
    const visible = text.replace(/\s/g, "").length;
    line.chars += visible;
    if (bold) line.bold += visible;
  }

  break(): void {
    this.lines.push({ text: "", chars: 0, bold: 0 });
  }

  isEmpty(): boolean {
    return this.lines.every((l) => l.text.trim() === "");
  }

  done(): CellLine[] {
    return this.lines.map((l) => ({ text: l.text, ...(l.chars > 0 && l.bold === l.chars ? { bold: true } : {}) }));
  }
}

/** A paragraph: its lines (one, or several where it holds line breaks). */
export interface RawParagraph {
  kind: "paragraph";
  lines: CellLine[];
}

export interface RawCell {
  /** the cell's content in order */
  blocks: RawBlock[];
  rowSpan?: number;
  colSpan?: number;
}

export interface RawRow {
  cells: RawCell[];
  header?: boolean;
}

export interface RawTable {
  kind: "table";
  rows: RawRow[];
  name?: string;
  page?: number;
}

export type RawBlock = RawParagraph | RawTable;

/** Longest span honoured (a broken attribute must not blow up the grid). */
export const MAX_SPAN = 1000;

/** Share of a table's text held by the tables nested in it above which it is a layout wrapper. */
export const WRAPPER_NESTED_SHARE = 0.5;
/** A table with fewer rows than this that holds a table is a layout wrapper, whatever the shares. */
export const WRAPPER_MAX_ROWS = 3;

/** A label cell of a metadata box: a short name ending with a colon (`索 引 号：`, `发文机关:`). */
const LABEL = /^[\p{Script=Han}A-Za-z\s\u3000]{2,10}[：:]$/u;
/** A cell holding a label and its value (`成文日期：2021年1月5日`). */
const LABEL_VALUE = /^[\p{Script=Han}\s\u3000]{2,10}[：:]\s*\S/u;

export function paragraph(text: string, bold?: boolean): RawParagraph {
  return { kind: "paragraph", lines: [{ text, ...(bold ? { bold: true } : {}) }] };
}

export function clampSpan(n: number | undefined): number {
  return n !== undefined && Number.isFinite(n) ? Math.min(MAX_SPAN, Math.max(1, Math.floor(n))) : 1;
}

/** Trim a line; lines with nothing visible are dropped. */
function cleanLines(lines: readonly CellLine[]): CellLine[] {
  const out: CellLine[] = [];
  for (const l of lines) {
    const text = l.text.replace(/\u00a0/g, " ").trim();
    if (text) out.push({ ...l, text });
  }
  return out;
}

function blockText(b: RawBlock): string {
  if (b.kind === "paragraph") return b.lines.map((l) => l.text).join("");
  return b.rows.map((r) => r.cells.map((c) => c.blocks.map(blockText).join("")).join("")).join("");
}

function visibleLength(s: string): number {
  return s.replace(/\s/g, "").length;
}

/** Characters of a table in its own cells' paragraphs and in the tables nested in them. */
function textShares(table: RawTable): { own: number; nested: number } {
  let own = 0;
  let nested = 0;
  for (const r of table.rows)
    for (const c of r.cells)
      for (const b of c.blocks) {
        if (b.kind === "paragraph") own += visibleLength(blockText(b));
        else nested += visibleLength(blockText(b));
      }
  return { own, nested };
}

/**
 * Whether a table only lays out the page (dissolved into its content): a
 * single column of boxes, or a table that holds other tables and is not a
 * data table with a small table inside a cell — it has fewer than
 * WRAPPER_MAX_ROWS rows, or its nested tables carry most of its text.
 */
export function isLayoutWrapper(table: RawTable): boolean {
  if (table.rows.every((r) => r.cells.length <= 1)) return true;
  if (!table.rows.some((r) => r.cells.some((c) => c.blocks.some((b) => b.kind === "table")))) return false;
  if (table.rows.length < WRAPPER_MAX_ROWS) return true;
  const { own, nested } = textShares(table);
  return nested >= (own + nested) * WRAPPER_NESTED_SHARE;
}

/** A table is a metadata box when every non-empty cell is a label, a label with its value, or the value after a label. */
function metadataFields(table: RawTable): string[] | null {
  const fields: string[] = [];
  let labels = 0;
  if (table.rows.some((r) => r.cells.some((c) => c.blocks.some((b) => b.kind === "table")))) return null;
  for (const r of table.rows) {
    const texts = r.cells.map((c) => c.blocks.map((b) => (b.kind === "paragraph" ? b.lines.map((l) => l.text.trim()).join("") : "")).join("").trim());
    for (let i = 0; i < texts.length; i++) {
      const t = texts[i]!;
      if (!t) continue;
      if (LABEL.test(t)) {
        labels++;
        let j = i + 1;
        while (j < texts.length && !texts[j]) j++;
        const value = j < texts.length && !LABEL.test(texts[j]!) ? texts[j]! : "";
        fields.push(`${t.replace(/[\s\u3000]/g, "")}${value}`);
        if (value) i = j;
      } else if (LABEL_VALUE.test(t)) {
        labels++;
        fields.push(t.replace(/^([^：:]+)/, (m) => m.replace(/[\s\u3000]/g, "")));
      } else return null;
    }
  }
  return labels >= 2 ? fields : null;
}

/** Nested tables kept inside a data table's cell: each of their rows one line, cells joined by a space. */
function nestedAsLines(t: RawTable): CellLine[] {
  return t.rows.map((r) => ({ text: r.cells.map((c) => cellLines(c).map((l) => l.text).join(" ")).filter(Boolean).join(" ") }));
}

function cellLines(c: RawCell): CellLine[] {
  return cleanLines(c.blocks.flatMap((b) => (b.kind === "paragraph" ? b.lines : nestedAsLines(b))));
}

interface Finishing {
  blocks: DocBlock[];
  lines: SourceLine[];
  diagnostics: Diagnostic[];
}

function addParagraphs(p: RawParagraph, out: Finishing): void {
  for (const l of cleanLines(p.lines)) {
    const line = out.lines.length + 1;
    out.lines.push({ text: l.text, line });
    out.blocks.push({ kind: "paragraph", text: l.text, line, ...(l.bold ? { bold: true } : {}) });
  }
}

function addTable(t: RawTable, out: Finishing): void {
  if (isLayoutWrapper(t)) {
    // the wrapper's cells in reading order: their paragraphs and tables become the document's
    for (const r of t.rows) for (const c of r.cells) for (const b of c.blocks) addBlock(b, out);
    return;
  }
  const fields = metadataFields(t);
  if (fields) {
    for (const f of fields) addParagraphs(paragraph(f), out);
    return;
  }
  const rows: DocRow[] = [];
  // rows reached by a cell spanning down from above: kept even when empty, so the spans stay right
  const covered = new Set<number>();
  t.rows.forEach((r, i) => {
    for (const c of r.cells) for (let k = 1; k < Math.min(clampSpan(c.rowSpan), t.rows.length - i); k++) covered.add(i + k);
  });
  for (const [i, r] of t.rows.entries()) {
    const cells: DocCell[] = r.cells.map((c) => {
      // a span past the table's last row ends there, as a browser draws it
      const rs = Math.min(clampSpan(c.rowSpan), t.rows.length - i);
      const cs = clampSpan(c.colSpan);
      return { lines: cellLines(c), ...(rs > 1 ? { rowSpan: rs } : {}), ...(cs > 1 ? { colSpan: cs } : {}) };
    });
    // an empty spacer row goes, unless a merged cell starts in it or covers it
    if (cells.every((c) => c.lines.length === 0 && !c.rowSpan) && !covered.has(i)) continue;
    const line = out.lines.length + 1;
    out.lines.push({ text: cells.map((c) => c.lines.map((l) => l.text).join(" ")).join("\t"), line, ...(t.page ? { page: t.page } : {}) });
    rows.push({ cells, ...(r.header ? { header: true } : {}), line });
  }
  if (t.rows.some((r) => r.cells.some((c) => c.blocks.some((b) => b.kind === "table")))) {
    out.diagnostics.push({
      level: "info",
      code: "NESTED_TABLE_IN_CELL",
      message: `第 ${rows[0]?.line ?? out.lines.length} 行起的表格的单元格里嵌有小表格，已把小表格的每一行作为该单元格的一行读取。请核对这些单元格。`,
      ...(rows[0] ? { line: rows[0].line } : {}),
    });
  }
  if (!rows.length) return;
  const table: DocTable = { rows, ...(t.name !== undefined ? { name: t.name } : {}), ...(t.page !== undefined ? { page: t.page } : {}) };
  out.blocks.push({ kind: "table", table });
}

function addBlock(b: RawBlock, out: Finishing): void {
  if (b.kind === "paragraph") addParagraphs(b, out);
  else addTable(b, out);
}

/** The InputDocument of a structured document from its raw blocks. */
export function finishDocument(raw: readonly RawBlock[], source: SourceInfo, diagnostics: Diagnostic[] = []): InputDocument {
  const out: Finishing = { blocks: [], lines: [], diagnostics: [...diagnostics] };
  for (const b of raw) addBlock(b, out);
  return { source, lines: out.lines, blocks: out.blocks, diagnostics: out.diagnostics };
}
