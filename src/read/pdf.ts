/**
 * PDF reader: every page's text runs with their boxes and the rules drawn on
 * it, in points with the origin at the top-left of the page as displayed
 * (page rotation applied), and the runs grouped into reading-order lines for
 * the text stages. What was drawn comes from an engine (`pdf-engine.ts`:
 * PDFium by default, pdf.js with `--engine pdfjs`); from there on the code is
 * the same for both.
 */
import { FenjieError } from "../errors.js";
import type { InputDocument, PageContent } from "../model/intermediate.js";
import type { Diagnostic } from "../model/schema.js";
import type { ReadOptions } from "./index.js";
import { sha256 } from "./index.js";
import { apply, multiply, type Matrix, type Segment } from "./pdf-paths.js";
import { mergeItems, pagesToLines, round, segmentsToRules, uprightTransform, type PlacedItem } from "./pdf-text.js";
import { PDF_SETTINGS, type PdfSettings } from "../model/settings.js";
import { foldLookalikes } from "../text/hygiene.js";
import { loadEngine, PdfEngineError, type DrawnPage, type OpenFailure } from "./pdf-engine.js";
import { checkXref } from "./pdf-xref.js";

export { PDFJS_SAFETY, documentOptions, loadPdfJs } from "./pdf-pdfjs.js";

/** Private-use, control and replacement characters: what a font without a Unicode map produces. */
const BAD_GLYPH = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uE000-\uF8FF\uFFFD]/gu;

export async function readPdf(bytes: Uint8Array, file: string, options: ReadOptions, settings: PdfSettings = PDF_SETTINGS): Promise<InputDocument> {
  const engine = await loadEngine(options.engine);
  const pages: PageContent[] = [];
  const diagnostics: Diagnostic[] = [];
  const imagePages = new Set<number>();
  // each page is placed as soon as the engine has read it: its glyphs need not outlive it
  const onPage = (d: DrawnPage): void => {
    const read = placePage(d, settings);
    pages.push(read.content);
    if (d.hasImages) imagePages.add(d.number);
    if (read.skippedChars) {
      diagnostics.push({ level: "info", code: "PDF_TEXT_NOT_HORIZONTAL", message: `第 ${d.number} 页有 ${read.skippedChars} 个字不是横排（竖排、斜排的文字或水印），未读取。如其中有表格内容，请核对原文。`, page: d.number });
    }
  };
  let drawn;
  try {
    drawn = await engine.readPages(bytes, options, settings, onPage);
  } catch (err) {
    if (err instanceof PdfEngineError) throw engineError(err.failure, file, err.page);
    throw err;
  }
  diagnostics.unshift(...checkText(pages, imagePages, file, settings));
  const xref = checkXref(bytes);
  if (xref || drawn.notes.some((n) => n.kind === "xref-repaired")) {
    diagnostics.unshift({
      level: "warning",
      code: "PDF_XREF_REPAIRED",
      message: `PDF 文件的交叉引用表（xref）已损坏${xref ? `（${xref}）` : ""}，已按文件内容重建后读取：${file}。重建可能漏掉或错排个别对象，请对照原文核对各页内容；最好重新获取或重新导出原文件。`,
    });
  }
  return {
    source: { file, format: "pdf", sha256: sha256(bytes), encoding: null, pages: drawn.pageCount },
    lines: pagesToLines(pages, settings),
    pages,
    diagnostics,
  };
}

interface PageRead {
  content: PageContent;
  /** characters of text that does not run left to right (vertical, slanted), not read */
  skippedChars: number;
}

