/**
 * Decode the bytes of a text notice. The encoding is detected from the
 * content (BOM, UTF-16 byte pattern, strict UTF-8, else GB18030), never from
 * the file name.
 */
import { FenjieError } from "../errors.js";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5" | "utf-8+gb18030";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
  /** 1-based lines decoded as GB18030 inside an otherwise UTF-8 file */
  gbLines?: number[];
  /** 1-based UTF-8 lines with a few bytes that are not UTF-8 (each shown as U+FFFD, the rest of the line decoded) */
  badByteLines?: number[];
}

/** Share of a line's non-ASCII bytes that must form valid UTF-8 for the line to be read as UTF-8 with stray bytes. */
export const MOSTLY_UTF8_SHARE = 0.8;

/** Share of NUL bytes at even / odd offsets in a sample: UTF-16 without BOM shows one side full of NULs. */
function utf16Guess(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.3 && evenNul / pairs < 0.05) return "utf-16le";
  if (evenNul / pairs > 0.3 && oddNul / pairs < 0.05) return "utf-16be";
  return null;
}

/** Control characters other than tab, newline, carriage return, form feed. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;
/** Private-use code points: what fonts without a Unicode map come out as. */
const PRIVATE_USE = /[\uE000-\uF8FF]/g;

/** True when decoded text looks like binary data rather than a document. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 20000);
  if (!sample) return false;
  const bad = (sample.match(CONTROL)?.length ?? 0) + (sample.match(/\uFFFD/g)?.length ?? 0);
  return bad / sample.length > 0.02;
}

export function privateUseShare(text: string): number {
  const visible = text.replace(/\s/g, "");
  if (!visible) return 0;
  return (visible.match(PRIVATE_USE)?.length ?? 0) / visible.length;
}

export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) {
    throw new FenjieError("EMPTY_INPUT", `文件为空：${file}。请确认选择了正确的通知文件。`, file);
  }
  let encoding: TextEncodingName;
  let bom = false;
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = "utf-8";
    bom = true;
    body = bytes.subarray(3);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = "utf-16le";
    bom = true;
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = "utf-16be";
    bom = true;
    body = bytes.subarray(2);
  } else {
    encoding = utf16Guess(bytes) ?? (isValidUtf8(bytes) ? "utf-8" : "gb18030");
    if (encoding === "gb18030") {
      const mixed = decodeMixed(bytes);
      if (mixed) return finish(mixed, file);
      encoding = legacyChineseEncoding(bytes);
    }
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: encoding !== "gb18030" && encoding !== "big5" }).decode(body);
  } catch {
    throw new FenjieError("UNDECODABLE_TEXT", `无法识别文件编码：${file}（按 ${encoding} 解码失败）。请另存为 UTF-8 或 GB18030 文本后重试。`, file);
  }
  return finish({ text, encoding, bom }, file);
}

function finish(decoded: DecodedText, file: string): DecodedText {
  const { text } = decoded;
  if (text.trim() === "") {
    throw new FenjieError("EMPTY_INPUT", `文件只有空白，没有内容：${file}。请确认选择了正确的通知文件。`, file);
  }
  if (looksBinary(text)) {
    throw new FenjieError(
      "BINARY_INPUT",
      `文件不是文本或 PDF：${file}（内容含大量控制字符或无法解码的字节）。请提供通知的 PDF 或文本文件。`,
      file,
    );
  }
  return decoded;
}

/**
 * A file that is mostly UTF-8 with some lines in GB18030 (pasted together on
 * Windows): decode line by line. Returns null unless most lines are UTF-8.
 */
