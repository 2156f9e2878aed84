// Session 25's general rules, each with a counter-example (text that looks alike and must not be read so).
import { describe, expect, it } from "vitest";
import { numbersInCells } from "../../src/layouts/list/cellnumbers.js";
import { restoreDisplacedQuotes } from "../../src/text/hygiene.js";
import { parseText } from "../../src/index.js";
import { mergedPeople, straddlingCell, seqNumberBound, splitAtEdges, writesNumbersApart, type AlignedHeader, type MergeRow } from "../../src/layouts/aligned.js";
import { rowAboveFirst } from "../../src/validate/corroborate.js";
import { sectionBlobs } from "../../src/layouts/aligned/sections.js";
import { task } from "../helpers/tasks.js";

const L = (texts: readonly string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
const texts = (lines: readonly string[]) => numbersInCells(L(lines)).map((l) => l.text);
const records = async (lines: readonly string[]) =>
  (await parseText(lines.join("\n"))).tasks.map((t) => ({ seq: t.seq, section: t.section, task: t.task, lead: t.leadUnits, units: t.units, leaders: t.leaders, review: t.review.map((r) => r.code) }));

/** A two-column table `序号 | 工作任务及责任分工`, the second cell a task and its label lines. */
const TRUTH = [
  { seq: 1, section: ["一、扩大有效投资"], task: "新开工重点项目30个，完成投资120亿元。", lead: ["县发改局"], units: ["县财政局", "县自然资源局"], leaders: ["王明"], review: [] },
  { seq: 2, section: ["一、扩大有效投资"], task: "新建城市道路8公里，改造老旧小区12个。", lead: ["县住建局"], units: ["县交通运输局"], leaders: [], review: [] },
  { seq: 3, section: ["二、提升民生水平"], task: "新增城镇就业3000人，开展职业技能培训5000人次。", lead: ["县人社局"], units: ["县教育局", "县财政局"], leaders: ["李华"], review: [] },
  { seq: 4, section: ["二、提升民生水平"], task: "建成社区养老服务站10个。", lead: ["县民政局"], units: ["县卫健局"], leaders: [], review: [] },
];

describe("the 序号 cell of a `序号 | 工作任务及责任分工` table, printed apart from its row's text", () => {
  // `pdftotext -raw`: the number alone over the task, the header printed again after a page break inside a task
  const raw = [
    "附件", "2026年县政府工作报告目标任务分解", "序号 工作任务及责任分工",
    "一、扩大有效投资",
    "1", "新开工重点项目30个，完成投资120亿", "元。", "牵头单位：县发改局", "责任单位：县财政局、县自然资源局", "责任领导：王明",
    "2", "新建城市道路8公里，改造老旧小区12个。", "牵头单位：县住建局", "责任单位：县交通运输局",
    "二、提升民生水平",
    "3 新增城镇就业3000人，开展职业技能培", "— 2 —", "序号 工作任务及责任分工", "训5000人次。", "牵头单位：县人社局", "责任单位：县教育局、县财政局", "责任领导：李华",
    "4", "建成社区养老服务站10个。", "牵头单位：县民政局", "责任单位：县卫健局",
  ];
  // poppler's default order: the number in the middle of the row's lines, even inside the sentence, or after a label;
  // the last page's numbers printed together as a column block
  const centred = [
    "附件", "2026年县政府工作报告目标任务分解", "序号", "工作任务及责任分工",
    "一、扩大有效投资",
    "新开工重点项目30个，完成投资120亿", "1", "元。", "牵头单位：县发改局", "责任单位：县财政局、县自然资源局", "责任领导：王明",
    "新建城市道路8公里，改造老旧小区12个。", "牵头单位：县住建局", "2", "责任单位：县交通运输局",
    "二、提升民生水平", "— 2 —", "序号", "3", "", "4", "工作任务及责任分工",
    "新增城镇就业3000人，开展职业技能培", "训5000人次。", "牵头单位：县人社局", "责任单位：县教育局、县财政局", "责任领导：李华",
    "建成社区养老服务站10个。", "牵头单位：县民政局", "责任单位：县卫健局",
  ];
  // `pdftotext -layout`: the number in the left margin of the row's middle line, right-aligned or not
  const layout = [
    "附件", "          2026年县政府工作报告目标任务分解", "序号             工作任务及责任分工",
    "一、扩大有效投资",
    "    新开工重点项目30个，完成投资120亿", " 1  元。", "    牵头单位：县发改局", "    责任单位：县财政局、县自然资源局", "    责任领导：王明",
    "    新建城市道路8公里，改造老旧小区12个。", "  2 牵头单位：县住建局", "    责任单位：县交通运输局",
    "二、提升民生水平",
    "    新增城镇就业3000人，开展职业技能培", "", "                 — 2 —", "序号             工作任务及责任分工", "    训5000人次。",
    " 3  牵头单位：县人社局", "    责任单位：县教育局、县财政局", "    责任领导：李华",
    "    建成社区养老服务站10个。", " 4", "    牵头单位：县民政局", "    责任单位：县卫健局",
  ];

  it("is taken off its line and set before the row's first line, whole sentences joined again", () => {
    const out = texts(centred);
    expect(out).toContain("1．新开工重点项目30个，完成投资120亿");
    expect(out).toContain("3．新增城镇就业3000人，开展职业技能培");
    expect(out).toContain("4．建成社区养老服务站10个。");
    expect(out.filter((t) => /^\d+$/.test(t.trim()))).toEqual([]);
    expect(texts(layout)).toContain("    2．新建城市道路8公里，改造老旧小区12个。");
    expect(texts(layout)).toContain("    牵头单位：县人社局");
  });

  it("reads each form as the table's records", async () => {
    expect(await records(raw)).toEqual(TRUTH);
    expect(await records(centred)).toEqual(TRUTH);
    expect(await records(layout)).toEqual(TRUTH);
  });

  it("counter-example: numbers that do not count on row by row (quantities wrapped onto lines of their own) stay text", () => {
    const lines = [
      "序号 工作任务及责任分工", "新开工重点项目", "30", "个。", "牵头单位：县发改局",
      "新建城市道路", "8", "公里。", "牵头单位：县住建局", "新增就业", "3000", "人。", "牵头单位：县人社局",
    ];
    expect(texts(lines)).toEqual(lines);
  });

  it("counter-example: a row holding a second number alone on a line (a quantity wrapped so, or a page's number) leaves the text as printed", () => {
    const lines = ["序号 工作任务", "1", "新开工项目", "2", "个。", "牵头单位：县发改局", "2", "新建道路。", "牵头单位：县住建局", "3", "新增就业。", "牵头单位：县人社局"];
    expect(texts(lines)).toEqual(lines);
  });

  it("counter-example: too few rows, no label lines at all, or no header naming the 序号 column, leave the text as printed", () => {
    const two = ["序号 工作任务", "1", "新开工项目。", "牵头单位：县发改局", "2", "新建道路。", "牵头单位：县住建局"];
    expect(texts(two)).toEqual(two);
    const prose = ["序号 工作任务", "1", "新开工项目。", "2", "新建道路。", "3", "新增就业。", "4", "新建学校。"];
    expect(texts(prose)).toEqual(prose);
    // a repost's lone numbers over its tasks, a title and a lead paragraph above them
    const repost = ["今年这3件民生实事", "3月5日，县政府办公室印发分工方案。", "", "1", "新建幼儿园。", "牵头单位：县教育局", "", "2", "新建道路。", "牵头单位：县住建局", "", "3", "新增就业。", "牵头单位：县人社局"];
    expect(texts(repost)).toEqual(repost);
    expect(texts(["序号 工作任务", ...repost.slice(3)])).toContain("1．新建幼儿园。");
  });

  it("counter-example: in -layout text a number inside the text column (a wrapped quantity) is no margin number", () => {
    const lines = [
      "序号    工作任务及责任分工",
      "    新开工重点项目", "    30 个。", "    牵头单位：县发改局", "    新建城市道路", "    8 公里。", "    牵头单位：县住建局",
      "    新增就业", "    3000 人。", "    牵头单位：县人社局",
    ];
    expect(texts(lines)).toEqual(lines);
  });
});

describe("a Roman numeral printed in another font at the end of the line above (`-raw`: `达到 88% Ⅲ` | `水质达到 类以`)", () => {
  it("goes back into the one gap the next line has", () => {
    expect(restoreDisplacedQuotes(["空气质量优良率达到 88% Ⅲ", "以上，断面水质稳定达到 类以"]).lines).toEqual(["空气质量优良率达到 88%", "以上，断面水质稳定达到Ⅲ类以"]);
  });
  it("counter-examples: a next line with no gap or two gaps, a numeral glued to the text before it", () => {
    expect(restoreDisplacedQuotes(["水质达到 Ⅲ", "类标准。"]).lines).toEqual(["水质达到 Ⅲ", "类标准。"]);
    expect(restoreDisplacedQuotes(["水质达到 Ⅲ", "以上 责任领导 王明"]).lines).toEqual(["水质达到 Ⅲ", "以上 责任领导 王明"]);
    expect(restoreDisplacedQuotes(["水质达到Ⅲ", "类以上，达到 标准"]).lines).toEqual(["水质达到Ⅲ", "类以上，达到 标准"]);
  });
});

describe("-layout text: a centred row's 序号 printed one space before a line of its task (` 1 术企业200家…`)", () => {
  // the header's 序 printed alone over 号 ends at position 1, so the column bound before the numbers is 1
  const h: AlignedHeader = { index: 0, used: 1, metric: "chars", headers: ["序号", "具体任务", "牵头单位", "责任单位"], columns: ["seq", "task", "leadUnits", "units"], bounds: [-Infinity, 1, 24, 34] };
  it("moves the 序号 column's end past the numbers when their text starts at the task column's edge", () => {
    const body = [
      "   实施高新技术企业倍增计划，新认定高新技",
      " 1 术企业200家，科技型中小企业评价入库     县科技局   县财政局",
      "   800家以上。",
      "   加快实验室建设，引进共建研发机构5家，",
      " 2 建设省级以上创新平台12个，全社会研发    县科技局   县教育局",
      "   投入强度达到2.6%。",
      "   新建城市道路8公里，改造老旧小区12个，",
      " 3 新增停车泊位3000个，建成口袋公园15      县住建局   县交通运输局",
      "   个。",
    ];
    expect(seqNumberBound(body, h)).toBe(2);
  });
  it("counter-example: wrapped task lines starting at the text's edge with a number and a space (`2 家以上…`)", () => {
    const body = [
      "   实施高新技术企业倍增计划，新认定高新技       县科技局   县财政局",
      "   2 家以上，科技型中小企业评价入库",
      "   加快实验室建设，引进共建研发机构",
      "   5 家，建设省级以上创新平台12个    县科技局   县教育局",
      "   新建城市道路8公里，改造老旧小区",
      "   3 个，新增停车泊位3000个      县住建局   县交通运输局",
    ];
    expect(seqNumberBound(body, h)).toBeUndefined();
  });
});

describe("-layout text: a number ending a cell one space before the next column's text (`…小区120 市住房城乡建`)", () => {
  const seg = { text: "改造城镇老旧小区120 市住房城乡建", start: 3, end: 21 };
  it("is cut there, at the next column's edge, where the text writes numbers close to words", () => {
    expect(splitAtEdges(seg, [15], "chars", undefined, false).map((x) => [x.text, x.start])).toEqual([["改造城镇老旧小区120", 3], ["市住房城乡建", 15]]);
  });
  it("counter-examples: a text that spaces its numbers, a measure word after the number, a space away from any edge", () => {
    expect(splitAtEdges(seg, [15], "chars", undefined, true)).toHaveLength(1);
    expect(splitAtEdges({ text: "改造城镇老旧小区120 个城中村", start: 3, end: 19 }, [15], "chars", undefined, false)).toHaveLength(1);
    expect(splitAtEdges(seg, [24], "chars", undefined, false)).toHaveLength(1);
  });
  it("reads the text's habit from numbers inside its sentences, not from the rows' 序号", () => {
    expect(writesNumbersApart(["改造老旧小区 15 个，加装电梯 30 部", "新建道路 8 公里"])).toBe(true);
    expect(writesNumbersApart(["改造老旧小区15个，加装电梯30部", "新建道路8公里"])).toBe(false);
    expect(writesNumbersApart([" 3 个，新增停车泊位3000个", " 4 推进城市更新，改造小区12个"])).toBe(false);
  });
});

describe("a heading printed over the rows not read before a table's first row read", () => {
  const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
  const at = (seq: number, line: number, section: string[] = []) => task(seq, { source: { line }, section });
  it("warns on the rows read after them that have no heading of their own", () => {
    const doc = lines(["一、聚焦科技创新", "   实施高新技术企业倍增计划。", " 1 新认定高新技术企业200家。   市科技局", "序   具体任务   牵头部门", "号", " 2 加快实验室建设。   市科技局", " 3 深化科创飞地合作。  市科技局", "二、聚焦产业强市", " 4 做强三大产业集群。  市工信局"]);
    const out = rowAboveFirst([at(2, 6), at(3, 7), at(4, 9, ["二、聚焦产业强市"])], doc);
    expect(out.map((x) => [x.code, x.seq])).toEqual([["ROW_NOT_READ", 1], ["SECTION_NOT_READ", 2], ["SECTION_NOT_READ", 3]]);
  });
  it("counter-examples: no heading above the row missed, or the first row read has its heading", () => {
    const plain = lines(["附件", " 1 新认定高新技术企业200家。   市科技局", "序   具体任务   牵头部门", " 2 加快实验室建设。   市科技局"]);
    expect(rowAboveFirst([at(2, 4), at(3, 5)], plain).map((x) => x.code)).toEqual(["ROW_NOT_READ"]);
    const headed = lines(["一、聚焦科技创新", " 1 新认定高新技术企业200家。   市科技局", "序   具体任务   牵头部门", " 2 加快实验室建设。   市科技局"]);
    expect(rowAboveFirst([at(2, 4, ["一、聚焦科技创新"])], headed).map((x) => x.code)).toEqual(["ROW_NOT_READ"]);
  });
});

describe("the 序号 cell's rows in a Writer-made PDF's text: wrapped label lines, a number before a label, a new page", () => {
  it("a label line's names wrapped onto the next line stay the row's labels and join again", () => {
    const lines = [
      "序号 工作任务及责任分工", "一、扩大有效投资",
      "1", "新开工重点项目30个。", "牵头单位：县发改局", "责任单位：县财政局、县城市管理综合行政", "执法局",
      "2 新建城市道路8公里。", "牵头单位：县住建局", "责任单位：县交通运输局、各乡镇", "人民政府",
      "3", "新增城镇就业3000人。", "牵头单位：县人社局", "责任单位：县经济开发区管理委员", "会", "责任领导：李华",
    ];
    const out = texts(lines);
    expect(out).toContain("责任单位：县财政局、县城市管理综合行政执法局");
    expect(out).toContain("责任单位：县交通运输局、各乡镇人民政府");
    expect(out).toContain("责任单位：县经济开发区管理委员会");
    expect(out.filter((t) => /^\d．/.test(t))).toEqual(["1．新开工重点项目30个。", "2．新建城市道路8公里。", "3．新增城镇就业3000人。"]);
  });
  it("counter-example: a short task after a label line (a sentence, or no name with the label's last) opens the next row", () => {
    const lines = [
      "序号 工作任务及责任分工",
      "1", "新开工重点项目30个。", "牵头单位：县发改局",
      "2", "新建学校3所。", "牵头单位：县教育局",
      "3", "建成公园2个", "牵头单位：县住建局",
    ];
    expect(texts(lines).filter((t) => /^\d．/.test(t))).toEqual(["1．新开工重点项目30个。", "2．新建学校3所。", "3．建成公园2个"]);
  });
  it("a number printed one space before a label line (` 11 牵头单位：…`) is that row's", () => {
    const lines = ["序号 工作任务及责任分工", "新开工重点项目30个。", "1 牵头单位：县发改局", "责任单位：县财政局", "新建道路8公里。", "2 牵头单位：县住建局", "责任单位：县交通局", "新增就业3000人。", "3 牵头单位：县人社局", "责任单位：县财政局"];
    expect(texts(lines)).toEqual(["序号 工作任务及责任分工", "1．新开工重点项目30个。", "牵头单位：县发改局", "责任单位：县财政局", "2．新建道路8公里。", "牵头单位：县住建局", "责任单位：县交通局", "3．新增就业3000人。", "牵头单位：县人社局", "责任单位：县财政局"]);
  });
  it("a row starting a new page (its first line opening with a form feed) reads whole (fixtures/dumps3/cell-jinghe.layout.txt holds the case the form feed broke)", async () => {
    const layout = [
      "附件", "序号        工作任务及责任分工",
      "     新开工重点项目30个，完成投资120亿", "     元。", " 1   牵头单位：县发改局", "     责任单位：县财政局", "",
      "\f     新建城市道路8公里，改造老旧小区12", "      个。", " 2   牵头单位：县住建局", "     责任单位：县交通局", "",
      "     新增城镇就业3000人，开展职业技能培", "     训5000人次。", " 3   牵头单位：县人社局", "     责任单位：县财政局",
    ];
    expect((await parseText(layout.join("\n"))).tasks.map((t) => [t.seq, t.task, t.leadUnits])).toEqual([
      [1, "新开工重点项目30个，完成投资120亿元。", ["县发改局"]],
      [2, "新建城市道路8公里，改造老旧小区12个。", ["县住建局"]],
      [3, "新增城镇就业3000人，开展职业技能培训5000人次。", ["县人社局"]],
    ]);
  });
});

describe("-raw text of a table pairing 责任单位 | 责任人 line by line, a third people column beside them", () => {
  const table = (supervisor: boolean) =>
    [
      "附件", "2026年县政府工作报告目标任务分解表", "序", "号 工作任务 责任单位 责任人 分管领导", "一、扩大有效需求",
      "1 地区生产总值增长6%左右，固定资产投资增长8%，", "社会消费品零售总额增长6.5%。",
      "县发改局 钟立明", ...(supervisor ? ["齐振华"] : []), "县统计局 符小晴", "县商务局 莫廷轩",
      "2", "全年实施县级重点项目85个，完成投资260亿元，其中", "产业项目投资占比达到55%以上。",
      "县发改局 钟立明", ...(supervisor ? ["齐振华"] : []), "县自然资源局 冉立凯", "县住建局 甘成林",
      "3 开展消费季活动40场以上，新增限额以上商贸企业60家。", "县商务局 莫廷轩", ...(supervisor ? ["齐振华"] : []), "县文旅局 戴雨桐",
      "4 争取中央和省预算内投资25亿元以上。", "县财政局 韦小澜", ...(supervisor ? ["齐振华"] : []), "县发改局 钟立明",
    ].join("\n");
  const people = async (text: string) => (await parseText(text)).tasks.map((t) => [t.seq, t.units, t.leaders, t.supervisors]);
  it("a person beside a unit is its 责任人, a person on a line of their own the 分管领导", async () => {
    expect(await people(table(true))).toEqual([
      [1, ["县发改局", "县统计局", "县商务局"], ["钟立明", "符小晴", "莫廷轩"], ["齐振华"]],
      [2, ["县发改局", "县自然资源局", "县住建局"], ["钟立明", "冉立凯", "甘成林"], ["齐振华"]],
      [3, ["县商务局", "县文旅局"], ["莫廷轩", "戴雨桐"], ["齐振华"]],
      [4, ["县财政局", "县发改局"], ["韦小澜", "钟立明"], ["齐振华"]],
    ]);
  });
  it("counter-example: with no one apart, everyone beside a unit stays a 责任人", async () => {
    expect((await people(table(false))).map(([seq, , leaders, supervisors]) => [seq, leaders, supervisors])).toEqual([
      [1, ["钟立明", "符小晴", "莫廷轩"], []],
      [2, ["钟立明", "冉立凯", "甘成林"], []],
      [3, ["莫廷轩", "戴雨桐"], []],
      [4, ["韦小澜", "钟立明"], []],
    ]);
  });
});

describe("-layout text: an empty people cell beside a name with an empty row on its other side too", () => {
  const cols = ["seq", "task", "leadUnits", "supervisors"] as Array<MergeRow["columns"][number]>;
  /** a row on lines [from, to] with its own unit, a name level with its middle (or none) */
  const row = (from: number, to: number, name?: string): MergeRow => ({
    row: { cells: [{ lines: [{ text: "1" }] }, { lines: [{ text: "任务" }] }, { lines: [{ text: "区发改局" }] }, { lines: name ? [{ text: name }] : [] }] } as MergeRow["row"],
    columns: cols,
    geometry: { from, to, page: 0, resp: [from, to], cols: [[from, from], [from, to], [from, to], name ? [(from + to) / 2, (from + to) / 2] : undefined] },
  });
  it("in a column that names most rows, both empty rows are flagged (one cell merged over the three, centred on the middle)", () => {
    const rows = [row(1, 3, "周海"), row(4, 6, "吴兰"), row(7, 9), row(10, 12, "孙杰"), row(13, 15), row(16, 18, "钱多"), row(19, 21, "赵六")];
    expect(mergedPeople(rows, "centred").empty).toEqual([2, 4]);
  });
  it("counter-example: an empty row beside names on both sides, or beside a name whose other side is filled, stays unflagged", () => {
    const rows = [row(1, 3, "周海"), row(4, 6, "吴兰"), row(7, 9), row(10, 12, "孙杰"), row(13, 15, "李四"), row(16, 18, "钱多"), row(19, 21, "赵六")];
    expect(mergedPeople(rows, "centred").empty).toEqual([]);
  });
});

describe("-layout text: a narrow merged category cell's text centred over its rows (`推动产业提质增` | `效`)", () => {
  it("a shorter last line inside the line above it is that cell's", () => {
    const blobs = sectionBlobs([{ line: 10, start: 5, end: 19, text: "推动产业提质增" }, { line: 11, start: 8, end: 10, text: "效" }]);
    expect(blobs.map((b) => b.texts)).toEqual([["推动产业提质增", "效"]]);
  });
  it("counter-examples: a line reaching past the cell, a line after a full stop, a heading of its own", () => {
    expect(sectionBlobs([{ line: 10, start: 5, end: 19, text: "推动产业提质增" }, { line: 11, start: 8, end: 24, text: "效益稳步提升行动" }])).toHaveLength(2);
    expect(sectionBlobs([{ line: 10, start: 5, end: 19, text: "推动产业提质。" }, { line: 11, start: 8, end: 10, text: "效" }])).toHaveLength(2);
    expect(sectionBlobs([{ line: 10, start: 5, end: 19, text: "一、推动产业提质" }, { line: 11, start: 7, end: 17, text: "二、扩大开放" }])).toHaveLength(2);
  });
});

describe("-layout text: a two-line people cell centred on a row's one line (`梁书远` | `4 外贸…` | `万书衡`)", () => {
  const columns = ["seq", "task", "supervisors", "leadUnits"] as const;
  const line = (...cells: string[]) => ({ cells: cells.map((c) => (c ? [c] : [])) });
  const b = {
    columns: [...columns],
    lines: [line("3", "规模以上工业增加值增长8%。", "", "市工信局"), line("", "", "梁书远", ""), line("4", "外贸进出口总额突破420亿元。", "", "市商务局"), line("", "", "万书衡", ""), line("5", "新增就业3000人。", "", "市人社局")],
  };
  it("the line below, cut into the next row, may be the row's: both rows are in doubt", () => {
    expect(straddlingCell(b, [{ from: 0, to: 0 }, { from: 1, to: 2 }, { from: 3, to: 4 }], [0, 2, 4], 1)).toBe(true);
  });
  it("counter-examples: the line below given to the row itself, or holding other columns' text too, or the 序号 line holding a name", () => {
    expect(straddlingCell(b, [{ from: 0, to: 0 }, { from: 1, to: 3 }, { from: 4, to: 4 }], [0, 2, 4], 1)).toBe(false);
    const busy = { ...b, lines: b.lines.map((l, i) => (i === 3 ? line("", "发展。", "万书衡", "") : l)) };
    expect(straddlingCell(busy, [{ from: 0, to: 0 }, { from: 1, to: 2 }, { from: 3, to: 4 }], [0, 2, 4], 1)).toBe(false);
    const level = { ...b, lines: b.lines.map((l, i) => (i === 2 ? line("4", "外贸进出口总额突破420亿元。", "周海", "市商务局") : l)) };
    expect(straddlingCell(level, [{ from: 0, to: 0 }, { from: 1, to: 2 }, { from: 3, to: 4 }], [0, 2, 4], 1)).toBe(false);
  });
});
