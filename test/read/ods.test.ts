// The OpenDocument spreadsheet reader on small hand-made .ods files: exact blocks, spans, what is
// hidden, and the million repeated empty rows Calc writes. The Calc-made fixtures
// (fixtures/structured/*.ods) are compared table by table in structured-fixtures.test.ts.
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/read/index.js";
import { parse } from "../../src/index.js";
import type { DocBlock, InputDocument } from "../../src/model/intermediate.js";
import { ods } from "../helpers/ooxml.js";

const texts = (d: InputDocument) => d.lines.map((l) => l.text);
const grid = (b: DocBlock) =>
  b.kind === "table"
    ? b.table.rows.map((r) => r.cells.map((c) => [c.lines.map((l) => l.text).join("|"), c.rowSpan ?? 1, c.colSpan ?? 1]))
    : b.text;
const p = (t: string) => `<text:p>${t}</text:p>`;
const cell = (t: string | string[], attrs = "") => `<table:table-cell${attrs ? ` ${attrs}` : ""}${t === "" ? "/>" : `>${(Array.isArray(t) ? t : [t]).map(p).join("")}</table:table-cell>`}`;
const covered = (n = 1) => `<table:covered-table-cell${n > 1 ? ` table:number-columns-repeated="${n}"` : ""}/>`;
const row = (cells: string[], attrs = "") => `<table:table-row${attrs ? ` ${attrs}` : ""}>${cells.join("")}</table:table-row>`;
const sheet = (name: string, body: string, style = "") => `<table:table table:name="${name}"${style ? ` table:style-name="${style}"` : ""}>${body}</table:table>`;
/** What Calc writes after the used range: empty cells to column AMJ and empty rows to row 1048576. */
const tail = `${row([cell("", 'table:number-columns-repeated="1024"')], 'table:number-rows-repeated="1048560"')}`;

