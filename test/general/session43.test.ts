// Session 43: classes met anew, each rule with its counter-example. Names and places are invented (枫渚县, 钭承岳,
// 夹谷慎言, 庹望川).
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import { runningHeadLines } from "../../src/table/runningheads.js";
import { startsWithLabel } from "../../src/layouts/list/unwrap.js";
import { readHeadings, sectionCellWidth } from "../../src/layouts/flat/anatomy.js";
import { FLAT_DEFAULTS } from "../../src/layouts/flat/settings.js";
import { blocksToGrid, countsOnly } from "../../src/table/structure.js";

const COVER = "枫渚县人民政府办公室关于印发2026年政府工作报告重点任务分工方案的通知\n各乡镇人民政府，县直各单位：现将分工方案印发给你们，请认真贯彻落实。";
const codes = async (text: string) => (await parseText(text)).tasks.map((t) => [t.seq, t.review.map((r) => r.code)]);

describe("a list whose numbering restarts under each heading", () => {
  const RESTART = [
    COVER,
    "一、稳住经济增长",
    "1.地区生产总值增长6%左右。",
    "牵头单位：县发展和改革局",
    "2.固定资产投资增长8%。",
    "牵头单位：县发展和改革局",
    "二、推进乡村振兴",
    "1.粮食播种面积稳定在20万亩。",
    "牵头单位：县农业农村局",
    "2.新建高标准农田1万亩。",
    "牵头单位：县农业农村局",
    "配合单位：县财政局",
  ].join("\n");

  it("numbers the rows 1…N and flags every row with its printed number (a reader keeping the printed numbers has them repeat)", async () => {
    const r = await parseText(RESTART);
    expect(r.tasks.map((t) => [t.seq, t.section, t.leadUnits])).toEqual([
      [1, ["一、稳住经济增长"], ["县发展和改革局"]],
      [2, ["一、稳住经济增长"], ["县发展和改革局"]],
      [3, ["二、推进乡村振兴"], ["县农业农村局"]],
      [4, ["二、推进乡村振兴"], ["县农业农村局"]],
    ]);
    expect(r.tasks.map((t) => t.review.map((x) => x.code))).toEqual([["SEQ_RENUMBERED"], ["SEQ_RENUMBERED"], ["SEQ_RENUMBERED"], ["SEQ_RENUMBERED"]]);
    expect(r.tasks[2]!.review[0]!.message).toContain("原编号为“1.”");
    expect(r.diagnostics.map((d) => d.code)).toContain("LIST_SEQ_RENUMBERED");
  });

  it("counter-example: compound numbers (`1.1` `2.1`) have no integer of their own: numbered 1…N, no row flagged", async () => {
    const compound = RESTART.replace("1.地区", "1.1 地区").replace("2.固定", "1.2 固定").replace("1.粮食", "2.1 粮食").replace("2.新建", "2.2 新建");
    expect(await codes(compound)).toEqual([[1, []], [2, []], [3, []], [4, []]]);
  });

  it("counter-example: numbering that runs on through the headings flags no row", async () => {
    const onward = RESTART.replace("1.粮食", "3.粮食").replace("2.新建", "4.新建");
    expect(await codes(onward)).toEqual([[1, []], [2, []], [3, []], [4, []]]);
  });
});

describe("a table whose numbering restarts under each section row", () => {
  const TSV = [
    "序号\t重点任务\t牵头单位\t配合单位",
    "一、稳住经济增长",
    "1\t地区生产总值增长6%左右。\t县发展和改革局\t县统计局",
    "2\t固定资产投资增长8%。\t县发展和改革局\t县财政局",
    "二、推进乡村振兴",
    "1\t粮食播种面积稳定在20万亩。\t县农业农村局\t县财政局",
    "2\t新建高标准农田1万亩。\t县农业农村局\t县水利局",
  ].join("\n");
  const flattened = (tsv: string) => tsv.split("\n").flatMap((l) => l.split("\t")).join("\n");

  it("numbers on through the table and flags every row with its printed number, tab-separated or one cell a line", async () => {
    for (const text of [TSV, `${COVER}\n${flattened(TSV)}`]) {
      const r = await parseText(text);
      expect(r.tasks.map((t) => [t.seq, t.section[0], t.leadUnits[0], t.review.map((x) => x.code)])).toEqual([
        [1, "一、稳住经济增长", "县发展和改革局", ["SEQ_RENUMBERED"]],
        [2, "一、稳住经济增长", "县发展和改革局", ["SEQ_RENUMBERED"]],
        [3, "二、推进乡村振兴", "县农业农村局", ["SEQ_RENUMBERED"]],
        [4, "二、推进乡村振兴", "县农业农村局", ["SEQ_RENUMBERED"]],
      ]);
      expect(r.tasks.map((t) => /原编号为“(\d+)”/.exec(t.review[0]!.message)?.[1])).toEqual(["1", "2", "1", "2"]);
    }
  });

  it("counter-example: numbers running on under the section rows flag nothing", async () => {
    const onward = TSV.replace("1\t粮食", "3\t粮食").replace("2\t新建", "4\t新建");
    expect(await codes(onward)).toEqual([[1, []], [2, []], [3, []], [4, []]]);
    expect(await codes(`${COVER}\n${flattened(onward)}`)).toEqual([[1, []], [2, []], [3, []], [4, []]]);
  });
});

