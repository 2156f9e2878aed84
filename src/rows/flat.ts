/**
 * Flat layout: a PDF-to-text dump in which the table is gone and every cell
 * fragment sits on its own line (seed 000). The pipeline reads like the dump:
 *
 *   findFlatHeader → segmentRows → rowParts → toEntities → assignBlocks
 *   → (learn person columns over the whole document) → chooseSplit → RawRecord
 *
 * Each record's entity cells hold one name per fragment (`presplit`), because
 * this layout decides the boundaries itself.
 */
import type { Diagnostic } from "../model/schema.js";
import type { EntityField, InputDocument, LayoutResult, RawRecord, TableSpec } from "../model/intermediate.js";
import { cleanText } from "../names/hygiene.js";
import { pairedUnitField } from "../table/headers.js";
import { mapHeader } from "../table/headers.js";
import { detectTextGrid } from "./tsv.js";
import { SectionPath } from "./sections.js";
import { readHeadings, rowParts, type HeadingGroup, type RowParts } from "./flat/anatomy.js";
import {
  assignBlocks,
  chooseSplit,
  columnBlocks,
  countVotes,
  learnedFor,
  mergeUnitsByCount,
  mergeUnitsNamedByRoles,
  splitUnitBlock,
  toEntities,
  type ColumnBlock,
  type Entity,
  type Votes,
} from "./flat/columns.js";
import { findFlatHeader, type FlatHeader } from "./flat/header.js";
import { norm, parseSeqLine } from "./flat/fragments.js";
import { segmentRows, type FlatLine, type RowBlock } from "./flat/segment.js";
import { FLAT_DEFAULTS, type FlatSettings } from "./flat/settings.js";

const TITLE = /(分解表|任务表|分工表|清单|一览表)/;
/** how far above the header a table title is looked for */
const TITLE_LOOKBACK_LINES = 8;
/** rows needed after the header for the document to count as a flat table */
const MIN_ROWS_TO_DETECT = 2;

export interface FlatOptions {
  /** the document's own text: names written whole somewhere (the cover letter) join wrapped fragments */
  documentText?: string;
  settings?: FlatSettings;
}

/** How well the flat layout fits: a header of words and numbered rows after it, no tab/pipe table. */
export function detectFlat(doc: InputDocument): number {
  if (detectTextGrid(doc.lines)) return 0;
  const header = findFlatHeader(doc.lines);
  if (!header) return 0;
  let expected = 0;
  let found = 0;
  for (let i = header.end + 1; i < doc.lines.length && found < MIN_ROWS_TO_DETECT; i++) {
    const seq = parseSeqLine(doc.lines[i]!.text);
    if (!seq) continue;
    if (expected === 0 || seq.seq === expected) {
      expected = seq.seq + 1;
      found++;
    }
  }
  return found >= MIN_ROWS_TO_DETECT ? 5 : 0;
}

interface RowDraft {
  block: RowBlock;
  parts: RowParts;
  perBlock: Entity[][];
}

