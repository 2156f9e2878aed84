import { describe, expect, it } from "vitest";
import {
  endsSentence,
  entityTokens,
  isEntityLine,
  isHeadingFragment,
  isHeadingStart,
  isPageNumber,
  isProse,
  markerLevel,
  parseSeqLine,
  peelInlineTail,
  tokenKind,
} from "../../src/layouts/flat/fragments.js";
import { findFlatHeader, headerRun, headerWords, isRepeatedHeader } from "../../src/layouts/flat/header.js";

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe("flat fragments: what a line is", () => {
  it.each([
    ["1", { seq: 1, rest: "" }],
    [" 47", { seq: 47, rest: "" }],
    ["3 支持龙头企业联合高校。", { seq: 3, rest: "支持龙头企业联合高校。" }],
    ["121 （二）", { seq: 121, rest: "（二）" }],
    ["- 7 -", null],
    ["2021年 1月 13日", null],
    ["１２", { seq: 12, rest: "" }],
    ["5.", { seq: 5, rest: "" }],
    ["6、 推进项目建设。", { seq: 6, rest: "推进项目建设。" }],
    ["2.5万亩以上。", null],
    // a 完成时限 cell printed alone is a date, not a row number
    ["12 月底", null],
    ["6 月 30 日前", null],
    ["3 季度", null],
    ["6 个月内", null],
    ["15 日前", null],
    // counter-examples: a row number before a task that names a month or a day later on
    ["12 市发展改革委", { seq: 12, rest: "市发展改革委" }],
    ["7 日常监管全覆盖。", { seq: 7, rest: "日常监管全覆盖。" }],
    ["4 年内建成 3 个园区。", { seq: 4, rest: "年内建成 3 个园区。" }],
  ])("parseSeqLine(%j)", (text, expected) => {
    expect(parseSeqLine(text)).toEqual(expected);
  });

  it.each([
    ["- 7 -", true],
    ["— 12 —", true],
    ["第 3 页", true],
    ["3/20", true],
    ["7", false],
    ["科技局", false],
  ])("isPageNumber(%j) = %s", (text, expected) => {
    expect(isPageNumber(text)).toBe(expected);
  });

  it.each([
    ["一、狠抓", 1],
    ["（一）", 2],
    ["(三)", 2],
    ["七、增进民生福祉", 1],
    ["（道安办）", null],
    ["科技创新", null],
  ])("markerLevel(%j) = %s", (text, expected) => {
    expect(markerLevel(text)).toBe(expected);
  });

  it("heading starts and fragments are short and unpunctuated", () => {
    expect(isHeadingStart("一、狠抓")).toBe(true);
    expect(isHeadingStart("一、提高站位，强化领导。2021 年是“十四五”开局之年，")).toBe(false);
    expect(isHeadingFragment("“4341”")).toBe(true);
    expect(isHeadingFragment("农村集")).toBe(true);
    expect(isHeadingFragment("做好村级组织换届选举。")).toBe(false);
    expect(isHeadingFragment("开展海域海滩海岸垃圾整治")).toBe(false);
  });

  it.each([
    ["覆盖率达 20%，带动全社会研发投入增长 20%以上。", true],
    ["园二期。", true],
    ["帮四扶”200户家庭。", true],
    ["科技局", false],
    ["蒋家兴 庄天怀", false],
    ["开展海域海滩海岸垃圾整治", false],
  ])("isProse(%j) = %s", (text, expected) => {
    expect(isProse(text)).toBe(expected);
  });

  it("sentence ends ignore closing quotes", () => {
    expect(endsSentence("确保总数突破 300家。")).toBe(true);
    expect(endsSentence("推动“三个覆盖”。”")).toBe(true);
    expect(endsSentence("开展海域海滩海岸垃圾整治")).toBe(false);
  });

  it("pairs single characters padded for alignment", () => {
    expect(entityTokens("蔡 晖")).toEqual(["蔡晖"]);
    expect(entityTokens("文旅局 蔡 晖 黄少伟")).toEqual(["文旅局", "蔡晖", "黄少伟"]);
    expect(entityTokens("蒋家兴 庄天怀")).toEqual(["蒋家兴", "庄天怀"]);
  });

  it("entity lines hold only name tokens", () => {
    expect(isEntityLine("世中运执委会办公室 王景珊 潘子良")).toBe(true);
    expect(isEntityLine("各镇镇长、街道办事处")).toBe(true);
    expect(isEntityLine("（道安办）")).toBe(true);
    expect(isEntityLine("亩以上。")).toBe(false);
  });

  it.each([
    ["科技局", "unit"],
    ["各镇政府、街道办事处", "unit"],
    ["蒋家兴", "person"],
    ["蔡晖", "person"],
    ["各镇镇长、街道办事处主任", "person"],
    ["集成改革各专项小组负责人", "person"],
    ["主任", "fragment"],
    ["安全隐患大排查大整治", "fragment"],
  ])("tokenKind(%j) = %s", (name, expected) => {
    expect(tokenKind(name)).toBe(expected);
  });
});

