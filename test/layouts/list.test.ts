import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { showCells, shows } from "../helpers/cell-lines.js";
import { extractTrailing, parseLabelLine, parseResponsibility, scanLabels } from "../../src/layouts/list/labels.js";
import { chineseNumber, readNumbering } from "../../src/layouts/list/numbering.js";
import { findFlattenedTable } from "../../src/layouts/list/flattened.js";
import { DEFAULT_SETTINGS } from "../../src/model/settings.js";
import { layoutNamed, rankLayouts } from "../../src/layouts/registry.js";
import { readDocument } from "../../src/read/index.js";
import { parse, parseText } from "../../src/parse.js";
const listLayout = layoutNamed("list");

const lines = (text: string) => text.split("\n").map((t, i) => ({ text: t, line: i + 1 }));

describe("numbering", () => {
  it.each([
    ["1.推进项目", "arabic-dot", 1, "推进项目"],
    ["12．推进项目", "arabic-dot", 12, "推进项目"],
    ["3、推进项目", "arabic-comma", 3, "推进项目"],
    ["（4）推进项目", "arabic-paren", 4, "推进项目"],
    ["(5)推进项目", "arabic-paren", 5, "推进项目"],
    ["(一)推进项目", "cn-paren", 1, "推进项目"],
    ["（十二）推进项目", "cn-paren", 12, "推进项目"],
    ["二十一、推进项目", "cn-comma", 21, "推进项目"],
    ["三是推进项目", "cn-shi", 3, "推进项目"],
    ["  ②推进项目", "circled", 2, "推进项目"],
    ["１２．推进项目", "arabic-dot", 12, "推进项目"],
    ["（３）推进项目", "arabic-paren", 3, "推进项目"],
  ])("%s → %s %d", (text, style, number, rest) => {
    const n = readNumbering(text)!;
    expect([n.style, n.number, n.rest]).toEqual([style, number, rest]);
  });

  it.each(["1.5万亩以上", "2024年完成", "一般公共预算收入", "（一）", "是否完成"])("%s is not numbered", (text) => {
    expect(readNumbering(text)).toBeNull();
  });

  it("reads Chinese numerals", () => {
    expect([chineseNumber("十"), chineseNumber("十二"), chineseNumber("二十"), chineseNumber("九十九"), chineseNumber("一百零五"), chineseNumber("两")]).toEqual([10, 12, 20, 99, 105, 2]);
    expect(chineseNumber("甲")).toBeNaN();
  });
});

