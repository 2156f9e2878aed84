// Session 27: a table numbered per section in `pdftotext` default order (cells centred, the header repeated at page
// breaks in another order), each rule with a counter-example (text that looks alike and must not be read so).
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";
import { findTableHeaders } from "../../src/layouts/flat.js";
import { headingNumberedOn } from "../../src/layouts/flat/tables.js";
import { shuffledHeaderRun } from "../../src/layouts/flat/pagetail.js";
import { restartsUnderHeading, type RowBlock } from "../../src/layouts/flat/segment.js";
import { headingCellRest, sectionsByRun } from "../../src/layouts/flat/scrambled.js";
import { furnitureRuns } from "../../src/layouts/pdf-cells.js";
import { overflowBottom } from "../../src/layouts/lattice.js";
import { countsDisagreeByRule } from "../../src/names/pairing.js";
import { cutTail } from "../../src/validate/corroborate.js";
import { peelInlineTail } from "../../src/layouts/flat/fragments.js";
import type { Task } from "../../src/model/schema.js";
import type { PageContent, TextRun } from "../../src/model/intermediate.js";

const L = (texts: readonly string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

/** A header whose 序号 label is cut (`序` … `号`), one word per line, as poppler's default order prints it. */
const FIRST_HEADER = ["序", "重点任务", "牵头单位", "配合单位", "分管领导", "号"];

describe("a header repeated at a page break under the next section's heading (`headingNumberedOn`)", () => {
  const page = (heading: string) =>
    L([
      "附件",
      "2026年重点任务责任分工",
      ...FIRST_HEADER,
      "一、扩大有效投资",
      "1 推进重点项目建设，全年完成投资80亿元。 县发展改革局 县财政局 郑远",
      "2 加快城乡路网建设，新改建农村公路60公里。 县交通运输局 县财政局 郑远",
      "二、促进消费升级",
      "1 举办促消费活动20场，社会消费品零售总额增长6%。 县商务局 县市场监管局 秦雨",
      "2 培育早市集市4个。 县商务局 县文化旅游局 秦雨",
      heading,
      "序",
      "号",
      "重点任务",
      "牵头单位",
      "配合单位",
      "1 实施高标准农田建设3万亩。 县农业农村局 县财政局 郑远",
      "2 新建乡村振兴示范村5个。 县农业农村局 县自然资源局 郑远",
    ]);

  it("`三、` above the repeated header goes on `二、`: one table, the 1 restarts a section", () => {
    const lines = page("三、推进乡村振兴");
    const headers = findTableHeaders(lines);
    expect(headers).toHaveLength(1);
  });

  it("read whole: numbered on through the sections, each row its section, the repeated header in no row", async () => {
    const text = ["青禾县人民政府办公室关于印发2026年重点任务责任分工的通知", "各乡镇人民政府，县直各单位：", ...page("三、推进乡村振兴").map((l) => l.text)].join("\n");
    const got = (await parseText(text)).tasks.map((t) => [t.seq, t.section.join("/"), t.task, t.leadUnits.join("、"), t.coUnits.join("、"), t.supervisors.join("、")]);
    expect(got).toEqual([
      [1, "一、扩大有效投资", "推进重点项目建设，全年完成投资80亿元。", "县发展改革局", "县财政局", "郑远"],
      [2, "一、扩大有效投资", "加快城乡路网建设，新改建农村公路60公里。", "县交通运输局", "县财政局", "郑远"],
      [3, "二、促进消费升级", "举办促消费活动20场，社会消费品零售总额增长6%。", "县商务局", "县市场监管局", "秦雨"],
      [4, "二、促进消费升级", "培育早市集市4个。", "县商务局", "县文化旅游局", "秦雨"],
      [5, "三、推进乡村振兴", "实施高标准农田建设3万亩。", "县农业农村局", "县财政局", "郑远"],
      [6, "三、推进乡村振兴", "新建乡村振兴示范村5个。", "县农业农村局", "县自然资源局", "郑远"],
    ]);
  });

  it("counter-example: `一、` above the next header begins another table's sections", () => {
    const lines = page("一、推进乡村振兴");
    const headers = findTableHeaders(lines);
    expect(headers).toHaveLength(2);
    expect(headingNumberedOn(lines, headers[0]!, headers[1]!)).toBe(false);
  });

  it("counter-example: a numbered sentence of prose (`三、…。`) above the header is no section heading", () => {
    const lines = page("三、各单位要按时报送进展情况。");
    expect(findTableHeaders(lines)).toHaveLength(2);
  });
});

describe("a repeated header printed in another order, a label missing (`shuffledHeaderRun`)", () => {
  const header = findTableHeaders(L(["附件", ...FIRST_HEADER, "1 推进重点项目建设。 县发展改革局 县财政局 郑远"]))[0]!;

  it("`序` `号` `重点任务` `牵头单位` `配合单位`, one per line: the header again", () => {
    const lines = L(["序", "", "号", "重点任务", "", "牵头单位", "配合单位", "县农业农村局"]);
    expect(shuffledHeaderRun(lines, 0, header)).toBe(7);
  });

  it("counter-example: one label and a name are content, not a header", () => {
    expect(shuffledHeaderRun(L(["牵头单位", "县农业农村局", "配合单位"]), 0, header)).toBeNull();
  });

  it("counter-example: a label the header does not hold (`完成时限`) belongs to another table", () => {
    expect(shuffledHeaderRun(L(["序", "号", "完成时限", "重点任务"]), 0, header)).toBeNull();
  });

  it("counter-example: a label printed twice is two headers' pieces, not one run", () => {
    expect(shuffledHeaderRun(L(["牵头单位", "牵头单位", "配合单位"]), 0, header)).toBeNull();
  });
});

// A browser-printed table in poppler's default order: the 1 of a section printed beside its task's middle line, the
// task's first lines and a unit cell's cut pieces above it, the section heading above them.
const row = (texts: string[]): RowBlock => ({ seq: 5, line: 1, lines: texts.map((text, k) => ({ text, line: 10 + k, afterBreak: false })) });
const after = (texts: string[]): Parameters<typeof restartsUnderHeading>[3] => texts.map((text, k) => ({ text, line: 40 + k }));
const fifth = ["推进智慧养老建设，建成社区服务站", "5 30个，助餐点覆盖率达到90%。 县民政局"];

describe("a centred section's 1 below its task's first lines and cut unit pieces (`headingBeforeCentredNumber`)", () => {
  const next = after(["1 缓冲带3处，完成退耕还林1200亩。 划局", "各乡镇人民政府", "推进水土流失综合治理，完成治理面积", "2 16平方公里。 县水利局 韩松"]);

  it("two task lines and two cut unit pieces (`县水利局、县林`, `县自然资源和规`) under the heading: a restart", () => {
    const rows = row([...fifth, "二、守护生态环境", "修复河道岸线12公里，新建河湖生态", "县水利局、县林", "隔离带8公里，新建生态", "县自然资源和规"]);
    expect(restartsUnderHeading(1, "缓冲带3处，完成退耕还林1200亩。 划局", rows, next, 0)).toBe(true);
  });

  it("counter-example: four lines of task text under the heading are more than a centred number leaves above it", () => {
    const rows = row([...fifth, "二、守护生态环境", "修复河道岸线12公里，新建河湖生态", "隔离带8公里，新建生态缓冲带3处，", "完成退耕还林1200亩，新建湿地公", "园2个，治理水土流失面积16平方"]);
    expect(restartsUnderHeading(1, "公里。", rows, next, 0)).toBe(false);
  });

  it("counter-example: a short piece with punctuation or digits is task text, and counts (`新建湿地2处，`)", () => {
    const rows = row([...fifth, "二、守护生态环境", "修复河道岸线12公里，新建河湖生态", "新建湿地2处，", "隔离带8公里，新建生态缓冲带3处，", "完成退耕还林"]);
    expect(restartsUnderHeading(1, "1200亩。", rows, next, 0)).toBe(false);
  });
});

describe("a 1 whose task's middle opens with a measure word, in a table already numbered per section", () => {
  const rows = row([...fifth, "三、建设生态文明", "实施排涝能力提升工程，新建排涝泵站"]);
  const next = after(["1 座、涵闸3座，改造排水管网40公里。 利局", "县财政局", "推进灌区续建配套，新增灌溉面积", "2 2万亩。 县水利局 韩松"]);

  it("after a restart under an earlier heading: the section's first row", () => {
    expect(restartsUnderHeading(1, "座、涵闸3座，改造排水管网40公里。 利局", rows, next, 0, undefined, true)).toBe(true);
  });

  it("counter-example: with no restart before, `1 座…` may be a quantity cut from the line above — no row", () => {
    expect(restartsUnderHeading(1, "座、涵闸3座，改造排水管网40公里。 利局", rows, next, 0)).toBe(false);
  });
});

// poppler's default order of a table with a 类别 column merged over rows numbered per section (`（1）…`): each 类别 cell
// printed in pieces as a block of its own somewhere about its rows, the first one beside the header's words.
const SCRAMBLED_PER_SECTION = [
  "青禾县人民政府办公室关于印发2026年县政府工作报告目标任务责任分解的通知", "各乡镇人民政府，县直各单位：", "现将目标任务责任分解印发给你们，请认真贯彻落实。", "青禾县人民政府办公室", "2026 年 2 月 20 日", "",
  "附件", "", "2026 年县政府工作报告目标任务责任分解", "类别", "", "一、守护生", "态环境", "", "主要任务", "",
  "（1）新建改建乡镇污水处理站 6 座，铺设", "配套管网 20 公里。",
  "（2）完成营造林任务，全年新增造林面积一", "千亩以上。",
  "（1）新建社区食堂 12 个，新增养老床位", "三百张。", "",
  "二、办好民", "生实事", "",
  "（2）新建公办幼儿园 3 所，新增学位九", "百个。", "",
  "三、建设生", "态文明", "",
  "（1）新建排涝泵站 4 座。", "（2）改造灌溉渠道 30 公里。", "",
  "责任单位", "", "县发展和改革局", "县财政局", "县工业和信息化局", "县商务局", "县农业农村局", "县卫生健康局", "",
  "分管领导", "", "周航", "周航", "吴晓东", "吴晓东", "秦雨", "秦雨",
];

describe("a scrambled table numbered per section: the i-th 类别 cell is the i-th run's (`sectionsByRun`)", () => {
  it("read whole: the cells' pieces joined, the first one found beside the header, each run its heading", async () => {
    const got = (await parseText(SCRAMBLED_PER_SECTION.join("\n"))).tasks.map((t) => [t.seq, t.section.join("/"), t.task]);
    expect(got).toEqual([
      [1, "一、守护生态环境", "新建改建乡镇污水处理站 6 座，铺设配套管网 20 公里。"],
      [2, "一、守护生态环境", "完成营造林任务，全年新增造林面积一千亩以上。"],
      [3, "二、办好民生实事", "新建社区食堂 12 个，新增养老床位三百张。"],
      [4, "二、办好民生实事", "新建公办幼儿园 3 所，新增学位九百个。"],
      [5, "三、建设生态文明", "新建排涝泵站 4 座。"],
      [6, "三、建设生态文明", "改造灌溉渠道 30 公里。"],
    ]);
  });

  it("pairs by order when the counts and the numbers agree", () => {
    expect([...sectionsByRun([2, 1], ["一、甲", "二、乙"])!]).toEqual([[1, ["一、甲"]], [2, ["一、甲"]], [3, ["二、乙"]]]);
  });

  it("counter-example: fewer headings than runs, headings out of order, or of two levels pair nothing", () => {
    expect(sectionsByRun([2, 2, 1], ["一、甲", "二、乙"])).toBeNull();
    expect(sectionsByRun([2, 1], ["二、乙", "一、甲"])).toBeNull();
    expect(sectionsByRun([2, 1], ["一、甲", "（一）乙"])).toBeNull();
  });
});

describe("a heading cell wrapped in a narrow column (`headingCellRest`)", () => {
  it("`一、守` | `护生态` | `环境` then a blank: one cell", () => {
    expect(headingCellRest(L(["一、守", "护生态", "环境", "", "1"]), 0)).toEqual([1, 2]);
  });

  it("counter-example: the task's first line under a heading row (punctuation, or the block goes on) is no piece of it", () => {
    expect(headingCellRest(L(["一、守护生态环境", "修复河道岸线12公里，", "新建生态缓冲带3处。"]), 0)).toEqual([]);
    expect(headingCellRest(L(["一、守护生态环境", "修复河道岸线", "十二公里以上", "全部完工验收", ""]), 0)).toEqual([]);
  });

  it("counter-example: a unit's name under the heading is a cell of its own", () => {
    expect(headingCellRest(L(["一、守护生态环境", "县发展改革局", ""]), 0)).toEqual([]);
    expect(headingCellRest(L(["一、守护绿", "县林业局", ""]), 0)).toEqual([]);
  });

  it("a heading line cut by a narrow column (`一、守护绿`): a piece under it reading as a person's name (`水青山`) is its rest", () => {
    expect(headingCellRest(L(["一、守护绿", "水青山", ""]), 0)).toEqual([1]);
  });

  it("counter-example: under a whole heading line a person's name is a cell of its own", () => {
    expect(headingCellRest(L(["一、守护生态环境", "周航", ""]), 0)).toEqual([]);
  });
});

// A table whose cells are centred vertically, printed from a web page: the page's last row prints its number below the
// row's first line, so the number is among the page's outermost lines, where a page number stands.
const run = (text: string, x: number, y: number): TextRun => ({ text, box: [x, y, x + 6 * [...text].length, y + 10], fontSize: 10 });
const tablePage = (number: number, last: TextRun): PageContent => ({
  number,
  width: 595,
  height: 842,
  rules: [],
  runs: [
    run("序号", 60, 600), run("工作任务", 150, 600), run("牵头单位", 320, 600),
    run("1", 69, 680), run("新建污水管网18公里。", 91, 680), run("县水利局", 307, 680),
    run("2", 69, 722), run("改造农村供水工程6处。", 91, 722), run("县水利局", 318, 722),
    run("修复河道岸线12公里，新建生态缓冲带", 91, 756), run("县自然资源和", 307, 756),
    last,
    run("3处。", 91, 773), run("规划局", 318, 773),
  ],
});

describe("a row's number near the page foot is no page number (`furnitureRuns`)", () => {
  it("`3` where the page's row numbers stand, after `2` above it: kept", () => {
    const three = run("3", 69, 764);
    const pages = [tablePage(1, three), tablePage(2, run("3", 69, 764))];
    expect(furnitureRuns(pages).has(three)).toBe(false);
  });

  it("counter-example: a `3` centred at the page foot (the page's number) is dropped", () => {
    const three = run("3", 294, 810);
    expect(furnitureRuns([tablePage(1, three), tablePage(2, run("4", 294, 810))]).has(three)).toBe(true);
  });

  it("counter-example: a number in the 序号 column that does not go on the numbering above it is dropped", () => {
    const seven = run("7", 69, 810);
    expect(furnitureRuns([tablePage(1, seven), tablePage(2, run("8", 69, 810))]).has(seven)).toBe(true);
  });
});

// A web page printed to PDF, its table's last row on the page cut by the page break (no rule drawn under the task
// cell): the cell's second line is printed below the last rule, 1.5 lines below its first.
describe("a cut cell's lines below the last rule on the page (`overflowBottom`)", () => {
  const cell: [number, number, number, number] = [84, 758, 327, 782];
  const first: TextRun = { text: "新建改建乡镇污水处理站6座，铺设配套管", box: [89, 765, 314, 774.4], fontSize: 9.75 };

  it("a line 0.65 font sizes below the cell's own line goes on the cell", () => {
    const second: TextRun = { text: "网20公里，农村污水治理率达到70%", box: [89, 780.7, 271, 790.4], fontSize: 9.75 };
    expect(overflowBottom(cell, [first, second])).toBeGreaterThan(790.4);
  });

  it("counter-example: text a blank line below (a paragraph under the table) is no part of it", () => {
    const note: TextRun = { text: "注：表中任务按季度调度。", box: [89, 789, 200, 798.75], fontSize: 9.75 };
    expect(overflowBottom(cell, [first, note])).toBe(782);
  });

  it("counter-example: a line outside the cell's column stays out", () => {
    const beside: TextRun = { text: "县水利局", box: [356, 780.2, 395, 790], fontSize: 9.75 };
    expect(overflowBottom(cell, [first, beside])).toBe(782);
  });
});

// `pdftotext -layout` text: a heading printed in the task column, a blank line above and below it, after a task the
// notice printed without its full stop.
const ALIGNED = (blank: string) => [
  "青禾区人民政府办公室关于印发2026年区政府工作报告重点任务分工的通知",
  "各街道办事处，区直各单位：",
  "",
  "序号  重点任务                                                    责任单位        责任人    分管领导",
  "",
  "     一、守护生态环境",
  "",
  "1    新建改建乡镇污水处理站6座，农村污水治理率达到70%。            区水利局        韩松      周航",
  "",
  "2    修复河道岸线12公里，新建生态缓冲带3处，完成造林1200亩          区林业局        程远      周航",
  ...(blank === "" ? [""] : []),
  "     二、办好民生实事",
  ...(blank === "" ? [""] : []),
  "3    新建社区食堂12个，新增养老床位300张。                          区民政局        秦雨      吴晓东",
  "",
  "4    新建公办幼儿园3所，新增学位900个。                             区教育局        郑远      吴晓东",
];

describe("a heading in the task column after a task without its full stop (`standsApart`)", () => {
  it("a blank line above and below it: a heading, the rows under it its section", async () => {
    const got = (await parseText(ALIGNED("").join("\n"))).tasks.map((t) => [t.seq, t.section.join("/"), t.task]);
    expect(got).toEqual([
      [1, "一、守护生态环境", "新建改建乡镇污水处理站6座，农村污水治理率达到70%。"],
      [2, "一、守护生态环境", "修复河道岸线12公里，新建生态缓冲带3处，完成造林1200亩"],
      [3, "二、办好民生实事", "新建社区食堂12个，新增养老床位300张。"],
      [4, "二、办好民生实事", "新建公办幼儿园3所，新增学位900个。"],
    ]);
  });

  it("counter-example: printed right under the unfinished task, no blank between, it may be the task's wrapped line", async () => {
    const got = (await parseText(ALIGNED("none").join("\n"))).tasks.find((t) => t.seq === 2)!;
    expect(got.task).toContain("二、办好民生实事");
    expect(got.review.length).toBeGreaterThan(0);
  });
});

const task = (seq: number, units: number, leaders: number): Task =>
  ({ seq, table: 0, section: [], task: "", leadUnits: [], units: Array.from({ length: units }, (_, i) => `单位${i}`), coUnits: [], leaders: Array.from({ length: leaders }, (_, i) => `人${i}`), supervisors: [], inherited: [], review: [], source: {} }) as unknown as Task;

describe("a table whose people do not pair with its units one to one (`countsDisagreeByRule`)", () => {
  it("counts differ in most rows: the table does not pair them", () => {
    expect(countsDisagreeByRule([task(1, 1, 2), task(2, 1, 2), task(3, 2, 3), task(4, 1, 1), task(5, 2, 2)], "units")).toBe(true);
  });

  it("counter-example: one row of ten differs (a name strayed in that row): the table pairs them", () => {
    expect(countsDisagreeByRule([task(1, 1, 2), ...Array.from({ length: 9 }, (_, i) => task(i + 2, 2, 2))], "units")).toBe(false);
  });

  it("counter-example: no paired column, nothing to say", () => {
    expect(countsDisagreeByRule([task(1, 1, 2), task(2, 1, 2), task(3, 1, 2)], null)).toBe(false);
  });
});

describe("the tail of a unit cut over two rows' lines (`cutTail`)", () => {
  it("`化局` ends `县工业和信息化局`, which the document names: cut", () => {
    expect(cutTail("化局", ["县工业和信息化局", "县财政局"])).toBe(true);
  });

  it("counter-example: a short unit that ends no other name (`海关`), or a whole name (`财政局`), is no tail", () => {
    expect(cutTail("海关", ["县财政局"])).toBe(false);
    expect(cutTail("财政局", ["县财政局"])).toBe(false);
  });
});

// pdfjs text of a ruled table: the cells that share a baseline joined with spaces, a unit list going on on the next line
describe("names after a task's last line, the last ending on its list's 、 (`namesTailStart`)", () => {
  it("`…70%。 县水利局 县林业局、`: the task ends, the names are the next cells", () => {
    expect(peelInlineTail("治理率达到 70%。 县水利局 县林业局、")).toEqual({ task: "治理率达到 70%。", tail: ["县水利局", "县林业局、"] });
  });

  it("counter-example: a task's own words before a 、 (`城市更新、`, `项目、`) stay in the task", () => {
    expect(peelInlineTail("加快建设 城市更新、").tail).toEqual([]);
    expect(peelInlineTail("推进 12 个项目、").tail).toEqual([]);
  });
});
