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
export { scoreResult, scoreRows, fieldEquals, SCORED_FIELDS, type Score, type TruthRow } from "./validate/score.js";
export { layoutNames, layoutDescriptions } from "./layouts/registry.js";
export { SettingsSchema, DEFAULT_SETTINGS, type Settings, type SettingsOverrides } from "./model/settings.js";
