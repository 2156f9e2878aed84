/**
 * A 序号 printed after a people column the header puts first (`责任领导 | 序号 | 目标任务 | …`): in text that keeps a
 * row's first line together (`pdftotext -raw`), each row opens with its leader's name, then its number
 * (`覃某某 1 地区生产总值增长…`), and no line opens with a number. The number is put first (`1 覃某某 地区生产…`),
 * where a row's number opens its row; the name after it is then the people column the header puts before the task.
 *
 * Only under such a header, and only for lines whose number goes on from the row before (the first of them naming a
 * person the lexicon knows, the later ones a name-sized piece at least), two rows or more: a wrapped task line that
 * opens with a word and a number (`增长 5 个百分点`) does not go on with the rows' numbers.
 */
import type { SourceLine } from "../../model/intermediate.js";
import { classify } from "../../names/classify.js";
import { NAME_SIZED_WIDE } from "../../names/split.js";
import { findFlatHeader } from "./header.js";

/** rows that must open so for the text to be read so */
const MIN_ROWS = 2;
// (one space between the pieces, as stream-order text prints them; `-layout` text pads its columns with many, and its
// centred cells print a row's names above its number: that text is the column reader's)
const LINE = /^(\p{Script=Han}{2,4}) (\d{1,3})(?: (.*))?$/u;

/** The lines with each row's number moved before the leader's name that opens its row, or null. */
export function seqAfterPeople(lines: readonly SourceLine[]): SourceLine[] | null {
  const header = findFlatHeader(lines);
  if (!header) return null;
  const at = header.columns.indexOf("seq");
  if (at <= 0 || !header.columns.slice(0, at).every((c) => c === "leaders" || c === "supervisors")) return null;
  let expected: number | null = null;
  let moved = 0;
  const out = lines.map((l, i) => {
    if (i <= header.end) return l;
    const m = LINE.exec(l.text.trim());
    if (!m) return l;
    const n = Number(m[2]);
    const kind = classify(m[1]!);
    const ok = expected === null ? kind === "person" : n === expected && (kind === "person" || (kind === "fragment" && NAME_SIZED_WIDE.test(m[1]!)));
    if (!ok) return l;
    expected = n + 1;
    moved++;
    return { ...l, text: `${m[2]} ${m[1]}${m[3] ? ` ${m[3]}` : ""}` };
  });
  return moved >= MIN_ROWS ? out : null;
}
