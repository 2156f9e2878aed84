/**
 * A row whose unit and people cells, cut at the columns' edges, make pieces that are no names
 * (`县发展改革` | `局` in the lead column with `各乡镇人民政府、` between them, `县工` in the lead column
 * and `业和信息化局` in the co-unit column): text laid out by position (`pdftotext -layout` of a
 * browser's PDF, whose cells are centred and whose characters are wider than poppler's grid) does
 * not keep each column at one position, so a line's cells drift into the column beside them.
 *
 * What the text keeps is the order of the pieces on a printed line. So, on a line that shows it
 * drifted (two pieces cut into one column, a unit run on from the task's text after a space, a
 * whole name of the other kind, a unit's ending in a people column), each piece of a unit or people
 * column may move to the column beside it within the run of such columns, keeping the line's order
 * and no two pieces of a line in one column; the task's run-on text may move to the first unit
 * column. The placement taken makes every cell whole names of its column's kind (as the names stage
 * joins and splits them), with each column's pieces starting closest to one position and the fewest
 * pieces moved. A row is changed only when its cells as cut hold a piece of a name (or two cells on a
 * line in one unit column) and some placement leaves none; such a row rests on that guess and is
 * flagged (`COLUMNS_BY_NAMES`).
 */
import type { CanonicalField } from "../../model/schema.js";
import { classify, isBareTail, isComplete } from "../../names/classify.js";
import { splitEntities, type Fragment } from "../../names/split.js";
import { UNIT_SUFFIXES_STRONG } from "../../names/lexicon.js";
import { columnKind, median, packedPieces, PROSE } from "./packed.js";

/** partial assignments kept per line in the search */
const BEAM = 300;
/** a row with more pieces than this is left as cut (the search grows with them; no table row holds so many) */
const MAX_PIECES = 48;
/** the cost of a name that is no whole name */
const BAD_NAME = 10;
/** the cost of a piece starting one position away from where its column's pieces start */
const POSITION = 0.3;
/** the cost of a piece moved from the column the edges gave it */
const MOVE = 0.2;
/** the cost of text after a space at the task's end left in the task (a task's line seldom has such a space) */
const TAIL_KEPT = 1;
/** a Chinese character, a space, a Chinese character: where text laid out by position runs two cells together */
const HAN_GAP = /\p{Script=Han} \p{Script=Han}/u;

type Kind = "unit" | "person";

/**
 * Is a name no whole name of the kind? A unit's generic ending alone (`办公室`, `管委会`) is the end of a name cut off
 * its head; a name holding a list's mark is two names run together.
 */
export function isBadName(name: string, kind: Kind): boolean {
  return /[、，,]/.test(name) || !isComplete(name, kind) || (kind === "unit" && (isBareTail(name) || oddUnit(name)));
}

/**
 * A unit's name two pieces run together make, though its ending is a unit's: a government not after a place or
 * `人民` (`县林业政府`), or `人民` before an office's one-character ending (`沿湖乡镇人民局`).
 */
export function oddUnit(name: string): boolean {
  const s = name.replace(/[（(][^）)]*[）)]$/, "");
  return (/政府$/.test(s) && !/(?:人民|[省市县区镇乡州旗盟村）)])政府$/.test(s)) || /人民[局委办厅处]$/.test(s);
}

/** The names a column's lines make (as the names stage joins and splits them), and how many are no whole names. */
export function cellNames(lines: readonly Fragment[], kind: Kind): { names: string[]; bad: number } {
  const names = splitEntities(lines, kind);
  const text = lines.map((l) => (typeof l === "string" ? l : l.text)).join("");
  // a list's mark at the cell's end: its last name went on elsewhere
  const open = /[、，,]$/.test(text.trim()) ? 1 : 0;
  return { names, bad: names.filter((n) => isBadName(n, kind)).length + open };
}

/** A piece that is a whole name of the other kind than its column's: a person's name (`林一凡`) or a unit's (`县财政局`). */
export function misplaced(piece: string, kind: Kind): boolean {
  return wholeOf(piece, kind === "unit" ? "person" : "unit");
}

/**
 * A piece all of whose names are whole names of the kind: people's names, or units' (a collective, `各镇`, may head a
 * people column's entry, `各镇镇长`: it is no unit's evidence).
 */
export function wholeOf(piece: string, kind: Kind): boolean {
  const parts = piece.split(/[、，,]/).filter(Boolean);
  return parts.length > 0 && parts.every((x) => classify(x) === kind);
}

