// Generated notices for the scaling bench (`bench/scaling.mjs`): the same notice at any
// number of rows, in four text forms — tab-separated, a flattened dump (one cell fragment a
// line, as pdftotext writes a ruled table), list form with responsibility labels, and columns
// aligned by spaces (`pdftotext -layout`). Deterministic (a fixed-seed generator), built from
// small lists of units, people and task phrases; 20 section headings per notice whatever its
// size, and a repeated header every `PAGE_ROWS` rows (a page break), so the work per row is the
// same at every size.

const UNITS = ["区发改局", "区财政局", "区工信局", "区商务局", "区科技局", "区教育局", "区民政局", "区人社局", "区住建局", "区城管局", "区交通运输局", "区农业农村局", "区水利局", "区文旅局", "区卫健局", "区应急局", "区市场监管局", "区统计局", "区医保局", "区自然资源局", "区生态环境分局", "区公安分局", "区税务局", "区大数据中心"];
const COLLECTIVE = ["各街道办事处", "区直有关单位", "各镇人民政府"];
const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"];
const GIVEN = ["伟", "芳", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "华", "平", "建国", "志刚", "海燕", "晓东"];
const VERBS = ["推进", "实施", "完成", "新建", "改造", "培育", "深化", "加快", "开展", "提升", "落实", "建设"];
const OBJECTS = ["老旧小区改造", "高新技术企业认定", "城市道路提升工程", "农村人居环境整治", "中小学校舍建设", "重点项目攻坚", "营商环境优化", "数字政府建设", "生态修复工程", "养老服务设施", "智慧交通平台", "乡村振兴示范村"];
const TARGETS = ["全年完成投资 12亿元以上", "新增 30个以上", "覆盖率达到 95%", "确保年底前投入使用", "同比增长 8%左右", "完成年度计划的 100%"];
const HEADINGS = ["稳增长促发展", "抓创新强动能", "优环境增活力", "惠民生保稳定", "促改革扩开放", "建城市提品质", "兴乡村促振兴", "护生态绿发展", "保安全守底线", "强作风提效能"];
const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** Rows between repeated headers (a page of a table). */
export const PAGE_ROWS = 25;
/** Section headings per notice, whatever its size. */
const SECTIONS = 20;

/** Chinese numeral for 1–99. */
function cnNumber(n) {
  if (n <= 10) return CN[n - 1];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens > 1 ? CN[tens - 1] : "") + "十" + (ones ? CN[ones - 1] : "");
}

/** A deterministic generator (Park–Miller). */
function random(seed) {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

/** The rows of a notice: `{ seq, heading?, task, lead, units, people }`. */
export function rowsOf(count, seed = 20261202) {
  const rnd = random(seed);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const every = Math.max(1, Math.ceil(count / SECTIONS));
  const rows = [];
  for (let i = 1; i <= count; i++) {
    const lead = [pick(UNITS)];
    const units = rnd() < 0.5 ? [pick(COLLECTIVE)] : [pick(UNITS), pick(UNITS)].filter((u, k, a) => a.indexOf(u) === k && !lead.includes(u));
    const people = [pick(SURNAMES) + pick(GIVEN)];
    const long = rnd() < 0.3;
    const task = `${pick(VERBS)}${pick(OBJECTS)}，${pick(TARGETS)}${long ? `，同步${pick(VERBS)}${pick(OBJECTS)}，${pick(TARGETS)}` : ""}。`;
    const section = (i - 1) % every === 0 ? (i - 1) / every + 1 : 0;
    rows.push({ seq: i, heading: section ? `${cnNumber(section)}、${HEADINGS[(section - 1) % HEADINGS.length]}` : null, task, lead, units, people });
  }
  return rows;
}

const COVER = ["青湖区人民政府办公室文件", "", "青政办〔2026〕12号", "", "青湖区人民政府办公室关于2026年区政府工作报告目标任务责任分解的通知", "", "各街道办事处，区直各单位：", "", "现将2026年区政府工作报告目标任务责任分解如下，请认真贯彻执行。", "", "青湖区人民政府办公室", "2026年1月20日", "", "附件", "", "2026年区政府工作报告目标任务责任分解表", ""];

/** Tab-separated: a header row, heading rows, a repeated header every page. */
export function tsv(count) {
  const header = "序号\t目标任务\t牵头单位\t责任单位\t分管领导";
  const out = [...COVER, header];
  for (const r of rowsOf(count)) {
    if (r.seq > 1 && (r.seq - 1) % PAGE_ROWS === 0) out.push(header);
    if (r.heading) out.push(r.heading);
    out.push([r.seq, r.task, r.lead.join(" "), r.units.join(" "), r.people.join(" ")].join("\t"));
  }
  return out.join("\n") + "\n";
}

/** A flattened dump: one cell fragment a line, a long task wrapped, blank lines between, page footers. */
export function flat(count) {
  const header = ["序号", "目标任务", "牵头单位", "责任单位", "分管领导"];
  const out = [...COVER, ...header.flatMap((h) => [h, ""])];
  let page = 1;
  for (const r of rowsOf(count)) {
    if (r.seq > 1 && (r.seq - 1) % PAGE_ROWS === 0) out.push(`- ${++page} -`, " " + header.join(" "), "");
    if (r.heading) out.push(r.heading, "");
    const task = r.task.length > 30 ? [r.task.slice(0, 30), r.task.slice(30)] : [r.task];
    out.push(String(r.seq), ...task, "");
    for (const name of [...r.lead, ...r.units, ...r.people]) out.push(name, "");
  }
  return out.join("\n") + "\n";
}

/** List form: a numbered paragraph, then labelled lines. */
export function list(count) {
  const out = [...COVER];
  for (const r of rowsOf(count)) {
    if (r.heading) out.push(`**${r.heading}**`, "");
    out.push(`${r.seq}、${r.task}`, `牵头单位：${r.lead.join("、")}`, `责任单位：${r.units.join("、")}`, `分管领导：${r.people.join("、")}`, "");
  }
  return out.join("\n") + "\n";
}

/** Display width: CJK and full-width characters count two columns. */
const width = (s) => [...s].reduce((w, c) => w + (/[\u1100-\uffff]/.test(c) && !/[\uff61-\uff9f]/.test(c) ? 2 : 1), 0);
const pad = (s, w) => s + " ".repeat(Math.max(1, w - width(s)));

/** Columns aligned by spaces, the task wrapped at 16 characters, page footers and repeated headers. */
export function aligned(count) {
  const cols = [6, 36, 18, 18, 10];
  const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, cols[i]))).join("").replace(/\s+$/, "");
  const header = " " + line(["序号", "目标任务", "牵头单位", "责任单位", "分管领导"]);
  const out = [...COVER, header];
  let page = 1;
  for (const r of rowsOf(count)) {
    if (r.seq > 1 && (r.seq - 1) % PAGE_ROWS === 0) out.push("", `${" ".repeat(40)}—${++page}—`, "", header);
    if (r.heading) out.push(`      ${r.heading}`);
    const task = [];
    for (let i = 0; i < r.task.length; i += 16) task.push(r.task.slice(i, i + 16));
    const cells = [[String(r.seq)], task, r.lead, r.units, r.people];
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) out.push("  " + line(cells.map((c) => c[k] ?? "")));
  }
  return out.join("\n") + "\n";
}

