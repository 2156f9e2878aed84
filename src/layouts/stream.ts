/**
 * Stream layout: an unruled PDF table rebuilt from where its text sits.
 * Columns come from the header row's positions and the empty vertical strips
 * between body text; rows start at the 序号 anchors of the number column;
 * a lone line with a heading marker is a section heading row.
 *
 *   findHeader → columnBounds → pageBands → bandsToRows
 */
import { cutGluedRuns, ungluedColumns } from "./streamglued.js";
import type { Box, GridRow, InputDocument, Rule, TextRun } from "../model/intermediate.js";
import { PDF_SETTINGS, type PdfSettings } from "../model/settings.js";
import { mapHeader } from "../table/headers.js";
import { isHeaderCells } from "../table/find.js";
import { cellLines, centre, furnitureRuns, lineText, looseRows, minLine, runLines } from "./pdf-cells.js";
import { headingLevel } from "../table/sections.js";
import { SEQ_CELL, WEB_CHROME_BELOW, isUnitField } from "../table/lexicon.js";
import { maxOf, minOf } from "../arrays.js";
import { centreMergedPeople } from "./streammerged.js";
import { opensWithRoleLabel } from "./list/labels.js";


/** how far (× font size) a header cell's wrapped piece may stand above or below it */
const HEADER_REACH = 0.6;
/** the same for the last one or two characters of a header word wrapped alone (`号`, `领导`): a loose line spacing */
const WIDE_HEADER_REACH = 1;
const WRAPPED_HEADER_END = /^\p{Script=Han}{1,2}$/u;
/** Is the run the end of the header cell's word, wrapped alone: the cell's text names no field, and with the run it does? */
function wrappedHeaderEnd(cell: readonly TextRun[], r: TextRun, s: PdfSettings): boolean {
  if (!WRAPPED_HEADER_END.test(r.text.trim())) return false;
  const text = runLines(cell, s).map((l) => lineText(l, s)).join("");
  return mapHeader(text) === "other" && mapHeader(text + r.text.trim()) !== "other";
}

export interface StreamHeader {
  /** header cells left to right: text and horizontal extent */
  cells: Array<{ text: string; x0: number; x1: number }>;
  top: number;
  bottom: number;
  runs: TextRun[];
}

/**
 * A header: a line whose pieces, with the lines just above and below them
 * (a header wrapped inside its cell), read as a header row.
 */
export function findHeader(runs: readonly TextRun[], s: PdfSettings = PDF_SETTINGS): StreamHeader | null {
  const lines = runLines(runs, s);
  for (const line of lines) {
    if (line.length < 2) continue;
    const size = line[0]!.fontSize;
    const mid = (line[0]!.box[1] + line[0]!.box[3]) / 2;
    const band = runs.filter((r) => Math.abs((r.box[1] + r.box[3]) / 2 - mid) <= 1.2 * size);
    // pieces whose x ranges overlap are one header cell (a wrapped header)
    const sorted = [...band].sort((a, b) => a.box[0] - b.box[0]);
    const groups: TextRun[][] = [];
    for (const r of sorted) {
      const g = groups[groups.length - 1];
      if (g && r.box[0] < maxOf(g.map((x) => x.box[2]))) g.push(r);
      else groups.push([r]);
    }
    // a header wrapped over more lines: take in the pieces stacked right above or below its cell
    for (const g of groups) {
      for (let grown = true; grown; ) {
        grown = false;
        const x0 = minOf(g.map((r) => r.box[0]));
        const x1 = maxOf(g.map((r) => r.box[2]));
        const top = minOf(g.map((r) => r.box[1]));
        const bottom = maxOf(g.map((r) => r.box[3]));
        for (const r of runs) {
          // (a heading row right under the header, `一、扩大有效需求`, is no piece of a header word: no word has a marker)
          if (g.includes(r) || r.box[2] <= x0 || r.box[0] >= x1 || headingLevel(r.text.trim()) !== null) continue;
          // (the last one or two characters of a header word, `编` | `号`, `县级责任` | `领导`, may stand a line's spacing
          // further off: only where they make the word a header, which the cell's text alone is not)
          const reach = (wrappedHeaderEnd(g, r, s) ? WIDE_HEADER_REACH : HEADER_REACH) * size;
          if (r.box[3] >= top - reach && r.box[1] <= bottom + reach) {
            g.push(r);
            band.push(r);
            grown = true;
          }
        }
      }
    }
    const cells = groups.flatMap((g) => splitHeaderRun({
      text: runLines(g, s).map((l) => lineText(l, s)).join(""),
      x0: minOf(g.map((r) => r.box[0])),
      x1: maxOf(g.map((r) => r.box[2])),
    }, g));
    if (cells.length >= 2 && isHeaderCells(cells.map((c) => c.text)))
      return { cells, top: minOf(band.map((r) => r.box[1])), bottom: maxOf(band.map((r) => r.box[3])), runs: band };
  }
  return null;
}

