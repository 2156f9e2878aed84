/**
 * Text copied out of a PDF (or a viewer's "copy") keeps the page's line
 * breaks: every line of a paragraph runs to the same width and breaks where
 * the page ran out, in the middle of a word, a unit's name or a label
 * (`牵头单位：县发` + `改局；责任单位…`, `分` + `管领导：陈立新`, `（市` +
 * `发改委）`). Read list-form notices the way they were written: a line that
 * runs to the text's width and does not end a sentence goes on on the next
 * line. Only when the text shows that width — several lines of (nearly) the
 * same, largest length — so that a web page's or a typed notice's lines,
 * whose lengths vary, are left as they are.
 */
import type { SourceLine } from "../../model/intermediate.js";
import { PAGE_NUMBER_PATTERNS } from "../../table/lexicon.js";
import { HEADER_RULES } from "../../table/headers.js";
import { toSimplified } from "../../text/script.js";
import { readNumbering } from "./numbering.js";
import { extractTrailing } from "./labels.js";
import { hasEntities } from "./responsibility.js";
import { classify, isBareTail } from "../../names/classify.js";
import { DIVISION_WORDS } from "../../names/lexicon.js";

/** Two ways of measuring a line: characters, and display width (a full-width character counts two). */
const MEASURES: ReadonlyArray<{ of: (t: string) => number; tolerance: number }> = [
  { of: (t) => [...t].length, tolerance: 1 },
  { of: displayWidth, tolerance: 3 },
];
/**
 * Text set flush left, not justified (a word processor's default): its lines stop up to three or four characters short
 * of the width, where the line-breaking rules keep a mark or a figure off the next line's start. Tried only where the
 * measures above find no width.
 */
const RAGGED: { of: (t: string) => number; tolerance: number } = { of: displayWidth, tolerance: 7 };
/** …where at least this many lines run to it (a short text's lines, a few labels of like length, show no ragged width) */
const MIN_RAGGED_LINES = 8;

/** At least this many lines run to the text's width, not ending a sentence, before the text counts as wrapped. */
const MIN_WRAPPED_LINES = 3;
/** …and at least this share of the lines at least half as wide. */
const MIN_WRAPPED_SHARE = 0.3;
/** At most this many characters of a label word left at the end of a line (`责任` of `责任单位：`). */
const MAX_BROKEN_LABEL_HEAD = 4;
/** A line no longer than this is never the measure of a page's width. */
const MIN_WIDTH_CHARS = 16;
/** A line ending a sentence or a clause ends where its writer may have ended it: never joined. */
const ENDS_SENTENCE = /[。！？!?；;」』]$/u;
/** A word that joins what follows it (`和`, `与`, `及`, `并`, `的`): no sentence, heading or name ends on it. */
const ENDS_JOINING = /[和与及并的]$/u;
/** A line broken by the page, not by its writer, ends in the middle of a word: the evidence for a wrap width. */
const ENDS_MID_WORD = /[\p{Script=Han}A-Za-z0-9％%]$/u;

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u0000-\u024F\uFF61-\uFF9F]/u.test(ch) ? 1 : 2;
  return w;
}

/** Lines a hard wrap never touches: blank, tab-separated cells, a `|` table row. */
function outsideProse(text: string): boolean {
  const t = text.trim();
  return !t || t.includes("\t") || /^\|.*\|$/.test(t) || (t.match(/\|/g)?.length ?? 0) >= 2;
}

/**
 * The width the text was wrapped at, as a test of one line ("does it run to the width?"), or null when
 * the text shows no such width.
 */
export function wrapWidth(lines: readonly SourceLine[]): ((text: string) => boolean) | null {
  return wrapMeasure(lines)?.full ?? null;
}

/** How far short of the wrap width a label's line of names may stop and still be wrapped (the page's line-breaking rules, punctuation kept off a line's start). */
const LABEL_LINE_SLACK = 3;

/**
 * The wrap width as two tests of a line: `full` (it runs to the width) and `nearly` (it stops at most LABEL_LINE_SLACK
 * characters short), or null when the text shows no such width.
 */
