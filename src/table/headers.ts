/**
 * Header synonyms: the one place that maps a printed column header to the
 * canonical field it holds. Matching is by meaning (the header's words), not
 * by position.
 */
import type { CanonicalField } from "../model/schema.js";
import { cleanName } from "../text/hygiene.js";
import { toSimplified } from "../text/script.js";
import { CN_NUMERALS, FIRST_IS_LEAD_NOTE, isResponsibilityField, ROLE_COLUMN } from "./lexicon.js";
import { headingLevel } from "./sections.js";
import { LEVEL_CHARS } from "../names/lexicon.js";

/**
 * Ordered rules: the first whose pattern matches the (whitespace-free)
 * header wins. Exact synonyms from the notices we have seen are listed in the
 * comments; the patterns generalise them.
 */
/** A leader of a level who leads or answers for a task: `牵头市领导`, `责任县级领导`, `县级责任领导`, `市牵头领导`. */
const LEVEL_LEADER = new RegExp(`^(?:(?:责任|牵头)[${LEVEL_CHARS}]级?(?:责任)?|[${LEVEL_CHARS}]级?(?:责任|牵头))领导$`, "u");

export const HEADER_RULES: ReadonlyArray<{ field: CanonicalField; pattern: RegExp; examples: string[] }> = [
  { field: "seq", pattern: /^(序号|序|编号|号|顺序号|序次|NO\.?)$/i, examples: ["序号", "编号"] },
  // columns fenjie does not interpret: deadlines, progress, remarks
  // a unit label that gives the deadline with the names (`责任单位及完成时限：X，2024年6月底前`): the names decide, the time is
  // split off as a deadline clause (`完成时限` alone, `时间节点` stay no field)
  { field: "units", pattern: /^(责任|承办|实施|落实)(单位|部门)(及|和|与)(完成)?(时限|时间)$/, examples: ["责任单位及完成时限"] },
  { field: "other", pattern: /(时限|时间|节点|进度|期限|备注|说明|依据|指标值|完成标准)/, examples: ["完成时限", "备注"] },
  // a schedule split into periods: one column per quarter, half-year or month (`一季度` … `四季度`, `上半年`, `3月`)
  { field: "other", pattern: /^(第?[一二三四1-4１-４]季度|[上下]半年|(\d{1,2}|[一二三四五六七八九十]{1,3})月(份|底|末)?)$/, examples: ["一季度", "四季度", "上半年", "6月"] },
  // the units a leader is in charge of or keeps in touch with (`分管单位：…`, `联系单位：…` in a 领导分工 notice): a leader's
  // portfolio, not the units that carry out a task (分管领导 / 联系领导 name people, below)
  { field: "other", pattern: /^(分管|联系|挂钩|联络)(单位|部门)$/, examples: ["分管单位", "联系单位"] },
  // the office that supervises or assesses the work (督办单位: the 督查室), not one that carries it out
  { field: "other", pattern: /^(督办|督查|督导|督促|考核|监督|跟踪)(单位|部门|科室|处室|股室|站所)$/, examples: ["督办单位", "督查单位", "考核部门"] },
  {
    field: "supervisors",
    pattern:
      new RegExp(`(分管|主管|联系|挂钩|挂点|挂帅|包保|包联|包抓|包片|包村|联村|督办|督导|督战|协调|领衔).*(领导|长|负责人|负责同志)$|^(分管|联系|挂钩)(领导)?$|^(包联|挂点|联系)?[${LEVEL_CHARS}]级?领导$`, "u"),
    examples: ["分管领导", "分管市领导", "分管区领导", "分管县领导", "区分管或联系领导", "联系领导", "挂钩领导", "分管省领导", "市领导", "县领导", "区领导", "县级领导", "领衔领导", "分管负责同志", "分管副市长", "分管副区长", "分管副县长", "包抓县级领导", "包抓领导", "包片领导", "包保县级领导", "包保领导", "包联县级领导", "包联领导", "挂帅领导", "挂帅市领导", "主管领导", "主管县领导", "包村领导", "联村领导", "协调领导", "督战领导"],
  },
  // `第一责任人` / `直接责任人`: the person answerable for the task (a unit's head), like 责任人; `配合责任人` / `协办责任人`:
  // the co-unit's person, a person all the same (never a co-unit)
  // a leader of a level who leads or answers for the task (`牵头市领导`, `责任县领导`, `牵头省领导`): 牵头领导 / 责任领导 with the
  // level written in, read as the truth of notices is typed (牵头领导 / 责任领导 → leaders); beside a column of 责任人 in the
  // same table the level's leader is the one above them, a supervisor (mapHeaders). A bare `市领导` / `县级领导` and the
  // verbs of oversight (分管, 联系, 挂钩, above) stay supervisors.
  { field: "leaders", pattern: LEVEL_LEADER, examples: ["牵头市领导", "牵头县领导", "牵头省领导", "牵头区领导", "责任县领导", "责任省领导", "责任市领导", "县级责任领导", "市牵头领导"] },
  { field: "leaders", pattern: /^(具体|主要|牵头|单位|单位主要|第一|直接|配合|协办|参与|协同|协助)?(责任领导人?|责任人|负责人|领导责任人|责任领导及责任人|牵头领导)$/, examples: ["责任领导", "责任人", "单位负责人", "单位主要负责人", "具体责任人", "牵头领导", "第一责任人", "直接责任人", "主要责任人", "牵头责任人", "配合责任人"] },
  // `主责单位` / `主要责任单位` name the units responsible (责任单位 with a qualifier), beside 协同 / 参与 units: units, as
  // the truth of notices is typed (牵头 → lead, 责任 → units); a note after a name (`X（主责）`) or the note that the
  // first listed is the 主责部门 still names a lead among units (list/data.ts, table/lexicon.ts)
  { field: "units", pattern: /^(主责|主要责任)(单位|部门|科室|处室)?$/, examples: ["主责单位", "主要责任单位", "主责部门", "主责"] },
  { field: "leadUnits", pattern: /牵头|主办/, examples: ["牵头单位", "主办单位", "牵头部门", "牵头科室", "牵头责任单位", "牵头单位及负责人", "牵头单位及责任人", "牵头部门和责任人"] },
  { field: "coUnits", pattern: /协办|配合|参与|协同|协助|协作|会办|会同|参加|协责/, examples: ["协办单位", "配合单位", "参与单位", "协同单位", "配合部门", "协办部门", "参与部门", "协责单位", "协作单位", "协同部门", "协助单位", "协作部门", "配合责任单位"] },
  // a county's or district's own units below it: towns, streets, villages (`责任乡镇`, `责任镇街`, `责任村（社区）`); where a
  // place is only located (`所在乡镇`, `项目所在村`) the column is no unit column
  { field: "units", pattern: /(单位|部门|科室|处室|股室|站所|主体|局办)$|(单位|部门)(及|和|与)(责任人|负责人)$|^(责任|承办|实施|落实)(乡镇|镇街|镇|乡|街道|村|社区|村居)$/, examples: ["责任乡镇", "责任镇街", "责任街道", "责任村", "责任单位", "责任部门", "承办单位", "责任单位及责任人", "责任单位及负责人", "责任科室", "责任处室", "责任股室", "责任站所", "实施单位", "责任主体", "责任局办"] },
  // before the task rule: a column of task categories (`任务分类`, `工作类别`) holds the headings, not the tasks
  { field: "section", pattern: /^(项目|(?:任务|工作|目标|事项|项目)?(?:类别|分类|类型)|(?:重点)?领域|板块|专项|大项|类别项目|篇章|部分)$/, examples: ["项目", "任务分类", "工作类别", "重点领域"] },
  {
    field: "task",
    // (a table of 民生实事 names its task column after them: `民生实事`, `民生实事项目`, `实事名称`)
    pattern: /任务|内容|目标|事项|措施|举措|工作$|^重点工作|指标(名称)?$|^(指标|项目)名称$|^(民生)?实事(项目|名称)?$/,
    examples: ["目标任务", "具体任务", "具体目标任务", "工作任务", "重点任务", "主要任务", "主要指标", "指标名称", "工作举措", "主要举措", "民生实事"],
  },
];

