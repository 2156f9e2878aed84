// Classes of the eighth real-like set (fixtures/real-like/t8-*, table text): one `describe` per
// rule, each with a counter-example that looks alike and must not be read the same way.
import { describe, expect, it } from "vitest";
import { bracketedSeq, compoundSeq, isCompoundNumbering, numberRowsWithoutSeq, plainBracketedSeq, renumberCompoundLines, renumberCompoundSeq } from "../../src/layouts/gridseq.js";
import { foldPipes, isContinuationMark, pipeCells, textToGrid } from "../../src/layouts/tsv.js";
import { cellTexts } from "../../src/table/find.js";
import { splitUnitPersons, UNIT_PERSON_HEADER } from "../../src/table/unitpersons.js";
import { closingLineBreak, gapsAsCells, isTabbedHeaderLine, numeralSection, spreadByKind, subHeaderInPlace, unnumberedRows, withoutPageNumbers } from "../../src/layouts/list/flattened.js";
import { parseText } from "../../src/parse.js";
import type { Result } from "../../src/model/schema.js";

const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
const rows = (r: Result) =>
  r.tasks.map((t) => ({ seq: t.seq, section: t.section, task: t.task, lead: t.leadUnits, units: t.units, co: t.coUnits, leaders: t.leaders, sup: t.supervisors, review: t.review.map((x) => x.code) }));

describe("a 序号 column of section-prefixed numbers (1.1, 2-3) numbers rows in order", () => {
  it("reads the pairs", () => {
    expect(compoundSeq("1.1")).toEqual([1, 1]);
    expect(compoundSeq("２－３")).toEqual([2, 3]);
    expect(compoundSeq("12")).toBeNull();
    expect(compoundSeq("1.5万")).toBeNull();
  });
  it("accepts a numbering, refuses a column of decimals", () => {
    expect(isCompoundNumbering([[1, 1], [1, 2], [2, 1], [2, 2], [2, 3]])).toBe(true);
    // counter-examples: amounts (1.5, 0.8), a lone number, items out of order
    expect(isCompoundNumbering([[1, 5], [0, 8]])).toBe(false);
    expect(isCompoundNumbering([[1, 1]])).toBe(false);
    expect(isCompoundNumbering([[1, 1], [1, 3]])).toBe(false);
  });
  it("renumbers the 序号 cells of a TSV table", async () => {
    const r = await parseText(["序号\t工作任务\t责任单位\t责任领导", "一、稳增长\t\t\t", "1.1\t收入增长5%。\t县财政局\t赵强", "1.2\t争取投资3亿元。\t县发改局\t赵强", "二、惠民生\t\t\t", "2.1\t新增就业1800人。\t县人社局\t钱红"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.section, x.task, x.units])).toEqual([
      [1, ["一、稳增长"], "收入增长5%。", ["县财政局"]],
      [2, ["一、稳增长"], "争取投资3亿元。", ["县发改局"]],
      [3, ["二、惠民生"], "新增就业1800人。", ["县人社局"]],
    ]);
  });
  it("counter-example: decimals in another column are left as printed", () => {
    const grid = renumberCompoundSeq(textToGrid(lines(["序号\t指标\t目标值\t责任单位", "1\t增速\t1.5\t县发改局", "2\t比重\t2.1\t县统计局"]), "tsv"));
    expect(grid.map((r) => cellTexts(r))).toEqual([["序号", "指标", "目标值", "责任单位"], ["1", "增速", "1.5", "县发改局"], ["2", "比重", "2.1", "县统计局"]]);
  });
});

describe("a table without a 序号 column numbers its task rows in order", () => {
  it("numbers the rows and keeps section rows", async () => {
    const r = await parseText(["重点任务\t牵头单位\t配合单位", "一、推动产业升级\t\t", "培育规上企业20家。\t区工信局\t区科技局", "建成产业园一期。\t区发改局\t区工信局", "二、改善城乡环境\t\t", "完成城中村改造1200户。\t区住建局\t各街道"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.section, x.task, x.lead, x.co])).toEqual([
      [1, ["一、推动产业升级"], "培育规上企业20家。", ["区工信局"], ["区科技局"]],
      [2, ["一、推动产业升级"], "建成产业园一期。", ["区发改局"], ["区工信局"]],
      [3, ["二、改善城乡环境"], "完成城中村改造1200户。", ["区住建局"], ["各街道"]],
    ]);
  });
  it("counter-example: a table that numbers its task cells (`1.…`) keeps its own numbers", () => {
    const grid = lines(["重点任务\t牵头单位", "1.培育企业20家。\t区工信局", "3.建成产业园。\t区发改局"]);
    expect(numberRowsWithoutSeq(textToGrid(grid, "tsv")).map((r) => cellTexts(r)[0])).toEqual(["重点任务", "1.培育企业20家。", "3.建成产业园。"]);
  });
  it("counter-example: a table with a 序号 column is left alone", () => {
    const grid = lines(["序号\t重点任务\t牵头单位", "\t培育企业20家。\t区工信局", "\t建成产业园。\t区发改局"]);
    expect(numberRowsWithoutSeq(textToGrid(grid, "tsv")).map((r) => cellTexts(r)[0])).toEqual(["序号", "", ""]);
  });
});

