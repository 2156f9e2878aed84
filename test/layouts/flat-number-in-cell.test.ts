// A table with no 序号 column, each task cell numbered `1．…` with no space, its people column printed first, copied
// out one cell after another (`pdftotext -raw`, a viewer's copy): the number is the row's 序号, the names printed
// just before it are that row's people (a merged cell prints them once, at its first row), and a header printed
// again at a page break with names right under it is a merged cell that crossed the break (MERGED_CELL_ACROSS_PAGE).
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import { numberInTaskCell, peopleCell } from "../../src/layouts/flat/numberincell.js";
import { gluedNumber } from "../../src/layouts/gluednumber.js";
import { cellKind } from "../../src/table/merged.js";

const src = (texts: string[]) => texts.map((text, k) => ({ text, line: k + 1 }));

const HEADER = ["附件", "2024 年政府工作报告工作举措分解表", "联系领导 工作举措 责任主体 协作单位", "完成时", "限"];
const TABLE = [
  ...HEADER,
  "韩立新（管",
  "委会副主",
  "任）",
  "1．新增规模以上工业企业 12 家，规",
  "上工业产值增长 8%",
  "经济发展局",
  "统计局、财政金融局",
  "12 月",
  "底",
  "2．完成固定资产投资 60 亿元",
  "经济发展局",
  "规划建设局",
  "12 月底",
  "苏 敏（党",
  "工委委员）",
  "3．新建人才公寓 600 套，审批时间压",
  "缩至 30 个工作日以内",
  "规划建设局",
  "社会事务局",
  "10 月底",
  "联系领导 工作举措 责任主体 协作单位",
  "完成时",
  "限",
  "程 凯",
  "4．开展“无废园区”创建",
  "生态环境分局",
  "各园区服务中心",
  "全年",
  "5．改造污水管网 8 公里",
  "规划建设局",
  "综合执法局",
  "9 月底",
];

describe("a number glued to the task", () => {
  it("a number, a full stop or 、, then Han script or a quote", () => {
    expect(gluedNumber("12．新增高新技术企业 30 家")).toEqual({ seq: 12, rest: "新增高新技术企业 30 家" });
    expect(gluedNumber("4．“无废园区”创建")).toEqual({ seq: 4, rest: "“无废园区”创建" });
  });
  it("counter-example: a decimal, a year, a number before a space is no glued number", () => {
    expect(gluedNumber("1.5 亿美元，外贸")).toBeNull();
    expect(gluedNumber("2023.3")).toBeNull();
    expect(gluedNumber("12 月底")).toBeNull();
  });
});

describe("a people cell printed before the task", () => {
  it("names with titles wrapped over lines, padded names", () => {
    expect(peopleCell(["韩立新（管", "委会副主", "任）"])).toBe("韩立新（管委会副主任）");
    expect(peopleCell(["刘志宏（管委会副主任）", "苏 敏（党", "工委委员）"])).toBe("刘志宏（管委会副主任）、苏敏（党工委委员）");
    expect(peopleCell(["程 凯"])).toBe("程凯");
  });
  it("counter-example: units, a time, a bracket left open are no people", () => {
    expect(peopleCell(["经济发展局"])).toBeNull();
    expect(peopleCell(["12 月", "底"])).toBeNull();
    expect(peopleCell(["全年"])).toBeNull();
    expect(peopleCell(["韩立新（管", "委会副主"])).toBeNull();
  });
});

describe("the lines rewritten with a 序号", () => {
  it("each numbered line becomes its number, the people before it, then its task", () => {
    const r = numberInTaskCell(src(TABLE))!;
    const at = (n: number) => r.lines.findIndex((l) => l.text === String(n));
    expect(r.lines.slice(at(1), at(1) + 3).map((l) => l.text)).toEqual(["1", "韩立新（管委会副主任）", "新增规模以上工业企业 12 家，规"]);
    expect(r.lines.slice(at(2), at(2) + 2).map((l) => l.text)).toEqual(["2", "完成固定资产投资 60 亿元"]);
    expect(r.lines.filter((l) => l.text.startsWith("序号 ")).length).toBe(2);
    expect(r.afterPageHeader.map((x) => x.seq)).toEqual([4]);
  });
  it("counter-example: a table with a 序号 column, sub-points restarting in each cell, too few numbers", () => {
    expect(numberInTaskCell(src(["序号 工作举措 责任单位", "1 1．完成投资 5 亿元 区发改局", "2 2．新建学校 1 所 区教育局", "3 3．改造管网 区住建局"]))).toBeNull();
    expect(numberInTaskCell(src(["联系领导 工作举措 责任主体", "1．完成投资", "2．新建学校", "区发改局", "1．改造管网", "2．新建公园", "区住建局", "1．新增就业", "2．培训", "区人社局"]))).toBeNull();
    expect(numberInTaskCell(src(["联系领导 工作举措 责任主体", "1．完成投资 5 亿元", "区发改局", "2．新建学校 1 所", "区教育局"]))).toBeNull();
  });
});

describe("the whole table", () => {
  it("reads every row with its number, task, units and people", async () => {
    const r = await parseText(TABLE.join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.task, t.units, t.coUnits, t.supervisors])).toEqual([
      [1, "新增规模以上工业企业 12 家，规上工业产值增长 8%", ["经济发展局"], ["统计局", "财政金融局"], ["韩立新（管委会副主任）"]],
      [2, "完成固定资产投资 60 亿元", ["经济发展局"], ["规划建设局"], ["韩立新（管委会副主任）"]],
      [3, "新建人才公寓 600 套，审批时间压缩至 30 个工作日以内", ["规划建设局"], ["社会事务局"], ["苏敏（党工委委员）"]],
      [4, "开展“无废园区”创建", ["生态环境分局"], ["各园区服务中心"], ["程凯"]],
      [5, "改造污水管网 8 公里", ["规划建设局"], ["综合执法局"], ["程凯"]],
    ]);
    // the rows under a merged people cell printed once take its names and say so (the text cannot tell it from an empty cell)
    for (const seq of [2, 5]) expect(r.tasks.find((x) => x.seq === seq)!.review?.map((x) => x.code)).toContain("MERGED_CELL_GUESSED");
    // the names under the header printed again at the page break: that row and the one above are flagged
    expect(r.diagnostics.filter((d) => d.code === "MERGED_CELL_ACROSS_PAGE").map((d) => d.seq)).toEqual([3, 4]);
  });
  it("a target's limit ending in 以内 stays in the task (counter-example: a span of days is a deadline)", () => {
    expect(cellKind("缩至 30 个工作日以内")).toBe("text");
    expect(cellKind("30个工作日内")).toBe("time");
  });
});
