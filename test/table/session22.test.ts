// Rules from session 22, each with a counter-example.
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import type { Result } from "../../src/model/schema.js";

const rows = (r: Result) => r.tasks.map((t) => [t.seq, t.task, t.units, t.review.map((x) => x.code)]);

describe("a list's next number after paragraphs of plain text below its last labelled task", () => {
  const head = ["关于印发2025年政府工作报告重点任务分解的通知", "一、稳增长", "1.地区生产总值增长6%。", "责任单位：县发改局", "2.固定资产投资增长8%。", "责任单位：县发改局、县财政局", "3.社会消费品零售总额增长7%。", "责任单位：县商务局"];
  it("the task numbered on is read (flagged: it names no unit), not dropped with the text between", async () => {
    const r = await parseText([...head, "此项每季度通报一次。", "4.城镇新增就业3000人。"].join("\n"));
    expect(rows(r).map((x) => x.slice(0, 3))).toEqual([
      [1, "地区生产总值增长6%。", ["县发改局"]],
      [2, "固定资产投资增长8%。", ["县发改局", "县财政局"]],
      [3, "社会消费品零售总额增长7%。", ["县商务局"]],
      [4, "城镇新增就业3000人。", []],
    ]);
    expect(r.tasks[3]!.review.map((x) => x.code)).toContain("NO_UNIT");
  });
  it("counter-example: closing points that start again at 1 after the list are no tasks", async () => {
    const r = await parseText([...head, "各单位要高度重视。", "1.加强组织领导，明确专人负责。", "2.强化督查考核，每季度通报一次。"].join("\n"));
    expect(r.tasks.map((t) => t.seq)).toEqual([1, 2, 3]);
  });
});

describe("a piped web table: an empty cell (a lone `|`) in a row whose category cell is merged from the row above", () => {
  const cell = (t: string) => `${t} |`;
  const table = (row3: readonly string[]) =>
    [
      "附件", "2024年重点任务分解表",
      ...["序号", "类别", "工作任务", "牵头单位", "配合单位", "责任领导", "分管领导"].map(cell),
      ...["1", "一、稳增长", "地区生产总值增长6%。", "县发改局", "县统计局", "王 强", "李 明"].map(cell),
      ...["2", "固定资产投资增长8%。", "县发改局", "县住建局、县交通局", "王 强", "李 明"].map(cell),
      ...row3.map(cell),
      ...["4", "二、促民生", "城镇新增就业3000人。", "县人社局", "各乡镇人民政府", "赵 丽", "周 红"].map(cell),
    ].join("\n");
  it("the empty cell stays in its column and the category is carried down; padded names glued together are two people", async () => {
    const r = await parseText(table(["3", "争取上级资金18亿元。", "县财政局、县发改局", "", "孙 伟、王 强", "韩 琳吕 芳"]));
    const t3 = r.tasks.find((t) => t.seq === 3)!;
    expect([t3.section, t3.task, t3.leadUnits, t3.coUnits, t3.leaders, t3.supervisors]).toEqual([["一、稳增长"], "争取上级资金18亿元。", ["县财政局", "县发改局"], [], ["孙伟", "王强"], ["韩琳", "吕芳"]]);
    expect(r.tasks.find((t) => t.seq === 4)!.section).toEqual(["二、促民生"]);
  });
  it("counter-example: a short row whose cells fit the columns more than one way is flagged, not placed silently", async () => {
    const r = await parseText(table(["3", "争取上级资金18亿元。", "县财政局", "孙 伟", "韩 琳"]));
    expect(r.tasks.find((t) => t.seq === 3)!.review.length).toBeGreaterThan(0);
  });
});

describe("two units of the same level glued where a copy removed a cell's line break", () => {
  it("are cut in two by the lexicon, and the cut is said", async () => {
    const { splitSameLevel } = await import("../../src/names/split.js");
    const guesses: import("../../src/names/split.js").NameGuess[] = [];
    expect(splitSameLevel("区住建局区城管局", guesses)).toEqual(["区住建局", "区城管局"]);
    expect(splitSameLevel("县发改局县财政局县统计局")).toEqual(["县发改局", "县财政局", "县统计局"]);
    expect(guesses.map((g) => g.kind)).toEqual(["glued"]);
    const r = await parseText(["序号\t重点工作\t责任单位\t责任人", "1\t推进城市更新改造。\t区住建局区城管局\t张伟、李强", "2\t加强市容管理。\t区城管局\t李强"].join("\n"));
    expect(r.tasks[0]!.units).toEqual(["区住建局", "区城管局"]);
    expect(r.tasks[0]!.review.map((x) => x.code)).toContain("UNIT_SPLIT_BY_LEXICON");
  });
  it("counter-example: a branch named after its body, a unit whose second part names no level, a bracket, stay whole", async () => {
    const { splitSameLevel } = await import("../../src/names/split.js");
    for (const whole of ["市公安局市区分局", "市生态环境局青禾分局", "区住建局", "县委宣传部（县文明办）", "县公安局交警大队"]) expect(splitSameLevel(whole)).toEqual([whole]);
  });
});

