// Session 40: classes met in new independent held-out sets (h25), each rule with its counter-example.
// Names are invented (青溪, 青禾, 林一凡, 周子墨, 孙可为).
import { describe, expect, it } from "vitest";
import { parse, parseText } from "../../src/parse.js";
import { splitEntities, titlesOnTheirOwn } from "../../src/names/split.js";
import { withoutHeaderWords } from "../../src/layouts/flat.js";
import { withoutRunningHeads, definedAsLead } from "../../src/layouts/list.js";
import { fit, regriddedPages, segmentKind } from "../../src/layouts/aligned/pagegrid.js";
import { findAlignedHeader } from "../../src/layouts/aligned.js";
import type { RawRecord } from "../../src/model/intermediate.js";

const rows = async (text: string) => (await parseText(text)).tasks.map((t) => [t.seq, t.task, t.leadUnits, t.units, t.coUnits, t.leaders, t.supervisors]);
const codes = async (text: string) => (await parseText(text)).tasks.map((t) => [t.seq, t.review.map((r) => r.code)]);

/** A `pdftotext -layout` text: `parts` are [position, text] pairs laid on one line. */
const laid = (parts: ReadonlyArray<[number, string]>): string => {
  let s = "";
  for (const [pos, t] of parts) s += " ".repeat(Math.max(pos - s.length, s ? 1 : 0)) + t;
  return s;
};

describe("-layout: a page laid on its own grid, the header not printed again", () => {
  const header = laid([[0, "序号"], [6, "目标任务"], [30, "责任单位"], [42, "责任人"], [50, "分管县领导"]]);
  const first = [
    ["1", "地区生产总值增长6%左右。", "县发改局", "林一凡", "周子墨"],
    ["2", "一般公共预算收入增长5%。", "县财政局", "孙可为", "周子墨"],
    ["3", "规模以上工业增加值增长7%。", "县工信局", "林一凡", "周子墨"],
  ].map((r) => laid([[1, r[0]!], [6, r[1]!], [30, r[2]!], [42, r[3]!], [50, r[4]!]]));
  // (leaders the first page does not print: nothing but the page's own grid tells their column)
  const second = [
    ["4", "改造提升灌区渠系12公里，推进农业现代化建设。", "县农业农村局", "言可白", "孙可为"],
    ["5", "新引进亿元以上项目8个，其中工业项目5个。", "县商务局", "龙一舟", "孙可为"],
    ["6", "城镇新增就业2600人，失业率控制在目标以内。", "县人社局", "苑一凡", "孙可为"],
  ];
  const text = (at: readonly number[], page = second) =>
    [
      "青溪县2026年政府工作报告目标任务责任分解表",
      "",
      header,
      ...first,
      "",
      "                    —1—",
      ...page.map((r, k) => (k === 0 ? "\f" : "") + laid([[1, r[0]!], [6, r[1]!], [at[0]!, r[2]!], [at[1]!, r[3]!], [at[2]!, r[4]!]])),
      "",
      "                    —2—",
    ].join("\n");
  it("the page's columns, moved right by its longer task lines, are matched to the header's in order by what they hold", async () => {
    // page 2 prints its units where page 1 printed the 责任人, its people where page 1 printed the 分管县领导
    const got = await rows(text([44, 56, 64]));
    expect(got.map((r) => [r[0], r[3], r[5], r[6]])).toEqual([
      [1, ["县发改局"], ["林一凡"], ["周子墨"]],
      [2, ["县财政局"], ["孙可为"], ["周子墨"]],
      [3, ["县工信局"], ["林一凡"], ["周子墨"]],
      [4, ["县农业农村局"], ["言可白"], ["孙可为"]],
      [5, ["县商务局"], ["龙一舟"], ["孙可为"]],
      [6, ["县人社局"], ["苑一凡"], ["孙可为"]],
    ]);
  });
  it("counter-example: a page on the header's grid is read as printed", async () => {
    // (tasks as short as the first page's: the page keeps the header's grid)
    const got = await rows(text([30, 42, 50], second.map((r) => [r[0]!, r[1]!.replace(/，.*$/, "。"), r[2]!, r[3]!, r[4]!])));
    expect(got.map((r) => [r[0], r[3], r[5], r[6]]).slice(3)).toEqual([
      [4, ["县农业农村局"], ["言可白"], ["孙可为"]],
      [5, ["县商务局"], ["龙一舟"], ["孙可为"]],
      [6, ["县人社局"], ["苑一凡"], ["孙可为"]],
    ]);
  });
  it("counter-example: a page whose 序号 and task text start two positions apart (one edge of numbers and prose) keeps its grid", () => {
    const page = second.map((r) => [r[0]!, r[1]!.replace(/，.*$/, "。"), r[2]!, r[3]!, r[4]!]);
    const lines = text([30, 42, 50], page)
      .split("\n")
      .map((t, k) => ({ text: t.replace(/^(\f?) (\d) {4}/, "$1 $2  "), line: k + 1 }));
    expect(lines.some((l) => /^\f? \d {2}\S/.test(l.text))).toBe(true);
    expect(regriddedPages(lines, findAlignedHeader(lines)!, () => null)).toBeNull();
  });
  it("what a segment is, and where it fits", () => {
    expect(["3", "12 建 设 ， 农 产", "县发改局", "林一凡", "12 月底", "加快建设工业园区，新建标准厂房", "局"].map(segmentKind)).toEqual(["number", "number", "unit", "person", "time", "prose", "text"]);
    expect([fit("unit", "leaders"), fit("person", "leaders"), fit("prose", "units"), fit("text", "units"), fit("time", "other")]).toEqual([-1, 1, -1, 0, 1]);
    // a labelled cell's line (`牵头单位：区商务局`) holds a colon, yet names units: a responsibility column's, no task's
    expect([segmentKind("牵头单位：区商务局"), segmentKind("林一凡（常务副")]).toEqual(["label", "person"]);
    expect([fit("label", "units"), fit("label", "task")]).toEqual([1, -1]);
  });
});

