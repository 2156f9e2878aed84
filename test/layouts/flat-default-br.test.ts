/**
 * Chromium-made tables in pdftotext's default mode (reading order): which reading of a table
 * printed out of order to keep, and how a column block printed at a page's end is cut into cells.
 */
import { describe, expect, it } from "vitest";
import type { LayoutResult, RawRecord } from "../../src/model/intermediate.js";
import { rebuildCannotWin, rebuildReadsMoreTasks } from "../../src/layouts/flat/rebuildchoice.js";
import { dealRepeatedBlocks, repeatPeriod, repeatedBlocks } from "../../src/layouts/flat/repeatblocks.js";
import { cellsByBlocks, columnsOf, dealPageBlock } from "../../src/layouts/flat/spannames.js";
import { classifyLines, scrambledRowBound } from "../../src/layouts/flat/scrambled.js";

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

  // (session 37: the rebuild is skipped where it could not be chosen; it took a third of a long dump's time)
  it("need not be run when the row reading gives every row a task and the lines print no more numbers than rows", () => {
    expect(rebuildCannotWin(rebuilt, 5)).toBe(true);
    expect(rebuildCannotWin(rebuilt, 6)).toBe(true);
    for (const [bound, rows] of [[5, 5], [6, 5], [7, 5], [10, 5]] as const) {
      // whatever the rebuild reads within the bound, it is not chosen where rebuildCannotWin says so
      const best = result(...Array.from({ length: bound }, (_, i) => [i + 1, "任务。"] as [number, string]));
      const rowReading = result(...Array.from({ length: rows }, (_, i) => [i + 1, "任务。"] as [number, string]));
      if (rebuildCannotWin(rowReading, bound)) expect(rebuildReadsMoreTasks(best, rowReading) || best.records.length > 2 * rows).toBe(false);
    }
  });
  it("counter-examples: a row without its task, numbers enough for more rows, no rows at all: the rebuild is run", () => {
    expect(rebuildCannotWin(heaped, 5)).toBe(false);
    expect(rebuildCannotWin(rebuilt, 7)).toBe(false);
    expect(rebuildCannotWin(result(), 0)).toBe(false);
  });
  it("counts the numbers the rebuild could make rows of: a number alone or opening its text, each once", () => {
    expect(scrambledRowBound(src("序号", "1", "新增规上工业企业30家。", "2", "2", "3 推进煤炭产业转型。", "县工信局", "2026年6月底前"))).toBe(3);
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
    // the row the copies were taken from is flagged too
    expect(dealt.map((d) => [d.seq, d.emptied ?? false])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
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

describe("a scrambled table's page-end block repeated fewer times than the page has rows", () => {
  const repeat = (n: number) => Array.from({ length: n }, () => [["各街道办事处"], ["区直有关单位"]]).flat();
  it("gives the repeats to the page's first rows, nothing to the rest", () => {
    expect(dealPageBlock(repeat(3), 5)).toEqual([["各街道办事处", "区直有关单位"], ["各街道办事处", "区直有关单位"], ["各街道办事处", "区直有关单位"], [], []]);
    // as many repeats as rows: one each, as before
    expect(dealPageBlock(repeat(2), 2)).toEqual([["各街道办事处", "区直有关单位"], ["各街道办事处", "区直有关单位"]]);
  });
  it("leaves a block of different cells, or more repeats than rows (counter-examples)", () => {
    expect(dealPageBlock([["区发改局"], ["区科技局"], ["江南街道办事处"]], 5)).toBeNull();
    expect(dealPageBlock(repeat(4), 3)).toBeNull();
  });
});

describe("a row's names cut by the blank lines between its printed blocks", () => {
  const row = [
    { line: 30, names: ["王伟"], opensBlock: true },
    { line: 32, names: ["区自然资源局"], opensBlock: true },
    { line: 33, names: ["区城管局"], opensBlock: false },
    { line: 35, names: ["高新区管委会"], opensBlock: true },
    { line: 36, names: ["各街道办事处"], opensBlock: false },
  ];
  const fields = ["supervisors", "leadUnits", "units"] as const;
  it("gives each unit block to its unit column, left to right, when the blocks match the columns", () => {
    expect(columnsOf(row, fields, new Map(), true)).toEqual({ supervisors: ["王伟"], leadUnits: ["区自然资源局", "区城管局"], units: ["高新区管委会", "各街道办事处"] });
  });
  it("places nothing by blocks when the unit blocks are fewer than the unit columns, or a block mixes kinds (counter-examples)", () => {
    const one = row.map((l) => ({ ...l, opensBlock: l.line === 35 ? false : l.opensBlock }));
    expect(cellsByBlocks(one, fields).has("unit")).toBe(false);
    const mixed = [{ line: 30, names: ["王伟"], opensBlock: true }, { line: 31, names: ["区城管局"], opensBlock: false }, { line: 33, names: ["高新区管委会"], opensBlock: true }];
    expect(cellsByBlocks(mixed, fields).size).toBe(0);
  });
});

describe("a header word printed under a line of names", () => {
  it("is the names block's last cell, not a label", () => {
    const parts = classifyLines(src("区委统战部", "区人大办", "区政协办", "", "2022年9月"), 0);
    expect(parts.slice(0, 3).map((p) => p.kind)).toEqual(["names", "names", "names"]);
  });
  it("stays a label after a blank line (counter-example)", () => {
    const parts = classifyLines(src("区人大办", "", "协办单位", "区发改局"), 0);
    expect(parts[2]).toMatchObject({ kind: "header", text: "协办单位" });
  });
});
