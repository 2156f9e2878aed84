/**
 * Names printed after a page's number (`pdftotext` default mode, reading order,
 * LibreOffice PDFs): poppler prints some cells of the page's lowest rows — a
 * vertically centred 分管领导 cell, the rest of a row cut by the page break —
 * as a block after the page footer (`—3—`), before the next page's repeated
 * header. Read as it stands, that block falls into the last row of the page.
 *
 * The block holds the cells of the page's rows that printed nothing where the
 * row is, top to bottom and left to right. So its names are taken out of the
 * last row and laid, run by run (a run = consecutive names of one kind, unit or
 * person), into the empty cells of the page's rows in row-major order: a run
 * goes to the next empty cell of its kind after the cell the run before filled.
 * A run of people longer than a 责任人 cell paired one to one with the lead
 * units is cut at that count; a run that names someone twice is cut before the
 * name comes again (a cell never lists a person twice). Names no empty cell
 * takes go back to the last row, as before. Every row given names this way,
 * and every row that lent its last lines, is flagged: the pairing is a guess.
 */
import type { Diagnostic } from "../../model/schema.js";
import type { EntityField, RawRecord, SourceLine } from "../../model/intermediate.js";
import { isResponsibilityField } from "../../table/lexicon.js";
import { cleanName } from "../../text/hygiene.js";
import { headerRun, type FlatHeader } from "./header.js";
import { entityTokens, isPageNumber, norm, parseSeqLine, tokenKind } from "./fragments.js";
import { loneHeaderWords } from "./order.js";
import { opensWithRoleLabel } from "../list/labels.js";
import type { Segmentation } from "./segment.js";

type Kind = "unit" | "person";

export interface TailName {
  text: string;
  kind: Kind;
  line: number;
}

export interface PageTail {
  /** 1-based line of the page number the block follows */
  line: number;
  /** 1-based line of the page number before it (the page's start), 0 for the first page */
  pageStart: number;
  /** the block's names, in print order */
  names: TailName[];
}

const PERSON_FIELDS: ReadonlySet<EntityField> = new Set(["leaders", "supervisors"]);
const kindOf = (f: EntityField): Kind => (PERSON_FIELDS.has(f) ? "person" : "unit");

/** The names of a line when every token is a whole unit or person name, else null. */
function wholeNames(text: string, line: number): TailName[] | null {
  const toks = entityTokens(text);
  if (!toks.length || parseSeqLine(norm(text))) return null;
  const out: TailName[] = [];
  for (const t of toks) {
    const k = tokenKind(t);
    if (k === "fragment") return null;
    out.push({ text: t, kind: k, line });
  }
  return out;
}

/**
 * Every block of whole names between a page number and the next page's
 * header (repeated whole, or its words on lines of their own). A block that
 * holds anything else (prose, a cut name, a 序号) is not a page tail.
 */
export function findPageTails(lines: readonly SourceLine[], header: FlatHeader, title: string | null = null): PageTail[] {
  const out: PageTail[] = [];
  const titleKey = title ? cleanName(title) : null;
  const printed = cleanName(header.headers.join(""));
  const heads = runningHeads(lines);
  let pageStart = 0;
  for (let i = header.end + 1; i < lines.length; i++) {
    if (!isPageNumber(norm(lines[i]!.text))) continue;
    const names: TailName[] = [];
    let closed = false;
    for (let j = i + 1; j < lines.length; j++) {
      const t = norm(lines[j]!.text.replace(/\f/g, ""));
      if (!t) continue;
      // the next page's header, or the running title printed above it
      // names printed between two parts of the repeated header belong to the block too
      const part = headerPart(lines, j, header);
      if (part !== null) {
        const between = namesBefore(lines, part, (k) => headerPart(lines, k, header) !== null);
        if (between) {
          names.push(...between.names);
          j = between.end - 1;
          continue;
        }
      }
      if (headerRun(lines, j, header) !== null || part !== null || (titleKey !== null && cleanName(t) === titleKey) || heads.has(cleanName(t))) {
        closed = true;
        break;
      }
      // the next page's header words printed apart (reading order): the block may go on after them
      if (loneHeaderWords(t) || isHeaderPiece(t, printed)) continue;
      const found = wholeNames(t, lines[j]!.line);
      if (!found) break;
      names.push(...found);
    }
    if (closed && names.length) out.push({ line: lines[i]!.line, pageStart, names });
    pageStart = lines[i]!.line;
  }
  return out;
}

