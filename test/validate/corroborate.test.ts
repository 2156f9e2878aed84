import { describe, expect, it } from "vitest";
import { blankLineBetweenUnitColumns, corroborate, rowAboveFirst, strayFirstUnit, unreadRestartRuns, unreadRows, type CorroboratedTable } from "../../src/validate/corroborate.js";
import type { Diagnostic, Task } from "../../src/model/schema.js";
import { headers, task } from "../helpers/tasks.js";
import type { TableStructure } from "../../src/model/intermediate.js";
import { parseText } from "../../src/parse.js";

const table = (structure: TableStructure): CorroboratedTable => ({ index: 0, headers, structure });
/** Six well-formed rows, the one under test in the middle (seq 3). */
const rows = (middle: Partial<Task>): Task[] => [1, 2, 3, 4, 5, 6].map((s) => task(s, s === 3 ? middle : {}));
const codesOf = (d: Diagnostic[], seq = 3): string[] => d.filter((x) => x.seq === seq && x.level === "warning").map((x) => x.code);

describe("corroborate: what a well-formed record looks like", () => {
  it("leaves well-formed rows alone, whatever the structure", () => {
    for (const s of ["exact", "geometry", "text-order"] as const) expect(corroborate(rows({}), [table(s)], [])).toEqual([]);
  });

  it("flags a person's name in a unit column (any structure), not a unit", () => {
    expect(codesOf(corroborate(rows({ leadUnits: ["区发改局", "王建国"] }), [table("exact")], []))).toEqual(["UNIT_LOOKS_PERSON"]);
    expect(codesOf(corroborate(rows({ leadUnits: ["区发改局", "王庄镇"] }), [table("exact")], []))).toEqual([]);
  });

  it("flags a unit in a people column, not a role", () => {
    expect(codesOf(corroborate(rows({ supervisors: ["区财政局"] }), [table("exact")], []))).toEqual(["PERSON_LOOKS_UNIT"]);
    expect(codesOf(corroborate(rows({ supervisors: ["各镇镇长、街道办事处主任"] }), [table("exact")], []))).toEqual([]);
  });

  it("flags a 序号 or the table's own header word held as a name, not a unit that merely ends in 单位", () => {
    expect(codesOf(corroborate(rows({ units: ["各街道办事处", "分管领导"] }), [table("exact")], []))).toEqual(["FIELD_HOLDS_HEADER"]);
    expect(codesOf(corroborate(rows({ units: ["12"] }), [table("exact")], []))).toEqual(["FIELD_HOLDS_HEADER"]);
    expect(codesOf(corroborate(rows({ units: ["区直有关单位"] }), [table("exact")], []))).toEqual([]);
  });

  it("flags a name written twice in one cell", () => {
    expect(codesOf(corroborate(rows({ supervisors: ["张明华", "张明华"] }), [table("exact")], []))).toEqual(["NAME_TWICE"]);
  });
});

