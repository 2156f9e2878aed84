/**
 * A table with no 序号 column numbers its rows inside the task cell, the number glued to the task's words
 * (`12．新增高新技术企业…`). What every reader of such a table shares: the glued number itself, and the test that the
 * numbers found make the table's rows — they run on one after another (sub-points `1．…2．…` restarting inside each
 * cell do not). Read from a text dump in stream order (`flat/numberincell.ts`), by columns (`aligned/gluedseq.ts`) or
 * scrambled (`flat/scrambled.ts`).
 */

/** The mark after the number and what must follow it: Han script or an opening quote (`1.5 亿元`, `2023.3` are none). */
const GLUED_MARK = String.raw`[.、．](?=[\p{Script=Han}“"《])`;
/** A number glued to the words after it, anywhere in a line (group 1: the number), or in brackets before them (group 2: `（1）`). */
export const GLUED_NUMBER_IN_LINE = new RegExp(String.raw`(\d{1,3})${GLUED_MARK}|[（(](\d{1,3})[）)](?=[\p{Script=Han}“"《])`, "gu");
/** A line that opens with a glued number (group 1: the number, group 2: the words). */
const GLUED_NUMBER_LINE = new RegExp(String.raw`^(\d{1,3})${GLUED_MARK}(.+)$`, "u");

/** the fewest numbered task lines that make such a table */
export const MIN_GLUED_ROWS = 3;
/** the share of the glued numbers found that must run on one after another */
export const MIN_GLUED_RUN_SHARE = 0.8;

/** A line that opens with a number in brackets before its words (`（1）全年固定资产投资…`; not `（2024）`, 4 digits). */
const BRACKET_NUMBER_LINE = /^[（(](\d{1,3})[）)](?=[\p{Script=Han}“"《])(.+)$/u;

/** The number a (trimmed) line opens with, glued to its words (`1.`, `（1）`), and the words after it; null when it opens otherwise. */
export function gluedNumber(text: string): { seq: number; rest: string } | null {
  const m = GLUED_NUMBER_LINE.exec(text.trim()) ?? BRACKET_NUMBER_LINE.exec(text.trim());
  return m ? { seq: Number(m[1]), rest: m[2]!.trim() } : null;
}

/**
 * The numbers found as runs numbered per section: each run 1, 2, 3 … in line order, every run after the first
 * starting at 1 with a heading line (`isHeading`, a 类别 cell's first line) from the first row of the run before on
 * (above the restart or on its line, or, the 类别 cell centred on its rows, amid the run before), each heading line
 * answering one restart. Null when they are not such runs
 * (a number out of its run, a restart with no heading since the run before began, fewer than two runs of two).
 */
export function sectionRuns<T extends { i: number; seq: number }>(found: readonly T[], isHeading: (i: number) => boolean): T[][] | null {
  const runs: T[][] = [];
  // each heading line answers one restart (the last one used)
  let used = -1;
  for (const f of found) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (last && f.seq === last.seq + 1) {
      run!.push(f);
      continue;
    }
    if (f.seq !== 1) return null;
    if (run) {
      // (the heading may share the restart's line, `三、推进乡   （1）粮食播种…`, or the first line of the run before)
      let h = Math.max(run[0]!.i, used + 1);
      while (h <= f.i && !isHeading(h)) h++;
      if (h > f.i) return null;
      used = h;
    }
    runs.push([f]);
  }
  return runs.length >= 2 && runs.filter((r) => r.length >= 2).length >= 2 ? runs : null;
}

/** The longest chain of numbers, in line order, each one more than the last. */
export function longestChain<T extends { seq: number }>(found: readonly T[]): T[] {
  const best = new Map<number, T[]>(); // next number expected → chain so far
  let longest: T[] = [];
  for (const f of found) {
    const chain = [...(best.get(f.seq) ?? []), f];
    if ((best.get(f.seq + 1)?.length ?? 0) < chain.length) best.set(f.seq + 1, chain);
    if (chain.length > longest.length) longest = chain;
  }
  return longest;
}

/** Do the numbers found make the table's rows: enough of them, nearly all in one chain? */
export const gluedRowsRun = (chain: readonly unknown[], found: readonly unknown[]): boolean => chain.length >= MIN_GLUED_ROWS && chain.length >= found.length * MIN_GLUED_RUN_SHARE;