/**
 * Two header words printed as one run (`No. 责任领导`: a browser joins text set close on one line): one cell per
 * word, each given its share of the run's width (a Han character one em, other characters half). Only when the run
 * is a single line and every part is a header word of its own; `责任 单位` (one word padded) stays one cell.
 */
export function splitHeaderRun(cell: { text: string; x0: number; x1: number }, runs: readonly TextRun[]): Array<{ text: string; x0: number; x1: number }> {
  const parts = cell.text.trim().split(/\s+/);
  if (runs.length !== 1 || parts.length < 2 || parts.some((p) => mapHeader(p) === "other")) return [cell];
  const width = (t: string) => [...t].reduce((w, ch) => w + (/\p{Script=Han}|[\u3000-\u303f\uff00-\uffef]/u.test(ch) ? 1 : 0.5), 0);
  const text = runs[0]!.text;
  const total = width(text);
  const em = (cell.x1 - cell.x0) / Math.max(1, total);
  const out: Array<{ text: string; x0: number; x1: number }> = [];
  let at = 0;
  for (const part of parts) {
    const start = text.indexOf(part, at);
    const x0 = cell.x0 + width(text.slice(0, start)) * em;
    out.push({ text: part, x0, x1: x0 + width(part) * em });
    at = start + part.length;
  }
  return out;
}

/**
 * Column boundaries: between two neighbouring headers, the empty strip (no
 * body run covers it) that ends where the next column's text begins; the
 * boundary sits at that end, since cell text starts at the left of its cell
 * and a short page must not cut the longer lines of the next. Failing that,
 * the middle between the two headers.
 */
export function columnBounds(header: StreamHeader, body: readonly TextRun[], s: PdfSettings = PDF_SETTINGS): number[] {
  const bounds: number[] = [-Infinity];
  // a run that covers two headers' centres is a paragraph below the table, not a cell; a heading row
  // (`一、着力扩大有效需求`) spans the table from its left edge and says nothing of where a column starts
  const centres = header.cells.map((c) => (c.x0 + c.x1) / 2);
  body = body.filter((r) => centres.filter((c) => r.box[0] < c && r.box[2] > c).length < 2 && headingLevel(r.text) === null);
  for (let i = 0; i + 1 < header.cells.length; i++) {
    const lo = header.cells[i]!.x1;
    const hi = header.cells[i + 1]!.x0;
    const covering = body
      .map((r) => [Math.max(lo, r.box[0]), Math.min(hi, r.box[2])] as const)
      .filter(([a, b]) => b > a)
      .sort((a, b) => a[0] - b[0]);
    let last: [number, number] | null = null;
    let cursor = lo;
    for (const [a, b] of [...covering, [hi, hi] as const]) {
      if (a - cursor >= s.minColumnGap) last = [cursor, a];
      cursor = Math.max(cursor, b);
    }
    bounds.push(last ? last[1] - s.minColumnGap / 2 : (lo + hi) / 2);
  }
  bounds.push(Infinity);
  return bounds;
}