describe("text in reading order (pdftotext's default form): unit columns laid by the printed order of a row's runs", () => {
  const guess = (seq: number) => ({ level: "warning" as const, code: "FLAT_UNIT_COLUMNS_GUESSED", message: "按先后归栏", table: 0, seq });
  const displaced = (seq: number, code = "FLAT_STRAY_PROSE") => ({ level: "warning" as const, code, message: "", table: 0, seq });
  it("are kept as warnings once two rows of the table show a cell printed out of its place", async () => {
    const { orderGuessesKept } = await import("../../src/layouts/flat.js");
    expect(orderGuessesKept([guess(1), guess(2)], [displaced(3), displaced(5, "FLAT_NAME_BESIDE_TASK")], 0).map((d) => d.seq)).toEqual([1, 2]);
  });
  it("counter-example: one row with a stray line, or displaced rows of another table, keep nothing", async () => {
    const { orderGuessesKept } = await import("../../src/layouts/flat.js");
    expect(orderGuessesKept([guess(1)], [displaced(3), displaced(3, "FLAT_NAME_BESIDE_TASK")], 0)).toEqual([]);
    expect(orderGuessesKept([guess(1)], [{ ...displaced(3), table: 1 }, { ...displaced(4), table: 1 }], 0)).toEqual([]);
  });
  it("a dump whose rows are vertically centred: every row whose units are not the truth's is flagged", async () => {
    const { readFileSync } = await import("node:fs");
    const truth = JSON.parse(readFileSync("fixtures/dumps/seed003-merged.pdftotext.json", "utf8")) as { rows: Array<{ seq: number; leadUnits: string[]; units: string[] }> };
    const r = await parseText(readFileSync("fixtures/dumps/seed003-merged.pdftotext.txt", "utf8"));
    const flagged = new Set([...r.diagnostics.filter((d) => d.level !== "info").map((d) => d.seq), ...r.tasks.filter((t) => t.review.length).map((t) => t.seq)]);
    const norm = (xs: readonly string[]) => xs.join("、").replace(/\s+/g, "");
    const wrong = truth.rows.filter((w) => {
      const got = r.tasks.find((t) => t.seq === w.seq);
      return got && (norm(got.leadUnits) !== norm(w.leadUnits) || norm(got.units) !== norm(w.units));
    });
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong.filter((w) => !flagged.has(w.seq)).map((w) => w.seq)).toEqual([]);
    expect(r.diagnostics.some((d) => d.code === "FLAT_UNIT_COLUMNS_GUESSED" && d.message.includes("按阅读顺序印出各格"))).toBe(true);
  });
});

describe("a list whose text left many paragraphs and labels out of every task", () => {
  const rec = (seq: number, review?: { code: string; message: string }[]) => ({ table: 0, seq, section: [], task: "任务。", cells: {}, source: { line: seq }, ...(review ? { review } : {}) });
  const left = (n: number) => Array.from({ length: n }, (_, k) => ({ level: "warning" as const, code: k % 2 ? "UNPLACED_TEXT" : "LIST_LABEL_WITHOUT_TASK", message: "" }));
  it("flags every task not flagged already (LIST_TEXT_UNPLACED)", async () => {
    const { flagUnplacedMuch } = await import("../../src/layouts/list.js");
    const result = { records: [rec(1), rec(2, [{ code: "NO_UNIT", message: "x" }]), rec(3)], diagnostics: left(6) };
    flagUnplacedMuch(result as never);
    expect(result.records.map((r) => (r as { review?: { code: string }[] }).review?.map((x) => x.code))).toEqual([["LIST_TEXT_UNPLACED"], ["NO_UNIT"], ["LIST_TEXT_UNPLACED"]]);
  });
  it("counter-example: a news lead paragraph or two left out flags nothing", async () => {
    const { flagUnplacedMuch } = await import("../../src/layouts/list.js");
    const result = { records: Array.from({ length: 12 }, (_, k) => rec(k + 1)), diagnostics: left(2) };
    flagUnplacedMuch(result as never);
    expect(result.records.every((r) => !(r as { review?: unknown[] }).review)).toBe(true);
  });
});

