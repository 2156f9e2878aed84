// The CSV formula guard (OWASP): a cell that a spreadsheet would run gets a leading quote.
import { describe, expect, it } from "vitest";
import { guardCell, guardRows } from "../../src/write/formula.js";

describe("guardCell", () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ["+区财政局", "'+区财政局"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
  ])("%j is neutralised", (cell, out) => expect(guardCell(cell)).toBe(out));

  it.each([["区发改局"], ["-5"], ["+3.5"], ["12"], [" =1"], ["＝1+1"], ["a=b"], [""], ["'quoted"]])("counter-example %j is left alone", (cell) => {
    expect(guardCell(cell)).toBe(cell);
  });

  it("raw turns the guard off", () => {
    expect(guardRows([["=1", "a"]], true)).toEqual([["=1", "a"]]);
    expect(guardRows([["=1", "a"]])).toEqual([["'=1", "a"]]);
  });
});
