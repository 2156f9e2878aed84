/**
 * CSV writer (fast-csv): one row per task, Chinese headers, multi-valued
 * cells joined with `；` by default, UTF-8 with BOM so Excel/WPS open it.
 * Column names, table numbers and separators follow `conventions.ts`.
 */
import { writeToString } from "fast-csv";
import type { Diagnostic, Result, Task } from "../model/schema.js";
import { COLUMN_LABEL, LIST_SEPARATOR, reviewText, sectionText, tableNumber } from "./conventions.js";
import { guardRows } from "./formula.js";

export interface CsvOptions {
  /** separator between the entries of a multi-valued cell */
  join?: string;
  /** write a UTF-8 byte order mark (Excel needs it to see UTF-8) */
  bom?: boolean;
  /** write cells as they are, without the formula guard (`--csv-raw`; see formula.ts) */
  raw?: boolean;
}

const FIELD_LABEL: Record<string, string> = {
  leadUnits: "牵头单位",
  units: "责任单位",
  coUnits: "协办单位",
  leaders: "责任领导",
  supervisors: "分管领导",
};

const L = COLUMN_LABEL;
export const CSV_HEADERS = [L.seq, L.section, L.task, L.leadUnits, L.units, L.coUnits, L.leaders, L.supervisors, L.remark, L.review] as const;

/**
 * The 备注 of a row: what was filled down and every diagnostic about it that
 * its 复核 column does not already say (a warning is also a review reason:
 * the clerk reads it once).
 */
export function remarkOf(task: Task, diagnostics: readonly Diagnostic[]): string {
  const parts: string[] = [];
  if (task.inherited.length) parts.push(`${task.inherited.map((f) => FIELD_LABEL[f]).join("、")}沿用上一行（原表合并单元格）`);
  const inReview = new Set(task.review.map((r) => r.message));
  for (const d of diagnostics) if (d.seq === task.seq && d.table === task.table && !inReview.has(d.message)) parts.push(d.message);
  return parts.join("；");
}

export function csvRows(result: Result, options: CsvOptions = {}): string[][] {
  const join = options.join ?? LIST_SEPARATOR;
  const multi = result.tables.length > 1;
  const header = multi ? [L.table, ...CSV_HEADERS] : [...CSV_HEADERS];
  const rows: string[][] = [header];
  for (const t of result.tasks) {
    const row = [
      String(t.seq),
      sectionText(t.section),
      t.task,
      t.leadUnits.join(join),
      t.units.join(join),
      t.coUnits.join(join),
      t.leaders.join(join),
      t.supervisors.join(join),
      remarkOf(t, result.diagnostics),
      reviewText(t.review),
    ];
    rows.push(multi ? [String(tableNumber(t.table)), ...row] : row);
  }
  return rows;
}

export async function toCsv(result: Result, options: CsvOptions = {}): Promise<string> {
  const body = await writeToString(guardRows(csvRows(result, options), options.raw), { quoteColumns: false, rowDelimiter: "\r\n" });
  return (options.bom === false ? "" : "\uFEFF") + body + "\r\n";
}