describe("text keeping positions (pdftotext -layout): an empty lead cell may be a merged cell printed once", () => {
  const text = (row2: string, row3: string) =>
    [
      "附件",
      "                2025年县政府工作报告主要任务责任分工表",
      "序号   主要任务                              牵头单位       责任单位",
      " 1     全年实施重点项目150个，完成固定       县发改局       县直各有关单位",
      "       资产投资增长10%以上。",
      row2,
      row3,
      " 4     社会消费品零售总额增长8%。            县商务局       县市场监管局",
      " 5     新建村级电商服务站点50个。            县商务局",
      " 6     全年接待游客500万人次。               县文旅局       县发改局",
    ].join("\n");
  it("every row whose 牵头单位 is empty is flagged, however few rows fill the column", async () => {
    const r = await parseText(text(" 2     争取上级各类资金25亿元以上。                         县财政局", " 3     健全项目全生命周期服务机制。                         县自然资源局"));
    expect(r.tasks.map((t) => [t.seq, t.leadUnits, t.review.map((x) => x.code)])).toEqual([
      [1, ["县发改局"], []],
      [2, [], ["FIELD_EMPTY_MAYBE_MERGED"]],
      [3, [], ["FIELD_EMPTY_MAYBE_MERGED"]],
      [4, ["县商务局"], []],
      [5, ["县商务局"], []],
      [6, ["县文旅局"], []],
    ]);
  });
  it("counter-example: an empty 责任单位 beside a lead unit is no doubt", async () => {
    const r = await parseText(text(" 2     争取上级各类资金25亿元以上。          县财政局", " 3     健全项目全生命周期服务机制。          县自然资源局"));
    expect(r.tasks.filter((t) => t.review.length).map((t) => t.seq)).toEqual([]);
  });
});

describe("a unit wrapped inside a department's short form or before the rest of its ending (a ruled PDF's cell)", () => {
  it("joins `县科` | `技局、…` and `…管理委` | `员会、…`", async () => {
    const { splitEntities } = await import("../../src/names/split.js");
    expect(splitEntities(["某某经济开发区管委会、县科", "技局、县统计局"], "unit")).toEqual(["某某经济开发区管委会", "县科技局", "县统计局"]);
    expect(splitEntities(["某某经济开发区管理委", "员会、县发展和改革局"], "unit")).toEqual(["某某经济开发区管理委员会", "县发展和改革局"]);
  });
  it("counter-example: a whole unit before the next, or a piece opening with its own level, stay apart", async () => {
    const { splitEntities } = await import("../../src/names/split.js");
    expect(splitEntities(["县交通局", "通信发展管理办公室"], "unit")).toEqual(["县交通局", "通信发展管理办公室"]);
    expect(splitEntities(["县统计局、县科", "县技术中心"], "unit")).toEqual(["县统计局", "县科", "县技术中心"]);
  });
});

describe("quotes printed apart from their words, the closing one before a full-width mark", () => {
  it("a gap between a Han character and a CJK mark takes a quote back (`双下降 ；`)", async () => {
    const { restoreDisplacedQuotes } = await import("../../src/text/hygiene.js");
    const r = restoreDisplacedQuotes(["16.深化安全生产治本攻坚三年行动，事故起数和", "“ ”", "死亡人数实现 双下降 ；完成隐患点综合治理 18", "处。"]);
    expect(r.lines).toEqual(["16.深化安全生产治本攻坚三年行动，事故起数和", "", "死亡人数实现“双下降”；完成隐患点综合治理 18", "处。"]);
  });
  it("counter-example: a gap before a number (pdftotext's spacing of Han and digits) takes none", async () => {
    const { restoreDisplacedQuotes } = await import("../../src/text/hygiene.js");
    const odd = ["“ ”", "实现 双下降，完成治理 18 处。"];
    expect(restoreDisplacedQuotes(odd).lines).toEqual(odd);
  });
});

