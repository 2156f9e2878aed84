#!/usr/bin/env node
// A second, independent set of table PDFs (fixtures/pdf2/) whose truth we already have:
// records of text fixtures (fixtures/real-like/*.json truths, the checked goldens of
// fixtures/general/ and the seeds) rendered as notices — a cover letter, then the table —
// in styles the first PDF set (fixtures/pdf/) does not use: other column sets and orders,
// header synonyms, 完成时限 columns, narrow columns that wrap names, people columns before
// the task, 项目 columns, excerpts that start late, two tables, several fonts, landscape,
// vertically centred or top-aligned cells, ruled and unruled, page numbers in the footer.
// Two makers: LibreOffice Writer (Flat ODT → `soffice --convert-to pdf`) and Chromium
// (`--print-to-pdf` of an HTML page).
//
//   apt-get install libreoffice-writer-nogui chromium fonts-noto-cjk poppler-utils qpdf
//   npm run build && node scripts/make-pdf2-fixtures.mjs [NAME ...]   # PDFs + truths
//   node scripts/make-dumps.mjs --pdf2 [NAME ...]                     # fixtures/dumps2/
//   node scripts/make-pdf2-fixtures.mjs --truth-only && node scripts/make-dumps.mjs --pdf2 --truth-only
//
// Writes fixtures/pdf2/NAME.pdf and NAME.json: the truth in the scorer's shape
// (/work/shared/tools/score.py), the source records as printed: a field merged down
// (rowspan) lists itself in `inherited`, a record whose source inherited a field but
// whose cell is printed (first row of an excerpt, a section change) does not.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { toFodt } from "./pdf-fixtures/fodt.mjs";
import { stringifyTruth } from "./truth-json.mjs";

const OUT = process.env.OUT ?? "fixtures/pdf2";
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const work = mkdtempSync(join(tmpdir(), "fenjie-pdf2-"));
const truthOnly = process.argv.includes("--truth-only"); // rewrite the truths, not the PDFs
const readJson = (p) => JSON.parse(readFileSync(p, "utf8"));

const FIELDS = ["seq", "section", "task", "leadUnits", "units", "coUnits", "leaders", "supervisors", "inherited"];
const ENTITY = ["leadUnits", "units", "coUnits", "leaders", "supervisors"];
const pick = (r) => Object.fromEntries(FIELDS.map((f) => [f, r[f] ?? (f === "task" ? "" : [])]));

/** Records of a real-like truth (one table or `tables`). */
function realLike(name) {
  const t = readJson(`fixtures/real-like/${name}.json`);
  return { path: `fixtures/real-like/${name}.json`, notice: t.notice, tables: (t.tables ?? [t]).map((x) => ({ title: x.title ?? null, rows: x.rows.map(pick) })) };
}

/** Records of a checked golden (fixtures/expected/NAME.json), optionally the 序号 range [from, to]. */
function golden(name, from = -Infinity, to = Infinity) {
  const g = readJson(`fixtures/expected/${name}.json`);
  return {
    path: `fixtures/expected/${name}.json`,
    notice: g.notice,
    tables: g.tables.map((t) => ({ title: t.title ?? null, rows: g.tasks.filter((r) => r.table === t.index && r.seq >= from && r.seq <= to).map(pick) })),
  };
}

/** 2021-03-15 → 2021年3月15日 */
const cnDate = (d) => d.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y, m, dd) => `${y}年${Number(m)}月${Number(dd)}日`);

/** A deadline cell (a column fenjie must leave out of every field), varied by 序号. */
const deadline = (seq, year) => [`${year}年6月底前`, `${year}年12月底前`, "全年持续推进", `${year}年9月底前`, "长期坚持"][seq % 5];

/**
 * One table as a grid of cells (null = covered by a span from above or the left):
 * `columns` is the printed column order, each a field (`seq`, `task`, an entity field,
 * `section` for a 项目 column holding the heading path, `deadline`) with its header text.
 * Sections are heading rows spanning the table unless there is a `section` column.
 */
