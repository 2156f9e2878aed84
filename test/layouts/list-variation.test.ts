// Real-world variation the list layout meets on pages it has not seen (issue 15 §1): one
// `describe` per class, each with a counter-example that must not be read the same way.
import { describe, expect, it } from "vitest";
import { closesWithBareBrackets, isContentsLine, isLabelled, opensResponsibilityBracket, toBlocks } from "../../src/layouts/list/blocks.js";
import { isFurniture, isHeadingText } from "../../src/layouts/list/region.js";
import { splitRunOnLines } from "../../src/layouts/list/runon.js";
import { closeSpacedLabel, colonAfterLabel, isNameBelow, parseGroupLine, parseLabelLine } from "../../src/layouts/list/labels.js";
import { readNumbering } from "../../src/layouts/list/numbering.js";
import { splitEntities } from "../../src/names/split.js";
import { groupHeadingStyles, ratioColons } from "../../src/layouts/list.js";
import { parseText } from "../../src/parse.js";
import { isWebChrome, webArticleEnd } from "../../src/table/lexicon.js";
import type { Result } from "../../src/model/schema.js";

const lines = (text: string) => text.split("\n").map((t, i) => ({ text: t, line: i + 1 }));
const textBlock = (text: string) => toBlocks(lines(text))[0]!;
const rows = (r: Result) =>
  r.tasks.map((t) => ({ seq: t.seq, section: t.section, task: t.task, lead: t.leadUnits, units: t.units, co: t.coUnits, leaders: t.leaders, sup: t.supervisors, review: t.review.map((x) => x.code) }));

describe("a date on its own line is no heading", () => {
  it.each(["（2021年3月5日）", "2023年3月10日", "2023-03-10", "（2024年1月8日区第三届人民代表大会第四次会议通过）"])("%s", (line) => {
    expect(isFurniture(line)).toBe(true);
    expect(isHeadingText(textBlock(line))).toBe(false);
  });
  it.each(["（一）2021年重点工作", "2024年重点项目", "二〇二三年工作安排"])("counter-example: %s is a heading", (line) => {
    expect(isFurniture(line)).toBe(false);
  });
});

describe("a table of contents is neither sections nor rows", () => {
  it.each(["目  录", "目录", "一、主要预期目标……………………1", "（二）重点工作任务..........12", "三、工作要求·····6"])("%s is a contents line", (line) => {
    expect(isContentsLine(line)).toBe(true);
  });
  it.each(["一、主要预期目标", "1.新增就业1.2万人……", "完成投资…30亿元", "目录管理制度改革"])("counter-example: %s is not", (line) => {
    expect(isContentsLine(line)).toBe(false);
  });
  it("reads the list below the contents with its own headings", async () => {
    const r = await parseText(
      ["2024年重点任务分工方案", "目  录", "一、主要预期目标……………1", "（一）经济指标……………1", "二、重点工作任务……………2", "一、主要预期目标", "1.地区生产总值增长6%左右。（牵头单位：区发改局）", "二、重点工作任务", "2.新开工保障性住房2000套。（牵头单位：区住建局）"].join("\n"),
    );
    expect(rows(r).map((x) => [x.seq, x.section, x.lead, x.review])).toEqual([
      [1, ["一、主要预期目标"], ["区发改局"], []],
      [2, ["二、重点工作任务"], ["区住建局"], []],
    ]);
  });
});

describe("the responsibility after a closing dash", () => {
  it("reads 第一条-numbered tasks whose units follow a dash", async () => {
    const r = await parseText(
      ["2021年重点工作责任分解", "第一条 稳定粮食生产，总产量稳定在25万吨。——县农业农村局负责", "第二条 深化“放管服”改革。——县政务服务中心牵头，县直各部门配合", "第三条 推进“一网通办”——打造政务服务品牌。"].join("\n"),
    );
    expect(rows(r).slice(0, 2).map((x) => [x.seq, x.task, x.lead, x.units, x.co])).toEqual([
      [1, "稳定粮食生产，总产量稳定在25万吨。", [], ["县农业农村局"], []],
      [2, "深化“放管服”改革。", ["县政务服务中心"], [], ["县直各部门"]],
    ]);
    // counter-example: a dash inside a task that names no one stays in the task (and the row says it has no unit)
    expect(rows(r)[2]).toMatchObject({ seq: 3, task: "推进“一网通办”——打造政务服务品牌。", units: [], review: ["NO_UNIT"] });
  });
});

describe("paragraphs run on one line (line breaks lost)", () => {
  it("splits after a responsibility bracket and after a short heading that opens the line", () => {
    const line = "一、做大做强实体经济 1.规模以上工业增加值增长9%。（责任单位：县工信局）2.新建厂房20万平方米。（牵头单位：县经开区管委会）3.培育企业5家。";
    expect(splitRunOnLines([{ text: line, line: 4 }])).toEqual([
      { text: "一、做大做强实体经济", line: 4 },
      { text: "1.规模以上工业增加值增长9%。（责任单位：县工信局）", line: 4 },
      { text: "2.新建厂房20万平方米。（牵头单位：县经开区管委会）", line: 4 },
      { text: "3.培育企业5家。", line: 4 },
    ]);
  });
  it.each([
    // numbers inside one task: after a colon or a full stop, no responsibility bracket before them
    "1.分三步推进：1.调研；2.试点。3.推广。（牵头单位：区发改局）",
    // a bracket that is a remark, not a responsibility
    "1.完成城区道路改造（含续建项目）2.5公里。（牵头单位：区住建局）",
    // a heading with punctuation is a sentence, not a heading run on with a task
    "一、总体要求，坚持稳中求进 1.深化改革。",
  ])("counter-example: %s stays one line", (text) => {
    expect(splitRunOnLines([{ text, line: 1 }])).toEqual([{ text, line: 1 }]);
  });
  it("reads the tasks with their sections", async () => {
    const r = await parseText(["2022年重点工作责任分解", "一、做大做强实体经济 1.规模以上工业增加值增长9%。（责任单位：县工信局）2.新建厂房20万平方米。（牵头单位：县经开区管委会；责任单位：县住建局）", "二、全面推进乡村振兴 3.粮食播种面积稳定在38万亩以上。（责任单位：县农业农村局、各乡镇）"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.section, x.lead, x.units, x.review])).toEqual([
      [1, ["一、做大做强实体经济"], [], ["县工信局"], []],
      [2, ["一、做大做强实体经济"], ["县经开区管委会"], ["县住建局"], []],
      [3, ["二、全面推进乡村振兴"], [], ["县农业农村局", "各乡镇"], []],
    ]);
  });
});