/** Whole names from line index `from` up to a line where `stop` holds: the names and that line's index, or null. */
function namesBefore(lines: readonly SourceLine[], from: number, stop: (k: number) => boolean): { names: TailName[]; end: number } | null {
  const names: TailName[] = [];
  for (let k = from; k < lines.length; k++) {
    const t = norm(lines[k]!.text.replace(/\f/g, ""));
    if (!t) continue;
    if (stop(k)) return names.length ? { names, end: k } : null;
    const found = wholeNames(t, lines[k]!.line);
    if (!found) return null;
    names.push(...found);
  }
  return null;
}

/** a line printed at least this many times word for word, not names, is a running head (page furniture) */
const RUNNING_HEAD_COUNT = 3;
/** a running head is a title, not a wrapped piece of a cell (`办）`, `区分管或联系领`) */
const RUNNING_HEAD_MIN_CHARS = 10;

/**
 * Lines of prose printed on many pages word for word: the running head above each page's table.
 * A head stands amid different text each time; a cell printed in many rows (a wrapped name's first
 * line, `市政府工作部门主要负` | `责人、各镇镇长`) has the same line after it, or before it, every time.
 */
export function runningHeads(lines: readonly SourceLine[]): Set<string> {
  const key = (text: string) => cleanName(text.replace(/\f/g, ""));
  const seen = new Map<string, { n: number; before: Set<string>; after: Set<string> }>();
  const filled = lines.map((l) => key(l.text)).map((t, i) => ({ t, i })).filter((x) => x.t);
  filled.forEach(({ t, i }, k) => {
    // (a cell of role labels, `牵头：X；配`, repeats when rows share a lead unit: no page prints it as its head)
    // (nor is a line of a unit list, `青禾工业园区管委会、`, a cell printed in many rows: a title never ends on a 、)
    if (wholeNames(lines[i]!.text, lines[i]!.line) || loneHeaderWords(lines[i]!.text) || opensWithRoleLabel(lines[i]!.text) || /、$/u.test(norm(lines[i]!.text))) return;
    const e = seen.get(t) ?? seen.set(t, { n: 0, before: new Set(), after: new Set() }).get(t)!;
    e.n++;
    e.before.add(filled[k - 1]?.t ?? "");
    e.after.add(filled[k + 1]?.t ?? "");
  });
  return new Set(
    [...seen]
      .filter(([t, e]) => e.n >= RUNNING_HEAD_COUNT && t.length >= RUNNING_HEAD_MIN_CHARS && e.before.size > 1 && e.after.size > 1)
      .map(([t]) => t),
  );
}

/** a line opening at least this many pages word for word is the page's running head */
const PAGE_HEAD_COUNT = 2;

/**
 * Lines that open pages (right after the page break) word for word on PAGE_HEAD_COUNT pages or more: the running head
 * printed above each page (`苕岭市人民政府办公室`, `筠澜区人民政府文件`, a 文号). A head may name a unit — the issuing
 * office — so it counts only where it opens a page; the same name in a row's cell elsewhere stays. The header printed
 * again on each page is no head (its own rule reads it, a word of it wrapped onto the next line too: any line with
 * `序号` is the header's), nor a short piece of a wrapped cell (`各镇（街道）`).
 */
export function pageOpeningHeads(lines: readonly SourceLine[]): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lines) {
    if (!l.text.startsWith("\f")) continue;
    const t = cleanName(l.text.replace(/\f/g, ""));
    if ([...t].length < RUNNING_HEAD_MIN_CHARS || /序号/.test(t) || loneHeaderWords(l.text.replace(/\f/g, ""))) continue;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= PAGE_HEAD_COUNT).map(([t]) => t));
}

/** at least this many of the header's words in a row make a part of the repeated header */
const MIN_HEADER_PART_WORDS = 2;

/**
 * The repeated header printed in two parts (reading order puts a page's first
 * rows, or the page before's tail, between them): from line index `i`, lines
 * of header words only, together the header's first words (`序号` `具体目标任务`
 * `牵头单位`) or its last ones, at least two words but not the whole header. The
 * index after its last line, or null. One header word alone is content.
 */
