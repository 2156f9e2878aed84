// Rules from session 21, each with a counter-example: a narrow 类别 cell and a unit cut by a page break in a
// PDF's `-raw` text (the next page prints the cells' rests first, after the repeated header), and a unit's
// last character wrapped before a list's 、.
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import { splitEntities } from "../../src/names/split.js";
import { cutHeadingRest } from "../../src/layouts/flat/anatomy.js";
import type { Result } from "../../src/model/schema.js";

const rows = (r: Result) => r.tasks.map((t) => [t.seq, t.section.join("/"), t.units, t.leaders]);
const codes = (r: Result, seq: number) => r.tasks.find((t) => t.seq === seq)!.review.map((x) => x.code);

/** `-raw` text of a table 类别 | 主要任务 | 责任单位 | 牵头领导, the 类别 cell printed three characters wide. */
function rawTable(pageTop: string, heading2: readonly string[]): string {
  return [
    "附件",
    "2025年县《政府工作报告》主要任务分工",
    "类别 主要任务 责任单位 牵头领导",
    "一、扩大", "有效需求",
    "1.全年实施重点项目80个，完成投资60亿元，",
    "其中新开工项目30个。",
    "县发展和改革局",
    "苏明远",
    "2.争取专项债券额度5亿元，上级资金10亿",
    "元。",
    "县财政局",
    "苏明远",
    ...heading2,
    "3.推进经济开发区扩区调位，规上工业企业",
    "达到150家。",
    "县经济开发区管委",
    "会、县农业农",
    "林明哲",
    "\f类别 主要任务 责任单位 牵头领导",
    pageTop,
    "4.新认定高新技术企业10家、科技型中小企",
    "业30家。",
    "县科学技术局",
    "林明哲",
    "5.推动农产品精深加工，农产品加工业产值",
    "增长8%。",
    "县农业农村局",
    "林明哲",
    "三、推进",
    "城乡融合",
    "6.完成老旧小区改造20个，新建城市道路",
    "5公里。",
    "县住房和城乡建设局",
    "周启航",
    "7.新改建农村公路40公里，建设美丽乡村示",
    "范村10个。",
    "县交通运输局",
    "县农业农村局",
    "周启航",
  ].join("\n") + "\n";
}

describe("a narrow 类别 cell cut by a page break, its rest printed first at the next page's top", () => {
  it("joins the rest onto the heading (every piece before the break as wide as the column) and flags the cut row", async () => {
    const r = await parseText(rawTable("升级 村局", ["二、加快", "产业转型"]));
    expect(rows(r)).toEqual([
      [1, "一、扩大有效需求", ["县发展和改革局"], ["苏明远"]],
      [2, "一、扩大有效需求", ["县财政局"], ["苏明远"]],
      [3, "二、加快产业转型升级", ["县经济开发区管委会", "县农业农村局"], ["林明哲"]],
      [4, "二、加快产业转型升级", ["县科学技术局"], ["林明哲"]],
      [5, "二、加快产业转型升级", ["县农业农村局"], ["林明哲"]],
      [6, "三、推进城乡融合", ["县住房和城乡建设局"], ["周启航"]],
      [7, "三、推进城乡融合", ["县交通运输局", "县农业农村局"], ["周启航"]],
    ]);
    expect(codes(r, 3)).toContain("SECTION_CUT_AT_PAGE");
    expect(codes(r, 4)).toEqual([]);
  });
  it("counter-example: a heading whose last piece is shorter ended on its page; the page-top piece is not taken", () => {
    const h = (fragments: string[]) => [{ level: 1, fragments, line: 1 }];
    expect(cutHeadingRest(h(["二、加快", "产业转型"]), "升级 村局")).toEqual({ rest: "升级", names: "村局" });
    expect(cutHeadingRest(h(["二、加快", "产业"]), "升级 村局")).toBeNull();
    // a name first is a cell's rest of its own, not the heading's
    expect(cutHeadingRest(h(["二、加快", "产业转型"]), "县财政局 林明哲")).toBeNull();
    // longer than the column: no piece of it
    expect(cutHeadingRest(h(["二、加快", "产业转型"]), "升级发展动能 村局")).toBeNull();
    // a single line is no evidence of the column's width
    expect(cutHeadingRest(h(["二、加快产业转型"]), "升级 村局")).toBeNull();
  });
});

