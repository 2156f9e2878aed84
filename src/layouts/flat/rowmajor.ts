/**
 * Unit cells of several rows printed row by row after the first of them (poppler's default order on a
 * Word-made table whose tasks are printed apart from their cells): one row's number and task, then, after
 * the unit columns' header words, the unit cells of that row and of the rows below it, each cell a
 * paragraph of its own, one row's cells after another in the header's column order:
 *
 *   8 | 新增市场主体 3000 户…            ← the row's task
 *   县市场监管局 | 县行政审批局          ← row 8: 牵头部门, 协同部门
 *   县投资促进局 | 县商务局、…管委会     ← row 9
 *   …
 *   9 | 招引亿元以上项目 22 个…          ← the next rows' tasks, no cells of their own
 *
 * The text read row by row heaps every cell on one row (the first of them, or the last when the run is
 * printed after the last task). When the row's unit paragraphs number exactly k × n (k unit columns in
 * the header, n ≥ 2) and exactly one window of n consecutive rows holds this row and rows with no unit
 * cell of their own, the paragraphs are dealt k to a row, in order: the text says nothing else of where
 * they belong, so each dealt row is flagged. Any other count, a paragraph that is not all unit names
 * (a person, prose), two possible windows, or no window: the rows are left as read.
 */
import type { CanonicalField, Diagnostic } from "../../model/schema.js";
import { cleanName } from "../../text/hygiene.js";
import { norm, tokenKind } from "./fragments.js";
import { loneHeaderWords } from "./order.js";
import type { FlatLine, RowBlock } from "./segment.js";

const UNIT_FIELDS: ReadonlySet<CanonicalField> = new Set(["leadUnits", "units", "coUnits"]);

/** The paragraphs of a row's lines: a blank line before a line starts the next. */
function paragraphsOf(lines: readonly FlatLine[]): FlatLine[][] {
  const out: FlatLine[][] = [];
  for (const [k, l] of lines.entries()) {
    if (!norm(l.text)) continue;
    if (k === 0 || l.blankBefore || !out.length) out.push([l]);
    else out[out.length - 1]!.push(l);
  }
  return out;
}

/**
 * Is the paragraph nothing but unit names (`县商务局、兰水经开区管委会`, a list wrapped over lines,
 * a name cut at a line end)? Pieces are cut at 、 and spaces; a line's first piece completes the
 * previous line's last when that one is no unit alone.
 */
export function isUnitParagraph(lines: readonly string[]): boolean {
  const pieces: string[] = [];
  for (const line of lines) {
    const t = norm(line);
    const parts = t.split(/[、\s]+/u).filter(Boolean);
    if (!parts.length) continue;
    const last = pieces[pieces.length - 1];
    if (last !== undefined && !/[、]$/u.test(pieces.join("")) && tokenKind(last) !== "unit") pieces[pieces.length - 1] = last + parts.shift()!;
    pieces.push(...parts);
  }
  return pieces.length > 0 && pieces.every((p) => tokenKind(cleanName(p)) === "unit");
}

const isLabelParagraph = (p: readonly FlatLine[]) => p.every((l) => loneHeaderWords(l.text) !== null);

/**
 * Deal a row's run of unit paragraphs to it and the rows after it, k to a row (see above).
 * `columns` is the header's column order. Returns the rows and, per dealt row, a diagnostic.
 */
export function dealRowMajorCells(rows: readonly RowBlock[], columns: readonly CanonicalField[], table: number): { rows: RowBlock[]; diagnostics: Diagnostic[] } {
  const k = columns.filter((c) => UNIT_FIELDS.has(c)).length;
  const out = rows.map((r) => ({ ...r, lines: [...r.lines] }));
  const diagnostics: Diagnostic[] = [];
  if (k < 2) return { rows: out, diagnostics };
  for (let r = 0; r < out.length; r++) {
    const paras = paragraphsOf(out[r]!.lines);
    // the task's paragraph first; then labels, the unit paragraphs, and whatever else the row holds
    const units = paras.slice(1).filter((p) => !isLabelParagraph(p) && isUnitParagraph(p.map((l) => l.text)));
    if (units.length <= k || units.length % k !== 0) continue;
    const n = units.length / k;
    // the n rows the run belongs to: a window of consecutive rows holding this one, the others with no unit cell
    // of their own (the run printed after the first of them or after the last); one such window only
    const bare = (row: RowBlock) => !paragraphsOf(row.lines).slice(1).some((p) => isUnitParagraph(p.map((l) => l.text)));
    const windows: number[] = [];
    for (let a = Math.max(0, r - n + 1); a <= r && a + n <= out.length; a++) {
      if (out.slice(a, a + n).every((row, j) => a + j === r || bare(row))) windows.push(a);
    }
    if (windows.length !== 1) continue;
    const from = windows[0]!;
    // and the run is unbroken: no person or prose paragraph amid the unit paragraphs
    const first = paras.indexOf(units[0]!);
    const last = paras.indexOf(units[units.length - 1]!);
    if (last - first + 1 !== units.length) continue;
    const own = r - from;
    const moving = new Set(units.filter((_, i) => Math.floor(i / k) !== own).flat());
    out[r]!.lines = out[r]!.lines.filter((l) => !moving.has(l));
    for (let j = 0; j < n; j++) {
      if (j === own) continue;
      const row = out[from + j]!;
      const cells = units.slice(j * k, (j + 1) * k).flatMap((p) => p.map((l, i) => (i === 0 ? { ...l, blankBefore: true } : l)));
      const task = paragraphsOf(row.lines)[0] ?? [];
      const rest = row.lines.filter((l) => !task.includes(l));
      row.lines = [...task, ...cells, ...rest];
    }
    for (let j = 0; j < n; j++) {
      const row = out[from + j]!;
      diagnostics.push({
        level: "warning",
        code: "FLAT_CELLS_DEALT_BY_ORDER",
        message: `第 ${row.seq} 项的单位格与相邻 ${n - 1} 项的单位格连排在第 ${out[r]!.seq} 项中（文字按阅读顺序导出），按表头列序每行 ${k} 格依次分配，请核对。`,
        table,
        seq: row.seq,
        line: units[j * k]![0]!.line,
      });
    }
    r = from + n - 1;
  }
  return { rows: out, diagnostics };
}
