/**
 * Session 31: `pdftotext -layout` text whose columns are packed — each cell printed one space after the
 * widest text to its left, so a row with long task lines has its cells further left than a row with short
 * ones, and the header's words stand over other columns' cells. Each rule with the text that must not match
 * it. Names and tasks are invented.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";
import { findAlignedHeader } from "../../src/layouts/aligned.js";
import { splitHeadingTailNumbers } from "../../src/layouts/flat/headingnumber.js";
import { cutHeadOf } from "../../src/layouts/flat/fragments.js";
import { wrapsOverBlank } from "../../src/layouts/list/unwrap.js";
import { isTaskLine, trailingTimeCell } from "../../src/layouts/flat/tasklines.js";
import { corroborate, type CorroboratedTable } from "../../src/validate/corroborate.js";
import type { Diagnostic, Task } from "../../src/model/schema.js";
import type { TableStructure, TextRun } from "../../src/model/intermediate.js";
import { headers, task } from "../helpers/tasks.js";
import { cutGluedRuns, cutRunAt, startEdge, ungluedColumns } from "../../src/layouts/streamglued.js";
import { fitCells, isUnfinished, packedPieces, unpackedColumns } from "../../src/layouts/aligned/packed.js";

/** A line with texts at the given positions (a position past the text so far gets spaces before it). */
const at = (...parts: Array<[number, string]>): string => {
  let t = "";
  for (const [pos, text] of parts) t += " ".repeat(Math.max(t.length ? 1 : 0, pos - t.length)) + text;
  return t;
};

const HEADER = at([0, "序号"], [8, "工作任务"], [24, "牵头单位"], [31, "责任单位"], [38, "责任领导"], [44, "分管区领导"]);

/**
 * A packed table: each row's cells one space after the task's longest line, so they move with it (two
 * spaces after a cell whose wrapped line below is longer).
 */
const PACKED = [
  "青溪区2026年《政府工作报告》工作任务分解表",
  HEADER,
  at([1, "1"], [3, "全区地区生产总值增长6%左右。"], [19, "区发展和改"], [25, "区统计局、各街道办"], [35, "林一凡"], [39, "周子墨"]),
  at([19, "革局"], [25, "事处"]),
  at([1, "2"], [3, "一般公共预算收入增长4%左右。"], [19, "区财政局"], [24, "区税务局"], [29, "孙可为"], [34, "吴南星"]),
  at([1, "3"], [3, "固定资产投资增长6%。"], [15, "区发展和改"], [21, "区住房和城乡建设"], [30, "林一凡"], [34, "周子墨"]),
  at([15, "革局"], [21, "局"]),
  at([1, "4"], [3, "规模以上工业增加值增长7%左右。"], [20, "区工业和信"], [27, "区统计局"], [32, "王立新"], [36, "周子墨"]),
  at([20, "息化局"]),
];

const WANT = [
  [1, ["区发展和改革局"], ["区统计局", "各街道办事处"], ["林一凡"], ["周子墨"]],
  [2, ["区财政局"], ["区税务局"], ["孙可为"], ["吴南星"]],
  [3, ["区发展和改革局"], ["区住房和城乡建设局"], ["林一凡"], ["周子墨"]],
  [4, ["区工业和信息化局"], ["区统计局"], ["王立新"], ["周子墨"]],
];

const lines = (xs: string[]) => xs.map((text, i) => ({ text, line: i + 1 }));
const headerAt = (ls: readonly { text: string; line: number }[], i: number) => {
  const x = findAlignedHeader(ls.slice(i));
  return x && x.index === 0 ? { ...x, index: i } : null;
};

describe("a line cut into the pieces packing prints", () => {
  it("cuts at a single space between two cells' Chinese text, after a percent too", () => {
    expect(packedPieces("区统计局、各街道办 林一凡 周子墨").map((p) => [p.start, p.text])).toEqual([
      [0, "区统计局、各街道办"],
      [10, "林一凡"],
      [14, "周子墨"],
    ]);
    expect(packedPieces("增长 5.6% 区发展和改").map((p) => p.text)).toEqual(["增长 5.6%", "区发展和改"]);
    expect(packedPieces("谋划储备项目120 革局").map((p) => p.text)).toEqual(["谋划储备项目120", "革局"]);
  });
  it("keeps a space next to a number, and one before a bracket, inside the text", () => {
    expect(packedPieces("推进项目 120 个以上").map((p) => p.text)).toEqual(["推进项目 120 个以上"]);
    expect(packedPieces("增长 10% 以上，力争 6.5% 左右").map((p) => p.text)).toEqual(["增长 10% 以上，力争 6.5% 左右"]);
    expect(packedPieces("区住建局 （区人防办）").map((p) => p.text)).toEqual(["区住建局 （区人防办）"]);
  });
});

