// Classes of the seventh real-like set (fixtures/real-like, issue 15 §1 and §3): one `describe` per
// rule, each with a counter-example that looks alike and must not be read the same way.
import { describe, expect, it } from "vitest";
import { mapHeader } from "../../src/table/headers.js";
import { joinPaddedNumbers, labelCellsAfter, withoutLabelBullet } from "../../src/layouts/list/blocks.js";
import { readNumbering, spaceGluedNumbers } from "../../src/layouts/list/numbering.js";
import { splitHuiTong } from "../../src/layouts/list/roles.js";
import { completesName } from "../../src/layouts/list/labels.js";
import { parseText } from "../../src/parse.js";
import type { Result } from "../../src/model/schema.js";

const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
const rows = (r: Result) =>
  r.tasks.map((t) => ({ seq: t.seq, section: t.section, task: t.task, lead: t.leadUnits, units: t.units, co: t.coUnits, leaders: t.leaders, sup: t.supervisors, review: t.review.map((x) => x.code) }));

describe("towns, streets and villages as responsible units (责任乡镇, 责任镇街, 责任村)", () => {
  it("maps 责任乡镇 / 责任镇街 / 责任街道 / 责任村（社区） to units", () => {
    for (const h of ["责任乡镇", "责任镇街", "责任街道", "责任村", "责任村（社区）", "落实乡镇"]) expect(mapHeader(h), h).toBe("units");
  });
  it("counter-example: a column that only locates a place is no unit column", () => {
    for (const h of ["所在乡镇", "项目所在村", "乡镇", "街道"]) expect(mapHeader(h), h).toBe("other");
  });
  it("reads 责任镇街 label lines as units", async () => {
    const r = await parseText(["2024年重点任务分解", "1.新增城市绿地30万平方米。", "牵头部门：区园林绿化局", "责任镇街：东城街道、南湖街道", "2.完成城中村改造3个。", "牵头部门：区住建局", "责任镇街：各镇（街道）"].join("\n"));
    expect(rows(r).map((x) => [x.task, x.lead, x.units])).toEqual([
      ["新增城市绿地30万平方米。", ["区园林绿化局"], ["东城街道", "南湖街道"]],
      ["完成城中村改造3个。", ["区住建局"], ["各镇（街道）"]],
    ]);
  });
});

describe("older and township leader words: 主管领导, 包村领导, 单位主要负责人", () => {
  it("maps 主管领导 / 包村领导 / 联村领导 to supervisors and 单位主要负责人 to leaders", () => {
    for (const h of ["主管领导", "主管县领导", "包村领导", "联村领导"]) expect(mapHeader(h), h).toBe("supervisors");
    expect(mapHeader("单位主要负责人")).toBe("leaders");
  });
  it("counter-example: 主管部门 is a unit column, 具体联系人 and 包村 alone are no leader column", () => {
    expect(mapHeader("主管部门")).toBe("units");
    expect(mapHeader("具体联系人")).toBe("other");
    expect(mapHeader("包村")).toBe("other");
  });
});

describe("a bullet before a label line (● 牵头单位：X)", () => {
  it("drops the bullet of a line that opens with a label", () => {
    expect(withoutLabelBullet("● 牵头单位：区科技局")).toBe("牵头单位：区科技局");
    expect(withoutLabelBullet("▲配合单位：区税务局、区财政局")).toBe("配合单位：区税务局、区财政局");
  });
  it("counter-example: a bulleted task, or a bulleted line whose label is no responsibility, keeps its bullet", () => {
    expect(withoutLabelBullet("● 新建幼儿园6所（牵头单位：县教育局）")).toBe("● 新建幼儿园6所（牵头单位：县教育局）");
    expect(withoutLabelBullet("● 完成时限：6月底前")).toBe("● 完成时限：6月底前");
  });
  it("reads the labels under each task", async () => {
    const r = await parseText(["2024年重点任务分解", "1.新增国家高新技术企业30家。", "● 牵头单位：区科技局", "● 配合单位：区税务局、区财政局", "2.建设省级以上创新平台5个。", "● 牵头单位：区科技局", "● 配合单位：区工信局"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.task, x.lead, x.co])).toEqual([
      [1, "新增国家高新技术企业30家。", ["区科技局"], ["区税务局", "区财政局"]],
      [2, "建设省级以上创新平台5个。", ["区科技局"], ["区工信局"]],
    ]);
  });
});

