/**
 * Which rows of position-kept text (`pdftotext -layout`) the text itself vouches for.
 *
 * Table rows do not overlap on the page: whatever is printed level with a row's task text belongs
 * to that row, whatever the cells' vertical alignment. Where the table's tasks end their sentences,
 * a task's lines are known (from the line after the previous task's sentence end to its own), and a
 * row is vouched for when every one of its responsibility lines lies level with its own task, nothing
 * level with its task went to another row, and the lines just above and below its task hold either
 * no responsibility text or a neighbour's task (so no cell of the row reaches beyond its task into
 * a neighbour's). A merged cell breaks the rule (one cell spans several rows' tasks): a row leaving
 * blank a responsibility column its neighbour fills may share the neighbour's cell and is not vouched
 * for (a column the row fills and its neighbour does not is the row's own either way). A row with no
 * responsibility text at all is vouched for below a vouched row when nothing lies level with no task
 * around it; task lines parted by more than a cell's gap are text out of order and vouch for nothing.
 */

export interface VouchInput {
  /** per line of the block, per column: does the column hold text on that line */
  occupied: ReadonlyArray<readonly boolean[]>;
  /** per column: is it a responsibility column (units or people) */
  responsibility: readonly boolean[];
  /** per line: the task column's text ends a sentence (true), does not (false), holds no task text (null) */
  taskEnds: ReadonlyArray<boolean | null>;
  /** per row (by anchor index): its line range [from, to] as cut */
  rows: ReadonlyArray<{ from: number; to: number }>;
  /** per line, per column: the responsibility text holds what no name of its column holds (see `isForeignText`) */
  foreign?: ReadonlyArray<readonly boolean[]>;
  /** per row: the lines of its task text (in order), where they were moved from the cut */
  taskLines?: ReadonlyArray<readonly number[]>;
}

/** The rows (by anchor index) whose every line the task text vouches for (see the module note). */
export function vouchedRows(input: VouchInput): Set<number> {
  const out = new Set<number>();
  vouchFailures(input).forEach((f, k) => f === null && out.add(k));
  return out;
}

