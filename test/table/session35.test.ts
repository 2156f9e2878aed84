/**
 * Session 35: general rules found by the held-out sets h21a (LibreOffice `-raw` text of narrow tables) and h22.
 * Names and tasks are invented.
 */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { parse, parseText } from "../../src/index.js";
import { commaListAsNames } from "../../src/layouts/flat/fragments.js";
import { inNamesRun } from "../../src/layouts/flat/tasklines.js";

const rows = async (text: string) => {
  const out = await parseText(text);
  const doubted = new Set(out.diagnostics.filter((d) => d.level !== "info" && d.seq !== undefined).map((d) => d.seq));
  return out.tasks.map((t) => ({ seq: t.seq, task: t.task, leadUnits: t.leadUnits, units: t.units, coUnits: t.coUnits, supervisors: t.supervisors, flagged: t.review.length > 0 || doubted.has(t.seq) }));
};

const NARROW = [
    "青禾区人民政府关于印发青禾区 2026 年《政府工作报告》目标任务分解表的通知",
    "附件",
    "青禾区 2026 年《政府工作报告》目标任务分解表",
    "序号 目标任务 主办单位 协办单位",
    "分管区领导",
    "1",
    "地区生产总值增长 6%左右。",
    "区发展和改革",
    "局、区统计局",
    "青禾经济开发区管",
    "委会，区税务局",
    "林一凡",
    "2",
    "规模以上工业增加值增长 7%以",
    "上。",
    "区工业和信息",
    "化局",
    "区重大项目推进服",
    "务中心，区商务",
    "局，区统计局，区",
    "行政审批服务局等",
    "3 固定资产投资增长 5%左右。",
    "区发展和改革",
    "局",
    "区商务局，区行政",
    "审批服务局",
    "4",
    "社会消费品零售总额增长 6.5%左",
    "右。",
    "区商务局",
    "区工业和信息化",
    "局，区重大项目推",
    "进服务中心，区人",
    "力资源和社会保障",
    "局，青禾经济开发",
    "区管委会等",
    "5",
    "一般公共预算收入同口径增长 5",
    "%。",
    "区财政局",
    "区重大项目推进服",
    "务中心，区税务",
    "局，区工业和信息",
    "化局",
    "周子墨",
  ].join("\n");

describe("a narrow unit cell whose comma list wraps mid-name on every line (`-raw` text)", () => {
  it("a line cut at both ends, each piece completing a unit with the lines either side, reads as names (`commaListAsNames`)", () => {
    expect(commaListAsNames("务中心，区商务", "局，区统计局，区", "区重大项目推进服")).toBe("务中心、区商务");
    // counter-examples: the line above's piece opens with no level (`推进…`), or the pieces are prose
    // the first piece's completion alone is enough, the last left open (`区商务` | `区统计局`)
    expect(commaListAsNames("务中心，区商务", "区统计局", "区重大项目推进服")).toBe("务中心、区商务");
    expect(commaListAsNames("务中心，区商务", "局", "推进区重大项目推进服")).toBe("务中心，区商务");
    expect(commaListAsNames("务中心，加快", "推进", "加快建设政务服")).toBe("务中心，加快");
  });
  it("a run of lines that reads as one list of whole names holds no task line (`inNamesRun`)", () => {
    const cell = ["区工业和信息化", "局，区重大项目推", "进服务中心，区人", "力资源和社会保障", "局，青禾经济开发", "区管委会等"];
    for (let k = 0; k < cell.length; k++) expect(inNamesRun(cell, k)).toBe(true);
    // counter-examples: a task's wrapped lines (pieces that are no names), a line with sentence marks or digits
    const task = ["加快推进城乡融合发展，完善", "县域商业体系，建设区域物流", "中心，提升服务能力"];
    for (let k = 0; k < task.length; k++) expect(inNamesRun(task, k)).toBe(false);
    expect(inNamesRun(["区商务局，区统计局", "增长 5%。"], 1)).toBe(false);
    expect(inNamesRun(["区商务局"], 0)).toBe(false);
    // a task naming bodies with a unit's ending: its clause opens with a verb
    expect(inNamesRun(["支持县人民医院，县中医院", "创建二级甲等医院"], 0)).toBe(false);
    // digits are no name's: a task line holding a figure and a body
    expect(inNamesRun(["县人民医院，3 家乡镇卫生", "院"], 0)).toBe(false);
  });
  it("end to end: each row keeps its co-units whole, and the next row its own task", async () => {
    const got = await rows(NARROW);
    expect(got.map((r) => [r.seq, r.task, r.leadUnits, r.coUnits])).toEqual([
      [1, "地区生产总值增长 6%左右。", ["区发展和改革局", "区统计局"], ["青禾经济开发区管委会", "区税务局"]],
      [2, "规模以上工业增加值增长 7%以上。", ["区工业和信息化局"], ["区重大项目推进服务中心", "区商务局", "区统计局", "区行政审批服务局"]],
      [3, "固定资产投资增长 5%左右。", ["区发展和改革局"], ["区商务局", "区行政审批服务局"]],
      [4, "社会消费品零售总额增长 6.5%左右。", ["区商务局"], ["区工业和信息化局", "区重大项目推进服务中心", "区人力资源和社会保障局", "青禾经济开发区管委会"]],
      [5, "一般公共预算收入同口径增长 5%。", ["区财政局"], ["区重大项目推进服务中心", "区税务局", "区工业和信息化局"]],
    ]);
  });
});

