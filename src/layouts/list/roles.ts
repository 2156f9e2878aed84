/**
 * Role verbs instead of labels: `X牵头，Y、Z配合`, `X、Y负责`,
 * `由X牵头，Y按职责分工负责`, `X为牵头单位`.
 */
import type { EntityField } from "../../model/intermediate.js";
import { classify } from "../../names/classify.js";
import { toSimplified } from "../../text/script.js";
import { splitEntities } from "../../names/split.js";
import { DEADLINE_CLAUSE, MANNER_CLAUSE, ROLE_ADVERBS, ROLE_PREPOSITIONS, ROLE_VERBS, WEAK_ROLE_VERBS } from "./data.js";
import { addFragment, CLOSERS, emptyResponsibility, labelField, OPENERS, trimSeparators, type Responsibility } from "./responsibility.js";

/** Split on clause separators outside brackets. */
function clauses(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of text) {
    if (OPENERS.includes(ch)) depth++;
    if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && /[，,；;。]/.test(ch)) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out.map((c) => c.trim()).filter(Boolean);
}

function stripAffixes(subject: string): string {
  let s = subject.trim();
  for (let changed = true; changed; ) {
    changed = false;
    const f = toSimplified(s);
    for (const a of ROLE_ADVERBS) {
      if (f.endsWith(a) && f.length > a.length) {
        s = s.slice(0, s.length - a.length).trim();
        changed = true;
        break;
      }
    }
  }
  const f = toSimplified(s);
  for (const p of ROLE_PREPOSITIONS) if (f.startsWith(p) && f.length > p.length) s = s.slice(p.length);
  return trimSeparators(s);
}

/** The field a clause's role verb gives, with the verb as printed and the names before it. */
function roleOf(clause: string): { field: EntityField; verb: string; subject: string } | null {
  const f = toSimplified(clause);
  for (const v of ROLE_VERBS) {
    if (f.endsWith(v.verb) && f.length > v.verb.length) {
      if (WEAK_ROLE_VERBS.has(v.verb) && !namesUnits(stripAffixes(clause.slice(0, clause.length - v.verb.length)))) return null;
      return { field: v.field, verb: clause.slice(clause.length - v.verb.length), subject: stripAffixes(clause.slice(0, clause.length - v.verb.length)) };
    }
  }
  // `X为牵头单位`, `Y、Z为配合单位`: a header word after 为
  const m = f.endsWith("单位") || f.endsWith("部门") ? /^(.+?)为(\p{Script=Han}{0,4}(?:单位|部门))$/u.exec(f) : null;
  if (m) {
    const field = labelField(m[2]!);
    if (field && field !== "roles") return { field, verb: clause.slice(m[1]!.length), subject: stripAffixes(clause.slice(0, m[1]!.length)) };
  }
  return null;
}

/**
 * Role-verb text (`X牵头，Y、Z配合`): clauses without a verb belong to the
 * next clause that has one (`X牵头，Y，Z配合`). Null when no clause has a verb.
 */
export function parseRoles(text: string): Responsibility | null {
  const r = emptyResponsibility();
  let pending: string[] = [];
  let lastField: EntityField | null = null;
  for (const c of clauses(text)) {
    const role = roleOf(c);
    if (!role && isTimeClause(c)) {
      r.deadlines.push(c);
      continue;
    }
    if (!role) {
      pending.push(c);
      continue;
    }
    // `（市长刘建华负责）`: people named before 负责 are the ones responsible, never units
    const field = role.field === "units" && [...pending, role.subject].every((n) => !trimSeparators(n) || namesPeople(n)) ? "leaders" : role.field;
    // `X会同Y负责`: X does the work, Y joins it
    const joined = field === "leaders" ? null : splitHuiTong(role.subject);
    if (joined) {
      for (const name of pending) if (trimSeparators(name)) addFragment(r, field, name);
      addFragment(r, field, joined.actor);
      addFragment(r, "coUnits", joined.partners);
    } else for (const name of [...pending, role.subject]) if (trimSeparators(name)) addFragment(r, field, name);
    // `X，Y配合`: X has no verb of its own and is given Y's role by guess (it might be the one responsible);
    // before `负责` either reading makes it responsible
    if (role.field !== "units") r.unverbed.push(...pending.filter((p) => trimSeparators(p)));
    pending = [];
    r.labels.push({ text: role.verb, field: role.field });
    lastField = role.field;
  }
  if (!lastField) return null;
  // names after the last verb (`X牵头，Y配合，Z`) go with it, by guess
  for (const name of pending) {
    addFragment(r, lastField, name);
    r.unverbed.push(name);
  }
  return r;
}

