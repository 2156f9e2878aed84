/**
 * Where a flat dump's tables begin and end, and the rows it numbers: a new
 * table where the numbering starts again, the first page's block labels as
 * the header, the next table's title kept out of this one, a header order
 * confirmed by a later whole header, and every numbered row brought back.
 */
import type { Diagnostic } from "../../model/schema.js";
import type { RawRecord, SourceLine } from "../../model/intermediate.js";
import { cleanText } from "../../text/hygiene.js";
import { findFlatHeader, type FlatHeader } from "./header.js";
import { isHeadingRow, isPageNumber, parseSeqLine } from "./fragments.js";
import { readNumbering } from "../list/numbering.js";

/** a table's title and attachment label (`附件2`, `附件2：主要指标任务责任分解表`) printed above its header */
export const TABLE_PREAMBLE = /^附件[0-9０-９一二三四五六七八九十]*[：:]?|(分解表|任务表|分工表|清单|一览表)$/;
/** how far above a header its title and attachment label are looked for */
export const TABLE_PREAMBLE_LINES = 6;
/** rows numbered in sequence needed to say a stretch of text holds a table's rows */
const MIN_NUMBERED_ROWS = 2;

/**
 * The section heading printed right above a header (`一、主要预期目标` | `序号 重点工作 …`): the index of the
 * nearest line above it that is not blank, when that line is a heading row and no table title. Null otherwise.
 */
export function headingRightAbove(lines: readonly SourceLine[], h: FlatHeader): number | null {
  for (let j = h.start - 1; j >= 0; j--) {
    const t = cleanText(lines[j]!.text.trim());
    if (!t || isPageNumber(t)) continue;
    return isHeadingRow(t) && !TABLE_PREAMBLE.test(t) ? j : null;
  }
  return null;
}

/**
 * A document whose sections are printed as headings above their own tables: the first header stands right under
 * a section heading, and a later printing of the same header right under the next heading is followed by a 1
 * after rows numbered beyond 1 since the header before. That header opens a table of its own (the rows keep the
 * numbers printed), unlike a header repeated at a page break inside one table, which no heading stands over
 * unless the break falls there — and then the first header has none above it either (its heading rows are inside
 * the table). The heading's index, or null.
 */
export function opensSectionTable(lines: readonly SourceLine[], first: FlatHeader, before: FlatHeader, h: FlatHeader): number | null {
  if (headingRightAbove(lines, first) === null) return null;
  const above = headingRightAbove(lines, h);
  if (above === null) return null;
  let last = 0;
  for (let i = before.end + 1; i < above; i++) last = Math.max(last, parseSeqLine(lines[i]!.text)?.seq ?? 0);
  if (last <= 1) return null;
  for (let i = h.end + 1; i < lines.length; i++) {
    const seq = parseSeqLine(lines[i]!.text);
    if (seq) return seq.seq === 1 ? above : null;
  }
  return null;
}

/**
 * Does a later header (other words than the one before) open a table whose
 * numbering starts again: the first 序号 after it is 1, while rows numbered
 * beyond 1 were printed since the header before. A repeat of a page's header
 * in the middle of a table is followed by the next row's number, not by 1.
 */
export function restartsNumbering(lines: readonly SourceLine[], before: FlatHeader, h: FlatHeader): boolean {
  let last = 0;
  for (let i = before.end + 1; i < h.start; i++) last = Math.max(last, parseSeqLine(lines[i]!.text)?.seq ?? 0);
  if (last <= 1) return false;
  if (headingNumberedOn(lines, before, h)) return false;
  for (let i = h.end + 1; i < lines.length; i++) {
    const seq = parseSeqLine(lines[i]!.text);
    if (seq) return seq.seq === 1;
  }
  return false;
}

/** lines above a header within which a section heading printed before the page break is looked for */
const HEADING_ABOVE_HEADER_LINES = 3;

/**
 * A table numbered per section, its header repeated at a page break just under the next section's
 * heading (`二、…` | 1 … 5 | `三、守护生态` | `序号 具体任务 …` | 1 …): the heading right above the header
 * goes on the section numbering of the headings printed since the header before (`三、` after `二、`), so
 * the 1 after it restarts a section, not a table. A new table's headings begin again (`一、`), or it has
 * none above its header.
 */
