import { describe, expect, it } from "vitest";
import type { Entity } from "../../src/layouts/flat/columns.js";
import { cutsByLines, fitsPrint, learnPrint, lineCapacity, mayHoldWrap, namesSeenWhole, wrapWidth, type RowPrint } from "../../src/layouts/flat/geometry.js";
import { flatToRecords } from "../../src/layouts/flat.js";
import type { InputDocument } from "../../src/model/intermediate.js";

/** names printed one after another: each [name, line] (a name on the line of the one before is a join) */
const run = (...names: Array<[string, number]>): Entity[] => names.map(([name, line], group) => ({ name, kind: "unit", line, group }));
const cell = (first: number, last = first) => ({ first, last });
const CENTRED = ["centre", "centre", "centre", "centre", "centre"] as const;
const TOP = ["top", "top", "top", "top", "top"] as const;

describe("cell ends sharing a printed line (stream-order text)", () => {
  it("centred cells: the last line of a cell and the first of the next meet when they lie at one height", () => {
    // one-line lead (区工信局) and one-line units (各街道办事处) lie at one height: printed as one line
    expect(fitsPrint([cell(1), cell(2), cell(3)], ["centre", "centre", "centre"], 0)).toBe(false);
    expect(fitsPrint([cell(1), cell(1), cell(1)], ["centre", "centre", "centre"], 0)).toBe(true);
    // a one-line cell before a two-line cell is half a line off: joined only by a tolerant dump (pdfjs)
    expect(fitsPrint([cell(1), cell(1, 2)], ["centre", "centre"], 0)).toBe(false);
    expect(fitsPrint([cell(1), cell(1, 2)], ["centre", "centre"], 0.5)).toBe(true);
    expect(fitsPrint([cell(1), cell(2, 3)], ["centre", "centre"], 0)).toBe(true);
  });

  it("top-aligned cells meet after a one-line cell only", () => {
    expect(fitsPrint([cell(1), cell(1, 3)], ["top", "top"], 0)).toBe(true);
    expect(fitsPrint([cell(1, 2), cell(2, 4)], ["top", "top"], 0)).toBe(false);
  });

  it("a break between two units that a one-name lead would have joined puts both in the lead", () => {
    // 序号 and task on one line, then 区商务局 / 区发改局 / 庄垂生 on lines of their own (units column empty)
    const row: RowPrint = { before: [cell(1), cell(1)], run: run(["区商务局", 2], ["区发改局", 3]), next: run(["庄垂生", 4]) };
    // centred, lead 区商务局 alone would print on the line of a one-line 区发改局 (joined): the text breaks, so both lead
    expect(cutsByLines(row, CENTRED, 0)).toEqual(new Set([2]));
  });

  it("counter-example: names joined on one line are two cells, and a cut keeping them together is impossible", () => {
    const row: RowPrint = { before: [cell(1), cell(2, 4)], run: run(["区工信局", 5], ["区招商办", 5], ["鲤城文投集团", 6]), next: run(["吴小纲", 6]) };
    const cuts = cutsByLines(row, CENTRED, 0.5)!;
    expect(cuts.has(1)).toBe(true);
    expect(cuts.has(2)).toBe(false);
    expect(cuts.has(3)).toBe(false);
  });

  it("counter-example: several cuts fit when the breaks do not tell (not decided by the lines)", () => {
    const row: RowPrint = { before: [cell(1), cell(2, 5)], run: run(["区工信局", 6], ["区发改局", 7], ["区科技局", 8], ["江南街道办事处", 9]), next: run(["吴小纲", 10]) };
    expect(cutsByLines(row, CENTRED, 0)!.size).toBeGreaterThan(1);
  });

  it("people of two columns printed as one run (the unit column between them empty): the first may be empty", () => {
    // top-aligned: 序号, task, 牵头单位 and 刘冰 on one line, 陈清拥 below. Two one-line cells 刘冰 | 陈清拥 would
    // print on one line, so the break says they are one cell: both 责任人, or both 联系领导 (责任人 empty)
    const row: RowPrint = { before: [cell(1), cell(1), cell(1)], run: run(["刘冰", 1], ["陈清拥", 2]), next: null, minFirst: 0 };
    expect(cutsByLines(row, ["top", "top", "top", "top", "top", "top"], 0)).toEqual(new Set([0, 2]));
  });

  it("counter-example: a row with something printed among its cells (a page break) is not read by lines", () => {
    const row: RowPrint = { before: [cell(1), cell(2, 3)], run: run(["区商务局", 4], ["区发改局", 9]), next: null };
    expect(cutsByLines(row, CENTRED, 0)).toBeNull();
  });
});

