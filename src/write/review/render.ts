/**
 * The review page: one self-contained HTML file for a clerk to check a converted
 * table against the original. It shows the notice's metadata, the rebuilt table
 * (rows with diagnostics highlighted, the reason beside them), a filter to only
 * the rows that need review, and — for a PDF with row positions — the page images
 * with the selected row's box outlined.
 */
import type { Diagnostic, Result, Task } from "../../model/schema.js";
import { LEVEL_LABEL, cellValues, countToCheck, generalDiagnostics, needsCheck, remarkOf, rowDiagnostics, tableColumns, worstLevel, type Column } from "../columns.js";
import type { PageImage } from "./pages.js";
import { CONTENT_SECURITY_POLICY, SCRIPT, STYLE } from "./template.js";
import { maxOf, minOf } from "../../arrays.js";

export interface ReviewOptions {
  /** rendered PDF pages (from `renderPdfPages`); none for text input */
  pages?: readonly PageImage[];
  /** why there are no (or not all) page images, shown at the top of the page */
  pageProblem?: string | null;
}

/** Layout choices of the review page. */
export const REVIEW_LAYOUT = {
  /** the list of diagnostics that belong to no row starts open when it is this short */
  openGeneralUpTo: 5,
} as const;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A stable element id for a row: table and seq, plus the row's index so duplicate 序号 stay distinct. */
export function rowId(task: Task, index: number): string {
  return `r${task.table + 1}-${task.seq}-${index}`;
}

