/**
 * OpenDocument text reader (.odt as LibreOffice and WPS save it, and the flat
 * one-file .fodt): `office:text`'s paragraphs, headings, lists and tables in
 * order, read from `content.xml` with the styles of `styles.xml`.
 *
 * - tables: `table:table-row`/`table:table-cell`, `number-rows-spanned` and
 *   `number-columns-spanned` as spans, `covered-table-cell` (the positions a
 *   merged cell covers) left out, `table:table-header-rows` marked as header
 *   rows, repeated rows and cells repeated, nested tables;
 * - text: spans, `text:s` (spaces), tabs (a space), `text:line-break` (a new
 *   line), links, fields (their shown value), notes and annotations left out,
 *   tracked deletions left out, text boxes (`draw:text-box`) as paragraphs;
 * - list numbers written out (`1.`, `（一）`) from the list style, unless the
 *   file carries the shown number (`text:number`);
 * - bold from the span's and the paragraph's style chain (the Asian font
 *   weight first: it is the one Chinese text is printed with).
 */
import type JSZip from "jszip";
import type { InputDocument } from "../model/intermediate.js";
import { attr, child, childrenNamed, isElement, parseXml, type XmlElement } from "./xml.js";
import { readPart } from "./zip.js";
import { finishDocument, LineBuilder, type RawBlock, type RawCell, type RawRow, type RawTable } from "./structured.js";
import { formatFromLetter, formatNumber } from "./numbering.js";
import { sha256 } from "./hash.js";
import { appendAll } from "../arrays.js";

const OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
const FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
const DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";

/** Most rows or cells a `number-…-repeated` attribute expands to (spreadsheets repeat empty rows a million times). */
const MAX_REPEAT = 1000;

// ---------------------------------------------------------------- styles

interface StyleInfo {
  parent?: string;
  bold?: boolean;
  listStyle?: string;
}

interface ListLevel {
  format: string;
  prefix: string;
  suffix: string;
  start: number;
  displayLevels: number;
}

interface Styles {
  /** by family and name: `paragraph:P1` */
  byName: Map<string, StyleInfo>;
  defaultBold?: boolean;
  lists: Map<string, Map<number, ListLevel>>;
}

function weightBold(props: XmlElement | undefined): boolean | undefined {
  if (!props) return undefined;
  const w = attr(props, STYLE, "font-weight-asian") ?? attr(props, FO, "font-weight");
  if (w === undefined) return undefined;
  return w === "bold" || Number(w) >= 600;
}

function collectStyles(container: XmlElement | undefined, into: Styles): void {
  if (!container) return;
  for (const s of childrenNamed(container, STYLE, "style")) {
    const name = attr(s, STYLE, "name");
    if (!name) continue;
    into.byName.set(`${attr(s, STYLE, "family") ?? ""}:${name}`, {
      parent: attr(s, STYLE, "parent-style-name"),
      bold: weightBold(child(s, STYLE, "text-properties")),
      listStyle: attr(s, STYLE, "list-style-name"),
    });
  }
  for (const d of childrenNamed(container, STYLE, "default-style")) {
    if (attr(d, STYLE, "family") === "paragraph") into.defaultBold = weightBold(child(d, STYLE, "text-properties")) ?? into.defaultBold;
  }
  for (const l of childrenNamed(container, TEXT, "list-style")) {
    const levels = new Map<number, ListLevel>();
    for (const lv of l.children) {
      if (!isElement(lv) || lv.uri !== TEXT) continue;
      const level = Number(attr(lv, TEXT, "level") ?? "1");
      if (lv.local === "list-level-style-number")
        levels.set(level, {
          format: formatFromLetter(attr(lv, STYLE, "num-format")),
          prefix: attr(lv, STYLE, "num-prefix") ?? "",
          suffix: attr(lv, STYLE, "num-suffix") ?? "",
          start: Number(attr(lv, TEXT, "start-value") ?? "1") || 1,
          displayLevels: Number(attr(lv, TEXT, "display-levels") ?? "1") || 1,
        });
      else levels.set(level, { format: "bullet", prefix: "", suffix: "", start: 1, displayLevels: 1 });
    }
    into.lists.set(attr(l, STYLE, "name") ?? "", levels);
  }
}

function styleProp<K extends keyof StyleInfo>(styles: Styles, family: string, name: string | undefined, key: K): StyleInfo[K] | undefined {
  const seen = new Set<string>();
  while (name && !seen.has(name)) {
    seen.add(name);
    const s = styles.byName.get(`${family}:${name}`);
    if (!s) return undefined;
    if (s[key] !== undefined) return s[key];
    name = s.parent;
  }
  return undefined;
}

// ------------------------------------------------------------------ text

export interface Context {
  styles: Styles;
  /** list counters by list style name, one count per level */
  counts: Map<string, number[]>;
  /** a spreadsheet cell's own weight, for its paragraphs without one */
  cellBold?: boolean;
}

