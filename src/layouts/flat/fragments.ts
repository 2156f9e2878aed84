/**
 * What one line (or one space-separated token) of a flattened dump is: page
 * noise, a row number, a heading fragment, task prose, or unit/person names.
 * Pure functions; the document-level decisions are made in segment.ts,
 * anatomy.ts and columns.ts.
 */
import { cellKind } from "../../table/merged.js";
import { classify, isBareTail, isPersonName, suffixAcross, unitEnding } from "../../names/classify.js";
import { OWN_NAME_OPENING } from "../../names/lexicon.js";
import { memoByString } from "../../memo.js";
import { cleanName, cleanText, foldLookalikes, stripMarkup } from "../../text/hygiene.js";
import { NAME_SIZED_WIDE } from "../../names/split.js";
import { endsSentence as sentenceEnds, HEADING_MARKERS, MAX_SEQ_DIGITS, NUMERAL_APART, PAGE_FURNITURE_PATTERNS, PAGE_NUMBER_PATTERNS, PROSE_PUNCTUATION, SEPARATOR_LINE, TABLE_END_PATTERNS, isWebChrome } from "../../table/lexicon.js";
import { FLAT_DEFAULTS, type FlatSettings } from "./settings.js";

/** A 项目 column or heading row of a dump: `第一部分` parts, `一、` chapters and `（一）` sections. */
// `第一部分` (0), `一、` (1), `（一）` (2); arabic numbers (3, 4) are the 序号 here
const LEVEL_MARKERS = HEADING_MARKERS.filter((m) => m.level <= 2);
const ENTITY_TOKEN = /^[\p{Script=Han}（）()、]+$/u;
const SINGLE_HAN = /^\p{Script=Han}$/u;
const ASCII_ALNUM = /[0-9A-Za-z]/;

/** Normalise a raw line for classification: look-alikes folded, markup dropped, outer whitespace trimmed. */
export function norm(text: string): string {
  return stripMarkup(foldLookalikes(text)).trim();
}

export function isPageNumber(text: string): boolean {
  const t = norm(text);
  return PAGE_NUMBER_PATTERNS.some((p) => p.test(t)) || PAGE_FURNITURE_PATTERNS.some((p) => p.test(t));
}

/** A rule line or separator (`---`). */
export function isSeparator(text: string): boolean {
  const t = norm(text);
  return t.length > 0 && SEPARATOR_LINE.test(t);
}

export function isTableEnd(text: string): boolean {
  const t = norm(text);
  return TABLE_END_PATTERNS.some((p) => p.test(t)) || isWebChrome(t);
}

/** A 序号 alone on its line, or followed by a space and the row's first text. */
// (or in brackets, `（1） 全年…`: a 序号 column that brackets its numbers; a number glued to its text, `（1）完善…`, is a task's own item)
const SEQ_LINE = new RegExp(`^(?:(\\d{1,${MAX_SEQ_DIGITS}})[.、．]?|[（(](\\d{1,3})[）)])(?:[ \\t\\u3000]+(.*))?$`);

/**
 * What follows a number that makes it a date or a span of time, not a 序号: a 完成时限 cell printed
 * alone (`12 月底`, `6 月 30 日前`, `3 季度`, `6 个月内`). No task opens with 月, 季度 or 个月.
 */
const TIME_AFTER_NUMBER = /^(?:月|季度|个月|日(?:前|止|以前)?$)/;

/** A row start: the line is a 序号 alone, or a 序号 followed by a space and the row's first text. */
export function parseSeqLine(text: string): { seq: number; rest: string } | null {
  const t = norm(text).replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const m = SEQ_LINE.exec(t);
  if (!m) return null;
  if (m[3] && TIME_AFTER_NUMBER.test(m[3].trim())) return null;
  return { seq: Number(m[1] ?? m[2]), rest: (m[3] ?? "").trim() };
}