describe("a unit's ending printed at the next page's top", () => {
  it("completes the first page's unfinished unit (`县农业农` | break | `村局`)", async () => {
    const r = await parseText(rawTable("村局", ["二、加快产业转型升级"]));
    expect(rows(r)[2]).toEqual([3, "二、加快产业转型升级", ["县经济开发区管委会", "县农业农村局"], ["林明哲"]]);
    expect(codes(r, 3)).not.toContain("FLAT_UNRECOGNISED_NAME");
  });
  it("counter-example: a piece that completes no unit ending stays where its cell puts it", async () => {
    const r = await parseText(rawTable("新区", ["二、加快产业转型升级"]));
    expect(r.tasks[2]!.units).not.toContain("县农业农新区");
    // a two-character name with a level of its own is a unit, not an ending
    const own = await parseText(rawTable("县委", ["二、加快产业转型升级"]));
    expect(own.tasks[2]!.units).toContain("县委");
    expect(own.tasks[2]!.units).not.toContain("县农业农县委");
  });
});

describe("a unit's last character wrapped before a list's 、", () => {
  const split = (...lines: string[]) => splitEntities(lines.map((text) => ({ text })), "unit");
  it("joins the character to the unit before it (`开发区管委` | `会、县工信局`)", () => {
    expect(split("县经济开发区管委", "会、县工信局")).toEqual(["县经济开发区管委会", "县工信局"]);
  });
  it("counter-example: a whole name before the 、 opens a name of its own", () => {
    expect(split("县发改局", "县财政局、县工信局")).toEqual(["县发改局", "县财政局", "县工信局"]);
    expect(split("县发改局", "各乡镇、县工信局")).toEqual(["县发改局", "各乡镇", "县工信局"]);
  });
});

describe("role labels inside a unit cell, a people label among them", () => {
  const table = (cell: string) =>
    `| 序号 | 目标任务 | 责任单位 |\n|---|---|---|\n| 1 | 新增规上工业企业30家。 | ${cell} |\n| 2 | 新建5G基站300个。 | 牵头单位：县工信局；配合单位：县通信发展办 |\n`;
  it("each label's names go to its field, the people's too (`责任领导：W`)", async () => {
    const r = await parseText(table("牵头单位：县工信局；配合单位：县统计局、县科技局；责任领导：林晓明"));
    const t = r.tasks[0]!;
    expect([t.leadUnits, t.units, t.coUnits, t.leaders]).toEqual([["县工信局"], [], ["县统计局", "县科技局"], ["林晓明"]]);
    expect(t.review.map((x) => x.code)).not.toContain("UNIT_HOLDS_LABEL");
  });
  it("counter-example: a people label alone names no unit role: the cell is left as printed", async () => {
    const r = await parseText(table("责任领导：林晓明"));
    expect(r.tasks[0]!.leaders).toEqual([]);
  });
});

describe("a table without a 序号 column, its tasks numbered in brackets inside the task cell", () => {
  it("（1）（2）… open the rows (the number restarting under each 类别)", async () => {
    const text =
      "| 类别 | 主要任务 | 责任单位 |\n|---|---|---|\n" +
      "| 一、扩大有效投资 | （1）全年实施重点项目110个。 | 县发改局 |\n| | （2）争取上级资金18亿元。 | 县财政局 |\n" +
      "| 二、壮大实体经济 | （1）新增规上工业企业25家。 | 县工信局 |\n";
    const r = await parseText(text);
    expect(r.tasks.map((t) => [t.seq, t.section.join(""), t.task, t.units])).toEqual([
      [1, "一、扩大有效投资", "全年实施重点项目110个。", ["县发改局"]],
      [2, "一、扩大有效投资", "争取上级资金18亿元。", ["县财政局"]],
      [3, "二、壮大实体经济", "新增规上工业企业25家。", ["县工信局"]],
    ]);
  });
  it("counter-example: a year in brackets (`（2024）`) or a decimal is no number of a task", async () => {
    const { NUMBERED_TASK } = await import("../../src/table/lexicon.js");
    expect(NUMBERED_TASK.test("（2024）年度重点项目")).toBe(false);
    expect(NUMBERED_TASK.test("（1.5）倍")).toBe(false);
    expect(NUMBERED_TASK.exec("（12）新建学校")?.[2]).toBe("12");
    expect(NUMBERED_TASK.exec("3、新建学校")?.[1]).toBe("3");
  });
});

