// The Word reader on small hand-made .docx files: exact blocks and lines.
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/read/index.js";
import type { DocBlock, InputDocument } from "../../src/model/intermediate.js";
import { docx, wp, wtbl, wtc, wtr } from "../helpers/ooxml.js";

const read = async (bytes: Uint8Array, file = "t.docx"): Promise<InputDocument> => readDocument(bytes, file);
const texts = (d: InputDocument) => d.lines.map((l) => l.text);
/** Tables as rows of cell texts (lines joined by |) with spans. */
const grid = (b: DocBlock) =>
  b.kind === "table"
    ? b.table.rows.map((r) => r.cells.map((c) => [c.lines.map((l) => l.text).join("|"), c.rowSpan ?? 1, c.colSpan ?? 1]))
    : b.text;

describe("docx body", () => {
  it("paragraphs and tables in order, numbered as lines; a row is one line, cells joined by tabs", async () => {
    const d = await read(await docx({ body: wp("泉港政办〔2020〕2号") + wp("关于", "印发的通知") + wtbl([wtr([wtc("序号"), wtc("任务")]), wtr([wtc("1"), wtc(["推进", "建设"])])]) + wp("抄送：市府办。") }));
    expect(d.source.format).toBe("docx");
    expect(d.source.encoding).toBeNull();
    expect(d.lines).toEqual([
      { text: "泉港政办〔2020〕2号", line: 1 },
      { text: "关于印发的通知", line: 2 },
      { text: "序号\t任务", line: 3 },
      { text: "1\t推进 建设", line: 4 },
      { text: "抄送：市府办。", line: 5 },
    ]);
    expect(d.blocks).toEqual([
      { kind: "paragraph", text: "泉港政办〔2020〕2号", line: 1 },
      { kind: "paragraph", text: "关于印发的通知", line: 2 },
      {
        kind: "table",
        table: {
          rows: [
            { cells: [{ lines: [{ text: "序号" }] }, { lines: [{ text: "任务" }] }], line: 3 },
            { cells: [{ lines: [{ text: "1" }] }, { lines: [{ text: "推进" }, { text: "建设" }] }], line: 4 },
          ],
        },
      },
      { kind: "paragraph", text: "抄送：市府办。", line: 5 },
    ]);
  });

  it("a line break is a new line, a tab a space, a soft hyphen nothing, a non-breaking hyphen a hyphen; empty paragraphs go", async () => {
    const d = await read(
      await docx({
        body:
          '<w:p><w:r><w:t>区发改局</w:t><w:br/><w:t>区财政局</w:t><w:tab/><w:t>区统</w:t><w:softHyphen/><w:t>计局</w:t><w:noBreakHyphen/><w:t>A</w:t></w:r></w:p><w:p/><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>' +
          '<w:p><w:r><w:t>第一页</w:t><w:br w:type="page"/><w:t>同一段</w:t></w:r></w:p>',
      }),
    );
    expect(texts(d)).toEqual(["区发改局", "区财政局 区统计局-A", "第一页同一段"]);
  });
});