/**
 * A heading's text from its printed fragments, its spaces between Chinese characters dropped — but the space after a
 * numeral printed apart from its title (`一 主要预期目标`, the numeral in the 序号 cell) kept, as the table reader writes
 * it (the row says the form is a convention: SECTION_NUMERAL_APART).
 */
export function sectionText(fragments: readonly string[]): string {
  const joined = fragments.join("");
  const m = NUMERAL_APART.exec(norm(joined));
  return m ? `${m[1]} ${cleanText(norm(joined).slice(m[0].length))}` : cleanText(joined);
}

/** The level of a heading marker at the start (`一、` → 1, `（一）` → 2, `一 ` before a title → 1), or null. */
export function markerLevel(text: string): number | null {
  const t = norm(text);
  for (const { level, pattern } of LEVEL_MARKERS) if (pattern.test(t)) return level;
  // (a numeral apart from its title, `一 主要预期目标`: the section row of a table numbering sections in its 序号 column)
  return NUMERAL_APART.test(t) ? 1 : null;
}

/** Sentence punctuation inside: never a heading fragment, never a name. */
export function hasProsePunctuation(text: string): boolean {
  return PROSE_PUNCTUATION.test(text);
}

/** A line that can open a heading (`一、狠抓`, `（一）`, `七、增进民生福祉`). */
export function isHeadingStart(text: string, s: FlatSettings = FLAT_DEFAULTS): boolean {
  const t = norm(text).replace(/\s+/g, "");
  return (markerLevel(t) ?? markerLevel(text)) !== null && t.length <= s.headingLineMaxChars && !/[，,。；;！!？?：:]/.test(t);
}

/**
 * A heading row spanning the table, printed between rows: a marker and a
 * title that may hold commas (`(一) 聚力转型攻坚，推动提质力促提级`), never a full stop.
 */
export function isHeadingRow(text: string, s: FlatSettings = FLAT_DEFAULTS): boolean {
  const t = norm(text).replace(/\s+/g, "");
  return (markerLevel(t) ?? markerLevel(text)) !== null && t.length <= s.headingLineMaxChars && !/[。；;！!？?]/.test(t);
}

/** A short fragment of a merged heading cell (`科技创新`, `“4341”`, `农村集`). */
export function isHeadingFragment(text: string, s: FlatSettings = FLAT_DEFAULTS): boolean {
  const t = norm(text).replace(/\s+/g, "");
  // (a narrow 项目 cell wraps its heading's clauses too: `级，构建` of `二、聚焦青溪升级，构建现代体系`)
  return t.length > 0 && t.length <= s.headingFragmentMaxChars && (!/[，,。；;！!？?：:]/.test(t) || CLAUSE_PIECE.test(t));
}

/** a narrow cell's line across a heading's comma: a character or two of one clause, the comma, the next clause's start */
const CLAUSE_PIECE = /^\p{Script=Han}{1,2}，\p{Script=Han}{1,3}$/u;

/** the marks that part a list of names in a cell besides `、` (`县工信局；县通信办`, `县发改局，县财政局`) */
const LIST_MARKS = /[；;，,]/;
const ALL_LIST_MARKS = /[；;，,]/g;

/**
 * A list of names parted by `；` or `，` (`县工信局；县通信办公室`): two or more parts, each a unit with an
 * organisation's ending, a collective, or a person, and no other punctuation. A sentence's clauses are no such
 * names (`推进城乡融合，建设美丽乡村`: no organisation's ending).
 */
