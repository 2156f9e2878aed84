import { describe, expect, it } from "vitest";
import { findFlatHeader, lengthensOnly, orderPieces, segmentHeader } from "../../src/layouts/flat/header.js";
import { isLetterSpaced, unspaceLetters } from "../../src/layouts/flat/fragments.js";
import { segmentRows } from "../../src/layouts/flat/segment.js";

const src = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe("findFlatHeader: the header however it is printed", () => {
  it("reads one line of header words", () => {
    expect(findFlatHeader(src("附件", "序号 目标任务 责任单位 责任领导", "1"))?.headers).toEqual(["序号", "目标任务", "责任单位", "责任领导"]);
  });
  it("joins a word wrapped over lines (`区分管或联系领` + `导`)", () => {
    const h = findFlatHeader(src("序号 具体目标任务 牵头单位 责任人 协办单位", "区分管或联系领", "导", "14"));
    expect(h?.columns).toEqual(["seq", "task", "leadUnits", "leaders", "coUnits", "supervisors"]);
    expect(h?.end).toBe(2);
  });
  it("cuts letter-spaced words whose boundaries are gone, preferring listed header words", () => {
    const h = findFlatHeader(src("序号项目目标任务责任单位责任领导", "分管市领", "导", "1"));
    expect(h?.headers).toEqual(["序号", "项目", "目标任务", "责任单位", "责任领导", "分管市领导"]);
  });
  it("puts the lower row of a two-row header in place of its spanning label", () => {
    for (const lines of [
      ["序号 具体任务", "责任分工", "分管领导", "牵头单位 责任单位"],
      ["序号 具体任务 责任分工 分管领导", "牵头单位 责任单位"],
    ]) {
      expect(findFlatHeader(src(...lines, "1 地区生产总值增长 8%左右。 区发改局"))?.columns).toEqual(["seq", "task", "leadUnits", "units", "supervisors"]);
    }
  });
  it("after a 序号 amid the header, a line that only lengthens a complete header is the row's task", () => {
    const h = findFlatHeader(src("序号", "具体任务", "牵头单位", "责任单位", "分管领导", "1", "地区生产总值增长", "8%左右。", "区发改局"));
    expect(h?.headers).toEqual(["序号", "具体任务", "牵头单位", "责任单位", "分管领导"]);
    expect(h?.end).toBe(4);
    const rows = segmentRows(src("序号", "具体任务", "牵头单位", "责任单位", "分管领导", "1", "地区生产总值增长", "8%左右。", "区发改局"), h!).rows;
    expect(rows[0]!.lines.map((l) => l.text)).toEqual(["地区生产总值增长", "8%左右。", "区发改局"]);
  });
  it("counter-example: a header word wrapped over lines is still joined (`分管领` + `导`), and after a 序号 too", () => {
    expect(findFlatHeader(src("序号 具体任务 牵头单位 责任单位", "分管领", "导", "1"))?.headers).toEqual(["序号", "具体任务", "牵头单位", "责任单位", "分管领导"]);
    expect(lengthensOnly(["序号", "具体任务", "分管领"], ["序号", "具体任务", "分管领导"])).toBe(false);
    expect(lengthensOnly(["序号", "具体任务", "区分管或联系领"], ["序号", "具体任务", "区分管或联系领导"])).toBe(false);
    expect(lengthensOnly(["序号", "具体任务", "分管领导"], ["序号", "具体任务", "分管领导地区生产总值增长"])).toBe(true);
  });
  it("keeps a 序号 printed amid the header (reading order) for the first row", () => {
    const lines = src("序号", "具体任务", "1", "责任分工", "分管领导", "牵头单位", "责任单位", "地区生产总值增长 8%左右。", "区发改局", "2", "工业增加值增长 7%。");
    const h = findFlatHeader(lines)!;
    expect(h.columns).toEqual(["seq", "task", "leadUnits", "units", "supervisors"]);
    expect(h.inside).toEqual([2]);
    const seg = segmentRows(lines, h);
    expect(seg.rows.map((r) => [r.seq, r.lines.map((l) => l.text)])).toEqual([
      [1, ["地区生产总值增长 8%左右。", "区发改局"]],
      [2, ["工业增加值增长 7%。"]],
    ]);
  });
  it("counter-examples: prose naming the columns, a title, a lone header word", () => {
    expect(findFlatHeader(src("各项任务牵头单位要发挥主导作用，加强与责任单位的沟通协调。"))).toBeNull();
    expect(findFlatHeader(src("2022 年度区《政府工作报告》目标任务责任分解表"))).toBeNull();
    expect(findFlatHeader(src("分管领导", "庄垂生"))).toBeNull();
    // two columns of one field are no header
    expect(findFlatHeader(src("序号 目标任务 责任单位 责任部门"))).toBeNull();
  });
});

