// Classes of the ninth real-like set (fixtures/real-like/n9-*, issue 15 §1 and §3): one `describe` per rule, each
// with a counter-example that looks alike and must not be read the same way.
import { describe, expect, it } from "vitest";
import { isBareTime, leaderBlockName, parseRoles, peelRoleSentence, peelTimeBracket, readCutRoles } from "../../src/layouts/list/roles.js";
import { parseText } from "../../src/parse.js";
import type { Result } from "../../src/model/schema.js";

const rows = (r: Result) =>
  r.tasks.map((t) => ({ seq: t.seq, section: t.section, task: t.task, lead: t.leadUnits, units: t.units, co: t.coUnits, leaders: t.leaders, sup: t.supervisors, review: t.review.map((x) => x.code) }));

const fields = (r: ReturnType<typeof peelRoleSentence>) =>
  r && { task: r.task, cells: Object.fromEntries(Object.entries(r.found.cells).map(([f, v]) => [f, v!.join("|")])) };

describe("a closing sentence or clause of role verbs without 由, bracket or label", () => {
  it("peels `。X牵头，Y、Z配合。`, `，X负责。`, `X为责任单位`, `X会同Y推进，Z落实`, `X主办，Y协办`", () => {
    expect(fields(peelRoleSentence("培育省级专精特新企业5家。县工信局牵头，县科技局、县财政局配合。"))).toEqual({
      task: "培育省级专精特新企业5家。",
      cells: { leadUnits: "县工信局", coUnits: "县科技局、县财政局" },
    });
    expect(fields(peelRoleSentence("全年争取地方政府专项债券80亿元以上，市财政局负责。"))).toEqual({ task: "全年争取地方政府专项债券80亿元以上", cells: { units: "市财政局" } });
    expect(fields(peelRoleSentence("新建城市书房20个。市文广旅局为责任单位。"))).toEqual({ task: "新建城市书房20个。", cells: { units: "市文广旅局" } });
    expect(fields(peelRoleSentence("完成城镇老旧小区改造150个。市住建局会同市财政局推进，各区县政府落实。"))).toEqual({
      task: "完成城镇老旧小区改造150个。",
      cells: { units: "市住建局|各区县政府", coUnits: "市财政局" },
    });
    expect(fields(peelRoleSentence("新增有效灌溉面积1.2万亩。县水利局主办，县财政局协办。"))).toEqual({ task: "新增有效灌溉面积1.2万亩。", cells: { leadUnits: "县水利局", coUnits: "县财政局" } });
  });
  it("a time after the role clauses is their deadline; a time before them stays the task's", () => {
    expect(fields(peelRoleSentence("新建标准化厂房8万平方米。县经开区管委会牵头，县住建局配合，2024年底前完成。"))).toEqual({
      task: "新建标准化厂房8万平方米。",
      cells: { leadUnits: "县经开区管委会", coUnits: "县住建局" },
    });
    expect(fields(peelRoleSentence("新建托育机构10家，2024年底前完成，县卫健局负责。"))).toEqual({ task: "新建托育机构10家，2024年底前完成", cells: { units: "县卫健局" } });
    // a time alone is no responsibility
    expect(peelRoleSentence("新建托育机构10家，2024年底前完成。")).toBeNull();
  });
  it("drops the task reference opening the role sentence (`此项工作X牵头`, `该项任务X负责`)", () => {
    expect(fields(peelRoleSentence("盘活存量资产30亿元。该项任务市国资委负责。"))).toEqual({ task: "盘活存量资产30亿元。", cells: { units: ["市国资委"].join("|") } });
    expect(fields(peelRoleSentence("增长5%。此项工作市财政局牵头，市税务局配合。"))).toEqual({ task: "增长5%。", cells: { leadUnits: "市财政局", coUnits: "市税务局" } });
  });
  it("counter-example: a task reference before prose stays prose", () => {
    expect(peelRoleSentence("建设智慧社区。此项工作要全面负责。")).toBeNull();
  });
  it("counter-example: prose before a verb ends the run — the sentence stays the task's", () => {
    expect(peelRoleSentence("加快城乡统筹，推动城乡融合发展。")).toBeNull();
    expect(peelRoleSentence("所需资金由县财政负责保障，企业自主负责。")).toBeNull();
    expect(peelRoleSentence("建立联席会议制度，各成员单位要全面负责。")).toBeNull();
    expect(peelRoleSentence("年内持续推进，分阶段推进。")).toBeNull();
    // a verb clause alone is no task: nothing before it
    expect(peelRoleSentence("县发改局负责。")).toBeNull();
  });
  it("推进 gives a role only after `X会同Y`", () => {
    expect(parseRoles("市住建局会同市财政局推进")?.cells).toEqual({ units: ["市住建局"], coUnits: ["市财政局"] });
  });
  it("counter-example: names then 推进 alone (a 完成时限 cell `全年持续`/`推进` wrapped under a table's names) is no role", () => {
    expect(parseRoles("吴小纲 区商务局 推进")).toBeNull();
    expect(parseRoles("各街道办事处推进")).toBeNull();
    expect(peelRoleSentence("新增企业100家，区商务局推进。")).toBeNull();
  });
  it("a 、 between two role clauses splits them; a 、 between names stays", () => {
    expect(parseRoles("区工信局牵头、区住建局配合")?.cells).toEqual({ leadUnits: ["区工信局"], coUnits: ["区住建局"] });
    expect(parseRoles("县财政局、县人社局配合")?.cells).toEqual({ coUnits: ["县财政局、县人社局"] });
  });
  it("reads a list whose tasks close with role sentences (refused before)", async () => {
    const r = await parseText(
      ["桐岭县2021年政府工作报告目标任务分解", "一、做强县域经济", "1.规模以上工业增加值增长8%。县工信局牵头，县统计局配合。", "2.实现旅游综合收入45亿元。县文旅局牵头，各乡镇人民政府配合。", "3.改造提升农村供水工程12处。县水利局负责。"].join("\n"),
    );
    expect(rows(r).map((x) => [x.seq, x.task, x.lead, x.units, x.co, x.review])).toEqual([
      [1, "规模以上工业增加值增长8%。", ["县工信局"], [], ["县统计局"], []],
      [2, "实现旅游综合收入45亿元。", ["县文旅局"], [], ["各乡镇人民政府"], []],
      [3, "改造提升农村供水工程12处。", [], ["县水利局"], [], []],
    ]);
  });
});