/** The text forms, by name. */
export const TEXT_FORMS = { tsv, flat, list, aligned };

// ---------------------------------------------------------------- ruled PDF
// A ruled table over any number of A4 pages, written byte by byte (no tool needed): the
// header row repeated on every page, section heading rows spanning the table, a page number
// in the footer, cell borders as thin filled rectangles (as Word draws them). The font is a
// CID font with Identity-H and a ToUnicode CMap, as office software writes it (the CID is the
// character's code point, so the CMap is 256 ranges), not embedded: every reader, pdfium,
// pdf.js and poppler, gets the text without a font file or language pack. One text operator
// per line of a cell; content streams deflated. Same rows as the text forms.

import { deflateSync } from "node:zlib";

const ucs2 = (s) => [...s].map((c) => c.codePointAt(0).toString(16).padStart(4, "0")).join("");
const charWidth = (c, size) => (c.codePointAt(0) < 0x80 ? size / 2 : size);

/** Lines of `text` that fit `width` points at `size`. */
function wrap(text, width, size) {
  const lines = [];
  let line = "";
  let w = 0;
  for (const c of text) {
    const cw = charWidth(c, size);
    if (w + cw > width && line) {
      lines.push(line);
      line = "";
      w = 0;
    }
    line += c;
    w += cw;
  }
  if (line) lines.push(line);
  return lines;
}

const PAGE_W = 595;
const PAGE_H = 842;
const LEFT = 50;
const COLUMNS = [40, 205, 90, 90, 70];
const HEADER = ["序号", "目标任务", "牵头单位", "责任单位", "分管领导"];
const FONT = 10;
const LEADING = 13;
const PAD = 4;
const BOTTOM = 60;
const TITLE_LINES = ["青湖区人民政府办公室关于2026年区政府工作报告", "目标任务责任分解的通知", "青政办〔2026〕12号", "附件", "2026年区政府工作报告目标任务责任分解表"];

/** CID = code point (Identity-H over the Basic Multilingual Plane): 256 ranges of 256. */
const TO_UNICODE = [
  "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
  "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def",
  "1 begincodespacerange <0000> <FFFF> endcodespacerange",
  ...[0, 100, 200].map((from) => {
    const n = Math.min(100, 256 - from);
    const ranges = Array.from({ length: n }, (_, i) => ((h) => `<${h}00> <${h}FF> <${h}00>`)((from + i).toString(16).padStart(2, "0").toUpperCase()));
    return `${n} beginbfrange\n${ranges.join("\n")}\nendbfrange`;
  }),
  "endcmap CMapName currentdict /CMap defineresource pop end end",
].join("\n");

/** Rows per page at most (a bound for the generator). */
const MAX_ROWS_PER_PAGE = 40;

/**
 * A ruled notice of exactly `pages` pages. Returns `{ bytes, rows }`: the PDF (a Buffer) and
 * the number of numbered rows it holds.
 */
