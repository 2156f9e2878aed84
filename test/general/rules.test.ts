// Unit tests of the general rules found with the fixtures in fixtures/general/ (one per rule).
import { describe, expect, it } from "vitest";
import { showCells, shows } from "../helpers/cell-lines.js";
import { gridToRecords } from "../../src/table/segment.js";
import { isTableTitle } from "../../src/table/find.js";
import { detectTextGrid, textToGrid } from "../../src/layouts/tsv.js";
import { parseText } from "../../src/parse.js";
import { splitEntities, splitOutsideParens } from "../../src/names/split.js";
import { isStandaloneCollective } from "../../src/names/classify.js";
import { mapHeader, mapHeaders, pairedUnitField } from "../../src/table/headers.js";
import { extractNotice } from "../../src/meta/notice.js";

const lines = (text: string) => text.split("\n").map((t, i) => ({ text: t, line: i + 1 }));
const tsv = (text: string) => textToGrid(lines(text), "tsv");
const md = (text: string) => textToGrid(lines(text), "markdown");

describe("names: 、 inside parentheses", () => {
  it("splitOutsideParens keeps a parenthesised enumeration whole", () => {
    expect(splitOutsideParens("各县（市、区）人民政府、市直有关单位", "、")).toEqual(["各县（市、区）人民政府", "市直有关单位"]);
    expect(splitOutsideParens("甲、乙", "、")).toEqual(["甲", "乙"]);
  });
  it("a city's counties written as one class are one entity", () => {
    expect(splitEntities(["各县（市、区）人民政府、市直有关单位"], "unit")).toEqual(["各县（市、区）人民政府", "市直有关单位"]);
    expect(splitEntities(["市发改局", "各县(市、区)人民政府"], "unit")).toEqual(["市发改局", "各县（市、区）人民政府"]);
  });
  it("各县（市、区） and 各乡（镇） are standalone collectives, split off a glued name before them", () => {
    expect(isStandaloneCollective("各县（市、区）")).toBe(true);
    expect(isStandaloneCollective("各乡（镇）人民政府")).toBe(true);
    expect(splitEntities(["市直有关单位各县（市、区）"], "unit")).toEqual(["市直有关单位", "各县（市、区）"]);
  });
});

describe("grid: headings and continuation rows", () => {
  it("a heading row between the header and the first row opens the section path", () => {
    const r = gridToRecords(tsv(["序号\t具体任务\t承办单位\t挂钩领导", "\t（三）建设美丽乡村\t\t", "21\t任务。\t区水务局\t何平"].join("\n")), { layout: "tsv" });
    expect(r.records.map((x) => [x.seq, x.section])).toEqual([[21, ["（三）建设美丽乡村"]]]);
  });
  it("a heading repeated under a repeated header still applies (same table)", () => {
    const H = "序号\t具体任务\t承办单位\t挂钩领导";
    const r = gridToRecords(tsv([H, "一、甲", "1\t任务一。\t区水务局\t何平", H, "二、乙", "2\t任务二。\t区水务局\t何平"].join("\n")), { layout: "tsv" });
    expect(r.tables).toHaveLength(1);
    expect(r.records.map((x) => [x.seq, x.section])).toEqual([
      [1, ["一、甲"]],
      [2, ["二、乙"]],
    ]);
  });
  it("a row that goes on only in the task column continues the record above (no UNPLACED_TEXT)", () => {
    const r = gridToRecords(tsv(["序号\t具体任务\t承办单位\t挂钩领导", "23\t实施饮水工程，\t区水务局\t何平", "\t受益人口3万人。\t\t", "24\t任务。\t\t"].join("\n")), { layout: "tsv" });
    expect(r.records[0]!.task).toEqual(["实施饮水工程，", "受益人口3万人。"]);
    expect(r.diagnostics).toEqual([]);
  });
  it("a single line without tabs after the table is still not a continuation", () => {
    const r = gridToRecords(tsv(["序号\t具体任务\t承办单位\t挂钩领导", "1\t任务。\t区水务局\t何平", "区政府办公室 2021年3月15日印发"].join("\n")), { layout: "tsv" });
    expect(r.records[0]!.task).toEqual(["任务。"]);
  });
  it("附件2 between two tables is page furniture, not unplaced text", () => {
    const r = gridToRecords(
      tsv(["序号\t主要指标\t责任单位\t分管副县长", "1\t指标。\t县发改局\t杨帆", "附件2", "重点任务分解表", "序号\t具体任务\t牵头单位\t分管副县长", "1\t任务。\t县住建局\t杨帆"].join("\n")),
      { layout: "tsv" },
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.tables.map((t) => t.title)).toEqual([null, "重点任务分解表"]);
  });
});

