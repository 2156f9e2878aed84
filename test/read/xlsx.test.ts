// The spreadsheet reader on workbooks made with exceljs: exact blocks and lines.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/read/index.js";
import type { DocBlock, InputDocument } from "../../src/model/intermediate.js";

async function book(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
const read = async (bytes: Uint8Array): Promise<InputDocument> => readDocument(bytes, "t.xlsx");
const texts = (d: InputDocument) => d.lines.map((l) => l.text);
const grid = (b: DocBlock) =>
  b.kind === "table"
    ? b.table.rows.map((r) => r.cells.map((c) => [c.lines.map((l) => l.text).join("|"), c.rowSpan ?? 1, c.colSpan ?? 1]))
    : b.text;

describe("xlsx", () => {
  it("the title row above the header is a paragraph; merged ranges become spans; a sheet is a table with its name and number", async () => {
    const d = await read(
      await book((wb) => {
        const ws = wb.addWorksheet("分解表");
        ws.addRows([["2024年重点任务分解表"], [], ["序号", "工作任务", "责任单位", ""], ["", "", "牵头单位", "配合单位"], [1, "任务一。", "县发改局", "县财政局"], [2, "任务二。", "", "县统计局"]]);
        ws.mergeCells("A1:D1");
        ws.mergeCells("A3:A4");
        ws.mergeCells("B3:B4");
        ws.mergeCells("C3:D3");
        ws.mergeCells("C5:C6");
      }),
    );
    expect(d.source.format).toBe("xlsx");
    expect(texts(d)).toEqual(["2024年重点任务分解表", "序号\t工作任务\t责任单位", "牵头单位\t配合单位", "1\t任务一。\t县发改局\t县财政局", "2\t任务二。\t县统计局"]);
    const t = d.blocks![1]!;
    expect(t.kind === "table" && [t.table.name, t.table.page]).toEqual(["分解表", 1]);
    expect(grid(t)).toEqual([
      [["序号", 2, 1], ["工作任务", 2, 1], ["责任单位", 1, 2]],
      [["牵头单位", 1, 1], ["配合单位", 1, 1]],
      [["1", 1, 1], ["任务一。", 1, 1], ["县发改局", 2, 1], ["县财政局", 1, 1]],
      [["2", 1, 1], ["任务二。", 1, 1], ["县统计局", 1, 1]],
    ]);
    expect(d.lines[1]!.page).toBe(1);
  });

  it("hidden sheets, rows and columns are left out (an info says so) and merges over them shrink", async () => {
    const d = await read(
      await book((wb) => {
        wb.addWorksheet("说明", { state: "hidden" }).addRow(["隐藏的表"]);
        const ws = wb.addWorksheet("表");
        ws.addRows([["序号", "备注", "任务", "责任单位"], [1, "x", "甲", "县发改局"], [2, "y", "（小计）", ""], [3, "z", "丙", ""]]);
        ws.mergeCells("D2:D4");
        ws.getColumn(2).hidden = true;
        ws.getRow(3).hidden = true;
      }),
    );
    expect(d.blocks!.map(grid)).toEqual([
      [
        [["序号", 1, 1], ["任务", 1, 1], ["责任单位", 1, 1]],
        [["1", 1, 1], ["甲", 1, 1], ["县发改局", 2, 1]],
        [["3", 1, 1], ["丙", 1, 1]],
      ],
    ]);
    expect(d.diagnostics.map((x) => [x.code, x.level, x.page, x.message])).toEqual([
      ["XLSX_HIDDEN_SKIPPED", "info", 1, "工作表“说明”被隐藏，未读取。如其中有任务，请取消隐藏后再处理。"],
      ["XLSX_HIDDEN_SKIPPED", "info", 2, "工作表“表”中有 1 行、1 列被隐藏，未读取（打印时也不出现）。如其中有任务，请取消隐藏后再处理。"],
    ]);
  });

  it("a merge that starts in a hidden row gives its text to the first visible row it covers", async () => {
    const d = await read(
      await book((wb) => {
        const ws = wb.addWorksheet("表");
        ws.addRows([["序号", "任务", "单位"], [1, "甲", "县发改局"], [2, "乙", ""], [3, "丙", ""]]);
        ws.mergeCells("C2:C4");
        ws.getRow(2).hidden = true;
      }),
    );
    expect(grid(d.blocks![0]!)).toEqual([
      [["序号", 1, 1], ["任务", 1, 1], ["单位", 1, 1]],
      [["2", 1, 1], ["乙", 1, 1], ["县发改局", 2, 1]],
      [["3", 1, 1], ["丙", 1, 1]],
    ]);
  });

  it("line breaks in a cell are lines; rich text is bold per run; shared strings, formulas, percentages and dates as shown", async () => {
    const d = await read(
      await book((wb) => {
        const ws = wb.addWorksheet("表");
        ws.addRow(["序号", "任务", "单位", "比例", "时限"]);
        ws.addRow([{ formula: "1+0", result: 1 }, { richText: [{ text: "一、", font: { bold: true } }, { text: "产业", font: { bold: true } }] }, "县发改局\n县财政局\r\n县统计局", 0.085, new Date(Date.UTC(2024, 5, 30))]);
        ws.addRow([2, { richText: [{ text: "加粗", font: { bold: true } }, { text: "不加粗" }] }, "县工信局", 1.5, "年底前"]);
        ws.getCell("D2").numFmt = "0.0%";
        ws.getCell("E2").numFmt = 'yyyy"年"m"月"d"日"';
        ws.getCell("C3").font = { bold: true };
      }),
    );
    const t = d.blocks![0]!;
    expect(t.kind === "table" && t.table.rows.slice(1).map((r) => r.cells.map((c) => c.lines))).toEqual([
      [[{ text: "1" }], [{ text: "一、产业", bold: true }], [{ text: "县发改局" }, { text: "县财政局" }, { text: "县统计局" }], [{ text: "8.5%" }], [{ text: "2024年6月30日" }]],
      [[{ text: "2" }], [{ text: "加粗不加粗" }], [{ text: "县工信局", bold: true }], [{ text: "1.5" }], [{ text: "年底前" }]],
    ]);
  });

  it("rows with one text above a row of several are paragraphs; a heading row inside the table stays a row (counter-example)", async () => {
    const d = await read(
      await book((wb) => {
        const ws = wb.addWorksheet("表");
        ws.addRows([["附件2"], ["", "重点任务表"], ["序号", "任务"], ["一、产业发展"], [1, "甲"]]);
      }),
    );
    expect(d.blocks!.map(grid)).toEqual(["附件2", "重点任务表", [[["序号", 1, 1], ["任务", 1, 1]], [["一、产业发展", 1, 1], ["", 1, 1]], [["1", 1, 1], ["甲", 1, 1]]]]);
  });

  it("an empty workbook gives no blocks; a damaged one is FILE_UNREADABLE", async () => {
    const d = await read(await book((wb) => wb.addWorksheet("空")));
    expect(d.blocks).toEqual([]);
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(await book((wb) => wb.addWorksheet("表").addRow([1])));
    zip.file("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row");
    await expect(read(await zip.generateAsync({ type: "uint8array" }))).rejects.toMatchObject({ code: "FILE_UNREADABLE" });
  });
});
