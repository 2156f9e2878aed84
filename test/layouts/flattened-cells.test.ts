// Empty cells of a table flattened one cell per line without `|` marks (issue 15 §1): the header shows how
// cells are separated (one blank line between header cells: each cell a paragraph; none: each cell a line), and
// a run of blank lines longer than that separator is where empty cells were printed.
import { describe, expect, it } from "vitest";
import { shows } from "../helpers/cell-lines.js";
import { fillGaps, findFlattenedTable, headerSeparator } from "../../src/layouts/list/flattened.js";
import { findFlatHeader } from "../../src/layouts/flat/header.js";
import { cellsPerLine, flatToRecords } from "../../src/layouts/flat.js";
import { leadingPeopleLines } from "../../src/layouts/flat/anatomy.js";
import { leadingHeadings } from "../../src/layouts/flat/headings.js";
import type { Diagnostic } from "../../src/model/schema.js";

const lines = (text: string) => text.split("\n").map((t, i) => ({ text: t, line: i + 1 }));
const rowsOf = (text: string) => findFlattenedTable(lines(text))!.rows.map((r) => r.cells.map((c) => shows(c.lines).join("")));
const HEAD_P = "序号\n\n工作任务\n\n牵头单位\n\n配合单位\n\n分管领导\n\n";
const HEAD_L = "序号\n工作任务\n牵头单位\n配合单位\n分管领导\n";

describe("headerSeparator", () => {
  it("reads the blank lines between header cells (none, one, two), and nothing from irregular spacing", () => {
    expect(headerSeparator([10, 12, 14, 16])).toBe(1);
    expect(headerSeparator([10, 11, 12])).toBe(0);
    expect(headerSeparator([10, 13, 16])).toBe(2);
    // counter-example: header words far apart (four blank lines) are no run of cells to read a separator from
    expect(headerSeparator([10, 15, 20])).toBeNull();
    // counter-examples: a PDF text dump spaces its header lines unevenly; one cell shows no separator
    expect(headerSeparator([10, 11, 13, 14])).toBeNull();
    expect(headerSeparator([10])).toBeNull();
  });
});

describe("empty cells between paragraphs", () => {
  it("takes a run of three blank lines for an empty cell: the cells after it keep their columns", () => {
    const t = findFlattenedTable(lines(`${HEAD_P}1\n\n完成改造。\n\n\n\n区城管局\n\n王伟\n\n2\n\n新建公园。\n\n区住建局\n\n区城管局\n\n李明\n`))!;
    expect(t.rows.map((r) => r.cells.map((c) => shows(c.lines).join("")))).toEqual([
      ["序号", "工作任务", "牵头单位", "配合单位", "分管领导"],
      ["1", "完成改造。", "", "区城管局", "王伟"],
      ["2", "新建公园。", "区住建局", "区城管局", "李明"],
    ]);
    expect(t.review.size).toBe(0);
    expect(t.regular).toBe(true);
  });

  it("keeps a cell's lines together, and a trailing empty cell before a heading row leaves the heading to the next rows", () => {
    expect(rowsOf(`${HEAD_P}1\n\n完成改造。\n\n区住建局\n区发改局\n\n区城管局\n\n\n\n一、抓项目\n\n2\n\n新建公园。\n\n区住建局\n\n区城管局\n\n李明\n`)).toEqual([
      ["序号", "工作任务", "牵头单位", "配合单位", "分管领导"],
      ["1", "完成改造。", "区住建局区发改局", "区城管局", ""],
      ["一、抓项目"],
      ["2", "新建公园。", "区住建局", "区城管局", "李明"],
    ]);
    // counter-example: two people in one cell (`王伟、李明`, no name on its own) after a row still short of a cell
    // are that row's last cell, not a heading
    expect(rowsOf(`${HEAD_P}1\n\n完成改造。\n\n\n\n区城管局\n\n王伟、李明\n\n2\n\n新建公园。\n\n区住建局\n\n区城管局\n\n李明\n`)[1]).toEqual(["1", "完成改造。", "", "区城管局", "王伟、李明"]);
  });

  it("counter-example: single blank lines only (no empty cell) shift nothing", () => {
    expect(rowsOf(`${HEAD_P}1\n\n完成改造。\n\n区住建局\n\n区城管局\n\n王伟\n`)[1]).toEqual(["1", "完成改造。", "区住建局", "区城管局", "王伟"]);
  });
});

