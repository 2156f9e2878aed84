/**
 * PDF reader (pdfjs-dist 5, legacy build, no worker, no network): every page's
 * text runs with their boxes and the rules drawn on it, in points with the
 * origin at the top-left of the page as displayed (page rotation applied), and
 * the runs grouped into reading-order lines for the text stages.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { FenjieError } from "../errors.js";
import type { Box, InputDocument, PageContent, Rule, SourceLine, TextRun } from "../model/intermediate.js";
import type { Diagnostic } from "../model/schema.js";
import type { ReadOptions } from "./index.js";
import { sha256 } from "./index.js";
import { multiply, operatorListSegments, type Matrix, type PathOps, type Segment } from "./pdf-paths.js";
import { PDF_SETTINGS, type PdfSettings } from "./pdf-settings.js";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let pdfjsPromise: Promise<PdfJs> | null = null;
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import("pdfjs-dist/legacy/build/pdf.mjs");
  return pdfjsPromise;
}

/** The package's bundled CMaps and standard fonts, as directory paths (pdfjs reads them with fs in Node). */
function assetDirs(): { cMapUrl: string; standardFontDataUrl: string } {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve("pdfjs-dist/package.json"));
  return { cMapUrl: join(root, "cmaps") + "/", standardFontDataUrl: join(root, "standard_fonts") + "/" };
}

/**
 * Where pdfjs "installs" the fonts it loads. fenjie never draws glyphs; with no
 * document pdfjs would compile every glyph outline for canvas drawing instead
 * (about a fifth of the reading time). This sink accepts the @font-face rules
 * and drops them. Only pdfjs' font loader touches it.
 */
const FONT_SINK = {
  createElement: () => ({ sheet: { cssRules: [] as unknown[], insertRule: () => 0 }, remove: () => undefined }),
  documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
};

/** A glyph item from getTextContent, placed on the displayed page. */
export interface PlacedItem {
  text: string;
  x: number;
  baseline: number;
  width: number;
  fontSize: number;
}

type PdfTextItem = { str: string; transform: number[]; width: number };

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

/** Private-use, control and replacement characters: what a font without a Unicode map produces. */
const BAD_GLYPH = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uE000-\uF8FF\uFFFD]/gu;

