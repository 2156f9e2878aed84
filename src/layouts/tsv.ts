/**
 * Text tables: tab-separated lines, markdown-ish pipe tables and comma-separated
 * (CSV) exports → grid rows.
 * Lines without a separator become one-cell rows (titles, section headings).
 */
import type { CellLine, GridRow, SourceLine } from "../model/intermediate.js";
import { stripMarkup } from "../text/hygiene.js";
import { cellTexts, isHeaderCells } from "../table/find.js";
import { mapHeader } from "../table/headers.js";
import { headingLevel } from "../table/sections.js";
import { cellKind } from "../table/merged.js";
import { NAME_SIZED_WIDE } from "../names/split.js";
import { numberRowsWithoutSeq, plainBracketedSeq, renumberCompoundSeq } from "./gridseq.js";

const PIPE_RULE = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
/** The delimiter row under a pipe table's header, with at least two cells (`--- | ---`, `|:--|:--|`). */
const PIPE_DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$/;

export type TextGridKind = "tsv" | "markdown" | "csv";

/** A full-width vertical line (`｜`, U+FF5C) separates cells as `|` does (text typed with a Chinese input method). */
export function foldPipes(text: string): string {
  return text.replace(/｜/g, "|");
}

/**
 * Does this text hold a tab-separated, pipe or comma-separated table? A
 * comma-separated one needs a line that splits into a table header, since
 * commas also occur in numbers and prose.
 */
export function detectTextGrid(lines: readonly SourceLine[]): TextGridKind | null {
  let tabs = 0;
  let pipes = 0;
  let commas = 0;
  // a pipe table may leave out the outer pipes (`序号 | 工作任务 | …`) when it has a delimiter row, or a header
  // line whose pipes split it into header cells (a web table exported as text: no outer pipes, no delimiter row)
  const delimited = lines.some((l) => PIPE_DELIMITER_ROW.test(l.text) || isPipedHeader(foldPipes(l.text)));
  for (const l of lines) {
    if ((l.text.match(/\t/g)?.length ?? 0) >= 2) tabs++;
    const piped = foldPipes(l.text);
    if (/^\s*\|.*\|.*\|\s*$/.test(piped) || (delimited && (piped.match(/\|/g)?.length ?? 0) >= 2)) pipes++;
    if ((l.text.match(/,/g)?.length ?? 0) >= 2) commas++;
  }
  // two tab lines are a table when one of them is its header (an excerpt of one row under its header)
  if (tabs >= 3 && tabs >= pipes) return "tsv";
  if (tabs === 2 && pipes < 2 && lines.some((l) => (l.text.match(/\t/g)?.length ?? 0) >= 2 && isHeaderCells(l.text.split("\t").map((c) => c.trim()).filter(Boolean)))) return "tsv";
  if (pipes >= 3) return "markdown";
  if (commas >= 2) {
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i]!.text.includes(",")) continue;
      // two comma lines are a table only under a header with one row below it (an excerpt of one row)
      const cells = splitDelimitedRow(lines, i, ",").fields.map((f) => f.replace(/\n/g, ""));
      if (isHeaderCells(cells) && (commas >= 3 || lines.slice(i + 1).some((l) => (l.text.match(/,/g)?.length ?? 0) >= 2))) return "csv";
    }
  }
  return null;
}

/** A line split by two or more `|` into header cells (`序号 | 指标名称 | 责任单位`). */
function isPipedHeader(text: string): boolean {
  if ((text.match(/\|/g)?.length ?? 0) < 2) return false;
  const cells = text.split("|").map((c) => c.trim()).filter(Boolean);
  return cells.length >= 3 && isHeaderCells(cells);
}

/** Markdown emphasis around a whole cell (`**二、…**`, `__…__`): the bold of a heading row. */
const MD_BOLD = /^(\*\*|__)(.+)\1$/;
/** HTML bold around a whole cell (`<b>…</b>`, `<strong>…</strong>`), as markdown-ish exports write it. */
const HTML_BOLD = /^<(b|strong)\b[^>]*>([\s\S]*)<\/\1>$/i;

