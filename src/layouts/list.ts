/**
 * List layout: notices that publish the decomposition as numbered paragraphs
 * carrying their responsibilities in labels instead of a table:
 *
 *   12.启动……项目建设。（牵头单位：区发改局；责任单位：区交通局、区财政局）
 *   3、推进……。            ← then label lines under it
 *   牵头单位：区发改局
 *   责任单位：区交通局、区财政局
 *   （一）……（区发改局牵头，区财政局、区交通局配合）
 *
 * Steps: lines → paragraphs (numbered items, label lines, plain text) →
 * which numbering style numbers tasks (the one whose items carry
 * responsibility; the others number headings) → the list region → records.
 * Flattened one-cell-per-line tables are found first and go through the grid
 * stage. Labels come from the header-synonym table (`mapHeader`).
 *
 * Files: list/blocks.ts (paragraphs), list/labels.ts (labels, brackets),
 * list/roles.ts (role verbs), list/responsibility.ts (what is collected),
 * list/numbering.ts, list/region.ts (title, headings, extent),
 * list/notes.ts (first-listed-leads, （牵头） notes), list/flattened.ts,
 * list/data.ts (the lexicon and settings); this file turns
 * the region into records and registers the layout.
 */
import type { Diagnostic } from "../model/schema.js";
import type { EntityField, InputDocument, LayoutResult, RawRecord, SourceLine, TableSpec } from "../model/intermediate.js";
import { cleanText } from "../text/hygiene.js";
import { toSimplified } from "../text/script.js";
import { gridToRecords } from "../table/segment.js";
import { mergeResults } from "./merge.js";
import { SectionPath } from "../table/sections.js";
import { textLines } from "../table/records.js";
import { findNote, isLabelled, plain, toBlocks, type Block } from "./list/blocks.js";
import { ATTACHMENT_MARK, FIRST_IS_LEAD_NOTE, LIST_SETTINGS, REST_ARE_CO_NOTE } from "./list/data.js";
import { applyFirstIsLead, applyRoleNotes } from "./list/notes.js";
import { findFlattenedTable } from "./list/flattened.js";
import { findRegion, headingText, isHeadingItem, isHeadingText, isTitle, splitAtTitles } from "./list/region.js";
import { documentText, searchable, type TextSearch } from "../text/search.js";

function locate(line: SourceLine): { line: number; page?: number } {
  return { line: line.line, ...(line.page ? { page: line.page } : {}) };
}

/** Rebuild list-form tasks from lines (lines of other tables already blanked). */
export function listToRecords(lines: readonly SourceLine[], tableIndex: number, documentText: TextSearch): LayoutResult & { consumed: number[] } {
  const blocks = toBlocks(lines);
  const taskStyles = new Set(blocks.filter(isLabelled).map((b) => b.numbered!.style));
  const labelled = blocks.filter(isLabelled).length;
  const region = labelled >= LIST_SETTINGS.minLabelledItems ? findRegion(blocks, taskStyles) : null;
  if (!region) return { tables: [], records: [], diagnostics: [], consumed: [] };

  const noteLine = findNote(lines);
  const note = noteLine ? FIRST_IS_LEAD_NOTE.exec(toSimplified(noteLine.text.replace(/\s+/g, "")))![0] : null;
  const out: LayoutResult & { consumed: number[] } = { tables: [], records: [], diagnostics: [], consumed: [] };
  for (const part of splitAtTitles(blocks.slice(region.start, region.end + 1), taskStyles, region.title)) {
    const table = tableIndex + out.tables.length;
    const read = readRegion(part.blocks, taskStyles, table);
    out.consumed.push(...read.consumed);
    if (!read.records.length) continue;
    const headers = tableHeaders(part.blocks);
    if (noteLine && note) {
      if (!headers.some((h) => h.text === note)) headers.push({ text: note, field: "leadUnits" });
      const rest = REST_ARE_CO_NOTE.exec(toSimplified(noteLine.text.replace(/\s+/g, "")));
      if (rest && !headers.some((h) => h.text === rest[0])) headers.push({ text: rest[0], field: "coUnits" });
      read.diagnostics.push(applyFirstIsLead(read.records, note, noteLine, table, documentText));
    }
    for (const r of read.records) {
      for (const { note, field } of applyRoleNotes(r, documentText)) {
        if (!headers.some((h) => h.text === note && h.field === field)) headers.push({ text: note, field });
      }
    }
    renumberIfRestarted(read.records, read.diagnostics, table);
    read.records.forEach((r, i) => read.diagnostics.push(...etCeteraDiagnostics(r, read.etCetera[i]!)));
    out.tables.push({ index: table, title: part.title, headers, columns: headers.map((h) => h.field), layout: "list", paragraphs: true });
    out.records.push(...read.records);
    out.diagnostics.push(...read.diagnostics);
  }
  return out;
}

