/**
 * A people column merged over rows in an unruled PDF table (the stream layout), its text vertically centred.
 *
 * A 分管领导 (or 责任领导) cell merged over several rows prints its name once, at the middle of the rows it
 * spans; with no rules to show the span, the stream layout gives the name to the row printed at that height and
 * leaves the others empty. Where the column is empty in at least `MIN_EMPTY_SHARE` of a run of rows (a merged
 * column, not one left blank here and there) and no name is printed twice running, each run of rows between
 * heading rows is shared out among its names in contiguous spans, each span holding its name's row and chosen
 * (by least total distance) to put every name at the middle of its span, measured in points on the page.
 *
 * A span is vouched for when both its ends are fixed: the run's own end, or a neighbour span whose name also sits
 * at its middle (within `CENTRE_TOLERANCE` × its line height: moving the boundary by one row moves both middles by
 * half a row). A span crossing a page break (its middle is on no one page) or not centred is a reading of the page,
 * and each row it gave the name to is flagged `MERGED_SPAN_GUESSED`.
 */
import type { GridRow } from "../model/intermediate.js";
import type { ReviewReason } from "../model/schema.js";
import { mapHeader } from "../table/headers.js";
import { MIN_EMPTY_SHARE } from "./flat/mergedspread.js";
import { maxOf, minOf } from "../arrays.js";

/**
 * a name within this × its line height of its span's middle sits at the middle (a renderer centres to the point;
 * one row more or less moves the middle by half a row, ten points or more)
 */
export const CENTRE_TOLERANCE = 0.25;

/** What the pass needs of a data row: the row, and where its cell's text sits in the column. */
interface Placed {
  row: GridRow;
  page: number;
  top: number;
  bottom: number;
}

const GUESSED: ReviewReason = {
  code: "MERGED_SPAN_GUESSED",
  message: "无框线的表格中，这一项的人员栏是合并单元格，姓名只印在所跨各行的中间；按姓名所在高度推断了合并的范围（跨页或不居中，无法确定），请对照原件核对。",
};

/**
 * The rows with each merged people column's names shared out (see the module note), in place. `runs` are runs of
 * data rows (indices into `rows`) between heading rows; `columns` the header's word per column. A cell's `box` says
 * where its text sits.
 */
export function centreMergedPeople(rows: GridRow[], runs: ReadonlyArray<readonly number[]>, columns: readonly string[]): void {
  columns.forEach((word, c) => {
    const field = mapHeader(word);
    if (field !== "supervisors" && field !== "leaders") return;
    const all = runs.flat();
    // a cell of two names or more, centred across a row boundary, comes out split over two rows: joined again
    const joined = chainedCells(rows, runs, c);
    const lines = (i: number) => [i, ...(joined.get(i) ?? [])].flatMap((k) => rows[k]!.cells[c]!.lines);
    const taken = new Set([...joined.values()].flat());
    const filled = all.filter((i) => !taken.has(i) && (rows[i]!.cells[c]?.lines.length ?? 0) > 0);
    if (!all.length || (all.length - filled.length) / all.length < MIN_EMPTY_SHARE || !filled.length) return;
    // one name printed twice running: the column is printed row by row
    const text = (i: number) => lines(i).map((l) => l.text).join("");
    if (filled.some((i, k) => k > 0 && text(i) === text(filled[k - 1]!))) return;
    for (const [i, rest] of joined) {
      const cell = rows[i]!.cells[c]!;
      const boxes = [cell.box!, ...rest.map((k) => rows[k]!.cells[c]!.box!)];
      rows[i]!.cells[c] = { ...cell, lines: lines(i), box: [minOf(boxes.map((b) => b[0])), minOf(boxes.map((b) => b[1])), maxOf(boxes.map((b) => b[2])), maxOf(boxes.map((b) => b[3]))] };
      for (const k of rest) rows[k]!.cells[c] = { lines: [] };
    }
    for (const run of runs) placeRun(rows, run, c);
  });
}

/** lines of one cell are closer than this × their height (between rows, the cells' padding keeps them farther apart) */
const CHAINED_GAP = 0.6;

/** The cells of column c that go on in the next rows of their run: holder → the rows whose cell joins it. */
function chainedCells(rows: readonly GridRow[], runs: ReadonlyArray<readonly number[]>, c: number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const run of runs) {
    for (let k = 0; k < run.length; ) {
      const i = run[k]!;
      const box = rows[i]!.cells[c]?.box;
      let last = box;
      let j = k + 1;
      const rest: number[] = [];
      for (; box && last && j < run.length; j++) {
        const next = rows[run[j]!]!;
        const b = next.cells[c]?.box;
        const height = (last[3] - last[1]) / Math.max(1, rows[rest.at(-1) ?? i]!.cells[c]!.lines.length);
        if (!b || next.page !== rows[i]!.page || b[1] - last[3] > CHAINED_GAP * height || b[1] < last[1]) break;
        rest.push(run[j]!);
        last = b;
      }
      if (rest.length) out.set(i, rest);
      k = rest.length ? j : k + 1;
    }
  }
  return out;
}

