#!/usr/bin/env node
// Build the PDF fixtures the way real notices are made: tables written as Flat ODT
// (real merged cells, repeated header rows, page numbers) and printed to PDF by
// LibreOffice headless with Debian's CJK fonts. The PDFs are committed, so tests
// need no LibreOffice. See docs/pdf.md.
//
//   apt-get install libreoffice-writer-nogui fonts-noto-cjk poppler-utils qpdf
//   npm run build && node scripts/make-pdf-fixtures.mjs [NAME ...]
//
// Sources: seeds 002/003 through fenjie's own text path (their records are what
// the PDFs must reproduce) and fixtures/pdf/data/jinjiang-style.json (seed 000's
// first rows, typed from the dump).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, readdirSync, copyFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "../dist/index.js";
import { toFodt } from "./pdf-fixtures/fodt.mjs";
import { rawCjkPdf } from "./pdf-fixtures/raw-cjk.mjs";
import { recordsTable, seedText } from "./doc-fixtures/tables.mjs";

const OUT = "fixtures/pdf";
const seedPath = (n) => join("seeds", readdirSync("seeds").find((f) => f.startsWith(n + "_")));
const work = mkdtempSync(join(tmpdir(), "fenjie-pdf-"));

/** Run LibreOffice on a .fodt and move the PDF to fixtures/pdf/NAME.pdf. */
function convert(name, doc) {
  const src = join(work, `${name}.fodt`);
  writeFileSync(src, toFodt(doc));
  execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${work}/profile`, "--convert-to", "pdf", "--outdir", work, src], { stdio: "pipe" });
  copyFileSync(join(work, `${name}.pdf`), join(OUT, `${name}.pdf`));
  return join(OUT, `${name}.pdf`);
}

async function seedDoc(n) {
  const file = seedPath(n);
  return { result: await parse(file), ...seedText(readFileSync(file, "utf8")) };
}

const P = (text, extra = {}) => ({ type: "p", text, ...extra });
const builders = {};

// seed 002: section heading rows spanning the table, header repeated on every page, page numbers
builders["seed002-ruled"] = async () => {
  const s = await seedDoc("002");
  return {
    footerPageNumber: true,
    blocks: [...s.cover.map((t) => P(t)), recordsTable(s.result, 0, { columns: [1.2, 7.4, 3.2, 3.2, 2] }), ...s.after.map((t) => P(t))],
  };
};

// seed 003: vertically merged unit blocks (rowspan), header repeated, running head
builders["seed003-merged"] = async () => {
  const s = await seedDoc("003");
  return {
    footerPageNumber: true,
    header: "泉港区2020年政府工作报告目标任务责任分解",
    blocks: [...s.cover.map((t) => P(t)), recordsTable(s.result, 0, { columns: [1.1, 5.6, 2.6, 1.8, 3.1, 2.8] }), ...s.after.map((t) => P(t))],
  };
};

// seed 003 without any rule (stream layout), cells top-aligned
builders["seed003-unruled"] = async () => {
  const s = await seedDoc("003");
  return {
    footerPageNumber: true,
    blocks: [...s.cover.map((t) => P(t)), recordsTable(s.result, 0, { columns: [1.1, 5.6, 2.6, 1.8, 3.1, 2.8], ruled: false }), ...s.after.map((t) => P(t))],
  };
};

// seed 002's first 45 rows without any rule: section heading rows in the stream layout
builders["seed002-unruled"] = async () => {
  const s = await seedDoc("002");
  const r = { ...s.result, tasks: s.result.tasks.filter((t) => t.seq <= 45) };
  return { footerPageNumber: true, blocks: [P("附件"), P(s.result.tables[0].title, { title: true }), recordsTable(r, 0, { columns: [1.2, 7.4, 3.2, 3.2, 2], ruled: false })] };
};

// seed 003 on landscape pages
builders["seed003-landscape"] = async () => {
  const s = await seedDoc("003");
  return {
    page: { width: "29.7cm", height: "21cm", landscape: true, margin: "1.8cm" },
    footerPageNumber: true,
    blocks: [...s.cover.map((t) => P(t)), recordsTable(s.result, 0, { columns: [1.2, 9.5, 3.6, 2.6, 5, 3.6] }), ...s.after.map((t) => P(t))],
  };
};

// seed 000's shape: 项目 as two merged heading levels, one unit / one person per line, 分管市领导
builders["jinjiang-style"] = async () => {
  const data = JSON.parse(readFileSync("fixtures/pdf/data/jinjiang-style.json", "utf8"));
  const rows = [];
  const rs = data.rows;
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i];
    const span = (level) => {
      if (i > 0 && rs[i - 1].section.slice(0, level + 1).join() === r.section.slice(0, level + 1).join()) return null;
      let n = 1;
      while (rs[i + n] && rs[i + n].section.slice(0, level + 1).join() === r.section.slice(0, level + 1).join()) n++;
      return { text: r.section[level], rowSpan: n };
    };
    rows.push({ cells: [{ text: String(r.seq) }, span(0), span(1), { text: r.task }, { text: r.units }, { text: r.leaders }, { text: r.supervisors }] });
  }
  const head = data.headers.map((h) => ({ text: h, bold: true }));
  head.splice(1, 1, { text: "项目", bold: true, colSpan: 2 }, null);
  return {
    footerPageNumber: true,
    blocks: [P("附件"), P(data.title, { title: true }), { type: "table", columns: [1, 1.6, 1.6, 6.6, 3, 1.9, 1.9], headerRows: [{ cells: head }], rows }],
  };
};

// the same without rules: two heading levels under one 项目 header, merged cells taller than their first row
builders["jinjiang-unruled"] = async () => {
  const doc = await builders["jinjiang-style"]();
  return { ...doc, blocks: doc.blocks.map((b) => (b.type === "table" ? { ...b, ruled: false } : b)) };
};

// the same with spaced-out glyphs (as from WPS / distributed alignment): pdfjs reports
// a space between every two characters
builders["jinjiang-spaced"] = async () => ({ ...(await builders["jinjiang-style"]()), letterSpacing: "0.06cm" });

// a header over two rows: 责任分工 merged over 牵头单位 | 责任单位 (seed 002's first rows)
builders["two-row-header"] = async () => {
  const s = await seedDoc("002");
  const table = recordsTable({ ...s.result, tasks: s.result.tasks.filter((t) => t.seq <= 12) }, 0, { columns: [1.2, 7.4, 3.2, 3.2, 2] });
  const b = (text, extra = {}) => ({ text, bold: true, ...extra });
  table.headerRows = [
    { cells: [b("序号", { rowSpan: 2 }), b("具体任务", { rowSpan: 2 }), b("责任分工", { colSpan: 2 }), null, b("分管领导", { rowSpan: 2 })] },
    { cells: [null, null, b("牵头单位"), b("责任单位"), null] },
  ];
  return { blocks: [P("附件"), P(s.result.tables[0].title, { title: true }), table] };
};

// rows cut by page breaks: seed 002's first rows with tall cells (large type, narrow task column)
builders["rows-across-pages"] = async () => {
  const s = await seedDoc("002");
  const r = { ...s.result, tasks: s.result.tasks.filter((t) => t.seq <= 30) };
  return { fontSize: "16pt", footerPageNumber: true, blocks: [P("附件"), P(s.result.tables[0].title, { title: true }), recordsTable(r, 0, { columns: [1.5, 6.1, 3.6, 3.6, 2.4] })] };
};

// two tables in one document (two attachments)
builders["two-tables"] = async () => {
  const a = await seedDoc("003");
  const b = await seedDoc("002");
  const ra = { ...a.result, tasks: a.result.tasks.filter((t) => t.seq <= 24) };
  const rb = { ...b.result, tasks: b.result.tasks.filter((t) => t.seq <= 12) };
  return {
    footerPageNumber: true,
    blocks: [
      P("附件1"), P("附件1：重点工作任务责任分解表", { title: true }), recordsTable(ra, 0, { columns: [1.1, 5.6, 2.6, 1.8, 3.1, 2.8] }),
      P("附件2"), P("附件2：主要指标任务责任分解表", { title: true }), recordsTable(rb, 0, { columns: [1.2, 7.4, 3.2, 3.2, 2] }),
    ],
  };
};

// the two tables with every cell centred (as many Word tables are)
builders["two-tables-centred"] = async () => ({ ...(await builders["two-tables"]()), cellAlign: "center" });

// long notices for the benchmark: the cover letter, then seeds 003 and 002 as attachments, repeated
const longNotice = (copies) => async () => {
  const a = await seedDoc("003");
  const b = await seedDoc("002");
  const blocks = [...a.cover.map((t) => P(t))];
  for (let k = 0; k < copies; k++) {
    blocks.push(P(`附件${2 * k + 1}：重点任务责任分解表`, { title: true }), recordsTable(a.result, 0, { columns: [1.1, 5.6, 2.6, 1.8, 3.1, 2.8] }));
    blocks.push(P(`附件${2 * k + 2}：主要指标责任分解表`, { title: true }), recordsTable(b.result, 0, { columns: [1.2, 7.4, 3.2, 3.2, 2] }));
  }
  return { footerPageNumber: true, blocks };
};
builders["notice-20pages"] = longNotice(1);
builders["notice-100pages"] = longNotice(5);

/** Post-processing with qpdf and poppler (rotation, encryption, scans, damage). */
const after = {
  // a portrait page turned with /Rotate: content drawn sideways, displayed as landscape
  "seed003-rotated": () => {
    const src = join(OUT, "seed003-landscape.pdf");
    const mid = join(work, "flat.pdf");
    execFileSync("qpdf", ["--rotate=+90", "--flatten-rotation", src, mid]);
    execFileSync("qpdf", ["--rotate=+270", mid, join(OUT, "seed003-rotated.pdf")]);
  },
  // a landscape table printed sideways on portrait pages, without /Rotate (as some scanners' PDF drivers do)
  "sideways": () => {
    execFileSync("qpdf", ["--rotate=+90", "--flatten-rotation", join(OUT, "two-tables.pdf"), join(OUT, "sideways.pdf")]);
  },
  "encrypted": () => {
    execFileSync("qpdf", ["--encrypt", "fenjie", "owner-secret", "256", "--", join(OUT, "two-tables.pdf"), join(OUT, "encrypted.pdf")]);
  },
  "damaged": () => {
    const bytes = readFileSync(join(OUT, "two-tables.pdf"));
    writeFileSync(join(OUT, "damaged.pdf"), bytes.subarray(0, Math.floor(bytes.length / 3)));
  },
  // image-only pages: the first two pages of jinjiang-style printed to PNG and placed back as pictures
  "scanned": () => {
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "2", join(OUT, "jinjiang-style.pdf"), join(work, "scan")]);
    const pngs = readdirSync(work).filter((f) => f.startsWith("scan") && f.endsWith(".png")).sort();
    const blocks = pngs.flatMap((f, i) => [...(i ? [{ type: "pagebreak" }] : []), { type: "image", base64: readFileSync(join(work, f)).toString("base64"), widthCm: 16, heightCm: 22.6 }]);
    convert("scanned", { page: { margin: "1cm" }, blocks });
  },
  // no LibreOffice: a non-embedded CJK font with a predefined CMap, one glyph per operator, filled-rectangle rules
  "predefined-cmap": () => {
    const raw = join(work, "raw.pdf");
    writeFileSync(
      raw,
      rawCjkPdf({
        title: "附件：重点工作责任分解表",
        columns: [36, 200, 110, 70],
        rows: [
          ["序号", "目标任务", "责任单位", "分管领导"],
          ["1", "推进科技创新平台建设\n新增研发机构5家", "科技局\n工信局", "张三"],
          ["2", "完善城市道路网络", "住建局", "李四"],
          ["3", "提升公共文化服务", "文体旅游局", "王五"],
        ],
      }),
    );
    // qpdf writes the cross-reference table the hand-written file leaves out
    try {
      execFileSync("qpdf", [raw, join(OUT, "predefined-cmap.pdf")], { stdio: "pipe" });
    } catch (err) {
      if (err.status !== 3) throw err; // 3: written with warnings (the rebuilt xref)
    }
  },
  // a text PDF with one scanned page at the end: its records, and a warning naming the page
  "mixed-scan": () => {
    execFileSync("qpdf", ["--empty", "--pages", join(OUT, "jinjiang-style.pdf"), join(OUT, "scanned.pdf"), "1", "--", join(OUT, "mixed-scan.pdf")]);
  },
};

const only = process.argv.slice(2);
for (const [name, build] of Object.entries(builders)) {
  if (only.length && !only.includes(name)) continue;
  const file = convert(name, await build());
  console.log(`wrote ${file}`);
}
for (const [name, run] of Object.entries(after)) {
  if (only.length && !only.includes(name)) continue;
  run();
  console.log(`wrote ${join(OUT, name + ".pdf")}`);
}
rmSync(work, { recursive: true, force: true });
