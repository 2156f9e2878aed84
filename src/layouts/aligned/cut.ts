/**
 * Which 序号 a line of position-kept text (`pdftotext -layout`) belongs to.
 *
 * A ruled table whose cells are vertically centred prints a row's tallest
 * cell around its 序号 line: the row's first names and the start of its task
 * sit on lines *above* the number. An unruled or top-aligned table starts
 * every row on its 序号 line. Between two 序号 lines the text itself does
 * not say where one row ends and the next begins, so the cut is chosen for
 * the whole block at once (dynamic programming over the cut positions), under
 * the alignment that explains the block best:
 *
 * - centred: a row reaches as far above its 序号 line as below it;
 * - top: nothing of a row is above its 序号 line.
 *
 * Centred cells may be centred on the task's text rather than on the 序号 line (a browser's
 * middle-aligned cells: a column of c lines in a row of height H starts (H−c)/2 lines down, so every
 * column's centre is the row's middle, and so is the task's; the 序号 line is rounded to a line). Then
 * a row costs how far each column's centre lies from its task's centre, half a line below it costing
 * little (text half a line off is printed on the line above). The table takes whichever centre
 * explains its blocks better; rows the other centre would cut differently are reported.
 * A table where more than a fifth of the rows print text above their 序号 line that the best
 * top-aligned cut cannot give to the row before is not top-aligned, whatever the costs say.
 *
 * Where another cut that moves text from one row to the next explains the
 * block (almost) as well, the text cannot decide and both rows are reported.
 * Lines before the first 序号 of a block that follows a page break may also
 * be the rest of the row cut by that break (a continuation).
 */
import { minOf } from "../../arrays.js";

export type Alignment = "centred" | "top";

export interface CutInput {
  /** per line of the block, per column: does the column hold text on that line */
  occupied: ReadonlyArray<readonly boolean[]>;
  /** indices of the 序号 lines, ascending */
  anchors: readonly number[];
  /** the block follows a page break: its first lines may continue the row before it */
  afterBreak: boolean;
  /** a page break follows the block: its last row may go on on the next page */
  beforeBreak?: boolean;
  /**
   * per line, the task column's text: `true` when it ends a sentence, `false` when it does not,
   * `null` when the line holds no task text. Given only where the table's tasks end their
   * sentences (then a row's task ends with one, and a cut after an unfinished line splits a task).
   */
  taskEnds?: ReadonlyArray<boolean | null>;
  /**
   * something outside the block vouches for text carried over the page break before it (the row
   * before the break is unfinished, or the table is cleanly top-aligned so nothing of a row is printed
   * above its 序号 line): carried text is then in doubt only where another cut explains the block as well
   */
  carryCorroborated?: boolean;
  /**
   * per line, the whole names its responsibility cells hold, each tagged with its column
   * (`3:区发改局`): a row names a unit or person once per column, so a cut that gives a row the same
   * name twice has given it a neighbour's line
   */
  names?: ReadonlyArray<readonly string[]>;
  /**
   * per line, for a people column paired one to one with the unit column before it: the unit
   * column's whole names, its lines that are no whole name (pieces of wrapped names), and the
   * people column's names. A row's units and people then come in equal numbers.
   */
  pairs?: ReadonlyArray<{ units: number; pieces: number; people: number }>;
  /**
   * the task column's index, given where cells are centred on their row (a browser's middle-aligned
   * cells): each column's text is then centred on the task's text, not on the 序号 line (see `centreCost`)
   */
  taskColumn?: number;
  /**
   * per anchor, the first and last line of its row's task, where the text says where each task starts (its number
   * glued to its first words, the 序号 put at the task's centre: see `gluedSeqColumn`): a row holds its task's lines,
   * so it ends no earlier than its task's last line and before the next task's first line, and task text above the
   * block's first task is the row before the page break
   */
  taskSpans?: ReadonlyArray<readonly [number, number]>;
  /** with `taskSpans`: the lines above the first task down to the last one holding task text, which the row before the break holds */
  taskLead?: number;
  /**
   * per line, for a unit column whose cells open with a role label (`牵头：X；配` | `合：Y`, a 责任分工 column): `true`
   * when the column's text on the line opens with one, `false` when it holds other text, `null` when it holds none.
   * A row's cell in that column starts with its label: a cut that starts it on `合：Y` has split a neighbour's cell.
   */
  cellOpens?: ReadonlyArray<boolean | null>;
  /**
   * how many pieces of names a row [from, to] holds in its unit columns, as the names stage joins its lines (a
   * name's head with no ending, `县发展和改革`, an ending alone, `局`, a list's mark at the cell's end): a cut
   * between the lines of one name leaves a piece in each of the two rows
   */
  nameCuts?: (from: number, to: number) => number;
}

