/**
 * Lattice layout: a ruled PDF table rebuilt from its drawn rules, the way
 * pdfplumber does it — snap the rules, join them, find where they cross, make
 * the smallest cells those crossings enclose (a merged cell is simply a large
 * one), then place every text run in the cell that holds its centre.
 *
 *   snapRules → joinRules → intersections → intersectionsToCells → cellsToTables → tableRows
 */
import type { Box, GridCell, GridRow, InputDocument, PageContent, Rule, TextRun } from "../model/intermediate.js";
import { PDF_SETTINGS, type PdfSettings } from "../model/settings.js";
import { isMergedHeaderCell } from "../table/headers.js";
import { isHeaderCells } from "../table/find.js";
import { cellLines, centre, furnitureRuns, inside, joinCut, lastLineRoom, looseRows, minLine } from "./pdf-cells.js";
import { maxOf, minOf } from "../arrays.js";

/** A rule reduced to one line: `pos` is y for horizontal, x for vertical; it runs from `start` to `end`. */
export interface Edge {
  orientation: "h" | "v";
  pos: number;
  start: number;
  end: number;
}

export interface Cell {
  box: Box;
}

export interface LatticeTable {
  /** column boundaries (x) and row boundaries (y), ascending */
  xs: number[];
  ys: number[];
  cells: Array<Cell & { col: [number, number]; row: [number, number] }>;
  box: Box;
  /** columns whose last cell has no rule under it: cut by the page break (see closeOpenEnds) */
  openColumns?: number[];
}

export function rulesToEdges(rules: readonly Rule[]): Edge[] {
  return rules.map((r) =>
    r.orientation === "h"
      ? { orientation: "h", pos: (r.box[1] + r.box[3]) / 2, start: r.box[0], end: r.box[2] }
      : { orientation: "v", pos: (r.box[0] + r.box[2]) / 2, start: r.box[1], end: r.box[3] },
  );
}

/** Parallel edges within `tolerance` of each other move to their common mean position. */
export function snapEdges(edges: readonly Edge[], tolerance: number): Edge[] {
  const out: Edge[] = [];
  for (const o of ["h", "v"] as const) {
    const group = edges.filter((e) => e.orientation === o).sort((a, b) => a.pos - b.pos);
    let cluster: Edge[] = [];
    const flush = () => {
      if (!cluster.length) return;
      const mean = cluster.reduce((s, e) => s + e.pos, 0) / cluster.length;
      out.push(...cluster.map((e) => ({ ...e, pos: mean })));
      cluster = [];
    };
    for (const e of group) {
      if (cluster.length && e.pos - cluster[cluster.length - 1]!.pos > tolerance) flush();
      cluster.push(e);
    }
    flush();
  }
  return out;
}

/** Collinear edges that overlap or nearly touch become one. */
export function joinEdges(edges: readonly Edge[], tolerance: number): Edge[] {
  const byLine = new Map<string, Edge[]>();
  for (const e of edges) {
    const key = `${e.orientation}:${e.pos.toFixed(3)}`;
    (byLine.get(key) ?? byLine.set(key, []).get(key)!).push(e);
  }
  const out: Edge[] = [];
  for (const group of byLine.values()) {
    group.sort((a, b) => a.start - b.start);
    let cur = { ...group[0]! };
    for (const e of group.slice(1)) {
      if (e.start <= cur.end + tolerance) cur.end = Math.max(cur.end, e.end);
      else {
        out.push(cur);
        cur = { ...e };
      }
    }
    out.push(cur);
  }
  return out;
}

/**
 * A row cut by a page break is left open: browsers (Chromium) draw no rule
 * along the cut, nor under a merged cell that goes on on the next page, so
 * some verticals end (or start) with nothing crossing them. Where vertical
 * edges end together and some of them are open, one horizontal edge is laid
 * across all of them (at the height of a rule already drawn there, if any):
 * the cut part becomes a row of its own. Which columns were open is kept
 * (`openColumns`) so that the next page can carry the row on.
 */
