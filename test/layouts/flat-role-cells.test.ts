// A 责任分工 (division-of-work) column in text copied out of a PDF (`pdftotext -raw`, pdfjs): each row's cell prints
// role labels, wrapped by the cell's width (`牵头：区商务局；配` | `合：区财政局、区市场监` | `管局`). The flat
// header keeps the column, the task ends where the labels begin, the cell's lines are one text whose labels give
// the fields. Each rule with a counter-example.
import { describe, expect, it } from "vitest";
import { findFlatHeader } from "../../src/layouts/flat/header.js";
import { cutNameTail, roleCell, withoutScoreAfterTime } from "../../src/layouts/flat/anatomy.js";
import { colonAfterLabel, opensWithRoleLabel } from "../../src/layouts/list/labels.js";
import { leadingTimeCell } from "../../src/layouts/flat/tasklines.js";
import { unitEnding } from "../../src/names/classify.js";
import { toEntities } from "../../src/layouts/flat/columns.js";
import { runningHeads } from "../../src/layouts/flat/pagetail.js";
import { parseText } from "../../src/parse.js";
import { FLAT_DEFAULTS } from "../../src/layouts/flat/settings.js";
import type { SourceLine } from "../../src/model/intermediate.js";

const lines = (texts: string[]): SourceLine[] => texts.map((text, i) => ({ text, line: i + 1 }));
const fl = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1, afterBreak: false }));

describe("a division-of-work column in a flat header", () => {
  it("is the table's units column when no other column names units", () => {
    const h = findFlatHeader(lines(["附件", "序号 工作目标 责任分工 责任领导 完成时限", "1", "任务。"]));
    expect(h?.headers).toEqual(["序号", "工作目标", "责任分工", "责任领导", "完成时限"]);
    expect(h?.columns).toEqual(["seq", "task", "units", "leaders", "other"]);
  });

  it("printed one word per line, its last line two other words (`责任领导 完成时限`): those are the next columns, not under it", () => {
    const h = findFlatHeader(lines(["序号", "", "工作目标", "", "责任分工", "", "责任领导 完成时限", "", "1", "任务。"]));
    expect(h?.headers).toEqual(["序号", "工作目标", "责任分工", "责任领导", "完成时限"]);
    expect(h?.columns).toEqual(["seq", "task", "units", "leaders", "other"]);
  });

  it("counter-example: a 责任分工 spanning a lower row of unit columns gives its place to them", () => {
    const h = findFlatHeader(lines(["序号 具体任务 责任分工 分管领导", "牵头单位 责任单位", "1", "任务。"]));
    expect(h?.headers).toEqual(["序号", "具体任务", "牵头单位", "责任单位", "分管领导"]);
  });

  it("counter-example: beside a 责任单位 column it names no units of its own", () => {
    const h = findFlatHeader(lines(["序号 工作目标 责任单位 责任分工 责任领导", "1", "任务。"]));
    expect(h?.columns.filter((c) => c === "units")).toEqual(["units"]);
    expect(h?.headers[h.columns.indexOf("units")]).toBe("责任单位");
  });
});

