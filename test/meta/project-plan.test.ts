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
