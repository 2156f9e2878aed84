/**
 * Text hygiene applied before anything else: radical code points, zero-width
 * characters, odd spaces. `cleanText` keeps punctuation as printed (task text);
 * `cleanName` also folds width (NFKC) and writes parentheses full-width.
 */
import { CJK_RADICAL_SUPPLEMENT_MAP, KANGXI_SIMPLIFIED_MAP } from "./lookalikes.js";

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F]/g;
/** Kangxi Radicals and CJK Compatibility Ideographs: NFKC folds these safely. */
const NFKC_SAFE = /[\u2F00-\u2FDF\uF900-\uFAFF]|[\u{2F800}-\u{2FA1F}]/gu;
const RADICAL_SUPPLEMENT = /[\u2E80-\u2EFF]/g;
const HTML_TAG = /<\/?[a-zA-Z][^<>]*>/g;
const HTML_ENTITIES: Record<string, string> = { "&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/** Any character the replacements below change (most text has none and is returned as it is). */
const ANY_LOOKALIKE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u00A0\u1680\u2000-\u200A\u202F\u205F\u2F00-\u2FDF\uF900-\uFAFF\u2E80-\u2EFF]|[\u{2F800}-\u{2FA1F}]/u;

/** Map look-alike radicals to the ideographs they stand for; drop zero-width chars; normalise odd spaces. */
export function foldLookalikes(text: string): string {
  if (!ANY_LOOKALIKE.test(text)) return text;
  return text
    .replace(ZERO_WIDTH, "")
    .replace(ODD_SPACES, " ")
    .replace(NFKC_SAFE, (c) => KANGXI_SIMPLIFIED_MAP[c] ?? c.normalize("NFKC"))
    .replace(RADICAL_SUPPLEMENT, (c) => CJK_RADICAL_SUPPLEMENT_MAP[c] ?? c);
}

/** A tab between two printed characters: the text is tab-separated (cells), its tabs mean something. */
const INNER_TAB = /\S[ \u3000]*\t[\t \u3000]*\S/;
const TRAILING_BLANKS = /[ \t]+$/;
/** share of a text's printed lines ending with a tab above which the tab is a habit of the export */
const TRAILING_TAB_HABIT = 0.9;

/**
 * Hygiene of a plain-text document's lines as read, before any layout sees
 * them: look-alike radicals folded (`⼀` → `一`), zero-width characters dropped and odd spaces (NBSP, thin spaces…)
 * written as spaces — a web page's copy pads with them where a file has
 * spaces, and they carry nothing else; the ideographic space U+3000 is kept
 * (it aligns columns). When no line has a tab between two printed characters
 * the text is not tab-separated, and blanks at a line's end (a copy's
 * trailing tab) are dropped; a tab-separated text keeps them (a trailing tab
 * there is an empty last cell) unless nearly every line ends with one (the
 * export's habit).
 */
export function cleanLines(texts: readonly string[]): string[] {
  // (look-alike radicals too: a PDF's text read by the PDF reader has them folded, and text copied out of the
  // same PDF must read the same, numbering markers such as `⼀、` included)
  const folded = texts.map((t) => foldLookalikes(t));
  const printed = folded.filter((t) => t.trim());
  // every printed line ends with a tab: the exporter's habit, not an empty last cell on each row
  const habit = printed.length > 0 && printed.filter((t) => t.endsWith("\t")).length >= TRAILING_TAB_HABIT * printed.length;
  if (!habit && folded.some((t) => INNER_TAB.test(t))) return folded;
  return folded.map((t) => t.replace(TRAILING_BLANKS, ""));
}

/**
 * groups of quote marks at a line's end, each group apart (`3. “ ”`, `…车间 12 “ ”`, `”“ ”`); or Roman numerals,
 * printed in another font the same way, alone on a line or at its end (`水质稳定` | `Ⅱ` | `达到 类标准`,
 * `达到 88% Ⅲ` | `以上，水质稳定达到 类以`)
 */
const QUOTE_GROUPS_AT_END = /(?:^|[ \t\u3000])((?:[“”‘’\u2160-\u216B]+[ \t\u3000]*)+)$/u;
/** a gap one space wide between two Han characters (or a Han character and a CJK mark, either side: `双下降 ；`): where a glyph was taken out */
const HAN_GAP = /(?<=[\p{Script=Han}，。、；：！？）》])[ \u3000](?=[\p{Script=Han}（《，。、；：！？）》])/gu;

