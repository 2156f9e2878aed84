/**
 * Session 33: a name cut between two rows' lines is evidence against that cut (`cutFor`'s `nameCuts`), and an empty
 * unit cell inside a run of rows suspected of a merged cell. Names and tasks are invented.
 */
import { describe, expect, it } from "vitest";
import { cutFor, NAME_CUT_COST, type CutInput } from "../../src/layouts/aligned/cut.js";
import { cellNames } from "../../src/layouts/aligned/bynames.js";
import { parseText } from "../../src/index.js";
import { classify } from "../../src/names/classify.js";
import { isEntityLine, isNameList, isProse } from "../../src/layouts/flat/fragments.js";
import { isWebChrome } from "../../src/table/lexicon.js";
import { isTimeClause, parseRoles } from "../../src/layouts/list/roles.js";
import { labelNamesGoOn, startsWithLabel, unwrapHardLines, wrapMeasure } from "../../src/layouts/list/unwrap.js";
import { splitEntities } from "../../src/names/split.js";

// a browser's PDF as `pdftotext -layout` text: centred cells, a two-line unit name printed a line apart (`县发展和改革` | `局`)
const CENTRED = `青溪县2025年重点任务责任分解表
序号           重点任务        牵头单位   责任人    协办单位    分管领
                                                导
（一）稳定增长目标
 1 青禾片区产值增长5.5%以上。      县发展和改革 林一凡 县统计局、县财政局、
                                   各乡镇人民政府、青溪
                            局        工业园区管委会
 2 青禾园区企业营收增长8%。。       县工业和信息 周子墨 青溪工业园区管委会、
                                   县统计局、各乡镇人民
                           化局           政府     孙为
                                   县自然资源和规划局、
 3 重点工程投资增长6%。          县发展和改革 林一凡 县住房和城乡建设局、
                                   县交通运输局、县水利
                            局      局、县统计局、各乡镇
                                       人民政府
 4 青禾集市交易总额增长5%。。       县商务和经济 吴南星 县统计局、县市场监督
                                   管理局、各乡镇人民政 王立新
                          合作局            府
                                   县税务局、青溪工业园
 5 青禾片区税费收入增长3%。         县财政局 孙可为 区管委会、各乡镇人民 孙为
                                        政府
                                   县人力资源和社会保障
 6 青禾农户人均经营收入增长7%。     县农业农村局 郑一鸣 局、县统计局、各乡镇 何清
                                       人民政府
`;

describe("a unit name cut across a row boundary (-layout text of centred cells)", () => {
  it("keeps each unit's lines in one row", async () => {
    const { tasks } = await parseText(CENTRED);
    expect(tasks.slice(0, 4).map((t) => [t.seq, t.leadUnits, t.coUnits])).toEqual([
      [1, ["县发展和改革局"], ["县统计局", "县财政局", "各乡镇人民政府", "青溪工业园区管委会"]],
      [2, ["县工业和信息化局"], ["青溪工业园区管委会", "县统计局", "各乡镇人民政府"]],
      [3, ["县发展和改革局"], ["县自然资源和规划局", "县住房和城乡建设局", "县交通运输局", "县水利局", "县统计局", "各乡镇人民政府"]],
      [4, ["县商务和经济合作局"], ["县统计局", "县市场监督管理局", "各乡镇人民政府"]],
    ]);
    // the text lost the cells: every row still says it rests on a reading
    expect(tasks.every((t) => t.review.length > 0)).toBe(true);
  });
});