describe("a flattened dump's header words among a row's names (poppler's reading order prints a page's header after its rows)", () => {
  const record = (cells: Record<string, string[]>): RawRecord => ({
    table: 0,
    seq: 1,
    section: [],
    task: [],
    cells: Object.fromEntries(Object.entries(cells).map(([f, ls]) => [f, ls.map((text) => ({ text }))])),
    source: {},
  });
  it("a whole header word, on one line or wrapped over two, is no name", () => {
    const r = record({ coUnits: ["协办单位", "各镇（街道）"], supervisors: ["区分管或联系领", "导", "林一凡"] });
    withoutHeaderWords(r, ["序号", "具体目标任务", "牵头单位", "协办单位", "区分管或联系领导"]);
    expect(r.cells).toEqual({ coUnits: [{ text: "各镇（街道）" }], supervisors: [{ text: "林一凡" }] });
  });
  it("in a poppler dump whose page tails print the header's last words after the rows, no row holds a header word", async () => {
    const r = await parse("fixtures/dumps/seed003-unruled.pdftotext.txt");
    const headers = r.tables[0]!.headers.map((h) => h.text);
    expect(headers).toContain("区分管或联系领导");
    const held = r.tasks.flatMap((t) => [...t.leadUnits, ...t.units, ...t.coUnits, ...t.leaders, ...t.supervisors].filter((n) => headers.includes(n)).map((n) => [t.seq, n]));
    expect(held).toEqual([]);
  });
  it("counter-example: a piece of a header word ending a wrapped name stays (`相关项目指挥部责` + `任单位`)", () => {
    const r = record({ units: ["相关项目指挥部责", "任单位"] });
    withoutHeaderWords(r, ["序号", "具体任务", "牵头单位", "责任单位", "分管领导"]);
    expect(r.cells.units!.map((l) => l.text)).toEqual(["相关项目指挥部责", "任单位"]);
  });
});

