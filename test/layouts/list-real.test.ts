// Rules for what real published notices do (issue 15 §1), one class per block, each with a
// counter-example: text that looks alike and must not be read the same way.
import { describe, expect, it } from "vitest";
import { extractTrailing, parseLabelLine, parseResponsibility } from "../../src/layouts/list/labels.js";
import { isTimeClause, parseRoles } from "../../src/layouts/list/roles.js";
import { readNumbering } from "../../src/layouts/list/numbering.js";
import { findFlattenedTables } from "../../src/layouts/list/flattened.js";
import { toBlocks } from "../../src/layouts/list/blocks.js";
import { isFurniture, isHeadingText } from "../../src/layouts/list/region.js";
import { layoutNamed } from "../../src/layouts/registry.js";
import { DEFAULT_SETTINGS } from "../../src/model/settings.js";
import { parseText } from "../../src/parse.js";
import type { Result } from "../../src/model/schema.js";

const lines = (text: string) => text.split("\n").map((t, i) => ({ text: t, line: i + 1 }));
const doc = (text: string) => ({ source: { file: "-", format: "txt" as const, sha256: "0".repeat(64), encoding: "utf-8" }, lines: lines(text), diagnostics: [] });
const listLayout = { detect: (d: ReturnType<typeof doc>) => layoutNamed("list").detect(d, DEFAULT_SETTINGS) };
const rows = (r: Result) => r.tasks.map((t) => ({ seq: t.seq, section: t.section, task: t.task, lead: t.leadUnits, units: t.units, co: t.coUnits, review: t.review.map((x) => x.code) }));
const textBlock = (text: string) => toBlocks(lines(text))[0]!;

describe("news furniture is never a heading, title or task", () => {
  it.each([
    "13.03.2015  07:51",
    "2023-01-05 10:00 区人民政府办公室",
    "编辑: admin 时间: 4年前 访问次数: 0",
    "来源：青川日报",
    "三秦都市报记者张维",
    "详见三秦网",
    "……",
    "国发〔2020〕6号",
  ])("%s", (line) => {
    expect(isFurniture(line)).toBe(true);
    expect(isHeadingText(textBlock(line))).toBe(false);
  });

  it.each(["加强基础设施建设", "一、主要预期指标", "2024年重点工作", "记者节活动安排"])("counter-example: %s is a heading", (line) => {
    expect(isFurniture(line)).toBe(false);
    expect(isHeadingText(textBlock(line))).toBe(true);
  });

  it("a short line stating a figure is a target repeated by a news lead, not a heading", () => {
    expect(isHeadingText(textBlock("地区生产总值增长5%左右"))).toBe(false);
    expect(isHeadingText(textBlock("新增城镇就业1.2万人"))).toBe(false);
    // counter-example: a heading with a year but no figure
    expect(isHeadingText(textBlock("2023年七个方面主要工作安排"))).toBe(true);
  });

  it("a timestamp between the title and the tasks does not become a section", async () => {
    const r = await parseText(
      ["陕北《政府工作报告》部门分工确定", "", "21.02.2016  08:15", "", "记者昨日获悉，省政府就落实《政府工作报告》中的重点工作提出分工意见。", "", "1、推进煤炭就地转化。（省发改委、省能源局等负责）", "", "2、建设现代物流体系。（省商务厅牵头）", "", "详见某某网", "", "某某日报记者王明"].join("\n"),
    );
    expect(rows(r).map((x) => [x.seq, x.section, x.lead, x.units])).toEqual([
      [1, [], [], ["省发改委", "省能源局"]],
      [2, [], ["省商务厅"], []],
    ]);
    expect(r.notice.year).toBe(2016);
  });
});

