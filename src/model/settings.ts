/**
 * Every tolerance, limit and score of fenjie in one zod schema with described
 * defaults (like pdfplumber's TableSettings): the PDF reader and layouts, the
 * flattened-dump and list layouts, the input limits, and the scores by which
 * layouts are ranked. `ParseOptions.settings` overrides any of them; nothing
 * is hard-coded in the middle of an algorithm.
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
  furnitureSameTop: z.number().default(3).describe("points within which a repeated line outside the margin band counts as printed at the same height on every page (a running head)"),
  pageNumberBand: z.number().default(0.15).describe("top/bottom fraction of the page where a line that is only a page number is dropped"),
  furnitureLines: z.number().default(2).describe("how many lines at the top and at the bottom of a page can be running heads or page numbers"),
  blockGap: z.number().default(0.6).describe("stream: lines of one column closer than this × font size are one cell"),
  minColumnGap: z.number().default(2).describe("stream: narrowest empty vertical strip (points) that separates two columns"),
  scanTextChars: z.number().default(20).describe("a page with an image and fewer visible characters than this (a scan with a scanner app's watermark or a page number) is read as scanned when every page is like it"),
  badGlyphShare: z.number().default(0.3).describe("a page whose text is more than this share of private-use/control characters has fonts without a Unicode map"),
});

export type PdfSettings = z.infer<typeof PdfSettingsSchema>;

export const FlatSettingsSchema = z.object({
  headingFragmentMaxChars: z.number().default(10).describe("a heading fragment of a merged 项目 cell is at most this many characters (`一、狠抓`, `现代产业`)"),
  headingLineMaxChars: z.number().default(30).describe("a heading line that starts with its marker (`一、狠抓科技创新`) is at most this long"),
  entityMaxChars: z.number().default(24).describe("a unit or person token is at most this long; longer text is prose"),
  maxSeqGap: z.number().default(5).describe("a bare number line may skip this many 序号 (a gap in the numbering) and still start a row"),
  countWeight: z.number().default(1).describe("cost of each unit of difference between the leader count and the paired unit count"),
  roleWeight: z.number().default(2).describe("cost of putting a name on the side the rest of the document does not put it"),
});
export type FlatSettings = z.infer<typeof FlatSettingsSchema>;

export const ListSettingsSchema = z.object({
  maxHeadingChars: z.number().default(40).describe("an un-numbered heading is at most this many characters"),
  maxLabelChars: z.number().default(6).describe("a label not among the header table's label words is at most this many characters before its colon"),
  minLabelledItems: z.number().default(2).describe("the list layout applies when at least this many paragraphs carry responsibility"),
  minFlatHeaderCells: z.number().default(3).describe("a flattened table header has at least this many cells, one per line"),
  maxTitleChars: z.number().default(80).describe("a title line (of the list, or naming the document a decomposition) is at most this many characters"),
  wrappedLineRatio: z.number().default(0.75).describe("a short heading line continues on the next line (wrapped) only when it is at least this share of the document's longest line; a shorter one ended where its heading ends"),
  maxNameChars: z.number().default(25).describe("a line under a label with nothing after its colon is one more name of the list (written one per line) only up to this many characters"),
  minRegularRows: z.number().default(2).describe("a flattened table without `|` marks reads as a web page's table (not a PDF dump) with at least this many whole rows"),
});
export type ListSettings = z.infer<typeof ListSettingsSchema>;

export const InputLimitsSchema = z.object({
  maxTextBytes: z.number().default(16 * 1024 * 1024).describe("largest text input, in bytes (text is parsed in memory)"),
  maxPdfBytes: z.number().default(256 * 1024 * 1024).describe("largest PDF or office document, in bytes (they carry fonts and images)"),
  maxLineChars: z.number().default(200_000).describe("longest text line, in characters: a notice's longest line is a paragraph, not a whole file"),
});
export type InputLimits = z.infer<typeof InputLimitsSchema>;

/**
 * How well each layout fits a document it applies to: the highest score reads
 * the document first (a layout that does not apply scores 0).
 */
