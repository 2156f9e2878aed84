/**
 * List layout, step 1: lines → paragraphs. A numbered line opens an item;
 * label lines (`牵头单位：…`) belong to the item above; plain lines continue the
 * item until its responsibility is complete (or a blank line ends a sentence),
 * else they are text (headings, remarks, the cover letter).
 */
import type { EntityField, SourceLine } from "../../model/intermediate.js";
import { cleanText, foldLookalikes, stripMarkup } from "../../text/hygiene.js";
import { toSimplified } from "../../text/script.js";
import { PAGE_NUMBER_PATTERNS } from "../../table/lexicon.js";
import { explainsLeadMarks } from "../../table/leadmarks.js";
import { DECOMPOSITION_VOCABULARY, FIRST_IS_LEAD_NOTE, LIST_SETTINGS, NEWS_FURNITURE, PROPOSAL_ITEM, TABLE_OF_CONTENTS } from "./data.js";
import { bareUnitBracket, colonAfterLabel, continuesList, dashesGiveRoles, extractTrailing, isNameBelow, parseGroupLine, parseLabelLine, scanLabels, unitAfterList } from "./labels.js";
import { addFragment, CLOSERS, emptyResponsibility, labelField, OPENERS, hasEntities, mergeResponsibility, type ReadingOptions, type Responsibility } from "./responsibility.js";
import { readNumbering, spaceGluedNumbers, type Numbered } from "./numbering.js";
import { reorderLines } from "./reorder.js";
import { splitRunOnLines } from "./runon.js";
import { appendAll, maxOf, minOf } from "../../arrays.js";
import { splitEntities } from "../../names/split.js";
import { classify, unitEnding } from "../../names/classify.js";

/** One paragraph of the document as the list layout sees it. */
export interface Block {
  kind: "item" | "text" | "label" | "group";
  lines: SourceLine[];
  numbered: Numbered | null;
  labelLines: Array<{ line: SourceLine; resp: Responsibility }>;
  /** lines holding only names of the label above them (`责任单位：` then `县财政局`) */
  nameLines?: SourceLine[];
  /** item: task text left after its responsibility was peeled off */
  task: string;
  resp: Responsibility;
  closed: boolean;
  /** a remark on the lists (the note explaining lead marks): neither heading nor task */
  remark?: boolean;
  /** a blank line (or a line another layout read) came before this paragraph */
  afterBlank?: boolean;
  /** group: how many tasks above it were given its responsibility */
  groupOf?: number;
  /** item: its label lines were printed above it (`labelsBeforeTasks`) */
  labelsBefore?: boolean;
}

/** Numbering styles that only ever number headings. */
const PART_STYLES: ReadonlySet<string> = new Set(["part"]);

/** The numbering given to a paragraph that has no number but its own label lines under it (a task by its labels). */
export const UNNUMBERED_STYLE = "unnumbered";
const UNNUMBERED_LEVEL = 9;

