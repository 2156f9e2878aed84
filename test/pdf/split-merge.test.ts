// A merged cell split by a page break in a table ruled on both sides of the break (Word, LibreOffice):
// its text printed above the break only, an empty cell at the head of the next page's body.
import { describe, expect, it } from "vitest";
import { carrySplitMerge, pageTail, tableRows } from "../../src/layouts/lattice.js";
import { h, run, tablesOf, v } from "../helpers/lattice.js";
import { shows } from "../helpers/cell-lines.js";

// columns 序号 | 任务 | 责任单位 | 分管领导 at x 0, 50, 150, 250, 350; rows 20 high, the header on top
const X = [0, 50, 150, 250, 350];
const verticals = (bottom: number) => X.map((x) => v(x, 0, bottom));
const header = [run("序号", 5, 5), run("任务", 55, 5), run("责任单位", 155, 5), run("分管领导", 255, 5)];
const row = (y: number, seq: string, task: string, unit: string, leader?: string) => [run(seq, 5, y + 5), run(task, 55, y + 5), ...(unit ? [run(unit, 155, y + 5)] : []), ...(leader ? [run(leader, 255, y + 5)] : [])];
const cells = (r: { cells: Array<{ lines: Array<{ text: string }> }> }) => r.cells.map((c) => shows(c.lines as never).join(""));

/** page 1: rows 1 and 2, 分管领导 merged over both (张三); `leader2` gives row 2 a cell of its own instead */
function page1(leader2?: string) {
  const rules = [h(0, 0, 350), h(20, 0, 350), leader2 ? h(40, 0, 350) : h(40, 0, 250), h(60, 0, 350), ...verticals(60)];
  const [t] = tablesOf(rules);
  const rows = tableRows(t!, [...header, ...row(20, "1", "甲任务", "科技局", "张三"), ...row(40, "2", "乙任务", "财政局", leader2)], 1);
  return pageTail(rows, t!)!;
}

