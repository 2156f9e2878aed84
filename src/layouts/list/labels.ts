/**
 * Responsibility written in a paragraph: labels (`牵头单位：X；责任单位：Y、Z`,
 * `【牵头单位】X`), the trailing bracket that holds them or role verbs, label
 * lines, the "first listed leads" note and the closing `等` of a list.
 *
 * Everything is matched on text folded to simplified script; what is kept
 * (names, task text) is sliced from the printed text at the same offsets.
 */
import type { EntityField } from "../../model/intermediate.js";
import { classify, isBareTail, unitEnding } from "../../names/classify.js";
import { toSimplified } from "../../text/script.js";
import { splitEntities } from "../../names/split.js";
import { HEADER_RULES } from "../../table/headers.js";
import { LEVEL_CHARS } from "../../names/lexicon.js";
import { isResponsibilityField, isUnitField, PROSE_PUNCTUATION } from "../../table/lexicon.js";
import { DUTY_BRACKET, DUTY_PHRASE, ET_CETERA, FIRST_IS_LEAD_NOTE, GROUP_RESPONSIBILITY, LABEL_NOT_ADDRESSEE, DOCUMENT_RECORD_LABEL, ROLE_NOTE_WORD, LIST_SETTINGS, ROLE_DASH, ROLE_LABELS, DEADLINE_CLAUSE } from "./data.js";
import {
  addFragment,
  CLOSERS,
  emptyResponsibility,
  hasEntities,
  labelField,
  mergeResponsibility,
  OPENERS,
  trimSeparators,
  type ReadingOptions,
  type Responsibility,
} from "./responsibility.js";
import { isBareTime, isTimeClause, looksLikeNames, parseRoles, peelRoleSentence, peelTimeBracket, readCutRoles, splitDeadlines } from "./roles.js";

/** a label ends where a list separator, a sentence end, a bracket or whitespace precedes it */
const LABEL_BOUNDARY = /[\s。；;，,、：:（(\[［【〔）)\]］】〕*_]/;

/** A run of Han characters before a colon, with an optional bracketed note between (group 2), the label perhaps set in bold (`**牵头单位**：`). */
const LABEL_BEFORE_COLON = /(\p{Script=Han}+)(?:[（(【〔［[]([\p{Script=Han}，,、]{1,24})[）)】〕］\]])?(?:\*\*|__)?\s*[：:]/gu;
/** A label's note naming the people its units are paired with. */
const PERSON_NOTE = /^(?:责任人|负责人|责任领导)$/;
/** Longest note in brackets a label carries before its colon, unless it is the first-is-lead note. */
const LABEL_NOTE_MAX = 6;

export interface LabelHit {
  start: number;
  end: number;
  text: string;
  field: EntityField | "roles" | "other";
}

/** The label words of the header-synonym table (its examples), longest first, for finding a label at the end of a run of text. */
const LABEL_WORDS: ReadonlyArray<{ word: string; field: EntityField }> = HEADER_RULES.filter((r) => isResponsibilityField(r.field))
  .flatMap((r) => r.examples.map((word) => ({ word, field: r.field as EntityField })))
  .sort((a, b) => b.word.length - a.word.length);

/** a government level written before a label word (`市级` of `市级责任领导`, `县` of `县牵头领导`) */
const LEVEL_PREFIX = new RegExp(`^[${LEVEL_CHARS}]级?$`, "u");

/** Does `prefix` open some label word of `field` (`牵头` opens `牵头县领导`), or name the level of one (`市级` of `市级责任领导`)? */
function opensLabelWord(prefix: string, field: EntityField): boolean {
  return prefix !== "" && (LEVEL_PREFIX.test(prefix) || LABEL_WORDS.some((w) => w.field === field && w.word.length > prefix.length && w.word.startsWith(prefix)));
}

/** The people joined to a unit label (`…单位及负责人`, `…部门和责任人`). */
const UNIT_AND_PEOPLE = /(?<=(?:单位|部门|科室|处室))(?:及|和|与)(?:责任人|负责人|联系人)$/u;

/**
 * The label at the end of a run of Han characters before a colon: a label
 * word of the header table that ends the run (`…建设牵头单位` → `牵头单位`), else
 * the whole run when it is short and stands after a boundary (`分管副区长`,
 * `部门分工`, and with `others` any short label such as `完成时限`).
 */
