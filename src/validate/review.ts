/**
 * Every record says whether it can be trusted: its `review` lists the
 * reasons to check it against the source — the doubts its layout recorded
 * while reading it, and every warning or error that names its row. A record
 * with an empty `review` rests on no guess fenjie knows of.
 */
import type { Diagnostic, ReviewReason, Task } from "../model/schema.js";
import { NUMERAL_APART } from "../table/lexicon.js";

/** Diagnostic levels that put a row under review (info notes say what was done, not that it is in doubt). */
const DOUBT_LEVELS: ReadonlySet<Diagnostic["level"]> = new Set(["warning", "error"]);

/** The tasks with the row-level warnings and errors added to their review reasons (each reason once). */
export function attachReview(tasks: readonly Task[], diagnostics: readonly Diagnostic[]): Task[] {
  const bySeq = new Map<string, ReviewReason[]>();
  const key = (table: number | undefined, seq: number) => `${table ?? "*"}:${seq}`;
  for (const d of diagnostics) {
    if (d.seq === undefined || !DOUBT_LEVELS.has(d.level)) continue;
    const k = key(d.table, d.seq);
    (bySeq.get(k) ?? bySeq.set(k, []).get(k)!).push({ code: d.code, message: d.message });
  }
  const reviewed = !bySeq.size
    ? [...tasks]
    : tasks.map((t) => {
        const extra = [...(bySeq.get(key(t.table, t.seq)) ?? []), ...(bySeq.get(key(undefined, t.seq)) ?? [])];
        if (!extra.length) return t;
        const review = [...t.review];
        for (const r of extra) if (!review.some((x) => x.code === r.code && x.message === r.message)) review.push(r);
        return { ...t, review };
      });
  return inheritDoubt(numeralApartSections(reviewed));
}


/**
 * A row under a section heading whose numeral the table prints in its 序号 column and its title in the next
 * (`一 | 主要预期目标`): the heading is written as printed, `一 主要预期目标`, but the page never prints it as one
 * text, and a reader may write it `一、主要预期目标` or the title alone. The form rests on a convention, so the row
 * says so (SECTION_NUMERAL_APART). A heading printed whole (`一、…`, `（一）…`) is no such guess.
 */
export function numeralApartSections(tasks: readonly Task[]): Task[] {
  return tasks.map((t) => {
    const h = t.section.find((x) => NUMERAL_APART.test(x));
    if (h === undefined || t.review.some((r) => r.code === "SECTION_NUMERAL_APART")) return t;
    const [numeral, ...title] = h.trim().split(/[ \t\u3000]+/u);
    const message = `本项所属章节的编号“${numeral}”印在序号栏、标题印在下一栏，已照原样记为“${h.trim()}”；若你的数据集另有写法（“${numeral}、${title.join("")}”或只记标题），请统一。`;
    return { ...t, review: [...t.review, { code: "SECTION_NUMERAL_APART", message }] };
  });
}

/** Doubts about a row's task text or heading, which a row merged with it does not share. */
const TEXT_DOUBT = /TASK|SECTION|HEADING|TEXT_CUT|NUMBER|SEQ/;

/**
 * A row whose responsibility cells are the row above's (merged cells filled down, `inherited`) shares
 * that row's doubts about them: when the row above is under review for its names, so is this one
 * (INHERITED_DOUBT) when it has no doubt of its own, else a guess copied down would pass unflagged. Doubts about the task text
 * alone (TEXT_DOUBT) are the row's own and are not passed on.
 */
export function inheritDoubt(tasks: readonly Task[]): Task[] {
  const out: Task[] = [];
  const last = new Map<number, Task>();
  for (const t of tasks) {
    const above = last.get(t.table);
    const doubts = above?.review.filter((r) => !TEXT_DOUBT.test(r.code)) ?? [];
    let row = t;
    // a row already under review says so once: the doubt is passed to rows that have none of their own
    if (t.inherited.length && doubts.length && !t.review.length) {
      const message = `第 ${t.seq} 项的责任栏沿用上一项（第 ${above!.seq} 项，合并单元格），而上一项需要复核（${[...new Set(doubts.map((r) => r.code))].join("、")}）：请一并核对。`;
      row = { ...t, review: [...t.review, { code: "INHERITED_DOUBT", message }] };
    }
    out.push(row);
    last.set(t.table, row);
  }
  return out;
}
