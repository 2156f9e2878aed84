/**
 * The PDFium engine (WebAssembly, see `pdfium-wasm.ts`): every character with
 * its origin, matrix, font size and advance; every path object's straight
 * segments with the object's matrix, its stroke width and whether it is
 * stroked or filled (clipping paths are not painted and are ignored); form
 * XObjects entered with their matrix. PDFium rebuilds a broken
 * cross-reference table itself; that is reported as a note.
 */
import { multiply, subpathSegments, apply, type Matrix, type Segment, type Subpath } from "./pdf-paths.js";
import { PdfEngineError, viewportTransform, type DrawnGlyphs, type EngineNote, type PdfEngine, type RenderedPage } from "./pdf-engine.js";
import { pdfium, type PdfiumExports } from "./pdfium-wasm.js";
import type { PdfSettings } from "../model/settings.js";
import { maxOf } from "../arrays.js";

/** FPDF_GetLastError codes. */
const ERR = { file: 2, format: 3, password: 4, security: 5, page: 6 } as const;
/** FPDFPageObj_GetType codes. */
const OBJ = { text: 1, path: 2, image: 3, shading: 4, form: 5 } as const;
/** FPDFPathSegment_GetType codes. */
const SEG = { lineTo: 0, bezierTo: 1, moveTo: 2 } as const;
/** FPDF_RenderPageBitmap flag: draw annotations (stamps, signatures) as a viewer shows them. */
const RENDER_ANNOTATIONS = 0x01;
/** Form XObjects nested deeper than this are not entered (a loop guard). */
const MAX_FORM_DEPTH = 12;

/**
 * PDFium computes in 32-bit floats: 50.6 in the file comes back as
 * 50.599998474. Seven significant digits (what a 32-bit float holds) give
 * back the decimal the file wrote, as pdf.js reads it, so that both engines
 * round a coordinate the same way.
 */
export function f32(v: number): number {
  if (v === 0 || !Number.isFinite(v)) return v;
  const scale = 10 ** (6 - Math.floor(Math.log10(Math.abs(v))));
  return Math.round(v * scale) / scale;
}

/** Scratch memory for out-parameters (doubles, floats, ints), read through views kept until the memory grows. */
class Scratch {
  readonly ptr: number;
  private buffer: ArrayBuffer | null = null;
  private d = new Float64Array(0);
  private f = new Float32Array(0);
  private i = new Int32Array(0);
  constructor(private readonly ex: PdfiumExports, bytes = 64) {
    this.ptr = ex.malloc!(bytes);
  }
  private views(): void {
    if (this.buffer === this.ex.memory.buffer) return;
    this.buffer = this.ex.memory.buffer;
    this.d = new Float64Array(this.buffer, this.ptr, 8);
    this.f = new Float32Array(this.buffer, this.ptr, 16);
    this.i = new Int32Array(this.buffer, this.ptr, 16);
  }
  /** a double out-parameter (PDFium computed it in floats: cleaned with `f32`) */
  f64(k: number): number {
    this.views();
    return f32(this.d[k]!);
  }
  f32(k: number): number {
    this.views();
    return f32(this.f[k]!);
  }
  i32(k: number): number {
    this.views();
    return this.i[k]!;
  }
  free(): void {
    this.ex.free!(this.ptr);
  }
}

/** A document open in PDFium, with its bytes kept in WebAssembly memory until closed. */
interface OpenDoc {
  ex: PdfiumExports;
  doc: number;
  close(): void;
}

