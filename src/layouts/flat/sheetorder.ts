/**
 * Text taken out of a PDF that a spreadsheet printed (Calc or Excel): `pdftotext -raw` and pdfjs give the page's
 * text in the order it was drawn, and a spreadsheet draws a page's cells in two passes. First every cell whose text
 * is one plain line, row by row (`1 周航 县工业和信息化局 县发展改革局、县财政局`): the 序号, the short names.
 * Then every cell that wraps or breaks its text (the edit engine's cells), row by row, left to right: the task,
 * a long list of units, a category merged over rows, a cell of two names on two lines. So each page of the table
 * prints its header, a run of numbered lines with no task text on them, and then the tasks without numbers, each
 * followed by the row's wrapped cells:
 *
 *     序号 工作类别 目标任务 县级责任领导 牵头单位 责任单位 完成时限
 *     1 周航 县工业和信息化局 县发展改革局、县财政局
 *     2 周航 县商务局
 *     推动产业提质增              ← the category of row 1 (left of the task: before it)
 *     效
 *     全力推进新型工业化，新增规模以上工业企业12家以上，规模以
 *     上工业增加值增长8%以上。    ← row 1's task
 *     2024年12月底前              ← row 1's time (in no field)
 *     大力发展文旅融合产业，……    ← row 2's task
 *     县交通运输局、各乡镇人民     ← row 2's wrapped units
 *     政府
 *
 * The reading: the k-th task of a page is the page's k-th numbered row; what comes between two tasks belongs to
 * the row of the first (cells right of the task), except the words just before a task that name no unit or person,
 * which are the next row's category (left of it). Tasks are told apart where a line ends short of the column's
 * width or a sentence ends, and the count must come out at the page's rows exactly, else the text is left to the
 * other readings. A row's cells from both passes go to the header's columns in order, people to people columns and
 * units to unit columns; where that leaves a choice, the column a name holds in other rows decides, then the plain
 * line before the wrapped one.
 *
 * Every row rests on that reading of the drawing order and is flagged (`SHEET_ORDER_ROW`).
 */
import type { CanonicalField, Diagnostic } from "../../model/schema.js";
import type { CellLine, EntityField, LayoutResult, RawRecord, SourceLine, TableSpec } from "../../model/intermediate.js";
import { mapHeader, mapHeaders } from "../../table/headers.js";
import { isResponsibilityField, TABLE_TITLE } from "../../table/lexicon.js";
import { cellKind } from "../../table/merged.js";
import { findFrom, maxOf } from "../../arrays.js";
import { splitOutsideParens } from "../../names/split.js";
import { headingLevel } from "../../table/sections.js";
import { cleanText } from "../../text/hygiene.js";
import { displayWidth } from "../list/unwrap.js";
import { columnKind } from "./spannames.js";
import { endsSentence, entityTokens, isPageNumber, isProse, isTableEnd, norm, parseSeqLine, peelInlineTail, tokenKind } from "./fragments.js";

export const SHEET_ORDER_ROW_CODE = "SHEET_ORDER_ROW";
export const SHEET_ORDER_CODE = "SHEET_ORDER";

/** the fewest numbered rows, over the whole table, that make this reading */
const MIN_ROWS = 3;
/** A line's printed width without its spaces (display units: a Han character 2, a digit 1). */
export function lineWidth(text: string): number {
  return displayWidth(text.replace(/\s+/g, ""));
}

/**
 * the room a full line may leave beyond the next line's first piece (display units, a Han character 2, a digit 1: a
 * full line's width varies with its digits' widths)
 */
const SLACK = 2;

/**
 * Does the task line end short of the column's width: would the next line's first piece have fitted after it? The
 * piece is a run of digits or letters (never broken) or one character, with the punctuation that may not open a line.
 */
export function endsShort(text: string, next: string, width: number): boolean {
  const piece = /^(?:[\x21-\x7e]+|.)[，。、；：！？）”’%％]*/u.exec(next.replace(/\s+/g, ""))?.[0] ?? "";
  return width - lineWidth(text) > displayWidth(piece) + SLACK;
}
/** a 完成时限 column's header word (in no field, but a header's) */
const TIME_HEADER = /(时限|时间|期限|节点)$/;