function labelAtEnd(run: string, atBoundary: boolean, others: boolean): { offset: number; field: LabelHit["field"] } | null {
  if (LABEL_NOT_ADDRESSEE.test(run) || DOCUMENT_RECORD_LABEL.test(run)) return null;
  // a unit label with its people (`主办单位及负责人`): the unit label's field, the whole run the label
  const withPeople = UNIT_AND_PEOPLE.exec(run);
  if (withPeople) {
    const unit = labelAtEnd(run.slice(0, withPeople.index), atBoundary, false);
    if (unit && (unit.field === "leadUnits" || unit.field === "units" || unit.field === "coUnits")) return unit;
  }
  const word = LABEL_WORDS.find((w) => run.endsWith(w.word));
  // the whole short run is one label (`牵头市领导` ends with the word `市领导`): the words before the label word open
  // another label word of the same field (`牵头县领导`), and the whole run maps to that field
  if (word && atBoundary && run.length <= LIST_SETTINGS.maxLabelChars && opensLabelWord(run.slice(0, run.length - word.word.length), word.field) && labelField(run) === word.field) {
    return { offset: 0, field: word.field };
  }
  if (word) return { offset: run.length - word.word.length, field: word.field };
  const role = [...ROLE_LABELS].sort((a, b) => b.length - a.length).find((w) => run.endsWith(w));
  if (role) return { offset: run.length - role.length, field: "roles" };
  if (!atBoundary || run.length > LIST_SETTINGS.maxLabelChars) return null;
  const field = labelField(run) ?? (others ? "other" : null);
  return field ? { offset: 0, field } : null;
}

/**
 * A label written as a sentence, `牵头单位为X，配合单位为Y`: a unit label word opening the text or a clause,
 * then `为` and a name, reads as `牵头单位：X` (one character for one, so offsets hold). `以牵头单位为主`
 * (the word inside a clause) and `责任单位为主体` are no labels.
 */
