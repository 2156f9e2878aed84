/**
 * Header synonyms: the one place that maps a printed column header to the
 * canonical field it holds. Matching is by meaning (the header's words), not
 * by position.
 */
import type { CanonicalField } from "../model/schema.js";
import { cleanName } from "../names/hygiene.js";
import { toSimplified } from "../names/script.js";

/**
 * Ordered rules: the first whose pattern matches the (whitespace-free)
 * header wins. Exact synonyms from the notices we have seen are listed in the
 * comments; the patterns generalise them.
 */
export const HEADER_RULES: ReadonlyArray<{ field: CanonicalField; pattern: RegExp; examples: string[] }> = [
  { field: "seq", pattern: /^(序号|序|编号|号|顺序号|NO\.?|No\.?)$/i, examples: ["序号", "编号"] },
  {
    field: "supervisors",
    pattern: /(分管|联系|挂钩|挂点|督导|包保).*(领导|市长|区长|县长|负责人)$|^(分管|联系|挂钩)(领导)?$|^.*(分管|挂钩)(副)?(市|区|县|镇|省)?(长|领导)$/,
    examples: ["分管领导", "分管市领导", "分管区领导", "分管县领导", "区分管或联系领导", "联系领导", "挂钩领导", "分管省领导"],
  },
  { field: "leaders", pattern: /^(责任领导|责任人|具体责任人|主要责任人|责任领导及责任人|牵头领导|领导责任人|牵头责任人)$/, examples: ["责任领导", "责任人"] },
  { field: "leadUnits", pattern: /^(牵头(单位|部门|责任单位|责任部门|科室)|主办(单位|部门)|主要责任单位|主责单位|牵头)$/, examples: ["牵头单位", "主办单位", "牵头部门"] },
  { field: "coUnits", pattern: /^(协办|配合|参与|协同|协助|会办|参加)(单位|部门|科室)?$/, examples: ["协办单位", "配合单位", "参与单位", "协同单位"] },
  { field: "units", pattern: /^(责任(单位|部门|主体|科室)|承办(单位|部门)|实施(单位|主体|部门)|落实单位|完成单位|承担单位)$/, examples: ["责任单位", "责任部门", "承办单位"] },
  {
    field: "task",
    pattern: /^((具体|主要|重点|年度)?(目标|工作)?任务(内容|名称)?|具体目标任务|工作(内容|目标|事项)|目标任务内容|主要(内容|工作)|重点工作|任务事项|具体(工作|内容|事项|措施)|目标(内容)?|事项|内容|(主要|预期性|约束性|年度|目标)?指标(名称|内容)?)$/,
    examples: ["目标任务", "具体任务", "具体目标任务", "工作任务", "重点任务", "主要任务", "主要指标"],
  },
  { field: "section", pattern: /^(项目|类别|分类|领域|板块|类型|专项|大项|工作类别|项目类别)$/, examples: ["项目"] },
];

/** Map one header text to its canonical field, or `other`. Traditional-script headers (牽頭單位) match too. */
export function mapHeader(text: string): CanonicalField {
  const h = toSimplified(cleanName(text)).replace(/[：:*＊]/g, "");
  if (!h) return "other";
  for (const rule of HEADER_RULES) if (rule.pattern.test(h)) return rule.field;
  return "other";
}

/** The fields that make a row a table header: a task column and at least one responsibility column. */
export function isHeaderRow(cells: readonly string[]): boolean {
  const fields = cells.map(mapHeader);
  const known = fields.filter((f) => f !== "other");
  const hasTask = fields.includes("task");
  const hasResp = fields.some((f) => f === "leadUnits" || f === "units" || f === "coUnits" || f === "leaders" || f === "supervisors");
  return hasTask && hasResp && known.length >= Math.max(2, Math.ceil(cells.filter((c) => c.trim()).length * 0.6));
}

/** Responsibility fields a unit-pairing leader column can pair with, nearest on its left first. */
export function pairedUnitField(columns: readonly CanonicalField[]): "leadUnits" | "units" | "coUnits" | null {
  const leaderIdx = columns.indexOf("leaders");
  if (leaderIdx < 0) return null;
  for (let i = leaderIdx - 1; i >= 0; i--) {
    const f = columns[i];
    if (f === "leadUnits" || f === "units" || f === "coUnits") return f;
  }
  return null;
}