export interface CutResult {
  alignment: Alignment;
  /** lines [0, lead) continue the row before the block (empty when lead = 0) */
  lead: number;
  /** per anchor: the line range [from, to] of its row */
  rows: Array<{ from: number; to: number }>;
  /** rows (by anchor index; -1 = the continued row before the block) whose extent the text cannot decide */
  doubtful: Set<number>;
  /** rows (by anchor index) whose cells do not sit around their 序号 line as the alignment has them */
  misfit: Set<number>;
}

/** Cost of giving the first lines of a block to the row cut by the page break, by alignment. */
const CONTINUATION_COST: Record<Alignment, number> = { centred: 1, top: 0 };
/** Another cut whose cost is within this of the best one is as good: the text cannot decide. */
export const AMBIGUITY_MARGIN = 1;

/**
 * How badly a row [from, to] around its 序号 line fits the alignment, summed over its columns:
 * centred, each cell reaches as far above the 序号 line as below it; top, each cell starts on it.
 */
export function rowCost(occupied: ReadonlyArray<readonly boolean[]>, from: number, to: number, anchor: number, alignment: Alignment, cutBelow = false, taskColumn?: number): number {
  const columns = occupied[anchor]?.length ?? 0;
  if (alignment === "centred" && !cutBelow && taskColumn !== undefined) {
    const task = extent(occupied, from, to, taskColumn);
    if (task) return centreCost(occupied, from, to, (task[0] + task[1]) / 2, taskColumn);
  }
  let cost = 0;
  for (let c = 0; c < columns; c++) {
    const span = extent(occupied, from, to, c);
    if (!span) continue;
    const [first, last] = span;
    const up = anchor - first;
    const down = last - anchor;
    // a row cut by a page break below it may reach further down on the next page
    if (alignment === "centred") cost += cutBelow ? Math.max(0, up - down) : Math.abs(up - down);
    else cost += Math.abs(up);
  }
  return cost;
}

/** The first and last line in [from, to] on which column c holds text (null: none). */
function extent(occupied: ReadonlyArray<readonly boolean[]>, from: number, to: number, c: number): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let i = from; i <= to; i++) {
    if (!occupied[i]![c]) continue;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? null : [first, last];
}

/**
 * How far a column's text may sit below the task's centre at no more than a small cost: a cell's
 * lines are centred on the row by half lines, and text half a line off is printed on the line above.
 */
export const HALF_LINE_BELOW = 0.5;
/** Cost per line of a column's centre below the task's centre, within HALF_LINE_BELOW. */
const BELOW_COST = 0.4;

/**
 * Centred cells: every column's text is centred on the row's middle, and so is the task's text; the
 * cost of a row is how far each column's centre lies from the task's centre (`ref`), in half lines:
 * above it costs in full, half a line below it costs little (rounding), more below costs in full.
 */
