/**
 * A 序号 column printed as a block *after* the rows it numbers (`pdftotext`
 * default mode, reading order: a LibreOffice page's 序号 and 项目 columns come
 * out below its tasks, `6` `7` `8` `9` `（三）持续优` `化创新` …). The numbers of
 * the block open rows that hold nothing, and the row just before the block
 * holds its own task and every task the block numbers.
 *
 * When that row holds exactly as many task starts (a task line after one that
 * ended its sentence) as the block has numbers, it is cut there: its first part
 * stays, the next parts go to the block's numbers in order (the last number's
 * own lines — the 项目 pieces printed beside it and what follows on the next
 * page — after its part). Where the counts disagree nothing is cut. Every row
 * numbered this way says so.
 */
import type { Diagnostic } from "../../model/schema.js";
import { isTaskLine } from "./tasklines.js";
import { cutTasks } from "./numberblock.js";
import type { RowBlock, Segmentation } from "./segment.js";
import { FLAT_DEFAULTS, type FlatSettings } from "./settings.js";

/** a block of at most this many numbers is given the tasks before it */
const MAX_TRAILING_NUMBERS = 30;

export interface TrailingRows {
  segmentation: Segmentation;
  /** the rows given a part of the tasks before their number, with the line their part starts on */
  numbered: Array<{ seq: number; line: number; holder: number }>;
}

/** A row with no task line of its own. */
function holdsNoTask(row: RowBlock, s: FlatSettings): boolean {
  return !row.lines.some((l) => isTaskLine(l.text, s));
}

/** A row that printed nothing but its number (the block's numbers before its last one). */
function isBareNumber(row: RowBlock, s: FlatSettings): boolean {
  return row.lines.length === 0;
}

export function zipTrailingNumbers(seg: Segmentation, s: FlatSettings = FLAT_DEFAULTS): TrailingRows {
  const rows: RowBlock[] = [];
  const numbered: TrailingRows["numbered"] = [];
  let i = 0;
  while (i < seg.rows.length) {
    const holder = seg.rows[i]!;
    // the block: consecutive numbers right after the holder, all bare but the last, which holds no task
    let j = i + 1;
    while (j < seg.rows.length && seg.rows[j]!.seq === seg.rows[j - 1]!.seq + 1 && isBareNumber(seg.rows[j]!, s)) j++;
    // the block's last number may print the 项目 pieces beside it, then the next rows' text
    const last = seg.rows[j];
    const lastFits = last !== undefined && last.seq === seg.rows[j - 1]!.seq + 1 && !isTaskLine(last.lines[0]?.text ?? "", s);
    let k = 0;
    let parts: ReturnType<typeof cutTasks> = null;
    if (!holdsNoTask(holder, s)) {
      for (const end of lastFits ? [j, j - 1] : [j - 1]) {
        if (end - i < 1 || end - i > MAX_TRAILING_NUMBERS) continue;
        parts = cutTasks(holder.lines, end - i + 1, s);
        if (parts) {
          k = end - i;
          break;
        }
      }
    }
    if (!parts) {
      rows.push(holder);
      i++;
      continue;
    }
    rows.push({ ...holder, lines: parts[0]!, blankAfter: false });
    for (let n = 1; n <= k; n++) {
      const row = seg.rows[i + n]!;
      const lines = [...parts[n]!, ...row.lines];
      rows.push({ ...row, lines: lines.map((l, m) => (m === 0 ? { ...l, blankBefore: false } : l)) });
      numbered.push({ seq: row.seq, line: parts[n]![0]?.line ?? row.line, holder: holder.seq });
    }
    i += k + 1;
  }
  return { segmentation: { ...seg, rows }, numbered };
}

/** One warning per row whose task was printed before its number (the 序号 column as a block after the tasks). */
export function trailingRowDiagnostics(numbered: TrailingRows["numbered"], table: number): Diagnostic[] {
  return numbered.map((z) => ({
    level: "warning" as const,
    code: "FLAT_SEQ_AFTER",
    message: `第 ${z.seq} 项：本页序号被整块印在任务之后（按阅读顺序导出），本项任务（第 ${z.line} 行起）印在第 ${z.holder} 项之内，已按任务的先后逐一对应；单位和人员按印出先后归入各项。请核对序号与任务、名单是否对应。`,
    table,
    seq: z.seq,
    line: z.line,
  }));
}