describe("corroborate: the stricter checks of an inferred structure", () => {
  it("a task that ends with another column's name: flagged from a dump, not from an exact table", () => {
    const r = rows({ task: "加快推进项目建设区发改局" });
    expect(codesOf(corroborate(r, [table("text-order")], []))).toEqual(["TASK_ENDS_WITH_NAME"]);
    expect(codesOf(corroborate(r, [table("exact")], []))).toEqual([]);
  });

  it("a task with another column's name inside: flagged, unless the row lists that unit itself", () => {
    const glued = rows({ task: "推进龙头企业和专精特新区发改局企业推广应用。", leadUnits: ["区工信局"] });
    expect(codesOf(corroborate(glued, [table("geometry")], []))).toEqual(["TASK_HOLDS_NAME"]);
    const about = rows({ task: "支持区发改局牵头的项目前期工作。" });
    expect(codesOf(corroborate(about, [table("geometry")], []))).toEqual([]);
  });

  it("a task that starts midway (a particle, a two-character clause) is flagged; a normal start is not", () => {
    expect(codesOf(corroborate(rows({ task: "等主题景区建设。" }), [table("text-order")], []))).toEqual(["TASK_STARTS_MIDWAY"]);
    expect(codesOf(corroborate(rows({ task: "动，推进龙头企业培优扶强工程。" }), [table("text-order")], []))).toEqual(["TASK_STARTS_MIDWAY"]);
    expect(codesOf(corroborate(rows({ task: "加快推进，确保完成。" }), [table("text-order")], []))).toEqual([]);
  });

  it("a task without a sentence end where the others have one", () => {
    expect(codesOf(corroborate(rows({ task: "一般公共预算总收入增长 8%，一般公共预" }), [table("text-order")], []))).toEqual(["TASK_UNTERMINATED"]);
    // a table whose tasks are headlines sets no such norm
    const headlines = [1, 2, 3, 4, 5, 6].map((s) => task(s, { task: `第${s}项重点工程` }));
    expect(corroborate(headlines, [table("text-order")], [])).toEqual([]);
  });

  it("an empty column between two filled rows is flagged; a run of empty cells is not", () => {
    // a norm needs nine filled rows in ten
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((s) => task(s, s === 3 ? { leadUnits: [] } : {}));
    expect(codesOf(corroborate(ten, [table("text-order")], []))).toEqual(["FIELD_EMPTY_UNUSUAL"]);
    expect(codesOf(corroborate(ten, [table("exact")], []))).toEqual([]);
    const tail = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((s) => task(s, s >= 9 ? { supervisors: [] } : {}));
    expect(corroborate(tail, [table("text-order")], [])).toEqual([]);
  });

  it("unit columns holding prose, a fragment or a person glued to a unit", () => {
    expect(codesOf(corroborate(rows({ leadUnits: ["8%一般公共预算收区财政局"] }), [table("geometry")], []))).toEqual(["UNIT_HOLDS_TEXT"]);
    expect(codesOf(corroborate(rows({ leadUnits: ["大力引进金融"] }), [table("geometry")], []))).toEqual(["UNIT_INCOMPLETE"]);
    expect(codesOf(corroborate(rows({ leadUnits: ["张明华文旅开发公司"] }), [table("geometry")], []))).toEqual(["UNIT_HOLDS_PERSON"]);
    expect(codesOf(corroborate(rows({ leadUnits: ["文旅开发公司"] }), [table("geometry")], []))).toEqual([]);
  });

  it("a task's target words inside a unit read from text order (`达到IV类以上生态环境办`); counter-examples: plain names, an exact table", () => {
    expect(codesOf(corroborate(rows({ units: ["达到IV类以上生态环境办"] }), [table("text-order")], []))).toEqual(["UNIT_HOLDS_TEXT"]);
    expect(codesOf(corroborate(rows({ units: ["稳定在Ⅳ类以上城市管理办"] }), [table("geometry")], []))).toEqual(["UNIT_HOLDS_TEXT"]);
    expect(codesOf(corroborate(rows({ units: ["生态环境办", "城市管理办"] }), [table("text-order")], []))).toEqual([]);
    expect(codesOf(corroborate(rows({ units: ["达到IV类以上生态环境办"] }), [table("exact")], []))).toEqual([]);
  });

  it("a sentence run into a unit list is flagged whatever the input kept; a unit with its bracketed note is not", () => {
    const ran = rows({ units: ["市人社局《方案》要求各责任单位要细化工作措施按月报送进展情况。"] });
    expect(codesOf(corroborate(ran, [table("exact")], []))).toEqual(["UNIT_HOLDS_TEXT"]);
    const long = rows({ units: ["市人社局方案要求各责任单位要细化工作措施按月报送进展情况并抓好落实确保按期完成任务目标"] });
    expect(codesOf(corroborate(long, [table("exact")], []))).toEqual(["UNIT_HOLDS_TEXT"]);
    // counter-examples: a long name with its note, a note ending in a full stop inside its bracket
    expect(codesOf(corroborate(rows({ units: ["晋江南岸（鲤城段）整治及景观提升项目指挥部"] }), [table("exact")], []))).toEqual([]);
    expect(codesOf(corroborate(rows({ units: ["区发改局（区重点办）"] }), [table("exact")], []))).toEqual([]);
  });
});

