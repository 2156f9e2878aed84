// One lexicon of "a unit's name opens with an administrative level (or a collective word)": the
// callers that read it, each with its old examples (positive and negative) written before the four
// copies of the list were merged, and the words where the copies differed with the decision taken
// (`盟`, `旗`, `州`, `街道`, `有关`/`相关`/`其他`, `其它`/`所属`, `村`, `驻`). Fictional names.
import { describe, expect, it } from "vitest";
import { continuesClause, taskTailBeforeWrappedUnit } from "../../src/layouts/flat/wrapends.js";
import { taskTailLines } from "../../src/layouts/flat/anatomy.js";
import { splitEntities } from "../../src/names/split.js";
import { strayFirstUnit } from "../../src/validate/corroborate.js";
import type { Task } from "../../src/model/schema.js";
import { task } from "../helpers/tasks.js";

const line = (text: string, afterBreak = false) => ({ text, line: 1, afterBreak });
const L = (...texts: string[]) => texts.map((text, k) => ({ text, line: k + 1, afterBreak: false }));
const units = (...f: string[]) => splitEntities(f, "unit");

describe("flat readers: a one-word line that opens with a level or 各 is a wrapped name, not task words", () => {
  const clause = (w: string) => continuesClause("推进基层网格化治理，", line(w));
  it("continuesClause: task words go on; a word opening with a level or 各 stays a name", () => {
    expect(clause("实现网格员全覆盖")).toBe(true);
    for (const w of ["区重点项目服", "县重点项目服", "市重点项目服", "镇重点项目服", "乡重点项目服", "省重点项目服", "州重点项目服", "旗重点项目服", "盟重点项目服", "各街道办事"]) expect(clause(w)).toBe(false);
  });
  it("continuesClause: 街道 is a level like 镇 (decision: added); 村 and 驻 open no unit here (task words: 村庄…, 驻点…)", () => {
    expect(clause("街道重点项目服")).toBe(false);
    expect(clause("村重点项目服")).toBe(true);
    expect(clause("驻区重点项目服")).toBe(true);
  });
  it("taskTailLines: a short word is the task's tail, a word opening with a level or 各 is a wrapped name", () => {
    const tail = (w: string) => taskTailLines(L(w, "县工业园管委会 钟 伟"), 0, "建设科技企业孵化器，年内投入");
    expect(tail("使用")).toBe(1);
    for (const w of ["区发改局（区重", "区古城保护", "旗古城保护", "盟古城保护", "各古城保护"]) expect(tail(w)).toBe(0);
    expect(tail("街道古城保护")).toBe(0); // decision: 街道 added
    expect(tail("村古城保护")).toBe(1); // 村 is no level here
  });
  it("taskTailBeforeWrappedUnit: a first word opening with a level or 各 is a name, not the task's tail", () => {
    const cut = (w: string) => taskTailBeforeWrappedUnit(L(`${w} 经济发展办（招商`, "办）", "钟海涛"), 0, "全力服务辖区重点");
    expect(cut("项目建设")).toEqual({ tail: "项目建设", names: "经济发展办（招商" });
    for (const w of ["区项目建设", "旗项目建设", "盟项目建设", "各项目建设"]) expect(cut(w)).toBeNull();
    expect(cut("街道项目建设")).toBeNull(); // decision: 街道 added
  });
});

describe("corroborate: a first unit with no level in a table whose units all carry one stands out", () => {
  const lead = ["区发改局", "区财政局", "区人社局", "区住建局", "区统计局"];
  const stray = (first: string): boolean => {
    const rows: Task[] = [1, 2, 3, 4, 5, 6].map((s) => task(s, { leadUnits: s === 2 ? [first] : [lead[s % lead.length]!], units: ["各街道办事处"] }));
    return strayFirstUnit(rows[1]!, rows);
  };
  it("task words read as a unit stand out; a unit opening with a level or 各 does not", () => {
    expect(stray("运行管理平台")).toBe(true);
    for (const u of ["区大数据中心", "旗大数据中心", "州大数据中心", "各街道办事处"]) expect(stray(u)).toBe(false);
  });
  it("盟 and 街道 are levels (decision: added); 有关…, 村… still stand out (the narrow set: levels and 各 only)", () => {
    expect(stray("盟大数据中心")).toBe(false);
    expect(stray("街道综合执法队")).toBe(false);
    expect(stray("有关单位")).toBe(true);
    expect(stray("村委会")).toBe(true);
  });
});

