import { describe, expect, it } from "vitest";
import { boxBlocks, boxStyle, isRuleLine } from "../../src/layouts/box.js";
import { parse } from "../../src/index.js";

const src = (text: string) => text.split("\n").map((t, i) => ({ text: t, line: i + 1 }));
const records = async (text: string) => {
  const r = await parse(Buffer.from(text, "utf8"), { fileName: "box.txt" });
  return r.tasks.map((t) => ({ seq: t.seq, section: t.section, task: t.task, leadUnits: t.leadUnits, units: t.units, leaders: t.leaders, inherited: t.inherited }));
};

const UNICODE = `关于印发目标任务责任分解表的通知

┌────┬──────────────┬──────────┬────────┐
│序号│工作任务      │牵头单位  │责任领导│
├────┴──────────────┴──────────┴────────┤
│一、主要预期目标                        │
├────┬──────────────┬──────────┬────────┤
│1   │生产总值增长7.│县发展和改│龙 飞   │
│    │5%左右        │革局      │        │
├────┼──────────────┼──────────┤        │
│2   │一般公共预算收│县财政局  │        │
│    │入增长6%      │          │        │
├────┼──────────────┼──────────┼────────┤
│3   │城镇新增就业35│县人力资源│韩 梅   │
│    │00人          │和社会保障│        │
│    │              │局        │        │
└────┴──────────────┴──────────┴────────┘`;

describe("box-drawn text tables", () => {
  it("reads rows closed by rule lines, a heading row across the table and a cell merged down", async () => {
    expect(await records(UNICODE)).toEqual([
      { seq: 1, section: ["一、主要预期目标"], task: "生产总值增长7.5%左右", leadUnits: ["县发展和改革局"], units: [], leaders: ["龙飞"], inherited: [] },
      { seq: 2, section: ["一、主要预期目标"], task: "一般公共预算收入增长6%", leadUnits: ["县财政局"], units: [], leaders: ["龙飞"], inherited: ["leaders"] },
      { seq: 3, section: ["一、主要预期目标"], task: "城镇新增就业3500人", leadUnits: ["县人力资源和社会保障局"], units: [], leaders: ["韩梅"], inherited: [] },
    ]);
  });

  it("reads an ASCII grid (+---+ and |) the same way", async () => {
    const ascii = [
      "+------+------------------+----------+",
      "| 序号 | 工作任务         | 责任单位 |",
      "+------+------------------+----------+",
      "| 1    | 新建标准厂房8万平 | 县工信局 |",
      "|      | 方米             |          |",
      "+------+------------------+----------+",
      "| 2    | 完成退耕还林1.2万 | 县林业局 |",
      "|      | 亩               |          |",
      "+------+------------------+----------+",
    ].join("\n");
    expect((await records(ascii)).map((r) => [r.seq, r.task, r.units])).toEqual([
      [1, "新建标准厂房8万平方米", ["县工信局"]],
      [2, "完成退耕还林1.2万亩", ["县林业局"]],
    ]);
  });

  it("cuts rows at each new 序号 where the box rules only its header", async () => {
    const text = [
      "┌────┬──────────────┬──────────┐",
      "│序号│工作任务      │责任单位  │",
      "├────┼──────────────┼──────────┤",
      "│1   │新建标准厂房8 │县工信局  │",
      "│    │万平方米      │          │",
      "│2   │完成退耕还林  │县林业局  │",
      "│3   │新建幼儿园6所 │县教育局  │",
      "└────┴──────────────┴──────────┘",
    ].join("\n");
    expect((await records(text)).map((r) => [r.seq, r.task, r.units])).toEqual([
      [1, "新建标准厂房8万平方米", ["县工信局"]],
      [2, "完成退耕还林", ["县林业局"]],
      [3, "新建幼儿园6所", ["县教育局"]],
    ]);
  });

  it("places the cells of a box typed with double-width strokes", () => {
    const wide = ["┌──┬──────┐", "│序号│责任单位    │", "├──┼──────┤", "│1   │县工信局    │", "├──┼──────┤", "│2   │县林业局    │", "└──┴──────┘"].join("\n");
    const blocks = boxBlocks(src(wide))!;
    const table = blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.table.rows.map((r) => r.cells.map((c) => c.lines.map((l) => l.text).join("")))).toEqual([
      ["序号", "责任单位"],
      ["1", "县工信局"],
      ["2", "县林业局"],
    ]);
  });

  it("counter-examples: a divider line, a vertical stroke in prose and a markdown table are no box", () => {
    expect(boxStyle(src("一、总体要求\n────────────\n各单位要│认真落实│\n二、工作任务"))).toBeNull();
    expect(boxStyle(src("| 序号 | 工作任务 | 责任单位 |\n| --- | --- | --- |\n| 1 | 新建厂房 | 县工信局 |\n| 2 | 退耕还林 | 县林业局 |"))).toBeNull();
    expect(isRuleLine("——————————", "unicode")).toBe(false);
  });

  it("counter-example: a box holding no responsibility table gives no tasks", async () => {
    const text = ["┌────┬──────────┬──────┐", "│序号│项目名称  │金额  │", "├────┼──────────┼──────┤", "│1   │办公用品  │1200  │", "├────┼──────────┼──────┤", "│2   │差旅费    │3400  │", "└────┴──────────┴──────┘"].join("\n");
    await expect(parse(Buffer.from(text, "utf8"), { fileName: "box.txt" })).rejects.toThrow();
  });
});