describe("a line's cells fitted to the columns by order and one shift", () => {
  const edges = [19, 25, 31, 35];
  it("moves a row's cells together: four cells printed three positions left take the four columns", () => {
    expect(fitCells([16, 22, 28, 32], edges)).toEqual({ cols: [0, 1, 2, 3], shift: 3 });
  });
  it("gives a lone cell the nearest column's edge", () => {
    expect(fitCells([26], edges)).toEqual({ cols: [1], shift: -1 });
    expect(fitCells([34], edges)?.cols).toEqual([3]);
  });
  it("fits nothing when a line has more cells than the table has columns", () => {
    expect(fitCells([1, 2, 3, 4, 5], edges)).toBeNull();
  });
});

describe("a packed table is written at fixed columns and its rows flagged", () => {
  it("reads each row's cells in order, whatever their positions, and flags the rows read so", async () => {
    const got = (await parseText(PACKED.join("\n"))).tasks;
    expect(got.map((t) => [t.seq, t.leadUnits, t.units, t.leaders, t.supervisors])).toEqual(WANT);
    // row 2 prints its cells at the columns' edges: its positions alone give its columns
    expect(got.filter((t) => t.review.some((r) => r.code === "COLUMNS_BY_ORDER")).map((t) => t.seq)).toEqual([1, 3, 4]);
  });
  it("takes a cell finished on its line for finished: a second name under it goes where its position says", async () => {
    // row 2 prints a second leader under its first, then a second lead unit under its first
    const text = [...PACKED.slice(0, 5), at([29, "王立新"]), at([19, "区商务局"]), ...PACKED.slice(5)];
    const row = (await parseText(text.join("\n"))).tasks.find((t) => t.seq === 2)!;
    expect([row.leadUnits, row.units, row.leaders, row.supervisors]).toEqual([["区财政局", "区商务局"], ["区税务局"], ["孙可为", "王立新"], ["吴南星"]]);
  });
  it("writes the header's words over the columns they name", () => {
    const ls = lines(PACKED);
    const h = findAlignedHeader(ls)!;
    const u = unpackedColumns(ls, h, headerAt)!;
    expect(u).not.toBeNull();
    const header = u.lines[1]!.text;
    const row = u.lines[2]!.text;
    for (const [word, cell] of [["牵头单位", "区发展和改"], ["责任单位", "区统计局"], ["责任领导", "林一凡"], ["分管区领导", "周子墨"]] as const) expect(row.indexOf(cell)).toBe(header.indexOf(word));
  });
  it("reads a page under a header printed at the same place on the edges read before; leaves a page on another grid with too few full rows as printed", () => {
    const page2 = [at([1, "5"], [3, "城乡居民收入增长6%。"], [15, "区人社局"], [20, "区统计局"], [25, "孙可为"])];
    const same = lines([...PACKED, "\f" + HEADER, ...page2]);
    const u = unpackedColumns(same, findAlignedHeader(same)!, headerAt)!;
    expect(u.lines.at(-1)!.text).not.toBe(page2[0]);
    const moved = at([0, "序号"], [12, "工作任务"], [28, "牵头单位"], [35, "责任单位"], [42, "责任领导"], [48, "分管区领导"]);
    const other = lines([...PACKED, "\f" + moved, ...page2]);
    const v = unpackedColumns(other, findAlignedHeader(other)!, headerAt)!;
    expect(v.lines.at(-1)!.text).toBe(page2[0]);
    expect(v.lines.at(-2)!.text).toBe("\f" + moved);
  });
  it("leaves a table whose cells keep the header's columns as it is (counter-example)", async () => {
    // the same rows printed at fixed columns, wide gaps between: no packing
    const fixed = [
      "青溪区2026年《政府工作报告》工作任务分解表",
      at([0, "序号"], [8, "工作任务"], [36, "牵头单位"], [50, "责任单位"], [66, "责任领导"], [76, "分管区领导"]),
      at([1, "1"], [3, "全区地区生产总值增长6%左右。"], [36, "区发展和改革局"], [50, "区统计局、各街道"], [66, "林一凡"], [76, "周子墨"]),
      at([50, "办事处"]),
      at([1, "2"], [3, "一般公共预算收入增长4%左右。"], [36, "区财政局"], [50, "区税务局"], [66, "孙可为"], [76, "吴南星"]),
      at([1, "3"], [3, "固定资产投资增长6%。"], [36, "区发展和改革局"], [50, "区住房和城乡建设局"], [66, "林一凡"], [76, "周子墨"]),
      at([1, "4"], [3, "规模以上工业增加值增长7%左右。"], [36, "区工业和信息化局"], [50, "区统计局"], [66, "王立新"], [76, "周子墨"]),
    ];
    const ls = lines(fixed);
    expect(unpackedColumns(ls, findAlignedHeader(ls)!, headerAt)).toBeNull();
    const got = (await parseText(fixed.join("\n"))).tasks;
    expect(got.map((t) => [t.seq, t.leadUnits, t.units, t.leaders, t.supervisors])).toEqual(WANT);
    expect(got.some((t) => t.review.some((r) => r.code === "COLUMNS_BY_ORDER"))).toBe(false);
  });
  it("leaves a table whose header words stand off its columns but whose cells keep wide gaps (counter-example)", () => {
    // header words printed right of where the cells start (the 责任单位 cells under 牵头单位), the cells at fixed columns far apart: the reader's edges handle it
    const offset = [
      at([0, "序号"], [8, "工作任务"], [54, "牵头单位"], [62, "责任单位"], [70, "责任领导"], [78, "分管区领导"]),
      ...[1, 2, 3, 4].map((n) => at([1, String(n)], [3, "全区地区生产总值增长6%左右。"], [36, "区发展和改革局"], [50, "区统计局、各街道"], [66, "林一凡"], [76, "周子墨"])),
    ];
    const ls = lines(offset);
    expect(unpackedColumns(ls, findAlignedHeader(ls)!, headerAt)).toBeNull();
  });
  it("leaves a narrow table whose full cells touch but stand under their header words (counter-example)", () => {
    // cells one space apart, as full cells of a narrow table are, yet every row at the header's columns
    const narrow = [
      at([0, "序号"], [3, "工作任务"], [19, "牵头单位"], [25, "责任单位"], [35, "责任领导"], [39, "分管区领导"]),
      ...[1, 2, 3, 4].map((n) => at([1, String(n)], [3, "全区地区生产总值增长6%左右。"], [19, "区发展和改"], [25, "区统计局、各街道办"], [35, "林一凡"], [39, "周子墨"])),
    ];
    const ls = lines(narrow);
    expect(unpackedColumns(ls, findAlignedHeader(ls)!, headerAt)).toBeNull();
  });
});

