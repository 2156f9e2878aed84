// A plan of projects and their money is no decomposition, unless it calls itself one.
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";

const plan = (title: string) =>
  [
    title,
    "单位：万元",
    "序号\t项目名称\t建设内容及规模\t总投资\t2024年计划投资\t责任单位\t包抓领导",
    "1\t东站综合交通枢纽\t建设站前广场、公交首末站及地下停车场12万平方米\t186000\t42000\t市交通运输局\t胡振邦",
    "2\t北岸防洪提升工程\t新建堤防8.6公里，改造排涝泵站3座\t93500\t25000\t市水利局\t胡振邦",
    "3\t第一人民医院新院区\t总建筑面积28万平方米，床位1500张\t265000\t60000\t市卫生健康委\t庞晓丽",
  ].join("\n");

describe("a plan of projects and their money", () => {
  it("is refused when it never calls itself a decomposition", async () => {
    await expect(parseText(plan("2024年市级重点建设项目投资计划表"))).rejects.toMatchObject({ code: "NO_TABLE", message: expect.stringContaining("项目（投资）计划表") });
  });
  it("counter-example: the same table under a title that calls it a decomposition is read", async () => {
    const r = await parseText(plan("2024年政府工作报告重点项目责任分解表"));
    expect(r.tasks.map((t) => [t.seq, t.units, t.supervisors])).toEqual([
      [1, ["市交通运输局"], ["胡振邦"]],
      [2, ["市水利局"], ["胡振邦"]],
      [3, ["市卫生健康委"], ["庞晓丽"]],
    ]);
  });
  it("counter-example: a task table with a money column but no project column is read", async () => {
    const r = await parseText(["2024年重点工作安排", "序号\t工作任务\t资金来源\t责任单位", "1\t新建标准厂房8万平方米。\t市财政\t市工信局", "2\t完成退耕还林1.2万亩。\t省级补助\t市林业局"].join("\n"));
    expect(r.tasks.map((t) => t.units)).toEqual([["市工信局"], ["市林业局"]]);
  });
});

describe("`单位：万元` over a table of figures", () => {
  it("is the unit of measure, no label naming a responsible unit", async () => {
    const r = await parseText(["2024年政府工作报告重点项目责任分解表", "单位：万元", "序号\t项目名称\t总投资\t责任单位", "1\t东站综合交通枢纽\t186000\t市交通运输局", "2\t北岸防洪提升工程\t93500\t市水利局"].join("\n"));
    expect(r.tables.map((t) => t.layout)).toEqual(["tsv"]);
    expect(r.tasks.map((t) => [t.seq, t.units])).toEqual([
      [1, ["市交通运输局"]],
      [2, ["市水利局"]],
    ]);
  });
  it("counter-example: `责任单位：市水利局` and `单位：市水利局` are labels", async () => {
    const r = await parseText(["2024年重点工作分解", "1.新建堤防8.6公里。", "责任单位：市水利局", "2.新建站前广场。", "单位：市交通运输局"].join("\n"));
    expect(r.tasks.map((t) => t.units)).toEqual([["市水利局"], ["市交通运输局"]]);
  });
});

describe("a report on how the tasks went", () => {
  const body = ["一、进度滞后的任务", "1.全年完成固定资产投资980亿元。", "牵头单位：市发展改革委", "进展情况：一季度完成投资198亿元。", "2.新增规上工业企业60家。", "牵头单位：市工信局", "进展情况：一季度新增7家。"];
  it("titled as one (…推进情况的通报, …完成情况总结) and never calling itself a decomposition, is refused", async () => {
    await expect(parseText(["白汀市人民政府办公室关于2023年一季度《政府工作报告》重点任务推进情况的通报", ...body].join("\n"))).rejects.toMatchObject({ code: "NO_TABLE", message: expect.stringContaining("通报") });
    await expect(parseText(["烟山区人民政府2022年度重点工作完成情况总结", ...body].join("\n"))).rejects.toMatchObject({ code: "NO_TABLE" });
  });
  it("counter-example: a decomposition whose cover letter asks for progress reports is read", async () => {
    const r = await parseText(["关于印发2023年《政府工作报告》重点任务责任分解的通知", "请各牵头单位每季度末报送推进情况。", ...body].join("\n"));
    expect(r.tasks.map((t) => t.leadUnits)).toEqual([["市发展改革委"], ["市工信局"]]);
  });
});
