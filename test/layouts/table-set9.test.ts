// Classes of the ninth real-like set (fixtures/real-like/t9-*, table text): one `describe` per
// rule, each with a counter-example that looks alike and must not be read the same way.
import { describe, expect, it } from "vitest";
import { joinSplitHeaders, textToGrid } from "../../src/layouts/tsv.js";
import { cellTexts } from "../../src/table/find.js";
import { isHeaderRow, isMeasureTableHeader, mapHeaders } from "../../src/table/headers.js";
import { joinWrappedHeader, seqLastRows, unnumberedRows } from "../../src/layouts/list/flattened.js";
import { parseText } from "../../src/parse.js";
import type { Result } from "../../src/model/schema.js";

const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
const rows = (r: Result) =>
  r.tasks.map((t) => ({ seq: t.seq, section: t.section, task: t.task, lead: t.leadUnits, units: t.units, co: t.coUnits, leaders: t.leaders, sup: t.supervisors, inherited: t.inherited, review: t.review.map((x) => x.code) }));
const grid = (texts: string[]) => joinSplitHeaders(lines(texts).map((l) => ({ cells: l.text.split("\t").map((c) => ({ lines: c ? [{ text: c }] : [] })), line: l.line })));

describe("a markdown cell's escaped pipe (`\\|`) is text, not a cell boundary", () => {
  it("keeps the pipe in the task and the cells in their columns", async () => {
    const r = await parseText(["| 序号 | 重点任务 | 牵头单位 | 配合单位 |", "|:---:|:---|:---:|:---|", "| 1 | 建成“城市大脑\\|一网统管”平台。 | 市大数据局 | 市公安局 |", "| 2 | 新建充电桩500个。 | 市发改委 | 市供电公司 |"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.task, x.lead, x.co])).toEqual([
      [1, "建成“城市大脑|一网统管”平台。", ["市大数据局"], ["市公安局"]],
      [2, "新建充电桩500个。", ["市发改委"], ["市供电公司"]],
    ]);
  });
  it("counter-example: an unescaped pipe still separates cells", () => {
    const g = textToGrid(lines(["| 序号 | 重点任务 | 牵头单位 |", "| --- | --- | --- |", "| 1 | 建成平台 | 市大数据局 |"]), "markdown");
    expect(g.map((r) => cellTexts(r).map((t) => t.trim()))).toEqual([["序号", "重点任务", "牵头单位"], ["1", "建成平台", "市大数据局"]]);
  });
});

describe("a TSV header whose words were wrapped over two rows (`责任` over `单位`) is one header", () => {
  it("joins the tails to the words above", () => {
    const g = grid(["序号\t重点工作\t牵头\t责任\t分管", "\t\t单位\t单位\t领导", "1\t新建基站100个。\t市工信局\t市通信办\t罗强"]);
    expect(g.map((r) => cellTexts(r))).toEqual([["序号", "重点工作", "牵头单位", "责任单位", "分管领导"], ["1", "新建基站100个。", "市工信局", "市通信办", "罗强"]]);
  });
  it("counter-example: a lower header row of whole words (责任单位 over 牵头单位 | 配合单位) is not glued on", () => {
    const g = grid(["序号\t工作任务\t责任单位\t", "\t\t牵头单位\t配合单位", "1\t新建基站100个。\t市工信局\t市通信办"]);
    expect(g.map((r) => cellTexts(r))[1]).toEqual(["", "", "牵头单位", "配合单位"]);
  });
  it("counter-example: a row of short unit names under a header is a table row", () => {
    const g = grid(["序号\t工作任务\t责任单位\t分管领导", "\t\t单位\t", "1\t新建基站100个。\t市工信局\t罗强"]);
    // 责任单位 is a header word already: nothing to complete
    expect(g.map((r) => cellTexts(r))[0]).toEqual(["序号", "工作任务", "责任单位", "分管领导"]);
    expect(g).toHaveLength(3);
  });
});

