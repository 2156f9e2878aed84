// Classes of the seventh real-like set (fixtures/real-like, issue 15 §1 and §3): one `describe` per
// rule, each with a counter-example that looks alike and must not be read the same way.
import { describe, expect, it } from "vitest";
import { mapHeader } from "../../src/table/headers.js";
import { parseText } from "../../src/parse.js";
import type { Result } from "../../src/model/schema.js";

const rows = (r: Result) =>
  r.tasks.map((t) => ({ seq: t.seq, section: t.section, task: t.task, lead: t.leadUnits, units: t.units, co: t.coUnits, leaders: t.leaders, sup: t.supervisors, review: t.review.map((x) => x.code) }));

describe("towns, streets and villages as responsible units (责任乡镇, 责任镇街, 责任村)", () => {
  it("maps 责任乡镇 / 责任镇街 / 责任街道 / 责任村（社区） to units", () => {
    for (const h of ["责任乡镇", "责任镇街", "责任街道", "责任村", "责任村（社区）", "落实乡镇"]) expect(mapHeader(h), h).toBe("units");
  });
  it("counter-example: a column that only locates a place is no unit column", () => {
    for (const h of ["所在乡镇", "项目所在村", "乡镇", "街道"]) expect(mapHeader(h), h).toBe("other");
  });
  it("reads 责任镇街 label lines as units", async () => {
    const r = await parseText(["2024年重点任务分解", "1.新增城市绿地30万平方米。", "牵头部门：区园林绿化局", "责任镇街：东城街道、南湖街道", "2.完成城中村改造3个。", "牵头部门：区住建局", "责任镇街：各镇（街道）"].join("\n"));
    expect(rows(r).map((x) => [x.task, x.lead, x.units])).toEqual([
      ["新增城市绿地30万平方米。", ["区园林绿化局"], ["东城街道", "南湖街道"]],
      ["完成城中村改造3个。", ["区住建局"], ["各镇（街道）"]],
    ]);
  });
});

describe("older and township leader words: 主管领导, 包村领导, 单位主要负责人", () => {
  it("maps 主管领导 / 包村领导 / 联村领导 to supervisors and 单位主要负责人 to leaders", () => {
    for (const h of ["主管领导", "主管县领导", "包村领导", "联村领导"]) expect(mapHeader(h), h).toBe("supervisors");
    expect(mapHeader("单位主要负责人")).toBe("leaders");
  });
  it("counter-example: 主管部门 is a unit column, 具体联系人 and 包村 alone are no leader column", () => {
    expect(mapHeader("主管部门")).toBe("units");
    expect(mapHeader("具体联系人")).toBe("other");
    expect(mapHeader("包村")).toBe("other");
  });
});