describe("a line under a row's first line goes on the columns the row left unfinished", () => {
  it("tells a cell's text that goes on from a whole name", () => {
    expect(isUnfinished("区工业和信息", "leadUnits")).toBe(true);
    expect(isUnfinished("区发展改革委、区", "coUnits")).toBe(true);
    expect(isUnfinished("区统计局、", "coUnits")).toBe(true);
    expect(isUnfinished("周子墨、孙", "leaders")).toBe(true);
    // counter-examples: whole names
    expect(isUnfinished("区发展改革委", "leadUnits")).toBe(false);
    expect(isUnfinished("区统计局、各街道办事处", "units")).toBe(false);
    expect(isUnfinished("林一凡", "supervisors")).toBe(false);
  });
  // the first line of each row packed; the lines under it printed where their columns are on the page,
  // so a co-unit's second line stands nearer the people column's edge than its own (the 序号 three spaces
  // before the task, as LibreOffice's PDFs print it)
  const TEXT = [
    at([0, "序号"], [10, "工作任务"], [26, "牵头单位"], [35, "配合单位"], [42, "联系领导"]),
    at([1, "1"], [5, "推动青溪制造业提质升级，围绕新"], [21, "区工业和信息"], [28, "区发展改革委、区"], [37, "林一凡"]),
    at([5, "材料、装备制造两大主导产业。"], [21, "化局"], [34, "科技局、区商务局"]),
    at([1, "2"], [5, "推进青禾新区建设，完成投资"], [19, "区发展改革委"], [26, "区自然资源局"], [33, "周子墨"]),
    at([1, "3"], [5, "开展青禾百企攀登行动，新增"], [19, "区工业和信息"], [26, "区数据资源局、区"], [35, "孙可为"]),
    at([5, "规上工业企业80家。"], [19, "化局"], [32, "财政局"]),
    at([1, "4"], [5, "打造全域旅游示范区，提升青溪古镇。"], [23, "区文化广电旅游局"], [32, "区发展改革委"], [39, "吴南星"]),
  ];
  it("puts the second line's pieces under the lead and co-unit cells they finish, and flags the rows", async () => {
    const got = (await parseText(TEXT.join("\n"))).tasks;
    expect(got.map((t) => [t.seq, t.leadUnits, t.coUnits, t.supervisors])).toEqual([
      [1, ["区工业和信息化局"], ["区发展改革委", "区科技局", "区商务局"], ["林一凡"]],
      [2, ["区发展改革委"], ["区自然资源局"], ["周子墨"]],
      [3, ["区工业和信息化局"], ["区数据资源局", "区财政局"], ["孙可为"]],
      [4, ["区文化广电旅游局"], ["区发展改革委"], ["吴南星"]],
    ]);
    for (const seq of [1, 3]) expect(got.find((t) => t.seq === seq)!.review.map((r) => r.code)).toContain("COLUMNS_BY_ORDER");
  });
});

