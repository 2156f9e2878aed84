/**
 * The parts of one row block, in the order a flattened dump prints them:
 * heading fragments of the merged 项目 cell (first row of its span, or top of
 * a page), the task text (one or more prose lines, perhaps with the row's
 * names after spaces on its last line), then name tokens one per line.
 */
import { maxOf } from "../../arrays.js";
import { cellKind } from "../../table/merged.js";
import { isUnmarkedHeading } from "../../table/find.js";
import type { Diagnostic } from "../../model/schema.js";
import { cleanText } from "../../text/hygiene.js";
import {
  endsSentence,
  peelGluedUnit,
  entityTokens,
  isEntityToken,
  isHeadingFragment,
  isHeadingRow,
  isHeadingStart,
  isProse,
  joinSpacedDate,
  markerLevel,
  namesTailStart,
  norm,
  parseSeqLine,
  peelInlineTail,
  sectionText,
  tokenKind,
} from "./fragments.js";
import type { FlatLine, RowBlock } from "./segment.js";
import { inNamesRun, leadingTimeCell, trailingTimeCell, withoutDeadlinePieces, wrappedNamesLine } from "./tasklines.js";
import { isQuantityRest } from "./quantityrest.js";
import { isOneCharRest, taskAroundUnit, unitEndingParagraph } from "./taskrest.js";
import { FLAT_DEFAULTS, type FlatSettings } from "./settings.js";
import { fillsCell, printedWidth, type TaskCell } from "./taskwidth.js";
import { isNoteLine, lastCellLine } from "./notecell.js";
import { UNIT_OPENING, UNIT_SUFFIXES_STRONG } from "../../names/lexicon.js";
import { opensWithRoleLabel } from "../list/labels.js";
import { isBareTail, isComplete, unitEnding } from "../../names/classify.js";
import { continuesClause, headingRowAfterTask, headingsToRowEnd, tailAfterBindingWord, taskTailBeforeWrappedUnit } from "./wrapends.js";

export interface HeadingGroup {
  /** 1 for `一、…`, 2 for `（一）…`; a group without marker (one-level 项目) is level 1 */
  level: number;
  fragments: string[];
  line: number;
  /** an earlier row's 序号 printed right after the heading row: the heading heads the rows from it on */
  from?: number;
}

export interface NameToken {
  text: string;
  line: number;
  /** index of the token on its line (tokens of one line are different cells) */
  col: number;
  /** the paragraph (blank-line separated run of lines) of the row it sits in: a different paragraph is a different cell */
  para?: number;
}

export interface RowParts {
  /** heading groups printed with the row (applied before it) */
  headings: HeadingGroup[];
  /** heading groups printed after the row's names (a spanning heading row: applied to the next row) */
  trailingHeadings: HeadingGroup[];
  task: string[];
  names: NameToken[];
  diagnostics: Diagnostic[];
  /** under a header with cells before the task: no such cell was printed before this row's task */
  noCellBeforeTask?: boolean;
}

/** marks Chinese typesetting never prints at a line's start (a comma, a full stop, a closing bracket) */
const LINE_START_FORBIDDEN = /^[\s\u3000]*[，。、；：！？）》」』]/u;
/** a line holding quotation marks only */
const QUOTES_ALONE = /^[\s\u3000]*[“”‘’「」『』]+(?:[\s\u3000]+[“”‘’「」『』]+)*[\s\u3000]*$/u;
/** a Roman numeral after a space at a line's end: printed in another font, apart from its words */
const NUMERAL_APART_AT_END = /[\s\u3000][\u2160-\u216B]+[\s\u3000]*$/u;

/**
 * Consume heading fragments from `i`: a marker line opens a group, short fragments extend it.
 * Among a row's names (`amidNames`) a complete unit or person name ends the headings.
 */
export function readHeadings(
  lines: readonly FlatLine[],
  i: number,
  s: FlatSettings,
  allowUnmarked: boolean,
  amidNames = false,
): { groups: HeadingGroup[]; next: number } {
  const groups: HeadingGroup[] = [];
  let j = i;
  for (; j < lines.length; j++) {
    const l = lines[j]!;
    if (isHeadingStart(l.text, s)) {
      groups.push({ level: markerLevel(l.text)!, fragments: [sectionText([l.text])], line: l.line });
      continue;
    }
    if (!isHeadingFragment(l.text, s) || (!groups.length && isProse(l.text, s))) break;
    if (amidNames && tokenKind(l.text.replace(/\s+/g, "")) !== "fragment" && !narrowHeadingEnd(lines, j, groups)) break;
    if (opensTask(l.text, lines[j + 1]?.text, s)) break;
    if (groups.length && widerThanCell(groups[groups.length - 1]!, l.text)) break;
    if (groups.length) groups[groups.length - 1]!.fragments.push(cleanText(l.text));
    else if (allowUnmarked) groups.push({ level: 1, fragments: [sectionText([l.text])], line: l.line });
    else break;
  }
  return { groups, next: j };
}

/**
 * A line wider than the cell a heading is printed in: the heading's first line holds its marker and some of its
 * title (`二、壮` | `大实体` | `经济`), so the cell is about that wide; a line twice as wide and more
 * (`推动竹木家具、陶瓷建材等产业链延链补链强`) is the task's, not the heading's rest. A marker alone on its line
 * (`一、` | `主要目标`) shows no width.
 */
function widerThanCell(group: HeadingGroup, text: string): boolean {
  const first = norm(group.fragments[0]!).replace(/\s+/g, "");
  const marker = /^[（(]?[一二三四五六七八九十百零〇\d]+[）)、.．]?/u.exec(first)?.[0] ?? "";
  if ([...first].length - [...marker].length < 1) return false;
  // (the first line runs to the cell's edge, or stops short where the next word would not fit, `三、构` |
  // `建“4341”现代`: a line well wider only; a wider piece after it, quotes and figures, says nothing of the cell)
  return wellWider(printedWidth(text), printedWidth(first));
}

/** A line this wide is no piece of a cell that wide: twice as wide and WIDER_THAN_CELL_CHARS more at least. */
const wellWider = (width: number, cell: number): boolean => width > Math.max(2 * cell, cell + WIDER_THAN_CELL_CHARS);

/** characters a line must exceed a heading cell's width by, at least, to be no piece of it */
const WIDER_THAN_CELL_CHARS = 6;

/** a 项目 cell's printed line in a narrow column is at most this long (`一、扩` | `大有效` | `需求`) */
const NARROW_PIECE_CHARS = 4;

/**
 * The last piece of a heading printed in a narrow 项目 column, though it reads like a name (`二、壮` | `大实体` |
 * `经济`): the row's last line, right after pieces of an open heading group as short as it, each no longer than
 * NARROW_PIECE_CHARS. A name after a whole heading (`二、壮大实体经济` | `王伟`), or after a long piece, is a name.
 */
function narrowHeadingEnd(lines: readonly FlatLine[], j: number, groups: readonly HeadingGroup[]): boolean {
  const group = groups.at(-1);
  const t = lines[j]!.text.replace(/\s+/g, "");
  if (!group) return false;
  if (j === lines.length - 1 && group.fragments.length >= 2 && t.length <= NARROW_PIECE_CHARS) return group.fragments.every((f) => f.replace(/\s+/g, "").length <= NARROW_PIECE_CHARS);
  return narrowCellRest(lines, j, group);
}

/** a 项目 column this narrow (`三、推` | `进乡村` | `振兴`) prints no name among its pieces */
const NARROWEST_PIECE_CHARS = 3;

