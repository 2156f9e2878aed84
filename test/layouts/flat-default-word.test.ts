/**
 * pdftotext default-mode dumps of Word-made PDFs (issue 15, helper word-dflt): small hand-written
 * excerpts of what poppler's default reading order prints for a ruled Word table (each cell a
 * paragraph, a form feed after every page, the header repeated per page), each rule with a counter-example.
 */
import { describe, expect, it } from "vitest";
import { detectList, printedPages } from "../../src/layouts/list.js";
import { wrappedTaskLines } from "../../src/layouts/flat/anatomy.js";
import { findFlatHeader, isTableTitle } from "../../src/layouts/flat/header.js";
import { isQuantityRest } from "../../src/layouts/flat/quantityrest.js";
import { isOneCharRest, isTaskRest, paragraphRest, taskAroundUnit, unitEndingParagraph } from "../../src/layouts/flat/taskrest.js";
import type { FlatLine } from "../../src/layouts/flat/segment.js";
import type { InputDocument, SourceLine } from "../../src/model/intermediate.js";
import { parseText } from "../../src/parse.js";
import { headLeadingRowsBack } from "../../src/layouts/flat/lateheadings.js";
import type { HeadingGroup } from "../../src/layouts/flat/anatomy.js";
import type { RawRecord } from "../../src/model/intermediate.js";
import type { Diagnostic } from "../../src/model/schema.js";

const src = (texts: string[]): SourceLine[] => texts.map((text, k) => ({ text, line: k + 1 }));
const doc = (texts: string[]): InputDocument => ({ source: { file: "x.txt", format: "txt", sha256: "", encoding: "utf-8" }, lines: src(texts) }) as InputDocument;
const fl = (text: string, line = 1): FlatLine => ({ text, line, afterBreak: false });

/** a table printed one cell per paragraph (blank line between cells), rows whole, as a web page's table or a Word PDF's default dump */
const HEADER = ["序号", "目标任务", "责任领导", "牵头单位", "参与单位"];
const ROWS = [
  ["1", "地区生产总值增长6.5%左右", "赵明", "县发改局", "县统计局、各乡镇"],
  ["2", "规模工业增加值增长8%", "钱亮", "县工信局", "县统计局"],
  ["3", "一般公共预算收入增长5%", "赵明", "县财政局", "县税务局"],
  ["4", "新增高新技术企业15家", "钱亮", "县科技局", "县工信局"],
];
const paragraphs = (rows: string[][]): string[] => rows.flatMap((r) => r.flatMap((c) => [c, ""]));

describe("printedPages / detectList: a page-printed dump of paragraph cells goes to the flat layout", () => {
  it("a form feed in the text (pdftotext's page break): the regular table is no web page's, list is ranked below flat", () => {
    const lines = ["附件", "", "目标任务分解表", ...paragraphs([HEADER, ...ROWS]), "\f"];
    expect(printedPages(src(lines))).toBe(true);
    expect(detectList(doc(lines))).toBe("unmarked");
  });
  it("counter-example: the same cells without a page break (a web page's table copied) stay the list layout's", () => {
    const lines = ["附件", "", "目标任务分解表", ...paragraphs([HEADER, ...ROWS])];
    expect(printedPages(src(lines))).toBe(false);
    expect(detectList(doc(lines))).toBe("marked");
  });
  it("a row's task cut by the page break (its rest after the repeated header) stays the task, not the next rows' section", async () => {
    const lines = [
      "目标任务分解表",
      ...paragraphs([HEADER, ...ROWS.slice(0, 3)]),
      "4", "", "新增高新技术企业15家，技", "", "钱亮", "", "县科技局", "", "县工信局", "",
      "\f" + HEADER[0]!, "", ...paragraphs([HEADER.slice(1)]),
      "术合同成交额突破10亿元", "",
      "5", "", "新建高标准农田3万亩", "", "孙伟", "", "县农业农村局", "", "各乡镇", "", "\f",
    ];
    const r = await parseText(lines.join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.section, t.task])).toEqual([
      [1, [], "地区生产总值增长6.5%左右"],
      [2, [], "规模工业增加值增长8%"],
      [3, [], "一般公共预算收入增长5%"],
      [4, [], "新增高新技术企业15家，技术合同成交额突破10亿元"],
      [5, [], "新建高标准农田3万亩"],
    ]);
    expect(r.tasks.find((t) => t.seq === 5)!.coUnits).toEqual(["各乡镇"]);
  });
});

