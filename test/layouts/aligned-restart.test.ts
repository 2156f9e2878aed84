// pdftotext -layout text whose 序号 goes back to 1 under each section of the 项目 column: one table
// numbered on, as the table stage and the flat reader read it (SEQ_RESTART_SECTION), never a new
// table per section; a restart after a new title and header stays a new table.
import { describe, expect, it } from "vitest";
import { snapToRestarts, type SectionGroup } from "../../src/layouts/aligned/sections.js";
import { parseText } from "../../src/parse.js";
import { findAlignedHeader, mergedPeople, mergedPeopleColumns, seqNumberBound, shiftedPages, type MergeRow } from "../../src/layouts/aligned.js";
import { textDoc } from "../helpers/text-doc.js";
import type { CanonicalField } from "../../src/model/schema.js";

/** A line with each text at its character position. */
const at = (...parts: Array<[number, string]>): string => {
  let line = "";
  for (const [pos, text] of parts) line = line.padEnd(pos, " ") + text;
  return line;
};

const [SEC, SEQ, TASK, LEAD, UNIT] = [0, 14, 21, 50, 61];
const header = at([SEC + 2, "项目"], [SEQ, "序号"], [TASK, "具体任务"], [LEAD, "责任领导"], [UNIT, "责任单位"]);
const row = (seq: string, task: string, leader: string, unit: string, section = ""): string =>
  at(...([[SEC, section]] as Array<[number, string]>).filter(([, t]) => t), [SEQ, seq], [TASK, task], [LEAD, leader], [UNIT, unit]);

const cover = ["县人民政府关于重点工作责任分解的通知", "各乡镇人民政府，县政府各部门：", "现将重点工作责任分解如下，请认真抓好落实。", "", "附件", "", at([16, "重点工作责任分解表"])];

describe("a 项目 column first, its merged cells printed beside a later row, the 序号 restarting per section", () => {
  // the second section's cell is printed beside its second row (a vertically centred merged cell)
  const rows = (second: string) => [
    row("1", "新建学校 2 所", "张明", "县教育局", "一、民生保障"),
    row("2", "新增学位 800 个", "张明", "县教育局"),
    row("3", "改造卫生院 3 个", "李华", "县卫健局"),
    row("1", "完成道路改造 20 公里", "王强", "县交通局"),
    row("2", "新建 5G 基站 100 个", "王强", "县工信局", second),
    row("3", "改造供水管网 30 公里", "赵勇", "县水利局"),
  ];
  const body = rows("二、基础设施");

  it("one table numbered on, each row under its own section, with an info SEQ_RESTART_SECTION", async () => {
    const r = await parseText([...cover, header, ...body].join("\n"));
    expect(r.tables.length).toBe(1);
    expect(r.tasks.map((t) => [t.seq, t.section, t.task, t.leaders, t.units])).toEqual([
      [1, ["一、民生保障"], "新建学校 2 所", ["张明"], ["县教育局"]],
      [2, ["一、民生保障"], "新增学位 800 个", ["张明"], ["县教育局"]],
      [3, ["一、民生保障"], "改造卫生院 3 个", ["李华"], ["县卫健局"]],
      [4, ["二、基础设施"], "完成道路改造 20 公里", ["王强"], ["县交通局"]],
      [5, ["二、基础设施"], "新建 5G 基站 100 个", ["王强"], ["县工信局"]],
      [6, ["二、基础设施"], "改造供水管网 30 公里", ["赵勇"], ["县水利局"]],
    ]);
    const restart = r.diagnostics.filter((d) => d.code.startsWith("SEQ_RESTART"));
    expect(restart.map((d) => [d.code, d.level, d.seq])).toEqual([["SEQ_RESTART_SECTION", "info", 4]]);
  });

  it("counter-example: a restart after a new title and its header is a new table", async () => {
    const second = [at([16, "附件2 民生实事责任分解表"]), header];
    const r = await parseText([...cover, header, ...body.slice(0, 3), ...second, ...body.slice(3)].join("\n"));
    expect(r.tables.length).toBe(2);
    expect(r.tasks.map((t) => [t.table, t.seq, t.task])).toEqual([
      [0, 1, "新建学校 2 所"],
      [0, 2, "新增学位 800 个"],
      [0, 3, "改造卫生院 3 个"],
      [1, 1, "完成道路改造 20 公里"],
      [1, 2, "新建 5G 基站 100 个"],
      [1, 3, "改造供水管网 30 公里"],
    ]);
    expect(r.diagnostics.filter((d) => d.code === "SEQ_RESTART_SECTION")).toEqual([]);
  });

  it("counter-example: a restart with no new heading in the 项目 column stays a restart (a warning, a new table)", async () => {
    const r = await parseText([...cover, header, ...rows("")].join("\n"));
    expect(r.diagnostics.filter((d) => d.code === "SEQ_RESTART_SECTION")).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === "SEQ_RESTART").map((d) => d.level)).toEqual(["warning"]);
    expect(r.tasks.map((t) => [t.table, t.seq])).toEqual([[0, 1], [0, 2], [0, 3], [1, 1], [1, 2], [1, 3]]);
  });
});

