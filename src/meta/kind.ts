/**
 * What a document without a 责任分解表 looks like instead, for the "no table"
 * message: a work report, a notice without its attachment, a news page …
 */
import { FenjieError } from "../errors.js";
import type { InputDocument, LayoutResult } from "../model/intermediate.js";
import { isHeaderRow, mapHeader } from "../table/headers.js";
import { toSimplified } from "../text/script.js";
import { CLAUSE_PUNCTUATION, endsSentence, isResponsibilityField } from "../table/lexicon.js";
/** Newspaper pages are set in narrow columns: most lines are this short or shorter. */
const NEWSPAPER_LINE_MAX = 18;

/** Median length of the non-empty lines. */
function medianLineLength(text: string): number {
  const lengths = text
    .split(/\r?\n/)
    .map((l) => l.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  return lengths.length ? lengths[Math.floor(lengths.length / 2)]! : 0;
}

/** What a document without a table is: a notice (its table missing) or something else. */
export interface DocumentKind {
  /** false for a work report, a news page or anything without 文号 and 通知: `batch` skips these */
  isNotice: boolean;
  /** for the "no table" message, in Chinese */
  description: string;
}

export function classifyDocument(text: string): DocumentKind {
  const t = text.replace(/\s+/g, "");
  const other = (description: string): DocumentKind => ({ isNotice: false, description });
  const notice = (description: string): DocumentKind => ({ isNotice: true, description });
  if (/政府工作报告/.test(t) && /各位代表/.test(t)) return other("看起来是一份政府工作报告（报告正文），不是责任分解通知");
  if (/责任分解/.test(t) && /通知/.test(t)) return notice("看起来是责任分解通知的正文，但没有附带分解表（附件可能是单独的文件）");
  if (/记者|本报讯|本报|通讯员/.test(t)) return other("看起来是一篇新闻报道或报纸版面");
  if (!/〔\d{4}〕\d+号/.test(t) && medianLineLength(text) <= NEWSPAPER_LINE_MAX) {
    return other("看起来是报纸版面或新闻稿（窄栏排版，没有文号），其中没有责任分解表");
  }
  if (/通知/.test(t)) return notice("看起来是一份通知，但其中没有责任分解表");
  if (!/〔\d{4}〕\d+号/.test(t)) return other("看起来不是一份通知（没有文号，也没有“通知”字样），可能是新闻稿或其他材料，其中没有带“序号 / 任务 / 责任单位”等表头的表格");
  return notice("没有找到带“序号 / 任务 / 责任单位”等表头的表格");
}

/** A header word printed alone on its line (a cell of a table whose text came out column by column). */
export const HEADER_CELL_LINE = /^(?:序号|编号|(?:牵头|责任|配合|协办|参与|主办|承办)(?:单位|部门)|(?:责任|分管|联系|牵头)\p{Script=Han}{0,2}领导|(?:重点|主要|具体)?(?:工作)?任务|完成时[限间])$/u;
const SCRAMBLED =
  "表格的文字顺序已被打乱：表头各格和各列内容分块印出（如 pdftotext 默认模式从 PDF 导出的文字），无法可靠地拆成一行行任务。请直接用原 PDF，或用 pdftotext -layout / -raw 重新导出后再试";

/** a collective unit named like a header word (`区直有关单位`, `相关部门`, `各单位`): a cell, not a column's name */
const COLLECTIVE_UNIT = /有关|相关|^各/;

/** A header word the header rules name as a column of the decomposition (序号, task or a role), short as a header cell is. */
function isColumnWord(text: string): boolean {
  // (a sentence's end closes prose, `密切配合。`, never a column's name)
  if (text.length > 8 || COLLECTIVE_UNIT.test(text) || endsSentence(text)) return false;
  const f = mapHeader(text);
  return f === "seq" || f === "task" || isResponsibilityField(f);
}

/** the longest second line of a header word wrapped in its cell (`区分管或联` | `系领导`) */
const HEADER_WRAP_TAIL = 3;

/**
 * A header cell printed alone at line `i`: a header word whole, or wrapped
 * over two lines (`分管市领` | `导`). Returns the word and the lines it takes.
 */
export function headerCellAt(lines: readonly string[], i: number): { text: string; lines: number } | null {
  const one = (lines[i] ?? "").replace(/\s+/g, "");
  if (!one) return null;
  if (HEADER_CELL_LINE.test(one) || (one.length <= 6 && isColumnWord(one))) return { text: one, lines: 1 };
  const next = (lines[i + 1] ?? "").replace(/\s+/g, "");
  const two = one + next;
  if (next && one.length <= 6 && next.length <= HEADER_WRAP_TAIL && (HEADER_CELL_LINE.test(two) || isColumnWord(two))) return { text: two, lines: 2 };
  return null;
}

/**
 * The header cells printed at line `i`: one cell (see `headerCellAt`), or
 * several side by side, each a header word, separated by spaces (`牵头单位 责任人`).
 */
export function headerCellsAt(lines: readonly string[], i: number): { texts: string[]; lines: number } | null {
  const one = headerCellAt(lines, i);
  if (one) return { texts: [one.text], lines: one.lines };
  const isWord = (w: string) => HEADER_CELL_LINE.test(w) || isColumnWord(w);
  const words = (lines[i] ?? "").trim().split(/[ \t\u3000]+/).filter(Boolean);
  if (words.length >= 2 && words.every(isWord)) return { texts: words, lines: 1 };
  // the last cell wrapped onto the next line, which goes on with more cells (`协同单位 分管市` | `领导 完成时间`)
  const next = (lines[i + 1] ?? "").trim().split(/[ \t\u3000]+/).filter(Boolean);
  if (!words.length || next.length < 2 || isWord(words[words.length - 1]!) || next[0]!.length > HEADER_WRAP_TAIL) return null;
  const joined = [...words.slice(0, -1), words[words.length - 1]! + next[0]!, ...next.slice(1)];
  return joined.every(isWord) ? { texts: joined, lines: 2 } : null;
}

/**
 * The text of a table printed cell by cell out of order: at least three
 * different header words each alone on a line (or wrapped over two), and at
 * least three lines that open with a 序号 — a table is there, its rows not in
 * reading order.
 */
export function scrambledTable(lines: readonly string[]): boolean {
  const words = new Set<string>();
  for (let i = 0; i < lines.length; i++) for (const w of headerCellsAt(lines, i)?.texts ?? []) words.add(w);
  // (or numbered in brackets glued to the task, `（1）全年…`: a table with no 序号 column numbers its tasks so)
  const numbered = lines.filter((l) => /^\s*\d{1,3}(?:\s|$)/.test(l) || /^\s*[（(]\d{1,3}[）)]\p{Script=Han}/u.test(l)).length;
  return words.size >= 3 && numbered >= 3;
}

export function describeDocument(text: string): string {
  return classifyDocument(text).description;
}

/**
 * The refusal of a document in which no layout found a numbered task: says
 * what the document looks like instead (or that a header stood alone), and,
 * when a layout was forced, which one.
 */
export function noTableError(doc: InputDocument, result: LayoutResult | null, forced?: { layout: string; detected: string | null }, instead?: string): FenjieError {
  const text = doc.lines.map((l) => l.text).join("\n");
  // a numbered list that never speaks of a decomposition (a budget, a service guide) is not a notice: batch skips it
  if (instead) return new FenjieError("NO_TABLE", `未找到责任分解表：${doc.source.file}。${instead}。`, doc.source.file, { notANotice: true });
  // a header line (cells split by tabs, | or wide spaces) with nothing numbered under it
  const headerOnly = (result && result.tables.length) || doc.lines.some((l) => isHeaderRow(l.text.split(/\t|[|｜]|\s{2,}|\u3000+/).map((c) => c.trim()).filter(Boolean)));
  const kind: DocumentKind = headerOnly
    ? { isNotice: true, description: "表头找到了，但表中没有任何编号的任务行" }
    : scrambledTable(doc.lines.map((l) => l.text))
      ? { isNotice: true, description: SCRAMBLED }
      : classifyDocument(text);
  const what = kind.description;
  const hint = !forced
    ? ""
    : forced.detected && forced.detected !== forced.layout
      ? `（已按 --layout ${forced.layout} 读取，但文件看起来是 ${forced.detected} 版式：请改用 --layout ${forced.detected}，或去掉 --layout 让 fenjie 自动判断）`
      : `（已按 --layout ${forced.layout} 读取；可去掉 --layout 让 fenjie 自动判断版式）`;
  return new FenjieError("NO_TABLE", `未找到责任分解表：${doc.source.file}。${what}${hint}。`, doc.source.file, { notANotice: !kind.isNotice });
}

/**
 * Words a decomposition uses of itself (title, cover letter, headings): a
 * document that never says any of them is some other kind of numbered list.
 */
export const DECOMPOSITION_WORDS = /政府工作报告|分解|分工|重点工作|目标任务|工作任务|重点任务|主要任务|责任清单|任务清单|督查|督办|工作要点/;

/**
 * The words only a decomposition uses of itself. `分工`, `督办`, `工作要点`
 * are said of other work too (`检查组组成及分工`): they vouch for numbered or
 * sentence-like tasks, not for paragraphs the layout could only guess to be tasks.
 */
export const STRONG_DECOMPOSITION_WORDS = /政府工作报告|分解|目标任务|重点任务|责任清单|任务清单/;

/** Every record is a paragraph without a number that does not read as a sentence (the list layout's TASK_UNNUMBERED guess). */
function onlyGuessedTasks(result: LayoutResult): boolean {
  return result.records.length > 0 && result.records.every((r) => r.review?.some((x) => x.code === "TASK_UNNUMBERED"));
}

/**
 * The title of a notice that holds an event (`关于举办2024年农民丰收节系列活动的通知`, `关于召开…工作会议的通知`,
 * `关于举办…培训班的通知`): the event word closes the title. `关于开展…工作的通知` (work, not an event) is none.
 */
export const EVENT_NOTICE = /关于(?:举办|召开|举行|组织开展|开展)[\p{Script=Han}\d“”]{0,40}?(?:活动|会议|大会|节|大赛|比赛|竞赛|培训班|展览会|展销会|博览会|论坛|运动会)的通知/u;

/** A header or label that names a task (not a project's or indicator's name, not content in general). */
const TASK_HEADER = /任务|工作|措施|目标|事项/;
/** A header or label that assigns a role, not just names a department (主管部门, 实施单位 name one). */
const ROLE_HEADER = /牵头|责任|配合|协办|协同|协助|参与|分管|联系|挂钩|包联|包保|领衔|承办|负责/;

const UNIT_FIELDS: ReadonlySet<string> = new Set(["leadUnits", "units", "coUnits"]);

/** lines from the top among which a document's title stands */
const TITLE_LINES = 6;
/** The title of a report on progress or results (`…推进情况的通报`, `…完成情况总结`, `…落实情况的报告`). */
const PROGRESS_TITLE = /(?:推进|进展|进度|完成|落实|执行|办理)情况(?:的)?(?:通报|总结|报告|汇报)$|工作总结$/;

/** A header naming a project (not a task): `项目名称`, `建设项目`, `项目`. */
const PROJECT_HEADER = /^(?:(?:重点|建设|重大)?项目(?:名称)?|项目内容)$/;
/** A header of money: investment, funds, amounts (`总投资`, `2024年计划投资（万元）`, `资金来源`). */
const MONEY_HEADER = /投资|资金|金额|万元|亿元|预算|概算|估算|拨款/;

/**
 * Is what the layouts found a decomposition? Numbered rows with units are
 * not enough (a budget's project table, a service guide's items, an agenda
 * have them). It is one when
 * - the document names itself one (`DECOMPOSITION_WORDS`; only the strong
 *   ones when no record has a number or reads as a sentence), or
 * - its header pairs a task column with a column that assigns a role, or
 * - a column or label assigns a unit a role and most rows read as tasks (a clause
 *   or sentence, not a name: `完成改造。` is a task, `个体工商户设立登记` a service).
 * Returns null when it is, else what the document looks like instead.
 */
export function notADecomposition(doc: InputDocument, result: LayoutResult): string | null {
  // a report on how the tasks went (`关于…重点任务推进情况的通报`, `…重点工作完成情况总结`), titled so, that never
  // calls itself a decomposition: its tasks and units are the report's items
  const title = doc.lines.slice(0, TITLE_LINES).map((l) => toSimplified(l.text.replace(/\s+/g, ""))).find((t) => PROGRESS_TITLE.test(t));
  if (title && !doc.lines.some((l) => /分解|分工/.test(l.text))) {
    return `这是一份工作进展或完成情况的通报（总结），标题为“${title.slice(0, 40)}”：其中的编号条目是对任务落实情况的报告，不是责任分解`;
  }
  const words = onlyGuessedTasks(result) ? STRONG_DECOMPOSITION_WORDS : DECOMPOSITION_WORDS;
  if (doc.lines.some((l) => words.test(l.text.replace(/\s+/g, "")))) return null;
  // a notice that holds an event (`关于举办…丰收节系列活动的通知`): its numbered items are the event's parts
  if (doc.lines.some((l) => EVENT_NOTICE.test(toSimplified(l.text.replace(/\s+/g, ""))))) {
    return "这是一份举办活动或会议的通知，其中编号条目是活动（会议）的安排，不是政府工作报告目标任务的责任分解";
  }
  const headers = result.tables.flatMap((t) => t.headers);
  // a plan of projects and their money (`项目名称 | 总投资 | 2024年计划投资 | 责任单位`) that never calls itself a decomposition
  const texts = headers.map((h) => toSimplified(h.text.replace(/\s+/g, "")));
  if (texts.some((t) => PROJECT_HEADER.test(t)) && texts.some((t) => MONEY_HEADER.test(t))) {
    return "这是一份项目（投资）计划表：表头是项目名称和投资、资金数额，文中没有“分解”“分工”“重点工作”“目标任务”“政府工作报告”等用语，不是政府工作报告目标任务的责任分解";
  }
  const task = headers.some((h) => h.field === "task" && TASK_HEADER.test(toSimplified(h.text)));
  const role = headers.some((h) => isResponsibilityField(h.field) && ROLE_HEADER.test(toSimplified(h.text)));
  if (role && task) return null;
  const sentences = result.records.filter((r) => {
    const t = r.task.join("");
    return endsSentence(t) || CLAUSE_PUNCTUATION.test(t);
  }).length;
  // sentences under labels that name only people (`负责人：陈志明` under an office's duties) assign no unit a task
  const unitRole = headers.some((h) => UNIT_FIELDS.has(h.field) && ROLE_HEADER.test(toSimplified(h.text)));
  if (unitRole && sentences * 2 >= result.records.length) return null;
  const seen = headers.filter((h) => h.field !== "other").map((h) => h.text);
  return `其中有编号的条目${seen.length ? `（列或标注：${seen.slice(0, 6).join("、")}）` : ""}，但看不出是责任分解：既没有“任务/工作”与“牵头/责任/配合/分管”等分工表头，条目也不像任务（多为名称而非语句），文中也没有“分解”“分工”“重点工作”“目标任务”“政府工作报告”等用语。如确是责任分解表，请用 --layout 指定版式后核对结果`;
}
