/**
 * Progress of a batch: a one-line bar redrawn in place on a terminal (files
 * done/total, rate, ETA, failures so far, the file being parsed), plain periodic
 * lines otherwise (CI logs). In Chinese, or English by the locale (messages.ts).
 * Formatting is pure; the reporter only decides when to write.
 */
import { displayWidth } from "./summary.js";
import { batchMessages, type BatchMessages } from "./messages.js";

export interface ProgressState {
  done: number;
  total: number;
  failures: number;
  /** ms since the batch started */
  elapsedMs: number;
  /** the input started last (absent once the batch is over) */
  current?: string;
}

/** Widest the current file's name gets on the bar (display columns); longer names keep their end. */
export const CURRENT_MAX_WIDTH = 40;

/** A file name cut from the left to `width` display columns (`…2021/晋江.pdf`). */
export function fitName(name: string, width = CURRENT_MAX_WIDTH): string {
  if (displayWidth(name) <= width) return name;
  const chars = [...name];
  let out = "";
  for (let i = chars.length - 1; i >= 0 && displayWidth(chars[i] + out) <= width - 1; i--) out = chars[i] + out;
  return "…" + out;
}

/** Seconds between plain progress lines when not on a terminal. */
export const PLAIN_INTERVAL_MS = 5000;
/** Minimum ms between redraws of the bar. */
export const BAR_REDRAW_MS = 100;
export const BAR_WIDTH = 24;

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "--:--";
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

function rateAndEta(p: ProgressState): { rate: number; eta: number } {
  const secs = p.elapsedMs / 1000;
  const rate = secs > 0 ? p.done / secs : 0;
  const eta = rate > 0 ? (p.total - p.done) / rate : Infinity;
  return { rate, eta };
}

/** `[#########---------------] 12/40  3.1 个/秒  预计剩余 0:09  失败 2  正在处理 2021/晋江.pdf` */
export function formatBar(p: ProgressState, width = BAR_WIDTH, m: BatchMessages = batchMessages()): string {
  const { rate, eta } = rateAndEta(p);
  const filled = p.total ? Math.round((p.done / p.total) * width) : width;
  const bar = "#".repeat(filled) + "-".repeat(width - filled);
  const done = String(p.done).padStart(String(p.total).length);
  return `[${bar}] ${m.bar(done, p.total, rate.toFixed(1), formatDuration(eta), p.failures, p.current ? fitName(p.current) : "")}`;
}

/** `fenjie batch：12/40 个文件（30%），3.1 个/秒，预计剩余 0:09，失败 2 个，正在处理 2021/晋江.pdf` */
export function formatLine(p: ProgressState, m: BatchMessages = batchMessages()): string {
  const { rate, eta } = rateAndEta(p);
  const pct = p.total ? Math.floor((p.done / p.total) * 100) : 100;
  return m.line(p.done, p.total, pct, rate.toFixed(1), formatDuration(eta), p.failures, p.current ?? "");
}

export interface ProgressSink {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export class ProgressReporter {
  private lastWrite = -Infinity;
  private lastDone = -1;
  private drawn = false;

  constructor(
    private readonly out: ProgressSink,
    private readonly mode: "bar" | "lines" | "off",
    private readonly intervalMs = mode === "bar" ? BAR_REDRAW_MS : PLAIN_INTERVAL_MS,
    private readonly messages: BatchMessages = batchMessages(),
  ) {}

  /** `last`: the batch is over (done or stopped by --fail-fast); write the state unless it was just written. */
  update(p: ProgressState, last = false): void {
    if (this.mode === "off") return;
    // the final state is written once, as soon as it is reached; others at most once per interval
    const final = p.done === p.total || last;
    if (final ? this.lastDone === p.done : p.elapsedMs - this.lastWrite < this.intervalMs) return;
    this.lastWrite = p.elapsedMs;
    this.lastDone = p.done;
    if (this.mode === "bar") {
      this.out.write(`\r\x1b[2K${formatBar(p, BAR_WIDTH, this.messages)}`);
      this.drawn = true;
    } else {
      this.out.write(formatLine(p, this.messages) + "\n");
    }
  }

  /** End the bar's line so the summary starts on a fresh one. */
  finish(): void {
    if (this.mode === "bar" && this.drawn) this.out.write("\n");
    this.drawn = false;
  }
}