describe("pipe rows: full-width pipes, outer pipes decided by the header's width", () => {
  it("folds ｜ into |", () => {
    expect(foldPipes("序号｜重点工作｜牵头单位")).toBe("序号|重点工作|牵头单位");
  });
  it("keeps the empty first and last cells of a row typed without outer pipes", () => {
    expect(pipeCells("||牵头|配合|", 5, false)).toEqual(["", "", "牵头", "配合", ""]);
    expect(pipeCells("|1|任务|区发改局|", 3, false)).toEqual(["1", "任务", "区发改局"]);
    // counter-example: under a header typed with outer pipes, a row cut short keeps its outer pipes as decoration
    expect(pipeCells("| 6 | 郑晓东 | 完成改造， | 区住建局 |", 6, true)).toEqual([" 6 ", " 郑晓东 ", " 完成改造， ", " 区住建局 "]);
    // counter-example: without a header's width the outer pipes are decoration
    expect(pipeCells("||牵头|配合|")).toEqual(["", "牵头", "配合"]);
  });
  it("reads a two-row header under 责任单位 written with full-width pipes", async () => {
    const r = await parseText(["重点工作分解", "序号｜重点工作｜责任单位｜｜分管县领导", "｜｜牵头｜配合｜", "1｜地区生产总值增长6%。｜县发改局｜县统计局｜王强", "2｜新建学校2所。｜县教育局｜县住建局｜刘丽", "3｜新增就业2000人。｜县人社局｜各乡镇｜刘丽"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.task, x.lead, x.co, x.sup])).toEqual([
      [1, "地区生产总值增长6%。", ["县发改局"], ["县统计局"], ["王强"]],
      [2, "新建学校2所。", ["县教育局"], ["县住建局"], ["刘丽"]],
      [3, "新增就业2000人。", ["县人社局"], ["各乡镇"], ["刘丽"]],
    ]);
  });
});

describe("a unit header with the people as its note (`牵头单位（责任人）`) names units with their people", () => {
  it("matches the note form and the 及 form", () => {
    for (const h of ["牵头单位（责任人）", "责任单位(负责人)", "牵头单位及责任人"]) expect(UNIT_PERSON_HEADER.test(h), h).toBe(true);
  });
  it("counter-example: a note that is no person word", () => {
    for (const h of ["责任单位（部门）", "责任单位（牵头）", "责任人", "牵头单位"]) expect(UNIT_PERSON_HEADER.test(h), h).toBe(false);
  });
  it("moves the bracketed person to leaders under such a header, keeps it as annotation under another", async () => {
    const tsv = (h: string) => ["序号\t目标任务\t" + h + "\t配合单位", "1\t新增就业3万人。\t市人社局（冯涛）\t市教育局", "2\t新建孵化器2家。\t市科技局（王芳）\t市财政局"].join("\n");
    expect(rows(await parseText(tsv("牵头单位（责任人）"))).map((x) => [x.lead, x.leaders])).toEqual([
      [["市人社局"], ["冯涛"]],
      [["市科技局"], ["王芳"]],
    ]);
    expect(rows(await parseText(tsv("牵头单位（部门）"))).map((x) => [x.lead, x.leaders])).toEqual([
      [["市人社局（冯涛）"], []],
      [["市科技局（王芳）"], []],
    ]);
  });
});