function grid(rows, spec, year) {
  const cols = spec.columns;
  const sectionColumn = cols.some((c) => c.field === "section");
  const body = [];
  const truth = [];
  let section = [];
  const covered = new Set(); // `${i}:${c}`
  const sameSection = (a, b) => a.section.join("|") === b.section.join("|");
  // without rules a merged cell is an empty cell to the eye: merge only where the row's
  // responsibility cells are all merged (DOMAIN.md: then they are filled down); a row with
  // cells of its own prints the merged field's names again
  const entityCols = cols.filter((c) => ENTITY.includes(c.field)).map((c) => c.field);
  const mergeable = (r) => spec.ruled !== false || entityCols.every((f) => r.inherited.includes(f));
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (!sectionColumn && spec.sections !== false)
      r.section.forEach((s, level) => {
        if (section[level] !== s || section.slice(0, level).join("|") !== r.section.slice(0, level).join("|"))
          body.push({ heading: true, cells: [{ text: s, colSpan: cols.length, bold: true }, ...cols.slice(1).map(() => null)] });
      });
    const newSection = i === 0 || !sameSection(rows[i - 1], r);
    section = r.section;
    const inherited = [];
    const cells = cols.map((c, ci) => {
      if (covered.has(`${i}:${ci}`)) {
        if (ENTITY.includes(c.field)) inherited.push(c.field);
        return null;
      }
      if (c.field === "seq") return { text: String(r.seq) };
      if (c.field === "task") return { text: r.task };
      if (c.field === "deadline") return { text: deadline(r.seq, year) };
      if (c.field === "section") {
        if (!newSection) return { text: "" };
        let span = 1;
        while (rows[i + span] && sameSection(rows[i + span], r)) span++;
        for (let k = 1; k < span; k++) covered.add(`${i + k}:${ci}`);
        return { text: r.section, rowSpan: span };
      }
      let span = 1;
      if (spec.merge !== false) while (rows[i + span]?.inherited.includes(c.field) && sameSection(rows[i + span], r) && mergeable(rows[i + span])) span++;
      for (let k = 1; k < span; k++) covered.add(`${i + k}:${ci}`);
      const names = r[c.field];
      return { text: spec.join ? [names.join(spec.join)] : names, rowSpan: span };
    });
    body.push({ cells });
    truth.push({ ...r, section: sectionColumn || spec.sections !== false ? r.section : [], inherited: ENTITY.filter((f) => inherited.includes(f)) });
  }
  return { header: cols.map((c) => ({ text: c.header, bold: true })), body, truth };
}

/** The cover letter: document number, title, addressees, instructions (one naming 牵头单位 and 责任单位 in prose), issuer, date. */
function coverLines(n, opts) {
  const lines = [];
  if (n.docNumber) lines.push({ text: n.docNumber, center: true });
  lines.push({ text: n.title, title: true });
  lines.push({ text: "各乡镇人民政府、街道办事处，县直各单位：" });
  lines.push({ text: `现将《${n.year}年政府工作报告目标任务责任分解表》印发给你们，请结合实际，认真抓好落实。` });
  if (opts.proseTrap)
    lines.push({ text: "一、压实工作责任。各牵头单位要切实履行牵头职责，会同责任单位和配合单位细化工作措施，明确时间节点，确保按时完成。" });
  lines.push({ text: "二、加强督查考核。县政府督查室将定期对目标任务完成情况进行督查，督查结果纳入年度绩效考核。" });
  lines.push({ text: n.issuer, right: true });
  lines.push({ text: cnDate(n.date), right: true });
  lines.push({ text: "（此件公开发布）" });
  return lines;
}

/** The notice printed: the source's metadata when it has one, else `notice` of the spec. */
function noticeOf(src, spec) {
  const n = { ...spec.notice, ...Object.fromEntries(Object.entries(src.notice ?? {}).filter(([, v]) => v != null)) };
  if (!n.date) n.date = `${n.year}-0${(n.year % 3) + 2}-1${n.year % 9}`;
  n.year = n.year ?? Number(n.date.slice(0, 4));
  if (!n.title) n.title = `${n.issuer}关于印发${n.year}年政府工作报告目标任务责任分解的通知`;
  return n;
}

/** The same content, smaller (Chromium writes uncompressed object streams); a copy without qpdf. */
function compress(from, to) {
  if (existsSync("/usr/bin/qpdf")) execFileSync("qpdf", ["--object-streams=generate", "--recompress-flate", "--compression-level=9", from, to]);
  else copyFileSync(from, to);
}

// ---------- LibreOffice ----------

