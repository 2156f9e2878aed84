/**
 * Session 30: poppler's default reading order on Word-made tables — a first page's header label printed
 * late, header synonyms, several rows' unit cells printed one row after another. Each rule with the text
 * that must not match it. Names and tasks are invented.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";
import { findTableHeaders, inOrderOf } from "../../src/layouts/flat.js";
import { readFileSync } from "node:fs";
import type { FlatHeader } from "../../src/layouts/flat/header.js";
import { loneHeaderWords } from "../../src/layouts/flat/order.js";
import { dealRowMajorCells, isUnitParagraph } from "../../src/layouts/flat/rowmajor.js";
import type { FlatLine, RowBlock } from "../../src/layouts/flat/segment.js";
import { headerOrder, classifyLines } from "../../src/layouts/flat/scrambled.js";
import { mapHeader } from "../../src/table/headers.js";
import { headingRightAbove, opensSectionTable } from "../../src/layouts/flat/tables.js";
import { splitHeadingTailNumbers } from "../../src/layouts/flat/headingnumber.js";
import { cutHeadOf } from "../../src/layouts/flat/fragments.js";
import { suffixAcross } from "../../src/names/classify.js";
import { brokenNameAcross } from "../../src/layouts/list/unwrap.js";
import { splitEntities, type NameGuess } from "../../src/names/split.js";
import { cutAcrossRows } from "../../src/validate/corroborate.js";
import { runningHeads } from "../../src/layouts/flat/pagetail.js";
import { closesBeforeOpening, type Block } from "../../src/layouts/list/blocks.js";
import { isHeadingText } from "../../src/layouts/list/region.js";
import { emptyResponsibility } from "../../src/layouts/list/responsibility.js";

const lines = (xs: string[]) => xs.map((text, i) => ({ text, line: i + 1 }));

describe("a scattered header takes the column order of the whole header a later page prints", () => {
  const scattered: FlatHeader = { start: 9, end: 9, line: 10, headers: ["序号", "工作任务", "牵头单位", "分管领导", "配合单位"], columns: ["seq", "task", "leadUnits", "supervisors", "coUnits"], printed: "\u0000scattered", scattered: true };
  const whole = (headers: string[]): FlatHeader => ({ start: 40, end: 44, line: 41, headers, columns: headers.map((h) => mapHeader(h)), printed: headers.join("") });
  it("orders the labels as the later header does when it has every field", () => {
    const got = inOrderOf(scattered, whole(["序号", "工作任务", "牵头单位", "配合单位", "分管领导"]));
    expect(got.headers).toEqual(["序号", "工作任务", "牵头单位", "配合单位", "分管领导"]);
    expect(got.columns).toEqual(["seq", "task", "leadUnits", "coUnits", "supervisors"]);
    expect(got.scattered).toBe(true);
  });
  it("keeps the labels' own order when the later header lacks a field of theirs", () => {
    const got = inOrderOf(scattered, whole(["序号", "工作任务", "牵头单位", "分管领导"]));
    expect(got.headers).toEqual(scattered.headers);
  });
});

describe("the scrambled reader's header order comes from the fullest printing of the header", () => {
  it("puts a word the first printing lost where a later page's printing has it", () => {
    const parts = classifyLines(lines(["序号", "", "工作任务", "", "牵头单位", "", "分管领导", "", "1", "", "地区生产总值增长 6%", "", "配合单位", "", "序号", "", "工作任务", "", "牵头单位", "", "配合单位", "", "分管领导"]), 0);
    expect(headerOrder(parts)).toEqual(["序号", "工作任务", "牵头单位", "配合单位", "分管领导"]);
  });
  it("keeps the first printing's order when no later printing holds all its words", () => {
    const parts = classifyLines(lines(["序号", "", "工作任务", "", "牵头单位", "", "分管领导", "", "1", "", "地区生产总值增长 6%", "", "配合单位", "", "序号", "", "工作任务", "", "配合单位"]), 0);
    expect(headerOrder(parts)).toEqual(["序号", "工作任务", "牵头单位", "分管领导", "配合单位"]);
  });
});

describe("header synonyms: 县领导 / 区领导 hold supervisors, 协同部门 co-units, as a lone label", () => {
  it("reads the words alone on a line as column labels", () => {
    expect(loneHeaderWords("县领导")).toEqual([{ text: "县领导", field: "supervisors" }]);
    expect(loneHeaderWords("区领导")).toEqual([{ text: "区领导", field: "supervisors" }]);
    expect(loneHeaderWords("协同部门")).toEqual([{ text: "协同部门", field: "coUnits" }]);
  });
  it("does not take a unit named after them for a label", () => {
    expect(loneHeaderWords("县领导小组办公室")).toBeNull();
    expect(loneHeaderWords("县协同发展中心")).toBeNull();
  });
});

describe("isUnitParagraph: a cell paragraph of unit names only", () => {
  it("reads a list, a list wrapped over lines and a name cut at a line end", () => {
    expect(isUnitParagraph(["县商务局、县投资促进局"])).toBe(true);
    expect(isUnitParagraph(["县工信局、县住建局", "各乡镇"])).toBe(true);
    expect(isUnitParagraph(["县人力资源社会保", "障局"])).toBe(true);
  });
  it("is not a paragraph holding a person, a task's words or a deadline", () => {
    expect(isUnitParagraph(["县商务局", "王立新"])).toBe(false);
    expect(isUnitParagraph(["新增市场主体 2000 户"])).toBe(false);
    expect(isUnitParagraph(["县商务局", "2023 年底前"])).toBe(false);
  });
});

/** a row: its task line, then paragraphs (each a list of lines; a blank line before each paragraph) */
function row(seq: number, task: string, ...paras: string[][]): RowBlock {
  let n = seq * 100;
  const ls: FlatLine[] = [{ text: task, line: n++, afterBreak: false }];
  for (const p of paras) p.forEach((text, i) => ls.push({ text, line: n++, afterBreak: false, blankBefore: i === 0 }));
  return { seq, line: seq * 100, lines: ls };
}
const cols = ["seq", "task", "leadUnits", "coUnits"] as const;
const texts = (r: RowBlock) => r.lines.map((l) => l.text);

