// Session 24's general rules, each with a counter-example (text that looks alike and must not be read so).
import { describe, expect, it } from "vitest";
import { joinFragments, splitEntities } from "../../src/names/split.js";
import { categoryOnTaskLine, joinWrappedTimeCells } from "../../src/layouts/flat/anatomy.js";
import { isPageNoise } from "../../src/table/find.js";
import { bodyBounds, findAlignedHeader } from "../../src/layouts/aligned.js";
import { segmentHeader } from "../../src/layouts/flat/header.js";
import { joinStrayTails } from "../../src/layouts/flat/headertails.js";
import { parseText } from "../../src/index.js";
import { classifyLines, dealRowBlocks, type Part } from "../../src/layouts/flat/scrambled.js";

describe("a unit name cut by a cell's width inside a longer ending (`…合作社联` | `合社`)", () => {
  it("joins when the line ran to the cell's edge and only together the pieces end in an organisation's word", () => {
    expect(splitEntities([{ text: "县供销合作社联", wrapped: true }, { text: "合社" }], "unit")).toEqual(["县供销合作社联合社"]);
    expect(splitEntities([{ text: "县农业农村局、县供销合作社联", wrapped: true }, { text: "合社" }], "unit")).toEqual(["县农业农村局", "县供销合作社联合社"]);
  });
  it("counter-examples: a federation ending a line that stopped short, and one whose next line is a unit of its own", () => {
    expect(splitEntities([{ text: "县妇联", ended: true }, { text: "县团委" }], "unit")).toEqual(["县妇联", "县团委"]);
    expect(splitEntities([{ text: "县工商联", wrapped: true }, { text: "县商务局" }], "unit")).toEqual(["县工商联", "县商务局"]);
  });
});

describe("a year alone on a line is no page number", () => {
  it("four digits are a 完成时限 cell's year wrapped onto a line of its own", () => {
    expect(isPageNoise("2025")).toBe(false);
    expect(isPageNoise("  2026 ")).toBe(false);
  });
  it("counter-examples: page numbers of one to three digits and the marked forms stay page furniture", () => {
    for (const t of ["3", "12", "105", "- 3 -", "第 2 页"]) expect(isPageNoise(t), t).toBe(true);
  });
});

describe("a 完成时限 cell cut into lines of a few characters (`2025` | `年 12` | `月底`)", () => {
  const L = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1, afterBreak: false }));
  it("is joined into the one time cell it is", () => {
    expect(joinWrappedTimeCells(L("县商务局", "2025", "年 12", "月底")).map((l) => l.text)).toEqual(["县商务局", "2025年12月底"]);
    expect(joinWrappedTimeCells(L("2026 年", "6 月底", "前")).map((l) => [l.text, l.line])).toEqual([["2026年6月底前", 1]]);
  });
  it("counter-examples: a year that opens no whole time, a long next line, a time already whole, a page break between", () => {
    expect(joinWrappedTimeCells(L("2025", "年全县地区生产总值增长")).map((l) => l.text)).toEqual(["2025", "年全县地区生产总值增长"]);
    expect(joinWrappedTimeCells(L("2025年底", "县统计局")).map((l) => l.text)).toEqual(["2025年底", "县统计局"]);
    expect(joinWrappedTimeCells([{ text: "2025", line: 1, afterBreak: false }, { text: "年底", line: 2, afterBreak: true }]).map((l) => l.text)).toEqual(["2025", "年底"]);
  });
});

describe("a merged category cell printed on its first row's task line (`城乡建设 深入实施…`)", () => {
  it("is the row's section when a short un-numbered heading stands before the task's prose, a space between Han characters", () => {
    expect(categoryOnTaskLine("城乡建设 深入推进城市更新，改造老旧小区 30")).toEqual({ heading: "城乡建设", rest: "深入推进城市更新，改造老旧小区 30" });
  });
  it("counter-examples: a number after the space, a unit or a person before it, a sentence", () => {
    expect(categoryOnTaskLine("推动 6 个项目开工建设，完成投资 20 亿元。")).toBeNull();
    expect(categoryOnTaskLine("县商务局 推动外贸稳规模优结构，进出口总额增长 5%。")).toBeNull();
    expect(categoryOnTaskLine("王建国 推动外贸稳规模优结构，进出口总额增长 5%。")).toBeNull();
    expect(categoryOnTaskLine("完成投资。 推动外贸稳规模优结构")).toBeNull();
  });
});

