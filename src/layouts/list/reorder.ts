/**
 * Lines of a list written in another order than task-then-labels, put back in that order before the
 * paragraphs are read:
 *
 * - the labels on the task's numbered line, the task on the next line under a task label
 *   (`1.牵头单位：X；配合单位：Y` / `工作任务：…`);
 * - a label bracket right after the number, before the task (`1.（牵头单位：X）新签约项目30个。`);
 * - one label line above every numbered task (`责任领导：X` / `1.…` / `牵头单位：…`).
 */
import type { SourceLine } from "../../model/intermediate.js";
import { mapHeader } from "../../table/headers.js";
import { toSimplified } from "../../text/script.js";
import { readNumbering, type Numbered } from "./numbering.js";
import { closingOf, parseLabelLine, scanLabels } from "./labels.js";
import { hasEntities, OPENERS } from "./responsibility.js";

/** A task label opening a line (`工作任务：`, `目标任务:`): the word names the task column. */
const TASK_LABEL = /^[\s\u3000]*(\p{Script=Han}{2,6})[\s\u3000]*[：:][\s\u3000]*/u;

/** The line's opening task label (the whole match), or null. */
function taskLabel(text: string): string | null {
  const m = TASK_LABEL.exec(text);
  return m && mapHeader(toSimplified(m[1]!)) === "task" && text.trim().length > m[0].trim().length ? m[0] : null;
}

/** The text is only labels that name someone (`牵头单位：X；配合单位：Y`). */
function onlyLabels(text: string): boolean {
  const hits = scanLabels(text);
  if (!hits.length || hits[0]!.start !== 0 || !hits.some((h) => h.field !== "other")) return false;
  const r = parseLabelLine(text);
  return r !== null && hasEntities(r);
}

/** A line numbered in a task style: arabic, in brackets, circled … (not a part or 一、 heading). */
function taskNumbered(text: string): Numbered | null {
  const n = readNumbering(text);
  return n && n.level >= 3 ? n : null;
}

/**
 * `1.牵头单位：X；配合单位：Y` over `工作任务：…`: the numbered line holds only labels, the line below opens with a task
 * label. Read as `1.…task…` over the label line. A numbered line of labels over another numbered task stays.
 */
export function labelsBeforeTask(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const n = taskNumbered(l.text);
    const next = lines[i + 1];
    const label = next ? taskLabel(next.text) : null;
    if (n && next && label && onlyLabels(n.rest.trim())) {
      const marker = l.text.slice(0, l.text.length - n.rest.length);
      out.push({ ...l, text: `${marker}${next.text.slice(label.length)}` }, { ...next, text: n.rest.trim() });
      i++;
      continue;
    }
    out.push(l);
  }
  return out;
}

/** Fewest characters of task text after a leading label bracket for the bracket to be moved after it. */
const MIN_TASK_AFTER_BRACKET = 4;

/**
 * `1.（牵头单位：X；配合单位：Y）新签约…。`: a bracket of labels right after the number, before the task, is read
 * after the task (`1.新签约…。（牵头单位：X；配合单位：Y）`). A leading bracket without labels (`1.（含续建项目）…`)
 * or with no task after it stays.
 */
export function bracketBeforeTask(lines: readonly SourceLine[]): SourceLine[] {
  return lines.map((l) => {
    const n = taskNumbered(l.text);
    if (!n) return l;
    const rest = n.rest.replace(/^[\s\u3000]+/, "");
    if (!OPENERS.includes(rest[0] ?? "")) return l;
    const close = closingOf(rest);
    if (close < 0) return l;
    const inner = rest.slice(1, close).trim();
    const after = rest.slice(close + 1).trim();
    if ([...after.replace(/[\s\p{P}]/gu, "")].length < MIN_TASK_AFTER_BRACKET || !onlyLabels(inner)) return l;
    const marker = l.text.slice(0, l.text.length - n.rest.length);
    return { ...l, text: `${marker}${after}${rest.slice(0, close + 1)}` };
  });
}

/** Fewest tasks that must each have the label line above them. */
const MIN_LABEL_ABOVE = 2;

/** The first label word of a line that is only labels naming someone, or null. */
function labelWordOf(text: string): string | null {
  if (taskNumbered(text)) return null;
  const t = text.trim();
  return onlyLabels(t) ? scanLabels(t)[0]!.text : null;
}

/** Longest unnumbered line read as a heading or title above a label line. */
const MAX_HEADING_CHARS = 40;

/** A heading or title line: no sentence end, short, not numbered as a task. */
function headingLike(text: string): boolean {
  const t = text.trim();
  if (taskNumbered(t) || /[。；;！!？?]$/.test(t)) return false;
  return readNumbering(t) !== null || [...t].length <= MAX_HEADING_CHARS;
}

/**
 * One label line above every numbered task (`责任领导：周海林` / `1.推进…。` / `牵头单位：…`): the line belongs to the
 * task below it, and is read after that task's text. Only when the first such line stands right under a heading
 * or title (before the first task, so it cannot close a task above), every task of that numbering (but a last one
 * cut) has a line with the same label word right above it, and no task holds that label among its own lines.
 * A list whose tasks each end with one label line (`1.…` / `牵头单位：X` / `2.…`) has a task above its first label.
 */
export function labelLineAbove(lines: readonly SourceLine[]): SourceLine[] {
  const idx = lines.map((l, i) => i).filter((i) => lines[i]!.text.trim());
  const pos = idx.findIndex((i) => labelWordOf(lines[i]!.text) !== null);
  if (pos <= 0 || pos + 1 >= idx.length) return [...lines];
  const word = labelWordOf(lines[idx[pos]!]!.text)!;
  const first = taskNumbered(lines[idx[pos + 1]!]!.text);
  if (!first || !headingLike(lines[idx[pos - 1]!]!.text)) return [...lines];
  const tasks = idx.slice(pos + 1).filter((i) => taskNumbered(lines[i]!.text)?.style === first.style);
  let above = 0;
  for (const t of tasks) {
    const k = idx.indexOf(t);
    if (labelWordOf(lines[idx[k - 1]!]!.text) === word) above++;
  }
  if (above < MIN_LABEL_ABOVE || above < tasks.length - 1) return [...lines];
  // the label's lines, each one right above a task; none elsewhere
  const moving = new Set(tasks.map((t) => idx[idx.indexOf(t) - 1]!).filter((i) => labelWordOf(lines[i]!.text) === word));
  if (idx.some((i) => i > idx[pos]! && labelWordOf(lines[i]!.text) === word && !moving.has(i))) return [...lines];
  const out: SourceLine[] = [];
  let held: SourceLine | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (moving.has(i)) {
      if (held) out.push(held);
      held = l;
      continue;
    }
    out.push(l);
    if (held && taskNumbered(l.text)) {
      // the task's own text: its numbered line and the plain lines after it, up to its first label or the next item
      let j = i + 1;
      while (j < lines.length && lines[j]!.text.trim() && !readNumbering(lines[j]!.text) && !labelWordOf(lines[j]!.text) && !scanLabels(lines[j]!.text.trim()).some((h) => h.start === 0)) {
        out.push(lines[j]!);
        j++;
      }
      out.push(held);
      held = null;
      i = j - 1;
    }
  }
  if (held) out.push(held);
  return out;
}

/** The lines in task-then-labels order. */
export function reorderLines(lines: readonly SourceLine[]): SourceLine[] {
  return labelLineAbove(bracketBeforeTask(labelsBeforeTask(lines)));
}
