// Classes of the fifth real-like set (fixtures/real-like, issue 15 §1 and §3): one `describe` per
// rule, each with a counter-example that looks alike and must not be read the same way.
import { describe, expect, it } from "vitest";
import { dashesGiveRoles, parseLabelLine } from "../../src/layouts/list/labels.js";
import { toBlocks } from "../../src/layouts/list/blocks.js";
import { readNumbering } from "../../src/layouts/list/numbering.js";
import { textToGrid } from "../../src/layouts/tsv.js";
import { guessHeader } from "../../src/table/guessheader.js";
import { mapHeader } from "../../src/table/headers.js";
import { splitEnumeration } from "../../src/names/split.js";
import { parseText } from "../../src/parse.js";
import type { Result } from "../../src/model/schema.js";

const lines = (text: string) => text.split("\n").map((t, i) => ({ text: t, line: i + 1 }));
const rows = (r: Result) =>
  r.tasks.map((t) => ({ seq: t.seq, section: t.section, task: t.task, lead: t.leadUnits, units: t.units, co: t.coUnits, leaders: t.leaders, sup: t.supervisors, review: t.review.map((x) => x.code) }));

describe("units alone after the dash that closes a task", () => {
  it("reads the names after `。——` as units, and a dash inside the sentence as text", async () => {
    const r = await parseText(
      ["2024年重点任务分解", "1.引进亿元以上项目25个。——区投资促进局、区商务局", "2.完成老旧小区改造42个。——牵头单位：区住建局；配合单位：各街道办事处", "3.建设“15分钟便民生活圈”——社区综合服务设施覆盖率达到100%。——区商务局、区民政局"].join("\n"),
    );
    expect(rows(r).map((x) => [x.seq, x.task, x.lead, x.units, x.co, x.review])).toEqual([
      [1, "引进亿元以上项目25个。", [], ["区投资促进局", "区商务局"], [], []],
      [2, "完成老旧小区改造42个。", ["区住建局"], [], ["各街道办事处"], []],
      [3, "建设“15分钟便民生活圈”——社区综合服务设施覆盖率达到100%。", [], ["区商务局", "区民政局"], [], []],
    ]);
  });
  it("counter-example: names after a dash inside a sentence (no stop before it) stay in the task", async () => {
    const r = await parseText(["2024年重点任务分解", "1.打造“一圈两带”——区商务局、区文旅局联合打造的消费新地标。（牵头单位：区商务局）", "2.新建学校2所。（牵头单位：区教育局）"].join("\n"));
    expect(rows(r)[0]).toMatchObject({ task: "打造“一圈两带”——区商务局、区文旅局联合打造的消费新地标。", lead: ["区商务局"], units: [] });
    const bare = await parseText(["2024年重点任务分解", "1.打造“一圈两带”——区商务局、区文旅局", "2.新建学校2所。（牵头单位：区教育局）"].join("\n"));
    expect(rows(bare)[0]).toMatchObject({ task: "打造“一圈两带”——区商务局、区文旅局", units: [], review: ["NO_UNIT"] });
  });
});

describe("units alone after a dash need a document that reads its dashes so", () => {
  const achievements = ["2023年民生实事办理情况", "1.新建改扩建中小学7所。——区教育局", "2.改造老旧小区21个。——区住建局、各街道办事处"];
  it("counter-example: without labelled dashes or a decomposition's words the dash is an attribution", () => {
    expect(dashesGiveRoles(achievements.map((text) => ({ text })))).toBe(false);
    const blocks = toBlocks(lines(achievements.join("\n")));
    expect(blocks.filter((b) => b.kind === "item").map((b) => [b.task, b.resp.cells.units ?? []])).toEqual([
      ["新建改扩建中小学7所。——区教育局", []],
      ["改造老旧小区21个。——区住建局、各街道办事处", []],
    ]);
  });
  it("one labelled dash in the document is enough", () => {
    const text = [...achievements, "3.新建口袋公园9个。——牵头单位：区城管局"];
    expect(dashesGiveRoles(text.map((t) => ({ text: t })))).toBe(true);
    expect(toBlocks(lines(text.join("\n"))).filter((b) => b.kind === "item").map((b) => b.resp.cells.units ?? b.resp.cells.leadUnits)).toEqual([["区教育局"], ["区住建局、各街道办事处"], ["区城管局"]]);
  });
});