/** the most header lines (a two-row header: `责任主体` over `责任领导 牵头单位 配合单位`) */
const MAX_HEADER_LINES = 4;

type NameKind = "unit" | "person";

/** A cell of the row's names: a plain line's token (first pass) or a wrapped cell's lines (second pass). */
interface NameCell {
  lines: string[];
  kind: NameKind;
  /** printed on a line of its own between the numbered rows: a cell merged over rows, centred on them */
  lone?: boolean;
  /** the widest of its lines the column's width broke (display units): a wider line is another cell's */
  wrapWidth?: number;
}

/** the room beyond a cell's broken lines another line of the same cell may take (display units) */
const CELL_SLACK = 2;

/** Note a broken line's width: `before` went on on the next line (a list going on after 、, or a name broken). */
function noteWrap(cell: NameCell, before: string, next: string, loose: boolean): void {
  if (!/、$/.test(before) && !finishesName(before, next, loose)) return;
  cell.wrapWidth = Math.max(cell.wrapWidth ?? 0, lineWidth(before));
}

interface Row {
  seq: number;
  line: number;
  plain: NameCell[];
  wrapped: NameCell[];
  task: { lines: number[]; text: string[] } | null;
  /** a heading printed among the numbered rows, or a category printed before the task, opens here */
  heading: string | null;
  /** the task's cell is certain: its ends are where something else stands or a short line ends a sentence */
  firm?: boolean;
  /** words naming no one were put in a cell of this row */
  loose?: boolean;
}

/** A two-character name padded to a column's width (`林 枫、吴晓东`) written whole. */
function unpad(text: string): string {
  return text.replace(/(^|[\s、])(\p{Script=Han}) (\p{Script=Han})(?=[、\s]|$)/gu, "$1$2$3");
}

/** The names of a line split on spaces and on 、 outside brackets (a padded two-character name is one). */
function names(text: string): string[] {
  return entityTokens(unpad(text)).flatMap((t) => splitOutsideParens(t, "、")).filter(Boolean);
}

/** People when every name is a person's, units when any is a unit; null when no name is whole. */
function nameKind(text: string): NameKind | null {
  const ks = names(text).map(tokenKind);
  if (!ks.length) return null;
  if (ks.every((k) => k === "person")) return "person";
  return ks.includes("unit") ? "unit" : null;
}

/** the longest time cell written without a number (`年底前`, `持续推进`): a longer one is a category's words (`持续增进民生福`) */
const MAX_WORDED_TIME = 5;

/** A 完成时限 cell's text. */
function isTime(text: string): boolean {
  return cellKind(text) === "time" && (/\d/.test(text) || [...text].length <= MAX_WORDED_TIME);
}

/** The line with the time cells printed after it (`… 2024年12月底前`) taken off. */
function withoutTime(text: string): string {
  const parts = norm(text).split(/[ \t\u3000]+/).filter(Boolean);
  while (parts.length && isTime(parts[parts.length - 1]!)) parts.pop();
  return parts.join(" ");
}

/** The header at line i: `序号 …` naming a task column and a responsibility column, over up to three lines. */
function headerAt(lines: readonly SourceLine[], i: number): { words: string[]; columns: CanonicalField[]; end: number } | null {
  const first = norm(lines[i]!.text);
  if (!/^序\s*号(\s|$)/.test(first)) return null;
  const rowsOfWords: string[][] = [];
  let end = i;
  for (let k = i; k < lines.length && k < i + MAX_HEADER_LINES; k++) {
    const t = norm(lines[k]!.text);
    if (!t || parseSeqLine(t) || headingLevel(t) !== null) break;
    const words = t.split(/\s+/);
    if (k > i && !words.every((w) => mapHeader(w) !== "other" || TIME_HEADER.test(w))) break;
    rowsOfWords.push(words);
    end = k + 1;
  }
  // a group label over the columns of a second header row (`责任主体` over `责任领导 牵头单位 配合单位`) is no column
  // (the group label is on a line above the last one naming two responsibility columns or more)
  const responsible = (ws: readonly string[]) => ws.filter((w) => isResponsibilityField(mapHeader(w))).length;
  const lastMany = rowsOfWords.findLastIndex((ws) => responsible(ws) >= 2);
  const words = rowsOfWords.flatMap((ws, r) => (r < lastMany ? ws.filter((w) => !isResponsibilityField(mapHeader(w))) : ws));
  const columns = mapHeaders(words);
  if (!columns.includes("task") || !columns.some((c) => isResponsibilityField(c))) return null;
  return { words, columns, end };
}

