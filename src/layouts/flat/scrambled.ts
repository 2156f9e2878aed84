/**
 * A table whose text came out of the PDF in an order no layout can follow
 * (poppler's default "reading order": header words alone on lines, row
 * numbers in a run of their own, each column's cells in blocks). Rather than
 * refuse a notice that plainly has numbered tasks, rebuild what the text
 * still tells:
 *
 * - the rows: the longest run of consecutive 序号 printed alone (or before
 *   the row's first text) after the table starts;
 * - each row's task: prose lines joined until a sentence ends (fragments of
 *   other columns between them — names, deadlines, short pieces — skipped);
 *   a task printed after its number goes to it, the others to the rows whose
 *   numbers were printed before them and are still waiting, else to the
 *   lowest row without a task;
 * - sections from the heading rows passed on the way;
 * - names, when the column blocks add up (see `dealColumnBlocks`).
 *
 * Every record rests on a guess and says so (`SCRAMBLED_TABLE_ROW`), and the
 * document gets one warning (`SCRAMBLED_TABLE`).
 */
import { spreadDiagnostics, spreadMergedPeople } from "./mergedspread.js";
import { pairedUnitField } from "../../table/headers.js";
import type { Diagnostic } from "../../model/schema.js";
import { findFrom, firstAbove, firstAtLeast, maxOf } from "../../arrays.js";
import type { CellLine, EntityField, LayoutResult, RawRecord, SourceLine, TableSpec } from "../../model/intermediate.js";
import { headerCellsAt, scrambledTable } from "../../meta/kind.js";
import { mapHeader, mapHeaders, settleLevelLeaders } from "../../table/headers.js";
import { gluedNumber } from "../gluednumber.js";
import { cellKind } from "../../table/merged.js";
import { CLAUSE_PUNCTUATION, isResponsibilityField, TABLE_TITLE } from "../../table/lexicon.js";
import { SectionPath, headingLevel } from "../../table/sections.js";
import { cleanText } from "../../text/hygiene.js";
import { readNumbering } from "../list/numbering.js";
import { endsShort, lineWidth } from "./sheetorder.js";
import { isCollective, unitEnding } from "../../names/classify.js";
import { columnKind, dealBySpan, dealPageBlock, peelTrailingNames, type NameLine } from "./spannames.js";
import { endsSentence, entityTokens, isEntityLine, joinsIntoUnit, isHeadingRow, isPageNumber, isProse, isTableEnd, norm, parseSeqLine, peelInlineTail, tokenKind } from "./fragments.js";

/** the fewest consecutive 序号 that make rows */
const MIN_RUN = 2;
/** a line shorter than this that ends no sentence cannot open a task (a wrapped date or name: `2022年12`) */
const MIN_TASK_START = 5;

/** Each row's cells as dealt, by 序号: the lines of each responsibility column. */
type CellsBySeq = Map<number, Partial<Record<EntityField, CellLine[]>>>;

export const SCRAMBLED_ROW_CODE = "SCRAMBLED_TABLE_ROW";
export const SCRAMBLED_TABLE_CODE = "SCRAMBLED_TABLE";

export type Part =
  | { kind: "blank"; line: number }
  | { kind: "page"; line: number }
  | { kind: "header"; line: number; text: string }
  | { kind: "seq"; line: number; seq: number; rest: string }
  | { kind: "heading"; line: number; text: string; glued?: boolean }
  | { kind: "names"; line: number; names: string[] }
  | { kind: "text"; line: number; text: string; names: string[] };

/** The header cells printed at line `i` (see `headerCellsAt`). */
function headerAt(lines: readonly SourceLine[], i: number): { texts: string[]; lines: number } | null {
  return headerCellsAt(lines.slice(i, i + 2).map((l) => norm(l.text)), 0);
}

/** Each line of the region as what it is. */
export function classifyLines(lines: readonly SourceLine[], from: number): Part[] {
  const out: Part[] = [];
  for (let i = from; i < lines.length; i++) {
    const l = lines[i]!;
    const t = norm(l.text);
    if (!t) {
      out.push({ kind: "blank", line: i });
      continue;
    }
    if (isPageNumber(t)) {
      out.push({ kind: "page", line: i });
      continue;
    }
    const h = headerAt(lines, i);
    // a header word printed right under a line of names, no blank between, is that block's last cell (`区政协办`, `…中` | `心各窗口单位`), not a label
    // (or completing the cut name a line of units ends on: `管委会、县直各有关` | `单位`)
    const prev = out[out.length - 1];
    // (a short word only: `牵头单位` under `…县直各有` is the next column's header)
    const word = t.replace(/\s+/g, "");
    const completes = prev?.kind === "text" && [...word].length <= MAX_WRAP_TAIL && joinsIntoUnit(prev.text.replace(/\s+/g, "").split("、").pop() ?? "", word);
    const inBlock = h !== null && h.texts.length === 1 && ((prev?.kind === "names" && isEntityLine(t)) || completes);
    // a collective alone (`县直各单位`, `各有关单位`) names the units of a cell, not a column
    const collective = h !== null && h.texts.length === 1 && isCollective(h.texts[0]!);
    if (h && !inBlock && !collective) {
      for (const text of h.texts) out.push({ kind: "header", line: i, text });
      i += h.lines - 1;
      continue;
    }
    const seq = parseSeqLine(t) ?? gluedNumber(t);
    if (seq && !/^\d+\s*[年月日个家%％]/.test(t)) {
      out.push({ kind: "seq", line: i, seq: seq.seq, rest: seq.rest });
      continue;
    }
    // a heading cell centred on its rows, printed on the baseline of a task's line before its words
    // (`二、加快产业转型 业完成数字化诊断。`): the heading, then the task's line
    const glued = GLUED_HEADING.exec(t);
    if (glued && isHeadingRow(glued[1]!) && !isHeadingRow(t) && isProse(glued[2]!)) {
      out.push({ kind: "heading", line: i, text: glued[1]!, glued: true });
      out.push({ kind: "text", line: i, text: glued[2]!, names: [] });
      continue;
    }
    if (isHeadingRow(t)) {
      const rest = headingCellRest(lines, i);
      out.push(headingPart(lines, i, rest));
      i += rest.length;
      continue;
    }
    if (isEntityLine(t) && entityTokens(t).every((x) => tokenKind(x) !== "fragment")) {
      out.push({ kind: "names", line: i, names: entityTokens(t) });
      continue;
    }
    // a unit cell's line opening with the end of the note its first name carried (`头）、县市场监管`, `（牵` | `头）`)
    if (NOTE_END_LINE.test(t) && !CLAUSE_PUNCTUATION.test(t)) {
      out.push({ kind: "names", line: i, names: entityTokens(t) });
      continue;
    }
    if (cutNameList(t, nextText(lines, i))) {
      out.push({ kind: "names", line: i, names: entityTokens(t) });
      continue;
    }
    // the lead's note and the names after it printed after a space at a task line's end (`…实际 （牵头）、翊宁经`)
    const noted = NOTED_TAIL.exec(t);
    if (noted && isProse(noted[1]!)) {
      out.push({ kind: "text", line: i, text: noted[1]!, names: [noted[2]!] });
      continue;
    }
    const peeled = peelInlineTail(t, undefined, true);
    const trailing = peeled.tail.length ? null : peelTrailingNames(peeled.task);
    out.push(trailing ? { kind: "text", line: i, text: trailing.task, names: trailing.names } : { kind: "text", line: i, text: peeled.task, names: peeled.tail });
  }
  return out;
}

