/**
 * Shared pieces of the PDF layouts: text runs → the lines of one cell, and
 * the page furniture (running heads, page numbers) to leave out.
 */
import type { Box, CellLine, GridRow, PageContent, TextRun } from "../model/intermediate.js";
import { PDF_SETTINGS, type PdfSettings } from "../model/settings.js";
import { PDF_PAGE_NUMBER } from "../table/lexicon.js";
import { maxOf, minOf } from "../arrays.js";

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
const CJK_PUNCT = /[\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\u2018-\u201F\u2026\u2014]/u;

/**
 * How a line that ran to the cell's edge joins the next: `glue` (no space: a
 * number cut by the wrap, or CJK against Latin where the text does not space
 * its Latin tokens), or `wrap` (a line break that stands for a space, or none
 * between CJK characters, which the text stages drop).
 */
/** A number cut by a line break (`20` | `%`, `8.` | `5`): numbers hold no spaces. */
export function cutsNumber(line: string, next: string): boolean {
  const a = [...line].pop() ?? "";
  const b = [...next][0] ?? "";
  return (/\d/.test(a) && /[\d%‰]/.test(b)) || (/\d[.．]$/.test(line) && /\d/.test(b));
}

export function joinAtWrap(line: string, next: string, roomEm: number): "glue" | "wrap" {
  const a = [...line].pop() ?? "";
  const b = [...next][0] ?? "";
  if (cutsNumber(line, next)) return "glue";
  if (CJK.test(a) && CJK.test(b)) return "wrap";
  if (CJK_PUNCT.test(a) || CJK_PUNCT.test(b)) return "glue";
  const tail = line.match(/\S*$/)![0];
  const head = next.match(/^\S*/)![0];
  if (!CJK.test(a) && !CJK.test(b)) {
    // a Latin word cut inside CJK text (`争取ID` | `G文旅`) vs. a wrap at a space between words
    return CJK.test(tail) || CJK.test(head) ? "glue" : "wrap";
  }
  // CJK against Latin: without a space the line broke only because what follows did not fit,
  // so more room than that piece (one CJK character, or the Latin word) means a space stood
  // there and the break took it
  const piece = CJK.test(b) ? 1 : 0.5 * (head.match(/^[^\p{Script=Han}]*/u)![0].length || 1);
  if (roomEm > piece + 0.05) return "wrap";
  // otherwise it cannot be told from the page: follow how the text spaces the Latin token on its other side
  const spaced = CJK.test(b) ? /\s\S*$/.test(line) && !CJK.test(tail) : /^\S*\s/.test(next) && !CJK.test(head);
  return spaced ? "wrap" : "glue";
}

/**
 * The lines of one cell. Each line but the last says how it ends, for the
 * name splitter: it ran to the cell's right edge (`wrapped`: the text was
 * wrapped by width) or stopped well short of it (`ended`: the name ended there).
 */
export function cellLines(runs: readonly TextRun[], cell: Box, s: PdfSettings = PDF_SETTINGS): CellLine[] {
  if (!runs.length) return [];
  const lines = runLines(runs, s);
  const left = minOf(lines.map((l) => l[0]!.box[0]));
  // the cell's padding, the same on both sides; a wider margin means centred text, whose widest line need not be full
  const size = lines[0]![0]!.fontSize;
  const padding = Math.min(Math.max(0, left - cell[0]), s.maxCellPadding * size);
  const inner = cell[2] - cell[0] - 2 * padding;
  const texts = lines.map((l) => lineText(l, s));
  const out: CellLine[] = [];
  let glue = false;
  lines.forEach((line, i) => {
    const text = texts[i]!;
    if (glue && out.length) out[out.length - 1]!.text += text;
    else out.push({ text });
    glue = false;
    if (i + 1 >= lines.length) return;
    const last = line[line.length - 1]!;
    const prev = out[out.length - 1]!;
    // what the line leaves unused of the cell's width (left-aligned or centred alike)
    const room = inner - (last.box[2] - line[0]!.box[0]);
    if (room <= s.lineEndedRoom * last.fontSize && cutsNumber(prev.text, texts[i + 1]!)) glue = true;
    else if (room <= s.wrapTolerance * last.fontSize) {
      if (joinAtWrap(prev.text, texts[i + 1]!, room / last.fontSize) === "glue") glue = true;
      else prev.wrapped = true;
    } else if (room > s.lineEndedRoom * last.fontSize) prev.ended = true;
  });
  return out;
}

/**
 * How much of the cell's width its last line leaves unused, in em (null: no
 * text). Measured like `cellLines` does for every other line.
 */
export function lastLineRoom(runs: readonly TextRun[], cell: Box, s: PdfSettings = PDF_SETTINGS): number | null {
  if (!runs.length) return null;
  const lines = runLines(runs, s);
  const left = minOf(lines.map((l) => l[0]!.box[0]));
  const size = lines[0]![0]!.fontSize;
  const padding = Math.min(Math.max(0, left - cell[0]), s.maxCellPadding * size);
  const line = lines[lines.length - 1]!;
  const last = line[line.length - 1]!;
  return (cell[2] - cell[0] - 2 * padding - (last.box[2] - line[0]!.box[0])) / last.fontSize;
}

/**
 * A cell cut by a page break, joined back: the lines above the cut, then the
 * lines of the part on the next page. The break is treated like a line break
 * inside the cell: a last line that ran to the edge (`roomEm` small) was
 * wrapped by width (glued where it cut a number or a word, `26` | `个项目`),
 * one that stopped short ended a name there.
 */
