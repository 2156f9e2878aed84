/**
 * Row segmentation: cut the lines after the header into row blocks. A row
 * starts at a line holding the next expected 序号 (alone, or followed by a space
 * and the row's first text). Page noise (repeated header, page numbers, empty
 * lines) is dropped; the line after it is marked `afterBreak`.
 */
import type { SourceLine } from "../../model/intermediate.js";
import { cleanName } from "../../text/hygiene.js";
import { findFrom } from "../../arrays.js";
import { headerRun, type FlatHeader } from "./header.js";
import { endsSentence, entityTokens, hasProsePunctuation, isHeadingRow, isHeadingStart, markerLevel, isPageNumber, isProse, isSeparator, isTableEnd, norm, parseSeqLine, tokenKind } from "./fragments.js";
import { isSignature } from "../../meta/notice.js";
import { isTableTitleLine, signatureLines } from "./amidfurniture.js";
import { FLAT_DEFAULTS, type FlatSettings } from "./settings.js";
import { loneHeaderWords } from "./order.js";
import { headerPart, pageOpeningHeads, runningHeads, shuffledHeaderRun } from "./pagetail.js";
import { isNameLine, isTaskLine, taskEnds } from "./tasklines.js";

/** a table that starts later than this is not a row number but a year or a count */
const FIRST_SEQ_LIMIT = 1000;

export interface FlatLine {
  text: string;
  line: number;
  page?: number;
  /** the first content line after a page break (repeated header, page number, leading-space line) */
  afterBreak: boolean;
  /** a blank line precedes it: in a dump that prints each cell as a paragraph, a new cell */
  blankBefore?: boolean;
}

export interface RowBlock {
  seq: number;
  line: number;
  page?: number;
  /** the row's content lines, the text after the 序号 on its own line first */
  lines: FlatLine[];
  /** a blank line between the row's last line and the next row's 序号 */
  blankAfter?: boolean;
  /** the 序号 as printed, where the numbering restarts at 1 under a section heading and the row is numbered on (`seq`) */
  printed?: number;
  /** a restart with no heading printed above it (`restartsWithoutHeading`): the section is not known here */
  headless?: boolean;
}

export interface Segmentation {
  rows: RowBlock[];
  /** lines between the header and the first row (a heading row spanning the table, or stray text) */
  leading: FlatLine[];
  /** 1-based line where the table ended early (a footer such as 抄送), or null */
  endLine: number | null;
}

