/**
 * Names printed between a flat table's header and its first row: in reading
 * order a merged cell (a leader or unit spanning several rows) comes out
 * ahead of the rows it spans. Which rows it spans the text does not say, so
 * every row of the table is flagged: its names may lack some of those.
 */
import type { Diagnostic } from "../../model/schema.js";
import type { RawRecord } from "../../model/intermediate.js";
import { entityTokens, isEntityLine, tokenKind } from "./fragments.js";

export const NAMES_BEFORE_ROWS_CODE = "FLAT_NAMES_BEFORE_ROWS";

/** The unit and person names on the lines before the first row (lines of names only). */
export function namesBeforeRows(leading: ReadonlyArray<{ text: string }>): string[] {
  return leading.flatMap((l) => {
    if (!isEntityLine(l.text)) return [];
    const names = entityTokens(l.text);
    return names.every((n) => tokenKind(n) !== "fragment") ? names : [];
  });
}

/** One warning per row of the table when names stand before its first row and no row took them in. */
export function flagNamesBeforeRows(records: readonly RawRecord[], leading: ReadonlyArray<{ text: string; line: number }>, table: number): Diagnostic[] {
  const rows = records.filter((r) => r.table === table);
  // a name some row holds was read (a column block dealt to the rows): only the lost ones cast doubt
  const held = rows.flatMap((r) => Object.values(r.cells).flatMap((cell) => (cell ?? []).map((c) => c.text.replace(/\s+/g, "")))).join("|");
  const names = namesBeforeRows(leading).filter((n) => !held.includes(n));
  if (!names.length) return [];
  const shown = names.slice(0, 4).join("、") + (names.length > 4 ? " 等" : "");
  const line = leading.find((l) => isEntityLine(l.text))?.line;
  return rows.map((r) => ({
      level: "warning" as const,
      code: NAMES_BEFORE_ROWS_CODE,
      message: `表头之后、第一个序号之前${line ? `（原文第 ${line} 行起）` : ""}印有 ${names.length} 个单位或人员名称（${shown}），按阅读顺序被提到了各行之前（常见于跨多行的合并单元格），无法确定属于哪几项：第 ${r.seq} 项的责任单位或人员可能缺了其中的名称。请对照原 PDF 核对。`,
      table,
      seq: r.seq,
      line: r.source.line ?? line,
    }));
}
