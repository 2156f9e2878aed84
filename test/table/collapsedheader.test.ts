import { describe, expect, it } from "vitest";
import type { GridRow } from "../../src/model/intermediate.js";
import { collapseRuns, widenCollapsedRepeats } from "../../src/table/collapsedheader.js";
import { gridToRecords } from "../../src/table/segment.js";

const row = (cells: string[], page = 1): GridRow => ({ cells: cells.map((t) => ({ lines: t ? t.split("\n").map((text) => ({ text })) : [] })), page });
const texts = (r: GridRow) => r.cells.map((c) => c.lines.map((l) => l.text).join("\n"));

// invented rows; the shape of a browser-made table whose 项目 header cell spans two heading columns on its first
// pages, printed over one column on the last page where no second-level heading is left
const first = ["序号", "项目", "项目", "目标任务", "责任单位", "分管县领导"];
const pageOne = [
  row(first),
  row(["1", "一、稳增长", "（一）扩投资", "新建青溪产业园一期。", "县发改局", "林一凡"]),
  row(["2", "二、惠民生", "", "新增学位1200个。", "县教育局", "周子墨"]),
];
const pageTwo = [row(["序号", "项目", "目标任务", "责任单位", "分管县领导"], 2), row(["3", "", "新建青禾社区食堂5个。", "县民政局", "孙可为"], 2)];

describe("a repeated header whose merged 项目 cell stands over one column (widenCollapsedRepeats)", () => {
  it("collapses runs of one word", () => {
    expect(collapseRuns(["序号", "项目", "项 目", "目标任务"])).toEqual({ words: ["序号", "项目", "目标任务"], runs: [1, 2, 1] });
  });
  it("widens the repeat and its rows to the table's columns: the table goes on, the row under its section", () => {
    const rows = widenCollapsedRepeats([...pageOne, ...pageTwo]);
    expect(texts(rows[3]!)).toEqual(["序号", "项目", "项目", "目标任务", "责任单位", "分管县领导"]);
    expect(texts(rows[4]!)).toEqual(["3", "", "", "新建青禾社区食堂5个。", "县民政局", "孙可为"]);
    const res = gridToRecords([...pageOne, ...pageTwo], { layout: "lattice" });
    expect(res.tables).toHaveLength(1);
    expect(res.records.map((r) => [r.table, r.seq, r.section])).toEqual([
      [0, 1, ["一、稳增长", "（一）扩投资"]],
      [0, 2, ["二、惠民生"]],
      [0, 3, ["二、惠民生"]],
    ]);
  });
  it("counter-example: a header with other words, or a row of another width, stays as printed", () => {
    const other = [row(["序号", "项目", "工作任务", "责任单位", "分管县领导"], 2), row(["3", "", "新建青禾社区食堂5个。", "县民政局", "孙可为"], 2)];
    const rows = widenCollapsedRepeats([...pageOne, ...other]);
    expect(rows.slice(3)).toEqual(other);
    const heading = row(["三、强治理"], 2);
    expect(widenCollapsedRepeats([...pageOne, pageTwo[0]!, heading])[4]).toBe(heading);
  });
});
