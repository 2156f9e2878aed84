// Session 42: classes met in new independent held-out sets (h29), each rule with its counter-example.
// Names are invented (榆岸县, 仉明远, 逯启明, 冼望舒, 阙怀安, 闾丘澄).
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import { positionedText } from "../../src/layouts/flat.js";
import { findFlatHeader } from "../../src/layouts/flat/header.js";
import { pageOpeningHeads } from "../../src/layouts/flat/pagetail.js";
import { seqAfterPeople } from "../../src/layouts/flat/seqafterpeople.js";
import { sectionPeople } from "../../src/table/sectionpeople.js";
import { membersOfBody, splitEntities } from "../../src/names/split.js";

const rows = async (text: string) => (await parseText(text)).tasks.map((t) => [t.seq, t.section, t.task, t.leadUnits, t.units, t.coUnits, t.leaders, t.supervisors]);
const lines = (text: string) => text.split("\n").map((t, i) => ({ text: t, line: i + 1 }));
/** text cut into lines of `width` characters */
const wrap = (text: string, width: number): string[] => {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += width) out.push(text.slice(i, i + width));
  return out;
};
const COVER = "榆岸县人民政府关于印发2026年政府工作报告目标任务分工方案的通知\n各乡镇人民政府，县直各单位：现将分工方案印发给你们，请认真贯彻落实。";

describe("a `-layout` text whose header puts the leader before the 序号, its columns not aligned (a browser's table)", () => {
  const LAYOUT = [
    "                                  责任分工",
    "责任领导 序号        目标任务           牵头单位    配合单位",
    " 仉明远   1 地区生产总值增长6%左右，力争达到",
    "         7%。                 县发展和改革局 县统计局",
    " 仉明远   2 固定资产投资增长8%，其中技改投资",
    "         增长15%。              县发展和改革局 县财政局",
    "逯启明 3 社会消费品零售总额增长11%，打造",
    "         特色商业街区5个。            县商务局 县市场监管局",
    "逯启明 4 外贸进出口总额增长7%，实际利用外",
    "         资1.6亿美元。             县商务局 县外事办",
  ];

  it("moves each row's number before its leader, padded or not, the rows above a known name's too", () => {
    const moved = seqAfterPeople(lines([COVER, ...LAYOUT].join("\n")));
    const opening = moved?.map((l) => l.text.trim()).filter((t) => /^\d /.test(t));
    expect(opening?.map((t) => t.split(" ").slice(0, 2).join(" "))).toEqual(["1 仉明远", "2 仉明远", "3 逯启明", "4 逯启明"]);
  });

  it("reads every row, and says of each that the stream reader read position-kept text", async () => {
    const doc = await parseText([COVER, ...LAYOUT].join("\n"));
    expect(doc.tasks.map((t) => t.seq)).toEqual([1, 2, 3, 4]);
    expect(doc.tasks.map((t) => [t.leadUnits, t.coUnits])).toEqual([
      [["县发展和改革局"], ["县统计局"]],
      [["县发展和改革局"], ["县财政局"]],
      [["县商务局"], ["县市场监管局"]],
      [["县商务局"], ["县外事办"]],
    ]);
    const flagged = new Set([...doc.tasks.filter((t) => t.review.length).map((t) => t.seq), ...doc.diagnostics.filter((d) => d.level !== "info" && d.seq !== undefined).map((d) => d.seq)]);
    expect([...flagged].sort()).toEqual([1, 2, 3, 4]);
    expect(doc.diagnostics.some((d) => d.code === "FLAT_READING_ORDER" && d.message.includes("pdftotext -layout"))).toBe(true);
  });

  it("tells position-kept text from stream-order text and from cells parted by space runs on one line", () => {
    const at = (texts: readonly string[]) => {
      const ls = lines(texts.join("\n"));
      return positionedText(ls, findFlatHeader(ls)!);
    };
    expect(at(LAYOUT)).toBe(true);
    // a header printed with single spaces: stream-order text, whatever its lines' gaps
    expect(at([LAYOUT[0]!, "责任领导 序号 目标任务 牵头单位 配合单位", ...LAYOUT.slice(2)])).toBe(false);
    // lines indented (a paragraph's, a cell's) but no line printing pieces apart
    expect(at(["责任领导   序号   目标任务   牵头单位   配合单位", ...LAYOUT.slice(2).map((t) => `    ${t.trim().replace(/ +/g, " ")}`)])).toBe(false);
    // `-raw`: single spaces, no indented column
    expect(at(["责任领导 序号 目标任务 牵头单位 配合单位", "仉明远 1 地区生产总值增长6%左右，力争达到", "7%。 县发展和改革局 县统计局", "仉明远 2 固定资产投资增长8%，其中技改投资", "增长15%。 县发展和改革局 县财政局"])).toBe(false);
    // a word processor's table saved as text: one row a line, cells parted by space runs, nothing indented
    expect(
      at([
        "序号    目标任务                       牵头单位        配合单位",
        "1    地区生产总值增长7%以上。          县发展和改革局    县统计局",
        "2    固定资产投资增长9%。              县发展和改革局    县财政局",
        "3    社会消费品零售总额增长10%。       县商务局          县市场监管局",
      ]),
    ).toBe(false);
  });
});