describe("labels", () => {
  it("finds labels by the header synonyms, in both scripts, only at a boundary", () => {
    expect(scanLabels("牵头单位：区发改局；责任单位：区交通局").map((h) => [h.text, h.field])).toEqual([
      ["牵头单位", "leadUnits"],
      ["责任单位", "units"],
    ]);
    expect(scanLabels("牽頭單位：區發改局，分管領導：陳志明").map((h) => [h.text, h.field])).toEqual([
      ["牽頭單位", "leadUnits"],
      ["分管領導", "supervisors"],
    ]);
    expect(scanLabels("部门分工：区发改局牵头")[0]!.field).toBe("roles");
    expect(scanLabels("主要任务：完成投资")).toEqual([]);
    // a label word of the header table ending a run: the words before it are not part of the label
    expect(scanLabels("加快项目建设牵头单位：X").map((h) => [h.start, h.text, h.field])).toEqual([[6, "牵头单位", "leadUnits"]]);
    // addressees, long phrases and labels inside a name's brackets are no labels
    expect(scanLabels("区直各单位：")).toEqual([]);
    expect(scanLabels("各有关单位：")).toEqual([]);
    expect(scanLabels("有关要求通知如下：", true)).toEqual([]);
    expect(scanLabels("牵头单位：区发改局（联系人：张三）", true).map((h) => h.text)).toEqual(["牵头单位"]);
    expect(scanLabels("区分管或联系领导：张三；分管副区长：李四").map((h) => [h.text, h.field])).toEqual([
      ["区分管或联系领导", "supervisors"],
      ["分管副区长", "supervisors"],
    ]);
  });

  it("takes a whole short label whose last words are a shorter label of the same field (`牵头市领导`, not `市领导`)", () => {
    expect(scanLabels("完成投资2亿元。牵头市领导：王伟").map((h) => [h.text, h.field])).toEqual([["牵头市领导", "leaders"]]);
    expect(scanLabels("牽頭縣領導：王偉；協辦單位：縣發改局").map((h) => [h.text, h.field])).toEqual([
      ["牽頭縣領導", "leaders"],
      ["協辦單位", "coUnits"],
    ]);
    expect(extractTrailing("推进城乡供水一体化工程，完成投资2亿元。牵头市领导：王伟").task).toBe("推进城乡供水一体化工程，完成投资2亿元。");
    // counter-examples: a run with task words before the label keeps only the label word; a longer run is not one label
    expect(scanLabels("加强统筹市领导：王伟").map((h) => h.text)).toEqual(["市领导"]);
    expect(scanLabels("工作牵头单位：区发改局").map((h) => [h.text, h.field])).toEqual([["牵头单位", "leadUnits"]]);
  });

  it("reads labels written in brackets instead of before a colon", () => {
    expect(parseLabelLine("【牵头单位】区工信局【责任单位】区财政局、区统计局")!.cells).toEqual({ leadUnits: ["区工信局"], units: ["区财政局、区统计局"] });
    const r = extractTrailing("推进园区提升。[牵头单位]区园区管委会 [配合单位]区住建局");
    expect([r.task, r.found!.cells]).toEqual(["推进园区提升。", { leadUnits: ["区园区管委会"], coUnits: ["区住建局"] }]);
    expect(parseLabelLine("【产业升级】")).toBeNull();
  });

  it("reads labels in any order, with any separators, people too", () => {
    const r = parseResponsibility("责任领导:林志远、陈海峰;牵头单位:区工信局，责任单位：区财政局,区税务局；分管领导：王丽娟", false)!;
    expect(r.cells).toEqual({ leaders: ["林志远、陈海峰"], leadUnits: ["区工信局"], units: ["区财政局,区税务局"], supervisors: ["王丽娟"] });
    expect(r.labels.map((l) => l.field)).toEqual(["leaders", "leadUnits", "units", "supervisors"]);
  });

  it("reads role verbs", () => {
    expect(parseResponsibility("区发改局牵头，区财政局、区交通局配合", true)!.cells).toEqual({ leadUnits: ["区发改局"], coUnits: ["区财政局、区交通局"] });
    expect(parseResponsibility("区教育局、区财政局负责", true)!.cells).toEqual({ units: ["区教育局、区财政局"] });
    expect(parseResponsibility("由市农业农村局牵头，市粮食局，市自然资源局按职责分工负责", true)!.cells).toEqual({
      leadUnits: ["市农业农村局"],
      units: ["市粮食局", "市自然资源局"],
    });
    expect(parseResponsibility("区住建局为牵头单位，区城管局为配合单位", true)!.cells).toEqual({ leadUnits: ["区住建局"], coUnits: ["区城管局"] });
    expect(parseResponsibility("区发改局负责牵头，区财政局、区交通局协助配合", true)!.cells).toEqual({ leadUnits: ["区发改局"], coUnits: ["区财政局、区交通局"] });
    expect(parseLabelLine("部门分工：省发展改革委牵头，省工信厅、省能源局按职责分工负责。")!.cells).toEqual({
      leadUnits: ["省发展改革委"],
      units: ["省工信厅、省能源局"],
    });
  });

  it("drops a time or manner clause after role verbs in traditional script too", () => {
    for (const tail of ["持續推進", "分階段實施", "穩步推進", "統籌推進", "紮實推進", "長期堅持"]) {
      const r = parseResponsibility(`區住建局牽頭，區農業農村局配合，${tail}`, true)!;
      expect(r.cells, tail).toEqual({ leadUnits: ["區住建局"], coUnits: ["區農業農村局"] });
      expect(r.deadlines, tail).toEqual([tail]);
    }
    // counter-examples: a name is no time clause, and a clause that only starts like one keeps its names
    expect(parseResponsibility("區住建局牽頭，區穩就業服務中心配合", true)!.cells).toEqual({ leadUnits: ["區住建局"], coUnits: ["區穩就業服務中心"] });
  });

  it("does not read a remark as a responsibility", () => {
    expect(parseResponsibility("2024年底前完成", true)).toBeNull();
    expect(parseResponsibility("含续建项目", true)).toBeNull();
    expect(parseResponsibility("由企业自主投资建设并负责运营管理的大型项目负责", true)).toBeNull();
  });

  it("drops a closing 等 and records it", () => {
    const r = parseResponsibility("责任单位：县卫健局、县生态环境局等；牵头单位：县住建局等部门", false)!;
    expect(r.cells).toEqual({ units: ["县卫健局、县生态环境局"], leadUnits: ["县住建局"] });
    expect(r.etCetera).toEqual(["县卫健局、县生态环境局等", "县住建局等部门"]);
  });

  it("recognises the first-listed-leads note and strips it", () => {
    const r = parseResponsibility("市民政局、市财政局负责，列第一位者为牵头单位，下同", true)!;
    expect(r.firstIsLead).toBe(true);
    expect(r.cells).toEqual({ units: ["市民政局、市财政局"] });
    expect(parseLabelLine("（列第一位者为牵头单位，下同）")!.firstIsLead).toBe(true);
  });

  it.each(["列第一位者为工作主办单位或汇总单位,下同", "排在第一位的为主责部门", "列第一位的为主要责任单位", "列第一位者为牵头责任单位"])("the note names the lead in other words: %s", (note) => {
    const r = parseResponsibility(`责任单位：市经信局、市税务局（${note}）`, false)!;
    expect(r.firstIsLead).toBe(true);
    expect(r.cells).toEqual({ units: ["市经信局、市税务局"] });
  });

  it("the note in square brackets is taken out with its brackets", () => {
    const r = parseResponsibility("责任单位：市经信局、市税务局【列第一位者为牵头单位，下同】", false)!;
    expect(r.firstIsLead).toBe(true);
    expect(r.cells).toEqual({ units: ["市经信局、市税务局"] });
  });

  it("counter-example: a unit named 主办单位 after a first unit is no note", () => {
    const r = parseResponsibility("责任单位：市经信局、市会展主办单位联合会", false)!;
    expect(r.firstIsLead).toBe(false);
  });
});

