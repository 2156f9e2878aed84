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
  // a part above the 一、 chapters (`第一部分 主要预期目标`, `第二篇`)
  { style: "part", pattern: new RegExp(`^第([${CN}]{1,3})(?:部分|篇|章)[、：:.．\\s]*`), level: 0 },
  // a zero-padded section number of a WeChat article (`01 推动经济稳进提质`, `02｜…`; a lone `01` line is joined to
  // the heading under it by joinPaddedNumbers): a heading, never `1.` (the task numbering)
  { style: "padded", pattern: /^0([1-9])(?:[ \t\u3000]+|[｜|丨]\s*)(?=\p{Script=Han})/u, level: 1 },
  // a part numbered in Roman numerals, one code point each (`Ⅰ．稳增长`, `Ⅱ、惠民生`; U+2160…U+216B, small U+2170…)
  { style: "roman", pattern: /^([\u2160-\u216b\u2170-\u217b])[、.．\s]\s*/, level: 0 },
  // a part lettered with a capital (`A.经济发展目标`, `B、社会事业`) or a heavenly stem in brackets (`（甲）主要预期目标`):
  // headings above the numbered tasks; a letter needs its stop and a Han character after it (`A级景区`, `B超` are words)
  { style: "latin", pattern: /^([A-H])[.．、][ \t\u3000]*(?=\p{Script=Han})/u, level: 0 },
  { style: "stem-paren", pattern: /^[（(]([甲乙丙丁戊己庚辛壬癸])[）)]\s*/, level: 0 },
  { style: "cn-comma", pattern: new RegExp(`^([${CN}]{1,4})[、.．]\\s*`), level: 1 },
  { style: "cn-paren", pattern: new RegExp(`^[（(]([${CN}]{1,4})[）)]\\s*`), level: 2 },
  { style: "arabic-dot", pattern: new RegExp(`^(\\d{1,${MAX_SEQ_DIGITS}})[.．](?!\\d)\\s*`), level: 3 },
  { style: "arabic-comma", pattern: new RegExp(`^(\\d{1,${MAX_SEQ_DIGITS}})、\\s*`), level: 3 },
  // a decimal sub-number under `1.` (`1.1 实施重点项目…`, `2.3、…`): a space, 、 or a full stop after it, and no
  // measure word next (`1.5 万亩` wrapped to the start of a line is a quantity, not a marker)
  { style: "decimal", pattern: /^\d{1,2}[.．](\d{1,2})(?:[ \t\u3000]+|、|[.．](?!\d))(?![ \t\u3000]*[万亿千百个%％‰倍元米吨亩人户家所条座公里平方立方克项年月日次辆台套])/, level: 4 },
  // a section-prefixed number (`1-1 地区生产总值…`, `2－3、…`): the section's number, a dash, the task's number within
  // it; a space, 、, a full stop or a Han character after it, and no measure word next (`1-2月份…` is a range)
  { style: "hyphenated", pattern: /^\d{1,2}[-－‐–](\d{1,2})(?:[ \t\u3000]+|、|[.．](?!\d)|(?=[\u4e00-\u9fff]))(?![ \t\u3000]*[万亿千百个%％‰倍元米吨亩人户家所条座公里平方立方克项年月日次辆台套季号周天])/, level: 4 },
  { style: "arabic-paren", pattern: new RegExp(`^[（(](\\d{1,${MAX_SEQ_DIGITS}})[）)]\\s*`), level: 4 },
  { style: "arabic-half-paren", pattern: new RegExp(`^(\\d{1,${MAX_SEQ_DIGITS}})[)）]\\s*`), level: 4 },
  { style: "cn-shi", pattern: new RegExp(`^([${CN}]{1,4})是[，,：:]?\\s*`), level: 5 },
  { style: "ordinal", pattern: new RegExp(`^第([${CN}\\d]{1,4})[项条][，,、：:.．]?\\s*`), level: 5 },
  // `任务一：…` `任务二、…`: the word 任务 and its number, closed by a colon, 、 or a full stop (`任务一项`, `任务重` are words)
  { style: "renwu", pattern: new RegExp(`^任务([${CN}]{1,3}|\\d{1,3})[：:、.．]\\s*(?=\\S)`), level: 5 },
  // `第一，…` `第二、…`: the ordinal alone, closed by a clause mark (`第一批…` `第一季度…` are no markers)
  { style: "ordinal-bare", pattern: new RegExp(`^第([${CN}]{1,3})[，,、：:]\\s*`), level: 5 },
  { style: "circled", pattern: /^([\u2460-\u2473])\s*/, level: 6 },
  // a Chinese numeral in brackets as one code point (`㈠` U+3220…`㈩` U+3229): the heading numbering （一）
  { style: "cn-paren", pattern: /^([\u3220-\u3229])\s*/, level: 2 },
  // a bullet instead of a number (`◆新建幼儿园6所。`, `● …`): the tasks are numbered by their order
  // a bullet instead of a number (a news repost's `——地区生产总值增长6%（市发改委牵头）；` too)
  // an emoji as the bullet of a WeChat post (`🔹新建托育点10个。`, `✅…`), with its variation selector
  // a middle dot (`· 新建5G基站…`, U+00B7, U+30FB, U+2027) is a bullet only with a space after it (a dot inside a name, `阿依·买买提`, is never at a line start)
  { style: "bullet", pattern: /^([◆◇●○■□▲△★☆•▪►▶]|——|――|\p{Extended_Pictographic}\uFE0F?|[·・‧](?=[ \t\u3000]))\s*/u, level: 7 },
  // one code point for a number in brackets or with a full stop: `⑴` (U+2474…), `⒈` (U+2488…)
  { style: "parenthesized", pattern: /^([\u2474-\u2487])\s*/, level: 4 },
  { style: "full-stop-digit", pattern: /^([\u2488-\u249b])\s*/, level: 3 },
];