/** A page's lines after its header: the numbered rows (first pass), then the rest (second pass). */
interface Page {
  rows: Row[];
  rest: SourceLine[];
  /** the rest's lines as what they hold (read once: the tasks' width and the rows both come from them) */
  items: Item[];
}

/**
 * Do numbered rows go on after the page's first pass (the next two numbers opening lines of the rest)? Then the rows
 * were not printed all first: a table whose numbers stand alone over their cells (`1` | task | labels), not this text.
 */
function numberedOn(page: Page): boolean {
  const next = page.rows[page.rows.length - 1]!.seq + 1;
  const seqs = new Set(page.rest.flatMap((l) => parseSeqLine(norm(l.text))?.seq ?? []));
  return seqs.has(next) && seqs.has(next + 1);
}

/** Split the page's lines: numbered lines holding names only, with headings and name lines among them; then the rest. */
function splitPage(lines: readonly SourceLine[]): Page | null {
  const rows: Row[] = [];
  let heading: string | null = null;
  let k = 0;
  const addRow = (seq: { seq: number; rest: string }, line: number) => {
    const rest = withoutTime(seq.rest);
    // a task short enough to be one plain line is printed in the first pass, its cells after it
    const peeled = rest && isProse(rest) ? peelTask(rest) : null;
    const task = peeled ? { lines: [line], text: [peeled.task] } : null;
    // (a task ending its sentence before the names is certain; one cut where the names seem to start is not)
    rows.push({ seq: seq.seq, line, plain: plainCells(peeled ? peeled.tail.join(" ") : rest), wrapped: [], task, heading, firm: peeled?.sure === true });
    heading = null;
  };
  const lone = (text: string) => rows[rows.length - 1]!.plain.push(...plainCells(text).map((c) => ({ ...c, lone: true })));
  const allNames = (text: string) => names(text).every((n) => tokenKind(n) !== "fragment");
  for (; k < lines.length; k++) {
    const t = norm(lines[k]!.text);
    if (!t || isPageNumber(t)) continue;
    const seq = parseSeqLine(t);
    if (seq) {
      addRow(seq, lines[k]!.line);
      continue;
    }
    // a merged cell's name on the next row's line, its number glued after it (pdfjs joins a baseline's pieces:
    // `吴晓东2 县投资促进中心 林 枫`): the name is the row above's, centred on its rows
    const glued = rows.length ? /^(.*?\p{Script=Han})\s*(\d{1,3})(?:\s+(.*))?$/u.exec(t) : null;
    if (glued && Number(glued[2]) === rows[rows.length - 1]!.seq + 1 && allNames(glued[1]!)) {
      lone(glued[1]!);
      addRow({ seq: Number(glued[2]), rest: glued[3] ?? "" }, lines[k]!.line);
      continue;
    }
    // a heading row among the numbered rows (one whose next line is a row); a category cell's first line, after the
    // last row, is the second pass's
    const next = findFrom(lines, k + 1, (l) => norm(l.text) !== "");
    if (headingLevel(t) !== null && !endsSentence(t) && next && parseSeqLine(norm(next.text))) {
      heading = t;
      continue;
    }
    const bare = withoutTime(t);
    if (rows.length && bare && allNames(bare)) {
      // a name printed on a line of its own (a merged cell centred between rows): the row above's
      lone(bare);
      continue;
    }
    break;
  }
  if (!rows.length) return null;
  const rest = lines.slice(k);
  return { rows, rest, items: items(rest) };
}

