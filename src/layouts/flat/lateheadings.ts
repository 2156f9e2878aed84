/**
 * A ruled Word table's heading rows (spanning the table) printed by `pdftotext`'s default
 * reading order after the page's rows: the first heading (`一、…`) and the next one of its level
 * (`二、…`) come out one after the other, below rows that have no section yet. The first
 * heading stood above those rows (it is the first of its numbering, and nothing headed them):
 * they take it in, each flagged, since its place is inferred.
 */
import type { Diagnostic } from "../../model/schema.js";
import type { RawRecord } from "../../model/intermediate.js";
import { cleanText } from "../../text/hygiene.js";
import type { HeadingGroup } from "./anatomy.js";

/** the first heading of a numbering: `一、`, `（一）`, `(一)`, `1.` is not one (a 序号) */
const FIRST_ORDINAL = /^(?:一[、.．]|[（(]一[）)])/u;

export function headLeadingRowsBack(records: RawRecord[], pending: readonly HeadingGroup[], table: number, diagnostics: Diagnostic[]): void {
  if (pending.length < 2) return;
  const [first, second] = pending as [HeadingGroup, HeadingGroup];
  const text = cleanText(first.fragments.join(""));
  if (first.from !== undefined || first.level !== second.level || !FIRST_ORDINAL.test(text)) return;
  const rows = records.filter((r) => r.table === table);
  if (!rows.length || rows.some((r) => r.section.length > 0)) return;
  for (const r of rows) {
    r.section = [text];
    diagnostics.push({
      level: "warning",
      code: "FLAT_HEADING_PRINTED_LATE",
      message: `小标题“${text}”印在第 ${first.line} 行，在它之前的各项之后、下一个同级标题之前（按阅读顺序导出，跨列的标题行被挪到页末）：前面各项没有所属栏目，已按它位于表首归入。请核对第 ${r.seq} 项的所属栏目。`,
      table,
      seq: r.seq,
      line: r.source.line ?? first.line,
    });
  }
}
