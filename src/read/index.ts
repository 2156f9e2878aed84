/**
 * Read stage: bytes → InputDocument. The format is detected from the content,
 * never from the file name: `%PDF-`; a ZIP holding `word/document.xml`
 * (Word), `xl/workbook.xml` (spreadsheet), `content.xml` + `mimetype`
 * (OpenDocument) or `OFD.xml`; an OLE2 compound file (legacy Word / Excel,
 * converted by LibreOffice); a MIME message holding a page (MHTML); text that
 * is HTML markup or a flat OpenDocument; else plain text.
 */
import { createReadStream } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import { FenjieError } from "../errors.js";
import type { InputDocument } from "../model/intermediate.js";
import { decodeText, splitLines } from "./decode.js";
import { cleanLines, restoreDisplacedQuotes } from "../text/hygiene.js";
import { DEFAULT_LIMITS, formatMB, type InputLimits } from "./limits.js";
import { sniffKind } from "./magic.js";
import type { PdfEngineName } from "./pdf-engine.js";
import { isFlatOdt, isMhtml, isOle2, isZip, looksLikeHtml } from "./sniff.js";
import { readStructured } from "./dispatch.js";
import { sha256 } from "./hash.js";
export { sha256 };

export interface ReadOptions {
  /** password for an encrypted PDF */
  password?: string;
  /** size limits (defaults: DEFAULT_LIMITS) */
  limits?: Partial<InputLimits>;
  /** the PDF engine (default: DEFAULT_PDF_ENGINE in `pdf-engine.ts`) */
  engine?: PdfEngineName;
}

/** Errno codes of a failed read → a message that says what to do. */
export function readErrorMessage(path: string, code: string | undefined): string {
  if (code === "EACCES" || code === "EPERM") return `没有权限读取文件：${path}（${code}）。请检查文件权限，或把文件复制到自己的文件夹后再处理。`;
  return `无法读取文件：${path}（${code ?? "未知错误"}）。请检查文件是否被占用或已损坏。`;
}

function tooLarge(file: string, bytes: number, limit: number, what: string): FenjieError {
  return new FenjieError(
    "INPUT_TOO_LARGE",
    `文件过大：${file}（${formatMB(bytes)}，${what}上限 ${formatMB(limit)}）。这不像一份通知；如确需处理，请用 --max-size 放宽上限（单位 MB）。`,
    file,
  );
}

