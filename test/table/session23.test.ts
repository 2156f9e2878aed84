// Rules from session 23, each with a counter-example.
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import { mapHeader } from "../../src/table/headers.js";
import { cellText } from "../../src/table/cellroles.js";
import { splitEntities } from "../../src/names/split.js";
import { alignedLabelledCells, alignedLines, findAlignedHeader } from "../../src/layouts/aligned.js";
import { commaListAsNames } from "../../src/layouts/flat/fragments.js";
import { restoreDisplacedQuotes } from "../../src/text/hygiene.js";
import type { InputDocument, TextRun } from "../../src/model/intermediate.js";
import { findHeader, streamGrid, streamLabelledCells } from "../../src/layouts/stream.js";

const txt = (lines: readonly string[]): InputDocument => ({
  source: { format: "txt" },
  lines: lines.map((text, i) => ({ line: i + 1, text })),
}) as InputDocument;

describe("a column of task categories (任务分类, 工作类别, 重点领域) holds the headings", () => {
  it("maps to section, not to a second task column", () => {
    expect(["任务分类", "任务类别", "工作类别", "工作分类", "目标类别", "重点领域", "领域", "项目"].map(mapHeader)).toEqual(Array(8).fill("section"));
  });
  it("counter-example: task headers that say 任务 or 工作 stay task", () => {
    expect(["具体任务", "工作任务", "目标任务", "任务", "重点工作", "任务分解"].map(mapHeader)).toEqual(Array(6).fill("task"));
  });
  it("a merged category cell heads every row of its section", async () => {
    const r = await parseText(
      ["序号\t任务分类\t具体任务\t牵头部门", "1\t一、稳增长\t地区生产总值增长6%。\t市发改委", "2\t\t固定资产投资增长8%。\t市发改委", "3\t二、促民生\t城镇新增就业3万人。\t市人社局"].join("\n"),
    );
    expect(r.tasks.map((t) => [t.seq, t.section, t.task])).toEqual([
      [1, ["一、稳增长"], "地区生产总值增长6%。"],
      [2, ["一、稳增长"], "固定资产投资增长8%。"],
      [3, ["二、促民生"], "城镇新增就业3万人。"],
    ]);
  });
});

// `pdftotext -layout` of a borderless web table whose 责任单位 cells print `牵头：X；配合：Y` (cells start at fixed columns)
const AT = [1, 6, 30, 44, 50];
const line = (cells: readonly string[]): string => cells.reduce((out, c, k) => (c ? out.padEnd(AT[k]!) + c : out), "").trimEnd();
const LABELLED = [
  "某县人民政府办公室关于印发2026年县政府工作报告目标任务分解方案的通知",
  "  各牵头单位要对分解任务负总责，会同配合单位制定推进计划。",
  line(["编", "工作目标", "责任单位", "县级责任", "完成时间"]),
  line(["号", "", "", "领导"]),
  " （一）稳住经济增长基本盘",
  line(["1", "地区生产总值增长6%左右，", "牵头：县发改局；配", "史刚", "2026年"]),
  line(["", "一般公共预算收入增长5%。", "合：县统计局、县财", "", "12月底"]),
  line(["", "", "政局", "", "前"]),
  line(["2", "全年谋划储备重大项目150", "牵头：县发改局、县", "史刚", "2026年9"]),
  line(["", "个、总投资500亿元以上。", "财政局；配合：县直", "", "月底前"]),
  line(["", "", "有关单位"]),
  line(["3", "举办促消费活动30场次，新", "牵头：县商务局；配", "柳 青", "2026年"]),
  line(["", "增限额以上商贸企业45家。", "合：县市场监管局", "", "12月底"]),
];

