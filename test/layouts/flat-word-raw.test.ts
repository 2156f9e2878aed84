// Stream-order dumps (pdftotext -raw, pdfjs) of Word-made ruled tables: cells printed one after
// another, a merged 分管领导 cell printed once in one row of its span, task cells wrapped onto lines
// of their own. Small hand-written excerpts (fictional names), each rule with a counter-example.
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import { leadersUnpaired, usuallySeveral } from "../../src/layouts/flat/decide.js";
import { isQuantityAfterNumber, peelInlineTail } from "../../src/layouts/flat/fragments.js";
import { gluedNextRow } from "../../src/layouts/flat/segment.js";
import { taskTailBeforeNames, taskTailLines } from "../../src/layouts/flat/anatomy.js";

const notice = (header: string[], rows: string[]): string =>
  ["附件", "2023 年县政府工作报告目标任务分解表", header.join(" "), ...rows].join("\n");

const codes = (r: Awaited<ReturnType<typeof parseText>>, seq: number): string[] => [
  ...r.tasks.find((t) => t.seq === seq)!.review.map((x) => x.code),
  ...r.diagnostics.filter((d) => d.seq === seq && d.level !== "info").map((d) => d.code),
];

describe("leaders that do not pair with units (one 责任领导 per task, 分管领导 merged)", () => {
  it("leadersUnpaired: many rows print fewer people than units", () => {
    expect(leadersUnpaired([{ people: 2, units: 2 }, { people: 1, units: 3 }, { people: 1, units: 2 }, { people: 2, units: 2 }])).toBe(true);
  });
  it("counter-example: a paired table (a leader per unit, one supervisor) is not refuted by one short row", () => {
    expect(leadersUnpaired([{ people: 3, units: 2 }, { people: 2, units: 1 }, { people: 1, units: 2 }, { people: 4, units: 3 }, { people: 2, units: 1 }])).toBe(false);
  });

  const header = ["序号", "工作任务", "牵头单位", "责任单位", "责任领导", "分管领导"];
  const rows = [
    "1", "地区生产总值增长 6%左右。", "县发改委", "县统计局", "各乡镇", "方志远", "石建业",
    "2", "一般公共预算收入增长 5%。", "县财政局 县税务局 简丽华",
    "3", "固定资产投资增长 8%。", "县发改委", "县住建局、县交通运输局", "各乡镇", "方志远",
    "4", "社会消费品零售总额增长 7%。", "县商务局", "县市场监管局", "各乡镇", "骆晓琴", "石建业",
    "5", "争取专项债券资金 20 亿元以上。", "县财政局", "县发改委、县城投集团", "简丽华 石建业",
    "6", "城乡居民收入增长与经济增长同步。", "县人社局 县统计局、县农业农村局 骆晓琴",
  ];
  it("splits 责任领导 | 分管领导 one each, not by the unit count", async () => {
    const r = await parseText(notice(header, rows), { layout: "flat" });
    const t = (seq: number) => r.tasks.find((x) => x.seq === seq)!;
    expect(t(1).leaders).toEqual(["方志远"]);
    expect(t(1).supervisors).toEqual(["石建业"]);
    expect(t(5).leaders).toEqual(["简丽华"]);
    expect(t(5).supervisors).toEqual(["石建业"]);
    expect(t(4).leaders).toEqual(["骆晓琴"]);
    // a row printing no 分管领导 (merged above): filled down, with a warning
    expect(t(2).supervisors).toEqual(["石建业"]);
    expect(codes(r, 2)).toContain("FLAT_MERGED_FILLED_DOWN");
    expect(codes(r, 1)).not.toContain("FLAT_MERGED_FILLED_DOWN");
  });
  it("counter-example: no fill across a heading row spanning the table", async () => {
    const withHeading = [...rows.slice(0, 7), "二、扩大有效投资", ...rows.slice(7)];
    const r = await parseText(notice(header, withHeading), { layout: "flat" });
    const t2 = r.tasks.find((x) => x.seq === 2)!;
    expect(t2.section).toEqual(["二、扩大有效投资"]);
    expect(t2.supervisors).toEqual([]);
    expect(codes(r, 2)).not.toContain("FLAT_MERGED_FILLED_DOWN");
  });
  it("counter-example: a paired table keeps one leader per unit", async () => {
    const paired = [
      "1", "地区生产总值增长 6%左右。", "县发改委", "县统计局", "方志远", "石建业",
      "2", "一般公共预算收入增长 5%。", "县财政局", "县税务局", "简丽华", "石建业",
      "3", "固定资产投资增长 8%。", "县发改委", "县住建局", "县交通运输局", "方志远", "钱一鸣", "石建业",
      "4", "社会消费品零售总额增长 7%。", "县商务局", "县市场监管局", "骆晓琴", "石建业",
    ];
    const r = await parseText(notice(header, paired), { layout: "flat" });
    const t3 = r.tasks.find((x) => x.seq === 3)!;
    expect(t3.leaders).toEqual(["方志远", "钱一鸣"]);
    expect(t3.supervisors).toEqual(["石建业"]);
  });
});

