/**
 * Read stage: bytes → InputDocument. The format is detected from the content
 * (`%PDF-` header), not from the file name.
 */
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { FenjieError } from "../errors.js";
import type { InputDocument } from "../model/intermediate.js";
import { decodeText, splitLines } from "./decode.js";

export interface ReadOptions {
  /** password for an encrypted PDF */
  password?: string;
}

/** Load a file's bytes with clear errors for missing, directory and unreadable paths. */
export async function loadFile(path: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new FenjieError("FILE_NOT_FOUND", `找不到文件：${path}。请检查路径是否正确。`, path);
    throw new FenjieError("FILE_UNREADABLE", `无法读取文件：${path}（${code ?? String(err)}）。请检查文件权限。`, path);
  }
  if (info.isDirectory()) {
    throw new FenjieError("FILE_IS_DIRECTORY", `这是一个文件夹而不是文件：${path}。批量处理请用 fenjie batch。`, path);
  }
  try {
    return new Uint8Array(await readFile(path));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new FenjieError("FILE_UNREADABLE", `无法读取文件：${path}（${code ?? String(err)}）。请检查文件权限。`, path);
  }
}

export function isPdf(bytes: Uint8Array): boolean {
  // the header may follow a few bytes of junk; PDF readers accept it in the first 1 KB
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  return head.includes("%PDF-");
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Read bytes (from a file or stdin) into the common intermediate form. */
export async function readDocument(bytes: Uint8Array, file: string, options: ReadOptions = {}): Promise<InputDocument> {
  if (isPdf(bytes)) {
    const { readPdf } = await import("./pdf.js");
    return readPdf(bytes, file, options);
  }
  const decoded = decodeText(bytes, file);
  const lines = splitLines(decoded.text).map((text, i) => ({ text, line: i + 1 }));
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
  return {
    source: { file, format: "txt", sha256: sha256(bytes), encoding: decoded.encoding },
    lines,
    diagnostics,
  };
}