export function closeOpenEnds(edges: readonly Edge[], tolerance: number): Edge[] {
  const hs = edges.filter((e) => e.orientation === "h");
  const vs = edges.filter((e) => e.orientation === "v");
  const crossed = (x: number, y: number) => hs.some((h) => Math.abs(h.pos - y) <= tolerance && h.start - tolerance <= x && h.end + tolerance >= x);
  const covered = (x: number, y: number) => hs.some((h) => Math.abs(h.pos - y) <= tolerance && h.start <= x && h.end >= x);
  const added: Edge[] = [];
  for (const side of ["start", "end"] as const) {
    const sorted = [...vs].sort((a, b) => a[side] - b[side]);
    let group: Edge[] = [];
    const flush = () => {
      const ys = group.map((v) => v[side]);
      const y = side === "end" ? maxOf(ys) : minOf(ys);
      const xs = [...new Set(group.map((v) => v.pos))].sort((a, b) => a - b);
      // open: a vertical nothing crosses, or a gap between two neighbouring verticals no rule covers
      const gap = xs.slice(1).some((x, i) => !covered((x + xs[i]!) / 2, y));
      if (xs.length >= 2 && (gap || group.some((v) => !crossed(v.pos, v[side])))) {
        const drawn = hs.find((h) => Math.abs(h.pos - y) <= tolerance);
        const pos = drawn ? drawn.pos : side === "end" ? maxOf(ys) : minOf(ys);
        added.push({ orientation: "h", pos, start: minOf(group.map((v) => v.pos)), end: maxOf(group.map((v) => v.pos)) });
      }
      group = [];
    };
    for (const v of sorted) {
      if (group.length && v[side] - group[group.length - 1]![side] > tolerance) flush();
      group.push(v);
    }
    flush();
  }
  if (!added.length) return [...edges];
  // the verticals reach the new edge exactly
  const moved = edges.map((e) => {
    if (e.orientation !== "v") return e;
    const a = added.find((h) => e.pos >= h.start - 0.01 && e.pos <= h.end + 0.01 && (Math.abs(e.end - h.pos) <= tolerance || Math.abs(e.start - h.pos) <= tolerance));
    if (!a) return e;
    return Math.abs(e.end - a.pos) <= tolerance ? { ...e, end: Math.max(e.end, a.pos) } : { ...e, start: Math.min(e.start, a.pos) };
  });
  return [...moved, ...added];
}

/**
 * Where a cut cell's text ends: below its box, lines inside its columns that
 * follow its last line (or the cut) at the spacing of one cell's lines still
 * belong to it. That spacing is a line's gap (up to OVERFLOW_LINE_GAP × the font
 * size: a web page's cells print their lines 1.5 apart, a gap of 0.5–0.6 font
 * sizes); a gap wider than that is text of its own below the table.
 */
export function overflowBottom(box: Box, runs: readonly TextRun[], s: PdfSettings = PDF_SETTINGS): number {
  const inColumn = runs.filter((r) => centre(r.box)[0] >= box[0] && centre(r.box)[0] <= box[2]);
  const own = inColumn.filter((r) => inside(...centre(r.box), box));
  let bottom = own.length ? maxOf(own.map((r) => r.box[3])) : box[3];
  for (const r of inColumn.filter((r) => centre(r.box)[1] > box[3]).sort((a, b) => a.box[1] - b.box[1])) {
    if (r.box[1] - bottom > Math.max(s.blockGap, OVERFLOW_LINE_GAP) * r.fontSize) break;
    bottom = Math.max(bottom, r.box[3]);
  }
  return Math.max(box[3], bottom + 0.5);
}

/** the widest gap (× font size) between a cut cell's lines that still goes on the cell below the cut */
const OVERFLOW_LINE_GAP = 0.9;

/** Columns of a table whose bottom has no drawn rule under them (`drawn`: the edges before closeOpenEnds). */
export function openColumns(table: LatticeTable, drawn: readonly Edge[], tolerance: number): number[] {
  const y = table.box[3];
  const cols: number[] = [];
  for (let c = 0; c + 1 < table.xs.length; c++) {
    const mid = (table.xs[c]! + table.xs[c + 1]!) / 2;
    if (!drawn.some((h) => h.orientation === "h" && Math.abs(h.pos - y) <= tolerance && h.start <= mid && h.end >= mid)) cols.push(c);
  }
  return cols;
}

const key = (x: number, y: number): string => `${x.toFixed(2)},${y.toFixed(2)}`;