function decodeMixed(bytes: Uint8Array): DecodedText | null {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  const nonAscii = lines.filter((l) => l.some((b) => b >= 0x80));
  const utf8 = nonAscii.filter((l) => utf8Share(l) >= MOSTLY_UTF8_SHARE);
  if (nonAscii.length < 2 || utf8.length / nonAscii.length < 0.5) return null;
  const gbLines: number[] = [];
  const badByteLines: number[] = [];
  const text = lines
    .map((l, i) => {
      if (isValidUtf8(l)) return new TextDecoder("utf-8").decode(l);
      // a stray byte or two in a UTF-8 line: only those bytes become U+FFFD
      if (utf8Share(l) >= MOSTLY_UTF8_SHARE) {
        badByteLines.push(i + 1);
        return new TextDecoder("utf-8").decode(l);
      }
      gbLines.push(i + 1);
      return new TextDecoder("gb18030").decode(l);
    })
    .join("");
  return {
    text,
    encoding: gbLines.length ? "utf-8+gb18030" : "utf-8",
    bom: false,
    ...(gbLines.length ? { gbLines } : {}),
    ...(badByteLines.length ? { badByteLines } : {}),
  };
}

/** A UTF-8 lead byte's sequence length and the allowed range of its second byte (RFC 3629), or null. */
function utf8Lead(b: number): [number, number, number] | null {
  if (b >= 0xc2 && b <= 0xdf) return [2, 0x80, 0xbf];
  if (b === 0xe0) return [3, 0xa0, 0xbf];
  if (b === 0xed) return [3, 0x80, 0x9f];
  if (b >= 0xe1 && b <= 0xef) return [3, 0x80, 0xbf];
  if (b === 0xf0) return [4, 0x90, 0xbf];
  if (b >= 0xf1 && b <= 0xf3) return [4, 0x80, 0xbf];
  if (b === 0xf4) return [4, 0x80, 0x8f];
  return null;
}

/** Length of the valid UTF-8 sequence starting at `i` (a byte ≥ 0x80), or 0. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const lead = utf8Lead(bytes[i]!);
  if (!lead) return 0;
  const [n, lo, hi] = lead;
  if (i + n > bytes.length || bytes[i + 1]! < lo || bytes[i + 1]! > hi) return 0;
  for (let k = 2; k < n; k++) if (bytes[i + k]! < 0x80 || bytes[i + k]! > 0xbf) return 0;
  return n;
}

/** Share of the non-ASCII bytes of `bytes` that belong to valid UTF-8 sequences (1 when there are none). */
export function utf8Share(bytes: Uint8Array): number {
  let valid = 0;
  let nonAscii = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceAt(bytes, i);
    if (n) {
      valid += n;
      nonAscii += n;
      i += n;
    } else {
      nonAscii++;
      i++;
    }
  }
  return nonAscii ? valid / nonAscii : 1;
}

/**
 * Frequent characters of Chinese text in both scripts (function words and the
 * vocabulary of government notices). Text decoded with the wrong legacy
 * encoding is mojibake and rarely hits them.
 */
const FREQUENT_CHARS = new Set(
  ("的一是在不了有和人中大上以要时生到作地出就分成可主年同工也能下子面而方定行法所民得十三之等部度家力如水化高自二理起小物加量本去性好开合因由其然前外天政四日社事平形相全表正心反明看原又利比或但第向道此条只结解问意建月公无系者最立代已通提直程展五果象位入常文次品式活设及管特件求老基流路级少山接知较见别手角期根指九强放决西被做必先回则任取府研" +
    "這為個國們時來用於對會發動過說產種後學經進著電裡現實兩體機當點從業應開還義間樣與關數線變條沒結問題黨員總設長頭資邊級圖統較將組見計論運農幾區決幹戰則據處單位責頭縣鎮辦務").split(""),
);

function frequentShare(text: string): number {
  let hits = 0;
  let han = 0;
  for (const ch of text) {
    if (!/\p{Script=Han}/u.test(ch)) continue;
    han++;
    if (FREQUENT_CHARS.has(ch)) hits++;
  }
  return han ? hits / han : 0;
}

/** Bytes that are not UTF-8: GB18030 (mainland, simplified) or Big5 (traditional), whichever reads as Chinese. */
function legacyChineseEncoding(bytes: Uint8Array): TextEncodingName {
  const sample = bytes.subarray(0, 65536);
  const gb = frequentShare(new TextDecoder("gb18030").decode(sample));
  let big5 = 0;
  try {
    big5 = frequentShare(new TextDecoder("big5").decode(sample));
  } catch {
    return "gb18030";
  }
  return big5 > gb * 1.5 ? "big5" : "gb18030";
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Split text into lines on CRLF, CR or LF. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