export function flatToRecords(doc: InputDocument, options: FlatOptions = {}): LayoutResult {
  const s = options.settings ?? FLAT_DEFAULTS;
  const header = findFlatHeader(doc.lines);
  if (!header) return { tables: [], records: [], diagnostics: [] };
  const table = 0;
  const spec: TableSpec = {
    index: table,
    title: findTitle(doc, header),
    headers: header.headers.map((text) => ({ text: cleanText(text), field: mapHeader(text) })),
    columns: header.columns,
    layout: "flat",
  };
  const diagnostics: Diagnostic[] = [];
  const seg = segmentRows(doc.lines, header, table, s);
  diagnostics.push(...seg.diagnostics);
  const blocks = columnBlocks(header.columns);
  const hasSection = header.columns.includes("section");
  const pairedField = pairedUnitField(header.columns);
  const label = (f: EntityField): string => header.headers[header.columns.indexOf(f)] ?? f;
  const splitOpts = options.documentText !== undefined ? { documentText: options.documentText } : {};

  // pass 1: every row's parts and names laid onto the column blocks
  const drafts: RowDraft[] = seg.rows.map((block) => {
    const parts = rowParts(block, table, hasSection, s);
    diagnostics.push(...parts.diagnostics);
    const { entities, unsure, joinedByDocument } = toEntities(parts.names, splitOpts);
    for (const j of joinedByDocument) {
      diagnostics.push({
        level: "info",
        code: "FLAT_JOINED_BY_DOCUMENT",
        message: `第 ${block.seq} 项的“${j.name}”分两行印出，两行各自也像完整名称；因通知正文中整体写作“${j.name}”，已合为一个。请核对原文。`,
        table,
        seq: block.seq,
        line: j.line,
      });
    }
    for (const u of unsure) {
      diagnostics.push({
        level: "warning",
        code: "FLAT_UNRECOGNISED_NAME",
        message: `第 ${block.seq} 项中“${u.name}”既不像单位也不像人名，已按相邻内容归为${u.kind === "unit" ? "单位" : "人员"}。请核对原文。`,
        table,
        seq: block.seq,
        line: u.line,
      });
    }
    const { perBlock, outOfOrder } = assignBlocks(entities, blocks);
    for (const e of outOfOrder) {
      diagnostics.push({
        level: "warning",
        code: "FLAT_OUT_OF_ORDER",
        message: `第 ${block.seq} 项中“${e.name}”出现的位置与表头列序不符，已归入最后一个${e.kind === "unit" ? "单位" : "人员"}列。请核对原文。`,
        table,
        seq: block.seq,
        line: e.line,
      });
    }
    mergeRoleNamedUnits(perBlock, blocks, block, diagnostics, table);
    return { block, parts, perBlock };
  });

  // pass 2 (document level): which person column each recurring name belongs to
  const votes = new Map<number, Votes>();
  blocks.forEach((b, bi) => {
    if (b.kind !== "person" || b.fields.length < 2) return;
    const fields = [b.fields[0]!, b.fields[1]!] as const;
    const samples = drafts.map((d) => ({ people: d.perBlock[bi]!, target: personTarget(d, blocks, fields, pairedField) ?? 0 }));
    votes.set(bi, countVotes(samples));
  });

  // person columns separated only by unit columns (责任人 | 协办单位 | 联系领导): learned from the rows that fill both
  const spillPairs = personPairsAcrossUnits(blocks);
  const spillVotes = new Map<string, Votes>();
  for (const [a, b] of spillPairs) {
    const samples = drafts
      .filter((d) => d.perBlock[a]!.length && d.perBlock[b]!.length)
      .map((d) => ({ people: [...d.perBlock[a]!, ...d.perBlock[b]!], target: d.perBlock[a]!.length }));
    spillVotes.set(`${a}|${b}`, countVotes(samples));
  }

  // pass 3: records
  const section = new SectionPath();
  const records: RawRecord[] = [];
  let pending: HeadingGroup[] = leadingHeadings(seg.leading, table, s, diagnostics);
  for (const d of drafts) {
    const { block, parts } = d;
    applyHeadings(section, [...pending, ...parts.headings]);
    pending = parts.trailingHeadings;
    mergeUnitsByLeaderCount(d, blocks, votes, pairedField, s, diagnostics, table);
    for (const [a, b] of spillPairs) splitSpilledPeople(d, blocks, a, b, spillVotes.get(`${a}|${b}`)!, pairedField, s, diagnostics, table, label);
    const cells: Partial<Record<EntityField, string[]>> = {};
    blocks.forEach((b, bi) => {
      const ents = d.perBlock[bi]!;
      if (!ents.length) return;
      let parts2: Entity[][];
      if (b.kind === "unit") {
        const split = splitUnitBlock(ents, b.fields);
        parts2 = split.parts;
        if (split.guessed) {
          diagnostics.push({
            level: "info",
            code: "FLAT_UNIT_COLUMNS_GUESSED",
            message: `第 ${block.seq} 项的单位分属“${b.fields.map(label).join("”“")}”几列，原文已无列界；已把第一个单位（${parts2[0]!.map((e) => e.name).join("、")}）归入第一列，其余归入下一列。请核对原文。`,
            table,
            seq: block.seq,
            line: ents[0]!.line,
          });
        }
      } else if (b.fields.length >= 2) {
        const fields = [b.fields[0]!, b.fields[1]!] as const;
        const target = personTarget(d, blocks, fields, pairedField);
        const learned = learnedFor(votes.get(bi)!, ents, target ?? 0, fields);
        const { k, cost } = chooseSplit(ents, target, learned, fields, s);
        parts2 = [ents.slice(0, k), ents.slice(k)];
        if (target !== null && (k !== target || cost > 0)) {
          diagnostics.push({
            level: k !== target ? "warning" : "info",
            code: "FLAT_PERSON_SPLIT",
            message:
              `第 ${block.seq} 项有 ${ents.length} 位人员、配对单位 ${target} 个；` +
              (k !== target
                ? `按这些人在全文其他行所在的列，判断前 ${k} 位属“${label(fields[0])}”、其余属“${label(fields[1])}”，与单位数不一致。`
                : `按单位数划分，但其中有人在全文其他行多出现在另一列。`) +
              `划分：${parts2[0]!.map((e) => e.name).join("、") || "（无）"} | ${parts2[1]!.map((e) => e.name).join("、") || "（无）"}。请核对原文。`,
            table,
            seq: block.seq,
            line: ents[0]!.line,
          });
        }
      } else parts2 = [ents];
      b.fields.forEach((f, fi) => {
        const names = (parts2[fi] ?? []).map((e) => e.name);
        if (fi === b.fields.length - 1) names.push(...parts2.slice(b.fields.length).flat().map((e) => e.name));
        if (names.length) cells[f] = names;
      });
    });
    records.push({
      table,
      seq: block.seq,
      section: section.current,
      task: parts.task,
      cells,
      presplit: Object.keys(cells) as EntityField[],
      source: { line: block.line, ...(block.page ? { page: block.page } : {}) },
    });
  }
  return { tables: [spec], records, diagnostics };
}

