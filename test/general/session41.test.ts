// Session 41: classes met in new independent held-out sets, each rule with its counter-example.
// Names are invented (栖梧县, 岑书远, 符一帆, 邝明朗, 柏思齐).
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import { findFlatHeader } from "../../src/layouts/flat/header.js";
import { cutMeasures, measuresAfterTask } from "../../src/layouts/flat/measures.js";
import { mapHeaders } from "../../src/table/headers.js";

const rows = async (text: string) => (await parseText(text)).tasks.map((t) => [t.seq, t.task, t.leadUnits, t.units, t.coUnits, t.leaders, t.supervisors]);
/** A `pdftotext -layout` text: `parts` are [position, text] pairs laid on one line. */
const laid = (parts: ReadonlyArray<[number, string]>): string => {
  let s = "";
  for (const [pos, t] of parts) s += " ".repeat(Math.max(pos - s.length, s ? 1 : 0)) + t;
  return s;
};
const lines = (text: string) => text.split("\n").map((t, i) => ({ text: t, line: i + 1 }));
/** a cell's text wrapped at `width` characters (every character here is a Han or full-width one) */
const wrap = (text: string, width: number): string[] => {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += width) {
    const piece = text.slice(i, i + width);
    // (a full stop or comma never opens a line: it hangs at the end of the one before)
    if (out.length && /^[，。、；]/.test(piece)) {
      out[out.length - 1] += piece.charAt(0);
      if (piece.length > 1) out.push(piece.slice(1));
    } else out.push(piece);
  }
  return out;
};