/**
 * A cell's text → its lines. These exports are markup: an HTML line break
 * inside a cell separates its lines, bold around the whole cell marks a
 * heading row, other tags and entities are dropped.
 */
function splitCell(text: string, kind: TextGridKind): CellLine[] {
  const t = text.trim();
  const m = (kind === "markdown" ? MD_BOLD.exec(t) : null) ?? HTML_BOLD.exec(t);
  const body = m ? m[2]!.trim() : t;
  return body.split(/<br\s*\/?>/i).map((s) => ({ text: stripMarkup(s).trim(), ...(m ? { bold: true } : {}) }));
}

/** How many physical lines one quoted cell of a spreadsheet export may span. */
export const MAX_QUOTED_CELL_LINES = 40;
/**
 * Split delimited text starting at `lines[start]` into one row's fields.
 * A field in double quotes may hold separators and line breaks (Excel's
 * 'Unicode text' and CSV exports write a cell's lines so); a quote that does
 * not open such a field is ordinary text (`"放管服"改革`). Returns the fields
 * and how many lines the row used.
 */
export function splitDelimitedRow(lines: readonly SourceLine[], start: number, sep: "\t" | ","): { fields: string[]; used: number } {
  const first = lines[start]!.text;
  if (!first.includes('"')) return { fields: first.split(sep), used: 1 };
  const quoted = new RegExp(`^"((?:[^"]|"")*)"(?=${sep === "\t" ? "\\t" : ","}|\\n|$)`);
  const span = lines.slice(start, start + MAX_QUOTED_CELL_LINES).map((l) => l.text).join("\n");
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    const rest = span.slice(i);
    const q = rest.startsWith('"') ? quoted.exec(rest) : null;
    let value: string;
    if (q) {
      value = q[1]!.replace(/""/g, '"');
      i += q[0].length;
    } else {
      const end = rest.search(sep === "\t" ? /[\t\n]/ : /[,\n]/);
      value = end < 0 ? rest : rest.slice(0, end);
      i += value.length;
    }
    fields.push(value);
    if (span[i] === sep) {
      i++;
      continue;
    }
    break; // a line break outside quotes, or the end: the row is complete
  }
  const used = (span.slice(0, i).match(/\n/g)?.length ?? 0) + 1;
  return { fields, used };
}

/** Tab-separated: see `splitDelimitedRow`. */
export function splitTsvRow(lines: readonly SourceLine[], start: number): { fields: string[]; used: number } {
  return splitDelimitedRow(lines, start, "\t");
}

/** How many physical lines one unquoted cell broken by paragraph marks may add to its row. */
const MAX_BROKEN_CELL_LINES = 8;

/**
 * A row of a Word or WPS table copied as text: a paragraph break inside a cell breaks the row
 * over lines without quotes (`1⇥…⇥区城管局` then `区财政局⇥张华`), the next line going on in the
 * cell the line above ended in. Joined when the row has two cells or more but is short of the
 * header's width, each line below opens with text (not a 序号, not an empty cell, not a repeated
 * header) and the joined row has exactly the header's width; anything else is left as separate
 * lines. null: no such join.
 */