export function joinCut(above: readonly CellLine[], below: readonly CellLine[], roomEm: number | null, s: PdfSettings = PDF_SETTINGS): CellLine[] {
  if (!above.length) return below.map((l) => ({ ...l }));
  if (!below.length) return above.map((l) => ({ ...l }));
  const out = above.map((l) => ({ ...l }));
  const last = out[out.length - 1]!;
  const next = below[0]!;
  const room = roomEm ?? 0;
  const glue = (room <= s.lineEndedRoom && cutsNumber(last.text, next.text)) || (room <= s.wrapTolerance && joinAtWrap(last.text, next.text, room) === "glue");
  if (glue) out[out.length - 1] = { ...next, text: last.text + next.text };
  else {
    if (room <= s.wrapTolerance) last.wrapped = true;
    else if (room > s.lineEndedRoom) last.ended = true;
    out.push({ ...next });
  }
  out.push(...below.slice(1).map((l) => ({ ...l })));
  return out;
}

/**
 * Page furniture: lines in the top or bottom margin band that are page
 * numbers, or whose text (digits aside) repeats on several pages; and, a little
 * further in (within the page-number band), a line printed with the same text at
 * the same height on at least half the pages (a running head below a deep margin).
 */
export function furnitureRuns(pages: readonly PageContent[], s: PdfSettings = PDF_SETTINGS, keep: (run: TextRun, page: PageContent) => boolean = () => false): Set<TextRun> {
  const drop = new Set<TextRun>();
  const candidates: Array<{ key: string; runs: TextRun[] }> = [];
  const placed: Array<{ key: string; runs: TextRun[] }> = [];
  for (const page of pages) {
    const all = runLines(page.runs.filter((r) => !keep(r, page)), s);
    // running heads and page numbers are the outermost lines of a page
    const outer = [...all.slice(0, s.furnitureLines), ...all.slice(Math.max(s.furnitureLines, all.length - s.furnitureLines))];
    const band = s.marginBand * page.height;
    const numberBand = s.pageNumberBand * page.height;
    for (const line of outer) {
      const top = minOf(line.map((r) => r.box[1]));
      const bottom = maxOf(line.map((r) => r.box[3]));
      if (top > numberBand && bottom < page.height - numberBand) continue;
      const text = lineText(line, s);
      const key = text.replace(/\d+/g, "#").replace(/\s+/g, "");
      if (PDF_PAGE_NUMBER.test(text)) {
        if (!numbersRowOn(line, all, text)) line.forEach((r) => drop.add(r));
      }
      else if (top <= band || bottom >= page.height - band) candidates.push({ key, runs: line });
      // just outside the band (a tall header area, a landscape page): furniture only where it
      // stands at the same height on most pages (a running head), not merely repeats
      else placed.push({ key: `${key}@${Math.round(top / s.furnitureSameTop)}`, runs: line });
    }
  }
  const counts = new Map<string, number>();
  for (const c of [...candidates, ...placed]) counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
  for (const c of candidates) if ((counts.get(c.key) ?? 0) >= 2 && pages.length >= 2) c.runs.forEach((r) => drop.add(r));
  for (const c of placed) if ((counts.get(c.key) ?? 0) >= Math.max(2, pages.length / 2)) c.runs.forEach((r) => drop.add(r));
  return drop;
}

/**
 * A bare number among a page's outermost lines that is a row's 序号, not the page's number: a table whose
 * cells are centred vertically prints its last row's number below that row's first line, near the page
 * foot (or its first row's below the top line). The number stands where the page's other row numbers stand
 * (their centres within a character of it) and goes on their numbering: the number before it printed above
 * it, or the one after it below. A page number stands apart (centred, or at the outer edge) and numbers
 * no column.
 */
function numbersRowOn(line: readonly TextRun[], all: readonly TextRun[][], text: string): boolean {
  const t = text.trim();
  if (line.length !== 1 || !/^\d{1,3}$/.test(t)) return false;
  const run = line[0]!;
  const n = Number(t);
  const x = (run.box[0] + run.box[2]) / 2;
  return all.some((l) =>
    l.some((r) => {
      if (r === run || !/^\d{1,3}$/.test(r.text.trim()) || Math.abs((r.box[0] + r.box[2]) / 2 - x) > run.fontSize) return false;
      const m = Number(r.text.trim());
      return (m === n - 1 && r.box[1] < run.box[1]) || (m === n + 1 && r.box[1] > run.box[1]);
    }),
  );
}

/** Text outside any table → one-cell rows (titles, headings, cover letter), in reading order. */
export function looseRows(runs: readonly TextRun[], page: number, s: PdfSettings = PDF_SETTINGS): Array<GridRow & { top: number }> {
  return runLines(runs, s).map((line) => {
    const box: Box = [minOf(line.map((r) => r.box[0])), minOf(line.map((r) => r.box[1])), maxOf(line.map((r) => r.box[2])), maxOf(line.map((r) => r.box[3]))];
    const lineNo = minLine(line);
    return { cells: [{ lines: [{ text: lineText(line, s) }] }], page, bbox: box, top: box[1], ...(lineNo ? { line: lineNo } : {}) };
  });
}

export function minLine(runs: readonly TextRun[]): number | undefined {
  const ns = runs.map((r) => r.line).filter((n): n is number => n !== undefined);
  return ns.length ? minOf(ns) : undefined;
}
