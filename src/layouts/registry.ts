/**
 * The layouts, in one registry: each turns a format's content into grid rows
 * for the table stage (or, for flat and list, into records), and says how
 * well it fits a document. The ranking scores are settings
 * (`settings.scores`); `--layout NAME` forces one layout, and the names,
 * the CLI help and the docs all come from this list.
 */
import { FenjieError } from "../errors.js";
import type { InputDocument, LayoutResult, TableSpec, TableStructure } from "../model/intermediate.js";
import type { Settings } from "../model/settings.js";
import { gridToRecords } from "../table/segment.js";
import { blocksToGrid } from "../table/structure.js";
import { alignedLabelledCells, alignedToRecords, detectAligned } from "./aligned.js";
import { detectFlat, flatToRecords, labelCellsInReadingOrder, labelledCellsTable, numberedInTaskCell } from "./flat.js";
import { hasLattice, latticeGrid } from "./lattice.js";
import { detectList, rebuildList } from "./list.js";
import { streamGrid, streamLabelledCells } from "./stream.js";
import { boxBlocks, boxStyle } from "./box.js";
import { detectTextGrid, textToGrid, type TextGridKind } from "./tsv.js";
import { readWithGuessedHeader } from "../table/guessheader.js";
import { documentText, searchable } from "../text/search.js";

export interface Layout {
  name: string;
  /** what the layout reads, for the help text and the docs */
  description: string;
  /** 0 = does not apply; higher = better fit */
  detect(doc: InputDocument, settings: Settings): number;
  rebuild(doc: InputDocument, settings: Settings): LayoutResult;
  /** the highest score `detect` can return: lets the chooser skip a layout that cannot rank first (see `layoutsByFit`) */
  maxScore(settings: Settings): number;
  /** may also run on the lines another layout left, adding its tables (see combine.ts) */
  complements?: boolean;
  /** what its input keeps of a table's structure (for a table that does not say so itself) */
  structure: TableStructure | ((table: TableSpec) => TableStructure);
}

/** The structure a table was read with: its own declaration, else its layout's. */
export function tableStructure(layout: Layout, table: TableSpec): TableStructure {
  if (table.structure) return table.structure;
  return typeof layout.structure === "function" ? layout.structure(table) : layout.structure;
}

/** A layout's result with every table's structure stated (plain data for the corroboration step). */
export function withStructure(layout: Layout, result: LayoutResult): LayoutResult {
  return { ...result, tables: result.tables.map((t) => ({ ...t, structure: tableStructure(layout, t) })) };
}

/** Tab-separated, pipe (markdown) or comma-separated text: one layout per kind, the same reading. */
function textGridLayout(kind: TextGridKind, description: string): Layout {
  return {
    name: kind,
    description,
    complements: true,
    structure: "exact",
    maxScore: (s) => s.scores.tsv,
    detect: (doc, s) => (doc.source.format === "txt" && detectTextGrid(doc.lines) === kind ? s.scores.tsv : 0),
    rebuild: (doc) => readWithGuessedHeader(textToGrid(doc.lines, kind), (rows) => gridToRecords(rows, { layout: kind, wholeRows: true })),
  };
}

/** A page description: positioned runs and rules (a PDF, an OFD), read by the lattice and stream layouts. */
const isPaged = (doc: InputDocument): boolean => doc.pages !== undefined;