/** Points where a horizontal and a vertical edge cross (or touch within `tolerance`). */
export function intersections(edges: readonly Edge[], tolerance: number): Array<[number, number]> {
  const hs = edges.filter((e) => e.orientation === "h");
  const vs = edges.filter((e) => e.orientation === "v");
  const seen = new Map<string, [number, number]>();
  for (const v of vs)
    for (const h of hs)
      if (v.pos >= h.start - tolerance && v.pos <= h.end + tolerance && h.pos >= v.start - tolerance && h.pos <= v.end + tolerance)
        seen.set(key(v.pos, h.pos), [v.pos, h.pos]);
  return [...seen.values()].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

/**
 * The smallest rectangles whose four corners are crossings joined by edges.
 * A merged cell has no inner rules, so its rectangle is simply larger.
 */
export function intersectionsToCells(points: ReadonlyArray<[number, number]>, edges: readonly Edge[], tolerance: number): Cell[] {
  const has = new Set(points.map(([x, y]) => key(x, y)));
  const hs = edges.filter((e) => e.orientation === "h");
  const vs = edges.filter((e) => e.orientation === "v");
  const hLinked = (y: number, x0: number, x1: number) => hs.some((e) => Math.abs(e.pos - y) < 0.01 && e.start <= x0 + tolerance && e.end >= x1 - tolerance);
  const vLinked = (x: number, y0: number, y1: number) => vs.some((e) => Math.abs(e.pos - x) < 0.01 && e.start <= y0 + tolerance && e.end >= y1 - tolerance);
  const cells: Cell[] = [];
  // the points on each vertical and each horizontal line, in order (as filtering and sorting all points for each would give)
  const byX = new Map<number, Array<[number, number]>>();
  const byY = new Map<number, Array<[number, number]>>();
  for (const p of points) {
    (byX.get(p[0]) ?? byX.set(p[0], []).get(p[0])!).push(p);
    (byY.get(p[1]) ?? byY.set(p[1], []).get(p[1])!).push(p);
  }
  for (const list of byX.values()) list.sort((a, b) => a[1] - b[1]);
  for (const list of byY.values()) list.sort((a, b) => a[0] - b[0]);
  for (const [x, y] of points) {
    const below = byX.get(x)!.filter((p) => p[1] > y);
    const right = byY.get(y)!.filter((p) => p[0] > x);
    search: for (const [, by] of below) {
      if (!vLinked(x, y, by)) continue;
      for (const [rx] of right) {
        if (!hLinked(y, x, rx)) continue;
        if (has.has(key(rx, by)) && vLinked(rx, y, by) && hLinked(by, x, rx)) {
          cells.push({ box: [x, y, rx, by] });
          break search;
        }
      }
    }
  }
  return cells;
}

/** Cells that share corners form one table; each gets its column and row boundaries. */
export function cellsToTables(cells: readonly Cell[]): LatticeTable[] {
  const parent = cells.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const byCorner = new Map<string, number>();
  cells.forEach((c, i) => {
    const [x0, y0, x1, y1] = c.box;
    for (const k of [key(x0, y0), key(x1, y0), key(x0, y1), key(x1, y1)]) {
      const j = byCorner.get(k);
      if (j === undefined) byCorner.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Cell[]>();
  cells.forEach((c, i) => (groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))!).push(c));
  const tables: LatticeTable[] = [];
  for (const group of groups.values()) {
    const xs = [...new Set(group.flatMap((c) => [c.box[0], c.box[2]]))].sort((a, b) => a - b);
    const ys = [...new Set(group.flatMap((c) => [c.box[1], c.box[3]]))].sort((a, b) => a - b);
    tables.push({
      xs,
      ys,
      box: [xs[0]!, ys[0]!, xs[xs.length - 1]!, ys[ys.length - 1]!],
      cells: group.map((c) => ({ ...c, col: [xs.indexOf(c.box[0]), xs.indexOf(c.box[2])], row: [ys.indexOf(c.box[1]), ys.indexOf(c.box[3])] })),
    });
  }
  return tables.sort((a, b) => a.box[1] - b.box[1]);
}

const found = new WeakMap<PageContent, { settings: PdfSettings; tables: LatticeTable[] }>();

/** The tables drawn on one page (computed once per page and settings). */
export function findTables(page: PageContent, s: PdfSettings = PDF_SETTINGS): LatticeTable[] {
  const hit = found.get(page);
  if (hit && hit.settings === s) return hit.tables;
  const tables = tablesOnPage(page, s);
  found.set(page, { settings: s, tables });
  return tables;
}

function tablesOnPage(page: PageContent, s: PdfSettings): LatticeTable[] {
  const joined = joinEdges(snapEdges(rulesToEdges(page.rules), s.snapTolerance), s.joinTolerance).filter((e) => e.end - e.start >= s.minRuleLength);
  const edges = closeOpenEnds(joined, s.intersectionTolerance);
  const points = intersections(edges, s.intersectionTolerance);
  const cells = intersectionsToCells(points, edges, s.intersectionTolerance);
  // a table has at least two columns and one row
  return cellsToTables(cells)
    .filter((t) => t.xs.length >= 3 && t.ys.length >= 2)
    .map((t) => {
      const open = edges.length > joined.length ? openColumns(t, joined, s.intersectionTolerance) : [];
      if (!open.length) return t;
      // a cut cell's text can run on below the cut (browsers paint a merged cell's overflow there):
      // an open cell of the last row takes in the lines that go on right below its own
      const last = t.ys.length - 1;
      const cells = t.cells.map((c) => (c.row[1] === last && open.some((k) => k >= c.col[0] && k < c.col[1]) ? { ...c, box: [c.box[0], c.box[1], c.box[2], overflowBottom(c.box, page.runs, s)] as Box } : c));
      return { ...t, cells, openColumns: open };
    });
}

/**
 * One table's rows: one grid row per row band. A cell's lines go in its first
 * band; a cell merged over several bands is repeated, marked `spanned`, in the
 * bands below (its text belongs to every row it covers); a header cell merged
 * across columns is repeated in each.
 */
/** A table row with where it starts, how much room each cell's last line left (em), and whether it was joined onto the row above. */
export type TableRow = GridRow & { top: number; rooms?: Array<number | null>; stitched?: boolean; openColumns?: number[] };

export { isMergedHeaderCell };

export function tableRows(table: LatticeTable, runs: readonly TextRun[], page: number, s: PdfSettings = PDF_SETTINGS): TableRow[] {
  const nCols = table.xs.length - 1;
  const rows: TableRow[] = [];
  for (let r = 0; r < table.ys.length - 1; r++) {
    rows.push({
      cells: Array.from({ length: nCols }, (): GridCell => ({ lines: [] })),
      rooms: Array.from({ length: nCols }, () => null),
      page,
      bbox: [table.xs[0]!, table.ys[r]!, table.xs[nCols]!, table.ys[r + 1]!],
      top: table.ys[r]!,
    });
  }
  const lineOf = new Map<number, number>();
  const perCell = runsInBoxes(runs, table.cells.map((c) => c.box));
  let ci = 0;
  for (const cell of table.cells) {
    const mine = perCell[ci++]!;
    const lines = cellLines(mine, cell.box, s);
    if (!lines.length) continue;
    const [c0, c1] = cell.col;
    const [r0, r1] = cell.row;
    const first = rows[r0]!;
    first.rooms![c0] = lastLineRoom(mine, cell.box, s);
    const asHeader = isMergedHeaderCell(lines.map((l) => l.text).join(""), c1 - c0, nCols);
    for (let c = c0; c < (asHeader ? c1 : c0 + 1); c++) first.cells[c] = { lines };
    for (let r = r0 + 1; r < r1; r++) rows[r]!.cells[c0] = { lines, spanned: true };
    if (c0 === 0 && c1 === nCols && r1 - r0 === 1) first.spansTable = true;
    const n = minLine(mine);
    if (n !== undefined) lineOf.set(r0, Math.min(lineOf.get(r0) ?? n, n));
  }
  rows.forEach((row, r) => {
    const n = lineOf.get(r);
    if (n !== undefined) row.line = n;
  });
  return rows;
}

/**
 * For each box, the runs whose centre lies in it (edges included), in the
 * order of `runs`: `runs.filter((r) => inside(...centre(r.box), box))` for
 * every box, with the runs sorted by height once instead of testing every run
 * against every cell (a 100-page notice has thousands of both).
 */
export function runsInBoxes(runs: readonly TextRun[], boxes: readonly Box[]): TextRun[][] {
  const at = runs
    .map((r, i) => {
      const [x, y] = centre(r.box);
      return { x, y, i };
    })
    .filter((c) => !Number.isNaN(c.x) && !Number.isNaN(c.y))
    .sort((a, b) => a.y - b.y);
  return boxes.map((b) => {
    // first centre with y >= top of the box
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]!.y < b[1]) lo = mid + 1;
      else hi = mid;
    }
    const hits: number[] = [];
    for (let k = lo; k < at.length && at[k]!.y <= b[3]; k++) if (inside(at[k]!.x, at[k]!.y, b)) hits.push(at[k]!.i);
    return hits.sort((a, b) => a - b).map((i) => runs[i]!);
  });
}