describe("columns kept by position whose unit cells print role labels", () => {
  it("is recognised as such a table (above the list reading of its label lines)", () => {
    expect(alignedLabelledCells(txt(LABELLED))).toBe(true);
  });
  it("its rows keep their cells: lead and co-units from the labels, the leader from its column", async () => {
    const r = await parseText(LABELLED.join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.leadUnits, t.coUnits, t.leaders])).toEqual([
      [1, ["县发改局"], ["县统计局", "县财政局"], ["史刚"]],
      [2, ["县发改局", "县财政局"], ["县直有关单位"], ["史刚"]],
      [3, ["县商务局"], ["县市场监管局"], ["柳青"]],
    ]);
  });
  it("counter-example: the same table without labels in its cells is an ordinary aligned table", () => {
    expect(alignedLabelledCells(txt(LABELLED.map((l) => l.replace(/牵头：|；配|合：|配合：/g, "  "))))).toBe(false);
  });
  it("counter-example: a notice opening lines with labels before a table-like line is a list, not such a table", () => {
    expect(alignedLabelledCells(txt(["1.地区生产总值增长6%。", "牵头：县发改局；配合：县统计局", ...LABELLED.slice(2)]))).toBe(false);
  });
  it("a web page's footer below the table (主办单位：… 技术支持：…) goes in no row", async () => {
    const r = await parseText([...LABELLED, "", "          主办单位：某县人民政府办公室 技术支持：某县信息中心", "           网站标识码：5108990031 备案号：梓ICP备18007321号"].join("\n"));
    const last = r.tasks.at(-1)!;
    expect([last.task, last.leadUnits, last.coUnits]).toEqual(["举办促消费活动30场次，新增限额以上商贸企业45家。", ["县商务局"], ["县市场监管局"]]);
  });
});

describe("a person's name cut by its cell's line break", () => {
  it("a lone character before the list's 、 ends the double-surname name above it", () => {
    expect(splitEntities(["欧阳振", "东、陶 冉"], "person")).toEqual(["欧阳振东", "陶冉"]);
  });
  it("counter-example: a whole name on the next line is the next person", () => {
    expect(splitEntities(["欧阳振", "陶冉、李强"], "person")).toEqual(["欧阳振", "陶冉", "李强"]);
  });
  it("a collective's opening word at a line's end goes on with the next line", () => {
    expect(splitEntities(["吕建东，各", "街道办事处", "主任"], "person")).toEqual(["吕建东", "各街道办事处主任"]);
    expect(splitEntities(["县财政局、有关", "单位"], "unit")).toEqual(["县财政局", "有关单位"]);
  });
  it("counter-example: a collective written whole stays one entry beside the next name", () => {
    expect(splitEntities(["各街道办事处", "县财政局"], "unit")).toEqual(["各街道办事处", "县财政局"]);
  });
});

describe("NAME_CUT: a name entry holding a lone character", () => {
  const table = (leaders: string) => ["序号\t工作任务\t责任单位\t责任领导", "1\t地区生产总值增长6%。\t县发改局\t" + leaders, "2\t固定资产投资增长8%。\t县发改局\t王强"].join("\n");
  it("is flagged whatever the input kept (a table's exact cells too)", async () => {
    const r = await parseText(table("东、陶冉"));
    expect(r.tasks[0]!.review.map((x) => x.code)).toContain("NAME_CUT");
    expect(r.tasks[1]!.review.map((x) => x.code)).not.toContain("NAME_CUT");
  });
  it("counter-example: whole names listed with 、 are not", async () => {
    const r = await parseText(table("李东、陶冉"));
    expect(r.tasks[0]!.review.map((x) => x.code)).not.toContain("NAME_CUT");
  });
});

describe("quote marks printed apart after a task's bare number (`4 “ ”` | `．开展 乐购 系列…`)", () => {
  it("the quotes go back into their gaps and the number opens its words' line again", () => {
    const { lines, emptied } = restoreDisplacedQuotes(["4 “ ”", "．开展 乐购 系列促消费活动 50 场以上。"]);
    expect(lines).toEqual(["", "4．开展“乐购”系列促消费活动 50 场以上。"]);
    expect([...emptied]).toEqual([0]);
  });
  it("counter-example: a number ending a line of words stays on its line (the next line opens with no mark)", () => {
    const { lines } = restoreDisplacedQuotes(["新建车间 12 “ ”", "开展 乐购 系列活动。"]);
    expect(lines).toEqual(["新建车间 12", "开展“乐购”系列活动。"]);
  });
});

