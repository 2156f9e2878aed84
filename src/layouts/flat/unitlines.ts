/**
 * A line of unit names printed between two lines of one task (poppler's default order on a
 * Chromium-made table: the unit cells sit at the height of the task's middle line, and the
 * page's text lines are cut there):
 *
 *   1 周文斌 培育国家级专精特新“小巨人”企业3家，省级
 *   区工信局 区科技局                 ← the row's unit cells
 *   专精特新企业20家。                 ← the task goes on
 *
 * The unit line is moved after the task's last line, so that the task is read whole and the
 * names with the row's other cells. Moved only when every token of the line is a whole unit
 * name, the line before it is task text that does not end a sentence, and the lines after it,
 * up to and including one that ends the sentence, are task text (prose, no line of names).
 * A line of names after a task line that ends its sentence is left where it is, and so is a
 * line that holds a person, a broken name, or a list mark outside brackets (a task's own
 * enumeration, `各阶段、各层次、各方面的教育`). A task with no full stop ends with its paragraph
 * (`paragraphEnd`).
 */
import { endsSentence, entityTokens, isEntityLine, isProse, norm, tokenKind } from "./fragments.js";
import type { RowBlock, FlatLine } from "./segment.js";
import { FLAT_DEFAULTS, type FlatSettings } from "./settings.js";
import { opensWithRoleLabel } from "../list/labels.js";

/** a task goes on over at most this many lines after a unit line printed amid it */
const MAX_TASK_RUN = 4;

/** a list mark outside brackets: a task's enumeration (`各阶段、各层次、各方面的教育`), never one unit's name */
const LIST_MARK = /、(?![^（(]*[）)])/u;
const isUnitLine = (text: string, s: FlatSettings) => isEntityLine(text, s) && entityTokens(text).every((t) => tokenKind(t) === "unit" && !LIST_MARK.test(t));
const isTaskText = (text: string, s: FlatSettings) => !!norm(text) && !isEntityLine(text, s) && isProse(text, s);

/** The lines of a row with each unit line printed amid its task moved after the task's end. */
export function moveUnitLinesAfterTask(lines: readonly FlatLine[], s: FlatSettings = FLAT_DEFAULTS): { lines: FlatLine[]; moved: number[] } {
  const out = [...lines];
  const moved: number[] = [];
  for (let i = 1; i < out.length - 1; i++) {
    const before = out[i - 1]!.text;
    if (!isUnitLine(out[i]!.text, s) || endsSentence(norm(before))) continue;
    // (after a role-label cell's line, `牵头：枳溪经济开发区管委会、县` | `自然资源和规划局`, the unit line goes on with that cell)
    if (opensWithRoleLabel(before)) continue;
    if (!isTaskText(before, s) && !(isTaskFragment(before) && paragraphEnd(out, i, s) >= 0)) continue;
    let end = -1;
    for (let j = i + 1; j < out.length && j <= i + MAX_TASK_RUN; j++) {
      if (!isTaskText(out[j]!.text, s) || out[j]!.afterBreak) break;
      if (endsSentence(norm(out[j]!.text))) {
        end = j;
        break;
      }
    }
    if (end < 0) end = paragraphEnd(out, i, s);
    if (end < 0) continue;
    const [line] = out.splice(i, 1);
    out.splice(end, 0, line!);
    moved.push(line!.line);
    i = end;
  }
  return { lines: out, moved };
}

/**
 * A task with no full stop (a Word table's cells, each printed as a paragraph: a blank line before
 * the next cell): the task goes on after the unit line up to its paragraph's end, the line before
 * a blank line or the row's last line (`地区生产总值增长 7%` | `市发展改革委` | `左右` | blank). The
 * lines after the unit line are task text or a quantity's wrapped qualifier (`左右`, `上`), none
 * after a break or a blank line, and the unit line is in the task's paragraph, the row's first
 * (no blank line before it since the row's first line); the line before it may then be a long piece with no punctuation (`全市地区生产总值增`).
 * The last line of such a paragraph, or -1.
 */
function paragraphEnd(out: readonly FlatLine[], i: number, s: FlatSettings): number {
  if (out[i]!.blankBefore || !out.some((l) => l.blankBefore)) return -1;
  // the task's paragraph is the row's first (a unit amid a later paragraph: the cells are out of order)
  if (out.slice(1, i).some((l) => l.blankBefore)) return -1;
  for (let j = i + 1; j < out.length && j <= i + MAX_PARAGRAPH_RUN; j++) {
    const l = out[j]!;
    if (l.blankBefore || l.afterBreak) return -1;
    if (!isTaskText(l.text, s) && !isTaskPiece(l.text)) return -1;
    if (j === out.length - 1 || out[j + 1]!.blankBefore) return j;
  }
  return -1;
}

/** a task with no full stop goes on over at most this many lines after the unit line (a unit centred on a short task) */
const MAX_PARAGRAPH_RUN = 2;
/** the qualifier of a task's last quantity wrapped alone (`7%` | `左右`, `6%以` | `上`) */
const isTaskPiece = (text: string) => /^(?:左右|以上|以下|以内|上|下|内)$/u.test(norm(text));
/** a task's first line cut by the cell's width with no punctuation (`全市地区生产总值增`): long, and no name */
const MIN_TASK_FRAGMENT = 6;
const isTaskFragment = (text: string) => {
  const t = norm(text);
  return !/\s/.test(t) && [...t].length >= MIN_TASK_FRAGMENT && tokenKind(t) === "fragment";
};

/** Every row's lines with its unit lines moved (see `moveUnitLinesAfterTask`). */
export function moveUnitLines(rows: readonly RowBlock[], s: FlatSettings = FLAT_DEFAULTS): RowBlock[] {
  return rows.map((r) => {
    const m = moveUnitLinesAfterTask(r.lines, s);
    return m.moved.length ? { ...r, lines: m.lines } : r;
  });
}
