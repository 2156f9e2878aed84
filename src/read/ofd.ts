/**
 * OFD reader (GB/T 33190, 电子公文): a ZIP of XML pages with positioned text
 * (`TextObject`/`TextCode` with X, Y and per-glyph `DeltaX`) and drawn paths
 * (`PathObject`). Closer to PDF than to Word, so it produces what the PDF
 * reader produces — every page's text runs with their boxes and its rules,
 * in points with the origin at the top-left — and the same lattice / stream
 * layouts rebuild the table.
 *
 * OFD.xml → the first DocBody's DocRoot (Document.xml) → its pages in order →
 * each page's layers and page blocks. Millimetres become points; an object's
 * `CTM` is applied; `g N d` runs in DeltaX are expanded; a TextCode is cut
 * where its glyphs leave a gap (a converter may print two cells as one code).
 * Template pages (running heads, page numbers) are not read. Text that does
 * not run left to right is skipped with a note.
 */
import type JSZip from "jszip";
import { FenjieError } from "../errors.js";
import type { InputDocument, PageContent } from "../model/intermediate.js";
import type { Diagnostic } from "../model/schema.js";
import { PDF_SETTINGS, type PdfSettings } from "../model/settings.js";
import { foldLookalikes } from "../text/hygiene.js";
import { sha256 } from "./hash.js";
import { multiply, subpathSegments, type Matrix, type Segment, type Subpath } from "./pdf-paths.js";
import { mergeItems, pagesToLines, segmentsToRules, type PlacedItem } from "./pdf-text.js";
import { attr, child, childrenNamed, isElement, parseXml, textOf, type XmlElement } from "./xml.js";
import { findPart, readPart } from "./zip.js";

const OFD = "http://www.ofdspec.org/2016";
/** Points per millimetre. */
const PT_PER_MM = 72 / 25.4;
/** OFD's default stroke width (mm). */
const DEFAULT_LINE_WIDTH_MM = 0.353;
/** A gap between two glyphs of one TextCode wider than this many ems starts a new item. */
const ITEM_GAP_EM = 1.5;
/** Most pages read (a notice runs to tens of pages). */
const MAX_PAGES = 2000;

const numbers = (s: string | undefined): number[] => (s ?? "").trim().split(/[\s,]+/).filter(Boolean).map(Number).filter(Number.isFinite);

/** DeltaX / DeltaY: numbers, with `g N d` meaning N times d; at most `max` of them (one per glyph gap is all a code needs). */
export function expandDeltas(s: string | undefined, max = 100_000): number[] {
  const tokens = (s ?? "").trim().split(/\s+/).filter(Boolean);
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === "g") {
      const n = Number(tokens[i + 1]);
      const d = Number(tokens[i + 2]);
      if (Number.isFinite(n) && Number.isFinite(d)) for (let k = 0; k < n && out.length < max; k++) out.push(d);
      i += 2;
    } else if (Number.isFinite(Number(tokens[i]))) out.push(Number(tokens[i]));
    if (out.length >= max) break;
  }
  return out;
}

/** An OFD path's `AbbreviatedData` as subpaths (curves flagged; arcs end where they end). */
export function abbreviatedPath(data: string): Subpath[] {
  const tokens = data.trim().split(/\s+/).filter(Boolean);
  const subpaths: Subpath[] = [];
  let cur: Subpath | null = null;
  const argc: Record<string, number> = { S: 2, M: 2, L: 2, Q: 4, B: 6, A: 7, C: 0 };
  for (let i = 0; i < tokens.length; ) {
    const op = tokens[i++]!;
    const n = argc[op];
    if (n === undefined) continue;
    const a = tokens.slice(i, i + n).map(Number);
    i += n;
    if (op === "S" || op === "M") {
      cur = { points: [[a[0]!, a[1]!]], closed: false, curved: false };
      subpaths.push(cur);
    } else if (op === "C") {
      if (cur) cur.closed = true;
    } else if (cur) {
      cur.points.push([a[n - 2]!, a[n - 1]!]);
      if (op !== "L") cur.curved = true;
    }
  }
  return subpaths;
}