describe("包保 / 包联 leaders and 主责 / 协责 units", () => {
  it.each([
    ["包保县级领导：韩立新", "supervisors", ["韩立新"]],
    ["包联县级领导：郑秀兰、于洋", "supervisors", ["郑秀兰、于洋"]],
    ["协责单位：县财政局、县水务局", "coUnits", ["县财政局、县水务局"]],
    ["主责单位：县发改局", "units", ["县发改局"]],
  ] as const)("%s", (line, field, names) => {
    const r = parseLabelLine(line)!;
    expect(r.cells[field]).toEqual(names);
  });
  it("maps the headers", () => {
    expect(["包保县级领导", "包联领导", "协责单位", "主责单位"].map(mapHeader)).toEqual(["supervisors", "supervisors", "coUnits", "units"]);
  });
  it("counter-example: a 包保 topic and a 责任单位 are not those fields", () => {
    expect(mapHeader("包保项目")).not.toBe("supervisors");
    expect(mapHeader("责任单位")).toBe("units");
    expect(parseLabelLine("包保项目：城东片区改造")?.cells.supervisors ?? []).toEqual([]);
  });
});

describe("a duty phrase under a role label keeps the label's role", () => {
  it("参与单位：…按职责分工负责 stays co-units", () => {
    const r = parseLabelLine("参与单位：省工业和信息化厅，省有关部门按职责分工负责")!;
    expect(r.cells.coUnits?.join("，")).toContain("省有关部门");
    expect(r.cells.units ?? []).toEqual([]);
  });
  it("counter-example: role verbs under a label still give their roles", () => {
    const r = parseLabelLine("责任单位：县农业农村局牵头，县卫生健康局、县财政局配合，各乡（镇）人民政府负责落实")!;
    expect(r.cells.leadUnits).toEqual(["县农业农村局"]);
    expect(r.cells.coUnits).toEqual(["县卫生健康局、县财政局"]);
    expect(r.cells.units).toEqual(["各乡（镇）人民政府"]);
  });
  it("counter-example: under a roles label the phrase is no verb and the names are units", () => {
    const r = parseLabelLine("部门分工：省发展改革委牵头，省有关部门按职责分工负责")!;
    expect(r.cells.leadUnits).toEqual(["省发展改革委"]);
    expect(r.cells.units).toEqual(["省有关部门"]);
  });
});

describe("sub-points on lines of their own inside one task", () => {
  it("folds （1）（2） that name no one into the task whose labels follow the last", async () => {
    const r = await parseText(
      ["2024年重点任务分解", "1.优化营商环境。", "（1）企业开办时间压缩至1个工作日以内；", "（2）推行“一件事一次办”改革。", "牵头单位：市政务服务局", "责任单位：市市场监管局", "2.新增城镇就业3万人。", "牵头单位：市人社局"].join("\n"),
    );
    expect(rows(r).map((x) => [x.seq, x.task, x.lead, x.units])).toEqual([
      [1, "优化营商环境。（1）企业开办时间压缩至1个工作日以内；（2）推行“一件事一次办”改革。", ["市政务服务局"], ["市市场监管局"]],
      [2, "新增城镇就业3万人。", ["市人社局"], []],
    ]);
  });
  it("counter-example: points that each name their units are the tasks", async () => {
    const r = await parseText(
      ["2024年重点任务分解", "1.优化营商环境。", "（1）企业开办时间压缩至1个工作日以内；", "牵头单位：市市场监管局", "（2）推行“一件事一次办”改革。", "牵头单位：市政务服务局"].join("\n"),
    );
    expect(rows(r).map((x) => [x.task, x.lead])).toEqual([
      ["企业开办时间压缩至1个工作日以内；", ["市市场监管局"]],
      ["推行“一件事一次办”改革。", ["市政务服务局"]],
    ]);
  });
  it("counter-example: points that end in a full stop each are not one sentence", async () => {
    const r = await parseText(
      ["2024年重点任务分解", "1.优化营商环境。", "（1）企业开办时间压缩至1个工作日以内。", "（2）推行“一件事一次办”改革。", "牵头单位：市政务服务局"].join("\n"),
    );
    expect(rows(r).some((x) => x.task === "优化营商环境。（1）企业开办时间压缩至1个工作日以内。（2）推行“一件事一次办”改革。")).toBe(false);
  });
});