/**
 * A row printed the way a stream-order dump prints centred cells: 序号 (1 line), task (t lines),
 * a lead units, b responsible units, c people (one name a line); a cell's first line joins the
 * line before when they lie at most `tolerance` lines apart. Starts at line `at`.
 */
function printRow(at: number, t: number, a: number, b: number, c: number, tolerance: number): RowPrint {
  const sizes = [1, t, a, b, c];
  const height = Math.max(...sizes);
  let line = at;
  let prevEnd: number | null = null;
  const spans: Array<{ first: number; last: number }> = [];
  for (const n of sizes) {
    if (!n) {
      spans.push({ first: -1, last: -1 });
      continue;
    }
    const top = (height - n) / 2;
    if (prevEnd !== null && Math.abs(prevEnd - top) > tolerance) line++;
    spans.push({ first: line, last: line + n - 1 });
    line += n - 1;
    prevEnd = top + n - 1;
  }
  const names = (k: number, prefix: string): Entity[] =>
    Array.from({ length: sizes[k]! }, (_, i) => ({ name: `${prefix}${i}`, kind: "unit" as const, line: spans[k]!.first + i, group: k * 100 + i }));
  return { before: [spans[0]!, spans[1]!], run: [...names(2, "甲"), ...names(3, "乙")], next: c ? names(4, "丙") : null };
}

describe("learning the table's print", () => {
  // rows of varied cell heights (a fixed sequence), each a lead unit or more
  const shapes = Array.from({ length: 24 }, (_, i) => [1 + ((i * 7) % 4), 1 + ((i * 5) % 3), (i * 3) % 4, 1 + ((i * 11) % 3)] as const);
  const table = (tolerance: number) => shapes.map(([t, a, b, c], i) => printRow(i * 20 + 1, t, a, b, c, tolerance));

  it("takes the strictest tolerance that explains the rows, and the true cut is among those the lines allow", () => {
    for (const tolerance of [0, 0.5]) {
      const model = learnPrint(table(tolerance));
      expect(model?.tolerance).toBe(tolerance);
      table(tolerance).forEach((row, i) => expect(cutsByLines(row, model!.alignments, model!.tolerance)!.has(shapes[i]![1])).toBe(true));
    }
  });

  it("counter-example: too few rows printed whole teach nothing", () => {
    expect(learnPrint(table(0).slice(0, 2))).toBeNull();
  });

  it("text that never prints two cells on one line (a table copied one cell per line) teaches nothing", () => {
    // 序号 | task | lead | co units (`甲、乙`, one fragment) | 分管领导, each on a line of its own
    const oneCellPerLine = (at: number): RowPrint => ({
      before: [cell(at), cell(at + 1)],
      run: [
        { name: "区经信局", kind: "unit", line: at + 2, group: 0 },
        { name: "区统计局", kind: "unit", line: at + 3, group: 1, listed: true },
        { name: "区税务局", kind: "unit", line: at + 3, group: 1, listed: true },
      ],
      next: run(["庄垂生", at + 4]),
    });
    expect(learnPrint([0, 10, 20, 30, 40, 50].map(oneCellPerLine))).toBeNull();
    // counter-example: the same rows with 序号 and task on one line (a stream dump) are learnt from
    const joined = (at: number): RowPrint => ({ ...oneCellPerLine(at), before: [cell(at), cell(at, at + 1)] });
    expect(learnPrint([0, 10, 20, 30, 40, 50].map(joined))).not.toBeNull();
  });

  it("counter-example: rows that no alignment explains leave the lines out of it", () => {
    // every row joins a three-line cell's last line to the next cell's first: no alignment prints that
    const odd = (at: number): RowPrint => ({
      before: [cell(at), cell(at + 1, at + 3)],
      run: run(["区发改局", at + 3], ["区人社局", at + 4], ["区财政局", at + 5]),
      next: run(["庄垂生", at + 5]),
    });
    expect(learnPrint([0, 10, 20, 30, 40, 50].map(odd))).toBeNull();
  });
});

