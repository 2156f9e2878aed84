/**
 * A person column merged over several rows, in a reading-order dump (`pdftotext` default mode).
 *
 * A 分管领导 (or 责任领导) cell merged over rows is printed once, at the height of its span's middle;
 * poppler's reading order then puts its name into whichever row is printed at that height, or prints
 * the page's merged cells as one block after some row (`宋国梁` `魏红霞` after row 4 of 5). Read as
 * it stands, most rows of such a column come out empty and a few hold one name or a block of them.
 *
 * What the text still says, page by page (a page ends at `pdftotext`'s form feed): the names, in the
 * order of the rows they cover, and — for a name printed alone in a row — a row inside its span, near
 * its middle. The page's rows are shared out among the names in contiguous spans:
 * - names printed one per row: each span holds its name's row, and the spans are chosen to put every
 *   name as near its span's middle as they can (`centredSpans`);
 * - a block (a row holding two names or more of the column): nothing places them, so the spans are
 *   as even as they can be, the earlier ones the longer (`evenSpans`).
 *
 * It applies only when the column is empty in at least `MIN_EMPTY_SHARE` of the table's rows (a column
 * merged over rows, not one left blank here and there), the rows come in the order they were printed,
 * and the page holds fewer names than rows, at least one row empty and no name printed twice running (a merged cell prints once). Every row given a name it was
 * not printed with, and every row a block was taken from, is flagged `FLAT_MERGED_SPREAD`: the spans
 * are a reading of the page, not something the text prints.
 */
import type { CanonicalField, Diagnostic } from "../../model/schema.js";
import type { EntityField, RawRecord, SourceLine } from "../../model/intermediate.js";
import { cleanName } from "../../text/hygiene.js";
import { mapHeader } from "../../table/headers.js";
import { tokenKind } from "./fragments.js";
import { FORM_FEED } from "./order.js";

/** a column empty in fewer of the table's rows than this is filled row by row: an empty cell is empty */
export const MIN_EMPTY_SHARE = 0.4;

const PERSON_FIELDS: readonly EntityField[] = ["leaders", "supervisors"];

/** what separates names inside one cell's text */
const NAME_SEPARATORS = /[、，,;；\s]+/;

/** One row given a name by the spread, and how. */
export interface SpreadRow {
  seq: number;
  line: number;
  field: EntityField;
  name: string;
  /** the names printed in the row before (empty: none) */
  was: string[];
  /** the page's names came as a block (no row placed them) */
  block: boolean;
}

/** The people a person cell was read with, or null when it holds anything else (a unit, a piece of text). */
export function cellPeople(record: RawRecord, field: EntityField): string[] | null {
  const out: string[] = [];
  for (const c of record.cells[field] ?? []) {
    for (const tok of c.text.split(NAME_SEPARATORS).filter(Boolean)) {
      // a column's label printed with the block (`联系领导`) is no name
      if (mapHeader(tok) !== "other") continue;
      if (tokenKind(tok) !== "person") return null;
      out.push(cleanName(tok));
    }
  }
  return out;
}

/** a people column of the units' own persons, paired with them by its name */
const UNIT_PERSON_HEADER = /责任人|负责人/;

/** at least this share of the rows naming both must give as many people as units for a 责任人 column to pair */
const PAIRED_SHARE = 0.8;

/**
 * The 责任人 column pairs with its unit column row by row: where a row names both, as many people as units
 * (in at least `PAIRED_SHARE` of them), and some row names two or more of each. A 责任领导 merged over rows
 * (one leader for a row of two units) does not.
 */
export function pairsRowByRow(records: readonly RawRecord[], unitField: EntityField): boolean {
  const count = (r: RawRecord, f: EntityField) => (r.cells[f] ?? []).flatMap((c) => c.text.split(NAME_SEPARATORS).filter(Boolean)).length;
  const both = records.map((r) => [count(r, unitField), count(r, "leaders")] as const).filter(([u, p]) => u > 0 && p > 0);
  if (!both.length) return false;
  const equal = both.filter(([u, p]) => u === p);
  return equal.length >= PAIRED_SHARE * both.length && equal.some(([u]) => u >= 2);
}

/** Spans [start, end) of `rows` rows for `names` names, as even as they can be, the earlier ones the longer. */
export function evenSpans(rows: number, names: number): Array<[number, number]> {
  const base = Math.floor(rows / names);
  const extra = rows % names;
  const out: Array<[number, number]> = [];
  let at = 0;
  for (let j = 0; j < names; j++) {
    const len = base + (j < extra ? 1 : 0);
    out.push([at, at + len]);
    at += len;
  }
  return out;
}

/**
 * Spans [start, end) covering `rows` rows, span j holding row `at[j]` (the rows the names were printed
 * in, increasing), chosen to make the sum of |middle of span j − at[j]| least; ties go to the first cut
 * found (the earlier spans the shorter). Null when the rows are not increasing.
 */