describe("docx tables", () => {
  it("gridSpan and vMerge restart/continue become spans; only the starting cell is listed", async () => {
    const d = await read(
      await docx({
        body: wtbl([
          wtr([wtc("序号", '<w:vMerge w:val="restart"/>'), wtc("责任单位", '<w:gridSpan w:val="2"/>')], "<w:tblHeader/>"),
          wtr([wtc("", "<w:vMerge/>"), wtc("牵头单位"), wtc("配合单位")], "<w:tblHeader/>"),
          wtr([wtc("1"), wtc("县发改局", '<w:vMerge w:val="restart"/>'), wtc("县财政局")]),
          wtr([wtc("2"), wtc("", '<w:vMerge w:val="continue"/>'), wtc("县统计局")]),
          wtr([wtc("3"), wtc("", "<w:vMerge/>"), wtc("")]),
        ]),
      }),
    );
    const t = d.blocks![0]!;
    expect(grid(t)).toEqual([
      [["序号", 2, 1], ["责任单位", 1, 2]],
      [["牵头单位", 1, 1], ["配合单位", 1, 1]],
      [["1", 1, 1], ["县发改局", 3, 1], ["县财政局", 1, 1]],
      [["2", 1, 1], ["县统计局", 1, 1]],
      [["3", 1, 1], ["", 1, 1]],
    ]);
    expect(t.kind === "table" && t.table.rows.map((r) => r.header ?? false)).toEqual([true, true, false, false, false]);
  });

  it("a continuing cell under a cell of another width is not merged into it (counter-example)", async () => {
    const d = await read(await docx({ body: wtbl([wtr([wtc("甲", '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>')]), wtr([wtc("乙", "<w:vMerge/>"), wtc("丙")])]) }));
    expect(grid(d.blocks![0]!)).toEqual([[["甲", 1, 2]], [["乙", 1, 1], ["丙", 1, 1]]]);
  });

  it("text typed into a continuing merged cell is kept with the merged cell, not lost", async () => {
    const d = await read(await docx({ body: wtbl([wtr([wtc("1"), wtc("县发改局", '<w:vMerge w:val="restart"/>')]), wtr([wtc("2"), wtc("县财政局", "<w:vMerge/>")])]) }));
    expect(grid(d.blocks![0]!)).toEqual([[["1", 1, 1], ["县发改局|县财政局", 2, 1]], [["2", 1, 1]]]);
  });

  it("gridBefore is an empty leading cell; the old hMerge joins a cell to the one on its left; deleted rows go", async () => {
    const d = await read(
      await docx({
        body: wtbl([
          wtr([wtc("A"), wtc("B"), wtc("C")]),
          wtr([wtc("B2"), wtc("C2")], '<w:gridBefore w:val="1"/>'),
          wtr([wtc("横跨", '<w:hMerge w:val="restart"/>'), wtc("", "<w:hMerge/>"), wtc("C3")]),
          wtr([wtc("删"), wtc("除"), wtc("行")], '<w:del w:id="1" w:author="x" w:date="2024-01-01T00:00:00Z"/>'),
        ]),
      }),
    );
    expect(grid(d.blocks![0]!)).toEqual([
      [["A", 1, 1], ["B", 1, 1], ["C", 1, 1]],
      [["", 1, 1], ["B2", 1, 1], ["C2", 1, 1]],
      [["横跨", 1, 2], ["C3", 1, 1]],
    ]);
  });

  it("rows and cells wrapped in content controls are read", async () => {
    const d = await read(await docx({ body: `<w:tbl>${wtr([wtc("1"), wtc("甲")])}<w:sdt><w:sdtContent>${wtr([`<w:sdt><w:sdtContent>${wtc("2")}</w:sdtContent></w:sdt>`, wtc("乙")])}</w:sdtContent></w:sdt></w:tbl>` }));
    expect(grid(d.blocks![0]!)).toEqual([[["1", 1, 1], ["甲", 1, 1]], [["2", 1, 1], ["乙", 1, 1]]]);
  });

  it("a one-cell table wrapping the whole notice is dissolved: its paragraphs and inner table come out in order", async () => {
    const inner = wtbl([wtr([wtc("序号"), wtc("任务"), wtc("责任单位")]), wtr([wtc("1"), wtc("甲"), wtc("县发改局")]), wtr([wtc("2"), wtc("乙"), wtc("县财政局")])]);
    const d = await read(await docx({ body: wtbl([wtr([wtc([wp("关于印发的通知"), inner, wp("抄送：县委办。")])])]) }));
    expect(d.blocks!.map(grid)).toEqual([
      "关于印发的通知",
      [
        [["序号", 1, 1], ["任务", 1, 1], ["责任单位", 1, 1]],
        [["1", 1, 1], ["甲", 1, 1], ["县发改局", 1, 1]],
        [["2", 1, 1], ["乙", 1, 1], ["县财政局", 1, 1]],
      ],
      "抄送：县委办。",
    ]);
  });

  it("a data table with a small table inside one cell stays a table; the small table's rows become that cell's lines, with a note", async () => {
    const small = wtbl([wtr([wtc("县发改局"), wtc("张三")]), wtr([wtc("县财政局"), wtc("李四")])]);
    const rows = [wtr([wtc("序号"), wtc("任务"), wtc("责任单位")])];
    for (let i = 1; i <= 4; i++) rows.push(wtr([wtc(String(i)), wtc(`推进第${i}项重点工作任务的落实和督促检查`), i === 2 ? wtc([small]) : wtc("县工信局")]));
    const d = await read(await docx({ body: wtbl(rows) }));
    expect(d.blocks).toHaveLength(1);
    expect(grid(d.blocks![0]!)).toContainEqual([["2", 1, 1], ["推进第2项重点工作任务的落实和督促检查", 1, 1], ["县发改局 张三|县财政局 李四", 1, 1]]);
    expect(d.diagnostics.map((x) => [x.code, x.level, x.line])).toEqual([["NESTED_TABLE_IN_CELL", "info", 1]]);
  });
});

