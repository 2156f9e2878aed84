/**
 * Find the header of a flattened table: header words on one line
 * (`序号 项目 目标任务 责任单位 责任领导 分管市领导`), one per line, wrapped
 * (`区分管或联系领` + `导`), letter-spaced (`序 号 项 目 …`, cell boundaries
 * gone), or printed over two rows (`序号 具体任务 责任分工 分管领导` over
 * `牵头单位 责任单位`: the lower row takes the place of the spanning label).
 * The header's order is the order in which each row's cells appear.
 */
import type { CanonicalField } from "../../model/schema.js";
import type { SourceLine } from "../../model/intermediate.js";
import { cleanName } from "../../text/hygiene.js";
import { HEADER_RULES, isDivisionHeader, isMeasuresHeader, mapHeader, mapHeaders, settleLevelLeaders } from "../../table/headers.js";
import { norm, tokenKind } from "./fragments.js";
import { toSimplified } from "../../text/script.js";
import { isResponsibilityField } from "../../table/lexicon.js";
import { isUnitNamesLine, joinStrayTails, MAX_TAIL_CHARS, opensListedLabel } from "./headertails.js";

export interface FlatHeader {
  /** index (into the lines array) of the header's first line */
  start: number;
  /** index (into the lines array) of the header's last line */
  end: number;
  /** 1-based line number where the header starts */
  line: number;
  headers: string[];
  columns: CanonicalField[];
  /** the header's words as printed (whitespace removed, print order): how a repeat of it is recognised */
  printed?: string;
  /** indexes of lines inside the header's run that are not header words (a row's 序号 printed amid it) */
  inside?: number[];
  /** the labels were gathered from all over the document (reading order lost the header row) */
  scattered?: boolean;
  /** indexes of lines after the header's run that hold its lower band's words (see `lateBand`) */
  late?: number[];
  /** index of a section heading printed right above the header, its table's first section (sections printed above their own tables) */
  headingAbove?: number;
}

/** a header names at least this many known fields */
const MIN_KNOWN_FIELDS = 3;
/** a header is printed on at most this many lines (wrapped words, two rows, one word per line) */
const MAX_HEADER_LINES = 10;
/** a header line is short: longer lines are prose */
const MAX_HEADER_LINE_CHARS = 60;
/** the longest single header word looked for inside a run of words whose boundaries are gone */
const MAX_HEADER_WORD_CHARS = 12;
/** the longest note in brackets a header word may carry on top (`责任单位（排在第一位的为牵头单位）`) */
const MAX_HEADER_NOTE_CHARS = 16;
/** brackets that open or close a header word's note */
const OPEN_NOTE = /[（(]/g;
const CLOSE_NOTE = /[）)]/g;
/** Does the piece open and close its brackets (a note is never cut between two header words)? */
const balancedNote = (text: string): boolean => (text.match(OPEN_NOTE)?.length ?? 0) === (text.match(CLOSE_NOTE)?.length ?? 0) && !/^[）)]/.test(text);
/** a label spanning a lower header row (`责任分工` over `牵头单位 | 责任单位`) */
const GROUP_LABEL = /^((责任|任务|工作)?分工|责任(主体|落实|划分)|责任单位及(领导|责任人))$/;
/** a plain units header that may label a group of unit columns printed under it (`责任单位` over `牵头单位 | 配合单位`) */
const UNIT_GROUP_LABEL = /^责任(单位|部门)$/;
/** a header word the synonym patterns accept but no example spells costs this plus its length (`项目目标任务责任单位` is not one word) */
const UNLISTED_WORD_COST = 1;

const KNOWN_WORDS: ReadonlySet<string> = new Set(HEADER_RULES.flatMap((r) => (r.field === "other" ? [] : r.examples)));

/** A header word of a column fenjie does not interpret (`完成时限`, `备注`): part of the header, in no field. */
const UNINTERPRETED = HEADER_RULES.find((r) => r.field === "other")!.pattern;
const MAX_UNINTERPRETED_CHARS = 6;
export function isUninterpretedWord(text: string): boolean {
  const t = toSimplified(cleanName(text));
  return t.length <= MAX_UNINTERPRETED_CHARS && UNINTERPRETED.test(t) && mapHeader(t) === "other";
}