describe("quotes a PDF's stream-order text printed apart from their words", () => {
  it("go back into the gaps they left, group by group, in order", async () => {
    const { restoreDisplacedQuotes } = await import("../../src/text/hygiene.js");
    const r = restoreDisplacedQuotes(["3. “ ”", "落实重大项目 赛马比拼 机制，每季度组织观摩。", "家、数字化车间 12 “ ”", "个，推动 专精特新 企业培育。", "深化创建，常态化开展 文明交", "”“ ”", "通 文明餐桌 等专项行动。"]);
    expect(r.lines).toEqual(["", "3. 落实重大项目“赛马比拼”机制，每季度组织观摩。", "家、数字化车间 12", "个，推动“专精特新”企业培育。", "深化创建，常态化开展 文明交", "", "通”“文明餐桌”等专项行动。"]);
    expect([...r.emptied]).toEqual([0, 5]);
  });
  it("a number in brackets the quotes cut in two is one line again", async () => {
    const { restoreDisplacedQuotes } = await import("../../src/text/hygiene.js");
    expect(restoreDisplacedQuotes(["（3 “ ”", "）全面推行 拿地即开工 审批模式"]).lines).toEqual(["", "（3）全面推行“拿地即开工”审批模式"]);
  });
  it("counter-example: groups and gaps not as many, or a quote ending a line with no space before it, stay as printed", async () => {
    const { restoreDisplacedQuotes } = await import("../../src/text/hygiene.js");
    const odd = ["5. “ ”", "落实重大项目 赛马比拼机制。"];
    expect(restoreDisplacedQuotes(odd).lines).toEqual(odd);
    const wrapped = ["常态化开展“", "文明交通”行动。"];
    expect(restoreDisplacedQuotes(wrapped).lines).toEqual(wrapped);
  });
  it("the text read keeps the source line numbers of what is left", async () => {
    const r = await parseText(["2024年重点任务", "1. “ ”", "落实 赛马比拼 机制。（牵头单位：县发改局）", "2.新建学校2所。（牵头单位：县教育局）"].join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.task, t.source.line])).toEqual([
      [1, "落实“赛马比拼”机制。", 3],
      [2, "新建学校2所。", 4],
    ]);
  });
});

describe("a wrapped unit joined by the document's own spelling, the list before it aside", () => {
  it("`县农业农村局、各乡` | `镇人民政府` joins when the notice writes 各乡镇人民政府 whole", () => {
    const split = (known: string) => splitEntities([{ text: "县农业农村局、各乡" }, { text: "镇人民政府" }], "unit", { documentText: known });
    expect(split("各乡镇人民政府，县直各单位：现将任务分解印发给你们。")).toEqual(["县农业农村局", "各乡镇人民政府"]);
    // counter-example: a document that never writes the joined name keeps the two as printed
    expect(split("县直各单位：现将任务分解印发给你们。")).toEqual(["县农业农村局", "各乡", "镇人民政府"]);
  });
});