describe("a name a section heading prints in its bracket, given to the rows under it", () => {
  const HEADED = [
    COVER,
    "一、稳住经济增长（分管副县长：钭承岳）",
    "1.地区生产总值增长6%左右。（牵头单位：县发展和改革局）",
    "2.固定资产投资增长8%。（牵头单位：县发展和改革局；分管副县长：夹谷慎言）",
    "二、推进乡村振兴（牵头单位：县农业农村局）",
    "3.粮食播种面积稳定在20万亩。（配合单位：县财政局）",
  ].join("\n");

  it("flags each row that holds a name only its heading prints (NAME_FROM_HEADING): readers keep it in the heading or give it to the rows", async () => {
    const r = await parseText(HEADED);
    expect(r.tasks.map((t) => [t.seq, t.leadUnits, t.supervisors, t.review.map((x) => x.code)])).toEqual([
      [1, ["县发展和改革局"], ["钭承岳"], ["NAME_FROM_HEADING"]],
      [2, ["县发展和改革局"], ["夹谷慎言"], []],
      [3, ["县农业农村局"], [], ["NAME_FROM_HEADING"]],
    ]);
    expect(r.tasks[0]!.review[0]!.message).toContain("分管领导“钭承岳”");
    expect(r.tasks[2]!.review[0]!.message).toContain("牵头单位“县农业农村局”");
  });

  it("counter-example: a unit the heading's title names outside any bracket, and the same unit in a row's own label, flag nothing", async () => {
    const r = await parseText([COVER, "一、县农业农村局牵头事项", "1.粮食播种面积稳定在20万亩。（牵头单位：县农业农村局）", "2.新建高标准农田1万亩。（牵头单位：县农业农村局）"].join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.leadUnits, t.review.map((x) => x.code)])).toEqual([
      [1, ["县农业农村局"], []],
      [2, ["县农业农村局"], []],
    ]);
  });
});

const asLines = (texts: readonly string[]) => texts.map((text, k) => ({ text, line: k + 1 }));
const headsOf = (texts: readonly string[]) => [...runningHeadLines(asLines(texts))].map((k) => texts[k]);

describe("a publication's running head at the page breaks (table/runningheads.ts)", () => {
  it("is the document's first line and the line after each page number, even where the letter is signed by the same office once", () => {
    const text = ["枫渚县人民政府办公室", "关于印发分工方案的通知", "枫渚县人民政府办公室", "2026年3月1日", "- 1 -", "枫渚县人民政府办公室", "1.地区生产总值增长6%左右。", "- 2 -", "枫渚县人民政府办公室", "2.粮食播种面积稳定。", "- 3 -", "枫渚县人民政府办公室", "3.新建高标准农田。"];
    expect([...runningHeadLines(asLines(text))].sort((a, b) => a - b)).toEqual([0, 5, 8, 11]);
  });

  it("is a head printed on two lines, and a head that comes out second on its page (`附件` first)", () => {
    expect(headsOf(["枫渚县人民政府公报", "2026 年第 2 期", "通知正文", "- 1 -", "附件", "枫渚县人民政府公报", "2026 年第 2 期", "1.任务。", "- 2 -", "枫渚县人民政府公报", "2026 年第 2 期", "2.任务。"])).toEqual(
      ["枫渚县人民政府公报", "2026 年第 2 期", "枫渚县人民政府公报", "2026 年第 2 期", "枫渚县人民政府公报", "2026 年第 2 期"],
    );
  });

  it("counter-example: a line printed at two breaks and twice elsewhere, a line printed at one break, a line of labels the caller keeps", () => {
    const pages = (units: readonly string[]) => units.flatMap((u, n) => [`- ${n + 1} -`, u, `${n + 2}.任务。`]);
    expect(headsOf(["县财政局", "通知", "县财政局", "说明", ...pages(["县财政局", "县住建局", "县财政局", "县水利局", "县财政局"])])).toEqual([]);
    expect(headsOf(["县财政局", "通知", "正文", "县财政局", "说明", "县财政局", "正文", ...pages(["县财政局", "县住建局"])])).toEqual([]);
    expect(headsOf(["通知", "- 1 -", "枫渚县人民政府办公室", "1.任务。"])).toEqual([]);
    const labels = ["- 1 -", "责任领导 钭承岳", "1.任务。", "- 2 -", "责任领导 钭承岳", "2.任务。"];
    expect([...runningHeadLines(asLines(labels), (t) => t.startsWith("责任领导"))]).toEqual([]);
  });
});

