import { describe, expect, it } from "vitest";
import type { SourceLine } from "../../src/model/intermediate.js";
import { restartAfterLastRow, rowsPrintedBeyondRead } from "../../src/layouts/flat/printedcount.js";
import { moveCentredStarts } from "../../src/layouts/flat/blocks.js";
import type { RowBlock } from "../../src/layouts/flat/segment.js";

// A table numbered per section, `pdftotext` default mode: the 序号 column printed in blocks apart
// from the rows (`1` `2` | names | `4` `5` `3`), so a number can be taken for another row's.
const block = (seq: number, line: number, printed?: number): RowBlock => ({ seq, line, ...(printed ? { printed } : {}), lines: [{ text: "推进重点项目建设", line: line + 1, afterBreak: false }] });
const src = (pairs: Array<[number, string]>): SourceLine[] => pairs.map(([line, text]) => ({ line, text }));
// rows read: 1 2 3 | restart 1 2 (read as 4 5) ; the text prints one more bare number before the last row read
const rows = [block(1, 11), block(2, 13), block(3, 15), block(4, 20, 1), block(5, 30, 2)];
const numbers = src([[11, "1"], [13, "2"], [15, "3"], [20, "1"], [24, "\f3"], [30, "2"], [31, "区发改局"]]);

describe("rows a per-section numbering prints beyond the rows read (FLAT_ROW_NOT_FOUND)", () => {
  it("names the row after the last one read when the text prints one more bare number", () => {
    const d = rowsPrintedBeyondRead(rows, numbers, 10, 0);
    expect(d.map((x) => [x.code, x.seq, x.level])).toEqual([["FLAT_ROW_NOT_FOUND", 6, "warning"]]);
  });

  it("counter-example: as many numbers as rows read names nothing", () => {
    expect(rowsPrintedBeyondRead(rows, numbers.filter((l) => l.line !== 24), 10, 0)).toEqual([]);
  });

  it("counter-example: a numbering that never restarts (a bare page number among the rows) names nothing", () => {
    const plain = [block(1, 11), block(2, 13), block(3, 15), block(4, 20), block(5, 30)];
    expect(rowsPrintedBeyondRead(plain, numbers, 10, 0)).toEqual([]);
  });

  it("counter-example: numbers after the last row read (a page number, an annex) are not counted", () => {
    expect(rowsPrintedBeyondRead(rows, [...numbers.filter((l) => l.line !== 24), ...src([[40, "7"], [41, "8"]])], 10, 0)).toEqual([]);
  });

  it("counter-example: more surplus numbers than restarts is no miscount of rows", () => {
    expect(rowsPrintedBeyondRead(rows, [...numbers, ...src([[25, "4"], [26, "5"]])], 10, 0)).toEqual([]);
  });
});

describe("a last section's restart the reader did not follow (FLAT_ROW_NOT_FOUND)", () => {
  // rows read: 1 2 3 | restart 1 2 (read as 4 5); after the last row read the text numbers 1 2 3 again
  const after = src([[40, "三、增进民生福祉"], [41, "新增城镇就业500人"], [42, "1"], [44, "2 杨 帆 完成幼儿园扩建"], [47, "3"], [50, "区卫健局"]]);
  it("names the rows after the last one read, numbered on", () => {
    const d = restartAfterLastRow(rows, [...numbers, ...after], 0);
    expect(d.map((x) => [x.code, x.seq, x.line])).toEqual([
      ["FLAT_ROW_NOT_FOUND", 6, 42],
      ["FLAT_ROW_NOT_FOUND", 7, 42],
      ["FLAT_ROW_NOT_FOUND", 8, 42],
    ]);
  });
  it("counter-example: a table that never restarted, one number after the last row, numbers not from 1", () => {
    const plain = [block(1, 11), block(2, 13), block(3, 15), block(4, 20), block(5, 30)];
    expect(restartAfterLastRow(plain, [...numbers, ...after], 0)).toEqual([]);
    expect(restartAfterLastRow(rows, [...numbers, ...src([[42, "1"], [43, "区发改局"]])], 0)).toEqual([]);
    expect(restartAfterLastRow(rows, [...numbers, ...src([[42, "7"], [43, "8"]])], 0)).toEqual([]);
  });
});