describe("a Word table copied as text: cells broken by paragraph marks", () => {
  const cells = (text: string) => textToGrid(lines(text), "tsv").map((r) => r.cells.map((c) => c.lines.map((l) => l.text).join("/")));
  it("joins the lines of a broken row up to the header's width", () => {
    expect(cells("序号\t重点任务\t牵头单位\t配合单位\t责任领导\n1\t推进改造。\t区住建局\t区城管局\n区财政局\t张华\n2\t实施行动：\n引进人才50名。\t区委组织部\t区人社局\t王芳")).toEqual([
      ["序号", "重点任务", "牵头单位", "配合单位", "责任领导"],
      ["1", "推进改造。", "区住建局", "区城管局/区财政局", "张华"],
      ["2", "实施行动：/引进人才50名。", "区委组织部", "区人社局", "王芳"],
    ]);
  });
  it("counter-example: a page number over a repeated header, a heading row, a row left short", () => {
    expect(cells("序号\t工作任务\t责任单位\t分管领导\n— 2 —\n序号\t工作任务\t责任单位\t分管领导\n一、民生\n1\t新建学校。\t区教育局\n2\t新建医院。\t区卫健局\t林静")).toEqual([
      ["序号", "工作任务", "责任单位", "分管领导"],
      ["— 2 —"],
      ["序号", "工作任务", "责任单位", "分管领导"],
      ["一、民生"],
      ["1", "新建学校。", "区教育局"],
      ["2", "新建医院。", "区卫健局", "林静"],
    ]);
  });
});

describe("task numbers misread by OCR", () => {
  it.each([
    ["l.地区生产总值增长6%。", 1],
    ["l0.新建农村公路50公里。", 10],
    ["ll.完成造林1.5万亩。", 11],
    ["1O、新增就业2000人。", 10],
  ] as const)("%s", (line, n) => {
    expect(readNumbering(line)).toMatchObject({ number: n, ocr: true });
  });
  it.each(["PM2.5平均浓度下降。", "No.1项目开工。", "I.Introduction", "lO.", "O.新建学校。", "GDP增长6%。"])("counter-example: %s is no number", (line) => {
    expect(readNumbering(line)?.ocr ?? false).toBe(false);
  });
  it("flags the rows numbered so", async () => {
    const r = await parseText(["2024年重点任务分解", "9.新建学校2所。（牵头单位：县教育局）", "l0.新建农村公路50公里。（牵头单位：县交通运输局）", "11.完成造林1万亩。（牵头单位：县林业局）"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.review])).toEqual([
      [9, []],
      [10, ["OCR_NUMBER"]],
      [11, []],
    ]);
  });
});

describe("a collective over several levels of government", () => {
  it.each([
    ["各市、县（区）人民政府", ["各市、县（区）人民政府"]],
    ["各乡、镇人民政府", ["各乡、镇人民政府"]],
    ["省统计局、各市、县（区）人民政府", ["省统计局", "各市、县（区）人民政府"]],
    ["各市（州）、县（市、区）人民政府", ["各市（州）、县（市、区）人民政府"]],
  ])("%s", (text, want) => {
    expect(splitEnumeration(text)).toEqual(want);
  });
  it.each([
    ["各乡镇、县直各部门", ["各乡镇", "县直各部门"]],
    ["各镇、区直有关单位", ["各镇", "区直有关单位"]],
    ["各县、区发改局", ["各县", "区发改局"]],
    ["各市（州）人民政府、省直有关部门", ["各市（州）人民政府", "省直有关部门"]],
  ])("counter-example: %s", (text, want) => {
    expect(splitEnumeration(text)).toEqual(want);
  });
});

