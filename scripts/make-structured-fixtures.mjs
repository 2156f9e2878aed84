#!/usr/bin/env node
// Build the structured-document fixtures (fixtures/structured/): the project's fixture tables
// written as Word (.docx, and legacy .doc), OpenDocument (.odt, and .ods from the workbooks), web pages (UTF-8 and GBK, inside
// a government-site page, and as MHTML), spreadsheets (.xlsx) and OFD, the way real tools make them:
// Word / OpenDocument files come from LibreOffice (a Flat ODT with real merged cells converted by
// `soffice --convert-to`), the pages and the workbooks are written here (exceljs for .xlsx). The
// files are committed, so tests need no LibreOffice (but the one test of the .doc path). OFD files
// come from the small writer in ./doc-fixtures/ofd.mjs (positioned text and rules, no LibreOffice).
//
//   apt-get install libreoffice-writer-nogui fonts-noto-cjk
//   node scripts/make-structured-fixtures.mjs [NAME ...]
//
// Sources, never fenjie's own output of these files: the text goldens fixtures/expected/002.json
// and 003.json (the records every fixture must give back), the seeds' cover letters, the typed
// rows of fixtures/pdf/data/jinjiang-style.json (seed 000's shape) and fixtures/list/trailing-brackets.txt.
// Next to each fixture the script writes NAME.tables.json: the tables the file was written from
// (rows, cells, lines, spans, header rows), which test/read/structured-fixtures.test.ts compares
// with what the reader finds. fixtures/structured/manifest.json says which records each must give.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toFodt } from "./pdf-fixtures/fodt.mjs";
import { recordsTable, seedText } from "./doc-fixtures/tables.mjs";
import { toHtml } from "./doc-fixtures/html.mjs";
import { toMhtml } from "./doc-fixtures/mhtml.mjs";
import { encodeGbk } from "./doc-fixtures/gbk.mjs";
import { toXlsx } from "./doc-fixtures/xlsx.mjs";
import { toOfd } from "./doc-fixtures/ofd.mjs";

const OUT = "fixtures/structured";
const work = mkdtempSync(join(tmpdir(), "fenjie-structured-"));
const golden = (name) => JSON.parse(readFileSync(`fixtures/expected/${name}.json`, "utf8"));
const seedPath = (n) => join("seeds", readdirSync("seeds").find((f) => f.startsWith(n + "_")));
const cover = (n) => seedText(readFileSync(seedPath(n), "utf8"));
const P = (text, extra = {}) => ({ type: "p", text, ...extra });
const sub = (g, maxSeq) => ({ ...g, tasks: g.tasks.filter((t) => t.seq <= maxSeq) });

