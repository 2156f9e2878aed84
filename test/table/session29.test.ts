/**
 * Session 29: text in poppler's default reading order rebuilt from its numbers and sentences (`readScrambled`).
 * Each rule with the text that must not match it. Names and tasks are invented.
 */
import { describe, expect, it } from "vitest";
import { headerCellsAt } from "../../src/meta/kind.js";
import { parseText } from "../../src/index.js";
import { corroborate, type CorroboratedTable } from "../../src/validate/corroborate.js";
import { headers, task } from "../helpers/tasks.js";
import type { Diagnostic } from "../../src/model/schema.js";
import { cutHeadOf } from "../../src/layouts/flat/fragments.js";
import { withoutDeadlinePieces, wrappedNamesLine } from "../../src/layouts/flat/tasklines.js";
import { peelTrailingNames } from "../../src/layouts/flat/spannames.js";
import { categoryCellAt, cellsOfBlock, classifyLines, cutNameList, dealWrappedBlocks, readScrambled, taskColumnWidth } from "../../src/layouts/flat/scrambled.js";

const lines = (xs: string[]) => xs.map((text, i) => ({ text, line: i + 1 }));

describe("a header cell never ends a sentence", () => {
  it("takes a cover letter's line that ends on a column's word and a full stop for prose", () => {
    expect(headerCellsAt(["密切配合。"], 0)).toBeNull();
    expect(headerCellsAt(["积极配合；"], 0)).toBeNull();
  });
  it("still reads the column's word alone as a header cell", () => {
    expect(headerCellsAt(["配合单位"], 0)).toEqual({ texts: ["配合单位"], lines: 1 });
    expect(headerCellsAt(["协同部门"], 0)).toEqual({ texts: ["协同部门"], lines: 1 });
  });
});

describe("peelTrailingNames keeps a figure's measure and a clause in the task", () => {
  it("leaves the words after a number and words holding a comma on the task line", () => {
    expect(peelTrailingNames("粮食播种面积稳定在 40.5 万亩，粮食总产量 16.3 万吨以")).toEqual({ task: "粮食播种面积稳定在 40.5 万亩，粮食总产量 16.3 万吨以", names: [] });
    expect(peelTrailingNames("组织“乡味进城”展销活动 25 场次以上，社")).toEqual({ task: "组织“乡味进城”展销活动 25 场次以上，社", names: [] });
  });
  it("still peels whole names printed after a space at a task line's end", () => {
    expect(peelTrailingNames("推进老旧街区改造提升等特色 县城管局")).toEqual({ task: "推进老旧街区改造提升等特色", names: ["县城管局"] });
  });
});

describe("cutNameList: a unit cell's line that goes on on the next line", () => {
  it("is a list of whole units ending on its separator, or on a unit's head the next line completes", () => {
    expect(cutNameList("县财政局、县自然资源局、", "推行涉企事项并联审批，")).toBe(true);
    expect(cutNameList("县发展和改革局、县工业和", "信息化局")).toBe(true);
    // a cut name alone, over a line of names
    expect(cutNameList("市生态环境局石岭", "分局")).toBe(true);
    // two whole units before the cut one: its rest may be printed anywhere
    expect(cutNameList("市发展改革委、市工业和信息化局、市财", "增长7%，社会消费品零售总额增长7.5%，")).toBe(true);
  });
  it("is no task line listing things, no line with a sentence's comma, no cut name over prose", () => {
    expect(cutNameList("推进县域商业体系建设、改造提升农贸市场", "中心3个。")).toBe(false);
    expect(cutNameList("县财政局、县税务局，各乡镇", "人民政府")).toBe(false);
    expect(cutNameList("市生态环境局石岭", "分局牵头推进大气污染防治，")).toBe(false);
    expect(cutNameList("加快推进城乡融合发展", "局部地区率先实现一体化。")).toBe(false);
    // a task's line the next line's first word would make a name of, over prose
    expect(cutNameList("新建县农产品质量检测", "中心 3 个，年内建成投用。")).toBe(false);
    // one whole unit and a cut piece no next line completes
    expect(cutNameList("县财政局、县交通", "运输线路改造提升")).toBe(false);
  });
  it("makes such a line a line of names, not task text", () => {
    const parts = classifyLines(lines(["县发展和改革局、县工业和", "信息化局"]), 0);
    expect(parts.map((p) => p.kind)).toEqual(["names", "names"]);
  });
});