describe("the first-is-lead note in the label's own bracket", () => {
  it("reads 责任单位（排在第一位的为牵头单位）：X、Y as a label line with the note", () => {
    const r = parseLabelLine("责任单位（排在第一位的为牵头单位）：区发改局、区统计局")!;
    expect(r.firstIsLead).toBe(true);
    expect(r.cells.units).toEqual(["区发改局、区统计局"]);
  });
  it.each(["【排在第一位的为牵头单位】", "〔排在第一位的为牵头单位〕", "[排在第一位的为牵头单位]"])("reads the note in %s brackets too", (note) => {
    const r = parseLabelLine(`责任单位${note}：区发改局、区统计局`)!;
    expect(r.firstIsLead).toBe(true);
    expect(r.cells.units).toEqual(["区发改局、区统计局"]);
  });
  it("counter-example: a long bracket that is no such note keeps the line from being a label", () => {
    expect(parseLabelLine("责任单位（各单位要高度重视切实抓好落实）：区发改局")).toBeNull();
    expect(parseLabelLine("责任单位（部门）：区发改局")?.cells.units).toEqual(["区发改局"]);
    expect(parseLabelLine("责任单位【各单位要高度重视切实抓好落实】：区发改局")).toBeNull();
  });
});

describe("a label and its names split by a tab (a two-column table per task)", () => {
  it("reads the label lines under each task", async () => {
    const r = await parseText(["2024年重点任务分解", "1.地区生产总值增长6%左右。", "牵头单位\t区发改局", "配合单位\t区统计局、区财政局", "2.新增城镇就业5200人。", "牵头单位\t区人社局"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.task, x.lead, x.co])).toEqual([
      [1, "地区生产总值增长6%左右。", ["区发改局"], ["区统计局", "区财政局"]],
      [2, "新增城镇就业5200人。", ["区人社局"], []],
    ]);
  });
  it("counter-example: two cells that are no label and names stay a table line", () => {
    const blocks = toBlocks(lines(["1.地区生产总值增长6%左右。（牵头单位：区发改局）", "完成时限\t2024年12月", "区发改局\t王伟"].join("\n")));
    expect(blocks.flatMap((b) => b.lines.map((l) => l.text))).toEqual(["1.地区生产总值增长6%左右。（牵头单位：区发改局）"]);
    // a lower header row of a TSV table (`⇥⇥牵头单位⇥配合单位⇥`) is no label line either
    expect(toBlocks(lines(["1.新建学校2所。（牵头单位：区教育局）", "\t\t牵头单位\t配合单位\t", "牵头单位\t配合单位"].join("\n"))).flatMap((b) => b.labelLines)).toEqual([]);
  });
});

describe("a table without its header: columns by what the cells hold", () => {
  const grid = (text: string) => textToGrid(lines(text), "tsv");
  it("writes 序号 | 任务 | 责任单位 | 责任人 in front of the first numbered row", () => {
    const g = guessHeader(grid("2024年重点工作任务分解表（续表）\n15\t新建中小学3所。\t区教育局\t王伟\n16\t建成区中医院新院区。\t区卫健局、各街道办事处\t李强"))!;
    expect(g.header).toEqual(["序号", "任务", "责任单位", "责任人"]);
    expect(g.rows.map((r) => r.cells.map((c) => c.lines.map((l) => l.text).join("")))[1]).toEqual(["序号", "任务", "责任单位", "责任人"]);
  });
  it("counter-example: a table with a header, a column whose cells disagree, no sentence column", () => {
    expect(guessHeader(grid("序号\t工作任务\t责任单位\n1\t新建学校。\t区教育局\n2\t新建医院。\t区卫健局"))).toBeNull();
    expect(guessHeader(grid("1\t新建中小学3所。\t区教育局\n2\t建成区中医院新院区。\t王伟"))).toBeNull();
    expect(guessHeader(grid("1\t区发改局\t王伟\t先进个人\n2\t区财政局\t李强\t先进个人"))).toBeNull();
  });
  it("flags every row read under the guessed header", async () => {
    const r = await parseText("2024年重点工作任务分解表（续表）\n15\t新建中小学3所。\t区教育局\t王伟\n16\t建成区中医院新院区。\t区卫健局\t李强\n17\t完成河道治理12公里。\t区水利局\t赵敏");
    expect(rows(r).map((x) => [x.seq, x.units, x.leaders, x.review])).toEqual([
      [15, ["区教育局"], ["王伟"], ["COLUMNS_GUESSED"]],
      [16, ["区卫健局"], ["李强"], ["COLUMNS_GUESSED"]],
      [17, ["区水利局"], ["赵敏"], ["COLUMNS_GUESSED"]],
    ]);
  });
});
