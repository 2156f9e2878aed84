// Write a fixture table (model of ./tables.mjs) as an .xlsx workbook with exceljs, as clerks keep
// these tables: a title row merged across, the header, merged ranges for merged cells, several
// names in one cell on separate lines (wrap text), 序号 as numbers. Options add what a reader
// must skip: a hidden sheet before it, a hidden column and a hidden row of working notes.
import ExcelJS from "exceljs";

/**
 * opts: { sheet, title, hiddenSheet?, hiddenColumnAfter? (0-based column index), hiddenRowAfterHeader? }
 * Returns the workbook's bytes.
 */
export async function toXlsx(table, opts) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "fenjie fixtures";
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = wb.created;
  if (opts.hiddenSheet) {
    const notes = wb.addWorksheet("填报说明", { state: "hidden" });
    notes.addRow(["序号", "说明", "牵头单位"]);
    notes.addRow([1, "本表由督查室汇总，隐藏表不是任务", "督查室"]);
  }
  const ws = wb.addWorksheet(opts.sheet);
  const width = table.headerRows[0].cells.length;
  // the model's columns, with the hidden working column inserted
  const at = (c) => (opts.hiddenColumnAfter !== undefined && c > opts.hiddenColumnAfter ? c + 1 : c);
  const totalCols = width + (opts.hiddenColumnAfter !== undefined ? 1 : 0);
  let r = 1;
  const put = (row, cells, bold) => {
    cells.forEach((c, ci) => {
      if (c === null) return;
      const col = at(ci) + 1;
      const cell = ws.getCell(row, col);
      const text = Array.isArray(c.text) ? c.text.join("\n") : (c.text ?? "");
      cell.value = /^\d+$/.test(text) ? Number(text) : text;
      cell.alignment = { wrapText: true, vertical: "middle" };
      if (bold || c.bold) cell.font = { bold: true };
      const rs = c.rowSpan ?? 1;
      const cs = c.colSpan ?? 1;
      if (rs > 1 || cs > 1) ws.mergeCells(row, col, row + rs - 1, at(ci + cs - 1) + 1);
    });
  };
  if (opts.title) {
    ws.getCell(r, 1).value = opts.title;
    ws.getCell(r, 1).font = { bold: true, size: 16 };
    ws.mergeCells(r, 1, r, totalCols);
    r++;
  }
  for (const h of table.headerRows) put(r++, h.cells, true);
  if (opts.hiddenRowAfterHeader) {
    ws.getCell(r, 2).value = "（本行为填表说明，已隐藏）";
    ws.getRow(r).hidden = true;
    r++;
  }
  for (const row of table.rows) put(r++, row.cells, false);
  if (opts.hiddenColumnAfter !== undefined) {
    const col = ws.getColumn(opts.hiddenColumnAfter + 2);
    col.hidden = true;
    ws.getCell(opts.title ? 2 : 1, opts.hiddenColumnAfter + 2).value = "内部备注";
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
