/**
 * A table numbered per section (the 序号 goes back to 1 in each, `SEQ_RESTART_SECTION`) whose
 * numbers `pdftotext`'s default mode printed as blocks apart from the rows (`1` `2` | names |
 * `4` `5` `3`): the reader may take a number for another row's, or lose one, and end with fewer
 * rows than the text prints numbers. Every number printed alone on its line from the header down
 * to the last row read is a row of the table; when there are more of them than rows read, the rows
 * after the last one read are named, one by one (FLAT_ROW_NOT_FOUND), so the clerk adds them.
 * Only for a table whose numbering restarted (per-section numbers are counted, not compared) and
 * never for more than the restarts could hide (a page number printed bare is no row).
 */
import type { Diagnostic } from "../../model/schema.js";
import type { SourceLine } from "../../model/intermediate.js";
import type { RowBlock } from "./segment.js";
import { maxOf } from "../../arrays.js";

/** a row number alone on its line (a form feed before it at a page's head) */
const BARE_NUMBER = /^\d{1,3}$/;

export function rowsPrintedBeyondRead(rows: readonly RowBlock[], lines: readonly SourceLine[], from: number, table: number): Diagnostic[] {
  const restarts = rows.filter((r) => r.printed === 1).length;
  if (!restarts || !rows.length) return [];
  const lastLine = maxOf(rows.map((r) => r.line));
  const numbers = lines.filter((l) => l.line > from && l.line <= lastLine && BARE_NUMBER.test(l.text.trim()) && Number(l.text.trim()) > 0);
  const lastSeq = maxOf(rows.map((r) => r.seq));
  const surplus = numbers.length - lastSeq;
  // more than one row lost per restart is no miscount of per-section numbers
  if (surplus <= 0 || surplus > restarts) return [];
  const at = numbers[numbers.length - 1]!.line;
  return Array.from({ length: surplus }, (_, k) => ({
    level: "warning" as const,
    code: "FLAT_ROW_NOT_FOUND",
    message: `第 ${lastSeq + k + 1} 项没有读出：表头到第 ${lastSeq} 项之间单独印出了 ${numbers.length} 个序号（每节从 1 重新编号），读出的只有 ${lastSeq} 项，序号栏被单独成块印出时有的行被并入了别的行。请对照原文补录并核对各项的分界。`,
    table,
    seq: lastSeq + k + 1,
    line: at,
  }));
}

/** a row number opening its line: alone, or before the row's first words */
const NUMBER_OPENS_LINE = /^(\d{1,3})(?:[ \t\u3000]|$)/;
/** the fewest numbers of a restart printed after the last row read that make it one */
const MIN_LOST_RESTART = 2;

/**
 * A table numbered per section whose last section the reader did not follow (its rows read into the last row
 * above): after the last row read, the text prints numbers 1, 2, 3 … again, alone or opening a line. Numbered on as
 * the table is, those are the rows after the last one read; each is named (FLAT_ROW_NOT_FOUND) so no row goes
 * missing unsaid. Only for a table whose numbering restarted before (a count of sub-points or a page number after
 * the table is none of that).
 */
export function restartAfterLastRow(rows: readonly RowBlock[], lines: readonly SourceLine[], table: number): Diagnostic[] {
  if (!rows.length || !rows.some((r) => r.printed === 1)) return [];
  const lastLine = maxOf(rows.map((r) => r.line));
  const lastSeq = maxOf(rows.map((r) => r.seq));
  let next = 1;
  let at = 0;
  for (const l of lines) {
    if (l.line <= lastLine) continue;
    const m = NUMBER_OPENS_LINE.exec(l.text.trim());
    if (!m || Number(m[1]) !== next) continue;
    if (next === 1) at = l.line;
    next++;
  }
  const lost = next - 1;
  if (lost < MIN_LOST_RESTART) return [];
  return Array.from({ length: lost }, (_, k) => ({
    level: "warning" as const,
    code: "FLAT_ROW_NOT_FOUND",
    message: `第 ${lastSeq + k + 1} 项没有读出：第 ${lastSeq} 项之后，原文第 ${at} 行起又从 1 编到 ${lost}（每节重新编号），这些行没有读成任务，其文字可能并入了第 ${lastSeq} 项。请对照原文补录第 ${lastSeq + 1}–${lastSeq + lost} 项并核对第 ${lastSeq} 项。`,
    table,
    seq: lastSeq + k + 1,
    line: at,
  }));
}
