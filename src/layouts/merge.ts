/**
 * Several layout results as one: tables renumbered in document order (by the
 * first line of their records), records and diagnostics following them.
 */
import type { LayoutResult } from "../model/intermediate.js";
import { appendAll } from "../arrays.js";

/** Put several results together: tables renumbered in document order. */
export function mergeResults(results: readonly LayoutResult[]): LayoutResult {
  const firstLine = (r: LayoutResult) => r.records.reduce((m, x) => Math.min(m, x.source.line ?? Infinity), Infinity);
  const ordered = [...results].sort((a, b) => firstLine(a) - firstLine(b));
  const out: LayoutResult = { tables: [], records: [], diagnostics: [] };
  for (const r of ordered) {
    const offset = out.tables.length;
    out.tables.push(...r.tables.map((t) => ({ ...t, index: t.index + offset })));
    appendAll(out.records, r.records.map((x) => ({ ...x, table: x.table + offset })));
    appendAll(out.diagnostics, r.diagnostics.map((d) => (d.table === undefined ? d : { ...d, table: d.table + offset })));
  }
  return out;
}
