/**
 * Word (.docx, Office Open XML) reader: the body's paragraphs and tables in
 * order, read from `word/document.xml`.
 *
 * - tables: `w:tr`/`w:tc`, `w:gridSpan` (and the old `w:hMerge`) as column
 *   spans, `w:vMerge` restart/continue as row spans, `w:gridBefore` as an empty
 *   leading cell, `w:tblHeader` rows marked as header rows, nested tables;
 * - text: runs, tabs (a space), line breaks (a new line), soft hyphens (none),
 *   non-breaking hyphens, content controls (`w:sdt`), inserted text (deleted
 *   text is left out), fields (their result, not their code), hidden text
 *   (`w:vanish`) left out, text boxes (as paragraphs before the paragraph that
 *   anchors them), automatic numbering written out (`1.`, `（一）`);
 * - bold from the run, its character style, the paragraph style and the
 *   document defaults (`styles.xml`).
 */
import type JSZip from "jszip";
import type { InputDocument } from "../model/intermediate.js";
import type { Diagnostic } from "../model/schema.js";
import { attr, child, childrenNamed, isElement, parseXml, textOf, type XmlElement } from "./xml.js";
import { findPart, readPart } from "./zip.js";
import { finishDocument, LineBuilder, type RawBlock, type RawCell, type RawRow, type RawTable } from "./structured.js";
import { formatNumber } from "./numbering.js";
import { sha256 } from "./hash.js";
import { appendAll } from "../arrays.js";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Strict OOXML namespaces read as their Transitional twins. */
const ALIASES: Record<string, string> = {
  "http://purl.oclc.org/ooxml/wordprocessingml/main": W,
  "http://purl.oclc.org/ooxml/officeDocument/relationships": R,
};

const wAttr = (el: XmlElement | undefined, local: string): string | undefined => (el ? attr(el, W, local) : undefined);
const wChild = (el: XmlElement | undefined, local: string): XmlElement | undefined => child(el, W, local);

/** An on/off property (`<w:b/>`, `<w:b w:val="0"/>`): undefined when absent. */
function onOff(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = wAttr(el, "val");
  return v === undefined || !/^(0|false|off|none)$/i.test(v);
}

function intAttr(el: XmlElement | undefined, local: string): number | undefined {
  const v = wAttr(el, local);
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

// ---------------------------------------------------------------- styles

interface StyleInfo {
  basedOn?: string;
  bold?: boolean;
  numId?: string;
  ilvl?: number;
}

export interface Styles {
  byId: Map<string, StyleInfo>;
  defaultParagraph?: string;
  defaultBold?: boolean;
}

function readStyles(root: XmlElement | null): Styles {
  const byId = new Map<string, StyleInfo>();
  if (!root) return { byId };
  let defaultParagraph: string | undefined;
  for (const s of childrenNamed(root, W, "style")) {
    const id = wAttr(s, "styleId");
    if (!id) continue;
    const numPr = wChild(wChild(s, "pPr"), "numPr");
    byId.set(id, {
      basedOn: wAttr(wChild(s, "basedOn"), "val"),
      bold: onOff(wChild(wChild(s, "rPr"), "b")),
      numId: wAttr(wChild(numPr, "numId"), "val"),
      ilvl: intAttr(wChild(numPr, "ilvl"), "val"),
    });
    const isDefault = wAttr(s, "default");
    if (wAttr(s, "type") === "paragraph" && isDefault !== undefined && /^(1|true|on)$/i.test(isDefault)) defaultParagraph = id;
  }
  const defaultBold = onOff(wChild(wChild(wChild(wChild(root, "docDefaults"), "rPrDefault"), "rPr"), "b"));
  return { byId, defaultParagraph, defaultBold };
}

/** A property of a style, looked up through its `basedOn` chain. */
function styleProp<K extends keyof StyleInfo>(styles: Styles, id: string | undefined, key: K): StyleInfo[K] | undefined {
  const seen = new Set<string>();
  while (id && !seen.has(id)) {
    seen.add(id);
    const s = styles.byId.get(id);
    if (!s) return undefined;
    if (s[key] !== undefined) return s[key];
    id = s.basedOn;
  }
  return undefined;
}

// ------------------------------------------------------------- numbering

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
  legal: boolean;
}

