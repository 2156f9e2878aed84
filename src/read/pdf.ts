/**
 * PDF reader (pdfjs-dist). Placeholder until the PDF stage lands.
 */
import { FenjieError } from "../errors.js";
import type { InputDocument } from "../model/intermediate.js";
import type { ReadOptions } from "./index.js";

export async function readPdf(_bytes: Uint8Array, file: string, _options: ReadOptions): Promise<InputDocument> {
  throw new FenjieError("PDF_UNSUPPORTED", `暂不支持 PDF 输入：${file}。请先用 pdftotext 转为文本。`, file);
}
