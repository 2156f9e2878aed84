/**
 * Where a task cell printed in stream order (a PDF's text layer, `pdftotext -raw`, pdf.js) ends:
 * the lines after its wrapped text that still belong to it, and the heading row printed right
 * after it that does not.
 */
import { endsSentence, entityTokens, isHeadingFragment, isHeadingRow, isEntityToken, isHeadingStart, isProse, markerLevel, norm, tokenKind } from "./fragments.js";
import type { FlatLine } from "./segment.js";
import { FLAT_DEFAULTS, type FlatSettings } from "./settings.js";
import { UNIT_OPENING } from "../../names/lexicon.js";

/** a clause mark that leaves the sentence open at the end of a line (`推进基层网格化治理，`) */
const OPEN_CLAUSE_END = /[、，,；;：:]$/u;

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

/**
 * A word a sentence cannot end on: it binds forward to what follows (`落实…各` | `项措施`,
 * `推进…的` | `建设`). No task cell ends on one, so a task line ending so goes on in the next line.
 */
const BINDS_FORWARD_END = /[各的和与及或对把将向在为于并]$/u;

/** Does the task line end on a word that binds forward, so its sentence goes on in the next line? */
export function endsBindingForward(lastTaskLine: string): boolean {
  const pieces = norm(lastTaskLine).split(/\s+/).filter(Boolean);
  const last = pieces[pieces.length - 1] ?? "";
  if (!BINDS_FORWARD_END.test(last)) return false;
  // a list of names printed after the task on its line (`…20 项 陈 浩 县数据局 县政务服务中心、县直各`): 各 opens a unit there
  const before = pieces.length > 1 ? pieces[pieces.length - 2]! : null;
  if (before !== null && tokenKind(before) !== "fragment") return false;
  return !last.split("、").slice(0, -1).some((x) => tokenKind(x) !== "fragment");
}

/**
 * The task's last wrapped word after a task line that ends on a word binding forward (`…内防反弹”各` |
 * `项措施` | `何晓燕 镇卫生院`): the next line's first piece is the task's whatever it reads like (`项措施`
 * reads as a person, 项 a surname), and the pieces after it on that line are the row's names. Null
 * after a page break, for a heading, for prose (the task reader takes it), for a whole unit (the next
 * column's: the task's rest is printed elsewhere) or where the task line ends otherwise.
 */
export function tailAfterBindingWord(lastTaskLine: string, line: FlatLine, s: FlatSettings = FLAT_DEFAULTS): { tail: string; names: string } | null {
  if (line.afterBreak || !endsBindingForward(lastTaskLine)) return null;
  if (isProse(line.text, s) || isHeadingStart(line.text, s) || markerLevel(line.text) !== null) return null;
  const toks = entityTokens(line.text);
  // a whole unit is the next column's: the task's rest is printed elsewhere (after a page break: `…控制在` | `区人社局 各街道` | … | `5.5%以内`)
  if (!toks.length || toks[0]!.includes("、") || tokenKind(toks[0]!) === "unit") return null;
  return { tail: toks[0]!, names: toks.slice(1).join(" ") };
}

/** how a wrapped name's first line leaves a bracket open (`经济发展办（招商`) */
const OPEN_BRACKET = /[（(][^）)]*$/u;

/**
 * The task's last wrapped words printed on one line with the first line of a unit that wraps
 * (`…全力服务辖区重点` | `项目建设 经济发展办（招商` | `办）`): after a task line that ends no sentence,
 * a first word that is no name (no bracket, no list mark, not opening like a unit), then names,
 * the last one unfinished and finished by the next line's first piece: it closes the open
 * bracket, or joined to it makes a unit while joined to the first word it does not. That piece
 * is then the unit's rest, and nothing on the next line goes on the first word (a wrapped name's
 * rest opens the next line): the word is no wrapped name, it is the end of the wider task cell. Returns the word and the names, or null.
 */
export function taskTailBeforeWrappedUnit(lines: readonly FlatLine[], i: number, lastTaskLine: string, s: FlatSettings = FLAT_DEFAULTS): { tail: string; names: string } | null {
  if (endsSentence(lastTaskLine)) return null;
  const l = lines[i]!;
  const next = lines[i + 1];
  if (l.afterBreak || !next || next.afterBreak || isProse(l.text, s) || isHeadingStart(l.text, s)) return null;
  const toks = entityTokens(l.text);
  const rest = entityTokens(next.text);
  if (toks.length < 2 || !rest.length) return null;
  const first = toks[0]!;
  const last = toks[toks.length - 1]!;
  const z = rest[0]!;
  if (tokenKind(first) !== "fragment" || /[、（）()]/u.test(first) || UNIT_OPENING.test(first) || markerLevel(first) !== null) return null;
  if (!toks.slice(1, -1).every((t) => isEntityToken(t, s) && tokenKind(t) !== "fragment")) return null;
  if (tokenKind(last) !== "fragment" || tokenKind(last + z) !== "unit") return null;
  const closes = OPEN_BRACKET.test(last) && /^[^（(]*[）)]/u.test(z);
  if (!closes && tokenKind(first + z) === "unit") return null;
  return { tail: first, names: toks.slice(1).join(" ") };
}