describe("a web table copied as text, a row broken inside a cell, the merged cell it lies under left out", () => {
  const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
  it("joins the row's lines though it stays short of the header's width (the next line opens a row)", async () => {
    const { joinBrokenCells } = await import("../../src/layouts/tsv.js");
    const rows = lines(["2\t争取上级资金30亿元。\t县发改局", "县财政局\t谭景行", "3\t建成一级公路。\t县交通局\t程立言\t严守拙"]);
    expect(joinBrokenCells(rows, 0, ["2", "争取上级资金30亿元。", "县发改局"], 5, "\t")).toEqual({ fields: ["2", "争取上级资金30亿元。", "县发改局\n县财政局", "谭景行"], used: 2 });
  });
  it("counter-example: a line of one cell after a row (a heading) joins nothing", async () => {
    const { joinBrokenCells } = await import("../../src/layouts/tsv.js");
    const rows = lines(["2\t争取上级资金30亿元。\t县发改局", "二、产业升级", "3\t建成一级公路。\t县交通局\t程立言\t严守拙"]);
    expect(joinBrokenCells(rows, 0, ["2", "争取上级资金30亿元。", "县发改局"], 5, "\t")).toBeNull();
  });
  it("the copied table reads each row whole, the merged leader carried down and said", async () => {
    const text = [
      "序号\t工作任务\t责任单位\t牵头领导\t分管领导",
      "1\t实施重点项目150个。\t县发改局\n县重点项目中心\t谭景行\t邵南星",
      "2\t争取上级资金30亿元。\t县发改局",
      "县财政局\t谭景行",
      "3\t建成一级公路二期。\t县交通局\t程立言\t严守拙",
      "4\t改造老旧小区32个。\t县住建局",
      "县城管局\t程立言",
      "二、民生保障",
      "5\t新增就业5500人。\t县人社局\t柯雨桐\t秦望舒",
    ].join("\n").replace("\n县重点项目中心", "\t").replace("县发改局\t\t", "县发改局\t");
    const r = await parseText(text);
    const rows = r.tasks.map((t) => [t.seq, t.units, t.leaders, t.supervisors]);
    expect(rows[1]).toEqual([2, ["县发改局", "县财政局"], ["谭景行"], ["邵南星"]]);
    expect(rows[3]).toEqual([4, ["县住建局", "县城管局"], ["程立言"], ["严守拙"]]);
    // (the heading row after row 4's broken lines is no part of them: it heads row 5)
    expect(r.tasks.map((t) => t.section.join(""))).toEqual(["", "", "", "", "二、民生保障"]);
    expect(r.tasks[1]!.review.map((x) => x.code)).toContain("CELL_MERGED_ABOVE");
  });
});

describe("numbers per section inside the task cells, in a text dump", () => {
  it("sectionRuns: runs restarting at 1 after a heading line are the table's rows", async () => {
    const { sectionRuns } = await import("../../src/layouts/gluednumber.js");
    const found = [{ i: 2, seq: 1 }, { i: 5, seq: 2 }, { i: 9, seq: 1 }, { i: 12, seq: 2 }, { i: 14, seq: 3 }];
    expect(sectionRuns(found, (i) => i === 1 || i === 8)?.map((r) => r.length)).toEqual([2, 3]);
    // (a 类别 cell centred on its rows prints its heading amid the run before the restart)
    expect(sectionRuns(found, (i) => i === 1 || i === 3)?.map((r) => r.length)).toEqual([2, 3]);
    // counter-example: sub-points restarting in every cell, no heading between: no rows
    expect(sectionRuns(found, () => false)).toBeNull();
    expect(sectionRuns([{ i: 2, seq: 1 }, { i: 5, seq: 3 }], () => true)).toBeNull();
  });
});