/** Walk the list's paragraphs: tasks become records, headings set the section path, the rest is reported. */
function readRegion(blocks: readonly Block[], taskStyles: ReadonlySet<string>, table: number) {
  const records: RawRecord[] = [];
  /** per record: its lists that closed with 等 */
  const etCetera: string[][] = [];
  const consumed: number[] = [];
  const diagnostics: Diagnostic[] = [];
  const section = new SectionPath();
  // un-numbered headings sit above the numbered ones when the list starts with one, else below the last numbered heading
  let unnumberedOnTop: boolean | null = null;
  let lastNumberedLevel = 0;
  let started = false;
  const taskLevel = Math.min(...blocks.filter((b) => b.kind === "item" && taskStyles.has(b.numbered!.style)).map((b) => b.numbered!.level));
  for (const b of blocks) {
    for (const l of [...b.lines, ...b.labelLines.map((x) => x.line)]) consumed.push(l.line);
    const last = records[records.length - 1];
    if (b.kind === "item" && taskStyles.has(b.numbered!.style)) {
      records.push(toRecord(b, table, section.current));
      etCetera.push(b.resp.etCetera);
    } else if (b.kind === "item" && last && b.numbered!.level > taskLevel) {
      // numbered deeper than the tasks: a point of the task above, not a heading
      last.task[last.task.length - 1] += plain(b.lines.map((l) => l.text).join(" "));
    } else if (b.kind === "item" && isHeadingItem(b)) {
      section.push(headingText(b), b.numbered!.level);
      lastNumberedLevel = b.numbered!.level;
      unnumberedOnTop ??= false;
    } else if (b.kind === "text" && (b.resp.firstIsLead || ATTACHMENT_MARK.test(plain(b.lines[0]!.text)) || (!started && isTitle(b)))) {
      continue; // the note, an attachment mark, the title of the table

    } else if (b.kind === "text" && isHeadingText(b)) {
      unnumberedOnTop ??= true;
      section.push(headingText(b), unnumberedOnTop ? 0 : lastNumberedLevel + 1);
    } else if (b.kind === "label") {
      diagnostics.push({
        level: "warning",
        code: "LIST_LABEL_WITHOUT_TASK",
        message: `这一行责任标注前面没有编号的任务，未归入任何任务：“${plain(b.lines[0]!.text).slice(0, 40)}”。请核对原文。`,
        table,
        ...locate(b.lines[0]!),
      });
      continue;
    } else {
      // text before the first task or heading (the title, a remark under it) is not part of the list
      if (started) {
        diagnostics.push({
          level: "warning",
          code: "UNPLACED_TEXT",
          message: `任务清单中有一段文字无法归入任何任务，已忽略：“${plain(b.lines.map((l) => l.text).join("")).slice(0, 40)}”。请核对原文。`,
          table,
          ...locate(b.lines[0]!),
        });
      }
      continue;
    }
    started = true;
  }
  return { records, etCetera, consumed, diagnostics };
}

/** The labels and role verbs seen, in order of first appearance, with their fields. */
function tableHeaders(blocks: readonly Block[]): TableSpec["headers"] {
  const headers: TableSpec["headers"] = [];
  for (const b of blocks) {
    for (const l of b.resp.labels) {
      const text = cleanText(l.text);
      if (!headers.some((h) => h.text === text && h.field === l.field)) headers.push({ text, field: l.field });
    }
  }
  return headers;
}

function toRecord(b: Block, table: number, section: string[]): RawRecord {
  const cells: RawRecord["cells"] = {};
  for (const [f, frags] of Object.entries(b.resp.cells) as Array<[EntityField, string[]]>) if (frags.length) cells[f] = textLines(frags);
  return { table, seq: b.numbered!.number, section, task: [b.task], cells, source: locate(b.lines[0]!) };
}

function etCeteraDiagnostics(rec: RawRecord, lists: readonly string[]): Diagnostic[] {
  return lists.map((list) => ({
    level: "info" as const,
    code: "LIST_ET_CETERA",
    message: `第 ${rec.seq} 项的名单以“等”结尾（“${list}”），已去掉“等”字；名单可能不完整，请核对原文。`,
    table: rec.table,
    seq: rec.seq,
    ...rec.source,
  }));
}
/** Numbering that restarts under each heading (1. 2. … 1. 2.) becomes one running number. */
function renumberIfRestarted(records: RawRecord[], diagnostics: Diagnostic[], table: number): void {
  const restarts = records.some((r, i) => i > 0 && r.seq <= records[i - 1]!.seq);
  if (!restarts) return;
  records.forEach((r, i) => (r.seq = i + 1));
  diagnostics.push({
    level: "info",
    code: "LIST_SEQ_RENUMBERED",
    message: `任务编号在各标题下重新从头编起，已按出现顺序统一编为 1–${records.length}（seq）；原编号见任务所在行。`,
    table,
  });
}

/** Flattened tables (grid rows) and list-form tasks of a document, as separate tables in document order. */
export function rebuildList(doc: InputDocument): LayoutResult {
  const flat = findFlattenedTable(doc.lines);
  const flatLines = new Set(flat?.consumed ?? []);
  const rest = doc.lines.map((l) => (flatLines.has(l.line) ? { ...l, text: "" } : l));
  const flatResult = flat ? gridToRecords(flat.rows, { layout: "list" }) : null;
  const listResult = listToRecords(rest, 0, searchable(documentText(doc.lines)));
  const parts = [flatResult, listResult].filter((r): r is LayoutResult => r !== null && r.records.length > 0);
  return { ...mergeResults(parts), consumed: [...flatLines, ...listResult.consumed] };
}

/**
 * How the list layout fits: `marked` — paragraphs that carry responsibility,
 * or a flattened table with `|` marks; `unmarked` — a flattened table
 * without them (which looks like a PDF text dump too); null — not at all.
 */
export function detectList(doc: InputDocument): "marked" | "unmarked" | null {
  const flat = findFlattenedTable(doc.lines);
  if (flat?.piped) return "marked";
  if (toBlocks(doc.lines).filter(isLabelled).length >= LIST_SETTINGS.minLabelledItems) return "marked";
  return flat ? "unmarked" : null;
}
