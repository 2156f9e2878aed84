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
