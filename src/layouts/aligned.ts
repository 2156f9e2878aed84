/**
 * Aligned layout: a text dump in which the table's columns are kept by
 * position and separated by runs of spaces (`pdftotext -layout`, a Word or
 * WPS table saved as plain text, a fixed-width report). The header line gives
 * the columns; every later line is cut into segments at runs of two or more
 * spaces, and each segment goes to the column whose span holds its start.
 * The lines become grid rows, so the grid stage decides records, continuation
 * lines, headings, repeated headers and page noise as for any other table.
 *
 * Positions are measured two ways, and the one under which the rows line up
 * with the header is used: by characters (pdftotext places text on a grid of
 * character cells) and by display width (a CJK character is two columns wide,
 * as when a table is aligned by eye in a monospace editor).
 */
import type { GridRow, InputDocument, LayoutResult, SourceLine } from "../model/intermediate.js";
import type { ReviewReason } from "../model/schema.js";
import { opensWithRoleLabel, scanLabels } from "./list/labels.js";
import { CLEAN_TOP_COST, centredTaskRuns, costPerRow, cutBlock, cutFor, differingRows, nameCost, disputedRows, tableAlignment, taskLines, type Alignment, type CutInput } from "./aligned/cut.js";
import { headingLevel } from "../table/sections.js";
import { textLines } from "../table/records.js";
import type { CanonicalField } from "../model/schema.js";
import { isHeaderRow, isUninterpretedHeader, mapHeader, mapHeaders, settleLevelLeaders } from "../table/headers.js";
import { couldBeHeaderCell, isHeaderCells, isPageNoise } from "../table/find.js";
import { gridToRecords } from "../table/segment.js";
import { isTableTitle } from "../table/find.js";
import { CLAUSE_PUNCTUATION, CN_NUMERALS, PROSE_PUNCTUATION, articleLines, endsSentence, isResponsibilityField, isUnitField, MAX_SEQ_DIGITS, SEQ_CELL, seqOf as seqCellOf } from "../table/lexicon.js";
import { detectTextGrid } from "./tsv.js";
import { sectionBlobs, sectionGroups, sectionStarts, snapToRestarts, type SectionPiece, type SpanRow } from "./aligned/sections.js";
import { maxOf, minOf } from "../arrays.js";
import { isForeignText, vouchFailures, type VouchInput } from "./aligned/vouch.js";
import { isBareTail, isComplete, isPersonName } from "../names/classify.js";
import { gluedSeqColumn } from "./aligned/gluedseq.js";
import { unpackedColumns } from "./aligned/packed.js";
import { cellNames, repairByNames } from "./aligned/bynames.js";
import { regriddedPages } from "./aligned/pagegrid.js";

/** A gap of at least this many spaces separates two cells. */
export const MIN_GAP = 2;
/** numbered lines needed after the header for the layout to apply */
const MIN_ROWS_TO_DETECT = 2;
/** A line that starts with a 序号 (followed by space or nothing). */
const SEQ_START = new RegExp(`^\\s*[0-9０-９]{1,${MAX_SEQ_DIGITS}}\\s*[.、．]?(\\s{1,}|$)`);
/** A 序号 glued to the next cell by one space (`1 地区生产总值…`). */
const SEQ_GLUED = new RegExp(`^([0-9０-９]{1,${MAX_SEQ_DIGITS}}[.、．]?)\\s+(\\S.*)$`);

export type Metric = "chars" | "display";

export interface Segment {
  text: string;
  /** start position in the line, by the metric */
  start: number;
  end: number;
}

/** The width of a text by the metric. */
export const width = (text: string, metric: Metric): number => [...text].reduce((w, ch) => w + (metric === "display" && isWide(ch) ? 2 : 1), 0);

const isWide = (ch: string): boolean => /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2E80-\u2FDF]/u.test(ch);

/** Cut a line into segments at runs of MIN_GAP or more spaces (a full-width space counts as two). */
export function segments(text: string, metric: Metric): Segment[] {
  const out: Segment[] = [];
  let pos = 0;
  let cur: Segment | null = null;
  let gap = 0;
  // a form feed (pdftotext's page break) or other control character is not text
  for (const ch of text.replace(/\t/g, "    ").replace(/[\f\v\r]/g, "")) {
    if (ch === " " || ch === "\u3000") {
      gap += ch === "\u3000" ? 2 : 1;
      pos += ch === "\u3000" && metric === "display" ? 2 : 1;
      continue;
    }
    if (cur && gap >= MIN_GAP) {
      out.push(cur);
      cur = null;
    } else if (cur && gap > 0) cur.text += " ";
    cur ??= { text: "", start: pos, end: pos };
    const w = metric === "display" && isWide(ch) ? 2 : 1;
    cur.text += ch;
    pos += w;
    cur.end = pos;
    gap = 0;
  }
  if (cur) out.push(cur);
  return out;
}

export interface AlignedHeader {
  /** index into the lines */
  index: number;
  /** lines the header takes from `index` on (2 when a header word wraps onto the next line) */
  used: number;
  /** lines above the header line that header words wrapped onto too (1, or 2 in a header of three lines) */
  above?: number;
  metric: Metric;
  headers: string[];
  columns: CanonicalField[];
  /** left boundary of every column (the first is -Infinity) */
  bounds: number[];
  /** where each column's header word starts */
  starts?: number[];
  /** where each column's text starts on most lines (set from the body under the header; absent until then) */
  edges?: number[];
  /** where each column's lines wrapped at the cell's width end (set with the edges; absent where no end is shared) */
  rights?: Array<number | undefined>;
  /** how many characters a line of each column's cells holds before it wraps (set with the edges; absent where too few lines show it) */
  widths?: Array<number | undefined>;
  /** where the task's text starts when a narrow 项目 column's text starts left of it inside the task header's span (see `narrowSectionEnd`) */
  sectionEnd?: number;
  /** the text writes numbers apart from Chinese words (`增长 8%`, `30 部`; set with the edges): a space after a number is no cell's end */
  numbersSpaced?: boolean;
}

/** Share of numbers followed by a Chinese word with a space between above which the text writes them apart. */
const SPACED_NUMBERS_SHARE = 0.2;

/** Does the text write a space between a number and the Chinese word after it (`加装电梯 30 部`, not `小区120个`)? */
export function writesNumbersApart(bodyLines: readonly string[]): boolean {
  let apart = 0;
  let glued = 0;
  for (const text of bodyLines) {
    // (numbers inside the text, after a word: a row's 序号 before its task, ` 3 个，…`, is no such number)
    for (const m of text.matchAll(/[\p{Script=Han}，、；：（] ?[0-9０-９][0-9０-９.．%]*( ?)(?=\p{Script=Han})/gu)) {
      if (m[1]) apart++;
      else glued++;
    }
  }
  return apart > SPACED_NUMBERS_SHARE * (apart + glued);
}

/**
 * Where each column's wrapped lines end: the position at which most segments inside the column's
 * span end (a cell's text wraps at the cell's width), if MIN_EDGE_LINES share it.
 */
export function columnRights(bodyLines: readonly string[], h: AlignedHeader): Array<number | undefined> {
  const counts = h.headers.map(() => new Map<number, number>());
  for (const text of bodyLines)
    for (const seg of segments(text, h.metric)) {
      const m = counts[Math.min(columnOf(h.bounds, seg.start), counts.length - 1)]!;
      m.set(seg.end, (m.get(seg.end) ?? 0) + 1);
    }
  return counts.map((m) => {
    let best: number | undefined;
    let n = MIN_EDGE_LINES - 1;
    for (const [pos, k] of m) if (k > n) [best, n] = [pos, k];
    return best;
  });
}

/**
 * How many characters a cell's line holds in each column: the second-longest line of text inside
 * the column (a name wrapped by the cell's width fills its line; the longest may be a stray
 * overrun). Measured in characters, as a wrap cuts a name after so many of them.
 */
export function columnWidths(lineSegs: ReadonlyArray<ReadonlyArray<{ seg: Segment; col: number }>>, columns: number): Array<number | undefined> {
  const lengths: number[][] = Array.from({ length: columns }, () => []);
  for (const segs of lineSegs) for (const { seg, col } of segs) lengths[col]!.push([...seg.text].length);
  return lengths.map((l) => (l.length >= MIN_WIDTH_LINES ? l.sort((a, b) => b - a)[1] : undefined));
}

/** A column's width is read from at least this many lines of text in it (a few names say nothing of the cell's width). */
const MIN_WIDTH_LINES = 12;

/** A unit line this many characters or more short of its column's width stopped before the cell's edge: its name ends there. */
export const ENDED_SLACK = 2;

/**
 * What the width says of a unit cell's line: it filled the cell's width (`wrapped`: a name may go
 * on in the next line) or stopped well short of it (`ended`: a name ends here).
 */
export function lineHint(text: string, width: number | undefined): { wrapped?: true; ended?: true } {
  if (width === undefined) return {};
  const n = [...text].length;
  if (n >= width) return { wrapped: true };
  return n <= width - ENDED_SLACK ? { ended: true } : {};
}

/** A column edge needs at least this many lines starting text on it. */
const MIN_EDGE_LINES = 3;
/** How far left of a column's edge a cell printed one space after the cell before it may start. */
const EDGE_TOLERANCE = 4;

/**
 * Where each column's cells start: the leftmost position at which at least MIN_EDGE_LINES body
 * segments inside the column's span begin (text is left-aligned in its cell; pdftotext moves a
 * line's start by a position or two, so the leftmost shared start is the column's edge).
 */
export function columnEdges(bodyLines: readonly string[], h: AlignedHeader): number[] {
  const counts = h.headers.map(() => new Map<number, number>());
  for (const text of bodyLines)
    for (const seg of segments(text, h.metric)) {
      const m = counts[Math.min(columnOf(h.bounds, seg.start), counts.length - 1)]!;
      m.set(seg.start, (m.get(seg.start) ?? 0) + 1);
    }
  return counts.map((m, c) => {
    const shared = [...m].filter(([, k]) => k >= MIN_EDGE_LINES).map(([pos]) => pos);
    return c === 0 || !shared.length ? h.bounds[c]! : minOf(shared);
  });
}

/**
 * A cell closed by a bracket (a person's title, `工委委员）`) printed one space before the next column's text that opens
 * with a digit (`4.2%`): at a column's edge, two cells. A digit after a word (`增长 8%`) is no such cut.
 */
const afterTitle = (before: string, after: string): boolean => /[）)]/.test(before) && /[0-9０-９]/.test(after);
const CJK_BEFORE_GAP = /[\p{Script=Han}\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20）”]/u;
const CJK_AFTER_GAP = /[\p{Script=Han}（“]/u;

/** Positions at which at least MIN_EDGE_LINES segments of a column start (a task's last line, ending a sentence, left out). */
function startClusters(bodyLines: readonly string[], h: AlignedHeader, c: number): number[] {
  const counts = new Map<number, number>();
  for (const text of bodyLines)
    for (const seg of segments(text, h.metric))
      if (Math.min(columnOf(h.bounds, seg.start), h.headers.length - 1) === c && !isTaskTail(seg.text, c, h.columns)) counts.set(seg.start, (counts.get(seg.start) ?? 0) + 1);
  return [...counts].filter(([, k]) => k >= MIN_EDGE_LINES).map(([pos]) => pos).sort((a, b) => a - b);
}

/**
 * Column boundaries read from the body where the header's words mislead: header words centred over
 * their columns end where the next column's text starts (`牵头单位` ending at 35, its units printed
 * from 35), so a responsibility column gets no text of its own and the next one two clusters of
 * starts. Then the first cluster — nearer the start of the empty column's header word than of its
 * own — is the empty column's, and the boundary moves to EDGE_TOLERANCE left of the second. Where
 * the header's page shows two edges of text in the column printed side by side on its lines, the
 * first edge is the empty column's too.
 */
export function bodyBounds(bodyLines: readonly string[], h: AlignedHeader): number[] {
  const bounds = [...h.bounds];
  if (!h.starts) return bounds;
  // pdftotext -layout lays out each page on its own grid: the header's page is the one its words were laid on
  const pageEnd = bodyLines.findIndex((t, k) => k > 0 && t.startsWith("\f"));
  const page = pageEnd < 0 ? bodyLines : bodyLines.slice(0, pageEnd);
  for (let c = 2; c < h.columns.length; c++) {
    if (!isResponsibilityField(h.columns[c - 1]!) || !isResponsibilityField(h.columns[c]!)) continue;
    const y = { ...h, bounds };
    if (startClusters(bodyLines, y, c - 1).length) continue;
    const [first, second] = startClusters(bodyLines, y, c);
    if (first !== undefined && second !== undefined && second - first > EDGE_TOLERANCE && Math.abs(first - h.starts[c - 1]!) < Math.abs(first - h.starts[c]!)) {
      bounds[c] = second - EDGE_TOLERANCE;
      continue;
    }
    // the header's words laid far from their columns: two edges of text on the header's page, printed side by side
    const [a, b] = edgeGroups(startClusters(page, y, c));
    if (a && b && sideBySide(page, y, a, b)) bounds[c] = b[0] - EDGE_TOLERANCE;
  }
  return bounds;
}

/** Starts (ascending) grouped into edges: starts within EDGE_TOLERANCE of the group's first are one edge, moved by pdftotext. */
function edgeGroups(starts: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const x of starts) {
    const last = out.at(-1);
    if (last && x - last[0] <= EDGE_TOLERANCE) last[1] = x;
    else out.push([x, x]);
  }
  return out;
}

/**
 * Do two edges of text hold two cells of one printed line (`区商务局   区文化和旅游`) on at least
 * MIN_EDGE_LINES lines? A cell prints one piece of text per line: two pieces side by side are two
 * columns, wherever the header's words were printed (a header row's words are laid on the line's
 * own grid, which a row of long task text stretches).
 */
function sideBySide(bodyLines: readonly string[], h: AlignedHeader, a: readonly [number, number], b: readonly [number, number]): boolean {
  const within = (x: number, e: readonly [number, number]) => x >= e[0] && x <= e[1];
  let n = 0;
  for (const text of bodyLines) {
    const starts = segments(text, h.metric).map((seg) => seg.start);
    if (starts.some((x) => within(x, a)) && starts.some((x) => within(x, b))) n++;
  }
  return n >= MIN_EDGE_LINES;
}


/**
 * The 序号 column's numbers printed past the 序号 header word's end: Word centres a one- or two-digit
 * number in its cell while pdftotext -layout packs the header's two Chinese characters into two
 * positions, so `序号` ends before its numbers do (`   序号    目标任务` over `     1     地区…`).
 * When at least MIN_EDGE_LINES lines start with a bare number inside the next column's span and every
 * one of them ends before the text of that column starts (its leftmost start shared by MIN_EDGE_LINES
 * lines that are not bare numbers), the column starts after the numbers. A number at the task text's
 * own edge (a wrapped task line `2025`), or with no text edge to its right, moves nothing. A number one space
 * before text that starts at that edge (` 3 个，实际到位…`: a centred row's number printed on one of its task lines)
 * counts as a number too; the same shape starting at the edge (`2 个以上…`, a wrapped line) does not.
 */
