/**
 * A bracketed unit name wrapped inside its bracket, in a row printed interleaved (pdftotext
 * default reading order): its rest is put back on the name, not read as task text.
 */
import { describe, expect, it } from "vitest";
import { joinWrappedBrackets } from "../../src/layouts/flat/interleave.js";
import type { RowBlock } from "../../src/layouts/flat/segment.js";

const row = (texts: string[]): RowBlock => ({ seq: 5, line: 10, lines: texts.map((text, k) => ({ text, line: 11 + k, afterBreak: false })) }) as RowBlock;
const texts = (b: RowBlock) => b.lines.map((l) => l.text);

describe("joinWrappedBrackets", () => {
  it("the name's first line after a task line, its rest after the next task line", () => {
    const b = joinWrappedBrackets(row(["试点开展金融服务区建设，争取一批境 县发改局（县金", "内外金融机构来设立分支机构、业务总部、运 融办）", "营总部等，金融业增加值力争突破 42 亿元。"]));
    expect(texts(b)).toEqual(["试点开展金融服务区建设，争取一批境 县发改局（县金融办）", "内外金融机构来设立分支机构、业务总部、运", "营总部等，金融业增加值力争突破 42 亿元。"]);
  });
  it("the name's first line opening a names line, its rest on a line of its own between task lines", () => {
    const b = joinWrappedBrackets(row(["强化军民融合赋能，做大做强全县军民", "县工信局（县委军 高新区管委会", "融合企业，着力建设创新示范", "民融合办）", "基地。"]));
    expect(texts(b)).toEqual(["强化军民融合赋能，做大做强全县军民", "县工信局（县委军民融合办） 高新区管委会", "融合企业，着力建设创新示范", "基地。"]);
  });
  it("counter-example: a bracket the task opens (`（含`) and closes later is no name", () => {
    const lines = ["全面完成棚户区改造（含", "城中村）1200 户。"];
    expect(texts(joinWrappedBrackets(row(lines)))).toEqual(lines);
    const glued = ["新建学校 3 所，改造校舍（含 县教育局", "附属设施） 县财政局"];
    expect(texts(joinWrappedBrackets(row(glued)))).toEqual(glued);
  });
  it("counter-example: a closing piece too far below is left where it is", () => {
    const lines = ["推进项目建设，确保开 县发改局（县重", "工建设，形成实物量，", "加快推进前期工作，", "完成投资，做好要素", "点办）"];
    expect(texts(joinWrappedBrackets(row(lines)))).toEqual(lines);
  });
});