describe("isQuantityRest: the measure word after a task's last number, wrapped alone", () => {
  it("`…中心 3` + `个`: the task's rest", () => {
    expect(isQuantityRest("新建乡镇区域养老服务中心 3", "个")).toBe(true);
    expect(isQuantityRest("新增油茶林 2", "万亩。")).toBe(true);
    expect(isQuantityRest("完成投资 120", "亿元")).toBe(true);
  });
  it("counter-example: the task line does not end with a number", () => {
    expect(isQuantityRest("新建乡镇区域养老服务中心", "个")).toBe(false);
  });
  it("a quantity's qualifier wrapped alone (`增长 7%` + `左右`), though it reads like a name", () => {
    expect(isQuantityRest("地区生产总值增长 7%", "左右")).toBe(true);
    expect(isQuantityRest("新增规上企业 50 家", "以上")).toBe(true);
    // counter-examples: no quantity before it (a person named 左右 in the next column is as likely)
    expect(isQuantityRest("推进产业园区建设", "左右")).toBe(false);
    expect(isQuantityRest("新增规上企业 50 家", "左右明")).toBe(false);
  });
  it("counter-example: a unit or a person after the number is the next column", () => {
    expect(isQuantityRest("新增公办学位 2400", "县教育局")).toBe(false);
    expect(isQuantityRest("新增就业 3200", "万明")).toBe(false);
  });
  it("counter-example: a longer line is no measure word's rest", () => {
    expect(isQuantityRest("新建城市道路 5", "公里以上并完成验收")).toBe(false);
  });
  it("in a dump: the row keeps `个` in its task and no `个` among its leaders", async () => {
    const lines = ["目标任务分解表", ...paragraphs([HEADER, ...ROWS.slice(0, 2)]), "3", "", "新建乡镇区域养老服务中心 3", "个", "", "孙伟", "", "县民政局", "", "各乡镇", "", "\f"];
    const r = await parseText(lines.join("\n"));
    const t = r.tasks.find((x) => x.seq === 3)!;
    expect([t.task.replace(/\s+/g, ""), t.leaders, t.leadUnits, t.coUnits]).toEqual(["新建乡镇区域养老服务中心3个", ["孙伟"], ["县民政局"], ["各乡镇"]]);
  });
});

describe("wrappedTaskLines under a 完成时限 column", () => {
  const lines = [fl("区发展改革委"), fl("2023年12月底前")];
  it("a time cell after the names is the next column: the names do not sit amid the task", () => {
    expect(wrappedTaskLines(lines, 0, "地区生产总值增长6%左右", undefined, true)).toBe(0);
  });
  it("counter-example: a prose line (no time) after a name line is still the task going on", () => {
    expect(wrappedTaskLines([fl("区发展改革委"), fl("加快推进重点项目建设，完成投资")], 0, "地区生产总值增长6%左右，", undefined, true)).toBe(2);
  });
  it("counter-example: without a time column the time-like line is read as before (the task going on)", () => {
    expect(wrappedTaskLines(lines, 0, "地区生产总值增长6%左右")).toBe(2);
  });
});