describe("a name as long as the cell is wide may be wrapped into the next", () => {
  const wrapped = (name: string, line: number, first: string): Entity => ({ name, kind: "unit", line, lastLine: line + 1, group: 0, wrapAt: first.length });
  it("learns the width from names wrapped at least twice", () => {
    expect(wrapWidth([wrapped("区古城保护发展指挥部", 1, "区古城保护发展指"), wrapped("江南新区城市更新项目指挥部", 5, "江南新区城市更新")])).toBe(8);
    expect(wrapWidth([wrapped("区古城保护发展指挥部", 1, "区古城保护发展指")])).toBeNull();
  });
  it("a line broken before a character carried down by its closing mark (`区发改局（粮食` + `局）`) says no width", () => {
    const early = wrapped("区发改局（粮食局）", 9, "区发改局（粮食");
    expect(lineCapacity(early)).toBeNull();
    expect(wrapWidth([wrapped("区古城保护发展指挥部", 1, "区古城保护发展指"), early, wrapped("晋江南岸（鲤城段）整治及景观提升项目指挥部", 12, "晋江南岸（鲤城"), wrapped("江南新区城市更新项目指挥部", 20, "江南新区城市更新")])).toBe(8);
  });
  it("counter-example: a line broken before an ordinary character shows its own length", () => {
    expect(lineCapacity(wrapped("区古城保护发展指挥部", 1, "区古城保护发展指"))).toBe(8);
    expect(lineCapacity(wrapped("区工信局（区委军民融合办）", 1, "区工信局（区委军"))).toBe(8);
    expect(wrapWidth([wrapped("区发改局（区重点办）", 1, "区发改局（区"), wrapped("区发改局（区金融办）", 5, "区发改局（区")])).toBe(6);
  });
  it("a full-width name followed by another on the next line is a possible wrap", () => {
    expect(mayHoldWrap(run(["区行政服务中心管委会", 1], ["驻区行政服务中心", 2], ["各窗口单位", 3]), 8)).toBe(true);
  });
  it("counter-example: shorter names, or names on one line, are not", () => {
    expect(mayHoldWrap(run(["区发改局", 1], ["区人社局", 2], ["各街道办事处", 3]), 8)).toBe(false);
    expect(mayHoldWrap(run(["驻区行政服务中心", 1], ["各窗口单位", 1]), 8)).toBe(false);
    expect(mayHoldWrap(run(["驻区行政服务中心", 1], ["各窗口单位", 2]), null)).toBe(false);
  });
  it("a name the table prints whole elsewhere is not the second line of a wrapped one", () => {
    // 金龙街道办事处 heads a run in another row: after the seven-character 江南街道办事处 it is a name of its own
    const rows = [run(["金龙街道办事处", 1], ["区发改局", 2]), run(["区工信局", 5], ["江南街道办事处", 6], ["金龙街道办事处", 7])];
    const whole = namesSeenWhole(rows, 7);
    expect(whole.has("金龙街道办事处")).toBe(true);
    expect(mayHoldWrap(rows[1]!, 7, whole)).toBe(false);
  });
  it("counter-example: a name only ever seen after a full-width one may still be its wrapped end", () => {
    const rows = [run(["区行政服务中心管委会", 1], ["驻区行政服务中心", 2], ["各窗口单位", 3]), run(["区发改局", 5], ["区财政局", 6])];
    const whole = namesSeenWhole(rows, 8);
    expect(whole.has("各窗口单位")).toBe(false);
    expect(mayHoldWrap(rows[0]!, 8, whole)).toBe(true);
  });
});

