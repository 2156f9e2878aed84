// The general fixes for browser-printed PDFs (docs/pdf.md, "Browser-printed PDFs"),
// on hand-made geometry with exact values.
import { describe, expect, it } from "vitest";
import { foldLookalikes } from "../../src/text/hygiene.js";
import { Ls, shows } from "../helpers/cell-lines.js";
import { mergeItems } from "../../src/read/pdf-text.js";
import { closeOpenEnds, openColumns, overflowBottom, rulesToEdges, stitchCut, tableRows, type Edge } from "../../src/layouts/lattice.js";
import { h, run, tablesOf, v } from "../helpers/lattice.js";
import { joinCut, lastLineRoom } from "../../src/layouts/pdf-cells.js";
import { bandsToRows } from "../../src/layouts/stream.js";

describe("look-alike radicals in a PDF's text layer", () => {
  it("fold to the ideographs a simplified-Chinese text means", () => {
    expect(foldLookalikes("⼈⺠⼯⽬⾼⽉⽇⽣⻓⼩")).toBe("人民工目高月日生长小");
    // NFKC would give the traditional 戶: Chinese fonts draw 户 with the radical's glyph
    expect(foldLookalikes("⼾籍")).toBe("户籍");
  });
});

describe("closeOpenEnds: a row cut by a page break has no rule under it", () => {
  it("closes verticals that end together with nothing crossing them", () => {
    const edges = rulesToEdges([h(0, 0, 200), v(0, 0, 50), v(100, 0, 50), v(200, 0, 50)]);
    expect(closeOpenEnds(edges, 3).filter((e) => e.orientation === "h")).toEqual([
      { orientation: "h", pos: 0, start: 0, end: 200 },
      { orientation: "h", pos: 50, start: 0, end: 200 },
    ]);
  });
  it("closes a gap the drawn rules leave (a merged cell going on), at the drawn rules' height", () => {
    const edges = rulesToEdges([h(0, 0, 300), h(50, 0, 100), h(50, 200, 300), v(0, 0, 50), v(100, 0, 50), v(200, 0, 50), v(300, 0, 50)]);
    const added = closeOpenEnds(edges, 3).slice(edges.length);
    expect(added).toEqual([{ orientation: "h", pos: 50, start: 0, end: 300 }]);
    const [table] = tablesOf([h(0, 0, 300), h(50, 0, 100), h(50, 200, 300), v(0, 0, 50), v(100, 0, 50), v(200, 0, 50), v(300, 0, 50)]);
    expect(table!.cells.map((c) => c.box)).toEqual([[0, 0, 100, 50], [100, 0, 200, 50], [200, 0, 300, 50]]);
    expect(openColumns(table!, edges, 3)).toEqual([1]);
  });
  it("leaves a closed table alone", () => {
    const edges: Edge[] = rulesToEdges([h(0, 0, 200), h(50, 0, 200), v(0, 0, 50), v(200, 0, 50)]);
    expect(closeOpenEnds(edges, 3)).toEqual(edges);
  });
});

describe("joinCut: a cell cut by a page break, joined back", () => {
  it("glues a number cut from its measure word when the line ran to the edge", () => {
    expect(shows(joinCut(Ls(["确保26"]), Ls(["个项目建成"]), 0.2))).toEqual(["确保26个项目建成"]);
  });
  it("marks a full line as wrapped and a short one as a name's end", () => {
    expect(shows(joinCut(Ls(["区发改局（区重"]), Ls(["点办）"]), 0.3))).toEqual([`区发改局（区重⏎`, "点办）"]);
    expect(shows(joinCut(Ls(["区发改局"]), Ls(["区人社局"]), 4))).toEqual([`区发改局¶`, "区人社局"]);
    expect(shows(joinCut(Ls([]), Ls(["区人社局"]), null))).toEqual(["区人社局"]);
  });
  it("measures the room a cell's last line leaves, in em", () => {
    expect(lastLineRoom([run("甲乙", 2, 2), run("丙", 2, 14)], [0, 0, 50, 30])).toBe(3.6);
    expect(lastLineRoom([], [0, 0, 50, 30])).toBeNull();
  });
});

