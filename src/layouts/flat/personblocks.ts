/**
 * A person column printed as one block after its label (`pdftotext` default mode: poppler's reading
 * order prints a page's 分管领导 or 责任人 cells one after another, with no row boundary): when the
 * block holds exactly one name per row of its page, the names are dealt to the rows in order.
 *
 * What the text still says: the block's names are in the order of the rows, and the page's rows are
 * those whose 序号 is printed after the previous block of the same column (or the table's start)
 * and before this one. A block with as many names as the page has rows is read as one name per
 * row — the usual shape of a supervising-leader column — and every row dealt so is flagged, since
 * a row with two names and another with none would print the same block.
 *
 * Names of other columns printed inside the block (a tall row's units flowing beside the people)
 * are not counted and stay where they were read.
 */
import type { Diagnostic } from "../../model/schema.js";
import type { CanonicalField } from "../../model/schema.js";
import type { EntityField, RawRecord, SourceLine } from "../../model/intermediate.js";
import { cleanName } from "../../text/hygiene.js";
import { entityTokens, tokenKind } from "./fragments.js";
import { labelLines } from "./pageblocks.js";

/** fewer names than this in a block: nothing to deal (one row's cell, not a page's column) */
const MIN_BLOCK_NAMES = 2;

const PERSON_FIELDS: ReadonlySet<CanonicalField> = new Set<CanonicalField>(["leaders", "supervisors"]);

/** A person column's block: its field, the line of its label, and its people in printed order. */
export interface PersonBlock {
  field: EntityField;
  /** source line number of the label (the last line of a wrapped label) */
  label: number;
  names: Array<{ name: string; line: number }>;
}

/**
 * Blocks of person names printed right after a person column's label alone on its line: the run
 * of name lines after the label (units among them allowed, not counted), ended by any other line
 * (task text, a number, another label; blank lines between cells are skipped). The first line
 * after the label must be a person's name.
 */
export function personBlocks(lines: readonly SourceLine[], columns: readonly CanonicalField[]): PersonBlock[] {
  const labels = labelLines(lines);
  const out: PersonBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const field = labels.get(lines[i]!.line);
    if (!field || !PERSON_FIELDS.has(field) || !columns.includes(field)) continue;
    // a wrapped label: the block starts after its last line
    if (labels.get(lines[i + 1]?.line ?? -1) === field) continue;
    const names: PersonBlock["names"] = [];
    let started = false;
    for (let k = i + 1; k < lines.length; k++) {
      const l = lines[k]!;
      const t = l.text.trim();
      // blank lines fall between a block's cells
      if (!t) continue;
      const toks = entityTokens(t);
      const kinds = toks.map((x) => tokenKind(x));
      // another column's label ends the block (a unit read as a label, `区直有关单位`, does not)
      if (!toks.length || kinds.some((x) => x === "fragment")) break;
      if (!started && !(kinds.length === 1 && kinds[0] === "person")) break;
      started = true;
      toks.forEach((x, j) => {
        if (kinds[j] === "person") names.push({ name: cleanName(x), line: l.line });
      });
    }
    if (names.length >= MIN_BLOCK_NAMES) out.push({ field: field as EntityField, label: lines[i]!.line, names });
  }
  return out;
}

/** The rows dealt one name each, by seq, with the block they came from. */
export interface DealtRow {
  seq: number;
  line: number;
  field: EntityField;
  label: number;
}

/**
 * Deal each block whose names are as many as its page's rows (rows whose first line lies after the
 * previous block of the same column, and before this block's label), one name per row, in order,
 * when the page's rows were read with exactly the block's names in that column (the block is the
 * page's whole column, not the rest of one printed partly beside the rows). The rows' cells of that
 * column are replaced by the dealt name.
 */
export function dealPersonBlocks(records: readonly RawRecord[], blocks: readonly PersonBlock[]): { records: RawRecord[]; dealt: DealtRow[] } {
  const out = [...records];
  const dealt: DealtRow[] = [];
  const prevLabel = new Map<EntityField, number>();
  for (const b of blocks) {
    const from = prevLabel.get(b.field) ?? 0;
    prevLabel.set(b.field, b.label);
    const page = out.map((r, i) => ({ r, i })).filter(({ r }) => (r.source.line ?? -1) > from && (r.source.line ?? Infinity) < b.label);
    if (page.length !== b.names.length) continue;
    // the rows of a page are consecutive, in numbering order
    if (page.some(({ r }, k) => k > 0 && r.seq <= page[k - 1]!.r.seq)) continue;
    // the block is the page's whole column: the names its rows were read with are the block's, no others
    const held = page.flatMap(({ r }) => (r.cells[b.field] ?? []).map((c) => cleanName(c.text))).sort();
    if (held.join("|") !== b.names.map((n) => n.name).sort().join("|")) continue;
    page.forEach(({ r, i }, k) => {
      out[i] = { ...r, cells: { ...r.cells, [b.field]: [{ text: b.names[k]!.name }] }, presplit: [...new Set([...(r.presplit ?? []), b.field])] };
      dealt.push({ seq: r.seq, line: r.source.line ?? b.label, field: b.field, label: b.label });
    });
  }
  return { records: out, dealt };
}

/** One warning per row dealt a name from a column block: the count fits, the cut is still a guess. */
export function dealtRowDiagnostics(rows: readonly DealtRow[], table: number, label: (f: EntityField) => string): Diagnostic[] {
  return rows.map((d) => ({
    level: "warning" as const,
    code: "FLAT_PERSON_BLOCK_DEALT",
    message: `第 ${d.seq} 项：“${label(d.field)}”一栏按阅读顺序整块印在第 ${d.label} 行之后，人数与本页行数相同，已按先后每项分一人。若某项原有两人或空格，名单会错位，请对照原文核对。`,
    table,
    seq: d.seq,
    line: d.line,
  }));
}