describe("a list under a heading, a paragraph introducing its items, each item with its own bracket of labels", () => {
  const PAGE = [
    "一、2026年重点工作",
    "（一）全力稳定经济运行",
    "坚持稳中求进、以进促稳，围绕项目建设主题，重点抓好以下工作：",
    "一是加快高铁新区开发建设，全年完成固定资产投资28亿元。[牵头单位：县发展和改革局；责任单位：高铁新区开发建设指挥部、县财政局]",
    "二是实施消费促进行动，社会消费品零售总额增长7%。[牵头单位：县商务局；协办单位：县文化旅游局]",
    "三是推动新材料产业园扩区提质，规上工业增加值增长9%。[分管县领导：闾丘澄；牵头单位：县工业和信息化局]",
    "四是深化政务服务集成改革，企业开办时间压缩至半个工作日内。[责任单位：县政务服务中心、县市场监管局]",
  ];
  const SECTION = ["一、2026年重点工作", "（一）全力稳定经济运行"];

  it("reads each item as a task, under both headings, with its own labels only", async () => {
    for (const intro of ["坚持稳中求进、以进促稳，围绕项目建设主题，重点抓好以下工作：", "坚持稳中求进、以进促稳，围绕项目建设主题，扎实做好各项工作。"]) {
      expect(await rows([PAGE[0], PAGE[1], intro, ...PAGE.slice(3)].join("\n"))).toEqual([
        [1, SECTION, "加快高铁新区开发建设，全年完成固定资产投资28亿元。", ["县发展和改革局"], ["高铁新区开发建设指挥部", "县财政局"], [], [], []],
        [2, SECTION, "实施消费促进行动，社会消费品零售总额增长7%。", ["县商务局"], [], ["县文化旅游局"], [], []],
        [3, SECTION, "推动新材料产业园扩区提质，规上工业增加值增长9%。", ["县工业和信息化局"], [], [], [], ["闾丘澄"]],
        [4, SECTION, "深化政务服务集成改革，企业开办时间压缩至半个工作日内。", [], ["县政务服务中心", "县市场监管局"], [], [], []],
      ]);
    }
  });

  it("keeps a task's own points in its text when the labels come after the last point", async () => {
    const text = [
      "一、2026年重点工作",
      "1.实施项目攻坚行动，重点抓好以下工作：",
      "（1）新开工项目50个；",
      "（2）竣工项目30个。",
      "（牵头单位：县发展和改革局；责任单位：县财政局）",
      "2.实施消费促进行动，社会消费品零售总额增长7%。（牵头单位：县商务局）",
    ].join("\n");
    expect(await rows(text)).toEqual([
      [1, ["一、2026年重点工作"], "实施项目攻坚行动，重点抓好以下工作：（1）新开工项目50个；（2）竣工项目30个。", ["县发展和改革局"], ["县财政局"], [], [], []],
      [2, ["一、2026年重点工作"], "实施消费促进行动，社会消费品零售总额增长7%。", ["县商务局"], [], [], [], []],
    ]);
  });
});