/** Load a file's bytes with clear errors for missing, directory and unreadable paths. */
export async function loadFile(path: string, limits: Partial<InputLimits> = {}): Promise<Uint8Array> {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new FenjieError("FILE_NOT_FOUND", `找不到文件：${path}。请检查路径是否正确。`, path);
    throw new FenjieError("FILE_UNREADABLE", readErrorMessage(path, code), path);
  }
  if (info.isDirectory()) {
    throw new FenjieError("FILE_IS_DIRECTORY", `这是一个文件夹而不是文件：${path}。批量处理请用 fenjie batch。`, path);
  }
  if (info.isFIFO()) return readCapped(path, Math.max(lim.maxTextBytes, lim.maxPdfBytes)); // `fenjie parse <(cmd)`
  if (!info.isFile()) {
    throw new FenjieError("FILE_UNREADABLE", `这不是普通文件（设备或套接字）：${path}。请提供通知的 PDF 或文本文件。`, path);
  }
  try {
    // a file over a limit is refused from its size and first bytes, never read whole
    if (info.size > Math.min(lim.maxTextBytes, lim.maxPdfBytes)) {
      const handle = await open(path, "r");
      let head: Uint8Array;
      try {
        const buf = new Uint8Array(1024);
        const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
        head = buf.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
      checkSize(head, info.size, path, lim);
    }
    return new Uint8Array(await readFile(path));
  } catch (err) {
    if (err instanceof FenjieError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new FenjieError("FILE_UNREADABLE", readErrorMessage(path, code), path);
  }
}

export function isPdf(bytes: Uint8Array): boolean {
  // the header may follow a few bytes of junk; PDF readers accept it in the first 1 KB
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  return head.includes("%PDF-");
}

/** A pipe, read as a stream and refused as soon as it passes `maxBytes`. */
async function readCapped(path: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of createReadStream(path)) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw tooLarge(path, size, maxBytes, "");
      chunks.push(chunk as Buffer);
    }
  } catch (err) {
    if (err instanceof FenjieError) throw err;
    throw new FenjieError("FILE_UNREADABLE", readErrorMessage(path, (err as NodeJS.ErrnoException).code), path);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** INPUT_TOO_LARGE when `size` bytes starting with `head` are over the limit of their kind (Office and OFD files, with their images, count as PDF). */
export function checkSize(head: Uint8Array, size: number, file: string, limits: InputLimits): void {
  const pdf = isPdf(head);
  const container = !pdf && (isZip(head) || isOle2(head));
  const limit = pdf || container ? limits.maxPdfBytes : limits.maxTextBytes;
  if (size > limit) throw tooLarge(file, size, limit, pdf ? "PDF " : container ? "Office / OFD 文档" : "文本");
}

/** BINARY_INPUT naming the kind of file (an image, an Office file…). */
function notADocument(file: string, kind: { name: string; advice: string }): FenjieError {
  return new FenjieError("BINARY_INPUT", `文件不是文本或 PDF，而是 ${kind.name}：${file}。${kind.advice}。`, file);
}

/** Read bytes (from a file or stdin) into the common intermediate form. */
export async function readDocument(bytes: Uint8Array, file: string, options: ReadOptions = {}): Promise<InputDocument> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  checkSize(bytes.subarray(0, 1024), bytes.length, file, limits);
  if (isPdf(bytes)) {
    const { readPdf } = await import("./pdf.js");
    return readPdf(bytes, file, options);
  }
  if (isZip(bytes)) return readStructured({ kind: "zip", bytes, file, options });
  if (isOle2(bytes)) return readStructured({ kind: "ole2", bytes, file, options });
  if (isMhtml(bytes)) return readStructured({ kind: "mhtml", bytes, file, options });
  const strong = sniffKind(bytes, true);
  if (strong) throw notADocument(file, strong);
  let decoded;
  try {
    decoded = decodeText(bytes, file);
  } catch (err) {
    const kind = err instanceof FenjieError && err.code === "BINARY_INPUT" ? sniffKind(bytes) : null;
    throw kind ? notADocument(file, kind) : err;
  }
  if (looksLikeHtml(decoded.text)) return readStructured({ kind: "html", bytes, file, options, text: decoded.text, encoding: decoded.encoding });
  if (isFlatOdt(decoded.text)) return readStructured({ kind: "fodt", bytes, file, options, text: decoded.text, encoding: decoded.encoding });
  // (quotes a PDF's stream-order text printed apart from their words are put back; a line left empty by that is dropped)
  const { lines: texts, emptied } = restoreDisplacedQuotes(cleanLines(splitLines(decoded.text)));
  const long = texts.findIndex((t) => t.length > limits.maxLineChars);
  if (long >= 0) {
    throw new FenjieError(
      "INPUT_TOO_LARGE",
      `第 ${long + 1} 行过长：${file}（${texts[long]!.length.toLocaleString("en-US")} 个字符，上限 ${limits.maxLineChars.toLocaleString("en-US")}）。通知的一行不会这么长，文件可能缺少换行或不是通知；请检查文件，或另存为带换行的文本。`,
      file,
    );
  }
  const lines = texts.map((text, i) => ({ text, line: i + 1 })).filter((_, i) => !emptied.has(i));
  const diagnostics: InputDocument["diagnostics"] = [];
  if (decoded.gbLines?.length) {
    const shown = decoded.gbLines.slice(0, 10).join("、") + (decoded.gbLines.length > 10 ? " 等" : "");
    diagnostics.push({
      level: "warning",
      code: "MIXED_ENCODING",
      message: `文件混用了两种编码：大部分是 UTF-8，第 ${shown} 行是 GB18030/GBK，已逐行分别解码。请核对这些行的文字，最好把文件统一另存为 UTF-8。`,
      line: decoded.gbLines[0]!,
    });
  }
  if (decoded.badByteLines?.length) {
    const shown = decoded.badByteLines.slice(0, 10).join("、") + (decoded.badByteLines.length > 10 ? " 等" : "");
    diagnostics.push({
      level: "warning",
      code: "INVALID_BYTES",
      message: `第 ${shown} 行有个别字节不是有效的 UTF-8（文件可能被截断或拼接过），这些字节已显示为 �，行内其余文字照常解码。请对照原文核对这些行。`,
      line: decoded.badByteLines[0]!,
    });
  }
  return {
    source: { file, format: "txt", sha256: sha256(bytes), encoding: decoded.encoding },
    lines,
    diagnostics,
  };
}