export function centreCost(occupied: ReadonlyArray<readonly boolean[]>, from: number, to: number, ref: number, taskColumn: number): number {
  const columns = occupied[from]?.length ?? 0;
  let cost = 0;
  for (let c = 0; c < columns; c++) {
    if (c === taskColumn) continue;
    const e = extent(occupied, from, to, c);
    if (!e) continue;
    const d = (e[0] + e[1]) / 2 - ref;
    cost += d < 0 ? -2 * d : d <= HALF_LINE_BELOW ? BELOW_COST * 2 * d : BELOW_COST + 2 * (d - HALF_LINE_BELOW);
  }
  return cost;
}

/** How far below the task's centre a column's centre may lie in a row that fits (see `centredOnTask`). */
const FIT_BELOW = 0;

/** Does a row [from, to] have task text, and every other column centred on it (up to FIT_BELOW lower)? */
export function centredOnTask(occupied: ReadonlyArray<readonly boolean[]>, from: number, to: number, taskColumn: number): boolean {
  const task = extent(occupied, from, to, taskColumn);
  if (!task) return false;
  const ref = (task[0] + task[1]) / 2;
  const columns = occupied[from]?.length ?? 0;
  for (let c = 0; c < columns; c++) {
    const e = c === taskColumn ? null : extent(occupied, from, to, c);
    if (!e) continue;
    const d = (e[0] + e[1]) / 2 - ref;
    if (d < 0 || d > FIT_BELOW) return false;
  }
  return true;
}

/** Cost of a row whose task text stops on a line that does not end its sentence (the rest went to a neighbour). */
export const UNFINISHED_TASK_COST = 4;

/** The task evidence of a row [from, to]: its last task line must end a sentence (the last row of a block cut by a page break aside). */
export function taskCost(taskEnds: CutInput["taskEnds"], from: number, to: number, cutBelow = false): number {
  if (!taskEnds || cutBelow) return 0;
  for (let i = to; i >= from; i--) if (taskEnds[i] !== null && taskEnds[i] !== undefined) return taskEnds[i] ? 0 : UNFINISHED_TASK_COST;
  return 0;
}

/** Cost of each name a row would hold twice in one column (a neighbour's line given to it). */
export const REPEATED_NAME_COST = 4;

/** The name evidence of a row [from, to]: each name it holds twice in a column costs REPEATED_NAME_COST. */
export function nameCost(names: CutInput["names"], from: number, to: number): number {
  if (!names) return 0;
  const seen = new Set<string>();
  let cost = 0;
  for (let i = from; i <= to; i++)
    for (const n of names[i] ?? []) {
      if (seen.has(n)) cost += REPEATED_NAME_COST;
      seen.add(n);
    }
  return cost;
}

/** Cost of each unit without its person, or person without its unit, in a row of paired columns. */
export const UNPAIRED_COST = 2;

/**
 * The pairing evidence of a row [from, to]: where a people column pairs with a unit column, a row
 * whose unit lines are all whole names holds as many people as units (a wrapped unit name says
 * nothing: its pieces are not counted).
 */
export function pairCost(pairs: CutInput["pairs"], from: number, to: number): number {
  if (!pairs) return 0;
  let units = 0;
  let people = 0;
  for (let i = from; i <= to; i++) {
    const p = pairs[i];
    if (!p) continue;
    if (p.pieces) return 0;
    units += p.units;
    people += p.people;
  }
  return people === 0 || units === 0 ? 0 : UNPAIRED_COST * Math.abs(units - people);
}

/** Cost of a row whose label cell starts on a line that opens with no label (the cut split a cell). */
export const LABEL_CUT_COST = 3;

/** The label evidence of a row [from, to]: its label column's first line opens with a role label, and no later line does. */
export function labelCost(cellOpens: CutInput["cellOpens"], from: number, to: number): number {
  if (!cellOpens) return 0;
  let cost = 0;
  let seen = false;
  for (let i = from; i <= to; i++) {
    if (cellOpens[i] === null || cellOpens[i] === undefined) continue;
    // the first text must open the cell; a second opening label inside the row is the next row's cell
    if (!seen) cost += cellOpens[i] ? 0 : LABEL_CUT_COST;
    else if (cellOpens[i]) cost += LABEL_CUT_COST;
    seen = true;
  }
  return cost;
}

