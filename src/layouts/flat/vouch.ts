/**
 * Rows a paragraph dump (`pdftotext` default) can vouch for although the
 * document as a whole lost its order (many rows with names out of column
 * order): a row printed whole inside one page, whose task ends its sentence,
 * whose every column holds names printed as a paragraph of its own (as many
 * paragraphs of names as columns), and whose people count as many as the
 * units they are paired with. Such a row's cells were printed together and in
 * column order, so the text decides it; the document-level doubt is not laid on it.
 */
import type { Diagnostic } from "../../model/schema.js";
import type { EntityField, RawRecord } from "../../model/intermediate.js";
import { isResponsibilityField } from "../../table/lexicon.js";
import type { FlatHeader } from "./header.js";
import { endsSentence } from "./fragments.js";
import type { RowBlock } from "./segment.js";
import { isTaskLine } from "./tasklines.js";
import { FLAT_DEFAULTS, type FlatSettings } from "./settings.js";

/** The paragraphs of names after the row's task (a blank line before each), in a paragraph dump. */
export function nameParagraphs(block: RowBlock, s: FlatSettings = FLAT_DEFAULTS): number {
  let n = 0;
  let inNames = false;
  for (const l of block.lines) {
    if (isTaskLine(l.text, s)) {
      inNames = false;
      continue;
    }
    if (!inNames || l.blankBefore) n++;
    inNames = true;
  }
  return n;
}

export function wholeRows(
  blocks: readonly RowBlock[],
  records: readonly RawRecord[],
  header: FlatHeader,
  paired: EntityField | null,
  diagnostics: readonly Diagnostic[],
  table: number,
  s: FlatSettings = FLAT_DEFAULTS,
): Set<number> {
  const out = new Set<number>();
  if (!paired || !header.columns.includes("leaders")) return out;
  const doubted = new Set(diagnostics.filter((d) => d.seq !== undefined && d.level !== "info" && (d.table ?? table) === table).map((d) => d.seq));
  const fields = header.columns.filter((c): c is EntityField => isResponsibilityField(c));
  const bySeq = new Map(blocks.map((b) => [b.seq, b]));
  const seen = new Map<number, number>();
  for (const r of records) seen.set(r.seq, (seen.get(r.seq) ?? 0) + 1);
  for (const r of records) {
    const block = bySeq.get(r.seq);
    if (!block || seen.get(r.seq) !== 1 || doubted.has(r.seq)) continue;
    // printed inside one page: nothing of it went over a break, nothing of another row came back at a page top
    if (block.lines.some((l) => l.afterBreak)) continue;
    if (!r.task.length || !endsSentence(r.task.join(""))) continue;
    // every column holds names, each printed as a paragraph of its own: as many paragraphs of names as columns
    if (fields.some((f) => !r.cells[f]?.length) || nameParagraphs(block, s) !== fields.length) continue;
    if ((r.cells.leaders?.length ?? 0) !== (r.cells[paired]?.length ?? 0)) continue;
    out.add(r.seq);
  }
  return out;
}