export const LayoutScoresSchema = z.object({
  structured: z.number().default(20).describe("a structured document's own tables and paragraphs (Word, ODT, web page, spreadsheet)"),
  tsv: z.number().default(10).describe("tab-separated, pipe (markdown) or comma-separated text"),
  box: z.number().default(11).describe("a text table drawn with box characters (`┌─┬─┐ │ ├─┼─┤`, or `+---+` and `|`): above the pipe reading of its lines"),
  lattice: z.number().default(10).describe("a PDF with ruled tables"),
  list: z.number().default(8).describe("list-form notices (labels, role verbs) and flattened tables marked with `|`"),
  stream: z.number().default(6).describe("a PDF without rules: positions beat reading order (above flat)"),
  aligned: z.number().default(6).describe("columns kept by position in text (`pdftotext -layout`): above flat"),
  flat: z.number().default(5).describe("a PDF text dump with one cell fragment per line"),
  flatNumberInCell: z
    .number()
    .default(9)
    .describe("a PDF text dump of a table numbered inside its task cell (no 序号 column): its numbered task lines would read as a list's items (above list)"),
  flatLabelCells: z
    .number()
    .default(8.5)
    .describe("a PDF text dump of a table whose unit cells print role labels (`牵头单位：X` | `配合单位：Y`) under a header of words: its label lines would read as a list's (above list)"),
  alignedLabelCells: z
    .number()
    .default(8.6)
    .describe("columns kept by position in text of a table whose unit cells print role labels: above list and flat"),
  streamLabelCells: z
    .number()
    .default(8.6)
    .describe("an unruled PDF table whose unit cells print role labels (`牵头：X；配合：Y`): above list, which would read its label lines as items"),
  alignedNumberInCell: z
    .number()
    .default(9.5)
    .describe("columns kept by position in text of a table numbered inside its task cell (no 序号 column): its numbered task lines would read as a list's items (above list and flat)"),
  listUnmarkedFlat: z.number().default(3).describe("a flattened table without `|` marks: below flat, which reads PDF text dumps"),
});
export type LayoutScores = z.infer<typeof LayoutScoresSchema>;

export const SettingsSchema = z.object({
  pdf: PdfSettingsSchema.default(PdfSettingsSchema.parse({})).describe("PDF reader and the lattice/stream layouts"),
  flat: FlatSettingsSchema.default(FlatSettingsSchema.parse({})).describe("the flattened-dump layout"),
  list: ListSettingsSchema.default(ListSettingsSchema.parse({})).describe("the list layout"),
  limits: InputLimitsSchema.default(InputLimitsSchema.parse({})).describe("input size limits"),
  scores: LayoutScoresSchema.default(LayoutScoresSchema.parse({})).describe("layout ranking"),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** Overrides for some settings: each group partial. */
export type SettingsOverrides = { [G in keyof Settings]?: Partial<Settings[G]> };

/** The defaults. */
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
export const PDF_SETTINGS: PdfSettings = DEFAULT_SETTINGS.pdf;

/** The defaults with the given overrides, validated (a wrong type is a usage error of the caller). */
export function resolveSettings(overrides: SettingsOverrides = {}): Settings {
  if (!Object.keys(overrides).length) return DEFAULT_SETTINGS;
  return SettingsSchema.parse({
    pdf: { ...DEFAULT_SETTINGS.pdf, ...overrides.pdf },
    flat: { ...DEFAULT_SETTINGS.flat, ...overrides.flat },
    list: { ...DEFAULT_SETTINGS.list, ...overrides.list },
    limits: { ...DEFAULT_SETTINGS.limits, ...overrides.limits },
    scores: { ...DEFAULT_SETTINGS.scores, ...overrides.scores },
  });
}