/**
 * The rest of a heading cut by a column at most NARROWEST_PIECE_CHARS wide, though its pieces read like names
 * (`三、推` | `进乡村` | `振兴`, `进乡村` a village's name): the group's pieces so far all as wide as its first, and
 * the lines from here to the row's end as wide but the last, which is narrower (the cell's text ends there: a
 * last piece as wide as the column may go on, and the heading is left cut, in doubt). A wider first piece
 * (`一、总体` | `王伟`) is a heading that ended, and the name after it a name.
 */
function narrowCellRest(lines: readonly FlatLine[], j: number, group: HeadingGroup): boolean {
  const width = (t: string) => [...t.replace(/\s+/g, "")].length;
  const w = width(group.fragments[0]!);
  if (w > NARROWEST_PIECE_CHARS || !group.fragments.every((f) => width(f) === w)) return false;
  const rest = lines.slice(j).map((l) => width(l.text));
  return rest.every((n, k) => (k === rest.length - 1 ? n > 0 && n < w : n === w));
}

/**
 * The rest of a row's own 项目 cell printed at the next page's top, before the rest of the row's other cells
 * (`二、培育` | `壮大发展` | page break | `新动能 局`): the heading was printed in a narrow column, every piece
 * as long as the others (the page cut a full cell, not its end), and the line's first piece is no longer than
 * them and reads as no name. Null for a heading whose last piece is shorter (it ended on the page), for a name
 * first (`县财政局`), and for a piece longer than the column.
 */
export function cutHeadingRest(headings: readonly HeadingGroup[], text: string): { rest: string; names: string } | null {
  const group = headings.at(-1);
  if (!group || group.fragments.length < 2) return null;
  const widths = group.fragments.map((f) => f.replace(/\s+/g, "").length);
  const width = widths[0]!;
  if (width > NARROW_PIECE_CHARS + 2 || widths.some((w) => w !== width)) return null;
  const m = /^(\S+)(?:[ \t\u3000]+(\S.*))?$/.exec(norm(text));
  if (!m) return null;
  const rest = m[1]!;
  if (rest.length > width || tokenKind(rest) !== "fragment" || isHeadingStart(rest, FLAT_DEFAULTS)) return null;
  return { rest, names: m[2] ?? "" };
}

/** a clause mark that leaves its sentence open at the end of a line (`坚持预防为主、`) */
const OPEN_CLAUSE_END = /[、，,；;：:]$/;
/** a clause mark that cannot begin a cell: the line continues the one before (`，推行亩均效益评价`) */
const CONTINUATION_START = /^[、，,；;：:。）)]/;

/**
 * A short fragment that is the first piece of the task, not the end of the
 * heading above it: the prose line after it continues its sentence (it starts
 * with a clause mark, or the fragment ends with one). A heading never runs
 * into a sentence; a heading's own comma continuation is short, not task prose.
 */
export function opensTask(fragment: string, next: string | undefined, s: FlatSettings = FLAT_DEFAULTS): boolean {
  if (next === undefined || !isProse(next, s)) return false;
  const f = norm(fragment);
  const n = norm(next);
  if (OPEN_CLAUSE_END.test(f)) return true;
  return CONTINUATION_START.test(n) && n.replace(/\s+/g, "").length > s.headingFragmentMaxChars;
}

/** A one-level 项目 without markers: short fragments right after the 序号, then a prose line. */
function unmarkedHeadingAhead(lines: readonly FlatLine[], s: FlatSettings, width: number | null = null): boolean {
  let j = 0;
  const fits = (text: string) => width === null || pieceLength(text) <= width + 1;
  while (j < lines.length && isHeadingFragment(lines[j]!.text, s) && !isProse(lines[j]!.text, s) && fits(lines[j]!.text)) j++;
  // (the task's prose after the pieces, or its first line, too wide for the column)
  return j > 0 && j < lines.length && (isProse(lines[j]!.text, s) || !fits(lines[j]!.text));
}

const pieceLength = (text: string) => [...norm(text).replace(/\s+/g, "")].length;

/**
 * The 项目 column's width in characters, where its numbered headings print in pieces (`一、稳` | `定经济` | `运行`):
 * the longest line that opens with a heading's marker and is a heading's fragment; with no numbered one, the widest
 * piece of un-numbered headings printed in two pieces or more (`经济` | `发展`). An un-numbered heading of that column
 * is no wider (a task's first line, `旅游接待人次和旅游总` over `收入增长 8%。`, is no heading). Null when
 * the table prints no heading in pieces.
 */
export function sectionCellWidth(rows: ReadonlyArray<{ lines: readonly FlatLine[] }>, s: FlatSettings = FLAT_DEFAULTS): number | null {
  let width: number | null = null;
  const piece = (l: FlatLine | undefined) => l !== undefined && isHeadingFragment(l.text, s) && !isProse(l.text, s);
  for (const r of rows) {
    r.lines.forEach((l, k) => {
      const t = norm(l.text);
      const next = r.lines[k + 1];
      if (markerLevel(t) === null || !piece(l)) return;
      // (a piece: the heading goes on on the next line)
      if (!piece(next) || markerLevel(norm(next!.text)) !== null) return;
      width = Math.max(width ?? 0, pieceLength(t));
    });
  }
  if (width !== null) return width;
  // un-numbered headings (`经济` | `发展` over the task's prose): two pieces or more opening a row, prose after them
  for (const r of rows) {
    let k = 0;
    while (k < r.lines.length && /^\d{1,3}$/.test(norm(r.lines[k]!.text).trim())) k++;
    let j = k;
    let w = 0;
    // (a line well wider than the pieces before it is the task's first: `经济` | `发展` | `地区生产总值增长 7%左`)
    while (piece(r.lines[j]) && markerLevel(norm(r.lines[j]!.text)) === null && !(w && wellWider(pieceLength(r.lines[j]!.text), w))) {
      w = Math.max(w, pieceLength(r.lines[j]!.text));
      j++;
    }
    if (j - k < 2 || j >= r.lines.length) continue;
    width = maxOf([width ?? 0, ...r.lines.slice(k, j).map((l) => pieceLength(l.text))]);
  }
  return width;
}

/**
 * After a task line that fills the task cell (taskwidth.ts) and ends no sentence, the next line's task words:
 * its pieces up to the names (and the 完成时限 cell) printed after them on that line, or the whole line. Null
 * when the line opens a heading (a heading row spans the table) or opens with a name the table prints as a
 * cell of its own in other rows (the task ended exactly at the cell's edge).
 */
