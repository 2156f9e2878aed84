// Classes of the sixth real-like set (fixtures/real-like, issue 15 §1 and §3): one `describe` per
// rule, each with a counter-example that looks alike and must not be read the same way.
import { describe, expect, it } from "vitest";
import { readNumbering } from "../../src/layouts/list/numbering.js";
import { joinPaddedNumbers } from "../../src/layouts/list/blocks.js";
import { asColonLabels } from "../../src/layouts/list/labels.js";
import { withoutTaskLabel } from "../../src/layouts/list.js";
import { isHeaderRow, mapHeader, mapHeaders } from "../../src/table/headers.js";
import { explainsLeadMarks, rewriteLeadMarks } from "../../src/table/leadmarks.js";
import { splitUnitPersons, unitPersonFields } from "../../src/table/unitpersons.js";
import { annotateTrailingTitles, splitGlued } from "../../src/names/split.js";
import { parseText } from "../../src/parse.js";
import type { Result } from "../../src/model/schema.js";

const rows = (r: Result) =>
  r.tasks.map((t) => ({ seq: t.seq, section: t.section, task: t.task, lead: t.leadUnits, units: t.units, co: t.coUnits, leaders: t.leaders, sup: t.supervisors, review: t.review.map((x) => x.code) }));
const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe("section-prefixed numbers (1-1, 2-3)", () => {
  it("reads `1-1 ` and `2－3、` as task numbers within a section", () => {
    expect(readNumbering("1-1 地区生产总值增长6%左右。")).toMatchObject({ style: "hyphenated", number: 1 });
    expect(readNumbering("2－3、完成农村危房改造200户。")).toMatchObject({ style: "hyphenated", number: 3 });
  });
  it("counter-example: a range of months or years at the start of a line is a quantity, a date no number", () => {
    expect(readNumbering("1-2月份规模以上工业增加值增长8%。")?.style).not.toBe("hyphenated");
    expect(readNumbering("3-5年内建成")?.style).not.toBe("hyphenated");
    expect(readNumbering("2024-03-08 18:30 发表于青岚")?.style).not.toBe("hyphenated");
  });
  it("numbers the tasks by their running order under their headings", async () => {
    const r = await parseText(["2024年重点任务清单", "一、稳增长", "1-1 地区生产总值增长6%左右。（牵头单位：区发改局）", "1-2 固定资产投资增长7%。（牵头单位：区发改局）", "二、惠民生", "2-1 城镇新增就业4000人。（牵头单位：区人社局）"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.section, x.task, x.lead])).toEqual([
      [1, ["一、稳增长"], "地区生产总值增长6%左右。", ["区发改局"]],
      [2, ["一、稳增长"], "固定资产投资增长7%。", ["区发改局"]],
      [3, ["二、惠民生"], "城镇新增就业4000人。", ["区人社局"]],
    ]);
  });
});

describe("schedule columns (一季度 … 四季度) are header words", () => {
  it("a header with quarter columns is a header; the quarters map to no field", () => {
    expect(isHeaderRow(["序号", "重点任务", "一季度", "二季度", "三季度", "四季度", "牵头单位", "责任单位"])).toBe(true);
    expect(mapHeader("一季度")).toBe("other");
  });
  it("counter-example: quarter words alone (a schedule table without tasks or units) make no header", () => {
    expect(isHeaderRow(["一季度", "二季度", "三季度", "四季度"])).toBe(false);
    expect(isHeaderRow(["项目", "一季度", "二季度", "上半年"])).toBe(false);
  });
});

describe("a bare 单位 column beside a unit column is the unit of measure", () => {
  it("joins the task (指标名称 | 单位 | 目标)", () => {
    expect(mapHeaders(["序号", "指标名称", "单位", "2024年目标", "责任单位"])).toEqual(["seq", "task", "task", "task", "units"]);
    expect(mapHeaders(["序号", "指标", "计量单位", "目标值", "牵头单位"])[2]).toBe("task");
  });
  it("counter-example: a bare 单位 as the only unit column holds the responsible units", () => {
    expect(mapHeaders(["序号", "工作任务", "单位", "分管领导"])).toEqual(["seq", "task", "units", "supervisors"]);
  });
});

