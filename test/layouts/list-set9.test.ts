// Classes of the ninth real-like set (fixtures/real-like/r9-*, issue 15 §1 and §3): one `describe` per
// rule, each with a counter-example that looks alike and must not be read the same way.
import { describe, expect, it } from "vitest";
import { readNumbering, spaceGluedNumbers } from "../../src/layouts/list/numbering.js";
import { colonAfterLabel } from "../../src/layouts/list/labels.js";
import { isRuleLine, seqLabelAsMarker } from "../../src/layouts/list/blocks.js";
import { bracketBeforeTask, labelLineAbove, labelsBeforeTask } from "../../src/layouts/list/reorder.js";
import { groupNotesSpread } from "../../src/layouts/list/notes.js";
import { dashColons } from "../../src/layouts/list.js";
import { ET_CETERA, ET_CETERA_INSIDE } from "../../src/layouts/list/data.js";
import { EVENT_NOTICE } from "../../src/meta/kind.js";
import { parseText } from "../../src/parse.js";
import type { Result } from "../../src/model/schema.js";

const rows = (r: Result) =>
  r.tasks.map((t) => ({ seq: t.seq, section: t.section, task: t.task, lead: t.leadUnits, units: t.units, co: t.coUnits, leaders: t.leaders, sup: t.supervisors, review: t.review.map((x) => x.code) }));
const src = (texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));
const texts = (ls: Array<{ text: string }>) => ls.map((l) => l.text);

describe("任务一： numbering", () => {
  it("reads 任务N： as a task number", () => {
    expect(readNumbering("任务二：研发经费投入强度达到2.6%。")).toMatchObject({ style: "renwu", number: 2, rest: "研发经费投入强度达到2.6%。" });
    expect(readNumbering("任务12、新建学校")).toMatchObject({ style: "renwu", number: 12 });
  });
  it("counter-example: 任务 as a word (`任务一项`, `任务重`, `任务：…`) numbers nothing", () => {
    expect(readNumbering("任务一项未完成。")).toBeNull();
    expect(readNumbering("任务重、要求高。")).toBeNull();
    expect(readNumbering("任务：新建学校2所。")).toBeNull();
  });
  it("reads tasks 任务一：… under a heading, each with its own labels (the marker is no label)", async () => {
    const r = await parseText(["2024年目标任务分解", "一、科技创新", "任务一：高新技术企业达到150家。", "牵头单位：市科技局", "任务二：研发投入强度达到2.6%。", "牵头单位：市科技局", "责任单位：市统计局"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.section, x.task, x.lead, x.units])).toEqual([
      [1, ["一、科技创新"], "高新技术企业达到150家。", ["市科技局"], []],
      [2, ["一、科技创新"], "研发投入强度达到2.6%。", ["市科技局"], ["市统计局"]],
    ]);
  });
});

describe("middle-dot bullets", () => {
  it("a middle dot with a space after it is a bullet", () => {
    expect(readNumbering("· 新建5G基站800个。")).toMatchObject({ style: "bullet" });
    expect(readNumbering("・ 新增就业1.2万人。")).toMatchObject({ style: "bullet" });
  });
  it("counter-example: a dot glued to a word (a transliterated name) is no bullet", () => {
    expect(readNumbering("·阿依古丽负责")).toBeNull();
  });
});

describe("a task number whose full stop was lost (`1 粮食…`)", () => {
  it("reads `N 汉` counting on from 1 as `N.`", () => {
    const out = texts(spaceGluedNumbers(src(["一、农业农村", "1 粮食总产量稳定在30万吨以上。", "牵头单位：县农业农村局", "2 新增合作社示范社10家。", "牵头单位：县农业农村局"])));
    expect(out[1]).toBe("1. 粮食总产量稳定在30万吨以上。");
    expect(out[3]).toBe("2. 新增合作社示范社10家。");
  });
  it("counter-example: a lone one, a quantity (`3 万户`), a date (`2024 年`) or a number out of turn stays", () => {
    expect(texts(spaceGluedNumbers(src(["一、农业", "1 粮食总产量稳定。", "牵头单位：县农业农村局"])))[1]).toBe("1 粮食总产量稳定。");
    expect(texts(spaceGluedNumbers(src(["惠及居民", "1 万户。", "2 万户。"])))).toEqual(["惠及居民", "1 万户。", "2 万户。"]);
    expect(texts(spaceGluedNumbers(src(["标题", "5 新建学校。", "7 新建医院。"])))).toEqual(["标题", "5 新建学校。", "7 新建医院。"]);
  });
});