describe("isTableTitle: the table's title right above its header is not a header word", () => {
  it("`目标任务分解方案` (starts with the header word 目标任务) is the title; the header starts under it", () => {
    expect(isTableTitle("目标任务分解方案")).toBe(true);
    expect(isTableTitle("重点工作任务清单")).toBe(true);
    const h = findFlatHeader(src(["目标任务分解方案", "序号", "", "目标任务", "", "责任领导", "", "牵头单位", "", "参与单位", "", "1"]));
    expect(h?.headers).toEqual(["序号", "目标任务", "责任领导", "牵头单位", "参与单位"]);
  });
  it("counter-example: header words themselves (`目标任务`, `责任单位`) and a header on one line are no title", () => {
    expect(isTableTitle("目标任务")).toBe(false);
    expect(isTableTitle("责任单位")).toBe(false);
    expect(isTableTitle("序号 目标任务 责任单位 责任领导")).toBe(false);
  });
});

describe("taskAroundUnit: the next column's unit printed amid a wrapped task, the task's short rest after it", () => {
  it("`收入增长与经济增长 区人社局` + `同步` after an unfinished task line: the task goes on, the unit is a name", () => {
    expect(taskAroundUnit([fl("收入增长与经济增长 区人社局"), fl("同步")], 0, "城乡居民人均可支配")).toEqual({ task: ["收入增长与经济增长", "同步"], unit: "区人社局", used: 2 });
  });
  it("a unit on a line of its own between the task and its rest (`县工业园管委会` + `使用`)", () => {
    expect(taskAroundUnit([fl("县工业园管委会"), fl("使用")], 0, "建设科技企业孵化器，年内投入")).toEqual({ task: ["使用"], unit: "县工业园管委会", used: 2 });
  });
  it("counter-example: the unit's own wrapped rest (`县政务服务中心、县直各` + `部门`) is no task rest", () => {
    expect(taskAroundUnit([fl("县政务服务中心、县直各"), fl("部门")], 0, "新增集成服务事项20项")).toBeNull();
    expect(isTaskRest("部门", "县直各")).toBe(false);
  });
  it("counter-example: a next unit wrapped over two lines (`区房屋征收` + `中心`) is no task rest", () => {
    expect(taskAroundUnit([fl("区住建局"), fl("区房屋征收"), fl("中心")], 0, "改造 1200 户")).toBeNull();
    // …but a rest followed by a unit of its own is (`区属国有企业公司制改制` then `区财政局`)
    expect(taskAroundUnit([fl("县工业园管委会"), fl("区域使用"), fl("区财政局")], 0, "建设科技企业孵化器，年内投入")).toEqual({ task: ["区域使用"], unit: "县工业园管委会", used: 2 });
  });
  it("counter-example: a time cell after the unit (`全年持续推进`) is the next column", () => {
    expect(taskAroundUnit([fl("区经济信息委"), fl("全年持续推进")], 0, "规模以上工业增加值增长8%")).toBeNull();
  });
  it("counter-example: a person after the unit, or a task that has ended", () => {
    expect(taskAroundUnit([fl("区人社局"), fl("朱红梅")], 0, "城乡居民人均可支配")).toBeNull();
    expect(taskAroundUnit([fl("区人社局"), fl("同步")], 0, "城乡居民收入与经济增长同步。")).toBeNull();
  });
  it("in a dump: the row's task is whole and its units in their columns", async () => {
    const H = ["序号", "工作任务", "牵头单位", "责任单位", "责任领导"];
    const lines = ["附件", "", "目标任务分解表", ...paragraphs([H]), "1", "", "地区生产总值增长", "6%左右", "", "区发改委", "", "区统计局", "", "孙德胜", "",
      "2", "", "城乡居民人均可支配", "收入增长与经济增长 区人社局", "同步", "", "区统计局、区农业农村局", "", "朱红梅", "", "\f"];
    const r = await parseText(lines.join("\n"));
    const t = r.tasks.find((x) => x.seq === 2)!;
    expect([t.task.replace(/\s+/g, ""), t.leadUnits, t.units, t.leaders]).toEqual(["城乡居民人均可支配收入增长与经济增长同步", ["区人社局"], ["区统计局", "区农业农村局"], ["朱红梅"]]);
  });
});