const BOLD = /^\s*(?:#+\s*|\*\*|<b>|<strong>)|(?:\*\*|<\/b>|<\/strong>)\s*$/gi;
export const TERMINAL = /[。；;！!？?：:，,]$/;

/**
 * Lines another layout already read (tab rows) count as blank here; not a label and its names split by one
 * tab (`牵头单位⇥区发改局`, a two-column table per task copied as text), which is a label line.
 */
/**
 * Cells after the first that each open with a label and its names (`牵头单位：区工信局`), one of them a
 * responsibility label: a paragraph whose parts were split by tabs, not a table row. A header row
 * (`序号⇥重点任务⇥牵头单位`) has no colons; a data row's cells hold names without labels.
 */
export function labelCellsAfter(cells: readonly string[]): boolean {
  const rest = cells.slice(1).map((c) => c.trim()).filter(Boolean);
  if (!cells[0]!.trim() || rest.length === 0) return false;
  const hits = rest.map((c) => ({ c, h: scanLabels(c, true)[0] }));
  return hits.every(({ c, h }) => h !== undefined && h.start === 0 && c.slice(h.end).trim() !== "") && hits.some(({ h }) => h!.field !== "other");
}

const isTableLine = (raw: string): boolean => {
  // tabs that indent a line (a Word paragraph's first-line indent, `⇥主责单位：区发改局`) separate no cells
  const text = raw.replace(/^[\t \u3000]+/, "");
  // one tab between a label word and names (a header row's cells, `⇥⇥牵头单位⇥配合单位⇥`, are no such line)
  const cells = text.split("\t");
  // one tab after a paragraph's number (`第一条⇥全区地区生产总值…`, `1.⇥…`): the number and its text
  if (cells.length === 2 && cells[1]!.trim() && readNumbering(`${cells[0]!.trim()}${MARKER_PROBE}`)?.rest === MARKER_PROBE) return false;
  // (a header's second word, `牵头单位⇥配合单位`, is a label word; a list of names ending in one, `…、县直有关单位`, is none)
  if (cells.length === 2 && cells[0]!.trim() && !loneLabelWord(cells[1]!.trim()) && colonAfterLabel(`${cells[0]!.trim()} ${cells[1]!.trim()}`).includes("：")) return false;
  // a task and its label cells (`1.新建基站300个。⇥牵头单位：区工信局⇥配合单位：区通信发展办`): tabs between labels
  if (labelCellsAfter(cells)) return false;
  return (text.match(/\t/g)?.length ?? 0) >= 1;
};

/** A label word standing alone as a header cell: short, no list in it. */
const loneLabelWord = (text: string): boolean => [...text].length <= LIST_SETTINGS.maxLabelChars && !/[、，,；;\s]/u.test(text) && labelField(text) !== null;

/** text put after a cell to see whether the cell is a numbering marker and nothing else */
const MARKER_PROBE = "任务";

/** A line of a table of contents (`目  录`, `一、主要预期目标……1`): counts as blank, it repeats headings found below. */
export const isContentsLine = (text: string): boolean => {
  const t = text.trim();
  return TABLE_OF_CONTENTS.some((p) => p.test(t));
};

export function plain(text: string): string {
  // web text carries markup (`一、&nbsp;发展特色农业<br>`), as the items' text does (see itemText)
  return cleanText(stripMarkup(text.replace(BOLD, "")));
}

export function wasBold(text: string): boolean {
  return /^\s*(#+\s|\*\*|<b>|<strong>)/i.test(text) || /^【[^】]+】$/.test(text.trim());
}

/** Length of a line's text without markup and surrounding space (how far it reaches across the page). */
function lineLength(text: string): number {
  return [...text.replace(BOLD, "").trim()].length;
}

/** A line bold from start to end (`**民生实事**`, `<b>…</b>`). */
export function isWhollyBold(text: string): boolean {
  const t = text.trim();
  return /^(\*\*|<b>|<strong>)/i.test(t) && /(\*\*|<\/b>|<\/strong>)$/i.test(t);
}

const CJK_END = /[\p{Script=Han}\u3000-\u303F\uFF01-\uFF60“”‘’…—\u2460-\u2473]$/u;
const CJK_START = /^[\p{Script=Han}\u3000-\u303F\uFF01-\uFF60“”‘’…—\u2460-\u2473]/u;

/**
 * The item's text with its wrapped lines joined (no space where a line breaks
 * between two CJK characters) but the spaces inside a line kept: they still
 * separate a list from the next label (`区工信局 完成时限：…`). The task text is
 * cleaned after the responsibility is taken off.
 */
function itemText(b: Block): string {
  // lines are only ever added to an item: go on from the text of the lines seen before
  const seen = itemTexts.get(b);
  let out = seen?.text ?? "";
  for (let i = seen?.lines ?? 0; i < b.lines.length; i++) {
    const raw = i === 0 && b.numbered ? b.numbered.rest : b.lines[i]!.text;
    const t = stripMarkup(foldLookalikes(raw.replace(BOLD, "").replace(/\*\*/g, ""))).trim();
    if (!t) continue;
    out += out && !(CJK_END.test(out) && CJK_START.test(t)) ? ` ${t}` : t;
  }
  itemTexts.set(b, { lines: b.lines.length, text: out });
  return out;
}
const itemTexts = new WeakMap<Block, { lines: number; text: string }>();

function refreshItem(b: Block, opts: ReadingOptions): void {
  const { task, found } = extractTrailing(itemText(b), opts);
  b.task = task; // cleaned once the item is complete (end of toBlocks)
  b.resp = emptyResponsibility();
  if (found) mergeResponsibility(b.resp, found);
  for (const l of b.labelLines) mergeResponsibility(b.resp, l.resp);
  b.closed = found !== null || b.labelLines.length > 0;
}

/**
 * A numbered line that ends with its own responsibility (`一是…。[牵头单位：X；责任单位：Y]`, `（2）…（X牵头）`): a task of
 * its own, not a point of the item above it (a task's points leave their labels to the task, after the last point).
 */
function ownsResponsibility(rest: string, opts: ReadingOptions): boolean {
  const { found } = extractTrailing(rest, opts);
  return found !== null && hasEntities(found);
}

/**
 * A heading on its own short line, then a paragraph that introduces the tasks under it (`（一）全力稳定经济运行` |
 * `坚持稳中求进…重点抓好以下工作：` | `一是…[牵头单位：…]`), read as one item because the heading ends with no
 * punctuation: the heading is its first line alone, and the paragraph text of its own, when the heading's line stops
 * well short of the text's width (it was not wrapped), the lines after it end a sentence or a colon, and the item after it is
 * numbered deeper and names its own responsibility (a task's points, `①…` `②…` with the labels after the last, keep
 * the task's text whole).
 */
function splitHeadingIntros(blocks: Block[], wrapsAt: number, opts: ReadingOptions): void {
  for (let i = blocks.length - 2; i >= 0; i--) {
    const b = blocks[i]!;
    const next = blocks[i + 1]!;
    if (b.kind !== "item" || b.lines.length < 2 || b.labelLines.length || hasEntities(b.resp) || next.kind !== "item") continue;
    if (!isShortUnpunctuated(b.numbered!.rest) || lineLength(b.lines[0]!.text) >= wrapsAt) continue;
    if (!/[：:。；;]$/.test(plain(b.lines.at(-1)!.text).trim()) || next.numbered!.level <= b.numbered!.level || !ownsResponsibility(next.numbered!.rest, opts)) continue;
    const intro: Block = { kind: "text", lines: b.lines.slice(1), numbered: null, labelLines: [], task: "", resp: emptyResponsibility(), closed: false };
    const heading: Block = { ...b, lines: [b.lines[0]!] };
    refreshItem(heading, opts);
    blocks.splice(i, 1, heading, intro);
  }
}

/** An item whose text ends with a colon (`…以下工作：`) or already holds its points introduces numbered points. */
function introducesPoints(b: Block): boolean {
  const first = b.numbered ? b.numbered.rest : b.lines[0]!.text;
  const texts = [first, ...b.lines.slice(1).map((l) => l.text)].map((t) => t.trim());
  return texts.some((t) => /[：:]$/.test(t));
}

/** An item that names someone responsible (a label with nothing after it does not count). */
export const isLabelled = (b: Block): boolean => b.kind === "item" && hasEntities(b.resp);

/** The line that says the first unit of every list leads, if any. */
export function findNote(lines: readonly SourceLine[]): SourceLine | undefined {
  return lines.find((l) => FIRST_IS_LEAD_NOTE.test(toSimplified(l.text.replace(/\s+/g, ""))));
}

/**
 * A paragraph without a number right above label lines (`稳企业、防风险。……` then
 * `牵头单位：…`): the task those labels belong to. Its lines (the text blocks at the
 * end, with no blank line inside) become one item numbered `unnumbered`.
 */
function taskByItsLabels(blocks: Block[]): Block | null {
  let start = blocks.length;
  while (start > 0 && blocks[start - 1]!.kind === "text" && !blocks[start - 1]!.resp.firstIsLead) {
    start--;
    if (blocks[start]!.afterBlank) break;
  }
  if (start === blocks.length) return null;
  // a numbered task (a sentence) still without its labels above: the paragraphs are more of its text —
  // also across blank lines, when every paragraph between it and the labels ends a sentence (a task of
  // several paragraphs, the document spacing its paragraphs by more than one blank line)
  let from = start;
  while (from > 0 && blocks[from - 1]!.kind === "text" && !blocks[from - 1]!.resp.firstIsLead && endsSentence(blocks[from - 1]!)) from--;
  for (const s of from < start ? [from, start] : [start]) {
    const before = blocks[s - 1];
    // (or a task cut mid-sentence whose rest opens with what no task opens with: `…完成市下达` | `的目标任务`)
    const goesOn = (b: Block) => SENTENCE_CLOSE.test(plain(itemText(b))) || NO_TASK_OPENING.test(plain(blocks[s]!.lines[0]!.text));
    if (before?.kind === "item" && !before.labelLines.length && !hasEntities(before.resp) && goesOn(before)) {
      appendAll(before.lines, blocks.slice(s).flatMap((b) => b.lines));
      blocks.splice(s, blocks.length - s);
      return before;
    }
  }
  const lines = blocks.slice(start).flatMap((b) => b.lines);
  const first = lines[0]!.text.replace(BOLD, "");
  // an addressee or a line that introduces something (`…如下：`) is no task
  if (/[：:]\s*$/.test(lines[lines.length - 1]!.text) || !/\p{Script=Han}{4}/u.test(first)) return null;
  const item: Block = {
    kind: "item",
    lines,
    numbered: { style: UNNUMBERED_STYLE, level: UNNUMBERED_LEVEL, number: 0, marker: "", rest: first },
    labelLines: [],
    task: "",
    resp: emptyResponsibility(),
    closed: false,
  };
  blocks.splice(start, blocks.length - start, item);
  return item;
}

const SENTENCE_CLOSE = /[。；;！!？?]$/;
/** spaces a line must stand deeper than a short heading above it to be no wrapped piece of it */
const MIN_DEEPER_INDENT = 3;
/** a heading's text: no sentence's end, a heading's length at most (`一、着力稳增长扩内需，推动经济持续回升向好`) */
const isHeadingLine = (text: string): boolean => !/[。；;！!？?]/.test(plain(text)) && plain(text).length <= LIST_SETTINGS.maxHeadingChars * 2;
/**
 * what a sentence's rest opens with and no task does: the particle 的, closing punctuation, a percent sign (not 地, 和,
 * 及: `地区生产总值…`, `和美乡村…`, `及时…` open tasks)
 */
const NO_TASK_OPENING = /^[\s\u3000]*[的、，,。；;：:）)」』”’%％]/;
/** A text block whose last line ends a sentence (a paragraph, not a heading). */
const endsSentence = (b: Block): boolean => SENTENCE_CLOSE.test(plain(b.lines[b.lines.length - 1]!.text).trim());

/** A line that could be a heading: at most `maxHeadingChars`, no sentence or clause punctuation. */
function isShortUnpunctuated(text: string): boolean {
  const t = plain(text);
  return t.length > 0 && t.length <= LIST_SETTINGS.maxHeadingChars && !/[。；;，,：:！!？?]/.test(t);
}

/** Does the line open a bracket it does not close (a line wrapped inside a responsibility bracket)? */
export function leavesBracketOpen(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** Does the line close a bracket before it opens one (`人民政府配合）`, `责，6 月底前取得阶段性成效）`)? */
export function closesBeforeOpening(text: string): boolean {
  for (const ch of text) {
    if (OPENERS.includes(ch)) return false;
    if (CLOSERS.includes(ch)) return true;
  }
  return false;
}

/**
 * The document closes its tasks with brackets of unit names alone, right after the sentence ends
 * (`1.地区生产总值增长5.5%左右。（市发改委、市统计局）`): at least `minLabelledItems` lines end so, and they are
 * at least half of the lines that end with a bracket (a document of remark brackets, `（含续建项目）`, is not one).
 */
export function closesWithBareBrackets(lines: readonly SourceLine[]): boolean {
  let bracketed = 0;
  let lists = 0;
  /** a bracket opened on the line above and closed on this one (`…（市` + `发改委、市重点项目中心）`): read as one line */
  let open = "";
  for (const l of lines) {
    const t = (open + stripMarkup(l.text).trim()).replace(/[。；;.，,\s]+$/, "");
    open = t && leavesBracketOpen(t) ? t : "";
    if (!t || !CLOSERS.includes(t[t.length - 1]!)) continue;
    bracketed++;
    if (bareUnitBracket(t) !== null) lists++;
  }
  return lists >= LIST_SETTINGS.minLabelledItems && lists * 2 >= bracketed;
}

/**
 * Does the text leave open a bracket that holds nothing yet or starts with a label (`…。（` then
 * `牵头单位：X；` then `配合单位：Y）`)? Its label lines are inside it. A bracket left open by a slip
 * inside the task (`（含续建项目。`) is none.
 */
export function opensResponsibilityBracket(text: string): boolean {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPENERS.includes(ch)) {
      if (depth === 0) open = i;
      depth++;
    } else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
  }
  if (depth === 0 || open < 0) return false;
  const inner = text.slice(open + 1).trim();
  return !inner || (scanLabels(inner)[0]?.start === 0 && scanLabels(inner)[0]!.field !== "other");
}

