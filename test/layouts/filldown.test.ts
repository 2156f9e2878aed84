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
});