/**
 * Quote marks a PDF's stream-order text (`pdftotext -raw` of a LibreOffice PDF) printed apart from their words: each
 * line's quotes come out together at the end of the line above (`3. “ ”` | `落实重大项目 赛马比拼 机制`), one group per
 * place they stood (`”“` is two marks at one place), and each place is left as a space between two Han characters
 * (which Chinese text never has). When the groups and the next line's such gaps are as many, each group goes back into
 * its gap, in order; otherwise the lines are left as printed. A quote that ends a line with no space before it
 * (`开展“` | `文明交通”`) stands where it was printed and is no such group.
 */
export function restoreDisplacedQuotes(lines: readonly string[]): { lines: string[]; emptied: Set<number> } {
  const out = [...lines];
  const emptied = new Set<number>();
  for (let i = 0; i + 1 < out.length; i++) {
    const m = QUOTE_GROUPS_AT_END.exec(out[i]!);
    if (!m) continue;
    const groups = m[1]!.trim().split(/[ \t\u3000]+/);
    const next = out[i + 1]!;
    const gaps = [...next.matchAll(HAN_GAP)];
    if (gaps.length !== groups.length) continue;
    let k = 0;
    out[i + 1] = next.replace(HAN_GAP, () => groups[k++]!);
    out[i] = out[i]!.slice(0, m.index).replace(/[ \t\u3000]+$/u, "");
    // (a number in brackets the quotes cut in two, `（3 “ ”` | `）全面推行…`: one line again)
    if (/^[（(]\d{1,3}$/u.test(out[i]!.trim()) && /^[）)]/u.test(out[i + 1]!)) {
      out[i + 1] = out[i]!.trim() + out[i + 1]!;
      out[i] = "";
    }
    // (a task's number the quotes stood after, `3. “ ”` | `落实重大项目…`: the number opens its words' line again)
    if (/^\d{1,3}[.、．]$/u.test(out[i]!.trim())) {
      out[i + 1] = `${out[i]!.trim()} ${out[i + 1]!}`;
      out[i] = "";
    }
    // (a task's number alone, its mark opening the words' line: `4 “ ”` | `．开展 乐购 系列…`: one line again)
    if (/^\d{1,3}$/u.test(out[i]!.trim()) && /^[.、．]/u.test(out[i + 1]!.trim())) {
      out[i + 1] = out[i]!.trim() + out[i + 1]!.trim();
      out[i] = "";
    }
    // a line left empty was the quotes' only (`”“ ”`): no line of the text, not a blank one
    if (!out[i]!.trim()) emptied.add(i);
  }
  return { lines: out, emptied };
}

/**
 * Remove HTML tags and the common entities. Only for text that is markup
 * (tab-separated and markdown exports carry `<b>…</b>` and `<br>`; list-form
 * text copied from web pages): the layouts reading such text call it. Text
 * read from a PDF is never markup — `<img …>` printed in a notice is its text.
 */
export function stripMarkup(text: string): string {
  if (!text.includes("<") && !text.includes("&")) return text;
  return text.replace(HTML_TAG, "").replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (m) => HTML_ENTITIES[m] ?? m);
}

