// A row after a table's last one whose 序号 was printed inside another cell's line (src/validate/trailing.ts).
import { describe, expect, it } from "vitest";
import type { Task } from "../../src/model/schema.js";
import type { SourceLine } from "../../src/model/intermediate.js";
import { trailingNumbers } from "../../src/validate/trailing.js";

const task = (seq: number, line: number): Task =>
  ({ id: String(seq), table: 0, seq, section: [], task: "任务。", leadUnits: [], units: ["市应急局"], coUnits: [], leaders: [], supervisors: [], inherited: [], review: [], source: { line } }) as Task;
const lines = (texts: string[]): SourceLine[] => texts.map((text, i) => ({ line: i + 1, text }));
const doc = lines(["附件", "序号", "1", "任务一。", "2", "开展专项整治，", "3 亿元地区生产总值事故死亡率下降", "市应急局", "10%"]);

describe("a number after the last row, glued to another cell's line", () => {
  it("names the row it may be (its own 序号, the line it is on)", () => {
    const d = trailingNumbers([task(1, 3), task(2, 5)], doc, () => "text-order");
    expect(d.map((x) => [x.code, x.level, x.seq, x.line])).toEqual([["SEQ_MISSING", "warning", 3, 7]]);
  });
  it("counter-example: a document's own table, a number read as a row, a bare `|` after the number, or a line above the table says nothing", () => {
    expect(trailingNumbers([task(1, 3), task(2, 5)], doc, () => "exact")).toEqual([]);
    expect(trailingNumbers([task(1, 3), task(2, 5), task(3, 7)], doc, () => "text-order")).toEqual([]);
    expect(trailingNumbers([task(1, 3), task(2, 5)], lines(["序号", "1", "任务一。", "2", "任务二。", "3 |"]), () => "text-order")).toEqual([]);
    expect(trailingNumbers([task(1, 3), task(2, 5)], lines(["3 月底前报送", "序号", "1", "任务一。", "2", "任务二。"]), () => "text-order")).toEqual([]);
  });
});

describe("a first table read from a later number, its first row printed further down", () => {
  const late = lines(["附件", "序号", "2 规模以上工业增加值增长7%。", "市工信局", "3 固定资产投资增长8%。", "市发改局", "1 地区生产总值增长6%左右。", "林一凡"]);
  it("names the missing first row by its number and the line it is on", () => {
    const d = trailingNumbers([task(2, 3), task(3, 5)], late, () => "text-order");
    expect(d.map((x) => [x.code, x.level, x.seq, x.line])).toEqual([["SEQ_MISSING", "warning", 1, 7]]);
  });
  it("counter-example: an excerpt whose first rows are printed nowhere, a number above the first row, or a later table", () => {
    expect(trailingNumbers([task(2, 3), task(3, 5)], lines(["附件", "序号", "2 规模以上工业增加值增长7%。", "市工信局", "3 固定资产投资增长8%。", "市发改局"]), () => "text-order")).toEqual([]);
    expect(trailingNumbers([task(2, 3), task(3, 5)], lines(["1 月底前报送", "序号", "2 规模以上工业增加值增长7%。", "市工信局", "3 固定资产投资增长8%。", "市发改局"]), () => "text-order")).toEqual([]);
    expect(trailingNumbers([task(2, 3), task(3, 5)], late, () => "exact")).toEqual([]);
  });
});
