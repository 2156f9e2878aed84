/**
 * Session 32: cells of a `-layout` table that drifted into the column beside them, placed again by
 * whole names (`src/layouts/aligned/bynames.ts`, review code COLUMNS_BY_NAMES). Names and tasks are
 * invented.
 */
import { describe, expect, it } from "vitest";
import { cellNames, misplaced, oddUnit, piecesOf, repairByNames, spread, unitEndIn, wholeOf } from "../../src/layouts/aligned/bynames.js";
import { parseText } from "../../src/index.js";
import type { CanonicalField } from "../../src/model/schema.js";

const COLS: CanonicalField[] = ["seq", "task", "units", "coUnits", "leaders"];
type L = { cells: string[][]; source?: { text: string } };
const line = (text: string, cells: string[][]): L => ({ cells, source: { text } });
const names = (ls: readonly L[] | null, c: number): string =>
  ls === null ? "(unchanged)" : ls.flatMap((l) => l.cells[c]!).join("|");

describe("cellNames: a column's names as the names stage makes them", () => {
  it("joins a name wrapped over two lines and counts none bad", () => {
    expect(cellNames(["青溪县发展改革", "局"], "unit")).toEqual({ names: ["青溪县发展改革局"], bad: 0 });
  });
  it("counts a unit's generic ending standing alone, a cut piece and a list left open", () => {
    expect(cellNames(["青溪县财政局、", "办公室"], "unit").bad).toBe(1);
    expect(cellNames(["青溪县工"], "unit").bad).toBe(1);
    expect(cellNames(["青溪县财政局、"], "unit").bad).toBe(1);
  });
  it("a name holding a list's mark is two names run together (`青溪县住房` | `玲、祁` | `城乡建设局`)", () => {
    expect(cellNames(["青溪县住房", "玲、祁", "城乡建设局"], "unit").bad).toBeGreaterThan(0);
    expect(cellNames(["青溪县住房", "城乡建设局"], "unit").bad).toBe(0);
  });
  it("a person's name is no unit, a unit no person", () => {
    expect(cellNames(["林一凡"], "unit").bad).toBe(1);
    expect(cellNames(["青溪县财政局"], "person").bad).toBe(1);
    expect(cellNames(["林一凡、周子墨"], "person").bad).toBe(0);
  });
});

describe("oddUnit: a unit's name two pieces run together make", () => {
  it("a government not after a place or 人民, 人民 before an office's one-character ending", () => {
    expect(oddUnit("青溪县林业政府")).toBe(true);
    expect(oddUnit("沿湖乡镇人民局")).toBe(true);
  });
  it("counter-examples: governments after a place, 人民 in a longer name, a bracketed division", () => {
    for (const n of ["青溪县人民政府", "青溪县政府", "各乡镇政府", "各镇（街道）政府", "市政府", "青溪县人民防空办公室", "人民银行青溪县支行"]) expect(oddUnit(n)).toBe(false);
  });
});

describe("misplaced / wholeOf", () => {
  it("a person's name in a unit column, a unit in a people column", () => {
    expect(misplaced("林一凡", "unit")).toBe(true);
    expect(misplaced("青溪县财政局、", "person")).toBe(true);
  });
  it("counter-examples: a collective heads people's entries (`各镇镇长`), a piece of a name has no kind", () => {
    expect(misplaced("各镇", "person")).toBe(false);
    expect(misplaced("长、街道", "person")).toBe(false);
    expect(misplaced("青溪县工", "unit")).toBe(false);
    expect(wholeOf("林一凡、周子墨", "person")).toBe(true);
    expect(wholeOf("林一凡、青溪县", "person")).toBe(false);
  });
});

describe("spread", () => {
  it("sums the distances from the median start, ignoring unknown starts", () => {
    expect(spread([27, 27, 28])).toBe(1);
    expect(spread([27, 33, 28])).toBe(6);
    expect(spread([27, NaN])).toBe(0);
  });
});

