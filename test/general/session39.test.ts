// Session 39: classes met in a new independent held-out set (h24), each rule with its counter-example.
// Names are invented (青溪, 青禾, 林一凡, 周子墨, 孙可为, 苑一凡, 言可白, 龙一舟).
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import { joinFragments, splitEntities } from "../../src/names/split.js";
import { findAlignedHeader } from "../../src/layouts/aligned.js";

const rows = async (text: string) => (await parseText(text)).tasks.map((t) => [t.seq, t.task, t.leadUnits, t.units, t.leaders, t.supervisors]);
const codes = async (text: string) => (await parseText(text)).tasks.map((t) => [t.seq, t.review.map((r) => r.code)]);

describe("a group line that names its tasks' numbers (`以上第1—3项牵头单位：…；分管区领导：…`)", () => {
  const head = ["青溪区2026年政府工作报告重点任务分工", "一、扩大有效投资"];
  it("gives its units and people to the tasks it names", async () => {
    const text = [...head, "（1）实施重点项目120个。", "（2）争取专项债券18亿元。", "（3）建立项目三色管理机制。", "以上第1—3项牵头单位：区发改局；责任单位：区财政局、区住建局；分管区领导：林一凡", "二、提振消费", "（4）举办促消费活动12场。", "牵头单位：区商务局；分管区领导：周子墨"].join("\n");
    expect(await rows(text)).toEqual([
      [1, "实施重点项目120个。", ["区发改局"], ["区财政局", "区住建局"], [], ["林一凡"]],
      [2, "争取专项债券18亿元。", ["区发改局"], ["区财政局", "区住建局"], [], ["林一凡"]],
      [3, "建立项目三色管理机制。", ["区发改局"], ["区财政局", "区住建局"], [], ["林一凡"]],
      [4, "举办促消费活动12场。", ["区商务局"], [], [], ["周子墨"]],
    ]);
  });
  it("counter-example: the tasks outside the numbers it names get nothing from it", async () => {
    const text = [...head, "（1）实施重点项目120个。", "（2）争取专项债券18亿元。", "（3）建立项目三色管理机制。", "以上第2—3项牵头单位：区发改局；分管区领导：林一凡", "（4）举办促消费活动12场。", "牵头单位：区商务局"].join("\n");
    const got = await rows(text);
    expect(got.map((r) => [r[0], r[2]])).toEqual([
      [1, []],
      [2, ["区发改局"]],
      [3, ["区发改局"]],
      [4, ["区商务局"]],
    ]);
  });
});

describe("label lines above their tasks, the text cut after the labels of a task it does not show", () => {
  const lines = [
    "青溪县2026年政府工作报告目标任务分解",
    "一、主要目标",
    "责任领导：林一凡；牵头单位：县发改局；配合单位：县统计局",
    "1.地区生产总值增长6%左右。",
    "责任领导：周子墨；牵头单位：县财政局",
    "2.一般公共预算收入增长5%。",
    "二、重点工作",
    "责任领导：孙可为；牵头单位：县农业农村局",
    "3.新建高标准农田1.5万亩。",
    "责任领导：苑一凡；牵头单位：县工信局",
    "4.新引进亿元项目8个。",
    "责任领导：言可白；牵头单位：县商务局；配合单位：县供销",
  ];
  it("each label line goes to the task below it; the last, with no task below, is said, not given", async () => {
    const r = await parseText(lines.join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.leadUnits, t.leaders])).toEqual([
      [1, ["县发改局"], ["林一凡"]],
      [2, ["县财政局"], ["周子墨"]],
      [3, ["县农业农村局"], ["孙可为"]],
      [4, ["县工信局"], ["苑一凡"]],
    ]);
    expect(r.diagnostics.filter((d) => d.code === "LIST_LABEL_WITHOUT_TASK").map((d) => [d.level, d.line])).toEqual([["warning", 12]]);
  });
  it("counter-example: labels after every task (a heading's own label line over them) stay with the task above", async () => {
    const after = ["青溪县2026年政府工作报告目标任务分解", "一、主要目标", "分管县领导：林一凡", "1.地区生产总值增长6%左右。", "牵头单位：县发改局", "2.一般公共预算收入增长5%。", "牵头单位：县财政局", "3.新建高标准农田1.5万亩。", "牵头单位：县农业农村局"];
    expect((await rows(after.join("\n"))).map((r) => [r[0], r[2], r[5]])).toEqual([
      [1, ["县发改局"], ["林一凡"]],
      [2, ["县财政局"], ["林一凡"]],
      [3, ["县农业农村局"], ["林一凡"]],
    ]);
  });
});