export function joinBrokenCells(
  lines: readonly SourceLine[],
  start: number,
  fields: readonly string[],
  width: number,
  sep: "\t" | ",",
  /** the text puts a blank line after every line (`doubleSpaced`): a blank line ends no row */
  spaced = false,
): { fields: string[]; used: number } | null {
  // a line of one cell (a title, a heading, a page number) is no broken row
  if (fields.length < 2 || fields.length >= width || !fields[fields.length - 1]!.trim()) return null;
  const out = [...fields];
  let read = 0;
  let used = 1;
  // (short of the header's width when the next row opens: a web copy leaves out the cells a merged cell spans,
  // `2⇥…⇥区发改局` | `区财政局⇥张华` with the 分管领导 merged from the row above; the table stage reads the gap)
  // (the lines joined must have brought cells of their own: a line of one cell under a row is a heading or a note)
  const short = () => (used > 1 && out.length > fields.length && out.length >= MIN_SHORT_JOIN ? { fields: out, used } : null);
  for (let k = 1; read < MAX_BROKEN_CELL_LINES && start + k < lines.length; k++) {
    const text = lines[start + k]!.text;
    if (spaced && !text.trim()) continue;
    read++;
    const next = text.split(sep);
    if (SEQ_START.test(next[0]!) && next.length >= 2) return short();
    // (a heading row of one cell after the row's lines ends it: `二、聚力产业升级，…` heads the rows below)
    if (next.length === 1 && headingLevel(next[0]!.trim()) !== null) return short();
    if (!text.trim() || !next[0]!.trim() || SEQ_START.test(next[0]!) || isHeaderCells(next.map((f) => f.trim()).filter(Boolean))) return null;
    out[out.length - 1] += `\n${next[0]}`;
    out.push(...next.slice(1));
    used = k + 1;
    if (out.length === width) return { fields: out, used };
    if (out.length > width) return null;
  }
  return start + used >= lines.length ? short() : null;
}

/**
 * A row of a web table copied out of a browser (its text as the page shows it): a cell's line breaks and paragraphs
 * (`<br>`, `<p>`) come out as line breaks with no quotes, blank lines among them, and the cells a merged cell spans are
 * left out. The row opens with its 序号 and runs up to the next line that opens a row with its 序号; each line in
 * between goes on in the cell the text before it ended in, tabs opening the next cells. Joined only when every line
 * that brings no cell of its own goes on in a cell of its kind (a name under names, text in an empty cell: a
 * heading, a note or a page's chrome is none), and the row comes out no wider than the header. null: no such row.
 */
export function joinWebRow(lines: readonly SourceLine[], start: number, fields: readonly string[], width: number): { fields: string[]; used: number } | null {
  if (!SEQ_START.test(fields[0]!) || fields.length < 2 || fields.length >= width) return null;
  const out = [...fields];
  let read = 0;
  // every line read so far went on in the last cell's people right under the row (`柏思齐` | `邝明朗`): under the
  // table's last row, where no row opens after them, those lines are still the cell's
  let namesOnly = true;
  const under = (k: number) => (namesOnly && k > 1 ? { fields: out, used: k } : null);
  let k = 1;
  for (; start + k < lines.length && read < MAX_BROKEN_CELL_LINES; k++) {
    const text = lines[start + k]!.text;
    if (!text.trim()) {
      namesOnly = false;
      continue;
    }
    read++;
    const next = text.split("\t");
    if (SEQ_START.test(next[0]!) && next.length >= 2) return k > 1 && out.length >= MIN_SHORT_JOIN ? { fields: out, used: k } : null;
    if (next.length === 1 && headingLevel(next[0]!.trim()) !== null) return under(k);
    if (isHeaderCells(next.map((f) => f.trim()).filter(Boolean))) return under(k);
    const last = out[out.length - 1]!;
    // a line with no tab goes on in the last cell: an empty one, or one whose names or text it continues
    if (next.length === 1 && last.trim() && !continuesCell(last, next[0]!)) return under(k);
    // (people only: a unit's name under the last row may as well be the issuer signing under the table)
    if (next.length > 1 || !personLike(next[0]!)) namesOnly = false;
    out[out.length - 1] = last.trim() ? `${last}\n${next[0]}` : next[0]!;
    out.push(...next.slice(1));
    if (out.length > width) return null;
  }
  return start + k >= lines.length ? under(k) : null;
}

/**
 * Does a line go on in the cell it follows: names after names of the same kind (`区住建局、` | `区自然资源局、`,
 * `岑书远` | `符一帆`), or a cell's text after its text (`推进…治理，` | `完成…改造。`)?
 */