describe("extractTrailing", () => {
  it.each([
    ["启动项目建设。（牵头单位：区发改局；责任单位：区交通局）", "启动项目建设。"],
    // (the full stop after the bracket closes the line, not the task: the task is the text before the bracket)
    ["启动项目建设（牵头单位：区发改局）。", "启动项目建设"],
    ["启动项目建设。[牵头单位：区发改局]", "启动项目建设。"],
    ["启动项目建设。【区发改局牵头，区交通局配合】", "启动项目建设。"],
    ["启动项目建设。(牵头单位:区发改局)", "启动项目建设。"],
    ["启动项目建设。牵头单位：区发改局；责任单位：区交通局。", "启动项目建设。"],
  ])("%s → task %s", (text, task) => {
    const r = extractTrailing(text);
    expect(r.task).toBe(task);
    expect(r.found!.cells.leadUnits).toEqual(["区发改局"]);
  });

  it("reads the responsibility after a closing dash, like a bracket (role verbs or labels)", () => {
    const verbs = extractTrailing("稳定粮食生产，总产量稳定在25万吨。——县农业农村局牵头，县财政局、各乡镇配合");
    expect([verbs.task, verbs.found!.cells]).toEqual(["稳定粮食生产，总产量稳定在25万吨。", { leadUnits: ["县农业农村局"], coUnits: ["县财政局、各乡镇"] }]);
    const labels = extractTrailing("推进项目建设。—— 牵头单位：区发改局；责任单位：区交通局。");
    expect([labels.task, labels.found!.cells]).toEqual(["推进项目建设。", { leadUnits: ["区发改局"], units: ["区交通局"] }]);
    // counter-examples: a dash inside the task that introduces no names stays in the task
    expect(extractTrailing("推进“一网通办”——打造政务服务品牌。")).toEqual({ task: "推进“一网通办”——打造政务服务品牌。", found: null });
    expect(extractTrailing("两个目标——增长6%、就业稳定。")).toEqual({ task: "两个目标——增长6%、就业稳定。", found: null });
  });

  it("keeps a bracket that is not a responsibility in the task", () => {
    expect(extractTrailing("完成城区道路改造（含续建项目）。")).toEqual({ task: "完成城区道路改造（含续建项目）。", found: null });
  });

  it("drops a deadline written inside the responsibility bracket (like a 完成时限 column), keeps another remark in the task", () => {
    const r = extractTrailing("完成改造。（2024年底前完成；牵头单位：区住建局）");
    expect(r.task).toBe("完成改造。");
    expect(r.found!.cells).toEqual({ leadUnits: ["区住建局"] });
    expect(r.found!.deadlines).toEqual(["2024年底前完成"]);
    // after the names of a label: not a unit
    const after = extractTrailing("完成改造。（牵头单位：区住建局；年底前完成）");
    expect([after.task, after.found!.cells, after.found!.deadlines]).toEqual(["完成改造。", { leadUnits: ["区住建局"] }, ["年底前完成"]]);
    // counter-example: a remark that gives no time stays in the task
    const remark = extractTrailing("完成改造。（涉及老旧小区；牵头单位：区住建局）");
    expect([remark.task, remark.found!.cells]).toEqual(["完成改造。（涉及老旧小区）", { leadUnits: ["区住建局"] }]);
  });
});