/** Lines → paragraphs. */
/** the fewest line breaks a text must have before its spacing is judged */
const MIN_SPACING_GAPS = 8;
/** at most this share of consecutive lines may touch in a text read as double-spaced */
const MAX_TOUCHING_SHARE = 0.05;
/** at least this share of line breaks carry exactly one blank line in such a text */
const MIN_SINGLE_BLANK_SHARE = 0.6;

/**
 * A text whose every line break was doubled (a web page copied with a blank line after each line): a
 * blank line there says nothing, and a paragraph break shows as three. Read as the text it was: a run
 * of `r` blank lines stands for `(r − 1) / 2`. Any other text is returned as it is.
 */
export function undoubleSpacing(lines: readonly SourceLine[]): readonly SourceLine[] {
  const gaps: number[] = [];
  let run = -1;
  for (const l of lines) {
    if (!l.text.trim()) {
      if (run >= 0) run++;
    } else {
      if (run >= 0) gaps.push(run);
      run = 0;
    }
  }
  if (gaps.length < MIN_SPACING_GAPS) return lines;
  const touching = gaps.filter((g) => g === 0).length;
  const single = gaps.filter((g) => g === 1).length;
  if (touching > gaps.length * MAX_TOUCHING_SHARE || single < gaps.length * MIN_SINGLE_BLANK_SHARE) return lines;
  const out: SourceLine[] = [];
  let blanks: SourceLine[] = [];
  for (const l of lines) {
    if (!l.text.trim()) {
      blanks.push(l);
      continue;
    }
    out.push(...blanks.slice(0, Math.floor((blanks.length - 1) / 2)), l);
    blanks = [];
  }
  return out;
}

