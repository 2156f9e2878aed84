import { describe, expect, it } from "vitest";
import { dropEtCetera } from "../../src/names/etcetera.js";
import type { Task } from "../../src/model/schema.js";

const task = (units: string[], coUnits: string[] = []): Task =>
  ({ id: "", table: 0, seq: 5, section: [], task: "推进改造。", leadUnits: [], units, coUnits, leaders: [], supervisors: [], inherited: [], review: [], source: { line: 9 } }) as Task;

describe("dropEtCetera: a table cell's unit list ending with 等", () => {
  it("drops the 等 (and 等单位) after the last unit, saying so in an info diagnostic on the row", () => {
    const r = dropEtCetera([task(["各街道办事处", "区级有关部门等"], ["区财政局等单位"])]);
    expect([r.tasks[0]!.units, r.tasks[0]!.coUnits]).toEqual([["各街道办事处", "区级有关部门"], ["区财政局"]]);
    expect(r.diagnostics.map((d) => [d.level, d.code, d.seq, d.line])).toEqual([["info", "LIST_ET_CETERA", 5, 9], ["info", "LIST_ET_CETERA", 5, 9]]);
  });
  it("drops a 等 standing as a name of its own beside other names (a narrow cell wrapped it onto its own line)", () => {
    const r = dropEtCetera([task(["区发展和改革局", "区统计局", "等"]), task([], ["等", "区税务局"])]);
    expect([r.tasks[0]!.units, r.tasks[1]!.coUnits]).toEqual([["区发展和改革局", "区统计局"], ["区税务局"]]);
    expect(r.diagnostics.map((d) => [d.level, d.code])).toEqual([["info", "LIST_ET_CETERA"], ["info", "LIST_ET_CETERA"]]);
  });
  it("counter-example: a name that ends in a word with 等 (平等, 高等), a 等 inside a list, or a bare 等 stay", () => {
    const r = dropEtCetera([task(["县男女平等促进会", "县高等"]), task(["区发改局等", "区财政局"]), task(["等"])]);
    expect(r.tasks.map((t) => t.units)).toEqual([["县男女平等促进会", "县高等"], ["区发改局等", "区财政局"], ["等"]]);
    expect(r.diagnostics).toEqual([]);
  });
});
