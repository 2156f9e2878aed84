// Session 38: classes met in a new independent held-out set (h23), each rule with its counter-example.
// Names are invented (青溪, 青禾, 林一凡, 周子墨, 孙可为, 苑一凡, 言可白, 龙一舟).
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import { splitEntities } from "../../src/names/split.js";
import { scanLabels } from "../../src/layouts/list/labels.js";

const rows = async (text: string) => (await parseText(text)).tasks.map((t) => [t.seq, t.task, t.leadUnits, t.units, t.coUnits, t.leaders, t.supervisors]);

describe("a label word with its government level written before it (`市级责任领导`)", () => {
  it("the level is part of the label, not of the task before the bracket", async () => {
    expect(scanLabels("市级责任领导：林一凡；牵头单位：市发改委").map((h) => [h.text, h.field])).toEqual([
      ["市级责任领导", "leaders"],
      ["牵头单位", "leadUnits"],
    ]);
    expect(await rows("青溪市2026年重点任务分解\n1.全市服务业增加值增长5%左右。（市级责任领导：林一凡；牵头单位：市发改委；配合单位：各县（市、区）政府）\n2.新建青禾公园1个。（县级责任领导：周子墨；牵头单位：市城管局）")).toEqual([
      [1, "全市服务业增加值增长5%左右。", ["市发改委"], [], ["各县（市、区）政府"], ["林一凡"], []],
      [2, "新建青禾公园1个。", ["市城管局"], [], [], ["周子墨"], []],
    ]);
  });
  it("counter-example: a word before the label that names no level stays outside it", () => {
    expect(scanLabels("推进责任领导：林一凡").map((h) => h.text)).toEqual(["责任领导"]);
    expect(scanLabels("城市级牵头单位：市发改委").map((h) => h.text)).toEqual(["牵头单位"]);
  });
});

describe("people listed with 、 under a people label, whatever their surnames", () => {
  it("two or three Han characters each are two people (`言可白、龙一舟`: 言 is no listed surname)", () => {
    expect(splitEntities(["言可白、龙一舟"], "person")).toEqual(["言可白", "龙一舟"]);
    expect(splitEntities(["言可白、周子墨"], "person")).toEqual(["言可白", "周子墨"]);
  });
  it("counter-examples: a unit column keeps an unsure part joined; titles and collectives in a people column read as before", () => {
    expect(splitEntities(["言可白、龙一舟"], "unit")).toEqual(["言可白、龙一舟"]);
    expect(splitEntities(["各乡镇、街道主要负责人"], "person")).toEqual(["各乡镇", "街道主要负责人"]);
    expect(splitEntities(["镇长、书记"], "person")).toEqual(["镇长", "书记"]);
  });
  it("end to end: a label line of people", async () => {
    expect((await rows("1.建成青禾夜市街区。\n分管区领导：言可白、龙一舟　牵头单位：区商务局")).map((r) => r[6])).toEqual([["言可白", "龙一舟"]]);
  });
});

describe("a piped flattened table with a category column (`项目 | 序号 | …`) and a plain 责任单位 column", () => {
  const head = ["附件", "青溪县2026年政府工作报告目标任务分解表", "项目 |", "序号 |", "目标任务 |", "牵头单位 |", "责任单位 |", "责任人 |", "分管县领导 |", "完成时限 |"];
  const body = [
    "一、青溪经济指标 |", "1 |", "青溪园区产值增长9.2% |", "县发改局 |", "县统计局 |", "林一凡 |", "周子墨 |", "12月底 |",
    "2 |", "青禾片区投资增长13% |", "县发改局 |", "县住建局、县交通局 |", "林一凡、孙可为 |", "周子墨 |", "12月底 |",
    "3 |", "县级税收收入增长4% |", "县财政局 |", "县税务局 |", "孙可为 |", "周子墨 |", "12月底 |",
    "二、青禾有效投资 |", "4 |", "储备青溪重点项目40个以上 |", "县发改局 |", "县财政局 |", "苑一凡 |", "周子墨 |", "6月底前 |",
  ];
  it("the rows leave out the category cell: 责任单位 is a column, not a label over the columns after it", async () => {
    const r = await parseText([...head, ...body].join("\n"));
    expect(r.tables[0]!.headers.map((h) => h.text)).toEqual(["序号", "目标任务", "牵头单位", "责任单位", "责任人", "分管县领导", "完成时限"]);
    expect(r.tasks.map((t) => [t.seq, t.section, t.leadUnits, t.units, t.leaders, t.supervisors])).toEqual([
      [1, ["一、青溪经济指标"], ["县发改局"], ["县统计局"], ["林一凡"], ["周子墨"]],
      [2, ["一、青溪经济指标"], ["县发改局"], ["县住建局", "县交通局"], ["林一凡", "孙可为"], ["周子墨"]],
      [3, ["一、青溪经济指标"], ["县财政局"], ["县税务局"], ["孙可为"], ["周子墨"]],
      [4, ["二、青禾有效投资"], ["县发改局"], ["县财政局"], ["苑一凡"], ["周子墨"]],
    ]);
  });
  it("counter-example: without the category column, 责任单位 over 牵头 | 配合 printed one row narrower is still a group label", async () => {
    const grouped = ["附件", "青溪县2026年重点任务分解表", "序号 |", "目标任务 |", "责任单位 |", "牵头单位 |", "配合单位 |", "完成时限 |",
      "1 |", "青溪园区产值增长9.2% |", "县发改局 |", "县统计局 |", "12月底 |",
      "2 |", "青禾片区投资增长13% |", "县住建局 |", "县交通局 |", "12月底 |",
      "3 |", "县级税收收入增长4% |", "县财政局 |", "县税务局 |", "12月底 |",
      "4 |", "新建青禾公园1个 |", "县城管局 |", "县财政局 |", "6月底前 |"];
    const r = await parseText(grouped.join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.leadUnits, t.coUnits])).toEqual([
      [1, ["县发改局"], ["县统计局"]],
      [2, ["县住建局"], ["县交通局"]],
      [3, ["县财政局"], ["县税务局"]],
      [4, ["县城管局"], ["县财政局"]],
    ]);
  });
});

