/**
 * Role verbs instead of labels: `X牵头，Y、Z配合`, `X、Y负责`,
 * `由X牵头，Y按职责分工负责`, `X为牵头单位`.
 */
import type { EntityField } from "../../model/intermediate.js";
import { maxOf } from "../../arrays.js";
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
  return out.flatMap(splitAfterVerb).map((c) => c.trim()).filter(Boolean);
}

/**
 * A clause of two roles joined by 、 (`区工信局牵头、区住建局配合`): cut after the first role verb when what follows ends
 * with a role verb of its own. A 、 between names (`县财政局、县人社局配合`) or inside a verb's object stays.
 */
function splitAfterVerb(clause: string): string[] {
  const f = toSimplified(clause);
  for (let i = f.indexOf("、"); i > 0; i = f.indexOf("、", i + 1)) {
    const before = f.slice(0, i);
    const after = f.slice(i + 1);
    const verb = ROLE_VERBS.find((v) => !WEAK_ROLE_VERBS.has(v.verb) && before.endsWith(v.verb) && before.length > v.verb.length);
    if (!verb || !ROLE_VERBS.some((v) => after.endsWith(v.verb) && after.length > v.verb.length)) continue;
    return [clause.slice(0, i), ...splitAfterVerb(clause.slice(i + 1))];
  }
  return [clause];
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

/** Verbs that give a role only after `X会同Y` (`市住建局会同市财政局推进`). */
const HUITONG_VERBS = ["推进", "实施", "办理"];

/** The field a clause's role verb gives, with the verb as printed and the names before it. */
function roleOf(clause: string): { field: EntityField; verb: string; subject: string } | null {
  const f = toSimplified(clause);
  for (const v of ROLE_VERBS) {
    if (f.endsWith(v.verb) && f.length > v.verb.length) {
      if (WEAK_ROLE_VERBS.has(v.verb) && !namesUnits(stripAffixes(clause.slice(0, clause.length - v.verb.length)))) return null;
      return { field: v.field, verb: clause.slice(clause.length - v.verb.length), subject: stripAffixes(clause.slice(0, clause.length - v.verb.length)) };
    }
  }
  // `X会同Y推进`: 推进 is a role verb only in this form (a unit with its partners); elsewhere it is prose
  // (`稳步推进`, a 完成时限 cell `全年持续` / `推进` wrapped under the names of a table copied as text)
  for (const v of HUITONG_VERBS) {
    if (!f.endsWith(v) || f.length <= v.length) continue;
    const subject = stripAffixes(clause.slice(0, clause.length - v.length));
    const joined = splitHuiTong(subject);
    if (joined && namesUnits(joined.actor) && namesUnits(joined.partners)) return { field: "units", verb: clause.slice(clause.length - v.length), subject };
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
      (r.partners ??= []).push(joined.partners);
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

/**
 * The responsibility of a task written as its closing sentence or clause of role verbs, without 由, bracket or label
 * (`……增长8%。县工信局牵头，县统计局配合。`, `……80亿元以上，市财政局负责。`, `……书房20个。市文广旅局为责任单位。`,
 * `……改造150个。市住建局会同市财政局推进，各区县政府落实。`): the longest run of closing clauses in which EVERY
 * clause has its own role verb after names that are all units or collectives. A clause of prose before a verb
 * (`所需资金由财政负责`, `城乡统筹`, `企业自主负责`, `全面负责`) ends the run, so the task keeps it.
 * The task keeps its sentence's 。 (not the comma before the run).
 */
export function peelRoleSentence(text: string): { task: string; found: Responsibility } | null {
  const t = text.trimEnd().replace(/[。；;.，,\s]+$/, "");
  // clause starts outside brackets, with the separator before each
  const starts: Array<{ at: number; sep: string }> = [];
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[，,；;。]/.test(ch)) starts.push({ at: i, sep: ch });
  }
  let best: { at: number; sep: string } | null = null;
  let roleSeen = false;
  let end = t.length;
  for (const s of [...starts].reverse()) {
    const clause = trimSeparators(t.slice(s.at + 1, end)).replace(TASK_REFERENCE, "");
    end = s.at;
    // a time after the roles (`X牵头，Y配合，2024年底前完成。`) is their deadline; before them it is the task's
    if (clause && !roleSeen && isTimeClause(clause)) {
      best = s;
      continue;
    }
    if (!clause || !isRoleClause(clause)) break;
    roleSeen = true;
    best = s;
  }
  if (!roleSeen) return null;
  if (!best || best.at === 0) return null;
  const tail = t.slice(best.at + 1).replace(TASK_REFERENCE, "");
  const roles = parseRoles(tail);
  if (!roles || roles.unverbed.length || !looksLikeNames(roles)) return null;
  if ((Object.keys(roles.cells) as EntityField[]).some((f) => f === "leaders" || f === "supervisors")) return null;
  const head = t.slice(0, best.at).trimEnd();
  if (!/\p{Script=Han}/u.test(head)) return null;
  return { task: head + (best.sep === "。" ? "。" : ""), found: roles };
}

/** The task named at the start of its role sentence (`此项工作县住建局牵头`, `该项任务县人社局负责`): not part of a name. */
const TASK_REFERENCE = /^\s*(?:此|该|本|这)项(?:工作|任务|指标|目标)?/;

/** Words of a sentence, not of a name, before a verb (`各成员单位要全面负责`, `企业自主负责`). */
const PROSE_SUBJECT = /要|应当|应该|必须|须|需要|将|全面|切实|认真|进一步|自主|自行/;

/** A role's own name as subject (`配合单位按职责做好配合`, `牵头单位负责…`): a rule about roles, not a unit. */
const ROLE_LABEL_SUBJECT = /^(?:牵头|配合|责任|协办|主办|承办|协同|参与)(?:单位|部门)/;

/** One clause that is names + a role verb, every name a unit or collective (`县工信局牵头`, `市文广旅局为责任单位`). */
function isRoleClause(clause: string): boolean {
  const role = roleOf(clause);
  const subject = role?.subject ? toSimplified(role.subject) : "";
  if (!role || !subject || PROSE_SUBJECT.test(subject) || ROLE_LABEL_SUBJECT.test(subject)) return false;
  const joined = splitHuiTong(role.subject);
  return joined ? namesUnits(joined.actor) && namesUnits(joined.partners) : namesUnits(role.subject);
}

/**
 * A line that heads a block of tasks with the leader in charge of them: a person's name, a leader's title after it and a
 * colon, nothing else (`张立新副市长：`, `周建国常务副区长：`, `李春华副县长:`). The tasks under it, up to the next such line or
 * numbered heading, have that person as supervisor (a 分管副市长 label would give the same). A line with more after the
 * colon (`张立新副市长：负责工业…`), a title alone (`副市长：`), or a name without a leader's title (`张立新同志：`) is none.
 */
const BLOCK_TITLE = "(?:常务)?副?(?:省|市|州|盟|区|县|旗|镇|乡)长|(?:常务)?副?(?:主席|主任)|(?:市|区|县)?政府秘书长";
/** the leader's portfolio in brackets before the colon (`张立新副市长（分管工业）：`) */
const BLOCK_NOTE = "(?:[（(](?:分管|联系|负责)[^（()）]{1,16}[）)])?";
const LEADER_BLOCK = new RegExp(`^(\\p{Script=Han}{2,4}?)(?:${BLOCK_TITLE})${BLOCK_NOTE}\\s*[：:]$`, "u");
/** the title first (`副市长张立新：`, `常务副县长 王芳：`) */
const LEADER_BLOCK_TITLE_FIRST = new RegExp(`^(?:${BLOCK_TITLE})(\\p{Script=Han}{2,4})${BLOCK_NOTE}\\s*[：:]$`, "u");

/** The leader a block line names (the name, without the title), or null. */
export function leaderBlockName(text: string): string | null {
  const t = toSimplified(text.replace(/[\s\u3000]+/g, "")).replace(/^[-—·•*＊]+/, "");
  for (const re of [LEADER_BLOCK, LEADER_BLOCK_TITLE_FIRST]) {
    const m = re.exec(t);
    if (m && !/[副务]$/.test(m[1]!) && classify(m[1]!) === "person") return m[1]!;
  }
  return null;
}

/**
 * A bracket holding a time alone, no label (`（2026年6月底前）`, `（2013年9月底前完成）`, `（年内完成）`, `（持续推进）`): the
 * task's deadline, written before its responsibility. A year alone or with more (`（2018年）`, `（2018年版）`,
 * `（2018—2020年）`, `（其中2024年完成60%）`) is the task's own remark.
 */
const BARE_TIME =
  /^(?:(?:(?:19|20)\d{2}\s*年\s*)?(?:\d{1,2}\s*月(?:份)?|[一二三四1-4]季度|[上下]半年)(?:底|末|中旬|上旬|下旬)?|(?:19|20)\d{2}\s*年(?:底|末)|年内|年底|年末|年中)(?:前|内|以前|之前)?(?:完成|实现|建成|启动|落实|到位|见效|办结)?$|^(?:持续推进|长期坚持|持续实施|长期推进|按期完成|按时完成|长期|持续)$/;

export function isBareTime(inner: string): boolean {
  return BARE_TIME.test(toSimplified(inner.replace(/\s+/g, "")));
}

/** The task without a closing time bracket (`……改造（2026年10月底前）`, `……50个（2023年12月底前）。`), or null. */
export function peelTimeBracket(text: string): { task: string; deadline: string } | null {
  const t = text.trimEnd();
  const stop = /[。；;]$/.test(t) ? t.slice(-1) : "";
  const core = stop ? t.slice(0, -1).trimEnd() : t;
  if (!core || !CLOSERS.includes(core[core.length - 1]!)) return null;
  let depth = 0;
  let open = -1;
  for (let i = core.length - 1; i >= 0; i--) {
    if (CLOSERS.includes(core[i]!)) depth++;
    else if (OPENERS.includes(core[i]!) && --depth === 0) {
      open = i;
      break;
    }
  }
  if (open <= 0) return null;
  const inner = core.slice(open + 1, -1);
  if (!isBareTime(inner)) return null;
  return { task: core.slice(0, open).trimEnd() + (stop === "。" ? "。" : ""), deadline: inner.trim() };
}

/**
 * The role verbs of a bracket the text never closes (`……20个（区委政法委牵头，区公安分局、区民` and the text ends): the
 * clauses up to the last separator, when each has its verb after unit names; the cut clause after them is lost. Null
 * when the bracket opens with anything else (`（含`, `（2025年`, a remark).
 */
export function readCutRoles(inner: string): Responsibility | null {
  const cut = maxOf([..."，,；;"].map((c) => inner.lastIndexOf(c)));
  if (cut <= 0) return null;
  const whole = inner.slice(0, cut);
  if (!clauses(whole).every(isRoleClause)) return null;
  const roles = parseRoles(whole);
  return roles && !roles.unverbed.length && looksLikeNames(roles) ? roles : null;
}
