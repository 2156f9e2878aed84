/**
 * Chromium-made tables in pdftotext's default mode (reading order): which reading of a table
 * printed out of order to keep, and how a column block printed at a page's end is cut into cells.
 */
import { describe, expect, it } from "vitest";
import type { LayoutResult, RawRecord } from "../../src/model/intermediate.js";
import { rebuildReadsMoreTasks } from "../../src/layouts/flat/rebuildchoice.js";
import { dealRepeatedBlocks, repeatPeriod, repeatedBlocks } from "../../src/layouts/flat/repeatblocks.js";

const rec = (seq: number, task: string): RawRecord => ({ table: 0, seq, section: [], task: task ? [task] : [], cells: {}, source: { line: seq } });
const result = (...rows: Array<[number, string]>): LayoutResult => ({ tables: [], records: rows.map(([s, t]) => rec(s, t)), diagnostics: [] });

describe("the rebuild of a scrambled table against the row reading", () => {
  // the row reading of a dump whose 序号 came as one block: every task heaped on the last row
  const heaped = result([1, ""], [2, ""], [3, ""], [4, ""], [5, "新增规上工业企业30家。推进煤炭产业转型。新建公办幼儿园3所。"]);
  const rebuilt = result([1, "新增规上工业企业30家。"], [2, "推进煤炭产业转型。"], [3, "新建公办幼儿园3所。"], [4, "消除城区学校大班额。"], [5, "推进县人民医院综合楼建设。"]);
  it("keeps the rebuild when it gives task text to clearly more of the same rows", () => {
    expect(rebuildReadsMoreTasks(rebuilt, heaped)).toBe(true);
  });
  it("keeps the row reading when it already has the tasks, or the rebuild gains one row only (counter-example)", () => {
    expect(rebuildReadsMoreTasks(rebuilt, rebuilt)).toBe(false);
    const oneShort = result([1, "新增规上工业企业30家。"], [2, "推进煤炭产业转型。"], [3, "新建公办幼儿园3所。"], [4, ""], [5, "推进县人民医院综合楼建设。"]);
    expect(rebuildReadsMoreTasks(rebuilt, oneShort)).toBe(false);
  });
  it("keeps the row reading when the rebuild misses its rows (a second table the rebuild never saw; counter-example)", () => {
    const twoTables = result([1, ""], [2, ""], [3, ""], [4, ""], [5, ""], [6, "甲。"], [7, "乙。"], [8, "丙。"], [9, "丁。"], [10, "戊。"], [11, "己。"]);
    expect(rebuildReadsMoreTasks(rebuilt, twoTables)).toBe(false);
  });
  it("never prefers an empty rebuild (counter-example)", () => {
    expect(rebuildReadsMoreTasks(result(), heaped)).toBe(false);
  });
});


const src = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
const unitRec = (seq: number, line: number, cells: Record<string, string[]>): RawRecord => ({
  table: 0,
  seq,
  section: [],
  task: ["任务。"],
  cells: Object.fromEntries(Object.entries(cells).map(([f, v]) => [f, v.map((text) => ({ text }))])),
  source: { line },
});
const names = (r: RawRecord, f: string) => ((r.cells as Record<string, Array<{ text: string }>>)[f] ?? []).map((c) => c.text);

describe("a unit column block printed as one chunk repeated once per row", () => {
  it("finds the period of a block made of one chunk printed again and again", () => {
    expect(repeatPeriod(["各街道办事处", "区直有关单位", "各街道办事处", "区直有关单位", "各街道办事处", "区直有关单位"])).toBe(2);
    expect(repeatPeriod(["区发改局", "区发改局", "区发改局"])).toBe(1);
    // counter-examples: cells of different names, a chunk printed once, a broken repeat
    expect(repeatPeriod(["高新区管委会", "各街道办事处", "区直有关单位", "江南街道办事处"])).toBeNull();
    expect(repeatPeriod(["各街道办事处", "区直有关单位"])).toBeNull();
    expect(repeatPeriod(["各街道办事处", "区直有关单位", "各街道办事处", "区直有关单位", "各街道办事处"])).toBeNull();
  });
  const page = src(
    "序号",
    "具体任务",
    "1 地区生产总值增长 8%左右。",
    "牵头单位",
    "区发改局",
    "2 工业增加值增长 7%。",
    "区工信局",
    "3 加快建设科技创新平台，力争新增研发机构",
    "5 家以上。 区科技局",
    "",
    "责任单位",
    "各街道办事处",
    "区直有关单位",
    "各街道办事处",
    "区直有关单位",
    "",
    "分管领导",
  );
  it("deals the repeats to the page's first rows, taking the copies out of the row they were heaped on", () => {
    const blocks = repeatedBlocks(page, ["seq", "task", "leadUnits", "units", "supervisors"]);
    expect(blocks).toEqual([{ field: "units", label: 11, chunk: ["各街道办事处", "区直有关单位"], times: 2 }]);
    const rows = [
      unitRec(1, 3, { leadUnits: ["区发改局"] }),
      unitRec(2, 6, { leadUnits: ["区工信局"] }),
      unitRec(3, 8, { leadUnits: ["区科技局", "各街道办事处", "区直有关单位", "各街道办事处", "区直有关单位"] }),
    ];
    const { records, dealt } = dealRepeatedBlocks(rows, blocks);
    expect(records.map((r) => [names(r, "leadUnits"), names(r, "units")])).toEqual([
      [["区发改局"], ["各街道办事处", "区直有关单位"]],
      [["区工信局"], ["各街道办事处", "区直有关单位"]],
      [["区科技局"], []],
    ]);
    expect(dealt.map((d) => d.seq)).toEqual([1, 2]);
  });
  it("leaves a block whose names the rows never held, or a page with fewer rows than repeats (counter-examples)", () => {
    const blocks = repeatedBlocks(page, ["seq", "task", "leadUnits", "units", "supervisors"]);
    const notHeld = [unitRec(1, 3, { leadUnits: ["区发改局"] }), unitRec(2, 6, { leadUnits: ["区工信局"] }), unitRec(3, 8, { leadUnits: ["区科技局", "各街道办事处"] })];
    expect(dealRepeatedBlocks(notHeld, blocks).dealt).toEqual([]);
    expect(dealRepeatedBlocks(notHeld, blocks).records).toEqual(notHeld);
    const oneRow = [unitRec(3, 8, { leadUnits: ["区科技局", "各街道办事处", "区直有关单位", "各街道办事处", "区直有关单位"] })];
    expect(dealRepeatedBlocks(oneRow, blocks).dealt).toEqual([]);
  });
  it("finds no repeated block under a column the header lacks, nor a block of different cells (counter-examples)", () => {
    expect(repeatedBlocks(page, ["seq", "task", "leadUnits", "supervisors"])).toEqual([]);
    const mixed = src("责任单位", "高新区管委会", "各街道办事处", "区直有关单位", "江南街道办事处", "");
    expect(repeatedBlocks(mixed, ["seq", "task", "units"])).toEqual([]);
  });
});