describe("a ruled table whose 项目 column, merged over rows, stands before the 序号: a page top", () => {
  it("a row with its own 序号 under an empty 项目 cell opens its own record, not the rest of the row cut above", async () => {
    const { stitchCut, tableRows } = await import("../../src/layouts/lattice.js");
    const { h, run, tablesOf, v } = await import("../helpers/lattice.js");
    const { shows } = await import("../helpers/cell-lines.js");
    const cols = [v(0, 0, 60), v(100, 0, 60), v(150, 0, 60), v(250, 0, 60), v(300, 0, 60)];
    const page1 = [h(0, 0, 300), h(20, 0, 300), ...cols];
    const page2 = [h(0, 0, 300), h(20, 0, 300), h(40, 100, 300), h(60, 0, 300), ...cols];
    const header = [run("项目", 5, 5), run("序号", 105, 5), run("任务", 155, 5), run("责任单位", 255, 5)];
    const first = () => ({ ...tableRows(tablesOf(page1)[0]!, [...header, run("一、稳增长", 5, 25), run("1", 105, 25), run("甲任务", 155, 25), run("发改局", 255, 25)], 1)[1]!, openColumns: [0] });
    const [t2] = tablesOf(page2);
    const cut = first();
    const rows2 = tableRows(t2!, [...header, run("2", 105, 25), run("乙任务", 155, 25), run("财政局", 255, 25), run("3", 105, 45), run("丙任务", 155, 45), run("商务局", 255, 45)], 2);
    expect(rows2[1]!.cells.map((c) => shows(c.lines))).toEqual([[], ["2"], ["乙任务"], ["财政局"]]);
    stitchCut(cut, rows2, t2!);
    expect(cut.cells.map((c) => shows(c.lines))).toEqual([["一、稳增长"], ["1"], ["甲任务"], ["发改局"]]);
    expect(rows2.map((r) => !!r.stitched)).toEqual([false, false, false]);
    // counter-example: the rest of a cut row (no 序号) is still joined onto it
    const cut2 = { ...first(), openColumns: [0, 1, 2, 3] };
    const rest = tableRows(t2!, [...header, run("乙丙", 155, 25), run("3", 105, 45), run("丙任务", 155, 45), run("商务局", 255, 45)], 2);
    expect(stitchCut(cut2, rest, t2!)).toBe(true);
    expect(rest.map((r) => !!r.stitched)).toEqual([false, true, false]);
  });
});

describe("a table whose unit cells print role labels, in stream-order text", () => {
  const raw = [
    "附件",
    "2022年目标任务责任分解",
    "序号 目标任务 责任单位 完成时限",
    "一、主要预期目标",
    "1 地区生产总值增长7%左右。",
    "牵头单位：县发展和改革局",
    "配合单位：县统计局、县直各有",
    "关单位",
    "2022年12",
    "月",
    "2 一般公共预算收入增长6%。",
    "牵头单位：县财政局",
    "配合单位：县税务局",
    "2022年12",
    "月",
    "3 新增规上工业企业20家，工业投资增长",
    "15%以上。",
    "牵头单位：县工业和信息化局",
    "配合单位：县统计局、县",
    "科学技术局",
    "责任领导：罗 成",
    "2022年11",
    "月",
  ];
  it("is read as the table it is (not as a list of labelled items), each label's names in its field", async () => {
    const r = await parseText(raw.join("\n"));
    expect(r.tables[0]!.layout).toBe("flat");
    expect(r.tasks.map((t) => [t.seq, t.task, t.leadUnits, t.coUnits, t.leaders])).toEqual([
      [1, "地区生产总值增长7%左右。", ["县发展和改革局"], ["县统计局", "县直各有关单位"], []],
      [2, "一般公共预算收入增长6%。", ["县财政局"], ["县税务局"], []],
      [3, "新增规上工业企业20家，工业投资增长15%以上。", ["县工业和信息化局"], ["县统计局", "县科学技术局"], ["罗成"]],
    ]);
  });
  it("counter-example: a list notice whose labels come before any header line stays a list", async () => {
    const { labelledCellsTable } = await import("../../src/layouts/flat.js");
    const list = ["2024年重点任务分解", "1.新建学校3所。", "牵头单位：县教育局", "配合单位：县财政局", "2.新增就业1000人。", "牵头单位：县人社局", "配合单位：县财政局"];
    expect(labelledCellsTable({ source: { format: "txt" }, lines: [...list, ...raw.slice(2)].map((text, i) => ({ text, line: i + 1 })) } as never)).toBe(false);
    expect(labelledCellsTable({ source: { format: "txt" }, lines: raw.map((text, i) => ({ text, line: i + 1 })) } as never)).toBe(true);
  });
});

