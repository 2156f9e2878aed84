/**
 * Row-level decisions that use what the whole document says: which run of
 * people belongs to which person column, which units are one name. Each doubt
 * becomes a diagnostic with the row's line.
 */
import { maxOf } from "../../arrays.js";
import type { EntityField, RawRecord } from "../../model/intermediate.js";
import type { Diagnostic } from "../../model/schema.js";
import type { SplitOptions } from "../../names/split.js";
import { classify, unitEnding } from "../../names/classify.js";
import { rowParts, type HeadingGroup, type RowParts } from "./anatomy.js";
import {
  assignBlocks,
  lastPieceIsPerson,
  chooseSplit,
  countVotes,
  learnedFor,
  mergeUnitsByCount,
  mergeUnitsNamedByRoles,
  cellsAsEnumerations,
  chooseUnitSplit,
  unitRuns,
  splitUnitBlock,
  toEntities,
  unitColumnVotes,
  type ColumnBlock,
  type Entity,
  type Votes,
} from "./columns.js";
import type { TaskCell } from "./taskwidth.js";
import { cutsByLines, learnPrint, mayHoldWrap, namesSeenWhole, wrapWidth, type PrintModel, type RowPrint } from "./geometry.js";
import type { RowBlock } from "./segment.js";
import type { FlatSettings } from "./settings.js";

/** A row after pass 1: its parts and its names laid onto the column blocks. */
export interface RowDraft {
  block: RowBlock;
  parts: RowParts;
  perBlock: Entity[][];
  /** the names printed after a page break that cuts the row (each cell's remaining lines), laid on in pass 3 */
  continued?: Entity[];
  /** per people block cut into its two columns while laying on a page's continuation: how many the first column holds */
  pageCut?: Map<number, number>;
}

/** What the document says about its person columns (pass 2). */
export interface LearnedColumns {
  /** per 2-field person block (责任领导 | 分管市领导) */
  votes: Map<number, Votes>;
  /** single-field person blocks with only unit blocks between them */
  spillPairs: Array<[number, number]>;
  spillVotes: Map<string, Votes>;
  /** per unit block of two or more fields (牵头单位 | 责任单位): which side each name is shown on */
  unitVotes: Map<number, Votes>;
  /** per such unit block: how the table's rows are printed (geometry.ts), or null when the lines do not say */
  unitPrint?: Map<number, PrintModel | null>;
  /** per spill pair (`a|b`): how the rows that print both person columns as one run are printed, or null */
  spillPrints?: Map<string, PrintModel | null>;
}

/** What every decision needs to know about the table. */
export interface TableContext {
  table: number;
  /** the header ends with a 备注 column whose notes the rows print on their last lines (see notecell.ts) */
  notes?: boolean;
  /**
   * the text prints each cell on a line of its own, a blank line after each row, and (nearly) every row prints this many
   * lines after its 序号 — one per column: a row printing that many lines is cut at its lines (see `cellLinesOf`)
   */
  cellLines?: number;
  blocks: readonly ColumnBlock[];
  /** the unit column the leaders pair with (责任单位 for 责任领导), or null */
  paired: EntityField | null;
  /** the header text of a field, for messages */
  label: (f: EntityField) => string;
  settings: FlatSettings;
  diagnostics: Diagnostic[];
  /** the header prints people columns before the task (序号 | 分管领导 | 工作任务 | …) */
  peopleBeforeTask?: boolean;
  /** how many unit or people columns the header prints between 序号 and the task */
  cellsBeforeTask?: number;
  /** the narrowest cell width the table's wrapped names show (geometry.ts), set in pass 2 */
  wrapWidth?: number | null;
  /** the task cell's width and the names printed as cells (stream-order text, taskwidth.ts) */
  taskCell?: TaskCell | null;
  /** the 项目 column's width where its numbered headings print in pieces (anatomy.ts `sectionCellWidth`) */
  sectionWidth?: number | null;
  /** names the table prints whole somewhere (geometry.ts `namesSeenWhole`), set in pass 2 */
  wholeNames?: ReadonlySet<string>;
  /** the dump prints in reading order, paragraph by paragraph (not each page's cells in stream order) */
  readingOrder?: boolean;
  /** reading order: rows whose unit columns were laid by the printed order of their runs (warnings the table gives once it shows displaced cells) */
  orderGuesses?: Diagnostic[];
  /** the header has a column fenjie does not interpret (完成时限): a row's time cell is in no field */
  timeColumn?: boolean;
  /** the units column is a division-of-work column (`责任分工`): its cells print role labels (`牵头：X；配合：Y`) */
  labelCells?: boolean;
  /** unit blocks whose cells the table writes each as one run of text, units listed with `、` (columns.ts), set in pass 2 */
  enumeratedUnits?: ReadonlySet<number>;
  /** 主办单位 | 协办单位 blocks whose rows nearly all print two or more units (`usuallySeveral`), set in pass 2 */
  oneFirstUnits?: ReadonlySet<number>;
  /** 责任领导 | 分管领导 blocks whose leaders the document shows are not one per paired unit (`leadersUnpaired`), set in pass 2 */
  unpairedPeople?: ReadonlySet<number>;
}

/** Pass 1 for one row: its parts, its names (re-joined, typed) laid onto the column blocks. */
export function draftRow(block: RowBlock, ctx: TableContext, hasSection: boolean, splitOpts: SplitOptions, openHeading?: HeadingGroup): RowDraft {
  const { table, blocks, diagnostics } = ctx;
  const parts = rowParts(block, table, hasSection, ctx.settings, ctx.peopleBeforeTask === true, ctx.timeColumn === true, ctx.cellsBeforeTask ?? 0, ctx.labelCells === true, ctx.taskCell ?? null, openHeading, ctx.notes === true, ctx.sectionWidth ?? null);
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
  // (a reading-order dump does not print a cut row's pages cell by cell)
  const cut = ctx.readingOrder ? null : cutAtPageBreak(entities, block);
  // (a unit's ending put back across the page break answers the doubt about both pieces)
  const resolved = cut ? rejoinUnitEnding(cut) : [];
  for (const u of unsure) {
    if (resolved.includes(u)) continue;
    diagnostics.push({
      level: "warning",
      code: "FLAT_UNRECOGNISED_NAME",
      message: `第 ${block.seq} 项中“${u.name}”既不像单位也不像人名，已按相邻内容归为${u.kind === "unit" ? "单位" : "人员"}。请核对原文。`,
      table,
      seq: block.seq,
      line: u.line,
    });
  }
  lastPieceIsPerson(entities, blocks);
  const { perBlock, outOfOrder } = assignBlocks(cut?.before ?? entities, blocks);
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
  const draft: RowDraft = { block, parts, perBlock, ...(cut ? { continued: cut.after } : {}) };
  mergeRoleNamedUnits(draft, ctx);
  return draft;
}

/**
 * The first run of a row's unit cells ends on a line as long as the longest the next run prints (`县疫情防控指挥部` over
 * `各成员单位、各乡`): the same width, so the next run may be the same cell going on. A shorter last line ended its cell.
 */
function runMayGoOn(parts: readonly Entity[][], block: RowBlock): boolean {
  const text = (line: number) => (block.lines.find((l) => l.line === line)?.text ?? "").trim();
  const len = (line: number) => text(line).replace(/\s+/g, "").length;
  const last = parts[0]?.at(-1);
  const next = parts[1] ?? [];
  // (the line must be the cell's alone: a line that prints other cells too, `…左右。 赵建国 省发展改革委`, shows no width)
  if (!last || !next.length || /\s/.test(text(last.lastLine ?? last.line))) return false;
  return len(last.lastLine ?? last.line) >= maxOf(next.flatMap((e) => [len(e.line), len(e.lastLine ?? e.line)]));
}

