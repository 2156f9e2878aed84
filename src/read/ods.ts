/**
 * OpenDocument spreadsheet reader (.ods as LibreOffice Calc and WPS save it):
 * every visible sheet (`table:table` in `office:spreadsheet`) in order is one
 * table, as the .xlsx reader reads a workbook.
 *
 * - a cell's paragraphs (`text:p`, the value as shown) are its lines, its
 *   style's weight the paragraphs' unless they set their own;
 * - `number-columns-spanned` / `number-rows-spanned` become spans over the
 *   visible rows and columns they cover; `covered-table-cell` positions are
 *   left out;
 * - `number-rows-repeated` / `number-columns-repeated` are expanded where they
 *   carry text or a span (Calc repeats the empty rows and columns to the end
 *   of the sheet a million times: those are counted, not built);
 * - sheets hidden by their style (`table:display="false"`), rows and columns
 *   with `table:visibility` other than `visible` are left out, with an info
 *   note, as they are not printed.
 */
import type JSZip from "jszip";
import type { InputDocument } from "../model/intermediate.js";
import type { Diagnostic } from "../model/schema.js";
import { attr, child, childrenNamed, isElement, parseXml, type XmlElement } from "./xml.js";
import { readPart } from "./zip.js";
import { finishDocument, type RawBlock } from "./structured.js";
import { odfCellBlocks, odfContext, odfStyleBold, type Context } from "./odt.js";
import { checkSheetSize, hiddenPartsNote, hiddenSheetNote, placeRange, sheetGridBlocks, slotFilled, type Slot } from "./sheet.js";
import { sha256 } from "./hash.js";
import { appendAll } from "../arrays.js";

const OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

/** Most copies a `number-…-repeated` attribute makes of a cell or row that holds text (the empty ones are only counted). */
export const MAX_REPEAT = 1000;

function count(el: XmlElement, local: string): number {
  const n = Number(attr(el, TABLE, local) ?? "1");
  return Number.isFinite(n) && n > 1 ? Math.floor(n) : 1;
}

const visible = (el: XmlElement): boolean => (attr(el, TABLE, "visibility") ?? "visible") === "visible";

/** The names of the table styles that hide a sheet (`table:display="false"`). */
function hiddenSheetStyles(content: XmlElement): Set<string> {
  const out = new Set<string>();
  const auto = child(content, OFFICE, "automatic-styles");
  if (!auto) return out;
  for (const s of childrenNamed(auto, STYLE, "style")) {
    if (attr(s, STYLE, "family") !== "table") continue;
    const props = child(s, STYLE, "table-properties");
    if (props && attr(props, TABLE, "display") === "false") out.add(attr(s, STYLE, "name") ?? "");
  }
  return out;
}

interface Placed {
  row: number;
  col: number;
  slot: Slot;
}

interface SheetScan {
  placed: Placed[];
  /** row positions with `table:visibility` collapse or filter */
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
}

/** The columns' visibility, by position. */
function scanColumns(el: XmlElement, hidden: Set<number>, at: { col: number }): void {
  for (const c of el.children) {
    if (!isElement(c) || c.uri !== TABLE) continue;
    if (c.local === "table-column") {
      const n = count(c, "number-columns-repeated");
      if (!visible(c)) for (let k = 0; k < Math.min(n, MAX_REPEAT); k++) hidden.add(at.col + k);
      at.col += n;
    } else if (c.local === "table-columns" || c.local === "table-header-columns" || c.local === "table-column-group") scanColumns(c, hidden, at);
  }
}