/** LibreOffice: a Flat ODT → NAME.EXT for each target (`docx`, `odt`, `doc`). */
function viaLibreOffice(name, doc, targets) {
  const src = join(work, `${name}.fodt`);
  writeFileSync(src, toFodt(doc));
  for (const ext of targets) {
    const filter = { docx: "docx:MS Word 2007 XML", odt: "odt", doc: "doc:MS Word 97" }[ext];
    execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${work}/profile`, "--convert-to", filter, "--outdir", work, src], { stdio: "pipe" });
    copyFileSync(join(work, `${name}.${ext}`), join(OUT, `${name}.${ext}`));
    console.log(`wrote ${OUT}/${name}.${ext}`);
  }
}

function write(file, bytes) {
  writeFileSync(join(OUT, file), bytes);
  console.log(`wrote ${OUT}/${file}`);
}

// ------------------------------------------------------------------ what the reader must find

const lineList = (text) => (Array.isArray(text) ? text : [text ?? ""]).filter((l) => l.trim() !== "");

/**
 * The tables of a document as a reader must give them back (DocTable without line numbers):
 * header rows flagged when the format marks them, covered positions left out, padded names as
 * written, hidden columns and rows absent.
 */
function expectedTables(doc, opts = {}) {
  return doc.blocks
    .filter((b) => b.type === "table")
    .map((t) => ({
      rows: [...t.headerRows.map((r) => ({ r, header: opts.header !== false })), ...t.rows.map((r) => ({ r, header: false }))].map(({ r, header }) => ({
        cells: r.cells
          .filter((c) => c !== null)
          .map((c) => ({
            lines: lineList(c.text).map((text) => ({ text: opts.pad ? padded(text) : text, ...(c.bold || (header && opts.boldHeader !== false) ? { bold: true } : {}) })),
            ...(c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
            ...(c.colSpan > 1 ? { colSpan: c.colSpan } : {}),
          })),
        ...(header && opts.flagHeader !== false ? { header: true } : {}),
      })),
      ...(opts.sheet ? { name: opts.sheet, page: opts.page } : {}),
    }));
}

const padded = (line) => (/^\p{Script=Han}{2}$/u.test(line) ? `${line[0]}\u3000${line[1]}` : line);

const manifest = [];
/**
 * fixture → the records it must give: those of text goldens (`to`: up to that 序号; `table`: the
 * table index they take in this file), and the golden whose notice fields it must give.
 */
function expect(file, spec) {
  manifest.push({ file, ...spec });
}

// ------------------------------------------------------------------ the documents

function seed002Doc() {
  const s = cover("002");
  return { blocks: [...s.cover.map((t) => P(t)), recordsTable(golden("002"), 0, { columns: [1.2, 7.4, 3.2, 3.2, 2] }), ...s.after.map((t) => P(t))] };
}

function seed003Doc() {
  const s = cover("003");
  return { blocks: [...s.cover.map((t) => P(t)), recordsTable(golden("003"), 0, { columns: [1.1, 5.6, 2.6, 1.8, 3.1, 2.8] }), ...s.after.map((t) => P(t))] };
}

/** Seed 000's shape: 项目 as two merged heading levels beside the tasks, one unit and one person per line. */
function twoLevelDoc() {
  const data = JSON.parse(readFileSync("fixtures/pdf/data/jinjiang-style.json", "utf8"));
  const rs = data.rows;
  const rows = rs.map((r, i) => {
    const span = (level) => {
      if (i > 0 && rs[i - 1].section.slice(0, level + 1).join() === r.section.slice(0, level + 1).join()) return null;
      let n = 1;
      while (rs[i + n] && rs[i + n].section.slice(0, level + 1).join() === r.section.slice(0, level + 1).join()) n++;
      return { text: r.section[level], ...(n > 1 ? { rowSpan: n } : {}) };
    };
    return { cells: [{ text: String(r.seq) }, span(0), span(1), { text: r.task }, { text: r.units }, { text: r.leaders }, { text: r.supervisors }] };
  });
  const head = data.headers.map((h) => ({ text: h, bold: true }));
  head.splice(1, 1, { text: "项目", bold: true, colSpan: 2 }, null);
  return { blocks: [P("附件"), P(data.title, { title: true }), { type: "table", columns: [1, 1.6, 1.6, 6.6, 3, 1.9, 1.9], headerRows: [{ cells: head }], rows }] };
}

function twoTablesDoc() {
  const a = cover("003");
  return {
    blocks: [
      ...a.cover.filter((t) => !t.startsWith("附件")).map((t) => P(t)),
      P("附件1"),
      P("附件1：重点工作任务责任分解表", { title: true }),
      recordsTable(sub(golden("003"), 24), 0, { columns: [1.1, 5.6, 2.6, 1.8, 3.1, 2.8] }),
      P("附件2"),
      P("附件2：主要指标任务责任分解表", { title: true }),
      recordsTable(sub(golden("002"), 12), 0, { columns: [1.2, 7.4, 3.2, 3.2, 2] }),
    ],
  };
}

/** Seed 002 as pasted page by page: its header row printed again every 20 rows inside the table. */
function repeatedHeaderDoc() {
  const doc = seed002Doc();
  const table = doc.blocks.find((b) => b.type === "table");
  const rows = [];
  table.rows.forEach((r, i) => {
    if (i > 0 && i % 20 === 0 && r.cells[0]?.rowSpan === undefined) rows.push({ cells: table.headerRows[0].cells.map((c) => ({ ...c })) });
    rows.push(r);
  });
  return { blocks: doc.blocks.map((b) => (b === table ? { ...table, headerRows: [], rows: [{ cells: table.headerRows[0].cells.map((c) => ({ ...c })) }, ...rows] } : b)) };
}

/** The list-form notice (tasks written as paragraphs) as Word paragraphs; `numbered`: the task numbers automatic. */
function listDoc(numbered) {
  const lines = readFileSync("fixtures/list/trailing-brackets.txt", "utf8").split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return {
    blocks: lines.map((t) => {
      const m = /^(\d+)\.(.*)$/.exec(t);
      return numbered && m ? P(m[2], { numbered: true }) : P(t);
    }),
  };
}

const SITES = {
  licheng: { name: "泉州市鲤城区人民政府", address: "泉州市鲤城区", nav: ["首页", "政务公开", "政务服务", "互动交流", "走进鲤城"] },
  quangang: { name: "泉州市泉港区人民政府", address: "泉州市泉港区", nav: ["首页", "信息公开", "办事服务", "政民互动", "魅力泉港"] },
  jinjiang: { name: "晋江市人民政府", address: "晋江市", nav: ["首页", "政务公开", "政务服务", "互动交流"] },
};

const metaOf = (g, index, published) => ({
  index,
  issuer: g.notice.issuer,
  docNumber: g.notice.docNumber,
  date: g.notice.date.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, "$1年$2月$3日"),
  title: g.notice.title,
  published,
});

// ------------------------------------------------------------------ the fixtures

const builders = {
  async seed002() {
    const doc = seed002Doc();
    viaLibreOffice("seed002", doc, ["docx", "odt"]);
    const html = toHtml(doc, { charset: "utf-8", site: SITES.licheng, meta: metaOf(golden("002"), "003542310/2021-00123", "2022年1月5日"), layoutTable: true, thead: true, cellLines: "br" });
    write("seed002.html", Buffer.from(html, "utf8"));
    const t = doc.blocks.find((b) => b.type === "table");
    write("seed002.xlsx", await toXlsx(t, { sheet: "附件", title: golden("002").tables[0].title }));
    const tables = expectedTables(doc);
    return {
      "seed002.docx": tables,
      "seed002.odt": tables,
      "seed002.html": tables,
      "seed002.xlsx": expectedTables(doc, { flagHeader: false, sheet: "附件", page: 1 }),
    };
  },
  async seed003() {
    const doc = seed003Doc();
    viaLibreOffice("seed003", doc, ["docx", "odt", "doc"]);
    const g = golden("003");
    const html = toHtml(doc, { charset: "gb2312", site: SITES.quangang, meta: metaOf(g, "003542402/2020-00007", "2020年1月23日"), layoutTable: false, thead: false, cellLines: "p", padNames: true });
    write("seed003-gbk.html", encodeGbk(html));
    write("seed003.mhtml", toMhtml({ page: encodeGbk(html), charset: "gb2312", encoding: "quoted-printable", location: "http://www.qg.gov.cn/zwgk/tzgg/202001/t20200123_1.htm", subject: g.notice.title }));
    const t = doc.blocks.find((b) => b.type === "table");
    write("seed003.xlsx", await toXlsx(t, { sheet: "责任分解表", title: g.tables[0].title, hiddenSheet: true, hiddenColumnAfter: 2, hiddenRowAfterHeader: true }));
    const tables = expectedTables(doc);
    const page = expectedTables(doc, { flagHeader: false, pad: true });
    return {
      "seed003.docx": tables,
      "seed003.odt": tables,
      "seed003.doc": null,
      "seed003-gbk.html": page,
      "seed003.mhtml": page,
      "seed003.xlsx": expectedTables(doc, { flagHeader: false, sheet: "责任分解表", page: 2 }),
    };
  },
  async "two-level"() {
    const doc = twoLevelDoc();
    viaLibreOffice("two-level", doc, ["docx"]);
    write("two-level.html", Buffer.from(toHtml(doc, { charset: "utf-8", site: SITES.jinjiang, title: "2021年《政府工作报告》目标任务责任分解表", thead: true, cellLines: "br" }), "utf8"));
    write("two-level.mhtml", toMhtml({ page: Buffer.from(toHtml(doc, { charset: "utf-8", site: SITES.jinjiang, title: "2021年《政府工作报告》目标任务责任分解表", thead: true, cellLines: "p" }), "utf8"), charset: "utf-8", encoding: "base64", location: "http://www.jinjiang.gov.cn/xxgk/tzgg/t20210301_1.htm", subject: "2021年《政府工作报告》目标任务责任分解表" }));
    const t = doc.blocks.find((b) => b.type === "table");
    write("two-level.xlsx", await toXlsx(t, { sheet: "Sheet1", title: "2021年《政府工作报告》目标任务责任分解表" }));
    const tables = expectedTables(doc);
    return { "two-level.docx": tables, "two-level.html": tables, "two-level.mhtml": tables, "two-level.xlsx": expectedTables(doc, { flagHeader: false, sheet: "Sheet1", page: 1 }) };
  },
  async "two-tables"() {
    const doc = twoTablesDoc();
    viaLibreOffice("two-tables", doc, ["docx", "odt"]);
    write("two-tables.html", Buffer.from(toHtml(doc, { charset: "utf-8", site: SITES.quangang, title: golden("003").notice.title, layoutTable: true, thead: true, cellLines: "br" }), "utf8"));
    const tables = expectedTables(doc);
    return { "two-tables.docx": tables, "two-tables.odt": tables, "two-tables.html": tables };
  },
  async "repeated-header"() {
    const doc = repeatedHeaderDoc();
    viaLibreOffice("repeated-header", doc, ["docx"]);
    return { "repeated-header.docx": expectedTables(doc) };
  },
  // OpenDocument spreadsheets as Calc saves them: the workbooks above converted by LibreOffice
  // (seed003.xlsx is left out: Calc shows its hidden first sheet, the one a workbook cannot hide
  // when it is also the sheet open; test/read/ods.test.ts covers hidden sheets, rows and columns)
  async ods() {
    const out = {};
    for (const name of ["seed002", "two-level"]) {
      execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${work}/profile`, "--convert-to", "ods", "--outdir", work, join(OUT, `${name}.xlsx`)], { stdio: "pipe" });
      copyFileSync(join(work, `${name}.ods`), join(OUT, `${name}.ods`));
      console.log(`wrote ${OUT}/${name}.ods`);
      out[`${name}.ods`] = expected[`${name}.xlsx`];
    }
    return out;
  },
  // OFD (GB/T 33190) written by ./doc-fixtures/ofd.mjs: positioned text and drawn rules, no LibreOffice
  async ofd() {
    write("seed003.ofd", await toOfd({ ...seed003Doc(), title: golden("003").notice.title }));
    write("seed002.ofd", await toOfd({ ...seed002Doc(), title: golden("002").notice.title }));
    write("two-level.ofd", await toOfd({ ...twoLevelDoc(), title: "2021年《政府工作报告》目标任务责任分解表" }));
    return {};
  },
  async list() {
    viaLibreOffice("list-paragraphs", listDoc(false), ["docx"]);
    viaLibreOffice("list-autonumber", listDoc(true), ["docx", "odt"]);
    return { "list-paragraphs.docx": [], "list-autonumber.docx": [], "list-autonumber.odt": [] };
  },
};