describe("序号：N record lines", () => {
  it("reads `序号：3` alone on its line as the marker `3.`", () => {
    expect(seqLabelAsMarker({ line: 1, text: "序号：3" }).text).toBe("3.");
    expect(seqLabelAsMarker({ line: 1, text: "序 号: 12 " }).text).toBe("12.");
  });
  it("counter-example: 序号 with words or several numbers stays", () => {
    expect(seqLabelAsMarker({ line: 1, text: "序号：1、2、3" }).text).toBe("序号：1、2、3");
    expect(seqLabelAsMarker({ line: 1, text: "序号：1 工作任务" }).text).toBe("序号：1 工作任务");
  });
  it("reads record blocks 序号 / 工作任务 / 牵头单位 / 完成时限", async () => {
    const r = await parseText(["2025年任务清单", "序号：1", "工作任务：新增就业岗位8000个。", "牵头单位：区人社局", "完成时限：2025年12月", "-----", "序号：2", "工作任务：建设高标准农田3万亩。", "牵头单位：区农业农村局", "配合单位：区财政局"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.task, x.lead, x.co])).toEqual([
      [1, "新增就业岗位8000个。", ["区人社局"], []],
      [2, "建设高标准农田3万亩。", ["区农业农村局"], ["区财政局"]],
    ]);
  });
});

describe("labels without colons, several on one line", () => {
  it("puts each label's colon back", () => {
    expect(colonAfterLabel("牵头单位 县教育局；配合单位 县住建局、县自然资源局")).toBe("牵头单位：县教育局；配合单位：县住建局、县自然资源局");
  });
  it("counter-example: a sentence with a ； after a label word stays", () => {
    expect(colonAfterLabel("责任单位 要切实履行职责；配合单位 要主动配合")).toBe("责任单位 要切实履行职责；配合单位 要主动配合");
    expect(colonAfterLabel("牵头单位 县教育局；加强统筹")).toBe("牵头单位 县教育局；加强统筹");
  });
});

describe("a role note closing a ；-group", () => {
  it("gives （配合） to every name of its group", () => {
    expect(groupNotesSpread("市住建局（牵头）；市城管局、市交通运输局（配合）")).toEqual(["市住建局（牵头）", "市城管局（配合）", "市交通运输局（配合）"]);
  });
  it("counter-example: without ； a note stays with its own name; a group whose names carry notes stays", () => {
    expect(groupNotesSpread("市住建局（牵头）、市城管局、市交通运输局（配合）")).toEqual(["市住建局（牵头）", "市城管局", "市交通运输局（配合）"]);
    expect(groupNotesSpread("市住建局（牵头）；市城管局（牵头）、市交通运输局（配合）")).toEqual(["市住建局（牵头）", "市城管局（牵头）", "市交通运输局（配合）"]);
  });
});

describe("role words closed by a dash inside a label", () => {
  it("reads `责任单位：牵头—X；配合—Y` as 牵头：X；配合：Y", () => {
    expect(texts(dashColons(src(["责任单位：牵头—县城管局；配合—县住建局"])))).toEqual(["责任单位：牵头：县城管局；配合：县住建局"]);
  });
  it("counter-example: a dash between names, or in a line that opens with no label, stays", () => {
    expect(texts(dashColons(src(["责任单位：县城管局—县住建局"])))).toEqual(["责任单位：县城管局—县住建局"]);
    expect(texts(dashColons(src(["推进城乡一体化：城区—乡镇—村三级联动"])))).toEqual(["推进城乡一体化：城区—乡镇—村三级联动"]);
  });
});

describe("等 closing a part with a collective noun", () => {
  it("drops 等群团组织 / 等社会组织 at the end or before a comma", () => {
    expect("市总工会、团市委等群团组织".replace(ET_CETERA, "")).toBe("市总工会、团市委");
    expect("团市委、市妇联等群团组织，各区人民政府".replace(ET_CETERA_INSIDE, "")).toBe("团市委、市妇联，各区人民政府");
  });
  it("counter-example: 等 inside a name (`中等职业学校`) or before other words stays", () => {
    expect("县中等职业学校".replace(ET_CETERA, "")).toBe("县中等职业学校");
    expect("平等组织协商，各区".replace(ET_CETERA_INSIDE, "")).toBe("平等组织协商，各区");
  });
});