export function segmentRows(
  lines: readonly SourceLine[],
  header: FlatHeader,
  s: FlatSettings = FLAT_DEFAULTS,
  /** the table title, dropped where a page repeats it */
  title: string | null = null,
  /** drop lines that are column labels alone (a dump in reading order prints each after its column) */
  dropLabels = false,
): Segmentation {
  const titleKey = title ? cleanName(title) : null;
  const heads = runningHeads(lines);
  const pageHeads = pageOpeningHeads(lines);
  const rows: RowBlock[] = [];
  const leading: FlatLine[] = [];
  let current: RowBlock | null = null;
  let pageBreak = false;
  let endLine: number | null = null;
  let blank = false;
  // added to the printed 序号 after a restart under a section heading (`restartsUnderHeading`)
  let offset = 0;
  // a restart under a heading was read: the table is numbered per section (`restartsUnderHeading`)
  let perSection = false;

  // a row's 序号 printed amid the header (reading order) opens the first row
  for (const k of header.inside ?? []) {
    const src = lines[k]!;
    const seqLine = parseSeqLine(norm(src.text));
    if (!seqLine || !startsRow(seqLine.seq, seqLine.rest, current, s)) continue;
    current = { seq: seqLine.seq, line: src.line, ...(src.page ? { page: src.page } : {}), lines: [] };
    rows.push(current);
  }
  // the header printed just before (first or repeated): its 序号 label's wrapped rest (`序` | `号`) may follow
  const seqLabelCut = header.headers.includes("序");
  let afterHeader = seqLabelCut;
  // the header's lower band printed after the first row began (`lateBand`)
  const late = new Set(header.late ?? []);
  for (let i = header.end + 1; i < lines.length; i++) {
    const src = lines[i]!;
    const t = norm(src.text);
    if (late.has(i)) continue;
    if (!t) {
      blank = true;
      continue;
    }
    if (afterHeader && t === "号") {
      afterHeader = false;
      continue;
    }
    afterHeader = false;
    const blankBefore = blank;
    blank = false;
    // the notice's signature (issuer, then the date) after the last row: nothing numbered goes on after it
    // (a PDF dump's reading order can print a page's signature amid the table)
    if (isTableEnd(t) || (current && isSignature(t, findFrom(lines, i + 1, (l) => norm(l.text) !== "")?.text) && !numberedAfter(lines, i + 1, current.seq - offset))) {
      endLine = src.line;
      break;
    }
    if (isSeparator(t)) continue;
    // the letter's signature amid the rows, numbered rows after it (poppler's default order; see amidfurniture.ts)
    if (current && signatureLines(t, findFrom(lines, i + 1, (l) => norm(l.text) !== "")?.text)) {
      while (!norm(lines[++i]!.text));
      pageBreak = true;
      continue;
    }
    // page furniture: the page number, the print header, the table title or a running head printed again
    if (isPageNumber(t) || isPrintFurniture(t) || (titleKey !== null && cleanName(t) === titleKey) || (current !== null && isTableTitleLine(t)) || heads.has(cleanName(t)) || (src.text.startsWith("\f") && pageHeads.has(cleanName(t)))) {
      pageBreak = true;
      continue;
    }
    if (dropLabels && loneHeaderWords(t)) continue;
    const run = headerRun(lines, i, header) ?? headerPart(lines, i, header) ?? shuffledHeaderRun(lines, i, header);
    if (run !== null) {
      pageBreak = true;
      i = run - 1;
      afterHeader = seqLabelCut;
      continue;
    }
    if (/^[ \t\u3000]/.test(src.text)) pageBreak = true;

    // (the first row too, its number glued after the rest of the 项目 cell whose first piece opened the table:
    // `一、稳增` | `长促发展 1 全区地区生产总值增长6%…`)
    const gluedFirst = !current && leading.length > 0 && isHeadingStart(leading.at(-1)!.text, s) ? firstRowAfterPiece(t, s) : null;
    if (gluedFirst) {
      leading.push({ text: gluedFirst.before, line: src.line, ...(src.page ? { page: src.page } : {}), afterBreak: pageBreak });
      current = { seq: 1, line: src.line, ...(src.page ? { page: src.page } : {}), lines: [{ text: gluedFirst.task, line: src.line, ...(src.page ? { page: src.page } : {}), afterBreak: false }] };
      rows.push(current);
      pageBreak = false;
      continue;
    }
    const glued = current ? gluedNextRow(t, current.seq + 1 - offset, s) : null;
    if (current && glued) {
      current.lines.push({ text: glued.before, line: src.line, ...(src.page ? { page: src.page } : {}), afterBreak: pageBreak, ...(blankBefore ? { blankBefore } : {}) });
      current = { seq: current.seq + 1, ...(offset ? { printed: current.seq + 1 - offset } : {}), line: src.line, ...(src.page ? { page: src.page } : {}), lines: [{ text: glued.task, line: src.line, ...(src.page ? { page: src.page } : {}), afterBreak: false }] };
      rows.push(current);
      pageBreak = false;
      continue;
    }
    const seqLine = parseSeqLine(t);
    if (seqLine && !seqLine.rest && current && !startsRow(seqLine.seq + offset, seqLine.rest, current, s) && nextIsHeader(lines, i + 1, header)) {
      // a bare page number printed just before the repeated header
      pageBreak = true;
      continue;
    }
    const restart = seqLine !== null && current !== null && rows.length >= MIN_ROWS_BEFORE_RESTART ? restartKind(seqLine.seq, seqLine.rest, current, lines, i, s, perSection) : null;
    const headless = restart === "headless";
    if (seqLine && (restart || startsRow(seqLine.seq + offset, seqLine.rest, current, s)) && !(current === null && continuesWrappedTask(leading, seqLine.rest, s))) {
      if (current && blankBefore && !pageBreak) current.blankAfter = true;
      if (restart) offset = current!.seq;
      if (restart === "heading") perSection = true;
      current = { seq: seqLine.seq + offset, ...(offset ? { printed: seqLine.seq } : {}), ...(headless ? { headless } : {}), line: src.line, ...(src.page ? { page: src.page } : {}), lines: [] };
      if (seqLine.rest) current.lines.push({ text: seqLine.rest, line: src.line, ...(src.page ? { page: src.page } : {}), afterBreak: false });
      rows.push(current);
      pageBreak = false;
      continue;
    }
    if (!current) {
      leading.push({ text: t, line: src.line, ...(src.page ? { page: src.page } : {}), afterBreak: pageBreak });
      continue;
    }
    current.lines.push({ text: t, line: src.line, ...(src.page ? { page: src.page } : {}), afterBreak: pageBreak, ...(blankBefore ? { blankBefore } : {}) });
    pageBreak = false;
  }
  return { rows, leading, endLine };
}