describe("cutFor: pieces of names as evidence", () => {
  // columns: seq, task, unit. Row 0's unit wraps over lines 0–1 (`县发展和改革` | `局`); line 2 starts row 1's unit.
  const lead = ["县发展和改革", "局", "县财政局、", "县统计局"];
  const occupied = [
    [true, true, true],
    [false, false, true],
    [false, false, true],
    [true, true, true],
  ];
  const base: CutInput = { occupied, anchors: [0, 3], afterBreak: false };
  const pieces = (from: number, to: number) => cellNames(lead.slice(from, to + 1), "unit").bad;
  const rows = (input: CutInput) => cutFor(input, "centred").rows.map((r) => [r.from, r.to]);

  it("by shape alone three cuts cost alike, and the first is taken", () => {
    expect(rows(base)).toEqual([[0, 0], [1, 3]]);
  });
  it("with the names, the cut that keeps `县发展和改革局` whole is taken", () => {
    expect(pieces(0, 0)).toBe(1);
    expect(pieces(0, 1)).toBe(0);
    expect(rows({ ...base, nameCuts: pieces })).toEqual([[0, 1], [2, 3]]);
    expect(cutFor({ ...base, nameCuts: pieces }, "centred").cost).toBe(cutFor(base, "centred").cost);
  });
  it("counter-example: a piece every cut leaves (a name no cut completes) decides nothing", () => {
    const constant = () => 1;
    expect(rows({ ...base, nameCuts: constant })).toEqual(rows(base));
    expect(cutFor({ ...base, nameCuts: constant }, "centred").cost).toBe(cutFor(base, "centred").cost + 2 * NAME_CUT_COST);
  });
});

// LibreOffice or Word prints a merged 分管领导 cell once, in its span's first row; `pdftotext -layout` keeps the columns
const MERGED_TOP = `青溪县2025年重点任务责任分解表

序号  工作任务                          牵头单位          配合单位              分管领导
1     青禾片区产值增长6%以上。          县发展改革局      县统计局、县财政局    林一凡
2     青禾园区企业营收增长8%。          县工业信息化局    县统计局
3     青禾集市交易总额增长5%。          县商务局          县市场监管局
4     青禾片区税费收入增长3%。          县财政局          县税务局              周子墨
5     青禾农户人均收入增长7%。          县农业农村局      县统计局
6     青禾乡村道路新建20公里。          县交通运输局      各乡镇人民政府
`;
// the same table with the column filled row by row: each name printed on two rows running, two cells empty
const ROW_BY_ROW = `青溪县2025年重点任务责任分解表

序号  工作任务                          牵头单位          配合单位              分管领导
1     青禾片区产值增长6%以上。          县发展改革局      县统计局、县财政局    林一凡
2     青禾园区企业营收增长8%。          县工业信息化局    县统计局              林一凡
3     青禾集市交易总额增长5%。          县商务局          县市场监管局
4     青禾片区税费收入增长3%。          县财政局          县税务局              周子墨
5     青禾农户人均收入增长7%。          县农业农村局      县统计局              周子墨
6     青禾乡村道路新建20公里。          县交通运输局      各乡镇人民政府
`;
// a merged column that prints one name on two rows running (two cells of one leader side by side), four cells empty
const ONE_REPEAT = `青溪县2025年重点任务责任分解表

序号  工作任务                          牵头单位          配合单位              分管领导
1     青禾片区产值增长6%以上。          县发展改革局      县统计局、县财政局    林一凡
2     青禾园区企业营收增长8%。          县工业信息化局    县统计局
3     青禾集市交易总额增长5%。          县商务局          县市场监管局
4     青禾片区税费收入增长3%。          县财政局          县税务局              周子墨
5     青禾农户人均收入增长7%。          县农业农村局      县统计局              周子墨
6     青禾乡村道路新建20公里。          县交通运输局      各乡镇人民政府
7     青禾老街改造提升一期。            县住建局          县文旅局
`;