export function fullLineRest(lastTaskLine: string, text: string, cell: TaskCell | null, s: FlatSettings = FLAT_DEFAULTS, below = ""): { task: string; names: string; time: string | null } | null {
  if (!cell || !fillsCell(lastTaskLine, cell) || endsSentence(lastTaskLine)) return null;
  // (a sentence that ends amid the line, more text after a space, or a whole name after a space: the line holds
  // the next cell too, and its width is not the task cell's)
  if (/[。；！？][ \t\u3000]+\S/u.test(lastTaskLine)) return null;
  if (norm(lastTaskLine).split(/[ \t\u3000]+/).slice(1).some((t) => isEntityToken(t, s) && tokenKind(t) !== "fragment")) return null;
  if (isHeadingStart(text, s) || markerLevel(text) !== null || isHeadingRow(text, s)) return null;
  const toks = joinSpacedDate(norm(text)).split(/[ \t\u3000]+/).filter(Boolean);
  if (!toks.length || toks[0]!.split("、").some((n) => cell.cellNames.has(n))) return null;
  // (a piece that opens like a unit or holds a bracket is a wrapped name's first line: `区发改局（区重` | `点办）`)
  if (UNIT_OPENING.test(toks[0]!) || /[（）()]/u.test(toks[0]!)) return null;
  // (the row's 完成时限 cell printed last on the line: in no field)
  let end = toks.length;
  while (end > 1 && cellKind(toks[end - 1]!) === "time") end--;
  // (a line of two names or more, a padded name's halves too, and nothing else: the task ended at the cell's edge;
  // one piece alone is what is in question, and reads as the task's rest)
  // (the last name may be cut, the next line opening with its rest: `县发展和改革` | `局`)
  const start = namesTailStart(["", ...toks.slice(0, end)], s, end === toks.length ? below : "");
  if (start === 1 && end >= 2) return null;
  const cut = start > 1 ? start - 1 : 1;
  return { task: toks.slice(0, cut).join(" "), names: toks.slice(cut, end).join(" "), time: end < toks.length ? toks.slice(end).join("") : null };
}

/** at most this many name-like lines are read as a wrapped task line when task prose follows them */
const MAX_NAMELIKE_TASK_LINES = 2;

/**
 * Name-like lines inside the task: the task line before them does not end a
 * sentence and a prose line that does not open a heading follows within
 * MAX_NAMELIKE_TASK_LINES. Returns how many lines from `i` continue the task
 * (the name-like lines and the prose line), or 0.
 */
/** longest name taken out of a task as a neighbouring column's name */
const MAX_NAME_IN_TASK_CHARS = 12;

/** A line that is one whole unit or person name (`发改局`), not a wrapped piece of an enumeration. */
export function isNameInTask(text: string, s: FlatSettings = FLAT_DEFAULTS): boolean {
  const toks = entityTokens(text);
  return toks.length === 1 && !toks[0]!.includes("、") && toks[0]!.length <= Math.min(MAX_NAME_IN_TASK_CHARS, s.entityMaxChars) && tokenKind(toks[0]!) !== "fragment";
}

export function wrappedTaskLines(lines: readonly FlatLine[], i: number, lastTaskLine: string, s: FlatSettings = FLAT_DEFAULTS, timeColumn = false): number {
  if (endsSentence(lastTaskLine)) return 0;
  for (let j = i; j < lines.length && j < i + MAX_NAMELIKE_TASK_LINES + 1; j++) {
    const l = lines[j]!;
    if (l.afterBreak && j > i) return 0;
    // (a 完成时限 cell after the names is the next column, not the task going on)
    if (isProse(l.text, s)) return j > i && !isHeadingRow(l.text, s) && !(timeColumn && cellKind(l.text) === "time") ? j - i + 1 : 0;
  }
  return 0;
}

/** at most this many short lines after an unfinished task line are read as its wrapped tail */
const MAX_TASK_TAIL_LINES = 2;

/**
 * The last wrapped line(s) of a task printed on lines of their own (`…年内投入` | `使用` | `县工业园管委会 钟 伟`):
 * after a task line that ends no sentence, one or two lines of one word that is no name, then a line
 * that opens with a unit or person name LONGER than the word before it. A name wrapped in its cell
 * fills the cell's first line before it breaks, so its first line is never shorter than what follows
 * (`区古城保护` | `发展指挥部` stays a name): a shorter word is the end of the wider task cell. Returns
 * how many lines from `i` are the task's, or 0.
 */
export function taskTailLines(lines: readonly FlatLine[], i: number, lastTaskLine: string, s: FlatSettings = FLAT_DEFAULTS): number {
  if (endsSentence(lastTaskLine)) return 0;
  for (let j = i; j < lines.length && j <= i + MAX_TASK_TAIL_LINES; j++) {
    const l = lines[j]!;
    if (j > i && l.afterBreak) return 0;
    const toks = entityTokens(l.text);
    if (j > i) {
      const first = toks[0];
      const kind = first ? tokenKind(first) : "fragment";
      if (first && (kind === "unit" || kind === "person") && [...first].length > [...norm(lines[j - 1]!.text)].length) return j - i;
    }
    if (toks.length !== 1 || tokenKind(toks[0]!) !== "fragment" || isProse(l.text, s) || isHeadingStart(l.text, s)) return 0;
    // a piece that opens like a unit (`区发改局（区重` | `点办）`) or holds a bracket is a wrapped name, not task words
    if (UNIT_OPENING.test(toks[0]!) || /[（）()]/u.test(toks[0]!)) return 0;
  }
  return 0;
}

/**
 * The task's last wrapped words printed on one line with the row's names (`…公司制改制 区国资委 区财政局 高建军`),
 * after a task line that ends no sentence: a first word that is no name, then names only, on the
 * row's last line but for people (no unit below could finish the word as a wrapped name). Returns
 * the word and the names, or null.
 */
export function taskTailBeforeNames(lines: readonly FlatLine[], i: number, lastTaskLine: string, s: FlatSettings = FLAT_DEFAULTS): { tail: string; names: string } | null {
  if (endsSentence(lastTaskLine)) return null;
  const l = lines[i]!;
  if (l.afterBreak || isProse(l.text, s) || isHeadingStart(l.text, s)) return null;
  const toks = entityTokens(l.text);
  if (toks.length < 2 || tokenKind(toks[0]!) !== "fragment" || toks[0]!.includes("、")) return null;
  if (!toks.slice(1).every((t) => isEntityToken(t, s) && tokenKind(t) !== "fragment")) return null;
  // (a unit below could be the rest of the word wrapped in its cell: `区古城保护` | `发展指挥部`)
  if (lines.slice(i + 1).some((x) => entityTokens(x.text).some((t) => tokenKind(t) !== "person"))) return null;
  return { tail: toks[0]!, names: toks.slice(1).join(" ") };
}

/**
 * The heading's last piece printed on the task's first line, before a space
 * (`五、推进乡村振` | `兴 做好村级组织换届选举。`): a short fragment, then prose that
 * starts with a Han character. A task line that starts with a word and a
 * number (`推动 6 个项目`) is not split.
 */
export function headingTailOnLine(text: string, s: FlatSettings = FLAT_DEFAULTS): { tail: string; rest: string } | null {
  const m = /^(\p{Script=Han}+)[ \t\u3000]+(\p{Script=Han}.*)$/u.exec(norm(text));
  if (!m || !isHeadingFragment(m[1]!, s) || tokenKind(m[1]!) !== "fragment" || !isProse(m[2]!, s)) return null;
  return { tail: m[1]!, rest: m[2]! };
}

/**
 * A 项目 cell's heading with its marker printed on the task's first line, before a space
 * (`（三）打造实干政府 大力纠治“四风”…`): the heading and the task's prose. A task that starts
 * with a numbered clause and no space (`（一）加快…；`) or whose first piece is prose is not split.
 */
export function headingOnTaskLine(text: string, s: FlatSettings = FLAT_DEFAULTS): { heading: string; rest: string } | null {
  const m = /^(\S+)[ \t\u3000]+(\S.*)$/u.exec(norm(text));
  if (!m || !isHeadingStart(m[1]!, s) || isProse(m[1]!, s) || !isProse(m[2]!, s)) return null;
  return { heading: m[1]!, rest: m[2]! };
}

