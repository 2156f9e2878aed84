/**
 * A position-kept table (`pdftotext -layout`) with no 序号 column whose rows are numbered inside the task
 * cell (`挂钩领导 | 工作举措 | 责任主体 …`, each task cell opening `12．新增高新技术企业…`, the number glued to
 * the words). The aligned reader follows rows by their 序号; here the number is the first thing the task
 * column holds on the row's first line, at the task column's left edge.
 *
 * The lines are rewritten into the form the reader knows: a 序号 column is put before the first column (every
 * line of the table shifted right by the same width, so the columns keep their positions relative to one
 * another); every printing of the header gains the word 序号 there; each numbered task line gets its number
 * there, and the number is blanked out of the task (spaces of the same width: the rest of the line keeps its
 * place, and a people cell printed one space before the number is kept apart from the task).
 *
 * Only when the header names a task column and no 序号, no line is numbered the usual way, and the numbers glued
 * at the task column's edge run on one after another (see \`gluedRowsRun\`): sub-points
 * `1．…2．…` restarting inside cells do not make rows.
 */
import type { SourceLine } from "../../model/intermediate.js";
import type { AlignedHeader, Metric } from "../aligned.js";
import { columnOf, segments } from "../aligned.js";
import { minOf } from "../../arrays.js";
import { headingLevel } from "../../table/sections.js";
import { GLUED_NUMBER_IN_LINE, gluedRowsRun, longestChain, MIN_GLUED_ROWS, sectionRuns } from "../gluednumber.js";

/** how far (positions) from the task column's text edge a row's number may start (pdftotext moves a line by one or two) */
const EDGE_SLACK = 2;
/** the lines needed to start at a position for it to be the task column's edge */
const MIN_EDGE_LINES = 3;
/** the width of the 序号 column put before the table (a three-digit number and a wide gap) */
const SEQ_WIDTH = 6;
/** A line numbered the usual way: a number alone or before a gap. */
const USUAL_SEQ = /^\s*[0-9０-９]{1,3}\s*[.、．]?(\s{2,}|$)/;

const isWide = (ch: string): boolean => /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2E80-\u2FDF]/u.test(ch);
const widthOf = (text: string, metric: Metric): number => [...text].reduce((w, ch) => w + (metric === "display" && isWide(ch) ? 2 : 1), 0);
/** The text the aligned reader measures (tabs as four spaces, control characters dropped). */
export const clean = (text: string): string => text.replace(/\t/g, "    ").replace(/[\f\v\r]/g, "");

interface Glued {
  i: number;
  seq: number;
  /** index of the number's first character and the mark's end in the cleaned text */
  from: number;
  to: number;
}

/**
 * A line that is one heading alone (`一、稳增长` / `（一）扩大有效投资`), printed from at most the task column's text edge
 * (as a row's number, give or take what pdftotext moves a page by: `EDGE_SLACK`).
 */
function isHeadingLine(text: string, h: AlignedHeader, edge: number): boolean {
  const segs = segments(clean(text), h.metric);
  return segs.length === 1 && segs[0]!.start <= edge + EDGE_SLACK && headingLevel(segs[0]!.text) !== null;
}

/** A line whose first piece, left of the task column's text edge, opens a heading (`一、扩大有` of a narrow centred 类别 cell). */
function isSectionPiece(text: string, h: AlignedHeader, edge: number): boolean {
  const first = segments(clean(text), h.metric)[0];
  return first !== undefined && first.start < edge && headingLevel(first.text) !== null;
}

/** The leftmost position at which MIN_EDGE_LINES segments of the task column start. */
function taskEdge(body: readonly string[], h: AlignedHeader, taskCol: number): number | undefined {
  const counts = new Map<number, number>();
  for (const text of body)
    for (const seg of segments(text, h.metric)) if (Math.min(columnOf(h.bounds, seg.start), h.columns.length - 1) === taskCol) counts.set(seg.start, (counts.get(seg.start) ?? 0) + 1);
  const shared = [...counts].filter(([, k]) => k >= MIN_EDGE_LINES).map(([p]) => p);
  return shared.length ? minOf(shared) : undefined;
}

/**
 * The lines rewritten with a 序号 column (see above), and the lines on which the rows' tasks start (by source line
 * number), or null when the table is not of this kind.
 * `isHeader(lines, i)` tells a printing of the table's header (the first, or one repeated at a page top).
 */
