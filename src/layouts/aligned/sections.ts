/**
 * The 项目 column of a position-kept text (`pdftotext -layout`): a narrow column
 * left of the task whose cells are merged down many rows and hold a heading
 * path (`一、狠抓科技创新` / `（一）培育企业创新主体`). Its text is no row's
 * text: a merged cell is printed once, in the middle of the rows it spans
 * (ruled tables, vertically centred cells) or beside its first row (top-aligned
 * text), possibly in two narrower columns, one per heading level.
 *
 * The column's pieces are gathered apart from the rows (`sectionBlobs`), joined
 * into headings (`sectionGroups`), and each heading is given the row its span
 * starts at (`sectionStarts`): the span holds its text, so it starts at or above
 * the heading's first line and after the text of the heading before it; among
 * the rows that allows, the one that centres the text in its span is taken (a
 * cell cut by a page break prints its text at the top of its first part).
 * Where another start explains the text about as well, the rows in between are
 * reported: their section is a guess.
 */
import { maxOf, minOf } from "../../arrays.js";
import { headingLevel, parseSectionCell } from "../../table/sections.js";

/** A piece of the 项目 column's text: its source line, where it starts (by the header's metric), its text. */
export interface SectionPiece {
  line: number;
  start: number;
  /** where it ends (by the header's metric), where known */
  end?: number;
  text: string;
}

/** One cell's text as printed: lines stacked at one position. */
export interface SectionBlob {
  first: number;
  last: number;
  start: number;
  /** where its widest line ends, where known */
  end?: number;
  texts: string[];
  /** deepest heading level its text names (1 for `一、…`, 2 for `…（一）…`) */
  depth: number;
  /** the shallowest level it names */
  top: number;
}

/** Lines of one cell are at most this far apart (a row's 序号 line may come between two of them). */
const MAX_LINE_GAP = 2;
/** How far (in positions) the lines of one cell may start apart (pdftotext moves a line by one). */
const SAME_START = 1;

const levels = (texts: readonly string[]) => parseSectionCell(texts).map((p) => p.level);

/**
 * Pieces → cells: a piece goes on the cell above when it is on the next line at the same start (or, shorter, inside
 * the cell's width: centred text's last line), unless it opens a heading at a level the cell already holds (two
 * one-row cells stacked).
 */
export function sectionBlobs(pieces: readonly SectionPiece[]): SectionBlob[] {
  const sorted = [...pieces].sort((a, b) => a.line - b.line || a.start - b.start);
  const open: Array<SectionBlob & { levels: number[] }> = [];
  const out: Array<SectionBlob & { levels: number[] }> = [];
  for (const p of sorted) {
    const text = p.text.trim();
    if (!text) continue;
    const level = headingLevel(text);
    const below = (b: SectionBlob) => p.line - b.last <= MAX_LINE_GAP && p.line > b.last;
    // the same start, or (a cell's text centred: `推动产业提质增` | `效`) a shorter last line inside the line above it,
    // which ended no sentence and opened no heading of its own
    const centredUnder = (b: SectionBlob) =>
      level === null && b.end !== undefined && p.end !== undefined && p.start > b.start && p.end <= b.end + SAME_START && !/[。；;]$/.test(b.texts.at(-1)!);
    const blob = open.find((b) => below(b) && (Math.abs(b.start - p.start) <= SAME_START || centredUnder(b)) && (level === null || !b.levels.includes(level)));
    if (blob) {
      blob.texts.push(text);
      blob.last = p.line;
      blob.levels = levels(blob.texts);
      if (p.end !== undefined) blob.end = Math.max(blob.end ?? p.end, p.end);
      continue;
    }
    const b = { first: p.line, last: p.line, start: p.start, ...(p.end !== undefined ? { end: p.end } : {}), texts: [text], depth: 0, top: 0, levels: levels([text]) };
    open.push(b);
    out.push(b);
  }
  return out.map(({ levels: l, ...b }) => ({ ...b, depth: maxOf(l), top: minOf(l) }));
}

/** One heading path that starts at some row: the cells printed for it (outermost first). */
export interface SectionGroup {
  texts: string[];
  /** the first line of any of its cells: its span starts at or above it */
  first: number;
  /** the cell of the deepest level: its span is the group's span */
  cell: SectionBlob;
}