/** Pages the review should show: every page from the first to the last that holds a task. */
export function pagesToRender(result: Result): number[] {
  const pages = result.tasks.map((t) => t.source.page).filter((p): p is number => p !== undefined);
  if (!pages.length) return [];
  const first = minOf(pages);
  const last = maxOf(pages);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

function metaItem(label: string, value: string | number | null | undefined, cls = ""): string {
  if (value === null || value === undefined || value === "") return "";
  return `<div><dt>${label}</dt><dd${cls ? ` class="${cls}"` : ""}>${escapeHtml(String(value))}</dd></div>`;
}

/** One diagnostic: level badge, message, code; `after` is markup appended inside (a page link). */
function reasonHtml(d: Diagnostic, after = ""): string {
  return `<div class="reason ${d.level}"><span class="badge ${d.level}">${LEVEL_LABEL[d.level]}</span>${escapeHtml(d.message)}<code>${escapeHtml(d.code)}</code>${after}</div>`;
}

function cellHtml(task: Task, column: Column, diagnostics: Diagnostic[], pageLink: string): string {
  const cls = `f-${column.field}`;
  if (column.field === "remark") {
    const inheritedNote = remarkOf(task, []);
    // the reasons a layout recorded on the record itself, beside the diagnostics about its row
    const ownReasons = task.review.filter((r) => !diagnostics.some((d) => d.code === r.code && d.message === r.message));
    const parts = [
      ...(inheritedNote ? [`<div class="reason">${escapeHtml(inheritedNote)}</div>`] : []),
      ...diagnostics.map((d) => reasonHtml(d)),
      ...ownReasons.map((r) => reasonHtml({ level: "warning", code: r.code, message: r.message } as Diagnostic)),
    ];
    return `<td class="${cls}">${parts.join("")}</td>`;
  }
  if (column.field === "seq") return `<td class="${cls}">${task.seq}${pageLink}</td>`;
  const inherited = (task.inherited as string[]).includes(column.field);
  const values = cellValues(task, column.field).map((v) => `<div class="v">${escapeHtml(v)}</div>`);
  return `<td class="${cls}${inherited ? " inherited" : ""}"${inherited ? ' title="沿用上一行（原表合并单元格）"' : ""}>${values.join("")}</td>`;
}

function locationHtml(task: Task, id: string, pagesShown: ReadonlySet<number>): string {
  const page = task.source.page;
  if (page !== undefined) {
    const inner = `第${page}页`;
    return pagesShown.has(page) ? `<a class="page-link" href="#page-${page}" data-row="${id}">${inner}</a>` : `<span class="where page-ref">${inner}</span>`;
  }
  return task.source.line !== undefined ? `<span class="where">第${task.source.line}行</span>` : "";
}

function tableHtml(result: Result, tableIndex: number, rowIndex: Map<Task, number>, pagesShown: ReadonlySet<number>): string {
  const table = result.tables[tableIndex]!;
  const tasks = result.tasks.filter((t) => t.table === tableIndex);
  const columns = tableColumns(table, tasks);
  const head = columns.map((c) => `<th class="f-${c.field}">${escapeHtml(c.label)}</th>`).join("");
  const body = tasks
    .map((task) => {
      const id = rowId(task, rowIndex.get(task)!);
      const diagnostics = rowDiagnostics(task, result.diagnostics);
      const level = worstLevel(diagnostics);
      const shownLevel = level ?? (task.review.length ? "warning" : null);
      const classes = ["row", shownLevel ? `level-${shownLevel}` : "", needsCheck(task, diagnostics) ? "flagged" : ""].filter(Boolean).join(" ");
      const where = locationHtml(task, id, pagesShown);
      const cells = columns.map((c) => cellHtml(task, c, diagnostics, where)).join("");
      return `<tr id="${id}" class="${classes}" data-seq="${task.seq}"${task.source.page ? ` data-page="${task.source.page}"` : ""}>${cells}</tr>`;
    })
    .join("\n");
  const empty = tasks.length ? "" : `<tr class="empty"><td colspan="${columns.length}">本表没有编号的任务行</td></tr>`;
  const title = `表${table.index + 1}${table.title ? `：${table.title}` : ""}`;
  return `<h2>${escapeHtml(title)}</h2>\n<table class="tasks" data-table="${table.index}"><thead><tr>${head}</tr></thead>\n<tbody>\n${body}${empty}\n</tbody></table>`;
}

/** Percent of a length, rounded so the markup stays short and stable. */
function pct(part: number, whole: number): string {
  return `${(Math.round((part / whole) * 10000) / 100).toString()}%`;
}

function pagesHtml(result: Result, pages: readonly PageImage[], rowIndex: Map<Task, number>): string {
  return pages
    .map((p) => {
      const boxes = result.tasks
        .filter((t) => t.source.page === p.number && t.source.bbox)
        .map((t) => {
          const [x0, top, x1, bottom] = t.source.bbox!;
          const id = rowId(t, rowIndex.get(t)!);
          const flagged = needsCheck(t, result.diagnostics);
          const style = `left:${pct(x0, p.width)};top:${pct(top, p.height)};width:${pct(x1 - x0, p.width)};height:${pct(bottom - top, p.height)}`;
          return `<div class="box${flagged ? " flagged" : ""}" id="box-${id}" style="${style}"></div>`;
        })
        .join("");
      return `<figure class="page" id="page-${p.number}"><figcaption>第${p.number}页</figcaption><div class="page-frame"><img src="${p.dataUri}" alt="第${p.number}页" width="${Math.round(p.width)}" height="${Math.round(p.height)}">${boxes}</div></figure>`;
    })
    .join("\n");
}

/** The review page as one HTML string. */
export function renderReview(result: Result, options: ReviewOptions = {}): string {
  const pages = options.pages ?? [];
  const pagesShown = new Set(pages.map((p) => p.number));
  const rowIndex = new Map(result.tasks.map((t, i) => [t, i] as const));
  const levels = result.tasks.map((t) => worstLevel(rowDiagnostics(t, result.diagnostics)));
  const flagged = countToCheck(result);
  const errors = levels.filter((l) => l === "error").length;
  const title = result.notice.title ?? result.tables[0]?.title ?? result.source.file;

  const meta = [
    metaItem("文号", result.notice.docNumber),
    metaItem("发文机关", result.notice.issuer),
    metaItem("发文日期", result.notice.date),
    metaItem("年度", result.notice.year),
    metaItem("源文件", result.source.file),
    metaItem("格式", result.source.format + (result.source.pages ? `，${result.source.pages} 页` : "")),
    metaItem("SHA-256", result.source.sha256, "hash"),
  ].join("");

  const general = generalDiagnostics(result);
  const generalItem = (d: Diagnostic): string => {
    const where = d.page !== undefined && pagesShown.has(d.page) ? ` <a class="page-link inline" href="#page-${d.page}">第${d.page}页</a>` : d.page !== undefined ? `（第${d.page}页）` : d.line !== undefined ? `（第${d.line}行）` : "";
    return `<li>${reasonHtml(d, where)}</li>`;
  };
  const generalHtml = general.length
    ? `<section class="general" id="general-diagnostics"><details${general.length <= REVIEW_LAYOUT.openGeneralUpTo ? " open" : ""}><summary>整体诊断 ${general.length} 条（不属于某一行）</summary><ul>${general.map(generalItem).join("")}</ul></details></section>`
    : "";
  const wantsPages = result.source.format === "pdf" && result.tasks.some((t) => t.source.page !== undefined);
  const problem = options.pageProblem ?? (wantsPages && !pages.length ? "未生成页面图像；请按“第N页”对照原 PDF。" : null);
  const noteHtml = problem ? `<div class="note" id="page-note">${escapeHtml(problem)}</div>` : "";
  const tablesHtml = result.tables.map((t) => tableHtml(result, t.index, rowIndex, pagesShown)).join("\n");

  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="fenjie">
<title>复核：${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="top">
<h1>${escapeHtml(title)}</h1>
<dl class="meta">${meta}</dl>
<div class="toolbar">
<span class="summary" id="summary">共 ${result.tasks.length} 项任务，<b>${flagged}</b> 项需要复核${errors ? `（其中错误 ${errors} 项）` : ""}</span>
<label><input type="checkbox" id="only-flagged"> 只看需要复核的行（${flagged}）</label>
<span id="shown-count">显示 ${result.tasks.length} 行</span>
<span><button type="button" id="prev-flagged"${flagged ? "" : " disabled"}>上一处</button> <button type="button" id="next-flagged"${flagged ? "" : " disabled"}>下一处</button> 需复核的行</span>
</div>
</header>
${noteHtml}
${generalHtml}
<main class="${pages.length ? "with-pages" : "no-pages"}">
<div class="tables">
${tablesHtml}
</div>
${pages.length ? `<aside class="pages" id="pages">\n${pagesHtml(result, pages, rowIndex)}\n</aside>` : ""}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