const WEI_LABEL = /(^|[（(【〔［[，,；;。\s])((?:(?:牵头|责任|配合|协办|主办|参与|协同|主责|承办)(?:责任|牵头)?|(?:主要|具体)责任)(?:单位|部门))为(?=\p{Script=Han})(?!主)/gu;
export const asColonLabels = (text: string): string => text.replace(WEI_LABEL, "$1$2：");

/**
 * Every `LABEL：` in `text` that names a responsibility field, with its offsets;
 * with `others`, also the labels fenjie does not interpret (`完成时限：`), as `other`.
 * Labels inside brackets (`区发改局（联系人：张三）`) belong to the name and are skipped.
 */
/** A bare `单位` / `计量单位` label … */
const MEASURE_LABEL = /(?:^|计量)单位$/;
/** … followed by a unit of measure alone (`万元`, `亿元`, `%`, `万元、%`): the table's unit of measure. */
const MEASURE_AFTER = /^\s*(?:(?:万|亿|千|百万|十万)?(?:元|美元)|%|％|个|人|户|吨|亩|万亩|公里|平方米|万平方米|人次|万人次)(?:\s*[、,，/／]\s*(?:(?:万|亿|千)?(?:元|美元)|%|％|个|人|户|吨|亩|万亩|公里|平方米|万平方米|人次|万人次))*\s*[）)]?\s*$/;

export function scanLabels(text: string, others = false): LabelHit[] {
  const folded = asColonLabels(toSimplified(text));
  let depth: number[] | null = null; // computed when a label is found (most text has none)
  const hits: LabelHit[] = [];
  // a label may carry a short note in brackets before its colon (`责任单位（部门）：`, `牵头单位(领导)：`), or the
  // note that the first listed leads (`责任单位（排在第一位的为牵头单位）：`, read by parseResponsibility)
  for (const m of folded.matchAll(LABEL_BEFORE_COLON)) {
    if (m[2] && m[2].length > LABEL_NOTE_MAX && !FIRST_IS_LEAD_NOTE.test(m[2])) continue;
    const before = m.index > 0 ? folded[m.index - 1]! : " ";
    const label = labelAtEnd(m[1]!, LABEL_BOUNDARY.test(before), others);
    if (!label) continue;
    const start = m.index + label.offset;
    // `单位：万元` over a table of figures gives the unit of measure, no unit that is responsible
    if (label.field !== "other" && MEASURE_LABEL.test(m[1]!.slice(label.offset)) && MEASURE_AFTER.test(folded.slice(m.index + m[0].length))) continue;
    depth ??= bracketDepths(folded);
    if (depth[start]! > 0) continue;
    // a label set in bold with its colon (`**牵头单位：**区发改局`): the closing `**` belongs to the label
    // (its opening `**` may have been taken off the line already: then no other `**` follows in the names)
    const after = folded.slice(m.index + m[0].length);
    const closesBold = /^(\*\*|__)/.exec(after);
    const opened = closesBold && (folded.slice(Math.max(0, start - 2), start) === closesBold[1] || !after.slice(2).includes(closesBold[1]!));
    const end = m.index + m[0].length + (opened ? 2 : 0);
    // a note naming the units' people (`牵头单位（责任人）：X（张伟）`) stays with the label: the names pair units and people
    const close = m[2] && PERSON_NOTE.test(m[2]) ? folded.indexOf(m[2], m.index) + m[2].length + 1 : m.index + m[1]!.length;
    hits.push({ start, end, text: text.slice(start, close), field: label.field });
  }
  // a label in brackets instead of before a colon: `【牵头单位】区发改局`, `[责任单位]区交通局` (responsibility labels only)
  const bracketed = /[【［[]\s*(\p{Script=Han}{2,10})\s*[】］\]][：:]?/gu;
  for (const m of folded.matchAll(bracketed)) {
    const field = labelField(m[1]!);
    if (!field) continue;
    // a role written right after a name (`县文旅局[牵头]、县住建局`) is the name's role note, no label before names
    // (a note ends the name: a list separator or the end follows it; a label has names after it: `区工信局【配合单位】区统计局`)
    const after = folded.slice(m.index + m[0].length);
    if (m.index > 0 && /\p{Script=Han}/u.test(folded[m.index - 1]!) && ROLE_NOTE_WORD.test(m[1]!) && /^(?:$|[、，,；;。\s）)〕】\]])/.test(after)) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    hits.push({ start: m.index, end: m.index + m[0].length, text: text.slice(at, at + m[1]!.length), field });
  }
  return hits.sort((a, b) => a.start - b.start);
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
    // the note with the bracket that holds only it (`市税务局（列第一位者为牵头单位，下同）`): no annotation of the name before it
    let start = note.index;
    let end = note.index + note[0].length;
    const open = /[（(【［\[〔]\s*$/.exec(content.slice(0, start));
    const close = /^\s*[）)】］\]〕]/.exec(content.slice(end));
    if (open && close) {
      start -= open[0].length;
      end += close[0].length;
    }
    content = content.slice(0, start) + content.slice(end);
  }
  const hits = scanLabels(content, true);
  if (hits.some((h) => h.field !== "other")) {
    const prefix = trimSeparators(content.slice(0, hits[0]!.start));
    if (prefix) {
      const roles = parseRoles(prefix);
      const timed = splitDeadlines(prefix);
      if (roles && looksLikeNames(roles)) mergeResponsibility(r, roles);
      else {
        r.deadlines.push(...timed.deadlines);
        if (trimSeparators(timed.rest)) r.remarks.push(trimSeparators(timed.rest));
      }
    }
    hits.forEach((hit, i) => {
      const timed = splitDeadlines(content.slice(hit.end, hits[i + 1]?.start ?? content.length));
      // under a label of one role, a duty phrase (`按职责分工负责`, bare or in brackets) is no role verb: the label's role
      // holds; where the label's names are given roles by other verbs (`责任单位：X牵头，Y配合，Z按职责分工负责`) it is
      // one of them (负责 → units). The brackets become spaces, so offsets hold.
      const unbracketed = timed.rest.replace(DUTY_BRACKET, (m) => m.replace(/[（()）]/g, " "));
      const withoutDuty = unbracketed.replace(DUTY_PHRASE, "");
      const seg = hit.field === "roles" || parseRoles(withoutDuty) ? unbracketed : withoutDuty;
      if (hit.field !== "other") r.deadlines.push(...timed.deadlines);
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
      if (last && !trimSeparators(seg)) r.namesBelow = hit.field;
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
export function isUnitList(text: string): boolean {
  const t = trimSeparators(text);
  if (!t || t.length > 300 || /[。：:]/.test(t)) return false;
  const names = splitEntities([t.replace(ET_CETERA, "")], "unit");
  return names.length > 0 && names.every((n) => n.length <= 25 && (classify(n) === "unit" || classify(n) === "collective"));
}

/**
 * A line that gives one responsibility to the group of tasks above it (`以上任务由X牵头，Y、Z配合。`,
 * `（以上3项由县发改局负责）`): what it gives, or null. Every name must be a unit or a collective and one
 * a unit, so a line of instructions (`以上任务由各单位认真抓好落实`) is none.
 */
export function parseGroupLine(text: string): Responsibility | null {
  const t = text.trim();
  const m = GROUP_RESPONSIBILITY.exec(toSimplified(t));
  if (!m) return null;
  const rest = t.slice(m[0].length).replace(/[。；;.\s]+$/, "").replace(/^(.*)[）)]$/, (all, inner: string) => (/^[（(]/.test(t) ? inner : all));
  const r = parseResponsibility(rest, false);
  if (!r || !hasEntities(r) || r.remarks.length) return null;
  // (people named with the units, `分管区领导：X`, are no unit list)
  const frags = Object.entries(r.cells).flatMap(([f, v]) => (f === "leaders" || f === "supervisors" ? [] : v));
  // and one of them a unit by name, not only a collective (`由各单位认真抓好落实` is an instruction)
  const named = splitEntities(frags, "unit").some((n) => classify(n) === "unit");
  return named && frags.every(isUnitList) ? r : null;
}

/**
 * Does the text before a bracket end a sentence (`…服务水平。`), so the bracket is no annotation of a
 * name before it (`区发改局（区重点办）`)?
 */
export function closesSentence(before: string): boolean {
  return /[。；;！!？?]$/.test(before.trimEnd());
}

/**
 * A paragraph closed by a bracket of unit names alone, right after the end of its sentence
 * (`1.……服务水平。（市发改委、市财政局）`): the names, or null.
 */
export function bareUnitBracket(text: string): string | null {
  const t = text.trim().replace(/[。；;.，,\s]+$/, "");
  if (!t || !CLOSERS.includes(t[t.length - 1]!)) return null;
  const open = openingOf(t, t.length - 1);
  if (open <= 0 || !closesSentence(t.slice(0, open))) return null;
  const inner = t.slice(open + 1, -1);
  return isUnitList(inner) ? inner : null;
}

/** Index of the bracket opening the one that closes `text` at `close`, or -1. */
export function openingOf(text: string, close: number): number {
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

/** The same label with its time closing a paragraph without a bracket (`…目标值：8%；完成时限：2024年12月`). */
const TRAILING_DEADLINE = /[，,；;。\s]\s*(\p{Script=Han}{2,4})\s*[：:]\s*([^，,；;。：:（）()]{1,20}?)\s*[。；;]?$/u;

/**
 * The time of a bracket holding only a labelled deadline (`（完成时限：2024年11月底）`), or null: a bracket with
 * anything else (`（完成时限：年底；牵头单位：X）`, `（时间：上午9点在三楼会议室）`) is not one.
 */
export function labelledDeadline(inner: string): string | null {
  const m = /^\s*(\p{Script=Han}{2,4})\s*[：:]\s*(.+?)\s*$/u.exec(toSimplified(inner));
  if (!m || !DEADLINE_LABEL.test(m[1]!) || /[；;：:]/.test(m[2]!)) return null;
  return isTimeClause(m[2]!) ? m[2]! : null;
}

/** A labelled deadline closing the paragraph without a bracket: the task before it and the time, or null. */
export function peelTrailingDeadline(text: string): { task: string; deadline: string } | null {
  const m = TRAILING_DEADLINE.exec(text);
  if (!m || m.index === 0 || !DEADLINE_LABEL.test(toSimplified(m[1]!)) || !isTimeClause(toSimplified(m[2]!))) return null;
  return { task: text.slice(0, m.index).trimEnd(), deadline: m[2]!.trim() };
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
    // a bracket giving only the deadline (`……80公里。（完成时限：2024年11月底）`): dropped like a 完成时限 column
    // a bare time bracket (`（2026年6月底前）`) before the responsibility bracket just peeled: the same deadline
    const time = labelledDeadline(core.slice(open + 1, -1)) ?? (any && isBareTime(core.slice(open + 1, -1)) ? core.slice(open + 1, -1).trim() : null);
    if (time) {
      found.deadlines.push(time);
      any = true;
      rest = core.slice(0, open).trimEnd() + (/[。]/.test(tail) && !/[。；;！!？?]$/.test(core.slice(0, open).trimEnd()) ? "。" : "");
      continue;
    }
    const bare = opts.bareLists || (opts.bareBrackets && closesSentence(core.slice(0, open)));
    const r = parseResponsibility(core.slice(open + 1, -1), true, { ...opts, bareLists: bare });
    if (!r) break;
    mergeResponsibility(found, r);
    any = true;
    let keep = core.slice(0, open).trimEnd();
    for (const remark of r.remarks) keep += `（${remark}）`;
    found.remarks = [];
    // the task is the text printed before the responsibility bracket: a full stop printed after the bracket closes
    // the line, bracket and all, and is not the task's (`…建成污水泵站4座（县水利局负责）。` → `…4座`; a full
    // stop before the bracket stays, `…4座。（县水利局牵头）` → `…4座。`)
    rest = keep;
  }
  const timed = peelTrailingDeadline(rest);
  if (timed) {
    found.deadlines.push(timed.deadline);
    any = true;
    rest = timed.task;
  }
  const unclosed = peelUnclosed(rest);
  if (unclosed) {
    mergeResponsibility(found, unclosed.found);
    any = true;
    rest = unclosed.task;
  }
  const dashed = peelDashed(rest, opts);
  if (dashed) {
    mergeResponsibility(found, dashed.found);
    any = true;
    rest = dashed.task;
  }
  const you = any ? null : (peelYouClause(rest) ?? peelRoleSentence(rest));
  if (you) {
    mergeResponsibility(found, you.found);
    any = true;
    rest = you.task;
    // `……50个（2023年12月底前）。市发改委负责。`: the time bracket before the role sentence is the deadline
    const timed = peelTimeBracket(rest);
    if (timed) {
      found.deadlines.push(timed.deadline);
      rest = timed.task;
    }
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
  if (!any) return { task: rest, found: null };
  // several sentences each closed by its own bracket of roles (`……创建。（X负责）加快……。（Y、Z按职责分工负责）……。（W牵头）`):
  // one task, the roles of every sentence its own, in printed order; the brackets are no task text
  const inner = sentenceRoles(rest, opts);
  if (!inner) return { task: rest, found };
  const all = emptyResponsibility();
  for (const r of inner.found) mergeResponsibility(all, r);
  mergeResponsibility(all, found);
  all.perSentence = inner.found.length + 1;
  if (found.lastField) all.lastField = found.lastField;
  // (the last sentence's full stop printed after its bracket, `……达产（Y牵头）。`, ends it like the sentences before it)
  const stop = /[）)\]】][ \t\u3000]*。[ \t\u3000]*$/u.test(text) && !/[。！？!?；;]$/u.test(inner.task.trimEnd()) ? "。" : "";
  return { task: inner.task.trimEnd() + stop, found: all };
}

/**
 * Brackets of roles closing sentences inside a task's text, before its last (`推进……创建。（省文化和旅游厅负责）加快……`):
 * only a bracket right after a sentence's end (。！？；) with more text after it, whose words are roles (a verb or a
 * label naming units or people). The task without them and their roles in printed order, or null. A bracket inside a
 * sentence (`……（含技改）……`) or one naming no role stays the text's.
 */
export function sentenceRoles(text: string, opts: ReadingOptions = {}): { task: string; found: Responsibility[] } | null {
  const found: Responsibility[] = [];
  let task = "";
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    if (!OPENERS.includes(text[i]!)) continue;
    const close = closingOf(text, i);
    if (close < 0 || !text.slice(close + 1).trim()) continue;
    // the bracket after its sentence's full stop (`……创建。（X负责）`) or before it (`……创建（X负责）。加快……`)
    if (!/[。！？!?；;]\s*$/.test(text.slice(0, i)) && !/^\s*[。！？!?；;]\s*\S/u.test(text.slice(close + 1))) continue;
    const r = parseResponsibility(text.slice(i + 1, close), true, { ...opts, bareLists: false });
    if (!r || !hasEntities(r) || !r.labels.length || r.remarks.length) continue;
    found.push(r);
    task += text.slice(at, i).trimEnd();
    at = close + 1;
    i = close;
  }
  if (!found.length) return null;
  return { task: task + text.slice(at).trimStart(), found };
}

/** The index of the bracket closing the one opened at `open` (nested brackets counted), or -1. */
export function closingOf(text: string, open = 0): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (OPENERS.includes(text[i]!)) depth++;
    else if (CLOSERS.includes(text[i]!) && --depth === 0) return i;
  }
  return -1;
}