describe("a table of 民生实事 names its task column after them", () => {
  it("`民生实事` is the task column: a second table under it, not rows of the first", async () => {
    const text = [
      "序号\t重点工作\t牵头单位", "1\t新建青溪产业园一期。\t县发改局", "2\t新增学位1200个。\t县教育局",
      "青溪县2026年十件民生实事责任分工表", "序号\t民生实事\t责任单位\t责任领导", "1\t新建青禾社区食堂5个。\t县民政局\t林一凡", "2\t改造老旧小区20个。\t县住建局\t周子墨",
    ].join("\n");
    const r = await parseText(text);
    expect(r.tables.map((t) => t.headers.map((h) => h.field))).toEqual([["seq", "task", "leadUnits"], ["seq", "task", "units", "leaders"]]);
    expect(r.tasks.map((t) => [t.table, t.seq, t.task, t.units, t.leaders])).toEqual([
      [0, 1, "新建青溪产业园一期。", [], []],
      [0, 2, "新增学位1200个。", [], []],
      [1, 1, "新建青禾社区食堂5个。", ["县民政局"], ["林一凡"]],
      [1, 2, "改造老旧小区20个。", ["县住建局"], ["周子墨"]],
    ]);
  });
  it("counter-example: a heading row `三、民生实事` in a table is a section, no header", async () => {
    const { mapHeader } = await import("../../src/table/headers.js");
    expect(["民生实事", "民生实事项目", "实事名称", "二、办好民生实事", "办好民生实事"].map(mapHeader)).toEqual(["task", "task", "task", "other", "other"]);
    const r = await parseText(["序号\t重点工作\t牵头单位", "三、民生实事", "1\t新建青禾社区食堂5个。\t县民政局"].join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.section, t.leadUnits])).toEqual([[1, ["三、民生实事"], ["县民政局"]]]);
  });
});

describe("a wrapped header word's tail printed beside a header word set lower (`导 完成时限` under `责任领`)", () => {
  const src = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
  it("the tail completes the word above it; the word beside it is a column of its own", async () => {
    const { findAlignedHeader } = await import("../../src/layouts/aligned.js");
    const h = findAlignedHeader(src("序号            重点任务         牵头单位  责任单位 责任领", "                                        导 完成时限", "    推行青溪“一窗通办”改革，政务服务事项 县数据资源 县市场监管        2026年6月", " 10 线上办理率达到97%以上，企业开办时间      局  局、县税务局 林一凡     底", "    压缩至2个工作日以内。"));
    expect(h?.headers).toEqual(["序号", "重点任务", "牵头单位", "责任单位", "责任领导", "完成时限"]);
  });
  it("counter-example: two short names one space apart (no header piece among them) stay one piece, no header word", async () => {
    const { findAlignedHeader } = await import("../../src/layouts/aligned.js");
    const h = findAlignedHeader(src("序号            重点任务         牵头单位  责任单位 责任领导", "                                        林一 周子", "    推行青溪“一窗通办”改革，政务服务事项 县数据资源 县市场监管        2026年6月", " 10 线上办理率达到97%以上，企业开办时间      局  局、县税务局 林一凡     底", "    压缩至2个工作日以内。"));
    expect(h?.headers).toEqual(["序号", "重点任务", "牵头单位", "责任单位", "责任领导"]);
  });
});

