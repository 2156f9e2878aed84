/**
 * A table whose text came out in poppler's default reading order (header
 * words alone on lines, numbers in runs, column blocks): the rows rebuilt
 * from the numbers and the sentences, every row flagged; prose is still no table.
 */
import { describe, expect, it } from "vitest";
import { flagScrambledRows, longestRun, readScrambled } from "../../src/layouts/flat/scrambled.js";
import { parseText } from "../../src/parse.js";

const lines = (xs: string[]) => xs.map((text, i) => ({ text, line: i + 1 }));

// the shape of Chromium's table in pdftotext's default mode: header cells of one page half, numbered
// task lines with heading rows between them, then the other columns' header words and blocks
const HEADING_ROWS = [
  "南政办〔2024〕2号",
  "关于印发2024年政府工作报告目标任务责任分解的通知",
  "现将《2024年政府工作报告目标任务责任分解表》印发给你们，请认真抓好落实。",
  "附件",
  "",
  "2024年政府工作报告目标任务责任分解表",
  "",
  "序号",
  "重点工作任务",
  "一、扩大有效投资",
  "1 实施县级重点项目80个，完成投资120亿元。",
  "2 争取专项债券资金8亿元。",
  "二、保障改善民生",
  "3 新增城镇就业2200人。",
  "4 新建公办幼儿园2所。",
  "",
  "—1—",
  "",
  "牵头单位",
  "",
  "配合单位",
  "",
  "县发改局",
  "县财政局",
  "",
  "县人社局",
  "县教育局",
];

// numbers printed apart from their tasks: a task goes to the row whose number waits before it
const NUMBERS_APART = [
  "关于印发2023年政府工作报告目标任务责任分解的通知",
  "附件",
  "分管副市",
  "长",
  "",
  "牵头单位",
  "",
  "责任单位",
  "",
  "建成城市轨道交通2号线一期工程",
  "并投入运营。",
  "",
  "王刚",
  "市交通运输局",
  "8",
  "",
  "实施国省干线公路改造80公里。",
  "市交通运输局",
  "9",
  "新开通城乡公交",
  "线路15条。",
  "序号",
  "重点工作任务",
  "7",
];

// the same table with its column blocks: one block per group of rows (between heading rows) and column
const WITH_BLOCKS = [
  ...HEADING_ROWS.slice(0, 19),
  "",
  "配合单位",
  "",
  "责任领导",
  "",
  "县发改局",
  "县财政局",
  "",
  "县重点办",
  "各乡镇",
  "县发改局",
  "",
  "何强",
  "何强",
  "",
  "县人社局",
  "县教育局",
  "",
  "各乡镇",
  "县住建局",
  "",
  "刘芳",
  "刘芳",
];

describe("longestRun", () => {
  it("is the longest run of consecutive numbers, each counted once, in any order", () => {
    expect(longestRun([8, 9, 7, 8])).toEqual([7, 8, 9]);
    expect(longestRun([1, 2, 18, 3, 13])).toEqual([1, 2, 3]);
  });
});