/** Inline elements whose content is skipped: notes, annotations, change marks, the ruby text over a base. */
const SKIPPED_INLINE = new Set(["note", "annotation", "annotation-end", "ruby-text", "change", "change-start", "change-end", "bookmark", "bookmark-start", "bookmark-end", "reference-mark", "reference-mark-start", "reference-mark-end", "soft-page-break", "toc-mark", "alphabetical-index-mark", "user-index-mark"]);

function readInline(el: XmlElement, ctx: Context, lines: LineBuilder, bold: boolean, boxes: RawBlock[]): void {
  for (const c of el.children) {
    if (typeof c === "string") {
      // ODF keeps whitespace as written in `text:s` elements; a run of it in the XML is one space
      lines.add(c.replace(/[ \t\r\n]+/g, " "), bold);
      continue;
    }
    if (c.uri === OFFICE && c.local === "annotation") continue;
    if (c.uri === DRAW && c.local === "frame") {
      const box = child(c, DRAW, "text-box");
      if (box) appendAll(boxes, readBody(box, ctx));
      continue;
    }
    if (c.uri !== TEXT) continue;
    if (SKIPPED_INLINE.has(c.local)) continue;
    switch (c.local) {
      case "s":
        lines.add(" ".repeat(Math.min(MAX_REPEAT, Number(attr(c, TEXT, "c") ?? "1") || 1)), false);
        break;
      case "tab":
        lines.add(" ", false);
        break;
      case "line-break":
        lines.break();
        break;
      case "span": {
        const own = styleProp(ctx.styles, "text", attr(c, TEXT, "style-name"), "bold");
        readInline(c, ctx, lines, own ?? bold, boxes);
        break;
      }
      default:
        // links, fields (page numbers, dates, references), meta, ruby bases: their content is what is shown
        readInline(c, ctx, lines, bold, boxes);
        break;
    }
  }
}

/** Collapse the spaces an ODF paragraph's XML carries at its ends (a `text:s` is kept as written). */
function readParagraph(p: XmlElement, ctx: Context, label: string | null): RawBlock[] {
  const style = attr(p, TEXT, "style-name");
  const bold = styleProp(ctx.styles, "paragraph", style, "bold") ?? ctx.cellBold ?? ctx.styles.defaultBold ?? false;
  const lines = new LineBuilder();
  const shown = child(p, TEXT, "number");
  if (label && !shown) lines.add(label, bold);
  const boxes: RawBlock[] = [];
  readInline(p, ctx, lines, bold, boxes);
  return [...boxes, { kind: "paragraph", lines: lines.done() }];
}

/** A list's items: the first paragraph of a numbered item carries its number. */
function readList(list: XmlElement, ctx: Context, level: number, inheritedStyle: string | undefined, out: RawBlock[]): void {
  const styleName = attr(list, TEXT, "style-name") ?? inheritedStyle;
  const key = styleName ?? "";
  if (level === 1 && attr(list, TEXT, "continue-numbering") !== "true" && !attr(list, TEXT, "continue-list")) ctx.counts.set(key, []);
  const levels = styleName ? ctx.styles.lists.get(styleName) : undefined;
  for (const item of list.children) {
    if (!isElement(item) || item.uri !== TEXT || (item.local !== "list-item" && item.local !== "list-header")) continue;
    let label: string | null = null;
    const def = levels?.get(level);
    if (item.local === "list-item" && def && def.format !== "bullet") {
      const counts = ctx.counts.get(key) ?? [];
      ctx.counts.set(key, counts);
      const start = Number(attr(item, TEXT, "start-value") ?? "");
      counts[level] = Number.isFinite(start) && start > 0 ? start : counts[level] === undefined ? def.start : counts[level]! + 1;
      counts.length = level + 1;
      const shown: string[] = [];
      for (let l = Math.max(1, level - def.displayLevels + 1); l <= level; l++) {
        const lv = levels!.get(l);
        shown.push(formatNumber(counts[l] ?? lv?.start ?? 1, lv?.format ?? "decimal"));
      }
      const text = `${def.prefix}${shown.join(".")}${def.suffix}`;
      label = text.trim() ? (/[0-9A-Za-z]$/.test(text) ? `${text} ` : text) : null;
    }
    let first = true;
    for (const c of item.children) {
      if (!isElement(c)) continue;
      if (c.uri === TEXT && (c.local === "p" || c.local === "h")) {
        appendAll(out, readParagraph(c, ctx, first ? label : null));
        first = false;
      } else if (c.uri === TEXT && c.local === "list") readList(c, ctx, level + 1, styleName, out);
      else appendAll(out, readBody({ ...item, children: [c] }, ctx));
    }
  }
}

// ---------------------------------------------------------------- tables

function repeat(el: XmlElement, local: string): number {
  const n = Number(attr(el, TABLE, local) ?? "1");
  return Number.isFinite(n) && n > 1 ? Math.min(MAX_REPEAT, Math.floor(n)) : 1;
}

