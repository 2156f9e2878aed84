/**
 * Box-drawn text tables: a table typed or exported as text with box-drawing
 * characters (`┌──┬──┐`, `│序号│工作任务│`, `├──┼──┤`) or their ASCII form
 * (`+----+----+`, `| 1 | … |`). Each rule line closes a row; the lines between
 * two rules are one row, each cell's text wrapped over them. A rule line left
 * blank over a column (`│      ├────┤`) does not close that column's cell: a
 * cell merged down. A cell whose verticals skip a column boundary (a heading
 * row `│一、主要预期目标        │`) spans those columns.
 *
 * The reader hands a `DocTable` (cells with their spans) to the same step the
 * structured formats use (`blocksToGrid`), so the table stage reads it as it
 * reads a Word or web table. Lines outside the box are paragraphs.
 */
import type { CellLine, DocBlock, DocCell, DocRow, SourceLine } from "../model/intermediate.js";

/** vertical strokes of a box drawing (the ASCII `|` counts only in a table ruled with `+---+`) */
const VERTICALS = "│┃║╎╏┆┇┊┋";
/** horizontal strokes of a rule line */
const HORIZONTALS = "─━═╌╍┄┅┈┉";
/** junctions and corners */
const JUNCTIONS = "┌┐└┘├┤┬┴┼┍┎┑┒┕┖┙┚┝┞┟┠┡┢┣┥┦┧┨┩┪┫┭┮┯┰┱┲┳┵┶┷┸┹┺┻┽┾┿╀╁╂╃╄╅╆╇╈╉╊╋╒╓╔╕╖╗╘╙╚╛╜╝╞╟╠╡╢╣╤╥╦╧╨╩╪╫╬";

/** rows of a box at the least (header and two rows) and vertical lines that make it one */
const MIN_BOX_ROWS = 3;

type Style = "unicode" | "ascii";

interface Stroke {
  /** position of the character, in the metric's columns */
  at: number;
  ch: string;
}

/** How wide a character is drawn: CJK text two columns; box strokes one or two, as the text was typed. */
type Metric = "narrowBox" | "wideBox" | "chars";

const isWideText = (ch: string): boolean => /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2E80-\u2FDF]/u.test(ch);
const isBoxChar = (ch: string): boolean => VERTICALS.includes(ch) || HORIZONTALS.includes(ch) || JUNCTIONS.includes(ch);

function charWidth(ch: string, metric: Metric): number {
  if (metric === "chars") return 1;
  if (isBoxChar(ch)) return metric === "wideBox" ? 2 : 1;
  return isWideText(ch) ? 2 : 1;
}

function isVertical(ch: string, style: Style): boolean {
  return style === "unicode" ? VERTICALS.includes(ch) : ch === "|";
}

/** A rule line: only strokes, junctions and spaces, with a horizontal stroke in it. */
export function isRuleLine(text: string, style: Style): boolean {
  const t = text.trim();
  if (!t) return false;
  if (style === "unicode") return [...t].every((ch) => isBoxChar(ch) || ch === " " || ch === "\u3000") && [...t].some((ch) => HORIZONTALS.includes(ch) || JUNCTIONS.includes(ch));
  return /^[+|][-=+|: ]*[+|]$/.test(t) && /[-=]{3}/.test(t) && t.includes("+");
}

/** A line of cells: two vertical strokes at least, some text between them. */
function isCellLine(text: string, style: Style): boolean {
  const chars = [...text.trim()];
  return chars.filter((ch) => isVertical(ch, style)).length >= 2 && !isRuleLine(text, style);
}

/** Which style the text's boxes are drawn in, if any: enough cell lines and rule lines of one style. */
export function boxStyle(lines: readonly SourceLine[]): Style | null {
  for (const style of ["unicode", "ascii"] as const) {
    const cells = lines.filter((l) => isCellLine(l.text, style)).length;
    const rules = lines.filter((l) => isRuleLine(l.text, style)).length;
    if (cells >= MIN_BOX_ROWS && rules >= 2) return style;
  }
  return null;
}

/** The strokes of a line (verticals, or for a rule line every junction and vertical), at their positions. */
function strokes(text: string, style: Style, metric: Metric, rule: boolean): Stroke[] {
  const out: Stroke[] = [];
  let at = 0;
  for (const ch of text) {
    const isStroke = rule ? (style === "unicode" ? JUNCTIONS.includes(ch) || VERTICALS.includes(ch) : ch === "+" || ch === "|") : isVertical(ch, style);
    if (isStroke) out.push({ at, ch });
    at += charWidth(ch, metric);
  }
  return out;
}

