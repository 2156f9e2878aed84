/**
 * The pipeline, and nothing else: read → layouts + table stage (rows →
 * records) → names → fill down merged cells, pair leaders → validate →
 * review reasons per record → notice metadata. Every stage is a function over plain data in its own
 * folder; the CLI and the library both call `parse`.
 */
import type { InputDocument } from "./model/intermediate.js";
import { ResultSchema, RESPONSIBILITY_FIELDS, type Diagnostic, type Result, type Task } from "./model/schema.js";
import { resolveSettings, type SettingsOverrides } from "./model/settings.js";
import { extractNotice } from "./meta/notice.js";
import { assignTaskIds } from "./model/ids.js";
import { notADecomposition, noTableError } from "./meta/kind.js";
import { normaliseRecords } from "./names/record.js";
import { printedPages } from "./layouts/list.js";
import { dropEtCetera } from "./names/etcetera.js";
import { pairAll } from "./names/pairing.js";
import { applyAliases, type AliasMap } from "./names/aliases.js";
import { loadFile, readDocument, type ReadOptions } from "./read/index.js";
import { rebuildRows } from "./layouts/combine.js";
import { trailingNumbers } from "./validate/trailing.js";
import { isForced, layoutNamed, rankLayouts } from "./layouts/registry.js";
import { fillAcrossPages, fillDown, fillMergedPeople } from "./table/filldown.js";
import { pairedUnitField } from "./table/headers.js";
import { tableInfos } from "./table/info.js";
import { validate } from "./validate/checks.js";
import { attachReview } from "./validate/review.js";
import { corroborate, unterminatedTable } from "./validate/corroborate.js";
import { vouchSharedPeople, vouchTaskEnds } from "./validate/vouch.js";
import { appendAll } from "./arrays.js";

export interface ParseOptions extends ReadOptions {
  /** force a layout instead of detecting it (`auto` or one of `layoutNames()`; an unknown name is a usage error) */
  layout?: string;
  /** name shown as `source.file` when the input is bytes */
  fileName?: string;
  /** map local spellings onto one name after normalisation (see `loadAliases`) */
  aliases?: AliasMap;
  /** override tolerances, limits and layout scores (see `SettingsSchema` in model/settings.ts) */
  settings?: SettingsOverrides;
  /** when given, milliseconds spent per stage are added to it (used by `npm run bench`) */
  timings?: StageTimings;
  /**
   * read a "first listed leads" note (`列第一位者为牵头单位`, `责任单位（排在第一位的为牵头单位）`): the first unit of
   * each list without a lead becomes its lead, flagged `LEAD_FROM_FIRST_LISTED`. Off by default: units stay under
   * their header or label, and the note is reported (`FIRST_LISTED_NOTE`).
   */
  firstListedLead?: boolean;
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
  // an unknown layout is refused before the file is read
  if (isForced(options.layout)) layoutNamed(options.layout);
  const settings = resolveSettings(options.settings);
  const limits = { ...settings.limits, ...options.limits };
  const file = typeof input === "string" ? input : (options.fileName ?? "-");
  const start = performance.now();
  const bytes = typeof input === "string" ? await loadFile(input, limits) : input;
  const doc = await readDocument(bytes, file, { ...options, limits });
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
  const settings = resolveSettings(options.settings);
  const rebuilt = timed(t, "rows", () => rebuildRows(doc, settings, options.layout, options.firstListedLead ?? false));
  if (!rebuilt || rebuilt.records.length === 0) {
    const forced = isForced(options.layout) ? { layout: options.layout, detected: rankLayouts(doc, settings)[0]?.name ?? null } : undefined;
    throw noTableError(doc, rebuilt, forced);
  }
  // numbered rows with units are not enough: a budget's project table or a service guide has them too
  const instead = isForced(options.layout) ? null : notADecomposition(doc, rebuilt);
  if (instead) throw noTableError(doc, rebuilt, undefined, instead);