/** Pass 2: per-name votes for adjacent person columns, and for person columns split by an empty unit column. */
export function learnPersonColumns(drafts: readonly RowDraft[], ctx: TableContext): LearnedColumns {
  const { blocks, paired } = ctx;
  ctx.wrapWidth = wrapWidth(drafts.flatMap((d) => d.perBlock.flat()));
  ctx.wholeNames = namesSeenWhole(drafts.flatMap((d) => d.perBlock), ctx.wrapWidth);
  const votes = new Map<number, Votes>();
  const unpaired = new Set<number>();
  blocks.forEach((b, bi) => {
    if (b.kind !== "person" || b.fields.length < 2) return;
    const fields = [b.fields[0]!, b.fields[1]!] as const;
    if (leadersUnpaired(drafts.map((d) => ({ people: d.perBlock[bi]!.length, units: personTarget(d, blocks, fields, paired) })))) unpaired.add(bi);
    const samples = drafts.map((d) => ({ people: d.perBlock[bi]!, target: personTarget(d, blocks, fields, paired, unpaired.has(bi)) ?? 0 }));
    votes.set(bi, countVotes(samples));
  });
  // person columns separated only by unit columns (责任人 | 协办单位 | 联系领导): learned from the rows that fill both
  const spillPairs = personPairsAcrossUnits(blocks);
  const spillVotes = new Map<string, Votes>();
  const spillPrints = new Map<string, PrintModel | null>();
  for (const [a, b] of spillPairs) {
    const samples = drafts
      .filter((d) => d.perBlock[a]!.length && d.perBlock[b]!.length)
      .map((d) => ({ people: [...d.perBlock[a]!, ...d.perBlock[b]!], target: d.perBlock[a]!.length }));
    spillVotes.set(`${a}|${b}`, countVotes(samples));
    spillPrints.set(`${a}|${b}`, learnPrint(drafts.map((d) => spillPrint(d, ctx, a, b))));
  }
  const unitVotes = new Map<number, Votes>();
  const unitPrint = new Map<number, PrintModel | null>();
  const enumerated = new Set<number>();
  const oneFirst = new Set<number>();
  blocks.forEach((b, bi) => {
    if (b.kind !== "unit" || b.fields.length < 2) return;
    const prints = drafts.map((d) => rowPrint(d, ctx, bi));
    const model = learnPrint(prints);
    unitPrint.set(bi, model);
    const cuts = prints.map((p) => (model && p ? cutsByLines(p, model.alignments, model.tolerance) : null));
    unitVotes.set(bi, unitColumnVotes(drafts.map((d) => d.perBlock[bi]!), b.fields, cuts));
    // (a reading-order dump prints cells paragraph by paragraph, not each row's cells in turn)
    if (!ctx.readingOrder && cellsAsEnumerations(drafts.map((d) => d.perBlock[bi]!), b.fields)) enumerated.add(bi);
    // (a co-unit column: 协办单位 listed beside a 主办单位)
    if (b.fields[b.fields.length - 1] === "coUnits" && usuallySeveral(drafts.map((d) => d.perBlock[bi]!.length))) oneFirst.add(bi);
  });
  ctx.oneFirstUnits = oneFirst;
  ctx.enumeratedUnits = enumerated;
  ctx.unpairedPeople = unpaired;
  return { votes, spillPairs, spillVotes, unitVotes, unitPrint, spillPrints };
}

/**
 * A row as printed up to its unit block `bi` and the cell after it (geometry.ts), or null when
 * the print is not that simple: headings or people before the task, names before the units, a
 * cell after them whose extent is unknown (two columns of people) or more columns filled after it.
 */
export function rowPrint(d: RowDraft, ctx: TableContext, bi: number): RowPrint | null {
  const nextFilled = (d.perBlock[bi + 1]?.length ?? 0) > 0;
  if (nextFilled && ctx.blocks[bi + 1]!.fields.length !== 1) return null;
  if (d.perBlock.some((p, i) => i > bi + 1 && p.length)) return null;
  return printUpTo(d, ctx, bi, nextFilled ? d.perBlock[bi + 1]! : null, 1);
}

/**
 * A row whose person columns `a` and `b` are printed as one run (the unit columns between them
 * empty, nothing after them) as printed (geometry.ts), or null when not that simple.
 */
export function spillPrint(d: RowDraft, ctx: TableContext, a: number, b: number): RowPrint | null {
  if (d.perBlock.some((p, i) => i > a && p.length)) return null;
  return printUpTo(d, ctx, a, null, 0);
}

/** The 序号 and task cells and every column block before `bi` (each one column, each filled), then the run of block `bi`. */
function printUpTo(d: RowDraft, ctx: TableContext, bi: number, next: readonly Entity[] | null, minFirst: number): RowPrint | null {
  const run = d.perBlock[bi]!;
  const first = d.parts.names[0];
  const taskStart = d.block.lines[0];
  // (a column the layout skips, 完成时限, prints cells this model does not count)
  if (!run.length || !first || !taskStart || d.parts.headings.length || ctx.peopleBeforeTask || ctx.timeColumn) return null;
  // a name that may be wrapped into the next: the cells' line counts are in doubt
  if (mayHoldWrap(run, ctx.wrapWidth ?? null, ctx.wholeNames)) return null;
  const earlier = d.perBlock.slice(0, bi);
  if (earlier.some((p, i) => !p.length || ctx.blocks[i]!.fields.length !== 1)) return null;
  if (first.line !== (earlier[0] ?? run)[0]!.line) return null;
  // the task's last line: the first name's, when the name follows the task on that line
  const taskLast = first.col >= 1 ? first.line : first.line - 1;
  if (taskLast < taskStart.line) return null;
  const cell = (names: readonly Entity[]) => ({ first: names[0]!.line, last: maxOf(names.map((e) => e.lastLine ?? e.line)) });
  return {
    before: [{ first: d.block.line, last: d.block.line }, { first: taskStart.line, last: taskLast }, ...earlier.map(cell)],
    run,
    next,
    minFirst,
  };
}

/** rows with units a block must have before its rows' unit counts say anything */
const SEVERAL_MIN_ROWS = 5;
/** the share of those rows that must print two or more names for a block's last column to be taken as filled in nearly every row */
const SEVERAL_MIN_SHARE = 0.9;

/** Do nearly all rows with units in a block of unit columns (主办单位 | 协办单位) print two or more names? */
export function usuallySeveral(counts: readonly number[]): boolean {
  const filled = counts.filter((n) => n > 0);
  return filled.length >= SEVERAL_MIN_ROWS && filled.filter((n) => n >= 2).length >= filled.length * SEVERAL_MIN_SHARE;
}

/** rows whose run of people is shorter than their paired units before a table's leaders are taken not to pair with units */
const UNPAIRED_MIN_ROWS = 2;
/** ... and the share of the rows with people they must make */
const UNPAIRED_MIN_SHARE = 1 / 3;

/**
 * Does the document refute that the first of two person columns (责任领导 | 分管领导) holds one
 * person per unit of its paired column? A paired row prints at least as many people as units
 * (one leader each, plus the supervisors); a table where many rows print fewer people than units
 * writes one leader per task, not per unit (a merged 分管领导 printed in one row of its span).
 */
export function leadersUnpaired(rows: ReadonlyArray<{ people: number; units: number | null }>): boolean {
  const counted = rows.filter((r) => r.people > 0 && (r.units ?? 0) > 0);
  const short = counted.filter((r) => r.people < r.units!).length;
  return short >= UNPAIRED_MIN_ROWS && short >= counted.length * UNPAIRED_MIN_SHARE;
}

