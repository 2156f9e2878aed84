/**
 * Spreadsheet reader (.xlsx, read with exceljs, which the writer already uses):
 * every visible sheet in workbook order is one table.
 *
 * - merged ranges (`mergeCells`) become spans over the visible rows and columns
 *   they cover;
 * - hidden sheets, rows and columns are left out (an info diagnostic says how
 *   many), as they are not printed;
 * - shared strings, rich text (bold per run), line breaks inside a cell (one
 *   cell line each), formula results, percentages and dates as shown;
 * - the rows above the table holding one text each (the title, `附件2`) are
 *   paragraphs, not table rows.
 */
import ExcelJS from "exceljs";
import type { CellLine, InputDocument } from "../model/intermediate.js";
import type { Diagnostic } from "../model/schema.js";
import { FenjieError } from "../errors.js";
import { sha256 } from "./hash.js";
import { finishDocument, type RawBlock } from "./structured.js";
import { checkSheetSize, hiddenPartsNote, hiddenSheetNote, placeRange, sheetGridBlocks, type Slot } from "./sheet.js";
import { appendAll } from "../arrays.js";

export { MAX_SHEET_CELLS } from "./sheet.js";

interface Run {
  text: string;
  bold: boolean;
}

/** `_x000D_`-style escapes some writers leave in strings. */
const unescape = (s: string): string => s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));

const pad = (n: number): string => String(n).padStart(2, "0");

function formatDate(d: Date, numFmt: string | undefined): string {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return numFmt && numFmt.includes("年") ? `${y}年${m}月${day}日` : `${y}-${pad(m)}-${pad(day)}`;
}

function formatNumber(n: number, numFmt: string | undefined): string {
  if (numFmt && /%/.test(numFmt.replace(/"[^"]*"/g, ""))) {
    const decimals = /0\.(0+)%/.exec(numFmt)?.[1]?.length ?? 0;
    return `${(n * 100).toFixed(decimals)}%`;
  }
  return String(Number.isInteger(n) ? n : Number(n.toPrecision(15)));
}

/** The runs of a cell's value as shown. */
function valueRuns(value: ExcelJS.CellValue, bold: boolean, numFmt: string | undefined): Run[] {
  if (value === null || value === undefined) return [];
  if (typeof value === "string") return [{ text: unescape(value), bold }];
  if (typeof value === "number") return [{ text: formatNumber(value, numFmt), bold }];
  if (typeof value === "boolean") return [{ text: value ? "TRUE" : "FALSE", bold }];
  if (value instanceof Date) return [{ text: formatDate(value, numFmt), bold }];
  if ("richText" in value) return value.richText.map((r) => ({ text: unescape(r.text), bold: r.font?.bold ?? bold }));
  if ("hyperlink" in value) return valueRuns(value.text as ExcelJS.CellValue, bold, numFmt);
  if ("formula" in value || "sharedFormula" in value) return valueRuns((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue, bold, numFmt);
  if ("error" in value) return [{ text: String(value.error), bold }];
  return [];
}

/** Runs → lines at the line breaks inside them; a line is bold when all its text is. */
function runLines(runs: readonly Run[]): CellLine[] {
  const lines: Array<{ text: string; chars: number; bold: number }> = [{ text: "", chars: 0, bold: 0 }];
  for (const r of runs) {
    r.text.split(/\r\n|\r|\n/).forEach((part, i) => {
      if (i) lines.push({ text: "", chars: 0, bold: 0 });
      const l = lines[lines.length - 1]!;
      l.text += part;
      const visible = part.replace(/\s/g, "").length;
      l.chars += visible;
      if (r.bold) l.bold += visible;
    });
  }
  return lines.map((l) => ({ text: l.text, ...(l.chars > 0 && l.bold === l.chars ? { bold: true } : {}) }));
}

const cellBlocks = (lines: CellLine[]): RawBlock[] => (lines.length ? [{ kind: "paragraph", lines }] : []);

function decodeRange(range: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(range.trim());
  if (!m) return null;
  const col = (s: string): number => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const a = { r: Number(m[2]), c: col(m[1]!) };
  const b = m[3] ? { r: Number(m[4]), c: col(m[3]) } : a;
  return { top: Math.min(a.r, b.r), left: Math.min(a.c, b.c), bottom: Math.max(a.r, b.r), right: Math.max(a.c, b.c) };
}

/** One sheet as paragraphs (title rows) and a table, over its visible rows and columns. */
function sheetBlocks(ws: ExcelJS.Worksheet, page: number, diagnostics: Diagnostic[], file: string): RawBlock[] {
  const rowCount = ws.rowCount;
  const colCount = ws.columnCount;
  if (!rowCount || !colCount) return [];
  checkSheetSize(ws.name, rowCount, colCount, file);
  const rows: number[] = [];
  const cols: number[] = [];
  let hiddenRows = 0;
  let hiddenCols = 0;
  for (let r = 1; r <= rowCount; r++) {
    if (ws.getRow(r).hidden) hiddenRows++;
    else rows.push(r);
  }
  for (let c = 1; c <= colCount; c++) {
    if (ws.getColumn(c).hidden) hiddenCols++;
    else cols.push(c);
  }
  const rowIndex = new Map(rows.map((r, i) => [r, i]));
  const colIndex = new Map(cols.map((c, i) => [c, i]));
  const grid: Slot[][] = rows.map((r) =>
    cols.map((c) => {
      const cell = ws.getCell(r, c);
      return { blocks: cellBlocks(runLines(valueRuns(cell.value, cell.font?.bold === true, cell.numFmt))), rowSpan: 1, colSpan: 1 };
    }),
  );
  for (const range of ws.model.merges ?? []) {
    const m = decodeRange(range);
    if (!m) continue;
    const master = ws.getCell(m.top, m.left);
    placeRange(grid, rowIndex, colIndex, m, cellBlocks(runLines(valueRuns(master.value, master.font?.bold === true, master.numFmt))));
  }
  const note = hiddenPartsNote(ws.name, page, hiddenRows, hiddenCols);
  if (note) diagnostics.push(note);
  return sheetGridBlocks(grid, ws.name, page);
}

export async function readXlsx(bytes: Uint8Array, file: string): Promise<InputDocument> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw new FenjieError("FILE_UNREADABLE", `表格文件已损坏或格式不受支持，无法读取：${file}。请用 Excel / WPS 打开后另存为 .xlsx，再处理。`, file);
  }
  const diagnostics: Diagnostic[] = [];
  const blocks: RawBlock[] = [];
  wb.worksheets.forEach((ws, k) => {
    const page = k + 1;
    if (ws.state === "hidden" || ws.state === "veryHidden") {
      diagnostics.push(hiddenSheetNote(ws.name, page));
      return;
    }
    appendAll(blocks, sheetBlocks(ws, page, diagnostics, file));
  });
  return finishDocument(blocks, { file, format: "xlsx", sha256: sha256(bytes), encoding: null }, diagnostics);
}

