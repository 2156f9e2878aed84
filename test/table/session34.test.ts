/**
 * Session 34: general rules found by the held-out sets h20c and h21. Names and tasks are invented.
 */
import { describe, expect, it } from "vitest";
import { brokenNameAcross, unwrapHardLines } from "../../src/layouts/list/unwrap.js";
import { classify } from "../../src/names/classify.js";
import { splitEntities } from "../../src/names/split.js";

const lines = (text: string) => text.split("\n").map((t, i) => ({ text: t, line: i + 1 }));

describe("a label's list broken after a collective of one division (`…、各乡` | `镇人民政府`)", () => {
  it("the next line going on with the division joins the name", () => {
    expect(brokenNameAcross("责任单位：县财政局、各乡", "镇人民政府")).toBe(true);
    expect(brokenNameAcross("协同单位：市财政局、各县", "（市、区）人民政府")).toBe(true);
    expect(brokenNameAcross("责任单位：县民政局、各镇", "（街道）")).toBe(true);
  });
  it("counter-example: a next name opening a division of its own, or prose, is not joined", () => {
    expect(brokenNameAcross("责任单位：县财政局、各乡", "县住房和城乡建设局")).toBe(false);
    expect(brokenNameAcross("责任单位：县财政局、各乡", "镇村两级推进青禾集市建设。")).toBe(false);
    expect(brokenNameAcross("推进青禾片区建设、各乡", "镇人民政府")).toBe(false);
  });
  it("over a line a list's mark opened: the label's colon stands on the line joined before", () => {
    const text = [
      "1.推进青禾片区养老服务中心建设，新增养老床位三百张，实现青溪镇卫生院远程会诊全覆盖，",
      "完善医共体建设。",
      "牵头单位：县卫生健康委",
      "责任单位：县医疗保障局、县民政局（县老龄办）",
      "、各乡",
      "镇人民政府",
      "责任领导：林一凡",
    ].join("\n");
    expect(unwrapHardLines(lines(text)).lines.map((l) => l.text)).toContain("责任单位：县医疗保障局、县民政局（县老龄办）、各乡镇人民政府");
    // the same in a text whose wrapped lines show its width (22 characters)
    const wide = [
      "1.推进青禾片区污水管网改造，新建雨污分流管网十",
      "二公里，完成老旧管网修复八公里，同步实施片区道",
      "路修复工程。",
      "牵头单位：县住房和城乡建设局",
      "2.实施青禾集市提质工程，改造农贸市场三个，新增",
      "便民服务网点二十个，推动集市交易额稳步增长，打",
      "造县域商业示范街区。",
      "牵头单位：县商务局",
      "3.完善城乡养老服务体系，新建乡镇综合养老服务中",
      "心两个，提升农村互助养老服务站运营水平，实现远",
      "程会诊全覆盖。",
      "牵头单位：县卫生健康委",
      "责任单位：县医疗保障局、县民政局（县老龄办）",
      "、各乡",
      "镇人民政府",
      "责任领导：林一凡",
    ].join("\n");
    expect(unwrapHardLines(lines(wide)).lines.map((l) => l.text)).toContain("责任单位：县医疗保障局、县民政局（县老龄办）、各乡镇人民政府");
  });
});

describe("a collective ends as the bodies it ranges over do", () => {
  it("a `各…` with no division's, body's, unit's or role's ending is a name cut by a wrap", () => {
    expect(classify("各基础电")).toBe("fragment");
    expect(classify("各青禾重")).toBe("fragment");
    expect(splitEntities(["县工业和信息化局、县通信发展办、各基础电", "信企业"], "unit")).toEqual(["县工业和信息化局", "县通信发展办", "各基础电信企业"]);
  });
  it("counter-example: collectives ending in a body, a division, a unit's or a role's ending stand whole", () => {
    for (const name of ["各基础电信企业", "各类市场主体", "各人民团体", "各沿海镇街", "各县（市、区）人民政府", "各乡镇（街道）", "各金融机构", "各有关单位", "各镇镇长", "各镇政府、街道办事处"]) {
      expect(classify(name), name).not.toBe("fragment");
    }
    // a bracket a wrap left open is judged by the name before it
    expect(classify("各乡镇（街道、开发")).toBe("collective");
    // the head of a collective that shares its 各 with what follows the mark (`各镇政府、` + `街道办事处`)
    expect(classify("各镇政府、")).toBe("collective");
    // a list's closing 等 is no part of the name
    expect(classify("区直有关部门等")).toBe("collective");
    expect(splitEntities(["县财政局、各类市场主体", "县统计局"], "unit")).toEqual(["县财政局", "各类市场主体", "县统计局"]);
  });
});