/** Map one header text to its canonical field, or `other`. Traditional-script headers (牽頭單位) match too. */
export function mapHeader(text: string): CanonicalField {
  const h = toSimplified(cleanName(text)).replace(/[：:*＊]/g, "");
  if (!h) return "other";
  // the note that the first unit leads (`责任单位（排第一位的为牵头单位）`) names a lead inside a units column: the words outside decide
  const noted = /（([^（）]*)）/.exec(h);
  if (noted && FIRST_IS_LEAD_NOTE.test(noted[1]!)) return mapHeader(h.replace(noted[0], ""));
  for (const rule of HEADER_RULES) if (rule.pattern.test(h)) return rule.field;
  // a header with an explanatory note (`责任单位（部门）`): the words outside the note decide
  const bare = h.replace(/（[^（）]*）/g, "");
  if (bare && bare !== h) for (const rule of HEADER_RULES) if (rule.pattern.test(bare)) return rule.field;
  return "other";
}

/** A unit of measure (`单位`, `计量单位`): a column of %, 亿元, 人 beside an indicator, never one of responsible units. */
const MEASURE_HEADER = /^(计量)?单位$/;
/** An indicator column (`指标`, `指标名称`, `主要指标`, `经济指标`): what a unit of measure right after it measures. */
const INDICATOR_HEADER = /指标(名称|项目)?$/;