describe("a task number glued to the number its text opens with (1.2024年, 2.3个, 3.5G)", () => {
  it("reads the marker when its number is the one due and the line starts a paragraph", () => {
    const out = spaceGluedNumbers(lines(["1.2024年地区生产总值增长6%。（牵头单位：区发改局）", "2.3个省级重点项目年内开工。（牵头单位：区发改局）", "3.5G基站新建300个。"]));
    expect(out.map((l) => l.text)).toEqual(["1. 2024年地区生产总值增长6%。（牵头单位：区发改局）", "2. 3个省级重点项目年内开工。（牵头单位：区发改局）", "3. 5G基站新建300个。"]);
  });
  it("counter-example: a wrapped line opening with a quantity, a decimal sub-number, a number out of turn stay", () => {
    const wrapped = lines(["3.完成城镇老旧小区改造，惠及居民", "3.5万户。（牵头单位：区住建局）"]);
    expect(spaceGluedNumbers(wrapped).map((l) => l.text)).toEqual(wrapped.map((l) => l.text));
    const decimal = lines(["1.扩大有效投资", "1.1 实施重点项目200个。", "2.1 社会消费品零售总额增长6%。"]);
    expect(spaceGluedNumbers(decimal).map((l) => l.text)).toEqual(decimal.map((l) => l.text));
    const outOfTurn = lines(["1.新建学校3所。", "5.2万人参加培训。"]);
    expect(spaceGluedNumbers(outOfTurn).map((l) => l.text)).toEqual(outOfTurn.map((l) => l.text));
  });
});

describe("a glued task number right under the list's title or a heading (no blank line between)", () => {
  it("reads the marker under a title naming the decomposition and under a heading numbered 一、", () => {
    const titled = lines(["某区2024年政府工作报告重点任务分解", "1.2024年地区生产总值增长6%。（牵头单位：区发改局）", "2.3个项目年内开工。（牵头单位：区发改局）"]);
    expect(spaceGluedNumbers(titled).map((l) => l.text)).toEqual([titled[0]!.text, "1. 2024年地区生产总值增长6%。（牵头单位：区发改局）", "2. 3个项目年内开工。（牵头单位：区发改局）"]);
    const headed = lines(["一、稳增长", "1.2024年地区生产总值增长6%。（牵头单位：区发改局）"]);
    expect(spaceGluedNumbers(headed).map((l) => l.text)).toEqual(["一、稳增长", "1. 2024年地区生产总值增长6%。（牵头单位：区发改局）"]);
  });
  it("counter-example: a wrapped line of prose without punctuation, or a title that names no decomposition, keeps the decimal", () => {
    const wrapped = lines(["全年城镇新增就业人数达到", "1.2万人，完成年度目标。"]);
    expect(spaceGluedNumbers(wrapped).map((l) => l.text)).toEqual(wrapped.map((l) => l.text));
    const otherTitle = lines(["某区2024年国民经济主要指标", "1.2024年地区生产总值增长6%。"]);
    expect(spaceGluedNumbers(otherTitle).map((l) => l.text)).toEqual(otherTitle.map((l) => l.text));
  });
});

describe("a task number alone on its line (1. / 目标任务：…)", () => {
  it("joins the marker to the line below", () => {
    expect(joinPaddedNumbers(lines(["1.", "目标任务：规模以上工业增加值增长8%。"])).map((l) => l.text)).toEqual(["1.目标任务：规模以上工业增加值增长8%。"]);
  });
  it("counter-example: a bare page number, or a marker over a numbered line, stays", () => {
    expect(joinPaddedNumbers(lines(["3", "目标任务：新增就业。"])).map((l) => l.text)).toEqual(["3", "目标任务：新增就业。"]);
    expect(joinPaddedNumbers(lines(["1.", "2.新建学校3所。"])).map((l) => l.text)).toEqual(["1.", "2.新建学校3所。"]);
  });
});

