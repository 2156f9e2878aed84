/**
 * A 备注 (notes) column after the names (`序号 | 重点任务 | 完成时限 | 责任单位 | 备注`): in text that keeps each cell's
 * lines together, a row's note (`按季调度`, `需省级评定`) is printed on the row's last line, after its unit cell, and
 * would read as one more unit. The record has no field for it, as for a deadline.
 *
 * A row's last line is its note when it is one short phrase that names no unit, person or collective (the lexicon
 * says so), after a unit cell that ended (no `、` open) — and only in a table whose header ends with such a column and
 * whose rows print such a line at least twice: one unknown word is more likely a name the lexicon lacks, kept and
 * flagged as before.
 */
import type { CanonicalField } from "../../model/schema.js";
import { classify } from "../../names/classify.js";
import { toSimplified } from "../../text/script.js";
import { cleanName } from "../../text/hygiene.js";
import type { FlatLine } from "./segment.js";
import { isHeadingRow, isHeadingStart } from "./fragments.js";

/** a notes column's header word */
const NOTES_HEADER = /^(?:备注|说明|备注说明)$/;
/** the shortest note read so (one character is the end of a wrapped name) */
const MIN_NOTE_CHARS = 2;
/** the longest note read so */
const MAX_NOTE_CHARS = 12;
/** rows that must print a note for the column to be read so */
const MIN_NOTED_ROWS = 2;

/** Does the header end with a notes column after every names column? */
export function notesColumnLast(headers: readonly string[], columns: readonly CanonicalField[]): boolean {
  const last = headers.length - 1;
  return last > 0 && columns[last] === "other" && NOTES_HEADER.test(toSimplified(cleanName(headers[last]!)));
}

/** Is the line a note: one short phrase that names nothing, after a line that closed its cell? */
export function isNoteLine(line: string, before: string | undefined): boolean {
  const t = line.trim();
  if (/\s/.test(t) || [...t].length < MIN_NOTE_CHARS || [...t].length > MAX_NOTE_CHARS || !/^\p{Script=Han}+$/u.test(t)) return false;
  if (before !== undefined && /[、，,]\s*$/.test(before)) return false;
  // (nor the end of the name above it, wrapped: `市投资促进` | `局`, `…生态环` | `境保护局`)
  const above = (before ?? "").trim().split(/[、，,\s]/).pop() ?? "";
  if (above && classify(above + t) !== "fragment" && classify(above) === "fragment") return false;
  return classify(t) === "fragment";
}

/** The index of a row's last line before the heading rows printed after it (they head the rows below), or -1. */
export function lastCellLine(lines: readonly FlatLine[]): number {
  let k = lines.length - 1;
  while (k >= 0 && (isHeadingStart(lines[k]!.text) || isHeadingRow(lines[k]!.text))) k--;
  return k;
}

/** Do the rows print their notes on their last lines (at least MIN_NOTED_ROWS of them)? */
export function printsNotes(rows: ReadonlyArray<{ lines: readonly FlatLine[] }>): boolean {
  return rows.filter((r) => {
    const k = lastCellLine(r.lines);
    return k >= 1 && isNoteLine(r.lines[k]!.text, r.lines[k - 1]!.text);
  }).length >= MIN_NOTED_ROWS;
}
