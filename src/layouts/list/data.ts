/**
 * Lexicon of the list layout: data only. Numbering styles, role verbs, labels
 * whose content is written with role verbs, the "first listed leads" note,
 * the closing `等` of a list, and limits with named defaults. All patterns are
 * matched on text folded to simplified script (`toSimplified`).
 */
import type { EntityField } from "../../model/intermediate.js";
import { DEFAULT_SETTINGS } from "../../model/settings.js";
import { CN_NUMERALS, MAX_SEQ_DIGITS } from "../../table/lexicon.js";

const CN = CN_NUMERALS;

export interface NumberingStyle {
  /** stable name of the style, used to tell task numbering from heading numbering */
  style: string;
  /** the marker at the start of a line; group 1 is the number */
  pattern: RegExp;
  /** the heading level this marker has when it numbers a heading (一、 > （一） > 1. > （1） > 一是 > ①) */
  level: number;
}

/** Numbering markers at the start of a paragraph, most specific first. */
export const NUMBERING_STYLES: readonly NumberingStyle[] = [
  { style: "cn-comma", pattern: new RegExp(`^([${CN}]{1,4})[、.．]\\s*`), level: 1 },
  { style: "cn-paren", pattern: new RegExp(`^[（(]([${CN}]{1,4})[）)]\\s*`), level: 2 },
  { style: "arabic-dot", pattern: new RegExp(`^(\\d{1,${MAX_SEQ_DIGITS}})[.．](?!\\d)\\s*`), level: 3 },
  { style: "arabic-comma", pattern: new RegExp(`^(\\d{1,${MAX_SEQ_DIGITS}})、\\s*`), level: 3 },
  { style: "arabic-paren", pattern: new RegExp(`^[（(](\\d{1,${MAX_SEQ_DIGITS}})[）)]\\s*`), level: 4 },
  { style: "arabic-half-paren", pattern: new RegExp(`^(\\d{1,${MAX_SEQ_DIGITS}})[)）]\\s*`), level: 4 },
  { style: "cn-shi", pattern: new RegExp(`^([${CN}]{1,4})是[，,：:]?\\s*`), level: 5 },
  { style: "ordinal", pattern: new RegExp(`^第([${CN}\\d]{1,4})[项条][，,、：:.．]?\\s*`), level: 5 },
  { style: "circled", pattern: /^([\u2460-\u2473])\s*/, level: 6 },
];

/** Chinese numeral digits. */
export const CN_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/**
 * Role verbs closing a clause (`X牵头`, `Y、Z配合`, `X、Y负责`), longest first,
 * with the field their subject goes to.
 */
export const ROLE_VERBS: ReadonlyArray<{ verb: string; field: EntityField }> = [
  { verb: "牵头负责", field: "leadUnits" },
  { verb: "牵头落实", field: "leadUnits" },
  { verb: "牵头抓总", field: "leadUnits" },
  { verb: "牵头推进", field: "leadUnits" },
  { verb: "牵头", field: "leadUnits" },
  { verb: "具体负责", field: "units" },
  { verb: "负责落实", field: "units" },
  { verb: "组织实施", field: "units" },
  { verb: "负责", field: "units" },
  { verb: "落实", field: "units" },
  { verb: "承办", field: "units" },
  { verb: "配合", field: "coUnits" },
  { verb: "协助", field: "coUnits" },
  { verb: "协办", field: "coUnits" },
  { verb: "参与", field: "coUnits" },
  { verb: "协同", field: "coUnits" },
];

/** Adverbials between the names and the verb (`Y、Z按职责分工负责`, `X、Y共同负责`), stripped. */
export const ROLE_ADVERBS: readonly string[] = [
  "按职责分工", "按职能分工", "根据职责", "按照职责", "按职责", "依职责", "分别", "共同", "全力", "积极", "做好", "抓好", "具体",
  // a first verb before the role verb (`X负责牵头`, `Y协助配合`)
  "负责", "协助", "参与",
];

/** Prepositions before the names (`由X牵头`), stripped. */
export const ROLE_PREPOSITIONS: readonly string[] = ["由"];

/** Labels whose content is written with role verbs (`部门分工：X牵头，Y、Z配合。`). */
export const ROLE_LABELS: readonly string[] = ["责任部门分工", "责任单位分工", "部门分工", "责任分工", "职责分工", "任务分工", "单位分工"];

/**
 * The document-wide note that the first unit of every list leads
 * (`（列第一位者为牵头单位，下同）`, `排在首位的为牵头单位`).
 */
export const FIRST_IS_LEAD_NOTE = /(?:列|排|排名|排序)?(?:在)?(?:第一位|首位|第一个|第一|最前)(?:面)?(?:的|者)?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)(?:[，,、]?下同)?/;

/** Words that open an addressee or a collective, never a label (`各有关单位：`, `区直各单位：`). */
export const LABEL_NOT_ADDRESSEE = /^(各|有关|相关|其他|其它|所属|[省市区县]直|驻[市区县])|各(单位|部门)$/;

/** The same note saying the others of the list co-operate (`其余为配合单位`). */
export const REST_ARE_CO_NOTE = /其[余他它](?:的)?(?:单位|部门)?(?:为|是)(?:配合|协办|参与|协同)(?:单位|部门)/;

/**
 * A role written after a name in a list (`市发改委（牵头）、市财政局`): the name
 * goes to the field, without the note (it says a role, it does not name).
 */
export const ROLE_NOTES: ReadonlyArray<{ pattern: RegExp; field: EntityField }> = [
  { pattern: /[（(]\s*(?:牵头|主办|主责)(?:单位|部门)?\s*[）)]/, field: "leadUnits" },
  { pattern: /[（(]\s*(?:配合|协办|参与|协助)(?:单位|部门)?\s*[）)]/, field: "coUnits" },
];

/** A list closed by `等` (`区交通局、区财政局等`, `…等部门`): the words after the last name. */
export const ET_CETERA = /等(?:有关|相关|其他)?(?:成员)?(?:单位|部门)?$/;

/** Lines that title the task list (the attachment title above it). */
export const LIST_TITLE = /(分解|分工|清单|任务表|一览表|台账)/;

/** The notice's own title (`…关于…的通知`), never the title of its task list. */
export const NOTICE_TITLE = /关于.*(通知|意见|决定|函|批复|方案)$/;

/** A line that only says `附件` (or `附件1`). */
export const ATTACHMENT_MARK = /^附件\s*\d*[：:]?\s*$/;

/** Limits of the list layout: defined with the other settings in `model/settings.ts`. */
export const LIST_SETTINGS = DEFAULT_SETTINGS.list;