describe("a page number between the cells of a piped flattened table is no text of a cell", () => {
  it("blanks the page-number lines without a pipe", () => {
    expect(withoutPageNumbers(lines(["第 2 页 共 6 页", "3 |", "— 4 —", "2024年12月 |"])).map((l) => l.text)).toEqual(["", "3 |", "", "2024年12月 |"]);
  });
  it("counter-example: a cell that ends with a pipe, or a line with more than the page number, stays", () => {
    expect(withoutPageNumbers(lines(["第 2 页 |", "第2页提到的任务", "12"])).map((l) => l.text)).toEqual(["第 2 页 |", "第2页提到的任务", "12"]);
  });
  it("reads the rows after the page number", async () => {
    const text = ["重点任务分解表 |", "序号 |", "重点任务 |", "牵头单位 |", "分管领导 |", "1 |", "新增市场主体5000户。 |", "区市场监管局 |", "陈晓红 |", "第 2 页 共 6 页", "2 |", "建设智慧社区15个，", "实现全覆盖。 |", "区民政局 |", "陈晓红 |", "3 |", "完成河道清淤20公里。 |", "区水务局 |", "李国强 |"];
    expect(rows(await parseText(text.join("\n"))).map((x) => [x.seq, x.task, x.lead, x.sup])).toEqual([
      [1, "新增市场主体5000户。", ["区市场监管局"], ["陈晓红"]],
      [2, "建设智慧社区15个，实现全覆盖。", ["区民政局"], ["陈晓红"]],
      [3, "完成河道清淤20公里。", ["区水务局"], ["李国强"]],
    ]);
  });
});

describe("cells flattened one per line with section-prefixed 序号 lines (1-1, 2-1)", () => {
  it("renumbers the 序号 lines in order, pipes kept", () => {
    expect(renumberCompoundLines(lines(["序号 |", "1-1 |", "任务甲。 |", "1-2 |", "任务乙。 |", "2-1 |", "任务丙。 |"])).map((l) => l.text)).toEqual(["序号 |", "1 |", "任务甲。 |", "2 |", "任务乙。 |", "3 |", "任务丙。 |"]);
  });
  it("counter-example: values 1.1 / 1.2 in a table numbered 1, 2 stay", () => {
    const t = ["序号", "指标", "目标", "1", "增速", "1.1", "2", "比重", "1.2"];
    expect(renumberCompoundLines(lines(t)).map((l) => l.text)).toEqual(t);
  });
  it("reads a blank-line separated table numbered 1-1 … 2-1", async () => {
    const t = ["序号", "", "目标任务", "", "牵头单位", "", "配合单位", "", "1-1", "", "工业投资增长10%。", "", "县工信局", "", "县发改局", "", "1-2", "", "新增规上企业15家。", "", "县工信局", "", "县统计局", "", "2-1", "", "新建农村公路50公里。", "", "县交通运输局", "", "各乡镇"];
    expect(rows(await parseText(t.join("\n"))).map((x) => [x.seq, x.task, x.lead, x.co])).toEqual([
      [1, "工业投资增长10%。", ["县工信局"], ["县发改局"]],
      [2, "新增规上企业15家。", ["县工信局"], ["县统计局"]],
      [3, "新建农村公路50公里。", ["县交通运输局"], ["各乡镇"]],
    ]);
  });
});

describe("the closing line break of a text is no empty cell of a flattened table's last row", () => {
  it("counts the closing line break", () => {
    expect(closingLineBreak(lines(["a", "b", ""]))).toBe(1);
    // counter-examples: no closing line break; a blank line of spaces was printed
    expect(closingLineBreak(lines(["a", "b"]))).toBe(0);
    expect(closingLineBreak(lines(["a", "b", " "]))).toBe(0);
  });
  const table = ["序号", "分管领导", "目标任务", "牵头单位", "配合单位", "1", "杨志刚", "投资增长8%。", "县发改局", "县住建局", "2", "韦丽华", "新增就业2600人。", "县人社局", "各乡镇", "3", "参保率稳定在95%以上。", "县医保局", "县卫健局"];
  it("a last row short of its merged cell takes it from above, text ending with a line break", async () => {
    expect(rows(await parseText(table.join("\n") + "\n")).map((x) => [x.seq, x.task, x.lead, x.co, x.sup, x.review])).toContainEqual([3, "参保率稳定在95%以上。", ["县医保局"], ["县卫健局"], ["韦丽华"], ["CELL_MERGED_ABOVE"]]);
  });
  it("counter-example: a printed blank line after the last cell is its row's empty last cell", async () => {
    const full = [...table.slice(0, 15), "3", "王强", "参保率稳定在95%以上。", "县医保局"];
    expect(rows(await parseText(full.join("\n") + "\n\n")).map((x) => [x.seq, x.task, x.lead, x.co, x.sup, x.review])).toContainEqual([3, "参保率稳定在95%以上。", ["县医保局"], [], ["王强"], []]);
  });
});

