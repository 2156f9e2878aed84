import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  LEVEL_LABEL,
  cellValues,
  remarkOf,
  rowDiagnostics,
  tableColumns,
  worstLevel
} from "./chunk-NWZMIOVF.js";
import "./chunk-WW7OP26R.js";
import "./chunk-V4RWK56N.js";

// dist/write/xlsx.js
import ExcelJS from "exceljs";
import JSZip from "jszip";
var XLSX_STYLE = {
  headerFill: "FFD9E1F2",
  warningFill: "FFFFF2CC",
  errorFill: "FFF8CBAD",
  inheritedFont: "FF7F7F7F",
  /** points per text line when estimating row heights (CJK fonts at 11 pt need about 18) */
  lineHeight: 18,
  /** padding added to the widest line of a column, in character widths */
  widthPadding: 2,
  minWidth: 6,
  /** widest a column gets before its text wraps, in character widths */
  maxWidth: { task: 60, section: 24, remark: 50, other: 24 }
};
var SHEET = { singleTable: "\u8D23\u4EFB\u5206\u89E3\u8868", table: (n) => `\u8868${n}`, diagnostics: "\u8BCA\u65AD", source: "\u6765\u6E90" };
var DIAGNOSTIC_HEADERS = ["\u7EA7\u522B", "\u4EE3\u7801", "\u8868", "\u5E8F\u53F7", "\u9875", "\u884C", "\u8BF4\u660E"];
var FALLBACK_DATE = "1980-01-01";
var PAGE_COLUMN = "\u9875\u7801";
var CELL_LINE_BREAK = "\n";
function displayWidth(text) {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}
function maxWidthOf(column) {
  return XLSX_STYLE.maxWidth[column.field] ?? XLSX_STYLE.maxWidth.other;
}
function cellText(task, column, diagnostics) {
  if (column.field === "remark")
    return remarkOf(task, diagnostics) || null;
  if (column.field === "seq")
    return task.seq;
  const values = cellValues(task, column.field);
  return values.length ? values.join(CELL_LINE_BREAK) : null;
}
function workbookDate(result) {
  const day = result.notice.date ?? (result.notice.year ? `${result.notice.year}-01-01` : FALLBACK_DATE);
  return /* @__PURE__ */ new Date(`${day}T00:00:00Z`);
}
function fillOf(level) {
  const argb = level === "error" ? XLSX_STYLE.errorFill : level === "warning" ? XLSX_STYLE.warningFill : void 0;
  return argb ? { type: "pattern", pattern: "solid", fgColor: { argb } } : void 0;
}
function styleHeader(row) {
  row.font = { bold: true };
  row.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: XLSX_STYLE.headerFill } };
    cell.border = { bottom: { style: "thin" } };
  });
}
function sizeSheet(sheet, columns, body) {
  const widths = columns.map((c, i) => {
    let widest = displayWidth(c.label);
    for (const row of body)
      for (const line of String(row[i] ?? "").split(CELL_LINE_BREAK))
        widest = Math.max(widest, displayWidth(line));
    return Math.min(maxWidthOf(c), Math.max(XLSX_STYLE.minWidth, widest + XLSX_STYLE.widthPadding));
  });
  widths.forEach((w, i) => sheet.getColumn(i + 1).width = w);
  body.forEach((row, r) => {
    let lines = 1;
    row.forEach((value, i) => {
      const inner = Math.max(1, widths[i] - XLSX_STYLE.widthPadding);
      const wrapped = String(value ?? "").split(CELL_LINE_BREAK).reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / inner)), 0);
      lines = Math.max(lines, wrapped);
    });
    sheet.getRow(r + 2).height = lines * XLSX_STYLE.lineHeight;
  });
}
function addTableSheet(wb, name, result, tableIndex) {
  const table = result.tables[tableIndex];
  const tasks = result.tasks.filter((t) => t.table === tableIndex);
  const columns = tableColumns(table, tasks);
  const sheet = wb.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: 1, xSplit: 0 }],
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1", paperSize: 9 }
  });
  const withPage = tasks.some((t) => t.source.page !== void 0);
  styleHeader(sheet.addRow([...columns.map((c) => c.label), ...withPage ? [PAGE_COLUMN] : []]));
  const body = [];
  for (const task of tasks) {
    const values = [...columns.map((c) => cellText(task, c, result.diagnostics)), ...withPage ? [task.source.page ?? null] : []];
    body.push(values);
    const row = sheet.addRow(values);
    row.alignment = { vertical: "top", wrapText: true };
    const fill = fillOf(worstLevel(rowDiagnostics(task, result.diagnostics)));
    if (fill)
      for (let i = 1; i <= values.length; i++)
        row.getCell(i).fill = fill;
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      if (c.field === "seq")
        cell.alignment = { vertical: "top", horizontal: "center" };
      if (task.inherited.includes(c.field))
        cell.font = { italic: true, color: { argb: XLSX_STYLE.inheritedFont } };
    });
  }
  const sized = withPage ? [...columns, { field: "page", label: PAGE_COLUMN }] : columns;
  sizeSheet(sheet, sized, body);
  if (tasks.length)
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sized.length } };
}
function addDiagnosticsSheet(wb, result) {
  const sheet = wb.addWorksheet(SHEET.diagnostics, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
  styleHeader(sheet.addRow([...DIAGNOSTIC_HEADERS]));
  for (const d of result.diagnostics) {
    const row = sheet.addRow([
      LEVEL_LABEL[d.level],
      d.code,
      d.table !== void 0 ? d.table + 1 : null,
      d.seq ?? null,
      d.page ?? null,
      d.line ?? null,
      d.message
    ]);
    row.alignment = { vertical: "top", wrapText: true };
    const fill = fillOf(d.level);
    if (fill)
      row.eachCell((cell) => cell.fill = fill);
  }
  [6, 24, 5, 6, 5, 6, 80].forEach((w, i) => sheet.getColumn(i + 1).width = w);
}
function sourceRows(result) {
  const rows = [
    ["\u6587\u53F7", result.notice.docNumber],
    ["\u6807\u9898", result.notice.title],
    ["\u53D1\u6587\u673A\u5173", result.notice.issuer],
    ["\u53D1\u6587\u65E5\u671F", result.notice.date],
    ["\u5E74\u5EA6", result.notice.year],
    ["\u6E90\u6587\u4EF6", result.source.file],
    ["\u683C\u5F0F", result.source.format],
    ["\u9875\u6570", result.source.pages],
    ["SHA-256", result.source.sha256],
    ...result.tables.map((t) => [
      `\u8868${t.index + 1}`,
      `${t.title ?? "\uFF08\u65E0\u6807\u9898\uFF09"}\uFF1B${t.rowCount} \u884C${t.firstSeq !== null ? `\uFF0C\u5E8F\u53F7 ${t.firstSeq}\u2013${t.lastSeq}` : ""}`
    ])
  ];
  return rows.filter((r) => r[1] !== null && r[1] !== void 0);
}
function addSourceSheet(wb, result) {
  const sheet = wb.addWorksheet(SHEET.source);
  for (const r of sourceRows(result))
    sheet.addRow(r).alignment = { vertical: "top", wrapText: true };
  sheet.getColumn(1).width = 10;
  sheet.getColumn(2).width = 80;
  sheet.getColumn(1).font = { bold: true };
}
function buildWorkbook(result) {
  const wb = new ExcelJS.Workbook();
  const date = workbookDate(result);
  wb.creator = "fenjie";
  wb.lastModifiedBy = "fenjie";
  wb.created = date;
  wb.modified = date;
  wb.title = result.notice.title ?? result.tables[0]?.title ?? "";
  wb.subject = result.notice.docNumber ?? "";
  wb.company = result.notice.issuer ?? "";
  wb.keywords = ["\u8D23\u4EFB\u5206\u89E3", result.notice.year ? String(result.notice.year) : ""].filter(Boolean).join(" ");
  wb.category = "\u653F\u5E9C\u5DE5\u4F5C\u62A5\u544A\u76EE\u6807\u4EFB\u52A1\u8D23\u4EFB\u5206\u89E3";
  wb.description = `\u6E90\u6587\u4EF6 ${result.source.file}\uFF08${result.source.format}\uFF0CSHA-256 ${result.source.sha256}\uFF09`;
  result.tables.forEach((t) => addTableSheet(wb, result.tables.length === 1 ? SHEET.singleTable : SHEET.table(t.index + 1), result, t.index));
  addDiagnosticsSheet(wb, result);
  addSourceSheet(wb, result);
  return wb;
}
async function repackZip(bytes, date) {
  const src = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  const stamp = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  for (const name of Object.keys(src.files)) {
    const entry = src.files[name];
    if (entry.dir)
      continue;
    out.file(name, await entry.async("uint8array"), { date: stamp, createFolders: false });
  }
  return out.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
async function toXlsx(result) {
  const wb = buildWorkbook(result);
  const raw = new Uint8Array(await wb.xlsx.writeBuffer());
  return repackZip(raw, workbookDate(result));
}
export {
  CELL_LINE_BREAK,
  DIAGNOSTIC_HEADERS,
  FALLBACK_DATE,
  PAGE_COLUMN,
  SHEET,
  XLSX_STYLE,
  buildWorkbook,
  cellText,
  displayWidth,
  repackZip,
  sourceRows,
  toXlsx,
  workbookDate
};
