/**
 * A table with no 序号 column, its rows numbered inside the task cell (`挂钩领导 | 工作举措 | 责任主体 …`, each
 * task cell `12．新增高新技术企业…`), copied out as text one cell after another (`pdftotext -raw`, a viewer's
 * copy). The flat reader follows rows by their 序号; here the number stands glued to the task's first words, and a
 * people column printed before the task puts its names before that number.
 *
 * The lines are rewritten into the form the reader knows (`序号 | 挂钩领导 | 工作举措 …`): the header gains a
 * 序号 word; each numbered task line becomes its number, then the people printed just before it (whole names,
 * perhaps with a title in brackets wrapped over lines), then the task's words. Nothing else moves.
 *
 * Only when the header names a task column and no 序号, no row is numbered the usual way, and the numbers glued to
 * the task lines run on one after another through the table (sub-points `1．…2．…` restarting in each cell do not).
 */
import type { SourceLine } from "../../model/intermediate.js";
import { findFlatHeader, headerRun } from "./header.js";
import { isHeadingStart, norm, parseSeqLine, tokenKind } from "./fragments.js";
import { cellKind } from "../../table/merged.js";
import { gluedNumber, gluedRowsRun, longestChain, MIN_GLUED_ROWS, sectionRuns } from "../gluednumber.js";

/** the most lines a people cell before a task is printed on (two names with titles, wrapped) */
const MAX_PEOPLE_LINES = 6;

/** One person, perhaps with a title in brackets (`刘志宏（管委会副主任）`). */
const PERSON_WITH_TITLE = /^([\p{Script=Han}·]{2,5})(?:[（(]([^（）()]{1,16})[）)])?$/u;

/**
 * The people printed on `lines` (a people cell before a task): each a person's name, perhaps padded (`陈 岚`) and
 * with a title in brackets that may wrap over lines. Their names joined by `、`, or null when any piece is no person.
 */
export function peopleCell(lines: readonly string[]): string | null {
  const people: string[] = [];
  let open = "";
  for (const raw of lines) {
    const line = norm(raw).trim().replace(/^(\p{Script=Han})[ \u3000]+(\p{Script=Han})(?=$|[（(\s])/u, "$1$2");
    if (!line) return null;
    if (open) {
      open += line.replace(/\s+/g, "");
      if (/[）)]$/.test(open) || !/[（(][^）)]*$/.test(open)) {
        people.push(open);
        open = "";
      }
      continue;
    }
    for (const piece of line.split(/[\s、，,]+/).filter(Boolean)) {
      if (open) return null;
      if (/[（(][^）)]*$/.test(piece)) open = piece;
      else people.push(piece);
    }
  }
  if (open || !people.length) return null;
  for (const p of people) {
    const m = PERSON_WITH_TITLE.exec(p);
    // a deadline cell of the row above (`全年`, `年底`) reads like a two-character name: no person
    if (!m || tokenKind(m[1]!) !== "person" || cellKind(m[1]!) === "time") return null;
  }
  return people.join("、");
}

export interface NumberedInCell {
  lines: SourceLine[];
  /**
   * Rows whose people were printed right under a header repeated at a page break: a merged people cell that crossed
   * the break prints its names in two parts, one on each page, and which rows each part spans the text does not say.
   */
  afterPageHeader: Array<{ seq: number; line: number }>;
  /** rows whose printed number went back to 1 under a heading (a table numbered per section), numbered on here */
  restarts: Array<{ seq: number; printed: number; line: number }>;
}

/** The lines rewritten with a 序号 (see above), or null when the table is not one of this kind. */
export function numberInTaskCell(lines: readonly SourceLine[]): NumberedInCell | null {
  const header = findFlatHeader(lines);
  if (!header || header.columns.includes("seq") || !header.columns.includes("task")) return null;
  const after = lines.slice(header.end + 1);
  // rows numbered the usual way (a 序号 alone or before a space): not this kind
  if (after.filter((l) => parseSeqLine(l.text)).length >= MIN_GLUED_ROWS) return null;
  const found = after.flatMap((l, k) => {
    const g = gluedNumber(norm(l.text));
    return g ? [{ i: header.end + 1 + k, seq: g.seq }] : [];
  });
  let chain = longestChain(found);
  const restarts: NumberedInCell["restarts"] = [];
  if (!gluedRowsRun(chain, found)) {
    // numbered per section (`（1）…（4）` under each 类别): numbered on through the table, each restart said
    const runs = sectionRuns(found, (i) => isHeadingStart(lines[i]!.text));
    if (!runs || found.length < MIN_GLUED_ROWS) return null;
    let n = 0;
    chain = runs.flatMap((run, r) => run.map((f) => {
      n++;
      if (r > 0 && f.seq === 1) restarts.push({ seq: n, printed: 1, line: lines[f.i]!.line });
      return { ...f, seq: n };
    }));
  }
  const taskAt = header.columns.indexOf("task");
  const peopleFirst = header.columns.slice(0, taskAt).some((c) => c === "leaders" || c === "supervisors");

  // every printing of the header (one per page) gains the 序号 word
  const headerStarts = new Set<number>([header.start]);
  for (let i = header.end + 1; i < lines.length; i++) if (headerRun(lines, i, header) !== null) headerStarts.add(i);
  const rows = new Map(chain.map((c) => [c.i, c.seq]));
  const moved = new Set<number>();
  const peopleAt = new Map<number, SourceLine>();
  const afterPageHeader: NumberedInCell["afterPageHeader"] = [];
  if (peopleFirst) {
    for (const { i } of chain) {
      let best = -1;
      for (let j = i - 1; j >= Math.max(header.end + 1, i - MAX_PEOPLE_LINES); j--) {
        if (rows.has(j) || headerStarts.has(j) || moved.has(j) || !lines[j]!.text.trim()) break;
        if (peopleCell(lines.slice(j, i).map((l) => l.text)) !== null) best = j;
      }
      if (best < 0) continue;
      for (let j = best; j < i; j++) moved.add(j);
      // the header printed again just above the names (a few lines up: its wrapped words, a page number), no row between
      const headerAbove = [...headerStarts].some((h) => h > header.end && h < best && best - h <= MAX_PEOPLE_LINES && !chain.some((c) => c.i > h && c.i < best));
      if (headerAbove) afterPageHeader.push({ seq: rows.get(i)!, line: lines[i]!.line });
      peopleAt.set(i, { ...lines[best]!, text: peopleCell(lines.slice(best, i).map((l) => l.text))! });
    }
  }
  const out: SourceLine[] = [];
  lines.forEach((l, i) => {
    if (moved.has(i)) return;
    if (headerStarts.has(i)) {
      out.push({ ...l, text: `序号 ${l.text}` });
      return;
    }
    const seq = rows.get(i);
    if (seq === undefined) {
      out.push(l);
      return;
    }
    out.push({ ...l, text: String(seq) });
    const people = peopleAt.get(i);
    if (people) out.push(people);
    out.push({ ...l, text: gluedNumber(norm(l.text))!.rest });
  });
  return { lines: out, afterPageHeader, restarts };
}
