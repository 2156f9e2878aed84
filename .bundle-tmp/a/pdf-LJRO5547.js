import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  FenjieError,
  PDF_SETTINGS,
  foldLookalikes,
  sha256
} from "./chunk-QWAUZOTU.js";
import {
  PDFJS_SAFETY,
  documentOptions,
  loadPdfJs
} from "./chunk-EY5IBD4Y.js";
import {
  apply,
  multiply
} from "./chunk-EUSVCI5E.js";
import {
  PdfEngineError,
  loadEngine
} from "./chunk-LOVVDQJC.js";
import "./chunk-WW7OP26R.js";
import "./chunk-V4RWK56N.js";

// dist/read/pdf-text.js
function uprightTransform(placed, width, height) {
  const votes = { right: 0, down: 0, up: 0, left: 0 };
  for (const { m, chars } of placed) {
    if (Math.abs(m[1]) <= 0.01 * Math.abs(m[0]))
      votes[m[0] > 0 ? "right" : "left"] += chars;
    else if (Math.abs(m[0]) <= 0.01 * Math.abs(m[1]))
      votes[m[1] > 0 ? "down" : "up"] += chars;
  }
  const best = Object.keys(votes).reduce((a, b) => votes[b] > votes[a] ? b : a, "right");
  if (best === "down")
    return { matrix: [0, -1, 1, 0, 0, width], width: height, height: width };
  if (best === "up")
    return { matrix: [0, 1, -1, 0, height, 0], width: height, height: width };
  if (best === "left")
    return { matrix: [-1, 0, 0, -1, width, height], width, height };
  return { matrix: [1, 0, 0, 1, 0, 0], width, height };
}
var SPACED_OUT = /^(\S ){2,}\S$|^\d( \d)+$/u;
var LETTER_SPACED_PAIR = /[\p{Script=Han}] [\p{Script=Han}]|\d \d/u;
var WIDE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201F\u2026\u2014]/u;
function splitItem(it, verticals = []) {
  if (!/\S\s+\S/.test(it.text))
    return [it];
  const y = it.baseline - 0.3 * it.fontSize;
  const crossing = verticals.filter((r) => r.box[0] > it.x + 1 && r.box[2] < it.x + it.width - 1 && r.box[1] <= y && r.box[3] >= y);
  const chars = [...it.text];
  const glyphs = chars.reduce((a, c) => a + (/\s/.test(c) ? 0 : WIDE.test(c) ? 1 : 0.5), 0) * it.fontSize;
  const spaces = chars.filter((c) => /\s/.test(c)).length;
  const spaceWidth = Math.max(0, it.width - glyphs) / spaces;
  const scale = glyphs > it.width ? it.width / glyphs : 1;
  const pieces = [];
  let x = it.x;
  let cur = null;
  for (const c of chars) {
    const w = /\s/.test(c) ? spaceWidth : (WIDE.test(c) ? 1 : 0.5) * it.fontSize * scale;
    if (/\s/.test(c)) {
      if (cur)
        pieces.push({ ...it, text: cur.text, x: cur.x, width: cur.end - cur.x });
      cur = null;
    } else if (cur) {
      cur.text += c;
      cur.end = x + w;
    } else
      cur = { text: c, x, end: x + w };
    x += w;
  }
  if (cur)
    pieces.push({ ...it, text: cur.text, x: cur.x, width: cur.end - cur.x });
  const spacedOut = SPACED_OUT.test(it.text.trim()) && LETTER_SPACED_PAIR.test(it.text);
  const out = [pieces[0]];
  for (const p of pieces.slice(1)) {
    const last = out[out.length - 1];
    const ruled = crossing.some((r) => r.box[0] >= last.x + last.width - 1 && r.box[2] <= p.x + 1);
    const gap = WIDE.test([...last.text].pop()) && WIDE.test(p.text[0]);
    if (ruled || gap)
      out.push(p);
    else
      out[out.length - 1] = { ...last, text: last.text + (spacedOut ? "" : " ") + p.text, width: p.x + p.width - last.x };
  }
  return out;
}
function mergeItems(raw, s = PDF_SETTINGS, rules = []) {
  const verticals = rules.filter((r) => r.orientation === "v");
  const items = raw.flatMap((it) => splitItem(it, verticals));
  const lines = groupByBaseline(items, s);
  const ruleBetween = (x0, x1, y, size) => verticals.some((r) => r.box[2] >= Math.min(x0, x1) - 0.5 * size && r.box[0] <= x1 + 0.5 && r.box[1] <= y && r.box[3] >= y);
  const runs = [];
  for (const line of lines) {
    let cur = null;
    for (const it of line) {
      const sameSize = cur && Math.abs(it.fontSize - cur.size) <= s.fontSizeTolerance * cur.size;
      const gap = cur ? it.x - cur.x1 : Infinity;
      if (cur && sameSize && gap < s.mergeGap * cur.size && gap > -0.5 * cur.size && !ruleBetween(cur.x1, it.x, it.baseline - 0.3 * it.fontSize, it.fontSize)) {
        const cjkPair = WIDE.test([...cur.text].pop() ?? "") && WIDE.test(it.text[0] ?? "");
        cur.text += (gap > s.spaceGap * cur.size && !cjkPair ? " " : "") + it.text;
        cur.x1 = Math.max(cur.x1, it.x + it.width);
        continue;
      }
      if (cur)
        runs.push(toRun(cur));
      cur = { text: it.text, x0: it.x, x1: it.x + it.width, baseline: it.baseline, size: it.fontSize };
    }
    if (cur)
      runs.push(toRun(cur));
  }
  return runs;
}
function toRun(r) {
  const box = [round(r.x0), round(r.baseline - 0.88 * r.size), round(r.x1), round(r.baseline + 0.12 * r.size)];
  return { text: r.text.replace(/\s+$/, "").replace(/^\s+/, ""), box, fontSize: round(r.size) };
}
var round = (n) => Math.round(n * 100 + ROUNDING_EDGE) / 100;
var ROUNDING_EDGE = 1e-6;
function groupByBaseline(items, s) {
  const sorted = [...items].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const lines = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(it.baseline - last.baseline) <= s.baselineTolerance * Math.max(last.size, it.fontSize))
      last.items.push(it);
    else
      lines.push({ baseline: it.baseline, size: it.fontSize, items: [it] });
  }
  return lines.map((l) => l.items.sort((a, b) => a.x - b.x));
}
function segmentsToRules(segments, s = PDF_SETTINGS) {
  const rules = [];
  for (const g of segments) {
    const dx = Math.abs(g.x1 - g.x0);
    const dy = Math.abs(g.y1 - g.y0);
    const half = Math.max(g.width, 0.1) / 2;
    if (dy <= 0.5 && dx >= s.minRuleLength) {
      const y = (g.y0 + g.y1) / 2;
      rules.push({ orientation: "h", box: [round(Math.min(g.x0, g.x1)), round(y - half), round(Math.max(g.x0, g.x1)), round(y + half)] });
    } else if (dx <= 0.5 && dy >= s.minRuleLength) {
      const x = (g.x0 + g.x1) / 2;
      rules.push({ orientation: "v", box: [round(x - half), round(Math.min(g.y0, g.y1)), round(x + half), round(Math.max(g.y0, g.y1))] });
    }
  }
  return rules;
}
function pagesToLines(pages, s = PDF_SETTINGS) {
  const out = [];
  for (const page of pages) {
    const placed = page.runs.map((r) => ({ run: r, baseline: r.box[3] - 0.12 * r.fontSize, x: r.box[0], fontSize: r.fontSize }));
    for (const line of groupByBaseline(placed, s)) {
      const n = out.length + 1;
      for (const p of line)
        p.run.line = n;
      out.push({ text: line.map((p) => p.run.text).join(" "), line: n, page: page.number });
    }
  }
  return out;
}

