/**
 * Find the header of a flattened table: one line of space-separated header
 * words (`序号 项目 目标任务 责任单位 责任领导 分管市领导`) or the same words one
 * per line. The header's order is the order in which each row's cells appear.
 */
import type { CanonicalField } from "../../model/schema.js";
import type { SourceLine } from "../../model/intermediate.js";
import { cleanName } from "../../text/hygiene.js";
import { mapHeader } from "../../table/headers.js";
import { norm } from "./fragments.js";
import { isResponsibilityField } from "../../table/lexicon.js";

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

/** a header names at least this many known fields */
const MIN_KNOWN_FIELDS = 3;

function isHeaderWords(words: readonly string[]): boolean {
  const fields = words.map(mapHeader);
  const known = fields.filter((f) => f !== "other");
  return (
    known.length >= MIN_KNOWN_FIELDS &&
    known.length === fields.length &&
    fields.includes("task") &&
    fields.some(isResponsibilityField) &&
    new Set(known).size === known.length
  );
}

/** Space-separated words; single characters spaced out for alignment are one word (`序 号` → `序号`). */
function splitWords(text: string): string[] {
  const out: string[] = [];
  let prevSingle = false;
  for (const w of norm(text).split(/\s+/).filter(Boolean)) {
    const single = /^\p{Script=Han}$/u.test(w);
    if (single && prevSingle) out[out.length - 1] += w;
    else out.push(w);
    prevSingle = single;
  }
  return out;
}

/** The words of a line if it is a one-line header, else null. */
export function headerWords(text: string): string[] | null {
  const words = splitWords(text);
  return words.length >= MIN_KNOWN_FIELDS && isHeaderWords(words) ? words : null;
}

/** A header line whose last word wraps onto the next line (`… 分管市` + `领导`). */
function wrappedHeader(lines: readonly SourceLine[], i: number): { words: string[]; end: number } | null {
  const words = splitWords(lines[i]!.text);
  if (words.length < MIN_KNOWN_FIELDS) return null;
  let j = i + 1;
  while (j < lines.length && !norm(lines[j]!.text)) j++;
  if (j >= lines.length) return null;
  const next = splitWords(lines[j]!.text);
  if (next.length !== 1) return null;
  const joined = [...words.slice(0, -1), words[words.length - 1]! + next[0]!];
  return isHeaderWords(joined) && mapHeader(words[words.length - 1]!) === "other" ? { words: joined, end: j } : null;
}

/** Find the first header of the document, on one line or one word per line. */
export function findFlatHeader(lines: readonly SourceLine[]): FlatHeader | null {
  for (let i = 0; i < lines.length; i++) {
    const words = headerWords(lines[i]!.text);
    if (words) return { start: i, end: i, line: lines[i]!.line, headers: words, columns: words.map(mapHeader) };
    const wrapped = wrappedHeader(lines, i);
    if (wrapped) return { start: i, end: wrapped.end, line: lines[i]!.line, headers: wrapped.words, columns: wrapped.words.map(mapHeader) };
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

/**
 * The header printed again from line index `i` (a page break), on one line,
 * one word per line, or wrapped anyhow: the index after its last line, or null.
 * A single header word alone (`分管领导`) is content, not the header.
 */
export function headerRun(lines: readonly SourceLine[], i: number, header: FlatHeader): number | null {
  const key = cleanName(header.headers.join(""));
  let acc = "";
  for (let j = i; j < lines.length; j++) {
    const t = cleanName(lines[j]!.text);
    if (!t) continue;
    if (!key.startsWith(acc + t)) return null;
    acc += t;
    if (acc === key) return j + 1;
  }
  return null;
}

/** Is this one line the whole header again? */
export function isRepeatedHeader(text: string, header: FlatHeader): boolean {
  return headerRun([{ text, line: 1 }], 0, header) !== null;
}