describe("lead marks: ★X, X*, **X**", () => {
  it("rewrites the marked name with the role note （牵头）, wherever it stands in the list", () => {
    expect(rewriteLeadMarks("★区发改局、区统计局")).toBe("区发改局（牵头）、区统计局");
    expect(rewriteLeadMarks("区住建局、★区城管局、各街道办事处")).toBe("区住建局、区城管局（牵头）、各街道办事处");
    expect(rewriteLeadMarks("镇社会事务办、镇财政所*")).toBe("镇社会事务办、镇财政所（牵头）");
    expect(rewriteLeadMarks("县财政局、**县医保局**")).toBe("县财政局、县医保局（牵头）");
  });
  it("counter-example: a list without marks is left alone; a note without the mark explains nothing", () => {
    expect(rewriteLeadMarks("区发改局、区统计局")).toBeNull();
    expect(explainsLeadMarks("（责任单位中标注★的为牵头单位）")).toBe(true);
    expect(explainsLeadMarks("注：责任单位后标“*”的为牵头单位。")).toBe(true);
    expect(explainsLeadMarks("说明：责任单位中加粗的为牵头单位。")).toBe(true);
    expect(explainsLeadMarks("★重点项目：列第一位的为牵头单位")).toBe(false);
  });
  it("reads the marked unit as the lead; unexplained marks are read the same but flagged", async () => {
    const table = ["序号\t重点任务\t责任单位", "1\t新增城镇就业5000人。\t★区人社局、区财政局", "2\t完成老旧小区改造12个。\t区住建局、★区城管局"];
    const explained = await parseText(["2024年重点任务分工表", "（标注★的为牵头单位）", ...table].join("\n"));
    expect(rows(explained).map((x) => [x.lead, x.units, x.review])).toEqual([
      [["区人社局"], ["区财政局"], []],
      [["区城管局"], ["区住建局"], []],
    ]);
    const bare = await parseText(["2024年重点任务分工表", ...table].join("\n"));
    expect(rows(bare).map((x) => [x.lead, x.units, x.review])).toEqual([
      [["区人社局"], ["区财政局"], ["LEAD_FROM_MARK"]],
      [["区城管局"], ["区住建局"], ["LEAD_FROM_MARK"]],
    ]);
  });
});

describe("挂帅领导 is a supervising leader", () => {
  it("maps 挂帅领导 / 挂帅市领导 to supervisors", () => {
    expect(mapHeader("挂帅领导")).toBe("supervisors");
    expect(mapHeader("挂帅市领导")).toBe("supervisors");
  });
  it("counter-example: 挂帅 without a leader word is no leader column", () => {
    expect(mapHeader("挂帅项目")).not.toBe("supervisors");
  });
});

describe("labels written as a sentence: 牵头单位为X", () => {
  it("reads `牵头单位为X，配合单位为Y` as labels", async () => {
    expect(asColonLabels("（牵头单位为市发改委，配合单位为市统计局）")).toBe("（牵头单位：市发改委，配合单位：市统计局）");
    expect(asColonLabels("（牵头责任单位为市发改委，主要责任单位为市统计局）")).toBe("（牵头责任单位：市发改委，主要责任单位：市统计局）");
    const r = await parseText(["2024年重点任务分工", "1.地区生产总值增长5.5%左右。（牵头单位为市发改委，配合单位为市统计局）", "2.建成区域医疗中心1个。（责任单位为市卫健委）"].join("\n"));
    expect(rows(r).map((x) => [x.task, x.lead, x.units, x.co])).toEqual([
      ["地区生产总值增长5.5%左右。", ["市发改委"], [], ["市统计局"]],
      ["建成区域医疗中心1个。", [], ["市卫健委"], []],
    ]);
  });
  it("counter-example: the label word inside a clause, or before 为主, is no label", () => {
    expect(asColonLabels("坚持以牵头单位为主、配合单位协同推进")).toBe("坚持以牵头单位为主、配合单位协同推进");
    expect(asColonLabels("（责任单位为主体）")).toBe("（责任单位为主体）");
    expect(asColonLabels("（主要单位为市属国企）")).toBe("（主要单位为市属国企）");
  });
});

describe("a task opening with its own column's name as a label", () => {
  it("drops `目标任务：` / `工作任务：`", () => {
    expect(withoutTaskLabel("目标任务：全镇工业总产值增长10%。")).toBe("全镇工业总产值增长10%。");
    expect(withoutTaskLabel("工作任务：建成镇文化活动中心。")).toBe("建成镇文化活动中心。");
  });
  it("counter-example: a topic or an indicator before a colon stays", () => {
    expect(withoutTaskLabel("地区生产总值：增长7%左右。")).toBe("地区生产总值：增长7%左右。");
    expect(withoutTaskLabel("科技创新：新增高新技术企业30家。")).toBe("科技创新：新增高新技术企业30家。");
    expect(withoutTaskLabel("目标任务：")).toBe("目标任务：");
  });
});

describe("zero-padded section numbers of a WeChat article (01 over its heading)", () => {
  it("joins a lone `01` to the short heading under it, and reads it as a section", async () => {
    expect(joinPaddedNumbers(lines(["01", "", "推动经济稳进提质"])).map((l) => l.text)).toEqual(["01 推动经济稳进提质"]);
    const r = await parseText(["2024年任务分解", "01", "推动经济稳进提质", "1.地区生产总值增长6.5%左右。", "牵头单位：区发改局", "02", "提升城市功能品质", "2.开工城市更新项目15个。", "牵头单位：区住建局"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.section, x.lead])).toEqual([
      [1, ["01 推动经济稳进提质"], ["区发改局"]],
      [2, ["02 提升城市功能品质"], ["区住建局"]],
    ]);
  });
  it("counter-example: a lone number over a numbered or a sentence line stays a page number", () => {
    expect(joinPaddedNumbers(lines(["01", "1.地区生产总值增长6%。"])).map((l) => l.text)).toEqual(["01", "1.地区生产总值增长6%。"]);
    expect(joinPaddedNumbers(lines(["03", "全年完成投资600亿元。"])).map((l) => l.text)).toEqual(["03", "全年完成投资600亿元。"]);
    expect(readNumbering("01 推动经济稳进提质")?.style).toBe("padded");
    expect(readNumbering("01.推动经济稳进提质")?.style).not.toBe("padded");
  });
});

