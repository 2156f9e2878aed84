/** fenjie: 《政府工作报告》目标任务责任分解 notices → validated structured data. */
export { parse, parseText, parseDocument, type ParseOptions, type StageTimings } from "./parse.js";
export { FenjieError, EXIT, type ErrorCode } from "./errors.js";
export * from "./model/schema.js";
export type * from "./model/intermediate.js";
export { toJson } from "./write/json.js";
export { toCsv, type CsvOptions } from "./write/csv.js";
export { splitEntities } from "./names/split.js";
export { classify, isPersonName } from "./names/classify.js";
export { cleanName, cleanText } from "./text/hygiene.js";
export { mapHeader } from "./table/headers.js";
export { toJsonl, toLongCsv, longRows, type LongRow, type Role } from "./write/long.js";
export { buildReview, renderReview } from "./write/review/index.js";
/** The result as .xlsx bytes (exceljs is loaded on first use: it takes about a second). */
export async function toXlsx(result: import("./model/schema.js").Result): Promise<Uint8Array> {
  return (await import("./write/xlsx.js")).toXlsx(result);
}
export { loadAliases, type AliasMap } from "./names/aliases.js";
export { batch, type BatchRunOptions, type BatchOutcome } from "./batch/api.js";
export type { BatchSummary, FileRecord } from "./batch/summary.js";
export type { FileStatus } from "./batch/status.js";
export { datasetRows, type DatasetRow } from "./batch/dataset.js";
export { taskId } from "./model/ids.js";
/** Parsed notices as a SQLite file's bytes (sql.js, loaded on first use). */
export async function toSqlite(results: readonly import("./model/schema.js").Result[]): Promise<Uint8Array> {
  return (await import("./write/sqlite.js")).toSqlite(results);
}
export { scoreResult, scoreRows, fieldEquals, SCORED_FIELDS, type Score, type TruthRow } from "./validate/score.js";
export { layoutNames, layoutDescriptions } from "./layouts/registry.js";
export { SettingsSchema, DEFAULT_SETTINGS, type Settings, type SettingsOverrides } from "./model/settings.js";