describe("a section heading naming its leaders in a labelled bracket (`（分管副县长：甲、乙）`)", () => {
  it("gives one supervisor per name", () => {
    expect(sectionPeople("三 聚力民生改善，增进人民福祉（分管副县长：冼望舒、阙怀安）")?.cells).toEqual({ supervisors: ["冼望舒", "阙怀安"] });
    expect(sectionPeople("一、扩大有效投资（牵头单位：县发展和改革局，县财政局）")?.cells).toEqual({ leadUnits: ["县发展和改革局", "县财政局"] });
    // a unit with a list inside its brackets stays whole
    expect(sectionPeople("二、乡村振兴（责任单位：各镇（街道、园区））")).toBeNull();
    expect(sectionPeople("二、乡村振兴（2025年已完成）")).toBeNull();
  });
});

describe("a body's members wrapped onto the line after it (`县安全生产委员会` | `各成员单位`)", () => {
  it("is one collective", () => {
    expect(membersOfBody("县安全生产委员会", "各成员单位")).toBe(true);
    expect(splitEntities([{ text: "县应急管理局、县安全生产委员会" }, { text: "各成员单位" }], "unit")).toEqual(["县应急管理局", "县安全生产委员会各成员单位"]);
  });

  it("stays apart after a list's separator, and after a unit that has no members", () => {
    expect(membersOfBody("县安委会、", "各成员单位")).toBe(false);
    expect(splitEntities([{ text: "县应急管理局、县安委会、" }, { text: "各成员单位" }], "unit")).toEqual(["县应急管理局", "县安委会", "各成员单位"]);
    expect(membersOfBody("县财政局", "各成员单位")).toBe(false);
    expect(membersOfBody("县安全生产委员会", "县财政局")).toBe(false);
  });
});

describe("a running head opening every page of stream-order text (the issuing office, a 文号)", () => {
  const TEXT = [
    "榆岸县人民政府关于印发2026年政府工作报告目标任务分解的通知",
    "序号 工作任务 责任单位 责任人",
    "1",
    "新开工重点项目50个，完成投资120亿元。",
    "县发展和改革局 冼望舒",
    "2",
    "实施消费提振行动，社会消费品零售总额增长",
    "6%。",
    "县商务局",
    "- 2 -",
    "\f榆岸县人民政府办公室",
    "序号 工作任务 责任单位 责任人",
    "3",
    "建成县城污水处理厂二期工程。",
    "县住房和城乡建设局 冼望舒",
    "- 3 -",
    "\f榆岸县人民政府办公室",
    "序号 工作任务 责任单位 责任人",
    "4",
    "新增城镇就业2600人。",
    "县人力资源和社会保障局",
    "榆岸县人民政府办公室 阙怀安",
  ].join("\n");

  it("is page furniture where it opens a page, a unit where a row's cell names it", async () => {
    expect([...pageOpeningHeads(lines(TEXT))]).toEqual(["榆岸县人民政府办公室"]);
    const got = await rows(TEXT);
    expect(got.map((r) => [r[0], r[4]])).toEqual([
      [1, ["县发展和改革局"]],
      [2, ["县商务局"]],
      [3, ["县住房和城乡建设局"]],
      [4, ["县人力资源和社会保障局", "榆岸县人民政府办公室"]],
    ]);
  });

  it("is no head when it opens one page only, or is the header printed again", () => {
    const once = TEXT.replace("- 3 -\n\f榆岸县人民政府办公室\n", "- 3 -\n\f");
    expect([...pageOpeningHeads(lines(once))]).toEqual([]);
    expect([...pageOpeningHeads(lines(TEXT.replaceAll("\f榆岸县人民政府办公室\n序号", "\f序号")))]).toEqual([]);
    // (the header printed again with its last word cut, `分管县领` | `导`: the header's rule reads it with its rest)
    const cut = TEXT.replaceAll("\f榆岸县人民政府办公室\n序号 工作任务 责任单位 责任人", "\f序号 工作任务 责任单位 责任人 分管县领\n导");
    expect([...pageOpeningHeads(lines(cut))]).toEqual([]);
  });
});