/** The next line with text after line `i` (blank lines skipped), or "". */
function nextText(lines: readonly SourceLine[], i: number): string {
  for (let k = i + 1; k < lines.length; k++) {
    const t = norm(lines[k]!.text);
    if (t) return t;
  }
  return "";
}

/**
 * A unit cell's line that goes on on the next line (`县财政局、县自然资源局、`, `县发展和改革局、县工业和` | `信息化局`): units
 * listed with 、, each whole but the last, which is nothing (the list ends on its separator) or the head of a unit the
 * next line's first piece completes (after two whole units, wherever the rest is). A task line listing things (`推进县域商业体系建设、改造…`) names no unit so.
 */
export function cutNameList(text: string, below: string): boolean {
  const t = text.replace(/\s+/g, "");
  if (CLAUSE_PUNCTUATION.test(t)) return false;
  const pieces = t.split("、");
  const last = pieces.pop()!;
  if (!pieces.every((x) => x !== "" && tokenKind(x) === "unit")) return false;
  // (two whole units listed before the cut one: a unit cell's line, its rest wherever the text order put it)
  if (last === "" || (pieces.length >= 2 && tokenKind(last) === "fragment")) return pieces.length > 0;
  // (a line that is one cut name alone, `市生态环境局石岭`, only over a line of names, `分局`: a task's line may end
  // on words a next line's word makes a name of)
  if (!pieces.length && ([...t].length > MAX_CUT_NAME || !isEntityLine(below))) return false;
  const rest = (below.replace(/^\s+/, "").split(/\s+/)[0] ?? "").split("、")[0] ?? "";
  return tokenKind(last) === "fragment" && joinsIntoUnit(last, rest);
}

/** the longest header word of a 类别 column (`类别`, `工作类别`, `任务分类`) */
const MAX_SECTION_HEADER_CHARS = 6;

/** A line that is a 类别 column's header word alone. */
function isSectionHeaderWord(text: string): boolean {
  const t = text.replace(/\s+/g, "");
  return t.length > 0 && t.length <= MAX_SECTION_HEADER_CHARS && mapHeader(t) === "section";
}

/**
 * the shortest 类别 cell taken before a task's words on its line: a shorter word before a space is the task's own
 * (`推行 “一窗…`, poppler spacing a quotation mark off)
 */
const MIN_GLUED_CATEGORY_CHARS = 3;

/**
 * A first-level heading's first line (`二、加快产业转型`, its marker and up to ten characters, no punctuation) before a
 * space and a task line's words
 */
const GLUED_HEADING = /^([一二三四五六七八九十]{1,3}、[^\s，。；：,;:]{1,10})[ \t\u3000]+(\S.*)$/u;

/** a sub-item's number in brackets opening a line (`（1）`, `(2)`) */
const SUB_ITEM = /^\s*[（(]\s*\d{1,2}\s*[）)]/u;

/** the longest 类别 cell written without a marker (`经济发展`, `城乡建设`, `民生保障`) */
const MAX_CATEGORY_CHARS = 8;

/**
 * A 类别 cell with no marker at the start of a line, alone or with a space before the task's first words
 * (`经济发展 全县规模以上工业增加值增长…`): two to eight Han characters, no punctuation or figure, no unit or person, no
 * header word or deadline. Returns the category and the words after it ("" when alone), or null.
 */
export function categoryCellAt(text: string): { category: string; rest: string } | null {
  // (the task's words open with a Han character: a figure after the space is the task's own, `增长 5%`)
  const m = /^\s*(\p{Script=Han}{2,64})(?:[ \t\u3000]+(\p{Script=Han}.*))?$/u.exec(text);
  if (!m || [...m[1]!].length > MAX_CATEGORY_CHARS || (m[2] && [...m[1]!].length < MIN_GLUED_CATEGORY_CHARS)) return null;
  const category = m[1]!;
  const rest = (m[2] ?? "").trim();
  if (tokenKind(category) !== "fragment" || mapHeader(category) !== "other" || cellKind(category) === "time") return null;
  // (words after it must be a task's: prose, not more short pieces)
  if (rest && !isProse(rest)) return null;
  return { category, rest };
}

/** a line opening with the end of a bracketed note (`头）、`, `）、`): the rest of a unit cell's line */
const NOTE_END_LINE = /^[^（(\s]{0,3}[）)]、/u;
/** a task line's words, a space, then a bracketed note of a unit's role and names after it (`（牵头）、翊宁经`) */
const NOTED_TAIL = /^(.*\S)[ \t\u3000]+([（(](?:牵头|主责|负责|配合)[）)]、?\S*)$/u;

/** the longest line that is a unit's name cut at its end, alone (longer: a task's words) */
const MAX_CUT_NAME = 12;

/** a heading line no longer than this (marker included) was cut by a narrow 类别 column (`一、扩大有`) */
const MAX_CUT_HEADING_CHARS = 6;

/** the longest line of a heading cell wrapped in a narrow 类别 column that goes on its marker's line (`态文明`) */
const MAX_HEADING_REST_CHARS = 8;

/**
 * The lines that go on a heading cell wrapped in a narrow column (`四、推进生` | `态文明`): the block of
 * lines right under the heading line, no blank between, each short, no punctuation, no name, no number,
 * and the block ends with a blank line or the text. A task's first line under a heading row runs the
 * task column's width or carries punctuation, and its block goes on with the task.
 */