describe("carrySplitMerge: a merged cell the page break split, ruled on both sides", () => {
  it("an empty cell merged over the next page's first rows takes the text above the break, with no doubt", () => {
    const rules = [h(0, 0, 350), h(20, 0, 350), h(40, 0, 250), h(60, 0, 350), ...verticals(60)];
    const [t] = tablesOf(rules);
    const rows = tableRows(t!, [...header, ...row(20, "3", "丙任务", "商务局"), ...row(40, "4", "丁任务", "文旅局")], 2);
    expect(carrySplitMerge(page1(), rows, t!)).toBe(true);
    expect(rows.slice(1).map((r) => r.cells[3])).toEqual([expect.objectContaining({ spanned: true }), expect.objectContaining({ spanned: true })]);
    expect(rows.slice(1).map((r) => cells(r)[3])).toEqual(["张三", "张三"]);
    expect(rows.map((r) => r.review)).toEqual([undefined, undefined, undefined]);
  });
  it("an empty one-row cell at the head of the body takes it too, and says it is a guess", () => {
    const rules = [h(0, 0, 350), h(20, 0, 350), h(40, 0, 350), h(60, 0, 350), ...verticals(60)];
    const [t] = tablesOf(rules);
    const rows = tableRows(t!, [...header, ...row(20, "3", "丙任务", "商务局"), ...row(40, "4", "丁任务", "文旅局", "李四")], 2);
    expect(carrySplitMerge(page1(), rows, t!)).toBe(true);
    expect(cells(rows[1]!)).toEqual(["3", "丙任务", "商务局", "张三"]);
    expect(rows[1]!.review?.map((r) => r.code)).toEqual(["MERGED_CELL_ACROSS_PAGE"]);
    expect(cells(rows[2]!)).toEqual(["4", "丁任务", "文旅局", "李四"]);
  });
  it("the rest of a row cut by the break: the merged cell goes on to the rows after it", () => {
    const rules = [h(0, 0, 350), h(20, 0, 350), h(40, 0, 250), h(60, 0, 350), ...verticals(60)];
    const [t] = tablesOf(rules);
    const rows = tableRows(t!, [...header, run("乙任务续", 55, 25), ...row(40, "3", "丙任务", "商务局")], 2);
    expect(carrySplitMerge(page1(), rows, t!)).toBe(true);
    expect(rows[1]!.cells[3]!.lines).toEqual([]);
    expect(cells(rows[2]!)).toEqual(["3", "丙任务", "商务局", "张三"]);
  });
  it("the merged cell may start on an empty band above the first body row (a thin row under the repeated header)", () => {
    const rules = [h(0, 0, 350), h(20, 0, 350), h(24, 0, 250), h(44, 0, 250), h(64, 0, 350), ...verticals(64)];
    const [t] = tablesOf(rules);
    const rows = tableRows(t!, [...header, ...row(24, "3", "丙任务", "商务局"), ...row(44, "4", "丁任务", "文旅局")], 2);
    expect(carrySplitMerge(page1(), rows, t!)).toBe(true);
    expect(rows.filter((r) => cells(r)[0]).slice(1).map((r) => cells(r))).toEqual([
      ["3", "丙任务", "商务局", "张三"],
      ["4", "丁任务", "文旅局", "张三"],
    ]);
  });
  it("counter-example: a column with an empty cell elsewhere keeps an empty cell empty", () => {
    const rules = [h(0, 0, 350), h(20, 0, 350), h(40, 0, 350), h(60, 0, 350), h(80, 0, 350), ...verticals(80)];
    const [t] = tablesOf(rules);
    const rows = tableRows(t!, [...header, ...row(20, "3", "丙任务", "商务局"), ...row(40, "4", "丁任务", "文旅局"), ...row(60, "5", "戊任务", "农业局", "李四")], 2);
    expect(carrySplitMerge(page1(), rows, t!)).toBe(false);
    expect(cells(rows[1]!)).toEqual(["3", "丙任务", "商务局", ""]);
  });
  it("counter-example: a column the table never merges keeps an empty cell empty", () => {
    const rules = [h(0, 0, 350), h(20, 0, 350), h(40, 0, 350), h(60, 0, 350), ...verticals(60)];
    const [t] = tablesOf(rules);
    const rows = tableRows(t!, [...header, ...row(20, "3", "丙任务", "商务局"), ...row(40, "4", "丁任务", "文旅局", "李四")], 2);
    expect(carrySplitMerge(page1("王五"), rows, t!)).toBe(false);
    expect(cells(rows[1]!)).toEqual(["3", "丙任务", "商务局", ""]);
  });
  it("counter-example: a row with nothing but its 序号 and task is left to the table stage's fill-down", () => {
    const rules = [h(0, 0, 350), h(20, 0, 350), h(40, 0, 250), h(60, 0, 350), ...verticals(60)];
    const [t] = tablesOf(rules);
    const rows = tableRows(t!, [...header, ...row(20, "3", "丙任务", ""), ...row(40, "4", "丁任务", "文旅局")], 2);
    expect(carrySplitMerge(page1(), rows, t!)).toBe(false);
  });
});

describe("carrySplitMerge: the 序号 column found where the numbers are (a 项目 column before it)", () => {
  // columns 项目 | 序号 | 任务 | 责任单位 | 分管领导 at x 0, 60, 100, 200, 260, 320
  const XS = [0, 60, 100, 200, 260, 320];
  const head = [run("项目", 5, 5), run("序号", 65, 5), run("任务", 105, 5), run("责任单位", 205, 5), run("分管领导", 265, 5)];
  const line = (y: number, item: string, seq: string, task: string, unit: string, leader?: string) => [...(item ? [run(item, 5, y + 5)] : []), run(seq, 65, y + 5), run(task, 105, y + 5), run(unit, 205, y + 5), ...(leader ? [run(leader, 265, y + 5)] : [])];
  function tail() {
    // 项目 and 分管领导 merged over rows 1–2 (no rule between them in those columns)
    const rules = [h(0, 0, 320), h(20, 0, 320), h(40, 60, 260), h(60, 0, 320), ...XS.map((x) => v(x, 0, 60))];
    const [t] = tablesOf(rules);
    return pageTail(tableRows(t!, [...head, ...line(20, "一、稳增长", "1", "甲任务", "科技局", "张三"), ...line(40, "", "2", "乙任务", "财政局")], 1), t!)!;
  }
  it("the row at the next page's head, its 项目 and 分管领导 cells empty, takes the 分管领导 above with a flag; the 项目 column is left to the table stage", () => {
    const rules = [h(0, 0, 320), h(20, 0, 320), h(40, 0, 320), ...XS.map((x) => v(x, 0, 40))];
    const [t] = tablesOf(rules);
    const rows = tableRows(t!, [...head, ...line(20, "", "3", "丙任务", "商务局")], 2);
    const tl = tail();
    expect(tl.seqColumn).toBe(1);
    expect(carrySplitMerge(tl, rows, t!)).toBe(true);
    expect(cells(rows[1]!)).toEqual(["", "3", "丙任务", "商务局", "张三"]);
    expect(rows[1]!.review?.map((r) => r.code)).toEqual(["MERGED_CELL_ACROSS_PAGE"]);
  });
  it("counter-example: with its own 分管领导 the row is left as printed", () => {
    const rules = [h(0, 0, 320), h(20, 0, 320), h(40, 0, 320), ...XS.map((x) => v(x, 0, 40))];
    const [t] = tablesOf(rules);
    const rows = tableRows(t!, [...head, ...line(20, "", "3", "丙任务", "商务局", "李四")], 2);
    expect(carrySplitMerge(tail(), rows, t!)).toBe(false);
    expect(cells(rows[1]!)).toEqual(["", "3", "丙任务", "商务局", "李四"]);
  });
});