/**
 * Map a header row's cells to fields. The words alone decide, except a bare `单位` column beside another
 * column of units (`指标名称 | 单位 | 目标 | 责任单位`): there it holds the indicator's unit of measure, part of
 * the target, so it joins the task; `计量单位` always does. A bare `单位` as the only unit column stays units.
 */
export function mapHeaders(headers: readonly string[]): CanonicalField[] {
  const fields = headers.map(mapHeader);
  const words = headers.map((h) => toSimplified(cleanName(h)).replace(/[：:*＊]/g, ""));
  const otherUnits = (i: number) => fields.some((f, k) => k !== i && isResponsibilityField(f) && f !== "leaders" && f !== "supervisors");
  // a bare `单位` right after an indicator column (`指标 | 单位 | 目标值`) is that indicator's unit of measure
  const afterIndicator = (i: number) => i > 0 && INDICATOR_HEADER.test(words[i - 1]!);
  const mapped = fields.map((f, i) => (MEASURE_HEADER.test(words[i]!) && (words[i] === "计量单位" || otherUnits(i) || afterIndicator(i)) ? "task" : f));
  // a division-of-work column (`责任分工`) where no other column names responsible units (people columns may stand
  // beside it: `责任分工 | 责任领导`): its cells hold the roles
  const roles = mapped.some((f) => isResponsibilityField(f) && f !== "leaders" && f !== "supervisors") ? -1 : words.findIndex((w) => ROLE_COLUMN.test(w));
  return settleLevelLeaders(leaveOutMeasures(roles < 0 ? mapped : mapped.map((f, i) => (i === roles ? "units" : f)), words), words);
}

/** A column of measures (`工作措施`, `具体举措`): what is done for a task, not the task (`任务及措施` names both). */
const MEASURES_HEADER = /措施|举措/;
const NAMES_TASK_TOO = /任务|目标|事项|指标|重点工作/;

/** Is a header a measures column's (`工作措施`, `主要举措`), not one that names the task too (`目标任务及措施`)? */
export function isMeasuresHeader(text: string): boolean {
  const h = toSimplified(cleanName(text)).replace(/[：:*＊]/g, "");
  return MEASURES_HEADER.test(h) && !NAMES_TASK_TOO.test(h.replace(MEASURES_HEADER, ""));
}

/**
 * A measures column beside a task column (`目标任务 | 工作措施`): the task is the task column's cell, as the header
 * lexicon names it and as independent readings of such tables type it; the measures column is left out like a
 * deadline column (`other`). A measures column that is the table's only task column is its task.
 */
export function leaveOutMeasures(fields: readonly CanonicalField[], words: readonly string[]): CanonicalField[] {
  const measures = (i: number) => isMeasuresHeader(words[i] ?? "");
  if (!fields.some((f, i) => f === "task" && !measures(i))) return [...fields];
  return fields.map((f, i) => (f === "task" && measures(i) ? "other" : f));
}

/** A division-of-work header word (`责任分工`, `部门分工`; ROLE_COLUMN), in either script. */
export const isDivisionHeader = (text: string): boolean => ROLE_COLUMN.test(toSimplified(cleanName(text)));

/** Does a table's units column carry a division-of-work header (its cells write their roles: `牵头：X；配合：Y`)? */
export function hasDivisionColumn(headers: ReadonlyArray<{ text: string; field: CanonicalField }>): boolean {
  return headers.some((h) => h.field === "units" && isDivisionHeader(h.text));
}

/**
 * A level's leader column (`牵头市领导`) beside a column of the units' own people (`责任人`, `责任领导`): the level's
 * leader stands above those people and supervises; alone, it holds the task's leaders.
 */
export function settleLevelLeaders(fields: readonly CanonicalField[], headers: readonly string[]): CanonicalField[] {
  const words = headers.map((h) => toSimplified(cleanName(h)).replace(/[：:*＊]/g, ""));
  const level = (i: number) => fields[i] === "leaders" && LEVEL_LEADER.test(words[i] ?? "");
  const others = fields.some((f, i) => f === "leaders" && !level(i));
  return others ? fields.map((f, i) => (level(i) ? "supervisors" : f)) : [...fields];
}

