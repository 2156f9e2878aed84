// xlsx round trip: the workbook read back with exceljs gives the same records as the JSON.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import type { Result, Task } from "../../src/model/schema.js";
import { remarkOf, tableColumns } from "../../src/write/columns.js";
import { PAGE_COLUMN, XLSX_STYLE, displayWidth, toXlsx } from "../../src/write/xlsx.js";
import { fixturePdf, fixtureResult } from "../helpers/pdf-review-fixture.js";

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  return wb;
}

function text(cell: ExcelJS.Cell): string {
  return cell.value === null || cell.value === undefined ? "" : String(cell.value);
}
const lines = (s: string): string[] => (s ? s.split("\n") : []);

/** Rebuild the records of one sheet from its cells, using the header row to know each column's field. */
function recordsOf(sheet: ExcelJS.Worksheet, result: Result, tableIndex: number) {
  const table = result.tables[tableIndex]!;
  const columns: { field: string; label: string }[] = [...tableColumns(table, result.tasks.filter((t) => t.table === tableIndex), "canonical"), { field: "review", label: "复核" }];
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const withPage = result.tasks.some((t) => t.source.page !== undefined);
  expect(header).toEqual([...columns.map((c) => c.label), ...(withPage ? [PAGE_COLUMN] : [])]);
  const out: Record<string, unknown>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const rec: Record<string, unknown> = {};
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      if (c.field === "seq") rec.seq = cell.value;
      else if (c.field === "task" || c.field === "remark") rec[c.field] = text(cell);
      else if (c.field === "section") rec.section = text(cell) ? text(cell).split(" / ") : [];
      else rec[c.field] = lines(text(cell));
    });
    if (withPage) rec.page = row.getCell(columns.length + 1).value;
    out.push(rec);
  }
  return { columns, records: out };
}

function expectedOf(task: Task, result: Result, fields: string[]): Record<string, unknown> {
  const rec: Record<string, unknown> = {};
  if (result.tasks.some((t) => t.source.page !== undefined)) rec.page = task.source.page ?? null;
  for (const f of fields) {
    rec[f] = f === "remark" ? remarkOf(task, result.diagnostics) : f === "review" ? task.review.map((r) => r.message) : (task as unknown as Record<string, unknown>)[f];
  }
  return rec;
}

async function roundTrip(result: Result) {
  const wb = await readBack(await toXlsx(result));
  result.tables.forEach((t) => {
    const sheet = wb.worksheets[t.index]!;
    const tasks = result.tasks.filter((x) => x.table === t.index);
    const { columns, records } = recordsOf(sheet, result, t.index);
    expect(records.length).toBe(tasks.length);
    tasks.forEach((task, i) => expect(records[i], `表${t.index + 1} 序号 ${task.seq}`).toEqual(expectedOf(task, result, columns.map((c) => c.field))));
  });
  return wb;
}