// a table printed in reading order: numbers in a run of their own, a one-line task with no full stop
// (a target), the next rows' numbers, then their tasks
const SHORT_TASK = [
  "关于印发2025年政府工作报告目标任务责任分解的通知",
  "附件",
  "2025年政府工作报告目标任务责任分解表",
  "序号",
  "工作任务",
  "牵头单位",
  "责任单位",
  "一、主要预期目标",
  "1",
  "全县地区生产总值增长 6%左右，一般公共预算收入增",
  "长 5%，固定资产投资增长 7%。",
  "2",
  "城镇调查失业率控制在 5.5%以内",
  "3",
  "4",
  "粮食播种面积稳定在 36.2 万亩，粮食总产量 14.8 万吨",
  "以上，新建高标准农田 3 万亩。",
  "完成年度节能降碳目标任务，县城生活垃圾资源化利用",
  "比例达到 75%以上。",
];

describe("a task's last line that ends short of the column's width ends the task", () => {
  it("gives a target with no full stop its own row, the next task to the next number", () => {
    const r = readScrambled(lines(SHORT_TASK))!;
    expect(r.records.map((x) => [x.seq, x.task.join("")])).toEqual([
      [1, "全县地区生产总值增长 6%左右，一般公共预算收入增长 5%，固定资产投资增长 7%。"],
      [2, "城镇调查失业率控制在 5.5%以内"],
      [3, "粮食播种面积稳定在 36.2 万亩，粮食总产量 14.8 万吨以上，新建高标准农田 3 万亩。"],
      [4, "完成年度节能降碳目标任务，县城生活垃圾资源化利用比例达到 75%以上。"],
    ]);
    expect(r.records.every((x) => x.review?.some((y) => y.code === "SCRAMBLED_TABLE_ROW"))).toBe(true);
  });
  it("does not cut a task at a short piece of another column printed amid its lines", () => {
    const amid = [...SHORT_TASK.slice(0, 9), "全县地区生产总值增长 6%左右，一般公共预算收入增", "集成改革各专项", "长 5%，固定资产投资增长 7%。", ...SHORT_TASK.slice(11)];
    const r = readScrambled(lines(amid))!;
    expect(r.records[0]!.task.join("")).toBe("全县地区生产总值增长 6%左右，一般公共预算收入增集成改革各专项长 5%，固定资产投资增长 7%。");
    expect(r.records[1]!.task.join("")).toBe("城镇调查失业率控制在 5.5%以内");
  });
  it("knows the width only from three lines that wrap", () => {
    expect(taskColumnWidth(classifyLines(lines(["1", "城镇调查失业率控制在 5.5%以内", "全县地区生产总值增长 6%左右，一般公共预算收入增"]), 0))).toBeNull();
    expect(taskColumnWidth(classifyLines(lines(SHORT_TASK), 7))).not.toBeNull();
  });
});

describe("categoryCellAt: a 类别 cell written without a marker", () => {
  it("is a short phrase of Han characters alone, or before a task's words after a space", () => {
    expect(categoryCellAt("社会事业")).toEqual({ category: "社会事业", rest: "" });
    expect(categoryCellAt("产业发展 全县规模以上工业增加值增长8%，")).toEqual({ category: "产业发展", rest: "全县规模以上工业增加值增长8%，" });
  });
  it("is no unit, person, header word or deadline, no figure's words, no task's short first word", () => {
    expect(categoryCellAt("县财政局")).toBeNull();
    expect(categoryCellAt("工作类别")).toBeNull();
    expect(categoryCellAt("牵头单位")).toBeNull();
    expect(categoryCellAt("年底前")).toBeNull();
    // a figure after the space: the task's own words (`增长 5%`)
    expect(categoryCellAt("一般公共预算收入增长 5%，")).toBeNull();
    // a word too short before a space: the task's (`坚持 “…`, `推进 城乡…`)
    expect(categoryCellAt("坚持 “要素跟着项目走”，")).toBeNull();
    expect(categoryCellAt("推进 城乡供水一体化，")).toBeNull();
    // longer than a category
    expect(categoryCellAt("持续推进城乡融合发展建设 新建改建道路")).toBeNull();
  });
});