describe("a zero-padded number alone over a task sentence and its labels (a WeChat repost: 01 / task。 / 牵头单位：…)", () => {
  it("numbers the task", () => {
    const l = lines(["01", "新建城北幼儿园，新增学位540个。", "牵头单位：县教育局"]);
    expect(joinPaddedNumbers(l).map((x) => x.text)).toEqual(["1．新建城北幼儿园，新增学位540个。", "牵头单位：县教育局"]);
  });
  it("counter-example: over a sentence with no label under it, or with prose under it, the number stays", () => {
    const prose = lines(["02", "全年计划投入资金4.3亿元。", "各部门已全面启动前期工作。"]);
    expect(joinPaddedNumbers(prose).map((x) => x.text)).toEqual(prose.map((x) => x.text));
    const last = lines(["03", "全年计划投入资金4.3亿元。"]);
    expect(joinPaddedNumbers(last).map((x) => x.text)).toEqual(last.map((x) => x.text));
  });
  it("the whole repost reads as a list", async () => {
    const text = ["聚焦政府工作报告丨今年这3件民生实事", "3月5日，县政府办公室印发《2024年县政府工作报告民生实事责任分工方案》。", "", "01", "新建城北幼儿园，新增学位540个。", "牵头县领导：范立新", "牵头单位：县教育局", "配合单位：县住建局、县自然资源局", "", "02", "新铺设供水管网120公里。", "牵头县领导：陆海峰", "牵头单位：县水利局", "", "03", "改造提升农贸市场4个。", "牵头单位：县市场监管局", "配合单位：县商务局"].join("\n");
    const r = await parseText(text);
    expect(r.tasks.map((t) => [t.seq, t.task, t.leadUnits, t.coUnits, t.leaders])).toEqual([
      [1, "新建城北幼儿园，新增学位540个。", ["县教育局"], ["县住建局", "县自然资源局"], ["范立新"]],
      [2, "新铺设供水管网120公里。", ["县水利局"], [], ["陆海峰"]],
      [3, "改造提升农贸市场4个。", ["县市场监管局"], ["县商务局"], []],
    ]);
  });
});

describe("X会同Y负责: X has the role, Y works with it", () => {
  it("splits the subject at 会同 when a unit stands before it", () => {
    expect(splitHuiTong("区市场监管局会同区发改局、区财政局")).toEqual({ actor: "区市场监管局", partners: "区发改局、区财政局" });
  });
  it("counter-example: a place named 会同 opening the subject is a name, not the verb", () => {
    expect(splitHuiTong("会同县人民政府")).toBeNull();
    expect(splitHuiTong("区发改局")).toBeNull();
  });
  it("reads `（X会同Y负责）` as X responsible, Y co-unit", async () => {
    const r = await parseText(["2024年重点任务分工", "1.开展涉企收费专项清理。（区市场监管局会同区发改局、区财政局负责）", "2.新增婴幼儿托位600个。（区卫健局负责，区教育局协助）"].join("\n"));
    expect(rows(r).map((x) => [x.units, x.co])).toEqual([
      [["区市场监管局"], ["区发改局", "区财政局"]],
      [["区卫健局"], ["区教育局"]],
    ]);
  });
});