function scanRows(el: XmlElement, ctx: Context, scan: SheetScan, at: { row: number }): void {
  for (const r of el.children) {
    if (!isElement(r) || r.uri !== TABLE) continue;
    if (r.local === "table-header-rows" || r.local === "table-rows" || r.local === "table-row-group") {
      scanRows(r, ctx, scan, at);
      continue;
    }
    if (r.local !== "table-row") continue;
    const rowCells: Array<{ col: number; slot: Slot }> = [];
    let col = 0;
    for (const c of r.children) {
      if (!isElement(c) || c.uri !== TABLE) continue;
      const n = count(c, "number-columns-repeated");
      if (c.local === "table-cell") {
        const rowSpan = count(c, "number-rows-spanned");
        const colSpan = count(c, "number-columns-spanned");
        const blocks = odfCellBlocks(c, ctx, odfStyleBold(ctx, "table-cell", attr(c, TABLE, "style-name")));
        const slot: Slot = { blocks, rowSpan, colSpan };
        if (slotFilled(slot) || rowSpan > 1 || colSpan > 1) for (let k = 0; k < Math.min(n, MAX_REPEAT); k++) rowCells.push({ col: col + k, slot: { ...slot } });
      }
      col += n;
    }
    const n = count(r, "number-rows-repeated");
    const copies = rowCells.length ? Math.min(n, MAX_REPEAT) : 0;
    for (let k = 0; k < copies; k++) for (const c of rowCells) scan.placed.push({ row: at.row + k, col: c.col, slot: { ...c.slot } });
    if (!visible(r)) for (let k = 0; k < Math.min(n, MAX_REPEAT); k++) scan.hiddenRows.add(at.row + k);
    at.row += n;
  }
}

/** One sheet as title paragraphs and a table over its visible rows and columns. */
function sheetBlocks(table: XmlElement, ctx: Context, page: number, diagnostics: Diagnostic[], file: string): RawBlock[] {
  const name = attr(table, TABLE, "name") ?? `Sheet${page}`;
  const scan: SheetScan = { placed: [], hiddenRows: new Set(), hiddenCols: new Set() };
  scanColumns(table, scan.hiddenCols, { col: 0 });
  scanRows(table, ctx, scan, { row: 0 });
  if (!scan.placed.length) return [];
  let lastRow = 0;
  let lastCol = 0;
  for (const p of scan.placed) {
    lastRow = Math.max(lastRow, p.row + p.slot.rowSpan - 1);
    lastCol = Math.max(lastCol, p.col + p.slot.colSpan - 1);
  }
  const rows: number[] = [];
  const cols: number[] = [];
  for (let r = 0; r <= lastRow; r++) if (!scan.hiddenRows.has(r)) rows.push(r);
  for (let c = 0; c <= lastCol; c++) if (!scan.hiddenCols.has(c)) cols.push(c);
  checkSheetSize(name, rows.length, cols.length, file);
  const rowIndex = new Map(rows.map((r, i) => [r, i]));
  const colIndex = new Map(cols.map((c, i) => [c, i]));
  const grid: Slot[][] = rows.map(() => cols.map(() => ({ blocks: [], rowSpan: 1, colSpan: 1 })));
  for (const p of scan.placed) placeRange(grid, rowIndex, colIndex, { top: p.row, left: p.col, bottom: p.row + p.slot.rowSpan - 1, right: p.col + p.slot.colSpan - 1 }, p.slot.blocks);
  const note = hiddenPartsNote(name, page, [...scan.hiddenRows].filter((r) => r <= lastRow).length, [...scan.hiddenCols].filter((c) => c <= lastCol).length);
  if (note) diagnostics.push(note);
  return sheetGridBlocks(grid, name, page);
}

export async function readOds(bytes: Uint8Array, zip: JSZip, file: string): Promise<InputDocument> {
  const contentText = await readPart(zip, "content.xml", file);
  const stylesText = await readPart(zip, "styles.xml", file);
  const diagnostics: Diagnostic[] = [];
  const blocks: RawBlock[] = [];
  if (contentText) {
    const content = parseXml(contentText, file, "content.xml");
    const ctx = odfContext(content, stylesText ? parseXml(stylesText, file, "styles.xml") : null);
    const hidden = hiddenSheetStyles(content);
    const sheet = child(child(content, OFFICE, "body"), OFFICE, "spreadsheet");
    (sheet ? childrenNamed(sheet, TABLE, "table") : []).forEach((t, k) => {
      const page = k + 1;
      if (hidden.has(attr(t, TABLE, "style-name") ?? "\u0000")) {
        diagnostics.push(hiddenSheetNote(attr(t, TABLE, "name") ?? `Sheet${page}`, page));
        return;
      }
      appendAll(blocks, sheetBlocks(t, ctx, page, diagnostics, file));
    });
  }
  return finishDocument(blocks, { file, format: "ods", sha256: sha256(bytes), encoding: null }, diagnostics);
}