export function headerPart(lines: readonly SourceLine[], i: number, header: FlatHeader): number | null {
  const key = header.printed ?? cleanName(header.headers.join(""));
  let acc = "";
  let words = 0;
  let end: number | null = null;
  for (let j = i; j < lines.length; j++) {
    const raw = lines[j]!.text.replace(/\f/g, "");
    const t = cleanName(raw);
    if (!t) continue;
    const found = loneHeaderWords(raw);
    if (!found) break;
    acc += t;
    words += found.length;
    if (!key.includes(acc)) break;
    if (words >= MIN_HEADER_PART_WORDS && acc !== key && (key.startsWith(acc) || key.endsWith(acc))) end = j + 1;
  }
  return end;
}

/** at least this many of the header's labels, each on a line of its own, make a repeated header printed out of order */
const MIN_SHUFFLED_HEADER_LABELS = 3;

/**
 * The header repeated at a page break with its labels in another order than the first page's, or
 * some missing (reading order puts a column's label after the page's rows: the first page printed
 * `序` `具体任务` … `号`, the next one `序` `号` `具体任务` `牵头部门` `协同单位`). From line index `i`,
 * lines each of one label of this header, no label twice: the cut 序号 label's pieces (`序`, `号`)
 * where the header has a 序号, or a listed header word. At least MIN_SHUFFLED_HEADER_LABELS
 * labels, two of them listed words. The index after its last line, or null. Names or task text
 * between the labels end the run.
 */
export function shuffledHeaderRun(lines: readonly SourceLine[], i: number, header: FlatHeader): number | null {
  const numbered = header.columns.includes("seq");
  const seen = new Set<string>();
  let listed = 0;
  let end: number | null = null;
  for (let j = i; j < lines.length; j++) {
    const t = cleanName(lines[j]!.text.replace(/\f/g, ""));
    if (!t) continue;
    const words = loneHeaderWords(lines[j]!.text);
    const piece = !words && numbered && (t === "序" || t === "号");
    const found = words ? words.map((w) => cleanName(w.text)) : piece ? [t] : null;
    if (!found || found.some((w) => seen.has(w))) break;
    // a listed word the header does not hold is another table's (or a stray column label)
    if (words && !words.every((w) => header.columns.includes(w.field))) break;
    for (const w of found) seen.add(w);
    if (words) listed += words.length;
    if (seen.size >= MIN_SHUFFLED_HEADER_LABELS && listed >= 2) end = j + 1;
  }
  return end;
}

/** A piece of a header word wrapped in its cell (`区分管或联系领` + `导`): part of the header, no name. */
function isHeaderPiece(text: string, printed: string): boolean {
  const t = cleanName(text);
  return t.length > 0 && printed.includes(t) && tokenKind(t) === "fragment";
}

/** The segmentation without the tails' lines (they are given to rows after the rows are read). */
export function withoutTails(seg: Segmentation, tails: readonly PageTail[]): Segmentation {
  const drop = new Set(tails.flatMap((t) => t.names.map((n) => n.line)));
  if (!drop.size) return seg;
  return {
    ...seg,
    leading: seg.leading.filter((l) => !drop.has(l.line)),
    rows: seg.rows.map((r) => ({ ...r, lines: r.lines.filter((l) => !drop.has(l.line)) })),
  };
}

interface Slot {
  row: RawRecord;
  field: EntityField;
}

/** Split a run into the part for one cell and the rest: at `count` names, else before a name comes twice. */
export function cellPart(names: readonly TailName[], count: number | null): number {
  if (count !== null && count > 0 && count < names.length) return count;
  let best = names.length;
  for (let cut = 1; cut < names.length; cut++) {
    const a = names.slice(0, cut).map((n) => n.text);
    const b = names.slice(cut).map((n) => n.text);
    const valid = new Set(a).size === a.length && new Set(b).size === b.length && a.some((x) => b.includes(x));
    // the most even cut of those that keep each name once per cell
    if (valid && (best === names.length || Math.abs(2 * cut - names.length) < Math.abs(2 * best - names.length))) best = cut;
  }
  return best;
}

