/**
 * The layouts that rebuild rows, each one module with the same contract.
 * `chooseLayout` asks each how well it fits the document; `--layout` forces one.
 */
import type { InputDocument, LayoutResult } from "../model/intermediate.js";
import { gridToRecords } from "./grid.js";
import { listLayout } from "./list.js";
import { detectTextGrid, textToGrid } from "./tsv.js";
import { detectFlat, flatToRecords } from "./flat.js";
import { hasLattice, latticeGrid } from "./lattice.js";
import { streamGrid } from "./stream.js";
import { alignedToRecords, detectAligned } from "./aligned.js";
import { detectHtml, htmlToRecords } from "./html.js";

export interface Layout {
  name: string;
  /** 0 = does not apply; higher = better fit */
  detect(doc: InputDocument): number;
  rebuild(doc: InputDocument): LayoutResult;
  /** the highest score `detect` can return: lets the chooser skip asking a layout that cannot rank first (see `layoutsByFit`) */
  maxScore?: number;
  /** may also run on the lines another layout left, adding its tables (see combine.ts) */
  complements?: boolean;
}

export const textGridLayout: Layout = {
  name: "tsv",
  complements: true,
  maxScore: 10,
  detect: (doc) => (doc.source.format === "txt" && detectTextGrid(doc.lines) ? 10 : 0),
  rebuild(doc) {
    const kind = detectTextGrid(doc.lines) ?? "tsv";
    return gridToRecords(textToGrid(doc.lines, kind), { layout: kind });
  },
};

export const flatLayout: Layout = {
  name: "flat",
  maxScore: 5,
  detect: detectFlat,
  rebuild: (doc) => flatToRecords(doc, { documentText: documentTextOf(doc) }),
};

/** The document's text with whitespace as the only boundary (names written whole in the cover letter). */
function documentTextOf(doc: InputDocument): string {
  return doc.lines.map((l) => l.text.trim()).join("\n").replace(/\s+/g, "\n");
}


/** Ruled PDF tables: cells from the drawn rules. */
export const latticeLayout: Layout = {
  name: "lattice",
  maxScore: 10,
  detect: (doc) => (doc.source.format === "pdf" && hasLattice(doc) ? 10 : 0),
  rebuild: (doc) => gridToRecords(latticeGrid(doc), { layout: "lattice" }),
};

/** Unruled PDF tables: columns and rows from text positions. */
export const streamLayout: Layout = {
  name: "stream",
  maxScore: 6,
  // above the text layouts (flat scores 5 on a PDF's lines too): positions beat reading order
  detect: (doc) => (doc.source.format === "pdf" ? 6 : 0),
  rebuild: (doc) => gridToRecords(streamGrid(doc), { layout: "stream" }),
};

/** Columns kept by position, cut at runs of spaces (`pdftotext -layout`, tables saved as text). */
export const alignedLayout: Layout = {
  name: "aligned",
  detect: detectAligned,
  rebuild: alignedToRecords,
};

/** `<table>` markup: a notice saved from a web page, or exported as HTML. */
export const htmlLayout: Layout = {
  name: "html",
  detect: detectHtml,
  rebuild: htmlToRecords,
};

const registry: Layout[] = [textGridLayout, flatLayout, alignedLayout, htmlLayout, listLayout, latticeLayout, streamLayout];

/** Add a layout (used by the format modules that register themselves). */
export function registerLayout(layout: Layout): void {
  if (!registry.some((l) => l.name === layout.name)) registry.push(layout);
}

export function layoutNames(): string[] {
  return registry.map((l) => l.name);
}

/** The layouts that fit, best first. */
export function rankLayouts(doc: InputDocument, forced?: string): Layout[] {
  if (forced && forced !== "auto") {
    const l = registry.find((x) => x.name === forced || ((forced === "markdown" || forced === "csv") && x.name === "tsv"));
    return l ? [l] : [];
  }
  return registry
    .map((l) => ({ l, score: l.detect(doc) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((x) => x.l);
}

/**
 * The layouts that fit, best first, in the order of `rankLayouts`, but asking
 * each layout's `detect` only when it could still come before the next one
 * yielded: a scanned PDF table is taken by `lattice` (10) without running the
 * list layout's paragraph reading (at most 8) over every page. Layouts
 * without `maxScore` are always asked.
 */
export function* layoutsByFit(doc: InputDocument, forced?: string, only: (l: Layout) => boolean = () => true): Generator<Layout> {
  if (forced && forced !== "auto") {
    yield* rankLayouts(doc, forced).filter(only);
    return;
  }
  const entries = registry.filter(only).map((l, i) => ({ l, i, score: undefined as number | undefined, tried: false }));
  for (;;) {
    let best: (typeof entries)[number] | null = null;
    // highest score, first registered among equals (the stable sort of rankLayouts)
    for (const e of entries) if (!e.tried && e.score !== undefined && e.score > 0 && (!best || e.score > best.score!)) best = e;
    // of the layouts not asked yet that could still come first, the one that can score highest
    let ask: (typeof entries)[number] | null = null;
    for (const e of entries) {
      if (e.score !== undefined) continue;
      const max = e.l.maxScore ?? Infinity;
      if (best && !(max > best.score! || (max === best.score! && e.i < best.i))) continue;
      if (!ask || max > (ask.l.maxScore ?? Infinity)) ask = e;
    }
    if (ask) {
      ask.score = ask.l.detect(doc);
      continue;
    }
    if (!best) return;
    best.tried = true;
    yield best.l;
  }
}
