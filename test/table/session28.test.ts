// Session 28: rules found on development sets, each with a counter-example (text that looks alike and must not be
// read so).
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";
import { wrappedNamesLine } from "../../src/layouts/flat/tasklines.js";
import { commaListAsNames, cutHeadOf, peelInlineTail } from "../../src/layouts/flat/fragments.js";
import { fullLineRest } from "../../src/layouts/flat/anatomy.js";
import { printedWidth } from "../../src/layouts/flat/taskwidth.js";
import { cellsAsEnumerations, joinRoleWraps, toEntities, type Entity } from "../../src/layouts/flat/columns.js";
import { strayFirstUnit } from "../../src/validate/corroborate.js";
import { task } from "../helpers/tasks.js";
import { readLabelOrder } from "../../src/layouts/flat/labelorder.js";
import { readHeadings } from "../../src/layouts/flat/anatomy.js";
import { FLAT_DEFAULTS } from "../../src/layouts/flat/settings.js";
import type { Task } from "../../src/model/schema.js";

const rows = async (text: string) =>
  (await parseText(text)).tasks.map((t) => ({ seq: t.seq, section: t.section, task: t.task, leaders: t.leaders, leadUnits: t.leadUnits, units: t.units, coUnits: t.coUnits, review: t.review.map((r) => r.code) }));