/**
 * A merged category cell of a table with a section column printed on its first row's first task line
 * (`城乡建设 深入推进城市更新…`, `pdftotext -raw` putting words of one baseline on one line): a short
 * un-numbered heading of Han characters, no name, a space, then the task's prose opening with a Han
 * character. A task's own words never stand apart so: a space between two Han characters is a gap
 * between columns. Counter-examples: `推动 6 个项目` (a number after the space), a unit or a person
 * before the space (the columns printed before the task), a heading word that ends a sentence.
 */
export function categoryOnTaskLine(text: string, s: FlatSettings = FLAT_DEFAULTS): { heading: string; rest: string } | null {
  const m = /^(\p{Script=Han}{2,8})[ \t\u3000]+(\p{Script=Han}.*)$/u.exec(norm(text));
  if (!m || !isUnmarkedHeading(m[1]!) || tokenKind(m[1]!) !== "fragment" || !isProse(m[2]!, s)) return null;
  return { heading: m[1]!, rest: m[2]! };
}

/**
 * People columns printed before the task (序号 | 分管领导 | 工作任务 | …): the lines from `i` that
 * are people's names (each token a person, `谢洋`, `王伟、李明`) with the task's prose after them.
 * Returns how many lines that is (0 when no prose follows: the names are then not before a task).
 */
export function leadingPeopleLines(lines: readonly FlatLine[], i: number, s: FlatSettings = FLAT_DEFAULTS): number {
  let j = i;
  const isPeople = (text: string) => {
    const toks = entityTokens(text).flatMap((t) => t.split("、")).filter(Boolean);
    return toks.length > 0 && toks.every((t) => tokenKind(t) === "person");
  };
  while (j < lines.length && !isProse(lines[j]!.text, s) && isPeople(lines[j]!.text)) j++;
  return j > i && j < lines.length && isProse(lines[j]!.text, s) ? j - i : 0;
}

/**
 * Names of the columns printed before the task (序号 | 分管领导 | 工作任务 …, 序号 | 责任单位 |
 * 重点任务 …) on the task's first line, before a space (`周文斌 培育国家级…`, `县发改局 争取中央…`):
 * up to `cells` leading tokens that are each a whole unit or person name, with prose after them.
 * Null when the line does not start so (`推动 6 个项目`: a word of the task, not a name).
 */
export function leadingCells(text: string, cells: number, s: FlatSettings = FLAT_DEFAULTS): { names: string[]; rest: string } | null {
  const toks = norm(text).split(/[ \t\u3000]+/).filter(Boolean);
  let n = 0;
  while (n < cells && n < toks.length - 1 && !isProse(toks[n]!, s) && toks[n]!.split("、").every((t) => t !== "" && tokenKind(t) !== "fragment")) n++;
  // more names than the columns before the task: not these columns
  const next = toks[n];
  if (!n || (next !== undefined && !isProse(next, s) && tokenKind(next) !== "fragment")) return null;
  const rest = toks.slice(n).join(" ");
  return isProse(rest, s) ? { names: toks.slice(0, n), rest } : null;
}

/**
 * A line that is only the cells printed before the task (`区发改局`, `区财政局、区税务局`): at most `cells`
 * space-separated pieces, each a name or a list of names, none prose. Null otherwise (a task line, a piece of a
 * name, a heading).
 */
export function cellsLine(text: string, cells: number, s: FlatSettings = FLAT_DEFAULTS): string[] | null {
  const toks = norm(text).split(/[ \t\u3000]+/).filter(Boolean);
  if (!toks.length || toks.length > cells) return null;
  return toks.every((t) => !isProse(t, s) && t.split("、").every((x) => x !== "" && tokenKind(x) !== "fragment")) ? toks : null;
}

/**
 * The rest of a 完成时限 cell wrapped onto the next line: a short piece that is no name and
 * that, joined to the time cell, is still one (`全年持续` + `推进`, `2022年12` + `月底前`). A
 * heading (`二、重点工作`, a heading row printed after the row's last time cell) is never one.
 */
export function isTimeCellRest(time: string, text: string): boolean {
  const t = norm(text).replace(/\s+/g, "");
  // (a heading's marker opens a new line of the table, `二、重点工作`: never the rest of a time, which reads as one only by its prefix)
  return t.length > 0 && t.length <= MAX_TIME_REST && tokenKind(t) === "fragment" && markerLevel(t) === null && cellKind(time + t) === "time";
}
/** the longest rest of a wrapped time cell (`月底前`, `持续推进`) */
const MAX_TIME_REST = 6;

