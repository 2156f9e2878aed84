/**
 * Vertical merges: a row whose responsibility cells are all blank shares the
 * cells of the row above (the original table merged them). Fill them down
 * and name the filled fields in `inherited`. A cell that says so in words
 * (`同上`) is filled from the row above too. Tasks written as paragraphs (`dittoOnly` tables) have no merged
 * cells: a blank there is no merge, but a label that says `同上` still names the task above's units.
 */
import { RESPONSIBILITY_FIELDS, type Task, type TableInfo } from "../model/schema.js";
import { DITTO } from "./lexicon.js";

export function fillDown(tasks: Task[], tables: ReadonlyArray<Pick<TableInfo, "index" | "headers">>, dittoOnly: ReadonlySet<number> = new Set()): Task[] {
  const out: Task[] = [];
  let prev: Task | null = null;
  for (const t of tasks) {
    const table = tables.find((x) => x.index === t.table);
    const present = new Set(table?.headers.map((h) => h.field) ?? []);
    const columns = RESPONSIBILITY_FIELDS.filter((f) => present.has(f));
    const blank = columns.length > 0 && columns.every((f) => t[f].length === 0);
    if (blank && prev && prev.table === t.table && !dittoOnly.has(t.table)) {
      const filled = { ...t, inherited: [] as Task["inherited"] };
      for (const f of columns) {
        if (prev[f].length) {
          filled[f] = [...prev[f]];
          filled.inherited.push(f);
        }
      }
      out.push(filled);
      prev = filled;
      continue;
    }
    const ditto = prev && prev.table === t.table ? columns.filter((f) => t[f].length === 1 && DITTO.test(t[f][0]!) && prev![f].length) : [];
    if (ditto.length) {
      const filled = { ...t, inherited: [...t.inherited] };
      for (const f of ditto) {
        filled[f] = [...prev![f]];
        if (!filled.inherited.includes(f)) filled.inherited.push(f);
      }
      out.push(filled);
      prev = filled;
      continue;
    }
    out.push(t);
    prev = t;
  }
  return out;
}