describe("label words spaced out like a justified cell", () => {
  it.each([
    ["牵 头 单 位：县工信局", "牵头单位：县工信局"],
    ["责　任　单　位：县发改局", "责任单位：县发改局"],
    ["分 管 领 导 ：王刚", "分管领导 ：王刚"],
  ])("%s → %s", (line, closed) => {
    expect(closeSpacedLabel(line)).toBe(closed);
    expect(parseLabelLine(line)).not.toBeNull();
  });
  it.each(["全 年 目 标：增长6%", "一 是：加快建设", "县工信局 县发改局：牵头"])("counter-example: %s is left as it is", (line) => {
    expect(closeSpacedLabel(line)).toBe(line);
  });
});

describe("a label's names one per line below it", () => {
  it("reads the names under an empty label up to the next label or number, not a heading or a sentence", async () => {
    const r = await parseText(
      ["2024年重点任务分解", "1.新建农村公路120公里。", "牵头单位：", "县交通运输局", "责任单位：", "县财政局", "各乡镇人民政府", "民生实事", "2.新增养老床位300张。", "牵头单位：", "县民政局", "加快推进县城建设。"].join("\n"),
    );
    expect(rows(r).map((x) => [x.seq, x.section, x.lead, x.units])).toEqual([
      [1, [], ["县交通运输局"], ["县财政局", "各乡镇人民政府"]],
      [2, ["民生实事"], ["县民政局"], []],
    ]);
  });
  it("isNameBelow: only under a label with nothing after its colon", () => {
    const empty = parseLabelLine("责任单位：")!;
    expect(isNameBelow(empty, "县自然资源局")).toBe(true);
    expect(isNameBelow(empty, "城市更新")).toBe(false); // a heading, no unit
    expect(isNameBelow(empty, "完成改造，")).toBe(false);
    // counter-example: under a label that has its names on its own line, a name line is not added
    expect(isNameBelow(parseLabelLine("责任单位：县财政局")!, "县自然资源局")).toBe(false);
  });
});

describe("a heading that carries the lead unit of the tasks under it", () => {
  const text = ["2022年重点任务分解", "（一）稳定工业增长（牵头单位：市工信局）", "1.规上工业增加值增长7%。（责任单位：各县区政府）", "2.新增规上企业50家。（牵头单位：市统计局；责任单位：各县区政府）", "（二）扩大有效投资（牵头单位：市发改委）", "3.实施重点项目200个。（责任单位：市重点项目中心）"];
  it("gives the heading's fields to the tasks that do not write them, the section as printed, each such row saying so (NAME_FROM_HEADING)", async () => {
    const r = await parseText(text.join("\n"));
    expect(rows(r).map((x) => [x.seq, x.section, x.lead, x.units, x.review])).toEqual([
      [1, ["（一）稳定工业增长（牵头单位：市工信局）"], ["市工信局"], ["各县区政府"], ["NAME_FROM_HEADING"]],
      [2, ["（一）稳定工业增长（牵头单位：市工信局）"], ["市统计局"], ["各县区政府"], []],
      [3, ["（二）扩大有效投资（牵头单位：市发改委）"], ["市发改委"], ["市重点项目中心"], ["NAME_FROM_HEADING"]],
    ]);
  });
  it("flags the last task when its only units are the heading's and the text ends there", async () => {
    const r = await parseText([...text, "4.争取专项债券资金"].join("\n"));
    expect(rows(r).at(-1)).toMatchObject({ seq: 4, lead: ["市发改委"], review: ["TEXT_CUT", "NAME_FROM_HEADING"] });
  });
  it("counter-example: numbered sentences that each carry labels are tasks, whatever their level", async () => {
    const r = await parseText(
      ["2022年重点任务分解", "（一）规上工业增加值增长7%，新增规上企业50家。（牵头单位：市工信局）", "1.实施重点项目200个。（牵头单位：市发改委）", "（二）城镇新增就业2万人。（牵头单位：市人社局）"].join("\n"),
    );
    // (their numbering is read as one sequence: not the point here)
    expect(rows(r).map((x) => [x.section, x.task, x.lead])).toEqual([
      [[], "规上工业增加值增长7%，新增规上企业50家。", ["市工信局"]],
      [[], "实施重点项目200个。", ["市发改委"]],
      [[], "城镇新增就业2万人。", ["市人社局"]],
    ]);
  });
  it("groupHeadingStyles never takes every labelled style", () => {
    const blocks = toBlocks(lines(["（一）稳定工业增长（牵头单位：市工信局）", "（二）扩大有效投资（牵头单位：市发改委）"].join("\n")));
    expect(groupHeadingStyles(blocks, new Set(["cn-paren"]))).toEqual(new Set());
  });
});

describe("the last task stops short of the fields every other task fills", () => {
  it("flags it TEXT_CUT; counter-example: a field only some tasks fill", async () => {
    const base = ["2024年重点任务分解", "1.新建公路120公里。", "牵头单位：县交通局", "责任单位：县财政局", "2.新增床位300张。", "牵头单位：县民政局", "责任单位：县卫健局"];
    const cut = await parseText([...base, "3.改造农贸市场4个。", "牵头单位：县商务局"].join("\n"));
    expect(rows(cut).at(-1)).toMatchObject({ seq: 3, review: ["TEXT_CUT"] });
    const co = await parseText([...base, "配合单位：县医保局", "3.改造农贸市场4个。", "牵头单位：县商务局", "责任单位：县市场监管局"].join("\n"));
    expect(rows(co).map((x) => x.review)).toEqual([[], [], []]);
  });
});

describe("a label and its names separated by a space, no colon", () => {
  it.each([
    ["牵头单位 县市场监管局", "牵头单位：县市场监管局"],
    ["责任单位　县政务服务中心、县税务局", "责任单位：县政务服务中心、县税务局"],
    ["分管领导 王刚", "分管领导：王刚"],
  ])("%s → %s", (line, fixed) => {
    expect(colonAfterLabel(line)).toBe(fixed);
  });
  it.each(["责任单位 要切实履行职责。", "牵头单位 加强统筹协调", "重点任务 新建公园5处", "城市更新 县住建局"])("counter-example: %s is left as it is", (line) => {
    expect(colonAfterLabel(line)).toBe(line);
  });
});