export function seqNumberBound(bodyLines: readonly string[], h: AlignedHeader): number | undefined {
  const seqCol = h.columns.indexOf("seq");
  const next = seqCol + 1;
  if (seqCol < 0 || next >= h.columns.length) return undefined;
  // pdftotext -layout lays out each page on its own grid: a page's numbers are measured against its own text's edge
  type Page = { numbers: Segment[]; glued: Array<Segment & { rest: number }>; starts: Map<number, number> };
  const newPage = (): Page => ({ numbers: [], glued: [], starts: new Map() });
  const pages: Page[] = [newPage()];
  for (const text of bodyLines) {
    if (text.startsWith("\f") && (pages.at(-1)!.numbers.length || pages.at(-1)!.glued.length || pages.at(-1)!.starts.size)) pages.push(newPage());
    const page = pages.at(-1)!;
    const segs = segments(text, h.metric);
    segs.forEach((seg, k) => {
      if (Math.min(columnOf(h.bounds, seg.start), h.headers.length - 1) !== next) return;
      const glued = k === 0 ? SEQ_GLUED.exec(seg.text) : null;
      if (k === 0 && seqCellOf(seg.text) !== null) page.numbers.push(seg);
      // a number one space before the row's text on a line of the centred row (` 3 个，实际到位…`): decided below
      else if (glued) page.glued.push({ text: glued[1]!, start: seg.start, end: seg.start + width(glued[1]!, h.metric), rest: seg.end - width(glued[2]!, h.metric) });
      else page.starts.set(seg.start, (page.starts.get(seg.start) ?? 0) + 1);
    });
  }
  const edgeOf = (starts: Map<number, number>): number | undefined => {
    const shared = [...starts].filter(([, k]) => k >= MIN_EDGE_LINES).map(([pos]) => pos);
    return shared.length ? minOf(shared) : undefined;
  };
  const all = new Map<number, number>();
  for (const p of pages) for (const [pos, k] of p.starts) all.set(pos, (all.get(pos) ?? 0) + k);
  const edge = edgeOf(all);
  if (edge === undefined) return undefined;
  // a glued number is the row's 序号 when its text starts at the column's text edge and the number left of it
  // (a wrapped task line `2 个以上…` starts at the edge itself)
  for (const p of pages) {
    const own = (p.numbers.length || p.glued.length ? edgeOf(p.starts) : undefined) ?? edge;
    for (const g of p.glued) if (Math.abs(g.rest - own) <= 1 && g.end < own) p.numbers.push(g);
  }
  const numbers = pages.flatMap((p) => p.numbers);
  if (numbers.length < MIN_EDGE_LINES) return undefined;
  const end = maxOf(numbers.map((n) => n.end));
  // every number ends before the text of its own page starts (the whole text's edge where a page shows none)
  const fits = pages.every((p) => {
    const own = p.numbers.length ? edgeOf(p.starts) : undefined;
    return p.numbers.every((n) => n.end < (own ?? edge));
  });
  return fits && end > h.bounds[next]! ? end : undefined;
}

/**
 * A segment that runs into a later column with a single space between two Chinese characters
 * just before that column's edge (`…力争省工 区工信局`): two cells printed one space apart, cut at
 * that space. A space next to a digit or a Latin letter (`增长 8%`, `Mall 产业`), or far from
 * an edge, stays inside the text.
 */
export function splitAtEdges(seg: Segment, edges: readonly number[], metric: Metric, right?: number, numbersSpaced = true): Segment[] {
  const out: Segment[] = [];
  let cur: Segment = { text: "", start: seg.start, end: seg.start };
  let pos = seg.start;
  const chars = [...seg.text];
  const later = edges.filter((e) => e > seg.start + EDGE_TOLERANCE);
  chars.forEach((ch, k) => {
    const w = metric === "display" && isWide(ch) ? 2 : 1;
    const next = pos + w;
    // the space sits where the next column starts, or where this column's wrapped lines end
    const atEdge = later.some((e) => Math.abs(next - e) <= EDGE_TOLERANCE) || (right !== undefined && Math.abs(pos - right) <= EDGE_TOLERANCE);
    // a number ending a cell one space before the next column's first character, right at its edge (`…小区120 市住房城乡建`),
    // where the words after it are no measure the number counts (`120 个`) and the text writes numbers close to words
    const afterNumber = () => !numbersSpaced && /[0-9０-９]/.test(chars[k - 1]!) && /\p{Script=Han}/u.test(chars[k + 1]!) && !MEASURE_WORD.test(chars.slice(k + 1).join("")) && later.some((e) => Math.abs(next - e) <= 1);
    if (ch === " " && k > 0 && k + 1 < chars.length && atEdge && ((CJK_BEFORE_GAP.test(chars[k - 1]!) && (CJK_AFTER_GAP.test(chars[k + 1]!) || afterTitle(chars[k - 1]!, chars[k + 1]!))) || afterNumber()) && cur.text) {
      out.push(cur);
      cur = { text: "", start: next, end: next };
      pos = next;
      return;
    }
    cur.text += ch;
    pos = next;
    cur.end = pos;
  });
  if (cur.text) out.push(cur);
  return out;
}

/**
 * Left boundaries: a column starts where the header word of the column before
 * it ends (a header word is centred or left-aligned over its column, and a
 * cell never starts inside the column on its left).
 */
function boundsOf(words: readonly Segment[]): number[] {
  return words.map((w, i) => (i === 0 ? Number.NEGATIVE_INFINITY : words[i - 1]!.end));
}

/** The column of a segment: the last column whose left boundary is at or before its start. */
export function columnOf(bounds: readonly number[], start: number): number {
  let col = 0;
  for (let i = 0; i < bounds.length; i++) if (start >= bounds[i]!) col = i;
  return col;
}

/** Longest piece of a header word wrapped onto the line below the header. */
const MAX_HEADER_WRAP = 8;

function headerAt(lines: readonly SourceLine[], i: number, metric: Metric): AlignedHeader | null {
  if (i >= lines.length) return null;
  const words = segments(lines[i]!.text, metric).flatMap(splitHeaderWords);
  if (words.length < 2) return null;
  const texts = words.map((w) => w.text.replace(/\s+/g, ""));
  const h: AlignedHeader = { index: i, used: 1, metric, headers: texts, columns: mapHeaders(texts), bounds: boundsOf(words), starts: words.map((w) => w.start) };
  if (!isHeaderCells(texts)) {
    // the task's header word centred on a line above, in a header of three lines (`序` | `目标任务` | `号  责任单位  责任人`):
    // a line of responsibility header words is a header with the words above it
    if (!texts.every(couldBeHeaderCell) || h.columns.filter(isResponsibilityField).length < 2) return null;
    const stacked = stackedHeader(lines, h, words);
    return stacked && isHeaderRow(stacked.headers) ? stacked : null;
  }
  const stacked = stackedHeader(lines, h, words);
  // two words on the line: a header only with the words wrapped above and below it (`序` | `号`, `责任领` | `导` beside
  // `目标任务  责任单位`, a header of three lines), three columns named at least
  if (words.length < 3) return stacked && stacked.columns.filter((c) => c !== "other").length >= 3 ? stacked : null;
  return stacked ?? h;
}

/** A piece of a header word (what a header cut by its wrap still shows). */
const HEADER_STEM = /序号|^序$|^号$|任务|单位|部门|领导|责任|分管|牵头|协办|配合|联系|挂钩|完成|时限|时间/;

/**
 * Header words printed one space apart (`序号 具体目标任务`, `责任单位 责任领导 分管市领`): two or
 * more of them name a field on their own (the last may be cut, its rest wrapped below).
 */
function splitHeaderWords(w: Segment): Segment[] {
  const parts = w.text.split(" ");
  const named = parts.filter((p) => mapHeader(p) !== "other").length;
  if (parts.length < 2 || parts.some((p) => p.length > MAX_HEADER_WRAP)) return [w];
  // two words that name fields, or one and the start of another header word cut by its wrap
  // (or header words all cut by their wraps: `责任领 完成时` over `导 间`)
  const stems = parts.every((p) => mapHeader(p) !== "other" || HEADER_STEM.test(p));
  if (named < 2 && !(named === 1 && stems) && !(named === 0 && stems)) return [w];
  let start = w.start;
  return parts.map((text) => {
    const seg = { text, start, end: start + [...text].length };
    start = seg.end + 1;
    return seg;
  });
}

/** The pieces of a line that may be header words wrapped above or below the header line. */
function headerPieces(line: SourceLine | undefined, metric: Metric): Segment[] | null {
  if (!line || !line.text.trim() || SEQ_START.test(line.text)) return null;
  const pieces = segments(line.text, metric).flatMap(splitStackedWords);
  return pieces.every((p) => p.text.length <= MAX_HEADER_WRAP && !/[，,。；;：:、]/.test(p.text)) ? pieces : null;
}

/** A header word's piece: a stem of a field's header (`领导`) or a whole header word, named or not (`完成时间`). */
const isHeaderPiece = (p: string): boolean => HEADER_STEM.test(p) || mapHeader(p) !== "other" || isUninterpretedHeader(p);

/** the rest of a wrapped header word, one or two Han characters (`导`, `领导`) */
const STACKED_TAIL = /^\p{Script=Han}{1,2}$/u;

/**
 * Pieces of wrapped header words printed one space apart (`领导 完成时间` under `分管市` and beside it):
 * every part is a header word or a piece of one. Names one space apart (`吴丽婷 张汉杰`) stay one piece.
 */
function splitStackedWords(w: Segment): Segment[] {
  const parts = w.text.split(" ").filter(Boolean);
  // (a wrapped word's last character or two beside a header word printed lower: `导 完成时限` under `责任领`)
  const pieceOrTail = (p: string, k: number) => isHeaderPiece(p) || (k === 0 && STACKED_TAIL.test(p));
  if (parts.length < 2 || !parts.every(pieceOrTail)) return [w];
  let start = w.start;
  return w.text.split(" ").flatMap((text) => {
    const seg = { text, start, end: start + [...text].length };
    start = seg.end + 1;
    return text ? [seg] : [];
  });
}

/** The pieces of two lines that lie side by side (none over another), in order; null when a line has none or two overlap. */
function piecesSideBySide(a: readonly Segment[] | null, b: readonly Segment[]): Segment[] | null {
  if (!a?.length || a.some((p) => b.some((q) => overlaps(p, q)))) return null;
  return [...a, ...b].sort((x, y) => x.start - y.start);
}

/**
 * The pieces a header word wrapped over two lines below the header line leaves (`区分管或联` over
 * `系领导`): a second line whose every piece lies under a piece of the first joins it, piece by piece.
 */
function twoLinePieces(first: readonly Segment[], second: readonly Segment[] | null): Segment[] | null {
  if (!second?.length) return null;
  const joined = first.map((p) => ({ ...p }));
  for (const q of second) {
    const over = joined.find((p) => overlaps(p, q));
    if (!over) return null;
    over.text += q.text;
    over.end = Math.max(over.end, q.end);
  }
  return joined;
}

/** The role word a responsible-unit header starts with (`责任单位`, `承办部门`); a unit's name (`区直有关单位`) has none. */
const UNIT_HEADER_ROLE = /^(责任|承办|实施|主责|主体|具体)/;
/** A word read as a units header only by its ending `单位`/`部门`: more likely a unit's name printed under the header. */
const looksUnitName = (text: string, field: CanonicalField): boolean => field === "units" && !UNIT_HEADER_ROLE.test(text);

const overlaps = (a: Segment, b: Segment) => a.start < b.end && a.end > b.start;
/** A piece that ends or starts right where a header word does touches it (`分管市` and `领导` under and after it). */
const touches = (a: Segment, b: Segment) => overlaps(a, b) || a.end === b.start || b.end === a.start;

/**
 * Header words wrapped above and below the header line (`区分管或联系领` over it, `导` under it,
 * as pdftotext prints a header cell of two lines vertically centred beside one-line cells): a
 * short piece over or under a header word joins it when the two make a field's header that the
 * word alone was not; a piece that is a header word of its own (`区分管或联系领导` printed over
 * two lines under the last word, `完成时间`) is a column of its own, after the words it lies
 * under. Taken only when the pieces name fields that the words alone did not.
 */
function stackedHeader(lines: readonly SourceLine[], h: AlignedHeader, words: readonly Segment[]): AlignedHeader | null {
  const above1 = headerPieces(lines[h.index - 1], h.metric);
  // a header of three lines whose words are centred in it (`序` | `目标任务` | `号`): the two lines above, side by side
  const above2 = above1 ? piecesSideBySide(headerPieces(lines[h.index - 2], h.metric), above1) : null;
  const below1 = headerPieces(lines[h.index + 1], h.metric);
  const below2 = below1 ? twoLinePieces(below1, headerPieces(lines[h.index + 2], h.metric)) : null;
  const tries: Array<[Segment[], Segment[], number, number]> = [];
  for (const [below, used] of [[below2, 3], [below1, 2]] as const) {
    if (above1 && below) tries.push([above1, below, used, 1]);
    if (below) tries.push([[], below, used, 0]);
  }
  if (above2) tries.push([above2, [], 1, 2]);
  if (above1) tries.push([above1, [], 1, 1]);
  const present = new Set(h.columns);
  const field = (t: string) => mapHeader(t.replace(/\s+/g, ""));
  const responsible = words.filter((w) => isResponsibilityField(field(w.text)));
  for (const [abovePieces, down, used, linesAbove] of tries) {
    // a group's header over two responsibility words of the line (`责任单位及责任人` over `责任单位  责任人`) names no column
    const up = abovePieces.filter((p) => !(isResponsibilityField(field(p.text)) && isGroupOver(p, responsible)));
    const cols = words.map((w, k) => ({ seg: { ...w }, main: w.text.replace(/\s+/g, ""), was: h.columns[k]!, up: "", down: "", touched: false, own: false }));
    for (const [pieces, where] of [[up, "up"], [down, "down"]] as const)
      for (const p of pieces) {
        const text = p.text.replace(/\s+/g, "");
        // the word the piece completes: one it lies over or under (or touches) that names no field yet, or the
        // same one when the piece is header vocabulary itself (`序` `号`; not a unit over `协办单位`)
        // (a word fenjie names but does not interpret counts when pieces make it: `完成时` over `间`)
        const word = cols.find((c) => {
          const joinedText = where === "up" ? text + c.up + c.main : c.main + c.down + text;
          const joined = mapHeader(joinedText);
          const uninterpreted = joined === "other" && c.was === "other" && c.main !== "" && isUninterpretedHeader(joinedText) && !isUninterpretedHeader(c.main);
          return !c.own && touches(c.seg, p) && (joined !== "other" || uninterpreted) && (c.was === "other" || (joined === c.was && isHeaderPiece(text)));
        });
        // or the one it lies under that other pieces already joined (`导` under `区分管或联系领` printed over the header)
        const first = cols.find((c) => overlaps(c.seg, p));
        const col = word ?? (first && (first.own || first.touched) ? first : undefined);
        if (col) {
          col.touched = true;
          col[where] += text;
          col.seg.start = Math.min(col.seg.start, p.start);
          col.seg.end = Math.max(col.seg.end, p.end);
          continue;
        }
        // a header word of its own, after the words it lies under
        cols.push({ seg: { ...p }, main: "", was: "other", up: "", down: "", touched: true, own: true, [where]: text });
      }
    // a group's header over the two header words of its own below it (`责任单位` over `牵头单位  配合单位`): it names no
    // column, the words below do
    const groups = cols.filter((g) => !g.down && (g.own ? g.up !== "" : g.up === "") && isGroupOver(g.seg, cols.filter((c) => c.own && c.down !== "" && !c.up && !c.main).map((c) => ({ ...c.seg, text: c.down }))));
    if (groups.length) cols.splice(0, cols.length, ...cols.filter((c) => !groups.includes(c)));
    cols.sort((x, y) => x.seg.start - y.seg.start || Number(x.own) - Number(y.own));
    const headers = cols.map((c) => c.up + c.main + c.down);
    const columns = mapHeaders(headers);
    const touched = cols.flatMap((c, k) => (c.touched ? [k] : []));
    // a word completed names a field; a column of its own names one the header lacks, or one fenjie does not interpret
    const named = (k: number) =>
      cols[k]!.own ? (columns[k] === "other" ? isUninterpretedHeader(headers[k]!) : !present.has(columns[k]!) && !looksUnitName(headers[k]!, columns[k]!)) : columns[k] !== "other" || madeOfPieces(k);
    // every piece completes a word that named no field, or is a header word of its own (a name list above the header joins nothing)
    // a header word fenjie names but does not interpret made only by joining pieces (`完成时` over the header line and `限`
    // under it: 完成时限) is gained too; one whole on a line of its own (`完成时间` under the header) is not
    const whole = (t: string) => t !== "" && isUninterpretedHeader(t);
    const madeOfPieces = (k: number) => columns[k] === "other" && isUninterpretedHeader(headers[k]!) && ![cols[k]!.up, cols[k]!.main, cols[k]!.down].some(whole) && [cols[k]!.up, cols[k]!.main, cols[k]!.down].filter(Boolean).length >= 2;
    const gained = (k: number) => (columns[k] !== "other" && columns[k] !== cols[k]!.was) || madeOfPieces(k);
    const completes = touched.length > 0 && touched.every((k) => (cols[k]!.was === "other" || cols[k]!.was === columns[k]) && named(k)) && touched.some(gained);
    if (completes) {
      // the words' ends bound the next column; a column of its own under a word starts at its own start
      const segs = cols.map((c) => c.seg);
      const bounds = cols.map((c, k) => (k === 0 ? Number.NEGATIVE_INFINITY : c.own && segs[k - 1]!.end > c.seg.start ? c.seg.start : segs[k - 1]!.end));
      return { ...h, used: down.length ? used : 1, ...(abovePieces.length ? { above: linesAbove } : {}), headers, columns, bounds, starts: segs.map((g) => g.start) };
    }
  }
  return null;
}

