/**
 * Columns packed by `pdftotext -layout` (a narrow table, or a PDF whose characters are wider than
 * poppler's grid): poppler places each cell right after the widest text to its left on the same
 * printed line, one space apart, so the columns right of the task do not keep their positions. A
 * row whose task lines are long has its unit and people cells three or four positions left of
 * where a row with short task lines has them (`区工业和信  区统计局、青溪经  林一凡  周子墨` at 18,
 * 24, 34, 38 under a row printed at 21, 27, 37, 41), and a cell is often printed one space after
 * the one before it. Cut by fixed edges, such rows put units in the lead column and people in the
 * unit column.
 *
 * What packing keeps is the order of the cells on a printed line and the spacing between them (a
 * shift moves all the cells right of the task together). So each line's cells right of the task
 * are matched to the columns by their order and a shift of the whole line: the columns' edges are
 * read from the rows that print a cell in every column (the median start of each), and a line's
 * cells take the columns and shift that fit them best, a lone cell the nearest edge. The lines are
 * then written again with every column at one position (wide enough for its longest cell, two
 * spaces apart) and the header words over them, for the aligned reader to cut as any other.
 *
 * Only when the table is packed: the columns after the task are all responsibility, people or date
 * columns (a 项目 column before the task is not handled), edges are read from at least
 * MIN_FULL_ROWS full rows, and at least MIN_SHIFTED lines (and SHIFTED_SHARE of the lines with
 * cells) need a shift of SHIFT_SEEN or more. A table whose columns keep their positions is left
 * as it is.
 */
import type { SourceLine } from "../../model/intermediate.js";
import { columnOf, MEASURE_WORD, type AlignedHeader } from "../aligned.js";
import { maxOf } from "../../arrays.js";
import { clean } from "./gluedseq.js";
import type { CanonicalField } from "../../model/schema.js";
import { isUnitField } from "../../table/lexicon.js";
import { isComplete } from "../../names/classify.js";

/** a piece of a line's text and where it stands */
interface Piece {
  text: string;
  start: number;
  end: number;
}

/** rows printing a cell in every column needed to read the edges from */
const MIN_FULL_ROWS = 3;
/** share of the full rows' neighbouring cells printed one space apart (or flush) in a packed table */
const TIGHT_SHARE = 0.5;
/** share of the full rows' cells the header's words put in another column than the cells' order does */
const MISPLACED_SHARE = 0.25;
/** the largest shift tried */
const MAX_SHIFT = 8;
/** the cost of a shift per position (a lone cell goes to the nearest edge) */
const SHIFT_COST = 0.3;
/** how far from the task column's edge a line's task text may start */
const TASK_SLACK = 2;


/** left of a space between two cells: a Chinese character, a closing mark, or a number (`项目120 革局`) */
const CELL_END = /[\p{Script=Han}，。、；：）)”%％0-9０-９]/u;
/** what goes on a number's text after a space (`120 个`, `10% 以上`, `6.5% 左右`): no cell starts so */
const NUMBER_TAIL = /^(?:以上|以下|左右|以内|之间|上下|的|和|或|至|到)/u;
/** right of it: a Chinese character or an opening quote (not a bracket: `市住建局 （市人防办）` is one name) */
const CELL_START = /[\p{Script=Han}“]/u;
/** prose punctuation: a piece holding it is the task's text, not a name */
export const PROSE = /[，。；：！？]/;
const BARE_SEQ = /^([0-9０-９]{1,3})[.、．]?$/;
const SEQ_BEFORE = /^([0-9０-９]{1,3}[.、．]?) (\S.*)$/u;

/**
 * A line cut into pieces: at runs of two or more spaces, and at a single space between the end of
 * one cell and the start of the next (`各街道办 孙可为`, `增长5.6% 区发展和改`, `项目120 革局`). A space
 * before a number (`增长 5.6%`), or after one before its measure word or what goes on its text
 * (`120 个`, `10% 以上`), is the text's own.
 */