async function openDocument(bytes: Uint8Array, password: string | undefined): Promise<OpenDoc> {
  const ex = await pdfium();
  const data = ex.malloc!(Math.max(1, bytes.length));
  new Uint8Array(ex.memory.buffer, data, bytes.length).set(bytes);
  let pw = 0;
  if (password !== undefined) {
    const encoded = new TextEncoder().encode(password);
    pw = ex.malloc!(encoded.length + 1);
    const view = new Uint8Array(ex.memory.buffer, pw, encoded.length + 1);
    view.set(encoded);
    view[encoded.length] = 0;
  }
  const doc = ex.FPDF_LoadMemDocument!(data, bytes.length, pw);
  if (pw) ex.free!(pw);
  if (!doc) {
    const code = ex.FPDF_GetLastError!();
    ex.free!(data);
    if (code === ERR.password) throw new PdfEngineError({ kind: password === undefined ? "password-needed" : "password-wrong" });
    const detail = code === ERR.security ? "unsupported security handler" : code === ERR.format ? "not a PDF or corrupted" : code === ERR.page ? "page not found or content error" : `PDFium error ${code}`;
    throw new PdfEngineError({ kind: "damaged", detail });
  }
  return {
    ex,
    doc,
    close() {
      ex.FPDF_CloseDocument!(doc);
      ex.free!(data);
    },
  };
}

/** The page's view box (crop box within the media box, as pdf.js takes it) and its rotation. */
function pageView(ex: PdfiumExports, page: number, s: Scratch): { view: [number, number, number, number]; rotation: number } {
  const box = (fn: string): [number, number, number, number] | null => {
    if (!ex[fn]!(page, s.ptr, s.ptr + 4, s.ptr + 8, s.ptr + 12)) return null;
    const [l, b, r, t] = [s.f32(0), s.f32(1), s.f32(2), s.f32(3)];
    return [Math.min(l, r), Math.min(b, t), Math.max(l, r), Math.max(b, t)];
  };
  const media = box("FPDFPage_GetMediaBox") ?? [0, 0, f32(ex.FPDF_GetPageWidthF!(page)), f32(ex.FPDF_GetPageHeightF!(page))];
  const crop = box("FPDFPage_GetCropBox");
  let view = media;
  if (crop) {
    const inter: [number, number, number, number] = [Math.max(crop[0], media[0]), Math.max(crop[1], media[1]), Math.min(crop[2], media[2]), Math.min(crop[3], media[3])];
    if (inter[2] > inter[0] && inter[3] > inter[1]) view = inter;
  }
  return { view, rotation: ex.FPDFPage_GetRotation!(page) * 90 };
}

const isSpace = (cp: number): boolean => cp === 0x20 || cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0xa0 || cp === 0x3000 || cp === 0;

/**
 * pdf.js' thresholds for joining glyphs into one text item (its
 * `getTextContent`), as fractions of the font size: a gap up to `tracking`
 * is letter spacing, up to `spaceInFlow` a space written as " ", wider (or a
 * step back past `negative`, or a step off the line by more than
 * `lineShift`) starts a new item. The
 * PDFium engine groups characters the same way, so that the shared run
 * merging (`pdf-text.ts`) gets the same pieces from both engines.
 */
export const ITEM_GAPS = { tracking: 0.102, spaceInFlow: 0.6, negative: -0.2, lineShift: 0.25 } as const;

/** A character as PDFium reports it, in page space. */
interface PdfiumChar {
  text: string;
  x: number;
  y: number;
  /** text matrix (font size not included) */
  m: Matrix;
  size: number;
  font: number;
  /** the font's advance for the character, in page units */
  advance: number;
  space: boolean;
}

