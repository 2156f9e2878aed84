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
 * enumeration, `各阶段、各层次、各方面的教育`).
 */
import { endsSentence, entityTokens, isEntityLine, isProse, norm, tokenKind } from "./fragments.js";
import type { RowBlock, FlatLine } from "./segment.js";
import { FLAT_DEFAULTS, type FlatSettings } from "./settings.js";

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
    if (!isUnitLine(out[i]!.text, s) || !isTaskText(before, s) || endsSentence(norm(before))) continue;
    let end = -1;
    for (let j = i + 1; j < out.length && j <= i + MAX_TASK_RUN; j++) {
      if (!isTaskText(out[j]!.text, s) || out[j]!.afterBreak) break;
      if (endsSentence(norm(out[j]!.text))) {
        end = j;
        break;
      }
    }
    if (end < 0) continue;
    const [line] = out.splice(i, 1);
    out.splice(end, 0, line!);
    moved.push(line!.line);
    i = end;
  }
  return { lines: out, moved };
}

/** Every row's lines with its unit lines moved (see `moveUnitLinesAfterTask`). */
export function moveUnitLines(rows: readonly RowBlock[], s: FlatSettings = FLAT_DEFAULTS): RowBlock[] {
  return rows.map((r) => {
    const m = moveUnitLinesAfterTask(r.lines, s);
    return m.moved.length ? { ...r, lines: m.lines } : r;
  });
}
