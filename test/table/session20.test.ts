// Rules from session 20, each with a counter-example: a table numbered per section whose header is
// repeated at the top of each page (the numbering restarts under a heading row right after it).
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import type { Result } from "../../src/model/schema.js";

const rows = (r: Result) => r.tasks.map((t) => [t.table, t.seq, t.section.at(-1), t.leadUnits[0]]);
const header = "| 序号 | 工作任务 | 牵头单位 |\n|---|---|---|\n";

describe("a header repeated on a new page, then a heading row and a row numbered 1", () => {
  it("in a table already numbered per section: the same table, numbered on", async () => {
    const text =
      header +
      "| 一、产业发展 | | |\n| 1 | 新增规上工业企业30家。 | 县工信局 |\n| 2 | 推进园区建设。 | 县发改局 |\n" +
      "| 二、民生保障 | | |\n| 1 | 新建幼儿园3所。 | 县教育局 |\n\f\n" +
      header.split("\n")[0] + "\n| 三、城乡建设 | | |\n| 1 | 改造老旧小区50个。 | 县住建局 |\n| 2 | 建设污水管网。 | 县水利局 |\n";
    const r = await parseText(text);
    expect(rows(r)).toEqual([
      [0, 1, "一、产业发展", "县工信局"],
      [0, 2, "一、产业发展", "县发改局"],
      [0, 3, "二、民生保障", "县教育局"],
      [0, 4, "三、城乡建设", "县住建局"],
      [0, 5, "三、城乡建设", "县水利局"],
    ]);
    expect(r.diagnostics.filter((d) => d.code === "SEQ_RESTART_SECTION").map((d) => d.seq)).toEqual([3, 4]);
  });
  it("counter-example: a table not seen to restart its numbering before: a second table of the same shape", async () => {
    const text =
      header + "| 一、产业发展 | | |\n| 1 | 新增规上工业企业30家。 | 县工信局 |\n| 2 | 推进园区建设。 | 县发改局 |\n\f\n" +
      header.split("\n")[0] + "\n| 二、民生保障 | | |\n| 1 | 新建幼儿园3所。 | 县教育局 |\n";
    const r = await parseText(text);
    expect(rows(r)).toEqual([
      [0, 1, "一、产业发展", "县工信局"],
      [0, 2, "一、产业发展", "县发改局"],
      [1, 1, "二、民生保障", "县教育局"],
    ]);
  });
});

/** A PDF's `-raw` text of a table whose 牵头单位 is merged over tasks: the rows under the merge print the 责任单位 list only. */
function mergedLead(rowsIn: ReadonlyArray<readonly [string, string | null, string]>): string {
  const head = ["附件", "2024年重点任务分解表", "序号 主要任务 牵头单位 责任单位"];
  return [...head, ...rowsIn.flatMap(([task, lead, units], i) => [String(i + 1), task, ...(lead ? [lead] : []), ...units.split("\n")])].join("\n") + "\n";
}
const unitRows = (r: Result) => r.tasks.map((t) => [t.seq, t.leadUnits, t.units, t.review.map((x) => x.code)]);