interface PageRead {
  content: PageContent;
  skipped: number;
}

/** The object's transform into page points: its CTM, then its boundary's origin, then mm → pt. */
function objectMatrix(el: XmlElement): Matrix {
  const [bx = 0, by = 0] = numbers(attr(el, "", "Boundary"));
  const ctm = numbers(attr(el, "", "CTM"));
  const own: Matrix = ctm.length === 6 ? (ctm as Matrix) : [1, 0, 0, 1, 0, 0];
  return multiply(multiply(own, [1, 0, 0, 1, bx, by]), [PT_PER_MM, 0, 0, PT_PER_MM, 0, 0]);
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

const WIDE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201F\u2026\u2014]/u;

function readText(el: XmlElement, items: PlacedItem[]): number {
  const m = objectMatrix(el);
  // horizontal, left-to-right text only (a CTM that turns it is a stamp or a vertical label)
  if (Math.abs(m[1]) > 0.01 * Math.abs(m[0]) || m[0] <= 0) return [...textOf(el)].filter((c) => c.trim()).length;
  const size = Number(attr(el, "", "Size") ?? "3.5");
  const fontSize = size * Math.hypot(m[2], m[3]);
  let x = 0;
  let y = 0;
  for (const code of childrenNamed(el, OFD, "TextCode")) {
    const xs = attr(code, "", "X");
    const ys = attr(code, "", "Y");
    if (xs !== undefined) x = Number(xs);
    if (ys !== undefined) y = Number(ys);
    const chars = [...foldLookalikes(textOf(code))];
    const dx = expandDeltas(attr(code, "", "DeltaX"), chars.length);
    let item: { text: string; x0: number; x1: number; baseline: number } | null = null;
    const flush = () => {
      if (item && item.text.trim()) items.push({ text: item.text, x: item.x0, baseline: item.baseline, width: item.x1 - item.x0, fontSize });
      item = null;
    };
    chars.forEach((ch, i) => {
      const [px, py] = apply(m, x, y);
      const w = (WIDE.test(ch) ? 1 : 0.5) * fontSize;
      if (item && px - item.x1 > ITEM_GAP_EM * fontSize) flush();
      if (!item) item = { text: "", x0: px, x1: px, baseline: py };
      item.text += ch;
      item.x1 = px + w;
      if (i < chars.length - 1) x += dx[i] ?? dx[dx.length - 1] ?? size;
    });
    flush();
    // the next code without X goes on after this one's last glyph
    x += chars.length ? (WIDE.test(chars[chars.length - 1]!) ? size : size / 2) : 0;
  }
  return 0;
}

function readPath(el: XmlElement, segments: Segment[], s: PdfSettings): void {
  const data = child(el, OFD, "AbbreviatedData");
  if (!data) return;
  const m = objectMatrix(el);
  const stroke = attr(el, "", "Stroke") !== "false";
  const fill = attr(el, "", "Fill") === "true";
  if (!stroke && !fill) return;
  // the matrix already holds mm → pt and the object's own scale
  const lineWidth = Number(attr(el, "", "LineWidth") ?? DEFAULT_LINE_WIDTH_MM) * Math.hypot(m[0], m[1]);
  for (const sp of abbreviatedPath(textOf(data))) {
    const placed: Subpath = { ...sp, points: sp.points.map(([px, py]) => apply(m, px, py)) };
    segments.push(...subpathSegments(placed, stroke && fill ? "both" : fill ? "fill" : "stroke", lineWidth, { maxRuleThickness: s.maxRuleThickness }));
  }
}

/** Layers and page blocks, in order. */
function walkObjects(el: XmlElement, items: PlacedItem[], segments: Segment[], s: PdfSettings): number {
  let skipped = 0;
  for (const c of el.children) {
    if (!isElement(c) || c.uri !== OFD) continue;
    if (c.local === "Layer" || c.local === "PageBlock") skipped += walkObjects(c, items, segments, s);
    else if (c.local === "TextObject") skipped += readText(c, items);
    else if (c.local === "PathObject") readPath(c, segments, s);
  }
  return skipped;
}