describe("names: a piece that opens with a level or a collective word is a name of its own", () => {
  it("a department's usual name cut by a wrap is joined", () => {
    expect(units("县人力资源和社", "会保障局")).toEqual(["县人力资源和社会保障局"]);
    expect(units("县交通", "运输局")).toEqual(["县交通运输局"]);
    expect(units("区城", "市管理局")).toEqual(["区城市管理局"]);
    expect(units("区住房和城", "乡建设局")).toEqual(["区住房和城乡建设局"]);
    expect(units("县乡村", "振兴局")).toEqual(["县乡村振兴局"]);
  });
  it("a body after a place joins it, unless the body opens with a level, a collective word, 村 or 驻", () => {
    expect(units("县城关镇", "卫生院")).toEqual(["县城关镇卫生院"]);
    expect(units("州城关镇", "卫生院")).toEqual(["州城关镇卫生院"]);
    expect(units("县城关镇", "镇卫生院")).toEqual(["县城关镇", "镇卫生院"]);
    expect(units("县城关镇", "村卫生室")).toEqual(["县城关镇", "村卫生室"]);
    expect(units("县城关镇", "驻镇工作队")).toEqual(["县城关镇", "驻镇工作队"]);
    expect(units("县城关镇", "所属卫生院")).toEqual(["县城关镇", "所属卫生院"]);
    expect(units("县城关镇", "其它卫生院")).toEqual(["县城关镇", "其它卫生院"]);
    expect(units("各城关镇", "卫生院")).toEqual(["各城关镇", "卫生院"]);
  });
  it("旗, 盟 and 街道 are levels like 县 (decision: added to the place-then-body rule on both sides)", () => {
    expect(units("旗城关镇", "卫生院")).toEqual(["旗城关镇卫生院"]);
    expect(units("盟城关镇", "卫生院")).toEqual(["盟城关镇卫生院"]);
    expect(units("县城关镇", "旗卫生院")).toEqual(["县城关镇", "旗卫生院"]);
    expect(units("县城关镇", "盟卫生院")).toEqual(["县城关镇", "盟卫生院"]);
    expect(units("县城关镇", "街道卫生院")).toEqual(["县城关镇", "街道卫生院"]);
  });
  it("two units joined by a conjunction split where the second opens with a level or a collective word", () => {
    expect(units("区发改局和区城管局")).toEqual(["区发改局", "区城管局"]);
    expect(units("区民政局及各街道办事处")).toEqual(["区民政局", "各街道办事处"]);
    expect(units("区民政局及街道办事处")).toEqual(["区民政局", "街道办事处"]);
    expect(units("区民政局及旗城管局")).toEqual(["区民政局", "旗城管局"]);
    expect(units("区民政局和有关单位")).toEqual(["区民政局", "有关单位"]);
    // counter-examples: a conjunction inside a name, a second unit with no level
    expect(units("区发展和改革局")).toEqual(["区发展和改革局"]);
    expect(units("区民政局及城管局")).toEqual(["区民政局及城管局"]);
  });
  it("a span of levels shares its government word; a province never follows another level", () => {
    expect(units("各市、县（区）人民政府")).toEqual(["各市、县（区）人民政府"]);
    expect(units("各省、市人民政府")).toEqual(["各省、市人民政府"]);
    expect(units("各旗、县人民政府")).toEqual(["各旗、县人民政府"]);
    expect(units("各盟、旗人民政府")).toEqual(["各盟、旗人民政府"]);
    expect(units("各市、省人民政府")).toEqual(["各市", "省人民政府"]);
  });
});
