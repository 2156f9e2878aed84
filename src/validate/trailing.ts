/**
 * A row after a table's last one whose number was printed inside another cell's line (text copied out of a PDF:
 * `12 亿元地区生产总值…`, the 序号 glued to a task's second line by the reading order). Nothing reads it as a row,
 * so no check of the numbering sees it missing. A line of the table (below its first row's start: a dump's reading
 * order may print it anywhere) that opens with the next number or two, followed by text (not a bare `|` mark), is named by a `SEQ_MISSING` warning of its own number: the clerk looks for that row.
 * So is a first table's first row or two when the table is read from a later number and a line below its first
 * row opens with the missing number (`1 地区生产总值…` printed after row 11 by the reading order).
 * Only for tables rebuilt from text order or positions (a document's own table delimits its rows).
 */
import type { Diagnostic, Task } from "../model/schema.js";
import type { SourceLine, TableStructure } from "../model/intermediate.js";

/** how many numbers after the last row's are looked for */
const NEXT_NUMBERS = 2;

export function trailingNumbers(tasks: readonly Task[], lines: readonly SourceLine[], structure: (table: number) => TableStructure | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  const tables = [...new Set(tasks.map((t) => t.table))];
  tables.forEach((table, k) => {
    if (structure(table) === "exact") return;
    const rows = tasks.filter((t) => t.table === table);
    const last = rows.at(-1)!;
    // (the reading order of a dump may print it anywhere among the table's lines)
    const from = rows[0]!.source.line;
    if (from === undefined) return;
    // up to the next table's first row
    const next = tables[k + 1] === undefined ? undefined : tasks.find((t) => t.table === tables[k + 1])?.source.line;
    const seen = new Set(rows.map((t) => t.seq));
    // a line of the table that opens with the number, followed by text
    const opening = (n: number): SourceLine | undefined => {
      const glued = new RegExp(`^\\s*${n}\\s+[^\\s|｜]`);
      return lines.find((l) => l.line > from && (next === undefined || l.line < next) && glued.test(l.text.normalize("NFKC")));
    };
    const missing = (n: number, hit: SourceLine, message: string): Diagnostic => ({ level: "warning", code: "SEQ_MISSING", message, table, seq: n, line: hit.line, ...(hit.page ? { page: hit.page } : {}) });
    const quoted = (hit: SourceLine): string => hit.text.trim().slice(0, 16);
    // the first table starting after 1: its first rows' numbers printed further down (a dump's reading order)
    const first = rows[0]!;
    if (k === 0 && first.seq > 1 && first.seq - 1 <= NEXT_NUMBERS) {
      for (let n = 1; n < first.seq; n++) {
        const hit = opening(n);
        if (hit) out.push(missing(n, hit, `没有读出第 ${n} 项：表格从第 ${first.seq} 项读起，而第 ${hit.line} 行以“${n}”开头（“${quoted(hit)}”），可能是第 ${n} 项印在了表格的别处。请核对原文，补上这一项。`));
      }
    }
    for (let n = last.seq + 1; n <= last.seq + NEXT_NUMBERS; n++) {
      if (seen.has(n)) continue;
      const hit = opening(n);
      if (!hit) break;
      out.push(missing(n, hit, `没有读出第 ${n} 项：第 ${hit.line} 行以“${n}”开头（“${quoted(hit)}”），可能是第 ${n} 项的序号与别格的文字印在了一行，这一项的内容可能并入了第 ${last.seq} 项。请核对原文。`));
    }
  });
  return out;
}
