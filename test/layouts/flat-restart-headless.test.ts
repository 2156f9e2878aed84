import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import { parseSeqLine } from "../../src/layouts/flat/fragments.js";

// Word-made table, `pdftotext` default mode: the 序号 restarts at 1 in each section, but the
// section's heading row is printed after the page's rows, so nothing heads the restarted 1
const rowsOf = (n: number, from: string) =>
  Array.from({ length: n }, (_, i) => [String(i + 1), "", `${from}第${i + 1}项任务建设，全年完成投资 ${i + 2} 亿元`, "", "区发改局", "", "张伟", ""]).flat();
const notice = (second: string[], late = "二、推进城乡统筹"): string =>
  [
    "附件",
    "",
    "2018 年区政府工作报告工作任务责任分工",
    "序号",
    "",
    "工作任务",
    "",
    "责任单位",
    "",
    "分管区领导",
    "",
    "一、做强实体经济",
    ...rowsOf(3, "推进产业"),
    ...second,
    "",
    late,
    "",
  ].join("\n");

describe("numbering restarting at 1 with no heading above it (heading printed late)", () => {
  it("reads the restarted rows, numbered on, each flagged for its section", async () => {
    const r = await parseText(notice(rowsOf(3, "推进城乡")), { layout: "flat" });
    expect(r.tasks.map((t) => t.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(r.tasks[3]!.task).toBe("推进城乡第1项任务建设，全年完成投资 2 亿元");
    expect(r.tasks[5]!.task).toBe("推进城乡第3项任务建设，全年完成投资 4 亿元");
    expect(r.tasks[4]!.units).toEqual(["区发改局"]);
    // the one heading printed after the rows goes on from 一、: it stood above the one restart
    expect(r.tasks.map((t) => t.section)).toEqual([["一、做强实体经济"], ["一、做强实体经济"], ["一、做强实体经济"], ["二、推进城乡统筹"], ["二、推进城乡统筹"], ["二、推进城乡统筹"]]);
    const flagged = r.diagnostics.filter((d) => d.code === "SEQ_RESTART_HEADING_BY_ORDER").map((d) => d.seq);
    expect(flagged).toEqual([4, 5, 6]);
    for (const t of r.tasks.slice(3)) expect(t.review?.map((x) => x.code)).toContain("SEQ_RESTART_HEADING_BY_ORDER");
    for (const t of r.tasks.slice(0, 3)) expect(t.review?.map((x) => x.code) ?? []).not.toContain("SEQ_RESTART_HEADING_BY_ORDER");
  });

  it("counter-example: a late heading whose ordinal does not go on (三、 after 一、) is not paired; the rows say their section is unknown", async () => {
    const r = await parseText(notice(rowsOf(3, "推进城乡"), "三、保障改善民生"), { layout: "flat" });
    expect(r.tasks.map((t) => t.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(r.diagnostics.some((d) => d.code === "SEQ_RESTART_HEADING_BY_ORDER")).toBe(false);
    expect(r.diagnostics.filter((d) => d.code === "SEQ_RESTART_NO_HEADING").map((d) => d.seq)).toEqual([4, 5, 6]);
    for (const t of r.tasks.slice(3)) expect(t.review?.map((x) => x.code)).toContain("SEQ_RESTART_NO_HEADING");
  });

  it("counter-example: two restarts and one late heading: counts disagree, nothing paired", async () => {
    const r = await parseText(notice([...rowsOf(3, "推进城乡"), ...rowsOf(3, "保障民生")]), { layout: "flat" });
    expect(r.tasks.map((t) => t.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(r.diagnostics.some((d) => d.code === "SEQ_RESTART_HEADING_BY_ORDER")).toBe(false);
    expect(r.diagnostics.filter((d) => d.code === "SEQ_RESTART_NO_HEADING").map((d) => d.seq)).toEqual([4, 5, 6, 7, 8, 9]);
  });

  it("counter-example: a lone 1 not followed by a bare 2 and 3 restarts nothing", async () => {
    // the 1 is followed by task prose but the numbers after it are not 2, 3 (a stray quantity line)
    const second = ["1", "", "推进城乡第1项任务建设，全年完成投资 2 亿元", "", "区发改局", "", "张伟", "", "4", "", "推进第4项任务建设，全年完成投资 5 亿元", "", "区发改局", "", "张伟", ""];
    const r = await parseText(notice(second), { layout: "flat" });
    expect(r.diagnostics.some((d) => d.code === "SEQ_RESTART_NO_HEADING")).toBe(false);
    expect(r.tasks.map((t) => t.seq)).toEqual([1, 2, 3, 4]);
  });

  it("counter-example: a lone 1 before a name (a cell, not a task) restarts nothing", async () => {
    const second = ["1", "", "区发改局", "", ...rowsOf(3, "推进城乡").slice(8)];
    const r = await parseText(notice(second), { layout: "flat" });
    expect(r.diagnostics.some((d) => d.code === "SEQ_RESTART_NO_HEADING")).toBe(false);
  });

  it("counter-example: a 序号 column printed as a block (1, 2, 3 with no task after each) restarts nothing", async () => {
    const block = ["1", "", "推进城乡第1项任务建设，全年完成投资 2 亿元", "2", "", "3", "", "区发改局"];
    const r = await parseText(notice(block), { layout: "flat" });
    expect(r.tasks.map((t) => t.seq)).toEqual([1, 2, 3]);
    expect(r.diagnostics.some((d) => d.code.startsWith("SEQ_RESTART"))).toBe(false);
  });

  it("a deadline cell is not a row number (`12 月底`), a task after a number is", () => {
    expect(parseSeqLine("12 月底")).toBeNull();
    expect(parseSeqLine("12 推进城乡建设。")).toEqual({ seq: 12, rest: "推进城乡建设。" });
  });
});
