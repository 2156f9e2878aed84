import { describe, expect, it } from "vitest";
import { flagEmptyCells } from "../../src/layouts/flat.js";
import { textCells } from "../../src/table/records.js";
import type { EntityField, RawRecord } from "../../src/model/intermediate.js";
import type { FlatHeader } from "../../src/layouts/flat/header.js";

const header: FlatHeader = { start: 0, end: 0, line: 1, headers: ["序号", "具体任务", "牵头单位", "分管领导"], columns: ["seq", "task", "leadUnits", "supervisors"] };
const rec = (seq: number, cells: Partial<Record<EntityField, string[]>>): RawRecord => ({ table: 0, seq, section: [], task: ["任务。"], cells: textCells(cells), source: { line: seq } });
const full = (seq: number) => rec(seq, { leadUnits: ["区发改局"], supervisors: ["庄垂生"] });
const label = (f: EntityField) => f;

describe("flagEmptyCells: a usual column empty in the last rows of a paragraph dump", () => {
  it("flags the table's last rows whose usual column is empty (their names may be in a block printed before them)", () => {
    const rows = [full(1), full(2), full(3), full(4), full(5), full(6), full(7), full(8), rec(9, { leadUnits: ["区工信局"] }), rec(10, { leadUnits: ["区工信局"] })];
    expect(flagEmptyCells(rows, header, 0, label, []).map((d) => d.seq)).toEqual([9, 10]);
  });
  it("counter-example: a longer run at the end is a part of the table without the column", () => {
    const rows = [...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16].map(full), ...[17, 18, 19, 20].map((n) => rec(n, { leadUnits: ["区工信局"] }))];
    expect(flagEmptyCells(rows, header, 0, label, [])).toEqual([]);
  });
});

import { zipNumberBlocks, taskFirst } from "../../src/layouts/flat/numberblock.js";
import type { FlatLine, RowBlock } from "../../src/layouts/flat/segment.js";

const fl = (text: string, line: number): FlatLine => ({ text, line, afterBreak: false });
const row = (seq: number, line: number, ...texts: string[]): RowBlock => ({ seq, line, lines: texts.map((t, k) => fl(t, line + 1 + k)) });

describe("zipNumberBlocks: a page's 序号 printed as one block before its tasks", () => {
  it("gives each number of the block one task, in order, when the tasks count as many", () => {
    const seg = {
      leading: [],
      endLine: null,
      rows: [row(14, 1), row(15, 2), row(16, 3, "城管局", "创建文创培训、美食、服装、夜", "市等特色街区。", "商务局", "培育发展建材、汽车、花卉等专业市场。", "推动“吃穿住用行”等生活性服务业向高品质 发改局", "和多样化升级。", "财政局")],
    };
    const r = zipNumberBlocks(seg);
    expect(r.segmentation.rows.map((x) => [x.seq, x.lines.map((l) => l.text)])).toEqual([
      [14, ["创建文创培训、美食、服装、夜", "市等特色街区。", "城管局", "商务局"]],
      [15, ["培育发展建材、汽车、花卉等专业市场。"]],
      [16, ["推动“吃穿住用行”等生活性服务业向高品质", "和多样化升级。", "发改局", "财政局"]],
    ]);
    expect(r.zipped.map((z) => z.seq)).toEqual([14, 15, 16]);
  });
  it("counter-example: a block whose tasks do not count as many numbers is left as it is", () => {
    const seg = { leading: [], endLine: null, rows: [row(14, 1), row(15, 2), row(16, 3, "创建文创培训、美食、服装、夜市等特色街区。", "培育发展建材、汽车、花卉等专业市场。")] };
    const r = zipNumberBlocks(seg);
    expect(r.zipped).toEqual([]);
    expect(r.segmentation.rows).toEqual(seg.rows);
  });
  it("counter-example: rows that each print their task are no block", () => {
    const seg = { leading: [], endLine: null, rows: [row(1, 1, "创建特色街区。", "商务局"), row(2, 4, "培育专业市场。", "商务局")] };
    expect(zipNumberBlocks(seg).zipped).toEqual([]);
  });
  it("taskFirst sets a unit glued after a task line apart from the task", () => {
    expect(taskFirst([fl("大力引进金融中心，推动生产性服务 发改局", 1), fl("业向高端延伸。", 2)]).map((l) => l.text)).toEqual(["大力引进金融中心，推动生产性服务", "业向高端延伸。", "发改局"]);
  });
});

import { findTableHeaders } from "../../src/layouts/flat.js";

