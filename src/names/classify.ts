/**
 * What a string is: a person's name, a role, a unit, a collective, or an
 * incomplete fragment. Pure functions over the lexicon; no document state.
 */
import {
  BARE_TAILS,
  COLLECTIVE_BODIES,
  COLLECTIVE_PREFIXES,
  DIVISION_WORDS,
  DOUBLE_SURNAMES,
  ROLE_ENDINGS,
  SCOPE_PREFIXES,
  SINGLE_SURNAMES,
  UNIT_SUFFIXES_STRONG,
  UNIT_SUFFIXES_WEAK,
  OWN_NAME_OPENING,
} from "./lexicon.js";
import { toSimplified } from "../text/script.js";
import { memoByString } from "../memo.js";

const HAN_ONLY = /^\p{Script=Han}+$/u;
/** An annotation in parentheses at the end of a name: `区发改局（区重点办）`. */
const TRAILING_NOTE = /[（(][^（）()]*[）)]$/;
/** Suffixes that a given name can end with as well: a surname-led 2–3 character string ending so stays a person. */
const NAME_FRIENDLY_SUFFIXES = new Set(["行", "科", "台", "团", "司", "庭", "校", "会", "联", "协", "院", "组", "队"]);

/** Place endings that also occur as the last character of given names (陈建园): they do not veto a person. */
const GIVEN_NAME_PLACE_CHARS = new Set(["园", "港", "岛"]);

export type NameKind = "person" | "role" | "unit" | "collective" | "fragment";

/** Drop a trailing parenthetical annotation (and fold traditional script), for classification only. */
export function stripNote(name: string): string {
  let s = toSimplified(name.trim());
  while (TRAILING_NOTE.test(s) && s.replace(TRAILING_NOTE, "").length > 0) s = s.replace(TRAILING_NOTE, "");
  return s;
}

function endsWithAny(s: string, endings: readonly string[]): string | null {
  for (const e of endings) if (s.endsWith(e)) return e;
  return null;
}

function startsWithAny(s: string, starts: readonly string[]): string | null {
  for (const e of starts) if (s.startsWith(e)) return e;
  return null;
}

/** The surname a string starts with, or null. Double surnames win. */
export function surnameOf(s: string): string | null {
  const two = s.slice(0, 2);
  if (DOUBLE_SURNAMES.has(two) && s.length >= 3) return two;
  const one = s.slice(0, 1);
  return SINGLE_SURNAMES.has(one) ? one : null;
}

/** A Chinese personal name: a known surname and one or two given-name characters. */
export function isPersonName(raw: string): boolean {
  const s = stripNote(raw);
  if (!HAN_ONLY.test(s)) return false;
  const surname = surnameOf(s);
  if (!surname) return false;
  const given = s.length - surname.length;
  if (given < 1 || given > 2) return false;
  const last = s.slice(-1);
  if (endsWithAny(s, ROLE_ENDINGS) && s.length > 2) return false;
  if (endsWithAny(s, UNIT_SUFFIXES_WEAK.filter((w) => !GIVEN_NAME_PLACE_CHARS.has(w))) && s.length >= 3) return false;
  const unitEnd = endsWithAny(s, UNIT_SUFFIXES_STRONG);
  if (unitEnd && !(unitEnd.length === 1 && NAME_FRIENDLY_SUFFIXES.has(last))) return false;
  return true;
}

/** A role standing for a person: `…负责人`, `各镇镇长、街道办事处主任`, `各副区长`. */
export function isRole(raw: string): boolean {
  const s = stripNote(raw);
  if (s.length < 2) return false;
  if (endsWithAny(s, ROLE_ENDINGS)) return !isPersonName(s) || s.length > 3;
  return false;
}

/** A collective entry: `各镇（街道）`, `区直有关单位`, `相关项目责任单位`. */
export function isCollective(raw: string): boolean {
  const s = stripNote(raw);
  const scoped = startsWithAny(s, SCOPE_PREFIXES);
  const rest = scoped ? s.slice(scoped.length) : s;
  const prefix = startsWithAny(rest, COLLECTIVE_PREFIXES);
  if (prefix === null || rest.length < 2) return false;
  return !cutCollective(s) && !unendedCollective(s);
}

