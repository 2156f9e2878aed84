/**
 * Text hygiene applied before anything else: radical code points, zero-width
 * characters, odd spaces. `cleanText` keeps punctuation as printed (task text);
 * `cleanName` also folds width (NFKC) and writes parentheses full-width.
 */
import { CJK_RADICAL_SUPPLEMENT_MAP } from "./lexicon.js";

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F]/g;
/** Kangxi Radicals and CJK Compatibility Ideographs: NFKC folds these safely. */
const NFKC_SAFE = /[\u2F00-\u2FDF\uF900-\uFAFF]|[\u{2F800}-\u{2FA1F}]/gu;
const RADICAL_SUPPLEMENT = /[\u2E80-\u2EFF]/g;
const HTML_TAG = /<\/?[a-zA-Z][^<>]*>/g;
const HTML_ENTITIES: Record<string, string> = { "&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/** Map look-alike radicals to the ideographs they stand for; drop zero-width chars; normalise odd spaces. */
export function foldLookalikes(text: string): string {
  return text
    .replace(ZERO_WIDTH, "")
    .replace(ODD_SPACES, " ")
    .replace(NFKC_SAFE, (c) => c.normalize("NFKC"))
    .replace(RADICAL_SUPPLEMENT, (c) => CJK_RADICAL_SUPPLEMENT_MAP[c] ?? c);
}

/** Remove HTML tags and the common entities (markdown-ish exports carry `<b>…</b>`). */
export function stripMarkup(text: string): string {
  return text.replace(HTML_TAG, "").replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (m) => HTML_ENTITIES[m] ?? m);
}

const CJK = "\\p{Script=Han}\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65\\u2018-\\u201F\\u2026\\u2014";
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u3000]+(?=[${CJK}])`, "gu");

/**
 * Clean task or heading text: look-alikes folded, markup removed, whitespace
 * collapsed, and spaces between two CJK characters dropped (they come from
 * wrapped lines or padding, never from the text itself). Punctuation is kept.
 */
export function cleanText(text: string): string {
  return stripMarkup(foldLookalikes(text))
    .replace(/\s+/g, " ")
    .replace(SPACE_BETWEEN_CJK, "")
    .trim();
}

/**
 * Join the wrapped lines of one cell into one text. A line break is a wrap,
 * not a space: lines are joined directly, except between two Latin letters or
 * digits (a Latin word wrapped at a space).
 */
export function joinLines(lines: readonly string[]): string {
  let out = "";
  for (const line of lines.map((l) => l.trim()).filter(Boolean)) {
    out += out && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(line) ? " " + line : line;
  }
  return cleanText(out);
}

/**
 * Clean a unit or person name: NFKC (full-width letters and digits to ASCII,
 * radicals to ideographs), all whitespace removed, parentheses full-width.
 */
export function cleanName(name: string): string {
  return stripMarkup(foldLookalikes(name))
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/\(/g, "（")
    .replace(/\)/g, "）");
}