describe("dealRowMajorCells: several rows' unit cells printed one row after another", () => {
  it("deals a run printed after the last of its rows back to the rows above", () => {
    const rows = [row(1, "任务一"), row(2, "任务二"), row(3, "任务三", ["牵头部门"], ["协同部门"], ["县甲局"], ["县乙局、各乡镇"], ["县丙局"], ["县丁局"], ["县戊局"], ["县己局"]), row(4, "任务四", ["县庚局"], ["县辛局"])];
    const got = dealRowMajorCells(rows, cols, 0);
    expect(got.rows.map(texts)).toEqual([["任务一", "县甲局", "县乙局、各乡镇"], ["任务二", "县丙局", "县丁局"], ["任务三", "牵头部门", "协同部门", "县戊局", "县己局"], ["任务四", "县庚局", "县辛局"]]);
    expect(got.diagnostics.map((d) => [d.code, d.seq])).toEqual([["FLAT_CELLS_DEALT_BY_ORDER", 1], ["FLAT_CELLS_DEALT_BY_ORDER", 2], ["FLAT_CELLS_DEALT_BY_ORDER", 3]]);
  });
  it("deals a run printed after the first of its rows to the rows below", () => {
    const rows = [row(5, "任务五", ["县甲局"], ["县乙局"]), row(6, "任务六", ["县丙局"], ["县丁局"], ["县戊局"], ["县己局"]), row(7, "任务七")];
    const got = dealRowMajorCells(rows, cols, 0);
    expect(got.rows.map(texts)).toEqual([["任务五", "县甲局", "县乙局"], ["任务六", "县丙局", "县丁局"], ["任务七", "县戊局", "县己局"]]);
    expect(got.rows[2]!.lines[1]!.blankBefore).toBe(true);
  });
  it("leaves the rows as read when the count is no multiple of the unit columns", () => {
    const rows = [row(1, "任务一"), row(2, "任务二", ["县甲局"], ["县乙局"], ["县丙局"])];
    expect(dealRowMajorCells(rows, cols, 0).rows.map(texts)).toEqual(rows.map(texts));
  });
  it("leaves them when the run could belong to the rows above or below", () => {
    const rows = [row(1, "任务一"), row(2, "任务二", ["县甲局"], ["县乙局"], ["县丙局"], ["县丁局"]), row(3, "任务三")];
    const got = dealRowMajorCells(rows, cols, 0);
    expect(got.rows.map(texts)).toEqual(rows.map(texts));
    expect(got.diagnostics).toEqual([]);
  });
  it("leaves them when a person or task words break the run, or the rows around hold cells of their own", () => {
    const person = [row(1, "任务一"), row(2, "任务二", ["县甲局"], ["王立新"], ["县乙局"], ["县丙局"], ["县丁局"])];
    expect(dealRowMajorCells(person, cols, 0).rows.map(texts)).toEqual(person.map(texts));
    const own = [row(1, "任务一", ["县戊局"]), row(2, "任务二", ["县甲局"], ["县乙局"], ["县丙局"], ["县丁局"]), row(3, "任务三", ["县己局"])];
    expect(dealRowMajorCells(own, cols, 0).rows.map(texts)).toEqual(own.map(texts));
  });
  it("needs two unit columns at least (one column's cells have no row-by-row order to read)", () => {
    const rows = [row(1, "任务一"), row(2, "任务二", ["县甲局"], ["县乙局"])];
    expect(dealRowMajorCells(rows, ["seq", "task", "units"], 0).rows.map(texts)).toEqual(rows.map(texts));
  });
});

