/**
 * Excel workbook writer (exceljs), for clerks who live in Excel / WPS:
 * one sheet per table with its columns in the order the table printed them, labelled
 * with the canonical headers (conventions.ts; the printed ones are listed on the 来源
 * sheet), a frozen header row, column widths from the content, wrapped text with each
 * entry of a multi-valued cell on its own line (as in the printed table), 备注 and 复核
 * columns, rows that need checking (review reasons or an error) filled orange, rows
 * with warnings yellow; a 诊断 sheet with every diagnostic and a 来源 sheet with the
 * notice's metadata, which also goes into the workbook properties.
 *
 * The output is deterministic: the workbook dates come from the notice, and the
 * zip is repacked with a fixed timestamp, so two runs give the same bytes.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Diagnostic, Result, Task } from "../model/schema.js";
import { LEVEL_LABEL, cellValues, needsCheck, remarkOf, rowDiagnostics, tableColumns, worstLevel, type Column, type RowLevel } from "./columns.js";
import { COLUMN_LABEL, reviewText, sectionText, tableNumber } from "./conventions.js";

/** Look of the workbook; ARGB colours. */
export const XLSX_STYLE = {
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
  maxWidth: { task: 60, section: 24, remark: 50, review: 50, other: 24 } as Record<string, number>,
} as const;

/** Sheet names (Excel allows 31 characters; these are short and fixed). */
export const SHEET = { singleTable: "责任分解表", table: (n: number) => `${COLUMN_LABEL.table}${n}`, diagnostics: "诊断", source: "来源" } as const;

export const DIAGNOSTIC_HEADERS = ["级别", "代码", "表", "序号", "页", "行", "说明"] as const;

/** Used when the notice has no date: a fixed day, so the output stays reproducible. */
export const FALLBACK_DATE = "1980-01-01";

/** Header of the page column added for PDF input. */
export const PAGE_COLUMN = "页码";

/** Separator between the entries of a multi-valued cell: a line break inside the cell. */
export const CELL_LINE_BREAK = "\n";

/** Width of text in Excel character units: CJK and full-width characters count two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}

function maxWidthOf(column: { field: string }): number {
  return XLSX_STYLE.maxWidth[column.field] ?? XLSX_STYLE.maxWidth.other!;
}

/** A sheet column: a table column, or the 复核 column (the task's review reasons). */
export type SheetColumn = Column | { field: "review"; label: string };

/** The text of one cell as written to the sheet. */
export function cellText(task: Task, column: SheetColumn, diagnostics: readonly Diagnostic[]): string | number | null {
  if (column.field === "review") return reviewText(task.review, CELL_LINE_BREAK) || null;
  if (column.field === "remark") return remarkOf(task, diagnostics) || null;
  if (column.field === "seq") return task.seq;
  if (column.field === "section") return sectionText(task.section) || null;
  const values = cellValues(task, column.field);
  return values.length ? values.join(CELL_LINE_BREAK) : null;
}

/** The day the workbook is dated: the notice's date, else 1 January of its year, else a fixed day. */
export function workbookDate(result: Result): Date {
  const day = result.notice.date ?? (result.notice.year ? `${result.notice.year}-01-01` : FALLBACK_DATE);
  return new Date(`${day}T00:00:00Z`);
}

/** A row's fill: orange when it needs checking (review reasons or an error), yellow with warnings. */
function rowFill(task: Task, diagnostics: readonly Diagnostic[]): ExcelJS.Fill | undefined {
  return needsCheck(task, diagnostics) ? fillOf("error") : fillOf(worstLevel(rowDiagnostics(task, diagnostics)));
}

function fillOf(level: RowLevel): ExcelJS.Fill | undefined {
  const argb = level === "error" ? XLSX_STYLE.errorFill : level === "warning" ? XLSX_STYLE.warningFill : undefined;
  return argb ? { type: "pattern", pattern: "solid", fgColor: { argb } } : undefined;
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: XLSX_STYLE.headerFill } };
    cell.border = { bottom: { style: "thin" } };
  });
}

/** Column widths from the widest line of each column, clamped; and row heights from the wrapped line count. */
function sizeSheet(sheet: ExcelJS.Worksheet, columns: { field: string; label: string }[], body: (string | number | null)[][]): void {
  const widths = columns.map((c, i) => {
    let widest = displayWidth(c.label);
    for (const row of body) for (const line of String(row[i] ?? "").split(CELL_LINE_BREAK)) widest = Math.max(widest, displayWidth(line));
    return Math.min(maxWidthOf(c), Math.max(XLSX_STYLE.minWidth, widest + XLSX_STYLE.widthPadding));
  });
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  body.forEach((row, r) => {
    let lines = 1;
    row.forEach((value, i) => {
      const inner = Math.max(1, widths[i]! - XLSX_STYLE.widthPadding);
      const wrapped = String(value ?? "")
        .split(CELL_LINE_BREAK)
        .reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / inner)), 0);
      lines = Math.max(lines, wrapped);
    });
    sheet.getRow(r + 2).height = lines * XLSX_STYLE.lineHeight;
  });
}