describe("rows above a merged people cell printed at the middle of its rows (`pdftotext -layout`)", async () => {
  const { corroborate, mergedBelowFields } = await import("../../src/validate/corroborate.js");
  const { headers, task: wellFormed } = await import("../helpers/tasks.js");
  const task = (seq: number, over: Partial<import("../../src/model/schema.js").Task> = {}) => wellFormed(seq, { supervisors: [], ...over });
  const flagged = (rows: ReturnType<typeof task>[], layout = "aligned") =>
    corroborate(rows, [{ index: 0, headers, structure: "geometry", layout }], []).filter((x) => x.code === "FIELD_EMPTY_MAYBE_MERGED").map((x) => x.seq);
  // 分管县领导 merged over rows 1–4, its name printed beside row 3, the layout giving it to rows 3–4
  const centred = [task(1), task(2), task(3, { supervisors: ["林一凡"] }), task(4, { supervisors: ["林一凡"] }), task(5, { supervisors: ["周子墨"] })];
  it("the empty rows right above it may be the same cell: flagged", () => {
    expect(mergedBelowFields(centred).map((s) => [...s].includes("supervisors"))).toEqual([true, true, false, false, false]);
    expect(flagged(centred)).toEqual([1, 2]);
  });
  it("counter-examples: above a cell of one row, or above a row that names someone else next, nothing is said", () => {
    const single = [task(1), task(2), task(3, { supervisors: ["林一凡"] }), task(4, { supervisors: ["周子墨"] })];
    expect(flagged(single)).toEqual([]);
    expect(mergedBelowFields(single).every((s) => !s.has("supervisors"))).toBe(true);
    // a filled row between: the run above it is no longer next to the merged cell
    const apart = [task(1), task(2, { supervisors: ["孙可为"] }), task(3, { supervisors: ["林一凡"] }), task(4, { supervisors: ["林一凡"] })];
    expect(mergedBelowFields(apart)[0]!.has("supervisors")).toBe(false);
  });
  it("a cell the layout marked merged (the row under it inherits) counts too", () => {
    const marked = [task(1), task(2, { supervisors: ["林一凡"] }), task(3, { supervisors: ["林一凡"], inherited: ["supervisors"] })];
    expect(mergedBelowFields(marked)[0]!.has("supervisors")).toBe(true);
  });
});

describe("a narrow 项目 cell wraps its heading across a comma (`级，构建`), text copied out of a PDF", () => {
  const dump = (piece: string) =>
    ["附件", "青溪县2026年目标任务责任分解表", "序号 项目 目标任务 责任单位 责任领导", "1 一、聚焦", "产业升", piece, "现代体系", "新建青溪产业园一期。 县发改局 林一凡", "2 新增规上工业企业10家。 县工信局 周子墨"].join("\n");
  it("the piece with the comma goes on the heading", async () => {
    const r = await parseText(dump("级，构建"));
    expect(r.tasks.map((t) => [t.seq, t.section, t.task])).toEqual([
      [1, ["一、聚焦产业升级，构建现代体系"], "新建青溪产业园一期。"],
      [2, ["一、聚焦产业升级，构建现代体系"], "新增规上工业企业10家。"],
    ]);
  });
  it("counter-example: a line ending on its comma, or longer clauses, is no heading piece", async () => {
    const { isHeadingFragment } = await import("../../src/layouts/flat/fragments.js");
    expect(["级，构建", "质，建设", "级，构建体"].map((t) => isHeadingFragment(t))).toEqual([true, true, true]);
    expect(["加快推进，", "，构建", "推进产业，加快建设", "8%，增长"].map((t) => isHeadingFragment(t))).toEqual([false, false, false, false]);
  });
});

describe("a web page lists other notices' titles before the letter's own", () => {
  const page = (...extra: string[]) =>
    [
      "首页 > 政务公开 > 通知公告", "相关文件", "青溪县人民政府办公室关于印发2025年县政府工作报告重点工作任务分解的通知", "青溪县人民政府关于下达2026年国民经济和社会发展计划的通知",
      "文号：青政办发〔2026〕4号", ...extra, "青溪县人民政府办公室关于印发2026年县政府工作报告重点工作任务分解的通知", "各乡镇人民政府，县直各部门：", "现将分解表印发给你们，请认真贯彻落实。", "青溪县人民政府办公室", "2026年2月18日",
    ].map((text, i) => ({ text, line: i + 1 }));
  it("the title is the last one above the salutation, and the year is its year", async () => {
    const { extractNotice } = await import("../../src/meta/notice.js");
    const n = extractNotice(page(), null, null);
    expect([n.title, n.year]).toEqual(["青溪县人民政府办公室关于印发2026年县政府工作报告重点工作任务分解的通知", 2026]);
  });
  it("counter-example: a letter without a salutation keeps its first title", async () => {
    const { extractNotice } = await import("../../src/meta/notice.js");
    const lines = page().filter((l) => !l.text.startsWith("各乡镇"));
    expect(extractNotice(lines, null, null).title).toBe("青溪县人民政府办公室关于印发2025年县政府工作报告重点工作任务分解的通知");
  });
});
