// Web pages (<table> markup with merged cells), read by the web page reader (src/read/html.ts) into
// blocks and placed by the table stage (src/table/structure.ts): the cases the old regex layout
// covered, now through the real parser.
import { describe, expect, it } from "vitest";
import { shows } from "../helpers/cell-lines.js";
import { readDocument } from "../../src/read/index.js";
import { blocksToGrid } from "../../src/table/structure.js";
import { parseText } from "../../src/parse.js";
import type { GridRow } from "../../src/model/intermediate.js";

const gridOf = async (html: string): Promise<GridRow[]> => {
  const doc = await readDocument(new TextEncoder().encode(html), "page.html");
  expect(doc.source.format).toBe("html");
  return blocksToGrid(doc.blocks ?? []);
};
/** The lines of the one cell of a one-cell table. */
const cellOf = async (inner: string) => (await gridOf(`<table><tr><td>${inner}</td><td>x</td></tr></table>`))[0]!.cells[0]!.lines;

describe("html cells", () => {
  it("decodes named and numeric character references", async () => {
    expect(shows(await cellOf("王&nbsp;伟 &#19968;&#x4E8C; &amp; &ldquo;x&rdquo;"))).toEqual(["王 伟 一二 & “x”"]);
  });
  it("<br>, </p> and </div> break lines; bold stays marked for headings; empty lines go", async () => {
    expect(shows(await cellOf("<p>县发改局</p><p>&nbsp;</p>县财政局<br/>县税务局"))).toEqual(["县发改局", "县财政局", "县税务局"]);
    expect(shows(await cellOf("<strong>二、民生保障</strong>"))).toEqual(["**二、民生保障**"]);
  });
  it("a line break in the markup is a space, not a cell line (Word's HTML wraps anywhere)", async () => {
    expect(shows(await cellOf("<p class=MsoNormal><span\nlang=EN-US>县发改局</span>\n县财政局</p>"))).toEqual(["县发改局 县财政局"]);
  });
});

describe("html grid", () => {
  it("places a merged cell at its first position; rows it covers below get a copy marked spanned; columns a header cell covers repeat it", async () => {
    const rows = await gridOf(
      [
        "<table>",
        "<tr><th rowspan=2>序号</th><th rowspan=2>任务</th><th colspan=2>责任单位</th></tr>",
        "<tr><th>牵头单位</th><th>配合单位</th></tr>",
        "<tr><td>1</td><td>甲</td><td rowspan='2'>县发改局</td><td>县财政局</td></tr>",
        "<tr><td>2</td><td>乙</td><td>县统计局</td></tr>",
        "</table>",
      ].join("\n"),
    );
    // (<th> cells are bold, as a browser shows them: compared by text here)
    expect(rows.map((r) => r.cells.map((c) => (c.spanned ? "^" : "") + c.lines.map((l) => l.text).join("|")))).toEqual([
      ["序号", "任务", "责任单位", "责任单位"],
      ["^序号", "^任务", "牵头单位", "配合单位"],
      ["1", "甲", "县发改局", "县财政局"],
      ["2", "乙", "^县发改局", "县统计局"],
    ]);
  });
  it("unclosed <td> and <tr> (as old pages write them) still make cells", async () => {
    const rows = await gridOf("<table><tr><td>1<td>甲<td>县发改局<tr><td>2<td>乙<td>县统计局</table>");
    expect(rows.map((r) => r.cells.map((c) => shows(c.lines).join("|")))).toEqual([
      ["1", "甲", "县发改局"],
      ["2", "乙", "县统计局"],
    ]);
  });
});

describe("html end to end", () => {
  it("a merged block of responsibility cells is filled down; a colspan row is a heading", async () => {
    const html = [
      "<p>2023年目标任务分解表</p>",
      "<table>",
      "<tr><td>序号</td><td>工作任务</td><td>责任单位</td><td>分管县领导</td></tr>",
      "<tr><td colspan=4><b>一、产业发展</b></td></tr>",
      "<tr><td>1</td><td>任务一。</td><td rowspan=2>县工信局</td><td rowspan=2>谭军</td></tr>",
      "<tr><td>2</td><td>任务二。</td></tr>",
      "</table>",
    ].join("\n");
    const r = await parseText(html);
    // a page given as text is read by the web page reader, as a structured document
    expect(r.source.format).toBe("html");
    expect(r.tables.map((t) => [t.layout, t.title])).toEqual([["structured", "2023年目标任务分解表"]]);
    expect(r.tasks.map((t) => [t.seq, t.section, t.units, t.supervisors, t.inherited])).toEqual([
      [1, ["一、产业发展"], ["县工信局"], ["谭军"], []],
      [2, ["一、产业发展"], ["县工信局"], ["谭军"], ["units", "supervisors"]],
    ]);
  });
});
