import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  pdfium
} from "./chunk-4BYTZUOV.js";
import {
  apply,
  multiply,
  subpathSegments
} from "./chunk-EUSVCI5E.js";
import {
  PdfEngineError,
  viewportTransform
} from "./chunk-LOVVDQJC.js";
import "./chunk-V4RWK56N.js";

// dist/read/pdf-pdfium.js
var ERR = { file: 2, format: 3, password: 4, security: 5, page: 6 };
var OBJ = { text: 1, path: 2, image: 3, shading: 4, form: 5 };
var SEG = { lineTo: 0, bezierTo: 1, moveTo: 2 };
var RENDER_ANNOTATIONS = 1;
var MAX_FORM_DEPTH = 12;
var f32 = (v) => Number.isFinite(v) ? Number(v.toPrecision(7)) : v;
var Scratch = class {
  ex;
  ptr;
  constructor(ex, bytes = 64) {
    this.ex = ex;
    this.ptr = ex.malloc(bytes);
  }
  /** a double out-parameter (PDFium computed it in floats: cleaned with `f32`) */
  f64(i) {
    return f32(new Float64Array(this.ex.memory.buffer, this.ptr, 8)[i]);
  }
  f32(i) {
    return f32(new Float32Array(this.ex.memory.buffer, this.ptr, 16)[i]);
  }
  i32(i) {
    return new Int32Array(this.ex.memory.buffer, this.ptr, 16)[i];
  }
  free() {
    this.ex.free(this.ptr);
  }
};
async function openDocument(bytes, password) {
  const ex = await pdfium();
  const data = ex.malloc(Math.max(1, bytes.length));
  new Uint8Array(ex.memory.buffer, data, bytes.length).set(bytes);
  let pw = 0;
  if (password !== void 0) {
    const encoded = new TextEncoder().encode(password);
    pw = ex.malloc(encoded.length + 1);
    const view = new Uint8Array(ex.memory.buffer, pw, encoded.length + 1);
    view.set(encoded);
    view[encoded.length] = 0;
  }
  const doc = ex.FPDF_LoadMemDocument(data, bytes.length, pw);
  if (pw)
    ex.free(pw);
  if (!doc) {
    const code = ex.FPDF_GetLastError();
    ex.free(data);
    if (code === ERR.password)
      throw new PdfEngineError({ kind: password === void 0 ? "password-needed" : "password-wrong" });
    const detail = code === ERR.security ? "unsupported security handler" : code === ERR.format ? "not a PDF or corrupted" : code === ERR.page ? "page not found or content error" : `PDFium error ${code}`;
    throw new PdfEngineError({ kind: "damaged", detail });
  }
  return {
    ex,
    doc,
    close() {
      ex.FPDF_CloseDocument(doc);
      ex.free(data);
    }
  };
}
function pageView(ex, page, s) {
  const box = (fn) => {
    if (!ex[fn](page, s.ptr, s.ptr + 4, s.ptr + 8, s.ptr + 12))
      return null;
    const [l, b, r, t] = [s.f32(0), s.f32(1), s.f32(2), s.f32(3)];
    return [Math.min(l, r), Math.min(b, t), Math.max(l, r), Math.max(b, t)];
  };
  const media = box("FPDFPage_GetMediaBox") ?? [0, 0, f32(ex.FPDF_GetPageWidthF(page)), f32(ex.FPDF_GetPageHeightF(page))];
  const crop = box("FPDFPage_GetCropBox");
  let view = media;
  if (crop) {
    const inter = [Math.max(crop[0], media[0]), Math.max(crop[1], media[1]), Math.min(crop[2], media[2]), Math.min(crop[3], media[3])];
    if (inter[2] > inter[0] && inter[3] > inter[1])
      view = inter;
  }
  return { view, rotation: ex.FPDFPage_GetRotation(page) * 90 };
}
var isSpace = (cp) => cp === 32 || cp === 9 || cp === 10 || cp === 13 || cp === 160 || cp === 12288 || cp === 0;
var ITEM_GAPS = { tracking: 0.102, spaceInFlow: 0.6, negative: -0.2, lineShift: 0.25 };
function pageChars(ex, tp, s) {
  const n = ex.FPDFText_CountChars(tp);
  const chars = [];
  for (let k = 0; k < n; k++) {
    if (ex.FPDFText_IsGenerated(tp, k) === 1)
      continue;
    const cp = ex.FPDFText_GetUnicode(tp, k);
    ex.FPDFText_GetCharOrigin(tp, k, s.ptr, s.ptr + 8);
    const x = s.f64(0);
    const y = s.f64(1);
    ex.FPDFText_GetMatrix(tp, k, s.ptr);
    const m = [s.f32(0), s.f32(1), s.f32(2), s.f32(3), s.f32(4), s.f32(5)];
    const size = f32(ex.FPDFText_GetFontSize(tp, k));
    const obj = ex.FPDFText_GetTextObject(tp, k);
    const font = obj ? ex.FPDFTextObj_GetFont(obj) : 0;
    const scaleX = Math.hypot(m[0], m[1]) || 1;
    const text = cp > 0 && cp <= 1114111 ? String.fromCodePoint(cp) : "\uFFFD";
    const prev = chars[chars.length - 1];
    if (prev && !prev.space && prev.font === font && prev.x === x && prev.y === y && !isSpace(cp)) {
      prev.text += text;
      prev.advance = Math.max(prev.advance, boxAdvance(ex, tp, k, x, y, m[0] / scaleX, m[1] / scaleX, s));
      continue;
    }
    let advance = fontAdvance(ex, font, cp, size, s) * scaleX;
    if (!(advance > 0) && !isSpace(cp))
      advance = boxAdvance(ex, tp, k, x, y, m[0] / scaleX, m[1] / scaleX, s);
    chars.push({ text, x, y, m, size, font, advance, space: isSpace(cp) });
  }
  return chars;
}
function pageGlyphs(ex, page, vt, s) {
  const tp = ex.FPDFText_LoadPage(page);
  if (!tp)
    return [];
  let chars;
  try {
    chars = pageChars(ex, tp, s);
  } finally {
    ex.FPDFText_ClosePage(tp);
  }
  const out = [];
  let cur = null;
  let spaceSeen = false;
  const flush = () => {
    if (!cur)
      return;
    const c = cur.first;
    const glyph = [c.size * c.m[0], c.size * c.m[1], c.size * c.m[2], c.size * c.m[3], c.x, c.y];
    const width = (cur.endX - c.x) * cur.ux + (cur.endY - c.y) * cur.uy;
    out.push({ text: cur.text, m: multiply(glyph, vt), width });
    cur = null;
  };
  for (const c of chars) {
    if (c.space) {
      spaceSeen = cur !== null;
      continue;
    }
    let joined = false;
    if (cur && cur.first.font === c.font && cur.first.size === c.size) {
      const dx = c.x - cur.endX;
      const dy = c.y - cur.endY;
      const along = (dx * cur.ux + dy * cur.uy) / cur.em;
      const across = Math.abs(-dx * cur.uy + dy * cur.ux) / cur.em;
      if (along >= ITEM_GAPS.negative && across <= 1) {
        const letterSpacing = along <= ITEM_GAPS.tracking && !spaceSeen;
        const space = along > ITEM_GAPS.tracking && along <= ITEM_GAPS.spaceInFlow;
        if (letterSpacing || space) {
          if (space)
            cur.text += " ";
          cur.endX = c.x;
          cur.endY = c.y;
          joined = across <= ITEM_GAPS.lineShift;
          if (joined)
            cur.text += c.text;
        }
      }
    }
    if (!joined) {
      flush();
      const scaleX = Math.hypot(c.m[0], c.m[1]) || 1;
      cur = { first: c, text: c.text, endX: c.x, endY: c.y, ux: c.m[0] / scaleX, uy: c.m[1] / scaleX, em: c.size * (Math.hypot(c.m[2], c.m[3]) || 1) };
    }
    cur.endX = c.x + c.advance * cur.ux;
    cur.endY = c.y + c.advance * cur.uy;
    spaceSeen = false;
  }
  flush();
  return out;
}
function fontAdvance(ex, font, cp, size, s) {
  if (!font || !ex.FPDFFont_GetGlyphWidth(font, cp, 1e3, s.ptr))
    return 0;
  return s.f32(0) * size / 1e3;
}
function boxAdvance(ex, tp, k, x, y, ux, uy, s) {
  if (!ex.FPDFText_GetCharBox(tp, k, s.ptr, s.ptr + 8, s.ptr + 16, s.ptr + 24))
    return 0;
  const [left, right, bottom, top] = [s.f64(0), s.f64(1), s.f64(2), s.f64(3)];
  const corners = [[left, bottom], [right, bottom], [right, top], [left, top]];
  return Math.max(0, ...corners.map(([px, py]) => (px - x) * ux + (py - y) * uy));
}
function pagePaths(ex, page, vt, s, settings) {
  const segments = [];
  let hasImages = false;
  const visit = (obj, parent, depth) => {
    const type = ex.FPDFPageObj_GetType(obj);
    if (type === OBJ.image) {
      hasImages = true;
      return;
    }
    if (type !== OBJ.path && type !== OBJ.form)
      return;
    if (!ex.FPDFPageObj_GetMatrix(obj, s.ptr))
      return;
    const own = [s.f32(0), s.f32(1), s.f32(2), s.f32(3), s.f32(4), s.f32(5)];
    const m = multiply(own, parent);
    if (type === OBJ.form) {
      if (depth >= MAX_FORM_DEPTH)
        return;
      const count2 = ex.FPDFFormObj_CountObjects(obj);
      for (let i = 0; i < count2; i++)
        visit(ex.FPDFFormObj_GetObject(obj, i), m, depth + 1);
      return;
    }
    if (!ex.FPDFPath_GetDrawMode(obj, s.ptr, s.ptr + 4))
      return;
    const fill = s.i32(0) !== 0;
    const stroke = s.i32(1) !== 0;
    if (!fill && !stroke)
      return;
    const kind = fill && stroke ? "both" : fill ? "fill" : "stroke";
    const lineWidth = ex.FPDFPageObj_GetStrokeWidth(obj, s.ptr) ? s.f32(0) : 1;
    const dev = multiply(m, vt);
    const scale = Math.sqrt(Math.abs(dev[0] * dev[3] - dev[1] * dev[2])) || 1;
    for (const sp of pathSubpaths(ex, obj, s)) {
      const placed = { ...sp, points: sp.points.map(([x, y]) => apply(dev, x, y)) };
      segments.push(...subpathSegments(placed, kind, lineWidth * scale, { maxRuleThickness: settings.maxRuleThickness }));
    }
  };
  const count = ex.FPDFPage_CountObjects(page);
  for (let i = 0; i < count; i++)
    visit(ex.FPDFPage_GetObject(page, i), [1, 0, 0, 1, 0, 0], 0);
  return { segments, hasImages };
}
function pathSubpaths(ex, obj, s) {
  const out = [];
  let cur = null;
  const n = ex.FPDFPath_CountSegments(obj);
  let bezier = 0;
  for (let i = 0; i < n; i++) {
    const seg = ex.FPDFPath_GetPathSegment(obj, i);
    if (!seg || !ex.FPDFPathSegment_GetPoint(seg, s.ptr, s.ptr + 4))
      continue;
    const p = [s.f32(0), s.f32(1)];
    const type = ex.FPDFPathSegment_GetType(seg);
    if (type === SEG.moveTo || !cur) {
      cur = { points: [p], closed: false, curved: false };
      out.push(cur);
      bezier = 0;
    } else if (type === SEG.bezierTo) {
      cur.curved = true;
      if (++bezier % 3 === 0)
        cur.points.push(p);
    } else {
      cur.points.push(p);
    }
    if (ex.FPDFPathSegment_GetClose(seg) && cur) {
      cur.closed = true;
      cur = null;
    }
  }
  return out;
}
var PDFIUM_ENGINE = {
  name: "pdfium",
  async readPages(bytes, options, settings) {
    const open = await openDocument(bytes, options.password);
    const { ex, doc } = open;
    const s = new Scratch(ex);
    const notes = [];
    try {
      if (!ex.FPDF_DocumentHasValidCrossReferenceTable(doc))
        notes.push({ kind: "xref-repaired" });
      const count = ex.FPDF_GetPageCount(doc);
      const pages = [];
      for (let i = 0; i < count; i++) {
        const page = ex.FPDF_LoadPage(doc, i);
        if (!page)
          throw new PdfEngineError({ kind: "damaged", detail: "page cannot be loaded" }, i + 1);
        try {
          const { view, rotation } = pageView(ex, page, s);
          const { matrix: vt, width, height } = viewportTransform(view, rotation);
          const glyphs = pageGlyphs(ex, page, vt, s);
          const { segments, hasImages } = pagePaths(ex, page, vt, s, settings);
          pages.push({ number: i + 1, width, height, glyphs, segments, hasImages });
        } finally {
          ex.FPDF_ClosePage(page);
        }
      }
      return { pages, notes };
    } finally {
      s.free();
      open.close();
    }
  },
  async renderPages(bytes, pageNumbers, scale, options, onPage) {
    const open = await openDocument(bytes, options.password);
    const { ex, doc } = open;
    const failed = [];
    try {
      const count = ex.FPDF_GetPageCount(doc);
      for (const n of pageNumbers) {
        if (n < 1 || n > count)
          continue;
        const page = ex.FPDF_LoadPage(doc, n - 1);
        if (!page) {
          failed.push(n);
          continue;
        }
        let bitmap = 0;
        try {
          const width = ex.FPDF_GetPageWidthF(page);
          const height = ex.FPDF_GetPageHeightF(page);
          const pw = Math.max(1, Math.ceil(width * scale));
          const ph = Math.max(1, Math.ceil(height * scale));
          bitmap = ex.FPDFBitmap_Create(pw, ph, 0);
          if (!bitmap) {
            failed.push(n);
            continue;
          }
          ex.FPDFBitmap_FillRect(bitmap, 0, 0, pw, ph, 4294967295);
          ex.FPDF_RenderPageBitmap(bitmap, page, 0, 0, pw, ph, 0, RENDER_ANNOTATIONS);
          const stride = ex.FPDFBitmap_GetStride(bitmap);
          const buffer = ex.FPDFBitmap_GetBuffer(bitmap);
          const bgrx = new Uint8Array(ex.memory.buffer, buffer, stride * ph);
          const rgba = new Uint8ClampedArray(pw * ph * 4);
          for (let y = 0; y < ph; y++) {
            for (let x = 0, src = y * stride, dst = y * pw * 4; x < pw; x++, src += 4, dst += 4) {
              rgba[dst] = bgrx[src + 2];
              rgba[dst + 1] = bgrx[src + 1];
              rgba[dst + 2] = bgrx[src];
              rgba[dst + 3] = 255;
            }
          }
          ex.FPDFBitmap_Destroy(bitmap);
          bitmap = 0;
          const rendered = { number: n, width, height, pixelWidth: pw, pixelHeight: ph, rgba };
          await onPage(rendered);
        } finally {
          if (bitmap)
            ex.FPDFBitmap_Destroy(bitmap);
          ex.FPDF_ClosePage(page);
        }
      }
    } finally {
      open.close();
    }
    return { failed };
  }
};
export {
  ITEM_GAPS,
  PDFIUM_ENGINE,
  f32
};