describe("markup in a heading of web text", () => {
  it("drops &nbsp; and <br> from the section like from the task", async () => {
    const r = await parseText(["2022年重点工作任务清单<br>", "一、&nbsp;发展特色农业<br>", "1.&nbsp;新建大棚200亩。（牵头单位：镇农业服务中心）<br>", "2.&nbsp;推广“稻&amp;虾”模式。（牵头单位：镇农业服务中心）<br>"].join("\n"));
    expect(rows(r).map((x) => [x.section, x.task])).toEqual([
      [["一、发展特色农业"], "新建大棚200亩。"],
      [["一、发展特色农业"], "推广“稻&虾”模式。"],
    ]);
  });
});

describe("numbering `第一，` and one-code-point numbers `⑴` `⒈`", () => {
  it.each([
    ["第一，全年完成投资110亿元。", "ordinal-bare", 1],
    ["第十二、新建公园5处。", "ordinal-bare", 12],
    ["⑴新增高新技术企业30家。", "parenthesized", 1],
    ["⑿完成造林1万亩。", "parenthesized", 12],
    ["⒊建设研发平台8个。", "full-stop-digit", 3],
  ])("%s", (line, style, number) => {
    expect(readNumbering(line)).toMatchObject({ style, number });
  });
  it.each(["第一批试点单位名单公布。", "第一季度完成招标。", "第一书记驻村帮扶。"])("counter-example: %s is not numbered", (line) => {
    expect(readNumbering(line)).toBeNull();
  });
  it("reads tasks numbered 第一，第二， under 一、 headings", async () => {
    const r = await parseText(["一、扩大有效投资", "第一，完成投资110亿元。牵头单位：县发改局。", "第二，实施重点项目60个。牵头单位：县发改局。", "二、改善城乡环境", "第三，完成雨污分流改造15公里。牵头单位：县住建局。"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.section, x.task, x.lead])).toEqual([
      [1, ["一、扩大有效投资"], "完成投资110亿元。", ["县发改局"]],
      [2, ["一、扩大有效投资"], "实施重点项目60个。", ["县发改局"]],
      [3, ["二、改善城乡环境"], "完成雨污分流改造15公里。", ["县住建局"]],
    ]);
  });
});

describe("a line wrapped right after a bracket opens", () => {
  it("goes on inside the bracket even when it starts with a label", async () => {
    const r = await parseText(["2023年重点任务分工", "1.完成农村改厕2万户。（", "牵头单位：市农业农村局；责任单位：市卫生健康委）", "2.新建公园5处。（牵头单位：市城管局）"].join("\n"));
    expect(rows(r).map((x) => [x.task, x.lead, x.units])).toEqual([
      ["完成农村改厕2万户。", ["市农业农村局"], ["市卫生健康委"]],
      ["新建公园5处。", ["市城管局"], []],
    ]);
  });
  it("counter-example: a label line under a task whose brackets are closed is the task's label line", async () => {
    const r = await parseText(["2023年重点任务分工", "1.完成农村改厕2万户（含户用卫生厕所）。", "牵头单位：市农业农村局", "2.新建公园5处。", "牵头单位：市城管局"].join("\n"));
    expect(rows(r).map((x) => [x.task, x.lead])).toEqual([
      ["完成农村改厕2万户（含户用卫生厕所）。", ["市农业农村局"]],
      ["新建公园5处。", ["市城管局"]],
    ]);
  });
});

describe("one responsibility line for the group of tasks above it", () => {
  it.each([
    ["以上任务由市发改委牵头，市统计局、市商务局配合。", { leadUnits: ["市发改委"], coUnits: ["市统计局、市商务局"] }],
    ["（以上3项由县发改局负责）", { units: ["县发改局"] }],
    ["上述指标责任单位：市统计局", { units: ["市统计局"] }],
  ])("%s", (line, cells) => {
    expect(parseGroupLine(line)?.cells).toEqual(cells);
  });
  it.each(["以上任务由各单位认真抓好落实。", "以上任务要求各单位按季度报送进展情况。", "以上数据由市统计局提供，仅供参考。", "市发改委牵头，市统计局配合。"])("counter-example: %s gives nothing", (line) => {
    expect(parseGroupLine(line)).toBeNull();
  });
  it("gives the tasks above it, back to the first with units of its own, the group's units", async () => {
    const r = await parseText(
      ["2023年重点任务分工", "一、主要预期目标", "1.新建公园5处。（责任单位：市城管局）", "2.地区生产总值增长6.5%左右。", "3.固定资产投资增长8%。", "以上任务由市发改委牵头，市统计局配合。", "二、重点工作", "4.新建幼儿园10所。（责任单位：市教育局）"].join("\n"),
    );
    expect(rows(r).map((x) => [x.seq, x.task, x.lead, x.units, x.co])).toEqual([
      [1, "新建公园5处。", [], ["市城管局"], []],
      [2, "地区生产总值增长6.5%左右。", ["市发改委"], [], ["市统计局"]],
      [3, "固定资产投资增长8%。", ["市发改委"], [], ["市统计局"]],
      [4, "新建幼儿园10所。", [], ["市教育局"], []],
    ]);
    expect(r.diagnostics.filter((d) => d.code === "LIST_GROUP_RESPONSIBILITY")).toHaveLength(1);
  });
});