/** Cost of each piece of a name a row's unit columns hold (see `CutInput.nameCuts`). */
export const NAME_CUT_COST = 3;

/** What the text says of a row [from, to] beyond its shape: its task's sentence end, its names, its label cell's start. */
const evidenceCost = (input: CutInput, from: number, to: number, cutBelow: boolean): number =>
  taskCost(input.taskEnds, from, to, cutBelow) +
  nameCost(input.names, from, to) +
  (cutBelow ? 0 : pairCost(input.pairs, from, to)) +
  labelCost(input.cellOpens, from, to) +
  (input.nameCuts ? NAME_CUT_COST * input.nameCuts(from, to) : 0);

const anyOccupied = (occupied: ReadonlyArray<readonly boolean[]>, from: number, to: number): boolean => {
  for (let i = from; i <= to; i++) if (occupied[i]!.some(Boolean)) return true;
  return false;
};

/** The cut for one alignment: forward and backward tables over each row's last line. */
export function cutFor(input: CutInput, alignment: Alignment): CutResult & { cost: number } {
  const { occupied, anchors } = input;
  const n = occupied.length;
  const m = anchors.length;
  // candidate last lines of row k: [anchor k, anchor k+1 - 1]; the last row ends the block
  const spans = input.taskSpans?.length === m ? input.taskSpans : undefined;
  const within = <T>(all: T[], keep: (x: T) => boolean): T[] => (all.filter(keep).length ? all.filter(keep) : all);
  const ends = anchors.map((p, k) => (k + 1 < m ? within(range(p, anchors[k + 1]! - 1), (e) => !spans || (e >= spans[k]![1] && e < spans[k + 1]![0])) : [n - 1]));
  // task text above the block's first task (a task carried over a page break) is the row before the break's
  const starts = input.afterBreak ? within(range(0, anchors[0]!), (s) => !spans || (s <= spans[0]![0] && s >= (input.taskLead ?? 0))) : [0];
  const cutBelow = (k: number) => k === m - 1 && input.beforeBreak === true;
  // lines carried over to the row cut by the page break: that row's task must still end its sentence
  const leadCost = (s: number) => (s > 0 && anyOccupied(occupied, 0, s - 1) ? CONTINUATION_COST[alignment] + taskCost(input.taskEnds, 0, s - 1) : 0);
  // forward: best cost of rows 0..k with row k ending at e
  const fwd: Array<Map<number, number>> = [];
  const back: Array<Map<number, number>> = [];
  for (let k = 0; k < m; k++) {
    const f = new Map<number, number>();
    const b = new Map<number, number>();
    for (const e of ends[k]!) {
      let best = Infinity;
      let arg = -1;
      const froms = k === 0 ? starts : ends[k - 1]!.map((x) => x + 1);
      for (const s of froms) {
        const before = k === 0 ? leadCost(s) : fwd[k - 1]!.get(s - 1)!;
        const c = before + rowCost(occupied, s, e, anchors[k]!, alignment, cutBelow(k), input.taskColumn) + evidenceCost(input, s, e, cutBelow(k));
        if (c < best) {
          best = c;
          arg = s;
        }
      }
      f.set(e, best);
      b.set(e, arg);
    }
    fwd.push(f);
    back.push(b);
  }
  const cost = fwd[m - 1]!.get(n - 1)!;
  const rows: Array<{ from: number; to: number }> = new Array(m);
  let e = n - 1;
  for (let k = m - 1; k >= 0; k--) {
    const s = back[k]!.get(e)!;
    rows[k] = { from: s, to: e };
    e = s - 1;
  }
  const lead = rows[0]!.from;
  const misfit = new Set<number>();
  rows.forEach((r, k) => {
    const byTask = alignment === "centred" && input.taskColumn !== undefined && !cutBelow(k);
    if (byTask ? !centredOnTask(occupied, r.from, r.to, input.taskColumn!) : rowCost(occupied, r.from, r.to, anchors[k]!, alignment, cutBelow(k)) > 0) misfit.add(k);
  });
  // backward: best cost of rows k+1.. given row k ends at e (to test every other cut)
  const after: Array<Map<number, number>> = new Array(m);
  after[m - 1] = new Map([[n - 1, 0]]);
  for (let k = m - 2; k >= 0; k--) {
    const a = new Map<number, number>();
    for (const end of ends[k]!) {
      let best = Infinity;
      for (const e2 of ends[k + 1]!)
        best = Math.min(best, rowCost(occupied, end + 1, e2, anchors[k + 1]!, alignment, cutBelow(k + 1), input.taskColumn) + evidenceCost(input, end + 1, e2, cutBelow(k + 1)) + after[k + 1]!.get(e2)!);
      a.set(end, best);
    }
    after[k] = a;
  }
  const doubtful = new Set<number>();
  // between row k and row k+1: another end of row k that moves text and costs about as much
  for (let k = 0; k + 1 < m; k++) {
    const chosen = rows[k]!.to;
    for (const end of ends[k]!) {
      if (end === chosen || !anyOccupied(occupied, Math.min(end, chosen) + 1, Math.max(end, chosen))) continue;
      if (fwd[k]!.get(end)! + after[k]!.get(end)! < cost + AMBIGUITY_MARGIN) {
        doubtful.add(k);
        doubtful.add(k + 1);
      }
    }
  }
  // the first lines after a page break: the row cut by the break, or the first row's upper half
  for (const s of starts) {
    if (s === lead || !anyOccupied(occupied, Math.min(s, lead), Math.max(s, lead) - 1)) continue;
    let best = Infinity;
    for (const end of ends[0]!) best = Math.min(best, leadCost(s) + rowCost(occupied, s, end, anchors[0]!, alignment, cutBelow(0), input.taskColumn) + evidenceCost(input, s, end, cutBelow(0)) + after[0]!.get(end)!);
    if (best < cost + AMBIGUITY_MARGIN) {
      doubtful.add(-1);
      doubtful.add(0);
    }
  }
  // text carried over a page break: the row before the break and the first row after it rest on a guess
  if (lead > 0 && anyOccupied(occupied, 0, lead - 1) && !input.carryCorroborated) {
    doubtful.add(-1);
    doubtful.add(0);
  }
  return { alignment, lead, rows, doubtful, misfit, cost };
}