describe("two people labels of different words read as one field are said (PEOPLE_LABELS_JOINED)", () => {
  it("`包抓领导` and `督办领导` both supervisors: the row says the two lists were joined", async () => {
    const text = ["青溪区2026年重点工作责任分解", "1.推进青禾产业园二期建设。", "责任主体：区工信局", "包抓领导：林一凡", "督办领导：周子墨", "2.新增规上工业企业25家。", "责任主体：区发改局", "包抓领导：孙可为", "督办领导：周子墨"].join("\n");
    expect(await codes(text)).toEqual([
      [1, ["PEOPLE_LABELS_JOINED"]],
      [2, ["PEOPLE_LABELS_JOINED"]],
    ]);
  });
  it("counter-example: two supervising labels of oversight alike (`分管副区长`, `联系领导`) are one role", async () => {
    const text = ["青溪区2026年重点工作责任分解", "1.推进青禾产业园二期建设。", "牵头单位：区工信局", "分管副区长：林一凡", "联系领导：周子墨", "2.新增规上工业企业25家。", "牵头单位：区发改局", "分管副区长：孙可为", "联系领导：周子墨"].join("\n");
    expect(await codes(text)).toEqual([
      [1, []],
      [2, []],
    ]);
  });
  it("counter-example: one people label, or people labels of two fields, is no doubt", async () => {
    const text = ["青溪区2026年重点工作责任分解", "1.推进青禾产业园二期建设。", "牵头单位：区工信局", "责任领导：林一凡", "分管区领导：周子墨", "2.新增规上工业企业25家。", "牵头单位：区发改局", "责任领导：孙可为", "分管区领导：周子墨"].join("\n");
    expect(await codes(text)).toEqual([
      [1, []],
      [2, []],
    ]);
  });
});

describe("a national body's local office written on two lines", () => {
  it("`国家税务总局` | `青溪县税务局`, `国家税务总局青溪县` | `税务局`, `国家统计局` | `青溪调查队` are one name each", () => {
    expect(splitEntities(["国家税务总局", "青溪县税务局"], "unit")).toEqual(["国家税务总局青溪县税务局"]);
    expect(splitEntities(["国家税务总局青溪县", "税务局"], "unit")).toEqual(["国家税务总局青溪县税务局"]);
    expect(splitEntities(["国家统计局", "青溪调查队"], "unit")).toEqual(["国家统计局青溪调查队"]);
    // (a flattened dump's cell lines, read before their column is known)
    expect(joinFragments(["国家税务总局", "青溪县税务局"], "any")).toEqual(["国家税务总局青溪县税务局"]);
  });
  it("counter-example: a unit of another duty after the national body stays apart", () => {
    expect(splitEntities(["国家税务总局", "县财政局"], "unit")).toEqual(["国家税务总局", "县财政局"]);
    expect(splitEntities(["国家税务总局青溪县", "财政局"], "unit")).not.toEqual(["国家税务总局青溪县财政局"]);
    expect(splitEntities(["国家税务总局", "青溪县财政局"], "unit")).toEqual(["国家税务总局", "青溪县财政局"]);
  });
});

describe("-layout: a header of three lines, the task's word centred on the middle line", () => {
  const src = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
  const header = [
    " 序                       责任单位及责任人        分管县   完成时",
    "             目标任务",
    " 号                       责任单位    责任人     领导     限",
  ];
  it("the words above the line of responsibility words complete it; the group's word over two of them names no column", () => {
    const h = findAlignedHeader(src(["附件", ...header, "     地区生产总值增长6%左右。     县发改局    林一凡    周子墨   12月底", " 1", "     新建青禾公园1个。         县城管局    孙可为    周子墨   12月底", " 2"]));
    expect(h && [h.index, h.above, h.headers, h.columns]).toEqual([3, 2, ["序号", "目标任务", "责任单位", "责任人", "分管县领导", "完成时限"], ["seq", "task", "units", "leaders", "supervisors", "other"]]);
  });
  it("counter-example: pieces above that name no task leave the line no header", () => {
    const h = findAlignedHeader(src(["附件", "                           责任                  完成时", " 号                       责任单位    责任人     领导     限", "     县发改局    林一凡    周子墨"]));
    expect(h).toBeNull();
  });
  it("counter-example: a line of responsibility words under prose is no header", () => {
    const h = findAlignedHeader(src(["各单位要认真落实，确保完成。", "             请按时报送", " 号                       责任单位    责任人     领导     限", "     县发改局    林一凡"]));
    expect(h).toBeNull();
  });
});

describe("a four-character name of a double surname wrapped before its last character (`欧阳一` | `凡`)", () => {
  it("the lone character joins the name, in a people column and in a flattened dump's cell lines", () => {
    expect(joinFragments(["欧阳一", "凡"], "person")).toEqual(["欧阳一凡"]);
    expect(joinFragments(["欧阳一", "凡"], "any")).toEqual(["欧阳一凡"]);
  });
  it("counter-examples: after a name of a single surname, or an organisation's last character", () => {
    expect(joinFragments(["林一凡", "哲"], "person")).toEqual(["林一凡", "哲"]);
    expect(joinFragments(["欧阳一", "局"], "any")).toEqual(["欧阳一", "局"]);
  });
});

