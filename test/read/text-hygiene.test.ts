/**
 * Plain text as copied from a web page or a word processor carries characters
 * that mean nothing: zero-width spaces, NBSP padding, a tab at every line's
 * end, a blank line after every line. The reader cleans what is noise
 * (src/text/hygiene.ts `cleanLines`) and the layouts read through the rest;
 * the counter-examples keep what is not noise (a tab-separated text's empty
 * last cell, the ideographic space, a blank line that ends a row).
 */
import { describe, expect, it } from "vitest";
import { doubleSpaced, joinBrokenCells } from "../../src/layouts/tsv.js";
import { parseText } from "../../src/parse.js";
import { cleanLines } from "../../src/text/hygiene.js";

const NOTICE = [
  "2024年县政府工作报告重点任务分解",
  "一、扩大有效投资",
  "1.全年完成固定资产投资120亿元，增长10%。",
  "牵头单位：县发改局",
  "责任单位：县财政局、县住建局",
  "2.新增城镇就业3000人。",
  "牵头单位：县人社局",
  "责任单位：各乡镇人民政府",
];
const EXPECTED = [
  [1, "全年完成固定资产投资120亿元，增长10%。", ["县发改局"], ["县财政局", "县住建局"]],
  [2, "新增城镇就业3000人。", ["县人社局"], ["各乡镇人民政府"]],
];
const pick = (t: { seq: number; task: string; leadUnits: string[]; units: string[] }) => [t.seq, t.task, t.leadUnits, t.units];

describe("cleanLines", () => {
  it("drops zero-width characters and writes NBSP and thin spaces as spaces, keeping the ideographic space", () => {
    expect(cleanLines(["牵头单位\u200b：县发改局\ufeff", "\u00a0\u00a01.\u2009任务", "\u3000\u3000一、标题"])).toEqual(["牵头单位：县发改局", "  1. 任务", "\u3000\u3000一、标题"]);
  });

  it("drops blanks at a line's end when the text is not tab-separated", () => {
    expect(cleanLines(["1.任务。\t", "牵头单位：县发改局  ", ""])).toEqual(["1.任务。", "牵头单位：县发改局", ""]);
  });

  it("keeps a tab-separated text's trailing tabs: there they are empty last cells (counter-example)", () => {
    const tsv = ["序号\t任务\t牵头单位\t配合单位", "1\t任务一。\t县发改局\t", "2\t任务二。\t县人社局\t县财政局"];
    expect(cleanLines(tsv)).toEqual(tsv);
  });

  it("drops them when nearly every line of the tab-separated text ends with a tab (the export's habit)", () => {
    expect(cleanLines(["序号\t任务\t牵头单位\t", "1\t任务一。\t县发改局\t", "2\t任务二。\t县人社局\t"])).toEqual(["序号\t任务\t牵头单位", "1\t任务一。\t县发改局", "2\t任务二。\t县人社局"]);
  });
});

describe("notices copied with noise", () => {
  it("reads labels with a zero-width space after the label word", async () => {
    const r = await parseText(NOTICE.map((l) => l.replace(/单位/g, "单位\u200b")).join("\n"));
    expect(r.tasks.map(pick)).toEqual(EXPECTED);
  });

  it("reads a notice whose lines all end with a tab", async () => {
    const r = await parseText(NOTICE.map((l) => l + "\t").join("\n"));
    expect(r.tasks.map(pick)).toEqual(EXPECTED);
  });

  it("reads decimal numbering padded with NBSP", async () => {
    const text = ["2024年重点任务分解", "1.扩大有效投资", "1.1\u00a0实施市级重点项目200个。", "牵头单位：市发改委", "1.2\u00a0新增城镇就业3000人。", "牵头单位：市人社局"].join("\n");
    const r = await parseText(text);
    expect(r.tasks.map((t) => [t.section, t.task, t.leadUnits])).toEqual([
      [["1.扩大有效投资"], "实施市级重点项目200个。", ["市发改委"]],
      [["1.扩大有效投资"], "新增城镇就业3000人。", ["市人社局"]],
    ]);
  });
});

describe("a task of several paragraphs spaced by more than one blank line", () => {
  const text = [
    "2024年县政府工作报告重点任务分解",
    "",
    "1.持续深化招商引资。全年签约亿元以上项目45个。",
    "",
    "",
    "",
    "落实“一企一专班”服务机制。",
    "",
    "",
    "",
    "组建驻外招商小分队3个。",
    "",
    "",
    "",
    "牵头单位：县投资促进中心",
    "",
    "责任单位：县商务局",
    "",
    "2.加快县城扩容提质。",
    "",
    "牵头单位：县住建局",
  ].join("\n");

  it("keeps the paragraphs with their numbered task, so the labels go to it and no task is invented", async () => {
    const r = await parseText(text);
    expect(r.tasks.map(pick)).toEqual([
      [1, "持续深化招商引资。全年签约亿元以上项目45个。落实“一企一专班”服务机制。组建驻外招商小分队3个。", ["县投资促进中心"], ["县商务局"]],
      [2, "加快县城扩容提质。", ["县住建局"], []],
    ]);
  });

  it("leaves an unnumbered task alone when the numbered one above has its own labels (counter-example)", async () => {
    const own = text.replace("落实“一企一专班”服务机制。", "牵头单位：县发改局").replace("组建驻外招商小分队3个。", "稳步推进招商队伍建设，组建驻外招商小分队3个。");
    const r = await parseText(own);
    expect(r.tasks.map((t) => [t.task, t.leadUnits])).toEqual([
      ["持续深化招商引资。全年签约亿元以上项目45个。", ["县发改局"]],
      ["稳步推进招商队伍建设，组建驻外招商小分队3个。", ["县投资促进中心"]],
      ["加快县城扩容提质。", ["县住建局"]],
    ]);
  });
});

describe("tab-separated rows with a blank line after every line", () => {
  const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
  const spaced = lines(["序号\t任务\t牵头单位\t配合单位\t责任领导", "", "1\t任务一。\t县住建局\t县城管局", "", "县财政局\t张华", "", "2\t任务二。\t县人社局\t县财政局\t李明", ""]);

  it("is double-spaced, and a row broken inside a cell joins across the blank line", () => {
    expect(doubleSpaced(spaced)).toBe(true);
    expect(joinBrokenCells(spaced, 2, ["1", "任务一。", "县住建局", "县城管局"], 5, "\t", true)).toEqual({
      fields: ["1", "任务一。", "县住建局", "县城管局\n县财政局", "张华"],
      used: 3,
    });
  });

  it("a text with blank lines between rows only is not double-spaced, and there a blank line ends the row (counter-example)", () => {
    const rows = lines(["序号\t任务\t牵头单位\t配合单位\t责任领导", "1\t任务一。\t县住建局\t县城管局", "县财政局\t张华", "", "2\t任务二。\t县人社局\t县财政局\t李明", "3\t任务三。\t县人社局\t县财政局\t李明"]);
    expect(doubleSpaced(rows)).toBe(false);
    expect(joinBrokenCells(lines(["1\t任务一。\t县住建局\t县城管局", "", "县财政局\t张华"]), 0, ["1", "任务一。", "县住建局", "县城管局"], 5, "\t", false)).toBeNull();
  });
});