/** Longest line read as the note explaining lead marks. */
const MAX_MARK_NOTE_CHARS = 40;

/** A zero-padded section number alone on its line (`01`, `02`), as WeChat articles print them over the heading. */
const PADDED_NUMBER_LINE = /^\s*0[1-9]\s*$/;
/** A numbering marker alone on its line with its punctuation (`1.`, `2、`, `（3）`, `四、`): no page number (`3`, `- 3 -`). */
const BARE_MARKER_LINE = /^\s*(?:\d{1,3}[.．、]|[（(]\d{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])\s*$/;
/** Longest heading joined to a lone padded number. */
const MAX_PADDED_HEADING_CHARS = 30;

/** A line drawn of dashes, equals signs or box rules (`------`, `======`, `━━━━`) between records: a separator, no text. */
const RULE_LINE = /^[\s\u3000]*[-—–=_~*－＝━─]{3,}[\s\u3000]*$/;

export function isRuleLine(text: string): boolean {
  return RULE_LINE.test(text);
}

/** A record's number on a line of its own under the 序号 label (`序号：3`, `序 号: 12`), as a form's export prints it. */
const SEQ_LABEL_LINE = /^[\s\u3000]*序[\s\u3000]*号[\s\u3000]*[：:][\s\u3000]*(\d{1,3})[\s\u3000]*$/;

/**
 * A `序号：N` line (one record per block: `序号：1` / `工作任务：…` / `牵头单位：…`) is the record's number: it reads as
 * the lone marker `N.`, which the line below joins. `序号：1、2、3` (a list of numbers) or `序号` with words is not.
 */
export function seqLabelAsMarker(l: SourceLine): SourceLine {
  const m = SEQ_LABEL_LINE.exec(l.text);
  return m ? { ...l, text: `${m[1]}.` } : l;
}

/**
 * A lone `01` over a short heading line (`推动经济稳进提质`: no sentence end, no number of its own) is that heading's
 * number: one line `01 推动经济稳进提质`. A lone number over a numbered or long line stays (a page number).
 * A lone task marker with its punctuation (`1.`) is joined to the line right below it when that line opens with
 * a Han character and has no number of its own.
 */
export function joinPaddedNumbers(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = seqLabelAsMarker(lines[i]!);
    if (BARE_MARKER_LINE.test(l.text)) {
      // a task's number alone on its line over the task's first line (`1.` / `目标任务：…`): one line `1.目标任务：…`
      const next = lines[i + 1]?.text.trim() ?? "";
      if (next && /^\p{Script=Han}/u.test(next) && !readNumbering(next) && readNumbering(`${l.text.trim()}${next}`)) {
        out.push({ ...l, text: `${l.text.trim()}${next}` });
        i++;
        continue;
      }
    }
    if (PADDED_NUMBER_LINE.test(l.text)) {
      let j = i + 1;
      while (j < lines.length && !lines[j]!.text.trim()) j++;
      const next = lines[j]?.text.trim() ?? "";
      if (next && next.length <= MAX_PADDED_HEADING_CHARS && /\p{Script=Han}/u.test(next) && !/[。；;！？!?]$/.test(next) && !readNumbering(next)) {
        out.push({ ...l, text: `${l.text.trim()} ${next}` });
        i = j;
        continue;
      }
      // over a sentence with a responsibility label right under it (`01` / `新建幼儿园2所。` / `牵头单位：…`): a task's number
      let k = j + 1;
      while (k < lines.length && !lines[k]!.text.trim()) k++;
      const below = lines[k]?.text.trim() ?? "";
      const label = scanLabels(below)[0];
      if (next && /[。；;！!]$/.test(next) && !readNumbering(next) && label?.start === 0 && label.field !== "roles") {
        out.push({ ...l, text: `${Number(l.text.trim())}．${next}` });
        i = j;
        continue;
      }
    }
    out.push(l);
  }
  return out;
}

/**
 * A label line opened by a bullet (`● 牵头单位：区科技局`, `▲配合单位：…`): the bullet marks the line, it numbers
 * no task, so the line reads without it. A bulleted task that carries its labels later (`● 新建幼儿园6所（牵头单位：…）`)
 * keeps its bullet.
 */
export function withoutLabelBullet(text: string): string {
  const n = readNumbering(text);
  if (n?.style !== "bullet") return text;
  const hit = scanLabels(n.rest)[0];
  return hit && hit.start === 0 && hit.field !== "other" ? n.rest : text;
}