const all = (golden) => [{ golden }];
expect("seed002.docx", { records: all("002"), notice: "002" });
expect("seed002.odt", { records: all("002"), notice: "002" });
expect("seed002.html", { records: all("002"), notice: "002" });
expect("seed002.xlsx", { records: all("002") });
expect("seed003.docx", { records: all("003"), notice: "003" });
expect("seed003.odt", { records: all("003"), notice: "003" });
expect("seed003.doc", { records: all("003"), notice: "003", libreoffice: true });
expect("seed003-gbk.html", { records: all("003"), notice: "003" });
expect("seed003.mhtml", { records: all("003"), notice: "003" });
expect("seed003.xlsx", { records: all("003") });
expect("seed002.ods", { records: all("002") });
for (const f of ["two-level.docx", "two-level.html", "two-level.mhtml", "two-level.xlsx", "two-level.ods"]) expect(f, { records: [{ golden: "000", to: 14 }] });
for (const f of ["two-tables.docx", "two-tables.odt", "two-tables.html"]) expect(f, { records: [{ golden: "003", to: 24 }, { golden: "002", to: 12, table: 1 }] });
expect("repeated-header.docx", { records: all("002"), notice: "002" });
expect("seed002.ofd", { records: all("002"), notice: "002" });
expect("seed003.ofd", { records: all("003"), notice: "003" });
// a line wrapped between a number and a Chinese character cannot show whether a space stood there
// (`机构 5` | `家以上`): as for the PDF fixtures, such spaces are compared loosely
expect("two-level.ofd", { records: [{ golden: "000", to: 14 }], looseSpaces: true });
for (const f of ["list-paragraphs.docx", "list-autonumber.docx", "list-autonumber.odt"]) expect(f, { records: all("list-trailing-brackets"), notice: "list-trailing-brackets" });

