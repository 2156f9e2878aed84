// Classes of the eighth real-like set (fixtures/real-like/r8-*, issue 15 §1 and §3): one `describe` per
// rule, each with a counter-example that looks alike and must not be read the same way.
import { describe, expect, it } from "vitest";
import { mapHeader } from "../../src/table/headers.js";
import { readNumbering } from "../../src/layouts/list/numbering.js";
import { labelField } from "../../src/layouts/list/responsibility.js";
import { BARE_MARKER, labelledDeadline, peelTrailingDeadline, peelYouClause } from "../../src/layouts/list/labels.js";
import { dashColons, withoutTranslationLines } from "../../src/layouts/list.js";
import { ET_CETERA, PROPOSAL_ITEM } from "../../src/layouts/list/data.js";
import { parseText } from "../../src/parse.js";
import type { Result } from "../../src/model/schema.js";

const rows = (r: Result) =>
  r.tasks.map((t) => ({ seq: t.seq, section: t.section, task: t.task, lead: t.leadUnits, units: t.units, co: t.coUnits, leaders: t.leaders, sup: t.supervisors, review: t.review.map((x) => x.code) }));

describe("label words: 局办 offices, 第一责任人, a unit label with its deadline", () => {
  it("maps 责任局办 to units, 配合局办 to co-units, 第一责任人 / 直接责任人 to leaders, 责任单位及完成时限 to units", () => {
    expect(mapHeader("责任局办")).toBe("units");
    expect(mapHeader("配合局办")).toBe("coUnits");
    expect(mapHeader("第一责任人")).toBe("leaders");
    expect(mapHeader("直接责任人")).toBe("leaders");
    expect(mapHeader("责任单位及完成时限")).toBe("units");
  });
  it("counter-example: 完成时限 and 时间节点 alone stay no field; 第一季度 is a period, 局办公室 no label word", () => {
    expect(mapHeader("完成时限")).toBe("other");
    expect(mapHeader("时间节点")).toBe("other");
    expect(mapHeader("第一季度")).toBe("other");
    expect(mapHeader("局办公室")).toBe("other");
  });
  it("reads 第一责任人 label lines as leaders, not as task text", async () => {
    const r = await parseText(["2025年重点任务分解", "（1）新增高新技术企业40家。", "第一责任人：许东", "牵头单位：新区科技局", "（2）建设研发平台5个。", "第一责任人：许东", "牵头单位：新区科技局"].join("\n"));
    expect(rows(r).map((x) => [x.task, x.lead, x.leaders])).toEqual([
      ["新增高新技术企业40家。", ["新区科技局"], ["许东"]],
      ["建设研发平台5个。", ["新区科技局"], ["许东"]],
    ]);
  });
});

describe("a bare 责任： label whose names carry role verbs", () => {
  it("责任 and 分工 are role labels as the whole label", () => {
    expect(labelField("责任")).toBe("roles");
    expect(labelField("分工")).toBe("roles");
  });
  it("counter-example: a run ending in 责任 is no label (`落实主体责任：…` is a sentence)", () => {
    expect(labelField("落实主体责任")).toBeNull();
    expect(labelField("压实责任")).toBeNull();
  });
  it("reads 责任：X牵头，Y、Z配合", async () => {
    const r = await parseText(["2010年目标任务分解", "1.全县生产总值增长13%。", "责任：县发改局牵头，县统计局、县经贸局配合", "2.新农合参合率稳定在95%以上。", "责任：县卫生局"].join("\n"));
    expect(rows(r).map((x) => [x.task, x.lead, x.units, x.co])).toEqual([
      ["全县生产总值增长13%。", ["县发改局"], [], ["县统计局", "县经贸局"]],
      ["新农合参合率稳定在95%以上。", [], ["县卫生局"], []],
    ]);
  });
});