describe("a unit cell wrapped over lines of its own in `-raw` text (`wrappedNamesLine`)", () => {
  it("a list of names whose first piece completes the line above's last name is no task line", () => {
    expect(wrappedNamesLine("周立群 县商务局 县文旅局、县财政局、县城管", "局、县公安局、各乡镇人民政府", "3 实施企业梯度培育工程，新增规模以上工业企业")).toBe(true);
    expect(wrappedNamesLine("陈明远 县发改局 县财政局、县住建局、市自然资源和规划局城南", "分局、市生态环境局城南分局、县城投集团、县", "投资促进中心、各乡镇人民政府")).toBe(true);
    // its last piece completed by the line below's first
    expect(wrappedNamesLine("办）", "县财政局、县住建局、市自然资源和规划局城南", "分局、市生态环境局城南分局")).toBe(true);
  });
  it("counter-examples: a task's line that breaks inside a list of words, pieces that complete no unit", () => {
    // `商` + `业` is no unit, and the pieces after are no names
    expect(wrappedNamesLine("推进工业、商", "业、服务业融合发展。", "")).toBe(false);
    // a cut piece whose completion is no unit (`推进乡村振` + `兴`)
    expect(wrappedNamesLine("推进乡村振", "兴、县农业农村局、县财政局", "")).toBe(false);
    // a task listing facilities: its last piece is no name
    expect(wrappedNamesLine("建设污水处理", "厂、垃圾中转站、公共厕所等设施", "")).toBe(false);
    // a task naming its doers: a clause mark
    expect(wrappedNamesLine("督促县城管", "局、县公安局、各乡镇完成改造任务。", "")).toBe(false);
    expect(wrappedNamesLine("县城管", "局、县公安局，各乡镇", "")).toBe(false);
  });
  it("end to end: the rows keep their own first lines, the wrapped co-units and the section headings", async () => {
    const text = [
    "附件",
    "2026年县政府工作报告重点任务分工方案",
    "序号 任务内容 牵头领导 牵头单位 协办单位",
    "一、扩大有效投资，稳住经济大盘",
    "1 全县地区生产总值增长6%，一般公共预算收入增长",
    "5%，社会消费品零售总额增长6.5%。",
    "陈明远 县发改局 县财政局、县商务局、县统计局、县税务局",
    "2 开展促消费系列活动，发放餐饮、家电等消费券",
    "800万元，打造滨河夜间消费街区。",
    "周立群 县商务局 县文旅局、县财政局、县市场监管局、县城管",
    "局、县公安局、各乡镇人民政府",
    "3 实施企业梯度培育工程，新增规模以上工业企业",
    "20家、限额以上商贸企业30家。",
    "周立群 县工信局、县商务局 县市场监管局、县统计局、县税务局、县财政",
    "局、县金融服务中心、各乡镇人民政府",
    "二、抓好项目建设，增强发展后劲",
    "4 全年实施县重点项目90个，完成投资150亿元以上，其中",
    "新开工项目40个。",
    "陈明远 县发改局 县财政局、县住建局、市自然资源和规划局城南",
    "分局、市生态环境局城南分局、县城投集团、县",
    "投资促进中心、各乡镇人民政府",
    "5 推进智能装备产业园建设，年内新增标准厂房20万平方",
    "米。",
    "陈明远 县工信局 县发改局、县住建局、县城投集团"
    ].join("\n");
    const W = { units: [] as string[], review: [] as string[] };
    expect(await rows(text)).toEqual([
      { seq: 1, section: ["一、扩大有效投资，稳住经济大盘"], task: "全县地区生产总值增长6%，一般公共预算收入增长5%，社会消费品零售总额增长6.5%。", leaders: ["陈明远"], leadUnits: ["县发改局"], coUnits: ["县财政局", "县商务局", "县统计局", "县税务局"], ...W },
      { seq: 2, section: ["一、扩大有效投资，稳住经济大盘"], task: "开展促消费系列活动，发放餐饮、家电等消费券800万元，打造滨河夜间消费街区。", leaders: ["周立群"], leadUnits: ["县商务局"], coUnits: ["县文旅局", "县财政局", "县市场监管局", "县城管局", "县公安局", "各乡镇人民政府"], ...W },
      { seq: 3, section: ["一、扩大有效投资，稳住经济大盘"], task: "实施企业梯度培育工程，新增规模以上工业企业20家、限额以上商贸企业30家。", leaders: ["周立群"], leadUnits: ["县工信局", "县商务局"], coUnits: ["县市场监管局", "县统计局", "县税务局", "县财政局", "县金融服务中心", "各乡镇人民政府"], ...W },
      { seq: 4, section: ["二、抓好项目建设，增强发展后劲"], task: "全年实施县重点项目90个，完成投资150亿元以上，其中新开工项目40个。", leaders: ["陈明远"], leadUnits: ["县发改局"], coUnits: ["县财政局", "县住建局", "市自然资源和规划局城南分局", "市生态环境局城南分局", "县城投集团", "县投资促进中心", "各乡镇人民政府"], ...W },
      { seq: 5, section: ["二、抓好项目建设，增强发展后劲"], task: "推进智能装备产业园建设，年内新增标准厂房20万平方米。", leaders: ["陈明远"], leadUnits: ["县工信局"], coUnits: ["县发改局", "县住建局", "县城投集团"], ...W },
    ]);
  });
});

