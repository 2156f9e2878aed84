/**
 * One convention for every output (documented in docs/outputs.md, "Conventions"):
 *
 * - Column names: the clerk's formats (`parse -f csv`, `-f xlsx`) use the canonical Chinese
 *   labels below, whatever the notice printed (the printed headers stay in the JSON's
 *   `tables[].headers` and the workbook's 来源 sheet); the data formats (JSON, JSONL, long
 *   format, the batch dataset, SQLite) use the ASCII field names.
 * - Table numbers: a Chinese label `表N` is 1-based (表1 is the first table: CSV 表 column,
 *   sheet names, messages); the ASCII field `table` (`tableIndex` in SQLite, where `table` is
 *   a keyword) is the 0-based index into `tables`. 表 = table + 1.
 * - Section path: levels joined with ` / ` wherever the path is one cell or one string.
 * - Lists (units, people): joined with `；` in CSV and SQLite text columns (`--join` changes it
 *   for `parse -f csv`); one entry per line inside an XLSX cell; arrays in JSON.
 * - Review reasons: their messages joined with `；` (CSV 复核 column, dataset `review` column in
 *   CSV); arrays of {code, message} in JSON/JSONL; a `reviews` table in SQLite.
 */
import type { ReviewReason, Task } from "../model/schema.js";

/** Separator between the levels of a section path. */
export const SECTION_SEPARATOR = " / ";

/** Default separator between the entries of a list in one text cell. */
export const LIST_SEPARATOR = "；";

/** Canonical Chinese column labels of the clerk's formats, by field. */
export const COLUMN_LABEL = {
  table: "表",
  seq: "序号",
  section: "项目",
  task: "目标任务",
  leadUnits: "牵头单位",
  units: "责任单位",
  coUnits: "协办单位",
  leaders: "责任领导/责任人",
  supervisors: "分管领导",
  remark: "备注",
  review: "复核",
} as const;

/** The 1-based number shown as `表N` for a 0-based table index. */
export const tableNumber = (index: number): number => index + 1;

export const sectionText = (section: readonly string[]): string => section.join(SECTION_SEPARATOR);

/** A task's review reasons as one cell: their messages joined. */
export const reviewText = (review: readonly ReviewReason[], join = LIST_SEPARATOR): string => review.map((r) => r.message).join(join);

export const hasReview = (task: Pick<Task, "review">): boolean => task.review.length > 0;