/**
 * Centred cells (a Word table's or a browser's vertically centred cells): a row's 序号 is printed at
 * the row's middle and so is its task's text, whatever the other cells hold. The task column's lines
 * then fall into one run per 序号 with as many of its lines above that 序号's line as below it, or one
 * more below (an even number of lines puts the 序号 between two of them, or on the upper middle one).
 * Lines are counted, not measured: other columns' lines printed between the task's lines do not move
 * its middle. Where the table's tasks end their sentences (`taskEnds`), a run ends one. The last row
 * of a block cut by a page break may run on past the break; after a page break the task lines above
 * the first run continue the row before.
 *
 * Returns per anchor its run [first, last task line] in the split that fits best (fewest runs with
 * the extra line below, no other split as good); null where no split fits, where too many do, or
 * where every 序号 line holds task text and none stands above the first 序号 (tasks that read as
 * top-aligned: centring would only move lines between rows of one or two lines).
 */
export function centredTaskRuns(occupied: ReadonlyArray<readonly boolean[]>, anchors: readonly number[], taskColumn: number, afterBreak: boolean, beforeBreak: boolean, taskEnds?: ReadonlyArray<boolean | null>): Array<[number, number]> | null {
  const lines = occupied.flatMap((l, i) => (l[taskColumn] ? [i] : []));
  const m = anchors.length;
  if (!m || lines.length < m) return null;
  // every task starting on its 序号 line, none before the first (but what a page break carries over): the tasks read as top-aligned
  if (anchors.every((a) => occupied[a]![taskColumn]) && (afterBreak || lines[0]! >= anchors[0]!)) return null;
  // every split that fits, with how far its runs' middles lie from their 序号 lines in all
  const found: Array<{ runs: Array<[number, number]>; off: number }> = [];
  let budget = MAX_TASK_STEPS;
  const walk = (k: number, i: number, acc: Array<[number, number]>, off: number) => {
    if (found.length > MAX_TASK_SPLITS || --budget < 0) return;
    if (k === m) {
      if (i === lines.length) found.push({ runs: [...acc], off });
      return;
    }
    const a = anchors[k]!;
    const from = lines[i];
    if (from === undefined || from > a || (k + 1 < m && from >= anchors[k + 1]!)) return;
    for (let j = i; j < lines.length; j++) {
      const to = lines[j]!;
      if (k + 1 < m && to >= anchors[k + 1]!) break;
      // as many task lines above the 序号 line as below it, or one more below (the 序号 rounded up to a line)
      const above = lines.slice(i, j + 1).filter((x) => x < a).length;
      const below = lines.slice(i, j + 1).filter((x) => x > a).length;
      const d = below - above;
      const runsOn = k === m - 1 && beforeBreak && j === lines.length - 1 && d >= 0;
      if ((d < 0 || d > 1) && !runsOn) continue;
      // where the table's tasks end their sentences, a run that stops mid-sentence is no task
      if (taskEnds && taskEnds[to] === false && !(k === m - 1 && beforeBreak)) continue;
      acc.push([from, to]);
      walk(k + 1, j + 1, acc, off + (runsOn ? 0 : d));
      acc.pop();
    }
  };
  const firstStarts = afterBreak ? lines.map((_, i) => i).filter((i) => lines[i]! <= anchors[0]!) : [0];
  for (const i of firstStarts) walk(0, i, [], 0);
  if (!found.length || found.length > MAX_TASK_SPLITS || budget < 0) return null;
  // the split whose middles lie nearest their 序号 lines, where no other is as near
  const best = minOf(found.map((f) => f.off));
  const nearest = found.filter((f) => f.off === best);
  return nearest.length === 1 ? nearest[0]!.runs : null;
}