export function wrapMeasure(lines: readonly SourceLine[]): { full: (text: string) => boolean; nearly: (text: string) => boolean } | null {
  // a line's width runs from the margin: an indented paragraph's first line breaks at the same place as the rest
  const texts = lines.map((l) => l.text.trimEnd()).filter((t) => !outsideProse(t) && [...t.trim()].length >= MIN_WIDTH_CHARS);
  let best: { full: (t: string) => boolean; nearly: (t: string) => boolean; count: number } | null = null;
  for (const m of [...MEASURES, RAGGED]) {
    if (m === RAGGED && best) break;
    const widths = texts.map(m.of);
    const candidates = [...new Set(widths)].sort((a, b) => b - a).slice(0, 6);
    for (const w of candidates) {
      // lines that run to this width without ending a sentence: the wrapped ones
      const near = texts.filter((t, i) => widths[i]! <= w && widths[i]! >= w - m.tolerance && ENDS_MID_WORD.test(t));
      const wide = widths.filter((x) => x >= w / 2).length;
      // a width below the longest lines is the page's only when few lines pass it (titles, URLs)
      const beyond = widths.filter((x) => x > w).length;
      if (near.length < (m === RAGGED ? MIN_RAGGED_LINES : MIN_WRAPPED_LINES) || near.length < MIN_WRAPPED_SHARE * wide || beyond > near.length / 4) continue;
      if (!best || near.length > best.count) best = { full: (t) => m.of(t) >= w - m.tolerance, nearly: (t) => m.of(t) >= w - m.tolerance - LABEL_LINE_SLACK * m.of("国"), count: near.length };
    }
  }
  return best ? { full: best.full, nearly: best.nearly } : null;
}

/** A label word and its colon at the start of a line (`督办单位：`, `分管区领导（联系领导）：`, spaced out `责 任 人：`). */
const LABEL_HEAD = /^[（(【\[]?(\p{Script=Han}{2,10}(?:[（(]\p{Script=Han}{1,8}[）)])?|\p{Script=Han}(?:[ \t\u3000]\p{Script=Han}){1,9})[ \t\u3000]*[：:]/u;

/** Does the line start with a label a table header would name (a responsibility, a deadline, a supervising office)? */
export function startsWithLabel(text: string): boolean {
  const m = LABEL_HEAD.exec(text.trim());
  if (!m) return false;
  const word = toSimplified(m[1]!.replace(/[ \t\u3000]/gu, ""));
  const bare = word.replace(/[（(][^（）()]*[）)]/g, "");
  return HEADER_RULES.some((r) => r.pattern.test(word) || r.pattern.test(bare));
}

/**
 * Does `next` open something of its own (a numbered item or heading, a page number, a label) rather than
 * go on? A label starting the next line began its own line, or the page broke right before it: either
 * way the line above ended where its list ended.
 */
function opensOwn(next: string, before: string): boolean {
  const t = next.trim();
  return !t || outsideProse(t) || readNumbering(t) !== null || PAGE_NUMBER_PATTERNS.some((p) => p.test(t)) || (startsWithLabel(t) && !labelBrokenBefore(before, t));
}

/** The short Han run a line ends on (a label word's head the page may have broken), and whether a clause's mark stands before it. */
function labelHead(before: string): { tail: string; afterClause: boolean } | null {
  const b = before.trim();
  const tail = /\p{Script=Han}+$/u.exec(b)?.[0];
  if (!tail || [...tail].length > MAX_BROKEN_LABEL_HEAD) return null;
  return { tail, afterClause: /[；;]$/.test(b.slice(0, b.length - tail.length)) };
}

/** A label word broken right after a clause's mark (`…；承办` + `单位：县财政局`): whatever the text's width, one line. */
function labelBrokenAfterClause(before: string, next: string): boolean {
  return labelHead(before)?.afterClause === true && startsWithLabel(before) && labelBrokenBefore(before, next);
}

/** A label word broken by the page (`…；责任` + `单位：县财政局`): the line ends in a short run that is no name (or follows a clause's mark) and begins the label. */
function labelBrokenBefore(before: string, next: string): boolean {
  const head = labelHead(before);
  if (!head) return false;
  const kind = classify(head.tail);
  // (right after a clause's mark a new label starts, whatever its head reads as alone: `…；承办` + `单位：`)
  return (head.afterClause || (kind !== "unit" && kind !== "person" && kind !== "collective")) && startsWithLabel(head.tail + next.trim());
}

/**
 * The lines with every hard-wrapped line joined to the next (no space between two Han characters; one
 * between two Latin words), and `joined`: for each line kept, the later lines joined into it. Text that
 * shows no wrap width is returned as it is.
 */
export function unwrapHardLines(lines: readonly SourceLine[]): { lines: SourceLine[]; joined: Map<number, number[]> } {
  const measure = wrapMeasure(lines);
  const joined = new Map<number, number[]>();
  if (!measure) return joinBrokenNames(lines, joined);
  const { full, nearly } = measure;
  const out: SourceLine[] = [];
  const blankAfterWrap = wrapsOverBlank(lines, full);
  for (let i = 0; i < lines.length; i++) {
    let cur = lines[i]!;
    const into: number[] = [];
    // the line runs to the width and ends no sentence: the next line goes on with it
    let last = cur.text.trimEnd();
    // (or, short of the width, a label's last name broken across the two lines: see `brokenNameAcross`)
    // (or a label's names stopping a little short of the width, the next line names only: `责任单位：…、县市` + `场监管局`)
    const goesOn = (k: number): boolean =>
      !closesResponsibility(cur.text) &&
      ((full(last) && !ENDS_SENTENCE.test(last) && !opensOwn(lines[k]!.text, last)) ||
      // (the label's colon may stand on a line joined before: `责任单位：…` + `、各乡` + `镇人民政府`)
      brokenNameAcross(into.length ? cur.text.trimEnd() : last, lines[k]!.text) ||
      labelNamesGoOn(last, lines[k]!.text, nearly) ||
      // (a label word broken by the page a little short of the width: `…；承办` + `单位：县财政局`)
      (nearly(last) && labelBrokenBefore(last, lines[k]!.text)) ||
      // (a sentence stopping on a word that joins what follows, short of the width where a figure could not be split: `…增长 6.5%和` + `8%，…`)
      (nearly(last) && ENDS_JOINING.test(last) && !startsWithLabel(last) && !opensOwn(lines[k]!.text, last)) ||
      labelBrokenAfterClause(last, lines[k]!.text));
    while (!outsideProse(last) && i + 1 < lines.length) {
      // (in text that prints a blank line after each wrapped line, `-layout` of a LibreOffice PDF, across that blank line)
      const k = goesOn(i + 1) ? i + 1 : blankAfterWrap && i + 2 < lines.length && !lines[i + 1]!.text.trim() && (full(last) || (nearly(last) && (ENDS_JOINING.test(last) || startsWithLabel(last)))) && goesOn(i + 2) ? i + 2 : -1;
      if (k < 0) break;
      i = k;
      const next = lines[i]!;
      const nt = next.text.trim();
      const space = /[A-Za-z]$/.test(cur.text.trimEnd()) && /^[A-Za-z]/.test(nt) ? " " : "";
      cur = { ...cur, text: cur.text.trimEnd() + space + nt };
      into.push(next.line);
      last = next.text.trimEnd();
    }
    if (into.length) joined.set(cur.line, into);
    out.push(cur);
  }
  return { lines: out, joined };
}

/** a bracket closing the line */
const CLOSING_BRACKET = /[）)\]】]$/u;