describe("peelInlineTail: names printed after the task on its last line", () => {
  it("peels unit, leader and supervisor", () => {
    expect(peelInlineTail("大力培育高新技术企业，确保总数突破 300家。 科技局 蒋家兴 庄天怀")).toEqual({
      task: "大力培育高新技术企业，确保总数突破 300家。",
      tail: ["科技局", "蒋家兴", "庄天怀"],
    });
  });
  it("pairs a padded name in the tail", () => {
    expect(peelInlineTail("启用非遗展示馆，提升 3个非遗传习所。 文旅局 蔡 晖 黄少伟").tail).toEqual(["文旅局", "蔡晖", "黄少伟"]);
  });
  it("peels a lone unit after a full stop", () => {
    expect(peelInlineTail("攻坚推进 15项集成改革任务。 集成改革各专项小组")).toEqual({ task: "攻坚推进 15项集成改革任务。", tail: ["集成改革各专项小组"] });
  });
  it("keeps text that only looks like a name when the sentence is not finished", () => {
    expect(peelInlineTail("推动规上企业研发投入 增长").tail).toEqual([]);
    expect(peelInlineTail("开展海域海滩海岸垃圾整治").tail).toEqual([]);
  });
  it("keeps numbers and prose in the task", () => {
    expect(peelInlineTail("建设 3个 应急指挥中心").tail).toEqual([]);
  });
});

describe("flat header", () => {
  it("reads a one-line header in order", () => {
    expect(headerWords(" 序号 项目 目标任务 责任单位 责任领导 分管市领导")).toEqual(["序号", "项目", "目标任务", "责任单位", "责任领导", "分管市领导"]);
    expect(headerWords("2021 年《政府工作报告》目标任务责任分解表")).toBeNull();
  });
  it("reads header words one per line", () => {
    const h = findFlatHeader(lines("附件", "", "序号", "", "工作任务", "牵头单位", "配合单位", "分管区领导", "1"));
    expect(h?.columns).toEqual(["seq", "task", "leadUnits", "coUnits", "supervisors"]);
    expect(h?.start).toBe(2);
    expect(h?.end).toBe(7);
  });
  it("recognises the header repeated at a page top", () => {
    const h = findFlatHeader(lines("序号 项目 目标任务 责任单位 责任领导 分管市领导"))!;
    expect(isRepeatedHeader(" 序号 项目 目标任务 责任单位 责任领导 分管市领导", h)).toBe(true);
    expect(isRepeatedHeader("科技局", h)).toBe(false);
  });
  it("reads a header whose last word wraps, and spaced-out words", () => {
    const h = findFlatHeader(lines("序 号 项目 目标任务 责任单位 责任领导 分管市", "领导", "1"));
    expect(h?.headers).toEqual(["序号", "项目", "目标任务", "责任单位", "责任领导", "分管市领导"]);
    expect(h?.end).toBe(1);
  });
  it("a single header word alone is content, the header split over lines is not", () => {
    const h = findFlatHeader(lines("序号 项目 目标任务 责任单位 责任领导 分管领导"))!;
    expect(headerRun(lines("分管领导", "李强"), 0, h)).toBeNull();
    expect(headerRun(lines("序号 项目 目标任务 责任单位", "责任领导 分管", "领导", "9"), 0, h)).toBe(3);
  });
  it("needs a task and a responsibility column", () => {
    expect(findFlatHeader(lines("序号 项目 目标任务"))).toBeNull();
  });
});
