// pdftotext -layout dumps of tables with vertically centred cells: a row's task text is printed
// around its 序号 line (as many lines above it as below, or one more below), whatever a merged cell
// beside it holds. `centredTaskRuns` splits the task column's lines into one such run per 序号; each
// rule with a counter-example that must not split.
import { describe, expect, it } from "vitest";
import { centredTaskRuns } from "../../src/layouts/aligned/cut.js";
import { parseText } from "../../src/parse.js";

/** Occupancy of a block from a picture: one string per line, one character per column ('X' = text). */
const occ = (...rows: string[]): boolean[][] => rows.map((r) => [...r].map((c) => c === "X"));
const anchorsOf = (rows: boolean[][]): number[] => rows.flatMap((r, i) => (r[0] ? [i] : []));

describe("task lines centred on their 序号 lines", () => {
  // columns: 序号, 任务, 责任单位 (merged over rows 1–2, centred on both: its lines sit between them)
  const block = occ(
    ".X.", // row 1
    "XX.", // 1
    ".XX", // row 1 (unit of the merged cell)
    "..X", // unit only
    ".X.", // row 2
    "XX.", // 2
    ".X.", // row 2
    ".X.", // row 3
    "X..", // 3 (between its two task lines)
    ".X.", // row 3
  );
  it("splits the task lines one run per 序号, the run's middle on its 序号 line", () => {
    expect(centredTaskRuns(block, anchorsOf(block), 1, false, false)).toEqual([
      [0, 2],
      [4, 6],
      [7, 9],
    ]);
  });

  it("counts lines: other columns' lines printed between the task's lines do not move its middle", () => {
    // a five-line task with three unit lines printed between its lines below the 序号
    const b = occ(".X.", ".X.", "XX.", "..X", ".X.", "..X", ".X.", "..X");
    expect(centredTaskRuns(b, anchorsOf(b), 1, false, false)).toEqual([[0, 6]]);
  });

  it("a browser's 序号 on the upper of the two middle lines (one more task line below) fits", () => {
    const b = occ(".X.", "XX.", ".X.", ".X.", "XX.");
    expect(centredTaskRuns(b, anchorsOf(b), 1, false, false)).toEqual([
      [0, 3],
      [4, 4],
    ]);
  });

  it("counter-example: top-aligned tasks (every 序号 line starts its task) are not split anew", () => {
    // two-line tasks starting on their 序号 lines would also 'fit' one more line below
    const b = occ("XX.", ".X.", "XX.", ".X.", "XXX");
    expect(centredTaskRuns(b, anchorsOf(b), 1, false, false)).toBeNull();
  });

  it("counter-example: a 序号 on the second line of a long task (not centred) gives no split", () => {
    const b = occ(".X.", "XX.", ".X.", ".X.", ".X.", ".X.", ".X.", "XX.");
    expect(centredTaskRuns(b, anchorsOf(b), 1, false, false)).toBeNull();
  });

  it("counter-example: more task lines above the 序号 than below is not centred", () => {
    const b = occ(".X.", ".X.", "XX.");
    expect(centredTaskRuns(b, anchorsOf(b), 1, false, false)).toBeNull();
  });

  it("where the tasks end their sentences, a run stopping mid-sentence is no task", () => {
    // lines 0–2 | 3–5 and 0–3 | 4–5 are both centred; 0–2 | 3–5 fits better, unless the sentence ends on line 3
    const b = occ(".X.", "XX.", ".X.", ".X.", "XX.", ".X.");
    expect(centredTaskRuns(b, anchorsOf(b), 1, false, false)).toEqual([
      [0, 2],
      [3, 5],
    ]);
    expect(centredTaskRuns(b, anchorsOf(b), 1, false, false, [false, false, false, true, false, true])).toEqual([
      [0, 3],
      [4, 5],
    ]);
    // counter-example: no centred run ends a sentence: nothing is decided
    expect(centredTaskRuns(b, anchorsOf(b), 1, false, false, [false, true, false, false, false, true])).toBeNull();
  });
});

describe("a centred Word table read from pdftotext -layout", () => {
  const pad = (parts: Array<[number, string]>): string => {
    let line = "";
    for (const [pos, text] of parts) line = line.padEnd(pos, " ") + text;
    return line;
  };
  const [SEQ, TASK, UNIT, LEADER] = [0, 5, 30, 44];
  const text = [
    "关于印发2024年街道工作要点责任分解的通知",
    "",
    pad([[SEQ, "序号"], [TASK, "工作任务"], [UNIT, "责任单位"], [LEADER, "责任人"]]),
    pad([[TASK, "完成固定资产投资任务16亿"]]),
    pad([[SEQ, "1"], [TASK, "元，全力服务辖区重点"], [LEADER, "钟海涛"]]),
    pad([[TASK, "项目建设"], [UNIT, "经济发展办"]]),
    pad([[LEADER, "钟海涛"]]),
    pad([[TASK, "加强重点项目全过程服务，"]]),
    pad([[SEQ, "2"], [TASK, "协调解决项目建设中的"], [UNIT, "规划建设办"]]),
    pad([[TASK, "堵点难点问题"]]),
    pad([[TASK, "全年引进亿元以上项目6"], [UNIT, "综合执法队"], [LEADER, "吕斌"]]),
    pad([[SEQ, "3"]]),
    pad([[TASK, "个，新增企业12家"]]),
  ].join("\n");

  it("each row's task is the run centred on its 序号 line, a line with no task text between rows aside", async () => {
    const r = await parseText(text, { fileName: "t.layout.txt" });
    const tasks = r.tasks.map((t) => [t.seq, t.task]);
    expect(tasks).toEqual([
      [1, "完成固定资产投资任务16亿元，全力服务辖区重点项目建设"],
      [2, "加强重点项目全过程服务，协调解决项目建设中的堵点难点问题"],
      [3, "全年引进亿元以上项目6个，新增企业12家"],
    ]);
  });
});

describe("a section heading longer than any heading (a merged 项目 cell read with task text)", () => {
  const pad = (parts: Array<[number, string]>): string => {
    let line = "";
    for (const [pos, text] of parts) line = line.padEnd(pos, " ") + text;
    return line;
  };
  const doc = (heading: string) =>
    [
      "关于印发2024年工作要点责任分解的通知",
      "",
      pad([[0, "序号"], [6, "工作任务"], [40, "责任单位"], [54, "责任人"]]),
      heading,
      pad([[0, "1"], [6, "全年实施重点项目180个"], [40, "市发改委"], [54, "郭涛"]]),
      pad([[0, "2"], [6, "争取专项债券额度45亿元以上"], [40, "市财政局"], [54, "龚玉洁"]]),
    ].join("\n");
  const codes = async (heading: string) => (await parseText(doc(heading), { fileName: "t.layout.txt" })).tasks.map((t) => [t.section, (t.review ?? []).map((r) => r.code).filter((c) => c.startsWith("SECTION"))]);

  it("is flagged on every row under it", async () => {
    const long = "一、扩完成投资8亿元大有效投资推进城市更新项目32个，改造老旧小区";
    expect(await codes(long)).toEqual([
      [[long], ["SECTION_SPAN_GUESSED"]],
      [[long], ["SECTION_SPAN_GUESSED"]],
    ]);
  });

  it("counter-example: a heading of ordinary length is not flagged", async () => {
    expect(await codes("一、扩大有效投资")).toEqual([
      [["一、扩大有效投资"], []],
      [["一、扩大有效投资"], []],
    ]);
  });
});
