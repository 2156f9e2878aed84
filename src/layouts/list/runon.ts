/**
 * Lines whose breaks were lost (a web page flattened to one line per paragraph):
 * a heading and its numbered tasks, or several tasks, run on one line —
 * `一、做大做强实体经济 1.…。（责任单位：X）2.…。（牵头单位：Y）3.…`. Split them
 * back, but only where the text itself shows a new paragraph:
 * - before a task number right after a responsibility bracket that closes the task before it;
 * - before a task number after a short heading without punctuation that opens the line.
 * Numbers inside a task (`分三步：1.调研。2.试点。`) follow no such bracket and stay.
 */
import type { SourceLine } from "../../model/intermediate.js";
import { CN_NUMERALS } from "../../table/lexicon.js";
import { LIST_SETTINGS } from "./data.js";
import { parseResponsibility } from "./labels.js";
import { readNumbering } from "./numbering.js";
import { CLOSERS, hasEntities, OPENERS } from "./responsibility.js";

/** A task number that may open a run-on paragraph: `2.`, `2、`, `（2）` (not `2.5`), `二是`. */
const RUN_ON_MARKER = new RegExp(`(?:\\d{1,3}[.．、](?!\\d)|[（(]\\d{1,3}[）)]|[${CN_NUMERALS}]{1,3}是)`, "g");

/** Offsets in `text` where a run-on paragraph starts. */
export function runOnStarts(text: string): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(RUN_ON_MARKER)) {
    const at = m.index;
    if (at === 0) continue;
    const before = text.slice(0, at).replace(/[\s。；;]+$/, "");
    if (closesWithResponsibility(before) || (starts.length === 0 && opensWithHeading(text.slice(0, at)))) starts.push(at);
  }
  return starts;
}

/** Does the text end with a bracket that holds responsibility (`（责任单位：县工信局）`)? */
function closesWithResponsibility(text: string): boolean {
  if (!text || !CLOSERS.includes(text[text.length - 1]!)) return false;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (CLOSERS.includes(ch)) depth++;
    else if (OPENERS.includes(ch) && --depth === 0) {
      const r = parseResponsibility(text.slice(i + 1, -1), true);
      return r !== null && hasEntities(r);
    }
  }
  return false;
}

/** A short numbered heading without punctuation, then a space (`一、做大做强实体经济 `). */
function opensWithHeading(text: string): boolean {
  if (!/\s$/.test(text)) return false;
  const n = readNumbering(text);
  const rest = n?.rest.trim() ?? "";
  return n !== null && new RegExp(`^[（(]?[${CN_NUMERALS}]`).test(n.marker) && rest.length > 0 && rest.length <= LIST_SETTINGS.maxHeadingChars && !/[，,。；;：:！!？?（(]/.test(rest);
}

/** The lines with every run-on paragraph on a line of its own (each keeps its source line number). */
export function splitRunOnLines(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const l of lines) {
    const starts = runOnStarts(l.text);
    if (!starts.length) {
      out.push(l);
      continue;
    }
    [0, ...starts].forEach((s, i) => {
      const piece = l.text.slice(s, starts[i] ?? l.text.length).trim();
      if (piece) out.push({ ...l, text: piece });
    });
  }
  return out;
}
