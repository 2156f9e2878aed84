/**
 * What a re-run of a batch may reuse. An earlier result is reused only when the
 * input's content (sha256), the fenjie version and every option that changes the
 * output are exactly those that made it:
 *
 * - a notice's JSON records its producer (`producer`: version and options), so a
 *   JSON written by another run — even one killed before it wrote its summary —
 *   is never taken for this run's;
 * - results without a JSON (no table, unreadable) are taken from the records of
 *   `summary.json` (made by its top-level version and options) or of the journal,
 *   which a run appends to as each input finishes, so a killed run resumes instead
 *   of starting over. A finished run removes its journal.
 */
import { appendFile, readFile } from "node:fs/promises";
import { join } from "node:path";
import { ResultSchema, type Producer, type Result } from "../model/schema.js";
import { escapeJsonControls } from "../text/controls.js";
import type { BatchSummary, FileRecord } from "./summary.js";

/** The journal of finished inputs, beside summary.json while a run is going (or was killed). */
export const JOURNAL_FILE = "summary.partial.jsonl";

/** One journal line. */
export interface JournalEntry {
  producer: Producer;
  record: FileRecord;
}

/** Statuses whose record can be reused (an input refused for its size or its password is redone: the limit or the password may have changed). */
const REUSABLE = new Set(["ok", "warnings", "no_table", "unreadable"]);
const NOT_REUSABLE_CODES = new Set(["INPUT_TOO_LARGE", "PDF_ENCRYPTED"]);

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Same version and exactly the same options (key order aside). */
export function sameProducer(a: Producer | null | undefined, b: Producer): boolean {
  return !!a && a.fenjie === b.fenjie && canonical(a.options) === canonical(b.options);
}

/** Journal entries in the order written; a line cut short by a kill is skipped. */
export async function readJournal(outDir: string): Promise<JournalEntry[]> {
  const text = await readFile(join(outDir, JOURNAL_FILE), "utf8").catch(() => "");
  const entries: JournalEntry[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    try {
      const e = JSON.parse(line) as JournalEntry;
      if (e && e.producer && e.record && typeof e.record.file === "string") entries.push(e);
    } catch {
      // the last line of a killed run may be incomplete
    }
  }
  return entries;
}

export async function appendJournal(outDir: string, entry: JournalEntry): Promise<void> {
  await appendFile(join(outDir, JOURNAL_FILE), escapeJsonControls(JSON.stringify(entry)) + "\n");
}

/** An earlier record of an input and what made it. */
export interface Candidate {
  record: FileRecord;
  producer: Producer | null;
}

/** Earlier records per input file: the journal's (latest first), then the summary's. */
export function candidatesByFile(previous: BatchSummary | null, journal: readonly JournalEntry[]): Map<string, Candidate[]> {
  const out = new Map<string, Candidate[]>();
  const add = (c: Candidate): void => {
    const list = out.get(c.record.file) ?? [];
    list.push(c);
    out.set(c.record.file, list);
  };
  for (const e of [...journal].reverse()) add({ record: e.record, producer: e.producer });
  const summaryProducer = previous ? { fenjie: previous.fenjie, options: { ...previous.options } } : null;
  for (const r of previous?.files ?? []) add({ record: r, producer: summaryProducer });
  return out;
}

async function loadResult(path: string): Promise<Result | null> {
  try {
    const checked = ResultSchema.safeParse(JSON.parse(await readFile(path, "utf8")));
    return checked.success ? checked.data : null;
  } catch {
    return null;
  }
}

/** What can be reused for one input: a result (its JSON) or a record without one. */
export type Reused = { result: Result; from: string } | { record: FileRecord };

export interface ReuseQuery {
  /** the input's display path */
  file: string;
  /** its content hash now (null: unreadable, never reused) */
  sha256: string | null;
  /** the input's JSON path relative to the batch folder, as this run names it */
  output: string;
  producer: Producer;
}

/** A result made from exactly this content by exactly this version and these options, or null. */
export async function findReusable(outDir: string, q: ReuseQuery, candidates: readonly Candidate[]): Promise<Reused | null> {
  if (!q.sha256) return null;
  const fits = async (output: string): Promise<Result | null> => {
    const result = await loadResult(join(outDir, output));
    return result && sameProducer(result.producer, q.producer) && result.source.sha256 === q.sha256 && result.source.file === q.file ? result : null;
  };
  for (const c of candidates) {
    const r = c.record;
    if (!sameProducer(c.producer, q.producer) || r.sha256 !== q.sha256 || !REUSABLE.has(r.status) || (r.code && NOT_REUSABLE_CODES.has(r.code))) continue;
    if (!r.output) return { record: { ...r } };
    const result = await fits(r.output);
    if (result) return { result, from: r.output };
  }
  // a JSON under this run's name (a run killed before it recorded the input)
  const result = await fits(q.output);
  return result ? { result, from: q.output } : null;
}