describe("a restarted 1 printed at its row's vertical centre takes its heading and first lines from the row above", () => {
  const fl = (texts: string[], from: number) => texts.map((text, k) => ({ text, line: from + k, afterBreak: false }));
  const seg = (above: string[], below: string[]) => ({
    leading: [],
    endLine: 99,
    rows: [
      { seq: 5, line: 1, lines: fl(["推进秸秆综合利用和禁烧工作，秸秆综合利用率达到90%以上"], 1) },
      { seq: 6, line: 2, lines: fl(above, 2) },
      { seq: 7, line: 20, printed: 1, lines: fl(below, 20) },
    ],
  });

  it("moves the heading, the task's first piece and the names beside it to the restarted row, each row flagged", () => {
    const r = moveCentredStarts(seg(["做好困难群众救助，建成互助养老服务点4个", "镇民政所", "三、民生事业", "巩固拓展脱贫攻坚成果，落", "镇社会事务办公室"], ["实防止返贫动态监测和帮扶机制", "各村（社区）"]));
    expect(r.segmentation.rows[1]!.lines.map((l) => l.text)).toEqual(["做好困难群众救助，建成互助养老服务点4个", "镇民政所"]);
    expect(r.segmentation.rows[2]!.lines.map((l) => l.text)).toEqual(["三、民生事业", "巩固拓展脱贫攻坚成果，落", "镇社会事务办公室", "实防止返贫动态监测和帮扶机制", "各村（社区）"]);
    expect(r.moved.map((m) => m.seq).sort()).toEqual([6, 7]);
  });

  it("counter-example: a row numbered on (no restart) keeps a heading-like line and what follows", () => {
    const s = seg(["做好困难群众救助，建成互助养老服务点4个", "镇民政所", "三、民生事业", "巩固拓展脱贫攻坚成果，落", "镇社会事务办公室"], ["实防止返贫动态监测和帮扶机制", "各村（社区）"]);
    delete (s.rows[2] as RowBlock).printed;
    const r = moveCentredStarts(s);
    expect(r.segmentation.rows[2]!.lines.map((l) => l.text)).toEqual(["实防止返贫动态监测和帮扶机制", "各村（社区）"]);
  });

  it("counter-example: the heading is the row's last line — nothing to move here (the heading's rows take it later)", () => {
    const r = moveCentredStarts(seg(["做好困难群众救助，建成互助养老服务点4个。", "镇民政所", "三、民生事业"], ["巩固拓展脱贫攻坚成果。", "各村（社区）"]));
    expect(r.segmentation.rows[1]!.lines.map((l) => l.text)).toEqual(["做好困难群众救助，建成互助养老服务点4个。", "镇民政所", "三、民生事业"]);
    expect(r.moved).toEqual([]);
  });
});

describe("the first row's 序号 printed at its vertical centre: its task's open start under the section heading before it", () => {
  const fl = (texts: string[], from: number) => texts.map((text, k) => ({ text, line: from + k, afterBreak: false }));
  const seg = (leading: string[], first: string[]) => ({
    leading: fl(leading, 1),
    endLine: null,
    rows: [
      { seq: 1, line: 10, lines: fl(first, 10) },
      { seq: 2, line: 20, lines: fl(["推进农旅融合产业园建设，引进农业龙头企业2家", "镇经济发展办公室"], 20) },
    ],
  });

  it("moves the open task line after the heading into row 1 (not left as unplaced text), the heading stays for the section", () => {
    const r = moveCentredStarts(seg(["一、产业发展", "全镇地区生产总值增长7%，"], ["完成固定资产投资6.5亿元，", "镇经济发展办公室 镇财政所"]));
    expect(r.segmentation.leading.map((l) => l.text)).toEqual(["一、产业发展"]);
    expect(r.segmentation.rows[0]!.lines.map((l) => l.text)).toEqual(["全镇地区生产总值增长7%，", "完成固定资产投资6.5亿元，", "镇经济发展办公室 镇财政所"]);
    expect(r.moved).toEqual([{ seq: 1, line: 2 }]);
  });

  it("counter-example: a line under the heading that ends its sentence stays before the first row", () => {
    const r = moveCentredStarts(seg(["一、产业发展", "全镇地区生产总值增长7%。"], ["完成固定资产投资6.5亿元。", "镇经济发展办公室 镇财政所"]));
    expect(r.segmentation.leading.map((l) => l.text)).toEqual(["一、产业发展", "全镇地区生产总值增长7%。"]);
    expect(r.moved).toEqual([]);
  });

  it("counter-example: no heading before the first row: nothing moved by this rule", () => {
    const r = moveCentredStarts(seg(["说明：各单位按月报送"], ["完成固定资产投资6.5亿元。", "镇经济发展办公室"]));
    expect(r.segmentation.leading.map((l) => l.text)).toEqual(["说明：各单位按月报送"]);
  });
});
