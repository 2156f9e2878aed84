/**
 * What `fenjie diff` compares: a result JSON (from `fenjie parse` or a batch), or a notice
 * itself (PDF, text, … — anything `fenjie parse` reads), parsed on the spot. Which one is
 * decided by the content: a result JSON starts with `{`, a notice never does.
 */
import { FenjieError } from "../errors.js";
import type { Result } from "../model/schema.js";
import { parse, type ParseOptions } from "../parse.js";
import { loadFile } from "../read/index.js";
import { loadResult } from "../stats/load.js";

/** A UTF-8 byte order mark and whitespace, then `{`. */
export function looksLikeJson(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x7b;
}

export async function loadForDiff(path: string, options: Pick<ParseOptions, "layout" | "password" | "aliases" | "firstListedLead"> = {}): Promise<Result> {
  const bytes = await loadFile(path);
  if (looksLikeJson(bytes)) return loadResult(path);
  try {
    return await parse(bytes, { ...options, fileName: path });
  } catch (err) {
    if (err instanceof FenjieError && err.code === "NO_TABLE") {
      throw new FenjieError("NO_TABLE", `${err.message}diff 需要两份带责任分解表的通知（或它们的解析结果 JSON）。`, path, err.details);
    }
    throw err;
  }
}
