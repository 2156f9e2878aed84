// Session 24's general rules, each with a counter-example (text that looks alike and must not be read so).
import { describe, expect, it } from "vitest";
import { splitEntities } from "../../src/names/split.js";
import { isPageNoise } from "../../src/table/find.js";

describe("a unit name cut by a cell's width inside a longer ending (`…合作社联` | `合社`)", () => {
  it("joins when the line ran to the cell's edge and only together the pieces end in an organisation's word", () => {
    expect(splitEntities([{ text: "县供销合作社联", wrapped: true }, { text: "合社" }], "unit")).toEqual(["县供销合作社联合社"]);
    expect(splitEntities([{ text: "县农业农村局、县供销合作社联", wrapped: true }, { text: "合社" }], "unit")).toEqual(["县农业农村局", "县供销合作社联合社"]);
  });
  it("counter-examples: a federation ending a line that stopped short, and one whose next line is a unit of its own", () => {
    expect(splitEntities([{ text: "县妇联", ended: true }, { text: "县团委" }], "unit")).toEqual(["县妇联", "县团委"]);
    expect(splitEntities([{ text: "县工商联", wrapped: true }, { text: "县商务局" }], "unit")).toEqual(["县工商联", "县商务局"]);
  });
});

describe("a year alone on a line is no page number", () => {
  it("four digits are a 完成时限 cell's year wrapped onto a line of its own", () => {
    expect(isPageNoise("2025")).toBe(false);
    expect(isPageNoise("  2026 ")).toBe(false);
  });
  it("counter-examples: page numbers of one to three digits and the marked forms stay page furniture", () => {
    for (const t of ["3", "12", "105", "- 3 -", "第 2 页"]) expect(isPageNoise(t), t).toBe(true);
  });
});
