// Session 26: text taken out of a spreadsheet-printed PDF in drawing order (`flat/sheetorder.ts`), each rule with a
// counter-example (text that looks alike and must not be read so).
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";
import { endsShort, finishesName, readSheetOrder } from "../../src/layouts/flat/sheetorder.js";
import { dealRowBlocks, type Part } from "../../src/layouts/flat/scrambled.js";
import { joinPaddedNames } from "../../src/layouts/aligned.js";
import { joinFragments } from "../../src/names/split.js";

const L = (texts: readonly string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
const records = async (lines: readonly string[]) =>
  (await parseText(lines.join("\n"))).tasks.map((t) => ({ seq: t.seq, section: t.section, task: t.task, leaders: t.leaders, lead: t.leadUnits, co: t.coUnits, review: t.review.map((r) => r.code) }));

const HEADER = "序号 工作类别 重点任务 责任领导 牵头单位 配合单位 完成时限";
/**
 * A workbook printed to PDF and dumped with `pdftotext -raw`: each page prints its rows' one-line cells first (a merged
 * 责任领导 cell once, on a line of its own; a one-line task on its number's line), then the wrapped cells row by row:
 * the merged 工作类别 before its first row's task, a long 配合单位 list after the task, the 完成时限.
 */
const SHEET = [
  "青禾县人民政府办公室关于印发2026年《政府工作报告》重点任务分解的通知",
  "各乡镇人民政府，县直各单位：",
  "现将重点任务分解印发给你们，请认真贯彻落实。",
  HEADER,
  "1",
  "周 航",
  "县发展改革局 县统计局、县财政局",
  "2 县工业和信息化局",
  "3 吴晓东 县商务局 县市场监管局",
  "4 吴晓东 县住房城乡建设局",
  "青禾县2026年《政府工作报告》重点任务分解表",
  "稳增长促",
  "发展",
  "地区生产总值增长6%左右，固定资产投资增长8%，社会消费品零售",
  "总额增长6.5%。",
  "2026年12月底前",
  "新增规模以上工业企业20家，规模以上工业增加值增长8%以上。",
  "县科技局、县财政局、县自然资源局、县生态",
  "环境分局",
  "2026年12月底前",
  "开展消费提振活动30场次，新建改造农贸市场5个。",
  "2026年11月底前",
  "优城乡强",
  "基础",
  "实施城市更新行动，改造老旧小区12个，新建城市道路6公里，新增停",
  "车泊位1500个",
  "县财政局、县自然资源局、各乡镇人民政",
  "府",
  "2026年12月底前",
  HEADER,
  "5 吴晓东 县交通运输局 各乡镇人民政府",
  "6 新建村级养老服务站10个。 郑 宁 县民政局 全年",
  "7 郑 宁 县卫生健康局 县医疗保障局",
  "优城乡强",
  "基础",
  "新改建农村公路80公里，实施危桥改造6座，创建“四好农村路”示范",
  "乡镇2个。",
  "2026年10月底前",
  "推进紧密型县域医共体建设，县域内就诊率达到90%，每个乡镇卫生院",
  "建成1个特色科室。",
  "2026年12月底前",
];
// flagged: a row with a cell printed on a line of its own (1) or carried down from one (2), a row whose names could
// go to its columns two ways (4: one unit plain, one wrapped; 6: one unit for two unit columns); vouched for: a row
// whose names were all plain, one to a column, with a task cell whose ends are certain (3, 5, 7)
const R = ["SHEET_ORDER_ROW"];
const A = ["稳增长促发展"];
const B = ["优城乡强基础"];
const TRUTH = [
  { seq: 1, section: A, task: "地区生产总值增长6%左右，固定资产投资增长8%，社会消费品零售总额增长6.5%。", leaders: ["周航"], lead: ["县发展改革局"], co: ["县统计局", "县财政局"], review: R },
  { seq: 2, section: A, task: "新增规模以上工业企业20家，规模以上工业增加值增长8%以上。", leaders: ["周航"], lead: ["县工业和信息化局"], co: ["县科技局", "县财政局", "县自然资源局", "县生态环境分局"], review: R },
  { seq: 3, section: A, task: "开展消费提振活动30场次，新建改造农贸市场5个。", leaders: ["吴晓东"], lead: ["县商务局"], co: ["县市场监管局"], review: [] },
  { seq: 4, section: B, task: "实施城市更新行动，改造老旧小区12个，新建城市道路6公里，新增停车泊位1500个", leaders: ["吴晓东"], lead: ["县住房城乡建设局"], co: ["县财政局", "县自然资源局", "各乡镇人民政府"], review: R },
  { seq: 5, section: B, task: "新改建农村公路80公里，实施危桥改造6座，创建“四好农村路”示范乡镇2个。", leaders: ["吴晓东"], lead: ["县交通运输局"], co: ["各乡镇人民政府"], review: [] },
  { seq: 6, section: B, task: "新建村级养老服务站10个。", leaders: ["郑宁"], lead: ["县民政局"], co: [], review: R },
  { seq: 7, section: B, task: "推进紧密型县域医共体建设，县域内就诊率达到90%，每个乡镇卫生院建成1个特色科室。", leaders: ["郑宁"], lead: ["县卫生健康局"], co: ["县医疗保障局"], review: [] },
];

describe("a spreadsheet's PDF as text in drawing order (plain cells first, then the wrapped ones)", () => {
  it("puts each page's tasks back on its numbered rows, with the wrapped cells, categories and merged names", async () => {
    const got = await records(SHEET);
    expect(got.map((r) => ({ ...r, review: r.review.filter((c) => c === "SHEET_ORDER_ROW") }))).toEqual(TRUTH);
  });

  it("says so once for the document", async () => {
    const doc = await parseText(SHEET.join("\n"));
    expect(doc.diagnostics.filter((d) => d.code === "SHEET_ORDER")).toHaveLength(1);
  });

  it("counter-example: a table whose rows print their tasks on their numbers' lines is not read so", () => {
    const raw = [
      HEADER,
      "1 地区生产总值增长6%左右，固定资产投资增长8%。 周航 县发展改革局 县统计局 2026年12月底前",
      "2 新增规模以上工业企业20家。 周航 县工业和信息化局 县科技局 2026年12月底前",
      "3 开展消费提振活动30场次。 吴晓东 县商务局 县市场监管局 2026年11月底前",
    ];
    expect(readSheetOrder(L(raw))).toBeNull();
  });

  it("counter-example: numbers going on after the first pass (rows printed one by one) are not this text", () => {
    const oneByOne = [HEADER, "1 周航 县发改局", "2 周航 县商务局", "实施城市更新行动。", "3 县财政局", "新增城镇就业3000人。", "4 县民政局"];
    expect(readSheetOrder(L(oneByOne))).toBeNull();
  });

  it("counter-example: numbered names and prose that do not count out to one task per row are left alone", () => {
    const roster = [
      HEADER,
      "1 周航 县发展改革局",
      "2 吴晓东 县商务局",
      "3 郑宁 县民政局",
      "各单位要细化工作措施，明确时间节点，确保各项任务按期完成。",
    ];
    expect(readSheetOrder(L(roster))).toBeNull();
  });

  it("a line ends its task cell when the next line's first piece would have fitted after it", () => {
    // (a full line of 30 characters is 60 units wide)
    expect(endsShort("实施城市更新行动改造老旧小区", "新增停车泊位", 60)).toBe(true);
    // counter-example: a full line whose next line opens with a number and the punctuation that goes with it
    expect(endsShort("实施城市更新行动，改造老旧小区和城中村，新建城市道路和停车", "1500个", 60)).toBe(false);
    expect(endsShort("实施城市更新行动，改造老旧小区和城中村，新建城市道路和停", "45%，", 60)).toBe(false);
  });

  it("a wrapped name's end joins its name; a category's words after a person do not", () => {
    expect(finishesName("县财政局、各乡镇人民政", "府", true)).toBe(true);
    expect(finishesName("县财政局、各乡镇", "人民政府", true)).toBe(true);
    // counter-examples: a heading's first line, a category's words after a whole person's name
    expect(finishesName("周航", "二、加快产业转型", true)).toBe(false);
    expect(finishesName("周航", "加快产业转型", true)).toBe(false);
    // (a whole line of names after a whole name is the next name, not its end)
    expect(finishesName("县财政局", "县商务局", false)).toBe(false);
  });

  // pages of two rows and two tasks each; the reading's cells for each row, by field
  const cellsOf = (lines: readonly string[]) =>
    readSheetOrder(L(lines))?.records.map((r): Record<string, string | number> => ({ seq: r.seq, task: r.task.join(""), ...Object.fromEntries(Object.entries(r.cells).map(([f, c]) => [f, c!.map((x) => x.text).join("|")])) })) ?? null;
  const HEAD2 = "序号 重点任务 责任领导 牵头单位 责任单位";

  it("a merged leader's name glued before the next row's number (pdfjs) is the row above's, carried down", () => {
    const got = cellsOf([
      HEAD2, "1", "郑 岚2 县投资促进中心", "3 县科技局",
      "新建标准厂房15万平方米，盘活低效用地800亩，亩均税收提高8%以上。", "县发展和改革局",
      "推进招商引资，全年引进亿元以上项目18个。",
      "新增国家高新技术企业15家、科技型中小企业60家。",
    ]);
    expect(got?.map((r) => [r.seq, r.leaders, r.leadUnits])).toEqual([[1, "郑岚", "县发展和改革局"], [2, "郑岚", "县投资促进中心"], [3, "郑岚", "县科技局"]]);
    // counter-example: a number glued after a name that is not the next row's makes no row (nor this reading)
    expect(cellsOf([HEAD2, "1", "郑 岚5 县投资促进中心", "3 县科技局", "新建标准厂房15万平方米。", "推进招商引资。"])).toBeNull();
  });

  it("a line wider than a cell's broken lines is the next cell's; a paragraph cell of short lines stays one", () => {
    const lines = (lead: readonly string[], co: readonly string[]) => [
      HEAD2, "1 周航", "2 周航 县商务局 县市场监管局", "3 吴晓东 县民政局 县财政局",
      "实施城市更新行动，改造老旧小区32个、城中村3个，新建城市道路6公里。", ...lead, ...co,
      "开展消费提振活动30场次，新建改造农贸市场5个。",
      "新建村级养老服务站10个，改造提升乡镇敬老院5所。",
    ];
    const split = cellsOf(lines(["县发展和改革局、县重", "点项目服务中心"], ["县自然资源局、县生态环境局、", "各乡镇人民政府"]));
    expect(split?.[0]).toMatchObject({ leadUnits: "县发展和改革局、县重|点项目服务中心", units: "县自然资源局、县生态环境局、|各乡镇人民政府" });
    // counter-example: one cell of two names on two lines (two paragraphs), then nothing wider
    const one = cellsOf(lines(["县商务局", "县农业农村局"], []));
    expect(one?.[0]).toMatchObject({ leadUnits: "县商务局|县农业农村局" });
    expect(one?.[0]).not.toHaveProperty("units");
  });

  it("a list of names after a task line that ends without a full stop is a cell, not the task going on", () => {
    const got = cellsOf([
      HEAD2, "1 周航 县文化和旅游局", "2 周航 县商务局 县市场监管局", "3 吴晓东 县民政局 县财政局",
      "创建省级全域旅游示范区，提升古镇景区服务设施，全年接待游客突破600万人次，实现旅游综合收入55亿元",
      "县住房城乡建设局、县交通运输", "局、县市场监督管理局",
      "开展消费提振活动30场次，新建改造农贸市场5个。",
      "新建村级养老服务站10个，改造提升乡镇敬老院5所。",
    ]);
    expect(got?.[0]).toMatchObject({ task: "创建省级全域旅游示范区，提升古镇景区服务设施，全年接待游客突破600万人次，实现旅游综合收入55亿元", units: "县住房城乡建设局、县交通运输|局、县市场监督管理局" });
  });
});

describe("a heading numbered in the 序号 column is written as printed", () => {
  const flat = (num: string) =>
    ["关于印发2026年政府工作报告重点任务分解的通知", "序号 |", "重点任务 |", "牵头单位 |", "责任单位 |", `${num} |`, "扩大有效投资 |", "1 |", "实施县级重点项目80个。 |", "县发改局 |", "县重点办 |", "2 |", "争取专项债券资金8亿元。 |", "县财政局 |", "县发改局 |"].join("\n");
  it("a bare numeral and its title in two cells (a table flattened one cell per line): nothing added between them", async () => {
    expect((await parseText(flat("一"))).tasks.map((t) => t.section)).toEqual([["一 扩大有效投资"], ["一 扩大有效投资"]]);
  });
  it("counter-example: a numeral printed with its mark joins its title as printed", async () => {
    expect((await parseText(flat("一、"))).tasks.map((t) => t.section)).toEqual([["一、扩大有效投资"], ["一、扩大有效投资"]]);
  });
});

describe("a scrambled table's row with fewer blocks after its task than columns (pdftotext default)", () => {
  const P = (kind: "blank" | "names" | "text", line: number, text = "", names: string[] = []): Part =>
    kind === "blank" ? { kind, line } : kind === "names" ? { kind, line, names } : { kind, line, text, names };
  const cols = ["seq", "task", "leaders", "leadUnits", "units", "coUnits"];
  // row 2 has no co-units: three blocks for four columns
  const parts: Part[] = [
    P("text", 1, "地区生产总值增长6%以上。"), P("blank", 2),
    P("names", 3, "", ["周明"]), P("blank", 4), P("names", 5, "", ["区发改委"]), P("blank", 6), P("names", 7, "", ["区统计局"]), P("blank", 8), P("names", 9, "", ["区财政局"]), P("blank", 10),
    P("text", 11, "新开工项目40个以上。"), P("blank", 12),
    P("names", 13, "", ["吴迪"]), P("blank", 14), P("names", 15, "", ["区住建局"]), P("blank", 16), P("names", 17, "", ["区交通局"]), P("blank", 18),
    P("text", 19, "社会消费品零售总额增长7%。"), P("blank", 20),
    P("names", 21, "", ["韩松"]), P("blank", 22), P("names", 23, "", ["区商务局"]), P("blank", 24), P("names", 25, "", ["区文旅局"]), P("blank", 26), P("names", 27, "", ["区市场监管局"]),
  ];
  const task = new Map([[1, { lines: [1] }], [2, { lines: [11] }], [3, { lines: [19] }]]);
  const text = (cells: ReturnType<typeof dealRowBlocks>, seq: number) => Object.fromEntries(Object.entries(cells.get(seq) ?? {}).map(([f, ls]) => [f, ls!.map((l) => l.text)]));
  it("gives the row its blocks in the header's order, its last unit column empty", () => {
    expect(text(dealRowBlocks(parts, [1, 2, 3], task, cols), 2)).toEqual({ leaders: ["吴迪"], leadUnits: ["区住建局"], units: ["区交通局"], coUnits: [] });
  });
  it("counter-example: a row whose person is missing (a merged leader printed with other rows) is not dealt so", () => {
    const noPerson = parts.filter((p) => p.line !== 13 && p.line !== 14);
    expect(dealRowBlocks(noPerson, [1, 2, 3], task, cols).has(2)).toBe(false);
  });
  it("counter-example: a row whose neighbour printed no blocks (they may be shared) is not dealt so", () => {
    const shared = parts.filter((p) => p.line < 21);
    expect(dealRowBlocks(shared, [1, 2, 3], task, cols).has(2)).toBe(false);
  });
});

describe("`-layout` text of a spreadsheet's PDF", () => {
  const one = (text: string) => joinPaddedNames([{ text, line: 1 }])[0]!.text;
  it("a padded two-character name printed with a column-wide gap is one cell, the gap kept after it", () => {
    expect(one(" 1      林   枫   县发展和改革局")).toBe(" 1      林枫      县发展和改革局");
    expect(one("周   岩      县工业和信息化局")).toBe("周岩         县工业和信息化局");
  });
  it("counter-example: single characters that make no name, or a character inside a longer cell, stay as printed", () => {
    expect(one(" 3   是   否   县商务局")).toBe(" 3   是   否   县商务局");
    expect(one(" 3   县   林   枫局")).toBe(" 3   县   林   枫局");
  });
  it("a page footer printed across the columns (`第 1 页，共 3 页` centred under them) is no row's text", async () => {
    // (the fresh workbook's own -layout text: its footers fell under rows 9 and 18, cut by the columns they crossed)
    const { readFileSync } = await import("node:fs");
    const got = await parseText(readFileSync("fixtures/dumps3/sheet-chengling.layout.txt", "utf8"));
    const row = (seq: number) => got.tasks.find((t) => t.seq === seq);
    expect([row(9)?.leaders, row(9)?.leadUnits, row(18)?.leaders, row(18)?.leadUnits]).toEqual([["何川"], ["县农业农村局"], ["苏晴"], ["县卫生健康局"]]);
  });
});

describe("a unit's end wrapped onto a line of its own in a narrow column (`-raw`, pdfjs)", () => {
  it("an organisation's last character alone joins the name before it", () => {
    expect(joinFragments(["县农业农村", "局", "县茶产业发", "展中心"], "any")).toEqual(["县农业农村局", "县茶产业发展中心"]);
  });
  it("a generic tail after one character joins that character to the word before it, the document writing the name whole", () => {
    const doc = { documentText: "澄水工业园区推进园区建设。" };
    expect(joinFragments(["澄水工业园", "区管委会", "县工信局"], "any", doc)).toEqual(["澄水工业园区管委会", "县工信局"]);
    expect(joinFragments(["澄水工业园", "区管委会、各乡镇人民政府"], "any", doc)).toEqual(["澄水工业园区管委会、各乡镇人民政府"]);
    // counter-example: a document that never writes the name whole keeps the pieces as printed
    expect(joinFragments(["澄水工业园", "区管委会"], "any")).toEqual(["澄水工业园", "区管委会"]);
  });
  it("counter-examples: after a whole organisation's name, or in a people column, nothing is joined", () => {
    expect(joinFragments(["县发改局", "区管委会"], "any")).toEqual(["县发改局", "区管委会"]);
    expect(joinFragments(["张三", "局"], "person")).toEqual(["张三", "局"]);
    expect(joinFragments(["县项目指挥", "王建华", "部"], "any")[1]).toBe("王建华");
  });
});

