import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import { cellPerLine, labelLines, offCentre, splitByCounts, splitCentredGaps, taskText } from "../../src/layouts/flat/pageblocks.js";

// `pdftotext` default mode on a Chromium-printed table: the 序号 as one block, the task lines
// interleaved (by height) with the 牵头单位 column, then whole-page blocks of the other columns
const page = (people: string[]): string =>
  [
    "泉港政办〔2020〕2号",
    "",
    "泉港区人民政府办公室关于印发2020年区政府工作报告目标任务责任分解表的通知",
    "",
    "各有关单位：",
    "现将责任分解表印发给你们，请认真贯彻落实。",
    "",
    "附件：2020年区政府工作报告目标任务责任分解表",
    "序号",
    "1",
    "2",
    "3",
    "4",
    "",
    "具体目标任务",
    "",
    "牵头单位",
    "城管局",
    "文体旅游局",
    "创建文创培训、美食、服装、夜市等特色街区。",
    "自然资源局",
    "商务局",
    "自然资源局",
    "培育发展建材、汽车、花卉等专业市场。",
    "商务局",
    "推动“吃穿住用行”等生活性服务业向高品质和多样化升级。",
    "商务局",
    "启动西部旅游公路建设。",
    "交通运输局",
    "",
    "责任人",
    ...people,
    "",
    "协办单位",
    "文旅开发公司",
    "相关镇（街道）",
    "",
    "区分管或联系领导",
    "陈相成",
    "陈清拥",
    "黄少伟",
    "柯明好",
    "邱金谋",
  ].join("\n");
const PEOPLE = ["程进强", "刘冰", "林昀瑜", "肖银河", "林昀瑜", "肖银河", "肖银河", "朱辉阳"];

describe("centred cells: the units between two tasks split by the rows' geometry", () => {
  it("reads units above and below each one-line task as centred (a unit at a task line's height prints after it)", () => {
    // k = 4, 2, 1 units around one-line tasks: 2|2, 1|1, 0|1
    const rows = [1, 1, 1].map(() => ({ tasks: 1, beside: 0 }));
    const split = splitCentredGaps(rows, [2, 3, 1, 1]);
    expect(split).not.toBeNull();
    expect(split!.above).toEqual([2, 1, 0]);
    expect(split!.below).toEqual([2, 1, 1]);
    expect(split!.span).toEqual([1, 1, 1]);
  });

  it("a unit glued to a task line at a half-line offset costs; the even reading wins", () => {
    // two task lines with one unit glued: two units (one per line) read better than three
    expect(offCentre(0, 1, { tasks: 2, beside: 1, glued: 1 })).toBe(0);
    expect(offCentre(1, 1, { tasks: 2, beside: 1, glued: 1 })).toBeGreaterThan(0);
  });

  it("reads a merged cell over two rows only where no reading without one exists, and never vouches for it", () => {
    // row 1: a unit above and below; rows 2–3 share the unit printed between their tasks; row 4: one below
    const split = splitCentredGaps([1, 1, 1, 1].map(() => ({ tasks: 1, beside: 0 })), [1, 1, 1, 0, 1]);
    expect(split).toMatchObject({ above: [1, 0, 0, 0], below: [1, 0, 0, 1], span: [1, 2, 0, 1] });
    expect(split!.vouched).toEqual([false, false, false, false]);
    // counter-example: the same page with a unit of its own for row 3 needs no merged cell
    expect(splitCentredGaps([1, 1, 1, 1].map(() => ({ tasks: 1, beside: 0 })), [1, 1, 1, 1, 1])).toMatchObject({ span: [1, 1, 1, 1] });
  });

  it("counter-example: a unit column printed as one block after the tasks is no centred reading", () => {
    expect(splitCentredGaps([1, 1, 1].map(() => ({ tasks: 2, beside: 0 })), [0, 0, 0, 7])).toBeNull();
  });

  it("a task line whose text reads as a list of units once the glued name is set aside is still task text", () => {
    expect(taskText("大力引进金融中心、营销中心、结算中 发改局")).toMatchObject({ task: "大力引进金融中心、营销中心、结算中", names: ["发改局"] });
    expect(taskText("城管局 程进强")).toBeNull();
  });
});