/** Does the document have ruled tables? */
export function hasLattice(doc: InputDocument, s: PdfSettings = PDF_SETTINGS): boolean {
  return (doc.pages ?? []).some((p) => p.rules.filter((r) => r.orientation === "h").length >= s.minTableRules && p.rules.filter((r) => r.orientation === "v").length >= s.minTableRules && findTables(p, s).length > 0);
}

/** Every page's tables and loose text → grid rows in reading order. */
export function latticeGrid(doc: InputDocument, s: PdfSettings = PDF_SETTINGS): GridRow[] {
  const pages = doc.pages ?? [];
  const tablesOf = new Map(pages.map((p) => [p.number, findTables(p, s)]));
  const inTable = (r: TextRun, p: PageContent) => (tablesOf.get(p.number) ?? []).some((t) => inside(...centre(r.box), t.box));
  const furniture = furnitureRuns(pages, s, inTable);
  const out: GridRow[] = [];
  // the last row of a table cut by the page break, waiting for its rest on the next page
  let cut: TableRow | null = null;
  // the last body row of the previous page's last table, for a merged cell the page break split
  let tail: PageTail | null = null;
  for (const page of pages) {
    const runs = page.runs.filter((r) => !furniture.has(r));
    const tables = tablesOf.get(page.number) ?? [];
    const rows: TableRow[] = [];
    const placed = new Set<TextRun>();
    let nextCut: TableRow | null = null;
    let nextTail: PageTail | null = tables.length ? null : tail;
    tables.forEach((t, i) => {
      // runs in a cell of the table; anything else on the page stays loose text (never dropped)
      const inCells = new Set(runsInBoxes(runs, t.cells.map((c) => c.box)).flat());
      const mine = runs.filter((r) => inCells.has(r));
      mine.forEach((r) => placed.add(r));
      const trs = tableRows(t, mine, page.number, s);
      if (i === 0 && cut) stitchCut(cut, trs, t, s);
      else if (i === 0 && tail) carrySplitMerge(tail, trs, t);
      rows.push(...trs);
      if (i === tables.length - 1 && t.openColumns) nextCut = Object.assign(trs.filter((r) => !r.stitched).pop() ?? {}, { openColumns: t.openColumns }) as TableRow;
      if (i === tables.length - 1) nextTail = pageTail(trs, t, mine);
    });
    cut = nextCut;
    tail = nextTail;
    rows.push(...looseRows(runs.filter((r) => !placed.has(r)), page.number, s));
    rows.sort((a, b) => a.top - b.top);
    for (const { top: _top, rooms: _rooms, stitched, openColumns: _open, ...row } of rows) if (!stitched) out.push(row);
  }
  return out;
}