describe("a blank 分管领导 cell of a text grid under a named one is a merged cell (carried down, flagged)", () => {
  it("carries the leader down the block with CELL_MERGED_ABOVE", async () => {
    const r = await parseText(["序号\t重点任务\t责任单位\t分管领导", "1\t固定资产投资增长8%。\t市发改委\t郑华", "2\t新开工项目80个。\t市发改委\t", "3\t新增高企60家。\t市科技局\t冯燕", "4\t培育专精特新企业20家。\t市工信局\t"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.units, x.sup, x.inherited, x.review])).toEqual([
      [1, ["市发改委"], ["郑华"], [], []],
      [2, ["市发改委"], ["郑华"], ["supervisors"], ["CELL_MERGED_ABOVE"]],
      [3, ["市科技局"], ["冯燕"], [], []],
      [4, ["市工信局"], ["冯燕"], ["supervisors"], ["CELL_MERGED_ABOVE"]],
    ]);
  });
  it("counter-example: one blank leader cell in a table whose other rows all name theirs is an empty cell", async () => {
    const body = ["郑华", "", "冯燕", "冯燕", "郑华", "冯燕"].map((p, k) => `${k + 1}\t任务${k + 1}完成。\t市局${k + 1}\t${p}`);
    const r = await parseText(["序号\t重点任务\t责任单位\t分管领导", ...body].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.sup, x.review])).toEqual([
      [1, ["郑华"], []],
      [2, [], []],
      [3, ["冯燕"], []],
      [4, ["冯燕"], []],
      [5, ["郑华"], []],
      [6, ["冯燕"], []],
    ]);
  });
  it("counter-example: a blank unit cell beside a named leader is not filled from above", async () => {
    const r = await parseText(["序号\t重点任务\t牵头单位\t配合单位\t分管领导", "1\t固定资产投资增长8%。\t市发改委\t市统计局\t郑华", "2\t新开工项目80个。\t市重点办\t\t郑华", "3\t新增高企60家。\t市科技局\t市财政局\t冯燕"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.co, x.review])).toEqual([
      [1, ["市统计局"], []],
      [2, [], []],
      [3, ["市财政局"], []],
    ]);
  });
});

describe("a table of indicators (指标 | 计量单位 | 目标值) holds no tasks", () => {
  it("names the header", () => {
    expect(isMeasureTableHeader(["序号", "指标", "单位", "2024年目标", "属性"])).toBe(true);
    expect(isMeasureTableHeader(["序号", "指标名称", "计量单位", "目标值"])).toBe(true);
    expect(mapHeaders(["序号", "指标", "单位", "目标值"])[2]).toBe("task");
    expect(isHeaderRow(["序号", "指标", "单位", "目标值"])).toBe(false);
    // counter-examples: targets with the unit responsible (a decomposition), a bare 单位 after a task column
    expect(isMeasureTableHeader(["序号", "预期目标", "责任单位"])).toBe(false);
    expect(isMeasureTableHeader(["序号", "指标名称", "计量单位", "目标值", "责任单位"])).toBe(false);
    expect(mapHeaders(["序号", "工作任务", "单位"])[2]).toBe("units");
  });
  it("reads the task table and skips the indicators after it", async () => {
    const r = await parseText(["序号\t重点任务\t牵头单位\t配合单位", "1\t新建快速路8公里。\t市住建局\t市交通局", "2\t新增养老床位1200张。\t市民政局\t市卫健委", "附件2", "序号\t指标\t单位\t2024年目标", "1\t地区生产总值增速\t%\t6", "2\t城镇新增就业\t万人\t5.2"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.task, x.lead, x.co])).toEqual([
      [1, "新建快速路8公里。", ["市住建局"], ["市交通局"]],
      [2, "新增养老床位1200张。", ["市民政局"], ["市卫健委"]],
    ]);
    expect(r.diagnostics.map((d) => d.code)).toContain("TABLE_OF_INDICATORS");
  });
  it("counter-example: a table of targets with a 责任单位 column is read", async () => {
    const r = await parseText(["序号\t预期目标\t计量单位\t责任单位", "1\t地区生产总值增长6%\t%\t区发改委", "2\t城镇新增就业5000人\t人\t区人社局"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.units])).toEqual([
      [1, ["区发改委"]],
      [2, ["区人社局"]],
    ]);
  });
});

