import { describe, expect, it } from "vitest";
import { isParagraphDump, scatteredHeader, strayHeaderWords } from "../../src/layouts/flat/order.js";
import { findFlatHeader } from "../../src/layouts/flat/header.js";
import { flatToRecords, missingRows } from "../../src/layouts/flat.js";
import type { RawRecord } from "../../src/model/intermediate.js";

const src = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe("a dump whose reading order lost the table", () => {
  it("gathers a header scattered over the document (each label after its column block)", () => {
    const lines = src("序号", "具体任务", "1 地区生产总值增长 8%左右。", "牵头单位", "区发改局", "2 工业增加值增长 7%。", "区工信局", "责任单位", "各街道办事处");
    const h = scatteredHeader(lines)!;
    expect(h.columns).toEqual(["seq", "task", "leadUnits", "units"]);
    expect(h.start).toBe(0);
    const r = flatToRecords({ source: "x", lines } as never);
    expect(r.records.map((x) => x.seq)).toEqual([1, 2]);
    expect(r.diagnostics.filter((d) => d.code === "FLAT_READING_ORDER").map((d) => d.seq)).toEqual([1, 2]);
  });
  it("counter-example: labels in prose or only one field are no scattered header", () => {
    expect(scatteredHeader(src("各牵头单位要加强与责任单位的沟通。", "序号", "1"))).toBeNull();
    expect(scatteredHeader(src("责任单位", "区发改局"))).toBeNull();
  });
  it("finds column labels alone after the header naming fields the header lacks", () => {
    const lines = src("序号 具体任务 牵头单位", "1 地区生产总值增长 8%左右。", "区发改局", "责任单位", "各街道办事处");
    const h = findFlatHeader(lines)!;
    expect(strayHeaderWords(lines, h)).toEqual(["责任单位"]);
    // counter-example: a label the header has (a repeated piece) is not stray
    expect(strayHeaderWords(src("序号 具体任务 牵头单位", "1 增长。", "牵头单位"), h)).toEqual([]);
  });
  it("tells a paragraph dump (blank lines between cells) from a stream-order one", () => {
    expect(isParagraphDump(src("1", "", "增长。", "", "区发改局", ""), 0)).toBe(true);
    expect(isParagraphDump(src("1", "增长。", "区发改局", "庄垂生"), 0)).toBe(false);
  });
  it("counter-example: a clean one-fragment-per-line dump is not flagged", () => {
    const lines = src("序号 具体任务 牵头单位 分管领导", "1", "地区生产总值增长 8%左右。", "区发改局", "庄垂生", "2", "工业增加值增长 7%。", "区工信局", "吴小纲");
    const r = flatToRecords({ source: "x", lines } as never);
    expect(r.records.map((x) => x.seq)).toEqual([1, 2]);
    expect(r.diagnostics.filter((d) => d.level !== "info")).toEqual([]);
  });
});

describe("missingRows: each skipped 序号 named", () => {
  const rec = (seq: number): RawRecord => ({ table: 0, seq, section: [], task: [], cells: {}, source: { line: seq } }) as never;
  it("names every number between two rows found", () => {
    expect(missingRows([rec(1), rec(4), rec(5)], 0).map((d) => d.seq)).toEqual([2, 3]);
  });
  it("counter-example: consecutive rows, and a late start, name nothing", () => {
    expect(missingRows([rec(14), rec(15), rec(16)], 0)).toEqual([]);
  });
});

import { splitUnitBlock, type Entity } from "../../src/layouts/flat/columns.js";

describe("a blank line between units is a cell boundary (each cell a paragraph)", () => {
  const u = (name: string, line: number, para?: number): Entity => ({ name, kind: "unit", line, group: line, ...(para !== undefined ? { para } : {}) });
  it("puts the first paragraph in the first unit column, not a guess", () => {
    const r = splitUnitBlock([u("县发改局", 1, 0), u("县财政局", 3, 1), u("县自然资源局", 4, 1), u("各乡镇", 5, 1)], ["leadUnits", "coUnits"]);
    expect(r.parts.map((p) => p.map((e) => e.name))).toEqual([["县发改局"], ["县财政局", "县自然资源局", "各乡镇"]]);
    expect(r.guessed).toBe(false);
  });
  it("counter-example: units in one paragraph (or without paragraph marks) keep the boundary a guess", () => {
    expect(splitUnitBlock([u("县发改局", 1, 0), u("县财政局", 2, 0)], ["leadUnits", "coUnits"]).guessed).toBe(true);
    expect(splitUnitBlock([u("县发改局", 1), u("县财政局", 2)], ["leadUnits", "coUnits"]).guessed).toBe(true);
  });
});

