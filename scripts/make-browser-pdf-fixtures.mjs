#!/usr/bin/env node
// Build PDF fixtures the way many real notices are made: an HTML table printed to
// PDF by a browser (Chromium headless "print to PDF"). Chromium repeats <thead> on
// every page, may split a tall row across a page break, and its text layer maps
// many CJK glyphs to look-alike Kangxi / supplement radicals (⼈⺠⼯⽬…).
// The PDFs are committed; the tests need no Chromium. See docs/pdf.md.
//
//   bash scripts/setup-test-deps.sh        # chromium, fonts-noto-cjk, qpdf
//   node scripts/make-browser-pdf-fixtures.mjs [NAME ...]
//   npm run golden:update -- pdf-browser-NAME   # then read the diff (fixtures/pdf/REVIEW.md)
//
// Sources: the text goldens fixtures/expected/{002,003,000}.json (their records are
// what the PDFs must reproduce; the test test/pdf/browser.test.ts compares them).
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const OUT = process.env.OUT ?? "fixtures/pdf";
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const work = mkdtempSync(join(tmpdir(), "fenjie-browser-"));
const golden = (n) => JSON.parse(readFileSync(`fixtures/expected/${n}.json`, "utf8"));

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const lines = (xs) => xs.map(esc).join("<br>");
const ENTITY = new Set(["leadUnits", "units", "coUnits", "leaders", "supervisors"]);

/** 2021-12-30 → 2021年12月30日 */
const cnDate = (d) => (d ? d.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y, m, dd) => `${y}年${Number(m)}月${Number(dd)}日`) : "");

/** The notice around the table, from the golden's metadata. */
function cover(r) {
  const n = r.notice;
  return [
    n.docNumber ? `<p class="c">${esc(n.docNumber)}</p>` : "",
    n.title ? `<h2 class="c">${esc(n.title)}</h2>` : "",
    `<p>各有关单位：</p><p>现将责任分解表印发给你们，请认真贯彻落实。</p>`,
    n.issuer ? `<p class="r">${esc(n.issuer)}</p>` : "",
    n.date ? `<p class="r">${cnDate(n.date)}</p>` : "",
    r.tables[0].title ? `<h3 class="c">${esc(r.tables[0].title)}</h3>` : "",
  ].join("\n");
}

/**
 * The table of a golden as HTML rows.
 * - `sections: "rows"`: a bold heading row spanning the table where the section changes;
 *   `sections: "column"`: the 项目 column holds the section path, one cell (rowspan) per
 *   run of rows with the same path, its levels one per line;
 * - a responsibility field a record inherited is a rowspan of the row above's cell;
 * - entity cells one name per line (<br>).
 */
function tableHtml(r, opts) {
  const fields = r.tables[0].headers.map((h) => h.field);
  const tasks = r.tasks.filter((t) => t.table === 0 && (!opts.maxSeq || t.seq <= opts.maxSeq));
  const headRow = `<tr>${r.tables[0].headers.map((h) => `<th>${esc(h.text)}</th>`).join("")}</tr>`;
  // a header row in <thead> is repeated by the browser on every page; one in <tbody> is printed once
  const head = opts.noThead ? "" : `<thead>${headRow}</thead>`;
  const colgroup = opts.widths ? `<colgroup>${opts.widths.map((w) => `<col style="width:${w}%">`).join("")}</colgroup>` : "";
  const body = [];
  let section = [];
  const covered = new Map(); // `${i}:${field}` → true where a rowspan from above covers the cell
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i];
    if (opts.sections === "rows")
      t.section.forEach((s, level) => {
        if (section[level] !== s) body.push(`<tr><td colspan="${fields.length}"><b>${esc(s)}</b></td></tr>`);
      });
    const newSection = t.section.join("|") !== section.join("|");
    section = t.section;
    const cells = [];
    fields.forEach((f, c) => {
      if (covered.get(`${i}:${c}`)) return;
      if (f === "seq") cells.push(`<td class="n">${t.seq}</td>`);
      else if (f === "task") cells.push(`<td>${esc(t.task)}</td>`);
      else if (f === "section") {
        if (opts.sections !== "column" || !newSection) return cells.push("<td></td>");
        let span = 1;
        while (tasks[i + span] && tasks[i + span].section.join("|") === t.section.join("|")) span++;
        for (let k = 1; k < span; k++) covered.set(`${i + k}:${c}`, true);
        cells.push(`<td rowspan="${span}">${lines(t.section)}</td>`);
      } else if (ENTITY.has(f)) {
        let span = 1;
        while (tasks[i + span]?.inherited.includes(f) && tasks[i + span].section.join("|") === t.section.join("|")) span++;
        for (let k = 1; k < span; k++) covered.set(`${i + k}:${c}`, true);
        cells.push(`<td${span > 1 ? ` rowspan="${span}"` : ""}>${lines(t[f])}</td>`);
      } else cells.push("<td></td>");
    });
    body.push(`<tr>${cells.join("")}</tr>`);
  }
  return `<table class="${opts.ruled === false ? "bare" : "ruled"}">${colgroup}${head}<tbody>\n${opts.noThead ? headRow + "\n" : ""}${body.join("\n")}\n</tbody></table>`;
}