/** Chinese numeral digits. */
export const CN_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  // the formal numerals (大写) of older documents: `壹、` `贰、`
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
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
  // the unit that co-ordinates the work leads it (`X统筹，Y具体实施`)
  { verb: "统筹", field: "leadUnits" },
  { verb: "具体负责", field: "units" },
  { verb: "负责落实", field: "units" },
  { verb: "负责实施", field: "units" },
  { verb: "具体实施", field: "units" },
  { verb: "组织实施", field: "units" },
  { verb: "负责", field: "units" },
  { verb: "落实", field: "units" },
  { verb: "承办", field: "units" },
  // `X主办，Y协办`: the unit that runs the work leads it, as a 主办单位 column
  { verb: "主办", field: "leadUnits" },
  // a co-unit's verb with the work after it (`Y、Z协同推进`, `Y配合推进`); prose before it (`区域协同推进`) names no
  // unit, and a clause of such names is no role (looksLikeNames)
  { verb: "协同推进", field: "coUnits" },
  { verb: "配合推进", field: "coUnits" },
  { verb: "配合", field: "coUnits" },
  { verb: "协助", field: "coUnits" },
  { verb: "协办", field: "coUnits" },
  { verb: "参与", field: "coUnits" },
  { verb: "协同", field: "coUnits" },
];

/**
 * Role verbs that are also words of the task's prose (`城乡统筹`, `区域统筹`): a role only after names that read as
 * units or collectives.
 */
export const WEAK_ROLE_VERBS: ReadonlySet<string> = new Set(["统筹"]);

/** Adverbials between the names and the verb (`Y、Z按职责分工负责`, `X、Y共同负责`), stripped. */
export const ROLE_ADVERBS: readonly string[] = [
  "按职责分工", "按职能分工", "根据职责", "按照职责", "按职责", "依职责", "分别", "共同", "全力", "积极", "做好", "抓好", "具体",
  // a first verb before the role verb (`X负责牵头`, `Y协助配合`)
  "负责", "协助", "参与",
];

/**
 * A dash that introduces the responsibility after a task (`……。——县农业农村局负责`,
 * `……——牵头单位：区发改局`): the text after the last one is read like a role bracket.
 */
export const ROLE_DASH = /(?:——|—|－－|--|──)/g;

/**
 * A duty phrase after names under a role label (`参与单位：省有关部门按职责分工负责`): it says each does its part,
 * it gives no role, so the label's role holds. Only with the adverb: a bare `X负责` is a role verb.
 */
export const DUTY_PHRASE = /(?:按|根据|依)照?(?:各自)?(?:职责|职能)(?:分工)?(?:负责落实|抓好落实|负责|落实)(?=$|[，,；;。、\s])/g;

/** The duty phrase in brackets after names (`各区县人民政府（按职责分工负责）`): read as the bare phrase. */
export const DUTY_BRACKET = /[（(]\s*(?:按|根据|依)照?(?:各自)?(?:职责|职能)(?:分工)?(?:负责落实|抓好落实|负责|落实)\s*[）)]/g;

/** Prepositions before the names (`由X牵头`), stripped. */
export const ROLE_PREPOSITIONS: readonly string[] = ["由"];

/**
 * The words that open a line giving one responsibility to the group of tasks above it
 * (`以上任务由市发改委牵头，市统计局配合。`, `（以上3项由县发改局负责）`, `上述指标责任单位：市统计局`, `以上第1—3项牵头单位：X；
 * 分管区领导：Y`).
 */