describe("a role-label cell's lines", () => {
  it("opens with a label: `牵头：`, `配合单位：`", () => {
    expect(opensWithRoleLabel("牵头：区商务局；配")).toBe(true);
    expect(opensWithRoleLabel("配合单位：区财政局")).toBe(true);
  });

  it("counter-example: a task that starts with the verb, a label further in, a label fenjie does not read", () => {
    expect(opensWithRoleLabel("牵头抓好全区稳增长工作")).toBe(false);
    expect(opensWithRoleLabel("完成时限：6月底前")).toBe(false);
    expect(opensWithRoleLabel("全区新增就业8000人，牵头：区人社局")).toBe(false);
  });

  it("joins wrapped lines while the last name is unfinished, and the next label with `；`", () => {
    expect(roleCell(fl(["牵头：区商务局；配", "合：区财政局、区市场监", "管局", "周海东"]), 0, FLAT_DEFAULTS, false)).toEqual({ text: "牵头：区商务局；配合：区财政局、区市场监管局", used: 3 });
    expect(roleCell(fl(["牵头：区商务局", "配合：各镇街道", "全年"]), 0, FLAT_DEFAULTS, true)).toEqual({ text: "牵头：区商务局；配合：各镇街道", used: 2 });
    expect(roleCell(fl(["责任：区工信局（区委", "军民融合办）", "9月底前"]), 0, FLAT_DEFAULTS, true)).toEqual({ text: "责任：区工信局（区委军民融合办）", used: 2 });
  });

  it("counter-example: a whole last name stops the cell (the person or the next row after it is not the cell's)", () => {
    expect(roleCell(fl(["牵头：区商务局", "周海东"]), 0, FLAT_DEFAULTS, false)).toEqual({ text: "牵头：区商务局", used: 1 });
    expect(roleCell(fl(["牵头：区商务局；配合：区财政局", "新增规模以上企业"]), 0, FLAT_DEFAULTS, false)).toEqual({ text: "牵头：区商务局；配合：区财政局", used: 1 });
  });

  it("a label cell printed on three pages is no running head; a title printed so is", () => {
    const texts: string[] = [];
    for (let p = 0; p < 3; p++) texts.push(`第${p}页开头`, "某某区重点任务分解表", `${p + 1}`, `任务${p}。`, "牵头：区商务局；配", `合：区财政局${p}`);
    const heads = runningHeads(lines(texts));
    expect(heads.has("某某区重点任务分解表")).toBe(true);
    expect([...heads].some((h) => h.startsWith("牵头"))).toBe(false);
  });
});

// A raw dump of an invented three-page table: a 责任分工 column, a 责任领导 column, a 完成时限 column; a section
// heading naming its 分管领导; the same lead printed on several rows; a task carried over a page break after the
// header printed again; an unfinished task line right before its label cell.
const DUMP = [
  "某某镇人民政府关于分解落实 2024 年政府工作报告重点任务的通知",
  "各村（社区），镇直各单位：",
  "一、各牵头单位要细化工作措施；配合单位要主动对接。",
  "二、各牵头单位每季度末报送进展情况。",
  "某某镇人民政府",
  "2024 年 3 月 1 日",
  "附件",
  "2024 年政府工作报告重点任务分解表",
  "序号 工作目标 责任分工 责任领导 完成时限",
  "一、壮大产业经济（分管领导：韩立群）",
  "1",
  "全年引进亿元以上项目 12 个，实际到位",
  "资金 30 亿元",
  "牵头：招商办；配",
  "合：经济发展办、财政",
  "所",
  "钱文斌",
  "12 月底前",
  "2",
  "新增规模以上工业企业 8 家，培育营收超",
  "十亿元企业 1 家",
  "牵头：招商办；配",
  "合：经济发展办",
  "钱文斌",
  "全年",
  "3 推进农业园区提档升级，建成高标准农田",
  "2 万亩；新建冷链仓储设施 3 处，打造",
  "牵头：农业服务中心",
  "配合：自然资源所、财政",
  "所",
  "9 月底前",
  "序号 工作目标 责任分工 责任领导 完成时限",
  "区域农产品集散中心",
  "4",
  "商贸服务业营业收入增长 10%，建成镇区",
  "商业综合体",
  "牵头：招商办；配",
  "合：规划建设办",
  "孙晓梅",
  "12 月底前",
  "二、提升城镇品质（分管领导：陆志刚）",
  "5",
  "完成老旧小区改造 6 个，新增停车位 500 个",
  "责任：规划建设办、镇",
  "城投公司",
  "孙晓梅",
  "11 月底前",
].join("\n");

