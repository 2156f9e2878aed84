import { describe, expect, it } from "vitest";
import { cellPart, fillFromPageTails, findPageTails, runningHeads } from "../../src/layouts/flat/pagetail.js";
import { findFlatHeader } from "../../src/layouts/flat/header.js";
import { textCells } from "../../src/table/records.js";
import type { EntityField, RawRecord, SourceLine } from "../../src/model/intermediate.js";

const src = (text: string): SourceLine[] => text.split("\n").map((t, i) => ({ text: t, line: i + 1 }));
const HEADER = "序号 具体目标任务 牵头单位 责任人 协办单位 区分管或联系领导";

// a page whose rows 3 and 4 printed no 分管领导, row 4 no 协办单位: those cells come after the page number
const DUMP = [
  HEADER,
  "1",
  "落实减税降费政策。",
  "财政局",
  "李海军",
  "陈剑锋",
  "2",
  "降低企业成本。",
  "市场监管局",
  "洪良杰",
  "发改局",
  "陈剑锋",
  "3",
  "出台招商引资优惠政策。",
  "发改局",
  "刘玉强",
  "4",
  "推进批而未供土地征收。",
  "自然资源局",
  "林昀瑜",
  "—1—",
  "陈相成",
  "柯明好",
  "各镇（街道）",
  "黄少伟",
  HEADER,
  "5",
  "深化银企直通活动。",
  "工信局",
  "吴文辉",
  "金融办",
  "柯明好",
].join("\n");

describe("findPageTails: whole names between a page number and the next page's header", () => {
  it("finds the block after the page number, names with their kind", () => {
    const lines = src(DUMP);
    const tails = findPageTails(lines, findFlatHeader(lines)!);
    expect(tails.map((t) => [t.line, t.pageStart, t.names.map((n) => `${n.text}:${n.kind}`)])).toEqual([
      [21, 0, ["陈相成:person", "柯明好:person", "各镇（街道）:unit", "黄少伟:person"]],
    ]);
  });
  it("reads on past the header's words printed apart (a wrapped label piece too) up to the running head above the next page", () => {
    const head = "泉港区2020年政府工作报告目标任务责任分解";
    const text = [head, DUMP.replace("—1—\n", `—1—\n协办单位\n区分管或联系领\n导\n`).replace(`黄少伟\n${HEADER}`, `黄少伟\n${head}\n${HEADER}`), "—2—", head].join("\n");
    const lines = src(text);
    const tails = findPageTails(lines, findFlatHeader(lines)!);
    expect(tails.map((t) => t.names.map((n) => n.text))).toEqual([["陈相成", "柯明好", "各镇（街道）", "黄少伟"]]);
    expect([...runningHeads(lines)]).toEqual([head]);
  });
  it("counter-example: a short piece printed on many pages (`办）`) is no running head", () => {
    expect([...runningHeads(src("办）\n1\n办）\n2\n办）"))]).toEqual([]);
  });
  it("counter-example: prose after the page number (a task cut by the page) is no tail", () => {
    const lines = src(DUMP.replace("陈相成\n", "深入开展招商活动，\n"));
    expect(findPageTails(lines, findFlatHeader(lines)!)).toEqual([]);
  });
  it("counter-example: names after the last page number with no header after them (the table goes on) are no tail", () => {
    const lines = src(DUMP.split(HEADER).slice(0, 2).join(HEADER) + "\n6\n推进园区建设。");
    expect(findPageTails(lines, findFlatHeader(lines)!)).toEqual([]);
  });
});

const rec = (seq: number, cells: Partial<Record<EntityField, string[]>>, line: number): RawRecord => ({ table: 0, seq, section: [], task: ["任务。"], cells: textCells(cells), source: { line } });
const names = (r: RawRecord) => Object.fromEntries(Object.entries(r.cells).map(([f, c]) => [f, c!.map((x) => x.text)]));

