/**
 * The pdf.js engine (pdfjs-dist 5, legacy build, no worker thread, no
 * network): `fenjie --engine pdfjs`. Every text item with its transform and
 * width, every painted segment of the operator list (`pdf-paths.ts`).
 */
import Module, { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { ReadOptions } from "./index.js";
import { multiply, operatorListSegments, type Matrix, type PathOps } from "./pdf-paths.js";
import { PdfEngineError, type DrawnGlyphs, type DrawnPage, type PdfEngine, type RenderedPage } from "./pdf-engine.js";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let pdfjsPromise: Promise<PdfJs> | null = null;

/** Stand-ins for the canvas classes pdf.js polyfills in Node; replaced by the real ones before a page is drawn (`installCanvasGlobals`). */
const CANVAS_GLOBALS = ["DOMMatrix", "ImageData", "Path2D"] as const;

/**
 * pdfjs' legacy build, with its worker module loaded in this thread (pdfjs
 * looks for `globalThis.pdfjsWorker` before importing it itself).
 *
 * - Both bundle core-js, which on Node 20 replaces `Array.prototype.push`,
 *   `JSON.parse` and `JSON.stringify` with JavaScript versions for edge cases
 *   pdfjs never meets; every push and JSON call in the process then runs 2–10×
 *   slower. The natives are put back once both modules are loaded.
 * - `pdf.mjs` `require`s `@napi-rs/canvas` (a 32 MB native library) when it is
 *   imported, only to polyfill `DOMMatrix`, `ImageData` and `Path2D` for
 *   drawing. Reading text never draws: during the import the package is
 *   answered with nothing and the three globals are placeholders, so the
 *   library is loaded only by the review page (`installCanvasGlobals`).
 *
 * Exported for the benchmark's pdfjs-only floor.
 */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    const natives = [
      [Array.prototype, "push"],
      [JSON, "parse"],
      [JSON, "stringify"],
    ].map(([owner, key]) => ({ owner: owner as object, key: key as string, d: Object.getOwnPropertyDescriptor(owner as object, key as string)! }));
    const g = globalThis as Record<string, unknown>;
    // pdf.mjs builds one DOMMatrix when it loads (a scale it sets before drawing a pattern): an identity will do
    g.DOMMatrix ??= class {
      a = 1;
      b = 0;
      c = 0;
      d = 1;
      e = 0;
      f = 0;
    };
    for (const name of ["ImageData", "Path2D"]) {
      g[name] ??= class {
        constructor() {
          throw new Error(`${name} is not available: @napi-rs/canvas was not loaded`);
        }
      };
    }
    const realCreateRequire = Module.createRequire;
    Module.createRequire = (path: string | URL) => {
      const req = realCreateRequire(path);
      const answer = ((id: string) => (id === "@napi-rs/canvas" ? {} : req(id))) as NodeJS.Require;
      return Object.assign(answer, req);
    };
    try {
      const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
      const gw = globalThis as { pdfjsWorker?: unknown };
      // @ts-expect-error the worker module ships no type declarations
      gw.pdfjsWorker ??= await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
      return pdfjs;
    } finally {
      Module.createRequire = realCreateRequire;
      for (const { owner, key, d } of natives) Object.defineProperty(owner, key, d);
    }
  })();
  return pdfjsPromise;
}

/** Put @napi-rs/canvas's DOMMatrix, ImageData and Path2D in place of the placeholders (drawing needs them). */
export function installCanvasGlobals(canvas: Record<string, unknown>): void {
  const g = globalThis as Record<string, unknown>;
  for (const name of CANVAS_GLOBALS) if (canvas[name]) g[name] = canvas[name];
}