describe("snapToRestarts: where a section's merged cell starts when the 序号 restarts", () => {
  const g = (...texts: string[]): SectionGroup => ({ texts, first: 0, cell: { first: 0, last: 0, start: 0, texts, depth: 2, top: 1 } });
  const groups = [g("一、推动发展", "（一）工业"), g("一、推动发展", "（二）农业"), g("二、统筹城乡", "（一）基础设施"), g("二、统筹城乡", "（二）生态")];
  it("the first heading after the restart with a new outer heading moves up to the restart row", () => {
    expect(snapToRestarts(groups, [0, 3, 7, 10], [6])).toEqual({ starts: [0, 3, 6, 10], moved: [2] });
  });
  it("counter-example: a heading under the same outer heading (the numbering goes on per part) moves nothing", () => {
    expect(snapToRestarts(groups, [0, 4, 7, 10], [3])).toEqual({ starts: [0, 4, 7, 10], moved: [] });
  });
  it("counter-example: a heading starting after the next restart is that restart's, not the earlier one's", () => {
    expect(snapToRestarts(groups, [0, 3, 9, 12], [6, 8])).toEqual({ starts: [0, 3, 8, 12], moved: [2] });
  });
});

describe("mergedPeopleColumns: a people column merged over several rows (its name centred on its span) does not cut the rows", () => {
  it("mergedPeopleColumns: a people column printing a name for at most every other row is merged", () => {
    const block = (names: boolean[]) => ({
      columns: ["seq", "task", "leadUnits", "supervisors"] as CanonicalField[],
      lines: names.flatMap((has, k) => [
        { cells: [[], ["任务"], [], []], anchor: false },
        { cells: [[String(k + 1)], [], ["县发改局"], has ? ["杨宏伟"] : []], anchor: true },
      ]),
    });
    expect([...mergedPeopleColumns([block([false, true, false, false, true, false])])]).toEqual(["supervisors"]);
  });
  it("counter-example: a name beside every row (or a wrapped one), or too few rows, is no merged column", () => {
    const block = (n: number, every: boolean) => ({
      columns: ["seq", "task", "leadUnits", "supervisors"] as CanonicalField[],
      lines: Array.from({ length: n }, (_, k) => ({ cells: [[String(k + 1)], ["任务"], ["县发改局"], every || k === 0 ? ["杨宏伟"] : []], anchor: true })),
    });
    expect([...mergedPeopleColumns([block(6, true)])]).toEqual([]);
    expect([...mergedPeopleColumns([block(3, false)])]).toEqual([]);
  });
});