describe("a people column merged over tasks, in -layout text (printed at its span's top)", () => {
  it("fills the rows below with the name above, each flagged", async () => {
    const { tasks } = await parseText(MERGED_TOP);
    expect(tasks.map((t) => [t.seq, t.supervisors, t.review.map((r) => r.code)])).toEqual([
      [1, ["林一凡"], []],
      [2, ["林一凡"], ["MERGED_CELL_GUESSED"]],
      [3, ["林一凡"], ["MERGED_CELL_GUESSED"]],
      [4, ["周子墨"], []],
      [5, ["周子墨"], ["MERGED_CELL_GUESSED"]],
      [6, ["周子墨"], ["MERGED_CELL_GUESSED"]],
    ]);
  });
  it("counter-example: a column that repeats its names as often as it leaves a cell empty is filled row by row: its empty cells stay empty, flagged", async () => {
    const { tasks } = await parseText(ROW_BY_ROW);
    expect(tasks.map((t) => [t.seq, t.supervisors])).toEqual([
      [1, ["林一凡"]],
      [2, ["林一凡"]],
      [3, []],
      [4, ["周子墨"]],
      [5, ["周子墨"]],
      [6, []],
    ]);
    expect(tasks.filter((t) => t.supervisors.length === 0).every((t) => t.review.some((r) => r.code === "FIELD_EMPTY_MAYBE_MERGED"))).toBe(true);
  });
  it("one name printed on two rows running among many empty cells is still a merged column", async () => {
    const { tasks } = await parseText(ONE_REPEAT);
    expect(tasks.map((t) => [t.seq, t.supervisors, t.review.map((r) => r.code)])).toEqual([
      [1, ["林一凡"], []],
      [2, ["林一凡"], ["MERGED_CELL_GUESSED"]],
      [3, ["林一凡"], ["MERGED_CELL_GUESSED"]],
      [4, ["周子墨"], []],
      [5, ["周子墨"], []],
      [6, ["周子墨"], ["MERGED_CELL_GUESSED"]],
      [7, ["周子墨"], ["MERGED_CELL_GUESSED"]],
    ]);
  });
});

describe("a division's character after a preposition or a scope word is no place's name", () => {
  it("prose about a place is a fragment", () => {
    expect(classify("平均浓度控制在市")).toBe("fragment");
    expect(classify("服务延伸到县")).toBe("fragment");
    expect(classify("本县")).toBe("fragment");
  });
  it("counter-example: places whose own characters stand before 市 or 县", () => {
    expect(classify("本溪市")).toBe("unit");
    expect(classify("于都县")).toBe("unit");
    expect(classify("青溪县")).toBe("unit");
    expect(classify("城关镇")).toBe("unit");
  });
});

describe("a cell's names parted by `；` or `，` on a line of their own (a table flattened one cell per line)", () => {
  it("is a line of names, not prose", () => {
    expect(isNameList("县工信局；县通信发展办公室")).toBe(true);
    expect(isProse("县工信局；县通信发展办公室")).toBe(false);
    expect(isEntityLine("县工信局；县通信发展办公室")).toBe(true);
    expect(isNameList("縣財政局，縣教育局")).toBe(true);
  });
  it("counter-example: a sentence's clauses, places only, or a figure, stay prose", () => {
    expect(isNameList("推进城乡融合，建设美丽乡村")).toBe(false);
    expect(isNameList("加快建设新区，打造产业园区")).toBe(false);
    expect(isNameList("县财政局；增长8%")).toBe(false);
    // clauses ending on an organisation's word prose uses too
    expect(isNameList("培育新头部企业，建强企业家队")).toBe(false);
    expect(isProse("推进城乡融合，建设美丽乡村")).toBe(true);
  });
  it("end to end: the cell's names go to its column", async () => {
    const text = ["青溪县2024年重点任务分解表", "序号", "工作任务", "责任单位", "责任领导", "1", "新建青禾片区污水管网12公里。", "县住建局；县水务公司", "林一凡", "2", "完成青禾集市改造提升。", "县商务局，县市场监管局", "周子墨"].join("\n");
    const { tasks } = await parseText(text);
    expect(tasks.map((t) => [t.seq, t.task, t.units, t.leaders])).toEqual([
      [1, "新建青禾片区污水管网12公里。", ["县住建局", "县水务公司"], ["林一凡"]],
      [2, "完成青禾集市改造提升。", ["县商务局", "县市场监管局"], ["周子墨"]],
    ]);
  });
});

describe("a web page's chrome in brackets or traditional script", () => {
  it("is chrome", () => {
    expect(isWebChrome("【字体：大 中 小】")).toBe(true);
    expect(isWebChrome("【列印本頁】【關閉窗口】")).toBe(true);
    expect(isWebChrome("主辦單位：青溪縣人民政府辦公室　網站標識碼：1234567890")).toBe(true);
  });
  it("counter-example: a heading or a task that mentions a font or printing", () => {
    expect(isWebChrome("一、大力发展印刷包装产业")).toBe(false);
    expect(isWebChrome("【字体设计大赛】")).toBe(false);
  });
});