describe("a two-level header flattened one cell per line: the lower row's cells take the group cell's place", () => {
  const h = (ts: string[]) => ts.map((text) => ({ text }));
  it("moves the trailing unit columns to the group's place", () => {
    expect(subHeaderInPlace(h(["序号", "目标任务", "责任单位", "责任领导", "牵头单位", "配合单位"]), 2).map((c) => c.text)).toEqual(["序号", "目标任务", "牵头单位", "配合单位", "责任领导"]);
  });
  it("counter-example: the lower row right after its group (the group last of the upper row) stays in place", () => {
    expect(subHeaderInPlace(h(["序号", "工作任务", "责任单位", "牵头单位", "配合单位"]), 2).map((c) => c.text)).toEqual(["序号", "工作任务", "牵头单位", "配合单位"]);
  });
  it("reads the rows with section rows between them", async () => {
    const t = ["序号", "目标任务", "责任单位", "责任领导", "牵头单位", "配合单位", "一、稳定经济增长", "1", "生产总值增长6.5%。", "区发改局", "区统计局", "黄文涛", "2", "消费增长7%。", "区商务局", "区市场监管局", "黄文涛", "二、增进民生福祉", "3", "新增就业4000人。", "区人社局", "各街道", "刘敏"];
    expect(rows(await parseText(t.join("\n"))).map((x) => [x.seq, x.section, x.lead, x.co, x.leaders, x.review])).toEqual([
      [1, ["一、稳定经济增长"], ["区发改局"], ["区统计局"], ["黄文涛"], []],
      [2, ["一、稳定经济增长"], ["区商务局"], ["区市场监管局"], ["黄文涛"], []],
      [3, ["二、增进民生福祉"], ["区人社局"], ["各街道"], ["刘敏"], []],
    ]);
  });
});

describe("a short flattened row whose cells do not fit in order: each cell to the next column its kind fits", () => {
  const fields = ["seq", "task", "leadUnits", "coUnits", "leaders"] as const;
  it("puts the person under the people column, leaving the unit column it cannot tell empty", () => {
    expect(spreadByKind(["开展培训800人次。", "镇社会事务办", "王秀英"], [...fields])).toEqual([1, 2, 4]);
  });
  it("counter-example: cells that fit in order are left to the reading in order", () => {
    expect(spreadByKind(["开展培训800人次。", "镇社会事务办", "各村"], [...fields])).toBeNull();
  });
  it("reads such a row flagged, the person as a leader", async () => {
    const t = ["任务分解表 |", "序号 |", "重点任务 |", "牵头单位 |", "配合单位 |", "责任领导 |", "1 |", "新建光伏电站5座。 |", "镇农业服务中心 |", "各村 |", "陈立新 |", "2 |", "开展培训800人次。 |", "镇社会事务办 |", "王秀英 |", "3 |", "创建平安村8个。 |", "镇综治办 |", "镇派出所 |", "李刚 |"];
    expect(rows(await parseText(t.join("\n"))).find((x) => x.seq === 2)).toMatchObject({ lead: ["镇社会事务办"], co: [], leaders: ["王秀英"], review: ["FLAT_ROW_INCOMPLETE"] });
  });
});

describe("a continuation mark (（续表）) between the rows of a text table is furniture", () => {
  it("recognises the mark in its spellings", () => {
    for (const t of ["（续表）", "续表", "续上表", "(续表2)", "【续表一】", "续表\t\t"]) expect(isContinuationMark(t), t).toBe(true);
  });
  it("counter-example: a sentence that starts with the word", () => {
    for (const t of ["续表中所列任务由各单位负责。", "继续推进", "表"]) expect(isContinuationMark(t), t).toBe(false);
  });
  it("reads the rows on both sides without an unplaced-text warning", async () => {
    const r = await parseText(["序号\t重点工作\t责任单位\t责任人", "1\t推进扩区调规。\t市商务局\t沈立", "2\t新增高企80家。\t市科技局\t丁宁", "（续表）", "序号\t重点工作\t责任单位\t责任人", "3\t建成急救中心。\t市卫健委\t严华"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.units, x.leaders, x.review])).toEqual([
      [1, ["市商务局"], ["沈立"], []],
      [2, ["市科技局"], ["丁宁"], []],
      [3, ["市卫健委"], ["严华"], []],
    ]);
    expect(r.diagnostics.filter((d) => d.code === "UNPLACED_TEXT")).toEqual([]);
  });
});