function placeRun(rows: GridRow[], run: readonly number[], c: number): void {
  const placed: Placed[] = run.map((i) => ({ row: rows[i]!, page: rows[i]!.page ?? 0, top: rows[i]!.bbox?.[1] ?? NaN, bottom: rows[i]!.bbox?.[3] ?? NaN }));
  if (placed.some((p) => !Number.isFinite(p.top))) return;
  const blocks = run.flatMap((i, k) => ((rows[i]!.cells[c]?.lines.length ?? 0) > 0 && rows[i]!.cells[c]!.box ? [k] : []));
  if (!blocks.length || blocks.length === run.length) return;
  // each row's extent: halfway to its neighbours on the page; at a page's top or foot, half the page's usual gap
  // between rows beyond its text (the cell's padding)
  const gaps = new Map<number, number[]>();
  placed.forEach((p, k) => {
    const next = placed[k + 1];
    if (next && next.page === p.page && next.top > p.bottom) gaps.set(p.page, [...(gaps.get(p.page) ?? []), next.top - p.bottom]);
  });
  const margin = (page: number) => {
    const g = [...(gaps.get(page) ?? [])].sort((a, b) => a - b);
    return g.length ? g[Math.floor(g.length / 2)]! / 2 : 0;
  };
  const upper = placed.map((p, k) => (k > 0 && placed[k - 1]!.page === p.page ? (placed[k - 1]!.bottom + p.top) / 2 : p.top - margin(p.page)));
  const lower = placed.map((p, k) => (k + 1 < placed.length && placed[k + 1]!.page === p.page ? (p.bottom + placed[k + 1]!.top) / 2 : p.bottom + margin(p.page)));
  const centreOf = (k: number) => {
    const b = rows[run[k]!]!.cells[c]!.box!;
    return (b[1] + b[3]) / 2;
  };
  const sizeOf = (k: number) => {
    const b = rows[run[k]!]!.cells[c]!.box!;
    const lines = rows[run[k]!]!.cells[c]!.lines.length;
    return (b[3] - b[1]) / Math.max(1, lines);
  };
  /** distance of block j's name from the middle of rows [s, e] on its page, and whether the span crosses a page */
  const cost = (j: number, s: number, e: number): { d: number; crosses: boolean } => {
    const k = blocks[j]!;
    const page = placed[k]!.page;
    let a = s;
    let b = e;
    while (placed[a]!.page !== page) a++;
    while (placed[b]!.page !== page) b--;
    return { d: Math.abs((upper[a]! + lower[b]!) / 2 - centreOf(k)), crosses: a !== s || b !== e };
  };
  // least total distance: span j ends somewhere in [block j, block j+1 - 1]
  const n = blocks.length;
  const last = run.length - 1;
  type Cell = { cost: number; start: number };
  const best: Array<Map<number, Cell>> = [];
  for (let j = 0; j < n; j++) {
    const ends = j + 1 < n ? range(blocks[j]!, blocks[j + 1]! - 1) : [last];
    const starts = j === 0 ? [{ start: 0, before: 0 }] : [...best[j - 1]!].map(([e, v]) => ({ start: e + 1, before: v.cost }));
    const cur = new Map<number, Cell>();
    for (const e of ends)
      for (const s of starts) {
        if (s.start > blocks[j]!) continue;
        const v = s.before + cost(j, s.start, e).d;
        if (!cur.has(e) || v < cur.get(e)!.cost) cur.set(e, { cost: v, start: s.start });
      }
    best.push(cur);
  }
  if (!best[n - 1]!.has(last)) return;
  const spans: Array<[number, number]> = new Array(n);
  for (let j = n - 1, e = last; j >= 0; j--) {
    const v = best[j]!.get(e)!;
    spans[j] = [v.start, e];
    e = v.start - 1;
  }
  const centred = spans.map(([s, e], j) => {
    const r = cost(j, s, e);
    return !r.crosses && r.d <= CENTRE_TOLERANCE * sizeOf(blocks[j]!);
  });
  // a boundary is fixed at the run's ends, and beside a centred span whose other boundary is fixed (for a given
  // end, one start puts the middle at the name); a span is vouched for when both its boundaries are fixed
  const fixed = spans.map((_, j) => j === n - 1); // fixed[j]: the boundary after span j
  const fixedBefore = (j: number) => j === 0 || fixed[j - 1]!;
  for (let changed = true; changed; ) {
    changed = false;
    for (let j = 0; j + 1 < n; j++) {
      if (fixed[j]) continue;
      if ((centred[j]! && fixedBefore(j)) || (centred[j + 1]! && fixed[j + 1]!)) fixed[j] = changed = true;
    }
  }
  spans.forEach(([s, e], j) => {
    const vouched = centred[j]! && fixedBefore(j) && fixed[j]!;
    const own = placed[blocks[j]!]!.row.cells[c]!;
    // the merged cell is the span's first row's, merged down into the others (as a ruled table's)
    for (let k = s; k <= e; k++) {
      const row = placed[k]!.row;
      const lines = own.lines.map((l) => ({ ...l }));
      row.cells[c] = k === s ? { lines } : { lines, spanned: true };
      if (!vouched && k !== blocks[j]) row.review = [...(row.review ?? []), GUESSED];
    }
    if (!vouched && e > s) placed[blocks[j]!]!.row.review = [...(placed[blocks[j]!]!.row.review ?? []), GUESSED];
  });
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}
