/**
 * The pipeline: read → find the table and rebuild rows (a layout) →
 * normalise names → fill down merged cells, pair leaders → validate.
 * The CLI and the library both call `parse`.
 */
import { FenjieError } from "./errors.js";
import type { InputDocument, LayoutResult } from "./model/intermediate.js";
import { ResultSchema, RESPONSIBILITY_FIELDS, type Diagnostic, type Result, type TableInfo, type Task } from "./model/schema.js";
import { extractNotice } from "./meta/notice.js";
import { assignTaskIds } from "./model/ids.js";
import { classifyDocument } from "./meta/kind.js";
import { normaliseRecord } from "./names/record.js";
import { learnSpacing } from "./text/hygiene.js";
import { pairLeaders } from "./names/pairing.js";
import { applyAliases, type AliasMap } from "./names/aliases.js";
import { loadFile, readDocument, type ReadOptions } from "./read/index.js";
import { fillDown } from "./table/filldown.js";
import { rebuildRows } from "./layouts/combine.js";
import { isHeaderRow, pairedUnitField } from "./table/headers.js";
import { checkNumbering, checkRecord } from "./validate/checks.js";

export interface ParseOptions extends ReadOptions {
  /** force a layout instead of detecting it (`tsv`, `csv`, `markdown`, `aligned`, `html`, `flat`, `lattice`, `stream`, `list`) */
  layout?: string;
  /** name shown as `source.file` when the input is bytes */
  fileName?: string;
  /** map local spellings onto one name after normalisation (see `loadAliases`) */
  aliases?: AliasMap;
  /** when given, milliseconds spent per stage are added to it (used by `npm run bench`) */
  timings?: StageTimings;
}

/** Milliseconds per pipeline stage, accumulated across calls. */
export type StageTimings = Partial<Record<"read" | "rows" | "names" | "fill" | "validate", number>>;

/** Run `fn`, adding its duration to `timings[stage]` when timings are wanted. */
function timed<T>(timings: StageTimings | undefined, stage: keyof StageTimings, fn: () => T): T {
  if (!timings) return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    timings[stage] = (timings[stage] ?? 0) + performance.now() - start;
  }
}

/** Parse a notice from a path or from its bytes. */
export async function parse(input: string | Uint8Array, options: ParseOptions = {}): Promise<Result> {
  const file = typeof input === "string" ? input : (options.fileName ?? "-");
  const start = performance.now();
  const bytes = typeof input === "string" ? await loadFile(input, options.limits) : input;
  const doc = await readDocument(bytes, file, options);
  if (options.timings) options.timings.read = (options.timings.read ?? 0) + performance.now() - start;
  return parseDocument(doc, options);
}

/** Parse text already in memory (UTF-8 string). */
export async function parseText(text: string, options: ParseOptions = {}): Promise<Result> {
  return parse(new TextEncoder().encode(text), options);
}

/** The stages after reading: usable on an InputDocument from any reader. */
export function parseDocument(doc: InputDocument, options: ParseOptions = {}): Result {
  const t = options.timings;
  const result: LayoutResult | null = timed(t, "rows", () => rebuildRows(doc, options.layout));
  if (!result || result.records.length === 0) {
    const text = doc.lines.map((l) => l.text).join("\n");
    // a header line (cells split by tabs, | or wide spaces) with nothing numbered under it
    const headerOnly = (result && result.tables.length) || doc.lines.some((l) => isHeaderRow(l.text.split(/\t|[|｜]|\s{2,}|\u3000+/).map((c) => c.trim()).filter(Boolean)));
    const kind = headerOnly ? { isNotice: true, description: "表头找到了，但表中没有任何编号的任务行" } : classifyDocument(text);
    throw new FenjieError("NO_TABLE", `未找到责任分解表：${doc.source.file}。${kind.description}。`, doc.source.file, { notANotice: !kind.isNotice });
  }

  // names written whole somewhere in the document (cover letter addressees, other cells); whitespace
  // stays a boundary so that two cells printed side by side are never read as one name
  const documentText = doc.lines.map((l) => l.text.trim()).join("\n").replace(/\s+/g, "\n");
  const spacing = learnSpacing(doc.lines.map((l) => l.text));
  let tasks: Task[] = timed(t, "names", () => result.records.map((r) => normaliseRecord(r, { documentText, spacing })));
  const tableInfos: TableInfo[] = result.tables.map((t) => {
    const rows = tasks.filter((x) => x.table === t.index);
    return {
      index: t.index,
      title: t.title,
      headers: t.headers,
      firstSeq: rows[0]?.seq ?? null,
      lastSeq: rows[rows.length - 1]?.seq ?? null,
      rowCount: rows.length,
      layout: t.layout,
    };
  });
  const fillStart = performance.now();
  // tasks written as paragraphs have no merged cells to fill down
  tasks = fillDown(tasks, tableInfos.filter((t) => !result.tables[t.index]?.paragraphs));

  const diagnostics: Diagnostic[] = [...doc.diagnostics, ...result.diagnostics];
  tasks = tasks.map((t) => {
    const spec = result!.tables[t.table];
    const { task, diagnostic } = pairLeaders(t, spec && !spec.paragraphs ? pairedUnitField(spec.columns) : null);
    if (diagnostic) diagnostics.push(diagnostic);
    return task;
  });
  if (options.aliases) {
    const aliased = applyAliases(tasks, options.aliases);
    tasks = aliased.tasks;
    diagnostics.push(...aliased.diagnostics);
  }
  const validateStart = performance.now();
  if (t) t.fill = (t.fill ?? 0) + validateStart - fillStart;
  for (const info of tableInfos) {
    diagnostics.push(...checkNumbering(tasks, info));
    const hasUnitColumns = info.headers.some((h) => h.field === "leadUnits" || h.field === "units" || h.field === "coUnits");
    for (const t of tasks) if (t.table === info.index) diagnostics.push(...checkRecord(t, hasUnitColumns));
  }

  tasks = assignTaskIds(tasks, doc.source.sha256);
  const firstLine = result.records[0]?.source.line ?? null;
  const notice = extractNotice(doc.lines, firstLine, result.tables[0]?.title ?? null);
  const output: Result = {
    source: doc.source,
    notice,
    tables: tableInfos,
    tasks,
    diagnostics: sortDiagnostics(diagnostics),
  };
  const checked = ResultSchema.safeParse(output);
  if (!checked.success) {
    throw new Error(`internal: output failed its schema: ${checked.error.message}`);
  }
  if (t) t.validate = (t.validate ?? 0) + performance.now() - validateStart;
  return checked.data;
}

function sortDiagnostics(d: Diagnostic[]): Diagnostic[] {
  return d
    .map((x, i) => ({ x, i }))
    .sort((a, b) => (a.x.table ?? -1) - (b.x.table ?? -1) || (a.x.line ?? a.x.page ?? 0) - (b.x.line ?? b.x.page ?? 0) || a.i - b.i)
    .map((y) => y.x);
}

export { RESPONSIBILITY_FIELDS };
