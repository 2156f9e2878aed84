/**
 * A table whose 序号 is its LAST column, flattened one cell per line (`分管县领导 | 工作任务 | 责任分工 | 序号`, a web
 * table pasted as text): each row's number closes the row instead of opening it. Read as if it opened the row, every
 * row takes the next row's cells (the first row's cells lost before the first number, the last number with nothing
 * after it) — wrong on every row and said on none. So each number is put back before the lines of its row (the lines
 * since the number before it), headings above a row staying above it, and 序号 becomes the header's first column.
 *
 * Only where the header ends with 序号, at least MIN_NUMBERS bare numbers follow it in order (each the one after the
 * last), and each has lines of its own row before it. A 序号 printed first, or anywhere but last, is left as printed.
 */
import type { CanonicalField } from "../../model/schema.js";
import type { SourceLine } from "../../model/intermediate.js";
import type { FlatHeader } from "./header.js";
import { markerLevel } from "./fragments.js";

/** numbers needed in order after the header for the table to be read as numbered at its rows' ends */
const MIN_NUMBERS = 2;
/** a bare 序号 on a line of its own */
const BARE_NUMBER = /^\s*([0-9０-９]{1,3})\s*[.、．]?\s*$/;

const numberOf = (text: string): number | null => {
  const m = BARE_NUMBER.exec(text);
  return m ? Number(m[1]!.normalize("NFKC")) : null;
};

/** The lines with every row's closing number moved before its row, and the header with 序号 first; or null. */
export function seqFirst(lines: readonly SourceLine[], header: FlatHeader): { lines: SourceLine[]; header: FlatHeader } | null {
  const n = header.columns.length;
  if (n < 2 || header.columns[n - 1] !== "seq" || header.columns.indexOf("seq") !== n - 1) return null;
  const body = header.end + 1;
  // the numbers in order, each after lines of its own row
  const at: number[] = [];
  let last: number | null = null;
  let since = 0;
  for (let i = body; i < lines.length; i++) {
    const text = lines[i]!.text;
    const v = numberOf(text);
    // a number before any row's lines opens its row: the table is numbered as usual
    if (v !== null && last === null && since === 0) return null;
    if (v !== null && since > 0 && (last === null || v === last + 1)) {
      at.push(i);
      last = v;
      since = 0;
      continue;
    }
    if (text.trim() && markerLevel(text.trim().replace(/\s+/g, "")) === null) since++;
  }
  if (at.length < MIN_NUMBERS) return null;
  const out = [...lines];
  let from = body;
  for (const j of at) {
    // the row's lines: after the number before it, past blank lines and headings above the row
    let first = from;
    while (first < j && (!lines[first]!.text.trim() || markerLevel(lines[first]!.text.trim().replace(/\s+/g, "")) !== null)) first++;
    out.splice(first, j - first + 1, lines[j]!, ...lines.slice(first, j));
    from = j + 1;
  }
  const order = [n - 1, ...Array.from({ length: n - 1 }, (_, k) => k)];
  const columns: CanonicalField[] = order.map((k) => header.columns[k]!);
  return { lines: out, header: { ...header, headers: order.map((k) => header.headers[k]!), columns } };
}
