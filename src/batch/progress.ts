/**
 * Progress of a batch: a one-line bar redrawn in place on a terminal (files
 * done/total, rate, ETA, failures so far), plain periodic lines otherwise
 * (CI logs). Formatting is pure; the reporter only decides when to write.
 */
export interface ProgressState {
  done: number;
  total: number;
  failures: number;
  /** ms since the batch started */
  elapsedMs: number;
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

/** `[#########---------------]  12/40  3.1 files/s  ETA 0:09  2 failed` */
export function formatBar(p: ProgressState, width = BAR_WIDTH): string {
  const { rate, eta } = rateAndEta(p);
  const filled = p.total ? Math.round((p.done / p.total) * width) : width;
  const bar = "#".repeat(filled) + "-".repeat(width - filled);
  return `[${bar}] ${String(p.done).padStart(String(p.total).length)}/${p.total}  ${rate.toFixed(1)} files/s  ETA ${formatDuration(eta)}  ${p.failures} failed`;
}

/** `fenjie batch: 12/40 files (30%), 3.1 files/s, ETA 0:09, 2 failed` */
export function formatLine(p: ProgressState): string {
  const { rate, eta } = rateAndEta(p);
  const pct = p.total ? Math.floor((p.done / p.total) * 100) : 100;
  return `fenjie batch: ${p.done}/${p.total} files (${pct}%), ${rate.toFixed(1)} files/s, ETA ${formatDuration(eta)}, ${p.failures} failed`;
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
      this.out.write(`\r\x1b[2K${formatBar(p)}`);
      this.drawn = true;
    } else {
      this.out.write(formatLine(p) + "\n");
    }
  }

  /** End the bar's line so the summary starts on a fresh one. */
  finish(): void {
    if (this.mode === "bar" && this.drawn) this.out.write("\n");
    this.drawn = false;
  }
}
