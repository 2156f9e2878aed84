// pdftotext -layout text: rows cut around their 序号 lines, cells one space apart, stacked headers,
// merged cells printed mid-span, and the review reasons where the text cannot decide.
import { describe, expect, it } from "vitest";
import { showCells } from "../helpers/cell-lines.js";
import { alignedToRecords, bodyBounds, findAlignedHeader, isShiftedSeq, isTaskHead, isTaskTail, type MergeRow, lineHint, lineNames, mergedSpans, pairedColumns, splitAtEdges, splitTrailingName, spreadNames } from "../../src/layouts/aligned.js";
import { parseText } from "../../src/parse.js";
import { cutBlock, LABEL_CUT_COST, labelCost, pairCost, tableAlignment, taskLines, type CutInput } from "../../src/layouts/aligned/cut.js";
import type { GridRow } from "../../src/model/intermediate.js";
import { textDoc } from "../helpers/text-doc.js";
import type { CanonicalField } from "../../src/model/schema.js";

const doc = textDoc;

/** A block from a picture: one string per line, one character per column ('x' = text, '.' = none); `#` marks a 序号 line. */
function block(rows: string[], afterBreak = false): CutInput {
  return {
    occupied: rows.map((r) => [...r.replace("#", "x")].map((ch) => ch === "x")),
    anchors: rows.flatMap((r, i) => (r.startsWith("#") ? [i] : [])),
    afterBreak,
  };
}

describe("cutting a block into rows around its 序号 lines", () => {
  // 序号 | task | units: row 1 has a unit above and below its number (centred), row 2 too
  const centred = block(["..x", "#xx", "..x", "..x", "#xx", "..x"]);
  // the same cells top-aligned: every row starts on its 序号 line
  const top = block(["#xx", ".xx", "..x", "#xx", "..x"]);

  it("centred cells: a row reaches as far above its 序号 line as below it", () => {
    expect(tableAlignment([centred])).toBe("centred");
    const cut = cutBlock(centred);
    expect(cut.rows).toEqual([
      { from: 0, to: 2 },
      { from: 3, to: 5 },
    ]);
    expect([...cut.doubtful]).toEqual([]);
  });
  it("counter-example: top-aligned cells start every row on its 序号 line", () => {
    expect(tableAlignment([top])).toBe("top");
    expect(cutBlock(top).rows).toEqual([
      { from: 0, to: 2 },
      { from: 3, to: 4 },
    ]);
  });
  it("a line between two rows that either could own is reported for both", () => {
    // row 1 is one line; row 2 has one unit below its number; the unit line between them fits either
    const b = block(["#xx", "..x", "..x", "#xx", "..x"]);
    const cut = cutBlock(b, "centred");
    expect([...cut.doubtful].sort()).toEqual([0, 1]);
    // counter-example: nothing between the rows, nothing to decide
    expect([...cutBlock(block(["#xx", "#xx"]), "centred").doubtful]).toEqual([]);
  });
  it("after a page break, lines above the first 序号 continue the row cut by the break (top-aligned), flagged", () => {
    const b = block([".x.", "..x", "#xx", "..x"], true);
    const cut = cutBlock(b, "top");
    expect(cut.lead).toBe(2);
    expect(cut.doubtful.has(-1)).toBe(true);
    // counter-example: not after a page break, the lines belong to the first row
    expect(cutBlock(block([".x.", "..x", "#xx", "..x"], false), "top").lead).toBe(0);
  });
  it("where the table's tasks end their sentences, a row's task ends on a line that ends one", () => {
    // 序号 | task | units, centred: the task line between the rows fits row 1's shape better, but row 1's
    // task already ended (`确保年底前完成。`) and the line does not (`新建道路三条，`): it starts row 2
    const b = block([".x.", "#xx", ".x.", "#xx"]);
    expect(cutBlock(b, "centred").rows).toEqual([
      { from: 0, to: 2 },
      { from: 3, to: 3 },
    ]);
    const withSentences = { ...b, taskEnds: [false, true, false, true] };
    const cut = cutBlock(withSentences, "centred");
    expect(cut.rows).toEqual([
      { from: 0, to: 1 },
      { from: 2, to: 3 },
    ]);
    expect([...cut.doubtful]).toEqual([]);
    // the misfit is the geometry's alone: row 1's task reaches above its 序号 line and not below
    expect([...cut.misfit]).toEqual([0, 1]);
  });
  it("a row names a unit or person once per column: a cut that repeats a name gave it a neighbour's line", () => {
    // 序号 | task | units, top-aligned shape: the unit line after row 1 fits row 1 best, but row 1 already
    // names 区发改局 on its 序号 line; the line is row 2's (its cell is printed a line high)
    const b = block(["#xx", "..x", "#xx"]);
    expect(cutBlock(b, "top").rows).toEqual([
      { from: 0, to: 1 },
      { from: 2, to: 2 },
    ]);
    const names = [["2:区发改局"], ["2:区发改局"], ["2:区财政局"]];
    expect(cutBlock({ ...b, names }, "top").rows).toEqual([
      { from: 0, to: 0 },
      { from: 1, to: 2 },
    ]);
    // counter-example: different names, the shape decides
    expect(cutBlock({ ...b, names: [["2:区发改局"], ["2:区工信局"], ["2:区财政局"]] }, "top").rows).toEqual([
      { from: 0, to: 1 },
      { from: 2, to: 2 },
    ]);
  });
  it("paired unit and people columns: a row holds as many people as units", () => {
    // 序号 | units | leaders, top-aligned shape: the line after row 1 holds a unit only, the one after it its
    // person (printed a line lower); the shape gives both to row 1, pairing gives row 1 the unit and person
    // lines together only when they come as a pair
    const b = block(["#xx", ".x.", "..x", "#xx"]);
    const pairs = [
      { units: 1, pieces: 0, people: 1 },
      { units: 1, pieces: 0, people: 0 },
      { units: 0, pieces: 0, people: 1 },
      { units: 1, pieces: 0, people: 1 },
    ];
    expect(cutBlock({ ...b, pairs }, "top").rows).toEqual([
      { from: 0, to: 2 },
      { from: 3, to: 3 },
    ]);
    // a cut that leaves a unit in one row and its person in the next costs the pair
    expect(pairCost(pairs, 0, 1)).toBeGreaterThan(0);
    expect(pairCost(pairs, 0, 2)).toBe(0);
    // counter-example: a wrapped unit name (its lines are no whole names) says nothing of the count
    expect(pairCost([{ units: 0, pieces: 2, people: 1 }, { units: 1, pieces: 0, people: 1 }], 0, 1)).toBe(0);
    expect(pairedColumns(["seq", "task", "leadUnits", "leaders", "coUnits", "supervisors"])).toEqual([2, 3]);
    // counter-example: no 责任领导 column, nothing to pair
    expect(pairedColumns(["seq", "task", "units", "supervisors"])).toBeNull();
  });
  it("the names a line holds: whole names of responsibility columns only, pieces of wrapped names left out", () => {
    const columns: CanonicalField[] = ["seq", "task", "units", "leaders"];
    expect(lineNames({ cells: [["1"], ["推进项目建设。"], ["区发改局"], ["王 伟"]] }, columns)).toEqual(["2:区发改局", "3:王伟"]);
    // counter-example: `委会` ends many wrapped names (`经济开发区管` + `委会`), `长、街道` is a piece of a role
    expect(lineNames({ cells: [[], ["区发改局"], ["委会"], ["长、街道"]] }, columns)).toEqual([]);
  });
  it("a row whose cells do not sit around its 序号 line is a misfit", () => {
    // centred table, but the second row has three lines below its number and none above
    const b = block(["..x", "#xx", "..x", "#xx", "..x", "..x", "..x"]);
    expect(cutBlock(b, "centred").misfit.has(1)).toBe(true);
    expect([...cutBlock(centred, "centred").misfit]).toEqual([]);
  });
});