const ONE_RUN = [
    "青溪县人民政府关于印发 2026 年县《政府工作报告》重点任务分工的通知",
    "附件",
    "青溪县 2026 年《政府工作报告》重点任务分工表",
    "序号 工作任务 联系领导 牵头单位 责任单位 完成时限",
    "1",
    "培育壮大特色农业，新建高标准农田 2 万亩。",
    "林一凡",
    "县农业农村局",
    "县水利局，县财政局",
    "全年",
    "2",
    "培育新型农业经营主体，新增家庭农场 40 家。",
    "县商务局，县水利",
    "局，县财政局",
    "全年",
    "3",
    "推进农村供水提质工程，新建集中供水站 3 座。",
    "周子墨",
    "县自然资源和规划",
    "局",
    "持续推进",
    "4",
    "实施农村道路提升工程，新改建乡村道路 60 公里。",
    "县商务局，县交通",
    "运输局",
    "全年",
    "5",
    "加快建设保障性租赁住房 500 套。",
    "周子墨",
    "县住房和城乡建设局",
    "县税务局，县发展和改革局",
    "全年",
  ].join("\n");

describe("one run of units in a table whose lead column is merged over rows (`doubtOneRunUnderMergedFirst`)", () => {
  it("a row laying its one run in the lead column, in a table that shows the lead column merged, is flagged", async () => {
    const got = await rows(ONE_RUN);
    const r3 = got.find((r) => r.seq === 3)!;
    expect([r3.leadUnits, r3.units, r3.flagged]).toEqual([["县自然资源和规划局"], [], true]);
    // rows printing both cells stay vouched for
    expect(got.filter((r) => r.seq === 1 || r.seq === 5).map((r) => r.flagged)).toEqual([false, false]);
  });
  it("counter-example: a table that shows no merged lead column leaves a one-run row as printed", async () => {
    // the rows filled from above now print their own lead cell
    const text = ONE_RUN.replace("新增家庭农场 40 家。\n", "新增家庭农场 40 家。\n县农业农村局\n")
      .replace("60 公里。\n", "60 公里。\n县农业农村局\n")
      .replace("县自然资源和规划\n局\n", "县自然资源和规划局\n");
    const got = await rows(text);
    const r3 = got.find((r) => r.seq === 3)!;
    expect([r3.leadUnits, r3.units, r3.flagged]).toEqual([["县自然资源和规划局"], [], false]);
  });
});