describe("a people cell printed on the line of the next row's number, glued to it", () => {
  const src = (xs: string[]) => xs.map((text, i) => ({ text, line: i + 1 }));
  it("cuts the names from the number of the row after the last one", () => {
    const got = splitHeadingTailNumbers(src(["8 推进青禾新区建设。", "区发改局", "林一凡10", "9 培育青溪新材料产业。", "区工信局", "周子墨、孙可为10", "新增青禾科技企业12家。"]));
    expect(got.map((l) => l.text)).toEqual(["8 推进青禾新区建设。", "区发改局", "林一凡10", "9 培育青溪新材料产业。", "区工信局", "周子墨、孙可为", "10", "新增青禾科技企业12家。"]);
  });
  it("leaves names before another number, and a unit or task words before the next number (counter-examples)", () => {
    const lines = ["9 培育青溪新材料产业。", "区工信局"];
    for (const line of ["林一凡12", "新建学校10", "区统计局10", "增长10"]) expect(splitHeadingTailNumbers(src([...lines, line])).map((l) => l.text)).toEqual([...lines, line]);
  });
});

describe("a unit list's last name cut at the line's end goes on in the next line's first", () => {
  it("joins a level's or collective's mark left alone at the end (`…、各` | `县（市、区）人民政府`)", () => {
    expect(cutHeadOf("青溪海关、区发展改革委、各", "县（市、区）人民政府")).toBe(true);
    expect(cutHeadOf("市", "自然资源和规划局、市水利局")).toBe(true);
  });
  it("joins a list's last piece that is no name by itself to the next line's first, though that reads as a name (`市金融` | `工作局`)", () => {
    expect(cutHeadOf("市自然资源和规划局、市金融", "工作局、市财政局 林一凡")).toBe(true);
  });
  it("leaves a mark before text that makes no unit, and task words before a unit (counter-examples)", () => {
    expect(cutHeadOf("各", "项工作有序推进。")).toBe(false);
    expect(cutHeadOf("推进", "县水利局")).toBe(false);
    // a task's words listing things are no list of names
    expect(cutHeadOf("个、农业产业强", "镇 3 个。")).toBe(false);
    expect(cutHeadOf("市自然资源和规划局、市金融", "业务稳步发展。")).toBe(false);
  });
});

