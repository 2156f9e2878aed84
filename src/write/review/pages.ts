/**
 * Render PDF pages to images for the review page: drawn by the PDF engine
 * (`read/pdf-engine.ts`; PDFium by default), encoded as WebP by
 * @napi-rs/canvas (loaded only here). When either cannot be loaded the review
 * page is still written, with page links only and a note saying why there are
 * no images.
 */
import { loadEngine, type PdfEngineName } from "../../read/pdf-engine.js";

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

/**
 * Defaults for page images. A page is drawn in four shades of grey and
 * stored as lossless WebP: 10.5 pt CJK text stays sharp (checked on a
 * screenshot of the 21-page fixture, docs/performance.md) at 20–35 KB a page,
 * where lossy WebP or JPEG blur the strokes at twice the size. A page that
 * still comes out larger than `maxBytes` (a scan, a photo) is stored as lossy
 * colour WebP at `quality` instead, whichever is smaller.
 */
export const PAGE_IMAGE_DEFAULTS = {
  /** pixels per PDF point; 1.5 ≈ 108 dpi: a 10.5 pt character is 16 pixels tall */
  scale: 1.5,
  /**
   * the shades of grey of a page (black, white and two between, for the edges of strokes and for
   * shaded cells: a light fill such as 85 % grey stays visible as 192)
   */
  greys: [0, 96, 192, 255] as readonly number[],
  /** a page image larger than this (bytes) is tried as lossy WebP too */
  maxBytes: 60 * 1024,
  /** lossy WebP quality 0–100, for pages over `maxBytes` */
  quality: 60,
  /** pages beyond this many are not rendered (the page links still work) */
  maxPages: 400,
} as const;

/** RGBA pixels as the nearest of `greys` (by luma, Rec. 601), as a new array. */
export function toGreys(rgba: Uint8ClampedArray, greys: readonly number[]): Uint8ClampedArray {
  const nearest = new Uint8Array(256);
  for (let v = 0; v < 256; v++) nearest[v] = greys.reduce((a, b) => (Math.abs(b - v) < Math.abs(a - v) ? b : a));
  const out = new Uint8ClampedArray(rgba.length);
  for (let i = 0; i < rgba.length; i += 4) {
    const v = nearest[Math.round((rgba[i]! * 299 + rgba[i + 1]! * 587 + rgba[i + 2]! * 114) / 1000)]!;
    out[i] = out[i + 1] = out[i + 2] = v;
    out[i + 3] = 255;
  }
  return out;
}

export interface PageRenderOptions {
  scale?: number;
  /** lossy WebP quality, for pages that do not fit `PAGE_IMAGE_DEFAULTS.maxBytes` losslessly */
  quality?: number;
  maxPages?: number;
  /** the engine that draws the pages (default: the default PDF engine) */
  engine?: PdfEngineName;
  password?: string;
}

/** @napi-rs/canvas writes lossless WebP at quality 100 */
const LOSSLESS = 100;

interface CanvasModule {
  createCanvas(width: number, height: number): {
    getContext(kind: "2d"): { putImageData(data: unknown, x: number, y: number): void };
    encode(format: "webp", quality: number): Promise<Buffer>;
  };
  ImageData: new (data: Uint8ClampedArray, width: number, height: number) => unknown;
}

/** Render the given 1-based pages of a PDF (pages that do not exist are skipped). */
export async function renderPdfPages(bytes: Uint8Array, pageNumbers: readonly number[], options: PageRenderOptions = {}): Promise<PageRenderResult> {
  const scale = options.scale ?? PAGE_IMAGE_DEFAULTS.scale;
  const quality = options.quality ?? PAGE_IMAGE_DEFAULTS.quality;
  const maxPages = options.maxPages ?? PAGE_IMAGE_DEFAULTS.maxPages;

  let canvasModule: CanvasModule;
  let engine;
  try {
    canvasModule = (await import("@napi-rs/canvas")) as unknown as CanvasModule;
    engine = await loadEngine(options.engine);
  } catch (err) {
    return { pages: [], problem: `未能加载绘制 PDF 页面所需的组件（${(err as Error).message}），页面图像没有生成；请按“第N页”链接对照原 PDF。` };
  }

  const wanted = [...new Set(pageNumbers)].filter((n) => n >= 1).sort((a, b) => a - b);
  const pages: PageImage[] = [];
  let failed: number[];
  try {
    ({ failed } = await engine.renderPages(bytes, wanted.slice(0, maxPages), scale, options.password !== undefined ? { password: options.password } : {}, async (p) => {
      const encode = async (rgba: Uint8ClampedArray, q: number): Promise<Buffer> => {
        const canvas = canvasModule.createCanvas(p.pixelWidth, p.pixelHeight);
        canvas.getContext("2d").putImageData(new canvasModule.ImageData(rgba, p.pixelWidth, p.pixelHeight), 0, 0);
        return canvas.encode("webp", q);
      };
      let webp = await encode(toGreys(p.rgba, PAGE_IMAGE_DEFAULTS.greys), LOSSLESS);
      if (webp.length > PAGE_IMAGE_DEFAULTS.maxBytes) {
        const lossy = await encode(p.rgba, quality);
        if (lossy.length < webp.length) webp = lossy;
      }
      pages.push({ number: p.number, width: p.width, height: p.height, dataUri: `data:image/webp;base64,${webp.toString("base64")}` });
    }));
  } catch (err) {
    return { pages: [], problem: `无法打开 PDF 以绘制页面图像（${(err as Error).message}）；请按“第N页”链接对照原 PDF。` };
  }
  const problems: string[] = [];
  if (wanted.length > maxPages) problems.push(`只绘制了前 ${maxPages} 页（共 ${wanted.length} 页有任务），其余页请对照原 PDF`);
  if (failed.length) problems.push(`第 ${failed.join("、")} 页绘制失败，请对照原 PDF`);
  return { pages, problem: problems.length ? problems.join("；") + "。" : null };
}
