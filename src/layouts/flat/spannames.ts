/**
 * Names of a scrambled table (see `scrambled.ts`) dealt by where they were
 * printed, when the column blocks do not add up:
 *
 * - a row's span runs from the line its task starts on to the line the next
 *   row's task starts on (text order); the names printed in it (lines of
 *   names, names after a task line's words) are the row's, unless a page
 *   number or a page's header words came between — names printed after those
 *   belong to no row the text can show;
 * - a name goes to a column by its kind (unit or person) and its place on
 *   its line: the names of one line are cells of one height, left to right
 *   in the header's column order, so each takes the first column of its kind
 *   after the previous name's column;
 * - a name printed alone on its line has no neighbour to place it: it takes
 *   the column the document's lines of several names put it in most often,
 *   else the first column of its kind.
 *
 * Every row dealt so rests on a guess and is flagged by the caller.
 */
import { firstAbove, firstAtLeast, isSortedBy, maxOf } from "../../arrays.js";
import type { EntityField } from "../../model/intermediate.js";
import { isQuantityAfterNumber, tokenKind } from "./fragments.js";
import { CLAUSE_PUNCTUATION } from "../../table/lexicon.js";
import { repeatPeriod } from "./repeatblocks.js";

/** the kind of name a column holds */
export const columnKind = (f: EntityField): "person" | "unit" => (f === "leaders" || f === "supervisors" ? "person" : "unit");

/** the order responsibility columns usually stand in, left to right: the prior when the lines leave a choice */
const USUAL_ORDER: readonly EntityField[] = ["leadUnits", "units", "leaders", "coUnits", "supervisors"];

/** Does the line's names fit the columns left to right, each in a later column of its kind? */
function fitsInOrder(names: readonly string[], fields: readonly EntityField[]): boolean {
  let from = 0;
  for (const name of names) {
    const kind = tokenKind(name);
    if (kind === "fragment") continue;
    const at = fields.findIndex((f, i) => i >= from && columnKind(f) === kind);
    if (at < 0) return false;
    from = at + 1;
  }
  return true;
}

function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [xs.slice()];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

/** pairs out of the given order */
function inversions(fields: readonly EntityField[], prior: readonly EntityField[]): number {
  let n = 0;
  for (let i = 0; i < fields.length; i++) for (let j = i + 1; j < fields.length; j++) if (prior.indexOf(fields[i]!) > prior.indexOf(fields[j]!)) n++;
  return n;
}

/**
 * The orders of the columns left to right that most lines of several names
 * fit (a scrambled table's header words came out in no reliable order),
 * nearest the usual order first (责任人 after the units it pairs with, 分管领导
 * last), then the header's printed order.
 */
export function columnOrders(lines: readonly NameLine[], fields: readonly EntityField[]): EntityField[][] {
  const multi = lines.filter((l) => l.names.filter((n) => tokenKind(n) !== "fragment").length >= 2);
  const scored = permutations(fields).map((p) => ({ p, fit: multi.filter((l) => fitsInOrder(l.names, p)).length, inv: inversions(p, fields) }));
  const top = maxOf(scored.map((x) => x.fit));
  return scored
    .filter((x) => x.fit === top)
    .sort((a, b) => inversions(a.p, USUAL_ORDER) - inversions(b.p, USUAL_ORDER) || a.inv - b.inv)
    .map((x) => x.p);
}

/** Rows whose people of a paired column (责任人) are as many as their units (lead units, else units): one to one, as such columns are. */
function pairedRows(rows: readonly Partial<Record<EntityField, string[]>>[]): number {
  return rows.filter((r) => {
    const units = (r.leadUnits?.length ? r.leadUnits : r.units) ?? [];
    return units.length > 0 && (r.leaders?.length ?? 0) === units.length;
  }).length;
}

/** One printed line's names, in order, at its line index. */
export interface NameLine {
  line: number;
  names: string[];
  /** the line opens a printed block of its own: a blank line (or other text) came before it since the last name line */
  opensBlock?: boolean;
}

/**
 * A row's names by printed blocks (poppler leaves a blank line between the blocks of a row's
 * cells, printed left to right): when every block holds names of one kind and the blocks of a kind
 * are exactly as many as the row's columns of that kind (two unit blocks, 牵头单位 and 责任单位),
 * the j-th block of the kind is the j-th such column's cell. Null for a kind the blocks do not
 * fit (fewer or more blocks than columns, a block of mixed kinds): placed name by name instead.
 */
