// Lattice and stream building blocks on hand-made geometry, with exact values.
import { describe, expect, it } from "vitest";
import type { Box, GridRow, Rule, TextRun } from "../../src/model/intermediate.js";
import { gridToRecords } from "../../src/table/segment.js";
import { splitEntities } from "../../src/names/split.js";
import { Ls, shows } from "../helpers/cell-lines.js";
import { cellsToTables, intersections, intersectionsToCells, joinEdges, rulesToEdges, snapEdges, tableRows, type Edge } from "../../src/layouts/lattice.js";
import { cellLines, joinAtWrap } from "../../src/layouts/pdf-cells.js";
import { columnBounds, findHeader, splitSectionColumns } from "../../src/layouts/stream.js";

const h = (y: number, x0: number, x1: number): Rule => ({ orientation: "h", box: [x0, y - 0.25, x1, y + 0.25] });
const v = (x: number, y0: number, y1: number): Rule => ({ orientation: "v", box: [x - 0.25, y0, x + 0.25, y1] });
const run = (text: string, x: number, top: number, size = 10): TextRun => ({ text, box: [x, top, x + [...text].length * size, top + size], fontSize: size });

// 3 columns × 3 rows; the middle column's rows 2–3 are one merged cell
const GRID: Rule[] = [h(0, 0, 300), h(20, 0, 300), h(40, 0, 100), h(40, 200, 300), h(60, 0, 300), v(0, 0, 60), v(100, 0, 60), v(200, 0, 60), v(300, 0, 60)];

describe("lattice", () => {
  it("snaps near-parallel edges and joins collinear pieces", () => {
    const edges: Edge[] = [
      { orientation: "h", pos: 10, start: 0, end: 50 },
      { orientation: "h", pos: 11, start: 52, end: 100 },
    ];
    expect(joinEdges(snapEdges(edges, 3), 3)).toEqual([{ orientation: "h", pos: 10.5, start: 0, end: 100 }]);
  });
  it("finds cells from intersections; a merged cell is one large cell", () => {
    const edges = rulesToEdges(GRID);
    const cells = intersectionsToCells(intersections(edges, 3), edges, 3);
    expect(cells.map((c) => c.box)).toEqual([
      [0, 0, 100, 20], [100, 0, 200, 20], [200, 0, 300, 20],
      [0, 20, 100, 40], [100, 20, 200, 60], [200, 20, 300, 40],
      [0, 40, 100, 60], [200, 40, 300, 60],
    ]);
    const [table] = cellsToTables(cells);
    expect(table!.xs).toEqual([0, 100, 200, 300]);
    expect(table!.ys).toEqual([0, 20, 40, 60]);
  });
  it("a merged cell's text goes in its first row and is repeated, marked spanned, below", () => {
    const edges = rulesToEdges(GRID);
    const [table] = cellsToTables(intersectionsToCells(intersections(edges, 3), edges, 3));
    const runs = [run("序号", 5, 5), run("任务", 105, 5), run("责任单位", 205, 5), run("1", 5, 25), run("甲任务", 105, 25), run("科技局", 105, 45), run("张三", 205, 25), run("2", 5, 45), run("李四", 205, 45)];
    const rows = tableRows(table!, runs, 1);
    expect(rows.map((r) => r.cells.map((c) => (c.spanned ? "^" : "") + shows(c.lines).join("/")))).toEqual([
      ["序号", "任务", "责任单位"],
      ["1", `甲任务¶/科技局`, "张三"],
      ["2", `^甲任务¶/科技局`, "李四"],
    ]);
    expect(rows[1]!.bbox).toEqual([0, 20, 300, 40]);
  });
});

describe("cell lines", () => {
  const cell: Box = [0, 0, 64, 100];
  it("marks a line that ran to the edge as wrapped and a short one as ended", () => {
    const lines = cellLines([run("泉州半导体", 2, 2), run("高新区", 2, 14), run("工信局", 2, 26)], cell);
    expect(shows(lines)).toEqual([`泉州半导体⏎`, `高新区¶`, "工信局"]);
  });
  it("centred text: the widest line of a wide cell is not taken as wrapped", () => {
    const lines = cellLines([run("涂岭镇", 35, 2), run("前黄镇", 35, 14)], [0, 0, 100, 40]);
    expect(shows(lines)).toEqual([`涂岭镇¶`, "前黄镇"]);
    expect(splitEntities(lines, "unit")).toEqual(["涂岭镇", "前黄镇"]);
  });
  it("the name splitter follows the hints", () => {
    expect(splitEntities(Ls([`石化安控区指挥部办⏎`, `公室¶`, "区直有关单位"]), "unit")).toEqual(["石化安控区指挥部办公室", "区直有关单位"]);
    expect(splitEntities(Ls([`各相关镇（街⏎`, `道）¶`, "新城投资公司"]), "unit")).toEqual(["各相关镇（街道）", "新城投资公司"]);
    expect(splitEntities(Ls([`区疫情防控指挥部⏎`, "各职能组"]), "unit")).toEqual(["区疫情防控指挥部各职能组"]);
    expect(splitEntities(Ls([`文体旅游局⏎`, "自然资源局"]), "unit")).toEqual(["文体旅游局", "自然资源局"]);
  });
  it("joins wrapped lines by what the break stood for", () => {
    expect(joinAtWrap("顺利通过2", "020年", 0.5)).toBe("glue");
    expect(joinAtWrap("增长 20", "%。", 0.5)).toBe("glue");
    expect(joinAtWrap("，GDP", "增长", 0.5)).toBe("glue");
    expect(joinAtWrap("项目超 10", "亿元。", 0.5)).toBe("wrap");
    expect(joinAtWrap("争取ID", "G文旅", 0.5)).toBe("glue");
    expect(joinAtWrap("推进", "龙头", 0.5)).toBe("wrap");
    expect(joinAtWrap("产线、", "1 个", 0.5)).toBe("glue");
    // more room than the next character needed: a space stood at the break
    expect(joinAtWrap("，GDP", "增长", 1.5)).toBe("wrap");
  });
});