describe("markdown: bold heading rows", () => {
  it("a whole cell in **…** is a bold heading row, its text without the marks", () => {
    const r = gridToRecords(
      md(["| 序号 | 目标任务及工作措施 | 牵头部门 | 联系领导 |", "| --- | --- | --- | --- |", "| **二、提升城市品质** | | | |", "| 3 | 任务。 | 市住建局 | 孙丽 |"].join("\n")),
      { layout: "markdown" },
    );
    expect(r.records.map((x) => [x.seq, x.section])).toEqual([[3, ["二、提升城市品质"]]]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe("table titles", () => {
  it("names a breakdown table or plan, and is not a sentence or the notice title", () => {
    expect(isTableTitle("2022年市政府工作报告重点任务分工方案")).toBe(true);
    expect(isTableTitle("2023年县政府工作报告重点工作责任分工表")).toBe(true);
    expect(isTableTitle("附件：2020年区政府工作报告目标任务责任分解表")).toBe(true);
    expect(isTableTitle("现将《2022年市政府工作报告重点任务分工方案》印发给你们，请认真组织实施。")).toBe(false);
    expect(isTableTitle("玉林市人民政府办公室关于印发2022年市政府工作报告重点任务分工方案的通知")).toBe(false);
  });
});

describe("headers", () => {
  it("an indicator column is the task; its target column joins it", () => {
    expect(mapHeader("主要指标")).toBe("task");
    expect(mapHeader("指标名称")).toBe("task");
    expect(mapHeader("预期目标")).toBe("task");
    expect(mapHeader("指标值")).toBe("other");
    expect(mapHeader("分管副县长")).toBe("supervisors");
    expect(mapHeader("挂点县领导")).toBe("supervisors");
  });
});

describe("notice: issuer printed above the title", () => {
  it("joins the issuer line to a title that starts with 关于", () => {
    const n = extractNotice(
      lines(["宁远县人民政府办公室", "宁政办函〔2022〕8号", "宁远县人民政府办公室", "关于印发2022年县政府工作报告重点工作任务", "分解表的通知", "各乡镇："].join("\n")),
      null,
      null,
    );
    expect(n.title).toBe("宁远县人民政府办公室关于印发2022年县政府工作报告重点工作任务分解表的通知");
    expect(n.docNumber).toBe("宁政办函〔2022〕8号");
  });
});

describe("tsv: spreadsheet quoting", () => {
  it("a quoted cell holds line breaks and doubled quotes; the row's later cells stay in place", () => {
    const rows = tsv(['1\t"第一行，', '第二行""引号""。"\t县发改局\t"县工信局', '县商务局"\t郭强', "2\t任务。\t县财政局\t\t王伟"].join("\n"));
    expect(rows.map((r) => [r.line, r.cells.map((c) => shows(c.lines))])).toEqual([
      [1, [["1"], ["第一行，", '第二行"引号"。'], ["县发改局"], ["县工信局", "县商务局"], ["郭强"]]],
      [4, [["2"], ["任务。"], ["县财政局"], [""], ["王伟"]]],
    ]);
  });
  it("a quote that does not open a quoted field is ordinary text", () => {
    const rows = tsv(['1\t"放管服"改革。\t县发改局', "2\t任务。\t县财政局"].join("\n"));
    expect(rows.map((r) => r.cells.map((c) => shows(c.lines).join("|")))).toEqual([
      ["1", '"放管服"改革。', "县发改局"],
      ["2", "任务。", "县财政局"],
    ]);
  });
  it("an unclosed quote never swallows the rows below", () => {
    const rows = tsv(['1\t"未闭合的引号\t县发改局', "2\t任务。\t县财政局"].join("\n"));
    expect(rows).toHaveLength(2);
    expect(shows(rows[0]!.cells[1]!.lines)).toEqual(['"未闭合的引号']);
  });
});

describe("leader pairing", () => {
  it("a leader column pairs with the lead/responsible units on its left, before co-units", () => {
    expect(pairedUnitField(["seq", "task", "leadUnits", "coUnits", "leaders"])).toBe("leadUnits");
    expect(pairedUnitField(["seq", "task", "leadUnits", "leaders", "coUnits"])).toBe("leadUnits");
    expect(pairedUnitField(["seq", "task", "coUnits", "leaders"])).toBe("coUnits");
    expect(pairedUnitField(["seq", "task", "leaders", "units"])).toBe(null);
  });
});

describe("header synonyms of other places", () => {
  it.each([
    ["县级领导", "supervisors"],
    ["区级领导", "supervisors"],
    ["牵头县领导", "leaders"],
    ["责任省领导", "leaders"],
    ["牵头市领导", "leaders"],
    ["县级责任领导", "leaders"],
    ["县级分管领导", "supervisors"],
    ["联系省领导", "supervisors"],
    ["市领导", "supervisors"],
    ["分管市领导", "supervisors"],
    ["领衔领导", "supervisors"],
    ["包联县级领导", "supervisors"],
    ["分管负责同志", "supervisors"],
    ["单位负责人", "leaders"],
    ["责任单位（部门）", "units"],
    ["责任单位及责任人", "units"],
    ["序次", "seq"],
    ["完成时限", "other"],
  ])("%s → %s", (h, f) => expect(mapHeader(h)).toBe(f));
});

describe("a level's leader column (牵头市领导, 责任县领导)", () => {
  it("holds the task's leaders when no other column holds people of the units", () => {
    expect(mapHeaders(["序号", "年度目标", "牵头部门", "配合部门", "牵头市领导"])).toEqual(["seq", "task", "leadUnits", "coUnits", "leaders"]);
    expect(mapHeaders(["序号", "目标任务", "责任县领导", "牵头单位", "责任单位"])).toEqual(["seq", "task", "leaders", "leadUnits", "units"]);
  });
  it("supervises beside a column of the units' own people (counter-example)", () => {
    expect(mapHeaders(["序号", "目标任务", "牵头市领导", "责任单位", "责任人"])).toEqual(["seq", "task", "supervisors", "units", "leaders"]);
    expect(mapHeaders(["序号", "目标任务", "责任县领导", "牵头单位", "责任领导"])).toEqual(["seq", "task", "supervisors", "leadUnits", "leaders"]);
  });
  it("a bare level's leaders or an oversight verb stays supervisors (counter-example)", () => {
    expect(mapHeaders(["序号", "目标任务", "责任单位", "市领导"])).toEqual(["seq", "task", "units", "supervisors"]);
    expect(mapHeaders(["序号", "目标任务", "责任单位", "联系省领导"])).toEqual(["seq", "task", "units", "supervisors"]);
  });
});

describe("grid: page noise, unmarked headings, continuations (batch 3)", () => {
  const H = "序号\t目标任务\t责任单位\t协办单位\t分管县领导";
  const run = (rows: string[]) => gridToRecords(tsv([H, ...rows].join("\n")), { layout: "tsv" });

  it("full-width 序号 digits start a row", () => {
    expect(run(["１\t任务一。\t县发改局\t\t柯常青", "１２\t任务十二。\t县发改局\t\t柯常青"]).records.map((r) => [r.seq, r.task])).toEqual([
      [1, ["任务一。"]],
      [12, ["任务十二。"]],
    ]);
  });
  it("page numbers between rows are dropped, also a bare number on its own line", () => {
    const r = run(["1\t任务一。\t县发改局\t\t柯常青", "－ 2 －", "第 3 页", "4", "2\t任务二。\t县统计局\t\t柯常青"]);
    expect(r.records.map((x) => x.seq)).toEqual([1, 2]);
    expect(r.diagnostics).toEqual([]);
  });
  it("a short unmarked line spanning the table from its first column is a level-1 heading; 第一部分 is above 一、", () => {
    const r = run(["第一部分 主要预期目标\t\t\t\t", "1\t任务一。\t县发改局\t\t柯常青", "第二部分 重点工作任务\t\t\t\t", "一、抓项目\t\t\t\t", "2\t任务二。\t县统计局\t\t柯常青", "民生实事\t\t\t\t", "3\t任务三。\t县统计局\t\t柯常青"]);
    expect(r.tables).toHaveLength(1);
    expect(r.records.map((x) => x.section)).toEqual([["第一部分主要预期目标"], ["第二部分重点工作任务", "一、抓项目"], ["第二部分重点工作任务", "民生实事"]]);
  });
  it("an unmarked heading right under a marked one is nested under it; the next one after its tasks is its sibling", () => {
    const r = run(["一、抓项目\t\t\t\t", "（一）扩大有效投资\t\t\t\t", "重点项目\t\t\t\t", "1\t任务一。\t县发改局\t\t柯常青", "民生实事\t\t\t\t", "2\t任务二。\t县统计局\t\t柯常青", "（二）培育创新主体\t\t\t\t", "改革任务\t\t\t\t", "3\t任务三。\t县统计局\t\t柯常青"]);
    expect(r.records.map((x) => x.section)).toEqual([
      ["一、抓项目", "（一）扩大有效投资", "重点项目"],
      ["一、抓项目", "（一）扩大有效投资", "民生实事"],
      ["一、抓项目", "（二）培育创新主体", "改革任务"],
    ]);
    expect(r.records.every((x) => !x.review?.length)).toBe(true);
  });
  it("an unmarked heading row under the header is no second header row, even when its words name the task (`改革任务`)", () => {
    const r = run(["一、抓项目\t\t\t\t", "（一）扩大有效投资\t\t\t\t", "改革任务\t\t\t\t", "1\t任务一。\t县发改局\t\t柯常青"]);
    expect(r.tables[0]!.columns).toEqual(["seq", "task", "units", "coUnits", "supervisors"]);
    expect(r.records.map((x) => x.section)).toEqual([["一、抓项目", "（一）扩大有效投资", "改革任务"]]);
    // counter-example: a lower header row that names units does refine the header above it
    const two = gridToRecords(tsv(["序号\t目标任务\t责任单位\t\t分管县领导", "\t\t牵头单位\t配合单位\t", "1\t任务一。\t县发改局\t县统计局\t柯常青"].join("\n")), { layout: "tsv" });
    expect(two.tables[0]!.columns).toEqual(["seq", "task", "leadUnits", "coUnits", "supervisors"]);
  });
  it("a short unmarked line in the task column after a finished task is a heading; after a cut task it continues it", () => {
    const rows = [H, "\t一、抓项目\t\t\t", "\t重点项目\t\t\t", "1\t任务一。\t县发改局\t\t柯常青", "\t民生实事\t\t\t", "2\t任务二。\t县统计局\t\t柯常青"].join("\n");
    const r = gridToRecords(tsv(rows), { layout: "tsv", wholeRows: true });
    expect(r.records.map((x) => [x.task, x.section])).toEqual([
      [["任务一。"], ["一、抓项目", "重点项目"]],
      [["任务二。"], ["一、抓项目", "民生实事"]],
    ]);
    // counter-example: where a row is one printed line (text laid out by position), the line goes on with the task
    const lined = gridToRecords(tsv(rows), { layout: "aligned" });
    expect(lined.records[0]!.task.join("")).toBe("任务一。民生实事");
    const cut = gridToRecords(tsv([H, "1\t推进城乡供水一体化\t县发改局\t\t柯常青", "\t工程建设\t\t\t", "2\t任务二。\t县统计局\t\t柯常青"].join("\n")), { layout: "tsv", wholeRows: true });
    expect(cut.records[0]!.task.join("")).toBe("推进城乡供水一体化工程建设");
    expect(cut.records[1]!.section).toEqual([]);
  });
  it("a short line in a names column where the headings stand is a heading, and the rows under it are flagged", () => {
    const H2 = "序号\t分管县领导\t目标任务\t责任单位";
    const r = gridToRecords(tsv([H2, "\t一、抓项目\t\t", "\t（一）扩大投资\t\t", "1\t柯常青\t任务一。\t县发改局", "\t（二）培育主体\t\t", "\t重点项目\t\t", "2\t柯常青\t任务二。\t县统计局"].join("\n")), { layout: "tsv" });
    expect(r.records.map((x) => x.section)).toEqual([["一、抓项目", "（一）扩大投资"], ["一、抓项目", "（二）培育主体", "重点项目"]]);
    expect(r.records.map((x) => (x.review ?? []).map((v) => v.code))).toEqual([[], ["SECTION_UNNUMBERED"]]);
    // counter-example: without headings in that column a short line there goes on with the names above
    const names = gridToRecords(tsv([H2, "1\t柯常青\t任务一。\t县发改局", "\t王建国\t\t", "2\t柯常青\t任务二。\t县统计局"].join("\n")), { layout: "tsv" });
    expect(names.records[0]!.cells.supervisors!.map((l) => l.text)).toEqual(["柯常青", "王建国"]);
  });
  it("a sentence is never an unmarked heading; it stays unplaced text with a warning", () => {
    const r = run(["1\t任务一。\t县发改局\t\t柯常青", "以上任务均须于年底前完成，请各单位抓好落实。\t\t\t\t", "2\t任务二。\t县统计局\t\t柯常青"]);
    expect(r.records.map((x) => x.section)).toEqual([[], []]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["UNPLACED_TEXT"]);
  });
  it("a row cut by a page break that goes on only in a unit column continues the record above", () => {
    const r = run(["5\t推进码头建设。\t县交通运输局 县港航\t县自然资源和规划局\t明晖", "\t\t事务中心\t\t"]);
    expect(shows(r.records[0]!.cells.units!)).toEqual(["县交通运输局 县港航", "事务中心"]);
  });
  it("task text that goes on with `2.…。` is the task's, not a heading", () => {
    const r = run(["5\t1.推进码头建设；\t县交通运输局\t\t明晖", "\t2.完成航道疏浚。\t\t\t"]);
    expect(r.records[0]!.task).toEqual(["1.推进码头建设；", "2.完成航道疏浚。"]);
    expect(r.records[0]!.section).toEqual([]);
  });
  it("a heading row whose words name a field is not read as a second header row", () => {
    const r = run(["第一部分 主要预期目标\t\t\t\t", "1\t任务一。\t县发改局\t\t柯常青"]);
    expect(r.tables[0]!.columns[0]).toBe("seq");
  });
});

describe("names: empty-cell words and division lists", () => {
  it("无 / — / ／ in a cell mean no entity", () => {
    expect(splitEntities(["无"], "unit")).toEqual([]);
    expect(splitEntities(["—"], "unit")).toEqual([]);
    expect(splitEntities(["／"], "person")).toEqual([]);
    expect(splitEntities(["暂无"], "unit")).toEqual([]);
  });
  it("a division with the kinds it covers in parentheses is a standalone collective", () => {
    expect(isStandaloneCollective("各乡镇（街道、开发区）")).toBe(true);
    expect(isStandaloneCollective("各镇(园区、街道)")).toBe(true);
    expect(isStandaloneCollective("各窗口单位（服务中心）")).toBe(false);
    expect(splitEntities(["县直有关单位各乡镇（街道、开发区）"], "unit")).toEqual(["县直有关单位", "各乡镇（街道、开发区）"]);
  });
});

describe("notice: full-width digits (a Word document pasted as text)", () => {
  it("reads the year, 文号 and date written in full-width digits, and gives the 文号 back as printed", () => {
    const n = extractNotice(lines("临政办〔２０２４〕３号\n临江市２０２４年政府工作报告重点工作分解\n临江市人民政府办公室\n２０２４年２月１日"), null, null);
    expect([n.year, n.docNumber, n.date]).toEqual([2024, "临政办〔２０２４〕３号", "2024-02-01"]);
  });
  it("counter-example: full-width numbers that are no year give none", () => {
    expect(extractNotice(lines("完成投资１２０亿元\n新建学校３所"), null, null).year).toBe(null);
  });
});

describe("notice: a news byline's date is the article's", () => {
  it("a date line with 来源：/作者：/编辑： gives the year only", () => {
    const n = extractNotice(lines("我市分解落实今年重点任务\n2024年03月05日 来源：云江日报\n本报讯 记者从市政府办公室获悉"), null, null);
    expect([n.date, n.year]).toEqual([null, 2024]);
  });
  it("counter-example: the signature's date line under the issuer is the notice's date", () => {
    const n = extractNotice(lines("各镇人民政府：\n现将方案印发给你们。\n某某县人民政府办公室\n2024年3月5日"), null, null);
    expect([n.date, n.year]).toEqual(["2024-03-05", 2024]);
  });
});

describe("notice: 文号 brackets", () => {
  it("reads ﹝﹞ and 〖〗 brackets and 第N号", () => {
    expect(extractNotice(lines("阳政办发﹝2023﹞2号"), null, null).docNumber).toBe("阳政办发﹝2023﹞2号");
    expect(extractNotice(lines("宁政发〖2022〗第15号"), null, null).docNumber).toBe("宁政发〖2022〗第15号");
  });
});

describe("csv exports", () => {
  it("is detected only with a line that splits into a table header", () => {
    expect(detectTextGrid(lines("序号,重点工作,牵头单位,分管市领导\n1,任务一。,市工信局,刘勇\n2,任务二。,市商务局,刘勇"))).toBe("csv");
    expect(detectTextGrid(lines("投资1,000万元,完成2,000亩,新增3,000人\n甲,乙,丙\n丁,戊,己"))).toBe(null);
  });
  it("one row under its header is a table (an excerpt), in tabs and in commas", () => {
    expect(detectTextGrid(lines("分解表\n序号\t目标任务\t牵头单位\t分管市领导\n1\t新建学校3所。\t市教育局\t张明 副市长\n2\t新增就业"))).toBe("tsv");
    expect(detectTextGrid(lines("序号,工作任务,责任单位,分管县领导\n1,\"新增市场主体3000户，其中企业1000户。\",县市场监管局,陈志"))).toBe("csv");
  });
  it("two tab or comma lines without a header are no table (counter-example)", () => {
    expect(detectTextGrid(lines("姓名\t单位\t职务\n张明\t市政府\t副市长\n附件"))).toBe(null);
    expect(detectTextGrid(lines("投资1,000万元,完成2,000亩\n甲,乙,丙"))).toBe(null);
    // a header alone, with no row under it, is no comma table
    expect(detectTextGrid(lines("序号,工作任务,责任单位,分管县领导\n（表格见附件）"))).toBe(null);
  });
  it("end to end: one row under its header keeps its leader's title as an annotation", async () => {
    const r = await parseText("序号\t目标任务\t牵头单位\t配合单位\t分管市领导\n1\t规模以上工业增加值增长8%。\t市工信局\t市统计局、市发改委\t张明 副市长\n2\t实际使用外资1.2亿美元");
    expect(r.tables.map((t) => t.layout)).toEqual(["tsv"]);
    expect(r.tasks[0]).toMatchObject({ seq: 1, leadUnits: ["市工信局"], coUnits: ["市统计局", "市发改委"], supervisors: ["张明（副市长）"], review: [] });
    expect(r.tasks[1]!.review.map((x) => x.code)).toEqual(["ROW_CUT"]);
  });
  it("quoted cells hold commas, doubled quotes and line breaks", () => {
    const rows = textToGrid(lines('序号,重点工作,配合单位\n1,"第一行，\n第二行""引号""。","市统计局,市税务局"\n2,任务。,'), "csv");
    expect(rows.map((r) => r.cells.map((c) => shows(c.lines)))).toEqual([
      [["序号"], ["重点工作"], ["配合单位"]],
      [["1"], ["第一行，", '第二行"引号"。'], ["市统计局,市税务局"]],
      [["2"], ["任务。"], [""]],
    ]);
  });
  it("end to end: the table's layout is named csv", async () => {
    const r = await parseText("序号,重点工作,牵头单位,分管市领导\n1,任务一。,市工信局,刘勇\n2,任务二。,市商务局,刘勇\n3,任务三。,市人社局,陈芳");
    expect(r.tables.map((t) => [t.layout, t.rowCount])).toEqual([["csv", 3]]);
    expect(r.tasks.map((t) => [t.seq, t.leadUnits, t.supervisors])).toEqual([
      [1, ["市工信局"], ["刘勇"]],
      [2, ["市商务局"], ["刘勇"]],
      [3, ["市人社局"], ["陈芳"]],
    ]);
  });
});

describe("pipe tables without outer pipes or a delimiter row", () => {
  it("are detected when a line's pipes split it into header cells", () => {
    expect(detectTextGrid(lines("附件1\n序号 | 指标名称 | 预期目标 | 责任单位\n1 | 地区生产总值 | 增长6%左右 | 县发改委\n2 | 固定资产投资 | 增长7% | 县发改委\n3 | 进出口总额 | 增长5% | 县商务局"))).toBe("markdown");
  });
  it("are not detected from pipes in page navigation or prose (counter-example)", () => {
    expect(detectTextGrid(lines("首页 | 政务公开 | 通知公告\n字号：大 | 中 | 小\n打印 | 关闭 | 收藏\n1.新建学校3所。（责任单位：县教育局）"))).toBe(null);
  });
  it("end to end: an indicator table's rows come back", async () => {
    const r = await parseText("序号 | 指标名称 | 预期目标 | 责任单位\n1 | 地区生产总值 | 增长6%左右 | 县发改委、县统计局\n2 | 固定资产投资 | 增长7% | 县发改委\n3 | 进出口总额 | 增长5% | 县商务局");
    expect(r.tasks.map((t) => [t.seq, t.units])).toEqual([
      [1, ["县发改委", "县统计局"]],
      [2, ["县发改委"]],
      [3, ["县商务局"]],
    ]);
  });
});

describe("grid: no 序号 column", () => {
  it("a task cell that starts with its number starts a record; the number is cut off; full-width text is kept", () => {
    const r = gridToRecords(tsv(["目标任务\t责任单位\t分管市领导", "一、做强产业", "1.产值突破900亿元，增长8%。\t市工信局\t易国强", "2、新建生产线10条。\t市工信局\t易国强", "１２．完成改造50个。\t市住建局\t钟小平"].join("\n")), { layout: "tsv" });
    expect(r.records.map((x) => [x.seq, x.section, x.task])).toEqual([
      [1, ["一、做强产业"], ["产值突破900亿元，增长8%。"]],
      [2, ["一、做强产业"], ["新建生产线10条。"]],
      [12, ["一、做强产业"], ["完成改造50个。"]],
    ]);
  });
  it("a decimal at the start of a task is not its number", () => {
    const r = gridToRecords(tsv(["目标任务\t责任单位\t分管市领导", "1.5%的增长目标。\t市统计局\t易国强"].join("\n")), { layout: "tsv" });
    expect(r.records).toEqual([]);
  });
});

describe("notice: cover letter in a spreadsheet export", () => {
  it("the empty cells after a cover line are not part of the title", () => {
    const n = extractNotice(lines(["浏阳市人民政府办公室关于印发2023年市政府工作报告重点工作责任分解的通知,,,,,", "浏政办函〔2023〕16号,,,,,", "浏阳市人民政府办公室,,,,,", "2023年2月28日,,,,,"].join("\n")), null, null);
    expect([n.title, n.docNumber, n.issuer, n.date]).toEqual(["浏阳市人民政府办公室关于印发2023年市政府工作报告重点工作责任分解的通知", "浏政办函〔2023〕16号", "浏阳市人民政府办公室", "2023-02-28"]);
  });
});

describe("markdown without outer pipes", () => {
  it("is a pipe table when it has a delimiter row", async () => {
    const text = ["序号 | 工作任务 | 责任单位 | 分管县领导", "--- | --- | --- | ---", "1 | 任务一。 | 县发改局 | 胡建国", "2 | 任务二。 | 县工信局、县统计局 | 李明", "3 | 任务三。 | 县财政局 | 胡建国"].join("\n");
    expect(detectTextGrid(lines(text))).toBe("markdown");
    const r = await parseText(text);
    expect(r.tasks.map((t) => [t.seq, t.units, t.supervisors])).toEqual([
      [1, ["县发改局"], ["胡建国"]],
      [2, ["县工信局", "县统计局"], ["李明"]],
      [3, ["县财政局"], ["胡建国"]],
    ]);
  });
  it("prose with a pipe and no delimiter row is no table", () => {
    expect(detectTextGrid(lines("甲 | 乙 | 丙\n丁 | 戊 | 己\n庚 | 辛 | 壬"))).toBe(null);
  });
});

describe("surnames of other provinces", () => {
  it("names with them are people, so a person column splits at them", () => {
    expect(splitEntities(["兰芳 苟建国 代小红"], "person")).toEqual(["兰芳", "苟建国", "代小红"]);
    expect(splitEntities(["冼伟明、邝敏"], "person")).toEqual(["冼伟明", "邝敏"]);
  });
});

describe("names: padded pairs and wraps after a place word", () => {
  it("padded two-character names between 、 are joined before splitting", () => {
    expect(splitEntities(["王 伟、李 强"], "person")).toEqual(["王伟", "李强"]);
    expect(splitEntities(["王伟 李 强 张小明"], "person")).toEqual(["王伟", "李强", "张小明"]);
    expect(splitEntities(["各镇镇长、街道办事处主任"], "person")).toEqual(["各镇镇长、街道办事处主任"]);
  });
  it("a short organisation body after a fragment ending in a place word is its wrapped end", () => {
    expect(splitEntities(["县农业农村局 县水利局 县乡村 振兴局"], "unit")).toEqual(["县农业农村局", "县水利局", "县乡村振兴局"]);
    expect(splitEntities(["县城关镇 卫生院"], "unit")).toEqual(["县城关镇卫生院"]);
    expect(splitEntities(["县开发区 县财政局"], "unit")).toEqual(["县开发区", "县财政局"]);
    expect(splitEntities(["各乡镇 县直有关单位"], "unit")).toEqual(["各乡镇", "县直有关单位"]);
  });
});

describe("grid: a header over two rows whose upper row names no responsibility column", () => {
  it("the rows are merged into one header (lower words win)", () => {
    const r = gridToRecords(
      tsv(["序号\t工作任务\t责任分工\t\t\t完成时限", "\t\t牵头单位\t责任单位\t分管县领导\t", "1\t任务一。\t县发改局\t县财政局\t胡建国\t12月"].join("\n")),
      { layout: "tsv" },
    );
    expect(r.tables[0]!.columns).toEqual(["seq", "task", "leadUnits", "units", "supervisors", "other"]);
    expect(showCells(r.records[0]!.cells)).toEqual({ leadUnits: ["县发改局"], units: ["县财政局"], supervisors: ["胡建国"] });
  });
  it("a data row followed by a row of header-like words is not merged", () => {
    const r = gridToRecords(tsv(["序号\t工作任务\t责任单位\t分管县领导", "1\t任务一。\t县发改局\t胡建国", "\t\t责任单位\t"].join("\n")), { layout: "tsv" });
    expect(r.records.map((x) => x.seq)).toEqual([1]);
  });
});
