/**
 * Session 34: general rules found by the held-out sets h20c and h21. Names and tasks are invented.
 */
import { describe, expect, it } from "vitest";
import { brokenNameAcross, unwrapHardLines } from "../../src/layouts/list/unwrap.js";
import { classify } from "../../src/names/classify.js";
import { splitEntities } from "../../src/names/split.js";
import { seqOf } from "../../src/table/lexicon.js";
import { verbedCell } from "../../src/table/cellroles.js";
import { SectionPath, parseSectionCell } from "../../src/table/sections.js";
import { addCells, newRecord } from "../../src/table/records.js";
import type { GridRow, TableSpec } from "../../src/model/intermediate.js";
import { findAlignedHeader, isGroupOver } from "../../src/layouts/aligned.js";
import { findFlatHeader } from "../../src/layouts/flat/header.js";
import { corroborate, type CorroboratedTable } from "../../src/validate/corroborate.js";
import type { Diagnostic, Task } from "../../src/model/schema.js";
import { headers, task } from "../helpers/tasks.js";
import { parse } from "../../src/index.js";

const lines = (text: string) => text.split("\n").map((t, i) => ({ text: t, line: i + 1 }));
/** a task's label lines, the units' list broken after `、各乡` (a list's mark opening a line, then the division going on) */
const BROKEN_TAIL = ["牵头单位：县卫生健康委", "责任单位：县医疗保障局、县民政局（县老龄办）", "、各乡", "镇人民政府", "责任领导：林一凡"];

describe("a label's list broken after a collective of one division (`…、各乡` | `镇人民政府`)", () => {
  it("the next line going on with the division joins the name", () => {
    expect(brokenNameAcross("责任单位：县财政局、各乡", "镇人民政府")).toBe(true);
    expect(brokenNameAcross("协同单位：市财政局、各县", "（市、区）人民政府")).toBe(true);
    expect(brokenNameAcross("责任单位：县民政局、各镇", "（街道）")).toBe(true);
  });
  it("counter-example: a next name opening a division of its own, or prose, is not joined", () => {
    expect(brokenNameAcross("责任单位：县财政局、各乡", "县住房和城乡建设局")).toBe(false);
    expect(brokenNameAcross("责任单位：县财政局、各乡", "镇村两级推进青禾集市建设。")).toBe(false);
    expect(brokenNameAcross("推进青禾片区建设、各乡", "镇人民政府")).toBe(false);
  });
  it("over a line a list's mark opened: the label's colon stands on the line joined before", () => {
    const text = [
      "1.推进青禾片区养老服务中心建设，新增养老床位三百张，实现青溪镇卫生院远程会诊全覆盖，",
      "完善医共体建设。",
      ...BROKEN_TAIL,
    ].join("\n");
    expect(unwrapHardLines(lines(text)).lines.map((l) => l.text)).toContain("责任单位：县医疗保障局、县民政局（县老龄办）、各乡镇人民政府");
    // the same in a text whose wrapped lines show its width (22 characters)
    const wide = [
      "1.推进青禾片区污水管网改造，新建雨污分流管网十",
      "二公里，完成老旧管网修复八公里，同步实施片区道",
      "路修复工程。",
      "牵头单位：县住房和城乡建设局",
      "2.实施青禾集市提质工程，改造农贸市场三个，新增",
      "便民服务网点二十个，推动集市交易额稳步增长，打",
      "造县域商业示范街区。",
      "牵头单位：县商务局",
      "3.完善城乡养老服务体系，新建乡镇综合养老服务中",
      "心两个，提升农村互助养老服务站运营水平，实现远",
      "程会诊全覆盖。",
      ...BROKEN_TAIL,
    ].join("\n");
    expect(unwrapHardLines(lines(wide)).lines.map((l) => l.text)).toContain("责任单位：县医疗保障局、县民政局（县老龄办）、各乡镇人民政府");
  });
});

