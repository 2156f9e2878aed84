/**
 * Consistency checks over the rebuilt tasks. Each doubt becomes a diagnostic
 * with its location; nothing here changes or drops a record.
 */
import type { Diagnostic, TableInfo, Task } from "../model/schema.js";
import { appendAll } from "../arrays.js";

function at(t: Task): Pick<Diagnostic, "line" | "page"> {
  return { ...(t.source.line ? { line: t.source.line } : {}), ...(t.source.page ? { page: t.source.page } : {}) };
}

/** Longest gap in the numbering whose missing rows are each named by a diagnostic of their own. */
export const MAX_MISSING_NAMED = 20;

/**
 * The numbering of one table's rows: gaps, duplicates, order, and where it
 * starts. A first table that starts late is an excerpt (info); a later table
 * that starts late, right after another, is more likely one table cut in two
 * by a misread row (warning).
 */
export function checkNumbering(tasks: readonly Task[], table: TableInfo, previous: TableInfo | null = null): Diagnostic[] {
  const out: Diagnostic[] = [];
  const rows = tasks.filter((t) => t.table === table.index);
  if (!rows.length) {
    out.push({ level: "warning", code: "EMPTY_TABLE", message: `表 ${table.index + 1} 只有表头，没有任务行。请核对原文。`, table: table.index });
    return out;
  }
  const first = rows[0]!;
  if (first.seq > 1 && previous) {
    const continues = previous.lastSeq !== null && first.seq === previous.lastSeq + 1;
    out.push({
      level: "warning",
      code: "TABLE_STARTS_LATE",
      message: continues
        ? `表 ${table.index + 1} 紧接表 ${previous.index + 1} 从第 ${first.seq} 项开始，编号与上一表相连：可能是同一张表被误分成两张。请核对原文第 ${first.seq - 1}–${first.seq} 项附近。`
        : `表 ${table.index + 1} 从第 ${first.seq} 项开始（上一张表在第 ${previous.lastSeq ?? "?"} 项结束），第 1–${first.seq - 1} 项不在本表中。请核对原文。`,
      table: table.index,
      seq: first.seq,
      ...at(first),
    });
  } else if (first.seq > 1) {
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
      // each number not read is a row the clerk must look for: said by its own 序号 (a long jump is one misread number, said once above)
      if (missing <= MAX_MISSING_NAMED) {
        for (let k = prev.seq + 1; k < t.seq; k++) {
          out.push({
            level: "warning",
            code: "SEQ_MISSING",
            message: `没有读出第 ${k} 项（序号从 ${prev.seq} 跳到 ${t.seq}）：原文可能缺这一项，也可能它被并入了第 ${prev.seq} 或第 ${t.seq} 项。请核对原文。`,
            table: t.table,
            seq: k,
            ...at(t),
          });
        }
      }
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

/** Every check over every table: numbering per table, then each record. */
export function validate(tasks: readonly Task[], tables: readonly TableInfo[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byTable = new Map<number, Task[]>();
  for (const t of tasks) (byTable.get(t.table) ?? byTable.set(t.table, []).get(t.table)!).push(t);
  for (const info of tables) {
    const rows = byTable.get(info.index) ?? [];
    appendAll(out, checkNumbering(rows, info, tables[info.index - 1] ?? null));
    const hasUnitColumns = info.headers.some((h) => h.field === "leadUnits" || h.field === "units" || h.field === "coUnits");
    for (const t of rows) out.push(...checkRecord(t, hasUnitColumns));
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