describe("a numbered task cut mid-sentence before a page's foot, its rest a paragraph of its own", () => {
  const doc = (rest: string) =>
    ["附件", "2024年县《政府工作报告》目标任务责任分解", "一、主要预期目标", "1.地区生产总值增长6.5%左右。", "牵头单位：县发展和改革局", "2.单位地区生产总值能耗完成市下达", "", rest, "— 2 —", "\f牵头单位：县发展和改革局", "责任单位：县工业和信息化局", "3.城镇新增就业3200人。", "牵头单位：县人力资源和社会保障局"].join("\n");
  it("the rest opening with what no task opens with (`的…`) goes on the task; the numbering stays as printed", async () => {
    const r = await parseText(doc("的目标任务"));
    expect(r.tasks.map((t) => [t.seq, t.task.replace(/\s+/g, ""), t.leadUnits])).toEqual([
      [1, "地区生产总值增长6.5%左右。", ["县发展和改革局"]],
      [2, "单位地区生产总值能耗完成市下达的目标任务", ["县发展和改革局"]],
      [3, "城镇新增就业3200人。", ["县人力资源和社会保障局"]],
    ]);
  });
  it("counter-example: a paragraph opening as a task does (a sentence of its own) is not glued on", async () => {
    const r = await parseText(doc("单位工业增加值能耗下降3%。"));
    expect(r.tasks.some((t) => t.task.replace(/\s+/g, "") === "单位地区生产总值能耗完成市下达单位工业增加值能耗下降3%。")).toBe(false);
    // read as a task of its own amid numbered ones: it and the printed 3 it pushes on are flagged, not renumbered silently
    expect(r.tasks.map((t) => [t.seq, t.review.map((x) => x.code)])).toEqual([[1, []], [2, ["NO_UNIT"]], [3, ["TASK_UNNUMBERED"]], [4, ["SEQ_SHIFTED"]]]);
  });
});

describe("a role bracket cut by a page break (its page number between blank lines)", () => {
  const doc = (rest: string) =>
    ["附件", "重点工作分工方案", "一、深化改革", "（一）持续优化营商环境。", "6.深化营商环境改革，营商环境评价进入全省前列。（市行政审批服务局牵头，市市", "场监管局、市发展改革委等按职责分工负", "", "—3—", "", rest, "7.深化国资国企改革，完成市属国有企业整合重组。（市国资委牵头，市财政局配合）"].join("\n");
  it("the bracket goes on after the page's number: its rest is no heading of the next task", async () => {
    const r = await parseText(doc("责，6 月底前取得阶段性成效）"));
    expect(r.tasks.map((t) => [t.seq, t.section, t.leadUnits, t.units])).toEqual([
      [6, ["一、深化改革", "（一）持续优化营商环境。"], ["市行政审批服务局"], ["市市场监管局", "市发展改革委"]],
      [7, ["一、深化改革", "（一）持续优化营商环境。"], ["市国资委"], []],
    ]);
  });
  it("counter-example: after a page's number, a heading that closes no bracket is a heading", async () => {
    const r = await parseText(doc("（二）加快国企改革"));
    expect(r.tasks.find((t) => t.seq === 7)?.section).toEqual(["一、深化改革", "（二）加快国企改革"]);
  });
});

describe("a task column that carries the division of work too (`工作任务及责任分工`)", () => {
  const html = (cell2: string) =>
    `<html><body><p>附件</p><p>2025年区政府工作报告重点工作任务分解表</p><table><tr><td>序号</td><td>工作任务及责任分工</td></tr>` +
    `<tr><td colspan="2">一、稳增长</td></tr>` +
    `<tr><td>1</td><td><p>地区生产总值增长6%左右。</p><p>牵头单位：区发改局</p><p>责任单位：区统计局、区财政局</p><p>责任领导：张 伟</p></td></tr>` +
    `<tr><td>2</td><td>${cell2}</td></tr></table></body></html>`;
  it("the label lines under the task go to their fields", async () => {
    const { parse } = await import("../../src/parse.js");
    const r = await parse(new TextEncoder().encode(html("<p>固定资产投资增长8%。</p><p>牵头单位：区发改局</p><p>责任单位：各街道办事处</p>")), { fileName: "x.html" });
    expect(r.tasks.map((t) => [t.seq, t.section, t.task, t.leadUnits, t.units, t.leaders])).toEqual([
      [1, ["一、稳增长"], "地区生产总值增长6%左右。", ["区发改局"], ["区统计局", "区财政局"], ["张伟"]],
      [2, ["一、稳增长"], "固定资产投资增长8%。", ["区发改局"], ["各街道办事处"], []],
    ]);
  });
  it("counter-example: a cell without labels keeps its text as the task (and names no unit, flagged)", async () => {
    const { parse } = await import("../../src/parse.js");
    const r = await parse(new TextEncoder().encode(html("<p>固定资产投资增长8%，牵头单位要抓好落实。</p>")), { fileName: "x.html" });
    const t2 = r.tasks.find((t) => t.seq === 2)!;
    expect([t2.task, t2.leadUnits, t2.units]).toEqual(["固定资产投资增长8%，牵头单位要抓好落实。", [], []]);
    expect(t2.review.length).toBeGreaterThan(0);
  });
});

