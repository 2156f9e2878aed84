/**
 * A header label wrapped in its cell whose last characters poppler's default order prints after
 * the other labels (Chromium-made PDFs: the two-line cell's first line sits above the one-line
 * labels, its last line below them):
 *
 *   序号 分管区领            ← `分管区领` names no column
 *   重点工作任务
 *   牵头单位 责任单位 完成时限
 *   导                      ← alone on its line, names no column either
 *
 * The tail is joined to the one earlier label it completes (`分管区领` + `导` = `分管区领导`), which
 * keeps its place. Joined only when the earlier label names no column on its own, the tail names
 * none, the join names one, and exactly one earlier label is completed so: `完成时限` + `导` names
 * nothing, and a tail printed right after its label is left to the ordinary segmentation. The
 * earlier label must share its line with another label: one printed alone above the others (the
 * first line of a centred two-line cell) shows no place among them.
 */
import { cleanName } from "../../text/hygiene.js";
import { HEADER_RULES, mapHeader } from "../../table/headers.js";
import { isUninterpretedWord } from "./header.js";
import { tokenKind } from "./fragments.js";

const LISTED: ReadonlySet<string> = new Set(HEADER_RULES.flatMap((r) => r.examples));

/** the first line of a wrapped listed label (`区分管或联` of `区分管或联系领导`) */
export const opensListedLabel = (w: string) => [...LISTED].some((l) => l.length > cleanName(w).length && l.startsWith(cleanName(w)));

/** a stray tail is at most this many characters (`导`, `领导`) */
export const MAX_TAIL_CHARS = 2;

export interface HeaderToken {
  text: string;
  row: number;
}

/** a label printed with others on its line: its place among them is printed (one alone on a line above them has none) */
const sharesLine = (tokens: readonly HeaderToken[], j: number) => tokens.some((t, i) => i !== j && t.row === tokens[j]!.row);

const namesNothing = (t: string) => mapHeader(t) === "other" && !isUninterpretedWord(t);

/** The tokens with every stray tail joined to the label it completes (see the module note). */
export function joinStrayTails<T extends HeaderToken>(tokens: readonly T[]): T[] {
  const out = tokens.map((t) => ({ ...t }));
  for (let k = out.length - 1; k > 0; k--) {
    const tail = cleanName(out[k]!.text);
    const alone = out.filter((t) => t.row === out[k]!.row).length === 1;
    if (!alone || !/^\p{Script=Han}+$/u.test(tail) || [...tail].length > MAX_TAIL_CHARS || !namesNothing(tail)) continue;
    const heads = out
      .map((t, j) => ({ t, j }))
      .filter(({ t, j }) => j < k - 1 && t.row < out[k]!.row && sharesLine(out, j) && namesNothing(cleanName(t.text)) && mapHeader(cleanName(t.text) + tail) !== "other");
    if (heads.length !== 1) continue;
    const { j } = heads[0]!;
    out[j] = { ...out[j]!, text: out[j]!.text + tail };
    out.splice(k, 1);
  }
  return out;
}

/**
 * A line of whole names (units `城管局`, people `高明`) names no column: after a complete header it
 * is the first row's cell (a column printed as a block under its label), not the rest of a wrapped
 * label — `牵头单位` + `城管局` and `配合单位` + `高明` are no labels. A wrapped label's rest (`导`,
 * `单位`, `领导`) is no whole name, nor is a listed label's first line (`区分管或联`), a label of its own (`配合单位`) names a column, and a rest that
 * completes the label before it into a listed or uninterpreted label (`完成` + `时限`) is kept.
 */
export function isUnitNamesLine(text: string, previous = ""): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (!words.length || !words.every((w) => tokenKind(w) !== "fragment" && mapHeader(w) === "other" && !opensListedLabel(w))) return false;
  // the rest of a wrapped label (`完成` + `时限`) completes a listed or uninterpreted label
  const joined = cleanName(previous) + cleanName(words[0]!);
  return !LISTED.has(joined) && !isUninterpretedWord(joined);
}
