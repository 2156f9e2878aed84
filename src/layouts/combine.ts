/**
 * Choose the layout and rebuild rows. The best-fitting layout that yields
 * records reads the document first; then each other layout that
 * `complements` runs on the lines the ones before it did not read, so a
 * notice with both a tab-separated table and list-form tasks yields both, as
 * separate tables in document order. A forced layout (`--layout`) runs alone.
 */
import { applySectionPeople } from "../table/sectionpeople.js";
import { applyRoleNotes } from "./list/notes.js";
import { applyCellRoleLabels } from "../table/cellroles.js";
import { hasDivisionColumn } from "../table/headers.js";
import { opensWithRoleLabel } from "./list/labels.js";
import type { InputDocument, LayoutResult } from "../model/intermediate.js";
import type { Settings } from "../model/settings.js";
import { isForced, layoutsByFit, withStructure, type Layout } from "./registry.js";
import { mergeResults } from "./merge.js";
import { applyFirstListed } from "./firstlisted.js";

/** Lines a result read: what the layout reported, else the span of its records' lines. */
export function consumedLines(result: LayoutResult): Set<number> {
  if (result.consumed) return new Set(result.consumed);
  let first = Infinity;
  let last = -Infinity;
  for (const r of result.records) {
    const n = r.source.line;
    if (n === undefined) continue;
    if (n < first) first = n;
    if (n > last) last = n;
  }
  const out = new Set<number>();
  for (let n = first; n <= last; n++) out.add(n);
  return out;
}

/** The document with the given lines blanked (line numbers kept). */
export function withoutLines(doc: InputDocument, lines: ReadonlySet<number>): InputDocument {
  return { ...doc, lines: doc.lines.map((l) => (lines.has(l.line) ? { ...l, text: "" } : l)) };
}

/** Layouts that read a row's cells out of text without the table stage, leaving role notes in them (a PDF dump). */
const TEXT_CELL_LAYOUTS: ReadonlySet<string> = new Set(["flat"]);

/** Rebuild the rows of a document: the first layout with records, plus what complementing layouts find in the rest. */
export function rebuildRows(doc: InputDocument, settings: Settings, forced?: string, firstListedLead = false): LayoutResult | null {
  const read = readRows(doc, settings, forced);
  if (!read?.records.length) return read;
  // a "first listed leads" note: read only when the caller asks (layouts/firstlisted.ts)
  const result = applyFirstListed(read, doc, firstListedLead);
  // a heading naming who answers for the tasks under it (any layout's section path)
  const people = applySectionPeople(result.records);
  // role notes after a unit (`市发改委（牵头）、市财政局`) in a flat row read from a PDF dump: as the
  // table stage reads them in a structured cell (the note's field joins its table's columns)
  const tables = result.tables.map((t) => ({ ...t, headers: [...t.headers], columns: [...t.columns] }));
  // (the table stage, which the grid and aligned layouts feed, and the list layout read them already)
  const asText = new Set(tables.filter((t) => TEXT_CELL_LAYOUTS.has(t.layout)).map((t) => t.index));
  for (const rec of people.records) {
    if (!asText.has(rec.table)) continue;
    const spec = tables.find((t) => t.index === rec.table)!;
    // role labels opening a unit cell (`牵头：X；配合：Y`), in a division-of-work column (`责任分工`) or any units column
    const division = hasDivisionColumn(spec.headers);
    // (a flat row's cell holds one name per line, split at `、`: a label cell is read as the one text it was printed as)
    for (const f of ["leadUnits", "units", "coUnits"] as const) {
      const lines = rec.cells[f];
      if (lines && lines.length > 1 && opensWithRoleLabel(lines[0]!.text)) rec.cells[f] = [{ text: lines.map((l) => l.text).join("、") }];
    }
    const { labels, rewritten } = applyCellRoleLabels(rec, division);
    // the cells the labels rewrote hold one text per field again: split as any cell's
    if (rewritten.length) rec.presplit = rec.presplit?.filter((f) => !rewritten.includes(f));
    for (const l of labels) {
      if (spec.columns.includes(l.field)) continue;
      spec.headers.push({ text: l.text, field: l.field });
      spec.columns.push(l.field);
    }
    for (const n of applyRoleNotes(rec)) {
      if (spec.columns.includes(n.field)) continue;
      spec.headers.push({ text: n.note.replace(/[（()）]/g, ""), field: n.field });
      spec.columns.push(n.field);
    }
  }
  return { ...result, tables, records: people.records, diagnostics: [...result.diagnostics, ...people.diagnostics] };
}

function readRows(doc: InputDocument, settings: Settings, forced?: string): LayoutResult | null {
  let primary: { layout: Layout; result: LayoutResult } | null = null;
  let fallback: LayoutResult | null = null;
  // detected lazily: a layout that cannot beat one that already read the document is not asked
  for (const layout of layoutsByFit(doc, settings, forced)) {
    const result = withStructure(layout, layout.rebuild(doc, settings));
    if (result.records.length) {
      primary = { layout, result };
      break;
    }
    fallback ??= result;
  }
  if (!primary) return fallback;
  if (isForced(forced) || !primary.layout.complements) return primary.result;

  const results = [primary.result];
  const used = consumedLines(primary.result);
  const ran = new Set([primary.layout.name]);
  for (;;) {
    const rest = withoutLines(doc, used);
    const next = layoutsByFit(rest, settings, undefined, (l) => l.complements === true && !ran.has(l.name)).next().value;
    if (!next) break;
    ran.add(next.name);
    const r = withStructure(next, next.rebuild(rest, settings));
    if (!r.records.length) continue;
    results.push(r);
    for (const n of consumedLines(r)) used.add(n);
  }
  return results.length === 1 ? primary.result : mergeResults(results);
}
