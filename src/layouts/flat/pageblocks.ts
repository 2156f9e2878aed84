/**
 * A page printed column by column (`pdftotext` default mode on a Chromium-printed table): the
 * page's 序号 as one block, then the task lines interleaved, by height on the page, with the lines
 * of the unit column beside the task (`牵头单位`), then whole-page blocks of the other columns, each
 * after its label (`责任人`, `协办单位`, …) with no row boundary in them.
 *
 * What the text still says:
 *
 * - **Centred cells.** A browser centres every cell vertically (`vertical-align: middle`): in a
 *   row, a unit cell of k lines around a task of t lines starts (k − t)/2 lines above the task, so
 *   the units printed above the task's first line (a) and below its last line (b) are as many, or
 *   one more below (a unit at the height of a task line is printed after it: poppler reads a line
 *   left to right, then the next), and a unit column taller than the task has a unit beside every
 *   task line but one (printed between the task's lines or glued after one). The units between two tasks are the upper row's
 *   b and the lower row's a; the first gap is all the first row's, the last all the last row's.
 *   Every way of cutting the gaps that keeps each row centred is a reading the text allows; a row
 *   all of them read alike is vouched for, another gets the most centred reading and a flag. No
 *   reading at all (a merged cell centred over several rows, a row cut by the page break): the page
 *   is left as it was.
 * - **Paired columns.** 责任人 holds one person per unit of the unit column it is paired with, in
 *   the same order: once the page's per-row unit counts are known, the page's person block splits
 *   by them, but only when they add up to the block's names. A page whose counts do not (a row
 *   with two people for one unit) keeps its block where it was (flagged).
 * - Co-unit and supervisor blocks have no such count: their names stay in the page's last row.
 */
import type { Diagnostic } from "../../model/schema.js";
import type { CanonicalField } from "../../model/schema.js";
import type { SourceLine } from "../../model/intermediate.js";
import { mapHeader, pairedUnitField } from "../../table/headers.js";
import { cleanText } from "../../text/hygiene.js";
import { isSignature } from "../../meta/notice.js";
import { firstAbove, maxOf, minOf } from "../../arrays.js";
import { entityTokens, tokenKind } from "./fragments.js";
import type { FlatHeader } from "./header.js";
import { isTaskLine, splitTaskLine } from "./tasklines.js";
import type { FlatLine, RowBlock, Segmentation } from "./segment.js";
import { FLAT_DEFAULTS, type FlatSettings } from "./settings.js";

/** a page whose readings exceed this many is too ambiguous to enumerate: left as it was */
const MAX_READINGS = 2000;
/** a column label printed alone on its line is at most this long (`区分管或联系领导`) */
const MAX_LABEL_CHARS = 10;

/** One row of a page: its task's printed lines, and the unit lines printed beside them. */
export interface CentredRow {
  tasks: number;
  beside: number;
  /** of the units beside, those printed on a task line's own line (glued after its text) */
  glued?: number;
}

/**
 * A reading of a page: units above and below each row's task, the rows a merged cell spans
 * (`span[r]`: rows sharing row r's cell, 1 for a cell of its own, 0 for a row inside another's
 * span), and the rows every reading agrees on.
 */
export interface CentredSplit {
  above: number[];
  below: number[];
  span: number[];
  vouched: boolean[];
}

/** a merged unit cell is read over at most this many rows */
const MAX_SPAN_ROWS = 3;
/** at most this share of a page's rows is read as inside another row's merged cell (more: a misreading) */
const MAX_SPANNED_SHARE = 0.25;

/** Is (above, beside, below) a centred unit cell around a task of `tasks` lines? */
function centred(a: number, b: number, row: CentredRow): boolean {
  // a unit at the height of a task line prints after it (poppler reads a line left to right, then the next)
  if (a < 0 || b - a < 0 || b - a > 1) return false;
  if (a + row.beside + b < 1 || row.beside > row.tasks + 1) return false;
  // a cell taller than the task has a unit beside each task line but (a half-line offset) one
  return a + b === 0 || row.beside >= row.tasks - 1;
}

interface Segment {
  start: number;
  len: number;
  a: number;
  b: number;
  /** how far the segment strays from an exactly centred cell */
  cost: number;
}

/**
 * How far a cell strays from exact centring: with k units around t task lines, ⌈(k − t)/2⌉ print
 * above the task (none when k < t); when k − t is odd the units sit half a line off the task's
 * lines, so none shares a line with the task text (glued after it) and as many print below as above.
 */