describe("a section row numbered in Chinese in the 序号 cell, its title in the next (`一 聚焦…`), right under the header", () => {
  it("is at the level of the section rows after it, which replace it", async () => {
    const text = [
      COVER,
      "序号 目标任务 责任单位 责任领导",
      "一 聚焦创新驱动，增强发展新动能",
      "1",
      "全县域研发经费投入强度达到2.6%。",
      "县科学技术局 冼望舒",
      "二 聚力城乡建设，提升城市品质",
      "2",
      "新建改造城市道路10条。",
      "县住房和城乡建设局 阙怀安",
    ].join("\n");
    // (written as the table reader writes it, the numeral apart: each row says the form is a convention)
    const doc = await parseText(text);
    expect(doc.tasks.map((t) => [t.seq, t.section, t.review.map((r) => r.code)])).toEqual([
      [1, ["一 聚焦创新驱动，增强发展新动能"], ["SECTION_NUMERAL_APART"]],
      [2, ["二 聚力城乡建设，提升城市品质"], ["SECTION_NUMERAL_APART"]],
    ]);
  });
});

describe("a `-layout` text whose section rows print a Chinese numeral in the 序号 column and the title in the task column", () => {
  const TEXT = [
    COVER,
    "序号              目标任务              责任单位      责任领导",
    " 一    聚焦创新驱动，增强发展新动能",
    "      全县域研发经费投入强度达到 2.6%，高新      县科学技术局      冼望舒",
    " 1",
    "      技术企业总数突破 180 家。",
    " 2    推动科技成果落地，技术合同交易额突破 12 亿元。 县科学技术局      冼望舒",
    " 二    聚力城乡建设，提升城市品质",
    "      启动老城更新项目，完成房屋征收 12 万平方      县住房和城乡建设局  阙怀安",
    " 3",
    "      米，同步推进传统街巷风貌提升。",
    " 4    开展城市管理精细化提升行动。               县城市管理局      阙怀安",
  ].join("\n");

  it("is a heading row: the rows under it keep their own number and text", async () => {
    const got = await rows(TEXT);
    expect(got.map((r) => [r[0], (r[1] as string[]).map((s) => s.replace(/\s/g, "")), r[2], r[4], r[6]])).toEqual([
      [1, ["一聚焦创新驱动，增强发展新动能"], "全县域研发经费投入强度达到 2.6%，高新技术企业总数突破 180 家。", ["县科学技术局"], ["冼望舒"]],
      [2, ["一聚焦创新驱动，增强发展新动能"], "推动科技成果落地，技术合同交易额突破 12 亿元。", ["县科学技术局"], ["冼望舒"]],
      [3, ["二聚力城乡建设，提升城市品质"], "启动老城更新项目，完成房屋征收 12 万平方米，同步推进传统街巷风貌提升。", ["县住房和城乡建设局"], ["阙怀安"]],
      [4, ["二聚力城乡建设，提升城市品质"], "开展城市管理精细化提升行动。", ["县城市管理局"], ["阙怀安"]],
    ]);
  });

  it("is no heading when the numeral is arabic, the piece is no numeral, or the text ends a sentence", async () => {
    const { isNumeralHeadingRow } = await import("../../src/layouts/aligned.js");
    const h = { bounds: [-Infinity, 6, 40, 54], columns: ["seq", "task", "units", "leaders"] as const };
    const seg = (start: number, text: string) => ({ start, end: start + text.length, text });
    expect(isNumeralHeadingRow(seg(1, "一"), seg(6, "聚焦创新驱动，增强发展新动能"), { ...h, columns: [...h.columns] })).toBe(true);
    expect(isNumeralHeadingRow(seg(1, "（二）"), seg(6, "聚力城市更新"), { ...h, columns: [...h.columns] })).toBe(true);
    expect(isNumeralHeadingRow(seg(1, "1"), seg(6, "聚焦创新驱动，增强发展新动能"), { ...h, columns: [...h.columns] })).toBe(false);
    expect(isNumeralHeadingRow(seg(1, "一批"), seg(6, "重点项目"), { ...h, columns: [...h.columns] })).toBe(false);
    expect(isNumeralHeadingRow(seg(1, "一"), seg(6, "全年完成投资120亿元。"), { ...h, columns: [...h.columns] })).toBe(false);
    expect(isNumeralHeadingRow(seg(1, "一"), seg(41, "县科学技术局"), { ...h, columns: [...h.columns] })).toBe(false);
  });
});

