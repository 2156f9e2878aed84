import { describe, expect, it } from "vitest";
import { fillDown } from "../../src/table/filldown.js";
import type { Task } from "../../src/model/schema.js";

const task = (seq: number, over: Partial<Task> = {}): Task => ({
  id: `0000000000000000-0-${seq}`, table: 0, seq, section: [], task: `任务${seq}`, leadUnits: [], units: [], coUnits: [], leaders: [], supervisors: [], inherited: [], review: [], source: { line: seq }, ...over,
});
const tables = [{ index: 0, headers: [{ text: "牵头单位", field: "leadUnits" as const }, { text: "责任人", field: "leaders" as const }, { text: "协办单位", field: "coUnits" as const }] }];

describe("fillDown", () => {
  it("copies all-blank responsibility cells from the row above and names them", () => {
    const out = fillDown([task(1, { leadUnits: ["甲局"], leaders: ["张三"] }), task(2), task(3)], tables);
    expect(out[1]).toMatchObject({ leadUnits: ["甲局"], leaders: ["张三"], coUnits: [], inherited: ["leadUnits", "leaders"] });
    expect(out[2]!.inherited).toEqual(["leadUnits", "leaders"]);
  });
  it("leaves a row with any responsibility cell alone", () => {
    const out = fillDown([task(1, { leadUnits: ["甲局"], leaders: ["张三"] }), task(2, { leadUnits: ["乙局"] })], tables);
    expect(out[1]).toMatchObject({ leadUnits: ["乙局"], leaders: [], inherited: [] });
  });
  it("never fills the first row of a table", () => {
    expect(fillDown([task(1)], tables)[0]!.inherited).toEqual([]);
  });
  it("fills a cell that says 同上 from the row above, the other cells kept", () => {
    const out = fillDown([task(1, { leadUnits: ["甲局"], leaders: ["张三"] }), task(2, { leadUnits: ["同上"], leaders: ["李四"] }), task(3, { leadUnits: ["乙局"], leaders: ["同上。"] })], tables);
    expect(out.map((t) => [t.leadUnits, t.leaders, t.inherited])).toEqual([
      [["甲局"], ["张三"], []],
      [["甲局"], ["李四"], ["leadUnits"]],
      [["乙局"], ["李四"], ["leaders"]],
    ]);
  });
  it("counter-example: 同上 in the first row, or inside a name, is left as written", () => {
    expect(fillDown([task(1, { leadUnits: ["同上"] })], tables)[0]!.leadUnits).toEqual(["同上"]);
    const out = fillDown([task(1, { leadUnits: ["甲局"] }), task(2, { leadUnits: ["同上级部门对接办"] })], tables);
    expect(out[1]!.leadUnits).toEqual(["同上级部门对接办"]);
  });
});
