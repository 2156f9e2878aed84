/**
 * A task row's cells → RawRecord fields, by the canonical field of each
 * column. A cell merged down from the row above (`spanned`) gives only its
 * responsibility fields, and names them in `inherited`; a 项目 cell sets the
 * section path of its row and the rows below.
 */
import type { CellLine, EntityField, GridRow, RawRecord, TableSpec } from "../model/intermediate.js";
import { cleanText } from "../text/hygiene.js";
import { isResponsibilityField } from "./lexicon.js";
import { parseSectionCell, type SectionPath } from "./sections.js";

/** Plain text fragments as cell lines (layouts that know nothing of how a line ends). */
export function textLines(texts: readonly string[]): CellLine[] {
  return texts.map((text) => ({ text }));
}

/** Each field's fragments as cell lines. */
export function textCells(cells: Partial<Record<EntityField, readonly string[]>>): RawRecord["cells"] {
  const out: RawRecord["cells"] = {};
  for (const [f, texts] of Object.entries(cells) as Array<[EntityField, readonly string[]]>) out[f] = textLines(texts);
  return out;
}

/** A new record for a numbered row of a table (its cells are added with `addCells`). */
export function newRecord(spec: TableSpec, seq: number, row: GridRow): RawRecord {
  return {
    table: spec.index,
    seq,
    section: [],
    task: [],
    cells: {},
    source: { ...(row.line ? { line: row.line } : {}), ...(row.page ? { page: row.page } : {}), ...(row.bbox ? { bbox: row.bbox } : {}) },
  };
}

/**
 * Add a row's cells to a record: its own row, or one that continues it (a row
 * cut by a page break, a wrapped line without a 序号). The section path is
 * updated from a 项目 column and, for a continuation, taken over again.
 */
export function addCells(rec: RawRecord, row: GridRow, spec: TableSpec, section: SectionPath, continuation = false): void {
  spec.columns.forEach((field, i) => {
    const cell = row.cells[i];
    const lines = (cell?.lines ?? []).filter((l) => cleanText(l.text) !== "");
    if (!lines.length) return;
    if (cell?.spanned) {
      // merged down from the row above: only responsibility cells are shared with this row
      if (isResponsibilityField(field)) {
        (rec.cells[field] ??= []).push(...lines);
        if (!rec.inherited?.includes(field)) (rec.inherited ??= []).push(field);
      }
      return;
    }
    if (field === "task") rec.task.push(...lines.map((l) => l.text));
    // (a row continued from the page before: its merged 项目 cell may go on with the heading the page cut)
    else if (field === "section") (continuation ? section.continueWith(parseSectionCell(lines.map((l) => l.text))) : section.apply(parseSectionCell(lines.map((l) => l.text))));
    else if (isResponsibilityField(field)) (rec.cells[field] ??= []).push(...lines);
  });
  if (continuation) rec.section = section.current;
}