describe("taskAroundUnit: a prose line with the unit glued after it, the measure word of its last number after it", () => {
  it("`争取上级资金不少于 8000 万 镇财政所` + `元`", () => {
    expect(taskAroundUnit([fl("争取上级资金不少于 8000 万 镇财政所"), fl("元")], 0, "完成镇级财政收入增长 6%，")).toEqual({ task: ["争取上级资金不少于 8000 万", "元"], unit: "镇财政所", used: 2 });
  });
  it("counter-example: a name after the glued unit (`罗海平`) is the next column, the line is left to the other rules", () => {
    expect(taskAroundUnit([fl("争取上级资金不少于 8000 万 镇财政所"), fl("罗海平")], 0, "完成镇级财政收入增长 6%，")).toBeNull();
  });
  it("counter-example: a piece that ends its sentence before the unit (`…万元。 镇财政所`) has no rest to join", () => {
    expect(taskAroundUnit([fl("争取上级资金不少于 8000 万元。 镇财政所"), fl("元")], 0, "完成镇级财政收入增长 6%，")).toBeNull();
  });
});

describe("taskAroundUnit: counter-examples from names printed after a finished task", () => {
  it("a task line whose sentence ended before more text (`…任务。 集成改革各专项`): the lines after are names, not the task's rest", () => {
    expect(taskAroundUnit([fl("小组"), fl("集成改革")], 0, "攻坚推进 15项集成改革任务。 集成改革各专项")).toBeNull();
  });
  it("a two-character unit alone (`小组`) is too short to tell from a wrapped name's piece", () => {
    expect(taskAroundUnit([fl("小组"), fl("集成改革")], 0, "攻坚推进集成改革")).toBeNull();
  });
});

describe("headLeadingRowsBack: the first heading printed after the rows it heads", () => {
  const rec = (seq: number, section: string[] = []): RawRecord => ({ table: 0, seq, section, task: ["任务"], cells: {}, source: { line: seq * 10 } });
  const g = (text: string, level = 1, line = 99): HeadingGroup => ({ level, fragments: [text], line });
  it("`一、…` then `二、…` below rows with no section: those rows take `一、…`, each flagged", () => {
    const records = [rec(1), rec(2)];
    const diags: Diagnostic[] = [];
    headLeadingRowsBack(records, [g("一、做强镇域经济"), g("二、建设宜居集镇")], 0, diags);
    expect(records.map((r) => r.section)).toEqual([["一、做强镇域经济"], ["一、做强镇域经济"]]);
    expect(diags.map((d) => [d.code, d.seq])).toEqual([["FLAT_HEADING_PRINTED_LATE", 1], ["FLAT_HEADING_PRINTED_LATE", 2]]);
  });
  it("counter-example: one heading alone (it heads the rows below it), or a first heading that is not the first of its numbering", () => {
    const records = [rec(1), rec(2)];
    const diags: Diagnostic[] = [];
    headLeadingRowsBack(records, [g("一、做强镇域经济")], 0, diags);
    headLeadingRowsBack(records, [g("二、建设宜居集镇"), g("三、守牢安全底线")], 0, diags);
    expect(records.map((r) => r.section)).toEqual([[], []]);
    expect(diags).toEqual([]);
  });
  it("counter-example: rows that already have a section keep it", () => {
    const records = [rec(1, ["一、做强镇域经济"]), rec(2, ["一、做强镇域经济"])];
    const diags: Diagnostic[] = [];
    headLeadingRowsBack(records, [g("（一）培育主体", 2), g("（二）强化平台", 2)], 0, diags);
    expect(records.map((r) => r.section)).toEqual([["一、做强镇域经济"], ["一、做强镇域经济"]]);
    expect(diags).toEqual([]);
  });
});

