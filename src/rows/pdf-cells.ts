/**
 * Shared pieces of the PDF layouts: text runs → the lines of one cell, and
 * the page furniture (running heads, page numbers) to leave out.
 */
import type { Box, GridRow, PageContent, TextRun } from "../model/intermediate.js";
import { PDF_SETTINGS, type PdfSettings } from "../read/pdf-settings.js";
import { LINE_ENDED, LINE_WRAPPED } from "../names/split.js";

export const centre = (b: Box): [number, number] => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
export const inside = (x: number, y: number, b: Box): boolean => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];

/** Runs grouped into visual lines (top to bottom), each sorted left to right. */
export function runLines(runs: readonly TextRun[], s: PdfSettings = PDF_SETTINGS): TextRun[][] {
  const sorted = [...runs].sort((a, b) => a.box[3] - b.box[3] || a.box[0] - b.box[0]);
  const lines: TextRun[][] = [];
  for (const r of sorted) {
    const last = lines[lines.length - 1];
    const ref = last?.[0];
    if (ref && Math.abs(r.box[3] - ref.box[3]) <= s.baselineTolerance * Math.max(ref.fontSize, r.fontSize)) last!.push(r);
    else lines.push([r]);
  }
  return lines.map((l) => l.sort((a, b) => a.box[0] - b.box[0]));
}

/** One visual line's text: pieces joined, with a space where the gap is wide. */
export function lineText(line: readonly TextRun[], s: PdfSettings = PDF_SETTINGS): string {
  let text = "";
  let prev: TextRun | null = null;
  for (const r of line) {
    if (prev) text += r.box[0] - prev.box[2] > s.spaceGap * r.fontSize ? " " : "";
    text += r.text;
    prev = r;
  }
  return text;
}

const CJK = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201F\u2026\u2014]/u;
const LATIN = /[A-Za-z0-9%.+\-]/;

/**
 * How a line that ran to the cell's edge joins the next: `glue` (no space: a
 * number cut by the wrap, or CJK against Latin where the text does not space
 * its Latin tokens), or `wrap` (a line break that stands for a space, or none
 * between CJK characters, which the text stages drop).
 */
export function joinAtWrap(line: string, next: string): "glue" | "wrap" {
  const a = [...line].pop() ?? "";
  const b = [...next][0] ?? "";
  if (/\d/.test(a) && /[\d%‰]/.test(b)) return "glue"; // a number cut by the wrap
  if (CJK.test(a) === CJK.test(b)) return "wrap";
  // the Latin token at the break: spaced on its other side → the break was a space too
  const spaced = LATIN.test(a) ? /\s[^\s]*$/.test(line) && !CJK.test(line.match(/[^\s]*$/)![0]) : /^[^\s]*\s/.test(next) && !CJK.test(next.match(/^[^\s]*/)![0]);
  return spaced ? "wrap" : "glue";
}

/**
 * The lines of one cell. Each line but the last carries a hint for the name
 * splitter: it ran to the cell's right edge (wrapped by width, LINE_WRAPPED)
 * or stopped well short of it (the name ended, LINE_ENDED).
 */
export function cellLines(runs: readonly TextRun[], cell: Box, s: PdfSettings = PDF_SETTINGS): string[] {
  if (!runs.length) return [];
  const lines = runLines(runs, s);
  const left = Math.min(...lines.map((l) => l[0]!.box[0]));
  const textRight = cell[2] - Math.max(0, left - cell[0]);
  const texts = lines.map((l) => lineText(l, s));
  const out: string[] = [];
  let glue = false;
  lines.forEach((line, i) => {
    const text = texts[i]!;
    if (glue && out.length) out[out.length - 1] += text;
    else out.push(text);
    glue = false;
    if (i + 1 >= lines.length) return;
    const last = line[line.length - 1]!;
    const room = textRight - last.box[2];
    if (room <= s.wrapTolerance * last.fontSize) {
      if (joinAtWrap(out[out.length - 1]!, texts[i + 1]!) === "glue") glue = true;
      else out[out.length - 1] += LINE_WRAPPED;
    } else if (room > s.lineEndedRoom * last.fontSize) out[out.length - 1] += LINE_ENDED;
  });
  return out;
}

const PAGE_NUMBER = /^[\s\-—–―·.]*(第\s*)?\d{1,4}(\s*页)?(\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[\s\-—–―·.]*$/;

/**
 * Page furniture: lines in the top or bottom margin band that are page
 * numbers, or whose text (digits aside) repeats on several pages.
 */
export function furnitureRuns(pages: readonly PageContent[], s: PdfSettings = PDF_SETTINGS): Set<TextRun> {
  const drop = new Set<TextRun>();
  const candidates: Array<{ key: string; runs: TextRun[] }> = [];
  for (const page of pages) {
    const band = s.marginBand * page.height;
    for (const line of runLines(page.runs, s)) {
      const top = Math.min(...line.map((r) => r.box[1]));
      const bottom = Math.max(...line.map((r) => r.box[3]));
      if (top > band && bottom < page.height - band) continue;
      const text = lineText(line, s);
      if (PAGE_NUMBER.test(text)) line.forEach((r) => drop.add(r));
      else candidates.push({ key: text.replace(/\d+/g, "#").replace(/\s+/g, ""), runs: line });
    }
  }
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
  for (const c of candidates) if ((counts.get(c.key) ?? 0) >= 2 && pages.length >= 2) c.runs.forEach((r) => drop.add(r));
  return drop;
}

/** Text outside any table → one-cell rows (titles, headings, cover letter), in reading order. */
export function looseRows(runs: readonly TextRun[], page: number, s: PdfSettings = PDF_SETTINGS): Array<GridRow & { top: number }> {
  return runLines(runs, s).map((line) => {
    const box: Box = [Math.min(...line.map((r) => r.box[0])), Math.min(...line.map((r) => r.box[1])), Math.max(...line.map((r) => r.box[2])), Math.max(...line.map((r) => r.box[3]))];
    const lineNo = minLine(line);
    return { cells: [{ lines: [lineText(line, s)] }], page, bbox: box, top: box[1], ...(lineNo ? { line: lineNo } : {}) };
  });
}

export function minLine(runs: readonly TextRun[]): number | undefined {
  const ns = runs.map((r) => r.line).filter((n): n is number => n !== undefined);
  return ns.length ? Math.min(...ns) : undefined;
}
