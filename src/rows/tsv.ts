/**
 * Text tables: tab-separated lines and markdown-ish pipe tables → grid rows.
 * Lines without a separator become one-cell rows (titles, section headings).
 */
import type { GridRow, SourceLine } from "../model/intermediate.js";

const PIPE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** Does this text hold a tab-separated or pipe table? */
export function detectTextGrid(lines: readonly SourceLine[]): "tsv" | "markdown" | null {
  let tabs = 0;
  let pipes = 0;
  for (const l of lines) {
    if ((l.text.match(/\t/g)?.length ?? 0) >= 2) tabs++;
    if (/^\s*\|.*\|.*\|\s*$/.test(l.text)) pipes++;
  }
  if (tabs >= 3 && tabs >= pipes) return "tsv";
  if (pipes >= 3) return "markdown";
  return null;
}

/** Markdown emphasis around a whole cell (`**二、…**`, `__…__`): the bold of a heading row. */
const MD_BOLD = /^(\*\*|__)(.+)\1$/;

function splitCell(text: string, kind: "tsv" | "markdown"): string[] {
  const t = text.trim();
  const m = kind === "markdown" ? MD_BOLD.exec(t) : null;
  const body = m ? `<b>${m[2]!.trim()}</b>` : t;
  // an HTML line break inside a cell separates its lines
  return body.split(/<br\s*\/?>/i).map((s) => s.trim());
}

/** How many physical lines one quoted cell of a spreadsheet export may span. */
export const MAX_QUOTED_CELL_LINES = 40;
/** A quoted field as spreadsheets write it: `"…"` with `""` for a quote, ending at a tab or the row's end. */
const QUOTED_FIELD = /^"((?:[^"]|"")*)"(?=\t|\n|$)/;

/**
 * Split tab-separated text starting at `lines[start]` into one row's fields.
 * A field in double quotes may hold tabs and line breaks (Excel's 'Unicode text'
 * export writes a cell's lines so); a quote that does not open such a field is
 * ordinary text (`"放管服"改革`). Returns the fields and how many lines the row used.
 */
export function splitTsvRow(lines: readonly SourceLine[], start: number): { fields: string[]; used: number } {
  const first = lines[start]!.text;
  if (!first.includes('"')) return { fields: first.split("\t"), used: 1 };
  const span = lines.slice(start, start + MAX_QUOTED_CELL_LINES).map((l) => l.text).join("\n");
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    const rest = span.slice(i);
    const q = rest.startsWith('"') ? QUOTED_FIELD.exec(rest) : null;
    let value: string;
    if (q) {
      value = q[1]!.replace(/""/g, '"');
      i += q[0].length;
    } else {
      const end = rest.search(/[\t\n]/);
      value = end < 0 ? rest : rest.slice(0, end);
      i += value.length;
    }
    fields.push(value);
    if (span[i] === "\t") {
      i++;
      continue;
    }
    break; // a line break outside quotes, or the end: the row is complete
  }
  const used = (span.slice(0, i).match(/\n/g)?.length ?? 0) + 1;
  return { fields, used };
}

export function textToGrid(lines: readonly SourceLine[], kind: "tsv" | "markdown"): GridRow[] {
  const rows: GridRow[] = [];
  for (let n = 0; n < lines.length; n++) {
    const l = lines[n]!;
    if (!l.text.trim()) continue;
    let cells: string[];
    if (kind === "tsv") {
      const row = splitTsvRow(lines, n);
      n += row.used - 1;
      rows.push({
        cells: row.fields.map((c) => ({ lines: c.split("\n").flatMap((x) => splitCell(x, kind)) })),
        line: l.line,
        ...(l.page ? { page: l.page } : {}),
      });
      continue;
    } else {
      if (PIPE_RULE.test(l.text)) continue;
      const t = l.text.trim();
      cells = /^\|.*\|$/.test(t) ? t.slice(1, -1).split("|") : [t];
    }
    rows.push({
      cells: cells.map((c) => ({ lines: splitCell(c, kind) })),
      line: l.line,
      ...(l.page ? { page: l.page } : {}),
    });
  }
  return rows;
}