const DUMP = [
  "青溪县人民政府办公室关于印发 2023 年县政府工作报告目标任务责任分解方案的通知", "青政办〔2023〕5 号", "各乡镇人民政府，县政府各部门：", "现将方案印发给你们，请认真组织实施。", "青溪县人民政府办公室", "2023 年 2 月 10 日", "附件", "",
  ...["2023 年县政府工作报告目标任务责任分解方案", "序号", "目标任务"].flatMap((x) => [x, ""]),
  ...["1", "地区生产总值增长 6.5%左右", "2", "一般公共预算收入增长 5%", "3", "规模以上工业增加值增长 8%", "4", "城镇居民人均可支配收入增长 6%"].flatMap((x) => [x, ""]),
  ...["牵头部门", "协同部门", "县发展改革局", "县统计局、各乡镇", "县财政局", "县税务局", "县工业信息化局", "县统计局", "县人力资源社会保障局", "县农业农村局、县统计局"].flatMap((x) => [x, ""]),
  "\f",
  ...["序号", "目标任务", "牵头部门", "协同部门", "5", "新增市场主体 2000 户"].flatMap((x) => [x, ""]),
  ...["县市场监管局", "县行政审批局", "县商务局", "县投资促进局、各乡镇", "县交通运输局", "县财政局", "县民政局", "县卫生健康局"].flatMap((x) => [x, ""]),
  ...["6", "招引亿元以上项目 15 个，到位资金 40 亿元", "7", "新建改建农村公路 90 公里", "8", "新建农村养老服务站 6 个"].flatMap((x) => [x, ""]),
].join("\n");

describe("a default-order dump whose unit cells print row by row after a page's tasks", () => {
  it("gives every row its own cells, each row flagged", async () => {
    const got = (await parseText(DUMP)).tasks.map((t) => [t.seq, t.leadUnits, t.coUnits, t.review.some((r) => r.code === "FLAT_CELLS_DEALT_BY_ORDER")]);
    expect(got).toEqual([
      [1, ["县发展改革局"], ["县统计局", "各乡镇"], true],
      [2, ["县财政局"], ["县税务局"], true],
      [3, ["县工业信息化局"], ["县统计局"], true],
      [4, ["县人力资源社会保障局"], ["县农业农村局", "县统计局"], true],
      [5, ["县市场监管局"], ["县行政审批局"], true],
      [6, ["县商务局"], ["县投资促进局", "各乡镇"], true],
      [7, ["县交通运输局"], ["县财政局"], true],
      [8, ["县民政局"], ["县卫生健康局"], true],
    ]);
  });
});

const SECTION_TABLES = [
  "附件",
  "2024 年区政府工作报告重点工作责任分解表",
  "一、主要预期目标",
  "序号 重点工作 责任单位 配合单位 责任领导",
  "1 地区生产总值增长 6%以上。 区发改局 区统计局 林一凡",
  "2 规模以上工业增加值增长 7%以上。 区工信局 区统计局 周子墨",
  "3 社会消费品零售总额增长 6%以上。 区商务局 区统计局 孙可为",
  "二、聚焦产业升级",
  "序号 重点工作 责任单位 配合单位 责任领导",
  "1 新增规上工业企业 30 家。 区工信局 区统计局 周子墨",
  "2 新增高新技术企业 20 家。 区科技局 区财政局 吴南星",
];
const rowsOf = async (text: string) => (await parseText(text)).tasks.map((t) => [t.table, t.seq, t.section, t.units]);