/**
 * The header of a table of indicators (`序号 | 指标名称 | 计量单位 | 目标值`, `指标 | 单位 | 2024年目标 | 属性`): an
 * indicator (task-like) column and a unit of measure, and no column of responsible units or people. Such a table
 * (an annex of targets beside the decomposition) holds no tasks. A table of targets with a 责任单位 column is a
 * decomposition and no such header.
 */
export function isMeasureTableHeader(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim());
  if (filled.length < 3 || filled.some((c) => SENTENCE_END.test(c.trim()))) return false;
  const words = cells.map((h) => toSimplified(cleanName(h)).replace(/[：:*＊]/g, ""));
  const fields = mapHeaders(cells);
  return fields.includes("task") && words.some((w) => MEASURE_HEADER.test(w)) && !fields.some(isResponsibilityField);
}

/** A header that one of the `other` rules names (a deadline, a remark, a period of a schedule): known, not interpreted. */
export function isUninterpretedHeader(text: string): boolean {
  const h = toSimplified(cleanName(text)).replace(/[：:*＊]/g, "");
  return !!h && HEADER_RULES.some((rule) => rule.field === "other" && rule.pattern.test(h));
}

/** A cell ending a sentence. */
const SENTENCE_END = /[。！？!?]$/;

/** The fields that make a row a table header: a task column and at least one responsibility column. */
/**
 * A task column's header that names the division of work too (`工作任务及责任分工`, `重点任务及责任单位`): its cells
 * hold the task and, under it, label lines (`牵头单位：X`), read by table/cellroles.ts `applyTaskCellLabels`.
 */
export const TASK_AND_DIVISION = /(?:任务|工作|事项|举措).{0,4}(?:及|和|与|、).{0,4}(?:责任分工|分工|责任单位|责任部门|牵头单位)/;

export function isHeaderRow(cells: readonly string[]): boolean {
  // a header cell is a label, never a sentence: prose split at its commas (`…均明确牵头单位与责任单位。`) is no header
  if (cells.some((c) => SENTENCE_END.test(c.trim()))) return false;
  // a unit of measure (`指标 | 计量单位 | 目标值`) names no responsible unit: a table of indicators is no header
  const fields = mapHeaders(cells);
  // a column fenjie names but does not interpret (完成时限, 一季度) is a header word too
  const known = fields.filter((f, i) => f !== "other" || isUninterpretedHeader(cells[i]!));
  const hasTask = fields.includes("task");
  // (a task column naming the division of work too holds the responsibilities in its cells)
  const hasResp = fields.some(isResponsibilityField) || cells.some((c, i) => fields[i] === "task" && TASK_AND_DIVISION.test(c.replace(/\s+/g, "")));
  return hasTask && hasResp && known.length >= Math.max(2, Math.ceil(cells.filter((c) => c.trim()).length * 0.6));
}

/**
 * The unit column a leader column pairs with: the nearest lead or responsible
 * unit column on its left. Co-units are paired only when no such column is on
 * the left (a 责任领导 after 牵头单位 | 配合单位 names the lead units' leaders).
 */
export function pairedUnitField(columns: readonly CanonicalField[]): "leadUnits" | "units" | "coUnits" | null {
  const leaderIdx = columns.indexOf("leaders");
  if (leaderIdx < 0) return null;
  let co = false;
  for (let i = leaderIdx - 1; i >= 0; i--) {
    const f = columns[i];
    if (f === "leadUnits" || f === "units") return f;
    if (f === "coUnits") co = true;
  }
  return co ? "coUnits" : null;
}

/**
 * A cell merged across columns that names a field is a header over them (责任分工 over
 * 牵头单位 | 责任单位), repeated in each (ruled PDF tables and structured tables alike); a row merged across the whole table under a
 * numbering marker or not is a heading (`一、主要预期目标`, `重点工作任务`) even when its words
 * name a field: written once, as a heading row.
 */
/** A first cell holding a heading's numeral alone (`一`, `（一）`, `二、`). */
const HEADING_NUMERAL_CELL = new RegExp(`^(?:[（(][${CN_NUMERALS}]{1,3}[）)]|[${CN_NUMERALS}]{1,3}[、.．]?)$`);

export function isMergedHeaderCell(text: string, span: number, nCols: number, firstCell = ""): boolean {
  if (span <= 1 || mapHeader(text) === "other") return false;
  // (a heading row numbered in its first cell, `一 | 主要预期目标` merged across the rest: a title, not a header word)
  if (HEADING_NUMERAL_CELL.test(firstCell.trim())) return false;
  // (a cell across the whole table heads no columns of its own: a heading row, marked or not, `主要预期目标`, or a title)
  return span < nCols;
}