function readPage(root: XmlElement, number: number, box: number[], s: PdfSettings): PageRead {
  const areaBox = child(child(root, OFD, "Area"), OFD, "PhysicalBox");
  const area = areaBox ? numbers(textOf(areaBox)) : [];
  const [, , w, h] = area.length === 4 ? area : box;
  const items: PlacedItem[] = [];
  const segments: Segment[] = [];
  const content = child(root, OFD, "Content");
  const skipped = content ? walkObjects(content, items, segments, s) : 0;
  const rules = segmentsToRules(segments, s);
  return { content: { number, width: (w ?? 210) * PT_PER_MM, height: (h ?? 297) * PT_PER_MM, runs: mergeItems(items, s, rules), rules }, skipped };
}

/** A location relative to the file that names it (`Pages/Page_0/Content.xml` inside `Doc_0/`), or absolute (`/Doc_0/…`). */
function resolve(base: string, loc: string): string {
  const joined = loc.startsWith("/") ? loc.slice(1) : `${base}${loc}`;
  const out: string[] = [];
  for (const seg of joined.split("/")) {
    if (seg === "..") out.pop();
    else if (seg && seg !== ".") out.push(seg);
  }
  return out.join("/");
}

const dirOf = (path: string): string => path.slice(0, path.lastIndexOf("/") + 1);

export async function readOfd(bytes: Uint8Array, zip: JSZip, file: string): Promise<InputDocument> {
  const s = PDF_SETTINGS;
  const ofdPart = findPart(zip, "OFD.xml")!;
  const ofd = parseXml((await readPart(zip, ofdPart, file))!, file, "OFD.xml");
  const rootLoc = textOf(child(child(ofd, OFD, "DocBody") ?? ofd, OFD, "DocRoot") ?? ofd).trim();
  const docPath = resolve("", rootLoc);
  const docText = await readPart(zip, docPath, file);
  if (!docText) throw new FenjieError("FILE_UNREADABLE", `OFD 文件不完整，找不到文档 ${docPath || "（DocRoot 为空）"}：${file}。请用 OFD 阅读器另存为 PDF 后再处理。`, file);
  const doc = parseXml(docText, file, docPath);
  const box = numbers(textOf(child(child(child(doc, OFD, "CommonData"), OFD, "PageArea"), OFD, "PhysicalBox") ?? doc));
  const pageEls = childrenNamed(child(doc, OFD, "Pages") ?? doc, OFD, "Page").slice(0, MAX_PAGES);
  const pages: PageContent[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [i, p] of pageEls.entries()) {
    const loc = resolve(dirOf(docPath), attr(p, "", "BaseLoc") ?? "");
    const text = await readPart(zip, loc, file);
    if (!text) {
      diagnostics.push({ level: "warning", code: "OFD_PAGE_MISSING", message: `OFD 第 ${i + 1} 页的内容（${loc}）不在文件中，该页未读取。请用 OFD 阅读器核对原文。`, page: i + 1 });
      continue;
    }
    const read = readPage(parseXml(text, file, loc), i + 1, box.length === 4 ? box : [0, 0, 210, 297], s);
    pages.push(read.content);
    if (read.skipped) diagnostics.push({ level: "info", code: "OFD_TEXT_NOT_HORIZONTAL", message: `OFD 第 ${i + 1} 页有 ${read.skipped} 个不是横排的字（印章、竖排文字等），未读取。`, page: i + 1 });
  }
  if (!pages.some((p) => p.runs.length)) {
    throw new FenjieError("OFD_NO_TEXT", `OFD 文件没有可读取的文字（可能是扫描件，只有图像）：${file}。请先进行 OCR 文字识别，或提供通知的其他格式。`, file);
  }
  const lines = pagesToLines(pages, s);
  return { source: { file, format: "ofd", sha256: sha256(bytes), encoding: null, pages: pages.length }, lines, pages, diagnostics };
}