describe("a department's usual name cut by a line break in a stream of units and people", () => {
  it("joins (`县住房和城乡` | `建设局`), as it does in a unit column", () => {
    expect(joinFragments(["县住房和城乡", "建设局"], "any")).toEqual(["县住房和城乡建设局"]);
  });
  it("counter-examples: a place-opened unit after it, a person after it", () => {
    expect(joinFragments(["县住房和城乡建设局", "县财政局"], "any")).toEqual(["县住房和城乡建设局", "县财政局"]);
    expect(joinFragments(["城关镇", "王建国"], "any")).toEqual(["城关镇", "王建国"]);
  });
});

describe("-layout text whose header words lie far left of their columns (a header row's own grid)", () => {
  // 主责单位 at 12, 协同单位 at 42, 责任人 at 54; the rows' lead units at 35, co-units at 44, people at 56
  const header = `序号   工作内容   主责单位${" ".repeat(26)}协同单位${" ".repeat(8)}责任人`;
  const row = (n: string, task: string, lead: string, co: string, who: string) => `${n.padEnd(5)}${task.padEnd(30)}${lead.padEnd(9)}${co.padEnd(12)}${who}`;
  const bounds = (body: string[]) => {
    const lines = [header, ...body].map((text, i) => ({ line: i + 1, text }));
    const h = findAlignedHeader(lines)!;
    return { h, b: bodyBounds(body, h) };
  };
  it("two edges of text printed side by side on lines of one column's span are two columns: the first is the empty column's", () => {
    const body = [row("1", "地区生产总值增长6%。", "区发改委", "区统计局", "周明"), row("2", "工业投资增长8%。", "区工信局", "区财政局", "吴迪"), row("3", "外贸进出口增长5%。", "区商务局", "区海关办", "郑凯"), row("4", "新增就业5000人。", "区人社局", "区财政局", "何平")];
    const { h, b } = bounds(body);
    const co = h.columns.indexOf("coUnits");
    const leadAt = body[0]!.indexOf("区发改委");
    const coAt = body[0]!.indexOf("区统计局");
    expect(h.bounds[co]!).toBeLessThan(leadAt);
    expect(b[co]!).toBeGreaterThan(leadAt);
    expect(b[co]!).toBeLessThanOrEqual(coAt);
  });
  it("counter-example: a column's names starting at two places on different lines (no line holds both) move nothing", () => {
    const body = [row("1", "地区生产总值增长6%。", "", "区统计局", "周明"), `${" ".repeat(35)}${"区发展和改革委员会"}`, row("2", "工业投资增长8%。", "", "区财政局", "吴迪"), `${" ".repeat(35)}${"区发展和改革委员会"}`, row("3", "外贸进出口增长5%。", "", "区海关办", "郑凯"), `${" ".repeat(35)}${"区发展和改革委员会"}`];
    const { h, b } = bounds(body);
    expect(b).toEqual(h.bounds);
  });
});

describe("a header printed one word per line with two people columns of one kind (`责任人`, `牵头领导`)", () => {
  const pieces = (words: string[], rows = words.map((_, i) => i)) => segmentHeader(joinStrayTails(words.map((text, k) => ({ text, row: rows[k]! }))))?.map((p) => p.text) ?? null;
  it("keeps every printed word a header word of its own", () => {
    expect(pieces(["序号", "任务内容", "责任单位", "责任人", "牵头领导"])).toEqual(["序号", "任务内容", "责任单位", "责任人", "牵头领导"]);
    expect(pieces(["序号", "目标任务", "责任单位", "责任人", "牵头领导"])).toEqual(["序号", "目标任务", "责任单位", "责任人", "牵头领导"]);
  });
  it("counter-examples: a unit field is still never named twice; a people word inside a printed word is no second column", () => {
    expect(pieces(["序号", "目标任务", "责任单位", "主责单位"])).not.toEqual(["序号", "目标任务", "责任单位", "主责单位"]);
    expect(pieces(["序号", "目标任务", "责任单位", "责任人责任人"], [0, 1, 2, 3])).not.toEqual(["序号", "目标任务", "责任单位", "责任人", "责任人"]);
  });
});