describe("stitchCut: the rest of a cut row on the next page", () => {
  // page 1: header + one row, open at the bottom; page 2: header repeated, then the rest of the row, then row 2
  const page1 = [h(0, 0, 300), h(20, 0, 300), v(0, 0, 60), v(100, 0, 60), v(200, 0, 60), v(300, 0, 60)];
  const page2 = [h(0, 0, 300), h(20, 0, 300), h(40, 0, 300), h(60, 0, 300), v(0, 0, 60), v(100, 0, 60), v(200, 0, 60), v(300, 0, 60)];
  const header = [run("序号", 5, 5), run("任务", 105, 5), run("责任单位", 205, 5)];
  it("joins a continuation without 序号 onto the cut row and drops it", () => {
    const [t1] = tablesOf(page1);
    expect(t1!.ys).toEqual([0, 20, 60]);
    const rows1 = tableRows({ ...t1!, openColumns: [0, 1, 2] }, [...header, run("1", 5, 25), run("甲乙丙丁戊己庚辛壬", 105, 25), run("科技局", 205, 25)], 1);
    const cut = { ...rows1[1]!, openColumns: [0, 1, 2] };
    const [t2] = tablesOf(page2);
    const rows2 = tableRows(t2!, [...header, run("癸子", 105, 25), run("2", 5, 45), run("乙任务", 105, 45), run("财政局", 205, 45)], 2);
    expect(stitchCut(cut, rows2, t2!)).toBe(true);
    expect(cut.cells.map((c) => shows(c.lines))).toEqual([["1"], ["甲乙丙丁戊己庚辛壬⏎", "癸子"], ["科技局"]]);
    expect(rows2.map((r) => !!r.stitched)).toEqual([false, true, false]);
  });
  it("carries a merged cell cut by the break down the next page's rows (their inherited text)", () => {
    const [t1] = tablesOf(page1);
    const rows1 = tableRows(t1!, [...header, run("1", 5, 25), run("甲任务", 105, 25), run("科技局", 205, 25)], 1);
    const cut = { ...rows1[1]!, openColumns: [2] };
    // page 2: the 责任单位 cell is merged over rows 2 and 3, empty (its text was printed above the break)
    const merged = [h(0, 0, 300), h(20, 0, 300), h(40, 0, 200), h(60, 0, 300), v(0, 0, 60), v(100, 0, 60), v(200, 0, 60), v(300, 0, 60)];
    const [t2] = tablesOf(merged);
    const rows2 = tableRows(t2!, [...header, run("2", 5, 25), run("乙任务", 105, 25), run("3", 5, 45), run("丙任务", 105, 45)], 2);
    expect(stitchCut(cut, rows2, t2!)).toBe(true);
    expect(rows2.slice(1).map((r) => r.cells[2])).toEqual([{ lines: Ls(["科技局"]), spanned: true }, { lines: Ls(["科技局"]), spanned: true }]);
    expect(cut.cells[2]).toEqual({ lines: Ls(["科技局"]) });
  });
  it("leaves a numbered row's own one-row cells alone, even in an open column", () => {
    const [t1] = tablesOf(page1);
    const rows1 = tableRows(t1!, [...header, run("1", 5, 25), run("甲任务", 105, 25), run("科技局", 205, 25)], 1);
    const cut = { ...rows1[1]!, openColumns: [0, 1, 2] };
    const [t2] = tablesOf(page2);
    const rows2 = tableRows(t2!, [...header, run("2", 5, 25), run("乙任务", 105, 25), run("财政局", 205, 25)], 2);
    expect(stitchCut(cut, rows2, t2!)).toBe(false);
    expect(cut.cells.map((c) => shows(c.lines))).toEqual([["1"], ["甲任务"], ["科技局"]]);
    expect(rows2[1]!.cells.map((c) => shows(c.lines))).toEqual([["2"], ["乙任务"], ["财政局"]]);
  });
  it("does nothing when the next page starts with a numbered row and nothing is open", () => {
    const [t1] = tablesOf(page1);
    const rows1 = tableRows(t1!, [...header, run("1", 5, 25), run("甲任务", 105, 25)], 1);
    const [t2] = tablesOf(page2);
    const rows2 = tableRows(t2!, [...header, run("2", 5, 25), run("乙任务", 105, 25)], 2);
    expect(stitchCut({ ...rows1[1]!, openColumns: [] }, rows2, t2!)).toBe(false);
  });
});

describe("runs never merge across a drawn column rule", () => {
  it("even when the run before overhangs the rule (the blank half of a full-width mark)", () => {
    const items = [
      { text: "共建共享”", x: 340, baseline: 100, width: 55.5, fontSize: 11 },
      { text: "民政局", x: 395.6, baseline: 100, width: 33, fontSize: 11 },
    ];
    const runs = mergeItems(items, undefined, [v(393.4, 80, 120)]);
    expect(runs.map((r) => r.text)).toEqual(["共建共享”", "民政局"]);
  });
});

describe("stream: cell padding is not room left on a line", () => {
  it("a line as long as the column's longest wrapped, though the boundary is a padding away", () => {
    // column 2's text ends at x = 170 (its widest lines); the next column's text starts at 200
    const body = [run("1", 0, 0), run("任务", 20, 0), run("爱国路周边片区", 100, 0), run("张三", 200, 0), run("安置房指挥部", 100, 12), run("2", 0, 30), run("任务", 20, 30), run("区财政局", 100, 30), run("李四", 200, 30)];
    const { rows } = bandsToRows(body, [-Infinity, 15, 95, 190, Infinity], 0, 1);
    expect(shows(rows[0]!.cells[2]!.lines)).toEqual([`爱国路周边片区⏎`, "安置房指挥部"]);
  });
});

describe("letter spacing is told from CJK/number spacing", () => {
  it("keeps the spaces of `快 8 个`, drops those of letter-spaced `1 0 0 家`", () => {
    const one = (text: string) => mergeItems([{ text, x: 0, baseline: 100, width: 11 * [...text].length, fontSize: 11 }]).map((r) => r.text);
    expect(one("快 8 个")).toEqual(["快 8 个"]);
    expect(one("1 0 0 家")).toEqual(["100家"]);
  });
});

describe("overflowBottom: a cut cell's text painted below the cut", () => {
  it("takes in the lines that follow its last line closely, not text farther down", () => {
    const box: [number, number, number, number] = [100, 0, 200, 50];
    const runs = [run("四、打造", 105, 20), run("（一）安全出彩", 105, 35), run("办赛", 105, 49), run("注：另行通知", 105, 90), run("张三", 205, 62)];
    expect(overflowBottom(box, runs)).toBe(59.5);
    expect(overflowBottom(box, [run("甲", 105, 20)])).toBe(50);
  });
});