function nextIsHeader(lines: readonly SourceLine[], i: number, header: FlatHeader): boolean {
  let j = i;
  while (j < lines.length && !norm(lines[j]!.text)) j++;
  return j < lines.length && headerRun(lines, j, header) !== null;
}

/** The next expected 序号, or (a bare number only) a small gap after a row that has content. */
export function startsRow(seq: number, rest: string, current: RowBlock | null, s: FlatSettings = FLAT_DEFAULTS): boolean {
  if (!current) return seq >= 1 && seq < FIRST_SEQ_LIMIT && (rest === "" || !/^\d/.test(rest));
  if (seq === current.seq + 1) return true;
  if (seq <= current.seq + 1 || seq > current.seq + 1 + s.maxSeqGap || current.lines.length === 0) return false;
  if (rest === "") return true;
  // a gap in the numbering before a whole row (`26 新建改扩建幼儿园4所，…`): the row above has ended,
  // its task with a full stop or a heading row after it, and a task starts after the number
  const last = current.lines[current.lines.length - 1]!.text;
  return (endsSentence(last) || isHeadingRow(last, s)) && isProse(rest, s) && !QUANTITY_START.test(rest) && tokenKind(entityTokens(rest)[0] ?? "") === "fragment";
}

/** Does a 1 restart the numbering here, under a heading line or with none above it? */
function restartKind(seq: number, rest: string, current: RowBlock, lines: readonly SourceLine[], i: number, s: FlatSettings, perSection: boolean): "heading" | "headless" | null {
  if (restartsUnderHeading(seq, rest, current, lines, i, s, perSection)) return "heading";
  return restartsWithoutHeading(seq, rest, current, lines, i, s) ? "headless" : null;
}

/**
 * The numbering goes back to 1 right under a section heading (`…` 11 | `二、统筹城乡融合发展` |
 * `（一）完善基础设施` | 1 | … | 2): the same table numbered per section, as the table stage reads it
 * (`SEQ_RESTART_SECTION`). The row before ends with a heading line (marker, no full stop), the
 * number is a bare 1 or a 1 before task prose (not a quantity, `1 万亩`), and a 2 follows.
 */
export function restartsUnderHeading(seq: number, rest: string, current: RowBlock, lines: readonly SourceLine[], i: number, s: FlatSettings = FLAT_DEFAULTS, perSection = false): boolean {
  if (seq !== 1 || current.seq < 2 || !current.lines.length) return false;
  const at = headingBeforeCentredNumber(current.lines, rest, s);
  if (at < 0) return false;
  const last = current.lines[at]!.text;
  if (!isHeadingRow(last, s) || markerLevel(last) === null) return false;
  // (under a centred number, the number's line goes on with a piece of the task: `实防止返贫动态监测和帮扶`)
  // (a number in the 序号 column of position-keeping text is one even before a measure word: `1 座、泵站3座`)
  // (nor after a restart under an earlier heading: the table is numbered per section, and a 1 right under the next
  // heading with its 2 after it is the section's first row even where its task's middle opens with a measure word)
  if (rest && (!opensTask(rest, s) || ((QUANTITY_START.test(rest) || QUANTITY_WORD.test(rest)) && !perSection && !inSeqColumn(lines, i, current)))) return false;
  // the 2 on a line of its own, or glued after the row's last name (`熊秀英2 实施农村义务教育…`)
  return lines.slice(i + 1, i + 1 + RESTART_LOOKAHEAD_LINES).some((l) => parseSeqLine(norm(l.text))?.seq === 2 || gluedNextRow(norm(l.text), 2, s) !== null);
}

/** a line's leading spaces, its number and the spaces after it (position-keeping text: ` 4 推进财税体制改革`) */
const NUMBER_AT = /^([ \t]*)(\d{1,3})([ \t]+)\S/;

