/**
 * The one interface between fenjie and a PDF engine. An engine turns the
 * bytes of a PDF (and a password) into what was drawn on each page, in the
 * page's display space (points, origin at the top-left, the page's /Rotate
 * applied): every glyph with its text matrix and advance, every painted
 * straight segment, whether images were drawn. Everything above it — runs,
 * rules, lines, layouts — is shared code (`pdf.ts`, `pdf-text.ts`) and so is
 * engine-blind. It also renders pages to pixels for the review page.
 *
 * Engines are loaded only when a PDF is read (`loadEngine`), so a text input
 * never pays for either.
 */
import type { Matrix, Segment } from "./pdf-paths.js";
import type { ReadOptions } from "./index.js";
import type { PdfSettings } from "../model/settings.js";

/** The engines fenjie can read PDFs with. */
export const PDF_ENGINES = ["pdfium", "pdfjs"] as const;
export type PdfEngineName = (typeof PDF_ENGINES)[number];

/**
 * The engine used when none is asked for: PDFium (WebAssembly), chosen by
 * measurement (docs/performance.md): the same records as pdf.js on every PDF
 * golden, at about a third of the CPU time and less memory.
 */
export const DEFAULT_PDF_ENGINE: PdfEngineName = "pdfium";

/** A glyph (or a string of glyphs) as drawn: text space → display space, font size included. */
export interface DrawnGlyphs {
  text: string;
  /** matrix of the text's origin on the displayed page; |(m[2], m[3])| is the font size */
  m: Matrix;
  /** advance along the text direction, in points */
  width: number;
}

/** One page as the engine saw it. */
export interface DrawnPage {
  number: number;
  /** displayed size in points (rotation applied) */
  width: number;
  height: number;
  glyphs: DrawnGlyphs[];
  /** painted straight segments in display space (stroke width or filled-rectangle thickness) */
  segments: Segment[];
  hasImages: boolean;
}

/** How opening a document failed, in terms every engine can say. */
export type OpenFailure = { kind: "password-needed" } | { kind: "password-wrong" } | { kind: "damaged"; detail: string };

/** Thrown by an engine when a document cannot be opened or a page cannot be read. */
export class PdfEngineError extends Error {
  constructor(
    readonly failure: OpenFailure,
    /** 1-based page that could not be read; absent when the document itself could not be opened */
    readonly page?: number,
  ) {
    super(failure.kind === "damaged" ? failure.detail : failure.kind);
  }
}

/** A page rendered for the review page: RGBA pixels, and its size in points. */
export interface RenderedPage {
  number: number;
  width: number;
  height: number;
  pixelWidth: number;
  pixelHeight: number;
  /** RGBA, row after row, `pixelWidth × 4` bytes each */
  rgba: Uint8ClampedArray;
}

export interface PdfEngine {
  readonly name: PdfEngineName;
  /**
   * Every page of the document, in order, handed to `onPage` as soon as it is read (so that a
   * long document's glyphs are not all held at once); throws PdfEngineError.
   */
  readPages(bytes: Uint8Array, options: Pick<ReadOptions, "password">, settings: PdfSettings, onPage: (page: DrawnPage) => void): Promise<{ pageCount: number; notes: EngineNote[] }>;
  /** The given 1-based pages at `scale` pixels per point (pages that do not exist are skipped); `onPage` per page, so only one bitmap is alive at a time. */
  renderPages(bytes: Uint8Array, pageNumbers: readonly number[], scale: number, options: Pick<ReadOptions, "password">, onPage: (page: RenderedPage) => Promise<void>): Promise<{ failed: number[] }>;
}

/** What an engine noticed while opening the document (e.g. it rebuilt a broken cross-reference table). */
export type EngineNote = { kind: "xref-repaired" };

/** The engine of the given name (default: DEFAULT_PDF_ENGINE), loaded on first use. */
export async function loadEngine(name: PdfEngineName = DEFAULT_PDF_ENGINE): Promise<PdfEngine> {
  if (name === "pdfjs") return (await import("./pdf-pdfjs.js")).PDFJS_ENGINE;
  return (await import("./pdf-pdfium.js")).PDFIUM_ENGINE;
}

export function isPdfEngineName(s: string): s is PdfEngineName {
  return (PDF_ENGINES as readonly string[]).includes(s);
}

/**
 * The transform from PDF user space to the displayed page (pdf.js's
 * `PageViewport` at scale 1): y flipped, the page's rotation applied, the
 * view box's corner at the origin. `view` is [x0, y0, x1, y1].
 */
export function viewportTransform(view: readonly [number, number, number, number], rotation: number): { matrix: Matrix; width: number; height: number } {
  const [x0, y0, x1, y1] = view;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const r = ((rotation % 360) + 360) % 360;
  const [a, b, c, d] = r === 90 ? [0, 1, 1, 0] : r === 180 ? [-1, 0, 0, 1] : r === 270 ? [0, -1, -1, 0] : [1, 0, 0, -1];
  const turned = a === 0;
  const offX = turned ? Math.abs(cy - y0) : Math.abs(cx - x0);
  const offY = turned ? Math.abs(cx - x0) : Math.abs(cy - y0);
  const width = turned ? y1 - y0 : x1 - x0;
  const height = turned ? x1 - x0 : y1 - y0;
  return { matrix: [a, b, c, d, offX - a * cx - c * cy, offY - b * cx - d * cy], width, height };
}
