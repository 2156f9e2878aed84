// Stream-order dumps (pdftotext -raw, pdf.js) of Word-made and browser-made tables: the task's
// last wrapped words printed where the next column's cells begin. (1) After a task line ending on a
// word that binds forward (`…各`), the next piece is the task's even when it reads like a person
// (`项措施`: 项 is a surname). (2) The task's last words on one line with the first line of a unit
// that wraps (`项目建设 经济发展办（招商` | `办）`). Hand-written excerpts, fictional names; each rule
// with a counter-example.
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import { endsBindingForward, tailAfterBindingWord, taskTailBeforeWrappedUnit } from "../../src/layouts/flat/wrapends.js";

const line = (text: string, afterBreak = false) => ({ text, line: 1, afterBreak });
const lines = (...texts: string[]) => texts.map((t, k) => ({ text: t, line: k + 1, afterBreak: false }));

describe("a task line ending on a word that binds forward goes on in the next line", () => {
  it("endsBindingForward: 各, 的, 和", () => {
    expect(endsBindingForward("落实“外防输入、内防反弹”各")).toBe(true);
    expect(endsBindingForward("加快推进城乡融合发展的")).toBe(true);
    expect(endsBindingForward("统筹发展和")).toBe(true);
  });
  it("counter-examples: a line ending a clause, a noun, 等", () => {
    expect(endsBindingForward("做好常态化疫情防控，落实")).toBe(false);
    expect(endsBindingForward("推进老旧小区改造")).toBe(false);
    expect(endsBindingForward("交通、水利、能源等")).toBe(false);
    // names printed after the task on its line: 各 opens a unit of the list (`县直各` | `部门`)
    expect(endsBindingForward("新增集成服务事项 20 项 陈 浩 县数据局 县政务服务中心、县直各")).toBe(false);
    expect(endsBindingForward("县政务服务中心、县直各")).toBe(false);
  });
  it("tailAfterBindingWord: the next piece is the task's even when it reads like a person, the names after it kept", () => {
    expect(tailAfterBindingWord("落实“外防输入、内防反弹”各", line("项措施"))).toEqual({ tail: "项措施", names: "" });
    expect(tailAfterBindingWord("落实“外防输入、内防反弹”各", line("项措施 何晓燕 镇卫生院"))).toEqual({ tail: "项措施", names: "何晓燕 镇卫生院" });
  });
  it("counter-examples: a task line that ends otherwise, a page break, a heading", () => {
    expect(tailAfterBindingWord("落实“外防输入、内防反弹”措施", line("何晓燕"))).toBeNull();
    expect(tailAfterBindingWord("落实“外防输入、内防反弹”各", line("项措施", true))).toBeNull();
    expect(tailAfterBindingWord("落实“外防输入、内防反弹”各", line("二、社会事业"))).toBeNull();
    // a whole unit: the task's rest is printed after a page break (`…控制在` | `区人社局 各街道 曹丽萍` | header | `5.5%以内`)
    expect(tailAfterBindingWord("城镇调查失业率控制在", line("区人社局 各街道 曹丽萍"))).toBeNull();
  });
});

describe("the task's last words on the line where a wrapped unit begins", () => {
  it("taskTailBeforeWrappedUnit: the next line closes the unit's bracket", () => {
    expect(taskTailBeforeWrappedUnit(lines("项目建设 经济发展办（招商", "办）", "钟海涛"), 0, "全力服务辖区重点")).toEqual({ tail: "项目建设", names: "经济发展办（招商" });
    // (pdf.js prints the unit's rest with the next cells on one line)
    expect(taskTailBeforeWrappedUnit(lines("项目建设 经济发展办（招商", "办） 钟海涛 规划建设办"), 0, "全力服务辖区重点")).toEqual({ tail: "项目建设", names: "经济发展办（招商" });
  });
  it("counter-examples: the first word opens like a unit, the task ended, the next line finishes the first word, nothing wraps", () => {
    // a unit column's wrapped name first, a person after it: its rest on the next line
    expect(taskTailBeforeWrappedUnit(lines("区古城保护 张建华", "发展指挥部"), 0, "推进古城保护")).toBeNull();
    expect(taskTailBeforeWrappedUnit(lines("项目建设 经济发展办（招商", "办）"), 0, "全力服务辖区重点项目。")).toBeNull();
    // no bracket: the rest joined to the first word also makes a unit, so it may be the first word's
    expect(taskTailBeforeWrappedUnit(lines("项目建设 经济发展", "办"), 0, "全力服务辖区重点")).toBeNull();
    expect(taskTailBeforeWrappedUnit(lines("项目建设 经济发展办", "钟海涛"), 0, "全力服务辖区重点")).toBeNull();
  });
});

describe("in a row (flat layout, -raw print of a table with a 完成时限 column)", () => {
  const text = [
    "附件",
    "2024 年街道政府工作报告目标任务责任清单",
    "序号 工作内容 责任单位 责任人 协同单位 完成时限",
    "一、经济发展",
    "1",
    "完成区下达的固定资产投资任务 16 亿元，",
    "全力服务辖区重点",
    "项目建设 经济发展办（招商",
    "办）",
    "钟海涛",
    "规划建设办",
    "12 月底",
    "2",
    "做好常态化疫情防控，落实",
    "“外防输入、内防反弹”各",
    "项措施",
    "社会事务办",
    "何晓燕",
    "各社区居委会",
    "12 月底",
    "3",
    "培育楼宇经济，新增税收千万元楼宇 1 幢",
    "经济发展办（招商",
    "办）",
    "钟海涛",
    "财政所",
    "12 月底",
  ].join("\n");
  it("reads each row's task and names", async () => {
    const r = await parseText(text, { layout: "flat" });
    const rows = r.tasks.map((t) => ({ seq: t.seq, task: t.task.replace(/\s+/g, ""), units: t.units, leaders: t.leaders, coUnits: t.coUnits }));
    expect(rows).toEqual([
      { seq: 1, task: "完成区下达的固定资产投资任务16亿元，全力服务辖区重点项目建设", units: ["经济发展办（招商办）"], leaders: ["钟海涛"], coUnits: ["规划建设办"] },
      { seq: 2, task: "做好常态化疫情防控，落实“外防输入、内防反弹”各项措施", units: ["社会事务办"], leaders: ["何晓燕"], coUnits: ["各社区居委会"] },
      { seq: 3, task: "培育楼宇经济，新增税收千万元楼宇1幢", units: ["经济发展办（招商办）"], leaders: ["钟海涛"], coUnits: ["财政所"] },
    ]);
  });
});