function isHeaderWords(words: readonly string[]): boolean {
  const fields = mapHeaders(words);
  const known = fields.filter((f) => f !== "other");
  return (
    // (or a task and one responsibility column beside a column fenjie does not read: `重点工作 责任单位 完成时限`)
    (known.length >= MIN_KNOWN_FIELDS || (known.length === MIN_KNOWN_FIELDS - 1 && words.length > known.length)) &&
    words.every((w, k) => fields[k] !== "other" || isUninterpretedWord(w) || isMeasuresHeader(w)) &&
    fields.includes("task") &&
    fields.some(isResponsibilityField) &&
    new Set(known).size === known.length
  );
}

/** Space-separated words; single characters spaced out for alignment are one word (`序 号` → `序号`). */
function splitWords(text: string): string[] {
  const out: string[] = [];
  let prevSingle = false;
  for (const w of norm(text).split(/\s+/).filter(Boolean)) {
    const single = /^\p{Script=Han}$/u.test(w);
    if (single && prevSingle) out[out.length - 1] += w;
    else out.push(w);
    prevSingle = single;
  }
  return out;
}

/** The words of a line if it is a one-line header, else null. */
export function headerWords(text: string): string[] | null {
  const words = splitWords(text);
  return words.length >= MIN_KNOWN_FIELDS && isHeaderWords(words) ? words : null;
}

interface Piece {
  text: string;
  field: CanonicalField | "group";
  /** the line (0-based within the run) the piece starts on */
  row: number;
}

/**
 * Cut a header's text into header words. `tokens` are the printed words with
 * the run line each sits on; a boundary between two tokens on one line is
 * certain, one between lines or inside a token (letter-spaced, wrapped) is
 * chosen so that every piece names a field, no field twice (but a people field
 * named by two whole listed words, `责任人` and `牵头领导`), listed header words
 * preferred. Null when no such cut exists.
 */