describe("two people columns printed as one run, cut by the count of units before a name neither column shows elsewhere", () => {
  const ROWS = [
    "1 全年实施县级重点项目96个，完成投资210亿元。\n县发展和改革局\n冼望舒\n濮阳砺",
    "2 加快片区综合开发，完成土地收储3000亩。\n县自然资源局\n阙怀安\n钟离瑜",
    "3 开展招商引资攻坚年活动，签约亿元以上项目60个。\n县投资促进局\n石青和\n濮阳砺",
  ];
  const text = (people: string) =>
    ["榆岸县人民政府关于印发2026年政府工作报告目标任务分解的通知", "序号 具体任务 责任单位 责任领导 分管县领导", ...ROWS, `4 做好复工复产服务保障，规模以上工业企业复工率保持100%。\n县工业和信息化局\n县商务局\n各镇（街道）\n${people}`].join("\n");

  it("says the row's cut may be wrong when the document's own supervisors start after that name", async () => {
    const doc = await parseText(text("冼望舒\n阙怀安\n石青和\n各镇镇长\n濮阳砺\n钟离瑜"));
    const row = doc.tasks.find((t) => t.seq === 4)!;
    expect([row.leaders, row.supervisors]).toEqual([["冼望舒", "阙怀安", "石青和"], ["各镇镇长", "濮阳砺", "钟离瑜"]]);
    expect(doc.diagnostics.some((d) => d.code === "FLAT_PERSON_COUNT_ONLY" && d.seq === 4 && d.message.includes("各镇镇长"))).toBe(true);
  });

  it("says nothing when the entry after the cut is a person's name: a supervisor the document shows once", async () => {
    const doc = await parseText(text("冼望舒\n阙怀安\n石青和\n欧阳澄\n濮阳砺\n钟离瑜"));
    const row = doc.tasks.find((t) => t.seq === 4)!;
    expect([row.leaders, row.supervisors]).toEqual([["冼望舒", "阙怀安", "石青和"], ["欧阳澄", "濮阳砺", "钟离瑜"]]);
    expect(doc.diagnostics.filter((d) => d.seq === 4 && d.code === "FLAT_PERSON_COUNT_ONLY")).toEqual([]);
  });

  it("says nothing when the name after the cut is one the document shows as a supervisor", async () => {
    const doc = await parseText(text("冼望舒\n阙怀安\n石青和\n濮阳砺\n钟离瑜"));
    const row = doc.tasks.find((t) => t.seq === 4)!;
    expect([row.leaders, row.supervisors]).toEqual([["冼望舒", "阙怀安", "石青和"], ["濮阳砺", "钟离瑜"]]);
    expect(doc.diagnostics.filter((d) => d.seq === 4 && d.level !== "info")).toEqual([]);
    expect(row.review).toEqual([]);
  });
});

describe("a reading-order dump of a table whose unit cells print role labels, the first page's header one word a line", () => {
  const DUMP = [
    "榆岸县2026年《政府工作报告》目标任务分解表",
    "序号",
    "",
    "工作任务",
    "",
    "1",
    "",
    "地区生产总值增长7.5%左右。",
    "",
    "责任单位",
    "",
    "牵头：县发展和改革局",
    "配合：县统计局",
    "牵头：县财政局",
    "配合：县税务局",
    "",
    "2",
    "",
    "一般公共预算收入增长6%。",
    "",
    "\f序号 工作任务 责任单位 分管县领导",
    "3",
    "城乡居民人均可支配收入增长6.5%。",
    "牵头：县统计局",
    "配合：县人力资源和社会保障局",
    "冼望舒",
  ];
  const doc = (ls: readonly string[]) => ({ source: { format: "txt" }, lines: lines(ls.join("\n")) }) as never;

  it("is a table of label cells, not a list, though its labels come before the header it finds whole", async () => {
    const { labelledCellsTable } = await import("../../src/layouts/flat.js");
    expect(labelledCellsTable(doc(DUMP))).toBe(true);
    const r = await parseText(DUMP.join("\n"));
    expect(r.tasks.map((t) => t.seq)).toEqual([1, 2, 3]);
  });

  it("counter-example: a list whose labels come before a table's header, no 序号 word alone before them, stays a list", async () => {
    const { labelledCellsTable } = await import("../../src/layouts/flat.js");
    const list = ["1.新建学校3所。", "牵头单位：县教育局", "配合单位：县财政局", "2.新增就业1000人。", "牵头单位：县人社局", "配合单位：县财政局", "序号 工作任务 责任单位 分管县领导", "3", "城乡居民人均可支配收入增长6.5%。", "牵头：县统计局", "配合：县人力资源和社会保障局"];
    expect(labelledCellsTable(doc(list))).toBe(false);
    // a 序号 word alone after the labels is none of theirs
    expect(labelledCellsTable(doc([...list.slice(0, 6), "序号", ...list.slice(6)]))).toBe(false);
  });
});