// a 类别 column (merged cells, no marker) in reading order: a category alone in a block of its own before its rows' tasks,
// another printed on the baseline of a task's middle line
const CATEGORY_TABLE = [
  "关于印发2025年政府工作报告目标任务责任分解的通知",
  "附件",
  "2025年政府工作报告目标任务责任分解表",
  "序号",
  "",
  "工作类别",
  "",
  "1",
  "2",
  "",
  "产业发展",
  "",
  "目标任务",
  "牵头单位",
  "责任单位",
  "全县规模以上工业增加值增长 8%，新增规模以上工业企业",
  "20 家。",
  "新建研发孵化用房 6 万平方米，园区营业收入增长 10%。",
  "3",
  "4",
  "推进老旧小区改造 18 个，新建改造供排水管网 30 公里，",
  "社会事业 新增城区停车泊位 1200 个。",
  // a unit cell's last piece under its line, no blank between: no category
  "县工信局、县商务局、各镇",
  "人民政府",
  "新建公办幼儿园 2 所，新增学位 900 个。",
];

describe("a 类别 column without markers in reading order", () => {
  it("gives each row its category: the first to the rows above it, one on a task's line from that row on", () => {
    const r = readScrambled(lines(CATEGORY_TABLE))!;
    expect(r.records.map((x) => [x.seq, x.section, x.task.join("")])).toEqual([
      [1, ["产业发展"], "全县规模以上工业增加值增长 8%，新增规模以上工业企业20 家。"],
      [2, ["产业发展"], "新建研发孵化用房 6 万平方米，园区营业收入增长 10%。"],
      [3, ["社会事业"], "推进老旧小区改造 18 个，新建改造供排水管网 30 公里，新增城区停车泊位 1200 个。"],
      [4, ["社会事业"], "新建公办幼儿园 2 所，新增学位 900 个。"],
    ]);
    expect(r.records.every((x) => x.review?.some((y) => y.code === "SCRAMBLED_TABLE_ROW"))).toBe(true);
  });
  it("gives the first category printed to the rows above it (a merged cell centred on its rows)", () => {
    const centred = [...CATEGORY_TABLE.slice(0, 10), ...CATEGORY_TABLE.slice(12, 17), "产业发展 新建研发孵化用房 6 万平方米，园区营业收入增长 10%。", ...CATEGORY_TABLE.slice(18)];
    const r = readScrambled(lines(centred))!;
    expect(r.records.map((x) => x.section)).toEqual([["产业发展"], ["产业发展"], ["社会事业"], ["社会事业"]]);
  });

  it("takes no category in a table without a 类别 column", () => {
    const plain = CATEGORY_TABLE.filter((l) => l !== "工作类别");
    const r = readScrambled(lines(plain))!;
    expect(r.records.map((x) => x.section)).toEqual([[], [], [], []]);
    expect(r.records[2]!.task.join("")).toBe("推进老旧小区改造 18 个，新建改造供排水管网 30 公里，社会事业新增城区停车泊位 1200 个。");
  });
});