export function headingCellRest(lines: readonly SourceLine[], i: number): number[] {
  const out: number[] = [];
  // a heading line as short as a narrow column's (`一、守护绿`) is cut: a piece under it that reads as a person's name
  // (`水青山`) is its rest too; a unit's name never is
  const cut = [...norm(lines[i]!.text).replace(/\s+/g, "")].length <= MAX_CUT_HEADING_CHARS;
  const name = (x: string) => tokenKind(x) !== "fragment" && !(cut && tokenKind(x) === "person");
  for (let k = i + 1; k < lines.length && out.length < 2; k++) {
    const t = norm(lines[k]!.text).replace(/\s+/g, "");
    if (!t) return out;
    if ([...t].length > MAX_HEADING_REST_CHARS || /[\p{P}\d]/u.test(t) || isHeadingRow(t) || (isEntityLine(t) && entityTokens(t).some(name))) return [];
    out.push(k);
  }
  const after = out.length ? out[out.length - 1]! + 1 : i + 1;
  return after >= lines.length || !norm(lines[after]!.text) ? out : [];
}

/**
 * Numbers printed per section (`（1）…（4）`, `（1）…（4）` under each 类别, a table with no 序号 column): every number
 * in runs 1, 2, 3 … in text order, two runs or more of at least two, and as many heading lines as restarts (the order
 * the text came in puts a 类别 cell anywhere about its rows). The numbers are rewritten to run on through the table, in
 * place; otherwise nothing changes.
 */
export function renumberSectionRuns(parts: Part[]): number[] | null {
  const seqs = parts.filter((p): p is Extract<Part, { kind: "seq" }> => p.kind === "seq");
  const runs: number[] = [];
  let last = 0;
  for (const p of seqs) {
    if (runs.length && p.seq === last + 1) runs[runs.length - 1]!++;
    else if (p.seq === 1) runs.push(1);
    else return null;
    last = p.seq;
  }
  const headings = parts.filter((p) => p.kind === "heading").length;
  if (runs.length < 2 || runs.filter((n) => n >= 2).length < 2 || headings < runs.length - 1) return null;
  seqs.forEach((p, k) => (p.seq = k + 1));
  return runs;
}

/**
 * The section of each row of a table numbered per section, by run: as many headings as runs, all of one
 * level, their numbers in order (`一、` `二、` `三、`): the i-th heading is the i-th run's, wherever the text
 * order put it about its rows (a 类别 cell merged over its rows prints at their middle). Null otherwise.
 */
export function sectionsByRun(runs: readonly number[], headings: readonly string[]): Map<number, string[]> | null {
  if (headings.length !== runs.length) return null;
  const levels = new Set(headings.map((h) => headingLevel(h)));
  if (levels.size !== 1 || levels.has(null)) return null;
  const numbers = headings.map((h) => readNumbering(h)?.number ?? NaN);
  if (numbers.some((n, k) => n !== numbers[0]! + k)) return null;
  const out = new Map<number, string[]>();
  let seq = 1;
  runs.forEach((n, k) => {
    for (let j = 0; j < n; j++) out.set(seq++, [headings[k]!]);
  });
  return out;
}

/** A heading line and the lines that go on its cell (`headingCellRest`), as one heading part. */
function headingPart(lines: readonly SourceLine[], i: number, rest: readonly number[]): Part {
  return { kind: "heading", line: i, text: [i, ...rest].map((k) => norm(lines[k]!.text).replace(/\s+/g, "")).join("") };
}

/**
 * The heading cell printed just above the table's first header word (a 类别 column's first cell, printed
 * beside the header in text order: `类别` | `一、守护绿` | `水青山` | `主要任务`): within a few lines above
 * `start`, its part, or null.
 */
function headingAboveHeader(lines: readonly SourceLine[], start: number): Part | null {
  for (let i = start - 1, seen = 0; i >= 0 && seen < HEADING_ABOVE_HEADER_LINES; i--) {
    const t = norm(lines[i]!.text);
    if (!t) continue;
    seen++;
    if (!isHeadingRow(t)) continue;
    const rest = headingCellRest(lines, i);
    return rest.some((k) => k >= start) ? null : headingPart(lines, i, rest);
  }
  return null;
}

/** non-blank lines above the first header word looked through for a 类别 cell's heading */
const HEADING_ABOVE_HEADER_LINES = 3;

/** The longest run of consecutive numbers among those printed (each counted once). */
export function longestRun(numbers: readonly number[]): number[] {
  const set = new Set(numbers);
  let best: number[] = [];
  for (const n of set) {
    if (set.has(n - 1)) continue;
    const run: number[] = [];
    for (let k = n; set.has(k); k++) run.push(k);
    if (run.length > best.length) best = run;
  }
  return best;
}

/** A text part that carries a task's words: prose, no deadline cell, no table title or closing line. */
function isTaskText(text: string): boolean {
  const t = text.replace(/\s+/g, "");
  if (!t || !(isProse(text) || t.length >= MIN_TASK_START)) return false;
  if (cellKind(text) === "time" || /^(?:19|20)\d{2}\s*年[\d\s月日底前]*$/.test(t)) return false;
  if (isTableEnd(t) || (TABLE_TITLE.test(t) && !endsSentence(t))) return false;
  return true;
}

/**
 * share of the column's width a line must fall short of to end its cell: the text came without positions, and a full
 * line's width counted in characters varies with its digits and the spaces poppler set around them (47–51 units in a
 * column whose widest lines take 54)
 */
const SHORT_LINE_SHARE = 0.75;

/** A task line that ends its cell short of the column's width (and the next line's first piece would have fitted). */
function endsShortOf(text: string, next: string, width: number): boolean {
  // (only a line that reads as a task's words, prose or a figure: a short piece of another column's cell, `办事处主` | `任`,
  // printed amid the task's lines says nothing of where the task ends)
  if (!isProse(text) && !/\d/.test(text)) return false;
  return lineWidth(text) < width * SHORT_LINE_SHARE && endsShort(text, next, width);
}

/** the fewest task lines that make the task column's width (fewer: the width is not known) */
const FULL_LINES = 3;

/**
 * The task column's width (display units): the median width of the prose lines that end no sentence — a cell's lines
 * that wrap, full but for the few that end its text short (a stray line of the cover letter or another column, wider,
 * moves the median little). Null with fewer lines than that.
 */
export function taskColumnWidth(parts: readonly Part[]): number | null {
  const widths = parts.flatMap((p) =>
    p.kind === "text" && !p.names.length && isTaskText(p.text) && isProse(p.text) && !endsSentence(p.text) ? [lineWidth(p.text)] : [],
  );
  if (widths.length < FULL_LINES) return null;
  return widths.sort((a, b) => a - b)[Math.floor(widths.length / 2)]!;
}

interface Paragraph {
  seq?: number;
  lines: number[];
  text: string[];
  section: string[];
}

/**
 * The header words in column order. Each printing of the header row is a run of header words (blank lines
 * between them only, a 序号 word opening a new one); a word the first printing lost (Word prints `配合单位` of page 1 after the first rows'
 * cells) is in a later page's printing, in its place. The fullest run gives the order when it holds every
 * word of the first; the words no run of that kind holds follow in text order.
 */