describe("tasks closed by a bracket of unit names alone, no label, no verb", () => {
  it("reads the bracket as responsible units when the tasks of the list end so, after a full stop", async () => {
    const r = await parseText(
      ["2024年重点工作责任分工", "1.地区生产总值增长5.5%左右。（市发改委、市统计局）", "2.完成投资300亿元（含续建项目）。（市发改委）", "3.提升就业服务水平。（市人社局、各区县政府）"].join("\n"),
    );
    expect(rows(r).map((x) => [x.task, x.lead, x.units])).toEqual([
      ["地区生产总值增长5.5%左右。", [], ["市发改委", "市统计局"]],
      ["完成投资300亿元（含续建项目）。", [], ["市发改委"]],
      ["提升就业服务水平。", [], ["市人社局", "各区县政府"]],
    ]);
  });
  it("counter-example: a unit's annotation bracket at the end of a label list stays with the unit", async () => {
    for (const text of [
      ["2024年重点工作责任分工", "1.新建公路120公里。", "责任单位：区交通局（区重点办）", "2.新增床位300张。", "责任单位：区民政局（区老龄办）"],
      ["2024年重点工作责任分工", "1.新建公路120公里。责任单位：区交通局（区重点办）", "2.新增床位300张。责任单位：区民政局（区老龄办）"],
    ]) {
      const r = await parseText(text.join("\n"));
      expect(rows(r).map((x) => [x.task, x.units])).toEqual([
        ["新建公路120公里。", ["区交通局（区重点办）"]],
        ["新增床位300张。", ["区民政局（区老龄办）"]],
      ]);
    }
  });
  it("counter-example: one such bracket among tasks with labelled brackets is a remark", () => {
    const text = ["1.新建公路120公里。（牵头单位：区交通局）", "2.新增床位300张。（牵头单位：区民政局）", "3.改造市场4个。（牵头单位：区商务局）", "4.建设公园5处。（区城管局）"];
    expect(closesWithBareBrackets(lines(text.join("\n")))).toBe(false);
    expect(closesWithBareBrackets(lines(text.map((t) => t.replace(/牵头单位：/, "")).join("\n")))).toBe(true);
  });
});

describe("the text cut in the first task under a heading", () => {
  const head = ["2024年重点任务分解", "一、稳定经济增长", "1.地区生产总值增长6%左右。（牵头单位：区发改局）", "2.一般公共预算收入增长5%。（牵头单位：区财政局）", "二、推进城市更新"];
  it("keeps the cut task, flagged: cut inside its bracket (TEXT_CUT) or before any unit (NO_UNIT)", async () => {
    const inBracket = await parseText([...head, "1.完成老旧小区改造40个。（牵头单位：区住建局；责任单位："].join("\n"));
    expect(rows(inBracket).at(-1)).toMatchObject({ seq: 3, section: ["二、推进城市更新"], task: "完成老旧小区改造40个。", lead: ["区住建局"], review: ["TEXT_CUT", "SEQ_RENUMBERED"] });
    const inTask = await parseText([...head, "1.完成老旧小区改造40个，惠及"].join("\n"));
    expect(rows(inTask).at(-1)).toMatchObject({ seq: 3, section: ["二、推进城市更新"], review: ["SEQ_RENUMBERED", "NO_UNIT"] });
  });
  it("counter-example: several points under a heading after the list are no tasks", async () => {
    const r = await parseText([...head, "三、工作要求", "1.加强组织领导，各单位要明确专人负责。", "2.强化督查考核，每季度通报一次。"].join("\n"));
    expect(rows(r).map((x) => x.seq)).toEqual([1, 2]);
  });
});

describe("units joined by 和 / 及 / 与", () => {
  it.each([
    ["区交通局和区城管局", ["区交通局", "区城管局"]],
    ["区财政局和区发展和改革局", ["区财政局", "区发展和改革局"]],
    ["区民政局及各街道办事处", ["区民政局", "各街道办事处"]],
    ["各镇人民政府及有关部门", ["各镇人民政府", "有关部门"]],
    ["市卫生健康委与市医保局", ["市卫生健康委", "市医保局"]],
  ])("%s is two units", (cell, names) => {
    expect(splitEntities([cell], "unit")).toEqual(names);
  });
  it.each(["区发展和改革局", "市自然资源和规划局", "区科学技术和工业信息化局", "市中小企业和民营经济服务中心", "市场监管和质量技术监督局"])("counter-example: %s is one unit", (cell) => {
    expect(splitEntities([cell], "unit")).toEqual([cell]);
  });
  it("counter-example: people are never split at 和", () => {
    expect(splitEntities(["和平"], "person")).toEqual(["和平"]);
  });
});

describe("page numbers copied out of a PDF between the tasks", () => {
  it("are neither headings nor task text, and a task wrapped over the page break goes on", async () => {
    const r = await parseText(
      ["2020年重点任务分解", "一、推进产业转型", "1.新建标准化厂房20万平方米。", "牵头单位：县开发区管委会", "— 3 —", "2.全年接待游客300万人次，实现旅游", "第 5 页 共 12 页", "综合收入25亿元。", "牵头单位：县文旅局", "-4-", "3.新增电商经营主体200家。", "牵头单位：县商务局"].join("\n"),
    );
    expect(rows(r).map((x) => [x.section, x.task, x.lead])).toEqual([
      [["一、推进产业转型"], "新建标准化厂房20万平方米。", ["县开发区管委会"]],
      [["一、推进产业转型"], "全年接待游客300万人次，实现旅游综合收入25亿元。", ["县文旅局"]],
      [["一、推进产业转型"], "新增电商经营主体200家。", ["县商务局"]],
    ]);
  });
  it("counter-example: a heading with a number in it is a heading", async () => {
    const r = await parseText(["2020年重点任务分解", "2020年第5批重点项目", "1.新建厂房。", "牵头单位：县开发区管委会", "2.新建公园。", "牵头单位：县城管局"].join("\n"));
    expect(rows(r).map((x) => x.section)).toEqual([["2020年第5批重点项目"], ["2020年第5批重点项目"]]);
  });
});

describe("tasks 一是…二是… run together in one paragraph", () => {
  it("split after each responsibility bracket", () => {
    const text = "一是深化改革。（区审批局牵头，区政数局配合）二是治理涉企收费。（区市场监管局牵头）三是健全沟通机制。（区工商联负责）";
    expect(splitRunOnLines(lines(text)).map((l) => l.text)).toEqual(["一是深化改革。（区审批局牵头，区政数局配合）", "二是治理涉企收费。（区市场监管局牵头）", "三是健全沟通机制。（区工商联负责）"]);
  });
  it.each(["一是深化改革，二是治理涉企收费。（区审批局牵头）", "完成改造（含续建项目）二是指标"])("counter-example: %s stays one paragraph", (text) => {
    expect(splitRunOnLines(lines(text)).map((l) => l.text)).toEqual([text]);
  });
});

describe("a county bureau's sections: 责任股室 / 配合股室", () => {
  it("are unit labels and 股 ends a unit", async () => {
    const r = await parseText(["重点任务分解", "1.保障用地3000亩。", "责任股室：用地审批股", "配合股室：耕地保护股、测绘地理信息股", "2.完成矿山修复200亩。", "责任股室：矿产资源管理股", "配合股室：生态修复股"].join("\n"));
    expect(rows(r).map((x) => [x.units, x.co, x.review])).toEqual([
      [["用地审批股"], ["耕地保护股", "测绘地理信息股"], []],
      [["矿产资源管理股"], ["生态修复股"], []],
    ]);
  });
  it("counter-example: a wrapped …控股 + 集团 is still one unit", () => {
    expect(splitEntities(["市城投控股", "集团有限公司"], "unit")).toEqual(["市城投控股集团有限公司"]);
  });
});