const CJK = "\\p{Script=Han}\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65\\u2018-\\u201F\\u2026\\u2014";
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u3000]+(?=[${CJK}])`, "gu");

/**
 * Clean task or heading text: look-alikes folded, whitespace
 * collapsed, and spaces between two CJK characters dropped (they come from
 * wrapped lines or padding, never from the text itself). Punctuation is kept.
 */
export function cleanText(text: string): string {
  return foldLookalikes(text)
    .replace(/\s+/g, " ")
    .replace(SPACE_BETWEEN_CJK, "")
    .trim();
}

/**
 * How a document spaces Chinese against Latin letters and digits (`增长 8%`
 * or `增长8%`), learned from its own lines. A line break at such a boundary
 * gets the document's usual spacing, since a wrap cannot show a space.
 */
export interface SpacingStyle {
  /** a space between a Chinese character and a following digit or Latin letter */
  beforeAscii: boolean;
  /** a space between a digit or Latin letter (or %) and a following Chinese character */
  afterAscii: boolean;
}

export const TIGHT_SPACING: SpacingStyle = { beforeAscii: false, afterAscii: false };

const HAN = "\\p{Script=Han}";
const ASCII_WORD = "[0-9A-Za-z%]";
// one space: a run of two or more (or an ideographic space) pads columns apart (`8%    区发改局` in
// text aligned by spaces), it is no spacing of the text itself
const HAN_SPACE_ASCII = new RegExp(`${HAN} (?=[0-9A-Za-z])`, "gu");
const HAN_ASCII = new RegExp(`${HAN}(?=[0-9A-Za-z])`, "gu");
const ASCII_SPACE_HAN = new RegExp(`${ASCII_WORD} (?=${HAN})`, "gu");
const ASCII_HAN = new RegExp(`${ASCII_WORD}(?=${HAN})`, "gu");

/** Learn the spacing style from a document's lines (majority of in-line boundaries with one space or none; ties are tight). */
export function learnSpacing(lines: readonly string[]): SpacingStyle {
  let spacedBefore = 0;
  let tightBefore = 0;
  let spacedAfter = 0;
  let tightAfter = 0;
  for (const line of lines) {
    spacedBefore += line.match(HAN_SPACE_ASCII)?.length ?? 0;
    tightBefore += line.match(HAN_ASCII)?.length ?? 0;
    spacedAfter += line.match(ASCII_SPACE_HAN)?.length ?? 0;
    tightAfter += line.match(ASCII_HAN)?.length ?? 0;
  }
  return { beforeAscii: spacedBefore > tightBefore, afterAscii: spacedAfter > tightAfter };
}

const IS_HAN = /\p{Script=Han}$/u;
const STARTS_HAN = /^\p{Script=Han}/u;
const HAS_HAN = /\p{Script=Han}/u;
const WIDE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201F\u2026\u2014]/u;

/** Width of a line as printed: a Chinese character or full-width mark is two columns. */
function displayWidth(line: string): number {
  let w = 0;
  for (const ch of line) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/** A line this many columns (one Chinese character) short of the widest line of its cell still filled it. */
const FULL_LINE_SLACK = 2;

/**
 * Join the wrapped lines of one cell into one text. A line break is a wrap,
 * not a space: lines are joined directly, except between two Latin letters or
 * digits (a Latin word wrapped at a space) and, where the document spaces
 * Chinese against digits and Latin letters, at such a boundary. A number cut
 * by the wrap of a Chinese line that filled its cell (`覆盖率达到 9` | `5%`)
 * is one number: Chinese text wraps at the cell's width wherever that falls,
 * while a line ending short of the width ended at a space (`推动 SAP` | `Business`).
 */
export function joinLines(lines: readonly string[], spacing: SpacingStyle = TIGHT_SPACING): string {
  const parts: string[] = [];
  const kept = lines.map((l) => l.trim()).filter(Boolean);
  const width = kept.length > 1 ? kept.reduce((w, l) => Math.max(w, displayWidth(l)), 0) : 0;
  // the end of the text so far is the end of the last line joined: tested there, not on the
  // growing text (a test anchored at the end of a long string costs its length)
  let prev = "";
  for (const line of kept) {
    if (prev) {
      const asciiEnd = /[0-9A-Za-z%]$/.test(prev);
      const asciiStart = /^[0-9A-Za-z]/.test(line);
      const numberCut = /[0-9]$/.test(prev) && /^[0-9%]/.test(line) && HAS_HAN.test(prev) && displayWidth(prev) >= width - FULL_LINE_SLACK;
      const space =
        (asciiEnd && asciiStart && !numberCut) ||
        (spacing.beforeAscii && IS_HAN.test(prev) && asciiStart) ||
        (spacing.afterAscii && asciiEnd && STARTS_HAN.test(line));
      if (space) parts.push(" ");
    }
    parts.push(line);
    prev = line;
  }
  return cleanText(parts.join(""));
}

/**
 * Clean a unit or person name: NFKC (full-width letters and digits to ASCII,
 * radicals to ideographs), all whitespace removed, parentheses full-width.
 */
export function cleanName(name: string): string {
  return foldLookalikes(name)
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/\(/g, "（")
    .replace(/\)/g, "）");
}
