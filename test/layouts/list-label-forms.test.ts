// Label lines set in bold, as text copied out of a markdown page gives them (`**牵头单位**：X`, `**牵头单位：**X`),
// and the guard that keeps an unread label line (`X**：甲、乙`) from becoming a section's title.
import { describe, expect, it } from "vitest";
import { scanLabels } from "../../src/layouts/list/labels.js";
import { parseText } from "../../src/parse.js";
import type { Result } from "../../src/model/schema.js";

const rows = (r: Result) => r.tasks.map((t) => [t.seq, t.section, t.task, t.leadUnits, t.units, t.coUnits]);

describe("a label set in bold", () => {
  it("reads `**牵头单位**：` and `**牵头单位：**` as labels, the closing ** not part of the names", async () => {
    expect(scanLabels("**牵头单位**：县教育局").map((h) => [h.text, h.field, h.end])).toEqual([["牵头单位", "leadUnits", 9]]);
    expect(scanLabels("**牵头单位：**县教育局").map((h) => [h.text, h.field, h.end])).toEqual([["牵头单位", "leadUnits", 9]]);
    const r = await parseText(
      ["某县2024年政府工作报告重点任务分解", "", "一、稳增长", "1.新建学校3所。", "**牵头单位**：县教育局", "**配合单位**：县财政局、县住建局", "", "2.新增就业1000人。", "**牵头单位：**县人社局", "**配合单位：**县财政局、各乡镇"].join("\n"),
    );
    expect(rows(r)).toEqual([
      [1, ["一、稳增长"], "新建学校3所。", ["县教育局"], [], ["县财政局", "县住建局"]],
      [2, ["一、稳增长"], "新增就业1000人。", ["县人社局"], [], ["县财政局", "各乡镇"]],
    ]);
  });
  it("counter-example: bold names after a plain label keep their bold (a lead mark), and bold prose is no label", () => {
    expect(scanLabels("责任单位：**县农业农村局**、县财政局").map((h) => h.end)).toEqual([5]);
    expect(scanLabels("**全面完成**各项目标任务")).toEqual([]);
  });
});

describe("a bold line with a list after its colon is no section title", () => {
  it("an unread label line between tasks (here mangled past reading) is reported under the task above, not made the next task's section", async () => {
    const r = await parseText(
      ["某县2024年政府工作报告重点任务分解", "", "1.新建学校3所。", "牵头单位：县教育局", "", "配合单位 ** ：县财政局、县住建局", "", "2.新增就业1000人。", "牵头单位：县人社局"].join("\n"),
    );
    expect(rows(r).map((x) => x[1])).toEqual([[], []]);
    expect(r.tasks[0]!.review.map((x) => x.code)).toEqual(["UNPLACED_TEXT"]);
  });
  it("counter-example: a bold heading with a colon but no list stays a heading", async () => {
    const r = await parseText(
      ["某县2024年政府工作报告重点任务分解", "", "**第一部分：稳增长**", "", "1.新建学校3所。", "牵头单位：县教育局", "", "2.新增就业1000人。", "牵头单位：县人社局"].join("\n"),
    );
    expect(rows(r).map((x) => x[1])).toEqual([["第一部分：稳增长"], ["第一部分：稳增长"]]);
  });
});

describe("a unit label joined to its people (`主办单位及负责人：`, `承办单位和责任人：`)", () => {
  it("is one label of the unit's field, whatever the unit label's synonym", async () => {
    expect(scanLabels("主办单位及负责人：县发改局 刘强").map((h) => [h.text, h.field])).toEqual([["主办单位及负责人", "leadUnits"]]);
    expect(scanLabels("承办部门和责任人：县统计局 赵敏").map((h) => [h.text, h.field])).toEqual([["承办部门和责任人", "units"]]);
    const r = await parseText(["某县2024年重点任务分解", "", "1.地区生产总值增长6.5%。", "主办单位及负责人：县发改局 刘强", "承办单位及责任人：县统计局 赵敏；县财政局 孙波"].join("\n"));
    expect(r.tasks.map((t) => [t.task, t.leadUnits, t.units, t.leaders])).toEqual([["地区生产总值增长6.5%。", ["县发改局"], ["县统计局", "县财政局"], ["刘强", "赵敏", "孙波"]]]);
  });
  it("counter-example: people without a unit label before them stay a person label", () => {
    expect(scanLabels("单位负责人：张三").map((h) => [h.text, h.field])).toEqual([["单位负责人", "leaders"]]);
    // `项目` is no unit label: the run is not read as a unit label (nor, glued to 项目及, as a person label)
    expect(scanLabels("项目及负责人：张三").map((h) => [h.text, h.field])).toEqual([]);
  });
});
