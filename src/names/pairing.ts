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

export function pairLeaders(task: Task, unitField: PairedField | null, cellsExact = false, unpaired = false): { task: Task; diagnostic?: Diagnostic } {
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
        level: cellsExact || unpaired ? "info" : "warning",
        code: "LEADER_COUNT_MISMATCH",
        message: cellsExact
          ? `第 ${task.seq} 项原文列有 ${units.length} 个单位、${leaders.length} 位责任人，数目不同，未一一配对；两列按原文保留。`
          : unpaired
            ? `第 ${task.seq} 项有 ${units.length} 个单位、${leaders.length} 位责任人，未一一配对；本表许多项的单位与责任人都不一样多，两列并非逐一对应，数目不同不说明读错。两列按读出的保留。`
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
  const unpaired = new Map<number, boolean>();
  const unpairedTable = (table: number) => {
    if (!unpaired.has(table)) unpaired.set(table, countsDisagreeByRule(tasks.filter((t) => t.table === table), fieldOf(table)));
    return unpaired.get(table)!;
  };
  const out = tasks.map((t) => {
    const { task, diagnostic } = pairLeaders(t, fieldOf(t.table), cellsExact(t.table), unpairedTable(t.table));
    if (diagnostic) diagnostics.push(diagnostic);
    return task;
  });
  return { tasks: out, diagnostics };
}

/** rows with both units and people, at least, before a table's counts can show it pairs nothing */
const MIN_UNPAIRED_ROWS = 3;
/** the share of those rows whose counts differ that shows the table does not pair them one to one */
const UNPAIRED_SHARE = 0.4;

/**
 * A table whose people do not pair with its units one to one (a 责任领导 column naming the leader of each
 * unit in some rows, only the lead unit's or the whole team in others): the counts differ in many of its
 * rows (at least MIN_UNPAIRED_ROWS, UNPAIRED_SHARE of the rows naming both). Then a row's mismatch says
 * nothing about how it was read: a note, not a doubt. A table that pairs them, read with a name strayed
 * across a lost cell boundary, differs in a row or two.
 */
export function countsDisagreeByRule(tasks: readonly Task[], unitField: PairedField | null): boolean {
  if (!unitField) return false;
  const both = tasks.filter((t) => t[unitField].length > 0 && t.leaders.length > 0);
  const differ = both.filter((t) => t[unitField].length !== t.leaders.length).length;
  return differ >= MIN_UNPAIRED_ROWS && differ >= UNPAIRED_SHARE * both.length;
}
