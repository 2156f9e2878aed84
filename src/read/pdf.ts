/**
 * PDF reader (pdfjs-dist 5, legacy build, no worker, no network): every page's
 * text runs with their boxes and the rules drawn on it, in points with the
 * origin at the top-left of the page as displayed (page rotation applied), and
 * the runs grouped into reading-order lines for the text stages.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { FenjieError } from "../errors.js";
import type { InputDocument, PageContent } from "../model/intermediate.js";
import type { Diagnostic } from "../model/schema.js";
import type { ReadOptions } from "./index.js";
import { sha256 } from "./index.js";
import { multiply, operatorListSegments, type Matrix, type PathOps } from "./pdf-paths.js";
import { mergeItems, pagesToLines, segmentsToRules, uprightTransform, type PlacedItem } from "./pdf-text.js";
import { PDF_SETTINGS, type PdfSettings } from "../model/settings.js";
import { foldLookalikes } from "../text/hygiene.js";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let pdfjsPromise: Promise<PdfJs> | null = null;

/**
 * pdfjs' legacy build, with its worker module loaded in this thread (pdfjs
 * looks for `globalThis.pdfjsWorker` before importing it itself). Both bundle
 * core-js, which on Node 20 replaces `Array.prototype.push`, `JSON.parse` and
 * `JSON.stringify` with JavaScript versions for edge cases pdfjs never meets
 * (a non-writable array length, `JSON.rawJSON`); every push and every JSON
 * call in the process then runs 2–10× slower. The natives are put back once
 * both modules are loaded. Exported for the benchmark's pdfjs-only floor.
 */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    const natives = [
      [Array.prototype, "push"],
      [JSON, "parse"],
      [JSON, "stringify"],
    ].map(([owner, key]) => ({ owner: owner as object, key: key as string, d: Object.getOwnPropertyDescriptor(owner as object, key as string)! }));
    try {
      const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
      const g = globalThis as { pdfjsWorker?: unknown };
      // @ts-expect-error the worker module ships no type declarations
      g.pdfjsWorker ??= await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
      return pdfjs;
    } finally {
      for (const { owner, key, d } of natives) Object.defineProperty(owner, key, d);
    }
  })();
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

/**
 * What a document may make pdfjs do: nothing. No eval (fonts are not compiled to JS), no system
 * or network fonts, no XFA forms, no scripting; CMaps and standard fonts come from the package's
 * own files on disk.
 */
export const PDFJS_SAFETY = {
  isEvalSupported: false,
  useSystemFonts: false,
  enableXfa: false,
  disableAutoFetch: true,
  disableStream: true,
} as const;

/** The options fenjie opens every PDF with (exported so the benchmark's pdfjs-only floor cannot drift from them). */
export function documentOptions(bytes: Uint8Array, options: ReadOptions = {}) {
  return {
    data: new Uint8Array(bytes), // pdfjs takes ownership of (detaches) the buffer it gets
    ...(options.password !== undefined ? { password: options.password } : {}),
    ...assetDirs(),
    cMapPacked: true,
    ...PDFJS_SAFETY,
    disableFontFace: false,
    ownerDocument: FONT_SINK,
    stopAtErrors: false,
    verbosity: 0,
  };
}

type PdfTextItem = { str: string; transform: number[]; width: number };


/** Private-use, control and replacement characters: what a font without a Unicode map produces. */
const BAD_GLYPH = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uE000-\uF8FF\uFFFD]/gu;

export async function readPdf(bytes: Uint8Array, file: string, options: ReadOptions, settings: PdfSettings = PDF_SETTINGS): Promise<InputDocument> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument(documentOptions(bytes, options));
  let pdf;
  try {
    pdf = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw loadError(err, file, options);
  }
  try {
    const pages: PageContent[] = [];
    const diagnostics: Diagnostic[] = [];
    const imagePages = new Set<number>();
    for (let n = 1; n <= pdf.numPages; n++) {
      let read: PageRead;
      try {
        const page = await pdf.getPage(n);
        read = await readPage(page, n, pdfjs, settings);
        page.cleanup();
      } catch (err) {
        throw new FenjieError("PDF_DAMAGED", `PDF 文件已损坏，第 ${n} 页无法读取：${file}（${errMessage(err)}）。请重新获取原文件。`, file);
      }
      pages.push(read.content);
      if (read.hasImages) imagePages.add(n);
      if (read.skippedChars) {
        diagnostics.push({ level: "info", code: "PDF_TEXT_NOT_HORIZONTAL", message: `第 ${n} 页有 ${read.skippedChars} 个字不是横排（竖排、斜排的文字或水印），未读取。如其中有表格内容，请核对原文。`, page: n });
      }
    }
    diagnostics.unshift(...checkText(pages, imagePages, file, settings));
    return {
      source: { file, format: "pdf", sha256: sha256(bytes), encoding: null, pages: pdf.numPages },
      lines: pagesToLines(pages, settings),
      pages,
      diagnostics,
    };
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

interface PageRead {
  content: PageContent;
  hasImages: boolean;
  /** characters of text that does not run left to right (vertical, slanted), not read */
  skippedChars: number;
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>["getPage"]>>;

/** One page: its glyph items placed upright and merged into runs, and its drawn rules. */
async function readPage(page: PdfPage, n: number, pdfjs: PdfJs, settings: PdfSettings): Promise<PageRead> {
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
  let skippedChars = 0;
  for (const it of textItems) {
    const m = multiply(it.transform as Matrix, vt);
    // horizontal, left-to-right text only; the rest is decoration (reported)
    if (Math.abs(m[1]) > 0.01 * Math.abs(m[0]) || m[0] <= 0) {
      skippedChars += [...it.str.trim()].length;
      continue;
    }
    // look-alike radicals (⼈⺠⼯: browser-printed PDFs) are the ideographs they stand for, for every later stage
    items.push({ text: foldLookalikes(it.str), x: m[4], baseline: m[5], width: it.width, fontSize: Math.hypot(m[2], m[3]) });
  }
  const ops = await page.getOperatorList();
  const OPS = pdfjs.OPS;
  const imageOps = new Set(IMAGE_OPS.map((name) => OPS[name]));
  const hasImages = ops.fnArray.some((f) => imageOps.has(f));
  const segments = operatorListSegments(ops.fnArray, ops.argsArray, OPS as unknown as PathOps, vt, { maxRuleThickness: settings.maxRuleThickness });
  const rules = segmentsToRules(segments, settings);
  return { content: { number: n, width: upright.width, height: upright.height, runs: mergeItems(items, settings, rules), rules }, hasImages, skippedChars };
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


/** Operators that paint an image (pdfjs groups and repeats small ones under their own operators). */
const IMAGE_OPS = [
  "paintImageXObject",
  "paintInlineImageXObject",
  "paintImageMaskXObject",
  "paintImageXObjectRepeat",
  "paintImageMaskXObjectRepeat",
  "paintImageMaskXObjectGroup",
  "paintInlineImageXObjectGroup",
  "paintSolidColorImageMask",
] as const;

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