describe("a list-form notice printed to PDF whose running head is the attachment's title", () => {
  const page = (n: number) => [`- ${n} -`, "2026年县政府工作报告重点任务分工方案"];
  const DOC = [
    "2026年县政府工作报告重点任务分工方案",
    COVER,
    ...page(1),
    "附件",
    "2026年县政府工作报告重点任务分工方案",
    "一、稳住经济增长",
    "1.地区生产总值增长6%左右。",
    "牵头单位：县发展和改革局",
    ...page(2),
    "2.固定资产投资增长8%。",
    "牵头单位：县发展和改革局",
    ...page(3),
    "3.粮食播种面积稳定在20万亩。",
    "牵头单位：县农业农村局",
  ];

  it("reads one list: the head printed again where the numbers go on is the page's, not a second table", async () => {
    const r = await parseText(DOC.join("\n"));
    expect(r.tasks.map((t) => [t.table, t.seq, t.section, t.leadUnits])).toEqual([
      [0, 1, ["一、稳住经济增长"], ["县发展和改革局"]],
      [0, 2, ["一、稳住经济增长"], ["县发展和改革局"]],
      [0, 3, ["一、稳住经济增长"], ["县农业农村局"]],
    ]);
  });

  it("reads one list where the head is printed with no page number to show the break (text copied out of a viewer)", async () => {
    const bare = DOC.filter((l) => !/^- \d+ -$/.test(l));
    const r = await parseText(bare.join("\n"));
    expect(r.tasks.map((t) => [t.table, t.seq, t.section])).toEqual([
      [0, 1, ["一、稳住经济增长"]],
      [0, 2, ["一、稳住经济增长"]],
      [0, 3, ["一、稳住经济增长"]],
    ]);
  });

  it("reads one list when the title the head repeats was printed above the list, not as its own title (a cover letter's title wrapped)", async () => {
    const wrapped = ["枫渚县人民政府办公室关于印发2026年县政府工作报告重点任务分工", "方案的通知", ...DOC.slice(1)].filter((l) => !/^- \d+ -$/.test(l));
    const r = await parseText(wrapped.join("\n"));
    expect(r.tasks.map((t) => [t.table, t.seq])).toEqual([[0, 1], [0, 2], [0, 3]]);
  });

  it("reads one list when the head opens the text and the attachment's title stands above the list's region", async () => {
    const title = "2026年县政府工作报告重点任务分工方案";
    const text = [
      title, "", "枫渚县人民政府文件", "枫政发〔2026〕2号", "", "枫渚县人民政府关于印发2026年县政府工作报", "告重点任务分工方案的通知", "",
      "各乡镇人民政府，县直各单位：", "现将分工方案印发给你们，请认真抓好落实，并就有关事项通知如下：",
      "一、各分管县领导要按照分工方案，加强对分管领域任务的督促指导。", "二、牵头单位要会同配合单位于2月15日前制定具体落实方案。",
      "枫渚县人民政府", "2026年1月24日", "", "附件", "", title, "", title, "",
      "一、稳住经济增长", "1、地区生产总值增长6%左右。", "牵头单位：县发展和改革局 配合单位：县统计局 分管县领导：钭承岳",
      "2、固定资产投资增长8%。", "牵头单位：县发展和改革局 配合单位：县财政局 分管县领导：钭承岳", "", title, "",
      "3、粮食播种面积稳定在20万亩。", "牵头单位：县农业农村局 配合单位：县财政局 分管县领导：庹望川",
      "4、新建高标准农田1万亩。", "牵头单位：县农业农村局 配合单位：县水利局 分管县领导：庹望川", "", title, "",
      "5、新建城市公园2个。", "牵头单位：县住建局 配合单位：县财政局 分管县领导：夹谷慎言",
    ];
    const r = await parseText(text.join("\n"));
    expect(r.tasks.map((t) => [t.table, t.seq, t.section])).toEqual([1, 2, 3, 4, 5].map((n) => [0, n, ["一、稳住经济增长"]]));
  });

  it("counter-example: the same title printed again, after which the numbers start again, opens a second table", async () => {
    const again = [...DOC.filter((l) => !/^- \d+ -$/.test(l)), "2026年县政府工作报告重点任务分工方案", "1.新建城市公园2个。", "牵头单位：县住建局"];
    const r = await parseText(again.join("\n"));
    expect(r.tasks.map((t) => [t.table, t.seq])).toEqual([[0, 1], [0, 2], [0, 3], [1, 1]]);
  });

  it("counter-example: a second title printed once, after which the numbers start again, opens a second table", async () => {
    const two = [...DOC, "附件2", "2026年县民生实事项目任务分解", "1.新建城市公园2个。", "牵头单位：县住建局"];
    const r = await parseText(two.join("\n"));
    expect(r.tasks.map((t) => [t.table, t.seq])).toEqual([[0, 1], [0, 2], [0, 3], [1, 1]]);
  });
});