describe("`X会同Y负责`: Y read as a co-unit, the row says so", () => {
  const head = "青溪市2026年政府工作报告重点工作分工\n一、稳增长\n";
  it("flags the row (Y might share the responsibility)", async () => {
    const text = head + "1.争取专项债券额度50亿元。（市财政局会同市发展改革委负责）\n2.新增规上工业企业80家。（市工信局负责）";
    expect(await rows(text)).toEqual([
      [1, "争取专项债券额度50亿元。", [], ["市财政局"], ["市发展改革委"], [], []],
      [2, "新增规上工业企业80家。", [], ["市工信局"], [], [], []],
    ]);
    expect((await codes(text))[0]![1]).toContain("ROLE_PARTNERS_GUESSED");
  });
  it("counter-example: 牵头 and 配合 say each role; no such flag", async () => {
    const text = head + "1.争取专项债券额度50亿元。（市财政局牵头，市发展改革委配合）\n2.新增规上工业企业80家。（市工信局负责）";
    expect((await codes(text)).flatMap(([, c]) => c as string[])).not.toContain("ROLE_PARTNERS_GUESSED");
  });
});

describe("a notice that defines its unit label as the lead (`主责单位即牵头单位`)", () => {
  const list = (letter: string) =>
    [
      "青溪市人民政府办公室关于印发重点工作责任清单的通知",
      letter,
      "青溪市人民政府办公室",
      "2026年3月5日",
      "2026年市政府工作报告重点工作责任清单",
      "一、稳增长",
      "第一项　地区生产总值增长6%。",
      "主责单位：市发展和改革委员会；协同单位：市统计局",
      "第二项　固定资产投资增长8%。",
      "主责单位：市发展和改革委员会、市财政局；协同单位：市住建局",
    ].join("\n");
  it("the units under that label lead", async () => {
    const got = await rows(list("责任清单中所列主责单位即牵头单位，对任务落实负总责；协同单位要主动配合。"));
    expect(got.map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      [1, ["市发展和改革委员会"], [], ["市统计局"]],
      [2, ["市发展和改革委员会", "市财政局"], [], ["市住建局"]],
    ]);
  });
  it("counter-example: a letter that only mentions both labels leaves the units responsible", async () => {
    const got = await rows(list("各主责单位要与牵头单位加强对接，协同单位要主动配合。"));
    expect(got.map((r) => [r[0], r[2], r[3]])).toEqual([
      [1, [], ["市发展和改革委员会"]],
      [2, [], ["市发展和改革委员会", "市财政局"]],
    ]);
    expect(definedAsLead("所列主责单位即牵头单位", [{ text: "责任单位", field: "units" }])).toBeNull();
    expect(definedAsLead("所列主责单位即牵头单位", [{ text: "主责单位：", field: "units" }])).toBe("主责单位即牵头单位");
  });
});

describe("label lines without colons, two on a line apart by a wide gap (`责任领导 林一凡　　牵头单位 县发改局`)", () => {
  const text = (labels: string) => ["青溪县2026年县政府工作报告目标任务分解", "一、主要预期目标", "①地区生产总值增长7%左右。", labels, "责任单位 县统计局、县安委会各成员单位", "②一般公共预算收入增长5%。", "责任领导 周子墨　　牵头单位 县财政局", "责任单位 县税务局"].join("\n");
  it("each label gets its names; a unit named after its members (`…各成员单位`) is no label word", async () => {
    expect((await rows(text("责任领导 林一凡　　牵头单位 县发展和改革局"))).map((r) => [r[0], r[1], r[2], r[3], r[5]])).toEqual([
      [1, "地区生产总值增长7%左右。", ["县发展和改革局"], ["县统计局", "县安委会各成员单位"], ["林一凡"]],
      [2, "一般公共预算收入增长5%。", ["县财政局"], ["县税务局"], ["周子墨"]],
    ]);
  });
  it("counter-example: a sentence opening with a label word stays the task's", async () => {
    const got = await rows(["青溪县2026年县政府工作报告目标任务分解", "一、主要预期目标", "①地区生产总值增长7%左右。", "牵头单位 县发展和改革局", "②责任单位 要切实履行职责　　确保各项任务按期完成。", "牵头单位 县财政局"].join("\n"));
    expect(got.map((r) => [r[0], r[1], r[2]])).toEqual([
      [1, "地区生产总值增长7%左右。", ["县发展和改革局"]],
      [2, "责任单位要切实履行职责确保各项任务按期完成。", ["县财政局"]],
    ]);
  });
});