/**
 * A header word centred over two header words of a line below it, each naming a field of its own (`责任单位` over
 * `牵头单位  配合单位`): the group's header of a two-level header. A word over one word below, or over pieces that
 * name no field (`分管市` over `领导`), is none.
 */
export function isGroupOver(group: Segment, below: readonly Segment[]): boolean {
  const centre = (s: Segment) => (s.start + s.end) / 2;
  const named = below.filter((q) => mapHeader(q.text.replace(/\s+/g, "")) !== "other").sort((a, b) => a.start - b.start);
  const mid = centre(group);
  return named.some((q, k) => {
    const next = named[k + 1];
    return next !== undefined && centre(q) < mid && mid < centre(next) && overlaps(group, { ...q, end: next.end });
  });
}

/**
 * How well the rows line up under a metric: cells are left-aligned in their
 * columns, so under the right metric the segments of all lines start at few
 * distinct positions; under the wrong one the positions scatter with the
 * number of CJK characters before them. Fewer distinct starts is better.
 */
function scatter(lines: readonly SourceLine[], h: AlignedHeader): number {
  const starts = new Set<number>();
  for (let i = h.index + 1; i < lines.length; i++) for (const seg of segments(lines[i]!.text, h.metric)) starts.add(seg.start);
  return starts.size;
}

/** The first header line with numbered rows under it, with the metric that fits best. */
export function findAlignedHeader(lines: readonly SourceLine[]): AlignedHeader | null {
  for (let i = 0; i < lines.length; i++) {
    if (!/\S\s{2,}\S/.test(lines[i]!.text)) continue;
    const candidates = (["chars", "display"] as const).map((m) => headerAt(lines, i, m)).filter((h): h is AlignedHeader => h !== null);
    if (!candidates.length) continue;
    const best = candidates.map((h) => ({ h, score: scatter(lines, h) })).sort((a, b) => a.score - b.score)[0]!;
    return best.h;
  }
  return null;
}

/**
 * The lines as the reader takes them: a table with no 序号 column whose rows are numbered inside the task
 * cell (`12．新增…` at the task column's edge) gains a 序号 column before its first (see `gluedSeqColumn`).
 */
export function alignedLines(input: readonly SourceLine[]): { lines: readonly SourceLine[]; taskStarts?: ReadonlySet<number> } {
  const lines = joinPaddedNames(input);
  const h = findAlignedHeader(lines);
  return (h && gluedSeqColumn(lines, h, (i) => headerAt(lines, i, h.metric) !== null)) || { lines };
}

/**
 * A two-character name padded to its cell's width (a full-width space between, `林　枫`) that `-layout` prints with a
 * gap as wide as a column's (`林   枫`): two single characters standing alone between column gaps that make a
 * person's name are one cell, written together and the gap kept after them so the columns stay where they were.
 * Single characters that make no name (`是   否`) stay apart. The same lines when nothing is joined.
 */
export function joinPaddedNames(lines: readonly SourceLine[]): readonly SourceLine[] {
  let changed = false;
  const out = lines.map((l) => {
    const text = l.text.replace(PADDED_NAME, (all, before: string, a: string, gap: string, b: string) => (isPersonName(a + b) ? `${before}${a}${b}${gap}` : all));
    if (text === l.text) return l;
    changed = true;
    return { ...l, text };
  });
  return changed ? out : lines;
}
/** a single character between column gaps (two spaces or more, or the line's edge), a gap, a single character */
const PADDED_NAME = /(^|\s{2,})(\p{Script=Han})( {2,4})(\p{Script=Han})(?=\s{2,}|$)/gu;

/**
 * Does the aligned layout fit: a header cut by space runs and numbered rows cut the same way? `numberInCell` when
 * the rows are numbered inside the task cell (see `alignedLines`).
 */
/** The reader's lines of a document and the header found in them, read once for the detections that ask (WeakMap). */
const readLines = new WeakMap<readonly SourceLine[], { lines: readonly SourceLine[]; taskStarts?: ReadonlySet<number>; h: AlignedHeader | null }>();
function alignedReading(lines: readonly SourceLine[]): { lines: readonly SourceLine[]; taskStarts?: ReadonlySet<number>; h: AlignedHeader | null } {
  let r = readLines.get(lines);
  if (!r) {
    const read = alignedLines(lines);
    readLines.set(lines, (r = { ...read, h: findAlignedHeader(read.lines) }));
  }
  return r;
}

export function detectAligned(doc: InputDocument): false | "plain" | "numberInCell" {
  if (doc.source.format !== "txt" || detectTextGrid(doc.lines)) return false;
  const { lines, taskStarts, h } = alignedReading(doc.lines);
  if (!h) return false;
  let rows = 0;
  for (let i = h.index + 1; i < lines.length && rows < MIN_ROWS_TO_DETECT; i++) {
    const text = lines[i]!.text;
    if (SEQ_START.test(text) && segments(text, h.metric).length >= 2) rows++;
  }
  return rows < MIN_ROWS_TO_DETECT ? false : taskStarts ? "numberInCell" : "plain";
}

/**
 * A table whose unit cells print role labels (`牵头：X；配合：Y`), in columns kept by position: after the header, at
 * least two of the table's segments open with a role label and start in a unit column. Its lines would read as a list's
 * items (each label amid a line of other cells), which lose the table's other cells and most of its rows. A notice that
 * opens a line with a label before its header (a list with a table-like line further on) is none.
 */
export function alignedLabelledCells(doc: InputDocument): boolean {
  if (doc.source.format !== "txt") return false;
  const { lines, h } = alignedReading(doc.lines);
  if (!h) return false;
  const unitColumns = new Set(h.columns.flatMap((c, i) => (isUnitField(c) ? [i] : [])));
  if (!unitColumns.size) return false;
  for (let i = 0; i < h.index; i++) if (opensWithRoleLabel(lines[i]!.text.trim())) return false;
  let labelled = 0;
  for (let i = h.index + h.used; i < lines.length && labelled < MIN_LABELLED_SEGMENTS; i++) {
    for (const seg of segments(lines[i]!.text, h.metric)) {
      if (opensWithRoleLabel(seg.text.trim()) && unitColumns.has(columnOf(h.bounds, seg.start))) labelled++;
    }
  }
  return labelled >= MIN_LABELLED_SEGMENTS;
}

/** label segments in unit columns a table must print to be read as one whose unit cells carry role labels */
const MIN_LABELLED_SEGMENTS = 2;

/** One body line cut into the columns of its table: the texts per column, and whether it holds a 序号. */
interface BodyLine {
  source: SourceLine;
  cells: string[][];
  /** the 项目 column's pieces, kept apart from the row's cells (a merged cell spans many rows) */
  sections?: SectionPiece[];
  anchor: boolean;
  /** a segment runs into the next column with a space between two Chinese characters that was not cut */
  uncut?: boolean;
  /** a row's task starts on this line (its number glued to the task's words: see `gluedSeqColumn`) */
  taskStart?: boolean;
}

function isHeadingInSeqColumn(seg: Segment, h: AlignedHeader): boolean {
  return headingLevel(seg.text) !== null && columnOf(h.bounds, seg.start) <= Math.max(0, h.columns.indexOf("seq"));
}

/** a Chinese numeral alone, as a section row's 序号 cell prints it (`一`, `十二`, `（三）`) */
const CN_NUMERAL_CELL = new RegExp(`^(?:[${CN_NUMERALS}]{1,3}|[（(][${CN_NUMERALS}]{1,3}[）)])$`);

/**
 * A line of two pieces: a Chinese numeral alone in the 序号 column and text in the task column, nothing in the columns
 * after it (`一    聚焦创新驱动，增强发展新动能`): a section row whose title spans the table's other columns. A task's 序号 is
 * arabic, and a task's wrapped line has nothing in the 序号 column.
 */
export function isNumeralHeadingRow(a: Segment, b: Segment, h: Pick<AlignedHeader, "bounds" | "columns">): boolean {
  const seqCol = h.columns.indexOf("seq");
  return seqCol >= 0 && columnOf(h.bounds, a.start) === seqCol && CN_NUMERAL_CELL.test(a.text.trim()) && columnOf(h.bounds, b.start) === h.columns.indexOf("task") && !/[。；;]$/.test(b.text.trim());
}

/** A short label (no number, no clause punctuation) starting in the 序号 column itself. */
function isLabelInSeqColumn(seg: Segment, h: AlignedHeader): boolean {
  const seqCol = h.columns.indexOf("seq");
  if (seqCol < 0 || columnOf(h.bounds, seg.start) !== seqCol) return false;
  const text = seg.text.trim();
  return text.length >= 2 && text.length <= MAX_TASK_COLUMN_HEADING && !/\d/.test(text) && !CLAUSE_PUNCTUATION.test(text) && !isPageNoise(text);
}

/** Longest heading line taken from the task column (a task's wrapped line is usually longer). */
const MAX_TASK_COLUMN_HEADING = 24;

/**
 * A marked heading (`一、稳增长促发展`) printed alone in the task column: short, no clause
 * punctuation, and the task text above it (if any) is finished — a wrapped line of an
 * unfinished task that happens to start with `二、` stays in the task.
 */
function isHeadingInTaskColumn(seg: Segment, h: AlignedHeader, block: Block | null, apart = false): boolean {
  const taskCol = h.columns.indexOf("task");
  if (taskCol < 0 || columnOf(h.bounds, seg.start) !== taskCol) return false;
  const text = seg.text.trim();
  // Chinese-numeral marks only: `1、` `(1)` inside a task column are the task's own items
  const level = headingLevel(text);
  if (level === null || level > 2 || text.length > MAX_TASK_COLUMN_HEADING || CLAUSE_PUNCTUATION.test(text)) return false;
  // a mark with its title (`（二）` alone is a fragment of a cell cut over lines)
  if (text.replace(/^[（(]?[〇零一二三四五六七八九十百]+[）)、.．]?/u, "").trim().length < 2) return false;
  const above = block?.lines.filter((b) => b.cells[taskCol]?.length).at(-1)?.cells[taskCol]?.at(-1);
  // (a blank line above it and below it: no wrapped line of a task, whose lines follow each other, even after a task
  // printed without its full stop)
  return above === undefined || endsSentence(above) || apart;
}

/** The line about to be read has a blank line printed right above it (the block's last line) and right below it. */
function standsApart(block: Block | null, next: { text: string } | undefined): boolean {
  const last = block?.lines.at(-1);
  return last !== undefined && !last.source.text.trim() && (next === undefined || !next.text.trim());
}

/** A line's segments, cells printed one space apart cut at the column edges. */
function lineSegments(text: string, h: AlignedHeader): Segment[] {
  const segs = segments(text, h.metric);
  const cut = h.edges ? segs.flatMap((x) => splitAtEdges(x, h.edges!.slice(1), h.metric, h.rights?.[columnOf(h.bounds, x.start)], h.numbersSpaced ?? true)) : segs;
  return cut.flatMap((x) => splitTrailingName(x, h));
}

/** A measure word that follows a number in a task's text (`35 家`, `10 个`, `5 条`, `5 公里`, `3 万亩`). */
export const MEASURE_WORD = /^(?:[家个项条座所名人台套批次亿万千百余多处户栋期只件吨亩]|公[里顷斤]|平方|立方)/u;

/**
 * A segment that runs into the next column, a responsibility column, and ends in a whole name of
 * that column's kind after a space (`…推动 SAP 工信局`, `…挂牌企业 7 金融局`): the name is the next
 * column's cell printed one space after the text, whatever character stands before the space.
 * A segment that stays inside its column, or whose last word is no whole name of the next
 * column's kind (`…增长 8%`, `…等 7支科`) or that starts well left of where the next column's cells start, is one cell.
 */
export function splitTrailingName(x: Segment, h: Pick<AlignedHeader, "bounds" | "columns" | "metric">, col = columnOf(h.bounds, x.start)): Segment[] {
  const next = col + 1;
  const field = h.columns[next];
  if (field === undefined || !isResponsibilityField(field) || x.end <= h.bounds[next]!) return [x];
  const k = x.text.lastIndexOf(" ");
  if (k <= 0) return [x];
  const head = x.text.slice(0, k).trimEnd();
  const tail = x.text.slice(k + 1);
  // a name starts with a Chinese character (`7支科` is a number's text cut at the line's end)
  if (!head || !/^\p{Script=Han}/u.test(tail) || !nameFits(tail, field)) return [x];
  // a number's measure word and what it counts (`新增 35 家企业`) go on the number's text
  if (/[0-9０-９]$/.test(head) && MEASURE_WORD.test(tail)) return [x];
  const start = x.end - width(tail, h.metric);
  // the name starts where the next column's cells start (a name left of that is the text's own)
  if (start < h.bounds[next]! - EDGE_TOLERANCE) return [x];
  return [
    { text: head, start: x.start, end: x.start + width(head, h.metric) },
    { text: tail, start, end: x.end },
  ];
}