describe("a first unit column merged over tasks, in text that lost the cells", () => {
  it("a row printing more units than any lead cell holds takes the row above's lead, flagged", async () => {
    const r = await parseText(
      mergedLead([
        ["全年谋划储备重大项目200个，滚动实施重点项目150个。", "县发改局", "县直各有关单位、各乡镇人民政府"],
        ["全力争取上级各类资金支持，全年争取上级资金25亿元以上。", null, "县财政局、县金融工作局"],
        ["深入实施消费提质扩容行动，社会消费品零售总额增长8%。", "县商务局", "县市场监管局、县财政局"],
        ["完善县乡村三级电子商务和物流配送体系，新建站点50个。", null, "县农业农村局、县交通运输局、县供销社"],
        ["加快文旅融合发展，全年接待游客500万人次。", "县文旅局", "县自然资源局、有关乡镇人民政府"],
        ["培育壮大现代服务业，新增规模以上服务业企业30家。", "县发改局", "县统计局、县税务局"],
      ]),
    );
    const got = unitRows(r);
    expect(got[1]).toEqual([2, ["县发改局"], ["县财政局", "县金融工作局"], expect.arrayContaining([])]);
    expect(got[3]).toEqual([4, ["县商务局"], ["县农业农村局", "县交通运输局", "县供销社"], expect.arrayContaining([])]);
    const flagged = r.diagnostics.filter((d) => d.code === "FLAT_MERGED_FIRST_COLUMN").map((d) => d.seq);
    expect(flagged).toEqual([2, 4]);
    expect(got.filter((g) => ![2, 4].includes(g[0] as number)).map((g) => (g[1] as string[]).length)).toEqual([1, 1, 1, 1]);
  });
  it("counter-example: a table whose lead cells list several units keeps a lead-only row as printed", async () => {
    const r = await parseText(
      mergedLead([
        ["全年谋划储备重大项目200个，滚动实施重点项目150个。", "县发改局\n县财政局\n县统计局", "各乡镇人民政府"],
        ["全力争取上级各类资金支持，全年争取上级资金25亿元以上。", "县财政局\n县金融工作局\n县税务局", "各乡镇人民政府"],
        ["深入实施消费提质扩容行动，社会消费品零售总额增长8%。", "县商务局\n县市场监管局\n县财政局", "各乡镇人民政府"],
        ["完善县乡村三级电子商务和物流配送体系，新建站点50个。", null, "县农业农村局\n县交通运输局\n县供销社"],
      ]),
    );
    expect(r.diagnostics.filter((d) => d.code === "FLAT_MERGED_FIRST_COLUMN")).toEqual([]);
    // (the lone run is cut by what other rows show, never given the row above's lead)
    expect(r.tasks[3]!.leadUnits[0]).toBe("县农业农村局");
  });
  it("counter-example: a heading row between ends the merge: the row is read as printed", async () => {
    const text = mergedLead([
      ["全年谋划储备重大项目200个，滚动实施重点项目150个。", "县发改局", "县直各有关单位、各乡镇人民政府"],
      ["深入实施消费提质扩容行动，社会消费品零售总额增长8%。", "县商务局", "县市场监管局、县财政局"],
      ["加快文旅融合发展，全年接待游客500万人次。", "县文旅局", "县自然资源局、有关乡镇人民政府"],
    ]) + "二、民生保障\n4\n完善县乡村三级电子商务和物流配送体系，新建站点50个。\n县农业农村局、县交通运输局、县供销社\n";
    const r = await parseText(text);
    expect(r.tasks[3]!.leadUnits).toEqual(["县农业农村局", "县交通运输局", "县供销社"]);
    expect(r.diagnostics.filter((d) => d.code === "FLAT_MERGED_FIRST_COLUMN")).toEqual([]);
  });
});

import { gridToRecords } from "../../src/table/segment.js";
import type { GridRow } from "../../src/model/intermediate.js";

/** A ruled PDF table's rows, as the lattice reader gives them: 类别 | 序号 | 具体任务 | 牵头单位, with their pages. */
const grid = (rowsIn: ReadonlyArray<readonly [string, string, string, string, number]>): GridRow[] => [
  { cells: ["类别", "序号", "具体任务", "牵头单位"].map((t) => ({ lines: [{ text: t }] })), page: 1 },
  ...rowsIn.map(([section, seq, task, lead, page]) => ({ cells: [section, seq, task, lead].map((t) => ({ lines: t ? [{ text: t }] : [] })), page })),
];
const sections = (rows: GridRow[]) => gridToRecords(rows, { layout: "lattice" }).records.map((r) => [r.seq, r.section.join("|"), (r.review ?? []).map((x) => x.code)]);