const columnOf = (x: number, bounds: readonly number[]): number => {
  for (let i = 0; i + 1 < bounds.length; i++) if (x >= bounds[i]! && x < bounds[i + 1]!) return i;
  return bounds.length - 2;
};

/** One page's body lines cut into rows at the 序号 anchors and heading lines. */
export function bandsToRows(
  body: readonly TextRun[],
  bounds: readonly number[],
  seqCol: number,
  page: number,
  s: PdfSettings = PDF_SETTINGS,
  sectionCols: ReadonlySet<number> = new Set(),
  rowCuts: readonly RowCut[] = [],
  /** columns of people (merged cells centred between rows: their lines do not separate rows) */
  peopleCols: ReadonlySet<number> = new Set(),
): { rows: GridRow[]; after: TextRun[] } {
  let lines = runLines(body, s);
  const floats = (line: readonly TextRun[]) => peopleCols.size > 0 && line.every((r) => peopleCols.has(columnOf(centre(r.box)[0], bounds)));
  // text that runs across a column boundary is a paragraph: the table has ended
  const crosses = (r: TextRun) => bounds.some((b) => Number.isFinite(b) && r.box[0] < b - r.fontSize && r.box[2] > b + r.fontSize);
  const end = lines.findIndex((l) => !(l.length === 1 && headingLevel(l[0]!.text) !== null) && l.some(crosses));
  const after = end >= 0 ? lines.slice(end).flat() : [];
  if (end >= 0) lines = lines.slice(0, end);
  const nCols = bounds.length - 1;
  type Band = { lines: TextRun[][]; heading: boolean; slot?: number };
  const bands: Band[] = [];
  let cur: Band = { lines: [], heading: false };
  const isAnchor = (line: TextRun[]) => line.some((r) => columnOf(centre(r.box)[0], bounds) === seqCol && SEQ_CELL.test(r.text.normalize("NFKC")));
  const isHeading = (line: TextRun[]) =>
    line.length === 1 && !isAnchor(line) && headingLevel(line[0]!.text) !== null && columnOf(line[0]!.box[0], bounds) <= seqCol + 1 && !sectionCols.has(columnOf(centre(line[0]!.box)[0], bounds));
  // rules drawn between the rows (a table ruled across only): each row is what lies between two of them
  const ruled = rowCuts.length >= MIN_ROW_RULES;
  const slotOf = (line: TextRun[]) => {
    const y = (minOf(line.map((r) => r.box[1])) + maxOf(line.map((r) => r.box[3]))) / 2;
    return rowCuts.filter((c) => c.y < y).length;
  };
  let slot = -1;
  for (let i = 0; ruled && i < lines.length; i++) {
    const line = lines[i]!;
    if (isHeading(line)) {
      if (cur.lines.length) bands.push(cur);
      bands.push({ lines: [line], heading: true });
      cur = { lines: [], heading: false };
      slot = -1;
      continue;
    }
    const k = slotOf(line);
    if (k !== slot && cur.lines.length) {
      bands.push(cur);
      cur = { lines: [], heading: false };
    }
    slot = k;
    cur.slot = k;
    cur.lines.push(line);
  }
  for (let i = 0; !ruled && i < lines.length; i++) {
    const line = lines[i]!;
    if (isHeading(line)) {
      if (cur.lines.length) bands.push(cur);
      bands.push({ lines: [line], heading: true });
      cur = { lines: [], heading: false };
      continue;
    }
    if (isAnchor(line) && cur.lines.length) {
      // the row starts at the widest gap between this anchor and the previous one (top or middle alignment)
      const prevAnchor = cur.lines.findIndex(isAnchor);
      let cut = cur.lines.length;
      // no row above in this band (the table's or a heading's first row): the lines printed right above the
      // anchor, touching it (a cell of two lines centred on a one-line row), are the row's own
      for (let k = cur.lines.length - 1, below = line; prevAnchor < 0 && k >= 0; k--) {
        if (gapAbove(below, cur.lines[k]!) > s.blockGap * below[0]!.fontSize || cur.lines[k]!.some((r) => columnOf(centre(r.box)[0], bounds) === seqCol)) break;
        cut = k;
        below = cur.lines[k]!;
      }
      if (prevAnchor >= 0) {
        // (a line holding only a merged people cell's name floats between the rows it spans: the gaps are measured
        // between the other lines)
        const solid = [...cur.lines.keys()].filter((k) => k >= prevAnchor && !floats(cur.lines[k]!));
        let bestGap = gapAbove(line, cur.lines[solid.at(-1) ?? cur.lines.length - 1]!);
        for (let j = solid.length - 1; j > 0 && solid[j]! > prevAnchor; j--) {
          const g = gapAbove(cur.lines[solid[j]!]!, cur.lines[solid[j - 1]!]!);
          if (g > bestGap + 0.5) {
            bestGap = g;
            cut = solid[j]!;
          }
        }
      }
      const moved = cur.lines.slice(cut);
      const kept = cur.lines.slice(0, cut);
      if (kept.length) bands.push({ lines: kept, heading: false });
      cur = { lines: [...moved, line], heading: false };
      continue;
    }
    cur.lines.push(line);
  }
  if (cur.lines.length) bands.push(cur);

  // a 项目 cell is taller than its first row (merged over many): its whole block of lines goes
  // to the row where it starts, instead of spilling into the rows beside it
  const bandOf = new Map<TextRun, number>();
  bands.forEach((b, i) => b.lines.flat().forEach((r) => bandOf.set(r, i)));
  const sectionRuns = new Map<number, TextRun[]>();
  for (const c of sectionCols) {
    for (const block of columnBlocks(bands.filter((b) => !b.heading).flatMap((b) => b.lines.flat()).filter((r) => columnOf(centre(r.box)[0], bounds) === c), s)) {
      const at = bandOf.get(block[0]!)!;
      (sectionRuns.get(at) ?? sectionRuns.set(at, []).get(at)!).push(...block);
    }
  }

  // the right end of each column's text: cell padding (on both sides of a boundary) is not room a line left unused
  const textRight = Array.from({ length: nCols }, (_, c) => {
    const xs = bands.filter((b) => !b.heading).flatMap((b) => b.lines.flat()).filter((r) => columnOf(centre(r.box)[0], bounds) === c).map((r) => r.box[2]);
    return xs.length ? maxOf(xs) : Infinity;
  });
  // a cell merged over rows: the rules between those rows stop short of its column (`mergedAcross`)
  const spans = ruled ? mergedSpans(bands, rowCuts, bounds, (r) => columnOf(centre(r.box)[0], bounds)) : new Map<number, Map<number, { runs: TextRun[]; spanned: boolean }>>();
  const rows = bands.map((band, bi): GridRow => {
    const runs = band.lines.flat();
    const box: Box = [minOf(runs.map((r) => r.box[0])), minOf(runs.map((r) => r.box[1])), maxOf(runs.map((r) => r.box[2])), maxOf(runs.map((r) => r.box[3]))];
    const n = minLine(runs);
    const base = { page, bbox: box, ...(n !== undefined ? { line: n } : {}) };
    if (band.heading) return { cells: [{ lines: [{ text: lineText(band.lines[0]!, s) }] }], ...base };
    const cells = Array.from({ length: nCols }, (_, c) => {
      const inColumn = (r: TextRun) => columnOf(centre(r.box)[0], bounds) === c;
      const span = spans.get(bi)?.get(c);
      const mine = span ? span.runs : sectionCols.has(c) ? (sectionRuns.get(bi) ?? []).filter(inColumn) : runs.filter(inColumn);
      const right = Math.min(Number.isFinite(bounds[c + 1]) ? bounds[c + 1]! : box[2], textRight[c]!);
      const top = span ? minOf(mine.map((r) => r.box[1])) : box[1];
      const cellBox: Box = [Number.isFinite(bounds[c]) ? bounds[c]! : box[0], Math.min(top, box[1]), right, Math.max(box[3], maxOf(mine.map((r) => r.box[3])))];
      if (span?.spanned) return { lines: cellLines(mine, cellBox, s), spanned: true };
      // where the text sits (unruled: a merged cell's text is centred in its span, streammerged.ts)
      const at: Box | undefined = mine.length && !ruled ? [minOf(mine.map((r) => r.box[0])), minOf(mine.map((r) => r.box[1])), maxOf(mine.map((r) => r.box[2])), maxOf(mine.map((r) => r.box[3]))] : undefined;
      return at ? { lines: cellLines(mine, cellBox, s), box: at } : { lines: cellLines(mine, cellBox, s) };
    });
    return { cells, ...base };
  });
  return { rows, after };
}

