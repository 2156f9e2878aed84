/**
 * Responsibility written in a paragraph: labels (`牵头单位：X；责任单位：Y、Z`),
 * role verbs (`X牵头，Y、Z配合`, `X、Y负责`), the trailing bracket that holds
 * them, the "first listed leads" note and the closing `等` of a list.
 *
 * Everything is matched on text folded to simplified script; what is kept
 * (names, task text) is sliced from the printed text at the same offsets.
 */
import type { EntityField } from "../../model/intermediate.js";
import { classify } from "../../names/classify.js";
import { toSimplified } from "../../names/script.js";
import { splitEntities } from "../../names/split.js";
import { mapHeader } from "../../table/headers.js";
import { ET_CETERA, FIRST_IS_LEAD_NOTE, LIST_SETTINGS, ROLE_ADVERBS, ROLE_LABELS, ROLE_PREPOSITIONS, ROLE_VERBS } from "./data.js";

const ENTITY_FIELDS: ReadonlySet<string> = new Set(["leadUnits", "units", "coUnits", "leaders", "supervisors"]);
const OPENERS = "（([［【〔";
const CLOSERS = "）)]］】〕";
const SEPARATORS = /^[\s，,；;。.、：:]+|[\s，,；;。.、：:]+$/g;
/** a label ends where a list separator, a sentence end, a bracket or whitespace precedes it */
const LABEL_BOUNDARY = /[\s。；;，,、：:（(\[［【〔）)\]］】〕]/;

/** Responsibility found in one piece of text. */
export interface Responsibility {
  /** raw fragments per field, in order */
  cells: Partial<Record<EntityField, string[]>>;
  /** what told each field (the label or verb as printed), in order of appearance */
  labels: Array<{ text: string; field: EntityField | "other" }>;
  /** the "first listed leads" note was found here */
  firstIsLead: boolean;
  /** lists whose closing `等` (…等部门) was dropped, as printed */
  etCetera: string[];
  /** text inside the bracket that is neither a label nor a role (a deadline, a remark) */
  remarks: string[];
  /** the last label's list is empty or ends with a separator: the next line continues it */
  openField?: EntityField;
  /** the field of the last label (a line wrapped inside its list continues it) */
  lastField?: EntityField;
}

export interface ReadingOptions {
  /** the document says the first of every list leads: a bracket of unit names alone is a list too */
  bareLists?: boolean;
}

export function emptyResponsibility(): Responsibility {
  return { cells: {}, labels: [], firstIsLead: false, etCetera: [], remarks: [] };
}

export function hasEntities(r: Responsibility): boolean {
  return Object.values(r.cells).some((v) => v && v.length > 0);
}

export function mergeResponsibility(into: Responsibility, from: Responsibility): Responsibility {
  for (const [f, frags] of Object.entries(from.cells) as Array<[EntityField, string[]]>) (into.cells[f] ??= []).push(...frags);
  into.labels.push(...from.labels);
  into.firstIsLead ||= from.firstIsLead;
  into.etCetera.push(...from.etCetera);
  into.remarks.push(...from.remarks);
  return into;
}

const trimSeparators = (s: string): string => s.replace(SEPARATORS, "");

/** Add a list of names to a field; a closing `等` is dropped and recorded. */
export function addFragment(r: Responsibility, field: EntityField, fragment: string): void {
  let frag = trimSeparators(fragment);
  const m = ET_CETERA.exec(toSimplified(frag));
  if (m && m.index > 0) {
    r.etCetera.push(frag);
    frag = trimSeparators(frag.slice(0, m.index));
  }
  if (frag) (r.cells[field] ??= []).push(frag);
}

/** The entity field (or `roles`) a label names, or null. */
export function labelField(label: string): EntityField | "roles" | null {
  const folded = toSimplified(label.replace(/\s+/g, ""));
  const f = mapHeader(folded);
  if (ENTITY_FIELDS.has(f)) return f as EntityField;
  if (ROLE_LABELS.includes(folded)) return "roles";
  return null;
}

export interface LabelHit {
  start: number;
  end: number;
  text: string;
  field: EntityField | "roles" | "other";
}

/**
 * Every `LABEL：` in `text` that names a responsibility field, with its offsets;
 * with `others`, also the labels fenjie does not interpret (`完成时限：`), as `other`.
 */