export function rowParts(block: RowBlock, table: number, hasSectionColumn: boolean, s: FlatSettings = FLAT_DEFAULTS, peopleBeforeTask = false, timeColumn = false, cellsBeforeTask = 0, labelCells = false, cell: TaskCell | null = null, openHeading?: HeadingGroup, notes = false, sectionWidth: number | null = null): RowParts {
  // (a number printed after the row's time cell is the next uninterpreted column's, a score: `全年 5`, `孔令坤 12 月底 4`)
  const lines = timeColumn ? joinWrappedTimeCells(block.lines.map((l) => ({ ...l, text: withoutScoreAfterTime(l.text) }))) : [...block.lines];
  const diagnostics: Diagnostic[] = [];
  const at = (line: number) => ({ table, seq: block.seq, line });
  let i = 0;

  // 1. heading fragments of the 项目 cell
  const lead = readHeadings(lines, 0, s, hasSectionColumn && unmarkedHeadingAhead(lines, s, sectionWidth));
  const headings = lead.groups;
  i = lead.next;
  const tail = headings.length && i < lines.length && !lines[i]!.afterBreak ? headingTailOnLine(lines[i]!.text, s) : null;
  if (tail) {
    headings[headings.length - 1]!.fragments.push(tail.tail);
    lines[i] = { ...lines[i]!, text: tail.rest };
  }
  // a heading of its own printed on the task's first line (`（三）打造实干政府 大力纠治…`)
  const own = !tail && i < lines.length && !lines[i]!.afterBreak ? headingOnTaskLine(lines[i]!.text, s) : null;
  if (own) {
    headings.push({ level: markerLevel(own.heading)!, fragments: [own.heading], line: lines[i]!.line });
    lines[i] = { ...lines[i]!, text: own.rest };
  }
  // an un-numbered category of the 项目 / 工作类别 column printed on the row's first task line (`城乡建设 深入实施…`)
  const category = hasSectionColumn && !tail && !own && !headings.length && i === 0 && i < lines.length && !lines[i]!.afterBreak ? categoryOnTaskLine(lines[i]!.text, s) : null;
  if (category) {
    headings.push({ level: 1, fragments: [category.heading], line: lines[i]!.line });
    lines[i] = { ...lines[i]!, text: category.rest };
  }

  // 2. the task: the first line, then prose lines; the last may carry the row's names
  const task: string[] = [];
  const names: NameToken[] = [];
  const trailingHeadings: HeadingGroup[] = [];
  let para = 0;
  const pushNames = (text: string, line: number, blankBefore?: boolean) => {
    if (blankBefore && names.length) para++;
    entityTokens(text).forEach((t, col) => names.push({ text: t, line, col, para }));
  };
  if (i >= lines.length && headings.length) {
    // nothing after the headings: the last fragment was the (short) task
    const g = headings[headings.length - 1]!;
    task.push(g.fragments.pop()!);
    if (!g.fragments.length) headings.pop();
    diagnostics.push({ level: "warning", code: "FLAT_TASK_GUESSED", message: `第 ${block.seq} 项找不到任务正文，已把最后一个短句当作任务：“${task[0]}”。请核对原文。`, ...at(block.line) });
  }
  let peopleRead = 0;
  if (peopleBeforeTask) {
    // the people columns the header prints before the task: their names come first
    peopleRead = leadingPeopleLines(lines, i, s);
    for (const l of lines.slice(i, i + peopleRead)) pushNames(l.text, l.line, l.blankBefore);
    i += peopleRead;
  }
  let apart = false;
  let leadRead = false;
  const cellBefore = cellsBeforeTask > 0 && i < lines.length && !lines[i]!.afterBreak && opensWithRoleLabel(lines[i]!.text) ? roleCellBeforeTask(lines, i, s, timeColumn) : null;
  if (cellBefore) {
    // a role-label cell the header prints before the task (`序号 | 责任单位 | 工作任务 | …`, the cell `牵头：X` | `配合：Y`):
    // its lines first, the task after them (its first line may go on after the cell's last, past a space)
    pushNames(cellBefore.text, lines[i]!.line, lines[i]!.blankBefore);
    lines.splice(i, cellBefore.used, ...(cellBefore.rest !== null ? [{ ...lines[i + cellBefore.used - 1]!, text: cellBefore.rest }] : []));
    leadRead = true;
    if (cellsBeforeTask === 1) {
      para++;
      apart = true;
    }
  } else if (cellsBeforeTask > 0 && i < lines.length && !lines[i]!.afterBreak) {
    // the cells before the task printed on its first line, before a space
    // (or on a line of their own before it: `区发改局` | `地区生产总值增长7.5% 区统计局`)
    const own = i + 1 < lines.length ? cellsLine(lines[i]!.text, cellsBeforeTask, s) : null;
    const lead = own ? { names: own, rest: "" } : leadingCells(lines[i]!.text, cellsBeforeTask, s);
    // after a people cell read on lines of its own, only people continue it (`新增高新技术企业 30 家` opens the task)
    if (lead && !(peopleRead > 0 && lead.names.some((n) => n.split("、").some((x) => tokenKind(x) !== "person")))) {
      // the cell's last name cut by its width, its last character opening the task's line (`区农业农村` | `局粮食播种…`)
      const tail = own && i + 1 < lines.length ? cutNameTail(lead.names[lead.names.length - 1]!, lines[i + 1]!.text) : null;
      if (tail) {
        lead.names[lead.names.length - 1] += tail;
        const rest = norm(lines[i + 1]!.text).slice(tail.length);
        if (rest) lines[i + 1] = { ...lines[i + 1]!, text: rest };
        else lines.splice(i + 1, 1);
        diagnostics.push({
          level: "info",
          code: "FLAT_NAME_TAIL_BEFORE_TASK",
          message: `第 ${block.seq} 项任务开头的“${tail}”接在上一行的“${lead.names[lead.names.length - 1]!.slice(0, -tail.length)}”之后，是被单元格宽度截断的单位名称的末字，已并入该单位。请核对任务开头。`,
          ...at(lines[i]!.line),
        });
      }
      pushNames(lead.names.join(" "), lines[i]!.line, lines[i]!.blankBefore);
      if (own) i++;
      else lines[i] = { ...lines[i]!, text: lead.rest };
      leadRead = lead.names.length > 0;
      // the one cell before the task is set apart by the task: the names after it are other cells
      if (cellsBeforeTask === 1 && lead.names.length) {
        para++;
        apart = true;
      }
    }
  }
  // no cell printed before the task (see `noCellBeforeTask`)
  const noCellBeforeTask = cellsBeforeTask > 0 && !leadRead && i < lines.length;
  let taskDone = false;
  /** the time cell that ended the task (its wrapped rest may open the names' first line: `12 月底` | `前 省交通运输厅`) */
  let taskTime: string | null = null;
  // a role-label cell after the task (`牵头：X；配`) ends it: no look-ahead for the task's wrapped end reads past it
  const labelAt = lines.findIndex((l, k) => k > i && opensWithRoleLabel(l.text));
  const view = labelAt < 0 ? lines : lines.slice(0, labelAt);
  for (; i < lines.length && !taskDone; i++) {
    const l = lines[i]!;
    // a division-of-work cell (`牵头：区商务局；配合：…`) after the task: its labels open the row's names
    if (i === labelAt) break;
    // before that cell, an unfinished task goes on (`…建成嵘湖` | `中央商务区二期` | `牵头：…`): the cell holds the names
    if (labelAt > i && task.length && !endsSentence(task[task.length - 1]!) && tokenKind(l.text) !== "person" && !isHeadingStart(l.text, s)) {
      task.push(norm(l.text));
      continue;
    }
    // the row's names and its 完成时限 cell on one printed line after the task (`县商务局 卢 静 2025 年 12 月`):
    // every piece before the time a whole name, so no task words; the task has ended
    // (read before the time cell alone: `镇文化站 黎晓红 全年持续推进` is short enough to read as one time by its end)
    // (or opening it, the time column printed before the units: `全年 省应急厅 省直有关部门`)
    const namesBeforeTime = timeColumn && task.length ? (trailingTimeCell(l.text) ?? leadingTimeCell(l.text)) : null;
    if (namesBeforeTime !== null) {
      pushNames(namesBeforeTime, l.line, l.blankBefore);
      taskDone = true;
      continue;
    }
    // the row's 完成时限 cell (`2023年底`, `持续推进`) after its task: in no field, and the task has ended
    if (timeColumn && task.length && cellKind(l.text) === "time") {
      taskDone = true;
      taskTime = norm(l.text);
      continue;
    }
    if (task.length && l.afterBreak && isHeadingStart(l.text, s)) {
      // the 项目 cell repeated at the top of a page: it confirms the path
      const rep = readHeadings(lines, i, s, false);
      headings.push(...rep.groups);
      i = rep.next - 1;
      continue;
    }
    if (task.length && endsSentence(task[task.length - 1]!) && isHeadingRow(l.text, s) && !isHeadingStart(l.text, s)) {
      // a titled heading row (with commas) printed right after the task ended (reading order puts it
      // before the row's names): the section of the rows below, not more task text
      trailingHeadings.push({ level: markerLevel(l.text)!, fragments: [sectionText([l.text])], line: l.line });
      taskDone = true;
      continue;
    }
    if (task.length && headingRowAfterTask(view, i, task[task.length - 1]!, s)) {
      // a heading row after a task without a full stop, nothing but headings after it in the row: the rows below's section
      trailingHeadings.push({ level: markerLevel(l.text)!, fragments: [sectionText([l.text])], line: l.line });
      taskDone = true;
      continue;
    }
    const bound = task.length ? tailAfterBindingWord(task[task.length - 1]!, l, s) : null;
    if (bound) {
      // the task line ends on a word that binds forward (`…各` | `项措施`): the next piece is the task's, whatever it reads like
      task.push(bound.tail);
      if (bound.names) {
        pushNames(bound.names, l.line, l.blankBefore);
        taskDone = true;
      }
      continue;
    }
    const rest = task.length && !l.afterBreak ? fullLineRest(task[task.length - 1]!, l.text, cell, s, lines[i + 1]?.text) : null;
    if (rest) {
      // the task's line filled its cell: it broke for want of room, and the next line opens with the task's rest
      task.push(rest.task);
      // (names after the task's words on their line: as printed after it, like a peeled tail)
      if (rest.names) entityTokens(rest.names).forEach((t, col) => names.push({ text: t, line: l.line, col: col + 1, ...(apart ? { para } : {}) }));
      if (rest.time !== null) taskTime = rest.time;
      if (rest.names || rest.time !== null) taskDone = true;
      continue;
    }
    if (task.length && continuesClause(task[task.length - 1]!, l, s)) {
      // the task's sentence going on after a clause mark (`…治理，` | `实现网格员全覆盖`): a word that is no name
      task.push(norm(l.text));
      continue;
    }
    if (task.length && isQuantityRest(task[task.length - 1]!, l.text)) {
      // the measure word after the task's last number, wrapped onto a line of its own (`…中心 3` | `个`)
      task.push(norm(l.text));
      continue;
    }
    if (task.length && !l.afterBreak && isOneCharRest(task[task.length - 1]!, l.text)) {
      // one character wrapped alone after the unfinished task (`…50 万吨以` | `上`): no name is that short
      task.push(norm(l.text));
      continue;
    }
    const ending = task.length && !l.afterBreak ? unitEndingParagraph(view, i, s) : null;
    if (ending) {
      // the task paragraph's last line with the next column's unit after a space (`…800 亿元 市工信局`)
      task.push(ending.task);
      names.push({ text: ending.unit, line: l.line, col: 0, para });
      taskDone = true;
      continue;
    }
    const around = task.length ? taskAroundUnit(view, i, task[task.length - 1]!, s) : null;
    if (around) {
      // the next column's unit printed amid the wrapped task, the task's short last piece after it
      task.push(...around.task);
      names.push({ text: around.unit, line: l.line, col: 0, para });
      diagnostics.push({
        level: "info",
        code: "FLAT_UNIT_AMID_TASK",
        message: `第 ${block.seq} 项任务正文的换行处印着“${around.unit}”（第 ${l.line} 行），正文在其后接续（“${around.task[around.task.length - 1]}”）：已把它归入名单，任务前后两段相连。`,
        ...at(l.line),
      });
      i += around.used - 1;
      continue;
    }
    // the task's last wrapped words, then on the same printed line the row's names, or the first line of a unit
    // that wraps onto the next line
    const tailWord = task.length ? (taskTailBeforeNames(view, i, task[task.length - 1]!, s) ?? taskTailBeforeWrappedUnit(view, i, task[task.length - 1]!, s)) : null;
    if (tailWord) {
      task.push(tailWord.tail);
      pushNames(tailWord.names, l.line, l.blankBefore);
      taskDone = true;
      continue;
    }
    const tailLines = task.length ? taskTailLines(view, i, task[task.length - 1]!, s) : 0;
    if (tailLines) {
      // the task's last wrapped line(s), too short to be the first line of the name printed after them
      for (const x of lines.slice(i, i + tailLines)) task.push(x.text);
      i += tailLines - 1;
      continue;
    }
    if (task.length && !isProse(l.text, s)) {
      // a wrapped task line made only of names (`小体积陶瓷电容器、恒劲科技流量测量仪表`) between task lines
      const more = wrappedTaskLines(view, i, task[task.length - 1]!, s, timeColumn);
      if (!more) break;
      for (const x of lines.slice(i, i + more)) {
        if (!isNameInTask(x.text, s)) {
          task.push(x.text);
          continue;
        }
        // a whole unit or person name printed amid the task (reading order interleaves the next column)
        pushNames(x.text, x.line, x.blankBefore);
        diagnostics.push({
          level: "warning",
          code: "FLAT_NAME_IN_TASK",
          message: `第 ${block.seq} 项任务正文的两行之间夹着“${norm(x.text)}”，像是相邻一栏的名称，已从任务中取出归入名单。请核对原文。`,
          ...at(x.line),
        });
      }
      i += more - 1;
      continue;
    }
    const next = lines[i + 1];
    const goesOn = next !== undefined && !next.afterBreak && isProse(next.text, s) && !isHeadingRow(next.text, s);
    const peeledAny = peelInlineTail(l.text, s, timeColumn, next?.text);
    // (a task ending on a count with a unit after it goes on when the next line is prose: that unit was printed amid it)
    const peeled = peeledAny.byCount && goesOn ? { task: norm(l.text), tail: [] } : peeledAny;
    // a unit glued after a task line the next line goes on from: the next column, printed at that height
    const glued = !peeled.tail.length && !endsSentence(peeled.task) && goesOn ? peelGluedUnit(l.text, s) : null;
    if (glued) {
      task.push(glued.task);
      names.push({ text: glued.unit, line: l.line, col: 0, para });
      diagnostics.push({
        level: "warning",
        code: "FLAT_NAME_BESIDE_TASK",
        message: `第 ${block.seq} 项任务正文的一行末尾印着“${glued.unit}”（第 ${l.line} 行），正文在下一行接续：已把它当作相邻一栏的单位归入名单。请核对任务全文与该单位的栏目。`,
        ...at(l.line),
      });
      continue;
    }
    task.push(peeled.task);
    if (peeled.tail.length) {
      peeled.tail.forEach((t, col) => names.push({ text: t, line: l.line, col: col + 1, ...(apart ? { para } : {}) }));
      taskDone = true;
    }
  }
  // a Roman numeral printed apart at a line's end (`88% Ⅲ`), the next line opening with a comma, which Chinese typesetting
  // never prints at a line's start (`，…水质稳定达到` | `类。`): the numeral, in another font, was printed out of its place
  const opensWithMark = task.findIndex((t, k) => k > 0 && LINE_START_FORBIDDEN.test(t) && NUMERAL_APART_AT_END.test(task[k - 1]!));
  if (opensWithMark > 0) {
    diagnostics.push({
      level: "warning",
      code: "FLAT_TASK_TEXT_DISPLACED",
      message: `第 ${block.seq} 项任务正文中，罗马数字单独印在一行末尾，下一行以“${task[opensWithMark]!.trim().charAt(0)}”开头（排版不会把它印在行首）：这个数字原本可能在别处，正文的字序可能不对。请核对任务全文。`,
      ...at(block.line),
    });
  }
  // quotation marks printed on a line of their own among the task's lines (`“` | `打造 10 ”` | `分钟便民生活圈 ，…`): in another
  // font on another baseline, out of their places; where the text put them back is a guess
  const quotesApart = task.findIndex((t) => QUOTES_ALONE.test(t));
  if (quotesApart >= 0 && opensWithMark <= 0) {
    diagnostics.push({
      level: "warning",
      code: "FLAT_TASK_TEXT_DISPLACED",
      message: `第 ${block.seq} 项任务正文中，引号（${task[quotesApart]!.trim()}）单独印在一行，与所引的文字分开：引号原本的位置可能不对。请核对任务全文。`,
      ...at(block.line),
    });
  }
  if (!task.length) {
    diagnostics.push({ level: "warning", code: "FLAT_NO_TASK", message: `第 ${block.seq} 项没有任务正文。请核对原文。`, ...at(block.line) });
  } else if (!endsSentence(task[task.length - 1]!)) {
    diagnostics.push({
      level: "info",
      code: "FLAT_TASK_UNTERMINATED",
      message: `第 ${block.seq} 项任务正文未以句号结尾，已在下一行的单位名称前截止：“${task[task.length - 1]!.slice(-20)}”。请核对任务是否完整。`,
      ...at(block.line),
    });
  }

  // 3. names, one fragment per line (or several cells of one visual line after spaces)
  let timeCell: string | null = taskTime;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    // the wrapped time cell's rest, then the row's names on that line (`12 月底` | `前 省交通运输厅 省发展改革委`)
    const restThenNames = timeCell !== null ? /^(\S+)[ \t\u3000]+(\S.*)$/.exec(norm(l.text)) : null;
    if (restThenNames && isTimeCellRest(timeCell!, restThenNames[1]!) && entityTokens(restThenNames[2]!).every((t) => tokenKind(t) !== "fragment")) {
      pushNames(restThenNames[2]!, l.line, l.blankBefore);
      timeCell = null;
      continue;
    }
    // the row's own 项目 cell cut by the page break: its rest printed first at the next page's top (`新动能 局`)
    const headingRest = hasSectionColumn && l.afterBreak && task.length && endsSentence(task[task.length - 1]!) ? cutHeadingRest(headings.length ? headings : openHeading ? [openHeading] : [], l.text) : null;
    if (headingRest) {
      const group = headings.at(-1) ?? openHeading!;
      group.fragments.push(headingRest.rest);
      diagnostics.push({
        level: "warning",
        code: "SECTION_CUT_AT_PAGE",
        message: `第 ${block.seq} 项的“项目”格被分页截断：下一页顶端的“${headingRest.rest}”按窄栏印满的上一页各行（${group.fragments.slice(0, -1).join("|")}）接作小标题的末尾，读作“${group.fragments.join("")}”。请核对本项及以下各行的所属栏目。`,
        ...at(l.line),
      });
      if (!headingRest.names) continue;
      lines[i] = { ...l, text: headingRest.names };
      i--;
      continue;
    }
    // the row's 备注 cell, its last line (`按季调度`): in no field (see notecell.ts)
    if (notes && i === lastCellLine(lines) && isNoteLine(norm(l.text), lines[i - 1]?.text)) {
      diagnostics.push({ level: "info", code: "FLAT_NOTE_LEFT_OUT", message: `第 ${block.seq} 项末行的“${norm(l.text)}”是“备注”一栏的内容（不是单位或人名），不在记录中。`, ...at(l.line) });
      continue;
    }
    // the row's 完成时限 cell among its names: in no field
    // (printed after the row's last names on their line: `区直有关单位 全年持续推进`, the names kept)
    const beforeTime = timeColumn ? trailingTimeCell(l.text) : null;
    if (beforeTime !== null) {
      pushNames(beforeTime, l.line, l.blankBefore);
      timeCell = norm(l.text).split(/\s+/).pop()!;
      continue;
    }
    // (printed before them, the time column before the units: `全年 省应急厅 省直有关部门`)
    const afterTime = timeColumn ? leadingTimeCell(l.text) : null;
    if (afterTime !== null) {
      pushNames(afterTime, l.line, l.blankBefore);
      timeCell = null;
      continue;
    }
    if (timeColumn && cellKind(l.text) === "time") {
      timeCell = norm(l.text);
      continue;
    }
    // the time cell wrapped (`全年持续` | `推进`, `2022年12` | `月底前`): its rest is no name
    if (timeCell !== null && isTimeCellRest(timeCell, l.text)) {
      timeCell = null;
      continue;
    }
    timeCell = null;
    // (a marker line at a page top is the 项目 cell printed again even when it reads like a unit: `（四）深化乡村`)
    // (and a marker line that reads like a unit, `二、建设宜居集镇`, that ends the row: no name is printed with a marker)
    if (isHeadingStart(l.text, s) && (tokenKind(l.text) === "fragment" || l.afterBreak || headingsToRowEnd(lines, i, s))) {
      const rep = readHeadings(lines, i, s, false, true);
      const from = i;
      i = rep.next - 1;
      // heading fragments followed by more names are the 项目 cell repeated on a new page (they confirm
      // the path); followed by nothing they are a heading row spanning the table: the next rows' section
      // (followed by a titled heading row only, `二、重点工作` | `（一）聚力项目建设，夯实发展根基`: headings above the next row)
      if (rep.next < lines.length && !headingsToRowEnd(lines, from, s)) headings.push(...rep.groups);
      else {
        trailingHeadings.push(...rep.groups);
        // printed at a page top after the row: a merged 项目 cell cut by the page break may have begun at this row
        // (a table without a 项目 column prints its sections as rows spanning it: such a row heads the rows below)
        if (l.afterBreak && hasSectionColumn)
          diagnostics.push({
            level: "warning",
            code: "FLAT_HEADING_AFTER_BREAK",
            message: `第 ${block.seq} 项之后的换页处印有小标题“${rep.groups.map((g) => g.fragments.join("")).join("")}”，已归入下一项起的各行；若该栏目是被分页截断的合并单元格，它也可能从第 ${block.seq} 项起适用。请核对本项的所属栏目。`,
            ...at(l.line),
          });
      }
      continue;
    }
    if (isHeadingRow(l.text, s) && !isHeadingStart(l.text, s)) {
      // a titled heading row (with commas) between rows: the section of the rows below
      const group: HeadingGroup = { level: markerLevel(l.text)!, fragments: [sectionText([l.text])], line: l.line };
      // printed with an earlier row's 序号 right after it (reading order defers both to the page's end):
      // the heading stands above that row, and heads it and the rows after it
      const with_ = lines[i + 1] ? parseSeqLine(norm(lines[i + 1]!.text)) : null;
      if (with_ && !with_.rest && with_.seq < block.seq && with_.seq >= 1) {
        group.from = with_.seq;
        i++;
      }
      trailingHeadings.push(group);
      continue;
    }
    if (opensWithRoleLabel(l.text)) {
      // a division-of-work cell (`牵头：招商服务局；配` | `合：经济发展局、科技创` | `新局`): one text, its labels read later
      const cell = roleCell(lines, i, s, timeColumn);
      pushNames(cell.text, l.line, l.blankBefore);
      i += cell.used - 1;
      continue;
    }
    // the task's last lines at the top of the next page, the names of the cells cut with it after them
    const peeled = l.afterBreak && isProse(l.text, s) ? peelInlineTail(l.text, s, timeColumn) : null;
    if (peeled?.tail.length && endsSentence(peeled.task)) {
      task.push(peeled.task);
      peeled.tail.forEach((t, col) => names.push({ text: t, line: l.line, col: col + 1, para }));
      continue;
    }
    if (labelCells && l.afterBreak && task.length && !endsSentence(task[task.length - 1]!) && tokenKind(l.text) !== "person") {
      // the unfinished task's end carried over a page break (`…打造` | header | `区域农产品集散中心`): under a
      // division-of-work column every unit is printed in a label cell, so this line is no unit
      task.push(norm(l.text));
      continue;
    }
    // a unit cell's line under its cut name, its other cells after it (`县市场监管` | `局 县供销社 2024 年 11`): names,
    // the deadline's pieces set aside
    if (isProse(l.text, s) && wrappedNamesLine(lines[i - 1]?.text ?? "", l.text, lines[i + 1]?.text ?? "", s)) {
      pushNames(withoutDeadlinePieces(l.text), l.line, l.blankBefore);
      continue;
    }
    // (a line of a narrow cell's list wrapped mid-name on every line, `设服务中心，区人`: its commas part names)
    if (isProse(l.text, s) && inNamesRun(lines.map((x) => x.text), i, s)) {
      pushNames(l.text.replace(/[，,]/gu, "、"), l.line, l.blankBefore);
      continue;
    }
    if (isProse(l.text, s)) {
      diagnostics.push({
        level: "warning",
        code: "FLAT_STRAY_PROSE",
        message: `第 ${block.seq} 项的单位、领导名单中出现了一行正文，已接在任务正文之后：“${l.text.slice(0, 30)}”。请核对原文。`,
        ...at(l.line),
      });
      task.push(l.text);
      continue;
    }
    pushNames(l.text, l.line, l.blankBefore);
  }
  return { headings, trailingHeadings, task, names, diagnostics, ...(noCellBeforeTask ? { noCellBeforeTask } : {}) };
}