describe("a 序号 column written in brackets or circled numbers numbers its rows", () => {
  it("reads （1）, (12), ①, ⑴", () => {
    expect(["（1）", "(12)", "①", "⑴", "⑳"].map(bracketedSeq)).toEqual([1, 12, 1, 1, 20]);
  });
  it("counter-example: a section marker （一）, a task opening with （1）, a bare number", () => {
    expect(["（一）", "（1）完成…", "1", "(1000)"].map(bracketedSeq)).toEqual([null, null, null, null]);
  });
  it("reads a TSV numbered （1）（2）, and leaves bracketed numbers outside the 序号 column", async () => {
    const r = await parseText(["序号\t重点工作\t责任单位\t备注", "（1）\t建设农田5000亩。\t镇农业服务中心\t(1)", "（2）\t新建幼儿园1所。\t镇社会事务办\t"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.task, x.units])).toEqual([
      [1, "建设农田5000亩。", ["镇农业服务中心"]],
      [2, "新建幼儿园1所。", ["镇社会事务办"]],
    ]);
    const grid = plainBracketedSeq(textToGrid(lines(["序号\t重点工作\t责任单位\t备注", "1\t建设农田。\t镇农业服务中心\t（2）"]), "tsv"));
    expect(cellTexts(grid[1]!)).toEqual(["1", "建设农田。", "镇农业服务中心", "（2）"]);
  });
});

describe("a unit header written with its person word after a slash (`牵头单位/责任人`)", () => {
  it("names units with their people", () => {
    expect(UNIT_PERSON_HEADER.test("牵头单位/责任人")).toBe(true);
    expect(UNIT_PERSON_HEADER.test("责任单位／负责人")).toBe(true);
    // counter-example: two unit words
    expect(UNIT_PERSON_HEADER.test("牵头单位/部门")).toBe(false);
  });
  it("splits `单位/姓名` pairs, not a slash between two units", () => {
    expect(splitUnitPersons("市科技局/王芳、市财政局/李强")).toEqual({ units: "市科技局、市财政局", persons: ["王芳", "李强"] });
    expect(splitUnitPersons("市人社局/市医保局")).toBeNull();
  });
});

describe("a flattened section row written in the 序号 cell and the next (`二 |` `民生保障 |`)", () => {
  const cells = (ts: string[]) => ts.map((text) => ({ text }));
  it("reads the heading when the next row's number follows", () => {
    expect(numeralSection(cells(["二", "民生保障", "3", "新建学校2所。"]), 0, 2)).toBe("二、民生保障");
  });
  it("counter-example: a numeral before a sentence, a name, or not followed by the next number", () => {
    expect(numeralSection(cells(["二", "新建学校2所。", "3"]), 0, 2)).toBeNull();
    expect(numeralSection(cells(["二", "王强", "3"]), 0, 2)).toBeNull();
    expect(numeralSection(cells(["二", "民生保障", "7"]), 0, 2)).toBeNull();
  });
  it("reads the rows under such section rows", async () => {
    const t = ["序号 |", "重点任务 |", "牵头单位 |", "配合单位 |", "一 |", "产业发展 |", "1 |", "新增就业3万人。 |", "市人社局 |", "市教育局 |", "二 |", "民生保障 |", "2 |", "新建学校2所。 |", "市教育局 |", "市住建局 |"];
    expect(rows(await parseText(t.join("\n"))).map((x) => [x.seq, x.section, x.lead, x.co, x.review])).toEqual([
      // (as printed, the numeral and its title apart: session 26; the form a convention, said on each row: session 42)
      [1, ["一 产业发展"], ["市人社局"], ["市教育局"], ["SECTION_NUMERAL_APART"]],
      [2, ["二 民生保障"], ["市教育局"], ["市住建局"], ["SECTION_NUMERAL_APART"]],
    ]);
  });
});

