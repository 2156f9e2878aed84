import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// dist/read/pdf-engine.js
var PDF_ENGINES = ["pdfium", "pdfjs"];
var DEFAULT_PDF_ENGINE = "pdfium";
var PdfEngineError = class extends Error {
  failure;
  page;
  constructor(failure, page) {
    super(failure.kind === "damaged" ? failure.detail : failure.kind);
    this.failure = failure;
    this.page = page;
  }
};
async function loadEngine(name = DEFAULT_PDF_ENGINE) {
  if (name === "pdfjs")
    return (await import("./pdf-pdfjs-ZQYRRMBE.js")).PDFJS_ENGINE;
  return (await import("./pdf-pdfium-IVEAJ2DB.js")).PDFIUM_ENGINE;
}
function viewportTransform(view, rotation) {
  const [x0, y0, x1, y1] = view;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const r = (rotation % 360 + 360) % 360;
  const [a, b, c, d] = r === 90 ? [0, 1, 1, 0] : r === 180 ? [-1, 0, 0, 1] : r === 270 ? [0, -1, -1, 0] : [1, 0, 0, -1];
  const turned = a === 0;
  const offX = turned ? Math.abs(cy - y0) : Math.abs(cx - x0);
  const offY = turned ? Math.abs(cx - x0) : Math.abs(cy - y0);
  const width = turned ? y1 - y0 : x1 - x0;
  const height = turned ? x1 - x0 : y1 - y0;
  return { matrix: [a, b, c, d, offX - a * cx - c * cy, offY - b * cx - d * cy], width, height };
}

export {
  PDF_ENGINES,
  DEFAULT_PDF_ENGINE,
  PdfEngineError,
  loadEngine,
  viewportTransform
};