export async function readPdf(bytes: Uint8Array, file: string, options: ReadOptions, settings: PdfSettings = PDF_SETTINGS): Promise<InputDocument> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // pdfjs takes ownership of (detaches) the buffer it gets
    ...(options.password !== undefined ? { password: options.password } : {}),
    ...assetDirs(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: false,
    ownerDocument: FONT_SINK,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw loadError(err, file, options);
  }
  try {
    const OPS = pdfjs.OPS as unknown as PathOps;
    const pages: PageContent[] = [];
    const imagePages = new Set<number>();
    const skipped = new Map<number, number>();
    for (let n = 1; n <= pdf.numPages; n++) {
      let page;
      try {
        page = await pdf.getPage(n);
      } catch (err) {
        throw new FenjieError("PDF_DAMAGED", `PDF 文件已损坏，第 ${n} 页无法读取：${file}（${errMessage(err)}）。请重新获取原文件。`, file);
      }
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const textItems = (content.items as unknown as Array<Partial<PdfTextItem>>).filter((it): it is PdfTextItem => typeof it.str === "string" && it.str.trim() !== "");
      // the page as displayed, turned further if its text runs down, up or backwards (a table printed sideways)
      const upright = uprightTransform(
        textItems.map((it) => ({ m: multiply(it.transform as Matrix, viewport.transform as Matrix), chars: [...it.str.trim()].length })),
        viewport.width,
        viewport.height,
      );
      const vt = multiply(viewport.transform as Matrix, upright.matrix);
      const items: PlacedItem[] = [];
      for (const it of textItems) {
        const m = multiply(it.transform as Matrix, vt);
        // horizontal, left-to-right text only; the rest is decoration (reported below)
        if (Math.abs(m[1]) > 0.01 * Math.abs(m[0]) || m[0] <= 0) {
          skipped.set(n, (skipped.get(n) ?? 0) + [...it.str.trim()].length);
          continue;
        }
        const fontSize = Math.hypot(m[2], m[3]);
        items.push({ text: it.str, x: m[4], baseline: m[5], width: it.width, fontSize });
      }
      const ops = await page.getOperatorList();
      if (ops.fnArray.some((f) => f === pdfjs.OPS.paintImageXObject || f === pdfjs.OPS.paintInlineImageXObject || f === pdfjs.OPS.paintImageMaskXObject)) imagePages.add(n);
      const segments = operatorListSegments(ops.fnArray, ops.argsArray, OPS, vt, { maxRuleThickness: settings.maxRuleThickness });
      const rules = segmentsToRules(segments, settings);
      pages.push({ number: n, width: upright.width, height: upright.height, runs: mergeItems(items, settings, rules), rules });
      page.cleanup();
    }
    const diagnostics = checkText(pages, imagePages, file, settings);
    for (const [page, chars] of skipped) {
      diagnostics.push({ level: "info", code: "PDF_TEXT_NOT_HORIZONTAL", message: `第 ${page} 页有 ${chars} 个字不是横排（竖排、斜排的文字或水印），未读取。如其中有表格内容，请核对原文。`, page });
    }
    const lines = pagesToLines(pages, settings);
    return {
      source: { file, format: "pdf", sha256: sha256(bytes), encoding: null, pages: pdf.numPages },
      lines,
      pages,
      diagnostics,
    };
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

function errMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Map pdfjs load failures to fenjie errors with a Chinese message naming the file. */
function loadError(err: unknown, file: string, options: ReadOptions): FenjieError {
  const name = (err as { name?: string })?.name ?? "";
  const code = (err as { code?: number })?.code;
  if (name === "PasswordException") {
    if (code === 2 || options.password !== undefined)
      return new FenjieError("PDF_ENCRYPTED", `PDF 文件已加密，所给密码不正确：${file}。请用 --password 提供正确的打开密码。`, file);
    return new FenjieError("PDF_ENCRYPTED", `PDF 文件已加密，需要密码才能打开：${file}。请用 --password 提供打开密码。`, file);
  }
  return new FenjieError("PDF_DAMAGED", `PDF 文件已损坏或不是有效的 PDF：${file}（${errMessage(err)}）。请重新获取原文件。`, file);
}

/**
 * Merge glyph items into runs: same line (baseline), same font size, and a
 * gap under `mergeGap` × size. CJK text often arrives one character per item,
 * in content-stream order; sorting by position first makes the order irrelevant.
 */
const SPACED_OUT = /^(\S ){2,}\S$|^\d( \d)+$/u;
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
  const spacedOut = SPACED_OUT.test(it.text.trim());
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
  // never merge across a drawn column rule
  const ruleBetween = (x0: number, x1: number, y: number) => verticals.some((r) => r.box[2] >= x0 - 0.5 && r.box[0] <= x1 + 0.5 && r.box[1] <= y && r.box[3] >= y);
  const runs: TextRun[] = [];
  for (const line of lines) {
    let cur: { text: string; x0: number; x1: number; baseline: number; size: number } | null = null;
    for (const it of line) {
      const sameSize = cur && Math.abs(it.fontSize - cur.size) <= s.fontSizeTolerance * cur.size;
      const gap = cur ? it.x - cur.x1 : Infinity;
      if (cur && sameSize && gap < s.mergeGap * cur.size && gap > -0.5 * cur.size && !ruleBetween(cur.x1, it.x, it.baseline - 0.3 * it.fontSize)) {
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

const round = (n: number): number => Math.round(n * 100) / 100;

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

/** Scanned pages (no text layer) and fonts without a Unicode map. */
export function checkText(pages: PageContent[], imagePages: ReadonlySet<number>, file: string, s: PdfSettings): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const garbled: number[] = [];
  for (const page of pages) {
    const text = page.runs.map((r) => r.text).join("").replace(/\s+/g, "");
    const bad = text.match(BAD_GLYPH)?.length ?? 0;
    if (text.length && bad > s.badGlyphShare * text.length) garbled.push(page.number);
    if (bad) {
      // never pass on characters that stand for nothing
      page.runs = page.runs.map((r) => ({ ...r, text: r.text.replace(BAD_GLYPH, "") })).filter((r) => r.text.trim());
    }
  }
  const empty = pages.filter((p) => p.runs.length === 0).map((p) => p.number);
  if (empty.length === pages.length && garbled.length) {
    throw new FenjieError("PDF_NO_TEXT", `PDF 的字体没有 Unicode 映射，文字无法正确提取（第 ${pageList(garbled)} 页）：${file}。请用原始文件重新导出 PDF，或进行 OCR 识别。`, file);
  }
  if (empty.length === pages.length) {
    const scanned = empty.filter((n) => imagePages.has(n));
    const what = scanned.length ? `是扫描件（只有图像，没有文字层），需要先进行 OCR 文字识别` : `没有任何文字`;
    throw new FenjieError("PDF_NO_TEXT", `PDF ${what}：${file}（第 ${pageList(scanned.length ? scanned : empty)} 页）。`, file);
  }
  for (const n of empty) {
    if (!imagePages.has(n)) continue;
    diagnostics.push({ level: "warning", code: "PDF_PAGE_NO_TEXT", message: `第 ${n} 页是扫描图像，没有文字层，其内容未被读取。请对该页进行 OCR 后核对。`, page: n });
  }
  for (const n of garbled) {
    diagnostics.push({ level: "warning", code: "PDF_FONT_NO_UNICODE", message: `第 ${n} 页的部分字体没有 Unicode 映射，无法识别的字符已删除。请对照原文核对该页。`, page: n });
  }
  return diagnostics;
}

/** 1,2,3,5 → "1–3、5" */
export function pageList(pages: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    out.push(j > i ? `${pages[i]}–${pages[j]}` : `${pages[i]}`);
    i = j + 1;
  }
  return out.join("、");
}