describe("letter and stem headings: A. B. / （甲）（乙） / ㈠ ㈡", () => {
  it("reads capital letters with a stop, heavenly stems in brackets and ㈠ as heading numbers", () => {
    expect(readNumbering("A.经济发展目标")).toMatchObject({ style: "latin", number: 1, level: 0 });
    expect(readNumbering("B、社会事业")).toMatchObject({ style: "latin", number: 2 });
    expect(readNumbering("（乙）重点工作任务")).toMatchObject({ style: "stem-paren", number: 2, level: 0 });
    expect(readNumbering("㈡工业经济")).toMatchObject({ style: "cn-paren", number: 2, level: 2 });
  });
  it("counter-example: a letter without its stop or before no Han character is a word", () => {
    expect(readNumbering("A级景区新增3家")).toBeNull();
    expect(readNumbering("B超室改造")).toBeNull();
    expect(readNumbering("A.B.C三类企业")).toBeNull();
    expect(readNumbering("甲级资质企业5家")).toBeNull();
  });
  it("letter headings head the tasks below them", async () => {
    const r = await parseText(["目标任务分解", "A.经济发展目标", "1.生产总值增长13%。", "责任单位：县发改局", "B.社会事业目标", "2.失业率控制在4.2%以内。", "责任单位：县人社局"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.section, x.review])).toEqual([
      [1, ["A.经济发展目标"], []],
      [2, ["B.社会事业目标"], []],
    ]);
  });
});

describe("a duty phrase in a label with role verbs, bare or in brackets", () => {
  it("gives the names before it to units when the label's other names carry verbs", async () => {
    const r = await parseText(["2023年重点任务责任分解", "1、城镇新增就业2.5万人以上。", "责任单位：市人社局牵头，各区县人民政府（按职责分工负责）", "2、新引进亿元以上项目50个。", "责任单位：市投资促进局牵头，市商务局配合，各区县人民政府按职责分工负责"].join("\n"));
    expect(rows(r).map((x) => [x.lead, x.units, x.co, x.review])).toEqual([
      [["市人社局"], ["各区县人民政府"], [], []],
      [["市投资促进局"], ["各区县人民政府"], ["市商务局"], []],
    ]);
  });
  it("counter-example: under a label of one role the duty phrase gives no role (the label's holds), brackets or not", async () => {
    const r = await parseText(["2023年目标任务分解", "1.地区生产总值增长6.5%。", "牵头单位：县发改局", "配合单位：县直有关部门（按职责分工负责）", "2.新增市场主体3000户。", "牵头单位：县市场监管局", "配合单位：各乡镇人民政府按职责分工负责"].join("\n"));
    expect(rows(r).map((x) => [x.lead, x.units, x.co])).toEqual([
      [["县发改局"], [], ["县直有关部门"]],
      [["县市场监管局"], [], ["各乡镇人民政府"]],
    ]);
  });
});

describe("a label closed by a dash instead of a colon", () => {
  const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
  it("reads 牵头单位——X and 责任领导—Y as labels", () => {
    expect(dashColons(lines(["牵头单位——县工信局", "责任领导—陈志刚", "  配合单位 —— 县科技局"])).map((l) => l.text)).toEqual(["牵头单位：县工信局", "责任领导：陈志刚", "  配合单位：县科技局"]);
  });
  it("counter-example: a dash after other words, or closing a task, stays", () => {
    const texts = ["新建——改造并举", "——县发改局负责", "1.完成造林1.5万亩——县林业局", "工作目标——全面完成"];
    expect(dashColons(lines(texts)).map((l) => l.text)).toEqual(texts);
  });
});

