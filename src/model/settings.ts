/**
 * Every tolerance of the PDF reader and the PDF layouts, in one place, with
 * named defaults (like pdfplumber's TableSettings). Distances in PDF points
 * unless the name says "× font size".
 */
import { z } from "zod";

export const PdfSettingsSchema = z.object({
  mergeGap: z.number().default(0.3).describe("glyph items on one baseline closer than this × font size are one run"),
  spaceGap: z.number().default(0.15).describe("a gap wider than this × font size between two pieces of one line is written as a space"),
  baselineTolerance: z.number().default(0.35).describe("items whose baselines differ by less than this × font size are on one line"),
  fontSizeTolerance: z.number().default(0.15).describe("relative font size difference still merged into one run"),
  maxRuleThickness: z.number().default(3).describe("a filled rectangle thinner than this is a rule, not a shaded area"),
  snapTolerance: z.number().default(3).describe("parallel rules closer than this are snapped to one position"),
  joinTolerance: z.number().default(3).describe("collinear rules with a gap smaller than this are joined"),
  intersectionTolerance: z.number().default(3).describe("a horizontal and a vertical rule this close are taken to cross"),
  minRuleLength: z.number().default(4).describe("shorter segments are ignored (glyph strokes, ticks)"),
  minTableRules: z.number().default(4).describe("a page needs at least this many h and v rules for a lattice table"),
  wrapTolerance: z.number().default(1.2).describe("a cell line ending closer than this × font size to the cell's right edge was wrapped by width"),
  maxCellPadding: z.number().default(0.8).describe("a cell's inner margin is at most this × font size; more means centred text"),
  lineEndedRoom: z.number().default(2.5).describe("a cell line ending farther than this × font size from the cell's right edge ended its name there"),
  marginBand: z.number().default(0.08).describe("top/bottom fraction of the page where running heads and page numbers live"),
  pageNumberBand: z.number().default(0.15).describe("top/bottom fraction of the page where a line that is only a page number is dropped"),
  furnitureLines: z.number().default(2).describe("how many lines at the top and at the bottom of a page can be running heads or page numbers"),
  blockGap: z.number().default(0.6).describe("stream: lines of one column closer than this × font size are one cell"),
  minColumnGap: z.number().default(2).describe("stream: narrowest empty vertical strip (points) that separates two columns"),
  scanTextChars: z.number().default(20).describe("a page with an image and fewer visible characters than this (a scan with a scanner app's watermark or a page number) is read as scanned when every page is like it"),
  badGlyphShare: z.number().default(0.3).describe("a page whose text is more than this share of private-use/control characters has fonts without a Unicode map"),
});

export type PdfSettings = z.infer<typeof PdfSettingsSchema>;

export const PDF_SETTINGS: PdfSettings = PdfSettingsSchema.parse({});