/** The last body row of a page's last table, and the columns in which that table merges cells down. */
export interface PageTail {
  row: TableRow;
  mergedColumns: Set<number>;
  /** columns with text (own or merged down) in every body row of that page's table */
  fullColumns: Set<number>;
  /** the 序号 column (see seqColumn); -1 when no column holds bare numbers (the task cell may open with its own: `12．…`) */
  seqColumn: number;
  /**
   * columns where the cell over the last body row covers that row only and its text runs to the cell's foot over two
   * lines or more (text that flowed on past the page break: see joinSplitMerge)
   */
  filledToFoot: Set<number>;
}

/** Columns (one column wide) in which the table has a cell merged over two rows or more. */
function mergedColumns(table: LatticeTable): Set<number> {
  return new Set(table.cells.filter((c) => c.col[1] - c.col[0] === 1 && c.row[1] - c.row[0] >= 2).map((c) => c.col[0]));
}

const cellText = (c: GridCell | undefined) => (c?.lines ?? []).map((l) => l.text).join("").trim();
/** A header row: header words only (short cells; a body row's text can hold a header word such as 单位). */
const isHeaderRow = (r: TableRow) => isHeaderCells(r.cells.map((c) => c.lines.map((l) => l.text).join("")));

export function pageTail(rows: readonly TableRow[], table: LatticeTable, runs: readonly TextRun[] = []): PageTail | null {
  const body = bodyRows(rows);
  const row = body[body.length - 1];
  if (!row) return null;
  const at = rows.indexOf(row);
  const last = table.cells.filter((c) => c.col[1] - c.col[0] === 1 && c.row[0] === at && c.row[1] === at + 1);
  const inCells = runsInBoxes(runs, last.map((c) => c.box));
  const filled = new Set(last.filter((c, k) => filledToFoot(c.box, inCells[k]!) && onlyMerged(table, c.col[0], rows, at)).map((c) => c.col[0]));
  return { row, mergedColumns: mergedColumns(table), fullColumns: fullColumns(body), seqColumn: seqColumn(body), filledToFoot: filled };
}