/** A horizontal rule between two rows: where it is, and the stretches of x it is drawn over. */
export interface RowCut {
  y: number;
  spans: Array<[number, number]>;
}

/**
 * The cells merged over rows in a table ruled across only: where the rules between two row bands all stop short of a
 * column, the two rows share that column's cell. Its text (printed once, wherever in the span) goes to the span's first
 * row and, marked merged-down, to every row after it. Keyed by band, then column.
 */
function mergedSpans(
  bands: ReadonlyArray<{ lines: TextRun[][]; heading: boolean; slot?: number }>,
  cuts: readonly RowCut[],
  bounds: readonly number[],
  colOf: (r: TextRun) => number,
): Map<number, Map<number, { runs: TextRun[]; spanned: boolean }>> {
  const out = new Map<number, Map<number, { runs: TextRun[]; spanned: boolean }>>();
  const nCols = bounds.length - 1;
  // a point inside each column (the outer columns open to the page's edge)
  const inside = Array.from({ length: nCols }, (_, c) => {
    const lo = bounds[c]!;
    const hi = bounds[c + 1]!;
    return Number.isFinite(lo) && Number.isFinite(hi) ? (lo + hi) / 2 : Number.isFinite(hi) ? hi - SPAN_PROBE : lo + SPAN_PROBE;
  });
  for (let c = 0; c < nCols; c++) {
    let group: number[] = [];
    const flush = () => {
      if (group.length >= 2) {
        const runs = group.flatMap((b) => bands[b]!.lines.flat().filter((r) => colOf(r) === c)).sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
        group.forEach((b, k) => (out.get(b) ?? out.set(b, new Map()).get(b)!).set(c, { runs, spanned: k > 0 }));
      }
      group = [];
    };
    bands.forEach((band, b) => {
      if (band.heading || band.slot === undefined) return flush();
      const prev = group[group.length - 1];
      const between = prev === undefined ? [] : cuts.slice(bands[prev]!.slot!, band.slot);
      const open = prev !== undefined && between.length > 0 && between.every((cut) => !cut.spans.some(([x0, x1]) => x0 <= inside[c]! && inside[c]! <= x1));
      if (!open) flush();
      group.push(b);
    });
    flush();
  }
  return out;
}
/** how far inside an outer column its rules are looked for (points) */
const SPAN_PROBE = 5;