interface NumDef {
  abstractId: string;
  levels: Map<number, Level>;
  /** levels whose count restarts where this list instance is first used */
  startOverrides: Map<number, number>;
}

/** Counts of each list as the paragraphs are read (lists sharing an abstract definition count on together). */
export class ListCounter {
  private readonly counts = new Map<string, Array<number | undefined>>();
  private readonly used = new Set<string>();

  constructor(private readonly nums: Map<string, NumDef>) {}

  /** The label of a numbered paragraph (`1.`, `（一）`), or null for a bullet or an unknown list. */
  next(numId: string, ilvl: number): string | null {
    const def = this.nums.get(numId);
    const level = def?.levels.get(ilvl);
    if (!def || !level) return null;
    const counts = this.counts.get(def.abstractId) ?? [];
    this.counts.set(def.abstractId, counts);
    if (!this.used.has(numId)) {
      this.used.add(numId);
      for (const [l] of def.startOverrides) counts[l] = undefined;
    }
    const startOf = (l: number): number => def.startOverrides.get(l) ?? def.levels.get(l)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl]! + 1;
    for (let l = ilvl + 1; l < counts.length; l++) counts[l] = undefined;
    if (level.format === "bullet" || level.format === "none") return null;
    const label = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const lv = def.levels.get(l);
      return formatNumber(counts[l] ?? startOf(l), level.legal ? "decimal" : (lv?.format ?? "decimal"));
    });
    if (!label.trim()) return null;
    // a tab after a bare number or letter would glue it to the text (`1推进`): a space there
    return level.suffix === "space" || (level.suffix === "tab" && /[0-9A-Za-z]$/.test(label)) ? `${label} ` : label;
  }
}

function readLevel(lvl: XmlElement): Level {
  return {
    start: intAttr(wChild(lvl, "start"), "val") ?? 1,
    format: wAttr(wChild(lvl, "numFmt"), "val") ?? "decimal",
    text: wAttr(wChild(lvl, "lvlText"), "val") ?? "",
    suffix: wAttr(wChild(lvl, "suff"), "val") ?? "tab",
    legal: onOff(wChild(lvl, "isLgl")) ?? false,
  };
}

function readNumbering(root: XmlElement | null): Map<string, NumDef> {
  const nums = new Map<string, NumDef>();
  if (!root) return nums;
  const abstracts = new Map<string, Map<number, Level>>();
  for (const a of childrenNamed(root, W, "abstractNum")) {
    const levels = new Map<number, Level>();
    for (const lvl of childrenNamed(a, W, "lvl")) levels.set(intAttr(lvl, "ilvl") ?? 0, readLevel(lvl));
    abstracts.set(wAttr(a, "abstractNumId") ?? "", levels);
  }
  for (const n of childrenNamed(root, W, "num")) {
    const abstractId = wAttr(wChild(n, "abstractNumId"), "val") ?? "";
    const levels = new Map(abstracts.get(abstractId) ?? []);
    const startOverrides = new Map<number, number>();
    for (const o of childrenNamed(n, W, "lvlOverride")) {
      const ilvl = intAttr(o, "ilvl") ?? 0;
      const start = intAttr(wChild(o, "startOverride"), "val");
      if (start !== undefined) startOverrides.set(ilvl, start);
      const lvl = wChild(o, "lvl");
      if (lvl) levels.set(ilvl, readLevel(lvl));
    }
    nums.set(wAttr(n, "numId") ?? "", { abstractId, levels, startOverrides });
  }
  return nums;
}

// ------------------------------------------------------------------ text

interface Context {
  styles: Styles;
  lists: ListCounter;
  /** open fields, innermost last: still in their code, or in their result */
  fields: Array<"code" | "result">;
  /** blocks of imported HTML parts (`w:altChunk`) by relationship id */
  chunks: Map<string, RawBlock[]>;
}

/** Inline containers whose content is read as it stands. */
const INLINE_CONTAINERS = new Set(["hyperlink", "smartTag", "customXml", "ins", "moveTo", "dir", "bdo", "fldSimple"]);