const BEFORE = [
  "青溪县人民政府办公室关于印发2026年县《政府工作报告》目标任务责任分解的通知",
  "",
  "一、主要预期目标",
  "",
  "责任领导：林一凡",
  "牵头单位：县发改委",
  "配合单位：县统计局、各乡镇",
  "1.全县地区生产总值增长6%左右。",
  "",
  "责任领导：林一凡",
  "牵头单位：县财政局",
  "配合单位：县税务局",
  "2.一般公共预算收入增长5%。",
  "备注：以县统计局反馈数据为准。",
  "",
  "责任领导：周子墨",
  "牵头单位：县工信局",
  "3.规模以上工业增加值增长8%。",
  "",
  "二、重点工作任务",
  "",
  "责任领导：孙可为",
  "牵头单位：县住建局",
  "配合单位：县城管局",
  "4.改造老旧小区30个。",
  "",
  "责任领导：孙可为",
  "牵头单位：县交通运输局",
  "5.新改建农村公路50公里。",
].join("\n");

describe("label lines printed above their task (`labelsBeforeTasks`)", () => {
  // the counter-examples' heading and tasks
  const [H1, T1, T2, T3] = ["一、主要预期目标", "1.全县地区生产总值增长6%左右。", "2.一般公共预算收入增长5%。", "3.规模以上工业增加值增长8%。"];
  it("every run's heading names someone, every task but the last too, the last no one: the labels move down one task", async () => {
    const got = (await parseText(BEFORE)).tasks.map((t) => [t.seq, t.task, t.leaders, t.leadUnits, t.coUnits]);
    expect(got).toEqual([
      [1, "全县地区生产总值增长6%左右。", ["林一凡"], ["县发改委"], ["县统计局", "各乡镇"]],
      [2, "一般公共预算收入增长5%。", ["林一凡"], ["县财政局"], ["县税务局"]],
      [3, "规模以上工业增加值增长8%。", ["周子墨"], ["县工信局"], []],
      [4, "改造老旧小区30个。", ["孙可为"], ["县住建局"], ["县城管局"]],
      [5, "新改建农村公路50公里。", ["孙可为"], ["县交通运输局"], []],
    ]);
  });
  it("counter-example: labels after their tasks (the last task has its own) stay where they are", async () => {
    const after = [
      H1,
      T1,
      "牵头单位：县发改委",
      T2,
      "牵头单位：县财政局",
      T3,
      "牵头单位：县工信局",
      "二、重点工作任务",
      "4.改造老旧小区30个。",
      "牵头单位：县住建局",
    ].join("\n");
    const got = (await parseText(after)).tasks.map((t) => [t.seq, t.leadUnits]);
    expect(got).toEqual([[1, ["县发改委"]], [2, ["县财政局"]], [3, ["县工信局"]], [4, ["县住建局"]]]);
  });
  it("counter-example: a heading's labels over tasks that name no one (a section's responsibility) move nothing", async () => {
    const section = [
      H1,
      "牵头单位：县发改委",
      T1,
      T2,
      T3,
      "牵头单位：县工信局",
      "二、重点工作任务",
      "牵头单位：县住建局",
      "4.改造老旧小区30个。",
    ].join("\n");
    const got = (await parseText(section)).tasks.map((t) => [t.seq, t.leadUnits]);
    expect(got).toEqual([[1, ["县发改委"]], [2, ["县发改委"]], [3, ["县工信局"]], [4, ["县住建局"]]]);
  });
  it("counter-example: a heading's labels and every task's own, the last task's too, move nothing", async () => {
    const own = [
      H1,
      "牵头单位：县发改委",
      T1,
      "配合单位：县统计局",
      T2,
      "配合单位：县税务局",
      T3,
      "配合单位：县工信局",
    ].join("\n");
    const got = (await parseText(own)).tasks.map((t) => [t.seq, t.leadUnits, t.coUnits]);
    expect(got).toEqual([[1, ["县发改委"], ["县统计局"]], [2, ["县发改委"], ["县税务局"]], [3, ["县发改委"], ["县工信局"]]]);
  });
  it("counter-example: labels after their tasks, the last task without any, under a heading naming no one, move nothing", async () => {
    const lastBare = [
      H1,
      T1,
      "牵头单位：县发改委",
      T2,
      "牵头单位：县财政局",
      T3,
    ].join("\n");
    const got = (await parseText(lastBare)).tasks.map((t) => [t.seq, t.leadUnits]);
    expect(got).toEqual([[1, ["县发改委"]], [2, ["县财政局"]], [3, []]]);
  });
  it("the move is said once, in Chinese, for the clerk", async () => {
    const notes = (await parseText(BEFORE)).diagnostics.filter((d) => d.code === "LIST_LABELS_BEFORE_TASK");
    expect(notes.map((d) => d.level)).toEqual(["info"]);
  });
  it("a `备注：` line under a task is a remark, not the task's text", async () => {
    const t2 = (await parseText(BEFORE)).tasks.find((t) => t.seq === 2)!;
    expect(t2.task).toBe("一般公共预算收入增长5%。");
  });
});