/**
 * Every body cell of the column but the one over row `except` (and the page's last, which a break may cut) is merged
 * over two rows or more: a column of leaders each over a run of tasks, where a one-row cell is out of place.
 */
function onlyMerged(table: LatticeTable, col: number, rows: readonly TableRow[], except: number): boolean {
  const body = new Set(bodyRows(rows).map((r) => rows.indexOf(r)));
  const cells = table.cells.filter((c) => c.col[0] === col && c.col[1] - c.col[0] === 1 && body.has(c.row[0]) && c.row[0] !== except && c.row[1] !== rows.length);
  return cells.every((c) => c.row[1] - c.row[0] >= 2);
}

/** the most room (in line heights) a cell's last line may leave above its foot and still have filled the cell */
const FOOT_ROOM_LINES = 0.75;

/** Text of two lines or more whose last line ends at the cell's foot (no more room than the cell's padding). */
function filledToFoot(box: Box, runs: readonly TextRun[]): boolean {
  if (!runs.length) return false;
  const height = minOf(runs.map((r) => r.box[3] - r.box[1]));
  const lines = new Set(runs.map((r) => Math.round(r.box[1] / Math.max(1, height)))).size;
  return lines >= 2 && box[3] - maxOf(runs.map((r) => r.box[3])) <= FOOT_ROOM_LINES * height;
}

/**
 * The 序号 column of these body rows: the column where most rows hold a bare number (the first
 * column unless a 项目 / 类别 column stands before it, or 序号 is printed last); -1 when none does.
 */
function seqColumn(rows: readonly TableRow[]): number {
  const n = rows[0]?.cells.length ?? 0;
  let best = 0;
  let bestCount = 0;
  for (let c = 0; c < n; c++) {
    const count = rows.filter((r) => /^\d{1,3}$/.test(cellText(r.cells[c]))).length;
    if (count > bestCount) [best, bestCount] = [c, count];
  }
  return bestCount * 2 > rows.length ? best : -1;
}

const bodyRows = (rows: readonly TableRow[]) => rows.filter((r) => !r.stitched && !r.spansTable && r.cells.some((c) => c.lines.length) && !isHeaderRow(r));

/** The columns with text in every one of these rows. */
function fullColumns(rows: readonly TableRow[]): Set<number> {
  const n = rows[0]?.cells.length ?? 0;
  return new Set(Array.from({ length: n }, (_, c) => c).filter((c) => rows.every((r) => r.cells[c]?.lines.length)));
}

/**
 * A merged cell split by a page break where the table is ruled on both sides of it (a Word or
 * LibreOffice table: the cell closed at the page's foot, opened again at the next page's head): its
 * text is printed on one side only, and the part on the next page is an empty cell at the head of
 * the body, in a column where the table merges cells. Only in a column that has text in every other row
 * of both pages (a 分管领导 column merged over a leader's tasks). Empty and merged over two rows or more,
 * it can only be that continuation: it takes the text above the break, as a merged-down cell. Empty
 * over one row, it may be that or an empty cell: it takes the text too, and the row says it is a
 * guess (MERGED_CELL_ACROSS_PAGE). A column the table never merges, or a row that does not open
 * with its own 序号 (the rest of a cut row) in a cell over that row only, is left as printed.
 */
