/**
 * What happened to one input of a batch, as plain data, and how a parse
 * outcome maps to a status.
 */
import type { Diagnostic, Result } from "../model/schema.js";
import type { ErrorCode } from "../errors.js";

/**
 * ok, ok with warnings, skipped (not a notice: a work report, a news page), no table (a notice
 * whose table was not found), unreadable, failed (a fenjie bug, the time limit or the memory
 * limit), not run (--fail-fast stopped first). Labels for people: messages.ts.
 */
export const STATUSES = ["ok", "warnings", "skipped", "no_table", "unreadable", "failed", "not_run"] as const;
export type FileStatus = (typeof STATUSES)[number];

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

/** Status of a failed parse from its error code (`notANotice`: the NO_TABLE input is not a notice at all). */
export function statusOfError(code: BatchErrorCode, notANotice = false): FileStatus {
  if (code === "NO_TABLE") return notANotice ? "skipped" : "no_table";
  if (code === "INTERNAL" || code === "TIMEOUT" || code === "OUT_OF_MEMORY" || code === "USAGE" || code === "OUTPUT_IS_INPUT") return "failed";
  if (code === "CANCELLED") return "not_run";
  return "unreadable";
}
