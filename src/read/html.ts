/**
 * Web page reader (.html / .htm / .shtml, a page saved from a government site
 * or a Word/WPS document exported as a web page; .mhtml in mhtml.ts).
 *
 * The markup is parsed by parse5, the WHATWG HTML parser browsers implement,
 * so the table comes out as a browser shows it: unclosed `<td>`/`<tr>`, stray
 * tags and Word's conditional comments are handled by the standard, not by
 * guesses. Then:
 *
 * - the charset comes from the BOM, else the bytes when they are valid UTF-8,
 *   else `<meta charset>` / `http-equiv`, else the text decoder's guess
 *   (GB18030 or Big5);
 * - block elements (`p`, `div`, `li`, `h1`…, `br`) end lines; whitespace
 *   collapses as a browser collapses it; `&nbsp;` and `&#12288;` stay spaces;
 * - scripts, styles, forms' controls, navigation, the page's own header and
 *   footer (`<nav>`, `<header>`/`<footer>` outside the article, and elements
 *   whose class or id is exactly one of NAV_NAMES) and hidden elements are
 *   left out;
 * - `rowspan`/`colspan` become cell spans, `<thead>` rows (or rows of `<th>`
 *   only) header rows; ordered lists get their numbers (`1.`) written out;
 * - tables that only frame the page are dissolved by `finishDocument`, the
 *   索引号/发文机关 box becomes paragraphs.
 */
