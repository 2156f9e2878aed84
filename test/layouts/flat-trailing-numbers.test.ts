import { describe, expect, it } from "vitest";
import { zipTrailingNumbers } from "../../src/layouts/flat/trailingnumbers.js";
import { scatteredHeader, wrappedHeaderWord } from "../../src/layouts/flat/order.js";
import type { FlatLine, RowBlock } from "../../src/layouts/flat/segment.js";
import type { SourceLine } from "../../src/model/intermediate.js";

const fl = (text: string, line: number): FlatLine => ({ text, line, afterBreak: false });
const row = (seq: number, line: number, ...texts: string[]): RowBlock => ({ seq, line, lines: texts.map((t, k) => fl(t, line + 1 + k)) });

describe("zipTrailingNumbers: a page's 序号 printed as a block after the tasks it numbers", () => {
  it("gives the tasks held by the row before the block to the block's numbers, in order", () => {
    const seg = {
      leading: [],
      endLine: null,
      rows: [
        row(5, 1, "加速“一廊两区”落子布点，推进 10个", "发改局", "国家双创示范基地项目建设。", "蒋家兴", "促成中关村中试熟化平台启动运营。", "科技局", "丁鸿雨", "深化成果转化“百城百园”行动计划。", "科技局", "蒋家兴"),
        row(6, 20),
        row(7, 21, "（三）持续优", "化创新", "生态"),
      ],
    };
    const r = zipTrailingNumbers(seg);
    expect(r.segmentation.rows.map((x) => [x.seq, x.lines.map((l) => l.text)])).toEqual([
      [5, ["加速“一廊两区”落子布点，推进 10个", "国家双创示范基地项目建设。", "发改局", "蒋家兴"]],
      [6, ["促成中关村中试熟化平台启动运营。", "科技局", "丁鸿雨"]],
      [7, ["深化成果转化“百城百园”行动计划。", "科技局", "蒋家兴", "（三）持续优", "化创新", "生态"]],
    ]);
    expect(r.numbered.map((n) => [n.seq, n.holder])).toEqual([
      [6, 5],
      [7, 5],
    ]);
  });
  it("counter-example: a row before the numbers that holds fewer tasks than the block has numbers is left as it is", () => {
    const seg = { leading: [], endLine: null, rows: [row(5, 1, "加速“一廊两区”落子布点。", "发改局", "促成中关村中试熟化平台启动运营。"), row(6, 20), row(7, 21), row(8, 22)] };
    const r = zipTrailingNumbers(seg);
    expect(r.numbered).toEqual([]);
    expect(r.segmentation.rows).toEqual(seg.rows);
  });
  it("counter-example: rows that each print their own task are no block", () => {
    const seg = { leading: [], endLine: null, rows: [row(1, 1, "创建特色街区。", "商务局"), row(2, 4, "培育专业市场。", "商务局")] };
    expect(zipTrailingNumbers(seg).numbered).toEqual([]);
  });
});

const src = (...texts: string[]): SourceLine[] => texts.map((text, i) => ({ text, line: i + 1 }));

describe("scatteredHeader: column labels printed apart (reading order)", () => {
  it("joins a label wrapped in its cell (`分管市领` + `导`)", () => {
    expect(wrappedHeaderWord(src("分管市领", "", "导"), 0)).toEqual([{ text: "分管市领导", field: "supervisors" }]);
  });
  it("counter-example: two pieces that join into no label, or a label followed by a label, are not joined", () => {
    expect(wrappedHeaderWord(src("科技局", "导"), 0)).toEqual([]);
    expect(wrappedHeaderWord(src("责任", "责任单位"), 0)).toEqual([]);
  });
  it("puts the responsibility columns in their usual order when a person label is printed before every unit label", () => {
    const h = scatteredHeader(src("责任领导", "分管市领", "导", "大力培育高新技术企业。", "序号 项目", "目标任务", "责任单位"))!;
    expect(h.columns).toEqual(["seq", "section", "task", "units", "leaders", "supervisors"]);
  });
  it("counter-example: labels printed units first keep the order they are printed in", () => {
    const h = scatteredHeader(src("序号", "具体目标任务", "牵头单位", "责任人", "协办单位", "分管领导"))!;
    expect(h.columns).toEqual(["seq", "task", "leadUnits", "leaders", "coUnits", "supervisors"]);
  });
});