describe("a header's lower band printed after the first row began (poppler's default order)", () => {
  // invented rows; the shape of a LibreOffice-made table read by `pdftotext` without options
  const dump = ["序号 工作任务", "", "责任单位", "", "1", "", "城区污水管网改造 12 公里。", "", "2", "", "责任人", "", "分管县领", "导", "", "完成时限", "", "县住建局 苑一凡", "青溪", "", "2026年6月底前", "", "新建社区食堂 5 个。", "", "县民政局", "周子墨", "青禾"];
  it("joins header words printed after row 1's task and row 2's 序号, and the rows skip them", () => {
    const h = findFlatHeader(src(...dump));
    expect(h?.headers).toEqual(["序号", "工作任务", "责任单位", "责任人", "分管县领导", "完成时限"]);
    expect(h?.columns).toEqual(["seq", "task", "units", "leaders", "supervisors", "other"]);
    const rows = segmentRows(src(...dump), h!).rows;
    expect(rows.map((r) => r.seq)).toEqual([1, 2]);
    expect(rows[1]!.lines.map((l) => l.text)).toEqual(["县住建局 苑一凡", "青溪", "2026年6月底前", "新建社区食堂 5 个。", "县民政局", "周子墨", "青禾"]);
  });
  it("counter-example: header words after a row's names are content (a label of a list, a repeated word), not the header's band", () => {
    const after = ["序号 工作任务", "责任单位", "1", "城区污水管网改造 12 公里。", "县住建局", "责任人", "完成时限", "2"];
    expect(findFlatHeader(src(...after))?.headers).toEqual(["序号", "工作任务", "责任单位"]);
    expect(findFlatHeader(src(...after))?.late).toBeUndefined();
  });
  it("counter-example: more than a task's few lines before them, or words naming no column, leave the header as it was", () => {
    const far = ["序号 工作任务", "责任单位", "1", "城区污水管网改造", "12 公里，", "同步建设雨污分流，", "年底前完成验收。", "2", "责任人", "完成时限"];
    expect(findFlatHeader(src(...far))?.headers).toEqual(["序号", "工作任务", "责任单位"]);
    const odd = ["序号 工作任务", "责任单位", "1", "城区污水管网改造 12 公里。", "2", "青溪社区"];
    expect(findFlatHeader(src(...odd))?.late).toBeUndefined();
  });
});

describe("a header word with its note in brackets, wrapped over lines", () => {
  const tokens = [
    { text: "序号", row: 0 },
    { text: "重点工作任务", row: 0 },
    { text: "责任单位", row: 1 },
    { text: "（排在第一位的为牵头", row: 2 },
    { text: "单位）", row: 3 },
    { text: "分管市领", row: 4 },
    { text: "导", row: 5 },
    { text: "时间节点", row: 6 },
  ];
  it("the note stays whole with the word before it (the first-listed-leads note: a units column)", () => {
    expect(segmentHeader(tokens)?.map((p) => [p.text, p.field])).toEqual([
      ["序号", "seq"],
      ["重点工作任务", "task"],
      ["责任单位（排在第一位的为牵头单位）", "units"],
      ["分管市领导", "supervisors"],
      ["时间节点", "other"],
    ]);
    expect(findFlatHeader(src("序号 重点工作任务", "责任单位", "（排在第一位的为牵头", "单位）", "分管市领", "导", "时间节点", "1"))?.columns).toEqual(["seq", "task", "units", "supervisors", "other"]);
  });
  it("counter-example: a header without brackets cuts as before; a bracket is never cut between two words", () => {
    expect(segmentHeader([{ text: "序号", row: 0 }, { text: "目标任务", row: 0 }, { text: "牵头单", row: 1 }, { text: "位", row: 2 }, { text: "配合单位", row: 3 }])?.map((p) => p.text)).toEqual(["序号", "目标任务", "牵头单位", "配合单位"]);
    const cut = segmentHeader([{ text: "序号", row: 0 }, { text: "目标任务", row: 0 }, { text: "责任单位（部", row: 1 }, { text: "门）责任领导", row: 2 }]);
    expect(cut?.map((p) => p.text)).toEqual(["序号", "目标任务", "责任单位（部门）", "责任领导"]);
  });
});