export const GROUP_RESPONSIBILITY = new RegExp(`^[（(]?(?:以上|上述)(?:第?[\\d${CN}]{1,3}(?:\\s*[—–\\-~～至到、]+\\s*第?[\\d${CN}]{1,3})*项|各项)?(?:主要|预期|重点)*(?:目标|任务|指标|工作|事项|项目)*均?[，,：:\\s]*(?=由|\\p{Script=Han}{2,10}[：:])`, "u");

/** Labels whose content is written with role verbs (`部门分工：X牵头，Y、Z配合。`). */
export const ROLE_LABELS: readonly string[] = ["责任部门分工", "责任单位分工", "部门分工", "责任分工", "职责分工", "任务分工", "单位分工"];

/**
 * Bare words that are such a label only as the whole label (`责任：X牵头，Y配合`, `分工：…`): never found at the end
 * of a longer run (`落实主体责任：…` is a sentence's colon, no label).
 */
export const ROLE_LABELS_WHOLE: readonly string[] = ["责任", "分工"];

/** The document-wide note that the first unit of every list leads, and the note hedged (the table stage's lexicon holds them). */
export { FIRST_IS_LEAD_HEDGED, FIRST_IS_LEAD_NOTE } from "../../table/lexicon.js";

/** Words that open an addressee or a collective, never a label (`各有关单位：`, `区直各单位：`). */
export const LABEL_NOT_ADDRESSEE = /^(各|有关|相关|其他|其它|所属|[省市区县]直|驻[市区县])|各(单位|部门)$/;

/**
 * A web page's document-record labels (`发文单位：X　成文日期：…　文号：…`, `发布机构：`, `来源单位：`): they name who
 * issued or published the notice, never who answers for a task.
 */
export const DOCUMENT_RECORD_LABEL = /(?:发文|印发|发布|制发|签发|成文|来源|信息来源|公开|主送|抄送)(?:单位|机关|机构|部门)$/;

/** The same note saying the others of the list co-operate (`其余为配合单位`). */
export const REST_ARE_CO_NOTE = /其[余他它](?:的)?(?:单位|部门)?(?:为|是)(?:配合|协办|参与|协同)(?:单位|部门)/;

/**
 * A role written after a name in a list (`市发改委（牵头）、市财政局`): the name
 * goes to the field, without the note (it says a role, it does not name).
 */
/** The word of a role note (`牵头`, `配合单位`), whatever bracket holds it. */
export const ROLE_NOTE_WORD = /^(?:牵头|主办|主责|配合|协办|参与|协助)(?:单位|部门)?$/;

/** A role note in square or tortoise-shell brackets right after a name and ending it (`〔牵头〕`, `[牵头]`, `【牵头】`): written as `（牵头）`. */
export const SQUARE_ROLE_NOTE = /(?<=\p{Script=Han})[〔［【\[]\s*((?:牵头|主办|主责|配合|协办|参与|协助)(?:单位|部门)?)\s*[〕］】\]](?=$|[、，,；;\s])/gu;

export const ROLE_NOTES: ReadonlyArray<{ pattern: RegExp; field: EntityField }> = [
  { pattern: /[（(]\s*(?:牵头|主办|主责)(?:单位|部门)?\s*[）)]/, field: "leadUnits" },
  { pattern: /[（(]\s*(?:配合|协办|参与|协助)(?:单位|部门)?\s*[）)]/, field: "coUnits" },
];

/** A clause that gives a time, not names (the one copy lives with the shared patterns). */
export { DEADLINE_CLAUSE } from "../../table/lexicon.js";

/**
 * News-page furniture that is never a heading, title or task: a timestamp
 * (`13.03.2015  07:51`, `2023-01-05 10:00 区人民政府办公室`), a byline or page
 * label (`编辑: admin 时间: 4年前`, `来源：本网`, `三秦都市报记者张维`), a pointer to
 * the source (`详见三秦网`), or a line of dots.
 */
export const NEWS_FURNITURE: readonly RegExp[] = [
  /^\d{1,4}[-./年]\d{1,2}[-./月]\d{1,4}日?\s+\d{1,2}[:：]\d{2}/,
  /^(?:来源|作者|编辑|责任编辑|编审|审核|记者|通讯员|发布时间|发布日期|发布机构|时间|日期|浏览次数|访问次数|点击数|阅读数?|字体|打印|分享)\s*[:：]/,
  /(?:记者|通讯员|编辑)\s*\p{Script=Han}{2,3}$/u,
  /^(?:详见|原文见|来源于|转自|更多)/,
  /^[.…·。、\s-]+$/,
  // a date on its own line, bare or in brackets, with or without what happened that day
  // (`（2021年3月5日）`, `2023-03-10`, `（2024年1月8日区第三届人民代表大会第四次会议通过）`)
  /^[（(]?\s*(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-./]\d{1,2}[-./]\d{1,2})\s*[）)]?$/,
  /^[（(]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^（）()]{0,40}(?:通过|批准|发布|印发)\s*[）)]$/,
  // the notice's document number on its own line
  /^\p{Script=Han}{1,12}[〔［\[【(（﹝]\s*(?:19|20)\d{2}\s*[〕］\]】)）﹞]\s*第?\s*\d{1,4}\s*号$/u,
];

