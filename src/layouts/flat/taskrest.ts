/**
 * A ruled Word table dumped by `pdftotext` (default mode) prints a wrapped task cell and the
 * next column's first line side by side: the unit comes out on the task's middle line, after a
 * space (`收入增长与经济增长 区人社局`), or on a line of its own between two task lines, and the
 * task's last, short piece after it (`同步`, `使用`), which is no prose and so was read as a name.
 * Both are recognised only after a task line that has not ended, with the rest right after the
 * unit: a short piece that is no name and does not lengthen the unit into a longer name.
 */
import { UNIT_OPENING } from "../../names/lexicon.js";
import { cleanName } from "../../text/hygiene.js";
import { cellKind } from "../../table/merged.js";
import { endsSentence, entityTokens, isHeadingStart, isProse, norm, peelGluedUnit, tokenKind } from "./fragments.js";
import type { FlatLine } from "./segment.js";
import { isQuantityRest } from "./quantityrest.js";
import { FLAT_DEFAULTS, type FlatSettings } from "./settings.js";

/** the longest last piece of a wrapped task (`同步`, `年内建成`) */
const MAX_TASK_REST = 6;
/** the shortest unit read alone between a task and its rest (`小组`, a wrapped name's piece, is too short to tell) */
const MIN_LONE_UNIT = 3;
/** a sentence ended, then more text after a space on the same line */
const SENTENCE_THEN_MORE = /[。；;！!？?][ \t\u3000]+\S/u;
/** the shortest task piece before a glued unit (`收入增长与经济增长`): shorter ones may be a name's piece */
const MIN_GLUED_TASK_PIECE = 4;

/** A short piece that ends a wrapped task: one token, no name, no heading, not prose, not a list (`、`). */
export function isTaskRest(text: string, unitBefore: string, s: FlatSettings = FLAT_DEFAULTS): boolean {
  const t = norm(text);
  const toks = entityTokens(t);
  if (toks.length !== 1 || [...t].length > MAX_TASK_REST || /[、，,；;]/.test(t) || isProse(t, s) || isHeadingStart(t, s)) return false;
  // a 完成时限 cell (`全年持续推进`, `6月底前`) is the next column, whether the header names it or not
  if (tokenKind(t) !== "fragment" || cellKind(t) === "time") return false;
  // the unit's own wrapped rest (`县直各` + `部门`, `区古城保护` + `发展指挥部`) lengthens it into one name
  return tokenKind(cleanName(unitBefore + t)) !== "unit" && !/[、]$/.test(unitBefore);
}

export interface TaskRestSplit {
  /** task pieces, in order */
  task: string[];
  /** the unit printed amid the task */
  unit: string;
  /** lines used from `i` */
  used: number;
}

/**
 * From line `i` of a row whose task so far ends with `lastTaskLine` (not a finished sentence):
 * `PIECE UNIT` + `REST`, or `UNIT` + `REST`. Null when the lines are not so.
 */
export function taskAroundUnit(lines: readonly FlatLine[], i: number, lastTaskLine: string, s: FlatSettings = FLAT_DEFAULTS): TaskRestSplit | null {
  const l = lines[i];
  const next = lines[i + 1];
  // (a task line whose sentence ended before a space and more text, `…任务。 集成改革各专项`, already holds the next cells)
  if (!l || !next || l.afterBreak || next.afterBreak || endsSentence(lastTaskLine) || SENTENCE_THEN_MORE.test(norm(lastTaskLine))) return null;
  // the "rest" that the line after it lengthens into a unit's name (`区房屋征收` + `中心`) is the next unit, wrapped
  const after = lines[i + 2];
  // (the line after is no name of its own: `区属国有企业公司制改制` + `区财政局` is a task's rest and the next unit)
  if (after && !after.afterBreak && UNIT_OPENING.test(norm(next.text)) && tokenKind(cleanName(norm(after.text))) !== "unit" && tokenKind(cleanName(norm(next.text) + norm(after.text))) === "unit") return null;
  const glued = peelGluedUnit(l.text, s);
  if (glued) {
    // the piece before the unit: task prose (`争取上级资金不少于 8000 万`), or one piece that is no name
    const prose = isProse(glued.task, s);
    if (endsSentence(glued.task) || (!prose && ([...cleanName(glued.task)].length < MIN_GLUED_TASK_PIECE || entityTokens(glued.task).length !== 1 || /[、]/.test(glued.task)))) return null;
    // the rest: a short piece, or the measure word of the piece's last number (`…8000 万` + `元`)
    if (!isTaskRest(next.text, glued.unit, s) && !isQuantityRest(glued.task, next.text)) return null;
    return { task: [glued.task, norm(next.text)], unit: glued.unit, used: 2 };
  }
  if (isProse(l.text, s)) return null;
  const toks = entityTokens(l.text);
  if (toks.length !== 1 || [...toks[0]!].length < MIN_LONE_UNIT || tokenKind(toks[0]!) !== "unit") return null;
  const unit = toks[0]!;
  // the rest: a short piece, the measure word of the task's last number (`…服务 15` + `区卫计委` + `万人`), or, in a
  // dump that prints each cell as a paragraph, the paragraph's last line when the unit sat inside the task's paragraph
  if (!isTaskRest(next.text, unit, s) && !isQuantityRest(lastTaskLine, next.text) && !paragraphRest(lines, i, unit, s)) return null;
  return { task: [norm(next.text)], unit, used: 2 };
}