describe("segmentHeader / orderPieces", () => {
  it("never cuts between two words printed apart on one line", () => {
    expect(segmentHeader([{ text: "牵头单位", row: 0 }, { text: "责任单位", row: 0 }])?.map((p) => p.text)).toEqual(["牵头单位", "责任单位"]);
    // `牵头` + `单位` both name fields, but the listed word wins
    expect(segmentHeader([{ text: "牵头单位", row: 0 }])?.map((p) => p.text)).toEqual(["牵头单位"]);
  });
  it("a spanning label that ends the header is a column of its own (`责任主体` last)", () => {
    const words = ["序号", "目标任务", "协办单位", "牵头单位", "责任主体"];
    const pieces = segmentHeader(words.map((text, row) => ({ text, row })))!;
    expect(pieces.map((p) => [p.text, p.field])).toEqual([
      ["序号", "seq"],
      ["目标任务", "task"],
      ["协办单位", "coUnits"],
      ["牵头单位", "leadUnits"],
      ["责任主体", "units"],
    ]);
    expect(orderPieces(pieces).map((p) => p.text)).toEqual(words);
    // nor does it span a people column after it
    const people = segmentHeader(["序号", "目标任务", "协办单位", "责任主体", "责任领导"].map((text, row) => ({ text, row })))!;
    expect(orderPieces(people).map((p) => [p.text, p.field])).toEqual([
      ["序号", "seq"],
      ["目标任务", "task"],
      ["协办单位", "coUnits"],
      ["责任主体", "units"],
      ["责任领导", "leaders"],
    ]);
    // counter-example: the same word with words after it spans them
    const spanning = segmentHeader(["序号", "目标任务", "责任主体", "牵头单位", "配合单位"].map((text, row) => ({ text, row })))!;
    expect(spanning.find((p) => p.text === "责任主体")?.field).toBe("group");
    expect(orderPieces(spanning).map((p) => p.text)).toEqual(["序号", "目标任务", "牵头单位", "配合单位"]);
  });
  it("leaves the order alone without a spanning label", () => {
    const pieces = segmentHeader([{ text: "序号", row: 0 }, { text: "目标任务", row: 0 }, { text: "责任单位", row: 1 }])!;
    expect(orderPieces(pieces).map((p) => p.text)).toEqual(["序号", "目标任务", "责任单位"]);
  });
});

describe("letter-spaced documents (distributed alignment)", () => {
  it("recognises a line of one-character tokens", () => {
    expect(isLetterSpaced("财 政 局")).toBe(true);
    expect(isLetterSpaced("1 0 0 家 以 上")).toBe(true);
    // counter-examples: a padded two-character name, words with spaces
    expect(isLetterSpaced("王 伟")).toBe(false);
    expect(isLetterSpaced("科技局 蒋家兴 庄天怀")).toBe(false);
  });
  it("drops the spaces only when most lines are letter-spaced", () => {
    const spaced = src("大 力 培 育 高 新 技 术 企 业 ，", "1 0 0 家 以 上 。", "财 政 局", "王 伟");
    expect(unspaceLetters(spaced).map((l) => l.text)).toEqual(["大力培育高新技术企业，", "100家以上。", "财政局", "王伟"]);
    const normal = src("序号 目标任务 责任单位", "1 地区生产总值增长 8%左右。 区发改局", "王 伟", "区 直 有 关");
    expect(unspaceLetters(normal).map((l) => l.text)).toEqual(normal.map((l) => l.text));
  });
});

describe("orderPieces: a spanning label printed one word per line", () => {
  const p = (text: string, field: string, row: number) => ({ text, field: field as never, row });
  it("moves the unit columns that end the header under the label", () => {
    const pieces = [p("序号", "seq", 0), p("具体任务", "task", 1), p("责任分工", "group", 2), p("分管领导", "supervisors", 3), p("牵头单位", "leadUnits", 4), p("责任单位", "units", 5)];
    expect(orderPieces(pieces).map((x) => x.text)).toEqual(["序号", "具体任务", "牵头单位", "责任单位", "分管领导"]);
  });
  it("counter-example: children printed right after the label stay where they are", () => {
    const pieces = [p("序号", "seq", 0), p("具体任务", "task", 1), p("责任分工", "group", 2), p("牵头单位", "leadUnits", 3), p("责任单位", "units", 4), p("分管领导", "supervisors", 5)];
    expect(orderPieces(pieces).map((x) => x.text)).toEqual(["序号", "具体任务", "牵头单位", "责任单位", "分管领导"]);
  });
});

