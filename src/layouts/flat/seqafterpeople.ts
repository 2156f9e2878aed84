/**
 * A 序号 printed after a people column the header puts first (`责任领导 | 序号 | 目标任务 | …`): in text that keeps a
 * row's first line together (`pdftotext -raw`), each row opens with its leader's name, then its number
 * (`覃某某 1 地区生产总值增长…`), and no line opens with a number. The number is put first (`1 覃某某 地区生产…`),
 * where a row's number opens its row; the name after it is then the people column the header puts before the task.
 *
 * Only under such a header, and only for lines whose number goes on from the row before (the first of them naming a
 * person the lexicon knows, the later ones a name-sized piece at least; the rows above it whose numbers lead up to it, a
 * name-sized piece each), two rows or more: a wrapped task line that opens with a word and a number
 * (`增长 5 个百分点`) does not go on with the rows' numbers.
 */
import type { SourceLine } from "../../model/intermediate.js";
import { classify } from "../../names/classify.js";
import { NAME_SIZED_WIDE } from "../../names/split.js";
import { findFlatHeader } from "./header.js";

/** rows that must open so for the text to be read so */
const MIN_ROWS = 2;
// (one space between the pieces, as stream-order text prints them, or a run of them: `-layout` text pads its columns,
// and where the column reader cannot place its 序号 the stream reader reads it so, every row flagged, see
// `positionedText` in flat.ts)
// (a two-character name padded to a column's width, `庹　川`, is a name too)
const LINE = /^(\p{Script=Han}{2,4}|\p{Script=Han}[ \u3000]\p{Script=Han})\s+(\d{1,3})(?:\s+(.*))?$/u;

/** The lines with each row's number moved before the leader's name that opens its row, or null. */
export function seqAfterPeople(lines: readonly SourceLine[]): SourceLine[] | null {
  const header = findFlatHeader(lines);
  if (!header) return null;
  const at = header.columns.indexOf("seq");
  if (at <= 0 || !header.columns.slice(0, at).every((c) => c === "leaders" || c === "supervisors")) return null;
  let expected: number | null = null;
  let first: { i: number; n: number } | null = null;
  const found = lines.map((l, i) => {
    const m = i > header.end ? LINE.exec(l.text.trim()) : null;
    if (m) m[1] = m[1]!.replace(/[ \u3000]/gu, "");
    return m;
  });
  const nameSized = (m: RegExpExecArray) => {
    const kind = classify(m[1]!);
    return kind === "person" || (kind === "fragment" && NAME_SIZED_WIDE.test(m[1]!));
  };
  const move = new Set<number>();
  found.forEach((m, i) => {
    if (!m) return;
    const n = Number(m[2]);
    const ok = expected === null ? classify(m[1]!) === "person" : n === expected && nameSized(m);
    if (!ok) return;
    first ??= { i, n };
    expected = n + 1;
    move.add(i);
  });
  // the rows above the first whose leader the lexicon knows, their numbers leading up to it (`訾某某 1` … `逯启明 3`)
  if (first !== null) {
    const { i: at, n } = first as { i: number; n: number };
    let want = n - 1;
    for (let i = at - 1; i > header.end && want >= 1; i--) {
      const m = found[i];
      if (m && Number(m[2]) === want && nameSized(m)) {
        move.add(i);
        want--;
      }
    }
  }
  if (move.size < MIN_ROWS) return null;
  return lines.map((l, i) => {
    const m = found[i];
    return m && move.has(i) ? { ...l, text: `${m[2]} ${m[1]}${m[3] ? ` ${m[3]}` : ""}` } : l;
  });
}