describe("a title printed after a leader's name", () => {
  it("is the person's annotation: `张明 副市长` → `张明（副市长）`", () => {
    expect(annotateTrailingTitles("张明 副市长")).toBe("张明（副市长）");
    expect(annotateTrailingTitles("杨帆 副市长、何丽 市政府秘书长")).toBe("杨帆（副市长）、何丽（市政府秘书长）");
  });
  it("counter-example: two names side by side, or a name and a function, stay apart", () => {
    expect(annotateTrailingTitles("王强 李敏")).toBe("王强 李敏");
    expect(annotateTrailingTitles("王强 分管领导")).toBe("王强 分管领导");
    expect(annotateTrailingTitles("副县长 王芳")).toBe("副县长 王芳");
  });
});

describe("units written with their person under a 单位及责任人 header", () => {
  it("splits unit and person, bracketed or after a space", () => {
    expect(splitUnitPersons("县住建局（申华）、县城管局（季明）")).toEqual({ units: "县住建局、县城管局", persons: ["申华", "季明"] });
    expect(splitUnitPersons("县统计局 赵敏；县财政局 孙波")).toEqual({ units: "县统计局；县财政局", persons: ["赵敏", "孙波"] });
    expect([...unitPersonFields([{ text: "牵头单位及责任人", field: "leadUnits" }, { text: "配合单位", field: "coUnits" }])]).toEqual(["leadUnits"]);
  });
  it("counter-example: a unit's annotation is no person; a plain 责任单位 header pairs nothing", async () => {
    expect(splitUnitPersons("区发改局（区重点办）、区财政局")).toBeNull();
    expect([...unitPersonFields([{ text: "责任单位", field: "units" }])]).toEqual([]);
    const r = await parseText(["2024年重点任务分解表", "序号\t目标任务\t责任单位\t配合单位", "1\t地区生产总值增长6%。\t县发改局（县重点办）\t县统计局", "2\t新增城镇就业2800人。\t县人社局\t县财政局"].join("\n"));
    expect(rows(r)[0]).toMatchObject({ units: ["县发改局（县重点办）"], leaders: [] });
  });
});

describe("the member units of a body stay one collective", () => {
  it("keeps `市安委会各成员单位` whole", () => {
    expect(splitGlued("市安委会各成员单位")).toEqual(["市安委会各成员单位"]);
    expect(splitGlued("区防汛抗旱指挥部各成员单位")).toEqual(["区防汛抗旱指挥部各成员单位"]);
    // a committee written short (`禁毒委`, `食安委`, `安委`): its members
    expect(splitGlued("县禁毒委各成员单位")).toEqual(["县禁毒委各成员单位"]);
    expect(splitGlued("市食安委各成员单位")).toEqual(["市食安委各成员单位"]);
  });
  it("counter-example: a commission that is itself a department (`发改委`) glued to members is split", () => {
    expect(splitGlued("县发改委各成员单位")).toEqual(["县发改委", "各成员单位"]);
  });
  it("counter-example: a unit glued to a standalone collective is still split", () => {
    expect(splitGlued("区直有关单位各镇（街道）")).toEqual(["区直有关单位", "各镇（街道）"]);
  });
});

describe("a title after a name, against titles that open the next person", () => {
  it("counter-example: `常务副县长 李明 副县长 王海军` keeps each title before its name", () => {
    expect(annotateTrailingTitles("常务副县长 李明 副县长 王海军")).toBe("常务副县长 李明 副县长 王海军");
    expect(annotateTrailingTitles("李明 副县长")).toBe("李明（副县长）");
  });
});

describe("the note explaining lead marks is a remark, not a heading", () => {
  it("keeps `（带★的为牵头单位）` out of the sections", async () => {
    const r = await parseText(["2024年重点任务分解", "（带★的为牵头单位）", "1.地区生产总值增长6%。", "责任单位：★区发改局、区统计局", "2.新增就业5000人。", "责任单位：区财政局、★区人社局"].join("\n"));
    expect(rows(r).map((x) => [x.section, x.lead, x.units, x.review])).toEqual([
      [[], ["区发改局"], ["区统计局"], []],
      [[], ["区人社局"], ["区财政局"], []],
    ]);
  });
  it("counter-example: a short bracketed line that explains nothing stays a heading", async () => {
    const r = await parseText(["2024年重点任务分解", "一、稳增长", "1.地区生产总值增长6%。", "责任单位：区发改局", "二、惠民生", "2.新增就业5000人。", "责任单位：区人社局"].join("\n"));
    expect(rows(r).map((x) => x.section)).toEqual([["一、稳增长"], ["二、惠民生"]]);
  });
});
