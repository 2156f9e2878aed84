/**
 * What the output says of each table: its title and headers as printed, the
 * first and last 序号 and the number of rows, and the layout that read it.
 */
import type { TableSpec } from "../model/intermediate.js";
import type { TableInfo, Task } from "../model/schema.js";

export function tableInfos(tables: readonly TableSpec[], tasks: readonly Task[]): TableInfo[] {
  const byTable = new Map<number, Task[]>();
  for (const t of tasks) (byTable.get(t.table) ?? byTable.set(t.table, []).get(t.table)!).push(t);
  return tables.map((t) => {
    const rows = byTable.get(t.index) ?? [];
    return {
      index: t.index,
      title: t.title,
      headers: t.headers,
      firstSeq: rows[0]?.seq ?? null,
      lastSeq: rows[rows.length - 1]?.seq ?? null,
      rowCount: rows.length,
      layout: t.layout,
    };
  });
}
