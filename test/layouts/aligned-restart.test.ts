// pdftotext -layout text whose 序号 goes back to 1 under each section of the 项目 column: one table
// numbered on, as the table stage and the flat reader read it (SEQ_RESTART_SECTION), never a new
// table per section; a restart after a new title and header stays a new table.
import { describe, expect, it } from "vitest";
import { snapToRestarts, type SectionGroup } from "../../src/layouts/aligned/sections.js";
import { parseText } from "../../src/parse.js";

/** A line with each text at its character position. */
const at = (...parts: Array<[number, string]>): string => {
  let line = "";
  for (const [pos, text] of parts) line = line.padEnd(pos, " ") + text;
  return line;
};

const [SEC, SEQ, TASK, LEAD, UNIT] = [0, 14, 21, 50, 61];
const header = at([SEC + 2, "项目"], [SEQ, "序号"], [TASK, "具体任务"], [LEAD, "责任领导"], [UNIT, "责任单位"]);
const row = (seq: string, task: string, leader: string, unit: string, section = ""): string =>
  at(...([[SEC, section]] as Array<[number, string]>).filter(([, t]) => t), [SEQ, seq], [TASK, task], [LEAD, leader], [UNIT, unit]);

const cover = ["县人民政府关于重点工作责任分解的通知", "各乡镇人民政府，县政府各部门：", "现将重点工作责任分解如下，请认真抓好落实。", "", "附件", "", at([16, "重点工作责任分解表"])];

describe("a 项目 column first, its merged cells printed beside a later row, the 序号 restarting per section", () => {
  // the second section's cell is printed beside its second row (a vertically centred merged cell)
  const rows = (second: string) => [
    row("1", "新建学校 2 所", "张明", "县教育局", "一、民生保障"),
    row("2", "新增学位 800 个", "张明", "县教育局"),
    row("3", "改造卫生院 3 个", "李华", "县卫健局"),
    row("1", "完成道路改造 20 公里", "王强", "县交通局"),
    row("2", "新建 5G 基站 100 个", "王强", "县工信局", second),
    row("3", "改造供水管网 30 公里", "赵勇", "县水利局"),
  ];
  const body = rows("二、基础设施");

  it("one table numbered on, each row under its own section, with an info SEQ_RESTART_SECTION", async () => {
    const r = await parseText([...cover, header, ...body].join("\n"));
    expect(r.tables.length).toBe(1);
    expect(r.tasks.map((t) => [t.seq, t.section, t.task, t.leaders, t.units])).toEqual([
      [1, ["一、民生保障"], "新建学校 2 所", ["张明"], ["县教育局"]],
      [2, ["一、民生保障"], "新增学位 800 个", ["张明"], ["县教育局"]],
      [3, ["一、民生保障"], "改造卫生院 3 个", ["李华"], ["县卫健局"]],
      [4, ["二、基础设施"], "完成道路改造 20 公里", ["王强"], ["县交通局"]],
      [5, ["二、基础设施"], "新建 5G 基站 100 个", ["王强"], ["县工信局"]],
      [6, ["二、基础设施"], "改造供水管网 30 公里", ["赵勇"], ["县水利局"]],
    ]);
    const restart = r.diagnostics.filter((d) => d.code.startsWith("SEQ_RESTART"));
    expect(restart.map((d) => [d.code, d.level, d.seq])).toEqual([["SEQ_RESTART_SECTION", "info", 4]]);
  });

  it("counter-example: a restart after a new title and its header is a new table", async () => {
    const second = [at([16, "附件2 民生实事责任分解表"]), header];
    const r = await parseText([...cover, header, ...body.slice(0, 3), ...second, ...body.slice(3)].join("\n"));
    expect(r.tables.length).toBe(2);
    expect(r.tasks.map((t) => [t.table, t.seq, t.task])).toEqual([
      [0, 1, "新建学校 2 所"],
      [0, 2, "新增学位 800 个"],
      [0, 3, "改造卫生院 3 个"],
      [1, 1, "完成道路改造 20 公里"],
      [1, 2, "新建 5G 基站 100 个"],
      [1, 3, "改造供水管网 30 公里"],
    ]);
    expect(r.diagnostics.filter((d) => d.code === "SEQ_RESTART_SECTION")).toEqual([]);
  });

  it("counter-example: a restart with no new heading in the 项目 column stays a restart (a warning, a new table)", async () => {
    const r = await parseText([...cover, header, ...rows("")].join("\n"));
    expect(r.diagnostics.filter((d) => d.code === "SEQ_RESTART_SECTION")).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === "SEQ_RESTART").map((d) => d.level)).toEqual(["warning"]);
    expect(r.tasks.map((t) => [t.table, t.seq])).toEqual([[0, 1], [0, 2], [0, 3], [1, 1], [1, 2], [1, 3]]);
  });
});

describe("snapToRestarts: where a section's merged cell starts when the 序号 restarts", () => {
  const g = (...texts: string[]): SectionGroup => ({ texts, first: 0, cell: { first: 0, last: 0, start: 0, texts, depth: 2, top: 1 } });
  const groups = [g("一、推动发展", "（一）工业"), g("一、推动发展", "（二）农业"), g("二、统筹城乡", "（一）基础设施"), g("二、统筹城乡", "（二）生态")];
  it("the first heading after the restart with a new outer heading moves up to the restart row", () => {
    expect(snapToRestarts(groups, [0, 3, 7, 10], [6])).toEqual({ starts: [0, 3, 6, 10], moved: [2] });
  });
  it("counter-example: a heading under the same outer heading (the numbering goes on per part) moves nothing", () => {
    expect(snapToRestarts(groups, [0, 4, 7, 10], [3])).toEqual({ starts: [0, 4, 7, 10], moved: [] });
  });
  it("counter-example: a heading starting after the next restart is that restart's, not the earlier one's", () => {
    expect(snapToRestarts(groups, [0, 3, 9, 12], [6, 8])).toEqual({ starts: [0, 3, 8, 12], moved: [2] });
  });
});