import { readHeadings } from "../../src/layouts/flat/anatomy.js";
import { FLAT_DEFAULTS } from "../../src/layouts/flat/settings.js";

describe("heading fragments of a wide 项目 cell (browser print)", () => {
  const fl = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1, afterBreak: false }));
  it("keeps a 9-character fragment with quotes and digits in the heading", () => {
    const r = readHeadings(fl("三、构", "建“4341”现代", "产业体系", "加快鞋服、纺织等产业强链补链，"), 0, FLAT_DEFAULTS, false);
    expect(r.groups.map((g) => g.fragments.join(""))).toEqual(["三、构建“4341”现代产业体系"]);
    expect(r.next).toBe(3);
  });
  it("counter-example: a longer unpunctuated task line ends the heading", () => {
    const r = readHeadings(fl("三、构", "启动空间盘活五年双万计划", "产业体系"), 0, FLAT_DEFAULTS, false);
    expect(r.groups.map((g) => g.fragments.join(""))).toEqual(["三、构"]);
  });
});

describe("missingRows: numbers printed but not rebuilt (a dump that lost the table)", () => {
  const rec = (seq: number): RawRecord => ({ table: 0, seq, section: [], task: [], cells: {}, source: { line: seq } }) as never;
  it("names a printed number outside the rows found", () => {
    const d = missingRows([rec(14), rec(15)], 0, [{ seq: 14, line: 3 }, { seq: 21, line: 40 }, { seq: 21, line: 41 }, { seq: 3, line: 50 }]);
    expect(d.map((x) => x.seq)).toEqual([21, 3]);
  });
  it("counter-example: nothing printed beyond the rows, nothing named", () => {
    expect(missingRows([rec(1), rec(2)], 0, [{ seq: 1, line: 1 }, { seq: 2, line: 2 }])).toEqual([]);
  });
});

import { isNameInTask, rowParts } from "../../src/layouts/flat/anatomy.js";

describe("a whole name printed between two task lines (reading order interleaves a column)", () => {
  const fl = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 2, afterBreak: false }));
  it("takes the name out of the task and flags the row", () => {
    const parts = rowParts({ seq: 25, line: 1, lines: fl("实行“多评合一”“多图联", "发改局", "审”，实现审批事项“一窗受理”。", "刘玉强") }, 0, false);
    expect(parts.task).toEqual(["实行“多评合一”“多图联", "审”，实现审批事项“一窗受理”。"]);
    expect(parts.names.map((n) => n.text)).toEqual(["发改局", "刘玉强"]);
    expect(parts.diagnostics.map((d) => d.code)).toContain("FLAT_NAME_IN_TASK");
  });
  it("counter-example: a wrapped enumeration or an unfinished piece stays in the task", () => {
    expect(isNameInTask("小体积陶瓷电容器、恒劲科技流量测量仪表")).toBe(false);
    expect(isNameInTask("加快培育总部型楼宇经济集群和区域性商务")).toBe(false);
    expect(isNameInTask("发改局")).toBe(true);
  });
});

import { withStrayColumns } from "../../src/layouts/flat.js";

describe("withStrayColumns: labels printed apart from the header get their usual place", () => {
  const h = { start: 0, end: 0, line: 1, headers: ["序号", "具体目标任务", "协办单位", "区分管或联系领导"], columns: ["seq", "task", "coUnits", "supervisors"] as never[] };
  it("inserts lead units and leaders before the co-units", () => {
    expect(withStrayColumns(h, ["牵头单位", "责任人"]).headers).toEqual(["序号", "具体目标任务", "牵头单位", "责任人", "协办单位", "区分管或联系领导"]);
  });
  it("counter-example: a label the header has, or no responsibility field, changes nothing", () => {
    expect(withStrayColumns(h, ["协办单位", "序号"]).headers).toEqual(h.headers);
  });
});

