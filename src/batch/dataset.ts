/**
 * The combined dataset of a batch: every task of every notice, one per line
 * (`tasks.jsonl`) or row (`tasks.csv`), each carrying its notice's docNumber,
 * issuer and year and its source file, so it loads as one table in pandas,
 * R, Excel or a database.
 */
import { writeToString } from "fast-csv";
import type { Assignment, Result, ResponsibilityField } from "../model/schema.js";
import { remarkOf } from "../write/csv.js";
import { escapeJsonControls } from "../text/controls.js";
import { guardRows } from "../write/formula.js";
import { toJson } from "../write/json.js";

/** One task of the dataset. Key order here is the key order of every JSONL line. */
export interface DatasetRow {
  file: string;
  docNumber: string | null;
  issuer: string | null;
  year: number | null;
  table: number;
  seq: number;
  section: string[];
  task: string;
  leadUnits: string[];
  units: string[];
  coUnits: string[];
  leaders: string[];
  supervisors: string[];
  inherited: ResponsibilityField[];
  assignments?: Assignment[];
  line: number | null;
  page: number | null;
  /** what was filled down and every diagnostic about the row, in Chinese (as the 备注 of `fenjie parse -f csv`) */
  remark: string;
}

/** Dataset rows of one notice, in table order. */
export function datasetRows(result: Result): DatasetRow[] {
  const { docNumber, issuer, year } = result.notice;
  return result.tasks.map((t) => ({
    file: result.source.file,
    docNumber,
    issuer,
    year,
    table: t.table,
    seq: t.seq,
    section: t.section,
    task: t.task,
    leadUnits: t.leadUnits,
    units: t.units,
    coUnits: t.coUnits,
    leaders: t.leaders,
    supervisors: t.supervisors,
    inherited: t.inherited,
    ...(t.assignments ? { assignments: t.assignments } : {}),
    line: t.source.line ?? null,
    page: t.source.page ?? null,
    remark: remarkOf(t, result.diagnostics),
  }));
}

export function toJsonl(rows: readonly DatasetRow[]): string {
  return rows.map((r) => escapeJsonControls(JSON.stringify(r)) + "\n").join("");
}

/** CSV columns: ASCII names (the JSONL keys) so R, pandas and SQL load them without quoting. */
export const DATASET_CSV_COLUMNS = [
  "file",
  "docNumber",
  "issuer",
  "year",
  "table",
  "seq",
  "section",
  "task",
  "leadUnits",
  "units",
  "coUnits",
  "leaders",
  "supervisors",
  "inherited",
  "line",
  "page",
  "remark",
] as const;

/** Separator inside multi-valued cells (and between the levels of `section`). */
export const DATASET_JOIN = "；";

const cellOf = (v: unknown, join: string): string => (v === null || v === undefined ? "" : Array.isArray(v) ? v.join(join) : String(v));

/** The CSV header line (with BOM), CRLF-terminated. */
export async function datasetCsvHeader(): Promise<string> {
  return "\uFEFF" + (await writeToString([[...DATASET_CSV_COLUMNS]])) + "\r\n";
}

/** CSV lines of rows without header, each CRLF-terminated (so pieces from many notices concatenate). */
export async function datasetCsvLines(rows: readonly DatasetRow[], join = DATASET_JOIN, raw = false): Promise<string> {
  if (!rows.length) return "";
  const table = rows.map((r) => DATASET_CSV_COLUMNS.map((c) => cellOf(r[c], join)));
  return (await writeToString(guardRows(table, raw), { rowDelimiter: "\r\n" })) + "\r\n";
}

export async function toDatasetCsv(rows: readonly DatasetRow[], join = DATASET_JOIN, raw = false): Promise<string> {
  return (await datasetCsvHeader()) + (await datasetCsvLines(rows, join, raw));
}

/** What one notice contributes to a batch, rendered where it was parsed (in the worker). */
export interface NoticePieces {
  json: string;
  jsonl: string;
  csv: string;
}

/** `raw`: tasks.csv without the formula guard (see write/formula.ts). */
export async function piecesOf(result: Result, options: { raw?: boolean } = {}): Promise<NoticePieces> {
  const rows = datasetRows(result);
  return { json: toJson(result), jsonl: toJsonl(rows), csv: await datasetCsvLines(rows, DATASET_JOIN, options.raw) };
}
