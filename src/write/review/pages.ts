/**
 * Render PDF pages to images for the review page (pdfjs-dist legacy build in Node,
 * drawing on @napi-rs/canvas, the canvas package pdfjs-dist 5 itself uses in Node).
 * When either cannot be loaded the review page is still written, with page links
 * only and a note saying why there are no images.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export interface PageImage {
  /** 1-based page number */
  number: number;
  /** page size in PDF points (the unit of `source.bbox`) */
  width: number;
  height: number;
  /** the rendered page as a data: URI */
  dataUri: string;
}

export interface PageRenderResult {
  pages: PageImage[];
  /** why some or all pages have no image (Chinese, shown on the page); null when all rendered */
  problem: string | null;
}

/** Defaults for page images: legible text at a size that keeps long notices manageable. */
export const PAGE_IMAGE_DEFAULTS = {
  /** pixels per PDF point; 1.5 ≈ 108 dpi */
  scale: 1.5,
  /** JPEG quality 0–100; scans and text both stay legible at 80 */
  quality: 80,
  /** pages beyond this many are not rendered (the page links still work) */
  maxPages: 400,
} as const;

export interface PageRenderOptions {
  scale?: number;
  quality?: number;
  maxPages?: number;
}

interface CanvasModule {
  createCanvas(width: number, height: number): {
    getContext(kind: "2d"): { fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void };
    encode(format: "jpeg", quality: number): Promise<Buffer>;
  };
}

function pdfjsDir(): string {
  return dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
}

/** Render the given 1-based pages of a PDF (pages that do not exist are skipped). */
export async function renderPdfPages(bytes: Uint8Array, pageNumbers: readonly number[], options: PageRenderOptions = {}): Promise<PageRenderResult> {
  const scale = options.scale ?? PAGE_IMAGE_DEFAULTS.scale;
  const quality = options.quality ?? PAGE_IMAGE_DEFAULTS.quality;
  const maxPages = options.maxPages ?? PAGE_IMAGE_DEFAULTS.maxPages;

  let canvasModule: CanvasModule;
  let pdfjs: typeof import("pdfjs-dist/legacy/build/pdf.mjs");
  try {
    canvasModule = (await import("@napi-rs/canvas")) as unknown as CanvasModule;
    pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  } catch (err) {
    return { pages: [], problem: `未能加载绘制 PDF 页面所需的组件（${(err as Error).message}），页面图像没有生成；请按“第N页”链接对照原 PDF。` };
  }

  const dir = pdfjsDir();
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>["promise"]>;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes), // pdfjs takes ownership of the buffer it is given
      standardFontDataUrl: join(dir, "standard_fonts") + "/",
      cMapUrl: join(dir, "cmaps") + "/",
      cMapPacked: true,
      wasmUrl: join(dir, "wasm") + "/",
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch (err) {
    return { pages: [], problem: `无法打开 PDF 以绘制页面图像（${(err as Error).message}）；请按“第N页”链接对照原 PDF。` };
  }

  const wanted = [...new Set(pageNumbers)].filter((n) => n >= 1 && n <= doc.numPages).sort((a, b) => a - b);
  const pages: PageImage[] = [];
  const failed: number[] = [];
  try {
    for (const n of wanted.slice(0, maxPages)) {
      try {
        const page = await doc.getPage(n);
        const base = page.getViewport({ scale: 1 });
        const viewport = page.getViewport({ scale });
        const canvas = canvasModule.createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
        const context = canvas.getContext("2d");
        context.fillStyle = "#ffffff";
        context.fillRect(0, 0, Math.ceil(viewport.width), Math.ceil(viewport.height));
        await page.render({ canvasContext: context, canvas, viewport } as never).promise;
        const jpeg = await canvas.encode("jpeg", quality);
        pages.push({ number: n, width: base.width, height: base.height, dataUri: `data:image/jpeg;base64,${jpeg.toString("base64")}` });
        page.cleanup();
      } catch {
        failed.push(n);
      }
    }
  } finally {
    await doc.destroy();
  }
  const problems: string[] = [];
  if (wanted.length > maxPages) problems.push(`只绘制了前 ${maxPages} 页（共 ${wanted.length} 页有任务），其余页请对照原 PDF`);
  if (failed.length) problems.push(`第 ${failed.join("、")} 页绘制失败，请对照原 PDF`);
  return { pages, problem: problems.length ? problems.join("；") + "。" : null };
}
