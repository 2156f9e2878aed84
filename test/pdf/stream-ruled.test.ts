// An unruled-column PDF table that a browser ruled across only (horizontal rules between the rows, none between the
// columns): no lattice, so the stream layout reads it from positions, and the rules tell it where each row ends and
// which cells are merged over rows (a rule between two rows that stops short of a column).
import { describe, expect, it } from "vitest";
import type { Rule, TextRun } from "../../src/model/intermediate.js";
import { bandsToRows, rowRules, splitHeaderRun } from "../../src/layouts/stream.js";

const h = (y: number, x0: number, x1: number): Rule => ({ orientation: "h", box: [x0, y - 0.25, x1, y + 0.25] });
const run = (text: string, x: number, top: number, size = 10): TextRun => ({ text, box: [x, top, x + [...text].length * size, top + size], fontSize: size });
const texts = (rows: ReturnType<typeof bandsToRows>["rows"]) => rows.map((r) => r.cells.map((c) => c.lines.map((l) => l.text).join("|")));

describe("splitHeaderRun: two header words printed as one run", () => {
  it("`No. 责任领导` is two header cells, each at its share of the run's width", () => {
    const r = run("No. 责任领导", 0, 0);
    // widths in ems: `No.` 1.5, the space 0.5, `责任领导` 4 — over 60 points, 10 a em
    expect(splitHeaderRun({ text: r.text, x0: 0, x1: 60 }, [r])).toEqual([
      { text: "No.", x0: 0, x1: 15 },
      { text: "责任领导", x0: 20, x1: 60 },
    ]);
  });
  it("counter-examples: one header word padded with a space, or words that are no headers, stay one cell", () => {
    const padded = run("责任 单位", 0, 0);
    expect(splitHeaderRun({ text: padded.text, x0: 0, x1: 50 }, [padded])).toHaveLength(1);
    const prose = run("序号 全年", 0, 0);
    expect(splitHeaderRun({ text: prose.text, x0: 0, x1: 70 }, [prose])).toHaveLength(1);
  });
});

// columns 序号 | 责任领导 | 任务 | 责任单位, boundaries at 30, 90, 200; rows between rules at 20, 50, 80, 110
const BOUNDS = [-Infinity, 30, 90, 200, Infinity];
const SEQ_X: [number, number] = [0, 20];

describe("bandsToRows with rules between the rows", () => {
  // the task of row 1 is two lines with its number printed at the middle (below the first line);
  // the leader 吴国强 is merged over rows 1–2 (the rule at 50 stops short of his column), printed once
  const runs = [
    run("全镇产值增长10%，", 100, 24),
    run("1", 5, 30), run("新增规上工业企业3家", 100, 36), run("经发中心", 210, 30),
    run("吴国强", 40, 45),
    run("2", 5, 60), run("新引进项目6个", 100, 60), run("招商办", 210, 60),
    run("3", 5, 90), run("开展企业服务日活动", 100, 90), run("蒋丽华", 40, 90), run("经发中心", 210, 90),
  ];
  it("each row is what lies between two rules; a cell whose rule stops short is merged down", () => {
    const rules = [h(20, 0, 300), h(50, 0, 30), h(50, 90, 300), h(80, 0, 300), h(110, 0, 300)];
    const cuts = rowRules(rules, ...SEQ_X, 0);
    expect(cuts.map((c) => c.y)).toEqual([20, 50, 80, 110]);
    const { rows } = bandsToRows(runs, BOUNDS, 0, 2, undefined, new Set(), cuts);
    expect(texts(rows)).toEqual([
      ["1", "吴国强", "全镇产值增长10%，|新增规上工业企业3家", "经发中心"],
      ["2", "吴国强", "新引进项目6个", "招商办"],
      ["3", "蒋丽华", "开展企业服务日活动", "经发中心"],
    ]);
    expect(rows.map((r) => r.cells[1]!.spanned ?? false)).toEqual([false, true, false]);
  });
  it("counter-example: a rule drawn across the whole row between two rows keeps their cells apart", () => {
    const rules = [h(20, 0, 300), h(50, 0, 300), h(80, 0, 300), h(110, 0, 300)];
    const { rows } = bandsToRows(runs, BOUNDS, 0, 2, undefined, new Set(), rowRules(rules, ...SEQ_X, 0));
    expect(texts(rows).map((r) => r[1])).toEqual(["吴国强", "", "蒋丽华"]);
  });
  it("counter-example: too few rules (a rule under the header only) leave the rows to the 序号 anchors", () => {
    const { rows } = bandsToRows(runs, BOUNDS, 0, 2, undefined, new Set(), rowRules([h(20, 0, 300)], ...SEQ_X, 0));
    // no rule says 吴国强's cell is merged: he stays in the one row the anchors give him, nothing is merged down
    expect(rows.some((r) => r.cells.some((c) => c.spanned))).toBe(false);
    expect(texts(rows).filter((r) => r[1] === "吴国强")).toHaveLength(1);
  });
});
