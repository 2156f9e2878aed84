// The web page reader: markup parsed by parse5, exact blocks and lines; charsets; MHTML.
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/read/index.js";
import { decodeHtml } from "../../src/read/html.js";
import { looksLikeHtml } from "../../src/read/sniff.js";
import type { DocBlock, InputDocument } from "../../src/model/intermediate.js";

const page = async (html: string, file = "t.html"): Promise<InputDocument> => readDocument(new TextEncoder().encode(html), file);
const texts = (d: InputDocument) => d.lines.map((l) => l.text);
const grid = (b: DocBlock) =>
  b.kind === "table"
    ? b.table.rows.map((r) => r.cells.map((c) => [c.lines.map((l) => l.text).join("|"), c.rowSpan ?? 1, c.colSpan ?? 1]))
    : b.text;
/** GBK bytes through the decoder table (test text only uses characters in GBK). */
function gbk(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const dec = new TextDecoder("gbk");
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) table.set(dec.decode(Uint8Array.of(a, b)), [a, b]);
  return Uint8Array.from([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!)));
}

describe("html cells", () => {
  it("<br>, <p> and <div> end lines inside a cell; &nbsp; lines go; a line break in the markup is a space", async () => {
    const d = await page("<table><tr><td><p>县发改局</p><p>&nbsp;</p>县财政局<br/>县税务局</td><td><p class=MsoNormal><span\nlang=EN-US>县发改局</span>\n县财政局</p></td><td><div>甲</div><div>乙</div></td></tr></table>");
    expect(grid(d.blocks![0]!)).toEqual([[["县发改局|县财政局|县税务局", 1, 1], ["县发改局 县财政局", 1, 1], ["甲|乙", 1, 1]]]);
  });

  it("character references decoded; &nbsp; and &#12288; stay spaces inside a line (names are cleaned later)", async () => {
    const d = await page("<table><tr><td>谭&nbsp;&nbsp;军</td><td>陈&#12288;敏</td><td>&ldquo;三个覆盖&rdquo; &amp; &#x4E00;</td></tr></table>");
    expect(grid(d.blocks![0]!)).toEqual([[["谭  军", 1, 1], ["陈\u3000敏", 1, 1], ["“三个覆盖” & 一", 1, 1]]]);
  });

  it("rowspan and colspan become spans; unclosed <td> and <tr> (as old pages write them) still make cells", async () => {
    const d = await page("<table><tr><th rowspan=2>序号<th colspan=2>责任单位<tr><th>牵头单位<th>配合单位<tr><td>1<td rowspan='2'>县发改局<td>县财政局<tr><td>2<td>县统计局</table>");
    expect(grid(d.blocks![0]!)).toEqual([
      [["序号", 2, 1], ["责任单位", 1, 2]],
      [["牵头单位", 1, 1], ["配合单位", 1, 1]],
      [["1", 1, 1], ["县发改局", 2, 1], ["县财政局", 1, 1]],
      [["2", 1, 1], ["县统计局", 1, 1]],
    ]);
  });

  it("<thead> rows and rows of <th> only are header rows; <th> and <strong> are bold", async () => {
    const d = await page("<table><thead><tr><td>序号</td><td>任务</td></tr></thead><tbody><tr><th>甲</th><th>乙</th></tr><tr><td colspan=2><strong>一、产业发展</strong></td></tr><tr><td>1</td><td>任务一</td></tr></tbody></table>");
    const t = d.blocks![0]!;
    expect(t.kind === "table" && t.table.rows.map((r) => [r.header ?? false, r.cells.map((c) => c.lines.map((l) => l.bold ?? false))])).toEqual([
      [true, [[false], [false]]],
      [true, [[true], [true]]],
      [false, [[true]]],
      [false, [[false], [false]]],
    ]);
  });

  it("rowspan=0 covers the rest of the table; a rowspan past the last row ends there", async () => {
    const d = await page("<table><tr><td rowspan=0>甲</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></table><table><tr><td rowspan=99999>乙</td><td>x</td></tr></table>");
    expect(grid(d.blocks![0]!)[0]![0]).toEqual(["甲", 3, 1]);
    expect(grid(d.blocks![1]!)[0]![0]).toEqual(["乙", 1, 1]);
  });
});