describe("a role-label cell the header prints before the task (`序号 | 责任单位 | 重点工作任务 | 分管县领导`), in stream-order text", () => {
  const TEXT = [
    "枳溪县人民政府关于印发2025年政府工作报告重点任务分解的通知",
    "序号 责任单位 重点工作任务 分管县领",
    "导",
    "一、全力以赴稳增长",
    "1",
    "牵头：县发展和改革局",
    "配合：县工业和信息化局、县统计",
    "局",
    "全县地区生产总值增长5.5%，规模以上工业增加",
    "值增长7%。 冼望舒",
    "2 牵头：县发展和改革局",
    "配合：县重大项目服务中心 实施重点项目72个，年度完成投资98亿元。 冼望舒",
    "3 牵头：枳溪经济开发区管委会、县",
    "自然资源和规划局",
    "推进枳溪经济开发区“亩均论英雄”改革，新增工业用",
    "地全部实行弹性年期出让。",
    "冼望舒",
    "阙怀安",
    "4",
    "牵头：县农业农村局",
    "配合：县住房和城乡建设局、各镇",
    "人民政府",
    "创建省级和美乡村示范村6个。 羊舌怀瑾",
  ].join("\n");

  it("reads the cell's labels first and the task after them, its last line going on with the task past a space", async () => {
    expect((await rows(TEXT)).map((r) => [r[0], r[2], r[3], r[5], r[7]])).toEqual([
      [1, "全县地区生产总值增长5.5%，规模以上工业增加值增长7%。", ["县发展和改革局"], ["县工业和信息化局", "县统计局"], ["冼望舒"]],
      [2, "实施重点项目72个，年度完成投资98亿元。", ["县发展和改革局"], ["县重大项目服务中心"], ["冼望舒"]],
      [3, "推进枳溪经济开发区“亩均论英雄”改革，新增工业用地全部实行弹性年期出让。", ["枳溪经济开发区管委会", "县自然资源和规划局"], [], ["冼望舒", "阙怀安"]],
      [4, "创建省级和美乡村示范村6个。", ["县农业农村局"], ["县住房和城乡建设局", "各镇人民政府"], ["羊舌怀瑾"]],
    ]);
  });

  it("cuts the task off the cell's line only where prose follows the space", async () => {
    const { roleCellBeforeTask } = await import("../../src/layouts/flat/anatomy.js");
    const { FLAT_DEFAULTS } = await import("../../src/layouts/flat/settings.js");
    const at = (texts: readonly string[]) => texts.map((text, i) => ({ text, line: i + 1, afterBreak: false }));
    expect(roleCellBeforeTask(at(["牵头：县发展和改革局", "配合：县重大项目服务中心 实施重点项目72个，年度完成投资98亿元。"]), 0, FLAT_DEFAULTS, false)).toEqual({
      text: "牵头：县发展和改革局；配合：县重大项目服务中心",
      used: 2,
      rest: "实施重点项目72个，年度完成投资98亿元。",
    });
    // (two labels a space apart on one line are the cell's: `牵头：县商务局 配合：县财政局`)
    expect(roleCellBeforeTask(at(["牵头：县商务局 配合：县财政局", "培育电商直播基地2个。"]), 0, FLAT_DEFAULTS, false).rest).toBeNull();
  });
});