export function offCentre(a: number, b: number, cell: CentredRow): number {
  const k = a + cell.beside + b;
  const d = k - cell.tasks;
  // half a line off: no unit at a task line's height
  const half = Math.abs(d) % 2 === 1 ? (cell.glued ?? 0) : 0;
  if (d < 0) return a + b + half;
  return Math.abs(a - Math.ceil(d / 2)) + half + (d % 2 === 1 ? b - a : 0);
}

/**
 * Every cut of the gaps (`gaps[r]`: unit lines printed between row r−1's task and row r's; `gaps[0]`
 * above the first task, the last below the last) that keeps each row centred. Rows share a merged
 * cell (centred over all their tasks, the units between them beside it) only where no reading
 * without one exists, and then over as few rows as possible. Returns the most centred reading
 * (`offCentre`) with the rows all readings agree on, or null when none fits.
 */
export function splitCentredGaps(rows: readonly CentredRow[], gaps: readonly number[]): CentredSplit | null {
  const n = rows.length;
  if (!n || gaps.length !== n + 1) return null;
  for (let spans = 0; spans <= Math.floor(n * MAX_SPANNED_SHARE); spans++) {
    const readings = readingsWith(rows, gaps, spans);
    if (readings === null) return null;
    if (!readings.length) continue;
    const cost = (r: readonly Segment[]) => r.reduce((sum, x) => sum + x.cost, 0);
    const best = readings.reduce((x, y) => (cost(y) < cost(x) ? y : x));
    const at = (r: readonly Segment[], row: number) => r.find((g) => row >= g.start && row < g.start + g.len)!;
    const key = (r: readonly Segment[], row: number): string => {
      const x = at(r, row);
      return x.start === row ? `${x.len}:${x.a}:${x.b}` : "-";
    };
    const out: CentredSplit = { above: [], below: [], span: [], vouched: [] };
    for (let r = 0; r < n; r++) {
      const x = at(best, r);
      const first = x.start === r;
      out.above.push(first ? x.a : 0);
      out.below.push(first ? x.b : 0);
      out.span.push(first ? x.len : 0);
      // a merged cell is a guess the text cannot confirm
      out.vouched.push(spans === 0 && readings.every((y) => key(y, r) === key(best, r)));
    }
    return out;
  }
  return null;
}

/** Every reading whose merged cells cover exactly `spans` rows beyond their first, or null when there are too many to weigh. */
function readingsWith(rows: readonly CentredRow[], gaps: readonly number[], spans: number): Segment[][] | null {
  const n = rows.length;
  const readings: Segment[][] = [];
  const path: Segment[] = [];
  let overflow = false;
  const walk = (r: number, a: number, left: number): void => {
    if (overflow) return;
    if (readings.length > MAX_READINGS) {
      overflow = true;
      return;
    }
    for (let len = 1; len <= Math.min(MAX_SPAN_ROWS, left + 1) && r + len <= n; len++) {
      // a merged cell: the rows' task lines together, the units between them beside it
      const cell = { tasks: 0, beside: 0, glued: 0 };
      for (let k = r; k < r + len; k++) {
        cell.tasks += rows[k]!.tasks;
        cell.beside += rows[k]!.beside + (k > r ? gaps[k]! : 0);
        cell.glued += rows[k]!.glued ?? 0;
      }
      const spent = left - (len - 1);
      const end = r + len;
      if (end === n) {
        if (spent === 0 && centred(a, gaps[n]!, cell)) readings.push([...path, { start: r, len, a, b: gaps[n]!, cost: offCentre(a, gaps[n]!, cell) }]);
        continue;
      }
      for (let b = 0; b <= gaps[end]!; b++) {
        if (!centred(a, b, cell)) continue;
        path.push({ start: r, len, a, b, cost: offCentre(a, b, cell) });
        walk(end, gaps[end]! - b, spent);
        path.pop();
      }
    }
  };
  walk(0, gaps[0]!, spans);
  return overflow ? null : readings;
}

/** The names cut into runs of the given counts, or null when the counts do not add up to the names. */
export function splitByCounts<T>(names: readonly T[], counts: readonly number[]): T[][] | null {
  if (counts.reduce((a, b) => a + b, 0) !== names.length || counts.some((c) => c < 0)) return null;
  let at = 0;
  return counts.map((c) => names.slice(at, (at += c)));
}

/** What the page-block reading did to one row. */
export interface PageRow {
  seq: number;
  line: number;
  /** every reading of the page gives the row the same units */
  vouched: boolean;
  /** the row's people were taken from the page's person block by its unit count */
  people: boolean;
  /** the row was read as sharing a merged cell with its neighbours */
  merged?: boolean;
  /** the page's person block did not add up to its units (kept in the page's last row) */
  unsplit?: { names: number; units: number };
}

