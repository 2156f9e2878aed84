/**
 * The columns of a rebuilt table as a clerk should see it (xlsx sheet, review page): the
 * fields the original table had, in canonical order, labelled with the header as printed,
 * then a 备注 column. Shared by the writers so both show the same table.
 */
import { FIELD_NAMES, type Diagnostic, type Result, type TableInfo, type Task } from "../model/schema.js";
import { remarkOf } from "./csv.js";
import { COLUMN_LABEL } from "./conventions.js";

/** A field a column can show: the record fields plus the section path and the 备注. */
export type ColumnField = "seq" | "section" | (typeof FIELD_NAMES)[number] | "remark";

export interface Column {
  field: ColumnField;
  label: string;
}

/** Canonical labels (conventions.ts); also used when the table printed no header for a field that still has values. */
export const DEFAULT_LABEL: Record<ColumnField, string> = {
  seq: COLUMN_LABEL.seq,
  section: COLUMN_LABEL.section,
  task: COLUMN_LABEL.task,
  leadUnits: COLUMN_LABEL.leadUnits,
  units: COLUMN_LABEL.units,
  coUnits: COLUMN_LABEL.coUnits,
  leaders: COLUMN_LABEL.leaders,
  supervisors: COLUMN_LABEL.supervisors,
  remark: COLUMN_LABEL.remark,
};

/**
 * Which header text a column shows: `canonical` (the convention of the clerk's files, CSV and
 * xlsx) or `printed` (the header as the notice printed it: the review page, which is read side
 * by side with the original).
 */
export type ColumnLabels = "canonical" | "printed";

const COLUMN_ORDER: readonly Exclude<ColumnField, "remark">[] = ["seq", "section", ...FIELD_NAMES];

export const LEVEL_LABEL: Record<Diagnostic["level"], string> = { error: "错误", warning: "警告", info: "提示" };

/** Level of a row: the most serious diagnostic about it, or null. */
export type RowLevel = Diagnostic["level"] | null;

/**
 * Columns for one table, in the order the table printed them (so the sheet looks like the
 * original): 序号 first, then the headers' fields; a field without a header but with values
 * (a section path from heading rows, say) is added too — the section after 序号, others at the end.
 */
export function tableColumns(table: TableInfo, tasks: readonly Task[], labels: ColumnLabels = "printed"): Column[] {
  const label = (field: Exclude<ColumnField, "remark">): string =>
    (labels === "printed" ? table.headers.find((h) => h.field === field)?.text.replace(/\s+/g, "") : undefined) || DEFAULT_LABEL[field];
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

/**
 * A row a person must check against the source: the task carries review reasons, or a warning
 * or an error is about its row (parse puts those among the reasons too; a result built
 * otherwise — by hand, or by an older fenjie — is judged the same way).
 */
export function needsCheck(task: Task, diagnostics: readonly Diagnostic[]): boolean {
  return task.review.length > 0 || rowDiagnostics(task, diagnostics).some((d) => d.level === "error" || d.level === "warning");
}

/** How many rows of a result need checking (see `needsCheck`). */
export function countToCheck(result: Result): number {
  return result.tasks.filter((t) => needsCheck(t, result.diagnostics)).length;
}

/** Diagnostics not tied to any row (document or table level). */
export function generalDiagnostics(result: Result): Diagnostic[] {
  return result.diagnostics.filter((d) => d.seq === undefined || !result.tasks.some((t) => t.seq === d.seq && t.table === d.table));
}

export { remarkOf };