describe("empty cells as empty lines", () => {
  it("takes an empty line for an empty cell when the header's cells are consecutive lines", () => {
    const t = findFlattenedTable(lines(`${HEAD_L}1\n完成改造。\n\n区城管局\n王伟\n2\n新建公园。\n区住建局\n\n李明\n`))!;
    expect(t.rows.map((r) => r.cells.map((c) => shows(c.lines).join(""))).slice(1)).toEqual([
      ["1", "完成改造。", "", "区城管局", "王伟"],
      ["2", "新建公园。", "区住建局", "", "李明"],
    ]);
    expect(t.review.size).toBe(0);
  });

  it("counter-example: with an uneven header (a PDF dump) blank lines are no cells, as before", () => {
    const rows = rowsOf(`序号\n工作任务\n\n牵头单位\n配合单位\n分管领导\n1\n完成改造。\n\n区城管局\n王伟\n`);
    // the blank line is no cell: 区城管局 stays under 牵头单位 (the name goes to 分管领导 by its kind, `spreadByKind`)
    expect(rows[1]).toEqual(["1", "完成改造。", "区城管局", "", "王伟"]);
  });
});

describe("fillGaps", () => {
  const c = (text: string, gap?: number) => ({ text, lines: text ? [text] : [], line: 1, ...(gap ? { gap } : {}) });
  it("places empty cells where the gaps say, exact when they add up to what the row lacks", () => {
    const r = fillGaps([c("1"), c("任务。"), c("", 3), c("甲局"), c("", 5)], 6, 1)!;
    expect([r.row.map((x) => x.text), r.guessed]).toEqual([["1", "任务。", "", "甲局", "", ""], false]);
  });
  it("flags a row whose gaps do not add up to the cells it lacks (the empty cells are then guessed)", () => {
    // a run of two blank lines between paragraphs: half a separator more, taken as one empty cell; the row lacks two
    const r = fillGaps([c("1"), c("任务。"), c("", 2), c("甲局")], 5, 1)!;
    expect([r.row.map((x) => x.text), r.guessed]).toEqual([["1", "任务。", "", "甲局", ""], true]);
    // the blank lines that end the text stand for as many empty cells as the last row lacks (a file ends with any number)
    const end = fillGaps([c("1"), c("任务。"), c("甲局"), { ...c("", 4), end: true }], 5, 1)!;
    expect([end.row.map((x) => x.text), end.guessed]).toEqual([["1", "任务。", "甲局", "", ""], false]);
    // counter-example: the same run of blank lines inside the row is counted, and here does not add up
    const mid = fillGaps([c("1"), c("任务。"), c("", 4), c("甲局")], 6, 1)!;
    expect(mid.guessed).toBe(true);
    // a row that has all its cells and still a gap: some cell ran over two lines (each line taken for a cell), so
    // the columns are a guess
    const over = fillGaps([c("1"), c("任务。"), c("甲局"), c("", 1), c("乙局"), c("王伟")], 5, 0)!;
    expect([over.row.map((x) => x.text), over.guessed]).toEqual([["1", "任务。", "甲局", "乙局", "王伟"], true]);
    // counter-example: no gap, nothing to fill
    expect(fillGaps([c("1"), c("任务。")], 3, 1)).toBeNull();
  });
});