describe("a web page's footer naming the site's owner and its service (`主办单位：X　　技术支持：Y`)", () => {
  const page = (foot: string) =>
    ["某县人民政府门户网站", "关于印发2023年重点任务分解方案的通知", "1.地区生产总值增长6%。", "牵头单位：县发改局", "2.固定资产投资增长8%。", "牵头单位：县发改局", "责任单位：县财政局", "", foot].join("\n");
  it("is no task's label line: no task is made of the page by it", async () => {
    const r = await parseText(page("主办单位：某县人民政府办公室　　技术支持：某县大数据发展中心"));
    expect(r.tasks.map((t) => [t.seq, t.leadUnits])).toEqual([[1, ["县发改局"]], [2, ["县发改局"]]]);
  });
  it("counter-example: a 主办单位 label of a task's own stays its label", async () => {
    const r = await parseText(["关于印发2023年重点任务分解方案的通知", "1.地区生产总值增长6%。", "主办单位：县发改局", "协办单位：县统计局", "2.固定资产投资增长8%。", "主办单位：县财政局"].join("\n"));
    expect(r.tasks.map((t) => [t.seq, [...t.leadUnits, ...t.units]])).toEqual([[1, ["县发改局"]], [2, ["县财政局"]]]);
  });
  it("in a web page, an element of class `foot` is page furniture", async () => {
    const { parse } = await import("../../src/parse.js");
    const html = `<html><body><div class="content"><p>关于印发2023年重点任务分解方案的通知</p><p>1.地区生产总值增长6%。</p><p>牵头单位：县发改局</p><p>2.固定资产投资增长8%。</p><p>牵头单位：县发改局</p></div><div class="foot">主办单位：某县人民政府办公室 技术支持：某县大数据中心</div></body></html>`;
    const r = await parse(new TextEncoder().encode(html), { fileName: "x.html" });
    expect(r.tasks.map((t) => t.seq)).toEqual([1, 2]);
  });
});

describe("a reading that started late (the rows before it are in the text, numbered)", () => {
  const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
  const result = (seqs: number[], from: number) => ({ tables: [], diagnostics: [], records: seqs.map((seq, k) => ({ table: 0, seq, section: [], task: [], cells: {}, source: { line: from + k } })) });
  it("is told by 1, 2, 3… opening lines above the first row read", async () => {
    const { startsLate } = await import("../../src/layouts/combine.js");
    const doc = { lines: lines([" 1 全县地区生产总值增长8%左右。", "   一般公共预算收入增长5%。", " 2 全年实施重点项目120个。", " 3 新引进亿元以上项目32个。", " 4 规模以上工业增加值增长11%。", "10 新增城市停车泊位1800个。", "11 完成老旧小区改造20个。"]) };
    expect(startsLate(doc as never, result([10, 11], 6) as never)).toBe(true);
  });
  it("counter-example: an excerpt starting at row 14 with no numbered lines above it, or numbers not from 1", async () => {
    const { startsLate } = await import("../../src/layouts/combine.js");
    expect(startsLate({ lines: lines(["（续表）", "序号 任务 牵头单位", "14 新增就业3000人。", "15 新建学校2所。"]) } as never, result([14, 15], 3) as never)).toBe(false);
    expect(startsLate({ lines: lines([" 5 甲。", " 6 乙。", " 7 丙。", "10 丁。"]) } as never, result([10], 4) as never)).toBe(false);
  });
});