describe("《百家姓》's compound surnames", () => {
  it("make a four-character name a person", async () => {
    const { classify } = await import("../../src/names/classify.js");
    for (const name of ["羊舌怀瑾", "段干守正", "夹谷远帆", "巫马思齐", "乐正知秋"]) expect(classify(name)).toBe("person");
    // counter-example: a unit that opens with such characters is still a unit
    expect(classify("乐正县财政局")).not.toBe("person");
  });
});

describe("a name-sized piece the lexicon does not know, after the task's last sentence on its line", () => {
  it("is a cell beside the task, not a word of it", async () => {
    const { peelInlineTail } = await import("../../src/layouts/flat/fragments.js");
    expect(peelInlineTail("创建省级和美乡村示范村6个。 芃书言")).toEqual({ task: "创建省级和美乡村示范村6个。", tail: ["芃书言"] });
    // counter-example: with no sentence ended before it, the piece is the task's own
    expect(peelInlineTail("创建省级和美乡村示范村6个 芃书言").tail).toEqual([]);
    const { namesTailStart } = await import("../../src/layouts/flat/fragments.js");
    expect(namesTailStart(["创建省级和美乡村示范村6个。", "芃书言"])).toBe(1);
    expect(namesTailStart(["创建省级和美乡村示范村6个", "芃书言"])).toBe(2);
  });
});