describe("tasks marked with bullets", () => {
  it("are numbered by their order", async () => {
    const r = await parseText(["2023年民生实事项目分工", "◆新建幼儿园6所。（牵头单位：区教育局）", "◆新增养老床位500张。（牵头单位：区民政局）", "● 改造燃气管道80公里。（牵头单位：区住建局）"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.task, x.lead])).toEqual([
      [1, "新建幼儿园6所。", ["区教育局"]],
      [2, "新增养老床位500张。", ["区民政局"]],
      [3, "改造燃气管道80公里。", ["区住建局"]],
    ]);
  });
  it("counter-example: bullet points of a letter without responsibility are no tasks", async () => {
    await expect(parseText(["关于做好2023年工作的通知", "◆提高思想认识。", "◆加强组织领导。", "◆强化督查考核。"].join("\n"))).rejects.toMatchObject({ code: "NO_TABLE" });
  });
});

describe("a responsibility bracket opened at the end of the task line, its labels on the lines below", () => {
  it("is read as one bracket", async () => {
    const r = await parseText(["2019年重点任务分工", "1.实施技改项目50个。（", "牵头单位：市工信局；", "配合单位：市发改委、市财政局）", "2.新建物流园区2个。（", "牵头单位：市商务局；", "配合单位：市交通运输局）"].join("\n"));
    expect(rows(r).map((x) => [x.task, x.lead, x.co])).toEqual([
      ["实施技改项目50个。", ["市工信局"], ["市发改委", "市财政局"]],
      ["新建物流园区2个。", ["市商务局"], ["市交通运输局"]],
    ]);
  });
  it("counter-example: a bracket left open inside the task does not take the label lines", () => {
    expect(opensResponsibilityBracket("新建公路（含续建项目。")).toBe(false);
    expect(opensResponsibilityBracket("新建公路。（牵头单位：市交通局；")).toBe(true);
    expect(opensResponsibilityBracket("新建公路。（")).toBe(true);
  });
});

describe("tasks listed under headings that name their unit (a decomposition by unit)", () => {
  it("take the heading's unit as their responsible unit", async () => {
    const r = await parseText(["2022年重点任务分解（按责任单位）", "一、县发改局（3项）", "1.完成投资150亿元。", "2.争取中央投资3亿元。", "二、县工信局", "3.新增规上企业12家。", "4.工业增加值增长8%。（责任单位：县统计局）"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.section, x.units])).toEqual([
      [1, ["一、县发改局（3项）"], ["县发改局"]],
      [2, ["一、县发改局（3项）"], ["县发改局"]],
      [3, ["二、县工信局"], ["县工信局"]],
      [4, ["二、县工信局"], ["县统计局"]],
    ]);
    expect(r.diagnostics.map((d) => d.code)).toContain("LIST_UNIT_HEADINGS");
  });
  it("a heading naming its leader in charge too, and tasks naming only who helps (配合单位), take the heading's unit", async () => {
    const r = await parseText(["2022年重点任务分解清单（按责任单位）", "一、区发展和改革局（分管区领导：程立新）", "1.完成投资480亿元。", "2.推进重点项目110个。（配合单位：区统计局）", "二、区教育局（分管区领导：苏 敏）", "3.新增学位3600个。（牵头单位：区住建局）"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.lead, x.units, x.co, x.sup])).toEqual([
      [1, [], ["区发展和改革局"], [], ["程立新"]],
      [2, [], ["区发展和改革局"], ["区统计局"], ["程立新"]],
      [3, ["区住建局"], [], [], ["苏敏"]],
    ]);
  });
  it("counter-example: a heading naming a topic and a leader gives no unit", async () => {
    const r = await parseText(["2022年重点任务分解", "一、稳定经济增长（分管区领导：程立新）", "1.完成投资480亿元。（牵头单位：区发改局）", "二、发展社会事业（分管区领导：苏 敏）", "2.新增学位3600个。（配合单位：区住建局）"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.units])).toEqual([
      [1, []],
      [2, []],
    ]);
  });
  it.each([
    [["一、县发改局", "1.完成投资150亿元。", "2.争取中央投资3亿元。"]],
    [["一、产业发展", "1.完成投资150亿元。", "二、城乡建设", "2.新建公园5处。"]],
  ])("counter-example: one unit heading, or topic headings, give no units", async (body) => {
    await expect(parseText(["2022年重点任务分解", ...body].join("\n"))).rejects.toMatchObject({ code: "NO_TABLE" });
  });
});

describe("the lead marked after a name with square or tortoise-shell brackets", () => {
  it.each(["县文旅局〔牵头〕、县住建局", "县文旅局[牵头]、县住建局", "县文旅局【牵头】、县住建局"])("（责任单位：%s）", async (list) => {
    const r = await parseText(["2024年重点任务分解", `1.新建文化站3个。（责任单位：${list}）`, "2.新建公园5处。（责任单位：县城管局）"].join("\n"));
    expect(rows(r).map((x) => [x.lead, x.units])).toEqual([
      [["县文旅局"], ["县住建局"]],
      [[], ["县城管局"]],
    ]);
  });
  it("counter-example: a bracketed label before the names is a label", async () => {
    const r = await parseText(["2024年重点任务分解", "1.新建文化站3个。【牵头】县文旅局【配合】县住建局", "2.新建公园5处。【牵头单位】县城管局"].join("\n"));
    expect(rows(r).map((x) => [x.lead, x.co])).toEqual([
      [["县文旅局"], ["县住建局"]],
      [["县城管局"], []],
    ]);
  });
});