/** The text boxes of a drawing, without the fallback copy an `mc:AlternateContent` carries. */
function textBoxes(el: XmlElement, out: XmlElement[]): void {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.uri === W && c.local === "txbxContent") out.push(c);
    else if (c.uri === MC && c.local === "AlternateContent") {
      const first = c.children.find(isElement);
      if (first) textBoxes(first, out);
    } else textBoxes(c, out);
  }
}

function readRun(r: XmlElement, ctx: Context, lines: LineBuilder, paraBold: boolean, boxes: RawBlock[]): void {
  const rPr = wChild(r, "rPr");
  const hidden = onOff(wChild(rPr, "vanish")) === true;
  const bold = onOff(wChild(rPr, "b")) ?? styleProp(ctx.styles, wAttr(wChild(rPr, "rStyle"), "val"), "bold") ?? paraBold;
  for (const c of r.children) {
    if (!isElement(c)) continue;
    if (c.uri === W && c.local === "fldChar") {
      const type = wAttr(c, "fldCharType");
      if (type === "begin") ctx.fields.push("code");
      else if (type === "separate" && ctx.fields.length) ctx.fields[ctx.fields.length - 1] = "result";
      else if (type === "end") ctx.fields.pop();
      continue;
    }
    // a field's code (`PAGE`, `HYPERLINK "…"`) is not text; its result is
    if (hidden || ctx.fields.includes("code")) continue;
    if (c.uri === MC && c.local === "AlternateContent") {
      const found: XmlElement[] = [];
      textBoxes({ ...c, children: c.children.filter(isElement).slice(0, 1) }, found);
      for (const box of found) appendAll(boxes, readBody(box, ctx));
      continue;
    }
    if (c.uri !== W) continue;
    switch (c.local) {
      case "t":
        lines.add(textOf(c), bold);
        break;
      case "tab":
      case "ptab":
        lines.add(" ", false);
        break;
      case "br": {
        const type = wAttr(c, "type");
        if (type !== "page" && type !== "column") lines.break();
        break;
      }
      case "cr":
        lines.break();
        break;
      case "noBreakHyphen":
        lines.add("-", bold);
        break;
      case "drawing":
      case "pict":
      case "object": {
        const found: XmlElement[] = [];
        textBoxes(c, found);
        for (const box of found) appendAll(boxes, readBody(box, ctx));
        break;
      }
      // softHyphen: shown only where a line wraps, so not text; delText, instrText, sym: not printed text
      default:
        break;
    }
  }
}

function readInline(el: XmlElement, ctx: Context, lines: LineBuilder, paraBold: boolean, boxes: RawBlock[]): void {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.uri === MC && c.local === "AlternateContent") {
      const first = c.children.find(isElement);
      if (first) readInline(first, ctx, lines, paraBold, boxes);
      continue;
    }
    if (c.uri !== W) continue;
    if (c.local === "r") readRun(c, ctx, lines, paraBold, boxes);
    else if (c.local === "sdt") {
      const content = wChild(c, "sdtContent");
      if (content) readInline(content, ctx, lines, paraBold, boxes);
    } else if (INLINE_CONTAINERS.has(c.local)) readInline(c, ctx, lines, paraBold, boxes);
    // del, moveFrom: deleted text; bookmarks, comments, proofing marks: no text
  }
}

function readParagraph(p: XmlElement, ctx: Context): RawBlock[] {
  const pPr = wChild(p, "pPr");
  const style = wAttr(wChild(pPr, "pStyle"), "val") ?? ctx.styles.defaultParagraph;
  const paraBold = styleProp(ctx.styles, style, "bold") ?? ctx.styles.defaultBold ?? false;
  const lines = new LineBuilder();
  const numPr = wChild(pPr, "numPr");
  const numId = wAttr(wChild(numPr, "numId"), "val") ?? styleProp(ctx.styles, style, "numId");
  if (numId && numId !== "0") {
    const ilvl = intAttr(wChild(numPr, "ilvl"), "val") ?? styleProp(ctx.styles, style, "ilvl") ?? 0;
    const label = ctx.lists.next(numId, ilvl);
    if (label) lines.add(label, onOff(wChild(wChild(pPr, "rPr"), "b")) ?? paraBold);
  }
  const boxes: RawBlock[] = [];
  readInline(p, ctx, lines, paraBold, boxes);
  return [...boxes, { kind: "paragraph", lines: lines.done() }];
}

