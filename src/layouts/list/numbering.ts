/**
 * Paragraph numbering: which marker starts a line (`1.` `1、` `（1）` `(一)`
 * `一是` …), the number it carries, and the text after it.
 */
import { toSimplified } from "../../text/script.js";
import { CN_DIGITS, DECOMPOSITION_VOCABULARY, LIST_SETTINGS, NUMBERING_STYLES } from "./data.js";

export interface Numbered {
  style: string;
  /** the heading level of the marker's style */
  level: number;
  number: number;
  /** the marker as printed */
  marker: string;
  /** the text after the marker, as printed */
  rest: string;
  /** the number was read from letters that OCR puts for digits (`l0.` for `10.`) */
  ocr?: boolean;
}

/**
 * A task number OCR misread (`l.` `l0.` `ll.` `1O.`): letters that stand for digits (l, I, | for 1;
 * O, o for 0) mixed with digits or alone, then a full stop or 、 and a Han character. The letters
 * must make the whole token; a word (`No.`, `PM2.5`) is none.
 */
const OCR_NUMBER = /^([0-9lI|Oo]{1,3})[.．、](?=\s*\p{Script=Han})/u;
const OCR_DIGITS: Readonly<Record<string, string>> = { l: "1", I: "1", "|": "1", O: "0", o: "0" };

/** The marker read as a number when OCR letters stand for its digits, or null. */
function readOcrNumber(trimmed: string): Numbered | null {
  const m = OCR_NUMBER.exec(trimmed);
  // letters alone must hold a 1 (`O.` is a letter, not a 0)
  if (!m || /^\d+$/.test(m[1]!) || !/[0-9lI|]/.test(m[1]!)) return null;
  const number = Number(m[1]!.replace(/[lI|Oo]/g, (c) => OCR_DIGITS[c]!));
  const rest = trimmed.slice(m[0].length);
  if (!(number >= 1) || !rest.trim()) return null;
  return { style: m[0].endsWith("、") ? "arabic-comma" : "arabic-dot", level: 3, number, marker: m[0], rest: rest.replace(/^\s+/, ""), ocr: true };
}

/** The value of a Chinese numeral up to 999 (`十二`, `二十`, `一百零五`), or NaN. */
export function chineseNumber(s: string): number {
  if (!s) return NaN;
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch === "百" || ch === "佰") {
      total += (digit < 0 ? 1 : digit) * 100;
      digit = -1;
    } else if (ch === "十" || ch === "拾") {
      total += (digit < 0 ? 1 : digit) * 10;
      digit = -1;
    } else if (ch in CN_DIGITS) {
      digit = CN_DIGITS[ch]!;
    } else return NaN;
  }
  return total + (digit < 0 ? 0 : digit);
}

/** Bullet marks: they number nothing (the task's number is its order). */
const BULLETS = /^(?:[◆◇●○■□▲△★☆•▪►▶·・‧]|——|――|\p{Extended_Pictographic}\uFE0F?)$/u;

function numberOf(token: string): number {
  if (/^\d+$/.test(token)) return Number(token);
  if (/^[\u2460-\u2473]$/.test(token)) return token.charCodeAt(0) - 0x2460 + 1;
  if (BULLETS.test(token)) return 0;
  if (/^[\u2160-\u216b]$/.test(token)) return token.charCodeAt(0) - 0x2160 + 1;
  if (/^[\u2170-\u217b]$/.test(token)) return token.charCodeAt(0) - 0x2170 + 1;
  if (/^[\u2474-\u2487]$/.test(token)) return token.charCodeAt(0) - 0x2474 + 1;
  if (/^[\u2488-\u249b]$/.test(token)) return token.charCodeAt(0) - 0x2488 + 1;
  if (/^[\u3220-\u3229]$/.test(token)) return token.charCodeAt(0) - 0x3220 + 1;
  if (/^[A-H]$/.test(token)) return token.charCodeAt(0) - 0x40;
  if (/^[甲乙丙丁戊己庚辛壬癸]$/.test(token)) return "甲乙丙丁戊己庚辛壬癸".indexOf(token) + 1;
  return chineseNumber(token);
}