/** the fewest rules across the 序号 column that make a page's rows ruled (a table with horizontal rules only) */
const MIN_ROW_RULES = 3;

/**
 * Where horizontal rules cross the 序号 column below the header (y, top to bottom, one per rule line): a
 * table ruled across only (no column rules, so no lattice) draws one between every two rows. A rule does
 * not cross a merged cell, but it always crosses the 序号 column, which is never merged.
 */
export function rowRules(rules: readonly Rule[], seqX0: number, seqX1: number, top: number, s: PdfSettings = PDF_SETTINGS): RowCut[] {
  const mid = (seqX0 + seqX1) / 2;
  const across = rules.filter((r) => r.orientation === "h" && (r.box[1] + r.box[3]) / 2 > top);
  const ys = across
    .filter((r) => r.box[0] <= mid && r.box[2] >= mid)
    .map((r) => (r.box[1] + r.box[3]) / 2)
    .sort((a, b) => a - b);
  return ys
    .filter((y, i) => i === 0 || y - ys[i - 1]! > s.snapTolerance)
    .map((y) => ({ y, spans: across.filter((r) => Math.abs((r.box[1] + r.box[3]) / 2 - y) <= s.snapTolerance).map((r): [number, number] => [r.box[0], r.box[2]]) }));
}

/** A column's runs as blocks of lines set close together (one cell each), top to bottom. */
function columnBlocks(runs: readonly TextRun[], s: PdfSettings): TextRun[][] {
  const blocks: TextRun[][] = [];
  let prev: TextRun[] | null = null;
  for (const line of runLines(runs, s)) {
    const block = blocks[blocks.length - 1];
    if (block && prev && gapAbove(line, prev) <= s.blockGap * line[0]!.fontSize) block.push(...line);
    else blocks.push([...line]);
    prev = line;
  }
  return blocks;
}

