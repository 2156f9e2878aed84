/**
 * OFD (GB/T 33190, 电子公文): not read yet.
 */
import type JSZip from "jszip";
import { FenjieError } from "../errors.js";
import type { InputDocument } from "../model/intermediate.js";

export async function readOfd(_bytes: Uint8Array, _zip: JSZip, file: string): Promise<InputDocument> {
  throw new FenjieError("UNSUPPORTED_FORMAT", `fenjie 暂不读取 OFD 电子公文：${file}。请用 OFD 阅读器（如数科、福昕）另存为 PDF 后再处理。`, file);
}
