/**
 * What a document without a 责任分解表 looks like instead, for the "no table"
 * message: a work report, a notice without its attachment, a news page …
 */
import { FenjieError } from "../errors.js";
import type { InputDocument, LayoutResult } from "../model/intermediate.js";
import { isHeaderRow } from "../table/headers.js";
/** Newspaper pages are set in narrow columns: most lines are this short or shorter. */
const NEWSPAPER_LINE_MAX = 18;

/** Median length of the non-empty lines. */
function medianLineLength(text: string): number {
  const lengths = text
    .split(/\r?\n/)
    .map((l) => l.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  return lengths.length ? lengths[Math.floor(lengths.length / 2)]! : 0;
}

export function describeDocument(text: string): string {
  const t = text.replace(/\s+/g, "");
  if (/政府工作报告/.test(t) && /各位代表/.test(t)) return "看起来是一份政府工作报告（报告正文），不是责任分解通知";
  if (/责任分解/.test(t) && /通知/.test(t)) return "看起来是责任分解通知的正文，但没有附带分解表（附件可能是单独的文件）";
  if (/记者|本报讯|本报|通讯员/.test(t)) return "看起来是一篇新闻报道或报纸版面";
  if (!/〔\d{4}〕\d+号/.test(t) && medianLineLength(text) <= NEWSPAPER_LINE_MAX) {
    return "看起来是报纸版面或新闻稿（窄栏排版，没有文号），其中没有责任分解表";
  }
  if (/通知/.test(t)) return "看起来是一份通知，但其中没有责任分解表";
  if (!/〔\d{4}〕\d+号/.test(t)) return "看起来不是一份通知（没有文号，也没有“通知”字样），可能是新闻稿或其他材料，其中没有带“序号 / 任务 / 责任单位”等表头的表格";
  return "没有找到带“序号 / 任务 / 责任单位”等表头的表格";
}

/**
 * The refusal of a document in which no layout found a numbered task: says
 * what the document looks like instead (or that a header stood alone), and,
 * when a layout was forced, which one.
 */
export function noTableError(doc: InputDocument, result: LayoutResult | null, forced?: { layout: string; detected: string | null }): FenjieError {
  const text = doc.lines.map((l) => l.text).join("\n");
  // a header line (cells split by tabs, | or wide spaces) with nothing numbered under it
  const headerOnly = (result && result.tables.length) || doc.lines.some((l) => isHeaderRow(l.text.split(/\t|[|｜]|\s{2,}|\u3000+/).map((c) => c.trim()).filter(Boolean)));
  const what = headerOnly ? "表头找到了，但表中没有任何编号的任务行" : describeDocument(text);
  const hint = !forced
    ? ""
    : forced.detected && forced.detected !== forced.layout
      ? `（已按 --layout ${forced.layout} 读取，但文件看起来是 ${forced.detected} 版式：请改用 --layout ${forced.detected}，或去掉 --layout 让 fenjie 自动判断）`
      : `（已按 --layout ${forced.layout} 读取；可去掉 --layout 让 fenjie 自动判断版式）`;
  return new FenjieError("NO_TABLE", `未找到责任分解表：${doc.source.file}。${what}${hint}。`, doc.source.file);
}
