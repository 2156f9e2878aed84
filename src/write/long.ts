/**
 * Long format: one row per (task, role, entity) — the shape pivot tables and
 * databases want — and JSON Lines, one task (or one long row) per line.
 *
 * A task with no unit and no person has no long row; it is still in the
 * JSON / CSV / xlsx outputs and carries a diagnostic there.
 */
import { writeToString } from "fast-csv";
import type { Result, ResponsibilityField } from "../model/schema.js";
import { escapeJsonControls } from "../text/controls.js";
import { guardRows } from "./formula.js";

export const ROLES = ["lead", "unit", "co", "leader", "supervisor"] as const;
export type Role = (typeof ROLES)[number];

/** The record field each role comes from. */
export const ROLE_FIELD: Record<Role, ResponsibilityField> = {
  lead: "leadUnits",
  unit: "units",
  co: "coUnits",
  leader: "leaders",
  supervisor: "supervisors",
};

export interface LongRow {
  table: number;
  seq: number;
  role: Role;
  name: string;
  /** 1-based position of the entity within its cell (leaders pair with units by position) */
  position: number;
}

export const LONG_HEADERS = ["seq", "role", "name", "position"] as const;

/** Every (task, role, entity), in task order, then role order, then position. */
export function longRows(result: Result): LongRow[] {
  const rows: LongRow[] = [];
  for (const t of result.tasks)
    for (const role of ROLES)
      t[ROLE_FIELD[role]].forEach((name, i) => rows.push({ table: t.table, seq: t.seq, role, name, position: i + 1 }));
  return rows;
}

export interface LongCsvOptions {
  bom?: boolean;
  /** no formula guard (see formula.ts) */
  raw?: boolean;
}

/** Long CSV; a `table` column (1-based) comes first when the notice has several tables. */
export async function toLongCsv(result: Result, options: LongCsvOptions = {}): Promise<string> {
  const multi = result.tables.length > 1;
  const header = multi ? ["table", ...LONG_HEADERS] : [...LONG_HEADERS];
  const body = longRows(result).map((r) => {
    const row = [String(r.seq), r.role, r.name, String(r.position)];
    return multi ? [String(r.table + 1), ...row] : row;
  });
  const text = await writeToString(guardRows([header, ...body], options.raw), { quoteColumns: false, rowDelimiter: "\r\n" });
  return (options.bom === false ? "" : "\uFEFF") + text + "\r\n";
}

/** JSON Lines: one task per line (the same objects as `tasks` in the JSON output), or one long row per line. */
export function toJsonl(result: Result, options: { long?: boolean } = {}): string {
  const items: unknown[] = options.long ? longRows(result) : result.tasks;
  return items.map((x) => escapeJsonControls(JSON.stringify(x)) + "\n").join("");
}
