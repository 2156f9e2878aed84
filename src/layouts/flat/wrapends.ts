/**
 * Where a task cell printed in stream order (a PDF's text layer, `pdftotext -raw`, pdf.js) ends:
 * the lines after its wrapped text that still belong to it, and the heading row printed right
 * after it that does not.
 */
import { endsSentence, entityTokens, isHeadingFragment, isHeadingRow, isHeadingStart, isProse, markerLevel, norm, tokenKind } from "./fragments.js";
import type { FlatLine } from "./segment.js";
import { FLAT_DEFAULTS, type FlatSettings } from "./settings.js";

/** a clause mark that leaves the sentence open at the end of a line (`推进基层网格化治理，`) */
const OPEN_CLAUSE_END = /[、，,；;：:]$/u;
/** how a unit's name opens: an administrative level or a collective (`区…`, `县…`, `各…`) */
const UNIT_OPENING = /^[区县市镇乡省州旗盟各]/u;

/**
 * The task's sentence going on after a clause mark (`推进基层网格化治理，` | `实现网格员全覆盖` |
 * `区委政法委 各街道办事处`): the task line ends with a clause mark, so its sentence is not over, and
 * the line after it is one word that is no unit or person name by the lexicon. A word that opens
 * like a unit (`区重点项目服`) or holds a bracket or a list mark is a wrapped name, and stays a name.
 */
export function continuesClause(lastTaskLine: string, line: FlatLine, s: FlatSettings = FLAT_DEFAULTS): boolean {
  if (line.afterBreak || !OPEN_CLAUSE_END.test(norm(lastTaskLine))) return false;
  const toks = entityTokens(line.text);
  if (toks.length !== 1) return false;
  const t = toks[0]!;
  if (tokenKind(t) !== "fragment" || isHeadingStart(t, s) || markerLevel(t) !== null) return false;
  return !UNIT_OPENING.test(t) && !/[（）()、]/u.test(t);
}

/**
 * A heading row printed after a task that ends without a full stop (`生活垃圾分类覆盖率达` | `到 100%` |
 * `三、坚持民生为本，增进人民福祉` | `（一）发展社会事业` | next 序号): a marker and a title, and after it
 * only more heading lines up to the row's end, so no names of this row follow it. The task line
 * before it must not end on a clause mark (`…如下：` | `一、…` is the task's own enumeration).
 */
export function headingRowAfterTask(lines: readonly FlatLine[], i: number, lastTaskLine: string, s: FlatSettings = FLAT_DEFAULTS): boolean {
  const l = lines[i]!;
  if (endsSentence(lastTaskLine) || OPEN_CLAUSE_END.test(norm(lastTaskLine))) return false;
  if (!isHeadingRow(l.text, s) || markerLevel(l.text) === null) return false;
  return headingsToRowEnd(lines, i, s);
}

/**
 * A marker line (`二、建设宜居集镇`) with only heading lines after it up to the row's end: a heading
 * row spanning the table under this row, even where its title reads like a unit (`…集镇`), since a
 * name is never printed with a heading marker before it.
 */
export function headingsToRowEnd(lines: readonly FlatLine[], i: number, s: FlatSettings = FLAT_DEFAULTS): boolean {
  if (!isHeadingRow(lines[i]!.text, s)) return false;
  return lines.slice(i + 1).every((x) => isHeadingRow(x.text, s) || (isHeadingFragment(x.text, s) && !isProse(x.text, s) && tokenKind(norm(x.text).replace(/\s+/g, "")) === "fragment"));
}
