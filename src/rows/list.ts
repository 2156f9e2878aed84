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
 */
import type { Diagnostic } from "../model/schema.js";
import type { EntityField, InputDocument, LayoutResult, RawRecord, SourceLine, TableSpec } from "../model/intermediate.js";
import { cleanText, foldLookalikes, stripMarkup } from "../names/hygiene.js";
import { toSimplified } from "../names/script.js";
import { splitEntities } from "../names/split.js";
import { gridToRecords } from "./grid.js";
import type { Layout } from "./layouts.js";
import { mergeResults } from "./merge.js";
import { SectionPath } from "./sections.js";
import { ATTACHMENT_MARK, FIRST_IS_LEAD_NOTE, LIST_SETTINGS, LIST_TITLE } from "./list/data.js";
import { findFlattenedTable } from "./list/flattened.js";
import { addFragment, continuesList, emptyResponsibility, type ReadingOptions, extractTrailing, hasEntities, mergeResponsibility, parseLabelLine, type Responsibility } from "./list/labels.js";
import { readNumbering, type Numbered } from "./list/numbering.js";

/** One paragraph of the document as the list layout sees it. */
interface Block {
  kind: "item" | "text" | "label";
  lines: SourceLine[];
  numbered: Numbered | null;
  labelLines: Array<{ line: SourceLine; resp: Responsibility }>;
  /** item: task text left after its responsibility was peeled off */
  task: string;
  resp: Responsibility;
  closed: boolean;
}