/** Pairs of single-field person blocks with only unit blocks between them. */
function personPairsAcrossUnits(blocks: readonly ColumnBlock[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const persons = blocks.map((b, i) => (b.kind === "person" ? i : -1)).filter((i) => i >= 0);
  for (let i = 0; i + 1 < persons.length; i++) {
    const a = persons[i]!;
    const b = persons[i + 1]!;
    if (blocks[a]!.fields.length === 1 && blocks[b]!.fields.length === 1 && b > a + 1) pairs.push([a, b]);
  }
  return pairs;
}

/**
 * A row whose unit column between two person columns is empty prints both
 * person columns as one run; split it the way the rest of the document does.
 */
function splitSpilledPeople(
  d: RowDraft,
  blocks: readonly ColumnBlock[],
  a: number,
  b: number,
  votes: Votes,
  paired: EntityField | null,
  s: FlatSettings,
  diagnostics: Diagnostic[],
  table: number,
  label: (f: EntityField) => string,
): void {
  const ents = d.perBlock[a]!;
  if (!ents.length || d.perBlock[b]!.length) return;
  for (let i = a + 1; i < b; i++) if (d.perBlock[i]!.length) return;
  const fields = [blocks[a]!.fields[0]!, blocks[b]!.fields[0]!] as const;
  const target = personTarget(d, blocks, fields, paired);
  const { k } = chooseSplit(ents, target, learnedFor(votes, ents, null, fields), fields, s);
  if (k >= ents.length) return;
  d.perBlock[a] = ents.slice(0, k);
  d.perBlock[b] = ents.slice(k);
  diagnostics.push({
    level: "info",
    code: "FLAT_PERSON_COLUMNS_GUESSED",
    message: `第 ${d.block.seq} 项“${blocks.slice(a + 1, b).flatMap((x) => x.fields).map(label).join("”“")}”为空，“${label(fields[0])}”与“${label(fields[1])}”连在一起印出；按全文其他行判断：${d.perBlock[a]!.map((e) => e.name).join("、") || "（无）"} | ${d.perBlock[b]!.map((e) => e.name).join("、")}。请核对原文。`,
    table,
    seq: d.block.seq,
    line: ents[0]!.line,
  });
}

/**
 * When the names say the row has one leader fewer than units, and exactly one
 * pair of adjacent units reads as one name wrapped after a place ending, join them.
 */
function mergeUnitsByLeaderCount(
  d: RowDraft,
  blocks: readonly ColumnBlock[],
  votes: ReadonlyMap<number, Votes>,
  paired: EntityField | null,
  s: FlatSettings,
  diagnostics: Diagnostic[],
  table: number,
): void {
  const ui = blocks.findIndex((b) => paired !== null && b.fields.length === 1 && b.fields[0] === paired);
  const pi = blocks.findIndex((b) => b.kind === "person" && b.fields.length >= 2 && b.fields[0] === "leaders");
  if (ui < 0 || pi < 0) return;
  const people = d.perBlock[pi]!;
  const units = d.perBlock[ui]!;
  const fields = [blocks[pi]!.fields[0]!, blocks[pi]!.fields[1]!] as const;
  const { k } = chooseSplit(people, units.length, learnedFor(votes.get(pi)!, people, units.length, fields), fields, s);
  const r = mergeUnitsByCount(units, k);
  if (!r.merged) return;
  d.perBlock[ui] = r.units;
  diagnostics.push({
    level: "info",
    code: "FLAT_UNITS_JOINED_BY_COUNT",
    message: `第 ${d.block.seq} 项单位比责任领导多一个，其中“${r.merged}”分两行印出（前一行以地名结尾），已合为一个单位。请核对原文。`,
    table,
    seq: d.block.seq,
    line: r.units.find((u) => u.name === r.merged)?.line ?? d.block.line,
  });
}

/** Lines before the first row: heading rows spanning the table apply to it; anything else is reported. */
function leadingHeadings(lines: readonly FlatLine[], table: number, s: FlatSettings, diagnostics: Diagnostic[]): HeadingGroup[] {
  const groups: HeadingGroup[] = [];
  for (let i = 0; i < lines.length; i++) {
    const r = readHeadings(lines, i, s, false);
    if (r.groups.length) {
      groups.push(...r.groups);
      i = r.next - 1;
      continue;
    }
    diagnostics.push({
      level: "warning",
      code: "UNPLACED_TEXT",
      message: `表头之后、第一个序号之前有一行文字，无法归入任何任务，已忽略：“${lines[i]!.text.slice(0, 40)}”。请核对原文。`,
      table,
      line: lines[i]!.line,
    });
  }
  return groups;
}

/** The paired unit count a first person column should match (责任领导 one per 责任单位). */
function personTarget(d: RowDraft, blocks: readonly ColumnBlock[], fields: readonly [EntityField, EntityField], paired: EntityField | null): number | null {
  if (!paired) return null;
  const bi = blocks.findIndex((b) => b.fields.includes(paired));
  if (bi < 0) return null;
  const units = d.perBlock[bi]!;
  const count = blocks[bi]!.fields.length === 1 ? units.length : splitUnitBlock(units, blocks[bi]!.fields).parts[blocks[bi]!.fields.indexOf(paired)]!.length;
  if (fields[0] === "leaders") return count;
  return null;
}

function mergeRoleNamedUnits(perBlock: Entity[][], blocks: readonly ColumnBlock[], block: RowBlock, diagnostics: Diagnostic[], table: number): void {
  const people = blocks.flatMap((b, bi) => (b.kind === "person" ? perBlock[bi]! : []));
  blocks.forEach((b, bi) => {
    if (b.kind !== "unit") return;
    const { units, merged } = mergeUnitsNamedByRoles(perBlock[bi]!, people);
    if (!merged.length) return;
    perBlock[bi] = units;
    for (const m of merged) {
      diagnostics.push({
        level: "info",
        code: "FLAT_UNITS_JOINED",
        message: `第 ${block.seq} 项的单位“${m}”分两行印出，责任人一栏写作“${m}…”，已合为一个单位。请核对原文。`,
        table,
        seq: block.seq,
        line: units.find((u) => u.name === m)?.line ?? block.line,
      });
    }
  });
}

/** Apply a row's heading groups; a level-1 heading repeated alone confirms the current path. */
function applyHeadings(section: SectionPath, groups: readonly HeadingGroup[]): void {
  if (!groups.length) return;
  const texts = groups.map((g) => ({ level: g.level, text: cleanText(g.fragments.join("")) }));
  const current = section.current;
  if (texts.length === 1 && texts[0]!.level === 1 && current[0] === texts[0]!.text) return;
  for (const t of texts) if (t.text) section.push(t.text, t.level);
}

function findTitle(doc: InputDocument, header: FlatHeader): string | null {
  for (let i = header.start - 1; i >= Math.max(0, header.start - TITLE_LOOKBACK_LINES); i--) {
    const t = norm(doc.lines[i]?.text ?? "");
    if (t && TITLE.test(t) && !/^序号/.test(t)) return cleanText(t);
  }
  return null;
}