/**
 * A responsibility bracket the text opens and never closes (`……万户。（牵头单位：区住建局；责任单位：`, an
 * excerpt cut inside it): read what it holds when it starts with a label, and say it is unclosed.
 */
function peelUnclosed(text: string): { task: string; found: Responsibility } | null {
  const depths = bracketDepths(text);
  let open = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    if (OPENERS.includes(text[i]!) && depths[i] === 0) {
      open = i;
      break;
    }
  }
  if (open <= 0 || !leftOpen(text.slice(open))) return null;
  const inner = text.slice(open + 1);
  const hits = scanLabels(inner);
  if (!hits.length || hits[0]!.start !== 0 || hits[0]!.field === "other") {
    // a role-verb bracket cut after its first clauses (`（区委政法委牵头，区公安分局、区民`)
    const roles = readCutRoles(inner);
    if (!roles) return null;
    roles.unclosed = true;
    return { task: text.slice(0, open).trimEnd(), found: roles };
  }
  const r = parseResponsibility(inner, false);
  if (!r) return null;
  r.unclosed = true;
  return { task: text.slice(0, open).trimEnd(), found: r };
}

/** Does the text, from an opening bracket, never get back to depth 0? */
function leftOpen(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch) && --depth === 0) return false;
  }
  return depth > 0;
}

