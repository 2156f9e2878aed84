/**
 * PDF text geometry, pure functions over plain data: glyph items placed on the
 * page → runs (merged by position and size, cut at gaps and column rules) →
 * reading-order lines; the turn that puts a sideways page upright; drawn
 * segments → rules.
 */
import type { Box, PageContent, Rule, SourceLine, TextRun } from "../model/intermediate.js";
import type { Matrix, Segment } from "./pdf-paths.js";
import { PDF_SETTINGS, type PdfSettings } from "../model/settings.js";

/** A glyph item from getTextContent, placed on the displayed page. */
export interface PlacedItem {
  text: string;
  x: number;
  baseline: number;
  width: number;
  fontSize: number;
}


/**
 * The turn that makes most of a page's text run left to right: the identity
 * for an ordinary page; a quarter or half turn for a table printed sideways
 * without a /Rotate entry. `placed` are the items' matrices on the displayed page.
 */
export function uprightTransform(placed: ReadonlyArray<{ m: Matrix; chars: number }>, width: number, height: number): { matrix: Matrix; width: number; height: number } {
  const votes = { right: 0, down: 0, up: 0, left: 0 };
  for (const { m, chars } of placed) {
    if (Math.abs(m[1]) <= 0.01 * Math.abs(m[0])) votes[m[0] > 0 ? "right" : "left"] += chars;
    else if (Math.abs(m[0]) <= 0.01 * Math.abs(m[1])) votes[m[1] > 0 ? "down" : "up"] += chars;
  }
  const best = (Object.keys(votes) as Array<keyof typeof votes>).reduce((a, b) => (votes[b] > votes[a] ? b : a), "right");
  if (best === "down") return { matrix: [0, -1, 1, 0, 0, width], width: height, height: width };
  if (best === "up") return { matrix: [0, 1, -1, 0, height, 0], width: height, height: width };
  if (best === "left") return { matrix: [-1, 0, 0, -1, width, height], width, height };
  return { matrix: [1, 0, 0, 1, 0, 0], width, height };
}

/**
 * Merge glyph items into runs: same line (baseline), same font size, and a
 * gap under `mergeGap` × size. CJK text often arrives one character per item,
 * in content-stream order; sorting by position first makes the order irrelevant.
 */
const SPACED_OUT = /^(\S ){2,}\S$|^\d( \d)+$/u;
const LETTER_SPACED_PAIR = /[\p{Script=Han}] [\p{Script=Han}]|\d \d/u;
const WIDE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201F\u2026\u2014]/u;

/**
 * pdfjs joins glyphs closer than 0.6 em into one item with a space, so two
 * cells of a tight table can arrive as one item (`农水局 庄学根`). Cut an item
 * at a space between two CJK characters (CJK text has no spaces of its own:
 * it is a gap in the layout) and at a space a drawn column rule crosses.
 * Glyph positions are estimated (CJK one em, the rest half an em, the spaces
 * share what is left of the item's width), which only needs to be good enough
 * to tell which side of a gap a word is on.
 */
export function splitItem(it: PlacedItem, verticals: readonly Rule[] = []): PlacedItem[] {
  if (!/\S\s+\S/.test(it.text)) return [it];
  const y = it.baseline - 0.3 * it.fontSize;
  const crossing = verticals.filter((r) => r.box[0] > it.x + 1 && r.box[2] < it.x + it.width - 1 && r.box[1] <= y && r.box[3] >= y);
  const chars = [...it.text];
  const glyphs = chars.reduce((a, c) => a + (/\s/.test(c) ? 0 : WIDE.test(c) ? 1 : 0.5), 0) * it.fontSize;
  const spaces = chars.filter((c) => /\s/.test(c)).length;
  const spaceWidth = Math.max(0, it.width - glyphs) / spaces;
  const scale = glyphs > it.width ? it.width / glyphs : 1;
  const pieces: PlacedItem[] = [];
  let x = it.x;
  let cur: { text: string; x: number; end: number } | null = null;
  for (const c of chars) {
    const w = /\s/.test(c) ? spaceWidth : (WIDE.test(c) ? 1 : 0.5) * it.fontSize * scale;
    if (/\s/.test(c)) {
      if (cur) pieces.push({ ...it, text: cur.text, x: cur.x, width: cur.end - cur.x });
      cur = null;
    } else if (cur) {
      cur.text += c;
      cur.end = x + w;
    } else cur = { text: c, x, end: x + w };
    x += w;
  }
  if (cur) pieces.push({ ...it, text: cur.text, x: cur.x, width: cur.end - cur.x });
  // letter-spaced text (every character followed by a space pdfjs made up from the spacing)
  // (`快 8 个` is ordinary CJK/number spacing: letter-spaced text spaces two CJK characters or two digits apart)
  const spacedOut = SPACED_OUT.test(it.text.trim()) && LETTER_SPACED_PAIR.test(it.text);
  const out: PlacedItem[] = [pieces[0]!];
  for (const p of pieces.slice(1)) {
    const last = out[out.length - 1]!;
    const ruled = crossing.some((r) => r.box[0] >= last.x + last.width - 1 && r.box[2] <= p.x + 1);
    const gap = WIDE.test([...last.text].pop()!) && WIDE.test(p.text[0]!);
    if (ruled || gap) out.push(p);
    else out[out.length - 1] = { ...last, text: last.text + (spacedOut ? "" : " ") + p.text, width: p.x + p.width - last.x };
  }
  return out;
}