describe("a line holds one piece per responsibility column", () => {
  const columns: CanonicalField[] = ["seq", "task", "units", "leaders", "supervisors"];
  const cols = (placed: Array<{ col: number; text: string }>) => spreadNames(placed, columns).map((p) => [p.col, p.text]);
  it("names printed one space apart that drifted into one column go on to the next columns of their kind", () => {
    // `福大科教办 丁鸿雨 李志强`: the unit, its leader and the supervisor, the first two in the unit column
    expect(cols([{ col: 2, text: "福大科教办" }, { col: 2, text: "丁鸿雨" }, { col: 3, text: "李志强" }])).toEqual([
      [2, "福大科教办"],
      [3, "丁鸿雨"],
      [4, "李志强"],
    ]);
  });
  it("counter-examples: a piece of the wrong kind, of no known kind, or after prose stays", () => {
    // a unit cannot go on into a people column
    expect(cols([{ col: 2, text: "区发改局" }, { col: 2, text: "区财政局" }])).toEqual([
      [2, "区发改局"],
      [2, "区财政局"],
    ]);
    // a wrapped piece (`新区晋江分园`) says nothing of its column
    expect(cols([{ col: 2, text: "泉州半导体高" }, { col: 2, text: "新区晋江分园" }])).toEqual([
      [2, "泉州半导体高"],
      [2, "新区晋江分园"],
    ]);
    // a task line run into the unit column (`8%，一般公共预算收`) is no cell the unit must make room for
    expect(cols([{ col: 2, text: "8%，一般公共预算收" }, { col: 2, text: "区财政局" }])).toEqual([
      [2, "8%，一般公共预算收"],
      [2, "区财政局"],
    ]);
    // pieces in columns of their own are left alone
    expect(cols([{ col: 2, text: "科技局" }, { col: 3, text: "蒋家兴" }])).toEqual([
      [2, "科技局"],
      [3, "蒋家兴"],
    ]);
  });
});

describe("a unit printed one space after a task line that runs into the unit column", () => {
  // 序号 | task | units: the unit column starts at 30
  const h = { bounds: [Number.NEGATIVE_INFINITY, 4, 30], columns: ["seq", "task", "units"] as CanonicalField[], metric: "chars" as const };
  const seg = (text: string, start: number) => ({ text, start, end: start + [...text].length });
  const cut = (text: string, start: number) => splitTrailingName(seg(text, start), h).map((x) => [x.text, x.start]);
  it("the whole unit name at the end is the unit column's cell, whatever stands before the space", () => {
    expect(cut("加快五店市北区建设，繁荣梧林传统古村落业 商务局", 10)).toEqual([
      ["加快五店市北区建设，繁荣梧林传统古村落业", 10],
      ["商务局", 31],
    ]);
    expect(cut("搭建科创金融支撑平台，新增上市、挂牌企业 7 金融局", 8)).toEqual([
      ["搭建科创金融支撑平台，新增上市、挂牌企业 7", 8],
      ["金融局", 31],
    ]);
  });
  it("a task glued to its 序号 that runs into the unit column gives up the unit too", () => {
    // the unit column's cells start at 30; row 14's unit is printed one space after its task, far left of that
    const line = (left: string, unit: string) => left.padEnd(30, " ") + unit.padEnd(12, " ") + "各街道办事处";
    const body = ["15 推动项目建设。", "16 推进道路建设。", "17 推进园区建设。"].map((t) => line(t, "区发改局"));
    const text = [line("序号 具体任务", "牵头单位").replace("各街道办事处", "责任单位"), "14 业综合体，提升集聚辐射功能。提质 区商务局          各街道办事处", ...body].join("\n") + "\n";
    const r = alignedToRecords(doc(text)).records;
    expect(r.map((x) => [x.seq, x.task.join(""), x.cells.leadUnits?.map((t) => t.text)])).toEqual([
      [14, "业综合体，提升集聚辐射功能。提质", ["区商务局"]],
      [15, "推动项目建设。", ["区发改局"]],
      [16, "推进道路建设。", ["区发改局"]],
      [17, "推进园区建设。", ["区发改局"]],
    ]);
  });
  it("counter-examples: text inside its column, a number's measure word, a word that is no name", () => {
    // the line stops before the unit column
    expect(cut("推动 SAP 工信局", 10)).toHaveLength(1);
    // `35 家企业`: the measure word and what it counts
    expect(cut("积极对接引进网易、腾讯等大数据领军企业，新增 35 家企业", 4)).toHaveLength(1);
    // `7支科` starts with a digit: a number's text cut by the line's end
    expect(cut("才等基金，推动泉州创新引导等 7支科", 14)).toHaveLength(1);
    // `8%` is no name
    expect(cut("地区生产总值增长幅度达到全省平均水平 8%", 14)).toHaveLength(1);
  });
});

describe("cells printed one space apart", () => {
  const seg = (text: string, start: number) => ({ text, start, end: start + [...text].length });
  it("a space between two Chinese characters at a column edge cuts the segment", () => {
    expect(splitAtEdges(seg("力争省工 区工信局", 20), [25, 35], "chars").map((s) => [s.text, s.start])).toEqual([
      ["力争省工", 20],
      ["区工信局", 25],
    ]);
  });
  it("counter-examples: a space next to a digit, or far from any edge, stays inside the text", () => {
    expect(splitAtEdges(seg("增长 8%左右", 22), [25, 35], "chars").map((s) => s.text)).toEqual(["增长 8%左右"]);
    expect(splitAtEdges(seg("力争 省工业龙头企业", 5), [25, 35], "chars").map((s) => s.text)).toEqual(["力争 省工业龙头企业"]);
  });
});