/** A cell's text as pieces: a unit column's cut at a space between two cells, a people column's kept whole (`祁 岳` is one name padded). */
export function piecesOf(text: string, kind: Kind): string[] {
  return kind === "unit" ? packedPieces(text).map((p) => p.text) : [text];
}

/** A piece of a people column that is no person's entry and ends as a unit does (`局`, `化局`, `促进局`): a unit's end. */
export function unitEndIn(piece: string): boolean {
  const t = piece.replace(/[、，,]$/, "");
  return !isComplete(t, "person") && UNIT_SUFFIXES_STRONG.some((x) => t.endsWith(x));
}

/** How far a column's pieces start from where most of them start (a cell's lines start at one position). */
export function spread(xs: readonly number[]): number {
  const known = xs.filter((x) => !Number.isNaN(x));
  if (known.length < 2) return 0;
  const m = median(known);
  return known.reduce((n, x) => n + Math.abs(x - m), 0);
}

/** Where each text starts on its line, searched left to right (NaN where not found). */
function startsOn(line: string, texts: readonly string[]): number[] {
  let from = 0;
  return texts.map((t) => {
    const i = line.indexOf(t, from);
    if (i < 0) return NaN;
    from = i + t.length;
    return i;
  });
}

interface Piece {
  text: string;
  /** its column as cut */
  col: number;
  /** the columns it may take */
  options: number[];
  /** where it starts on its line (NaN where not found) */
  x: number;
  /** the end of the task's text after a space */
  tail?: true;
}

interface State {
  /** per column, its pieces so far */
  cols: string[][];
  /** per column, where its pieces start */
  xs: number[][];
  moves: number;
  /** task tails left in the task */
  kept: number;
  /** the column taken by each piece, line by line */
  picks: number[][];
}

/**
 * A row's lines with its unit and people pieces placed so that every cell reads as whole names (each such cell's
 * names written on the line of its first piece), or null when the cells as cut already do, or no placement does.
 * `fragment` gives a cell's line as the row would hand it on (with what its width says of its end).
 */