describe("corroborate: guesses a layout declared", () => {
  const guess = (code: string, seq = 3): Diagnostic => ({ level: "info", code, message: `第 ${seq} 项：版式的推断。请核对原文。`, table: 0, seq });

  it("raises an uncorroborated unit-column guess to a warning with the layout's own message", () => {
    const out = corroborate(rows({}), [table("text-order")], [guess("FLAT_UNIT_COLUMNS_GUESSED")]);
    expect(out).toEqual([{ ...guess("FLAT_UNIT_COLUMNS_GUESSED"), level: "warning" }]);
  });

  it("keeps it as a note when a blank line sets the two cells apart in the text", () => {
    const lines = ["3", "", "第3项工作要扎实推进。", "", "区发改局", "", "各街道办事处", "", "张明华"].map((text, i) => ({ text, line: 30 + i }));
    const out = corroborate(rows({}), [table("text-order")], [guess("FLAT_UNIT_COLUMNS_GUESSED")], () => null, lines);
    expect(out).toEqual([guess("FLAT_UNIT_COLUMNS_GUESSED")]);
    const joined = ["3", "第3项工作要扎实推进。", "区发改局", "各街道办事处", "张明华"].map((text, i) => ({ text, line: 30 + i }));
    expect(blankLineBetweenUnitColumns(task(3), table("text-order"), joined)).toBe(false);
  });

  it("a people-column guess is corroborated when the leaders pair one to one with their units", () => {
    const paired = rows({ leaders: ["王建国"], supervisors: ["张明华"] });
    const d = guess("FLAT_PERSON_COLUMNS_GUESSED");
    expect(corroborate(paired, [table("text-order")], [d], () => "leadUnits")).toEqual([d]);
    const unpaired = rows({ leaders: ["王建国", "李卫东"], supervisors: [] });
    expect(codesOf(corroborate(unpaired, [table("text-order")], [d], () => "leadUnits"))).toEqual(["FLAT_PERSON_COLUMNS_GUESSED"]);
  });

  it("an unterminated-task guess is corroborated when the task ends a sentence after all", () => {
    const d = guess("FLAT_TASK_UNTERMINATED");
    expect(corroborate(rows({}), [table("text-order")], [d])).toEqual([d]);
  });

  it("…and in a table whose tasks end no sentence (an indicator table), where ending none is the habit", () => {
    const indicators = [1, 2, 3].map((s) => task(s, { task: ["地区生产总值增长6%左右", "规模以上工业增加值增长8%", "城镇新增就业1.2万人"][s - 1]! }));
    const d = guess("FLAT_TASK_UNTERMINATED", 2);
    expect(codesOf(corroborate(indicators, [table("text-order")], [d]), 2)).toEqual([]);
  });

  it("…but not when the unit after the cut stands out: no level where every other unit of the table has one, and named once", () => {
    // an indicator table of 区 units; row 2's task was cut before `运行管理平台`, which read as its lead unit
    const units = ["区发改局", "区财政局", "区人社局", "区住建局", "区统计局"];
    const indicators = (first: string, again = false) =>
      [1, 2, 3, 4, 5, 6].map((s) =>
        task(s, { task: `第${s}项指标增长6%左右`, leadUnits: s === 2 ? [first] : [units[s % units.length]!], units: again && s === 5 ? [first] : ["各街道办事处"] }),
      );
    const d = guess("FLAT_TASK_UNTERMINATED", 2);
    const stray = indicators("运行管理平台");
    expect(strayFirstUnit(stray[1]!, stray)).toBe(true);
    expect(codesOf(corroborate(indicators("运行管理平台"), [table("text-order")], [d]), 2)).toEqual(["FLAT_TASK_UNTERMINATED"]);
    // counter-examples: a unit with its level, a unit the table names again, a table whose units carry no level
    expect(codesOf(corroborate(indicators("区大数据中心"), [table("text-order")], [d]), 2)).toEqual([]);
    expect(codesOf(corroborate(indicators("澜山软件园管委会", true), [table("text-order")], [d]), 2)).toEqual([]);
    const bare = indicators("运行管理平台").map((t) => ({ ...t, leadUnits: t.leadUnits.map((u) => u.replace(/^区/u, "")), units: ["综合执法局"] }));
    expect(codesOf(corroborate(bare, [table("text-order")], [d]), 2)).toEqual([]);
  });

  it("…and a misread row's task words among the units do not hide the habit (only names that read as an organisation's count)", () => {
    const units = ["区发改局", "区财政局", "区人社局", "区住建局", "区统计局"];
    const rowsWith = (junk: string[]) =>
      [1, 2, 3, 4, 5, 6].map((s) =>
        task(s, { task: `第${s}项指标增长6%左右`, leadUnits: s === 2 ? ["发区管委会"] : [units[s % units.length]!], units: s === 4 ? ["各街道办事处", ...junk] : ["各街道办事处"] }),
      );
    // a row read wrong leaves `完成区属国有企业整合重组,组` and a sentence among its units
    const junk = rowsWith(["完成区属国有企业整合重组,组", "全事故起数、死亡人数持续下降区应急管理局"]);
    expect(strayFirstUnit(junk[1]!, junk)).toBe(true);
    // counter-example: real units without a level are still the table's habit, and the unit stands out no more
    const mixed = rowsWith(["芦湾经济开发区管委会", "城发集团"]);
    expect(strayFirstUnit(mixed[1]!, mixed)).toBe(false);
  });

  it("…but not when the row has no unit of its own (its units filled down from the row above): the cut found names that are not the row's", () => {
    // row 2's own units ran into its task (`…10家省地方金融监管局嵩川证监局`) and its empty cells took the row above's
    const indicators = (inherit: boolean) =>
      [1, 2, 3].map((s) =>
        task(s, {
          task: ["地区生产总值增长6%左右", "新增境内外上市公司10家省地方金融监管局嵩川证监局", "城镇新增就业1.2万人"][s - 1]!,
          leadUnits: s === 2 && inherit ? ["省发展改革委"] : [["省发展改革委", "省金融局", "省人社厅"][s - 1]!],
          inherited: s === 2 && inherit ? ["leadUnits"] : [],
        }),
      );
    const d = guess("FLAT_TASK_UNTERMINATED", 2);
    expect(codesOf(corroborate(indicators(true), [table("text-order")], [d]), 2)).toEqual(["FLAT_TASK_UNTERMINATED"]);
    // counter-example: the row's own unit after the cut, in the same indicator table, stays vouched for by the habit
    expect(codesOf(corroborate(indicators(false), [table("text-order")], [d]), 2)).toEqual([]);
  });

  it("counter-example: one unterminated task among tasks that end their sentences stays a doubt", () => {
    const d = guess("FLAT_TASK_UNTERMINATED");
    expect(codesOf(corroborate(rows({ task: "推进城区雨污分流改造，完成管网建设" }), [table("text-order")], [d]))).toContain("FLAT_TASK_UNTERMINATED");
  });
});

