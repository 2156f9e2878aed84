/**
 * What happened to one input of a batch, as plain data, and how a parse
 * outcome maps to a status.
 */
import type { Diagnostic, Result } from "../model/schema.js";
import type { ErrorCode } from "../errors.js";

/** ok, ok with warnings, no table, unreadable, failed (a fenjie bug, the time limit or the memory limit), not run (--fail-fast stopped first). */
export const STATUSES = ["ok", "warnings", "no_table", "unreadable", "failed", "not_run"] as const;
export type FileStatus = (typeof STATUSES)[number];

export const STATUS_LABEL: Record<FileStatus, string> = {
  ok: "ok",
  warnings: "ok with warnings",
  no_table: "no table",
  unreadable: "unreadable",
  failed: "failed",
  not_run: "not run",
};

/** Statuses that count as a failed input (exit code, --fail-fast). */
export const FAILED_STATUSES: ReadonlySet<FileStatus> = new Set(["no_table", "unreadable", "failed"]);

/** Error codes of the batch itself, beside FenjieError codes. */
export type BatchErrorCode = ErrorCode | "INTERNAL" | "TIMEOUT" | "OUT_OF_MEMORY" | "CANCELLED";

export interface DiagnosticCounts {
  error: number;
  warning: number;
  info: number;
}

export function countDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticCounts {
  const c: DiagnosticCounts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) c[d.level]++;
  return c;
}

/** Status of a parsed result: any warning or error diagnostic makes it "ok with warnings". */
export function statusOfResult(result: Result): FileStatus {
  return result.diagnostics.some((d) => d.level === "warning" || d.level === "error") ? "warnings" : "ok";
}

/** Status of a failed parse from its error code. */
export function statusOfError(code: BatchErrorCode): FileStatus {
  if (code === "NO_TABLE") return "no_table";
  if (code === "INTERNAL" || code === "TIMEOUT" || code === "OUT_OF_MEMORY" || code === "USAGE" || code === "OUTPUT_IS_INPUT") return "failed";
  if (code === "CANCELLED") return "not_run";
  return "unreadable";
}