describe("sections printed as headings above their own tables", () => {
  it("opens a table at each heading whose header is followed by a 1, the heading its rows' section, the printed numbers kept", async () => {
    expect(await rowsOf(SECTION_TABLES.join("\n"))).toEqual([
      [0, 1, ["一、主要预期目标"], ["区发改局"]],
      [0, 2, ["一、主要预期目标"], ["区工信局"]],
      [0, 3, ["一、主要预期目标"], ["区商务局"]],
      [1, 1, ["二、聚焦产业升级"], ["区工信局"]],
      [1, 2, ["二、聚焦产业升级"], ["区科技局"]],
    ]);
  });
  it("keeps one table numbered on when the first heading is a row under the header (a header repeated at a page break under a heading)", async () => {
    const inside = [SECTION_TABLES[0]!, SECTION_TABLES[1]!, SECTION_TABLES[3]!, SECTION_TABLES[2]!, ...SECTION_TABLES.slice(4)];
    expect(await rowsOf(inside.join("\n"))).toEqual([
      [0, 1, ["一、主要预期目标"], ["区发改局"]],
      [0, 2, ["一、主要预期目标"], ["区工信局"]],
      [0, 3, ["一、主要预期目标"], ["区商务局"]],
      [0, 4, ["二、聚焦产业升级"], ["区工信局"]],
      [0, 5, ["二、聚焦产业升级"], ["区科技局"]],
    ]);
  });
  it("does not open a table where the numbers go on after the heading and header", () => {
    const on = [...SECTION_TABLES.slice(0, 9), "4 新增规上工业企业 30 家。 区工信局 区统计局 周子墨"];
    const ls = lines(on);
    const first: FlatHeader = { start: 3, end: 3, line: 4, headers: [], columns: [] };
    const again: FlatHeader = { start: 8, end: 8, line: 9, headers: [], columns: [] };
    expect(opensSectionTable(ls, first, first, again)).toBeNull();
    expect(opensSectionTable(lines(SECTION_TABLES), first, first, again)).toBe(7);
  });
  it("does not take a table title or a sentence above the header for a section heading", () => {
    expect(headingRightAbove(lines(["附件", "一、主要预期目标分解表", "序号 重点工作 责任单位"]), { start: 2, end: 2, line: 3, headers: [], columns: [] })).toBeNull();
    expect(headingRightAbove(lines(["一、压实工作责任。各单位要切实履行职责。", "序号 重点工作 责任单位"]), { start: 1, end: 1, line: 2, headers: [], columns: [] })).toBeNull();
    expect(headingRightAbove(lines(["一、主要预期目标", "", "序号 重点工作 责任单位"]), { start: 2, end: 2, line: 3, headers: [], columns: [] })).toBe(0);
  });
});

describe("a 类别 heading's last piece printed before the first row's number (`提振消费 7`)", () => {
  const at = (xs: string[]) => splitHeadingTailNumbers(lines(xs)).map((l) => l.text);
  it("cuts the piece from the number when the heading opens just above and the number is the next row's", () => {
    expect(at(["6 城镇新增就业 1.2 万人。", "市人社局 市统计局 吴南星", "二、着力推动", "提振消费 7", "统筹用好专项债券。"])).toEqual(["6 城镇新增就业 1.2 万人。", "市人社局 市统计局 吴南星", "二、着力推动", "提振消费", "7", "统筹用好专项债券。"]);
    expect(at(["1 任务一。", "二、加快建设", "现代化产业", "体系 2", "任务二。"])).toEqual(["1 任务一。", "二、加快建设", "现代化产业", "体系", "2", "任务二。"]);
  });
  it("leaves a line whose number is not the next row's, or with no heading above it", () => {
    expect(at(["6 任务六。", "二、着力推动", "提振消费 9", "任务。"])).toEqual(["6 任务六。", "二、着力推动", "提振消费 9", "任务。"]);
    expect(at(["6 任务六。", "市人社局 市统计局", "新增岗位 7", "任务。"])).toEqual(["6 任务六。", "市人社局 市统计局", "新增岗位 7", "任务。"]);
  });
});