function page(r, opts) {
  const css = [
    `body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif;font-size:${opts.fontSize ?? 11}pt}`,
    `.c{text-align:center}.r{text-align:right}`,
    `table{border-collapse:${opts.separate ? "separate" : "collapse"};width:100%}`,
    `td,th{padding:${opts.padding ?? "3px"};vertical-align:${opts.valign ?? "middle"}}`,
    `table.ruled td,table.ruled th{border:1px solid #000}`,
    `td.n{text-align:center}`,
    opts.landscape ? `@page{size:A4 landscape}` : "",
  ].join("\n");
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body>\n${cover(r)}\n${tableHtml(r, opts)}\n</body></html>\n`;
}

function print(name, html, opts = {}) {
  const src = join(work, `${name}.html`);
  const pdf = join(work, `${name}.pdf`);
  writeFileSync(src, html);
  const profile = mkdtempSync(join(work, "profile-"));
  execFileSync(
    CHROMIUM,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--user-data-dir=${profile}`,
      ...(opts.headerFooter ? [] : ["--no-pdf-header-footer"]),
      `--print-to-pdf=${pdf}`,
      `file://${resolve(src)}`,
    ],
    { stdio: "pipe" },
  );
  const out = join(OUT, `browser-${name}.pdf`);
  // same content, smaller file (Chromium writes uncompressed object streams)
  if (existsSync("/usr/bin/qpdf")) execFileSync("qpdf", ["--object-streams=generate", "--recompress-flate", "--compression-level=9", pdf, out]);
  else copyFileSync(pdf, out);
  return out;
}

const builders = {
  // (a) seed 002: section heading rows spanning the table (colspan), column widths
  "seed002": () => page(golden("002"), { sections: "rows", widths: [6, 44, 17, 18, 15] }),
  // (b) seed 003: vertically merged unit blocks (rowspan) for the records that inherit
  "seed003-merged": () => page(golden("003"), { widths: [6, 36, 16, 12, 16, 14] }),
  // (c) seed 000: 项目 merged over the rows of each section, two heading levels one per line; names one per line
  "seed000-project": () => page(golden("000"), { sections: "column", widths: [6, 16, 44, 14, 10, 10] }),
  // (d) landscape pages, seed 003 with its merged blocks
  "landscape": () => page(golden("003"), { landscape: true, maxSeq: 60, widths: [5, 45, 14, 10, 14, 12] }),
  // (e) no borders at all (unruled), top-aligned cells, seed 002's first rows
  "borderless": () => page(golden("002"), { sections: "rows", ruled: false, valign: "top", maxSeq: 40, padding: "3px 6px", widths: [6, 44, 17, 18, 15] }),
  // (g) header row printed once (no <thead>): rows cut by a page break have no header above their rest
  "no-thead": () => page(golden("002"), { sections: "rows", noThead: true, maxSeq: 45, widths: [6, 44, 17, 18, 15] }),
  // (f) the browser's own header and footer (date, title, file URL, page x/y) and separate cell borders
  "header-footer": () => [page(golden("003"), { separate: true, maxSeq: 60, widths: [6, 36, 16, 12, 16, 14] }), { headerFooter: true }],
};

const wanted = process.argv.slice(2);
for (const [name, build] of Object.entries(builders)) {
  if (wanted.length && !wanted.includes(name)) continue;
  const built = build();
  console.log(Array.isArray(built) ? print(name, ...built) : print(name, built));
}
rmSync(work, { recursive: true, force: true });