const LAYOUTS: readonly Layout[] = [
  {
    name: "structured",
    complements: true,
    structure: "exact",
    description: "Word / ODT / 网页 / 电子表格本身的表格结构 (a structured document's own tables)",
    maxScore: (s) => s.scores.structured,
    detect: (doc, s) => (doc.blocks ? s.scores.structured : 0),
    rebuild: (doc) => gridToRecords(blocksToGrid(doc.blocks ?? []), { layout: "structured", wholeRows: true }),
  },
  {
    name: "box",
    complements: true,
    structure: "exact",
    description: "框线字符画的文本表格 (a text table drawn with box characters: `┌─┬─┐ │ ├─┼─┤` or `+---+ |`)",
    maxScore: (s) => s.scores.box,
    detect: (doc, s) => (doc.source.format === "txt" && boxStyle(doc.lines) !== null ? s.scores.box : 0),
    rebuild: (doc) => gridToRecords(blocksToGrid(boxBlocks(doc.lines) ?? []), { layout: "box", wholeRows: true }),
  },
  textGridLayout("tsv", "制表符分隔的文本 (tab-separated text, Excel 'Unicode text')"),
  textGridLayout("markdown", "竖线表格 (pipe / markdown tables)"),
  textGridLayout("csv", "逗号分隔的文本 (comma-separated text)"),
  {
    name: "flat",
    structure: "text-order",
    description: "PDF 转出的文本，每行一个单元格片段 (a PDF text dump, one cell fragment per line)",
    maxScore: (s) => Math.max(s.scores.flat, s.scores.flatNumberInCell, s.scores.flatLabelCells),
    detect: (doc, s) =>
      !detectFlat(doc) ? 0 : numberedInTaskCell(doc) ? s.scores.flatNumberInCell : labelledCellsTable(doc) || labelCellsInReadingOrder(doc) ? s.scores.flatLabelCells : s.scores.flat,
    rebuild: (doc, s) => flatToRecords(doc, { documentText: searchable(documentText(doc.lines)), settings: s.flat }),
  },
  {
    name: "aligned",
    structure: "geometry",
    description: "按空格对齐的列 (columns aligned by spaces, `pdftotext -layout`)",
    maxScore: (s) => Math.max(s.scores.aligned, s.scores.alignedNumberInCell, s.scores.alignedLabelCells),
    detect: (doc, s) => {
      const fit = detectAligned(doc);
      return fit === "numberInCell" ? s.scores.alignedNumberInCell : !fit ? 0 : labelledCellsTable(doc) || alignedLabelledCells(doc) ? s.scores.alignedLabelCells : s.scores.aligned;
    },
    rebuild: (doc) => alignedToRecords(doc),
  },
  {
    name: "list",
    description: "逐条列出的任务与责任单位标注 (numbered paragraphs with responsibility labels or role verbs; flattened tables)",
    complements: true,
    // labelled paragraphs name their fields; a flattened table's columns come from the order of its cells
    structure: (table) => (table.paragraphs ? "exact" : "text-order"),
    maxScore: (s) => Math.max(s.scores.list, s.scores.listUnmarkedFlat),
    detect: (doc, s) => {
      const fit = detectList(doc);
      return fit === "marked" ? s.scores.list : fit === "unmarked" ? s.scores.listUnmarkedFlat : 0;
    },
    rebuild: (doc) => rebuildList(doc),
  },
  {
    name: "lattice",
    structure: "exact",
    description: "有框线的 PDF 表格 (a ruled PDF table)",
    maxScore: (s) => s.scores.lattice,
    detect: (doc, s) => (isPaged(doc) && hasLattice(doc, s.pdf) ? s.scores.lattice : 0),
    rebuild: (doc, s) => gridToRecords(latticeGrid(doc, s.pdf), { layout: "lattice" }),
  },
  {
    name: "stream",
    structure: "geometry",
    description: "无框线的 PDF 表格 (an unruled PDF table, from text positions)",
    maxScore: (s) => Math.max(s.scores.stream, s.scores.streamLabelCells),
    detect: (doc, s) => (!isPaged(doc) ? 0 : streamLabelledCells(doc, s.pdf) ? s.scores.streamLabelCells : s.scores.stream),
    rebuild: (doc, s) => gridToRecords(streamGrid(doc, s.pdf), { layout: "stream" }),
  },
];

/** Every layout's name, in registry order. */
export function layoutNames(): string[] {
  return LAYOUTS.map((l) => l.name);
}

/** Every layout with its description (for the help text and the docs). */
export function layoutDescriptions(): Array<{ name: string; description: string }> {
  return LAYOUTS.map((l) => ({ name: l.name, description: l.description }));
}

/** The layout of that name; an unknown name is a usage error. */
export function layoutNamed(name: string): Layout {
  const l = LAYOUTS.find((x) => x.name === name);
  if (!l) throw new FenjieError("USAGE", `未知的版式：${name}。可用的版式：auto、${layoutNames().join("、")}。`);
  return l;
}

/** Is this a forced layout (not `auto`, not absent)? */
export const isForced = (name: string | undefined): name is string => name !== undefined && name !== "auto";

/** The layouts that fit, best first (a forced layout alone, whether it fits or not). */
export function rankLayouts(doc: InputDocument, settings: Settings, forced?: string): Layout[] {
  if (isForced(forced)) return [layoutNamed(forced)];
  return LAYOUTS.map((l) => ({ l, score: l.detect(doc, settings) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((x) => x.l);
}

/**
 * The layouts that fit, best first, in the order of `rankLayouts`, but asking
 * each layout's `detect` only when it could still come before the next one
 * yielded: a ruled PDF is taken by `lattice` without running the list
 * layout's paragraph reading over every page.
 */
export function* layoutsByFit(doc: InputDocument, settings: Settings, forced?: string, only: (l: Layout) => boolean = () => true): Generator<Layout> {
  if (isForced(forced)) {
    yield* rankLayouts(doc, settings, forced).filter(only);
    return;
  }
  const entries = LAYOUTS.filter(only).map((l, i) => ({ l, i, max: l.maxScore(settings), score: undefined as number | undefined, tried: false }));
  for (;;) {
    let best: (typeof entries)[number] | null = null;
    // highest score, first registered among equals (the stable sort of rankLayouts)
    for (const e of entries) if (!e.tried && e.score !== undefined && e.score > 0 && (!best || e.score > best.score!)) best = e;
    // of the layouts not asked yet that could still come first, the one that can score highest
    let ask: (typeof entries)[number] | null = null;
    for (const e of entries) {
      if (e.score !== undefined) continue;
      if (best && !(e.max > best.score! || (e.max === best.score! && e.i < best.i))) continue;
      if (!ask || e.max > ask.max) ask = e;
    }
    if (ask) {
      ask.score = ask.l.detect(doc, settings);
      continue;
    }
    if (!best) return;
    best.tried = true;
    yield best.l;
  }
}
