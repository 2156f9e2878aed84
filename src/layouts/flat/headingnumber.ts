/**
 * A 类别 cell's heading wrapped in its narrow column, its last piece printed on the line of the first row's 序号
 * (stream-order text of a table whose first column holds the sections):
 *
 *   二、着力推动          ← the heading's first line
 *   提振消费 7            ← its last piece, then the row's number (and maybe its task's first line)
 *   统筹用好超长期…       ← the row's task
 *
 * The line is cut in two, the piece and the number with what follows it, so that the heading is read whole and the row found. Only
 * when the line is a short run of Han characters with no punctuation, a space, and the number of the row after
 * the last one printed, and the line above is a heading's first line or a piece of one.
 *
 * So is a people cell centred on its row and printed on the line of the next row's number, glued to it (`林一凡10`,
 * pdf.js's stream order): only when the line is people's names and nothing else before the number, and the number is
 * the row's after the last one printed.
 */
import type { SourceLine } from "../../model/intermediate.js";
import { isHeadingFragment, isHeadingStart, norm, parseSeqLine } from "./fragments.js";
import { isPersonName } from "../../names/classify.js";

/** people's names, then the row's number glued to them or a space apart (`林一凡10`, `周子墨、孙可为 11 推进…`) */
const NAMES_THEN_NUMBER = /^(\p{Script=Han}{2,4}(?:、\p{Script=Han}{2,4})*)[ \t\u3000]*(\d{1,3})(?:[ \t\u3000]+(\S.*))?$/u;
/** the heading's piece, a space, the row's number */
const PIECE_THEN_NUMBER = /^(\p{Script=Han}[\p{Script=Han}“”]{0,11})[ \t\u3000]+(\d{1,3})(?:[ \t\u3000]+(\S.*))?$/u;
/** lines above the piece looked through for the heading's first line */
const MAX_HEADING_LINES = 3;

export function splitHeadingTailNumbers(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  // the row number printed last, going on from the one before (a 1 starts the rows afresh: a cover letter's
  // `2024 年…` before them breaks nothing)
  let last = 0;
  for (const [i, l] of lines.entries()) {
    const t = norm(l.text).trim();
    const m = PIECE_THEN_NUMBER.exec(t);
    if (m && last > 0 && Number(m[2]) === last + 1 && headingAbove(lines, i)) {
      out.push({ ...l, text: m[1]! }, { ...l, text: m[3] ? `${m[2]} ${m[3]}` : m[2]! });
      last++;
      continue;
    }
    // a people cell centred on its row, printed on the line of the next row's number (stream order: pdf.js)
    const p = NAMES_THEN_NUMBER.exec(t);
    if (p && last > 0 && Number(p[2]) === last + 1 && p[1]!.split("、").every(isPersonName)) {
      out.push({ ...l, text: p[1]! }, { ...l, text: p[3] ? `${p[2]} ${p[3]}` : p[2]! });
      last++;
      continue;
    }
    const seq = parseSeqLine(t);
    if (seq && (last === 0 || seq.seq === 1 || seq.seq === last + 1)) last = seq.seq;
    out.push(l);
  }
  return out;
}

/** Is the line above `i` a heading's first line, or a piece of a heading whose first line is just above? */
function headingAbove(lines: readonly SourceLine[], i: number): boolean {
  for (let j = i - 1, seen = 0; j >= 0 && seen < MAX_HEADING_LINES; j--) {
    const t = norm(lines[j]!.text).trim();
    if (!t) continue;
    seen++;
    if (isHeadingStart(t)) return true;
    if (!isHeadingFragment(t) || parseSeqLine(t)) return false;
  }
  return false;
}