describe("a measures column after the task (`工作任务 | 具体措施`), in text that keeps each cell's lines together", () => {
  const HEADER = "序号 工作任务 具体措施 牵头单位 责任单位 分管县领导 完成时限";
  const ROWS = [
    {
      task: "全县新建改建农村公路一百二十公里，完成危桥改造十八座。",
      measures: "实行项目清单管理，按月调度进度，对滞后项目挂牌督办，年底前组织交工验收。",
      lead: "县交通运输局",
      units: "县财政局、县自然资源局",
      who: "岑书远",
    },
    {
      // (its first sentence ends a line: the widths, not the first full stop, end the task)
      task: "推进城乡供水一体化建设全覆盖。新建水厂两座，改造老旧管网六十公里。",
      measures: "建立供水工程建设台账，按季度通报进展情况，确保汛期前完成主体管网铺设任务。",
      lead: "县水利局",
      units: "县住房和城乡建设局",
      who: "符一帆",
    },
    {
      task: "城镇新增就业二千六百人，城镇调查失业率控制在百分之五点五以内。",
      measures: "实施高校毕业生就业创业促进计划，开展职业技能培训三千人次，落实稳岗返还政策。",
      lead: "县人力资源和社会保障局",
      units: "县财政局",
      who: "邝明朗",
    },
    {
      task: "新改扩建中小学和幼儿园六所，新增学位二千四百个。",
      measures: "秋季开学前完成主体工程建设，同步配齐师资和设施设备，确保按期投入使用。",
      lead: "县教育局",
      units: "县发展和改革局、县财政局",
      who: "柏思齐",
    },
  ];
  const dump = (taskWidth: number, measuresWidth: number) =>
    [
      "栖梧县人民政府办公室关于印发2026年《政府工作报告》目标任务责任分解的通知",
      "各乡镇人民政府，县直各单位：",
      "现将责任分解表印发给你们，请认真贯彻落实。",
      "栖梧县人民政府办公室",
      "2026年2月10日",
      "附件",
      "2026年《政府工作报告》目标任务责任分解表",
      HEADER,
      ...ROWS.flatMap((r, k) => {
        const t = wrap(r.task, taskWidth);
        return [`${k + 1} ${t[0]}`, ...t.slice(1), ...wrap(r.measures, measuresWidth), `${r.lead} ${r.units}`, `${r.who} 2026 年 12`, "月底"];
      }),
    ].join("\n");

  it("finds the header with its measures word, which is no task column", () => {
    const h = findFlatHeader(lines(dump(15, 19)));
    expect(h?.headers).toEqual(["序号", "工作任务", "具体措施", "牵头单位", "责任单位", "分管县领导", "完成时限"]);
    expect(h?.columns).toEqual(["seq", "task", "other", "leadUnits", "units", "supervisors", "other"]);
    expect(measuresAfterTask(h!.headers, h!.columns)).toBe(true);
    // (a measures column that is the only task-like one is the task, as before)
    expect(mapHeaders(["序号", "主要举措", "责任单位"])).toEqual(["seq", "task", "units"]);
    expect(measuresAfterTask(["序号", "主要举措", "责任单位"], ["seq", "task", "units"])).toBe(false);
    // (a column after the task that is no measures column is not cut off)
    expect(measuresAfterTask(["序号", "工作任务", "完成时限", "责任单位"], ["seq", "task", "other", "units"])).toBe(false);
  });

  it("reads each row's task cell alone, cut where its lines change width, unflagged", async () => {
    const r = await parseText(dump(15, 19));
    expect(r.tasks.map((t) => [t.seq, t.task, t.leadUnits, t.units, t.supervisors])).toEqual(
      ROWS.map((x, k) => [k + 1, x.task, [x.lead], x.units.split("、"), [x.who]]),
    );
    expect(r.tasks.flatMap((t) => t.review.map((x) => x.code))).not.toContain("TASK_MEASURES_CUT_GUESSED");
    expect(r.diagnostics.map((d) => d.code)).toContain("MEASURES_LEFT_OUT");
  });

  it("columns of one width: the first full stop ends the task, and a row with two says it was a guess", async () => {
    const r = await parseText(dump(15, 15));
    expect(r.tasks).toHaveLength(4);
    // (row 2's task is two sentences, the first ending a line: cut there, by a guess it says)
    expect(r.tasks[1]!.task).toBe("推进城乡供水一体化建设全覆盖。");
    const flagged = r.tasks.filter((t) => t.review.some((x) => x.code === "TASK_MEASURES_CUT_GUESSED")).map((t) => t.seq);
    expect(flagged).toContain(2);
    for (const t of r.tasks) if (t.task !== ROWS[t.seq - 1]!.task) expect(flagged).toContain(t.seq);
  });

  it("cuts by the widths the document prints", () => {
    const rows = ROWS.map((x) => [...wrap(x.task, 15), ...wrap(x.measures, 19)]);
    expect(cutMeasures(rows)).toEqual(ROWS.map((x) => ({ taskLines: wrap(x.task, 15).length, guessed: false })));
    // (a line left short where a number would not fit, `…产业园 2` | `个，…`: still the task cell's full line)
    const short = [["新建市级以上现代农业示范园 2", "个，农业总产值增长 8%以上。", ...wrap(ROWS[0]!.measures, 19)]];
    expect(cutMeasures([...rows, ...short]).at(-1)).toEqual({ taskLines: 2, guessed: false });
    // a row with no full stop at all keeps its lines, a guess
    expect(cutMeasures([...rows, ["推进城乡供水一体化建设", "新建水厂两座"]]).at(-1)).toEqual({ taskLines: 2, guessed: true });
    // one width for both: the first full stop, guessed where a later one could end the task too
    const alike = ROWS.map((x) => [...wrap(x.task, 17), ...wrap(x.measures, 17)]);
    const cuts = cutMeasures(alike);
    cuts.forEach((c, k) => {
      const stops = alike[k]!.filter((l) => /。$/.test(l)).length;
      expect(c.guessed).toBe(stops > 1);
    });
  });
});

