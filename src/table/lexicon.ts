/**
 * The table stage's lexicon: every pattern the layouts share, once. Data and
 * one-line tests only; the rules that use them live in find.ts, segment.ts
 * and the layouts.
 */
import { RESPONSIBILITY_FIELDS, type ResponsibilityField } from "../model/schema.js";
import { toSimplified } from "../text/script.js";

// ── numbering ────────────────────────────────────────────────────────────────

/** Chinese numerals as they number headings (`一、`, `（十二）`), the formal ones of older documents too (`壹、`, `贰、`). */
export const CN_NUMERALS = "一二三四五六七八九十百零〇两壹贰叁肆伍陆柒捌玖拾佰";

/**
 * A section's Chinese numeral printed apart from its title (`一 主要预期目标`): a table that numbers its sections in the
 * 序号 column and prints the title in the next. The numeral is the first group.
 */
export const NUMERAL_APART = /^([一二三四五六七八九十]{1,3})[ \t\u3000]+(?=\p{Script=Han})/u;

/** Longest 序号 read as a number: beyond this a run of digits is an id or an amount, and JavaScript numbers stop being exact. */
export const MAX_SEQ_DIGITS = 15;

/**
 * A cell that holds only a 序号 (`12`, `12.`, `12、`, full-width digits after
 * NFKC). No upper bound beyond MAX_SEQ_DIGITS: whether a number continues the
 * numbering is the table stage's decision, not the pattern's.
 */
export const SEQ_CELL = new RegExp(`^\\s*(\\d{1,${MAX_SEQ_DIGITS}})\\s*[.、．]?\\s*$`);

/**
 * A task cell that starts with its number: `1.`, `2、`, `3．`, or in brackets `（1）`, `(2)` (not `1.5%`, a decimal;
 * not `（1.5）`, not `(2022)`, a year).
 */
export const NUMBERED_TASK = new RegExp(
  `^\\s*(?:([0-9０-９]{1,${MAX_SEQ_DIGITS}})\\s*[.、．](?![0-9０-９])|[（(]([0-9０-９]{1,3})[）)])\\s*`,
);

/** A 序号 cell that writes its number in brackets (`（1）`, `(12)`): the number, as a plain `1` is. Not `（2022）`, a year. */
const SEQ_CELL_BRACKETED = /^\s*[（(]\s*(\d{1,3})\s*[）)]\s*$/;

/** The 序号 of a cell's text, or null (full-width digits folded). */
export function seqOf(text: string): number | null {
  const t = text.normalize("NFKC");
  const m = SEQ_CELL.exec(t) ?? SEQ_CELL_BRACKETED.exec(t);
  return m ? Number(m[1]) : null;
}

/**
 * Heading markers by level: `第一部分` (0) > `一、` (1) > `（一）` (2) > `1.` (3) > `（1）` (4).
 * A heading's level comes from its numbering style.
 */
export const HEADING_MARKERS: ReadonlyArray<{ level: number; pattern: RegExp }> = [
  // a part of the report above the `一、` chapters (`第一部分 主要预期目标`)
  { level: 0, pattern: new RegExp(`^第[${CN_NUMERALS}]+(部分|篇|编)`) },
  // a part numbered in Roman numerals (`Ⅰ．稳增长`, `Ⅱ、惠民生`): one code point each (U+2160…), never the letter I
  { level: 0, pattern: /^[\u2160-\u216b\u2170-\u217b][、.．\s]/ },
  { level: 1, pattern: new RegExp(`^[${CN_NUMERALS}]+[、.．]`) },
  { level: 2, pattern: new RegExp(`^[（(][${CN_NUMERALS}]+[）)]`) },
  { level: 3, pattern: /^\d{1,2}[、.．](?!\d)/ },
  { level: 4, pattern: /^[（(]\d{1,2}[）)]/ },
];

// ── sentences ────────────────────────────────────────────────────────────────