describe("同上 in a label line takes the task above's names", () => {
  it("fills the field from the task above and lists it in inherited", async () => {
    const r = await parseText(["2024年目标任务分解", "1.粮食播种面积稳定在80万亩以上。", "牵头单位：县农业农村局", "配合单位：各乡镇", "2.粮食总产量稳定在30万吨以上。", "牵头单位：同上", "配合单位：县统计局"].join("\n"));
    expect(r.tasks.map((t) => [t.leadUnits, t.coUnits, t.inherited])).toEqual([
      [["县农业农村局"], ["各乡镇"], []],
      [["县农业农村局"], ["县统计局"], ["leadUnits"]],
    ]);
  });
  it("counter-example: a task without a label of its own is not filled from the one above (no merged cells in a list)", async () => {
    const r = await parseText(["2024年目标任务分解", "1.粮食播种面积稳定在80万亩以上。", "牵头单位：县农业农村局", "配合单位：各乡镇", "2.粮食总产量稳定在30万吨以上。", "牵头单位：县统计局", "3.新建农村公路50公里。"].join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.leadUnits, t.coUnits, t.inherited])).toEqual([
      [1, ["县农业农村局"], ["各乡镇"], []],
      [2, ["县统计局"], [], []],
      [3, [], [], []],
    ]);
  });
});

describe("a table's unit header that says the first unit leads", () => {
  it("maps `责任单位（排第一位的为牵头单位）` to units, not to the lead named in its note", () => {
    expect(mapHeader("责任单位（排第一位的为牵头单位）")).toBe("units");
    expect(mapHeader("牵头单位")).toBe("leadUnits");
  });
  it("keeps every unit under the header by default (the note reported); reads the first as the lead, flagged, when asked; counter-example: without the note all stay units", async () => {
    const table = ["序号\t重点工作\t责任单位（排第一位的为牵头单位）", "1\t新增规上工业企业25家。\t新区经发局、新区统计局", "2\t新建人才公寓1000套。\t新区人才办、新区建设局"].join("\n");
    const kept = await parseText(table);
    expect(rows(kept).map((x) => [x.lead, x.units, x.review])).toEqual([
      [[], ["新区经发局", "新区统计局"], []],
      [[], ["新区人才办", "新区建设局"], []],
    ]);
    expect(kept.diagnostics.map((d) => d.code)).toEqual(["FIRST_LISTED_NOTE"]);
    expect(kept.tables[0]!.headers.map((h) => h.field)).not.toContain("leadUnits");
    const noted = await parseText(table, { firstListedLead: true });
    expect(rows(noted).map((x) => [x.lead, x.units, x.review])).toEqual([
      [["新区经发局"], ["新区统计局"], ["LEAD_FROM_FIRST_LISTED"]],
      [["新区人才办"], ["新区建设局"], ["LEAD_FROM_FIRST_LISTED"]],
    ]);
    expect(noted.tables[0]!.headers.map((h) => h.field)).toContain("leadUnits");
    const plain = await parseText(["序号\t重点工作\t责任单位", "1\t新增规上工业企业25家。\t新区经发局、新区统计局", "2\t新建人才公寓1000套。\t新区人才办、新区建设局"].join("\n"));
    expect(rows(plain).map((x) => [x.lead, x.units])).toEqual([
      [[], ["新区经发局", "新区统计局"]],
      [[], ["新区人才办", "新区建设局"]],
    ]);
  });
});

describe("a numbered heading right above a table's header heads that part", () => {
  const part = (heading: string) => [heading, "序号\t指标名称\t目标值\t责任单位", "1\t地区生产总值增长\t6%\t县发改局", "2\t城镇新增就业\t3000人\t县人社局"];
  it("gives the part's heading to the rows under each header", async () => {
    const r = await parseText([...part("一、约束性指标"), ...part("二、预期性指标")].join("\n"));
    expect(r.tasks.map((t) => [t.table, t.seq, t.section])).toEqual([
      [0, 1, ["一、约束性指标"]],
      [0, 2, ["一、约束性指标"]],
      [1, 1, ["二、预期性指标"]],
      [1, 2, ["二、预期性指标"]],
    ]);
  });
  it("counter-example: an unnumbered title above the header is the table's title, no heading", async () => {
    const r = await parseText(part("2024年主要指标分解表").join("\n"));
    expect(r.tasks.map((t) => t.section)).toEqual([[], []]);
  });
});

