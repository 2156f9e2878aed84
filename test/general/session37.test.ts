// Session 37: two readings where the document cannot settle the convention, made honest.
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import { measuresLeftOut } from "../../src/validate/corroborate.js";
import { isMeasuresHeader, mapHeaders } from "../../src/table/headers.js";

const h = (...cells: Array<[string, string]>) => ({ headers: cells.map(([text, field]) => ({ text, field })) }) as Parameters<typeof measuresLeftOut>[0];

// (session 39: the measures column is left out of the task, as independent readings of such tables type it)
describe("a measures column beside a task column is left out of the task (MEASURES_LEFT_OUT)", () => {
  it("the header lexicon: a measures column is no task column where a task column stands beside it", () => {
    expect(mapHeaders(["序号", "目标任务", "工作措施", "牵头单位"])).toEqual(["seq", "task", "other", "leadUnits"]);
    expect(mapHeaders(["序号", "重点工作", "工作目标", "主要举措", "责任单位"])).toEqual(["seq", "task", "task", "other", "units"]);
    expect(isMeasuresHeader("具体措施")).toBe(true);
  });
  it("counter-examples: a measures column alone is the task; a header naming task and measures is the task; an indicator and its target", () => {
    expect(mapHeaders(["序号", "工作举措", "责任单位"])).toEqual(["seq", "task", "units"]);
    expect(mapHeaders(["序号", "目标任务及措施", "责任单位"])).toEqual(["seq", "task", "units"]);
    expect(isMeasuresHeader("任务措施")).toBe(false);
    expect(mapHeaders(["指标名称", "预期目标", "责任单位"])).toEqual(["task", "task", "units"]);
  });
  it("names the two columns", () => {
    expect(measuresLeftOut(h(["序号", "seq"], ["目标任务", "task"], ["工作措施", "other"], ["责任单位", "units"]))).toEqual({ task: "目标任务", measures: "工作措施" });
    expect(measuresLeftOut(h(["目标任务", "task"], ["完成时限", "other"]))).toBeNull();
    expect(measuresLeftOut(undefined)).toBeNull();
  });
  it("end to end: the task is the task cell, the table says the measures were left out, no row is flagged", async () => {
    const r = await parseText(["序号\t目标任务\t工作措施\t牵头单位", "1\t稳住青溪工业\t规上工业增加值增长7%。\t县工信局", "2\t扩大有效投资\t完成投资60亿元。\t县发改局"].join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.task, t.leadUnits, t.review.map((x) => x.code)])).toEqual([
      [1, "稳住青溪工业", ["县工信局"], []],
      [2, "扩大有效投资", ["县发改局"], []],
    ]);
    expect(r.diagnostics.filter((d) => d.code === "MEASURES_LEFT_OUT").map((d) => [d.level, d.table])).toEqual([["info", 0]]);
  });
  it("counter-example end to end: an indicator and its target are one task", async () => {
    const r = await parseText(["序号\t指标名称\t预期目标\t牵头单位", "1\t地区生产总值增长\t6%左右\t县发改局", "2\t一般公共预算收入增长\t5%\t县财政局"].join("\n"));
    expect(r.tasks.map((t) => [t.task, t.review.map((x) => x.code)])).toEqual([["地区生产总值增长6%左右", []], ["一般公共预算收入增长5%", []]]);
    expect(r.diagnostics.some((d) => d.code === "MEASURES_LEFT_OUT")).toBe(false);
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