/**
 * Cells → heading paths. A cell naming only an outer level (`一、狠抓科技创新` in a column of its
 * own, or cut from its `（三）…` by a page break) opens the path of a deeper cell: the nearest
 * one that opens the numbering again (`（一）…`), else the nearest one after it; a deeper cell
 * that names its outer level itself (`一、…（二）…`) takes none.
 */
export function sectionGroups(blobs: readonly SectionBlob[]): SectionGroup[] {
  const maxDepth = maxOf(blobs.map((b) => b.depth), 0);
  const outer = blobs.filter((b) => b.depth < maxDepth);
  const inner = blobs.filter((b) => b.depth === maxDepth);
  const groups = new Map<SectionBlob, SectionBlob[]>(inner.map((b) => [b, []]));
  const free = (b: SectionBlob) => b.top === maxDepth && groups.get(b)!.length === 0;
  for (const o of outer) {
    const dist = (b: SectionBlob) => Math.abs(b.first - o.first);
    const candidates = inner.filter(free);
    const opening = candidates.filter((b) => OPENS_NUMBERING.test(b.texts.join(""))).sort((a, b) => dist(a) - dist(b));
    const after = candidates.filter((b) => b.first >= o.first).sort((a, b) => a.first - b.first);
    const target = opening[0] ?? after[0];
    if (target) groups.get(target)!.push(o);
    // a cell with nothing deeper to open heads its own path
    else groups.set(o, []);
  }
  return [...groups]
    .map(([cell, outers]) => {
      const all = [...outers, cell].sort((a, b) => a.top - b.top || a.first - b.first);
      return { texts: all.flatMap((b) => b.texts), first: minOf(all.map((b) => b.first)), cell };
    })
    .sort((a, b) => a.first - b.first);
}

/** The first heading of a level (`（一）`, `一、`): a new outer heading opens its numbering again. */
const OPENS_NUMBERING = /^[（(]?[一1１][）)、.．]/;

/** A row of the table: its first and last source line, and the page part it is printed in. */
export interface SpanRow {
  from: number;
  to: number;
  page: number;
}

/**
 * Another start explaining the text within this many lines of the best one is as good (pdftotext -layout rounds each
 * printed line to a text line and a cell's padding shifts its text: a heading centred over rows 11-14 was measured
 * three lines below the middle of their text lines).
 */
export const SECTION_MARGIN = 3;
/** A heading's first line may sit this many lines above its span's first row (pdftotext rounds lines). */
const LINE_SLACK = 1;

/**
 * Rows → the row each group's span starts at, and the rows whose section the text cannot decide.
 * Top-aligned (`top`), a heading is printed beside the first row of its span. Centred, the start is
 * chosen for all groups at once: each span must hold its heading's text, and the text should sit in
 * the middle of the span's rows on the page where it is printed.
 */