/**
 * In text that keeps the page's positions (`pdftotext -layout`), the number on line `i` stands in the 序号
 * column: it starts where the current row's number starts, and its text where that row's task text starts,
 * a column the row's wrapped task lines are indented to (so the numbers stand left of the tasks). A quantity
 * wrapped onto a task line (`改造城镇老旧小区` | `   120 个`) starts at the task's column instead. Text
 * without columns (`-raw`, copy) has no such indent and never passes.
 */
export function inSeqColumn(lines: readonly SourceLine[], i: number, current: RowBlock): boolean {
  const m = NUMBER_AT.exec(lines[i]!.text);
  const own = lines.find((l) => l.line === current.line);
  const p = own ? NUMBER_AT.exec(own.text) : null;
  if (!m || !p) return false;
  const textAt = (x: RegExpExecArray) => x[1]!.length + x[2]!.length + x[3]!.length;
  const task = textAt(p);
  if (m[1]!.length !== p[1]!.length || Math.abs(textAt(m) - task) > 1) return false;
  // the row's wrapped task lines indented to its task column, past the number
  return lines.some((l) => l.line > current.line && l.line < lines[i]!.line && /^[ \t]*/.exec(l.text)![0].length === task && task > p[1]!.length + 1);
}

/** the longest piece of a names cell wrapped in a narrow column (`县自然资源和规`, `县水利局、县林`) */
const MAX_NAMES_PIECE_CHARS = 10;

/**
 * A piece of a names cell cut by its column's width, printed on a line of its own between a centred
 * number's task lines: a list's start ending on its separator (`县自然资源和规划局、`), or a short run of
 * words with no punctuation but 、 and no digit (`县自然资源和规`). A task's piece runs the task column's
 * width or carries its punctuation (`修复河道岸线十二公里，新建生态缓冲带`).
 */