describe("a collective ends as the bodies it ranges over do", () => {
  it("a `各…` with no division's, body's, unit's or role's ending is a name cut by a wrap", () => {
    expect(classify("各基础电")).toBe("fragment");
    expect(classify("各青禾重")).toBe("fragment");
    expect(splitEntities(["县工业和信息化局、县通信发展办、各基础电", "信企业"], "unit")).toEqual(["县工业和信息化局", "县通信发展办", "各基础电信企业"]);
  });
  it("counter-example: collectives ending in a body, a division, a unit's or a role's ending stand whole", () => {
    for (const name of ["各基础电信企业", "各类市场主体", "各人民团体", "各沿海镇街", "各县（市、区）人民政府", "各乡镇（街道）", "各金融机构", "各有关单位", "各镇镇长", "各镇政府、街道办事处"]) {
      expect(classify(name), name).not.toBe("fragment");
    }
    // a bracket a wrap left open is judged by the name before it
    expect(classify("各乡镇（街道、开发")).toBe("collective");
    // the head of a collective that shares its 各 with what follows the mark (`各镇政府、` + `街道办事处`)
    expect(classify("各镇政府、")).toBe("collective");
    // a list's closing 等 is no part of the name
    expect(classify("区直有关部门等")).toBe("collective");
    expect(splitEntities(["县财政局、各类市场主体", "县统计局"], "unit")).toEqual(["县财政局", "各类市场主体", "县统计局"]);
  });
});

const page = (body: string) => new TextEncoder().encode(`<html><head><meta charset="utf-8"></head><body><p>青溪县2025年重点任务分解表</p><table>${body}</table></body></html>`);
const tasksOf = async (body: string) => (await parse(page(body), { fileName: "t.html" })).tasks;

describe("a 序号 cell in brackets", () => {
  it("`（1）`, `(12)` are the row's number", () => {
    expect(seqOf("（1）")).toBe(1);
    expect(seqOf("(12)")).toBe(12);
    expect(seqOf(" （ 3 ） ")).toBe(3);
  });
  it("counter-example: a year in brackets, a heading's number or text is no 序号", () => {
    expect(seqOf("（2022）")).toBeNull();
    expect(seqOf("（一）")).toBeNull();
    expect(seqOf("（1）推进青禾集市改革")).toBeNull();
  });
  it("end to end: a table numbered `（1）` is read, not refused", async () => {
    const rows = await tasksOf(
      "<tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>配合单位</th></tr>" +
        "<tr><td>（1）</td><td>青禾片区产值增长5%。</td><td>县发展和改革局</td><td>县统计局</td></tr>" +
        "<tr><td>（2）</td><td>青禾园区营收增长8%。</td><td>县工业和信息化局</td><td>县财政局</td></tr>",
    );
    expect(rows.map((r) => [r.seq, r.leadUnits, r.coUnits])).toEqual([
      [1, ["县发展和改革局"], ["县统计局"]],
      [2, ["县工业和信息化局"], ["县财政局"]],
    ]);
  });
});

describe("roles written with verbs in a table's unit cell", () => {
  it("every clause names units and a role verb", () => {
    expect(verbedCell("县发展和改革局牵头，县青禾项目服务中心、各乡镇人民政府配合")).toBe(true);
    expect(verbedCell("县财政局、县税务局负责")).toBe(true);
  });
  it("counter-example: a role's name, a note, prose or a lone verb is no such cell", () => {
    expect(verbedCell("县委组织部负责人")).toBe(false);
    expect(verbedCell("县财政局（负责资金保障）")).toBe(false);
    expect(verbedCell("所需资金由财政负责")).toBe(false);
    expect(verbedCell("全面负责")).toBe(false);
    expect(verbedCell("县财政局、县税务局")).toBe(false);
  });
  it("end to end: a 责任单位 column's verbs give each name its field", async () => {
    const rows = await tasksOf(
      "<tr><th>序号</th><th>工作任务</th><th>责任单位</th></tr>" +
        "<tr><td>1</td><td>青禾片区产值增长5%。</td><td>县发展和改革局牵头，县统计局、各乡镇人民政府配合</td></tr>" +
        "<tr><td>2</td><td>青禾园区营收增长8%。</td><td>县工业和信息化局、县财政局负责</td></tr>" +
        "<tr><td>3</td><td>青禾集市交易额增长6%。</td><td>县商务局</td></tr>",
    );
    expect(rows.map((r) => [r.leadUnits, r.units, r.coUnits])).toEqual([
      [["县发展和改革局"], [], ["县统计局", "各乡镇人民政府"]],
      [[], ["县工业和信息化局", "县财政局"], []],
      [[], ["县商务局"], []],
    ]);
  });
});

