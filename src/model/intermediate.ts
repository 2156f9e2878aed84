/**
 * Plain data passed between the pipeline stages. Every stage takes and
 * returns these, so each can be tested or dumped on its own.
 */
import type { CanonicalField, Diagnostic, Header, ResponsibilityField, ReviewReason, SourceInfo } from "./schema.js";

/** A line of decoded text with its 1-based line number (and page, where known). */
export interface SourceLine {
  text: string;
  line: number;
  page?: number;
}

/** [x0, top, x1, bottom] in PDF points, origin at the top-left of the page. */
export type Box = [number, number, number, number];

/** A run of text on a PDF page with its box. */
export interface TextRun {
  text: string;
  box: Box;
  fontSize: number;
  /** the document line (`InputDocument.lines[].line`) this run was read into */
  line?: number;
}

/** A drawn rule (line segment) on a PDF page. */
export interface Rule {
  box: Box;
  orientation: "h" | "v";
}

export interface PageContent {
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
  rules: Rule[];
}

/**
 * One visual line (or paragraph) of a cell, with what the reader or layout
 * knows about how it ends. Plain data: the flags are fields, never characters
 * hidden in the text.
 */
export interface CellLine {
  text: string;
  /** the line ran to the cell's right edge: wrapped by width, a name may go on in the next line */
  wrapped?: boolean;
  /** the line stopped well short of the cell's edge: a name ended here */
  ended?: boolean;
  /** printed bold (a heading row of a table, a heading paragraph) */
  bold?: boolean;
}

/**
 * A cell of a table read from the document's own structure (Word, ODT, web
 * page, spreadsheet): its lines (paragraphs and line breaks, in order) and
 * how far it spans. Only the cell that starts a merged range is listed; the
 * positions it covers are not (as in HTML's `rowspan`/`colspan`).
 */
export interface DocCell {
  lines: CellLine[];
  /** rows the cell covers, this one included (default 1) */
  rowSpan?: number;
  /** columns the cell covers (default 1) */
  colSpan?: number;
}

/** A table row of a structured document. */
export interface DocRow {
  cells: DocCell[];
  /** the document marks this row as a header row (`w:tblHeader`, `<thead>`, `table:table-header-rows`) */
  header?: boolean;
  /** the line of `InputDocument.lines` that holds this row's text */
  line: number;
}

/** A table of a structured document (a spreadsheet's sheet is one table). */
export interface DocTable {
  rows: DocRow[];
  /** sheet name (spreadsheets) */
  name?: string;
  /** 1-based sheet number (spreadsheets), reported as the page */
  page?: number;
}

/** A structured document in reading order: its paragraphs and its tables. */
export type DocBlock =
  | { kind: "paragraph"; text: string; line: number; bold?: boolean }
  | { kind: "table"; table: DocTable };

/** Output of the read stage: the same shape for every input format. */
export interface InputDocument {
  source: SourceInfo;
  /**
   * The document as lines of text (for PDF: runs grouped into lines, in
   * reading order; for a structured document: each paragraph, and each table
   * row with its cells joined by tabs).
   */
  lines: SourceLine[];
  /** PDF only: positioned runs and drawn rules per page. */
  pages?: PageContent[];
  /** Structured documents only (Word, ODT, web page, spreadsheet): paragraphs and tables as the document holds them. */
  blocks?: DocBlock[];
  diagnostics: Diagnostic[];
}

/** One cell of a rebuilt table row: its visual lines (or space-separated pieces). */
export interface GridCell {
  lines: CellLine[];
  /** the lines belong to a cell merged down from the row above (PDF): entity fields are inherited */
  spanned?: boolean;
  /** where the cell's text sits on its page (an unruled PDF table: a merged cell's text is centred in its span) */
  box?: Box;
}

/** A table row as cells, before interpretation. */
export interface GridRow {
  cells: GridCell[];
  /** one cell merged across the whole table width (PDF): a heading row even without a marker */
  spansTable?: boolean;
  /** the document marks the row as a header row (structured documents) */
  header?: boolean;
  /** a header row whose 序号 cell was added by fenjie: the table prints no 序号, its rows are numbered in order */
  seqAdded?: boolean;
  line?: number;
  page?: number;
  bbox?: Box;
  /** why the reader is unsure of this row (a cell it filled by inference): goes to the record's `review` */
  review?: ReviewReason[];
}

/**
 * How much of the table's structure the layout's input kept: `exact` — cells
 * delimited by the document itself (tabs, pipes, ruled cells, a structured
 * document's table); `geometry` — columns and rows inferred from where text
 * sits (unruled PDF, space-aligned text); `text-order` — cells and columns
 * inferred from the order of the text alone (a text dump, a flattened table).
 * Rows read from less than `exact` get stricter corroboration (validate/corroborate.ts).
 */
export type TableStructure = "exact" | "geometry" | "text-order";

/** A table region found in the document: its header mapped to canonical fields and its rows. */
export interface TableSpec {
  index: number;
  title: string | null;
  headers: Header[];
  /** canonical field per column, same order as headers */
  columns: CanonicalField[];
  layout: string;
  /** what the input kept of the table's structure; absent = the reading layout's own (see `Layout.structure`) */
  structure?: TableStructure;
  /** records come from paragraphs, not grid rows: no merged cells to fill down, no unit↔leader pairing by column */
  paragraphs?: boolean;
}

/** Entity fields a layout fills with raw fragments: the responsibility fields. */
export type EntityField = ResponsibilityField;

/** A record as rebuilt by a layout, before names are normalised. */
export interface RawRecord {
  table: number;
  seq: number;
  section: string[];
  /** the task text's lines/fragments, in order */
  task: string[];
  /** raw fragments per entity field (a cell's lines, or space-separated cell text) */
  cells: Partial<Record<EntityField, CellLine[]>>;
  /** fields whose fragments are already one entity each (the layout decided the boundaries) */
  presplit?: EntityField[];
  /** fields whose cell was merged down from the row above (a spanning cell in a ruled table) */
  inherited?: EntityField[];
  /** why the layout is unsure of this record (see `Task.review`) */
  review?: ReviewReason[];
  source: { line?: number; page?: number; bbox?: Box };
  /**
   * the document says the first unit of each list leads (`列第一位者为牵头单位`, or a unit header's
   * `（排在第一位的为牵头单位）`): the units stay where their header or label puts them unless the caller asks
   * for the first to be promoted (`ParseOptions.firstListedLead`, layouts/firstlisted.ts)
   */
  firstListed?: FirstListedNote;
}

/** A "first listed leads" note as a layout found it: its words, where the other units go, where it is printed. */
export interface FirstListedNote {
  note: string;
  /** where the units after the first go when it is promoted (`其余为配合单位` → coUnits) */
  rest: "units" | "coUnits";
  /** the note is hedged (`…为牵头单位或汇总单位`): the first unit may only gather the reports, so it is never promoted */
  hedged: boolean;
  line?: number;
  page?: number;
}

/** What a layout returns: tables found, their records, and what it was unsure of. */
export interface LayoutResult {
  tables: TableSpec[];
  records: RawRecord[];
  diagnostics: Diagnostic[];
  /** line numbers the layout read its tables from (other layouts may read the rest); absent = the span of its records */
  consumed?: number[];
}