describe("a spaced-out label word opening a line (`责 任 人：`)", () => {
  it("starts a label: the full line of names above it ends there", () => {
    expect(startsWithLabel("责 任 人：钭承岳")).toBe(true);
    expect(startsWithLabel("牵 头 部 门：县林业局")).toBe(true);
  });
  it("counter-example: spaced words that name no field, a name padded before a colon in prose", () => {
    expect(startsWithLabel("完 成 时：年底")).toBe(false);
    expect(startsWithLabel("各 乡 镇 要：抓好落实")).toBe(false);
  });
  it("a label list that runs to the line's width keeps its last unit whole when a spaced label follows", async () => {
    const wide = "配合部门：县自然资源局、县财政局、各乡（镇）人民政府";
    const r = await parseText([COVER, "（1）稳定油菜种植面积12万亩以上，新建高标准茶园1.5万亩，完", "成撂荒地复耕复种。", "牵头单位：县农业农村局", wide, "责 任 人：钭承岳", "（2）打造油茶、高山蔬菜两条百亿级产业链，创建省级现代", "农业产业园1个。", "牵头单位：县林业局", wide, "责 任 人：庹望川"].join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.coUnits, t.leaders])).toEqual([
      [1, ["县自然资源局", "县财政局", "各乡（镇）人民政府"], ["钭承岳"]],
      [2, ["县自然资源局", "县财政局", "各乡（镇）人民政府"], ["庹望川"]],
    ]);
  });
});

describe("the issuing office as running head and as the letter's signature", () => {
  const office = "枫渚县人民政府办公室";
  const DOC = [office, COVER, office, "2026年3月1日", "- 1 -", office, "附件", "2026年县政府工作报告重点任务分工方案", "1.地区生产总值增长6%左右。", "牵头单位：县发展和改革局", "- 2 -", office, "2.固定资产投资增长8%。", "牵头单位：县发展和改革局", "- 3 -", office, "3.粮食播种面积稳定在20万亩。", "牵头单位：县农业农村局"];
  it("is no task and no unread name: the rows are read clean", async () => {
    const r = await parseText(DOC.join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.task, t.leadUnits, t.review.map((x) => x.code)])).toEqual([
      [1, "地区生产总值增长6%左右。", ["县发展和改革局"], []],
      [2, "固定资产投资增长8%。", ["县发展和改革局"], []],
      [3, "粮食播种面积稳定在20万亩。", ["县农业农村局"], []],
    ]);
  });
  it("counter-example: a unit printed alone inside a row, not at a page break, is still reported unread", async () => {
    const r = await parseText([...DOC.slice(0, 10), "县统计局", ...DOC.slice(10)].join("\n"));
    expect(r.tasks.find((t) => t.seq === 1)!.review.map((x) => x.code)).not.toEqual([]);
  });
});

