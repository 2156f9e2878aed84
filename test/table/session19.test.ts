// Rules from session 19, each with a counter-example: a web table copied one cell per line (no line holds two
// cells, so its line breaks say nothing of the page's heights); a people column merged over tasks in such text,
// printed in its first row only; a web page's share-button caption.
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import { fillMergedPeople } from "../../src/table/filldown.js";
import { peelInlineTail } from "../../src/layouts/flat/fragments.js";
import { printedWidth, taskCell } from "../../src/layouts/flat/taskwidth.js";
import { fullLineRest } from "../../src/layouts/flat/anatomy.js";
import { cellKind } from "../../src/table/merged.js";
import type { Result, Task } from "../../src/model/schema.js";

const rows = (r: Result) => r.tasks.map((t) => ({ seq: t.seq, lead: t.leadUnits, co: t.coUnits, sup: t.supervisors, inherited: t.inherited, review: t.review.map((x) => x.code) }));

/** A web table copied one cell per line: 序号, 任务, 牵头单位, 配合单位 and, where not merged, 分管区领导. */
function copied(rowsIn: ReadonlyArray<readonly [string, string, string, string | null]>, heading = "一、产业发展"): string {
  const head = ["某区2024年政府工作报告重点任务分解表", "", "序号", "重点工作", "牵头单位", "配合单位", "分管区领导", heading];
  const body = rowsIn.flatMap(([task, lead, co, sup], i) => [String(i + 1), task, lead, co, ...(sup ? [sup] : [])]);
  return [...head, ...body].join("\n") + "\n";
}

describe("a web table copied one cell per line, its 分管领导 merged over tasks", () => {
  const tasks = [
    ["新增规上工业企业20家，工业产值增长9%", "区工信局", "区统计局、区税务局", "马青山"],
    ["推进智能制造产业园建设，入驻企业30家", "产业园管委会", "区招商局", null],
    ["新认定高新技术企业30家，建设研发平台6个", "区科技局", "区工信局", null],
    ["培育限上商贸企业25家，社零总额增长7%", "区商务局", "区市场监管局", "白晓雁"],
    ["新建农贸市场2个，改造提升社区菜市场5个", "区商务局", "各街道办事处", null],
    ["完成老旧小区改造12个，惠及居民4000户", "区住建局", "区财政局、各街道办事处", "温立群"],
  ] as const;

  it("the units are cut at the lines (each line a cell), the merged leader is filled and flagged", async () => {
    const r = await parseText(copied(tasks));
    expect(rows(r).map((x) => [x.seq, x.lead, x.co, x.sup, x.inherited])).toEqual([
      [1, ["区工信局"], ["区统计局", "区税务局"], ["马青山"], []],
      [2, ["产业园管委会"], ["区招商局"], ["马青山"], []],
      [3, ["区科技局"], ["区工信局"], ["马青山"], []],
      [4, ["区商务局"], ["区市场监管局"], ["白晓雁"], []],
      [5, ["区商务局"], ["各街道办事处"], ["白晓雁"], []],
      [6, ["区住建局"], ["区财政局", "各街道办事处"], ["温立群"], []],
    ]);
    const flagged = rows(r).filter((x) => x.review.includes("MERGED_CELL_GUESSED")).map((x) => x.seq);
    expect(flagged).toEqual([2, 3, 5]);
  });

  it("counter-example: a column that prints its leader row after row is filled row by row; its empty cell stays empty", async () => {
    const byRow = tasks.map(([t, l, c], i) => [t, l, c, i === 4 ? null : i < 3 ? "马青山" : "白晓雁"] as const);
    const r = await parseText(copied(byRow));
    expect(rows(r)[4]!.sup).toEqual([]);
    expect(rows(r).some((x) => x.review.includes("MERGED_CELL_GUESSED"))).toBe(false);
  });

  it("counter-example: no merged cell crosses a heading row", () => {
    const t = (seq: number, section: string, sup: string[]): Task =>
      ({ table: 0, seq, section: [section], task: `任务${seq}。`, leadUnits: ["区发改局"], units: [], coUnits: [], leaders: [], supervisors: sup, inherited: [], review: [], source: { line: seq } }) as unknown as Task;
    const table = { index: 0, headers: [{ field: "supervisors", text: "分管区领导" }] } as never;
    const out = fillMergedPeople([t(1, "一、甲", ["马青山"]), t(2, "一、甲", []), t(3, "二、乙", []), t(4, "二、乙", ["白晓雁"]), t(5, "二、乙", []), t(6, "二、乙", ["温立群"])], [table]);
    expect(out.tasks.map((x) => x.supervisors)).toEqual([["马青山"], ["马青山"], [], ["白晓雁"], ["白晓雁"], ["温立群"]]);
    expect(out.diagnostics.map((d) => [d.code, d.seq])).toEqual([
      ["MERGED_CELL_GUESSED", 2],
      ["MERGED_CELL_GUESSED", 5],
    ]);
  });

  it("counter-example: a table of a few rows says nothing of its column's habit", () => {
    const t = (seq: number, sup: string[]): Task =>
      ({ table: 0, seq, section: [], task: `任务${seq}。`, leadUnits: ["区发改局"], units: [], coUnits: [], leaders: [], supervisors: sup, inherited: [], review: [], source: { line: seq } }) as unknown as Task;
    const table = { index: 0, headers: [{ field: "supervisors", text: "分管区领导" }] } as never;
    const out = fillMergedPeople([t(1, ["马青山"]), t(2, ["马青山", "白晓雁"]), t(3, [])], [table]);
    expect(out.tasks[2]!.supervisors).toEqual([]);
    expect(out.diagnostics).toEqual([]);
  });
});

