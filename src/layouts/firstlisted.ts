/**
 * The "first listed leads" note (`列第一位者为牵头单位`, or a unit header's `（排在第一位的为牵头单位）`), applied
 * to a layout's records as a whole. The record keeps a unit where its header or label puts it (DOMAIN: `leadUnits`
 * are the units under a lead header), so by default nothing moves and the document's note is reported once per
 * table. A caller that wants the note read (`ParseOptions.firstListedLead`, `--first-listed-lead`) gets the first
 * unit of each list without a lead promoted, every such row flagged `LEAD_FROM_FIRST_LISTED`. A hedged note
 * (`…为牵头单位或汇总单位`) never promotes: the first unit may only gather the reports.
 */
import type { Diagnostic } from "../model/schema.js";
import type { FirstListedNote, InputDocument, LayoutResult, RawRecord } from "../model/intermediate.js";
import { moveFirstToLead } from "../table/firstlead.js";
import { documentText, searchable, type TextSearch } from "../text/search.js";

/** The records with the note applied as the caller asks, and one diagnostic per table that has the note. */
export function applyFirstListed(result: LayoutResult, doc: InputDocument, promote: boolean): LayoutResult {
  const byTable = new Map<number, { note: FirstListedNote; records: RawRecord[] }>();
  for (const rec of result.records) {
    if (!rec.firstListed || rec.firstListed.hedged) continue;
    const entry = byTable.get(rec.table) ?? { note: rec.firstListed, records: [] };
    entry.records.push(rec);
    byTable.set(rec.table, entry);
  }
  if (!byTable.size) return result;
  const tables = result.tables.map((t) => (byTable.has(t.index) ? { ...t, headers: [...t.headers], columns: [...t.columns] } : t));
  const diagnostics = [...result.diagnostics];
  let text: TextSearch | undefined;
  for (const [table, { note, records }] of byTable) {
    const at = { table, ...(note.line !== undefined ? { line: note.line } : {}), ...(note.page !== undefined ? { page: note.page } : {}) };
    if (!promote) {
      diagnostics.push({ level: "info", code: "FIRST_LISTED_NOTE", message: keptMessage(note.note), ...at });
      continue;
    }
    text ??= searchable(documentText(doc.lines));
    let moved = 0;
    for (const r of records) if (moveFirstToLead(r, note.note, note.rest, text)) moved++;
    const spec = tables.find((t) => t.index === table);
    // the note names the lead column (and, with `其余为配合单位`, the co-units column) of the table
    if (spec && moved) {
      if (!spec.headers.some((h) => h.text === note.note)) {
        spec.headers.push({ text: note.note, field: "leadUnits" });
        spec.columns.push("leadUnits");
      }
      if (note.rest === "coUnits" && !spec.columns.includes("coUnits")) {
        spec.headers.push({ text: "其余为配合单位", field: "coUnits" });
        spec.columns.push("coUnits");
      }
    }
    diagnostics.push({ level: "info", code: "LIST_FIRST_IS_LEAD", message: promotedMessage(note, moved), ...at });
  }
  return { ...result, tables, diagnostics };
}

function keptMessage(note: string): string {
  return `文件注明“${note}”：各项的单位按表头和标注全部记为责任单位（units），没有把列第一位的单位改记为牵头单位（leadUnits）。如需按这一说明记录牵头单位，请加 --first-listed-lead 重新解析。`;
}

function promotedMessage(note: FirstListedNote, moved: number): string {
  const rest = note.rest === "coUnits" ? "按文件所注作为配合单位（coUnits）" : "保留为责任单位";
  return `文件注明“${note.note}”：已把 ${moved} 项任务名单中列第一位的单位作为牵头单位（leadUnits），其余单位${rest}。`;
}