describe("a unit cell's line under its cut name, the row's next cells and deadline after it (`wrappedNamesLine`)", () => {
  it("is names: the cut name's tail, whole names after spaces, a deadline's pieces set aside", () => {
    expect(wrappedNamesLine("县市场监管", "局 县供销社 2024 年 11", "月底前")).toBe(true);
    expect(wrappedNamesLine("各乡镇人民", "政府 县财政局 2024 年 12", "月底前")).toBe(true);
    expect(withoutDeadlinePieces("局 县供销社 2024 年 11")).toBe("局 县供销社");
  });
  it("counter-examples: a task's words after a space, a tail that completes no unit, a lone piece", () => {
    // the words after the space are a task's (`建设项目`): no name
    expect(wrappedNamesLine("县市场监管", "局 建设项目 2024 年", "")).toBe(false);
    // `推进乡村振` + `兴` is no unit
    expect(wrappedNamesLine("推进乡村振", "兴 县农业农村局 2024 年 11", "")).toBe(false);
    // the cut tail alone, nothing after it: not this rule's (a cell's wrap the name reader joins)
    expect(wrappedNamesLine("县市场监管", "局 2024 年 11", "")).toBe(false);
  });
  it("end to end (pdfjs text order): the row keeps its task and its names; the next row keeps its first lines", async () => {
    const text = [
      "附件",
      "2024年县政府工作报告重点任务分解表",
      "序号 工作任务 牵头单位 责任单位 配合单位 完成时限",
      "一、加快产业转型升级",
      "8 改造低效果园1.2万亩，林果业综合",
      "产值突破18亿元。 县农业农村局 县茶叶发展中心 各乡镇人民政府 2024 年 12",
      "月底前",
      "9",
      "扶持省级以上林下经济示范",
      "基地 4 个，新增地理标志认证",
      "产品 8 个。",
      "县农业农村",
      "局",
      "县市场监管",
      "局 县供销社 2024 年 11",
      "月底前",
      "10 推进城乡冷链仓储网点布局建设",
      "项目，新增冷藏库容 1.5 万吨。 县发改局",
      "县农业农村",
      "局、县商务",
      "局",
      "各乡镇人民",
      "政府",
      "2024 年 10",
      "月底前",
      "11 推动园区二期扩建，新增仓储用房 9 万平方米。 县工信局 县住建局 县自然资源局 2024 年 12",
      "月底前",
    ].join("\n");
    const got = (await parseText(text)).tasks.map((t) => ({ seq: t.seq, task: t.task, lead: t.leadUnits, others: [...t.units, ...t.coUnits], review: t.review.map((r) => r.code) }));
    // (which of the two unit columns the names after the lead belong to, the text does not say: flagged)
    expect(got).toEqual([
      { seq: 8, task: "改造低效果园1.2万亩，林果业综合产值突破18亿元。", lead: ["县农业农村局"], others: ["县茶叶发展中心", "各乡镇人民政府"], review: ["FLAT_UNIT_COLUMNS_GUESSED"] },
      { seq: 9, task: "扶持省级以上林下经济示范基地 4 个，新增地理标志认证产品 8 个。", lead: ["县农业农村局"], others: ["县市场监管局", "县供销社"], review: ["FLAT_UNIT_COLUMNS_GUESSED"] },
      { seq: 10, task: "推进城乡冷链仓储网点布局建设项目，新增冷藏库容 1.5 万吨。", lead: ["县发改局"], others: ["县农业农村局", "县商务局", "各乡镇人民政府"], review: ["FLAT_UNIT_COLUMNS_GUESSED"] },
      { seq: 11, task: "推动园区二期扩建，新增仓储用房 9 万平方米。", lead: ["县工信局"], others: ["县住建局", "县自然资源局"], review: ["FLAT_UNIT_COLUMNS_GUESSED"] },
    ]);
  });
});

describe("a bureau's name cut before its last two characters (`cutHeadOf`)", () => {
  it("takes the two-character tail ending in 局 as the rest of the cut name", () => {
    expect(cutHeadOf("县工业和信息", "化局")).toBe(true);
    expect(cutHeadOf("县自然资", "源局 县统计局")).toBe(true);
  });
  it("counter-examples: a two-character body that is a name (团委), a whole name before it, a task's words going on", () => {
    expect(cutHeadOf("县发展和改革", "团委")).toBe(false);
    expect(cutHeadOf("县财政局", "化局")).toBe(false);
    // the next line's first word is longer than the tail: the task's sentence going on
    expect(cutHeadOf("推进结构优", "化局面持续向好")).toBe(false);
  });
});

