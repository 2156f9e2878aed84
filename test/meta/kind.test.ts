import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeDocument } from "../../src/meta/kind.js";

describe("describeDocument", () => {
  it("recognises a work report", () => {
    expect(describeDocument("政府工作报告\n各位代表：\n现在，我代表市人民政府向大会作工作报告。")).toContain("政府工作报告");
  });
  it("recognises a newspaper page by its narrow columns", () => {
    expect(describeDocument(readFileSync("seeds/004_8be8280e27aee29f.txt", "utf8"))).toContain("报纸版面");
  });
  it("does not call a notice with a 文号 a newspaper", () => {
    const notice = ["某政办〔2023〕1号", "关于印发某某的通知", "各单位：", "现印发给你们。"].join("\n");
    expect(describeDocument(notice)).toContain("通知");
    expect(describeDocument(notice)).not.toContain("报纸");
  });
});

describe("a decomposition by evidence, not by numbered rows alone", () => {
  const parse = async (text: string) => (await import("../../src/parse.js")).parseText(text);
  const rows = ["1\t农村公路养护工程\t市交通运输局\t市公路事业发展中心", "2\t危桥改造工程\t市交通运输局\t市公路事业发展中心"];
  it("a budget's project table (主管部门 | 实施单位, no decomposition words) is refused, saying why", async () => {
    await expect(parse(["部门预算", "序号\t项目名称\t主管部门\t实施单位", ...rows].join("\n"))).rejects.toMatchObject({
      code: "NO_TABLE",
      message: expect.stringContaining("看不出是责任分解"),
    });
  });
  it("counter-example: the same rows under a task header and a role header are a decomposition", async () => {
    const r = await parse(["序号\t工作任务\t主管部门\t责任单位", ...rows].join("\n"));
    expect(r.tasks.map((t) => t.units)).toEqual([["市交通运输局", "市公路事业发展中心"], ["市交通运输局", "市公路事业发展中心"]]);
  });
  it("counter-example: the same table in a document that names itself a decomposition is read", async () => {
    const r = await parse(["2024年重点工作责任分解表", "序号\t项目名称\t主管部门\t实施单位", ...rows].join("\n"));
    expect(r.tasks).toHaveLength(2);
  });
  it("a service guide's numbered items with 实施主体 / 责任部门 labels and no decomposition words are refused", async () => {
    const guide = ["某某区政务服务事项办事指南", "1.个体工商户设立登记", "实施主体：区市场监督管理局", "责任部门：区行政审批科", "办理时限：1个工作日", "", "2.建设工程施工许可", "实施主体：区住建局", "责任部门：区住建局审批科", "办理时限：3个工作日"].join("\n");
    await expect(parse(guide)).rejects.toMatchObject({ code: "NO_TABLE" });
  });
  it("a forced layout skips the evidence check (the clerk has said what the document is)", async () => {
    const { parseText } = await import("../../src/parse.js");
    const r = await parseText(["序号\t项目名称\t主管部门\t实施单位", ...rows].join("\n"), { layout: "tsv" });
    expect(r.tasks).toHaveLength(2);
  });

  // a notice about something else whose groups are written as label lines: `分工` said of the groups, not of tasks
  const groups = (heading: string, first: string, second: string) =>
    ["某某区人民政府办公室关于开展安全生产大检查的通知", "各有关单位：", heading, first, "组　　长：王某某（副区长）", "成员单位：区应急管理局、区住建局", "", second, "组　　长：李某某（副区长）", "成员单位：区市场监管局、区商务局"].join("\n");
  it("paragraphs that are neither numbered nor sentences, in a notice that says only `分工`, are refused", async () => {
    await expect(parse(groups("二、检查组组成及分工", "第一检查组", "第二检查组"))).rejects.toMatchObject({
      code: "NO_TABLE",
      message: expect.stringContaining("看不出是责任分解"),
    });
  });
  it("counter-example: the same unnumbered paragraphs in a notice that names a decomposition are read (flagged)", async () => {
    const r = await parse(groups("二、政府工作报告重点任务分解", "第一检查组", "第二检查组"));
    expect(r.tasks).toHaveLength(2);
    expect(r.tasks.every((t) => t.review.some((x) => x.code === "TASK_UNNUMBERED"))).toBe(true);
  });
  it("counter-example: numbered tasks under the weak word `分工` are read", async () => {
    const r = await parse(groups("二、任务分工", "1.开展城区在建工地检查。", "2.开展危化品经营单位检查。"));
    expect(r.tasks.map((t) => [t.seq, t.units])).toEqual([
      [1, ["区应急管理局", "区住建局"]],
      [2, ["区市场监管局", "区商务局"]],
    ]);
  });
});