export function sectionStarts(groups: readonly SectionGroup[], rows: readonly SpanRow[], top: boolean): { starts: number[]; doubtful: Set<number> } {
  const doubtful = new Set<number>();
  if (!groups.length || !rows.length) return { starts: [], doubtful };
  const rowAt = (line: number) => {
    const k = rows.findIndex((r) => r.to >= line);
    return k < 0 ? rows.length - 1 : k;
  };
  if (top) {
    const starts: number[] = [];
    for (const g of groups) starts.push(Math.max(starts.at(-1) ?? 0, rowAt(g.first)));
    // a merged 项目 cell may be centred though the table's other cells are top-aligned: where centring its text
    // would start a span elsewhere, the rows between the two starts are not vouched for
    const centred = sectionStarts(groups, rows, false).starts;
    starts.forEach((k, g) => {
      const c = centred[g];
      if (c !== undefined) for (let r = Math.min(k, c); r < Math.max(k, c); r++) doubtful.add(r);
    });
    return { starts, doubtful };
  }
  // candidate starts: the span holds the heading's first line and leaves the text of the one before it above
  const cands = groups.map((g, i) => {
    if (i === 0) return [0];
    const prevLast = groups[i - 1]!.cell.last;
    const ks: number[] = [];
    for (let k = 1; k < rows.length; k++) if (rows[k]!.from <= g.first + LINE_SLACK && rows[k - 1]!.to >= prevLast - LINE_SLACK) ks.push(k);
    return ks.length ? ks : [rowAt(g.first)];
  });
  const centre = (b: SectionBlob) => (b.first + b.last) / 2;
  // how far the cell's text sits from the middle of its span's rows printed on the page part where
  // the heading starts; a span cannot start on a page before the one its heading is printed on
  const cost = (g: number, from: number, to: number): number => {
    if (from > to) return BAD_SPAN;
    const { cell, first } = groups[g]!;
    const page = rows[rowAt(first)]!.page;
    if (rows[from]!.page < page) return BAD_SPAN;
    const onPage = rows.slice(from, to + 1).filter((r) => r.page === page);
    if (!onPage.length) return BAD_SPAN;
    // a cell cut by a page break prints its text at the top of its first part
    if (rows[to]!.page !== rows[from]!.page) return Math.abs(first - rows[from]!.from);
    return Math.abs(centre(cell) - (onPage[0]!.from + onPage.at(-1)!.to) / 2);
  };
  const n = groups.length;
  // fwd[g]: start of g → best cost of groups before g; bwd[g]: start of g → best cost of g and after
  const fwd: Array<Map<number, number>> = [new Map([[0, 0]])];
  for (let g = 1; g < n; g++) {
    const m = new Map<number, number>();
    for (const k of cands[g]!) {
      let best = Infinity;
      for (const [j, c] of fwd[g - 1]!) if (j < k) best = Math.min(best, c + cost(g - 1, j, k - 1));
      m.set(k, best);
    }
    fwd.push(m);
  }
  const bwd: Array<Map<number, number>> = new Array(n);
  bwd[n - 1] = new Map(cands[n - 1]!.map((k) => [k, cost(n - 1, k, rows.length - 1)]));
  for (let g = n - 2; g >= 0; g--) {
    const m = new Map<number, number>();
    for (const j of cands[g]!) {
      let best = Infinity;
      for (const [k, c] of bwd[g + 1]!) if (j < k) best = Math.min(best, cost(g, j, k - 1) + c);
      m.set(j, best);
    }
    bwd[g] = m;
  }
  const total = (g: number, k: number) => (fwd[g]!.get(k) ?? Infinity) + (bwd[g]!.get(k) ?? Infinity);
  // the best path: each start after the one before, costing the least with the groups after it
  const starts: number[] = [0];
  for (let g = 1; g < n; g++) {
    const j = starts[g - 1]!;
    const options = cands[g]!.filter((k) => k > j);
    const step = (k: number) => cost(g - 1, j, k - 1) + (bwd[g]!.get(k) ?? Infinity);
    starts.push(options.length ? options.reduce((a, b) => (step(b) < step(a) ? b : a)) : Math.min(rows.length - 1, j + 1));
  }
  const best = total(0, 0);
  for (let g = 1; g < n; g++)
    for (const k of cands[g]!) {
      if (k === starts[g] || !(total(g, k) < best + SECTION_MARGIN)) continue;
      for (let r = Math.min(k, starts[g]!); r < Math.max(k, starts[g]!); r++) doubtful.add(r);
    }
  // no start fits every heading's text: the sections are a guess throughout
  if (!Number.isFinite(best)) for (let r = 0; r < rows.length; r++) doubtful.add(r);
  return { starts, doubtful };
}

/** Cost of a span with no row on the page part where its heading is printed. */
const BAD_SPAN = 1000;

/**
 * The 序号 going back to 1 (`restarts`, row indices) in a table with a 项目 column: the numbering
 * restarts per section, so the restart row is where a section cell's span begins. The first heading
 * whose span starts at or after the restart row (and before the next restart) is moved up to it when
 * its outermost heading is a new one (`二、…` after `一、…`): a merged cell printed in the middle of
 * its rows (or beside a later row) leaves its first rows under the heading before. A restart with
 * no new heading after it, or whose heading starts only after the next restart, moves nothing.
 * Returns the moved starts, and the groups moved.
 */
export function snapToRestarts(groups: readonly SectionGroup[], starts: readonly number[], restarts: readonly number[]): { starts: number[]; moved: number[] } {
  const out = [...starts];
  const moved: number[] = [];
  const outer = (g: SectionGroup) => parseSectionCell(g.texts)[0]?.text ?? "";
  const sorted = [...restarts].sort((a, b) => a - b);
  sorted.forEach((k, i) => {
    const next = sorted[i + 1] ?? Infinity;
    const g = out.findIndex((s) => s >= k);
    if (g <= 0 || out[g]! >= next || out[g] === k) return;
    if (outer(groups[g]!) === outer(groups[g - 1]!) || headingLevel(outer(groups[g]!)) === null) return;
    out[g] = k;
    moved.push(g);
  });
  return { starts: out, moved };
}
