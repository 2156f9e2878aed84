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
import { endsSentence, entityTokens, isHeadingFragment, isHeadingStart, tokenKind } from "./fragments.js";
import { headingTailPiece, isNameLine, isTaskLine, splitTaskLine } from "./tasklines.js";
import type { FlatLine, RowBlock, Segmentation } from "./segment.js";
import { opensWithRoleLabel } from "../list/labels.js";
import { FLAT_DEFAULTS, type FlatSettings } from "./settings.js";



/** Is the row interleaved: task text, then a name (glued or on its own line), then more task text of the same sentence? */
export function isInterleaved(lines: readonly FlatLine[], s: FlatSettings = FLAT_DEFAULTS): boolean {
  let open = false;
  let namesSince = false;
  for (const l of beforeLabels(lines)) {
    if (isTaskLine(l.text, s)) {
      const parts = splitTaskLine(l.text, s);
      // names between the task's lines, or a heading piece printed before a line of the open task
      if (open && (namesSince || parts.heading !== null)) return true;
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
export function untangleRow(whole: RowBlock, s: FlatSettings = FLAT_DEFAULTS): RowBlock | null {
  if (!isInterleaved(whole.lines, s)) return null;
  // (the lines from a role label on are a label cell's, in their order: `配合单位：…、县` | `投资促进中心`)
  const head = beforeLabels(whole.lines);
  const block = { ...whole, lines: head };
  const cell = whole.lines.slice(head.length);
  const headings: FlatLine[] = [];
  const task: FlatLine[] = [];
  const names: FlatLine[] = [];
  let inHeading = false;
  /** a heading piece was printed before a task line: its next fragment may follow the names beside that line */
  let pieceOpen = false;
  let open = false;
  // what follows the task's last line stays where it is (a heading there belongs to the rows below)
  let last = -1;
  block.lines.forEach((l, k) => {
    if (isTaskLine(l.text, s)) last = k;
  });
  for (const [k, l] of block.lines.entries()) {
    const bare = { ...l, blankBefore: false };
    if (k > last) {
      // (the rest of a heading piece glued to the task's last line: `一、狠抓科技创 入增长 20%以上。` + `新`)
      const rest = l.text.replace(/\s+/g, "");
      inHeading = inHeading && isHeadingFragment(rest, s) && tokenKind(rest) === "fragment";
      if (inHeading) headings.push(bare);
      else names.push(l);
      continue;
    }
    if (isTaskLine(l.text, s)) {
      const p = splitTaskLine(l.text, s, true);
      if (p.heading) headings.push({ ...bare, text: p.heading });
      inHeading = p.heading !== null;
      pieceOpen = p.heading !== null;
      task.push({ ...bare, text: p.task });
      open = !endsSentence(p.task);
      if (p.names.length) names.push({ ...bare, text: p.names.join(" ") });
      continue;
    }
    if (isHeadingStart(l.text, s)) {
      headings.push(bare);
      inHeading = true;
      pieceOpen = false;
      continue;
    }
    const piece = l.text.replace(/\s+/g, "");
    if (inHeading && isHeadingFragment(piece, s) && tokenKind(piece) === "fragment") {
      headings.push(bare);
      continue;
    }
    inHeading = false;
    if (pieceOpen && headingTailPiece(piece, s)) {
      // the rest of a heading piece printed before a task line (`（二）加快科创载 促成…` | `科技局` | `体建设`):
      // the 项目 cell's next line, printed after the names beside the task's line
      headings.push(bare);
      pieceOpen = false;
      continue;
    }
    if (open && !isNameLine(l.text, s) && entityTokens(l.text).length === 1) {
      // a wrapped piece of the open sentence that is no name (`等基地`, `诊医技综合楼建设和妇幼保健院`)
      task.push(bare);
      continue;
    }
    names.push(l);
  }
  return { ...whole, lines: [...headings, ...task, ...names, ...cell] };
}

/**
 * A row's lines before its first role-label line (`牵头单位：X`): a label cell's lines are names in the order
 * printed, never a task's lines cut by names (its colon and 、 read like prose).
 */
function beforeLabels(lines: readonly FlatLine[]): readonly FlatLine[] {
  const at = lines.findIndex((l) => opensWithRoleLabel(l.text));
  return at < 0 ? lines : lines.slice(0, at);
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

/**
 * A dump that prints its rows interleaved (reading order): at least this share of its rows
 * has a task cut by names. A dump in stream order (`-raw`, a PDF viewer's copy) shows a cut
 * task only where a cell breaks across a page or wraps beside a narrow column, and is read as it is.
 */
export const INTERLEAVED_ROWS_SHARE = 0.25;

/** A name token whose bracket is left open (`区发改局（区金`): the unit's first printed line. */
const OPEN_NAME = /^[\p{Script=Han}A-Za-z0-9]{2,}[（(][^（）()]*$/u;
/** The rest of such a name: a short piece that closes the bracket and opens none (`融办）`). */
const CLOSER = /^[^\s（）()]{1,10}[）)]$/u;
/** A name's first printed line opening a line is at most this long (a task's words are longer). */
const MAX_OPEN_NAME_CHARS = 10;
/** How many lines below an open name its closing piece may be printed (a line or two of the task between). */
const CLOSER_REACH = 3;

/**
 * A bracketed unit name wrapped inside its bracket in a row printed interleaved: its first line is glued after
 * a task line or among names (`…争取一批境 区发改局（区金`) and its rest after a later line of the task
 * (`…业务总部、运 融办）`) or on a line of its own (`民融合办）`). The rest is put back on its name
 * (`区发改局（区金融办）`), so the task keeps none of it. Only a name the lexicon reads as a unit once whole is
 * joined; a bracket that the task itself opens (`（含`) is no name and is left alone.
 */
export function joinWrappedBrackets(block: RowBlock): RowBlock {
  const toks = block.lines.map((l) => l.text.trim().split(/[ \t\u3000]+/).filter(Boolean));
  let changed = false;
  toks.forEach((line, i) => {
    line.forEach((tok, j) => {
      // (a line's first token is its task's words unless it is short enough for a name's first line)
      if (!OPEN_NAME.test(tok) || (j === 0 && tok.length > MAX_OPEN_NAME_CHARS)) return;
      for (let k = i + 1; k < Math.min(toks.length, i + 1 + CLOSER_REACH); k++) {
        const next = toks[k]!;
        const alone = next.length === 1;
        const last = next.at(-1);
        if (last === undefined || !CLOSER.test(last)) continue;
        if (tokenKind(tok + last) !== "unit") return;
        line[j] = tok + last;
        next.pop();
        changed = true;
        if (alone) toks[k] = [];
        return;
      }
    });
  });
  if (!changed) return block;
  const lines = block.lines.flatMap((l, i) => (toks[i]!.length ? [{ ...l, text: toks[i]!.join(" ") }] : []));
  return { ...block, lines };
}

/** Every interleaved row put back in order, in a dump that interleaves its rows; otherwise the rows as they are. */
export function untangleRows(seg: Segmentation, table: number, diagnostics: Diagnostic[], s: FlatSettings = FLAT_DEFAULTS): Segmentation {
  const cut = seg.rows.filter((r) => isInterleaved(r.lines, s));
  if (!cut.length || cut.length < seg.rows.length * INTERLEAVED_ROWS_SHARE) return seg;
  const rows = seg.rows.map((r) => {
    // (the row as printed when the joined name is too long to read beside a task line)
    const joined = joinWrappedBrackets(r);
    const untangled = untangleRow(joined, s) ?? (joined === r ? null : untangleRow(r, s));
    if (untangled) diagnostics.push(interleavedRowDiagnostic(r, table));
    return untangled ?? r;
  });
  return { ...seg, rows };
}
