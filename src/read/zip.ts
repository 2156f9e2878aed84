/**
 * ZIP containers (Word, OpenDocument, spreadsheets, OFD): open them, tell
 * which kind of document they hold from the parts inside (never from the file
 * name), and read a part as text with a size guard against ZIP bombs.
 */
import JSZip from "jszip";
import { FenjieError } from "../errors.js";

/** Largest uncompressed part read (a 1000-page document.xml is about 30 MB). */
export const MAX_PART_BYTES = 256 * 1024 * 1024;

export type ZipKind = "docx" | "xlsx" | "odt" | "ods" | "odf-other" | "ofd" | "pptx" | "archive";

export async function openZip(bytes: Uint8Array, file: string): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    throw new FenjieError("FILE_UNREADABLE", `文件已损坏，无法作为 ZIP 容器（docx / xlsx / odt / OFD）打开：${file}。请用 Office / WPS 打开后重新保存，再处理。`, file);
  }
}

/** A part's path, whatever the case of its letters (some tools write `Word/Document.xml`). */
export function findPart(zip: JSZip, path: string): string | null {
  if (zip.files[path]) return path;
  const lower = path.toLowerCase();
  return Object.keys(zip.files).find((k) => k.toLowerCase() === lower) ?? null;
}

/** A part's text (UTF-8), or null when the part is absent. */
export async function readPart(zip: JSZip, path: string, file: string): Promise<string | null> {
  const name = findPart(zip, path);
  if (!name) return null;
  const entry = zip.files[name]!;
  const size = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  if (size > MAX_PART_BYTES) {
    throw new FenjieError(
      "INPUT_TOO_LARGE",
      `文件中的 ${name} 解压后过大（${Math.round(size / 1048576)} MB，上限 ${MAX_PART_BYTES / 1048576} MB）：${file}。这不像一份通知，或文件已损坏。`,
      file,
    );
  }
  try {
    return await entry.async("string");
  } catch {
    throw new FenjieError("FILE_UNREADABLE", `文件已损坏，无法读取其中的 ${name}：${file}。请用 Office / WPS 打开后重新保存，再处理。`, file);
  }
}

/** What a ZIP holds, from its parts: Word, spreadsheet, OpenDocument (by its `mimetype`), OFD, or a plain archive. */
export async function zipKind(zip: JSZip): Promise<ZipKind> {
  if (findPart(zip, "word/document.xml")) return "docx";
  if (findPart(zip, "xl/workbook.xml")) return "xlsx";
  if (findPart(zip, "ppt/presentation.xml")) return "pptx";
  if (findPart(zip, "OFD.xml")) return "ofd";
  const mime = findPart(zip, "mimetype");
  if (mime && findPart(zip, "content.xml")) {
    const type = (await zip.files[mime]!.async("string")).trim();
    if (type === "application/vnd.oasis.opendocument.text" || type === "application/vnd.oasis.opendocument.text-template") return "odt";
    if (type === "application/vnd.oasis.opendocument.spreadsheet") return "ods";
    return "odf-other";
  }
  return "archive";
}