describe("the paired person block cut by the rows' unit counts", () => {
  it("cuts when the counts add up to the block", () => {
    expect(splitByCounts(["a", "b", "c"], [2, 0, 1])).toEqual([["a", "b"], [], ["c"]]);
  });

  it("counter-example: counts that do not add up cut nothing", () => {
    expect(splitByCounts(["a", "b", "c"], [2, 2])).toBeNull();
    expect(splitByCounts(["a", "b"], [1])).toBeNull();
  });
});

describe("a page printed column by column (pdftotext default, Chromium)", () => {
  it("gives each row its units and paired people; rows with several readings are flagged", async () => {
    const r = await parseText(page(PEOPLE), { layout: "flat" });
    const got = r.tasks.map((t) => ({ seq: t.seq, leadUnits: t.leadUnits, leaders: t.leaders }));
    expect(got).toEqual([
      { seq: 1, leadUnits: ["城管局", "文体旅游局", "自然资源局", "商务局"], leaders: ["程进强", "刘冰", "林昀瑜", "肖银河"] },
      { seq: 2, leadUnits: ["自然资源局", "商务局"], leaders: ["林昀瑜", "肖银河"] },
      { seq: 3, leadUnits: ["商务局"], leaders: ["肖银河"] },
      { seq: 4, leadUnits: ["交通运输局"], leaders: ["朱辉阳"] },
    ]);
    // co-units and supervisors have no count: they stay in the page's last row (flagged by the block)
    expect(r.tasks[3]!.coUnits).toEqual(["文旅开发公司", "相关镇（街道）"]);
    const guessed = r.diagnostics.filter((d) => d.code === "FLAT_PAGE_BLOCKS_GUESSED").map((d) => d.seq);
    expect(guessed).toEqual([1, 2]);
    expect(r.diagnostics.filter((d) => d.code === "FLAT_PAGE_BLOCKS").map((d) => [d.seq, d.level])).toEqual([
      [3, "info"],
      [4, "info"],
    ]);
    for (const t of r.tasks) expect(t.review.length).toBeGreaterThan(0);
  });

  it("counter-example: a person block one name longer than the units is not distributed, and every row says so", async () => {
    const r = await parseText(page([...PEOPLE.slice(0, 5), "王艺彬", ...PEOPLE.slice(5)]), { layout: "flat" });
    expect(r.tasks.slice(0, 3).map((t) => t.leaders)).toEqual([[], [], []]);
    // the names are kept, in the page's last row
    expect(r.tasks[3]!.leaders).toEqual(expect.arrayContaining(["程进强", "王艺彬", "朱辉阳"]));
    const guessed = r.diagnostics.filter((d) => d.code === "FLAT_PAGE_BLOCKS_GUESSED");
    expect(guessed.map((d) => d.seq)).toEqual([1, 2, 3, 4]);
    expect(guessed[3]!.message).toContain("9 人");
    expect(guessed[3]!.message).toContain("8 个");
    for (const t of r.tasks) expect(t.review.length).toBeGreaterThan(0);
  });
});

describe("column labels printed alone (reading order)", () => {
  const at = (texts: string[]) => texts.map((text, k) => ({ text, line: k + 1 }));
  it("reads a label alone on its line, and one wrapped over two lines", () => {
    const labels = labelLines(at(["责任人", "程进强", "区分管或联系", "领导", "陈相成"]));
    expect([...labels]).toEqual([
      [1, "leaders"],
      [3, "supervisors"],
      [4, "supervisors"],
    ]);
  });
  it("counter-example: names and prose are no labels, nor a name followed by a name", () => {
    expect([...labelLines(at(["城管局", "文体旅游局", "启动西部旅游公路建设。", "程进强", "刘冰"]))]).toEqual([]);
  });
});

describe("cellPerLine", () => {
  const row = (seq: number, line: number, first: number) => ({ seq, line, lines: [{ text: "任务。", line: first, afterBreak: false }] });

  it("a page whose 序号 stand alone, each row's first cell on the next line, is in row order", () => {
    expect(cellPerLine([row(1, 6, 7), row(2, 10, 11)])).toBe(true);
  });

  it("a page printing the 序号 on its task's line is poppler's reading order (counter-example)", () => {
    expect(cellPerLine([row(1, 6, 6), row(2, 10, 11)])).toBe(false);
    expect(cellPerLine([])).toBe(false);
  });
});
