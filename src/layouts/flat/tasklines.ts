/**
 * The lines of a task cell in a reading-order dump: what is task text, and
 * what is glued to it (a heading piece before, names after).
 */
import { cellKind } from "../../table/merged.js";
import { HEADING_MARKERS } from "../../table/lexicon.js";
import { endsSentence, entityTokens, isEntityToken, isHeadingFragment, isHeadingRow, isHeadingStart, isProse, joinSpacedDate, joinsIntoUnit, markerLevel, norm, tokenKind } from "./fragments.js";
import { FLAT_DEFAULTS, type FlatSettings } from "./settings.js";

/** a line without sentence punctuation whose first token is longer than this, and not a list of names, is task text */
export const TASK_WITHOUT_PUNCTUATION_CHARS = 12;

/**
 * A line of task text: prose (sentence punctuation, digits, a long token), or
 * a long first token (`建设鞋服（食品）国家级知识产权快速维权中`) that is not a
 * list of unit or person names (`各镇政府、街道办事处`).
 */
export function isTaskLine(text: string, s: FlatSettings = FLAT_DEFAULTS): boolean {
  // a row's last names with its 完成时限 cell after them (`区直有关单位 2022年6月底前`) are no task
  if (trailingTimeCell(text) !== null) return false;
  // a short piece without a clause mark (`“4341”`) may as well be a heading's
  // a list of names too long for a name token (`各镇（街道）、区直有关单位、区农业农村局（区重点办）`) is none
  const parts = text.replace(/\s+/g, "").split("、");
  if (headingPieceBeforeTask(text, s)) return true;
  if (parts.length > 1 && parts.every((p) => p && isEntityToken(p, s) && tokenKind(p) !== "fragment")) return false;
  if (isProse(text, s)) return !isHeadingRow(text, s) && !isHeadingFragment(text, s);
  const first = entityTokens(text)[0] ?? "";
  if (first.length <= TASK_WITHOUT_PUNCTUATION_CHARS) return false;
  return first.split("、").some((p) => !p || tokenKind(p) === "fragment");
}

/**
 * A line of a unit cell wrapped over several lines: a list of names whose first piece may be the tail of
 * the line above's last name and whose last piece may be the head of the line below's first name, each
 * completing it into a unit (`区城管` + `局`): `局、公安分局、各街道办事处` under `…、区城管`, or
 * `区财政局、区住建局、市自然资源和规划局城` over `南分局、…`. The other pieces are whole names. Such a line is
 * no task text even though a piece of it is cut. `业、服务业融合发展。` under `…推进工业、商` is task text:
 * its pieces are no names.
 */
/** a piece of a deadline cell printed after the names (`2024`, `年`, `11`, `12月底前`) */
const DEADLINE_PIECE = /^(?:\d{1,4}|[年月日底前]|\d{1,4}[年月日][\d年月日底前]*)$/u;

export function wrappedNamesLine(above: string, text: string, below: string, s: FlatSettings = FLAT_DEFAULTS): boolean {
  // names carry no clause marks; a task naming its doers (`…县城管` / `局、县公安局、各乡镇完成改造。`) does
  if (/[，。；：！？,;:]/u.test(text)) return false;
  const tail = (norm(above).trim().split(/\s+/).pop() ?? "").split("、").pop() ?? "";
  const head = (norm(below).trim().split(/\s+/)[0] ?? "").split("、")[0] ?? "";
  if (wrappedNames(text.replace(/\s+/g, "").split("、"), tail, head, s)) return true;
  // (or cells side by side after spaces, `局 县供销社 2024 年 11`: the cut name's tail, the row's next cell, and its
  // deadline's first line, the rest of it, `月底前`, under it)
  const cells = withoutDeadlinePieces(text).split(" ");
  return cells.length > 1 && wrappedNames(cells.flatMap((c) => c.replace(/、$/u, "").split("、")), tail, head, s);
}