export function packedPieces(text: string): Piece[] {
  const t = clean(text);
  const out: Piece[] = [];
  let cur: Piece | null = null;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    if (ch === " ") continue;
    if (cur) {
      const gap = i - cur.end;
      const before = t[i - 2] ?? "";
      const number = /[0-9０-９%％]/.test(before);
      const cut = gap >= 2 || (gap === 1 && CELL_END.test(before) && CELL_START.test(ch) && !(number && (MEASURE_WORD.test(t.slice(i)) || NUMBER_TAIL.test(t.slice(i)))));
      if (cut) {
        out.push(cur);
        cur = null;
      } else if (gap === 1) cur.text += " ";
    }
    cur ??= { text: "", start: i, end: i };
    cur.text += ch;
    cur.end = i + 1;
  }
  if (cur) out.push(cur);
  return out;
}

/** A body line's parts: what stands left of the cells right of the task (序号 and task text), and those cells. */
interface Parts {
  index: number;
  /** the line's 序号 and task text, kept where they are */
  left: Piece[];
  cells: Piece[];
  anchor: boolean;
}

/** The line's parts, or null for a line that is no row's (a heading or title starting left of the task's text). */
function lineParts(text: string, index: number, taskEdge: number): Parts | null {
  const pieces = packedPieces(text);
  if (!pieces.length) return null;
  const left: Piece[] = [];
  let k = 0;
  let anchor = false;
  const first = pieces[0]!;
  const bare = BARE_SEQ.exec(first.text);
  const before = SEQ_BEFORE.exec(first.text);
  if (bare && first.start < taskEdge) {
    left.push(first);
    k = 1;
    anchor = true;
  } else if (before && first.start < taskEdge && Math.abs(first.start + before[1]!.length + 1 - taskEdge) <= TASK_SLACK) {
    // a 序号 printed one space before the task's text
    left.push({ text: before[1]!, start: first.start, end: first.start + before[1]!.length });
    pieces[0] = { text: before[2]!, start: first.start + before[1]!.length + 1, end: first.end };
    anchor = true;
  } else if (first.start < taskEdge - TASK_SLACK) return null;
  const next = pieces[k];
  if (next && next.start < taskEdge - TASK_SLACK) return null;
  if (next && (Math.abs(next.start - taskEdge) <= TASK_SLACK || PROSE.test(next.text))) {
    left.push(next);
    k++;
    // the task's text cut at a space of its own: a piece of prose right after it
    while (k < pieces.length && PROSE.test(pieces[k]!.text)) left.push(pieces[k++]!);
  }
  return { index, left, cells: pieces.slice(k), anchor };
}

/** The columns and shift that fit a line's cells to the edges best: the column of each cell, and the shift. */
export function fitCells(starts: readonly number[], edges: readonly number[]): { cols: number[]; shift: number } | null {
  const k = starts.length;
  if (k === 0 || k > edges.length) return null;
  let best: { cols: number[]; shift: number; cost: number } | null = null;
  const choose = (from: number, picked: number[]): void => {
    if (picked.length === k) {
      for (let s = -MAX_SHIFT; s <= MAX_SHIFT; s++) {
        let cost = SHIFT_COST * Math.abs(s);
        for (let i = 0; i < k; i++) cost += Math.abs(starts[i]! + s - edges[picked[i]!]!);
        if (!best || cost < best.cost - 1e-9) best = { cols: [...picked], shift: s, cost };
      }
      return;
    }
    for (let c = from; c <= edges.length - (k - picked.length); c++) choose(c + 1, [...picked, c]);
  };
  choose(0, []);
  const b = best as { cols: number[]; shift: number; cost: number } | null;
  return b ? { cols: b.cols, shift: b.shift } : null;
}

/** The kind of names a column holds: people (leaders, supervisors), units (the unit columns), or none. */
export const columnKind = (field: CanonicalField): "unit" | "person" | null =>
  field === "leaders" || field === "supervisors" ? "person" : isUnitField(field) ? "unit" : null;

/**
 * A cell's text so far that goes on in the next line: it ends on a list's mark (`市发展改革委、市`, `…、`),
 * or its last name is no whole name of the column's kind (`市工业和信息`, `周子墨、孙`).
 */
export function isUnfinished(text: string, field: CanonicalField): boolean {
  if (/[、，,]$/.test(text)) return true;
  const last = text.split(/[、，,]/).at(-1)!.trim();
  if (!last) return true;
  const kind = columnKind(field);
  return kind !== null && !isComplete(last, kind);
}