const BOLD = /^\s*(?:#+\s*|\*\*|<b>|<strong>)|(?:\*\*|<\/b>|<\/strong>)\s*$/gi;
const TERMINAL = /[。；;！!？?：:，,]$/;

/** Lines another layout already read (tab rows) count as blank here. */
const isTableLine = (text: string): boolean => (text.match(/\t/g)?.length ?? 0) >= 1;

function plain(text: string): string {
  return cleanText(text.replace(BOLD, ""));
}

function wasBold(text: string): boolean {
  return /^\s*(#+\s|\*\*|<b>|<strong>)/i.test(text) || /^【[^】]+】$/.test(text.trim());
}

const CJK_END = /[\p{Script=Han}\u3000-\u303F\uFF01-\uFF60“”‘’…—]$/u;
const CJK_START = /^[\p{Script=Han}\u3000-\u303F\uFF01-\uFF60“”‘’…—]/u;

/**
 * The item's text with its wrapped lines joined (no space where a line breaks
 * between two CJK characters) but the spaces inside a line kept: they still
 * separate a list from the next label (`区工信局 完成时限：…`). The task text is
 * cleaned after the responsibility is taken off.
 */
function itemText(b: Block): string {
  const first = b.numbered ? b.numbered.rest : b.lines[0]!.text;
  let out = "";
  for (const raw of [first, ...b.lines.slice(1).map((l) => l.text)]) {
    const t = stripMarkup(foldLookalikes(raw.replace(BOLD, ""))).trim();
    if (!t) continue;
    out += out && !(CJK_END.test(out) && CJK_START.test(t)) ? ` ${t}` : t;
  }
  return out;
}

function refreshItem(b: Block, opts: ReadingOptions): void {
  const { task, found } = extractTrailing(itemText(b), opts);
  b.task = cleanText(task);
  b.resp = emptyResponsibility();
  if (found) mergeResponsibility(b.resp, found);
  for (const l of b.labelLines) mergeResponsibility(b.resp, l.resp);
  b.closed = found !== null || b.labelLines.length > 0;
}

const isLabelled = (b: Block): boolean => b.kind === "item" && (hasEntities(b.resp) || b.resp.labels.some((l) => l.field !== "other"));

/** The line that says the first unit of every list leads, if any. */
function findNote(lines: readonly SourceLine[]): SourceLine | undefined {
  return lines.find((l) => FIRST_IS_LEAD_NOTE.test(toSimplified(l.text.replace(/\s+/g, ""))));
}

/** Lines → paragraphs. */
export function toBlocks(lines: readonly SourceLine[]): Block[] {
  const opts: ReadingOptions = { bareLists: findNote(lines) !== undefined };
  const blocks: Block[] = [];
  let item: Block | null = null;
  let blankBefore = false;
  const newBlock = (kind: Block["kind"], line: SourceLine, numbered: Numbered | null = null): Block => ({
    kind,
    lines: [line],
    numbered,
    labelLines: [],
    task: "",
    resp: emptyResponsibility(),
    closed: false,
  });
  for (const line of lines) {
    if (!line.text.trim() || isTableLine(line.text)) {
      blankBefore = true;
      continue;
    }
    const text = line.text.replace(BOLD, "");
    // under a task's label lines, other labels (完成时限：…) belong to them too
    const label = parseLabelLine(text, item !== null && item.labelLines.length > 0, opts);
    if (label && !hasEntities(label) && label.labels.length === 0) {
      // only the "first listed leads" note: a remark line, not a task's labels
      const b = newBlock("text", line);
      b.resp = label;
      blocks.push(b);
      item = null;
      blankBefore = false;
      continue;
    }
    if (label) {
      if (item) {
        item.labelLines.push({ line, resp: label });
        refreshItem(item, opts);
      } else {
        const b = newBlock("label", line);
        b.resp = label;
        blocks.push(b);
      }
      blankBefore = false;
      continue;
    }
    const numbered = readNumbering(text);
    const lastLabel = item?.labelLines[item.labelLines.length - 1];
    if (!numbered && lastLabel?.resp.openField && (!blankBefore || !hasEntities(lastLabel.resp))) {
      // the names of a label written on the line(s) below it
      const field = lastLabel.resp.openField;
      delete lastLabel.resp.openField;
      addFragment(lastLabel.resp, field, text);
      if (/[、，,]\s*$/.test(text)) lastLabel.resp.openField = field;
      refreshItem(item!, opts);
      blankBefore = false;
      continue;
    }
    if (!numbered && lastLabel?.resp.lastField && !blankBefore && !wasBold(line.text) && continuesList(lastLabel.resp, text)) {
      addFragment(lastLabel.resp, lastLabel.resp.lastField, text);
      refreshItem(item!, opts);
      continue;
    }
    if (numbered) {
      item = newBlock("item", line, numbered);
      refreshItem(item, opts);
      blocks.push(item);
      blankBefore = false;
      continue;
    }
    const last = item?.lines[item.lines.length - 1]?.text.trim() ?? "";
    if (item && !item.closed && (!blankBefore || (!TERMINAL.test(last) && !wasBold(line.text)))) {
      item.lines.push(line);
      refreshItem(item, opts);
      blankBefore = false;
      continue;
    }
    item = null;
    blocks.push(newBlock("text", line));
    blankBefore = false;
  }
  return blocks;
}

function isHeadingText(b: Block): boolean {
  const t = plain(b.lines.map((l) => l.text).join(""));
  if (!t) return false;
  if (wasBold(b.lines[0]!.text)) return t.length <= LIST_SETTINGS.maxHeadingChars * 2;
  return t.length <= LIST_SETTINGS.maxHeadingChars && !TERMINAL.test(t) && !/[。；;]/.test(t);
}

function isTitle(b: Block): boolean {
  const t = plain(b.lines.map((l) => l.text).join(""));
  // a title is a name, not a sentence: no clause punctuation, no closing colon
  return b.kind === "text" && t.length <= 80 && LIST_TITLE.test(toSimplified(t)) && !/^附件[：:]/.test(t) && !/[，,。；;：:]/.test(t);
}

/** A numbered paragraph of a heading style that reads as a heading (short, not sentences). */
function isHeadingItem(b: Block): boolean {
  const t = plain(b.task).replace(/[。；;]$/, "");
  return t.length <= LIST_SETTINGS.maxHeadingChars * 2 && !/[。；;！？]/.test(t);
}

function headingText(b: Block): string {
  return plain(b.lines.map((l) => l.text).join(" ")).replace(/[：:]$/, "");
}

/** The blocks that form the list: from the title (or the headings just above the first task) to the last task. */
function findRegion(blocks: readonly Block[], taskStyles: ReadonlySet<string>): { start: number; end: number; title: string | null } | null {
  const first = blocks.findIndex(isLabelled);
  if (first < 0) return null;
  let last = blocks.length - 1;
  while (last > first && !isLabelled(blocks[last]!)) last--;
  while (last + 1 < blocks.length && blocks[last + 1]!.kind === "item" && taskStyles.has(blocks[last + 1]!.numbered!.style)) last++;
  for (let i = first - 1; i >= 0; i--) {
    if (isTitle(blocks[i]!)) return { start: i + 1, end: last, title: headingText(blocks[i]!) };
  }
  let start = first;
  while (start > 0) {
    const b = blocks[start - 1]!;
    const heading = (b.kind === "item" && !taskStyles.has(b.numbered!.style) && plain(b.task).length <= LIST_SETTINGS.maxHeadingChars && isHeadingItem(b)) || (b.kind === "text" && isHeadingText(b) && !ATTACHMENT_MARK.test(plain(b.lines[0]!.text)));
    if (!heading) break;
    start--;
  }
  return { start, end: last, title: null };
}

function locate(line: SourceLine): { line: number; page?: number } {
  return { line: line.line, ...(line.page ? { page: line.page } : {}) };
}

/** Rebuild list-form tasks from lines (lines of other tables already blanked). */
export function listToRecords(lines: readonly SourceLine[], tableIndex: number, documentText: string): LayoutResult & { consumed: number[] } {
  const diagnostics: Diagnostic[] = [];
  const blocks = toBlocks(lines);
  const taskStyles = new Set(blocks.filter(isLabelled).map((b) => b.numbered!.style));
  const labelled = blocks.filter(isLabelled).length;
  const region = labelled >= LIST_SETTINGS.minLabelledItems ? findRegion(blocks, taskStyles) : null;
  if (!region) return { tables: [], records: [], diagnostics: [], consumed: [] };

  const records: RawRecord[] = [];
  /** per record: its lists that closed with 等 */
  const etCetera: string[][] = [];
  const consumed: number[] = [];
  const section = new SectionPath();
  let unnumberedLevel: number | null = null;
  let lastNumberedLevel = 0;
  let started = false;
  const noteLine = findNote(lines);
  const firstIsLead = noteLine !== undefined;

  for (let i = region.start; i <= region.end; i++) {
    const b = blocks[i]!;
    for (const l of [...b.lines, ...b.labelLines.map((x) => x.line)]) consumed.push(l.line);
    if (b.kind === "item" && taskStyles.has(b.numbered!.style)) {
      started = true;
      records.push(toRecord(b, tableIndex, section.current));
      etCetera.push(b.resp.etCetera);
      continue;
    }
    if (b.kind === "item" && isHeadingItem(b)) {
      section.push(headingText(b), b.numbered!.level);
      lastNumberedLevel = b.numbered!.level;
      unnumberedLevel ??= Number.NaN; // numbered headings came first
      started = true;
      continue;
    }
    if (b.kind === "text" && b.resp.firstIsLead) continue;
    if (b.kind === "text" && isHeadingText(b)) {
      if (unnumberedLevel === null) unnumberedLevel = 0;
      section.push(headingText(b), Number.isNaN(unnumberedLevel) ? lastNumberedLevel + 1 : unnumberedLevel);
      started = true;
      continue;
    }
    if (b.kind === "label") {
      diagnostics.push({
        level: "warning",
        code: "LIST_LABEL_WITHOUT_TASK",
        message: `这一行责任标注前面没有编号的任务，未归入任何任务：“${plain(b.lines[0]!.text).slice(0, 40)}”。请核对原文。`,
        table: tableIndex,
        ...locate(b.lines[0]!),
      });
      continue;
    }
    if (started) {
      diagnostics.push({
        level: "warning",
        code: "UNPLACED_TEXT",
        message: `任务清单中有一段文字无法归入任何任务，已忽略：“${plain(b.lines.map((l) => l.text).join("")).slice(0, 40)}”。请核对原文。`,
        table: tableIndex,
        ...locate(b.lines[0]!),
      });
    }
  }

  const headers: TableSpec["headers"] = [];
  const seen = new Set<string>();
  const addHeader = (text: string, field: EntityField | "other") => {
    const key = `${text}|${field}`;
    if (!seen.has(key)) headers.push({ text, field });
    seen.add(key);
  };
  for (let i = region.start; i <= region.end; i++) for (const l of blocks[i]!.resp.labels) addHeader(cleanText(l.text), l.field);

  if (firstIsLead) {
    const note = FIRST_IS_LEAD_NOTE.exec(toSimplified(noteLine.text.replace(/\s+/g, "")))![0];
    addHeader(note, "leadUnits");
    let moved = 0;
    for (const r of records) if (moveFirstToLead(r, documentText)) moved++;
    diagnostics.push({
      level: "info",
      code: "LIST_FIRST_IS_LEAD",
      message: `文件注明“${note}”：已把 ${moved} 项任务名单中列第一位的单位作为牵头单位（leadUnits），其余单位保留为责任单位。`,
      table: tableIndex,
      ...locate(noteLine),
    });
  }

  renumberIfRestarted(records, diagnostics, tableIndex);
  records.forEach((r, i) => diagnostics.push(...etCeteraDiagnostics(r, etCetera[i]!)));
  const spec: TableSpec = { index: tableIndex, title: region.title, headers, columns: headers.map((h) => h.field), layout: "list", paragraphs: true };
  return { tables: [spec], records, diagnostics, consumed };
}

function toRecord(b: Block, table: number, section: string[]): RawRecord {
  const cells: RawRecord["cells"] = {};
  for (const [f, frags] of Object.entries(b.resp.cells) as Array<[EntityField, string[]]>) if (frags.length) cells[f] = [...frags];
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

/** Under the "first listed leads" note: the first unit of a list without an explicit lead becomes the lead. */
function moveFirstToLead(rec: RawRecord, documentText: string): boolean {
  if (rec.cells.leadUnits?.length || !rec.cells.units?.length) return false;
  const names = splitEntities(rec.cells.units, "unit", { documentText });
  if (!names.length) return false;
  rec.cells.leadUnits = [names[0]!];
  rec.cells.units = names.slice(1);
  rec.presplit = [...(rec.presplit ?? []), "leadUnits", "units"];
  return true;
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

function documentTextOf(doc: InputDocument): string {
  return doc.lines.map((l) => l.text.trim()).join("\n").replace(/\s+/g, "\n");
}

/** Flattened tables (grid rows) and list-form tasks of a document, as separate tables in document order. */
export function rebuildList(doc: InputDocument): LayoutResult {
  const flat = findFlattenedTable(doc.lines);
  const flatLines = new Set(flat?.consumed ?? []);
  const rest = doc.lines.map((l) => (flatLines.has(l.line) ? { ...l, text: "" } : l));
  const flatResult = flat ? gridToRecords(flat.rows, { layout: "list" }) : null;
  const listResult = listToRecords(rest, 0, documentTextOf(doc));
  const parts = [flatResult, listResult].filter((r): r is LayoutResult => r !== null && r.records.length > 0);
  return { ...mergeResults(parts), consumed: [...flatLines, ...listResult.consumed] };
}

/** How well the list layout fits: paragraphs that carry responsibility, or a flattened table. */
export function detectList(doc: InputDocument): number {
  if (findFlattenedTable(doc.lines)) return LIST_SETTINGS.detectScore;
  const blocks = toBlocks(doc.lines);
  return blocks.filter(isLabelled).length >= LIST_SETTINGS.minLabelledItems ? LIST_SETTINGS.detectScore : 0;
}

export const listLayout: Layout = {
  name: "list",
  complements: true,
  detect: detectList,
  rebuild: rebuildList,
};
