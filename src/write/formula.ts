/**
 * CSV formula injection: a spreadsheet (Excel, WPS, LibreOffice) runs a cell that
 * starts with `=`, `+`, `-` or `@` as a formula (`=HYPERLINK(…)`, `=cmd|' /C calc'!A0`),
 * and a leading tab or carriage return can hide such a start. As OWASP recommends, such
 * a cell is written with a leading `'`, which the spreadsheet shows as text and does not
 * display. Plain numbers (`-5`, `+3.5`) are left alone: they are not formulas. JSON,
 * JSONL and XLSX (every cell a string) keep the raw value; `--csv-raw` turns the guard off.
 */

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

/** The cell as written to CSV: a leading `'` when it would start a formula. */
export function guardCell(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** Every cell of `rows` guarded, unless `raw`. */
export function guardRows(rows: readonly (readonly string[])[], raw = false): string[][] {
  return raw ? rows.map((r) => [...r]) : rows.map((r) => r.map(guardCell));
}