const CJK_SPACE = /[\p{Script=Han}，。、；）”] [\p{Script=Han}（“]/u;

/** A segment that runs past the edge of the next column and still holds a space between Chinese characters. */
function runsOver(s: Segment, col: number, h: AlignedHeader): boolean {
  const next = h.edges?.[col + 1];
  if (next !== undefined && s.end > next + EDGE_TOLERANCE && CJK_SPACE.test(s.text)) return true;
  // a responsibility cell's line past the next column's header, two names' pieces one space apart
  // (`市国有资产监督 市国有资本投资运`, where the next column's cells drift left of their edge on that line)
  const bound = h.bounds[col + 1];
  return isResponsibilityField(h.columns[col]!) && bound !== undefined && isResponsibilityField(h.columns[col + 1]!) && s.end > bound && CJK_SPACE.test(s.text);
}

/** A run of body lines between two lines that are not table rows (a header, a heading, page furniture). */
interface Block {
  lines: BodyLine[];
  /** the fields of the columns of the header above the block */
  columns: CanonicalField[];
  /** per column, the characters a cell's line holds (see `columnWidths`) */
  widths?: Array<number | undefined>;
  afterBreak: boolean;
  beforeBreak: boolean;
}

type Item = { row: GridRow } | { block: Block };

/** Longest line of a 项目 cell printed in a narrow column (a task's lines are longer). */
export const MAX_SECTION_FRAGMENT = 8;
/** Shortest task line that tells where the task column's text starts. */
const MIN_TASK_LINE = 10;

/** A short piece of a heading (`一、狠`, `抓科技`, `（一）`): no clause punctuation after its marker. */
export function isHeadingFragment(text: string): boolean {
  const t = text.trim();
  if (!t || [...t].length > MAX_SECTION_FRAGMENT) return false;
  const body = t.replace(/^[（(]?[〇零一二三四五六七八九十百]+[）)、.．]/u, "");
  return !/[，,。；;：:、！？!?%％0-9０-９]/.test(body);
}

/**
 * A 项目 column narrower than its header's span: the task header is centred over the task's text,
 * so the header-made boundary puts the 项目 column's text into the task column. Where the task's
 * long lines start (the leftmost start MIN_EDGE_LINES of them share), and at least MIN_EDGE_LINES
 * short heading fragments start left of it, the 项目 column reaches up to that start.
 */
export function narrowSectionEnd(bodyLines: readonly string[], h: AlignedHeader): number | undefined {
  const sectionCol = h.columns.indexOf("section");
  const taskCol = h.columns.indexOf("task");
  if (sectionCol < 1 || taskCol !== sectionCol + 1) return undefined;
  const inTask = bodyLines.flatMap((text) => segments(text, h.metric).filter((x) => Math.min(columnOf(h.bounds, x.start), h.headers.length - 1) === taskCol));
  const counts = new Map<number, number>();
  // a long line that may begin with a fragment one space before the task's text (`（一） 动覆盖率…`) says nothing of where the task starts
  const fragmentFirst = (x: Segment) => x.text.indexOf(" ") > 0 && isHeadingFragment(x.text.slice(0, x.text.indexOf(" ")));
  for (const x of inTask) if ([...x.text].length >= MIN_TASK_LINE && !fragmentFirst(x)) counts.set(x.start, (counts.get(x.start) ?? 0) + 1);
  const shared = [...counts].filter(([, k]) => k >= MIN_EDGE_LINES).map(([p]) => p);
  if (!shared.length) return undefined;
  const end = minOf(shared);
  const left = inTask.filter((x) => x.start < end - SECTION_JITTER);
  const fragments = left.filter((x) => isHeadingFragment(narrowPiece(x, end, h.metric).text));
  return fragments.length >= MIN_EDGE_LINES && fragments.length === left.length ? end : undefined;
}

/** How far left of the task column's start a task line may begin (pdftotext moves a line by a position). */
const SECTION_JITTER = 1;

/** The part of a segment left of the task column's start `end` (all of it when it stops there). */
function narrowPiece(x: Segment, end: number, metric: Metric): Segment {
  if (x.end <= end) return x;
  // a fragment printed one space before the task's text (`（一） 动覆盖率达…`)
  const chars = [...x.text];
  let pos = x.start;
  for (let k = 0; k < chars.length; k++) {
    if (chars[k] === " " && k > 0 && Math.abs(pos + 1 - end) <= SECTION_JITTER) return { text: chars.slice(0, k).join(""), start: x.start, end: pos };
    pos += metric === "display" && isWide(chars[k]!) ? 2 : 1;
  }
  return x;
}

/** A segment starting left of a narrow 项目 column's end: one of its fragments. */
function isNarrowSection(x: Segment, h: AlignedHeader): boolean {
  return h.sectionEnd !== undefined && x.start < h.sectionEnd - SECTION_JITTER && columnOf(h.bounds, x.start) === h.columns.indexOf("task") && isHeadingFragment(x.text);
}

/** A narrow 项目 column's fragment printed one space before the task's text, cut off it. */
function splitNarrowSection(x: Segment, h: AlignedHeader): Segment[] {
  if (h.sectionEnd === undefined || x.start >= h.sectionEnd - SECTION_JITTER) return [x];
  const piece = narrowPiece(x, h.sectionEnd, h.metric);
  if (piece.end >= x.end || !isHeadingFragment(piece.text)) return [x];
  const rest = [...x.text].slice([...piece.text].length + 1).join("");
  return [piece, { text: rest, start: piece.end + 1, end: x.end }];
}

const PERSON_COLUMNS: ReadonlySet<CanonicalField> = new Set(["leaders", "supervisors"]);

/** Does a whole name fit a column: a person's name a people column, a unit's a unit column. */
function nameFits(text: string, field: CanonicalField): boolean {
  const t = text.normalize("NFKC").replace(/\s+/g, "");
  if (!isWholeName(t)) return false;
  return PERSON_COLUMNS.has(field) ? isPersonName(t) : UNIT_COLUMNS.has(field) && !isPersonName(t);
}

/**
 * A line holds one piece per responsibility column: cells printed one space apart drift left of
 * their columns (`福大科教办 丁鸿雨 李志强` starting in the unit column), so a piece that lands in a
 * column the piece before it already holds goes on to the next column, when it is a whole name of
 * that column's kind (a person for a people column, a unit for a unit column). A piece of no
 * known kind, or of the wrong kind, or after a piece of prose, stays where its position put it.
 */
export function spreadNames(placed: ReadonlyArray<{ col: number; text: string }>, columns: readonly CanonicalField[]): Array<{ col: number; text: string }> {
  const out: Array<{ col: number; text: string }> = [];
  for (const p of placed) {
    const prev = out.at(-1);
    const next = prev ? prev.col + 1 : -1;
    // a piece of prose before it (a task line run into the column) is no cell of the column: nothing to make room for
    const moves = prev !== undefined && p.col <= prev.col && !PROSE_PUNCTUATION.test(prev.text) && isResponsibilityField(columns[p.col] ?? "other") && next < columns.length && nameFits(p.text, columns[next]!);
    out.push(moves ? { col: next, text: p.text } : { ...p });
  }
  return out;
}

/** A line's segments in the columns of the header (a 序号 glued to the next cell by one space is cut off it). */
/**
 * A 序号 printed right-aligned in a narrow 序号 column (` 8 居民收入…` under `序号` where `10 进行…`
 * starts at the column's left): a segment starting at most MAX_SEQ_SHIFT positions into the
 * column after the 序号 column, a number glued to its text by one space, and the number the one after
 * the last 序号 (`next`) — a task line that starts with another number (`8 个工业互联网项目`) is text.
 */
/** How far past the 序号 column's end a right-aligned 序号 may start (a two-character header over one-digit numbers). */
const MAX_SEQ_SHIFT = 2;

export function isShiftedSeq(s: Segment, h: Pick<AlignedHeader, "bounds" | "columns">, next: number | undefined): boolean {
  const seqCol = h.columns.indexOf("seq");
  if (seqCol < 0 || next === undefined || seqCol + 1 >= h.columns.length || h.columns[seqCol + 1] === "section") return false;
  const bound = h.bounds[seqCol + 1]!;
  if (s.start < bound || s.start > bound + MAX_SEQ_SHIFT) return false;
  const m = SEQ_GLUED.exec(s.text);
  return m !== null && Number(m[1]!.normalize("NFKC").replace(/[.、．]/, "")) === next;
}

/**
 * Prose in a people column right before the task column (`培育国家级…企业3家，省级` starting a position
 * left of the task's boundary): a person's name or office holds no sentence punctuation, so the text
 * is the task's. A name, or a collective role (`各镇镇长、街道办事处主任`), stays.
 */
export function isTaskHead(text: string, col: number, columns: readonly CanonicalField[]): boolean {
  return PERSON_COLUMNS.has(columns[col]!) && columns[col + 1] === "task" && PROSE_PUNCTUATION.test(text);
}

/** A full stop (closing marks allowed after it): how a task's last line ends, never a unit's name. */
const FULL_STOP = /[。！？!?][”’」』）)】》]*$/;

/**
 * A task's last line printed right of the task header's end, in the unit column after it: a task
 * centred in its cell under a left-aligned header starts its short last line (`市等特色街区。`) past
 * the header word. A line ending with a full stop is a sentence's end, never a unit's name: it is the
 * task's. A unit (`区发改局`) or a line ending otherwise stays in the column its position gives.
 */
export function isTaskTail(text: string, col: number, columns: readonly CanonicalField[]): boolean {
  return col > 0 && columns[col - 1] === "task" && isResponsibilityField(columns[col]!) && FULL_STOP.test(text.trim());
}

/**
 * A unit's whole name printed inside the task column's span, well right of where the task's lines
 * start (`一般公共预算收入增   区财政局`, or alone after the 序号): pdftotext -layout packs the Chinese
 * characters of a line into one position each, so a vertically centred unit cell drifts left of its
 * column's boundary. A task's own line starts at the task column's edge; a whole name of the next
 * (responsibility) column's kind standing apart from it is that column's cell. A task line at the
 * edge (`区直各单位` wrapped from the line above), or prose, or a piece of a name, stays.
 */
export function isUnitPastTask(s: Segment, col: number, h: Pick<AlignedHeader, "columns" | "edges">): boolean {
  const next = h.columns[col + 1];
  const edge = h.edges?.[col];
  if (h.columns[col] !== "task" || next === undefined || !UNIT_COLUMNS.has(next) || edge === undefined) return false;
  return s.start > edge + EDGE_TOLERANCE && !PROSE_PUNCTUATION.test(s.text) && nameFits(s.text, next);
}

function bodyLine(l: SourceLine, h: AlignedHeader, next?: number): BodyLine {
  const cells = h.headers.map(() => [] as string[]);
  const seqCol = Math.max(0, h.columns.indexOf("seq"));
  let anchor = false;
  let uncut = false;
  const sectionCol = h.columns.indexOf("section");
  const sections: SectionPiece[] = [];
  const placed: Array<{ col: number; text: string }> = [];
  for (const s of lineSegments(l.text, h).flatMap((x) => splitNarrowSection(x, h))) {
    const at = isShiftedSeq(s, h, next) ? seqCol : Math.min(columnOf(h.bounds, s.start), cells.length - 1);
    const col = isTaskTail(s.text, at, h.columns) ? at - 1 : isTaskHead(s.text, at, h.columns) || isUnitPastTask(s, at, h) ? at + 1 : at;
    if (sectionCol >= 0 && (col === sectionCol || isNarrowSection(s, h))) {
      sections.push({ line: l.line, start: s.start, end: s.end, text: s.text });
      continue;
    }
    if (runsOver(s, col, h)) uncut = true;
    const m = col === seqCol && seqCol + 1 < cells.length ? SEQ_GLUED.exec(s.text) : null;
    if (m) {
      cells[seqCol]!.push(m[1]!);
      // the cell glued to the 序号 is the 项目 column's: a piece of its merged cell
      if (seqCol + 1 === sectionCol) sections.push({ line: l.line, start: s.end - width(m[2]!, h.metric), end: s.end, text: m[2]! });
      else {
        // the cell glued to the 序号 may itself run into the next column (`14 …提质做优新天城 区商务局`)
        const rest = { text: m[2]!, start: s.end - width(m[2]!, h.metric), end: s.end };
        splitTrailingName(rest, h, seqCol + 1).forEach((x, k) => placed.push({ col: seqCol + 1 + k, text: x.text }));
      }
      anchor = true;
      continue;
    }
    if (col === seqCol && seqCellOf(s.text) !== null) anchor = true;
    placed.push({ col, text: s.text });
  }
  for (const p of spreadNames(placed, h.columns)) cells[p.col]!.push(p.text);
  return { source: l, cells, anchor, ...(sections.length ? { sections } : {}), ...(uncut ? { uncut } : {}) };
}

/** The number of a line's 序号 cell. */
function seqOf(texts: readonly string[]): number | undefined {
  for (const t of texts) {
    const m = /^[0-9０-９]+/.exec(t.normalize("NFKC").trim());
    if (m) return Number(m[0]);
  }
  return undefined;
}

const located = (l: SourceLine) => ({ line: l.line, ...(l.page ? { page: l.page } : {}) });

