/**
 * The note that the first unit of every list leads (`列第一位者为牵头单位`, or in a header:
 * `责任单位（排第一位的为牵头单位）`): the first unit of a list without an explicit lead becomes the lead,
 * and the task says it was read from the note, not printed as such.
 */
import type { EntityField, RawRecord } from "../model/intermediate.js";
import { splitEntities } from "../names/split.js";
import type { TextSearch } from "../text/search.js";
import { textLines } from "./records.js";
import { FIRST_IS_LEAD_NOTE } from "./lexicon.js";
import { toSimplified } from "../text/script.js";

/** Move the first unit of the record's units to its lead (the rest stay in `rest`); false when it has a lead or no units. */
export function moveFirstToLead(rec: RawRecord, note: string, rest: "units" | "coUnits" = "units", documentText?: TextSearch): boolean {
  if (rec.cells.leadUnits?.length || !rec.cells.units?.length) return false;
  const opts = documentText ? { documentText } : {};
  const names = splitEntities(rec.cells.units, "unit", opts);
  if (!names.length) return false;
  rec.cells.leadUnits = textLines([names[0]!]);
  rec.cells.units = [];
  if (rest === "coUnits") rec.cells.coUnits = textLines([...names.slice(1), ...splitEntities(rec.cells.coUnits ?? [], "unit", opts)]);
  else rec.cells.units = textLines(names.slice(1));
  rec.presplit = [...(rec.presplit ?? []), "leadUnits", "units", "coUnits"];
  rec.review = [
    ...(rec.review ?? []),
    { code: "LEAD_FROM_FIRST_LISTED", message: `牵头单位“${names[0]}”不是标注写明的，是按文件“${note}”的说明取名单第一个单位，请核对。` },
  ];
  return true;
}

/** The first-is-lead note a table's unit header carries (`责任单位（排第一位的为牵头单位）`), or null. */
export function headerFirstIsLead(headers: ReadonlyArray<{ text: string; field: EntityField | string }>): string | null {
  for (const h of headers) {
    if (h.field !== "units") continue;
    const m = FIRST_IS_LEAD_NOTE.exec(toSimplified(h.text.replace(/\s+/g, "")));
    if (m) return m[0];
  }
  return null;
}