describe("a two-column table (序号 | 工作任务及责任分工) in text: numbers printed beside the label lines", () => {
  const text = (heading: string) =>
    [
      "附件", "2025年区政府工作报告重点工作任务分解表", "序号                  工作任务及责任分工", heading,
      "     地区生产总值增长 6%左右，一般公共预算收入增长 4%，城镇调查失业", "     率控制在 5.5%以内。",
      " 1   牵头单位：区发改局", "     责任单位：区统计局、区财政局", "     责任领导：王 强",
      "     固定资产投资增长 8%，其中工业投资增长 15%以上；全年谋划储备重大", "     项目 150 个。",
      " 2", "     牵头单位：区发改局", "     责任单位：区投促局、各街道办事处",
      "     新建社区嵌入式养老服务设施 8 个，新增养老床位 600 张，为困难老年人", "     家庭实施适老化改造 500 户。",
      " 3   牵头单位：区民政局", "     责任单位：区卫健局、区残联、各街道办事处", "     责任领导：李 明", "", "                    —2—", "\f",
    ].join("\n");
  it("a heading at the table's left edge is no piece of the task indented under it; a task line after a label line is no name", async () => {
    const r = await parseText(text("一、稳增长"));
    expect(r.tasks.map((t) => [t.seq, t.section, t.task.replace(/\s+/g, "").slice(0, 12), t.leadUnits, t.units])).toEqual([
      [1, ["一、稳增长"], "地区生产总值增长6%左右", ["区发改局"], ["区统计局", "区财政局"]],
      [2, ["一、稳增长"], "固定资产投资增长8%，其", ["区发改局"], ["区投促局", "各街道办事处"]],
      [3, ["一、稳增长"], "新建社区嵌入式养老服务设", ["区民政局"], ["区卫健局", "区残联", "各街道办事处"]],
    ]);
    // each number set back before its row (session 25: they count 1, 2, 3 row by row), nothing rests on a guess
    expect(r.tasks.map((t) => t.review)).toEqual([[], [], []]);
  });
  it("the same heading flush with the task lines (poppler's default text) stays the heading: each number goes back before its row (session 25)", async () => {
    const r = await parseText(text("一、稳增长").replace(/^ {5}/gm, "").replace(/^ \d /gm, (m) => m.trim() + " "));
    expect(r.tasks.map((t) => [t.seq, t.section, t.task.replace(/\s+/g, "").slice(0, 12), t.leadUnits, t.units, t.review])).toEqual([
      [1, ["一、稳增长"], "地区生产总值增长6%左右", ["区发改局"], ["区统计局", "区财政局"], []],
      [2, ["一、稳增长"], "固定资产投资增长8%，其", ["区发改局"], ["区投促局", "各街道办事处"], []],
      [3, ["一、稳增长"], "新建社区嵌入式养老服务设", ["区民政局"], ["区卫健局", "区残联", "各街道办事处"], []],
    ]);
  });
  it("counter-example: a list whose tasks are all numbered (一)(二)… flags no style", async () => {
    const r = await parseText(["附件", "重点任务分解", "（一）地区生产总值增长6%。", "牵头单位：区发改局", "（二）固定资产投资增长8%。", "牵头单位：区发改局", "（三）新增就业3000人。", "牵头单位：区人社局"].join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.review.map((x) => x.code)])).toEqual([[1, []], [2, []], [3, []]]);
  });
});

describe("a Roman numeral printed in another font on a line of its own (pdftotext -raw)", () => {
  it("goes back into the one gap of the next line (`水质稳定` | `Ⅱ` | `达到 类标准`)", async () => {
    const { restoreDisplacedQuotes } = await import("../../src/text/hygiene.js");
    expect(restoreDisplacedQuotes(["断面水质稳定", "Ⅱ", "达到 类标准，完成年度任务。"]).lines).toEqual(["断面水质稳定", "", "达到Ⅱ类标准，完成年度任务。"]);
  });
  it("counter-example: a numeral ending a line of words, or a next line with two gaps, stays as printed", async () => {
    const { restoreDisplacedQuotes } = await import("../../src/text/hygiene.js");
    const odd = ["水质稳定达到 Ⅱ", "类标准 完成 年度任务。"];
    expect(restoreDisplacedQuotes(odd).lines).toEqual(odd);
    const two = ["Ⅱ", "达到 类标准 完成任务。"];
    expect(restoreDisplacedQuotes(two).lines).toEqual(two);
  });
});
