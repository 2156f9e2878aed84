/**
 * What `fenjie batch` prints (progress, summary table, totals) in Chinese, or in English when
 * the locale asks for it (`LC_ALL`, else `LC_MESSAGES`, else `LANG` starting with `en`).
 * Everything else fenjie says is Chinese; the batch run is the one long screen an analyst
 * might watch in a non-Chinese terminal. summary.json keeps the ASCII status codes.
 */
import type { FileStatus } from "./status.js";

export type Locale = "zh" | "en";

export function batchLocale(env: Record<string, string | undefined> = process.env): Locale {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en([_.@-]|$)/i.test(tag) ? "en" : "zh";
}

export interface BatchMessages {
  status: Record<FileStatus, string>;
  /** progress: `done` padded to the width of `total`, `rate` files per second, `eta` formatted, `failures` so far, `current` the file being parsed */
  bar(done: string, total: number, rate: string, eta: string, failures: number, current: string): string;
  line(done: number, total: number, pct: number, rate: string, eta: string, failures: number, current: string): string;
  tableHeader: readonly [string, string, string, string, string];
  unchanged: string;
  totals(files: number, parts: string, tasks: number, e: number, w: number, i: number): string;
  none: string;
  /** between the parts of a list in a sentence */
  sep: string;
  ignored(list: string): string;
  /** one line on stderr per failed input under -q */
  failedLine(file: string, status: string, message: string, code: string): string;
}

const ZH: BatchMessages = {
  status: {
    ok: "正常",
    warnings: "有警告",
    skipped: "跳过：不是通知",
    no_table: "未找到分解表",
    unreadable: "无法读取",
    failed: "失败",
    not_run: "未处理",
  },
  bar: (done, total, rate, eta, failures, current) =>
    `${done}/${total}  ${rate} 个/秒  预计剩余 ${eta}  失败 ${failures}${current ? `  正在处理 ${current}` : ""}`,
  line: (done, total, pct, rate, eta, failures, current) =>
    `fenjie batch：${done}/${total} 个文件（${pct}%），${rate} 个/秒，预计剩余 ${eta}，失败 ${failures} 个${current ? `，正在处理 ${current}` : ""}`,
  tableHeader: ["状态", "任务", "错/警/提", "耗时", "文件"],
  unchanged: "未变，跳过",
  totals: (files, parts, tasks, e, w, i) => `共 ${files} 个文件：${parts}；${tasks} 项任务；诊断：错误 ${e}、警告 ${w}、提示 ${i}`,
  none: "无",
  sep: "，",
  ignored: (list) => `已忽略（不是 PDF 或文本）：${list}`,
  failedLine: (file, status, message, code) => `fenjie batch：${status}：${file}：${message} [${code}]`,
};

const EN: BatchMessages = {
  status: {
    ok: "ok",
    warnings: "ok with warnings",
    skipped: "skipped: not a notice",
    no_table: "no table",
    unreadable: "unreadable",
    failed: "failed",
    not_run: "not run",
  },
  bar: (done, total, rate, eta, failures, current) =>
    `${done}/${total}  ${rate} files/s  ETA ${eta}  ${failures} failed${current ? `  now ${current}` : ""}`,
  line: (done, total, pct, rate, eta, failures, current) =>
    `fenjie batch: ${done}/${total} files (${pct}%), ${rate} files/s, ETA ${eta}, ${failures} failed${current ? `, now ${current}` : ""}`,
  tableHeader: ["status", "tasks", "E/W/I", "time", "file"],
  unchanged: "unchanged",
  totals: (files, parts, tasks, e, w, i) => `${files} files: ${parts}; ${tasks} tasks; diagnostics ${e} errors, ${w} warnings, ${i} info`,
  none: "none",
  sep: ", ",
  ignored: (list) => `ignored (not PDF or text): ${list}`,
  failedLine: (file, status, message, code) => `fenjie batch: ${status}: ${file}: ${message} [${code}]`,
};

export function batchMessages(locale: Locale = batchLocale()): BatchMessages {
  return locale === "en" ? EN : ZH;
}
