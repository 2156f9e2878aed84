import { describe, expect, it } from "vitest";
import { showCells, shows } from "../helpers/cell-lines.js";
import { gridToRecords } from "../../src/table/segment.js";
import { textToGrid } from "../../src/layouts/tsv.js";

const grid = (text: string) =>
  textToGrid(
    text.split("\n").map((t, i) => ({ text: t, line: i + 1 })),
    "tsv",
  );

const HEADER = "序号\t具体任务\t牵头单位\t责任单位\t分管领导";

describe("gridToRecords", () => {
  it("drops repeated headers, applies section rows, keeps provenance", () => {
    const r = gridToRecords(
      grid([HEADER, "1\t任务一。\t区发改局\t各街道办事处\t张三", HEADER, "<b>(一) 第一部分</b>\t\t\t\t", "2\t任务二。\t区工信局\t\t李四"].join("\n")),
      { layout: "tsv" },
    );
    expect(r.tables).toHaveLength(1);
    expect(r.records.map((x) => [x.seq, x.section, x.task, x.source.line])).toEqual([
      [1, [], ["任务一。"], 2],
      [2, ["(一) 第一部分"], ["任务二。"], 5],
    ]);
    expect(showCells(r.records[1]!.cells)).toEqual({ leadUnits: ["区工信局"], supervisors: ["李四"] });
  });

  it("opens a new table when numbering restarts under a new header", () => {
    const r = gridToRecords(
      grid(["附件1", "指标分解表", HEADER, "1\t指标一。\t区统计局\t\t张三", "2\t指标二。\t区统计局\t\t张三", "附件2 任务分解表", HEADER, "1\t任务一。\t区发改局\t\t李四"].join("\n")),
      { layout: "tsv" },
    );
    expect(r.tables.map((t) => [t.index, t.title])).toEqual([
      [0, "指标分解表"],
      [1, "附件2 任务分解表"],
    ]);
    expect(r.records.map((x) => [x.table, x.seq])).toEqual([
      [0, 1],
      [0, 2],
      [1, 1],
    ]);
  });

  it("appends a row without 序号 to the record above", () => {
    const r = gridToRecords(grid([HEADER, "1\t任务一，\t区发改局\t\t张三", "\t续写的任务。\t区财政局\t\t"].join("\n")), { layout: "tsv" });
    expect(r.records).toHaveLength(1);
    expect(r.records[0]!.task).toEqual(["任务一，", "续写的任务。"]);
    expect(shows(r.records[0]!.cells.leadUnits!)).toEqual(["区发改局", "区财政局"]);
  });

  it("ignores numbered lines before any header", () => {
    const r = gridToRecords(grid(["1\t不是表格\t\t\t", HEADER, "1\t任务一。\t区发改局\t\t张三"].join("\n")), { layout: "tsv" });
    expect(r.records.map((x) => x.task)).toEqual([["任务一。"]]);
  });

  it("reports cells of no record between the header and the first task (they were dropped unseen)", () => {
    const r = gridToRecords(grid([HEADER, "1 改革任务\t新建停车场。\t区发改局\t\t张三", "2\t任务二。\t区发改局\t\t张三"].join("\n")), { layout: "tsv" });
    expect(r.records.map((x) => x.seq)).toEqual([2]);
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([["UNPLACED_TEXT", 2]]);
    // counter-example: the same cells after a task continue it, no report
    const after = gridToRecords(grid([HEADER, "1\t任务一，\t区发改局\t\t张三", "\t续写的任务。\t区财政局\t\t"].join("\n")), { layout: "tsv" });
    expect(after.diagnostics.filter((d) => d.code === "UNPLACED_TEXT")).toEqual([]);
  });

  it("flags a line inside the table that fits no row", () => {
    const r = gridToRecords(grid([HEADER, "1\t任务一。\t区发改局\t\t张三", "一段游离的文字", "2\t任务二。\t区发改局\t\t张三"].join("\n")), { layout: "tsv" });
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([["UNPLACED_TEXT", 3]]);
  });
});

describe("gridToRecords: header shapes", () => {
  it("reads a two-row header (责任单位 over 牵头单位 | 配合单位)", () => {
    const r = gridToRecords(
      grid(["序号\t目标任务\t责任单位\t\t责任领导", "\t\t牵头单位\t配合单位\t", "1\t任务一。\t区发改局\t区财政局\t张三"].join("\n")),
      { layout: "tsv" },
    );
    expect(r.tables[0]!.columns).toEqual(["seq", "task", "leadUnits", "coUnits", "leaders"]);
    expect(showCells(r.records[0]!.cells)).toEqual({ leadUnits: ["区发改局"], coUnits: ["区财政局"], leaders: ["张三"] });
  });

  it("reads a markdown pipe table with <br> line breaks and a 项目 column", () => {
    const lines = [
      "| 序号 | 项目 | 工作任务 | 责任部门 | 分管县领导 |",
      "| --- | --- | --- | --- | --- |",
      "| 1 | 一、稳增长<br>（一）扩投资 | 任务一。 | 县发改局<br>县财政局 | 张三 |",
      "| 2 |  | 任务二。 | 县工信局 | 李四 |",
    ].map((t, i) => ({ text: t, line: i + 1 }));
    const r = gridToRecords(textToGrid(lines, "markdown"), { layout: "markdown" });
    expect(r.records.map((x) => [x.seq, x.section, x.cells.units && shows(x.cells.units)])).toEqual([
      [1, ["一、稳增长", "（一）扩投资"], ["县发改局", "县财政局"]],
      [2, ["一、稳增长", "（一）扩投资"], ["县工信局"]],
    ]);
  });
});
