/**
 * Chromium-made tables in pdftotext's default mode: a wrapped header label whose tail is printed
 * after the other labels, and unit cells printed amid a wrapped task. Hand-written excerpts.
 */
import { describe, expect, it } from "vitest";
import { isUnitNamesLine, joinStrayTails } from "../../src/layouts/flat/headertails.js";
import { findFlatHeader } from "../../src/layouts/flat/header.js";
import { moveUnitLinesAfterTask } from "../../src/layouts/flat/unitlines.js";
import { segmentRows, type FlatLine } from "../../src/layouts/flat/segment.js";
import { isTableTitleLine } from "../../src/layouts/flat/amidfurniture.js";

const src = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
const flat = (...texts: string[]): FlatLine[] => texts.map((text, i) => ({ text, line: i + 1, afterBreak: false }));

describe("a header label's tail printed after the other labels", () => {
  it("joins the tail to the one label it completes, which keeps its place", () => {
    const tokens = [
      { text: "序号", row: 0 },
      { text: "分管区领", row: 0 },
      { text: "重点工作任务", row: 1 },
      { text: "牵头单位", row: 2 },
      { text: "责任单位", row: 2 },
      { text: "完成时限", row: 2 },
      { text: "导", row: 3 },
    ];
    expect(joinStrayTails(tokens).map((t) => t.text)).toEqual(["序号", "分管区领导", "重点工作任务", "牵头单位", "责任单位", "完成时限"]);
  });
  it("reads the header with the joined label in its column", () => {
    const h = findFlatHeader(src("序号 分管区领", "重点工作任务", "牵头单位 责任单位 完成时限", "导", "1 王五 新增城镇就业6500人。 区人社局 各街道办事处"));
    expect(h?.headers).toEqual(["序号", "分管区领导", "重点工作任务", "牵头单位", "责任单位", "完成时限"]);
    expect(h?.columns).toEqual(["seq", "supervisors", "task", "leadUnits", "units", "other"]);
  });
  it("leaves a tail printed right after its label, a tail that completes nothing, or two candidates (counter-examples)", () => {
    // right after: the ordinary segmentation joins it
    const next = [{ text: "序号", row: 0 }, { text: "分管区领", row: 0 }, { text: "导", row: 1 }];
    expect(joinStrayTails(next).map((t) => t.text)).toEqual(["序号", "分管区领", "导"]);
    // `完成时限` + `导` names nothing: not joined
    const none = [{ text: "序号", row: 0 }, { text: "完成时", row: 0 }, { text: "具体任务", row: 1 }, { text: "导", row: 2 }];
    expect(joinStrayTails(none).map((t) => t.text)).toEqual(["序号", "完成时", "具体任务", "导"]);
    // two labels it could complete: which one is unknown
    const two = [{ text: "分管区领", row: 0 }, { text: "联系区领", row: 0 }, { text: "具体任务", row: 1 }, { text: "导", row: 2 }];
    expect(joinStrayTails(two).map((t) => t.text)).toEqual(["分管区领", "联系区领", "具体任务", "导"]);
    // a tail sharing its line with other words is no stray tail
    const shared = [{ text: "序号", row: 0 }, { text: "分管区领", row: 0 }, { text: "具体任务", row: 1 }, { text: "导", row: 2 }, { text: "备注", row: 2 }];
    expect(joinStrayTails(shared).map((t) => t.text)).toEqual(["序号", "分管区领", "具体任务", "导", "备注"]);
  });
});

describe("a column printed as a block under its label, right after the header", () => {
  it("ends the header at the first line of names: the names are the first row's cells", () => {
    const h = findFlatHeader(src("序号", "", "具体目标任务", "", "牵头单位", "城管局", "文体旅游局", "14 创建文创培训、美食、服装、夜市等特", "色街区。"));
    expect(h?.headers).toEqual(["序号", "具体目标任务", "牵头单位"]);
    expect(h?.end).toBe(4);
    const p = findFlatHeader(src("序号 目标任务 责任领导 责任单位 配合单位", "高明", "1 新建公办幼儿园3所。 县教育局"));
    expect(p?.headers).toEqual(["序号", "目标任务", "责任领导", "责任单位", "配合单位"]);
  });
  it("tells names from the rest of a wrapped label (counter-examples)", () => {
    expect(isUnitNamesLine("城管局")).toBe(true);
    expect(isUnitNamesLine("高明", "配合单位")).toBe(true);
    // the rest of a label, a label's first line, a label of its own, a rest completing a label
    expect(isUnitNamesLine("导")).toBe(false);
    expect(isUnitNamesLine("领导", "分管")).toBe(false);
    expect(isUnitNamesLine("区分管或联", "协办单位")).toBe(false);
    expect(isUnitNamesLine("配合单位")).toBe(false);
    expect(isUnitNamesLine("时限", "完成")).toBe(false);
    // and a wrapped label is still read whole
    const w = findFlatHeader(src("序号 具体目标任务 牵头单位 责任人 协办单位", "区分管或联", "系领导", "14 创建文创培训。 城管局 程进强"));
    expect(w?.headers).toEqual(["序号", "具体目标任务", "牵头单位", "责任人", "协办单位", "区分管或联系领导"]);
  });
});

