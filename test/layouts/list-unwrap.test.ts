/**
 * Text copied out of a PDF keeps the page's line breaks: list-form notices
 * read as written (src/layouts/list/unwrap.ts), and what still cannot be
 * placed names the task it follows.
 */
import { describe, expect, it } from "vitest";
import { brokenNameAcross, unwrapHardLines, wrapWidth } from "../../src/layouts/list/unwrap.js";
import { parseText } from "../../src/parse.js";

const lines = (text: string) => text.split("\n").map((t, i) => ({ text: t, line: i + 1 }));

/** The notice below as a PDF viewer copies it: every line broken at 24 characters. */
const WRAPPED = [
  "青山县2024年政府工作报告重点任务分解",
  "一、扩大有效投资",
  "1.全年完成固定资产投资120亿元，增长10%。",
  "牵头单位：县发展和改革局；责任单位：各乡镇人民政",
  "府。",
  "2.实施省市重点项目45个，新开工项目20个以上",
  "。牵头单位：县青禾项目服务中心；责任单位：县自然",
  "资源和规划局、县住房和城乡建设局。",
  "二、保障改善民生",
  "3.新增城镇就业3000人，城镇登记失业率控制在",
  "4%以内。牵头单位：县人力资源和社会保障局；责任",
  "单位：县财政局。",
  "4.完成农村危房改造200户，建设农村公路30公",
  "里。牵头单位：县住房和城乡建设局；责任单位：县交",
  "通运输局、各乡镇人民政府。",
].join("\n");

const pick = (t: { seq: number; section: string[]; task: string; leadUnits: string[]; units: string[]; review?: unknown[] }) => [t.seq, t.section, t.task, t.leadUnits, t.units, t.review ?? []];

describe("hard-wrapped list text", () => {
  it("is read as the paragraphs it was: names and labels broken by the page are whole again", async () => {
    const r = await parseText(WRAPPED);
    expect(r.tasks.map(pick)).toEqual([
      [1, ["一、扩大有效投资"], "全年完成固定资产投资120亿元，增长10%。", ["县发展和改革局"], ["各乡镇人民政府"], []],
      [2, ["一、扩大有效投资"], "实施省市重点项目45个，新开工项目20个以上。", ["县青禾项目服务中心"], ["县自然资源和规划局", "县住房和城乡建设局"], []],
      [3, ["二、保障改善民生"], "新增城镇就业3000人，城镇登记失业率控制在4%以内。", ["县人力资源和社会保障局"], ["县财政局"], []],
      [4, ["二、保障改善民生"], "完成农村危房改造200户，建设农村公路30公里。", ["县住房和城乡建设局"], ["县交通运输局", "各乡镇人民政府"], []],
    ]);
  });

  it("joins a line that runs to the width and ends mid-word, never before a numbered line or after a sentence's end", () => {
    const { lines: out, joined } = unwrapHardLines(lines(WRAPPED));
    expect(out.map((l) => l.text)).toContain("牵头单位：县发展和改革局；责任单位：各乡镇人民政府。");
    expect(out.map((l) => l.text)).toContain("2.实施省市重点项目45个，新开工项目20个以上。牵头单位：县青禾项目服务中心；责任单位：县自然资源和规划局、县住房和城乡建设局。");
    // `…增长10%。` ends a sentence: the label line under it stays its own
    expect(out.map((l) => l.text)).toContain("1.全年完成固定资产投资120亿元，增长10%。");
    expect(joined.get(4)).toEqual([5]);
  });

  it("leaves typed text alone: lines of many lengths show no wrap width", () => {
    const typed = [
      "某县2024年政府工作报告重点任务分解",
      "1.全年完成固定资产投资120亿元。（牵头单位：县发改局）",
      "2.新建学校3所，新增学位2000个。（牵头单位：县教育局）",
      "3.完成农村危房改造200户，建设农村公路30公里，改造老旧小区12个。（牵头单位：县住建局）",
      "4.新增城镇就业3000人。（牵头单位：县人社局）",
    ].join("\n");
    expect(wrapWidth(lines(typed))).toBeNull();
    expect(unwrapHardLines(lines(typed)).lines.map((l) => l.text)).toEqual(typed.split("\n"));
  });

  it("counter-example: bullets of one length that end a clause (`；`) are not a wrap", () => {
    const bullets = [
      "——地区生产总值增长6%左右（市发改委牵头）；",
      "——新建5G基站1000个（市工信局牵头配合）；",
      "——新增城镇就业2万人（市人社局负责）；",
      "——改造老旧小区50个（市住建局牵头）；",
      "——新增停车泊位3000个（市城管局牵头）；",
      "市政府办公室要求，各责任单位要细化措施。",
    ];
    expect(wrapWidth(lines(bullets.join("\n")))).toBeNull();
  });
});

describe("a label starting the next line", () => {
  it("ends the line above even when that line runs to the width; a label word broken by the page is joined", () => {
    const text = [
      "2024年区政府工作报告目标任务分解",
      "1.社会消费品零售总额增长7%以上。",
      "责任主体：区商务局/区统计局/区市场监督管理局",
      "督办单位：区政府督查室",
      "2.举办促消费活动20场以上，带动消费9亿元以上",
      "。牵头单位：区商务局、区文旅局；责任单位：各街道",
      "办事处、区市场监管局、区财政局、区统计局；责任",
      "单位：区工信局。",
    ];
    const out = unwrapHardLines(lines(text.join("\n"))).lines.map((l) => l.text);
    expect(out).toContain("责任主体：区商务局/区统计局/区市场监督管理局");
    expect(out).toContain("督办单位：区政府督查室");
    expect(out.some((t) => t.endsWith("区统计局；责任单位：区工信局。"))).toBe(true);
  });
});