describe("a table that prints no 序号 says its rows were numbered in order", () => {
  it("TSV: TABLE_UNNUMBERED_ROWS, an info on the table", async () => {
    const r = await parseText(["重点任务\t牵头单位\t配合单位", "培育规上企业20家。\t区工信局\t区科技局", "建成产业园一期。\t区发改局\t区工信局"].join("\n"));
    expect(rows(r).map((x) => x.seq)).toEqual([1, 2]);
    expect(r.diagnostics.filter((d) => d.code === "TABLE_UNNUMBERED_ROWS").map((d) => d.level)).toEqual(["info"]);
  });
  it("flattened cells: the same", async () => {
    const r = await parseText(["重点任务", "", "责任单位", "", "责任领导", "", "新建农田5000亩。", "", "农业服务中心", "", "胡国", "", "完成改厕800户。", "", "村镇建设办", "", "秦红"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.units, x.leaders])).toEqual([
      [1, ["农业服务中心"], ["胡国"]],
      [2, ["村镇建设办"], ["秦红"]],
    ]);
    expect(r.diagnostics.map((d) => d.code)).toContain("TABLE_UNNUMBERED_ROWS");
  });
  it("counter-example: a table with its own 序号 says nothing of the kind", async () => {
    const r = await parseText(["序号\t重点任务\t牵头单位", "1\t培育规上企业20家。\t区工信局", "2\t建成产业园一期。\t区发改局"].join("\n"));
    expect(r.diagnostics.map((d) => d.code)).not.toContain("TABLE_UNNUMBERED_ROWS");
  });
});

describe("a no-序号 flattened table whose empty cell left no line: the short row is read and flagged", () => {
  const cells = (texts: string[]) => texts.map((text, i) => ({ text, lines: [text], line: i + 1 }));
  const fields = ["task", "leadUnits", "coUnits", "supervisors"] as const;
  it("ends the short row where the next whole row starts", () => {
    const found = unnumberedRows(cells(["建成管廊3公里。", "县住建局", "县发改局", "梁华", "新增认证15个。", "县农业农村局", "梁华", "改造农贸市场4个。", "县商务局", "县市场监管局", "苏晴"]), 0, [...fields]);
    expect(found?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["建成管廊3公里。", "县住建局", "县发改局", "梁华"],
      ["新增认证15个。", "县农业农村局", "梁华"],
      ["改造农贸市场4个。", "县商务局", "县市场监管局", "苏晴"],
    ]);
  });
  it("counter-example: a sentence among the short row's cells is no short row (the reading stops)", () => {
    const found = unnumberedRows(cells(["建成管廊3公里。", "县住建局", "县发改局", "梁华", "新增认证15个。", "加强品牌建设。", "梁华", "改造农贸市场4个。", "县商务局", "县市场监管局", "苏晴"]), 0, [...fields]);
    expect(found).toBeNull();
  });
  it("reads the document, row 2 flagged FLAT_ROW_INCOMPLETE", async () => {
    const r = await parseText(["重点工作", "牵头单位", "配合单位", "分管领导", "建成管廊3公里。", "县住建局", "县发改局", "梁华", "新增认证15个。", "县农业农村局", "梁华", "改造农贸市场4个。", "县商务局", "县市场监管局", "苏晴", ""].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.lead, x.co, x.sup, x.review])).toEqual([
      [1, ["县住建局"], ["县发改局"], ["梁华"], []],
      [2, ["县农业农村局"], [], ["梁华"], ["FLAT_ROW_INCOMPLETE"]],
      [3, ["县商务局"], ["县市场监管局"], ["苏晴"], []],
    ]);
  });
});