import { parse, type DefaultTreeAdapterTypes } from "parse5";
import type { InputDocument } from "../model/intermediate.js";
import type { Diagnostic } from "../model/schema.js";
import { decodeText } from "./decode.js";
import { sha256 } from "./hash.js";
import { clampSpan, finishDocument, LineBuilder, type RawBlock, type RawCell, type RawRow, type RawTable } from "./structured.js";
import { formatFromLetter, formatNumber } from "./numbering.js";
import { looksLikeHtml } from "./sniff.js";
import { appendAll } from "../arrays.js";

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Elements whose content is never part of the notice. */
const SKIPPED = new Set(["head", "script", "style", "noscript", "template", "nav", "aside", "iframe", "object", "embed", "select", "option", "button", "input", "textarea", "svg", "math", "canvas", "map", "audio", "video", "title"]);
/** Page furniture outside the article (inside `<article>`/`<main>` they are the article's own header and footer). */
const PAGE_FURNITURE = new Set(["header", "footer"]);
/** class / id tokens of navigation and page furniture, matched whole (`article-header` is not `header`). */
export const NAV_NAMES: ReadonlySet<string> = new Set(["nav", "navbar", "menu", "breadcrumb", "crumb", "crumbs", "header", "footer", "foot", "bottom", "copyright", "sidebar", "topbar"]);
/** Elements that end the line before and after them. */
const BLOCKS = new Set(["p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "center", "address", "form", "fieldset", "figure", "figcaption", "hr", "caption", "body", "html", "tr", "legend", "details", "summary"]);
const BOLD = new Set(["b", "strong", "h1", "h2", "h3", "h4", "h5", "h6", "th"]);
/** ASCII whitespace, which HTML collapses (not `&nbsp;` or the ideographic space). */
const HTML_SPACE = /[ \t\n\r\f]+/g;

function isElement(n: Node): n is Element {
  return "tagName" in n;
}

function attrOf(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function tokens(value: string | undefined): string[] {
  return value ? value.toLowerCase().split(/\s+/).filter(Boolean) : [];
}

function isHidden(el: Element): boolean {
  if (attrOf(el, "hidden") !== undefined) return true;
  const style = attrOf(el, "style") ?? "";
  return /display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all/i.test(style);
}

function hasDataTable(el: Element): boolean {
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.tagName === "table" && n.childNodes.some((c) => isElement(c) && (c.tagName === "tbody" || c.tagName === "tr") && c.childNodes.filter(isElement).length >= 3)) return true;
    if ("childNodes" in n) appendAll(stack, n.childNodes);
  }
  return false;
}

/** Builds the lines of a paragraph from inline content, as a browser lays it out. */
class Paragraph extends LineBuilder {
  constructor() {
    super(true);
  }

  /** Text as a browser shows it: white space collapsed, or kept line by line inside `<pre>`. */
  addText(text: string, bold: boolean, pre: boolean): void {
    if (!pre) return this.add(text.replace(HTML_SPACE, " "), bold);
    text.split(/\r?\n/).forEach((part, i) => {
      if (i) this.break();
      this.add(part, bold);
    });
  }
}

interface Walk {
  blocks: RawBlock[];
  para: Paragraph;
  bold: number;
  pre: number;
  /** inside an `<article>`/`<main>`: its header and footer are content */
  inArticle: number;
}

function flush(w: Walk): void {
  if (!w.para.isEmpty()) w.blocks.push({ kind: "paragraph", lines: w.para.done() });
  w.para = new Paragraph();
}

function isBoldStyle(el: Element): boolean {
  return /font-weight\s*:\s*(bold|bolder|[6-9]00)/i.test(attrOf(el, "style") ?? "");
}

function skip(el: Element, w: Walk): boolean {
  if (SKIPPED.has(el.tagName) || isHidden(el)) return true;
  if (PAGE_FURNITURE.has(el.tagName) && w.inArticle === 0) return true;
  const names = [...tokens(attrOf(el, "class")), ...tokens(attrOf(el, "id"))];
  // a navigation-named wrapper is still read when it holds a table of rows (never lose a data table)
  return names.some((n) => NAV_NAMES.has(n)) && !hasDataTable(el);
}

function walkChildren(el: Element | DefaultTreeAdapterTypes.ParentNode, w: Walk): void {
  for (const c of el.childNodes) walkNode(c, w);
}

function walkNode(n: Node, w: Walk): void {
  if (n.nodeName === "#text") {
    w.para.addText((n as DefaultTreeAdapterTypes.TextNode).value, w.bold > 0, w.pre > 0);
    return;
  }
  if (!isElement(n)) return;
  if (skip(n, w)) return;
  const tag = n.tagName;
  if (tag === "br") {
    w.para.break();
    return;
  }
  if (tag === "table") {
    flush(w);
    appendAll(w.blocks, readTable(n, w));
    return;
  }
  if (tag === "ol" || tag === "ul") {
    flush(w);
    readList(n, w);
    flush(w);
    return;
  }
  const block = BLOCKS.has(tag);
  if (block) flush(w);
  const bold = BOLD.has(tag) || isBoldStyle(n);
  const article = tag === "article" || tag === "main";
  if (bold) w.bold++;
  if (tag === "pre") w.pre++;
  if (article) w.inArticle++;
  walkChildren(n, w);
  if (bold) w.bold--;
  if (tag === "pre") w.pre--;
  if (article) w.inArticle--;
  if (block) flush(w);
}

function readList(list: Element, w: Walk): void {
  const ordered = list.tagName === "ol";
  const format = formatFromLetter(attrOf(list, "type") ?? "1");
  let n = Number.parseInt(attrOf(list, "start") ?? "1", 10);
  if (!Number.isFinite(n)) n = 1;
  for (const item of list.childNodes) {
    if (!isElement(item) || item.tagName !== "li") {
      walkNode(item, w);
      continue;
    }
    if (skip(item, w)) continue;
    flush(w);
    const value = Number.parseInt(attrOf(item, "value") ?? "", 10);
    if (Number.isFinite(value)) n = value;
    if (ordered) w.para.addText(`${formatNumber(n, format)}.`, w.bold > 0, false);
    walkChildren(item, w);
    flush(w);
    n++;
  }
}

function cellBlocks(cell: Element, w: Walk, bold: boolean): RawBlock[] {
  const inner: Walk = { blocks: [], para: new Paragraph(), bold: w.bold + (bold ? 1 : 0), pre: w.pre, inArticle: w.inArticle };
  walkChildren(cell, inner);
  flush(inner);
  return inner.blocks;
}

/** A `<table>`'s caption (a paragraph before it) and its rows. */
function readTable(table: Element, w: Walk): RawBlock[] {
  const out: RawBlock[] = [];
  const rows: RawRow[] = [];
  const addRow = (tr: Element, head: boolean): void => {
    if (isHidden(tr)) return;
    const cells: RawCell[] = [];
    let allTh = true;
    for (const c of tr.childNodes) {
      if (!isElement(c) || (c.tagName !== "td" && c.tagName !== "th")) continue;
      if (c.tagName === "td") allTh = false;
      const rs = Number.parseInt(attrOf(c, "rowspan") ?? "1", 10);
      const cs = Number.parseInt(attrOf(c, "colspan") ?? "1", 10);
      cells.push({
        blocks: cellBlocks(c, w, c.tagName === "th" || isBoldStyle(c)),
        // rowspan="0": to the end of the table
        ...(rs === 0 ? { rowSpan: -1 } : rs > 1 ? { rowSpan: clampSpan(rs) } : {}),
        ...(cs > 1 ? { colSpan: clampSpan(cs) } : {}),
      });
    }
    if (cells.length) rows.push({ cells, ...(head || allTh ? { header: true } : {}) });
  };
  for (const part of table.childNodes) {
    if (!isElement(part) || isHidden(part)) continue;
    if (part.tagName === "caption") {
      const blocks = cellBlocks(part, w, false);
      appendAll(out, blocks);
    } else if (part.tagName === "thead" || part.tagName === "tbody" || part.tagName === "tfoot") {
      for (const tr of part.childNodes) if (isElement(tr) && tr.tagName === "tr") addRow(tr, part.tagName === "thead");
    } else if (part.tagName === "tr") addRow(part, false);
  }
  rows.forEach((r, i) => {
    for (const c of r.cells) if (c.rowSpan === -1) c.rowSpan = Math.max(1, rows.length - i);
  });
  const t: RawTable = { kind: "table", rows };
  out.push(t);
  return out;
}

/** The raw blocks of an HTML document's text. */
export function htmlToBlocks(html: string): RawBlock[] {
  const doc = parse(html);
  const w: Walk = { blocks: [], para: new Paragraph(), bold: 0, pre: 0, inArticle: 0 };
  walkChildren(doc, w);
  flush(w);
  return w.blocks;
}

// ------------------------------------------------------------ encoding

/** The charset a page declares in its first bytes (`<meta charset>`, `http-equiv` Content-Type). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/** A charset label as the name of a decoder: the GB family reads as GB18030 (their superset). */
function decoderName(label: string): string | null {
  const l = label.toLowerCase();
  if (/^(gb2312|gbk|x-gbk|gb18030|cp936|windows-936|euc-cn|hz-gb-2312)$/.test(l)) return "gb18030";
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export interface DecodedHtml {
  text: string;
  encoding: string;
}

/**
 * Decode a page: BOM; else valid UTF-8 (a page re-saved as UTF-8 often keeps
 * its old `charset=gb2312`); else the declared charset (from the page, or
 * `charset` given by the MHTML part); else the text decoder's guess.
 */
export function decodeHtml(bytes: Uint8Array, file: string, charset?: string | null): DecodedHtml {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const bom16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!bom && !bom16 && !isUtf8(bytes)) {
    const declared = charset ?? declaredCharset(bytes);
    const name = declared ? decoderName(declared) : null;
    if (name && name !== "utf-8" && !name.startsWith("utf-16")) return { text: new TextDecoder(name).decode(bytes), encoding: name };
  }
  const d = decodeText(bytes, file);
  return { text: d.text, encoding: d.encoding };
}

/** The raw blocks of a page given as bytes (for parts embedded in other documents), or null when it is not HTML. */
export function htmlBytesToBlocks(bytes: Uint8Array, file: string, charset?: string): RawBlock[] | null {
  let decoded: DecodedHtml;
  try {
    decoded = decodeHtml(bytes, file, charset);
  } catch {
    return null;
  }
  return looksLikeHtml(decoded.text) ? htmlToBlocks(decoded.text) : null;
}

export function readHtmlText(text: string, bytes: Uint8Array, file: string, encoding: string, diagnostics: Diagnostic[] = []): InputDocument {
  return finishDocument(htmlToBlocks(text), { file, format: "html", sha256: sha256(bytes), encoding }, diagnostics);
}

export function readHtml(bytes: Uint8Array, file: string): InputDocument {
  const { text, encoding } = decodeHtml(bytes, file);
  return readHtmlText(text, bytes, file, encoding);
}