describe("an unruled PDF table: a header word's last characters wrapped a loose line below it (`编` | `号`, `县级责任` | `领导`)", () => {
  const run = (text: string, x: number, top: number, size = 10): TextRun => ({ text, box: [x, top, x + [...text].length * size, top + size], fontSize: size });
  it("joins the word when alone it names no field and with them it does", () => {
    const runs = [run("编", 0, 0), run("工作目标", 40, 0), run("责任单位", 150, 0), run("县级责任", 250, 0), run("号", 0, 16), run("领导", 260, 16), run("1", 0, 40), run("推进某项工作", 40, 40), run("县发改局", 150, 40), run("王强", 250, 40)];
    expect(findHeader(runs)!.cells.map((c) => c.text)).toEqual(["编号", "工作目标", "责任单位", "县级责任领导"]);
  });
  it("counter-example: a person right under a header that is whole (`分管县领导` | `郑磊`) is the first row's", () => {
    const runs = [run("序号", 0, 0), run("工作任务", 40, 0), run("牵头单位", 150, 0), run("分管县领导", 250, 0), run("1", 0, 19), run("新建基站。", 40, 19), run("县工信局", 150, 19), run("郑磊", 260, 19)];
    expect(findHeader(runs)!.cells.map((c) => c.text)).toEqual(["序号", "工作任务", "牵头单位", "分管县领导"]);
  });
});

describe("an unruled PDF table whose unit cells print role labels (`牵头：X；配合：Y`)", () => {
  const run = (text: string, x: number, top: number, size = 10): TextRun => ({ text, box: [x, top, x + [...text].length * size, top + size], fontSize: size });
  const page = (cell: (k: number) => string) => ({
    number: 1,
    width: 600,
    height: 800,
    rules: [],
    runs: [run("序号", 0, 0), run("工作目标", 40, 0), run("责任单位", 200, 0), run("责任领导", 330, 0), ...[1, 2, 3].flatMap((k) => [run(String(k), 0, 30 * k), run("推进某项工作。", 40, 30 * k), run(cell(k), 180, 30 * k), run("王强", 330, 30 * k)])],
  });
  const doc = (cell: (k: number) => string) => ({ source: { format: "pdf" }, lines: [], pages: [page(cell)] }) as unknown as InputDocument;
  it("is recognised by label runs in a unit column", () => {
    expect(streamLabelledCells(doc((k) => `牵头：县局${k}；配合：县财政局`))).toBe(true);
  });
  it("counter-example: plain unit lists in the same place are not", () => {
    expect(streamLabelledCells(doc((k) => `县局${k}、县财政局`))).toBe(false);
  });
});

describe("an unruled PDF table printed from a web page: the site's footer below it", () => {
  const run = (text: string, x: number, top: number, size = 10): TextRun => ({ text, box: [x, top, x + [...text].length * size, top + size], fontSize: size });
  const rows = [1, 2].flatMap((k) => [run(String(k), 0, 30 * k), run("推进某项工作。", 40, 30 * k), run("县发改局", 180, 30 * k), run("王强", 330, 30 * k)]);
  const grid = (footer: TextRun[]) =>
    streamGrid({ source: { format: "pdf" }, lines: [], pages: [{ number: 1, width: 600, height: 800, rules: [], runs: [run("序号", 0, 0), run("工作目标", 40, 0), run("责任单位", 180, 0), run("责任领导", 330, 0), ...rows, ...footer] }] } as unknown as InputDocument);
  const cellsOf = (g: ReturnType<typeof streamGrid>) => g.map((r) => r.cells.map((c) => c.lines.map((l) => l.text).join("")));
  it("goes in no row (主办单位：… 技术支持：…)", () => {
    const g = cellsOf(grid([run("主办单位：某县政府办", 40, 75), run("技术支持：某县信息中心", 180, 75)]));
    expect(g.find((c) => c[0] === "2")).toEqual(["2", "推进某项工作。", "县发改局", "王强"]);
  });
  it("counter-example: a wrapped line of the last row's unit cell stays in it", () => {
    const g = cellsOf(grid([run("县财政局", 180, 72)]));
    expect(g.find((c) => c[0] === "2")).toEqual(["2", "推进某项工作。", "县发改局县财政局", "王强"]);
  });
});

