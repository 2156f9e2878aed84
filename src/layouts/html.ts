/**
 * HTML layout: a notice saved from a web page (or exported as HTML by Word or
 * WPS), whose table is `<table>` markup. Rows and cells are read from the
 * markup; a cell merged over several rows (`rowspan`) or columns (`colspan`)
 * takes its first position and leaves the others blank, exactly as a merged
 * cell looks in any other layout, so the grid stage applies the same rules
 * (section headings spanning the table, vertical merges filled down).
 */
import type { CellLine, DocBlock, DocCell, DocRow, GridRow, InputDocument, LayoutResult } from "../model/intermediate.js";
import { blocksToGrid } from "../table/structure.js";
import { gridToRecords } from "../table/segment.js";

const TABLE = /<table\b[^>]*>([\s\S]*?)<\/table>/gi;
const ROW = /<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/tr>|<\/table>|$)/gi;
const CELL = /<t([dh])\b([^>]*)>([\s\S]*?)(?=<t[dh]\b|<\/t[dh]>|<\/tr>|$)/gi;

const ENTITIES: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", ensp: " ", emsp: " ", middot: "·", ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", mdash: "—", hellip: "…" };

/** Decode character references (`&nbsp;`, `&#12345;`, `&#x4E00;`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[name.toLowerCase()] ?? m;
  });
}

/** A cell's markup → its lines: `<br>`, `<p>` and `<div>` break lines; other tags go; entities are decoded; bold is kept as a flag. */
export function cellLines(html: string): CellLine[] {
  const text = html
    // a line break in the markup is a space (Word's HTML wraps its source lines anywhere)
    .replace(/\s*\r?\n\s*/g, " ")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|li)>/gi, "\n")
    .replace(/<(b|strong)\b[^>]*>/gi, "\u0001")
    .replace(/<\/(b|strong)>/gi, "\u0002")
    .replace(/<[^>]+>/g, "");
  return decodeEntities(text)
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l) => l.replace(/[\u0001\u0002]/g, "").trim() !== "")
    .map((l) => {
      const text = l.replace(/[\u0001\u0002]/g, "").trim();
      // bold around the whole line (a heading row)
      const bold = /^\u0001[^\u0002]*\u0002$/.test(l.trim());
      return { text, ...(bold ? { bold: true } : {}) };
    });
}

function spanOf(attrs: string, name: "rowspan" | "colspan"): number {
  const m = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, "i").exec(attrs);
  const n = m ? Number(m[1]) : 1;
  return n;
}

/** 1-based line number of an offset in the text. */
function lineAt(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Every `<table>` of the text, and the paragraphs before each, as blocks (merged cells with their spans). */
export function htmlToBlocks(text: string): DocBlock[] {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const blocks: DocBlock[] = [];
  let after = 0;
  for (const t of text.matchAll(TABLE)) {
    // the paragraphs before the table (its title) as one-cell rows
    const before = text.slice(after, t.index!).replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, "");
    for (const line of cellLines(before)) blocks.push({ kind: "paragraph", text: line.text, line: lineAt(lineStarts, t.index!), ...(line.bold ? { bold: true } : {}) });
    after = t.index! + t[0].length;
    const body = t[1]!;
    const bodyStart = t.index! + t[0].indexOf(body);
    const rows: DocRow[] = [];
    for (const r of body.matchAll(ROW)) {
      const cells: DocCell[] = [...r[1]!.matchAll(CELL)].map((c) => ({ lines: cellLines(c[3]!), rowSpan: spanOf(c[2]!, "rowspan"), colSpan: spanOf(c[2]!, "colspan") }));
      rows.push({ cells, line: lineAt(lineStarts, bodyStart + r.index!) });
    }
    blocks.push({ kind: "table", table: { rows } });
  }
  return blocks;
}

/** Every `<table>` of the text as grid rows, merged cells placed by their spans (`docTableToGrid`). */
export function htmlToGrid(text: string): GridRow[] {
  return blocksToGrid(htmlToBlocks(text));
}

/** Does the HTML layout fit: the text holds table markup with cells? */
export function detectHtml(doc: InputDocument): boolean {
  if (doc.source.format !== "txt") return false;
  const text = doc.lines.map((l) => l.text).join("\n");
  return /<table\b/i.test(text) && /<t[dh]\b/i.test(text);
}

export function htmlToRecords(doc: InputDocument): LayoutResult {
  const text = doc.lines.map((l) => l.text).join("\n");
  return gridToRecords(htmlToGrid(text), { layout: "html" });
}