import { wrappedTaskLines, rowParts } from "../../src/layouts/flat/anatomy.js";
import { chooseUnitSplit, sideOdds, unitColumnVotes, type Entity } from "../../src/layouts/flat/columns.js";

describe("a wrapped task line made only of names", () => {
  const fl = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 2, afterBreak: false }));
  it("stays in the task when prose follows and the line before did not end a sentence", () => {
    const block = { seq: 11, line: 1, lines: fl("深入实施“绿色数字技改”行动，重点实施", "小体积陶瓷电容器、恒劲科技流量测量仪表", "等工业技改项目，争取技改投资增长 10% 以上。", "区工信局", "江南街道办事处") };
    const parts = rowParts(block, 0, false);
    expect(parts.task).toEqual(["深入实施“绿色数字技改”行动，重点实施", "小体积陶瓷电容器、恒劲科技流量测量仪表", "等工业技改项目，争取技改投资增长 10% 以上。"]);
    expect(parts.names.map((n) => n.text)).toEqual(["区工信局", "江南街道办事处"]);
    expect(parts.diagnostics.filter((d) => d.level === "warning")).toEqual([]);
  });
  it("counter-examples: after a finished sentence, or with no prose after it, the line is names", () => {
    expect(wrappedTaskLines(fl("力争达到 12 家以上。", "区工信局", "增长 10% 以上。"), 1, "力争达到 12 家以上。")).toBe(0);
    expect(wrappedTaskLines(fl("重点实施", "区工信局", "江南街道办事处"), 1, "重点实施")).toBe(0);
  });
});

describe("lead | responsible units where the text shows no boundary", () => {
  const u = (names: string[], line = (i: number) => i + 1): Entity[] => names.map((name, i) => ({ name, kind: "unit", line: line(i), group: i }));
  const fields = ["leadUnits", "units"] as const;
  // rows whose text shows the boundary (cells on one line), and single-unit rows
  const shown = [
    u(["区发改局", "各街道办事处"], () => 1),
    u(["区工信局", "各街道办事处"], () => 1),
    u(["区发改局", "区直有关单位"], () => 1),
    u(["区工信局", "区直有关单位"], () => 1),
    u(["区人社局"]),
    u(["区人社局"]),
  ];
  const votes = unitColumnVotes(shown, [...fields]);
  it("cuts where the other rows show each name, and is sure only when the cut is pinned", () => {
    const r = chooseUnitSplit(u(["区发改局", "区人社局", "各街道办事处", "区直有关单位"]), [...fields], votes);
    expect(r.parts.map((p) => p.map((e) => e.name))).toEqual([["区发改局", "区人社局"], ["各街道办事处", "区直有关单位"]]);
    expect(r.sure).toBe(true);
  });
  it("counter-example: a name seen on its side only once, or on both sides, leaves the cut unsure even when it fits", () => {
    // 区发改局 leads five rows elsewhere and may still be a 责任单位 here (seed002 row 10): once is no habit
    const once = unitColumnVotes([u(["区发改局", "各街道办事处"], () => 1), u(["区工信局", "各街道办事处"], () => 1), u(["区工信局", "区直有关单位"], () => 1)], [...fields]);
    const r = chooseUnitSplit(u(["区财政局", "区发改局", "各街道办事处", "区直有关单位"]), [...fields], once);
    expect(r.parts[0]!.map((e) => e.name)).toEqual(["区财政局", "区发改局"]);
    expect(r.sure).toBe(false);
    const both = new Map<string, [number, number]>([["区住建局", [3, 2]], ["各街道办事处", [0, 5]]]);
    expect(chooseUnitSplit(u(["区城管局", "区住建局", "各街道办事处"]), [...fields], both).sure).toBe(false);
  });
  it("counter-example: an unseen name at the cut leaves it unsure", () => {
    const r = chooseUnitSplit(u(["区发改局", "区科技局", "各街道办事处"]), [...fields], votes);
    expect(r.guessed).toBe(true);
    expect(r.sure).toBe(false);
  });
  it("counter-example: a boundary shown on one line is not a guess", () => {
    const r = chooseUnitSplit(u(["区科技局", "区人社局"], () => 1), [...fields], votes);
    expect(r.guessed).toBe(false);
  });
  it("weighs how often each name is shown on a side: one seen leading 4 times outweighs one seen once on the other", () => {
    // cutting after 区住建局 puts 区城管局 (4 : 0 leading) against its side, cutting after all puts 江南城建集团 (0 : 1)
    const mixed = new Map<string, [number, number]>([["区住建局", [4, 0]], ["江南城建集团", [0, 1]], ["区城管局", [4, 0]]]);
    const row = u(["区住建局", "江南城建集团", "区城管局"]);
    expect(chooseUnitSplit(row, [...fields], mixed).parts[0]!.map((e) => e.name)).toEqual(["区住建局", "江南城建集团", "区城管局"]);
    expect(sideOdds(row, 3, mixed)).toBeGreaterThan(sideOdds(row, 1, mixed));
  });
  it("counter-example: names never seen say nothing, the first name run leads", () => {
    const r = chooseUnitSplit(u(["区甲局", "区乙局", "区丙局"]), [...fields], new Map());
    expect(r.parts[0]!.map((e) => e.name)).toEqual(["区甲局"]);
  });
});