describe("header words stacked above and below the header line", () => {
  it("`区分管或联系领` above and `导` below make one column; `序号 具体目标任务` one space apart are two", () => {
    const text = [
      "                                                 区分管或联系领",
      "序号 具体目标任务             牵头单位       责任人   协办单位",
      "                                                 导",
      "1    任务甲。                 城管局         程进强   文旅公司    陈相成",
      "2    任务乙。                 商务局         肖银河   文旅公司    柯明好",
    ].join("\n");
    const h = findAlignedHeader(doc(text).lines)!;
    expect(h.headers).toEqual(["序号", "具体目标任务", "牵头单位", "责任人", "协办单位", "区分管或联系领导"]);
    expect(h.columns).toEqual(["seq", "task", "leadUnits", "leaders", "coUnits", "supervisors"]);
  });
  it("counter-example: names printed above a header are not header words", () => {
    const text = [
      "                                       吴丽婷 张汉杰",
      "序号   目标任务               责任单位   责任领导",
      "1      任务甲。               科技局     蒋家兴",
      "2      任务乙。               工信局     林永红",
    ].join("\n");
    expect(findAlignedHeader(doc(text).lines)!.headers).toEqual(["序号", "目标任务", "责任单位", "责任领导"]);
  });
});

describe("header words wrapped onto the lines below the header line", () => {
  it("`区分管或联` over `系领导` under the last word is a column of its own, starting where its pieces start", () => {
    const text = [
      "序号        具体目标任务          牵头单位       责任人   协办单位",
      "                                           区分管或联",
      "                                            系领导",
      "1    任务甲。                 城管局   程进强   文旅公司  陈相成",
      "2    任务乙。                 商务局   肖银河   文旅公司  柯明好",
      "3    任务丙。                 商务局   肖银河   文旅公司  柯明好",
    ].join("\n");
    const h = findAlignedHeader(doc(text).lines)!;
    expect(h.headers).toEqual(["序号", "具体目标任务", "牵头单位", "责任人", "协办单位", "区分管或联系领导"]);
    expect(h.columns).toEqual(["seq", "task", "leadUnits", "leaders", "coUnits", "supervisors"]);
    expect(h.used).toBe(3);
    expect(h.metric).toBe("chars");
    expect(h.bounds.at(-1)).toBe(43);
  });
  it("`序` `号` and `分管市` `领导 完成时间`: pieces one space apart complete a word or stand as one", () => {
    const text = [
      "序          工作内容         牵头单位 责任人  协同单位 分管市",
      "号                                        领导 完成时间",
      "1   任务甲。                 市工信局 梁志宏 市科技局     覃勇  2022年12月底前",
      "2   任务乙。                 市住建局 黎国强 市水利局     覃勇  2022年9月底前",
    ].join("\n");
    const h = findAlignedHeader(doc(text).lines)!;
    expect(h.headers).toEqual(["序号", "工作内容", "牵头单位", "责任人", "协同单位", "分管市领导", "完成时间"]);
    expect(h.used).toBe(2);
  });
  it("counter-examples: a unit of row 1 printed under the header, names one space apart, a field the header has", () => {
    const unit = [
      "序号   目标任务               牵头单位   责任人   协办单位",
      "                                                           区直有关单位",
      "1      任务甲。               科技局     蒋家兴   工信局",
      "2      任务乙。               工信局     林永红   科技局",
    ].join("\n");
    // `区直有关单位` ends like a 单位 header but has no role word (责任, 承办…): a unit's name, not a column
    expect(findAlignedHeader(doc(unit).lines)!.headers).toEqual(["序号", "目标任务", "牵头单位", "责任人", "协办单位"]);
    const names = [
      "序号   目标任务               责任单位   责任领导",
      "                                         吴丽婷 张汉杰",
      "1      任务甲。               科技局     蒋家兴",
      "2      任务乙。               工信局     林永红",
    ].join("\n");
    expect(findAlignedHeader(doc(names).lines)!.headers).toEqual(["序号", "目标任务", "责任单位", "责任领导"]);
    const twoLines = [
      "序号   目标任务               责任单位   责任领导",
      "                                         分管领导",
      "                               市发改局",
      "1      任务甲。               科技局     蒋家兴",
      "2      任务乙。               工信局     林永红",
    ].join("\n");
    const over = [
      "                              各相关镇（街道）",
      "序号   目标任务               牵头单位   协办单位  区分管或联系领",
      "                                        导",
      "1      任务甲。               科技局  工信局    蒋家兴",
      "2      任务乙。               工信局  科技局    林永红",
      "3      任务丙。               工信局  科技局    林永红",
    ].join("\n");
    // a unit over `协办单位` joins no word (`各相关镇（街道）协办单位` would still read as co-units): it is no header vocabulary
    const o = findAlignedHeader(doc(over).lines)!;
    expect(o.headers).toEqual(["序号", "目标任务", "牵头单位", "协办单位", "区分管或联系领导"]);
    expect(o.above ?? 0).toBe(0);
    // the second line lies under no piece of the first: the unit there is row 1's, not the header's
    const h = findAlignedHeader(doc(twoLines).lines)!;
    expect(h.used).toBeLessThan(3);
  });
});

describe("columns read from the body where the header words mislead", () => {
  const columns: CanonicalField[] = ["seq", "task", "leadUnits", "units", "supervisors"];
  it("a task's last line ending a full stop, printed in the unit column after the task, is the task's", () => {
    expect(isTaskTail("市等特色街区。", 2, columns)).toBe(true);
    expect(isTaskTail("工业增加值增长 7%。”", 2, columns)).toBe(true);
    expect(isTaskTail("遏制新增“两违”。", 2, ["seq", "task", "supervisors", "leadUnits"])).toBe(true);
    expect(isTaskTail("王伟", 2, ["seq", "task", "supervisors", "leadUnits"])).toBe(false);
  });
  it("prose in a people column right before the task column is the task's; a name or collective role stays", () => {
    const cols: CanonicalField[] = ["seq", "supervisors", "task", "leadUnits"];
    expect(isTaskHead("培育国家级专精特新“小巨人”企业3家，省级", 1, cols)).toBe(true);
    expect(isTaskHead("周文斌", 1, cols)).toBe(false);
    expect(isTaskHead("各镇镇长、街道办事处主任", 1, cols)).toBe(false);
    expect(isTaskHead("培育国家级专精特新企业3家，省级", 3, cols)).toBe(false);
  });
  it("counter-examples: a unit, a line ending otherwise, a full stop in a column not after the task", () => {
    expect(isTaskTail("区发改局", 2, columns)).toBe(false);
    expect(isTaskTail("各镇（街道）", 2, columns)).toBe(false);
    expect(isTaskTail("推动提质力促提级", 2, columns)).toBe(false);
    expect(isTaskTail("区直有关单位。", 3, columns)).toBe(false);
  });
  // 序号 | 具体任务 | 牵头单位 | 责任单位 | 分管领导 as pdftotext -layout prints header words centred: 牵头单位 ends
  // at 35, where its units start; the units of 责任单位 start at 43
  const head = "序号    具体任务                     牵头单位       责任单位      分管领导";
  const body = [
    "                                           各街道办事处",
    " 1       地区生产总值增长 8%左右。            区发改局             庄垂生",
    "                                           区直有关单位",
    "                                           各街道办事处",
    " 2           工业增加值增长 7%。           区工信局             吴小纲",
    "                                           区直有关单位",
    "                                           各街道办事处",
    " 3       第三产业增加值增长 8.5%。           区发改局             庄垂生",
    "                                           区直有关单位",
  ];
  const header = (b: string[]) => findAlignedHeader(doc([head, ...b].join("\n")).lines)!;
  it("a responsibility column with no text of its own takes the first of two clusters of starts in the next one", () => {
    const h = header(body);
    expect(h.metric).toBe("chars");
    expect(h.bounds[3]).toBe(35);
    expect(bodyBounds(body, h)[3]).toBe(43 - 4);
    const recs = alignedToRecords(doc([head, ...body].join("\n"))).records;
    expect(recs.map((x) => x.cells.leadUnits?.map((l) => l.text))).toEqual([["区发改局"], ["区工信局"], ["区发改局"]]);
    expect(recs.map((x) => x.cells.units?.map((l) => l.text))).toEqual(recs.map(() => ["各街道办事处", "区直有关单位"]));
  });
  it("counter-examples: units printed at the lead column's header word, or no lead units at all, move no boundary", () => {
    const own = body.map((l) => l.replace(/ {4}(区..局)/, "$1    "));
    expect(own[1]).toContain("   区发改局    ");
    expect(bodyBounds(own, header(own))).toEqual(header(own).bounds);
    const none = body.map((l) => l.replace(/区..局/, "    "));
    expect(bodyBounds(none, header(none))).toEqual(header(none).bounds);
  });
});

