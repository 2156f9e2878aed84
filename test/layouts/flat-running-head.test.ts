import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import { runningHeads } from "../../src/layouts/flat/pagetail.js";

// LibreOffice PDF, `pdftotext` default mode: each page starts with the document's running head,
// which reading order can put amid a row cut by the page break
const HEAD = "泉港区2020年政府工作报告目标任务责任分解";
const notice = (heads: number): string => {
  const page = (n: number) => (n < heads ? ["", `—${n + 1}—`, "", HEAD, ""] : ["", `—${n + 1}—`, ""]);
  return [
    "附件：2020年区政府工作报告目标任务责任分解表",
    "序号",
    "具体目标任务",
    "牵头单位",
    "1",
    "创建文创培训、美食、服装、夜市等特色街区。",
    "城管局",
    ...page(0),
    "2",
    "培育发展建材、汽车、花卉等专",
    ...page(1),
    "业市场。",
    "商务局",
    ...page(2),
    "3",
    "推动生活性服务业向高品质和多样化升级。",
    "商务局",
  ].join("\n");
};

describe("a running head printed at the top of every page (pdftotext default)", () => {
  it("is page furniture: not task text, not a name", async () => {
    const r = await parseText(notice(3), { layout: "flat" });
    expect(r.tasks.map((t) => [t.seq, t.task.replace(/\s/g, ""), t.leadUnits])).toEqual([
      [1, "创建文创培训、美食、服装、夜市等特色街区。", ["城管局"]],
      [2, "培育发展建材、汽车、花卉等专业市场。", ["商务局"]],
      [3, "推动生活性服务业向高品质和多样化升级。", ["商务局"]],
    ]);
  });

  it("counter-example: a line printed only twice is not taken for a running head", async () => {
    const r = await parseText(notice(2), { layout: "flat" });
    expect(r.tasks.find((t) => t.seq === 2)!.task).toContain(HEAD);
  });
});

describe("runningHeads", () => {
  const at = (texts: string[]) => texts.map((text, k) => ({ text, line: k + 1 }));
  it("a line of prose amid different text each time is a running head; a cell printed in many rows is not", () => {
    const lines = at([HEAD, "序号", "1", HEAD, "科技局", "2", HEAD, "蒋家兴", "市政府工作部门主要负", "责人、各镇镇长", "林永红", "市政府工作部门主要负", "责人、各镇镇长", "庄天怀", "市政府工作部门主要负", "责人、各镇镇长"]);
    expect([...runningHeads(lines)]).toEqual([HEAD]);
  });
});
