/**
 * Names of a scrambled table dealt by where they were printed (flat/spannames.ts):
 * a row's span, a name's column by its kind and its place on its line, the
 * columns' order from the lines of several names, blocks printed at a page's end.
 */
import { describe, expect, it } from "vitest";
import { columnOrders, columnsOf, dealBySpan, dealPageBlock, peelTrailingNames, placeLine, voteColumns } from "../../src/layouts/flat/spannames.js";
import type { EntityField } from "../../src/model/intermediate.js";

const FOUR: EntityField[] = ["leadUnits", "leaders", "coUnits", "supervisors"];

describe("placeLine", () => {
  it("puts each name of a line in the first column of its kind after the previous name's", () => {
    expect(placeLine(["文体旅游局", "刘冰", "相关镇（街道）", "陈清拥"], FOUR)).toEqual(["leadUnits", "leaders", "coUnits", "supervisors"]);
    expect(placeLine(["程进强", "文旅开发公司", "陈相成"], FOUR)).toEqual(["leaders", "coUnits", "supervisors"]);
  });

  it("places no fragment of a wrapped name (counter-example)", () => {
    expect(placeLine(["市公安局交警支", "市交通运输局"], FOUR)).toEqual([null, "leadUnits"]);
  });
});

describe("columnOrders", () => {
  const lines = [
    { line: 1, names: ["程进强", "文旅开发公司", "陈相成"] },
    { line: 2, names: ["文体旅游局", "刘冰", "相关镇（街道）", "陈清拥"] },
  ];

  it("keeps the orders the lines of several names fit, nearest the usual order first", () => {
    const orders = columnOrders(lines, ["leadUnits", "supervisors", "leaders", "coUnits"]);
    expect(orders[0]).toEqual(["leadUnits", "leaders", "coUnits", "supervisors"]);
    // every order kept alternates unit and person columns, as both lines do
    expect(orders.every((o) => o.every((f, i) => (f === "leaders" || f === "supervisors") === (i % 2 === 1)))).toBe(true);
  });

  it("drops an order a line contradicts (counter-example: a person column before the first unit column)", () => {
    const orders = columnOrders(lines, ["leadUnits", "supervisors", "leaders", "coUnits"]);
    expect(orders.some((o) => o[0] === "supervisors")).toBe(false);
  });
});

describe("columnsOf", () => {
  const votes = voteColumns([{ line: 1, names: ["林昀瑜", "区直有关单位", "柯明好"] }, { line: 2, names: ["肖银河", "相关镇（街道）"] }], FOUR);

  it("places a name alone on its line where the document's lines of several names put it", () => {
    const got = columnsOf([{ line: 3, names: ["商务局"] }, { line: 4, names: ["肖银河"] }, { line: 5, names: ["柯明好"] }], FOUR, votes);
    expect(got).toEqual({ leadUnits: ["商务局"], leaders: ["肖银河"], supervisors: ["柯明好"] });
  });

  it("leaves a lone name out when nothing shows the columns' order and its kind has two columns (counter-example)", () => {
    expect(columnsOf([{ line: 3, names: ["王刚"] }, { line: 4, names: ["市公交集团"] }], ["supervisors", "leadUnits", "leaders"], new Map(), true)).toEqual({ leadUnits: ["市公交集团"] });
  });
});

describe("dealBySpan", () => {
  const names = [
    { line: 2, names: ["区发改局", "庄垂生"] },
    { line: 5, names: ["区工信局", "吴小纲"] },
    { line: 9, names: ["区财政局", "王垦福"] },
  ];
  const fields: EntityField[] = ["leadUnits", "supervisors"];

  it("gives each row the names printed from its first line to the next row's", () => {
    const got = dealBySpan(names, new Map([[1, 1], [2, 4]]), [], fields);
    expect(got.get(1)).toEqual({ leadUnits: ["区发改局"], supervisors: ["庄垂生"] });
    expect(got.get(2)).toEqual({ leadUnits: ["区工信局", "区财政局"], supervisors: ["吴小纲", "王垦福"] });
  });

  it("gives no row the names printed after a page break before the next row starts (counter-example)", () => {
    const got = dealBySpan(names, new Map([[1, 1], [2, 4]]), [7], fields);
    expect(got.get(2)).toEqual({ leadUnits: ["区工信局"], supervisors: ["吴小纲"] });
  });

  it("keeps a row's names out of a column its page printed as a block of its own", () => {
    const got = dealBySpan(names, new Map([[1, 1]]), [3], fields, new Map([[1, new Set<EntityField>(["supervisors"])]]));
    expect(got.get(1)).toEqual({ leadUnits: ["区发改局"] });
  });
});

describe("dealPageBlock", () => {
  it("deals one line per row, or the same lines repeated once per row", () => {
    expect(dealPageBlock([["甲局"], ["乙局"]], 2)).toEqual([["甲局"], ["乙局"]]);
    expect(dealPageBlock([["各街道办事处"], ["区直有关单位"], ["各街道办事处"], ["区直有关单位"]], 2)).toEqual([
      ["各街道办事处", "区直有关单位"],
      ["各街道办事处", "区直有关单位"],
    ]);
  });

  it("deals nothing when the counts do not add up or the repeats differ (counter-examples)", () => {
    expect(dealPageBlock([["甲局"], ["乙局"], ["丙局"]], 2)).toBeNull();
    expect(dealPageBlock([["甲局"], ["乙局"], ["丙局"], ["丁局"]], 2)).toBeNull();
  });
});

describe("peelTrailingNames", () => {
  it("peels whole units and people printed after a space at a task line's end", () => {
    expect(peelTrailingNames("创建文创培训、美食、服装、夜市等特色 城管局")).toEqual({ task: "创建文创培训、美食、服装、夜市等特色", names: ["城管局"] });
    expect(peelTrailingNames("推进“工业强市”战略，规上工业增加 市工信局 梁志宏 市科技局").names).toEqual(["市工信局", "梁志宏", "市科技局"]);
  });

  it("keeps a quantity or a piece of a phrase, and a line too short to be a task's (counter-examples)", () => {
    expect(peelTrailingNames("加速“一廊两区”落子布点，推进 10个国家双创").names).toEqual([]);
    expect(peelTrailingNames("特色 城管局").names).toEqual([]);
  });
});