describe("a 序号 column that writes its numbers in brackets (`（1）`)", () => {
  it("opens a row of stream-order text when a space follows it, not when the number is glued to its text", async () => {
    const { parseSeqLine } = await import("../../src/layouts/flat/fragments.js");
    expect(parseSeqLine("（3） 建设科创走廊：")).toEqual({ seq: 3, rest: "建设科创走廊：" });
    expect(parseSeqLine("(12)")).toEqual({ seq: 12, rest: "" });
    // (a task's own item, glued to its text, and a year in brackets, are no row's number)
    expect(parseSeqLine("（1）建成孵化中心二期；")).toBeNull();
    expect(parseSeqLine("（2026） 年度")).toBeNull();
  });

  const raw = [
    "栖梧县人民政府关于印发2026年《政府工作报告》重点任务分解的通知",
    "各乡镇人民政府，县直各单位：现将分解表印发给你们，请认真贯彻落实。",
    "栖梧县人民政府",
    "2026年2月10日",
    "序号 主要任务 牵头单位 配合单位 分管县领导",
    "（1） 创新型企业总数达到二百家，科技型中",
    "小企业入库三百家以上。",
    "县科技局 县工信局、县税务局",
    "岑书远",
    "（2） 建设科创走廊：",
    "1.建成孵化中心二期；",
    "2.引进研发机构五家。",
    "县科技局 县发展和改革局",
    "岑书远",
    "（3） 城镇新增就业二千六百人。",
    "县人力资源和社会保障局 县财政局",
    "符一帆",
  ].join("\n");

  it("reads the rows of a `pdftotext -raw` text, the task's own items kept in its text", async () => {
    expect(await rows(raw)).toEqual([
      [1, "创新型企业总数达到二百家，科技型中小企业入库三百家以上。", ["县科技局"], [], ["县工信局", "县税务局"], [], ["岑书远"]],
      [2, "建设科创走廊：1.建成孵化中心二期；2.引进研发机构五家。", ["县科技局"], [], ["县发展和改革局"], [], ["岑书远"]],
      [3, "城镇新增就业二千六百人。", ["县人力资源和社会保障局"], [], ["县财政局"], [], ["符一帆"]],
    ]);
  });

  it("reads the rows of a `-layout` text, its 序号 cells bracketed", async () => {
    const text = [
      "栖梧县人民政府关于印发2026年《政府工作报告》重点任务分解的通知",
      "各乡镇人民政府，县直各单位：现将分解表印发给你们，请认真贯彻落实。",
      laid([[0, "序号"], [8, "主要任务"], [40, "牵头单位"], [56, "配合单位"], [72, "分管县领导"]]),
      laid([[0, "（1）"], [8, "创新型企业总数达到二百家。"], [40, "县科技局"], [56, "县工信局"], [72, "岑书远"]]),
      laid([[0, "（2）"], [8, "新增规上工业企业三十家。"], [40, "县工信局"], [56, "县统计局"], [72, "岑书远"]]),
      laid([[0, "（3）"], [8, "城镇新增就业二千六百人。"], [40, "县人社局"], [56, "县财政局"], [72, "符一帆"]]),
    ].join("\n");
    const want = [
      [1, "创新型企业总数达到二百家。", ["县科技局"], [], ["县工信局"], [], ["岑书远"]],
      [2, "新增规上工业企业三十家。", ["县工信局"], [], ["县统计局"], [], ["岑书远"]],
      [3, "城镇新增就业二千六百人。", ["县人社局"], [], ["县财政局"], [], ["符一帆"]],
    ];
    // (the column reader too, which reads such a text when the flattened one cannot; its numbers as printed)
    expect((await parseText(text, { layout: "aligned" })).tasks.map((t) => [t.seq, t.task, t.leadUnits, t.units, t.coUnits, t.leaders, t.supervisors])).toEqual(want);
    const later = text.replace("（1）", "（7）").replace("（2）", "（8）").replace("（3）", "（9）");
    expect((await parseText(later, { layout: "aligned" })).tasks.map((t) => t.seq)).toEqual([7, 8, 9]);
    expect(await rows(text)).toEqual([
      [1, "创新型企业总数达到二百家。", ["县科技局"], [], ["县工信局"], [], ["岑书远"]],
      [2, "新增规上工业企业三十家。", ["县工信局"], [], ["县统计局"], [], ["岑书远"]],
      [3, "城镇新增就业二千六百人。", ["县人社局"], [], ["县财政局"], [], ["符一帆"]],
    ]);
  });
});

