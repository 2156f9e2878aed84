import { describe, expect, it } from "vitest";
import { moveUnitLinesAfterTask } from "../../src/layouts/flat/unitlines.js";
import type { FlatLine } from "../../src/layouts/flat/segment.js";

// Word-made table, `pdftotext` default mode: each cell a paragraph (a blank line before the next
// cell), tasks with no full stop, the unit cell printed at the height of the task's middle line
const para = (...cells: string[][]): FlatLine[] => {
  let n = 0;
  return cells.flatMap((cell) => cell.map((text, k) => ({ text, line: ++n, afterBreak: false, ...(k === 0 && n > 1 ? { blankBefore: true } : {}) })));
};
const texts = (ls: readonly FlatLine[]) => ls.map((l) => l.text);

describe("a unit line amid a task with no full stop, the task ending with its paragraph", () => {
  it("moves the unit after the task's short last piece (左右)", () => {
    const r = moveUnitLinesAfterTask(para(["地区生产总值增长 7%", "市发展改革委", "左右"], ["市统计局、各县", "（区）人民政府"], ["唐振宇"]));
    expect(texts(r.lines)).toEqual(["地区生产总值增长 7%", "左右", "市发展改革委", "市统计局、各县", "（区）人民政府", "唐振宇"]);
    expect(r.moved).toEqual([2]);
  });
  it("moves it past task lines up to the paragraph's end", () => {
    const r = moveUnitLinesAfterTask(para(["全市地区生产总值增", "市发改委", "长 7.5%"], ["欧阳明"]));
    expect(texts(r.lines)).toEqual(["全市地区生产总值增", "长 7.5%", "市发改委", "欧阳明"]);
  });
  it("counter-examples: a unit in a paragraph of its own, a name after it, a task that goes on past a blank line", () => {
    const own = para(["地区生产总值增长 7%"], ["市发展改革委"], ["左右"]);
    expect(texts(moveUnitLinesAfterTask(own).lines)).toEqual(texts(own));
    const person = para(["地区生产总值增长 7%", "市发展改革委", "唐振宇"], ["郑国梁"]);
    expect(texts(moveUnitLinesAfterTask(person).lines)).toEqual(texts(person));
    const unit = para(["地区生产总值增长 7%", "市发展改革委", "市统计局"], ["郑国梁"]);
    expect(texts(moveUnitLinesAfterTask(unit).lines)).toEqual(texts(unit));
    // a short piece before the unit line (a heading fragment, not a task cut by the cell's width)
    const short = para(["稳增长", "市发改委", "长 7.5%"], ["欧阳明"]);
    expect(texts(moveUnitLinesAfterTask(short).lines)).toEqual(texts(short));
    // a piece after the unit that is no quantity's qualifier (a unit's cut tail, `府`)
    const tail = para(["推进文旅融合发展，创建国家 4A 级旅游景区", "市文化广电旅游局", "府"], ["宋佳琪"]);
    expect(texts(moveUnitLinesAfterTask(tail).lines)).toEqual(texts(tail));
    // a unit amid the row's second paragraph: the cells are out of order, nothing moves
    const later = para(["业进行重点培育，给予", "上。"], ["筛选众益太阳能、七星", "区工信局", "长 10%。"], ["区发改局"]);
    expect(texts(moveUnitLinesAfterTask(later).lines)).toEqual(texts(later));
    // no blank line anywhere in the row: a paragraph's end is not known, nothing moves
    const flat: FlatLine[] = ["地区生产总值增长 7%", "市发展改革委", "左右"].map((text, i) => ({ text, line: i + 1, afterBreak: false }));
    expect(texts(moveUnitLinesAfterTask(flat).lines)).toEqual(texts(flat));
  });
});
