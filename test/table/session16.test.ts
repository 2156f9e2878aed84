// Rules from the sixth held-out set (session 16), each with a counter-example:
// a heading naming who answers for its tasks; a 责任分工 column beside people columns; a role label or note cut by
// a cell's line break; a merged cell cut by a page break; names that hold a label or two names; a unit cell
// opening the task; a web page's document-record labels.
import { describe, expect, it } from "vitest";
import { applySectionPeople, sectionPeople } from "../../src/table/sectionpeople.js";
import { mapHeaders } from "../../src/table/headers.js";
import { cellText, cutsLabel } from "../../src/table/cellroles.js";
import { joinOpenBrackets } from "../../src/layouts/list/notes.js";
import { fillAcrossPages } from "../../src/table/filldown.js";
import { cellsLine } from "../../src/layouts/flat/anatomy.js";
import { parseLabelLine } from "../../src/layouts/list/labels.js";
import { readDocument } from "../../src/read/index.js";
import { parseDocument, parseText } from "../../src/parse.js";
import type { RawRecord } from "../../src/model/intermediate.js";
import type { Task } from "../../src/model/schema.js";
import { checkRecordShape } from "../../src/validate/corroborate.js";

describe("a heading that names who answers for its tasks", () => {
  it("reads the bracket's labels and keeps the heading before it", () => {
    expect(sectionPeople("一、聚焦项目招引，增强发展后劲（分管领导：罗建邦）")).toEqual({ heading: "一、聚焦项目招引，增强发展后劲", cells: { supervisors: ["罗建邦"] } });
    expect(sectionPeople("（二）优化营商环境（牵头单位：区发改局）")).toEqual({ heading: "（二）优化营商环境", cells: { leadUnits: ["区发改局"] } });
  });

  it("counter-example: a remark in brackets, a bracket in the middle, or labels with prose are no such heading", () => {
    expect(sectionPeople("一、稳住经济基本盘（2023年已完成）")).toBeNull();
    expect(sectionPeople("一、（分管领导：罗建邦）稳住经济基本盘")).toBeNull();
    expect(sectionPeople("二、民生实事（共5项）")).toBeNull();
  });

  it("gives the names to the rows under the heading that name none of their own", () => {
    const rec = (seq: number, supervisors: string[]): RawRecord => ({
      table: 0,
      seq,
      section: ["一、聚焦项目招引（分管领导：罗建邦）", "（一）招大引强"],
      task: ["任务。"],
      cells: { units: [{ text: "招商服务局" }], supervisors: supervisors.map((text) => ({ text })) },
      source: { line: seq },
    });
    const r = applySectionPeople([rec(1, []), rec(2, ["莫慧琳"])]);
    expect(r.records.map((x) => [x.section, x.cells.supervisors!.map((c) => c.text)])).toEqual([
      // (the section keeps the heading as printed: session 37)
      [["一、聚焦项目招引（分管领导：罗建邦）", "（一）招大引强"], ["罗建邦"]],
      [["一、聚焦项目招引（分管领导：罗建邦）", "（一）招大引强"], ["莫慧琳"]],
    ]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["SECTION_NAMES_PEOPLE"]);
  });

  it("end to end in a web table: the heading row is the table's, not a list item", async () => {
    const html =
      "<p>附件</p><table><tr><th>序号</th><th>工作目标</th><th>责任分工</th><th>责任领导</th></tr>" +
      "<tr><td colspan='4'>一、聚焦项目招引（分管领导：罗建邦）</td></tr>" +
      "<tr><td>1</td><td>新签约亿元以上项目40个。</td><td>牵头：招商服务局；配合：经济发展局、科技创新局</td><td>章志勇</td></tr>" +
      "<tr><td>2</td><td>实际使用外资8000万美元。</td><td>牵头：招商服务局；配合：经济发展局</td><td>章志勇</td></tr></table>";
    const doc = await readDocument(new TextEncoder().encode(html), "page.html");
    const r = parseDocument(doc);
    expect(r.tasks.map((t) => [t.seq, t.section, t.leadUnits, t.coUnits, t.leaders, t.supervisors])).toEqual([
      [1, ["一、聚焦项目招引（分管领导：罗建邦）"], ["招商服务局"], ["经济发展局", "科技创新局"], ["章志勇"], ["罗建邦"]],
      [2, ["一、聚焦项目招引（分管领导：罗建邦）"], ["招商服务局"], ["经济发展局"], ["章志勇"], ["罗建邦"]],
    ]);
  });
});

describe("a division-of-work column beside people columns", () => {
  it("责任分工 holds the roles when no other column names units, people columns beside it or not", () => {
    expect(mapHeaders(["序号", "工作目标", "责任分工", "责任领导", "完成时限"])).toEqual(["seq", "task", "units", "leaders", "other"]);
  });
  it("counter-example: beside a 责任单位 column it is a remark", () => {
    expect(mapHeaders(["序号", "工作目标", "责任单位", "责任分工"])).toEqual(["seq", "task", "units", "other"]);
  });
});

