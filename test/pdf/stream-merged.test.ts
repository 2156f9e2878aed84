// Unruled PDF tables (the stream layout) with vertically centred cells: a people column merged over rows, its name
// printed once at the middle of its span (src/layouts/streammerged.ts), and a cell of two lines centred on a row of
// one, its first line printed above the row's number (src/layouts/stream.ts bandsToRows).
import { describe, expect, it } from "vitest";
import type { Box, GridRow } from "../../src/model/intermediate.js";
import { centreMergedPeople } from "../../src/layouts/streammerged.js";
import { bandsToRows } from "../../src/layouts/stream.js";
import { run } from "../helpers/lattice.js";

const COLUMNS = ["序号", "重点工作", "联系省领导", "牵头单位"];

/** Row k printed from 30k to 30k + 20 on `page`; `name` (its text box centred at `at`) in the people column. */
function row(k: number, name?: string, at?: number, page = 1): GridRow {
  const box: Box | undefined = name && at !== undefined ? [200, at - 5, 230, at + 5] : undefined;
  return {
    cells: [{ lines: [{ text: String(k + 1) }] }, { lines: [{ text: `任务${k + 1}。` }] }, name ? { lines: [{ text: name }], ...(box ? { box } : {}) } : { lines: [] }, { lines: [{ text: "省发展改革委" }] }],
    page,
    bbox: [0, 30 * k, 300, 30 * k + 20],
  };
}
const people = (rows: GridRow[]) => rows.map((r) => r.cells[2]!.lines.map((l) => l.text).join(""));
const flagged = (rows: GridRow[]) => rows.map((r) => (r.review ?? []).map((x) => x.code).join(""));

