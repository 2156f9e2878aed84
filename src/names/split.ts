/**
 * Split a cell into entities (units or people): tokenise on separators,
 * re-join wrapped fragments, keep annotations with their name, split glued
 * names, and clean every entity. Pure function over the lexicon.
 */
import { classify, isBareTail, isBareTitle, isTitledName, isComplete, isPersonName, isStandaloneCollective, unitEnding } from "./classify.js";
import {
  COLLECTIVE_PREFIXES, DEPARTMENT_CORES, DOUBLE_SURNAMES, EMPTY_CELL_WORDS, GENERIC_CONTINUATIONS, LEVEL_CHARS, LEVEL_OPENING, LOWER_LEVEL_CHARS, OWN_NAME_OPENING,
  SCOPE_PREFIXES, SINGLE_SURNAMES, STANDALONE_TAILS, UNIT_SUFFIXES_STRONG,
} from "./lexicon.js";
import { cleanName, foldLookalikes } from "../text/hygiene.js";
import type { CellLine } from "../model/intermediate.js";
import type { TextSearch } from "../text/search.js";

/** `any`: a stream that mixes units and people (a flattened dump), where every complete name ends a run. */
export type ColumnKind = "unit" | "person" | "any";

export interface SplitOptions {
  /**
   * Complete names seen elsewhere in the document (other cells, the cover
   * letter): two adjacent fragments whose concatenation is known are one name.
   */
  known?: ReadonlySet<string>;
  /** Characters of the document's text, for the same purpose (substring test). */
  documentText?: TextSearch;
  /**
   * Collector of the decisions the lexicon made alone: when given, every join of two pieces
   * that the text wrote apart (a space, a line break, a separator), each of which could
   * stand as a name by itself, with neither the layout (a wrapped line) nor the document
   * (the joined name written elsewhere) to back it, is pushed here.
   */
  guesses?: NameGuess[];
}

/** A join decided by the lexicon alone (plain data; the names stage turns it into a review reason). */
export interface NameGuess {
  /**
   * joined by the lexicon alone, or kept apart where the layout's wrap said they might be one, or (`glued`) one piece
   * of text cut into two units of the same level by the lexicon alone (`区住建局区城管局`)
   */
  kind: "join" | "split" | "glued";
  /** the two pieces as the text wrote them apart */
  parts: [string, string];
  /** the name they were joined into */
  joined: string;
}

/**
 * A cell's line may say how it ends (`CellLine.ended` / `wrapped`, set by a
 * layout that knows the geometry): the token stream carries that as a hint
 * token after the line's last text token.
 */
const LINE_ENDED = Symbol("line ended");
const LINE_WRAPPED = Symbol("line wrapped");
type Hint = typeof LINE_ENDED | typeof LINE_WRAPPED;
/** A piece of cell text, or the hint that the line before it ended or was wrapped. */
export type Token = string | Hint;
const isHint = (t: Token): t is Hint => typeof t !== "string";

/** A fragment of a cell: a plain line of text, or a line with what its layout knows of its end. */
export type Fragment = string | CellLine;

const OPEN = "（(";
const CLOSE = "）)";
const SEPARATOR_CHARS = new Set([",", "，", ";", "；", "/", "／", "|", "｜"]);

/** Tokenise cell text on whitespace and hard separators, never inside parentheses. */
export function tokenize(fragments: readonly Fragment[]): Token[] {
  const out: Token[] = [];
  for (const fragment of fragments) {
    const line: CellLine = typeof fragment === "string" ? { text: fragment } : fragment;
    const text = foldLookalikes(line.text);
    let depth = 0;
    let cur = "";
    for (const ch of text) {
      if (OPEN.includes(ch)) depth++;
      if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
      const isBreak = depth === 0 && (/\s/.test(ch) || SEPARATOR_CHARS.has(ch));
      if (isBreak) {
        if (cur) out.push(cur);
        cur = "";
      } else cur += ch;
    }
    if (cur) out.push(cur);
    if (line.ended) out.push(LINE_ENDED);
    else if (line.wrapped) out.push(LINE_WRAPPED);
  }
  return out.filter((t) => isHint(t) || (t.trim() !== "" && !/^[、。.．·…—-]+$/.test(t) && !EMPTY_CELL_WORDS.has(t.trim())));
}

function lastSegment(s: string): string {
  const parts = splitOutsideParens(s, "、");
  return parts[parts.length - 1] ?? s;
}