describe("a 项目 (section) cell cut by a page break", () => {
  it("an unmarked piece on the next page's first row completes the marked heading above it, on both pages' rows", () => {
    const got = sections(grid([
      ["三、改善民生", "1", "新建幼儿园3所。", "县教育局", 1],
      ["四、提升城市", "2", "改造老旧小区50个。", "县住建局", 1],
      ["品质", "3", "建设污水管网。", "县水利局", 2],
      ["", "4", "新建公园2个。", "县城管局", 2],
    ]));
    expect(got).toEqual([
      [1, "三、改善民生", []],
      [2, "四、提升城市品质", ["SECTION_CUT_AT_PAGE"]],
      [3, "四、提升城市品质", ["SECTION_CUT_AT_PAGE"]],
      [4, "四、提升城市品质", ["SECTION_CUT_AT_PAGE"]],
    ]);
  });
  it("counter-example: the same piece on the same page is a heading of its own (an unmarked sub-heading)", () => {
    const got = sections(grid([
      ["四、提升城市", "1", "改造老旧小区50个。", "县住建局", 1],
      ["重点项目", "2", "建设污水管网。", "县水利局", 1],
    ]));
    expect(got.map((g) => g[1])).not.toContain("四、提升城市重点项目");
    expect(got.flatMap((g) => g[2] as string[])).toEqual([]);
  });
  it("counter-example: a marked heading on the next page's first row opens its section", () => {
    const got = sections(grid([
      ["四、提升城市品质", "1", "改造老旧小区50个。", "县住建局", 1],
      ["五、增进民生福祉", "2", "新建幼儿园3所。", "县教育局", 2],
    ]));
    expect(got.map((g) => g[1])).toEqual(["四、提升城市品质", "五、增进民生福祉"]);
  });
});

import { cleanLines } from "../../src/text/hygiene.js";
import { findFlatHeader } from "../../src/layouts/flat/header.js";
import { alignedLines } from "../../src/layouts/aligned.js";

describe("text copied out of a PDF reads the look-alike radicals as the PDF reader does", () => {
  it("`⼀、` opens a heading once folded, and a task's `⼾` reads `户`", () => {
    expect(cleanLines(["⼀、着⼒扩⼤有效需求", "完成重组2⼾。"])).toEqual(["一、着力扩大有效需求", "完成重组2户。"]);
  });
  it("counter-example: ordinary text, full-width punctuation and tabs are left as they are", () => {
    expect(cleanLines(["一、扩大内需，稳定增长（试行）", "序号\t任务"])).toEqual(["一、扩大内需，稳定增长（试行）", "序号\t任务"]);
  });
});

describe("a flattened table's header of a task, one unit column and a column fenjie does not read", () => {
  const src = (texts: string[]) => texts.map((text, k) => ({ text, line: k + 1 }));
  it("`重点工作 | 责任单位 | 完成时限`, one per line, is a header", () => {
    const h = findFlatHeader(src(["附件", "重点工作", "责任单位", "完成时限", "", "1.全年实施县级重点项目85个。", "县发改局", "2025年12月底前"]));
    expect(h?.columns).toEqual(["task", "units", "other"]);
  });
  it("counter-example: two header words alone are no header, nor a task and a column fenjie does not read", () => {
    expect(findFlatHeader(src(["重点工作", "责任单位", "", "1.全年实施县级重点项目85个。"]))).toBeNull();
    expect(findFlatHeader(src(["重点工作", "完成时限", "备注", "", "1.全年实施县级重点项目85个。"]))).toBeNull();
  });
  it("the whole notice copied from a web page reads its rows (number in the task cell)", async () => {
    const text = ["2025年重点工作责任分解表", "重点工作", "责任单位", "完成时限", "", "一、稳增长", "", "1.全年实施县级重点项目85个，完成年度投资96亿元以上。", "县发展和改革局", "各乡镇人民政府", "2025年12月底前", "", "2.加快县城至云门镇二级公路改建工程建设。", "县交通运输局、云门镇人民政府", "2025年11月底前", "", "3.谋划储备中央预算内投资项目40个以上。", "县发展和改革局", "县财政局", "全年持续推进", ""].join("\n");
    const r = await parseText(text);
    expect(r.tasks.map((t) => [t.seq, t.section, t.task, t.units])).toEqual([
      [1, ["一、稳增长"], "全年实施县级重点项目85个，完成年度投资96亿元以上。", ["县发展和改革局", "各乡镇人民政府"]],
      [2, ["一、稳增长"], "加快县城至云门镇二级公路改建工程建设。", ["县交通运输局", "云门镇人民政府"]],
      [3, ["一、稳增长"], "谋划储备中央预算内投资项目40个以上。", ["县发展和改革局", "县财政局"]],
    ]);
  });
});