describe("a heading's labels over tasks that name no one of their own (`groupHeadingStyles`)", () => {
  it("a labelled short heading with tasks under it is a heading when another heading of its style has labelled tasks under it", async () => {
    const text = [
      "二、重点任务",
      "（一）壮大实体经济",
      "牵头单位：区经信局",
      "1）实施制造业“育苗壮干”行动，新增规上工业企业20家。",
      "2）推进高新区“二次创业”，完成低效工业用地再开发800亩。",
      "（二）激活消费市场",
      "3）改造提升两条特色商业街，培育夜间经济集聚区2个。",
      "　　责任单位：区商务局、区文旅局",
      "4）组织开展消费季活动，全年发放消费券2000万元。",
      "　　牵头单位：区商务局",
    ].join("\n");
    const got = (await parseText(text)).tasks.map((t) => [t.seq, t.section, t.leadUnits, t.units]);
    expect(got).toEqual([
      [1, ["二、重点任务", "（一）壮大实体经济"], ["区经信局"], []],
      [2, ["二、重点任务", "（一）壮大实体经济"], ["区经信局"], []],
      [3, ["二、重点任务", "（二）激活消费市场"], [], ["区商务局", "区文旅局"]],
      [4, ["二、重点任务", "（二）激活消费市场"], ["区商务局"], []],
    ]);
  });
});

describe("a row merged across the whole table is a heading, marked or not (`isMergedHeaderCell`)", () => {
  it("an unmarked heading spanning the table whose words name a field (`主要预期目标`, `重点工作任务`) is a section", async () => {
    const html = [
      "<html><body><p>青禾县2026年《政府工作报告》目标任务责任分解表</p>",
      '<table border="1">',
      "<tr><th>序号</th><th>目标任务</th><th>牵头单位</th><th>责任单位</th><th>牵头县领导</th></tr>",
      '<tr><td colspan="5"><b>主要预期目标</b></td></tr>',
      "<tr><td>1</td><td>地区生产总值增长6%左右。</td><td>县发展和改革局</td><td>县统计局</td><td>林一凡</td></tr>",
      "<tr><td>2</td><td>一般公共预算收入增长5%。</td><td>县财政局</td><td>县税务局</td><td>林一凡</td></tr>",
      '<tr><td colspan="5"><b>重点工作任务</b></td></tr>',
      "<tr><td>3</td><td>新增城市公共停车泊位500个。</td><td>县城市管理局</td><td>县公安局</td><td>周子墨</td></tr>",
      "</table></body></html>",
    ].join("\n");
    const got = (await parseText(html)).tasks.map((t) => [t.seq, t.section, t.task, t.leadUnits, t.units, t.leaders]);
    expect(got).toEqual([
      [1, ["主要预期目标"], "地区生产总值增长6%左右。", ["县发展和改革局"], ["县统计局"], ["林一凡"]],
      [2, ["主要预期目标"], "一般公共预算收入增长5%。", ["县财政局"], ["县税务局"], ["林一凡"]],
      [3, ["重点工作任务"], "新增城市公共停车泊位500个。", ["县城市管理局"], ["县公安局"], ["周子墨"]],
    ]);
  });
  it("counter-example: a header cell merged over some of the columns still names each of them", async () => {
    const { isMergedHeaderCell } = await import("../../src/table/headers.js");
    expect(isMergedHeaderCell("责任单位", 2, 5, "序号")).toBe(true);
    expect(isMergedHeaderCell("主要预期目标", 5, 5)).toBe(false);
  });
});

