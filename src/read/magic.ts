/**
 * File kinds recognised by their first bytes (magic numbers), so that an image
 * or an Office file given as a notice (often renamed .pdf or .txt) is named in
 * the error instead of being decoded as text. Data, not logic: add a row to
 * recognise another kind.
 */
export interface MagicKind {
  /** what the file is, for the message */
  name: string;
  /** what the user should do instead */
  advice: string;
  /** bytes at `offset` */
  bytes: readonly number[];
  offset?: number;
}

const IMAGE = "图片不含文字，请提供通知的 PDF 或文本文件，或先进行 OCR 文字识别";
const OFFICE = "请在 Office / WPS 中另存为 PDF 或文本文件后再处理";
const ARCHIVE = "请先解压，再处理其中的通知文件（批量处理可用 fenjie batch）";

export const MAGIC_KINDS: readonly MagicKind[] = [
  { name: "PNG 图片", advice: IMAGE, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: "JPEG 图片", advice: IMAGE, bytes: [0xff, 0xd8, 0xff] },
  { name: "GIF 图片", advice: IMAGE, bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "TIFF 图片", advice: IMAGE, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: "TIFF 图片", advice: IMAGE, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: "BMP 图片", advice: IMAGE, bytes: [0x42, 0x4d] },
  { name: "WebP 图片", advice: IMAGE, bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 },
  { name: "ZIP 压缩包、Office 文档（docx / xlsx）或 OFD 电子公文", advice: OFFICE, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "旧版 Office 文档（doc / xls / wps）", advice: OFFICE, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: "RAR 压缩包", advice: ARCHIVE, bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: "7z 压缩包", advice: ARCHIVE, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: "gzip 压缩文件", advice: ARCHIVE, bytes: [0x1f, 0x8b] },
];

/**
 * The kind of a non-text, non-PDF file recognised by its first bytes, or null.
 * `strong`: only signatures of 4 bytes or more (safe to check before decoding:
 * no text file starts with them); shorter ones only explain binary content.
 */
export function sniffKind(bytes: Uint8Array, strong = false): MagicKind | null {
  for (const kind of MAGIC_KINDS) {
    if (strong && kind.bytes.length < 4) continue;
    const at = kind.offset ?? 0;
    if (bytes.length < at + kind.bytes.length) continue;
    if (kind.bytes.every((b, i) => bytes[at + i] === b)) return kind;
  }
  return null;
}