/**
 * A role-label cell printed before the task (see `roleCell`), from line `i` on: its text, the lines it takes, and the
 * task's text that its last line goes on with after a space (`配合：县重大项目服务中心 实施重点项目72个…`), or null.
 */
export function roleCellBeforeTask(lines: readonly FlatLine[], i: number, s: FlatSettings, timeColumn: boolean): { text: string; used: number; rest: string | null } {
  const whole = roleCell(lines, i, s, timeColumn);
  for (let k = i; k < i + whole.used; k++) {
    const m = /^(\S+)[ \t\u3000]+(\S.*)$/u.exec(norm(lines[k]!.text));
    if (!m || !isProse(m[2]!, s) || opensWithRoleLabel(m[2]!)) continue;
    const cut = [...lines.slice(0, k), { ...lines[k]!, text: m[1]! }];
    return { text: roleCell(cut, i, s, timeColumn).text, used: k - i + 1, rest: m[2]! };
  }
  return { ...whole, rest: null };
}

/** the end of a name in a label cell: a separator, a label's colon, a bracket */
const ROLE_CELL_SEPARATOR = /[；;，,、：:\s]/;

/**
 * A role-label cell from line `i` on, its wrapped lines joined: a line goes on the cell while the cell's last
 * name is unfinished (`…、科技创` | `新局`, `区工信局（区委` | `军民融合办）`, a separator last) or a label opens it
 * (`牵头：X` | `配合：Y`, joined with `；`). A person, a time cell or a heading ends the cell.
 */
