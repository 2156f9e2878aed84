// Session 43: classes met anew, each rule with its counter-example. Names and places are invented (枫渚县, 钭承岳,
// 夹谷慎言, 庹望川).
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";

const COVER = "枫渚县人民政府办公室关于印发2026年政府工作报告重点任务分工方案的通知\n各乡镇人民政府，县直各单位：现将分工方案印发给你们，请认真贯彻落实。";
const codes = async (text: string) => (await parseText(text)).tasks.map((t) => [t.seq, t.review.map((r) => r.code)]);

describe("a list whose numbering restarts under each heading", () => {
  const RESTART = [
    COVER,
    "一、稳住经济增长",
    "1.地区生产总值增长6%左右。",
    "牵头单位：县发展和改革局",
    "2.固定资产投资增长8%。",
    "牵头单位：县发展和改革局",
    "二、推进乡村振兴",
    "1.粮食播种面积稳定在20万亩。",
    "牵头单位：县农业农村局",
    "2.新建高标准农田1万亩。",
    "牵头单位：县农业农村局",
    "配合单位：县财政局",
  ].join("\n");

  it("numbers the rows 1…N and flags every row with its printed number (a reader keeping the printed numbers has them repeat)", async () => {
    const r = await parseText(RESTART);
    expect(r.tasks.map((t) => [t.seq, t.section, t.leadUnits])).toEqual([
      [1, ["一、稳住经济增长"], ["县发展和改革局"]],
      [2, ["一、稳住经济增长"], ["县发展和改革局"]],
      [3, ["二、推进乡村振兴"], ["县农业农村局"]],
      [4, ["二、推进乡村振兴"], ["县农业农村局"]],
    ]);
    expect(r.tasks.map((t) => t.review.map((x) => x.code))).toEqual([["SEQ_RENUMBERED"], ["SEQ_RENUMBERED"], ["SEQ_RENUMBERED"], ["SEQ_RENUMBERED"]]);
    expect(r.tasks[2]!.review[0]!.message).toContain("原编号为“1.”");
    expect(r.diagnostics.map((d) => d.code)).toContain("LIST_SEQ_RENUMBERED");
  });

  it("counter-example: compound numbers (`1.1` `2.1`) have no integer of their own: numbered 1…N, no row flagged", async () => {
    const compound = RESTART.replace("1.地区", "1.1 地区").replace("2.固定", "1.2 固定").replace("1.粮食", "2.1 粮食").replace("2.新建", "2.2 新建");
    expect(await codes(compound)).toEqual([[1, []], [2, []], [3, []], [4, []]]);
  });

  it("counter-example: numbering that runs on through the headings flags no row", async () => {
    const onward = RESTART.replace("1.粮食", "3.粮食").replace("2.新建", "4.新建");
    expect(await codes(onward)).toEqual([[1, []], [2, []], [3, []], [4, []]]);
  });
});

describe("a table whose numbering restarts under each section row", () => {
  const TSV = [
    "序号\t重点任务\t牵头单位\t配合单位",
    "一、稳住经济增长",
    "1\t地区生产总值增长6%左右。\t县发展和改革局\t县统计局",
    "2\t固定资产投资增长8%。\t县发展和改革局\t县财政局",
    "二、推进乡村振兴",
    "1\t粮食播种面积稳定在20万亩。\t县农业农村局\t县财政局",
    "2\t新建高标准农田1万亩。\t县农业农村局\t县水利局",
  ].join("\n");
  const flattened = (tsv: string) => tsv.split("\n").flatMap((l) => l.split("\t")).join("\n");

  it("numbers on through the table and flags every row with its printed number, tab-separated or one cell a line", async () => {
    for (const text of [TSV, `${COVER}\n${flattened(TSV)}`]) {
      const r = await parseText(text);
      expect(r.tasks.map((t) => [t.seq, t.section[0], t.leadUnits[0], t.review.map((x) => x.code)])).toEqual([
        [1, "一、稳住经济增长", "县发展和改革局", ["SEQ_RENUMBERED"]],
        [2, "一、稳住经济增长", "县发展和改革局", ["SEQ_RENUMBERED"]],
        [3, "二、推进乡村振兴", "县农业农村局", ["SEQ_RENUMBERED"]],
        [4, "二、推进乡村振兴", "县农业农村局", ["SEQ_RENUMBERED"]],
      ]);
      expect(r.tasks.map((t) => /原编号为“(\d+)”/.exec(t.review[0]!.message)?.[1])).toEqual(["1", "2", "1", "2"]);
    }
  });

  it("counter-example: numbers running on under the section rows flag nothing", async () => {
    const onward = TSV.replace("1\t粮食", "3\t粮食").replace("2\t新建", "4\t新建");
    expect(await codes(onward)).toEqual([[1, []], [2, []], [3, []], [4, []]]);
    expect(await codes(`${COVER}\n${flattened(onward)}`)).toEqual([[1, []], [2, []], [3, []], [4, []]]);
  });
});

describe("a name a section heading prints in its bracket, given to the rows under it", () => {
  const HEADED = [
    COVER,
    "一、稳住经济增长（分管副县长：钭承岳）",
    "1.地区生产总值增长6%左右。（牵头单位：县发展和改革局）",
    "2.固定资产投资增长8%。（牵头单位：县发展和改革局；分管副县长：夹谷慎言）",
    "二、推进乡村振兴（牵头单位：县农业农村局）",
    "3.粮食播种面积稳定在20万亩。（配合单位：县财政局）",
  ].join("\n");

  it("flags each row that holds a name only its heading prints (NAME_FROM_HEADING): readers keep it in the heading or give it to the rows", async () => {
    const r = await parseText(HEADED);
    expect(r.tasks.map((t) => [t.seq, t.leadUnits, t.supervisors, t.review.map((x) => x.code)])).toEqual([
      [1, ["县发展和改革局"], ["钭承岳"], ["NAME_FROM_HEADING"]],
      [2, ["县发展和改革局"], ["夹谷慎言"], []],
      [3, ["县农业农村局"], [], ["NAME_FROM_HEADING"]],
    ]);
    expect(r.tasks[0]!.review[0]!.message).toContain("分管领导“钭承岳”");
    expect(r.tasks[2]!.review[0]!.message).toContain("牵头单位“县农业农村局”");
  });

  it("counter-example: a unit the heading's title names outside any bracket, and the same unit in a row's own label, flag nothing", async () => {
    const r = await parseText([COVER, "一、县农业农村局牵头事项", "1.粮食播种面积稳定在20万亩。（牵头单位：县农业农村局）", "2.新建高标准农田1万亩。（牵头单位：县农业农村局）"].join("\n"));
    expect(r.tasks.map((t) => [t.seq, t.leadUnits, t.review.map((x) => x.code)])).toEqual([
      [1, ["县农业农村局"], []],
      [2, ["县农业农村局"], []],
    ]);
  });
});