describe("a unit's name cut at a line's end inside a list, or in its long ending", () => {
  it("joins the list's last name with the next line's first piece", () => {
    expect(cutHeadOf("市统计局、各县（市、区）人", "民政府 林一凡")).toBe(true);
    expect(cutHeadOf("市统计局、县工业和信息", "化局")).toBe(true);
  });
  it("reads an ending of three characters or more straddling the break as a cut", () => {
    expect(suffixAcross("各县人", "民政府")).toBe(true);
    expect(suffixAcross("高新区管", "委会")).toBe(true);
    expect(suffixAcross("县市场监管局", "县财政局")).toBe(false);
    expect(suffixAcross("各县人民政府", "县财政局")).toBe(false);
  });
  it("does not join whole names, or a list whose earlier pieces are no names", () => {
    expect(cutHeadOf("市统计局、市财政局", "市税务局 林一凡")).toBe(false);
    expect(cutHeadOf("增长6%左右、各县人", "民政府")).toBe(false);
    expect(cutHeadOf("个、农业产业强", "镇 3 个。")).toBe(false);
  });
});

describe("a label's list broken before a whole name's bare tail (`…、各区` | `人民政府`)", () => {
  it("joins a line that holds the bare tail alone", () => {
    expect(brokenNameAcross("责任单位：市发展改革委、各区", "人民政府")).toBe(true);
  });
  it("joins a line that goes on with the list after the tail", () => {
    expect(brokenNameAcross("责任单位：市发展改革委、各区", "人民政府、市直有关单位")).toBe(true);
  });
  it("leaves a line of prose after the list, or a tail after no label", () => {
    expect(brokenNameAcross("责任单位：市发展改革委、各区", "人民政府要抓好落实。")).toBe(false);
    expect(brokenNameAcross("各区", "人民政府")).toBe(false);
  });
  it("joins it in text that shows a wrap width too, the label line short of it", async () => {
    const text = [
      "1.全市地区生产总值增长6%左右，着力扩大有效投资，推动各项主要指标稳中有进全面达",
      "求。",
      "牵头单位：市发展改革委",
      "责任单位：市统计局、各区",
      "人民政府",
      "2.规模以上工业增加值增长7%左右，培育壮大先进制造业集群，推动工业经济稳定增长提",
      "质。",
      "牵头单位：市工业和信息化局",
      "责任单位：市统计局",
      "3.社会消费品零售总额增长7%左右，促进消费持续恢复，培育壮大新型消费扩大服务消",
      "费。",
      "牵头单位：市商务局",
      "责任单位：市统计局",
    ].join("\n");
    const got = (await parseText(text)).tasks.map((t) => [t.seq, t.units]);
    expect(got).toEqual([[1, ["市统计局", "各区人民政府"]], [2, ["市统计局"]], [3, ["市统计局"]]]);
  });
});

describe("a 、 list wrapped by its cell's width with no 、 at the line's end: the break is inside a name", () => {
  const wrapped = (a: string, b: string) => splitEntities([{ text: a, wrapped: true }, { text: b }], "unit");
  it("joins the line's last name with the next line's first", () => {
    expect(wrapped("区交通局、区城管局、公安青禾分局", "交警大队")).toEqual(["区交通局", "区城管局", "公安青禾分局交警大队"]);
    expect(wrapped("市发展改革委、中国人民银行", "青禾市中心支行")).toEqual(["市发展改革委", "中国人民银行青禾市中心支行"]);
  });
  it("starts a new name after a line ending on 、, and keeps a lone name's line apart from a branch after it", () => {
    expect(wrapped("区交通局、区城管局、", "交警大队")).toEqual(["区交通局", "区城管局", "交警大队"]);
    expect(wrapped("市发展改革委", "市财政局")).toEqual(["市发展改革委", "市财政局"]);
  });
  it("leaves a line the layout did not see run to the cell's edge", () => {
    expect(splitEntities([{ text: "区交通局、区城管局" }, { text: "各街道办事处" }], "unit")).toEqual(["区交通局", "区城管局", "各街道办事处"]);
  });
});

