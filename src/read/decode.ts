/**
 * Decode the bytes of a text notice. The encoding is detected from the
 * content (BOM, UTF-16 byte pattern, strict UTF-8, else GB18030), never from
 * the file name.
 */
import { FenjieError } from "../errors.js";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "utf-8+gb18030";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
  /** 1-based lines decoded as GB18030 inside an otherwise UTF-8 file */
  gbLines?: number[];
}

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
    }
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: encoding !== "gb18030" }).decode(body);
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
  const utf8 = nonAscii.filter(isValidUtf8);
  if (nonAscii.length < 2 || utf8.length / nonAscii.length < 0.5) return null;
  const gbLines: number[] = [];
  const text = lines
    .map((l, i) => {
      if (isValidUtf8(l)) return new TextDecoder("utf-8").decode(l);
      gbLines.push(i + 1);
      return new TextDecoder("gb18030").decode(l);
    })
    .join("");
  return { text, encoding: "utf-8+gb18030", bom: false, gbLines };
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