describe("corroborate in the pipeline", () => {
  it("a tab-separated table (exact structure) of well-formed rows gets no review reason", async () => {
    const text = ["序号\t具体任务\t牵头单位\t责任单位\t分管领导", "1\t加快项目建设。\t区发改局\t各街道办事处\t张明华", "2\t扩大有效投资。\t区财政局\t区直有关单位\t李卫东"].join("\n");
    const r = await parseText(text);
    expect(r.tasks.map((t) => t.review)).toEqual([[], []]);
  });

  it("a person's name in a unit column of a tab-separated table becomes a review reason on that row", async () => {
    const text = ["序号\t具体任务\t牵头单位\t责任单位\t分管领导", "1\t加快项目建设。\t区发改局\t王建国\t张明华", "2\t扩大有效投资。\t区财政局\t区直有关单位\t李卫东"].join("\n");
    const r = await parseText(text);
    expect(r.tasks[0]!.review.map((x) => x.code)).toEqual(["UNIT_LOOKS_PERSON"]);
    expect(r.tasks[0]!.review[0]!.message).toContain("“责任单位”中的“王建国”像人名");
    expect(r.tasks[1]!.review).toEqual([]);
  });
});

describe("unreadRows: numbered lines the tables did not read", () => {
  const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
  it("names each number of a run of three or more consecutive numbered lines that no table read", () => {
    const doc = lines(["1 地区生产总值增长 8%左右。 区发改局", "2 工业增加值增长 7%。 区工信局", "3", "第三产业增加值增长 8.5%。", "4 固定资产投资增长 15%。"]);
    const d = unreadRows([task(4)], doc);
    expect(d.map((x) => [x.code, x.seq, x.line])).toEqual([
      ["ROW_NOT_READ", 1, 1],
      ["ROW_NOT_READ", 2, 2],
      ["ROW_NOT_READ", 3, 3],
    ]);
  });
  it("counter-example: numbers the tables read, a lone number (a page number), years and decimals say nothing", () => {
    const doc = lines(["1 甲。", "2 乙。", "3 丙。", "- 7 -", "12", "2023年全市工作", "1.5%的增长", "4.5 亿元"]);
    expect(unreadRows([task(1), task(2), task(3)], doc)).toEqual([]);
  });
  it("a quantity-like line that is the run's next number goes on the run (a centred 序号 before a wrapped measure word)", () => {
    const doc = lines([" 1 地区生产总值增长 6%。  区发改局", " 2 全年实施重点项目 85 个。  区发改局", " 3 开展消费季活动。  区商务局", " 4 个，实际使用外资 5000 万美元。  区商务局", " 5 及居民 1.1 万户。  区住建局"]);
    expect(unreadRows([task(9)], doc).map((x) => x.seq)).toEqual([1, 2, 3, 4, 5]);
  });
  it("counter-example: a quantity line out of the run's order breaks nothing and is named by nothing", () => {
    const doc = lines([" 1 甲。", " 2 乙。", " 3 丙。", " 30 个示范村。", " 12 月底前完成", " 4 丁。"]);
    expect(unreadRows([task(9)], doc).map((x) => x.seq)).toEqual([1, 2, 3, 4]);
    expect(unreadRows([task(9)], lines([" 5 个乡镇", " 6 个街道", " 2 乙。"]))).toEqual([]);
  });
});

describe("unreadRows: a task cell's own number after the column printed left of it", () => {
  const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
  it("a glued number after one or two pieces of a people cell, a deadline line between rows breaking no run", () => {
    const doc = lines(["       7．实际利用外资 1.5 亿美元   招商服务局   12 月", "陈 岚（党 8．举办专题招商推介活动 12 场", "                         12 月", "刘志宏（管 9．持续优化营商环境 行政审批局"]);
    expect(unreadRows([task(1)], doc).map((x) => [x.seq, x.line])).toEqual([[7, 1], [8, 2], [9, 4]]);
  });
  it("counter-example: a decimal or a number before a space after a word, and numbers read, say nothing", () => {
    const doc = lines(["工委委员） 4.2%", "增长 8 个百分点", "完成 9．5 亿元投资"]);
    expect(unreadRows([task(1)], doc)).toEqual([]);
    expect(unreadRows([task(7), task(8), task(9)], lines(["       7．实际利用外资", "陈 岚（党 8．举办专题", "刘志宏（管 9．持续优化"]))).toEqual([]);
  });
});