export function roleCell(lines: readonly FlatLine[], i: number, s: FlatSettings, timeColumn: boolean): { text: string; used: number } {
  let text = norm(lines[i]!.text);
  let j = i + 1;
  for (; j < lines.length; j++) {
    const t = norm(lines[j]!.text);
    if (!t || lines[j]!.afterBreak || isHeadingStart(t, s) || tokenKind(t) === "person" || (timeColumn && (cellKind(t) === "time" || trailingTimeCell(t) !== null))) break;
    if (opensWithRoleLabel(t)) {
      text += /[；;，,、]$/.test(text) ? t : `；${t}`;
      continue;
    }
    const last = text.split(ROLE_CELL_SEPARATOR).pop() ?? "";
    const open = (last.match(/[（(]/g)?.length ?? 0) > (last.match(/[）)]/g)?.length ?? 0);
    // (a lone character is no name, whatever it reads as: `…、县水利局、县` | `投资促进中心`)
    // (or a bare tail that names nothing alone, `各镇` | `人民政府`: the name goes on)
    if ([...last].length < 2 || open || !isComplete(last, "unit") || isBareTail(t.split(ROLE_CELL_SEPARATOR)[0]!)) text += t;
    else break;
  }
  return { text, used: j - i };
}

/** a small number last on a line, after a space: a score column's cell (`考核分值`) */
const TRAILING_SCORE = /^(.*\S)[ \t\u3000]+\d{1,3}(?:\.\d{1,2})?$/u;