describe("text that prints a blank line after each wrapped line (`-layout` of a LibreOffice PDF)", () => {
  const W = 33;
  /** a paragraph wrapped at W characters, each printed line followed by one blank line */
  const wrapped = (text: string, blankAfter: boolean): string[] => {
    const out: string[] = [];
    for (let k = 0; k < text.length; k += W) out.push(text.slice(k, k + W), ...(blankAfter && k + W < text.length ? [""] : []));
    return out;
  };
  const items = (blankAfter: boolean): string[] => {
    const gap = blankAfter ? ["", ""] : [""];
    const tasks = [
      "青溪全市地区生产总值增长6%左右，推动经济实现质的有效提升和量的合理增长，居民收入增长和经济增长基本同步，全年新增城镇就业三万人以上，城镇调查失业率控制在5%以内。",
      "规模以上工业增加值增长7%左右，制造业增加值占地区生产总值比重保持基本稳定，工业投资增长百分之十，新增青溪专精特新企业一百家，全年新增城镇就业三万人以上。",
      "社会消费品零售总额增长7%，培育建设区域消费中心城市，打造夜间经济集聚区和特色商业街区各三个，网络零售额增长百分之十二，全年新增城镇就业三万人以上。",
    ];
    const units = ["市统计局、各区人民政府", "市科学技术局、市财政局、市交通运输局、市城市管理局、市机关事务管理局", "市商务局、市文化广电旅游局"];
    return [
      "青溪市人民政府关于印发2026年重点工作任务分解的通知",
      ...gap,
      "一、主要预期目标",
      ...tasks.flatMap((t, k) => [...gap, ...wrapped(`${k + 1}.${t}`, blankAfter), ...gap, "牵头单位：市发展改革委", ...gap, ...wrapped(`责任单位：${units[k]}`, blankAfter), ...gap, "责任领导：林一凡"]),
    ];
  };
  it("reads a label's list broken over the blank line as one (`…、市机关` | blank | `事务管理局`)", async () => {
    const got = (await parseText(items(true).join("\n"))).tasks;
    expect(got.map((t) => [t.seq, t.units])).toEqual([
      [1, ["市统计局", "各区人民政府"]],
      [2, ["市科学技术局", "市财政局", "市交通运输局", "市城市管理局", "市机关事务管理局"]],
      [3, ["市商务局", "市文化广电旅游局"]],
    ]);
    expect(got[0]!.task).toBe("青溪全市地区生产总值增长6%左右，推动经济实现质的有效提升和量的合理增长，居民收入增长和经济增长基本同步，全年新增城镇就业三万人以上，城镇调查失业率控制在5%以内。");
  });
  it("tells such text from text whose wrapped lines touch (counter-example)", () => {
    const src = (xs: string[]) => xs.map((text, i) => ({ text, line: i + 1 }));
    const full = (t: string) => [...t].length >= W;
    expect(wrapsOverBlank(src(items(true)), full)).toBe(true);
    expect(wrapsOverBlank(src(items(false)), full)).toBe(false);
  });
});