function pageChars(ex: PdfiumExports, tp: number, s: Scratch): PdfiumChar[] {
  const n = ex.FPDFText_CountChars!(tp);
  /** a font's advance widths in its own unit (1/1000 em), by code point */
  const widths = new Map<number, Map<number, number>>();
  const chars: PdfiumChar[] = [];
  for (let k = 0; k < n; k++) {
    if (ex.FPDFText_IsGenerated!(tp, k) === 1) continue;
    const cp = ex.FPDFText_GetUnicode!(tp, k);
    ex.FPDFText_GetCharOrigin!(tp, k, s.ptr, s.ptr + 8);
    const x = s.f64(0);
    const y = s.f64(1);
    ex.FPDFText_GetMatrix!(tp, k, s.ptr);
    const m: Matrix = [s.f32(0), s.f32(1), s.f32(2), s.f32(3), s.f32(4), s.f32(5)];
    const size = f32(ex.FPDFText_GetFontSize!(tp, k));
    const obj = ex.FPDFText_GetTextObject!(tp, k);
    const font = obj ? ex.FPDFTextObj_GetFont!(obj) : 0;
    const scaleX = Math.hypot(m[0], m[1]) || 1;
    const text = cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : "\uFFFD";
    const prev = chars[chars.length - 1];
    // a ligature (ﬁ) or a glyph standing for several characters: PDFium gives each at the glyph's origin
    if (prev && !prev.space && prev.font === font && prev.x === x && prev.y === y && !isSpace(cp)) {
      prev.text += text;
      // the glyph's advance is not the first character's: take the drawn glyph's extent
      prev.advance = Math.max(prev.advance, boxAdvance(ex, tp, k, x, y, m[0] / scaleX, m[1] / scaleX, s));
      continue;
    }
    let unit = widths.get(font)?.get(cp);
    if (unit === undefined) {
      unit = fontAdvance(ex, font, cp, 1000, s);
      let perFont = widths.get(font);
      if (!perFont) widths.set(font, (perFont = new Map()));
      perFont.set(cp, unit);
    }
    let advance = ((unit * size) / 1000) * scaleX;
    if (!(advance > 0) && !isSpace(cp)) advance = boxAdvance(ex, tp, k, x, y, m[0] / scaleX, m[1] / scaleX, s);
    chars.push({ text, x, y, m, size, font, advance, space: isSpace(cp) });
  }
  return chars;
}

/**
 * Characters joined into text items the way pdf.js joins glyphs: in content
 * order, same font and size, on the same line, with pdf.js' gap thresholds
 * (`ITEM_GAPS`). A real space character only widens the gap.
 */
function pageGlyphs(ex: PdfiumExports, page: number, vt: Matrix, s: Scratch): DrawnGlyphs[] {
  const tp = ex.FPDFText_LoadPage!(page);
  if (!tp) return [];
  let chars: PdfiumChar[];
  try {
    chars = pageChars(ex, tp, s);
  } finally {
    ex.FPDFText_ClosePage!(tp);
  }
  const out: DrawnGlyphs[] = [];
  let cur: { first: PdfiumChar; text: string; endX: number; endY: number; ux: number; uy: number; em: number } | null = null;
  let spaceSeen = false;
  const flush = (): void => {
    if (!cur) return;
    const c = cur.first;
    const glyph: Matrix = [c.size * c.m[0], c.size * c.m[1], c.size * c.m[2], c.size * c.m[3], c.x, c.y];
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
          // the gap belongs to the item (and a space written for it), even when the glyph moved off the line
          if (space) cur.text += " ";
          cur.endX = c.x;
          cur.endY = c.y;
          joined = across <= ITEM_GAPS.lineShift;
          if (joined) cur.text += c.text;
        }
      }
    }
    if (!joined) {
      flush();
      const scaleX = Math.hypot(c.m[0], c.m[1]) || 1;
      cur = { first: c, text: c.text, endX: c.x, endY: c.y, ux: c.m[0] / scaleX, uy: c.m[1] / scaleX, em: c.size * (Math.hypot(c.m[2], c.m[3]) || 1) };
    }
    cur!.endX = c.x + c.advance * cur!.ux;
    cur!.endY = c.y + c.advance * cur!.uy;
    spaceSeen = false;
  }
  flush();
  return out;
}

/** The font's advance width for a character, in text space units scaled by the font size (0 when unknown). */
function fontAdvance(ex: PdfiumExports, font: number, cp: number, size: number, s: Scratch): number {
  // asked for at 1000 units (the font's own unit, a whole number) and scaled here in double precision, as pdf.js does
  if (!font || !ex.FPDFFont_GetGlyphWidth!(font, cp, 1000, s.ptr)) return 0;
  return (s.f32(0) * size) / 1000;
}