describe("html page furniture", () => {
  const body = (inner: string) => `<!DOCTYPE html><html><head><title>标题_网站</title><style>td{}</style><script>var t = "<table><tr><td>1</td></tr></table>";</script></head><body>${inner}</body></html>`;

  it("scripts, styles, the head, navigation, the site header and footer and hidden elements are left out", async () => {
    const d = await page(
      body(
        '<div class="header"><div class="logo">某某区人民政府</div><ul class="nav menu"><li>首页</li><li>政务公开</li></ul></div><nav>导航</nav>' +
          '<div class="crumbs">当前位置：首页</div><header>页眉</header><p>正文第一段</p><div style="display:none">隐藏</div><p hidden>也隐藏</p><noscript>请启用脚本</noscript>' +
          '<select><option>选项</option></select><footer>版权所有</footer><div id="footer">主办单位：某某区</div>',
      ),
    );
    expect(texts(d)).toEqual(["正文第一段"]);
  });

  it("an article's own header and a class that only contains a navigation word are kept (counter-examples)", async () => {
    const d = await page(body('<article><header><h1>关于印发的通知</h1></header><p>正文</p></article><div class="article-header">发布日期：2023年2月21日</div><div class="navbar-note">说明</div>'));
    expect(texts(d)).toEqual(["关于印发的通知", "正文", "发布日期：2023年2月21日", "说明"]);
  });

  it("a navigation-named wrapper that holds a table of rows is still read (never lose a data table)", async () => {
    const d = await page(body('<div id="header"><table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>甲</td></tr><tr><td>2</td><td>乙</td></tr></table></div>'));
    expect(texts(d)).toEqual(["序号\t任务", "1\t甲", "2\t乙"]);
  });

  it("ordered lists get their numbers; bullets none", async () => {
    const d = await page(body('<ol><li>甲</li><li>乙</li></ol><ol start="5" type="a"><li>丙</li><li value="9">丁</li></ol><ul><li>要点</li></ul>'));
    expect(texts(d)).toEqual(["1.甲", "2.乙", "e.丙", "i.丁", "要点"]);
  });
});

describe("html layout tables and the metadata box", () => {
  const data = "<table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr><tr><td>1</td><td>任务一。</td><td>县工信局</td></tr><tr><td>2</td><td>任务二。</td><td>县教育局</td></tr></table>";

  it("tables that frame the page are dissolved; the innermost data table comes out with the text around it in order", async () => {
    const d = await page(`<table width=1000><tr><td><table><tr><td>网站名</td></tr></table></td></tr><tr><td><p>关于印发的通知</p><div>${data}</div><p>抄送：县委办。</p></td></tr></table>`);
    expect(d.blocks!.map(grid)).toEqual([
      "网站名",
      "关于印发的通知",
      [
        [["序号", 1, 1], ["工作任务", 1, 1], ["责任单位", 1, 1]],
        [["1", 1, 1], ["任务一。", 1, 1], ["县工信局", 1, 1]],
        [["2", 1, 1], ["任务二。", 1, 1], ["县教育局", 1, 1]],
      ],
      "抄送：县委办。",
    ]);
  });

  it("the 索引号 / 发文机关 / 文号 / 成文日期 box becomes one label：value paragraph per field", async () => {
    const d = await page(
      '<table class="xxgk"><tr><td>索&nbsp;引&nbsp;号：</td><td>000014349/2023-00012</td><td>主题分类：</td><td>综合政务</td></tr><tr><td>发文机关：</td><td>攸县人民政府办公室</td><td>成文日期：</td><td>2023年02月21日</td></tr><tr><td>标&emsp;&emsp;题：</td><td colspan=3>攸县人民政府办公室关于印发的通知</td></tr><tr><td>发文字号：</td><td>攸政办发〔2023〕3号</td><td>发布日期：</td><td></td></tr></table>' +
        '<table><tr><td>索引号：431223/2023-01</td><td>公开方式：主动公开</td></tr></table>',
    );
    expect(d.blocks!.map(grid)).toEqual([
      "索引号：000014349/2023-00012",
      "主题分类：综合政务",
      "发文机关：攸县人民政府办公室",
      "成文日期：2023年02月21日",
      "标题：攸县人民政府办公室关于印发的通知",
      "发文字号：攸政办发〔2023〕3号",
      "发布日期：",
      "索引号：431223/2023-01",
      "公开方式：主动公开",
    ]);
  });

  it("a single column of boxes is dissolved; two columns stay a table (counter-example)", async () => {
    const d = await page("<table><tr><td>1.推进重点项目建设。（牵头单位：县发改局）</td></tr><tr><td>2.新建公办幼儿园3所。（牵头单位：县教育局）</td></tr></table><table><tr><td>1</td><td>推进重点项目建设</td></tr></table>");
    expect(d.blocks!.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "table"]);
  });

  it("a table with a cell that is neither label nor value stays a table (counter-example)", async () => {
    const d = await page("<table><tr><td>牵头单位：</td><td>县发改局</td></tr><tr><td>1</td><td>推进重点项目建设</td></tr></table>");
    expect(d.blocks![0]!.kind).toBe("table");
  });
});

