/**
 * Session 33: a name cut between two rows' lines is evidence against that cut (`cutFor`'s `nameCuts`), and an empty
 * unit cell inside a run of rows suspected of a merged cell. Names and tasks are invented.
 */
import { describe, expect, it } from "vitest";
import { cutFor, NAME_CUT_COST, type CutInput } from "../../src/layouts/aligned/cut.js";
import { cellNames } from "../../src/layouts/aligned/bynames.js";
import { parseText } from "../../src/index.js";

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
 4 青禾集市交易总额增长5%。。       县商务和投资 吴南星 县统计局、县市场监督
                                   管理局、各乡镇人民政 王立新
                          促进局            府
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
      [4, ["县商务和投资促进局"], ["县统计局", "县市场监督管理局", "各乡镇人民政府"]],
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