/** One page: its glyphs placed upright and merged into runs, and its drawn rules. */
export function placePage(d: DrawnPage, settings: PdfSettings): PageRead {
  // the page as displayed, turned further if its text runs down, up or backwards (a table printed sideways)
  const upright = uprightTransform(
    d.glyphs.map((g) => ({ m: g.m, chars: [...g.text.trim()].length })),
    d.width,
    d.height,
  );
  const items: PlacedItem[] = [];
  let skippedChars = 0;
  for (const g of d.glyphs) {
    const m = multiply(g.m, upright.matrix);
    // horizontal, left-to-right text only; the rest is decoration (reported)
    if (Math.abs(m[1]) > 0.01 * Math.abs(m[0]) || m[0] <= 0) {
      skippedChars += [...g.text.trim()].length;
      continue;
    }
    // look-alike radicals (⼈⺠⼯: browser-printed PDFs) are the ideographs they stand for, for every later stage
    items.push({ text: foldLookalikes(g.text), x: m[4], baseline: m[5], width: g.width, fontSize: Math.hypot(m[2], m[3]) });
  }
  const rules = segmentsToRules(d.segments.map((s) => turnSegment(s, upright.matrix)), settings);
  return { content: { number: d.number, width: round(upright.width), height: round(upright.height), runs: mergeItems(items, settings, rules), rules }, skippedChars };
}

function turnSegment(s: Segment, m: Matrix): Segment {
  if (m[0] === 1 && m[1] === 0 && m[2] === 0 && m[3] === 1 && m[4] === 0 && m[5] === 0) return s;
  const [x0, y0] = apply(m, s.x0, s.y0);
  const [x1, y1] = apply(m, s.x1, s.y1);
  return { x0, y0, x1, y1, width: s.width };
}

/** An engine's failure as the fenjie error a user sees (the same codes and messages for every engine). */
function engineError(failure: OpenFailure, file: string, page: number | undefined): FenjieError {
  if (failure.kind === "password-wrong") return new FenjieError("PDF_ENCRYPTED", `PDF 文件已加密，所给密码不正确：${file}。请用 --password 提供正确的打开密码。`, file);
  if (failure.kind === "password-needed") return new FenjieError("PDF_ENCRYPTED", `PDF 文件已加密，需要密码才能打开：${file}。请用 --password 提供打开密码。`, file);
  if (page !== undefined) return new FenjieError("PDF_DAMAGED", `PDF 文件已损坏，第 ${page} 页无法读取：${file}（${failure.detail}）。请重新获取原文件。`, file);
  return new FenjieError("PDF_DAMAGED", `PDF 文件已损坏或不是有效的 PDF：${file}（${failure.detail}）。请重新获取原文件。`, file);
}



/** What to do with a scan, said in every message about one. */
export const OCR_HINT = "请先用 OCR 软件识别文字（如 WPS 或 Adobe Acrobat 的“识别文字”功能，或命令行 ocrmypdf -l chi_sim 扫描件.pdf 识别后.pdf），再用 fenjie 处理识别后的 PDF";

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
  if (pages.length === 0) {
    throw new FenjieError("PDF_NO_TEXT", `PDF 没有任何页面（0 页）：${file}。请重新导出或重新获取原文件。`, file);
  }
  const empty = pages.filter((p) => p.runs.length === 0).map((p) => p.number);
  if (empty.length === pages.length && garbled.length) {
    throw new FenjieError("PDF_NO_TEXT", `PDF 的字体没有 Unicode 映射，文字无法正确提取（第 ${pageList(garbled)} 页）：${file}。请用原始文件重新导出 PDF，或进行 OCR 识别。`, file);
  }
  if (empty.length === pages.length) {
    const scanned = empty.filter((n) => imagePages.has(n));
    if (scanned.length) throw new FenjieError("PDF_NO_TEXT", `PDF 是扫描件（只有图像，没有文字层），需要先进行 OCR 文字识别：${file}（第 ${pageList(scanned)} 页）。${OCR_HINT}。`, file);
    throw new FenjieError("PDF_NO_TEXT", `PDF 没有任何文字：${file}（第 ${pageList(empty)} 页）。如果它是扫描件或由图片转成，${OCR_HINT}。`, file);
  }
  // every page an image with at most a few characters on it (a scanner app's watermark, a page number)
  const visible = (p: PageContent): number => p.runs.reduce((n, r) => n + r.text.replace(/\s+/g, "").length, 0);
  if (pages.every((p) => imagePages.has(p.number) && visible(p) < s.scanTextChars)) {
    throw new FenjieError(
      "PDF_NO_TEXT",
      `PDF 是扫描件（每页都是图像，只有零星文字，如扫描软件的水印或页码），需要先进行 OCR 文字识别：${file}（第 ${pageList(pages.map((p) => p.number))} 页）。${OCR_HINT}。`,
      file,
    );
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