/** Column labels printed alone on their lines (reading order), by source line number. */
export function labelLines(lines: readonly SourceLine[]): Map<number, CanonicalField> {
  const out = new Map<number, CanonicalField>();
  const bare = (i: number) => cleanText(lines[i]?.text ?? "").replace(/\s+/g, "");
  lines.forEach((l, i) => {
    const t = bare(i);
    if (!t || t.length > MAX_LABEL_CHARS || out.has(l.line)) return;
    const f = mapHeader(t);
    if (f !== "other") out.set(l.line, f);
    // a label wrapped in its cell (`区分管或联系` + `领导`)
    else if (bare(i + 1) && (t + bare(i + 1)).length <= MAX_LABEL_CHARS && mapHeader(t + bare(i + 1)) !== "other") {
      const whole = mapHeader(t + bare(i + 1));
      out.set(l.line, whole).set(lines[i + 1]!.line, whole);
    }
  });
  return out;
}

/**
 * A line of the task column: its task text, a heading piece before it, the names glued after it
 * (the columns beside, at that height); null for a line of names. A line whose text before the
 * glued names is task text is one (`大力引进金融中心、营销中心、结算中 发改局`: the whole line reads
 * as a list of units).
 */
export function taskText(text: string, s: FlatSettings = FLAT_DEFAULTS): { task: string; heading: string | null; names: string[] } | null {
  const p = splitTaskLine(text, s, true);
  if (isTaskLine(text, s)) return p;
  return p.names.length && isTaskLine(p.task, s) ? p : null;
}

/** The run of name lines (units, people) that ends the lines. */
function trailingNames(lines: readonly FlatLine[]): FlatLine[] {
  let k = lines.length;
  while (k > 0 && entityTokens(lines[k - 1]!.text).every((t) => tokenKind(t) !== "fragment") && entityTokens(lines[k - 1]!.text).length > 0) k--;
  return lines.slice(k);
}

/** A line of one person's name (a person block). */
function isPersonLine(text: string): boolean {
  const toks = entityTokens(text);
  return toks.length === 1 && tokenKind(toks[0]!) === "person";
}

/**
 * Rebuild the rows of each page (`groups`: the row indexes of one page, in order,
 * `personBlockGroups`): the units beside the tasks cut by the centred-cell rule, the paired person
 * block cut by the units' counts. A page the rule cannot read is left as it was.
 */
export function splitPageBlocks(
  seg: Segmentation,
  groups: ReadonlyArray<readonly number[]>,
  lines: readonly SourceLine[],
  header: FlatHeader,
  s: FlatSettings = FLAT_DEFAULTS,
): { segmentation: Segmentation; rows: PageRow[] } {
  const labels = labelLines(lines);
  const unitField = pairedUnitField(header.columns);
  const rows = [...seg.rows];
  const out: PageRow[] = [];
  let leading = seg.leading;
  for (const group of groups) {
    // names printed above the first row (its units centred above its 序号): the first page's
    const above = group[0] === 0 ? trailingNames(seg.leading) : [];
    if (cellPerLine(group.map((i) => rows[i]!))) continue;
    const page = readPage(group.map((i) => rows[i]!), labels, unitField, s, above);
    if (!page) continue;
    group.forEach((i, r) => (rows[i] = page.rows[r]!));
    if (above.length) leading = seg.leading.slice(0, seg.leading.length - above.length);
    out.push(...page.report);
  }
  return { segmentation: { ...seg, rows, leading }, rows: out };
}

/**
 * A page printed one cell per line, row after row: each row's 序号 alone on its line with
 * the row's first cell on the next (a copy or `-raw` text, not poppler's reading order,
 * which prints the 序号 on its task's line). Its names are already in their rows.
 */
export function cellPerLine(group: readonly RowBlock[]): boolean {
  return group.length > 0 && group.every((row) => row.lines.length > 0 && row.lines[0]!.line === row.line + 1);
}