describe("a task's own labels wrapped onto the next line", () => {
  it("a list ending mid-name goes on on the next line", async () => {
    const r = await parseText(["2021年区政府工作报告重点工作责任清单", "1.建成区级人才公寓500套。主责：区住建局；协同：区人社局、区", "国资公司。", "2.引进高层次人才团队10个。主责：区委人才办；协同：区科技局。"].join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.units, t.coUnits])).toEqual([
      [1, ["区住建局"], ["区人社局", "区国资公司"]],
      [2, ["区委人才办"], ["区科技局"]],
    ]);
  });

  it("counter-example: prose after a list of whole names is not a name, and the task above it says so", async () => {
    const r = await parseText(
      ["2021年区政府工作报告重点工作责任清单", "1.建成区级人才公寓500套。主责：区住建局；协同：区人社局、区国资公司", "各单位要细化措施、按月报送进展情况。", "2.引进高层次人才团队10个。主责：区委人才办；协同：区科技局。"].join("\n"),
    );
    expect(r.tasks[0]!.coUnits).toEqual(["区人社局", "区国资公司"]);
    const unplaced = r.diagnostics.find((d) => d.code === "UNPLACED_TEXT");
    expect(unplaced).toMatchObject({ seq: 1, line: 3 });
    expect(r.tasks[0]!.review?.map((x) => x.code)).toContain("UNPLACED_TEXT");
  });
});

describe("bare unit brackets wrapped over two lines", () => {
  it("still mark the document as closing its tasks with unit brackets", async () => {
    const r = await parseText(
      [
        "金溪市2024年政府工作报告重点工作责任分工",
        "一、稳住经济基本盘",
        "1.地区生产总值增长5.5%左右。（市发改委、市统计局）",
        "2.规模以上工业增加值增长7%。（市工信局）",
        "3.实施重大项目120个，完成投资300亿元（含续建项目）。（市",
        "发改委、市重点项目中心）",
        "4.新增城镇就业2.5万人，提升就业服务水平。（市人社局、市财政",
        "局）",
      ].join("\n"),
    );
    expect(r.tasks.map((t) => [t.seq, t.units])).toEqual([
      [1, ["市发改委", "市统计局"]],
      [2, ["市工信局"]],
      [3, ["市发改委", "市重点项目中心"]],
      [4, ["市人社局", "市财政局"]],
    ]);
  });
});

describe("a label's last name broken across two lines in a text too short to show its width", () => {
  it("joins the two lines when the fragment and the next line's first name make a unit", () => {
    expect(brokenNameAcross("3、建成污水处理厂提标改造工程。责任单位：县住建局、县生态环", "境局；责任领导：吕强")).toBe(true);
    expect(brokenNameAcross("责任单位：市工业", "和信息化局、市科技局")).toBe(true);
    expect(brokenNameAcross("责任单位：镇农业服务中心*、镇规划建设办、各村（", "社区）")).toBe(true);
  });
  it("leaves complete names, a next item or a next label alone (counter-examples)", () => {
    expect(brokenNameAcross("责任单位：县住建局、县生态环境局", "局长负责督办。")).toBe(false);
    expect(brokenNameAcross("责任单位：县住建局、县生态环", "4、新建公园2个。")).toBe(false);
    expect(brokenNameAcross("责任单位：县住建局、县生态环", "牵头单位：县发改局")).toBe(false);
    expect(brokenNameAcross("责任单位：县住建局、各村（社区）", "社区）")).toBe(false);
    // no label's colon: a sentence's last words are no name list
    expect(brokenNameAcross("全面推进县城生态环", "境整治工作")).toBe(false);
  });
  it("end to end: the unit and the leader after it come back", async () => {
    const r = await parseText(
      ["2024年县政府工作报告目标任务责任分解", "1、地区生产总值增长6%。责任单位：县发改局；责任领导：杨帆", "2、新增规上工业企业10家。责任单位：县工信局；责任领导：吕强", "3、建成县城污水处理厂提标改造工程。责任单位：县住建局、县生态环", "境局；责任领导：吕强"].join("\n"),
    );
    expect(r.tasks[2]).toMatchObject({ seq: 3, units: ["县住建局", "县生态环境局"], leaders: ["吕强"] });
  });
});

describe("an indented paragraph's first line breaks at the page's width too", () => {
  it("counts the indentation into the line's width", async () => {
    const text = [
      "2024年县政府工作报告重点任务分解",
      "1.全力推进重大项目建设。实施县级重点项目150个，年度计划投资",
      "210亿元，其中新开工项目60个。",
      "    健全“周调度、月通报、季拉练”推进机制，对进度滞后项目实",
      "行挂牌督办，确保重点项目投资完成率达到100%。",
      "牵头单位：县发改局",
      "2.持续深化招商引资。围绕新能源、绿色食品两大主导产业开展精准招",
      "商，全年签约亿元以上项目45个。",
      "    落实“一企一专班”服务机制，推动签约项目三个月内开工率达",
      "到60%以上。",
      "牵头单位：县投资促进中心",
    ];
    const { lines } = unwrapHardLines(text.map((t, i) => ({ text: t, line: i + 1 })));
    expect(lines.map((l) => l.text.trim())).toEqual([
      text[0],
      text[1]! + text[2],
      text[3]!.trim() + text[4],
      text[5],
      text[6]! + text[7],
      text[8]!.trim() + text[9],
      text[10],
    ]);
  });
});