describe("unit columns written as runs of text (`甲、乙`), in stream-order text: runs that do not settle the cut", () => {
  const table = (cover: boolean) =>
    [
      ...(cover ? ["各乡镇人民政府，县直各单位：现将任务分解印发给你们。"] : []),
      "附件",
      "2024年重点任务分解表",
      "序号 主要任务 牵头单位 责任单位",
      ...[
        ["全年谋划储备重大项目200个，滚动实施重点项目150个。", "县发改局", "县直各有关单位、各\n乡镇人民政府"],
        ["深入实施消费提质扩容行动，社会消费品零售总额增长8%。", "县商务局", "县市场监管局、县\n财政局、县城管局"],
        ["完善县乡村三级电子商务和物流配送体系，新建站点50个。", null, "县农业农村局、县\n交通运输局、县邮\n政公司"],
        ["加快文旅融合发展，全年接待游客500万人次。", "县文旅局", "县自然资源局、有\n关乡镇人民政府"],
        ["稳定粮食生产，粮食播种面积稳定在50万亩。", "县农业农村局", "县财政局、各乡镇\n人民政府"],
        ["健全公共卫生体系，完成县人民医院新院区建设。", "县卫健局", "县医保局、县人民\n医院"],
        ["巩固疫情防控成果，常态化做好重点人群服务。", "县疫情防控指挥部", "各成员单位、各乡\n镇人民政府"],
      ].flatMap(([task, lead, units], i) => [String(i + 1), task!, ...(lead ? [lead] : []), ...units!.split("\n")]),
    ].join("\n") + "\n";
  const codes = (r: Result) => r.tasks.map((t) => [t.seq, t.review.map((x) => x.code)]);
  it("one run, more units than the first column ever holds, one of them leading another row: kept where it went, flagged", async () => {
    for (const cover of [false, true]) {
      const r = await parseText(table(cover));
      expect(r.tasks[2]!.leadUnits).toEqual(["县农业农村局", "县交通运输局", "县邮政公司"]);
      expect(codes(r)[2]).toEqual([3, ["FLAT_ONE_UNIT_RUN"]]);
      // counter-example: a row whose first column lists no more than the others' is not in doubt for it
      expect(codes(r)[4]![1]).not.toContain("FLAT_ONE_UNIT_RUN");
    }
  });
  it("a first run whose last name fills its line as wide as the next run's: the next run may be the same name going on", async () => {
    const r = await parseText(table(true));
    expect(codes(r)[6]).toEqual([7, ["FLAT_UNIT_COLUMNS_GUESSED"]]);
    // counter-example: a shorter last line ended its cell (`县卫健局` over `县医保局、县人民`): settled by the runs
    expect(codes(r)[5]).toEqual([6, []]);
    expect(r.tasks[5]!.units).toEqual(["县医保局", "县人民医院"]);
  });
});

describe("the first row's number printed after the 项目 cell's next piece (`一、稳增` | `长促发展 1 全区…`)", () => {
  it("opens row 1, the piece going to the heading", async () => {
    const { firstRowAfterPiece } = await import("../../src/layouts/flat/segment.js");
    expect(firstRowAfterPiece("长促发展 1 全区地区生产总值增长6%，固定资产投资增")).toEqual({ before: "长促发展", task: "全区地区生产总值增长6%，固定资产投资增" });
    // counter-examples: a count in prose, a name before the number, a measure word after it
    expect(firstRowAfterPiece("共 1 项")).toBeNull();
    expect(firstRowAfterPiece("张建国 1 全区地区生产总值增长6%，固定资产投资增")).toBeNull();
    expect(firstRowAfterPiece("新建 1 个，改造老旧小区30个。")).toBeNull();
  });
  it("in a -raw text, row 1 is read with its section", async () => {
    const text = ["附件", "2024年重点任务分工方案", "项目 序号 重点任务 牵头单位", "一、稳增", "长促发展 1 全区地区生产总值增长6%，固定资产投资增长8%。 区发展改革局", "2 一般公共预算收入增长5%，争取上级资金18亿元。 区财政局", "3 举办促消费活动50场以上，新增商贸企业80家。 区商务局"].join("\n");
    const r = await parseText(text);
    expect(r.tasks.map((t) => [t.seq, t.section.join(""), t.leadUnits])).toEqual([
      [1, "一、稳增长促发展", ["区发展改革局"]],
      [2, "一、稳增长促发展", ["区财政局"]],
      [3, "一、稳增长促发展", ["区商务局"]],
    ]);
  });
});