function readPage(
  group: readonly RowBlock[],
  labels: ReadonlyMap<number, CanonicalField>,
  unitField: CanonicalField | null,
  s: FlatSettings,
  above: readonly FlatLine[] = [],
): { rows: RowBlock[]; report: PageRow[] } | null {
  const tagged = [...above.map((l) => ({ l, r: 0 })), ...group.flatMap((row, r) => row.lines.map((l) => ({ l, r })))];
  const stream = tagged.map((x, k) => ({ ...x, k })).sort((x, y) => x.l.line - y.l.line || x.k - y.k);
  // the interleaved part ends at the first label of another column
  const labelBetween = (from: number, to: number): CanonicalField | null => {
    for (let n = from + 1; n < to; n++) {
      const f = labels.get(n);
      if (f && f !== "task" && f !== "seq" && f !== "section" && f !== unitField) return f;
    }
    return null;
  };
  let end = stream.length;
  // (a label kept among the row's lines, as a wrapped one is, ends it too)
  for (let k = 1; k < stream.length; k++) if (labelBetween(stream[k - 1]!.l.line, stream[k]!.l.line + 1)) {
    end = k;
    break;
  }
  // the notice's signature (issuer, date) printed where its height falls amid the rows: neither task nor name
  const signed = new Set<number>();
  stream.slice(0, end).forEach((x, k, all) => {
    if (isSignature(x.l.text, all[k + 1]?.l.text)) signed.add(k).add(k + 1);
  });
  const part = stream.slice(0, end).filter((_, k) => !signed.has(k));
  const rest = stream.slice(end);
  // a page break inside the interleaved part (the header printed again): not one page
  for (let k = 1; k < part.length; k++) for (let n = part[k - 1]!.l.line + 1; n < part[k]!.l.line; n++) if (labels.get(n) === "seq") return null;
  // each row's task lines, in order, row after row; each unit line with the people printed beside it
  const taskOf = group.map(() => [] as FlatLine[]);
  const names: Array<{ unit: FlatLine; people: FlatLine[] }> = [];
  const addNames = (l: FlatLine, toks: readonly string[]): boolean => {
    for (const t of toks) {
      const kind = tokenKind(t);
      const named = { ...l, text: t, blankBefore: false };
      if (kind === "unit") names.push({ unit: named, people: [] });
      // a person at the height of a unit: the paired column, printed in the same flow
      else if (kind === "person" && names.length) names[names.length - 1]!.people.push(named);
      else return false;
    }
    return true;
  };
  for (const x of part) {
    const task = taskText(x.l.text, s);
    if (task) {
      if (task.heading) return null;
      taskOf[x.r]!.push({ ...x.l, text: task.task });
      if (!addNames(x.l, task.names)) return null;
    } else if (!addNames(x.l, entityTokens(x.l.text))) return null;
  }
  if (taskOf.some((t) => !t.length)) return null;
  const first = taskOf.map((t) => t[0]!.line);
  const last = taskOf.map((t) => t[t.length - 1]!.line);
  if (first.some((f, r) => r > 0 && f <= last[r - 1]!)) return null;
  // every unit line: beside a row's task, or in the gap before row r (r = rows: after the last)
  type Named = (typeof names)[number];
  const beside = group.map(() => [] as Named[]);
  const gaps: Named[][] = Array.from({ length: group.length + 1 }, () => []);
  for (const x of names) {
    const l = x.unit;
    const r = first.findIndex((f, k) => l.line >= f && l.line <= last[k]!);
    if (r >= 0) beside[r]!.push(x);
    else {
      const g = first.findIndex((f) => l.line < f);
      gaps[g < 0 ? group.length : g]!.push(x);
    }
  }
  const split = splitCentredGaps(
    taskOf.map((t, r) => {
      const at = new Set(t.map((l) => l.line));
      return { tasks: at.size, beside: beside[r]!.length, glued: beside[r]!.filter((x) => at.has(x.unit.line)).length };
    }),
    gaps.map((g) => g.length),
  );
  if (!split) return null;
  const units = group.map((_, r) => {
    const len = split.span[r]!;
    if (!len) return [];
    const above = gaps[r]!.slice(gaps[r]!.length - split.above[r]!);
    const inside = Array.from({ length: len }, (_, k) => [...beside[r + k]!, ...(k ? gaps[r + k]! : [])]).flat();
    const below = gaps[r + len]!.slice(0, split.below[r]!);
    return [...above, ...inside, ...below].sort((x, y) => x.unit.line - y.unit.line);
  });
  // people printed in the flow go with their unit's row
  const printed = units.map((u) => u.flatMap((x) => x.people));
  const interleaved = printed.some((p) => p.length);
  // the person block paired with the unit column, cut by the rows' unit counts
  const blockStart = rest.findIndex((x, k) => labelBetween(k ? rest[k - 1]!.l.line : (part[part.length - 1]?.l.line ?? 0), x.l.line) === "leaders");
  let people: FlatLine[][] | null = null;
  let block: Set<FlatLine> = new Set();
  let unsplit: PageRow["unsplit"];
  if (blockStart >= 0 && unitField && !interleaved) {
    let stop = blockStart + 1;
    while (stop < rest.length && !labelBetween(rest[stop - 1]!.l.line, rest[stop]!.l.line) && isPersonLine(rest[stop]!.l.text)) stop++;
    const run = rest.slice(blockStart, stop).map((x) => x.l);
    if (run.every((l) => isPersonLine(l.text))) {
      people = splitByCounts(run, units.map((u) => u.length));
      if (people) block = new Set(run);
      else unsplit = { names: run.length, units: units.reduce((a, u) => a + u.length, 0) };
    }
  }
  const others = rest.map((x) => x.l).filter((l) => !block.has(l));
  const rebuilt = group.map((row, r) => {
    const mine = [...taskOf[r]!, ...units[r]!.map((x) => x.unit), ...(people?.[r] ?? printed[r]!), ...(r === group.length - 1 ? others : [])];
    return { ...row, lines: mine.map((l, k) => ({ ...l, blankBefore: k === taskOf[r]!.length })) };
  });
  const report = group.map((row, r) => ({
    seq: row.seq,
    line: taskOf[r]![0]!.line,
    vouched: split.vouched[r]!,
    ...(split.span[r] !== 1 ? { merged: true } : {}),
    people: people !== null || interleaved,
    ...(unsplit ? { unsplit } : {}),
  }));
  return { rows: rebuilt, report };
}