/** Lines → the table's rows and the blocks of body lines between them. */
function readItems(lines: readonly SourceLine[], top: AlignedHeader, taskStarts?: ReadonlySet<number>): Item[] {
  const items: Item[] = [];
  const withEdges = (given: AlignedHeader): AlignedHeader => {
    const body: string[] = [];
    for (let k = given.index + given.used; k < lines.length && !headerAt(lines, k, given.metric); k++) body.push(lines[k]!.text);
    const b0 = bodyBounds(body, given);
    const seqEnd = seqNumberBound(body, { ...given, bounds: b0 });
    const seqCol = given.columns.indexOf("seq");
    const x = { ...given, bounds: seqEnd === undefined ? b0 : b0.map((b, c) => (c === seqCol + 1 ? seqEnd : b)) };
    const edges = columnEdges(body, x);
    // a column starts at its text's edge when that lies left of the old boundary... never inside the column before it
    const bounds = x.bounds.map((b, c) => (c > 0 && edges[c]! < b && edges[c]! > edges[c - 1]! ? edges[c]! : b));
    const y: AlignedHeader = { ...x, edges, bounds, rights: columnRights(body, { ...x, bounds }), numbersSpaced: writesNumbersApart(body) };
    const inColumns = body.map((text) =>
      lineSegments(text, y).flatMap((seg) => {
        const col = Math.min(columnOf(y.bounds, seg.start), y.headers.length - 1);
        return runsOver(seg, col, y) ? [] : [{ seg, col }];
      }),
    );
    const sectionEnd = narrowSectionEnd(body, y);
    return { ...y, widths: columnWidths(inColumns, y.headers.length), ...(sectionEnd !== undefined ? { sectionEnd } : {}) };
  };
  const first = withEdges(top);
  let h = first;
  // the lines printed so far (without spaces): a title met again is a running head
  const seen = new Set<string>();
  let block: Block | null = null;
  let pageBreak = false;
  // the last 序号 read: the next one may be printed shifted into the column after it
  let lastSeq: number | undefined;
  const close = (pageBreak: boolean) => {
    if (block && block.lines.some((b) => b.cells.some((c) => c.length) || b.sections?.length)) items.push({ block: { ...joinTitlesOverLines(block), beforeBreak: pageBreak } });
    block = null;
  };
  // each line's header, read once (a line is asked about as the line below another and as itself)
  const headers = new Map<string, AlignedHeader | null>();
  const headerOf = (k: number, metric: Metric): AlignedHeader | null => {
    const key = `${metric}:${k}`;
    if (!headers.has(key)) headers.set(key, headerAt(lines, k, metric));
    return headers.get(key)!;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const key = l.text.replace(/\s+/g, "");
    const seenBefore = seen.has(key);
    seen.add(key);
    // a header word wrapped above the header line belongs to the header
    if ((headerOf(i + 1, h.metric)?.above ?? 0) >= 1 || (headerOf(i + 2, h.metric)?.above ?? 0) >= 2) continue;
    if (i < h.index && h === first) {
      // the cover letter and titles: one cell, as the grid stage expects text before a table
      if (l.text.trim()) items.push({ row: { cells: [{ lines: textLines([l.text.trim()]) }], ...located(l) } });
      continue;
    }
    if (!l.text.trim()) {
      block?.lines.push({ source: l, cells: h.headers.map(() => []), anchor: false });
      continue;
    }
    const header = headerOf(i, h.metric);
    if (header) {
      // a repeated header is written as the header itself, so the grid stage recognises it
      close(true);
      if (i > first.index) pageBreak = true;
      items.push({ row: { cells: header.headers.map((t) => ({ lines: textLines([t]) })), ...located(l) } });
      h = withEdges(header);
      i = header.index + header.used - 1;
      continue;
    }
    const segs = lineSegments(l.text, h);
    const body = bodyLine(l, h, lastSeq === undefined ? undefined : lastSeq + 1);
    if (taskStarts?.has(l.line)) body.taskStart = true;
    if (body.anchor) lastSeq = seqOf(body.cells[Math.max(0, h.columns.indexOf("seq"))]!) ?? lastSeq;
    // a lone line that is not inside a column's span (a title, a heading spanning the table), a page number
    // (a page footer cut by the columns it crosses, `第 1 页，共 3 页` centred under them, too)
    if (!body.anchor && ((segs.length === 1 && (isCentredAcross(segs[0]!, h) || isPageNoise(segs[0]!.text))) || (segs.length > 1 && isPageNoise(l.text)))) {
      close(true);
      pageBreak = true;
      // a title printed again at a page top is a running head, not a new table's title
      const text = segs[0]!.text;
      const runningHead = isTableTitle(text) && seenBefore;
      if (!isPageNoise(text) && !runningHead) items.push({ row: { cells: [{ lines: textLines([text]) }, { lines: [] }], ...located(l) } });
      continue;
    }
    // a line holding only 项目 text: part of a merged cell, placed with the rows later
    const sectionOnly = (body.sections?.length ?? 0) > 0 && body.cells.every((c) => !c.length);
    if (sectionOnly) {
      block ??= { lines: [], columns: h.columns, ...(h.widths ? { widths: h.widths } : {}), afterBreak: pageBreak, beforeBreak: false };
      pageBreak = false;
      block.lines.push(body);
      continue;
    }
    // a heading in the first columns (`(一) 聚力转型攻坚…`), or a short marked one in the task
    // column between finished tasks, separates the rows above and below it
    if (segs.length === 1 && !body.anchor && (isHeadingInSeqColumn(segs[0]!, h) || isHeadingInTaskColumn(segs[0]!, h, block, standsApart(block, lines[i + 1])))) {
      close(false);
      items.push({ row: { cells: [{ lines: textLines([segs[0]!.text]) }, { lines: [] }], ...located(l) } });
      continue;
    }
    // a section row numbered in Chinese in the 序号 column, its title in the task column (`一    聚焦创新驱动…`): the row
    // as the table printed it, the table stage reads the heading from its two cells
    if (segs.length === 2 && !body.anchor && isNumeralHeadingRow(segs[0]!, segs[1]!, h)) {
      close(false);
      items.push({ row: { cells: h.columns.map((_, c) => ({ lines: c === columnOf(h.bounds, segs[0]!.start) ? textLines([segs[0]!.text.trim()]) : c === h.columns.indexOf("task") ? textLines([segs[1]!.text.trim()]) : [] })), ...located(l) } });
      continue;
    }
    // an un-numbered heading printed alone in the 序号 column (`改革任务`) is no row's cell: a 序号 cell holds a number
    if (segs.length === 1 && !body.anchor && isLabelInSeqColumn(segs[0]!, h)) {
      close(false);
      items.push({ row: { cells: [{ lines: textLines([segs[0]!.text.trim()]) }, { lines: [] }], ...located(l) } });
      continue;
    }
    // prose starting in the 序号 column (`抄送：市府办。` after the table) is no row's text
    if (!body.anchor && isProseInSeqColumn(segs[0]!, h)) {
      close(false);
      items.push({ row: { cells: [{ lines: textLines([l.text.trim()]) }], ...located(l) } });
      continue;
    }
    block ??= { lines: [], columns: h.columns, ...(h.widths ? { widths: h.widths } : {}), afterBreak: pageBreak, beforeBreak: false };
    pageBreak = false;
    block.lines.push(body);
  }
  close(false);
  return items;
}

/** The task column's line width read over all blocks (see `columnWidths`): the second-longest task line, if MIN_WIDTH_LINES show it. */
function documentTaskWidth(blocks: readonly Block[]): number | undefined {
  const lengths = blocks.flatMap((b) => {
    const c = b.columns.indexOf("task");
    return c < 0 ? [] : b.lines.flatMap((l) => (l.cells[c] ?? []).map((t) => [...t].length));
  });
  return lengths.length >= MIN_WIDTH_LINES ? lengths.sort((a, b) => b - a)[1] : undefined;
}

/** A clause mark at a line's end: the sentence goes on (`…，`). */
const OPEN_CLAUSE = /[，、；：,;:]$/;

/**
 * Does a row's task look cut off (part of it given to a neighbour)? Where the table's tasks end their
 * sentences (`sentences`), any task that ends none does. Where they do not (a Word table of targets,
 * `地区生产总值增长 6.5%左右`), a missing full stop is the norm and says nothing: the last line must
 * itself show that the text goes on — a clause mark at its end, or a line as long as the cell's
 * wrapped lines (`width`, unknown: assume it is). A short last line (`12%`, `同步`) ends the task.
 */
export function taskLooksCut(last: string, sentences: boolean, width: number | undefined): boolean {
  if (endsSentence(last)) return false;
  if (sentences) return true;
  return OPEN_CLAUSE.test(last.trim()) || lineHint(last.trim(), width).ended !== true;
}

/** Per line of a block, whether its task text ends a sentence (null: no task text on the line). */
function taskEnds(b: Block): Array<boolean | null> {
  const taskCol = b.columns.indexOf("task");
  return b.lines.map((l) => {
    const texts = taskCol < 0 ? [] : l.cells[taskCol]!;
    return texts.length ? endsSentence(texts[texts.length - 1]!) : null;
  });
}

/** Least and most lines ending a sentence per task for a table's tasks to be taken as ending theirs. */
const SENTENCE_ENDS_PER_TASK: readonly [number, number] = [0.75, 1.25];

/**
 * Do the table's tasks end their sentences: about one task line per row ends one (`。`)? Then a
 * row's task ends on such a line, and the cut uses it.
 */
function tasksEndSentences(blocks: readonly Block[]): boolean {
  let rows = 0;
  let ends = 0;
  for (const b of blocks) {
    rows += b.lines.filter((l) => l.anchor).length;
    ends += taskEnds(b).filter((e) => e === true).length;
  }
  return rows > 0 && ends >= SENTENCE_ENDS_PER_TASK[0] * rows && ends <= SENTENCE_ENDS_PER_TASK[1] * rows;
}

/**
 * Where the text says where each row's task starts (`BodyLine.taskStart`), per 序号 line its task's first and last
 * line (the last line holding task text before the next task starts), and the lines above the first task down to the
 * last that holds task text (the task of the row before a page break, carried over it). Null where the starts do not
 * pair one to one with the 序号 lines (each start at or above its 序号 line, after the 序号 line before).
 */
export function knownTaskSpans(b: { lines: ReadonlyArray<{ cells: readonly (readonly string[])[]; anchor: boolean; taskStart?: boolean }>; columns: readonly CanonicalField[] }): { spans: Array<[number, number]>; lead: number } | null {
  const c = b.columns.indexOf("task");
  const starts = b.lines.flatMap((l, i) => (l.taskStart ? [i] : []));
  const anchors = b.lines.flatMap((l, i) => (l.anchor ? [i] : []));
  if (c < 0 || !starts.length || starts.length !== anchors.length) return null;
  if (anchors.some((a, k) => starts[k]! > a || (k > 0 && starts[k]! <= anchors[k - 1]!))) return null;
  const holds = (i: number) => (b.lines[i]!.cells[c]?.length ?? 0) > 0;
  const spans = starts.map((s, k): [number, number] => {
    let last = s;
    for (let i = s; i < (starts[k + 1] ?? b.lines.length); i++) if (holds(i)) last = i;
    return [s, last];
  });
  let lead = 0;
  for (let i = 0; i < starts[0]!; i++) if (holds(i)) lead = i + 1;
  return { spans, lead };
}

const cutInput = (b: Block, sentences = false, names = false, taskCentred = false, merged: ReadonlySet<CanonicalField> = new Set()): CutInput => ({
  ...knownSpans(b),
  occupied: b.lines.map((l) => l.cells.map((c, k) => c.length > 0 && !merged.has(b.columns[k]!))),
  anchors: b.lines.flatMap((l, i) => (l.anchor ? [i] : [])),
  afterBreak: b.afterBreak,
  beforeBreak: b.beforeBreak,
  ...(sentences ? { taskEnds: taskEnds(b) } : {}),
  ...(names ? { names: b.lines.map((l) => lineNames(l, b.columns)), nameCuts: nameCutsOf(b) } : {}),
  ...(names && pairedColumns(b.columns) ? { pairs: b.lines.map((l) => linePairs(l, pairedColumns(b.columns)!)) } : {}),
  ...(names && taskCentred && b.columns.includes("task") ? { taskColumn: b.columns.indexOf("task") } : {}),
  ...labelOpens(b),
});

/** How many pieces of names the unit columns of lines [from, to] of a block hold (see `CutInput.nameCuts`), remembered per range. */
function nameCutsOf(b: Block): (from: number, to: number) => number {
  const known = nameCutsCache.get(b);
  if (known) return known;
  const count = countNameCuts(b);
  nameCutsCache.set(b, count);
  return count;
}
/** one count per block, shared by every cut of it (each alignment, each centre) */
const nameCutsCache = new WeakMap<Block, (from: number, to: number) => number>();