/**
 * A collective's prefix and a body that ends in no division, body, unit's or role's ending (`各基础电`): cut by a wrap
 * (`各基础电` | `信企业`), not `各基础电信企业`, `各类市场主体` or `各镇镇长`.
 */
function unendedCollective(s: string): boolean {
  const after = collectiveBody(s);
  if (after === null) return false;
  // (a bracket left open by a wrap, `各乡镇（街道、开`, is judged by the name before it)
  // (a collective's own continuation after `、`, `各镇政府、街道办事处`, is judged by its last part)
  // (and a list's closing `等` is no part of it: `区直有关部门等`)
  const body = after.replace(/[（(][^）)]*$/u, "").replace(/等$/u, "").split("、").pop()!;
  if ([...body].length < 2) return false;
  return !(
    isStandaloneCollective(s) ||
    unitEnding(body) !== null ||
    endsWithAny(body, ROLE_ENDINGS) ||
    endsWithAny(body, DIVISION_WORDS) ||
    endsWithAny(body, COLLECTIVE_BODIES)
  );
}

/** A collective's prefix and one character that is no division (`各园`, `有关部`): cut by a wrap, not `各镇` or `各县`. */
function cutCollective(s: string): boolean {
  const body = collectiveBody(s);
  return body !== null && [...body].length === 1 && !DIVISION_WORDS.includes(body);
}

/** What follows a collective's prefix (and its scope: `区直有关` → what follows), or null when none opens the text. */
function collectiveBody(s: string): string | null {
  const scoped = startsWithAny(s, SCOPE_PREFIXES);
  const rest = scoped ? s.slice(scoped.length) : s;
  const prefix = startsWithAny(rest, COLLECTIVE_PREFIXES);
  return prefix === null ? null : rest.slice(prefix.length);
}

/** `各` + an administrative division or generic body: a complete collective that can stand alone. */
export function isStandaloneCollective(raw: string): boolean {
  const s = toSimplified(raw.trim());
  const scoped = startsWithAny(s, SCOPE_PREFIXES);
  const rest = scoped ? s.slice(scoped.length) : s;
  const prefix = startsWithAny(rest, COLLECTIVE_PREFIXES);
  if (!prefix) return false;
  // a doubled prefix (`各相关镇（街道）`, `各有关乡镇`) scopes the same divisions
  const after = rest.slice(prefix.length);
  const body = after.slice(startsWithAny(after, COLLECTIVE_PREFIXES)?.length ?? 0);
  if (DIVISION_WORDS.some((w) => body === w || body.startsWith(w) && DIVISION_WORDS.includes(body.slice(w.length)))) return true;
  // a division with the other kinds it covers in parentheses: `各乡镇（街道、开发区）`, `各镇（园区、街道）`
  const m = /^(.+?)（([^（）]+)）$/.exec(body.replace(/\(/g, "（").replace(/\)/g, "）"));
  return m !== null && DIVISION_WORDS.includes(m[1]!) && m[2]!.split("、").every((p) => DIVISION_WORDS.includes(p) || UNIT_SUFFIXES_WEAK.some((w) => p.endsWith(w)));
}

/** words ending in a unit's character that end no organisation's name: a name cut after them goes on */
const NOT_UNIT_ENDINGS: readonly string[] = ["社会"];

/** Which unit ending a string has: strong (an organisation) or weak (a place). */
export function unitEnding(raw: string): { ending: string; strength: "strong" | "weak" } | null {
  const s = stripNote(raw);
  // a common word that ends in an organisation's character (`…社会` in `人力资源社会` | `保障厅`): no ending
  if (endsWithAny(s, NOT_UNIT_ENDINGS)) return null;
  const strong = endsWithAny(s, UNIT_SUFFIXES_STRONG);
  if (strong && s.length > strong.length) return { ending: strong, strength: "strong" };
  if (strong && s.length === strong.length && strong.length >= 2) return { ending: strong, strength: "strong" };
  const weak = endsWithAny(s, UNIT_SUFFIXES_WEAK);
  if (weak && s.length > weak.length && !NOT_A_PLACE.test(s)) return { ending: weak, strength: "weak" };
  return null;
}

/**
 * A division's one character after a preposition or a scope word (`控制在市`, `延伸到县`, `全市`, `本县`): prose about
 * the place, no place's name (a place's name has its own characters before 市, 县, 区…).
 */
