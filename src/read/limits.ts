/**
 * Input limits, with named defaults: a file bigger than these is refused with
 * INPUT_TOO_LARGE before it is read whole, so a stray video or database dump
 * on a clerk's desktop gives a clear message instead of minutes of work and
 * gigabytes of memory. Real notices are far below them (a 100-page text PDF
 * is about 1 MB, a notice's text about 50 KB).
 */
import { FenjieError } from "../errors.js";
import { DEFAULT_SETTINGS, type InputLimits } from "../model/settings.js";

export type { InputLimits };

/** The default limits (see `InputLimitsSchema` in model/settings.ts). */
export const DEFAULT_LIMITS: InputLimits = DEFAULT_SETTINGS.limits;

/** `--max-size MB` sets both size limits. */
export function limitsWithMaxSize(mb: number | undefined, base: InputLimits = DEFAULT_LIMITS): InputLimits {
  if (mb === undefined) return base;
  const bytes = Math.round(mb * 1024 * 1024);
  return { ...base, maxTextBytes: bytes, maxPdfBytes: bytes };
}

export function formatMB(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB`;
}

/** `--max-size` in MB: a positive number. */
export function parseMaxSize(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new FenjieError("USAGE", `--max-size 需要一个正数（MB），收到：${value}。`);
  return n;
}
