import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  multiply,
  operatorListSegments
} from "./chunk-EUSVCI5E.js";
import {
  PdfEngineError
} from "./chunk-LOVVDQJC.js";

// dist/read/pdf-pdfjs.js
import Module, { createRequire } from "node:module";
import { dirname, join } from "node:path";
var pdfjsPromise = null;
var CANVAS_GLOBALS = ["DOMMatrix", "ImageData", "Path2D"];
function loadPdfJs() {
  pdfjsPromise ??= (async () => {
    const natives = [
      [Array.prototype, "push"],
      [JSON, "parse"],
      [JSON, "stringify"]
    ].map(([owner, key]) => ({ owner, key, d: Object.getOwnPropertyDescriptor(owner, key) }));
    const g = globalThis;
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
    Module.createRequire = (path) => {
      const req = realCreateRequire(path);
      const answer = ((id) => id === "@napi-rs/canvas" ? {} : req(id));
      return Object.assign(answer, req);
    };
    try {
      const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
      const gw = globalThis;
      gw.pdfjsWorker ??= await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
      return pdfjs;
    } finally {
      Module.createRequire = realCreateRequire;
      for (const { owner, key, d } of natives)
        Object.defineProperty(owner, key, d);
    }
  })();
  return pdfjsPromise;
}
function installCanvasGlobals(canvas) {
  const g = globalThis;
  for (const name of CANVAS_GLOBALS)
    if (canvas[name])
      g[name] = canvas[name];
}
function assetDirs() {
  const require2 = createRequire(import.meta.url);
  const root = dirname(require2.resolve("pdfjs-dist/package.json"));
  return { cMapUrl: join(root, "cmaps") + "/", standardFontDataUrl: join(root, "standard_fonts") + "/", wasmUrl: join(root, "wasm") + "/" };
}
var FONT_SINK = {
  createElement: () => ({ sheet: { cssRules: [], insertRule: () => 0 }, remove: () => void 0 }),
  documentElement: { getElementsByTagName: () => [{ append: () => void 0 }] }
};
var PDFJS_SAFETY = {
  isEvalSupported: false,
  useSystemFonts: false,
  enableXfa: false,
  disableAutoFetch: true,
  disableStream: true
};
function documentOptions(bytes, options = {}) {
  return {
    data: new Uint8Array(bytes),
    // pdfjs takes ownership of (detaches) the buffer it gets
    ...options.password !== void 0 ? { password: options.password } : {},
    ...assetDirs(),
    cMapPacked: true,
    ...PDFJS_SAFETY,
    disableFontFace: false,
    ownerDocument: FONT_SINK,
    stopAtErrors: false,
    verbosity: 0
  };
}
function renderOptions(bytes, options) {
  return {
    data: new Uint8Array(bytes),
    ...options.password !== void 0 ? { password: options.password } : {},
    ...assetDirs(),
    cMapPacked: true,
    isEvalSupported: false,
    verbosity: 0
  };
}
async function openDocument(pdfjs, bytes, options, forDrawing = false) {
  const task = pdfjs.getDocument(forDrawing ? renderOptions(bytes, options) : documentOptions(bytes, options));
  try {
    return await task.promise;
  } catch (err) {
    await task.destroy().catch(() => void 0);
    throw openFailure(err, options);
  }
}
function openFailure(err, options) {
  const name = err?.name ?? "";
  const code = err?.code;
  if (name === "PasswordException")
    return new PdfEngineError({ kind: code === 2 || options.password !== void 0 ? "password-wrong" : "password-needed" });
  return new PdfEngineError({ kind: "damaged", detail: err instanceof Error ? err.message : String(err) });
}
async function readPage(page, n, pdfjs, maxRuleThickness) {
  const viewport = page.getViewport({ scale: 1 });
  const vt = viewport.transform;
  const content = await page.getTextContent();
  const glyphs = content.items.filter((it) => typeof it.str === "string" && it.str.trim() !== "").map((it) => ({ text: it.str, m: multiply(it.transform, vt), width: it.width }));
  const ops = await page.getOperatorList();
  const OPS = pdfjs.OPS;
  const hasImages = ops.fnArray.some((f) => f === OPS.paintImageXObject || f === OPS.paintInlineImageXObject || f === OPS.paintImageMaskXObject);
  const segments = operatorListSegments(ops.fnArray, ops.argsArray, OPS, vt, { maxRuleThickness });
  return { number: n, width: viewport.width, height: viewport.height, glyphs, segments, hasImages };
}
var PDFJS_ENGINE = {
  name: "pdfjs",
  async readPages(bytes, options, settings) {
    const pdfjs = await loadPdfJs();
    const pdf = await openDocument(pdfjs, bytes, options);
    try {
      const pages = [];
      for (let n = 1; n <= pdf.numPages; n++) {
        try {
          const page = await pdf.getPage(n);
          pages.push(await readPage(page, n, pdfjs, settings.maxRuleThickness));
          page.cleanup();
        } catch (err) {
          throw new PdfEngineError({ kind: "damaged", detail: err instanceof Error ? err.message : String(err) }, n);
        }
      }
      return { pages, notes: [] };
    } finally {
      await pdf.destroy().catch(() => void 0);
    }
  },
  async renderPages(bytes, pageNumbers, scale, options, onPage) {
    const canvasModule = await import("@napi-rs/canvas");
    installCanvasGlobals(canvasModule);
    const pdfjs = await loadPdfJs();
    const pdf = await openDocument(pdfjs, bytes, options, true);
    const failed = [];
    try {
      for (const n of pageNumbers) {
        if (n < 1 || n > pdf.numPages)
          continue;
        let rendered;
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
          await page.render({ canvasContext: context, canvas, viewport }).promise;
          rendered = { number: n, width: base.width, height: base.height, pixelWidth: pw, pixelHeight: ph, rgba: context.getImageData(0, 0, pw, ph).data };
          page.cleanup();
        } catch {
          failed.push(n);
          continue;
        }
        await onPage(rendered);
      }
    } finally {
      await pdf.destroy().catch(() => void 0);
    }
    return { failed };
  }
};

export {
  loadPdfJs,
  installCanvasGlobals,
  PDFJS_SAFETY,
  documentOptions,
  PDFJS_ENGINE
};