/** Why the text does not vouch for each row (null: it does): the first rule of the module note the row breaks. */
export function vouchFailures(input: VouchInput): Array<VouchFailure | null> {
  const { occupied, responsibility, taskEnds, rows } = input;
  const hasTask = (i: number) => taskEnds[i] !== null && taskEnds[i] !== undefined;
  const hasResp = (i: number) => (occupied[i] ?? []).some((o, c) => o && responsibility[c]);
  const filled = rows.map((r) => responsibility.map((isResp, c) => isResp && range(r.from, r.to).some((i) => occupied[i]![c])));
  // per row, the lines from its task's first to its last
  const spans = rows.map((r, k): [number, number] | null => {
    const task = input.taskLines?.[k] ?? range(r.from, r.to).filter(hasTask);
    return task.length ? [task[0]!, task.at(-1)!] : null;
  });
  const base = rows.map((r, k) => failure(k, r));
  // a row with no responsibility text of its own shares a merged cell (placed by the merged-cell rules,
  // which flag their own doubts): its extent is vouched for when the row above is (that row's cells
  // end with its task, or it too has none) and no responsibility text lies level with no task between
  // its neighbours' tasks (a cell printed out of order, or one the row owns)
  for (let k = 1; k < rows.length; k++) {
    if (base[k] !== "noresp" || base[k - 1] !== null) continue;
    const lo = spans[k - 1]![1] + 1;
    const hi = k + 1 < rows.length && spans[k + 1] ? spans[k + 1]![0] - 1 : rows[k]!.to;
    if (!range(lo, hi).some((i) => !hasTask(i) && hasResp(i))) base[k] = null;
  }
  return base;
  function failure(k: number, r: { from: number; to: number }): VouchFailure | null {
    const task = input.taskLines?.[k] ?? range(r.from, r.to).filter(hasTask);
    if (!task.length) return "notask";
    const t0 = task[0]!;
    const t1 = task.at(-1)!;
    // the task ends its sentence on its last line, and only there
    if (task.some((i, j) => (taskEnds[i] === true) !== (j === task.length - 1))) return "sentence";
    // the task's lines one run: lines of other columns only, more than a cell's gap, between two of
    // its lines are printed out of order (a browser's PDF whose text runs are not in reading order)
    if (task.some((i, j) => j > 0 && i - task[j - 1]! > MAX_CELL_GAP + 1)) return "taskruns";
    // the task starts after the previous task's sentence end (or after no task text)
    if (t0 > 0 && hasTask(t0 - 1) && taskEnds[t0 - 1] !== true) return "prevtask";
    // everything level with the task is the row's
    if (t0 < r.from || t1 > r.to) return "moved";
    if (!range(r.from, r.to).some(hasResp)) return "noresp";
    // a responsibility cell holding what no name holds (a date of a deadline column printed one space off)
    if (input.foreign && range(r.from, r.to).some((i) => input.foreign![i]!.some(Boolean))) return "foreign";
    for (let c = 0; c < responsibility.length; c++) {
      if (!responsibility[c]) continue;
      const lines = range(r.from, r.to).filter((i) => occupied[i]![c]);
      if (!lines.length) continue;
      const a = lines[0]!;
      const b = lines.at(-1)!;
      // one cell: its lines one run (a line between them where a neighbouring column's line is printed half a line off)
      if (lines.some((i, j) => j > 0 && i - lines[j - 1]! > MAX_CELL_GAP + 1)) return "runs";
      // nothing level with a neighbour's task
      if (spans.some((sp, j) => j !== k && sp && a <= sp[1] && b >= sp[0])) return "overlap";
      const inside = a >= t0 && b <= t1;
      // beyond the task's lines: the cell starts with the task (top) or is centred on it
      if (!inside && a !== t0 && (a + b - t0 - t1 < 0 || a + b - t0 - t1 > CENTRE_SLACK)) return "offcentre";
      // the cell ends where its text does: the column is blank beyond it (over more than a cell's gap),
      // or the next line is level with a neighbour's task (rows do not overlap: it is the neighbour's)
      const ends = (i: number, step: number): boolean => {
        for (let d = 0; d <= MAX_CELL_GAP; d++) {
          const at = i + step * d;
          if (at < 0 || at >= occupied.length || spans.some((sp, j) => j !== k && sp && at >= sp[0] && at <= sp[1])) return true;
          if (occupied[at]![c]) return false;
        }
        return true;
      };
      if (!ends(a - 1, -1)) return "touchabove";
      if (!ends(b + 1, 1)) return "touchbelow";
    }
    // a merged cell: a neighbour fills a responsibility column the row leaves blank (the row may share
    // the neighbour's cell). A column the row fills and its neighbour does not is the row's own either
    // way: a cell the two share is printed level with the row's task only when it is the row's too.
    for (const j of [k - 1, k + 1]) if (j >= 0 && j < rows.length && filled[j]!.some((f, c) => f && !filled[k]![c])) return "merged";
    return null;
  }
}

/** Blank lines a cell's lines may have between them (lines of the next column printed half a line off). */
const MAX_CELL_GAP = 1;

/**
 * How far (in half lines) a cell's centre may lie below its task's: a centred cell's lines are
 * rounded to whole lines, text half a line off printed on the line above (see `centreCost`). Above
 * the task's centre, a cell is not centred on it.
 */
const CENTRE_SLACK = 1;

export type VouchFailure = "notask" | "sentence" | "taskruns" | "prevtask" | "moved" | "noresp" | "foreign" | "runs" | "offcentre" | "overlap" | "touchabove" | "touchbelow" | "merged";

/** A date (`2022年6月`, `6月底`) or, in a people column, any digit: no unit or person name holds one. */
export function isForeignText(text: string, people: boolean): boolean {
  const t = text.normalize("NFKC");
  return /[0-9]+\s*[年月日]/.test(t) || (people && /[0-9]/.test(t));
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}