/**
 * The responsibility after a dash at the end of a paragraph (`……。——X牵头，Y配合`,
 * `……——责任单位：X`), read like a bare bracket: only when it holds names, so a dash
 * inside the task (`……——打造政务服务品牌。`) stays.
 */
function peelDashed(text: string, opts: ReadingOptions): { task: string; found: Responsibility } | null {
  const dashes = [...text.matchAll(ROLE_DASH)];
  const last = dashes.at(-1);
  if (!last || last.index === 0) return null;
  // after the task's closing stop the dash may give the units alone (`……。——区住建局、各街道办事处`) where the
  // document reads its dashes so (`bareDashes`); a dash inside a sentence (`“生活圈”——社区…`) keeps needing labels or verbs
  const bareLists = opts.bareLists || (opts.bareDashes === true && closesSentence(text.slice(0, last.index)));
  const r = parseResponsibility(text.slice(last.index + last[0].length).replace(/[。；;.\s]+$/, ""), true, { ...opts, bareLists });
  if (!r || !hasEntities(r) || r.remarks.length) return null;
  return { task: text.slice(0, last.index).trimEnd(), found: r };
}

/** A closing sentence or clause that gives the task's units with 由 (`。此项工作由X牵头，Y配合。`, `，由X负责；`). */
const YOU_CLAUSE = /([。；;，,])\s*(?:(?:此|该|本|这)项(?:工作|任务|指标)?|(?:此|该|本|这)(?:项)?工作)?(?=由\p{Script=Han})/gu;