export function carrySplitMerge(tail: PageTail, next: TableRow[], table: LatticeTable): boolean {
  const rb = next.findIndex((r) => r.cells.some((c) => c.lines.length) && !isHeaderRow(r));
  const body = next[rb];
  if (!body || body.spansTable || body.cells.length !== tail.row.cells.length) return false;
  // a body opening without its own 序号 is the rest of the row cut above: it is that row, and the
  // merged cell goes on to the rows after it
  const seqCol = tail.seqColumn;
  const from = opensOwnRow(body, seqCol) ? rb : rb + 1;
  // a row with no cell of its own but its 序号 and task is merged whole with the row above: the table
  // stage fills such a row down (table/filldown.ts)
  const own = next[from];
  if (!own || own.cells.filter((c) => c.lines.length).length <= 2) return false;
  const merged = new Set([...tail.mergedColumns, ...mergedColumns(table)]);
  // the column has text in every other row on both pages: an empty cell there is no empty cell of its own
  let carried = false;
  for (let c = 0; c < body.cells.length; c++) {
    // (columns before a 序号 that is not the last column are 项目 / 类别 sections: the table stage keeps them)
    if (c === seqCol || (c < seqCol && seqCol < body.cells.length - 1)) continue;
    const above = tail.row.cells[c]!;
    if (body.cells[c]!.lines.length && cellText(above) && merged.has(c)) {
      carried = joinSplitMerge(tail, next, table, c, rb, from, body) || carried;
      continue;
    }
    if (body.cells[c]!.lines.length || !cellText(above) || !merged.has(c)) continue;
    // the cell of this column that covers the first body row (it may start on an empty band above it)
    const cell = table.cells.find((k) => k.col[0] === c && k.row[0] <= rb && rb < k.row[1] && k.col[1] - k.col[0] === 1);
    if (!cell || cell.row[1] <= from || !tail.fullColumns.has(c)) continue;
    const others = bodyRows(next.filter((_, r) => r < cell.row[0] || r >= cell.row[1]));
    if (others.length && !fullColumns(others).has(c)) continue;
    const lines = above.lines.map((l) => ({ ...l }));
    for (let r = from; r < cell.row[1]; r++) next[r]!.cells[c] = { lines, spanned: true };
    if (cell.row[1] - cell.row[0] < 2) {
      const message = `这一行在新一页的表格顶端，此栏为空；上一页同一栏最后一格是“${cellText(above)}”，表格在这一栏有合并单元格，推断是被分页截开的合并单元格，已沿用该内容。请核对原文。`;
      body.review = [...(body.review ?? []), { code: "MERGED_CELL_ACROSS_PAGE", message }];
    }
    carried = true;
  }
  return carried;
}

/** A task cell that opens with the row's number (`12．新增…`): a table with no 序号 column numbers its rows so. */
const NUMBERED_CELL = /^\s*[0-9０-９]{1,3}\s*[.、．](?![0-9０-９])/;

/**
 * Does this row open a record of its own (not the rest of a row cut above)? Its 序号 cell holds text; in a table
 * with no 序号 column, some cell opens with the row's number, or (as before) its first cell holds text.
 */
function opensOwnRow(row: TableRow, seqCol: number): boolean {
  if (seqCol >= 0) return cellText(row.cells[seqCol]) !== "";
  return row.cells.some((c) => NUMBERED_CELL.test(cellText(c))) || cellText(row.cells[0]) !== "";
}

/**
 * A merged cell split by a page break with its text split too (`刘志宏（管委会副主任）` printed in the page's last row,
 * `陈岚（党工委委员）` at the next page's head): in a column where the table merges cells, the last row's cell covers
 * that row alone and its text, two lines or more, runs to the cell's foot (it flowed on past the break), every other
 * cell of the column on both pages is merged over two rows or more (a one-row cell is out of place there), and the
 * next page opens with a cell merged over two rows or more, holding text. The two are read as one cell (its lines in
 * order) over every row of both parts. A row's own cell that its text happens to fill cannot be told from it for
 * sure, so each of those rows says it rests on the guess (MERGED_CELL_ACROSS_PAGE). A cell with room under its text
 * (centred, or top-aligned over a taller row) ended there: it is left as printed.
 */