describe("labels named once in a bracket with their values after it, both parted by slashes (`slashLabelGroup`)", () => {
  it("each value takes the label of its place; `—` names no one", async () => {
    const { slashLabelGroup } = await import("../../src/layouts/list/labels.js");
    expect(slashLabelGroup("【分管县领导/牵头单位/配合单位】林一凡/县发展改革委/县统计局、各乡镇")).toBe("分管县领导：林一凡；牵头单位：县发展改革委；配合单位：县统计局、各乡镇");
    expect(slashLabelGroup("【分管县领导/牵头单位/配合单位】林一凡/县财政局/—")).toBe("分管县领导：林一凡；牵头单位：县财政局；配合单位：");
    // counter-examples: a count that disagrees, a bracket of words that are no labels, one label
    expect(slashLabelGroup("【分管县领导/牵头单位/配合单位】林一凡/县财政局")).toBe("【分管县领导/牵头单位/配合单位】林一凡/县财政局");
    expect(slashLabelGroup("【工业/农业】增长6%/增长3%")).toBe("【工业/农业】增长6%/增长3%");
    expect(slashLabelGroup("【牵头单位】县财政局/县税务局")).toBe("【牵头单位】县财政局/县税务局");
  });
  it("end to end: a list whose tasks are followed by such a line", async () => {
    const text = [
      "一、主要预期目标",
      "⑴全县地区生产总值增长6%左右。",
      "【分管县领导/牵头单位/配合单位】林一凡/县发展改革委/县统计局、各乡镇人民政府",
      "⑵一般公共预算收入增长4%。",
      "【分管县领导/牵头单位/配合单位】周子墨/县财政局/—",
      "⑶外贸进出口总额增长3%。",
      "【分管县领导/牵头单位/配合单位】孙可为/县商务局/县海关办事处",
    ].join("\n");
    const got = (await parseText(text)).tasks.map((t) => [t.seq, t.task, t.supervisors, t.leadUnits, t.coUnits]);
    expect(got).toEqual([
      [1, "全县地区生产总值增长6%左右。", ["林一凡"], ["县发展改革委"], ["县统计局", "各乡镇人民政府"]],
      [2, "一般公共预算收入增长4%。", ["周子墨"], ["县财政局"], []],
      [3, "外贸进出口总额增长3%。", ["孙可为"], ["县商务局"], ["县海关办事处"]],
    ]);
  });
});

describe("leaders of every level the lexicon knows (`旗`, `盟`, `州`) in label and header words", () => {
  it("责任旗领导 / 牵头盟领导 are leaders, 包联旗领导 / 旗领导 supervisors", async () => {
    const { mapHeader } = await import("../../src/table/headers.js");
    expect(["责任旗领导", "牵头盟领导", "责任州领导", "包联旗领导", "旗领导"].map(mapHeader)).toEqual(["leaders", "leaders", "leaders", "supervisors", "supervisors"]);
    // counter-examples: words with those characters that name no level's leader
    expect(["旗下企业", "旗帜"].map(mapHeader)).toEqual(["other", "other"]);
  });
  it("end to end: a `责任旗领导：` label line", async () => {
    const text = ["一、主要预期目标", "第一项　全旗地区生产总值增长7%左右。", "责任旗领导：林一凡", "牵头单位：旗发改委", "第二项　一般公共预算收入增长5%。", "责任旗领导：周子墨", "牵头单位：旗财政局"].join("\n");
    const got = (await parseText(text)).tasks.map((t) => [t.seq, t.task, t.leaders, t.leadUnits]);
    expect(got).toEqual([
      [1, "全旗地区生产总值增长7%左右。", ["林一凡"], ["旗发改委"]],
      [2, "一般公共预算收入增长5%。", ["周子墨"], ["旗财政局"]],
    ]);
  });
});