describe("a raw dump with a division-of-work column, end to end", () => {
  it("reads each row's labels into its fields and keeps every task whole", async () => {
    const r = await parseText(DUMP);
    expect(r.tasks.map((t) => [t.seq, t.section, t.task, t.leadUnits, t.units, t.coUnits, t.leaders, t.supervisors])).toEqual([
      [1, ["一、壮大产业经济（分管领导：韩立群）"], "全年引进亿元以上项目 12 个，实际到位资金 30 亿元", ["招商办"], [], ["经济发展办", "财政所"], ["钱文斌"], ["韩立群"]],
      [2, ["一、壮大产业经济（分管领导：韩立群）"], "新增规模以上工业企业 8 家，培育营收超十亿元企业 1 家", ["招商办"], [], ["经济发展办"], ["钱文斌"], ["韩立群"]],
      [3, ["一、壮大产业经济（分管领导：韩立群）"], "推进农业园区提档升级，建成高标准农田 2 万亩；新建冷链仓储设施 3 处，打造区域农产品集散中心", ["农业服务中心"], [], ["自然资源所", "财政所"], [], ["韩立群"]],
      [4, ["一、壮大产业经济（分管领导：韩立群）"], "商贸服务业营业收入增长 10%，建成镇区商业综合体", ["招商办"], [], ["规划建设办"], ["孙晓梅"], ["韩立群"]],
      [5, ["二、提升城镇品质（分管领导：陆志刚）"], "完成老旧小区改造 6 个，新增停车位 500 个", [], ["规划建设办", "镇城投公司"], [], ["孙晓梅"], ["陆志刚"]],
    ]);
    expect(r.tables[0]!.layout).toBe("flat");
  });

  it("counter-example: the cover letter's numbered instructions that mention 牵头单位 are not read as tasks", async () => {
    const r = await parseText(DUMP);
    expect(r.tasks.some((t) => t.task.includes("细化工作措施") || t.task.includes("报送进展"))).toBe(false);
  });
});

// A province's table printed narrow (holdout class): header words wrapped in their cells (`序` | `号`, `完成时` | `限`),
// a header row that reads like a label and its names (`牵头单位 配合单位`), the 完成时限 column before the units.
describe("a header wrapped in narrow cells, the time column before the units", () => {
  it("finds a header whose first word is wrapped (`序` | `号`)", () => {
    const h = findFlatHeader(lines(["附件", "序", "号", "重点工作", "完成时", "限", "牵头单位 配合单位", "分管副省", "长", "1", "任务。"]));
    expect(h?.headers).toEqual(["序号", "重点工作", "完成时限", "牵头单位", "配合单位", "分管副省长"]);
  });

  it("counter-example: a line of one character that starts no header word opens none", () => {
    expect(findFlatHeader(lines(["附", "件", "一、总体要求", "各单位要高度重视。"]))).toBeNull();
  });

  it("a header row of label words is no label line; a label and its names still are", () => {
    expect(colonAfterLabel("牵头单位 配合单位")).toBe("牵头单位 配合单位");
    expect(colonAfterLabel("牵头单位 县市场监管局")).toBe("牵头单位：县市场监管局");
  });

  it("reads the names after a time cell that opens the line", () => {
    expect(leadingTimeCell("全年 省应急厅 省直有关部门")).toBe("省应急厅 省直有关部门");
    expect(leadingTimeCell("9 月底前 省财政厅")).toBe("省财政厅");
    expect(leadingTimeCell("2024 年 12 月 省财政厅")).toBe("省财政厅");
  });

  it("counter-example: a time followed by task words, or a time alone, opens no names", () => {
    expect(leadingTimeCell("全年 推进")).toBeNull();
    expect(leadingTimeCell("全年持续推进")).toBeNull();
    expect(leadingTimeCell("12 月底前")).toBeNull();
    // a wrapped task's end that reads as a deadline (`压缩至 60` | `个工作日以内 黎晓燕 县行政审批服务局`)
    expect(leadingTimeCell("个工作日以内 黎晓燕 县行政审批服务局")).toBeNull();
  });

  it("end to end: the names after the time are kept (they were dropped with it)", async () => {
    const dump = [
      "附件",
      "2024 年重点工作责任分工",
      "序",
      "号",
      "重点工作",
      "完成时",
      "限",
      "牵头单位 配合单位",
      "分管副省",
      "长",
      "一、着力扩大有效需求",
      "1",
      "全省固定资产投资增长 6%以上，其中制造业",
      "投资增长 10%以上",
      "12 月底",
      "前",
      "省发展改革委",
      "省统计局",
      "陈立文",
      "2 开展安全生产专项整治行动，生产安全事",
      "故死亡人数下降 10%",
      "全年 省应急厅 省直有关部门",
      "陈立文",
      "3 推进节水型社会建设，万元地区生产总值用",
      "水量下降 3%",
      "9 月底前 省水利厅",
      "省住房城乡建设厅",
      "陈立文",
    ].join("\n");
    const r = await parseText(dump);
    expect(r.tables[0]!.layout).toBe("flat");
    expect(r.tasks.map((t) => [t.seq, [...t.leadUnits, ...t.coUnits], t.supervisors])).toEqual([
      [1, ["省发展改革委", "省统计局"], ["陈立文"]],
      [2, ["省应急厅", "省直有关部门"], ["陈立文"]],
      [3, ["省水利厅", "省住房城乡建设厅"], ["陈立文"]],
    ]);
  });
});