describe("a unit's name cut between two rows' cells (NAME_CUT_ACROSS_ROWS)", () => {
  it("sees a long ending straddling the rows, or a bare tail opening the row below", () => {
    expect(cutAcrossRows(["市统计局", "各区人民"], ["政府", "市直有关单位"])).toBe(true);
    expect(cutAcrossRows(["县统计局", "青禾高新区"], ["管委会"])).toBe(true);
  });
  it("does not flag whole names in both rows, or an empty cell", () => {
    expect(cutAcrossRows(["市统计局", "各区人民政府"], ["市直有关单位"])).toBe(false);
    expect(cutAcrossRows(["市统计局"], [])).toBe(false);
  });
  it("flags both rows of a table whose merged cell is printed across them", async () => {
    const text = ["序号\t目标任务\t牵头单位\t配合单位\t联系领导", "1\t全市地区生产总值增长6%左右。\t市发展改革委\t市统计局、各区人民\t林一凡", "2\t全社会固定资产投资增长8%。\t市发展改革委\t政府、市直有关单位\t林一凡", "3\t社会消费品零售总额增长7%。\t市商务局\t市统计局\t孙可为"].join("\n");
    const got = (await parseText(text)).tasks.map((t) => [t.seq, t.review.some((r) => r.code === "NAME_CUT_ACROSS_ROWS")]);
    expect(got).toEqual([[1, true], [2, true], [3, false]]);
  });
});

describe("a running head is never a line of a unit list", () => {
  it("does not take a list's line printed in many rows for page furniture", () => {
    const ls = lines(["1 任务一。", "青禾工业园区管委会、", "县统计局", "2 任务二。", "青禾工业园区管委会、", "县财政局", "3 任务三。", "青禾工业园区管委会、", "县税务局"]);
    expect(runningHeads(ls).size).toBe(0);
  });
  it("still finds a title printed above each page's table", () => {
    const ls = lines(["2024年县政府工作报告重点任务分解表", "1 任务一。", "县统计局", "2024年县政府工作报告重点任务分解表", "2 任务二。", "县财政局", "2024年县政府工作报告重点任务分解表", "3 任务三。"]);
    expect([...runningHeads(ls)]).toEqual(["2024年县政府工作报告重点任务分解表"]);
  });
});

describe("a writer's line break near the cell's edge between two whole units", () => {
  it("makes no guess of a glued pair there (the names were never joined)", () => {
    const guesses: NameGuess[] = [];
    expect(splitEntities([{ text: "县财政局、县水务局", wrapped: true }, { text: "县自然资源局" }], "unit", { guesses })).toEqual(["县财政局", "县水务局", "县自然资源局"]);
    expect(guesses).toEqual([]);
  });
  it("keeps a name opening with a level or a collective apart from a whole unit above it", () => {
    expect(splitEntities([{ text: "县财政局、县水务局", wrapped: true }, { text: "县自然资源局" }], "unit")).toEqual(["县财政局", "县水务局", "县自然资源局"]);
    expect(splitEntities([{ text: "县财政局、县水务局", wrapped: true }, { text: "各乡镇" }], "unit")).toEqual(["县财政局", "县水务局", "各乡镇"]);
  });
});

describe("a 类别 heading's last piece before the row's number and its task's first words", () => {
  it("cuts the piece from the number, the task staying with the number", () => {
    const got = splitHeadingTailNumbers(lines(["18 任务十八。 市数据局 周子墨", "四、深化改革", "开放合作 19 推进市属企业重组整合，提升经营效益。"])).map((l) => l.text);
    expect(got).toEqual(["18 任务十八。 市数据局 周子墨", "四、深化改革", "开放合作", "19 推进市属企业重组整合，提升经营效益。"]);
  });
  it("leaves a task line that holds a number after a word (no heading above)", () => {
    const ls = ["18 任务十八。", "市数据局 周子墨", "新建基站 19 个，数字经济增长。"];
    expect(splitHeadingTailNumbers(lines(ls)).map((l) => l.text)).toEqual(ls);
  });
});

describe("the piece's number must be the next row's", () => {
  it("does not cut a task's words that open with a figure under a heading (`新建社区食堂 5 所`)", () => {
    const ls = ["24 任务二十四。", "县卫健局 张华", "四、保障改善民生", "（一）发展社会事业", "新建社区食堂 5 所，新增就餐座位", "3000 个"];
    expect(splitHeadingTailNumbers(lines(["5 任务五。", ...ls])).map((l) => l.text)).toEqual(["5 任务五。", ...ls]);
  });
  it("starts the rows afresh at a 1 after a cover letter's year", () => {
    const got = splitHeadingTailNumbers(lines(["2024 年青溪市《政府工作报告》已经审议通过。", "1 任务一。", "二、着力推动", "提振消费 2", "任务二。"])).map((l) => l.text);
    expect(got).toEqual(["2024 年青溪市《政府工作报告》已经审议通过。", "1 任务一。", "二、着力推动", "提振消费", "2", "任务二。"]);
  });
});