export function cellsByBlocks(rowLines: readonly NameLine[], fields: readonly EntityField[]): Map<"person" | "unit", Array<{ field: EntityField; names: string[] }>> {
  const blocks: string[][] = [];
  for (const l of rowLines) {
    const kinded = l.names.filter((n) => tokenKind(n) !== "fragment");
    if (!kinded.length) continue;
    if (l.opensBlock || !blocks.length) blocks.push([]);
    blocks[blocks.length - 1]!.push(...kinded);
  }
  const out = new Map<"person" | "unit", Array<{ field: EntityField; names: string[] }>>();
  const kindOf = (b: string[]) => {
    const ks = new Set(b.map((n) => tokenKind(n)));
    return ks.size === 1 ? ([...ks][0] as "person" | "unit") : null;
  };
  if (blocks.some((b) => kindOf(b) === null)) return out;
  for (const kind of ["unit", "person"] as const) {
    const cols = fields.filter((f) => columnKind(f) === kind);
    const mine = blocks.filter((b) => kindOf(b) === kind);
    if (cols.length < 2 || mine.length !== cols.length) continue;
    out.set(kind, mine.map((names, j) => ({ field: cols[j]!, names })));
  }
  return out;
}

/** The names of one line placed left to right: each in the first column of its kind after the previous name's (fragments skipped). */
export function placeLine(names: readonly string[], fields: readonly EntityField[]): (EntityField | null)[] {
  let from = 0;
  return names.map((name) => {
    const kind = tokenKind(name);
    if (kind === "fragment") return null;
    let at = fields.findIndex((f, i) => i >= from && columnKind(f) === kind);
    if (at < 0) at = fields.findIndex((f) => columnKind(f) === kind);
    if (at < 0) return null;
    from = at + 1;
    return fields[at]!;
  });
}

/** For each name seen on a line with other names, the column it was placed in most often. */
export function voteColumns(lines: readonly NameLine[], fields: readonly EntityField[]): Map<string, EntityField> {
  const votes = new Map<string, Map<EntityField, number>>();
  for (const l of lines) {
    if (l.names.filter((n) => tokenKind(n) !== "fragment").length < 2) continue;
    placeLine(l.names, fields).forEach((f, i) => {
      if (!f) return;
      const v = votes.get(l.names[i]!) ?? new Map<EntityField, number>();
      v.set(f, (v.get(f) ?? 0) + 1);
      votes.set(l.names[i]!, v);
    });
  }
  const out = new Map<string, EntityField>();
  for (const [name, v] of votes) {
    const best = [...v.entries()].sort((a, b) => b[1] - a[1]);
    // a tie says nothing
    if (best.length === 1 || best[0]![1] > best[1]![1]) out.set(name, best[0]![0]);
  }
  return out;
}

/**
 * A row's names (its lines in order) sorted into columns. With `blind` (no
 * line of several names in the document shows the columns' order), a lone
 * name is placed only when its kind has one column.
 */
export function columnsOf(rowLines: readonly NameLine[], fields: readonly EntityField[], votes: ReadonlyMap<string, EntityField>, blind = false): Partial<Record<EntityField, string[]>> {
  const out: Partial<Record<EntityField, string[]>> = {};
  const alone = (n: string): EntityField | null => {
    const kind = tokenKind(n);
    if (kind === "fragment") return null;
    const voted = votes.get(n);
    if (voted) return voted;
    if (blind && fields.filter((f) => columnKind(f) === kind).length > 1) return null;
    return placeLine([n], fields)[0]!;
  };
  // a kind whose printed blocks match its columns one to one: each block is one column's cell
  const byBlocks = cellsByBlocks(rowLines, fields);
  for (const cells of byBlocks.values()) for (const c of cells) (out[c.field] ??= []).push(...c.names);
  for (const l of rowLines) {
    const kinded = l.names.filter((n) => tokenKind(n) !== "fragment");
    const placed = (kinded.length === 1 ? l.names.map(alone) : placeLine(l.names, fields)).map((f, i) => {
      const kind = tokenKind(l.names[i]!);
      return kind !== "fragment" && byBlocks.has(kind) ? null : f;
    });
    placed.forEach((f, i) => {
      if (!f) return;
      (out[f] ??= []).push(l.names[i]!);
    });
  }
  return out;
}

/**
 * Deal the name lines to the rows by span. `anchors` are the rows' first
 * lines (row → line index); `breaks` the line indexes of page numbers and
 * page-top header words, after which names belong to no row until the next
 * anchor; `elsewhere` the columns a row's page printed as blocks of their own.
 */
