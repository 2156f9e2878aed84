/**
 * Lines of the notice printed amid a table's rows by poppler's default order (a Chromium-made page
 * whose cover letter ends on the table's first page: the letter's signature and the table's title
 * come out after the first column's block of 序号):
 *
 *   150 … 155            ← the 序号 column
 *   晋江市人民政府         ← the letter's issuer
 *   2021年1月13日         ← and its date
 *   2021 年《政府工作报告》目标任务责任分解表   ← the table's title
 *   项目 / 目标任务 / …
 *
 * They are no row's text. The signature (issuer then date) amid the table is told by the rows
 * numbered after it (at the table's end it ends the table, see `segmentRows`); the title is a line
 * naming a work report's decomposition table, with no sentence punctuation.
 */
import { isSignature } from "../../meta/notice.js";
import { cleanName } from "../../text/hygiene.js";

/** a decomposition table's title: what it decomposes, then the kind of table, ending the line */
const TABLE_TITLE = /(政府工作报告|目标任务|重点工作|重点任务).*(责任分解表|任务分解表|分工表|分解表|分工方案|分解方案)$/;
/** a task's sentence: a title has none of these */
const SENTENCE_MARK = /[，,。；;：:！？]/;

/** Is the line a table's title (printed again amid the rows)? */
export function isTableTitleLine(text: string): boolean {
  const t = cleanName(text);
  return TABLE_TITLE.test(t) && !SENTENCE_MARK.test(t);
}

/** The number of lines (2) of a signature — issuer, then the date — starting at `text`, else 0. */
export function signatureLines(text: string, next: string | undefined): number {
  return isSignature(text, next) ? 2 : 0;
}