describe("html charset", () => {
  const doc = (meta: string, text: string) => `<html><head>${meta}</head><body><p>${text}</p></body></html>`;
  it("GBK bytes by <meta charset=gb2312> and by http-equiv", async () => {
    for (const meta of ['<meta charset="gb2312">', '<meta http-equiv="Content-Type" content="text/html; charset=GBK">']) {
      const d = await readDocument(gbk(doc(meta, "泉港区人民政府办公室")), "t.htm");
      expect([d.source.format, d.source.encoding, texts(d)]).toEqual(["html", "gb18030", ["泉港区人民政府办公室"]]);
    }
  });
  it("valid UTF-8 wins over a stale charset=gb2312 (a page re-saved as UTF-8)", async () => {
    const d = await readDocument(new TextEncoder().encode(doc('<meta charset="gb2312">', "泉港区")), "t.htm");
    expect([d.source.encoding, texts(d)]).toEqual(["utf-8", ["泉港区"]]);
  });
  it("a UTF-8 BOM and UTF-16 (Word's 'Unicode' web page) are read", async () => {
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(doc("", "甲"))]);
    expect(texts(await readDocument(withBom, "t.html"))).toEqual(["甲"]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(doc('<meta charset="unicode">', "乙"), "utf16le")]);
    expect(texts(await readDocument(new Uint8Array(utf16), "t.html"))).toEqual(["乙"]);
  });
  it("GBK bytes with no declaration are guessed like a text file", () => {
    expect(decodeHtml(gbk(doc("", "泉港区人民政府办公室关于印发的通知")), "t").encoding).toBe("gb18030");
  });
});

describe("html detection", () => {
  it.each([
    ["<!DOCTYPE html><p>x</p>", true],
    ["  <!-- saved from url -->\n<html><body>x</body></html>", true],
    ['<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', true],
    ["<p>标题</p>\n<table><tr><td>1</td></tr></table>", true],
    ["序号 | 任务<br>二 | 三\n**加粗**", false],
    ["第一行\n<b>二、民生</b>\n1\t任务", false],
  ])("%s → %s", (text, html) => {
    expect(looksLikeHtml(text)).toBe(html);
  });
  it("a page named .txt is read as a page; a text file named .html as text", async () => {
    expect((await page("<html><body><p>甲</p></body></html>", "x.txt")).source.format).toBe("html");
    expect((await page("序号\t任务\n1\t甲", "x.html")).source.format).toBe("txt");
  });
});

describe("mhtml", () => {
  const mhtml = (headers: string, body: string) =>
    Buffer.from(
      ["MIME-Version: 1.0", "Content-Type: multipart/related;", '\tboundary="----=_NextPart_000"', "", "------=_NextPart_000", headers, "", body, "------=_NextPart_000", "Content-Type: image/png", "Content-Transfer-Encoding: base64", "", "iVBORw0KGgo=", "------=_NextPart_000--", ""].join("\r\n"),
      "latin1",
    );
  it("a quoted-printable page in GB2312 (Word's 单个文件网页), soft line breaks joined", async () => {
    const bytes = gbk("<html><body><table><tr><td>1</td><td>县发改局</td></tr></table></body></html>");
    const qp = Buffer.from(bytes)
      .toString("latin1")
      .replace(/[\x80-\xff=]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`)
      .replace(/(.{40})/g, "$1=\r\n");
    const d = await readDocument(new Uint8Array(mhtml('Content-Type: text/html; charset="gb2312"\r\nContent-Transfer-Encoding: quoted-printable', qp)), "t.mht");
    expect([d.source.format, d.source.encoding, texts(d)]).toEqual(["html", "gb18030", ["1\t县发改局"]]);
  });
  it("a base64 page in UTF-8 (a browser's .mhtml)", async () => {
    const b64 = Buffer.from("<html><body><p>晋江市人民政府</p></body></html>", "utf8").toString("base64");
    const d = await readDocument(new Uint8Array(mhtml("Content-Type: text/html\r\nContent-Transfer-Encoding: base64", b64)), "t.mhtml");
    expect(texts(d)).toEqual(["晋江市人民政府"]);
  });
  it("a MIME message with no page in it is UNSUPPORTED_FORMAT", async () => {
    await expect(readDocument(new Uint8Array(mhtml("Content-Type: text/plain", "hello")), "t.mht")).rejects.toMatchObject({ code: "UNSUPPORTED_FORMAT" });
  });
});