export function scanLabels(text: string, others = false): LabelHit[] {
  const folded = toSimplified(text);
  const re = new RegExp(`(\\p{Script=Han}{2,${LIST_SETTINGS.maxLabelChars}})\\s*[：:]`, "gu");
  const hits: LabelHit[] = [];
  for (const m of folded.matchAll(re)) {
    const start = m.index;
    const before = start > 0 ? folded[start - 1]! : " ";
    if (!LABEL_BOUNDARY.test(before)) continue;
    const field = labelField(m[1]!) ?? (others ? "other" : null);
    if (!field) continue;
    hits.push({ start, end: start + m[0].length, text: text.slice(start, start + m[1]!.length), field });
  }
  // a label in brackets instead of before a colon: `【牵头单位】区发改局`, `[责任单位]区交通局` (responsibility labels only)
  const bracketed = new RegExp(`[【［\\[]\\s*(\\p{Script=Han}{2,${LIST_SETTINGS.maxLabelChars}})\\s*[】］\\]][：:]?`, "gu");
  for (const m of folded.matchAll(bracketed)) {
    const field = labelField(m[1]!);
    if (!field) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    hits.push({ start: m.index, end: m.index + m[0].length, text: text.slice(at, at + m[1]!.length), field });
  }
  return hits.sort((a, b) => a.start - b.start);
}

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
      return { field: v.field, verb: clause.slice(clause.length - v.verb.length), subject: stripAffixes(clause.slice(0, clause.length - v.verb.length)) };
    }
  }
  // `X为牵头单位`, `Y、Z为配合单位`: a header word after 为
  const m = /^(.+?)为(\p{Script=Han}{2,6})$/u.exec(f);
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
    if (!role) {
      pending.push(c);
      continue;
    }
    for (const name of [...pending, role.subject]) if (trimSeparators(name)) addFragment(r, role.field, name);
    pending = [];
    r.labels.push({ text: role.verb, field: role.field });
    lastField = role.field;
  }
  if (!lastField) return null;
  // names after the last verb (`X牵头，Y配合，Z`) go with it
  for (const name of pending) addFragment(r, lastField, name);
  return r;
}

/** Do the fragments of a role-verb bracket read as names (not as a remark like `（由企业自主负责实施）`)? */
function looksLikeNames(r: Responsibility): boolean {
  const frags = Object.values(r.cells).flat();
  if (!frags.length) return false;
  return frags.every((frag) => {
    if (frag.length > 60) return false;
    const names = splitEntities([frag], "unit");
    return names.length > 0 && names.some((n) => classify(n) !== "fragment") && names.every((n) => n.length <= 25);
  });
}

/**
 * Parse the text of a responsibility bracket or label line. `bare` text (a
 * bracket without any label) must be role verbs over names to count.
 * Returns null when the text holds no responsibility.
 */
export function parseResponsibility(text: string, bare: boolean, opts: ReadingOptions = {}): Responsibility | null {
  let content = text;
  const r = emptyResponsibility();
  const note = FIRST_IS_LEAD_NOTE.exec(toSimplified(content));
  if (note) {
    r.firstIsLead = true;
    content = content.slice(0, note.index) + content.slice(note.index + note[0].length);
  }
  const hits = scanLabels(content, true);
  if (hits.some((h) => h.field !== "other")) {
    const prefix = trimSeparators(content.slice(0, hits[0]!.start));
    if (prefix) {
      const roles = parseRoles(prefix);
      if (roles && looksLikeNames(roles)) mergeResponsibility(r, roles);
      else r.remarks.push(prefix);
    }
    hits.forEach((hit, i) => {
      const seg = content.slice(hit.end, hits[i + 1]?.start ?? content.length);
      const roles = parseRoles(seg);
      if (hit.field === "other") {
        // a label fenjie does not interpret (完成时限, 工作要求): listed, its content not read, as a table's `other` column
        r.labels.push({ text: hit.text, field: "other" });
        return;
      }
      if (hit.field === "roles") {
        if (roles) mergeResponsibility(r, roles);
        else addFragment(r, "units", seg);
        return;
      }
      r.labels.push({ text: hit.text, field: hit.field });
      if (roles) mergeResponsibility(r, roles);
      else addFragment(r, hit.field, seg);
      // the list goes on on the next line (`责任单位：` then the names, or a list ending in `、`)
      const last = i === hits.length - 1;
      if (last) r.lastField = hit.field;
      if (last && (!trimSeparators(seg) || /[、，,]\s*$/.test(seg))) r.openField = hit.field;
    });
    return r;
  }
  if (!trimSeparators(content)) return r.firstIsLead ? r : null;
  const roles = parseRoles(content);
  if (roles && !(bare && !looksLikeNames(roles))) return mergeResponsibility(r, roles);
  // under the "first listed leads" note a bracket may hold just the list of units
  if (bare && (opts.bareLists || r.firstIsLead) && isUnitList(content)) {
    addFragment(r, "units", content);
    return r;
  }
  return null;
}