describe("cover lines above the list are not its headings", () => {
  it("drops an un-numbered 'heading' followed by prose before the first task, keeps the numbered ones", async () => {
    const r = await parseText(
      ["某某省人民政府关于落实《政府工作报告》", "重点工作部门分工的意见", "某政发〔2020〕6号", "各市人民政府，省直各部门：", "现就《政府工作报告》确定的重点工作，提出部门分工意见如下：", "一、稳住经济基本盘", "（一）总体要求。", "1.推动经济运行在合理区间。（省发展改革委牵头，年内持续推进）", "2.保持物价基本稳定。（省发展改革委、省市场监管局负责）"].join("\n"),
    );
    expect(rows(r).map((x) => [x.seq, x.section, x.review])).toEqual([
      [1, ["一、稳住经济基本盘", "（一）总体要求。"], []],
      [2, ["一、稳住经济基本盘", "（一）总体要求。"], []],
    ]);
  });

  it("flags an un-numbered heading right above the first task (it might be a cover line), not one between tasks", async () => {
    const r = await parseText(
      ["2023年重点工作任务分解", "", "稳增长促发展", "", "1.完成投资100亿元。（牵头单位：区发改局）", "", "惠民生补短板", "", "2.新增学位2000个。（牵头单位：区教育局）"].join("\n"),
    );
    expect(rows(r).map((x) => [x.seq, x.section, x.review])).toEqual([
      [1, ["稳增长促发展"], ["SECTION_UNNUMBERED"]],
      [2, ["惠民生补短板"], []],
    ]);
  });
});

describe("a short line after a blank line under a short heading is the next heading", () => {
  it("gives three heading levels, the last un-numbered", async () => {
    const r = await parseText(
      ["二、主要工作安排", "", "（一）做强增长引擎", "", "加强基础设施建设", "", "1.启动南外环公路建设。（牵头单位：区交通局）", "", "2.建成公交枢纽。（牵头单位：区交通局）"].join("\n"),
    );
    expect(rows(r).map((x) => x.section)).toEqual([
      ["二、主要工作安排", "（一）做强增长引擎", "加强基础设施建设"],
      ["二、主要工作安排", "（一）做强增长引擎", "加强基础设施建设"],
    ]);
  });

  it("counter-example: a task wrapped without a blank line, or a long line wrapped after one, goes on", async () => {
    const r = await parseText(["1.加快推进城北片区道路", "及配套管网建设。（牵头单位：区住建局）", "", "2.建成公交枢纽。（牵头单位：区交通局）"].join("\n"));
    expect(r.tasks.map((t) => t.task)).toEqual(["加快推进城北片区道路及配套管网建设。", "建成公交枢纽。"]);
    const long = "1.加快推进城北片区道路及配套管网建设，同步实施雨污分流改造和老旧管网更新工程并完成城区主干道路面";
    const w = await parseText([long, "", "提升改造。（牵头单位：区住建局）", "", "2.建成公交枢纽。（牵头单位：区交通局）"].join("\n"));
    expect(w.tasks.map((t) => t.task)).toEqual([`${long.slice(2)}提升改造。`, "建成公交枢纽。"]);
  });
});

describe("one whole task is enough under a decomposition's title", () => {
  const one = ["1.落实减税降费政策，全年减负2亿元。", "牵头单位：县财政局；责任单位：县税务局", "2.加快推进重大项目前期工作，力争"];

  it("reads an excerpt with one labelled task and flags the cut one", async () => {
    const r = await parseText(["附件", "2022年县政府工作报告重点任务责任分解", ...one].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.lead, x.units, x.review])).toEqual([
      [1, ["县财政局"], ["县税务局"], []],
      [2, [], [], ["NO_UNIT"]],
    ]);
    // with people labels only, the layout says it itself (validation does not look for units there)
    const people = await parseText(["2022年县政府工作报告重点任务责任分解", "1.落实减税降费政策。", "责任领导：王明", "2.加快推进重大项目前期工作，力争"].join("\n"));
    expect(rows(people).map((x) => [x.seq, x.review])).toEqual([
      [1, []],
      [2, ["NO_RESPONSIBILITY"]],
    ]);
    // weak evidence: ranked below the flat layout (5), like a flattened table without marks
    expect(listLayout.detect(doc(["2022年县政府工作报告重点任务责任分解", ...one].join("\n")))).toBe(DEFAULT_SETTINGS.scores.listUnmarkedFlat);
  });

  it("counter-example: one paragraph with one label and without such a title is no list", async () => {
    const oneRole = [one[0]!, "牵头单位：县财政局", one[2]!];
    expect(listLayout.detect(doc(["2022年县政府工作报告", ...oneRole].join("\n")))).toBe(0);
    await expect(parseText(["2022年县政府工作报告", ...oneRole].join("\n"))).rejects.toMatchObject({ code: "NO_TABLE" });
  });

  it("one paragraph that gives two roles (牵头单位 and 责任单位) is a task even without such a title", async () => {
    const r = await parseText(["2022年县政府工作报告", ...one].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.lead, x.units])).toEqual([
      [1, ["县财政局"], ["县税务局"]],
      [2, [], []],
    ]);
    expect(r.tasks[1]!.review.length).toBeGreaterThan(0);
  });
});