describe("a merged 分管领导 column in a Word table of centred rows (a name on a task line of one row of its span)", () => {
  // each row centred on its 序号 line; the 分管领导 names printed once per span, some on a task's line
  const body = [
    "       序号         重点工作               牵头单位              参与单位        分管县领导",
    "            实施重大项目攻坚行动，全年新开",
    "       1                        县发展改革委（县粮食和储备局）   各市（州）人民政府",
    "            工亿元以上项目 1500 个",
    "            扩大有效投资，完成交通投资 1200 县交通运输厅             县发展改革委（县粮食和储备",
    "       2                                                            杨宏伟",
    "            亿元、水利投资 500 亿元     县水利厅               局）、县财政厅",
    "            推进清河航道扩能工程和清平铁路",
    "       3                        县交通运输厅            清河航务管理局、县自然资源厅",
    "            建设",
    "            实施“数字清河”建设三年行动，",
    "       4                      县工业和信息化厅            县大数据局、县通信管理局",
    "            数字经济核心产业增加值增长 15%",
    "            新增国家级专精特新“小巨人”企",
    "       5                        县工业和信息化厅          县科技厅、县财政厅         钟文涛",
    "            业 30 家",
    "            全社会研发经费投入增长 12%，新",
    "       6                      县科技厅                县财政厅、县统计局",
    "            增高新技术企业 1000 家",
    "            打造世界一流“绿色食品牌”，新                       县财政厅、县自然资源厅",
    "       7                        县农业农村厅",
    "            建高标准农田 300 万亩                         各市（州）人民政府",
    "            巩固拓展脱贫攻坚成果，脱贫人口",
    "       8                        县乡村振兴局            县农业农村厅、县民政厅",
    "            人均纯收入增长 10%以上                                           陶然",
    "            推进以县城为重要载体的城镇化建",
    "                                                  县发展改革委（县粮食和储备",
    "       9    设，常住人口城镇化率提高 1 个百   县住房城乡建设厅",
    "                                                  局）、县公安厅",
    "            分点",
    "            接待游客人次和旅游收入分别增长                                         许思远",
    "       10                       县文化和旅游厅           各市（州）人民政府",
    "            20%",
  ];
  const intro = ["县人民政府关于印发重点工作分解的通知", "各乡镇人民政府，县政府各部门：", "现将重点工作分解印发给你们，请认真贯彻落实。", "", "附件", ""];
  it("every row keeps its own task lines: the merged names do not pull a neighbour's line into it", async () => {
    const r = await parseText([...intro, ...body].join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.task, t.leadUnits])).toEqual([
      [1, "实施重大项目攻坚行动，全年新开工亿元以上项目 1500 个", ["县发展改革委（县粮食和储备局）"]],
      [2, "扩大有效投资，完成交通投资 1200 亿元、水利投资 500 亿元", ["县交通运输厅", "县水利厅"]],
      [3, "推进清河航道扩能工程和清平铁路建设", ["县交通运输厅"]],
      [4, "实施“数字清河”建设三年行动，数字经济核心产业增加值增长 15%", ["县工业和信息化厅"]],
      [5, "新增国家级专精特新“小巨人”企业 30 家", ["县工业和信息化厅"]],
      [6, "全社会研发经费投入增长 12%，新增高新技术企业 1000 家", ["县科技厅"]],
      [7, "打造世界一流“绿色食品牌”，新建高标准农田 300 万亩", ["县农业农村厅"]],
      [8, "巩固拓展脱贫攻坚成果，脱贫人口人均纯收入增长 10%以上", ["县乡村振兴局"]],
      [9, "推进以县城为重要载体的城镇化建设，常住人口城镇化率提高 1 个百分点", ["县住房城乡建设厅"]],
      [10, "接待游客人次和旅游收入分别增长 20%", ["县文化和旅游厅"]],
    ]);
  });
});

describe("mergedPeople: a row left empty in a people column that names almost every row", () => {
  const cols = ["seq", "task", "units", "leaders"] as CanonicalField[];
  // a row of lines [from, to] with its 序号 on `anchor`; its name printed on lines `at`
  const row = (from: number, to: number, anchor: number, name?: string, at?: [number, number]): MergeRow => ({
    row: { cells: [{ lines: [{ text: "1" }] }, { lines: [{ text: "任务" }] }, { lines: [{ text: "区发改局" }] }, { lines: name ? [{ text: name }] : [] }], line: anchor } as MergeRow["row"],
    columns: cols,
    geometry: { from, to, page: 0, resp: [from, to], cols: [[anchor, anchor], [from, to], [anchor, anchor], name ? at! : undefined] },
  });
  const filled = (k: number) => row(3 * k, 3 * k + 2, 3 * k + 1, `李${k}`, [3 * k + 1, 3 * k + 1]);
  it("the name of the row above printed below its own 序号 line (centred between two rows): the empty row is flagged", () => {
    const rows = [filled(0), filled(1), filled(2), row(9, 11, 10, "伍振", [11, 11]), row(12, 14, 13), filled(5), filled(6)];
    expect(mergedPeople(rows, "centred").empty).toEqual([4]);
  });
  it("counter-example: the neighbours' names level with their own 序号 lines leave the empty row unflagged (it has none)", () => {
    const rows = [filled(0), filled(1), filled(2), filled(3), row(12, 14, 13), filled(5), filled(6)];
    expect(mergedPeople(rows, "centred").empty).toEqual([]);
  });
});