describe("a deadline with its label after the task, in brackets or not", () => {
  it("reads （完成时限：2024年11月底） and `；完成时限：全年` as deadlines", () => {
    expect(labelledDeadline("完成时限：2024年11月底")).toBe("2024年11月底");
    expect(peelTrailingDeadline("地区生产总值增长，目标值：6.5%；完成时限：2024年12月")).toEqual({ task: "地区生产总值增长，目标值：6.5%", deadline: "2024年12月" });
  });
  it("counter-example: a bracket with more than the deadline, or a value that is no time, is none", () => {
    expect(labelledDeadline("完成时限：年底；牵头单位：县发改局")).toBeNull();
    expect(labelledDeadline("时间：上午在三楼会议室")).toBeNull();
    expect(labelledDeadline("含续建项目")).toBeNull();
    expect(peelTrailingDeadline("规模以上工业增加值增长，目标值：8%")).toBeNull();
  });
  it("drops the bracket from the task", async () => {
    const r = await parseText(["重点任务分解", "1）完成国省干线公路改造80公里。（完成时限：2024年11月底）", "挂点领导：黄启明", "责任科室：公路建设科", "2）新开通公交线路10条。（完成时限：2024年9月底）", "挂点领导：潘玉", "责任科室：运输管理科"].join("\n"));
    expect(rows(r).map((x) => [x.task, x.units, x.sup])).toEqual([
      ["完成国省干线公路改造80公里。", ["公路建设科"], ["黄启明"]],
      ["新开通公交线路10条。", ["运输管理科"], ["潘玉"]],
    ]);
  });
});

describe("an excerpt that opens with its one task", () => {
  it("reads one labelled task numbered past 1 at the top of the text, flagged LIST_EXCERPT_ONE_TASK", async () => {
    const r = await parseText(["7.深入推进“放管服”改革，政务服务事项网上可办率达到98%以上。", "责任单位：县政务服务中心", "", "8.持续优化营商环境，开展"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.units, x.review])).toEqual([
      [7, ["县政务服务中心"], ["LIST_EXCERPT_ONE_TASK"]],
      [8, [], ["NO_UNIT"]],
    ]);
    const headed = await parseText(["（五）加快建设现代化产业体系", "12.实施先进制造业集群培育行动。（责任单位：市工信局）", "13.大力发展"].join("\n"));
    expect(rows(headed).map((x) => [x.seq, x.section, x.units])).toEqual([
      [12, ["（五）加快建设现代化产业体系"], ["市工信局"]],
      [13, ["（五）加快建设现代化产业体系"], []],
    ]);
  });
  it("counter-example: a task numbered 1, or a title or prose above it, is not read on that alone", async () => {
    await expect(parseText(["1.深入推进改革，网上可办率达到98%以上。", "责任单位：县政务服务中心", "2.持续优化营商环境，开展"].join("\n"))).rejects.toMatchObject({ code: "NO_TABLE" });
    await expect(parseText(["2022年县政府工作报告", "7.深入推进改革，网上可办率达到98%以上。", "责任单位：县政务服务中心", "8.持续优化营商环境，开展"].join("\n"))).rejects.toMatchObject({ code: "NO_TABLE" });
    await expect(parseText(["今年以来，我县扎实推进各项工作，取得了明显成效。", "7.深入推进改革，网上可办率达到98%以上。", "责任单位：县政务服务中心"].join("\n"))).rejects.toMatchObject({ code: "NO_TABLE" });
  });
});

describe("a closing sentence or clause with 由 gives the units", () => {
  it("reads 此项工作由X牵头，Y配合。 and ，由X负责；", () => {
    const a = peelYouClause("大力发展数字经济，新增上云企业300家。此项工作由区工信局牵头，区科技局、区大数据中心配合。")!;
    expect(a.task).toBe("大力发展数字经济，新增上云企业300家。");
    expect(a.found.cells).toEqual({ leadUnits: ["区工信局"], coUnits: ["区科技局、区大数据中心"] });
    const b = peelYouClause("招商引资实际到位资金30亿元，由县招商局负责；")!;
    expect(b.task).toBe("招商引资实际到位资金30亿元");
    expect(b.found.cells).toEqual({ units: ["县招商局"] });
  });
  it("counter-example: 由 before what is no unit, or a clause without its verb, stays in the task", () => {
    expect(peelYouClause("新建农村公路150公里，所需资金由县财政负责保障。")).toBeNull();
    expect(peelYouClause("推进国企改革，由企业自主负责实施。")).toBeNull();
    expect(peelYouClause("完成造林1万亩，由县林业局组织，各乡镇。")).toBeNull();
    expect(peelYouClause("此项工作由县长刘建国负责。")).toBeNull();
  });
  it("reads prose tasks ending so as a list", async () => {
    const r = await parseText(["第一部分 推动经济高质量发展", "（1）新增上云企业300家。此项工作由区工信局牵头，区科技局配合。", "（2）建成人才公寓500套。此项工作由区住建局负责。"].join("\n"));
    expect(rows(r).map((x) => [x.task, x.lead, x.units, x.co])).toEqual([
      ["新增上云企业300家。", ["区工信局"], [], ["区科技局"]],
      ["建成人才公寓500套。", [], ["区住建局"], []],
    ]);
  });
});