describe("repairByNames: a row's unit and people pieces placed by whole names", () => {
  it("two pieces cut into one column on a line go to two columns (`县发展改革` … `局` with a co-unit between)", () => {
    const row = [
      line("   全年新建改建农村公路80公里，完成危桥改造各         青溪县统计局、青溪县财政", [[], ["全年新建改建农村公路80公里，完成危桥改造各"], [], ["青溪县统计局、青溪县财政"], []]),
      line("   12座，新增城乡公交线路4条，实现建制村          局、青溪县商务局、", [[], ["12座，新增城乡公交线路4条，实现建制村"], [], ["局、青溪县商务局、"], []]),
      line(" 1 通客车全覆盖，保持全市前列 青溪县发展改革 各乡镇人民政府、", [["1"], ["通客车全覆盖，保持全市前列"], ["青溪县发展改革", "各乡镇人民政府、"], [], []]),
      line("                                               青溪县直有关单位   林一凡", [[], [], [], ["青溪县直有关单位"], ["林一凡"]]),
      line("   位次。                          局                     周子墨", [[], ["位次。"], ["局"], [], ["周子墨"]]),
    ];
    const out = repairByNames(row, COLS);
    expect(names(out, 2)).toBe("青溪县发展改革局");
    expect(names(out, 3)).toBe("青溪县统计局、青溪县财政局、青溪县商务局、各乡镇人民政府、青溪县直有关单位");
    expect(names(out, 4)).toBe("林一凡、周子墨");
  });

  it("a task's text run on into the lead column after a space, placed by where the pieces start", () => {
    const row = [
      line("   续推进河湖治理，全年投入3亿元以 青溪县财政局、 青溪县税务局、人民银", [[], ["续推进河湖治理，全年投入3亿元以"], ["青溪县财政局、", "青溪县税务局、人民银"], [], []]),
      line(" 3 上；建成生态补水泵站群，新 青溪县河湖治理 行青溪县支行、县", [["3"], ["上；建成生态补水泵站群，新 青溪县河湖治理"], ["行青溪县支行、县"], [], []]),
      line("   增湿地保护面积，改善河湖水质。 办公室    市场监管局", [[], ["增湿地保护面积，改善河湖水质。"], ["办公室", "市场监管局"], [], []]),
    ];
    const out = repairByNames(row, COLS);
    expect(names(out, 2)).toBe("青溪县财政局、青溪县河湖治理办公室");
    expect(names(out, 3)).toBe("青溪县税务局、人民银行青溪县支行、县市场监管局");
    // the task keeps its own text
    expect(out![1]!.cells[1]).toEqual(["上；建成生态补水泵站群，新"]);
  });

  it("counter-example: a row whose cells already read as whole names is left alone", () => {
    const row = [
      line(" 1 全年茶叶种植面积稳定不减。   青溪县发展改革局   青溪县统计局   林一凡", [["1"], ["全年茶叶种植面积稳定不减。"], ["青溪县发展改革局"], ["青溪县统计局"], ["林一凡"]]),
    ];
    expect(repairByNames(row, COLS)).toBeNull();
  });

  it("counter-example: a lone piece on its line, with no sign of drift, stays in its column", () => {
    // `青溪县工` is cut, but nothing on its line shows the line drifted: no placement makes whole names, so nothing changes
    const row = [
      line(" 2 新建5G基站200个。   青溪县工    青溪县科技局", [["2"], ["新建5G基站200个。"], ["青溪县工"], ["青溪县科技局"], []]),
      line("                                  业和信息化", [[], [], [], ["业和信息化"], []]),
    ];
    expect(repairByNames(row, COLS)).toBeNull();
  });

  it("counter-example: a piece of a person's entry does not go to a unit column to make a unit's name", () => {
    // `各镇` | `镇长` in the people column: moving `各镇` to the units would make `各镇` a unit and leave `镇长` alone
    const row = [
      line(" 4 推进老旧小区改造。  青溪县住建局   各镇", [["4"], ["推进老旧小区改造。"], ["青溪县住建局"], [], ["各镇"]]),
      line("                                    镇长", [[], [], [], [], ["镇长"]]),
    ];
    expect(repairByNames(row, COLS)).toBeNull();
  });

  it("a unit column's text is cut at a space between two cells; a people cell's padded name (`祁 岳`) is kept whole", () => {
    expect(piecesOf("青溪县住建局 青溪县财政局、", "unit")).toEqual(["青溪县住建局", "青溪县财政局、"]);
    expect(piecesOf("周子墨、祁 岳", "person")).toEqual(["周子墨、祁 岳"]);
  });

  it("counter-example: a person's name in the unit column moves to the people column only, not the other way round", () => {
    const row = [
      line(" 7 推进老旧小区改造。 青溪县住建局 林一凡", [["7"], ["推进老旧小区改造。"], ["青溪县住建局", "林一凡"], [], []]),
    ];
    const out = repairByNames(row, ["seq", "task", "units", "leaders", "supervisors"] as CanonicalField[]);
    expect([names(out, 2), names(out, 3)]).toEqual(["青溪县住建局", "林一凡"]);
  });

  it("two texts cut into one unit column on a line go to two columns, though together they read as names", () => {
    const row = [line(" 8 推进河湖治理。 青溪县财政局 青溪县税务局", [["8"], ["推进河湖治理。"], ["青溪县财政局", "青溪县税务局"], [], []])];
    const out = repairByNames(row, COLS);
    expect([names(out, 2), names(out, 3)]).toEqual(["青溪县财政局", "青溪县税务局"]);
    // and so where the line's positions are not known
    const bare = repairByNames([{ cells: row[0]!.cells }], COLS);
    expect([names(bare, 2), names(bare, 3)]).toEqual(["青溪县财政局", "青溪县税务局"]);
  });

  it("counter-example: a lone piece on a line with no sign of drift keeps its column, though moving it would make a name", () => {
    const row = [
      line(" 9 实施农村公路提质改造。 青溪县交通运输局、青溪县公 青溪县财政局", [["9"], ["实施农村公路提质改造。"], ["青溪县交通运输局、青溪县公"], ["青溪县财政局"], []]),
      line("                                                 路事务中心", [[], [], [], ["路事务中心"], []]),
    ];
    expect(repairByNames(row, COLS)).toBeNull();
  });

  it("a person's name alone on its line in a unit column shows the line drifted: it goes to the people column", () => {
    const cols = ["seq", "task", "units", "leaders", "supervisors"] as CanonicalField[];
    const row = [
      line(" 5 推进老旧小区改造。 青溪县住建局", [["5"], ["推进老旧小区改造。"], ["青溪县住建局"], [], []]),
      line("                    林一凡", [[], [], ["林一凡"], [], []]),
    ];
    const out = repairByNames(row, cols);
    expect([names(out, 2), names(out, 3)]).toEqual(["青溪县住建局", "林一凡"]);
  });

  it("a unit's ending alone in a people column shows the line drifted: it goes back to the unit it ends", () => {
    const cols = ["seq", "task", "leadUnits", "leaders", "coUnits", "supervisors"] as CanonicalField[];
    const row = [
      line(" 7 全年建成乡村振兴示范村15个。 青溪县发展和改革 林一凡 青溪县统计局、", [["7"], ["全年建成乡村振兴示范村15个。"], ["青溪县发展和改革"], ["林一凡"], ["青溪县统计局、"], []]),
      line("                               局   青溪县财政局", [[], [], [], ["局"], ["青溪县财政局"], []]),
    ];
    const out = repairByNames(row, cols);
    expect([names(out, 2), names(out, 3), names(out, 4)]).toEqual(["青溪县发展和改革局", "林一凡", "青溪县统计局、青溪县财政局"]);
    expect(unitEndIn("化局")).toBe(true);
    // counter-examples: a person's title, a collective's role
    expect(unitEndIn("副县长")).toBe(false);
    expect(unitEndIn("各镇镇长")).toBe(false);
  });

  it("a unit list run on from the task's text goes to the lead column, though leaving it would make names too", () => {
    const row = [
      line("   线、青溪湖生态修复和沿岸绿道工程建设完成， 青溪县交通运输 青溪县自然资源局、县", [[], ["线、青溪湖生态修复和沿岸绿道工程建设完成，"], ["青溪县交通运输", "青溪县自然资源局、县"], [], []]),
      line("                                            财政局、县林业   林一凡", [[], [], [], ["财政局、县林业"], ["林一凡"]]),
      line(" 5 环湖公路完成路面工程60%，北段线路全 局、县水利 局、沿湖乡镇人民", [["5"], ["环湖公路完成路面工程60%，北段线路全 局、县水利"], ["局、沿湖乡镇人民"], [], []]),
      line("   线贯通，青溪湖修复工程完成投资3.5      局          政府", [[], ["线贯通，青溪湖修复工程完成投资3.5"], ["局"], ["政府"], []]),
    ];
    const out = repairByNames(row, COLS);
    expect([names(out, 2), names(out, 3)]).toEqual(["青溪县交通运输局、县水利局", "青溪县自然资源局、县财政局、县林业局、沿湖乡镇人民政府"]);
    expect(out![2]!.cells[1]).toEqual(["环湖公路完成路面工程60%，北段线路全"]);
  });

  it("a row with more pieces than the search takes is left as cut", () => {
    const rowOf = (n: number): L[] => [
      { cells: [["1"], ["任务。"], ["青溪县发展改革局", "青溪县财政局"], [], []] },
      ...Array.from({ length: n }, () => ({ cells: [[], [], [], ["青溪县统计局"], []] })),
    ];
    expect(repairByNames(rowOf(46), COLS)).not.toBeNull();
    expect(repairByNames(rowOf(47), COLS)).toBeNull();
  });

  it("counter-example: a table with one unit column is left to the aligned reader, a task's tail included", () => {
    const row = [
      line(" 1 新建农村公路30公里，总投资2亿元 青溪县发展改革", [["1"], ["新建农村公路30公里，总投资2亿元 青溪县发展改革"], []]),
      line("   以上。                             局", [[], ["以上。"], ["局"]]),
    ];
    expect(repairByNames(row, ["seq", "task", "units"] as CanonicalField[])).toBeNull();
  });
});