describe("unreadRestartRuns: numbering that starts again at 1 in a part of the table not read", () => {
  const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
  const at = (seq: number, line: number) => task(seq, { source: { line } });
  // a table flattened one cell per line, numbered 1–3 under 一、 and again 1–3 under 二、
  const flat = ["序号", "任务", "责任单位", "一、稳增长", "1", "甲。", "区发改局", "2", "乙。", "区财政局", "3", "丙。", "区商务局", "二、促改革", "1", "丁。", "区住建局", "2", "戊。", "区城管局", "3", "己。", "区交通局"];
  it("names each number of the run not read (by the running number it would take) and puts the rows read under review", () => {
    const d = unreadRestartRuns([at(1, 5), at(2, 8), at(3, 11)], lines(flat));
    expect(d.filter((x) => x.code === "ROW_NOT_READ").map((x) => [x.seq, x.line])).toEqual([[4, 15], [5, 18], [6, 21]]);
    expect(d.filter((x) => x.code === "TABLE_PARTLY_READ").map((x) => x.seq)).toEqual([1, 2, 3]);
  });
  it("a run whose later number was read as the next row of the table (1–3 | 1–4 read as 1–4): its unread opening numbers are named", () => {
    const doc = lines([...flat, "4", "庚。", "区水利局"]);
    const d = unreadRestartRuns([at(1, 5), at(2, 8), at(3, 11), at(4, 24)], doc);
    expect(d.filter((x) => x.code === "ROW_NOT_READ").map((x) => x.line)).toEqual([15, 18, 21]);
  });
  it("the same for a space-aligned table (-layout) whose first part was not read, the header printed again on the page", () => {
    const doc = lines(["序号    工作任务    责任单位", "1    甲。    区发改局", "2    乙。    区财政局", "3    丙。    区商务局", "序号    工作任务    责任单位", "1    丁。    区住建局", "2    戊。    区城管局"]);
    expect(unreadRestartRuns([at(1, 6), at(2, 7)], doc).filter((x) => x.code === "ROW_NOT_READ").map((x) => x.line)).toEqual([2, 3, 4]);
  });
  it("a stream-order run (-raw, a viewer's copy) whose task opens with a quotation mark is one run", () => {
    const doc = lines(["序号 任务 责任单位", "1 甲任务。 区发改局", "2 乙任务。 区财政局", "二、促改革", "1 丙任务。 区住建局", "2 丁任务。 区城管局", "3 “戊”任务。 区交通局", "4 己任务。 区水利局"]);
    expect(unreadRestartRuns([at(1, 2), at(2, 3)], doc).filter((x) => x.code === "ROW_NOT_READ").map((x) => x.line)).toEqual([5, 6, 7, 8]);
    // counter-example: a number, a space and Latin text (`3 PM2.5…`, a wrapped target) continues no run: two numbers are no run
    const latin = lines(["序号 任务 责任单位", "1 甲任务。 区发改局", "2 乙任务。 区财政局", "二、促改革", "1 丙任务。 区住建局", "2 丁任务，细颗粒物浓度下降", "3 PM2.5 达标。 区城管局"]);
    expect(unreadRestartRuns([at(1, 2), at(2, 3)], latin)).toEqual([]);
  });
  it("counter-examples: every part read, a second table under its own header or 附件, numbers written otherwise, a block among rows read", () => {
    expect(unreadRestartRuns([at(1, 5), at(2, 8), at(3, 11), at(4, 15), at(5, 18), at(6, 21)], lines(flat))).toEqual([]);
    const annex = [...flat.slice(0, 13), "附件2", "序号", "指标名称", "计量单位", "1", "地区生产总值", "亿元", "2", "财政收入", "亿元", "3", "失业率", "%"];
    expect(unreadRestartRuns([at(1, 5), at(2, 8), at(3, 11)], lines(annex))).toEqual([]);
    const other = [...flat.slice(0, 13), "序号", "指标名称", "计量单位", "1", "地区生产总值", "亿元", "2", "财政收入", "亿元", "3", "失业率", "%"];
    expect(unreadRestartRuns([at(1, 5), at(2, 8), at(3, 11)], lines(other))).toEqual([]);
    // a list of links after a news repost: `1.` numbering, not the rows' bare numbers
    const links = [...flat.slice(0, 13), "相关链接", "1.某县召开经济工作会议", "2.某县人大会议闭幕", "3.某县部署春耕"];
    expect(unreadRestartRuns([at(1, 5), at(2, 8), at(3, 11)], lines(links))).toEqual([]);
    // poppler's default order: the 序号 column printed as a block among the rows read
    const block = ["序号", "任务", "1", "2", "甲。", "3", "乙。", "丙。"];
    expect(unreadRestartRuns([at(1, 5), at(2, 7), at(3, 8)], lines(block))).toEqual([]);
  });
});