describe("text read by position: a people column empty under a row that fills it may be a merged cell", () => {
  const aligned = (rows: string[]) => ["序号   目标任务                     牵头单位       分管领导", ...rows].join("\n");
  const flagged = async (text: string) => (await parseText(text)).tasks.map((t) => [t.seq, t.review.some((r) => r.code === "FIELD_EMPTY_MAYBE_MERGED")]);
  it("flags the empty row under a filled one", async () => {
    expect(await flagged(aligned(["1      地区生产总值增长6%。         县发改局       林一凡", "2      一般公共预算收入增长5%。     县财政局", "3      固定资产投资增长8%。         县发改局       周子墨"]))).toEqual([[1, false], [2, true], [3, false]]);
  });
  it("does not flag a people column empty from the table's first row down", async () => {
    expect(await flagged(aligned(["1      地区生产总值增长6%。         县发改局", "2      一般公共预算收入增长5%。     县财政局", "3      固定资产投资增长8%。         县发改局       周子墨"]))).toEqual([[1, false], [2, false], [3, false]]);
  });
});

describe("a double-spaced list: a responsibility bracket wrapped over a blank line", () => {
  const text = ["（一）扩大有效投资", "", "1．全年推进重点项目 260 个，其中新开工五千万元以上项目 120", "", "个。（市发展改革委牵头，市自然资源和规划局、市住房城乡建设局、各区", "", "人民政府配合）", "", "2．用足用好专项债券政策，加快债券资金支出进度。（市财政局牵头，市发展改革委配合）", "", "3．推进城乡路网建设，新改建农村公路 300 公里。（市交通运输局负责）"].join("\n");
  it("reads the bracket's last line with its task, not as a heading", async () => {
    const got = (await parseText(text)).tasks.map((t) => [t.seq, t.section, t.leadUnits, t.units, t.coUnits]);
    expect(got).toEqual([
      [1, ["（一）扩大有效投资"], ["市发展改革委"], [], ["市自然资源和规划局", "市住房城乡建设局", "各区人民政府"]],
      [2, ["（一）扩大有效投资"], ["市财政局"], [], ["市发展改革委"]],
      [3, ["（一）扩大有效投资"], [], ["市交通运输局"], []],
    ]);
  });
  it("a line closing before it opens joins only an item that left its bracket open", () => {
    expect(closesBeforeOpening("人民政府配合）")).toBe(true);
    expect(closesBeforeOpening("（二）提升公共服务水平")).toBe(false);
    expect(closesBeforeOpening("提升公共服务水平")).toBe(false);
  });
  it("does not take a line of names in a bracket for a heading, but keeps a heading naming 各县（市、区）", () => {
    const block = (t: string) => ({ kind: "text", lines: [{ text: t, line: 1 }], numbered: null, labelLines: [], task: "", resp: emptyResponsibility(), closed: false }) as unknown as Block;
    expect(isHeadingText(block("（市教育局牵头，市发展改革委、各"))).toBe(false);
    expect(isHeadingText(block("区人民政府配合）"))).toBe(false);
    expect(isHeadingText(block("加强各县（市、区）协作联动"))).toBe(true);
  });
});

describe("findTableHeaders: a Word dump's first-page labels in the order of the header a later page prints", () => {
  it("orders the scattered labels 序号 工作任务 牵头单位 配合单位 分管领导 (配合单位 printed after the first rows)", () => {
    const text = readFileSync(new URL("../../fixtures/dumps3/word-dflt-shuangqiao.pdftotext.txt", import.meta.url), "utf8");
    const [first] = findTableHeaders(text.split("\n").map((t, i) => ({ text: t, line: i + 1 })));
    expect(first!.headers).toEqual(["序号", "工作任务", "牵头单位", "配合单位", "分管领导"]);
  });
});

describe("the rest of a unit's ending on the next line, in a stream of units and people", () => {
  it("completes the name cut before it (`各街道办` | `事处、区直有关单位`)", () => {
    expect(splitEntities(["区统计局、各街道办", "事处、区直有关单位"], "any")).toEqual(["区统计局", "各街道办事处", "区直有关单位"]);
  });
  it("leaves a person after a whole unit", () => {
    expect(splitEntities(["区统计局、各街道办事处", "王立新"], "any")).toEqual(["区统计局", "各街道办事处", "王立新"]);
  });
});
