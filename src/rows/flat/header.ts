/**
 * Find the header of a flattened table: one line of space-separated header
 * words (`序号 项目 目标任务 责任单位 责任领导 分管市领导`) or the same words one
 * per line. The header's order is the order in which each row's cells appear.
 */
import type { CanonicalField } from "../../model/schema.js";
import type { SourceLine } from "../../model/intermediate.js";
import { cleanName } from "../../names/hygiene.js";
import { mapHeader } from "../../table/headers.js";
import { norm } from "./fragments.js";

export interface FlatHeader {
  /** index (into the lines array) of the header's first line */
  start: number;
  /** index (into the lines array) of the header's last line */
  end: number;
  /** 1-based line number where the header starts */
  line: number;
  headers: string[];
  columns: CanonicalField[];
}

const RESPONSIBILITY: ReadonlySet<CanonicalField> = new Set(["leadUnits", "units", "coUnits", "leaders", "supervisors"]);
/** a header names at least this many known fields */
const MIN_KNOWN_FIELDS = 3;

function isHeaderWords(words: readonly string[]): boolean {
  const fields = words.map(mapHeader);
  const known = fields.filter((f) => f !== "other");
  return (
    known.length >= MIN_KNOWN_FIELDS &&
    known.length === fields.length &&
    fields.includes("task") &&
    fields.some((f) => RESPONSIBILITY.has(f)) &&
    new Set(known).size === known.length
  );
}

/** The words of a line if it is a one-line header, else null. */
export function headerWords(text: string): string[] | null {
  const words = norm(text).split(/\s+/).filter(Boolean);
  return words.length >= MIN_KNOWN_FIELDS && isHeaderWords(words) ? words : null;
}

/** Find the first header of the document, on one line or one word per line. */
export function findFlatHeader(lines: readonly SourceLine[]): FlatHeader | null {
  for (let i = 0; i < lines.length; i++) {
    const words = headerWords(lines[i]!.text);
    if (words) return { start: i, end: i, line: lines[i]!.line, headers: words, columns: words.map(mapHeader) };
    // one word per line (empty lines between them allowed)
    if (mapHeader(norm(lines[i]!.text)) === "other") continue;
    const run: string[] = [];
    let j = i;
    let last = i;
    for (; j < lines.length; j++) {
      const t = norm(lines[j]!.text);
      if (!t) continue;
      if (t.includes(" ") || mapHeader(t) === "other") break;
      run.push(t);
      last = j;
    }
    if (run.length >= MIN_KNOWN_FIELDS && isHeaderWords(run)) {
      return { start: i, end: last, line: lines[i]!.line, headers: run, columns: run.map(mapHeader) };
    }
  }
  return null;
}

/** Is this line the header again (a page break), printed on one line? */
export function isRepeatedHeader(text: string, header: FlatHeader): boolean {
  const t = cleanName(text);
  if (!t) return false;
  if (t === header.headers.map(cleanName).join("")) return true;
  const words = headerWords(text);
  return words !== null && words.map(mapHeader).join("|") === header.columns.join("|");
}

/**
 * A header printed one word per line, repeated from line index `i`: the index
 * after its last word, or null. A single header word alone (`分管领导`) is content.
 */
export function repeatedHeaderRun(lines: readonly SourceLine[], i: number, header: FlatHeader): number | null {
  if (header.end === header.start) return null;
  let k = 0;
  let j = i;
  for (; j < lines.length && k < header.headers.length; j++) {
    const t = cleanName(lines[j]!.text);
    if (!t) continue;
    if (t !== cleanName(header.headers[k]!)) return null;
    k++;
  }
  return k === header.headers.length ? j : null;
}
