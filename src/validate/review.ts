/**
 * Every record says whether it can be trusted: its `review` lists the
 * reasons to check it against the source — the doubts its layout recorded
 * while reading it, and every warning or error that names its row. A record
 * with an empty `review` rests on no guess fenjie knows of.
 */
import type { Diagnostic, ReviewReason, Task } from "../model/schema.js";
import { NUMERAL_APART } from "../table/lexicon.js";
import { maxOf } from "../arrays.js";
import { renumberedReason } from "../table/sections.js";

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
  return inheritDoubt(fromHeadings(numeralApartSections(restartedNumbering(reviewed, diagnostics))));
}

/** The fields a heading's bracket can give the rows below it, and the role each is written as. */
const HEADING_FIELDS = [
  ["leadUnits", "牵头单位"],
  ["units", "责任单位"],
  ["coUnits", "配合单位"],
  ["leaders", "责任领导"],
  ["supervisors", "分管领导"],
] as const;

/**
 * A row given a name its section heading prints in a bracket or after a colon (`一、稳住经济增长（分管副县长：某某）`):
 * fenjie gives it to every row under the heading, but whether the notice means each task or only the section is a
 * convention readers settle two ways, so the row says so (NAME_FROM_HEADING) — unless its layout already said it
 * (HEADING_PERSON). A name the heading merely mentions in its title (`一、县发展和改革局牵头事项`) is no such case.
 */
export function fromHeadings(tasks: readonly Task[]): Task[] {
  return tasks.map((t) => {
    if (!t.section.length || t.review.some((r) => r.code === "HEADING_PERSON" || r.code === "NAME_FROM_HEADING")) return t;
    const brackets = t.section.map((h) => h.replace(/\s+/gu, "")).flatMap((h) => [...h.matchAll(/[（(【\[][^）)】\]]*[）)】\]]|[：:].*$/gu)].map((m) => ({ heading: h, part: m[0] })));
    const given: string[] = [];
    let heading = "";
    for (const [field, role] of HEADING_FIELDS) {
      const names = t[field].filter((n) => {
        const hit = brackets.find((b) => b.part.includes(n.replace(/\s+/gu, "")));
        if (hit) heading = hit.heading;
        return hit !== undefined;
      });
      if (names.length) given.push(`${role}“${names.join("、")}”`);
    }
    if (!given.length) return t;
    const message = `${given.join("，")}印在所属标题“${heading}”中，已计入本项；若你的数据集只把它记在该部分的标题下、不计入各项，请删去。`;
    return { ...t, review: [...t.review, { code: "NAME_FROM_HEADING", message }] };
  });
}

/**
 * The rows of a table numbered per section (the 序号 back to 1 under each heading, `SEQ_RESTART_SECTION`): fenjie
 * numbers them on through the table, so the seq is made, not printed. Every row of such a table says so, with its
 * printed number (SEQ_RENUMBERED): a reader who keeps the printed numbers has them repeat, and a row quoted by its
 * printed number is found only with its heading. A table whose numbers run on through its headings has no such row.
 */
export function restartedNumbering(tasks: readonly Task[], diagnostics: readonly Diagnostic[]): Task[] {
  const starts = new Map<number, number[]>();
  for (const d of diagnostics) {
    if (d.code !== "SEQ_RESTART_SECTION" || d.seq === undefined) continue;
    const t = d.table ?? 0;
    (starts.get(t) ?? starts.set(t, []).get(t)!).push(d.seq);
  }
  if (!starts.size) return [...tasks];
  return tasks.map((t) => {
    const at = starts.get(t.table);
    if (!at || t.review.some((r) => r.code === "SEQ_RENUMBERED")) return t;
    const from = maxOf(at.filter((s) => s <= t.seq), 0);
    const printed = from ? t.seq - from + 1 : t.seq;
    return { ...t, review: [...t.review, renumberedReason(String(printed), t.seq)] };
  });
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