function unclosed(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (OPEN.includes(ch)) depth++;
    if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

const isAnnotation = (s: string): boolean => /^[（(].*[）)]$/.test(s);
const isSingleHan = (s: string): boolean => /^\p{Script=Han}$/u.test(s);

/** Would joining `a` and `b` produce a name the document already knows? */
/** Does the document write this word (four characters or more) whole somewhere? */
function writesWhole(word: string, opts: SplitOptions): boolean {
  const w = cleanName(word);
  return opts.documentText !== undefined && [...w].length >= 4 && opts.documentText.includes(w);
}

function knownJoin(a: string, b: string, opts: SplitOptions): boolean {
  // (the name the line ends with, not the list before it: `县农业农村局、各乡` | `镇人民政府`)
  const joined = cleanName(lastSegment(a) + (splitOutsideParens(b, "、")[0] ?? b));
  if (opts.known?.has(joined)) return true;
  return opts.documentText !== undefined && joined.length >= 6 && opts.documentText.includes(joined);
}

/**
 * Re-join wrapped fragments. A fragment continues into the next when it is
 * not complete on its own; once a run of joins has started, only a strong
 * ending (an organisation, a person, a role) closes it.
 */
export function joinFragments(tokens: readonly Token[], column: ColumnKind, opts: SplitOptions = {}): string[] {
  const out: string[] = [];
  let inRun = false;
  let hint: Hint | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (isHint(tok)) {
      hint = tok;
      continue;
    }
    const prev = out.length ? out[out.length - 1]! : null;
    const before = hint;
    hint = null;
    const attach =
      prev !== null &&
      (localOfNationalBody(prev, tok, column) ||
      (before === LINE_ENDED
        ? endsOpen(prev) || tok.startsWith("、") || OPEN.includes(tok[0]!) || cutEnding(prev, tok, column)
        : shouldAttach(prev, tok, column, inRun, opts, tokens.slice(i + 1).find((x): x is string => !isHint(x))) || (before === LINE_WRAPPED && (wrappedInside(prev, tok, column) || listWrappedInName(prev, tok, column) || (branchAfterWrap(prev, tok, column) && (knownJoin(prev, tok, opts) || officeOfBody(prev, tok)))))));
    if (prev !== null && attach) {
      if (opts.guesses && before !== LINE_WRAPPED && joinedByLexiconAlone(prev, tok, column, inRun, opts)) {
        opts.guesses.push({ kind: "join", parts: [lastSegment(prev), tok], joined: lastSegment(prev) + tok });
      }
      const wasIncomplete: boolean = !closesRun(prev, column, inRun);
      out[out.length - 1] = prev + tok;
      inRun = inRun || wasIncomplete;
      if (closesRun(out[out.length - 1]!, column, inRun) && !endsOpen(out[out.length - 1]!)) inRun = false;
      continue;
    }
    if (prev !== null && before === LINE_WRAPPED && opts.guesses && branchAfterWrap(prev, tok, column)) {
      opts.guesses.push({ kind: "split", parts: [lastSegment(prev), tok], joined: lastSegment(prev) + tok });
    }
    out.push(tok);
    inRun = false;
  }
  return out;
}

/**
 * A join that only the lexicon backs: nothing in the text forces it (an open
 * enumeration, a leading `、`, an annotation), the piece before is a complete
 * name, the piece after is a bare tail that is also an entry alone
 * (`STANDALONE_TAILS`), and the document does not write the joined name anywhere.
 */
function joinedByLexiconAlone(prev: string, tok: string, column: ColumnKind, inRun: boolean, opts: SplitOptions): boolean {
  if (endsOpen(prev) || tok.startsWith("、") || isAnnotation(tok) || OPEN.includes(tok[0]!)) return false;
  const firstSeg = splitOutsideParens(tok, "、")[0] ?? tok;
  if (!STANDALONE_TAILS.includes(foldLookalikes(firstSeg)) || !closesRun(prev, column, inRun)) return false;
  return !knownJoin(prev, tok, opts);
}

/**
 * A unit line that ran to the cell's edge continues on the next line unless it
 * already ends a name; a collective that depends on the name before it
 * (`区疫情防控指挥部` + `各职能组`) continues it too.
 */
function wrappedInside(prev: string, tok: string, column: ColumnKind): boolean {
  if (column !== "unit" || /[）)]$/.test(prev)) return false;
  if (startsCollective(tok) && !isStandaloneCollective(tok)) return true;
  // the wrap cut the ending itself (`…指挥部办` + `公室`)
  const across = unitEnding(prev + tok);
  if (across && across.ending.length > tok.length) return true;
  if (isStandaloneCollective(prev)) return false;
  return unitEnding(lastSegment(prev))?.strength !== "strong";
}

/**
 * A 、-separated list wrapped by the cell's width, its line ending on no 、 (`…、市自然资源局、公安青禾分局` |
 * `交警大队`, `…、中国人民银行` | `青禾市中心支行`): a line never starts with 、 (it stays with the name before it), so a
 * break after a whole name leaves the 、 at the line's end; a break with none falls inside a name, whole as its
 * first piece may look. Only for a unit column, a line the layout says ran to the cell's edge, and Han text on
 * both sides of the break; not where a whole unit is followed by a name opening with a level or a collective.
 */
function listWrappedInName(prev: string, tok: string, column: ColumnKind): boolean {
  if (column !== "unit" || splitOutsideParens(prev, "、").length < 2 || endsOpen(prev) || !/\p{Script=Han}$/u.test(prev) || !/^\p{Script=Han}/u.test(tok)) return false;
  // (a name of its own after a whole unit — a level's or a collective's, `县水务局` | `县自然资源局` — is a break the
  // cell's writer made, near the edge by chance)
  // (a short branch or office after a unit, `县住建局` | `督查室`, is the doubt `branchAfterWrap` keeps apart and says so)
  return !(OWN_NAME_OPENING.test(tok) && unitEnding(lastSegment(prev))?.strength === "strong") && !branchAfterWrap(prev, tok, column);
}