// ---------------------------------------------------------------- tables

interface PlacedCell {
  col: number;
  span: number;
  vMerge?: "restart" | "continue";
  cell: RawCell;
  rowSpan: number;
  merged?: boolean;
}

/** The rows of a table, looking through content controls and custom XML around them. */
function tableRows(el: XmlElement, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (!isElement(c) || c.uri !== W) continue;
    if (c.local === "tr") out.push(c);
    else if (c.local === "sdt") tableRows(wChild(c, "sdtContent") ?? c, out);
    else if (c.local === "customXml") tableRows(c, out);
  }
  return out;
}

function rowCells(el: XmlElement, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (!isElement(c) || c.uri !== W) continue;
    if (c.local === "tc") out.push(c);
    else if (c.local === "sdt") rowCells(wChild(c, "sdtContent") ?? c, out);
    else if (c.local === "customXml") rowCells(c, out);
  }
  return out;
}

function hasContent(cell: RawCell): boolean {
  return cell.blocks.some((b) => b.kind === "table" || b.lines.some((l) => l.text.trim() !== ""));
}

function readTable(tbl: XmlElement, ctx: Context): RawTable {
  const placed: PlacedCell[][] = [];
  const headers: boolean[] = [];
  for (const tr of tableRows(tbl)) {
    const trPr = wChild(tr, "trPr");
    if (wChild(trPr, "del")) continue; // a deleted row (tracked change)
    const row: PlacedCell[] = [];
    let col = intAttr(wChild(trPr, "gridBefore"), "val") ?? 0;
    if (col > 0) row.push({ col: 0, span: col, cell: { blocks: [], colSpan: col }, rowSpan: 1 });
    for (const tc of rowCells(tr)) {
      const tcPr = wChild(tc, "tcPr");
      const span = Math.max(1, intAttr(wChild(tcPr, "gridSpan"), "val") ?? 1);
      const content: RawCell = { blocks: readBody(tc, ctx) };
      const hMerge = wChild(tcPr, "hMerge");
      const prev = row[row.length - 1];
      if (hMerge && wAttr(hMerge, "val") !== "restart" && prev) {
        // the old horizontal merge: this cell is part of the one on its left
        prev.span += span;
        if (hasContent(content)) appendAll(prev.cell.blocks, content.blocks);
        col += span;
        continue;
      }
      const vm = wChild(tcPr, "vMerge");
      row.push({ col, span, cell: content, rowSpan: 1, ...(vm ? { vMerge: wAttr(vm, "val") === "restart" ? "restart" : "continue" } : {}) });
      col += span;
    }
    placed.push(row);
    headers.push(onOff(wChild(trPr, "tblHeader")) === true);
  }
  // vertical merges: a `continue` cell belongs to the open cell at the same grid column above
  let open = new Map<number, PlacedCell>();
  for (const row of placed) {
    const next = new Map<number, PlacedCell>();
    for (const c of row) {
      const owner = open.get(c.col);
      if (c.vMerge === "continue" && owner && owner.span === c.span) {
        owner.rowSpan++;
        c.merged = true;
        // text typed into a continuing cell is shown by no one; kept with the merged cell rather than lost
        if (hasContent(c.cell)) appendAll(owner.cell.blocks, c.cell.blocks);
        next.set(c.col, owner);
      } else if (c.vMerge) next.set(c.col, c);
    }
    open = next;
  }
  const rows: RawRow[] = placed.map((row, i) => ({
    cells: row
      .filter((c) => !c.merged)
      .map((c) => ({ ...c.cell, ...(c.span > 1 ? { colSpan: c.span } : {}), ...(c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}) })),
    ...(headers[i] ? { header: true } : {}),
  }));
  return { kind: "table", rows };
}

// ------------------------------------------------------------------ body

