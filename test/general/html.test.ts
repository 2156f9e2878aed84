// The HTML layout: <table> markup with merged cells.
import { describe, expect, it } from "vitest";
import { showCells, shows } from "../helpers/cell-lines.js";
import { cellLines, decodeEntities, htmlToGrid } from "../../src/layouts/html.js";
import { parseText } from "../../src/parse.js";

describe("html cells", () => {
  it("decodes named and numeric character references", () => {
    expect(decodeEntities("王&nbsp;伟 &#19968;&#x4E8C; &amp; &ldquo;x&rdquo; &bogus;")).toBe("王 伟 一二 & “x” &bogus;");
  });
  it("<br>, </p> and </div> break lines; bold stays marked for headings; empty lines go", () => {
    expect(shows(cellLines("<p>县发改局</p><p>&nbsp;</p>县财政局<br/>县税务局"))).toEqual(["县发改局", "县财政局", "县税务局"]);
    expect(shows(cellLines("<strong>二、民生保障</strong>"))).toEqual(["**二、民生保障**"]);
  });
});

describe("html grid", () => {
  it("places a merged cell at its first position; rows it covers below get a copy marked spanned, columns it covers stay blank", () => {
    const rows = htmlToGrid(
      [
        "<table>",
        "<tr><th rowspan=2>序号</th><th rowspan=2>任务</th><th colspan=2>责任单位</th></tr>",
        "<tr><th>牵头单位</th><th>配合单位</th></tr>",
        "<tr><td>1</td><td>甲</td><td rowspan='2'>县发改局</td><td>县财政局</td></tr>",
        "<tr><td>2</td><td>乙</td><td>县统计局</td></tr>",
        "</table>",
      ].join("\n"),
    );
    expect(rows.map((r) => [r.line, r.cells.map((c) => (c.spanned ? "^" : "") + shows(c.lines).join("|"))])).toEqual([
      [2, ["序号", "任务", "责任单位", ""]],
      [3, ["^序号", "^任务", "牵头单位", "配合单位"]],
      [4, ["1", "甲", "县发改局", "县财政局"]],
      [5, ["2", "乙", "^县发改局", "县统计局"]],
    ]);
  });
  it("unclosed <td> and <tr> (as old pages write them) still make cells", () => {
    const rows = htmlToGrid("<table><tr><td>1<td>甲<td>县发改局<tr><td>2<td>乙<td>县统计局</table>");
    expect(rows.map((r) => r.cells.map((c) => shows(c.lines).join("|")))).toEqual([
      ["1", "甲", "县发改局"],
      ["2", "乙", "县统计局"],
    ]);
  });
});

describe("html layout end to end", () => {
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
    expect(r.tables.map((t) => [t.layout, t.title])).toEqual([["html", "2023年目标任务分解表"]]);
    expect(r.tasks.map((t) => [t.seq, t.section, t.units, t.supervisors, t.inherited])).toEqual([
      [1, ["一、产业发展"], ["县工信局"], ["谭军"], []],
      [2, ["一、产业发展"], ["县工信局"], ["谭军"], ["units", "supervisors"]],
    ]);
  });
});

describe("html source lines", () => {
  it("a line break in the markup is a space, not a cell line (Word's HTML wraps anywhere)", () => {
    expect(shows(cellLines('<p class=MsoNormal><span\nlang=EN-US>县发改局</span>\n县财政局</p>'))).toEqual(["县发改局 县财政局"]);
  });
});