describe("merged cells printed in the middle of their span", () => {
  const columns: CanonicalField[] = ["seq", "task", "units"];
  const row = (seq: string, units: string[]): GridRow => ({ cells: [{ lines: [{ text: seq }] }, { lines: [{ text: "任务。" }] }, { lines: units.map((text) => ({ text })) }] });
  it("centred: a block right after empty rows moves to the first of them, all of the span flagged", () => {
    const rows = [row("1", ["甲局"]), row("2", []), row("3", ["乙局"]), row("4", ["丙局"])].map((r) => ({ row: r, columns }));
    expect(mergedSpans(rows, "centred")).toEqual([2, 1]);
    expect(rows.map((r) => r.row.cells[2]!.lines.map((l) => l.text))).toEqual([["甲局"], ["乙局"], [], ["丙局"]]);
  });
  it("centred, with the rows' lines known: each block takes the span it sits in the middle of", () => {
    // rows 1–6, three lines each (lines 1–18); 甲局 is row 1's own (printed on its lines 1–3); 乙局 is printed
    // on line 11, in row 4's lines but in the middle of rows 2–6 (lines 4–18): it is the merged cell of rows 2–6
    const geo = (k: number, resp?: [number, number]) => ({ from: 3 * k + 1, to: 3 * k + 3, ...(resp ? { resp } : {}), page: 0 });
    const rows: MergeRow[] = [row("1", ["甲局"]), row("2", []), row("3", []), row("4", ["乙局"]), row("5", []), row("6", [])].map((r, k) => ({
      row: r,
      columns,
      geometry: geo(k, k === 0 ? [1, 3] : k === 3 ? [11, 11] : undefined),
    }));
    // no other span explains 乙局's place nearly as well, all on one page: the span is not in doubt
    expect(mergedSpans(rows, "centred")).toEqual([]);
    expect(rows.map((r) => r.row.cells[2]!.lines.map((l) => l.text))).toEqual([["甲局"], ["乙局"], [], [], [], []]);
  });
  it("counter-examples: the same span starting a page, or a block as near the middle of two spans, is flagged", () => {
    const geo = (k: number, page: number, resp?: [number, number]) => ({ from: 3 * k + 1, to: 3 * k + 3, ...(resp ? { resp } : {}), page });
    // rows 2–6 on the page after row 1's: their merged cell may have begun beside row 1
    const paged: MergeRow[] = [row("1", ["甲局"]), row("2", []), row("3", []), row("4", ["乙局"]), row("5", []), row("6", [])].map((r, k) => ({
      row: r,
      columns,
      geometry: geo(k, k === 0 ? 0 : 1, k === 0 ? [1, 3] : k === 3 ? [11, 11] : undefined),
    }));
    expect(mergedSpans(paged, "centred").sort()).toEqual([1, 2, 3, 4, 5]);
    // 乙局 on line 8: rows 2–3 (lines 4–9) or row 3 alone (lines 7–9, 甲局 then spanning rows 1–2) fit as well
    const tie: MergeRow[] = [row("1", ["甲局"]), row("2", []), row("3", ["乙局"])].map((r, k) => ({
      row: r,
      columns,
      geometry: geo(k, 0, k === 0 ? [2, 2] : k === 2 ? [8, 8] : undefined),
    }));
    expect(mergedSpans(tie, "centred").sort()).toEqual([0, 1, 2]);
  });
  it("counter-example: every row's block in the middle of its own lines: nothing moves, no span is guessed", () => {
    const geo = (k: number, resp?: [number, number]) => ({ from: 3 * k + 1, to: 3 * k + 3, ...(resp ? { resp } : {}), page: 0 });
    // each block on the middle line of its own row (lines 2, 5, 8)
    const rows: MergeRow[] = [row("1", ["甲局"]), row("2", ["丙局"]), row("3", ["乙局"])].map((r, k) => ({
      row: r,
      columns,
      geometry: geo(k, [3 * k + 2, 3 * k + 2]),
    }));
    expect(mergedSpans(rows, "centred")).toEqual([]);
    expect(rows.map((r) => r.row.cells[2]!.lines.map((l) => l.text))).toEqual([["甲局"], ["丙局"], ["乙局"]]);
  });
  it("counter-example: top-aligned, the block is beside the first row of its span and stays, unflagged", () => {
    const rows = [row("1", ["甲局"]), row("2", []), row("3", ["乙局"])].map((r) => ({ row: r, columns }));
    expect(mergedSpans(rows, "top")).toEqual([]);
    expect(rows.map((r) => r.row.cells[2]!.lines.map((l) => l.text))).toEqual([["甲局"], [], ["乙局"]]);
  });
  it("top-aligned with cells a line off (a browser centres them): the empty rows and the rows either side are flagged, nothing moves", () => {
    const rows = [row("1", ["甲局"]), row("2", ["丁局"]), row("3", []), row("4", ["乙局"]), row("5", ["丙局"])].map((r) => ({ row: r, columns }));
    expect(mergedSpans(rows, "top", true).sort()).toEqual([1, 2, 3]);
    expect(rows.map((r) => r.row.cells[2]!.lines.map((l) => l.text))).toEqual([["甲局"], ["丁局"], [], ["乙局"], ["丙局"]]);
    // counter-example: no empty row, no span to guess
    const full = [row("1", ["甲局"]), row("2", ["乙局"])].map((r) => ({ row: r, columns }));
    expect(mergedSpans(full, "top", true)).toEqual([]);
  });
});

/** A line of text with each part starting at its column (a `-layout` line). */
const at = (...parts: Array<[number, string]>): string => {
  let line = "";
  for (const [pos, text] of parts) line = line.padEnd(pos, " ") + text;
  return line;
};
const [SEQ, TASK, UNITS, SUP] = [0, 5, 30, 42];
const header = at([SEQ, "序号"], [TASK, "具体任务"], [UNITS, "责任单位"], [SUP, "分管领导"]);