describe("a list of names wrapped before a name's generic tail (`各乡镇` | `人民政府`)", () => {
  const text = (tail: string, colon = "：") => ["青溪县2026年政府工作报告目标任务分解", "一、重点工作", "1.改造提升灌区渠系12公里。", `牵头单位${colon}县农业农村局`, `责任单位${colon}县水利局、各乡镇`, tail, "2.新增城镇就业2600人。", `牵头单位${colon}县人社局`].join("\n");
  it("the tail ends the name above (a label with its colon or without)", async () => {
    expect((await rows(text("人民政府")))[0]![3]).toEqual(["县水利局", "各乡镇人民政府"]);
    expect((await rows(text("人民政府", " ")))[0]![3]).toEqual(["县水利局", "各乡镇人民政府"]);
    expect((await rows(text("人民政府", " ")))[1]![0]).toBe(2);
  });
  it("counter-example: a line that is no name's tail does not join it", async () => {
    expect((await rows(text("县交通运输局")))[0]![3]).not.toContain("各乡镇县交通运输局");
    expect((await rows(text("民生实事")))[0]![3]).not.toContain("各乡镇民生实事");
  });
});

describe("a whole unit's name alone under a unit list that ended on a whole name (its separator lost at the line's end)", () => {
  const text = (line: string, label = "责任单位") => ["青溪县2026年政府工作报告目标任务分解", "一、重点工作", "1.改造提升灌区渠系12公里。", "牵头单位：县农业农村局", `${label}：县水利局、各乡镇`, line, "2.新增城镇就业2600人。", "牵头单位：县人社局"].join("\n");
  it("is the list's last name, and the row says it may be a heading instead (it had become every later task's section)", async () => {
    const r = await parseText(text("县交通运输局"));
    expect(r.tasks.map((t) => [t.seq, t.section, t.units])).toEqual([
      [1, ["一、重点工作"], ["县水利局", "各乡镇", "县交通运输局"]],
      [2, ["一、重点工作"], []],
    ]);
    expect(r.tasks[0]!.review.map((x) => x.code)).toContain("NAME_LINE_JOINED");
  });
  it("counter-example: a heading's words, or a person's name, are no unit of the list", async () => {
    expect((await parseText(text("民生实事"))).tasks[0]!.units).toEqual(["县水利局", "各乡镇"]);
    expect((await parseText(text("民生实事"))).tasks[0]!.review.map((x) => x.code)).not.toContain("NAME_LINE_JOINED");
    expect((await parseText(text("林一凡"))).tasks[0]!.units).toEqual(["县水利局", "各乡镇"]);
  });
});

describe("a running head printed at every page break of text copied out of a gazette", () => {
  const page = (n: number) => [`— ${n} —`, "青溪市人民政府公报　　　　2026年第3期"];
  const lines = ["青溪市2026年政府工作报告重点工作分工", "一、稳增长", "1.争取专项债券额度50亿元。（市财政局负责）", ...page(12), "2.新增规上工业企业80家。（市工信局负责）", "二、促改革", ...page(13), "3.深化国企改革。（市国资委负责）"];
  it("is no section nor task", async () => {
    expect((await parseText(lines.join("\n"))).tasks.map((t) => [t.seq, t.section])).toEqual([
      [1, ["一、稳增长"]],
      [2, ["一、稳增长"]],
      [3, ["二、促改革"]],
    ]);
    expect(withoutRunningHeads(lines.map((text, k) => ({ text, line: k + 1 }))).filter((l) => l.text.includes("公报"))).toEqual([]);
  });
  it("counter-example: a line printed once by a page number, or a label line by a page number twice, stays", () => {
    const once = ["1.争取专项债券额度50亿元。", "— 12 —", "青溪市人民政府公报　　2026年第3期", "2.新增规上工业企业80家。"].map((text, k) => ({ text, line: k + 1 }));
    expect(withoutRunningHeads(once).map((l) => l.text)).toEqual(once.map((l) => l.text));
    const labels = ["1.争取专项债券。", "— 1 —", "责任领导 林一凡　　牵头单位 县财政局", "2.新增企业。", "— 2 —", "责任领导 林一凡　　牵头单位 县财政局"].map((text, k) => ({ text, line: k + 1 }));
    expect(withoutRunningHeads(labels).map((l) => l.text)).toEqual(labels.map((l) => l.text));
  });
});