describe("a 项目 column printed in narrow pieces in stream-order text (pdftotext -raw)", () => {
  const RAW = [
    "枫渚县人民政府办公室关于印发2026年政府工作报告目标任务分解表的通知",
    "各乡镇人民政府，县直各单位：现将分解表印发给你们，请认真贯彻落实。",
    "附件",
    "2026 年县《政府工作报告》目标任务分解表",
    "序号 项目 目标任务 牵头单位 协办单位 责任人",
    "1", "一、稳", "定经济", "运行", "地区生产总值增长 7%左", "右。", "县发展改革局 县统计局 钭承岳",
    "2", "一般公共预算收入增长 6", "%。", "县财政局 县税务局 庹望川",
    "3", "旅游接待人次和旅游总", "收入增长 8%。", "县商务局 县统计局 夹谷慎言",
    "4", "二、壮", "大实体", "经济", "推动竹木家具、陶瓷建", "材等产业链延链补链强", "链，规上工业产值增长 1", "0%。", "县工信局 县科技局 钭承岳",
    "5", "新认定市级绿色工厂示", "范企业 15 家。", "县科技局 县财政局 庹望川",
  ];
  const fl = (texts: readonly string[]) => texts.map((text, i) => ({ text, line: i + 1, afterBreak: false }));

  it("a task's first line, as wide as the task cell and wider than the column's pieces, opens the task, not a heading", async () => {
    const r = await parseText(RAW.join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.section, t.task.replace(/\s+/g, "")])).toEqual([
      [1, ["一、稳定经济运行"], "地区生产总值增长7%左右。"],
      [2, ["一、稳定经济运行"], "一般公共预算收入增长6%。"],
      [3, ["一、稳定经济运行"], "旅游接待人次和旅游总收入增长8%。"],
      [4, ["二、壮大实体经济"], "推动竹木家具、陶瓷建材等产业链延链补链强链，规上工业产值增长10%。"],
      [5, ["二、壮大实体经济"], "新认定市级绿色工厂示范企业15家。"],
    ]);
  });

  it("un-numbered categories printed in pieces (`经济` | `发展`) set the width alike", async () => {
    const unmarked = RAW.flatMap((l) => (l === "一、稳" ? ["经济"] : l === "定经济" ? ["发展"] : l === "运行" || l === "经济" ? [] : l === "二、壮" ? ["产业"] : l === "大实体" ? ["转型"] : [l]));
    const r = await parseText(unmarked.join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.section, t.task.replace(/\s+/g, "")])).toEqual([
      [1, ["经济发展"], "地区生产总值增长7%左右。"],
      [2, ["经济发展"], "一般公共预算收入增长6%。"],
      [3, ["经济发展"], "旅游接待人次和旅游总收入增长8%。"],
      [4, ["产业转型"], "推动竹木家具、陶瓷建材等产业链延链补链强链，规上工业产值增长10%。"],
      [5, ["产业转型"], "新认定市级绿色工厂示范企业15家。"],
    ]);
    expect(sectionCellWidth([{ lines: fl(["1", "经济", "发展", "地区生产总值增长 7%左", "右。"]) }])).toBe(2);
  });

  it("the column's width is its numbered heading's widest piece; none when no heading is printed in pieces", () => {
    expect(sectionCellWidth([{ lines: fl(["1", "一、稳", "定经济", "行", "地区生产总值增长 7%左"]) }])).toBe(3);
    expect(sectionCellWidth([{ lines: fl(["1", "一、稳定经济运行", "地区生产总值增长7%左右。"]) }])).toBeNull();
    // (a category on one line above the task: no pieces, no width)
    expect(sectionCellWidth([{ lines: fl(["1", "经济发展", "地区生产总值增长7%左右。"]) }])).toBeNull();
  });

  it("a heading's pieces end where a line twice as wide as the cell comes; a marker alone, or a piece a word pushed on, shows no such end", () => {
    const pieces = (texts: readonly string[]) => readHeadings(fl(texts), 0, FLAT_DEFAULTS, false).groups.map((g) => g.fragments);
    expect(pieces(["二、壮", "大实体", "经济", "推动竹木家具、陶瓷建材等产业链延链补链强", "链，规上工业产值增长 10%。"])).toEqual([["二、壮", "大实体", "经济"]]);
    expect(pieces(["三、构", "建“4341”现代", "产业体系", "加快鞋服、纺织产业强链补链。"])).toEqual([["三、构", "建“4341”现代", "产业体系"]]);
    // (the cell is as wide as the heading's first line: a wider piece after it does not widen it)
    expect(pieces(["二、构", "建“4341”现代", "产业体系", "推动竹木家具、陶瓷建", "材等产业链延链补链强", "链，规上工业产值增长 10%。"])).toEqual([["二、构", "建“4341”现代", "产业体系"]]);
    expect(pieces(["一、", "稳定经济运行", "地区生产总值增长7%左右。"])).toEqual([["一、", "稳定经济运行"]]);
  });
});