// dist/read/pdf-xref.js
var MAX_REVISIONS = 64;
var TAIL_BYTES = 1024;
var latin1 = (bytes, start, end) => Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, Math.min(end, bytes.length) - start)).toString("latin1");
function checkXref(bytes) {
  const tail = latin1(bytes, Math.max(0, bytes.length - TAIL_BYTES), bytes.length);
  const at = tail.lastIndexOf("startxref");
  if (at < 0)
    return "\u6587\u4EF6\u672B\u5C3E\u6CA1\u6709 startxref\uFF0C\u6587\u4EF6\u53EF\u80FD\u4E0D\u5B8C\u6574";
  const m = /^startxref\s+(\d+)/.exec(tail.slice(at));
  if (!m)
    return "startxref \u540E\u6CA1\u6709\u4F4D\u7F6E";
  let offset = Number(m[1]);
  const seen = /* @__PURE__ */ new Set();
  for (let revision = 0; revision < MAX_REVISIONS; revision++) {
    if (seen.has(offset))
      return "\u4EA4\u53C9\u5F15\u7528\u8868\u7684 /Prev \u5F62\u6210\u4E86\u5FAA\u73AF";
    seen.add(offset);
    if (offset >= bytes.length)
      return `startxref \u6307\u5411\u6587\u4EF6\u4E4B\u5916\uFF08${offset}\uFF09`;
    const head = latin1(bytes, offset, offset + 64);
    if (/^\s*\d+\s+\d+\s+obj\b/.test(head))
      return null;
    if (!/^\s*xref\b/.test(head))
      return `startxref \u6307\u5411\u7684\u4F4D\u7F6E\uFF08${offset}\uFF09\u4E0D\u662F\u4EA4\u53C9\u5F15\u7528\u8868`;
    const table = readTable(bytes, offset);
    if (typeof table === "string")
      return table;
    const wrong = table.entries.filter(([num, pos]) => !objectAt(bytes, pos, num));
    if (wrong.length)
      return `${wrong.length} \u4E2A\u5BF9\u8C61\u7684\u4F4D\u7F6E\u4E0E\u8868\u4E2D\u4E0D\u7B26\uFF08\u5982\u7B2C ${wrong[0][0]} \u53F7\u5BF9\u8C61\uFF09`;
    if (table.prev === null)
      return null;
    offset = table.prev;
  }
  return null;
}
function readTable(bytes, offset) {
  const trailerAt = indexOf(bytes, "trailer", offset);
  if (trailerAt < 0)
    return "\u4EA4\u53C9\u5F15\u7528\u8868\u540E\u6CA1\u6709 trailer";
  const text = latin1(bytes, offset, trailerAt);
  const entries = [];
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
  let num = 0;
  for (const line of lines.slice(1)) {
    const section = /^(\d+)\s+(\d+)$/.exec(line);
    if (section) {
      num = Number(section[1]);
      continue;
    }
    const entry = /^(\d{10})\s+(\d{5})\s+([nf])$/.exec(line);
    if (!entry)
      return `\u4EA4\u53C9\u5F15\u7528\u8868\u6709\u65E0\u6CD5\u8BC6\u522B\u7684\u884C\uFF08${line.slice(0, 30)}\uFF09`;
    if (entry[3] === "n" && num > 0)
      entries.push([num, Number(entry[1])]);
    num++;
  }
  const trailer = latin1(bytes, trailerAt, trailerAt + 4096);
  const prev = /\/Prev\s+(\d+)/.exec(trailer.slice(0, trailer.indexOf(">>") + 2 || void 0));
  return { entries, prev: prev ? Number(prev[1]) : null };
}
function objectAt(bytes, pos, num) {
  if (pos >= bytes.length)
    return false;
  const m = /^\s*(\d+)\s+\d+\s+obj\b/.exec(latin1(bytes, pos, pos + 40));
  return !!m && Number(m[1]) === num;
}
function indexOf(bytes, needle, from) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(needle, from, "latin1");
}