/** a national body (`国家税务总局`, `国家统计局`) and the duty its name gives (`税务`, `统计`) */
const NATIONAL_BODY = /^国家(\p{Script=Han}{2,8}?)(?:总局|局)(\p{Script=Han}{1,6}[省市州盟县区旗])?$/u;
/** a place's name opening a unit (`琅浦区`, `青溪县`): two Han characters at least */
const PLACE_OPENING = /^\p{Script=Han}{2}/u;

/**
 * A national body's local office written after it (`国家税务总局` | `青溪县税务局`, `国家统计局` | `青溪调查队`,
 * `国家税务总局青溪县` | `税务局`): one name,
 * the way such offices are named, wrapped or printed on a line of its own. The second names the body's duty again
 * (`税务局`) or is a survey team; a unit of another duty after it (`国家税务总局` | `县财政局`) stays apart.
 */
function localOfNationalBody(prev: string, tok: string, column: ColumnKind): boolean {
  const body = NATIONAL_BODY.exec(lastSegment(prev));
  if (column === "person" || !body || !PLACE_OPENING.test(tok) || tok.startsWith("国家")) return false;
  const name = splitOutsideParens(tok, "、")[0] ?? tok;
  // (the place written after the body already, `国家税务总局琅浦区` | `税务局`: the rest is the duty's office alone)
  if (body[2]) return name === `${body[1]}局` || (body[1] === "统计" && name === "调查队");
  return name.endsWith(`${body[1]}局`) || (body[1] === "统计" && name.endsWith("调查队"));
}

/** a branch office named by two or three characters and the branch word only (`青禾分局`, `公路分局`) */
const BARE_BRANCH = /^\p{Script=Han}{2,3}(?:分局|分院|分行|分公司|分中心|支队|大队|中队)$/u;
const BRANCH_END = /(?:分局|分院|分行|分公司|分中心|支队|大队|中队)$/u;

/**
 * A unit that ran to the cell's edge and a short branch office on the next line (`市生态环境局` |
 * `青禾分局`): the branch may be that unit's office (one name wrapped by width) or a unit of its own
 * (`交通运输局` | `公路分局`); nothing but the lexicon could tell, so the two are kept apart and the
 * row says so. A list of branches (`移动分公司` | `联通分公司`) is no such doubt.
 */
function branchAfterWrap(prev: string, tok: string, column: ColumnKind): boolean {
  if (column !== "unit" || endsOpen(prev)) return false;
  if (BARE_BRANCH.test(tok)) return !BRANCH_END.test(lastSegment(prev));
  // an office named by its duty alone (`督查室`, `编办`, `人才办`) after a body (`县政府` | `督查室`, `区委` | `编办`)
  return BARE_OFFICE.test(tok) && !OWN_NAME_OPENING.test(tok) && !BARE_OFFICE.test(lastSegment(prev));
}
/** a party committee or a government named by its level alone (`县政府`, `区委`, `市人民政府`) */
const LEVEL_BODY = /^[省市州盟县区旗镇乡](?:委|政府|人民政府)$/u;
/** A party committee's or a government's office wrapped onto the next line (`县政府` | `督查室`, `区委` | `编办`): one name. */
const officeOfBody = (prev: string, tok: string): boolean => BARE_OFFICE.test(tok) && LEVEL_BODY.test(lastSegment(prev));
/** an office of a body named by one to three characters and an office word, no place of its own */
const BARE_OFFICE = /^\p{Script=Han}{1,3}(?:室|办|科|股)$/u;

function endsOpen(s: string): boolean {
  return s.endsWith("、") || unclosed(s);
}

/** Is `s` complete enough to end the current run? */
function closesRun(s: string, column: ColumnKind, inRun: boolean): boolean {
  if (endsOpen(s)) return false;
  const seg = lastSegment(s);
  if (!isComplete(seg, column)) {
    // a person column entry like `各镇政府、街道办事处` is a unit, which never ends a person run
    return false;
  }
  if (inRun && column !== "person") {
    const ending = unitEnding(seg);
    // a place ending keeps a wrapped run open, but a complete collective (`各镇（街道）`) ends it
    if (ending?.strength === "weak" && !isStandaloneCollective(seg)) return false;
  }
  return true;
}

/** an organisation's last character, which alone is no name (`局`, `委`, `办`) */
const LONE_UNIT_END = /^[局委办厅院所站会部处社队司]$/u;

