/**
 * Numbering of a text table that does not print a plain 序号 (tsv, markdown, csv grids):
 * - a 序号 column of section-prefixed numbers (`1.1`, `1.2`, `2.1`; `1-1`, `2-3`) numbers its rows
 *   in the order they come, as the list layout reads `1-1` and `1.1` tasks;
 * - a table without a 序号 column whose task cells are not numbered either: every task row is
 *   numbered in the order it comes (a 序号 column is added in front of the header and the rows).
 * Both rewrite the grid before the table stage, which numbers records by the 序号 cell.
 */
import type { GridCell, GridRow } from "../model/intermediate.js";
import { cellText, cellTexts, filledCells, isHeaderCells } from "../table/find.js";
import { mapHeaders } from "../table/headers.js";
import { endsSentence, isResponsibilityField, NUMBERED_TASK } from "../table/lexicon.js";
import { headingLevel } from "../table/sections.js";

/** A section-prefixed 序号: section, then item, joined by a dot or a dash (`1.1`, `2-3`, full-width forms after NFKC). */
const COMPOUND_SEQ = /^\s*(\d{1,2})\s*[.\-–—－]\s*(\d{1,3})\s*[.、]?\s*$/;

/** A compound 序号's (section, item), or null. */
export function compoundSeq(text: string): [number, number] | null {
  const m = COMPOUND_SEQ.exec(text.normalize("NFKC"));
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/**
 * Do these (section, item) pairs number rows? At least two, each the item after the one above in
 * its section or the first item of a later section. Decimals in a column of amounts (`1.5`, `0.8`)
 * do not go so.
 */
export function isCompoundNumbering(pairs: ReadonlyArray<readonly [number, number]>): boolean {
  if (pairs.length < 2) return false;
  return pairs.every(([s, i], k) => {
    if (k === 0) return i === 1;
    const [ps, pi] = pairs[k - 1]!;
    return (s === ps && i === pi + 1) || (s > ps && i === 1);
  });
}

const cell = (text: string): GridCell => ({ lines: text ? [{ text }] : [] });

/** The header rows of the grid (each opens a table) with their columns. */
function headers(rows: readonly GridRow[]): number[] {
  const out: number[] = [];
  rows.forEach((r, i) => {
    if (isHeaderCells(cellTexts(r).map((t) => t.trim()).filter(Boolean))) out.push(i);
  });
  return out;
}

/** The rows of each table: from a header row up to the next header row that changes the columns. */
function tableSpans(rows: readonly GridRow[]): Array<{ header: number; end: number }> {
  const hs = headers(rows);
  return hs.map((h, k) => ({ header: h, end: hs[k + 1] ?? rows.length }));
}

/** Compound 序号 cells → the running number of their row (see the module comment). */
export function renumberCompoundSeq(rows: readonly GridRow[]): GridRow[] {
  const out = [...rows];
  for (const { header, end } of tableSpans(rows)) {
    const seqCol = mapHeaders(cellTexts(rows[header]!)).indexOf("seq");
    if (seqCol < 0) continue;
    const body = out.slice(header + 1, end).map((r, k) => ({ at: header + 1 + k, pair: compoundSeq(cellText(r, seqCol)) })).filter((x) => x.pair);
    if (!isCompoundNumbering(body.map((x) => x.pair!))) continue;
    body.forEach(({ at }, k) => {
      const r = out[at]!;
      out[at] = { ...r, cells: r.cells.map((c, i) => (i === seqCol ? cell(String(k + 1)) : c)) };
    });
  }
  return out;
}

/**
 * A task row of a table without 序号: its task cell holds text and is no heading standing alone
 * (`一、推动产业升级` or an unmarked `产业发展` with the other cells blank is a section row; a lone
 * sentence is a task whose responsibility cells are merged from above).
 */
function isUnnumberedTaskRow(row: GridRow, taskCol: number): boolean {
  const task = cellText(row, taskCol).trim();
  if (!task) return false;
  const filled = filledCells(row);
  return !(filled.length === 1 && (headingLevel(task) !== null || !endsSentence(task)));
}

/**
 * Tables whose header has a task column and a responsibility column but no 序号 column, and whose
 * task cells carry no number either: a 序号 column in front, numbering the task rows in order.
 * A table that numbers its task cells (`1.…`) is left as it is (the table stage reads those).
 */
export function numberRowsWithoutSeq(rows: readonly GridRow[]): GridRow[] {
  const spans = tableSpans(rows);
  if (!spans.length) return [...rows];
  const out = [...rows];
  for (const { header, end } of spans) {
    const columns = mapHeaders(cellTexts(rows[header]!));
    const taskCol = columns.indexOf("task");
    if (columns.includes("seq") || taskCol < 0 || !columns.some(isResponsibilityField)) continue;
    const body = rows.slice(header + 1, end);
    const tasks = body.filter((r) => r.cells.length >= 2 && isUnnumberedTaskRow(r, taskCol));
    if (tasks.length < 2 || tasks.some((r) => NUMBERED_TASK.test(cellText(r, taskCol)))) continue;
    let n = 0;
    out[header] = { ...rows[header]!, cells: [cell("序号"), ...rows[header]!.cells], seqAdded: true };
    body.forEach((r, k) => {
      if (r.cells.length < 2) return; // a title, a page number: a line of one cell stays as it is
      const seq = isUnnumberedTaskRow(r, taskCol) ? String(++n) : "";
      out[header + 1 + k] = { ...r, cells: [cell(seq), ...r.cells] };
    });
  }
  return out;
}

/** A line that is only a 序号 cell, with the trailing pipe of a flattened web table (`2 |`). */
const PLAIN_SEQ_LINE = /^\s*\d{1,4}\s*[.、．]?\s*[|｜]?\s*$/;
const PIPE_TAIL = /\s*[|｜]\s*$/;

/**
 * Cells flattened one per line whose 序号 lines are section-prefixed (`1-1`, `1.2`, `2-1`): each such line
 * becomes the running number of its row, as in a grid (`renumberCompoundSeq`). Only when the compound
 * lines number rows in order and no line holds a plain 序号 (a table numbered `1, 2, 3` whose cells hold
 * `1.1`, `1.2` values keeps them).
 */
export function renumberCompoundLines<L extends { text: string }>(lines: readonly L[]): L[] {
  const at = lines.map((l, i) => ({ i, pair: compoundSeq(l.text.replace(PIPE_TAIL, "")) })).filter((x) => x.pair);
  if (!isCompoundNumbering(at.map((x) => x.pair!)) || lines.some((l) => PLAIN_SEQ_LINE.test(l.text) && l.text.trim())) return [...lines];
  const out = [...lines];
  at.forEach(({ i }, k) => {
    const tail = PIPE_TAIL.exec(lines[i]!.text)?.[0] ?? "";
    out[i] = { ...lines[i]!, text: `${k + 1}${tail}` };
  });
  return out;
}

/** A 序号 written in brackets or circled (`（1）`, `(12)`, `①`, `⑴`): the number it holds. */
export function bracketedSeq(text: string): number | null {
  const t = text.trim();
  const m = /^[（(]\s*(\d{1,3})\s*[）)]$/.exec(t.normalize("NFKC"));
  if (m) return Number(m[1]);
  const c = t.length === 1 ? t.codePointAt(0)! : 0;
  if (c >= 0x2460 && c <= 0x2473) return c - 0x2460 + 1; // ①…⑳
  if (c >= 0x2474 && c <= 0x2487) return c - 0x2474 + 1; // ⑴…⒇
  return null;
}

/**
 * A 序号 column whose cells write the number in brackets or circled (`（1）`, `①`): the plain number, so the
 * table stage numbers the rows. Only in the column the header names 序号; `（一）` there stays a section.
 */
export function plainBracketedSeq(rows: readonly GridRow[]): GridRow[] {
  const out = [...rows];
  for (const { header, end } of tableSpans(rows)) {
    const seqCol = mapHeaders(cellTexts(rows[header]!)).indexOf("seq");
    if (seqCol < 0) continue;
    for (let at = header + 1; at < end; at++) {
      const n = bracketedSeq(cellText(out[at]!, seqCol));
      if (n === null) continue;
      const r = out[at]!;
      out[at] = { ...r, cells: r.cells.map((c, i) => (i === seqCol ? cell(String(n)) : c)) };
    }
  }
  return out;
}