/** A task printed on its number's line and the row's names after it (`…事故发生。 郑 宁、周航 县应急管理局 全年`). */
function peelTask(text: string): { task: string; tail: string[]; sure: boolean } {
  const m = /^(.*[。；！？])\s+(\S.*)$/u.exec(withoutTime(text));
  if (m && !isProse(m[2]!)) return { task: m[1]!, tail: [m[2]!], sure: true };
  return { ...peelInlineTail(text, undefined, true), sure: false };
}

function plainCells(text: string): NameCell[] {
  return entityTokens(unpad(text)).flatMap((tok) => {
    const kind = nameKind(tok);
    return kind ? [{ lines: [tok], kind }] : [];
  });
}

type Item =
  | { kind: "task"; line: SourceLine; text: string }
  | { kind: NameKind; line: SourceLine; text: string }
  | { kind: "other"; line: SourceLine; text: string }
  | { kind: "time"; line: SourceLine };

/** Each line of the second pass as what it holds. */
function items(lines: readonly SourceLine[]): Item[] {
  const out: Item[] = [];
  const one = (line: SourceLine, bare: string) => {
    // (a unit's note broken off by the wrap, `县发展改革局（县粮食局`, names a unit all the same)
    const open = (bare.match(/（/g)?.length ?? 0) - (bare.match(/）/g)?.length ?? 0);
    const kind = nameKind(open > 0 ? `${bare}）` : bare);
    if (kind && !/[。；;！？，,]/.test(bare)) out.push({ kind, line, text: bare });
    else if (isProse(bare)) out.push({ kind: "task", line, text: bare });
    else out.push({ kind: "other", line, text: bare });
  };
  for (const line of lines) {
    const t = norm(line.text);
    if (!t || isPageNumber(t)) continue;
    const bare = withoutTime(t);
    if (!bare) {
      out.push({ kind: "time", line });
      continue;
    }
    // the next cell's first line printed on the task's last line, after a space (pdfjs joins what shares a baseline:
    // `…增长15%以上。 县工业和信息化局、县统计局、各乡镇人`)
    const joined = /^(.*[。；！？])\s+(\S.*)$/u.exec(bare);
    if (joined && !isProse(joined[2]!)) {
      one(line, joined[1]!);
      one(line, joined[2]!);
      continue;
    }
    one(line, bare);
  }
  return out;
}

/** the most characters of a name's end wrapped onto a line of its own (`局`, `政府`) */
const MAX_WRAPPED_END = 2;

/**
 * Does `text` finish the name the line before broke off (`各乡镇人民` | `政府`, `…数据资源` | `局`)? A line naming no
 * one (`loose`) does when it is a name's last characters or makes a name with the broken end; a line of names only
 * when the line before ended on a piece of a name.
 */
export function finishesName(before: string, text: string, loose: boolean): boolean {
  const last = names(before).at(-1) ?? "";
  const first = names(text)[0] ?? "";
  if (!last || !first || headingLevel(text) !== null) return false;
  if (tokenKind(last) === "fragment") return tokenKind(last + first) !== "fragment";
  if (!loose) return false;
  // after a whole name: a unit's longer name (`各乡镇` | `人民政府`), else only a name's last characters (never a
  // category's words after a person, `周航` | `加快产业转型`)
  return (tokenKind(last) === "unit" && tokenKind(last + first) === "unit") || [...norm(text)].length <= MAX_WRAPPED_END;
}

/**
 * Cut the runs of task lines into the page's `count` task cells: where names or other cells stand between, and
 * then at the strongest of the candidate ends (a short line ending a sentence, a short line, a full line ending a
 * sentence). Null when the count cannot be met. A cell is firm when both its ends are certain (something else
 * stands there, or a short line ends a sentence) and no line inside it ends short.
 */