describe("a measure word after a number stays in the task (万 is also a surname)", () => {
  it("isQuantityAfterNumber", () => {
    expect(isQuantityAfterNumber("万亩", "3")).toBe(true);
    expect(isQuantityAfterNumber("公里", "120")).toBe(true);
    expect(isQuantityAfterNumber("万亩", "农田")).toBe(false);
    expect(isQuantityAfterNumber("县农业农村局", "3")).toBe(false);
  });
  it("peelInlineTail keeps `3 万亩` in the task", () => {
    expect(peelInlineTail("新建高标准农田 3 万亩 周 敏 县农业农村局").task).toBe("新建高标准农田 3 万亩");
    expect(peelInlineTail("新建改造农村公路 120 公里 县交通运输局 吴家宝 张 华").task).toBe("新建改造农村公路 120 公里");
  });
  it("counter-example: a name after a task that ends in words is still peeled", () => {
    const p = peelInlineTail("新建高标准农田任务。 万亩 县农业农村局");
    expect(p.tail).toEqual(["万亩", "县农业农村局"]);
  });
});

describe("a person glued to the next 序号 before that row's heading cell", () => {
  it("opens the next row at the number", () => {
    expect(gluedNextRow("陈美兰26 四、保障改善民生", 26)).toEqual({ before: "陈美兰", task: "四、保障改善民生" });
    expect(gluedNextRow("周立新2 一般公共预算收入增", 2)).toEqual({ before: "周立新", task: "一般公共预算收入增" });
  });
  it("counter-example: a number that is a quantity, or not the expected one, is not cut", () => {
    expect(gluedNextRow("陈美兰26 四、保障改善民生", 27)).toBeNull();
    expect(gluedNextRow("完成改造26 个项目", 26)).toBeNull();
    // after a unit, not a person, task words that are no prose do not open a row
    expect(gluedNextRow("区发改委2 一般公共预算收入增", 2)).toBeNull();
  });
});

describe("a task's last wrapped line printed alone before the names", () => {
  const L = (texts: string[]) => texts.map((text, k) => ({ text, line: k + 1, afterBreak: false }));
  it("a word shorter than the unit after it is the task's tail", () => {
    expect(taskTailLines(L(["使用", "县工业园管委会 钟 伟"]), 0, "建设科技企业孵化器，年内投入")).toBe(1);
    expect(taskTailLines(L(["收入增长与经济增长", "同步", "区人社局 区统计局 朱红梅"]), 0, "城乡居民人均可支配")).toBe(2);
  });
  it("counter-example: a wrapped unit name (first line as long as the rest), or a task that ended, is not taken", () => {
    expect(taskTailLines(L(["区古城保护", "发展指挥部"]), 0, "推进古城保护")).toBe(0);
    expect(taskTailLines(L(["区发改局（区重", "点办）", "江南城建集团"]), 0, "保利天汇、鲤城宾馆等26")).toBe(0);
    expect(taskTailLines(L(["使用", "县工业园管委会"]), 0, "年内投入使用。")).toBe(0);
  });
  it("in a row: the task is whole and the unit stands alone", async () => {
    const header = ["序号", "具体目标任务", "责任单位", "责任人"];
    const r = await parseText(
      notice(header, ["1", "建设科技企业孵化器，年内投入", "使用", "县工业园管委会 钟 伟", "2", "新建省级工程技术研究中心 2 家。", "县科工商务局 黄志坚", "3", "新增规上工业企业 10 家。", "县科工商务局 黄志坚"]),
      { layout: "flat" },
    );
    const t = r.tasks.find((x) => x.seq === 1)!;
    expect(t.task.replace(/\s/g, "")).toBe("建设科技企业孵化器，年内投入使用");
    expect(t.units).toEqual(["县工业园管委会"]);
  });
});

describe("a task's last words printed on one line with the row's names", () => {
  const L = (texts: string[]) => texts.map((text, k) => ({ text, line: k + 1, afterBreak: false }));
  it("taskTailBeforeNames: a word that is no name, then names only, on the row's last line", () => {
    expect(taskTailBeforeNames(L(["区属国有企业公司制改制 区国资委 区财政局、区人力社保局 高建军"]), 0, "深化国有企业改革，完成")).toEqual({
      tail: "区属国有企业公司制改制",
      names: "区国资委 区财政局、区人力社保局 高建军",
    });
  });
  it("counter-example: a wrapped name's first line (a piece below could finish it), a finished task, or a number after the word", () => {
    expect(taskTailBeforeNames(L(["区古城保护 区发改局 张三", "发展指挥部"]), 0, "推进古城保护")).toBeNull();
    expect(taskTailBeforeNames(L(["区属国有企业公司制改制 区国资委"]), 0, "深化国有企业改革。")).toBeNull();
    expect(taskTailBeforeNames(L(["高层次人才 300 名 市委人才办"]), 0, "实施英才计划，引进")).toBeNull();
  });
  it("peelInlineTail: units after a quantity that ends the task are the next cells", () => {
    expect(peelInlineTail("高层次人才 300 名 市委人才办 市人社局、市科技局")).toEqual({ task: "高层次人才 300 名", tail: ["市委人才办", "市人社局、市科技局"] });
    // counter-example: no quantity, no full stop, no person: the line stays the task's
    expect(peelInlineTail("推动商贸发展 区商务局").tail).toEqual([]);
    expect(peelInlineTail("实施学校新改扩建项目 17 个，优 教育局").tail).toEqual([]);
  });
});

describe("a unit split that leaves the last column empty where rows nearly always fill it", () => {
  it("usuallySeveral", () => {
    expect(usuallySeveral([2, 3, 2, 4, 2, 3])).toBe(true);
    expect(usuallySeveral([1, 2, 1, 3, 1, 1])).toBe(false);
    expect(usuallySeveral([2, 2, 2])).toBe(false);
  });
});
