// One question asked of a line by the flat reader's restart rules: does this text open a task? (It was
// two helpers, `opensTask` for the text after a number and `opensTaskPiece` for a line under a heading
// or above a centred number.) The examples both agreed on, written before they were merged, and the
// four kinds of line where they disagreed, with the decision taken. Fictional names.
import { describe, expect, it } from "vitest";
import { opensTask, restartsUnderHeading, restartsWithoutHeading, type RowBlock } from "../../src/layouts/flat/segment.js";

const src = (texts: string[]) => texts.map((text, k) => ({ text, line: k + 1 }));
const heading = (): RowBlock => ({ seq: 11, line: 1, lines: [{ text: "县邮政分公司", line: 1, afterBreak: false }, { text: "（一）完善基础设施", line: 2, afterBreak: false }] });

describe("opensTask: task prose or the first piece of a task cut by its cell's width", () => {
  it("prose, a sentence's first clause, a long unspaced piece of task open a task", () => {
    for (const t of ["推进改革，", "推进改革。", "完成县城至北岭乡三级公路改造", "统筹城乡融合发展", "实防止返贫动态监测和帮扶", "新建农贸市场1个", "造，新建农贸市场1个，集镇", "巩固拓展脱贫攻坚成果，落", "28 公里，新建通组公路 60 公里 蒋海峰 县交通运输局"]) {
      expect(opensTask(t)).toBe(true);
    }
  });
  it("counter-examples: a unit, a names line, a short piece open none", () => {
    for (const t of ["县交通运输局", "镇规划建设办公室 曹国强", "加快发展", "镇规划建设办公室"]) expect(opensTask(t)).toBe(false);
  });
  it("decision: a task piece with the row's names printed after it opens a task (reading order prints them on one line)", () => {
    expect(opensTask("完成集镇主街道提质改 曹国强")).toBe(true);
    expect(opensTask("完成县城至北岭乡三级公路改造 蒋海峰")).toBe(true);
  });
  it("decision: a line that is prose only by its punctuation or digits but no task opens none: names and a time cell, a marked heading row, a list of names", () => {
    expect(opensTask("区直有关单位 2022年6月底前")).toBe(false);
    expect(opensTask("二、统筹城乡融合发展")).toBe(false);
    expect(opensTask("各镇（街道）、区直有关单位、区农业农村局（区重点办）")).toBe(false);
  });
});

describe("the restart rules that ask it", () => {
  it("a 1 right under a heading, before a task piece with a name after it: a restart (was: only when the number is centred)", () => {
    const lines = src(["1 完成县城至北岭乡三级公路改造 蒋海峰", "28 公里，新建通组公路 60 公里 县交通运输局", "熊秀英2 实施农村义务教育学生营养改善计"]);
    expect(restartsUnderHeading(1, "完成县城至北岭乡三级公路改造 蒋海峰", heading(), lines, 0)).toBe(true);
    // counter-example: a unit after the number
    expect(restartsUnderHeading(1, "县交通运输局 蒋海峰", heading(), src(["1 县交通运输局 蒋海峰", "2 推进龙溪水库除险加固"]), 0)).toBe(false);
  });
  it("a bare 1 with no heading: the line after it must open a task, a names-and-time line does not (was: read as prose by its digits)", () => {
    const current: RowBlock = { seq: 5, line: 1, lines: [{ text: "推进产业第5项任务建设。", line: 1, afterBreak: false }] };
    const run = (first: string) => src(["1", first, "2", "推进城乡第2项任务建设，全年完成投资。", "3", "推进城乡第3项任务建设，全年完成投资。"]);
    expect(restartsWithoutHeading(1, "", current, run("推进城乡第1项任务建设，全年完成投资。"), 0)).toBe(true);
    expect(restartsWithoutHeading(1, "", current, run("区直有关单位 2022年6月底前"), 0)).toBe(false);
    expect(restartsWithoutHeading(1, "", current, run("县交通运输局"), 0)).toBe(false);
  });
});