export function headerOrder(parts: readonly Part[]): string[] {
  const runs: string[][] = [];
  let run: string[] | null = null;
  for (const p of parts) {
    if (p.kind === "header") {
      // (a printing opens with its 序号 word: a stray word printed just before it is not its first)
      if (!run || mapHeader(p.text) === "seq") runs.push((run = []));
      if (!run.includes(p.text)) run.push(p.text);
    } else if (p.kind !== "blank") run = null;
  }
  const first = runs[0] ?? [];
  const fullest = runs.reduce((best, r) => (r.length > best.length && first.every((w) => r.includes(w)) ? r : best), first);
  const out = [...fullest];
  for (const r of runs) for (const w of r) if (!out.includes(w)) out.push(w);
  return out;
}

/**
 * Rebuild the rows of a scrambled table, or null when the text does not show
 * one (see `scrambledTable`: header words alone on lines, numbered lines) or
 * no task text could be found.
 */
/**
 * The most rows `readScrambled` can give: its rows are one run of the numbers its lines print (a line that is a
 * number, or opens with one glued to its text), so no more than the distinct numbers of all the lines.
 */
export function scrambledRowBound(lines: readonly SourceLine[]): number {
  const numbers = new Set<number>();
  for (const l of lines) {
    const t = norm(l.text);
    const seq = t ? (parseSeqLine(t) ?? gluedNumber(t)) : null;
    if (seq) numbers.add(seq.seq);
  }
  return numbers.size;
}

