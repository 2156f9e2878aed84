/**
 * A header repeated with fewer columns than the table's first header: a header cell merged over
 * sub-columns (`项目` over a first- and a second-level heading column) is printed over one column where
 * the page below has no second level (a Word or browser table continued on the next page):
 *
 *   序号 | 项目 | 项目 | 目标任务 | 责任单位      ← first header (the merged 项目 cell read in both its columns)
 *   …
 *   序号 | 项目 | 目标任务 | 责任单位           ← the same words, 项目 once
 *
 * The repeat and the rows under it (up to the next header) get an empty cell after the collapsed one
 * for each column it stands for, so that they line up with the table's columns: the table stage then
 * reads the repeat as the table's own header and the rows as its rows. Only an exact match of the
 * words with every run of repeated words collapsed, and only rows of the repeat's width, are widened;
 * a header with other words, or rows of another width (a heading row spanning the table), stay as
 * printed.
 */
import type { GridCell, GridRow } from "../model/intermediate.js";
import { cellTexts, filledCells, isHeaderCells, ownCells } from "./find.js";

const key = (t: string) => t.replace(/\s+/g, "");

/** The header's words with each run of equal adjacent words collapsed, and each kept word's run length. */
export function collapseRuns(words: readonly string[]): { words: string[]; runs: number[] } {
  const out: string[] = [];
  const runs: number[] = [];
  for (const w of words.map(key)) {
    if (out.length && out[out.length - 1] === w) runs[runs.length - 1]!++;
    else {
      out.push(w);
      runs.push(1);
    }
  }
  return { words: out, runs };
}

/** The row widened by the runs (`runs[k]` cells for its k-th cell: the cell, then empty ones; in a header, the word again). */
function widen(row: GridRow, runs: readonly number[], header: boolean): GridRow {
  const cells: GridCell[] = row.cells.flatMap((c, k) => [c, ...Array.from({ length: (runs[k] ?? 1) - 1 }, (): GridCell => (header ? c : { lines: [] }))]);
  return { ...row, cells };
}

const isHeaderRow = (row: GridRow) => {
  const own = ownCells(row);
  return filledCells(own).length >= 2 && isHeaderCells(cellTexts(own));
};

/** The rows with every collapsed repeat of a header, and the rows under it, widened to the header's columns. */
export function widenCollapsedRepeats(rows: readonly GridRow[]): GridRow[] {
  let first: { words: string[]; runs: number[] } | null = null;
  let runs: number[] | null = null;
  let width = 0;
  return rows.map((row) => {
    const header = isHeaderRow(row);
    if (header) {
      runs = null;
      const texts = cellTexts(row);
      const collapsed = collapseRuns(texts);
      if (collapsed.runs.some((n) => n > 1)) first = collapsed;
      else if (first && texts.length === first.words.length && texts.every((t, k) => key(t) === first!.words[k])) {
        runs = first.runs;
        width = texts.length;
      }
    }
    return runs && row.cells.length === width ? widen(row, runs, header) : row;
  });
}