describe("a unit name wrapped with only its last characters on the next line (各乡镇人民政 / 府)", () => {
  it("joins a short tail that gives the name its unit ending", () => {
    expect(completesName("各乡镇人民政", "府")).toBe(true);
    expect(completesName("县投资促进中", "心")).toBe(true);
  });
  it("counter-example: a whole name before it, a name of its own, or a tail that makes no unit ending, is no wrap", () => {
    expect(completesName("县发改局", "等")).toBe(false);
    expect(completesName("县发改局", "县财政局")).toBe(false);
    expect(completesName("各乡镇", "府")).toBe(false);
  });
});

describe("sentences under labels that name only people are no decomposition", () => {
  const OFFICES = ["某局内设机构及主要职责", "", "1.办公室。负责机关日常运转，承担文电、会务等工作。", "负责人：陈志明", "2.规划科。组织拟订中长期规划和年度计划。", "负责人：吴芳", "3.投资科。承担固定资产投资综合管理工作。", "负责人：刘洋"];
  it("refuses an office list whose only labels are 负责人", async () => {
    await expect(parseText(OFFICES.join("\n"))).rejects.toThrow(/未找到责任分解表/);
  });
  it("counter-example: the same sentences under a unit label are tasks", async () => {
    const units: Record<string, string> = { 陈志明: "县发改局", 吴芳: "县统计局", 刘洋: "县财政局" };
    const r = await parseText(OFFICES.map((l) => l.replace(/^负责人：(.+)$/, (_, p: string) => `责任单位：${units[p]}`)).join("\n"));
    expect(r.tasks.map((t) => t.units)).toEqual([["县发改局"], ["县统计局"], ["县财政局"]]);
  });
});

describe("parts numbered in Roman numerals (Ⅰ． Ⅱ、)", () => {
  it("reads a Roman numeral code point with its stop as a part's number", () => {
    expect(readNumbering("Ⅰ．稳增长")).toMatchObject({ style: "roman", number: 1, level: 0 });
    expect(readNumbering("Ⅲ、优环境")).toMatchObject({ style: "roman", number: 3 });
  });
  it("counter-example: a Latin letter I, or a Roman numeral inside a name, numbers nothing", () => {
    expect(readNumbering("I.稳增长")?.style).not.toBe("roman");
    expect(readNumbering("Ⅲ类水质断面比例达到90%")).toBeNull();
  });
  it("gives the parts as sections and numbers the tasks on, each row saying its number restarted (SEQ_RENUMBERED)", async () => {
    const r = await parseText(["2024年重点任务责任分解", "Ⅰ．稳增长", "1.固定资产投资增长8%。", "牵头单位：区发改局", "Ⅱ．惠民生", "1.新增城镇就业4500人。", "牵头单位：区人社局"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.section, x.lead, x.review])).toEqual([
      [1, ["Ⅰ．稳增长"], ["区发改局"], ["SEQ_RENUMBERED"]],
      [2, ["Ⅱ．惠民生"], ["区人社局"], ["SEQ_RENUMBERED"]],
    ]);
  });
});

describe("a task and its label cells split by tabs on one line", () => {
  it("takes `task⇥牵头单位：X⇥配合单位：Y` for a paragraph, not a table row", () => {
    expect(labelCellsAfter(["1.新建5G基站300个。", "牵头单位：区工信局", "配合单位：区通信发展办"])).toBe(true);
  });
  it("counter-example: a header row, a data row of bare names, a label cell without names are table cells", () => {
    expect(labelCellsAfter(["序号", "重点任务", "牵头单位", "配合单位"])).toBe(false);
    expect(labelCellsAfter(["1", "新建5G基站300个。", "区工信局", "区通信发展办"])).toBe(false);
    expect(labelCellsAfter(["1.新建5G基站300个。", "牵头单位：", "配合单位："])).toBe(false);
    expect(labelCellsAfter(["1.新建5G基站300个。", "完成时限：年底前"])).toBe(false);
  });
  it("reads the labels of each line", async () => {
    const r = await parseText(["2024年重点任务分解", "", "1.新建5G基站300个。\t牵头单位：区工信局\t配合单位：区通信发展办", "2.新增就业4500人。\t牵头单位：区人社局\t配合单位：各街道"].join("\n"));
    expect(rows(r).map((x) => [x.task, x.lead, x.co])).toEqual([
      ["新建5G基站300个。", ["区工信局"], ["区通信发展办"]],
      ["新增就业4500人。", ["区人社局"], ["各街道"]],
    ]);
  });
});