  const named = timed(t, "names", () => dropEtCetera(normaliseRecords(rebuilt.records, doc.lines)));
  let tasks: Task[] = named.tasks;
  const diagnostics: Diagnostic[] = [...doc.diagnostics, ...rebuilt.diagnostics, ...named.diagnostics];
  const tables = tableInfos(rebuilt.tables, tasks);
  const pairedOf = (table: number) => {
    const spec = rebuilt.tables[table];
    return spec && !spec.paragraphs ? pairedUnitField(spec.columns) : null;
  };
  tasks = timed(t, "fill", () => {
    // tasks written as paragraphs have no merged cells to fill down and no columns to pair
    const paragraphTables = new Set(rebuilt.tables.filter((x) => x.paragraphs).map((x) => x.index));
    const down = fillDown(tasks, tables, paragraphTables);
    // a merged cell a page break cut (PDF pages): its text printed on the page before only
    // (a table rebuilt from positions too, where its rules showed a cell merged down to the page's foot)
    const positioned = new Set(rebuilt.tables.filter((x) => x.structure === "geometry").map((x) => x.index));
    const across = doc.pages
      ? fillAcrossPages(down, tables.filter((x) => !paragraphTables.has(x.index) && (rebuilt.tables[x.index]?.structure === "exact" || positioned.has(x.index))), positioned)
      : { tasks: down, diagnostics: [] };
    appendAll(diagnostics, across.diagnostics);
    // a people column merged over tasks, in text that lost the cells (one cell per line, read as a dump or as a
    // flattened table of the list layout): printed in its first row only
    // (not where the dump printed the page's cells in reading order: which row a name is in is itself in doubt there)
    const scrambled = new Set(rebuilt.diagnostics.filter((d) => d.code === "FLAT_READING_ORDER").map((d) => d.table));
    // (and in text that kept the columns by position, `pdftotext -layout`: a merged cell printed at its span's top,
    // as LibreOffice and Word print it; a browser's, centred on its span, the aligned layout fills itself, and the
    // rows it fills repeat the name, which this step takes for a column filled row by row)
    const spec = (x: { index: number }) => rebuilt.tables[x.index];
    const flattened = tables.filter(
      (x) => ((spec(x)?.structure === "text-order" && ["flat", "list"].includes(spec(x)?.layout ?? "")) || (spec(x)?.structure === "geometry" && spec(x)?.layout === "aligned")) && !scrambled.has(x.index),
    );
    const merged = fillMergedPeople(across.tasks, flattened);
    appendAll(diagnostics, merged.diagnostics);
    const filled = merged.tasks;
    const paired = pairAll(filled, pairedOf, (table) => rebuilt.tables[table]?.structure === "exact");
    appendAll(diagnostics, paired.diagnostics);
    if (!options.aliases) return paired.tasks;
    const aliased = applyAliases(paired.tasks, options.aliases);
    appendAll(diagnostics, aliased.diagnostics);
    return aliased.tasks;
  });
  appendAll(diagnostics, timed(t, "validate", () => validate(tasks, tables)));
  // a row after the last whose number was printed inside another cell's line (text copied out of a PDF)
  // (a list read from a PDF's text too: its paragraphs are the page's lines, a row's number may stand beside a label line)
  const paged = printedPages(doc.lines);
  appendAll(diagnostics, trailingNumbers(tasks, doc.lines, (table) => (paged && rebuilt.tables[table]?.layout === "list" ? "text-order" : rebuilt.tables[table]?.structure)));
  // every record against what a well-formed one looks like; a layout's uncorroborated guesses become doubts
  const corroborated = timed(t, "validate", () => corroborate(tasks, rebuilt.tables, diagnostics, pairedOf, doc.lines));
  diagnostics.length = 0;
  appendAll(diagnostics, corroborated);
  // doubts a layout laid on a row that the document's own text settles
  const settled = vouchTaskEnds(vouchSharedPeople(tasks, diagnostics), diagnostics, (table) => unterminatedTable(tasks, table));
  tasks = attachReview(settled, diagnostics);
  tasks = assignTaskIds(tasks, doc.source.sha256);

  const output: Result = {
    source: doc.source,
    notice: extractNotice(doc.lines, rebuilt.records[0]?.source.line ?? null, rebuilt.tables[0]?.title ?? null),
    tables,
    tasks,
    diagnostics: sortDiagnostics(diagnostics),
  };
  const checked = ResultSchema.safeParse(output);
  if (!checked.success) throw new Error(`internal: output failed its schema: ${checked.error.message}`);
  return checked.data;
}

/** Diagnostics in document order: by table, then place, keeping the order of equals. */
function sortDiagnostics(d: Diagnostic[]): Diagnostic[] {
  return d
    .map((x, i) => ({ x, i }))
    .sort((a, b) => (a.x.table ?? -1) - (b.x.table ?? -1) || (a.x.line ?? a.x.page ?? 0) - (b.x.line ?? b.x.page ?? 0) || a.i - b.i)
    .map((y) => y.x);
}

export { RESPONSIBILITY_FIELDS };
