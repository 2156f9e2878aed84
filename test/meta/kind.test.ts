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
});