describe("findTableHeaders: the first page's labels printed as block labels (reading order)", () => {
  const src = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
  it("takes the labels printed before the first whole header when numbered rows stand between", () => {
    const lines = src("序号", "具体任务", "1 地区生产总值增长 8%左右。", "牵头单位", "区发改局", "2 工业增加值增长 7%。", "区工信局", "责任单位", "各街道办事处", "各街道办事处", "分管领导", "庄垂生", "吴小纲", "序号 具体任务 牵头单位", "3 第三产业增加值增长 8.5%。 区发改局");
    const h = findTableHeaders(lines);
    expect(h.map((x) => [x.line, x.scattered ?? false])).toEqual([[1, true]]);
    expect(h[0]!.columns).toEqual(["seq", "task", "leadUnits", "units", "supervisors"]);
  });
  it("counter-example: labels before the header with no numbered rows between them (a cover letter's words) leave the header as found", () => {
    const lines = src("具体任务", "请各单位认真落实。", "牵头单位", "请抓紧报送。", "分管领导", "2021年1月13日", "序号 具体任务 牵头单位 责任单位", "1 地区生产总值增长 8%左右。 区发改局 各街道办事处", "2 工业增加值增长 7%。 区工信局 各街道办事处");
    expect(findTableHeaders(lines).map((x) => [x.line, x.scattered ?? false])).toEqual([[7, false]]);
  });
});

import { keepMissingRows } from "../../src/layouts/flat/tables.js";
import type { Diagnostic } from "../../src/model/schema.js";

describe("keepMissingRows: every numbered row comes back, flagged", () => {
  const r = (seq: number, section: string[] = ["一、狠抓科技创新"]): RawRecord => ({ table: 0, seq, section, task: ["任务。"], cells: {}, source: { line: seq * 10 } });
  const notFound = (seq: number): Diagnostic => ({ level: "warning", code: "FLAT_ROW_NOT_FOUND", message: "", table: 0, seq, line: seq * 10 });
  it("adds an empty row for a number printed on its own line, in order, with the section of the row before it", () => {
    const out = keepMissingRows([r(1), r(3)], [notFound(2)], { table: 0, printed: [{ seq: 2, line: 20 }], lossy: false });
    expect(out.map((x) => [x.seq, x.task, x.section])).toEqual([[1, ["任务。"], ["一、狠抓科技创新"]], [2, [], ["一、狠抓科技创新"]], [3, ["任务。"], ["一、狠抓科技创新"]]]);
  });
  it("adds a row for a gap in a dump known to lose rows", () => {
    expect(keepMissingRows([r(1), r(3)], [notFound(2)], { table: 0, printed: [], lossy: true }).map((x) => x.seq)).toEqual([1, 2, 3]);
  });
  it("counter-example: a gap in a dump that keeps its rows (numbering that jumps in the notice) adds nothing", () => {
    expect(keepMissingRows([r(1), r(3)], [notFound(2)], { table: 0, printed: [], lossy: false }).map((x) => x.seq)).toEqual([1, 3]);
  });
  it("counter-example: rows before the first one rebuilt, not printed, add nothing (the table may be an excerpt)", () => {
    expect(keepMissingRows([r(3), r(4)], [notFound(1), notFound(2)], { table: 0, printed: [], lossy: true }).map((x) => x.seq)).toEqual([3, 4]);
  });
});

import { nameParagraphs, wholeRows } from "../../src/layouts/flat/vouch.js";

describe("wholeRows: rows a paragraph dump prints whole and in column order", () => {
  const h: FlatHeader = { start: 0, end: 0, line: 1, headers: ["序号", "具体目标任务", "牵头单位", "责任人", "协办单位", "区分管或联系领导"], columns: ["seq", "task", "leadUnits", "leaders", "coUnits", "supervisors"] };
  const para = (seq: number, ...groups: string[][]): RowBlock => ({
    seq,
    line: seq,
    lines: [fl("加快坝头溪流域综合整治，打造生态绿道。", 1), ...groups.flatMap((g) => g.map((t, k) => ({ ...fl(t, 2), blankBefore: k === 0 })))],
  });
  const recOf = (seq: number, cells: Partial<Record<EntityField, string[]>>): RawRecord => ({ table: 0, seq, section: [], task: ["加快坝头溪流域综合整治，打造生态绿道。"], cells: textCells(cells), source: { line: seq } });
  const cells = { leadUnits: ["城管局", "农水局"], leaders: ["程进强", "庄学根"], coUnits: ["自然资源局"], supervisors: ["陈相成"] };
  it("vouches for a row whose every column is one paragraph of names and whose leaders pair with its units", () => {
    const b = para(58, ["城管局", "农水局"], ["程进强", "庄学根"], ["自然资源局"], ["陈相成"]);
    expect(nameParagraphs(b)).toBe(4);
    expect([...wholeRows([b], [recOf(58, cells)], h, "leadUnits", [], 0)]).toEqual([58]);
  });
  it("counter-example: a paragraph more than the columns (the next row's name printed before its number)", () => {
    const b = para(58, ["城管局", "农水局"], ["程进强", "庄学根"], ["自然资源局"], ["陈相成"], ["柯明好"]);
    expect([...wholeRows([b], [recOf(58, { ...cells, supervisors: ["陈相成", "柯明好"] })], h, "leadUnits", [], 0)]).toEqual([]);
  });
  it("counter-example: a column empty, a row over a page break, or leaders that do not pair with the units", () => {
    const b = para(58, ["城管局", "农水局"], ["程进强", "庄学根"], ["自然资源局"]);
    expect([...wholeRows([b], [recOf(58, { ...cells, supervisors: [] })], h, "leadUnits", [], 0)]).toEqual([]);
    const broken = para(58, ["城管局", "农水局"], ["程进强", "庄学根"], ["自然资源局"], ["陈相成"]);
    broken.lines[3] = { ...broken.lines[3]!, afterBreak: true };
    expect([...wholeRows([broken], [recOf(58, cells)], h, "leadUnits", [], 0)]).toEqual([]);
    const unpaired = para(58, ["城管局", "农水局"], ["程进强"], ["自然资源局"], ["陈相成"]);
    expect([...wholeRows([unpaired], [recOf(58, { ...cells, leaders: ["程进强"] })], h, "leadUnits", [], 0)]).toEqual([]);
  });
});