describe("a bilingual page's lines in the area's script", () => {
  const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
  it("reads lines mostly in Korean, Tibetan, Mongolian, Uyghur or Yi as blank", () => {
    expect(withoutTranslationLines(lines(["일、경제발전", "一、经济发展", "송천시 2023년 《정부사업보고》"])).map((l) => l.text)).toEqual(["", "一、经济发展", ""]);
  });
  it("counter-example: a Chinese line with a few such letters stays", () => {
    const texts = ["牵头单位：市民族宗教事务局（민족）", "1.建设朝鲜族民俗村2个。"];
    expect(withoutTranslationLines(lines(texts)).map((l) => l.text)).toEqual(texts);
  });
});

describe("deputies' proposals listed with 主办/协办 units", () => {
  it("a proposal's title or its deputy's label marks the item", () => {
    expect(PROPOSAL_ITEM.test("关于加快修建通村公路的建议（第3号，领衔代表：李家福）")).toBe(true);
    expect(PROPOSAL_ITEM.test("领衔代表：李家福")).toBe(true);
    expect(PROPOSAL_ITEM.test("提案人：王明")).toBe(true);
  });
  it("counter-example: a task about proposals, or a task opening with 关于 that is no proposal, is no such item", () => {
    expect(PROPOSAL_ITEM.test("办理人大代表建议和政协提案180件，办复率100%。")).toBe(false);
    expect(PROPOSAL_ITEM.test("关于加快发展数字经济，全年新增上云企业300家。")).toBe(false);
  });
  it("reads the tasks and not the proposals after them", async () => {
    const r = await parseText(["附件1", "2022年县政府工作报告目标任务分解", "1.粮食播种面积稳定在45万亩以上。", "牵头单位：县农业农村局", "2.新增城镇就业3200人。", "牵头单位：县人社局", "附件2", "代表建议办理分工", "1.关于加快修建通村公路的建议（第3号，领衔代表：李家福）", "主办单位：县交通运输局", "2.关于改善乡镇卫生院就医条件的建议（第7号）", "主办单位：县卫生健康局"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.task, x.lead])).toEqual([
      [1, "粮食播种面积稳定在45万亩以上。", ["县农业农村局"]],
      [2, "新增城镇就业3200人。", ["县人社局"]],
    ]);
  });
});

describe("a leader's portfolio: 分管单位 / 联系单位", () => {
  it("maps 分管单位 and 联系单位 to no field", () => {
    expect(mapHeader("分管单位")).toBe("other");
    expect(mapHeader("联系单位")).toBe("other");
  });
  it("counter-example: 分管领导 / 联系领导 stay supervisors, 责任单位 stays units", () => {
    expect(mapHeader("分管领导")).toBe("supervisors");
    expect(mapHeader("联系领导")).toBe("supervisors");
    expect(mapHeader("责任单位")).toBe("units");
  });
});

describe("a numbering marker alone on the last line", () => {
  it("is never a name of the list above", () => {
    for (const t of ["4、", "5.", "（六）", "⑦"]) expect(BARE_MARKER.test(t), t).toBe(true);
  });
  it("counter-example: names and wrapped tails stay", () => {
    for (const t of ["县财政局、县税务局", "局、区住建局", "府"]) expect(BARE_MARKER.test(t), t).toBe(false);
  });
});