describe("a person's title read as an entry of its own after the name (`林一凡` | `副市长`)", () => {
  it("is the name's annotation", () => {
    expect(titlesOnTheirOwn(["周子墨", "林一凡", "副市长"])).toEqual(["周子墨", "林一凡（副市长）"]);
    expect(splitEntities([{ text: "林一凡" }, { text: "常务副县长" }], "person")).toEqual(["林一凡（常务副县长）"]);
  });
  it("counter-example: a title with a name after it may open that person; two names stay two", () => {
    expect(titlesOnTheirOwn(["林一凡", "副县长", "周子墨"])).toEqual(["林一凡", "副县长", "周子墨"]);
    expect(titlesOnTheirOwn(["林一凡", "周子墨"])).toEqual(["林一凡", "周子墨"]);
  });
});

describe("a task of several sentences, each closed by its own bracket of roles", () => {
  const head = "青溪省2026年政府工作报告重点工作分工\n一、扩大内需\n";
  it("is one task without the brackets, with every sentence's roles in printed order", async () => {
    const text = head + "1.培育消费新业态，打造青禾湖夜间消费街区。（省文化和旅游厅负责）加快发展养老托育服务。（省卫生健康委、省民政厅按职责分工负责）完善物流配送体系。（省商务厅牵头，省交通运输厅配合）\n2.稳定汽车消费。（省商务厅负责）";
    const r = await parseText(text);
    expect(r.tasks.map((t) => [t.seq, t.task, t.leadUnits, t.units, t.coUnits])).toEqual([
      [1, "培育消费新业态，打造青禾湖夜间消费街区。加快发展养老托育服务。完善物流配送体系。", ["省商务厅"], ["省文化和旅游厅", "省卫生健康委", "省民政厅"], ["省交通运输厅"]],
      [2, "稳定汽车消费。", [], ["省商务厅"], []],
    ]);
    expect(r.diagnostics.filter((d) => d.code === "ROLES_PER_SENTENCE").map((d) => [d.level, d.seq])).toEqual([["info", 1]]);
  });
  it("counter-example: a bracket of roles inside a sentence stays the sentence's", async () => {
    const text = head + "1.新建学校5所（市教育局负责）、医院2所，完善公共服务。（市卫健委负责）\n2.稳定汽车消费。（省商务厅负责）";
    const r = await parseText(text);
    expect(r.tasks[0]!.task).toBe("新建学校5所（市教育局负责）、医院2所，完善公共服务。");
    expect(r.tasks[0]!.units).toEqual(["市卫健委"]);
  });
  it("counter-example: a bracket inside a sentence, or one naming no role, stays the task's text", async () => {
    const text = head + "1.实施技改项目120个（含续建项目）。新增规上企业50家（其中工业企业30家）。（省工信厅负责）\n2.稳定汽车消费。（省商务厅负责）";
    const r = await parseText(text);
    expect(r.tasks[0]!.task).toBe("实施技改项目120个（含续建项目）。新增规上企业50家（其中工业企业30家）。");
    expect(r.tasks[0]!.units).toEqual(["省工信厅"]);
    expect(r.diagnostics.filter((d) => d.code === "ROLES_PER_SENTENCE")).toEqual([]);
  });
});