describe("xlsx", () => {
  it("seed 003: every record comes back from the workbook as in the JSON", async () => {
    const result = await parse("seeds/003_b3fb5684e6b0e697.txt");
    const wb = await roundTrip(result);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["责任分解表", "诊断", "来源"]);
    const sheet = wb.getWorksheet("责任分解表")!;
    // canonical headers in the table's own column order (conventions.ts); the printed ones on 来源
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(["序号", "目标任务", "牵头单位", "责任领导/责任人", "协办单位", "分管领导", "备注", "复核"]);
    const source = wb.getWorksheet("来源")!;
    const tableRow = source.getRows(1, source.rowCount)!.find((r) => r.getCell(1).value === "表1")!;
    expect(String(tableRow.getCell(2).value)).toContain("原表表头：序号、具体目标任务（目标任务）、牵头单位、责任人（责任领导/责任人）、协办单位、区分管或联系领导（分管领导）");
    expect(sheet.rowCount).toBe(129);
    // row of 序号 14: four lead units, one per line, wrapped
    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe(14);
    expect(first.getCell(3).value).toBe("城管局\n文体旅游局\n自然资源局\n商务局");
    expect(first.getCell(3).alignment?.wrapText).toBe(true);
    expect(first.height).toBe(4 * XLSX_STYLE.lineHeight); // four lines in the tallest cell
    // frozen header row
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    // widths: task column capped, 序号 at the minimum
    expect(sheet.getColumn(2).width).toBe(XLSX_STYLE.maxWidth.task);
    expect(sheet.getColumn(1).width).toBe(XLSX_STYLE.minWidth);
    // seed 003's tab-separated cells leave no row in doubt: no fill; a people/unit count the source prints
    // differently is a note in 备注 (column 7), not a review reason (复核, column 8)
    const fills = sheet.getRows(2, 128)!.map((r) => (r.getCell(1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).filter(Boolean);
    expect(fills).toEqual([]);
    const row16 = sheet.getRows(2, 128)!.find((r) => r.getCell(1).value === 16)!;
    expect(row16.getCell(7).value).toBe("第 16 项原文列有 1 个单位、2 位责任人，数目不同，未一一配对；两列按原文保留。");
    expect(row16.getCell(8).value ?? null).toBeNull();
  });

  it("seed 000: the rows with review reasons are filled orange, their reasons in 复核 and not repeated in 备注", async () => {
    const result = await parse("seeds/000_89d412a27e51e6a9.txt");
    const wb = await roundTrip(result);
    const sheet = wb.getWorksheet("责任分解表")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const remark = header.indexOf("备注") + 1;
    const review = header.indexOf("复核") + 1;
    const rows = sheet.getRows(2, result.tasks.length)!;
    const filled = rows.filter((r) => (r.getCell(1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === XLSX_STYLE.errorFill).map((r) => r.getCell(1).value);
    const flagged = result.tasks.filter((t) => t.review.length).map((t) => t.seq);
    expect(flagged.length).toBe(18);
    expect(filled).toEqual(flagged);
    result.tasks.forEach((t, i) => {
      const said = String(rows[i]!.getCell(review).value ?? "");
      const note = String(rows[i]!.getCell(remark).value ?? "");
      for (const reason of t.review) {
        expect(said, `序号 ${t.seq}`).toContain(reason.message);
        expect(note, `序号 ${t.seq}`).not.toContain(reason.message);
      }
    });
  });

  it("seed 002 round-trips", async () => {
    await roundTrip(await parse("seeds/002_a81ff61cc22d0274.txt"));
  });

  it("sections, inherited cells, errors, several tables", async () => {
    const base = fixtureResult(fixturePdf());
    const result: Result = {
      ...base,
      tables: [
        { ...base.tables[0]!, lastSeq: 3, rowCount: 3 },
        { ...base.tables[0]!, index: 1, title: "附件2", firstSeq: 4, lastSeq: 5, rowCount: 2 },
      ],
      tasks: base.tasks.map((t) => (t.seq >= 4 ? { ...t, table: 1 } : t)),
      diagnostics: base.diagnostics.map((d) => (d.seq === 4 ? { ...d, table: 1 } : d)),
    };
    const wb = await roundTrip(result);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["表1", "表2", "诊断", "来源"]);
    const t1 = wb.getWorksheet("表1")!;
    expect(t1.getRow(2).getCell(2).value).toBe("一、扩大有效投资");
    // 序号 3 inherited its units and leaders: grey italics and a 备注
    const r3 = t1.getRow(4);
    expect(r3.getCell(5).font).toMatchObject({ italic: true, color: { argb: XLSX_STYLE.inheritedFont } });
    expect(r3.getCell(4).font?.italic).toBeUndefined();
    expect(r3.getCell(8).value).toBe("责任单位、责任领导沿用上一行（原表合并单元格）");
    const t2 = wb.getWorksheet("表2")!;
    expect((t2.getRow(2).getCell(1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(XLSX_STYLE.errorFill);
    // PDF input: a 页码 column after 备注, filled like the rest of a flagged row
    expect((t2.getRow(1).values as unknown[]).slice(1)).toEqual(["序号", "项目", "目标任务", "牵头单位", "责任单位", "责任领导/责任人", "分管领导", "备注", "复核", "页码"]);
    expect(t2.getRow(2).getCell(10).value).toBe(2);
    expect((t2.getRow(2).getCell(10).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(XLSX_STYLE.errorFill);

    const diag = wb.getWorksheet("诊断")!;
    expect((diag.getRow(1).values as unknown[]).slice(1)).toEqual(["级别", "代码", "表", "序号", "页", "行", "说明"]);
    expect((diag.getRow(4).values as unknown[]).slice(1)).toEqual(["错误", "NO_UNIT", 2, 4, 2, undefined, "第 4 项没有牵头单位，请核对原文。"]);
    expect(diag.rowCount).toBe(1 + result.diagnostics.length);

    expect(wb.title).toBe(result.notice.title);
    expect(wb.subject).toBe("测政办〔2024〕1号");
    expect(wb.company).toBe("测试区人民政府办公室");
    expect(wb.creator).toBe("fenjie");
    expect(wb.created.toISOString()).toBe("2024-02-01T00:00:00.000Z");
    expect(wb.modified.toISOString()).toBe("2024-02-01T00:00:00.000Z");
    const source = wb.getWorksheet("来源")!;
    expect(source.getRow(1).values).toEqual([undefined, "文号", "测政办〔2024〕1号"]);
  });

  it("fills rows with review reasons orange and lists the reasons in 复核", async () => {
    const parsed = await parse("seeds/002_a81ff61cc22d0274.txt");
    // seed 002's own review reason (row 20, a join the lexicon decided alone) set aside: this test counts the ones it adds
    const base: Result = { ...parsed, tasks: parsed.tasks.map((t) => ({ ...t, review: [] })) };
    const result: Result = {
      ...base,
      tasks: base.tasks.map((t) => (t.seq === 5 ? { ...t, review: [{ code: "A", message: "单元格边界是推断的" }, { code: "B", message: "请核对责任单位" }] } : t)),
    };
    const wb = await roundTrip(result);
    const sheet = wb.getWorksheet("责任分解表")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const reviewCol = header.indexOf("复核") + 1;
    const fills = sheet.getRows(2, result.tasks.length)!.map((r) => [r.getCell(1).value, (r.getCell(1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null]);
    expect(fills.filter(([, f]) => f !== null)).toEqual([[5, XLSX_STYLE.errorFill]]);
    expect(sheet.getRow(6).getCell(reviewCol).value).toBe("单元格边界是推断的\n请核对责任单位");
  });

  it("is byte-for-byte reproducible, with fixed zip dates", async () => {
    const result = await parse("seeds/003_b3fb5684e6b0e697.txt");
    const a = await toXlsx(result);
    await new Promise((r) => setTimeout(r, 2100)); // zip times have a 2-second resolution
    const b = await toXlsx(result);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const zip = await JSZip.loadAsync(a);
    const dates = new Set(Object.values(zip.files).map((f) => f.date.toISOString()));
    expect(dates.size).toBe(1);
  });

  it("counts CJK characters as two columns wide", () => {
    expect(displayWidth("区发改局")).toBe(8);
    expect(displayWidth("8%左右")).toBe(6);
    expect(displayWidth("（一）")).toBe(6);
  });
});