describe("a column printed whole under its header word, its cells wrapped and run together (`cellsOfBlock`)", () => {
  it("ends a cell where a line ends its last name whole with no 、 and the next line does not complete it", () => {
    expect(cellsOfBlock(["县发展和改革局、县", "统计局、各乡镇人民", "政府", "县财政局、县发展和", "改革局", "县住房和城乡", "建设局、县水利局"])).toEqual([
      ["县发展和改革局", "县统计局", "各乡镇人民政府"],
      ["县财政局", "县发展和改革局"],
      ["县住房和城乡建设局", "县水利局"],
    ]);
    // (the cell's last name whole once joined: `…清江分` + `局`)
    expect(cellsOfBlock(["县生态环境局清江分", "局", "县财政局"])).toEqual([["县生态环境局清江分局"], ["县财政局"]]);
    // people: a line each, unless it ends on 、; blank lines (null) end cells too
    expect(cellsOfBlock(["周明远", null, "周明远、", "许慧", null, "许慧", "高峻"])).toEqual([["周明远"], ["周明远", "许慧"], ["许慧"], ["高峻"]]);
  });
  it("counter-examples: a name cut over lines is one cell; a block with a piece of a name is no block of cells", () => {
    // `…经济开发区管委` + `会`: the short piece completes the name
    expect(cellsOfBlock(["县商务局、清江经济开发区管委", "会"])).toEqual([["县商务局", "清江经济开发区管委会"]]);
    // a weak ending (`城乡`) goes on
    expect(cellsOfBlock(["县住房和城乡", "建设局"])).toEqual([["县住房和城乡建设局"]]);
    // the last line leaves a piece: not cells
    expect(cellsOfBlock(["县财政局、县文化旅游体育"])).toBeNull();
  });
});

// a table printed in reading order: the tasks of a page, then each responsibility column whole under its header word
const WRAPPED_BLOCKS = [
  "关于印发2025年政府工作报告目标任务责任分解的通知",
  "附件",
  "2025年政府工作报告目标任务责任分解表",
  "序号",
  "主要任务",
  "一、扩大有效投资",
  "1",
  "2",
  "3",
  "全年固定资产投资增长 8%以上，实施县级重点项目 90 个。",
  "全年向上争取各类政策性资金 15 亿元以上。",
  "组织产业链精准招商，全年签约亿元以上项目 25 个。",
  "",
  "责任单位",
  "",
  "县发展和改革局、县",
  "统计局、各乡镇人民",
  "政府",
  "县财政局、县发展和",
  "改革局",
  "县投资促进服务中",
  "心、清江经济开发区管委",
  "会、县直各有关",
  "单位",
  "",
  "分管领导",
  "周明远",
  "",
  "周明远、",
  "许慧",
  "",
  "许慧",
];

describe("the columns printed whole after their rows' tasks (`dealWrappedBlocks`)", () => {
  it("gives each row its cell when a block holds as many cells as the rows printed before it", () => {
    const r = readScrambled(lines(WRAPPED_BLOCKS))!;
    const names = (seq: number, f: "units" | "supervisors") => (r.records.find((x) => x.seq === seq)!.cells[f] ?? []).map((c) => c.text);
    expect([1, 2, 3].map((seq) => names(seq, "units"))).toEqual([
      ["县发展和改革局", "县统计局", "各乡镇人民政府"],
      ["县财政局", "县发展和改革局"],
      ["县投资促进服务中心", "清江经济开发区管委会", "县直各有关单位"],
    ]);
    // (分管领导: the supervisors)
    expect([1, 2, 3].map((seq) => names(seq, "supervisors"))).toEqual([["周明远"], ["周明远", "许慧"], ["许慧"]]);
    // every row flagged, saying how its names were placed
    expect(r.records.every((x) => x.review?.some((y) => y.code === "SCRAMBLED_TABLE_ROW" && y.message.includes("整列印出的名单")))).toBe(true);
  });
  it("ends a block at the next page's 类别 header word", () => {
    const r = readScrambled(lines([...WRAPPED_BLOCKS, "", "类别"]))!;
    expect(r.records.map((x) => (x.cells.supervisors ?? []).map((c) => c.text))).toEqual([["周明远"], ["周明远", "许慧"], ["许慧"]]);
  });
  it("deals nothing when a block's cells do not add up to the rows (a cell merged over rows)", () => {
    const merged = WRAPPED_BLOCKS.slice(0, WRAPPED_BLOCKS.length - 2);
    // (the three tasks are the lines at 9, 10 and 11)
    const task = new Map([1, 2, 3].map((seq) => [seq, { lines: [seq + 8] }]));
    const dealt = dealWrappedBlocks(classifyLines(lines(merged), 0), [1, 2, 3], task, ["seq", "task", "units", "supervisors"]);
    expect([1, 2, 3].map((seq) => dealt.get(seq)?.supervisors)).toEqual([undefined, undefined, undefined]);
    expect([1, 2, 3].map((seq) => dealt.get(seq)?.units?.length)).toEqual([3, 2, 3]);
  });
  it("reads a header word completing a cut name above it as the cell's end, not a header (`县直各有关` | `单位`)", () => {
    const parts = classifyLines(lines(["会、县直各有关", "单位"]), 0);
    expect(parts.map((p) => p.kind)).toEqual(["text", "text"]);
    // (a header word longer than a name's tail is the next column's header)
    expect(classifyLines(lines(["会、县直各有", "牵头单位"]), 0).map((p) => p.kind)).toEqual(["text", "header"]);
  });
});