/** More splits of a block's task lines than this: the task text does not decide (and is not searched further). */
const MAX_TASK_SPLITS = 64;
/** Steps of the search for splits; past this, the task text does not decide either. */
const MAX_TASK_STEPS = 20000;

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

/** The rows of a block under the alignment that explains it best (a tie goes to top alignment). */
export function cutBlock(input: CutInput, alignment?: Alignment): CutResult {
  if (!input.anchors.length) return { alignment: alignment ?? "top", lead: input.occupied.length, rows: [], doubtful: new Set(), misfit: new Set() };
  if (alignment) {
    const { cost: _c, ...r } = cutFor(input, alignment);
    return r;
  }
  const top = cutFor(input, "top");
  const centred = cutFor(input, "centred");
  const { cost: _c, ...best } = centred.cost < top.cost ? centred : top;
  return best;
}

/** Top-aligned text costing more than this per row is not cleanly top-aligned (cells offset by a line). */
export const CLEAN_TOP_COST = 0.2;

/**
 * Rows (by anchor index) that the other alignment would cut differently, moving text: where the
 * chosen alignment does not fit cleanly, these rows rest on the choice of alignment.
 */
export function disputedRows(input: CutInput, chosen: CutResult): Set<number> {
  if (!input.anchors.length) return new Set();
  return differingRows(input, chosen, cutFor(input, chosen.alignment === "top" ? "centred" : "top"));
}

