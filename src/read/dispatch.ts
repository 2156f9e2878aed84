/**
 * The structured formats behind `readDocument`: each reader is loaded only
 * when a file of its kind comes (a text notice never loads parse5, saxes or
 * exceljs).
 */
import { FenjieError } from "../errors.js";
import type { InputDocument } from "../model/intermediate.js";
import type { Diagnostic } from "../model/schema.js";
import type { ReadOptions } from "./index.js";
import { sha256 } from "./hash.js";

export interface StructuredInput {
  kind: "zip" | "ole2" | "mhtml" | "html" | "fodt";
  bytes: Uint8Array;
  file: string;
  options: ReadOptions;
  /** the decoded text (html, fodt) and its encoding */
  text?: string;
  encoding?: string;
}

function unsupported(file: string, what: string, advice: string): FenjieError {
  return new FenjieError("UNSUPPORTED_FORMAT", `fenjie 不读取${what}：${file}。${advice}`, file);
}

async function readZip(bytes: Uint8Array, file: string): Promise<InputDocument> {
  const { openZip, zipKind } = await import("./zip.js");
  const zip = await openZip(bytes, file);
  const kind = await zipKind(zip);
  switch (kind) {
    case "docx":
      return (await import("./docx.js")).readDocx(bytes, zip, file);
    case "odt":
      return (await import("./odt.js")).readOdt(bytes, zip, file);
    case "xlsx":
      return (await import("./xlsx.js")).readXlsx(bytes, file);
    case "ofd":
      return (await import("./ofd.js")).readOfd(bytes, zip, file);
    case "ods":
      return (await import("./ods.js")).readOds(bytes, zip, file);
    case "pptx":
      throw unsupported(file, "演示文稿（.pptx）", "请提供通知的 Word、PDF、网页或表格文件。");
    case "odf-other":
      throw unsupported(file, "这种 OpenDocument 文件（不是文字文档 .odt）", "请另存为 .odt、.docx 或 PDF 后再处理。");
    default:
      throw new FenjieError("BINARY_INPUT", `文件是 ZIP 压缩包，不是 Word / Excel / OpenDocument / OFD 文档：${file}。请先解压，再处理其中的通知文件（批量处理可用 fenjie batch）。`, file);
  }
}

async function readOle2(bytes: Uint8Array, file: string): Promise<InputDocument> {
  const { oleKind, convertLegacy, kindName } = await import("./legacy.js");
  const kind = oleKind(bytes);
  if (kind === "encrypted") {
    throw new FenjieError("DOCUMENT_ENCRYPTED", `文件设有打开密码（已加密的 Office 文档）：${file}。请在 Office / WPS 中取消密码后另存为 .docx / .xlsx，再处理。`, file);
  }
  if (kind === "ppt") throw unsupported(file, "演示文稿（.ppt）", "请提供通知的 Word、PDF、网页或表格文件。");
  if (kind === "other") {
    throw new FenjieError("BINARY_INPUT", `文件是 OLE2 复合文档，但不是 Word 或 Excel 文件：${file}。请提供通知的 Word、PDF、网页、表格或文本文件。`, file);
  }
  const converted = await convertLegacy(bytes, kind, file);
  const doc =
    kind === "doc"
      ? await (async () => {
          const { openZip } = await import("./zip.js");
          return (await import("./docx.js")).readDocx(converted, await openZip(converted, file), file);
        })()
      : await (await import("./xlsx.js")).readXlsx(converted, file);
  const note: Diagnostic = {
    level: "info",
    code: "LEGACY_CONVERTED",
    message: `${kindName(kind)}已由 LibreOffice 转换为 ${kind === "doc" ? ".docx" : ".xlsx"} 后读取：${file}。如有疑问，请在 Office / WPS 中另存为 ${kind === "doc" ? ".docx" : ".xlsx"} 核对。`,
  };
  return { ...doc, source: { ...doc.source, format: kind, sha256: sha256(bytes) }, diagnostics: [note, ...doc.diagnostics] };
}

async function readMhtml(bytes: Uint8Array, file: string): Promise<InputDocument> {
  const { mhtmlPage } = await import("./mhtml.js");
  const { decodeHtml, readHtmlText } = await import("./html.js");
  const page = mhtmlPage(bytes);
  if (!page) throw unsupported(file, "不含网页的 MIME 邮件文件", "请提供通知的网页（.html / .mhtml）、Word、PDF 或文本文件。");
  const { text, encoding } = decodeHtml(page.bytes, file, page.charset);
  return readHtmlText(text, bytes, file, encoding);
}

/** Read a structured document of the kind `readDocument` found. */
export async function readStructured(input: StructuredInput): Promise<InputDocument> {
  const { kind, bytes, file } = input;
  switch (kind) {
    case "zip":
      return readZip(bytes, file);
    case "ole2":
      return readOle2(bytes, file);
    case "mhtml":
      return readMhtml(bytes, file);
    case "html": {
      const { decodeHtml, readHtmlText } = await import("./html.js");
      // the text decoder's guess stands for Unicode; a legacy guess gives way to the page's own charset
      const decoded = input.encoding && /^utf/.test(input.encoding) ? { text: input.text!, encoding: input.encoding } : decodeHtml(bytes, file);
      return readHtmlText(decoded.text, bytes, file, decoded.encoding);
    }
    case "fodt":
      return (await import("./odt.js")).readFlatOdt(input.text!, bytes, file);
  }
}