// rows numbered bare in a 序号 column; a task cell of a lead-in and sub-items numbered in brackets
const SUB_ITEMS = [
  "关于印发2025年政府工作报告目标任务责任分解的通知",
  "附件",
  "2025年政府工作报告目标任务责任分解表",
  "序号",
  "工作内容",
  "主责单位",
  "1",
  "全区地区生产总值增长 6%以上，一般公共预算收入增长 5%。",
  "2",
  "着力激活县域消费。",
  "（1）组织家居家电以旧换新活动不少于 20 场，投放补贴 1500 万",
  "元；",
  "（ 2 ） 打 造 特 色 餐 饮 街 区 2 条 ；",
  "3",
  "新增外贸备案企业 30 家，进出口总额增长 6%。",
];

describe("sub-items numbered in brackets inside a task cell, rows numbered bare", () => {
  it("keep the task going after its lead-in's full stop, a justified line's spaced number too", () => {
    const r = readScrambled(lines(SUB_ITEMS))!;
    expect(r.records.map((x) => [x.seq, x.task.join("")])).toEqual([
      [1, "全区地区生产总值增长 6%以上，一般公共预算收入增长 5%。"],
      [2, "着力激活县域消费。（1）组织家居家电以旧换新活动不少于 20 场，投放补贴 1500 万元；（ 2 ）打造特色餐饮街区 2 条；"],
      [3, "新增外贸备案企业 30 家，进出口总额增长 6%。"],
    ]);
  });
  it("counter-example: rows numbered in brackets (a table without a 序号 column) stay rows", () => {
    const bracketed = ["关于印发2025年政府工作报告目标任务责任分解的通知", "附件", "2025年政府工作报告目标任务责任分解表", "类别", "主要任务", "责任单位", "分管领导", "一、扩大有效投资", "（1）全年固定资产投资增长 9%以上。", "（2）全年争取上级资金 18 亿元以上。", "（3）全年引进亿元以上项目 30 个。"];
    const r = readScrambled(lines(bracketed))!;
    expect(r.records.map((x) => [x.seq, x.task.join("")])).toEqual([
      [1, "全年固定资产投资增长 9%以上。"],
      [2, "全年争取上级资金 18 亿元以上。"],
      [3, "全年引进亿元以上项目 30 个。"],
    ]);
    // (a row's number spaced out by a justified line is no sub-item of the row above there)
    const spaced = [...bracketed, "（ 4 ） 新 增 限 额 以 上 商 贸 企 业 40 家 。"];
    expect(readScrambled(lines(spaced))!.records.find((x) => x.seq === 3)!.task.join("")).toBe("全年引进亿元以上项目 30 个。");
  });
});