describe("a web page's share-button caption after the table", () => {
  it("is neither task text nor a name", async () => {
    const r = await parseText(copied([["新增规上工业企业20家", "区工信局", "区统计局", "马青山"], ["推进产业园建设", "产业园管委会", "区招商局", "白晓雁"]]) + "\n分享到：\n【关闭】【打印】\n");
    expect(r.tasks.map((t) => [t.seq, t.task, t.review.map((x) => x.code)])).toEqual([
      [1, "新增规上工业企业20家", expect.anything()],
      [2, "推进产业园建设", expect.anything()],
    ]);
    expect(r.tasks[1]!.review.map((x) => x.code)).not.toContain("FLAT_STRAY_PROSE");
  });
});

/** Text copied out of a PDF in stream order (`pdftotext -raw`): 牵头单位 printed before the task, merged over rows 1–3 and 6–7. */
const LEAD_FIRST = `附件
2024年区政府工作报告目标任务分解表
序号 牵头单位 重点任务 配合单位 责任领导 完成时间
一、经济发展
1
区发展改革局
地区生产总值增长6.5% 区统计局
马青山
全年
2 固定资产投资增长8%，实施区级
重点项目120个 区自然资源局
区住建局
12月底
3 争取中央预算内资金、专项债
券资金20亿元以上
11月底
4 区财政局 一般公共预算收入增长5%，税收
占比保持在70%以上 区税务局 白晓雁 全年
5 区商务局
社会消费品零售总额增长9%，新增
限上企业50家 区市场监管局
区文旅局 温立群 12月底
6
区工信局
规模以上工业增加值增长8%，新
增规上工业企业30家 区统计局
各镇人民政府 黎晓东
全年
7 实施工业技改项目50个，建成智能
工厂3个
12月底
`;

describe("a unit column printed before the task, merged over rows (stream-order text)", () => {
  it("a row printing no cell before its task takes the merged lead; the names after its task are the later columns", async () => {
    const r = await parseText(LEAD_FIRST);
    expect(r.tasks.map((t) => [t.seq, t.task, t.leadUnits, t.coUnits, t.leaders, t.inherited])).toEqual([
      [1, "地区生产总值增长6.5%", ["区发展改革局"], ["区统计局"], ["马青山"], []],
      [2, "固定资产投资增长8%，实施区级重点项目120个", ["区发展改革局"], ["区自然资源局", "区住建局"], ["马青山"], []],
      [3, "争取中央预算内资金、专项债券资金20亿元以上", ["区发展改革局"], ["区自然资源局", "区住建局"], ["马青山"], ["leadUnits", "coUnits", "leaders"]],
      [4, "一般公共预算收入增长5%，税收占比保持在70%以上", ["区财政局"], ["区税务局"], ["白晓雁"], []],
      [5, "社会消费品零售总额增长9%，新增限上企业50家", ["区商务局"], ["区市场监管局", "区文旅局"], ["温立群"], []],
      [6, "规模以上工业增加值增长8%，新增规上工业企业30家", ["区工信局"], ["区统计局", "各镇人民政府"], ["黎晓东"], []],
      [7, "实施工业技改项目50个，建成智能工厂3个", ["区工信局"], ["区统计局", "各镇人民政府"], ["黎晓东"], ["leadUnits", "coUnits", "leaders"]],
    ]);
    const codes = (seq: number) => r.tasks.find((t) => t.seq === seq)!.review.map((x) => x.code);
    expect(codes(2)).toEqual(expect.arrayContaining(["FLAT_MERGED_BEFORE_TASK", "MERGED_CELL_GUESSED"]));
    expect(codes(3)).toContain("MERGED_CELL_GUESSED");
  });

  it("counter-example: the first name after the task is printed before a task in another row: it may be the row's own lead, left flagged", async () => {
    const r = await parseText(LEAD_FIRST.replace("重点项目120个 区自然资源局\n区住建局", "重点项目120个 区财政局\n区住建局"));
    const row = r.tasks.find((t) => t.seq === 2)!;
    expect(row.leadUnits).not.toEqual(["区发展改革局"]);
    expect(row.review.map((x) => x.code)).toContain("FLAT_NO_CELL_BEFORE_TASK");
    expect(row.review.map((x) => x.code)).not.toContain("FLAT_MERGED_BEFORE_TASK");
  });
});