import { findTableHeaders, flatToRecords, tableStart } from "../../src/layouts/flat.js";

describe("two tables in one dump", () => {
  const lines = src(
    "附件1：重点工作任务责任分解表",
    "序号 具体目标任务 牵头单位 责任人",
    "14 创建文创培训特色街区。 城管局 程进强",
    "15 培育发展专业市场。 商务局 肖银河",
    "— 2 —",
    "序号 具体目标任务 牵头单位 责任人",
    "16 推动生活性服务业升级。 商务局 肖银河",
    "附件2",
    "附件2：主要指标任务责任分解表",
    "— 1 —",
    "序号 具体任务 牵头单位 责任单位 分管领导",
    "1 地区生产总值增长 8%左右。 区发改局 各街道办事处 庄垂生",
    "2 工业增加值增长 7%。 区工信局 各街道办事处 吴小纲",
  );
  it("opens a new table at a header of other words under its own title; a repeated header is a page break", () => {
    expect(findTableHeaders(lines).map((h) => h.line)).toEqual([2, 11]);
    expect(tableStart(lines, findTableHeaders(lines)[1]!)).toBe(7);
    const r = flatToRecords({ source: "x", lines } as never);
    expect(r.records.map((x) => [x.table, x.seq])).toEqual([[0, 14], [0, 15], [0, 16], [1, 1], [1, 2]]);
    expect(r.tables.map((t) => t.title)).toEqual(["附件1：重点工作任务责任分解表", "附件2：主要指标任务责任分解表"]);
  });
  it("counter-example: other header words without a title above them (a page's broken repeat) open no table", () => {
    const broken = src("序号 具体任务 牵头单位 责任单位 分管领导", "1 地区生产总值增长 8%左右。 区发改局 各街道办事处 庄垂生", "2 工业增加值增长 7%。 区工信局 各街道办事处 吴小纲", "序号 具体任务 牵头单位", "3 第三产业增加值增长 8.5%。 区发改局 各街道办事处 庄垂生");
    expect(findTableHeaders(broken).map((h) => h.line)).toEqual([1]);
  });
  it("opens a new table at a header of other words after which the numbering starts again at 1 (a name of the table above between title and header)", () => {
    const named = src(
      "序号 具体目标任务 牵头单位 责任人",
      "14 创建文创培训特色街区。 城管局 程进强",
      "15 培育发展专业市场。 商务局",
      "附件2：主要指标任务责任分解表",
      "肖银河",
      "序号 具体任务 牵头单位 责任单位 分管领导",
      "1 地区生产总值增长 8%左右。 区发改局 各街道办事处 庄垂生",
      "2 工业增加值增长 7%。 区工信局 各街道办事处 吴小纲",
    );
    expect(findTableHeaders(named).map((h) => h.line)).toEqual([1, 6]);
  });
  it("counter-example: a broken repeat of the header followed by the next row's number opens no table", () => {
    const broken = src("序号 具体任务 牵头单位 责任单位 分管领导", "1 地区生产总值增长 8%左右。 区发改局 各街道办事处 庄垂生", "2 工业增加值增长 7%。 区工信局 各街道办事处 吴小纲", "肖银河", "序号 具体任务 牵头单位", "3 第三产业增加值增长 8.5%。 区发改局 各街道办事处 庄垂生");
    expect(findTableHeaders(broken).map((h) => h.line)).toEqual([1]);
  });
});