describe("a workbook's other sheets: a tally of tasks per unit, a sheet of instructions", () => {
  const grid = (rows: readonly string[][]) => rows.map((cells) => ({ cells: cells.map((text) => ({ lines: [{ text }] })) }));
  it("a table of counts beside names is no task table", () => {
    expect(countsOnly(grid([["单位", "牵头任务数", "配合任务数"], ["县住建局", "3", "5"], ["县工信局", "2", "1"], ["合计", "14", "27"]]))).toBe(true);
  });
  it("counter-example: a task table, an indicator table with its responsible units, a table of one counted row", () => {
    expect(countsOnly(grid([["序号", "重点任务", "牵头单位"], ["1", "新建5G基站300个。", "县工信局"], ["2", "新增就业4500人。", "县人社局"]]))).toBe(false);
    expect(countsOnly(grid([["指标", "目标", "责任单位"], ["地区生产总值增长", "6%", "县发改局"], ["一般公共预算收入增长", "5%", "县财政局"]]))).toBe(false);
    expect(countsOnly(grid([["单位", "牵头任务数"], ["县住建局", "3"]]))).toBe(false);
  });
  it("a workbook's tally sheet gives no rows: the sheets before it are read alone", () => {
    const sheet = (rows: readonly string[][], line: number) => ({ kind: "table" as const, table: { rows: rows.map((cells, k) => ({ cells: cells.map((text) => ({ lines: [{ text }] })), line: line + k })) } });
    const tasks = sheet([["序号", "重点任务", "牵头单位"], ["1", "新建5G基站300个。", "县工信局"]], 1);
    const tally = sheet([["单位", "牵头任务数", "配合任务数"], ["县住建局", "3", "5"], ["县工信局", "2", "1"]], 10);
    expect(blocksToGrid([tasks, tally]).map((r) => r.cells.map((c) => c.lines[0]!.text))).toEqual([["序号", "重点任务", "牵头单位"], ["1", "新建5G基站300个。", "县工信局"]]);
  });
  it("a note that explains the roles (`牵头单位负责…，配合单位按职责做好配合`) names no unit", async () => {
    const r = await parseText([COVER, "1.地区生产总值增长6%左右。县发展和改革局牵头，县统计局配合。", "2.固定资产投资增长8%。县发展和改革局负责。", "填报说明", "1．牵头单位负责任务推进和进展报送，配合单位按职责做好配合。"].join("\n"));
    expect(r.tasks.flatMap((t) => [...t.leadUnits, ...t.units, ...t.coUnits])).not.toContain("配合单位");
    // (counter-example: a unit's own name before the verb is a role clause: `县直各单位积极配合`)
    const own = await parseText([COVER, "1.地区生产总值增长6%左右。县发展和改革局牵头，县统计局配合。", "2.固定资产投资增长8%。县发展和改革局负责，县直各单位积极配合。"].join("\n"));
    expect(own.tasks.map((t) => t.coUnits)).toEqual([["县统计局"], ["县直各单位"]]);
  });
});

describe("a leader column before the 序号 whose two-character names are padded (`庹　川      3`)", async () => {
  const { seqAfterPeople } = await import("../../src/layouts/flat/seqafterpeople.js");
  const text = [
    COVER,
    "分管县领导  序号  工作任务                        牵头单位            责任单位",
    "钭承岳      1     地区生产总值增长6%左右。        县发展和改革局      县统计局",
    "庹　川      2     一般公共预算收入增长5%。        县财政局            县税务局",
    "夹谷慎言    3     旅游接待人次和旅游总收入增长8%。      县商务局            县统计局",
    "庹　川      4     新增城镇就业4500人。            县人社局            各乡镇",
  ];
  it("moves each row's number before the padded name too", () => {
    const moved = seqAfterPeople(text.join("\n").split("\n").map((t, i) => ({ text: t, line: i + 1 })));
    expect(moved?.slice(3).map((l) => l.text.split(/\s+/).slice(0, 2).join(" "))).toEqual(["1 钭承岳", "2 庹川", "3 夹谷慎言", "4 庹川"]);
  });
  it("counter-example: a padded pair of characters before a number that does not go on from the rows' is no leader", () => {
    const off = [...text.slice(0, 4), "            增　长  7 个百分点以上，加快推进。"];
    const moved = seqAfterPeople(off.join("\n").split("\n").map((t, i) => ({ text: t, line: i + 1 })));
    expect(moved?.at(-1)?.text).toBe("            增　长  7 个百分点以上，加快推进。");
  });
});