describe("docx text that is not plain runs", () => {
  it("fields give their result, not their code (complex and simple, nested)", async () => {
    const body =
      '<w:p><w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r></w:p>' +
      '<w:p><w:fldSimple w:instr=" DATE "><w:r><w:t>2024年2月6日</w:t></w:r></w:fldSimple></w:p>' +
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>MERGEFIELD x</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>内码</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>结果</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>';
    expect(texts(await read(await docx({ body })))).toEqual(["第3页", "2024年2月6日", "结果"]);
  });

  it("content controls, hyperlinks and inserted text are read; deleted, moved-away and hidden text is not", async () => {
    const body =
      '<w:sdt><w:sdtContent><w:p><w:r><w:t>块级控件</w:t></w:r></w:p></w:sdtContent></w:sdt>' +
      '<w:p><w:sdt><w:sdtContent><w:r><w:t>行内</w:t></w:r></w:sdtContent></w:sdt><w:hyperlink r:id="x"><w:r><w:t>链接</w:t></w:r></w:hyperlink><w:ins><w:r><w:t>插入</w:t></w:r></w:ins><w:del><w:r><w:delText>删除</w:delText></w:r></w:del><w:moveFrom><w:r><w:t>移走</w:t></w:r></w:moveFrom><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r></w:p>';
    expect(texts(await read(await docx({ body })))).toEqual(["块级控件", "行内链接插入"]);
  });

  it("a text box's paragraphs come before the paragraph that anchors it, once (not its VML fallback too)", async () => {
    const box = (t: string) => `<w:txbxContent><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:txbxContent>`;
    const body = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${box("泉州市人民政府文件")}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>${box("泉州市人民政府文件")}</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>正文</w:t></w:r></w:p>`;
    expect(texts(await read(await docx({ body })))).toEqual(["泉州市人民政府文件", "正文"]);
  });
});

describe("docx bold", () => {
  const styles =
    '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading1Sub"><w:basedOn w:val="Heading1"/></w:style>' +
    '<w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/></w:rPr></w:style>';
  it("from the run, its character style and the paragraph style through basedOn; a line is bold when all its text is", async () => {
    const body =
      '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>一、产业发展</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:pStyle w:val="Heading1Sub"/></w:pPr><w:r><w:t>（一）工业</w:t></w:r></w:p>' +
      '<w:p><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>加粗</w:t></w:r><w:r><w:t>不加粗</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>取消加粗</w:t></w:r></w:p>';
    const d = await read(await docx({ body, styles }));
    expect(d.blocks!.map((b) => (b.kind === "paragraph" ? [b.text, b.bold ?? false] : null))).toEqual([
      ["一、产业发展", true],
      ["（一）工业", true],
      ["加粗不加粗", false],
      ["取消加粗", false],
    ]);
  });
});

describe("docx automatic numbering", () => {
  const numbering =
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>' +
    '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>' +
    '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>' +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>' +
    '<w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="14"/></w:lvlOverride></w:num>';
  const np = (numId: number, ilvl: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

  it("writes the numbers Word shows: levels, restarts below a higher level, Chinese counting, bullets unnumbered", async () => {
    const body = np(1, 0, "产业") + np(1, 1, "甲") + np(1, 1, "乙") + wp("说明段落") + np(1, 0, "民生") + np(1, 1, "丙") + np(3, 0, "要点") + np(1, 0, "其他");
    expect(texts(await read(await docx({ body, numbering })))).toEqual(["一、产业", "1.甲", "2.乙", "说明段落", "二、民生", "1.丙", "要点", "三、其他"]);
  });

  it("a 序号 column numbered automatically (a number without punctuation gets a space before the text); a start override restarts the list", async () => {
    const body = wtbl([wtr([wtc("序号"), wtc("任务")]), wtr([wtc(np(2, 0, "")), wtc("甲")]), wtr([wtc(np(2, 0, "")), wtc("乙")])]) + np(4, 0, "节选") + np(4, 0, "又一项");
    expect(texts(await read(await docx({ body, numbering })))).toEqual(["序号\t任务", "1\t甲", "2\t乙", "14 节选", "15 又一项"]);
  });
});

describe("docx imported HTML (altChunk)", () => {
  it("a web page imported whole into the document is read as a web page, in its place", async () => {
    const body = wp("前言") + '<w:altChunk r:id="rIdHtml"/>' + wp("结尾");
    const d = await read(
      await docx({
        body,
        rels: [["rIdHtml", "aFChunk", "chunk.html"]],
        parts: { "word/chunk.html": "<html><body><p>附件</p><table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>甲</td></tr></table></body></html>" },
      }),
    );
    expect(d.blocks!.map(grid)).toEqual(["前言", "附件", [[["序号", 1, 1], ["任务", 1, 1]], [["1", 1, 1], ["甲", 1, 1]]], "结尾"]);
  });
});

describe("docx detection", () => {
  it("is told from the parts inside, not the name: a .docx named .txt is read as Word", async () => {
    const d = await readDocument(await docx({ body: wp("正文") }), "通知.txt");
    expect(d.source.format).toBe("docx");
  });
  it("Strict OOXML namespaces read as Transitional", async () => {
    const bytes = await docx({ body: "" });
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(bytes);
    zip.file("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p><w:r><w:t>严格格式</w:t></w:r></w:p></w:body></w:document>');
    expect(texts(await read(await zip.generateAsync({ type: "uint8array" })))).toEqual(["严格格式"]);
  });
  it("a damaged document.xml is FILE_UNREADABLE with the part named", async () => {
    const bytes = await docx({ body: "<w:p><w:r><w:t>未闭合" });
    await expect(read(bytes)).rejects.toMatchObject({ code: "FILE_UNREADABLE", message: expect.stringContaining("word/document.xml") });
  });
});
