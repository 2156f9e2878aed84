/**
 * What a grid row is: a header (one or two rows), a sub-header, a numbered
 * task row, a heading, a table title, page noise. Pure tests over one row's
 * cells; the decisions that need the rows around (which header opens a
 * table, what continues what) are made in segment.ts.
 */
import type { CanonicalField } from "../model/schema.js";
import type { GridRow } from "../model/intermediate.js";
import { cleanText } from "../text/hygiene.js";
import { toSimplified } from "../text/script.js";
import { isHeaderRow, mapHeader } from "./headers.js";
import {
  CLAUSE_PUNCTUATION,
  CN_NUMERALS,
  HEADER_CELL_MAX_LENGTH,
  LETTER_OPENINGS,
  NOT_A_HEADING,
  NUMBERED_TASK,
  PAGE_FURNITURE_PATTERNS,
  PAGE_NUMBER_PATTERNS,
  seqOf,
  TABLE_TITLE,
  TITLE_MAX_LENGTH,
  UNMARKED_HEADING_MAX_LENGTH,
} from "./lexicon.js";
import { headingLevel } from "./sections.js";
import { isResponsibilityField } from "./lexicon.js";
import { chineseNumber } from "../layouts/list/numbering.js";

/** A cell's text: its lines joined by spaces. */
export function cellText(row: GridRow, i: number): string {
  return (row.cells[i]?.lines ?? []).map((l) => l.text).join(" ").trim();
}

/** Every cell's text. */
export function cellTexts(row: GridRow): string[] {
  return row.cells.map((_, i) => cellText(row, i));
}

/** Indexes of the cells that hold text. */
export function filledCells(row: GridRow): number[] {
  const idx: number[] = [];
  row.cells.forEach((c, i) => {
    if (c.lines.some((l) => cleanText(l.text) !== "")) idx.push(i);
  });
  return idx;
}

/** Was any of the row's text printed bold (a heading row)? */
export function wasBold(row: GridRow): boolean {
  return row.cells.some((c) => c.lines.some((l) => l.bold));
}

/**
 * Page numbers (`- 2 -`, `第 2 页`), a bare number of up to three digits and 附件 lines: never
 * table content. Four digits alone are a year, not a page (a 完成时限 cell wrapped `2025` / `年 12` /
 * `月底` prints the year on a line of its own).
 */
export function isPageNoise(text: string): boolean {
  const t = text.trim();
  return PAGE_NUMBER_PATTERNS.some((p) => p.test(t)) || PAGE_FURNITURE_PATTERNS.some((p) => p.test(t)) || /^\d{1,3}$/.test(t);
}

