/**
 * What the list layout collects for one paragraph: raw name lists per field,
 * the labels or verbs that said so, and what it noticed on the way. Also the
 * one place that says which field a label word names (via the header-synonym
 * table).
 */
import type { EntityField } from "../../model/intermediate.js";
import { toSimplified } from "../../text/script.js";
import { mapHeader } from "../../table/headers.js";
import { ET_CETERA, ET_CETERA_INSIDE, LABEL_NOT_ADDRESSEE, ORDER_NOTE, ROLE_LABELS, ROLE_LABELS_WHOLE, SQUARE_ROLE_NOTE } from "./data.js";
import { isResponsibilityField } from "../../table/lexicon.js";

export const OPENERS = "（([［【〔";
export const CLOSERS = "）)]］】〕";
const SEPARATORS = /^[\s，,；;。.、：:]+|[\s，,；;。.、：:]+$/g;
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
  /** text inside the bracket that is neither a label nor a role (a remark), given back to the task */
  remarks: string[];
  /** clauses of a role bracket that give a time (`年内持续推进`), dropped: they are no names */
  deadlines: string[];
  /** names in a clause without a verb of their own (`X，Y配合`, `X牵头，Y配合，Z`): given a neighbouring verb's role by guess */
  unverbed: string[];
  /** whole names read alone on lines under the list, its separator lost (`县交通运输局` under `责任单位：…、各乡镇`) */
  linesJoined?: string[];
  /** the roles were read from this many brackets, one closing each sentence of the task */
  perSentence?: number;
  /** `X会同Y负责`: the partners after 会同, read as co-units (they might share the responsibility) */
  partners?: string[];
  /** the last label's list is empty or ends with a separator: the next line continues it */
  openField?: EntityField;
  /** the unit was taken from the heading above (`一、县发改局（3项）`), the task names none */
  fromHeading?: string;
  /** read from a bracket that the text never closes (`……。（牵头单位：区住建局；责任单位：` and the text ends) */
  unclosed?: boolean;
  /** the last label had nothing after its colon: its names may follow one per line (`责任单位：` / `县财政局` / `县自然资源局`) */
  namesBelow?: EntityField;
  /** the field of the last label (a line wrapped inside its list continues it) */
  lastField?: EntityField;
}

export interface ReadingOptions {
  /** the document says the first of every list leads: a bracket of unit names alone is a list too */
  bareLists?: boolean;
  /**
   * the document closes its tasks with brackets of unit names alone (`……服务水平。（市发改委、市财政局）`):
   * such a bracket after the end of a sentence is a list too (after a name it is the name's annotation)
   */
  bareBrackets?: boolean;
  /**
   * the document gives responsibility after closing dashes with labels or role verbs somewhere
   * (`……。——牵头单位：X`), or calls itself a decomposition: a dash after the sentence may then be
   * followed by the unit names alone (`……。——区住建局、各街道办事处`). Elsewhere such a dash is an
   * attribution (`——区统计局`, a news page crediting who did the work).
   */
  bareDashes?: boolean;
}

export function emptyResponsibility(): Responsibility {
  return { cells: {}, labels: [], firstIsLead: false, etCetera: [], remarks: [], deadlines: [], unverbed: [] };
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
  into.deadlines.push(...from.deadlines);
  into.unverbed.push(...from.unverbed);
  if (from.partners?.length) (into.partners ??= []).push(...from.partners);
  if (from.linesJoined?.length) (into.linesJoined ??= []).push(...from.linesJoined);
  if (from.perSentence) into.perSentence = (into.perSentence ?? 0) + from.perSentence;
  if (from.unclosed) into.unclosed = true;
  return into;
}

export const trimSeparators = (s: string): string => s.replace(SEPARATORS, "");

/** Add a list of names to a field; a closing `等` is dropped and recorded. */
export function addFragment(r: Responsibility, field: EntityField, fragment: string): void {
  let frag = trimSeparators(fragment.replace(ORDER_NOTE, "")).replace(SQUARE_ROLE_NOTE, "（$1）");
  // `X等省直有关部门，Y`: the closing words of a part inside the list (one character for one after folding)
  for (const inner of [...toSimplified(frag).matchAll(ET_CETERA_INSIDE)].reverse()) {
    r.etCetera.push(frag.slice(0, inner.index + inner[0].length));
    frag = frag.slice(0, inner.index) + frag.slice(inner.index + inner[0].length);
  }
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
  // an addressee (`各有关单位：`, `区直各单位：`) names units but is no label
  if (LABEL_NOT_ADDRESSEE.test(folded)) return null;
  const f = mapHeader(folded);
  if (isResponsibilityField(f)) return f;
  if (ROLE_LABELS.includes(folded) || ROLE_LABELS_WHOLE.includes(folded)) return "roles";
  return null;
}
