/**
 * Cells glued into one run (an unruled PDF whose cells have no padding: a LibreOffice table set borderless, a
 * Word table with zero margins): a task cell's line filled to its cell's edge and the next cell's line that starts
 * right there are one piece of text to the PDF's reader (`…推进青禾新区建设区工业和信息`), so no empty strip separates
 * the columns and the stream reader, seeing text cross the column boundary, ends the table.
 *
 * Cell text starts at the left of its cell: where at least MIN_EDGE_RUNS runs between two header words start at
 * one position (within EDGE_SLACK), that is the next column's edge. A run that crosses that edge and no other
 * column boundary is two cells: it is cut at the character that stands at the edge (characters measured by their
 * kind, a Han or full-width character one em and any other half, scaled to the run's width). Only when the piece
 * right of the edge starts with a Han character; a run crossing several boundaries (a paragraph below the table)
 * is left whole.
 */
import type { TextRun } from "../model/intermediate.js";
import { headingLevel } from "../table/sections.js";

/** runs starting at one position for it to be a column's edge */
const MIN_EDGE_RUNS = 3;
/** points within which runs start at one position */
const EDGE_SLACK = 1;
/** how far (in em) from the edge the cut character may start */
const CUT_SLACK_EM = 0.4;

const isWide = (ch: string): boolean => /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’]/u.test(ch);

/** The leftmost position in (lo, hi] at which at least MIN_EDGE_RUNS runs start, or null. */
export function startEdge(body: readonly TextRun[], lo: number, hi: number): number | null {
  const starts = body.map((r) => r.box[0]).filter((x) => x > lo && x <= hi).sort((a, b) => a - b);
  for (let i = 0; i < starts.length; i++) {
    let n = 0;
    for (let j = i; j < starts.length && starts[j]! - starts[i]! <= EDGE_SLACK; j++) n++;
    if (n >= MIN_EDGE_RUNS) return starts[i]!;
  }
  return null;
}

/** The run cut at the character standing at `edge`, or null when no character starts there (or the right piece opens with no Han character). */
export function cutRunAt(r: TextRun, edge: number): [TextRun, TextRun] | null {
  const chars = [...r.text];
  const units = chars.map((ch) => (isWide(ch) ? 1 : 0.5));
  const total = units.reduce((a, b) => a + b, 0);
  if (total <= 0) return null;
  const scale = (r.box[2] - r.box[0]) / total;
  let x = r.box[0];
  for (let k = 0; k < chars.length; k++) {
    if (k > 0 && Math.abs(x - edge) <= CUT_SLACK_EM * r.fontSize) {
      const left = chars.slice(0, k).join("").trimEnd();
      const right = chars.slice(k).join("").trimStart();
      if (!left || !/^\p{Script=Han}/u.test(right)) return null;
      return [
        { ...r, text: left, box: [r.box[0], r.box[1], x, r.box[3]] },
        { ...r, text: right, box: [x, r.box[1], r.box[2], r.box[3]] },
      ];
    }
    x += units[k]! * scale;
  }
  return null;
}

/** Does the run cross `b` and no other of the boundaries? */
const crossesOnly = (r: TextRun, b: number, all: readonly number[]): boolean =>
  r.box[0] < b - r.fontSize && r.box[2] > b + r.fontSize && all.filter((x) => Number.isFinite(x) && r.box[0] < x - r.fontSize && r.box[2] > x + r.fontSize).length <= 1;

/** The runs cut at an edge they alone cross (a heading spanning the table's first columns stays whole). */
function cutAt(runs: readonly TextRun[], edge: number, bounds: readonly number[]): { runs: TextRun[]; cut: number } {
  let cut = 0;
  const out = runs.flatMap((r) => {
    if (headingLevel(r.text) !== null || !crossesOnly(r, edge, bounds)) return [r];
    const pieces = cutRunAt(r, edge);
    if (!pieces) return [r];
    cut++;
    return pieces;
  });
  return { runs: out, cut };
}

/**
 * The column boundaries with each glued edge found between two header words, the body with the runs glued
 * across such an edge cut there, and the edges (for the pages after, under the same columns). `bounds` as
 * `columnBounds` gives them (the first -Infinity, the last Infinity).
 */
export function ungluedColumns(
  cells: ReadonlyArray<{ x0: number; x1: number }>,
  bounds: readonly number[],
  body: readonly TextRun[],
): { bounds: number[]; body: TextRun[]; edges: number[] } {
  const out = [...bounds];
  let runs = [...body];
  const edges: number[] = [];
  for (let i = 0; i + 1 < cells.length; i++) {
    const edge = startEdge(runs, cells[i]!.x1, cells[i + 1]!.x0);
    if (edge === null) continue;
    const candidate = out.map((x, k) => (k === i + 1 ? edge - EDGE_SLACK / 2 : x));
    const done = cutAt(runs, edge, candidate);
    if (!done.cut) continue;
    out[i + 1] = candidate[i + 1]!;
    runs = done.runs;
    edges.push(edge);
  }
  return { bounds: out, body: runs, edges };
}

/** A later page's runs cut at the glued edges found under the header (see `ungluedColumns`). */
export function cutGluedRuns(body: readonly TextRun[], edges: readonly number[], bounds: readonly number[]): TextRun[] {
  let runs = [...body];
  for (const e of edges) runs = cutAt(runs, e, bounds).runs;
  return runs;
}