describe("a piped flattened table without a 序号 column: rows of the header's width, numbered in order", () => {
  const cells = (ts: string[]) => ts.map((text) => ({ text }));
  const fields = ["task", "leadUnits", "coUnits"] as const;
  it("groups the cells by the header's width, headings between", () => {
    const r = unnumberedRows(cells(["一、推动产业升级", "新增就业3万人。", "市人社局", "市教育局", "新建孵化器2家。", "市科技局", "", "附件2"]), 0, [...fields]);
    expect(r?.rows.map((x) => x.map((c) => c.text))).toEqual([["一、推动产业升级"], ["新增就业3万人。", "市人社局", "市教育局"], ["新建孵化器2家。", "市科技局", ""]]);
    expect(r?.end).toBe(7);
  });
  it("counter-example: cells that do not read as rows (a cell missing shifts a sentence under a unit column)", () => {
    expect(unnumberedRows(cells(["新增就业3万人。", "市人社局", "新建孵化器2家。", "市科技局", "市财政局"]), 0, [...fields])).toBeNull();
  });
  it("reads such a table", async () => {
    const t = ["重点任务 |", "牵头单位 |", "配合单位 |", "一、推动产业升级 |", "新增城镇就业3万人。 |", "市人社局 |", "市教育局 |", "新建科技孵化器2家。 |", "市科技局 |", " |", "二、保障改善民生 |", "新建中小学2所。 |", "市教育局 |", "市住建局 |"];
    expect(rows(await parseText(t.join("\n"))).map((x) => [x.seq, x.section, x.task, x.lead, x.co, x.review])).toEqual([
      [1, ["一、推动产业升级"], "新增城镇就业3万人。", ["市人社局"], ["市教育局"], []],
      [2, ["一、推动产业升级"], "新建科技孵化器2家。", ["市科技局"], [], []],
      [3, ["二、保障改善民生"], "新建中小学2所。", ["市教育局"], ["市住建局"], []],
    ]);
  });
});

describe("a blank-line separated flattened table without a 序号 column: gaps are its empty cells", () => {
  it("expands a gap into the empty cells it stands for", () => {
    const cs = [{ text: "甲", lines: ["甲"], line: 1 }, { text: "", lines: [], line: 3, gap: 3 }, { text: "乙", lines: ["乙"], line: 6 }];
    expect(gapsAsCells(cs, 10, 1)).toEqual({ cells: [cs[0], { text: "", lines: [], line: 3, gap: undefined }, cs[2]], at: [10, 11, 12] });
  });
  it("reads the rows, an empty cell where three blank lines stand", async () => {
    const t = "重点任务\n\n牵头单位\n\n配合单位\n\n新增城镇就业3万人。\n\n市人社局\n\n市教育局\n\n新建科技孵化器2家。\n\n市科技局\n\n\n\n新建中小学2所。\n\n市教育局\n\n市住建局\n";
    expect(rows(await parseText(t)).map((x) => [x.seq, x.task, x.lead, x.co, x.review])).toEqual([
      [1, "新增城镇就业3万人。", ["市人社局"], ["市教育局"], []],
      [2, "新建科技孵化器2家。", ["市科技局"], [], []],
      [3, "新建中小学2所。", ["市教育局"], ["市住建局"], []],
    ]);
  });
  it("counter-example: without a gap where a cell is missing the cells do not read as rows, and nothing is made up", async () => {
    const t = "重点任务\n\n牵头单位\n\n配合单位\n\n新增城镇就业3万人。\n\n市人社局\n\n新建科技孵化器2家。\n\n市科技局\n\n市财政局\n";
    await expect(parseText(t)).rejects.toThrow();
  });
});

describe("a header row copied as one tab-separated line above cells printed one per line", () => {
  it("is a header line when every word is a header word", () => {
    expect(isTabbedHeaderLine("序号\t重点任务\t牵头单位\t配合单位")).toBe(true);
    // counter-examples: a tab-separated task row; a line naming no responsibility column
    expect(isTabbedHeaderLine("1\t新增就业3万人。\t市人社局\t市教育局")).toBe(false);
    expect(isTabbedHeaderLine("序号\t重点任务\t完成时限")).toBe(false);
  });
  it("reads the cells below it without a guess", async () => {
    const t = ["序号\t重点任务\t牵头单位\t配合单位\t分管区领导", "1", "固定资产投资增长7%。", "区发改局", "区住建局", "罗杰", "2", "新增服务业企业30家。", "区商务局", "区统计局", "罗杰", "3", "建成区档案馆新馆。", "区档案馆", "区财政局", "米兰"];
    expect(rows(await parseText(t.join("\n"))).map((x) => [x.seq, x.lead, x.co, x.sup, x.review])).toEqual([
      [1, ["区发改局"], ["区住建局"], ["罗杰"], []],
      [2, ["区商务局"], ["区统计局"], ["罗杰"], []],
      [3, ["区档案馆"], ["区财政局"], ["米兰"], []],
    ]);
  });
});
