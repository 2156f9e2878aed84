import { describe, expect, it } from "vitest";
import type { SourceLine } from "../../src/model/intermediate.js";
import { restartsUnderHeading, type RowBlock } from "../../src/layouts/flat/segment.js";

// Browser-printed table, `pdftotext` default mode: every cell is centred vertically, so a row's
// 序号 prints beside a middle line of its task; the task's first lines (and names printed beside
// them) come out above the number, after the section heading row.
const row = (texts: string[]): RowBlock => ({ seq: 6, line: 1, lines: texts.map((text, k) => ({ text, line: 10 + k, afterBreak: false })) });
const after = (texts: string[]): SourceLine[] => texts.map((text, k) => ({ text, line: 40 + k }));
const next = after(["1 造，新建农贸市场1个，集镇", "镇规划建设办公室 镇综合行政执法队", "污水管网延伸2.5公里", "实施农村人居环境整治，完", "2 成农村户厕改造380户，建成", "美丽屋场5个"]);
const sixth = ["举办第三届茶文化旅游节，打造", "6 乡村旅游精品线路2条", "镇文化服务中心"];

describe("numbering restarting under a heading, the 1 printed at its row's vertical centre", () => {
  it("a heading, one task piece with a name glued, then `1 <rest of the task>`: a restart", () => {
    expect(restartsUnderHeading(1, "造，新建农贸市场1个，集镇", row([...sixth, "二、乡村建设", "完成集镇主街道提质改 曹国强"]), next, 0)).toBe(true);
  });

  it("a heading, a task piece and a names line, the number's rest without punctuation: a restart", () => {
    const rows = row([...sixth, "三、民生事业", "巩固拓展脱贫攻坚成果，落", "镇农业农村办公室 镇社会事务办公室、"]);
    expect(restartsUnderHeading(1, "实防止返贫动态监测和帮扶", rows, next, 0)).toBe(true);
  });

  it("the heading as the row's last line still restarts (the number at the top of its cell)", () => {
    expect(restartsUnderHeading(1, "新建农贸市场1个", row([...sixth, "二、乡村建设"]), next, 0)).toBe(true);
  });

  it("counter-example: the line under the heading ends its sentence — a whole task, the 1 is a quantity's or its own row's", () => {
    expect(restartsUnderHeading(1, "造，新建农贸市场1个，集镇", row([...sixth, "二、乡村建设", "完成集镇主街道提质改造。"]), next, 0)).toBe(false);
  });

  it("counter-example: more task lines under the heading than a centred number leaves above it", () => {
    const rows = row([...sixth, "二、乡村建设", "完成集镇主街道提质改造，新", "建农贸市场1个，集镇污水管", "网延伸2.5公里，实施农村人", "居环境整治，完成户厕改造"]);
    expect(restartsUnderHeading(1, "造，新建农贸市场1个，集镇", rows, next, 0)).toBe(false);
  });

  it("counter-example: only names under the heading (a row's cells, no task start) restart nothing", () => {
    expect(restartsUnderHeading(1, "造，新建农贸市场1个，集镇", row([...sixth, "二、乡村建设", "镇规划建设办公室 曹国强"]), next, 0)).toBe(false);
  });

  it("counter-example: no 2 after the 1 (a lone number)", () => {
    expect(restartsUnderHeading(1, "造，新建农贸市场1个，集镇", row([...sixth, "二、乡村建设", "完成集镇主街道提质改 曹国强"]), after(["1 造，新建农贸市场1个，集镇", "镇规划建设办公室"]), 0)).toBe(false);
  });

  it("counter-example: a piece of task text under the number's line that is a quantity (`1 万亩`) is no row", () => {
    expect(restartsUnderHeading(1, "万亩高标准农田", row([...sixth, "二、乡村建设", "完成集镇主街道提质改 曹国强"]), next, 0)).toBe(false);
  });
});
