/**
 * List layout, before step 1: the 序号 cell of a two-column table (`序号 | 工作任务及责任分工`) whose second cell holds
 * the task and its label lines (`牵头单位：…`). Text taken out of such a PDF prints the number apart from the task:
 * on a line of its own over the task (`-raw`), in the middle of the row's lines (poppler's default order, even inside
 * a wrapped sentence), or in the left margin of one of the row's lines (`-layout`: ` 5  才团队12个。`).
 *
 * A row of the table is a run of text lines followed by a run of label lines. Where every row holds exactly one
 * such number and the numbers count on (1, 2, 3 …, or again from 1 under a new heading), each number is taken off
 * its line and set before the row's first line (`5．实施…`): the list reads numbered tasks, and the sentence the
 * number cut is whole again. Anything less regular (a row with two numbers, numbers that do not count on, too few
 * rows, no header naming the 序号 column above the first label line) leaves the text as it is.
 */
import type { SourceLine } from "../../model/intermediate.js";
import { couldBeHeaderCell, isPageNoise } from "../../table/find.js";
import { mapHeader } from "../../table/headers.js";
import { scanLabels } from "./labels.js";
import { readNumbering } from "./numbering.js";
import { classify } from "../../names/classify.js";
import { brokenNameAcross, wrapWidth } from "./unwrap.js";

/** A number alone on its line (`5`). */
const LONE_NUMBER = /^[\s\u3000]*(\d{1,3})[\s\u3000]*$/;
/** A number in the left margin before the line's text (` 5  才团队12个。`, `  9 牵头单位：…`). */
const MARGIN_NUMBER = /^([\s\u3000]{0,4})(\d{1,3})([\s\u3000]+)(?=\S)/;
/** A number and one space before the row's first Han character (`7 培育壮大…`), the row's first line only. */
const SPACED_NUMBER = /^[\s\u3000]*(\d{1,3})[\s\u3000]+(?=\p{Script=Han})/u;
/** Fewest rows the numbers must count through. */
const MIN_ROWS = 3;
/** Share of the rows that must have found their number. */
const MIN_NUMBERED_SHARE = 0.6;

interface Candidate {
  index: number;
  n: number;
  kind: "lone" | "margin" | "spaced";
}

interface Row {
  /** a heading (a numbered line) came right before the row */
  afterHeading: boolean;
  /** the row's first text line */
  first: number | null;
  /** the row's last line (text, label or its number) */
  last: number;
  candidates: Candidate[];
  labels: number;
}

function isLabelLine(text: string): boolean {
  const hit = scanLabels(text.trim())[0];
  return hit !== undefined && hit.start === 0 && hit.field !== "other" && hit.field !== "roles";
}

/** Longest line read as the end of a name a label line wrapped (`执法局`, `人民政府`). */
const MAX_WRAPPED_NAME_END = 8;

/**
 * A label line's last name wrapped onto the next line (`…、县城市管理综合行政` | `执法局`, `…、各乡镇人民政` | `府`,
 * `…、` | `县财政局`): the next line is short, no sentence, and with the name it ends (or alone, after a `、`) makes a
 * unit or a collective.
 */
function nameGoesOn(label: string, next: string): boolean {
  const t = next.trim();
  if ([...t].length > MAX_WRAPPED_NAME_END || !/^\p{Script=Han}/u.test(t) || /[。；;！？!?：:]/.test(t) || readNumbering(t)) return false;
  const before = label.trim();
  const head = t.split(/[、，,]/)[0]!;
  if (/[、，,]$/.test(before)) return ["unit", "collective"].includes(classify(head));
  const last = before.split(/[：:、，,\s]/).pop() ?? "";
  return last.length > 0 && ["unit", "collective"].includes(classify(last + head));
}

function leadingSpaces(text: string): number {
  return /^[\s\u3000]*/.exec(text)![0].length;
}

/** The left edge most label lines start at (the task cell's text edge in `-layout` text). */
export function labelEdge(labelLines: readonly SourceLine[]): number {
  const counts = new Map<number, number>();
  for (const l of labelLines) {
    const edge = leadingSpaces(l.text);
    counts.set(edge, (counts.get(edge) ?? 0) + 1);
  }
  let best = 0;
  let most = 0;
  for (const [edge, c] of counts) if (c > most) [best, most] = [edge, c];
  return best;
}

/** A number printed in the margin left of the cell's text edge, the rest of the line starting at that edge. */
function marginNumber(text: string, edge: number): number | null {
  const m = MARGIN_NUMBER.exec(text);
  if (!m || edge === 0) return null;
  const restAt = m[0].length;
  return Math.abs(restAt - edge) <= 1 ? Number(m[2]) : null;
}

