/**
 * Pair people with units where the table pairs them (责任领导 with 责任单位,
 * 责任人 with 牵头单位): one to one, same order, only when the counts agree.
 * When they do not, the record is left as printed and the mismatch said: a
 * doubt about the row (warning, a review reason) when the table's cells were
 * inferred — a name may have strayed across a lost cell boundary — but only a
 * note (info) when the document itself delimited the cells (`exact`): then the
 * counts differ in the source, and the record holds what it prints.
 */
import type { Diagnostic, Task } from "../model/schema.js";

export type PairedField = "leadUnits" | "units" | "coUnits";

export function pairLeaders(task: Task, unitField: PairedField | null, cellsExact = false): { task: Task; diagnostic?: Diagnostic } {
  if (!unitField) return { task };
  const units = task[unitField];
  const leaders = task.leaders;
  if (units.length && leaders.length && units.length === leaders.length) {
    return { task: { ...task, assignments: units.map((unit, i) => ({ unit, leader: leaders[i]! })) } };
  }
  if (units.length && leaders.length) {
    return {
      task,
      diagnostic: {
        level: cellsExact ? "info" : "warning",
        code: "LEADER_COUNT_MISMATCH",
        message: cellsExact
          ? `第 ${task.seq} 项原文列有 ${units.length} 个单位、${leaders.length} 位责任人，数目不同，未一一配对；两列按原文保留。`
          : `第 ${task.seq} 项有 ${units.length} 个单位、${leaders.length} 位责任人，无法一一对应；已保留两列原样，未配对。请核对原文。`,
        table: task.table,
        seq: task.seq,
        ...(task.source.line ? { line: task.source.line } : {}),
        ...(task.source.page ? { page: task.source.page } : {}),
      },
    };
  }
  return { task };
}

/** Pair every task of a table that pairs a leader column with a unit column; the mismatches as diagnostics. */
export function pairAll(
  tasks: readonly Task[],
  fieldOf: (table: number) => PairedField | null,
  cellsExact: (table: number) => boolean = () => false,
): { tasks: Task[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const out = tasks.map((t) => {
    const { task, diagnostic } = pairLeaders(t, fieldOf(t.table), cellsExact(t.table));
    if (diagnostic) diagnostics.push(diagnostic);
    return task;
  });
  return { tasks: out, diagnostics };
}
