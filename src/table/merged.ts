/**
 * A row printed short of cells because a cell of it was merged down from the
 * row above (an HTML `rowspan`): a web page's table flattened one cell per
 * line, or copied out of a browser with tabs between cells, prints a merged
 * cell once, in the first row it covers. The rows below it come out one cell
 * short and, read in order, their cells slide one column to the left.
 *
 * What the cells hold tells where they belong: people's names under a people
 * column, unit names under a unit column, a time (`2023年10月`, `持续推进`)
 * under a column fenjie does not interpret (完成时限), a marked category
 * (`一、…`) under 项目, sentences under the task. When the cells fit the columns in order one way only, the columns left
 * out are the merged ones, and the row above's cells are theirs.
 */
import type { CanonicalField, ReviewReason } from "../model/schema.js";
import { classify } from "../names/classify.js";
import { joinPaddedNames } from "../names/split.js";
import { DEADLINE_CLAUSE, isResponsibilityField } from "./lexicon.js";
import { headingLevel } from "./sections.js";

/** What a cell holds, for fitting a short row's cells to the header's columns. */
/** `empty`: a cell printed with nothing in it (a lone `|` of a piped copy), which any column but the task may have */
export type CellKind = "people" | "units" | "time" | "heading" | "text" | "empty";

/** the longest cell read as a time (`2023年12月底前`, `持续推进`) */
const MAX_TIME_CELL = 16;
/** the longest cell read as a category (项目) cell */
const MAX_HEADING_CELL = 30;

/**
 * A target's limit, not a deadline: a quantity brought to or kept within a bound (`压缩至60个工作日以内`,
 * `控制在3%以内`, a share alone on a wrapped line: `5.5%以内`). `30个工作日内`, `30个工作日以内` and `6月底前` stay times.
 */
const LIMIT_TARGET = /(?:至|在|到)[\d.]+[^\d]{0,5}以内$|^[\d.]+\s*(?:%|％|‰|个百分点)以内$/;

export function cellKind(text: string): CellKind {
  const t = text.trim();
  const bare = t.replace(/\s+/g, "");
  if (!bare) return "empty";
  if (bare.length <= MAX_TIME_CELL && !/[。；;，,]/.test(bare) && DEADLINE_CLAUSE.test(bare) && !LIMIT_TARGET.test(bare)) return "time";
  // a category with its marker (`一、扩大有效投资`): a 项目 cell
  if (headingLevel(t) !== null && bare.length <= MAX_HEADING_CELL && !/[。；;]$/.test(bare)) return "heading";
  // padded two-character names glued to each other (`韩 琳吕 芳`): a list of people
  const items = (joinPaddedNames(t).replace(/\s+/g, "") || bare).split(/[、，,；;]/).filter(Boolean);
  if (!items.length) return "text";
  const kinds = items.map((x) => classify(x));
  if (kinds.every((k) => k === "person" || k === "role")) return "people";
  // people padded to align them (`王 伟  李 明`): every piece between wide spaces a name
  const spaced = t.split(/[、，,；;]|\s{2,}/).map((x) => x.replace(/\s+/g, "")).filter(Boolean);
  if (spaced.length && spaced.every((x) => classify(x) === "person")) return "people";
  if (kinds.every((k) => k === "unit" || k === "collective")) return "units";
  return "text";
}

/** Can a cell of this kind stand under a column of this field? */
export function fits(kind: CellKind, field: CanonicalField): boolean {
  if (kind === "empty") return field !== "task" && field !== "seq";
  switch (field) {
    case "leaders":
    case "supervisors":
      return kind === "people";
    case "leadUnits":
    case "units":
    case "coUnits":
      return kind === "units";
    case "task":
      return kind === "text";
    case "section":
      return kind === "heading";
    case "other":
      return kind === "time" || kind === "text";
    default:
      return false;
  }
}

/**
 * Where the cells of a short row go. `texts` are the row's cells after its 序号 (column 0), `fields`
 * the header's columns (序号 first), `above` the cells of the row above with all its columns.
 * Returns the column of each cell and the columns left out (merged from above), or null when:
 * the cells read in order already fit (the row's last cells are simply empty), no way or more than
 * one way fits (two unit columns either of which could be the merged one), a column left out is the
 * task (each row has its own) or was empty above, or the header names a field twice.
 */
export function placeByKind(texts: readonly string[], fields: readonly CanonicalField[], above: readonly string[]): { cols: number[]; filled: number[] } | null {
  const width = fields.length;
  if (fields[0] !== "seq" || above.length !== width || !texts.length || texts.length >= width - 1) return null;
  const named = fields.filter((f) => f !== "other");
  if (new Set(named).size !== named.length) return null;
  const kinds = texts.map(cellKind);
  // read in order, with the missing cells at the end: nothing to move
  if (kinds.every((k, c) => fits(k, fields[c + 1]!))) return null;
  const ways: number[][] = [];
  const place = (cell: number, from: number, cols: number[]) => {
    if (ways.length > 1) return;
    if (cell === kinds.length) {
      ways.push(cols);
      return;
    }
    for (let col = from; col <= width - (kinds.length - cell); col++) if (fits(kinds[cell]!, fields[col]!)) place(cell + 1, col + 1, [...cols, col]);
  };
  place(0, 1, []);
  if (ways.length !== 1) return null;
  const cols = ways[0]!;
  const filled: number[] = [];
  for (let col = 1; col < width; col++) {
    if (cols.includes(col)) continue;
    // only category, responsibility and uninterpreted cells merge over rows (each row has its own task); the
    // merged cell was printed above
    if (!(isResponsibilityField(fields[col]!) || fields[col] === "other" || fields[col] === "section") || !above[col]!.trim()) return null;
    filled.push(col);
  }
  return { cols, filled };
}

/**
 * The review reason of a row whose merged cells were carried down from the row above; none when the
 * only one is the category (项目) cell: a 项目 column's cells are merged down over their rows as a rule,
 * and the section simply goes on.
 */
export function mergedAbove(columns: readonly string[], values: readonly string[], fields: readonly CanonicalField[]): ReviewReason | null {
  if (fields.every((f) => f === "section")) return null;
  return {
    code: "CELL_MERGED_ABOVE",
    message: `这一行比表头少 ${columns.length} 格；按各格的内容（人名、单位、时间）看，缺的是“${columns.join("”“")}”一栏，应是与上一行合并的单元格，已沿用上一行的“${values.join("”“")}”。请核对原文。`,
  };
}