/** One box: its lines (rule and cell lines), in order. */
interface BoxRegion {
  start: number;
  end: number; // exclusive
}

function regions(lines: readonly SourceLine[], style: Style): BoxRegion[] {
  const out: BoxRegion[] = [];
  let start = -1;
  for (let i = 0; i <= lines.length; i++) {
    const t = i < lines.length ? lines[i]!.text : "";
    const inBox = i < lines.length && (isRuleLine(t, style) || isCellLine(t, style));
    if (inBox && start < 0) start = i;
    if (!inBox && start >= 0) {
      const cellLines = lines.slice(start, i).filter((l) => isCellLine(l.text, style)).length;
      if (cellLines >= 2) out.push({ start, end: i });
      start = -1;
    }
  }
  return out;
}

/**
 * The column boundaries of a box under a metric: every stroke position seen on at least two lines
 * (a boundary one line alone shows is a stroke typed inside a cell's text). Returns the boundaries and
 * how many strokes of the box fall on them (the metric under which more coincide is how it was typed).
 */
function boundaries(texts: readonly string[], style: Style, metric: Metric): { cols: number[]; fit: number } {
  const seen = new Map<number, number>();
  let total = 0;
  for (const t of texts) {
    const rule = isRuleLine(t, style);
    for (const s of strokes(t, style, metric, rule)) {
      seen.set(s.at, (seen.get(s.at) ?? 0) + 1);
      total++;
    }
  }
  const cols = [...seen].filter(([, n]) => n >= 2).map(([at]) => at).sort((a, b) => a - b);
  const fit = cols.reduce((n, at) => n + seen.get(at)!, 0);
  return { cols, fit: total ? fit / total : 0 };
}

/** The text of a line between two positions of the metric, trimmed. */
function sliceAt(text: string, from: number, to: number, metric: Metric): string {
  let at = 0;
  let out = "";
  for (const ch of text) {
    const w = charWidth(ch, metric);
    if (at > from && at < to) out += ch;
    at += w;
  }
  return out.replace(/[\s\u3000]+$/u, "").replace(/^[\s\u3000]+/u, "");
}

/** Is the rule line drawn across the column between two boundaries (a horizontal stroke there)? */
function closesColumn(rule: string, from: number, to: number, style: Style, metric: Metric): boolean {
  let at = 0;
  for (const ch of rule) {
    const w = charWidth(ch, metric);
    if (at > from && at < to && (style === "unicode" ? HORIZONTALS.includes(ch) : ch === "-" || ch === "=")) return true;
    at += w;
  }
  // a rule line that stops before this column (a short rule) closes nothing there
  return false;
}

interface OpenCell {
  row: number;
  col: number;
  span: number;
  rows: number;
  lines: CellLine[];
}

/**
 * One box → a table: rows closed by rule lines, cells placed by the boundaries. Rows between two rule
 * lines with several physical lines, where the first column prints a new 序号 on a later line (a box
 * ruled only under its header), are cut there.
 */
