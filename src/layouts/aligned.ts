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
import type { CellLine, GridRow, InputDocument, LayoutResult, SourceLine } from "../model/intermediate.js";
import { textLines } from "../table/records.js";
import type { CanonicalField } from "../model/schema.js";
import { mapHeader } from "../table/headers.js";
import { isHeaderCells } from "../table/find.js";
import { gridToRecords } from "../table/segment.js";
import { isTableTitle } from "../table/find.js";
import { MAX_SEQ_DIGITS } from "../table/lexicon.js";
import { detectTextGrid } from "./tsv.js";

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
  /** lines the header takes (2 when a header word wraps onto the next line) */
  used: number;
  metric: Metric;
  headers: string[];
  columns: CanonicalField[];
  /** left boundary of every column (the first is -Infinity) */
  bounds: number[];
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
const MAX_HEADER_WRAP = 6;

function headerAt(lines: readonly SourceLine[], i: number, metric: Metric): AlignedHeader | null {
  const words = segments(lines[i]!.text, metric);
  if (words.length < 3) return null;
  const texts = words.map((w) => w.text.replace(/\s+/g, ""));
  if (!isHeaderCells(texts)) return null;
  const h: AlignedHeader = { index: i, used: 1, metric, headers: texts, columns: texts.map(mapHeader), bounds: boundsOf(words) };
  return wrappedHeader(lines, h) ?? h;
}

/**
 * Header words wrapped onto the next line (`分管县` over `领导`): short pieces
 * under header words, no 序号, that turn words naming no field into words that do.
 */
function wrappedHeader(lines: readonly SourceLine[], h: AlignedHeader): AlignedHeader | null {
  const next = lines[h.index + 1];
  if (!next || !next.text.trim() || SEQ_START.test(next.text)) return null;
  const pieces = segments(next.text, h.metric);
  if (!pieces.every((p) => p.text.length <= MAX_HEADER_WRAP && !/[，,。；;：:]/.test(p.text))) return null;
  const texts = [...h.headers];
  const touched = new Set<number>();
  for (const p of pieces) {
    const col = columnOf(h.bounds, p.start);
    if (touched.has(col)) return null;
    touched.add(col);
    texts[col] = texts[col]! + p.text.replace(/\s+/g, "");
  }
  const columns = texts.map(mapHeader);
  const completes = [...touched].every((c) => columns[c] !== "other") && [...touched].some((c) => h.columns[c] === "other" || h.columns[c] !== columns[c]);
  return completes ? { ...h, used: 2, headers: texts, columns } : null;
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

/** Does the aligned layout fit: a header cut by space runs and numbered rows cut the same way? */
export function detectAligned(doc: InputDocument): boolean {
  if (doc.source.format !== "txt" || detectTextGrid(doc.lines)) return false;
  const h = findAlignedHeader(doc.lines);
  if (!h) return false;
  let rows = 0;
  for (let i = h.index + 1; i < doc.lines.length && rows < MIN_ROWS_TO_DETECT; i++) {
    const text = doc.lines[i]!.text;
    if (SEQ_START.test(text) && segments(text, h.metric).length >= 2) rows++;
  }
  return rows >= MIN_ROWS_TO_DETECT;
}

/** Lines → grid rows, each segment in the column its start falls in. */
export function alignedToGrid(lines: readonly SourceLine[], h: AlignedHeader): GridRow[] {
  const rows: GridRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.text.trim()) continue;
    if (i < h.index) {
      // the cover letter and titles: one cell, as the grid stage expects text before a table
      rows.push({ cells: [{ lines: textLines([l.text.trim()]) }], line: l.line, ...(l.page ? { page: l.page } : {}) });
      continue;
    }
    const segs = segments(l.text, h.metric);
    const cells = h.headers.map(() => ({ lines: [] as CellLine[] }));
    // a repeated header is written as the header itself, so the grid stage recognises it
    const header = headerAt(lines, i, h.metric);
    if (header) {
      rows.push({ cells: header.headers.map((t) => ({ lines: textLines([t]) })), line: l.line });
      i += header.used - 1;
      continue;
    }
    // a lone line (title, page number, heading) that is not inside a column's span stays one cell
    if (segs.length === 1 && isCentredAcross(segs[0]!, h)) {
      rows.push({ cells: [{ lines: textLines([segs[0]!.text]) }, { lines: [] }], line: l.line, ...(l.page ? { page: l.page } : {}) });
      continue;
    }
    const seqCol = Math.max(0, h.columns.indexOf("seq"));
    for (const s of segs) {
      const col = Math.min(columnOf(h.bounds, s.start), cells.length - 1);
      // a 序号 glued to the next cell by one space (`1 地区生产总值…`) is cut off it
      const m = col === seqCol && seqCol + 1 < cells.length ? SEQ_GLUED.exec(s.text) : null;
      if (m) {
        cells[seqCol]!.lines.push({ text: m[1]! });
        cells[seqCol + 1]!.lines.push({ text: m[2]! });
        continue;
      }
      cells[col]!.lines.push({ text: s.text });
    }
    rows.push({ cells, line: l.line, ...(l.page ? { page: l.page } : {}) });
  }
  return rows;
}

/**
 * A lone segment that is no cell's text: a table title (repeated at a page top), or a line running
 * over two or more column boundaries (a heading spanning the table). A cell's text may run a little
 * past the next column's boundary, so one crossing is not enough.
 */
function isCentredAcross(s: Segment, h: AlignedHeader): boolean {
  const first = columnOf(h.bounds, s.start);
  return first > 0 && (isTableTitle(s.text) || columnOf(h.bounds, Math.max(s.start, s.end - 1)) - first >= 2);
}

export function alignedToRecords(doc: InputDocument): LayoutResult {
  const h = findAlignedHeader(doc.lines);
  if (!h) return { tables: [], records: [], diagnostics: [] };
  return gridToRecords(alignedToGrid(doc.lines, h), { layout: "aligned" });
}