describe("a merged people column centred in an unruled table", () => {
  it("gives each name the rows it is centred on, vouched when both ends of its span are fixed", () => {
    // rows 0–4 centred at 72.5 (0 … (140 + 150) / 2), rows 5–6 at 172.5 (145 … 200)
    const rows = [row(0), row(1), row(2, "甘博", 72.5), row(3), row(4), row(5, "邢岚", 172.5), row(6)];
    centreMergedPeople(rows, [[0, 1, 2, 3, 4, 5, 6]], COLUMNS);
    expect(people(rows)).toEqual(["甘博", "甘博", "甘博", "甘博", "甘博", "邢岚", "邢岚"]);
    expect(flagged(rows)).toEqual(["", "", "", "", "", "", ""]);
    // the span's first row holds the merged cell, the rows below inherit it (the name's own row too)
    expect(rows.map((r) => r.cells[2]!.spanned === true)).toEqual([false, true, true, true, true, false, true]);
  });

  it("a name not at the middle of any span: shared out the same way, every row of its span and its neighbour's flagged", () => {
    const rows = [row(0), row(1, "甘博", 35), row(2), row(3), row(4, "邢岚", 135), row(5)];
    centreMergedPeople(rows, [[0, 1, 2, 3, 4, 5]], COLUMNS);
    expect(people(rows).every((p) => p !== "")).toBe(true);
    expect(flagged(rows).filter((c) => c === "MERGED_SPAN_GUESSED").length).toBeGreaterThanOrEqual(4);
  });

  it("a span crossing a page break is a guess: flagged", () => {
    const rows = [row(0), row(1, "甘博", 40), row(2), row(0, undefined, undefined, 2), row(1, undefined, undefined, 2)];
    centreMergedPeople(rows, [[0, 1, 2, 3, 4]], COLUMNS);
    expect(people(rows)).toEqual(["甘博", "甘博", "甘博", "甘博", "甘博"]);
    expect(flagged(rows)).toEqual(Array(5).fill("MERGED_SPAN_GUESSED"));
  });

  it("a cell of two names centred across a row boundary, split over the two rows, is one cell again", () => {
    // rows 0–2 centred at 42.5 (0 … 85): 柏舟 35–45 read with row 1, 邢岚 47–57 (a line's leading below) with row 1… row 2
    const split = (k: number, name: string, top: number): GridRow => ({ ...row(k), cells: row(k).cells.map((c, i) => (i === 2 ? { lines: [{ text: name }], box: [200, top, 230, top + 10] as Box } : c)) });
    const rows = [row(0), split(1, "柏舟", 32), split(2, "邢岚", 44), row(3), row(4, "蓝野", 130), row(5)];
    centreMergedPeople(rows, [[0, 1, 2, 3, 4, 5]], COLUMNS);
    expect(rows.slice(0, 3).map((r) => r.cells[2]!.lines.map((l) => l.text))).toEqual([["柏舟", "邢岚"], ["柏舟", "邢岚"], ["柏舟", "邢岚"]]);
    expect(people(rows).slice(3)).toEqual(["蓝野", "蓝野", "蓝野"]);
  });

  it("a span beside one that crosses a page is vouched for when it is centred and its other end is fixed", () => {
    // 甲 on page 1 runs on to page 2 (a guess); 乙 centred on page 2's rows 1–2 (25 … 80 + half a gap): 55
    const rows = [row(0), row(1, "甲", 40), row(0, undefined, undefined, 2), row(1, undefined, undefined, 2), row(2, "乙", 65, 2)];
    rows[4]!.cells[2]!.box = [200, 50, 230, 60];
    centreMergedPeople(rows, [[0, 1, 2, 3, 4]], COLUMNS);
    expect(people(rows)).toEqual(["甲", "甲", "甲", "乙", "乙"]);
    expect(flagged(rows)).toEqual(["MERGED_SPAN_GUESSED", "MERGED_SPAN_GUESSED", "MERGED_SPAN_GUESSED", "", ""]);
  });

  it("counter-example: a column filled row by row, or one name printed on two rows running, is left as printed", () => {
    const full = [row(0, "甲", 10), row(1, "乙", 40), row(2), row(3, "丙", 100)];
    centreMergedPeople(full, [[0, 1, 2, 3]], COLUMNS);
    expect(people(full)).toEqual(["甲", "乙", "", "丙"]);
    const twice = [row(0, "甲", 10), row(1, "甲", 40), row(2), row(3), row(4)];
    centreMergedPeople(twice, [[0, 1, 2, 3, 4]], COLUMNS);
    expect(people(twice)).toEqual(["甲", "甲", "", "", ""]);
  });

  it("counter-example: a units column is not shared out (an empty unit cell is flagged by validation instead)", () => {
    const rows = [row(0), row(1), row(2, "甘博", 72.5), row(3), row(4)];
    centreMergedPeople(rows, [[0, 1, 2, 3, 4]], ["序号", "重点工作", "牵头单位", "配合单位"]);
    expect(people(rows)).toEqual(["", "", "甘博", "", ""]);
  });
});

describe("a cell of two lines centred on a one-line row, printed above the row's number", () => {
  const bounds = [-Infinity, 15, 95, 190, Infinity];
  const text = (r: GridRow, c: number) => r.cells[c]!.lines.map((l) => l.text).join("");
  it("after a heading row its first line, touching the number's line, is the row's own", () => {
    const body = [run("一、扩大有效需求", 0, 0), run("省统计局、各市", 200, 20), run("1", 0, 27), run("任务一。", 20, 27), run("省发改委", 100, 27), run("人民政府", 200, 34), run("2", 0, 70), run("任务二。", 20, 70), run("省财政厅", 100, 70)];
    const { rows } = bandsToRows(body, bounds, 0, 1);
    expect(rows.map((r) => r.cells.length)).toEqual([1, 4, 4]);
    expect(text(rows[1]!, 3)).toBe("省统计局、各市人民政府");
  });
  it("counter-example: a line above the number with a row's gap between them stays out of the row", () => {
    const body = [run("一、扩大有效需求", 0, 0), run("附注文字", 200, 12), run("1", 0, 40), run("任务一。", 20, 40), run("省发改委", 100, 40)];
    const { rows } = bandsToRows(body, bounds, 0, 1);
    expect(text(rows.at(-1)!, 3)).toBe("");
  });
});