function lo(name, spec, src) {
  const n = noticeOf(src, spec);
  const blocks = coverLines(n, spec).map((l) => ({ type: "p", text: l.text, title: l.title, center: l.center || l.right }));
  const truth = [];
  src.tables.forEach((t, ti) => {
    const tableSpec = spec.tables?.[ti] ?? spec;
    const g = grid(t.rows, tableSpec, n.year);
    const title = tableSpec.title ?? t.title ?? `${n.year}年政府工作报告目标任务责任分解表`;
    truth.push({ title, g });
    blocks.push({ type: "p", text: ti === 0 && src.tables.length === 1 ? "附件" : `附件${ti + 1}` });
    blocks.push({ type: "p", text: title, title: true });
    blocks.push({
      type: "table",
      columns: tableSpec.columns.map((c) => c.width),
      ruled: spec.ruled !== false,
      headerRows: spec.repeatHeader === false ? [] : [{ cells: g.header }],
      rows: [...(spec.repeatHeader === false ? [{ cells: g.header }] : []), ...g.body.map((r) => ({ cells: r.cells }))],
    });
  });
  let xml = toFodt({ font: spec.font, fontSize: spec.fontSize, page: spec.page, header: spec.runningHead, footerPageNumber: spec.pageNumbers !== false, cellAlign: spec.cellAlign, blocks });
  if (spec.valign) xml = xml.replace(/style:vertical-align="(middle|top)"/g, `style:vertical-align="${spec.valign}"`);
  if (truthOnly) return { notice: n, tables: truth };
  const file = join(work, `${name}.fodt`);
  writeFileSync(file, xml);
  execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${work}/profile`, "--convert-to", "pdf", "--outdir", work, file], { stdio: "pipe" });
  compress(join(work, `${name}.pdf`), join(OUT, `${name}.pdf`));
  return { notice: n, tables: truth };
}

// ---------- Chromium ----------

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const cellHtml = (c, tag = "td") => {
  const lines = Array.isArray(c.text) ? c.text : [c.text];
  const attrs = (c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : "") + (c.colSpan > 1 ? ` colspan="${c.colSpan}"` : "");
  const inner = lines.map(esc).join("<br>");
  return `<${tag}${attrs}>${c.bold && tag === "td" ? `<b>${inner}</b>` : inner}</${tag}>`;
};

function browser(name, spec, src) {
  const n = noticeOf(src, spec);
  const truth = [];
  const parts = coverLines(n, spec).map((l) => (l.title ? `<h2 class="c">${esc(l.text)}</h2>` : `<p class="${l.center ? "c" : l.right ? "r" : ""}">${esc(l.text)}</p>`));
  src.tables.forEach((t, ti) => {
    const tableSpec = spec.tables?.[ti] ?? spec;
    const g = grid(t.rows, tableSpec, n.year);
    const title = tableSpec.title ?? t.title ?? `${n.year}年政府工作报告目标任务责任分解表`;
    truth.push({ title, g });
    parts.push(`<p>${src.tables.length === 1 ? "附件" : `附件${ti + 1}`}</p>`);
    parts.push(`<h3 class="c">${esc(title)}</h3>`);
    const head = `<tr>${g.header.map((c) => cellHtml(c, "th")).join("")}</tr>`;
    const colgroup = `<colgroup>${tableSpec.columns.map((c) => `<col style="width:${c.width}%">`).join("")}</colgroup>`;
    const body = g.body.map((r) => `<tr>${r.cells.filter(Boolean).map((c) => cellHtml(c)).join("")}</tr>`).join("\n");
    parts.push(`<table class="${spec.ruled === false ? "bare" : "ruled"}">${colgroup}${spec.repeatHeader === false ? "" : `<thead>${head}</thead>`}<tbody>\n${spec.repeatHeader === false ? head + "\n" : ""}${body}\n</tbody></table>`);
  });
  const css = [
    `body{font-family:"${spec.font ?? "Noto Serif CJK SC"}",serif;font-size:${spec.fontSize ?? "11pt"}}`,
    `.c{text-align:center}.r{text-align:right}`,
    // one weight: a bold subset of a CJK font doubles the file; headings stand out by size
    `h2,h3,th,b{font-weight:normal}h2{font-size:16pt}h3{font-size:13pt}`,
    `table{border-collapse:collapse;width:100%}`,
    `td,th{padding:${spec.padding ?? "3px"};vertical-align:${spec.valign ?? "middle"}${spec.cellAlign ? `;text-align:${spec.cellAlign}` : ""}}`,
    `table.ruled td,table.ruled th{border:1px solid #000}`,
    `@page{size:A4${spec.landscape ? " landscape" : ""};margin:18mm 15mm${spec.pageNumbers === false ? "" : ';@bottom-center{content:"— " counter(page) " —";font-size:10pt}'}}`,
  ].join("\n");
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body>\n${parts.join("\n")}\n</body></html>\n`;
  if (truthOnly) return { notice: n, tables: truth };
  const file = join(work, `${name}.html`);
  writeFileSync(file, html);
  const profile = mkdtempSync(join(work, "profile-"));
  execFileSync(
    CHROMIUM,
    ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
      `--user-data-dir=${profile}`, ...(spec.headerFooter ? [] : ["--no-pdf-header-footer"]), `--print-to-pdf=${join(work, `${name}.pdf`)}`, `file://${resolve(file)}`],
    { stdio: "pipe" },
  );
  compress(join(work, `${name}.pdf`), join(OUT, `${name}.pdf`));
  return { notice: n, tables: truth };
}