/**
 * The table's header words, as printed before its first row (`序号 工作任务及责任分工`, or one word a line): a line
 * of them inside a row is the header a new page printed again.
 */
export function headerWords(lines: readonly SourceLine[], firstLabel: number): { words: Set<string>; end: number } {
  const words = new Set<string>();
  let end = -1;
  for (let i = firstLabel - 1; i >= 0; i--) {
    const tokens = lines[i]!.text.trim().split(/[\s\u3000]+/).filter(Boolean);
    if (!tokens.length) continue;
    if (tokens.every((t) => couldBeHeaderCell(t) && mapHeader(t) !== "other")) {
      for (const t of tokens) words.add(t);
      end = Math.max(end, i);
    }
    if (words.has("序号")) break;
  }
  return words.has("序号") ? { words, end } : { words: new Set(), end: -1 };
}

function isHeaderLine(text: string, words: ReadonlySet<string>): boolean {
  const tokens = text.trim().split(/[\s\u3000]+/).filter(Boolean);
  return tokens.length > 0 && tokens.every((t) => words.has(t));
}

function nextPrinted(lines: readonly SourceLine[], from: number, skip: (text: string) => boolean): number {
  let j = from;
  while (j < lines.length && (!lines[j]!.text.trim() || skip(lines[j]!.text))) j++;
  return j;
}

export function splitRows(lines: readonly SourceLine[], edge: number, { words: header, end: headerEnd }: { words: ReadonlySet<string>; end: number }): { rows: Row[]; furniture: Set<number>; continuations: Map<number, number> } {
  const rows: Row[] = [];
  const furniture = new Set<number>();
  let row: Row | null = null;
  let afterLabels = false;
  let heading = false;
  /** numbers printed together as a column block (`15` `16` `17` …), for the rows after them */
  let pending: Candidate[] = [];
  /** the last label line read (with what wrapped onto the lines after it) */
  let lastLabel: string | null = null;
  let lastLabelIndex = -1;
  /** lines a label line wrapped onto (→ that label line) */
  const continuations = new Map<number, number>();
  const full = wrapWidth(lines);
  const open = (): Row => {
    row = { afterHeading: heading, first: null, last: -1, candidates: [], labels: 0 };
    rows.push(row);
    afterLabels = false;
    heading = false;
    return row;
  };
  const skip = (text: string) => (isPageNoise(text) && !LONE_NUMBER.test(text)) || isHeaderLine(text, header);
  // the rows start under the table's header
  for (let index = headerEnd + 1; index < lines.length; index++) {
    const text = lines[index]!.text;
    if (!text.trim()) continue;
    const lone = LONE_NUMBER.exec(text);
    if (lone) {
      const next = nextPrinted(lines, index + 1, skip);
      if (LONE_NUMBER.test(lines[next]?.text ?? "")) {
        // a block of numbers: each goes to a row after it
        let j = index;
        for (; j < lines.length && (LONE_NUMBER.test(lines[j]!.text) || skip(lines[j]!.text) || !lines[j]!.text.trim()); j++) {
          const m = LONE_NUMBER.exec(lines[j]!.text);
          if (m) pending.push({ index: j, n: Number(m[1]), kind: "lone" });
          else if (lines[j]!.text.trim()) furniture.add(j);
        }
        index = j - 1;
        continue;
      }
      // after a row's label lines, a number with more labels below is still that row's (its cell is centred)
      const r: Row = row && (!afterLabels || isLabelLine(lines[next]?.text ?? "")) ? row : open();
      r.candidates.push({ index, n: Number(lone[1]), kind: "lone" });
      r.last = index;
      continue;
    }
    if (skip(text)) {
      if (isHeaderLine(text, header)) furniture.add(index);
      continue;
    }
    // the number in the margin (`-layout`), or one space before a label line (` 11 牵头单位：…`, poppler's default order)
    const spacedLabel = SPACED_NUMBER.exec(text);
    const beforeLabel = spacedLabel && isLabelLine(text.replace(SPACED_NUMBER, "")) ? Number(spacedLabel[1]) : null;
    const inMargin = marginNumber(text, edge);
    const margin = inMargin ?? beforeLabel;
    const rest = margin === null ? text : inMargin === null ? text.replace(SPACED_NUMBER, "") : text.replace(MARGIN_NUMBER, "$1");
    if (isLabelLine(rest)) {
      const r: Row = row ?? open();
      if (margin !== null) r.candidates.push({ index, n: margin, kind: inMargin === null ? "spaced" : "margin" });
      r.labels++;
      r.last = index;
      afterLabels = true;
      lastLabel = rest;
      lastLabelIndex = index;
      continue;
    }
    if (margin === null && readNumbering(text)) {
      // a numbered line (a heading, or a task that has its number): no row of this table
      row = null;
      afterLabels = false;
      heading = true;
      continue;
    }
    // a label line that ran to the width goes on on the next line (`…、县城市管理综合行政` | `执法局`): still the labels
    const current = row as Row | null;
    if (afterLabels && current && margin === null && lastLabel !== null && (full?.(lastLabel) || brokenNameAcross(lastLabel, text) || nameGoesOn(lastLabel, text)) && !SPACED_NUMBER.test(text)) {
      lastLabel = text;
      current.last = index;
      continuations.set(index, lastLabelIndex);
      continue;
    }
    const r: Row = row && !afterLabels ? row : open();
    if (margin !== null) r.candidates.push({ index, n: margin, kind: "margin" });
    else if (r.first === null) {
      const spaced = SPACED_NUMBER.exec(text);
      if (spaced) r.candidates.push({ index, n: Number(spaced[1]), kind: "spaced" });
    }
    if (r.first === null && !r.candidates.length && pending.length) r.candidates.push(pending.shift()!);
    r.first ??= index;
    r.last = index;
  }
  return { rows, furniture, continuations };
}