describe("a name cut after a common word that ends in an organisation's character", () => {
  it("`省人力资源社会` | `保障厅` is one name: `社会` ends no organisation", () => {
    expect(unitEnding("省人力资源社会")).toBeNull();
    const toks = ["省委人才办", "省人力资源社会", "保障厅", "省教育厅"].map((text, i) => ({ text, line: i + 1, col: 0, para: 0 }));
    expect(toEntities(toks).entities.map((e) => e.name)).toEqual(["省委人才办", "省人力资源社会保障厅", "省教育厅"]);
  });

  it("counter-example: an organisation's ending after it still ends the name (`…社会保障局`, `…学会`)", () => {
    expect(unitEnding("区人力资源和社会保障局")?.strength).toBe("strong");
    expect(unitEnding("市社会科学界联合会")?.strength).toBe("strong");
    const toks = ["县人力资源和社会保障局", "县教育局"].map((text, i) => ({ text, line: i + 1, col: 0, para: 0 }));
    expect(toEntities(toks).entities.map((e) => e.name)).toEqual(["县人力资源和社会保障局", "县教育局"]);
  });
});

describe("a score column after the time column (`完成时限 | 考核分值`)", () => {
  it("drops the score printed after a time cell", () => {
    expect(withoutScoreAfterTime("全年 5")).toBe("全年");
    expect(withoutScoreAfterTime("孔令坤 12 月底 4")).toBe("孔令坤 12 月底");
    expect(withoutScoreAfterTime("2024 年 12 月 3")).toBe("2024 年 12 月");
    expect(withoutScoreAfterTime("持续推进 3")).toBe("持续推进");
  });

  it("counter-example: a task's own number, after task words that open like a time, is kept", () => {
    expect(withoutScoreAfterTime("全年实施县级重点项目 120")).toBe("全年实施县级重点项目 120");
    expect(withoutScoreAfterTime("全年新增 120")).toBe("全年新增 120");
    expect(withoutScoreAfterTime("完成年度投资 560")).toBe("完成年度投资 560");
    expect(withoutScoreAfterTime("工作 推进 3")).toBe("工作 推进 3");
  });

  it("end to end: the names before the time and score are the row's, the task ends before them", async () => {
    const dump = [
      "附件",
      "序号 重点任务 责任单位 责任人",
      "分管",
      "市领导",
      "完成",
      "时限",
      "考核",
      "分值",
      "1",
      "地区生产总值增长 7%左右，一般公共预算",
      "收入增长 6%",
      "市发改委、市财政局",
      "周立群",
      "钟明远",
      "全年 5",
      "2",
      "社会消费品零售总额增长 9%，新增限额以",
      "上商贸企业 120 家",
      "市商务局、市市场监管局",
      "林晓东 钟明远 12 月底 4",
    ].join("\n");
    const r = await parseText(dump);
    // (which person column each name is in, two rows cannot tell: that split is flagged elsewhere; the people are the row's)
    expect(r.tasks.map((t) => [t.seq, t.task, t.units, [...t.leaders, ...t.supervisors]])).toEqual([
      [1, "地区生产总值增长 7%左右，一般公共预算收入增长 6%", ["市发改委", "市财政局"], ["周立群", "钟明远"]],
      [2, "社会消费品零售总额增长 9%，新增限额以上商贸企业 120 家", ["市商务局", "市市场监管局"], ["林晓东", "钟明远"]],
    ]);
    expect(r.tasks.flatMap((t) => [...t.units, ...t.leaders, ...t.supervisors]).some((n) => /\d/.test(n))).toBe(false);
  });
});