function continuesCell(cell: string, line: string): boolean {
  const a = nameKind(cell.split("\n").at(-1)!);
  return (a === "names" || a === "text") && nameKind(line) === a;
}

/** A person's name, or a short name that is no unit's (`苌子安`). */
function personLike(text: string): boolean {
  const k = cellKind(text);
  return k === "people" || (k === "text" && NAME_SIZED_WIDE.test(text.trim()));
}

/** A cell's kind (`cellKind`), units and people both `names`; a name of two to four characters the lexicon does not know (`苌子安`) too. */
function nameKind(text: string): string {
  const k = cellKind(text);
  return k === "units" || k === "people" || (k === "text" && NAME_SIZED_WIDE.test(text.trim())) ? "names" : k;
}

/** the fewest cells a row joined short of the header's width must have: its 序号, task and a responsibility cell */
const MIN_SHORT_JOIN = 3;
/** A cell that opens a new row: its 序号. */
const SEQ_START = /^\s*[0-9０-９]{1,4}\s*[.、．]?\s*$/;

/**
 * Text that puts a blank line after nearly every line (a copy that turned each line break into a
 * paragraph): at least `share` of its non-blank lines are followed by a blank one.
 */
export function doubleSpaced(lines: readonly SourceLine[], share = 0.8): boolean {
  let printed = 0;
  let spaced = 0;
  lines.forEach((l, i) => {
    if (!l.text.trim() || i === lines.length - 1) return;
    printed++;
    if (!lines[i + 1]!.text.trim()) spaced++;
  });
  return printed >= 4 && spaced >= share * printed;
}

/**
 * A pipe row's cells. Outer pipes are usually decoration (`| 1 | … |`), but in a table whose header is
 * typed without them (`序号｜重点工作｜责任单位｜｜分管县领导`) a row's first or last pipe opens an empty
 * cell (`｜｜牵头｜配合｜`): there, once the header's width is known, the reading whose cell count is that
 * width wins. Otherwise (no header yet, or a header with outer pipes) the outer pipes are dropped.
 */
export function pipeCells(text: string, width = 0, headerOuter = true): string[] {
  const t = text.trim();
  const both = t.replace(/^\|/, "").replace(/\|$/, "").split("|");
  if (!width || headerOuter || both.length === width) return both;
  const readings = [t.split("|"), t.replace(/^\|/, "").split("|"), t.replace(/\|$/, "").split("|")];
  return readings.find((r) => r.length === width) ?? both;
}

/** A table's continuation mark printed over its next page (`（续表）`, `续上表`, `续表2`): furniture, no text of any row. */
const CONTINUATION_MARK = /^[（(\[【]?\s*续\s*(上\s*)?表\s*[0-9一二三四五六七八九十]*\s*[）)\]】]?$/;
export function isContinuationMark(text: string): boolean {
  return CONTINUATION_MARK.test(text.replace(/[\t|｜]/g, " ").trim());
}

/** A pipe escaped by a backslash inside a markdown cell, and the mark that stands for it while the row is split. */
const ESCAPED_PIPE = /\\\|/g;
const ESCAPED_MARK = "\u0000";

