/**
 * Units written with their person in one column or label (`责任单位及责任人：县统计局 赵敏；县财政局 孙波`,
 * a `牵头单位及责任人` column holding `县住建局（申华）、县城管局（季明）`): under such a header each unit's
 * person is the unit's responsible person, a leader. The units stay in the header's field; the people go to
 * `leaders`, in order. Under any other header a bracket after a unit is the unit's annotation and stays.
 */
import type { CellLine, EntityField, RawRecord } from "../model/intermediate.js";
import { isPersonName } from "../names/classify.js";

/** A header naming units together with their people (`责任单位及责任人`, `牵头单位（责任人）`). */
export const UNIT_PERSON_HEADER = /(单位|部门|科室|处室)(?:(?:及其?|和|与)(责任人|负责人|责任领导)|[（(](责任人|负责人|责任领导)[）)])/;

/** A unit with its person in brackets, or after a space; the person must read as a name. */
const BRACKETED = /([^\s、，,；;（）()]+?)[（(]\s*(\p{Script=Han}{2,4})\s*[）)]/gu;
const SPACED = /([^\s、，,；;（）()]+?)[ \t\u3000]+(\p{Script=Han}{2,4})(?=$|[\s、，,；;])/gu;

/** The persons of a text of unit-person pairs, and the text left with only the units (null: no pair). */
export function splitUnitPersons(text: string): { units: string; persons: string[] } | null {
  const persons: string[] = [];
  const take = (m: string, unit: string, person: string) => {
    if (!isPersonName(person) || isPersonName(unit)) return m;
    persons.push(person);
    return unit;
  };
  const units = text.replace(BRACKETED, take).replace(SPACED, take);
  return persons.length ? { units, persons } : null;
}

const UNIT_FIELDS = ["leadUnits", "units", "coUnits"] as const;

/** Move the persons out of the unit fields whose header names them (`fields`); returns whether any moved. */
export function applyUnitPersons(rec: RawRecord, fields: ReadonlySet<EntityField>): boolean {
  const persons: CellLine[] = [];
  for (const f of UNIT_FIELDS) {
    if (!fields.has(f) || !rec.cells[f]) continue;
    rec.cells[f] = rec.cells[f]!.map((frag) => {
      const r = splitUnitPersons(frag.text);
      if (!r) return frag;
      persons.push(...r.persons.map((text) => ({ ...frag, text })));
      return { ...frag, text: r.units };
    });
  }
  if (persons.length) rec.cells.leaders = [...(rec.cells.leaders ?? []), ...persons];
  return persons.length > 0;
}

/** The unit fields whose header names their people too. */
export function unitPersonFields(headers: ReadonlyArray<{ text: string; field: string }>): Set<EntityField> {
  return new Set(headers.filter((h) => UNIT_PERSON_HEADER.test(h.text.replace(/\s+/g, ""))).map((h) => h.field as EntityField));
}