describe("flattened cells", () => {
  it("keeps a cell's names on several lines together when the last is a collective ending like a header word (`区直有关单位`)", () => {
    const t = findFlattenedTable(lines("序号 |\n具体任务 |\n责任部门 |\n牵头科室 |\n1 |\n提升商业体系建设。 |\n区自然资源局\n区直有关单位 |\n区直各部门 |\n2 |\n建成。 |\n区林业局 |\n区城管局 |\n"))!;
    expect(t.rows[1]!.cells.map((c) => shows(c.lines))).toEqual([["1"], ["提升商业体系建设。"], ["区自然资源局", "区直有关单位"], ["区直各部门"]]);
    // counter-example: a header cell right under the title line is still a cell of its own
    const h = findFlattenedTable(lines("重点任务分解表\n序号 |\n具体任务 |\n责任单位 |\n1 |\n建成。 |\n区林业局 |\n2 |\n完成。 |\n区城管局 |\n"))!;
    expect(h.rows.find((r) => r.cells.length === 3)!.cells.map((c) => shows(c.lines).join(""))).toEqual(["序号", "具体任务", "责任单位"]);
  });

  it("reads an unmarked heading cell between rows (the next cell numbers the next row) as a heading row", () => {
    const text = "序号 |\n具体任务 |\n牵头单位 |\n一、抓项目 |\n重点项目 |\n1 |\n完成改造。 |\n区住建局 |\n民生实事 |\n2 |\n新建公园。 |\n区城管局 |\n";
    const t = findFlattenedTable(lines(text))!;
    expect(t.rows.map((r) => [r.cells.map((c) => shows(c.lines).join("")), r.spansTable ?? false])).toEqual([
      [["序号", "具体任务", "牵头单位"], false],
      [["一、抓项目"], false],
      [["重点项目"], true],
      [["1", "完成改造。", "区住建局"], false],
      [["民生实事"], true],
      [["2", "新建公园。", "区城管局"], false],
    ]);
    // counter-examples: a unit's name left over between rows is no heading (the table ends there, as before),
    // nor is a short line followed by text that does not go on with the numbering
    const unit = findFlattenedTable(lines("序号 |\n具体任务 |\n牵头单位 |\n1 |\n完成改造。 |\n区住建局 |\n区城管局 |\n2 |\n新建公园。 |\n区城管局 |\n"))!;
    expect(unit.rows.map((r) => r.cells.length)).toEqual([3, 3]);
    const prose = findFlattenedTable(lines("序号 |\n具体任务 |\n牵头单位 |\n1 |\n完成改造。 |\n区住建局 |\n工作要求 |\n各单位要抓好落实。 |\n"))!;
    expect(prose.rows.map((r) => r.cells.length)).toEqual([3, 3]);
  });

  it("rebuilds rows from one cell per line, with and without a trailing |", () => {
    const piped = findFlattenedTable(lines("序号 |\n\n具体任务 |\n\n牵头单位 |\n\n1 |\n\n完成改造。 |\n\n区住建局 |\n\n2 |\n\n新建公园。 |\n\n|\n"))!;
    expect(piped.rows.map((r) => r.cells.map((c) => shows(c.lines).join("")))).toEqual([
      ["序号", "具体任务", "牵头单位"],
      ["1", "完成改造。", "区住建局"],
      ["2", "新建公园。", ""],
    ]);
    const plain = findFlattenedTable(lines("序号\n\n具体任务\n\n牵头单位\n\n1\n\n完成改造。\n\n区住建局\n"))!;
    expect(plain.rows[1]!.cells.map((c) => shows(c.lines).join(""))).toEqual(["1", "完成改造。", "区住建局"]);
  });

  it("keeps a wrapped piped cell's lines apart, drops a repeated header, and splits a title off the first header cell", () => {
    const t = findFlattenedTable(
      lines("附件\n2099年目标任务责任分解表\n序号 |\n\n工作任务 |\n\n责任单位 |\n\n1 |\n\n完成投资\n100亿元。 |\n\n区发改局\n区财政局 |\n\n序号 |\n\n工作任务 |\n\n责任单位 |\n\n2 |\n\n新增就业。 |\n\n区人社局 |\n\n印发日期 2099年1月5日\n"),
    )!;
    expect(t.rows.map((r) => r.cells.map((c) => shows(c.lines)))).toEqual([
      [["2099年目标任务责任分解表"]],
      [["序号"], ["工作任务"], ["责任单位"]],
      [["1"], ["完成投资", "100亿元。"], ["区发改局", "区财政局"]],
      [["2"], ["新增就业。"], ["区人社局"]],
    ]);
    expect(Math.max(...t.consumed)).toBe(27); // the last cell, 区人社局
  });

  it("needs a header run with a task and a responsibility field", () => {
    expect(findFlattenedTable(lines("序号\n\n项目\n\n1\n\n完成改造。\n"))).toBeNull();
  });
});