export function readScrambled(lines: readonly SourceLine[], table = 0): LayoutResult | null {
  if (!scrambledTable(lines.map((l) => l.text))) return null;
  const start = lines.findIndex((l, i) => headerAt(lines, i) !== null);
  if (start < 0) return null;
  // the region starts at the table's title, when one is printed just above its first header word
  const parts = classifyLines(lines, start);
  const headers = headerOrder(parts);
  const fields = mapHeaders(headers);
  if (!fields.includes("task") || !fields.some((f) => isResponsibilityField(f))) return null;
  const above = headingAboveHeader(lines, start);
  const runs = renumberSectionRuns(above ? [above, ...parts] : parts);
  const rows = longestRun(parts.flatMap((p) => (p.kind === "seq" ? [p.seq] : [])));
  if (rows.length < MIN_RUN) return null;
  const inRun = new Set(rows);

  // task paragraphs in text order
  const paragraphs: Paragraph[] = [];
  const path = new SectionPath();
  let open: Paragraph | null = null;
  const pending: number[] = [];
  const taken = new Set<number>();
  const close = () => {
    if (open && open.text.length) paragraphs.push(open);
    open = null;
  };
  // a line of words without punctuation opens a task only when prose goes on from it on the next line (`新开通城乡公交` | `线路15条。`)
  // (names printed between the two lines are other columns' cells at that height)
  const nextPart = (k: number) => findFrom(parts, k + 1, (x) => x.kind !== "blank" && x.kind !== "names" && x.kind !== "page");
  const width = taskColumnWidth(parts);
  // the rows' numbers printed bare (`3`), not in brackets: a bracketed number inside the task column is a sub-item
  const rowsBare = parts.some((x) => x.kind === "seq" && inRun.has(x.seq) && !SUB_ITEM.test(norm(lines[x.line]!.text)));
  // a 类别 column (its header word alone on a line) and no heading with a marker: the column's cells are the sections,
  // written without one
  const sectionColumn = lines.slice(start).some((l) => isSectionHeaderWord(norm(l.text)));
  const categories = sectionColumn && !parts.some((x) => x.kind === "heading");
  for (const [k, p] of parts.entries()) {
    if (p.kind === "heading") {
      // (a heading glued before a task's line amid the task: the task goes on, in the heading's section)
      if (!p.glued || !open) close();
      path.push(p.text, headingLevel(p.text) ?? path.unmarkedLevel());
      if (open) (open as Paragraph).section = path.current;
      continue;
    }
    // the other columns' header words printed after a task: the task column's block has ended (the cells come next);
    // not the header a new page prints again, which a task cut by the page break goes on after
    if (p.kind === "header" && open !== null && mapHeader(p.text) !== "task" && mapHeader(p.text) !== "seq") {
      const from = (open as Paragraph).lines.at(-1) ?? -1;
      if (!parts.some((q) => q.kind === "page" && q.line > from && q.line < p.line)) {
        close();
        continue;
      }
    }
    if (p.kind === "seq" && inRun.has(p.seq) && !taken.has(p.seq)) {
      taken.add(p.seq);
      const rest = p.rest && isTaskText(p.rest) ? peelInlineTail(p.rest, undefined, true).task : "";
      if (rest) {
        close();
        open = { seq: p.seq, lines: [p.line], text: [rest], section: path.current };
        if (endsSentence(rest)) close();
      } else pending.push(p.seq);
      continue;
    }
    // a sub-item numbered in brackets inside a task cell (`着力激活县域消费。` | `（1）组织…；` | `（2）…`), in a table whose
    // rows are numbered bare: the task goes on, though its lead-in ended a sentence
    // (a number spaced out by a justified line, `（ 3 ） 打 造 …`, is read as text)
    if (((p.kind === "seq" && p.rest) || p.kind === "text") && rowsBare && SUB_ITEM.test(norm(lines[p.line]!.text))) {
      const target = open ?? paragraphs.at(-1);
      if (target && (target as Paragraph).lines.at(-1)! < p.line) {
        if (!open) {
          paragraphs.pop();
          open = target;
        }
        const o = target as Paragraph;
        const item = norm(lines[p.line]!.text);
        o.lines.push(p.line);
        o.text.push(item);
        // (a sub-item ending on ；closes too: the next one opens the task again)
        if (endsSentence(item) && !/[：:]$/.test(item)) close();
        continue;
      }
    }
    if (p.kind !== "text") continue;
    // a 类别 column's cell with no marker (`经济发展`), alone or before a task's first words, where no task is open
    // (or before a line amid a task: the cell centred on its rows, printed on the baseline of the task's middle line,
    // `对外开放 口岸建设；推动…` — the task is this row's, its section from here on the category)
    let text = p.text;
    const cell = categories ? categoryCellAt(text) : null;
    // (alone, a block of its own: blank lines about it, as a cell's text prints apart from the other columns' lines)
    const apart = (q: Part | undefined) => q === undefined || q.kind === "blank" || q.kind === "page";
    if (cell && (open ? cell.rest !== "" : cell.rest !== "" || (apart(parts[k - 1]) && apart(parts[k + 1])))) {
      path.push(cell.category, path.unmarkedLevel());
      if (open) (open as Paragraph).section = path.current;
      if (!cell.rest) continue;
      text = cell.rest;
    }
    if (!isTaskText(text)) continue;
    const t = text.replace(/\s+/g, "").length;
    if (!open) {
      if (t < MIN_TASK_START && !endsSentence(text)) continue;
      const next = nextPart(k);
      if (!isProse(text) && !(next?.kind === "text" && isProse(next.text))) continue;
      open = { lines: [], text: [], section: path.current };
    }
    const o: Paragraph = open;
    o.lines.push(p.line);
    o.text.push(text);
    // a task's last line ends short of the column's width, its sentence ended or not (`城镇调查失业率控制在5.5%以内`)
    // (a line that had names peeled off its end was cut there, not by the cell)
    // (the next rows' numbers may come between: a 序号 column printed beside the tasks)
    const next = findFrom(parts, k + 1, (x) => x.kind !== "blank" && x.kind !== "names" && x.kind !== "page" && x.kind !== "seq");
    if (endsSentence(text) || (width !== null && !p.names.length && next?.kind === "text" && !next.names.length && endsShortOf(text, next.text, width))) close();
  }
  close();
  if (!paragraphs.length) return null;
  // every row of a table with a 类别 column has a section: the rows before the first one printed are its own (a cell merged
  // over rows prints at their middle)
  if (sectionColumn) {
    const first = paragraphs.find((x) => x.section.length)?.section;
    if (first) for (const x of paragraphs) if (!x.section.length) x.section = first;
  }

  // deal the paragraphs to the rows
  const task = new Map<number, Paragraph>();
  const left: Paragraph[] = [];
  for (const para of paragraphs) if (para.seq !== undefined && !task.has(para.seq)) task.set(para.seq, para);
  // the rows whose number came before a paragraph, in text order
  // (the parts come in line order, and a row once dealt stays dealt: the first row not dealt yet is found by a
  // pointer that only moves on, where a search of every row for each paragraph was rows × paragraphs)
  const pendingSet = new Set(pending);
  const order = parts.flatMap((p) => (p.kind === "seq" && pendingSet.has(p.seq) ? [{ line: p.line, seq: p.seq }] : []));
  let nextOrdered = 0;
  let nextRow = 0;
  for (const para of paragraphs) {
    if (para.seq !== undefined) continue;
    const first = para.lines[0]!;
    while (nextOrdered < order.length && task.has(order[nextOrdered]!.seq)) nextOrdered++;
    while (nextRow < rows.length && task.has(rows[nextRow]!)) nextRow++;
    const before = nextOrdered < order.length && order[nextOrdered]!.line < first ? order[nextOrdered]!.seq : undefined;
    const seq = before ?? rows[nextRow];
    if (seq === undefined) {
      left.push(para);
      continue;
    }
    task.set(seq, para);
  }

  const settled = mapHeaders(headers);
  const headerSpecs = headers.map((text, i) => ({ text, field: settled[i]! }));
  const spec: TableSpec = {
    index: table,
    title: findTitle(lines, start),
    headers: headerSpecs,
    columns: headerSpecs.map((h) => h.field),
    layout: "flat",
    structure: "text-order",
  };
  const blockCells = dealColumnBlocks(parts, rows, (seq) => task.get(seq)?.section ?? null, spec.columns);
  // the blocks did not add up: each row takes the names printed between its first line and the next row's
  const spanCells: CellsBySeq = blockCells.size ? new Map() : dealNamesBySpan(parts, rows, task, spec.columns);
  // a row whose cells were printed one by one after its task, one block per column in the header's order, takes them
  const rowCells = dealRowBlocks(parts, rows, task, spec.columns);
  // a column printed whole under its header word after its rows' tasks, its cells wrapped and run together
  const wrappedCells = dealWrappedBlocks(parts, rows, task, spec.columns);
  const cells = new Map(blockCells.size ? blockCells : spanCells);
  for (const [seq, c] of wrappedCells) cells.set(seq, { ...cells.get(seq), ...c });
  for (const [seq, c] of rowCells) cells.set(seq, c);
  // the table's one heading row printed after its rows (reading order moved it): the heading of them all
  const headings = parts.filter((p) => p.kind === "heading");
  const onlyHeading = headings.length === 1 && paragraphs.every((p) => !p.section.length) ? [headings[0]!.text] : null;
  const byRun = runs ? sectionsByRun(runs, [...(above ? [above] : []), ...headings].flatMap((h) => (h.kind === "heading" ? [h.text] : []))) : null;
  const seqLines = new Map<number, number>();
  for (const p of parts) if (p.kind === "seq" && !seqLines.has(p.seq)) seqLines.set(p.seq, p.line);
  const records: RawRecord[] = rows.map((seq) => {
    const para = task.get(seq);
    const seqLine = seqLines.get(seq);
    const line = lines[para?.lines[0] ?? seqLine ?? start]!.line;
    return {
      table,
      seq,
      section: byRun?.get(seq) ?? onlyHeading ?? para?.section ?? [],
      task: para ? [cleanText(para.text.join(""))] : [],
      cells: cells.get(seq) ?? {},
      // (a row's own cells are its printed lines: the names are split and wrapped names joined as in any cell)
      presplit: rowCells.has(seq) ? [] : (Object.keys(cells.get(seq) ?? {}) as EntityField[]),
      review: [
        {
          code: SCRAMBLED_ROW_CODE,
          message: para
            ? `第 ${seq} 项：原文表格的文字顺序已被打乱（表头各格、序号和各列内容分块印出，如 pdftotext 默认模式导出的文字），本项的任务文字是按编号位置和句末标点拼出的，${rowCells.has(seq) ? "责任单位和人员是按任务之后逐格印出的分块、依表头列序和单位或人名归入的" : wrappedCells.has(seq) ? "责任单位和人员是按各列在任务之后整列印出的名单、以名称结束处切成单元格后依次分给各项的" : blockCells.has(seq) ? "责任单位和人员是按各列分块的行数逐行分给各项的" : spanCells.has(seq) ? "责任单位和人员是按印出位置就近归入本项、按单位或人名归栏的（同一行的名称按表头列序排列）" : "责任单位和人员未能可靠归入本项"}。请对照原 PDF 核对本项的全部内容。`
            : `第 ${seq} 项：原文表格的文字顺序已被打乱，序号 ${seq} 印出了，但找不到能归入本项的任务文字。请对照原 PDF 补全本项。`,
        },
      ],
      source: { line },
    };
  });
  // a person column merged over rows, its names printed once per page: shared out over the page's rows
  const spread = spreadMergedPeople(records, lines, spec.columns, pairedUnitField(spec.columns), spec.headers.map((h) => h.text));
  records.splice(0, records.length, ...spread.records);
  const label = (f: EntityField) => spec.headers.find((h) => h.field === f)?.text ?? f;
  const diagnostics: Diagnostic[] = [
    ...spreadDiagnostics(spread.spread, table, label),
    {
      level: "warning",
      code: SCRAMBLED_TABLE_CODE,
      message: `原文第 ${lines[start]!.line} 行起的表格文字顺序已被打乱（表头各格、序号和各列内容分块印出，如 pdftotext 默认模式从 PDF 导出的文字）：已按序号重建第 ${rows[0]}–${rows[rows.length - 1]} 项共 ${rows.length} 项，任务文字按句末标点拼接，责任单位和人员多未能归入各项。每一项都需对照原 PDF 核对；也可用原 PDF 或 pdftotext -layout / -raw 重新导出后再读。`,
      table,
      line: lines[start]!.line,
    },
  ];
  for (const para of left) {
    diagnostics.push({
      level: "warning",
      code: "UNPLACED_TEXT",
      message: `原文第 ${lines[para.lines[0]!]!.line} 行的一段任务文字无法归入任何编号的任务（表格文字顺序已被打乱）：“${cleanText(para.text.join("")).slice(0, 40)}”。请对照原 PDF 核对。`,
      table,
      line: lines[para.lines[0]!]!.line,
    });
  }
  const consumed = lines.slice(start).map((l) => l.line);
  return { tables: [spec], records, diagnostics, consumed };
}

