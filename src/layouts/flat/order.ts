/**
 * When the text has lost the table: a dump in reading order (`pdftotext`
 * default) prints each cell as a paragraph, and for many tables poppler emits
 * column blocks instead of rows — a column's label after its block, rows no
 * longer side by side. The rows rebuilt from such text are guesses; this
 * module says when, so that every row not otherwise flagged is.
 */
import type { CanonicalField } from "../../model/schema.js";
import type { SourceLine } from "../../model/intermediate.js";
import { cleanName } from "../../text/hygiene.js";
import { HEADER_RULES, mapHeader } from "../../table/headers.js";
import { isResponsibilityField } from "../../table/lexicon.js";
import type { FlatHeader } from "./header.js";
import { norm } from "./fragments.js";
import { minOf } from "../../arrays.js";

/** a dump whose table region is at least this share of blank lines prints each cell as a paragraph */
const PARAGRAPH_BLANK_SHARE = 0.1;
/** in a paragraph dump, this share of rows in doubt means the reading order did not follow the rows */
export const READING_ORDER_DOUBT_SHARE = 0.1;
/** in any other dump (stream order, one fragment per line), this share of rows showing disorder */
export const STREAM_ORDER_DOUBT_SHARE = 0.3;
/** fields a scattered header needs besides the task and one responsibility column */
const MIN_SCATTERED_FIELDS = 3;

const LISTED: ReadonlyMap<string, CanonicalField> = new Map(HEADER_RULES.flatMap((r) => (r.field === "other" ? [] : r.examples.map((e) => [e, r.field] as const))));

/** Cells as paragraphs: blank lines between the fragments. */
export function isParagraphDump(lines: readonly SourceLine[], from: number, to = lines.length): boolean {
  const region = lines.slice(from, to);
  if (!region.length) return false;
  const blank = region.filter((l) => !l.text.trim()).length;
  return blank >= region.length * PARAGRAPH_BLANK_SHARE;
}

/** The header words (listed spellings) a line holds, when it holds nothing else. */
export function loneHeaderWords(text: string): Array<{ text: string; field: CanonicalField }> | null {
  const words = norm(text).split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const out = words.map((w) => ({ text: w, field: LISTED.get(cleanName(w)) }));
  return out.every((w) => w.field !== undefined) ? (out as Array<{ text: string; field: CanonicalField }>) : null;
}

/**
 * Column labels printed after the header, on lines of their own, naming a
 * field the header lacks: the labels of column blocks (reading order).
 */
export function strayHeaderWords(lines: readonly SourceLine[], header: FlatHeader, to = lines.length): string[] {
  const out: string[] = [];
  for (let i = header.end + 1; i < to; i++) {
    for (const w of loneHeaderWords(lines[i]!.text) ?? []) if (!header.columns.includes(w.field)) out.push(w.text);
  }
  return out;
}

/**
 * A header scattered over the document (each label after its column block):
 * every field's first lone label, the 序号, 项目 and task first, the others in
 * the order they are printed. Starts at the first label. Null unless a task
 * and a responsibility field are named with at least MIN_SCATTERED_FIELDS fields.
 */
/** the usual order of responsibility columns, for labels printed apart from each other */
const SCATTERED_COLUMN_ORDER: readonly CanonicalField[] = ["leadUnits", "units", "leaders", "coUnits", "supervisors"];

/**
 * A header word wrapped in its cell and printed as two lines (`分管市领` + `导`):
 * the word when line `i` and the next non-blank line join into one, else none.
 * A line that is a word on its own is read as such first.
 */
export function wrappedHeaderWord(lines: readonly SourceLine[], i: number): Array<{ text: string; field: CanonicalField }> {
  const a = norm(lines[i]!.text);
  if (!a || /\s/.test(a)) return [];
  let j = i + 1;
  while (j < lines.length && !norm(lines[j]!.text)) j++;
  const b = j < lines.length ? norm(lines[j]!.text) : "";
  if (!b || /\s/.test(b) || loneHeaderWords(b)) return [];
  const joined = loneHeaderWords(a + b);
  return joined && joined.length === 1 ? joined : [];
}

export function scatteredHeader(lines: readonly SourceLine[]): FlatHeader | null {
  const found: Array<{ text: string; field: CanonicalField; i: number }> = [];
  lines.forEach((l, i) => {
    for (const w of loneHeaderWords(l.text) ?? wrappedHeaderWord(lines, i)) if (!found.some((f) => f.field === w.field)) found.push({ ...w, i });
  });
  if (found.length < MIN_SCATTERED_FIELDS || !found.some((f) => f.field === "task") || !found.some((f) => isResponsibilityField(f.field))) return null;
  // the words print in reading order, which is column order unless a person label comes before every
  // unit label (a cell's people are printed after its units): then the columns take their usual order
  const usual = (f: CanonicalField) => SCATTERED_COLUMN_ORDER.indexOf(f);
  const firstDuty = [...found].sort((a, b) => a.i - b.i).find((f) => isResponsibilityField(f.field));
  const reorder = firstDuty !== undefined && (firstDuty.field === "leaders" || firstDuty.field === "supervisors");
  const rank = (f: CanonicalField) => (f === "seq" ? 0 : f === "section" ? 1 : f === "task" ? 2 : 3 + (reorder ? Math.max(0, usual(f)) : 0));
  const ordered = [...found].sort((a, b) => rank(a.field) - rank(b.field) || a.i - b.i);
  const first = minOf(found.map((f) => f.i));
  return {
    start: first,
    end: first,
    line: lines[first]!.line,
    headers: ordered.map((f) => f.text),
    columns: ordered.map((f) => f.field),
    printed: `\u0000scattered`,
    scattered: true,
  };
}

/** a page break in a dump (`pdftotext` writes a form feed before each page) */
export const FORM_FEED = "\f";

/**
 * Column labels printed again after a page's rows, before the next page, on
 * lines of their own (not a whole header repeated): the reading order
 * printed that column as a block of its own, apart from its rows (`pdftotext`
 * default puts the last columns of a page after its footer). Per label: the
 * line, its field, and the 1-based line where its page starts.
 */
export function displacedLabels(
  lines: readonly SourceLine[],
  header: FlatHeader,
  rowLines: readonly number[],
  isHeaderAt: (i: number) => boolean,
  headerEnd: (i: number) => number | null = () => null,
): Array<{ line: number; field: CanonicalField; text: string; pageStart: number }> {
  const out: Array<{ line: number; field: CanonicalField; text: string; pageStart: number }> = [];
  // lines inside a whole header printed again
  const inHeader = new Set<number>();
  for (let i = header.end + 1; i < lines.length; i++) {
    const end = isHeaderAt(i) ? headerEnd(i) : null;
    if (end !== null) for (let j = i; j < end; j++) inHeader.add(j);
  }
  const breaks = lines.filter((l) => l.text.includes(FORM_FEED)).map((l) => l.line);
  let pageStart = lines[header.end + 1]?.line ?? 0;
  for (let i = header.end + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.text.includes(FORM_FEED)) pageStart = l.line;
    const words = loneHeaderWords(l.text);
    if (!words || inHeader.has(i)) continue;
    // rows of the page before the label, and none after it on the page (a header repeated at a page top is followed by rows)
    const pageEnd = breaks.find((b) => b > l.line) ?? Infinity;
    if (!rowLines.some((r) => r >= pageStart && r < l.line) || rowLines.some((r) => r > l.line && r < pageEnd)) continue;
    for (const w of words) if (isResponsibilityField(w.field) && header.columns.includes(w.field)) out.push({ line: l.line, field: w.field, text: w.text, pageStart });
  }
  return out;
}