/**
 * The responsibility of a task written as its last sentence or clause with 由 and role verbs, no bracket nor label
 * (`……新增上云企业300家。此项工作由区工信局牵头，区科技局配合。`, `■ 招商引资到位资金30亿元，由县招商局负责；`):
 * only when every clause after 由 has its verb and names units (`所需资金由县财政负责保障。`, `由企业自主负责实施。` stay).
 * The task keeps its sentence's 。, not the comma before 由.
 */
export function peelYouClause(text: string): { task: string; found: Responsibility } | null {
  const t = text.trimEnd();
  for (const m of [...t.matchAll(YOU_CLAUSE)].reverse()) {
    const roles = unitRoles(t.slice(m.index + m[0].length).replace(/[。；;.，,\s]+$/, ""));
    if (!roles) continue;
    return { task: t.slice(0, m.index).trimEnd() + (m[1] === "。" ? "。" : ""), found: roles };
  }
  return peelLeadingYouClause(t);
}

/**
 * The same clause opening the task (`由县商务局牵头，县市场监管局、各乡镇配合，建设乡村旅游驿站…`): the longest run of
 * clauses after 由, up to a comma, in which every clause has its verb and names units; the task is what follows.
 * `由企业自主实施，…` (no unit named) and a task that merely opens with 由 stay whole.
 */
function peelLeadingYouClause(t: string): { task: string; found: Responsibility } | null {
  if (!/^由\p{Script=Han}/u.test(t)) return null;
  for (const m of [...t.matchAll(/[，,]/gu)].reverse()) {
    const task = t.slice(m.index + 1).trim();
    const roles = task ? unitRoles(t.slice(1, m.index)) : null;
    if (roles) return { task, found: roles };
  }
  return null;
}

/** The clauses after 由 as roles, when every clause has its verb and names units (no person): else null. */
function unitRoles(clauses: string): Responsibility | null {
  const roles = parseRoles(clauses);
  if (!roles || roles.unverbed.length || !looksLikeNames(roles)) return null;
  return (Object.keys(roles.cells) as EntityField[]).some((f) => f === "leaders" || f === "supervisors") ? null : roles;
}

/**
 * Does the document give responsibility after closing dashes (`……。——牵头单位：X`, `……——X牵头`)? Then a
 * dash after a sentence may give the names alone elsewhere in it (`ReadingOptions.bareDashes`).
 */
export function dashesGiveRoles(lines: readonly { text: string }[]): boolean {
  return lines.some((l) => peelDashed(l.text.trim(), {}) !== null);
}

/**
 * A line that is only responsibility: starts with a label (`牵头单位：X`,
 * `部门分工：X牵头…`, `分管省领导：A`) or is one whole bracket of it.
 */