describe("numbers going on the numbering inside the last row of a dump the reader could not follow", () => {
  const block = (seq: number, texts: string[]) => ({ seq, line: 10, lines: texts.map((text, k) => ({ text, line: 10 + k, afterBreak: false })) });
  it("each is named (`FLAT_ROW_NOT_READ`), a gap of one number too", async () => {
    const { unreadRows } = await import("../../src/layouts/flat.js");
    const last = block(9, ["深化改革，政务服务事项网上可办率达到98%。", "区政务服务管理局", "11 开展", "万人助万企活动。", "12 个、城中村3个，新建口袋公园15个。", "13 评保持全市前三位。"]);
    expect(unreadRows([block(8, ["推动楼宇经济提质增效。"]), last], 0).map((d) => [d.code, d.seq])).toEqual([
      ["FLAT_ROW_NOT_READ", 10],
      ["FLAT_ROW_NOT_READ", 11],
      ["FLAT_ROW_NOT_READ", 12],
      ["FLAT_ROW_NOT_READ", 13],
    ]);
  });
  it("counter-examples: numbers that do not go on from the last row (a quantity, a year) name nothing", async () => {
    const { unreadRows } = await import("../../src/layouts/flat.js");
    expect(unreadRows([block(3, ["改造老旧小区30个，新建城市道路", "25 公里。", "县住建局"])], 0)).toEqual([]);
    expect(unreadRows([block(3, ["改造老旧小区30个。", "2024 年 3 月 1 日"])], 0)).toEqual([]);
  });
});

describe("heading rows numbered in the 序号 column of a structured table (`一 | 主要预期目标` merged across)", () => {
  it("a title merged across the row after a heading numeral is no header word copied into each column", async () => {
    const { isMergedHeaderCell } = await import("../../src/table/headers.js");
    expect(isMergedHeaderCell("主要预期目标", 5, 6, "一")).toBe(false);
    expect(isMergedHeaderCell("主要预期目标", 5, 6, "（一）")).toBe(false);
    // counter-example: a header cell merged over two columns names both
    expect(isMergedHeaderCell("责任单位", 2, 6, "序号")).toBe(true);
  });
  it("`（一）` in the 序号 column heads a second level under the `二` heading", async () => {
    const text =
      "| 序号 | 工作任务 | 牵头单位 |\n|---|---|---|\n| 一 | 主要预期目标 | |\n| 1 | 地区生产总值增长6.5%。 | 县发改局 |\n| 2 | 城乡居民收入增长7% | 县统计局 |\n" +
      "| 二 | 坚持工业强县 | |\n| （一） | 做大做强主导产业 | |\n| 3 | 新增规上工业企业22家。 | 县工信局 |\n";
    const r = await parseText(text);
    expect(r.tasks.map((t) => [t.seq, t.section, t.task])).toEqual([
      // (as printed: nothing is added between the numeral and its title, `一 主要预期目标`)
      [1, ["一 主要预期目标"], "地区生产总值增长6.5%。"],
      [2, ["一 主要预期目标"], "城乡居民收入增长7%"],
      [3, ["二 坚持工业强县", "（一）做大做强主导产业"], "新增规上工业企业22家。"],
    ]);
  });
});

describe("a row of names above a header repeated at a page top", () => {
  it("is the body row it is, not the upper row of a two-row header", async () => {
    const { mergeHeaderRows } = await import("../../src/table/find.js");
    const lower = { cells: ["序号", "工作任务", "责任单位", "责任人", "分管领导"].map((t) => ({ lines: [{ text: t }] })) };
    expect(mergeHeaderRows(["", "", "区住建局区财政局", "石振宇方沅", ""], lower)).toBeNull();
    // counter-example: an upper header row naming columns itself, a group word over the lower row's words
    const sub = { cells: ["", "", "牵头单位", "责任单位", ""].map((t) => ({ lines: t ? [{ text: t }] : [] })) };
    expect(mergeHeaderRows(["序号", "工作任务", "责任分工", "", "完成时限"], sub)).toEqual(["序号", "工作任务", "牵头单位", "责任单位", "完成时限"]);
  });
});

