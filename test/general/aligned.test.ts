// The aligned layout: tables kept by position, cut at runs of spaces.
import { describe, expect, it } from "vitest";
import { showCells, shows } from "../helpers/cell-lines.js";
import { alignedToRecords, columnOf, detectAligned, findAlignedHeader, segments } from "../../src/layouts/aligned.js";
import { textDoc } from "../helpers/text-doc.js";
import { parseText } from "../../src/parse.js";

const doc = textDoc;

describe("segments", () => {
  it("cuts at two or more spaces, keeps single spaces inside, measures by characters or display width", () => {
    expect(segments(" 序号   王 伟    县发改局", "chars").map((s) => [s.text, s.start])).toEqual([
      ["序号", 1],
      ["王 伟", 6],
      ["县发改局", 13],
    ]);
    expect(segments(" 序号   王 伟    县发改局", "display").map((s) => [s.text, s.start])).toEqual([
      ["序号", 1],
      ["王 伟", 8],
      ["县发改局", 17],
    ]);
  });
  it("a form feed at a page break is not text", () => {
    expect(segments("\f 序号  任务", "chars").map((s) => s.text)).toEqual(["序号", "任务"]);
  });
  it("columnOf: the last column whose left boundary is at or before the start", () => {
    expect(columnOf([Number.NEGATIVE_INFINITY, 5, 20], 4)).toBe(0);
    expect(columnOf([Number.NEGATIVE_INFINITY, 5, 20], 5)).toBe(1);
    expect(columnOf([Number.NEGATIVE_INFINITY, 5, 20], 30)).toBe(2);
  });
});

// aligned by characters (pdftotext -layout): CJK characters take one position each
const CHARS = [
  "附件",
  " 序号     工作任务        责任单位    分管县领导",
  "  1   新增就业3000人，    县人社局    罗斌",
  "      城镇调查失业率",
  "      控制在5.5%以内。",
  "  2   完成改厕1200户。    县农业农村局",
  "                    县卫健局    罗斌",
  "  3   完成造林1万亩。",
].join("\n");

describe("aligned layout", () => {
  it("detects a header cut by space runs with numbered rows under it (above the flat layout)", () => {
    expect(detectAligned(doc(CHARS))).toBe("plain");
    expect(findAlignedHeader(doc(CHARS).lines)!.metric).toBe("chars");
    expect(detectAligned(doc("序号\t工作任务\t责任单位\n1\t任务\t县发改局\n2\t任务\t县发改局\n3\t任务\t县发改局"))).toBe(false);
    expect(detectAligned(doc("序号\n工作任务\n责任单位\n分管县领导\n1\n任务。\n县发改局\n罗斌\n2\n任务。\n县发改局\n罗斌"))).toBe(false);
  });
  it("rebuilds rows: wrapped task lines, units over several lines, continuation lines", () => {
    const r = alignedToRecords(doc(CHARS));
    expect(r.records.map((x) => [x.seq, x.task, showCells(x.cells)])).toEqual([
      [1, ["新增就业3000人，", "城镇调查失业率", "控制在5.5%以内。"], { units: ["县人社局"], supervisors: ["罗斌"] }],
      [2, ["完成改厕1200户。"], { units: ["县农业农村局", "县卫健局"], supervisors: ["罗斌"] }],
      [3, ["完成造林1万亩。"], {}],
    ]);
  });
  it("end to end: a display-width table with a heading row, a page number and a repeated header", async () => {
    const text = [
      "关于印发2023年县政府工作报告目标任务分解的通知",
      "某县人民政府办公室",
      "2023年3月1日",
      " 序号    工作任务                  责任单位        分管县领导",
      "一、稳增长",
      "  1    地区生产总值增长7%。      县发改局        胡建国",
      "  2    新增规上企业30家。        县工信局        胡建国",
      "                        - 2 -",
      " 序号    工作任务                  责任单位        分管县领导",
      "  3    固定资产投资增长10%。     县发改局        胡建国",
      "                                 县财政局",
    ].join("\n");
    const r = await parseText(text);
    expect(r.tables.map((t) => [t.layout, t.rowCount])).toEqual([["aligned", 3]]);
    expect(r.tasks.map((t) => [t.seq, t.section, t.task, t.units, t.supervisors])).toEqual([
      [1, ["一、稳增长"], "地区生产总值增长7%。", ["县发改局"], ["胡建国"]],
      [2, ["一、稳增长"], "新增规上企业30家。", ["县工信局"], ["胡建国"]],
      [3, ["一、稳增长"], "固定资产投资增长10%。", ["县发改局", "县财政局"], ["胡建国"]],
    ]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe("aligned header wrapped onto the next line", () => {
  it("a header word cut by a wrap (`分管县` + `领导`) is joined, at the top and when repeated", async () => {
    const text = [
      " 序号   工作任务               责任单位      分管县",
      "                                            领导",
      "  1    地区生产总值增长7%。   县发改局      胡建国",
      "  2    新增规上企业30家。     县工信局      李明",
      " 序号   工作任务               责任单位      分管县",
      "                                            领导",
      "  3    固定资产投资增长10%。  县财政局      胡建国",
    ].join("\n");
    const h = findAlignedHeader(doc(text).lines)!;
    expect([h.headers, h.columns, h.used]).toEqual([["序号", "工作任务", "责任单位", "分管县领导"], ["seq", "task", "units", "supervisors"], 2]);
    const r = await parseText(text);
    expect(r.tasks.map((t) => [t.seq, t.units, t.supervisors])).toEqual([
      [1, ["县发改局"], ["胡建国"]],
      [2, ["县工信局"], ["李明"]],
      [3, ["县财政局"], ["胡建国"]],
    ]);
    expect(r.diagnostics).toEqual([]);
  });
});