describe("people before 负责 in a role bracket (a heading naming the leader in charge)", () => {
  it("reads `（市长刘建华负责）` as people, never units; tasks under such a heading get them flagged HEADING_PERSON", async () => {
    const { namesPeople } = await import("../../src/layouts/list/roles.js");
    expect(namesPeople("市长刘建华")).toBe(true);
    expect(namesPeople("副市长 张明")).toBe(true);
    expect(namesPeople("刘建华、张明")).toBe(true);
    // counter-examples: units and collectives before 负责 stay units
    expect(namesPeople("市发改委")).toBe(false);
    expect(namesPeople("各镇镇长")).toBe(false);
    expect(namesPeople("市长办公室")).toBe(false);
    const { parseText } = await import("../../src/parse.js");
    const out = await parseText(
      ["关于2022年市政府工作报告重点工作责任分工的通知", "一、稳定经济增长（副市长张明负责）", "1.全市地区生产总值增长6.5%左右。（牵头单位：市发展改革委；配合单位：市统计局）", "2.一般公共预算收入增长6%。（市财政局负责）"].join("\n"),
      { fileName: "heading-person.txt" },
    );
    expect(out.tasks.map((t) => [t.seq, t.section, t.leadUnits, t.units, t.coUnits, t.leaders, t.review.some((r) => r.code === "HEADING_PERSON")])).toEqual([
      [1, ["一、稳定经济增长（副市长张明负责）"], ["市发展改革委"], [], ["市统计局"], ["张明（副市长）"], true],
      [2, ["一、稳定经济增长（副市长张明负责）"], [], ["市财政局"], [], ["张明（副市长）"], true],
    ]);
  });
});

describe("a text whose every line break was doubled", () => {
  const TEXT = ["2023年重点任务分解", "一、打造一流营商环境", "1.深化“放管服”改革", "目标：企业开办时间压缩至1个工作日以内。", "措施：推行“一件事一次办”。", "牵头单位：市政务服务局", "", "2.强化要素保障", "目标：全年供应工业用地1500亩。", "措施：盘活闲置土地。", "牵头单位：市自然资源局", ""].join("\n");
  const doubled = TEXT.replace(/\n/g, "\n\n");
  it("reads as the text it was: one blank line says nothing, three are a paragraph break", async () => {
    const { undoubleSpacing } = await import("../../src/layouts/list/blocks.js");
    const lines = doubled.split("\n").map((text, i) => ({ text, line: i + 1 }));
    const kept = undoubleSpacing(lines);
    expect(kept.map((l) => l.text).join("\n")).toBe(TEXT.replace(/\n+$/, ""));
    // the lines keep their numbers in the file
    expect(kept[1]).toEqual({ text: "一、打造一流营商环境", line: 3 });
    const a = await parseText(TEXT);
    const b = await parseText(doubled);
    expect(rows(b)).toEqual(rows(a));
  });
  it("counter-examples: a text with lines that touch, or too few lines, is left as it is", async () => {
    const { undoubleSpacing } = await import("../../src/layouts/list/blocks.js");
    const touching = TEXT.split("\n").map((text, i) => ({ text, line: i + 1 }));
    expect(undoubleSpacing(touching)).toBe(touching);
    const short = "1.任务一。\n\n牵头单位：市发改委\n\n2.任务二。".split("\n").map((text, i) => ({ text, line: i + 1 }));
    expect(undoubleSpacing(short)).toBe(short);
  });
});

describe("a one-task excerpt under a 任务清单 title", () => {
  it("reads the task with its responsibility (the title names a decomposition)", async () => {
    const r = await parseText(["2021年区政府工作报告重点任务清单", "1.完成城市道路提升改造10条。", "责任单位：区住建局；区城管局"].join("\n"));
    expect(rows(r).map((x) => [x.task, x.units])).toEqual([["完成城市道路提升改造10条。", ["区住建局", "区城管局"]]]);
  });
  it("counter-example: a 清单 of another kind (a price list) vouches for nothing", async () => {
    await expect(parseText(["2021年收费项目清单", "1.停车收费标准调整。", "责任单位：区发改局"].join("\n"))).rejects.toMatchObject({ code: "NO_TABLE" });
  });
});

describe("the ratio sign ∶ typed for a colon", () => {
  it("closes a label like a colon", async () => {
    const r = await parseText(["２０２４年重点工作分解", "１．新认定高新技术企业１２０家。", "牵头单位∶市科技局", "配合单位∶市税务局", "２．建成５Ｇ基站８００个。", "牵头单位∶市工信局", "配合单位∶市通信发展办"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.lead, x.co])).toEqual([
      [1, ["市科技局"], ["市税务局"]],
      [2, ["市工信局"], ["市通信发展办"]],
    ]);
  });
  it("counter-example: between two digits it is a ratio and stays", () => {
    expect(ratioColons(lines("测绘1∶500地形图２∶１")).map((l) => l.text)).toEqual(["测绘1∶500地形图２∶１"]);
    expect(ratioColons(lines("责任单位∶县发改局")).map((l) => l.text)).toEqual(["责任单位：县发改局"]);
  });
});

describe("a news repost's dash bullets (——)", () => {
  it("number tasks by order; a bulleted line closing with its own role bracket is no heading to check", async () => {
    const r = await parseText(["我市分解落实今年政府工作报告重点任务", "——地区生产总值增长6%左右（市发改委牵头）；", "——新建5G基站1000个（市工信局牵头，市通信发展办配合）；", "——改造老旧小区50个（市住建局牵头，各区政府配合）。"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.task, x.lead, x.co, x.review])).toEqual([
      [1, "地区生产总值增长6%左右", ["市发改委"], [], []],
      [2, "新建5G基站1000个", ["市工信局"], ["市通信发展办"], []],
      [3, "改造老旧小区50个", ["市住建局"], ["各区政府"], []],
    ]);
  });
  it("counter-example: a dash line without a responsibility (a report's date line) is no task", async () => {
    await expect(parseText(["某某区政府工作报告", "——2024年1月9日在某某区第十八届人民代表大会第四次会议上", "各位代表：", "过去一年，全区地区生产总值增长6.2%。"].join("\n"))).rejects.toMatchObject({ code: "NO_TABLE" });
  });
});

