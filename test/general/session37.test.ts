// Session 37: two readings where the document cannot settle the convention, made honest.
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import { joinedMeasures } from "../../src/validate/corroborate.js";

const h = (...cells: Array<[string, string]>) => ({ headers: cells.map(([text, field]) => ({ text, field })) }) as Parameters<typeof joinedMeasures>[0];

describe("a task joined from a task column and a measures column is flagged (TASK_JOINS_MEASURES)", () => {
  it("names the two columns", () => {
    expect(joinedMeasures(h(["序号", "seq"], ["目标任务", "task"], ["工作措施", "task"], ["责任单位", "units"]))).toEqual({ task: "目标任务", measures: "工作措施" });
    expect(joinedMeasures(h(["重点工作", "task"], ["工作目标", "task"], ["主要举措", "task"]))).toEqual({ task: "重点工作", measures: "主要举措" });
  });
  it("counter-examples: an indicator and its target, a measures column alone, one task column", () => {
    expect(joinedMeasures(h(["指标名称", "task"], ["预期目标", "task"], ["责任单位", "units"]))).toBeNull();
    expect(joinedMeasures(h(["序号", "seq"], ["工作举措", "task"], ["责任单位", "units"]))).toBeNull();
    expect(joinedMeasures(h(["目标任务", "task"], ["措施说明", "other"]))).toBeNull();
    expect(joinedMeasures(undefined)).toBeNull();
  });
  it("end to end: every row of such a table says so, the task still holds both cells", async () => {
    const r = await parseText(["序号\t目标任务\t工作措施\t牵头单位", "1\t稳住青溪工业\t规上工业增加值增长7%。\t县工信局", "2\t扩大有效投资\t完成投资60亿元。\t县发改局"].join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.task, t.review.map((x) => x.code)])).toEqual([
      [1, "稳住青溪工业规上工业增加值增长7%。", ["TASK_JOINS_MEASURES"]],
      [2, "扩大有效投资完成投资60亿元。", ["TASK_JOINS_MEASURES"]],
    ]);
  });
  it("counter-example end to end: an indicator and its target are one task, unflagged", async () => {
    const r = await parseText(["序号\t指标名称\t预期目标\t牵头单位", "1\t地区生产总值增长\t6%左右\t县发改局", "2\t一般公共预算收入增长\t5%\t县财政局"].join("\n"));
    expect(r.tasks.map((t) => t.review.map((x) => x.code))).toEqual([[], []]);
  });
});

describe("a heading with a responsibility bracket is the section as printed", () => {
  it("a list's heading keeps its bracket; its names still go to the tasks under it", async () => {
    const r = await parseText(["青溪县2026年重点任务分解", "一、壮大青禾产业（分管县领导：林一凡）", "1.新增规上企业10家。（牵头单位：县工信局）", "2.建成产业园1个。（牵头单位：县发改局）"].join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.section, t.supervisors])).toEqual([
      [1, ["一、壮大青禾产业（分管县领导：林一凡）"], ["林一凡"]],
      [2, ["一、壮大青禾产业（分管县领导：林一凡）"], ["林一凡"]],
    ]);
  });
  it("counter-example: a heading whose label stands on a line of its own is the section without it", async () => {
    const r = await parseText(["青溪县2026年重点任务分解", "一、壮大青禾产业", "分管县领导：林一凡", "1.新增规上企业10家。", "牵头单位：县工信局", "2.建成产业园1个。", "牵头单位：县发改局"].join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.section, t.supervisors])).toEqual([
      [1, ["一、壮大青禾产业"], ["林一凡"]],
      [2, ["一、壮大青禾产业"], ["林一凡"]],
    ]);
  });
  it("counter-example: a label after a space on the heading's line, no bracket, is taken off the section", async () => {
    const r = await parseText(["青溪县2026年重点任务分解", "一、壮大青禾产业 分管县领导：林一凡", "1.新增规上企业10家。", "牵头单位：县工信局", "2.建成产业园1个。", "牵头单位：县发改局"].join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.section, t.supervisors])).toEqual([
      [1, ["一、壮大青禾产业"], ["林一凡"]],
      [2, ["一、壮大青禾产业"], ["林一凡"]],
    ]);
  });
  it("a table's heading row keeps its bracket too", async () => {
    const r = await parseText(["序号\t目标任务\t牵头单位", "一、壮大青禾产业（分管县领导：林一凡）\t\t", "1\t新增规上企业10家。\t县工信局", "2\t建成产业园1个。\t县发改局"].join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.section, t.supervisors])).toEqual([
      [1, ["一、壮大青禾产业（分管县领导：林一凡）"], ["林一凡"]],
      [2, ["一、壮大青禾产业（分管县领导：林一凡）"], ["林一凡"]],
    ]);
  });
});