const NOT_A_PLACE = /[在到至于向往全本该][市县区镇乡村]$/u;

/** A fragment that is only a generic tail (`管委会`, `主任`): the wrapped end of the name before it. */
export function isBareTail(raw: string): boolean {
  const s = toSimplified(raw.trim());
  return BARE_TAILS.includes(s);
}

/**
 * An office title standing without its holder's name (`副县长`, `常务副市长`, `县委常委`): a role
 * that is not a collective (`各镇镇长` stands for many people) and not itself a name. In a person
 * cell a title and the name written after it are one person (`副县长 王海军` = `副县长王海军`).
 * A function (`疫情防控指挥部负责人`, `分管领导`) is no title: the name after it is another person.
 */
export function isBareTitle(s: string): boolean {
  return s.length <= MAX_TITLE_CHARS && isRole(s) && !isCollective(s) && !/[（(]/.test(s) && !endsWithAny(s, GENERIC_ROLE_ENDINGS);
}

/** Longest office title before a name (`县委常委、常务副县长` is two titles of at most this many characters each). */
const MAX_TITLE_CHARS = 8;
/** Role endings that name a function, not an office: `…负责人`, `分管领导` stand for a person of their own. */
const GENERIC_ROLE_ENDINGS = ["负责人", "领导", "人选", "同志"];

/** A name with its title before it (`副县长王海军`): a bare title, then a person's name. */
export function isTitledName(raw: string): boolean {
  const s = stripNote(raw);
  for (const k of [2, 3]) {
    if (s.length <= k) continue;
    if (isPersonName(s.slice(-k)) && isBareTitle(s.slice(0, -k))) return true;
  }
  return false;
}

/** Classify a cleaned string (kept: the same names are asked about again and again). */
export const classify: (raw: string) => NameKind = memoByString(classifyOnce);

function classifyOnce(raw: string): NameKind {
  const s = stripNote(raw);
  if (!s) return "fragment";
  if (isPersonName(s)) return "person";
  if (isRole(s)) return "role";
  if (isCollective(s)) return "collective";
  // a collective's prefix and one character that is no division: a name cut by a wrap (`各园` | `区管委会`)
  if (cutCollective(s)) return "fragment";
  if (unitEnding(s)) return "unit";
  if (isTitledName(s)) return "person";
  // a name with its office in brackets after it (`苑可为（局长）`, `门一凡（副县长）`): a person, whatever its surname
  if (officeNoted(raw, s)) return "person";
  return "fragment";
}

/** the most characters of a name written before its office note */
const MAX_NOTED_NAME_CHARS = 3;

/** `X（office）`: two or three Han characters that are no unit and open with no level, with an office title as the note after them. */
function officeNoted(raw: string, bare: string): boolean {
  const note = /[（(]([^（）()]+)[）)]\s*$/u.exec(toSimplified(raw.trim()));
  // (a name opening with a level or a collective word, `区财政（局长）`, is a unit's cut)
  if (!note || !/^\p{Script=Han}+$/u.test(bare) || bare.length < 2 || bare.length > MAX_NOTED_NAME_CHARS || OWN_NAME_OPENING.test(bare)) return false;
  return note[1]!.split(/[、，,]/u).every((t) => isBareTitle(t.trim()));
}

/** True if the string can stand as a complete entity of a cell of the given kind. */
export function isComplete(raw: string, column: "unit" | "person" | "any"): boolean {
  const kind = classify(raw);
  if (kind === "fragment") return false;
  if (column === "any") return true;
  if (column === "person") return kind === "person" || kind === "role" || (kind === "collective" && /[长人导任记]$/.test(stripNote(raw)));
  return kind !== "person" || raw.length > 3;
}

/** the unit endings long enough that a line break inside one is evidence of a cut name */
const LONG_UNIT_SUFFIXES = UNIT_SUFFIXES_STRONG.filter((x) => [...x].length >= 3);

/** Does a unit's ending of three characters or more straddle the break between `head` and `rest` (`各县人` | `民政府`)? */
export function suffixAcross(head: string, rest: string): boolean {
  return LONG_UNIT_SUFFIXES.some((x) => [...x].some((_, k) => k > 0 && head.endsWith(x.slice(0, k)) && rest.startsWith(x.slice(k))));
}