describe("a surname in traditional script", () => {
  it("makes a person's name", () => {
    expect(classify("喬一凡")).toBe("person");
    expect(classify("齊思遠")).toBe("person");
  });
});

describe("a time before a completion in a role bracket (`汛期前完成主体工程`)", () => {
  it("is a deadline, not a name", () => {
    expect(isTimeClause("汛期前完成主体工程")).toBe(true);
    const r = parseRoles("县水利局负责，汛期前完成主体工程");
    expect(r?.cells.units).toEqual(["县水利局"]);
    expect(r?.deadlines).toEqual(["汛期前完成主体工程"]);
  });
  it("counter-example: a completion without a time, or a role clause", () => {
    expect(isTimeClause("完成主体工程")).toBe(false);
    expect(isTimeClause("县水利局牵头")).toBe(false);
  });
});

// a list-form notice copied out of a PDF: lines broken at the page's width, flush left
const WRAPPED = `青溪县2024年《政府工作报告》目标任务责任分解

一、重点任务
1.推进青禾片区污水管网改造，新建雨污分流管网十
二公里，完成老旧管网修复八公里，同步实施片区道
路修复工程。
牵头单位：县住房和城乡建设局
责任单位：县发展改革局、县财政局、青溪镇人民政府
2.实施青禾集市提质工程，改造农贸市场三个，新增
便民服务网点二十个，推动集市交易额稳步增长，打
造县域商业示范街区。
牵头单位：县商务局
责任单位：县发展改革局、县青禾片区管委会、县市
场监管局
3.完善城乡养老服务体系，新建乡镇综合养老服务中
心两个，提升农村互助养老服务站运营水平。
牵头单位：县民政局、县卫生健康局；承办
单位：县财政局、县住房和城乡建设局
4.推进青禾学校扩容工程，新增公办学位一千二百个
，完成教学楼主体建设和配套设施安装调试工作。
牵头单位：县教育局
责任单位：县发展改革局、县财政局
`;

