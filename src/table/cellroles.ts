/**
 * Roles written inside a table's responsibility cell instead of by its header:
 * role labels (`牵头：区统计局；配合：区发改局、区工信局` in a 责任单位 column) and
 * role notes after a name (`区水利局（牵头）<br>区住建局`). The header gives a
 * cell's names their field; a label or note in the cell names a more specific
 * one, as the same words do in a list (layouts/list/labels.ts, notes.ts).
 */
import type { CellLine, EntityField, RawRecord } from "../model/intermediate.js";
import { opensWithRoleLabel, parseResponsibility, scanLabels } from "../layouts/list/labels.js";
import { applyRoleNotes } from "../layouts/list/notes.js";
import { looksLikeNames, parseRoles } from "../layouts/list/roles.js";
import { classify } from "../names/classify.js";
import { splitEntities } from "../names/split.js";
import { textLines } from "./records.js";

const UNIT_FIELDS = ["leadUnits", "units", "coUnits"] as const;
/** the fields a unit cell's labels may name: its units', and the people of a label of their own (`责任领导：W`) */
const LABELLED_FIELDS: readonly EntityField[] = [...UNIT_FIELDS, "leaders", "supervisors"];

/**
 * A unit cell that opens with a role label (`牵头：X；配合：Y`): its names go to the fields the labels
 * name. A cell whose labels leave text that is no list of names (a remark) is left as it is.
 * Returns the labels read (for the table's headers; [] when the record has none) and the unit fields whose cells it
 * rewrote (a label the lexicon reads as the column's own, `责任：X、Y`, moves names without naming a new field).
 * `division`: the units column is a division-of-work column (`责任分工`, table/lexicon.ts ROLE_COLUMN).
 */
export function applyCellRoleLabels(rec: RawRecord, division = false): { labels: Array<{ text: string; field: EntityField }>; rewritten: EntityField[] } {
  const labels: Array<{ text: string; field: EntityField }> = [];
  const moved: Partial<Record<EntityField, string[]>> = {};
  const rewritten: EntityField[] = [];
  for (const f of UNIT_FIELDS) {
    const text = cellText(rec.cells[f] ?? []);
    // a division-of-work column (`责任分工`) writes its roles with labels or verbs, people among them
    const roles = division && f === "units";
    const hits = scanLabels(text).filter((h) => h.field !== "other" && h.field !== "roles");
    // the label must open the cell: a label further in is part of a name's annotation or of prose
    // (or, in any units column, every clause of the cell is names and a role verb: `X牵头，Y、Z配合`, `X、Y负责`)
    const labelled = hits.length > 0 && hits[0]!.start === 0;
    if (!roles && !labelled && !verbedCell(text)) continue;
    const r = parseResponsibility(text, false);
    if (!r || r.remarks.length || r.labels.some((l) => l.field === "other")) continue;
    const fields = Object.keys(r.cells) as EntityField[];
    // (a people label among them names its field as plainly: `牵头单位：X` | `配合单位：Y` | `责任领导：W`)
    if (!fields.length || !fields.some((x) => (UNIT_FIELDS as readonly string[]).includes(x)) || fields.some((x) => !LABELLED_FIELDS.includes(x) && !roles)) continue;
    rec.cells[f] = [];
    rewritten.push(f, ...fields);
    for (const x of fields) (moved[x] ??= []).push(...r.cells[x]!);
    for (const l of r.labels) if (l.field !== "other") labels.push({ text: l.text, field: l.field });
  }
  for (const [x, names] of Object.entries(moved) as Array<[EntityField, string[]]>) rec.cells[x] = [...(rec.cells[x] ?? []), ...textLines(names)];
  return { labels, rewritten: [...new Set(rewritten)] };
}

/**
 * A unit cell that writes its roles with verbs, no label (`县发改局牵头，县财政局、各乡镇配合`, `县财政局、县税务局负责`):
 * every clause is names followed by a role verb, and the names read as units. A name with a role's ending
 * (`县委组织部负责人`), a note in brackets (`县财政局（负责资金保障）`) or prose before a verb
 * (`所需资金由财政负责`) is no such cell.
 */
