// Page furniture read from positioned runs (src/layouts/pdf-cells.ts furnitureRuns): a running
// head printed a little below the margin band (a deep top margin, a landscape page) is dropped
// when it stands at the same height on the pages; the same text at other heights is content.
import { describe, expect, it } from "vitest";
import { furnitureRuns } from "../../src/layouts/pdf-cells.js";
import type { PageContent, TextRun } from "../../src/model/intermediate.js";

const run = (text: string, x: number, top: number, size = 10): TextRun => ({ text, box: [x, top, x + [...text].length * size, top + size], fontSize: size });
/** A landscape page (595pt high: the 8% margin band ends at 47.6pt). */
const page = (number: number, runs: TextRun[]): PageContent => ({ number, width: 842, height: 595, runs, rules: [] });
const body = (top: number) => [run("序号", 50, top), run("具体任务", 90, top), run("1", 50, top + 30), run("推进某项工作", 90, top + 30), run("2", 50, top + 60)];
const texts = (set: Set<TextRun>) => [...set].map((r) => r.text);
/** The table's runs are never furniture (the layouts pass their cells as `keep`). */
const TABLE = new Set(["序号", "具体任务", "1", "推进某项工作", "2"]);
const keep = (r: TextRun) => TABLE.has(r.text);

describe("running heads just below the margin band", () => {
  it("a line at the same height on every page is furniture", () => {
    const head = "2020年目标任务责任分解表（续）";
    const pages = [1, 2, 3].map((n) => page(n, [run(head, 300, 48), ...body(73)]));
    expect(texts(furnitureRuns(pages, undefined, keep))).toEqual([head, head, head]);
  });

  it("counter-example: the same text at different heights is content (a title, a heading row)", () => {
    const title = "重点工作任务责任分解表";
    const pages = [page(1, [run(title, 300, 50), ...body(80)]), page(2, [...body(20), run(title, 300, 70)])];
    expect(texts(furnitureRuns(pages, undefined, keep))).toEqual([]);
  });

  it("counter-example: a line at that height on one page only is content", () => {
    const pages = [page(1, [run("附件：责任分解表", 300, 48), ...body(73)]), page(2, [run("二、民生保障", 50, 48), ...body(73)])];
    expect(texts(furnitureRuns(pages, undefined, keep))).toEqual([]);
  });
});