function boxTable(lines: readonly SourceLine[], region: BoxRegion, style: Style): { rows: DocRow[] } | null {
  const texts = lines.slice(region.start, region.end).map((l) => l.text);
  const metrics: Metric[] = ["narrowBox", "wideBox", "chars"];
  const best = metrics.map((m) => ({ m, ...boundaries(texts, style, m) })).sort((a, b) => b.fit - a.fit)[0]!;
  const metric = best.m;
  const cols = best.cols;
  if (cols.length < 3) return null;
  const width = cols.length - 1;

  // physical row groups: the cell lines between two rule lines, with the rule line above each group
  const groups: Array<{ rule: string | null; lines: SourceLine[] }> = [];
  let rule: string | null = null;
  let group: SourceLine[] = [];
  for (let i = region.start; i < region.end; i++) {
    const l = lines[i]!;
    if (isRuleLine(l.text, style)) {
      if (group.length) groups.push({ rule, lines: group });
      group = [];
      rule = l.text;
    } else {
      group.push(l);
    }
  }
  if (group.length) groups.push({ rule, lines: group });

  // a group holding several rows: a new 序号 in the first column opens the next (no rule between rows)
  const split: Array<{ rule: string | null; lines: SourceLine[] }> = [];
  for (const g of groups) {
    let cur: SourceLine[] = [];
    let curRule = g.rule;
    for (const l of g.lines) {
      const first = sliceAt(l.text, cols[0]!, cols[1]!, metric);
      if (cur.length && /^\d{1,4}$/.test(first) && strokes(l.text, style, metric, false).some((s) => s.at === cols[1])) {
        split.push({ rule: curRule, lines: cur });
        cur = [];
        curRule = null; // an unruled row boundary closes every column
      }
      cur.push(l);
    }
    if (cur.length) split.push({ rule: curRule, lines: cur });
  }

  const rows: DocRow[] = [];
  const open: Array<OpenCell | null> = Array.from({ length: width }, () => null);
  const cellsByRow: OpenCell[][] = [];
  split.forEach((g, r) => {
    cellsByRow.push([]);
    // the columns whose cell goes on from the row above (the rule left blank over them)
    const goesOn = (c: number): boolean => g.rule !== null && r > 0 && open[c] !== null && !closesColumn(g.rule, cols[c]!, cols[c + 1]!, style, metric);
    // where this row's cells start and end: the vertical strokes its lines show
    const stops = new Set<number>();
    for (const l of g.lines) for (const s of strokes(l.text, style, metric, false)) stops.add(s.at);
    let c = 0;
    while (c < width) {
      if (goesOn(c)) {
        const cell = open[c]!;
        for (const l of g.lines) addLine(cell, sliceAt(l.text, cols[c]!, cols[c + cell.span]!, metric), cols[c + cell.span]! - cols[c]! - 1, metric);
        if (cell.row !== r) cell.rows++;
        c += cell.span;
        continue;
      }
      let end = c + 1;
      while (end < width && !stops.has(cols[end]!)) end++;
      const cell: OpenCell = { row: r, col: c, span: end - c, rows: 1, lines: [] };
      for (const l of g.lines) addLine(cell, sliceAt(l.text, cols[c]!, cols[end]!, metric), cols[end]! - cols[c]! - 1, metric);
      for (let k = c; k < end; k++) open[k] = cell;
      cellsByRow[r]!.push(cell);
      c = end;
    }
  });
  split.forEach((g, r) => {
    const cells: DocCell[] = cellsByRow[r]!.map((cell) => ({
      lines: cell.lines,
      ...(cell.rows > 1 ? { rowSpan: cell.rows } : {}),
      ...(cell.span > 1 ? { colSpan: cell.span } : {}),
    }));
    rows.push({ cells, line: g.lines[0]!.line });
  });
  return rows.length >= 2 ? { rows } : null;
}

/**
 * A cell's next line. The line before it says how it ended: it filled the cell's width (`wrapped`: a
 * name may go on in this line) or stopped short of it (`ended`), as a ruled PDF's cell lines do.
 */
function addLine(cell: OpenCell, text: string, room: number, metric: Metric): void {
  if (!text) return;
  const prev = cell.lines[cell.lines.length - 1];
  if (prev && !prev.wrapped && !prev.ended) {
    const used = [...prev.text].reduce((n, ch) => n + charWidth(ch, metric), 0);
    if (room - used <= WRAP_ROOM) prev.wrapped = true;
    else if (room - used > ENDED_ROOM) prev.ended = true;
  }
  cell.lines.push({ text });
}

/** columns a line may leave unused and still have been wrapped by width (a two-column character did not fit) */
const WRAP_ROOM = 2;
/** columns left unused beyond which the line ended on its own (a name ended there) */
const ENDED_ROOM = 4;

/**
 * The text's blocks: each box a table, every other non-blank line a paragraph. null when the text
 * holds no box table.
 */
export function boxBlocks(lines: readonly SourceLine[]): DocBlock[] | null {
  const style = boxStyle(lines);
  if (!style) return null;
  const found = regions(lines, style);
  const blocks: DocBlock[] = [];
  let i = 0;
  let tables = 0;
  for (const region of found) {
    for (; i < region.start; i++) pushParagraph(blocks, lines[i]!);
    const table = boxTable(lines, region, style);
    if (table) {
      blocks.push({ kind: "table", table });
      tables++;
    } else for (let k = region.start; k < region.end; k++) pushParagraph(blocks, lines[k]!);
    i = region.end;
  }
  for (; i < lines.length; i++) pushParagraph(blocks, lines[i]!);
  return tables ? blocks : null;
}

function pushParagraph(blocks: DocBlock[], l: SourceLine): void {
  if (l.text.trim()) blocks.push({ kind: "paragraph", text: l.text.trim(), line: l.line });
}
