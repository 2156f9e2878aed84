import { describe, expect, it } from "vitest";
import { cellsAsEnumerations, chooseUnitSplit, toEntities, unitRuns, type Entity } from "../../src/layouts/flat/columns.js";
import { rowParts } from "../../src/layouts/flat/anatomy.js";
import { flatToRecords } from "../../src/layouts/flat.js";
import type { InputDocument } from "../../src/model/intermediate.js";

const FIELDS = ["leadUnits", "coUnits"] as const;
/** a row's unit names as printed: each line a token (a line ending in `、` or a cut name goes on) */
const printed = (...lines: string[]): Entity[] => toEntities(lines.map((text, i) => ({ text, line: i + 1, col: 0 }))).entities;
const names = (parts: readonly Entity[][]) => parts.map((p) => p.map((e) => e.name));

describe("unit cells written as one run of text each (`甲、乙`, wrapped inside names)", () => {
  const rows = [
    printed("省发展改革委", "省统计局、省财政", "厅、各市人民政府"),
    printed("省工业和信息化厅", "省发展改革委、省统", "计局"),
    printed("省人力资源社会保", "障厅", "省教育厅、省财政", "厅、省退役军人事务", "厅"),
  ];
  it("each row's units fall into at most one run per column, and rows list several units in a run: the table's style", () => {
    expect(rows.map((r) => unitRuns(r)!.length)).toEqual([2, 2, 2]);
    expect(cellsAsEnumerations(rows, [...FIELDS])).toBe(true);
  });
  it("a row with a run per column is cut between the runs, and sure", () => {
    const r = chooseUnitSplit(rows[2]!, [...FIELDS], new Map(), null, true);
    expect(names(r.parts)).toEqual([["省人力资源社会保障厅"], ["省教育厅", "省财政厅", "省退役军人事务厅"]]);
    expect(r).toMatchObject({ sure: true, byRuns: true });
  });
  it("counter-example: a table that prints one unit per line (more runs than columns in a row) has no such style", () => {
    const perLine = [printed("区工信局", "区发改局", "区科技局", "江南街道办事处"), printed("区商务局", "区发改局、区财政局"), printed("区文旅局", "各街道办事处、区直有关单位")];
    expect(cellsAsEnumerations(perLine, [...FIELDS])).toBe(false);
  });
  it("counter-example: runs that list nothing (each one name) do not show the style, nor does one row alone", () => {
    expect(cellsAsEnumerations([printed("区工信局", "区招商办"), printed("区商务局", "鲤城文投集团")], [...FIELDS])).toBe(false);
    expect(cellsAsEnumerations([rows[0]!], [...FIELDS])).toBe(false);
  });
  it("counter-example: without the style, or with more runs than columns, the cut stays a guess", () => {
    expect(chooseUnitSplit(rows[2]!, [...FIELDS], new Map(), null, false).sure).toBe(false);
    const three = printed("区工信局", "区发改局、区科技局", "江南街道办事处");
    expect(chooseUnitSplit(three, [...FIELDS], new Map(), null, true).sure).toBe(false);
  });
  it("counter-example: a cut the line breaks rule out is not taken from the runs", () => {
    const r = chooseUnitSplit(rows[0]!, [...FIELDS], new Map(), new Set([2]), true);
    expect(r.byRuns).toBeUndefined();
  });
});

describe("the flat layout cuts unit cells at their runs when the table lists units so", () => {
  const doc = (lines: string[]): InputDocument => ({ lines: lines.map((text, i) => ({ text, line: i + 1 })) }) as InputDocument;
  const cell = (c: ReadonlyArray<{ text: string }> | undefined) => (c ?? []).map((x) => x.text);
  const head = ["序号 重点工作 责任领导 牵头单位 参与单位"];
  const rows = (lead4: string[]) => [
    ...head,
    "1 全省地区生产总值增长5.5%左右。 赵建国 省发展改革委",
    "省统计局、省财政",
    "厅、各市人民政府",
    "2 规模以上工业增加值增长7%以上。 钱卫东 省工业和信息化厅",
    "省发展改革委、省统",
    "计局",
    "3",
    "新建5G基站1.2万个，实现乡镇以上区域",
    "全覆盖。",
    "钱卫东 省通信管理局",
    "省工业和信息化厅、",
    "各市人民政府",
    "4",
    "城镇新增就业45万人以上，城镇调查失业",
    "率控制在5.5%以内。",
    "孙丽华",
    ...lead4,
  ];
  it("each row's two runs are its two cells: no flag, an info naming the rule", () => {
    const r = flatToRecords(doc(rows(["省人力资源社会保", "障厅", "省教育厅、省财政", "厅"])));
    const four = r.records.find((x) => x.seq === 4)!;
    expect(cell(four.cells.leadUnits)).toEqual(["省人力资源社会保障厅"]);
    expect(cell(four.cells.coUnits)).toEqual(["省教育厅", "省财政厅"]);
    const d = r.diagnostics.filter((x) => x.seq === 4);
    expect(d.filter((x) => x.level !== "info")).toEqual([]);
    expect(d.map((x) => x.code)).toContain("FLAT_UNIT_COLUMNS_BY_RUNS");
  });
  it("counter-example: a row whose units print one per line (three runs) keeps its flag", () => {
    const r = flatToRecords(doc(rows(["省人力资源社会保障厅", "省教育厅", "省财政厅"])));
    const d = r.diagnostics.filter((x) => x.seq === 4 && x.level !== "info");
    expect(d.map((x) => x.code)).toEqual(["FLAT_UNIT_COLUMNS_GUESSED"]);
  });
});

describe("the one cell before the task is set apart by the task", () => {
  const fl = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 2, afterBreak: false }));
  it("names before the task and names after it are different paragraphs (cells)", () => {
    const block = { seq: 1, line: 1, lines: fl("县发改局 争取中央预算内投资和专项债券项目40个、资金", "25亿元。 县财政局 宋建平") };
    const parts = rowParts(block, 0, false, undefined, false, false, 1);
    expect(parts.task).toEqual(["争取中央预算内投资和专项债券项目40个、资金", "25亿元。"]);
    expect(parts.names.map((n) => [n.text, n.para])).toEqual([["县发改局", 0], ["县财政局", 1], ["宋建平", 1]]);
  });
  it("counter-example: with no cell before the task the names after it keep no paragraph of their own", () => {
    const block = { seq: 1, line: 1, lines: fl("争取中央预算内投资和专项债券项目40个、资金", "25亿元。 县发改局 县财政局 宋建平") };
    const parts = rowParts(block, 0, false);
    expect(parts.names.map((n) => n.para)).toEqual([undefined, undefined, undefined]);
  });
});
