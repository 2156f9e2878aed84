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

describe("a division-of-work column (`责任分工`) where no other column names who is responsible", () => {
  it("reads each cell's roles, labels and people among them, and role verbs", () => {
    expect(cells("| 序号 | 重点任务 | 责任分工 | 完成时限 |\n|---|---|---|---|\n| 1 | 任务一。 | 分管市领导：戴文华；牵头：市发展改革委；配合：市统计局 | 12月底 |\n| 2 | 任务二。 | 市商务局牵头，市市场监管局、市税务局配合 | 年内 |")).toEqual([
      { supervisors: ["戴文华"], leadUnits: ["市发展改革委"], coUnits: ["市统计局"] },
      { leadUnits: ["市商务局"], coUnits: ["市市场监管局、市税务局"] },
    ]);
  });
  it("a cell of bare names stays in the column (units)", () => {
    expect(cells("| 序号 | 重点任务 | 部门分工 |\n|---|---|---|\n| 1 | 任务一。 | 市教育局、市财政局 |")).toEqual([{ units: ["市教育局、市财政局"] }]);
  });
  it("counter-examples: beside a 责任单位 column, or as the group label over 牵头单位 | 责任单位, the column is no role column", () => {
    expect(cells("| 序号 | 重点任务 | 责任单位 | 责任分工 |\n|---|---|---|---|\n| 1 | 任务一。 | 市教育局 | 牵头：市财政局 |")).toEqual([{ units: ["市教育局"] }]);
    const two = gridToRecords(textToGrid(lines("序号\t工作任务\t责任分工\t\t分管县领导\n\t\t牵头单位\t责任单位\t\n1\t任务一。\t县发改局\t县财政局\t胡建国"), "tsv"), { layout: "tsv", wholeRows: true });
    expect(two.tables[0]!.columns).toEqual(["seq", "task", "leadUnits", "units", "supervisors"]);
  });
});
