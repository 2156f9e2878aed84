import { describe, expect, it } from "vitest";
import { headingTailOnLine, opensTask, rowParts } from "../../src/layouts/flat/anatomy.js";
import {
  assignBlocks,
  chooseSplit,
  columnBlocks,
  countVotes,
  joinRoleWraps,
  learnedFor,
  mergeUnitsByCount,
  mergeUnitsNamedByRoles,
  roleSubject,
  splitUnitBlock,
  toEntities,
  type Entity,
} from "../../src/layouts/flat/columns.js";
import { findFlatHeader } from "../../src/layouts/flat/header.js";
import { segmentRows, type RowBlock } from "../../src/layouts/flat/segment.js";

const src = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
const block = (seq: number, ...texts: string[]): RowBlock => ({
  seq,
  line: 1,
  lines: texts.map((text, i) => ({ text, line: i + 2, afterBreak: false })),
});
const people = (...names: string[]): Entity[] => names.map((name, i) => ({ name, kind: "person", line: i + 1, group: i }));
const tokens = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1, col: 0 }));

describe("segmentRows: where rows start", () => {
  const doc = src(
    "序号 项目 目标任务 责任单位 责任领导 分管市领导",
    "1",
    "大力培育高新技术企业。 科技局 蒋家兴 庄天怀",
    "2",
    "推动 6 个项目，培育",
    "6 个示范企业。",
    "科技局",
    "- 7 -",
    " 序号 项目 目标任务 责任单位 责任领导 分管市领导",
    "蒋家兴",
    " 3",
    "一、狠抓",
    "落实政策。 科技局 蒋家兴",
    "抄送：市委办。",
    "4 不是表中的行",
  );
  const header = findFlatHeader(doc)!;
  const seg = segmentRows(doc, header);

  it("starts a row only at the next expected 序号", () => {
    expect(seg.rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(seg.rows[1]!.lines.map((l) => l.text)).toEqual(["推动 6 个项目，培育", "6 个示范企业。", "科技局", "蒋家兴"]);
  });
  it("drops page numbers and the repeated header and marks the next line", () => {
    expect(seg.rows[1]!.lines[3]).toMatchObject({ text: "蒋家兴", afterBreak: true });
  });
  it("stops at the notice footer", () => {
    expect(seg.endLine).toBe(14);
  });
  it("drops a bare page number printed before the repeated header", () => {
    const d = src("序号 目标任务 责任单位 分管领导", "1", "甲任务。", "科技局", "12", "序号 目标任务 责任单位 分管领导", "王伟", "2", "乙任务。 科技局 王伟");
    const rows = segmentRows(d, findFlatHeader(d)!).rows;
    expect(rows.map((r) => r.seq)).toEqual([1, 2]);
    expect(rows[0]!.lines.map((l) => [l.text, l.afterBreak])).toEqual([
      ["甲任务。", false],
      ["科技局", false],
      ["王伟", true],
    ]);
  });
  it("accepts a small gap only for a bare number after a row with content", () => {
    const d = src("序号 目标任务 责任单位 分管领导", "1", "甲任务。 科技局 王伟", "3", "乙任务。 科技局 王伟");
    expect(segmentRows(d, findFlatHeader(d)!).rows.map((r) => r.seq)).toEqual([1, 3]);
  });
});

describe("rowParts: headings, task, names", () => {
  it("reads a two-level 项目 cell printed as fragments", () => {
    const p = rowParts(block(1, "一、狠抓", "科技创新", "（一）", "培育", "企业", "创新", "主体", "大力培育高新技术企业。 科技局 蒋家兴 庄天怀"), 0, true);
    expect(p.headings.map((g) => [g.level, g.fragments.join("")])).toEqual([
      [1, "一、狠抓科技创新"],
      [2, "（一）培育企业创新主体"],
    ]);
    expect(p.task).toEqual(["大力培育高新技术企业。"]);
    expect(p.names.map((n) => n.text)).toEqual(["科技局", "蒋家兴", "庄天怀"]);
  });
  it("joins wrapped task lines and stops at the first name line", () => {
    const p = rowParts(block(2, "落实科技创新优惠政策，推动研发活动", "覆盖率达 20%以上。", "科技局", "工信局", "蒋家兴"), 0, true);
    expect(p.task).toEqual(["落实科技创新优惠政策，推动研发活动", "覆盖率达 20%以上。"]);
    expect(p.names.map((n) => n.text)).toEqual(["科技局", "工信局", "蒋家兴"]);
  });
  it("ends an unpunctuated task at the unit line, with a diagnostic", () => {
    const p = rowParts(block(124, "开展海域海滩海岸垃圾整治", "生态环境局", "林志雄"), 0, true);
    expect(p.task).toEqual(["开展海域海滩海岸垃圾整治"]);
    expect(p.diagnostics.map((d) => d.code)).toEqual(["FLAT_TASK_UNTERMINATED"]);
  });
  it("keeps a level-1-only heading", () => {
    const p = rowParts(block(130, "七、增进", "民生福祉", "办好 22件为民实事。", "政府办", "吴靖宇"), 0, true);
    expect(p.headings.map((g) => g.fragments.join(""))).toEqual(["七、增进民生福祉"]);
  });
  it("reads the 项目 cell repeated at a page top among the names as a confirmation", () => {
    const b = block(3, "引导企业上市挂牌。", "县金融办", "一、做强", "实体经济", "（一）", "培育", "产业集群", "县商务局", "赵刚");
    const p = rowParts(b, 0, true);
    expect(p.names.map((n) => n.text)).toEqual(["县金融办", "县商务局", "赵刚"]);
    expect(p.headings.map((g) => g.fragments.join(""))).toEqual(["一、做强实体经济", "（一）培育产业集群"]);
    expect(p.trailingHeadings).toEqual([]);
  });
  it("takes a fragment whose sentence runs on into the prose as the task's start, not the heading's end", () => {
    const quoted = rowParts(block(11, "二、破解要素瓶", "颈", "（一）重塑产业", "空间", "坚持“亩产论英雄”", "，推行亩均效益评价，健全", "低效用地盘活。", "工信局"), 0, true);
    expect(quoted.headings.map((g) => g.fragments.join(""))).toEqual(["二、破解要素瓶颈", "（一）重塑产业空间"]);
    expect(quoted.task.join("")).toBe("坚持“亩产论英雄”，推行亩均效益评价，健全低效用地盘活。");
    const open = rowParts(block(145, "（三）深化健康", "晋江建设", "坚持预防为主、", "“人物”同防，常态化落实排查管控。", "卫健局"), 0, true);
    expect(open.headings.map((g) => g.fragments.join(""))).toEqual(["（三）深化健康晋江建设"]);
    expect(open.task.join("")).toBe("坚持预防为主、“人物”同防，常态化落实排查管控。");
    // counter-examples: a heading fragment before a task that opens its own sentence; a heading's own short comma tail
    expect(opensTask("空间", "坚持“亩产论英雄”，推行亩均效益评价。")).toBe(false);
    expect(opensTask("转型攻坚", "，推动提质")).toBe(false);
    expect(opensTask("教育、", "卫生")).toBe(false);
  });
  it("takes the heading's last piece printed before a space on the task line", () => {
    const p = rowParts(block(110, "五、推进乡村振", "兴 做好村级组织换届选举。 组织部", "民政局"), 0, true);
    expect(p.headings.map((g) => g.fragments.join(""))).toEqual(["五、推进乡村振兴"]);
    expect(p.task).toEqual(["做好村级组织换届选举。"]);
    expect(p.names.map((n) => n.text)).toEqual(["组织部", "民政局"]);
    // counter-examples: a word and a number; a unit before the prose
    expect(headingTailOnLine("推动 6 个项目，培育")).toBeNull();
    expect(headingTailOnLine("科技局 落实科技创新优惠政策，推动研发。")).toBeNull();
  });
  it("flags the row before a heading printed at a page top after its last name", () => {
    const b: RowBlock = { seq: 110, line: 1, lines: [
      { text: "做好村级组织换届选举。", line: 2, afterBreak: false },
      { text: "组织部", line: 3, afterBreak: false },
      { text: "（四）深化乡村", line: 4, afterBreak: true },
      { text: "治理试点", line: 5, afterBreak: false },
    ] };
    const p = rowParts(b, 0, true);
    expect(p.trailingHeadings.map((g) => g.fragments.join(""))).toEqual(["（四）深化乡村治理试点"]);
    expect(p.names.map((n) => n.text)).toEqual(["组织部"]);
    expect(p.diagnostics.map((d) => [d.code, d.level])).toEqual([["FLAT_HEADING_AFTER_BREAK", "warning"]]);
    // counter-example: the same heading between rows with no page break is the next rows' section, no doubt
    const q = rowParts(block(110, "做好村级组织换届选举。", "组织部", "（四）深化乡村", "治理试点"), 0, true);
    expect(q.diagnostics).toEqual([]);
    // nor after a page break in a table without a 项目 column: its sections are rows spanning the table
    const r = rowParts(b, 0, false);
    expect(r.trailingHeadings.map((g) => g.fragments.join(""))).toEqual(["（四）深化乡村治理试点"]);
    expect(r.diagnostics).toEqual([]);
  });
  it("takes a heading row after the last name as the next rows' section", () => {
    const p = rowParts(block(2, "推进综合开发。", "区住建局", "张伟", "二、提升城市品质"), 0, false);
    expect(p.trailingHeadings.map((g) => g.fragments.join(""))).toEqual(["二、提升城市品质"]);
    expect(p.names.map((n) => n.text)).toEqual(["区住建局", "张伟"]);
  });
});

describe("columns: names onto the header's columns", () => {
  it("re-joins wrapped collective roles", () => {
    const { entities } = toEntities(tokens("市政府工作部门", "各镇政府、街道办事处", "市政府工作部门主要负", "责人、各镇镇长、街道", "办事处主任"));
    expect(entities.map((e) => [e.name, e.kind])).toEqual([
      ["市政府工作部门", "unit"],
      ["各镇政府、街道办事处", "unit"],
      ["市政府工作部门主要负责人", "person"],
      ["各镇镇长、街道办事处主任", "person"],
    ]);
  });
  it("joins a unit wrapped after its complete-looking first part", () => {
    const { entities } = toEntities(tokens("市政府工作部门", "主要负责人、各镇镇长、", "街道办事处主任"));
    expect(entities.map((e) => e.name)).toEqual(["市政府工作部门主要负责人", "各镇镇长、街道办事处主任"]);
  });
  it("joins two unit lines when the document writes them whole", () => {
    const { entities } = toEntities(tokens("泉州半导体高新区", "晋江分园区管委会", "陈志雄"), {
      documentText: "工区管理局、泉州半导体高新区晋江分园区管委会，市直各单",
    });
    expect(entities.map((e) => e.name)).toEqual(["泉州半导体高新区晋江分园区管委会", "陈志雄"]);
  });
  it("reports names joined only because the document writes them whole", () => {
    const { joinedByDocument } = toEntities(tokens("泉州半导体高新区", "晋江分园区管委会"), { documentText: "泉州半导体高新区晋江分园区管委会" });
    expect(joinedByDocument.map((j) => j.name)).toEqual(["泉州半导体高新区晋江分园区管委会"]);
    expect(toEntities(tokens("军民融合发展委员会", "办公室")).joinedByDocument).toEqual([]);
  });
  it("joins a place-ended unit with the next when the leaders are one fewer", () => {
    const u = (name: string, line: number): Entity => ({ name, kind: "unit", line, group: line });
    const units = [u("科技局", 1), u("泉州半导体高新区", 2), u("晋江分园区管委会", 3), u("工信局", 4)];
    expect(mergeUnitsByCount(units, 3).units.map((x) => x.name)).toEqual(["科技局", "泉州半导体高新区晋江分园区管委会", "工信局"]);
    expect(mergeUnitsByCount(units, 4).merged).toBeNull();
    expect(mergeUnitsByCount([u("工改办", 1), u("工信局", 2), u("自然资源局", 3)], 2).merged).toBeNull();
  });
  it("flags a fragment that is neither unit nor person", () => {
    const { unsure } = toEntities(tokens("科技局", "科技创新平台建设", "蒋家兴"));
    expect(unsure.map((e) => e.name)).toEqual(["科技创新平台建设"]);
  });
  it("merges units that a role names whole", () => {
    const units: Entity[] = [
      { name: "疫情防控指挥部", kind: "unit", line: 1, group: 0 },
      { name: "一办十三组", kind: "unit", line: 2, group: 1 },
    ];
    expect(roleSubject("疫情防控指挥部一办十三组负责人")).toBe("疫情防控指挥部一办十三组");
    expect(mergeUnitsNamedByRoles(units, people("疫情防控指挥部一办十三组负责人", "林惠玲")).units.map((u) => u.name)).toEqual(["疫情防控指挥部一办十三组"]);
    expect(mergeUnitsNamedByRoles(units, people("蒋家兴")).units).toHaveLength(2);
  });
  it("lays runs onto column blocks in header order", () => {
    const blocks = columnBlocks(["seq", "section", "task", "units", "leaders", "supervisors"]);
    expect(blocks).toEqual([
      { kind: "unit", fields: ["units"] },
      { kind: "person", fields: ["leaders", "supervisors"] },
    ]);
    const ents: Entity[] = [{ name: "科技局", kind: "unit", line: 1, group: 0 }, ...people("蒋家兴", "庄天怀")];
    expect(assignBlocks(ents, blocks).perBlock.map((b) => b.map((e) => e.name))).toEqual([["科技局"], ["蒋家兴", "庄天怀"]]);
  });
  it("reports a unit after the people as out of order and keeps it", () => {
    const blocks = columnBlocks(["task", "units", "supervisors"]);
    const ents: Entity[] = [{ name: "科技局", kind: "unit", line: 1, group: 0 }, ...people("庄天怀"), { name: "财政局", kind: "unit", line: 3, group: 2 }];
    const r = assignBlocks(ents, blocks);
    expect(r.perBlock[0]!.map((e) => e.name)).toEqual(["科技局", "财政局"]);
    expect(r.outOfOrder.map((e) => e.name)).toEqual(["财政局"]);
  });
  it("splits lead and co units at the first name run", () => {
    const units: Entity[] = [
      { name: "区发改局", kind: "unit", line: 1, group: 0 },
      { name: "区财政局", kind: "unit", line: 1, group: 1 },
      { name: "区商务局", kind: "unit", line: 1, group: 1 },
    ];
    const r = splitUnitBlock(units, ["leadUnits", "coUnits"]);
    expect(r.parts.map((p) => p.map((e) => e.name))).toEqual([["区发改局"], ["区财政局", "区商务局"]]);
    expect(r.guessed).toBe(false);
  });
});

describe("joinRoleWraps: a role wrapped inside its place word", () => {
  it("joins `各镇镇` + `长、街道` into the role", () => {
    expect(joinRoleWraps(["林志雄", "各镇镇", "长、街道", "办事处主", "任"])).toEqual(["林志雄", "各镇镇长、街道", "办事处主", "任"]);
  });
  it("counter-examples: a complete name after a place, a person after a unit", () => {
    expect(joinRoleWraps(["各镇", "长泰县"])).toEqual(["各镇", "长泰县"]);
    expect(joinRoleWraps(["工信局", "林永红"])).toEqual(["工信局", "林永红"]);
  });
});

describe("leaders | supervisors: the document decides", () => {
  const fields = ["leaders", "supervisors"] as const;
  // other rows of the document: 林惠玲 and 庄天怀 supervise, 吴清淡 leads
  const samples = [
    { people: people("蒋家兴", "吴清淡", "林惠玲", "庄天怀"), target: 2 },
    { people: people("陈多多", "林惠玲"), target: 1 },
    { people: people("林永红", "庄天怀"), target: 1 },
  ];
  const row95 = people("陈多多", "吴清淡", "林惠玲");
  const votes = countVotes([...samples, { people: row95, target: 1 }]);

  it("moves a known leader out of the supervisors (row with fewer units than leaders)", () => {
    const learned = learnedFor(votes, row95, 1, fields);
    expect(chooseSplit(row95, 1, learned, fields)).toEqual({ k: 2, cost: 1 });
  });
  it("keeps the unit count when nothing speaks against it", () => {
    const row = people("蒋家兴", "庄天怀");
    expect(chooseSplit(row, 1, learnedFor(votes, row, 1, fields), fields).k).toBe(1);
  });
  it("moves a known supervisor out of the leaders (row with a unit without leader)", () => {
    const row = people("林永红", "庄天怀");
    expect(chooseSplit(row, 2, learnedFor(votes, row, 2, fields), fields)).toEqual({ k: 1, cost: 1 });
  });
  it("a row does not vote on itself", () => {
    const only = countVotes([{ people: people("甲乙", "丙丁"), target: 1 }]);
    expect(learnedFor(only, people("甲乙", "丙丁"), 1, fields).size).toBe(0);
  });
});

describe("flat layout end to end: 项目 fragments printed before the 序号", async () => {
  const { parseText } = await import("../../src/parse.js");
  const text = [
    "序号 项目 目标任务 责任单位 责任领导 分管市领导",
    "一、狠抓",
    "科技创新",
    "1",
    "大力培育高新技术企业。 科技局 蒋家兴 庄天怀",
    "2",
    "落实科技创新优惠政策。",
    "科技局",
    "蒋家兴",
    "庄天怀",
    "二、破解",
    "要素瓶颈",
    "3",
    "盘活闲置土地 2500亩以上。 工信局 林永红 庄天怀",
  ].join("\n");

  it("applies a heading printed before a row to that row and the rows below", async () => {
    const r = await parseText(text, { layout: "flat" });
    expect(r.tasks.map((t) => [t.seq, t.section])).toEqual([
      [1, ["一、狠抓科技创新"]],
      [2, ["一、狠抓科技创新"]],
      [3, ["二、破解要素瓶颈"]],
    ]);
    expect(r.tasks[1]).toMatchObject({ units: ["科技局"], leaders: ["蒋家兴"], supervisors: ["庄天怀"] });
    expect(r.diagnostics).toEqual([]);
  });
});

describe("a unit wrapped inside its own ending", async () => {
  const { joinCutEndings } = await import("../../src/layouts/flat/columns.js");
  it("joins the rest of an ending cut by the line break", () => {
    expect(joinCutEndings(["石化安控区指挥部办", "公室", "刘跃民"])).toEqual(["石化安控区指挥部办公室", "刘跃民"]);
    expect(joinCutEndings(["经济开发区管委", "会", "自然资源局"])).toEqual(["经济开发区管委会", "自然资源局"]);
  });
  it("counter-example: a piece whose ending is its own, or a name after a person, stays apart", () => {
    expect(joinCutEndings(["区发改局", "会"])).toEqual(["区发改局", "会"]);
    expect(joinCutEndings(["区人社局", "办公室"])).toEqual(["区人社局", "办公室"]);
    expect(joinCutEndings(["叶荣聪", "公室"])).toEqual(["叶荣聪", "公室"]);
    expect(joinCutEndings(["区委办", "区财政局、", "公室"])).toEqual(["区委办", "区财政局、", "公室"]);
  });
});

describe("segmentRows: numbering restarting under a section heading (flattened dumps)", () => {
  const head = "项目 序号 具体任务 责任领导 责任单位 分管副县长";
  const rowsOf = (...lines: string[]) => {
    const doc = src(head, ...lines);
    return segmentRows(doc, findFlatHeader(doc)!).rows.map((r) => ({ seq: r.seq, printed: r.printed, first: r.lines[0]?.text }));
  };
  it("numbers on a restart printed right under a heading line, the printed 序号 kept", () => {
    const rows = rowsOf("一、推动经济发展", "1", "新建厂房二期。", "甲 某 县工信局", "2", "新增企业 12 家。", "县工信局", "二、统筹城乡发展", "（一）完善基础设施", "1", "新建通组公路 60 公里。", "县交通局", "2", "推进水库除险加固。", "县水利局", "3", "新建基站 120 个。", "县工信局");
    expect(rows).toEqual([
      { seq: 1, printed: undefined, first: "新建厂房二期。" },
      { seq: 2, printed: undefined, first: "新增企业 12 家。" },
      { seq: 3, printed: 1, first: "新建通组公路 60 公里。" },
      { seq: 4, printed: 2, first: "推进水库除险加固。" },
      { seq: 5, printed: 3, first: "新建基站 120 个。" },
    ]);
  });
  it("does not restart without a heading line right above the 1 (a wrapped task's quantity, a second table)", () => {
    const rows = rowsOf("1", "新建厂房二期。", "县工信局", "2", "新增企业，完成", "1", "个示范园区。", "县工信局", "3", "新建基站。", "县工信局");
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
  });
  it("does not take a quantity after a heading line for a restart, nor a 1 with no 2 after it", () => {
    expect(rowsOf("1", "新建厂房。", "县工信局", "2", "新增企业。", "县工信局", "二、统筹城乡发展", "1 万亩高标准农田", "县农业局").map((r) => r.seq)).toEqual([1, 2]);
    expect(rowsOf("1", "新建厂房。", "县工信局", "2", "新增企业。", "县工信局", "二、统筹城乡发展", "1", "县农业局").map((r) => r.seq)).toEqual([1, 2]);
  });
  it("needs a run of rows before the restart (a lone number above the first row is no run)", () => {
    // `12 月底` (a 完成时限 cell) is no row number at all: the rows are 1 and 2, no restart
    expect(rowsOf("12 月底", "一、主要预期目标", "1", "地区生产总值增长 7%", "2", "工业增加值增长 8%").map((r) => ({ seq: r.seq, printed: r.printed }))).toEqual([
      { seq: 1, printed: undefined },
      { seq: 2, printed: undefined },
    ]);
    // a lone row number above the first row: still no run to restart
    expect(rowsOf("12", "一、主要预期目标", "1", "地区生产总值增长 7%", "2", "工业增加值增长 8%").map((r) => r.seq)).toEqual([12]);
  });
});