describe("a heading cell centred on its rows, printed before a task line's words", () => {
  const GLUED = [
    "关于印发2025年政府工作报告目标任务责任分解的通知",
    "附件",
    "2025年政府工作报告目标任务责任分解表",
    "序号",
    "任务分类",
    "具体任务",
    "牵头部门",
    "一、稳定经济增长",
    "1",
    "2",
    "全市地区生产总值增长 6%左右，固定资产投资增长 8%以上。",
    "推进工业互联网标识解析应用，培育示范场景 10 个，带动 300 家企",
    "二、加快产业转型 业完成数字化诊断。",
    "3",
    "科技型中小企业评价入库 150 家，技术合同登记额增长 12%。",
  ];
  it("keeps the task whole and puts it, and the rows after it, in the heading's section", () => {
    const r = readScrambled(lines(GLUED))!;
    expect(r.records.map((x) => [x.seq, x.section, x.task.join("")])).toEqual([
      [1, ["一、稳定经济增长"], "全市地区生产总值增长 6%左右，固定资产投资增长 8%以上。"],
      [2, ["二、加快产业转型"], "推进工业互联网标识解析应用，培育示范场景 10 个，带动 300 家企业完成数字化诊断。"],
      [3, ["二、加快产业转型"], "科技型中小企业评价入库 150 家，技术合同登记额增长 12%。"],
    ]);
  });
  it("counter-example: a heading row with its title's words after a space is one heading", () => {
    expect(classifyLines(lines(["二、加快产业转型 推动高质量发展"]), 0).map((p) => p.kind)).toEqual(["heading"]);
    expect(classifyLines(lines(["三、深化改革 扩大开放，增强发展活力"]), 0).map((p) => p.kind)).toEqual(["heading"]);
  });
});

describe("a lead unit's note (`（牵头）`) cut over the lines of a unit cell in reading order", () => {
  it("reads a line opening with the note's end as names, and the note with its names after a task line's words as names", () => {
    expect(classifyLines(lines(["头）、县市场监管"]), 0).map((p) => p.kind)).toEqual(["names"]);
    const [p] = classifyLines(lines(["新引进亿元以上项目 20 个，实际 （牵头）、清江经"]), 0);
    expect(p).toMatchObject({ kind: "text", text: "新引进亿元以上项目 20 个，实际", names: ["（牵头）、清江经"] });
  });
  it("counter-examples: a task line holding a bracket's end and a clause, a bracketed remark that names no role", () => {
    expect(classifyLines(lines(["点）、完成改造任务。"]), 0).map((p) => p.kind)).toEqual(["text"]);
    const [p] = classifyLines(lines(["新建城市书房 10 个，实现 （含乡镇）、社区全覆盖"]), 0);
    expect(p).toMatchObject({ kind: "text", names: [] });
  });
});

describe("a lead cell listing a collective after a unit, read by position (`LEAD_HOLDS_COLLECTIVE`)", () => {
  const positioned: CorroboratedTable = { index: 0, headers, structure: "geometry", layout: "aligned" };
  const rows = (lead: string[]) => [1, 2, 3, 4, 5, 6].map((s) => task(s, s === 3 ? { leadUnits: lead } : {}));
  const codesOf = (d: Diagnostic[]) => d.filter((x) => x.seq === 3 && x.level === "warning").map((x) => x.code);
  it("flags the row in text that keeps the columns by position", () => {
    expect(codesOf(corroborate(rows(["县自然资源局", "各乡镇人民政府"]), [positioned], []))).toContain("LEAD_HOLDS_COLLECTIVE");
  });
  it("counter-examples: a collective alone or first, two specific units, a table read exactly", () => {
    expect(codesOf(corroborate(rows(["各乡镇人民政府"]), [positioned], []))).not.toContain("LEAD_HOLDS_COLLECTIVE");
    expect(codesOf(corroborate(rows(["各乡镇人民政府", "县自然资源局"]), [positioned], []))).not.toContain("LEAD_HOLDS_COLLECTIVE");
    expect(codesOf(corroborate(rows(["县自然资源局", "县水利局"]), [positioned], []))).not.toContain("LEAD_HOLDS_COLLECTIVE");
    // (text whose cells came in stream order: no column drifts there)
    expect(codesOf(corroborate(rows(["县自然资源局", "各乡镇人民政府"]), [{ index: 0, headers, structure: "text-order", layout: "flat" }], []))).not.toContain("LEAD_HOLDS_COLLECTIVE");
    expect(codesOf(corroborate(rows(["县自然资源局", "各乡镇人民政府"]), [{ index: 0, headers, structure: "exact" }], []))).not.toContain("LEAD_HOLDS_COLLECTIVE");
  });
});
