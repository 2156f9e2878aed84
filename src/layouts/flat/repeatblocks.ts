/**
 * A unit column printed as one block after its label (`pdftotext` default mode: poppler's reading
 * order prints a page's 责任单位 cells one after another, with no row boundary), whose cells span
 * several lines each: the block is longer than the page's rows, and which line ends which cell the
 * text does not say — except when the block is one chunk of lines printed again and again
 * (`各街道办事处` `区直有关单位` eight times over): then each repeat is one row's cell.
 *
 * What the text still says:
 *
 * - the block runs from the label to the first blank line (poppler ends a block there), each line
 *   one unit's name;
 * - its period: the fewest lines k such that the block is the same k lines m ≥ 2 times over; a block
 *   with no such period (cells of different names) is not cut;
 * - the block starts at the page's top, under the label: its m repeats are the cells of the page's
 *   first m rows (the page's rows: those whose first line lies after the previous label of the same
 *   column and before this one). A page with fewer rows than repeats is not cut;
 * - the names were read into the page's rows somewhere (heaped on one row, most often the page's
 *   last): as many copies as the repeats hold are taken out of the rows that hold them, the row
 *   holding most first; a page whose rows do not hold them all is not cut.
 *
 * Which rows the repeats belong to rests on the page's top: every row dealt so is flagged.
 */
import type { Diagnostic } from "../../model/schema.js";
import type { CanonicalField } from "../../model/schema.js";
import type { CellLine, EntityField, RawRecord, SourceLine } from "../../model/intermediate.js";
import { cleanName } from "../../text/hygiene.js";
import { entityTokens, tokenKind } from "./fragments.js";
import { labelLines } from "./pageblocks.js";

const UNIT_FIELDS: ReadonlySet<CanonicalField> = new Set<CanonicalField>(["leadUnits", "units", "coUnits"]);
/** a repeated chunk is at most this many lines (a cell of a few units) */
const MAX_PERIOD = 4;
/** fewer repeats than this: nothing shows the period */
const MIN_REPEATS = 2;

export const REPEATED_BLOCK_CODE = "FLAT_UNIT_BLOCK_REPEATED";

/** A unit column's block of one chunk repeated: its field, the line of its label, the chunk and how often it is printed. */
export interface RepeatedBlock {
  field: EntityField;
  label: number;
  chunk: string[];
  times: number;
}

/** The fewest lines whose repeats make up the lines (at least `MIN_REPEATS` of them), or null. */
export function repeatPeriod(names: readonly string[]): number | null {
  for (let k = 1; k <= MAX_PERIOD && k * MIN_REPEATS <= names.length; k++) {
    if (names.length % k) continue;
    if (names.every((n, i) => n === names[i % k])) return k;
  }
  return null;
}

/** Unit blocks after a unit column's label alone on its line, made of one chunk printed again and again. */
export function repeatedBlocks(lines: readonly SourceLine[], columns: readonly CanonicalField[]): RepeatedBlock[] {
  const labels = labelLines(lines);
  const out: RepeatedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const field = labels.get(lines[i]!.line);
    if (!field || !UNIT_FIELDS.has(field) || !columns.includes(field)) continue;
    // a wrapped label: the block starts after its last line
    if (labels.get(lines[i + 1]?.line ?? -1) === field) continue;
    const names: string[] = [];
    for (let k = i + 1; k < lines.length; k++) {
      const t = lines[k]!.text.trim();
      if (!t) break;
      const toks = entityTokens(t);
      if (toks.length !== 1 || tokenKind(toks[0]!) !== "unit") {
        names.length = 0;
        break;
      }
      names.push(cleanName(toks[0]!));
    }
    const k = repeatPeriod(names);
    if (k === null) continue;
    out.push({ field: field as EntityField, label: lines[i]!.line, chunk: names.slice(0, k), times: names.length / k });
  }
  return out;
}

/** The rows dealt a repeat, by seq. */
export interface RepeatDealt {
  seq: number;
  line: number;
  field: EntityField;
  label: number;
  times: number;
  /** the row was not dealt a repeat: copies of the block's names were taken out of its cells */
  emptied?: boolean;
}

