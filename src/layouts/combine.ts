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
import { maxOf, minOf } from "../arrays.js";

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
    // (a flat row's cell holds one name per line, split at `、`: a label cell is read as the one text it was printed as,
    // its lines apart, so a name its width cut is joined again as any cell's: `牵头单位：县人力资源和社` | `会保障局`)
    for (const f of ["leadUnits", "units", "coUnits"] as const) {
      const lines = rec.cells[f];
      if (lines && lines.length > 1 && opensWithRoleLabel(lines[0]!.text)) rec.cells[f] = [{ text: lines.map((l) => l.text).join(" ") }];
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
  if (!isForced(forced)) primary = widerReading(doc, settings, primary);
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

/** consecutive numbers opening lines above the first row read that say the reading started late (see `startsLate`) */
const MIN_NUMBERS_BEFORE = 3;

/**
 * Did the reading start late: every table's first row numbered above 1, with the document's lines opening with 1, 2, 3…
 * (up to that number) before the first row read? Those rows are in the text; the layout did not see them.
 */
export function startsLate(doc: InputDocument, result: LayoutResult): boolean {
  const firstLine = minOf(result.records.map((r) => r.source.line ?? Infinity));
  const firstSeq = minOf(result.records.map((r) => r.seq));
  if (!Number.isFinite(firstLine) || firstSeq <= MIN_NUMBERS_BEFORE) return false;
  let want = 1;
  for (const l of doc.lines) {
    if (l.line >= firstLine) break;
    const n = /^\s*(\d{1,3})(?:\s|$)/.exec(l.text)?.[1];
    if (n !== undefined && Number(n) === want) want++;
  }
  return want - 1 >= MIN_NUMBERS_BEFORE;
}

/**
 * A reading that started late (`startsLate`: rows 10–14 of a table whose rows 1–9 are in the text, numbered): the next
 * layouts by fit are asked, and the first that reads every row the first one read and more replaces it. The others
 * keep their rank; nothing is read twice when the first reading starts where it should.
 */
function widerReading(doc: InputDocument, settings: Settings, primary: { layout: Layout; result: LayoutResult }): { layout: Layout; result: LayoutResult } {
  if (!startsLate(doc, primary.result)) return primary;
  const seqs = new Set(primary.result.records.map((r) => r.seq));
  for (const layout of layoutsByFit(doc, settings, undefined, (l) => l.name !== primary.layout.name)) {
    const result = withStructure(layout, layout.rebuild(doc, settings));
    const got = new Set(result.records.map((r) => r.seq));
    if (result.records.length > primary.result.records.length && [...seqs].every((n) => got.has(n))) {
      // the layout that fits the text best read a part only: the one that read it all is the less fitting, and every row
      // of it rests on that choice
      const from = minOf(seqs);
      const to = maxOf(seqs);
      const reason = { code: "LAYOUT_READ_WIDER", message: `最适合这份文本的版式只读出了第 ${from}–${to} 项，而原文在前面还印有编号 1、2、3…的各项：已改用另一种版式读出全部 ${result.records.length} 项，各项的分栏是按这种不太适合的版式推断的，请对照原件逐项核对。` };
      for (const r of result.records) r.review = [...(r.review ?? []), reason];
      return { layout, result };
    }
  }
  return primary;
}