describe("stream", () => {
  it("reads a header wrapped over lines and puts column boundaries at the start of the next column's text", () => {
    const runs = [run("序号", 0, 0), run("任务", 40, 0), run("责任单", 150, -6), run("位", 150, 6), run("1", 0, 30), run("推进某项工作", 40, 30), run("科技局", 150, 30)];
    const header = findHeader(runs)!;
    expect(header.cells.map((c) => c.text)).toEqual(["序号", "任务", "责任单位"]);
    const body = runs.filter((r) => r.box[1] >= header.bottom);
    // each boundary sits where the next column's text begins (less half the minimum gap)
    expect(columnBounds(header, body)).toEqual([-Infinity, 39, 149, Infinity]);
  });
  it("a heading row spanning the table from its left edge does not hide where the task column starts", () => {
    const runs = [run("序号", 0, 0), run("任务", 60, 0), run("责任单位", 150, 0), run("一、稳增长", 0, 18), run("1", 0, 30), run("推进某项工作", 40, 30), run("科技局", 150, 30)];
    const header = findHeader(runs)!;
    const body = runs.filter((r) => r.box[1] >= header.bottom);
    expect(columnBounds(header, body)).toEqual([-Infinity, 39, 149, Infinity]);
    // counter-example: a task line starting at the left edge (no heading marker) still covers the strip
    const prose = [...runs.filter((r) => !r.text.startsWith("一、")), run("推进某项", 0, 18)];
    expect(columnBounds(header, prose.filter((r) => r.box[1] >= header.bottom))[1]).not.toBe(39);
  });
});

describe("splitSectionColumns", () => {
  it("splits a 项目 column at an empty strip running down its body; other columns stay whole", () => {
    const body = [run("一、狠", 40, 0), run("抓科技", 40, 12), run("（一）", 75, 0), run("培育", 75, 12), run("推进工作", 120, 0), run("再推进", 150, 12)];
    expect(splitSectionColumns([-Infinity, 38, 110, Infinity], ["序号", "项目", "目标任务"], body)).toEqual({
      bounds: [-Infinity, 38, 72.5, 110, Infinity],
      texts: ["序号", "项目", "项目", "目标任务"],
    });
  });
});

describe("gridToRecords with PDF rows", () => {
  const row = (cells: string[], extra: Partial<GridRow> = {}): GridRow => ({ cells: cells.map((t) => ({ lines: t ? Ls([t]) : [] })), ...extra });
  it("a row merged across the whole table is a heading even without a marker", () => {
    const r = gridToRecords([row(["序号", "目标任务", "责任单位"]), row(["重点项目建设", "", ""], { spansTable: true }), row(["1", "推进某项工作", "科技局"])], { layout: "lattice" });
    expect(r.records.map((x) => [x.seq, x.section])).toEqual([[1, ["重点项目建设"]]]);
  });
  it("a merged-down cell is inherited by the numbered row, ignored by a continuation row", () => {
    const rows: GridRow[] = [
      row(["序号", "目标任务", "责任单位"]),
      row(["1", "甲", "科技局"]),
      { cells: [{ lines: Ls(["2"]) }, { lines: Ls(["乙"]) }, { lines: Ls(["科技局"]), spanned: true }] },
      { cells: [{ lines: [] }, { lines: Ls(["乙续"]) }, { lines: Ls(["科技局"]), spanned: true }] },
    ];
    const r = gridToRecords(rows, { layout: "lattice" });
    expect(r.records.map((x) => [x.seq, x.task, x.cells.units && shows(x.cells.units), x.inherited])).toEqual([
      [1, ["甲"], ["科技局"], undefined],
      [2, ["乙", "乙续"], ["科技局"], ["units"]],
    ]);
  });
  it("a second header row of sub-headers names the columns under a merged parent", () => {
    const r = gridToRecords([row(["序号", "具体任务", "责任分工", "", "分管领导"]), row(["", "", "牵头单位", "责任单位", ""]), row(["1", "任务", "发改局", "各街道", "张三"])], { layout: "lattice" });
    expect(r.tables[0]!.columns).toEqual(["seq", "task", "leadUnits", "units", "supervisors"]);
  });
});