/** The package's bundled CMaps and standard fonts, as directory paths (pdfjs reads them with fs in Node). */
function assetDirs(): { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string } {
  // wasmUrl: pdf.js' own WebAssembly decoders (JPEG 2000, colour profiles), also from the package
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve("pdfjs-dist/package.json"));
  return { cMapUrl: join(root, "cmaps") + "/", standardFontDataUrl: join(root, "standard_fonts") + "/", wasmUrl: join(root, "wasm") + "/" };
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
export function documentOptions(bytes: Uint8Array, options: Pick<ReadOptions, "password"> = {}) {
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
type PdfDoc = Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;
type PdfPage = Awaited<ReturnType<PdfDoc["getPage"]>>;

/** Options for drawing pages (fonts are loaded for real: glyphs are drawn). */
function renderOptions(bytes: Uint8Array, options: Pick<ReadOptions, "password">) {
  return {
    data: new Uint8Array(bytes),
    ...(options.password !== undefined ? { password: options.password } : {}),
    ...assetDirs(),
    cMapPacked: true,
    isEvalSupported: false,
    verbosity: 0,
  };
}

async function openDocument(pdfjs: PdfJs, bytes: Uint8Array, options: Pick<ReadOptions, "password">, forDrawing = false): Promise<PdfDoc> {
  const task = pdfjs.getDocument(forDrawing ? renderOptions(bytes, options) : documentOptions(bytes, options));
  try {
    return await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw openFailure(err, options);
  }
}

function openFailure(err: unknown, options: Pick<ReadOptions, "password">): PdfEngineError {
  const name = (err as { name?: string })?.name ?? "";
  const code = (err as { code?: number })?.code;
  if (name === "PasswordException") return new PdfEngineError({ kind: code === 2 || options.password !== undefined ? "password-wrong" : "password-needed" });
  return new PdfEngineError({ kind: "damaged", detail: err instanceof Error ? err.message : String(err) });
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

/** One page: its text items and painted segments on the displayed page. */
async function readPage(page: PdfPage, n: number, pdfjs: PdfJs, maxRuleThickness: number): Promise<DrawnPage> {
  const viewport = page.getViewport({ scale: 1 });
  const vt = viewport.transform as Matrix;
  const content = await page.getTextContent();
  const glyphs: DrawnGlyphs[] = (content.items as unknown as Array<Partial<PdfTextItem>>)
    .filter((it): it is PdfTextItem => typeof it.str === "string" && it.str.trim() !== "")
    .map((it) => ({ text: it.str, m: multiply(it.transform as Matrix, vt), width: it.width }));
  const ops = await page.getOperatorList();
  const OPS = pdfjs.OPS;
  const imageOps = new Set(IMAGE_OPS.map((name) => OPS[name]));
  const hasImages = ops.fnArray.some((f) => imageOps.has(f));
  const segments = operatorListSegments(ops.fnArray, ops.argsArray, OPS as unknown as PathOps, vt, { maxRuleThickness });
  return { number: n, width: viewport.width, height: viewport.height, glyphs, segments, hasImages };
}

/**
 * pdf.js inflates with Node's `DecompressionStream` where it exists: a stream
 * per compressed object, costly for the many small objects of a
 * browser-printed PDF. Measured in one process, A/B, 5 rounds
 * (docs/performance.md): its own JavaScript inflate takes 20 % less CPU on a
 * Chromium-printed notice and 7 % less on a WPS one, with the same output.
 * While fenjie reads a document, `DecompressionStream` is hidden from pdf.js
 * (it falls back to JavaScript when creating one fails).
 */
export const PDFJS_INFLATE_IN_JS = true;

async function withoutDecompressionStream<T>(read: () => Promise<T>): Promise<T> {
  const g = globalThis as Record<string, unknown>;
  const saved = Object.getOwnPropertyDescriptor(g, "DecompressionStream");
  if (!PDFJS_INFLATE_IN_JS || !saved) return read();
  delete g.DecompressionStream;
  try {
    return await read();
  } finally {
    Object.defineProperty(g, "DecompressionStream", saved);
  }
}

interface CanvasModule {
  createCanvas(width: number, height: number): {
    getContext(kind: "2d"): { fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void; getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
  };
}

export const PDFJS_ENGINE: PdfEngine = {
  name: "pdfjs",

  async readPages(bytes, options, settings, onPage) {
    const pdfjs = await loadPdfJs();
    return withoutDecompressionStream(async () => {
      const pdf = await openDocument(pdfjs, bytes, options);
      try {
        for (let n = 1; n <= pdf.numPages; n++) {
          let drawn: DrawnPage;
          try {
            const page = await pdf.getPage(n);
            drawn = await readPage(page, n, pdfjs, settings.maxRuleThickness);
            page.cleanup();
          } catch (err) {
            throw new PdfEngineError({ kind: "damaged", detail: err instanceof Error ? err.message : String(err) }, n);
          }
          onPage(drawn);
        }
        return { pageCount: pdf.numPages, notes: [] };
      } finally {
        await pdf.destroy().catch(() => undefined);
      }
    });
  },

  async renderPages(bytes, pageNumbers, scale, options, onPage) {
    const canvasModule = (await import("@napi-rs/canvas")) as unknown as CanvasModule & Record<string, unknown>;
    installCanvasGlobals(canvasModule);
    const pdfjs = await loadPdfJs();
    const pdf = await openDocument(pdfjs, bytes, options, true);
    const failed: number[] = [];
    try {
      for (const n of pageNumbers) {
        if (n < 1 || n > pdf.numPages) continue;
        let rendered: RenderedPage;
        try {
          const page = await pdf.getPage(n);
          const base = page.getViewport({ scale: 1 });
          const viewport = page.getViewport({ scale });
          const pw = Math.ceil(viewport.width);
          const ph = Math.ceil(viewport.height);
          const canvas = canvasModule.createCanvas(pw, ph);
          const context = canvas.getContext("2d");
          context.fillStyle = "#ffffff";
          context.fillRect(0, 0, pw, ph);
          await page.render({ canvasContext: context, canvas, viewport } as never).promise;
          rendered = { number: n, width: base.width, height: base.height, pixelWidth: pw, pixelHeight: ph, rgba: context.getImageData(0, 0, pw, ph).data };
          page.cleanup();
        } catch {
          failed.push(n);
          continue;
        }
        await onPage(rendered);
      }
    } finally {
      await pdf.destroy().catch(() => undefined);
    }
    return { failed };
  },
};