describe("ods sheets", () => {
  it("a title row above, spans over visible positions, a cell's paragraphs as lines, the empty tail left out", async () => {
    const body =
      `<table:table-column table:number-columns-repeated="4"/><table:table-column table:number-columns-repeated="1020"/>` +
      row([cell("附件：目标任务分解表", 'table:number-columns-spanned="4"'), covered(3), cell("", 'table:number-columns-repeated="1020"')]) +
      row([cell("序号"), cell("目标任务"), cell("责任单位"), cell("分管领导"), cell("", 'table:number-columns-repeated="1020"')]) +
      row([cell("一、稳增长", 'table:number-columns-spanned="4"'), covered(3)]) +
      row([cell("1"), cell("地区生产总值增长6%。"), cell(["县发改局", "县统计局"]), cell("张明", 'table:number-rows-spanned="2"')]) +
      row([cell("2"), cell("规上工业增加值增长7%。"), cell("县工信局"), covered()]) +
      tail;
    const started = Date.now();
    const d = await readDocument(await ods(sheet("附件", body)), "t.ods");
    expect(Date.now() - started).toBeLessThan(5000);
    expect(d.source.format).toBe("ods");
    expect(texts(d)).toEqual(["附件：目标任务分解表", "序号\t目标任务\t责任单位\t分管领导", "一、稳增长", "1\t地区生产总值增长6%。\t县发改局 县统计局\t张明", "2\t规上工业增加值增长7%。\t县工信局"]);
    expect(grid(d.blocks![1]!)).toEqual([
      [["序号", 1, 1], ["目标任务", 1, 1], ["责任单位", 1, 1], ["分管领导", 1, 1]],
      [["一、稳增长", 1, 4]],
      [["1", 1, 1], ["地区生产总值增长6%。", 1, 1], ["县发改局|县统计局", 1, 1], ["张明", 2, 1]],
      [["2", 1, 1], ["规上工业增加值增长7%。", 1, 1], ["县工信局", 1, 1]],
    ]);
    expect(d.blocks![1]!.kind === "table" && [d.blocks![1]!.table.name, d.blocks![1]!.table.page]).toEqual(["附件", 1]);
  });

  it("hidden sheets, rows and columns are skipped and said so; a span counts only the visible rows it covers", async () => {
    const styles = `<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>`;
    const hidden = sheet("说明", row([cell("序号"), cell("说明"), cell("牵头单位")]) + row([cell("1"), cell("不是任务"), cell("县政府办")]), "ta2");
    const body =
      `<table:table-column/><table:table-column/><table:table-column table:visibility="collapse"/><table:table-column/>` +
      row([cell("序号"), cell("目标任务"), cell("备用"), cell("责任单位")]) +
      row([cell("1"), cell("任务甲。"), cell("草稿"), cell("县财政局", 'table:number-rows-spanned="3"')]) +
      row([cell("x"), cell("删去的任务。"), cell(""), covered()], 'table:visibility="collapse"') +
      row([cell("2"), cell("任务乙。"), cell(""), covered()]);
    const d = await readDocument(await ods(hidden + sheet("分解表", body), styles), "t.ods");
    expect(texts(d)).toEqual(["序号\t目标任务\t责任单位", "1\t任务甲。\t县财政局", "2\t任务乙。"]);
    expect(grid(d.blocks![0]!)).toEqual([
      [["序号", 1, 1], ["目标任务", 1, 1], ["责任单位", 1, 1]],
      [["1", 1, 1], ["任务甲。", 1, 1], ["县财政局", 2, 1]],
      [["2", 1, 1], ["任务乙。", 1, 1]],
    ]);
    expect(d.diagnostics.map((x) => [x.code, x.page])).toEqual([
      ["XLSX_HIDDEN_SKIPPED", 1],
      ["XLSX_HIDDEN_SKIPPED", 2],
    ]);
    expect(d.diagnostics[1]!.message).toContain("1 行、1 列");
  });

  it("repeated rows and cells that hold text are repeated; bold comes from the cell's style", async () => {
    const styles = `<style:style style:name="ce1" style:family="table-cell"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>`;
    const body = row([cell("序号", 'table:style-name="ce1"'), cell("单位", 'table:style-name="ce1" table:number-columns-repeated="2"')]) + row([cell("甲"), cell("乙")], 'table:number-rows-repeated="2"');
    const d = await readDocument(await ods(sheet("S", body), styles), "t.ods");
    expect(grid(d.blocks![0]!)).toEqual([[["序号", 1, 1], ["单位", 1, 1], ["单位", 1, 1]], [["甲", 1, 1], ["乙", 1, 1], ["", 1, 1]], [["甲", 1, 1], ["乙", 1, 1], ["", 1, 1]]]);
    const t = d.blocks![0]!;
    expect(t.kind === "table" && t.table.rows[0]!.cells.map((c) => c.lines[0]!.bold ?? false)).toEqual([true, true, true]);
    expect(t.kind === "table" && t.table.rows[1]!.cells.slice(0, 2).map((c) => c.lines[0]!.bold ?? false)).toEqual([false, false]);
  });

  it("an .ods notice gives the records an .xlsx of the same table gives", async () => {
    const body =
      row([cell("序号"), cell("目标任务"), cell("牵头单位"), cell("责任单位"), cell("分管领导")]) +
      row([cell("一、扩大有效投资", 'table:number-columns-spanned="5"'), covered(4)]) +
      row([cell("1"), cell("固定资产投资增长8%。"), cell("县发改局"), cell(["县住建局", "各乡镇人民政府"]), cell("李红", 'table:number-rows-spanned="2"')]) +
      row([cell("2"), cell("新开工亿元以上项目20个。"), cell("县发改局"), cell("县自然资源局"), covered()]) +
      tail;
    const r = await parse(await ods(sheet("分解表", body)), { fileName: "t.ods" });
    expect(r.tasks.map((t) => [t.seq, t.section, t.task, t.leadUnits, t.units, t.supervisors, t.review.length])).toEqual([
      [1, ["一、扩大有效投资"], "固定资产投资增长8%。", ["县发改局"], ["县住建局", "各乡镇人民政府"], ["李红"], 0],
      [2, ["一、扩大有效投资"], "新开工亿元以上项目20个。", ["县发改局"], ["县自然资源局"], ["李红"], 0],
    ]);
  });

  it("counter-example: an .odg drawing is still refused, naming what to save it as", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.graphics");
    zip.file("content.xml", "<x/>");
    await expect(readDocument(await zip.generateAsync({ type: "uint8array" }), "图.odg")).rejects.toMatchObject({ code: "UNSUPPORTED_FORMAT" });
  });
});