describe("role verbs 统筹 and 具体实施", () => {
  it("reads （X统筹，Y具体实施） as lead and units", async () => {
    const r = await parseText(["重点工作分解方案", "1.完成固定资产投资180亿元。（县发改局统筹，各乡镇具体实施）", "2.新增规上企业15家。（县经信局统筹，县统计局配合）"].join("\n"));
    expect(rows(r).map((x) => [x.task, x.lead, x.units, x.co])).toEqual([
      ["完成固定资产投资180亿元。", ["县发改局"], ["各乡镇"], []],
      ["新增规上企业15家。", ["县经信局"], [], ["县统计局"]],
    ]);
  });
  it("counter-example: 统筹 in a remark that names no unit stays in the task", async () => {
    const r = await parseText(["重点工作分解方案", "1.推进城乡融合发展（城乡统筹）。（县发改局负责）", "2.新增规上企业15家。（县经信局负责）"].join("\n"));
    expect(rows(r).map((x) => [x.task, x.lead, x.units])).toEqual([
      ["推进城乡融合发展（城乡统筹）。", [], ["县发改局"]],
      ["新增规上企业15家。", [], ["县经信局"]],
    ]);
  });
});

describe("a label whose note names the units' people: 牵头单位（责任人）", () => {
  it("gives the person in brackets after the unit to leaders; 主要责任人 is a whole label word", async () => {
    const r = await parseText(["重点工作任务分解", "1、新引进亿元以上项目30个。", "牵头单位（责任人）：县投资促进中心（张伟）", "配合单位：县发改局", "2、新增专精特新企业6家。", "牵头单位：县工信局 | 配合单位：县科技局 | 主要责任人：黄立"].join("\n"));
    expect(rows(r).map((x) => [x.lead, x.co, x.leaders])).toEqual([
      [["县投资促进中心"], ["县发改局"], ["张伟"]],
      [["县工信局"], ["县科技局"], ["黄立"]],
    ]);
  });
  it("counter-example: under a label with another note (`责任单位（部门）`) a bracket after a unit stays its annotation", async () => {
    const r = await parseText(["重点工作任务分解", "1、新引进项目30个。", "责任单位（部门）：县发改局（县重点办）", "2、新增企业6家。", "责任单位（部门）：县工信局（县中小企业局）"].join("\n"));
    expect(rows(r).map((x) => [x.units, x.leaders])).toEqual([
      [["县发改局（县重点办）"], []],
      [["县工信局（县中小企业局）"], []],
    ]);
  });
});

describe("leader words 协调领导 / 督战领导", () => {
  it("maps them to supervisors", () => {
    expect(mapHeader("协调领导")).toBe("supervisors");
    expect(mapHeader("督战领导")).toBe("supervisors");
  });
  it("counter-example: 协调单位 names units, 督战 alone nothing", () => {
    expect(mapHeader("协调单位")).toBe("units");
    expect(mapHeader("督战")).toBe("other");
  });
});

describe("a list closed by 等 and a count (`等10个部门`)", () => {
  it("is closed like 等", () => {
    for (const t of ["县工信局等10个部门", "县农业农村局等8个单位", "县商务局等3家单位", "县税务局等有关单位"]) expect(ET_CETERA.test(t), t).toBe(true);
  });
  it("counter-example: a name with a count inside (`中等职业学校`, `10个部门联席会议办公室`) is not closed", () => {
    for (const t of ["县中等职业学校", "县10个部门联席会议办公室"]) expect(ET_CETERA.test(t), t).toBe(false);
  });
});

describe("the person of each role: 牵头责任人 / 配合责任人", () => {
  it("maps both to leaders", () => {
    for (const h of ["牵头责任人", "配合责任人", "协办责任人", "协同负责人"]) expect(mapHeader(h), h).toBe("leaders");
  });
  it("counter-example: 配合单位 / 协办部门 stay co-units", () => {
    expect(mapHeader("配合单位")).toBe("coUnits");
    expect(mapHeader("协办部门")).toBe("coUnits");
  });
});