function countNameCuts(b: Block): (from: number, to: number) => number {
  const columns = b.columns.flatMap((f, c) => (UNIT_COLUMNS.has(f) ? [c] : []));
  const memo = new Map<string, number>();
  return (from, to) => {
    const key = `${from}:${to}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let bad = 0;
    for (const c of columns) {
      const texts = b.lines.slice(from, to + 1).flatMap((l) => (l.cells[c] ?? []).filter((t) => t.trim() !== ""));
      if (texts.length) bad += cellNames(texts.map((text) => ({ text, ...lineHint(text, b.widths?.[c]) })), "unit").bad;
    }
    memo.set(key, bad);
    return bad;
  };
}

/** at least this many of a unit column's lines open with a role label for its cells to be read as label cells */
const MIN_LABEL_LINES = 2;

/** The block's label column (a unit column whose cells open with role labels, see `CutInput.cellOpens`), per line. */
function labelOpens(b: Block): Pick<CutInput, "cellOpens"> {
  const text = (l: Block["lines"][number], k: number) => (l.cells[k] ?? []).join("");
  const k = b.columns.findIndex((f, k) => (f === "leadUnits" || f === "units" || f === "coUnits") && b.lines.filter((l) => opensWithRoleLabel(text(l, k))).length >= MIN_LABEL_LINES);
  if (k < 0) return {};
  // (a cell opens with the label the column's first cell opens with, `牵头单位：X`: a later label, `配合单位：Y`,
  // `责任领导：W`, goes on the cell)
  const field = (t: string) => (opensWithRoleLabel(t) ? scanLabels(t.trim())[0]!.field : null);
  const first = b.lines.map((l) => field(text(l, k))).find((f) => f !== null);
  return { cellOpens: b.lines.map((l) => (text(l, k).trim() ? field(text(l, k)) === first : null)) };
}

const knownSpans = (b: Block): Pick<CutInput, "taskSpans" | "taskLead"> => {
  const known = knownTaskSpans(b);
  return known ? { taskSpans: known.spans, taskLead: known.lead } : {};
};

/** The most lines of text per 序号 a people column may print and be read as merged. */
const MAX_MERGED_LINES = 0.5;

/**
 * People columns merged over several rows (`分管领导` printed once per 2–5 tasks): over the whole
 * table, the column prints at most MAX_MERGED_LINES lines of text per 序号. A merged
 * cell is centred on its span, not on any row, so its text says nothing of where a row ends and is
 * left out of the cut (it still goes to the row whose lines hold it, and is checked as merged later).
 * A column with a name beside most rows, or a unit column (a task may have no 配合单位), stays in.
 */
export function mergedPeopleColumns(blocks: ReadonlyArray<{ lines: ReadonlyArray<{ cells: readonly (readonly string[])[]; anchor: boolean }>; columns: readonly CanonicalField[] }>): Set<CanonicalField> {
  const out = new Set<CanonicalField>();
  for (const f of PERSON_COLUMNS) {
    let anchors = 0;
    let lines = 0;
    for (const b of blocks) {
      const c = b.columns.indexOf(f);
      if (c < 0) continue;
      for (const l of b.lines) {
        if (l.anchor) anchors++;
        if ((l.cells[c]?.length ?? 0) > 0) lines++;
      }
    }
    if (anchors >= MIN_MERGED_ROWS && lines > 0 && lines <= MAX_MERGED_LINES * anchors) out.add(f);
  }
  return out;
}

/** Rows a table needs for a sparse people column to be read as merged. */
const MIN_MERGED_ROWS = 4;

/** The people column paired with a unit column: 责任领导/责任人 and the unit column nearest left of it. */
export function pairedColumns(columns: readonly CanonicalField[]): [number, number] | null {
  const people = columns.indexOf("leaders");
  if (people < 0) return null;
  for (let c = people - 1; c >= 0; c--) if (UNIT_COLUMNS.has(columns[c]!)) return [c, people];
  return null;
}

/** A line's count of whole unit names, pieces of wrapped ones, and people in a pair of columns. */
export function linePairs(l: { cells: readonly (readonly string[])[] }, [u, p]: [number, number]): { units: number; pieces: number; people: number } {
  const clean = (t: string) => t.normalize("NFKC").replace(/\s+/g, "");
  const unitTexts = (l.cells[u] ?? []).map(clean);
  const units = unitTexts.filter(isWholeName).length;
  return { units, pieces: unitTexts.length - units, people: (l.cells[p] ?? []).map(clean).filter(isWholeName).length };
}

/** Shortest unit name taken as whole (`委会`, `办）` end wrapped names). */
const MIN_WHOLE_UNIT = 3;

/** A line of a responsibility cell that is one whole name: a person, or a unit or role with no list punctuation. */
const isWholeName = (t: string): boolean =>
  !/[、，,；;]/.test(t) && (isPersonName(t) || ([...t].length >= MIN_WHOLE_UNIT && isComplete(t, "any") && !isBareTail(t)));

/**
 * The whole names a line's responsibility cells hold, tagged with their column (`3:区发改局`): a
 * piece of a wrapped name (`委会`, `长、街道`) is no whole name and may recur in a row.
 */
export function lineNames(l: { cells: readonly (readonly string[])[] }, columns: readonly CanonicalField[]): string[] {
  return l.cells.flatMap((texts, c) =>
    isResponsibilityField(columns[c] ?? "other")
      ? texts.map((t) => t.normalize("NFKC").replace(/\s+/g, "")).filter(isWholeName).map((t) => `${c}:${t}`)
      : [],
  );
}

const UNIT_COLUMNS: ReadonlySet<CanonicalField> = new Set(["leadUnits", "units", "coUnits"]);

/**
 * The lines [from, to] of a block as one grid row: each column's texts top to bottom; a unit
 * column's lines say whether they filled the cell's width or stopped short of it.
 */
function linesToRow(b: Block, from: number, to: number, anchor: number | null, task?: readonly number[]): GridRow {
  const lines = b.lines;
  const span = lines.slice(from, to + 1);
  const n = span[0]!.cells.length;
  const taskCol = task ? b.columns.indexOf("task") : -1;
  const hinted = (c: number) => (UNIT_COLUMNS.has(b.columns[c]!) ? b.widths?.[c] : undefined);
  const cells = Array.from({ length: n }, (_, c) => ({
    lines: (c === taskCol ? task!.map((i) => lines[i]!) : span).flatMap((l) => l.cells[c]!.filter((text) => text !== "").map((text) => ({ text, ...lineHint(text, hinted(c)) }))),
  }));
  b.columns.forEach((f, c) => {
    if (PERSON_COLUMNS.has(f)) cells[c]!.lines = joinWrappedTitles(cells[c]!.lines.map((l) => l.text)).map((text) => ({ text }));
  });
  if (anchor !== null) {
    // the 序号 first in its cell (text above it in the same column goes after)
    const a = lines[anchor]!;
    const seqCol = a.cells.findIndex((c) => c.some((t) => seqCellOf(t) !== null || SEQ_GLUED.test(t)));
    if (seqCol >= 0) {
      const own = a.cells[seqCol]!.find((t) => seqCellOf(t) !== null || SEQ_GLUED.test(t))!;
      const rest = cells[seqCol]!.lines.filter((x) => x.text !== own);
      cells[seqCol]!.lines = [{ text: own }, ...rest];
    }
  }
  const at = lines[anchor ?? from]!.source;
  return { cells, ...located(at) };
}

/** The most lines a person's title wrapped inside its brackets runs on below its name (`刘志宏（管` `委会副主` `任）`). */
const MAX_TITLE_LINES = 3;

/**
 * A people column's text with a person's title wrapped inside its brackets gathered on the name's line: the lines
 * below that go on with it (the next text of the column, within MAX_TITLE_LINES lines, until the bracket closes)
 * join it. A merged cell printed at the boundary of two rows (`郑文涛（副县` beside one row, `长）` beside the next)
 * then stays one person, whichever row the cut gives the line to. Text after which no bracket is left open stays.
 */
export function joinTitlesOverLines<B extends { lines: Array<{ cells: string[][] }>; columns: readonly CanonicalField[] }>(b: B): B {
  const lines = b.lines.map((l) => ({ ...l, cells: l.cells.map((c) => [...c]) }));
  b.columns.forEach((f, c) => {
    if (!PERSON_COLUMNS.has(f)) return;
    for (let i = 0; i < lines.length; i++) {
      const own = lines[i]!.cells[c]!;
      // the window runs on from each line joined
      for (let j = i + 1, last = i; j <= last + MAX_TITLE_LINES && j < lines.length && own.length && OPEN_BRACKET.test(own.at(-1)!); j++) {
        const next = lines[j]!.cells[c]!;
        if (!next.length || next[0] === "") continue;
        // a bracket opened anew is another person's title, not this one's rest
        if (/[（(]/.test(next[0]!)) break;
        // the line keeps an empty mark where the text was: the cell's extent (where a merged cell is centred) stays
        own[own.length - 1] = own.at(-1)! + next[0]!.trim();
        next[0] = "";
        last = j;
      }
    }
  });
  return { ...b, lines };
}

/** An opening bracket not closed after it. */
const OPEN_BRACKET = /[（(][^）)]*$/;

/**
 * A people cell's lines with a person's title wrapped inside its brackets joined into one line (`陈 岚（党` and
 * `工委委员）` → `陈 岚（党工委委员）`), so the person (padded or not) is read whole. Lines with no bracket left
 * open stay as they are.
 */
export function joinWrappedTitles(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    const last = out.at(-1);
    if (last !== undefined && OPEN_BRACKET.test(last)) out[out.length - 1] = last + t.trim();
    else out.push(t);
  }
  return out;
}

const MISFIT: ReviewReason = {
  code: "ROW_SHAPE_UNEXPECTED",
  message: "按文字位置还原的表格（如 pdftotext -layout 文本）中，这一项的单元格没有按表格的对齐方式围绕序号排列（可能有合并单元格、跨页或错位的文字），各列内容是推断的，请对照原件核对。",
};

const UNCUT: ReviewReason = {
  code: "CELL_BOUNDARY_GUESSED",
  message: "按文字位置还原的表格中，这一项有一行文字越过了下一列的起点，中间只隔一个空格，无法确定两列的分界，请对照原件核对任务文字和单位。",
};

const TASK_CUT: ReviewReason = {
  code: "TASK_TEXT_CUT",
  message: "按文字位置还原的表格中，这一项的任务文字没有以句末标点结束，可能有一部分被归入了相邻一项（单元格垂直居中或跨页），请对照原件核对。",
};

const MERGED: ReviewReason = {
  code: "MERGED_SPAN_GUESSED",
  message: "按文字位置还原的表格中，这一项或相邻一项没有自己的责任单位（合并单元格），而合并单元格的文字印在它所跨各行的中间，跨了哪几行无法从文本确定，请对照原件核对责任单位和人员。",
};

const SECTION: ReviewReason = {
  code: "SECTION_SPAN_GUESSED",
  message: "按文字位置还原的表格中，“项目”列的合并单元格印在它所跨各行的中间，文字还可能与任务文字交错，这一项所属的章节是推断的，请对照原件核对章节和任务文字。",
};

const UNRELIABLE: ReviewReason = {
  code: "LAYOUT_TEXT_UNRELIABLE",
  message: "这份按文字位置排版的文本（如 pdftotext -layout）中，多数行的单元格没有围绕序号整齐排列，表格结构已大部分丢失，各项内容都是推断的，请对照原件逐项核对。",
};

/** When more than this share of a table's rows do not fit its alignment, no row of it is vouched for. */
const MAX_MISFIT_SHARE = 0.3;

const BY_ORDER: ReviewReason = {
  code: "COLUMNS_BY_ORDER",
  message: "按文字位置还原的表格（如 pdftotext -layout 文本）中，各列文字紧挨着印出，位置随左边文字的长短移动：这一项有几格是按文字在行中的先后次序归栏的，请对照原件核对各列内容。",
};

const BY_NAMES: ReviewReason = {
  code: "COLUMNS_BY_NAMES",
  message: "按文字位置还原的表格（如 pdftotext -layout 文本）中，各列文字的位置逐行漂移，按位置切分会把单位名或人名切断：这一项有几段文字是按能否拼成完整的单位名、人名归栏的，请对照原件核对各列内容。",
};

const DOUBT: ReviewReason = {
  code: "ROW_EXTENT_GUESSED",
  message: "按文字位置还原的表格（如 pdftotext -layout 文本）中，这一项与相邻一项之间的文字归属无法从文本确定（单元格垂直居中或跨页），已按最可能的一项归入，请对照原件核对。",
};

/** A row for placing merged cells: its cells, and where it and its responsibility text are printed. */
export interface MergeRow {
  row: GridRow;
  columns: CanonicalField[];
  /** source lines of the row, of its responsibility text (absent when it has none), its page part */
  geometry?: { from: number; to: number; resp?: [number, number]; page: number; cols?: Array<[number, number] | undefined> };
}

/**
 * Centred merged cells placed by centring: the rows of a table are cut into spans, one per row that
 * holds responsibility text (its block), each span holding its block's row, so that every block
 * sits as near the middle of its span's lines (on the page part where it is printed) as can be. A
 * block whose span starts above its row moves to the span's first row (the rows below inherit it).
 * Returns the rows whose span the text cannot vouch for: the spans either side of an end that another
 * end explains within SPAN_AMBIGUITY lines, and spans of several rows that cross a page break or start
 * a page (a merged cell cut by a page break may have begun on the page before).
 */
export function centredSpans(rows: ReadonlyArray<MergeRow>): number[] {
  const out = new Set<number>();
  for (let r0 = 0; r0 < rows.length; ) {
    let r1 = r0;
    while (r1 + 1 < rows.length && rows[r1 + 1]!.columns === rows[r0]!.columns) r1++;
    if (rows[r0]!.columns.some(isResponsibilityField)) for (const k of centreRun(rows, r0, r1)) out.add(k);
    r0 = r1 + 1;
  }
  return [...out];
}

/** Another span end whose total cost is within this (in lines) of the best: the centring cannot decide. */
const SPAN_AMBIGUITY = 1;

/** One table's rows [r0, r1]: see `centredSpans`. */
function centreRun(rows: ReadonlyArray<MergeRow>, r0: number, r1: number): number[] {
  const blocks: number[] = [];
  for (let k = r0; k <= r1; k++) if (ownsResponsibility(rows[k]!) && rows[k]!.geometry!.resp) blocks.push(k);
  if (!blocks.length) return [];
  const cost = (j: number, a: number, b: number): number => {
    const g = rows[j]!.geometry!;
    const onPage = [];
    for (let k = a; k <= b; k++) if (rows[k]!.geometry!.page === g.page) onPage.push(rows[k]!.geometry!);
    const mid = (onPage[0]!.from + onPage.at(-1)!.to) / 2;
    return Math.abs((g.resp![0] + g.resp![1]) / 2 - mid);
  };
  // best[i]: span end of block i → least cost of blocks 0..i; from[i]: its span start
  const n = blocks.length;
  const ends = (i: number) => (i + 1 < n ? range(blocks[i]!, blocks[i + 1]! - 1) : [r1]);
  let prev = new Map<number, { cost: number; start: number; back: number }>();
  const tables: Array<Map<number, { cost: number; start: number; back: number }>> = [];
  for (let i = 0; i < n; i++) {
    const cur = new Map<number, { cost: number; start: number; back: number }>();
    const starts = i === 0 ? [{ start: r0, before: 0, back: -1 }] : [...prev].map(([e, v]) => ({ start: e + 1, before: v.cost, back: e }));
    for (const b of ends(i))
      for (const s of starts) {
        if (s.start > blocks[i]!) continue;
        const c = s.before + cost(blocks[i]!, s.start, b);
        if (!cur.has(b) || c < cur.get(b)!.cost) cur.set(b, { cost: c, start: s.start, back: s.back });
      }
    tables.push(cur);
    prev = cur;
  }
  // backward: after[i] maps an end of block i's span to the least cost of the blocks after it
  const after: Array<Map<number, number>> = new Array(n);
  after[n - 1] = new Map([[r1, 0]]);
  for (let i = n - 2; i >= 0; i--) {
    const a = new Map<number, number>();
    for (const e of ends(i)) a.set(e, minOf(ends(i + 1).map((e2) => cost(blocks[i + 1]!, e + 1, e2) + after[i + 1]!.get(e2)!)));
    after[i] = a;
  }
  const best = tables[n - 1]!.get(r1)!.cost;
  const spans: Array<[number, number]> = new Array(n);
  let end = r1;
  for (let i = n - 1; i >= 0; i--) {
    const v = tables[i]!.get(end)!;
    spans[i] = [v.start, end];
    end = v.back;
  }
  // a span's end that another end explains about as well: the spans either side of it are a guess
  const doubtful = new Set<number>();
  for (let i = 0; i + 1 < n; i++)
    for (const e of ends(i))
      if (e !== spans[i]![1] && tables[i]!.get(e)!.cost + after[i]!.get(e)! < best + SPAN_AMBIGUITY) {
        doubtful.add(i);
        doubtful.add(i + 1);
      }
  const out: number[] = [];
  end = r1;
  for (let i = n - 1; i >= 0; i--) {
    const v = tables[i]!.get(end)!;
    const j = blocks[i]!;
    if (v.start < j) {
      const from = rows[j]!.row;
      const to = rows[v.start]!.row;
      rows[j]!.columns.forEach((f, c) => {
        if (!isResponsibilityField(f) || !from.cells[c] || !to.cells[c]) return;
        to.cells[c]!.lines = from.cells[c]!.lines;
        from.cells[c]!.lines = [];
      });
    }
    // a span of several rows is a guess unless its ends are clear and it lies on one page, not
    // starting a page (a merged cell cut by the page break is printed on the page it starts on)
    const page = (k: number) => rows[k]!.geometry!.page;
    const onePage = page(v.start) === page(end) && (v.start === 0 || page(v.start - 1) === page(v.start));
    if ((end > v.start && !onePage) || doubtful.has(i)) for (let k = v.start; k <= end; k++) out.push(k);
    end = v.back;
  }
  return out;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

const ownsResponsibility = (r: { row: GridRow; columns: CanonicalField[] }): boolean =>
  r.columns.some((f, c) => isResponsibilityField(f) && (r.row.cells[c]?.lines.length ?? 0) > 0);

/**
 * Rows without responsibility cells share a merged cell with a neighbour. Top-aligned, the merged
 * cell is printed beside the first row of its span (the row above the empty ones), which the
 * text decides. Centred, it is printed in the middle of its span, so a block right after a run of
 * empty rows is moved up to the first of them (the rows below then inherit it); the span is a
 * guess: returns the rows involved (empty rows and the row that held the block). Top-aligned with
 * cells a line off their rows (`loose`: a browser centres cells), the span is a guess too: the
 * empty rows and the rows either side of them are returned.
 */
export function mergedSpans(rows: ReadonlyArray<MergeRow>, alignment: Alignment, loose = false): number[] {
  if (alignment === "centred" && rows.length && rows.every((r) => r.geometry)) return centredSpans(rows);
  const out = new Set<number>();
  for (let k = 0; k < rows.length; ) {
    if (ownsResponsibility(rows[k]!) || !rows[k]!.columns.some(isResponsibilityField)) {
      k++;
      continue;
    }
    let end = k;
    while (end + 1 < rows.length && !ownsResponsibility(rows[end + 1]!)) end++;
    const below = end + 1 < rows.length && rows[end + 1]!.columns === rows[k]!.columns ? end + 1 : -1;
    if (alignment === "centred" && below >= 0) {
      const from = rows[below]!.row;
      const to = rows[k]!.row;
      rows[k]!.columns.forEach((f, c) => {
        if (!isResponsibilityField(f) || !from.cells[c] || !to.cells[c]) return;
        to.cells[c]!.lines = from.cells[c]!.lines;
        from.cells[c]!.lines = [];
      });
      out.add(below);
      for (let j = k; j <= end; j++) out.add(j);
      // empty rows after the block's row are the rest of the same span
      for (k = below + 1; k < rows.length && !ownsResponsibility(rows[k]!); k++) out.add(k);
      continue;
    }
    // top-aligned, the merged cell is printed beside the first row of its span: the text decides,
    // unless the cells sit a line off their rows (a browser centres them): the block beside the row
    // above may as well be printed mid-span of a cell the rows below share
    if (loose) for (let j = Math.max(0, k - 1); j <= end + 1 && j < rows.length; j++) out.add(j);
    k = end + 1;
  }
  return [...out];
}

const SHARED: ReviewReason = {
  code: "MERGED_CELL_SHARED",
  message: "按文字位置还原的表格中，这一项的人员一栏没有自己的文字；原表该栏应是跨几行的合并单元格，已按文字位置填入相邻一项的人员（跨了哪几行无法从文本确定），请对照原件核对。",
};

const SHARED_EMPTY: ReviewReason = {
  code: "MERGED_CELL_EMPTY",
  message: "按文字位置还原的表格中，这一项的人员一栏为空，而该栏多为跨几行的合并单元格；这一项属于哪个合并单元格无法从文本确定，请对照原件核对。",
};

/** The most lines between two names' text for them to be one merged cell's list of people. */
const MAX_LIST_GAP = 2;

/** Are two rows' names in column c printed one right under the other (at most MAX_LIST_GAP lines between)? */
function namesAdjoin(a: MergeRow, b: MergeRow, c: number): boolean {
  const x = a.geometry?.cols?.[c];
  const y = b.geometry?.cols?.[c];
  if (!x || !y || a.geometry!.page !== b.geometry!.page) return false;
  return Math.max(x[0], y[0]) - Math.min(x[1], y[1]) - 1 <= MAX_LIST_GAP;
}

const CONTESTED: ReviewReason = {
  code: "MERGED_CELL_CONTESTED",
  message: "按文字位置还原的表格中，这一项人员一栏的姓名印在跨几行的合并单元格里，与相邻一项的姓名争同几行：合并单元格可能同时列有几位人员，这一项应有哪些人员无法从文本确定，请对照原件核对。",
};

/** The largest share of rows with a name of their own in a people column read as merged. */
const MAX_SHARED_HOLDERS = 0.5;
/** How far (in lines) a name may sit from the middle of the rows it is taken to span. */
const SHARED_CENTRE_SLACK = 1;

/**
 * A people column merged over rows that keep their own units (`分管领导` over 2–5 tasks): Word
 * prints the merged cell's name once, vertically centred in its span, and the other rows' cells
 * show nothing. In a table read as centred whose column gives at most MAX_SHARED_HOLDERS of the
 * rows (with responsibility text) a name of their own — so merged cells are the column's rule — a name whose row has empty cells in that column around
 * it spans the largest run of rows — its own and empty neighbours on the same page, with their own
 * responsibility text, no heading between — whose middle it sits in (within SHARED_CENTRE_SLACK
 * lines); the empty rows of that run take the name. Returns those rows (`filled`: the span is read
 * from positions, which the text cannot vouch for, each gets a review entry) and the rows the
 * column still leaves empty (`empty`: flagged, as their merged cell is not found). Two runs of one size both
 * centred on the name, or two names claiming a row, fill nothing; a name level with its own row
 * only (a task that has no 分管领导 next to it), a top-aligned table, and unit columns (a task may have
 * no 配合单位) are left as they are. In a column that names most rows (MIN_MOSTLY_HOLDERS), an empty row is flagged
 * when a neighbour's name is printed off that neighbour's 序号 line towards it, or when the neighbour has an empty row
 * on its other side too (a cell merged over the three, centred on the middle one).
 */
export function mergedPeople(rows: ReadonlyArray<MergeRow>, alignment: Alignment, headingBefore: ReadonlySet<number> = new Set()): { filled: number[]; empty: number[]; contested: number[] } {
  if (alignment !== "centred" || !rows.every((r) => r.geometry)) return { filled: [], empty: [], contested: [] };
  const claims = new Map<string, number | null>();
  const contested = new Set<number>();
  // a column merged over two rows or more gives at most half the rows a name of their own
  const merged = new Set<CanonicalField>();
  for (const f of PERSON_COLUMNS) {
    const own = rows.filter((r) => r.columns.includes(f) && ownsResponsibility(r));
    if (own.filter((r) => holdsIn(r, r.columns.indexOf(f))).length <= MAX_SHARED_HOLDERS * own.length) merged.add(f);
  }
  rows.forEach((r, j) =>
    r.columns.forEach((f, c) => {
      if (!merged.has(f) || !holdsIn(r, c)) return;
      const g = r.geometry!;
      const at = g.cols?.[c] ?? [g.from, g.to];
      const centre = (at[0] + at[1]) / 2;
      // a neighbour the span may take: same table and page, its own responsibility text, nothing in this column
      const open = (k: number, edge: number) =>
        k >= 0 && k < rows.length && rows[k]!.columns === r.columns && rows[k]!.geometry!.page === g.page && !headingBefore.has(edge) && !holdsIn(rows[k]!, c) && ownsResponsibility(rows[k]!);
      let lo = j;
      while (open(lo - 1, lo)) lo--;
      let hi = j;
      while (open(hi + 1, hi + 1)) hi++;
      let best: [number, number] | null = null;
      let tie = false;
      for (let a = lo; a <= j; a++)
        for (let b = j; b <= hi; b++) {
          if (Math.abs((rows[a]!.geometry!.from + rows[b]!.geometry!.to) / 2 - centre) > SHARED_CENTRE_SLACK) continue;
          const size = b - a;
          if (!best || size > best[1] - best[0]) [best, tie] = [[a, b], false];
          else if (size === best[1] - best[0]) tie = true;
        }
      if (!best || tie) return;
      for (let k = best[0]; k <= best[1]; k++) {
        if (k === j) continue;
        const key = `${k}:${c}`;
        if (claims.has(key)) {
          // two names printed one right under the other claim the row: one merged cell may list both people, each
          // holder's own is in doubt too (names further apart are two cells whose spans the text cannot tell apart)
          const other = claims.get(key);
          if (other !== null && other !== undefined && namesAdjoin(rows[other]!, r, c)) {
            contested.add(other);
            contested.add(j);
          }
        }
        claims.set(key, claims.has(key) ? null : j);
      }
    }),
  );
  const filled: number[] = [];
  for (const [key, j] of claims) {
    if (j === null) continue;
    const [k, c] = key.split(":").map(Number) as [number, number];
    rows[k]!.row.cells[c]!.lines = rows[j]!.row.cells[c]!.lines.map((l) => ({ ...l }));
    filled.push(k);
  }
  // the rows such a column leaves empty: which merged cell holds them the text does not show
  // and, in a column that gives most rows a name of their own, a row left empty: a name centred
  // between two rows (a cell merged over both) went to the other one, or the row has none
  const mostly = new Set<CanonicalField>();
  for (const f of PERSON_COLUMNS) {
    const own = rows.filter((r) => r.columns.includes(f) && ownsResponsibility(r));
    if (!merged.has(f) && own.filter((r) => holdsIn(r, r.columns.indexOf(f))).length >= MIN_MOSTLY_HOLDERS * own.length) mostly.add(f);
  }
  // (a neighbour's name printed off its own 序号 line, towards this row)
  const offLine = (k: number, c: number, r: MergeRow): boolean => {
    const n = rows[k];
    const at = n?.geometry?.cols?.[c];
    if (!n || n.columns !== r.columns || !holdsIn(n, c) || !at || n.row.line === undefined) return false;
    return k < rows.indexOf(r) ? at[1] > n.row.line : at[0] < n.row.line;
  };
  // (a neighbour's name with an empty row on its other side too: one cell merged over the three, centred on the middle one)
  const between = (k: number, c: number, r: MergeRow): boolean =>
    [-1, 1].some((d) => {
      const n = rows[k + d];
      const m = rows[k + 2 * d];
      return n !== undefined && m !== undefined && n.columns === r.columns && m.columns === r.columns && holdsIn(n, c) && !holdsIn(m, c) && ownsResponsibility(m);
    });
  const empty = rows.flatMap((r, k) =>
    ownsResponsibility(r) && r.columns.some((f, c) => r.row.cells[c] && !holdsIn(r, c) && (merged.has(f) || (mostly.has(f) && (offLine(k - 1, c, r) || offLine(k + 1, c, r) || between(k, c, r))))) ? [k] : [],
  );
  return { filled, empty, contested: [...contested] };
}

/** The least share of rows with a name of their own for a people column to name every row. */
const MIN_MOSTLY_HOLDERS = 0.6;

const holdsIn = (r: MergeRow, c: number): boolean => (r.row.cells[c]?.lines.length ?? 0) > 0;

/**
 * pdftotext -layout lays out each page on its own grid, measured from the page's leftmost text: a
 * page after a break that repeats no header and prints none of the table's left columns' text starts
 * further left. When every bare 序号 number of such a page (a line's first text, the number after the
 * last one read) starts left of the 序号 column, the page is moved right by the distance from where the
 * numbers started before it. A page with its own header, or whose numbers stand in the 序号 column, or a
 * table whose 序号 is the first column, stays as printed.
 */
export function shiftedPages(lines: readonly SourceLine[], h: AlignedHeader): SourceLine[] {
  const seqCol = h.columns.indexOf("seq");
  if (seqCol < 1) return [...lines];
  const out = [...lines];
  const bareNumber = (text: string): Segment | null => {
    const first = segments(text, h.metric)[0];
    return first && SEQ_CELL.test(first.text.normalize("NFKC")) && /^[0-9０-９]+$/.test(first.text.normalize("NFKC").trim()) ? first : null;
  };
  let lastStart: number | undefined;
  let lastSeq: number | undefined;
  for (let i = h.index + h.used; i < lines.length; ) {
    let end = i + 1;
    while (end < lines.length && !lines[end]!.text.startsWith("\f")) end++;
    const page = lines.slice(i, end);
    const numbers = page.flatMap((l) => {
      const n = bareNumber(l.text);
      return n ? [{ n, seq: Number(n.text.normalize("NFKC")) }] : [];
    });
    const hasHeader = page.some((_, k) => headerAt(lines, i + k, h.metric) !== null);
    const left = numbers.length > 0 && numbers.every(({ n }) => columnOf(h.bounds, n.start) < seqCol);
    if (i > h.index + h.used && !hasHeader && left && lastStart !== undefined && lastSeq !== undefined && numbers[0]!.seq === lastSeq + 1) {
      const by = lastStart - minOf(numbers.map(({ n }) => n.start));
      if (by > 0) for (let k = i; k < end; k++) out[k] = { ...lines[k]!, text: lines[k]!.text.replace(/^(\f?)/, `$1${" ".repeat(by)}`) };
      lastSeq = numbers.at(-1)!.seq;
    } else {
      const own = numbers.filter(({ n }) => columnOf(h.bounds, n.start) === seqCol);
      if (own.length) {
        lastStart = minOf(own.map(({ n }) => n.start));
        lastSeq = own.at(-1)!.seq;
      }
    }
    i = end;
  }
  return out;
}

/** Lines → grid rows: each body block cut into rows around its 序号 lines; reasons to review by row line. */
export function alignedToGrid(lines: readonly SourceLine[], h: AlignedHeader): GridRow[] {
  return alignedRows(lines, h).rows;
}

export function alignedRows(lines: readonly SourceLine[], h: AlignedHeader, taskStarts?: ReadonlySet<number>): { rows: GridRow[]; review: Map<number, ReviewReason[]> } {
  const asShifted = shiftedPages(lines, h);
  // pages laid on their own grid, the header not printed again: put on one grid
  const regridded = regriddedPages(asShifted, h, (ls, i) => headerAt(ls, i, h.metric));
  const shifted = regridded?.lines ?? asShifted;
  const top = regridded?.h ?? h;
  const unpacked = unpackedColumns(shifted, top, (ls, i) => headerAt(ls, i, top.metric));
  const items = unpacked ? readItems(unpacked.lines, unpacked.h, taskStarts) : readItems(shifted, top, taskStarts);
  const bodyBlocks = items.flatMap((it) => ("block" in it ? [it.block] : []));
  const shapes = bodyBlocks.map((b) => cutInput(b));
  // cleanly top-aligned text: every row starts on its 序号 line, the geometry decides alone
  // and no row of that cut names a unit or person twice in a column (it would hold a neighbour's line)
  const cleanTop = tableAlignment(shapes) === "top" && costPerRow(shapes, "top") <= CLEAN_TOP_COST && !repeatsNames(bodyBlocks, shapes);
  // elsewhere (centred cells, cells a line off) the tasks' sentence ends, where the table has them, help cut the rows
  const sentences = !cleanTop && tasksEndSentences(bodyBlocks);
  // and so does the rule that a row names a unit or person once per column
  // a people column merged over several rows is centred on its span, not on a row: it does not cut rows
  const merged = cleanTop ? new Set<CanonicalField>() : mergedPeopleColumns(bodyBlocks);
  const byAnchor = cleanTop ? shapes : bodyBlocks.map((b) => cutInput(b, sentences, true, false, merged));
  // centred cells: centred on the task's text or on the 序号 line, whichever explains the table better
  const byTask = cleanTop ? shapes : bodyBlocks.map((b) => cutInput(b, sentences, true, true, merged));
  const taskCentred = !cleanTop && costPerRow(byTask, "centred") < costPerRow(byAnchor, "centred");
  // where the tasks end their sentences, a row whose text all lies level with its own task is vouched for
  const vouching = tasksEndSentences(bodyBlocks);
  const vouched = new Set<number>();
  const blocks = taskCentred ? byTask : byAnchor;
  const alignment = tableAlignment(blocks);
  // top-aligned text with cells a line off (a browser's middle-aligned cells): the rows the other reading cuts differently are in doubt
  const loose = alignment === "top" && costPerRow(blocks, "top") > CLEAN_TOP_COST;
  const rows: GridRow[] = [];
  const review = new Map<number, ReviewReason[]>();
  // the task column's width over the whole table, where a page has too few lines to show its own
  const taskWidth = documentTaskWidth(bodyBlocks);
  const flag = (line: number | undefined, reason: ReviewReason = DOUBT) => {
    if (line === undefined) return;
    const list = review.get(line) ?? review.set(line, []).get(line)!;
    if (!list.includes(reason)) list.push(reason);
  };
  const unflag = (line: number, reason: ReviewReason) => {
    const list = review.get(line)?.filter((r) => r !== reason);
    if (list?.length) review.set(line, list);
    else review.delete(line);
  };
  let lastAnchorLine: number | undefined;
  const anchors: Array<number | undefined> = [];
  let misfits = 0;
  const anchorRows: MergeRow[] = [];
  // the 项目 column's pieces and the rows' extents, to place its merged cells once all rows are cut
  const pieces: SectionPiece[] = [];
  const spanRows: SpanRow[] = [];
  let page = 0;
  // rows (by index into anchorRows) before which a heading spanning the table stands: no merged cell crosses it
  const headingBefore = new Set<number>();
  for (const it of items) {
    if ("row" in it) {
      rows.push(it.row);
      const text = it.row.cells[0]?.lines.map((l) => l.text).join("") ?? "";
      if (anchorRows.length && it.row.cells.length <= 2 && headingLevel(text) !== null) headingBefore.add(anchorRows.length);
      continue;
    }
    const b = it.block;
    if (b.afterBreak) page++;
    for (const l of b.lines) pieces.push(...(l.sections ?? []));
    const input = { ...cutInput(b, sentences, !cleanTop, taskCentred, merged), carryCorroborated: b.afterBreak && carryCorroborated(b, anchorRows.at(-1), alignment === "top" && !loose) };
    // centred cells: where the task lines split best into runs centred on their 序号 lines, each row's task is its run
    // (the other columns stay as cut: a merged cell is centred on its span, not on a row)
    // where the text says where each task starts, those are the runs
    const runs = input.taskSpans ? [...input.taskSpans] : alignment === "centred" && b.columns.includes("task") ? centredTaskRuns(input.occupied, input.anchors, b.columns.indexOf("task"), b.afterBreak, b.beforeBreak === true, input.taskEnds) : null;
    const cut = cutBlock(input, alignment);
    const runLines = runs ? taskRunLines(input, cut, runs, b.columns.indexOf("task")) : null;
    const disputed = loose ? disputedRows(input, cut) : new Set<number>();
    // centred on the task's text: rows the reading centred on the 序号 line cuts otherwise rest on that choice
    if (taskCentred && input.anchors.length) {
      const { taskColumn: _t, ...byAnchor } = input;
      for (const k of differingRows(input, cut, cutBlock(byAnchor, alignment))) disputed.add(k);
    }
    // text carried over the break to the row before it, or a doubt about it: that row is not vouched for
    if (lastAnchorLine !== undefined && ((cut.lead > 0 && input.occupied.slice(0, cut.lead).some((l) => l.some(Boolean))) || cut.doubtful.has(-1))) vouched.delete(lastAnchorLine);
    if (cut.lead > 0) {
      rows.push(linesToRow(b, 0, cut.lead - 1, null));
      // the task of the row before the break goes on here and ends its sentence: it was not cut off
      const carried = taskEnds(b).slice(0, cut.lead).filter((e) => e !== null);
      if (carried.at(-1) === true && lastAnchorLine !== undefined) unflag(lastAnchorLine, TASK_CUT);
    }
    // the first lines after a page break may end the row before it, whether or not the cut gave them to it
    if (cut.doubtful.has(-1)) flag(lastAnchorLine);
    // the task column's lines given back to the row whose sentence they finish
    const tasks = input.taskEnds ? taskLines(input.taskEnds, cut.rows) : undefined;
    const failures = vouching && !b.columns.includes("section") ? vouchFailures(vouchInput(b, input, cut.rows, tasks?.lines)) : cut.rows.map(() => "notask" as const);
    const vouch = new Set(failures.flatMap((f, k) => (f === null ? [k] : [])));
    // the first row after a page break not vouched for: the row before the break may go on in it
    if (b.afterBreak && !vouch.has(0) && lastAnchorLine !== undefined) vouched.delete(lastAnchorLine);
    const straddles = (k: number): boolean => alignment === "centred" && straddlingCell(b, cut.rows, input.anchors, k);
    cut.rows.forEach((r, k) => {
      const repaired = repairByNames(b.lines.slice(r.from, r.to + 1), b.columns, (c, text) => ({ text, ...lineHint(text, UNIT_COLUMNS.has(b.columns[c]!) ? b.widths?.[c] : undefined) }));
      const rb = repaired ? { ...b, lines: [...b.lines.slice(0, r.from), ...repaired, ...b.lines.slice(r.to + 1)] } : b;
      const row = linesToRow(rb, r.from, r.to, input.anchors[k]!, runLines ? runLines[k] : tasks?.moved.has(k) ? tasks.lines[k] : undefined);
      if (repaired) flag(row.line, BY_NAMES);
      if (straddles(k) || (k > 0 && straddles(k - 1))) flag(row.line);
      if (vouch.has(k) && row.line !== undefined) vouched.add(row.line);
      rows.push(row);
      if (cut.doubtful.has(k) || disputed.has(k)) flag(row.line);
      if (unpacked && b.lines.slice(r.from, r.to + 1).some((l) => unpacked.guessed.has(l.source.line))) flag(row.line, BY_ORDER);
      if (cut.misfit.has(k)) flag(row.line, MISFIT);
      if (b.lines.slice(r.from, r.to + 1).some((l) => l.uncut)) flag(row.line, UNCUT);
      const task = row.cells[b.columns.indexOf("task")]?.lines ?? [];
      if (task.length && taskLooksCut(task[task.length - 1]!.text, vouching, b.widths?.[b.columns.indexOf("task")] ?? taskWidth)) flag(row.line, TASK_CUT);
      anchors.push(row.line);
      const respLines = range(r.from, r.to).filter((i) => b.lines[i]!.cells.some((c, col) => c.length > 0 && isResponsibilityField(b.columns[col]!)));
      const src = (i: number) => b.lines[i]!.source.line;
      const resp: [number, number] | undefined = respLines.length ? [src(respLines[0]!), src(respLines.at(-1)!)] : undefined;
      const cols = b.columns.map((_, c): [number, number] | undefined => {
        const ls = range(r.from, r.to).filter((i) => b.lines[i]!.cells[c]!.length > 0);
        return ls.length ? [src(ls[0]!), src(ls.at(-1)!)] : undefined;
      });
      anchorRows.push({ row, columns: b.columns, geometry: { from: src(r.from), to: src(r.to), ...(resp ? { resp } : {}), page, cols } });
      spanRows.push({ from: b.lines[r.from]!.source.line, to: b.lines[r.to]!.source.line, page });
      if (cut.misfit.has(k)) misfits++;
    });
    if (input.anchors.length) lastAnchorLine = b.lines[input.anchors[input.anchors.length - 1]!]!.source.line;
  }
  for (const k of mergedSpans(anchorRows, alignment, loose)) flag(anchors[k], MERGED);
  const people = mergedPeople(anchorRows, alignment, headingBefore);
  for (const k of people.filled) flag(anchors[k], SHARED);
  for (const k of people.empty) flag(anchors[k], SHARED_EMPTY);
  for (const k of people.contested) flag(anchors[k], CONTESTED);
  for (const k of placeSections(pieces, spanRows, anchorRows, alignment === "top" && !loose)) flag(anchors[k], SECTION);
  // document-level doubt becomes row-level: most rows fit no alignment, so none is vouched for
  if (misfits > MAX_MISFIT_SHARE * anchors.length) for (const line of anchors) flag(line, UNRELIABLE);
  // a row the text vouches for rests on no guess of its extent or shape
  for (const line of vouched) for (const reason of [UNRELIABLE, MISFIT, DOUBT]) unflag(line, reason);
  return { rows, review };
}

/**
 * A two-line cell centred on a row's one line prints a line above it and a line below it: the line below, cut into
 * the next row as a name alone, may be this row's (`梁书远` | `4 外贸进出口…` | `万书衡`). True for row k when the line
 * right below its 序号 line opens the next row and holds only one responsibility column's text, which row k shows on
 * the line above its 序号 line but not on that line itself.
 */
export function straddlingCell(
  b: { lines: ReadonlyArray<{ cells: readonly (readonly string[])[] }>; columns: readonly CanonicalField[] },
  rows: ReadonlyArray<{ from: number; to: number }>,
  anchors: ReadonlyArray<number | undefined>,
  k: number,
): boolean {
  const a = anchors[k];
  const r = rows[k];
  const next = rows[k + 1];
  if (a === undefined || r === undefined || next === undefined || next.from !== a + 1 || a - 1 < r.from) return false;
  const [above, at, below] = [b.lines[a - 1]!, b.lines[a]!, b.lines[a + 1]!];
  return b.columns.some(
    (f, c) => isResponsibilityField(f) && at.cells[c]!.length === 0 && above.cells[c]!.length > 0 && below.cells[c]!.length > 0 && below.cells.every((cell, cc) => cc === c || cell.length === 0),
  );
}

/**
 * The 项目 column's merged cells, read apart from the rows, each set on the row its span starts at
 * (the rows below keep its path); returns the rows (by index) whose section the text cannot decide.
 */
function placeSections(pieces: readonly SectionPiece[], spans: readonly SpanRow[], rows: ReadonlyArray<{ row: GridRow; columns: CanonicalField[] }>, top: boolean): number[] {
  if (!pieces.length || !rows.length) return [];
  const groups = sectionGroups(sectionBlobs(pieces));
  const found = sectionStarts(groups, spans, top);
  const doubtful = found.doubtful;
  // the 序号 going back to 1 is where a new section's merged cell begins
  const { starts, moved } = snapToRestarts(groups, found.starts, seqRestarts(rows));
  // the rows a moved heading now covers are no longer in doubt between it and the heading before
  for (const g of moved) for (let r = starts[g]!; r < found.starts[g]!; r++) doubtful.delete(r);
  starts.forEach((k, g) => {
    const r = rows[k]!;
    const cell = r.row.cells[r.columns.indexOf("section")];
    if (cell) cell.lines = [...cell.lines, ...textLines(groups[g]!.texts)];
  });
  return [...doubtful];
}

/** Rows (by index) whose 序号 goes back to 1 after a row numbered 1 or more. */
export function seqRestarts(rows: ReadonlyArray<{ row: GridRow; columns: readonly CanonicalField[] }>): number[] {
  const out: number[] = [];
  let last: number | undefined;
  rows.forEach((r, k) => {
    const c = r.columns.indexOf("seq");
    const seq = c < 0 ? undefined : seqOf(r.row.cells[c]?.lines.map((l) => l.text) ?? []);
    if (seq === 1 && last !== undefined && last >= 1) out.push(k);
    if (seq !== undefined) last = seq;
  });
  return out;
}

/**
 * The task column's lines per row from the runs centred on the 序号 lines (`centredTaskRuns`), where
 * they leave the lines the cut carries over a page break to the row before as the cut has them;
 * null where they do not (the runs would move task text into or out of that carried row).
 */
function taskRunLines(input: CutInput, cut: { lead: number }, runs: ReadonlyArray<readonly [number, number]>, c: number): number[][] | null {
  if (c < 0 || !runs.length) return null;
  const holds = (i: number) => input.occupied[i]![c] === true;
  for (let i = 0; i < Math.max(cut.lead, runs[0]![0]); i++) if (holds(i) && i < cut.lead !== i < runs[0]![0]) return null;
  return runs.map(([from, to]) => range(from, to).filter(holds));
}

/** What `vouchFailures` reads of a block cut into rows. */
function vouchInput(b: Block, input: CutInput, rows: ReadonlyArray<{ from: number; to: number }>, taskLines?: ReadonlyArray<readonly number[]>): VouchInput {
  const responsibility = b.columns.map(isResponsibilityField);
  return {
    occupied: input.occupied,
    responsibility,
    taskEnds: taskEnds(b),
    rows,
    foreign: b.lines.map((l) => l.cells.map((texts, c) => responsibility[c]! && texts.some((t) => isForeignText(t, PERSON_COLUMNS.has(b.columns[c]!))))),
    ...(taskLines ? { taskLines } : {}),
  };
}

/** Does the top-aligned cut of any block give a row the same whole name twice in one column? */
function repeatsNames(blocks: readonly Block[], shapes: readonly CutInput[]): boolean {
  return blocks.some((b, i) => {
    if (!shapes[i]!.anchors.length) return false;
    const names = b.lines.map((l) => lineNames(l, b.columns));
    return cutFor(shapes[i]!, "top").rows.some((r) => nameCost(names, r.from, r.to) > 0);
  });
}

/**
 * Text above the first 序号 line after a page break is vouched for as the end of the row before
 * the break when the table is cleanly top-aligned (nothing of a row is printed above its 序号
 * line), or when that row's task stops mid-sentence and the text above finishes one.
 */
function carryCorroborated(b: Block, before: { row: GridRow; columns: CanonicalField[] } | undefined, cleanTop: boolean): boolean {
  if (cleanTop) return true;
  const task = before?.row.cells[before.columns.indexOf("task")]?.lines.at(-1)?.text;
  if (task === undefined || endsSentence(task)) return false;
  const first = b.lines.findIndex((l) => l.anchor);
  const ends = taskEnds(b).slice(0, first < 0 ? b.lines.length : first).filter((e) => e !== null);
  return ends.length > 0 && ends.at(-1) === true;
}

/** Longest text a 序号 column holds that is not a number (`序号`, `合计`). */
const MAX_SEQ_TEXT = 4;

/**
 * A segment starting in the 序号 column that is not a number: longer than any 序号 cell, or
 * sentence punctuation — text before or after the table (a 序号 column holds numbers only).
 */
export function isProseInSeqColumn(s: Segment, h: AlignedHeader): boolean {
  const seqCol = h.columns.indexOf("seq");
  if (seqCol < 0 || columnOf(h.bounds, s.start) !== seqCol) return false;
  return [...s.text].length > MAX_SEQ_TEXT || CLAUSE_PUNCTUATION.test(s.text);
}

/**
 * A lone segment that is no cell's text: a table title (repeated at a page top), or a line running
 * over two or more column boundaries (a heading spanning the table). A cell's text may run a little
 * past the next column's boundary, so one crossing is not enough.
 */
function isCentredAcross(s: Segment, h: AlignedHeader): boolean {
  const first = columnOf(h.bounds, s.start);
  // a task line cut mid-list (`对重大事故隐患实行责任分解、`) is no title
  const title = isTableTitle(s.text) && !/[、，,；;：:]$/.test(s.text.trim());
  return first > 0 && (title || columnOf(h.bounds, Math.max(s.start, s.end - 1)) - first >= 2);
}

/** Longer than this (spaces aside), a section heading read from a position-kept table holds another column's text. */
export const MAX_SECTION_HEADING = 30;

export function alignedToRecords(doc: InputDocument): LayoutResult {
  // a web page printed to PDF: the site's footer below the table is no row's
  const { lines, taskStarts } = alignedLines(articleLines(doc.lines));
  const h = findAlignedHeader(lines);
  if (!h) return { tables: [], records: [], diagnostics: [] };
  const { rows, review } = alignedRows(lines, h, taskStarts);
  const result = gridToRecords(rows, { layout: "aligned" });
  for (const r of result.records) {
    const reasons = r.source.line === undefined ? undefined : review.get(r.source.line);
    if (reasons) r.review = [...(r.review ?? []), ...reasons];
    // a heading longer than any heading: a merged 项目 cell's text read together with task text printed beside it
    if (r.section.some((p) => p.replace(/\s+/g, "").length > MAX_SECTION_HEADING) && !r.review?.includes(SECTION)) r.review = [...(r.review ?? []), SECTION];
  }
  return result;
}

/** (debugging) the blocks of body lines with their first line */
export function alignedBlocks(lines: readonly SourceLine[], h: AlignedHeader): Array<{ line: number; input: CutInput }> {
  return readItems(lines, h).flatMap((it) => ("block" in it ? [{ line: it.block.lines[0]!.source.line, input: cutInput(it.block) }] : []));
}