// dist/read/pdf.js
var BAD_GLYPH = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uE000-\uF8FF\uFFFD]/gu;
async function readPdf(bytes, file, options, settings = PDF_SETTINGS) {
  const engine = await loadEngine(options.engine);
  let drawn;
  try {
    drawn = await engine.readPages(bytes, options, settings);
  } catch (err) {
    if (err instanceof PdfEngineError)
      throw engineError(err.failure, file, err.page);
    throw err;
  }
  const pages = [];
  const diagnostics = [];
  const imagePages = /* @__PURE__ */ new Set();
  for (const d of drawn.pages) {
    const read = placePage(d, settings);
    pages.push(read.content);
    if (d.hasImages)
      imagePages.add(d.number);
    if (read.skippedChars) {
      diagnostics.push({ level: "info", code: "PDF_TEXT_NOT_HORIZONTAL", message: `\u7B2C ${d.number} \u9875\u6709 ${read.skippedChars} \u4E2A\u5B57\u4E0D\u662F\u6A2A\u6392\uFF08\u7AD6\u6392\u3001\u659C\u6392\u7684\u6587\u5B57\u6216\u6C34\u5370\uFF09\uFF0C\u672A\u8BFB\u53D6\u3002\u5982\u5176\u4E2D\u6709\u8868\u683C\u5185\u5BB9\uFF0C\u8BF7\u6838\u5BF9\u539F\u6587\u3002`, page: d.number });
    }
  }
  diagnostics.unshift(...checkText(pages, imagePages, file, settings));
  const xref = checkXref(bytes);
  if (xref || drawn.notes.some((n) => n.kind === "xref-repaired")) {
    diagnostics.unshift({
      level: "warning",
      code: "PDF_XREF_REPAIRED",
      message: `PDF \u6587\u4EF6\u7684\u4EA4\u53C9\u5F15\u7528\u8868\uFF08xref\uFF09\u5DF2\u635F\u574F${xref ? `\uFF08${xref}\uFF09` : ""}\uFF0C\u5DF2\u6309\u6587\u4EF6\u5185\u5BB9\u91CD\u5EFA\u540E\u8BFB\u53D6\uFF1A${file}\u3002\u91CD\u5EFA\u53EF\u80FD\u6F0F\u6389\u6216\u9519\u6392\u4E2A\u522B\u5BF9\u8C61\uFF0C\u8BF7\u5BF9\u7167\u539F\u6587\u6838\u5BF9\u5404\u9875\u5185\u5BB9\uFF1B\u6700\u597D\u91CD\u65B0\u83B7\u53D6\u6216\u91CD\u65B0\u5BFC\u51FA\u539F\u6587\u4EF6\u3002`
    });
  }
  return {
    source: { file, format: "pdf", sha256: sha256(bytes), encoding: null, pages: drawn.pages.length },
    lines: pagesToLines(pages, settings),
    pages,
    diagnostics
  };
}
function placePage(d, settings) {
  const upright = uprightTransform(d.glyphs.map((g) => ({ m: g.m, chars: [...g.text.trim()].length })), d.width, d.height);
  const items = [];
  let skippedChars = 0;
  for (const g of d.glyphs) {
    const m = multiply(g.m, upright.matrix);
    if (Math.abs(m[1]) > 0.01 * Math.abs(m[0]) || m[0] <= 0) {
      skippedChars += [...g.text.trim()].length;
      continue;
    }
    items.push({ text: foldLookalikes(g.text), x: m[4], baseline: m[5], width: g.width, fontSize: Math.hypot(m[2], m[3]) });
  }
  const rules = segmentsToRules(d.segments.map((s) => turnSegment(s, upright.matrix)), settings);
  return { content: { number: d.number, width: round(upright.width), height: round(upright.height), runs: mergeItems(items, settings, rules), rules }, skippedChars };
}
function turnSegment(s, m) {
  if (m[0] === 1 && m[1] === 0 && m[2] === 0 && m[3] === 1 && m[4] === 0 && m[5] === 0)
    return s;
  const [x0, y0] = apply(m, s.x0, s.y0);
  const [x1, y1] = apply(m, s.x1, s.y1);
  return { x0, y0, x1, y1, width: s.width };
}
function engineError(failure, file, page) {
  if (failure.kind === "password-wrong")
    return new FenjieError("PDF_ENCRYPTED", `PDF \u6587\u4EF6\u5DF2\u52A0\u5BC6\uFF0C\u6240\u7ED9\u5BC6\u7801\u4E0D\u6B63\u786E\uFF1A${file}\u3002\u8BF7\u7528 --password \u63D0\u4F9B\u6B63\u786E\u7684\u6253\u5F00\u5BC6\u7801\u3002`, file);
  if (failure.kind === "password-needed")
    return new FenjieError("PDF_ENCRYPTED", `PDF \u6587\u4EF6\u5DF2\u52A0\u5BC6\uFF0C\u9700\u8981\u5BC6\u7801\u624D\u80FD\u6253\u5F00\uFF1A${file}\u3002\u8BF7\u7528 --password \u63D0\u4F9B\u6253\u5F00\u5BC6\u7801\u3002`, file);
  if (page !== void 0)
    return new FenjieError("PDF_DAMAGED", `PDF \u6587\u4EF6\u5DF2\u635F\u574F\uFF0C\u7B2C ${page} \u9875\u65E0\u6CD5\u8BFB\u53D6\uFF1A${file}\uFF08${failure.detail}\uFF09\u3002\u8BF7\u91CD\u65B0\u83B7\u53D6\u539F\u6587\u4EF6\u3002`, file);
  return new FenjieError("PDF_DAMAGED", `PDF \u6587\u4EF6\u5DF2\u635F\u574F\u6216\u4E0D\u662F\u6709\u6548\u7684 PDF\uFF1A${file}\uFF08${failure.detail}\uFF09\u3002\u8BF7\u91CD\u65B0\u83B7\u53D6\u539F\u6587\u4EF6\u3002`, file);
}
function checkText(pages, imagePages, file, s) {
  const diagnostics = [];
  const garbled = [];
  for (const page of pages) {
    const text = page.runs.map((r) => r.text).join("").replace(/\s+/g, "");
    const bad = text.match(BAD_GLYPH)?.length ?? 0;
    if (text.length && bad > s.badGlyphShare * text.length)
      garbled.push(page.number);
    if (bad) {
      page.runs = page.runs.map((r) => ({ ...r, text: r.text.replace(BAD_GLYPH, "") })).filter((r) => r.text.trim());
    }
  }
  if (pages.length === 0) {
    throw new FenjieError("PDF_NO_TEXT", `PDF \u6CA1\u6709\u4EFB\u4F55\u9875\u9762\uFF080 \u9875\uFF09\uFF1A${file}\u3002\u8BF7\u91CD\u65B0\u5BFC\u51FA\u6216\u91CD\u65B0\u83B7\u53D6\u539F\u6587\u4EF6\u3002`, file);
  }
  const empty = pages.filter((p) => p.runs.length === 0).map((p) => p.number);
  if (empty.length === pages.length && garbled.length) {
    throw new FenjieError("PDF_NO_TEXT", `PDF \u7684\u5B57\u4F53\u6CA1\u6709 Unicode \u6620\u5C04\uFF0C\u6587\u5B57\u65E0\u6CD5\u6B63\u786E\u63D0\u53D6\uFF08\u7B2C ${pageList(garbled)} \u9875\uFF09\uFF1A${file}\u3002\u8BF7\u7528\u539F\u59CB\u6587\u4EF6\u91CD\u65B0\u5BFC\u51FA PDF\uFF0C\u6216\u8FDB\u884C OCR \u8BC6\u522B\u3002`, file);
  }
  if (empty.length === pages.length) {
    const scanned = empty.filter((n) => imagePages.has(n));
    const what = scanned.length ? `\u662F\u626B\u63CF\u4EF6\uFF08\u53EA\u6709\u56FE\u50CF\uFF0C\u6CA1\u6709\u6587\u5B57\u5C42\uFF09\uFF0C\u9700\u8981\u5148\u8FDB\u884C OCR \u6587\u5B57\u8BC6\u522B` : `\u6CA1\u6709\u4EFB\u4F55\u6587\u5B57`;
    throw new FenjieError("PDF_NO_TEXT", `PDF ${what}\uFF1A${file}\uFF08\u7B2C ${pageList(scanned.length ? scanned : empty)} \u9875\uFF09\u3002`, file);
  }
  for (const n of empty) {
    if (!imagePages.has(n))
      continue;
    diagnostics.push({ level: "warning", code: "PDF_PAGE_NO_TEXT", message: `\u7B2C ${n} \u9875\u662F\u626B\u63CF\u56FE\u50CF\uFF0C\u6CA1\u6709\u6587\u5B57\u5C42\uFF0C\u5176\u5185\u5BB9\u672A\u88AB\u8BFB\u53D6\u3002\u8BF7\u5BF9\u8BE5\u9875\u8FDB\u884C OCR \u540E\u6838\u5BF9\u3002`, page: n });
  }
  for (const n of garbled) {
    diagnostics.push({ level: "warning", code: "PDF_FONT_NO_UNICODE", message: `\u7B2C ${n} \u9875\u7684\u90E8\u5206\u5B57\u4F53\u6CA1\u6709 Unicode \u6620\u5C04\uFF0C\u65E0\u6CD5\u8BC6\u522B\u7684\u5B57\u7B26\u5DF2\u5220\u9664\u3002\u8BF7\u5BF9\u7167\u539F\u6587\u6838\u5BF9\u8BE5\u9875\u3002`, page: n });
  }
  return diagnostics;
}
function pageList(pages) {
  const out = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j] + 1)
      j++;
    out.push(j > i ? `${pages[i]}\u2013${pages[j]}` : `${pages[i]}`);
    i = j + 1;
  }
  return out.join("\u3001");
}
export {
  PDFJS_SAFETY,
  checkText,
  documentOptions,
  loadPdfJs,
  pageList,
  placePage,
  readPdf
};
