// A PDF text dump whose cover letter gives instructions in numbered paragraphs that name roles (`一、压实工作责任。各责任
//单位…排在第一位的为牵头单位…其他单位按职责积极配合。`, `二、…各牵头单位于每季度末…报市政府督查室`) above a table: those
// paragraphs are no labelled tasks, and the first-is-lead note they carry does not make the table's own unit cells a list.
import { describe, expect, it } from "vitest";
import { detectList } from "../../src/layouts/list.js";
import { parseText } from "../../src/parse.js";
import type { InputDocument } from "../../src/model/intermediate.js";

const doc = (texts: string[]): InputDocument => ({ lines: texts.map((text, i) => ({ text, line: i + 1 })), source: { file: "x.txt", format: "txt", sha256: "", encoding: "utf-8" }, diagnostics: [] }) as InputDocument;

const COVER = [
  "某某市人民政府办公室关于印发2025年《政府工作报告》重点工作任务分解表的通知",
  "各区县人民政府，市政府各部门：",
  "一、压实工作责任。各责任单位要把重点工作任务与本单位年度工作紧密结合。列为多家责任单位的，排在第一位的为牵头单位，负责组织协调，其他单位按职责积极配合。",
  "二、加强跟踪问效。各牵头单位于每季度末将任务进展情况报市政府督查室。",
  "附件",
];
const ROWS = [
  "1 全市地区生产总值增长6%左右",
  "市发展改革委",
  "市统计局",
  "全年",
  "2 固定资产投资增长8%",
  "市发展改革委",
  "市工业和信息化局",
  "全年",
  "3 社会消费品零售总额增长6.5%",
  "市商务局",
  "全年",
  "4 新增城镇就业3.2万人",
  "市人力资源社会保障局",
  "全年",
  "5 粮食播种面积稳定在210万亩以上",
  "市农业农村局",
  "各区县人民政府",
  "10月底前",
  "6 新建高标准农田8万亩",
  "市农业农村局",
  "市财政局",
  "11月底前",
];

describe("a cover letter's role-naming instructions above a table", () => {
  it("do not make the list layout fit: the table under the header reads as rows", async () => {
    // pdftotext's default order: the header's cells interleaved (分管市领 / （排在第一位的为牵头 / 导 / 单位）), so the note
    // reads as a bare unit list in the 二、 paragraph it runs into
    const text: string[] = ["某某市人民政府办公室关于分解落实 2025 年《政府工作报", "告》重点工作任务的通知","各区县人民政府，市政府各部门：","现将重点工作任务分解如下。","一、压实工作责任。各责任单位要把重点工作任务与本单位年度工作紧密结合，主要负责同","志亲自抓、负总责。列为多家责任单位的，排在第一位的为牵头单位，负责组织协调和汇总","报送，其他单位按职责积极配合。","二、加强跟踪问效。各牵头单位于每季度末月 25 日前将任务进展情况报市政府督查室，市","政府督查室定期通报，对进展滞后的开展专项督查。","附件：2025 年《政府工作报告》重点工作任务分解表","某某市人民政府办公室","2025 年 2 月 18 日","","\f附件","","2025 年《政府工作报告》重点工作任务分解表","序号","","重点工作任务","","责任单位","分管市领","（排在第一位的为牵头","导","单位）","","时间节点","","一、扩大有效需求","1","","全市地区生产总值增长 6%左右，一般公共预算","收入增长 5%","","2","","固定资产投资增长 8%，其中工业投资增长 12%","","3","","市发展改革委","市财政局","市统计局","","市发展改革委","滚动实施重大项目攻坚行动，全年 市工业和信息化局","开工亿元以上项目 180 个","","4","","争取地方政府专项债券额度 40 亿元以上 市财政局","市发展改革委","","5","","社会消费品零售总额增长 6.5%","","6","","开展促消费系列活动，发放消费券","5000 万元","","二、全面推进乡村振兴","7","","粮食播种面积稳定在 210 万亩以上","市农业农村局","各区县人民政府","","8","","新建高标准农田 8 万亩 市农业农村局","市财政局","各区县人民政府",""];
    expect(detectList(doc(text))).not.toBe("marked");
    const r = await parseText(text.join("\n"));
    expect(r.tasks.map((t) => t.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // each row's task opens as printed, or the row says it is in doubt (default-mode text prints a unit before row 3's task)
    const starts = ["全市地区生产总值", "固定资产投资增长", "滚动实施重大项目", "争取地方政府专项", "社会消费品零售总", "开展促消费系列活", "粮食播种面积稳定", "新建高标准农田"];
    r.tasks.forEach((t, k) => expect(t.task.startsWith(starts[k]!) || t.review.length > 0).toBe(true));
    expect(r.tasks.filter((t, k) => t.task.startsWith(starts[k]!)).length).toBeGreaterThanOrEqual(7);
  });
  it("the same under a header aligned by spaces (-layout)", () => {
    const rows = ["1    全市地区生产总值增长6%左右        市发展改革委      全年", "2    固定资产投资增长8%                市发展改革委      全年", "3    社会消费品零售总额增长6.5%        市商务局          全年", "4    新增城镇就业3.2万人               市人社局          全年", "5    粮食播种面积稳定在210万亩以上     市农业农村局      全年", "6    新建高标准农田8万亩               市农业农村局      全年"];
    // two instruction paragraphs that name roles by verbs (配合): labelled paragraphs, both above the header
    const cover = [...COVER.slice(0, 3), "二、加强协同配合。各牵头单位负责组织协调，其他单位按职责积极配合。", ...COVER.slice(3)];
    expect(detectList(doc([...cover, "序号   重点工作任务                   责任单位          时间节点", ...rows]))).not.toBe("marked");
  });
  it("counter-example: labelled tasks with no table under them, or as many labelled paragraphs as rows, still fit the list", () => {
    const list = ["关于印发重点工作任务分解的通知", "1.新建幼儿园2所。", "牵头单位：市教育局", "配合单位：市财政局", "2.改造老旧小区30个。", "牵头单位：市住建局", "配合单位：各区县人民政府"];
    expect(detectList(doc(list))).toBe("marked");
  });
});