export function toBlocks(input: readonly SourceLine[]): Block[] {
  const lines = reorderLines(spaceGluedNumbers(joinPaddedNumbers(undoubleSpacing(input))));
  const bareDashes = dashesGiveRoles(lines) || lines.some((l) => DECOMPOSITION_VOCABULARY.test(toSimplified(l.text)));
  const opts: ReadingOptions = { bareLists: findNote(lines) !== undefined, bareBrackets: closesWithBareBrackets(lines), bareDashes };
  const blocks: Block[] = [];
  let item: Block | null = null;
  let blankBefore = false;
  /** a page's number was passed since the last line read (the blank lines around it are the page break's) */
  let pageBreak = false;
  /** a line this long (or longer) may have been wrapped: the longest line of the document, times the ratio */
  const wrapsAt = LIST_SETTINGS.wrappedLineRatio * Math.max(0, maxOf(lines.map((l) => lineLength(l.text))));
  const newBlock = (kind: Block["kind"], line: SourceLine, numbered: Numbered | null = null): Block => ({
    kind,
    lines: [line],
    numbered,
    labelLines: [],
    task: "",
    resp: emptyResponsibility(),
    closed: false,
  });
  for (const line of splitRunOnLines(lines)) {
    if (!line.text.trim() || isTableLine(line.text) || isContentsLine(line.text) || isRuleLine(line.text)) {
      blankBefore = true;
      continue;
    }
    const text = withoutLabelBullet(line.text.replace(BOLD, ""));
    // a page number copied out of a PDF (`— 3 —`, `第 5 页 共 12 页`) between two lines of the list: not there at all
    // (a task wrapped over the page break goes on after it)
    if (PAGE_NUMBER_PATTERNS.some((p) => p.test(text.trim()))) {
      pageBreak = true;
      continue;
    }
    // (across the blank lines around a page's number too, when the line closes the bracket: `…等按职责分工负` | `— 3 —` |
    // `责，6 月底前取得阶段性成效）`)
    const goesOnAcrossPage = pageBreak && /[）)]/.test(text);
    // (the blank lines around a page's number are the page's margins, not the writer's: a list goes on over them)
    const acrossPage = pageBreak;
    pageBreak = false;
    // (or across a blank line, when the line closes the bracket the task left open before opening any: a dump that
    // prints a blank line between every two lines, `…、各区` | `` | `人民政府配合）`)
    const bracketGoesOn = (item: Block) =>
      (!blankBefore && (leavesBracketOpen(item.lines[item.lines.length - 1]!.text) || opensResponsibilityBracket(itemText(item)))) ||
      ((goesOnAcrossPage || (blankBefore && closesBeforeOpening(text))) && leavesBracketOpen(itemText(item)));
    if (item && !readNumbering(text) && bracketGoesOn(item)) {
      // a line wrapped inside a bracket (`…改厕2万户。（` then `牵头单位：…）`): the bracket goes on, even when the
      // wrapped line starts with a label
      item.lines.push(line);
      refreshItem(item, opts);
      continue;
    }
    // the note that explains the lead marks (`（带★的为牵头单位）`): a remark on the lists, never a heading or a task
    if (!readNumbering(text) && text.trim().length <= MAX_MARK_NOTE_CHARS && (explainsLeadMarks(text) || BRACKET_NOTE.test(text.trim()))) {
      blocks.push({ ...newBlock("text", line), remark: true });
      item = null;
      blankBefore = false;
      continue;
    }
    const group = parseGroupLine(text);
    if (group) {
      // `以上任务由X牵头，Y配合。`: one responsibility for the tasks above it (given to them at the end)
      const b = newBlock("group", line);
      b.resp = group;
      blocks.push(b);
      item = null;
      blankBefore = false;
      continue;
    }
    // under a task's label lines, other labels (完成时限：…) belong to them too
    // a marker closed by a colon (`任务二：…`, `第三项：…`) numbers a task: the word before the colon is no label
    const colonMarker = /[：:]$/.test(readNumbering(text)?.marker ?? "");
    const label: ReturnType<typeof parseLabelLine> = colonMarker ? null : parseLabelLine(text, item !== null && item.labelLines.length > 0, opts);
    if (label && !hasEntities(label) && label.labels.length === 0) {
      // only the "first listed leads" note: a remark line, not a task's labels
      const b = newBlock("text", line);
      b.resp = label;
      blocks.push(b);
      item = null;
      blankBefore = false;
      continue;
    }
    if (label) {
      item ??= hasEntities(label) ? taskByItsLabels(blocks) : null;
      if (item) {
        item.labelLines.push({ line, resp: label });
        refreshItem(item, opts);
      } else {
        const b = newBlock("label", line);
        b.resp = label;
        blocks.push(b);
      }
      blankBefore = false;
      continue;
    }
    const numbered = readNumbering(text);
    // a bulleted byline or source line (`📝来源：融媒体中心`, `● 编辑：刘洋`) is the page's furniture, no task
    if (numbered?.style === "bullet" && NEWS_FURNITURE.some((p) => p.test(numbered.rest.trim()))) {
      blankBefore = true;
      item = null;
      continue;
    }
    const lastLabel = item?.labelLines[item.labelLines.length - 1];
    if (!numbered && lastLabel?.resp.openField && (!blankBefore || !hasEntities(lastLabel.resp))) {
      // the names of a label written on the line(s) below it
      const field = lastLabel.resp.openField;
      delete lastLabel.resp.openField;
      addFragment(lastLabel.resp, field, text);
      (item!.nameLines ??= []).push(line);
      if (/[、，,]\s*$/.test(text)) lastLabel.resp.openField = field;
      refreshItem(item!, opts);
      blankBefore = false;
      continue;
    }
    if (!numbered && lastLabel && !blankBefore && !wasBold(line.text) && isNameBelow(lastLabel.resp, text)) {
      // the names of a label written one per line below it
      addFragment(lastLabel.resp, lastLabel.resp.namesBelow!, text);
      (item!.nameLines ??= []).push(line);
      refreshItem(item!, opts);
      continue;
    }
    if (!numbered && lastLabel?.resp.lastField && (!blankBefore || acrossPage) && !wasBold(line.text) && continuesList(lastLabel.resp, text)) {
      addFragment(lastLabel.resp, lastLabel.resp.lastField, text);
      (item!.nameLines ??= []).push(line);
      refreshItem(item!, opts);
      continue;
    }
    // a whole unit's name alone under the list (its separator lost at the line's end): the list's, said on the row
    if (!numbered && lastLabel?.resp.lastField && !blankBefore && !wasBold(line.text) && unitAfterList(lastLabel.resp, text)) {
      addFragment(lastLabel.resp, lastLabel.resp.lastField, text);
      (lastLabel.resp.linesJoined ??= []).push(text.trim());
      (item!.nameLines ??= []).push(line);
      refreshItem(item!, opts);
      continue;
    }
    if (!numbered && item?.closed && item.labelLines.length === 0 && !blankBefore && !wasBold(line.text) && !/[）)\]】]\s*$/u.test(itemText(item))) {
      // the task's own line ends with its labels and the list wraps onto this line (`…协同：区人社局、区` + `国资公司。`)
      // (a bracket closed after the labels ended their list: `…责任领导：睢某某]` | `新能源材料产业链` is a heading)
      const found = extractTrailing(itemText(item), opts).found;
      const lastField = found?.lastField ?? found?.labels.at(-1)?.field;
      const lastName = found?.cells[lastField as EntityField]?.at(-1)?.split(/[、，,\s]/).pop() ?? "";
      if (found && lastField && lastField !== "other" && classify(lastName) === "fragment" && continuesList({ ...found, lastField }, text)) {
        item.lines.push(line);
        refreshItem(item, opts);
        continue;
      }
    }
    if (numbered && item && !item.closed && item.labelLines.length === 0 && introducesPoints(item) && numbered.level > item.numbered!.level && !ownsResponsibility(numbered.rest, opts)) {
      // `…重点抓好以下工作：` then `①…` `②…`: points of this task; its labels come after them
      item.lines.push(line);
      refreshItem(item, opts);
      blankBefore = false;
      continue;
    }
    if (numbered) {
      item = newBlock("item", line, numbered);
      refreshItem(item, opts);
      blocks.push(item);
      // a part (`第一部分 …`) is a heading: the lines under it are not its text
      if (PART_STYLES.has(numbered.style)) item = null;
      blankBefore = false;
      continue;
    }
    const last = item?.lines[item.lines.length - 1]?.text.trim() ?? "";
    // after a blank line, a short item without punctuation (a heading: `（一）做强增长引擎`) is complete: the
    // next line (`加强基础设施建设`, a paragraph) is not its wrapped text
    const nextHeading = blankBefore && item !== null && isShortUnpunctuated(itemText(item));
    // a whole line in bold without clause punctuation (`**民生实事**`) is a heading of its own, never wrapped text
    const boldHeading = isWhollyBold(line.text) && isShortUnpunctuated(line.text);
    // a short heading (`（一）培育创新主体`) on a line well short of the text's width was not wrapped: a short line
    // under it (`民生实事`) is a heading of its own
    // (nor is a line indented deeper than the heading: text keeping the page's positions, the heading spanning a table
    // from its left edge and the task's lines in their column: `一、稳增长` | `     地区生产总值增长…`)
    const indent = (t: string) => /^[ \t\u3000]*/.exec(t)![0].length;
    const headingEnded =
      item !== null &&
      ((isShortUnpunctuated(itemText(item)) && isShortUnpunctuated(line.text) && lineLength(item.lines[item.lines.length - 1]!.text) < wrapsAt) ||
        (item.lines.length === 1 && isHeadingLine(itemText(item)) && indent(line.text) >= indent(item.lines[0]!.text) + MIN_DEEPER_INDENT));
    if (item && !item.closed && !nextHeading && !boldHeading && !headingEnded && (!blankBefore || (!TERMINAL.test(last) && !wasBold(line.text)))) {
      item.lines.push(line);
      refreshItem(item, opts);
      blankBefore = false;
      continue;
    }
    item = null;
    blocks.push({ ...newBlock("text", line), afterBlank: blankBefore });
    blankBefore = false;
  }
  splitHeadingIntros(blocks, wrapsAt, opts);
  dropProposals(blocks);
  foldSubPoints(blocks, opts);
  labelsBeforeTasks(blocks, opts);
  applyGroupLines(blocks);
  applyUnitHeadings(blocks);
  applyLabelHeadings(blocks);
  for (const b of blocks) if (b.kind === "item") b.task = cleanText(b.task);
  return blocks;
}