describe("a person the surname lexicon does not know", () => {
  it("a name with its office in brackets after it is a person (`classify`)", async () => {
    const { classify } = await import("../../src/names/classify.js");
    expect(["苑一凡（局长）", "门可为（县委常委、副县长）"].map(classify)).toEqual(["person", "person"]);
    // counter-examples: the bare name stays unknown; a unit's cut opening with its level, a verb with a role note
    expect(["苑一凡", "区财政（局长）", "推进（牵头）"].map(classify)).toEqual(["fragment", "fragment", "fragment"]);
  });
  it("a cell of one person per line, each with an office, keeps every person apart", async () => {
    const text = ["序号\t重点任务\t责任单位\t责任人", '1\t完成营造林2000亩。\t"县林业局\n县自然资源局\n县财政局"\t"林一凡（局长）\n苑可为（局长）\n周子墨（局长）"'].join("\n");
    const got = (await parseText(text)).tasks.map((t) => [t.seq, t.units, t.leaders]);
    expect(got).toEqual([[1, ["县林业局", "县自然资源局", "县财政局"], ["林一凡（局长）", "苑可为（局长）", "周子墨（局长）"]]]);
  });
  it("under a people label, two or three Han characters are a name (`colonAfterLabel`)", async () => {
    const { colonAfterLabel } = await import("../../src/layouts/list/labels.js");
    expect(colonAfterLabel("责任领导\t苑一凡")).toBe("责任领导：苑一凡");
    // counter-examples: under a unit label the same characters are no unit; a people label before prose
    expect(colonAfterLabel("责任单位\t苑一凡")).toBe("责任单位\t苑一凡");
    expect(colonAfterLabel("责任领导\t推进落实")).toBe("责任领导\t推进落实");
    // a header row's next words: no names
    expect(colonAfterLabel("责任领导 备注")).toBe("责任领导 备注");
    expect(colonAfterLabel("责任领导 序号")).toBe("责任领导 序号");
  });
});

describe("role clauses with 由 opening the task, and co-units' verbs with the work after them", () => {
  it("`由X牵头，Y、Z配合，<task>`: the clause is peeled off the front (`peelYouClause`)", async () => {
    const { peelYouClause } = await import("../../src/layouts/list/labels.js");
    const got = peelYouClause("由县商务局牵头，县市场监管局、各乡镇配合，建设乡村旅游驿站，新建游客服务点6个。");
    expect([got?.task, got?.found.cells.leadUnits, got?.found.cells.coUnits]).toEqual(["建设乡村旅游驿站，新建游客服务点6个。", ["县商务局"], ["县市场监管局、各乡镇"]]);
    // counter-examples: 由 opening prose that names no unit, a task with no clause at all
    expect(peelYouClause("由企业自主实施，完成技术改造项目20个。")).toBeNull();
    expect(peelYouClause("由点到面推进改革，全面完成年度任务。")).toBeNull();
  });
  it("`…。由X牵头，Y、Z协同推进。`: 协同推进 names co-units when names stand before it", async () => {
    const text = ["一、乡村振兴", "1.完成农村改厕5000户。由县农业农村局牵头，县卫健局、各乡镇协同推进。", "2.新建农村公路40公里。由县交通运输局负责。", "3.推动长三角区域协同推进。由县发改局负责。"].join("\n");
    const got = (await parseText(text)).tasks.map((t) => [t.seq, t.task, t.leadUnits, t.units, t.coUnits]);
    expect(got).toEqual([
      [1, "完成农村改厕5000户。", ["县农业农村局"], [], ["县卫健局", "各乡镇"]],
      [2, "新建农村公路40公里。", [], ["县交通运输局"], []],
      // counter-example: 协同推进 after prose is the task's own words
      [3, "推动长三角区域协同推进。", [], ["县发改局"], []],
    ]);
  });
  it("a note saying what the brackets hold is a remark, no heading", async () => {
    const text = ["青禾县2026年政府工作报告重点任务分解", "（括号内为责任单位）", "1.地区生产总值增长6%。（县发改局）", "2.一般公共预算收入增长5%。（县财政局）", "3.新增城镇就业3000人。（县人社局）"].join("\n");
    const got = (await parseText(text)).tasks.map((t) => [t.seq, t.section, t.units]);
    expect(got).toEqual([[1, [], ["县发改局"]], [2, [], ["县财政局"]], [3, [], ["县人社局"]]]);
    // counter-example: a bracketed heading stays a heading
    const headed = (await parseText(["青禾县2026年政府工作报告重点任务分解", "（一）稳定经济增长", "1.地区生产总值增长6%。（县发改局）", "2.一般公共预算收入增长5%。（县财政局）"].join("\n"))).tasks.map((t) => t.section);
    expect(headed).toEqual([["（一）稳定经济增长"], ["（一）稳定经济增长"]]);
  });
});

