// Detecting a flattened table (src/layouts/flat.ts numberedRowsAfter): two rows numbered one
// after the other after the header, wherever the run starts — a wrapped task line that starts
// with a number (`13 宗 446 亩…`) before the first row does not hide the rows.
import { describe, expect, it } from "vitest";
import { numberedRowsAfter } from "../../src/layouts/flat.js";
import { startsRow } from "../../src/layouts/flat/segment.js";

const lines = (...texts: string[]) => texts.map((text, k) => ({ text, line: k + 1 }));
const all = (n: number) => [...Array(n).keys()];

describe("numberedRowsAfter", () => {
  it("a run of two after a stray number", () => {
    const ls = lines("推进批而未供土地处置，加快", "13 宗 446 亩低效闲置用地再开发，坚决", "王伟", "47", "加强 8 个世界遗产点周边环境整治", "48", "深化文旅融合。");
    expect(numberedRowsAfter(ls, all(ls.length))).toBe(true);
  });

  it("counter-example: numbers that never follow one another (quantities at line starts, a lone row)", () => {
    const ls = lines("13 宗低效闲置用地再开发", "8 个世界遗产点周边环境整治", "47", "2024 年底前完成");
    expect(numberedRowsAfter(ls, all(ls.length))).toBe(false);
  });

  it("counter-example: the next number before the first is no run", () => {
    const ls = lines("48", "某项任务。", "47", "另一项任务。");
    expect(numberedRowsAfter(ls, all(ls.length))).toBe(false);
  });
});

describe("startsRow: a gap in the numbering before a whole row", () => {
  const row = (seq: number, ...texts: string[]) => ({ seq, line: 1, lines: texts.map((text, k) => ({ text, line: k + 2, afterBreak: false })) });

  it("a number with its task after a row that ended (a full stop, or a heading row after it)", () => {
    expect(startsRow(26, "新建改扩建幼儿园4所，新增学位1500个。 区教育局 叶小红", row(24, "推进河湖长制，完成河道清淤20公里。", "（四）增进民生福祉"))).toBe(true);
    expect(startsRow(26, "新建改扩建幼儿园4所，新增学位1500个。", row(24, "推进河湖长制，完成河道清淤20公里。"))).toBe(true);
  });

  it("counter-examples: the row above still open, a quantity after the number, a name after it, too far", () => {
    expect(startsRow(26, "新建改扩建幼儿园4所。", row(24, "推进河湖长制，完成河道"))).toBe(false);
    expect(startsRow(26, "个重点项目开工建设。", row(24, "推进河湖长制。"))).toBe(false);
    expect(startsRow(26, "区教育局 叶小红", row(24, "推进河湖长制。"))).toBe(false);
    expect(startsRow(40, "新建改扩建幼儿园4所。", row(24, "推进河湖长制。"))).toBe(false);
  });
});