describe("a page break between two rows", () => {
  const centredRow = (n: string, units: [string, string, string]) => [
    at([TASK, "推进第一批"], [UNITS, units[0]]),
    at([SEQ, n], [TASK, "重点项目建设，"], [UNITS, units[1]], [SUP, "庄垂生"]),
    at([TASK, "年底前完成。"], [UNITS, units[2]]),
  ];
  it("a line after the break that may end the row before it or start the next: both rows are flagged, whichever got it", () => {
    const text = [
      header,
      ...centredRow("1", ["甲局", "乙局", "丙局"]),
      ...centredRow("2", ["区发改局", "区财政局", "区商务局"]),
      ...centredRow("3", ["丁局", "戊局", "己局"]),
      header,
      // the first row after the break has a unit above its 序号 line and none below: the upper half of row 4, or the end of row 3
      at([UNITS, "庚局"]),
      at([SEQ, "4"], [TASK, "任务4。"], [UNITS, "辛局"], [SUP, "庄垂生"]),
    ].join("\n");
    const r = alignedToRecords(doc(text));
    expect(r.records.map((x) => [x.seq, showCells(x.cells).units])).toEqual([
      [1, ["甲局", "乙局", "丙局"]],
      [2, ["区发改局", "区财政局", "区商务局"]],
      [3, ["丁局", "戊局", "己局"]],
      [4, ["庚局", "辛局"]],
    ]);
    expect(r.records.map((x) => [x.seq, (x.review ?? []).map((v) => v.code)])).toEqual([
      [1, []],
      [2, []],
      [3, ["ROW_EXTENT_GUESSED"]],
      [4, ["ROW_EXTENT_GUESSED", "ROW_SHAPE_UNEXPECTED"]],
    ]);
  });
});

describe("a row cut by a page break in a cleanly top-aligned table", () => {
  const row = (n: string, task: string, unit: string) => at([SEQ, n], [TASK, task], [UNITS, unit], [SUP, "庄垂生"]);
  const rows = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => row(String(from + k), `任务${from + k}。`, "区发改局"));
  it("text above the first 序号 after the break ends the row before it: vouched for by the alignment, and the task's sentence end", () => {
    const text = [header, ...rows(1, 4), row("5", "推动区镇村三级公共文化设施全", "区文旅局"), at([32, "—2—"]), header, at([TASK, "覆盖。"], [UNITS, "区财政局"]), ...rows(6, 9)].join("\n");
    const r = alignedToRecords(doc(text));
    const five = r.records.find((x) => x.seq === 5)!;
    expect([five.task.join(""), showCells(five.cells).units]).toEqual(["推动区镇村三级公共文化设施全覆盖。", ["区文旅局", "区财政局"]]);
    expect(r.records.map((x) => [x.seq, (x.review ?? []).map((v) => v.code)]).filter(([, codes]) => (codes as string[]).length)).toEqual([]);
    // only a unit carried (the task gives no evidence): the alignment alone vouches for it
    const unitOnly = [header, ...rows(1, 5), at([32, "—2—"]), header, at([UNITS, "区财政局"]), ...rows(6, 9)].join("\n");
    const u = alignedToRecords(doc(unitOnly));
    expect(showCells(u.records.find((x) => x.seq === 5)!.cells).units).toEqual(["区发改局", "区财政局"]);
    expect(u.records.filter((x) => x.review?.length).map((x) => x.seq)).toEqual([]);
  });
  it("counter-example: where the table is not cleanly top-aligned and the task gives no evidence, the carried text is a guess", () => {
    // centred cells (a unit and a task line above each 序号 line, one below): the alignment vouches for nothing
    const centred = (n: number) => [at([TASK, "推进第一批"], [UNITS, "区商务局"]), row(String(n), "重点项目建设，", "区发改局"), at([TASK, "年底前完成。"], [UNITS, "区工信局"])];
    const text = [header, ...[1, 2, 3, 4, 5].flatMap(centred), at([32, "—2—"]), header, at([UNITS, "区财政局"]), ...centred(6)].join("\n");
    const r = alignedToRecords(doc(text));
    expect(r.records.filter((x) => (x.review ?? []).some((v) => v.code === "ROW_EXTENT_GUESSED")).map((x) => x.seq)).toEqual([5, 6]);
  });
});

describe("a unit cell's lines against its column's width", () => {
  it("a line as long as the column's lines get is wrapped; one two or more characters short ended; in between says nothing", () => {
    expect(lineHint("相关项目指挥部责", 8)).toEqual({ wrapped: true });
    expect(lineHint("任单位", 8)).toEqual({ ended: true });
    expect(lineHint("区市场监管局", 8)).toEqual({ ended: true });
    expect(lineHint("区行政服务中心", 8)).toEqual({});
    // counter-example: no width measured (too few lines), no hint
    expect(lineHint("相关项目指挥部责", undefined)).toEqual({});
  });

  const at = (...parts: Array<[number, string]>): string => {
    let line = "";
    for (const [pos, text] of parts) line = line.padEnd(pos, " ") + text;
    return line;
  };
  const [SEQ, TASK, UNITS, SUP] = [0, 5, 30, 42];
  /** rows top-aligned on their 序号 lines, one unit per line; the unit column wraps at 8 characters */
  const table = (rows: Array<[string[]]>) =>
    [
      at([SEQ, "序号"], [TASK, "具体任务"], [UNITS, "责任单位"], [SUP, "分管领导"]),
      ...rows.flatMap(([units], k) => units.map((u, i) => (i === 0 ? at([SEQ, String(k + 1)], [TASK, `任务${k + 1}。`], [UNITS, u], [SUP, "庄垂生"]) : at([UNITS, u])))),
    ].join("\n");
  const text = table([
    [["相关项目指挥部责", "任单位"]],
    [["区直有关单位", "各街道办事处"]],
    [["区工信局（区委军", "民融合办）"]],
    [["各相关镇（街", "道）", "新城投资公司"]],
    [["区发改局", "区财政局"]],
    [["江南城建集团（区", "前期办）"]],
    [["区市场监督管理局", "区财政局"]],
  ]);
  it("a name wrapped at the width is joined whatever the lexicon thinks of its first line; a line ended short is a name's end", async () => {
    const r = await parseText(text);
    expect(r.tasks.map((t) => t.units)).toEqual([
      ["相关项目指挥部责任单位"],
      ["区直有关单位", "各街道办事处"],
      ["区工信局（区委军民融合办）"],
      ["各相关镇（街道）", "新城投资公司"],
      ["区发改局", "区财政局"],
      ["江南城建集团（区前期办）"],
      // counter-example: a line at the width that ends a unit name is not joined to the next one
      ["区市场监督管理局", "区财政局"],
    ]);
  });
});