/** The table's title: a line naming a decomposition table printed within a few lines above the first header word. */
function findTitle(lines: readonly SourceLine[], start: number): string | null {
  for (let j = start - 1; j >= 0 && j >= start - 4; j--) {
    const t = norm(lines[j]!.text);
    if (t && TABLE_TITLE.test(t) && !endsSentence(t)) return cleanText(t);
  }
  return null;
}

interface PageBlock {
  field: EntityField;
  lines: string[][];
  /** the page's rows start after this line (the previous page's break, or -1) */
  after: number;
  /** and end before this one (the break the block follows) */
  before: number;
}

/**
 * Name blocks under a responsibility header word printed after a page break
 * and before the next row starts: a column that came out whole at the page's
 * end (reading order). Blocks within a row's lines are that row's, not these.
 */
function pageEndBlocks(parts: readonly Part[], anchors: readonly number[], breaks: readonly number[]): PageBlock[] {
  const out: PageBlock[] = [];
  // (anchors and breaks searched by halves: a walk of them all for each header word was pages × rows)
  const sortedAnchors = [...anchors].sort((a, b) => a - b);
  const sortedBreaks = [...breaks].sort((a, b) => a - b);
  for (const [k, p] of parts.entries()) {
    if (p.kind !== "header") continue;
    const field = mapHeader(p.text);
    if (!isResponsibilityField(field)) continue;
    const lines: string[][] = [];
    for (let j = k + 1; j < parts.length; j++) {
      const q = parts[j]!;
      if (q.kind === "blank") continue;
      if (q.kind !== "names") break;
      lines.push(q.names);
    }
    if (!lines.length) continue;
    const lastAnchor = sortedAnchors[firstAtLeast(sortedAnchors, p.line, (a) => a) - 1] ?? -1;
    const below = sortedBreaks[firstAtLeast(sortedBreaks, p.line, (b) => b) - 1];
    const before = below !== undefined && below > lastAnchor ? below : undefined;
    if (before === undefined || lastAnchor < 0) continue;
    const after = sortedBreaks[firstAtLeast(sortedBreaks, lastAnchor, (b) => b) - 1] ?? -1;
    out.push({ field, lines, after, before });
  }
  return out;
}

/**
 * The names of each row by where they were printed (see `dealBySpan`): a
 * row's first line is its number's line when the number was printed after
 * the previous row's task and before its own, else its task's first line.
 */
function dealNamesBySpan(parts: readonly Part[], rows: readonly number[], task: ReadonlyMap<number, Paragraph>, columns: readonly string[]): CellsBySeq {
  // each column once (a header word printed on every page, spelled two ways, names one column)
  const fields = [...new Set(columns.filter((c): c is EntityField => isResponsibilityField(c)))];
  const seqLine = new Map<number, number>();
  for (const p of parts) if (p.kind === "seq" && !seqLine.has(p.seq)) seqLine.set(p.seq, p.line);
  const anchors = new Map<number, number>();
  let previous = -1;
  for (const seq of rows) {
    const start = task.get(seq)?.lines[0];
    if (start === undefined) continue;
    const at = seqLine.get(seq);
    anchors.set(seq, at !== undefined && at <= start && at > previous ? at : start);
    previous = start;
  }
  const nameLines: NameLine[] = parts.flatMap((p, k) => {
    const names = p.kind === "names" || p.kind === "text" ? p.names : [];
    if (!names.length) return [];
    // a blank line or any other text since the previous line of names: the line opens a printed block
    const prev = parts[k - 1];
    return [{ line: p.line, names, opensBlock: p.kind === "text" || !prev || prev.kind !== "names" }];
  });
  const breaks = parts.flatMap((p) => (p.kind === "page" ? [p.line] : []));
  const out: CellsBySeq = new Map();
  const add = (seq: number, f: EntityField, names: readonly string[]) => {
    const cell = out.get(seq) ?? {};
    cell[f] = [...(cell[f] ?? []), ...names.map((text) => ({ text }))];
    out.set(seq, cell);
  };
  // columns printed whole after a page's rows, under their header word: dealt to that page's rows when the counts add up
  const elsewhere = new Map<number, Set<EntityField>>();
  for (const block of pageEndBlocks(parts, [...anchors.values()], breaks)) {
    const pageRows = rows.filter((seq) => {
      const at = anchors.get(seq);
      return at !== undefined && at > block.after && at < block.before;
    });
    for (const seq of pageRows) elsewhere.set(seq, (elsewhere.get(seq) ?? new Set()).add(block.field));
    dealPageBlock(block.lines, pageRows.length)?.forEach((names, r) => add(pageRows[r]!, block.field, names));
  }
  for (const [seq, cols] of dealBySpan(nameLines, anchors, breaks, fields, elsewhere)) for (const [f, names] of Object.entries(cols) as [EntityField, string[]][]) add(seq, f, names);
  return out;
}