function joinSplitMerge(tail: PageTail, next: TableRow[], table: LatticeTable, c: number, rb: number, from: number, body: TableRow): boolean {
  if (!tail.filledToFoot.has(c) || !tail.fullColumns.has(c) || from !== rb) return false;
  const cell = table.cells.find((k) => k.col[0] === c && k.row[0] === rb && k.col[1] - k.col[0] === 1);
  if (!cell || cell.row[1] - cell.row[0] < 2 || !onlyMerged(table, c, next, -1)) return false;
  const above = tail.row.cells[c]!;
  const lines = [...above.lines, ...body.cells[c]!.lines].map((l) => ({ ...l }));
  const message = `此栏的合并单元格可能被分页截开：上一页最后一行此栏为“${cellText(above)}”，新一页表格顶端此栏为“${cellText(body.cells[c])}”，已按同一个单元格合并两处内容。若原表是两个单元格，请分开。请核对原文。`;
  tail.row.cells[c] = { ...above, lines };
  tail.row.review = [...(tail.row.review ?? []), { code: "MERGED_CELL_ACROSS_PAGE", message }];
  for (let r = rb; r < cell.row[1]; r++) {
    next[r]!.cells[c] = r === rb ? { lines } : { lines, spanned: true };
    next[r]!.review = [...(next[r]!.review ?? []), { code: "MERGED_CELL_ACROSS_PAGE", message }];
  }
  return true;
}

/**
 * The last row of a page's table, cut by the page break (columns open at the
 * bottom), goes on in the next page's first table:
 * - the whole row was cut: the first body row there (header rows repeated
 *   above it skipped) has no text in its first (序号) column; its cells are
 *   joined onto the cut row's (`joinCut`) and the row is dropped;
 * - a merged cell was cut (the row ended, the cell went on): in an open
 *   column, the cell at the top of the next page's body, merged over its
 *   rows, is the same cell. Its text (printed on one side of the break only)
 *   belongs to the cut row and, as merged-down text, to every row it covers.
 */
export function stitchCut(cut: TableRow, next: TableRow[], table: LatticeTable, s: PdfSettings = PDF_SETTINGS): boolean {
  // the first body row under the break (a repeated header is not one; its index places merged cells below)
  const rb = next.findIndex((r) => r.cells.some((c) => c.lines.length) && !isHeaderRow(r));
  const body = next[rb];
  if (!body || body.cells.length !== cut.cells.length || body.spansTable) return false;
  // (the 序号 column where the rows show one: a 项目 column before it, merged over the rows, is empty at a page top
  // under a row that opens its own record, `| | 2 | …`)
  const seqCol = seqColumn(bodyRows([cut, ...next]));
  if (!cellText(body.cells[seqCol >= 0 ? seqCol : 0])) {
    body.cells.forEach((c, i) => {
      if (!c.lines.length || c.spanned) return;
      const mine = cut.cells[i]!;
      cut.cells[i] = { ...mine, lines: joinCut(mine.lines, c.lines, cut.rooms?.[i] ?? null, s) };
    });
    body.stitched = true;
    return true;
  }
  let carried = false;
  for (const c of cut.openColumns ?? []) {
    const cell = table.cells.find((k) => k.col[0] === c && k.row[0] === rb);
    if (!cell) continue;
    const above = cut.cells[c]!.lines;
    const below = body.cells[c]!.lines;
    // a one-row cell with text under a numbered row is that row's own cell, not the rest of one cut
    if (below.length && cell.row[1] - cell.row[0] < 2) continue;
    // the cell's text printed above the break, below it, or cut by it
    const lines = joinCut(above, below, cut.rooms?.[c] ?? null, s);
    if (!lines.length) continue;
    cut.cells[c] = { ...cut.cells[c]!, lines };
    for (let r = cell.row[0]; r < cell.row[1]; r++) next[r]!.cells[c] = { lines, spanned: true };
    carried = true;
  }
  return carried;
}