describe("carrySplitMerge: a merged cell the page break split with its text (it flowed on past the break)", () => {
  // columns 序号 | 任务 | 责任单位 | 分管领导 as above; page 1: row 1 (张三 merged down… not here), row 2 a tall row (40 high)
  // whose 分管领导 cell holds two lines: down to the cell's foot, or with room under them
  // rows 1–2 share 王五 (merged; `ownCells` gives each its own cell instead), row 3 (40 high) holds the split text
  function tallTail(leaderLines: string[], gap: number, ownCells = false) {
    const rules = [h(0, 0, 350), h(20, 0, 350), ownCells ? h(40, 0, 350) : h(40, 0, 250), h(60, 0, 350), h(100, 0, 350), ...verticals(100)];
    const [t] = tablesOf(rules);
    const bottom = 100 - gap;
    const leader = leaderLines.map((text, k) => run(text, 255, bottom - 10 * (leaderLines.length - k)));
    const runs = [...header, ...row(20, "1", "甲任务", "科技局", "王五"), ...row(40, "2", "乙任务", "财政局", ownCells ? "赵六" : undefined), run("3", 5, 65), run("丙任务", 55, 65), run("商务局", 155, 65), ...leader];
    const rows = tableRows(t!, runs, 1);
    return pageTail(rows, t!, runs)!;
  }
  // page 2: rows 3 and 4, 分管领导 merged over both, holding the second person
  function nextPage() {
    const rules = [h(0, 0, 350), h(20, 0, 350), h(40, 0, 250), h(60, 0, 350), ...verticals(60)];
    const [t] = tablesOf(rules);
    return { t: t!, rows: tableRows(t!, [...header, ...row(20, "4", "丁任务", "文旅局"), ...row(40, "5", "戊任务", "农业局"), run("李四", 255, 35)], 2) };
  }
  it("text down to the cell's foot above the break and a merged cell below: one cell over rows 3–5, each flagged", () => {
    const tail = tallTail(["张三（副区", "长）"], 2);
    const { t, rows } = nextPage();
    expect(carrySplitMerge(tail, rows, t)).toBe(true);
    const text = (r: Parameters<typeof cells>[0]) => cells(r)[3]!.replace(/¶/g, "");
    expect(text(tail.row)).toBe("张三（副区长）李四");
    expect(rows.slice(1).map(text)).toEqual(["张三（副区长）李四", "张三（副区长）李四"]);
    expect([tail.row, ...rows.slice(1)].map((r) => r.review?.map((x) => x.code))).toEqual([["MERGED_CELL_ACROSS_PAGE"], ["MERGED_CELL_ACROSS_PAGE"], ["MERGED_CELL_ACROSS_PAGE"]]);
  });
  it("counter-example: room under the text above the break (the cell ended there), one line only, or a column with one-row cells elsewhere: two cells, as printed", () => {
    for (const tail of [tallTail(["张三（副区", "长）"], 15), tallTail(["张三"], 2), tallTail(["张三（副区", "长）"], 2, true)]) {
      const { t, rows } = nextPage();
      carrySplitMerge(tail, rows, t);
      expect(cells(tail.row)[3]).not.toContain("李四");
      expect(rows.slice(1).map((r) => cells(r)[3])).toEqual(["李四", "李四"]);
      expect(tail.row.review).toBeUndefined();
    }
  });
});