export function verbedCell(text: string): boolean {
  const r = parseRoles(text);
  if (!r || !r.labels.length || r.unverbed.length || r.remarks.length || !looksLikeNames(r)) return false;
  // (each name a unit's or a collective's: `全面负责` names no one)
  const names = Object.values(r.cells).flatMap((frags) => splitEntities(frags ?? [], "unit"));
  return names.length > 0 && names.every((n) => UNIT_KINDS.has(classify(n)));
}
const UNIT_KINDS: ReadonlySet<string> = new Set(["unit", "collective"]);

/**
 * A cell's lines as one text: a line wrapped by the cell's width goes on with no space (`牵头：X；配` | `合：Y` is
 * `配合：`), and so does a line whose break cuts a role label in two, whatever the width says; other lines are
 * cells' lines apart (a space).
 */
export function cellText(lines: readonly CellLine[]): string {
  let out = "";
  lines.forEach((l, i) => {
    const t = l.text.trim();
    if (!t) return;
    // (a line that opens with a label starts a clause of its own, wrapped before it or not: `…各乡镇人民政府` | `责任领导：…`)
    out += out && (!lines[i - 1]?.wrapped || opensWithRoleLabel(t)) && !cutsLabel(out, t) ? ` ${t}` : t;
  });
  return out;
}

/** at most this many characters of a cut label before the break (`配` | `合：`, `牵头单` | `位：`) */
const MAX_LABEL_HEAD = 3;
const CLAUSE_START = /[；;，,、。\s]/;

/** The break between `before` and `after` falls inside a role label (`…；配` | `合：…`). */
export function cutsLabel(before: string, after: string): boolean {
  const joined = before + after;
  // the label starts a clause (after a separator), a few characters before the break
  return scanLabels(joined).some((h) => h.start < before.length && h.end > before.length && before.length - h.start <= MAX_LABEL_HEAD && (h.start === 0 || CLAUSE_START.test(joined[h.start - 1]!)));
}

/**
 * A task cell that carries its responsibilities as label lines under the task (`工作任务及责任分工`: the task, then
 * `牵头单位：X` / `责任单位：Y、Z` / `责任领导：W`), in a row whose own responsibility cells are empty: the lines from the
 * first label on leave the task for the fields their labels name. Only when every label read names a unit or a person
 * and nothing else is left (a remark stays in the task). Returns the labels read.
 */
export function applyTaskCellLabels(rec: RawRecord): Array<{ text: string; field: EntityField }> {
  if (LABELLED_FIELDS.some((f) => (rec.cells[f] ?? []).some((l) => l.text.trim()))) return [];
  const lines = rec.task;
  const at = lines.findIndex((l, i) => {
    const first = i > 0 ? scanLabels(l.trim())[0] : undefined;
    return first?.start === 0 && LABELLED_FIELDS.includes(first.field as EntityField);
  });
  if (at < 1) return [];
  const text = lines.slice(at).map((l) => l.trim()).join("\n");
  const r = parseResponsibility(text, false);
  if (!r || r.remarks.length || r.labels.some((l) => !LABELLED_FIELDS.includes(l.field as EntityField))) return [];
  const fields = Object.keys(r.cells) as EntityField[];
  if (!fields.length || fields.some((f) => !LABELLED_FIELDS.includes(f))) return [];
  rec.task = lines.slice(0, at);
  for (const f of fields) rec.cells[f] = textLines(r.cells[f]!);
  return r.labels.map((l) => ({ text: l.text, field: l.field as EntityField }));
}

/** Role labels, then role notes, in a record's unit cells; returns the labels and notes read. */
export function applyCellRoles(rec: RawRecord, division = false): Array<{ text: string; field: EntityField }> {
  const { labels } = applyCellRoleLabels(rec, division);
  const notes = applyRoleNotes(rec).map((n) => ({ text: n.note, field: n.field }));
  return [...labels, ...notes];
}