/**
 * Does the paragraph end with its responsibility bracket (`…装备5个。[牵头单位：区科技局；…责任领导：某某]`,
 * `…（县教育局牵头，县财政局配合）`)? Its writer ended it there, whatever the line's width: the next line (an
 * un-numbered heading, `新能源材料产业链`) is its own. A bracket inside a sentence (`首台（套）`) names no one.
 */
export function closesResponsibility(text: string): boolean {
  if (!CLOSING_BRACKET.test(text.trimEnd())) return false;
  const found = extractTrailing(text.trimEnd()).found;
  return found !== null && hasEntities(found);
}

/** share of the wrapped lines followed by one blank line and more text above which a text prints its wraps over a blank line */
const BLANK_AFTER_WRAP_SHARE = 0.6;
/** wrapped lines needed to judge it */
const MIN_BLANK_WRAPS = 5;

/**
 * Does the text print a blank line after each wrapped line (`pdftotext -layout` of a LibreOffice PDF lays each printed
 * line on a line of its own with blank lines between): most lines that run to the width without ending a sentence
 * have one blank line after them and then text.
 */
export function wrapsOverBlank(lines: readonly SourceLine[], full: (text: string) => boolean): boolean {
  let wraps = 0;
  let overBlank = 0;
  for (let i = 0; i + 2 < lines.length; i++) {
    const t = lines[i]!.text.trimEnd();
    if (!t.trim() || !full(t) || ENDS_SENTENCE.test(t)) continue;
    wraps++;
    if (!lines[i + 1]!.text.trim() && lines[i + 2]!.text.trim()) overBlank++;
  }
  return wraps >= MIN_BLANK_WRAPS && overBlank >= BLANK_AFTER_WRAP_SHARE * wraps;
}

/** A name list after a label's colon, up to the line's end: its last name is what the line ends in. */
const LABEL_VALUE_END = /[：:][^：:]*?([\p{Script=Han}（）()]{2,16})$/u;
/** The first name of a line, up to a list separator or a clause mark. */
const NAME_HEAD = /^([\p{Script=Han}（）()]{1,12}?)(?=[、，,；;。\s]|$)/u;

/**
 * A label's last name broken by the page in a text too short to show its width (`责任单位：县住建局、县生态环`
 * + `境局；责任领导：吕强`, `各村（` + `社区）`): the line's last name is a fragment of a name or leaves its
 * bracket open, and with the next line's first
 * name it makes a unit. Those two lines are one. A complete name at the line's end (`…、县生态环境局` +
 * `局长…`) or a next line that opens its own item or label leaves the lines as they are.
 */