describe("an excerpt cut inside the last name", () => {
  it("flags the last record when the text ends inside its last name", async () => {
    const r = await parseText(["2023年重点工作目标任务分解", "1.地区生产总值增长5%左右。", "牵头单位：区发改委", "2.社会消费品零售总额增长6%左右。", "牵头单位：区商"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.lead, x.review])).toEqual([
      [1, ["区发改委"], []],
      [2, ["区商"], ["TEXT_CUT"]],
    ]);
  });

  it("counter-example: a text that ends after a whole name, or a fragment not at the end, is not flagged so", async () => {
    const whole = await parseText(["2023年重点工作目标任务分解", "1.地区生产总值增长5%左右。", "牵头单位：区发改委", "2.社会消费品零售总额增长6%左右。", "牵头单位：区商务委"].join("\n"));
    expect(rows(whole).map((x) => x.review)).toEqual([[], []]);
    const inside = await parseText(["2023年重点工作目标任务分解", "1.地区生产总值增长5%左右。", "牵头单位：区商", "2.社会消费品零售总额增长6%左右。", "牵头单位：区商务委"].join("\n"));
    expect(rows(inside).map((x) => x.review)).toEqual([[], []]);
  });
});

describe("a time clause in a role bracket is no unit", () => {
  it.each(["年内持续推进", "2024年底前完成", "9月底前出台相关政策", "长期坚持", "分阶段实施", "逐步推进"])("%s is a time clause", (c) => {
    expect(isTimeClause(c)).toBe(true);
  });

  it.each(["区发改局", "各州市人民政府", "县局负责实施", "年鉴编辑部", "长江办"])("counter-example: %s is not", (c) => {
    expect(isTimeClause(c)).toBe(false);
  });

  it("reads the roles and drops the deadline after them", () => {
    const r = parseResponsibility("国务院各部门分别负责，年内持续推进", true)!;
    expect([r.cells, r.deadlines]).toEqual([{ units: ["国务院各部门"] }, ["年内持续推进"]]);
    const t = extractTrailing("全面建成小康社会。（国务院各部门分别负责，年内持续推进）");
    expect([t.task, t.found!.cells]).toEqual(["全面建成小康社会。", { units: ["国务院各部门"] }]);
  });

  it("counter-example: a name after the last verb stays a name, flagged as a guess", () => {
    const r = parseRoles("区发改局牵头，区财政局配合，区统计局")!;
    expect([r.cells, r.unverbed, r.deadlines]).toEqual([{ leadUnits: ["区发改局"], coUnits: ["区财政局", "区统计局"] }, ["区统计局"], []]);
  });

  it("a clause without its own verb before 配合 is a guess; before 负责 it is not", () => {
    expect(parseRoles("各州市人民政府，省自然资源厅配合")!.unverbed).toEqual(["各州市人民政府"]);
    expect(parseRoles("市民政局，市财政局负责")!.unverbed).toEqual([]);
  });

  it("reports the dropped clauses once per table", async () => {
    const r = await parseText(["重点工作部门分工", "1.稳就业。（人社厅牵头，年内持续推进）", "2.保民生。（民政厅负责，2025年底前完成）"].join("\n"));
    expect(r.diagnostics.filter((d) => d.code === "LIST_DEADLINE_DROPPED").map((d) => d.level)).toEqual(["info"]);
    expect(r.tasks.map((t) => t.task)).toEqual(["稳就业。", "保民生。"]);
  });
});