/** the longest task rest a paragraph tells (the cell's last line) */
const MAX_PARAGRAPH_REST = 20;

/**
 * In a row printed one cell per paragraph (blank lines between its cells): the unit at `i` and
 * the line after it have no blank line before them, and a blank line (or the row's end) follows:
 * both sit in the task's paragraph, and the last line, no name of its own and not the unit's
 * wrapped rest, is the task's.
 */
export function paragraphRest(lines: readonly FlatLine[], i: number, unit: string, s: FlatSettings = FLAT_DEFAULTS): boolean {
  const l = lines[i]!;
  const next = lines[i + 1];
  const after = lines[i + 2];
  if (!next || !lines.some((x) => x.blankBefore) || l.blankBefore || next.blankBefore || (after && !after.blankBefore)) return false;
  const t = norm(next.text);
  if (entityTokens(t).length !== 1 || [...t].length > MAX_PARAGRAPH_REST || /[、，,；;]/.test(t) || isHeadingStart(t, s) || cellKind(t) === "time") return false;
  return tokenKind(t) === "fragment" && tokenKind(cleanName(unit + t)) !== "unit";
}

/** a character that ends a unit's name (`局`, `委`): alone on a line it is a wrapped unit's rest, not the task's */
const UNIT_END_CHAR = /^[局委办院所站队部厅处室会司组团社行馆校]$/u;

/**
 * One Han character alone right after a task line that has not ended (`…50 万吨以` + `上`): no name
 * is one character long, so it is the task's last piece (a unit's last character excepted).
 */
export function isOneCharRest(lastTaskLine: string, text: string): boolean {
  const t = norm(text);
  const last = norm(lastTaskLine);
  if (!/^\p{Script=Han}$/u.test(t) || UNIT_END_CHAR.test(t) || endsSentence(last) || SENTENCE_THEN_MORE.test(last)) return false;
  // the task line's last piece is its own text, not a name printed beside it
  const toks = last.split(/[ \t\u3000]+/);
  const tail = toks[toks.length - 1]!;
  if (toks.length === 1) return true;
  const kind = tokenKind(tail);
  // (`50 万吨以` reads like a name, `万` being a surname, but it goes on a number)
  return kind === "fragment" || (kind === "person" && /\d$/.test(toks[toks.length - 2]!));
}

/**
 * The task's last line with the next column's unit after a space (`…突破 800 亿元 市工信局`), in a row
 * printed one cell per paragraph, the line closing the task's paragraph (a blank line or the row's end
 * after it): the unit is a name, the rest the task's.
 */
export function unitEndingParagraph(lines: readonly FlatLine[], i: number, s: FlatSettings = FLAT_DEFAULTS): { task: string; unit: string } | null {
  const l = lines[i];
  const after = lines[i + 1];
  if (!l || !lines.some((x) => x.blankBefore) || (after && !after.blankBefore) || !isProse(l.text, s)) return null;
  const glued = peelGluedUnit(l.text, s);
  if (!glued || endsSentence(glued.task) || !isProse(glued.task, s) || [...glued.unit].length < MIN_LONE_UNIT) return null;
  return glued;
}