describe("readScrambled", () => {
  it("rebuilds one row per number with its task and section, every row flagged", () => {
    const r = readScrambled(lines(HEADING_ROWS))!;
    expect(r.records.map((x) => [x.seq, x.section, x.task.join("")])).toEqual([
      [1, ["一、扩大有效投资"], "实施县级重点项目80个，完成投资120亿元。"],
      [2, ["一、扩大有效投资"], "争取专项债券资金8亿元。"],
      [3, ["二、保障改善民生"], "新增城镇就业2200人。"],
      [4, ["二、保障改善民生"], "新建公办幼儿园2所。"],
    ]);
    expect(r.records.every((x) => x.review?.some((y) => y.code === "SCRAMBLED_TABLE_ROW"))).toBe(true);
    expect(r.diagnostics.map((d) => [d.code, d.level])).toContainEqual(["SCRAMBLED_TABLE", "warning"]);
    expect(r.tables[0]!.title).toBe("2024年政府工作报告目标任务责任分解表");
  });

  it("deals each column block to its group's rows when the counts add up, line by line", () => {
    const r = readScrambled(lines(WITH_BLOCKS))!;
    const names = (seq: number, f: "leadUnits" | "coUnits" | "leaders") => (r.records.find((x) => x.seq === seq)!.cells[f] ?? []).map((c) => c.text);
    expect([1, 2, 3, 4].map((seq) => names(seq, "leadUnits"))).toEqual([["县发改局"], ["县财政局"], ["县人社局"], ["县教育局"]]);
    expect([1, 2, 3, 4].map((seq) => names(seq, "leaders"))).toEqual([["何强"], ["何强"], ["刘芳"], ["刘芳"]]);
    // three names for two rows: which row holds two, the text does not say
    expect([1, 2].map((seq) => names(seq, "coUnits"))).toEqual([[], []]);
    expect([3, 4].map((seq) => names(seq, "coUnits"))).toEqual([["各乡镇"], ["县住建局"]]);
    expect(r.records.every((x) => x.review?.some((y) => y.code === "SCRAMBLED_TABLE_ROW"))).toBe(true);
  });

  it("deals no block when the blocks do not add up to one per group and column, or a block is of the wrong kind (counter-examples)", () => {
    const missing = WITH_BLOCKS.slice(0, -3); // the last leader block gone
    expect(readScrambled(lines(missing))!.records.every((x) => Object.keys(x.cells).length === 0)).toBe(true);
    const swapped = WITH_BLOCKS.map((l) => (l === "何强" ? "县水利局" : l)); // units where the leaders stand
    expect(readScrambled(lines(swapped))!.records.every((x) => Object.keys(x.cells).length === 0)).toBe(true);
  });

  it("joins a task's lines to its sentence end and deals tasks to the numbers printed before them", () => {
    const r = readScrambled(lines(NUMBERS_APART))!;
    expect(r.records.map((x) => [x.seq, x.task.join("")])).toEqual([
      [7, "建成城市轨道交通2号线一期工程并投入运营。"],
      [8, "实施国省干线公路改造80公里。"],
      [9, "新开通城乡公交线路15条。"],
    ]);
    expect(r.records.every((x) => x.section.length === 0)).toBe(true);
    // the table's one heading row, printed after its rows: the heading of them all
    const late = readScrambled(lines([...NUMBERS_APART.slice(0, -1), "三、建设交通强市", "7"]))!;
    expect(late.records.map((x) => x.section)).toEqual([["三、建设交通强市"], ["三、建设交通强市"], ["三、建设交通强市"]]);
  });

  it("reads no table from prose that names the roles in sentences, nor from header words without task text (counter-examples)", () => {
    const prose = [
      "关于印发2023年政府工作报告目标任务责任分解的通知",
      "1 各牵头单位要会同责任单位和配合单位细化工作任务。",
      "2 序号靠前的重点工作任务要优先推进。",
      "3 各责任单位要按完成时限推进。",
    ];
    expect(readScrambled(lines(prose))).toBeNull();
    const noText = ["附件", "序号", "重点工作任务", "牵头单位", "责任单位", "1", "2", "3", "市交通运输局", "市财政局"];
    expect(readScrambled(lines(noText))).toBeNull();
  });

  it("leaves a notice of numbered prose paragraphs refused (counter-example end to end)", async () => {
    const text = [
      "某政办〔2023〕5号",
      "关于加强政府工作报告目标任务督查的通知",
      "各乡镇人民政府，县直各单位：",
      "1 各牵头单位要切实履行职责，会同责任单位细化措施。",
      "2 重点工作任务的完成时限不得推迟。",
      "3 序号靠前的任务要优先保障。",
      "县政府办公室",
      "2023年2月14日",
    ].join("\n");
    await expect(parseText(text)).rejects.toThrow(/未找到责任分解表/);
  });
});

describe("flagScrambledRows", () => {
  it("adds the out-of-order reason to every row, keeping the reasons it had", () => {
    const r = flagScrambledRows({
      tables: [],
      diagnostics: [],
      records: [
        { table: 0, seq: 1, section: [], task: ["甲。"], cells: {}, source: {} },
        { table: 0, seq: 2, section: [], task: ["乙。"], cells: {}, review: [{ code: "X", message: "y" }], source: {} },
      ],
    });
    expect(r.records.map((x) => x.review!.map((y) => y.code))).toEqual([["SCRAMBLED_TABLE_ROW"], ["X", "SCRAMBLED_TABLE_ROW"]]);
  });
});
