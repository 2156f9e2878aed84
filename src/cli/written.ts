/** The one line `fenjie parse -o` prints on stderr once the file is written: where it went, what needs checking. */
import type { Result } from "../model/schema.js";
import { countToCheck, generalDiagnostics } from "../write/columns.js";
import { FORMAT_LABEL, type OutputFormat } from "./format.js";

/** Where a person finds the reasons, per format. */
const WHERE_REASONS: Record<OutputFormat, string> = {
  csv: "见“复核”“备注”列",
  xlsx: "已标橙，见“复核”“备注”列",
  json: "见各任务的 review 与 diagnostics",
  jsonl: "见各任务的 review",
  sqlite: "见视图 review_queue",
};

export function writtenLine(path: string, format: OutputFormat, result: Result): string {
  const toCheck = countToCheck(result);
  const check = toCheck ? `${toCheck} 项需要复核（${WHERE_REASONS[format]}）` : "没有需要复核的行";
  const loose = generalDiagnostics(result).filter((d) => d.level === "error").length;
  const errors = loose ? `；另有 ${loose} 条不属于任何一行的错误（见上方诊断）` : "";
  return `已写入 ${path}（${FORMAT_LABEL[format]}）：${result.tasks.length} 项任务，${check}${errors}。`;
}

/** The line printed on stderr when the output went to standard output: how many rows need checking. */
export function checkLine(format: OutputFormat, result: Result): string {
  const toCheck = countToCheck(result);
  const check = toCheck ? `其中 ${toCheck} 项需要复核（${WHERE_REASONS[format]}）` : "没有需要复核的行";
  return `共 ${result.tasks.length} 项任务，${check}。`;
}
