// Roles written inside a table's unit cells: role labels (`牵头：X；配合：Y`) and role notes (`X（牵头）`).
import { describe, expect, it } from "vitest";
import { gridToRecords } from "../../src/table/segment.js";
import { textToGrid } from "../../src/layouts/tsv.js";
import { parseText } from "../../src/parse.js";

const lines = (text: string) => text.split("\n").map((t, i) => ({ text: t, line: i + 1 }));
const md = (text: string) => gridToRecords(textToGrid(lines(text), "markdown"), { layout: "markdown", wholeRows: true });
const cells = (text: string) => md(text).records.map((r) => Object.fromEntries(Object.entries(r.cells).filter(([, v]) => v!.length).map(([k, v]) => [k, v!.map((l) => l.text)])));

describe("role labels inside a unit cell", () => {
  it("a cell that opens with 牵头：/配合： gives its names those fields", () => {
    expect(cells("| 序号 | 工作任务 | 责任单位 |\n|---|---|---|\n| 1 | 新增企业60家。 | 牵头：区统计局；配合：区发改局、区工信局 |")).toEqual([
      { leadUnits: ["区统计局"], coUnits: ["区发改局、区工信局"] },
    ]);
  });
  it("labels on lines of their own in the cell (<br>) too, and a cell without a label keeps its column's field", () => {
    expect(cells("| 序号 | 工作任务 | 责任单位 |\n|---|---|---|\n| 1 | 任务一。 | 牵头单位：区城管局<br>配合单位：各街道办事处 |\n| 2 | 任务二。 | 区教育局 |")).toEqual([
      { leadUnits: ["区城管局"], coUnits: ["各街道办事处"] },
      { units: ["区教育局"] },
    ]);
  });
  it("a label that does not open the cell, or inside a name's bracket, is left alone (counter-examples)", () => {
    expect(cells("| 序号 | 工作任务 | 责任单位 |\n|---|---|---|\n| 1 | 任务一。 | 区发改局（联系人：张三） |\n| 2 | 任务二。 | 区发改局 完成时限：6月底 |\n| 3 | 任务三。 | 完成时限：2024年6月底 |")).toEqual([
      { units: ["区发改局（联系人：张三）"] },
      { units: ["区发改局 完成时限：6月底"] },
      { units: ["完成时限：2024年6月底"] },
    ]);
  });
});

describe("role notes after a name in a unit cell", () => {
  it("`X（牵头）` leads and `Y（配合）` co-operates; a unit's own annotation stays with it (counter-example)", async () => {
    const r = await parseText("| 序号 | 工作任务 | 责任单位 |\n|---|---|---|\n| 1 | 建成水厂。 | 县水利局（牵头）<br>县住建局 |\n| 2 | 新建景区。 | 县文旅局（牵头）、县财政局（配合） |\n| 3 | 新建学校。 | 县发改局（县重点办）、县教育局 |");
    expect(r.tasks.map((t) => [t.seq, t.leadUnits, t.units, t.coUnits])).toEqual([
      [1, ["县水利局"], ["县住建局"], []],
      [2, ["县文旅局"], [], ["县财政局"]],
      [3, [], ["县发改局（县重点办）", "县教育局"], []],
    ]);
  });
});