describe("decimal numbering (1.1 under 1.)", () => {
  it.each(["1.1 实施重点项目200个。", "2.3、新建学校3所。", "3.12．完成改造。", "1.1\u3000实施项目。"])("%s is a task marker", (line) => {
    expect(readNumbering(line)?.style).toBe("decimal");
  });
  it.each(["1.5万亩以上的高标准农田。", "1.5 万亩以上。", "2.5公里的道路。", "0.8%以内。"])("counter-example: %s is a quantity, no marker", (line) => {
    expect(readNumbering(line)?.style).not.toBe("decimal");
  });
  it("the `1.` lines above are headings, the running order numbers the tasks", async () => {
    const r = await parseText(["2024年市政府工作报告重点任务分解", "1.扩大有效投资", "1.1 实施重点项目200个。（牵头单位：市发改委）", "1.2 争取专项债券80亿元。（牵头单位：市财政局）", "2.提振消费", "2.1 社会消费品零售总额增长6%。（牵头单位：市商务局）"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.section, x.task, x.lead])).toEqual([
      [1, ["1.扩大有效投资"], "实施重点项目200个。", ["市发改委"]],
      [2, ["1.扩大有效投资"], "争取专项债券80亿元。", ["市财政局"]],
      [3, ["2.提振消费"], "社会消费品零售总额增长6%。", ["市商务局"]],
    ]);
  });
});

describe("a deadline line between the task and its first label", () => {
  it("is a label line (in no field), not the task's text", () => {
    expect(parseLabelLine("完成时限：2024年12月底")?.labels).toEqual([{ text: "完成时限", field: "other" }]);
    expect(parseLabelLine("时间节点：年底前")?.labels).toEqual([{ text: "时间节点", field: "other" }]);
  });
  it("counter-examples: a deadline label over no time, a sentence about deadlines, a measure line", () => {
    expect(parseLabelLine("时间节点：按省里统一部署")).toBe(null);
    expect(parseLabelLine("完成时限要求高的项目优先安排。")).toBe(null);
    expect(parseLabelLine("工作措施：6月底前完成主体工程。")).toBe(null);
  });
  it("end to end: the task keeps its 工作措施 line and loses the deadline", async () => {
    const r = await parseText(["2024年县政府工作报告重点工作任务分解", "1.建成县城第二水厂。", "工作措施：完成主体工程。", "完成时限：2024年12月底", "牵头单位：县水利局", "2.新改建农村公路30公里。", "完成时限：2024年10月", "牵头单位：县交通运输局"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.task, x.lead])).toEqual([
      [1, "建成县城第二水厂。工作措施：完成主体工程。", ["县水利局"]],
      [2, "新改建农村公路30公里。", ["县交通运输局"]],
    ]);
  });
});

describe("a label with a note in brackets before its colon", () => {
  it("`责任单位（部门）：` is the 责任单位 label, its role notes read", async () => {
    const r = await parseText(["2024年区政府工作报告重点任务分解", "1.新建停车场3个。", "责任单位（部门）：区城管局（牵头）、区交警大队", "分管区领导：周强", "2.新增绿地20公顷。", "责任单位（部门）：区园林局（牵头）、各街道", "分管区领导：周强"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.task, x.lead, x.units, x.sup])).toEqual([
      [1, "新建停车场3个。", ["区城管局"], ["区交警大队"], ["周强"]],
      [2, "新增绿地20公顷。", ["区园林局"], ["各街道"], ["周强"]],
    ]);
  });
  it("counter-examples: a unit's bracket before a colon, and a label inside a name's bracket, are no labels", () => {
    expect(parseLabelLine("区发改局（联系人）：张三")).toBe(null);
    expect(parseLabelLine("牵头单位：区发改局（负责人：张三）")?.cells).toEqual({ leadUnits: ["区发改局（负责人：张三）"] });
  });
});

describe("numbers printed out of order but never twice are kept as printed", () => {
  const head = "省政府关于落实《政府工作报告》重点工作部门分工的意见\n\n";
  it("a stray number before the list (a date read as 13、) keeps the others' numbers and is flagged", async () => {
    const r = await parseText("某省《政府工作报告》部门分工确定\n\n13、03.2015  07:51\n\n记者昨日获悉，省政府就落实《政府工作报告》中的重点工作提出分工意见。\n\n1、落实产销衔接政策。(省发改委负责)\n\n2、抓好重大文化项目。(省文化厅负责)\n\n3、培育新型农业经营主体。(省农业厅牵头)\n");
    expect(rows(r).map((x) => [x.seq, x.review.includes("SEQ_OUT_OF_ORDER")])).toEqual([[13, true], [1, false], [2, false], [3, false]]);
    expect(rows(r)[1]!.units).toEqual(["省发改委"]);
  });
  it("counter-example: numbering restarting under each heading (numbers repeat) is renumbered in order, each row saying so (SEQ_RENUMBERED), none out of order", async () => {
    const r = await parseText(head + "一、稳增长\n1、落实产销衔接政策。(省发改委负责)\n2、抓好重大文化项目。(省文化厅负责)\n二、促改革\n1、培育新型农业经营主体。(省农业厅牵头)\n2、深化国企改革。(省国资委负责)\n");
    expect(rows(r).map((x) => [x.seq, x.review])).toEqual([[1, ["SEQ_RENUMBERED"]], [2, ["SEQ_RENUMBERED"]], [3, ["SEQ_RENUMBERED"]], [4, ["SEQ_RENUMBERED"]]]);
  });
});

describe("a web page's own chrome copied with the notice", () => {
  it.each(["【打印本页】【关闭窗口】", "【打印】 【关闭】", "扫一扫在手机打开当前页", "分享到：", "分享到： 微信 微博 QQ空间", "网站标识码：1234000011  皖ICP备05001234号", "版权所有：某某县人民政府", "上一篇：关于做好春节期间工作的通知", "字号：大 中 小", "当前位置：首页 > 政务公开", "首页 > 政务公开 > 通知公告"])("%s is chrome", (line) => {
    expect(isWebChrome(line)).toBe(true);
  });
  it.each(["主办单位：县农业农村局  协办单位：县财政局", "打印厂改制工作。", "分享到户的补贴资金全部发放。", "1.关闭落后产能企业5家。", "（一）扩大有效投资", "责任单位：县大数据中心"])("counter-example: %s is no chrome", (line) => {
    expect(isWebChrome(line)).toBe(false);
  });
  it("the article ends at the chrome below it; a chrome line with numbered items after it ends nothing", () => {
    expect(webArticleEnd(lines("1.任务。\n牵头单位：县农业局\n【打印本页】【关闭窗口】\n主办：某县人民政府办公室  承办：县大数据中心"))).toBe(2);
    expect(webArticleEnd(lines("【打印】【关闭】\n1.任务。\n牵头单位：县农业局"))).toBeNull();
  });
  it("the site's footer (主办：… 承办：…) after the tools is no task and no label of the last task", async () => {
    const r = await parseText("关于印发2024年县政府工作报告重点任务责任分解的通知\n\n一、扩大投资\n1.实施重点项目120个。\n牵头单位：县发改局\n\n2.推进城东片区开发。\n牵头单位：县住建局\n\n【打印本页】【关闭窗口】\n扫一扫在手机打开当前页\n主办：某某县人民政府办公室  承办：县大数据中心\n");
    expect(rows(r).map((x) => [x.seq, x.task, x.lead, x.review])).toEqual([
      [1, "实施重点项目120个。", ["县发改局"], []],
      [2, "推进城东片区开发。", ["县住建局"], []],
    ]);
  });
  it("counter-example: 主办单位/协办单位 label lines of the notice are read as labels", async () => {
    const r = await parseText("关于印发2024年县政府工作报告重点任务责任分解的通知\n\n1.实施重点项目120个。\n主办单位：县发改局  协办单位：县财政局\n\n2.推进城东片区开发。\n主办单位：县住建局  协办单位：县城投公司\n");
    expect(rows(r).map((x) => [x.lead, x.co])).toEqual([[["县发改局"], ["县财政局"]], [["县住建局"], ["县城投公司"]]]);
  });
});