function addTableSheet(wb: ExcelJS.Workbook, name: string, result: Result, tableIndex: number): void {
  const table = result.tables[tableIndex]!;
  const tasks = result.tasks.filter((t) => t.table === tableIndex);
  const columns: SheetColumn[] = [...tableColumns(table, tasks, "canonical"), { field: "review", label: COLUMN_LABEL.review }];
  const sheet = wb.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: 1, xSplit: 0 }],
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1", paperSize: 9 },
  });
  // for PDF input a last column gives each row's page, to find it in the original
  const withPage = tasks.some((t) => t.source.page !== undefined);
  styleHeader(sheet.addRow([...columns.map((c) => c.label), ...(withPage ? [PAGE_COLUMN] : [])]));
  const body: (string | number | null)[][] = [];
  for (const task of tasks) {
    const values = [...columns.map((c) => cellText(task, c, result.diagnostics)), ...(withPage ? [task.source.page ?? null] : [])];
    body.push(values);
    const row = sheet.addRow(values);
    row.alignment = { vertical: "top", wrapText: true };
    const fill = rowFill(task, result.diagnostics);
    if (fill) for (let i = 1; i <= values.length; i++) row.getCell(i).fill = fill;
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      if (c.field === "seq") cell.alignment = { vertical: "top", horizontal: "center" };
      if ((task.inherited as string[]).includes(c.field)) cell.font = { italic: true, color: { argb: XLSX_STYLE.inheritedFont } };
    });
  }
  const sized = withPage ? [...columns, { field: "page", label: PAGE_COLUMN }] : columns;
  sizeSheet(sheet, sized, body);
  if (tasks.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sized.length } };
}

function addDiagnosticsSheet(wb: ExcelJS.Workbook, result: Result): void {
  const sheet = wb.addWorksheet(SHEET.diagnostics, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
  styleHeader(sheet.addRow([...DIAGNOSTIC_HEADERS]));
  for (const d of result.diagnostics) {
    const row = sheet.addRow([
      LEVEL_LABEL[d.level],
      d.code,
      d.table !== undefined ? tableNumber(d.table) : null,
      d.seq ?? null,
      d.page ?? null,
      d.line ?? null,
      d.message,
    ]);
    row.alignment = { vertical: "top", wrapText: true };
    const fill = fillOf(d.level);
    if (fill) row.eachCell((cell) => (cell.fill = fill));
  }
  [6, 24, 5, 6, 5, 6, 80].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}

/** The table's headers as printed, with the canonical column each maps to when it differs. */
function printedHeaders(table: Result["tables"][number]): string {
  const canonical: Record<string, string> = COLUMN_LABEL;
  return (
    table.headers
      .map((h) => {
        const text = h.text.replace(/\s+/g, "");
        const label = h.field === "other" ? "未使用" : canonical[h.field];
        return label && label !== text ? `${text}（${label}）` : text;
      })
      .join("、") || "（无）"
  );
}

/** Rows of the 来源 sheet: what the workbook was made from. */
export function sourceRows(result: Result): [string, string | number][] {
  const rows: [string, string | number | null | undefined][] = [
    ["文号", result.notice.docNumber],
    ["标题", result.notice.title],
    ["发文机关", result.notice.issuer],
    ["发文日期", result.notice.date],
    ["年度", result.notice.year],
    ["源文件", result.source.file],
    ["格式", result.source.format],
    ["页数", result.source.pages],
    ["SHA-256", result.source.sha256],
    ...result.tables.map((t): [string, string] => [
      SHEET.table(tableNumber(t.index)),
      `${t.title ?? "（无标题）"}；${t.rowCount} 行${t.firstSeq !== null ? `，序号 ${t.firstSeq}–${t.lastSeq}` : ""}；原表表头：${printedHeaders(t)}`,
    ]),
  ];
  return rows.filter((r): r is [string, string | number] => r[1] !== null && r[1] !== undefined);
}

function addSourceSheet(wb: ExcelJS.Workbook, result: Result): void {
  const sheet = wb.addWorksheet(SHEET.source);
  for (const r of sourceRows(result)) sheet.addRow(r).alignment = { vertical: "top", wrapText: true };
  sheet.getColumn(1).width = 10;
  sheet.getColumn(2).width = 80;
  sheet.getColumn(1).font = { bold: true };
}

/** Build the workbook in memory (exposed for tests and for callers that want to add sheets). */
export function buildWorkbook(result: Result): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const date = workbookDate(result);
  wb.creator = "fenjie";
  wb.lastModifiedBy = "fenjie";
  wb.created = date;
  wb.modified = date;
  wb.title = result.notice.title ?? result.tables[0]?.title ?? "";
  wb.subject = result.notice.docNumber ?? "";
  wb.company = result.notice.issuer ?? "";
  wb.keywords = ["责任分解", result.notice.year ? String(result.notice.year) : ""].filter(Boolean).join(" ");
  wb.category = "政府工作报告目标任务责任分解";
  wb.description = `源文件 ${result.source.file}（${result.source.format}，SHA-256 ${result.source.sha256}）`;
  result.tables.forEach((t) => addTableSheet(wb, result.tables.length === 1 ? SHEET.singleTable : SHEET.table(tableNumber(t.index)), result, t.index));
  addDiagnosticsSheet(wb, result);
  addSourceSheet(wb, result);
  return wb;
}

/** Repack a zip with every entry dated `date`, so equal content gives equal bytes. */
export async function repackZip(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const src = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  // the zip stores local wall-clock time: build it from the date's UTC fields so the time zone does not matter
  const stamp = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  for (const name of Object.keys(src.files)) {
    const entry = src.files[name]!;
    if (entry.dir) continue;
    out.file(name, await entry.async("uint8array"), { date: stamp, createFolders: false });
  }
  return out.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** The workbook as .xlsx bytes. */
export async function toXlsx(result: Result): Promise<Uint8Array> {
  const wb = buildWorkbook(result);
  const raw = new Uint8Array(await wb.xlsx.writeBuffer());
  return repackZip(raw, workbookDate(result));
}