/** The numbering marker at the start of `text` (leading whitespace ignored), or null. */
export function readNumbering(text: string): Numbered | null {
  const trimmed = text.replace(/^[\s\u3000]+/, "");
  // full-width digits (`１．`, `（２）`) read as ASCII; one character for one, so offsets hold
  const folded = toSimplified(trimmed).replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  for (const s of NUMBERING_STYLES) {
    const m = s.pattern.exec(folded);
    if (!m) continue;
    const number = numberOf(m[1]!);
    if (!Number.isFinite(number)) continue;
    const rest = trimmed.slice(m[0].length);
    if (!rest.trim()) continue; // a bare marker is not a paragraph
    return { style: s.style, level: s.level, number, marker: trimmed.slice(0, m[0].length).trim(), rest };
  }
  return readOcrNumber(trimmed);
}

/** A task number glued to the digits its text opens with (`1.2024年…`, `2.3个…`, `3.5G…`): number, full stop, a digit. */
const GLUED_DIGITS = /^([\s\u3000]*)(\d{1,3})([.．])(?=\d)/;
/** A line that ends a paragraph: a sentence end or a closing bracket (a wrapped line ends mid-sentence). */
const ENDS_PARAGRAPH = /[。；;！!？?）)】〕]\s*$/;

/**
 * A task number whose full stop a PDF copy lost (`1 粮食总产量…`): digits, a space, a Han character that is no measure
 * word (`3 万户`, `2024 年` are quantities and dates).
 */
const SPACED_NUMBER = /^([\s\u3000]*)(\d{1,3})[ \t\u3000]+(?=\p{Script=Han})(?![万亿千百个项年月日时分秒季度号周天倍元米吨亩人户家所条座公里平方立方克次辆台套])/u;
/** Fewest such numbers, counting 1, 2, … each at a paragraph start, for the text to number its tasks that way. */
const MIN_SPACED_NUMBERS = 2;

/** How many lines open with a spaced number that counts on from 1 (`1 …`, then `2 …`), the lines between them aside. */
function spacedNumbersCount(lines: readonly { text: string }[]): number {
  let due = 1;
  for (const l of lines) {
    const s = SPACED_NUMBER.exec(l.text);
    if (s && Number(s[2]) === due) due++;
  }
  return due - 1;
}

/** A line that is a paragraph of its own even with no sentence end: a heading numbered in a style other than the tasks' arabic one, or a short title naming the decomposition. */
function standsAlone(text: string, numbered: Numbered | null): boolean {
  if (numbered) return numbered.style !== "arabic-dot" && numbered.style !== "arabic-comma";
  const t = toSimplified(text.replace(/\s+/g, ""));
  return t.length <= LIST_SETTINGS.maxTitleChars && !/[，,。；;！!？?]/.test(t) && DECOMPOSITION_VOCABULARY.test(t);
}

/**
 * Task numbers glued to a number that opens the task (`1.2024年全区…`, `2.3个项目…`, `4.10个小区…`) read as a
 * decimal, so as no marker. Such a line numbers the next task when its number is the one due (1 before any task,
 * then one more than the last) and it starts a paragraph (after a blank line or a line ending a sentence or a
 * bracket, or a line that stands alone: a heading numbered in another style, `一、稳增长`, or the list's
 * title, `…重点任务分解`): a space is put after the marker. A wrapped line starting with a quantity (`惠及居民` / `3.5万户。`)
 * follows a line that ends mid-sentence and stays as it is; so does a decimal sub-number (`2.1 社会…`).
 */
export function spaceGluedNumbers<L extends { text: string }>(lines: readonly L[]): L[] {
  const spaced = spacedNumbersCount(lines) >= MIN_SPACED_NUMBERS;
  let due = 1;
  let endsBefore = true;
  return lines.map((l) => {
    const text = l.text;
    if (!text.trim()) {
      endsBefore = true;
      return l;
    }
    let out = l;
    const numbered = readNumbering(text);
    if (numbered && (numbered.style === "arabic-dot" || numbered.style === "arabic-comma")) due = numbered.number + 1;
    else if (!numbered && endsBefore) {
      const m = GLUED_DIGITS.exec(text);
      const s = spaced ? SPACED_NUMBER.exec(text) : null;
      if (m && Number(m[2]) === due) {
        out = { ...l, text: `${m[1]}${m[2]}${m[3]} ${text.slice(m[0].length)}` };
        due++;
      } else if (s && Number(s[2]) === due) {
        out = { ...l, text: `${s[1]}${s[2]}. ${text.slice(s[0].length)}` };
        due++;
      }
    }
    endsBefore = ENDS_PARAGRAPH.test(text) || /[：:]/.test(text) || standsAlone(text, numbered);
    return out;
  });
}
