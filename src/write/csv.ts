/**
 * CSV writer (fast-csv): one row per task, Chinese headers, multi-valued
 * cells joined with `；` by default, UTF-8 with BOM so Excel/WPS open it.
 */
import { writeToString } from "fast-csv";
import type { Diagnostic, Result, Task } from "../model/schema.js";
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

export const CSV_HEADERS = ["序号", "项目", "目标任务", "牵头单位", "责任单位", "协办单位", "责任领导/责任人", "分管领导", "备注"] as const;

/** The 备注 of a row: what was filled down and every diagnostic about it. */
export function remarkOf(task: Task, diagnostics: readonly Diagnostic[]): string {
  const parts: string[] = [];
  if (task.inherited.length) parts.push(`${task.inherited.map((f) => FIELD_LABEL[f]).join("、")}沿用上一行（原表合并单元格）`);
  for (const d of diagnostics) if (d.seq === task.seq && d.table === task.table) parts.push(d.message);
  return parts.join("；");
}

export function csvRows(result: Result, options: CsvOptions = {}): string[][] {
  const join = options.join ?? "；";
  const multi = result.tables.length > 1;
  const header = multi ? ["表", ...CSV_HEADERS] : [...CSV_HEADERS];
  const rows: string[][] = [header];
  for (const t of result.tasks) {
    const row = [
      String(t.seq),
      t.section.join(" / "),
      t.task,
      t.leadUnits.join(join),
      t.units.join(join),
      t.coUnits.join(join),
      t.leaders.join(join),
      t.supervisors.join(join),
      remarkOf(t, result.diagnostics),
    ];
    rows.push(multi ? [String(t.table + 1), ...row] : row);
  }
  return rows;
}

export async function toCsv(result: Result, options: CsvOptions = {}): Promise<string> {
  const body = await writeToString(guardRows(csvRows(result, options), options.raw), { quoteColumns: false, rowDelimiter: "\r\n" });
  return (options.bom === false ? "" : "\uFEFF") + body + "\r\n";
}