/** Are two printings of a header at the same positions (one page's grid printed again)? */
const sameGrid = (a: AlignedHeader, b: AlignedHeader): boolean =>
  a.starts !== undefined && b.starts !== undefined && a.starts.length === b.starts.length && a.starts.every((x, c) => Math.abs(x - b.starts![c]!) <= TASK_SLACK);

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
};

/**
 * The lines with packed columns written again at fixed positions, and the header read from them;
 * null when the table is not packed (see the module's comment).
 */
export function unpackedColumns(
  lines: readonly SourceLine[],
  h: AlignedHeader,
  headerAt: (lines: readonly SourceLine[], i: number) => AlignedHeader | null,
): { lines: SourceLine[]; h: AlignedHeader; guessed: Set<number> } | null {
  if (h.metric !== "chars") return null;
  const taskCol = h.columns.indexOf("task");
  if (taskCol < 0 || h.columns.slice(0, taskCol).some((c) => c !== "seq")) return null;
  const after = h.columns.slice(taskCol + 1);
  const m = after.length;
  if (m < 2 || after.some((c) => c === "task" || c === "seq" || c === "section")) return null;
  // the header printings: where each starts and how many lines it takes
  const headers: AlignedHeader[] = [h];
  for (let i = h.index + h.used; i < lines.length; i++) {
    const x = headerAt(lines, i);
    if (x && x.headers.length === h.headers.length) {
      headers.push(x);
      i = x.index + x.used - 1;
    }
  }
  const parts: Parts[] = [];
  // each line's fit, and the edges of its page it was fitted to
  const fits = new Map<number, { cols: number[]; shift: number; byText?: true; edges: readonly number[] }>();
  let edges: number[] | null = null;
  // the header printing the edges were read under
  let gridHeader: AlignedHeader | null = null;
  let misplaced = 0;
  let placed = 0;
  // the header printings (by index) whose regions are left as printed
  const kept = new Set<number>();
  let tight = 0;
  let loose = 0;
  for (let r = 0; r < headers.length; r++) {
    const from = headers[r]!.index + headers[r]!.used;
    const to = r + 1 < headers.length ? headers[r + 1]!.index - (headers[r + 1]!.above ? 1 : 0) : lines.length;
    // the task column's edge: where most numbered lines' text after the 序号 starts
    const starts = new Map<number, number>();
    for (let i = from; i < to; i++) {
      const ps = packedPieces(lines[i]!.text);
      const seq = ps[0] && (BARE_SEQ.test(ps[0].text) ? ps[1]?.start : SEQ_BEFORE.test(ps[0].text) ? ps[0].start + SEQ_BEFORE.exec(ps[0].text)![1]!.length + 1 : undefined);
      if (seq !== undefined) starts.set(seq, (starts.get(seq) ?? 0) + 1);
    }
    if (!starts.size) {
      kept.add(r);
      continue;
    }
    const taskEdge = [...starts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
    const region: Parts[] = [];
    for (let i = from; i < to; i++) {
      const p = lineParts(lines[i]!.text, i, taskEdge);
      if (p?.cells.length) region.push(p);
    }
    const full = region.filter((p) => p.anchor && p.cells.length === m);
    // (a page's own grid: a region with too few full rows to show its edges is left as printed, its header too, unless
    // its header stands where the one the edges were read under stands)
    if (full.length < MIN_FULL_ROWS && !(edges && gridHeader && sameGrid(headers[r]!, gridHeader))) {
      kept.add(r);
      continue;
    }
    if (full.length >= MIN_FULL_ROWS) {
      gridHeader = headers[r]!;
      const e = after.map((_, c) => median(full.map((p) => p.cells[c]!.start)));
      edges = e;
      // the header's words put a full row's cells in other columns than their order does
      const hb = headers[r]!.bounds;
      for (const p of full) p.cells.forEach((x, c) => (columnOf(hb, x.start) !== taskCol + 1 + c ? misplaced++ : placed++));
      // cells printed one space after the cell before them
      for (const p of full) for (let c = 1; c < m; c++) (p.cells[c]!.start - p.cells[c - 1]!.end <= 1 ? tight++ : loose++);
    }
    // the row's cell text per column since its last finished name: a line under a row's first line goes on the columns left unfinished
    let row: string[] | null = null;
    for (const p of region) {
      if (p.cells.length > m) continue;
      const fitted = fitCells(
        p.cells.map((x) => x.start),
        edges!,
      );
      if (!fitted) continue;
      const open = row && !p.anchor ? row.flatMap((t, c) => (t && isUnfinished(t, after[c]!) ? [c] : [])) : [];
      const fit = open.length === p.cells.length && open.join() !== fitted.cols.join() ? { cols: open, shift: fitted.shift, byText: true as const } : fitted;
      if (p.anchor) row = after.map(() => "");
      if (row) {
        for (const [k, x] of p.cells.entries()) {
          const c = fit.cols[k]!;
          row[c] = row[c] && isUnfinished(row[c], after[c]!) ? row[c] + x.text : x.text;
        }
      }
      fits.set(p.index, { ...fit, edges: edges! });
      parts.push(p);
    }
  }
  if (!edges || tight < TIGHT_SHARE * (tight + loose) || misplaced < MISPLACED_SHARE * (misplaced + placed)) return null;
  // each column at one position: after the longest text left of it, wide enough for its longest cell
  const widths = after.map(() => 0);
  let leftEnd = 0;
  for (const p of parts) {
    const fit = fits.get(p.index)!;
    p.cells.forEach((x, k) => (widths[fit.cols[k]!] = Math.max(widths[fit.cols[k]!]!, x.end - x.start)));
    if (p.left.length) leftEnd = Math.max(leftEnd, p.left.at(-1)!.end);
  }
  for (const x of headers) leftEnd = maxOf([leftEnd, ...(x.starts ?? []).slice(0, taskCol + 1).map((s, c) => s + x.headers[c]!.length)]);
  // (a column is at least as wide as its header word)
  const positions: number[] = [];
  after.forEach((_, c) => positions.push(c === 0 ? leftEnd + 2 : positions[c - 1]! + Math.max(widths[c - 1]!, h.headers[taskCol + c]!.length) + 2));
  // lines whose cells went to columns their positions alone do not give: by order, or moved together
  const guessed = new Set<number>();
  for (const p of parts) {
    const fit = fits.get(p.index)!;
    const own = fit.edges;
    const nearest = (x: number) => own.reduce((b, e, c) => (Math.abs(x - e) < Math.abs(x - own[b]!) ? c : b), 0);
    if (fit.shift !== 0 || "byText" in fit || p.cells.some((x, k) => nearest(x.start) !== fit.cols[k])) guessed.add(lines[p.index]!.line);
  }
  const out = [...lines];
  const render = (pieces: ReadonlyArray<{ text: string; at: number }>, page: string): string => {
    let t = "";
    for (const { text, at } of pieces) t += " ".repeat(Math.max(t.length ? 2 : 0, at - t.length)) + text;
    return page + t;
  };
  const pageMark = (text: string): string => (text.startsWith("\f") ? "\f" : "");
  for (const p of parts) {
    const fit = fits.get(p.index)!;
    const text = lines[p.index]!.text;
    out[p.index] = {
      ...lines[p.index]!,
      text: render([...p.left.map((x) => ({ text: x.text, at: x.start })), ...p.cells.map((x, k) => ({ text: x.text, at: positions[fit.cols[k]!]! }))], pageMark(text)),
    };
  }
  for (const [r, x] of headers.entries()) {
    if (kept.has(r)) continue;
    const words = x.headers.map((text, c) => ({ text, at: c <= taskCol ? (x.starts?.[c] ?? 0) : positions[c - taskCol - 1]! }));
    out[x.index] = { ...lines[x.index]!, text: render(words, pageMark(lines[x.index]!.text)) };
    for (let k = 1; k < x.used; k++) out[x.index + k] = { ...lines[x.index + k]!, text: "" };
    if (x.above) out[x.index - 1] = { ...lines[x.index - 1]!, text: "" };
  }
  const top = headerAt(out, h.index);
  return top && top.headers.length === h.headers.length ? { lines: out, h: top, guessed } : null;
}
