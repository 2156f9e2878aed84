import { describe, expect, it } from "vitest";
import { isHeaderRow, mapHeader, pairedUnitField } from "../../src/table/headers.js";

describe("mapHeader", () => {
  it.each([
    ["序号", "seq"], ["编号", "seq"],
    ["目标任务", "task"], ["具体任务", "task"], ["具体目标任务", "task"], ["工作任务", "task"], ["重点任务", "task"], ["主要任务", "task"],
    ["牵头单位", "leadUnits"], ["主办单位", "leadUnits"], ["牵头部门", "leadUnits"],
    ["责任单位", "units"], ["责任部门", "units"], ["承办单位", "units"],
    ["协办单位", "coUnits"], ["配合单位", "coUnits"], ["参与单位", "coUnits"], ["协同单位", "coUnits"],
    ["责任领导", "leaders"], ["责任人", "leaders"],
    ["分管领导", "supervisors"], ["分管市领导", "supervisors"], ["分管区领导", "supervisors"], ["分管县领导", "supervisors"],
    ["区分管或联系领导", "supervisors"], ["联系领导", "supervisors"], ["挂钩领导", "supervisors"],
    ["项目", "section"],
    ["责 任 单 位", "units"], ["完成时限", "other"], ["备注", "other"],
    // a department's own offices (处室) and a 责任主体 carry the work
    ["责任处室", "units"], ["协办处室", "coUnits"], ["牵头处室", "leadUnits"], ["责任主体", "units"],
    // the office that supervises or assesses is no responsibility column …
    ["督办单位", "other"], ["督查单位", "other"], ["考核部门", "other"],
    // … but a supervising leader is (counter-example)
    ["督办领导", "supervisors"], ["牵头领导", "leaders"],
    // a township's offices are 站所 (镇财政所, 镇农业服务中心): a 站所 column carries the work …
    ["责任站所", "units"], ["配合站所", "coUnits"], ["牵头站所", "leadUnits"],
    // … unless it supervises (counter-example), and a place that merely ends in 所 is no header word
    ["督办站所", "other"], ["派出所", "other"], ["所在地", "other"],
    // 包抓 / 包片: the leader who takes charge of a task or an area (Shaanxi counties, townships) supervises …
    ["包抓县级领导", "supervisors"], ["包抓领导", "supervisors"], ["包片领导", "supervisors"],
    // … while 包抓 or 包片 without a leader word names no column (counter-example)
    ["包抓项目", "other"], ["包片区域", "other"],
  ])("%s → %s", (h, f) => {
    expect(mapHeader(h)).toBe(f);
  });
});

describe("isHeaderRow: a sentence is no header", () => {
  it("prose split at its commas is not a header even when it names the columns", () => {
    expect(isHeaderRow(["近日", "区政府办公室发布《重点工作目标任务分解》方案", "共细分出171项目标任务", "均明确牵头单位与责任单位。"])).toBe(false);
    // the same cells without the sentence's full stop would pass as a header: the full stop decides
    expect(isHeaderRow(["近日", "区政府办公室发布《重点工作目标任务分解》方案", "共细分出171项目标任务", "均明确牵头单位与责任单位"])).toBe(true);
    // counter-example: the same words as labels are a header
    expect(isHeaderRow(["序号", "目标任务", "牵头单位", "责任单位"])).toBe(true);
  });
});

describe("isHeaderRow", () => {
  it("accepts a header row", () => {
    expect(isHeaderRow(["序号", "具体任务", "牵头单位", "责任单位", "分管领导"])).toBe(true);
  });
  it("rejects a data row that mentions header words", () => {
    expect(isHeaderRow(["1", "落实牵头单位责任", "区发改局", "各街道办事处", "庄垂生"])).toBe(false);
  });
});

describe("pairedUnitField", () => {
  it("pairs 责任人 with the unit column on its left", () => {
    expect(pairedUnitField(["seq", "task", "leadUnits", "leaders", "coUnits", "supervisors"])).toBe("leadUnits");
    expect(pairedUnitField(["seq", "section", "task", "units", "leaders", "supervisors"])).toBe("units");
  });
  it("has nothing to pair without a leader column", () => {
    expect(pairedUnitField(["seq", "task", "leadUnits", "units", "supervisors"])).toBeNull();
  });
});

describe("mapHeader beyond the seeds", () => {
  it.each([
    ["目标任务及工作措施", "task"], ["工作内容", "task"], ["年度目标", "task"], ["重点工作", "task"],
    ["主要责任单位", "units"], ["主责单位", "units"], ["主办单位", "leadUnits"], ["牵头责任单位", "leadUnits"], ["配合部门", "coUnits"], ["协助单位", "coUnits"],
    ["具体责任人", "leaders"], ["牵头领导", "leaders"], ["分管副市长", "supervisors"], ["挂钩市领导", "supervisors"], ["市领导", "supervisors"],
    ["实施主体", "units"], ["完成时限", "other"], ["时间节点", "other"],
    // the measures a table lists are its tasks (工作举措 beside 挂钩领导 / 责任主体) …
    ["工作举措", "task"], ["主要举措", "task"],
    // … while a deadline or progress column stays no field (counter-example)
    ["举措完成时限", "other"], ["进度安排", "other"],
  ])("%s → %s", (h, f) => {
    expect(mapHeader(h)).toBe(f);
  });
});