describe("rowAboveFirst: the row just above the first row read", () => {
  const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
  const at = (seq: number, line: number) => task(seq, { source: { line } });
  it("names the number one less than the first row's, printed a few lines above it (taken into the header)", () => {
    const doc = lines(["序          工作内容         牵头单位", "号", "1   推进工业强市战略。 市工信局", "    值增长9%。", "2   加快经开区建设。 市发改局"]);
    expect(rowAboveFirst([at(2, 5), at(3, 8)], doc).map((x) => [x.code, x.seq, x.line])).toEqual([["ROW_NOT_READ", 1, 3]]);
  });
  it("goes on up to 1: each row above numbered one less again, a number printed after a heading piece too", () => {
    const doc = lines(["序号  项目   重点任务            牵头单位", "一、稳增 1 全区地区生产总值增长6%。   区发改局", "长促发展   社会消费品零售总额增长7%。", "      2 实施区级重点项目150个。   区发改局", "      3 一般公共预算收入增长5%。  区财政局"]);
    expect(rowAboveFirst([at(3, 5)], doc).map((x) => [x.seq, x.line])).toEqual([[2, 4], [1, 2]]);
  });
  it("counter-example: a quantity after a heading's words is no number (`一、新建 3 所学校`), nor a number out of the run", () => {
    expect(rowAboveFirst([at(3, 3)], lines(["序号 任务", "一、新建学校 5 所，改扩建 2 所", "3 甲。"]))).toEqual([]);
  });
  it("counter-example: an excerpt starting late with no such line above, a table starting at 1, a number far above", () => {
    expect(rowAboveFirst([at(7, 3), at(8, 5)], lines(["序号 任务 牵头单位", "（续表）", "7 甲。", "", "8 乙。"]))).toEqual([]);
    expect(rowAboveFirst([at(1, 2), at(2, 4)], lines(["序号 任务", "1 甲。", "", "2 乙。"]))).toEqual([]);
    // the row above read as the last row of the table before (a second table numbered on)
    const before = { ...at(4, 2), table: 0 };
    expect(rowAboveFirst([before, { ...at(5, 5), table: 1 }], lines(["序号 任务", "4 乙。", "附件2", "序号 任务 牵头单位", "5 丙。"]))).toEqual([]);
    const far = lines(["6 上一份文件的第六项。", ...Array(12).fill("正文。"), "序号 任务", "7 甲。"]);
    expect(rowAboveFirst([at(7, 15)], far)).toEqual([]);
  });
});

describe("corroborate: section headings of an inferred structure", () => {
  const withSections = (middle: string[]): Task[] =>
    [1, 2, 3, 4, 5, 6].map((s) => task(s, { section: s === 3 ? middle : s < 3 ? ["一、稳增长", "（一）扩大有效投资"] : ["二、促改革", "（二）优化营商环境"] }));
  it("a heading cut short after its marker, or an unmarked heading among marked ones, is flagged", () => {
    expect(codesOf(corroborate(withSections(["三、构", "（一）四大优势主导产业"]), [table("text-order")], []))).toEqual(["SECTION_DOUBT"]);
    expect(codesOf(corroborate(withSections(["加快爱国路周边、鲤城酒店周边", "（二）优化营商环境"]), [table("text-order")], []))).toEqual(["SECTION_DOUBT"]);
  });
  it("counter-example: a full heading; the same cut heading read from an exact table", () => {
    expect(codesOf(corroborate(withSections(["三、构建现代产业体系", "（一）四大优势主导产业"]), [table("text-order")], []))).toEqual([]);
    expect(codesOf(corroborate(withSections(["三、构", "（一）四大优势主导产业"]), [table("exact")], []))).toEqual([]);
  });
});

describe("corroborate: text glued before a unit the document names", () => {
  it("flags `…改革试点成农水局` when 农水局 is a unit of the document; not `泉港区农水局` (a place before it)", () => {
    const glued = [1, 2, 3, 4, 5, 6].map((s) => task(s, { leadUnits: s === 3 ? ["村集体产权制度等改革试点成农水局"] : ["农水局"] }));
    expect(codesOf(corroborate(glued, [table("text-order")], []))).toEqual(["UNIT_HOLDS_TEXT"]);
    const placed = [1, 2, 3, 4, 5, 6].map((s) => task(s, { leadUnits: s === 3 ? ["泉港区农水局"] : ["农水局"] }));
    expect(codesOf(corroborate(placed, [table("text-order")], []))).toEqual([]);
  });
  it("an unruled PDF table (stream): an empty people cell where other rows have one may be part of a merged cell printed mid-span", () => {
    // 梁振国 printed once at the middle of the rows his merged cell covers: the rows above and below it are empty
    const seven = [1, 2, 3, 4, 5, 6, 7].map((s) => task(s, { supervisors: s === 4 ? ["梁振国"] : [] }));
    const stream: CorroboratedTable = { ...table("geometry"), layout: "stream" };
    expect(corroborate(seven, [stream], []).map((d) => [d.code, d.seq])).toEqual([1, 2, 3, 5, 6, 7].map((s) => ["FIELD_EMPTY_MAYBE_MERGED", s]));
    // counter-examples: a ruled table shows its merges; text read by position (-layout) prints a merged cell in its
    // first row (LibreOffice, Word), so only the rows under the filled one are in doubt; a column no row fills is no merged column
    expect(corroborate(seven, [table("exact")], [])).toEqual([]);
    expect(corroborate(seven, [{ ...table("geometry"), layout: "aligned" }], []).map((d) => [d.code, d.seq])).toEqual([5, 6, 7].map((s) => ["FIELD_EMPTY_MAYBE_MERGED", s]));
    expect(corroborate([1, 2, 3].map((s) => task(s, { supervisors: [] })), [stream], [])).toEqual([]);
  });
  it("an empty people cell between filled ones: a doubt in a text dump, not in an aligned or ruled table", () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((s) => task(s, s === 3 ? { supervisors: [] } : {}));
    expect(codesOf(corroborate(ten, [table("text-order")], []))).toEqual(["FIELD_EMPTY_UNUSUAL"]);
    expect(codesOf(corroborate(ten, [table("geometry")], []))).toEqual([]);
  });
});