const only = process.argv.slice(2);
// tables.json: { files: { FILE: KEY | null }, tables: { KEY: [DocTable…] } }, each distinct set of
// tables written once (several formats of one document share it), one row per line
let saved = { files: {}, tables: {} };
try {
  saved = JSON.parse(readFileSync(join(OUT, "tables.json"), "utf8"));
} catch {
  // first run
}
const expected = Object.fromEntries(Object.entries(saved.files).map(([f, k]) => [f, k === null ? null : saved.tables[k]]));
for (const [name, build] of Object.entries(builders)) {
  if (only.length && !only.includes(name)) continue;
  Object.assign(expected, await build());
}
const files = {};
const tables = {};
const keyOf = new Map();
for (const [file, t] of Object.entries(expected).sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (t === null) {
    files[file] = null;
    continue;
  }
  const json = JSON.stringify(t);
  if (!keyOf.has(json)) {
    const key = file;
    keyOf.set(json, key);
    tables[key] = t;
  }
  files[file] = keyOf.get(json);
}
const rowsPerLine = (t) => `[\n${t.map((table) => `  { ${Object.entries(table).filter(([k]) => k !== "rows").map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}, `).join("")}"rows": [\n${table.rows.map((r) => `    ${JSON.stringify(r)}`).join(",\n")}\n  ] }`).join(",\n")}\n]`;
writeFileSync(
  join(OUT, "tables.json"),
  `{\n"files": ${JSON.stringify(files, null, 1)},\n"tables": {\n${Object.entries(tables).map(([k, t]) => `${JSON.stringify(k)}: ${t.length ? rowsPerLine(t) : "[]"}`).join(",\n")}\n}\n}\n`,
);
writeFileSync(join(OUT, "manifest.json"), JSON.stringify(manifest, null, 1) + "\n");
rmSync(work, { recursive: true, force: true });
