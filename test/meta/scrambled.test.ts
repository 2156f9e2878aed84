/**
 * A table whose text came out column by column (poppler's default reading order):
 * when no layout rebuilds its rows, the refusal says the table is there but
 * scrambled, and what to do — not that the notice came without its table.
 */
import { describe, expect, it } from "vitest";
import { headerCellsAt, noTableError, scrambledTable } from "../../src/meta/kind.js";
import type { InputDocument } from "../../src/model/intermediate.js";
import { parse } from "../../src/parse.js";

const SCRAMBLED = ["关于印发2023年政府工作报告目标任务责任分解的通知", "附件", "分管副市", "长", "", "牵头单位", "", "责任单位", "", "建成轨道交通2号线。", "王刚", "市交通运输局", "8", "实施干线公路改造80公里。", "9", "新开通公交线路15条。", "序号", "重点工作任务", "配合单位", "7"];

describe("scrambledTable", () => {
  it("is three header words alone on lines and three lines opening with a number", () => {
    expect(scrambledTable(SCRAMBLED)).toBe(true);
  });

  it("is not prose that names the roles inside sentences, nor header words without numbered lines (counter-examples)", () => {
    expect(scrambledTable(["各牵头单位要会同责任单位和配合单位细化措施。", "1 建成轨道交通。", "2 实施公路改造。", "3 新开通公交线路。"])).toBe(false);
    expect(scrambledTable(["序号", "牵头单位", "责任单位", "建成轨道交通。"])).toBe(false);
  });
});

describe("headerCellsAt", () => {
  it("is a header word alone, wrapped over two lines, or several side by side", () => {
    expect(headerCellsAt(["牵头单位"], 0)).toEqual({ texts: ["牵头单位"], lines: 1 });
    expect(headerCellsAt(["完成时", "限"], 0)).toEqual({ texts: ["完成时限"], lines: 2 });
    expect(headerCellsAt(["牵头单位 责任人"], 0)).toEqual({ texts: ["牵头单位", "责任人"], lines: 1 });
  });

  it("is a header word wrapped with three characters on its second line, and cells side by side whose last wraps onto the next line", () => {
    expect(headerCellsAt(["区分管或联", "系领导"], 0)).toEqual({ texts: ["区分管或联系领导"], lines: 2 });
    expect(headerCellsAt(["协同单位 分管市", "领导 完成时间"], 0)).toEqual({ texts: ["协同单位", "分管市领导", "完成时间"], lines: 2 });
  });

  it("is no collective unit named like a header word, nor a wrapped line that goes on with a name (counter-examples)", () => {
    expect(headerCellsAt(["区直有关单位"], 0)).toBeNull();
    expect(headerCellsAt(["相关部门"], 0)).toBeNull();
    expect(headerCellsAt(["协同单位 分管市", "领导 市工信局"], 0)).toBeNull();
    expect(headerCellsAt(["区分管或联", "王小明"], 0)).toBeNull();
  });

  it("is no line with a word that is no header, nor a sentence naming the roles (counter-examples)", () => {
    expect(headerCellsAt(["协同单位 分管市"], 0)).toBeNull();
    expect(headerCellsAt(["牵头单位 市工信局"], 0)).toBeNull();
    expect(headerCellsAt(["各牵头单位要会同责任单位落实。"], 0)).toBeNull();
  });
});

describe("the refusal of a scrambled table", () => {
  it("says the table's text is out of order and how to export it again, when no layout rebuilds it", () => {
    // header words and numbers alone on lines, but no line of task text to rebuild a row from
    const doc = { source: { file: "x.txt" }, lines: SCRAMBLED.filter((l) => !l.endsWith("。")).map((text, i) => ({ text, line: i + 1 })), diagnostics: [] } as unknown as InputDocument;
    expect(noTableError(doc, null).message).toMatch(/表格的文字顺序已被打乱.*pdftotext -layout/);
  });

  it("is no refusal when the numbered tasks can be rebuilt: every row flagged instead", async () => {
    // poppler's default text of a LibreOffice table with five role columns (fixtures/dumps2)
    const r = await parse("fixtures/dumps2/lo-five-roles-narrow.pdftotext.txt");
    expect(r.tasks.map((t) => [t.seq, t.task])).toEqual([
      [7, "建成城市轨道交通2号线一期工程并投入运营。"],
      [8, "实施国省干线公路改造80公里。"],
      [9, "新开通城乡公交线路15条。"],
    ]);
    expect(r.tasks.every((t) => t.review.some((x) => x.code === "SCRAMBLED_TABLE_ROW"))).toBe(true);
    expect(r.diagnostics.some((d) => d.code === "SCRAMBLED_TABLE" && d.level === "warning")).toBe(true);
  });
});