function taskCells(its: readonly Item[], count: number, width: number): { cells: number[][]; firm: boolean[] } | null {
  const taskAt = its.flatMap((it, i) => (it.kind === "task" ? [i] : []));
  if (!taskAt.length) return null;
  // the strength of an end after task item i (Infinity: something else stands before the next task line)
  const strength = (pos: number): number => {
    const i = taskAt[pos]!;
    if (taskAt[pos + 1] !== i + 1) return Infinity;
    const text = (its[i] as { text: string }).text;
    const short = endsShort(text, (its[taskAt[pos + 1]!] as { text: string }).text, width);
    const ends = endsSentence(text);
    const full = /[。！？]$/.test(text.replace(/[”’）)」』]+$/, ""));
    // (a short line ending on ；is the writer's own break inside a cell as often as the cell's end)
    if (short && full) return 4;
    if (short && !ends) return 3;
    if (short) return 2;
    if (full) return 1;
    return 0;
  };
  const ends = taskAt.map((_, pos) => ({ pos, s: pos === taskAt.length - 1 ? Infinity : strength(pos) }));
  const must = ends.filter((e) => e.s === Infinity);
  if (must.length > count) return null;
  const optional = ends.filter((e) => e.s !== Infinity && e.s > 0).sort((a, b) => b.s - a.s || a.pos - b.pos);
  const need = count - must.length;
  if (optional.length < need) return null;
  // the cut must fall between strengths: a tie across it would be a guess between two readings
  if (need > 0 && need < optional.length && optional[need]!.s === optional[need - 1]!.s) return null;
  const cut = new Set([...must, ...optional.slice(0, need)].map((e) => e.pos));
  const cells: number[][] = [];
  const firm: boolean[] = [];
  let cur: number[] = [];
  let sure = true;
  taskAt.forEach((i, pos) => {
    cur.push(i);
    const s = ends[pos]!.s;
    if (cut.has(pos)) {
      cells.push(cur);
      firm.push(sure && s >= 4);
      sure = s >= 4;
      cur = [];
    } else if (s >= 2) sure = false;
  });
  return cells.length === count ? { cells, firm } : null;
}

/** Read the page's second pass into its rows: tasks in order, the cells after each, the category before one. */
function fillRows(page: Page, width: number, categories: boolean): boolean {
  const its = [...page.items];
  // a task line that fills the column and ends no sentence goes on on the next line, whatever its words look like
  // (`…建成社区养老服务网` | `点一百个`)
  for (let i = 1; i < its.length; i++) {
    const prev = its[i - 1]!;
    const it = its[i]!;
    if (prev.kind !== "task" || it.kind === "task" || it.kind === "time" || endsSentence(prev.text)) continue;
    // (a list of names, `县住房城乡建设局、县交通运输`, is a cell after a task without its full stop)
    if (it.kind !== "other" && names(it.text).length > 1) continue;
    if (!endsShort(prev.text, it.text, width)) its[i] = { kind: "task", line: it.line, text: it.text };
  }
  // (a row whose task is one plain line printed it in the first pass, on its number's line)
  const waiting = page.rows.filter((r) => r.task === null);
  if (!waiting.length) return !its.some((it) => it.kind === "task");
  const cut = taskCells(its, waiting.length, width);
  if (!cut) return false;
  const { cells } = cut;
  waiting.forEach((row, r) => (row.firm = cut.firm[r]!));
  const firstOf = new Map(cells.map((c, r) => [c[0]!, r]));
  const lastOf = new Map(cells.map((c, r) => [c[c.length - 1]!, r]));
  let row = -1;
  let group: NameCell | null = null;
  let pendingOther: string[] = [];
  const flushOther = (into: Row | undefined) => {
    if (pendingOther.length && into) {
      into.wrapped.push({ lines: pendingOther, kind: "unit" });
      into.loose = true;
    }
    pendingOther = [];
  };
  for (let i = 0; i < its.length; i++) {
    const it = its[i]!;
    const r = firstOf.get(i);
    if (r !== undefined) {
      // words before the task that name no one: the category of this row (a column left of the task)
      if (pendingOther.length) {
        if (categories || headingLevel(pendingOther.join("")) !== null) waiting[r]!.heading = cleanText(pendingOther.join(""));
        else flushOther(waiting[r - 1]);
        pendingOther = [];
      }
      row = r;
      group = null;
      waiting[r]!.task = { lines: [], text: [] };
    }
    const cur = waiting[row];
    if (it.kind === "task") {
      if (!cur?.task) return false;
      cur.task.lines.push(it.line.line);
      cur.task.text.push(it.text);
      if (lastOf.has(i)) group = null;
      continue;
    }
    if (it.kind === "time") {
      flushOther(cur);
      group = null;
      continue;
    }
    if (it.kind === "other") {
      if (group && !pendingOther.length && finishesName(group.lines[group.lines.length - 1]!, it.text, true)) {
        noteWrap(group, group.lines[group.lines.length - 1]!, it.text, true);
        group.lines.push(it.text);
        continue;
      }
      pendingOther.push(it.text);
      continue;
    }
    flushOther(cur);
    if (!cur) return false;
    const last = group?.lines[group.lines.length - 1];
    // (a line's kind with the wrapped end on the next line: `各乡镇人民政府主` | `要负责人` is a person's post)
    const after = its[i + 1];
    const kind = after?.kind === "other" && finishesName(it.text, after.text, true) ? (nameKind(it.text + after.text) ?? it.kind) : it.kind;
    // (a line wider than the cell's broken lines is the next cell's: a two-line lead cell, then the co-units)
    // (or, where no broken line showed the width, wider than a list's lines that ended on a shorter last line:
    // `县农业农村局、县乡村` | `振兴局` | `县卫生健康局、县城市管理局、`)
    const ended = group !== null && group.lines.length >= 2 && group.lines[0]!.includes("、") && lineWidth(last!) < lineWidth(group.lines[0]!) - CELL_SLACK;
    const width = group?.wrapWidth ?? (ended ? maxOf(group!.lines.map(lineWidth)) : undefined);
    const wider = width !== undefined && lineWidth(it.text) > width + CELL_SLACK;
    // (the name the cell's lines end on, its broken end joined: `县应急管理` | `局` ends on a whole name)
    if (group && last !== undefined && group.kind === kind && (!wider || finishesName(group.lines.join(""), it.text, false))) {
      noteWrap(group, last, it.text, false);
      group.lines.push(it.text);
      continue;
    }
    group = { lines: [it.text], kind };
    cur.wrapped.push(group);
  }
  flushOther(waiting[row]);
  return page.rows.every((r) => r.task !== null && r.task.text.length > 0);
}