/** A table title: names a breakdown table or plan, and is not a sentence of the cover letter. */
export function isTableTitle(text: string): boolean {
  const t = toSimplified(cleanText(text.replace(/^#+\s*/, ""))).replace(/^附[件表]\s*\d*\s*[：:]\s*/, "");
  return TABLE_TITLE.test(t) && t.length <= TITLE_MAX_LENGTH && !/[，,。；;：:]/.test(t) && !LETTER_OPENINGS.test(t) && !/通知$/.test(t);
}

/** A short line without sentence punctuation or a table title's words: an unmarked heading row. */
export function isUnmarkedHeading(text: string): boolean {
  const t = text.trim();
  return (
    t.length >= 2 &&
    t.length <= UNMARKED_HEADING_MAX_LENGTH &&
    !CLAUSE_PUNCTUATION.test(t) &&
    !isTableTitle(t) &&
    !NOT_A_HEADING.test(t) &&
    !/\d{4}\s*年\s*\d{1,2}\s*月/.test(t) &&
    !/印发$/.test(t)
  );
}

/**
 * Could this text be a header cell? Short, no sentence punctuation, not a
 * number (a row whose cell holds a 序号 is a task row, never a header). An
 * explanatory note in parentheses (`责任单位（列第一位的为牵头单位）`) does not count
 * towards the length.
 */
export function couldBeHeaderCell(text: string): boolean {
  const t = cleanText(text);
  if (!t) return true;
  if (seqOf(t) !== null) return false;
  const bare = t.replace(/[（(][^（）()]*[）)]/g, "");
  return bare.length <= HEADER_CELL_MAX_LENGTH && !CLAUSE_PUNCTUATION.test(bare);
}

/** A header row: every cell could be a header cell, and the words name a task and a responsibility column. */
export function isHeaderCells(texts: readonly string[]): boolean {
  return texts.every(couldBeHeaderCell) && isHeaderRow(texts);
}

/**
 * A lower header row under a merged one (责任单位 over 牵头单位 | 配合单位): every filled cell names a field.
 * With the upper row's columns: the lower row never writes over the 序号 column, and a lone cell names
 * who is responsible (a lone `改革任务` under the header is a heading row, not the task column's header).
 */
export function isSubHeader(texts: readonly string[], filled: readonly number[], upper?: readonly CanonicalField[]): boolean {
  if (!filled.length) return false;
  if (upper && filled.some((i) => upper[i] === "seq" && mapHeader(texts[i] ?? "") !== "seq")) return false;
  if (upper && filled.length === 1 && !isResponsibilityField(mapHeader(texts[filled[0]!] ?? ""))) return false;
  if (filled.some((i) => !couldBeHeaderCell(texts[i] ?? ""))) return false;
  // a heading row (`第一部分 主要预期目标`) is not a header even when its words name a field
  if (filled.some((i) => headingLevel(texts[i] ?? "") !== null)) return false;
  return filled.every((i) => mapHeader(texts[i] ?? "") !== "other");
}

/**
 * A header printed over two rows whose upper row names no responsibility
 * column by itself (`序号 | 工作任务 | 责任分工 | | 完成时限` over
 * `| | 牵头单位 | 责任单位 | 分管县领导`): the two as one header (the lower
 * row's words win where it has them), or null.
 */
export function mergeHeaderRows(upper: readonly string[], lowerRow: GridRow): string[] | null {
  // (the upper row names a column itself, `序号`, `工作任务`: a body row of names above a header repeated at a page
  // top, `| | 区住建局 | 石振宇 |`, is no header's upper row)
  if (!upper.every(couldBeHeaderCell) || !upper.some((t) => t.trim() && mapHeader(t) !== "other")) return null;
  const lower = cellTexts(lowerRow);
  if (!isSubHeader(lower, filledCells(lowerRow))) return null;
  const merged = Array.from({ length: Math.max(upper.length, lower.length) }, (_, i) => (lower[i]?.trim() ? lower[i]! : (upper[i] ?? "")));
  return isHeaderRow(merged) ? merged : null;
}

/** The row with the number cut off its task cell, and the number, if the task cell starts with one (`1.陶瓷产业…`). */
export function numberedTask(row: GridRow, taskCol: number): { row: GridRow; seq: number } | null {
  const lines = row.cells[taskCol]?.lines ?? [];
  const first = lines.findIndex((l) => l.text.trim() !== "");
  if (first < 0) return null;
  const m = NUMBERED_TASK.exec(lines[first]!.text);
  if (!m) return null;
  const rest = { ...lines[first]!, text: lines[first]!.text.slice(m[0].length) };
  const cells = row.cells.map((c, i) => (i === taskCol ? { lines: [...lines.slice(0, first), rest, ...lines.slice(first + 1)] } : c));
  return { row: { ...row, cells }, seq: Number((m[1] ?? m[2])!.normalize("NFKC")) };
}

/**
 * The 序号 of a row under the given columns: its 序号 cell's number, or (a
 * table without a 序号 column) the number printed at the start of its task
 * cell, with the row that remains once it is cut off.
 */
export function rowSeq(row: GridRow, columns: readonly CanonicalField[] | null): { seq: number; row: GridRow } | null {
  const seqCol = columns ? columns.indexOf("seq") : -1;
  const taskCol = columns ? columns.indexOf("task") : -1;
  if (columns && seqCol < 0 && taskCol >= 0) return numberedTask(row, taskCol);
  const seq = seqOf(cellText(row, Math.max(0, seqCol)));
  if (seq !== null) return { seq, row };
  // a 序号 column numbered in Chinese numerals (`一`, `十二`) on a row that names its units: a task row (a heading
  // row numbered so names none, and stays a heading)
  const cn = columns && seqCol >= 0 ? CN_SEQ_CELL.exec(cellText(row, seqCol).trim()) : null;
  // (a title spanning the row after the numeral, `一 | 主要预期目标` over every column, is read into each column it spans:
  // that names no unit)
  const title = taskCol >= 0 ? cellText(row, taskCol).trim() : "";
  if (cn && columns!.some((f, i) => isResponsibilityField(f) && cellText(row, i).trim() !== "" && cellText(row, i).trim() !== title)) {
    const n = chineseNumber(cn[1]!);
    if (Number.isFinite(n) && n > 0) return { seq: n, row };
  }
  return null;
}

/** A 序号 cell holding a Chinese numeral alone (`一`, `十二`, `二十`). */
const CN_SEQ_CELL = new RegExp(`^([${CN_NUMERALS}]{1,3})[、.．]?$`);

/** The row without the cells merged down from above (they neither number the row nor continue a record). */
export function ownCells(row: GridRow): GridRow {
  if (!row.cells.some((c) => c.spanned)) return row;
  return { ...row, cells: row.cells.map((c) => (c.spanned ? { lines: [] } : c)) };
}