describe("a merged 项目 cell cut by a page break", () => {
  const path = (...cells: string[][]) => {
    const p = new SectionPath();
    p.apply(parseSectionCell(cells[0]!));
    for (const c of cells.slice(1)) p.continueWith(parseSectionCell(c));
    return p.current;
  };
  it("goes on with the heading on the new page", () => {
    expect(path(["四、建设青禾生态示"], ["范片区"])).toEqual(["四、建设青禾生态示范片区"]);
  });
  it("counter-example: a heading of its own, or the same text printed again, is no continuation", () => {
    expect(path(["四、建设青禾生态示范片区"], ["五、建设青溪服务型政府"])).toEqual(["五、建设青溪服务型政府"]);
    expect(path(["四、建设青禾生态示范片区"], ["四、建设青禾生态示范片区"])).toEqual(["四、建设青禾生态示范片区"]);
    expect(path(["一、稳增长", "（一）青禾片区"], ["（二）青溪园区"])).toEqual(["一、稳增长", "（二）青溪园区"]);
    expect(path(["青禾片区建设"], ["青禾片区建设"])).toEqual(["青禾片区建设"]);
  });
  it("in a row continued from the page before (`addCells` with `continuation`), not in a row of its own", () => {
    const spec: TableSpec = { index: 0, title: null, headers: [], columns: ["seq", "section", "task"], layout: "lattice" };
    const row = (cells: string[]): GridRow => ({ cells: cells.map((t) => ({ lines: t ? [{ text: t }] : [] })) } as unknown as GridRow);
    const section = new SectionPath();
    const rec = newRecord(spec, 19, row(["19", "四、建设青禾生态示", "推进青禾河道清淤整治，确保汛期前完"]));
    addCells(rec, row(["19", "四、建设青禾生态示", "推进青禾河道清淤整治，确保汛期前完"]), spec, section);
    addCells(rec, row(["", "范片区", "成清淤。"]), spec, section, true);
    expect(rec.section).toEqual(["四、建设青禾生态示范片区"]);
    // a row of its own: its cell is its heading
    const next = newRecord(spec, 20, row(["20", "五、建设服务型政府", "完善矛盾纠纷化解机制。"]));
    addCells(next, row(["20", "五、建设服务型政府", "完善矛盾纠纷化解机制。"]), spec, section);
    expect(section.current).toEqual(["五、建设服务型政府"]);
  });
});

describe("a company's legal ending on a line of its own", () => {
  it("`有限公司` goes on with the name above", () => {
    expect(splitEntities(["县青溪城市建设投资集团", "有限公司"], "unit")).toEqual(["县青溪城市建设投资集团有限公司"]);
  });
  it("counter-example: a company named whole on each line stays two", () => {
    expect(splitEntities(["县青溪城市建设投资集团有限公司", "县供电公司"], "unit")).toEqual(["县青溪城市建设投资集团有限公司", "县供电公司"]);
  });
});