describe("the first-listed note on the first label", () => {
  const list = (note: string) =>
    ["2020年政府工作报告重点工作责任分解", "一、市长主抓重点工作", "1.支持企业发展。", `责任单位：市经信局、市财政局、市税务局${note}`, "2.深化改革。", "责任单位：市发改委、市司法局"].join("\n");

  it("hedged (…牵头单位或汇总单位): not an annotation of the last unit, nothing promoted, said once", async () => {
    const r = await parseText(list("（列第一位者为工作牵头单位或汇总单位，下同）"));
    expect(rows(r).map((x) => [x.lead, x.units, x.review])).toEqual([
      [[], ["市经信局", "市财政局", "市税务局"], []],
      [[], ["市发改委", "市司法局"], []],
    ]);
    expect(r.diagnostics.map((d) => d.code)).toContain("LIST_FIRST_IS_LEAD_HEDGED");
  });

  it("counter-example: a plain note promotes the first unit when asked (--first-listed-lead), and the record says so", async () => {
    const r = await parseText(list("（列第一位者为牵头单位，下同）"), { firstListedLead: true });
    expect(rows(r).map((x) => [x.lead, x.units, x.review])).toEqual([
      [["市经信局"], ["市财政局", "市税务局"], ["LEAD_FROM_FIRST_LISTED"]],
      [["市发改委"], ["市司法局"], ["LEAD_FROM_FIRST_LISTED"]],
    ]);
  });

  it("by default a plain note keeps every unit under its label (units) and is reported once", async () => {
    const r = await parseText(list("（列第一位者为牵头单位，下同）"));
    expect(rows(r).map((x) => [x.lead, x.units, x.review])).toEqual([
      [[], ["市经信局", "市财政局", "市税务局"], []],
      [[], ["市发改委", "市司法局"], []],
    ]);
    expect(r.diagnostics.filter((d) => d.code === "FIRST_LISTED_NOTE").map((d) => [d.level, d.table])).toEqual([["info", 0]]);
  });

  it("a unit's own annotation is kept", () => {
    expect(parseLabelLine("责任单位：市发改委（市重点办）、市财政局")!.cells).toEqual({ units: ["市发改委（市重点办）、市财政局"] });
  });
});

describe("tasks without numbers, each a paragraph over its label lines", () => {
  it("numbers them in order, under 第X部分 headings; a sentence is not flagged, a bare line is", async () => {
    const r = await parseText(
      ["县2024年重点工作责任分工", "", "第一部分 主要预期目标", "", "地区生产总值增长6.5%左右。", "牵头单位：县发改局", "", "第二部分 重点工作", "", "县城北片区道路建设", "牵头单位：县住建局", "配合单位：县交通局"].join("\n"),
    );
    expect(rows(r).map((x) => [x.seq, x.section, x.task, x.lead, x.co, x.review])).toEqual([
      [1, ["第一部分主要预期目标"], "地区生产总值增长6.5%左右。", ["县发改局"], [], []],
      [2, ["第二部分重点工作"], "县城北片区道路建设", ["县住建局"], ["县交通局"], ["TASK_UNNUMBERED"]],
    ]);
    expect(r.diagnostics.map((d) => d.code)).toContain("LIST_UNNUMBERED_TASKS");
  });

  it("counter-example: a paragraph between a numbered task (a sentence) and its labels is more of that task", async () => {
    const r = await parseText(["2023年重点工作任务分解", "1.实施城市更新行动，完成老旧小区改造20个。", "", "同步推进加装电梯和停车设施建设。", "", "牵头单位：区住建局", "", "2.新建公园绿地5处。", "", "牵头单位：区城管局"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.task, x.lead, x.review])).toEqual([
      [1, "实施城市更新行动，完成老旧小区改造20个。同步推进加装电梯和停车设施建设。", ["区住建局"], []],
      [2, "新建公园绿地5处。", ["区城管局"], []],
    ]);
    // but under a numbered heading (no sentence) the paragraph is a task of its own
    const h = await parseText(["2023年重点工作任务分解", "（一）主要预期目标", "", "地区生产总值增长6%。", "牵头单位：区发改局"].join("\n"));
    expect(rows(h).map((x) => [x.seq, x.section, x.task])).toEqual([[1, ["（一）主要预期目标"], "地区生产总值增长6%。"]]);
  });

  it("counter-example: an addressee or a line ending with a colon above a label is no task", () => {
    const blocks = toBlocks(lines("各有关单位：\n牵头单位：县发改局"));
    expect(blocks.map((b) => b.kind)).toEqual(["text", "label"]);
  });

  it("第X部分 numbers headings, 第X项 numbers tasks", () => {
    expect(readNumbering("第二部分 重点工作")?.style).toBe("part");
    expect(readNumbering("第二项 完成投资")?.style).toBe("ordinal");
  });
});

