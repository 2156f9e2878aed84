// Session 24's general rules, each with a counter-example (text that looks alike and must not be read so).
import { describe, expect, it } from "vitest";
import { joinFragments, splitEntities } from "../../src/names/split.js";
import { categoryOnTaskLine, joinWrappedTimeCells } from "../../src/layouts/flat/anatomy.js";
import { isPageNoise } from "../../src/table/find.js";
import { bodyBounds, findAlignedHeader } from "../../src/layouts/aligned.js";

describe("a unit name cut by a cell's width inside a longer ending (`…合作社联` | `合社`)", () => {
  it("joins when the line ran to the cell's edge and only together the pieces end in an organisation's word", () => {
    expect(splitEntities([{ text: "县供销合作社联", wrapped: true }, { text: "合社" }], "unit")).toEqual(["县供销合作社联合社"]);
    expect(splitEntities([{ text: "县农业农村局、县供销合作社联", wrapped: true }, { text: "合社" }], "unit")).toEqual(["县农业农村局", "县供销合作社联合社"]);
  });
  it("counter-examples: a federation ending a line that stopped short, and one whose next line is a unit of its own", () => {
    expect(splitEntities([{ text: "县妇联", ended: true }, { text: "县团委" }], "unit")).toEqual(["县妇联", "县团委"]);
    expect(splitEntities([{ text: "县工商联", wrapped: true }, { text: "县商务局" }], "unit")).toEqual(["县工商联", "县商务局"]);
  });
});

describe("a year alone on a line is no page number", () => {
  it("four digits are a 完成时限 cell's year wrapped onto a line of its own", () => {
    expect(isPageNoise("2025")).toBe(false);
    expect(isPageNoise("  2026 ")).toBe(false);
  });
  it("counter-examples: page numbers of one to three digits and the marked forms stay page furniture", () => {
    for (const t of ["3", "12", "105", "- 3 -", "第 2 页"]) expect(isPageNoise(t), t).toBe(true);
  });
});

describe("a 完成时限 cell cut into lines of a few characters (`2025` | `年 12` | `月底`)", () => {
  const L = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1, afterBreak: false }));
  it("is joined into the one time cell it is", () => {
    expect(joinWrappedTimeCells(L("县商务局", "2025", "年 12", "月底")).map((l) => l.text)).toEqual(["县商务局", "2025年12月底"]);
    expect(joinWrappedTimeCells(L("2026 年", "6 月底", "前")).map((l) => [l.text, l.line])).toEqual([["2026年6月底前", 1]]);
  });
  it("counter-examples: a year that opens no whole time, a long next line, a time already whole, a page break between", () => {
    expect(joinWrappedTimeCells(L("2025", "年全县地区生产总值增长")).map((l) => l.text)).toEqual(["2025", "年全县地区生产总值增长"]);
    expect(joinWrappedTimeCells(L("2025年底", "县统计局")).map((l) => l.text)).toEqual(["2025年底", "县统计局"]);
    expect(joinWrappedTimeCells([{ text: "2025", line: 1, afterBreak: false }, { text: "年底", line: 2, afterBreak: true }]).map((l) => l.text)).toEqual(["2025", "年底"]);
  });
});

describe("a merged category cell printed on its first row's task line (`城乡建设 深入实施…`)", () => {
  it("is the row's section when a short un-numbered heading stands before the task's prose, a space between Han characters", () => {
    expect(categoryOnTaskLine("城乡建设 深入实施城市更新行动，完成城镇老旧小区改造 26")).toEqual({ heading: "城乡建设", rest: "深入实施城市更新行动，完成城镇老旧小区改造 26" });
  });
  it("counter-examples: a number after the space, a unit or a person before it, a sentence", () => {
    expect(categoryOnTaskLine("推动 6 个项目开工建设，完成投资 20 亿元。")).toBeNull();
    expect(categoryOnTaskLine("县商务局 推动外贸稳规模优结构，进出口总额增长 5%。")).toBeNull();
    expect(categoryOnTaskLine("王建国 推动外贸稳规模优结构，进出口总额增长 5%。")).toBeNull();
    expect(categoryOnTaskLine("完成投资。 推动外贸稳规模优结构")).toBeNull();
  });
});

describe("a department's usual name cut by a line break in a stream of units and people", () => {
  it("joins (`县住房和城乡` | `建设局`), as it does in a unit column", () => {
    expect(joinFragments(["县住房和城乡", "建设局"], "any")).toEqual(["县住房和城乡建设局"]);
  });
  it("counter-examples: a place-opened unit after it, a person after it", () => {
    expect(joinFragments(["县住房和城乡建设局", "县财政局"], "any")).toEqual(["县住房和城乡建设局", "县财政局"]);
    expect(joinFragments(["城关镇", "王建国"], "any")).toEqual(["城关镇", "王建国"]);
  });
});

describe("-layout text whose header words lie far left of their columns (a header row's own grid)", () => {
  // 主责单位 at 12, 协同单位 at 42, 责任人 at 54; the rows' lead units at 35, co-units at 44, people at 56
  const header = `序号   工作内容   主责单位${" ".repeat(26)}协同单位${" ".repeat(8)}责任人`;
  const row = (n: string, task: string, lead: string, co: string, who: string) => `${n.padEnd(5)}${task.padEnd(30)}${lead.padEnd(9)}${co.padEnd(12)}${who}`;
  const bounds = (body: string[]) => {
    const lines = [header, ...body].map((text, i) => ({ line: i + 1, text }));
    const h = findAlignedHeader(lines)!;
    return { h, b: bodyBounds(body, h) };
  };
  it("two edges of text printed side by side on lines of one column's span are two columns: the first is the empty column's", () => {
    const body = [row("1", "地区生产总值增长6%。", "区发改委", "区统计局", "林涛"), row("2", "工业投资增长8%。", "区工信局", "区财政局", "蔡宁"), row("3", "外贸进出口增长5%。", "区商务局", "区海关办", "温子豪"), row("4", "新增就业5000人。", "区人社局", "区财政局", "戴明")];
    const { h, b } = bounds(body);
    const co = h.columns.indexOf("coUnits");
    const leadAt = body[0]!.indexOf("区发改委");
    const coAt = body[0]!.indexOf("区统计局");
    expect(h.bounds[co]!).toBeLessThan(leadAt);
    expect(b[co]!).toBeGreaterThan(leadAt);
    expect(b[co]!).toBeLessThanOrEqual(coAt);
  });
  it("counter-example: a column's names starting at two places on different lines (no line holds both) move nothing", () => {
    const body = [row("1", "地区生产总值增长6%。", "", "区统计局", "林涛"), `${" ".repeat(35)}${"区发展和改革委员会"}`, row("2", "工业投资增长8%。", "", "区财政局", "蔡宁"), `${" ".repeat(35)}${"区发展和改革委员会"}`, row("3", "外贸进出口增长5%。", "", "区海关办", "温子豪"), `${" ".repeat(35)}${"区发展和改革委员会"}`];
    const { h, b } = bounds(body);
    expect(b).toEqual(h.bounds);
  });
});
