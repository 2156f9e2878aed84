import { describe, expect, it } from "vitest";
import { TRAD_TO_SIMP, toSimplified } from "../../src/text/script.js";
import { classify, isPersonName } from "../../src/names/classify.js";
import { splitEntities } from "../../src/names/split.js";

describe("traditional → simplified folding (matching only)", () => {
  it("maps one BMP character to one, so offsets are kept", () => {
    for (const [t, s] of TRAD_TO_SIMP) {
      expect([t.length, s.length], t).toEqual([1, 1]);
      expect(t).not.toBe(s);
    }
    const text = "牽頭單位：區發改局；責任領導：陳志明";
    expect(toSimplified(text)).toBe("牵头单位：区发改局；责任领导：陈志明");
    expect(toSimplified(text).length).toBe(text.length);
  });

  it("classifies traditional-script names like simplified ones, keeping them as printed", () => {
    expect(isPersonName("陳志明")).toBe(true);
    expect(isPersonName("蕭明輝")).toBe(true);
    expect(classify("區財政局")).toBe("unit");
    expect(classify("各街道辦事處")).toBe("collective");
    expect(splitEntities(["區交通局、各街道辦事處"], "unit")).toEqual(["區交通局", "各街道辦事處"]);
    expect(splitEntities(["區行政服務中心 管委會"], "unit")).toEqual(["區行政服務中心管委會"]);
    expect(splitEntities(["陳志明、黃麗華"], "person")).toEqual(["陳志明", "黃麗華"]);
  });
});