/**
 * A 项目 header over two heading levels covers two columns of text: split a
 * section column where an empty strip runs down its whole body, and let the
 * header name each part.
 */
export function splitSectionColumns(bounds: readonly number[], texts: readonly string[], body: readonly TextRun[], s: PdfSettings = PDF_SETTINGS): { bounds: number[]; texts: string[] } {
  const outBounds: number[] = [bounds[0]!];
  const outTexts: string[] = [];
  texts.forEach((text, i) => {
    if (mapHeader(text) === "section") {
      const lo = bounds[i]!;
      const hi = bounds[i + 1]!;
      const ranges = body
        .filter((r) => r.box[0] + r.box[2] > 2 * lo && r.box[0] + r.box[2] < 2 * hi)
        .map((r) => [r.box[0], r.box[2]] as const)
        .sort((a, b) => a[0] - b[0]);
      let end = -Infinity;
      for (const [a, b] of ranges) {
        if (Number.isFinite(end) && a - end >= s.minColumnGap) {
          outBounds.push((end + a) / 2);
          outTexts.push(text);
        }
        end = Math.max(end, b);
      }
    }
    outBounds.push(bounds[i + 1]!);
    outTexts.push(text);
  });
  return { bounds: outBounds, texts: outTexts };
}

function gapAbove(line: readonly TextRun[], prev: readonly TextRun[]): number {
  return minOf(line.map((r) => r.box[1])) - maxOf(prev.map((r) => r.box[3]));
}

/** label runs in unit columns a table must print to be read as one whose unit cells carry role labels */
const MIN_LABELLED_RUNS = 2;

/**
 * An unruled table whose unit cells print role labels (`牵头：X；配合：Y`): under a header found on a page, at least two
 * runs that open with a role label start in a unit column. Its lines would read as a list's items (each label amid a
 * line of other cells), which lose the table's other cells and most of its rows.
 */
export function streamLabelledCells(doc: InputDocument, s: PdfSettings = PDF_SETTINGS): boolean {
  let labelled = 0;
  for (const page of doc.pages ?? []) {
    const header = findHeader(page.runs, s);
    if (!header) continue;
    const body = page.runs.filter((r) => r.box[1] >= header.bottom - 0.01 && !header.runs.includes(r));
    const bounds = columnBounds(header, body, s);
    const fields = header.cells.map((c) => mapHeader(c.text));
    for (const r of body) {
      if (!opensWithRoleLabel(r.text.trim())) continue;
      const field = fields[columnOf(r.box[0], bounds)];
      if (field && isUnitField(field)) labelled++;
      if (labelled >= MIN_LABELLED_RUNS) return true;
    }
  }
  return false;
}

