import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import { peelGluedUnit } from "../../src/layouts/flat/fragments.js";

describe("a unit printed after a space at the end of a wrapped task line (reading order)", () => {
  it("takes a whole unit off the line's end", () => {
    expect(peelGluedUnit("完成省环境友好高分子材料创新中心、电子精细化学新材 科技局")).toEqual({ task: "完成省环境友好高分子材料创新中心、电子精细化学新材", unit: "科技局" });
    expect(peelGluedUnit("规上企业研发活动覆盖率达 20 工信局")).toEqual({ task: "规上企业研发活动覆盖率达 20", unit: "工信局" });
  });

  it("counter-example: a quantity, a wrapped piece of a name, a list or a lone name is not taken", () => {
    // `个中心` ends like a unit but starts with a measure word: the task's own words
    expect(peelGluedUnit("建设区域性创新平台 5 个中心")).toBeNull();
    // a piece of a wrapped name is no whole unit
    expect(peelGluedUnit("推动生产性服务业向专业化和价值链高端延 伸")).toBeNull();
    expect(peelGluedUnit("全面清查 发改局、财政局")).toBeNull();
    expect(peelGluedUnit("城管局 科技局")).toBeNull();
    expect(peelGluedUnit("电子精细化学新材科技局")).toBeNull();
  });
});

const notice = (rows: string[]): string =>
  [
    "附件",
    "2022 年度区《政府工作报告》目标任务责任分解表",
    "序号",
    "具体任务",
    "牵头单位",
    "分管领导",
    ...rows,
  ].join("\n");

describe("the flat layout with a unit glued to a wrapped task line", () => {
  it("keeps the task whole, gives the unit to the row and flags the row", async () => {
    const r = await parseText(
      notice(["1", "地区生产总值增长 8%左右。", "区发改局", "庄垂生", "2", "居民收入与经济增长基 区发改局", "本同步。", "区人社局", "李超端", "3", "工业增加值增长 7%。", "区工信局", "吴小纲"]),
      { layout: "flat" },
    );
    const t = r.tasks.find((x) => x.seq === 2)!;
    expect(t.task.replace(/\s/g, "")).toBe("居民收入与经济增长基本同步。");
    expect(t.leadUnits).toEqual(["区发改局", "区人社局"]);
    expect(t.review.map((x) => x.code)).toContain("FLAT_NAME_BESIDE_TASK");
    expect(r.tasks.find((x) => x.seq === 1)!.review.map((x) => x.code)).not.toContain("FLAT_NAME_BESIDE_TASK");
  });

  it("counter-example: a task line ending a sentence, or whose next line is a name, keeps the old reading", async () => {
    const r = await parseText(notice(["1", "推动商贸发展 区商务局", "区发改局", "庄垂生", "2", "工业增加值增长 7%。", "区工信局", "吴小纲"]), { layout: "flat" });
    expect(r.diagnostics.some((d) => d.code === "FLAT_NAME_BESIDE_TASK")).toBe(false);
  });
});
