// unreadNames: a name printed among a table's rows that no record near it holds is said (NAME_NOT_READ), naming the row.
import { describe, expect, it } from "vitest";
import { corroborate, unreadNames, type CorroboratedTable } from "../../src/validate/corroborate.js";
import type { Task } from "../../src/model/schema.js";
import { headers, task } from "../helpers/tasks.js";

/** Lines numbered from 1; row k starts on line 10·k (the helper's `source.line`). */
const lines = (byLine: Record<number, string>) => Object.entries(byLine).map(([line, text]) => ({ line: Number(line), text }));
const table = (structure: CorroboratedTable["structure"] = "exact"): CorroboratedTable => ({ index: 0, headers, structure });
const said = (tasks: Task[], byLine: Record<number, string>, structure?: CorroboratedTable["structure"]) =>
  unreadNames(tasks, lines(byLine), [table(structure)]).map((d) => [d.code, d.seq, d.line]);
/** Rows 1–6 as the helper makes them (区发改局 / 各街道办事处 / 张明华). */
const six = (over: Record<number, Partial<Task>> = {}) => [1, 2, 3, 4, 5, 6].map((s) => task(s, over[s] ?? {}));

describe("unreadNames: names among the rows that no record holds", () => {
  it("names the row whose lines hold a unit or a person no row near it has read", () => {
    expect(said(six(), { 31: "青溪县数据资源局", 32: "林一凡", 33: "区发改局" })).toEqual([
      ["NAME_NOT_READ", 3, 31],
      ["NAME_NOT_READ", 3, 32],
    ]);
    // a line of names parted by list marks or a label of a field: each name is looked for
    expect(said(six(), { 41: "责任单位：各街道办事处、青溪县数据资源局" })).toEqual([["NAME_NOT_READ", 4, 41]]);
  });

  it("says a name once for its row, and never a piece of a header", () => {
    expect(said(six(), { 31: "青溪县数据资源局", 33: "青溪县数据资源局" })).toEqual([["NAME_NOT_READ", 3, 31]]);
    const wrapped: CorroboratedTable = { index: 0, headers: [...headers, { text: "区分管或联系领导", field: "supervisors" }] };
    expect(unreadNames(six(), lines({ 31: "区分管或联" }), [wrapped])).toEqual([]);
    expect(unreadNames(six(), lines({ 31: "区分管或联" }), [table()]).length).toBe(1);
  });

  it("counter-example: a line a layout already said it did not place is said once, in the layout's words", () => {
    const placed = [{ level: "warning" as const, code: "UNPLACED_TEXT", message: "…", seq: 3, line: 31 }];
    expect(unreadNames(six(), lines({ 31: "青溪县数据资源局" }), [table()], placed)).toEqual([]);
    expect(unreadNames(six(), lines({ 31: "青溪县数据资源局" }), [table()], [{ ...placed[0]!, code: "TASK_UNTERMINATED" }]).length).toBe(1);
  });

  it("is said through corroborate, as a warning naming the row and the line", () => {
    const d = corroborate(six(), [table()], [], () => null, lines({ 21: "青溪县数据资源局" }));
    expect(d.filter((x) => x.code === "NAME_NOT_READ").map((x) => [x.level, x.seq, x.line])).toEqual([["warning", 2, 21]]);
  });

  it("counter-example: names the records hold as fenjie writes them say nothing", () => {
    const rows = six({ 3: { units: ["区交通局", "区城管局"], leaders: ["林一凡（副县长）"], leadUnits: ["县工信局"], coUnits: ["孙可为"] } });
    expect(
      said(rows, {
        31: "区交通局和区城管局", // split at 和
        32: "副县长林一凡", // a title before the name turned round
        33: "县工信局（孙可为）", // a unit and its person
        34: "区发改局（排名不分先后）", // a note dropped, the name held by the row above
      }),
    ).toEqual([]);
  });

  it("counter-example: lines that are no table's names say nothing", () => {
    expect(
      said(six(), {
        21: "督办：青溪县政府督查室", // a label no field has
        22: "联络员：周子墨 电话：12345678",
        23: "（一）打造青溪服务政府", // a heading
        24: "推进青溪县数据资源局建设，年底前完成。", // task text
        28: "推进数字政府建设 青溪县数据资源局", // task text beside a name: no line of names
        25: "陆 明俞 悦", // a name spaced out a character at a time
        26: "承办", // two characters ending like a unit: a verb
        27: "3新建青溪镇中心幼儿园1所", // digits: no name
        29: "全年", // a deadline the lexicon would read as a name
        30: "法局等", // a unit's cut
        31: "我县召开青溪经济运行分析会", // prose
      }),
    ).toEqual([]);
  });

  it("counter-example: the notice's foot after the last row says nothing, the last row's own lines do", () => {
    const foot = { 61: "青溪县数据资源局", 63: "青溪县人民政府办公室", 64: "2024年3月1日" };
    expect(said(six(), foot)).toEqual([["NAME_NOT_READ", 6, 61]]); // a signature above its date
    expect(said(six(), { 62: "抄送：青溪县人大常委会办公室", 63: "青溪县人民政府办公室" })).toEqual([]);
    expect(said(six(), { 62: "1.关于青溪县道路的建议", 63: "牵头单位：青溪县交通运输局" })).toEqual([]); // a list numbered anew
    expect(said(six(), { 62: "7.青溪县道路建设", 63: "牵头单位：青溪县交通运输局" }).map((x) => x[2])).toEqual([63]); // the next row's number
    expect(said(six(), { 59: "青溪县数据资源局", 61: "青溪县交通运输局" }).map((x) => x[2])).toEqual([59, 61]);
    expect(said(six(), { 80: "青溪县交通运输局" })).toEqual([]); // past the last row's reach
    expect(said(six(), { 5: "青溪县交通运输局" })).toEqual([]); // above the first row
  });

  it("looks two rows either side, more where the text lost the cells' places, and everywhere when rows are out of order", () => {
    const far = six({ 6: { units: ["青溪县交通运输局"] } });
    expect(said(far, { 21: "青溪县交通运输局" })).toEqual([["NAME_NOT_READ", 2, 21]]);
    expect(said(far, { 41: "青溪县交通运输局" })).toEqual([]);
    expect(said(far, { 21: "青溪县交通运输局" }, "text-order")).toEqual([]);
    const shuffled = [task(1), task(2, { source: { line: 50 } }), task(3, { source: { line: 30 } }), task(4, { source: { line: 40 } }), task(5, { source: { line: 20 } }), task(6, { units: ["青溪县交通运输局"] })];
    expect(said(shuffled, { 11: "青溪县交通运输局" })).toEqual([]);
    expect(said(shuffled, { 11: "青禾县交通运输局" })).toEqual([["NAME_NOT_READ", 1, 11]]);
  });
});