/**
 * A note that says what the brackets after the tasks hold (`（括号内为责任单位）`, `（括号中为牵头单位和责任领导）`): a remark
 * on the lists, never a heading. A bracketed heading (`（一）…`) names no bracket.
 */
const BRACKET_NOTE = /^[（(](?:注[：:])?(?:括号|括弧)(?:内|中|里)(?:的|所列)?(?:为|是|系|列)[^（）()]*(?:单位|部门|领导|责任人)[^（）()]*[）)]$/u;

/** A label line naming someone (not a deadline or a remark, which stay under the text they follow). */
const naming = (l: { resp: Responsibility }): boolean => hasEntities(l.resp);

/**
 * Label lines printed above their task (`责任领导：…` / `牵头单位：…` / `1.task`), the notice's own way: read as
 * they come, each task takes the labels of the task below it, the labels under a heading go to the heading, and the
 * last task of every run has none. So when, in every run of tasks between two headings (or a standalone block of
 * labels), the heading or block above the run names someone, every task of the run but the last names someone by its
 * label lines, the last names no one, and no task carries a bracket of its own, the labels move down one task: the
 * heading's (or block's) to the first task, each task's to the next. At least MIN_SHIFTED_TASKS tasks must show it.
 * A list whose labels follow their tasks gives its last task labels, and a heading's labels over tasks that have
 * their own (a section's responsibility) leave some task without: neither moves.
 */