export function dealBySpan(
  nameLines: readonly NameLine[],
  anchors: ReadonlyMap<number, number>,
  breaks: readonly number[],
  fields: readonly EntityField[],
  elsewhere: ReadonlyMap<number, ReadonlySet<EntityField>> = new Map(),
): Map<number, Partial<Record<EntityField, string[]>>> {
  if (!fields.length) return new Map();
  // no line of several names: nothing shows the columns' order, a lone name's column is known only when its kind has one
  const blind = !nameLines.some((l) => l.names.filter((n) => tokenKind(n) !== "fragment").length >= 2);
  const order = [...anchors.entries()].sort((a, b) => a[1] - b[1]);
  // (found by binary search in the lines and breaks, which come in text order: a search of them all for each row was rows × lines)
  const byLine = isSortedBy(nameLines, (l) => l.line) ? nameLines : [...nameLines].sort((a, b) => a.line - b.line);
  const sortedBreaks = [...breaks].sort((a, b) => a - b);
  const spans = order.map(([seq, from], k) => {
    const to = order[k + 1]?.[1] ?? Infinity;
    const next = sortedBreaks[firstAbove(sortedBreaks, from, (b) => b)];
    const cut = next !== undefined && next > from && next < to ? next : to;
    return { seq, lines: byLine.slice(firstAtLeast(byLine, from, (l) => l.line), firstAtLeast(byLine, cut, (l) => l.line)) };
  });
  // among the column orders the lines allow, the one whose rows pair people with units one to one most often
  let best = new Map<number, Partial<Record<EntityField, string[]>>>();
  let bestPaired = -1;
  for (const cols of columnOrders(nameLines, fields)) {
    const votes = voteColumns(nameLines, cols);
    const dealt = new Map<number, Partial<Record<EntityField, string[]>>>();
    for (const { seq, lines } of spans) {
      // a column printed elsewhere for this row's page takes none of its span's names
      const own = cols.filter((f) => !elsewhere.get(seq)?.has(f));
      const c = columnsOf(lines, own, votes, blind);
      if (Object.keys(c).length) dealt.set(seq, c);
    }
    const paired = pairedRows([...dealt.values()]);
    if (paired > bestPaired) {
      best = dealt;
      bestPaired = paired;
    }
  }
  return best;
}

/**
 * A column's block printed after a page's rows under its header word (the
 * column came out whole at the page's end): one line per row, or the same
 * lines repeated once per row (`各街道办事处` `区直有关单位` five times over five
 * rows). A block of one chunk repeated fewer times than the page has rows
 * (see `repeatPeriod`) is the cells of the page's first rows, from the top
 * under the header word: the rows after them get nothing from it. Null when
 * the counts do not add up.
 */
export function dealPageBlock(block: readonly string[][], rows: number): string[][] | null {
  if (!rows || !block.length) return null;
  if (block.length === rows) return block.map((l) => l.slice());
  if (block.length % rows === 0) {
    const n = block.length / rows;
    const cut = (r: number) => block.slice(r * n, (r + 1) * n).flat();
    const first = cut(0).join("\u0000");
    if (Array.from({ length: rows }, (_, r) => cut(r).join("\u0000")).every((c) => c === first)) return Array.from({ length: rows }, (_, r) => cut(r));
  }
  const lines = block.map((l) => l.join("\u0000"));
  const k = repeatPeriod(lines);
  if (k === null || block.length / k > rows) return null;
  const times = block.length / k;
  if (times < rows && block.some((l) => l.length !== 1)) return null;
  const chunk = block.slice(0, k).flat();
  return Array.from({ length: rows }, (_, r) => (r < times ? chunk.slice() : []));
}

/** the shortest task text left before names peeled off its line's end */
const MIN_TASK_BEFORE_NAMES = 5;

/**
 * Names printed after a space at the end of a task line that ends no
 * sentence (`…等特色 城管局`, `…增加 市工信局 梁志宏 市科技局`): the other
 * columns' cells at that height, the task going on in the next line. Peeled
 * when every token after the cut is a whole unit or person and enough task
 * text stays before it; a quantity or a piece of a phrase (`推进 10个国家双创`)
 * stays in the task, and so do the words after a number (`16.3 万吨以`, its measure) and words holding a
 * sentence's comma (`场次以上，社`: no name holds one).
 */
export function peelTrailingNames(text: string): { task: string; names: string[] } {
  const words = text.trim().split(/[ \t\u3000]+/);
  let cut = words.length;
  const name = (k: number) => tokenKind(words[k]!) !== "fragment" && !CLAUSE_PUNCTUATION.test(words[k]!) && !isQuantityAfterNumber(words[k]!, words[k - 1]);
  while (cut > 1 && name(cut - 1)) cut--;
  const task = words.slice(0, cut).join(" ");
  if (cut === words.length || task.replace(/\s+/g, "").length < MIN_TASK_BEFORE_NAMES) return { task: text.trim(), names: [] };
  return { task, names: words.slice(cut) };
}
