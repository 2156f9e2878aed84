// Web page tables flattened one cell per line (issue 15 §1): a header printed on one line above the cells,
// columns fenjie does not interpret (完成时限), and cells merged down from the row above (rowspan), which
// the page prints only in the first row they cover.
import { describe, expect, it } from "vitest";
import { findFlattenedTable, headerLineCells } from "../../src/layouts/list/flattened.js";
import { cellKind, placeByKind } from "../../src/table/merged.js";
import { parseText } from "../../src/parse.js";
import { shows } from "../helpers/cell-lines.js";
import type { CanonicalField } from "../../src/model/schema.js";

const lines = (text: string) => text.split("\n").map((t, i) => ({ text: t, line: i + 1 }));
const rowsOf = (text: string) => findFlattenedTable(lines(text))!.rows.map((r) => r.cells.map((c) => shows(c.lines).join("")));
const cell = (text: string) => ({ text: text.replace(/\s+/g, ""), lines: [text] });

describe("headerLineCells", () => {
  it("cuts a one-line header into its words when all are header words, a task and a responsibility column among them", () => {
    expect(headerLineCells(cell("序号 工作任务 牵头单位 责任单位 完成时限")).map((c) => c.text)).toEqual([
      "序号",
      "工作任务",
      "牵头单位",
      "责任单位",
      "完成时限",
    ]);
  });
  it("counter-examples: responsibility words without a task column, a sentence with spaces, a single cell", () => {
    expect(headerLineCells({ text: "牵头单位责任单位完成时限", lines: ["牵头单位 责任单位 完成时限"] })).toHaveLength(1);
    expect(headerLineCells({ text: "请各牵头单位加强统筹", lines: ["请各牵头单位 加强 统筹 目标任务"] })).toHaveLength(1);
    expect(headerLineCells({ text: "工作任务", lines: ["工作任务"] })).toHaveLength(1);
  });
});

describe("cellKind", () => {
  it("tells a time, people, units and text apart", () => {
    expect(cellKind("2023年12月底前")).toBe("time");
    expect(cellKind("持续推进")).toBe("time");
    expect(cellKind("王建国")).toBe("people");
    expect(cellKind("王 伟")).toBe("people");
    expect(cellKind("区发改局、区财政局")).toBe("units");
    expect(cellKind("各街道")).toBe("units");
    expect(cellKind("新建城市书房5家。")).toBe("text");
    // a target's limit ending in 以内 is task text; a span of working days is a deadline (counter-example)
    expect(cellKind("目审批时间压缩至 60 个工作日以内")).toBe("text");
    expect(cellKind("控制在3%以内")).toBe("text");
    expect(cellKind("30个工作日内")).toBe("time");
    expect(cellKind("5.5%以内")).toBe("text");
    expect(cellKind("30个工作日以内")).toBe("time");
    expect(cellKind("2024年6月底前")).toBe("time");
    // counter-example: a task that starts with a year is text, not a time
    expect(cellKind("2023年底前完成老旧小区改造12个，惠及居民3000户。")).toBe("text");
  });
});

describe("placeByKind", () => {
  const fields: CanonicalField[] = ["seq", "task", "leaders", "leadUnits", "coUnits", "other"];
  const above = ["1", "全面完成年度招商引资任务。", "王建国", "区商务局", "区发改局", "2023年底"];
  it("finds the merged column by the cells' kinds", () => {
    expect(placeByKind(["开工建设标准厂房10万平方米。", "区商务局", "区住建局", "2023年10月"], fields, above)).toEqual({ cols: [1, 3, 4, 5], filled: [2] });
  });
  it("counter-example: two unit columns either of which could be the merged one: no guess", () => {
    expect(placeByKind(["开工建设标准厂房10万平方米。", "王建国", "区住建局", "2023年10月"], fields, above)).toBeNull();
  });
  it("counter-example: the cells fit in order (the row's last cells left empty): nothing to move", () => {
    expect(placeByKind(["开工建设标准厂房10万平方米。", "赵敏", "区住建局"], fields, above)).toBeNull();
  });
  it("counter-example: the column the kinds leave out was empty in the row above, or is the task", () => {
    expect(placeByKind(["开工建设标准厂房10万平方米。", "区商务局", "区住建局", "2023年10月"], fields, ["1", "任务。", "", "区商务局", "区发改局", "2023年底"])).toBeNull();
    expect(placeByKind(["王建国", "区商务局", "区住建局", "2023年10月"], fields, above)).toBeNull();
  });
  it("counter-example: a header that names a field twice", () => {
    const twice: CanonicalField[] = ["seq", "task", "leaders", "leadUnits", "coUnits", "task"];
    expect(placeByKind(["开工建设标准厂房10万平方米。", "区商务局", "区住建局", "其他"], twice, above)).toBeNull();
  });
});

