/**
 * The common end of the spreadsheet readers (.xlsx, .ods): one sheet's visible
 * cells as a grid of slots → the rows above the table holding one text each
 * (the title, `附件2`) as paragraphs, then the table, trailing empty rows and
 * columns of the used range left out.
 */
import type { RawBlock, RawCell, RawRow } from "./structured.js";

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