export function gluedSeqColumn(lines: readonly SourceLine[], h: AlignedHeader, isHeader: (i: number) => boolean): { lines: SourceLine[]; taskStarts: Set<number> } | null {
  if (h.columns.includes("seq")) return null;
  const taskCol = h.columns.indexOf("task");
  if (taskCol < 0) return null;
  const start = h.index + h.used;
  const body = lines.slice(start).map((l) => l.text);
  // rows numbered the usual way (a 序号 alone or before a gap): not this kind
  if (body.filter((t) => USUAL_SEQ.test(clean(t)) && segments(t, h.metric).length >= 2).length >= MIN_GLUED_ROWS) return null;
  const edge = taskEdge(body, h, taskCol);
  if (edge === undefined) return null;
  const found: Glued[] = [];
  for (let i = start; i < lines.length; i++) {
    const text = clean(lines[i]!.text);
    for (const m of text.matchAll(GLUED_NUMBER_IN_LINE)) {
      const k = m.index!;
      // the number opens the line or stands after a space (`刘志宏（管 11．…`: a people cell one space before it)
      if (k > 0 && !/\s/.test(text[k - 1]!)) continue;
      const pos = widthOf(text.slice(0, k), h.metric);
      if (Math.abs(pos - edge) > EDGE_SLACK || columnOf(h.bounds, pos) !== taskCol) continue;
      found.push({ i, seq: Number(m[1] ?? m[2]), from: k, to: k + m[0].length });
      break;
    }
  }
  let chain = longestChain(found);
  if (!gluedRowsRun(chain, found)) {
    // numbered per section (`（1）…（4）` under each 类别, the 类别 cell centred on its rows): numbered on through the table
    const runs = found.length >= MIN_GLUED_ROWS ? sectionRuns(found, (i) => isSectionPiece(lines[i]!.text, h, edge)) : null;
    if (!runs) return null;
    let n = 0;
    chain = runs.flat().map((f) => ({ ...f, seq: ++n }));
  }
  // the number goes on the line at the centre of the row's task lines (the row's centre: its cells are centred on it, and
  // a task printed top-aligned is the row's tallest cell, so its centre too), as a 序号 cell is printed; with an even
  // count of lines, on the upper of the two middle ones. The task's lines run from the number's line to the line before
  // the next number, a blank line, a header or a page break.
  const starts = new Set(chain.map((c) => c.i));
  const blanked = (i: number): string => {
    const text = clean(lines[i]!.text);
    const g = chain.find((c) => c.i === i);
    return g ? text.slice(0, g.from) + " ".repeat(widthOf(text.slice(g.from, g.to), h.metric)) + text.slice(g.to) : text;
  };
  const holdsTask = (i: number) => segments(blanked(i), h.metric).some((s) => Math.min(columnOf(h.bounds, s.start), h.columns.length - 1) === taskCol);
  const rows = new Map<number, Glued>();
  for (const c of chain) {
    let last = c.i;
    for (let j = c.i + 1; j < lines.length && !starts.has(j) && lines[j]!.text.trim() && !/^[\f\v]/.test(lines[j]!.text) && !isHeader(j); j++) if (holdsTask(j)) last = j;
    rows.set(Math.floor((c.i + last) / 2), c);
  }
  const pad = " ".repeat(SEQ_WIDTH);
  const seqWord = "序号";
  const headerPad = " ".repeat(Math.max(2, SEQ_WIDTH - widthOf(seqWord, h.metric)));
  // from the line above the header (a header word wrapped over it) on, every line shifts by the 序号 column
  const first = Math.max(0, h.index - 1);
  const out = lines.map((l, i) => {
    if (i < first) return l;
    const lead = /^[\f\v]*/.exec(l.text)![0];
    const rest = l.text.slice(lead.length);
    if (i >= h.index && isHeader(i)) return { ...l, text: `${lead}${seqWord}${headerPad}${clean(rest)}` };
    const g = rows.get(i);
    // a heading row printed from the table's left edge (`一、…`, `（一）…`) stays there: in the 序号 column, where
    // the reader takes a heading (shifted, it would read as the task column's text)
    if (!g && !starts.has(i) && isHeadingLine(rest, h, edge)) return l;
    return { ...l, text: `${lead}${g ? String(g.seq).padEnd(SEQ_WIDTH) : pad}${blanked(i)}` };
  });
  // where each row's task starts (its number's line, by source line): the row starts there or above, the row before ends above
  return { lines: out, taskStarts: new Set(chain.map((c) => lines[c.i]!.line)) };
}