/**
 * The paired unit count a first person column should match (责任领导 one per 责任单位). In a
 * table whose leaders do not pair with units (`leadersUnpaired`), the two columns share the run:
 * the first takes the larger half (one leader and one supervisor; a lone name a leader).
 */
export function personTarget(d: RowDraft, blocks: readonly ColumnBlock[], fields: readonly [EntityField, EntityField], paired: EntityField | null, unpaired = false): number | null {
  if (unpaired && fields[0] === "leaders") {
    const bi = blocks.findIndex((b) => b.fields[0] === fields[0] && b.fields[1] === fields[1]);
    return bi < 0 ? null : Math.ceil(d.perBlock[bi]!.length / 2);
  }
  if (!paired) return null;
  const bi = blocks.findIndex((b) => b.fields.includes(paired));
  if (bi < 0) return null;
  const units = d.perBlock[bi]!;
  const count = blocks[bi]!.fields.length === 1 ? units.length : splitUnitBlock(units, blocks[bi]!.fields).parts[blocks[bi]!.fields.indexOf(paired)]!.length;
  if (fields[0] === "leaders") return count;
  return null;
}

/**
 * A row's people cut by the lines they share with its units (`-raw` text of a table pairing 责任单位 | 责任人 line by
 * line, a third people column beside them): when every unit of the paired column stands on a line with exactly one
 * person and one person or more stand on lines without a unit, those beside a unit are the first people column's and
 * the rest the second's. Null when the lines do not show it (a unit line without its person, two on one line, no one
 * apart, or the text is not line-paired at all).
 */
export function byUnitLines(d: RowDraft, blocks: readonly ColumnBlock[], fields: readonly EntityField[], paired: EntityField | null, ents: readonly Entity[]): { beside: Entity[]; apart: Entity[] } | null {
  if (!paired || fields[0] !== "leaders" || fields.length !== 2) return null;
  const ui = blocks.findIndex((x) => x.kind === "unit" && x.fields.length === 1 && x.fields[0] === paired);
  if (ui < 0) return null;
  const units = d.perBlock[ui]!;
  if (units.length < 2 || units.some((u) => u.line === undefined) || ents.some((e) => e.line === undefined)) return null;
  if (new Set(units.map((u) => u.line)).size !== units.length) return null;
  // (a unit wrapped over lines prints its person beside its last line: `城南经济开发区管` | `委会 林远舟`)
  const unitOf = (e: Entity) => units.findIndex((u) => e.line === u.line || e.line === (u.lastLine ?? u.line));
  const beside = ents.filter((e) => unitOf(e) >= 0);
  const apart = ents.filter((e) => unitOf(e) < 0);
  if (beside.length !== units.length || new Set(beside.map(unitOf)).size !== beside.length || !apart.length) return null;
  if (new Set(apart.map((e) => e.line)).size !== apart.length) return null;
  return { beside, apart };
}