export function repairByNames<L extends { cells: string[][]; source?: { text: string } }>(
  lines: readonly L[],
  columns: readonly CanonicalField[],
  fragment: (c: number, text: string) => Fragment = (_, text) => text,
): L[] | null {
  const movable = columns.map((f) => columnKind(f) !== null);
  if (movable.filter(Boolean).length < 2) return null;
  // the cells as cut hold a piece that is no whole name
  const cutBad = columns.some((f, c) => movable[c] && cellNames(lines.flatMap((l) => (l.cells[c] ?? []).map((t) => fragment(c, t))), columnKind(f)!).bad > 0);
  // two texts cut into one column on a printed line are two cells: the line drifted, whatever names they make
  // (a people column's name is often padded, `祁 岳`: only unit columns tell)
  const doubled = lines.some((l) => l.cells.some((texts, c) => movable[c] && columnKind(columns[c]!) === "unit" && texts.filter((t) => t.trim()).length > 1));
  if (!cutBad && !doubled) return null;
  const first = movable.indexOf(true);
  const tails = lines.map((l) => taskTail(l.cells, columns, first));
  const perLine = lines.map((l, i) => {
    const out: Piece[] = [];
    // the end of the task's text run on into the first unit or people column (`…全线 局、县水利`)
    const tail = tails[i];
    if (tail) out.push({ text: tail.text, col: first - 1, options: [first - 1, first], x: NaN, tail: true });
    l.cells.forEach((texts, c) => {
      if (!movable[c]) return;
      // within the run of unit and people columns the piece stands in, one column either way
      let lo = c;
      while (lo - 1 >= 0 && movable[lo - 1]) lo--;
      let hi = c;
      while (hi + 1 < columns.length && movable[hi + 1]) hi++;
      const options = [c, c - 1, c + 1].filter((x) => x >= lo && x <= hi);
      for (const text of texts) for (const p of piecesOf(text, columnKind(columns[c]!)!)) out.push({ text: p, col: c, options, x: NaN });
    });
    // a line's pieces move only where the line shows its cells drifted: two pieces cut into one column, a cell run on
    // from the task's text, a whole name in a column of the other kind, or a unit's ending in a people column (`化局`)
    const drifted =
      tail !== null ||
      out.some((p, k) => out.some((q, j) => j !== k && q.col === p.col)) ||
      out.some((p) => movable[p.col] && (misplaced(p.text, columnKind(columns[p.col]!)!) || (columnKind(columns[p.col]!) === "person" && unitEndIn(p.text))));
    if (!drifted) for (const p of out) p.options = [p.col];
    const text = l.source?.text.replace(/^\f/, "");
    if (text !== undefined) startsOn(text, out.map((p) => p.text)).forEach((x, k) => (out[k]!.x = x));
    return out;
  });
  if (perLine.reduce((n, l) => n + l.length, 0) > MAX_PIECES) return null;
  const placing = (s: State): number => POSITION * s.xs.reduce((n, xs) => n + spread(xs), 0) + MOVE * s.moves + TAIL_KEPT * s.kept;
  // while the search goes on, a column's last name may go on in the lines below: only the names before it count
  const partialBad = (s: State): number =>
    columns.reduce((n, f, c) => {
      if (!movable[c] || !s.cols[c]!.length) return n;
      const kind = columnKind(f)!;
      return n + splitEntities(s.cols[c]!, kind).slice(0, -1).filter((x) => isBadName(x, kind)).length;
    }, 0);
  let states: State[] = [{ cols: columns.map(() => []), xs: columns.map(() => []), moves: 0, kept: 0, picks: [] }];
  for (const pieces of perLine) {
    const next: Array<{ s: State; cost: number }> = [];
    for (const s of states) {
      const extend = (k: number, last: number, cols: string[][], xs: number[][], moves: number, kept: number, picks: number[]): void => {
        if (k === pieces.length) {
          const n: State = { cols, xs, moves, kept, picks: [...s.picks, picks] };
          next.push({ s: n, cost: BAD_NAME * partialBad(n) + placing(n) });
          return;
        }
        const p = pieces[k]!;
        for (const c of p.options) {
          // two pieces of a printed line are two cells: each in a column of its own
          if (c <= last) continue;
          extend(
            k + 1,
            c,
            movable[c] ? cols.map((x, i) => (i === c ? [...x, p.text] : x)) : cols,
            movable[c] ? xs.map((x, i) => (i === c ? [...x, p.x] : x)) : xs,
            moves + (c === p.col ? 0 : 1),
            kept + (p.tail && c === p.col ? 1 : 0),
            [...picks, c],
          );
        }
      };
      extend(0, -1, s.cols, s.xs, s.moves, s.kept, []);
    }
    if (!next.length) return null;
    next.sort((a, b) => a.cost - b.cost);
    states = next.slice(0, BEAM).map((x) => x.s);
  }
  let best: { s: State; names: Array<string[] | null>; cost: number } | null = null;
  for (const s of states) {
    let bad = 0;
    const names = columns.map((f, c) => {
      if (!movable[c]) return null;
      const x = cellNames(s.cols[c]!, columnKind(f)!);
      bad += x.bad;
      return x.names;
    });
    const cost = BAD_NAME * bad + placing(s);
    if (bad === 0 && (!best || cost < best.cost)) best = { s, names, cost };
  }
  if (!best) return null;
  const picks = best.s.picks;
  const names = best.names;
  // each column's names on the line of its first piece; the other columns as they were
  const cells = lines.map((l) => l.cells.map((texts, c) => (movable[c] ? [] : [...texts])));
  columns.forEach((_, c) => {
    if (!movable[c] || !names[c]!.length) return;
    const at = perLine.findIndex((pieces, i) => pieces.some((_, k) => picks[i]![k] === c));
    cells[at]![c]!.push(names[c]!.join("、"));
  });
  // a task's tail moved to the next column is cut off the task's text
  return lines.map((l, i) => {
    const c = cells[i]!;
    const t = tails[i];
    if (t && picks[i]![0] !== first - 1) c[first - 1] = [...l.cells[first - 1]!.slice(0, -1), t.head];
    return { ...l, cells: c };
  });
}

/**
 * The end of a line's task text that reads as another cell run on after a space (`…全线 局、县水利`): the task
 * column right before the unit and people columns, its last text with a space between two Chinese characters,
 * and no prose after the last such space.
 */
function taskTail(cells: readonly (readonly string[])[], columns: readonly CanonicalField[], first: number): { head: string; text: string } | null {
  if (first < 1 || columns[first - 1] !== "task") return null;
  const last = cells[first - 1]!.at(-1);
  if (!last || !HAN_GAP.test(last)) return null;
  const pieces = packedPieces(last);
  if (pieces.length < 2) return null;
  const tail = pieces.at(-1)!;
  if (PROSE.test(tail.text)) return null;
  return { head: last.slice(0, last.lastIndexOf(tail.text)).trimEnd(), text: tail.text };
}
