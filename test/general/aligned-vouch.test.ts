// pdftotext -layout text: a row whose every line lies level with its own task (rows do not overlap)
// is vouched for; a cell running on into a neighbour's, a merged cell, an unfinished task or a
// deadline printed into a name column is not.
import { describe, expect, it } from "vitest";
import { isForeignText, vouchFailures, vouchedRows, type VouchInput } from "../../src/layouts/aligned/vouch.js";

/**
 * A block from a picture, columns 序号 | task | units | leaders: one string per line, one character
 * per column ('.' = none; in the task column '。' = text ending a sentence, 'x' = text that does not).
 */
function block(lines: string[], rows: Array<[number, number]>): VouchInput {
  return {
    occupied: lines.map((l) => [...l].map((ch) => ch !== ".")),
    responsibility: [false, false, true, true],
    taskEnds: lines.map((l) => (l[1] === "." ? null : l[1] === "。")),
    rows: rows.map(([from, to]) => ({ from, to })),
  };
}

describe("rows the text vouches for", () => {
  // two rows, each unit and leader level with its own task, task lines ending their sentences
  const clean = block(["#xxx", ".。..", "#xxx", ".。xx"], [[0, 1], [2, 3]]);

  it("every line level with the row's task, the task ending its sentence: vouched", () => {
    expect(vouchFailures(clean)).toEqual([null, null]);
    expect([...vouchedRows(clean)]).toEqual([0, 1]);
  });

  it("a cell taller than its task, centred on it, with blank lines around it: vouched", () => {
    // row 1: a task of one line, three units centred on it; two blank lines part it from its neighbours'
    const tall = block(["#。xx", "....", "....", "..x.", "#。xx", "..x.", "....", "....", "#。xx"], [[0, 2], [3, 7], [8, 8]]);
    expect(vouchFailures(tall)).toEqual([null, null, null]);
  });

  it("counter-example: one blank line is no cell's end (the lines of a cell may sit a line apart)", () => {
    const near = block(["#。xx", "....", "..x.", "#。xx", "..x.", "....", "#。xx"], [[0, 1], [2, 5], [6, 6]]);
    expect(vouchFailures(near)).toEqual(["touchbelow", null, "touchabove"]);
  });

  it("counter-example: a cell running on into the line below the task, touching the next row's cell, is not vouched", () => {
    // row 0's units go on one line below its task, and row 1's unit starts on the next line: where the cells part is a guess
    const touching = block(["#xx.", ".。x.", "..x.", "..x.", "#。xx"], [[0, 2], [3, 4]]);
    const f = vouchFailures(touching);
    expect(f[0]).toBe("touchbelow");
    // and row 1's cell would reach above its task's centre
    expect(f[1]).toBe("offcentre");
  });

  it("counter-example: a task that does not end its sentence on its last line is not vouched", () => {
    const cut = block(["#xxx", ".x..", "#xxx", ".。xx"], [[0, 1], [2, 3]]);
    expect(vouchFailures(cut)[0]).toBe("sentence");
    // and the next row's task starts after an unfinished one: its start is a guess
    expect(vouchFailures(cut)[1]).toBe("prevtask");
  });

  it("counter-example: a row leaving blank a column its neighbour fills may share the neighbour's merged cell", () => {
    // row 1 has no leader: the leader level with row 0's task may be a cell the two share. Row 0's own
    // leader is level with its own task, so it is row 0's whether or not row 1 shares it: row 0 is vouched
    const partly = block(["#xxx", ".。..", "#xx.", ".。.."], [[0, 1], [2, 3]]);
    expect(vouchFailures(partly)).toEqual([null, "merged"]);
    // both ways: each row leaves blank a column the other fills
    const crossed = block(["#xx.", ".。..", "#x.x", ".。.."], [[0, 1], [2, 3]]);
    expect(vouchFailures(crossed)).toEqual(["merged", "merged"]);
  });

  it("counter-example: task lines parted by more than a cell's gap of other columns' lines are out of order", () => {
    // row 0's task runs over lines 0-1 and 4, with two lines of unit and leader text between (a browser's text out of order)
    const split = block(["#xxx", ".x..", "..xx", "...x", ".。..", "#。xx"], [[0, 4], [5, 5]]);
    expect(vouchFailures(split)[0]).toBe("taskruns");
    // one line between two task lines (a 序号 or name printed half a line off) is a cell's gap: vouched
    const halfOff = block([".x..", "#.xx", ".。..", "#。xx"], [[0, 2], [3, 3]]);
    expect(vouchFailures(halfOff)).toEqual([null, null]);
  });

  it("a neighbour that fills no responsibility column inherits them all: the row's own cells are whole", () => {
    const inherits = block(["#xxx", ".。..", "#x..", ".。..", "#xxx", ".。.."], [[0, 1], [2, 3], [4, 5]]);
    // row 1 inherits row 0's cells, which the text vouches for, and nothing lies level with no task near it
    expect(vouchFailures(inherits)).toEqual([null, null, null]);
    // so does a run of such rows below a vouched row
    const run = block(["#xxx", ".。..", "#。..", "#。..", "#。xx"], [[0, 1], [2, 2], [3, 3], [4, 4]]);
    expect(vouchFailures(run)).toEqual([null, null, null, null]);
  });

  it("counter-example: a row without responsibility text is not vouched when the row above is not, or text lies level with no task", () => {
    // the row above is not vouched (its task does not end its sentence where it ends): nothing to inherit from for sure
    const plain = block(["#xxx", ".。..", "#x..", ".。..", "#xxx", ".。.."], [[0, 1], [2, 3], [4, 5]]);
    const none = [false, false, false, false];
    const unsure = { ...plain, foreign: [[false, false, false, true], none, none, none, none, none] };
    expect(vouchFailures(unsure)).toEqual(["foreign", "noresp", null]);
    // units and leaders printed below the row's task, level with no task (text out of order, or the row's own cells)
    const below = block(["#xxx", ".。..", "#x..", ".。..", "..xx", "..xx", "#xxx", ".。.."], [[0, 1], [2, 3], [4, 7]]);
    expect(vouchFailures(below)[1]).toBe("noresp");
    // the first row of a block has no row above to inherit from
    const first = block(["#x..", ".。..", "#xxx", ".。.."], [[0, 1], [2, 3]]);
    expect(vouchFailures(first)[0]).toBe("noresp");
  });

  it("counter-example: text level with the task given to another row is not vouched", () => {
    // the cut gave row 0's last line to row 1: row 1 holds a sentence end before its own
    const cut = block(["#xxx", ".。..", "#xxx", ".。xx"], [[0, 0], [1, 3]]);
    expect(vouchFailures(cut)).toEqual(["sentence", "sentence"]);
    // the task's lines given back to row 0, its unit line left in row 1
    const moved = { ...block(["#xxx", ".。x.", "#xxx", ".。xx"], [[0, 0], [1, 3]]), taskLines: [[0, 1], [2, 3]] };
    expect(vouchFailures(moved)[0]).toBe("moved");
    expect(vouchFailures(moved)[1]).toBe("overlap");
  });

  it("counter-example: a deadline printed into a name column is not vouched", () => {
    const withDate = { ...clean, foreign: [[false, false, false, false], [false, false, false, false], [false, false, false, true], [false, false, false, false]] };
    expect(vouchFailures(withDate)).toEqual([null, "foreign"]);
  });
});

describe("text no name holds", () => {
  it("a date in any responsibility column, a digit in a people column", () => {
    expect(isForeignText("各副市2022年6月长", true)).toBe(true);
    expect(isForeignText("市财政局 2023年底", false)).toBe(true);
    expect(isForeignText("张３", true)).toBe(true);
  });
  it("counter-example: names, and a unit whose name holds a number", () => {
    expect(isForeignText("钟海燕", true)).toBe(false);
    expect(isForeignText("各副市长", true)).toBe(false);
    expect(isForeignText("市12345热线中心", false)).toBe(false);
  });
});