describe("a role label or note cut by a cell's line break", () => {
  it("a label cut in two is joined without a space; lines apart otherwise", () => {
    expect(cutsLabel("牵头：招商服务局；配", "合：经济发展局")).toBe(true);
    expect(cellText([{ text: "牵头：招商服务局；配" }, { text: "合：经济发展局、科技创新局" }])).toBe("牵头：招商服务局；配合：经济发展局、科技创新局");
  });
  it("counter-example: a whole label on the next line, after a whole unit, is no cut label", () => {
    expect(cutsLabel("牵头：县文旅局", "配合：县自然资源局")).toBe(false);
    expect(cellText([{ text: "牵头：县文旅局" }, { text: "配合：县自然资源局" }])).toBe("牵头：县文旅局 配合：县自然资源局");
  });
  it("a note wrapped inside its bracket is one note; closed brackets stay apart", () => {
    expect(joinOpenBrackets([{ text: "市交通运输局（牵" }, { text: "头）、檀州港务局" }]).map((l) => l.text)).toEqual(["市交通运输局（牵头）、檀州港务局"]);
    expect(joinOpenBrackets([{ text: "各县（市、区）" }, { text: "人民政府）" }]).map((l) => l.text)).toEqual(["各县（市、区）", "人民政府）"]);
  });
});

describe("a merged cell cut by a page break (PDF)", () => {
  const task = (seq: number, page: number, supervisors: string[]): Task =>
    ({ id: String(seq), table: 0, seq, section: [], task: "任务。", leadUnits: [], units: ["省发展改革委"], coUnits: [], leaders: [], supervisors, inherited: [], review: [], source: { page } }) as Task;
  const headers = [{ index: 0, headers: [{ text: "序号", field: "seq" as const }, { text: "牵头单位", field: "units" as const }, { text: "分管副省长", field: "supervisors" as const }] }];

  it("a page's first row with the cell empty, in a column filled nearly everywhere, under a cell merged down to the page's foot, takes its names", () => {
    const rows = [...Array.from({ length: 10 }, (_, k) => task(k + 1, 1, ["汤海鸥"])), task(11, 2, []), task(12, 2, ["陆承志"])];
    const r = fillAcrossPages(rows, headers);
    expect(r.tasks[10]!.supervisors).toEqual(["汤海鸥"]);
    expect(r.diagnostics.map((d) => [d.code, d.seq])).toEqual([["MERGED_CELL_ACROSS_PAGE", 11]]);
  });
  it("under a cell not merged down to the page's foot, the empty cell is only flagged (it may be empty)", () => {
    const rows = [...Array.from({ length: 10 }, (_, k) => task(k + 1, 1, [`甲${k}`])), task(11, 2, []), task(12, 2, ["陆承志"])];
    const r = fillAcrossPages(rows, headers);
    expect(r.tasks[10]!.supervisors).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.seq])).toEqual([["FIELD_EMPTY_MAYBE_MERGED", 11]]);
  });
  it("the rows below the page's first whose cell is empty too share its merge (filled) or its doubt (flagged), down to the first filled cell", () => {
    const merged = [...Array.from({ length: 20 }, (_, k) => task(k + 1, 1, ["汤海鸥"])), task(21, 2, []), task(22, 2, []), task(23, 2, ["陆承志"])];
    const m = fillAcrossPages(merged, headers);
    expect(m.tasks.slice(20).map((t) => t.supervisors)).toEqual([["汤海鸥"], ["汤海鸥"], ["陆承志"]]);
    expect(m.diagnostics.map((d) => [d.code, d.seq])).toEqual([["MERGED_CELL_ACROSS_PAGE", 21], ["MERGED_CELL_ACROSS_PAGE", 22]]);
    const doubted = [...Array.from({ length: 20 }, (_, k) => task(k + 1, 1, [`甲${k}`])), task(21, 2, []), task(22, 2, []), task(23, 2, ["陆承志"])];
    const d = fillAcrossPages(doubted, headers);
    expect(d.tasks.slice(20).map((t) => t.supervisors)).toEqual([[], [], ["陆承志"]]);
    expect(d.diagnostics.map((x) => [x.code, x.seq])).toEqual([["FIELD_EMPTY_MAYBE_MERGED", 21], ["FIELD_EMPTY_MAYBE_MERGED", 22]]);
  });
  it("the empty run at a page's top does not count against the column's share; in a table rebuilt from positions only a cell the rules merged down goes on", () => {
    const inherited = (t: Task) => ({ ...t, inherited: ["supervisors"] }) as Task;
    const rows = [...Array.from({ length: 9 }, (_, k) => task(k + 1, 1, ["林岚"])), inherited(task(10, 1, ["林岚"])), task(11, 2, []), task(12, 2, []), task(13, 2, [])];
    const r = fillAcrossPages(rows, headers, new Set([0]));
    expect(r.tasks.slice(10).map((t) => t.supervisors)).toEqual([["林岚"], ["林岚"], ["林岚"]]);
    expect(r.diagnostics.map((x) => [x.code, x.seq])).toEqual([["MERGED_CELL_ACROSS_PAGE", 11], ["MERGED_CELL_ACROSS_PAGE", 12], ["MERGED_CELL_ACROSS_PAGE", 13]]);
    // counter-example: the same names printed on two rows of a positioned table are two cells, nothing goes on (and validation flags the empty cells)
    const printed = [...Array.from({ length: 10 }, (_, k) => task(k + 1, 1, ["林岚"])), task(11, 2, []), task(12, 2, ["陆承志"])];
    const p = fillAcrossPages(printed, headers, new Set([0]));
    expect(p.tasks[10]!.supervisors).toEqual([]);
    expect(p.diagnostics).toEqual([]);
  });
  it("counter-example: an empty cell after a filled one on the new page is no part of the cut merge", () => {
    const rows = [...Array.from({ length: 30 }, (_, k) => task(k + 1, 1, ["汤海鸥"])), task(31, 2, []), task(32, 2, ["陆承志"]), task(33, 2, [])];
    const r = fillAcrossPages(rows, headers);
    expect(r.tasks.slice(30).map((t) => t.supervisors)).toEqual([["汤海鸥"], ["陆承志"], []]);
    expect(r.diagnostics.map((x) => [x.code, x.seq])).toEqual([["MERGED_CELL_ACROSS_PAGE", 31]]);
  });
  it("counter-example: an empty cell inside a page, or in a column often empty, stays empty", () => {
    const inside = [...Array.from({ length: 10 }, (_, k) => task(k + 1, 1, ["汤海鸥"])), task(11, 1, []), task(12, 2, ["陆承志"])];
    expect(fillAcrossPages(inside, headers).diagnostics).toEqual([]);
    const sparse = [task(1, 1, ["汤海鸥"]), task(2, 1, []), task(3, 2, []), task(4, 2, ["陆承志"])];
    expect(fillAcrossPages(sparse, headers).diagnostics).toEqual([]);
  });
});

