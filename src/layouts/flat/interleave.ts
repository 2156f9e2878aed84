/**
 * A row printed interleaved (`pdftotext` default mode, reading order): each
 * visual line of the row comes out as the task cell's line, with the unit
 * printed beside it glued after a space (`…研发投 科技局`), the people of that
 * line on a line of their own, and pieces of the merged 项目 cell in between
 * (`一、狠抓科技创 入增长 20%以上。`, `新`). The task is then cut by names:
 * a task line that does not end its sentence is followed by names and then
 * by more task text.
 *
 * Such a row is put back in the order a flattened row is read: the heading
 * pieces first, the task's lines whole, then the names in the order printed.
 * Rows whose task is not cut by names are left as they are.
 */
import type { Diagnostic } from "../../model/schema.js";
import { isTaskLine } from "./blocks.js";
import { endsSentence, entityTokens, isEntityToken, isHeadingFragment, isHeadingStart, tokenKind } from "./fragments.js";
import type { FlatLine, RowBlock } from "./segment.js";
import { FLAT_DEFAULTS, type FlatSettings } from "./settings.js";

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
 */
export function splitTaskLine(text: string, s: FlatSettings = FLAT_DEFAULTS): TaskLineParts {
  const toks = text.trim().split(/[ \t\u3000]+/).filter(Boolean);
  let heading: string | null = null;
  if (toks.length > 1 && isHeadingStart(toks[0]!, s)) heading = toks.shift()!;
  const names: string[] = [];
  let cut = toks.length;
  while (cut > 1) {
    const last = toks[cut - 1]!;
    if (!isEntityToken(last, s) || last.length > MAX_GLUED_NAME_CHARS || tokenKind(last) === "fragment") break;
    cut--;
  }
  // the name next to the task is a unit (the column beside the task), and the task does not end in a number (`381 万平方米`)
  while (cut < toks.length && (tokenKind(toks[cut]!) !== "unit" || NUMBER_END.test(toks[cut - 1]!))) cut++;
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

/** Is the row interleaved: task text, then a name (glued or on its own line), then more task text of the same sentence? */
export function isInterleaved(lines: readonly FlatLine[], s: FlatSettings = FLAT_DEFAULTS): boolean {
  let open = false;
  let namesSince = false;
  for (const l of lines) {
    if (isTaskLine(l.text, s)) {
      if (open && namesSince) return true;
      const parts = splitTaskLine(l.text, s);
      open = !endsSentence(parts.task);
      namesSince = parts.names.length > 0;
    } else if (open && isNameLine(l.text, s)) namesSince = true;
  }
  return false;
}

/**
 * The row's lines in flattened order (headings, task, names), or null when
 * the row is not interleaved. Heading pieces are a heading start and the short
 * fragments after it that are no whole name.
 */
export function untangleRow(block: RowBlock, s: FlatSettings = FLAT_DEFAULTS): RowBlock | null {
  if (!isInterleaved(block.lines, s)) return null;
  const headings: FlatLine[] = [];
  const task: FlatLine[] = [];
  const names: FlatLine[] = [];
  let inHeading = false;
  let open = false;
  for (const l of block.lines) {
    const bare = { ...l, blankBefore: false };
    if (isTaskLine(l.text, s)) {
      const p = splitTaskLine(l.text, s);
      if (p.heading) headings.push({ ...bare, text: p.heading });
      inHeading = p.heading !== null;
      task.push({ ...bare, text: p.task });
      open = !endsSentence(p.task);
      if (p.names.length) names.push({ ...bare, text: p.names.join(" ") });
      continue;
    }
    if (isHeadingStart(l.text, s)) {
      headings.push(bare);
      inHeading = true;
      continue;
    }
    const piece = l.text.replace(/\s+/g, "");
    if (inHeading && isHeadingFragment(piece, s) && tokenKind(piece) === "fragment") {
      headings.push(bare);
      continue;
    }
    inHeading = false;
    if (open && !isNameLine(l.text, s) && entityTokens(l.text).length === 1) {
      // a wrapped piece of the open sentence that is no name (`等基地`, `诊医技综合楼建设和妇幼保健院`)
      task.push(bare);
      continue;
    }
    names.push(l);
  }
  return { ...block, lines: [...headings, ...task, ...names] };
}

/** One warning per row put back in order: its names were read between the lines of its task. */
export function interleavedRowDiagnostic(block: RowBlock, table: number): Diagnostic {
  return {
    level: "warning",
    code: "FLAT_ROW_INTERLEAVED",
    message: `第 ${block.seq} 项的任务正文与单位、人员逐行交错印出（按阅读顺序导出），已把正文各行接起、名称按印出先后归栏。请核对任务全文与各栏名单。`,
    table,
    seq: block.seq,
    line: block.line,
  };
}