import { printsHeaderOrder } from "../../src/layouts/flat/tables.js";

describe("printsHeaderOrder: a header completed from labels printed apart, confirmed by a later whole header", () => {
  const src = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
  const completed: FlatHeader = { start: 0, end: 0, line: 1, headers: ["序号", "具体目标任务", "牵头单位", "责任人", "协办单位", "区分管或联系领导"], columns: ["seq", "task", "leadUnits", "leaders", "coUnits", "supervisors"] };
  it("is confirmed by a later page's whole header naming the same columns in the same order", () => {
    expect(printsHeaderOrder(src("序号 具体目标任务 协办单位", "1", "任务。", "序号 具体目标任务 牵头单位 责任人 协办单位 区分管或联系领导", "2"), completed)).toBe(true);
  });
  it("counter-example: a later header in another order (or none) leaves the order a guess", () => {
    expect(printsHeaderOrder(src("序号 具体目标任务 协办单位", "1", "任务。", "序号 具体目标任务 协办单位 牵头单位 责任人 区分管或联系领导", "2"), completed)).toBe(false);
    expect(printsHeaderOrder(src("序号 具体目标任务 协办单位", "1", "任务。"), completed)).toBe(false);
  });
});

import { withoutNextTitle } from "../../src/layouts/flat/tables.js";
import { flagOrphanedNames } from "../../src/layouts/flat/orphans.js";

describe("withoutNextTitle: the next table's title is no text of this table", () => {
  const src = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
  const next: FlatHeader = { start: 5, end: 5, line: 6, headers: [], columns: [] };
  it("blanks the attachment title printed above the next header, keeping a name of this table's last row", () => {
    const lines = src("24", "启动西部旅游公路建设。", "附件2：主要指标任务责任分解表", "—1—", "邱金谋", "序号 具体任务 牵头单位");
    expect(withoutNextTitle(lines, next).map((l) => l.text)).toEqual(["24", "启动西部旅游公路建设。", "", "—1—", "邱金谋", "序号 具体任务 牵头单位"]);
  });
  it("counter-example: a task line near the next header that names a 分解表 without an attachment label stays", () => {
    const lines = src("24", "完善责任分解表", "各镇（街道）", "—1—", "邱金谋", "序号 具体任务 牵头单位");
    expect(withoutNextTitle(lines, next).map((l) => l.text)).toEqual(lines.map((l) => l.text));
  });
});

describe("flagOrphanedNames: names printed into another row of the page", () => {
  const h: FlatHeader = { start: 0, end: 0, line: 1, headers: ["序号", "具体目标任务", "牵头单位", "责任人", "协办单位", "区分管或联系领导"], columns: ["seq", "task", "leadUnits", "leaders", "coUnits", "supervisors"] };
  const at = (seq: number, page: number, cells: Partial<Record<EntityField, string[]>>): RawRecord => ({ table: 0, seq, section: [], task: ["任务。"], cells: textCells(cells), source: { line: seq, page } });
  const full = { leadUnits: ["文体旅游局"], leaders: ["刘冰"], coUnits: ["各镇（街道）"], supervisors: ["陈清拥"] };
  const shuffled: Diagnostic = { level: "warning", code: "FLAT_OUT_OF_ORDER", message: "", table: 0, seq: 19, line: 19 };
  it("flags the page's rows whose last unit or person column is empty when a row of the page holds names out of order", () => {
    const rows = [at(19, 1, { ...full, coUnits: ["各镇（街道）", "自然资源局"], supervisors: ["陈清拥", "陈清拥"] }), at(22, 1, { leadUnits: ["文体旅游局"], leaders: ["刘冰"] }), at(30, 2, { leadUnits: ["文体旅游局"], leaders: ["刘冰"] })];
    expect(flagOrphanedNames(rows, h, 0, (f) => f, [shuffled]).map((d) => [d.seq, d.code])).toEqual([[22, "FLAT_NAMES_ELSEWHERE"]]);
  });
  it("counter-example: no row of the page holds names out of order, or the row's columns are all filled", () => {
    const rows = [at(19, 1, full), at(22, 1, { leadUnits: ["文体旅游局"], leaders: ["刘冰"] })];
    expect(flagOrphanedNames(rows, h, 0, (f) => f, [])).toEqual([]);
    expect(flagOrphanedNames([at(19, 1, full), at(22, 1, full)], h, 0, (f) => f, [shuffled])).toEqual([]);
  });
});