/** Every page → grid rows: loose text above the first header, then the table's rows. */
export function streamGrid(doc: InputDocument, s: PdfSettings = PDF_SETTINGS): GridRow[] {
  const pages = doc.pages ?? [];
  const headers = new Map(pages.map((p) => [p.number, findHeader(p.runs, s)]));
  // a header repeated at the top of every page is not a running head
  const furniture = furnitureRuns(pages, s, (r, p) => headers.get(p.number)?.runs.includes(r) ?? false);
  const out: GridRow[] = [];
  // runs of data rows between heading rows, per table (with its header words): merged people columns (streammerged.ts)
  const tables: Array<{ columns: string[]; runs: number[][] }> = [];
  let bounds: number[] | null = null;
  // the edges at which cells were found glued into one run under the header (cut on the pages after it too)
  let gluedEdges: number[] = [];
  let previous: StreamHeader | null = null;
  let seqCol = 0;
  let headerCells: string[] = [];
  let sectionCols = new Set<number>();
  for (const page of pages) {
    const runs = page.runs.filter((r) => !furniture.has(r));
    const header = headers.get(page.number) ?? null;
    let body: TextRun[];
    if (header) {
      const above = runs.filter((r) => r.box[3] <= header.top && !header.runs.includes(r));
      out.push(...looseRows(above, page.number, s).map(({ top: _t, ...row }) => row));
      body = runs.filter((r) => r.box[1] >= header.bottom - 0.01 && !header.runs.includes(r));
      // the same header in the same place (repeated on each page) keeps the columns found under the first one
      const same =
        previous !== null &&
        previous.cells.length === header.cells.length &&
        previous.cells.every((c, i) => c.text === header.cells[i]!.text && Math.abs(c.x0 - header.cells[i]!.x0) <= s.snapTolerance);
      if (!same || !bounds) {
        // (cells glued into one run across a column's edge: cut there, see streamglued.ts)
        const unglued = ungluedColumns(header.cells, columnBounds(header, body, s), body);
        body = unglued.body;
        gluedEdges = unglued.edges;
        const split = splitSectionColumns(unglued.bounds, header.cells.map((c) => c.text), body, s);
        bounds = split.bounds;
        headerCells = split.texts;
        tables.push({ columns: headerCells, runs: [[]] });
      }
      previous = header;
      seqCol = Math.max(0, headerCells.map(mapHeader).indexOf("seq"));
      sectionCols = new Set(headerCells.flatMap((t, i) => (mapHeader(t) === "section" ? [i] : [])));
      out.push({ cells: headerCells.map((t) => ({ lines: [{ text: t }] })), page: page.number, bbox: [header.cells[0]!.x0, header.top, header.cells[header.cells.length - 1]!.x1, header.bottom] });
    } else if (bounds) body = gluedEdges.length ? cutGluedRuns(runs, gluedEdges, bounds) : runs;
    else {
      out.push(...looseRows(runs, page.number, s).map(({ top: _t, ...row }) => row));
      continue;
    }
    const seqHeader = previous?.cells[previous.cells.findIndex((c) => mapHeader(c.text) === "seq")];
    const cuts = seqHeader ? rowRules(page.rules, seqHeader.x0, seqHeader.x1, header ? header.bottom : -Infinity, s) : [];
    const peopleCols = new Set(headerCells.flatMap((t, i) => (["supervisors", "leaders"].includes(mapHeader(t)) ? [i] : [])));
    // a web page printed to PDF: the site's footer below the table (`主办单位：… 技术支持：…`) ends it
    const chrome = runLines(body, s).find((l) => WEB_CHROME_BELOW.some((p) => p.test(lineText(l, s).trim())));
    const footer = chrome ? body.filter((r) => r.box[1] >= minOf(chrome.map((x) => x.box[1])) - 0.01) : [];
    if (footer.length) body = body.filter((r) => !footer.includes(r));
    const { rows, after: rest } = bandsToRows(body, bounds, seqCol, page.number, s, sectionCols, cuts, peopleCols);
    const after = [...rest, ...footer];
    const table = tables.at(-1);
    for (const row of rows) {
      if (table && row.cells.length === headerCells.length) table.runs.at(-1)!.push(out.length);
      else table?.runs.push([]);
      out.push(row);
    }
    if (after.length) {
      out.push(...looseRows(after, page.number, s).map(({ top: _t, ...row }) => row));
      bounds = null; // the table ended on this page
    }
  }
  for (const t of tables) centreMergedPeople(out, t.runs.filter((r) => r.length > 1), t.columns);
  return out;
}