/** the most lines of a narrow unit cell read together as one wrapped list of names */
const MAX_NAMES_RUN_LINES = 8;
/**
 * How a task's clause opens (`支持县人民医院，县中医院` | `创建二级甲等医院`): a piece opening so is no unit's name, whatever its
 * ending. (A unit whose name opens with such a word, `发展改革委` without its level, leaves its run unread: the old way.)
 */
const TASK_VERB_OPENING = /^(?:支持|推进|推动|加快|加强|加大|建设|建成|新建|改建|扩建|实施|开展|完善|深化|提升|提高|促进|打造|培育|落实|创建|争创|力争|确保|引导|鼓励|组织|做好|持续|全面|积极|着力|大力|深入|扩大|优化|强化|健全|构建|规范|保障|统筹|坚持|稳步|有序|发展|新增|完成|实现|启动|开工|改造|整治|治理|筹建|举办|承办|引进|争取|帮助|指导|督促|配合|协助|依托|围绕|聚焦|以|由|对|在|把|将|按)/u;
/** what no list of names holds (sentence and clause marks other than the list's commas, digits): a line with one bounds the run */
const NOT_IN_NAMES = /[。；;：:！？!?\d０-９]/u;

/**
 * A line inside a unit cell so narrow that its list wraps mid-name on every line (`区工业和信息化` | `局，区重点项目建` |
 * `设服务中心，区人` | `力资源和社会保障` | `局，青禾经济开发` | `区管委会等`): some run of lines around it, read as one
 * text, is a list of whole names parted by `、` `，` `,` (a closing `等` dropped, a last separator left open). No line of
 * the run holds sentence marks or digits, and the run holds a separator. Task text (`加强协调，推进落实`) has pieces
 * that are no names; a line of such a run alone may read as prose (`设服务中心，区人`).
 */
export function inNamesRun(texts: readonly string[], k: number, s: FlatSettings = FLAT_DEFAULTS): boolean {
  const ok = (i: number) => i >= 0 && i < texts.length && texts[i]!.trim() !== "" && !NOT_IN_NAMES.test(texts[i]!);
  if (!ok(k)) return false;
  let lo = k;
  while (lo - 1 >= 0 && k - (lo - 1) < MAX_NAMES_RUN_LINES && ok(lo - 1)) lo--;
  let hi = k;
  while (hi + 1 < texts.length && hi + 1 - k < MAX_NAMES_RUN_LINES && ok(hi + 1)) hi++;
  for (let a = lo; a <= k; a++)
    for (let b = Math.max(k, a + 1); b <= hi && b - a < MAX_NAMES_RUN_LINES; b++) {
      const joined = texts.slice(a, b + 1).join("").replace(/[ \t\u3000]+/g, "");
      const pieces = joined.split(/[、，,]/u);
      if (pieces[pieces.length - 1] === "") pieces.pop();
      const last = pieces.length - 1;
      pieces[last] = pieces[last]!.replace(/等$/u, "");
      if (pieces.length > 1 && pieces.every((p) => p !== "" && !TASK_VERB_OPENING.test(p) && isEntityToken(p, s) && tokenKind(p) !== "fragment")) return true;
    }
  return false;
}

/** A line of cells with the pieces of a deadline printed after them taken off (`局 县供销社 2024 年 11` → `局 县供销社`). */
export function withoutDeadlinePieces(text: string): string {
  const cells = norm(text).trim().split(/\s+/);
  while (cells.length > 1 && DEADLINE_PIECE.test(cells[cells.length - 1]!)) cells.pop();
  return cells.join(" ");
}