describe("a cell's names listed with full-width commas in text copied out of a PDF (`区发改局，区财政局，`)", () => {
  it("reads as names: its commas become the list's 、 (a padded name loses its space)", () => {
    expect(["区发改局，区财政局，", "范志成，蒋", "莉，罗志军", "冯 宁，罗志", "区住建局，各街道办事", "王强，李明"].map((t) => commaListAsNames(t))).toEqual([
      "区发改局、区财政局、", "范志成、蒋", "莉、罗志军", "冯宁、罗志", "区住建局、各街道办事", "王强、李明",
    ]);
  });
  it("counter-example: task text with commas stays prose, bodies and places named in it too", () => {
    const prose = ["加强协调，推进落实", "大力培育高新技术企业，认定国家高新技术企业", "建成区人民医院新院区，社区卫生服务中心标准", "发展壮大村级股份经济合作社，让农民分享增值收益", "城乡统筹，区域协调发展"];
    expect(prose.map((t) => commaListAsNames(t))).toEqual(prose);
  });
  it("a stream of units and people: a lone character after a two-character name ends it (`罗志` | `军`)", () => {
    expect(splitEntities(["范志成、蔡", "秀华、罗志", "军"], "any")).toEqual(["范志成", "蔡秀华", "罗志军"]);
  });
  it("counter-example: a lone character after a unit is no person's end", () => {
    expect(splitEntities(["区统计局", "区财政局"], "any")).toEqual(["区统计局", "区财政局"]);
  });
});

describe("columns kept by position: a header of three lines whose middle line holds two words", () => {
  const AT2 = [0, 9, 38, 48, 57];
  const at = (cells: readonly string[]): string => cells.reduce((out, c, k) => (c ? out.padEnd(AT2[k]!) + c : out), "").trimEnd();
  const head = [at(["序", "", "", "责任领", "督办领"]), at(["", "目标任务", "责任单位"]), at(["号", "", "", "导", "导"])];
  const body = [at(["1", "地区生产总值增长7.5%左右。", "区发展改革局", "潘晓东", "金海鹏"]), at(["2", "新增规模以上工业企业25家。", "区工信局", "董志远", "钱伟航"]), at(["3", "实际利用外资1.2亿美元。", "区商务局", "贺长平", "钱伟航"])];
  it("takes the words wrapped above and below it (序 | 号, 责任领 | 导)", () => {
    const h = findAlignedHeader(txt([...head, ...body]).lines)!;
    expect(h.headers).toEqual(["序号", "目标任务", "责任单位", "责任领导", "督办领导"]);
  });
  it("counter-example: two header-like words with nothing stacked around them are no header", () => {
    expect(findAlignedHeader(txt([head[1]!, ...body]).lines)).toBeNull();
  });
});

describe("a division-of-work cell of label lines", () => {
  it("a line that opens with a label starts a clause of its own though the line before ran to the cell's edge", () => {
    expect(cellText([{ text: "配合单位：县财政局、各乡镇人民政府", wrapped: true }, { text: "责任领导：祝文涛" }])).toBe("配合单位：县财政局、各乡镇人民政府 责任领导：祝文涛");
  });
  it("counter-example: a label cut by the wrap, or a name going on, joins with no space", () => {
    expect(cellText([{ text: "牵头：县发改局；配", wrapped: true }, { text: "合：县财政局" }])).toBe("牵头：县发改局；配合：县财政局");
    expect(cellText([{ text: "配合单位：县市场监督管理", wrapped: true }, { text: "局、县公安局" }])).toBe("配合单位：县市场监督管理局、县公安局");
  });
  const row = (n: number, lead: readonly string[]) => [String(n), `推进第${n}项重点工作，全年完成投资${n}亿元。`, `牵头单位：${lead[0]}`, ...lead.slice(1), "配合单位：县农业农村局、", "县总工会", "责任领导：王强", "2025 年", "12 月底"];
  const dump = (leads: ReadonlyArray<readonly string[]>) => ["某县人民政府关于印发2025年政府工作报告重点任务分解的通知", "附件", "序号", "重点工作", "责任分工", "完成时限", ...leads.flatMap((l, k) => row(k + 1, l))].join("\n");
  it("in text copied out of a PDF, a unit the cell's width cut is one name again (`县人力资源和社` | `会保障局`)", async () => {
    const r = await parseText(dump([["县人力资源和社", "会保障局"], ["县卫生健康委员", "会"], ["县发展和改革", "局"]]));
    expect(r.tasks.map((t) => [t.seq, t.leadUnits, t.coUnits, t.leaders])).toEqual([
      [1, ["县人力资源和社会保障局"], ["县农业农村局", "县总工会"], ["王强"]],
      [2, ["县卫生健康委员会"], ["县农业农村局", "县总工会"], ["王强"]],
      [3, ["县发展和改革局"], ["县农业农村局", "县总工会"], ["王强"]],
    ]);
  });
  it("counter-example: two whole units on two lines stay two", async () => {
    const r = await parseText(dump([["县发改局", "县财政局"], ["县教育局", "县人社局"], ["县商务局", "县统计局"]]));
    expect(r.tasks.map((t) => t.leadUnits)).toEqual([["县发改局", "县财政局"], ["县教育局", "县人社局"], ["县商务局", "县统计局"]]);
  });
});