/**
 * Cells printed row by row: after a row's task, its cells one block each (blank lines between), in
 * the header's column order — as poppler's reading order prints a table whose rows it can follow.
 * A row takes its blocks when there are exactly as many as responsibility columns and each block is of
 * its column's kind (people under a people column, units under a unit column). Blocks for several rows
 * after one row's task (the cells of the rows after it printed before their numbers, or of the rows
 * before it whose tasks were printed together) are shared out in order when the rows beside it that
 * printed no blocks make exactly one run of that many rows and every share fits. A block that is a
 * time cell (完成时限) is no responsibility column's; the other columns' header words printed between the
 * tasks and their cells end no block. Returns the cells by 序号 (lines as printed, for the name splitter).
 */
export function dealRowBlocks(
  parts: readonly Part[],
  rows: readonly number[],
  task: ReadonlyMap<number, { lines: number[] }>,
  columns: readonly string[],
): CellsBySeq {
  const out: CellsBySeq = new Map();
  const fields = columns.filter((c): c is EntityField => isResponsibilityField(c));
  // (one column gives no order to check the blocks against: its header may be all the text showed)
  if (fields.length < 2 || new Set(fields).size !== fields.length) return out;
  const taskLines = new Set([...task.values()].flatMap((p) => p.lines));
  const at = new Map(parts.map((p, k) => [p.line, k]));
  const inRows = new Set(rows);
  const blocksOf = new Map<number, string[][]>();
  for (const seq of rows) {
    const last = task.get(seq)?.lines.at(-1);
    if (last === undefined) continue;
    const blocks: string[][] = [];
    let cur: string[] | null = null;
    for (let k = (at.get(last) ?? parts.length) + 1; k < parts.length; k++) {
      const p = parts[k]!;
      // (the other columns' header words, printed between the tasks and their cells, end no block)
      if (p.kind === "blank" || p.kind === "header") {
        if (cur) blocks.push(cur);
        cur = null;
        continue;
      }
      if (p.kind === "names") (cur ??= []).push(p.names.join(" "));
      else if (p.kind === "text" && !taskLines.has(p.line)) (cur ??= []).push([p.text, ...p.names].join(" "));
      // (a number outside the rows' run opens a time cell, `2025` | `年 12` | `月底`)
      else if (p.kind === "seq" && !inRows.has(p.seq)) (cur ??= []).push(`${p.seq}${p.rest ? ` ${p.rest}` : ""}`);
      else break;
    }
    if (cur) blocks.push(cur);
    blocksOf.set(seq, blocks.filter((b) => cellKind(b.join("")) !== "time"));
  }
  const kindOf = (block: readonly string[]): "person" | "unit" => {
    const toks = block.flatMap((l) => entityTokens(l)).flatMap((t) => t.split("、")).filter(Boolean);
    return toks.length > 0 && toks.every((t) => tokenKind(t) === "person") ? "person" : "unit";
  };
  // a cell holds whole names: its lines joined leave no lone character and name something (`局`, `障` alone are pieces of other text)
  // (lines joined as a wrap, `区统计局、区财` + `政局`, or as a list, `周明` + `吴迪`)
  const wholeText = (text: string) => {
    const toks = entityTokens(text).flatMap((t) => t.split("、")).filter(Boolean);
    return toks.some((t) => tokenKind(t) !== "fragment") && toks.every((t) => [...t].length > 1);
  };
  const whole = (block: readonly string[]) => wholeText(block.join("")) || wholeText(block.join(" "));
  const fits = (blocks: readonly string[][]) => blocks.length === fields.length && blocks.every((b, c) => whole(b) && kindOf(b) === columnKind(fields[c]!));
  const deal = (seq: number, blocks: readonly string[][]) => {
    const cell: Partial<Record<EntityField, CellLine[]>> = {};
    fields.forEach((f, c) => (cell[f] = blocks[c]!.map((text) => ({ text }))));
    out.set(seq, cell);
  };
  const blockless = (seq: number) => (blocksOf.get(seq)?.length ?? 0) === 0;
  // fewer blocks than columns after a row's task, with the rows beside it holding their own: the row's cells with
  // some unit columns empty, each block in the next column of its kind in the header's order (the empty ones last,
  // as a row without co-units leaves its last unit column empty)
  const inOrder = (blocks: readonly string[][]): string[][] | null => {
    const placed: string[][] = fields.map(() => []);
    let c = 0;
    for (const b of blocks) {
      if (!whole(b)) return null;
      while (c < fields.length && columnKind(fields[c]!) !== kindOf(b)) c++;
      if (c === fields.length) return null;
      placed[c++] = b;
    }
    // (an empty people column may be a merged cell printed with other rows: only unit columns are left empty)
    return placed.every((b, k) => b.length || columnKind(fields[k]!) === "unit") ? placed : null;
  };
  rows.forEach((seq, r) => {
    const blocks = blocksOf.get(seq);
    const alone = (r === 0 || !blockless(rows[r - 1]!)) && (r === rows.length - 1 || !blockless(rows[r + 1]!));
    if (blocks?.length && blocks.length < fields.length && alone) {
      const placed = inOrder(blocks);
      if (placed) deal(seq, placed);
      return;
    }
    if (!blocks?.length || blocks.length % fields.length !== 0) return;
    const m = blocks.length / fields.length;
    // the m rows the blocks are for: this one and m − 1 rows beside it that printed none after their tasks (the rows
    // whose tasks came together before the blocks, or whose cells came before their numbers); only one such window
    const windows: number[][] = [];
    for (let first = Math.max(0, r - m + 1); first <= r && first + m <= rows.length; first++) {
      const win = rows.slice(first, first + m);
      if (win.every((x) => x === seq || blockless(x))) windows.push(win);
    }
    if (windows.length !== 1) return;
    const shares = Array.from({ length: m }, (_, i) => blocks.slice(i * fields.length, (i + 1) * fields.length));
    if (!shares.every(fits)) return;
    shares.forEach((share, i) => deal(windows[0]![i]!, share));
  });
  return out;
}

/** the longest piece opening a line that completes the name the line above ends on (`局`, `划局`, `管委会`) */
const MAX_WRAP_TAIL = 3;

/**
 * A column's block of cells run together, each cell wrapped over lines (`县发展和改革局、县` | `统计局、各乡镇人民` |
 * `政府` | `县财政局、县发展和` …): a cell ends at a blank line, or where a line ends its cell's last name whole (a
 * person, a unit with a strong ending) with no 、 after it and the next line does not open with a short piece
 * completing that name. Returns each cell's names, or null when
 * a cell holds a piece of a name (the block is not all names).
 */
