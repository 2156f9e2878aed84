import { describe, expect, it } from "vitest";
import { pairAll, pairLeaders } from "../../src/names/pairing.js";
import type { Task } from "../../src/model/schema.js";
import { task as makeTask } from "../diff/fixtures.js";

/** A schema-valid task (row 7 at line 12 unless said otherwise). */
const task = (over: Partial<Task>): Task => makeTask({ seq: 7, task: "推进某项工作。", source: { line: 12 }, ...over });

describe("pairing people with units", () => {
  it("pairs one to one when the counts agree", () => {
    const r = pairLeaders(task({ leadUnits: ["发改局", "财政局"], leaders: ["张三", "李四"] }), "leadUnits");
    expect(r.diagnostic).toBeUndefined();
    expect(r.task.assignments).toEqual([
      { unit: "发改局", leader: "张三" },
      { unit: "财政局", leader: "李四" },
    ]);
  });

  it("a count mismatch in cells the document delimited is a note on the source, not a doubt about the row", () => {
    const r = pairLeaders(task({ leadUnits: ["商务局"], leaders: ["张三", "李四"] }), "leadUnits", true);
    expect(r.task.assignments).toBeUndefined();
    expect(r.diagnostic).toMatchObject({ level: "info", code: "LEADER_COUNT_MISMATCH", seq: 7, line: 12 });
    expect(r.diagnostic?.message).toContain("1 个单位、2 位责任人");
  });

  it("counter-example: the same mismatch in inferred cells is a warning (a name may have strayed across a lost boundary)", () => {
    const r = pairLeaders(task({ leadUnits: ["商务局"], leaders: ["张三", "李四"] }), "leadUnits", false);
    expect(r.diagnostic).toMatchObject({ level: "warning", code: "LEADER_COUNT_MISMATCH" });
    expect(r.diagnostic?.message).toContain("请核对原文");
    // and the default is the cautious one
    expect(pairLeaders(task({ leadUnits: ["商务局"], leaders: ["张三", "李四"] }), "leadUnits").diagnostic?.level).toBe("warning");
  });

  it("pairAll asks per table whether its cells were exact", () => {
    const tasks = [task({ table: 0, leadUnits: ["甲局"], leaders: ["张三", "李四"] }), task({ table: 1, leadUnits: ["乙局"], leaders: ["王五", "赵六"] })];
    const r = pairAll(tasks, () => "leadUnits", (t) => t === 0);
    expect(r.diagnostics.map((d) => [d.table, d.level])).toEqual([
      [0, "info"],
      [1, "warning"],
    ]);
  });
});
