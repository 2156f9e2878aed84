// The OpenDocument reader on small hand-made .odt / .fodt files: exact blocks and lines.
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/read/index.js";
import type { DocBlock, InputDocument } from "../../src/model/intermediate.js";
import { ODF_NS, odt } from "../helpers/ooxml.js";

const texts = (d: InputDocument) => d.lines.map((l) => l.text);
const grid = (b: DocBlock) =>
  b.kind === "table"
    ? b.table.rows.map((r) => r.cells.map((c) => [c.lines.map((l) => l.text).join("|"), c.rowSpan ?? 1, c.colSpan ?? 1]))
    : b.text;
const p = (t: string, style = "") => `<text:p${style ? ` text:style-name="${style}"` : ""}>${t}</text:p>`;
const cell = (t: string | string[], attrs = "") => `<table:table-cell${attrs ? ` ${attrs}` : ""}>${(Array.isArray(t) ? t : [t]).map((x) => p(x)).join("")}</table:table-cell>`;
const covered = "<table:covered-table-cell/>";
const row = (...cells: string[]) => `<table:table-row>${cells.join("")}</table:table-row>`;

describe("odt tables", () => {
  it("spans from number-rows/columns-spanned, covered cells left out, header rows marked", async () => {
    const body = `${p("附件")}<table:table table:name="T1"><table:table-column table:number-columns-repeated="3"/><table:table-header-rows>${row(cell("序号", 'table:number-rows-spanned="2"'), cell("责任单位", 'table:number-columns-spanned="2"'), covered)}${row(covered, cell("牵头单位"), cell("配合单位"))}</table:table-header-rows>${row(cell("1"), cell(["县发改局", "县工信局"], 'table:number-rows-spanned="2"'), cell("县财政局"))}${row(cell("2"), covered, cell(""))}</table:table>`;
    const d = await readDocument(await odt(body), "t.odt");
    expect(d.source.format).toBe("odt");
    expect(texts(d)).toEqual(["附件", "序号\t责任单位", "牵头单位\t配合单位", "1\t县发改局 县工信局\t县财政局", "2\t"]);
    const t = d.blocks![1]!;
    expect(grid(t)).toEqual([
      [["序号", 2, 1], ["责任单位", 1, 2]],
      [["牵头单位", 1, 1], ["配合单位", 1, 1]],
      [["1", 1, 1], ["县发改局|县工信局", 2, 1], ["县财政局", 1, 1]],
      [["2", 1, 1], ["", 1, 1]],
    ]);
    expect(t.kind === "table" && t.table.rows.map((r) => r.header ?? false)).toEqual([true, true, false, false]);
  });

  it("repeated cells and rows are repeated; row groups are read", async () => {
    const body = `<table:table><table:table-row-group>${row(cell("甲", 'table:number-columns-repeated="2"'), cell("乙"))}</table:table-row-group><table:table-rows><table:table-row table:number-rows-repeated="2">${cell("丙")}</table:table-row></table:table-rows></table:table>`;
    const d = await readDocument(await odt(body), "t.odt");
    expect(grid(d.blocks![0]!)).toEqual([[["甲", 1, 1], ["甲", 1, 1], ["乙", 1, 1]], [["丙", 1, 1]], [["丙", 1, 1]]]);
  });
});

describe("odt text", () => {
  it("text:s spaces, tabs, line breaks, links and fields as shown; notes, annotations and tracked deletions left out", async () => {
    const body =
      `<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>删掉的文字</text:p></text:deletion></text:changed-region></text:tracked-changes>` +
      p(`谭<text:s text:c="2"/>军<text:tab/>县工信局<text:line-break/>县统计局`) +
      p(`见<text:a xlink:href="#" xmlns:xlink="http://www.w3.org/1999/xlink">附件</text:a>第<text:page-number>2</text:page-number>页<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>脚注</text:p></text:note-body></text:note><office:annotation><text:p>批注</text:p></office:annotation><text:change text:change-id="c1"/>`) +
      `<text:section text:name="S1">${p("节内段落")}</text:section>`;
    expect(texts(await readDocument(await odt(body), "t.odt"))).toEqual(["谭  军 县工信局", "县统计局", "见附件第2页", "节内段落"]);
  });

  it("bold from the span's style and the paragraph style's parent chain (the Asian weight first)", async () => {
    const auto =
      '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading"/>' +
      '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>' +
      '<style:style style:name="T2" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="normal"/></style:style>';
    const styles = '<style:style style:name="Heading" style:family="paragraph"><style:text-properties style:font-weight-asian="bold"/></style:style>';
    const body = p("一、产业发展", "P1") + p('<text:span text:style-name="T1">加粗</text:span>') + p('<text:span text:style-name="T1">加粗</text:span>不加粗') + p('<text:span text:style-name="T2">西文粗中文细</text:span>');
    const d = await readDocument(await odt(body, auto, styles), "t.odt");
    expect(d.blocks!.map((b) => (b.kind === "paragraph" ? [b.text, b.bold ?? false] : null))).toEqual([
      ["一、产业发展", true],
      ["加粗", true],
      ["加粗不加粗", false],
      ["西文粗中文细", false],
    ]);
  });

  it("list numbers from the list style, going on across lists that continue; a shown number is used as is", async () => {
    const auto =
      '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ..."/><text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="1"/></text:list-style>' +
      '<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>';
    const item = (t: string, inner = "") => `<text:list-item>${p(t)}${inner}</text:list-item>`;
    const body =
      `<text:list text:style-name="L1">${item("工业", `<text:list>${item("甲")}${item("乙")}</text:list>`)}</text:list>` +
      p("说明") +
      `<text:list text:style-name="L1" text:continue-numbering="true">${item("民生")}</text:list>` +
      `<text:list text:style-name="L2">${item("要点")}</text:list>` +
      `<text:list text:style-name="L1">${item("重新开始")}</text:list>` +
      `<text:list text:style-name="L1"><text:list-item>${p("<text:number>9.</text:number>已显示")}</text:list-item></text:list>`;
    expect(texts(await readDocument(await odt(body, auto), "t.odt"))).toEqual(["（一）工业", "1.甲", "2.乙", "说明", "（二）民生", "要点", "（一）重新开始", "9.已显示"]);
  });
});

describe("flat OpenDocument (.fodt)", () => {
  it("is told from its root and mimetype and read like an .odt", async () => {
    const fodt = `<?xml version="1.0" encoding="UTF-8"?><office:document ${ODF_NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>${p("正文")}<table:table>${row(cell("1"), cell("甲"))}</table:table></office:text></office:body></office:document>`;
    const d = await readDocument(new TextEncoder().encode(fodt), "通知.xml");
    expect(d.source.format).toBe("odt");
    expect(texts(d)).toEqual(["正文", "1\t甲"]);
  });
  it("other XML is not taken for one (counter-example): read as text", async () => {
    const d = await readDocument(new TextEncoder().encode('<?xml version="1.0"?><office:document-meta>序号 任务</office:document-meta>'), "x.xml");
    expect(d.source.format).toBe("txt");
  });
});

describe("OpenDocument files fenjie does not read", () => {
  it("a drawing (.odg) is UNSUPPORTED_FORMAT with the way out", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.graphics");
    zip.file("content.xml", "<x/>");
    await expect(readDocument(await zip.generateAsync({ type: "uint8array" }), "图.odg")).rejects.toMatchObject({ code: "UNSUPPORTED_FORMAT", exitCode: 3, message: expect.stringContaining("另存为") });
  });
});