describe("a task of two sentences, each closed by its own bracket before its full stop (`……以上（X牵头）。开展……（Y牵头）。`)", () => {
  it("is one task: both brackets' names in printed order, no bracket in the text, each sentence's full stop kept", async () => {
    const r = await parseText([COVER, "1.帮助企业纾困解难，全年减轻企业负担2亿元以上（牵头单位：县税务局；配合单位：县财政局）。开展百名干部进百企活动，推动规上工业企业全面达产（牵头单位：县工信局；配合单位：各乡镇）。", "2.新建城市公园2个（牵头单位：县住建局）。"].join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.task, t.leadUnits, t.coUnits])).toEqual([
      [1, "帮助企业纾困解难，全年减轻企业负担2亿元以上。开展百名干部进百企活动，推动规上工业企业全面达产。", ["县税务局", "县工信局"], ["县财政局", "各乡镇"]],
      [2, "新建城市公园2个", ["县住建局"], []],
    ]);
  });
  it("counter-example: a bracket of words inside a sentence (`首台（套）`) before a comma is task text", async () => {
    const r = await parseText([COVER, "1.支持首台（套）装备推广应用，新认定首台（套）产品10个（牵头单位：县工信局）。推动企业上云（牵头单位：县大数据中心）。"].join("\n"));
    expect(r.tasks.map((t) => [t.task, t.leadUnits])).toEqual([["支持首台（套）装备推广应用，新认定首台（套）产品10个。推动企业上云。", ["县工信局", "县大数据中心"]]]);
  });
});

describe("two 项目 columns (`一、…` | `（一）…`), both merged cells cut by a page break", async () => {
  const { gridToRecords } = await import("../../src/table/segment.js");
  type Row = readonly [string, string, string, string, string, number];
  const grid = (rowsIn: readonly Row[]) => [
    { cells: ["项目", "项目", "序号", "具体任务", "牵头单位"].map((t) => ({ lines: [{ text: t }] })), page: 1 },
    ...rowsIn.map(([a, b, seq, task, lead, page]) => ({ cells: [a, b, seq, task, lead].map((t) => ({ lines: t ? [{ text: t }] : [] })), page })),
  ];
  const sections = (rows: ReturnType<typeof grid>) => gridToRecords(rows, { layout: "lattice" }).records.map((r) => [r.seq, r.section, (r.review ?? []).map((x) => x.code)]);
  it("each column's piece on the next page completes its own level's heading; the path keeps both levels", () => {
    expect(sections(grid([
      ["二、推进城乡融合", "（一）建设宜居城市", "1", "改造老旧小区50个。", "县住建局", 1],
      ["三、着力", "（一）办好民", "2", "新建幼儿园5所。", "县教育局", 1],
      ["保障改善民生", "生实事", "3", "建成中医院新院区。", "县卫健局", 2],
      ["", "（二）织密社会保障网", "4", "提高城乡低保标准。", "县民政局", 2],
    ]))).toEqual([
      [1, ["二、推进城乡融合", "（一）建设宜居城市"], []],
      [2, ["三、着力保障改善民生", "（一）办好民生实事"], ["SECTION_CUT_AT_PAGE", "SECTION_CUT_AT_PAGE"]],
      [3, ["三、着力保障改善民生", "（一）办好民生实事"], ["SECTION_CUT_AT_PAGE"]],
      [4, ["三、着力保障改善民生", "（二）织密社会保障网"], []],
    ]);
  });
  it("counter-example: the same pieces on the same page are headings of their own, nothing completed", () => {
    const got = sections(grid([
      ["三、着力", "（一）办好民", "1", "新建幼儿园5所。", "县教育局", 1],
      ["保障改善民生", "生实事", "2", "建成中医院新院区。", "县卫健局", 1],
    ]));
    expect(got.flatMap((g) => g[2] as string[])).toEqual([]);
  });
});

