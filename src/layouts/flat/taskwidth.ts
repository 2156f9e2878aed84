/**
 * How wide a table's task cell is, in characters, from its wrapped lines (stream-order text: `pdftotext -raw`,
 * pdfjs). A cell's text fills each line to the cell's width before it breaks, so most of a table's task lines
 * are that wide: the commonest width of its prose lines. A task line that wide broke because the cell was full,
 * not because the task ended: the next line's first piece is the task's (`…整合重组，组` | `建某某城发集团`),
 * however much it reads like a name — unless the table prints that name as a cell of its own elsewhere.
 */
import type { FlatLine } from "./segment.js";
import { entityTokens, isProse, norm, tokenKind } from "./fragments.js";
import { FLAT_DEFAULTS, type FlatSettings } from "./settings.js";

/** prose lines a width must be the commonest of, at least */
const MIN_LINES_AT_WIDTH = 8;
/** ... and this share of the table's prose lines, within a character of it */
const MIN_SHARE_AT_WIDTH = 0.4;
/** the narrowest task cell read so (a narrower column wraps names, not tasks) */
const MIN_TASK_WIDTH = 8;

/** A line's printed width in characters: a Han or full-width character 1, a half-width one ½, spaces none. */
export function printedWidth(text: string): number {
  let w = 0;
  for (const ch of norm(text)) {
    if (/\s/u.test(ch)) continue;
    w += /[\u0020-\u007e]/u.test(ch) ? 0.5 : 1;
  }
  return w;
}

export interface TaskCell {
  width: number;
  /** names some row prints as a cell of its own (a line's first piece, a whole name): never a task's rest */
  cellNames: ReadonlySet<string>;
}

/** The task cell's width (the commonest rounded width of the table's prose lines) and the names printed as cells, or null when no width is common. */
export function taskCell(rows: ReadonlyArray<{ lines: readonly FlatLine[] }>, s: FlatSettings = FLAT_DEFAULTS): TaskCell | null {
  // (a line that ends on a name after a space holds the next column too: not the task cell's width)
  const taskOnly = (text: string) => {
    const toks = norm(text).split(/[ \t\u3000]+/);
    return toks.length < 2 || tokenKind(toks[toks.length - 1]!) === "fragment";
  };
  const widths = rows.flatMap((r) => r.lines.filter((l) => isProse(l.text, s) && taskOnly(l.text)).map((l) => Math.round(printedWidth(l.text))));
  if (!widths.length) return null;
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best: { w: number; n: number } | null = null;
  for (const [w, n] of counts) if (!best || n > best.n || (n === best.n && w > best.w)) best = { w, n };
  if (!best || best.w < MIN_TASK_WIDTH || best.n < MIN_LINES_AT_WIDTH) return null;
  const near = widths.filter((w) => Math.abs(w - best!.w) <= 1).length;
  if (near < widths.length * MIN_SHARE_AT_WIDTH) return null;
  // a name printed at a line's start in two rows or more is a cell the table prints
  const rowsOf = new Map<string, Set<number>>();
  rows.forEach((r, k) => {
    for (const l of r.lines) {
      const first = entityTokens(l.text)[0];
      if (!first || tokenKind(first) === "fragment") continue;
      for (const name of first.split("、")) rowsOf.set(name, (rowsOf.get(name) ?? new Set()).add(k));
    }
  });
  return { width: best.w, cellNames: new Set([...rowsOf].filter(([, ks]) => ks.size >= 2).map(([n]) => n)) };
}

/** Is a task line as wide as its cell (within a character: digits and punctuation are narrower or compressed)? */
export function fillsCell(text: string, cell: TaskCell | null): boolean {
  return cell !== null && printedWidth(text) >= cell.width - 1;
}