/**
 * One diagnostic per row read this way: a warning where the centred reading is one of several
 * (or the person block did not add up), an info where the page's text vouches for the cut.
 */
export function pageBlockDiagnostics(rows: readonly PageRow[], table: number): Diagnostic[] {
  return rows.map((p) => {
    const doubt = !p.vouched ? "本页单位栏的切分有多种可能，已取最居中的一种" : p.unsplit ? `本页“责任人”整块印出 ${p.unsplit.names} 人，与各项单位合计 ${p.unsplit.units} 个不符，名单未分到各项（留在本页最后一项）` : null;
    return {
      level: doubt ? ("warning" as const) : ("info" as const),
      code: doubt ? "FLAT_PAGE_BLOCKS_GUESSED" : "FLAT_PAGE_BLOCKS",
      message: doubt
        ? `第 ${p.seq} 项（第 ${p.line} 行起）：按阅读顺序导出的整页各栏，${doubt}。请对照原文核对单位与责任人。`
        : `第 ${p.seq} 项（第 ${p.line} 行起）：整页各栏按居中单元格的位置切分，单位${p.people ? "和成对的责任人" : ""}已归入本项。`,
      table,
      seq: p.seq,
      line: p.line,
    };
  });
}

/**
 * The rows of each page closed by a person block printed whole after its label (`责任人`): from
 * the row after the previous such block's row to the row the block was read into; a page that
 * closed none ends before the first row after the next repeated header.
 */
export function personBlockGroups(seg: Segmentation, lines: readonly SourceLine[]): number[][] {
  const labels = labelLines(lines);
  const byLine = new Map(lines.map((l, i) => [l.line, i]));
  const labelled = (l: FlatLine): boolean => {
    // the label on the nearest non-blank line above
    for (let i = (byLine.get(l.line) ?? 0) - 1; i >= 0; i--) {
      const t = lines[i]!.text.trim();
      if (!t) continue;
      return labels.get(lines[i]!.line) === "leaders";
    }
    return false;
  };
  const out: number[][] = [];
  let from = 0;
  let lastLine = 0;
  // the lines of a repeated 序号 header word, in order (searched by halves: every label for every row was rows × labels)
  const seqLabels = [...labels].flatMap(([n, f]) => (f === "seq" ? [n] : [])).sort((a, b) => a - b);
  seg.rows.forEach((row, i) => {
    const at = row.lines.map((l) => l.line);
    const top = minOf([row.line, ...at]);
    // a page that closed no person block (its people printed in the unit flow, or none): it ends at the next header
    if (i > from && (seqLabels[firstAbove(seqLabels, lastLine, (n) => n)] ?? Infinity) < top) {
      out.push(Array.from({ length: i - from }, (_, k) => from + k));
      from = i;
    }
    lastLine = maxOf([lastLine, row.line, ...at]);
    if (!row.lines.some((l) => isPersonLine(l.text) && labelled(l))) return;
    out.push(Array.from({ length: i - from + 1 }, (_, k) => from + k));
    from = i + 1;
  });
  return out;
}