describe("a merged people cell cut by a page break, spanning the cut row's rest and the row below on the new page", async () => {
  const { gridToRecords } = await import("../../src/table/segment.js");
  const cell = (text: string, spanned = false) => ({ lines: text ? [{ text }] : [], ...(spanned ? { spanned: true } : {}) });
  const head = { cells: ["序号", "主要任务", "牵头单位", "县级联系领导"].map((t) => cell(t)), page: 1 };
  const sup = (rows: ReturnType<typeof cell>[][], pages: number[]) =>
    gridToRecords([head, ...rows.map((cells, k) => ({ cells, page: pages[k]! }))], { layout: "lattice" }).records.map((r) => [r.seq, (r.cells.supervisors ?? []).map((l) => l.text)]);
  it("the row below shares the whole cell, the names printed on both pages", () => {
    expect(sup([
      [cell("1"), cell("深化城市更新，改造老旧小区18个、城市燃气管道40公"), cell("县住建局"), cell("钭承岳")],
      [cell(""), cell("里。"), cell(""), cell("庹望川")],
      [cell("2"), cell("推进文明城市创建。"), cell("县文明办"), cell("庹望川", true)],
    ], [1, 2, 2])).toEqual([[1, ["钭承岳", "庹望川"]], [2, ["钭承岳", "庹望川"]]]);
  });
  it("counter-example: the row above on the same page, or a cell that is not the end of the row above's, is left as it is", () => {
    expect(sup([
      [cell("1"), cell("深化城市更新。"), cell("县住建局"), cell("钭承岳")],
      [cell(""), cell("改造老旧小区。"), cell(""), cell("庹望川")],
      [cell("2"), cell("推进文明城市创建。"), cell("县文明办"), cell("庹望川", true)],
    ], [1, 1, 1])).toEqual([[1, ["钭承岳", "庹望川"]], [2, ["庹望川"]]]);
    expect(sup([
      [cell("1"), cell("深化城市更新，改造老旧小区18个、城市燃气管道40公"), cell("县住建局"), cell("钭承岳")],
      [cell(""), cell("里。"), cell(""), cell("庹望川")],
      [cell("2"), cell("推进文明城市创建。"), cell("县文明办"), cell("夹谷慎言", true)],
    ], [1, 2, 2])).toEqual([[1, ["钭承岳", "庹望川"]], [2, ["夹谷慎言"]]]);
  });
});

describe("list items that print their labels first and the task on the line below", () => {
  const ITEMS = [
    COVER,
    "一、稳住经济增长",
    "1) 牵头单位：县发展和改革局；责任单位：县财政局/县统计局；联系领导：钭承岳",
    "全县地区生产总值增长6.5%左右，固定资产投资增长7%。",
    "2) 牵头单位：县商务局；联系领导：庹望川",
    "新建城市口袋公园8个，举办促消费活动50场以上。",
  ];
  it("reads each item's task from the line below and its labels from its own line", async () => {
    const r = await parseText(ITEMS.join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.task, t.leadUnits, t.units, t.supervisors])).toEqual([
      [1, "全县地区生产总值增长6.5%左右，固定资产投资增长7%。", ["县发展和改革局"], ["县财政局", "县统计局"], ["钭承岳"]],
      [2, "新建城市口袋公园8个，举办促消费活动50场以上。", ["县商务局"], [], ["庹望川"]],
    ]);
  });
  it("counter-example: one item so is no style of the list (nothing moved), nor an item whose next line is another item", async () => {
    const { labelsBeforeTask } = await import("../../src/layouts/list.js");
    const asL = (t: readonly string[]) => t.map((text, i) => ({ text, line: i + 1 }));
    const one = [...ITEMS.slice(0, 4), "2) 新建城市口袋公园8个。", "牵头单位：县商务局"];
    expect(labelsBeforeTask(asL(one)).map((l) => l.text)).toEqual(one);
    const next = [ITEMS[2]!, ITEMS[4]!, "3) 新建城市公园2个。"];
    expect(labelsBeforeTask(asL(next)).map((l) => l.text)).toEqual(next);
  });
  it("a task of two lines moves up whole, its labels after it", async () => {
    const { labelsBeforeTask } = await import("../../src/layouts/list.js");
    const two = [ITEMS[2]!, "全县地区生产总值增长6.5%左右，固定资", "产投资增长7%。", ITEMS[4]!, ITEMS[5]!];
    expect(labelsBeforeTask(two.map((text, i) => ({ text, line: i + 1 }))).map((l) => l.text)).toEqual([
      "1)全县地区生产总值增长6.5%左右，固定资", "产投资增长7%。", "牵头单位：县发展和改革局；责任单位：县财政局/县统计局；联系领导：钭承岳",
      "2)新建城市口袋公园8个，举办促消费活动50场以上。", "牵头单位：县商务局；联系领导：庹望川",
    ]);
  });
});