/** A responsibility column: its field and its place in the header (two columns may share a field). */
interface Column {
  field: EntityField;
  at: number;
}

type Placement = Array<{ cell: NameCell; column: Column; crossed: number }>;

/** Every way to put the row's cells in the columns, in order within each pass, each cell in a column of its kind. */
function placements(plain: readonly NameCell[], wrapped: readonly NameCell[], fields: readonly Column[]): Placement[] {
  const out: Placement[] = [];
  const walk = (a: number, b: number, f: number, acc: Placement) => {
    if (a === plain.length && b === wrapped.length) {
      out.push([...acc]);
      return;
    }
    for (let g = f; g < fields.length; g++) {
      const column = fields[g]!;
      if (a < plain.length && columnKind(column.field) === plain[a]!.kind) {
        // a plain cell placed after a wrapped one: the order the passes hide, counted against the placement
        acc.push({ cell: plain[a]!, column, crossed: b });
        walk(a + 1, b, g + 1, acc);
        acc.pop();
      }
      if (b < wrapped.length && columnKind(column.field) === wrapped[b]!.kind) {
        acc.push({ cell: wrapped[b]!, column, crossed: 0 });
        walk(a, b + 1, g + 1, acc);
        acc.pop();
      }
    }
  };
  walk(0, 0, 0, []);
  return out;
}