describe("unit cells printed amid a wrapped task", () => {
  it("moves the unit line after the task's last line", () => {
    const r = moveUnitLinesAfterTask(flat("培育国家级专精特新“小巨人”企业3家，省级", "区工信局 区科技局", "专精特新企业20家。", "区财政局"));
    expect(r.lines.map((l) => l.text)).toEqual(["培育国家级专精特新“小巨人”企业3家，省级", "专精特新企业20家。", "区工信局 区科技局", "区财政局"]);
    expect(r.moved).toEqual([2]);
  });
  it("moves it past several task lines up to the one that ends the sentence", () => {
    const r = moveUnitLinesAfterTask(flat("推进城市更新，改造老旧小区", "区住建局", "120个，完成管网改造", "30公里。", "区城管局"));
    expect(r.lines.map((l) => l.text)).toEqual(["推进城市更新，改造老旧小区", "120个，完成管网改造", "30公里。", "区住建局", "区城管局"]);
  });
  it("leaves names after a finished sentence, names with a person, and a task that never ends (counter-examples)", () => {
    const done = flat("新增城镇就业6500人。", "区人社局", "零就业家庭动态清零。");
    expect(moveUnitLinesAfterTask(done).lines.map((l) => l.text)).toEqual(done.map((l) => l.text));
    const person = flat("培育国家级专精特新企业，省级", "区工信局 王五", "专精特新企业20家。");
    expect(moveUnitLinesAfterTask(person).lines.map((l) => l.text)).toEqual(person.map((l) => l.text));
    const open = flat("培育国家级专精特新企业，省级", "区工信局", "专精特新企业20家");
    expect(moveUnitLinesAfterTask(open).lines.map((l) => l.text)).toEqual(open.map((l) => l.text));
    // a task's own enumeration wrapped onto a line of its own
    const list = flat("积极发展学前教育、职业教育、", "特殊教育、社区教育，努力满足", "各阶段、各层次、各方面的教育", "需求。");
    expect(moveUnitLinesAfterTask(list).lines.map((l) => l.text)).toEqual(list.map((l) => l.text));
    // a list mark inside a unit's brackets is the unit's own
    const bracket = moveUnitLinesAfterTask(flat("招引项目落地，新建标准厂房", "各乡镇（街道、开发区）", "20万平方米。"));
    expect(bracket.lines.map((l) => l.text)).toEqual(["招引项目落地，新建标准厂房", "20万平方米。", "各乡镇（街道、开发区）"]);
    // a line of names followed by more names, not by task text
    const names = flat("培育国家级专精特新企业，省级", "区工信局", "区科技局");
    expect(moveUnitLinesAfterTask(names).lines.map((l) => l.text)).toEqual(names.map((l) => l.text));
  });
});

describe("the letter's signature and the table's title printed amid the rows", () => {
  const rows = (...texts: string[]) => {
    const lines = src(...texts);
    const header = findFlatHeader(lines)!;
    return segmentRows(lines, header).rows.map((r) => ({ seq: r.seq, lines: r.lines.map((l) => l.text) }));
  };
  it("drops them when numbered rows follow", () => {
    expect(
      rows("序号 目标任务 责任单位 责任领导", "1 新建公办幼儿园3所。 县教育局 王五", "某某县人民政府", "2021年1月13日", "2021 年《政府工作报告》目标任务责任分解表", "2 消除城区学校大班额。 县教育局 王五"),
    ).toEqual([
      { seq: 1, lines: ["新建公办幼儿园3所。 县教育局 王五"] },
      { seq: 2, lines: ["消除城区学校大班额。 县教育局 王五"] },
    ]);
  });
  it("keeps a task that names the table, a unit line without a date, and ends the table at a final signature (counter-examples)", () => {
    expect(isTableTitleLine("2021 年《政府工作报告》目标任务责任分解表")).toBe(true);
    expect(isTableTitleLine("制定《政府工作报告》目标任务责任分解表，按月调度。")).toBe(false);
    expect(isTableTitleLine("制定权责清单")).toBe(false);
    expect(rows("序号 目标任务 责任单位 责任领导", "1 新建公办幼儿园3所。", "某某县人民政府", "王五", "2 消除城区学校大班额。 县教育局 王五")).toEqual([
      { seq: 1, lines: ["新建公办幼儿园3所。", "某某县人民政府", "王五"] },
      { seq: 2, lines: ["消除城区学校大班额。 县教育局 王五"] },
    ]);
    const end = src("序号 目标任务 责任单位 责任领导", "1 新建公办幼儿园3所。 县教育局 王五", "某某县人民政府", "2021年1月13日");
    const seg = segmentRows(end, findFlatHeader(end)!);
    expect(seg.endLine).toBe(3);
  });
});
