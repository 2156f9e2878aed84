/**
 * Names printed between a flat table's header and its first row (a merged
 * cell read ahead of the rows it spans): every row of the table is flagged.
 */
import { describe, expect, it } from "vitest";
import { flagNamesBeforeRows, namesBeforeRows } from "../../src/layouts/flat/leadingnames.js";
import type { RawRecord } from "../../src/model/intermediate.js";

const row = (seq: number): RawRecord => ({ table: 0, seq, section: [], task: ["新增城镇就业300人。"], cells: {}, source: { line: 20 + seq } });

describe("namesBeforeRows", () => {
  it("is the unit and person names on name-only lines", () => {
    expect(namesBeforeRows([{ text: "高明" }, { text: "镇农业综合服务中心 各村（社区）" }, { text: "镇经济发展办" }])).toEqual(["高明", "镇农业综合服务中心", "各村（社区）", "镇经济发展办"]);
  });

  it("is nothing for a heading row, prose or a title before the first row (counter-examples)", () => {
    expect(namesBeforeRows([{ text: "一、产业发展" }, { text: "各单位要抓好落实。" }, { text: "2024年目标任务分解表" }])).toEqual([]);
  });
});

describe("flagNamesBeforeRows", () => {
  it("flags every row of the table when names stand before the first row", () => {
    const d = flagNamesBeforeRows([row(1), row(2)], [{ text: "高明", line: 10 }, { text: "镇经济发展办", line: 11 }], 0);
    expect(d.map((x) => [x.code, x.level, x.seq])).toEqual([
      ["FLAT_NAMES_BEFORE_ROWS", "warning", 1],
      ["FLAT_NAMES_BEFORE_ROWS", "warning", 2],
    ]);
    expect(d[0]!.message).toMatch(/第 10 行起.*高明、镇经济发展办.*第 1 项/);
  });

  it("flags nothing when the rows hold those names (a column block dealt to them) (counter-example)", () => {
    const held = { ...row(1), cells: { leaders: [{ text: "高明" }], units: [{ text: "镇经济发展办" }] } };
    expect(flagNamesBeforeRows([held, row(2)], [{ text: "高明", line: 10 }, { text: "镇经济发展办", line: 11 }], 0)).toEqual([]);
  });

  it("flags nothing when only a heading row stands there (counter-example)", () => {
    expect(flagNamesBeforeRows([row(1)], [{ text: "一、产业发展", line: 10 }], 0)).toEqual([]);
  });
});