describe("a unit cell before the task, its name cut by the cell's width", () => {
  it("joins the cut last character that opens the task's line or stands alone", () => {
    expect(cutNameTail("区农业农村", "局粮食播种面积稳定在32万亩")).toBe("局");
    expect(cutNameTail("区交通运输", "局")).toBe("局");
    expect(cutNameTail("县行政审批服务", "局")).toBe("局");
  });

  it("counter-example: a whole name, or a task opening with a word that starts with such a character", () => {
    expect(cutNameTail("区发改局", "局面持续向好")).toBeNull();
    expect(cutNameTail("区农业农村", "部署开展春耕生产")).toBeNull();
    expect(cutNameTail("区农业农村", "会同各镇推进高标准农田建设")).toBeNull();
    expect(cutNameTail("区统计局", "办好民生实事")).toBeNull();
  });
});

describe("a unit column before the task, merged: the row prints no cell before its task", () => {
  const dump = (first: string) =>
    [
      "附件",
      "序号 牵头单位 重点任务 配合单位",
      "一、经济发展",
      "1",
      first,
      "区统计局",
      "2 区发改局 固定资产投资增长10%，实施区级重点项目150个",
      "区自然资源局",
      "3 区财政局 一般公共预算收入增长6%，税收占比保持在75%以上",
      "区税务局",
      "4 区商务局 社会消费品零售总额增长10%",
      "区市场监管局",
    ].join("\n");

  it("flags the row whose before-task column was filled from a name printed after the task", async () => {
    const r = await parseText(dump("地区生产总值增长7.5%"));
    const row1 = r.tasks.find((t) => t.seq === 1)!;
    expect(row1.review.map((x) => x.code)).toContain("FLAT_NO_CELL_BEFORE_TASK");
    expect(r.tasks.filter((t) => t.review.some((x) => x.code === "FLAT_NO_CELL_BEFORE_TASK")).map((t) => t.seq)).toEqual([1]);
  });

  it("counter-example: a row that prints its cell before the task is not flagged", async () => {
    const r = await parseText(dump("区发改局 地区生产总值增长7.5%"));
    expect(r.tasks.find((t) => t.seq === 1)!.leadUnits).toEqual(["区发改局"]);
    expect(r.tasks.some((t) => t.review.some((x) => x.code === "FLAT_NO_CELL_BEFORE_TASK"))).toBe(false);
  });
});

describe("a 责任人 | 分管领导 cut placed by the table's habit alone", () => {
  const table = (second: string) =>
    [
      "2024年重点任务分解表", "序号", "重点任务", "责任单位", "责任人", "分管市领导", "完成时限",
      "1", "地区生产总值增长7%左右。", "市发改委（牵头）、市", "财政局", "鲁家明", "费宁", "全年",
      "2", "外贸进出口增长5%。", "市商务局（牵头）、市", "外事办", "严昊 12 月底",
      "3", "规上工业增加值增长8%。", "市工信局（牵头）、市", "统计局", "卜志安", "葛立", "全年",
      "4", "引进产业链项目40个。", "市工信局（牵头）、市", "投促中心", "卜志安", second, "12 月底",
      "5", "高新技术企业达到420家。", "市科技局（牵头）、市", "财政局", "乔川 11 月底",
    ].join("\n");
  it("is flagged when the name after the cut is a 分管市领导 in no other row (it may be a second 责任人)", async () => {
    const r = await parseText(table("桑雨"));
    const t = r.tasks.find((x) => x.seq === 4)!;
    expect([t.leaders, t.supervisors, t.review.map((x) => x.code)]).toEqual([["卜志安"], ["桑雨"], ["FLAT_PERSON_COUNT_ONLY"]]);
  });
  it("counter-example: a name seen as 分管市领导 in another row is not", async () => {
    const r = await parseText(table("葛立"));
    expect(r.tasks.find((x) => x.seq === 4)!.review.map((x) => x.code)).not.toContain("FLAT_PERSON_COUNT_ONLY");
  });
});