/** Units that a role in the row names whole are one unit (`疫情防控指挥部` + `一办十三组`). */
export function mergeRoleNamedUnits(d: RowDraft, ctx: TableContext): void {
  const { blocks, diagnostics, table } = ctx;
  const { perBlock, block } = d;
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

/**
 * When the names say the row has one leader fewer than units, and exactly one
 * pair of adjacent units reads as one name wrapped after a place ending, join them.
 */
export function mergeUnitsByLeaderCount(d: RowDraft, ctx: TableContext, votes: ReadonlyMap<number, Votes>): void {
  const { blocks, paired, settings: s, diagnostics, table } = ctx;
  const ui = blocks.findIndex((b) => paired !== null && b.fields.length === 1 && b.fields[0] === paired);
  const pi = blocks.findIndex((b) => b.kind === "person" && b.fields.length >= 2 && b.fields[0] === "leaders");
  // (leaders that do not pair with units say nothing of the unit count)
  if (ui < 0 || pi < 0 || ctx.unpairedPeople?.has(pi)) return;
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

/** Pairs of single-field person blocks with only unit blocks between them. */
export function personPairsAcrossUnits(blocks: readonly ColumnBlock[]): Array<[number, number]> {
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
export function splitSpilledPeople(d: RowDraft, ctx: TableContext, a: number, b: number, votes: Votes, print: PrintModel | null = null): void {
  const { blocks, paired, settings: s, diagnostics, table, label } = ctx;
  const ents = d.perBlock[a]!;
  if (!ents.length || d.perBlock[b]!.length) return;
  for (let i = a + 1; i < b; i++) if (d.perBlock[i]!.length) return;
  const fields = [blocks[a]!.fields[0]!, blocks[b]!.fields[0]!] as const;
  const rp = print ? spillPrint(d, ctx, a, b) : null;
  const cuts = print && rp ? cutsByLines(rp, print.alignments, print.tolerance) : null;
  if (cuts?.size === 1) {
    // the line breaks allow one cut only
    const k = [...cuts][0]!;
    if (k >= ents.length) return;
    d.perBlock[a] = ents.slice(0, k);
    d.perBlock[b] = ents.slice(k);
    diagnostics.push({
      level: "info",
      code: "FLAT_PERSON_COLUMNS_BY_LINES",
      message: `第 ${d.block.seq} 项“${blocks.slice(a + 1, b).flatMap((x) => x.fields).map(label).join("”“")}”为空，“${label(fields[0])}”与“${label(fields[1])}”连在一起印出；按各格文字的换行位置（相邻两格的首末行是否印在同一行），只有一种分法说得通：${d.perBlock[a]!.map((e) => e.name).join("、") || "（无）"} | ${d.perBlock[b]!.map((e) => e.name).join("、")}。`,
      table,
      seq: d.block.seq,
      line: ents[0]!.line,
    });
    return;
  }
  const target = personTarget(d, blocks, fields, paired);
  const learned = learnedFor(votes, ents, null, fields);
  const { k } = chooseSplit(ents, target, learned, fields, s);
  if (k >= ents.length) return;
  d.perBlock[a] = ents.slice(0, k);
  d.perBlock[b] = ents.slice(k);
  // the cut is the document's when the names on both sides of it are seen on their sides in other rows; else the count alone placed it
  const pinned = (k === 0 || learned.get(ents[k - 1]!.name) === fields[0]) && learned.get(ents[k]!.name) === fields[1];
  diagnostics.push({
    level: pinned ? "info" : "warning",
    code: "FLAT_PERSON_COLUMNS_GUESSED",
    message: `第 ${d.block.seq} 项“${blocks.slice(a + 1, b).flatMap((x) => x.fields).map(label).join("”“")}”为空，“${label(fields[0])}”与“${label(fields[1])}”连在一起印出；${pinned ? "按全文其他行判断" : "分界处的人在全文其他行未见于这两列，只能按单位数划分"}：${d.perBlock[a]!.map((e) => e.name).join("、") || "（无）"} | ${d.perBlock[b]!.map((e) => e.name).join("、")}。请核对原文。`,
    table,
    seq: d.block.seq,
    line: ents[0]!.line,
  });
}

/** The units of a row cut at their lines, one line a column (null unless there are as many lines as columns). */
export function byCellLines(ents: readonly Entity[], columns: number): Entity[][] | null {
  const lines = [...new Set(ents.map((e) => e.line))];
  if (lines.length !== columns) return null;
  return lines.map((l) => ents.filter((e) => e.line === l));
}

/** The row's cells: each column block split into its fields (lead | co units; leaders | supervisors). */
export function rowCells(
  d: RowDraft,
  ctx: TableContext,
  votes: ReadonlyMap<number, Votes>,
  unitVotes: ReadonlyMap<number, Votes> = new Map(),
  unitPrint: ReadonlyMap<number, PrintModel | null> = new Map(),
): Partial<Record<EntityField, string[]>> {
  const { blocks, paired: pairedField, label, settings: s, diagnostics, table } = ctx;
  const { block } = d;
  const cells: Partial<Record<EntityField, string[]>> = {};
  blocks.forEach((b, bi) => {
    const ents = d.perBlock[bi]!;
    if (!ents.length) return;
    let parts2: Entity[][];
    // people cut by the lines they share with the row's units, where the lines show it
    const lined = b.kind !== "unit" && b.fields.length >= 2 ? byUnitLines(d, blocks, b.fields, pairedField, ents) : null;
    if (b.kind === "unit") {
      const model = unitPrint.get(bi);
      const print = model ? rowPrint(d, ctx, bi) : null;
      const allowed = model && print ? cutsByLines(print, model.alignments, model.tolerance) : null;
      // a text that prints every cell on a line of its own, rows apart: a row printing one line per column cuts at its lines
      const lined = ctx.cellLines !== undefined && block.lines.filter((l) => l.text.trim()).length === ctx.cellLines ? byCellLines(ents, b.fields.length) : null;
      const split = lined ? { parts: lined, guessed: false, sure: true } : chooseUnitSplit(ents, b.fields, unitVotes.get(bi) ?? new Map(), allowed, ctx.enumeratedUnits?.has(bi) === true);
      parts2 = split.parts;
      // every name in the first column, the 协办单位 left empty, in a table whose rows nearly all print two or more units
      const leftEmpty = ents.length >= 2 && ctx.oneFirstUnits?.has(bi) === true && parts2.slice(1).every((p) => p.length === 0);
      // (a cut the document leaves open is a warning already; one run of text `甲、乙` is one cell)
      if (leftEmpty && split.guessed && split.sure) {
        diagnostics.push({
          level: "warning",
          code: "FLAT_UNIT_COLUMN_LEFT_EMPTY",
          message: `第 ${block.seq} 项的 ${ents.length} 个单位全部归入了“${label(b.fields[0]!)}”，“${b.fields.slice(1).map(label).join("”“")}”为空；而本表几乎每一项都印有两个以上单位，原文已无列界，分界可能在前面。请核对原文。`,
          table,
          seq: block.seq,
          line: ents[0]!.line,
        });
      }
      // text in reading order prints a row's cells by where each starts, not column by column (a cell centred in a taller
      // row comes after the taller cell beside it; a cell merged over rows amid one of them): the order of the row's runs,
      // or its one run, names no column
      // (the runs, the paragraphs, or the one block taken in their printed order; not a cut the document's other rows or
      // the lines' positions vouch for)
      const byOrder = lined === null && ctx.readingOrder === true && !ctx.labelCells && !leftEmpty && (split.byRuns === true || !split.guessed);
      if (byOrder) {
        (ctx.orderGuesses ?? diagnostics).push({
          level: "warning",
          code: "FLAT_UNIT_COLUMNS_GUESSED",
          message: `第 ${block.seq} 项的单位分属“${b.fields.map(label).join("”“")}”几列，而这份文本按阅读顺序印出各格（垂直居中或跨行合并的一格印在别格之后或别行之中），印出的先后不能说明哪段属于哪一列；已按先后归栏：${parts2.map((p, i) => `${p.map((e) => e.name).join("、") || "（空）"}归入“${label(b.fields[i]!)}”`).join("，")}。请核对原文。`,
          table,
          seq: block.seq,
          line: ents[0]!.line,
        });
      } else if (split.byRuns && runMayGoOn(parts2, block) && mayHoldWrap(ents, ctx.wrapWidth ?? null, ctx.wholeNames)) {
        // (a run whose last name fills its line may go on in the next run: `县疫情防控指挥部` | `各成员单位、…`, one name)
        diagnostics.push({
          level: "warning",
          code: "FLAT_UNIT_COLUMNS_GUESSED",
          message: `第 ${block.seq} 项的单位分属“${b.fields.map(label).join("”“")}”几列，原文已无列界；本表各格的单位以“、”连写成一段，本项分成 ${parts2.length} 段，已按段归栏：${parts2.map((p, i) => `${p.map((e) => e.name).join("、")}归入“${label(b.fields[i]!)}”`).join("，")}；但前一段末尾的名称印满了一行，可能与下一段是同一个名称折行。请核对原文。`,
          table,
          seq: block.seq,
          line: ents[0]!.line,
        });
      } else if (split.byRuns) {
        diagnostics.push({
          level: "info",
          code: "FLAT_UNIT_COLUMNS_BY_RUNS",
          message: `第 ${block.seq} 项的单位分属“${b.fields.map(label).join("”“")}”几列，原文已无列界；本表各格的单位以“、”连写成一段，本项的单位正好分成 ${parts2.length} 段：${parts2.map((p, i) => `${p.map((e) => e.name).join("、")}归入“${label(b.fields[i]!)}”`).join("，")}。`,
          table,
          seq: block.seq,
          line: ents[0]!.line,
        });
      } else if (split.byLines) {
        diagnostics.push({
          level: "info",
          code: "FLAT_UNIT_COLUMNS_BY_LINES",
          message: `第 ${block.seq} 项的单位分属“${b.fields.map(label).join("”“")}”几列，原文已无列界；按各格文字的换行位置（相邻两格的首末行是否印在同一行），只有一种分法说得通：${parts2[0]!.map((e) => e.name).join("、")}归入“${label(b.fields[0]!)}”，其余归入下一列。`,
          table,
          seq: block.seq,
          line: ents[0]!.line,
        });
      } else if (split.guessed && split.sure) {
        diagnostics.push({
          level: "info",
          code: "FLAT_UNIT_COLUMNS_BY_DOCUMENT",
          message: `第 ${block.seq} 项的单位分属“${b.fields.map(label).join("”“")}”几列，原文已无列界；除第一个外，这些单位在全文其他行都只见于同一列（各至少两次），只有一种分法说得通：${parts2[0]!.map((e) => e.name).join("、")}归入“${label(b.fields[0]!)}”，其余归入下一列。`,
          table,
          seq: block.seq,
          line: ents[0]!.line,
        });
      } else if (split.guessed) {
        diagnostics.push({
          level: "warning",
          code: "FLAT_UNIT_COLUMNS_GUESSED",
          message: `第 ${block.seq} 项的单位分属“${b.fields.map(label).join("”“")}”几列，原文已无列界；已按全文其他行判断，把${parts2[0]!.map((e) => e.name).join("、")}归入“${label(b.fields[0]!)}”，其余归入下一列，但其中有单位在其他行未见或两列都见过。请核对原文。`,
          table,
          seq: block.seq,
          line: ents[0]!.line,
        });
      }
    } else if (d.pageCut?.has(bi)) {
      // cut on the row's first page by the paired units, the next page's names laid on each side
      const k = d.pageCut.get(bi)!;
      parts2 = [ents.slice(0, k), ents.slice(k)];
    } else if (lined) {
      // each of the row's units printed with its person on one line (`区发改局 祁明哲`), the other people on lines of
      // their own (`施振国`, a merged 分管领导 cell printed amid the pairs): a person beside a unit is its 责任人
      parts2 = [lined.beside, lined.apart];
    } else if (b.fields.length >= 2) {
      const fields = [b.fields[0]!, b.fields[1]!] as const;
      const unpaired = ctx.unpairedPeople?.has(bi) === true;
      const target = personTarget(d, blocks, fields, pairedField, unpaired);
      const learned = learnedFor(votes.get(bi)!, ents, target ?? 0, fields);
      const { k, cost } = chooseSplit(ents, target, learned, fields, s);
      parts2 = [ents.slice(0, k), ents.slice(k)];
      if (unpaired) {
        unpairedSplitDiagnostic(d, ctx, fields, ents, k, cost, learned);
        b.fields.forEach((f, fi) => {
          const names = (parts2[fi] ?? []).map((e) => e.name);
          if (names.length) cells[f] = names;
        });
        return;
      }
      // no unit count to cut by: the cut is the document's only when the names on both sides of it are seen on their sides in other rows
      const pinned = (k === 0 || learned.get(ents[k - 1]!.name) === fields[0]) && (k === ents.length || learned.get(ents[k]!.name) === fields[1]);
      if (target === null && !pinned) {
        diagnostics.push({
          level: "warning",
          code: "FLAT_PERSON_COLUMNS_GUESSED",
          message: `第 ${block.seq} 项的人员分属“${label(fields[0])}”“${label(fields[1])}”两列，原文已无列界，也没有可配对的单位数；划分：${parts2[0]!.map((e) => e.name).join("、") || "（无）"} | ${parts2[1]!.map((e) => e.name).join("、") || "（无）"}。请核对原文。`,
          table,
          seq: block.seq,
          line: ents[0]!.line,
        });
      }
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
      } else if (target !== null && k === target && k > 0 && k + 1 < ents.length && classify(ents[k]!.name) !== "person" && learned.get(ents[k]!.name) !== fields[1] && ents.slice(k + 1).some((e) => learned.get(e.name) === fields[1])) {
        // the count placed the cut before an entry that is no one's name (`各镇镇长`, the posts of many people), never
        // seen in the second column, the names the document shows there coming after it: the posts may be one more of the
        // first column's (four 责任人 for three units); a supervising leader is a person
        const first = ents.slice(k + 1).findIndex((e) => learned.get(e.name) === fields[1]) + k + 1;
        diagnostics.push({
          level: "warning",
          code: "FLAT_PERSON_COUNT_ONLY",
          message: `第 ${block.seq} 项有 ${ents.length} 位人员、配对单位 ${target} 个，已按单位数划分：${parts2[0]!.map((e) => e.name).join("、")} | ${parts2[1]!.map((e) => e.name).join("、")}；但“${ents.slice(k, first).map((e) => e.name).join("、")}”在全文其他行未作“${label(fields[1])}”（其后的“${ents[first]!.name}”才是），也可能属于“${label(fields[0])}”。请核对原文。`,
          table,
          seq: block.seq,
          line: ents[0]!.line,
        });
      } else if (target !== null && k === target && k > 0 && k < ents.length && ents.slice(k).every((e) => learned.get(e.name) !== fields[1])) {
        // the count alone placed the cut, and no name after it is seen in the second column in another row: a
        // second 责任人 for one unit would read the same (two names beside one lead unit, the 分管领导 merged and printed elsewhere)
        diagnostics.push({
          level: "warning",
          code: "FLAT_PERSON_COUNT_ONLY",
          message: `第 ${block.seq} 项有 ${ents.length} 位人员、配对单位 ${target} 个，已按单位数划分：${parts2[0]!.map((e) => e.name).join("、")} | ${parts2[1]!.map((e) => e.name).join("、")}；但分界后的人在全文其他行都未作“${label(fields[1])}”，也可能是某个单位的又一位“${label(fields[0])}”。请核对原文。`,
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
  return cells;
}

/**
 * A row printing its 责任领导 but no 分管领导, in a table whose leaders do not pair with units
 * (`leadersUnpaired`: its 分管领导 cells are merged over several tasks and printed once): the cell
 * is taken to be merged with the row above (no heading row between), its supervisors filled down,
 * with a warning, since the text cannot tell a merged cell from an empty one.
 */
export function fillMergedSupervisors(
  d: RowDraft,
  ctx: TableContext,
  cells: Partial<Record<EntityField, string[]>>,
  prev: Partial<Record<EntityField, string[]>> | null,
): void {
  const bi = ctx.blocks.findIndex((b) => b.kind === "person" && b.fields[0] === "leaders" && b.fields[1] === "supervisors");
  if (bi < 0 || !ctx.unpairedPeople?.has(bi)) return;
  if (!cells.leaders?.length || cells.supervisors?.length || !prev?.supervisors?.length) return;
  cells.supervisors = [...prev.supervisors];
  ctx.diagnostics.push({
    level: "warning",
    code: "FLAT_MERGED_FILLED_DOWN",
    message: `第 ${d.block.seq} 项未印“${ctx.label("supervisors")}”；本表的“${ctx.label("supervisors")}”多为合并单元格（只印在所跨的一行），已按上一项填入“${prev.supervisors.join("、")}”。原表若此格为空，请删去。请核对原文。`,
    table: ctx.table,
    seq: d.block.seq,
    line: d.block.line,
  });
}

/**
 * The cut of a 责任领导 | 分管领导 run in a table whose leaders do not pair with units: no unit
 * count vouches for it, so it is the document's only when the names at the cut are seen on their
 * sides in other rows and none is seen on the other side; else a warning says how it was cut.
 */
function unpairedSplitDiagnostic(
  d: RowDraft,
  ctx: TableContext,
  fields: readonly [EntityField, EntityField],
  ents: readonly Entity[],
  k: number,
  cost: number,
  learned: ReadonlyMap<string, EntityField>,
): void {
  const { label, diagnostics, table } = ctx;
  const before = k === 0 || learned.get(ents[k - 1]!.name) === fields[0];
  const after = k === ents.length || learned.get(ents[k]!.name) === fields[1];
  // a lone name needs its own side seen; two or more need one side of the cut seen and no name against it
  const pinned = cost === 0 && (ents.length === 1 ? before && after : before || after);
  // names on both sides, the ones after the cut seen in the second column in no other row: the cut rests on the count
  // alone (two names beside one lead unit: a second 责任人 would read the same)
  if (pinned && k > 0 && k < ents.length && ents.slice(k).every((e) => learned.get(e.name) !== fields[1])) {
    diagnostics.push({
      level: "warning",
      code: "FLAT_PERSON_COUNT_ONLY",
      message: `第 ${d.block.seq} 项有 ${ents.length} 位人员，已按本表的习惯划分：${ents.slice(0, k).map((e) => e.name).join("、")} | ${ents.slice(k).map((e) => e.name).join("、")}；但分界后的人在全文其他行都未作“${label(fields[1])}”，也可能是同一单位的又一位“${label(fields[0])}”。请核对原文。`,
      table,
      seq: d.block.seq,
      line: ents[0]!.line,
    });
    return;
  }
  if (pinned) return;
  diagnostics.push({
    level: "warning",
    code: "FLAT_PERSON_COLUMNS_GUESSED",
    message: `第 ${d.block.seq} 项的人员分属“${label(fields[0])}”“${label(fields[1])}”两列，原文已无列界；本表的“${label(fields[0])}”不与单位一一对应（多行的人数少于单位数），无单位数可据；划分：${ents.slice(0, k).map((e) => e.name).join("、") || "（无）"} | ${ents.slice(k).map((e) => e.name).join("、") || "（无）"}。请核对原文。`,
    table,
    seq: d.block.seq,
    line: ents[0]!.line,
  });
}

/**
 * A row cut by a page break after some of its names: the names before the break and after it.
 * Each page prints the row's cells in column order, so the part after the break is a second
 * run through the columns (the cells that did not fit), not more names of the last column.
 * Null when nothing is cut: no break among the names, or names of a kind the first page has
 * none of after it (cells that start on the next page).
 */
export function cutAtPageBreak(entities: readonly Entity[], block: RowBlock): { before: Entity[]; after: Entity[] } | null {
  const first = entities[0];
  if (!first) return null;
  const brk = block.lines.find((l) => l.afterBreak && l.line > first.line);
  if (!brk) return null;
  const before = entities.filter((e) => e.line < brk.line);
  const after = entities.filter((e) => e.line >= brk.line);
  // people (or units) printed only after the break: those cells start on the next page, they do not go on
  if (!after.length || after.some((e) => !before.some((b) => b.kind === e.kind))) return null;
  return { before, after };
}

/**
 * A unit's ending printed first at the next page's top (`…、县工业和信息化` | break | `局`): a piece of one or two
 * characters (no level of its own: `县委` is a name), which completes the first page's last unfinished unit
 * (`unitEnding` across the two), goes back onto it. Returns the two entities (the doubts about how they were read
 * are answered), or [] when nothing moved: a piece that completes nothing (`新区`), a unit already whole before the break.
 */
export function rejoinUnitEnding(cut: { before: Entity[]; after: Entity[] }): Entity[] {
  const piece = cut.after[0];
  // (two characters may read as a unit by their ending, `村局`; none names a unit without a level of its own, `县委`)
  if (!piece || piece.name.length > 2 || (classify(piece.name) !== "fragment" && /^[省市州盟县区旗乡镇各]/u.test(piece.name))) return [];
  const open = cut.before.findLast((e) => e.kind === "unit");
  if (!open || classify(open.name) !== "fragment" || unitEnding(open.name + piece.name)?.strength !== "strong") return [];
  open.name += piece.name;
  cut.after.shift();
  return [open, piece];
}

/** The printed lines a column's names take on the page (names joined on one line count once). */
function linesTaken(names: readonly Entity[]): number {
  const lines = new Set<number>();
  for (const e of names) for (let l = e.line; l <= (e.lastLine ?? e.line); l++) lines.add(l);
  return lines.size;
}

/**
 * Pass 3 for a row cut by a page break: the names after the break laid onto the columns whose
 * cells did not fit on the page. Cells start at the top of the row, so a cell that goes on fills
 * every line the row has on the first page: the cells continued are those as tall as the tallest
 * there. A run of people after the break over two such person columns is split by the count
 * of units the first pairs with (责任人 one per 牵头单位). Each choice the text does not settle
 * is said in a warning; one it settles in an info.
 */
export function placeContinuation(d: RowDraft, ctx: TableContext): void {
  const after = d.continued;
  if (!after?.length) return;
  const { blocks, diagnostics, table, label } = ctx;
  const cells = pageCells(d, ctx);
  const tall = maxOf(cells.map((c) => linesTaken(c.names)));
  const full = cells.map((c) => c.names.length > 0 && linesTaken(c.names) === tall);
  const name = (c: PageCell) => c.fields.map(label).join("”“");
  let doubt: string | null = null;
  let from = 0;
  const runs: Entity[][] = [];
  for (const e of after) {
    const last = runs[runs.length - 1];
    if (last && last[0]!.kind === e.kind) last.push(e);
    else runs.push([e]);
  }
  const placed: string[] = [];
  for (const run of runs) {
    const kind = run[0]!.kind;
    const list = run.map((e) => e.name).join("、");
    const of = cells.map((c, i) => i).filter((i) => i >= from && blocks[cells[i]!.block]!.kind === kind);
    const candidates = of.filter((i) => full[i]);
    // no cell of the kind filled the first page: the names go on where the first page's left off
    const lastFilled = maxOf(cells.map((c, i) => (blocks[c.block]!.kind === kind && c.names.length ? i : -1)));
    const targets = candidates.length ? candidates : of.filter((i) => i >= lastFilled).slice(0, 1);
    if (!targets.length) {
      doubt = `“${list}”之前的各栏都不是${kind === "unit" ? "单位" : "人员"}栏`;
      const same = cells.map((c, i) => (blocks[c.block]!.kind === kind ? i : -1)).filter((i) => i >= 0);
      cells[same.length ? same[same.length - 1]! : cells.length - 1]!.names.push(...run);
      continue;
    }
    if (!candidates.length) doubt = `第一页上没有一栏印满，“${list}”按类别归入“${name(cells[targets[0]!]!)}”`;
    let take = run.length;
    if (targets.length >= 2) {
      const first = cells[targets[0]!]!;
      const units = first.fields.length === 1 && first.fields[0] === "leaders" ? pairedUnits(d, ctx, cells) : null;
      if (units !== null) take = Math.max(0, Math.min(run.length, units - first.names.length));
      else doubt = `“${list}”可接在几栏之后，已归入“${name(first)}”`;
    }
    if (targets.some((i) => cells[i]!.fields.length > 1)) doubt ??= `“${list}”所接的栏目与相邻同类栏目在原文中没有分界`;
    const parts = [run.slice(0, take), run.slice(take)];
    parts.forEach((part, k) => {
      if (!part.length) return;
      const at = targets[Math.min(k, targets.length - 1)]!;
      cells[at]!.names.push(...part);
      from = at + (k === 0 && parts[1]!.length ? 0 : 1);
      placed.push(`${part.map((e) => e.name).join("、")}接“${name(cells[at]!)}”`);
    });
  }
  blocks.forEach((b, bi) => {
    const of = cells.filter((c) => c.block === bi);
    d.perBlock[bi] = of.flatMap((c) => c.names);
    if (of.length === 2) (d.pageCut ??= new Map()).set(bi, of[0]!.names.length);
  });
  diagnostics.push({
    level: doubt ? "warning" : "info",
    code: "FLAT_ROW_ACROSS_PAGES",
    message: `第 ${d.block.seq} 项跨页印出，下一页接印的是上一页未印完的各格：${placed.join("，")}${doubt ? `；${doubt}，请核对原文` : "（按上一页印满的栏判断）"}。`,
    table,
    seq: d.block.seq,
    line: after[0]!.line,
  });
}

/** A cell of a row's first page: a column block, or one field of a 责任领导 | 分管领导 block cut by the paired unit count. */
interface PageCell {
  block: number;
  fields: EntityField[];
  names: Entity[];
}

/** The first page's cells: a people block whose first column pairs with a unit column is cut at that column's count. */
function pageCells(d: RowDraft, ctx: TableContext): PageCell[] {
  const { blocks } = ctx;
  const out: PageCell[] = [];
  blocks.forEach((b, bi) => {
    const names = d.perBlock[bi]!;
    const units = b.kind === "person" && b.fields.length === 2 && b.fields[0] === "leaders" ? pairedUnits(d, ctx, out) : null;
    if (units !== null && units <= names.length) {
      out.push({ block: bi, fields: [b.fields[0]!], names: names.slice(0, units) }, { block: bi, fields: [b.fields[1]!], names: names.slice(units) });
    } else out.push({ block: bi, fields: [...b.fields], names: [...names] });
  });
  return out;
}

/** How many units the leaders pair with so far: the paired unit column's cell, when it is a column of its own. */
function pairedUnits(d: RowDraft, ctx: TableContext, cells: readonly PageCell[]): number | null {
  const cell = cells.find((c) => c.fields.length === 1 && c.fields[0] === ctx.paired);
  return cell ? cell.names.length : null;
}

/**
 * A row that prints no cell before its task, in a table whose header puts a unit column there (`牵头单位 |
 * 重点任务 | 配合单位`): the cell is merged with the row above's, its name printed in that row only. The names
 * printed after the task were laid from the first column on; they are the columns after the task, and the
 * column before it takes the row above's names (flagged: the text cannot tell a merged cell from an empty one).
 * Only when the first name after the task is printed before a task in no row (a merged cell printed lower, at
 * its middle, would put the column's own name there) and the columns after the task were left empty.
 */
export function mergedBeforeTask(
  d: RowDraft,
  ctx: TableContext,
  cells: Partial<Record<EntityField, string[]>>,
  prev: Partial<Record<EntityField, string[]>> | null,
  before: readonly EntityField[],
  after: readonly string[],
  printedBefore: ReadonlySet<string>,
): boolean {
  if (before.length !== 1 || !prev) return false;
  const f = before[0]!;
  const to = after.find((c): c is EntityField => c === "leadUnits" || c === "units" || c === "coUnits");
  if (!to) return false;
  // (one run of names cut between the two columns: the cut was a guess, and the run is the later column's)
  const oneRun = ctx.blocks.some((b) => b.fields.includes(f) && b.fields.includes(to));
  if (!oneRun && (cells[to]?.length ?? 0) > 0) return false;
  const names = [...(cells[f] ?? []), ...(oneRun ? (cells[to] ?? []) : [])];
  if (!names.length || !prev[f]?.length || printedBefore.has(names[0]!)) return false;
  cells[to] = names;
  cells[f] = [...prev[f]!];
  ctx.diagnostics.push({
    level: "warning",
    code: "FLAT_MERGED_BEFORE_TASK",
    message: `第 ${d.block.seq} 项的任务之前没有印出“${ctx.label(f)}”（本表此栏印在任务之前）：像是与上一项合并的单元格，已按上一项填入“${prev[f]!.join("、")}”，任务之后的“${names.join("、")}”归入“${ctx.label(to)}”。原表若此格确为空，请删去。请核对原文。`,
    table: ctx.table,
    seq: d.block.seq,
    line: d.block.line,
  });
  return true;
}

/** A first column naming at most this many units wherever both are filled is a lead column (`mergedFirstByCount`). */
const MAX_SMALL_CELL = 2;
/** Rows filling both columns with a cut the text settles, before the first column's usual size is a measure. */
const MIN_SURE_ROWS = 2;

/** Per unit block whose cells are each one run of text: the names seen, in rows printing a run per column, in each column. */
export type RunSides = Map<number, { first: Set<string>; later: Set<string> }>;

/** The names each column of an enumerated two-column unit block shows in the rows that print both of its cells. */
export function enumeratedRunSides(drafts: readonly RowDraft[], ctx: TableContext): RunSides {
  const out: RunSides = new Map();
  ctx.blocks.forEach((b, bi) => {
    if (b.kind !== "unit" || b.fields.length !== 2 || ctx.enumeratedUnits?.has(bi) !== true) return;
    const sides = { first: new Set<string>(), later: new Set<string>() };
    for (const d of drafts) {
      const runs = unitRuns(d.perBlock[bi]!);
      if (runs?.length !== 2) continue;
      for (const e of runs[0]!) sides.first.add(e.name);
      for (const e of runs[1]!) sides.later.add(e.name);
    }
    out.set(bi, sides);
  });
  return out;
}

/**
 * A row that prints one run of units in a block of two unit columns whose cells are each one run
 * (`牵头单位 | 责任单位`), in a table whose first column may be merged over several tasks (its name printed in
 * the first row only): the run was laid in the first column, as a row leaving the second empty would be. When
 * every name of the run is seen in the second column in rows that print both, and none in the first, the run is
 * the second column's and the first is the row above's, merged (flagged: the text cannot tell a merged cell from an
 * empty one). When only some of its names say so, the row is flagged as it is. (A run longer than any lead cell is
 * `mergedFirstByCount`'s, over every table.)
 */
export function mergedFirstUnitColumn(
  d: RowDraft,
  ctx: TableContext,
  cells: Partial<Record<EntityField, string[]>>,
  prev: Partial<Record<EntityField, string[]>> | null,
  sides: RunSides,
): void {
  for (const [bi, side] of sides) {
    const [f, g] = ctx.blocks[bi]!.fields as [EntityField, EntityField];
    const runs = unitRuns(d.perBlock[bi]!);
    // (one run is one cell: the names of it laid in either column are the run's)
    if (runs?.length !== 1) continue;
    const names = [...(cells[f] ?? []), ...(cells[g] ?? [])];
    if (!names.length || ((cells[g]?.length ?? 0) > 0 && !(cells[f]?.length ?? 0))) continue;
    const later = names.filter((n) => side.later.has(n)).length;
    if (!later || names.some((n) => side.first.has(n))) continue;
    const move = (prev?.[f]?.length ?? 0) > 0 && later === names.length;
    if (move) {
      cells[g] = names;
      cells[f] = [...prev![f]!];
    }
    ctx.diagnostics.push({
      level: "warning",
      code: move ? "FLAT_MERGED_FIRST_COLUMN" : "FLAT_ONE_UNIT_RUN",
      message: move
        ? `第 ${d.block.seq} 项只印出一段单位“${names.join("、")}”，这些单位在本表其他行都印在“${ctx.label(g)}”：像是“${ctx.label(f)}”与上一项合并（只印在上一项），已按上一项填入“${prev![f]!.join("、")}”。原表若此格确为空，请把单位移回“${ctx.label(f)}”。请核对原文。`
        : `第 ${d.block.seq} 项只印出一段单位“${names.join("、")}”，已归入“${ctx.label(f)}”；但其中有单位在本表其他行只见于“${ctx.label(g)}”，这一段也可能属于“${ctx.label(g)}”（“${ctx.label(f)}”与上一项合并）。请核对原文。`,
      table: ctx.table,
      seq: d.block.seq,
      line: d.block.line,
    });
  }
}

/** The rows of the table that carry a diagnostic with one of the codes. */
function seqsWith(ctx: TableContext, codes: ReadonlySet<string>): Set<number | undefined> {
  return new Set(ctx.diagnostics.filter((x) => x.table === ctx.table && codes.has(x.code)).map((x) => x.seq));
}

/** Does a warning or an error of the table already name the row? */
function inDoubt(ctx: TableContext, seq: number): boolean {
  return ctx.diagnostics.some((x) => x.table === ctx.table && x.seq === seq && x.level !== "info");
}

const FILLED_FROM_ABOVE: ReadonlySet<string> = new Set(["FLAT_MERGED_FIRST_COLUMN"]);

/**
 * A block of two unit columns whose first column the table shows merged over rows (a row printing the second
 * column's names alone, or a row filled from the row above by its names): a row laying its one run of names in the
 * first column, the second empty, cannot be told from a row whose first cell is merged with the row above's and
 * whose run is the second column's. Such a row is not vouched for (`FLAT_ONE_UNIT_RUN`) unless a doubt of its own
 * says so already. A table that shows no merged first column leaves its rows as printed.
 */
export function doubtOneRunUnderMergedFirst(records: readonly RawRecord[], ctx: TableContext): void {
  const n = (r: RawRecord, x: EntityField) => r.cells[x]?.length ?? 0;
  const filledFromAbove = seqsWith(ctx, FILLED_FROM_ABOVE);
  for (const b of ctx.blocks) {
    if (b.kind !== "unit" || b.fields.length !== 2) continue;
    const [f, g] = b.fields as [EntityField, EntityField];
    const merged = records.filter((r) => (n(r, f) === 0 && n(r, g) > 0) || filledFromAbove.has(r.seq));
    if (!merged.length) continue;
    records.forEach((r, i) => {
      if (i === 0 || n(r, f) === 0 || n(r, g) > 0 || filledFromAbove.has(r.seq)) return;
      if (inDoubt(ctx, r.seq)) return;
      const names = r.cells[f]!.map((l) => l.text);
      ctx.diagnostics.push({
        level: "warning",
        code: "FLAT_ONE_UNIT_RUN",
        message: `第 ${r.seq} 项只印出一段单位“${names.join("、")}”，已归入“${ctx.label(f)}”；本表“${ctx.label(f)}”有合并单元格（如第 ${merged[0]!.seq} 项），这一段也可能属于“${ctx.label(g)}”（“${ctx.label(f)}”与上一项合并）。请核对原文。`,
        table: ctx.table,
        seq: r.seq,
        ...(r.source.line ? { line: r.source.line } : {}),
      });
    });
  }
}

/**
 * Too few rows whose cut is sure for the count rule to move anything: a row whose names all went to the first column,
 * more of them than the first column holds in any row that fills both (guessed or not), under a row of the same
 * section that fills the first, is not vouched for (`FLAT_ONE_UNIT_RUN`): it may be the second column's, the first
 * merged with the row above's. A row already in doubt, or moved, is left as it is.
 */
function flagLongFirstCells(records: readonly RawRecord[], ctx: TableContext, f: EntityField, g: EntityField, moved: ReadonlySet<number | undefined>): void {
  const n = (r: RawRecord, x: EntityField) => r.cells[x]?.length ?? 0;
  const both = records.filter((r) => n(r, f) > 0 && n(r, g) > 0);
  if (!both.length) return;
  const most = maxOf(both.map((r) => n(r, f)));
  records.forEach((r, i) => {
    if (longFirstCell(records, i, f, g, most, moved)) doubtLongFirstCell(r, ctx, f, g, most);
  });
}

/**
 * Row `i` put every name in the first column, more of them than the column holds in any row filling both (`most`),
 * under a row of the same section that fills the first, and was not moved by its names: the names may be the second
 * column's, the first merged with the row above's.
 */
function longFirstCell(records: readonly RawRecord[], i: number, f: EntityField, g: EntityField, most: number, moved: ReadonlySet<number | undefined>): boolean {
  const n = (r: RawRecord, x: EntityField) => r.cells[x]?.length ?? 0;
  const r = records[i]!;
  const above = records[i - 1];
  return !!above && !moved.has(r.seq) && n(r, g) === 0 && n(r, f) > most && n(above, f) > 0 && above.section.join("\n") === r.section.join("\n");
}

/** Such a row, kept where it went, not vouched for (`FLAT_ONE_UNIT_RUN`), unless a doubt of its own says so already. */
function doubtLongFirstCell(r: RawRecord, ctx: TableContext, f: EntityField, g: EntityField, most: number): void {
  if (inDoubt(ctx, r.seq)) return;
  const names = r.cells[f]!.map((l) => l.text);
  ctx.diagnostics.push({
    level: "warning",
    code: "FLAT_ONE_UNIT_RUN",
    message: `第 ${r.seq} 项只印出一段单位“${names.join("、")}”，已归入“${ctx.label(f)}”；但这多于本表“${ctx.label(f)}”任何一格的单位数（至多 ${most} 个），这一段也可能属于“${ctx.label(g)}”（“${ctx.label(f)}”与上一项合并）。请核对原文。`,
    table: ctx.table,
    seq: r.seq,
    ...(r.source.line ? { line: r.source.line } : {}),
  });
}

/**
 * The count form of `mergedFirstUnitColumn`, over a table's finished rows whatever the print of their cells: in a
 * block of two unit columns, a row whose names all went to the first column, more of them than the first column
 * holds in any of the (at least MIN_SURE_ROWS) rows that fill both with a cut that is no guess (at most MAX_SMALL_CELL
 * there), under a row of the same section that fills the
 * first, none of its names shown in the first column by a row not in doubt: the names are the second column's
 * and the first is merged with the row above's. Flagged, as the text cannot tell (a `FLAT_ONE_UNIT_RUN` doubt on the
 * row gives way to the move's warning); rows already moved by their names, and rows whose cut the text settles,
 * are left alone.
 */
export function mergedFirstByCount(records: RawRecord[], ctx: TableContext): void {
  const n = (r: RawRecord, f: EntityField) => r.cells[f]?.length ?? 0;
  // rows already moved by their names, and rows whose cut the text settles (line breaks, runs, the document's names)
  const settled = new Set(["FLAT_MERGED_FIRST_COLUMN", "FLAT_UNIT_COLUMNS_BY_LINES", "FLAT_UNIT_COLUMNS_BY_RUNS", "FLAT_UNIT_COLUMNS_BY_DOCUMENT"]);
  const guessed = seqsWith(ctx, new Set(["FLAT_UNIT_COLUMNS_GUESSED"]));
  const moved = seqsWith(ctx, settled);
  for (const b of ctx.blocks) {
    if (b.kind !== "unit" || b.fields.length !== 2) continue;
    const [f, g] = b.fields as [EntityField, EntityField];
    // (the evidence: rows filling both whose cut is not itself a guess)
    const both = records.filter((r) => n(r, f) > 0 && n(r, g) > 0 && !guessed.has(r.seq));
    if (both.length < MIN_SURE_ROWS) {
      flagLongFirstCells(records, ctx, f, g, moved);
      continue;
    }
    const most = maxOf(both.map((r) => n(r, f)));
    // (only a first column that names one unit or two wherever both are filled: a lead cell; a table whose first
    // column lists several is read as it prints)
    if (most > MAX_SMALL_CELL) continue;
    // names the first column shows in rows not in doubt: a row listing one of them may be printing its own lead cell
    // (a row moved by its names shows no lead of its own: its first column was filled from the row above)
    const filledFromAbove = seqsWith(ctx, FILLED_FROM_ABOVE);
    const leading = new Set(records.filter((r) => !guessed.has(r.seq) && !filledFromAbove.has(r.seq) && n(r, f) > 0 && (n(r, g) > 0 || n(r, f) <= most)).flatMap((r) => r.cells[f]!.map((l) => l.text)));
    records.forEach((r, i) => {
      if (!longFirstCell(records, i, f, g, most, moved)) return;
      const names = r.cells[f]!.map((l) => l.text);
      // (more names than the column ever holds, yet one of them leads elsewhere: not moved, but not vouched for)
      if (names.some((x) => leading.has(x))) {
        doubtLongFirstCell(r, ctx, f, g, most);
        return;
      }
      const above = records[i - 1]!;
      r.cells[g] = r.cells[f]!;
      r.cells[f] = above.cells[f]!.map((l) => ({ ...l }));
      // (a doubt raised on the row as printed is answered by the move: its warning says what was done instead)
      const asPrinted = ctx.diagnostics.findIndex((x) => x.table === ctx.table && x.seq === r.seq && x.code === "FLAT_ONE_UNIT_RUN");
      if (asPrinted >= 0) ctx.diagnostics.splice(asPrinted, 1);
      ctx.diagnostics.push({
        level: "warning",
        code: "FLAT_MERGED_FIRST_COLUMN",
        message: `第 ${r.seq} 项只印出一段单位“${names.join("、")}”，多于本表“${ctx.label(f)}”任何一格的单位数（至多 ${most} 个）：像是“${ctx.label(f)}”与上一项合并（只印在上一项），已按上一项填入“${r.cells[f]!.map((l) => l.text).join("、")}”，这些单位归入“${ctx.label(g)}”。原表若此格确为空，请把单位移回“${ctx.label(f)}”。请核对原文。`,
        table: ctx.table,
        seq: r.seq,
        ...(r.source.line ? { line: r.source.line } : {}),
      });
    });
  }
}