/** Punctuation that ends a sentence (a task's text usually ends so). */
export const SENTENCE_END = /[。；！？!?;]$/;
/** Closing marks that may follow the sentence end (`…“四项指数”持续下降。”`). */
export const TRAILING_CLOSERS = /[”’」』）)】》\s]+$/;
/** Does the text end a sentence, closing marks allowed after the stop? */
export function endsSentence(text: string): boolean {
  const t = text.trim();
  return SENTENCE_END.test(t) || SENTENCE_END.test(t.replace(TRAILING_CLOSERS, ""));
}
/** Punctuation that never occurs in a unit or person name: its presence makes a line prose. */
export const PROSE_PUNCTUATION = /[，,。；;：:！!？?“”"‘’…%％]/;
/** Punctuation of a sentence or a label: a header cell or an unmarked heading holds none. */
export const CLAUSE_PUNCTUATION = /[，,。；;：:！？!?]/;

// ── fields ───────────────────────────────────────────────────────────────────

/** The responsibility fields (units and people), which a merged cell shares and a fill-down copies. */
export { RESPONSIBILITY_FIELDS };
const RESPONSIBILITY_SET: ReadonlySet<string> = new Set(RESPONSIBILITY_FIELDS);
export function isResponsibilityField(field: string): field is ResponsibilityField {
  return RESPONSIBILITY_SET.has(field);
}
/** A field of responsible units (lead, plain, co-units), not of people. */
export function isUnitField(field: string): boolean {
  return field === "leadUnits" || field === "units" || field === "coUnits";
}

// ── tables ───────────────────────────────────────────────────────────────────

/** A table title line: names a breakdown table or plan. */
export const TABLE_TITLE = /(分解表|任务表|分工表|责任表|清单|一览表|台账|分解方案|分工方案|责任分解|任务分解)/;
/** Longest table title. */
export const TITLE_MAX_LENGTH = 60;
/** Longest unmarked line read as a heading row. */
export const UNMARKED_HEADING_MAX_LENGTH = 30;
/** Longest text of one header cell: longer single lines are content, not headers. */
export const HEADER_CELL_MAX_LENGTH = 12;

/** Lines that open a cover-letter sentence, never a title or heading. */
export const LETTER_OPENINGS = /^(关于|根据|按照|现将|为)/;
/** Lines of the notice's footer and cover letter that are never headings. */
export const NOT_A_HEADING = /^(抄送|抄报|附件|注[：:])/;

/** A cell that repeats the one above it in words (`同上`, `同前`): the names of the row above. */
export const DITTO = /^(?:同上|同前)[。.]?$/;

// ── page furniture ───────────────────────────────────────────────────────────

/** Page-number lines printed in the footer: `- 7 -`, `— 7 —`, `第 7 页`, `7/20`. */
export const PAGE_NUMBER_PATTERNS: readonly RegExp[] = [
  /^[-—–－]\s*\d{1,4}\s*[-—–－]$/,
  /^第\s*\d{1,4}\s*页(\s*[,，]?\s*共\s*\d{1,4}\s*页)?$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/,
];
/** A PDF page's footer or header line that is only a page number (`- 2 -`, `第 2 页 / 共 9 页`). */
export const PDF_PAGE_NUMBER = /^[\s\-—–―·.]*(第\s*)?\d{1,4}(\s*页)?(\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[\s\-—–―·.]*$/;

/** Page furniture repeated on every page of an attachment (`附件`, `附件2`). */
export const PAGE_FURNITURE_PATTERNS: readonly RegExp[] = [/^附件\s*\d*[：:]?$/, /^附表\s*\d*[：:]?$/];

/** Rule lines and separators (`---`, `———`, `***`): never content. */
export const SEPARATOR_LINE = /^[-—–_=*·.…~～\s]+$/;

/**
 * A web page's own chrome around the article, copied with it. Below the article: its tools
 * (`【打印本页】【关闭窗口】`, `扫一扫在手机打开当前页`, `上一篇：`) and the site's footer (`网站标识码`,
 * `ICP备`, `版权所有`) — the article ends there. Above it: the bar (`字号：大 中 小`, `当前位置：`,
 * `首页 > 政务公开`). Never a task, a heading or a name.
 */
export const WEB_CHROME_BELOW: readonly RegExp[] = [
  /^(?:[【\[]\s*(?:打印本页|打印此页|打印文章|打印正文|打印|列印本页|列印|关闭窗口|关闭本页|关闭|返回顶部|收藏本页|收藏|分享|纠错)\s*[】\]]\s*)+$/,
  /^(?:扫一扫|用微信扫描|微信扫一扫)/,
  // the share buttons' caption (`分享到：` with the sites' icons, their names at most)
  /^(?:分享到|分享至)\s*[：:]?\s*(?:(?:微信|朋友圈|微博|新浪微博|QQ空间|QQ|人人网|豆瓣|腾讯微博)\s*)*$/i,
  /网站标识码|ICP\s*备|公网安备|版权所有|Copyright|©/i,
  /^(?:技术支持|网站维护|上一篇|下一篇|相关链接|相关文章|相关阅读|相关新闻)\s*[：:]/,
  // the site's owner and its service on one line (`主办单位：X　　技术支持：Y`, `主办：X 承办：Y`): no task's labels
  /^(?:主办单位|主办)\s*[：:].*(?:技术支持|承办单位|承办|网站维护|运行维护|联系电话)\s*[：:]/,
];
export const WEB_CHROME_ABOVE: readonly RegExp[] = [
  // (the bar in brackets too: `【字体：大 中 小】`)
  /^[【\[]?\s*(?:字号|字体)\s*[：:]\s*[【\[]?\s*大/,
  /^(?:当前位置|您的位置|您现在的位置|所在位置)\s*[：:]/,
  /^首页\s*[>＞»›]/,
];

/** A line of a web page's chrome, above or below the article. */
export function isWebChrome(text: string): boolean {
  // (a page in traditional script: `【列印本頁】【關閉窗口】`, `網站標識碼`)
  const t = toSimplified(text.trim());
  return t !== "" && (WEB_CHROME_BELOW.some((p) => p.test(t)) || WEB_CHROME_ABOVE.some((p) => p.test(t)));
}

/** A numbered item's start (`1.`, `2、`, `（三）`, `四、`): what only the article's own text has. */
const NUMBERED_START = /^\s*(?:\d{1,3}\s*[.、．]|[（(]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,3})\s*[）)]|[一二三四五六七八九十]{1,3}\s*、)/;

/**
 * Where the article ends on a copied web page: the first line of the chrome below it
 * (`WEB_CHROME_BELOW`) after which no numbered item follows. Everything from there on (the
 * site's footer with its `主办：… 承办：…`) is the site's, not the notice's. null: no such line.
 */
export function webArticleEnd<T extends { text: string }>(lines: readonly T[]): number | null {
  let lastNumbered = -1;
  lines.forEach((l, i) => {
    if (NUMBERED_START.test(l.text)) lastNumbered = i;
  });
  for (let i = lastNumbered + 1; i < lines.length; i++) if (WEB_CHROME_BELOW.some((p) => p.test(lines[i]!.text.trim()))) return i;
  return null;
}

/** The lines without the web page's own chrome (the bar above the article, its tools and the site's footer below it). */
export function articleLines<T extends { text: string }>(lines: readonly T[]): T[] {
  const end = webArticleEnd(lines) ?? lines.length;
  return lines.map((l, i) => (i >= end || isWebChrome(l.text) ? { ...l, text: "" } : l));
}

/** Lines after which nothing belongs to the table (the printing footer of the notice). */
export const TABLE_END_PATTERNS: readonly RegExp[] = [/^抄送[：:]/, /^抄\s*送/, /^[（(]此件/, /印发$/, /^印发[：:]?/];

/**
 * A clause of a role bracket that gives a time, not names
 * (`（国务院各部门分别负责，年内持续推进）`, `（区发改局牵头，2024年底前完成）`, a schedule `按季度推进`, a time before a
 * completion `汛期前完成主体工程`): dropped.
 */
export const DEADLINE_CLAUSE =
  /^(?:(?:19|20)\d{2}\s*年|年内|年底|年末|年中|全年|今年|当年|长期|持续|常态|逐年|每年|每季度?|每月|[上下]半年|第?[一二三四1-4]季度|\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月)|(?:前|内|底|末)(?:完成|实现|建成|启动|落实|到位)?$|(?:持续推进|长期坚持|持续实施|长期推进|按期完成|按时完成)$|(?:前|之前|以前)(?:完成|实现|建成|启动|落实|到位|开工|竣工|投用|投运)|^(?:按|分)(?:季度|月度?|年度?|周|阶段|计划|进度|节点|时序)(?:推进|实施|完成|落实|调度)?$/;

// ── notes on the lists ──────────────────────────────────────────────────────

/**
 * The document-wide note that the first unit of every list leads
 * (`（列第一位者为牵头单位，下同）`, `排在首位的为牵头单位`).
 */
export const FIRST_IS_LEAD_NOTE =
  /(?:列|排|排名|排序)?(?:在)?(?:第一位|首位|第一个|第一|最前)(?:面)?(?:的|者)?(?:单位|部门)?(?:为|是)(?:工作)?(?:牵头|主办|主责|总牵头|主要责任)(?:责任|负责)?(?:单位|部门)(?:或(?:工作)?(?:汇总|主办|主责|总牵头)?(?:单位|部门))?(?:[，,、]?下同)?/;

/**
 * The note hedged (`列第一位者为工作牵头单位或汇总单位`): the first unit leads the
 * work *or* only gathers the reports, so it does not name a lead unit.
 */
export const FIRST_IS_LEAD_HEDGED = /(?:牵头|主办|主责|总牵头|主要责任)(?:责任|负责)?(?:单位|部门)或/;

/**
 * A column header that names the division of work as a whole (`责任分工`, `部门分工`, `分工`): its cells write
 * each role with a label or a verb (`分管市领导：A；牵头：X；配合：Y`, `X牵头，Y配合`). Read as a column of units
 * when the header names no other responsibility column; the roles in each cell then decide (table/cellroles.ts).
 */
export const ROLE_COLUMN = /^(责任|职责|任务|工作|部门|单位|责任单位|责任部门)?分工$/;