export function segmentHeader(tokens: ReadonlyArray<{ text: string; row: number }>): Piece[] | null {
  // characters with the token boundaries that must be kept
  const chars: string[] = [];
  const rowOf: number[] = [];
  const hardBefore: boolean[] = [];
  /** the character starts a printed token (an uninterpreted header word is only ever a whole token) */
  const tokenStart: boolean[] = [];
  /** the printed token each character belongs to */
  const tokenOf: number[] = [];
  tokens.forEach((t, ti) => {
    const c = [...cleanName(t.text)];
    c.forEach((ch, k) => {
      chars.push(ch);
      rowOf.push(t.row);
      tokenOf.push(ti);
      hardBefore.push(k === 0 && ti > 0 && tokens[ti - 1]!.row === t.row);
      tokenStart.push(k === 0);
    });
  });
  const n = chars.length;
  if (!n) return null;
  // the header ends with two unit columns of their own (`牵头单位 配合单位`, on one line or one a line), printed after the
  // upper row's other words (`责任领导 备注`): a plain 责任单位 of that upper row is their group's label (a two-level header
  // copied row by row), not a column. Three unit columns side by side (`牵头单位 责任单位 配合单位`) have nothing between.
  const subField = (t: { text: string }) => {
    const f = mapHeader(t.text);
    return f === "leadUnits" || f === "coUnits" ? f : null;
  };
  let runStart = tokens.length;
  while (runStart > 0 && subField(tokens[runStart - 1]!)) runStart--;
  const lowerUnits = new Set(tokens.slice(runStart).map(subField));
  const unitGroup = (text: string, pos: number) => {
    const at = tokenOf[pos]!;
    const between = tokens.slice(at + 1, runStart);
    return lowerUnits.size >= 2 && rowOf[pos]! < tokens[runStart]!.row && between.length > 0 && UNIT_GROUP_LABEL.test(toSimplified(text));
  };
  // only a header that holds a bracket has notes to keep whole
  const bracketed = chars.some((c) => /[（()）]/.test(c));
  const memo = new Map<string, { cost: number; pieces: Piece[] } | null>();
  const solve = (pos: number, used: ReadonlySet<string>): { cost: number; pieces: Piece[] } | null => {
    if (pos === n) return { cost: 0, pieces: [] };
    const key = `${pos}|${[...used].sort().join(",")}`;
    if (memo.has(key)) return memo.get(key)!;
    let best: { cost: number; pieces: Piece[] } | null = null;
    for (let end = pos + 1; end <= Math.min(n, pos + MAX_HEADER_WORD_CHARS + MAX_HEADER_NOTE_CHARS); end++) {
      if (end > pos + 1 && hardBefore[end - 1]) break;
      const text = chars.slice(pos, end).join("");
      // a header word is short, a note in brackets aside; a bracket opened in one word closes in it
      const bare = bracketed ? text.replace(/[（(][^（）()]*[）)]/g, "") : text;
      // … and a note is the word's before it, never the next one's
      if (bare.length > MAX_HEADER_WORD_CHARS || (bracketed && (!balancedNote(text) || (pos > 0 && /^[（(]/.test(text))))) continue;
      // a spanning label spans words after it: one that ends the header is a column of its own (`责任主体` last)
      const group = (GROUP_LABEL.test(text) || unitGroup(text, pos)) && end < n;
      // (a measures column's word, `具体措施`, printed whole: a column of its own beside the task's, left out like a deadline)
      const measures = tokenStart[pos] === true && (end === n || tokenStart[end] === true) && isMeasuresHeader(text);
      const field = group ? "group" : measures ? "other" : mapHeader(text);
      // a column fenjie does not interpret (`完成时限`) when it is a whole printed word
      // (a word wrapped over tokens, `完成时` | `限`, but not one that swallows a header word of its own: `备注` and
      // `牵头单位` on two lines are two words, not an uninterpreted `备注牵头单位`)
      // (nor one whose own first token is a header word: `责任领导` | `备注` is no uninterpreted `责任领导备注`)
      const swallows = () =>
        chars.slice(pos + 1, end).some((_, k) => tokenStart[pos + 1 + k] === true && (mapHeader(chars.slice(pos + 1 + k, end).join("")) !== "other" || mapHeader(chars.slice(pos, pos + 1 + k).join("")) !== "other"));
      // (a spanning label that ends the header, `责任分工` last, is a column of its own: its cells hold the division)
      const uninterpreted = field === "other" && tokenStart[pos] === true && (end === n || tokenStart[end] === true) && (isUninterpretedWord(text) || measures || (end === n && GROUP_LABEL.test(text))) && !swallows();
      // two people columns of one kind (`责任人` and `牵头领导` both hold leaders), each a whole printed listed word
      const again = (field === "leaders" || field === "supervisors") && tokenStart[pos] === true && (end === n || tokenStart[end] === true) && KNOWN_WORDS.has(toSimplified(text));
      if ((field === "other" && !uninterpreted) || (field !== "group" && field !== "other" && used.has(field) && !again)) continue;
      const rest = solve(end, field === "group" || field === "other" ? used : new Set([...used, field]));
      if (!rest) continue;
      // listed words in either script (`序號`, `牽頭單位` are the listed 序号, 牵头单位)
      // a listed word with a note in brackets (`责任单位（排在第一位的为牵头单位）`) is as listed as the word
      const cost = (KNOWN_WORDS.has(toSimplified(text)) || (bare !== text && KNOWN_WORDS.has(toSimplified(bare))) || group || uninterpreted ? 1 : UNLISTED_WORD_COST + bare.length) + rest.cost;
      if (!best || cost < best.cost) best = { cost, pieces: [{ text, field, row: rowOf[pos]! }, ...rest.pieces] };
    }
    memo.set(key, best);
    return best;
  };
  return solve(0, new Set())?.pieces ?? null;
}

/**
 * Header words in column order: the lower row printed after a spanning label
 * takes the label's place. The lower row is the header's last line when it
 * holds several words; with one word per line, the unit columns that end the
 * header after the label (a spanning 责任分工 covers units).
 */
export function orderPieces(pieces: readonly Piece[]): Piece[] {
  const g = pieces.findIndex((p) => p.field === "group");
  const words = pieces.filter((p) => p.field !== "group");
  if (g < 0) return words;
  const lastRow = pieces[pieces.length - 1]!.row;
  let lower = pieces.slice(g + 1).filter((p) => p.row === lastRow && p.row > pieces[g]!.row);
  // (a label spans unit columns: a last line of other words, `责任领导 完成时限`, is the header's next words, not under it)
  if (!lower.some((p) => isUnitField(p.field))) lower = [];
  if (lower.length < 2) {
    let k = pieces.length;
    while (k > g + 1 && isUnitField(pieces[k - 1]!.field)) k--;
    lower = pieces.slice(k);
  }
  if (!lower.length) {
    // nothing under the label (`责任主体` before a people column): a column of its own when it names one;
    // a division-of-work column (`责任分工 | 责任领导`) where no other column names units holds the roles
    const used = new Set(words.map((p) => p.field));
    const division = isDivisionHeader(pieces[g]!.text) && !words.some((p) => isUnitField(p.field));
    const field = division ? "units" : mapHeader(pieces[g]!.text);
    if (field === "other" || used.has(field)) return words;
    return pieces.map((p, i) => (i === g ? { ...p, field } : p));
  }
  const upper = words.filter((p) => !lower.includes(p));
  const at = pieces.slice(0, g).filter((p) => p.field !== "group").length;
  return [...upper.slice(0, at), ...lower, ...upper.slice(at)];
}

function isUnitField(f: Piece["field"]): boolean {
  return f === "leadUnits" || f === "units" || f === "coUnits";
}

/** A line that can be (part of) a header: short, no digits or sentence punctuation. */
function isHeaderish(text: string): boolean {
  const t = norm(text);
  // a heading with its marker (`一、扩大有效投资`, `（一）…`) right under the header is the first rows' section
  if (HEADING_MARKER.test(t)) return false;
  return t.length > 0 && t.replace(/\s+/g, "").length <= MAX_HEADER_LINE_CHARS && !/[0-9０-９，,。；;：:！!？?《》“”"%]/.test(t);
}

const BARE_NUMBER = /^\d{1,3}$/;
/** a table's title (`目标任务分解表`, `重点工作任务分解方案`): it may start with a header word, but it names the table, not a column */
const TABLE_TITLE = /分解|分工方案|(表|清单|方案|台账)$/;

/** A line that is the table's title printed right above its header (one word, no header word listed as such). */
export function isTableTitle(text: string): boolean {
  const words = splitWords(text);
  const t = toSimplified(cleanName(text));
  return words.length === 1 && TABLE_TITLE.test(t) && !KNOWN_WORDS.has(t);
}
const HEADING_MARKER = /^[（(]?[一二三四五六七八九十]{1,3}[）)、．.]/;

/** The header whose run starts at line index `i`, or null. */
function headerAt(lines: readonly SourceLine[], i: number): FlatHeader | null {
  if (!isHeaderish(lines[i]!.text) || isTableTitle(lines[i]!.text)) return null;
  // the run must open with a header word
  // (or a word wrapped in a narrow cell: `序` | `号`, its first line alone a piece of it)
  const first = cleanName(splitWords(lines[i]!.text)[0] ?? "");
  const wrapped = first.length <= MAX_WRAPPED_REST && splitWords(lines[i]!.text).length === 1 ? first + cleanName(splitWords(lines[i + 1]?.text ?? "")[0] ?? "") : first;
  const opens = (w: string) => [...Array(Math.min(w.length, MAX_HEADER_WORD_CHARS))].some((_, k) => mapHeader(w.slice(0, k + 1)) !== "other");
  if (!opens(first) && !(wrapped !== first && opens(wrapped))) return null;
  const tokens: Array<{ text: string; row: number }> = [];
  const inside: number[] = [];
  const printed: string[] = [];
  let best: FlatHeader | null = null;
  let bestTokens: Array<{ text: string; row: number }> = [];
  let row = 0;
  for (let j = i; j < lines.length && row < MAX_HEADER_LINES; j++) {
    const t = norm(lines[j]!.text);
    if (!t) continue;
    if (BARE_NUMBER.test(t) && row > 0 && !inside.length) {
      // a row's 序号 printed amid a header (reading order): kept for the rows
      inside.push(j);
      continue;
    }
    if (!isHeaderish(t)) break;
    // a complete header followed by a line of unit names: the first row's cell (see `isUnitNamesLine`)
    if (best && isUnitNamesLine(t, tokens[tokens.length - 1]?.text)) break;
    // after a row's 序号 printed amid the header, a name of its own (`赵芳`: a people column before the task) is the row's
    if (inside.length && mapHeader(t) === "other" && tokenKind(t) !== "fragment") break;
    for (const w of splitWords(t)) tokens.push({ text: w, row });
    printed.push(cleanName(t));
    row++;
    const pieces = segmentHeader(joinStrayTails(tokens));
    if (!pieces) continue;
    const ordered = orderPieces(pieces);
    const headers = ordered.map((p) => p.text);
    if (!isHeaderWords(headers)) continue;
    // after a row's 序号 amid the header, a line that only lengthens the words of a header already
    // complete is not the header's end (`分管领导` + `1` + `地区生产总值增长`: the row's task), unless
    // a later line makes the words a header again (`牵头单位` + `区分管或联系领` + `导`)
    if (inside.length && best && lengthensOnly(best.headers, headers)) continue;
    best = {
      start: i,
      end: j,
      line: lines[i]!.line,
      headers,
      columns: mapHeaders(headers),
      printed: printed.join(""),
      inside: inside.filter((k) => k < j),
    };
    bestTokens = [...tokens];
  }
  return best && lateBand(lines, best, bestTokens, row);
}

/** the most lines of the first row's task printed between a header's run and its late band */
const MAX_LATE_TASK_LINES = 3;

/**
 * A header's lower band printed after the first row has begun (poppler's default order for a
 * LibreOffice-made table: `序号 工作任务` | `责任单位` | `1` | the first task | `2` | `责任人` |
 * `分管县领` | `导` | `完成时限` | the first row's names…): header words on lines of their own,
 * after nothing but rows' 序号 and at most MAX_LATE_TASK_LINES lines of sentence text, joined to
 * the header when the whole then names more columns (every original word kept, in its place).
 * A name line (a unit, a person) before them ends the look: those are the row's cells, and a
 * header word after cells is content (a label line of a list, a repeated header).
 */
function lateBand(lines: readonly SourceLine[], best: FlatHeader, tokens: ReadonlyArray<{ text: string; row: number }>, row0: number): FlatHeader {
  const extra: Array<{ text: string; row: number }> = [];
  const late: number[] = [];
  let taskLines = 0;
  let row = row0;
  for (let j = best.end + 1; j < lines.length; j++) {
    const t = norm(lines[j]!.text);
    if (!t) continue;
    if (BARE_NUMBER.test(t)) {
      if (late.length) break;
      continue;
    }
    // a header word, the first line of a wrapped listed one (`分管县领`), or its rest after it (`导`)
    const opened = extra.length > 0 && opensListedLabel(extra.at(-1)!.text);
    const labelWord = (w: string) => mapHeader(w) !== "other" || isUninterpretedWord(w) || opensListedLabel(w) || (opened && [...cleanName(w)].length <= MAX_TAIL_CHARS);
    const piece = isHeaderish(t) && splitWords(t).every(labelWord);
    if (piece) {
      for (const w of splitWords(t)) extra.push({ text: w, row });
      late.push(j);
      row++;
      continue;
    }
    if (late.length || isHeaderish(t) || ++taskLines > MAX_LATE_TASK_LINES) break;
  }
  if (!late.length) return best;
  const pieces = segmentHeader(joinStrayTails([...tokens, ...extra]));
  if (!pieces) return best;
  const headers = orderPieces(pieces).map((p) => p.text);
  if (!isHeaderWords(headers) || headers.length <= best.headers.length || !best.headers.every((h) => headers.includes(h))) return best;
  return { ...best, headers, columns: mapHeaders(headers), late };
}

/** the longest rest of a header word wrapped onto the next line (`区分管或` + `联系领导`); a longer line after a complete header is text */
const MAX_WRAPPED_REST = 4;

/**
 * Do the words `after` only lengthen `before`'s words, each of which already names a column, by
 * more than the rest of a wrapped header word (`分管领导` + `地区生产总值增长`)? `区分管或联系领` + `导` does not.
 */
export function lengthensOnly(before: readonly string[], after: readonly string[]): boolean {
  return (
    after.length === before.length &&
    before.every((w, k) => after[k]!.startsWith(w) && mapHeader(w) !== "other") &&
    after.some((w, k) => [...w].length - [...before[k]!].length > MAX_WRAPPED_REST)
  );
}

/** Find the first header of the document. */
export function findFlatHeader(lines: readonly SourceLine[], from = 0): FlatHeader | null {
  for (let i = from; i < lines.length; i++) {
    const h = headerAt(lines, i);
    if (h) return h;
  }
  return null;
}

/**
 * The header printed again from line index `i` (a page break), on one line,
 * one word per line, or wrapped anyhow: the index after its last line, or null.
 * A single header word alone (`分管领导`) is content, not the header.
 */
export function headerRun(lines: readonly SourceLine[], i: number, header: FlatHeader): number | null {
  const key = header.printed ?? cleanName(header.headers.join(""));
  let acc = "";
  for (let j = i; j < lines.length; j++) {
    const t = cleanName(lines[j]!.text);
    if (!t) continue;
    if (!key.startsWith(acc + t)) return null;
    acc += t;
    if (acc === key) return j + 1;
  }
  return null;
}

/** Is this one line the whole header again? */
export function isRepeatedHeader(text: string, header: FlatHeader): boolean {
  return headerRun([{ text, line: 1 }], 0, header) !== null;
}