describe("a position-kept table numbered inside the task cell: heading rows stay at the left edge", () => {
  it("`一、…` printed from the table's edge is not shifted into the task column", () => {
    const lines = [
      "          重点工作                          责任单位          完成时限",
      "一、全力以赴稳增长",
      "1.全年实施县级重点项目85个，完成年度投资 县发展和改革局          2025年12月",
      "96亿元以上。                                                  底前",
      "2.加快县城至云门镇二级公路改建工程建设，年 县交通运输局            2025年11月",
      "内实现大桥主体完工。                                          底前",
      "3.谋划储备中央预算内投资项目40个以上，争 县财政局               全年持续推",
      "取上级资金12亿元。                                            进",
    ].map((text, k) => ({ text, line: k + 1 }));
    const out = alignedLines(lines).lines.map((l) => l.text);
    expect(out[1]).toBe("一、全力以赴稳增长");
    expect(out[2]!.startsWith("1 ")).toBe(true);
  });
});

describe("a web table copied with a blank line between rows, its 市领导 merged over tasks", () => {
  const page = (rowsIn: ReadonlyArray<readonly [string, string, string, string | null]>) =>
    ["2024年目标任务责任分解", "序号", "工作任务", "牵头单位", "责任单位", "市领导", "", "一、主要预期目标", ""]
      .concat(rowsIn.flatMap(([task, lead, units, sup], i) => [String(i + 1), task, lead, units, ...(sup ? [sup] : []), ""]))
      .join("\n");
  it("the rows under a merged cell take the names printed in its first row, flagged", async () => {
    const r = await parseText(
      page([
        ["地区生产总值增长5.5%左右。", "市发展改革委", "各区县（市）人民政府", "赵明远"],
        ["一般公共预算收入增长4%。", "市财政局", "市税务局、各区县（市）人民政府", null],
        ["城镇新增就业3.2万人。", "市人力资源社会保障局", "各区县（市）人民政府", null],
        ["居民消费价格涨幅控制在3%左右。", "市发展改革委", "市市场监管局、市统计局", "钱思齐"],
        ["单位地区生产总值能耗完成省下达目标任务。", "市发展改革委", "市生态环境局", null],
        ["粮食产量稳定在50万吨以上。", "市农业农村局", "各区县（市）人民政府", "孙立言"],
      ]),
    );
    expect(r.tasks.map((t) => [t.seq, t.supervisors, t.review.map((x) => x.code).includes("MERGED_CELL_GUESSED") || r.diagnostics.some((d) => d.seq === t.seq && d.code === "MERGED_CELL_GUESSED")])).toEqual([
      [1, ["赵明远"], false],
      [2, ["赵明远"], true],
      [3, ["赵明远"], true],
      [4, ["钱思齐"], false],
      [5, ["钱思齐"], true],
      [6, ["孙立言"], false],
    ]);
  });
  it("counter-example: a column that prints its leader on every row leaves an empty cell empty", async () => {
    const r = await parseText(
      page([
        ["地区生产总值增长5.5%左右。", "市发展改革委", "各区县（市）人民政府", "赵明远"],
        ["一般公共预算收入增长4%。", "市财政局", "市税务局", "赵明远"],
        ["城镇新增就业3.2万人。", "市人力资源社会保障局", "各区县（市）人民政府", null],
        ["居民消费价格涨幅控制在3%左右。", "市发展改革委", "市统计局", "钱思齐"],
        ["单位地区生产总值能耗完成省下达目标任务。", "市发展改革委", "市生态环境局", "钱思齐"],
        ["粮食产量稳定在50万吨以上。", "市农业农村局", "各区县（市）人民政府", "孙立言"],
      ]),
    );
    expect(r.tasks[2]!.supervisors).toEqual([]);
  });
});