describe("the flat layout reads the unit boundary from line breaks", () => {
  const names = (c: ReadonlyArray<{ text: string }> | undefined) => (c ?? []).map((x) => x.text);
  const doc = (lines: string[]): InputDocument => ({ lines: lines.map((text, i) => ({ text, line: i + 1 })) }) as InputDocument;
  // a strict dump of centred cells: one lead unit and one responsible unit print as one line
  const rows: string[] = ["序号 具体任务 牵头单位 责任单位 分管领导"];
  const one = ["区发改局", "区工信局", "区财政局", "区商务局", "区人社局", "区科技局"];
  one.forEach((u, i) => rows.push(`${i + 1} 第${i + 1}项任务增长 8%左右。 ${u} 各街道办事处 庄垂生`));
  // 序号 7: two leads (no unit column filled): a one-line lead and one-line responsible unit would have been joined
  rows.push("7 第7项任务增长 8%左右。 区交通局", "区水利局", "王垦福");
  it("settles a row whose breaks allow one cut, and says so without a flag", () => {
    const r = flatToRecords(doc(rows));
    const seven = r.records.find((x) => x.seq === 7)!;
    expect(names(seven.cells.leadUnits)).toEqual(["区交通局", "区水利局"]);
    expect(names(seven.cells.units)).toEqual([]);
    const d = r.diagnostics.filter((x) => x.seq === 7);
    expect(d.map((x) => x.code)).toContain("FLAT_UNIT_COLUMNS_BY_LINES");
    expect(d.filter((x) => x.level !== "info")).toEqual([]);
  });
  it("counter-example: the same names joined on one line are two cells (lead, then units)", () => {
    const joined = [...rows.slice(0, -3), "7 第7项任务增长 8%左右。 区交通局 区水利局", "王垦福"];
    const r = flatToRecords(doc(joined));
    const seven = r.records.find((x) => x.seq === 7)!;
    expect(names(seven.cells.leadUnits)).toEqual(["区交通局"]);
    expect(names(seven.cells.units)).toEqual(["区水利局"]);
  });
});

describe("the flat layout settles a unit boundary the whole document pins", () => {
  const names = (c: ReadonlyArray<{ text: string }> | undefined) => (c ?? []).map((x) => x.text);
  const doc = (lines: string[]): InputDocument => ({ lines: lines.map((text, i) => ({ text, line: i + 1 })) }) as InputDocument;
  // rows 1-3 print each cell's first line on one line: the boundary is shown (too few rows to learn the print from)
  const shown = [
    "序号 具体任务 牵头单位 责任单位 分管领导",
    "1 地区生产总值增长 8%左右。 区发改局 各街道办事处 庄垂生",
    "2 工业增加值增长 7%。 区发改局 区直有关单位 吴小纲",
    "3 第三产业增加值增长 8.5%。 区工信局 各街道办事处 庄垂生",
  ];
  const four = (...units: string[]) => [...shown, "4", "社会消费品零售总额增长 10%。", ...units, "吴小纲"];
  it("each name after the first shown on its side at least twice, never on the other: one cut only, no flag", () => {
    const r = flatToRecords(doc(four("区工信局", "区发改局", "各街道办事处")));
    const row = r.records.find((x) => x.seq === 4)!;
    expect(names(row.cells.leadUnits)).toEqual(["区工信局", "区发改局"]);
    expect(names(row.cells.units)).toEqual(["各街道办事处"]);
    const d = r.diagnostics.filter((x) => x.seq === 4);
    expect(d.map((x) => [x.code, x.level])).toEqual([["FLAT_UNIT_COLUMNS_BY_DOCUMENT", "info"]]);
  });
  it("counter-example: a name the document shows nowhere else (区科技局) may sit on either side: flagged", () => {
    const r = flatToRecords(doc(four("区工信局", "区科技局", "各街道办事处")));
    const d = r.diagnostics.filter((x) => x.seq === 4);
    expect(d.map((x) => [x.code, x.level])).toEqual([["FLAT_UNIT_COLUMNS_GUESSED", "warning"]]);
  });
});