describe("a unit's name cut after the task's last words, its rest on the next line (`cutHeadOf`)", () => {
  it("the head completed by the next line's bare tail into a unit is the row's name", () => {
    expect(cutHeadOf("县发展和改革", "局")).toBe(true);
    expect(cutHeadOf("县市场监督管理", "局、县财政局")).toBe(true);
    expect(peelInlineTail("售总额增长 6%。 县发展和改革", undefined, false, "局")).toEqual({ task: "售总额增长 6%。", tail: ["县发展和改革"] });
  });
  it("counter-examples: a whole name or no unit when joined, a rest that is a name by itself, task words", () => {
    // a whole unit is read as one without the next line
    expect(cutHeadOf("县财政局", "局")).toBe(false);
    // the next line opens with a whole name: nothing was cut
    expect(cutHeadOf("县发展和改革", "县财政局")).toBe(false);
    // the two make no unit
    expect(cutHeadOf("全面推进", "乡村振兴")).toBe(false);
    // without the next line, the piece stays in the task
    expect(peelInlineTail("售总额增长 6%。 县发展和改革", undefined, false, "")).toEqual({ task: "售总额增长 6%。 县发展和改革", tail: [] });
    // a task going on after a space: no sentence ended before the piece
    expect(peelInlineTail("推进 县城污水处理", undefined, false, "厂提标改造。").tail).toEqual([]);
  });
  it("the rest of a task line that filled its cell, then the cut name (`fullLineRest`)", () => {
    const full = "上工业增加值增长 7%，社会消费品零";
    const cell = { width: printedWidth(full), cellNames: new Set<string>() };
    expect(fullLineRest(full, "售总额增长 6%。 县发展和改革", cell, undefined, "局")).toEqual({ task: "售总额增长 6%。", names: "县发展和改革", time: null });
    // (without the next line's tail, the piece is the task's)
    expect(fullLineRest(full, "售总额增长 6%。 县发展和改革", cell, undefined, "")?.names).toBe("");
  });
  it("end to end: `-raw` text of a merged 牵头单位 cell whose name wraps after the task's last line", async () => {
    const text = [
      "附件",
      "2026年《政府工作报告》目标任务责任分解表",
      "序",
      "号",
      "重点任务 牵头单位 责任单位",
      "责任领",
      "导",
      "一、坚持项目为王，推动经济量质齐升",
      "1",
      "地区生产总值增长 6%左右，规模以",
      "上工业增加值增长 7%，社会消费品零",
      "售总额增长 6%。 县发展和改革",
      "局",
      "县统计局、县工业",
      "和信息化局",
      "陈明远",
      "2",
      "一般公共预算收入增长 5%，税收占",
      "比保持在 70%以上。",
      "县财政局",
      "县税务局、各乡镇",
      "人民政府",
      "陈明远",
    ].join("\n");
    const got = (await rows(text)).map((r) => [r.seq, r.task, r.leadUnits, r.units]);
    expect(got).toEqual([
      [1, "地区生产总值增长 6%左右，规模以上工业增加值增长 7%，社会消费品零售总额增长 6%。", ["县发展和改革局"], ["县统计局", "县工业和信息化局"]],
      [2, "一般公共预算收入增长 5%，税收占比保持在 70%以上。", ["县财政局"], ["县税务局", "各乡镇人民政府"]],
    ]);
  });
});

describe("unit cells written as one run each, one row printing its first cell on two lines (`cellsAsEnumerations`)", () => {
  const FIELDS = ["leadUnits", "units"] as const;
  const printed = (...lines: string[]): Entity[] => toEntities(lines.map((text, i) => ({ text, line: i + 1, col: 0 }))).entities;
  const listing = [
    printed("县发展和改革局", "县统计局、各乡镇人民政府"),
    printed("县财政局", "县税务局、县人民银行"),
    printed("县商务局", "县财政局、县市场监督管理", "局、县文化旅游体育局"),
    printed("县农业农村局", "县林业局、县财政局、各乡镇人民政府"),
    printed("县交通运输局", "县自然资源局、各乡镇人民政府"),
    printed("县应急管理局", "县直各有关单位、各乡镇人民政府"),
    printed("县公安局", "县委政法委员会、县司法局"),
    printed("县住房和城乡建设局", "县城市管理局、县自然资源局"),
  ];
  it("a table listing its cells so keeps the style when one row falls into a run more (two lead units on lines of their own)", () => {
    expect(cellsAsEnumerations([...listing, printed("县教育局", "县卫生健康局", "县发展和改革局、县财政局")], [...FIELDS])).toBe(true);
  });
  it("counter-example: rows that print one unit per line, more than one in eight of the listing rows, have no such style", () => {
    const perLine = printed("县教育局", "县卫生健康局", "县发展和改革局、县财政局");
    expect(cellsAsEnumerations([...listing.slice(0, 7), perLine, perLine], [...FIELDS])).toBe(false);
  });
});