/** Read the table when its text is a spreadsheet's two passes, page by page; null when it is not. */
export function readSheetOrder(lines: readonly SourceLine[], table = 0): LayoutResult | null {
  const heads: Array<{ at: number; words: string[]; columns: CanonicalField[]; end: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    const h = headerAt(lines, i);
    if (h) {
      heads.push({ at: i, ...h });
      i = h.end - 1;
    }
  }
  if (!heads.length) return null;
  const columns = heads[0]!.columns;
  const fields: Column[] = columns.flatMap((c, at) => (isResponsibilityField(c) ? [{ field: c, at }] : []));
  if (!fields.length) return null;
  const pages: Page[] = [];
  let title: string | null = null;
  // (a line ending on a table's name, no sentence in it: `某县2024年《政府工作报告》目标任务责任分解表`)
  const isTitle = (text: string) => TABLE_TITLE.test(text.slice(-6)) && !/[。，；,;]/.test(text);
  for (let i = heads[0]!.at - 1; i >= 0 && i >= heads[0]!.at - 3 && title === null; i--) if (isTitle(norm(lines[i]!.text))) title = norm(lines[i]!.text);
  for (const [n, h] of heads.entries()) {
    const stop = heads[n + 1]?.at ?? lines.length;
    let end = h.end;
    while (end < stop && !isTableEnd(lines[end]!.text)) end++;
    // (the table's title, which the drawing order prints after the first pass, is no cell)
    const body = lines.slice(h.end, end).filter((l) => {
      const t = norm(l.text);
      if (!isTitle(t)) return !/^附件\s*\d*$/.test(t);
      title ??= t;
      return false;
    });
    const page = splitPage(body);
    if (!page || numberedOn(page)) return null;
    pages.push(page);
  }
  const rows = pages.flatMap((p) => p.rows);
  // (most rows' tasks wrap and wait for the second pass: a table whose rows print their tasks on their numbers' lines
  // is any table's text)
  if (rows.filter((r) => r.task).length * 2 >= rows.length) return null;
  if (rows.length < MIN_ROWS || rows.some((r, i) => i > 0 && r.seq !== rows[i - 1]!.seq + 1)) return null;
  // the second pass must hold the tasks: a page whose rest holds no task line is no such text
  const width = maxOf(pages.flatMap((p) => p.items.flatMap((it) => (it.kind === "task" ? [lineWidth(it.text)] : []))), 0);
  if (!width) return null;
  const categories = columns.includes("section");
  for (const page of pages) if (!fillRows(page, width, categories)) return null;

  // the columns names hold in rows that leave no choice, for the rows that do
  const votes = new Map<string, Map<number, number>>();
  const chosen = new Map<Row, Placement>();
  // (people only: a person keeps a column, a leader's or a responsible person's; a unit leads one task and helps on another)
  const score = (p: Placement) =>
    p.reduce((s, x) => s + (x.cell.kind !== "person" ? 0 : x.cell.lines.flatMap(names).reduce((v, nm) => v + (votes.get(nm)?.get(x.column.at) ?? 0), 0)), 0);
  const crossed = (p: Placement) => p.reduce((s, x) => s + x.crossed, 0);
  // units: a column to the left holding more names than one to its right (a lead column lists fewer than its
  // co-units: `县发展改革局（县粮食局）` leads, `县市场监管局、县工业和信息化局、县司法局` help)
  const unitCount = (c: NameCell) => names(c.lines.join("")).length;
  const fewerFirst = (p: Placement) => {
    const units = p.filter((x) => x.cell.kind === "unit").sort((a, b) => a.column.at - b.column.at);
    return units.reduce((n, x, i) => n + units.slice(i + 1).filter((y) => unitCount(x.cell) > unitCount(y.cell)).length, 0);
  };
  const spread = (p: Placement) => p.reduce((s, x) => s + x.column.at, 0);
  const unsure = new Set<Row>();
  // the rows whose cells could go to their columns one way only
  const single = new Set<Row>();
  const optionsOf = new Map(rows.map((row) => [row, placements(row.plain, row.wrapped, fields)]));
  for (const pass of [0, 1]) {
    for (const row of rows) {
      const options = optionsOf.get(row)!;
      if (!options.length) {
        unsure.add(row);
        continue;
      }
      if (options.length === 1) single.add(row);
      const rank = (p: Placement) => [-score(p), fewerFirst(p), crossed(p), spread(p)];
      options.sort((a, b) => {
        const x = rank(a);
        const y = rank(b);
        return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]! || x[3]! - y[3]!;
      });
      chosen.set(row, options[0]!);
      if (pass === 0 && options.length === 1)
        for (const { cell, column } of options[0]!) for (const nm of cell.lines.flatMap(names)) {
          const m = votes.get(nm) ?? new Map<number, number>();
          m.set(column.at, (m.get(column.at) ?? 0) + 1);
          votes.set(nm, m);
        }
    }
  }

  const spec: TableSpec = {
    index: table,
    title,
    headers: columns.map((field, i) => ({ text: heads[0]!.words[i]!, field })),
    columns,
    layout: "flat",
    structure: "text-order",
  };
  // a cell printed on a line of its own goes down to the rows after it on its page that have none in its column
  // (a cell merged over rows prints once, centred on them)
  const merged = new Map<Row, Placement>();
  for (const page of pages) {
    const carry = new Map<number, { cell: NameCell; column: Column; crossed: number }>();
    for (const row of page.rows) {
      const own = chosen.get(row) ?? [];
      const filled: Placement = [];
      for (const column of fields) {
        const mine = own.find((x) => x.column.at === column.at);
        if (mine) {
          if (mine.cell.lone) carry.set(column.at, mine);
          else carry.delete(column.at);
          continue;
        }
        const down = carry.get(column.at);
        if (down) filled.push(down);
      }
      if (filled.length) merged.set(row, filled);
    }
  }
  let section: string[] = [];
  const records: RawRecord[] = rows.map((row) => {
    if (row.heading) {
      const level = headingLevel(row.heading);
      section = level !== null && level > 1 && section.length ? [section[0]!, row.heading] : [row.heading];
    }
    const cells: Partial<Record<EntityField, CellLine[]>> = {};
    const placed = chosen.get(row) && [...chosen.get(row)!, ...(merged.get(row) ?? [])];
    // (in the header's column order: two columns of one field give their names in that order)
    if (placed) for (const { cell, column } of [...placed].sort((a, b) => a.column.at - b.column.at)) (cells[column.field] ??= []).push(...cell.lines.map((text) => ({ text })));
    else for (const cell of [...row.plain, ...row.wrapped]) {
      const column = fields.find((f) => columnKind(f.field) === cell.kind);
      if (column) (cells[column.field] ??= []).push(...cell.lines.map((text) => ({ text })));
    }
    // vouched for: a certain task cell, the names one way into the columns, every column named, nothing carried down
    // from a cell merged over rows or put in a cell for want of a better place, and a category where the header has one
    const sure =
      row.firm === true &&
      single.has(row) &&
      !row.loose &&
      !merged.has(row) &&
      ![...row.plain, ...row.wrapped].some((c) => c.lone) &&
      fields.every((f) => (cells[f.field]?.length ?? 0) > 0) &&
      (!categories || section.length > 0);
    return {
      table,
      seq: row.seq,
      section: [...section],
      task: [cleanText(row.task!.text.join(""))],
      cells,
      review: sure ? [] : [
        {
          code: SHEET_ORDER_ROW_CODE,
          message: unsure.has(row)
            ? `第 ${row.seq} 项：原文是电子表格打印成的 PDF，导出的文字先逐行印出单行的格子、再印出折行的格子；本项的名称与表头各列的种类（单位或人员）对不上，已按种类归入，请对照原 PDF 核对本项的单位和人员。`
            : `第 ${row.seq} 项：原文是电子表格打印成的 PDF，导出的文字先逐行印出单行的格子（序号、短的名称），再逐行印出折行的格子（任务、长的名称）；本项的任务文字是按先后次序配给本项的，单位和人员按表头列序和名称种类归栏。请对照原 PDF 核对本项。`,
        },
      ],
      source: { line: row.task!.lines.length ? row.task!.lines[0]! : row.line },
    };
  });
  const first = lines[heads[0]!.at]!.line;
  const diagnostics: Diagnostic[] = [
    {
      level: "warning",
      code: SHEET_ORDER_CODE,
      message: `原文第 ${first} 行起的表格是电子表格打印成的 PDF 导出的文字（pdftotext -raw 或 PDF 阅读器的文字顺序）：每页先印出各行的序号和单行的格子，再印出任务和折行的格子。已按先后次序把第 ${rows[0]!.seq}–${rows[rows.length - 1]!.seq} 项共 ${rows.length} 项的任务配回各行；任务边界或名称归栏有任何不确定的项已标注复核（review），请对照原 PDF 核对；也可用原电子表格或原 PDF 重新读取。`,
      table,
      line: first,
    },
  ];
  const consumed = lines.slice(heads[0]!.at).map((l) => l.line);
  return { tables: [spec], records, diagnostics, consumed };
}