describe("quotation marks printed on a line of their own among a task's lines (`“` | `打造 10 ”` | `分钟…`)", () => {
  // a table flattened one cell per line, as pdftotext -raw prints it
  const dump = (taskLines: string[]) => ["序号", "工作内容", "主责单位", "协同单位", "责任人", "1", ...taskLines, "区委宣传部", "区文旅局", "周明", "2", "新建城市书房10个。", "区文旅局", "区财政局", "吴迪"].join("\n");
  const reasons = async (t: string) => (await parseText(t)).tasks[0]!.review.map((r) => r.code);
  it("flag the row: where the text put the quotes back is a guess", async () => {
    expect(await reasons(dump(["“", "打造 10 ”", "分钟便民生活圈 ，新建社区食堂8个。"]))).toContain("FLAT_TASK_TEXT_DISPLACED");
  });
  it("counter-example: quotes beside their words, spaced as pdftotext prints them, flag nothing", async () => {
    expect(await reasons(dump(["实施重大项目 “ 攻坚年 ” 行动，新建城市书房10个。"]))).not.toContain("FLAT_TASK_TEXT_DISPLACED");
  });
});

describe("a scrambled table's cells printed row by row after each task, one block per column (pdftotext default)", () => {
  const P = (kind: "blank" | "names" | "text", line: number, text = "", names: string[] = []): Part =>
    kind === "blank" ? { kind, line } : kind === "names" ? { kind, line, names } : { kind, line, text, names };
  const cols = ["seq", "task", "units", "coUnits", "leaders"];
  // row 1: task, then its three cells; row 2: task, then its cells and row 3's (row 3's task printed after them)
  const parts: Part[] = [
    P("text", 1, "地区生产总值增长6%以上。"), P("blank", 2),
    P("names", 3, "", ["区发改委"]), P("blank", 4),
    P("text", 5, "区统计局、区财"), P("names", 6, "", ["政局、区商务局"]), P("blank", 7),
    P("names", 8, "", ["周明"]), P("blank", 9),
    P("text", 10, "新开工项目40个以上。"), P("blank", 11),
    P("names", 12, "", ["区住建局"]), P("blank", 13), P("names", 14, "", ["区财政局"]), P("blank", 15), P("names", 16, "", ["吴迪"]), P("blank", 17),
    P("names", 18, "", ["区商务局"]), P("blank", 19), P("names", 20, "", ["区文旅局"]), P("blank", 21), P("names", 22, "", ["郑凯"]), P("blank", 23),
    P("text", 24, "社会消费品零售总额增长7%。"),
  ];
  const task = new Map([[1, { lines: [1] }], [2, { lines: [10] }], [3, { lines: [24] }]]);
  it("gives each row its blocks in column order, and the rows whose cells came before their task the surplus, in order", () => {
    const cells = dealRowBlocks(parts, [1, 2, 3], task, cols);
    const text = (seq: number) => Object.fromEntries(Object.entries(cells.get(seq) ?? {}).map(([f, ls]) => [f, ls!.map((l) => l.text)]));
    expect(text(1)).toEqual({ units: ["区发改委"], coUnits: ["区统计局、区财", "政局、区商务局"], leaders: ["周明"] });
    expect(text(2)).toEqual({ units: ["区住建局"], coUnits: ["区财政局"], leaders: ["吴迪"] });
    expect(text(3)).toEqual({ units: ["区商务局"], coUnits: ["区文旅局"], leaders: ["郑凯"] });
  });
  it("counter-examples: blocks of the wrong kind for their column, or a count that is no multiple of the columns, deal nothing", () => {
    const swapped = parts.map((p) => (p.line === 8 ? P("names", 8, "", ["区发改委"]) : p));
    expect(dealRowBlocks(swapped, [1, 2, 3], task, cols).has(1)).toBe(false);
    const short = parts.filter((p) => p.line !== 8 && p.line !== 9);
    expect(dealRowBlocks(short, [1, 2, 3], task, cols).has(1)).toBe(false);
  });
  it("counter-examples: a header that showed one responsibility column, a block that is a lone character (a piece of other text)", () => {
    expect(dealRowBlocks(parts, [1, 2, 3], task, ["seq", "task", "units"]).size).toBe(0);
    const piece = parts.map((p) => (p.line === 3 ? P("text", 3, "局") : p));
    expect(dealRowBlocks(piece, [1, 2, 3], task, cols).has(1)).toBe(false);
  });
  it("blocks after the last of several tasks printed together go to those rows in order, the header words between skipped", () => {
    const together: Part[] = [
      P("text", 1, "地区生产总值增长6%以上。"), P("text", 2, "新开工项目40个以上。"), P("blank", 3),
      { kind: "header", line: 4, text: "主责单位" }, P("blank", 5), { kind: "header", line: 6, text: "协同单位" }, P("blank", 7),
      P("names", 8, "", ["区发改委"]), P("blank", 9), P("names", 10, "", ["区统计局"]), P("blank", 11), P("names", 12, "", ["周明"]), P("blank", 13),
      P("names", 14, "", ["区住建局"]), P("blank", 15), P("names", 16, "", ["区财政局"]), P("blank", 17), P("names", 18, "", ["吴迪"]),
    ];
    const cells = dealRowBlocks(together, [1, 2], new Map([[1, { lines: [1] }], [2, { lines: [2] }]]), cols);
    expect([cells.get(1)?.units?.[0]?.text, cells.get(2)?.leaders?.[0]?.text]).toEqual(["区发改委", "吴迪"]);
  });
});