describe("corroborate: a person-column cut the other rows vouch for (vouchPersonCuts)", () => {
  // 序号 | 具体任务 | 牵头单位 | 责任人 | 分管领导: each 责任人 pairs with a 牵头单位
  const people = (seq: number, over: Partial<Task> = {}): Task =>
    task(seq, { leadUnits: ["区发改局"], units: [], leaders: [["李卫东", "赵国强", "王建国", "孙志刚", "周海涛", "吴晓东"][seq - 1]!], supervisors: [seq % 2 ? "张明华" : "陈相成"], ...over });
  const doc = (middle: Partial<Task>, others: (t: Task) => Task = (t) => t): Task[] => [1, 2, 3, 4, 5, 6].map((s) => (s === 3 ? people(3, middle) : others(people(s))));
  const cut = (seq = 3): Diagnostic => ({ level: "warning", code: "FLAT_PERSON_COLUMNS_GUESSED", message: `第 ${seq} 项“责任人”与“分管领导”连在一起印出，只能按单位数划分。请核对原文。`, table: 0, seq });
  const run = (tasks: Task[], d: Diagnostic[] = [cut()]) => corroborate(tasks, [table("text-order")], d, () => "leadUnits");
  const levelOf = (d: Diagnostic[], seq = 3) => d.filter((x) => x.seq === seq && /FLAT_PERSON_COLUMNS/.test(x.code)).map((x) => `${x.level}:${x.code}`);

  it("lowers the guess to a note when the leaders pair with the units and each side's people are where the other rows put them", () => {
    const out = run(doc({ leadUnits: ["区发改局", "区财政局"], leaders: ["王建国", "钱立新"], supervisors: ["张明华", "陈相成"] }));
    expect(levelOf(out)).toEqual(["info:FLAT_PERSON_COLUMNS_BY_DOCUMENT"]);
    expect(out.find((x) => x.seq === 3)!.message).toContain("张明华、陈相成在其他行都是“分管领导”");
  });

  it("counter-example: a 责任人 of the row who is a 分管领导 elsewhere (the cut may belong before them) stays a doubt", () => {
    expect(levelOf(run(doc({ leadUnits: ["区发改局", "区财政局"], leaders: ["王建国", "陈相成"], supervisors: ["张明华"] })))).toEqual(["warning:FLAT_PERSON_COLUMNS_GUESSED"]);
  });

  it("counter-example: a 分管领导 seen nowhere else, or a 责任人 elsewhere, stays a doubt", () => {
    expect(levelOf(run(doc({ supervisors: ["刘玉强"] })))).toEqual(["warning:FLAT_PERSON_COLUMNS_GUESSED"]);
    expect(levelOf(run(doc({ supervisors: ["张明华", "李卫东"] }, (t) => t)))).toEqual(["warning:FLAT_PERSON_COLUMNS_GUESSED"]);
  });

  it("counter-example: leaders that do not count as many as their units, or no 分管领导 at all, stay a doubt", () => {
    expect(levelOf(run(doc({ leadUnits: ["区发改局", "区财政局"], leaders: ["王建国"], supervisors: ["张明华"] })))).toEqual(["warning:FLAT_PERSON_COLUMNS_GUESSED"]);
    expect(levelOf(run(doc({ supervisors: [] })))).toEqual(["warning:FLAT_PERSON_COLUMNS_GUESSED"]);
    // a table whose leaders pair with no units
    expect(levelOf(corroborate(doc({}), [table("text-order")], [cut()], () => null))).toEqual(["warning:FLAT_PERSON_COLUMNS_GUESSED"]);
  });

  it("counter-example: other rows that copied the row's people down (merged cells), or whose own cut is in doubt, vouch for nothing", () => {
    const copied = doc({ supervisors: ["刘玉强"] }, (t) => (t.seq === 4 ? { ...t, supervisors: ["刘玉强"], inherited: ["supervisors"] } : t));
    expect(levelOf(run(copied))).toEqual(["warning:FLAT_PERSON_COLUMNS_GUESSED"]);
    const doubted = doc({ supervisors: ["刘玉强"] }, (t) => (t.seq === 5 ? { ...t, supervisors: ["刘玉强"] } : t));
    expect(levelOf(run(doubted, [cut(), cut(5)]))).toEqual(["warning:FLAT_PERSON_COLUMNS_GUESSED"]);
    // the same row 5 without a doubt of its own vouches
    expect(levelOf(run(doubted))).toEqual(["info:FLAT_PERSON_COLUMNS_BY_DOCUMENT"]);
  });
});