describe("a `-raw` dump: a row's own role-label cell printed after its task, before the next row's heading and number", () => {
  const text = [
      "附件",
      "2026 年区《政府工作报告》重点工作责任分工",
      "序号 重点任务 责任单位 分管区领导",
      "一、稳定经济增长",
      "1",
      "全区经济总量增长 5.5%左右，税收收入",
      "增长 5%。",
      "牵头单位：区发展改革局、区",
      "财政局",
      "配合单位：区统计局、区税务",
      "局、各街道办事处",
      "林一凡（常务副",
      "区长）",
      "2",
      "建成智慧工厂 8 个，推动 120 家规上",
      "企业开展数字化诊断。",
      "牵头单位：区科技和工业信息",
      "化局",
      "配合单位：区大数据中心",
      "周子墨（副区",
      "长）",
      "3 做强地方金融服务，新增挂牌企业 3 家、区域 牵头单位：区金融工作中心 林一凡（常务副",
      "— 2 —",
      "股权市场挂牌企业 9 家，培育后备企业 20 家；",
      "引导驻区银行新增科技型企业贷款 12 亿",
      "元，降低小微企业综合融资成本。",
      "配合单位：区财政局、区发展",
      "改革局、区市场监管局",
      "区长）",
      "二、提升城区功能品质",
      "4",
      "实施片区更新工程，完成老旧院落整治 26",
      "个，惠及住户 0.8 万户。",
      "牵头单位：区住房和城乡建设",
      "局",
      "配合单位：区自然资源局、区",
      "城市管理局",
      "孙可为（副区",
      "长）",
      "5",
      "新建滨水步道 14 公里，建成街角游园 9 个。",
      "牵头单位：区城市管理局",
      "配合单位：区自然资源局",
      "孙可为（副区",
      "长）",
    ].join("\n");
  it("stays the row's: the heading after it opens the next rows' section, their tasks their own", async () => {
    const got = (await parseText(text)).tasks.map((t) => [t.seq, t.section, t.task.slice(0, 6)]);
    expect(got.slice(3)).toEqual([
      [4, ["二、提升城区功能品质"], "实施片区更新"],
      [5, ["二、提升城区功能品质"], "新建滨水步道"],
    ]);
    expect((await parseText(text)).tasks[2]!.coUnits.slice(0, 3)).toEqual(["区财政局", "区发展改革局", "区市场监管局"]);
  });
});

describe("a flattened table whose 序号 is its last column (each number closes its row)", () => {
  const table = (rows: ReadonlyArray<readonly string[]>, header: readonly string[]) =>
    ["青禾县2026年县政府工作报告重点工作责任清单", ...header, ...rows.flat()].join("\n");
  const rowsOf = [
    ["林一凡", "全县生产总值增长6%", "牵头：县发展和改革局；配合：县统计局", "1"],
    ["林一凡", "一般公共预算收入增长5%", "牵头：县财政局；配合：县税务局", "2"],
    ["周子墨", "新建城东大道2公里", "牵头：县交通运输局", "3"],
  ];
  it("gives each number the lines before it", async () => {
    const got = (await parseText(table(rowsOf, ["分管县领导", "工作任务", "责任分工", "序号"]))).tasks.map((t) => [t.seq, t.task, t.leadUnits, t.coUnits, t.supervisors]);
    expect(got).toEqual([
      [1, "全县生产总值增长6%", ["县发展和改革局"], ["县统计局"], ["林一凡"]],
      [2, "一般公共预算收入增长5%", ["县财政局"], ["县税务局"], ["林一凡"]],
      [3, "新建城东大道2公里", ["县交通运输局"], [], ["周子墨"]],
    ]);
  });
  it("counter-example: numbers printed first under a header that names 序号 last open their rows, as printed", async () => {
    const first = rowsOf.map((r) => [r[3]!, r[0]!, r[1]!, r[2]!]);
    const got = (await parseText(table(first, ["分管县领导", "工作任务", "责任分工", "序号"]))).tasks.map((t) => [t.seq, t.task, t.supervisors]);
    expect(got).toEqual([
      [1, "全县生产总值增长6%", ["林一凡"]],
      [2, "一般公共预算收入增长5%", ["林一凡"]],
      [3, "新建城东大道2公里", ["周子墨"]],
    ]);
  });
  it("counter-example: a 序号 printed first opens its row, as usual", async () => {
    const first = rowsOf.map((r) => [r[3]!, r[1]!, r[2]!, r[0]!]);
    const got = (await parseText(table(first, ["序号", "工作任务", "责任分工", "分管县领导"]))).tasks.map((t) => [t.seq, t.task, t.supervisors]);
    expect(got).toEqual([
      [1, "全县生产总值增长6%", ["林一凡"]],
      [2, "一般公共预算收入增长5%", ["林一凡"]],
      [3, "新建城东大道2公里", ["周子墨"]],
    ]);
  });
});