describe("labels written before the task", () => {
  it("a numbered line of labels over a 工作任务： line reads as task then labels", () => {
    expect(texts(labelsBeforeTask(src(["1.牵头单位：市发改委；配合单位：市统计局", "工作任务：地区生产总值增长6%。"])))).toEqual(["1.地区生产总值增长6%。", "牵头单位：市发改委；配合单位：市统计局"]);
  });
  it("counter-example: a numbered label line over another numbered line, or over plain text, stays", () => {
    const a = ["1.牵头单位：市发改委", "2.工作任务：新建学校。"];
    expect(texts(labelsBeforeTask(src(a)))).toEqual(a);
    const b = ["1.地区生产总值增长6%。", "工作任务：见附表。"];
    expect(texts(labelsBeforeTask(src(b)))).toEqual(b);
  });
  it("a label bracket right after the number goes after the task", () => {
    expect(texts(bracketBeforeTask(src(["1.（牵头单位：县投资促进局；配合单位：县商务局）新签约亿元以上项目30个。"])))).toEqual(["1.新签约亿元以上项目30个。（牵头单位：县投资促进局；配合单位：县商务局）"]);
  });
  it("counter-example: a leading remark bracket without labels, or a bracket with no task after it, stays", () => {
    const a = ["1.（含续建项目）实施重点项目45个。", "2.（牵头单位：县发改局）"];
    expect(texts(bracketBeforeTask(src(a)))).toEqual(a);
  });
  it("a label line above every task belongs to the task below", () => {
    const out = texts(labelLineAbove(src(["（一）产业发展", "责任领导：周海林", "1.推进扩区调位。", "牵头单位：县经开区管委会", "责任领导：谢明远", "2.新增专精特新企业8家。", "牵头单位：县工信局"])));
    expect(out).toEqual(["（一）产业发展", "1.推进扩区调位。", "责任领导：周海林", "牵头单位：县经开区管委会", "2.新增专精特新企业8家。", "责任领导：谢明远", "牵头单位：县工信局"]);
  });
  it("counter-example: one label line after each task (the first under a task, not a heading) stays", () => {
    const a = ["（一）产业发展", "1.推进扩区调位。", "牵头单位：县经开区管委会", "2.新增专精特新企业8家。", "牵头单位：县工信局", "3.建设园区。", "牵头单位：县发改局"];
    expect(texts(labelLineAbove(src(a)))).toEqual(a);
    // a heading's own label line over the tasks of its section, with other labels under each task
    const b = ["（一）产业发展", "牵头单位：县工信局", "1.推进扩区调位。", "配合单位：县发改局", "2.新增企业8家。", "配合单位：县科技局"];
    expect(texts(labelLineAbove(src(b)))).toEqual(b);
  });
  it("parses the leader-first form end to end", async () => {
    const r = await parseText(["2023年政府工作报告目标任务分工", "（一）产业发展", "责任领导：周海林", "1.推进扩区调位。", "牵头单位：县经开区管委会", "责任领导：谢明远", "2.新增专精特新企业8家。", "牵头单位：县工信局"].join("\n"));
    expect(rows(r).map((x) => [x.task, x.lead, x.leaders])).toEqual([
      ["推进扩区调位。", ["县经开区管委会"], ["周海林"]],
      ["新增专精特新企业8家。", ["县工信局"], ["谢明远"]],
    ]);
  });
});

describe("headings that are only a label", () => {
  it("give their names to the tasks under them and are no section", async () => {
    const r = await parseText(["2024年任务分解", "（一）牵头单位：区发改局", "1.完成固定资产投资120亿元。", "2.争取专项债券15亿元。", "（二）牵头单位：区住建局", "3.完成老旧小区改造40个。"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.section, x.lead])).toEqual([
      [1, [], ["区发改局"]],
      [2, [], ["区发改局"]],
      [3, [], ["区住建局"]],
    ]);
  });
  it("counter-example: headings with a topic and a label are the section, as printed", async () => {
    const r = await parseText(["2022年重点任务分解", "（一）稳定工业增长（牵头单位：市工信局）", "1.规上工业增加值增长7%。（责任单位：各县区政府）", "（二）扩大有效投资（牵头单位：市发改委）", "2.实施重点项目200个。（责任单位：市重点项目中心）"].join("\n"));
    expect(rows(r).map((x) => [x.section, x.lead, x.units])).toEqual([
      [["（一）稳定工业增长（牵头单位：市工信局）"], ["市工信局"], ["各县区政府"]],
      [["（二）扩大有效投资（牵头单位：市发改委）"], ["市发改委"], ["市重点项目中心"]],
    ]);
  });
});