describe("a collective alone on a line of a scrambled table (`县直各单位`) is a cell's units, not a header word", () => {
  const kinds = (texts: string[]) => classifyLines(texts.map((text, i) => ({ line: i + 1, text })), 0).filter((p) => p.kind !== "blank").map((p) => p.kind);
  it("is read as names", () => {
    expect(kinds(["序号", "", "目标任务", "", "责任单位", "", "1", "", "县直各单位"])).toEqual(["header", "header", "header", "seq", "names"]);
  });
  it("counter-example: a header word alone on its line stays a header word", () => {
    expect(kinds(["序号", "", "目标任务", "", "配合单位"])).toEqual(["header", "header", "header"]);
  });
});

describe("a scrambled table: the other columns' header words after an unfinished task end the task column's block", () => {
  const cover = ["关于印发2024年政府工作报告重点工作责任分解的通知", "", "序号", "", "1", "", "2", "", "3", "", "工作内容", ""];
  const cells = ["区发改委", "", "区统计局、区财", "政局", "", "周明", "", "区住建局", "", "区财政局", "", "吴迪", "", "区商务局", "", "区文旅局、区市", "场监管局", "", "郑凯", ""];
  const rows = async (lines: string[]) => (await parseText(lines.join("\n"))).tasks.map((t) => [t.seq, t.task, t.units, t.coUnits, t.leaders]);
  it("the last task, printed without a full stop, takes no cell text; each row's cells are dealt in order", async () => {
    const text = [...cover, "地区生产总值增长6%以上。", "新开工项目40个以上。", "社会消费品零售总额增长7%", "", "主责单位", "", "协同单位", "", "责任人", "", ...cells];
    expect(await rows(text)).toEqual([
      [1, "地区生产总值增长6%以上。", ["区发改委"], ["区统计局", "区财政局"], ["周明"]],
      [2, "新开工项目40个以上。", ["区住建局"], ["区财政局"], ["吴迪"]],
      [3, "社会消费品零售总额增长7%", ["区商务局"], ["区文旅局", "区市场监管局"], ["郑凯"]],
    ]);
  });
  it("counter-example: the header a new page prints again does not cut a task the page break cut", async () => {
    const text = [...cover, "地区生产总值增长6%以上。", "新开工项目40个以上。", "社会消费品零售总额增长7%，新增限额以上", "", "- 1 -", "", "\f序号", "", "工作内容", "", "主责单位", "", "商贸企业60家。", "", "协同单位", "", "责任人", "", ...cells];
    expect((await rows(text))[2]![1]).toBe("社会消费品零售总额增长7%，新增限额以上商贸企业60家。");
  });
});