/** A cell's names as pieces (see `wrappedNamesLine`): the first may end the line above's name, the last begin the line below's. */
function wrappedNames(pieces: readonly string[], tail: string, head: string, s: FlatSettings): boolean {
  const parts = pieces[pieces.length - 1] === "" ? pieces.slice(0, -1) : pieces;
  if (parts.length < 2 || parts.some((p) => !p)) return false;
  const whole = (p: string) => isEntityToken(p, s) && tokenKind(p) !== "fragment";
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const firstOk = whole(first) || joinsIntoUnit(tail, first, s);
  const lastOk = whole(last) || joinsIntoUnit(last, head, s);
  return firstOk && lastOk && parts.slice(1, -1).every(whole) && (whole(first) || whole(last) || parts.length > 2);
}

/**
 * A piece of a merged 项目 cell printed before a task line after a space (reading order joins the two
 * columns' lines): `（二）加快科创载 促成中关村中试熟化平台、兵装研究所成果转 科技局`. The piece is a
 * heading start with title text after its marker (not the marker alone, `(二) 紧扣一体发展，…` is a
 * heading row), and what follows the space is task text by itself.
 */
export function headingPieceBeforeTask(text: string, s: FlatSettings = FLAT_DEFAULTS): boolean {
  const m = /^(\S+)[ \t\u3000]+(\S.*)$/u.exec(text.trim());
  if (!m || !isHeadingStart(m[1]!, s)) return false;
  const marker = HEADING_MARKERS.find((h) => h.level === markerLevel(m[1]!));
  const title = marker ? m[1]!.replace(marker.pattern, "") : "";
  if ([...title].length < MIN_PIECE_TITLE_CHARS) return false;
  if (isHeadingRow(m[2]!, s)) return false;
  // the task text, names glued after it set aside; a list of names after the piece (`一、狠抓科技创新 科技局、工信局`) is no task
  const rest = splitTaskLine(m[2]!, s).task;
  const parts = rest.replace(/\s+/g, "").split("、");
  if (parts.every((p) => p && isEntityToken(p, s) && tokenKind(p) !== "fragment")) return false;
  return isTaskLine(rest, s) || (entityTokens(rest)[0] ?? "").length > TASK_WITHOUT_PUNCTUATION_CHARS;
}
/**
 * The rest of a heading piece (`体建设` after `（二）加快科创载 促成…`): a short fragment, no whole name
 * by the lexicon, no clause mark. Read so only right after a line that printed a heading piece before its task.
 */
export function headingTailPiece(text: string, s: FlatSettings = FLAT_DEFAULTS): boolean {
  const toks = entityTokens(text);
  if (toks.length !== 1) return false;
  const t = toks[0]!;
  return isHeadingFragment(t, s) && !isHeadingStart(t, s) && tokenKind(t) === "fragment";
}

/** a heading piece has at least this much title after its marker (`一、狠抓`) */
const MIN_PIECE_TITLE_CHARS = 2;

/** longest name read as glued to a task line */
const MAX_GLUED_NAME_CHARS = 12;
/** a task text ending in a number or Latin letter: the space after it is the number's spacing (`53 个`) */
const NUMBER_END = /[0-9A-Za-z%％.]$/;

/** A task line split into a heading piece printed before it, the task text, and the names glued after it. */
export interface TaskLineParts {
  heading: string | null;
  task: string;
  names: string[];
}

/**
 * Split a task line of an interleaved row: a heading start before a space
 * (`一、狠抓科技创 深化成果转化…`), whole unit or person names after the last
 * spaces (`…研发投 科技局`, `…研发投 市场监管局 林永红`). A token that is not a
 * whole name by the lexicon (`龙头企业` is not, `300家。` is not) stays in the task.
 * `pieces`: in a dump known to print its rows interleaved, a space between Han
 * text is a column gap, so the pieces of a wrapped name after it (`…鞋服 泉州半导体高`)
 * are set aside too.
 */