export function mergeItems(raw: readonly PlacedItem[], s: PdfSettings = PDF_SETTINGS, rules: readonly Rule[] = []): TextRun[] {
  const verticals = rules.filter((r) => r.orientation === "v");
  const items = raw.flatMap((it) => splitItem(it, verticals));
  const lines = groupByBaseline(items, s);
  // never merge across a drawn column rule (the run before may overhang it by up to half an em:
  // the blank half of a full-width punctuation mark, `共享”` | `民政局`)
  const ruleBetween = (x0: number, x1: number, y: number, size: number) => verticals.some((r) => r.box[2] >= Math.min(x0, x1) - 0.5 * size && r.box[0] <= x1 + 0.5 && r.box[1] <= y && r.box[3] >= y);
  const runs: TextRun[] = [];
  for (const line of lines) {
    let cur: { text: string; x0: number; x1: number; baseline: number; size: number } | null = null;
    for (const it of line) {
      const sameSize = cur && Math.abs(it.fontSize - cur.size) <= s.fontSizeTolerance * cur.size;
      const gap = cur ? it.x - cur.x1 : Infinity;
      if (cur && sameSize && gap < s.mergeGap * cur.size && gap > -0.5 * cur.size && !ruleBetween(cur.x1, it.x, it.baseline - 0.3 * it.fontSize, it.fontSize)) {
        // two CJK characters are never separated by a space of their own: any gap is letter spacing
        const cjkPair = WIDE.test([...cur.text].pop() ?? "") && WIDE.test(it.text[0] ?? "");
        cur.text += (gap > s.spaceGap * cur.size && !cjkPair ? " " : "") + it.text;
        cur.x1 = Math.max(cur.x1, it.x + it.width);
        continue;
      }
      if (cur) runs.push(toRun(cur));
      cur = { text: it.text, x0: it.x, x1: it.x + it.width, baseline: it.baseline, size: it.fontSize };
    }
    if (cur) runs.push(toRun(cur));
  }
  return runs;
}

function toRun(r: { text: string; x0: number; x1: number; baseline: number; size: number }): TextRun {
  const box: Box = [round(r.x0), round(r.baseline - 0.88 * r.size), round(r.x1), round(r.baseline + 0.12 * r.size)];
  return { text: r.text.replace(/\s+$/, "").replace(/^\s+/, ""), box, fontSize: round(r.size) };
}

/**
 * Coordinates and sizes to 0.01 pt. A value on the edge between two
 * hundredths (10.995) arrives from one engine as 10.995 and from the other as
 * 10.994999999999999 (the last bit of a double): `ROUNDING_EDGE` puts both on
 * the same side, so the engines give the same boxes.
 */
export const round = (n: number): number => Math.round(n * 100 + ROUNDING_EDGE) / 100;
/** in hundredths of a point; far above a double's noise, far below anything a PDF draws */
const ROUNDING_EDGE = 1e-6;

/** Items grouped into lines by baseline (top to bottom), each line sorted left to right. */
function groupByBaseline<T extends { baseline: number; x: number; fontSize: number }>(items: readonly T[], s: PdfSettings): T[][] {
  const sorted = [...items].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const lines: Array<{ baseline: number; size: number; items: T[] }> = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(it.baseline - last.baseline) <= s.baselineTolerance * Math.max(last.size, it.fontSize)) last.items.push(it);
    else lines.push({ baseline: it.baseline, size: it.fontSize, items: [it] });
  }
  return lines.map((l) => l.items.sort((a, b) => a.x - b.x));
}

/** Axis-aligned segments → rules (short or slanted ones are dropped). */
export function segmentsToRules(segments: readonly Segment[], s: PdfSettings = PDF_SETTINGS): Rule[] {
  const rules: Rule[] = [];
  for (const g of segments) {
    const dx = Math.abs(g.x1 - g.x0);
    const dy = Math.abs(g.y1 - g.y0);
    const half = Math.max(g.width, 0.1) / 2;
    if (dy <= 0.5 && dx >= s.minRuleLength) {
      const y = (g.y0 + g.y1) / 2;
      rules.push({ orientation: "h", box: [round(Math.min(g.x0, g.x1)), round(y - half), round(Math.max(g.x0, g.x1)), round(y + half)] });
    } else if (dx <= 0.5 && dy >= s.minRuleLength) {
      const x = (g.x0 + g.x1) / 2;
      rules.push({ orientation: "v", box: [round(x - half), round(Math.min(g.y0, g.y1)), round(x + half), round(Math.max(g.y0, g.y1))] });
    }
  }
  return rules;
}

/**
 * Runs → document lines in reading order (top to bottom, left to right; pieces
 * on one baseline joined with a space). Each run learns the line it went into.
 */
export function pagesToLines(pages: readonly PageContent[], s: PdfSettings = PDF_SETTINGS): SourceLine[] {
  const out: SourceLine[] = [];
  for (const page of pages) {
    const placed = page.runs.map((r) => ({ run: r, baseline: r.box[3] - 0.12 * r.fontSize, x: r.box[0], fontSize: r.fontSize }));
    for (const line of groupByBaseline(placed, s)) {
      const n = out.length + 1;
      for (const p of line) p.run.line = n;
      out.push({ text: line.map((p) => p.run.text).join(" "), line: n, page: page.number });
    }
  }
  return out;
}