/**
 * The line without a score printed after its time cell (`全年 5` → `全年`, `孔令坤 12 月底 4` → `孔令坤 12 月底`):
 * only when what is left ends with a time. A task's own number (`新增规上工业企业 100`) is kept.
 */
export function withoutScoreAfterTime(text: string): string {
  const m = TRAILING_SCORE.exec(text);
  if (!m) return text;
  const rest = joinSpacedDate(norm(m[1]!));
  const last = rest.split(/[ \t\u3000]+/).pop() ?? "";
  return WHOLE_TIME.test(last) ? m[1]! : text;
}
/**
 * A 完成时限 cell its width cut into lines of a few characters each (`2025` | `年 12` | `月底`, as
 * `pdftotext -raw` prints a narrow last column): the lines joined into the one time cell they are,
 * when the first is a bare year or opens with one and only together they are a whole time. A
 * short line that ends a task (`完成` | `2025年底前`) or a name never opens such a run.
 */
export function joinWrappedTimeCells<T extends FlatLine>(lines: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = norm(lines[i]!.text).replace(/\s+/g, "");
    // the longest run of lines from here that is one whole time
    let joined = -1;
    let whole = "";
    if (TIME_CELL_OPENING.test(first)) {
      let text = first;
      for (let j = i + 1; j < lines.length && j <= i + MAX_TIME_CELL_LINES - 1 && !lines[j]!.afterBreak; j++) {
        const piece = norm(lines[j]!.text).replace(/\s+/g, "");
        if (!piece || piece.length > MAX_TIME_REST) break;
        text += piece;
        if (WHOLE_TIME.test(text)) {
          joined = j;
          whole = text;
        }
      }
    }
    if (joined > i) {
      out.push({ ...lines[i]!, text: whole });
      i = joined;
      continue;
    }
    out.push(lines[i]!);
  }
  return out;
}
/** the opening line of a time cell cut by its width: a year, with a month's number or 年 after it or not (`2025`, `2025年`, `2025 年 12`) */
const TIME_CELL_OPENING = /^(?:19|20)\d{2}(?:年\d{0,2})?$/u;
/** the most lines one time cell is printed on */
const MAX_TIME_CELL_LINES = 4;

/** a time cell, whole (`全年`, `12月底前`, `2024年6月`, `持续推进`): stricter than a deadline clause's opening (`全年实施…` is a task) */
const WHOLE_TIME =
  /^(?:(?:(?:19|20)\d{2}年(?:\d{1,2}月)?|\d{1,2}月)(?:底|末|中|上旬|中旬|下旬)?(?:前|内)?|全年|年内|年底前?|年末|长期|常态化|持续推进|持续实施|长期坚持|每季度|每月|每年|[上下]半年|第?[一二三四1-4]季度)(?:完成|推进|持续推进|坚持)?$/u;

/** one character that ends an organisation's name (`局`, `办`, `委`…) */
const ONE_CHAR_ENDINGS = new Set(UNIT_SUFFIXES_STRONG.filter((e) => e.length === 1));
/** words a task may open with whose first character also ends a name (`部署`, `会同`, `办好`, `处置`): no cut tail */
const TASK_OPENING_WORDS = /^(?:部署|部门|会同|会商|办好|办理|办实|处置|处理|局面|院校|所有|所在|站位|站稳|组织|组建|组团|队伍|社会|委托|室内|馆藏|署名|科学|科技|行动|行业|台账|团结|司法|校园|联合|联动|协同|协调)/;

/**
 * The last character of a name cut by its cell's width printed before the task on the task's line
 * (`区农业农村` | `局粮食播种面积…`), or alone on a line (`区农业农村` | `局` | `粮食…`): the name alone has no
 * organisation's ending, with the character it has.
 */
export function cutNameTail(name: string, taskLine: string): string | null {
  const t = norm(taskLine);
  const c = t[0];
  if (c === undefined || !ONE_CHAR_ENDINGS.has(c) || TASK_OPENING_WORDS.test(t)) return null;
  if (unitEnding(name)?.strength === "strong" || !UNIT_OPENING.test(name)) return null;
  return unitEnding(name + c)?.strength === "strong" ? c : null;
}