describe("people columns before the task", () => {
  it("a person's name after the 序号 of a row one cell too long is a people column, never a category (heading)", () => {
    const head = "序号 |\n分管领导 |\n工作任务 |\n牵头单位 |\n";
    const t = findFlattenedTable(lines(`${head}1 |\n王伟 |\n完成改造。 |\n区住建局 |\n重点项目 |\n2 |\n李明 |\n新建公园。 |\n区城管局 |\n`))!;
    expect(t.rows.map((r) => [r.cells.map((c) => shows(c.lines).join("")), r.spansTable ?? false])).toEqual([
      [["序号", "分管领导", "工作任务", "牵头单位"], false],
      [["1", "王伟", "完成改造。", "区住建局"], false],
      [["重点项目"], true],
      [["2", "李明", "新建公园。", "区城管局"], false],
    ]);
    expect(t.review.size).toBe(0);
  });
});

describe("a flattened header in traditional script", () => {
  it("cuts header words one per line at the listed words whatever the script", () => {
    const words = ["序號", "重點任務", "牽頭責任單位", "責任科室", "協辦部門", "分管區領導"];
    expect(findFlatHeader(words.map((text, i) => ({ text, line: i + 1 })))?.headers).toEqual(words);
    // counter-example: a sentence between the words ends the run: no header with a task and a responsibility column
    expect(findFlatHeader(["序號", "重點任務", "各單位要抓好落實，按時報送。", "牽頭單位"].map((text, i) => ({ text, line: i + 1 })))).toBeNull();
  });
});

describe("empty cells in the flat layout (one cell per line, cells on several lines)", () => {
  const src = (text: string) => text.split("\n").map((t, i) => ({ text: t, line: i + 1 }));
  const HEAD = "序号\n工作任务\n牵头单位\n配合单位\n责任领导\n分管领导\n";
  it("flags a row with an empty line among or after its names when the header is one word per line, no blanks", () => {
    const text = `${HEAD}1\n完成改造。\n区住建局\n区发改局\n\n王伟\n李明\n2\n新建公园。\n区城管局\n区财政局\n赵刚\n孙华\n3\n新建学校。\n区教育局\n区财政局\n钱亮\n\n4\n开展培训。\n区人社局\n区财政局\n周强\n吴敏\n`;
    const r = flatToRecords({ source: { file: "-", format: "txt", sha256: "0", encoding: "utf-8" }, lines: src(text), diagnostics: [] });
    expect(r.records.map((x) => x.seq)).toEqual([1, 2, 3, 4]);
    expect(r.diagnostics.filter((d) => d.code === "FLAT_EMPTY_CELL").map((d) => [d.seq, d.level])).toEqual([
      [1, "warning"],
      [3, "warning"],
    ]);
  });
  it("counter-examples: blank lines between header words (each cell a paragraph), or a header on one line, say nothing of empty cells", () => {
    const lined = src(`${HEAD}1\n完成改造。\n\n区住建局`);
    expect(cellsPerLine(lined, findFlatHeader(lined)!)).toBe(true);
    const para = src("序号\n\n工作任务\n\n牵头单位\n\n配合单位\n\n1\n\n完成改造。\n\n区住建局\n");
    expect(cellsPerLine(para, findFlatHeader(para)!)).toBe(false);
    const oneLine = src("序号 工作任务 牵头单位 配合单位\n1\n完成改造。\n\n区住建局\n");
    expect(cellsPerLine(oneLine, findFlatHeader(oneLine)!)).toBe(false);
  });
});

describe("a row's people printed right after its 序号, under a header one word per line", () => {
  it("ends the header at a person's name after the 序号 (the name is the row's first cell, no header word)", () => {
    const h = findFlatHeader(["序号", "分管领导", "工作任务", "牵头单位", "1", "赵芳", "完成改造。"].map((text, i) => ({ text, line: i + 1 })))!;
    expect(h.headers).toEqual(["序号", "分管领导", "工作任务", "牵头单位"]);
    // counter-example: a wrapped header word after a 序号 printed amid the header (reading order) is still the header's
    const w = findFlatHeader(["序号", "工作任务", "1", "牵头单位", "区分管或联系领", "导", "完成改造。"].map((text, i) => ({ text, line: i + 1 })))!;
    expect(w.headers).toEqual(["序号", "工作任务", "牵头单位", "区分管或联系领导"]);
  });
});