function isNamesPiece(text: string): boolean {
  const t = norm(text).replace(/\s+/g, "");
  if (/[，,。；;：:！!？?“”"（）()\d]/.test(t)) return false;
  return /、$/.test(t) ? [...t].length <= 2 * MAX_NAMES_PIECE_CHARS : [...t].length <= MAX_NAMES_PIECE_CHARS;
}

/** task lines a vertically centred 序号 may be printed below (its row's first lines, above the number) */
const MAX_LINES_ABOVE_CENTRED_NUMBER = 3;

/**
 * Where the heading line stands that a restarted 1 is under: the row's last line, or (a 序号 printed
 * at the vertical centre of its row, reading order: `二、乡村建设` | `完成青桐集镇主街道提质改 曹国强` |
 * `1 造，新建农贸市场1个，集镇`) the line just above a few lines of task text that none ends a sentence,
 * the number's own line going on with that text (a task's wrapped piece, not a new sentence after a
 * full stop). -1 when there is none.
 */
export function headingBeforeCentredNumber(rowLines: readonly FlatLine[], rest: string, s: FlatSettings): number {
  const n = rowLines.length;
  // (lines of names alone printed beside the task's first lines do not count: a cell's names beside each task line)
  for (let k = n - 1, above = 0; k >= 0 && above <= MAX_LINES_ABOVE_CENTRED_NUMBER; k--) {
    const t = rowLines[k]!.text;
    if (!isNameLine(t, s) && !isNamesPiece(t)) above++;
    if (isHeadingRow(t, s) && markerLevel(t) !== null) {
      // the line under the heading opens the number's task (a name line there is a row's of its own)
      return k === n - 1 || opensTask(rowLines[k + 1]!.text, s) ? k : -1;
    }
    // the lines above the number: the open start of the number's task, or the names printed beside it
    if (!rest || isHeadingStart(t, s) || taskEnds(t, s) || !(opensTask(t, s) || isNameLine(t, s))) return -1;
  }
  return -1;
}

/**
 * Text that opens a task, the one question the restart rules ask of a line (the rest of a number's
 * line, the line after a bare number, a line under a heading or above a centred number): a task line
 * (`isTaskLine`: task prose, not a heading row, not a list of names, not names with their time cell),
 * or a piece of a task cut by its cell's width with no punctuation (`完成县城至北岭乡三级公路改造`), long,
 * no name and no heading marker, the row's names printed after it on the line or not
 * (`完成青桐集镇主街道提质改 曹国强`). Prose by its punctuation or digits alone is no task
 * (`区直有关单位 2022年6月底前`, `二、统筹城乡融合发展`). (It was two helpers, one of them reading any prose
 * and a piece only alone on its line; merged, corpus output unchanged.)
 */
export function opensTask(text: string, s: FlatSettings = FLAT_DEFAULTS): boolean {
  if (isTaskLine(text, s)) return true;
  const first = entityTokens(text)[0] ?? "";
  return tokenKind(first) === "fragment" && [...first].length >= MIN_TASK_PIECE && markerLevel(first) === null;
}

/**
 * The numbering goes back to 1 with no heading above it (`pdftotext` default mode prints a ruled
 * table's heading rows after the page's rows, `lateheadings.ts`): a bare 1 on its line after a row
 * printed as 2 or more, the next line task prose (not a name, not a heading), and the bare 2 and 3 on lines of their own after
 * it, each before its own task prose, in that order, within the lookahead (a lone quantity or page number is not followed by
 * both). The rows so numbered on do not know their section: each says so (`restartDiagnostics`).
 */
export function restartsWithoutHeading(seq: number, rest: string, current: RowBlock, lines: readonly SourceLine[], i: number, s: FlatSettings = FLAT_DEFAULTS): boolean {
  if (seq !== 1 || rest !== "" || (current.printed ?? current.seq) < 2 || !current.lines.length) return false;
  if (!taskFollows(lines, i, s)) return false;
  let want = 2;
  const end = Math.min(lines.length, i + 1 + 2 * RESTART_LOOKAHEAD_LINES);
  for (let k = i + 1; k < end; k++) {
    const n = parseSeqLine(norm(lines[k]!.text));
    if (!n || n.rest !== "") continue;
    // each number before its own task (a 序号 column printed as a block, `1` `2` `3`, is no restart)
    if (n.seq !== want || !taskFollows(lines, k, s)) return false;
    if (++want > 3) return true;
  }
  return false;
}

/** the shortest line of a task cut by its cell's width with no punctuation (`落实大气污染防治行动计`) */
const MIN_TASK_PIECE = 6;

/** The next non-blank line after `i` opens a task: prose, or a long piece that is no name nor heading. */
function taskFollows(lines: readonly SourceLine[], i: number, s: FlatSettings): boolean {
  let j = i + 1;
  while (j < lines.length && !norm(lines[j]!.text)) j++;
  const next = j < lines.length ? norm(lines[j]!.text) : "";
  if (!next || parseSeqLine(next) !== null || markerLevel(next) !== null) return false;
  return opensTask(next, s);
}


/** rows read before a restart (a lone number before the first row, `12 月底`, is no run to restart) */
const MIN_ROWS_BEFORE_RESTART = 2;

/** lines after a restarted 1 within which its 2 must be printed (a row's wrapped task, names and cells) */
const RESTART_LOOKAHEAD_LINES = 40;

/**
 * Before the first row: a number that goes on a task sentence wrapped above it (`…土地处置，加快` |
 * `13 宗 446 亩低效闲置用地再开发`): the line above is unfinished prose (a comma-joined sentence
 * without its full stop) and a measure word follows the number, so the number is a quantity, not
 * the first 序号 (a reading-order dump prints a row's task before its number).
 */
export function continuesWrappedTask(leading: readonly FlatLine[], rest: string, s: FlatSettings = FLAT_DEFAULTS): boolean {
  const above = leading[leading.length - 1]?.text;
  if (!above || !rest || !QUANTITY_WORD.test(rest)) return false;
  return isProse(above, s) && hasProsePunctuation(above) && !endsSentence(above) && !isHeadingRow(above, s);
}

/** what follows a number that is a quantity in a wrapped task line (`26 个项目`), not a 序号 */
const QUANTITY_START = /^[\d.%％个家座所项条万亿千百公里米亩吨户元次批期]/;

/** Does a line after `from` start the row numbered `seq + 1`? */
function numberedAfter(lines: readonly SourceLine[], from: number, seq: number): boolean {
  return lines.slice(from).some((l) => parseSeqLine(norm(l.text))?.seq === seq + 1);
}

/**
 * The next row's 序号 glued to the last name of the row before (`施茂春 各镇（街道） 陈清拥20 打造7个…`:
 * a text that joins the items of one printed line without a space): the line up to the number
 * belongs to the current row, the number and what follows open the next. Only the expected
 * number, after a name or a short heading fragment (`治理试点111 深入开展…`), before task prose
 * that does not start with a measure word: `推进片区建设2 个项目` is not cut.
 */
/** a measure word after a number: the number is a quantity in the task (`修编 30 个村庄规划`), not a 序号 */
const QUANTITY_WORD = /^[个家项亿万千百元人处条所座名次场件批年月日天倍吨米亩户种类支台辆套栋期轮部宗%％]/u;
/** the longest piece of prose a 序号 is read glued to (a heading cell's last fragment) */
const MAX_GLUED_FRAGMENT = 6;

export function gluedNextRow(text: string, expected: number, s: FlatSettings = FLAT_DEFAULTS): { before: string; task: string } | null {
  const m = /^(.*?)(\d{1,4})[ \t\u3000]+(\p{Script=Han}.*)$/u.exec(text);
  if (!m || Number(m[2]) !== expected || !m[1]) return null;
  // (a space before the number only after a whole heading line)
  const last = isGluedHeading(m[1].trim(), s) ? m[1].trim() : m[1].split(/[ \t\u3000]+/).pop()!;
  // the next row opens with task prose, or with its 项目 cell's heading (`陈美兰26 四、保障改善民生`)
  // (or, after a person's name, with a task's first wrapped words: `周立新2 一般公共预算收入增`)
  const opens = isProse(m[3]!, s) || (markerLevel(m[3]!) !== null && isHeadingStart(m[3]!, s)) || (tokenKind(m[1].trim()) === "person" && tokenKind(m[3]!) === "fragment");
  if (!last || !/[\p{Script=Han}）)]$/u.test(last) || QUANTITY_WORD.test(m[3]!) || !opens) return null;
  // after a piece of prose the number is a quantity unless the piece is short (a 项目 cell's fragment, `治理试点`)
  // or a whole heading line (`（二）健全社会保障体系 4 城镇新增就业…`: a reading-order copy joins a heading row's
  // text to the next row's number and task)
  if (tokenKind(last) === "fragment" && [...last].length > MAX_GLUED_FRAGMENT && !isGluedHeading(m[1].trim(), s)) return null;
  return { before: m[1].trim(), task: m[3]! };
}

/** a 项目 cell's piece, then the first row's number, then its task (`长促发展 1 全区地区生产总值增长6%…`) */
const PIECE_THEN_FIRST_ROW = /^(\p{Script=Han}{1,6})[ \t\u3000]*1[ \t\u3000]+(\p{Script=Han}.*)$/u;

/**
 * The table's first row printed on the line of the 项目 cell's next piece (`一、稳增` | `长促发展 1 全区…`): the piece
 * (short, no name) and the task prose after the number 1. Null for anything else (`共 1 项` has no task prose after
 * it; a name before the number is a cell of its own).
 */
export function firstRowAfterPiece(text: string, s: FlatSettings = FLAT_DEFAULTS): { before: string; task: string } | null {
  const m = PIECE_THEN_FIRST_ROW.exec(text.trim());
  if (!m || tokenKind(m[1]!) !== "fragment" || !isProse(m[2]!, s) || QUANTITY_WORD.test(m[2]!)) return null;
  return { before: m[1]!, task: m[2]! };
}

/** A heading row's whole text, marker first and no sentence in it (`（二）健全社会保障体系`). */
function isGluedHeading(text: string, s: FlatSettings): boolean {
  return isHeadingStart(text, s) && !/\s/.test(text);
}

/** a browser's print header: the date and time printed (`11/22/26, 9:27 AM`, `2026/11/22 09:27`) */
const PRINT_STAMP = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?$/i;
/** a browser's print footer: the page's address, then the page out of the pages (`file:///…/a.html 1/4`) */
const PRINT_ADDRESS = /^(?:https?|file):\/\/\S+(?:\s+\d{1,4}\s*\/\s*\d{1,4})?$/i;

/** A line of the header or footer a browser prints on every page: page furniture, like a page number. */
export function isPrintFurniture(text: string): boolean {
  const t = text.trim();
  return PRINT_STAMP.test(t) || PRINT_ADDRESS.test(t);
}