/** The paragraphs and tables of a body, a cell, a text box or a content control, in order. */
function readBody(el: XmlElement, ctx: Context): RawBlock[] {
  const out: RawBlock[] = [];
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.uri === MC && c.local === "AlternateContent") {
      const first = c.children.find(isElement);
      if (first) appendAll(out, readBody(first, ctx));
      continue;
    }
    if (c.uri !== W) continue;
    switch (c.local) {
      case "p":
        appendAll(out, readParagraph(c, ctx));
        break;
      case "tbl":
        out.push(readTable(c, ctx));
        break;
      case "sdt":
        appendAll(out, readBody(wChild(c, "sdtContent") ?? c, ctx));
        break;
      case "customXml":
      case "ins":
      case "moveTo":
        appendAll(out, readBody(c, ctx));
        break;
      case "altChunk":
        appendAll(out, ctx.chunks.get(attr(c, R, "id") ?? "") ?? []);
        break;
      default:
        break;
    }
  }
  return out;
}

/** Targets of a part's relationships by id (`word/_rels/document.xml.rels`). */
async function relationships(zip: JSZip, part: string, file: string): Promise<Map<string, { type: string; target: string }>> {
  const slash = part.lastIndexOf("/");
  const relsPath = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const text = await readPart(zip, relsPath, file);
  const out = new Map<string, { type: string; target: string }>();
  if (!text) return out;
  const root = parseXml(text, file, relsPath);
  for (const r of childrenNamed(root, REL, "Relationship")) {
    const target = attr(r, "", "Target") ?? "";
    const resolved = target.startsWith("/") ? target.slice(1) : `${part.slice(0, slash + 1)}${target}`;
    out.set(attr(r, "", "Id") ?? "", { type: attr(r, "", "Type") ?? "", target: normalisePath(resolved) });
  }
  return out;
}

function normalisePath(path: string): string {
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg && seg !== ".") out.push(seg);
  }
  return out.join("/");
}

/** The main document part: what the package's relationships name, else `word/document.xml`. */
async function mainPart(zip: JSZip, file: string): Promise<string> {
  const rels = await relationships(zip, "", file);
  for (const r of rels.values()) if (r.type.endsWith("/officeDocument") && findPart(zip, r.target)) return findPart(zip, r.target)!;
  return findPart(zip, "word/document.xml") ?? "word/document.xml";
}

/** HTML parts imported whole (`w:altChunk`, as web systems that export Word files write them), read as web pages. */
async function readChunks(zip: JSZip, part: string, file: string, diagnostics: Diagnostic[]): Promise<Map<string, RawBlock[]>> {
  const chunks = new Map<string, RawBlock[]>();
  for (const [id, r] of await relationships(zip, part, file)) {
    if (!r.type.endsWith("/aFChunk")) continue;
    const name = findPart(zip, r.target);
    if (!name) continue;
    const bytes = await zip.files[name]!.async("uint8array");
    const { htmlBytesToBlocks } = await import("./html.js");
    const blocks = htmlBytesToBlocks(bytes, file);
    if (blocks) chunks.set(id, blocks);
    else
      diagnostics.push({
        level: "warning",
        code: "DOCX_CHUNK_SKIPPED",
        message: `文档中嵌入的 ${name}（不是网页格式）未能读取：${file}。请在 Word 中打开并另存为 .docx 后核对。`,
      });
  }
  return chunks;
}

/** The raw blocks of a .docx already opened as a ZIP. */
export async function docxBlocks(zip: JSZip, file: string, diagnostics: Diagnostic[] = []): Promise<RawBlock[]> {
  const part = await mainPart(zip, file);
  const text = await readPart(zip, part, file);
  if (text === null) return [];
  const root = parseXml(text, file, part, ALIASES);
  const stylesText = await readPart(zip, "word/styles.xml", file);
  const numberingText = await readPart(zip, "word/numbering.xml", file);
  const ctx: Context = {
    styles: readStyles(stylesText ? parseXml(stylesText, file, "word/styles.xml", ALIASES) : null),
    lists: new ListCounter(readNumbering(numberingText ? parseXml(numberingText, file, "word/numbering.xml", ALIASES) : null)),
    fields: [],
    chunks: await readChunks(zip, part, file, diagnostics),
  };
  const body = wChild(root, "body");
  return body ? readBody(body, ctx) : [];
}

export async function readDocx(bytes: Uint8Array, zip: JSZip, file: string): Promise<InputDocument> {
  const diagnostics: Diagnostic[] = [];
  const blocks = await docxBlocks(zip, file, diagnostics);
  return finishDocument(blocks, { file, format: "docx", sha256: sha256(bytes), encoding: null }, diagnostics);
}