describe("corroborate: counts against the unit column the table's leaders pair with (vouchByLeaderCounts)", () => {
  // 序号 | 具体任务 | 牵头单位 | 责任单位 | 责任领导 | 分管领导: the header pairs 责任领导 with 责任单位 (nearest), the document one per 牵头单位
  const hdr = [...headers.slice(0, 4), { text: "责任领导", field: "leaders" as const }, headers[4]!];
  const t6: CorroboratedTable = { index: 0, headers: hdr, structure: "text-order", layout: "flat" };
  const names = ["孙德胜", "许海燕", "朱红梅", "何晓东", "王瑾", "钱蕾"];
  const row = (seq: number, over: Partial<Task> = {}): Task =>
    task(seq, { leadUnits: ["区发改委"], units: ["区统计局", "各街道"], leaders: [names[seq - 1]!], supervisors: ["周立新"], ...over });
  const mismatch = (seq: number): Diagnostic => ({ level: "warning", code: "LEADER_COUNT_MISMATCH", message: `第 ${seq} 项有 2 个单位、1 位责任人，无法一一对应；已保留两列原样，未配对。请核对原文。`, table: 0, seq });
  const cutGuess = (seq: number): Diagnostic => ({ level: "warning", code: "FLAT_UNIT_COLUMNS_GUESSED", message: `第 ${seq} 项的单位分属“牵头单位”“责任单位”几列，原文已无列界；已按全文其他行判断，把区发改委归入“牵头单位”，其余归入下一列，但其中有单位在其他行未见或两列都见过。请核对原文。`, table: 0, seq });
  const run = (tasks: Task[], d: Diagnostic[]) => corroborate(tasks, [t6], d, () => "units");
  const codes = (d: Diagnostic[], seq: number) => d.filter((x) => x.seq === seq && /LEADER_COUNT|UNIT_COLUMNS/.test(x.code)).map((x) => `${x.level}:${x.code}`);
  const doc = (over: Record<number, Partial<Task>> = {}) => [1, 2, 3, 4, 5, 6].map((s) => row(s, over[s] ?? {}));

  it("lowers a count mismatch to a note where every undoubted row has as many leaders as 牵头单位", () => {
    const out = run(doc(), [1, 2, 3, 4, 5, 6].map(mismatch));
    expect(codes(out, 3)).toEqual(["info:LEADER_COUNT_BY_OTHER_COLUMN"]);
    expect(out.find((x) => x.seq === 3)!.message).toContain("“责任领导”对应的是“牵头单位”");
  });

  it("counter-example: a row whose leaders do not count as many as its 牵头单位 (a cut that took a unit too many) stays a doubt", () => {
    const out = run(doc({ 3: { leadUnits: ["区发改委", "区统计局"], units: ["各街道"] } }), [mismatch(1), mismatch(2), mismatch(3), cutGuess(3), mismatch(4), mismatch(5), mismatch(6)]);
    expect(codes(out, 3)).toEqual(["warning:LEADER_COUNT_MISMATCH", "warning:FLAT_UNIT_COLUMNS_GUESSED"]);
    expect(codes(out, 4)).toEqual(["info:LEADER_COUNT_BY_OTHER_COLUMN"]);
  });

  it("a guessed lead/responsible cut that gives as many 牵头单位 as leaders is pinned by the count; one with a doubt about its people is not", () => {
    const out = run(doc(), [1, 2, 3, 4, 5, 6].map(mismatch).concat([cutGuess(3)]));
    expect(codes(out, 3)).toEqual(["info:LEADER_COUNT_BY_OTHER_COLUMN", "info:FLAT_UNIT_COLUMNS_BY_LEADERS"]);
    const person: Diagnostic = { level: "warning", code: "FLAT_PERSON_COLUMNS_GUESSED", message: "第 3 项人员分界。请核对原文。", table: 0, seq: 3 };
    expect(codes(run(doc(), [...[1, 2, 3, 4, 5, 6].map(mismatch), cutGuess(3), person]), 3)).toContain("warning:FLAT_UNIT_COLUMNS_GUESSED");
  });

  it("counter-example: one undoubted row that pairs its leaders otherwise, or too few voting rows, vouches for nothing", () => {
    // row 5: two 牵头单位, one leader, no doubt of its own besides the count — the table does not pair leaders with 牵头单位
    const out = run(doc({ 5: { leadUnits: ["区发改委", "区财政局"], units: ["各街道"] } }), [1, 2, 3, 4, 5, 6].map(mismatch));
    expect(codes(out, 3)).toEqual(["warning:LEADER_COUNT_MISMATCH"]);
    // four of six rows doubted otherwise: two voters are too few
    const other = (seq: number): Diagnostic => ({ level: "warning", code: "FLAT_STRAY_PROSE", message: "x", table: 0, seq });
    expect(codes(run(doc(), [...[1, 2, 3, 4, 5, 6].map(mismatch), other(1), other(2), other(4), other(5)]), 3)).toEqual(["warning:LEADER_COUNT_MISMATCH"]);
    // a table whose rows mostly have as many 责任单位 as leaders: the header's pairing holds, nothing lowered
    const usual = doc({ 1: { units: ["区统计局"] }, 2: { units: ["区统计局"] }, 4: { units: ["区统计局"] }, 5: { units: ["区统计局"] }, 6: { units: ["区统计局"] } });
    expect(codes(run(usual, [mismatch(3)]), 3)).toEqual(["warning:LEADER_COUNT_MISMATCH"]);
  });
});
