/**
 * Consistency checks over the rebuilt tasks. Each doubt becomes a diagnostic
 * with its location; nothing here changes or drops a record.
 */
import type { Diagnostic, TableInfo, Task } from "../model/schema.js";

function at(t: Task): Pick<Diagnostic, "line" | "page"> {
  return { ...(t.source.line ? { line: t.source.line } : {}), ...(t.source.page ? { page: t.source.page } : {}) };
}

export function checkNumbering(tasks: readonly Task[], table: TableInfo): Diagnostic[] {
  const out: Diagnostic[] = [];
  const rows = tasks.filter((t) => t.table === table.index);
  if (!rows.length) {
    out.push({ level: "warning", code: "EMPTY_TABLE", message: `表 ${table.index + 1} 只有表头，没有任务行。请核对原文。`, table: table.index });
    return out;
  }
  const first = rows[0]!;
  if (first.seq > 1) {
    out.push({
      level: "info",
      code: "SEQ_LATE_START",
      message: `表 ${table.index + 1} 从第 ${first.seq} 项开始，第 1–${first.seq - 1} 项不在本文件中（可能是节选）。`,
      table: table.index,
      seq: first.seq,
      ...at(first),
    });
  }
  const seen = new Map<number, Task>();
  let prev: Task | null = null;
  for (const t of rows) {
    const dup = seen.get(t.seq);
    if (dup) {
      out.push({
        level: "warning",
        code: "SEQ_DUPLICATE",
        message: `序号 ${t.seq} 重复出现（另见第 ${dup.source.line ?? dup.source.page ?? "?"} ${dup.source.line ? "行" : "页"}）。两条都已保留，请核对原文。`,
        table: t.table,
        seq: t.seq,
        ...at(t),
      });
    }
    seen.set(t.seq, t);
    if (prev && t.seq > prev.seq + 1) {
      const missing = t.seq - prev.seq - 1;
      out.push({
        level: "warning",
        code: "SEQ_GAP",
        message: `序号从 ${prev.seq} 跳到 ${t.seq}，缺少 ${missing === 1 ? `第 ${prev.seq + 1} 项` : `第 ${prev.seq + 1}–${t.seq - 1} 项`}。请核对原文是否漏行。`,
        table: t.table,
        seq: t.seq,
        ...at(t),
      });
    } else if (prev && t.seq < prev.seq && t.seq !== 1) {
      out.push({
        level: "warning",
        code: "SEQ_ORDER",
        message: `序号 ${t.seq} 出现在 ${prev.seq} 之后，顺序不连续。请核对原文。`,
        table: t.table,
        seq: t.seq,
        ...at(t),
      });
    }
    prev = t;
  }
  return out;
}

export function checkRecord(t: Task, hasUnitColumns: boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!t.task.trim()) {
    out.push({ level: "warning", code: "NO_TASK_TEXT", message: `第 ${t.seq} 项没有任务内容。请核对原文。`, table: t.table, seq: t.seq, ...at(t) });
  }
  if (hasUnitColumns && !t.leadUnits.length && !t.units.length && !t.coUnits.length) {
    out.push({ level: "warning", code: "NO_UNIT", message: `第 ${t.seq} 项没有找到任何责任单位。请核对原文。`, table: t.table, seq: t.seq, ...at(t) });
  }
  return out;
}
