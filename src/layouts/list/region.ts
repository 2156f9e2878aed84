/**
 * List layout, step 2: which paragraphs form the list (from its title, or the
 * headings just above the first task, to the last task) and which of them are
 * headings.
 */
import { toSimplified } from "../../text/script.js";
import { closesBeforeOpening, isLabelled, plain, TERMINAL, wasBold, type Block } from "./blocks.js";
import { ATTACHMENT_MARK, LIST_SETTINGS, LIST_TITLE, NEWS_FURNITURE, NOTICE_TITLE, QUANTITY } from "./data.js";

export interface Region {
  start: number;
  end: number;
  title: string | null;
}

/** News-page furniture (timestamp, byline, source pointer, a line of dots): never a heading, title or task. */
export function isFurniture(text: string): boolean {
  const t = text.trim();
  return NEWS_FURNITURE.some((p) => p.test(t)) || (t.match(/\p{Script=Han}/gu)?.length ?? 0) < MIN_HEADING_HAN;
}

/** two characters ending like an organisation (`设局`, `委会`, `理局`): the end of a name cut by a line, no heading */
const CUT_NAME_END = /^\p{Script=Han}[局委办院所站会处厅室]$/u;

/** A heading names something: at least this many Han characters (a timestamp or `……` does not). */
const MIN_HEADING_HAN = 2;

/** A colon inside a line with a list after it (`X：甲、乙`, `X：甲，乙`). */
const LISTS_AFTER_COLON = /[：:][^：:]*\p{Script=Han}[、，,]\s*\p{Script=Han}/u;

