/**
 * One generated case end to end: render the records in a family, parse the text with the
 * library, and list what came back wrong without a flag (empty when the property holds).
 */
import fc from "fast-check";
import { FenjieError } from "../../src/errors.js";
import { parseText } from "../../src/parse.js";
import { silentRows, type SilentRow } from "./compare.js";
import { noticeArb, type GenNotice } from "./records.js";
import { expectedRecords, type Family, type Frame } from "./render.js";

export interface CaseOutcome {
  text: string;
  /** rows wrong and unflagged; a refusal of the notice is one entry with seq -1 */
  silent: SilentRow[];
}

export async function runCase<O>(family: Family<O>, notice: GenNotice, o: O & Frame): Promise<CaseOutcome> {
  const text = family.render(notice, o);
  try {
    const result = await parseText(text, { fileName: "generated.txt" });
    return { text, silent: silentRows(expectedRecords(notice, o), result) };
  } catch (err) {
    // a refusal of a document full of numbered tasks with responsibilities is a bug (issue 15 §3)
    if (err instanceof FenjieError) return { text, silent: [{ seq: -1, problem: `refused: ${err.code} ${err.message}` }] };
    throw err;
  }
}

/** The case arbitrary of a family: a notice it can express and one of its variations. */
export function caseArb<O>(family: Family<O>): fc.Arbitrary<[GenNotice, O & Frame]> {
  return fc.tuple(noticeArb(family.caps), family.options);
}

/** A readable report of a failing case: the text, then what came back. */
export function describeOutcome(o: CaseOutcome): string {
  return `\n----- generated text -----\n${o.text}\n----- wrong and unflagged -----\n${o.silent.map((s) => `#${s.seq} ${s.problem}`).join("\n")}\n`;
}