describe("a web table copied out of a browser: merged cells printed once, cells over several lines", () => {
  const page = (rowsText: readonly string[], after: readonly string[] = ["【打印本页】 【关闭窗口】"]) =>
    [
      "首页 > 政务公开 > 通知公告",
      "栖梧县人民政府办公室关于印发2026年《政府工作报告》目标任务责任分解的通知",
      "各乡镇人民政府，县直各单位：现将分解表印发给你们，请认真贯彻落实。",
      "栖梧县人民政府办公室",
      "2026年2月10日",
      "类别\t序号\t目标任务\t牵头单位\t责任单位\t分管",
      "县领导",
      ...rowsText,
      ...after,
    ].join("\n");
  const ROWS = [
    "一、扩大有效需求\t1\t地区生产总值增长6%左右。\t县发展和改革局\t县财政局、县统计局\t岑书远",
    // (the 类别 and the 分管县领导 merged from the row above; the 责任单位 cell over three lines)
    "2\t全年实施县级重点项目一百个。\t县发展和改革局\t县住房和城乡建设局、",
    "县自然资源局、",
    "各乡镇",
    "3\t新增规上工业企业三十家。\t县工业和信息化局\t县市场监管局\t符一帆",
    "二、建设宜居县城\t4\t完成老旧小区改造四十个。\t县住房和城乡建设局\t各乡镇\t邝明朗",
    // (a task cell of two paragraphs, a blank line around each, printed on lines of their own)
    "5\t",
    "",
    "推进县城河道综合治理，",
    "",
    "完成截污纳管改造九公里。",
    "",
    "\t县水利局\t",
    "",
    "县生态环境局",
    "",
    "县城市管理局",
    "",
    "",
    "6\t新增公办幼儿园学位一千个。\t县教育局\t县财政局\t柏思齐",
    "邝明朗",
  ];

  it("lays each row's cells under its header, the merged ones carried down, a cell's lines joined", async () => {
    expect(await rows(page(ROWS))).toEqual([
      [1, "地区生产总值增长6%左右。", ["县发展和改革局"], ["县财政局", "县统计局"], [], [], ["岑书远"]],
      [2, "全年实施县级重点项目一百个。", ["县发展和改革局"], ["县住房和城乡建设局", "县自然资源局", "各乡镇"], [], [], ["岑书远"]],
      [3, "新增规上工业企业三十家。", ["县工业和信息化局"], ["县市场监管局"], [], [], ["符一帆"]],
      [4, "完成老旧小区改造四十个。", ["县住房和城乡建设局"], ["各乡镇"], [], [], ["邝明朗"]],
      [5, "推进县城河道综合治理，完成截污纳管改造九公里。", ["县水利局"], ["县生态环境局", "县城市管理局"], [], [], ["邝明朗"]],
      [6, "新增公办幼儿园学位一千个。", ["县教育局"], ["县财政局"], [], [], ["柏思齐", "邝明朗"]],
    ]);
    const r = await parseText(page(ROWS));
    expect(r.tasks.map((t) => t.section)).toEqual([1, 2, 3, 4, 5, 6].map((k) => [k <= 3 ? "一、扩大有效需求" : "二、建设宜居县城"]));
    // (a carried leader could also have been a cell left empty: said)
    expect(r.tasks[1]!.review.map((x) => x.code)).toContain("CELL_MERGED_ABOVE");

  });

  it("joins no line of another kind, nor a line after the table's last row", async () => {
    const { joinWebRow } = await import("../../src/layouts/tsv.js");
    const at = (texts: readonly string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
    // (names after a task cell's text: no cell of the row goes on so)
    expect(joinWebRow(at(["2\t全年实施重点项目。", "县财政局", "3\t新增企业。\t县工信局"]), 0, ["2", "全年实施重点项目。"], 6)).toBeNull();
    // (a heading between two rows heads the rows below)
    expect(joinWebRow(at(["2\t任务。\t县发改局\t县财政局、", "二、建设宜居县城", "3\t任务。\t县工信局"]), 0, ["2", "任务。", "县发改局", "县财政局、"], 6)).toBeNull();
    // (after the table's last row no row opens: a unit there may be the issuer signing, a line of text a note)
    expect(joinWebRow(at(["6\t任务。\t县教育局\t县财政局", "县统计局", "2026年2月10日"]), 0, ["6", "任务。", "县教育局", "县财政局"], 6)).toBeNull();
    expect(joinWebRow(at(["6\t任务。\t县教育局\t岑书远", "", "符一帆"]), 0, ["6", "任务。", "县教育局", "岑书远"], 6)).toBeNull();
    // (a person right under the last row's people goes on in that cell)
    expect(joinWebRow(at(["6\t任务。\t县教育局\t岑书远", "符一帆", "【打印本页】"]), 0, ["6", "任务。", "县教育局", "岑书远"], 6)).toEqual({
      fields: ["6", "任务。", "县教育局", "岑书远\n符一帆"],
      used: 2,
    });
    expect(joinWebRow(at(["2\t任务。\t县发改局\t县财政局、", "县统计局", "3\t任务。\t县工信局"]), 0, ["2", "任务。", "县发改局", "县财政局、"], 6)).toEqual({
      fields: ["2", "任务。", "县发改局", "县财政局、\n县统计局"],
      used: 2,
    });
  });
});

describe("a PDF's header with a heading row right under it (rules between rows only, tight spacing)", () => {
  it("keeps the heading out of the header word above it", async () => {
    const { findHeader } = await import("../../src/layouts/stream.js");
    const run = (text: string, x0: number, y0: number, x1: number): { text: string; box: [number, number, number, number]; fontSize: number } => ({ text, box: [x0, y0, x1, y0 + 9], fontSize: 9 });
    const header = [run("序号", 55, 141, 73), run("目标任务", 203, 141, 239), run("牵头单位", 393, 141, 429), run("分管市领导", 741, 141, 786)];
    // (the heading starts right under 序号, 5 points below it: nearer than a wrapped header word's reach)
    const heading = run("一、扩大有效需求", 50, 155, 131);
    const row = [run("1.", 60, 168, 67), run("全县地区生产总值增长7%。", 85, 168, 357), run("县发展和改革局", 365, 168, 419), run("岑书远", 741, 168, 770)];
    expect(findHeader([...header, heading, ...row])!.cells.map((c) => c.text)).toEqual(["序号", "目标任务", "牵头单位", "分管市领导"]);
    // (a header word wrapped under its cell, `分管市` | `领导`, is still taken in)
    const wrapped = [...header.slice(0, 3), run("分管市", 741, 141, 768), run("领导", 741, 152, 759)];
    expect(findHeader([...wrapped, heading, ...row])!.cells.map((c) => c.text)).toEqual(["序号", "目标任务", "牵头单位", "分管市领导"]);
  });
});

describe("people with notes in a cell, wrapped by its width", () => {
  it("a list of noted people cut inside a name joins the name's pieces", async () => {
    const { splitEntities } = await import("../../src/names/split.js");
    expect(splitEntities(["岑书远（县发展和改革", "局局长）、符一帆（县财", "政局局长）、邝明", "朗（县水利局局长）"], "person")).toEqual([
      "岑书远（县发展和改革局局长）",
      "符一帆（县财政局局长）",
      "邝明朗（县水利局局长）",
    ]);
    // (two pieces longer than a name together: two people)
    expect(splitEntities(["岑书远（县发展和改革局局长）、邝明朗", "柏思齐（县水利局局长）"], "person")).toEqual(["岑书远（县发展和改革局局长）", "邝明朗", "柏思齐（县水利局局长）"]);
    // (a list whose entries carry no notes: the lexicon decides, not this rule)
    expect(splitEntities(["岑书远、符一帆、邝明朗", "柏思齐（县水利局局长）"], "person")).toEqual(["岑书远", "符一帆", "邝明朗", "柏思齐（县水利局局长）"]);
  });

  it("one noted person a line (no 、) ends where the note closes", async () => {
    const { splitEntities } = await import("../../src/names/split.js");
    expect(splitEntities(["芮子安（栖梧高新", "区管委会主任）", "柏思齐（县投资促", "进局局长）"], "person")).toEqual(["芮子安（栖梧高新区管委会主任）", "柏思齐（县投资促进局局长）"]);
    // (a surname the lexicon does not know: the closed note, not the name, ends the person)
    expect(splitEntities(["苌子安（栖梧高新", "区管委会主任）", "郯书白（县投资促", "进局局长）"], "person")).toEqual(["苌子安（栖梧高新区管委会主任）", "郯书白（县投资促进局局长）"]);
    // (a note still open at the line's end goes on)
    expect(splitEntities(["芮子安（栖梧高新", "区管委会主任）"], "person")).toEqual(["芮子安（栖梧高新区管委会主任）"]);
  });
});

describe("a 备注 column after the names, its notes on each row's last line (stream-order text)", () => {
  it("tells a note from a name", async () => {
    const { isNoteLine, notesColumnLast } = await import("../../src/layouts/flat/notecell.js");
    expect(notesColumnLast(["序号", "重点任务", "完成时限", "责任单位", "备注"], ["seq", "task", "other", "units", "other"])).toBe(true);
    expect(notesColumnLast(["序号", "重点任务", "责任单位", "完成时限"], ["seq", "task", "units", "other"])).toBe(false);
    expect(isNoteLine("按季调度", "县统计局")).toBe(true);
    // (a unit, a person, a list still open above, the wrapped end of the name above: no note)
    expect(isNoteLine("县统计局", "县财政局")).toBe(false);
    expect(isNoteLine("岑书远", "县财政局")).toBe(false);
    expect(isNoteLine("按季调度", "县财政局、")).toBe(false);
    expect(isNoteLine("局", "县投资促进")).toBe(false);
    expect(isNoteLine("开发区", "县经济")).toBe(false);
  });

  const doc = (notes: readonly string[]) =>
    [
      "栖梧县人民政府办公室关于印发2026年《政府工作报告》重点任务责任分解的通知",
      "各乡镇人民政府，县直各单位：现将分解表印发给你们，请认真贯彻落实。",
      "栖梧县人民政府办公室",
      "2026年2月10日",
      "序号 重点任务 完成时限 责任单位 备注",
      "1 地区生产总值增长6%左右。",
      "2026 年 12",
      "月底",
      "县发展和改革局、县统计局",
      ...(notes[0] ? [notes[0]] : []),
      // (a heading row after a row's note heads the rows below: the note is still the row's last line)
      "二、保障改善民生",
      "2 城镇新增就业二千六百人以上。",
      "2026 年 12",
      "月底",
      "县人力资源和社会保障局",
      ...(notes[1] ? [notes[1]] : []),
      "3 新改扩建中小学和幼儿园六所。",
      "2026 年 9",
      "月底",
      "县教育局、县财政局",
      ...(notes[2] ? [notes[2]] : []),
    ].join("\n");

  it("leaves the notes out of the units when the rows print them", async () => {
    expect((await rows(doc(["按季调度", "", "民生实事"]))).map((r) => r[3])).toEqual([["县发展和改革局", "县统计局"], ["县人力资源和社会保障局"], ["县教育局", "县财政局"]]);
  });

  it("keeps a lone unknown word of one row: a name the lexicon lacks, more likely", async () => {
    const r = await rows(doc(["按季调度", "", ""]));
    expect(r[0]![3]).toContain("按季调度");
  });
});

describe("a person whose surname the lexicon lacks, alone on a row's last line under a people column", () => {
  const doc = (header: string, who: readonly string[]) =>
    [
      "栖梧县人民政府关于印发2026年《政府工作报告》目标任务责任分解的通知",
      "各乡镇人民政府，县直各单位：现将分解表印发给你们，请认真贯彻落实。",
      header,
      "1 全县地区生产总值增长7%左右。 县发展和改革局",
      "县统计局",
      "县财政局",
      ...who.slice(0, 1),
      "2 新增市场主体六千户。 县市场监管局",
      "县税务局",
      ...who.slice(1, 2),
    ].join("\n");

  it("is that column's person, still flagged as unrecognised", async () => {
    const r = await parseText(doc("序号 工作任务 牵头单位 责任单位 分管县领导", ["苌子安", "郯书白"]));
    expect(r.tasks.map((t) => [t.leadUnits, t.units, t.supervisors])).toEqual([
      [["县发展和改革局"], ["县统计局", "县财政局"], ["苌子安"]],
      [["县市场监管局"], ["县税务局"], ["郯书白"]],
    ]);
    expect(r.diagnostics.filter((d) => d.code === "FLAT_UNRECOGNISED_NAME").map((d) => d.seq)).toEqual([1, 2]);
  });

  it("is one more unit where the header ends with a unit column", async () => {
    const r = await parseText(doc("序号 工作任务 牵头单位 责任单位", ["苌子安", "郯书白"]));
    expect(r.tasks.map((t) => t.units.at(-1))).toEqual(["苌子安", "郯书白"]);
    // (a people column before the last unit column: the piece last is that unit column's)
    const mid = await parseText(doc("序号 工作任务 牵头单位 分管县领导 责任单位", ["苌子安", "郯书白"]));
    expect(mid.tasks.map((t) => t.supervisors)).toEqual([[], []]);
  });
});

describe("a noted person in a row's stream of names (text that keeps cells together)", () => {
  it("ends where the note closes, before the next person or the next column's unit", async () => {
    const { splitEntities } = await import("../../src/names/split.js");
    expect(splitEntities(["苌子安（栖梧高新", "区管委会主任）", "郯书白（县投资促", "进局局长）"], "any")).toEqual(["苌子安（栖梧高新区管委会主任）", "郯书白（县投资促进局局长）"]);
    expect(splitEntities(["苌子安（县工业和信息化局局", "长）", "县统计局、县市场监管局"], "any")).toEqual(["苌子安（县工业和信息化局局长）", "县统计局", "县市场监管局"]);
    // (a unit with a note of its own, then a unit: the note stays with its unit, and the next unit apart)
    expect(splitEntities(["县发展和改革局（县重点", "项目办）", "县统计局"], "any")).toEqual(["县发展和改革局（县重点项目办）", "县统计局"]);
  });
});

describe("a header that puts the leader before the 序号 (`责任领导 | 序号 | 目标任务 | …`), in stream-order text", () => {
  const head = [
    "栖梧县人民政府关于印发2026年政府工作报告目标任务分工方案的通知",
    "各乡镇人民政府，县直各单位：现将分工方案印发给你们，请认真贯彻落实。",
    "责任领导 序号 目标任务 牵头单位 配合单位",
  ];
  const body = ["岑书远 1 地区生产总值增长7%以上。 县发展和改革局 县统计局", "岑书远 2 固定资产投资增长9%。 县发展和改革局 县财政局", "符一帆 3 社会消费品零售总额增长10%。 县商务局 县市场监管局"];

  it("puts each row's number before the leader that opens its line", async () => {
    const { seqAfterPeople } = await import("../../src/layouts/flat/seqafterpeople.js");
    const moved = seqAfterPeople([...head, ...body].map((text, i) => ({ text, line: i + 1 })));
    expect(moved?.slice(3).map((l) => l.text)).toEqual(["1 岑书远 地区生产总值增长7%以上。 县发展和改革局 县统计局", "2 岑书远 固定资产投资增长9%。 县发展和改革局 县财政局", "3 符一帆 社会消费品零售总额增长10%。 县商务局 县市场监管局"]);
    expect(await rows([...head, ...body].join("\n"))).toEqual([
      [1, "地区生产总值增长7%以上。", ["县发展和改革局"], [], ["县统计局"], ["岑书远"], []],
      [2, "固定资产投资增长9%。", ["县发展和改革局"], [], ["县财政局"], ["岑书远"], []],
      [3, "社会消费品零售总额增长10%。", ["县商务局"], [], ["县市场监管局"], ["符一帆"], []],
    ]);
  });

  it("moves nothing under a header with the 序号 first, or where the numbers do not go on", async () => {
    const { seqAfterPeople } = await import("../../src/layouts/flat/seqafterpeople.js");
    const at = (texts: readonly string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
    expect(seqAfterPeople(at(["序号 目标任务 牵头单位 责任领导", ...body]))).toBeNull();
    // (padded text, `-layout`'s, is moved too since session 42: see session42.test.ts)
    expect(seqAfterPeople(at([...head, body[0]!, "岑书远 5 固定资产投资增长9%。 县发展和改革局"]))).toBeNull();
  });
});

describe("a heading row numbered in Chinese in the 序号 column, its title spanning the other columns (a PDF's merged cell)", () => {
  it("is a heading, not a task naming its title as units", async () => {
    const { gridToRecords } = await import("../../src/table/segment.js");
    const row = (cells: readonly string[]) => ({ cells: cells.map((c) => ({ lines: c ? [{ text: c }] : [] })) });
    const r = gridToRecords([row(["序号", "工作任务", "责任单位", "分管县领导"]), row(["一", "主要预期目标", "主要预期目标", "主要预期目标"]), row(["1", "地区生产总值增长7%。", "县发展和改革局", "岑书远"]), row(["2", "一般公共预算收入增长5%。", "县财政局", "岑书远"])], { layout: "lattice" });
    expect(r.records.map((x) => [x.seq, x.section, x.task])).toEqual([
      [1, ["一 主要预期目标"], ["地区生产总值增长7%。"]],
      [2, ["一 主要预期目标"], ["一般公共预算收入增长5%。"]],
    ]);
    // (a numeral row that names units of its own is a task)
    const t = gridToRecords([row(["序号", "工作任务", "责任单位", "分管县领导"]), row(["一", "地区生产总值增长7%。", "县发展和改革局", "岑书远"])], { layout: "lattice" });
    expect(t.records.map((x) => x.seq)).toEqual([1]);
  });
});

describe("a row's time cell opening the line of its names (`12 月底前 县发展和改革局`), the 序号 alone above the task", () => {
  const text = [
    "栖梧县人民政府办公室关于印发2026年政府工作报告目标任务分解表的通知",
    "各乡镇人民政府，县直各单位：现将分解表印发给你们，请认真贯彻落实。",
    "序号 工作目标 工作措施 完成时限 牵头单位 责任单位 责任人 督办领导",
    "1",
    "全县地区生产总值增长 7%左",
    "右。",
    "完善经济运行分析制度，每月会商重点指标，",
    "对增速回落的行业逐一制定帮扶措施，按季",
    "通报进度。",
    "12 月底前 县发展和改革局",
    "县统计局、各乡镇（街",
    "道）",
    "岑书远 符一帆",
    "2 城镇新增就业二千六百人。",
    "落实稳岗扩岗政策，组织专场招聘会二十场，",
    "开展职业技能培训三千人次，兜底安置困难",
    "人员。",
    "12 月底前 县人力资源和社会保障局",
    "县财政局",
    "邝明朗 符一帆",
  ].join("\n");

  it("is no task's start: the rows stay as numbered", async () => {
    const r = await parseText(text);
    expect(r.tasks.map((t) => [t.seq, t.task, t.leadUnits, t.units])).toEqual([
      [1, "全县地区生产总值增长 7%左右。", ["县发展和改革局"], ["县统计局", "各乡镇（街道）"]],
      [2, "城镇新增就业二千六百人。", ["县人力资源和社会保障局"], ["县财政局"]],
    ]);
    expect(r.diagnostics.map((d) => d.code)).not.toContain("FLAT_SEQ_CENTRED");
  });
});

describe("a section row numbered in Chinese in the 序号 cell, its title in the next, on one line of stream-order text", () => {
  it("is a heading (`一 主要预期目标`), as the table reader writes it", async () => {
    const text = [
      "栖梧县人民政府关于印发2026年政府工作报告重点工作分工的通知",
      "各乡镇人民政府，县直各单位：现将分工方案印发给你们，请认真贯彻落实。",
      "序号 工作任务 责任单位 分管县领导",
      "一 主要预期目标",
      "1 地区生产总值增长7%左右。 县发展和改革局 岑书远",
      "2 一般公共预算收入增长5%。 县财政局 岑书远",
      "二 扩大有效投资，稳住经济大盘",
      "3 固定资产投资增长9%。 县发展和改革局 符一帆",
    ].join("\n");
    const r = await parseText(text);
    expect(r.tasks.map((t) => [t.seq, t.section.map((x) => x.replace(/\s+/g, "")), t.task])).toEqual([
      [1, ["一主要预期目标"], "地区生产总值增长7%左右。"],
      [2, ["一主要预期目标"], "一般公共预算收入增长5%。"],
      [3, ["二扩大有效投资，稳住经济大盘"], "固定资产投资增长9%。"],
    ]);
    // (a numeral glued to its word, `一批…`, or a line that ends a sentence, is no heading)
    const { isHeadingStart, isHeadingRow } = await import("../../src/layouts/flat/fragments.js");
    expect(isHeadingStart("一批重点项目")).toBe(false);
    expect(isHeadingRow("一 批重点项目加快建设。")).toBe(false);
  });
});