function labelsBeforeTasks(blocks: Block[], opts: ReadingOptions): void {
  const items = blocks.filter((b) => b.kind === "item");
  const byLevel = new Map<number, number>();
  for (const b of items) if (b.labelLines.some(naming)) byLevel.set(b.numbered!.level, (byLevel.get(b.numbered!.level) ?? 0) + 1);
  if (!byLevel.size) return;
  const taskLevel = [...byLevel].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  const runs: Array<{ carrier: Block | null; tasks: Block[] }> = [];
  for (const b of blocks) {
    if (b.kind === "item" && b.numbered!.level < taskLevel) runs.push({ carrier: b, tasks: [] });
    else if (b.kind === "label") runs.push({ carrier: b, tasks: [] });
    else if (b.kind === "item" && b.numbered!.level === taskLevel) {
      if (!runs.length) runs.push({ carrier: null, tasks: [] });
      runs[runs.length - 1]!.tasks.push(b);
    }
  }
  const filled = runs.filter((r) => r.tasks.length);
  if (!filled.length || filled.reduce((n, r) => n + r.tasks.length, 0) < MIN_SHIFTED_TASKS) return;
  const carries = (c: Block | null) => c !== null && (c.kind === "label" ? hasEntities(c.resp) : c.labelLines.some(naming));
  // the text cut right after the labels of a task it does not show: the list's last task holds them (only where
  // another run shows the labels above its tasks: a run whose last task has none)
  const lastTask = filled.at(-1)!.tasks.at(-1)!;
  const cut = filled.length >= 2 && blocks.at(-1) === lastTask && lastTask.labelLines.some(naming);
  const fits = filled.every(
    (r) =>
      carries(r.carrier) &&
      r.tasks.every((t, k) => t.labelLines.some(naming) === (k < r.tasks.length - 1 || (cut && t === lastTask)) && extractTrailing(itemText(t), opts).found === null),
  );
  if (!fits) return;
  for (const r of filled) {
    const c = r.carrier!;
    // what each block gives: its naming label lines and the name lines under them
    const take = (b: Block) => {
      if (b.kind === "label") {
        const given = { labelLines: [{ line: b.lines[0]!, resp: b.resp }], nameLines: b.nameLines ?? [] };
        b.kind = "text";
        b.remark = true;
        b.resp = emptyResponsibility();
        return given;
      }
      const moved = b.labelLines.filter(naming);
      const from = minOf(moved.map((l) => l.line.line));
      b.labelLines = b.labelLines.filter((l) => !naming(l));
      const names = (b.nameLines ?? []).filter((l) => l.line > from);
      b.nameLines = (b.nameLines ?? []).filter((l) => l.line <= from);
      return { labelLines: moved, nameLines: names };
    };
    const given = [take(c), ...r.tasks.slice(0, -1).map(take)];
    const left = cut && r.tasks.at(-1) === lastTask ? take(lastTask) : null;
    if (c.kind === "item") refreshItem(c, opts);
    r.tasks.forEach((t, k) => {
      t.labelLines.push(...given[k]!.labelLines);
      (t.nameLines ??= []).push(...given[k]!.nameLines);
      t.labelsBefore = true;
      refreshItem(t, opts);
    });
    // the cut task's labels: a label line without a task (said so), no task's
    if (left?.labelLines.length) {
      const resp = emptyResponsibility();
      for (const l of left.labelLines) mergeResponsibility(resp, l.resp);
      blocks.push({ kind: "label", lines: [left.labelLines[0]!.line], numbered: null, labelLines: [], nameLines: left.nameLines, task: "", resp, closed: true });
    }
  }
}

/** the fewest tasks that show their labels printed above them before the labels move */
const MIN_SHIFTED_TASKS = 3;

/**
 * Items that are deputies' proposals or members' motions (`1.关于…的建议（第3号）` with `领衔代表：…` and
 * `主办单位：…`): text, not tasks; their labels give no task a unit. A task that mentions a proposal
 * (`办理人大代表建议86件。`) stays.
 */
function dropProposals(blocks: Block[]): void {
  for (const b of blocks) {
    if (b.kind !== "item") continue;
    const lines = [...b.lines, ...b.labelLines.map((l) => l.line)].map((l) => toSimplified((readNumbering(l.text)?.rest ?? l.text).trim()));
    if (!lines.some((l) => PROPOSAL_ITEM.test(l))) continue;
    b.kind = "text";
    b.resp = emptyResponsibility();
    b.labelLines = [];
  }
}

/** A sub-point that goes on to the next one: it ends in a clause mark, not a full stop (`（1）企业开办时间压缩至1个工作日；`). */
const POINT_GOES_ON = /[；;，,、]$/;

/**
 * A numbered task whose text goes on in sub-points on lines of their own (`2.优化营商环境。` then
 * `（1）…；` `（2）…。` then its labels): the points are one sentence listed (each but the last ends in
 * `；`), none names anyone, and the labels after the last one close the whole run, so they are the
 * task's text, not tasks. Points that name their own units (`（1）…（牵头单位：X）`), a run followed by
 * more points, or a parent that names units itself stay as they are.
 */
function foldSubPoints(blocks: Block[], opts: ReadingOptions): void {
  for (let i = 0; i < blocks.length; i++) {
    const parent = blocks[i]!;
    if (parent.kind !== "item" || !parent.numbered || hasEntities(parent.resp) || parent.labelLines.length || !TERMINAL.test(parent.task.trim())) continue;
    const style = blocks[i + 1]?.kind === "item" ? blocks[i + 1]!.numbered : null;
    if (!style || style.level <= parent.numbered.level) continue;
    let end = i + 1;
    while (end < blocks.length && blocks[end]!.kind === "item" && blocks[end]!.numbered?.style === style.style) end++;
    const points = blocks.slice(i + 1, end);
    const last = points[points.length - 1]!;
    const open = points.slice(0, -1);
    if (points.length < 2 || !hasEntities(last.resp) || !/[。.！!？?]$/.test(last.task.trim())) continue;
    if (!open.every((b) => !hasEntities(b.resp) && !b.labelLines.length && POINT_GOES_ON.test(b.task.trim()))) continue;
    for (const b of points) parent.lines.push(...b.lines);
    parent.labelLines = last.labelLines;
    if (last.nameLines) parent.nameLines = last.nameLines;
    refreshItem(parent, opts);
    blocks.splice(i + 1, points.length);
  }
}