describe("a two-level header in -layout text (`责任单位` over `牵头单位  配合单位`)", () => {
  // LibreOffice's PDF as `pdftotext -layout`: the group's header centred over its two columns, a line above the header
  const pad = (parts: Array<[number, string]>) => parts.reduce((s, [col, t]) => s + " ".repeat(Math.max(col - s.length, s ? 2 : 0)) + t, "");
  const text = [
    "青溪县2025年重点任务分解表",
    "",
    pad([[40, "责任单位"]]),
    pad([[0, "序号"], [6, "工作任务"], [58, "责任领导"]]),
    pad([[32, "牵头单位"], [48, "配合单位"]]),
    pad([[0, "1"], [6, "青禾片区产值增长5%。"], [30, "县发展和改革局"], [44, "县统计局"], [58, "林一凡"]]),
    pad([[0, "2"], [6, "青禾园区营收增长8%。"], [30, "县工业和信息化局"], [44, "县财政局"], [58, "周子墨"]]),
  ].join("\n");
  it("the group's header names no column: the words under it do", () => {
    const h = findAlignedHeader(lines(text))!;
    expect(h.headers).toEqual(["序号", "工作任务", "牵头单位", "配合单位", "责任领导"]);
    expect(h.columns).toEqual(["seq", "task", "leadUnits", "coUnits", "leaders"]);
  });
  it("counter-example: a word over one word, or over pieces that name no field, is no group's header", () => {
    const seg = (text: string, start: number) => ({ text, start, end: start + text.length });
    expect(isGroupOver(seg("责任单位", 40), [seg("牵头单位", 32), seg("配合单位", 48)])).toBe(true);
    expect(isGroupOver(seg("责任单位", 40), [seg("牵头单位", 38)])).toBe(false);
    expect(isGroupOver(seg("分管县", 40), [seg("领", 38), seg("导", 44)])).toBe(false);
    // beside the two words, not over them
    expect(isGroupOver(seg("责任单位", 60), [seg("牵头单位", 32), seg("配合单位", 48)])).toBe(false);
  });
});

describe("one unit in two roles of a row", () => {
  const table: CorroboratedTable = { index: 0, headers, structure: "exact" };
  const rows = (middle: Partial<Task>): Task[] => [1, 2, 3, 4, 5, 6].map((s) => task(s, s === 3 ? middle : {}));
  const codesOf = (d: Diagnostic[]): string[] => d.filter((x) => x.seq === 3 && x.level === "warning").map((x) => x.code);
  it("is flagged: a cell's names read into the column beside it", () => {
    expect(codesOf(corroborate(rows({ leadUnits: ["县发展和改革局"], coUnits: ["县发展和改革局", "县统计局"] }), [table], []))).toEqual(["NAME_IN_TWO_ROLES"]);
  });
  it("counter-example: different units in the two roles are not", () => {
    expect(codesOf(corroborate(rows({ leadUnits: ["县发展和改革局"], coUnits: ["县发展和改革局（县统计局）", "县统计局"] }), [table], []))).toEqual([]);
  });
});