/** a person's name with a note after it (`苌子安（栖梧高新区管委会主任）`) */
const NOTED_NAME = /^\p{Script=Han}{2,4}[（(][^（）()]+[）)]$/u;
/** a person's name opening a note (`郯书白（县投资促`) */
const NAME_THEN_NOTE = /^\p{Script=Han}{2,4}[（(]/u;

/**
 * Is `prev` a 、-list of noted people (`岑书远（…局长）、邝明`) whose last piece, bare, is the opening of the name `tok`
 * goes on with (`川（县水利局局长）`): the two together a name of at most four characters, its note after it?
 */
function noteCutFromName(prev: string, tok: string): boolean {
  const segs = splitOutsideParens(prev, "、");
  const last = segs[segs.length - 1]!;
  const rest = /^(\p{Script=Han}{1,3})[（(]/u.exec(tok);
  return segs.length >= 2 && segs.slice(0, -1).every((x) => NOTED_NAME.test(x)) && /^\p{Script=Han}{1,3}$/u.test(last) && rest !== null && [...last].length + [...rest[1]!].length <= 4;
}

/** A piece the size of a person's name: two or three Han characters. */
export const NAME_SIZED = /^\p{Script=Han}{2,3}$/u;
/** …or four, a double surname's (`欧阳明哲`): a name-sized piece where the lexicon cannot tell */
export const NAME_SIZED_WIDE = /^\p{Script=Han}{2,4}$/u;

function shouldAttach(prev: string, tok: string, column: ColumnKind, inRun: boolean, opts: SplitOptions, next?: string): boolean {
  if (endsOpen(prev)) return true;
  if (tok.startsWith("、")) return true;
  if (isAnnotation(tok) || OPEN.includes(tok[0]!)) return true; // an annotation, whole or wrapped, stays with the name before it
  if (isSingleHan(prev) && isSingleHan(tok)) return true;
  if (column !== "unit" && DOUBLE_SURNAMES.has(prev) && /^\p{Script=Han}{1,2}$/u.test(tok)) return true;
  // a double surname's name of four characters wrapped before its last (`欧阳明` | `哲`): a lone character is no one
  // (an organisation's last character, `欧阳明` | `局`, is the stream's next unit's end, not this name's)
  if (column !== "unit" && isSingleHan(tok) && !LONE_UNIT_END.test(tok) && [...lastSegment(prev)].length === 3 && DOUBLE_SURNAMES.has(lastSegment(prev).slice(0, 2))) return true;
  // (in a stream of units and people too, for a lone character: no entry of its own, `罗志` | `军`)
  if ((column === "person" || (column === "any" && isSingleHan(tok))) && paddedName(prev, tok, next)) return true;
  const firstSeg = splitOutsideParens(tok, "、")[0] ?? tok;
  // a lone character before a list's 、 is no person: the end of the name wrapped before it (`许文` | `斌、吴丹`)
  // (also after a name of a double surname and one character, whose end wrapped: `欧阳振` | `东、陶冉`)
  if (column === "person" && firstSeg !== tok && isSingleHan(firstSeg) && (/^\p{Script=Han}{1,2}$/u.test(lastSegment(prev)) || (lastSegment(prev).length === 3 && DOUBLE_SURNAMES.has(lastSegment(prev).slice(0, 2))))) return true;
  // a collective's opening word alone at a line's end is no entry: the collective wrapped after it (`吕建东，各` | `街道办事处主任`)
  if (COLLECTIVE_PREFIXES.includes(lastSegment(prev)) && /^\p{Script=Han}/u.test(tok)) return true;
  // nor is it a unit: the ending of the unit wrapped before it (`开发区管委` | `会、县工信局`)
  if (column !== "person" && firstSeg !== tok && isSingleHan(firstSeg) && !isSingleHan(lastSegment(prev)) && /\p{Script=Han}$/u.test(prev)) return true;
  if (column === "person" && isBareTitle(lastSegment(prev)) && isPersonName(firstSeg)) return true;
  if (isBareTail(firstSeg)) return true;
  // the members of a body, wrapped after it (`区安全生产委员会` | `各成员单位`): one collective, no unit of its own
  if (column === "unit" && membersOfBody(prev, firstSeg)) return true;
  // an organisation's last character alone (`县农业农村` | `局`) names nothing: the end of the unit wrapped before it
  // (never after a person's name, in a stream of units and people: `谢承华` | `部`)
  if (column !== "person" && tok === firstSeg && LONE_UNIT_END.test(tok) && /\p{Script=Han}$/u.test(prev) && !isSingleHan(lastSegment(prev)) && classify(lastSegment(prev)) !== "person") return true;
  // nor a generic tail after one character (`工业园` | `区管委会`): the character ends the word before it, when that word
  // ends no organisation's name itself and the document writes the word whole elsewhere (`工业园区`; as `各乡` | `镇人民政府`
  // needs `各乡镇`)
  if (column !== "person" && [...firstSeg].length >= 3 && isBareTail(firstSeg.slice(1)) && writesWhole(lastSegment(prev) + firstSeg[0], opts) && /\p{Script=Han}$/u.test(prev) && !LONE_UNIT_END.test(prev.slice(-1)) && !isSingleHan(lastSegment(prev)) && classify(lastSegment(prev)) !== "person") return true;
  // (the rest of the ending before the list goes on: `开发区管理委` | `员会、县发改局`)
  // (in a stream of units and people too: the rest of an ending, `事处`, `委会`, is never a person)
  if (column !== "person" && (completesSuffix(prev, tok) || (firstSeg !== tok && completesSuffix(prev, firstSeg)))) return true;
  // (in a stream of units and people too: a person never completes a department's usual name)
  if (column !== "person" && cutsDepartmentCore(prev, tok)) return true;
  if (column === "unit" && placeThenBody(prev, tok)) return true;
  if (isSingleHan(prev)) return false;
  // a 、-list of people each with a note, a break inside one's name (`…、邝明` | `朗（县水利局局长）`): the piece before
  // the break, alone among the entries without a note, is that name's opening
  if (column === "person" && noteCutFromName(prev, firstSeg)) return true;
  // a person whose note closed (`苌子安（…主任）`), then a name opening a note of its own (`郯书白（…`): the next person
  // (in a row's stream of units and people too, and there a unit after the note, `市统计局、…`, is the next column's)
  if (column !== "unit" && NOTED_NAME.test(lastSegment(prev)) && (NAME_THEN_NOTE.test(firstSeg) || (column === "any" && classify(firstSeg) === "unit"))) return false;
  // in a person column a name after a name-sized piece is the next person, even when the piece's
  // surname is one the lexicon lacks (`丘红梅` + `曾志强`): never glued into one six-character entry
  if (column === "person" && NAME_SIZED.test(lastSegment(prev)) && firstSeg.length >= 2 && isPersonName(firstSeg)) return false;
  // in a mixed stream a person's name is never the wrapped end of the fragment before it
  if (column === "any" && classify(tok) === "person") return false;
  if (!closesRun(prev, column, inRun)) {
    // a complete-looking person after an incomplete unit fragment is still the
    // next entity when the fragment is a unit column's orphan (kept, flagged later)
    return true;
  }
  return column !== "person" && knownJoin(prev, tok, opts) && (unitEnding(lastSegment(prev))?.strength !== "strong" || classify(tok) === "fragment");
}

/**
 * `区安全生产委员会` | `各成员单位`: the members of the body on the line before, wrapped by width (the cell printed
 * `区安全生产委员会各成员单位`); members named alone belong to no one. A list's separator between them
 * (`区安委会、` | `各成员单位`) keeps two entries, and after any other unit (`区财政局` | `各成员单位`) nothing joins.
 */
export function membersOfBody(prev: string, tok: string): boolean {
  return MEMBERS.test(tok) && BODY_WITH_MEMBERS.test(lastSegment(prev));
}

/**
 * The break falls inside a department's usual name (`县人力资源和社` + `会保障局`, `市交通` + `运输局`): one
 * name cut, even where the piece before ends like a name (`社`). A piece that opens with a place or a
 * collective (`县…`, `各…`) is a name of its own, never the rest of one.
 */
function cutsDepartmentCore(prev: string, tok: string): boolean {
  if (OWN_NAME_OPENING.test(tok)) return false;
  const head = lastSegment(prev);
  const joined = head + tok;
  return DEPARTMENT_CORES.some((core) => {
    for (let at = joined.indexOf(core); at >= 0; at = joined.indexOf(core, at + 1)) if (at < head.length && at + core.length > head.length) return true;
    return false;
  });
}

/**
 * A line that ended short of the cell's edge yet leaves its unit without an ending, the next line completing the
 * ending (`各乡镇人民` | `政府`): one name (a column printed narrower than the layout measured it).
 */
function cutEnding(prev: string, tok: string, column: ColumnKind): boolean {
  if (column !== "unit" || unitEnding(lastSegment(prev))?.strength === "strong") return false;
  // (or an ending of one character alone, the line before a name without any: `区发展和改革` | `局、区统计局`)
  return completesSuffix(prev, tok) || (LONE_ENDINGS.has(splitOutsideParens(tok, "、")[0] ?? tok) && classify(lastSegment(prev)) === "fragment");
}
/** the unit endings of one character, never a name alone (`局`, `委`, `办`) */
const LONE_ENDINGS: ReadonlySet<string> = new Set(UNIT_SUFFIXES_STRONG.filter((w) => [...w].length === 1));

/**
 * The fragment is the rest of an organisation ending cut by a wrap
 * (`石化安控区指挥部办` + `公室`, `区行政服务中` + `心`).
 */
function completesSuffix(prev: string, tok: string): boolean {
  const body = tok.replace(/[（(][^（）()]*[）)]$/, "");
  return UNIT_SUFFIXES_STRONG.some((w) => {
    for (let k = 1; k < w.length; k++) if (body === w.slice(k) && prev.endsWith(w.slice(0, k))) return true;
    return false;
  });
}

/** Longest organisation body (`振兴局`, `发展中心`) that joins a place-ending fragment before it. */
const MAX_BODY_AFTER_PLACE = 6;
/**
 * A body that opens a name of its own, so it never continues another: a level or a collective word
 * (the lexicon's `OWN_NAME_OPENING`), or two openings no level covers, 村 (a village's own body, `村卫生室`)
 * and 驻 (a body stationed in a place, `驻镇工作队`).
 */
const opensOwnBody = (body: string): boolean => OWN_NAME_OPENING.test(body) || /^[村驻]/u.test(body);

/**
 * A name wrapped right after a place word (`县乡村` + `振兴局`, `县城关镇` + `卫生院`): the
 * fragment before ends with a place and is not a collective, and the fragment is a short
 * organisation body that does not start with a locality of its own.
 */
function placeThenBody(prev: string, tok: string): boolean {
  const seg = lastSegment(prev);
  if (unitEnding(seg)?.strength !== "weak" || isStandaloneCollective(seg) || classify(seg) === "collective") return false;
  if (!LEVEL_OPENING.test(seg)) return false;
  const body = tok.replace(/[（(][^（）()]*[）)]$/, "");
  return body.length <= MAX_BODY_AFTER_PLACE && unitEnding(body)?.strength === "strong" && !opensOwnBody(body) && !SCOPE_PREFIXES.some((p) => body.startsWith(p));
}

/**
 * A person's name padded with a space somewhere inside (`王 伟伟`, `王伟 伟`):
 * a lone surname before a non-name, or a lone last character after a
 * two-character name, when the two together make a name.
 */
function paddedName(whole: string, tok: string, next: string | undefined): boolean {
  // (the last name of a list the line ends with: `周明、林海` | `燕`)
  const prev = lastSegment(whole);
  // the name's title in brackets after it stays out of the measure (`杜 萍（副主任）`)
  const bare = tok.replace(TRAILING_ANNOTATION, "");
  const joined = prev + bare;
  if (!bare || joined.length > 3 || !isPersonName(joined)) return false;
  if (isSingleHan(prev) && SINGLE_SURNAMES.has(prev)) return true; // a lone surname is never a whole name
  return bare === tok && isSingleHan(tok) && prev.length === 2 && isPersonName(prev) && !(next !== undefined && isSingleHan(next));
}
const TRAILING_ANNOTATION = /[（(][^（）()]*[）)]$/u;

/**
 * One person written with a chain of titles (`县委常委、副县长王海军`): bare titles joined by `、`
 * to the titled name that ends them. Titles that end in no name (`区长、常务副区长`) are roles
 * standing for people of their own and stay apart.
 */
function joinTitleChains(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    let j = i;
    while (j < parts.length - 1 && isBareTitle(parts[j]!)) j++;
    if (j > i && isTitledName(parts[j]!)) {
      out.push(parts.slice(i, j + 1).join("、"));
      i = j;
    } else out.push(parts[i]!);
  }
  return out;
}

function startsCollective(s: string): boolean {
  const scope = SCOPE_PREFIXES.find((p) => s.startsWith(p));
  const rest = scope ? s.slice(scope.length) : s;
  return COLLECTIVE_PREFIXES.some((p) => rest.startsWith(p));
}

/** Split on a separator character, but never inside parentheses (`各县（市、区）人民政府` is one name). */
export function splitOutsideParens(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of s) {
    if (OPEN.includes(ch)) depth++;
    if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (ch === sep && depth === 0) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** A collective that names only a level of government (`各市`, `各市（州）`): its government word comes after the next level. */
const LEVELS_OPEN = new RegExp(`^各[${LEVEL_CHARS}]{1,2}(?:[（(][${LOWER_LEVEL_CHARS}、]+[）)])?$`, "u");
/** The next level (never a province) and the government word they share (`县（区）人民政府`, `县政府`, `镇`); `县直各部门` is none. */
const LEVELS_CLOSE = new RegExp(`^[${LOWER_LEVEL_CHARS}]{1,2}(?:[（(][${LOWER_LEVEL_CHARS}、]+[）)])?(?:人民政府|政府)?$`, "u");

/**
 * Split on `、` between complete names. A `各…` collective absorbs the
 * generic words that follow it (`各镇政府、街道办事处`).
 */
/** a person's name by its shape alone: two or three Han characters */
const PERSON_SHAPED = /^\p{Script=Han}{2,3}$/u;

export function splitEnumeration(entity: string, column?: ColumnKind): string[] {
  if (!entity.includes("、")) return [entity];
  // in a people column two or three Han characters are a person's name whatever the surname (`言可白、龙一舟`)
  const nameOnItsOwn = (x: string) => isComplete(x, "unit") || isComplete(x, "person") || (column === "person" && PERSON_SHAPED.test(x));
  const parts = splitOutsideParens(entity, "、").filter(Boolean);
  const out: string[] = [];
  let collective = false;
  for (const part of parts) {
    const bare = part.replace(/[（(][^（）()]*[）)]$/, "");
    if (out.length && collective && GENERIC_CONTINUATIONS.includes(bare)) {
      out[out.length - 1] += "、" + part;
      continue;
    }
    if (out.length && LEVELS_OPEN.test(out[out.length - 1]!) && LEVELS_CLOSE.test(part)) {
      // a collective over several levels (`各市、县（区）人民政府`): the government word after the last level is shared
      out[out.length - 1] += "、" + part;
      continue;
    }
    if (out.length && !nameOnItsOwn(out[out.length - 1]!)) {
      // the part before was not a name on its own (`陈埭、磁灶镇政府` stays whole)
      out[out.length - 1] += "、" + part;
      continue;
    }
    out.push(part);
    collective = part.startsWith("各");
  }
  return out;
}

/**
 * Split names glued together without a separator: a complete name followed
 * by a standalone collective (`区直有关单位各镇（街道）`). A collective that
 * depends on the name before it (`区疫情防控指挥部各职能组`) stays whole.
 */
/** Member units: a collective that belongs to the body written before it. */
const MEMBERS = /^各?成员(单位|部门)$/;
/** A government's departments (`各部门`, `各工作部门`, `各直属单位`, `各直属机构`): they belong to the government written before them. */
const OWN_DEPARTMENTS = /^各(?:工作|职能|组成)?(?:部门|单位)$|^各直属(?:单位|机构|部门)$/;
/** A body that has member units: a committee, a leading group, a headquarters, a joint conference. */
const BODY_WITH_MEMBERS = /(委员会|安委会|[^党]委会|领导小组|小组|指挥部|防指|联席会议|办公室|(?:禁毒|食安|减灾|绿化|爱卫|妇儿工|老龄|关工|安)委)$/;

export function splitGlued(entity: string): string[] {
  for (let i = 2; i < entity.length - 1; i++) {
    const head = entity.slice(0, i);
    const tail = entity.slice(i);
    if (!startsCollective(tail) || !isStandaloneCollective(tail)) continue;
    if (unclosed(head)) continue;
    // the members of the body before them (`市安委会各成员单位`, `区防指各成员单位`): one collective
    if (MEMBERS.test(tail) && BODY_WITH_MEMBERS.test(head)) continue;
    // a government's own departments (`区政府各部门`, `市人民政府各工作部门`): one collective
    if (OWN_DEPARTMENTS.test(tail) && /政府$/.test(head)) continue;
    const kind = classify(head);
    if (kind === "unit" || kind === "collective") {
      if (unitEnding(head)?.strength === "weak" && kind === "unit") continue;
      return [head, ...splitGlued(tail)];
    }
  }
  return [entity];
}

/** a body's own branch or team named after it (`市公安局` + `市区分局`): part of that unit, never a unit glued on */
const SUB_UNIT_ENDING = /(?:分局|支队|大队|中队|派出所|分中心|分院|分公司|科|股|所|站|组)$/;
/** shortest unit either side of a glued pair (`区住建局`) */
const MIN_GLUED_UNIT = 4;

/**
 * Two units of the same level glued together where a cell's line break or separator was lost (`区住建局区城管局`, a
 * web table copied with its cells' breaks removed): the first ends with a strong unit ending, the second opens with the
 * same level word, ends with a strong ending itself and is no branch of the first (`市公安局市区分局` stays whole).
 * A cut made by the lexicon alone, so it is pushed to `guesses` (the row is flagged).
 */
export function splitSameLevel(entity: string, guesses?: NameGuess[]): string[] {
  if (/[（(]/.test(entity)) return [entity];
  const level = LEVEL_OPENING.exec(entity)?.[0];
  if (!level) return [entity];
  for (let i = MIN_GLUED_UNIT; i <= entity.length - MIN_GLUED_UNIT; i++) {
    const head = entity.slice(0, i);
    const tail = entity.slice(i);
    if (!tail.startsWith(level) || SUB_UNIT_ENDING.test(tail)) continue;
    const strong = (x: string) => classify(x) === "unit" && unitEnding(x)?.strength === "strong";
    if (!strong(head) || !strong(tail)) continue;
    guesses?.push({ kind: "glued", parts: [head, tail], joined: entity });
    return [head, ...splitSameLevel(tail, guesses)];
  }
  return [entity];
}

/** Conjunctions written between two units of a list (`区交通局和区城管局`, `区民政局及各街道办事处`). */
const CONJUNCTIONS = ["以及", "和", "及", "与"];

/**
 * Split two units joined by a conjunction: only where the part before it is a whole unit by its
 * ending (or a collective) and the part after is a unit or a collective opening with a place or a
 * collective word, so a conjunction inside a unit's own name (`区发展和改革局`, `市自然资源和规划局`,
 * `区科学技术和工业信息化局`, `中小企业和民营经济服务中心`) never splits it.
 */
export function splitConjoined(entity: string): string[] {
  for (const c of CONJUNCTIONS) {
    for (let i = entity.indexOf(c); i > 0; i = entity.indexOf(c, i + 1)) {
      const head = entity.slice(0, i);
      const tail = entity.slice(i + c.length);
      if (!tail || unclosed(head)) continue;
      if (sharedOffice(head, tail)) continue;
      const headKind = classify(head);
      const tailKind = classify(tail);
      if (!(headKind === "unit" && unitEnding(head)?.strength !== "weak") && headKind !== "collective") continue;
      if (tailKind !== "unit" && tailKind !== "collective") continue;
      // the next unit opens as a list's units do: with a place (`区…`, `市…`) or a collective word (`各…`, `有关…`)
      if (!(LEVEL_OPENING.test(tail) || tail[0] === head[0] || COLLECTIVE_PREFIXES.some((p) => tail.startsWith(p)))) continue;
      return [head, ...splitConjoined(tail)];
    }
  }
  return [entity];
}

/** A party or government organ named by its level alone (`市委`, `县政府`, `区人大`). */
const BARE_ORGAN = new RegExp(`${LEVEL_OPENING.source}(?:党委|党工委|委|人民政府|政府|人大常委会|人大|政协)$`, "u");

/**
 * `市委和市政府督查室`: an office of two organs (the part before the conjunction is an organ named by
 * its level alone, the part after the other organ with its office): one unit. Two organs alone
 * (`县委和县政府`) are two units.
 */
function sharedOffice(head: string, tail: string): boolean {
  if (!BARE_ORGAN.test(head)) return false;
  for (let k = 2; k < tail.length; k++) if (BARE_ORGAN.test(tail.slice(0, k))) return unitEnding(tail)?.strength === "strong" && !BARE_ORGAN.test(tail);
  return false;
}

/** Split a cell (its fragments: lines or space-separated pieces) into clean entities. */
/** A lone surname, padding, a lone character, between separators: a padded two-character name (`王 伟、李 强`). */
const PADDED_PAIR = /(^|[\s、，,；;／/])(\p{Script=Han})[ \u3000]+(\p{Script=Han})(?=$|[\s、，,；;／/])/gu;

/**
 * Padded two-character names glued to each other (`陆 明俞 悦` = `陆 明` + `俞 悦`): a lone
 * character, then two-character pieces, then a lone character, between spaces.
 */
const PADDED_GLUED = /(^|[、，,；;／/])[ \u3000]*(\p{Script=Han}(?:[ \u3000]+\p{Script=Han}{2})+[ \u3000]+\p{Script=Han})[ \u3000]*(?=$|[、，,；;／/])/gu;

/** The names of a padded glued run, when every pair of its characters is a surname and a given name. */
function unglueNames(run: string): string[] | null {
  const chars = [...run.replace(/[ \u3000]+/g, "")];
  const names: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 2) names.push(chars[i]! + chars[i + 1]!);
  return names.every((n) => SINGLE_SURNAMES.has(n[0]!) && isPersonName(n)) ? names : null;
}

/** Padded two-character names joined, glued ones set apart by 、 (`陆 明俞 悦` → `陆明、俞悦`, `王 伟、李 强` → `王伟、李强`). */
export function joinPaddedNames(fragment: string): string {
  const unglued = fragment.replace(PADDED_GLUED, (m, before: string, run: string) => {
    const names = unglueNames(run);
    return names ? before + names.join("、") : m;
  });
  return unglued.replace(PADDED_PAIR, (m, before: string, a: string, b: string) => (SINGLE_SURNAMES.has(a) ? before + a + b : m));
}

/**
 * A title printed after the name it belongs to is the person's annotation: `张明 副市长` → `张明（副市长）`
 * (a title before the name stays glued to it, `副县长李明`, see isBareTitle). Two names side by side
 * (`王强 李敏`), a name and a function (`王强 分管领导`), and a title that opens the next person
 * (`常务副县长 李明 副县长 王海军`: each title before its name) are left alone.
 */
export function annotateTrailingTitles(text: string): string {
  // runs of the text: words and what separates them (a list separator or whitespace)
  const parts = text.split(/([、，,；;]|[ \t\u3000]+)/);
  const space = (k: number) => k >= 0 && k < parts.length && /^[ \t\u3000]+$/.test(parts[k]!);
  const titleAt = (k: number) => k >= 0 && k < parts.length && isBareTitle(parts[k]!) && !isPersonName(parts[k]!);
  const nameAt = (k: number) => k >= 0 && k < parts.length && /^\p{Script=Han}{2,4}$/u.test(parts[k]!) && isPersonName(parts[k]!);
  for (let k = 0; k + 2 < parts.length; k += 2) {
    if (!nameAt(k) || !space(k + 1) || !titleAt(k + 2)) continue;
    // the name has its title before it, or the title has its name after it: titles lead in this text
    if ((space(k - 1) && titleAt(k - 2)) || (space(k + 3) && nameAt(k + 4))) continue;
    parts[k] = `${parts[k]}（${parts[k + 2]}）`;
    parts[k + 1] = "";
    parts[k + 2] = "";
  }
  return parts.join("");
}

/**
 * A person written with the titles before the name (`副县长王海军`, `县委常委、副县长王海军`) is the name with the titles
 * as its annotation, as a title printed after the name is (`王海军（副县长）`, `王海军（县委常委、副县长）`): the name
 * first, nothing dropped. A role without a name (`常务副县长`), a function (`分管领导王强` is two entries) or a name
 * alone is left as it is.
 */
export function titleAfterName(name: string): string {
  if (TRAILING_ANNOTATION.test(name)) return name;
  for (const k of [3, 2]) {
    const person = name.slice(-k);
    const titles = name.slice(0, -k);
    if (titles && isPersonName(person) && titles.split("、").every((t) => isBareTitle(t) && !isPersonName(t))) return `${person}（${titles}）`;
  }
  return name;
}

export function splitEntities(fragments: readonly Fragment[], column: ColumnKind, opts: SplitOptions = {}): string[] {
  const lines = fragments.map((f): CellLine => (typeof f === "string" ? { text: f } : f));
  const tokens = tokenize(column === "person" ? lines.map((l) => ({ ...l, text: annotateTrailingTitles(joinPaddedNames(l.text)) })) : lines);
  const joined = joinFragments(tokens, column, opts);
  const out: string[] = [];
  for (const j of joined) {
    const parts = column === "person" ? joinTitleChains(splitEnumeration(j, column)) : splitEnumeration(j).flatMap((x) => splitConjoined(x));
    for (const e of column === "unit" ? parts.flatMap((x) => splitSameLevel(x, opts.guesses)) : parts) {
      for (const g of splitGlued(e)) {
        const name = cleanName(g).replace(/^、+|、+$/g, "");
        if (name) out.push(column === "person" ? titleAfterName(name) : name);
      }
    }
  }
  return column === "person" ? titlesOnTheirOwn(out) : out;
}

/**
 * A title read as an entry of its own right after a person's name (`林一凡` | `副市长`: the cell's `林一凡 副市长` cut
 * apart by a column's edge, or wrapped): the name's annotation, as `林一凡 副市长` on one line gives (`林一凡（副市长）`).
 * A title with a name after it may open that person (`李明` | `副县长` | `王海军`): left as it is.
 */
export function titlesOnTheirOwn(names: readonly string[]): string[] {
  const out: string[] = [];
  names.forEach((n, k) => {
    const prev = out.at(-1);
    const next = names[k + 1];
    if (prev !== undefined && isPersonName(prev) && isBareTitle(n) && !isPersonName(n) && !(next !== undefined && isPersonName(next))) out[out.length - 1] = `${prev}（${n}）`;
    else out.push(n);
  });
  return out;
}
