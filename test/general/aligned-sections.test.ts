// pdftotext -layout text with a 项目 column: its merged cells read apart from the rows, the narrow
// column told from the task by geometry and content, and each heading set where its span starts.
import { describe, expect, it } from "vitest";
import { alignedToRecords, isHeadingFragment } from "../../src/layouts/aligned.js";
import { sectionBlobs, sectionGroups, sectionStarts, type SectionPiece } from "../../src/layouts/aligned/sections.js";
import { textDoc } from "../helpers/text-doc.js";

const doc = textDoc;

describe("heading fragments of a narrow 项目 column", () => {
  it("a short piece of a heading, with or without its marker", () => {
    expect(isHeadingFragment("一、狠")).toBe(true);
    expect(isHeadingFragment("（一）")).toBe(true);
    expect(isHeadingFragment("抓科技")).toBe(true);
  });
  it("counter-example: a task's line (clause punctuation, numbers, length) is no fragment", () => {
    expect(isHeadingFragment("0家。")).toBe(false);
    expect(isHeadingFragment("%，带动")).toBe(false);
    expect(isHeadingFragment("大力培育高新技术企业认定")).toBe(false);
  });
});

describe("the cells of a 项目 column", () => {
  const p = (line: number, start: number, text: string): SectionPiece => ({ line, start, text });
  it("pieces stacked at one position are one cell (a 序号 line may come between); a new heading at a level the cell holds opens another", () => {
    const blobs = sectionBlobs([p(1, 5, "一、狠抓"), p(2, 5, "科技创新"), p(4, 5, "（一）培育"), p(5, 5, "主体"), p(6, 5, "（二）加快"), p(10, 5, "建设")]);
    expect(blobs.map((b) => b.texts)).toEqual([["一、狠抓", "科技创新", "（一）培育", "主体"], ["（二）加快"], ["建设"]]);
  });
  it("counter-example: pieces at other positions (another column) stay apart", () => {
    expect(sectionBlobs([p(1, 5, "一、狠"), p(1, 11, "（一）"), p(2, 5, "抓科技"), p(2, 11, "培育企")]).map((b) => b.texts)).toEqual([
      ["一、狠", "抓科技"],
      ["（一）", "培育企"],
    ]);
  });
  it("an outer heading in a column of its own opens the path of the inner cell that restarts the numbering", () => {
    const blobs = sectionBlobs([p(1, 5, "一、狠抓科技创新"), p(5, 11, "（一）培育主体"), p(9, 11, "（二）加快建设"), p(20, 5, "二、破解瓶颈"), p(16, 11, "（一）重塑空间")]);
    const groups = sectionGroups(blobs);
    expect(groups.map((g) => g.texts)).toEqual([["一、狠抓科技创新", "（一）培育主体"], ["（二）加快建设"], ["二、破解瓶颈", "（一）重塑空间"]]);
  });
});

describe("where each heading's span starts", () => {
  // rows of four lines each, lines 10..33; one page
  const rows = [0, 1, 2, 3, 4, 5].map((k) => ({ from: 10 + 4 * k, to: 13 + 4 * k, page: 0 }));
  const group = (first: number, last: number, text: string) => ({ texts: [text], first, cell: { first, last, start: 5, texts: [text], depth: 2, top: 2 } });
  it("centred: the start that puts each heading in the middle of its span", () => {
    // (一) centred over rows 0-1 (lines 10-17), (二) over rows 2-5 (lines 18-33)
    const { starts, doubtful } = sectionStarts([group(13, 14, "（一）"), group(25, 26, "（二）")], rows, false);
    expect(starts).toEqual([0, 2]);
    expect([...doubtful]).toEqual([]);
  });
  it("counter-example: top-aligned text starts a heading's span on the row beside it", () => {
    const { starts } = sectionStarts([group(10, 11, "（一）"), group(26, 27, "（二）")], rows, true);
    expect(starts).toEqual([0, 4]);
  });
  it("a cell cut by a page break prints its text at the top of its first part", () => {
    // rows 0-2 on page 0, rows 3-5 on page 1; (二) printed beside row 1 spans rows 1-5 across the break
    const paged = rows.map((r, k) => ({ ...r, page: k < 3 ? 0 : 1 }));
    const { starts } = sectionStarts([group(10, 11, "（一）"), group(14, 15, "（二）")], paged, false);
    expect(starts).toEqual([0, 1]);
    // counter-example: a span on one page is centred on its text, not started beside it
    expect(sectionStarts([group(12, 13, "（一）"), group(25, 26, "（二）")], rows, false).starts).toEqual([0, 2]);
  });
  it("a start that centres the text two lines worse is still in doubt (pdftotext rounds a cell's lines, its padding shifts the text)", () => {
    // (二) at lines 26-27: centred on rows 2-5 one line off, on rows 3-5 one line off but (一) then two lines off its rows 0-2
    const { starts, doubtful } = sectionStarts([group(13, 14, "（一）"), group(26, 27, "（二）")], rows, false);
    expect(starts).toEqual([0, 2]);
    expect([...doubtful]).toEqual([2]);
  });
  it("where another start centres the text as well, the rows in between are in doubt", () => {
    // (二) printed on a row boundary between two equally good spans
    const { starts, doubtful } = sectionStarts([group(14, 15, "（一）"), group(25, 27, "（二）")], rows, false);
    expect(starts).toEqual([0, 2]);
    expect([...doubtful]).toEqual([2]);
  });
});

describe("a narrow 项目 column left of the task (its text inside the task header's span)", () => {
  const text = [
    "序号 项目          目标任务              责任单位    责任领导",
    "1    一、狠     大力培育高新技术企业，认定国家高新    科技局      蒋家兴",
    "     抓科技     技术企业100家以上，确保总数突破。",
    "     创新",
    "2              落实科技创新优惠政策，推动规上企业    工信局      林永红",
    "               研发投入增长百分之二十以上。",
    "3    二、破     支持龙头企业联合高校、科研机构组建    工信局      林永红",
    "     解瓶颈     创新联合体，新增研发机构五家以上。",
    "4              深化成果转化“百城百园”行动计划推动    科技局      蒋家兴",
    "               研发成果落地，认定登记技术合同。",
  ].join("\n");
  it("the heading fragments become the section, not task text", () => {
    const recs = alignedToRecords(doc(text)).records;
    expect(recs.map((r) => [r.seq, r.section, r.task.join("")])).toEqual([
      [1, ["一、狠抓科技创新"], "大力培育高新技术企业，认定国家高新技术企业100家以上，确保总数突破。"],
      [2, ["一、狠抓科技创新"], "落实科技创新优惠政策，推动规上企业研发投入增长百分之二十以上。"],
      [3, ["二、破解瓶颈"], "支持龙头企业联合高校、科研机构组建创新联合体，新增研发机构五家以上。"],
      [4, ["二、破解瓶颈"], "深化成果转化“百城百园”行动计划推动研发成果落地，认定登记技术合同。"],
    ]);
  });
  it("counter-example: a line left of the task's edge that is no heading fragment (clause punctuation) keeps the header's columns", () => {
    const shifted = text.replace("     解瓶颈     创新联合体", "          体，创新联合体");
    const recs = alignedToRecords(doc(shifted)).records;
    expect(recs[2]!.task.join("")).toContain("体，创新联合体");
  });
});