describe("a flattened table whose 序号 is its last column: each row ends with its number", () => {
  const cells = (texts: string[]) => texts.map((text, i) => ({ text, lines: [text], line: i + 1 }));
  it("cuts rows at the numbers", () => {
    const found = seqLastRows(cells(["赵新", "新建农田3万亩。", "县农业农村局", "1", "钱静", "新增岗位3200个。", "县人社局", "2", "附件2"]), 0, ["责任领导", "工作任务", "责任单位", "序号"]);
    expect(found?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["赵新", "新建农田3万亩。", "县农业农村局", "1"],
      ["钱静", "新增岗位3200个。", "县人社局", "2"],
    ]);
    expect(found?.end).toBe(8);
  });
  it("counter-example: numbers out of order or rows of the wrong width make no table", () => {
    expect(seqLastRows(cells(["赵新", "新建农田3万亩。", "县农业农村局", "1", "钱静", "新增岗位3200个。", "县人社局", "5"]), 0, ["责任领导", "工作任务", "责任单位", "序号"])).toBeNull();
    expect(seqLastRows(cells(["新建农田3万亩。", "县农业农村局", "1", "新增岗位3200个。", "县人社局", "2"]), 0, ["责任领导", "工作任务", "责任单位", "序号"])).toBeNull();
  });
  it("reads the document", async () => {
    const r = await parseText(["附件", "重点任务责任分解表", "责任领导", "工作任务", "责任单位", "序号", "赵新", "新建农田3万亩。", "县农业农村局", "1", "赵新", "完成整治村庄40个。", "县农业农村局、各乡镇", "2", "钱静", "新增岗位3200个。", "县人社局", "3", ""].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.task, x.units, x.leaders])).toEqual([
      [1, "新建农田3万亩。", ["县农业农村局"], ["赵新"]],
      [2, "完成整治村庄40个。", ["县农业农村局", "各乡镇"], ["赵新"]],
      [3, "新增岗位3200个。", ["县人社局"], ["钱静"]],
    ]);
  });
});

describe("a flattened table with a 项目 column before the 序号, printed once over its rows", () => {
  it("reads the category cells as the rows' sections", async () => {
    const r = await parseText(["附件", "目标任务分解表", "项目", "序号", "目标任务", "责任单位", "分管县领导", "（一）工业经济", "1", "工业增加值增长9%。", "县经信局", "石磊", "2", "新建工业项目20个。", "县经信局、县招商局", "石磊", "（二）农业农村", "3", "粮食面积稳定在60万亩。", "县农业局", "马萍", ""].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.section, x.units, x.sup])).toEqual([
      [1, ["（一）工业经济"], ["县经信局"], ["石磊"]],
      [2, ["（一）工业经济"], ["县经信局", "县招商局"], ["石磊"]],
      [3, ["（二）农业农村"], ["县农业局"], ["马萍"]],
    ]);
  });
  it("counter-example: a 项目 column after the 序号 keeps the reading of the cells in order", async () => {
    const r = await parseText(["附件", "目标任务分解表", "序号", "项目", "目标任务", "责任单位", "1", "工业经济", "工业增加值增长9%。", "县经信局", "2", "农业农村", "粮食面积稳定在60万亩。", "县农业局", ""].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.section, x.task, x.units])).toEqual([
      [1, ["工业经济"], "工业增加值增长9%。", ["县经信局"]],
      [2, ["农业农村"], "粮食面积稳定在60万亩。", ["县农业局"]],
    ]);
  });
});

describe("a flattened header whose words were wrapped, each half a line (`牵头` / `单位`)", () => {
  const cells = (texts: string[]) => texts.map((text) => ({ text, lines: [text] }));
  it("joins the halves when the rows have the joined width", () => {
    expect(joinWrappedHeader(cells(["序号", "目标任务", "牵头", "单位", "配合", "单位"]), [4, 4]).map((c) => c.text)).toEqual(["序号", "目标任务", "牵头单位", "配合单位"]);
  });
  it("counter-example: rows as wide as the printed header keep it (a column really named 单位)", () => {
    expect(joinWrappedHeader(cells(["序号", "目标任务", "牵头", "单位", "配合", "单位"]), [6, 6]).map((c) => c.text)).toEqual(["序号", "目标任务", "牵头", "单位", "配合", "单位"]);
    expect(joinWrappedHeader(cells(["序号", "目标任务", "牵头单位", "配合单位"]), [4, 4]).map((c) => c.text)).toEqual(["序号", "目标任务", "牵头单位", "配合单位"]);
  });
  it("reads the document without guessing the unit columns", async () => {
    const r = await parseText(["附件", "目标任务分解表", "序号", "目标任务", "牵头", "单位", "配合", "单位", "1", "新建光伏电站5座。", "经济发展办", "各村", "2", "完成道路硬化12公里。", "村镇建设办", "各村", "3", "新增岗位300个。", "社会事务办", "劳动保障所", ""].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.lead, x.co, x.review])).toEqual([
      [1, ["经济发展办"], ["各村"], []],
      [2, ["村镇建设办"], ["各村"], []],
      [3, ["社会事务办"], ["劳动保障所"], []],
    ]);
  });
});
