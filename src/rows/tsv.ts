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

export function textToGrid(lines: readonly SourceLine[], kind: "tsv" | "markdown"): GridRow[] {
  const rows: GridRow[] = [];
  for (const l of lines) {
    if (!l.text.trim()) continue;
    let cells: string[];
    if (kind === "tsv") cells = l.text.split("\t");
    else {
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
