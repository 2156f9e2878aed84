/**
 * A page laid on another grid than the header's (`pdftotext -layout` lays out each page on its own
 * grid, squeezing the gaps between columns by what the page's own lines hold): a table whose
 * header is not printed again puts a later page's columns elsewhere — the unit column starting
 * where the header's page had the task's text, the people column where it had the unit column.
 * Cut by the header's boundaries, such a page gives units to the task and people to the units
 * (h23b n6, h24b n2 and n7 `-layout`).
 *
 * What the page keeps is the order of its columns. So the page's segments are grouped by where
 * they start (starts within CLUSTER_TOLERANCE, chained, are one edge), each edge is told by what
 * its segments are (a bare number, a person's name, a unit's name, a deadline, other text), and
 * the edges are matched in order to the header's columns (a number to 序号, a name to a column of
 * its kind, a deadline to a column that holds none of them), each edge to one column, never to a
 * column left of the one the edge before it took. Where that matching explains the page better
 * than the header's boundaries by at least MIN_GAIN segments, the page's lines are written again
 * with each column's text moved to where the header's page starts that column, for the aligned
 * reader to cut as any other. A page with its own header, or whose text fits the header's
 * boundaries, stays as printed; so does a page with fewer than MIN_PAGE_NAMES names (too little
 * to tell).
 */
import type { SourceLine } from "../../model/intermediate.js";
import type { CanonicalField } from "../../model/schema.js";
import { classify } from "../../names/classify.js";
import { DEADLINE_CLAUSE, isResponsibilityField, isUnitField } from "../../table/lexicon.js";
import { opensWithRoleLabel } from "../list/labels.js";
import { columnOf, segments, width, type AlignedHeader, type Segment } from "../aligned.js";
import { maxOf } from "../../arrays.js";

/** starts this close (chained) are one edge of text */
const CLUSTER_TOLERANCE = 2;
/** a page is moved only when the page's matching explains this many more segments than the header's boundaries */
const MIN_GAIN = 3;
/** names (units or people) a page needs to be matched at all */
const MIN_PAGE_NAMES = 3;
/** a line of text this long that is no name (or holding sentence punctuation) is a task's */
const PROSE_LENGTH = 12;
/** a deadline cell's line is no longer than this (`2025年12月底前完成`) */
const MAX_DEADLINE_LENGTH = 12;
/** a line longer than this is no name at all */
const MAX_NAME_LENGTH = 16;
/** the least gap kept between two cells written again */
const GAP = 2;

type Kind = "number" | "person" | "unit" | "label" | "time" | "prose" | "text";

const PEOPLE: ReadonlySet<CanonicalField> = new Set(["leaders", "supervisors"]);