/** A count after a heading (`（3项）`, `(共5项)`): not part of the name it gives. */
const ITEM_COUNT = /[（(]\s*共?\s*\d{1,3}\s*项\s*[）)]\s*$/;

/** The unit a numbered heading names and nothing else (`一、县发改局（3项）`), or null. */
export function headingUnit(b: Block): string | null {
  if (b.kind !== "item" || b.lines.length !== 1) return null;
  // the heading may name the leader in charge too (`一、区发改局（分管区领导：程立新）`): the unit is the text before the label
  const people = hasEntities(b.resp);
  if (people && !namesPeopleOnly(b.resp)) return null;
  const t = plain(people ? b.task : b.numbered!.rest).replace(ITEM_COUNT, "").trim();
  if (!t || t.length > LIST_SETTINGS.maxNameChars || /[，,。；;：:、\s]/.test(t)) return null;
  const names = splitEntities([t], "unit");
  return names.length === 1 && names[0] === t && classify(t) === "unit" && unitEnding(t)?.strength === "strong" ? t : null;
}

/**
 * Tasks listed under headings that each name one unit (`一、县发改局（3项）` then `1.…` `2.…`, a
 * decomposition by unit): the unit is the responsible unit of every task under its heading that
 * names none of its own. Only where at least two headings do so (one heading named like a unit
 * may be a topic).
 */
function applyUnitHeadings(blocks: Block[]): void {
  const heads = blocks.flatMap((b, i) => (headingUnit(b) ? [i] : []));
  if (heads.length < LIST_SETTINGS.minLabelledItems || new Set(heads.map((i) => blocks[i]!.numbered!.style)).size !== 1) return;
  for (const i of heads) {
    const head = blocks[i]!;
    const unit = headingUnit(head)!;
    for (let k = i + 1; k < blocks.length; k++) {
      const b = blocks[k]!;
      if (b.kind !== "item" || b.numbered!.level <= head.numbered!.level) break;
      // a task that names its own lead or responsible unit keeps it; one naming only who helps (配合单位) is the heading unit's
      if (namesOwnUnit(b.resp)) continue;
      addFragment(b.resp, "units", unit);
      b.resp.fromHeading = unit;
    }
  }
}

/** Names only people (a heading's leader in charge), no unit. */
function namesPeopleOnly(r: Responsibility): boolean {
  return (Object.entries(r.cells) as Array<[EntityField, string[]]>).every(([f, v]) => !v.length || f === "leaders" || f === "supervisors");
}

/** Names a lead or responsible unit of its own. */
function namesOwnUnit(r: Responsibility): boolean {
  return (r.cells.leadUnits?.length ?? 0) > 0 || (r.cells.units?.length ?? 0) > 0;
}

/** A numbered item that is only labels naming someone (`（一）牵头单位：区发改局`): no task text of its own. */
function labelHeading(b: Block): Responsibility | null {
  if (b.kind !== "item" || b.lines.length !== 1 || b.labelLines.length || hasEntities(b.resp)) return null;
  const r = parseLabelLine(b.numbered!.rest);
  return r && hasEntities(r) && !r.labels.some((l) => l.field === "other") ? r : null;
}

/**
 * Tasks grouped under headings that are only a label (`（一）牵头单位：区发改局` then `1.…` `2.…`, a decomposition by
 * lead unit): the heading's names go to every task under it (numbered one level deeper) that names none of its own;
 * the heading is then a remark, no section (it names no topic). Only where at least two headings of one style do so,
 * each with a task under it; a labelled task followed by its sub-points (`1.…（牵头单位：X）` / `（1）…`) has task text.
 */
function applyLabelHeadings(blocks: Block[]): void {
  const heads = blocks.flatMap((b, i) => (labelHeading(b) && blocks[i + 1]?.kind === "item" && blocks[i + 1]!.numbered!.level > b.numbered!.level ? [i] : []));
  if (heads.length < LIST_SETTINGS.minLabelledItems || new Set(heads.map((i) => blocks[i]!.numbered!.style)).size !== 1) return;
  for (const i of heads) {
    const head = blocks[i]!;
    const resp = labelHeading(head)!;
    for (let k = i + 1; k < blocks.length; k++) {
      const b = blocks[k]!;
      if (b.kind !== "item" || b.numbered!.level <= head.numbered!.level) break;
      if (!hasEntities(b.resp)) mergeResponsibility(b.resp, resp);
    }
    head.kind = "text";
    head.remark = true;
    head.resp = emptyResponsibility();
  }
}

/** The numbers a group line names (`以上第1—3项`, `以上2至4项`): the first and the last. */
const GROUP_RANGE = /^[（(]?(?:以上|上述)第?(\d{1,3})\s*[—–\-~～至到]+\s*第?(\d{1,3})项/u;

/**
 * A group line (`以上任务由X牵头，Y配合。`) gives its responsibility to the tasks right above it
 * that carry none of their own, numbered alike, up to the first that does (or a heading). A
 * group line with no such task above it is plain text.
 */
function applyGroupLines(blocks: Block[]): void {
  blocks.forEach((g, i) => {
    if (g.kind !== "group") return;
    const style = blocks[i - 1]?.kind === "item" ? blocks[i - 1]!.numbered!.style : null;
    // a group line that names its tasks' numbers (`以上第1—3项…`) gives to those alone
    const range = GROUP_RANGE.exec(g.lines[0]!.text.trim());
    const within = (n: number) => !range || (n >= Number(range[1]) && n <= Number(range[2]));
    let given = 0;
    for (let k = i - 1; k >= 0 && style; k--) {
      const b = blocks[k]!;
      if (b.kind !== "item" || b.numbered!.style !== style || hasEntities(b.resp) || !within(b.numbered!.number)) break;
      mergeResponsibility(b.resp, mergeResponsibility(emptyResponsibility(), g.resp));
      b.closed = true;
      given++;
    }
    if (given) g.groupOf = given;
    else g.kind = "text";
  });
}