describe("a time bracket before the responsibility", () => {
  it("a bracket holding a date, a month-end or a persisting manner is a time", () => {
    for (const t of ["2026年6月底前", "2013年9月底前完成", "年内完成", "持续推进", "2025年底前", "三季度末"]) expect(isBareTime(t)).toBe(true);
  });
  it("counter-example: a year alone, an edition, a span or a share stay the task's remark", () => {
    for (const t of ["2018年", "2018年版", "2018—2020年", "其中2024年完成60%", "含续建项目", "全年不少于200场"]) expect(isBareTime(t)).toBe(false);
    expect(peelTimeBracket("全面实行市场准入负面清单制度（2018年版）。")).toBeNull();
  });
  it("drops it before a role bracket or a role sentence, keeps the 。", async () => {
    expect(peelTimeBracket("新开工重大产业项目50个（2023年12月底前）。")).toEqual({ task: "新开工重大产业项目50个。", deadline: "2023年12月底前" });
    const r = await parseText(
      ["2026年重点任务责任清单", "1.建成市域5G基站1200个（2026年6月底前）（责任单位：市工信局）", "2.完成中心城区雨污分流改造（2026年10月底前）（市住建局牵头，市城管局配合）", "3.新增停车泊位500个（2018年版规划）（市公安局负责）"].join("\n"),
    );
    expect(rows(r).map((x) => [x.task, x.lead, x.units, x.co])).toEqual([
      ["建成市域5G基站1200个", [], ["市工信局"], []],
      ["完成中心城区雨污分流改造", ["市住建局"], [], ["市城管局"]],
      ["新增停车泊位500个（2018年版规划）", [], ["市公安局"], []],
    ]);
  });
});

