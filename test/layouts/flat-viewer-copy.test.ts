// A PDF viewer's copy (pdfjs text order) of a Word table numbered per section: a row's number shares its line
// with the first words of its task (`1 完成县城至北岭乡三级公路改造`), the next row's number is glued after the
// last name of the row above (`熊秀英2 实施…`), and a heading row's text is joined to the next row's number
// (`（二）健全社会保障体系 4 城镇新增就业…`). The restarts are read as one table numbered on (SEQ_RESTART_SECTION).
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import { gluedNextRow, restartsUnderHeading } from "../../src/layouts/flat/segment.js";

const src = (texts: string[]) => texts.map((text, k) => ({ text, line: k + 1 }));

describe("a restart at 1 under a heading, in a viewer's copy", () => {
  const before = { seq: 11, line: 1, lines: [{ text: "县邮政分公司", line: 1, afterBreak: false }, { text: "（一）完善基础设施", line: 2, afterBreak: false }] };
  it("the 1 before an unpunctuated piece of task, the 2 glued after a name", () => {
    const lines = src(["1 完成县城至北岭乡三级公路改造", "28 公里，新建通组公路 60 公里 蒋海峰 县交通运输局", "熊秀英2 实施农村义务教育学生营养改善计"]);
    expect(restartsUnderHeading(1, "完成县城至北岭乡三级公路改造", before, lines, 0)).toBe(true);
  });
  it("counter-example: a 1 before a unit name or a quantity, or with no 2 after it, restarts nothing", () => {
    const lines = src(["1 县交通运输局", "2 推进龙溪水库除险加固"]);
    expect(restartsUnderHeading(1, "县交通运输局", before, lines, 0)).toBe(false);
    expect(restartsUnderHeading(1, "万亩高标准农田建设任务", before, src(["1 万亩高标准农田建设任务", "2 推进"]), 0)).toBe(false);
    expect(restartsUnderHeading(1, "完成县城至北岭乡三级公路改造", before, src(["1 完成县城至北岭乡三级公路改造", "28 公里"]), 0)).toBe(false);
  });
});

describe("a heading row joined to the next row's number", () => {
  it("the heading goes on the row above, the number opens the next row", () => {
    expect(gluedNextRow("（二）健全社会保障体系 4 城镇新增就业 3200 人，农村劳动", 4)).toEqual({ before: "（二）健全社会保障体系", task: "城镇新增就业 3200 人，农村劳动" });
  });
  it("counter-example: a heading's quantity, a sentence before the number, or another number, is not cut", () => {
    expect(gluedNextRow("（二）健全社会保障体系 4 个中心建成投用", 4)).toBeNull();
    expect(gluedNextRow("（二）今年，全面完成改造 4 项工程，全部交付", 4)).toBeNull();
    expect(gluedNextRow("（二）健全社会保障体系 5 城镇新增就业 3200 人，农村劳动", 4)).toBeNull();
    // a long piece of prose (not a heading) before a spaced number: the number is a quantity
    expect(gluedNextRow("完成县城至北岭乡三级公路改造 4 城镇新增就业，农村", 4)).toBeNull();
  });
});

describe("the whole table", () => {
  const text = [
    "附件",
    "2020 年县政府工作报告重点工作责任分解表",
    "序号 具体任务 责任领导 责任单位",
    "一、推动县域经济提质增效",
    "1 全年实施工业项目 35 个，完成工",
    "业投资 42 亿元 黎 明 县工信局",
    "2 加快工业园区标准化厂房二期",
    "建设，新增入园企业 10 家以上 邹德华 县园区管委会",
    "二、统筹城乡融合发展",
    "1 完成县城至北岭乡三级公路改造",
    "28 公里，新建通组公路 60 公里 蒋海峰 县交通运输局",
    "2 推进龙溪水库除险加固，年底前实现通水 曾 勇 县水利局",
    "三、增进民生福祉",
    "1 新建县第三小学，改扩建城北幼儿",
    "园，新增学位 2800 个 杨 静 县教育局",
    "（二）健全社会保障体系 2 城镇新增就业 3200 人，农村劳动",
    "力转移就业 5000 人 邓家豪 县人社局",
    "3 城乡居民基本医疗保险参保率稳定在 97%以上 孙玉兰 县医保局",
  ].join("\n");
  it("reads every row, numbered on, each under its section", async () => {
    const r = await parseText(text, { layout: "flat" });
    expect(r.tasks.map((t) => [t.seq, t.section.at(-1), t.task, t.units, t.leaders])).toEqual([
      [1, "一、推动县域经济提质增效", "全年实施工业项目 35 个，完成工业投资 42 亿元", ["县工信局"], ["黎明"]],
      [2, "一、推动县域经济提质增效", "加快工业园区标准化厂房二期建设，新增入园企业 10 家以上", ["县园区管委会"], ["邹德华"]],
      [3, "二、统筹城乡融合发展", "完成县城至北岭乡三级公路改造 28 公里，新建通组公路 60 公里", ["县交通运输局"], ["蒋海峰"]],
      [4, "二、统筹城乡融合发展", "推进龙溪水库除险加固，年底前实现通水", ["县水利局"], ["曾勇"]],
      [5, "三、增进民生福祉", "新建县第三小学，改扩建城北幼儿园，新增学位 2800 个", ["县教育局"], ["杨静"]],
      [6, "（二）健全社会保障体系", "城镇新增就业 3200 人，农村劳动力转移就业 5000 人", ["县人社局"], ["邓家豪"]],
      [7, "（二）健全社会保障体系", "城乡居民基本医疗保险参保率稳定在 97%以上", ["县医保局"], ["孙玉兰"]],
    ]);
    expect(r.diagnostics.filter((d) => d.code === "SEQ_RESTART_SECTION").map((d) => d.seq)).toEqual([3, 5]);
  });
});