/** What a segment of a line is. */
export function segmentKind(text: string): Kind {
  const t = text.normalize("NFKC").replace(/\s+/g, "");
  if (DEADLINE_CLAUSE.test(t) && [...t].length <= MAX_DEADLINE_LENGTH) return "time";
  // a bare 序号, or one glued to its task's first line by a space (`11 建 设 ，…`)
  if (/^[0-9]{1,3}[.、．]?$/.test(t) || /^[0-9]{1,3}[.、．]?\s+\S/.test(text.normalize("NFKC").trim())) return "number";
  // a labelled cell's line (`牵头单位：区商务局`) names units or people
  if (opensWithRoleLabel(t)) return "label";
  // a person with a title in brackets, the bracket maybe cut by the line's end (`林一凡（常务副`)
  const head = /^(\p{Script=Han}{2,4})[（(]/u.exec(t);
  if (head && classify(head[1]!) === "person") return "person";
  if (/[，,。；;：:！？]/.test(t) || [...t].length > MAX_NAME_LENGTH) return "prose";
  if (/[、]/.test(t) || [...t].length < 2) return "text";
  const kind = classify(t);
  if (kind === "person") return "person";
  if (kind === "unit" && [...t].length >= 3) return "unit";
  return [...t].length >= PROSE_LENGTH ? "prose" : "text";
}

/** How well a segment of a kind sits in a column: 1 where it belongs, -1 where it cannot be, 0 where it tells nothing. */
export function fit(kind: Kind, field: CanonicalField): number {
  switch (kind) {
    case "number":
      return field === "seq" ? 1 : isResponsibilityField(field) ? -1 : 0;
    case "person":
      return PEOPLE.has(field) ? 1 : isUnitField(field) || field === "seq" || field === "task" ? -1 : 0;
    case "unit":
      return isUnitField(field) ? 1 : PEOPLE.has(field) || field === "seq" || field === "task" ? -1 : 0;
    case "time":
      return field === "other" ? 1 : isResponsibilityField(field) || field === "seq" ? -1 : 0;
    case "label":
      return isResponsibilityField(field) ? 1 : field === "seq" || field === "task" ? -1 : 0;
    case "prose":
      return field === "task" ? 1 : field === "seq" || isResponsibilityField(field) ? -1 : 0;
    case "text":
      return 0;
  }
}

interface Edge {
  from: number;
  to: number;
  kinds: Map<Kind, number>;
  segs: number;
  /** the lines on which the edge starts a segment */
  lines: Set<number>;
  /** it starts something other than a bare piece of text (a number, a name, a deadline, a task's line) */
  tells: boolean;
}

interface Placed extends Segment {
  line: number;
}

/** The page's segments grouped into edges by where they start (ascending). */
function edgesOf(segs: readonly Placed[]): Edge[] {
  const sorted = [...segs].sort((a, b) => a.start - b.start);
  const out: Edge[] = [];
  for (const s of sorted) {
    const kind = segmentKind(s.text);
    let last = out.at(-1);
    if (last && s.start - last.to <= CLUSTER_TOLERANCE) {
      last.to = s.start;
      last.segs++;
      last.kinds.set(kind, (last.kinds.get(kind) ?? 0) + 1);
    } else {
      last = { from: s.start, to: s.start, segs: 1, kinds: new Map([[kind, 1]]), lines: new Set(), tells: false };
      out.push(last);
    }
    last.lines.add(s.line);
    if (kind !== "text") last.tells = true;
  }
  return out;
}

/** Lines on which two edges both start something: two cells of one printed line, two columns. */
const together = (a: Edge, b: Edge): number => [...a.lines].filter((l) => b.lines.has(l)).length;

const score = (e: Edge, field: CanonicalField): number => [...e.kinds].reduce((sum, [k, n]) => sum + n * fit(k, field), 0);

/** How well columns explain edges: the segments that fit, less the lines two edges in one column both start something on. */
function totalOf(edges: readonly Edge[], cols: readonly number[], columns: readonly CanonicalField[]): number {
  return cols.reduce((sum, col, i) => sum + score(edges[i]!, columns[col]!) - (i > 0 && cols[i - 1] === col ? together(edges[i - 1]!, edges[i]!) : 0), 0);
}

/**
 * The columns the edges take, in order (each at or right of the one before), the best sum of fits;
 * ties go to the columns the header's boundaries give. Returns the columns and the sum.
 */
export function matchEdges(edges: readonly Edge[], columns: readonly CanonicalField[], given: readonly number[]): { cols: number[]; total: number } {
  const n = columns.length;
  // best[i][c]: best sum for edges 0..i with edge i in column c (scaled: fit counts 1000, agreeing with the header 1)
  const best: number[][] = edges.map(() => new Array<number>(n).fill(-Infinity));
  const from: number[][] = edges.map(() => new Array<number>(n).fill(-1));
  edges.forEach((e, i) => {
    for (let c = 0; c < n; c++) {
      const own = score(e, columns[c]!) * 1000 + (given[i] === c ? e.segs : 0);
      if (i === 0) {
        best[i]![c] = own;
        continue;
      }
      let prev = -Infinity;
      let at = -1;
      const apart = together(edges[i - 1]!, e) * 1000;
      for (let p = 0; p <= c; p++) {
        const v = best[i - 1]![p]! - (p === c ? apart : 0);
        if (v > prev) {
          prev = v;
          at = p;
        }
      }
      best[i]![c] = prev + own;
      from[i]![c] = at;
    }
  });
  if (!edges.length) return { cols: [], total: 0 };
  let c = 0;
  for (let k = 1; k < n; k++) if (best.at(-1)![k]! > best.at(-1)![c]!) c = k;
  const cols: number[] = [];
  for (let i = edges.length - 1; i >= 0; i--) {
    cols.unshift(c);
    c = from[i]![c]!;
  }
  return { cols, total: totalOf(edges, cols, columns) };
}

/**
 * The lines with every page that is laid on its own grid put on one grid with the others (see the
 * module's note), and the header written again over it; null where no page needs it. `headerAt`
 * tells a header printed again: a table that repeats its header is left to be read page by page.
 */
export function regriddedPages(
  lines: readonly SourceLine[],
  h: AlignedHeader,
  headerAt: (lines: readonly SourceLine[], i: number) => AlignedHeader | null,
): { lines: SourceLine[]; h: AlignedHeader; moved: Set<number> } | null {
  const n = h.columns.length;
  const taskCol = h.columns.indexOf("task");
  if (taskCol < 0 || taskCol >= n - 1) return null;
  const colOf = (start: number) => Math.min(columnOf(h.bounds, start), n - 1);
  const bodyStart = h.index + h.used;
  for (let k = bodyStart; k < lines.length; k++) if (headerAt(lines, k)) return null;
  // each body line's segments with the column each is in: by the header's boundaries, or by its page's edges
  const placed = new Map<number, Array<{ seg: Segment; col: number }>>();
  const moved = new Set<number>();
  let first = true;
  for (let i = bodyStart; i < lines.length; ) {
    let end = i + 1;
    while (end < lines.length && !lines[end]!.text.startsWith("\f")) end++;
    const page = { from: i, to: end };
    i = end;
    const segs: Placed[] = [];
    for (let k = page.from; k < page.to; k++) segs.push(...segments(lines[k]!.text, h.metric).map((x) => ({ ...x, line: k })));
    const edges = edgesOf(segs);
    const given = edges.map((e) => colOf(e.from));
    let cols = given;
    const names = edges.reduce((sum, e) => sum + (e.kinds.get("person") ?? 0) + (e.kinds.get("unit") ?? 0), 0);
    // (the header's page is the grid the header's words were laid on)
    if (!first && names >= MIN_PAGE_NAMES) {
      // edges of bare pieces of text only (a wrapped name's last characters) tell nothing: they go with the edge left of them
      const telling = edges.flatMap((e, k) => (e.tells ? [k] : []));
      const told = matchEdges(
        telling.map((k) => edges[k]!),
        h.columns,
        telling.map((k) => given[k]!),
      );
      // the columns after the task are the ones written again: the gain is counted on the edges either reading puts there
      const right = telling.flatMap((k, t) => (given[k]! > taskCol || told.cols[t]! > taskCol ? [t] : []));
      const gain =
        totalOf(
          right.map((t) => edges[telling[t]!]!),
          right.map((t) => told.cols[t]!),
          h.columns,
        ) -
        totalOf(
          right.map((t) => edges[telling[t]!]!),
          right.map((t) => given[telling[t]!]!),
          h.columns,
        );
      if (gain >= MIN_GAIN) {
        cols = [];
        edges.forEach((_, k) => {
          const t = telling.indexOf(k);
          cols.push(t >= 0 ? told.cols[t]! : (cols.at(-1) ?? given[k]!));
        });
        for (let k = page.from; k < page.to; k++) moved.add(lines[k]!.line);
      }
    }
    first = false;
    const edgeCol = new Map<number, number>();
    edges.forEach((e, k) => {
      for (let x = e.from; x <= e.to; x++) edgeCol.set(x, cols[k]!);
    });
    for (const x of segs) {
      const list = placed.get(x.line) ?? placed.set(x.line, []).get(x.line)!;
      list.push({ seg: x, col: edgeCol.get(x.start) ?? colOf(x.start) });
    }
  }
  if (!moved.size) return null;
  // each column after the task at one position: after the longest text left of it, wide enough for its longest cell
  const wide = new Array<number>(n).fill(0);
  let leftEnd = maxOf((h.starts ?? []).slice(0, taskCol + 1).map((x, c) => x + width(h.headers[c]!, h.metric)));
  for (const list of placed.values()) {
    const per = new Map<number, number>();
    for (const { seg, col } of list) {
      if (col <= taskCol) leftEnd = Math.max(leftEnd, seg.end);
      else per.set(col, (per.get(col) ?? -GAP) + GAP + width(seg.text, h.metric));
    }
    for (const [c, w] of per) wide[c] = Math.max(wide[c]!, w);
  }
  const at: number[] = [];
  for (let c = taskCol + 1; c < n; c++) at[c] = c === taskCol + 1 ? leftEnd + GAP + 1 : at[c - 1]! + Math.max(wide[c - 1]!, width(h.headers[c - 1]!, h.metric)) + GAP + 1;
  const out = [...lines];
  const render = (pieces: ReadonlyArray<{ text: string; at: number }>, mark: string): string => {
    let t = "";
    let pos = 0;
    for (const x of pieces) {
      const from = Math.max(x.at, pos === 0 ? 0 : pos + GAP);
      t += " ".repeat(from - pos) + x.text;
      pos = from + width(x.text, h.metric);
    }
    return mark + t;
  };
  const mark = (text: string): string => (text.startsWith("\f") ? "\f" : "");
  for (const [k, list] of placed) {
    const next = new Map<number, number>();
    const pieces = list.map(({ seg, col }) => {
      if (col <= taskCol) return { text: seg.text, at: seg.start };
      const x = next.get(col) ?? at[col]!;
      next.set(col, x + width(seg.text, h.metric) + GAP);
      return { text: seg.text, at: x };
    });
    out[k] = { ...lines[k]!, text: render(pieces, mark(lines[k]!.text)) };
  }
  // the header's words over the new grid, on one line
  const words = h.headers.map((text, c) => ({ text, at: c <= taskCol ? (h.starts?.[c] ?? 0) : at[c]! }));
  out[h.index] = { ...lines[h.index]!, text: render(words, mark(lines[h.index]!.text)) };
  for (let k = 1; k < h.used; k++) out[h.index + k] = { ...lines[h.index + k]!, text: "" };
  for (let k = 1; k <= (h.above ?? 0); k++) out[h.index - k] = { ...lines[h.index - k]!, text: "" };
  const top = headerAt(out, h.index);
  return top && top.headers.length === h.headers.length ? { lines: out, h: top, moved } : null;
}