describe("a workbook with one sheet per section, each sheet named as a heading (`blocksToGrid`)", () => {
  const book = async (names: string[]): Promise<Uint8Array> => {
    const wb = new ExcelJS.Workbook();
    const rows = [
      [[1, "地区生产总值增长6%。", "县发改局"], [2, "一般公共预算收入增长5%。", "县财政局"]],
      [[3, "新增标准厂房20万平方米。", "县工信局"], [4, "新建农村公路40公里。", "县交通运输局"]],
    ];
    names.forEach((n, k) => wb.addWorksheet(n).addRows([["序号", "目标任务", "牵头单位"], ...rows[k]!]));
    return new Uint8Array(await wb.xlsx.writeBuffer());
  };
  it("the sheet's name heads its rows", async () => {
    const got = (await parse(await book(["一、主要预期目标", "二、扩大有效投资"]), { fileName: "t.xlsx" })).tasks.map((t) => [t.seq, t.section, t.leadUnits]);
    expect(got).toEqual([
      [1, ["一、主要预期目标"], ["县发改局"]],
      [2, ["一、主要预期目标"], ["县财政局"]],
      [3, ["二、扩大有效投资"], ["县工信局"]],
      [4, ["二、扩大有效投资"], ["县交通运输局"]],
    ]);
  });
  it("counter-example: sheets named otherwise (`Sheet1`, `经济发展`) head nothing", async () => {
    const got = (await parse(await book(["Sheet1", "经济发展"]), { fileName: "t.xlsx" })).tasks.map((t) => t.section);
    expect(got).toEqual([[], [], [], []]);
  });
});

describe("a two-column label table per task copied as text (`责任单位⇥X、Y、县直有关单位`)", () => {
  it("a label and a list of names ending in a unit word is a label line, not a header row", async () => {
    const text = [
      "一、做强工业",
      "（1）推动开发区扩区调位，新增标准厂房10万平方米。",
      "牵头单位\t县发展和改革局",
      "责任领导\t林一凡",
      "（2）推动规上工业企业数字化改造全覆盖。",
      "责任单位\t县工业和信息化局、县数据资源管理局、县直有关单位",
      "责任领导\t周子墨",
      "（3）新增高新技术企业20家。",
      "牵头单位\t县科学技术局",
      "配合单位\t县统计局",
      "责任领导\t孙可为",
    ].join("\n");
    const got = (await parseText(text)).tasks.map((t) => [t.seq, t.leadUnits, t.units, t.coUnits, t.leaders]);
    expect(got).toEqual([
      [1, ["县发展和改革局"], [], [], ["林一凡"]],
      [2, [], ["县工业和信息化局", "县数据资源管理局", "县直有关单位"], [], ["周子墨"]],
      [3, ["县科学技术局"], [], ["县统计局"], ["孙可为"]],
    ]);
  });
  it("counter-example: a header row of two label words is a table's line", async () => {
    const text = ["附件", "2026年重点任务分解表", "序号\t重点任务\t牵头单位\t配合单位", "1\t新增高新技术企业20家。\t县科学技术局\t县统计局", "2\t新建农村公路40公里。\t县交通运输局\t各乡镇"].join("\n");
    const got = (await parseText(text)).tasks.map((t) => [t.seq, t.leadUnits, t.coUnits]);
    expect(got).toEqual([[1, ["县科学技术局"], ["县统计局"]], [2, ["县交通运输局"], ["各乡镇"]]]);
  });
});