/** Each row's number, where the numbers count on row by row; null when the rows do not read so. */
export function countedNumbers(rows: readonly Row[]): Map<Row, Candidate> | null {
  const chosen = new Map<Row, Candidate>();
  let last = 0;
  let tasks = 0;
  for (const row of rows) {
    if (row.first === null || row.labels === 0) continue;
    tasks++;
    const fits = row.candidates.filter((c) => c.n === last + 1 || (row.afterHeading && c.n === 1 && last > 0));
    // one number a row: another number beside it may be a quantity wrapped onto a line of its own, or a page's
    if (fits.length > 1 || row.candidates.some((c) => c !== fits[0] && c.kind !== "spaced")) return null;
    if (fits.length === 0) {
      if (row.candidates.some((c) => c.kind !== "spaced")) return null;
      continue;
    }
    chosen.set(row, fits[0]!);
    last = fits[0]!.n;
  }
  if (chosen.size < MIN_ROWS || chosen.size < MIN_NUMBERED_SHARE * tasks) return null;
  return chosen;
}

export function numbersInCells(lines: readonly SourceLine[]): SourceLine[] {
  const labelLines = lines.filter((l) => isLabelLine(l.text));
  if (labelLines.length < MIN_ROWS) return [...lines];
  const firstLabel = lines.indexOf(labelLines[0]!);
  const edge = labelEdge(labelLines);
  // only under a header that names the 序号 column (`序号 工作任务及责任分工`)
  const header = headerWords(lines, firstLabel);
  if (header.end < 0) return [...lines];
  const { rows, furniture, continuations } = splitRows(lines, edge, header);
  const chosen = countedNumbers(rows);
  if (!chosen) return [...lines];
  // the header a new page printed again inside a row is no text of the row
  const drop = new Set<number>(furniture);
  const out = [...lines];
  for (const [row, c] of chosen) {
    // a page break inside the row (blank lines, the page's number, the header printed again): no break of its text
    for (let i = row.first!; i < row.last; i++) if (!lines[i]!.text.trim() || (isPageNoise(lines[i]!.text) && !LONE_NUMBER.test(lines[i]!.text))) drop.add(i);
    // (and the form feed a new page's first line opens with)
    for (let i = row.first!; i <= row.last; i++) if (out[i]!.text.includes("\f")) out[i] = { ...out[i]!, text: out[i]!.text.replace(/\f/g, "") };
    const at = out[c.index]!;
    if (c.kind === "lone") drop.add(c.index);
    // (the margin becomes blank: the line's text keeps its place at the cell's edge)
    else if (c.kind === "margin") out[c.index] = { ...at, text: at.text.replace(MARGIN_NUMBER, (m) => " ".repeat(m.length)) };
    // (text keeping positions keeps them: the number's place becomes blank)
    else out[c.index] = { ...at, text: at.text.replace(SPACED_NUMBER, (m) => (edge > 0 ? " ".repeat(m.length) : "")) };
    const first = out[row.first!]!;
    out[row.first!] = { ...first, text: first.text.replace(/^([\s\u3000]*)/, `$1${c.n}．`) };
  }
  // a label's names wrapped onto the next line are one line again (`…、各乡镇` | `人民政府`)
  for (const [cont, label] of continuations) {
    out[label] = { ...out[label]!, text: out[label]!.text.trimEnd() + out[cont]!.text.trim() };
    drop.add(cont);
  }
  return out.filter((_, i) => !drop.has(i));
}