/** Rows (by anchor index) that two cuts of a block make differently, moving text from one row to another. */
export function differingRows(input: CutInput, chosen: CutResult, other: CutResult): Set<number> {
  const out = new Set<number>();
  chosen.rows.forEach((r, k) => {
    const o = other.rows[k]!;
    const lo = Math.min(r.from, o.from);
    const hi = Math.max(r.to, o.to);
    for (let i = lo; i <= hi; i++) {
      const inChosen = i >= r.from && i <= r.to;
      const inOther = i >= o.from && i <= o.to;
      if (inChosen !== inOther && input.occupied[i]!.some(Boolean)) out.add(k);
    }
  });
  return out;
}

/** Cost per row of a table's blocks under an alignment. */
export function costPerRow(blocks: readonly CutInput[], alignment: Alignment): number {
  let cost = 0;
  let rows = 0;
  for (const b of blocks) {
    if (!b.anchors.length) continue;
    cost += cutFor(b, alignment).cost;
    rows += b.anchors.length;
  }
  return rows ? cost / rows : 0;
}

/** The alignment that explains a table's blocks best, all blocks together (a tie goes to top). */
export function tableAlignment(blocks: readonly CutInput[]): Alignment {
  let top = 0;
  let centred = 0;
  let rows = 0;
  let topMisfits = 0;
  for (const b of blocks) {
    if (!b.anchors.length) continue;
    const t = cutFor(b, "top");
    top += t.cost;
    topMisfits += t.misfit.size;
    rows += b.anchors.length;
    centred += cutFor(b, "centred").cost;
  }
  // top-aligned cells start every row on its 序号 line: a table where many rows print text above it is not top-aligned
  if (topMisfits > MAX_TOP_MISFIT_SHARE * rows) return "centred";
  return centred < top ? "centred" : "top";
}

/** Above this share of rows with text above their 序号 line (under the best top-aligned cut), a table is not top-aligned. */
export const MAX_TOP_MISFIT_SHARE = 0.2;

/**
 * The task column's lines per row, where the table's tasks end their sentences (`taskEnds`): a row
 * cut so that its task stops mid-sentence and its neighbour's starts with the rest (a merged cell
 * or a centred task printed beside the next row's lines) gets its task's lines back, the other
 * columns staying as cut. A row whose task has no sentence end before its unfinished tail takes the
 * next row's task lines up to their first sentence end, when the next row keeps task lines that
 * end one; a row whose task ends a sentence before a tail that does not gives that tail to the next
 * row, when the next row's task ends one. Where both moves would do, the text cannot decide: no move.
 * Returns per row the indices of its task lines, and the rows whose task lines moved.
 */
export function taskLines(taskEnds: ReadonlyArray<boolean | null>, rows: ReadonlyArray<{ from: number; to: number }>): { lines: number[][]; moved: Set<number> } {
  const lines = rows.map((r) => range(r.from, r.to).filter((i) => taskEnds[i] !== null && taskEnds[i] !== undefined));
  const moved = new Set<number>();
  for (let k = 0; k + 1 < lines.length; k++) {
    const a = lines[k]!;
    const b = lines[k + 1]!;
    if (!a.length || !b.length || taskEnds[a.at(-1)!]) continue;
    // up: the next row's lines up to its first sentence end, the next row keeping lines that end one
    const firstEnd = b.findIndex((i) => taskEnds[i]);
    const up = firstEnd >= 0 && firstEnd + 1 < b.length && taskEnds[b.at(-1)!] === true;
    // down: this row's lines after its last sentence end, the next row's task ending one
    const lastEnd = a.findLastIndex((i) => taskEnds[i]);
    const down = lastEnd >= 0 && taskEnds[b.at(-1)!] === true;
    if (up === down) continue;
    if (up) lines[k] = [...a, ...b.slice(0, firstEnd + 1)];
    if (up) lines[k + 1] = b.slice(firstEnd + 1);
    else {
      lines[k] = a.slice(0, lastEnd + 1);
      lines[k + 1] = [...a.slice(lastEnd + 1), ...b];
    }
    moved.add(k);
    moved.add(k + 1);
  }
  return { lines, moved };
}