describe("centred pdftotext -layout text end to end", () => {
  /** A line with each text at its character position. */
  const at = (...parts: Array<[number, string]>): string => {
    let line = "";
    for (const [pos, text] of parts) line = line.padEnd(pos, " ") + text;
    return line;
  };
  const [SEQ, TASK, LEAD, UNITS, SUP] = [0, 5, 30, 40, 54];
  const text = [
    at([SEQ, "序号"], [TASK, "具体任务"], [LEAD, "牵头单位"], [UNITS, "责任单位"], [SUP, "分管领导"]),
    at([UNITS, "各街道办事处"]),
    at([SEQ, "1"], [TASK, "地区生产总值增长 8%左右。"], [LEAD, "区发改局"], [SUP, "庄垂生"]),
    at([UNITS, "区直有关单位"]),
    at([TASK, "一般公共预算总收入增长 8%，"], [UNITS, "各街道办事处"]),
    at([SEQ, "2"], [LEAD, "区财政局"], [SUP, "王垦福"]),
    at([TASK, "一般公共预算收入增长 8%。"], [UNITS, "区直有关单位"]),
    at([TASK, "推动龙头企业和专精特新企业"]),
    // the task runs up to the next column: one space before the lead unit
    at([SEQ, "3"], [TASK, "推广应用智能产线争取技改投资增长达到百分之十以上"], [LEAD - 1, " 区工信局"], [SUP, "吴小纲"]),
    at([TASK, "和质量"]),
    at([SEQ, "4"], [TASK, "新增规上企业30家。"], [LEAD, "区商务局"], [SUP, "吴小纲"]),
  ].join("\n");
  it("rows rebuilt around their numbers; a cut task and a cell one space from the task are flagged", () => {
    const r = alignedToRecords(doc(text));
    expect(r.records.map((x) => [x.seq, x.task.join(""), showCells(x.cells)])).toEqual([
      [1, "地区生产总值增长 8%左右。", { leadUnits: ["区发改局"], units: ["各街道办事处", "区直有关单位"], supervisors: ["庄垂生"] }],
      [2, "一般公共预算总收入增长 8%，一般公共预算收入增长 8%。", { leadUnits: ["区财政局"], units: ["各街道办事处", "区直有关单位"], supervisors: ["王垦福"] }],
      [3, "推动龙头企业和专精特新企业推广应用智能产线争取技改投资增长达到百分之十以上和质量", { leadUnits: ["区工信局"], supervisors: ["吴小纲"] }],
      [4, "新增规上企业30家。", { leadUnits: ["区商务局"], supervisors: ["吴小纲"] }],
    ]);
    // rows 1 and 2 rest on no guess; row 3's task does not end its sentence
    expect(r.records.map((x) => [x.seq, (x.review ?? []).map((v) => v.code)])).toEqual([
      [1, []],
      [2, []],
      [3, ["TASK_TEXT_CUT"]],
      [4, []],
    ]);
  });
});

describe("lines that are no row's text", () => {
  const at = (...parts: Array<[number, string]>): string => {
    let line = "";
    for (const [pos, text] of parts) line = line.padEnd(pos, " ") + text;
    return line;
  };
  const header = at([0, "序号"], [5, "具体任务"], [30, "牵头单位"], [44, "分管领导"]);
  const row = (n: string, task: string, unit: string) => at([0, n], [5, task], [30, unit], [44, "庄垂生"]);
  it("a title met again at a page top is a running head: the table goes on", () => {
    const text = [
      at([10, "2022年目标任务责任分解表"]),
      header,
      row("1", "任务甲。", "区发改局"),
      row("2", "任务乙。", "区工信局"),
      at([10, "2022年目标任务责任分解表"]),
      header,
      row("3", "任务丙。", "区商务局"),
    ].join("\n");
    const r = alignedToRecords(doc(text));
    expect(r.tables.length).toBe(1);
    expect(r.records.map((x) => x.seq)).toEqual([1, 2, 3]);
  });
  it("counter-example: a task line that mentions 责任分解 and ends mid-list is task text, not a title", () => {
    const text = [header, row("1", "任务甲。", "区发改局"), row("2", "落实安全生产，", "区应急局"), at([5, "对重大事故隐患实行责任分解、"]), at([5, "挂牌督办。"]), row("3", "任务丙。", "区商务局")].join("\n");
    const r = alignedToRecords(doc(text));
    expect(r.tables.length).toBe(1);
    expect(r.records.find((x) => x.seq === 2)!.task.join("")).toBe("落实安全生产，对重大事故隐患实行责任分解、挂牌督办。");
  });
  it("prose starting in the 序号 column after the table (抄送) is not added to the last row", () => {
    const text = [header, row("1", "任务甲。", "区发改局"), row("2", "任务乙。", "区工信局"), "抄送：市府办，区委办，区人大办。"].join("\n");
    const r = alignedToRecords(doc(text));
    expect(r.records.map((x) => [x.seq, x.task.join(""), showCells(x.cells)])).toEqual([
      [1, "任务甲。", { leadUnits: ["区发改局"], supervisors: ["庄垂生"] }],
      [2, "任务乙。", { leadUnits: ["区工信局"], supervisors: ["庄垂生"] }],
    ]);
    // counter-example: a 序号 with its task glued by one space is a row
    const glued = [header, row("1", "任务甲。", "区发改局"), "2 任务乙。"].join("\n");
    expect(alignedToRecords(doc(glued)).records.map((x) => [x.seq, x.task.join("")])).toEqual([
      [1, "任务甲。"],
      [2, "任务乙。"],
    ]);
  });
});

describe("a marked heading printed alone in the task column", () => {
  const header = " 序号  目标任务                            牵头单位          分管领导";
  it("between finished tasks it is a section, not task text", () => {
    const text = [
      header,
      "      一、稳增长促发展",
      "  1     推进高新技术企业认定，完成年度计    区农业农村局      周伟",
      "        划的 100%。",
      "      二、抓创新强动能",
      "  2     建设城市道路提升工程，确保年底前    区城管局          吴伟",
      "        投入使用。",
    ].join("\n");
    const r = alignedToRecords(doc(text));
    expect(r.records.map((x) => [x.seq, x.section, x.task.join("")])).toEqual([
      [1, ["一、稳增长促发展"], "推进高新技术企业认定，完成年度计划的 100%。"],
      [2, ["二、抓创新强动能"], "建设城市道路提升工程，确保年底前投入使用。"],
    ]);
  });
  it("counter-examples: a wrapped line of an unfinished task, an Arabic-numbered item and a bare mark stay in the task", () => {
    const text = [
      header,
      "  1     推进两项工程建设：完成年度计划的    区农业农村局      周伟",
      "      二、三期工程",
      "  2     建设城市道路提升工程。              区城管局          吴伟",
      "      2、城市书房",
      "  3     新增规上企业30家。                  区商务局          吴伟",
      "      （三）",
      "  4     新建公园5个。                       区城管局          吴伟",
    ].join("\n");
    const r = alignedToRecords(doc(text));
    expect(r.records.slice(0, 2).map((x) => [x.seq, x.section, x.task.join("")])).toEqual([
      [1, [], "推进两项工程建设：完成年度计划的二、三期工程"],
      [2, [], "建设城市道路提升工程。2、城市书房"],
    ]);
    // the bare mark is no section; which row keeps it is the row cut's business — it is kept once
    expect(r.records.map((x) => x.section)).toEqual([[], [], [], []]);
    expect(r.records.map((x) => x.task.join("")).join("|").match(/（三）/g)).toHaveLength(1);
  });
});