/**
 * `X会同Y、Z` before a role verb: X is the one with the role, Y and Z work with it (co-units). Only where a unit
 * stands before 会同 and names after it (a place named 会同, `会同县人民政府负责`, opens the subject and stays).
 */
export function splitHuiTong(subject: string): { actor: string; partners: string } | null {
  const at = toSimplified(subject).indexOf("会同");
  if (at <= 0) return null;
  const actor = trimSeparators(subject.slice(0, at));
  const partners = trimSeparators(subject.slice(at + 2));
  if (!actor || !partners || classify(actor) !== "unit") return null;
  const names = splitEntities([partners], "unit");
  return names.length > 0 && names.every((n) => classify(n) !== "fragment") ? { actor, partners } : null;
}

/** Every name of the subject is a unit or a collective (`县发改局`, `各乡镇`), none a word of prose (`城乡`). */
function namesUnits(subject: string): boolean {
  const names = splitEntities([subject], "unit");
  // a unit has a place or body before its ending (`县发改局`, `镇政府`): two characters (`城乡`, `区域`) are a word
  return names.length > 0 && names.every((n) => (classify(n) === "unit" && [...n].length >= 3) || classify(n) === "collective");
}

/** A leader's title before or after a name (`副市长张明`, `市长 刘建华`, `张明副市长`). */
const LEADER_TITLE = /^(?:常务)?副?(?:省|市|州|盟|区|县|旗|镇|乡)长|^(?:常务)?副?(?:省|市|州|区|县|旗|镇|乡)?(?:委)?(?:书记|主任|秘书长)/;

/** Every name of the subject is a person, a leader's title, or a title with a name. */
export function namesPeople(subject: string): boolean {
  const items = subject.split(/[、，,和及\s]+/).map((x) => x.trim()).filter(Boolean);
  if (!items.length) return false;
  return items.every((x) => {
    const k = classify(x);
    if (k === "person") return true;
    if (k === "role") return !x.startsWith("各");
    const bare = x.replace(LEADER_TITLE, "");
    return bare !== x && classify(bare) === "person";
  });
}

/** A clause giving a time or the manner of the work (`年内持续推进`, `分年度推进`): no names. */
export function isTimeClause(clause: string): boolean {
  const f = toSimplified(clause.replace(/\s+/g, ""));
  return DEADLINE_CLAUSE.test(f) || MANNER_CLAUSE.test(f);
}

/**
 * Take the time clauses (`年内持续推进`, `2024年底前完成`) out of a label's text or
 * a bracket's remark: they give a deadline, not names nor task text.
 */
export function splitDeadlines(text: string): { rest: string; deadlines: string[] } {
  const parts = clauses(text);
  const deadlines = parts.filter(isTimeClause);
  if (!deadlines.length) return { rest: text, deadlines };
  return { rest: parts.filter((c) => !deadlines.includes(c)).join("，"), deadlines };
}

/** Do the fragments of a role-verb bracket read as names (not as a remark like `（由企业自主负责实施）`)? */
export function looksLikeNames(r: Responsibility): boolean {
  const entries = (Object.entries(r.cells) as Array<[EntityField, string[]]>).flatMap(([f, frags]) => frags.map((frag) => [f, frag] as const));
  if (!entries.length) return false;
  return entries.every(([field, frag]) => {
    if (frag.length > 60) return false;
    // people a role verb names (`副市长张明负责`)
    if ((field === "leaders" || field === "supervisors") && namesPeople(frag)) return true;
    const names = splitEntities([frag], "unit");
    return names.length > 0 && names.some((n) => classify(n) !== "fragment") && names.every((n) => n.length <= 25);
  });
}