export function headingNumberedOn(lines: readonly SourceLine[], before: FlatHeader, h: FlatHeader): boolean {
  let above: { style: string; number: number } | null = null;
  for (let j = h.start - 1, seen = 0; j > before.end && seen < HEADING_ABOVE_HEADER_LINES; j--) {
    const t = cleanText(lines[j]!.text.trim());
    if (!t) continue;
    seen++;
    const n = readNumbering(t);
    if (n && n.level <= 2 && n.number >= 2 && !/[。；;]/.test(n.rest) && n.rest.length <= HEADING_MAX_CHARS) {
      above = { style: n.style, number: n.number };
      break;
    }
  }
  if (!above) return false;
  for (let j = before.end + 1; j < h.start; j++) {
    const n = readNumbering(cleanText(lines[j]!.text.trim()));
    if (n && n.style === above.style && n.number === above.number - 1 && !/[。；;]/.test(n.rest)) return true;
  }
  return false;
}

/** the longest heading title looked for above a repeated header */
const HEADING_MAX_CHARS = 40;

/** Are rows numbered in sequence (at least MIN_NUMBERED_ROWS 序号 lines, each the one after the last) printed between two lines? */
export function numberedAfter(lines: readonly SourceLine[], from: number, to: number): boolean {
  let n = 0;
  let expected = 0;
  for (let i = from + 1; i < to && n < MIN_NUMBERED_ROWS; i++) {
    const seq = parseSeqLine(lines[i]!.text);
    if (!seq || (expected && seq.seq !== expected)) continue;
    expected = seq.seq + 1;
    n++;
  }
  return n >= MIN_NUMBERED_ROWS;
}

/**
 * The next table's title and attachment label (`附件2：…分解表`) printed
 * above its header but apart from it (a name of this table's last row between
 * them) are no text of this table: blanked out of its region.
 */
export function withoutNextTitle(lines: SourceLine[], next: FlatHeader | undefined): SourceLine[] {
  if (!next) return lines;
  return lines.map((l, j) => (j >= next.start - TABLE_PREAMBLE_LINES && j < next.start && /^附件/.test(cleanText(l.text.trim())) && TABLE_PREAMBLE.test(cleanText(l.text.trim())) ? { ...l, text: "" } : l));
}

/**
 * Every row the text numbers but no row was rebuilt for (FLAT_ROW_NOT_FOUND)
 * comes back as a row of its own with its 序号 and nothing else, where the
 * number is printed on a line of its own or the dump is known to lose rows
 * (reading order, paragraphs): the clerk sees the row to fill in, flagged by
 * the diagnostic that names it. Its section is the one of the row before it.
 * Before the first row rebuilt, only a number printed counts (the table may be an excerpt).
 * A gap in a dump that keeps its rows (numbering that jumps in the notice) adds nothing.
 */
export function keepMissingRows(
  records: readonly RawRecord[],
  diagnostics: readonly Diagnostic[],
  o: { table: number; printed: ReadonlyArray<{ seq: number; line: number }>; lossy: boolean },
): RawRecord[] {
  const found = new Set(records.map((r) => r.seq));
  const printedSeqs = new Set(o.printed.map((p) => p.seq));
  const first = records[0]?.seq ?? 0;
  const missing = new Map<number, number>();
  for (const d of diagnostics) {
    if (d.code !== "FLAT_ROW_NOT_FOUND" || d.seq === undefined || (d.table ?? o.table) !== o.table || found.has(d.seq)) continue;
    if (printedSeqs.has(d.seq) || (o.lossy && d.seq > first)) missing.set(d.seq, d.line ?? 0);
  }
  if (!missing.size) return [...records];
  const out = [...records];
  for (const [seq, line] of [...missing].sort((a, b) => a[0] - b[0])) {
    const before = [...out].reverse().find((r) => r.seq < seq);
    const at = before ? out.indexOf(before) + 1 : 0;
    out.splice(at, 0, { table: o.table, seq, section: before ? [...before.section] : (out[0]?.section ?? []), task: [], cells: {}, source: { line } });
  }
  return out;
}

/**
 * Does a whole header printed after the table's header (a later page) name
 * the same columns in the same order: the order of a header completed from
 * labels printed apart (withStrayColumns) is then read, not guessed.
 */
export function printsHeaderOrder(lines: readonly SourceLine[], header: FlatHeader): boolean {
  for (let h = findFlatHeader(lines, header.end + 1); h; h = findFlatHeader(lines, h.end + 1)) {
    if (h.columns.length === header.columns.length && h.columns.every((c, k) => c === header.columns[k])) return true;
  }
  return false;
}