describe("a paragraph dump (pdftotext default) that printed cells apart from their rows", () => {
  const header = ["序号 具体目标任务", "", "牵头单位", "", "责任人", "", "协办单位", "", "区分管或联系领导", ""];
  const row = (seq: number, task: string, ...names: string[]) => [String(seq), "", task, "", ...names.flatMap((n) => [n, ""])];
  const full = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => row(from + k, `第${from + k}项任务。`, "发改局", "王伟", "各镇（街道）", "李明")).flat();
  const MINE = new Set(["FLAT_COLUMN_BLOCK", "FLAT_CELL_EMPTY", "FLAT_INHERITS_DOUBT", "FLAT_ROW_NOT_FOUND"]);
  const codes = (lines: string[]) => {
    const r = flatToRecords({ source: "x", lines: src(...lines) } as never);
    return r.diagnostics.filter((d) => MINE.has(d.code)).map((d) => [d.seq, d.code]);
  };
  it("flags the rows of a page whose column was printed as a block after the page (its label again between rows)", () => {
    const lines = [...header, ...full(1, 6), "\f序号 具体目标任务", "", "牵头单位", "", "责任人", "", "协办单位", "", "区分管或联系领导", "",
      ...row(7, "乙任务。", "财政局", "张强", "各镇（街道）"), ...row(8, "丙任务。", "商务局", "赵刚", "各镇（街道）"), "—2—", "", "区分管或联系领导", "", "李明", "陈刚", ""];
    expect(codes(lines)).toEqual([[7, "FLAT_COLUMN_BLOCK"], [8, "FLAT_COLUMN_BLOCK"]]);
  });
  it("counter-example: the header repeated at a page top, before the page's rows, is no block", () => {
    const lines = [...header, ...full(1, 6), "\f序号 具体目标任务", "", "牵头单位", "", "责任人", "", "协办单位", "", "区分管或联系领导", "", ...full(7, 8)];
    expect(codes(lines)).toEqual([]);
  });
  // a later page whose 区分管或联系领导 column was printed as a block after it: the dump prints columns apart from their rows
  const blockPage = (from: number) => ["\f序号 具体目标任务", "", "牵头单位", "", "责任人", "", ...row(from, "乙任务。", "财政局", "张强", "各镇（街道）"), "—2—", "", "区分管或联系领导", "", "李明", ""];
  it("flags a row with names but none in a column nearly every row fills, and the merged rows that share its cells", () => {
    const gap = [...row(17, "庚任务。", "财政局", "张强", "各镇（街道）"), ...row(18, "辛任务。")];
    expect(codes([...header, ...full(1, 16), ...gap, ...full(19, 19), ...blockPage(20)])).toEqual([[20, "FLAT_COLUMN_BLOCK"], [17, "FLAT_CELL_EMPTY"], [18, "FLAT_INHERITS_DOUBT"]]);
  });
  it("counter-example: the same gap in a dump that prints no column apart is an empty cell", () => {
    const gap = row(17, "庚任务。", "财政局", "张强", "各镇（街道）");
    expect(codes([...header, ...full(1, 16), ...gap, ...full(18, 18)])).toEqual([]);
  });
  it("counter-example: the last rows of a table without that column (a run, not a gap)", () => {
    // 16 of 20 rows fill 区分管或联系领导 (a usual column), the last 4 do not
    const tail = [17, 18, 19, 20].flatMap((k) => row(k, `第${k}项任务。`, "财政局", "张强", "各镇（街道）"));
    expect(codes([...header, ...full(1, 16), ...tail, ...blockPage(21)])).toEqual([[21, "FLAT_COLUMN_BLOCK"]]);
    // the same rows with one filled row after them: still a run longer than a gap
    expect(codes([...header, ...full(1, 16), ...tail, ...full(21, 21), ...blockPage(22)])).toEqual([[22, "FLAT_COLUMN_BLOCK"]]);
  });
  it("counter-example: a row that prints no names at all after a sound row is a merged cell, no doubt", () => {
    expect(codes([...header, ...full(1, 6), ...row(7, "庚任务。")])).toEqual([]);
  });
  it("names each 序号 before the first row when task prose was left above it", () => {
    const lines = [...header, "加快建设创新平台，新增研发机构。", "", "科技局", "", ...full(3, 6)];
    expect(codes(lines)).toEqual([[1, "FLAT_ROW_NOT_FOUND"], [2, "FLAT_ROW_NOT_FOUND"]]);
  });
  it("counter-example: an excerpt that starts late with nothing above its first row", () => {
    expect(codes([...header, ...full(14, 18)])).toEqual([]);
  });
});
