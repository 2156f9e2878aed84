// Cell lines written compactly in tests: a trailing ⏎ marks a line wrapped at the cell's edge,
// a trailing ¶ a line that ended short of it (CellLine.wrapped / CellLine.ended).
import type { CellLine } from "../../src/model/intermediate.js";

export const WRAPPED = "⏎";
export const ENDED = "¶";

/** `"甲⏎"` → `{ text: "甲", wrapped: true }`. */
export function L(s: string): CellLine {
  if (s.endsWith(WRAPPED)) return { text: s.slice(0, -1), wrapped: true };
  if (s.endsWith(ENDED)) return { text: s.slice(0, -1), ended: true };
  return { text: s };
}

export const Ls = (xs: readonly string[]): CellLine[] => xs.map(L);

/** The inverse of `L` (bold shown as `**…**`). */
export function show(l: CellLine): string {
  const t = l.bold ? `**${l.text}**` : l.text;
  return t + (l.wrapped ? WRAPPED : "") + (l.ended ? ENDED : "");
}

export const shows = (ls: readonly CellLine[]): string[] => ls.map(show);

/** A record's cells (field → lines) shown as strings. */
export function showCells(cells: Partial<Record<string, readonly CellLine[]>>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, shows(v ?? [])]));
}