describe("a two-level header copied row by row (`pdftotext -raw`)", () => {
  const header = (text: string) => findFlatHeader(lines(text))?.headers;
  it("a plain 责任单位 over a last line of two unit columns is their group's label", () => {
    expect(header("编号 类别 工作任务\n责任单位\n责任领导 备注\n牵头单位 配合单位\n1\n青禾片区产值增长5%。")).toEqual(["编号", "类别", "工作任务", "牵头单位", "配合单位", "责任领导", "备注"]);
  });
  it("counter-example: three unit columns side by side, or one unit column under 责任单位, keep 责任单位 a column", () => {
    expect(header("序号 工作任务 牵头单位 责任单位 配合单位\n1\n青禾片区产值增长5%。")).toEqual(["序号", "工作任务", "牵头单位", "责任单位", "配合单位"]);
    expect(header("序号 工作任务\n责任单位\n牵头单位 分管领导\n1\n青禾片区产值增长5%。")).toEqual(["序号", "工作任务", "责任单位", "牵头单位", "分管领导"]);
  });
  it("an uninterpreted word never swallows a header word: `备注` | `牵头单位`, `责任领导` | `备注` on two lines are two words", () => {
    expect(header("序号 工作任务 备注\n牵头单位\n1\n青禾片区产值增长5%。")).toEqual(["序号", "工作任务", "备注", "牵头单位"]);
    expect(header("序号\n工作任务\n牵头单位\n责任领导\n备注\n1\n青禾片区产值增长5%。")).toEqual(["序号", "工作任务", "牵头单位", "责任领导", "备注"]);
  });
  it("one cell a line (a Word table saved as text): the group's label before the upper row's other words and the two unit columns", () => {
    expect(header("编号\n类别\n工作任务\n责任单位\n责任领导\n备注\n\n\n\n牵头单位\n配合单位\n\n\n1\n一、青禾片区")).toEqual(["编号", "类别", "工作任务", "牵头单位", "配合单位", "责任领导", "备注"]);
    // counter-example: three unit columns one a line, nothing between, keep 责任单位 a column
    expect(header("序号\n工作任务\n责任单位\n牵头单位\n配合单位\n1\n青禾片区产值增长5%。")).toEqual(["序号", "工作任务", "责任单位", "牵头单位", "配合单位"]);
  });
});

describe("a unit's one-character ending alone after a line the width says ended", () => {
  it("goes on with the name before it, which has no ending", () => {
    expect(splitEntities([{ text: "县发展和改革", ended: true }, { text: "局、县统计局" }], "unit")).toEqual(["县发展和改革局", "县统计局"]);
  });
  it("counter-example: after a whole name, or a piece longer than the ending, the lines stay apart", () => {
    expect(splitEntities([{ text: "县财政局", ended: true }, { text: "局" }], "unit")).toEqual(["县财政局", "局"]);
    expect(splitEntities([{ text: "各乡镇", ended: true }, { text: "县统计局" }], "unit")).toEqual(["各乡镇", "县统计局"]);
  });
});

describe("an empty lead cell in a table whose text lost its merged cells", () => {
  const guessed = { code: "MERGED_CELL_GUESSED", message: "按合并单元格填入" };
  // rows 1–3 under one lead merged over them (written once, in row 1); the 分管领导 merges were guessed
  const rows = (review: boolean): Task[] => [
    task(1, { leadUnits: ["县农业农村局"], review: review ? [guessed] : [] }),
    task(2, { leadUnits: [] }),
    task(3, { leadUnits: [] }),
    task(4, { leadUnits: ["县住房和城乡建设局"] }),
  ];
  const flagged = (d: Diagnostic[]) => d.filter((x) => x.code === "FIELD_EMPTY_MAYBE_MERGED").map((x) => x.seq);
  it("is flagged: the merged cell above may cover it", () => {
    expect(flagged(corroborate(rows(true), [{ index: 0, headers, structure: "text-order" }], []))).toEqual([2, 3]);
  });
  it("counter-example: no merge guessed in the table, or an exact table, leaves it alone", () => {
    expect(flagged(corroborate(rows(false), [{ index: 0, headers, structure: "text-order" }], []))).toEqual([]);
    expect(flagged(corroborate(rows(true), [{ index: 0, headers, structure: "exact" }], []))).toEqual([]);
  });
});

describe("a name list parted by `；` in a fragment a layout kept whole", () => {
  it("is split into its names", async () => {
    const { semicolonList } = await import("../../src/names/record.js");
    expect(semicolonList("县商务局；县直有关部门")).toEqual(["县商务局", "县直有关部门"]);
    expect(semicolonList("县财政局;各镇（街道；园区）")).toEqual(["县财政局", "各镇（街道；园区）"]);
  });
  it("counter-example: a part that is no whole name keeps the text as it is", async () => {
    const { semicolonList } = await import("../../src/names/record.js");
    expect(semicolonList("县商务局；推进青禾")).toEqual(["县商务局；推进青禾"]);
    expect(semicolonList("县商务局")).toEqual(["县商务局"]);
  });
});
