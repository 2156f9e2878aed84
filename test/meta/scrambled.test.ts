/**
 * A table whose text came out column by column (poppler's default reading order):
 * when no layout rebuilds its rows, the refusal says the table is there but
 * scrambled, and what to do — not that the notice came without its table.
 */
import { describe, expect, it } from "vitest";
import { scrambledTable } from "../../src/meta/kind.js";
import { parse } from "../../src/parse.js";

const SCRAMBLED = ["关于印发2023年政府工作报告目标任务责任分解的通知", "附件", "分管副市", "长", "", "牵头单位", "", "责任单位", "", "建成轨道交通2号线。", "王刚", "市交通运输局", "8", "实施干线公路改造80公里。", "9", "新开通公交线路15条。", "序号", "重点工作任务", "配合单位", "7"];

describe("scrambledTable", () => {
  it("is three header words alone on lines and three lines opening with a number", () => {
    expect(scrambledTable(SCRAMBLED)).toBe(true);
  });

  it("is not prose that names the roles inside sentences, nor header words without numbered lines (counter-examples)", () => {
    expect(scrambledTable(["各牵头单位要会同责任单位和配合单位细化措施。", "1 建成轨道交通。", "2 实施公路改造。", "3 新开通公交线路。"])).toBe(false);
    expect(scrambledTable(["序号", "牵头单位", "责任单位", "建成轨道交通。"])).toBe(false);
  });
});

describe("the refusal of a scrambled table", () => {
  it("says the table's text is out of order and how to export it again", async () => {
    // poppler's default text of a LibreOffice table with five role columns (fixtures/dumps2)
    await expect(parse("fixtures/dumps2/lo-five-roles-narrow.pdftotext.txt")).rejects.toThrow(/表格的文字顺序已被打乱.*pdftotext -layout/);
  });
});