describe("a row's first unit half as long again as any other unit of its table (`strayFirstUnit`)", () => {
  const others = ["区发改委", "区财政局", "区商务委", "区工信委", "区建委", "区农委", "区民政局", "城东经济区管委会"];
  const rows = (first: string): Task[] => others.map((u, k) => task(k + 1, { leadUnits: [], units: [k === 3 ? first : u], coUnits: ["各街道"] }));
  it("task words read into the name stand out", () => {
    const r = rows("区属企业完成股份制改造区国资委");
    expect(strayFirstUnit(r[3]!, r)).toBe(true);
  });
  it("counter-examples: a name as long as the table's others, or one another row names too", () => {
    const r = rows("区市容园林委");
    expect(strayFirstUnit(r[3]!, r)).toBe(false);
    const twice = [...rows("区属企业完成股份制改造区国资委"), task(9, { leadUnits: [], units: ["区属企业完成股份制改造区国资委"] })];
    expect(strayFirstUnit(twice[3]!, twice)).toBe(false);
  });
});

/**
 * An invented notice whose 责任单位 cell prints role labels, dumped by `pdftotext` in reading order: the task
 * cell centred (a row's number and label lines amid its task's lines), labels wrapped (`…县直各有` | `关单位`), the
 * rest of one after a space at the end of a task line, the 完成时限 column printed after the table.
 */
const LABEL_ORDER_DUMP = [
  "附件",
  "序号",
  "一、主要预期目标",
  "2026年《政府工作报告》目标任务责任分解",
  "目标任务",
  "责任单位",
  "牵头单位：县发展和改革局",
  "1 地区生产总值增长6%左右。",
  "配合单位：县统计局、县直各有",
  "关单位",
  "牵头单位：县财政局",
  "2 一般公共预算收入增长5%，税收占比达到70%以上。 配合单位：县税务局、县直各有",
  "关单位",
  "牵头单位：县发展和改革局",
  "单位GDP能耗降低完成省定目标，重点污染物减排",
  "3 量达到年度要求",
  "配合单位：市生态环境局城南分",
  "局、县工业和信息化局",
  "二、坚持工业强县，推动产业转型升级",
  "规模以上工业增加值增长9%，新增规模以上工业企业 牵头单位：县工业和信息化局",
  "配合单位：城南工业园区管委",
  "4 18家，工业技改投资增长12%以上，全县规上工业",
  "总产值突破200亿元。 会、县统计局",
  "责任领导：陈 立",
  "牵头单位：县投资促进中心",
  "全年招商引资到位资金60亿元以上，引进亿元以上项",
  "5 目20个",
  "配合单位：城南工业园区管委会、各乡镇人民政府 2026年12",
  "牵头单位：县科学技术局",
  "新认定高新技术企业10家，建设省级研发平台2",
  "6 个。",
  "配合单位：县工业和信息化局",
  "完成时限",
  "月月",
];