// ---------- the fixtures ----------

/** Column helpers: C(field, header, width). */
const C = (field, header, width) => ({ field, header, width });
const county = (issuer, docNumber, year) => ({ issuer, docNumber, year });

const FIXTURES = {
  // LibreOffice, ruled, five people/unit columns, narrow columns (names wrap), section rows, Sans
  "lo-five-roles-narrow": ["lo", () => realLike("vice-mayor-labels"), {
    notice: county("临川市人民政府办公室", "临府办〔2023〕18号", 2023), font: "Noto Sans CJK SC", fontSize: "9pt", proseTrap: true,
    columns: [C("seq", "序号", 1), C("task", "重点工作任务", 5), C("supervisors", "分管副市长", 1.7), C("leadUnits", "牵头单位", 2.4), C("units", "责任单位", 2.4), C("coUnits", "配合单位", 2.4), C("leaders", "责任领导", 1.6)],
  }],
  // LibreOffice, merged responsibility cells (rowspan), vertically centred, section rows
  "lo-merged-township": ["lo", () => realLike("wps-empty-merged"), {
    notice: county("青石镇人民政府", "青政〔2024〕5号", 2024), valign: "middle",
    columns: [C("seq", "序号", 1.2), C("task", "目标任务", 7), C("leaders", "责任领导", 2), C("units", "责任单位", 3.5), C("coUnits", "配合单位", 3.3)],
  }],
  // LibreOffice, unruled, top-aligned, merged cells, no section
  "lo-unruled-merged": ["lo", () => realLike("ditto-cells"), {
    notice: county("平远县人民政府办公室", "平府办〔2022〕7号", 2022), ruled: false, valign: "top", font: "Noto Sans CJK SC",
    columns: [C("seq", "序号", 1.2), C("task", "工作任务", 7.5), C("leadUnits", "牵头单位", 3), C("units", "责任单位", 3), C("supervisors", "分管县领导", 2.3)],
  }],
  // LibreOffice, seed 003's rows 61–96 (an excerpt starting late), landscape, merged blocks, running head
  "lo-seed003-tail-landscape": ["lo", () => golden("003", 61, 96), {
    page: { width: "29.7cm", height: "21cm", landscape: true, margin: "1.6cm" }, font: "Noto Sans CJK SC", fontSize: "9.5pt", runningHead: "2020年政府工作报告目标任务责任分解表（续）",
    columns: [C("seq", "序号", 1.2), C("task", "具体目标任务", 10), C("leadUnits", "牵头单位", 4), C("leaders", "责任人", 2.4), C("coUnits", "协办单位", 5.5), C("supervisors", "区分管或联系领导", 3.2)],
  }],
  // LibreOffice, seed 000's first 28 rows: 项目 column (two heading levels in one merged cell), narrow people columns
  "lo-seed000-project": ["lo", () => golden("000", 1, 28), {
    fontSize: "9.5pt",
    columns: [C("seq", "序号", 1), C("section", "项目", 3), C("task", "目标任务", 7), C("units", "责任单位", 2.6), C("leaders", "责任领导", 1.6), C("supervisors", "分管市领导", 1.8)],
  }],
  // LibreOffice, seed 002's rows 46–72: the leader column before the units, a 完成时限 column, section rows, centred cells
  "lo-seed002-leader-first": ["lo", () => golden("002", 46, 72), {
    fontSize: "10pt", cellAlign: "center",
    columns: [C("seq", "序号", 1.1), C("task", "具体任务", 6.6), C("supervisors", "分管领导", 1.8), C("leadUnits", "牵头单位", 2.8), C("units", "责任单位", 2.8), C("deadline", "完成时限", 1.9)],
  }],
  // LibreOffice, two tables (two attachments), the header printed once (not repeated), 完成时限
  "lo-two-tables": ["lo", () => realLike("flattened-two-tables"), {
    notice: county("东山县人民政府办公室", "东政办〔2023〕11号", 2023), repeatHeader: false,
    tables: [
      { title: "主要预期目标责任分解表", columns: [C("seq", "序号", 1.2), C("task", "预期目标", 8), C("units", "责任单位", 4.5), C("deadline", "完成时限", 3)] },
      { title: "重点工作任务责任分解表", columns: [C("seq", "序号", 1.2), C("task", "工作任务", 8), C("leadUnits", "牵头单位", 3.8), C("coUnits", "配合单位", 3.7)] },
    ],
  }],
  // LibreOffice, province-level leader column first, units joined with 、 in one line, prose trap in the cover letter
  "lo-province-leaders": ["lo", () => realLike("province-leader-columns"), {
    notice: county("某省人民政府办公厅", "某政办发〔2023〕4号", 2023), join: "、", proseTrap: true, font: "Noto Serif CJK SC",
    columns: [C("seq", "序号", 1.1), C("task", "重点工作", 7), C("supervisors", "责任省领导", 2), C("leadUnits", "牵头单位", 3.2), C("coUnits", "参与单位", 3.7)],
  }],
  // LibreOffice, units paired with people (责任人), 完成时限, top-aligned
  "lo-unit-person-pairs": ["lo", () => golden("general-county-tsv-leader-pairs"), {
    valign: "top",
    columns: [C("seq", "序号", 1.1), C("task", "工作任务", 6.5), C("units", "责任单位", 3.2), C("leaders", "责任人", 1.8), C("supervisors", "分管县领导", 2), C("deadline", "完成时限", 2.4)],
  }],
  // LibreOffice, numbering that starts late (序号 21), a merged row, 承办单位 / 挂钩领导
  "lo-late-start-merged": ["lo", () => golden("general-district-late-start-merged"), {
    font: "Noto Sans CJK SC",
    columns: [C("seq", "序号", 1.2), C("task", "具体任务", 7.5), C("units", "承办单位", 3.3), C("leaders", "责任领导", 2.2), C("supervisors", "挂钩领导", 2.8)],
  }],
  // Chromium, ruled, lead unit + person + co-units + supervisor, narrow, vertically centred
  "br-lead-person-co": ["br", () => golden("general-city-lead-person-co"), {
    fontSize: "10pt",
    columns: [C("seq", "序号", 5), C("task", "工作内容", 37), C("leadUnits", "牵头单位", 12), C("leaders", "责任人", 9), C("coUnits", "协同单位", 17), C("supervisors", "分管市领导", 9), C("deadline", "完成时间", 11)],
  }],
  // Chromium, seed 000's rows 150–173 with the 项目 column, landscape, Sans
  "br-seed000-landscape": ["br", () => golden("000", 150, 173), {
    landscape: true, font: "Noto Sans CJK SC", fontSize: "10pt",
    columns: [C("seq", "序号", 5), C("section", "项目", 16), C("task", "目标任务", 49), C("units", "责任单位", 13), C("leaders", "责任领导", 8), C("supervisors", "分管市领导", 9)],
  }],
  // Chromium, unruled, top-aligned, seed 003's rows 1–24 with merged blocks
  "br-seed003-unruled": ["br", () => golden("003", 1, 24), {
    ruled: false, valign: "top", padding: "3px 6px", font: "Noto Sans CJK SC", fontSize: "10pt",
    columns: [C("seq", "序号", 6), C("task", "具体目标任务", 38), C("leadUnits", "牵头单位", 15), C("leaders", "责任人", 10), C("coUnits", "协办单位", 18), C("supervisors", "区分管或联系领导", 13)],
  }],
  // Chromium, two heading levels as rows, lead/co units and 责任领导
  "br-heading-rows": ["br", () => realLike("cn-seq-headings"), {
    notice: county("南岭区人民政府办公室", "南政办〔2024〕2号", 2024), proseTrap: true,
    columns: [C("seq", "序号", 6), C("task", "重点工作任务", 48), C("leadUnits", "牵头单位", 16), C("coUnits", "配合单位", 18), C("leaders", "责任领导", 12)],
  }],
  // Chromium, the supervisor column before the task, 完成时限, section rows, narrow
  "br-leader-before-task": ["br", () => realLike("pipe-leader-first"), {
    notice: county("西湖区人民政府办公室", "西政办〔2023〕9号", 2023), fontSize: "10.5pt",
    columns: [C("seq", "序号", 6), C("supervisors", "分管区领导", 10), C("task", "重点工作任务", 46), C("leadUnits", "牵头单位", 14), C("units", "责任单位", 14), C("deadline", "完成时限", 10)],
  }],
  // Chromium, units before the task, 责任人 last
  "br-units-before-task": ["br", () => realLike("units-before-task"), {
    notice: county("北湖县人民政府办公室", "北政办〔2022〕15号", 2022), font: "Noto Sans CJK SC",
    columns: [C("seq", "序号", 6), C("units", "责任单位", 16), C("task", "重点任务", 48), C("coUnits", "配合单位", 18), C("leaders", "责任人", 12)],
  }],
  // Chromium, co-units and supervisors, section rows, the browser's own header and footer
  "br-header-footer": ["br", () => golden("general-word-paste-page-noise"), {
    headerFooter: true, pageNumbers: false,
    columns: [C("seq", "序号", 6), C("task", "目标任务", 46), C("units", "责任单位", 17), C("coUnits", "协办单位", 19), C("supervisors", "分管县领导", 12)],
  }],
  // Chromium, 项目 column merged down, merged responsibility cells
  "br-project-rowspan": ["br", () => golden("general-html-web-page-rowspan"), {
    valign: "middle", cellAlign: "center",
    columns: [C("seq", "序号", 6), C("section", "项目", 14), C("task", "工作任务", 40), C("leadUnits", "牵头单位", 14), C("coUnits", "配合单位", 16), C("supervisors", "分管县领导", 10)],
  }],
  // Chromium, seed 002's rows 1–15 with section rows, landscape, leader column moved first, 完成时限
  "br-seed002-landscape": ["br", () => golden("002", 1, 15), {
    landscape: true, fontSize: "10pt", font: "Noto Serif CJK SC",
    columns: [C("seq", "序号", 5), C("supervisors", "分管领导", 9), C("task", "具体任务", 46), C("leadUnits", "牵头单位", 15), C("units", "责任单位", 15), C("deadline", "完成时限", 10)],
  }],
  // Chromium, leaders before units, all five roles, small type, names one per line
  "br-leaders-first": ["br", () => realLike("leaders-before-units"), {
    notice: county("云岗区人民政府办公室", "云政办〔2023〕6号", 2023), fontSize: "9pt",
    columns: [C("seq", "序号", 5), C("task", "目标任务", 45), C("leaders", "责任领导", 10), C("leadUnits", "牵头单位", 14), C("units", "责任单位", 16), C("supervisors", "分管领导", 10)],
  }],
};


const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
mkdirSync(OUT, { recursive: true });
for (const [name, [maker, source, spec]] of Object.entries(FIXTURES)) {
  if (only.length && !only.includes(name)) continue;
  const src = source();
  const made = (maker === "lo" ? lo : browser)(name, spec, src);
  const { docNumber, issuer, date, year } = made.notice;
  const tables = made.tables.map((t, ti) => {
    const spec_ = spec.tables?.[ti] ?? spec;
    return { title: t.title, headers: spec_.columns.map((c) => c.header), firstSeq: t.g.truth[0].seq, rows: t.g.truth };
  });
  const head = { from: src.path, by: `scripts/make-pdf2-fixtures.mjs ${name}`, maker: maker === "lo" ? "LibreOffice Writer (Flat ODT)" : "Chromium print-to-pdf", notice: { docNumber, issuer, date, year } };
  writeFileSync(join(OUT, `${name}.json`), stringifyTruth(tables.length === 1 ? { ...head, ...tables[0] } : { ...head, tables }));
  console.log(`${name}: ${tables.reduce((a, t) => a + t.rows.length, 0)} records`);
}
rmSync(work, { recursive: true, force: true });
