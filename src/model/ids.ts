/**
 * Stable task identifiers: the same notice parsed again gives the same ids, so
 * analysts can join datasets from different runs or keep notes against a task.
 *
 * `<first 16 hex digits of the notice's SHA-256>-<table index>-<序号>`, e.g.
 * `a81ff61cc22d0274-0-14`; the n-th row (n ≥ 2) with the same table and 序号
 * (a `SEQ_DUPLICATE`) gets `.n`: `a81ff61cc22d0274-0-14.2`. The table index is
 * 0-based, as `table` everywhere in the data outputs.
 */
import type { Task } from "./schema.js";

/** Hex digits of the notice's SHA-256 kept in an id (64 bits: no collision in any real corpus). */
export const ID_HASH_CHARS = 16;

/** Pattern every task id matches. */
export const TASK_ID_PATTERN = /^[0-9a-f]{16}-\d+-\d+(\.\d+)?$/;

export function taskId(sha256: string, table: number, seq: number, occurrence = 1): string {
  const base = `${sha256.slice(0, ID_HASH_CHARS)}-${table}-${seq}`;
  return occurrence > 1 ? `${base}.${occurrence}` : base;
}

/** Give every task its id, in order (a repeated table+序号 counts its occurrences). */
export function assignTaskIds<T extends Pick<Task, "table" | "seq"> & { id?: string }>(tasks: readonly T[], sha256: string): (T & { id: string })[] {
  const seen = new Map<string, number>();
  return tasks.map((t) => {
    const key = `${t.table}-${t.seq}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return { ...t, id: taskId(sha256, t.table, t.seq, n) };
  });
}