describe("people columns before the task in the flat layout", () => {
  const line = (text: string, i: number) => ({ text, line: i + 1, afterBreak: false });
  it("takes the people's names after the 序号 out of the task when prose follows them", () => {
    expect(leadingPeopleLines(["谢洋", "王伟、李明", "培育县域商业体系建设，年内完成2处。", "县商务局"].map(line), 0)).toBe(2);
    // counter-examples: a unit first is no people column; names with no task prose after them are no leading cells
    expect(leadingPeopleLines(["县商务局", "培育县域商业体系建设，年内完成2处。"].map(line), 0)).toBe(0);
    expect(leadingPeopleLines(["谢洋", "县商务局"].map(line), 0)).toBe(0);
  });
  it("reads them into the people column the header prints before the task; without such a column they stay in the task", () => {
    const doc = (text: string) => ({ source: { file: "-", format: "txt" as const, sha256: "0", encoding: "utf-8" }, lines: text.split("\n").map((t, i) => ({ text: t, line: i + 1 })), diagnostics: [] });
    const r = flatToRecords(doc("序号\n分管领导\n工作任务\n牵头单位\n1\n谢洋\n完成改造。\n区住建局\n2\n王伟\n新建公园。\n区城管局\n"));
    expect(r.records.map((x) => [x.seq, x.task, Object.keys(x.cells).sort()])).toEqual([
      [1, ["完成改造。"], ["leadUnits", "supervisors"]],
      [2, ["新建公园。"], ["leadUnits", "supervisors"]],
    ]);
    const plain = flatToRecords(doc("序号\n工作任务\n牵头单位\n分管领导\n1\n完成改造。\n区住建局\n谢洋\n2\n新建公园。\n区城管局\n王伟\n"));
    expect(plain.records.map((x) => x.task)).toEqual([["完成改造。"], ["新建公园。"]]);
  });
});

describe("a responsibility column beside two others, rows with empty cells", () => {
  it("keeps every header column when the rows are short of one only because of their empty cells", () => {
    const head = "序号\n\n工作任务\n\n责任单位\n\n牵头单位\n\n配合单位\n\n";
    const row = (n: number) => `${n}\n\n任务${n}完成。\n\n\n\n区住建局\n\n区城管局\n\n`;
    const t = findFlattenedTable(lines(`${head}${row(1)}${row(2)}${row(3)}`))!;
    expect(t.rows[0]!.cells.map((c) => shows(c.lines).join(""))).toEqual(["序号", "工作任务", "责任单位", "牵头单位", "配合单位"]);
    expect(t.rows[1]!.cells.map((c) => shows(c.lines).join(""))).toEqual(["1", "任务1完成。", "", "区住建局", "区城管局"]);
    // counter-example: rows one cell short with no blank run (责任单位 spans the two below it) lose the group cell
    const grouped = findFlattenedTable(lines(`${head}${[1, 2, 3].map((n) => `${n}\n\n任务${n}完成。\n\n区住建局\n\n区城管局\n\n`).join("")}`))!;
    expect(grouped.rows[0]!.cells.map((c) => shows(c.lines).join(""))).toEqual(["序号", "工作任务", "牵头单位", "配合单位"]);
  });
});

describe("a titled heading row between the header and the first row (flat layout)", () => {
  const line = (text: string, i: number) => ({ text, line: i + 1, afterBreak: false });
  it("reads `一、…，…` (a marker and a title with a comma) as the first rows' heading", () => {
    const diags: Diagnostic[] = [];
    expect(leadingHeadings(["一、坚持创新驱动，加快产业转型升级"].map(line), 0, diags).map((g) => [g.level, g.fragments])).toEqual([[1, ["一、坚持创新驱动，加快产业转型升级"]]]);
    expect(diags).toEqual([]);
    // counter-example: a sentence (full stop) after a marker is no heading: reported, not read as the section
    const prose: Diagnostic[] = [];
    expect(leadingHeadings(["一、各单位要按时报送进展情况。"].map(line), 0, prose)).toEqual([]);
    expect(prose.map((d) => d.code)).toEqual(["UNPLACED_TEXT"]);
  });
});