describe("COLUMNS_BY_NAMES through the parser", () => {
  it("a `-layout` table whose lead and co-unit cells drifted: names whole, and the row flagged", async () => {
    const { tasks } = await parseText(DRIFTED);
    const t1 = tasks.find((t) => t.seq === 1)!;
    expect([t1.units, t1.coUnits, t1.leaders]).toEqual([["县发展改革局"], ["县统计局", "县财政局"], ["林一凡"]]);
    expect(t1.review.map((r) => r.code)).toContain("COLUMNS_BY_NAMES");
    // the rows printed at their columns are not touched
    for (const t of tasks.filter((x) => x.seq !== 1)) expect(t.review).toEqual([]);
    expect(tasks.map((t) => t.units)).toEqual([["县发展改革局"], ["县交通运输局"], ["县人社局"], ["县教育局"]]);
  });
});

const DRIFTED = [
  "青溪县人民政府办公室关于印发2026年《政府工作报告》目标任务责任分解的通知",
  "各乡镇人民政府，县直各单位：",
  "    现将责任分解表印发给你们，请认真贯彻落实。",
  "                                   青溪县人民政府办公室",
  "                                      2026年2月18日",
  "        2026年《政府工作报告》目标任务责任分解表",
  "序号             目标任务            责任单位    配合单位    责任领导",
  " 1 全县湿地保护率提高到6%左右，完成国土绿化造 县发展改革 县统计局、县财",
  "   林面积8千亩。                 局        政局         林一凡",
  " 2 新建改建农村公路120公里，完成危桥改造。   县交通运输局   县财政局       孙可为",
  " 3 新增城镇就业3200人以上。          县人社局     县教育局       吴南星",
  " 4 新增绿地3600亩，推进城乡绿道网络贯通成环。 县教育局     县财政局       王立新",
].join("\n");