describe("seqNumberBound: each page of pdftotext -layout text on its own grid", () => {
  const head = at([1, "序号"], [16, "重点工作"], [36, "主办单位"], [52, "协办单位"]);
  // page 1: numbers at 5 (two digits end at 7), task text from 10; page 2: numbers at 2, task text from 7
  const page1 = [
    at([5, "8"], [10, "新引进总部型企业 10 家"], [36, "区商务局"], [52, "区财政局"]),
    at([10, "楼宇经济税收稳步增长"]),
    at([5, "9"], [10, "完成主干道改造提升"], [36, "区住建局"], [52, "区城管局"]),
    at([10, "新增公共停车泊位 2000 个"]),
    at([5, "10"], [10, "改造城镇老旧小区 45 个"], [36, "区住建局"], [52, "各街道办事处"]),
    at([5, "11"], [10, "完成棚户区改造征收"], [36, "区征收中心"], [52, "区住建局"]),
  ];
  const page2 = [
    "\f" + at([2, "12"], [7, "新建实验小学一所"], [30, "区教育局"], [44, "区财政局"]),
    at([7, "扩建幼儿园 3 所"]),
    at([2, "13"], [7, "推进区人民医院二期建设"], [30, "区卫健局"], [44, "区发改局"]),
    at([7, "新增床位 300 张"]),
  ];
  it("the numbers of a page end before that page's text: the 序号 column reaches past them", () => {
    const text = [head, ...page1, ...page2].join("\n");
    const h = findAlignedHeader(textDoc(text).lines)!;
    expect(seqNumberBound([...page1, ...page2], h)).toBe(7);
  });
  it("counter-example: a number running into its own page's text edge moves no boundary", () => {
    // page 1's wrapped task lines start at 7, where its two-digit numbers end
    const crowded = [...page1.map((l) => l.replace(/^ {10}(?=\S)/, "       ")), at([7, "确保按期完成"])];
    const text = [head, ...crowded, ...page2].join("\n");
    const h = findAlignedHeader(textDoc(text).lines)!;
    expect(seqNumberBound([...crowded, ...page2], h)).toBeUndefined();
  });
});

describe("shiftedPages: a later page laid out from its own left margin", () => {
  const head = at([2, "项目"], [14, "序号"], [22, "具体任务"], [46, "责任领导"], [58, "责任单位"]);
  const page1 = [
    at([0, "一、民生"], [14, "6"], [18, "提高城乡低保标准"], [46, "周建平"], [58, "县民政局"]),
    at([14, "7"], [18, "完成县中医院门诊综合楼建设"], [46, "彭勇"], [58, "县卫健局"]),
  ];
  // the next page prints no 项目 text: pdftotext starts it at its 序号 numbers
  const page2 = ["\f" + at([4, "新建乡镇敬老院 2 所"]), at([0, "8"], [32, "周建平"], [44, "县民政局"])];
  it("the page whose numbers (the next 序号) all stand left of the 序号 column moves right to where they stood", () => {
    const lines = textDoc([head, ...page1, ...page2].join("\n")).lines;
    const h = findAlignedHeader(lines)!;
    const out = shiftedPages(lines, h).map((l) => l.text);
    expect(out.slice(0, 3)).toEqual([head, ...page1]);
    expect(out.slice(3)).toEqual(["\f" + " ".repeat(14) + page2[0]!.slice(1), " ".repeat(14) + page2[1]]);
  });
  it("counter-example: a page with its numbers in the 序号 column, or numbers not following on, stays as printed", () => {
    const inPlace = ["\f" + at([18, "新建乡镇敬老院 2 所"]), at([14, "8"], [46, "周建平"], [58, "县民政局"])];
    const lines = textDoc([head, ...page1, ...inPlace].join("\n")).lines;
    const h = findAlignedHeader(lines)!;
    expect(shiftedPages(lines, h).map((l) => l.text)).toEqual(lines.map((l) => l.text));
    const jump = [page2[0]!, page2[1]!.replace(/^8/, "3")];
    const lines2 = textDoc([head, ...page1, ...jump].join("\n")).lines;
    expect(shiftedPages(lines2, findAlignedHeader(lines2)!).map((l) => l.text)).toEqual(lines2.map((l) => l.text));
  });
});