describe("an excerpt cut inside the first task under its last heading", () => {
  const cut = [
    "2022年县政府工作报告重点任务分解",
    "一、工业经济（分管副县长：李明）",
    "1.规模以上工业增加值增长9%。（牵头单位：县工信局；配合单位：县统计局）",
    "2.新增规上工业企业15家。（牵头单位：县工信局；配合单位：各乡镇人民政府）",
    "二、城乡建设（分管副县长：赵红）",
    "3.完成县城老旧小区改造12个",
  ];
  it("keeps the headings as headings carrying their leader", async () => {
    const r = await parseText(cut.join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.section, t.task, t.leadUnits, t.supervisors])).toEqual([
      [1, ["一、工业经济（分管副县长：李明）"], "规模以上工业增加值增长9%。", ["县工信局"], ["李明"]],
      [2, ["一、工业经济（分管副县长：李明）"], "新增规上工业企业15家。", ["县工信局"], ["李明"]],
      [3, ["二、城乡建设（分管副县长：赵红）"], "完成县城老旧小区改造12个", [], ["赵红"]],
    ]);
    expect(r.tasks[2]!.review.length).toBeGreaterThan(0);
  });
  it("only the last heading may have its task cut: an earlier one over an unlabelled item is no heading (counter-example)", () => {
    const blocks = toBlocks(
      ["一、工业经济（分管副县长：李明）", "1.完成县城老旧小区改造12个", "二、城乡建设（分管副县长：赵红）", "1.新建城市公园2个。（牵头单位：县住建局）"].map((text, i) => ({ text, line: i + 1 })),
    );
    const labelled = new Set(blocks.filter(isLabelled).map((b) => b.numbered!.style));
    expect(labelled.size).toBe(2);
    expect(groupHeadingStyles(blocks, labelled).size).toBe(0);
  });
});

describe("an excerpt with one complete task", () => {
  it("is read when the task gives two roles, even without a title", async () => {
    const r = await parseText(["（一）加快建设现代化产业体系", "1.实施先进制造业集群培育行动。（牵头单位：市工业和信息化局；责任单位：市发展改革委、市科技局）", "2.加快数字经济发展，新建5G基站1500个，数字经济核心产"].join("\n"));
    expect(r.tasks[0]).toMatchObject({ seq: 1, leadUnits: ["市工业和信息化局"], units: ["市发展改革委", "市科技局"] });
  });
  it("is read when a clause of a short line names the decomposition (`…任务分解，请收好！`)", async () => {
    const r = await parseText(["2024年区政府工作报告任务分解，请收好！", "", "1.地区生产总值增长6.5%左右。", "牵头单位：区发改局", "2.规上工业增加值增长9%。"].join("\n"));
    expect(r.tasks[0]).toMatchObject({ seq: 1, task: "地区生产总值增长6.5%左右。", leadUnits: ["区发改局"] });
  });
  it("is refused with one role and no decomposition named (counter-example)", async () => {
    await expect(parseText(["（一）加快建设现代化产业体系", "1.实施先进制造业集群培育行动。（责任单位：市发展改革委）", "2.加快数字经济发展。"].join("\n"))).rejects.toMatchObject({ code: "NO_TABLE" });
    // a long sentence that mentions a decomposition is no title
    const prose = "我们把政府工作报告确定的目标任务分解到各部门，逐项明确了时间表和路线图，并建立了月调度、季通报、年考核的推进机制，确保各项工作落到实处取得实效。";
    await expect(parseText([prose, "1.实施先进制造业集群培育行动。（责任单位：市发展改革委）", "2.加快数字经济发展。"].join("\n"))).rejects.toMatchObject({ code: "NO_TABLE" });
  });
});

describe("unnumbered tasks under numbered headings, each with its label line", () => {
  it("a sentence after a label line is the next task, not more names of the label", async () => {
    const r = await parseText(
      ["2024年镇政府工作报告重点任务分解方案", "一、产业发展", "分管领导：何志强", "　　新建标准化茶园1200亩，培育茶叶加工企业2家。", "　　责任人：谢永红　责任站所：农业综合服务中心", "　　办好第三届茶文化节，接待游客15万人次。", "　　责任人：宋佳　责任站所：文化旅游服务站"].join("\n"),
    );
    expect(rows(r).map((x) => [x.section, x.task, x.units, x.leaders, x.sup])).toEqual([
      [["一、产业发展"], "新建标准化茶园1200亩，培育茶叶加工企业2家。", ["农业综合服务中心"], ["谢永红"], ["何志强"]],
      [["一、产业发展"], "办好第三届茶文化节，接待游客15万人次。", ["文化旅游服务站"], ["宋佳"], ["何志强"]],
    ]);
  });
  it("counter-example: a list of names wrapped onto the next line, closed by a full stop, goes on", async () => {
    const r = await parseText(["2024年重点工作分解", "1.新建公路120公里。", "责任单位：县交通局、县发改局，", "县财政局，县自然资源局。", "2.新增床位300张。", "责任单位：县民政局"].join("\n"));
    expect(rows(r).map((x) => x.units)).toEqual([["县交通局", "县发改局", "县财政局", "县自然资源局"], ["县民政局"]]);
  });
});