describe("an un-numbered heading printed alone in the 序号 column", () => {
  const header = "编号   重点任务                 牵头单位               责任人";
  it("is a heading row, not part of the next row's 序号 cell (the row was lost)", () => {
    const text = [
      header,
      "改革任务",
      "1      新建城市公共停车场，惠     市信访局               邓建国",
      "       及群众35万人。",
      "重点项目",
      "2      开展污水管网改造，惠及     市工信局               冯敏",
      "       群众10万人。",
    ].join("\n");
    const r = alignedToRecords(doc(text));
    expect(r.records.map((x) => [x.seq, x.section, x.task.join("")])).toEqual([
      [1, ["改革任务"], "新建城市公共停车场，惠及群众35万人。"],
      [2, ["重点项目"], "开展污水管网改造，惠及群众10万人。"],
    ]);
  });
  it("counter-example: a page number in the 序号 column is no heading", () => {
    const text = [header, "1      新建城市公共停车场。       市信访局               邓建国", "- 3 -", "2      开展污水管网改造。         市工信局               冯敏"].join("\n");
    const r = alignedToRecords(doc(text));
    expect(r.records.map((x) => [x.seq, x.section, x.task.join("")])).toEqual([
      [1, [], "新建城市公共停车场。"],
      [2, [], "开展污水管网改造。"],
    ]);
  });
});

describe("cells centred on the task's text (a browser's middle-aligned cells)", () => {
  // 序号 | task | units. Row 1: a task of 2 lines beside 5 unit lines, its 序号 on the middle line;
  // row 2: 4 task lines beside 4 unit lines. The unit line between the rows (line 4) sits half a
  // line below row 1's task centre if row 1 takes it, half a line above row 2's if row 2 does.
  const pics = ["..x", ".xx", "#xx", "..x", "..x", ".xx", "#xx", ".xx", ".xx"];
  it("a line on the border goes to the row whose task it sits half a line below (text half a line off prints on the line above)", () => {
    const b = { ...block(pics), taskColumn: 1 };
    expect(cutBlock(b, "centred").rows).toEqual([
      { from: 0, to: 4 },
      { from: 5, to: 8 },
    ]);
  });
  it("counter-example: a unit line centring the next row's units on its task goes to that row", () => {
    // row 1: one task line beside 3 unit lines; row 2: 2 task lines beside 4 unit lines from line 3
    const b = { ...block(["..x", "#xx", "..x", "..x", "#xx", ".xx", "..x"]), taskColumn: 1 };
    expect(cutBlock(b, "centred").rows).toEqual([
      { from: 0, to: 2 },
      { from: 3, to: 6 },
    ]);
  });
});

describe("a table whose rows print text above their 序号 line is not top-aligned", () => {
  it("a third of the rows with a unit above the 序号 line that no row before can take: centred, though the costs tie", () => {
    // each row: one unit line above its 序号 line; under top alignment the first row cannot give it away
    const b = block(["..x", "#xx", "..x", "#xx", "..x", "#xx"]);
    expect(tableAlignment([b])).toBe("centred");
  });
  it("counter-example: one row in ten with text above its 序号 line stays top-aligned", () => {
    const rows = ["..x", "#xx"];
    for (let k = 0; k < 9; k++) rows.push("#xx", ".xx", "..x");
    expect(tableAlignment([block(rows)])).toBe("top");
  });
});

describe("a 序号 printed right-aligned, shifted into the task column", () => {
  const h = { bounds: [Number.NEGATIVE_INFINITY, 2, 30], columns: ["seq", "task", "leadUnits"] as CanonicalField[] };
  it("takes ` 8 居民收入…` after row 7 as row 8's 序号", () => {
    expect(isShiftedSeq({ text: "8 居民收入与经济增长基本同步。", start: 2, end: 18 }, h, 8)).toBe(true);
  });
  it("counter-example: a task line starting with another number (`8 个工业互联网项目`), or far into the column, is text", () => {
    expect(isShiftedSeq({ text: "8 个工业互联网项目建设。", start: 2, end: 15 }, h, 12)).toBe(false);
    expect(isShiftedSeq({ text: "8 居民收入与经济增长基本同步。", start: 6, end: 22 }, h, 8)).toBe(false);
    expect(isShiftedSeq({ text: "8 居民收入与经济增长基本同步。", start: 2, end: 18 }, h, undefined)).toBe(false);
  });
  it("whole text: rows 8 and 9 are read, not glued to row 7's task", () => {
    const text = [
      "序号           具体任务             牵头单位      责任单位     分管领导",
      " 7 社会消费品零售总额增长 10%。         区商务局      各街道办事处    吴小纲",
      "  8 居民收入与经济增长基本同步。          区发改局      各街道办事处    李超端",
      "  9 进龙头企业培优扶强工程。              区工信局      各街道办事处    吴小纲",
    ].join("\n");
    const { records } = alignedToRecords(doc(text));
    expect(records.map((r) => [r.seq, r.task])).toEqual([
      [7, ["社会消费品零售总额增长 10%。"]],
      [8, ["居民收入与经济增长基本同步。"]],
      [9, ["进龙头企业培优扶强工程。"]],
    ]);
  });
});

describe("a task's lines given back to the row whose sentence they finish", () => {
  // per line: does the task column's text end a sentence (null: no task text)
  it("up: a row whose task stops mid-sentence takes the next row's lines up to their first sentence end", () => {
    // row 0 = lines 0-1 (`力促…等`, no task), row 1 = lines 2-4 (`互动精品项目。`, `打造…试点村。`)
    const { lines, moved } = taskLines([false, null, true, null, true], [{ from: 0, to: 1 }, { from: 2, to: 4 }]);
    expect(lines).toEqual([[0, 2], [4]]);
    expect([...moved]).toEqual([0, 1]);
  });
  it("down: a row whose task ends a sentence before an unfinished tail gives the tail to the next row", () => {
    // row 0: `…盘活。` `落实减税降费、…用热补`; row 1: `助等政策。`
    const { lines } = taskLines([true, false, true], [{ from: 0, to: 1 }, { from: 2, to: 2 }]);
    expect(lines).toEqual([[0], [1, 2]]);
  });
  it("counter-examples: finished tasks, a next row left without text, and a cut both moves explain stay as cut", () => {
    // both rows end their sentences
    expect(taskLines([false, true, true], [{ from: 0, to: 1 }, { from: 2, to: 2 }]).moved.size).toBe(0);
    // the next row's only sentence is the rest of this one: taking it would leave that row no task
    expect(taskLines([false, true], [{ from: 0, to: 0 }, { from: 1, to: 1 }]).moved.size).toBe(0);
    // this row ends a sentence before its tail, and the next row holds two sentences: up and down both fit
    expect(taskLines([true, false, true, true], [{ from: 0, to: 1 }, { from: 2, to: 3 }]).moved.size).toBe(0);
  });
  it("whole text: a centred task cut after its 序号 line keeps its last line, the merged cell beside it stays", () => {
    const text = [
      "序号 具体目标任务              牵头单位        责任人   协办单位      区分管领导",
      "      创建文创培训、美食、服装、夜   城管局         程进强    文旅开发公司   陈相成",
      "14",
      "      市等特色街区。          自然资源局       林昀瑜    相关镇（街道）  黄少伟",
      "      力促“海丝之光”文创街区、惠",
      "19    屿海岛体验、黄田文旅等互动精",
      "      品项目。             文体旅游局       刘冰",
      "                                         各镇（街道）    陈清拥",
      "20    打造7个文体旅游融合试点村。   文旅开发公司      施茂春",
      "      推进“六大旅游产品”创建，完",
      "21",
      "      善全要素服务保障。",
    ].join("\n");
    const { records } = alignedToRecords(doc(text));
    expect(records.map((r) => [r.seq, r.task.join("")])).toEqual([
      [14, "创建文创培训、美食、服装、夜市等特色街区。"],
      [19, "力促“海丝之光”文创街区、惠屿海岛体验、黄田文旅等互动精品项目。"],
      [20, "打造7个文体旅游融合试点村。"],
      [21, "推进“六大旅游产品”创建，完善全要素服务保障。"],
    ]);
  });
});

