/**
 * Flat layout: a PDF-to-text dump in which the table is gone and every cell
 * fragment sits on its own line (seed 000). The pipeline reads like the dump:
 *
 *   findFlatHeader → segmentRows → rowParts → toEntities → assignBlocks
 *   → (learn person columns over the whole document) → rowCells → RawRecord
 *
 * Each record's entity cells hold one name per fragment (`presplit`), because
 * this layout decides the boundaries itself.
 */
import type { Diagnostic } from "../model/schema.js";
import type { EntityField, InputDocument, LayoutResult, RawRecord, TableSpec } from "../model/intermediate.js";
import { textCells } from "../table/records.js";
import { cleanText } from "../text/hygiene.js";
import { mapHeader, pairedUnitField } from "../table/headers.js";
import { detectTextGrid } from "./tsv.js";
import { SectionPath } from "../table/sections.js";
import type { HeadingGroup } from "./flat/anatomy.js";
import { columnBlocks } from "./flat/columns.js";
import { draftRow, learnPersonColumns, mergeUnitsByLeaderCount, rowCells, splitSpilledPeople, type TableContext } from "./flat/decide.js";
import { findFlatHeader } from "./flat/header.js";
import { applyHeadings, findTitle, leadingHeadings } from "./flat/headings.js";
import { parseSeqLine, unspaceLetters } from "./flat/fragments.js";
import { segmentRows } from "./flat/segment.js";
import { FLAT_DEFAULTS, type FlatSettings } from "./flat/settings.js";
import type { TextSearch } from "../text/search.js";

/** rows needed after the header for the document to count as a flat table */
const MIN_ROWS_TO_DETECT = 2;

export interface FlatOptions {
  /** the document's own text: names written whole somewhere (the cover letter) join wrapped fragments */
  documentText?: TextSearch;
  settings?: FlatSettings;
}

/** Does the flat layout fit: a header of words and numbered rows after it, no tab/pipe table? */
export function detectFlat(doc: InputDocument): boolean {
  if (detectTextGrid(doc.lines)) return false;
  const lines = unspaceLetters(doc.lines);
  const header = findFlatHeader(lines);
  if (!header) return false;
  let expected = 0;
  let found = 0;
  const after = [...(header.inside ?? []), ...lines.keys()].filter((i, k, all) => k < (header.inside ?? []).length || i > header.end);
  for (const i of after) {
    if (found >= MIN_ROWS_TO_DETECT) break;
    const seq = parseSeqLine(lines[i]!.text);
    if (!seq) continue;
    if (expected === 0 || seq.seq === expected) {
      expected = seq.seq + 1;
      found++;
    }
  }
  return found >= MIN_ROWS_TO_DETECT;
}

export function flatToRecords(input: InputDocument, options: FlatOptions = {}): LayoutResult {
  const s = options.settings ?? FLAT_DEFAULTS;
  const doc: InputDocument = { ...input, lines: unspaceLetters(input.lines) };
  const header = findFlatHeader(doc.lines);
  if (!header) return { tables: [], records: [], diagnostics: [] };
  const table = 0;
  const title = findTitle(doc, header);
  const spec: TableSpec = {
    index: table,
    title,
    headers: header.headers.map((text) => ({ text: cleanText(text), field: mapHeader(text) })),
    columns: header.columns,
    layout: "flat",
  };
  const diagnostics: Diagnostic[] = [];
  const seg = segmentRows(doc.lines, header, s, title);
  const blocks = columnBlocks(header.columns);
  const hasSection = header.columns.includes("section");
  const pairedField = pairedUnitField(header.columns);
  const label = (f: EntityField): string => header.headers[header.columns.indexOf(f)] ?? f;
  const ctx: TableContext = { table, blocks, paired: pairedField, label, settings: s, diagnostics };
  const splitOpts = options.documentText !== undefined ? { documentText: options.documentText } : {};

  // pass 1: every row's parts and names laid onto the column blocks
  const drafts = seg.rows.map((block) => draftRow(block, ctx, hasSection, splitOpts));
  // pass 2 (document level): which person column each recurring name belongs to
  const learned = learnPersonColumns(drafts, ctx);

  // pass 3: records
  const section = new SectionPath();
  const records: RawRecord[] = [];
  let pending: HeadingGroup[] = leadingHeadings(seg.leading, table, diagnostics, s);
  for (const d of drafts) {
    const { block, parts } = d;
    applyHeadings(section, [...pending, ...parts.headings]);
    pending = parts.trailingHeadings;
    mergeUnitsByLeaderCount(d, ctx, learned.votes);
    for (const [a, b] of learned.spillPairs) splitSpilledPeople(d, ctx, a, b, learned.spillVotes.get(`${a}|${b}`)!);
    const cells = rowCells(d, ctx, learned.votes, learned.unitVotes);
    records.push({
      table,
      seq: block.seq,
      section: section.current,
      task: parts.task,
      cells: textCells(cells),
      presplit: Object.keys(cells) as EntityField[],
      source: { line: block.line, ...(block.page ? { page: block.page } : {}) },
    });
  }
  return { tables: [spec], records, diagnostics };
}

