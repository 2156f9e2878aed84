import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";

// LibreOffice PDF, `pdftotext` default mode: a heading row spanning the table and the 序号 of the
// row under it are printed at the page's end; that row's task stands without its number
const notice = (after: string[]): string =>
  [
    "附件",
    "2022 年度区《政府工作报告》目标任务责任分解表",
    "序号",
    "具体任务",
    "牵头单位",
    "分管领导",
    "1",
    "地区生产总值增长 8%左右。",
    "区发改局",
    "庄垂生",
    "2",
    "工业增加值增长 7%。",
    "区工信局",
    "吴小纲",
    "大力实施“重龙头、强品牌、铸链条”行动，力争省工业龙头企业达到 12 家以上。",
    "区工信局",
    "吴小纲",
    "4",
    "深入实施“绿色数字技改”行动，争取技改投资增长 10% 以上。",
    "区工信局",
    "吴小纲",
    ...after,
    "5",
    "用好“五十百千”政策，再引进平台经济项目超 10 亿元。",
    "区招商办",
    "吴小纲",
  ].join("\n");
const HEADING = "(一) 聚力转型攻坚，推动提质力促提级";

describe("a heading row printed at the page's end with the 序号 of the row it heads", () => {
  it("heads that row and the rows after it, each flagged", async () => {
    const r = await parseText(notice([HEADING, "3"]), { layout: "flat" });
    expect(r.tasks.map((t) => [t.seq, t.section])).toEqual([
      [1, []],
      [2, []],
      [3, [HEADING]],
      [4, [HEADING]],
      [5, [HEADING]],
    ]);
    expect(r.tasks[3]!.task).toBe("深入实施“绿色数字技改”行动，争取技改投资增长 10% 以上。");
    const late = r.diagnostics.filter((d) => d.code === "FLAT_HEADING_PRINTED_LATE").map((d) => d.seq);
    expect(late).toEqual([3, 4]);
  });

  it("counter-example: a heading row followed by no number heads only the rows after it", async () => {
    const r = await parseText(notice([HEADING]), { layout: "flat" });
    expect(r.tasks.map((t) => t.section)).toEqual([[], [], [], [], [HEADING]]);
    expect(r.diagnostics.some((d) => d.code === "FLAT_HEADING_PRINTED_LATE")).toBe(false);
  });

  it("counter-example: a number after the heading that is a row printed with its own number moves nothing", async () => {
    const r = await parseText(notice([HEADING, "2"]).replace("大力实施", "3\n大力实施"), { layout: "flat" });
    expect(r.tasks.slice(0, 4).map((t) => t.section)).toEqual([[], [], [], []]);
    expect(r.diagnostics.some((d) => d.code === "FLAT_HEADING_PRINTED_LATE")).toBe(false);
  });
});
