/**
 * A table printed without its header (a continuation page, `续表`, copied on its own): its columns are
 * known only by what their cells hold. When every numbered row has a 序号, one column of sentences
 * and a column of unit names, a header is written from the cells' kinds (task, 责任单位, 责任人) and
 * every record read under it is flagged: which role a unit column has (牵头? 责任? 配合?) the text no
 * longer says.
 */
import type { GridRow, LayoutResult } from "../model/intermediate.js";
import { maxOf } from "../arrays.js";
import { classify } from "../names/classify.js";
import { splitEntities } from "../names/split.js";
import { cellTexts } from "./find.js";
import { isHeaderRow } from "./headers.js";
import { endsSentence, seqOf } from "./lexicon.js";

/** The fewest numbered rows from which columns are guessed. */
const MIN_GUESSED_ROWS = 2;
/** Shortest task cell. */
const MIN_TASK_CHARS = 6;

type Kind = "task" | "units" | "people" | "other";

/** What one cell holds. */
function cellKind(text: string): Kind {
  const t = text.trim();
  if (!t) return "other";
  if (t.length >= MIN_TASK_CHARS && endsSentence(t)) return "task";
  const units = splitEntities([t], "unit");
  if (units.length && units.every((n) => classify(n) === "unit" || classify(n) === "collective")) return "units";
  const people = splitEntities([t], "person");
  if (people.length && people.every((n) => classify(n) === "person")) return "people";
  return "other";
}

/** The header words for a guessed column. */
const HEADER_TEXT: Readonly<Record<Kind, string>> = { task: "任务", units: "责任单位", people: "责任人", other: "" };

/**
 * The rows with a header written in front of the first numbered row, or null when the grid has a
 * header of its own or its columns cannot be told (cells of one column disagree).
 */
export function guessHeader(rows: readonly GridRow[]): { rows: GridRow[]; header: string[] } | null {
  if (rows.some((r) => isHeaderRow(cellTexts(r)))) return null;
  const numbered = rows.filter((r) => r.cells.length >= 3 && seqOf(cellTexts(r)[0] ?? "") !== null);
  if (numbered.length < MIN_GUESSED_ROWS) return null;
  const width = maxOf(numbered.map((r) => r.cells.length));
  const kinds: Kind[] = [];
  for (let c = 1; c < width; c++) {
    const seen = new Set(numbered.map((r) => cellKind(cellTexts(r)[c] ?? "")));
    if (seen.size !== 1) return null;
    kinds.push([...seen][0]!);
  }
  if (kinds.filter((k) => k === "task").length !== 1 || !kinds.includes("units") || kinds.filter((k) => k === "units").length > 1) return null;
  const header = ["序号", ...kinds.map((k) => HEADER_TEXT[k])];
  const first = rows.indexOf(numbered[0]!);
  const headerRow: GridRow = { cells: header.map((text) => ({ lines: text ? [{ text }] : [] })), line: rows[first]!.line, ...(rows[first]!.page ? { page: rows[first]!.page } : {}) };
  return { rows: [...rows.slice(0, first), headerRow, ...rows.slice(first)], header };
}

/** Read a text grid, with a guessed header when it has none (see `guessHeader`): every record says so. */
export function readWithGuessedHeader(rows: readonly GridRow[], read: (rows: readonly GridRow[]) => LayoutResult): LayoutResult {
  const guessed = guessHeader(rows);
  if (!guessed) return read(rows);
  const result = read(guessed.rows);
  const message = `表格没有表头，各列按内容推断为“${guessed.header.filter(Boolean).join(" | ")}”：单位列是牵头、责任还是配合单位无法确定，请核对。`;
  for (const rec of result.records) rec.review = [...(rec.review ?? []), { code: "COLUMNS_GUESSED", message }];
  if (result.records.length) result.diagnostics.push({ level: "warning", code: "COLUMNS_GUESSED", message: `${message}（共 ${result.records.length} 项）` });
  return result;
}