describe("detection", () => {
  const docOf = async (path: string) => readDocument(new Uint8Array(readFileSync(path)), path);

  it.each(["000_89d412a27e51e6a9", "001_607276811f1fd8da", "002_a81ff61cc22d0274", "003_b3fb5684e6b0e697", "004_8be8280e27aee29f"])(
    "does not take seed %s for a list",
    async (seed) => {
      expect(listLayout.detect(await docOf(`seeds/${seed}.txt`), DEFAULT_SETTINGS)).toBe(0);
    },
  );

  it("keeps tab-separated seeds on the tsv layout", async () => {
    for (const seed of ["002_a81ff61cc22d0274", "003_b3fb5684e6b0e697"]) {
      expect(rankLayouts(await docOf(`seeds/${seed}.txt`), DEFAULT_SETTINGS)[0]!.name).toBe("tsv");
    }
  });

  it("scores a flattened table without | marks below the flat layout (5), with marks like a list", () => {
    const doc = (text: string) => ({ source: { file: "-", format: "txt" as const, sha256: "0".repeat(64), encoding: "utf-8" }, lines: lines(text), diagnostics: [] });
    expect(listLayout.detect(doc("序号\n\n具体任务\n\n牵头单位\n\n1\n\n完成改造。\n\n区住建局\n"), DEFAULT_SETTINGS)).toBe(3);
    expect(listLayout.detect(doc("序号 |\n\n具体任务 |\n\n牵头单位 |\n\n1 |\n\n完成改造。 |\n\n区住建局 |\n"), DEFAULT_SETTINGS)).toBe(8);
  });

  it("takes list-form fixtures for a list", async () => {
    for (const f of ["trailing-brackets", "label-lines", "role-verbs", "flattened-cells", "gb18030", "traditional-big5"]) {
      expect(rankLayouts(await docOf(`fixtures/list/${f}.txt`), DEFAULT_SETTINGS).map((l) => l.name), f).toEqual(["list"]);
    }
  });
});