describe("columns kept by position, rows numbered inside the task cell: a heading a page printed one position to the right", () => {
  const AT3 = [0, 30, 40, 52];
  const at = (cells: readonly string[], shift = 0): string => " ".repeat(shift) + cells.reduce((out, c, k) => (c ? out.padEnd(AT3[k]!) + c : out), "").trimEnd();
  const page = (shift: number, heading: string, from: number) => [
    at(["目标任务", "牵头单位", "协办单位", "县领导"], shift + 10),
    at([heading], shift),
    // (a row of three lines: its number goes on the middle line, as a 序号 cell is printed)
    at([`${from}.推进第${from}项重点工作，全年完成`, "县发改局", "县财政局"], shift),
    at(["固定资产投资增长10%，一般公共预", "", "", "施国平"], shift),
    at(["算收入增长6%。"], shift),
    ...[1, 2].map((k) => at([`${from + k}.推进第${from + k}项重点工作。`, "县发改局", "县财政局", "施国平"], shift)),
  ];
  it("heads the rows under it", async () => {
    const r = await parseText(["某县2022年《政府工作报告》目标任务分解方案", ...page(1, "（一）聚焦项目投资", 1), ...page(0, "（二）聚焦产业升级", 4)].join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.section])).toEqual([1, 2, 3].map((n) => [n, ["（一）聚焦项目投资"]]).concat([4, 5, 6].map((n) => [n, ["（二）聚焦产业升级"]])));
    expect(r.tasks[0]!.task).toBe("推进第1项重点工作，全年完成固定资产投资增长10%，一般公共预算收入增长6%。");
  });
  it("stays at the table's left edge, where the reader takes a heading, not shifted into the task column", () => {
    const lines = txt(["某县2022年《政府工作报告》目标任务分解方案", ...page(1, "（一）聚焦项目投资", 1), ...page(0, "（二）聚焦产业升级", 4)]).lines;
    const out = alignedLines(lines).lines;
    expect([out[2]!.text, out[9]!.text]).toEqual([" （一）聚焦项目投资", "（二）聚焦产业升级"]);
  });
  it("counter-example: a heading-like line printed well inside the task column is shifted with the task lines", () => {
    const lines = txt(["某县2022年《政府工作报告》目标任务分解方案", ...page(0, "     （一）聚焦项目投资", 1), ...page(0, "（二）聚焦产业升级", 4)]).lines;
    expect(alignedLines(lines).lines[2]!.text).not.toBe("     （一）聚焦项目投资");
  });
});

describe("text copied out of a PDF: a Roman numeral printed apart at a task line's end, the next line opening with a comma", () => {
  const row = (n: number, lines: readonly string[]) => [String(n), ...lines, "区生态环境分局", "区水利局", "王强", "李明"];
  const dump = (third: readonly string[]) =>
    ["某区人民政府办公室关于印发2022年目标任务责任分解的通知", "附件", "序号", "目标任务", "责任单位", "责任领导", ...row(1, ["新建污水管网 20 公里。"]), ...row(2, third), ...row(3, ["完成造林 1 万亩。"])].join("\n");
  const codes = async (third: readonly string[]) => (await parseText(dump(third))).diagnostics.filter((d) => d.seq === 2).map((d) => d.code);
  it("flags the row: the numeral's place is lost (`88% Ⅲ` | `，…水质稳定达到` | `类。`)", async () => {
    expect(await codes(["PM2.5 年均浓度控制在 32 微克/立方", "米以下，优良天数比例达到", "88% Ⅲ", "，筠河断面水质稳定达到", "类。"])).toContain("FLAT_TASK_TEXT_DISPLACED");
  });
  it("counter-example: a line opening with a comma after words (a browser's line break after a quote) is not flagged", async () => {
    expect(await codes(["贯彻实施《历史文化名城保护条例》", "，抓好古城保护。"])).not.toContain("FLAT_TASK_TEXT_DISPLACED");
  });
});
