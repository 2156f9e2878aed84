// A flattened table whose header has a column fenjie does not interpret (完成时限, 备注), rows one per line
// with single spaces between cells (a web table copied as text), and a heading right under the header.
import { describe, expect, it } from "vitest";
import { findFlatHeader } from "../../src/layouts/flat/header.js";
import { peelInlineTail } from "../../src/layouts/flat/fragments.js";
import { parseText } from "../../src/parse.js";

const lines = (text: string) => text.split("\n").map((t, i) => ({ text: t, line: i + 1 }));
const ROWS = [
  "2023年区政府工作报告重点任务分解表",
  "序号 工作任务 责任领导 牵头单位 配合单位 完成时限",
  "一、扩大有效投资",
  "1 全面完成年度招商引资任务,新签约项目30个。 王建国 区商务局 区发改局、区财政局 2023年底",
  "2 开工建设产业园标准厂房10万平方米。 王建国 区商务局 区住建局 2023年10月",
  "二、增进民生福祉",
  "3 改造老旧小区12个,惠及居民3000户。 李红梅 区住建局 各街道 持续推进",
].join("\n");

describe("a flat header with an uninterpreted column", () => {
  it("takes 完成时限 as a column of the header, in no field", () => {
    const h = findFlatHeader(lines(ROWS))!;
    expect(h.headers).toEqual(["序号", "工作任务", "责任领导", "牵头单位", "配合单位", "完成时限"]);
    expect(h.columns).toEqual(["seq", "task", "leaders", "leadUnits", "coUnits", "other"]);
  });
  it("counter-example: a heading with its marker under the header is not part of it (it was glued to 配合单位)", () => {
    const h = findFlatHeader(lines(ROWS.replace(" 完成时限", "")))!;
    expect(h.headers).toEqual(["序号", "工作任务", "责任领导", "牵头单位", "配合单位"]);
    expect(h.end).toBe(1);
  });
  it("counter-example: an uninterpreted word is a whole printed word, never cut out of another (`配合单位完成时限`)", () => {
    expect(findFlatHeader(lines("序号 工作任务 牵头单位 配合单位完成时限\n1 扩大投资。 区发改局 区财政局 2023年底"))?.columns ?? []).not.toContain("other");
  });
});

describe("peelInlineTail with a time column", () => {
  it("drops the row's time printed last, then peels its names", () => {
    expect(peelInlineTail("开工建设标准厂房10万平方米。 王建国 区商务局 区住建局 2023年10月", undefined, true)).toEqual({
      task: "开工建设标准厂房10万平方米。",
      tail: ["王建国", "区商务局", "区住建局"],
    });
  });
  it("counter-example: without a time column in the header the line is left whole", () => {
    expect(peelInlineTail("开工建设标准厂房10万平方米。 王建国 区商务局 区住建局 2023年10月").tail).toEqual([]);
  });
});

describe("rows read end to end", () => {
  it("reads every row with its section, the times in no field (this notice was refused before)", async () => {
    const out = await parseText(ROWS, { fileName: "rows.txt" });
    expect(out.tasks.map((t) => [t.seq, t.section, t.task, t.leaders, t.leadUnits, t.coUnits, t.review.length])).toEqual([
      [1, ["一、扩大有效投资"], "全面完成年度招商引资任务,新签约项目30个。", ["王建国"], ["区商务局"], ["区发改局", "区财政局"], 0],
      [2, ["一、扩大有效投资"], "开工建设产业园标准厂房10万平方米。", ["王建国"], ["区商务局"], ["区住建局"], 0],
      [3, ["二、增进民生福祉"], "改造老旧小区12个,惠及居民3000户。", ["李红梅"], ["区住建局"], ["各街道"], 0],
    ]);
  });
  it("the same one cell per line (no marks, no blank lines): the time cells are in no field, not stray task text", async () => {
    const text = ROWS.split("\n").flatMap((l, k) => (k >= 3 && /^\d/.test(l) ? l.split(" ") : [l])).join("\n");
    const out = await parseText(text, { fileName: "cells.txt" });
    expect(out.tasks.map((t) => [t.seq, t.task, t.coUnits])).toEqual([
      [1, "全面完成年度招商引资任务,新签约项目30个。", ["区发改局", "区财政局"]],
      [2, "开工建设产业园标准厂房10万平方米。", ["区住建局"]],
      [3, "改造老旧小区12个,惠及居民3000户。", ["各街道"]],
    ]);
  });
});

describe("the notice's signature after the last row", () => {
  const SIGNED = `${ROWS}\n县人民政府办公室\n2023年2月15日`;
  it("ends the table: the issuer is no unit of the last row", async () => {
    const out = await parseText(SIGNED, { fileName: "signed.txt" });
    expect(out.tasks[2]).toMatchObject({ seq: 3, leadUnits: ["区住建局"], coUnits: ["各街道"] });
  });
  it("counter-example: a signature a PDF dump prints amid the table (the next row's number after it) ends nothing", async () => {
    const amid = ROWS.replace("二、增进民生福祉", "县人民政府办公室\n2023年2月15日\n二、增进民生福祉");
    const out = await parseText(amid, { fileName: "amid.txt" });
    expect(out.tasks.map((t) => t.seq)).toEqual([1, 2, 3]);
  });
  it("counter-example: an office named among the last row's units, with no date line after it, stays a unit", async () => {
    const out = await parseText(`${ROWS.replace("各街道 持续推进", "各街道")}\n区政府办公室`, { fileName: "unsigned.txt" });
    expect(out.tasks[2]!.coUnits).toEqual(["各街道", "区政府办公室"]);
  });
});