describe("a 类别 cell wrapped in a narrow column, printed between two rows (`-raw` text)", () => {
  const raw = (second: string[]) =>
    [
      "附件", "重点任务分解表", "类别 序号 具体任务 牵头单位 责任单位 分管领导",
      "一、扩", "大有效", "需求",
      "1", "全年固定资产投资增长9%以上。", "县发改局", "县统计局", "王明远",
      "2", "实施重点项目86个，年度计划投资98亿元。", "县发改局", "县青禾项目服务中心", "王明远",
      ...second,
      "3", "规上工业增加值增长8.5%。", "县经信局", "县统计局", "李思华",
      "4", "新增规上工业企业12家。", "县经信局", "县财政局", "李思华",
    ].join("\n") + "\n";
  it("its last piece, though it reads like a name (`经济`), ends the heading of the rows below", async () => {
    const r = await parseText(raw(["二、壮", "大实体", "经济"]));
    expect(r.tasks.map((t) => [t.seq, t.section, t.supervisors])).toEqual([
      [1, ["一、扩大有效需求"], ["王明远"]],
      [2, ["一、扩大有效需求"], ["王明远"]],
      [3, ["二、壮大实体经济"], ["李思华"]],
      [4, ["二、壮大实体经济"], ["李思华"]],
    ]);
  });
  it("counter-example: a name after a long piece is a name, not the heading's end", async () => {
    const r = await parseText(raw(["二、壮大实体经济发", "展质量", "王明远"]));
    expect(r.tasks.flatMap((t) => t.section).some((x) => x.includes("王明远"))).toBe(false);
  });
});

import { segmentRows } from "../../src/layouts/flat/segment.js";

describe("a 序号 label wrapped onto the line under the header (`序` | `号`)", () => {
  const src = (texts: string[]) => texts.map((text, k) => ({ text, line: k + 1 }));
  const header = { start: 0, end: 0, line: 1, headers: ["序", "具体任务", "牵头部门"], columns: ["seq", "task", "leadUnits"] as const, printed: "序具体任务牵头部门" };
  it("its rest is header furniture, after the first header and after a repeat, not a row's text", () => {
    const seg = segmentRows(src(["序 具体任务 牵头部门", "号", "1 新建幼儿园3所。 县教育局", "2 改造老旧小区50个。 县住建局", "序 具体任务 牵头部门", "号", "3 建设污水管网。 县水利局"]), { ...header, columns: [...header.columns] });
    expect(seg.leading.map((l) => l.text)).toEqual([]);
    expect(seg.rows.map((r) => [r.seq, r.lines.map((l) => l.text)])).toEqual([
      [1, ["新建幼儿园3所。 县教育局"]],
      [2, ["改造老旧小区50个。 县住建局"]],
      [3, ["建设污水管网。 县水利局"]],
    ]);
  });
  it("counter-example: a `号` further down (a task's own line) is kept", () => {
    const seg = segmentRows(src(["序 具体任务 牵头部门", "1 新建幼儿园3所，改造1", "号", "楼。 县教育局"]), { ...header, columns: [...header.columns] });
    expect(seg.rows[0]!.lines.map((l) => l.text)).toContain("号");
  });
});