/** The extent of the character's drawn box along the text direction, from its origin. */
function boxAdvance(ex: PdfiumExports, tp: number, k: number, x: number, y: number, ux: number, uy: number, s: Scratch): number {
  if (!ex.FPDFText_GetCharBox!(tp, k, s.ptr, s.ptr + 8, s.ptr + 16, s.ptr + 24)) return 0;
  const [left, right, bottom, top] = [s.f64(0), s.f64(1), s.f64(2), s.f64(3)];
  const corners = [[left, bottom], [right, bottom], [right, top], [left, top]] as const;
  return Math.max(0, maxOf(corners.map(([px, py]) => (px - x) * ux + (py - y) * uy)));
}

/** Painted straight segments of a page (form XObjects entered), and whether it draws an image. */
function pagePaths(ex: PdfiumExports, page: number, vt: Matrix, s: Scratch, settings: PdfSettings): { segments: Segment[]; hasImages: boolean } {
  const segments: Segment[] = [];
  let hasImages = false;
  const visit = (obj: number, parent: Matrix, depth: number): void => {
    const type = ex.FPDFPageObj_GetType!(obj);
    if (type === OBJ.image) {
      hasImages = true;
      return;
    }
    if (type !== OBJ.path && type !== OBJ.form) return;
    if (!ex.FPDFPageObj_GetMatrix!(obj, s.ptr)) return;
    const own: Matrix = [s.f32(0), s.f32(1), s.f32(2), s.f32(3), s.f32(4), s.f32(5)];
    const m = multiply(own, parent);
    if (type === OBJ.form) {
      if (depth >= MAX_FORM_DEPTH) return;
      const count = ex.FPDFFormObj_CountObjects!(obj);
      for (let i = 0; i < count; i++) visit(ex.FPDFFormObj_GetObject!(obj, i), m, depth + 1);
      return;
    }
    if (!ex.FPDFPath_GetDrawMode!(obj, s.ptr, s.ptr + 4)) return;
    const fill = s.i32(0) !== 0;
    const stroke = s.i32(1) !== 0;
    if (!fill && !stroke) return; // a clipping path or an invisible one
    const kind = fill && stroke ? "both" : fill ? "fill" : "stroke";
    const lineWidth = ex.FPDFPageObj_GetStrokeWidth!(obj, s.ptr) ? s.f32(0) : 1;
    const dev = multiply(m, vt);
    const scale = Math.sqrt(Math.abs(dev[0] * dev[3] - dev[1] * dev[2])) || 1;
    for (const sp of pathSubpaths(ex, obj, s)) {
      const placed: Subpath = { ...sp, points: sp.points.map(([x, y]) => apply(dev, x, y)) };
      segments.push(...subpathSegments(placed, kind, lineWidth * scale, { maxRuleThickness: settings.maxRuleThickness }));
    }
  };
  const count = ex.FPDFPage_CountObjects!(page);
  for (let i = 0; i < count; i++) visit(ex.FPDFPage_GetObject!(page, i), [1, 0, 0, 1, 0, 0], 0);
  return { segments, hasImages };
}

/** A path object's subpaths in its own space (a Bézier's control points dropped, the curve marked). */
function pathSubpaths(ex: PdfiumExports, obj: number, s: Scratch): Subpath[] {
  const out: Subpath[] = [];
  let cur: Subpath | null = null;
  const n = ex.FPDFPath_CountSegments!(obj);
  let bezier = 0;
  for (let i = 0; i < n; i++) {
    const seg = ex.FPDFPath_GetPathSegment!(obj, i);
    if (!seg || !ex.FPDFPathSegment_GetPoint!(seg, s.ptr, s.ptr + 4)) continue;
    const p: [number, number] = [s.f32(0), s.f32(1)];
    const type = ex.FPDFPathSegment_GetType!(seg);
    if (type === SEG.moveTo || !cur) {
      cur = { points: [p], closed: false, curved: false };
      out.push(cur);
      bezier = 0;
    } else if (type === SEG.bezierTo) {
      cur.curved = true;
      // three points per curve: two control points, then the end point
      if (++bezier % 3 === 0) cur.points.push(p);
    } else {
      cur.points.push(p);
    }
    if (ex.FPDFPathSegment_GetClose!(seg) && cur) {
      cur.closed = true;
      cur = null;
    }
  }
  return out;
}