const ROWSPAN = `2023年区政府工作报告重点任务分解表
序号
工作任务
责任领导
牵头单位
配合单位
完成时间
1
全面完成年度招商引资任务,新签约项目30个。
王建国
区商务局
区发改局、区财政局
2023年底
2
开工建设产业园标准厂房10万平方米。
区商务局
区住建局
2023年10月
3
改造老旧小区12个,惠及居民3000户。
李红梅
区住建局
各街道
2023年底`;

describe("a flattened web table with a merged cell and a time column", () => {
  it("rebuilds the row without the merged cell, the merged cell carried down and the row flagged", async () => {
    expect(rowsOf(ROWSPAN).slice(2)).toEqual([
      ["1", "全面完成年度招商引资任务,新签约项目30个。", "王建国", "区商务局", "区发改局、区财政局", "2023年底"],
      ["2", "开工建设产业园标准厂房10万平方米。", "王建国", "区商务局", "区住建局", "2023年10月"],
      ["3", "改造老旧小区12个,惠及居民3000户。", "李红梅", "区住建局", "各街道", "2023年底"],
    ]);
    const out = await parseText(ROWSPAN, { fileName: "rowspan.txt" });
    expect(out.tasks.map((t) => [t.seq, t.task, t.leaders, t.leadUnits, t.coUnits, t.review.map((r) => r.code)])).toEqual([
      [1, "全面完成年度招商引资任务,新签约项目30个。", ["王建国"], ["区商务局"], ["区发改局", "区财政局"], []],
      [2, "开工建设产业园标准厂房10万平方米。", ["王建国"], ["区商务局"], ["区住建局"], ["CELL_MERGED_ABOVE"]],
      [3, "改造老旧小区12个,惠及居民3000户。", ["李红梅"], ["区住建局"], ["各街道"], []],
    ]);
  });
  it("reads the same table with its header on one line (refused before), a heading under the header as the first rows' section", async () => {
    const text = ROWSPAN.replace("序号\n工作任务\n责任领导\n牵头单位\n配合单位\n完成时间", "序号 工作任务 责任领导 牵头单位 配合单位 完成时间\n一、招商引资");
    const out = await parseText(text, { fileName: "oneline.txt" });
    expect(out.tasks.map((t) => [t.seq, t.section, t.leaders, t.leadUnits, t.coUnits])).toEqual([
      [1, ["一、招商引资"], ["王建国"], ["区商务局"], ["区发改局", "区财政局"]],
      [2, ["一、招商引资"], ["王建国"], ["区商务局"], ["区住建局"]],
      [3, ["一、招商引资"], ["李红梅"], ["区住建局"], ["各街道"]],
    ]);
  });
});

describe("a one-line header above cells that are not one per line", () => {
  it("counter-example: a PDF text dump's one-line header above wrapped cells is no table of cells", () => {
    const text = ["序号 项目 目标任务 责任单位 责任领导 分管市领导", "1", "一、狠抓科技", "大力培育高新技术企业，认定国家高新技术企", "业100家以上。", "科技局", "蒋家兴", "庄天怀", "2", "落实科技创新优惠政策，推动规上企业研发投入，", "科技局", "工信局", "蒋家兴", "林永红", "张汉杰"].join("\n");
    expect(findFlattenedTable(lines(text))).toBeNull();
  });
});

