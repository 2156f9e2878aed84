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
import type { RowBlock } from "./segment.js";
import { isHeadingRow, markerLevel, norm, sectionText } from "./fragments.js";
import { FLAT_DEFAULTS, type FlatSettings } from "./settings.js";
import { chineseNumber } from "../list/numbering.js";

/** the first heading of a numbering: `一、`, `（一）`, `(一)`, `1.` is not one (a 序号) */
const FIRST_ORDINAL = /^(?:一[、.．]|[（(]一[）)])/u;

export function headLeadingRowsBack(records: RawRecord[], pending: readonly HeadingGroup[], table: number, diagnostics: Diagnostic[]): void {
  if (pending.length < 2) return;
  const [first, second] = pending as [HeadingGroup, HeadingGroup];
  const text = sectionText(first.fragments);
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

/**
 * Numbering restarted at 1 with no heading above it (`restartsWithoutHeading`), k times, and after
 * the first such restart exactly k top-level heading rows (`三、…`, `四、…`) printed amid the rows
 * (reading order moves a page's heading rows after its rows), whose ordinals go on, one by one,
 * from the section in force before the first restart (`二、…`): the i-th heading stood above the
 * i-th restart. Each run of restarted rows takes its heading (each row flagged: the pairing rests
 * on counts and order). Only tables with one-level sections; counts or ordinals that do not
 * agree leave the sections as read (the rows stay flagged `SEQ_RESTART_NO_HEADING`).
 */
export function headHeadlessRestarts(records: RawRecord[], rows: readonly RowBlock[], table: number, diagnostics: Diagnostic[], s: FlatSettings = FLAT_DEFAULTS): void {
  const starts = rows.filter((r) => r.printed === 1 && r.headless);
  if (!starts.length) return;
  // every restart after the first must be headless too (a heading printed for one and not another: no pairing)
  if (rows.some((r) => r.printed === 1 && !r.headless && r.seq > starts[0]!.seq)) return;
  const before = records.find((r) => r.table === table && r.seq === starts[0]!.seq - 1);
  if (!before || before.section.length !== 1) return;
  const base = ordinal(before.section[0]!);
  if (base === null) return;
  const headings: string[] = [];
  for (const r of rows) {
    if (r.seq < starts[0]!.seq) continue;
    for (const l of r.lines) if (isHeadingRow(l.text, s) && markerLevel(l.text) === 1) headings.push(cleanText(norm(l.text)));
  }
  if (headings.length !== starts.length || headings.some((h, i) => ordinal(h) !== base + i + 1)) return;
  const runOf = (seq: number) => starts.filter((r) => r.seq <= seq).length - 1;
  const byRow = new Set<number>();
  for (const rec of records) {
    if (rec.table !== table || rec.seq < starts[0]!.seq) continue;
    const h = headings[runOf(rec.seq)]!;
    rec.section = [h];
    byRow.add(rec.seq);
  }
  for (let i = diagnostics.length - 1; i >= 0; i--) {
    const d = diagnostics[i]!;
    if (d.code === "SEQ_RESTART_NO_HEADING" && d.table === table && d.seq !== undefined && byRow.has(d.seq)) diagnostics.splice(i, 1);
  }
  for (const rec of records) {
    if (!byRow.has(rec.seq) || rec.table !== table) continue;
    const run = runOf(rec.seq);
    diagnostics.push({
      level: "warning",
      code: "SEQ_RESTART_HEADING_BY_ORDER",
      message: `序号在第 ${starts[run]!.line} 行从 1 重新编起，其上没有印出标题；其后按阅读顺序印出的 ${headings.length} 个同级标题与 ${starts.length} 处重新编号数目相符、序数相接，已按先后配对，归入“${headings[run]}”。请核对第 ${rec.seq} 项的所属栏目。`,
      table,
      seq: rec.seq,
      line: rec.source.line ?? starts[run]!.line,
    });
  }
}

/** the value of a top-level heading's marker (`三、…` → 3), or null */
function ordinal(text: string): number | null {
  const m = /^([一二三四五六七八九十百]+)[、.．]/u.exec(norm(text));
  if (!m) return null;
  const n = chineseNumber(m[1]!);
  return Number.isFinite(n) ? n : null;
}