describe("a flattened header that ends with a spanning label (`责任分工` last, its cells the labelled division)", () => {
  const rowsOf = [
    ["林一凡", "全县生产总值增长6%", "牵头：县发展和改革局；配合：县统计局"],
    ["林一凡", "一般公共预算收入增长5%", "牵头：县财政局；配合：县税务局"],
    ["周子墨", "新建城东大道2公里", "牵头：县交通运输局"],
  ];
  const text = (header: readonly string[], row: (r: readonly string[], k: number) => string[]) =>
    ["青禾县2026年县政府工作报告重点工作责任清单", ...header, ...rowsOf.flatMap((r, k) => row(r, k))].join("\n");
  it("is a column of its own, not the task header's wrapped end (`工作任务` + `责任分工`)", async () => {
    const got = (await parseText(text(["序号", "分管县领导", "工作任务", "责任分工"], (r, k) => [String(k + 1), r[0]!, r[1]!, r[2]!]))).tasks.map((t) => [t.seq, t.task, t.leadUnits, t.coUnits, t.supervisors]);
    expect(got).toEqual([
      [1, "全县生产总值增长6%", ["县发展和改革局"], ["县统计局"], ["林一凡"]],
      [2, "一般公共预算收入增长5%", ["县财政局"], ["县税务局"], ["林一凡"]],
      [3, "新建城东大道2公里", ["县交通运输局"], [], ["周子墨"]],
    ]);
  });
  it("counter-example: a spanning label with the columns it spans after it stays their group's label", async () => {
    const header = ["序号", "工作任务", "责任分工", "牵头单位", "配合单位", "分管县领导"];
    const got = (await parseText(text(header, (r, k) => [String(k + 1), r[1]!, r[2]!.replace(/^牵头：(.*?)(；配合：(.*))?$/, "$1"), r[2]!.includes("配合") ? r[2]!.replace(/^.*配合：/, "") : "", r[0]!].filter((x) => x)))).tables[0]!.headers.map((h) => h.field);
    expect(got).not.toContain("other");
    expect(got).toEqual(expect.arrayContaining(["leadUnits", "coUnits", "supervisors"]));
  });
});

describe("a web table pasted as text, every cell on a line of its own and a blank line after each row", () => {
  const rowsOf = [
    ["1", "地区生产总值增长6%", "县发展和改革局", "县统计局", "林一凡"],
    ["2", "固定资产投资增长8%", "县发展和改革局", "县住房和城乡建设局、县自然资源局", "林一凡"],
    ["3", "社会消费品零售总额增长9%", "县商务局", "县市场监督管理局", "周子墨"],
    ["4", "建成数字经济产业园一期", "县工业和信息化局", "青禾高新区管委会", "周子墨"],
    ["5", "新增城镇就业2600人", "县人力资源和社会保障局", "县财政局", "孙可为"],
    // (units each printed in both columns across the rows: the document's other rows cannot say where a cut goes)
    ["6", "争取专项债券资金10亿元", "县财政局", "县发展和改革局", "孙可为"],
    ["7", "新建保障性住房300套", "县住房和城乡建设局", "县财政局、县发展和改革局", "周子墨"],
  ];
  const text = (rows: ReadonlyArray<readonly string[]>) =>
    // (a two-row header, 责任分工 over 牵头单位 | 配合单位, pasted row by row)
    ["青禾县2026年县政府工作报告目标任务责任分工表", "", "序号", "目标任务", "责任分工", "县级责任领导", "", "牵头单位", "配合单位", "", ...rows.flatMap((r) => [...r, ""])].join("\n");
  it("cuts each row's units at its lines, one line a column: no guess to flag", async () => {
    const r = await parseText(text(rowsOf));
    expect(r.tasks.map((t) => [t.seq, t.leadUnits, t.coUnits, t.leaders])).toEqual(rowsOf.map((x) => [Number(x[0]), [x[2]], x[3]!.split("、"), [x[4]]]));
    expect(r.tasks.flatMap((t) => t.review.map((x) => x.code))).not.toContain("FLAT_UNIT_COLUMNS_GUESSED");
  });
  it("counter-example: a row whose unit cell wraps onto a second line is not cut by lines", async () => {
    const wrapped = rowsOf.map((r) => (r[0] === "2" ? [r[0], r[1]!, r[2]!, "县住房和城乡建设局、", "县自然资源局", r[4]!] : r));
    const r = await parseText(text(wrapped));
    const two = r.tasks.find((t) => t.seq === 2)!;
    expect([...two.leadUnits, ...two.coUnits]).toEqual(["县发展和改革局", "县住房和城乡建设局", "县自然资源局"]);
  });
});