describe("a leader's block line (`张立新副市长：`) over tasks", () => {
  it("names the leader of a line of name + leader title + colon", () => {
    expect(leaderBlockName("张立新副市长：")).toBe("张立新");
    expect(leaderBlockName("　　周建国常务副区长:")).toBe("周建国");
    expect(leaderBlockName("李春华副县长：")).toBe("李春华");
  });
  it("reads the title first too (`常务副市长 何建明：`), giving the name", () => {
    expect(leaderBlockName("常务副市长 何建明：")).toBe("何建明");
    expect(leaderBlockName("副县长王芳:")).toBe("王芳");
    expect(leaderBlockName("张立新副市长（分管工业、商务）：")).toBe("张立新");
  });
  it("counter-example: a bracket that is no portfolio (`（2人）`, `（牵头）`) is no block line", () => {
    expect(leaderBlockName("张立新副市长（2人）：")).toBeNull();
    expect(leaderBlockName("张立新副市长（牵头）：")).toBeNull();
  });
  it("counter-example: a title alone, a name without a title, more text after the colon, a surname + title", () => {
    expect(leaderBlockName("副市长：")).toBeNull();
    expect(leaderBlockName("张立新同志：")).toBeNull();
    expect(leaderBlockName("张立新副市长：负责工业、商务工作。")).toBeNull();
    expect(leaderBlockName("李副市长：")).toBeNull();
    expect(leaderBlockName("牵头单位：")).toBeNull();
  });
  it("gives the tasks under it that leader as supervisor, up to the next block line or numbered heading", async () => {
    const r = await parseText(
      [
        "2024年区政府重点工作任务清单",
        "一、经济发展",
        "周建国常务副区长：",
        "1.全年完成区级财政收入42亿元。（责任单位：区财政局）",
        "罗敏副区长：",
        "2.新培育国家高新技术企业30家。（责任单位：区科技局）",
        "3.新建研发平台5个。（责任单位：区科技局；分管领导：郑凯）",
        "二、城市建设",
        "4.新增城市绿道25公里。（责任单位：区城管局）",
      ].join("\n"),
    );
    expect(rows(r).map((x) => [x.seq, x.section, x.units, x.sup])).toEqual([
      [1, ["一、经济发展"], ["区财政局"], ["周建国"]],
      [2, ["一、经济发展"], ["区科技局"], ["罗敏"]],
      [3, ["一、经济发展"], ["区科技局"], ["郑凯"]],
      [4, ["二、城市建设"], ["区城管局"], []],
    ]);
  });
  it("counter-example: a 领导分工 notice of block lines over duties is still refused", async () => {
    await expect(
      parseText(
        ["关于调整区政府领导工作分工的通知", "王建平区长：", "1.领导区政府全面工作。", "2.负责审计工作，分管区审计局。", "李晓峰常务副区长：", "1.负责发展改革、财政工作，分管区发改局、区财政局。", "2.联系区税务局。"].join("\n"),
      ),
    ).rejects.toThrow();
  });
});

describe("a role-verb bracket cut by the excerpt", () => {
  it("reads the clauses before the cut", () => {
    expect(readCutRoles("区委政法委牵头，区公安分局、区民")?.cells).toEqual({ leadUnits: ["区委政法委"] });
  });
  it("counter-example: a remark or a time cut open is no responsibility", () => {
    expect(readCutRoles("含续建项目，其中新开工")).toBeNull();
    expect(readCutRoles("2025年底前完成，力争")).toBeNull();
    expect(readCutRoles("区委政法委牵头")).toBeNull();
  });
});