export function centredSpans(rows: number, at: readonly number[]): Array<[number, number]> | null {
  const k = at.length;
  if (!k || at.some((p, j) => p < 0 || p >= rows || (j > 0 && p <= at[j - 1]!))) return null;
  // best[j][s]: least cost of spans 0..j-1 when span j starts at row s
  let frontier = new Map<number, { cost: number; cuts: number[] }>([[0, { cost: 0, cuts: [] }]]);
  for (let j = 0; j < k - 1; j++) {
    const next = new Map<number, { cost: number; cuts: number[] }>();
    for (const [start, v] of frontier) {
      // span j ends before the next name's row and after its own
      for (let end = at[j]! + 1; end <= at[j + 1]!; end++) {
        if (start > at[j]!) continue;
        const cost = v.cost + Math.abs((start + end - 1) / 2 - at[j]!);
        const cur = next.get(end);
        if (!cur || cost < cur.cost) next.set(end, { cost, cuts: [...v.cuts, end] });
      }
    }
    frontier = next;
  }
  let best: { cost: number; cuts: number[] } | null = null;
  for (const [start, v] of frontier) {
    if (start > at[k - 1]!) continue;
    const cost = v.cost + Math.abs((start + rows - 1) / 2 - at[k - 1]!);
    if (!best || cost < best.cost) best = { cost, cuts: v.cuts };
  }
  if (!best) return null;
  const bounds = [0, ...best.cuts, rows];
  return at.map((_, j) => [bounds[j]!, bounds[j + 1]!] as [number, number]);
}

/**
 * Share out each page's names of a merged person column over the page's rows (see the module note).
 * `lines` are the document's lines (their form feeds mark the pages).
 */
export function spreadMergedPeople(
  records: readonly RawRecord[],
  lines: readonly SourceLine[],
  columns: readonly CanonicalField[],
  /** the unit column the 责任人 (leaders) column pairs with, if any (`pairedUnitField`) */
  paired: EntityField | null = null,
  /** the header word of each column, in `columns` order */
  headers: readonly string[] = [],
): { records: RawRecord[]; spread: SpreadRow[] } {
  const out = [...records];
  const spread: SpreadRow[] = [];
  // rows read out of their printed order: no page holds a run of them
  if (records.some((r, i) => i > 0 && (r.source.line ?? 0) < (records[i - 1]!.source.line ?? 0))) return { records: out, spread };
  const breaks = lines.filter((l) => l.text.includes(FORM_FEED)).map((l) => l.line);
  if (!breaks.length) return { records: out, spread };
  const pageOf = (r: RawRecord): number => breaks.filter((b) => b <= (r.source.line ?? 0)).length;
  for (const field of PERSON_FIELDS) {
    // a 责任人 column paired with the units holds one person per unit, row by row: no merged cell
    if (!columns.includes(field)) continue;
    // (a column headed 责任人 / 负责人 names each unit's own person)
    if (field === "leaders" && paired !== null && (UNIT_PERSON_HEADER.test(headers[columns.indexOf(field)] ?? "") || pairsRowByRow(out, paired))) continue;
    const people = out.map((r) => cellPeople(r, field));
    const empty = people.filter((p) => p !== null && p.length === 0).length;
    if (!out.length || empty / out.length < MIN_EMPTY_SHARE) continue;
    const pages = new Map<number, number[]>();
    out.forEach((r, i) => pages.set(pageOf(r), [...(pages.get(pageOf(r)) ?? []), i]));
    for (const idx of pages.values()) {
      const held = idx.map((i) => people[i]);
      if (held.some((p) => p === null)) continue;
      const names = held.flatMap((p) => p!);
      if (!names.length || names.length >= idx.length || !held.some((p) => p!.length === 0)) continue;
      // one name printed twice running: the column is printed row by row (a merged cell prints once)
      if (names.some((n, j) => j > 0 && names[j - 1] === n)) continue;
      const block = held.some((p) => p!.length >= 2);
      const at = held.flatMap((p, k) => p!.map(() => k));
      const spans = block ? evenSpans(idx.length, names.length) : centredSpans(idx.length, at);
      if (!spans) continue;
      spans.forEach(([s, e], j) => {
        for (let k = s; k < e; k++) {
          const i = idx[k]!;
          const was = held[k]!;
          if (was.length === 1 && was[0] === names[j]) continue;
          const r = out[i]!;
          out[i] = { ...r, cells: { ...r.cells, [field]: [{ text: names[j]! }] }, presplit: [...new Set([...(r.presplit ?? []), field])] };
          spread.push({ seq: r.seq, line: r.source.line ?? 0, field, name: names[j]!, was, block });
        }
      });
    }
  }
  return { records: out, spread };
}

/** One warning per row the spread changed. */
export function spreadDiagnostics(rows: readonly SpreadRow[], table: number, label: (f: EntityField) => string): Diagnostic[] {
  return rows.map((d) => ({
    level: "warning" as const,
    code: "FLAT_MERGED_SPREAD",
    message:
      `第 ${d.seq} 项：本表“${label(d.field)}”多为合并单元格，文本只在所跨各行中的一处印出姓名` +
      (d.block ? "（本页的姓名整块印在一起，看不出各跨几行）" : "") +
      `，已按本页姓名的先后把“${d.name}”分给这一项` +
      (d.was.length ? `（原读作“${d.was.join("、")}”）` : "") +
      `。合并范围是推断的，请对照原文核对。`,
    table,
    seq: d.seq,
    line: d.line,
  }));
}
