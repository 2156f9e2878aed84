// blocksToGrid: merged cells of structured documents placed in grid rows.
import { describe, expect, it } from "vitest";
import { docTableToGrid } from "../../src/table/structure.js";
import type { DocTable } from "../../src/model/intermediate.js";

const cell = (text: string, rowSpan?: number, colSpan?: number) => ({ lines: text ? [{ text }] : [], ...(rowSpan ? { rowSpan } : {}), ...(colSpan ? { colSpan } : {}) });
const show = (t: DocTable) => docTableToGrid(t).map((r) => r.cells.map((c) => (c.spanned ? "^" : "") + c.lines.map((l) => l.text).join("|")));

describe("docTableToGrid, cells merged across columns", () => {
  it("a header cell (its text names a field) is repeated in every column it covers: 项目 over two heading levels", () => {
    const t: DocTable = { rows: [{ cells: [cell("序号"), cell("项目", 1, 2), cell("目标任务")], line: 1 }, { cells: [cell("1"), cell("一、科技"), cell("（一）主体"), cell("任务")], line: 2 }] };
    expect(show(t)).toEqual([
      ["序号", "项目", "项目", "目标任务"],
      ["1", "一、科技", "（一）主体", "任务"],
    ]);
  });
  it("any other cell merged across columns leaves them blank (counter-example: a heading row, a unit cell)", () => {
    const t: DocTable = { rows: [{ cells: [cell("一、产业发展", 1, 3)], line: 1 }, { cells: [cell("1"), cell("县发改局、县财政局", 1, 2)], line: 2 }] };
    expect(show(t)).toEqual([
      ["一、产业发展", "", ""],
      ["1", "县发改局、县财政局", ""],
    ]);
  });
  it("a numbered heading across the whole table is a heading row even when its words name a field (`…主要预期目标`)", () => {
    const t: DocTable = { rows: [{ cells: [cell("序号"), cell("工作任务"), cell("牵头单位")], line: 1, header: true }, { cells: [cell("一、经济社会发展主要预期目标", 1, 3)], line: 2 }, { cells: [cell("1"), cell("任务"), cell("区发改委")], line: 3 }] };
    expect(show(t)).toEqual([
      ["序号", "工作任务", "牵头单位"],
      ["一、经济社会发展主要预期目标", "", ""],
      ["1", "任务", "区发改委"],
    ]);
    // an unnumbered one across the whole table too: it heads no columns of its own (session 35)
    expect(show({ rows: [{ cells: [cell("重点工作任务", 1, 3)], line: 1 }] })).toEqual([["重点工作任务", "", ""]]);
    // counter-example: a field name merged over some of the columns is a header over each
    expect(show({ rows: [{ cells: [cell("序号"), cell("责任单位", 1, 2)], line: 1 }] })).toEqual([["序号", "责任单位", "责任单位"]]);
  });
});