/** A bracket holding only unit names (`区住建局、区城管局、各街道办事处`). */
function isUnitList(text: string): boolean {
  const t = trimSeparators(text);
  if (!t || t.length > 300 || /[。：:]/.test(t)) return false;
  const names = splitEntities([t.replace(ET_CETERA, "")], "unit");
  return names.length > 0 && names.every((n) => n.length <= 25 && (classify(n) === "unit" || classify(n) === "collective"));
}

/** Index of the bracket opening the one that closes `text` at `close`, or -1. */
function openingOf(text: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    const ch = text[i]!;
    if (CLOSERS.includes(ch)) depth++;
    else if (OPENERS.includes(ch)) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * Peel responsibility off the end of a task paragraph: trailing brackets
 * (`…建设。（牵头单位：X；责任单位：Y）`) and unbracketed labels after the task
 * (`…建设。牵头单位：X`). Returns the task text left and what was found.
 */
export function extractTrailing(text: string, opts: ReadingOptions = {}): { task: string; found: Responsibility | null } {
  let rest = text.trimEnd();
  const found = emptyResponsibility();
  let any = false;
  for (;;) {
    const tail = /[。；;.，,\s]*$/.exec(rest)![0];
    const core = rest.slice(0, rest.length - tail.length);
    if (!core || !CLOSERS.includes(core[core.length - 1]!)) break;
    const open = openingOf(core, core.length - 1);
    if (open <= 0) break;
    const r = parseResponsibility(core.slice(open + 1, -1), true, opts);
    if (!r) break;
    mergeResponsibility(found, r);
    any = true;
    let keep = core.slice(0, open).trimEnd();
    for (const remark of r.remarks) keep += `（${remark}）`;
    found.remarks = [];
    if (/[。]/.test(tail) && !/[。；;！!？?]$/.test(keep)) keep += "。";
    rest = keep;
  }
  const hits = scanLabels(rest).filter((h) => h.start > 0 && h.field !== null);
  if (hits.length) {
    const r = parseResponsibility(rest.slice(hits[0]!.start), false);
    if (r && (hasEntities(r) || r.firstIsLead)) {
      mergeResponsibility(found, r);
      any = true;
      rest = rest.slice(0, hits[0]!.start).trimEnd();
      for (const remark of found.remarks) rest += `（${remark}）`;
      found.remarks = [];
    }
  }
  return { task: rest, found: any ? found : null };
}

/**
 * A line that is only responsibility: starts with a label (`牵头单位：X`,
 * `部门分工：X牵头…`, `分管省领导：A`) or is one whole bracket of it.
 */
export function parseLabelLine(text: string, othersToo = false, opts: ReadingOptions = {}): Responsibility | null {
  const t = text.trim().replace(/^[-—–·•*＊\s]+/, "");
  if (!t) return null;
  const hits = scanLabels(t, true);
  if (hits.length && hits[0]!.start === 0 && hits.some((h) => h.field !== "other")) return parseResponsibility(t, false);
  if (othersToo && hits.length && hits[0]!.start === 0) {
    const r = emptyResponsibility();
    for (const h of hits) r.labels.push({ text: h.text, field: "other" });
    return r;
  }
  if (OPENERS.includes(t[0]!) && CLOSERS.includes(t[t.length - 1]!) && openingOf(t, t.length - 1) === 0) {
    const r = parseResponsibility(t.slice(1, -1), true, opts);
    if (r && !r.remarks.length) return r;
  }
  const note = FIRST_IS_LEAD_NOTE.exec(toSimplified(t));
  if (note && trimSeparators(t.replace(/[（()）]/g, "")).length <= note[0].length + 2) {
    const r = emptyResponsibility();
    r.firstIsLead = true;
    return r;
  }
  return null;
}

/**
 * Does a plain line right under a label line continue that label's list (a
 * list wrapped over lines: `责任单位：区发改局、区交通` + `局、区住建局`)? Only when
 * the line holds a list itself or the list above ends in the middle of a name.
 */
export function continuesList(label: Responsibility, line: string): boolean {
  const field = label.lastField;
  if (!field) return false;
  const t = line.trim();
  if (!t || /[。；;：:]/.test(t.slice(0, -1))) return false;
  const prev = label.cells[field]?.at(-1) ?? "";
  const lastName = prev.split(/[、，,\s]/).pop() ?? "";
  return /[、，,]/.test(t) || (lastName !== "" && classify(lastName) === "fragment");
}