export function cellsOfBlock(block: ReadonlyArray<string | null>): string[][] | null {
  const cells: string[][] = [];
  let cur = "";
  const flush = () => {
    if (!cur) return;
    cells.push(cur.split("、").filter(Boolean));
    cur = "";
  };
  for (let k = 0; k < block.length; k++) {
    const line = block[k] ?? null;
    if (line === null) {
      flush();
      continue;
    }
    const t = line.replace(/\s+/g, "");
    cur += t;
    if (t.endsWith("、")) continue;
    // (the cell's last name so far, its lines joined: `各乡镇人民` + `政府`)
    const last = cur.split("、").pop()!;
    const next = (block[k + 1] ?? "").replace(/\s+/g, "").split("、")[0] ?? "";
    const completed = next !== "" && [...next].length <= MAX_WRAP_TAIL && tokenKind(next) === "fragment" && joinsIntoUnit(last, next);
    // (a whole name: a person, or a unit with a strong ending; `县住房和城乡` ends like a township, weakly, and goes on)
    const whole = tokenKind(last) === "person" || unitEnding(last)?.strength === "strong";
    if (whole && !completed) flush();
  }
  flush();
  return cells.every((c) => c.length > 0 && c.every((n) => tokenKind(n) !== "fragment")) ? cells : null;
}

/**
 * The responsibility columns printed whole after their rows' tasks (reading order), one block per column under its
 * header word, the cells wrapped and run together (see `cellsOfBlock`): a block goes to the rows whose tasks were
 * printed since the last block of that column (or the table's start), one cell each, when it holds exactly that many
 * cells, each of its column's kind. Returns the cells by 序号.
 */
export function dealWrappedBlocks(
  parts: readonly Part[],
  rows: readonly number[],
  task: ReadonlyMap<number, { lines: number[] }>,
  columns: readonly string[],
): CellsBySeq {
  const out: CellsBySeq = new Map();
  const fields = new Set(columns.filter((c): c is EntityField => isResponsibilityField(c)));
  const taskLines = new Set([...task.values()].flatMap((p) => p.lines));
  const lastEnd = new Map<EntityField, number>();
  // the rows by their task's first line (a range of them is found by halves, then put back in the rows' order)
  const byFirst = rows.flatMap((seq, at) => {
    const first = task.get(seq)?.lines[0];
    return first === undefined ? [] : [{ seq, first, at }];
  }).sort((a, b) => a.first - b.first);
  for (const [k, p] of parts.entries()) {
    if (p.kind !== "header") continue;
    const field = mapHeader(p.text) as EntityField;
    if (!fields.has(field)) continue;
    const block: Array<string | null> = [];
    let end = p.line;
    for (let j = k + 1; j < parts.length; j++) {
      const q = parts[j]!;
      if (q.kind === "blank" || q.kind === "page") {
        if (block.length && block[block.length - 1] !== null) block.push(null);
        continue;
      }
      if (q.kind === "names") block.push(q.names.join(""));
      // (a 类别 column's header word, `类别`, opens the next page's header)
      else if (q.kind === "text" && !taskLines.has(q.line) && !isProse(q.text) && !q.names.length && !isSectionHeaderWord(q.text)) block.push(q.text);
      else break;
      end = q.line;
    }
    const from = lastEnd.get(field) ?? -1;
    lastEnd.set(field, end);
    const own = byFirst.slice(firstAbove(byFirst, from, (r) => r.first), firstAtLeast(byFirst, p.line, (r) => r.first)).sort((a, b) => a.at - b.at).map((r) => r.seq);
    const cells = cellsOfBlock(block);
    if (!cells || !own.length || cells.length !== own.length) continue;
    const kind = columnKind(field);
    if (!cells.every((c) => c.every((n) => tokenKind(n) === kind))) continue;
    own.forEach((seq, r) => out.set(seq, { ...out.get(seq), [field]: cells[r]!.map((text) => ({ text })) }));
  }
  return out;
}

/**
 * Deal the column blocks to the rows when the counts add up. In reading
 * order each column's cells come as one block per group of rows (the rows
 * between two heading rows, which span the table and cut the columns):
 * group by group, column by column in the header's order. Dealt only when
 * the blocks are exactly one per group and column, each block's names are of
 * its column's kind (people under a leader column, units under the others),
 * and a block has one line per row of its group (or its group is one row) —
 * a block with more lines than rows is left undealt (which row's cell holds
 * two names, the text does not say).
 */
export function dealColumnBlocks(
  parts: readonly Part[],
  rows: readonly number[],
  sectionOf: (seq: number) => string[] | null,
  columns: readonly string[],
): CellsBySeq {
  const out: CellsBySeq = new Map();
  const fields = columns.filter((c): c is EntityField => isResponsibilityField(c));
  if (!fields.length) return out;
  const blocks: string[][][] = [];
  let cur: string[][] | null = null;
  for (const p of parts) {
    if (p.kind === "page") continue;
    if (p.kind === "names") {
      cur ??= [];
      cur.push(p.names);
      continue;
    }
    if (cur) blocks.push(cur);
    cur = null;
  }
  if (cur) blocks.push(cur);
  // the groups: rows under one section path, in order
  const groups: number[][] = [];
  let key: string | null = null;
  for (const seq of rows) {
    const k = JSON.stringify(sectionOf(seq));
    if (k !== key || !groups.length) groups.push([]);
    groups[groups.length - 1]!.push(seq);
    key = k;
  }
  if (blocks.length !== groups.length * fields.length) return out;
  const kindOf = (names: string[][]) => {
    const kinds = new Set(names.flat().map(tokenKind));
    return kinds.size === 1 ? [...kinds][0]! : "mixed";
  };
  if (blocks.some((b, i) => kindOf(b) !== columnKind(fields[i % fields.length]!))) return out;
  groups.forEach((group, g) => {
    fields.forEach((field, c) => {
      const block = blocks[g * fields.length + c]!;
      const dealt = group.length === 1 ? [block.flat()] : block.length === group.length ? block : null;
      if (!dealt) return;
      group.forEach((seq, r) => {
        const cell = out.get(seq) ?? {};
        cell[field] = dealt[r]!.map((text) => ({ text }));
        out.set(seq, cell);
      });
    });
  });
  return out;
}

/**
 * A reading of a scrambled table (header words alone on lines, no header
 * with numbered rows after it) that found every row: each row flagged, since
 * its cells were placed by a reading that assumes an order the text lost.
 */
export function flagScrambledRows(result: LayoutResult): LayoutResult {
  return {
    ...result,
    records: result.records.map((r) => ({
      ...r,
      review: [
        ...(r.review ?? []),
        {
          code: SCRAMBLED_ROW_CODE,
          message: `第 ${r.seq} 项：原文表格的文字顺序已被打乱（表头各格、序号和各列内容分块印出，如 pdftotext 默认模式导出的文字），本项各栏是按文字顺序推测的。请对照原 PDF 核对本项的全部内容。`,
        },
      ],
    })),
  };
}