export function splitTaskLine(text: string, s: FlatSettings = FLAT_DEFAULTS, pieces = false): TaskLineParts {
  const toks = text.trim().split(/[ \t\u3000]+/).filter(Boolean);
  let heading: string | null = null;
  if (toks.length > 1 && isHeadingStart(toks[0]!, s)) heading = toks.shift()!;
  const names: string[] = [];
  let cut = toks.length;
  while (cut > 1) {
    const last = toks[cut - 1]!;
    if (!isEntityToken(last, s) || last.length > MAX_GLUED_NAME_CHARS || (!pieces && tokenKind(last) === "fragment")) break;
    cut--;
  }
  // the name next to the task is a unit (the column beside the task), and the task does not end in a number (`381 万平方米`)
  while (cut < toks.length && ((!pieces && tokenKind(toks[cut]!) !== "unit") || NUMBER_END.test(toks[cut - 1]!))) cut++;
  names.push(...toks.splice(cut));
  return { heading, task: toks.join(" "), names };
}

/**
 * A line of names beside a task: every token a name of at most
 * MAX_GLUED_NAME_CHARS (`市场监管局 林永红`, `各镇政府、街`), at least one whole by the lexicon.
 */
export function isNameLine(text: string, s: FlatSettings = FLAT_DEFAULTS): boolean {
  const toks = entityTokens(text);
  return toks.length > 0 && toks.every((t) => isEntityToken(t, s) && t.length <= MAX_GLUED_NAME_CHARS) && toks.some((t) => tokenKind(t) !== "fragment");
}

/** Does the task text of a line (names glued after it set aside) end a sentence? */
export function taskEnds(text: string, s: FlatSettings = FLAT_DEFAULTS): boolean {
  return endsSentence(splitTaskLine(text, s).task);
}

/** at most this many printed pieces make a time cell that opens a line (`9 月底前`, `2024 年 12 月`) */
const MAX_TIME_PIECES = 4;
/** how a time cell starts: a year or month number, or a word of time (`全年`, `年底前`, `长期`, `持续推进`, `上半年`) */
const LEADING_TIME_START = /^(?:[0-9０-９]|全年|年[内底中末]|长期|持续|常态|每[年季月周]|[上下]半年|第?[一二三四1-4]季度|即时|立即|分阶段|逐年)/;

/**
 * A names line that opens with the row's 完成时限 cell (a table printing it before the units: `全年 省应急厅 省直有关部门`,
 * `9 月底前 省财政厅`): the names after it, or null. The names must be whole, but the last may wrap onto the next line.
 */
export function leadingTimeCell(text: string): string | null {
  const toks = norm(text).split(/[ \t\u3000]+/).filter(Boolean);
  // the shortest time that leaves whole names (`全年` | `省应急厅 …`; `2024 年 12 月` | `省财政厅`)
  for (let k = 1; k <= Math.min(MAX_TIME_PIECES, toks.length - 1); k++) {
    const time = toks.slice(0, k).join("");
    // (a wrapped task's end reads as a deadline too, `60` | `个工作日以内`: a time cell opens with a number or a time word)
    if (!LEADING_TIME_START.test(time) || cellKind(time) !== "time") continue;
    const names = entityTokens(toks.slice(k).join(" "));
    if (!names.length || names.slice(0, -1).some((t) => tokenKind(t) === "fragment") || tokenKind(names[0]!) === "fragment") continue;
    return toks.slice(k).join(" ");
  }
  return null;
}

/** A names line that ends with the row's 完成时限 cell after a space: the names before it, or null. */
export function trailingTimeCell(text: string): string | null {
  // (a date printed with spaces, `2025 年 12 月`, is one cell; a two-character name padded, `卢 静`, one name)
  const toks = joinSpacedDate(norm(text)).split(/[ \t\u3000]+/).filter(Boolean);
  let n = toks.length;
  while (n > 1 && cellKind(toks[n - 1]!) === "time") n--;
  // (a list of names is as many names: `吴南星、王立新 2023年12月`)
  if (n === toks.length || entityTokens(toks.slice(0, n).join(" ")).some((t) => t.split("、").some((p) => !p || tokenKind(p) === "fragment"))) return null;
  return toks.slice(0, n).join(" ");
}