describe("fillFromPageTails: the tail's runs laid into the page's empty cells in row order", () => {
  it("fills the lowest empty cells: persons, then a unit in the next row, then that row's persons", () => {
    const lines = src(DUMP);
    const header = findFlatHeader(lines)!;
    const tails = findPageTails(lines, header);
    const records = [
      rec(1, { leadUnits: ["财政局"], leaders: ["李海军"], supervisors: ["陈剑锋"] }, 2),
      rec(2, { leadUnits: ["市场监管局"], leaders: ["洪良杰"], coUnits: ["发改局"], supervisors: ["陈剑锋"] }, 7),
      rec(3, { leadUnits: ["发改局"], leaders: ["刘玉强"] }, 13),
      rec(4, { leadUnits: ["自然资源局"], leaders: ["林昀瑜"] }, 17),
      rec(5, { leadUnits: ["工信局"], leaders: ["吴文辉"], coUnits: ["金融办"], supervisors: ["柯明好"] }, 27),
    ];
    const d = fillFromPageTails(records, tails, header, 0, (f) => f);
    expect(names(records[2]!)).toEqual({ leadUnits: ["发改局"], leaders: ["刘玉强"], supervisors: ["陈相成", "柯明好"] });
    expect(names(records[3]!)).toEqual({ leadUnits: ["自然资源局"], leaders: ["林昀瑜"], coUnits: ["各镇（街道）"], supervisors: ["黄少伟"] });
    // the next page's row is untouched
    expect(names(records[4]!)).toEqual({ leadUnits: ["工信局"], leaders: ["吴文辉"], coUnits: ["金融办"], supervisors: ["柯明好"] });
    expect(d.map((x) => [x.code, x.seq])).toEqual([
      ["FLAT_PAGE_TAIL", 3],
      ["FLAT_PAGE_TAIL", 4],
    ]);
  });
  it("counter-example: with no empty cell of their kind on the page the names go back to the page's last row, flagged", () => {
    const lines = src(DUMP);
    const header = findFlatHeader(lines)!;
    const tails = findPageTails(lines, header);
    const full = (seq: number, line: number) => rec(seq, { leadUnits: ["财政局"], leaders: ["李海军"], coUnits: ["发改局"], supervisors: ["陈剑锋"] }, line);
    const records = [full(1, 2), full(2, 7), full(3, 13), full(4, 17)];
    const d = fillFromPageTails(records, tails, header, 0, (f) => f);
    expect(names(records[3]!)).toEqual({ leadUnits: ["财政局"], leaders: ["李海军"], coUnits: ["发改局", "各镇（街道）"], supervisors: ["陈剑锋", "陈相成", "柯明好", "黄少伟"] });
    expect(names(records[2]!)).toEqual(names(full(3, 13)));
    expect(d.map((x) => x.seq)).toEqual([4]);
  });
});

describe("fillFromPageTails: a page that only continues the row before", () => {
  it("gives the tail to that row only, not to the rows of earlier pages", () => {
    const header = findFlatHeader(src(HEADER))!;
    const records = [rec(1, { leadUnits: ["财政局"], leaders: ["李海军"] }, 2), rec(2, { leadUnits: ["发改局"], leaders: ["刘玉强"], coUnits: ["商务局"], supervisors: ["柯明好"] }, 7)];
    const tail = { line: 30, pageStart: 20, names: [{ text: "陈相成", kind: "person" as const, line: 31 }] };
    fillFromPageTails(records, [tail], header, 0, (f) => f);
    // row 1 ended on an earlier page: its empty 分管领导 cell is not this page's
    expect(names(records[0]!)).toEqual({ leadUnits: ["财政局"], leaders: ["李海军"] });
    expect(names(records[1]!)).toEqual({ leadUnits: ["发改局"], leaders: ["刘玉强"], coUnits: ["商务局"], supervisors: ["柯明好", "陈相成"] });
  });
});

describe("cellPart: where one cell's names end in a run of one kind", () => {
  const run = (...xs: string[]) => xs.map((text, k) => ({ text, kind: "person" as const, line: k }));
  it("cuts a 责任人 run at the count of lead units it pairs with", () => {
    expect(cellPart(run("刘玉强", "吴文辉", "肖银河"), 2)).toBe(2);
  });
  it("cuts before a name comes again, as evenly as the repeat allows", () => {
    expect(cellPart(run("黄少伟", "柯明好", "陈剑锋", "柯明好"), null)).toBe(2);
  });
  it("counter-example: a run that names no one twice stays one cell", () => {
    expect(cellPart(run("黄少伟", "柯明好", "陈剑锋"), null)).toBe(3);
  });
});

import { headerPart } from "../../src/layouts/flat/pagetail.js";

describe("headerPart: the repeated header printed in two parts around other text", () => {
  const lines = src(`${HEADER}\n1\n任务。\n序号\n具体目标任务\n牵头单位\n2\n责任人\n协办单位\n区分管或联系领导\n陈相成\n分管领导\n协办单位\n牵头单位`);
  const header = findFlatHeader(lines)!;
  it("takes the header's first words, or its last ones, on lines of their own", () => {
    expect(headerPart(lines, 3, header)).toBe(6);
    expect(headerPart(lines, 7, header)).toBe(10);
  });
  it("counter-example: one header word alone is content (a cell that says 协办单位), and words out of header order are no part", () => {
    expect(headerPart(src(`${HEADER}\n协办单位\n陈相成`), 1, findFlatHeader(src(HEADER))!)).toBeNull();
    expect(headerPart(lines, 11, header)).toBeNull();
  });
});

describe("findPageTails: names printed between two parts of the next page's header", () => {
  it("belong to the block after the page number", () => {
    const text = DUMP.replace(`黄少伟\n${HEADER}`, "黄少伟\n序号\n具体目标任务\n牵头单位\n后龙镇\n张燕婷\n责任人\n协办单位\n区分管或联系领导");
    const lines = src(text);
    expect(findPageTails(lines, findFlatHeader(lines)!).map((t) => t.names.map((n) => n.text))).toEqual([["陈相成", "柯明好", "各镇（街道）", "黄少伟", "后龙镇", "张燕婷"]]);
  });
});