export function isNameList(text: string): boolean {
  const t = norm(text);
  if (!LIST_MARKS.test(t) || /[。：:！!？?“”"‘’…%％0-9A-Za-z]/.test(t)) return false;
  const parts = t.split(/[；;，,、]/).map((x) => x.trim());
  return parts.length >= 2 && parts.every((x) => {
    if (!/^[\p{Script=Han}（）()]+$/u.test(x)) return false;
    const k = classify(x);
    const ending = k === "unit" ? unitEnding(x) : null;
    return k === "person" || k === "collective" || (ending?.strength === "strong" && !LOOSE_ENDINGS.has(ending.ending));
  });
}

/**
 * Organisation endings a clause of prose ends on as well (`培育新头部企业`, `建强企业家队`, `组建工作组`): no evidence
 * alone that a clause is a unit's name.
 */
const LOOSE_ENDINGS: ReadonlySet<string> = new Set(["企业", "单位", "部门", "机构", "队", "部", "组", "会", "社", "行", "台", "团", "司", "校", "联", "协", "科", "庭"]);

/** Task prose: sentence punctuation, Latin letters or digits, or longer than any name. */
export function isProse(text: string, s: FlatSettings = FLAT_DEFAULTS): boolean {
  const t = norm(text);
  if (!t) return false;
  if (isNameList(t)) return t.split(LIST_MARKS).some((tok) => tok.length > s.entityMaxChars);
  if (hasProsePunctuation(t) || ASCII_ALNUM.test(t)) return true;
  return t.split(/\s+/).some((tok) => tok.length > s.entityMaxChars);
}

/** Does the text end a sentence (closing quotes and brackets ignored)? */
export function endsSentence(text: string): boolean {
  return sentenceEnds(norm(text));
}

/** A token that can be (part of) a unit or person name: Han characters, parentheses, `、`. */
export function isEntityToken(tok: string, s: FlatSettings = FLAT_DEFAULTS): boolean {
  return ENTITY_TOKEN.test(tok) && tok.length <= s.entityMaxChars;
}

/**
 * Split a line into name tokens on whitespace. Two single characters side by
 * side are one two-character name padded for alignment (`蔡 晖` → `蔡晖`).
 */
export function entityTokens(text: string): string[] {
  const raw = norm(text).split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const tok = raw[i]!;
    const next = raw[i + 1];
    if (SINGLE_HAN.test(tok) && next !== undefined && SINGLE_HAN.test(next)) {
      out.push(tok + next);
      i++;
    } else out.push(tok);
  }
  return out;
}

/** A line made only of name tokens (units, people, roles, or their wrapped pieces). */
export function isEntityLine(text: string, s: FlatSettings = FLAT_DEFAULTS): boolean {
  const t = norm(text);
  if (!t || isProse(t, s)) return false;
  return entityTokens(isNameList(t) ? t.replace(ALL_LIST_MARKS, "、") : t).every((tok) => isEntityToken(tok, s));
}

export type TokenKind = "unit" | "person" | "fragment";

/**
 * A date printed last on a line with spaces between its digits and 年/月 (`县商务局 卢 静 2025 年 12 月`,
 * a PDF's text layer spaces Latin digits from Han text): the date's spaces taken out, so the time cell
 * is one token (`2025年12月`). Only a date after a space or alone; the rest of the line is kept as printed.
 */
export function joinSpacedDate(text: string): string {
  const m = SPACED_DATE_END.exec(text);
  if (!m) return text;
  return text.slice(0, m.index) + m[0].replace(/[ \t\u3000]+/g, (sp, at: number) => (at === 0 ? sp : ""));
}
/** a year and month, or a year, or a month, with spaces around the digits, last on the line (`2025 年 12 月底前`) */
const SPACED_DATE_END = /(?:^|[ \t\u3000])(?:(?:19|20)\d{2}[ \t\u3000]*年(?:[ \t\u3000]*\d{1,2}[ \t\u3000]*月)?|\d{1,2}[ \t\u3000]*月)[底末前中上下旬完成]{0,4}$/u;

/** Unit-like (units, collectives) or person-like (names, roles), or an incomplete fragment. */
export const tokenKind: (name: string) => TokenKind = memoByString(tokenKindOnce);

function tokenKindOnce(name: string): TokenKind {
  const c = cleanName(name);
  if (isBareTail(c)) return "fragment";
  const k = classify(c);
  if (k === "person" || k === "role") return "person";
  if (k === "unit" || k === "collective") return "unit";
  return "fragment";
}

/**
 * Where the names printed after a task's words on one line start (`…突破 300家。 科技局 蒋家兴 庄天怀` → the
 * index of `科技局`): whole names from the end back, a padded name's two halves (`蔡 晖`) as one; a measure word
 * after a number is the task's. `parts.length` when the line ends on no name.
 */
export function namesTailStart(parts: readonly string[], s: FlatSettings = FLAT_DEFAULTS, below = ""): number {
  let cut = parts.length;
  while (cut > 1) {
    // (the line's last name may end on the separator of a list its cell goes on with on the next line: `县林业局、`)
    const tok = cut === parts.length ? parts[cut - 1]!.replace(/(?<=\p{Script=Han})、$/u, "") : parts[cut - 1]!;
    // (or be cut, the next line starting with its tail: `县发展和改革` | `局`)
    if (cut === parts.length && cutHeadOf(tok, below, s)) {
      cut--;
      continue;
    }
    if (SINGLE_HAN.test(tok) && cut > 2 && SINGLE_HAN.test(parts[cut - 2]!)) {
      if (tokenKind(parts[cut - 2]! + tok) !== "person") break;
      cut -= 2;
      continue;
    }
    // a name-sized piece the lexicon does not know, last on the line after the sentence the task ends on
    // (`…覆盖率达到55%。 羊舌某某`): a cell printed beside the task's last line, not a word of it
    if (cut === parts.length && cut >= 2 && NAME_SIZED_WIDE.test(tok) && tokenKind(tok) === "fragment" && endsSentence(parts[cut - 2]!)) {
      cut--;
      continue;
    }
    if (!isEntityToken(tok, s) || tokenKind(tok) === "fragment") break;
    // a measure word after a number is the task's quantity (`农田 3 万亩`), not a name (万 is a surname)
    if (isQuantityAfterNumber(tok, parts[cut - 2])) break;
    cut--;
  }
  return cut;
}

/** a list mark between names, not one inside an annotation's brackets (`各县（市、区）`) */
const LIST_MARK_OUTSIDE = /、(?![^（(]*[）)])/u;

/** a level's or a collective's mark alone, the name it opens printed on the next line (`各` | `县（市、区）人民政府`, `市` | `自然资源局`) */
const LONE_MARK = /^(?:各|省|市|县|区|州|镇|乡)$/u;

/** a bureau's name cut before its last two characters (`县工业和信息` | `化局`) */
const BUREAU_TAIL = /^\p{Script=Han}局$/u;

/**
 * A unit's name cut at a line's end, the next line starting with its rest: `县发展和改革` over `局`, `县市场监督管理`
 * over `局、…`. The rest is a bare tail (no name by itself) and the two make a unit.
 */
export function cutHeadOf(tok: string, below: string, s: FlatSettings = FLAT_DEFAULTS): boolean {
  // (a list whose last name is cut, `市统计局、各县（市、区）人` | `民政府`: the names before it whole — a task's words
  // listing things, `个、农业产业强` | `镇 3 个。`, are no list of names)
  const pieces = tok.split(LIST_MARK_OUTSIDE);
  const rest = (norm(below).trim().split(/\s+/)[0] ?? "").split("、")[0] ?? "";
  if (pieces.length > 1) {
    const last = pieces[pieces.length - 1]!;
    // (in such a list, a last name that is no name by itself goes on in the next line's first, whatever that reads as:
    // `市自然资源和规划局、市金融` | `工作局`)
    return pieces.slice(0, -1).every((p) => tokenKind(p) === "unit") && (cutHeadOf(last, below, s) || (tokenKind(last) === "fragment" && joinsIntoUnit(last, rest, s)));
  }
  if (!rest || !tok) return false;
  // (a name cut right after its level or collective mark, `…、市发展改革委、各` | `县（市、区）人民政府`)
  if (LONE_MARK.test(tok)) return joinsIntoUnit(tok, rest, s);
  // (a unit's ending of three characters or more cut in two, `…人` | `民政府`, `…管` | `委会`: both halves may read as names)
  if (suffixAcross(tok, rest)) return joinsIntoUnit(tok, rest, s);
  // (a bureau's name is never two characters: `化局`, `源局` is a tail, though it ends like a unit)
  const tail = tokenKind(rest) === "fragment" || BUREAU_TAIL.test(rest);
  if (!tail || (isEntityToken(tok, s) && tokenKind(tok) !== "fragment")) return false;
  return joinsIntoUnit(tok, rest, s);
}



/** Do the two pieces of a name cut at a line break make one unit's name (`县发展和改革` + `局`)? */
export function joinsIntoUnit(head: string, rest: string, s: FlatSettings = FLAT_DEFAULTS): boolean {
  return head !== "" && rest !== "" && isEntityToken(head + rest, s) && tokenKind(head + rest) === "unit";
}

/**
 * Peel the row's units and names printed on the task's last line after spaces
 * (`…突破 300家。 科技局 蒋家兴 庄天怀`). Accepted when what remains ends a
 * sentence, or when the tail holds both a unit and a person.
 */
export function peelInlineTail(text: string, s: FlatSettings = FLAT_DEFAULTS, timeColumn = false, below = ""): { task: string; tail: string[]; byCount?: boolean } {
  const t = timeColumn ? joinSpacedDate(norm(text)) : norm(text);
  const parts = t.split(/[ \t\u3000]+/);
  if (parts.length < 2) return { task: t, tail: [] };
  // under a header with a 完成时限 column, the row's time printed last (`… 区商务局 2023年底`) is in no field
  const before = parts.length;
  while (timeColumn && parts.length > 2 && cellKind(parts[parts.length - 1]!) === "time") parts.pop();
  // the time cell printed after the names closes the row: the names are cells even after a task with no full stop
  const timed = parts.length < before;
  const cut = namesTailStart(parts, s, below);
  if (cut === parts.length) return { task: t, tail: [] };
  const task = parts.slice(0, cut).join(" ");
  const tail = entityTokens(parts.slice(cut).join(" "));
  const kinds = tail.map(tokenKind);
  const structured = kinds.includes("unit") && kinds.includes("person");
  // a task ending on a quantity (`300 名`, `15%`) is done: the units after it are the next cells, printed on its line
  // (the measure word alone: `个，优` goes on the task's sentence)
  const word = parts[cut - 1] ?? "";
  // (a wrapped task line that is the percentage alone, `10% 县乡村振兴局`, too)
  const quantity = (cut >= 2 && isQuantityAfterNumber(word, parts[cut - 2]) && /^\p{Script=Han}{1,3}$/u.test(word)) || /\d[%％]$/u.test(word);
  if (endsSentence(task) || structured || timed || (quantity && kinds.includes("unit"))) return { task, tail };
  // a count written without a space (`…重点项目150个`) ends the task too, before whole units only; the caller
  // checks that the task does not go on on the next line (then the unit is one printed amid it)
  if (COUNT_END.test(word) && kinds.every((k) => k === "unit")) return { task, tail, byCount: true };
  return { task: t, tail: [] };
}

/**
 * a task's words ending on a number and its measure word, or a percentage, after the thing counted (`项目150个`,
 * `企业35家`, `厂房20万平方米`): a count alone (`3个`) is followed by what it counts (`建设 3个 应急指挥中心`)
 */
const COUNT_END = /\p{Script=Han}[\d０-９][\d０-９.．]*(?:[%％]|[万亿]?(?:[个家座条所项批名亩处只台套次户人元场部辆栋间件天倍吨米]|公里|公顷|平方米|立方米|千瓦|兆瓦|标箱|公斤|小时|美元|亿元|万元))$/u;

/** a quantity's measure word or a digit: a token starting so is the task's own words (`个中心`), never a column's name */
const QUANTITY_START = /^[\d０-９个家座条所项批名亩处只台套次户人元万亿%％]/u;

/** a number then a space then `万亩`/`个`/`亿元…`: the word after the number is its measure, the task's own text */
export function isQuantityAfterNumber(tok: string, before: string | undefined): boolean {
  return before !== undefined && /[\d０-９]$/u.test(before) && (QUANTITY_START.test(tok) || MEASURE_WORD.test(tok));
}

/** measure words of two or more characters (lengths, areas, weights, durations) that QUANTITY_START does not open with */
const MEASURE_WORD = /^(?:公里|公顷|千米|平方|立方|千瓦|兆瓦|标箱|公斤|米|吨|辆|倍|栋|间|件|天|小时|年|余)/u;

/**
 * One unit name printed after a space at the end of a task line that goes on on the next line
 * (`…电子精细化学新材 科技局` | `料工程技术中心…`): the next column's cell at the height of a
 * wrapped task line, in reading order. Returns the task text without it and the unit, or null when
 * the last token is not a whole unit (a lexicon suffix), starts like a quantity (`5 个中心`), or is
 * the line's only text.
 */
export function peelGluedUnit(text: string, s: FlatSettings = FLAT_DEFAULTS): { task: string; unit: string } | null {
  const t = norm(text);
  const m = /^(.*\S)[ \t\u3000]+(\S+)$/u.exec(t);
  if (!m) return null;
  const unit = m[2]!;
  if (QUANTITY_START.test(unit) || !isEntityToken(unit, s) || unit.includes("、") || tokenKind(unit) !== "unit") return null;
  // what is left is task text: prose, or words that are no name (`居民收入与经济增长基`)
  if (!isProse(m[1]!, s) && entityTokens(m[1]!).some((x) => tokenKind(x) !== "fragment")) return null;
  return { task: m[1]!, unit };
}

/** a line is letter-spaced (WPS distributed alignment) when it has at least this many one-character tokens and no other */
const LETTER_SPACED_MIN_TOKENS = 3;
/** share of the document's lines that must be letter-spaced before spaces between single characters are dropped */
const LETTER_SPACED_SHARE = 0.5;

/** Every token one character, at least three of them (`大 力 培 育 高`). */
export function isLetterSpaced(text: string): boolean {
  const toks = text.trim().split(/[ \t\u3000]+/).filter(Boolean);
  return toks.length >= LETTER_SPACED_MIN_TOKENS && toks.every((t) => [...t].length === 1);
}

/**
 * A document printed with a space after every character (distributed
 * alignment): the spaces between single characters dropped on every line
 * (`财 政 局` → `财政局`, `1 0 0 家` → `100家`). Any other document is returned as it is.
 */
export function unspaceLetters<T extends { text: string }>(lines: readonly T[]): T[] {
  const candidates = lines.filter((l) => l.text.trim().replace(/\s+/g, "").length >= LETTER_SPACED_MIN_TOKENS);
  const spaced = candidates.filter((l) => isLetterSpaced(l.text)).length;
  if (!candidates.length || spaced < candidates.length * LETTER_SPACED_SHARE) return [...lines];
  return lines.map((l) => ({ ...l, text: l.text.replace(/(?<=^|[ \t\u3000])(\S)[ \t\u3000](?=\S(?:[ \t\u3000]|$))/gu, "$1") }));
}

/** the longest piece of a name a wrap leaves at a comma list's start or end (`蒋` | `莉，罗志军`, `秀华，罗志`) */
const MAX_WRAPPED_PIECE = 3;
/** the longest opening of a unit's name a wrap leaves at a comma list's end (`区市场监管`, `各街道办事`) */
const MAX_OPENED_PIECE = 10;

/**
 * A name's head at a comma list's end whose rest opens the next line's comma list (`城南高新区` | `管委会，区统计局`):
 * the two make a unit with a strong ending, and the rest is no name of its own.
 */
function headCompletedBelow(head: string, below: string): boolean {
  const rest = below.trim().split(/[，,]/)[0]!.replace(/[ \t\u3000]+/g, "");
  if (!rest || !/^\p{Script=Han}+$/u.test(rest) || [...rest].length > MAX_WRAPPED_PIECE || [...head].length > MAX_OPENED_PIECE) return false;
  const whole = head + rest;
  return classify(whole) === "unit" && unitEnding(whole)?.strength === "strong" && classify(rest) !== "person";
}

/**
 * The line above's last name cut by a wrap, which a short piece opening this line completes into a unit of its own
 * (`区重点项目建设服` | `务中心`): a unit opening with its level or a collective word, with a strong ending.
 */
function tailCompletedBy(above: string, piece: string): boolean {
  const tail = (above.trim().split(/[，,、 \t\u3000]/).pop() ?? "").replace(/[ \t\u3000]+/g, "");
  if (!tail || !/^\p{Script=Han}+$/u.test(piece) || [...piece].length > MAX_WRAPPED_PIECE || [...tail].length > MAX_OPENED_PIECE) return false;
  const whole = tail + piece;
  return classify(whole) === "unit" && OWN_NAME_OPENING.test(whole) && unitEnding(whole)?.strength === "strong" && classify(piece) !== "person";
}

/**
 * A cell's names listed with full-width commas (`区发改局，区财政局，`, `范志成，蒋`): each piece between two commas a
 * complete unit or person, the first and last also a short piece a wrap cut (the rest of a name on the line before or
 * after), and at least one complete name. Its commas are written as the list's `、`, so the line reads as names, not as
 * task prose (a comma is prose punctuation). Task text (`加强协调，推进落实`) has pieces that are no names.
 */
export function commaListAsNames(text: string, below = "", above = ""): string {
  if (!/[，,]/.test(text) || /[。；;：:！？!?\d]/.test(text)) return text;
  const pieces = text.trim().split(/[，,]/);
  if (pieces.length < 2) return text;
  let names = 0;
  const bare = pieces.map((p) => p.replace(/[ \t\u3000]+/g, ""));
  for (let i = 0; i < pieces.length; i++) {
    const p = bare[i]!;
    const edge = i === 0 || i === pieces.length - 1;
    if (p === "") {
      if (i === pieces.length - 1) continue; // the list goes on on the next line (`区发改局，区财政局，`)
      return text;
    }
    const kind = classify(p);
    // (a unit opening with its level or a collective word and closing with a strong ending: task text names bodies
    // too, `大力培育高新技术企业`, and a place ends like a unit, `建成区人民医院新院区`)
    if ((kind === "unit" && OWN_NAME_OPENING.test(p) && unitEnding(p)?.strength === "strong") || (kind === "person" && isPersonName(p))) names++;
    // (a wrap's pieces that make whole units with the lines either side count as names: `区重点项目建设服` |
    // `务中心，区商务` | `局，…`, a list cut at both ends with no name whole on the line)
    else if (i === 0 && pieces.length > 1 && tailCompletedBy(above, p)) names++;
    else if (i === pieces.length - 1 && i > 0 && headCompletedBelow(p, below) && bare.slice(0, i).every((q, k) => k === 0 && tailCompletedBy(above, q))) names++;
    // (a wrap's piece: a short rest at the start, `莉，罗志军`; at the end a short one or a name's opening, `区市场监管`)
    // (or, at the end, a name's head the next line's first piece completes into a unit: `城南高新区` | `管委会，…`)
    else if (!(edge && /^\p{Script=Han}+$/u.test(p) && ([...p].length <= MAX_WRAPPED_PIECE || (i > 0 && OWN_NAME_OPENING.test(p) && [...p].length <= MAX_OPENED_PIECE) || (i > 0 && headCompletedBelow(p, below))))) return text;
  }
  // (a name padded inside, `冯 宁`, is one name: its space goes with the commas)
  return names ? bare.join("、") : text;
}
