/**
 * Which format `fenjie parse` writes: `-f` when given, else the extension of `-o`, else JSON.
 * A `-f` that contradicts the extension of `-o` (`-f csv -o x.xlsx`) is a usage error, and so
 * is an extension fenjie cannot write (`.xls`, `.docx`, `.html`): silently writing JSON into a
 * file named .xlsx is what a clerk must never get.
 */
import { extname } from "node:path";
import { FenjieError } from "../errors.js";

export const OUTPUT_FORMATS = ["json", "csv", "jsonl", "xlsx", "sqlite"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Formats that are binary: they need `-o` (never written to a terminal). */
export const BINARY_FORMATS: ReadonlySet<OutputFormat> = new Set(["xlsx", "sqlite"]);

/** Output file extensions (lower case) and the format each means. */
export const FORMAT_OF_EXTENSION: Readonly<Record<string, OutputFormat>> = {
  ".json": "json",
  ".csv": "csv",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".xlsx": "xlsx",
  ".sqlite": "sqlite",
  ".sqlite3": "sqlite",
  ".db": "sqlite",
};

/** Extensions of formats fenjie does not write, with what to use instead. */
const UNSUPPORTED_EXTENSION: Readonly<Record<string, string>> = {
  ".xls": "fenjie 只写新版 Excel 工作簿，请改用 .xlsx",
  ".et": "请改用 .xlsx（WPS 表格可直接打开）",
  ".ods": "请改用 .xlsx（LibreOffice 可直接打开）",
  ".html": "复核页面请用 fenjie review 文件 -o review.html",
  ".htm": "复核页面请用 fenjie review 文件 -o review.html",
  ".doc": "fenjie 不写 Word 文件，表格请用 .xlsx 或 .csv",
  ".docx": "fenjie 不写 Word 文件，表格请用 .xlsx 或 .csv",
  ".pdf": "fenjie 不写 PDF 文件，表格请用 .xlsx 或 .csv",
};

/**
 * The format to write. `format` is `-f` (undefined when absent), `output` is `-o`.
 * Files with another extension (or none) get `-f`, or JSON.
 */
export function resolveOutputFormat(format: string | undefined, output: string | undefined): OutputFormat {
  const ext = output ? extname(output).toLowerCase() : "";
  const byExtension = FORMAT_OF_EXTENSION[ext];
  const unsupported = UNSUPPORTED_EXTENSION[ext];
  if (format !== undefined) {
    const f = format as OutputFormat;
    if (byExtension && byExtension !== f) {
      throw new FenjieError("USAGE", `-f ${f} 与输出文件的扩展名 ${ext}（${byExtension}）矛盾：请去掉 -f（按扩展名写 ${byExtension}），或把输出文件改名为 *${extensionOf(f)}`);
    }
    if (unsupported) throw new FenjieError("USAGE", `输出文件的扩展名 ${ext} 与 -f ${f} 不符：${unsupported}`);
    return f;
  }
  if (unsupported) throw new FenjieError("USAGE", `不能写 ${ext} 文件：${unsupported}`);
  return byExtension ?? "json";
}

/** The usual extension of a format. */
export function extensionOf(format: OutputFormat): string {
  return format === "sqlite" ? ".sqlite" : `.${format}`;
}

/** What a format is called in the one-line summary. */
export const FORMAT_LABEL: Record<OutputFormat, string> = {
  json: "JSON",
  csv: "CSV",
  jsonl: "JSON Lines",
  xlsx: "Excel 工作簿",
  sqlite: "SQLite 数据库",
};