describe("label words with a role modifier and 和-joined persons (主要责任单位, 配合责任单位, 协作单位, 牵头部门和责任人)", () => {
  it("maps them to their roles", () => {
    expect(mapHeader("主要责任单位")).toBe("units");
    expect(mapHeader("配合责任单位")).toBe("coUnits");
    expect(mapHeader("协作单位")).toBe("coUnits");
    expect(mapHeader("牵头部门和责任人")).toBe("leadUnits");
  });
  it("counter-example: a plain 责任单位 stays units; 单位和个人 is no unit-person header", () => {
    expect(mapHeader("责任单位")).toBe("units");
    expect(mapHeader("单位和个人")).toBe("other");
  });
  it("keeps the modifier out of the task and reads the unit's person as its leader", async () => {
    const r = await parseText(["2024年目标任务分解", "1.规上工业增加值增长8%。", "主要责任单位：县工信局", "配合责任单位：县统计局", "2.新增规上企业25家。", "牵头部门和责任人：县工信局 张强", "协作单位：县税务局"].join("\n"));
    expect(rows(r).map((x) => [x.task, x.lead, x.units, x.co, x.leaders])).toEqual([
      ["规上工业增加值增长8%。", [], ["县工信局"], ["县统计局"], []],
      ["新增规上企业25家。", ["县工信局"], [], ["县税务局"], ["张强"]],
    ]);
  });
});

describe("headings numbered in formal numerals (壹、 贰、)", () => {
  it("reads 壹、 … 拾贰、 as numbers of the heading style", () => {
    expect(readNumbering("壹、工业经济")).toMatchObject({ style: "cn-comma", number: 1 });
    expect(readNumbering("拾贰、社会治理")).toMatchObject({ style: "cn-comma", number: 12 });
  });
  it("counter-example: a name opening with such a character is no heading", () => {
    expect(readNumbering("陆家镇完成改造")).toBeNull();
    expect(readNumbering("伍明负责")).toBeNull();
  });
  it("gives the headings as sections, unflagged", async () => {
    const r = await parseText(["2024年目标任务分解", "壹、工业经济", "1.规上工业增加值增长8%。（牵头单位：县工信局）", "贰、农业农村", "2.粮食产量稳定在30万吨。（牵头单位：县农业农村局）"].join("\n"));
    expect(rows(r).map((x) => [x.section, x.review])).toEqual([
      [["壹、工业经济"], []],
      [["贰、农业农村"], []],
    ]);
  });
});

describe("等…部门 closing a part of a list, and the order note （排名不分先后）", () => {
  it("drops 等省直有关部门 before a comma and the order note", async () => {
    const r = await parseText(["2024年重点工作分工", "1.地区生产总值增长5.5%左右。", "责任单位：省发展改革委等省直有关部门，各市州人民政府", "2.一般公共预算收入增长5%。", "责任单位：省财政厅、省税务局（排名不分先后）"].join("\n"));
    expect(rows(r).map((x) => x.units)).toEqual([
      ["省发展改革委", "各市州人民政府"],
      ["省财政厅", "省税务局"],
    ]);
    expect(r.diagnostics.filter((d) => d.code === "LIST_ET_CETERA")).toHaveLength(1);
  });
  it("counter-example: 等 inside a name (中等职业学校) or an annotation that names something stays", async () => {
    const r = await parseText(["2024年重点工作分工", "1.新建实训基地2个。", "责任单位：市中等职业学校，市教育局", "2.完成项目审批。", "责任单位：市发改委（市重点办）"].join("\n"));
    expect(rows(r).map((x) => x.units)).toEqual([["市中等职业学校", "市教育局"], ["市发改委（市重点办）"]]);
  });
});