describe("a list printed to PDF: the page's margins and the writer's brackets", () => {
  const WIDE = "根据区十二届人大三次会议审议通过的《政府工作报告》，现将重点工作责任分工如下，请各单位认真抓好落实。";
  it("a bracket of labels closing a line ends its task, the heading under it is no part of it", async () => {
    const text = [
      "缇溪区人民政府办公室关于印发2024年区政府工作报告重点工作责任分工的通知",
      WIDE.slice(0, 34),
      WIDE.slice(34),
      "一、构建现代化产业体系",
      "高端装备产业链",
      "1.推进高端装备产业园三期建设，新引进整机及关键部件企业10家，高端装",
      "备产业产值增长12%以上。[牵头单位：区工业和信息化局；责任单位：区投资促",
      "进局；责任领导：冼望舒]",
      "2.支持链主企业组建创新联合体，突破关键共性技术8项以上，新增首台（套）",
      "重大技术装备4个。[牵头单位：区科学技术局；责任单位：区工业和信息化局；",
      "配合单位：区财政局、区市场监督管理局；责任领导：睢叶舟]",
      "新能源材料产业链",
      "3.加快建设新能源材料中试基地，新引进新能源材料企业16家，新增发明专利授",
      "权30件。[牵头单位：区卫生健康局；责任单位：区市场监督管理局；责任领",
      "导：阙怀安]",
    ].join("\n");
    const got = await rows(text);
    expect(got.map((r) => [r[0], r[1], r[3], r[6]])).toEqual([
      [1, ["一、构建现代化产业体系", "高端装备产业链"], ["区工业和信息化局"], ["冼望舒"]],
      [2, ["一、构建现代化产业体系", "高端装备产业链"], ["区科学技术局"], ["睢叶舟"]],
      [3, ["一、构建现代化产业体系", "新能源材料产业链"], ["区卫生健康局"], ["阙怀安"]],
    ]);
    expect(got[1]![2]).toBe("支持链主企业组建创新联合体，突破关键共性技术8项以上，新增首台（套）重大技术装备4个。");
  });

  it("a paragraph wrapped at the page's width that ends with its bracket of labels is not joined to the heading under it", async () => {
    const { unwrapHardLines, closesResponsibility } = await import("../../src/layouts/list/unwrap.js");
    // every line runs to the width (34 characters), as a PDF's text does, the bracket's line too
    const para = (text: string) => {
      const at = text.indexOf("[");
      const pad = (34 - (text.length % 34)) % 34;
      return wrap(text.slice(0, at) + "加快推进重点项目建设扎实有效推进各项工作落实到位确保目标任务全面完成".slice(0, pad) + text.slice(at), 34);
    };
    const body = [
      ...para("1.推进高端装备产业园三期建设，新引进整机及关键部件企业10家，高端装备产业产值增长12%以上，年内建成投产项目6个。[牵头单位：区工业和信息化局；责任单位：区投资促进局；责任领导：冼望舒某]"),
      ...para("2.支持链主企业组建创新联合体，突破关键共性技术8项以上，新增首台（套）重大技术装备4个，培育专精特新企业5家。[牵头单位：区科学技术局；责任单位：区工业和信息化局；责任领导：睢叶舟某]"),
      "新能源材料产业链",
      ...para("3.加快建设新能源材料中试基地，新引进新能源材料企业16家，新增发明专利授权30件，产业规模突破60亿元以上。[牵头单位：区卫生健康局；责任单位：区市场监督管理局；责任领导：阙怀安某]"),
    ];
    const out = unwrapHardLines(body.map((text, i) => ({ text, line: i + 1 }))).lines.map((l) => l.text);
    expect(out).toContain("新能源材料产业链");
    expect(out.filter((t) => /^\d\./.test(t))).toHaveLength(3);
    expect(closesResponsibility("…新增首台（套）")).toBe(false);
    expect(closesResponsibility("…装备5个。（县科技局牵头，县财政局配合）")).toBe(true);
  });

  it("a label's list cut by a page break goes on after the page's number and the blank lines around it", async () => {
    const text = [
      "梓溪县人民政府关于印发2025年政府工作报告重点任务分解的通知",
      "一、加快城乡融合发展",
      "1、实施县城城镇化提质扩容项目28个，常住人口城镇化率提高1个百分点。",
      "责任单位：县住房和城乡建设局、县发展和改革局、县自然资源局、县城市管",
      "",
      "",
      "                      第2页",
      "理局、梓溪城投集团",
      "分管副县长：冼望舒",
      "2、创建省级乡村振兴先行村6个。",
      "责任单位：县农业农村局、各乡镇人民政府",
      "分管副县长：阙怀安",
    ].join("\n");
    expect((await rows(text)).map((r) => [r[0], r[4], r[7]])).toEqual([
      [1, ["县住房和城乡建设局", "县发展和改革局", "县自然资源局", "县城市管理局", "梓溪城投集团"], ["冼望舒"]],
      [2, ["县农业农村局", "各乡镇人民政府"], ["阙怀安"]],
    ]);
  });

  it("a name's cut end alone on a line (`设局`) is no heading; a short title is", async () => {
    const { isHeadingText } = await import("../../src/layouts/list/region.js");
    const block = (text: string) => ({ kind: "text", lines: [{ text, line: 1 }], numbered: null, labelLines: [], task: "", resp: {}, closed: false }) as never;
    expect(isHeadingText(block("设局"))).toBe(false);
    expect(isHeadingText(block("理局"))).toBe(false);
    expect(isHeadingText(block("民生实事"))).toBe(true);
    expect(isHeadingText(block("新能源材料产业链"))).toBe(true);
  });
});

describe("a section heading whose numeral the table prints in the 序号 column and its title in the next", () => {
  it("is written as printed and every row under it says the form is a convention", async () => {
    const { numeralApartSections } = await import("../../src/validate/review.js");
    const task = (section: string[]) => ({ table: 0, seq: 1, section, task: "新增就业2600人。", leadUnits: [], units: [], coUnits: [], leaders: [], supervisors: [], inherited: [], review: [] }) as never;
    const [a, b, c, d] = numeralApartSections([task(["一 主要预期目标"]), task(["一、主要预期目标"]), task(["（一） 稳增长"]), task(["一  聚焦创新驱动", "（二）做强产业"])]) as unknown as Array<{ review: Array<{ code: string; message: string }> }>;
    expect(a!.review.map((r) => r.code)).toEqual(["SECTION_NUMERAL_APART"]);
    expect(a!.review[0]!.message).toContain("一、主要预期目标");
    // counter-examples: a heading printed whole, with its mark or in brackets
    expect(b!.review).toEqual([]);
    expect(c!.review).toEqual([]);
    expect(d!.review.map((r) => r.code)).toEqual(["SECTION_NUMERAL_APART"]);
  });
});