export const PDFIUM_ENGINE: PdfEngine = {
  name: "pdfium",

  async readPages(bytes, options, settings, onPage) {
    const open = await openDocument(bytes, options.password);
    const { ex, doc } = open;
    const s = new Scratch(ex);
    const notes: EngineNote[] = [];
    try {
      if (!ex.FPDF_DocumentHasValidCrossReferenceTable!(doc)) notes.push({ kind: "xref-repaired" });
      const count = ex.FPDF_GetPageCount!(doc);
      for (let i = 0; i < count; i++) {
        const page = ex.FPDF_LoadPage!(doc, i);
        if (!page) throw new PdfEngineError({ kind: "damaged", detail: "page cannot be loaded" }, i + 1);
        try {
          const { view, rotation } = pageView(ex, page, s);
          const { matrix: vt, width, height } = viewportTransform(view, rotation);
          const glyphs = pageGlyphs(ex, page, vt, s);
          const { segments, hasImages } = pagePaths(ex, page, vt, s, settings);
          onPage({ number: i + 1, width, height, glyphs, segments, hasImages });
        } finally {
          ex.FPDF_ClosePage!(page);
        }
      }
      return { pageCount: count, notes };
    } finally {
      s.free();
      open.close();
    }
  },

  async renderPages(bytes, pageNumbers, scale, options, onPage) {
    const open = await openDocument(bytes, options.password);
    const { ex, doc } = open;
    const failed: number[] = [];
    try {
      const count = ex.FPDF_GetPageCount!(doc);
      for (const n of pageNumbers) {
        if (n < 1 || n > count) continue;
        const page = ex.FPDF_LoadPage!(doc, n - 1);
        if (!page) {
          failed.push(n);
          continue;
        }
        let bitmap = 0;
        try {
          const width = ex.FPDF_GetPageWidthF!(page);
          const height = ex.FPDF_GetPageHeightF!(page);
          const pw = Math.max(1, Math.ceil(width * scale));
          const ph = Math.max(1, Math.ceil(height * scale));
          bitmap = ex.FPDFBitmap_Create!(pw, ph, 0);
          if (!bitmap) {
            failed.push(n);
            continue;
          }
          ex.FPDFBitmap_FillRect!(bitmap, 0, 0, pw, ph, 0xffffffff);
          ex.FPDF_RenderPageBitmap!(bitmap, page, 0, 0, pw, ph, 0, RENDER_ANNOTATIONS);
          const stride = ex.FPDFBitmap_GetStride!(bitmap);
          const buffer = ex.FPDFBitmap_GetBuffer!(bitmap);
          const bgrx = new Uint8Array(ex.memory.buffer, buffer, stride * ph);
          const rgba = new Uint8ClampedArray(pw * ph * 4);
          for (let y = 0; y < ph; y++) {
            for (let x = 0, src = y * stride, dst = y * pw * 4; x < pw; x++, src += 4, dst += 4) {
              rgba[dst] = bgrx[src + 2]!;
              rgba[dst + 1] = bgrx[src + 1]!;
              rgba[dst + 2] = bgrx[src]!;
              rgba[dst + 3] = 255;
            }
          }
          ex.FPDFBitmap_Destroy!(bitmap);
          bitmap = 0;
          const rendered: RenderedPage = { number: n, width, height, pixelWidth: pw, pixelHeight: ph, rgba };
          await onPage(rendered);
        } finally {
          if (bitmap) ex.FPDFBitmap_Destroy!(bitmap);
          ex.FPDF_ClosePage!(page);
        }
      }
    } finally {
      open.close();
    }
    return { failed };
  },
};