describe("a dump in reading order of a table numbered （1）（2）… per 类别 (no 序号 column)", () => {
  const seq = (n: number, line: number) => ({ kind: "seq" as const, line, seq: n, rest: "任务" });
  const heading = (line: number) => ({ kind: "heading" as const, line, text: "一、扩大有效投资" });
  it("the runs restarting at 1 are numbered on through the table", async () => {
    const { renumberSectionRuns } = await import("../../src/layouts/flat/scrambled.js");
    const parts = [heading(1), seq(1, 2), seq(2, 3), seq(3, 4), seq(1, 5), heading(6), seq(2, 7), seq(1, 8), heading(9), seq(2, 10)];
    renumberSectionRuns(parts);
    expect(parts.flatMap((p) => (p.kind === "seq" ? [p.seq] : []))).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
  it("counter-examples: a number out of its run, or fewer headings than restarts, leave the numbers as printed", async () => {
    const { renumberSectionRuns } = await import("../../src/layouts/flat/scrambled.js");
    const gap = [heading(1), seq(1, 2), seq(2, 3), seq(1, 4), heading(5), seq(3, 6)];
    renumberSectionRuns(gap);
    expect(gap.flatMap((p) => (p.kind === "seq" ? [p.seq] : []))).toEqual([1, 2, 1, 3]);
    const noHeadings = [seq(1, 2), seq(2, 3), seq(1, 4), seq(2, 5), seq(1, 6), seq(2, 7)];
    renumberSectionRuns(noHeadings);
    expect(noHeadings.flatMap((p) => (p.kind === "seq" ? [p.seq] : []))).toEqual([1, 2, 1, 2, 1, 2]);
  });
  it("bracketed numbers glued to a task count as the table's numbered lines; a bracketed year does not", async () => {
    const { scrambledTable } = await import("../../src/meta/kind.js");
    const words = ["类别", "主要任务", "责任单位", "分管领导"];
    expect(scrambledTable([...words, "（1）全年固定资产投资增长9%。", "（2）争取上级资金18亿元。", "（3）盘活存量建设用地800亩。"])).toBe(true);
    expect(scrambledTable([...words, "（2024）年度工作安排", "（2025）年度工作安排", "（2026）年度工作安排"])).toBe(false);
  });
});

describe("a text of one cell per line whose rows a blank line separates", () => {
  const text = (rows: string[][]) => ["序号", "目标任务", "责任单位", "责任人", "", ...rows.flatMap((r) => [...r, ""])].join("\n");
  const rows = [
    ["1", "地区生产总值增长6%以上。", "区发改局", "区统计局", "吴 敏", "郭晓川"],
    ["2", "规模以上工业增加值增长8%。", "区工信局", "罗志坚"],
    ["3", "固定资产投资增长7%。", "区发改局", "区住建局", "吴 敏", "冯雨辰"],
    ["4", "社会消费品零售总额增长6%。", "区商务局", "郑 强"],
  ];
  it("the blank line after each row is no empty cell: nothing is in doubt for it", async () => {
    const r = await parseText(text(rows));
    expect(r.tasks.map((t) => [t.seq, t.units, t.leaders, t.review.map((x) => x.code)])).toEqual([
      [1, ["区发改局", "区统计局"], ["吴敏", "郭晓川"], []],
      [2, ["区工信局"], ["罗志坚"], []],
      [3, ["区发改局", "区住建局"], ["吴敏", "冯雨辰"], []],
      [4, ["区商务局"], ["郑强"], []],
    ]);
  });
  it("counter-example: a blank line among a row's names is still an empty cell", async () => {
    const withGap = rows.map((r, i) => (i === 1 ? ["2", "规模以上工业增加值增长8%。", "", "罗志坚"] : r));
    const r = await parseText(text(withGap));
    expect(r.tasks[1]!.review.map((x) => x.code)).toContain("FLAT_EMPTY_CELL");
  });
});
