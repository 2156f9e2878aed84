/**
 * The batch summary: one record per input (status, counts, notice metadata)
 * written to `summary.json`, and the table printed at the end. Everything in
 * summary.json is deterministic; times live in `run.json`.
 */
import type { Result, SourceInfo } from "../model/schema.js";
import { escapeControls, escapeJsonControls } from "../text/controls.js";
import { countDiagnostics, FAILED_STATUSES, statusOfResult, STATUSES, type DiagnosticCounts, type FileStatus } from "./status.js";
import { batchMessages, type BatchMessages } from "./messages.js";

export interface FileRecord {
  file: string;
  /** the input's JSON, relative to the batch folder; null when nothing was parsed */
  output: string | null;
  status: FileStatus;
  /** error code when the input failed (FenjieError code, INTERNAL, TIMEOUT, CANCELLED) */
  code: string | null;
  message: string | null;
  /** content hash of the input; null when it could not be read */
  sha256: string | null;
  format: SourceInfo["format"] | null;
  tables: number;
  tasks: number;
  diagnostics: DiagnosticCounts;
  docNumber: string | null;
  issuer: string | null;
  year: number | null;
}

export interface Totals {
  files: number;
  byStatus: Record<FileStatus, number>;
  failed: number;
  tasks: number;
  diagnostics: DiagnosticCounts;
}

export interface BatchSummary {
  fenjie: string;
  options: BatchParseOptions;
  totals: Totals;
  files: FileRecord[];
  ignored: { file: string; reason: string }[];
}

/** Options that change the parse output, recorded so a re-run redoes inputs when they change. */
export interface BatchParseOptions {
  layout: string;
  password: boolean;
  /** SHA-256 of the alias table (--aliases), null without one */
  aliases: string | null;
  /** --first-listed-lead (recorded only when given) */
  firstListedLead?: true;
}

export function recordOfResult(result: Result, output: string): FileRecord {
  return {
    file: result.source.file,
    output,
    status: statusOfResult(result),
    code: null,
    message: null,
    sha256: result.source.sha256,
    format: result.source.format,
    tables: result.tables.length,
    tasks: result.tasks.length,
    diagnostics: countDiagnostics(result.diagnostics),
    docNumber: result.notice.docNumber,
    issuer: result.notice.issuer,
    year: result.notice.year,
  };
}

export function recordOfFailure(file: string, status: FileStatus, code: string, message: string, sha256: string | null, format: SourceInfo["format"] | null): FileRecord {
  return {
    file,
    output: null,
    status,
    code,
    message,
    sha256,
    format,
    tables: 0,
    tasks: 0,
    diagnostics: { error: 0, warning: 0, info: 0 },
    docNumber: null,
    issuer: null,
    year: null,
  };
}

export function totalsOf(records: readonly FileRecord[]): Totals {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<FileStatus, number>;
  const diagnostics: DiagnosticCounts = { error: 0, warning: 0, info: 0 };
  let tasks = 0;
  for (const r of records) {
    byStatus[r.status]++;
    tasks += r.tasks;
    diagnostics.error += r.diagnostics.error;
    diagnostics.warning += r.diagnostics.warning;
    diagnostics.info += r.diagnostics.info;
  }
  const failed = records.filter((r) => FAILED_STATUSES.has(r.status)).length;
  return { files: records.length, byStatus, failed, tasks, diagnostics };
}

export function summaryJson(summary: BatchSummary): string {
  return escapeJsonControls(JSON.stringify(summary, null, 2)) + "\n";
}

/** Display width of a string in a terminal (CJK characters take two columns). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(ch) ? 2 : 1;
  return w;
}

export const padEnd = (s: string, width: number): string => s + " ".repeat(Math.max(0, width - displayWidth(s)));
export const padStart = (s: string, width: number): string => " ".repeat(Math.max(0, width - displayWidth(s))) + s;

/** Render rows as an aligned plain-text table (numbers right-aligned); control characters in cells shown escaped. */
export function renderTable(header: readonly string[], cells: readonly (readonly string[])[], rightAligned: readonly boolean[]): string {
  const rows = cells.map((r) => r.map(escapeControls));
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ""))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (rightAligned[i] ? padStart(c, widths[i]!) : padEnd(c, widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n") + "\n";
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * The table printed at the end of a batch, in Chinese or by the locale (messages.ts). `times`
 * holds ms per file, or null when the file was skipped as unchanged.
 */
export function renderSummary(summary: BatchSummary, times: ReadonlyMap<string, number | null>, m: BatchMessages = batchMessages()): string {
  const rows = summary.files.map((r) => {
    const t = times.get(r.file);
    return [
      m.status[r.status],
      String(r.tasks),
      `${r.diagnostics.error}/${r.diagnostics.warning}/${r.diagnostics.info}`,
      t === undefined ? "-" : t === null ? m.unchanged : formatMs(t),
      r.file + (r.code ? `  [${r.code}]` : ""),
    ];
  });
  const table = renderTable(m.tableHeader, rows, [false, true, true, true, false]);
  const t = summary.totals;
  const parts = STATUSES.filter((s) => t.byStatus[s] > 0).map((s) => `${t.byStatus[s]} ${m.status[s]}`);
  const totals = m.totals(t.files, parts.join(m.sep) || m.none, t.tasks, t.diagnostics.error, t.diagnostics.warning, t.diagnostics.info) + "\n";
  const ignored = summary.ignored.length ? m.ignored(summary.ignored.map((i) => `${escapeControls(i.file)}（${i.reason}）`).join(", ")) + "\n" : "";
  return table + totals + ignored;
}

/** Lines for the inputs that failed (no table in a notice, unreadable, failed, not run): what `-q` still prints. */
export function failureLines(summary: BatchSummary, m: BatchMessages = batchMessages()): string {
  return summary.files
    .filter((r) => FAILED_STATUSES.has(r.status) || r.status === "not_run")
    .map((r) => m.failedLine(escapeControls(r.file), m.status[r.status], escapeControls(r.message ?? ""), r.code ?? ""))
    .map((l) => l + "\n")
    .join("");
}