describe("text above the first 序号 after a page break, carried over to the row the break cut", () => {
  // 序号 | task | units, top-aligned: the line above the first 序号 may end the row before the break
  const b = (taskEnds: Array<boolean | null>): CutInput => ({ ...block([".x.", "#xx", ".x."], true), taskEnds });
  it("a task line that leaves the carried row's task unfinished is the first row's start", () => {
    expect(cutBlock(b([false, false, true]), "top")).toMatchObject({ lead: 0, rows: [{ from: 0, to: 2 }] });
  });
  it("counter-example: a carried line that ends a sentence finishes the row before the break", () => {
    expect(cutBlock(b([true, false, true]), "top")).toMatchObject({ lead: 1, rows: [{ from: 1, to: 2 }] });
  });
});

describe("a table that looks cleanly top-aligned but whose top cut repeats a name in a row", () => {
  const text = (second: string) =>
    [
      "序号  目标任务                  责任单位      责任领导",
      "1     任务甲。                  应急局        施金钟",
      `                                ${second}        林劲松`,
      "2     任务乙。                  水利局        蒋东晓",
      "3     任务丙。                  信访局        曾焕铁",
      "4     任务丁。                  民政局        吴丽婷",
      "5     任务戊。                  商务局        蔡伟达",
      "6     任务己。                  公安局        苏家明",
    ].join("\n");
  const units = (t: string) => alignedToRecords(doc(t)).records.map((r) => [r.seq, (r.cells.units ?? []).map((l) => l.text), (r.review ?? []).map((x) => x.code)]);
  it("`应急局` twice in row 1: the second line is row 2's (cells a line off), and row 2 is flagged", () => {
    expect(units(text("应急局")).slice(0, 2)).toEqual([
      [1, ["应急局"], []],
      [2, ["应急局", "水利局"], ["ROW_SHAPE_UNEXPECTED"]],
    ]);
  });
  it("counter-example: two different units under row 1 stay row 1's, nothing flagged", () => {
    expect(units(text("政法委")).slice(0, 2)).toEqual([
      [1, ["应急局", "政法委"], []],
      [2, ["水利局"], []],
    ]);
  });
});

describe("a label column's cells start with their role labels (a 责任分工 column in `pdftotext -layout` text)", () => {
  const b = (opens: Array<boolean | null>): CutInput => ({
    occupied: ["xx.x", "..x.", "..x.", "xxxx", "..x."].map((r) => [...r].map((ch) => ch === "x")),
    anchors: [0, 3],
    afterBreak: false,
    cellOpens: opens,
  });

  it("a line between two rows goes to the row whose cell it begins (`牵头：…` opens the next row's cell)", () => {
    // line 1 `合：经济发展办` goes on with row 1's cell, line 2 `牵头：招商办；配` opens row 2's
    expect(cutBlock(b([true, false, true, false, false]), "centred").rows).toEqual([
      { from: 0, to: 1 },
      { from: 2, to: 4 },
    ]);
    // (starting on a line that opens no cell, and holding the next cell's opening label too: both cost)
    expect(labelCost([true, false, true, false, false], 1, 4)).toBe(2 * LABEL_CUT_COST);
    expect(labelCost([true, false, true, false, false], 2, 4)).toBe(0);
  });

  it("a row holding two cells' opening labels (`牵头单位：X` … `牵头单位：Y`) has taken the next row's cell", () => {
    expect(labelCost([true, false, false, true, false], 0, 4)).toBe(LABEL_CUT_COST);
    expect(labelCost([true, false, false, true, false], 0, 2)).toBe(0);
    // counter-example: lines that go on the cell (`配合单位：…`, read as not opening one) cost nothing
    expect(labelCost([true, false, false, false, false], 0, 4)).toBe(0);
  });

  it("counter-example: a block whose labels do not tell (no line opens row 2's cell) is cut by its shape alone", () => {
    const { cellOpens: _, ...shapeOnly } = b([]);
    expect(cutBlock(b([true, false, false, false, false]), "centred").rows).toEqual(cutBlock(shapeOnly, "centred").rows);
    // and labels that agree with a centred shape keep it
    const centred: CutInput = {
      occupied: ["..x.", "xxxx", "..x.", "..x.", "xxxx", "..x."].map((r) => [...r].map((ch) => ch === "x")),
      anchors: [1, 4],
      afterBreak: false,
      cellOpens: [true, false, false, true, false, false],
    };
    expect(cutBlock(centred, "centred").rows).toEqual([
      { from: 0, to: 2 },
      { from: 3, to: 5 },
    ]);
  });
});

describe("a -layout header whose words are all cut by their wraps (`责任领 完成时` over `导 间`)", () => {
  const head = "序 牵头单位           重点任务      配合单位    责任领 完成时";
  it("joins each piece to the word it lies under, a word fenjie does not interpret included (`完成时` + `间`)", () => {
    const h = findAlignedHeader(doc([head, "号                                   导   间", " 1       地区生产总值增长7.5%     区统计局          全年"].join("\n")).lines);
    expect(h?.headers).toEqual(["序号", "牵头单位", "重点任务", "配合单位", "责任领导", "完成时间"]);
    expect(h?.columns).toEqual(["seq", "leadUnits", "task", "coUnits", "leaders", "other"]);
  });
  it("counter-example: a unit under the cut word is no piece of it", () => {
    const h = findAlignedHeader(doc([head, "号                                   区发改局", " 1       地区生产总值增长7.5%     区统计局          全年"].join("\n")).lines);
    expect(h?.headers.some((w) => w.includes("区发改局"))).toBe(false);
  });
});