describe("taskAroundUnit / paragraphRest: a unit inside the task's paragraph, the paragraph's last line the task's", () => {
  const para = (...texts: string[]): FlatLine[] => texts.map((t, k) => ({ text: t.replace(/^¶/, ""), line: k + 1, afterBreak: false, ...(t.startsWith("¶") ? { blankBefore: true } : {}) }));
  it("`完成` + `区国资委` + `区属国有企业公司制改制` + blank: the task goes on", () => {
    const lines = para("深化国有企业改革，完成", "区国资委", "区属国有企业公司制改制", "¶区财政局、区人力社保局", "¶高建军");
    expect(taskAroundUnit(lines, 1, "深化国有企业改革，完成")).toEqual({ task: ["区属国有企业公司制改制"], unit: "区国资委", used: 2 });
  });
  it("the measure word after the task's number, the unit between (`…服务 15` + `区卫计委` + `万人`)", () => {
    expect(taskAroundUnit(para("成家庭医生签约服务 15", "区卫计委", "万人", "¶区医院、各街道"), 1, "成家庭医生签约服务 15")).toEqual({ task: ["万人"], unit: "区卫计委", used: 2 });
  });
  it("counter-example: a unit cell after a blank line (its own paragraph) wrapped over two lines", () => {
    const lines = para("深化国有企业改革，完成", "¶区国资委", "区属国有企业服务中心", "¶高建军");
    expect(taskAroundUnit(lines, 1, "深化国有企业改革，完成")).toBeNull();
  });
  it("counter-example: no blank lines at all (a -raw dump): the paragraph tells nothing", () => {
    expect(paragraphRest(para("深化国有企业改革，完成", "区国资委", "区属国有企业公司制改制", "区财政局"), 1, "区国资委")).toBe(false);
  });
  it("counter-example: the paragraph goes on after the line (more names in it)", () => {
    expect(paragraphRest(para("深化国有企业改革，完成", "区国资委", "区属国有企业公司制改制", "区财政局", "¶高建军"), 1, "区国资委")).toBe(false);
  });
});

describe("isOneCharRest: one character wrapped alone after an unfinished task", () => {
  it("`…粮食总产量 50 万吨以` + `上`", () => {
    expect(isOneCharRest("以上，粮食总产量 50 万吨以", "上")).toBe(true);
  });
  it("counter-example: a unit's last character (`局`), a finished task, a name printed beside the task line", () => {
    expect(isOneCharRest("完成投资 120 亿元，推进", "局")).toBe(false);
    expect(isOneCharRest("粮食总产量 50 万吨以上。", "上")).toBe(false);
    expect(isOneCharRest("推进农田建设 市农业农村局", "上")).toBe(false);
    expect(isOneCharRest("推进农田建设", "上下")).toBe(false);
  });
});

describe("unitEndingParagraph: the task paragraph's last line with the next column's unit after a space", () => {
  const para = (...texts: string[]): FlatLine[] => texts.map((t, k) => ({ text: t.replace(/^¶/, ""), line: k + 1, afterBreak: false, ...(t.startsWith("¶") ? { blankBefore: true } : {}) }));
  it("`械装备产业产值突破 800 亿元 市工信局` then a blank line", () => {
    expect(unitEndingParagraph(para("推进先进制造业集群培育，机", "械装备产业产值突破 800 亿元 市工信局", "¶7"), 1)).toEqual({ task: "械装备产业产值突破 800 亿元", unit: "市工信局" });
  });
  it("counter-example: the paragraph goes on after the line (the task continues: another rule's case)", () => {
    expect(unitEndingParagraph(para("推进先进制造业集群培育，机", "械装备产业产值突破 800 亿元 市工信局", "元以上"), 1)).toBeNull();
  });
  it("counter-example: no blank lines in the row (a -raw dump), or a task that ended before the unit", () => {
    expect(unitEndingParagraph(para("推进先进制造业集群培育，机", "械装备产业产值突破 800 亿元 市工信局"), 1)).toBeNull();
    expect(unitEndingParagraph(para("推进先进制造业集群培育，机", "械装备产业产值突破 800 亿元。 市工信局", "¶7"), 1)).toBeNull();
  });
});