describe("a list-form notice's label lines broken by the page (text copied out of a PDF)", () => {
  const always = () => true;
  it("a label's names stopping short of the width go on on a line of names", () => {
    expect(labelNamesGoOn("责任单位：县发展改革局、市生态环境局青溪分局、县市", "场监管局", always)).toBe(true);
    // a list's mark opening the next line: the list goes on whatever the width
    expect(labelNamesGoOn("责任单位：县医保局、县卫健局（县健康办）", "、各乡镇人民政府", () => false)).toBe(true);
  });
  it("counter-example: a next line that opens its own label or item, holds prose, or a line well short of the width", () => {
    expect(labelNamesGoOn("责任单位：县发展改革局、县市", "牵头单位：县财政局", always)).toBe(false);
    expect(labelNamesGoOn("责任单位：县发展改革局、县市", "2.新增就业岗位两千个。", always)).toBe(false);
    expect(labelNamesGoOn("责任单位：县发展改革局、县市", "场监管局", () => false)).toBe(false);
    expect(labelNamesGoOn("推进养老服务中心建设（县老龄办）", "、各乡", always)).toBe(false);
    expect(labelNamesGoOn("责任单位：县发展改革局、县市", "场监管局牵头推进青禾集市提质", always)).toBe(false);
  });
  it("a label word broken right after a clause's mark is one line with the rest", () => {
    const lines = WRAPPED.split("\n").map((text, i) => ({ text, line: i + 1 }));
    expect(unwrapHardLines(lines).lines.map((l) => l.text)).toContain("牵头单位：县民政局、县卫生健康局；承办单位：县财政局、县住房和城乡建设局");
  });
  it("end to end: every row's names as written", async () => {
    const { tasks } = await parseText(WRAPPED);
    expect(tasks.map((t) => [t.seq, t.leadUnits, t.units])).toEqual([
      [1, ["县住房和城乡建设局"], ["县发展改革局", "县财政局", "青溪镇人民政府"]],
      [2, ["县商务局"], ["县发展改革局", "县青禾片区管委会", "县市场监管局"]],
      [3, ["县民政局", "县卫生健康局"], ["县财政局", "县住房和城乡建设局"]],
      [4, ["县教育局"], ["县发展改革局", "县财政局"]],
    ]);
  });
  it("a flush-left text whose lines stop up to three characters short still shows its width", () => {
    // lines of 25 to 28 full-width characters, none ending a sentence; a looser measure finds the width the tighter ones miss
    const ragged = [
      "推进青禾片区污水管网改造新建雨污分流管网十二公里完成老旧",
      "管网修复八公里同步实施片区道路修复工程和沿线绿化提升",
      "工程推动青禾集市提质改造农贸市场三个新增便民服务网点二",
      "十个推动集市交易额稳步增长打造县域商业示范街区完成",
      "老旧小区改造四十个惠及居民五千户新建口袋公园十处推进",
      "城乡供水一体化工程新建水厂一座改造供水管网三十公里",
      "加快青溪河生态廊道建设完成河道综合治理十五公里新建",
      "滨河绿道二十公里同步建设沿线驿站和停车设施提升城市",
      "品质推进智慧城市建设新建城市运行管理平台一个接入",
    ];
    const lines = ragged.map((text, i) => ({ text, line: i + 1 }));
    expect(wrapMeasure(lines)).not.toBeNull();
    // counter-example: a short text (a few label lines of like length) shows no ragged width
    expect(wrapMeasure(lines.slice(0, 5))).toBeNull();
  });
  it("a line stopping on a joining word (`…增长 6.5%和`) a little short of the width goes on", () => {
    const lines = [...WRAPPED.trimEnd().split("\n"), "5.推进示范片建设，村集体收入增长6.5%和", "8%，建成示范村十个。", "牵头单位：县农业农村局"].map((text, i) => ({ text, line: i + 1 }));
    expect(unwrapHardLines(lines).lines.map((l) => l.text)).toContain("5.推进示范片建设，村集体收入增长6.5%和8%，建成示范村十个。");
  });
  it("a label's list ending on a collective's `各` goes on over -layout's blank line (`…、各` | blank | `县（区）人民政府`)", () => {
    expect(labelNamesGoOn("协同单位：市财政局、各", "县（区）人民政府", always)).toBe(true);
    expect(labelNamesGoOn("协同单位：市财政局、各", "县（区）人民政府牵头推进", always)).toBe(false);
    // `pdftotext -layout` of a LibreOffice PDF: a blank line after every printed line
    const body = [...WRAPPED.trimEnd().split("\n"), "5.推进青禾示范片建设，新建示范村十个。", "牵头单位：县农业农村局", "责任单位：县财政局、县自然资源局、县林局、各", "县（区）人民政府"];
    const lines = body.flatMap((text) => [text, ""]).map((text, i) => ({ text, line: i + 1 }));
    expect(unwrapHardLines(lines).lines.map((l) => l.text)).toContain("责任单位：县财政局、县自然资源局、县林局、各县（区）人民政府");
  });
  it("a label with a space before its colon opens its own line (`责任领导 ：何晓梅`)", () => {
    expect(startsWithLabel("责任领导 ：何晓梅")).toBe(true);
    expect(startsWithLabel("牵头单位　：县工信局")).toBe(true);
    expect(startsWithLabel("推进青禾 ：县工信局")).toBe(false);
  });
});

describe("a government's own departments", () => {
  it("are one collective", () => {
    expect(splitEntities(["区政府各部门"], "unit")).toEqual(["区政府各部门"]);
    expect(splitEntities(["县政府各部门、各乡镇"], "unit")).toEqual(["县政府各部门", "各乡镇"]);
  });
  it("counter-example: a collective of another kind after a government, or departments after a bureau, are two names", () => {
    expect(splitEntities(["区政府各乡镇"], "unit")).toEqual(["区政府", "各乡镇"]);
    expect(splitEntities(["区财政局各部门"], "unit")).toEqual(["区财政局", "各部门"]);
  });
});