export function ruledPdf(pages) {
  const xs = [LEFT];
  for (const w of COLUMNS) xs.push(xs.at(-1) + w);
  const right = xs.at(-1);
  const source = rowsOf(pages * MAX_ROWS_PER_PAGE);
  const streams = [];
  let next = 0;
  for (let p = 1; p <= pages; p++) {
    const rules = ["0 g"];
    const text = [];
    const put = (s, x, y) => text.push(`1 0 0 1 ${x.toFixed(2)} ${y.toFixed(2)} Tm <${ucs2(s)}> Tj`);
    let top = 780;
    if (p === 1) {
      for (const t of TITLE_LINES) {
        put(t, (PAGE_W - [...t].reduce((a, c) => a + charWidth(c, FONT), 0)) / 2, top);
        top -= 20;
      }
      top -= 6;
    }
    // rows of this page: [kind, cells (arrays of lines), height]
    const band = [["header", HEADER.map((h) => [h]), LEADING + 2 * PAD + 2]];
    let used = band[0][2];
    while (next < source.length) {
      const r = source[next];
      const heading = r.heading && !r.headingDrawn ? [["heading", [[r.heading]], LEADING + 2 * PAD + 2]] : [];
      const cells = [[String(r.seq)], wrap(r.task, COLUMNS[1] - 2 * PAD, FONT), r.lead, r.units, r.people];
      const height = Math.max(...cells.map((c) => c.length)) * LEADING + 2 * PAD;
      const need = heading.reduce((a, h) => a + h[2], 0) + height;
      if (top - used - need < BOTTOM) break;
      if (heading.length) r.headingDrawn = true;
      band.push(...heading, ["row", cells, height]);
      used += need;
      next++;
    }
    // rules and text
    let y = top;
    rules.push(`${LEFT} ${(y - 0.25).toFixed(2)} ${right - LEFT} 0.5 re f`);
    for (const [kind, cells, height] of band) {
      const bottom = y - height;
      rules.push(`${LEFT} ${(bottom - 0.25).toFixed(2)} ${right - LEFT} 0.5 re f`);
      const verticals = kind === "heading" ? [xs[0], right] : xs;
      for (const x of verticals) rules.push(`${(x - 0.25).toFixed(2)} ${bottom.toFixed(2)} 0.5 ${height} re f`);
      cells.forEach((lines, c) => lines.forEach((line, k) => put(line, xs[c] + PAD, y - PAD - FONT - k * LEADING + 1)));
      y = bottom;
    }
    const footer = `- ${p} -`;
    put(footer, PAGE_W / 2 - footer.length * FONT / 4, 30);
    streams.push([...rules, "BT", `/F1 ${FONT} Tf`, ...text, "ET"].join("\n"));
  }
  const rows = next;

  // objects: 1 catalog, 2 pages, 3 font, 4 CID font, 5 descriptor, 6 ToUnicode, then page + contents pairs
  const objects = [null];
  const add = (o) => objects.push(o) - 1;
  add("<< /Type /Catalog /Pages 2 0 R >>");
  const kids = streams.map((_, i) => `${7 + 2 * i} 0 R`).join(" ");
  add(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`);
  add("<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>");
  add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 1000 /W [32 126 500] /CIDToGIDMap /Identity >>");
  add("<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [-8 -145 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 859 /StemV 80 >>");
  add(deflateSync(Buffer.from(TO_UNICODE, "latin1")));
  const chunks = [];
  for (const s of streams) {
    const id = objects.length;
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`);
    add(deflateSync(Buffer.from(s, "latin1")));
  }
  let size = 0;
  const offsets = [];
  const push = (b) => {
    chunks.push(b);
    size += b.length;
  };
  push(Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1"));
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = size;
    const o = objects[id];
    if (Buffer.isBuffer(o)) {
      push(Buffer.from(`${id} 0 obj\n<< /Length ${o.length} /Filter /FlateDecode >>\nstream\n`, "latin1"));
      push(o);
      push(Buffer.from("\nendstream\nendobj\n", "latin1"));
    } else push(Buffer.from(`${id} 0 obj\n${o}\nendobj\n`, "latin1"));
  }
  const xref = size;
  let tail = `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) tail += `${String(offsets[id]).padStart(10, "0")} 00000 n \n`;
  tail += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  push(Buffer.from(tail, "latin1"));
  return { bytes: Buffer.concat(chunks), rows };
}

/**
 * One task cell wrapped over `lines` lines (a flattened dump: one fragment a line), then its
 * units and a second row: the continuation-joining path at any length.
 */
export function longRow(lines) {
  const out = [...COVER, ...["序号", "目标任务", "牵头单位", "责任单位", "分管领导"].flatMap((h) => [h, ""]), "1", "推进老旧小区改造，"];
  for (let i = 1; i <= lines; i++) out.push(`同步实施第${i}批城市道路提升工程，确保年底前投入使用；`);
  out.push("", "区发改局", "", "区财政局", "", "王伟", "", "2", "完成高新技术企业认定。", "", "区科技局", "", "区工信局", "", "李芳", "");
  return out.join("\n") + "\n";
}