function readRows(el: XmlElement, ctx: Context, header: boolean, out: RawRow[]): void {
  for (const c of el.children) {
    if (!isElement(c) || c.uri !== TABLE) continue;
    if (c.local === "table-header-rows") readRows(c, ctx, true, out);
    else if (c.local === "table-rows" || c.local === "table-row-group") readRows(c, ctx, header, out);
    else if (c.local === "table-row") {
      const cells: RawCell[] = [];
      for (const cell of c.children) {
        if (!isElement(cell) || cell.uri !== TABLE) continue;
        // a covered cell is a position of a merged cell above or to the left: not listed
        if (cell.local !== "table-cell") continue;
        const rs = Number(attr(cell, TABLE, "number-rows-spanned") ?? "1");
        const cs = Number(attr(cell, TABLE, "number-columns-spanned") ?? "1");
        const one: RawCell = { blocks: readBody(cell, ctx), ...(rs > 1 ? { rowSpan: rs } : {}), ...(cs > 1 ? { colSpan: cs } : {}) };
        for (let k = repeat(cell, "number-columns-repeated"); k > 0; k--) cells.push(one);
      }
      for (let k = repeat(c, "number-rows-repeated"); k > 0; k--) out.push({ cells, ...(header ? { header: true } : {}) });
    }
  }
}

function readTable(t: XmlElement, ctx: Context): RawTable {
  const rows: RawRow[] = [];
  readRows(t, ctx, false, rows);
  return { kind: "table", rows };
}

// ------------------------------------------------------------------ body

/** Body-level elements that hold no text of the document (declarations, tracked deletions, forms, tables of contents). */
const SKIPPED_BLOCKS = new Set(["tracked-changes", "sequence-decls", "variable-decls", "user-field-decls", "table-of-content", "illustration-index", "alphabetical-index", "object-index", "user-index", "table-index", "bibliography"]);

function readBody(el: XmlElement, ctx: Context): RawBlock[] {
  const out: RawBlock[] = [];
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.uri === TEXT) {
      if (c.local === "p" || c.local === "h") appendAll(out, readParagraph(c, ctx, null));
      else if (c.local === "list") readList(c, ctx, 1, undefined, out);
      else if (c.local === "section" || c.local === "index-body") appendAll(out, readBody(c, ctx));
      else if (!SKIPPED_BLOCKS.has(c.local)) appendAll(out, readBody(c, ctx));
    } else if (c.uri === TABLE && c.local === "table") out.push(readTable(c, ctx));
    else if (c.uri === DRAW && c.local === "frame") {
      const box = child(c, DRAW, "text-box");
      if (box) appendAll(out, readBody(box, ctx));
    }
  }
  return out;
}

/** The styles of an ODF document (`styles.xml` then `content.xml`'s own) as a reading context. */
export function odfContext(content: XmlElement, styles: XmlElement | null): Context {
  const s: Styles = { byName: new Map(), lists: new Map() };
  for (const root of [styles, content]) {
    if (!root) continue;
    collectStyles(child(root, OFFICE, "styles"), s);
    collectStyles(child(root, OFFICE, "automatic-styles"), s);
  }
  return { styles: s, counts: new Map() };
}

/** Whether a style of `family` (or a style it inherits from) sets bold. */
export function odfStyleBold(ctx: Context, family: string, name: string | undefined): boolean | undefined {
  return styleProp(ctx.styles, family, name, "bold");
}

/** A spreadsheet cell's paragraphs, `bold` its own style's weight. */
export function odfCellBlocks(cell: XmlElement, ctx: Context, bold: boolean | undefined): RawBlock[] {
  return readBody(cell, { ...ctx, cellBold: bold });
}

/** The raw blocks of an ODF document: `content` (content.xml or a flat .fodt) and `styles` (styles.xml, absent in a flat file). */
export function odtBlocks(content: XmlElement, styles: XmlElement | null): RawBlock[] {
  const text = child(child(content, OFFICE, "body"), OFFICE, "text");
  return text ? readBody(text, odfContext(content, styles)) : [];
}

export async function readOdt(bytes: Uint8Array, zip: JSZip, file: string): Promise<InputDocument> {
  const content = await readPart(zip, "content.xml", file);
  const styles = await readPart(zip, "styles.xml", file);
  const blocks = content ? odtBlocks(parseXml(content, file, "content.xml"), styles ? parseXml(styles, file, "styles.xml") : null) : [];
  return finishDocument(blocks, { file, format: "odt", sha256: sha256(bytes), encoding: null });
}

export function readFlatOdt(text: string, bytes: Uint8Array, file: string): InputDocument {
  const root = parseXml(text, file, file);
  return finishDocument(odtBlocks(root, null), { file, format: "odt", sha256: sha256(bytes), encoding: "utf-8" });
}