describe("names that hold a label or two names, and a unit cell opening the task", () => {
  const table = (rows: string) => parseText(`2024年重点工作任务分解表\n\n序号\t工作任务\t责任单位\n${rows}`);
  it("a name with a role label's colon is flagged", async () => {
    const r = await table("1\t任务一。\t招商服务局 配合:经济发展局\n2\t任务二。\t经济发展局\n3\t任务三。\t科技创新局");
    expect(r.tasks[0]!.review.map((x) => x.code)).toContain("UNIT_HOLDS_LABEL");
    expect(r.tasks[1]!.review.map((x) => x.code)).not.toContain("UNIT_HOLDS_LABEL");
  });
  it("two units read as one are flagged; a collective sharing its 各 is not (counter-example)", async () => {
    const r = await table("1\t任务一。\t省粮食和储备局各设区市人民政府\n2\t任务二。\t各设区市人民政府\n3\t任务三。\t各镇政府、街道办事处\n4\t任务四。\t省财政厅");
    expect(r.tasks[0]!.review.map((x) => x.code)).toContain("UNIT_JOINED");
    expect(r.tasks[2]!.review.map((x) => x.code)).not.toContain("UNIT_JOINED");
  });
  it("a line holding only the cells printed before the task is read as those cells", () => {
    expect(cellsLine("区发改局", 1)).toEqual(["区发改局"]);
    expect(cellsLine("区财政局、区税务局", 1)).toEqual(["区财政局、区税务局"]);
  });
  it("counter-example: a task line, a piece of a name, or more pieces than cells are not", () => {
    expect(cellsLine("地区生产总值增长7.5%", 1)).toBeNull();
    expect(cellsLine("区发改局 区统计局", 1)).toBeNull();
  });
});

