/**
 * Text copied out of a PDF keeps the page's line breaks: list-form notices
 * read as written (src/layouts/list/unwrap.ts), and what still cannot be
 * placed names the task it follows.
 */
import { describe, expect, it } from "vitest";
import { unwrapHardLines, wrapWidth } from "../../src/layouts/list/unwrap.js";
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
  "。牵头单位：县重点项目服务中心；责任单位：县自然",
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
      [2, ["一、扩大有效投资"], "实施省市重点项目45个，新开工项目20个以上。", ["县重点项目服务中心"], ["县自然资源和规划局", "县住房和城乡建设局"], []],
      [3, ["二、保障改善民生"], "新增城镇就业3000人，城镇登记失业率控制在4%以内。", ["县人力资源和社会保障局"], ["县财政局"], []],
      [4, ["二、保障改善民生"], "完成农村危房改造200户，建设农村公路30公里。", ["县住房和城乡建设局"], ["县交通运输局", "各乡镇人民政府"], []],
    ]);
  });

  it("joins a line that runs to the width and ends mid-word, never before a numbered line or after a sentence's end", () => {
    const { lines: out, joined } = unwrapHardLines(lines(WRAPPED));
    expect(out.map((l) => l.text)).toContain("牵头单位：县发展和改革局；责任单位：各乡镇人民政府。");
    expect(out.map((l) => l.text)).toContain("2.实施省市重点项目45个，新开工项目20个以上。牵头单位：县重点项目服务中心；责任单位：县自然资源和规划局、县住房和城乡建设局。");
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

describe("a task's own labels wrapped onto the next line", () => {
  it("a list ending mid-name goes on on the next line", async () => {
    const r = await parseText(["2021年区政府工作报告重点工作责任清单", "1.建成区级人才公寓500套。主责：区住建局；协同：区人社局、区", "国资公司。", "2.引进高层次人才团队10个。主责：区委人才办；协同：区科技局。"].join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.leadUnits, t.coUnits])).toEqual([
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
