/**
 * The columns of a rebuilt table as a clerk should see it (xlsx sheet, review page): the
 * fields the original table had, in canonical order, labelled with the header as printed,
 * then a 备注 column. Shared by the writers so both show the same table.
 */
import { FIELD_NAMES, type Diagnostic, type Result, type TableInfo, type Task } from "../model/schema.js";
import { remarkOf } from "./csv.js";

/** A field a column can show: the record fields plus the section path and the 备注. */
export type ColumnField = "seq" | "section" | (typeof FIELD_NAMES)[number] | "remark";

export interface Column {
  field: ColumnField;
  label: string;
}

/** Labels used when the table printed no header for a field that still has values. */
export const DEFAULT_LABEL: Record<ColumnField, string> = {
  seq: "序号",
  section: "项目",
  task: "目标任务",
  leadUnits: "牵头单位",
  units: "责任单位",
  coUnits: "协办单位",
  leaders: "责任领导/责任人",
  supervisors: "分管领导",
  remark: "备注",
};

const COLUMN_ORDER: readonly Exclude<ColumnField, "remark">[] = ["seq", "section", ...FIELD_NAMES];

export const LEVEL_LABEL: Record<Diagnostic["level"], string> = { error: "错误", warning: "警告", info: "提示" };

/** Level of a row: the most serious diagnostic about it, or null. */
export type RowLevel = Diagnostic["level"] | null;

/**
 * Columns for one table, in the order the table printed them (so the sheet looks like the
 * original): 序号 first, then the headers' fields; a field without a header but with values
 * (a section path from heading rows, say) is added too — the section after 序号, others at the end.
 */
export function tableColumns(table: TableInfo, tasks: readonly Task[]): Column[] {
  const label = (field: Exclude<ColumnField, "remark">): string =>
    table.headers.find((h) => h.field === field)?.text.replace(/\s+/g, "") || DEFAULT_LABEL[field];
  const used = (field: Exclude<ColumnField, "remark">): boolean => tasks.some((t) => cellValues(t, field).length > 0);
  const fields: Exclude<ColumnField, "remark">[] = ["seq"];
  for (const h of table.headers) if (h.field !== "other" && !fields.includes(h.field)) fields.push(h.field);
  if (!fields.includes("section") && used("section")) fields.splice(1, 0, "section");
  for (const field of COLUMN_ORDER) if (!fields.includes(field) && used(field)) fields.push(field);
  return [...fields.map((field) => ({ field, label: label(field) })), { field: "remark", label: DEFAULT_LABEL.remark }];
}

/** The values of a cell as separate entries (one line each in the cell). */
export function cellValues(task: Task, field: Exclude<ColumnField, "remark">): string[] {
  switch (field) {
    case "seq":
      return [String(task.seq)];
    case "section":
      return task.section;
    case "task":
      return task.task ? [task.task] : [];
    default:
      return task[field];
  }
}

/** Diagnostics about one row (same table and seq). */
export function rowDiagnostics(task: Task, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.seq === task.seq && d.table === task.table);
}

const LEVEL_RANK: Record<Diagnostic["level"], number> = { error: 3, warning: 2, info: 1 };

/** The most serious level among diagnostics, null when there are none. */
export function worstLevel(diagnostics: readonly Diagnostic[]): RowLevel {
  let worst: RowLevel = null;
  for (const d of diagnostics) if (!worst || LEVEL_RANK[d.level] > LEVEL_RANK[worst]) worst = d.level;
  return worst;
}

/** A row needs a clerk's review when a warning or an error is about it. */
export function needsReview(level: RowLevel): boolean {
  return level === "warning" || level === "error";
}

/** Diagnostics not tied to any row (document or table level). */
export function generalDiagnostics(result: Result): Diagnostic[] {
  return result.diagnostics.filter((d) => d.seq === undefined || !result.tasks.some((t) => t.seq === d.seq && t.table === d.table));
}

export { remarkOf };
