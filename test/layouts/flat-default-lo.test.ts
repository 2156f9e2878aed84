/**
 * pdftotext default-mode dumps of Word/LibreOffice-made PDFs (issue 15): small hand-written
 * excerpts of what poppler's reading order does to a ruled table, each rule with a counter-example.
 */
import { describe, expect, it } from "vitest";
import { continuesWrappedTask, segmentRows, type FlatLine } from "../../src/layouts/flat/segment.js";
import type { FlatHeader } from "../../src/layouts/flat/header.js";
import type { SourceLine } from "../../src/model/intermediate.js";

const fl = (text: string, line = 1): FlatLine => ({ text, line, afterBreak: false });
const src = (texts: string[]): SourceLine[] => texts.map((text, k) => ({ text, line: k + 1 }));

describe("continuesWrappedTask: a number that goes on a task sentence wrapped above the first row", () => {
  it("a measure word after the number and unfinished prose above: a quantity, not the first 序号", () => {
    expect(continuesWrappedTask([fl("推进批而未供、供而未用土地处置，加快")], "宗 446 亩低效闲置用地再开发，坚决")).toBe(true);
  });
  it("counter-example: the line above ends its sentence (a row's number after a finished task)", () => {
    expect(continuesWrappedTask([fl("坚决遏制新增“两违”。")], "个重点项目开工建设。")).toBe(false);
  });
  it("counter-example: no measure word after the number (a row's own task)", () => {
    expect(continuesWrappedTask([fl("推进批而未供、供而未用土地处置，加快")], "深化营商环境改革，提升服务效能。")).toBe(false);
  });
  it("counter-example: a heading row above (`(二) 紧扣一体发展，提高品质`) is no unfinished sentence", () => {
    expect(continuesWrappedTask([fl("(二) 紧扣一体发展，提高品质跃升品位")], "个项目")).toBe(false);
  });
  it("counter-example: nothing above", () => {
    expect(continuesWrappedTask([], "宗 446 亩")).toBe(false);
  });
});

const header: FlatHeader = { start: 0, end: 0, line: 1, headers: ["序号", "具体任务", "分管领导", "牵头单位"], columns: ["seq", "task", "supervisors", "leadUnits"] };

describe("segmentRows: the first row is not opened by a quantity inside a wrapped task", () => {
  it("rows start at the lone numbers, the wrapped `13 宗 …` line stays text before them", () => {
    const lines = src(["序号 具体任务 分管领导 牵头单位", "推进批而未供、供而未用土地处置，加快", "13 宗 446 亩低效闲置用地再开发，坚决", "遏制新增“两违”。", "王伟", "区自然资源局", "47", "", "加强世界遗产点周边环境整治。", "李超端", "区文旅局", "48", "", "推进文保单位修缮。", "李超端", "区文旅局"]);
    const seg = segmentRows(lines, header);
    expect(seg.rows.map((r) => r.seq)).toEqual([47, 48]);
    expect(seg.leading.map((l) => l.text)).toEqual(["推进批而未供、供而未用土地处置，加快", "13 宗 446 亩低效闲置用地再开发，坚决", "遏制新增“两违”。", "王伟", "区自然资源局"]);
  });
  it("counter-example: a first row whose number follows a finished line opens the row", () => {
    const lines = src(["序号 具体任务 分管领导 牵头单位", "1 宗地收储工作全面完成。", "王伟", "区自然资源局", "2", "推进文保单位修缮。", "李超端", "区文旅局"]);
    const seg = segmentRows(lines, header);
    expect(seg.rows.map((r) => [r.seq, r.lines[0]?.text])).toEqual([[1, "宗地收储工作全面完成。"], [2, "推进文保单位修缮。"]]);
  });
});

import { headingPieceBeforeTask, headingTailPiece, isTaskLine } from "../../src/layouts/flat/tasklines.js";
import { untangleRow } from "../../src/layouts/flat/interleave.js";
import { taskFirst } from "../../src/layouts/flat/numberblock.js";

describe("headingPieceBeforeTask: a 项目 cell's piece printed before a task line after a space", () => {
  it("a heading start with title text, then task text (even without a comma): a task line", () => {
    expect(headingPieceBeforeTask("（二）加快科创载 促成中关村中试熟化平台、兵装研究所成果转 科技局")).toBe(true);
    expect(isTaskLine("（二）加快科创载 促成中关村中试熟化平台、兵装研究所成果转 科技局")).toBe(true);
    expect(isTaskLine("（三）持续优化创 业技术经纪人培育，推动 100项研发成果落")).toBe(true);
  });
  it("counter-example: a heading row whose marker stands alone before its title (`(二) 紧扣…，…`)", () => {
    expect(headingPieceBeforeTask("(二) 紧扣一体发展，提高品质跃升品位")).toBe(false);
    expect(isTaskLine("(二) 紧扣一体发展，提高品质跃升品位")).toBe(false);
  });
  it("counter-example: a heading piece before a list of names is no task", () => {
    expect(headingPieceBeforeTask("一、狠抓科技创新 科技局、工信局")).toBe(false);
  });
  it("counter-example: a heading whose title has a space inside, no task after it", () => {
    expect(headingPieceBeforeTask("一、聚力转型攻坚 推动提质增效")).toBe(false);
  });
});

describe("headingTailPiece: the rest of a heading piece after the names beside the task line", () => {
  it("a short fragment is one", () => expect(headingTailPiece("体建设")).toBe(true));
  it("counter-example: a whole unit name is none", () => expect(headingTailPiece("福大科教办")).toBe(false));
  it("counter-example: a clause is none", () => expect(headingTailPiece("加强职，")).toBe(false));
  it("counter-example: two names on one line (`纪刚宏 黄少伟`) are none", () => expect(headingTailPiece("纪刚宏 黄少伟")).toBe(false));
});

const rowOf = (seq: number, texts: string[]) => ({ seq, line: 1, lines: texts.map((t, k) => fl(t, k + 2)) });

describe("an interleaved row with a heading piece glued before its task line", () => {
  const texts = ["一、狠抓科技创新", "（二）加快科创载 促成中关村中试熟化平台、兵装研究所成果转 科技局", "福大科教办", "体建设", "化基地、福大国家科技园启动运营，实现哈工", "大机器人研究中心企业化运作。", "工信局"];
  it("untangleRow: the heading and its rest first, the task whole, the names after", () => {
    expect(untangleRow(rowOf(6, texts))!.lines.map((l) => l.text)).toEqual([
      "一、狠抓科技创新", "（二）加快科创载", "体建设", "促成中关村中试熟化平台、兵装研究所成果转", "化基地、福大国家科技园启动运营，实现哈工", "大机器人研究中心企业化运作。", "科技局", "福大科教办", "工信局",
    ]);
  });
  it("taskFirst: the same order", () => {
    expect(taskFirst(rowOf(6, texts).lines).map((l) => l.text).slice(0, 4)).toEqual(["一、狠抓科技创新", "（二）加快科创载", "体建设", "促成中关村中试熟化平台、兵装研究所成果转"]);
  });
  it("counter-example: without a heading piece, a fragment amid the open task stays task text", () => {
    const plain = ["推动“吃穿住用行”等生活性服务业向高品质和 商务局", "文旅局", "多样化", "升级，打造消费中心。", "刘冰"];
    const lines = untangleRow(rowOf(16, plain))!.lines.map((l) => l.text);
    expect(lines.slice(0, 3)).toEqual(["推动“吃穿住用行”等生活性服务业向高品质和", "多样化", "升级，打造消费中心。"]);
  });
});