/** Each run laid into the next empty cell of its kind from slot `start` on (cut where `cellPart` says), or null when one finds none. */
function layRuns(runs: readonly TailName[][], slots: readonly Slot[], start: number): Array<{ slot: Slot; names: TailName[] }> | null {
  const out: Array<{ slot: Slot; names: TailName[] }> = [];
  let next = start;
  for (const run of runs) {
    let rest = run;
    while (rest.length) {
      const k = slots.findIndex((s, i) => i >= next && kindOf(s.field) === rest[0]!.kind);
      if (k < 0) return null;
      const slot = slots[k]!;
      const later = slots.some((s, i) => i > k && kindOf(s.field) === rest[0]!.kind);
      const paired = slot.field === "leaders" ? (slot.row.cells.leadUnits?.length ?? slot.row.cells.units?.length ?? null) : null;
      const cut = later ? cellPart(rest, paired) : rest.length;
      out.push({ slot, names: rest.slice(0, cut) });
      rest = rest.slice(cut);
      next = k + 1;
    }
  }
  return out;
}

/**
 * Lay each tail's names into the empty cells of its page's rows (see the
 * module comment). `records` are changed in place; returns one warning per
 * row given names, naming them.
 */
export function fillFromPageTails(
  records: RawRecord[],
  tails: readonly PageTail[],
  header: FlatHeader,
  table: number,
  label: (f: EntityField) => string,
): Diagnostic[] {
  const fields = header.columns.filter((c): c is EntityField => isResponsibilityField(c));
  const out: Diagnostic[] = [];
  const given = new Map<number, { fields: Set<EntityField>; names: string[]; tail: PageTail }>();
  const give = (row: RawRecord, field: EntityField, names: readonly TailName[], tail: PageTail) => {
    row.cells[field] = [...(row.cells[field] ?? []), ...names.map((n) => ({ text: n.text }))];
    if (!row.presplit?.includes(field)) row.presplit = [...(row.presplit ?? []), field];
    const g = given.get(row.seq) ?? { fields: new Set<EntityField>(), names: [], tail };
    g.fields.add(field);
    g.names.push(...names.map((n) => n.text));
    given.set(row.seq, g);
  };
  for (const tail of tails) {
    const at = (r: RawRecord) => r.source.line ?? 0;
    // the page's rows: the one running on from the page before, then those that start on it
    const found = records.findIndex((r) => at(r) > tail.pageStart);
    const first = found < 0 ? records.length : found;
    const end = records.findIndex((r) => at(r) > tail.line);
    const from = tail.pageStart > 0 ? Math.max(first - 1, 0) : 0;
    const rows = records.slice(from, end < 0 ? records.length : end).filter((r) => at(r) < tail.line);
    if (!rows.length) continue;
    const slots: Slot[] = [];
    for (const row of rows) {
      // a row without any name shares a merged cell with the row above: no cell of its own is empty
      if (!fields.some((f) => row.cells[f]?.length)) continue;
      for (const f of fields) if (!row.cells[f]?.length) slots.push({ row, field: f });
    }
    const runs: TailName[][] = [];
    for (const n of tail.names) {
      const last = runs[runs.length - 1];
      if (last && last[0]!.kind === n.kind) last.push(n);
      else runs.push([n]);
    }
    const holder = rows[rows.length - 1]!;
    // the block is the page's lowest cells: the latest start from which every run finds a cell
    let plan: Array<{ slot: Slot | null; names: TailName[] }> | null = null;
    for (let start = slots.length - 1; start >= 0 && !plan; start--) plan = layRuns(runs, slots, start);
    for (const p of plan ?? runs.map((names) => ({ slot: null, names }))) {
      if (p.slot) {
        give(p.slot.row, p.slot.field, p.names, tail);
        continue;
      }
      // no empty cell takes them: back into the page's last row, in the last column of their kind
      const f = [...fields].reverse().find((x) => kindOf(x) === p.names[0]!.kind);
      if (f) give(holder, f, p.names, tail);
    }
  }
  for (const [seq, g] of given) {
    const row = records.find((r) => r.seq === seq)!;
    out.push({
      level: "warning",
      code: "FLAT_PAGE_TAIL",
      message: `第 ${seq} 项的“${[...g.fields].map(label).join("”“")}”（${g.names.join("、")}）印在第 ${g.tail.line} 行的页码之后（按阅读顺序导出，本页各行的空栏被集中印在页脚后），已按本页空栏的先后归入本项。请对照原文核对。`,
      table,
      seq,
      line: row.source.line ?? g.tail.line,
    });
  }
  return out;
}