describe("combining layouts", () => {
  it("yields a table and list-form tasks as separate tables, and --layout forces one", async () => {
    const file = "fixtures/list/mixed-table-list.txt";
    expect((await parse(file)).tables.map((t) => [t.layout, t.rowCount])).toEqual([
      ["tsv", 3],
      ["list", 3],
    ]);
    expect((await parse(file, { layout: "list" })).tables.map((t) => [t.layout, t.rowCount])).toEqual([["list", 3]]);
    expect((await parse(file, { layout: "tsv" })).tables.map((t) => [t.layout, t.rowCount])).toEqual([["tsv", 3]]);
  });

  it("puts list-form tasks before a table in document order", async () => {
    const text = [
      "1.完成改造。（牵头单位：区住建局）",
      "2.新建公园。（牵头单位：区城管局）",
      "",
      "序号\t具体任务\t牵头单位",
      "1\t增长6%。\t区发改局",
      "2\t增长5%。\t区财政局",
      "3\t增长4%。\t区统计局",
    ].join("\n");
    const r = await parseText(text);
    expect(r.tables.map((t) => [t.index, t.layout])).toEqual([
      [0, "list"],
      [1, "tsv"],
    ]);
    expect(r.tasks.map((t) => [t.table, t.seq, t.leadUnits[0]])).toEqual([
      [0, 1, "区住建局"],
      [0, 2, "区城管局"],
      [1, 1, "区发改局"],
      [1, 2, "区财政局"],
      [1, 3, "区统计局"],
    ]);
  });

  it("never fills a list task down from the one above, and reports unplaced text", async () => {
    const r = await parseText(["1.完成改造。（牵头单位：区住建局）", "2.新建公园。", "", "这是一段无法归入任务的说明文字，内容较长，不像标题。", "3.修缮道路。（牵头单位：区交通局）"].join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.leadUnits, t.inherited])).toEqual([
      [1, ["区住建局"], []],
      [2, [], []],
      [3, ["区交通局"], []],
    ]);
    expect(r.diagnostics.map((d) => d.code).sort()).toEqual(["NO_UNIT", "UNPLACED_TEXT"]);
  });

  it("reads names written on the lines below their label", async () => {
    const r = await parseText(
      ["1、完成改造。", "牵头单位：", "区住建局", "责任单位：区财政局、区城管局、", "各街道办事处", "2、新建公园。", "牵头单位：区城管局"].join("\n"),
    );
    expect(r.tasks.map((t) => [t.seq, t.task, t.leadUnits, t.units])).toEqual([
      [1, "完成改造。", ["区住建局"], ["区财政局", "区城管局", "各街道办事处"]],
      [2, "新建公园。", ["区城管局"], []],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it("continues a label's list wrapped onto the next line, but not into a heading", async () => {
    const r = await parseText(
      ["1、完成改造。", "责任单位：区发改局、区财政局、区交", "通局、区住建局", "分管领导：刘卫东", "扎实惠民生保底线", "2、新建公园。", "牵头单位：区城管局"].join("\n"),
    );
    expect(r.tasks.map((t) => [t.seq, t.section, t.units, t.supervisors])).toEqual([
      [1, [], ["区发改局", "区财政局", "区交通局", "区住建局"], ["刘卫东"]],
      [2, ["扎实惠民生保底线"], [], []],
    ]);
  });

  it("lists labels it does not interpret as `other` and keeps spaces as boundaries", async () => {
    const r = await parseText(
      [
        "2099年重点任务分解",
        "说明：排在第一位的单位为牵头单位。",
        "1）完成技改投资10亿元。（责任单位： 区工信局 、 区财政局 ；完成时限：2099年12月底）",
        "2）推进园区提升。",
        "牵头领导：李四",
        "责任部门：区园区管委会（区招商办）、区住建局",
        "完成时限：2099年6月底",
        "3）培育专精特新企业。牵头单位：区工信局 完成时限：年底前 分管副区长：王五",
      ].join("\n"),
      { firstListedLead: true },
    );
    expect(r.tasks.map((t) => [t.seq, t.task, t.leadUnits, t.units, t.leaders, t.supervisors])).toEqual([
      [1, "完成技改投资10亿元。", ["区工信局"], ["区财政局"], [], []],
      [2, "推进园区提升。", ["区园区管委会（区招商办）"], ["区住建局"], ["李四"], []],
      [3, "培育专精特新企业。", ["区工信局"], [], [], ["王五"]],
    ]);
    expect(r.tables[0]!.headers.filter((h) => h.field === "other").map((h) => h.text)).toEqual(["完成时限"]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["LIST_FIRST_IS_LEAD"]);
  });

  it("reads a bracket of unit names alone: under the first-listed-leads note the first leads; without it all are responsible units", async () => {
    const tasks = ["1.全年地区生产总值增长6%。（市发改委、市统计局）", "2.推进重大项目建设。（市发改委、市住建局、各县（区）人民政府）", "3.完成道路改造（含续建项目）。（市住建局）"];
    const withNote = await parseText(["2099年重点工作分工", "（列第一位者为牵头单位，下同）", ...tasks].join("\n"), { firstListedLead: true });
    expect(withNote.tasks.map((t) => [t.seq, t.task, t.leadUnits, t.units])).toEqual([
      [1, "全年地区生产总值增长6%。", ["市发改委"], ["市统计局"]],
      [2, "推进重大项目建设。", ["市发改委"], ["市住建局", "各县（区）人民政府"]],
      [3, "完成道路改造（含续建项目）。", ["市住建局"], []],
    ]);
    // without the note (a bracket right after each sentence, in every task) the role is unstated: responsible units, no lead
    const without = await parseText(["2099年重点工作分工", ...tasks].join("\n"));
    expect(without.tasks.map((t) => [t.seq, t.leadUnits, t.units])).toEqual([
      [1, [], ["市发改委", "市统计局"]],
      [2, [], ["市发改委", "市住建局", "各县（区）人民政府"]],
      [3, [], ["市住建局"]],
    ]);
    // the note not asked for: the same lists, the note reported
    const kept = await parseText(["2099年重点工作分工", "（列第一位者为牵头单位，下同）", ...tasks].join("\n"));
    expect(kept.tasks.map((t) => [t.seq, t.leadUnits, t.units])).toEqual(without.tasks.map((t) => [t.seq, t.leadUnits, t.units]));
    expect(kept.diagnostics.map((d) => d.code)).toContain("FIRST_LISTED_NOTE");
  });

  it("makes a second titled list a second table", async () => {
    const r = await parseText(
      ["附件1", "2099年主要指标分解", "1.地区生产总值增长6%。（牵头单位：区发改局）", "2.财政收入增长5%。（牵头单位：区财政局）", "附件2", "2099年重点任务分解", "一、产业发展", "1.完成技改投资10亿元。（牵头单位：区工信局）", "2.新增规上企业5家。（牵头单位：区工信局；责任单位：区统计局）"].join("\n"),
    );
    expect(r.tables.map((t) => [t.index, t.title, t.rowCount])).toEqual([
      [0, "2099年主要指标分解", 2],
      [1, "2099年重点任务分解", 2],
    ]);
    expect(r.tasks.map((t) => [t.table, t.seq, t.section])).toEqual([
      [0, 1, []],
      [0, 2, []],
      [1, 1, ["一、产业发展"]],
      [1, 2, ["一、产业发展"]],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it("keeps numbered points under a task in its text, not as headings", async () => {
    const r = await parseText(
      ["1.推进产业升级。（牵头单位：区工信局）", "①实施技改项目60个。", "②新增规上企业20家。", "2.扩大有效投资。（牵头单位：区发改局）"].join("\n"),
    );
    expect(r.tasks.map((t) => [t.seq, t.section, t.task])).toEqual([
      [1, [], "推进产业升级。①实施技改项目60个。②新增规上企业20家。"],
      [2, [], "扩大有效投资。"],
    ]);
  });

  it("reads a tab-separated table in traditional script the same way", async () => {
    const r = await parseText(
      ["海寧區2099年重點任務責任清單", "序號\t具體任務\t牽頭單位\t責任單位\t分管領導", "（一）壯大實體經濟\t\t\t\t", "1\t新增規上企業10家。\t區經濟發展局\t區財政局 區統計局\t陳志明", "2\t實施重點項目50個。\t區發展改革局\t區財政局\t黃麗華", "3\t完成投資80億元。\t\t\t"].join("\n"),
    );
    expect(r.tables.map((t) => [t.layout, t.title, t.headers.map((h) => h.field)])).toEqual([
      ["tsv", "海寧區2099年重點任務責任清單", ["seq", "task", "leadUnits", "units", "supervisors"]],
    ]);
    expect(r.tasks.map((t) => [t.seq, t.section, t.leadUnits, t.units, t.supervisors, t.inherited])).toEqual([
      [1, ["（一）壯大實體經濟"], ["區經濟發展局"], ["區財政局", "區統計局"], ["陳志明"], []],
      [2, ["（一）壯大實體經濟"], ["區發展改革局"], ["區財政局"], ["黃麗華"], []],
      [3, ["（一）壯大實體經濟"], ["區發展改革局"], ["區財政局"], ["黃麗華"], ["leadUnits", "units", "supervisors"]],
    ]);
  });

  it("does not take the notice's own title for the list's, nor its cover letter for headings", async () => {
    const r = await parseText(
      [
        "某市人民政府关于落实2099年政府工作报告重点工作分工的意见",
        "某政发〔2099〕9号",
        "各县（区）人民政府，市直各单位：",
        "为做好今年政府工作，现就重点工作提出分工意见如下：",
        "一、着力扩大国内需求",
        "1.促进消费稳定增长。（市商务局牵头，市发改委、市财政局等按职责分工负责）",
        "2.积极扩大有效投资。（市发改委、市财政局负责）",
      ].join("\n"),
    );
    expect(r.tables.map((t) => t.title)).toEqual([null]);
    expect(r.tasks.map((t) => [t.seq, t.section, t.leadUnits, t.units])).toEqual([
      [1, ["一、着力扩大国内需求"], ["市商务局"], ["市发改委", "市财政局"]],
      [2, ["一、着力扩大国内需求"], [], ["市发改委", "市财政局"]],
    ]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["LIST_ET_CETERA"]);
  });

  it("reads the rest of every list as co-units when the note says so", async () => {
    const r = await parseText(
      ["各单位：各项任务中，排在第一位的为牵头单位，其余为配合单位。", "2099年重点工作任务分解表", "1.全年GDP增长6%。（区发改局、区统计局）", "2.完成招商引资50亿元。", "责任单位：区投促局、各街道", "3.新增市场主体2000户。（区市场监管局牵头）"].join("\n"),
      { firstListedLead: true },
    );
    expect(r.tasks.map((t) => [t.seq, t.leadUnits, t.units, t.coUnits])).toEqual([
      [1, ["区发改局"], [], ["区统计局"]],
      [2, ["区投促局"], [], ["各街道"]],
      [3, ["区市场监管局"], [], []],
    ]);
    expect(r.tables[0]!.headers.slice(-2)).toEqual([
      { text: "排在第一位的为牵头单位", field: "leadUnits" },
      { text: "其余为配合单位", field: "coUnits" },
    ]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["LIST_FIRST_IS_LEAD"]);
  });

  it("moves names marked （牵头） / （配合） in a list to that role, without the note", async () => {
    const r = await parseText(
      ["2099年重点任务清单", "1.完成投资。", "责任单位：市发改委（牵头）、市财政局、市统计局（配合）", "2.新增企业。（责任单位：市工信局(牵头单位)，市商务局）", "3.办好实事。（牵头单位：市民政局；责任单位：市财政局（区重点办））"].join("\n"),
    );
    expect(r.tasks.map((t) => [t.seq, t.leadUnits, t.units, t.coUnits])).toEqual([
      [1, ["市发改委"], ["市财政局"], ["市统计局"]],
      [2, ["市工信局"], ["市商务局"], []],
      [3, ["市民政局"], ["市财政局（区重点办）"], []],
    ]);
    expect(r.tables[0]!.headers.map((h) => [h.text, h.field]).slice(-3)).toEqual([
      ["（牵头）", "leadUnits"],
      ["（配合）", "coUnits"],
      ["（牵头单位）", "leadUnits"],
    ]);
  });
});

describe("un-numbered headings under a numbered one", () => {
  const doc = (heading3: string, firstLine = "（一）办好人民满意教育") =>
    ["2024年区政府工作报告重点任务分解", "一、持续改善民生，增进人民福祉", firstLine, heading3, "1.推进城乡供水一体化工程，完成投资2亿元，惠及沿线群众三万余人。", "牵头单位：区发改局", "2.推进老旧小区改造，年内完成30处。", "牵头单位：区住建局"].join("\n");

  it("a short line under a short heading is a heading of its own, plain or bold", async () => {
    for (const h of ["民生实事", "**民生实事**"]) {
      const r = await parseText(doc(h), { fileName: "h.txt" });
      expect(r.tasks.map((t) => t.section)).toEqual([
        ["一、持续改善民生，增进人民福祉", "（一）办好人民满意教育", "民生实事"],
        ["一、持续改善民生，增进人民福祉", "（一）办好人民满意教育", "民生实事"],
      ]);
    }
  });

  it("counter-example: a heading as long as the text's lines was wrapped, and its next line continues it", async () => {
    const r = await parseText(doc("建设", "（一）办好人民满意教育推进城乡基本公共服务均等化加快补齐短板弱项"), { fileName: "h.txt" });
    expect(r.tasks[0]!.section).toEqual(["一、持续改善民生，增进人民福祉", "（一）办好人民满意教育推进城乡基本公共服务均等化加快补齐短板弱项建设"]);
  });
});

describe("the notice's own title is not a section", () => {
  const body = ["1.全年完成固定资产投资增长8%以上。", "牵头单位：区发改局", "2.新开工重大项目30个以上。", "牵头单位：区发改局", "协同单位：区住建局、区自然资源局"];
  it("a `关于…的通知` line right above the tasks heads the document, not their section", async () => {
    const r = await parseText(["关于印发2023年政府工作报告重点任务分解方案的通知", "一、扩大有效投资", ...body].join("\n"));
    expect(r.tasks.map((t) => t.section)).toEqual([["一、扩大有效投资"], ["一、扩大有效投资"]]);
    expect(r.tasks.flatMap((t) => t.review)).toEqual([]);
    expect(r.notice.title).toBe("关于印发2023年政府工作报告重点任务分解方案的通知");
  });
  it("counter-example: an un-numbered heading above the tasks, even one with 关于, is still their section (flagged as inferred)", async () => {
    const r = await parseText(["关于印发2023年政府工作报告重点任务分解方案的通知", "", "关于扩大有效投资", ...body].join("\n"));
    expect(r.tasks.map((t) => t.section)).toEqual([["关于扩大有效投资"], ["关于扩大有效投资"]]);
    expect(r.tasks.every((t) => t.review.some((x) => x.code === "SECTION_UNNUMBERED"))).toBe(true);
  });
});
