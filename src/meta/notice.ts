/**
 * Notice metadata from the cover letter: 文号, title, issuer, date, and the
 * year the tasks are for.
 */
import type { Notice } from "../model/schema.js";
import type { SourceLine } from "../model/intermediate.js";
import { cleanText, stripMarkup } from "../text/hygiene.js";
import { toSimplified } from "../text/script.js";

const DOC_NUMBER = /([\p{Script=Han}]{1,12}[〔［\[【(（﹝〖]\s*(?:19|20)\d{2}\s*[〕］\]】)）﹞〗]\s*第?\s*\d{1,4}\s*号)/u;
const DATE_ARABIC = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const DATE_CHINESE = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/;
const ISSUER_END = /(人民政府|政府办公室|人民政府办公室|办公厅|办公室|委员会|政府|国务院)$/;
/**
 * A signature block's first line: the issuer (`镇人民政府办公室`) with the date line right after it
 * (`2023年2月15日`). What follows a table's last row there is the document's tail, not the row.
 */
export function isSignature(text: string, next: string | undefined): boolean {
  const t = compact(text);
  const n = compact(next ?? "");
  return t.length <= 30 && !/\d/.test(t) && ISSUER_END.test(t) && n.length <= 20 && (DATE_ARABIC.test(n) || DATE_CHINESE.test(n)) && /日$/.test(n);
}
/** a date in Arabic or Chinese figures (a zero written `〇`, `零` or `○`), the whole line */
const DATE_LINE = /^(?:\d{4}|[〇零○一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/u;
/** The line is a date and nothing else (`2026年1月20日`, `二〇二六年一月二十日`): a signature's last line. */
export function isDateLine(text: string): boolean {
  return DATE_LINE.test(text.normalize("NFKC").replace(/\s+/g, ""));
}
const TITLE_WORDS = /关于.*(通知|分解|方案|分工的?意见)|责任分解.*通知/;
/**
 * Labels of a government site's information table (`索引号 … 文号 蔡政办〔2023〕1号`,
 * `名称: 区人民政府办公室关于…`): the label is not part of the value after it.
 */
const INFO_LABEL = /^(?:.*?(?:发文字号|文件编号|文号|字号)[:：]?|(?:名称|标题|题名)[:：])/;
/**
 * A news report's sentence naming the day the issuer issued the notice (`2025年2月14日，某县人民政府办公室印发《…》`):
 * a date, then an office's name (ISSUER_END) and a verb of issuing right before the title's 《. A meeting that day
 * (`2025年1月6日，县人大会议审议通过《…》`) issues nothing.
 */
const ISSUED_ON = /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日[，,]((?:[\p{Script=Han}]{1,24}?)(?:人民政府办公室|政府办公室|人民政府|办公厅|办公室|政府))(?:正式)?(?:印发|发布|下发|出台)了?《/u;

/** A publication date given by such a label (`发布日期:2022-01-21`, `发文日期 2023-01-03`). */
const LABELLED_DATE = /(?:成文日期|发文日期|印发日期|发布日期|公开日期|成文时间|发文时间|发布时间)\s*[:：]?\s*((?:19|20)\d{2})[-/.年]\s*(\d{1,2})[-/.月]\s*(\d{1,2})/;
/** A web page's timestamp (`13.03.2015  07:51`, `2023-01-05 10:00`): when the page went up; gives the year only. */
const TIMESTAMP = /^(?:((?:19|20)\d{2})[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]((?:19|20)\d{2}))\s+\d{1,2}:\d{2}/;
/** What the notice is about, on a line that also names the year (`省政府印发2020年政府工作报告重点工作责任分解通知`). */
const SUBJECT = /政府工作报告|责任分解|任务分解|分工方案|分工意见|重点工作/;
/** A news page's byline (`2024年03月05日 来源：云江日报`): its date is the article's, not the notice's; gives the year only. */
const BYLINE = /来源[：:]|作者[：:]|编辑[：:]|浏览(?:次数|量)?[：:]|点击[数率量]?[：:]/;

/**
 * The fields a government site prints as labels above a notice (the
 * 索引号 / 发文机关 / 发文字号 / 成文日期 / 标题 box, read by the web page reader
 * as one `label：value` line each). They are the site's own metadata and win
 * over what is guessed from the cover letter.
 */
const LABELLED = {
  issuer: /^(?:发文机关|发文单位|发布机构|发文机构)[：:](.+)$/,
  docNumber: /^(?:发文字号|文号|发文文号)[：:](.+)$/,
  date: /^成文日期[：:](.+)$/,
  title: /^(?:标题|文件标题|名称)[：:](.+)$/,
} as const;
const ANY_LABEL = /^(?:发文机关|发文单位|发布机构|发文机构|发文字号|文号|发文文号|成文日期|发布日期|标题|文件标题|名称|索引号|主题分类)[：:]/;

/** white space before another of those labels on the same line */
const LABEL_AFTER_SPACE = /[\s\u3000]+(?=(?:发文机关|发文单位|发布机构|发文机构|发文字号|文号|发文文号|成文日期|发布日期|标题|文件标题|名称|索引号|主题分类)[：:])/u;

interface Labelled {
  issuer: string | null;
  docNumber: string | null;
  date: string | null;
  title: string | null;
}

/** The labelled fields among the cover's lines (a value that does not read as its kind is ignored). */
function labelledFields(cover: readonly SourceLine[]): Labelled {
  const out: Labelled = { issuer: null, docNumber: null, date: null, title: null };
  // a site may print several labels on one line (`发文单位：X　　成文日期：…　　文号：…`): each is read on its own
  for (const t of cover.flatMap((l) => l.text.split(LABEL_AFTER_SPACE).map(compact))) {
    const issuer = LABELLED.issuer.exec(t)?.[1];
    if (issuer && !out.issuer && ISSUER_END.test(issuer)) out.issuer = issuer;
    const doc = LABELLED.docNumber.exec(t)?.[1];
    if (doc && !out.docNumber && DOC_NUMBER.test(doc)) out.docNumber = DOC_NUMBER.exec(doc)![1]!;
    const date = LABELLED.date.exec(t)?.[1];
    if (date && !out.date) out.date = parseDate(date);
    const title = LABELLED.title.exec(t)?.[1];
    if (title && !out.title && TITLE_WORDS.test(title)) out.title = title;
  }
  return out;
}

function cnNumber(s: string): number {
  if (s.length === 4 && !s.includes("十")) return Number([...s].map((c) => CN_DIGITS[c] ?? 0).join(""));
  if (s === "十") return 10;
  if (s.startsWith("十")) return 10 + (CN_DIGITS[s[1]!] ?? 0);
  if (s.endsWith("十")) return (CN_DIGITS[s[0]!] ?? 0) * 10;
  if (s.includes("十")) return (CN_DIGITS[s[0]!] ?? 0) * 10 + (CN_DIGITS[s[2]!] ?? 0);
  return CN_DIGITS[s] ?? 0;
}

const pad = (n: number): string => String(n).padStart(2, "0");

export function parseDate(text: string): string | null {
  const a = DATE_ARABIC.exec(text);
  if (a) return `${a[1]}-${pad(Number(a[2]))}-${pad(Number(a[3]))}`;
  const c = DATE_CHINESE.exec(text);
  if (c) return `${cnNumber(c[1]!)}-${pad(cnNumber(c[2]!))}-${pad(cnNumber(c[3]!))}`;
  return null;
}

/** A cover line without markdown marks or the empty cells a spreadsheet export adds (`…通知,,,,,`). */
const compact = (s: string): string =>
  cleanText(stripMarkup(s).replace(/^#+\s*/, ""))
    .replace(/\s+/g, "")
    .replace(/^[,|]+|[,|]+$/g, "");

/** How many non-empty lines at the end of a document a closing signature (issuer, date) may span. */
const CLOSING_SIGNATURE_LINES = 4;

/**
 * The signature that closes a document whose table comes first (`某县人民政府办公室` / `2024年2月20日`
 * as its last lines): a date line among the last lines, the issuer on the line just above it.
 */
function closingSignature(lines: readonly SourceLine[]): { issuer: string; date: string } | null {
  const tail = lines.filter((l) => l.text.trim()).slice(-CLOSING_SIGNATURE_LINES);
  for (let i = tail.length - 1; i >= 1; i--) {
    const t = compact(tail[i]!.text);
    const d = parseDate(t);
    if (!d || t.length > 20) continue;
    const cand = compact(tail[i - 1]!.text);
    return ISSUER_END.test(cand) && cand.length <= 30 && !/[：:]/.test(cand) ? { issuer: cand, date: d } : null;
  }
  return null;
}

/**
 * Read the cover letter (the lines before the table header, `headerLine`).
 */
export function extractNotice(lines: readonly SourceLine[], headerLine: number | null, tableTitle: string | null): Notice {
  const folded = lines.map((l) => ({ ...l, text: fold(l.text) }));
  if (folded.every((l, i) => l.text === lines[i]!.text)) return extractFromSimplified(lines, headerLine, tableTitle);
  // traditional script or full-width digits: read the folded text, then give back the strings as printed (folding keeps offsets)
  const notice = extractFromSimplified(folded, headerLine, tableTitle === null ? null : fold(tableTitle));
  const printed = lines.map((l) => l.text.replace(/\s+/g, "")).join("");
  const asPrinted = (v: string | null): string | null => {
    if (v === null) return null;
    const at = fold(printed).indexOf(v);
    return at < 0 ? v : printed.slice(at, at + v.length);
  };
  return { ...notice, docNumber: asPrinted(notice.docNumber), title: asPrinted(notice.title), issuer: asPrinted(notice.issuer) };
}

/** Full-width digits (`２０２４年`, typed so in Word documents) as ASCII digits: one character for one. */
const FULL_WIDTH_DIGIT = /[０-９]/g;

/** Simplified script and ASCII digits, character for character (offsets kept). */
function fold(text: string): string {
  return toSimplified(text).replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** the letter's salutation: its addressees, ending in a colon (`各乡镇人民政府，县直各单位：`) */
const SALUTATION = /^各[^。；;]{1,80}[：:]$/;
/** a line that may open a notice's title (`…关于…`, not a sentence that cites one) */
const isTitleLine = (t: string) => /关于/.test(t) && !/^(根据|按照|为)/.test(t) && t.length < 80;

function extractFromSimplified(lines: readonly SourceLine[], headerLine: number | null, tableTitle: string | null): Notice {
  const allCover = lines.filter((l) => headerLine === null || l.line < headerLine);
  const labelled = labelledFields(allCover);
  // the labelled lines are read above; the guesses below read the letter itself
  const cover = allCover.filter((l) => !ANY_LABEL.test(compact(l.text)));
  const texts = cover.map((l) => l.text);
  const all = texts.join("\n");

  const doc = DOC_NUMBER.exec(all.replace(/[ \t]+/g, ""));
  const docNumber = doc ? doc[1]!.replace(/^.*?([\p{Script=Han}]{1,8}[〔［\[【(（﹝〖])/u, "$1").replace(INFO_LABEL, "") : null;

  // title: the first line with 关于…通知 near the top, joined with its wrapped continuation; where the letter's
  // salutation (`各乡镇人民政府，县直各单位：`) follows, the last such title above it (a web page lists other notices'
  // titles in its sidebar before the letter's own)
  let title: string | null = null;
  const nonEmpty = cover.filter((l) => l.text.trim());
  const salutation = nonEmpty.findIndex((l) => SALUTATION.test(compact(l.text)));
  for (let i = 0; i < Math.min(nonEmpty.length, 40); i++) {
    const t = compact(nonEmpty[i]!.text).replace(INFO_LABEL, "");
    if (isTitleLine(t)) {
      let full = t;
      let j = i + 1;
      while (!/(通知|方案|分解表|意见)$/.test(full) && j < nonEmpty.length && j <= i + 3) {
        full += compact(nonEmpty[j]!.text);
        j++;
      }
      if (TITLE_WORDS.test(full)) {
        // the issuer printed on its own line above `关于…` is the title's first part
        const above = i > 0 ? compact(nonEmpty[i - 1]!.text) : "";
        if (t.startsWith("关于") && ISSUER_END.test(above) && above.length <= 30 && !DOC_NUMBER.test(above)) full = above + full;
        title = full;
        if (salutation < 0 || i >= salutation || !nonEmpty.slice(j, salutation).some((l) => isTitleLine(compact(l.text).replace(INFO_LABEL, "")))) break;
      }
    }
  }

  // date and issuer: the signature block (a date line, the issuer just above it)
  let date: string | null = null;
  let issuer: string | null = null;
  for (let i = 0; i < nonEmpty.length; i++) {
    const t = compact(nonEmpty[i]!.text);
    const d = BYLINE.test(t) ? null : parseDate(t);
    if (d && t.length <= 20) {
      date = d;
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
        const cand = compact(nonEmpty[k]!.text);
        if (ISSUER_END.test(cand) && cand.length <= 30) {
          issuer = cand;
          break;
        }
      }
      if (issuer) break;
    }
  }
  // some notices carry the printing line (…印发) after the table instead
  if (!date) {
    for (const l of lines) {
      const t = compact(l.text);
      const d = BYLINE.test(t) ? null : parseDate(t);
      if (d && t.length <= 20) {
        date = d;
        break;
      }
    }
  }
  // no signature date: a news report's sentence that the issuer issued it on a day (`2025年2月14日，某县人民政府办公室印发《…》`)
  const issued = date ? null : ISSUED_ON.exec(texts.map(compact).join(""));
  if (issued) {
    date = `${issued[1]}-${pad(Number(issued[2]))}-${pad(Number(issued[3]))}`;
    issuer ??= issued[4]!;
  }
  // no signature date: the date the site's information table gives
  if (!date) {
    const m = LABELLED_DATE.exec(allCover.map((l) => l.text).join("\n"));
    if (m) date = `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  }
  // a signature printed after the table (the last lines of the document): the issuer above its date
  if (!issuer) issuer = closingSignature(lines)?.issuer ?? null;
  if (!issuer && title) {
    const m = /^(.*?)关于/.exec(title);
    if (m && ISSUER_END.test(m[1]!)) issuer = m[1]!;
  }

  title = labelled.title ?? title;
  issuer = labelled.issuer ?? issuer;
  date = labelled.date ?? date;
  const number = labelled.docNumber ?? docNumber;
  const year =
    yearOf(title) ??
    yearOf(tableTitle) ??
    (date ? Number(date.slice(0, 4)) : null) ??
    docNumberYear(number) ??
    subjectYear(nonEmpty) ??
    timestampYear(nonEmpty) ??
    bylineYear(nonEmpty);
  return { docNumber: number, title, issuer, date, year };
}

/** The year in a 文号 (`国发〔2020〕6号` → 2020): notices are numbered in the year they are issued. */
function docNumberYear(docNumber: string | null): number | null {
  const m = docNumber ? /((?:19|20)\d{2})/.exec(docNumber) : null;
  return m ? Number(m[1]) : null;
}

/** The year on a short line that names what the notice is about (a news headline without 关于). */
function subjectYear(lines: readonly SourceLine[]): number | null {
  for (const l of lines) {
    const t = compact(l.text);
    if (t.length <= 80 && SUBJECT.test(t)) {
      const y = yearOf(t);
      if (y) return y;
    }
  }
  return null;
}

/** The year of a page's timestamp line (a reposted notice with nothing else dated). */
function timestampYear(lines: readonly SourceLine[]): number | null {
  for (const l of lines) {
    const m = TIMESTAMP.exec(l.text.trim());
    if (m) return Number(m[1] ?? m[2]);
  }
  return null;
}

/** The year of a news byline's date (`2024年03月05日 来源：…`), when nothing else dates the notice. */
function bylineYear(lines: readonly SourceLine[]): number | null {
  for (const l of lines) {
    const t = compact(l.text);
    const d = BYLINE.test(t) ? parseDate(t) : null;
    if (d) return Number(d.slice(0, 4));
  }
  return null;
}

function yearOf(text: string | null): number | null {
  if (!text) return null;
  const m = /((?:19|20)\d{2})\s*年/.exec(text);
  return m ? Number(m[1]) : null;
}