/** Take `n` copies of `name` out of the rows' unit cells, the row holding most first; false (nothing taken) when they hold fewer. */
function takeOut(cells: Array<Partial<Record<EntityField, CellLine[]>>>, name: string, n: number): boolean {
  const held = (c: Partial<Record<EntityField, CellLine[]>>) => [...UNIT_FIELDS].reduce((s, f) => s + (c[f as EntityField] ?? []).filter((x) => cleanName(x.text) === name).length, 0);
  if (cells.reduce((s, c) => s + held(c), 0) < n) return false;
  let left = n;
  const order = cells.map((c, i) => ({ i, h: held(c) })).sort((a, b) => b.h - a.h || b.i - a.i);
  for (const { i } of order) {
    const c = cells[i]!;
    for (const f of UNIT_FIELDS) {
      const list = c[f as EntityField];
      if (!list) continue;
      const keep: CellLine[] = [];
      for (const x of list) {
        if (left > 0 && cleanName(x.text) === name) left--;
        else keep.push(x);
      }
      c[f as EntityField] = keep;
    }
    if (!left) break;
  }
  return true;
}

/**
 * Deal each repeated block's repeats to its page's first rows (see the module's comment). The
 * rows' cells of that column get the chunk (names already there stay first).
 */
export function dealRepeatedBlocks(records: readonly RawRecord[], blocks: readonly RepeatedBlock[]): { records: RawRecord[]; dealt: RepeatDealt[] } {
  const out = [...records];
  const dealt: RepeatDealt[] = [];
  const prevLabel = new Map<EntityField, number>();
  for (const b of blocks) {
    const from = prevLabel.get(b.field) ?? 0;
    prevLabel.set(b.field, b.label);
    const page = out.map((r, i) => ({ r, i })).filter(({ r }) => (r.source.line ?? -1) > from && (r.source.line ?? Infinity) < b.label);
    if (page.length < b.times) continue;
    // the rows of a page are consecutive, in numbering order
    if (page.some(({ r }, k) => k > 0 && r.seq <= page[k - 1]!.r.seq)) continue;
    const cells = page.map(({ r }) => Object.fromEntries(Object.entries(r.cells).map(([f, v]) => [f, [...(v ?? [])]])) as Partial<Record<EntityField, CellLine[]>>);
    const counts = new Map<string, number>();
    for (const n of b.chunk) counts.set(n, (counts.get(n) ?? 0) + b.times);
    if (![...counts].every(([n, c]) => takeOut(cells.map((x) => ({ ...x })), n, c))) continue;
    for (const [n, c] of counts) takeOut(cells, n, c);
    page.forEach(({ r, i }, k) => {
      const c = cells[k]!;
      const before = [...UNIT_FIELDS].map((f) => (r.cells[f as EntityField] ?? []).length).join();
      const after = [...UNIT_FIELDS].map((f) => (c[f as EntityField] ?? []).length).join();
      if (k >= b.times && before !== after) dealt.push({ seq: r.seq, line: r.source.line ?? b.label, field: b.field, label: b.label, times: b.times, emptied: true });
      if (k < b.times) {
        const had = (c[b.field] ?? []).filter((x) => !b.chunk.includes(cleanName(x.text)));
        c[b.field] = [...had, ...b.chunk.map((text) => ({ text }))];
        dealt.push({ seq: r.seq, line: r.source.line ?? b.label, field: b.field, label: b.label, times: b.times });
      }
      const kept = Object.fromEntries(Object.entries(c).filter(([, v]) => v && v.length)) as RawRecord["cells"];
      out[i] = { ...r, cells: kept, presplit: [...new Set([...(r.presplit ?? []), ...(k < b.times ? [b.field] : [])])] };
    });
  }
  return { records: out, dealt };
}

/** One warning per row dealt a repeat: the period fits, which rows it belongs to is still a guess. */
export function repeatDiagnostics(rows: readonly RepeatDealt[], table: number, label: (f: EntityField) => string): Diagnostic[] {
  return rows.map((d) => ({
    level: "warning" as const,
    code: REPEATED_BLOCK_CODE,
    message: d.emptied
      ? `第 ${d.seq} 项：“${label(d.field)}”一栏按阅读顺序整块印在第 ${d.label} 行之后（同一组单位重复印了 ${d.times} 次），这些单位原先被归入了本项，已移出并分给本页前 ${d.times} 项。本项余下的单位仍是按印出位置推测的，请对照原文核对。`
      : `第 ${d.seq} 项：“${label(d.field)}”一栏按阅读顺序整块印在第 ${d.label} 行之后，同一组单位重复印了 ${d.times} 次，已按本页由上到下每项分一组。若本页某项的单位不同或为空，名单会错位，请对照原文核对。`,
    table,
    seq: d.seq,
    line: d.line,
  }));
}