describe("a web page's document-record labels", () => {
  it("发文单位：/印发单位： name who issued the notice, no task's unit", () => {
    expect(parseLabelLine("发文单位：枳园街道办事处")).toBeNull();
    expect(parseLabelLine("印发单位：某区政府办公室")).toBeNull();
  });
  it("counter-example: 主办单位：/责任单位： are roles", () => {
    expect(parseLabelLine("主办单位：区发改局")?.cells).toEqual({ leadUnits: ["区发改局"] });
    expect(parseLabelLine("责任单位：经济发展办")?.cells).toEqual({ units: ["经济发展办"] });
  });
  it("several document-record labels on one line are each read", async () => {
    const r = await parseText(
      "某街道办事处关于分解落实2024年工作报告目标任务的通知\n\n发文单位：某街道办事处　　成文日期：2024-02-27　　文号：某街办〔2024〕5号\n\n一、聚力经济发展\n\n1.全年完成固定资产投资28亿元。\n责任单位：经济发展办（牵头）、规划建设办\n\n2.新招引亿元以上产业项目6个。\n责任单位：投资促进办（牵头）、经济发展办\n",
    );
    expect(r.notice.docNumber).toBe("某街办〔2024〕5号");
    expect(r.tasks.map((t) => [t.seq, t.leadUnits, t.units])).toEqual([
      [1, ["经济发展办"], ["规划建设办"]],
      [2, ["投资促进办"], ["经济发展办"]],
    ]);
  });
});

describe("a unit cell printed before the task, read into it", () => {
  const known = { people: [], units: ["区发改局", "区统计局"], groups: [] };
  const norms = { terminated: false, markedSections: false, filled: new Set<never>(), usualCount: new Map() };
  const task = (text: string, leadUnits: string[]): Task =>
    ({ id: "1", table: 0, seq: 1, section: [], task: text, leadUnits, units: [], coUnits: ["区统计局"], leaders: [], supervisors: [], inherited: [], review: [], source: {} }) as Task;
  const table = (first: "leadUnits" | "task") => ({
    index: 0,
    structure: "text-order" as const,
    headers: first === "leadUnits" ? [{ text: "牵头单位", field: "leadUnits" as const }, { text: "重点任务", field: "task" as const }, { text: "配合单位", field: "coUnits" as const }] : [{ text: "重点任务", field: "task" as const }, { text: "牵头单位", field: "leadUnits" as const }, { text: "配合单位", field: "coUnits" as const }],
  });
  const codes = (t: Task, first: "leadUnits" | "task") => checkRecordShape(t, table(first), norms as never, known as never).map((x) => x.code);
  it("a task opening with a unit the table lists, not the row's own, under a unit column printed first, is flagged", () => {
    expect(codes(task("区发改局地区生产总值增长7.5%", ["区住建局"]), "leadUnits")).toContain("TASK_OPENS_WITH_NAME");
  });
  it("also a level's unit with an organisation's ending that the table names nowhere else", () => {
    expect(codes(task("区交通运输局新改建农村公路80公里", ["各镇人民政府"]), "leadUnits")).toContain("TASK_OPENS_WITH_NAME");
  });
  it("counter-example: a task opening with a place or a plain verb phrase is no unit", () => {
    expect(codes(task("区域协调发展水平进一步提升", ["区住建局"]), "leadUnits")).not.toContain("TASK_OPENS_WITH_NAME");
    expect(codes(task("新改建农村公路80公里", ["区住建局"]), "leadUnits")).not.toContain("TASK_OPENS_WITH_NAME");
  });
  it("counter-example: the row's own unit, or a table printing the task first, is no doubt", () => {
    expect(codes(task("区发改局地区生产总值增长7.5%", ["区发改局"]), "leadUnits")).not.toContain("TASK_OPENS_WITH_NAME");
    expect(codes(task("区发改局地区生产总值增长7.5%", ["区住建局"]), "task")).not.toContain("TASK_OPENS_WITH_NAME");
  });
});

describe("role notes after a unit in a table read from text (a PDF dump)", () => {
  it("`X（牵头）` in a flat row's unit cell leads, as in a structured cell", async () => {
    const r = await parseText(
      "附件\n2024年重点任务分解表\n序号 重点任务 责任单位 分管市领导\n1 地区生产总值增长7%左右。 市发改委（牵头）、市统计局 霍文彬\n2 新增市场主体3万户。 市市场监管局（牵头）、市税务局 霍文彬\n3 社会消费品零售总额增长9%。 市商务局 赵丽华\n",
    );
    expect(r.tasks.map((t) => [t.seq, t.leadUnits, t.units, t.supervisors])).toEqual([
      [1, ["市发改委"], ["市统计局"], ["霍文彬"]],
      [2, ["市市场监管局"], ["市税务局"], ["霍文彬"]],
      [3, [], ["市商务局"], ["赵丽华"]],
    ]);
  });
  it("counter-example: a bracket that is no role note (`（市本级）`) stays with its unit", async () => {
    const r = await parseText(
      "附件\n2024年重点任务分解表\n序号 重点任务 责任单位 分管市领导\n1 地区生产总值增长7%左右。 市财政局（市本级）、市统计局 霍文彬\n2 新增市场主体3万户。 市税务局 霍文彬\n3 社会消费品零售总额增长9%。 市商务局 赵丽华\n",
    );
    expect(r.tasks[0]!.leadUnits).toEqual([]);
    expect(r.tasks[0]!.units).toEqual(["市财政局（市本级）", "市统计局"]);
  });
});