/** a 、 inside a bracket opened before it and not yet closed: names listed in brackets, not a heading's `（一）` */
const LIST_IN_BRACKET = /[（(][^（()）]{3,}、/u;

export function isHeadingText(b: Block): boolean {
  const t = plain(b.lines.map((l) => l.text).join(""));
  if (!t || ATTACHMENT_MARK.test(t) || isFurniture(t)) return false;
  // the notice's own title (`关于印发…的通知`) heads the document, not a section of its tasks
  if (NOTICE_TITLE.test(toSimplified(t))) return false;
  // a colon followed by a list (`责任单位**：甲、乙`, an unread label line) gives names, not a section's title
  if (LISTS_AFTER_COLON.test(t)) return false;
  // the end of a bracket wrapped from a line above (`区人民政府配合）`) closes what it never opened: no title
  if (closesBeforeOpening(t)) return false;
  // nor a bracket listing names (`（市教育局牵头，市发展改革委、…`): a task's responsibilities on a line of their own
  if (LIST_IN_BRACKET.test(t)) return false;
  // a name's cut end printed alone (`设局` of `县住房和城乡建` | `设局`, poppler's order at a page's top): no title
  if (CUT_NAME_END.test(t)) return false;
  if (wasBold(b.lines[0]!.text)) return t.length <= LIST_SETTINGS.maxHeadingChars * 2;
  // a short line stating a figure is a target (a news lead repeats them bare), not a heading
  return t.length <= LIST_SETTINGS.maxHeadingChars && !TERMINAL.test(t) && !/[。；;]/.test(t) && !QUANTITY.test(t);
}

export function isTitle(b: Block): boolean {
  const t = plain(b.lines.map((l) => l.text).join(""));
  if (isFurniture(t)) return false;
  // a title is a name, not a sentence: no clause punctuation, no closing colon
  // nor the notice's own title (…关于…的通知/意见), which stands above the cover letter
  return b.kind === "text" && t.length <= LIST_SETTINGS.maxTitleChars && LIST_TITLE.test(toSimplified(t)) && !/^附件[：:]/.test(t) && !/[，,。；;：:]/.test(t) && !NOTICE_TITLE.test(toSimplified(t));
}

/** A numbered paragraph of a heading style that reads as a heading (short, not sentences). */
export function isHeadingItem(b: Block): boolean {
  const t = plain(b.task).replace(/[。；;]$/, "");
  return t.length <= LIST_SETTINGS.maxHeadingChars * 2 && !/[。；;！？]/.test(t);
}

export function headingText(b: Block): string {
  return plain(b.lines.map((l) => l.text).join(" ")).replace(/[：:]$/, "");
}

/** The blocks that form the list: from the title (or the headings just above the first task) to the last task. */
export function findRegion(blocks: readonly Block[], taskStyles: ReadonlySet<string>): Region | null {
  const first = blocks.findIndex(isLabelled);
  if (first < 0) return null;
  let last = blocks.length - 1;
  while (last > first && !isLabelled(blocks[last]!)) last--;
  for (;;) {
    while (last + 1 < blocks.length && blocks[last + 1]!.kind === "item" && taskStyles.has(blocks[last + 1]!.numbered!.style)) last++;
    const next = numberGoesOnPastText(blocks, last, taskStyles);
    if (next < 0) break;
    last = next;
  }
  last = cutUnderHeading(blocks, last, taskStyles);
  for (let i = first - 1; i >= 0; i--) {
    if (isTitle(blocks[i]!)) return { start: i + 1, end: last, title: headingText(blocks[i]!) };
  }
  let start = first;
  const numberedHeading = (b: Block) => b.kind === "item" && !taskStyles.has(b.numbered!.style) && plain(b.task).length <= LIST_SETTINGS.maxHeadingChars && isHeadingItem(b);
  while (start > 0) {
    const b = blocks[start - 1]!;
    const heading = numberedHeading(b) || (b.kind === "text" && isHeadingText(b) && !ATTACHMENT_MARK.test(plain(b.lines[0]!.text)));
    // a paragraph introducing the first task under a numbered heading (`（一）稳住经济大盘` | `…重点抓好以下工作：` | `一是…`)
    const intro = start === first && start > 1 && b.kind === "text" && !isTitle(b) && !isFurniture(plain(b.lines[0]!.text)) && numberedHeading(blocks[start - 2]!);
    if (!heading && !intro) break;
    start--;
  }
  return { start, end: last, title: null };
}

/** A paragraph of text ending with a colon (`…重点抓好以下工作：`): it introduces what follows, no heading or task. */
export function introducesTasks(b: Block): boolean {
  return b.kind === "text" && /[：:]$/.test(plain(b.lines.at(-1)!.text).trim());
}

/**
 * Headings and then one task without responsibility that ends the text, after the last task with
 * it (`二、推进城市更新` / `1.完成老旧小区改造40个，` and the text ends): an excerpt cut in the first task
 * under a heading. They are part of the list (the cut task is output and flagged as such), where
 * prose after the list is not: `三、工作要求` with several points, or text of another kind after it.
 */
/**
 * The item after a few paragraphs of plain text below the list's last task that goes on its numbering
 * (`17.…` | `长10%以上。` | `底前` | `18.完成病险水库…`: a table's cells read as paragraphs, the last row without a label
 * of its own; or the next section's first task under an unnumbered heading): the list's, not the end's. Its index, -1
 * when none: the text between is no title, and the number is the last task's plus one, in its style (a cover's closing
 * points `1.` `2.` start again).
 */
function numberGoesOnPastText(blocks: readonly Block[], last: number, taskStyles: ReadonlySet<string>): number {
  const lastTask = blocks[last]!;
  if (lastTask.kind !== "item" || !taskStyles.has(lastTask.numbered!.style)) return -1;
  let i = last + 1;
  while (i < blocks.length && i - last <= MAX_TEXT_BEFORE_NEXT_ITEM && blocks[i]!.kind === "text" && !isTitle(blocks[i]!)) i++;
  const b = blocks[i];
  if (i === last + 1 || !b || b.kind !== "item" || b.numbered!.style !== lastTask.numbered!.style) return -1;
  return b.numbered!.number === lastTask.numbered!.number + 1 ? i : -1;
}

/** paragraphs of plain text (the cells of the last row) that may stand between the list's last task and its next number */
const MAX_TEXT_BEFORE_NEXT_ITEM = 6;

function cutUnderHeading(blocks: readonly Block[], last: number, taskStyles: ReadonlySet<string>): number {
  let i = last + 1;
  const isHeading = (b: Block) => (b.kind === "item" && !taskStyles.has(b.numbered!.style) && isHeadingItem(b)) || (b.kind === "text" && isHeadingText(b));
  while (i < blocks.length && isHeading(blocks[i]!)) i++;
  if (i === last + 1 || i >= blocks.length) return last;
  // one task: an excerpt is cut in one; several points after a heading are the cover's own (工作要求 1. 2.)
  const b = blocks[i]!;
  return i === blocks.length - 1 && b.kind === "item" && taskStyles.has(b.numbered!.style) ? i : last;
}

/**
 * A list with a second title inside it (附件1 …指标分解 / 附件2 …任务分解) is two
 * tables: split the region's paragraphs at every title that follows a task.
 */
export function splitAtTitles(blocks: readonly Block[], taskStyles: ReadonlySet<string>, firstTitle: string | null, earlier: readonly Block[] = []): Array<{ blocks: Block[]; title: string | null }> {
  const parts: Array<{ blocks: Block[]; title: string | null }> = [{ blocks: [], title: firstTitle }];
  const isTask = (x: Block) => x.kind === "item" && taskStyles.has(x.numbered!.style);
  // the titles printed so far, above the list too (`附件` | the attachment's title, before the first task)
  const seen = new Set([plainTitle(firstTitle), ...earlier.filter(isTitle).map((b) => plainTitle(headingText(b)))]);
  for (const [i, b] of blocks.entries()) {
    const current = parts[parts.length - 1]!;
    const hasTask = current.blocks.some(isTask);
    if (hasTask && isTitle(b)) {
      if (runningTitle(b, seen, current.blocks.filter(isTask).at(-1), blocks.slice(i + 1).find(isTask))) continue;
      parts.push({ blocks: [b], title: headingText(b) });
      continue;
    }
    if (isTitle(b)) seen.add(plainTitle(headingText(b)));
    current.blocks.push(b);
  }
  return parts;
}

const plainTitle = (t: string | null) => (t ?? "").replace(/\s+/gu, "");

/**
 * A title printed again at the top of each page (a running head that repeats the attachment's title, printed above
 * the list before) amid a list whose numbers go on after it: page furniture, not a second table. A second title not
 * printed before, or after which the numbers start again, opens a table.
 */
function runningTitle(b: Block, seen: ReadonlySet<string>, last: Block | undefined, next: Block | undefined): boolean {
  const text = plainTitle(headingText(b));
  if (!text || !seen.has(text)) return false;
  return next !== undefined && last !== undefined && next.numbered!.number === last.numbered!.number + 1;
}