describe("a task line ending on a count, a unit after a space", () => {
  it("the unit is the next column's cell", () => {
    expect(peelInlineTail("重点项目120个 区自然资源局")).toEqual({ task: "重点项目120个", tail: ["区自然资源局"], byCount: true });
    expect(peelInlineTail("新建标准厂房20万平方米 区工信局")).toMatchObject({ task: "新建标准厂房20万平方米", tail: ["区工信局"] });
  });
  it("counter-example: no count before it, or no whole unit after it, keeps the line as task text", () => {
    expect(peelInlineTail("推进重点项目 区自然资源局").tail).toEqual([]);
    expect(peelInlineTail("实施项目120个 区域联动").tail).toEqual([]);
  });
  it("counter-example: the task goes on on the next line: the unit was printed amid it, and is flagged", async () => {
    const r = await parseText(LEAD_FIRST.replace("券资金20亿元以上\n11月底", "券资金20亿元 区财政局\n以上，年内全部开工\n11月底"));
    const row = r.tasks.find((t) => t.seq === 3)!;
    expect(row.task).toBe("争取中央预算内资金、专项债券资金20亿元以上，年内全部开工");
  });
});

describe("a task line as wide as the task cell goes on on the next line (stream-order text)", () => {
  const full = ["完成区属国有企业整合重组，组", "推进事业单位改革，完成经营类", "新引进亿元以上项目 30 个，实际", "全面推行“双随机、一公开”监"];
  const rows = [0, 1, 2].map((k) => ({ lines: [...full, "管，抽查比例达到百分之十", "区财政局 区人社局"].map((text, i) => ({ text, line: k * 10 + i })) }));
  const cell = taskCell(rows as never);

  it("measures printed width: Han 1, half-width ½, spaces none", () => {
    expect(printedWidth("完成区属国有企业整合重组，组")).toBe(14);
    expect(printedWidth("新引进亿元以上项目 30 个，实际")).toBe(14);
  });
  it("learns the cell's width as its prose lines' commonest; the next line's first piece is the task's, the names after it are not", () => {
    expect(cell?.width).toBe(14);
    expect(fullLineRest("完成区属国有企业整合重组，组", "建某某城发集团", cell)).toEqual({ task: "建某某城发集团", names: "", time: null });
    expect(fullLineRest("推进事业单位改革，完成经营类", "事业单位转企改制 区委编办 陈 斌 9月底", cell)).toEqual({ task: "事业单位转企改制", names: "区委编办 陈 斌", time: "9月底" });
  });
  it("counter-example: a short last line ended the task; a heading, a name the table prints as a cell in other rows, or a wrapped unit's first line is no task's rest", () => {
    expect(fullLineRest("利用外资1.2亿美元", "区投资促进局", cell)).toBeNull();
    expect(fullLineRest("完成区属国有企业整合重组，组", "二、城乡建设", cell)).toBeNull();
    expect(fullLineRest("完成区属国有企业整合重组，组", "区财政局", cell)).toBeNull();
    expect(fullLineRest("完成区属国有企业整合重组，组", "区发改局（区重", cell)).toBeNull();
    expect(fullLineRest("攻坚推进15项改革任务。 改革各专项", "小组", cell)).toBeNull();
    expect(fullLineRest("亩，产量稳定在21万吨以上持续", "周 敏 县农业农村局 各乡镇", cell)).toBeNull();
    expect(fullLineRest("8000 万美元 区商务局 某某海关、区外汇", "管理办 陶 然", cell)).toBeNull();
  });
  it("counter-example: no common width, no rule", () => {
    expect(fullLineRest("完成区属国有企业整合重组，组", "建某某城发集团", null)).toBeNull();
    expect(taskCell([{ lines: [{ text: "完成区属国有企业整合重组，组", line: 1 }] }] as never)).toBeNull();
  });
});

describe("a schedule in a 进度安排 column is a time, not a name", () => {
  it.each(["按季度推进", "按月推进", "分季度推进", "分阶段实施", "按计划推进", "按节点完成"])("%s is a time", (t) => {
    expect(cellKind(t)).toBe("time");
  });
  it.each(["按规定程序办理", "分管副区长", "按照要求", "区季度考核办"])("counter-example: %s is no time", (t) => {
    expect(cellKind(t)).not.toBe("time");
  });
});