describe("tables flattened one cell per line", () => {
  const spaced = (cells: string[]) => cells.join("\n\n");

  it("reads several attachment tables in a row, with a 完成时限 column in the header", () => {
    const text = spaced(["附件1", "主要预期目标分解表", "序号", "预期目标", "责任单位", "完成时限", "1", "增长6%左右", "区发展改革委", "12月底", "2", "增长8%", "区经济信息委", "12月底", "附件2", "重点任务分解表", "序号", "工作任务", "牵头单位", "配合单位", "1", "建成数据中心。", "区大数据局", "区财政局"]);
    const tables = findFlattenedTables(lines(text));
    expect(tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.lines.map((l) => l.text).join(""))))).toEqual([
      [["主要预期目标分解表"], ["序号", "预期目标", "责任单位", "完成时限"], ["1", "增长6%左右", "区发展改革委", "12月底"], ["2", "增长8%", "区经济信息委", "12月底"]],
      [["重点任务分解表"], ["序号", "工作任务", "牵头单位", "配合单位"], ["1", "建成数据中心。", "区大数据局", "区财政局"]],
    ]);
    expect(tables.map((t) => t.regular)).toEqual([true, false]); // the second has one whole row only
    expect(listLayout.detect(doc(text))).toBe(8);
  });

  it("reads one-line cells without marks or blank lines when every row is whole and the table ends cleanly", () => {
    const text = ["2025年重点工作及责任清单", "序号", "重点工作", "责任领导", "责任单位", "完成时限", "1", "优化项目服务机制。", "叶林", "招商部、安商部", "全年", "2", "盘活存量土地400亩。", "马明", "改革办", "全年", "3", "提升园区承载能力。", "张峰", "规划建设局", "6月底", "抄送：区委办"].join("\n");
    const [t] = findFlattenedTables(lines(text));
    expect(t!.regular).toBe(true);
    expect(t!.rows.slice(2).map((r) => r.cells.map((c) => c.lines.map((l) => l.text).join("")))).toEqual([
      ["1", "优化项目服务机制。", "叶林", "招商部、安商部", "全年"],
      ["2", "盘活存量土地400亩。", "马明", "改革办", "全年"],
      ["3", "提升园区承载能力。", "张峰", "规划建设局", "6月底"],
    ]);
    expect(listLayout.detect(doc(text))).toBe(8);
    // counter-example: the same with the second row missing a cell the cells' kinds cannot place as merged from the
    // row above (its task: each row has its own) is not regular (a dump loses empty cells)
    const short = text.replace("盘活存量土地400亩。\n", "");
    expect(findFlattenedTables(lines(short))[0]!.regular).toBe(false);
    // while a missing 责任领导 cell, merged from the row above (a web page's rowspan), keeps it regular, the row flagged
    const merged = findFlattenedTables(lines(text.replace("马明\n", "")))[0]!;
    expect(merged.regular).toBe(true);
    expect([...merged.review.values()].flat().map((r) => r.code)).toEqual(["CELL_MERGED_ABOVE"]);
  });

  it("counter-example: a PDF dump whose cells go on in another shape is left to the flat layout", () => {
    const text = ["序号", "", "工作任务", "", "责任单位", "", "责任人", "", "1", "", "扩大投资。", "", "县发改局", "", "县财政局", "", "刘洋", "", "2 加强监测。 县统计局 吴昊"].join("\n");
    expect(findFlattenedTables(lines(text))[0]!.regular).toBe(false);
    expect(listLayout.detect(doc(text))).toBe(3);
  });

  it("flags a row with fewer cells than the header (a merged or empty cell, or the text cut off)", () => {
    const text = ["序号 |", "任务 |", "牵头单位 |", "责任单位 |", "1 |", "扩大投资。 |", "县发改局 |", "各乡镇 |", "2 |", "燃气改造。 |", "县住建局 |", "3 |", "公路提质。 |"].join("\n");
    const [t] = findFlattenedTables(lines(text));
    expect(t!.rows.slice(1).map((r) => r.cells.length)).toEqual([4, 3, 2]);
    expect([...t!.review.entries()].map(([line, r]) => [line, r.map((x) => x.code)])).toEqual([
      [9, ["FLAT_ROW_INCOMPLETE"]],
      [12, ["FLAT_ROW_INCOMPLETE"]],
    ]);
  });

  it("a row one cell longer than the header, its second cell short: a category merged down over the rows below", async () => {
    const cells = (extra: string[]) => spaced(["序号", "工作任务", "牵头单位", "配合单位", "1", ...extra, "推动重点实验室落地，引进研发机构8家。", "区科技局", "区财政局", "2", "建成综合服务中心。", "区住建委", "区科技局"]);
    const r = await parseText(cells(["联动共建科学城"]));
    expect(rows(r).map((x) => [x.seq, x.section, x.lead, x.co, x.review])).toEqual([
      [1, ["联动共建科学城"], ["区科技局"], ["区财政局"], ["FLAT_EXTRA_CELL"]],
      [2, ["联动共建科学城"], ["区住建委"], ["区科技局"], []],
    ]);
    // counter-example: a whole row followed by a numbered heading: the heading is a heading row, no category
    const heading = await parseText(spaced(["序号", "工作任务", "牵头单位", "配合单位", "1", "推动重点实验室落地。", "区科技局", "区财政局", "二、民生实事", "2", "建成综合服务中心。", "区住建委", "区科技局"]));
    expect(rows(heading).map((x) => [x.seq, x.section, x.review])).toEqual([
      [1, [], []],
      [2, ["二、民生实事"], []],
    ]);
  });

  it("a two-level header flattened into one run: the group cell over 牵头单位/配合单位 is no column when every row is one cell shorter", async () => {
    const rowsOf = (extra: string[]) => ["1 |", "推动重点实验室落地。 |", ...extra, "区科技局 |", "区财政局 |", "2 |", "建成综合服务中心。 |", ...extra, "区住建委 |", "区科技局 |", "3 |", "新建公园5处。 |", ...extra, "区城管局 |", "各街道 |"];
    const header = ["序号 |", "工作任务 |", "责任单位 |", "牵头单位 |", "配合单位 |"];
    const r = await parseText([...header, ...rowsOf([])].join("\n"));
    expect(r.tables[0]!.headers.map((h) => h.field)).toEqual(["seq", "task", "leadUnits", "coUnits"]);
    expect(rows(r).map((x) => [x.seq, x.lead, x.units, x.co])).toEqual([
      [1, ["区科技局"], [], ["区财政局"]],
      [2, ["区住建委"], [], ["区科技局"]],
      [3, ["区城管局"], [], ["各街道"]],
    ]);
    // counter-example: rows as wide as the header keep the 责任单位 column
    const wide = await parseText([...header, ...rowsOf(["区发改委 |"])].join("\n"));
    expect(rows(wide).map((x) => [x.seq, x.lead, x.units, x.co])[0]).toEqual([1, ["区科技局"], ["区发改委"], ["区财政局"]]);
  });

  it("keeps padding inside a cell, so padded names glued together can be told apart", async () => {
    const r = await parseText(["序号 |", "目标与任务 |", "分 管 县领导 |", "牵头单位 |", "80 |", "保障学院秋季开学。 |", "陆 明俞 悦 |", "县教育局 |", "81 |", "推动义务教育优质均衡发展。 |", "俞 悦 |", "县教育局 |"].join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.supervisors, t.leadUnits])).toEqual([
      [80, ["陆明", "俞悦"], ["县教育局"]],
      [81, ["俞悦"], ["县教育局"]],
    ]);
  });
});