describe("a notice that holds an event is no decomposition", () => {
  it("reads the title of an event notice", () => {
    expect(EVENT_NOTICE.test("关于举办2024年青岚县农民丰收节系列活动的通知")).toBe(true);
    expect(EVENT_NOTICE.test("关于召开全县经济工作会议的通知")).toBe(true);
  });
  it("counter-example: a notice of work or of a decomposition is none", () => {
    expect(EVENT_NOTICE.test("关于开展2024年安全生产大检查工作的通知")).toBe(false);
    expect(EVENT_NOTICE.test("关于分解落实2026年县政府工作报告目标任务的通知")).toBe(false);
  });
  it("refuses an event notice whose activities carry 责任单位 lines, reads a decomposition that says so", async () => {
    const event = ["关于举办2024年农民丰收节系列活动的通知", "各乡镇人民政府，县直各有关单位：", "四、活动内容", "1.开幕式及农民文艺汇演。", "责任单位：县文化和旅游局", "2.农特产品展销。", "责任单位：县供销社、县商务局"].join("\n");
    await expect(parseText(event)).rejects.toMatchObject({ code: "NO_TABLE" });
    const r = await parseText(["2024年政府工作报告重点任务分解", "1.开幕式及农民文艺汇演。", "责任单位：县文化和旅游局", "2.农特产品展销。", "责任单位：县供销社、县商务局"].join("\n"));
    expect(rows(r).map((x) => x.units)).toEqual([["县文化和旅游局"], ["县供销社", "县商务局"]]);
  });
});

describe("an excerpt cut inside the last task or its label, and rule lines between records", () => {
  const head = ["2023年政府工作报告任务分解", "1.新建高标准农田2.5万亩。", "牵头单位：县农业农村局", "配合单位：县财政局", "2.改造农村公路危桥15座。", "牵头单位：县交通运输局"];
  it("flags the last task when the text ends in a cut label word (`配合单`)", async () => {
    const r = await parseText([...head, "配合单"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.lead, x.co, x.review])).toEqual([
      [1, ["县农业农村局"], ["县财政局"], []],
      [2, ["县交通运输局"], [], ["TEXT_CUT"]],
    ]);
  });
  it("counter-example: a last line that is a whole name under an empty label flags nothing", async () => {
    const r = await parseText([...head.slice(0, 5), "牵头单位：", "县交通运输局"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.lead, x.review])).toEqual([
      [1, ["县农业农村局"], []],
      [2, ["县交通运输局"], []],
    ]);
  });
  it("flags the last task whose text stops without the sentence end the others have", async () => {
    const r = await parseText(["2024年任务分解", "1.牵头单位：市发改委", "工作任务：地区生产总值增长6%。", "2.牵头单位：市工信局", "工作任务：规上工业增加值增长7%。", "3.牵头单位：市卫健委", "工作任务：新建社区卫生"].join("\n"));
    expect(rows(r).map((x) => [x.seq, x.task, x.lead, x.review])).toEqual([
      [1, "地区生产总值增长6%。", ["市发改委"], []],
      [2, "规上工业增加值增长7%。", ["市工信局"], []],
      [3, "新建社区卫生", ["市卫健委"], ["TEXT_CUT"]],
    ]);
  });
  it("counter-example: a list whose tasks carry no full stop flags none of them", async () => {
    const r = await parseText(["2024年任务分解", "1.地区生产总值增长6%", "牵头单位：市发改委", "2.规上工业增加值增长7%", "牵头单位：市工信局", "3.新建社区卫生服务中心", "牵头单位：市卫健委"].join("\n"));
    expect(rows(r).map((x) => x.review)).toEqual([[], [], []]);
  });
  it("a line of dashes between records is a separator", () => {
    expect(isRuleLine("------------------------------")).toBe(true);
    expect(isRuleLine("＝＝＝＝＝")).toBe(true);
  });
  it("counter-example: a bullet dash, a dash before names, or a markdown delimiter is no rule line", () => {
    expect(isRuleLine("——新建5G基站。")).toBe(false);
    expect(isRuleLine("---|---|---")).toBe(false);
    expect(isRuleLine("--")).toBe(false);
  });
});
