/**
 * Names read out of column order in one row (FLAT_OUT_OF_ORDER: a second run
 * of units after the people, put into the last unit or person column) were
 * printed there from another row of the same page (a paragraph dump prints a
 * vertically centred cell where its middle falls). The rows of that page whose
 * last unit or person column is empty may have lost exactly those names: each
 * is flagged once, unless already in doubt.
 */
import type { Diagnostic } from "../../model/schema.js";
import type { EntityField, RawRecord } from "../../model/intermediate.js";
import { isResponsibilityField } from "../../table/lexicon.js";
import type { FlatHeader } from "./header.js";

const isPersonField = (f: EntityField): boolean => f === "leaders" || f === "supervisors";

/** The 序号 of the table's rows that a warning or error already names (in doubt: flagged once is enough). */
export function doubtedRows(diagnostics: readonly Diagnostic[], table: number): Set<number | undefined> {
  return new Set(diagnostics.filter((d) => d.seq !== undefined && d.level !== "info" && (d.table ?? table) === table).map((d) => d.seq));
}

/** The header's unit and person columns, in order. */
export function responsibilityColumns(header: FlatHeader): EntityField[] {
  return header.columns.filter((c): c is EntityField => isResponsibilityField(c));
}

export function flagOrphanedNames(
  records: readonly RawRecord[],
  header: FlatHeader,
  table: number,
  label: (f: EntityField) => string,
  diagnostics: readonly Diagnostic[],
): Diagnostic[] {
  const mine = (d: Diagnostic) => d.seq !== undefined && (d.table ?? table) === table;
  const holders = new Set(diagnostics.filter((d) => mine(d) && d.code === "FLAT_OUT_OF_ORDER").map((d) => d.seq));
  if (!holders.size) return [];
  const doubted = doubtedRows(diagnostics, table);
  const fields = responsibilityColumns(header);
  // where names out of order are put: the last unit column and the last person column
  const lastOf = (person: boolean) => [...fields].reverse().find((f) => isPersonField(f) === person);
  const targets = [lastOf(false), lastOf(true)].filter((f): f is EntityField => f !== undefined);
  const out: Diagnostic[] = [];
  for (const h of records.filter((r) => holders.has(r.seq))) {
    for (const r of records) {
      if (r === h || doubted.has(r.seq) || r.source.page !== h.source.page) continue;
      // a row with no names at all shares the cells above (a vertical merge): not this gap
      if (!fields.some((f) => r.cells[f]?.length)) continue;
      const empty = targets.filter((f) => !r.cells[f]?.length);
      if (!empty.length) continue;
      doubted.add(r.seq);
      out.push({
        level: "warning",
        code: "FLAT_NAMES_ELSEWHERE",
        message: `第 ${r.seq} 项的“${empty.map(label).join("”“")}”为空，而同页第 ${h.seq} 项中有名称印在列序之外（按阅读顺序导出，可能是别的行的名单），本项的名单可能在其中。请对照原文核对。`,
        table,
        seq: r.seq,
        line: r.source.line ?? 0,
      });
    }
  }
  return out;
}
