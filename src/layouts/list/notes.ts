/**
 * Roles written after names (`市发改委（牵头）`), applied to the records: they split the lists here, so the
 * records carry presplit names. (The "first listed leads" note is read in layouts/firstlisted.ts.)
 */
import type { CellLine, EntityField, RawRecord } from "../../model/intermediate.js";
import { toSimplified } from "../../text/script.js";
import { splitEntities } from "../../names/split.js";
import { textLines } from "../../table/records.js";
import { ROLE_NOTES } from "./data.js";
import type { TextSearch } from "../../text/search.js";

/** The role note that ends a name (`市发改委（牵头）`), if any. */
export function roleNoteOf(name: string): { field: EntityField; note: string } | null {
  const folded = toSimplified(name);
  for (const n of ROLE_NOTES) {
    const m = n.pattern.exec(folded);
    if (m && m.index + m[0].length === folded.length && m.index > 0) return { field: n.field, note: name.slice(m.index) };
  }
  return null;
}

/**
 * The names of one list, a role note closing a group set off by `；` given to every name of that group
 * (`市住建局（牵头）；市城管局、市交通运输局（配合）` → 市城管局 and 市交通运输局 both 配合). Only where the list has
 * two or more such groups and the group's other names carry no note; in a list without `；`
 * (`X（牵头）、Y、Z（配合）`) a note stays with its own name.
 */
export function groupNotesSpread(text: string, opts: { documentText?: TextSearch } = {}): string[] {
  const groups = text.split(/[；;]/).map((g) => g.trim()).filter(Boolean);
  if (groups.length < 2) return splitEntities([text], "unit", opts);
  return groups.flatMap((g) => {
    const names = splitEntities([g], "unit", opts);
    const role = names.length > 1 ? roleNoteOf(names[names.length - 1]!) : null;
    if (!role || names.slice(0, -1).some((n) => roleNoteOf(n))) return names;
    return names.map((n, i) => (i === names.length - 1 ? n : n + role.note));
  });
}

/**
 * Names marked with their role in a list (`责任单位：市发改委（牵头）、市财政局`) go
 * to that role's field without the note. Returns the notes seen.
 */
/**
 * A cell's lines with a line that leaves a bracket open joined to the next (no space: the bracket's text was
 * wrapped by width). Lines whose brackets close stay apart.
 */
export function joinOpenBrackets(lines: readonly CellLine[]): CellLine[] {
  const out: CellLine[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    if (prev && openBrackets(prev.text) > 0 && /^[^（(]*[）)]/.test(l.text.trim())) out[out.length - 1] = { ...l, text: prev.text.trimEnd() + l.text.trim() };
    else out.push(l);
  }
  return out;
}

/** How many brackets the text leaves open. */
function openBrackets(text: string): number {
  let depth = 0;
  for (const ch of text) {
    if (ch === "（" || ch === "(") depth++;
    else if ((ch === "）" || ch === ")") && depth > 0) depth--;
  }
  return depth;
}

export function applyRoleNotes(rec: RawRecord, documentText?: TextSearch): Array<{ field: EntityField; note: string }> {
  const unitFields = ["leadUnits", "units", "coUnits"] as const;
  // a note wrapped inside its bracket (`市交通运输局（牵` | `头）、檀州港务局`) is one note
  for (const f of unitFields) if (rec.cells[f]) rec.cells[f] = joinOpenBrackets(rec.cells[f]!);
  if (!unitFields.some((f) => (rec.cells[f] ?? []).some((frag) => ROLE_NOTES.some((n) => n.pattern.test(toSimplified(frag.text)))))) return [];
  const out: Partial<Record<EntityField, string[]>> = {};
  const seen: Array<{ field: EntityField; note: string }> = [];
  const opts = documentText ? { documentText } : {};
  for (const f of unitFields) {
    const frags = rec.cells[f] ?? [];
    const grouped = frags.some((frag) => /[；;]/.test(frag.text));
    for (const name of grouped ? frags.flatMap((frag) => groupNotesSpread(frag.text, opts)) : splitEntities(frags, "unit", opts)) {
      const role = roleNoteOf(name);
      if (role) seen.push(role);
      (out[role?.field ?? f] ??= []).push(role ? name.slice(0, name.length - role.note.length) : name);
    }
  }
  for (const f of unitFields) rec.cells[f] = textLines(out[f] ?? []);
  rec.presplit = [...new Set([...(rec.presplit ?? []), ...unitFields])];
  return seen;
}