export function parseLabelLine(text: string, othersToo = false, opts: ReadingOptions = {}): Responsibility | null {
  const t = colonAfterLabel(closeSpacedLabel(slashLabelGroup(text.trim().replace(/^[-—–·•*＊\s]+/, ""))));
  if (!t) return null;
  const hits = scanLabels(t, true);
  if (hits.length && hits[0]!.start === 0 && hits.some((h) => h.field !== "other")) return parseResponsibility(t, false);
  // a deadline label with a time (`完成时限：2024年12月`) is a label line even before the first responsibility label
  // (it stands between the task and its 牵头单位 line): its content is in no field, and not the task's
  // (so is a remark label, `备注：以市统计局反馈数据为准。`: a table's 备注 column, in no field and not the task's)
  const deadlineFirst =
    hits.length > 0 && hits[0]!.start === 0 && ((DEADLINE_LABEL.test(hits[0]!.text) && DEADLINE_CLAUSE.test(t.slice(hits[0]!.end).trim())) || REMARK_LABEL.test(hits[0]!.text));
  if ((othersToo || deadlineFirst) && hits.length && hits[0]!.start === 0) {
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

/** labels named once in a bracket, parted by slashes (`【分管市领导/牵头单位/配合单位】`), then their values so parted */
const SLASH_LABELS = /^[【\[［〔]([^】\]］〕]+)[】\]］〕]\s*[：:]?\s*(\S.*)$/u;
/** a value that says the role has no one (`—`, `无`, `/`) */
const NO_ONE = /^(?:[—–\-－―]+|无|暂无)$/u;

/**
 * A label group written once with its values after it in the same order, both parted by `/`
 * (`【分管市领导/牵头单位/配合单位】戚一凡/市发展改革委/市统计局、各县（区）`) as labelled values
 * (`分管市领导：…；牵头单位：…；配合单位：…`); a value `—` or `无` names no one. Only when every part of the bracket is a
 * responsibility label and the values come in the same count; any other line is returned as it is.
 */
export function slashLabelGroup(text: string): string {
  const m = SLASH_LABELS.exec(text);
  if (!m) return text;
  const labels = m[1]!.split(/[/／]/u).map((x) => x.trim());
  const values = m[2]!.trim().replace(/[。；;]$/u, "").split(/[/／]/u).map((x) => x.trim());
  if (labels.length < 2 || values.length !== labels.length || labels.some((l) => !l || !labelField(l))) return text;
  return labels.map((l, i) => (NO_ONE.test(values[i]!) || !values[i] ? `${l}：` : `${l}：${values[i]}`)).join("；");
}

/** A remark's label (`备注：`, `附注：`): its line is a label line of its own, its content in no field. */
const REMARK_LABEL = /^(?:备注|附注)$/u;

/** Labels that give a task's deadline (their content is a time, in no field). */
const DEADLINE_LABEL = /^(?:完成|办结|工作)?(?:时限|期限|时间节点|完成时间|时间要求|时限要求)$/;

/** A label at the start of a line written with spaces between its characters, as a justified cell prints it (`牵 头 单 位：`). */
const SPACED_LABEL = /^((?:\p{Script=Han}[ \u3000\u00a0]+){1,7}\p{Script=Han})(?=\s*[：:])/u;

/** The line with a spaced label closed up (`牵 头 单 位：X` → `牵头单位：X`); other lines as they are. */
export function closeSpacedLabel(text: string): string {
  const m = SPACED_LABEL.exec(text);
  if (!m) return text;
  const label = m[1]!.replace(/[ \u3000\u00a0]+/g, "");
  return labelField(label) ? label + text.slice(m[0].length) : text;
}

/** A label word and its names separated by a space, no colon (`牵头单位 县市场监管局`): a two-cell row flattened to a line. */
const LABEL_THEN_SPACE = /^(\p{Script=Han}{2,8})[ \t\u3000\u00a0]+(?=\S)/u;

/** the longest label word (`配合责任单位`, `分管副县长`): a longer name ending in 单位 is a unit's */
const MAX_LABEL_WORD = 6;

/** a wide gap between two labels of a line: a full-width space, or two spaces or more */
const LABELS_APART = /(?:\u3000|[ \t\u00a0]{2,})[\s\u3000]*/u;

/**
 * The line with the colon a label left out put back (`牵头单位 县市场监管局` → `牵头单位：县市场监管局`):
 * only when the first word is a label word and all after it is a list of names (a sentence that
 * starts with the word, `责任单位 要切实履行职责。`, is left as it is).
 */
export function colonAfterLabel(text: string): string {
  // several labels on one line, each without its colon (`牵头单位 县教育局；配合单位 县住建局`): each part put right
  const parts = text.split(/[；;]/);
  if (parts.length > 1) {
    const fixed = parts.map((p) => colonAfterOneLabel(p.trim()));
    return fixed.every((f, i) => f !== parts[i]!.trim()) ? fixed.join("；") : text;
  }
  // or apart by a wide gap (`责任领导 张三　　牵头单位 县发改局`): each part a label and its names
  const apart = text.trim().split(LABELS_APART);
  if (apart.length > 1) {
    const fixed = apart.map((p) => colonAfterOneLabel(p));
    if (fixed.every((f, i) => f !== apart[i])) return fixed.join("；");
  }
  return colonAfterOneLabel(text);
}

/** A word a table's header row holds (`备注`, `序号`, `完成时限`, any field's word): never a person's name. */
function isHeaderWord(word: string): boolean {
  return word === "序号" || HEADER_RULES.some((r) => r.pattern.test(word));
}

function colonAfterOneLabel(text: string): string {
  const m = LABEL_THEN_SPACE.exec(text);
  const field = m ? labelField(m[1]!) : null;
  if (!m || !field) return text;
  const rest = text.slice(m[0].length).trim();
  if (/[：:。；;！!？?“”"%％]/.test(rest)) return text;
  const names = splitEntities([rest.replace(ET_CETERA, "")], "unit");
  // (under a people label, two or three Han characters are a person's name whatever its surname: `责任领导 苑一凡`)
  const people = field === "leaders" || field === "supervisors";
  // (a header word after it, `责任领导 备注`, is a header row's next cell, no name)
  const kinds = names.map((n) => (people && /^\p{Script=Han}{2,3}$/u.test(n) && !isHeaderWord(n) ? "person" : classify(n)));
  if (!names.length || !kinds.every((k) => k === "unit" || k === "collective" || k === "person")) return text;
  // label words after the label (`牵头单位 配合单位`): a table's header row, not a label and its names
  // (a unit named after its members, `县安委会各成员单位`, is longer than any label word)
  if (names.some((n) => labelField(n) && [...n].length <= MAX_LABEL_WORD)) return text;
  return `${m[1]}：${rest}`;
}

/** A numbering marker alone on a line (`4、`, `5.`, `（六）`, `⑦`: the next task, cut after its number): never names. */
export const BARE_MARKER = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[、.．]$|^[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[）)]$|^[\u2460-\u2473]$/;

/**
 * Does a plain line right under a label line continue that label's list (a
 * list wrapped over lines: `责任单位：区发改局、区交通` + `局、区住建局`)? Only when
 * the line holds a list itself or the list above ends in the middle of a name.
 */
export function continuesList(label: Responsibility, line: string): boolean {
  const field = label.lastField;
  if (!field) return false;
  const t = line.trim();
  if (!t || /[。；;：:]/.test(t.slice(0, -1)) || BARE_MARKER.test(t)) return false;
  // a sentence of its own (`新建标准化茶园1200亩，培育企业2家。`, the next task unnumbered): a part with digits or longer
  // than any name, and a full stop closing it
  // — or, closed or not, a part with digits or longer than any name (`新建社区养老服务设施 8 个，新增床位 600 张，为`: the next
  // task's first line, its number printed lower beside the label lines)
  const parts = t.replace(/[。！!？?]$/, "").replace(/[（(][^（）()]*[）)]/g, "").split(/[、，,]/);
  if (parts.some((p) => /\d/.test(p) || p.trim().length > LIST_SETTINGS.maxNameChars)) return false;
  const prev = label.cells[field]?.at(-1) ?? "";
  const lastName = prev.split(/[、，,\s]/).pop() ?? "";
  return /[、，,]/.test(t) || (lastName !== "" && (classify(lastName) === "fragment" || completesName(lastName, t)));
}

/** Longest tail of a name wrapped onto a line of its own (`各乡镇人民政` + `府`). */
const MAX_WRAPPED_TAIL = 3;

/**
 * A short line that completes the last name of a list into a name with a strong unit ending (`各乡镇人民政` + `府`,
 * `县投资促进中` + `心`) where the name alone has none: the name was wrapped. A line that is a name of its own
 * (`县财政局`) or a name already whole before it (`县发改局` + `等`) completes nothing.
 */
export function completesName(lastName: string, line: string): boolean {
  const t = line.trim();
  if (!/^\p{Script=Han}+$/u.test(t)) return false;
  // a name's generic tail alone on the line (`各乡镇` | `人民政府`): no name of its own, the end of the one above
  if (isBareTail(t)) return true;
  if ([...t].length > MAX_WRAPPED_TAIL) return false;
  if (unitEnding(lastName)?.strength === "strong") return false;
  return unitEnding(lastName + t)?.strength === "strong";
}

/**
 * A whole unit's name alone on the line right under a unit label's list that ended on a whole name (`责任单位：县水利局、
 * 各乡镇` | `县交通运输局`): one more name of the list, the separator lost at the line's end — not a heading of the tasks
 * below (it had become the section of every task after it). A guess the row says (blocks.ts). A line of prose, a
 * heading's words (`民生实事`), a person's name, or a line under a people label is no such name.
 */
export function unitAfterList(label: Responsibility, line: string): boolean {
  const field = label.lastField;
  if (!field || !isUnitField(field)) return false;
  const t = line.trim();
  if (!/^\p{Script=Han}[\p{Script=Han}（）()]*$/u.test(t) || [...t].length < MIN_UNIT_LINE) return false;
  const kind = classify(t);
  return (kind === "unit" || kind === "collective") && !labelField(t);
}

/** the shortest unit name taken alone on its line (`县财政局`; two characters are a word) */
const MIN_UNIT_LINE = 3;

/**
 * Under a label written with nothing after its colon, a plain line that is one whole name of
 * the label's kind (a unit, or a person under a people label) is the next name of its list,
 * written one per line. A heading (`民生实事`) or a sentence is no name.
 */
export function isNameBelow(label: Responsibility, line: string): boolean {
  const field = label.namesBelow;
  const t = line.trim();
  if (!field || !t || t.length > LIST_SETTINGS.maxNameChars || PROSE_PUNCTUATION.test(t)) return false;
  const people = field === "leaders" || field === "supervisors";
  const names = splitEntities([t], people ? "person" : "unit");
  if (names.length !== 1) return false;
  const kind = classify(names[0]!);
  return people ? kind === "person" : kind === "unit" || kind === "collective";
}

/** Bracket depth at every offset of `text`. */
function bracketDepths(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  for (const ch of text) {
    if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    out.push(depth);
    if (OPENERS.includes(ch)) depth++;
  }
  return out;
}

/** A line that opens with a role label (`牵头：X；配`, `配合单位：Y`): a responsibility cell, never a task's words nor a running head. */
export function opensWithRoleLabel(text: string): boolean {
  const hit = scanLabels(text.trim())[0];
  return hit !== undefined && hit.start === 0 && hit.field !== "other";
}
