// Real-world variation the list layout meets on pages it has not seen (issue 15 §1): one
// `describe` per class, each with a counter-example that must not be read the same way.
import { describe, expect, it } from "vitest";
import { isContentsLine, toBlocks } from "../../src/layouts/list/blocks.js";
import { isFurniture, isHeadingText } from "../../src/layouts/list/region.js";
import { splitRunOnLines } from "../../src/layouts/list/runon.js";
import { closeSpacedLabel, colonAfterLabel, isNameBelow, parseLabelLine } from "../../src/layouts/list/labels.js";
import { groupHeadingStyles } from "../../src/layouts/list.js";
import { parseText } from "../../src/parse.js";
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
  it("gives the heading's fields to the tasks that do not write them, the section without the labels", async () => {
    const r = await parseText(text.join("\n"));
    expect(rows(r).map((x) => [x.seq, x.section, x.lead, x.units, x.review])).toEqual([
      [1, ["（一）稳定工业增长"], ["市工信局"], ["各县区政府"], []],
      [2, ["（一）稳定工业增长"], ["市统计局"], ["各县区政府"], []],
      [3, ["（二）扩大有效投资"], ["市发改委"], ["市重点项目中心"], []],
    ]);
  });
  it("flags the last task when its only units are the heading's and the text ends there", async () => {
    const r = await parseText([...text, "4.争取专项债券资金"].join("\n"));
    expect(rows(r).at(-1)).toMatchObject({ seq: 4, lead: ["市发改委"], review: ["TEXT_CUT"] });
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
      [1, ["一、稳定经济增长"], ["市发展改革委"], [], ["市统计局"], ["副市长张明"], true],
      [2, ["一、稳定经济增长"], [], ["市财政局"], [], ["副市长张明"], true],
    ]);
  });
});