describe("a table copied out of a browser with tabs between cells (the grid stage)", () => {
  const TSV = [
    "序号\t工作任务\t责任领导\t牵头单位\t配合单位\t完成时限",
    "1\t全面完成年度招商引资任务,新签约项目30个。\t王建国\t区商务局\t区发改局、区财政局\t2023年底",
    "2\t开工建设产业园标准厂房10万平方米。\t区商务局\t区住建局\t2023年10月",
    "3\t改造老旧小区12个,惠及居民3000户。\t李红梅\t区住建局\t各街道\t2023年底",
  ].join("\n");
  it("places a row short of its merged 责任领导 cell by the cells' kinds, the leader inherited and the row flagged", async () => {
    const out = await parseText(TSV, { fileName: "copied.txt" });
    expect(out.tasks.map((t) => [t.seq, t.leaders, t.leadUnits, t.coUnits, t.inherited, t.review.map((r) => r.code)])).toEqual([
      [1, ["王建国"], ["区商务局"], ["区发改局", "区财政局"], [], []],
      [2, ["王建国"], ["区商务局"], ["区住建局"], ["leaders"], ["CELL_MERGED_ABOVE"]],
      [3, ["李红梅"], ["区住建局"], ["各街道"], [], []],
    ]);
  });
  it("counter-example: a row whose last cells are simply left off (the cells fit in order) carries nothing down", async () => {
    const out = await parseText(TSV.replace("区商务局\t区住建局\t2023年10月", "赵敏\t区住建局"), { fileName: "copied.txt" });
    expect(out.tasks[1]).toMatchObject({ leaders: ["赵敏"], leadUnits: ["区住建局"], coUnits: [], inherited: [] });
    expect(out.tasks[1]!.review.map((r) => r.code)).not.toContain("CELL_MERGED_ABOVE");
  });
});

describe("a 项目 column merged down over its rows", () => {
  const PIPED = ["序号 |", "项目 |", "工作任务 |", "牵头单位 |", "配合单位 |", "1 |", "一、扩大有效投资 |", "全面完成年度招商引资任务。 |", "区商务局 |", "区发改局、区财政局 |", "2 |", "开工建设产业园标准厂房10万平方米。 |", "区工信局 |", "区住建局 |", "3 |", "二、增进民生福祉 |", "改造老旧小区12个。 |", "区住建局 |", "各街道 |", "4 |", "新建城市书房5家。 |", "区文旅局 |", "各街道 |"].join("\n");
  it("a row without its 项目 cell keeps the section; no flag (a 项目 column is merged as a rule)", async () => {
    const out = await parseText(PIPED, { fileName: "category.txt" });
    expect(out.tasks.map((t) => [t.seq, t.section, t.task, t.leadUnits, t.coUnits, t.review.length])).toEqual([
      [1, ["一、扩大有效投资"], "全面完成年度招商引资任务。", ["区商务局"], ["区发改局", "区财政局"], 0],
      [2, ["一、扩大有效投资"], "开工建设产业园标准厂房10万平方米。", ["区工信局"], ["区住建局"], 0],
      [3, ["二、增进民生福祉"], "改造老旧小区12个。", ["区住建局"], ["各街道"], 0],
      [4, ["二、增进民生福祉"], "新建城市书房5家。", ["区文旅局"], ["各街道"], 0],
    ]);
  });
  it("cellKind: a marked category is a heading; counter-example: a sentence with a marker is text", () => {
    expect(cellKind("一、扩大有效投资")).toBe("heading");
    expect(cellKind("（二）增进民生福祉")).toBe("heading");
    expect(cellKind("一、全面完成年度招商引资任务，新签约项目30个，确保到位资金增长10%以上。")).toBe("text");
  });
});