describe("role-label cells dumped in reading order, paired with the tasks by order (`readLabelOrder`)", () => {
  const L2 = (texts: readonly string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
  const read = (texts: readonly string[]) => {
    const r = readLabelOrder(L2(texts));
    return r && r.records.map((x) => [x.seq, x.section.join("/"), x.task.join(""), Object.fromEntries(Object.entries(x.cells).map(([k, v]) => [k, v.map((c) => c.text).join("|")]))]);
  };
  it("the k-th label group is the k-th numbered task's; wrapped label values take their rests; every row flagged", () => {
    expect(read(LABEL_ORDER_DUMP)).toEqual([
      [1, "一、主要预期目标", "地区生产总值增长6%左右。", { leadUnits: "县发展和改革局", coUnits: "县统计局、县直各有关单位" }],
      [2, "一、主要预期目标", "一般公共预算收入增长5%，税收占比达到70%以上。", { leadUnits: "县财政局", coUnits: "县税务局、县直各有关单位" }],
      [3, "一、主要预期目标", "单位GDP能耗降低完成省定目标，重点污染物减排量达到年度要求", { leadUnits: "县发展和改革局", coUnits: "市生态环境局城南分局、县工业和信息化局" }],
      [4, "二、坚持工业强县，推动产业转型升级", "规模以上工业增加值增长9%，新增规模以上工业企业18家，工业技改投资增长12%以上，全县规上工业总产值突破200亿元。", { leadUnits: "县工业和信息化局", coUnits: "城南工业园区管委会、县统计局", leaders: "陈 立" }],
      [5, "二、坚持工业强县，推动产业转型升级", "全年招商引资到位资金60亿元以上，引进亿元以上项目20个", { leadUnits: "县投资促进中心", coUnits: "城南工业园区管委会、各乡镇人民政府" }],
      [6, "二、坚持工业强县，推动产业转型升级", "新认定高新技术企业10家，建设省级研发平台2个。", { leadUnits: "县科学技术局", coUnits: "县工业和信息化局" }],
    ]);
    expect(readLabelOrder(L2(LABEL_ORDER_DUMP))!.records.every((r) => r.review?.[0]?.code === "FLAT_LABEL_CELLS_BY_ORDER")).toBe(true);
  });
  it("end to end: parse reads the dump so", async () => {
    const got = (await parseText(LABEL_ORDER_DUMP.join("\n"))).tasks.map((t) => [t.seq, t.leadUnits, t.coUnits, t.leaders]);
    expect(got).toEqual([
      [1, ["县发展和改革局"], ["县统计局", "县直各有关单位"], []],
      [2, ["县财政局"], ["县税务局", "县直各有关单位"], []],
      [3, ["县发展和改革局"], ["市生态环境局城南分局", "县工业和信息化局"], []],
      [4, ["县工业和信息化局"], ["城南工业园区管委会", "县统计局"], ["陈立"]],
      [5, ["县投资促进中心"], ["城南工业园区管委会", "各乡镇人民政府"], []],
      [6, ["县科学技术局"], ["县工业和信息化局"], []],
    ]);
  });
  it("counter-example: rows printed in turn (each number before its labels, `-raw`) are the other readers'", () => {
    const inTurn = ["序号 目标任务 责任单位", "1 地区生产总值增长6%左右。", "牵头单位：县发展和改革局", "配合单位：县统计局", "2 一般公共预算收入增长5%。", "牵头单位：县财政局", "配合单位：县税务局", "3 固定资产投资增长8%。", "牵头单位：县发展和改革局", "配合单位：县统计局"];
    expect(readLabelOrder(L2(inTurn))).toBeNull();
  });
  it("counter-example: as many label groups as tasks or nothing (a group lost: no pairing by order)", () => {
    const lost = LABEL_ORDER_DUMP.filter((t) => t !== "牵头单位：县财政局");
    expect(readLabelOrder(L2(lost))).toBeNull();
  });
  it("counter-example: text laid out in columns (`-layout`) is the aligned reader's", () => {
    const aligned = ["序号      目标任务              责任单位", "       牵头单位：县发展和改革局", "1  地区生产总值增长6%左右。      配合单位：县统计局", "       牵头单位：县财政局", "2  一般公共预算收入增长5%。      配合单位：县税务局", "       牵头单位：县商务局", "3  社会消费品零售总额增长7%。    配合单位：县统计局"];
    expect(readLabelOrder(L2(aligned))).toBeNull();
  });
  it("counter-example: a whole name then a header word or a time piece is no wrapped label value", () => {
    const furniture = LABEL_ORDER_DUMP.slice(0, -2).concat(["责任单位", "月月"]);
    const rows = readLabelOrder(L2(furniture))!.records;
    expect(rows[5]!.cells.coUnits!.map((c) => c.text)).toEqual(["县工业和信息化局"]);
  });
});

describe("role-label cells in reading order with the 序号 column printed as a block of its own (`readLabelOrder`)", () => {
  const L2 = (texts: readonly string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
  /** invented: the numbers before the tasks, a task's first line above its label group, a label cut after `各乡` */
  const BLOCK = [
    "2026 年县《政府工作报告》重点工作责任分工表",
    "序",
    "重点工作",
    "号",
    "一、稳增长促发展，推动经济量质齐升",
    "1",
    "2",
    "3",
    "牵头单位：县发展和改革",
    "全县地区生产总值增长 6%左右，一般",
    "局、县统计局",
    "公共预算收入增长 5%。",
    "配合单位：县财政局、县工",
    "业和信息化局",
    "责任领导：周 明",
    "深入实施制造强县行动，新增规模以上工",
    "牵头单位：县工业和信息化局",
    "业企业 20 家。",
    "配合单位：县民政局、各乡",
    "持续巩固脱贫成果，防止返贫致贫",
    "牵头单位：县农业农村局",
    "镇人民政府",
    "配合单位：县财政局、青禾",
    "街道办事处",
  ];
  it("the numbers go to the tasks in order; a task's first line above its group stays its own; cut values join", () => {
    const r = readLabelOrder(L2(BLOCK))!.records.map((x) => [x.seq, x.task.join(""), Object.fromEntries(Object.entries(x.cells).map(([k, v]) => [k, v.map((c) => c.text).join("|")]))]);
    expect(r).toEqual([
      [1, "全县地区生产总值增长 6%左右，一般公共预算收入增长 5%。", { leadUnits: "县发展和改革局、县统计局", coUnits: "县财政局、县工业和信息化局", leaders: "周 明" }],
      [2, "深入实施制造强县行动，新增规模以上工业企业 20 家。", { leadUnits: "县工业和信息化局", coUnits: "县民政局、各乡镇人民政府" }],
      [3, "持续巩固脱贫成果，防止返贫致贫", { leadUnits: "县农业农村局", coUnits: "县财政局、青禾街道办事处" }],
    ]);
  });
  it("counter-example: numbers each printed on a line of their own before their task (`-raw`) are no block", () => {
    const raw = ["序号 重点工作 责任分工", "1", "全县地区生产总值增长 6%左右。", "牵头单位：县发展和改革局", "2", "新增规模以上工业企业 20 家。", "牵头单位：县工业和信息化局", "3", "确保不发生规模性返贫。", "牵头单位：县农业农村局"];
    expect(readLabelOrder(L2(raw))).toBeNull();
  });
  it("counter-examples: pieces that make no unit with a value's cut end, or open a new unit after a whole one", () => {
    // `各乡` + `贫致贫` has no organisation's ending: the task's words, not the label's rest
    const rows = readLabelOrder(L2(BLOCK))!.records;
    expect(rows[2]!.task.join("")).toContain("返贫致贫");
    // `县财政局` then `县税务局` on the next line: a new name, not the rest of the first
    const apart = BLOCK.slice(0, -2).concat(["配合单位：县财政局", "县税务局"]);
    expect(readLabelOrder(L2(apart))!.records[2]!.cells.coUnits!.map((c) => c.text)).toEqual(["县财政局"]);
  });
});

describe("a heading cut by a 项目 column three characters wide, among a row's names (`readHeadings`, `narrowCellRest`)", () => {
  const heading = (texts: readonly string[]) => readHeadings(texts.map((text, i) => ({ text, line: i + 1, afterBreak: false })), 0, FLAT_DEFAULTS, false, true).groups.map((g) => g.fragments.join(""));
  it("pieces as wide as the first, the last narrower, are the heading's though they read like names (`进乡村`)", () => {
    expect(heading(["三、推", "进乡村", "振兴"])).toEqual(["三、推进乡村振兴"]);
  });
  it("counter-examples: a last piece as wide as the column may go on (left cut, in doubt); a wider first piece ended", () => {
    expect(heading(["四、提", "升城市"])).toEqual(["四、提"]);
    expect(heading(["一、总体", "王伟"])).toEqual(["一、总体"]);
    // a name after the pieces, longer than the column: no piece of the heading
    expect(heading(["三、推", "县农业农村局"])).toEqual(["三、推"]);
  });
});

describe("unit | 责任人 pairs with the 分管领导 cell on a line of its own (`byUnitLines`, `joinRoleWraps`)", () => {
  it("end to end: a unit wrapped over two lines has its person beside its last line; a role wrapped inside its unit's name", async () => {
    const text = [
      "附件",
      "2026年区政府工作报告重点任务责任分解表",
      "序",
      "号 工作任务 责任单位 责任人 分管领导",
      "一、聚力扩大有效需求",
      "1 地区生产总值增长6%左右，固定资产投资增长8%。",
      "区发改局 钟明",
      "齐远航",
      "区统计局 叶岚",
      "2 全年实施区级重点项目80个，完成投资200亿元。",
      "区发改局 钟明",
      "齐远航",
      "区住建局 尤立",
      "3 开展消费季活动30场以上，新增限额以上商贸企业50家。",
      "区商务局 莫庭",
      "许青",
      "区市场监管局 郜雨",
      "二、聚力发展现代产业",
      "4 规模以上工业增加值增长8%，新增规上工业企业30家。",
      "区工信局 陶景川",
      "柯文博",
      "城南经济开发区管",
      "委会 林远舟",
      "区统计局 叶岚",
      "5 提升城区管理水平，新建背街小巷示范街6条。",
      "区城管局 骆川",
      "丁若梅",
      "各街道办事处 各街道办",
      "事处主任"
    ].join("\n");
    const got = (await parseText(text)).tasks.map((t) => [t.seq, t.units, t.leaders, t.supervisors]);
    expect(got).toEqual([
      [1, ["区发改局", "区统计局"], ["钟明", "叶岚"], ["齐远航"]],
      [2, ["区发改局", "区住建局"], ["钟明", "尤立"], ["齐远航"]],
      [3, ["区商务局", "区市场监管局"], ["莫庭", "郜雨"], ["许青"]],
      [4, ["区工信局", "城南经济开发区管委会", "区统计局"], ["陶景川", "林远舟", "叶岚"], ["柯文博"]],
      [5, ["区城管局", "各街道办事处"], ["骆川", "各街道办事处主任"], ["丁若梅"]],
    ]);
  });
  it("joinRoleWraps: the role opens with a unit printed before it of which the cut piece is a head", () => {
    expect(joinRoleWraps(["各街道办事处", "各街道办", "事处主任"])).toEqual(["各街道办事处", "各街道办事处主任"]);
  });
  it("counter-examples: no such unit printed before, or a person after a unit", () => {
    expect(joinRoleWraps(["各街道办", "事处主任"])).toEqual(["各街道办", "事处主任"]);
    expect(joinRoleWraps(["区城管局", "区城管局", "骆川"])).toEqual(["区城管局", "区城管局", "骆川"]);
  });
});

describe("names listed with full-width commas, a name's head at the line's end (`commaListAsNames` with the next line)", () => {
  it("the head the next line's first piece completes into a unit is a name's: the line is a list of names", () => {
    expect(commaListAsNames("区工信局，城南高新区", "管委会，区统计局")).toBe("区工信局、城南高新区");
  });
  it("counter-examples: without the next line, a rest that makes no unit, a rest that is a name, task text", () => {
    expect(commaListAsNames("区工信局，城南高新区")).toBe("区工信局，城南高新区");
    expect(commaListAsNames("区工信局，城南高新区", "建设，区统计局")).toBe("区工信局，城南高新区");
    expect(commaListAsNames("区工信局，城南高新区", "王伟，区统计局")).toBe("区工信局，城南高新区");
    expect(commaListAsNames("推进区工信局，加快高新区", "管委会，区统计局")).toBe("推进区工信局，加快高新区");
  });
});
