/**
 * The common end of the spreadsheet readers (.xlsx, .ods): one sheet's visible
 * cells as a grid of slots → the rows above the table holding one text each
 * (the title, `附件2`) as paragraphs, then the table, trailing empty rows and
 * columns of the used range left out.
 */
import type { RawBlock, RawCell, RawRow } from "./structured.js";
import type { Diagnostic } from "../model/schema.js";
import { FenjieError } from "../errors.js";

/** Largest sheet read, in rows × columns of its used range (a notice's table is a few thousand cells). */
export const MAX_SHEET_CELLS = 2_000_000;

/** Refuse a sheet of more than MAX_SHEET_CELLS positions (`INPUT_TOO_LARGE`). */
export function checkSheetSize(name: string, rows: number, cols: number, file: string): void {
  if (rows * cols > MAX_SHEET_CELLS) {
    throw new FenjieError("INPUT_TOO_LARGE", `工作表“${name}”过大（${rows} 行 × ${cols} 列）：${file}。这不像一份通知的表格；请只保留分解表所在的工作表后再处理。`, file);
  }
}

/** The note for a hidden sheet, left unread. */
export function hiddenSheetNote(name: string, page: number): Diagnostic {
  return { level: "info", code: "XLSX_HIDDEN_SKIPPED", message: `工作表“${name}”被隐藏，未读取。如其中有任务，请取消隐藏后再处理。`, page };
}

/** The note for the hidden rows and columns of a visible sheet, null when none is hidden. */
export function hiddenPartsNote(name: string, page: number, rows: number, cols: number): Diagnostic | null {
  if (!rows && !cols) return null;
  const what = [rows ? `${rows} 行` : "", cols ? `${cols} 列` : ""].filter(Boolean).join("、");
  return { level: "info", code: "XLSX_HIDDEN_SKIPPED", message: `工作表“${name}”中有 ${what}被隐藏，未读取（打印时也不出现）。如其中有任务，请取消隐藏后再处理。`, page };
}

/**
 * A merged range (sheet positions `top..bottom` × `left..right`) laid on the grid of visible rows and
 * columns (`rowIndex` / `colIndex`: sheet position → grid index): its first visible position holds
 * `blocks` and spans the visible positions it covers, the others are covered. False when the range
 * covers no visible position.
 */
export function placeRange(grid: Slot[][], rowIndex: ReadonlyMap<number, number>, colIndex: ReadonlyMap<number, number>, range: { top: number; left: number; bottom: number; right: number }, blocks: RawBlock[]): boolean {
  const vr: number[] = [];
  const vc: number[] = [];
  for (let r = range.top; r <= range.bottom; r++) if (rowIndex.has(r)) vr.push(rowIndex.get(r)!);
  for (let c = range.left; c <= range.right; c++) if (colIndex.has(c)) vc.push(colIndex.get(c)!);
  if (!vr.length || !vc.length) return false;
  const start = grid[vr[0]!]![vc[0]!]!;
  start.blocks = blocks;
  start.rowSpan = vr.length;
  start.colSpan = vc.length;
  for (const i of vr) for (const j of vc) if (i !== vr[0] || j !== vc[0]) grid[i]![j]!.covered = true;
  return true;
}

export interface Slot {
  /** the cell's content (paragraphs), empty for an empty cell */
  blocks: RawBlock[];
  rowSpan: number;
  colSpan: number;
  /** covered by a merged range starting elsewhere */
  covered?: boolean;
}

/** A slot that shows text: not covered, with a visible character. */
export function slotFilled(s: Slot): boolean {
  return !s.covered && s.blocks.some((b) => b.kind === "paragraph" && b.lines.some((l) => l.text.trim() !== ""));
}

/** A sheet's grid (visible rows × visible columns, spans counted in visible positions) as title paragraphs and one table. */
export function sheetGridBlocks(grid: readonly Slot[][], name: string, page: number): RawBlock[] {
  const width = grid.reduce((n, row) => (row.length > n ? row.length : n), 0);
  let lastRow = grid.length - 1;
  while (lastRow >= 0 && !grid[lastRow]!.some(slotFilled)) lastRow--;
  let lastCol = width - 1;
  while (lastCol >= 0 && !grid.some((row) => row[lastCol] && slotFilled(row[lastCol]!))) lastCol--;
  const out: RawBlock[] = [];
  let i = 0;
  // title rows: one text, nothing merged down out of the row
  for (; i <= lastRow; i++) {
    const row = grid[i]!.slice(0, lastCol + 1);
    const texts = row.filter(slotFilled);
    // (the rows above are title rows too, so nothing is merged down into this one)
    if (texts.length > 1 || row.some((s) => !s.covered && s.rowSpan > 1)) break;
    if (texts.length === 1) for (const b of texts[0]!.blocks) out.push(b);
  }
  const tableRows: RawRow[] = [];
  for (; i <= lastRow; i++) {
    const cells: RawCell[] = [];
    for (let j = 0; j <= lastCol; j++) {
      const s = grid[i]![j];
      if (!s) {
        cells.push({ blocks: [] });
        continue;
      }
      if (s.covered) continue;
      const colSpan = Math.min(s.colSpan, lastCol + 1 - j);
      cells.push({ blocks: s.blocks, ...(s.rowSpan > 1 ? { rowSpan: Math.min(s.rowSpan, lastRow + 1 - i) } : {}), ...(colSpan > 1 ? { colSpan } : {}) });
    }
    tableRows.push({ cells });
  }
  if (tableRows.length) out.push({ kind: "table", rows: tableRows, name, page });
  return out;
}