export function textToGrid(lines: readonly SourceLine[], kind: TextGridKind): GridRow[] {
  const rows: GridRow[] = [];
  const spaced = doubleSpaced(lines);
  let width = 0; // the header's number of cells, once a header was seen
  let headerOuter = true; // the pipe header was typed with an outer pipe
  for (let n = 0; n < lines.length; n++) {
    const l = lines[n]!;
    if (!l.text.trim() || isContinuationMark(l.text)) continue;
    let cells: string[];
    if (kind === "tsv" || kind === "csv") {
      const sep = kind === "tsv" ? "\t" : ",";
      let row = splitDelimitedRow(lines, n, sep);
      if (isHeaderCells(row.fields.map((f) => f.replace(/\n/g, "").trim()).filter(Boolean))) {
        width = row.fields.length;
        // (its last word wrapped onto a line of its own in a web copy: `…⇥分管` | `区领导`)
        const tail = lines[n + row.used]?.text.trim() ?? "";
        const last = row.fields[row.fields.length - 1]!.trim();
        if (!tail.includes(sep) && HEADER_TAIL.test(tail) && mapHeader(last + tail) !== "other")
          row = { fields: [...row.fields.slice(0, -1), last + tail], used: row.used + 1 };
      }
      else if (width && row.used === 1) row = joinBrokenCells(lines, n, row.fields, width, sep, spaced) ?? (kind === "tsv" ? joinWebRow(lines, n, row.fields, width) : null) ?? row;
      n += row.used - 1;
      rows.push({
        cells: row.fields.map((c) => ({ lines: c.split("\n").flatMap((x) => splitCell(x, kind)) })),
        line: l.line,
        ...(l.page ? { page: l.page } : {}),
      });
      continue;
    } else {
      if (PIPE_RULE.test(l.text)) continue;
      // a markdown cell writes a pipe of its text escaped (`\|`): no cell boundary
      const t = foldPipes(l.text).trim().replace(ESCAPED_PIPE, ESCAPED_MARK);
      cells = (t.includes("|") ? pipeCells(t, width, headerOuter) : [t]).map((c) => c.split(ESCAPED_MARK).join("|"));
      if (isHeaderCells(cells.map((c) => stripMarkup(c).trim()).filter(Boolean))) {
        width = cells.length;
        headerOuter = t.startsWith("|") || t.endsWith("|");
      }
    }
    rows.push({
      cells: cells.map((c) => ({ lines: splitCell(c, kind) })),
      line: l.line,
      ...(l.page ? { page: l.page } : {}),
    });
  }
  return numberRowsWithoutSeq(renumberCompoundSeq(plainBracketedSeq(joinSplitHeaders(rows))));
}

/** The second half of a header word wrapped in its cell (`责任` over `单位`, `分管` over `领导`): short, the kind of word a header ends in. */
const HEADER_TAIL = /^(单位|部门|领导|县领导|区领导|市领导|责任人|负责人|任务|工作|事项|内容|措施|目标|时限|时间|科室|处室|主体)$/;

/**
 * A header row whose words were wrapped in their cells and printed as two rows (`序号 重点工作 牵头 责任 分管` over
 * `  单位 单位 领导`): the lower row's cells complete the words above them. Joined when every filled cell of the
 * lower row is such a word tail under a filled cell, the joined row is a header, and the join names a column the
 * upper cell alone did not (`责任` is no header word, `责任单位` is). A row below a header holding a 序号 or a
 * sentence is a row of the table, never joined; a second header row of its own words (`牵头单位 配合单位` under
 * a group cell `责任单位`) is no tail.
 */
export function joinSplitHeaders(rows: readonly GridRow[]): GridRow[] {
  const out: GridRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const top = rows[i]!;
    const below = rows[i + 1];
    const joined = below ? joinedHeader(cellTexts(top), cellTexts(below)) : null;
    if (!joined) {
      out.push(top);
      continue;
    }
    out.push({ ...top, cells: joined.map((t) => ({ lines: t ? [{ text: t }] : [] })) });
    i++;
  }
  return out;
}

function joinedHeader(top: readonly string[], below: readonly string[]): string[] | null {
  if (top.length < 2 || below.length > top.length) return null;
  const tails = below.map((t) => t.trim());
  if (!tails.some(Boolean)) return null;
  let completes = false;
  for (let k = 0; k < tails.length; k++) {
    if (!tails[k]) continue;
    const head = top[k]!.trim();
    if (!head || !HEADER_TAIL.test(tails[k]!)) return null;
    if (mapHeader(head) === "other" && mapHeader(head + tails[k]) !== "other") completes = true;
  }
  const joined = top.map((t, k) => t.trim() + (tails[k] ?? ""));
  return completes && isHeaderCells(joined.filter(Boolean)) ? joined : null;
}