export function brokenNameAcross(before: string, next: string): boolean {
  const tail = LABEL_VALUE_END.exec(before.trim())?.[1];
  const nt = next.trim();
  if (!tail || opensOwn(next, before)) return false;
  const last = tail.split(/[、，,；;\s]/).pop()!;
  const head = NAME_HEAD.exec(nt)?.[1];
  // the line ends inside a name: a fragment, or a bracket left open (`各村（` + `社区）`)
  const open = (last.match(/[（(]/g)?.length ?? 0) > (last.match(/[）)]/g)?.length ?? 0);
  // (or on a whole name whose bare tail opens the next line: `…、各区` + `人民政府`, `…、各区` + `人民政府、县直有关单位`)
  // (or on a collective of one division whose next line goes on with the division: `…、各乡` + `镇人民政府`)
  if (!head || (classify(last) !== "fragment" && !open && !isBareTail(head) && !divisionGoesOn(last, head))) return false;
  const whole = classify(last + head);
  return whole === "unit" || whole === "collective";
}

/**
 * A collective of one bare division (`各乡`, `各县`, `各镇`) and a next name opening with what makes that division a
 * longer one (`镇人民政府` → `乡镇`, `（市、区）人民政府` → `县（市、区）`, `（街道）` → `镇（街道）`): one name
 * broken after the division. A next name that opens a division of its own (`各乡` + `县财政局`) is another name.
 */
function divisionGoesOn(last: string, head: string): boolean {
  const division = /^各(.+)$/u.exec(last)?.[1];
  if (!division || !DIVISION_WORDS.includes(division)) return false;
  const opened = division + [...head][0]!;
  return DIVISION_WORDS.some((word) => word.length > division.length && word.startsWith(opened));
}

/** A label's names after its colon, up to the line's end in a Chinese character. */
const LABEL_NAMES = /[：:][^：:]*\p{Script=Han}$/u;
/** A line of names only: names, pieces of names and list marks, no sentence's punctuation, figures or labels. */
const NAMES_ONLY = /^[\p{Script=Han}（）()、，,；;]+$/u;

/**
 * A label's list of names that stops a little short of the wrap width in the middle of a word (`责任单位：县发展改革局、
 * 县市`), followed by a line of names only that opens nothing of its own (`场监管局`): the list goes on there. A line
 * that ends a sentence or a list (`。`, `；`, `、`: the last handled by the list itself), a line well short of the width,
 * or a next line holding prose, figures, a number or a label is left as it is.
 */
export function labelNamesGoOn(before: string, next: string, nearly: (text: string) => boolean): boolean {
  const b = before.trimEnd();
  const n = next.trim();
  // a list's mark opening the next line: nothing opens with one, the list goes on (`…（县老龄办）` + `、各乡`)
  if (/^[、，,]/.test(n) && startsWithLabel(b) && LABEL_VALUE_END.test(b.trim()) && NAMES_ONLY.test(n) && endsOnName(n)) return true;
  // (its last piece may be one character: a collective's `各` before the level it opens, `…、各` | `县（区）人民政府`)
  if (!LABEL_NAMES.test(b.trim()) || !startsWithLabel(b) || !nearly(b) || !ENDS_MID_WORD.test(b) || /[A-Za-z0-9]$/.test(b)) return false;
  return NAMES_ONLY.test(n) && endsOnName(n) && !opensOwn(next, before);
}

/** A line of names ends on a whole name or a list's mark (`场监管局`, `镇人民政府、`); a clause of prose ends on neither. */
function endsOnName(text: string): boolean {
  if (/[、，,；;]$/.test(text)) return true;
  const last = text.split(/[、，,；;]/).filter(Boolean).pop() ?? "";
  const kind = classify(last);
  return kind === "unit" || kind === "collective" || kind === "person";
}

function joinBrokenNames(lines: readonly SourceLine[], joined: Map<number, number[]>): { lines: SourceLine[]; joined: Map<number, number[]> } {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    let cur = lines[i]!;
    // (a list's mark opening the next line goes on with a label's list whatever the width: `…（县老龄办）` + `、各乡`)
    const goesOn = (next: string): boolean => brokenNameAcross(cur.text, next) || labelBrokenAfterClause(cur.text, next) || labelNamesGoOn(cur.text, next, () => false);
    while (i + 1 < lines.length && goesOn(lines[i + 1]!.text)) {
      const next = lines[++i]!;
      cur = { ...cur, text: cur.text.trimEnd() + next.text.trim() };
      joined.set(cur.line, [...(joined.get(cur.line) ?? []), next.line]);
    }
    out.push(cur);
  }
  return { lines: out, joined };
}