/**
 * A table of contents: its title (`目  录`) and its entries, a heading followed by a dot
 * leader and a page number (`一、主要预期目标……………1`). Neither headings nor tasks.
 */
export const TABLE_OF_CONTENTS: readonly RegExp[] = [/^目\s*录$/, /(?:[.…·．_]{4,}|…{2,})\s*\d{1,4}\s*$/];

/**
 * A clause that says how or in what stages, not who (`分年度推进`, `逐步实施`):
 * like a time clause, never a name.
 */
export const MANNER_CLAUSE = /^(?:分年度|分阶段|分步|分批|逐步|稳步|加快|有序|全面|统筹|积极|扎实)(?:推进|实施|完成|落实)$/;

/**
 * A figure with its unit (`增长5%左右`, `新增1.2万户`): a short line stating one is a
 * target (a news lead repeats them as bare lines), never an un-numbered heading.
 */
export const QUANTITY = /\d(?:\.\d+)?\s*(?:%|％|‰|万|亿|个百分点|倍)/;

/**
 * Vocabulary of a decomposition (its title or cover letter): with it, one
 * paragraph carrying responsibility is enough to read the list (an excerpt may
 * hold only one whole task). Besides `任务分解`, `责任清单`, `分工方案`: the report
 * named with a decomposition word after it (`政府工作报告民生实事项目分工`) or
 * `分解落实` before it (`关于分解落实2018年县政府工作报告重点任务的通知`) — not
 * the report alone (`2024年政府工作报告`).
 */
export const DECOMPOSITION_VOCABULARY =
  /(?:任务|工作|责任|部门|目标)\p{Script=Han}{0,4}(?:分解|分工)|(?:责任|任务)清单|分工(?:方案|意见)|政府工作报告[\p{Script=Han}\d]{0,12}(?:分解|分工|清单|台账)|(?:分解|分工)落实[\p{Script=Han}\d]{0,16}政府工作报告/u;

/** A list closed by `等` (`区交通局、区财政局等`, `…等部门`, `…等10个部门`): the words after the last name. */
export const ET_CETERA = /等(?:[省市区县]直)?(?:有关|相关|其他)?(?:成员)?(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})[个家])?(?:(?:群团|社会)?(?:单位|部门|机构|组织))?$/;

/**
 * `等…部门` closing one part of a list that goes on after a comma (`省发展改革委等省直有关部门，各市州人民政府`): the
 * same closing words as ET_CETERA, before a list separator. Only with 单位/部门/机构/组织 after it (`中等职业学校` is a name;
 * `等群团组织`, `等社会组织` close a list too).
 */
export const ET_CETERA_INSIDE = /等(?:[省市区县]直)?(?:有关|相关|其他)?(?:成员)?(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})[个家])?(?:群团|社会)?(?:单位|部门|机构|组织)(?=[，,；;])/g;

/** A note on a list's order (`（排名不分先后）`): says nothing of any one name, dropped. */
export const ORDER_NOTE = /[（(](?:排名|排序|排列)?不分先后(?:顺序)?[）)]/g;

/** Lines that title the task list (the attachment title above it). */
export const LIST_TITLE = /(分解|分工|清单|任务表|一览表|台账)/;

/** The notice's own title (`…关于…的通知`), never the title of its task list. */
export const NOTICE_TITLE = /关于.*(通知|意见|决定|函|批复|方案)$/;

/** A line that only says `附件` (or `附件1`). */
export const ATTACHMENT_MARK = /^附件\s*\d*[：:]?\s*$/;

/** Limits of the list layout: defined with the other settings in `model/settings.ts`. */
export const LIST_SETTINGS = DEFAULT_SETTINGS.list;

/**
 * A deputy's proposal or a member's motion listed for handling (`关于加快修建通村公路的建议（第3号，领衔代表：李家福）`,
 * `领衔代表：…`, `提案人：…`): its 主办/协办 units handle a proposal, they carry no task of the report.
 */
export const PROPOSAL_ITEM = /^关于[^。；;]{2,60}的(?:建议|提案|议案|意见建议)(?:[（(【]|$|\s)|(?:领衔|提出|联名)?代表[：:]|(?:提案|建议|议案)人[：:]|(?:建议|提案|议案)(?:编?号|序号)[：:]/;
