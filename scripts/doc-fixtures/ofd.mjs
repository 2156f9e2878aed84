// A small OFD writer (GB/T 33190) for test fixtures: lays out the model of ./tables.mjs (paragraphs
// and tables with merged cells) on A4 pages in millimetres, the way an OFD converter prints a
// Word notice — each line of text a TextObject with per-glyph advances (DeltaX), every table rule a
// PathObject, the header rows repeated on each page, a page number at the foot. Merged cells are
// drawn as merged (no rule through them); a block of merged rows breaks across pages only when
// it is taller than a page (between two rows, the merged cell's text on its first page).
// Plain data in, ZIP bytes out; no LibreOffice, no fonts (glyph advances are one em for CJK
// characters, half an em for the rest).
import JSZip from "jszip";

const NS = "http://www.ofdspec.org/2016";
const DATE = new Date(Date.UTC(2024, 0, 1));

const WIDE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201F\u2026\u2014]/u;
const advance = (ch, size) => (WIDE.test(ch) ? size : 0.5 * size);
const fmt = (n) => String(Math.round(n * 1000) / 1000);
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Wrap a text to lines no wider than `width` (by glyph advances). */
function wrap(text, width, size) {
  const lines = [];
  let line = "";
  let w = 0;
  for (const ch of text) {
    const a = advance(ch, size);
    if (line && w + a > width) {
      lines.push(line);
      line = "";
      w = 0;
    }
    line += ch;
    w += a;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [];
}

/** DeltaX with runs of equal advances written `g N d`, as OFD writers compress them. */
function deltaX(chars, size) {
  const d = chars.slice(0, -1).map((ch) => advance(ch, size));
  const out = [];
  for (let i = 0; i < d.length; ) {
    let j = i;
    while (j + 1 < d.length && d[j + 1] === d[i]) j++;
    const n = j - i + 1;
    out.push(n >= 3 ? `g ${n} ${fmt(d[i])}` : Array(n).fill(fmt(d[i])).join(" "));
    i = j + 1;
  }
  return out.join(" ");
}

class Pages {
  constructor(opts) {
    this.w = opts.width ?? 210;
    this.h = opts.height ?? 297;
    this.margin = opts.margin ?? 20;
    this.size = opts.fontSize ?? 3.7;
    this.lineH = this.size * 1.5;
    this.pages = [];
    this.id = 10;
    this.newPage();
  }
  newPage() {
    this.objects = [];
    this.pages.push(this.objects);
    this.y = this.margin;
  }
  get bottom() {
    return this.h - this.margin;
  }
  text(x, top, line) {
    const chars = [...line];
    const width = chars.reduce((s, ch) => s + advance(ch, this.size), 0);
    const dx = chars.length > 1 ? ` DeltaX="${deltaX(chars, this.size)}"` : "";
    this.objects.push(
      `<ofd:TextObject ID="${this.id++}" Boundary="${fmt(x)} ${fmt(top)} ${fmt(width + 0.5)} ${fmt(this.lineH)}" Font="2" Size="${fmt(this.size)}"><ofd:FillColor Value="0 0 0"/><ofd:TextCode X="0" Y="${fmt(this.size * 1.1)}"${dx}>${esc(line)}</ofd:TextCode></ofd:TextObject>`,
    );
  }
  rule(x0, y0, x1, y1) {
    const lw = 0.25;
    const bx = Math.min(x0, x1) - lw / 2;
    const by = Math.min(y0, y1) - lw / 2;
    this.objects.push(
      `<ofd:PathObject ID="${this.id++}" Boundary="${fmt(bx)} ${fmt(by)} ${fmt(Math.abs(x1 - x0) + lw)} ${fmt(Math.abs(y1 - y0) + lw)}" LineWidth="${lw}"><ofd:AbbreviatedData>M ${fmt(x0 - bx)} ${fmt(y0 - by)} L ${fmt(x1 - bx)} ${fmt(y1 - by)}</ofd:AbbreviatedData></ofd:PathObject>`,
    );
  }
  paragraph(text, { center = false } = {}) {
    const width = this.w - 2 * this.margin;
    for (const line of wrap(text, width, this.size)) {
      if (this.y + this.lineH > this.bottom) this.newPage();
      const lw = [...line].reduce((s, ch) => s + advance(ch, this.size), 0);
      this.text(center ? (this.w - lw) / 2 : this.margin, this.y, line);
      this.y += this.lineH;
    }
    this.y += this.lineH * 0.3;
  }
}

const textLines = (c) => (Array.isArray(c.text) ? c.text : [c.text ?? ""]).filter((l) => String(l).trim() !== "");

/** Lay out a table: rows of cells with their spans, header rows repeated, rules around every cell. */
function table(p, t) {
  const cols = t.columns.map((cm) => cm * 10);
  const x0 = (p.w - cols.reduce((a, b) => a + b, 0)) / 2;
  const xs = cols.reduce((acc, w) => [...acc, acc[acc.length - 1] + w], [x0]);
  const pad = 1.2;
  const all = [...t.headerRows, ...t.rows];
  const nHead = t.headerRows.length;
  // owner[r][c] = [r0, c0] of the cell that covers the position
  const owner = all.map(() => Array(cols.length).fill(null));
  const cells = [];
  // the model lists every position of a row: a cell, or null where a merged cell covers it
  all.forEach((row, r) => {
    row.cells.forEach((cell, c) => {
      if (cell === null) return;
      const rs = cell.rowSpan ?? 1;
      const cs = cell.colSpan ?? 1;
      for (let i = r; i < r + rs; i++) for (let k = c; k < c + cs; k++) owner[i][k] = [r, c];
      const width = xs[c + cs] - xs[c] - 2 * pad;
      cells.push({ r, c, rs, cs, lines: textLines(cell).flatMap((l) => wrap(String(l), width, p.size)) });
    });
  });
  const heights = all.map(() => p.lineH + 2 * pad);
  for (const cell of cells.filter((x) => x.rs === 1)) heights[cell.r] = Math.max(heights[cell.r], cell.lines.length * p.lineH + 2 * pad);
  for (const cell of cells.filter((x) => x.rs > 1)) {
    const have = heights.slice(cell.r, cell.r + cell.rs).reduce((a, b) => a + b, 0);
    const need = cell.lines.length * p.lineH + 2 * pad;
    if (need > have) heights[cell.r + cell.rs - 1] += need - have;
  }
  // groups of rows tied by merged cells, never broken across a page
  const groups = [];
  for (let r = nHead; r < all.length; ) {
    let end = r + 1;
    for (let i = r; i < end; i++) for (const cell of cells) if (cell.r === i) end = Math.max(end, i + cell.rs);
    groups.push([r, end]);
    r = end;
  }
  const headH = heights.slice(0, nHead).reduce((a, b) => a + b, 0);
  const draw = (rows) => {
    // rows: [[r, top]] placed on this page
    const top = new Map(rows);
    for (const [r, y] of rows) {
      for (const cell of cells.filter((x) => x.r === r)) {
        cell.lines.forEach((line, i) => p.text(xs[cell.c] + pad, y + pad + i * p.lineH, line));
      }
      for (let c = 0; c < cols.length; c++) {
        // the rule above row r in column c, unless a merged cell goes on through it
        const sameAbove = top.has(r - 1) && owner[r - 1][c] && owner[r][c] && owner[r - 1][c].join() === owner[r][c].join();
        if (!sameAbove) p.rule(xs[c], y, xs[c + 1], y);
      }
      for (let c = 0; c <= cols.length; c++) {
        const inside = c > 0 && c < cols.length && owner[r][c - 1] && owner[r][c] && owner[r][c - 1].join() === owner[r][c].join();
        if (!inside) p.rule(xs[c], y, xs[c], y + heights[r]);
      }
    }
    const [lastR, lastY] = rows[rows.length - 1];
    p.rule(xs[0], lastY + heights[lastR], xs[cols.length], lastY + heights[lastR]);
  };
  let placed = [];
  const startPage = () => {
    placed = [];
    for (let r = 0; r < nHead; r++) {
      placed.push([r, p.y]);
      p.y += heights[r];
    }
  };
  if (p.y + headH + heights[nHead] > p.bottom) p.newPage();
  startPage();
  const room = p.bottom - p.margin - headH;
  for (const [a, b] of groups) {
    const h = heights.slice(a, b).reduce((x, y) => x + y, 0);
    if (p.y + h > p.bottom && placed.length > nHead && h <= room) {
      draw(placed);
      p.newPage();
      startPage();
    }
    for (let r = a; r < b; r++) {
      // a block taller than a page breaks between its rows, as word processors break merged cells
      if (p.y + heights[r] > p.bottom && placed.length > nHead) {
        draw(placed);
        p.newPage();
        startPage();
      }
      placed.push([r, p.y]);
      p.y += heights[r];
    }
  }
  draw(placed);
  p.y += p.lineH;
}

/** The OFD package (ZIP bytes) of a document model: { blocks, title }. */
export async function toOfd(doc, opts = {}) {
  const p = new Pages(opts);
  for (const b of doc.blocks) {
    if (b.type === "p") p.paragraph(b.text, { center: b.title });
    else if (b.type === "table") table(p, b);
  }
  const zip = new JSZip();
  const file = (path, xml) => zip.file(path, `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`, { date: DATE });
  file("OFD.xml", `<ofd:OFD xmlns:ofd="${NS}" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>fenjie-fixture</ofd:DocID><ofd:Title>${esc(doc.title ?? "")}</ofd:Title><ofd:CreationDate>2024-01-01</ofd:CreationDate></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`);
  const pages = p.pages.map((_, i) => `<ofd:Page ID="${1000 + i}" BaseLoc="Pages/Page_${i}/Content.xml"/>`).join("");
  file("Doc_0/Document.xml", `<ofd:Document xmlns:ofd="${NS}"><ofd:CommonData><ofd:MaxUnitID>${p.id + p.pages.length}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 ${p.w} ${p.h}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>${pages}</ofd:Pages></ofd:Document>`);
  file("Doc_0/PublicRes.xml", `<ofd:Res xmlns:ofd="${NS}" BaseLoc="Res"><ofd:Fonts><ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>`);
  p.pages.forEach((objects, i) => {
    const number = `<ofd:TextObject ID="${p.id++}" Boundary="${fmt(p.w / 2 - 8)} ${fmt(p.h - 12)} 16 ${fmt(p.lineH)}" Font="2" Size="${fmt(p.size)}"><ofd:TextCode X="0" Y="${fmt(p.size * 1.1)}" DeltaX="${deltaX([...`— ${i + 1} —`], p.size)}">— ${i + 1} —</ofd:TextCode></ofd:TextObject>`;
    file(`Doc_0/Pages/Page_${i}/Content.xml`, `<ofd:Page xmlns:ofd="${NS}"><ofd:Content><ofd:Layer ID="${p.id++}">${objects.join("")}${number}</ofd:Layer></ofd:Content></ofd:Page>`);
  });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
