// Session 25's general rules, each with a counter-example (text that looks alike and must not be read so).
import { describe, expect, it } from "vitest";
import { numbersInCells } from "../../src/layouts/list/cellnumbers.js";
import { restoreDisplacedQuotes } from "../../src/text/hygiene.js";
import { parseText } from "../../src/index.js";

const L = (texts: readonly string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
const texts = (lines: readonly string[]) => numbersInCells(L(lines)).map((l) => l.text);
const records = async (lines: readonly string[]) =>
  (await parseText(lines.join("\n"))).tasks.map((t) => ({ seq: t.seq, section: t.section, task: t.task, lead: t.leadUnits, units: t.units, leaders: t.leaders, review: t.review.map((r) => r.code) }));

/** A two-column table `序号 | 工作任务及责任分工`, the second cell a task and its label lines. */
const TRUTH = [
  { seq: 1, section: ["一、扩大有效投资"], task: "新开工重点项目30个，完成投资120亿元。", lead: ["县发改局"], units: ["县财政局", "县自然资源局"], leaders: ["王明"], review: [] },
  { seq: 2, section: ["一、扩大有效投资"], task: "新建城市道路8公里，改造老旧小区12个。", lead: ["县住建局"], units: ["县交通运输局"], leaders: [], review: [] },
  { seq: 3, section: ["二、提升民生水平"], task: "新增城镇就业3000人，开展职业技能培训5000人次。", lead: ["县人社局"], units: ["县教育局", "县财政局"], leaders: ["李华"], review: [] },
  { seq: 4, section: ["二、提升民生水平"], task: "建成社区养老服务站10个。", lead: ["县民政局"], units: ["县卫健局"], leaders: [], review: [] },
];

describe("the 序号 cell of a `序号 | 工作任务及责任分工` table, printed apart from its row's text", () => {
  // `pdftotext -raw`: the number alone over the task, the header printed again after a page break inside a task
  const raw = [
    "附件", "2026年县政府工作报告目标任务分解", "序号 工作任务及责任分工",
    "一、扩大有效投资",
    "1", "新开工重点项目30个，完成投资120亿", "元。", "牵头单位：县发改局", "责任单位：县财政局、县自然资源局", "责任领导：王明",
    "2", "新建城市道路8公里，改造老旧小区12个。", "牵头单位：县住建局", "责任单位：县交通运输局",
    "二、提升民生水平",
    "3 新增城镇就业3000人，开展职业技能培", "— 2 —", "序号 工作任务及责任分工", "训5000人次。", "牵头单位：县人社局", "责任单位：县教育局、县财政局", "责任领导：李华",
    "4", "建成社区养老服务站10个。", "牵头单位：县民政局", "责任单位：县卫健局",
  ];
  // poppler's default order: the number in the middle of the row's lines, even inside the sentence, or after a label;
  // the last page's numbers printed together as a column block
  const centred = [
    "附件", "2026年县政府工作报告目标任务分解", "序号", "工作任务及责任分工",
    "一、扩大有效投资",
    "新开工重点项目30个，完成投资120亿", "1", "元。", "牵头单位：县发改局", "责任单位：县财政局、县自然资源局", "责任领导：王明",
    "新建城市道路8公里，改造老旧小区12个。", "牵头单位：县住建局", "2", "责任单位：县交通运输局",
    "二、提升民生水平", "— 2 —", "序号", "3", "", "4", "工作任务及责任分工",
    "新增城镇就业3000人，开展职业技能培", "训5000人次。", "牵头单位：县人社局", "责任单位：县教育局、县财政局", "责任领导：李华",
    "建成社区养老服务站10个。", "牵头单位：县民政局", "责任单位：县卫健局",
  ];
  // `pdftotext -layout`: the number in the left margin of the row's middle line, right-aligned or not
  const layout = [
    "附件", "          2026年县政府工作报告目标任务分解", "序号             工作任务及责任分工",
    "一、扩大有效投资",
    "    新开工重点项目30个，完成投资120亿", " 1  元。", "    牵头单位：县发改局", "    责任单位：县财政局、县自然资源局", "    责任领导：王明",
    "    新建城市道路8公里，改造老旧小区12个。", "  2 牵头单位：县住建局", "    责任单位：县交通运输局",
    "二、提升民生水平",
    "    新增城镇就业3000人，开展职业技能培", "", "                 — 2 —", "序号             工作任务及责任分工", "    训5000人次。",
    " 3  牵头单位：县人社局", "    责任单位：县教育局、县财政局", "    责任领导：李华",
    "    建成社区养老服务站10个。", " 4", "    牵头单位：县民政局", "    责任单位：县卫健局",
  ];

  it("is taken off its line and set before the row's first line, whole sentences joined again", () => {
    const out = texts(centred);
    expect(out).toContain("1．新开工重点项目30个，完成投资120亿");
    expect(out).toContain("3．新增城镇就业3000人，开展职业技能培");
    expect(out).toContain("4．建成社区养老服务站10个。");
    expect(out.filter((t) => /^\d+$/.test(t.trim()))).toEqual([]);
    expect(texts(layout)).toContain("    2．新建城市道路8公里，改造老旧小区12个。");
    expect(texts(layout)).toContain("    牵头单位：县人社局");
  });

  it("reads each form as the table's records", async () => {
    expect(await records(raw)).toEqual(TRUTH);
    expect(await records(centred)).toEqual(TRUTH);
    expect(await records(layout)).toEqual(TRUTH);
  });

  it("counter-example: numbers that do not count on row by row (quantities wrapped onto lines of their own) stay text", () => {
    const lines = [
      "序号 工作任务及责任分工", "新开工重点项目", "30", "个。", "牵头单位：县发改局",
      "新建城市道路", "8", "公里。", "牵头单位：县住建局", "新增就业", "3000", "人。", "牵头单位：县人社局",
    ];
    expect(texts(lines)).toEqual(lines);
  });

  it("counter-example: a row holding a second number alone on a line (a quantity wrapped so, or a page's number) leaves the text as printed", () => {
    const lines = ["序号 工作任务", "1", "新开工项目", "2", "个。", "牵头单位：县发改局", "2", "新建道路。", "牵头单位：县住建局", "3", "新增就业。", "牵头单位：县人社局"];
    expect(texts(lines)).toEqual(lines);
  });

  it("counter-example: too few rows, or no label lines at all, leave the text as printed", () => {
    const two = ["1", "新开工项目。", "牵头单位：县发改局", "2", "新建道路。", "牵头单位：县住建局"];
    expect(texts(two)).toEqual(two);
    const prose = ["1", "新开工项目。", "2", "新建道路。", "3", "新增就业。", "4", "新建学校。"];
    expect(texts(prose)).toEqual(prose);
  });

  it("counter-example: in -layout text a number inside the text column (a wrapped quantity) is no margin number", () => {
    const lines = [
      "    新开工重点项目", "    30 个。", "    牵头单位：县发改局", "    新建城市道路", "    8 公里。", "    牵头单位：县住建局",
      "    新增就业", "    3000 人。", "    牵头单位：县人社局",
    ];
    expect(texts(lines)).toEqual(lines);
  });
});

describe("a Roman numeral printed in another font at the end of the line above (`-raw`: `达到 88% Ⅲ` | `水质达到 类以`)", () => {
  it("goes back into the one gap the next line has", () => {
    expect(restoreDisplacedQuotes(["空气质量优良率达到 88% Ⅲ", "以上，断面水质稳定达到 类以"]).lines).toEqual(["空气质量优良率达到 88%", "以上，断面水质稳定达到Ⅲ类以"]);
  });
  it("counter-examples: a next line with no gap or two gaps, a numeral glued to the text before it", () => {
    expect(restoreDisplacedQuotes(["水质达到 Ⅲ", "类标准。"]).lines).toEqual(["水质达到 Ⅲ", "类标准。"]);
    expect(restoreDisplacedQuotes(["水质达到 Ⅲ", "以上 责任领导 王明"]).lines).toEqual(["水质达到 Ⅲ", "以上 责任领导 王明"]);
    expect(restoreDisplacedQuotes(["水质达到Ⅲ", "类以上，达到 标准"]).lines).toEqual(["水质达到Ⅲ", "类以上，达到 标准"]);
  });
});