describe("cells glued into one run in an unruled PDF with no cell padding", () => {
  const run = (text: string, x0: number, y: number, x1?: number): TextRun => ({ text, box: [x0, y, x1 ?? x0 + [...text].reduce((w, ch) => w + (/[\x00-\x7f]/.test(ch) ? 6 : 12), 0), y + 12], fontSize: 12 });
  // header words centred over their columns; the lead column's cells start at 295, right where the task's lines end
  const cells = [{ x0: 61, x1: 85 }, { x0: 168, x1: 216 }, { x0: 310, x1: 358 }, { x0: 402, x1: 450 }];
  const bounds = [-Infinity, 87, 263, 380, Infinity];
  const body = [
    run("1", 70, 181), run("全市地区生产总值增长。", 89, 181), run("区发展改革委", 295, 181), run("林一凡", 410, 181),
    run("2", 70, 219), run("推动青溪制造业提质升级，围绕新材料区工业和信息", 89, 219), run("周子墨", 410, 219),
    run("装备制造、新型材料两大主导产业集群化局", 89, 233),
    run("3", 70, 258), run("推进青禾新区建设，完成投资。", 89, 258), run("区商务局", 295, 258), run("孙可为", 410, 258),
    run("4", 70, 290), run("开展青禾企业攀登行动。", 89, 290), run("区财政局", 295, 290), run("吴南星", 410, 290),
  ];
  it("finds the edge where the cells of a column start, and cuts a run at the character standing there", () => {
    expect(startEdge(body, 216, 310)).toBe(295);
    const [a, b] = cutRunAt(run("推动青溪制造业提质升级，围绕新材料区工业和信息", 89, 219), 295)!;
    expect([a.text, b.text, Math.round(a.box[2])]).toEqual(["推动青溪制造业提质升级，围绕新材料", "区工业和信息", 293]);
  });
  it("cuts the runs glued across the edge and moves the boundary to it", () => {
    const got = ungluedColumns(cells, bounds, body);
    expect(got.bounds[2]).toBeCloseTo(294.5);
    expect(got.edges).toEqual([295]);
    expect(got.body.map((r) => r.text)).toContain("区工业和信息");
    expect(got.body.map((r) => r.text)).toContain("装备制造、新型材料两大主导产业集群");
    expect(got.body.map((r) => r.text)).toContain("化局");
  });
  it("leaves a heading, a paragraph across several columns, and a cut before no Han character whole (counter-examples)", () => {
    const heading = run("（一）聚焦青溪产业升级，推动高质发展", 57, 150);
    const paragraph = run("请各单位结合工作实际认真抓好贯彻落实并按时报送工作进展情况", 57, 400);
    const number = run("新增青溪科技型中小企业一百家营业收2000亿元", 89, 330);
    const got = ungluedColumns(cells, bounds, [...body, heading, paragraph, number]);
    for (const r of [heading, paragraph, number]) expect(got.body).toContain(r);
  });
  it("cuts a later page's runs at the edges found under the header", () => {
    const later = cutGluedRuns([run("推进青禾农业提质增效，建设智慧农场区农业农村局", 89, 120)], [295], [-Infinity, 87, 294.5, 380, Infinity]);
    expect(later.map((r) => r.text)).toEqual(["推进青禾农业提质增效，建设智慧农场", "区农业农村局"]);
  });
  it("finds no edge where fewer than three cells start at one position (counter-example)", () => {
    expect(startEdge([run("区发展改革委", 295, 181), run("区商务局", 295, 258), run("区财政局", 301, 290)], 216, 310)).toBeNull();
  });
});

describe("a list of people before the row's 完成时限 cell", () => {
  it("reads `林一凡、周子墨 2026年12月` as the names before a time cell, no task line", () => {
    expect(trailingTimeCell("林一凡、周子墨 2026年12月")).toBe("林一凡、周子墨");
    expect(trailingTimeCell("区民政局、区财政局 2026年9月底")).toBe("区民政局、区财政局");
    expect(isTaskLine("林一凡、周子墨 2026年12月")).toBe(false);
  });
  it("leaves a task's words listing things before a date (counter-example)", () => {
    expect(trailingTimeCell("推进工业、商 2026年")).toBeNull();
    expect(trailingTimeCell("新建学校、完成 2026年12月")).toBeNull();
  });
});

describe("a task holding a unit column's list (`…养老服区民政局、各…`)", () => {
  const table = (structure: TableStructure): CorroboratedTable => ({ index: 0, headers, structure });
  const rows = (middle: Partial<Task>): Task[] => [1, 2, 3, 4, 5, 6].map((s) => task(s, s === 3 ? middle : {}));
  const codesOf = (d: Diagnostic[]): string[] => d.filter((x) => x.seq === 3 && x.level === "warning").map((x) => x.code);
  it("flags it in an inferred structure", () => {
    expect(codesOf(corroborate(rows({ task: "新建青禾社区食堂12个，实现老年助餐服区民政局、各街道务全覆盖。" }), [table("text-order")], []))).toEqual(["TASK_HOLDS_NAME"]);
  });
  it("leaves a task naming one unit, levels listed without a unit, and an exact table alone (counter-examples)", () => {
    expect(codesOf(corroborate(rows({ task: "由市发改委牵头，推动县、乡、村三级服务网络全覆盖。" }), [table("text-order")], []))).toEqual([]);
    expect(codesOf(corroborate(rows({ task: "新建青禾社区食堂12个，实现老年助餐服区民政局、各街道务全覆盖。" }), [table("exact")], []))).toEqual([]);
  });
});
