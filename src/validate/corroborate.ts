/**
 * Corroboration: after the records are built, each one is checked against
 * what a well-formed record looks like — unit columns hold unit-like names,
 * people columns hold people or offices, the task text does not carry a name
 * that belongs to another column, no field holds a 序号 or a header word,
 * counts are plausible. A record read from a table whose structure the input
 * lost (`TableSpec.structure`: `geometry` or `text-order`) gets the stricter
 * checks, and every guess its layout declared for it is kept as a doubt
 * unless the record itself corroborates it. Each failing check is one
 * specific warning naming the row (code + Chinese message: what looks wrong,
 * what to check), which `review.ts` turns into the task's review reasons.
 * Nothing here changes a record.
 */
import type { SourceLine, TableStructure } from "../model/intermediate.js";
import type { Diagnostic, Header, ResponsibilityField, Task } from "../model/schema.js";
import { classify, isBareTail, isPersonName, isRole, stripNote, suffixAcross, unitEnding } from "../names/classify.js";
import { UNIT_OPENING } from "../names/lexicon.js";
import { CN_NUMERALS, endsSentence, HEADING_MARKERS, PROSE_PUNCTUATION } from "../table/lexicon.js";
import { isMeasuresHeader, mapHeader, mapHeaders } from "../table/headers.js";
import { headingLevel } from "../table/sections.js";
import { runningHeadLines } from "../table/runningheads.js";
import { maxOf } from "../arrays.js";
import { toSimplified } from "../text/script.js";
import { isDateLine } from "../meta/notice.js";

/** Characters no task starts with: punctuation, closing marks, a trailing particle (`等主题景区建设。`). */
const NO_TASK_START = /^[，,。、；;：:）)」』”’%％等的]/;

/** What the corroboration needs of a table: its index, its printed headers, and what its input kept of its structure. */
export interface CorroboratedTable {
  index: number;
  headers: readonly Header[];
  structure?: TableStructure;
  /** the layout that rebuilt the rows (`flat`: text copied out of a PDF) */
  layout?: string;
}

/** a sentence's end: no unit's name holds one */
const SENTENCE_END = /[。！？!?]/;
const UNIT_FIELDS = ["leadUnits", "units", "coUnits"] as const;
const PERSON_FIELDS = ["leaders", "supervisors"] as const;

/** Limits of the checks, named here rather than in the middle of a rule. */
export const CORROBORATION = {
  /** a unit's name (its bracketed note aside) longer than this is a passage of text, not a name */
  maxUnitChars: 40,
  /** share of a table's tasks that end a sentence above which one that does not is odd */
  terminatedShare: 0.8,
  /** a table whose tasks none (or few) end a sentence in this many rows has that habit: an unterminated task is no doubt there */
  minRowsForHabit: 3,
  /** a table needs this many rows before its own habits (sentence ends, filled columns) are a norm */
  minRowsForNorm: 5,
  /** share of a table's rows that fill a unit column above which an empty one is odd (inferred structure only) */
  filledShare: 0.9,
  /** a field with more entries than this many times the table's usual count (90th percentile) is odd… */
  overfullFactor: 4,
  /** …and more than this many entries in all */
  overfullMin: 10,
  /** shortest name of the document searched for inside the task text or another name */
  minKnownName: 2,
  /** shortest unit name searched for inside the task text (shorter ones are common words)… */
  minKnownUnit: 4,
  /** …except a bureau's short form (`人社局`, `卫健委`): these endings make a three-character name specific */
  shortUnitEndings: "局委办",
  /** lines after a row's first line searched for its names (blank-line corroboration) */
  rowLineWindow: 60,
  /** shortest text before a known unit name that makes the name suspect (`改革试点成` + `农水局`) */
  minStrayPrefix: 4,
  /** longest heading text after its marker that reads as a heading cut short (`三、构`) */
  maxCutHeading: 2,
  /** share of a table's section headings with a marker above which an unmarked one is odd (inferred structure only) */
  markedSectionShare: 0.8,
  /** shortest run of consecutive numbers starting lines, none of them read as a row, that says rows were not read */
  minUnreadRun: 3,
  /** lines above a table's first row searched for the row numbered one less (`rowAboveFirst`) */
  rowAboveWindow: 8,
  /** longest first clause of a task that reads as the cut-off end of another sentence (`动，推进…`) */
  maxStrayClause: 2,
} as const;

/**
 * Declarations of a guess that layouts make as info diagnostics on a row, and
 * what a record must show to corroborate it (null: nothing in the record can).
 */
interface GuessContext {
  /** how many units the row's leaders pair with (null: the table pairs none) */
  pairedCount: number | null;
  table: CorroboratedTable | undefined;
  lines: readonly SourceLine[];
  /** the row's table does not end its tasks with a sentence's end (an indicator table): that is its habit, no doubt */
  unterminatedTable?: boolean;
  /** the row's first unit is out of place in its table (`strayFirstUnit`): the task's cut end may have taken it */
  strayFirstUnit?: boolean;
}

const DECLARED_GUESSES: Readonly<Record<string, ((t: Task, c: GuessContext) => boolean) | null>> = {
  // the boundary between two unit columns: corroborated when the text sets the two cells apart by a blank line
  FLAT_UNIT_COLUMNS_GUESSED: (t, c) => blankLineBetweenUnitColumns(t, c.table, c.lines),
  // the boundary between the people columns: corroborated when the people pair one to one with their units
  FLAT_PERSON_COLUMNS_GUESSED: (t, c) => c.pairedCount !== null && c.pairedCount > 0 && t.leaders.length === c.pairedCount,
  // the task's end was cut before a unit name: corroborated when what is left ends a sentence, or by the table's habit
  // of unterminated tasks — unless the row has no unit of its own (its units filled down from the row above): the
  // names the cut was made before are then not the row's, and its own may sit in the task
  FLAT_TASK_UNTERMINATED: (t, c) =>
    endsSentence(t.task) || (c.unterminatedTable === true && c.strayFirstUnit !== true && !UNIT_FIELDS.some((f) => t.inherited.includes(f))),
};

/** A line that starts with a row number: the number alone, or followed by a space, `.`, `、` (not `1.5%`, not `2023年`). */
const ROW_NUMBER_LINE = /^\s*(\d{1,4})(?:\s|[.、．](?!\d)|$)/;
/**
 * A task cell's own number glued to its words (`11．持续优化…`, a table with no 序号 column) after a short piece of the
 * column printed left of it on the same line (`刘志宏（管 11．持续优化…`, the wrapped start of a people cell).
 */
const GLUED_AFTER_CELL = /^\s*(?:[^\s\d]{1,8}\s+){1,2}(\d{1,3})[.、．](?=[\p{Script=Han}“])/u;

/**
 * Numbers that start lines of the document in a run (N, N+1, N+2… in line
 * order), none of which is a row of any table: rows the text has that were
 * not read (a table found late, or ended early). One warning per number,
 * naming it, so the clerk looks for that row.
 */
/**
 * What a task's target says and no unit's name does: a Roman numeral or Latin letters (`Ⅳ类`, `IV类`, `PM`), a comparator
 * (`以上`, `以下`, `以内`, `左右`), `达到`. In text whose cells came from reading order, a unit holding one took the tail of
 * the task (`达到IV类以上生态环境办`).
 */
const TARGET_WORDS = /[A-Za-z\u2160-\u217f]|以上|以下|以内|左右|达到/;

/** a date or quantity opening a line (`12 月`, `30 个`) */
const QUANTITY_AT_START = /^\s*\d{1,4}\s*[年月日号个家%％]/;

export function unreadRows(tasks: readonly Task[], lines: readonly SourceLine[]): Diagnostic[] {
  const read = new Set(tasks.map((t) => t.seq));
  const out: Diagnostic[] = [];
  let run: Array<{ n: number; line: number }> = [];
  const flush = () => {
    if (run.length >= CORROBORATION.minUnreadRun) {
      for (const r of run) {
        out.push({
          level: "warning",
          code: "ROW_NOT_READ",
          message: `原文第 ${r.line} 行以编号 ${r.n} 开头，但第 ${r.n} 项没有读成任务（与前后几行的编号相连）：表格可能比读出的部分更长。请核对原文这几项。`,
          seq: r.n,
          line: r.line,
        });
      }
    }
    run = [];
  };
  for (const l of lines) {
    const text = l.text.normalize("NFKC");
    const m = ROW_NUMBER_LINE.exec(text) ?? GLUED_AFTER_CELL.exec(text);
    if (!m) continue;
    const n = Number(m[1]);
    if (read.has(n)) continue;
    const last = run[run.length - 1];
    // a date or quantity cell opening the line (`12 月`, `30 个`) is no row number and breaks no run — unless it is the
    // run's next number: a row whose task goes on from a wrapped number (` 7 个，实际使用外资…`, a centred 序号)
    if (QUANTITY_AT_START.test(text) && !(last && n === last.n + 1)) continue;
    if (last && n === last.n + 1) run.push({ n, line: l.line });
    else if (!last || n !== last.n) {
      flush();
      run = [{ n, line: l.line }];
    }
  }
  flush();
  return out;
}

/** A row number alone on its line (a cell of a table flattened one cell per line, ` |` after it or not). */
const BARE_ROW_NUMBER = /^\s*(\d{1,3})\s*[|｜]?\s*$/;
/** A number that opens a line and a gap after it (two spaces or a tab: a space-aligned table's 序号 cell). */
const SPACED_ROW_NUMBER = /^\s*(\d{1,3})(?:\s{2,}|\t)\S/;
/** Lines a header written one cell per line may take. */
const HEADER_LOOKAHEAD = 8;
/** A number, one space, then the task's first character (or the quotation mark or bracket it opens with: `3 “外防输入…`): a row as poppler's -raw or a viewer's copy writes it. */
const STREAM_ROW_NUMBER = /^(\d{1,3}) (?=[\p{Script=Han}“‘「『《（(【])/u;
/** A header line starts with its 序号 cell. */
const HEADER_START = /^\s*(?:序号|编号)/;
/** A header line (序号 first), or an attachment mark: another table starts. */
const NEW_TABLE_MARK = /^\s*(?:(?:序号|编号)(?:\s|[|｜]|$)|附件\s*\d*\s*(?:[:：].*)?$)/;

/** How the rows read write their numbers, when most do it one of the two table ways: the pattern, else null. */
function rowNumberShape(texts: readonly string[]): RegExp | null {
  if (!texts.length) return null;
  for (const p of [BARE_ROW_NUMBER, SPACED_ROW_NUMBER, STREAM_ROW_NUMBER]) if (texts.filter((t) => p.test(t)).length * 2 > texts.length) return p;
  return null;
}

/**
 * Numbering that starts again at 1 (a table numbered per section) in a run of row numbers none of
 * which is a row read, before or after the rows read: that part of the table was not read. Each number of the run is reported (ROW_NOT_READ, named
 * by the running number it would take after the rows read), and since the layout lost the table's
 * shape there, every row read is put under review too (TABLE_PARTLY_READ): its cells may have taken
 * text of the rows lost. Only in text whose rows read mostly open with a number alone on its line (a
 * table flattened one cell per line), followed by a wide gap (a space-aligned table) or by one space
 * and the task (a stream-order dump: -raw, a viewer's copy), for runs
 * written the same way with no header (序号) or attachment mark (附件) between them and the rows read.
 */
export function unreadRestartRuns(tasks: readonly Task[], lines: readonly SourceLine[], reported: ReadonlySet<number> = new Set()): Diagnostic[] {
  const starts = new Set(tasks.map((t) => t.source.line).filter((n): n is number => n !== undefined));
  // each line's text folded once (full-width digits and spaces)
  const texts = lines.map((l) => l.text.normalize("NFKC"));
  const textOf = new Map(lines.map((l, k) => [l.line, texts[k]!] as const));
  // the rows read open with a number written alone or followed by a gap (a flattened or a
  // space-aligned table); the runs looked at are written the same way
  const shape = rowNumberShape([...starts].map((n) => textOf.get(n) ?? ""));
  if (!shape) return [];
  const runs: Array<Array<{ n: number; line: number }>> = [];
  lines.forEach((l, k) => {
    const m = shape.exec(texts[k]!);
    if (!m) return;
    const n = Number(m[1]);
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    // a number that neither goes on nor starts again (`28 公里` opening a wrapped line) is no row number
    if (run && last && n === last.n + 1) run.push({ n, line: l.line });
    else if (n === 1 || !run) runs.push([{ n, line: l.line }]);
  });
  const read = [...starts].sort((a, b) => a - b);
  // a new header (序号) or an attachment mark between the run and the rows read next to it opens
  // another table, which the layout chose not to read (an annex of indicators; before the table, a
  // cover letter's own 1. 2. 3.): not rows lost. The table's own header printed again at a page's
  // head is no new table: the same header fields.
  const fieldsAt = (k0: number): string => {
    const cells: string[] = [];
    for (let k = k0; k < lines.length && k < k0 + HEADER_LOOKAHEAD; k++) {
      if (k > k0 && shape.test(texts[k]!)) break;
      for (const cell of texts[k]!.split(/\s{2,}|\t|[|｜]/)) if (cell.trim()) cells.push(cell.trim());
    }
    // read as one header (`指标 | 计量单位`: a unit of measure, not a units column)
    return mapHeaders(cells).filter((f) => f !== "other").join(",");
  };
  const marks = lines.flatMap((l, k) => (NEW_TABLE_MARK.test(texts[k]!) ? [{ line: l.line, header: HEADER_START.test(texts[k]!) ? fieldsAt(k) : null }] : []));
  const ownFields = marks.find((m) => m.header !== null && m.line < read[0]!)?.header ?? "";
  const newTables = marks.filter((m) => !(ownFields.includes(",") && m.header === ownFields)).map((m) => m.line);
  const markBetween = (a: number, b: number) => newTables.some((n) => n > a && n < b);
  const apart = (line: number) => {
    const before = read.filter((n) => n < line).pop();
    const after = read.find((n) => n > line);
    return (before === undefined || markBetween(before, line)) && (after === undefined || markBetween(line, after));
  };
  // numbers printed as a column block among rows that were read (poppler's reading order) are those rows' own
  const interleaved = (run: ReadonlyArray<{ line: number }>) => read.some((n) => n > run[0]!.line && n < run[run.length - 1]!.line);
  // the run's opening numbers that were not read (a reader that lost the restart may still read a
  // later number of the run as the next row of the table: `1 2 3 4 5 | 1 2 3 4 5 6` read as 1–6)
  const unreadHead = (run: ReadonlyArray<{ n: number; line: number }>) => {
    const k = run.findIndex((r) => starts.has(r.line) || reported.has(r.line));
    return k < 0 ? run : run.slice(0, k);
  };
  const lost = runs
    .filter((run) => run[0]!.n === 1)
    .map(unreadHead)
    .filter((run) => run.length >= CORROBORATION.minUnreadRun && !apart(run[0]!.line) && !interleaved(run));
  if (!lost.length) return [];
  const out: Diagnostic[] = [];
  let next = maxOf(tasks.map((t) => t.seq));
  for (const run of lost) {
    for (const r of run) {
      next++;
      out.push({
        level: "warning",
        code: "ROW_NOT_READ",
        message: `原文第 ${r.line} 行以编号 ${r.n} 开头（编号在此从 1 重新开始，接续编号为第 ${next} 项），但这一项没有读成任务：表格可能比读出的部分更长。请核对原文这几项。`,
        seq: next,
        line: r.line,
      });
    }
  }
  const count = out.length;
  const at = lost[0]![0]!.line;
  for (const t of tasks) {
    out.push({
      level: "warning",
      code: "TABLE_PARTLY_READ",
      message: `原文第 ${at} 行起还有 ${count} 项（编号从 1 重新开始）没有读成任务，说明这份文本的表格结构没有读对；第 ${t.seq} 项的各栏也可能缺漏或混入了其他项的内容，请核对原文。`,
      table: t.table,
      seq: t.seq,
      ...(t.source.line ? { line: t.source.line } : {}),
      ...(t.source.page ? { page: t.source.page } : {}),
    });
  }
  return out;
}

/**
 * The row just before a table's first row (its number one less, the table not starting
 * at 1): printed on a line that opens with that number a few lines above the first row
 * read, it is a row the layout took for part of the header, not an excerpt starting
 * late. One warning naming it, so the clerk looks for it.
 */
export function rowAboveFirst(tasks: readonly Task[], lines: readonly SourceLine[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  // a line that starts a row read (of this table or the one before, numbered on from it) is no row missed
  const readLines = new Set(tasks.map((t) => t.source.line));
  for (const table of new Set(tasks.map((t) => t.table))) {
    const rows = tasks.filter((t) => t.table === table);
    const first = rows.reduce<Task | undefined>((a, t) => (t.source.line !== undefined && (!a || t.source.line < a.source.line!) ? t : a), undefined);
    if (!first || first.seq <= 1 || rows.some((t) => t.seq === first.seq - 1)) continue;
    // each row above the one found, numbered one less again, down to 1 (`2` above `3`, `一、稳增 1 全区…` above `2`)
    let at = first.source.line!;
    for (let n = first.seq - 1; n >= 1; n--) {
      const above = lines.find((l) => l.line < at && l.line >= at - CORROBORATION.rowAboveWindow && !readLines.has(l.line) && rowNumberAt(l.text) === n);
      if (!above) break;
      out.push({
        level: "warning",
        code: "ROW_NOT_READ",
        message: `原文第 ${above.line} 行以编号 ${n} 开头，紧挨在读出的第一项（第 ${first.seq} 项）之前，但没有读成任务：它可能被当成了表头的一部分。请核对原文这一项。`,
        table,
        seq: n,
        line: above.line,
      });
      at = above.line;
    }
    // a heading printed over the rows missed (`一、聚焦科技创新…` / `1 实施…` on the page before the header the layout
    // read from): the rows read after them, up to the first that has a heading of its own, may stand under it too
    const missed = out.filter((d) => d.table === table && d.code === "ROW_NOT_READ");
    if (!missed.length) continue;
    const heading = lines.find((l) => l.line < at && l.line >= at - CORROBORATION.rowAboveWindow && headingLevel(l.text.trim()) !== null && !readLines.has(l.line));
    if (!heading) continue;
    const ordered = rows.filter((t) => t.source.line !== undefined).sort((a, b) => a.source.line! - b.source.line!);
    for (const t of ordered) {
      if (t.section.length) break;
      out.push({
        level: "warning",
        code: "SECTION_NOT_READ",
        message: `第 ${t.seq} 项没有读出所属的标题，而它前面没有读成任务的第 ${missed.at(-1)!.seq} 项之上印有标题“${heading.text.trim().slice(0, 20)}”（原文第 ${heading.line} 行）：本项可能也属于这个标题。请核对原文。`,
        table,
        seq: t.seq,
        ...(t.source.line ? { line: t.source.line } : {}),
      });
    }
  }
  return out;
}

/** A 序号 printed after a piece of a heading cell left of it (`一、稳增 1 全区地区生产总值…`, text keeping positions). */
const NUMBER_AFTER_HEADING_PIECE = new RegExp(`^\\s*(?:[${CN_NUMERALS}]{1,3}、|[（(][${CN_NUMERALS}]{1,3}[）)])\\S{0,8}\\s+(\\d{1,3})\\s+\\S`);

/** The row number a line opens with, or prints right after a heading piece; NaN when none. */
function rowNumberAt(text: string): number {
  const t = text.normalize("NFKC");
  return Number((ROW_NUMBER_LINE.exec(t) ?? NUMBER_AFTER_HEADING_PIECE.exec(t))?.[1]);
}

/** The check of this module that a layout's declaration already says (the same doubt, not said twice). */
const COVERED_BY: Readonly<Record<string, string>> = { FLAT_TASK_UNTERMINATED: "TASK_UNTERMINATED" };

const squeeze = (s: string): string => s.replace(/\s+/g, "");

/**
 * The first two adjacent unit columns the row fills are set apart in the text by a
 * blank line between the last name of the one and the first name of the other
 * (a dump that writes a blank line between cells keeps the cell boundary).
 */
export function blankLineBetweenUnitColumns(t: Task, table: CorroboratedTable | undefined, lines: readonly SourceLine[]): boolean {
  const fields = (table?.headers ?? []).map((h) => h.field).filter((f): f is (typeof UNIT_FIELDS)[number] => (UNIT_FIELDS as readonly string[]).includes(f));
  const start = lines.findIndex((l) => l.line === t.source.line);
  if (start < 0) return false;
  for (let i = 0; i + 1 < fields.length; i++) {
    const a = t[fields[i]!];
    const b = t[fields[i + 1]!];
    if (!a.length || !b.length) continue;
    const end = Math.min(lines.length, start + CORROBORATION.rowLineWindow);
    let at = -1;
    for (let k = start; k < end && at < 0; k++) if (squeeze(lines[k]!.text).includes(squeeze(a[a.length - 1]!))) at = k;
    if (at < 0) return false;
    for (let k = at + 1; k < end; k++) {
      if (squeeze(lines[k]!.text).includes(squeeze(b[0]!))) return lines.slice(at + 1, k).some((l) => !l.text.trim());
    }
    return false;
  }
  return false;
}

/** A layout's guess of where the 责任人 column ends and the 分管领导 column begins (the names are read, not the cut). */
const PERSON_CUT_GUESSES: ReadonlySet<string> = new Set(["FLAT_PERSON_COLUMNS_GUESSED", "FLAT_PERSON_SPLIT"]);

/**
 * What the other rows of the document say of a row's cut between 责任人 and 分管领导 (a guess the
 * layout could not pin): vouched, with the reason, when every side of the cut is where the
 * document puts it. The leaders count as many as the units they pair with (the cut cannot move
 * without breaking the pairs), every person after the cut is a 分管领导 in another row and a 责任人 in
 * none, and no person before it is a 分管领导 in any other row. The other rows are those whose own
 * people were read without a cut in doubt, and that did not copy this row's people down (a merged
 * cell filled down says nothing new). A row with no 分管领导, or in a table whose leaders pair with
 * no units, is not vouched for (nothing pins the cut's other side).
 */
export function personCutVouched(
  t: Task,
  others: readonly Task[],
  pairedCount: number | null,
  table?: CorroboratedTable,
): string | null {
  if (pairedCount === null || pairedCount <= 0 || t.leaders.length !== pairedCount || !t.supervisors.length) return null;
  const asLeader = new Map<string, number>();
  const asSupervisor = new Map<string, number>();
  for (const o of others) {
    if (o === t || (o.table === t.table && o.seq === t.seq)) continue;
    if (!o.inherited.includes("leaders")) for (const n of o.leaders) asLeader.set(stripNote(n), (asLeader.get(stripNote(n)) ?? 0) + 1);
    if (!o.inherited.includes("supervisors")) for (const n of o.supervisors) asSupervisor.set(stripNote(n), (asSupervisor.get(stripNote(n)) ?? 0) + 1);
  }
  const after = t.supervisors.every((n) => (asSupervisor.get(stripNote(n)) ?? 0) > 0 && !asLeader.has(stripNote(n)));
  const before = t.leaders.every((n) => !asSupervisor.has(stripNote(n)));
  if (!after || !before) return null;
  const [lead, sup] = [label(table, "leaders"), label(table, "supervisors")];
  return `全文其他行印证了这一分法：${t.leaders.length} 位“${lead}”与 ${pairedCount} 个单位一一对应，${t.supervisors.join("、")}在其他行都是“${sup}”、从未作“${lead}”，${t.leaders.join("、")}在其他行都未作“${sup}”。`;
}

/**
 * The person-cut guesses (warnings) the document vouches for (`personCutVouched`) lowered to notes,
 * the reason added to their message; every other diagnostic as it was. Only rows whose people
 * are in no other doubt than that cut's are considered; the rows that vouch are those whose cut is
 * in no doubt at all.
 */
export function vouchPersonCuts(
  tasks: readonly Task[],
  diagnostics: readonly Diagnostic[],
  pairedField: (table: number) => ResponsibilityField | null,
  tables: readonly CorroboratedTable[] = [],
): Diagnostic[] {
  const key = (table: number | undefined, seq: number) => `${table ?? 0}:${seq}`;
  const cutDoubt = new Set(diagnostics.filter((d) => d.seq !== undefined && d.level !== "info" && PERSON_CUT_GUESSES.has(d.code)).map((d) => key(d.table, d.seq!)));
  if (!cutDoubt.size) return [...diagnostics];
  const sure = tasks.filter((t) => !cutDoubt.has(key(t.table, t.seq)));
  const reasons = new Map<string, string | null>();
  return diagnostics.map((d) => {
    if (d.code !== "FLAT_PERSON_COLUMNS_GUESSED" || d.level !== "warning" || d.seq === undefined) return d;
    const k = key(d.table, d.seq);
    if (!reasons.has(k)) {
      const rows = tasks.filter((t) => key(t.table, t.seq) === k);
      const t = rows.length === 1 ? rows[0]! : undefined;
      const paired = t ? pairedField(t.table) : null;
      reasons.set(k, t && paired ? personCutVouched(t, sure, t[paired].length, tables.find((x) => x.index === t.table)) : null);
    }
    const why = reasons.get(k);
    return why ? { ...d, level: "info", code: "FLAT_PERSON_COLUMNS_BY_DOCUMENT", message: `${d.message.replace(/请核对原文。$/, "")}${why}` } : d;
  });
}

/** rows of a table whose leaders must count as many as another unit column, and not as their own, before that column is taken as the one they pair with */
const MIN_OTHER_PAIR_ROWS = 3;

/** Diagnostics that say nothing against a row's counts: the count mismatch itself (the rule's subject). */
const COUNT_NEUTRAL: ReadonlySet<string> = new Set(["LEADER_COUNT_MISMATCH"]);

/**
 * The unit column a table's leaders count as many as, when it is not the one the header pairs them
 * with (序号 | 工作任务 | 牵头单位 | 责任单位 | 责任领导 | 分管领导, one 责任领导 per 牵头单位). Only rows the
 * reading does not doubt vote (`voters`: no warning of their own but a count mismatch, leaders not
 * filled down): in every one the leaders count as many as that column's units, in at least
 * `MIN_OTHER_PAIR_ROWS` of them not as many as the paired column's, and there are
 * `minRowsForNorm` of them at least. Else null.
 */
export function leadersPairedWith(voters: readonly Task[], paired: ResponsibilityField): (typeof UNIT_FIELDS)[number] | null {
  const own = voters.filter((t) => t.leaders.length > 0 && !t.inherited.includes("leaders"));
  if (own.length < CORROBORATION.minRowsForNorm) return null;
  for (const g of UNIT_FIELDS) {
    if (g === paired) continue;
    if (own.some((t) => t[g].length !== t.leaders.length)) continue;
    if (own.filter((t) => t[paired].length !== t.leaders.length).length >= MIN_OTHER_PAIR_ROWS) return g;
  }
  return null;
}

/** A layout's doubt about the people of a row (the 责任人 count itself may be a cut by units). */
const PERSON_DOUBT = /PERSON|LEADER|FILLED_DOWN|MERGED/;

/**
 * Where a table's leaders pair, row after row, with another unit column than the header's
 * (`leadersPairedWith`), two doubts of a row are settled by its counts:
 * - a leader-count mismatch (LEADER_COUNT_MISMATCH, counted against the header's column) where the
 *   row's leaders count as many as the column the document pairs them with: a note,
 *   LEADER_COUNT_BY_OTHER_COLUMN;
 * - a guessed cut between the table's two unit columns (FLAT_UNIT_COLUMNS_GUESSED) where that column
 *   is one of the two and holds as many units as the row has leaders, read with no doubt about its
 *   people: the count pins the cut (one cut only gives it): a note, FLAT_UNIT_COLUMNS_BY_LEADERS.
 * Every other diagnostic as it was.
 */
export function vouchByLeaderCounts(
  tasks: readonly Task[],
  diagnostics: readonly Diagnostic[],
  pairedField: (table: number) => ResponsibilityField | null,
  tables: readonly CorroboratedTable[] = [],
): Diagnostic[] {
  if (!diagnostics.some((d) => (d.code === "LEADER_COUNT_MISMATCH" || d.code === "FLAT_UNIT_COLUMNS_GUESSED") && d.level === "warning")) return [...diagnostics];
  const key = (table: number | undefined, seq: number) => `${table ?? "*"}:${seq}`;
  const doubts = new Map<string, string[]>();
  for (const d of diagnostics) {
    if (d.seq === undefined || d.level === "info") continue;
    const k = key(d.table, d.seq);
    (doubts.get(k) ?? doubts.set(k, []).get(k)!).push(d.code);
  }
  const doubtsOf = (t: Task) => [...(doubts.get(key(t.table, t.seq)) ?? []), ...(doubts.get(key(undefined, t.seq)) ?? [])];
  const other = new Map<number, (typeof UNIT_FIELDS)[number] | null>();
  const otherOf = (table: number): (typeof UNIT_FIELDS)[number] | null => {
    if (!other.has(table)) {
      const paired = pairedField(table);
      const voters = tasks.filter((t) => t.table === table && doubtsOf(t).every((c) => COUNT_NEUTRAL.has(c)));
      other.set(table, paired ? leadersPairedWith(voters, paired) : null);
    }
    return other.get(table)!;
  };
  return diagnostics.map((d) => {
    if ((d.code !== "LEADER_COUNT_MISMATCH" && d.code !== "FLAT_UNIT_COLUMNS_GUESSED") || d.level !== "warning" || d.seq === undefined) return d;
    const rows = tasks.filter((t) => t.seq === d.seq && (d.table === undefined || t.table === d.table));
    const t = rows.length === 1 ? rows[0]! : undefined;
    const g = t ? otherOf(t.table) : null;
    if (!t || !g || t.inherited.includes("leaders") || t.inherited.includes(g) || t[g].length !== t.leaders.length) return d;
    const info = tables.find((x) => x.index === t.table);
    const [lead, col] = [label(info, "leaders"), label(info, g)];
    const why = `本表每一项的“${lead}”都与“${col}”一样多（“${lead}”对应的是“${col}”）；本项“${col}”${t[g].length} 个、“${lead}”${t.leaders.length} 位，数目相符。`;
    if (d.code === "LEADER_COUNT_MISMATCH") return { ...d, level: "info", code: "LEADER_COUNT_BY_OTHER_COLUMN", message: `${d.message.replace(/请核对原文。$/, "")}但${why}` };
    // the cut: the table has just two unit columns, this column one of them, and the row's people are read with no doubt
    const unitColumns = (info?.headers ?? []).map((h) => h.field).filter((f) => (UNIT_FIELDS as readonly string[]).includes(f));
    if (unitColumns.length !== 2 || !unitColumns.includes(g) || doubtsOf(t).some((c) => c !== d.code && !COUNT_NEUTRAL.has(c) && PERSON_DOUBT.test(c))) return d;
    return { ...d, level: "info", code: "FLAT_UNIT_COLUMNS_BY_LEADERS", message: `${d.message.replace(/，但其中有单位在其他行未见或两列都见过。请核对原文。$/, "。")}${why}只有这一种分法与之相符。` };
  });
}

/** Everything the document's records name, by kind, for the cross-checks. */
interface KnownNames {
  people: string[];
  units: string[];
  /** collective names (`各设区市人民政府`) the records give on their own */
  groups: string[];
}

function knownNames(tasks: readonly Task[]): KnownNames {
  const people = new Set<string>();
  const units = new Set<string>();
  const groups = new Set<string>();
  for (const t of tasks) {
    for (const f of UNIT_FIELDS) for (const n of t[f]) if (classify(n) === "collective") groups.add(stripNote(n));
    for (const f of PERSON_FIELDS) for (const n of t[f]) if (isPersonName(n)) people.add(stripNote(n));
    // organisations only: a place (`前黄镇`) is named in task texts all the time
    for (const f of UNIT_FIELDS) for (const n of t[f]) if (classify(n) === "unit" && unitEnding(n)?.strength === "strong") units.add(stripNote(n));
  }
  const specific = (n: string): boolean => n.length >= CORROBORATION.minKnownUnit || (n.length === 3 && CORROBORATION.shortUnitEndings.includes(n.slice(-1)));
  return { people: [...people].filter((n) => n.length >= CORROBORATION.minKnownName), units: [...units].filter(specific), groups: [...groups].filter(specific) };
}

/** The printed header of a field in this table, else a plain label. */

/**
 * For each row, the fields whose nearest filled row below holds a merged cell: that row fills the field and the row
 * after it inherits it, or names the same (a cell merged over several rows). Empty in the row itself, such a field may be part of that
 * merged cell where the text prints a merged cell at the middle of its rows (an unruled PDF, `pdftotext -layout`).
 */
export function mergedBelowFields(rows: readonly Task[]): Array<Set<ResponsibilityField>> {
  const out = rows.map(() => new Set<ResponsibilityField>());
  for (const f of [...UNIT_FIELDS, ...PERSON_FIELDS]) {
    let merged = false;
    for (let i = rows.length - 1; i >= 0; i--) {
      const t = rows[i]!;
      // (a layout that places merged cells without marking them gives the rows under the cell the same names)
      const next = rows[i + 1];
      // (a row inheriting the names holds them too)
      if (t[f].length > 0 && !t.inherited.includes(f)) merged = next !== undefined && next[f].length > 0 && next[f].join("、") === t[f].join("、");
      else if (t[f].length === 0 && merged) out[i]!.add(f);
    }
  }
  return out;
}

/**
 * A table with a measures column beside its task column (`目标任务 | 工作措施`): the task is the task column's cell and
 * the measures column is left out (`table/headers.ts` `leaveOutMeasures`). Returns the two headers, or null.
 */
export function measuresLeftOut(table: Pick<CorroboratedTable, "headers"> | undefined): { task: string; measures: string } | null {
  const headers = (table?.headers ?? []).map((h) => ({ field: h.field, text: h.text.replace(/\s+/g, "") }));
  const measures = headers.find((h) => h.field === "other" && isMeasuresHeader(h.text));
  const task = headers.find((h) => h.field === "task");
  return measures !== undefined && task !== undefined ? { task: task.text, measures: measures.text } : null;
}

function label(table: CorroboratedTable | undefined, field: ResponsibilityField | "task"): string {
  const h = table?.headers.find((x) => x.field === field);
  if (h) return h.text.replace(/\s+/g, "");
  return { task: "任务", leadUnits: "牵头单位", units: "责任单位", coUnits: "协办单位", leaders: "责任人", supervisors: "分管领导" }[field];
}

function percentile90(values: readonly number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))]!;
}

/** The numbering marker a heading starts with (`三、`, `（一）`), or null. */
function headingMarker(heading: string): string | null {
  for (const m of HEADING_MARKERS) {
    const found = m.pattern.exec(heading.trim());
    if (found) return found[0];
  }
  return null;
}

/**
 * A table whose tasks do not end sentences (an indicator table: `地区生产总值增长6%`):
 * at least `minRowsForHabit` rows and at most `1 − terminatedShare` of them ending one.
 */
export function unterminatedTable(tasks: readonly Task[], table: number): boolean {
  const rows = tasks.filter((t) => t.table === table);
  return rows.length >= CORROBORATION.minRowsForHabit && rows.filter((t) => endsSentence(t.task)).length <= rows.length * (1 - CORROBORATION.terminatedShare);
}

/** a unit's place-level prefix (`区发改局`, `省科技厅`, `市政府督查室`) or a collective's `各` (`各街道办事处`): the lexicon's narrow set */
const LEVEL_PREFIX = UNIT_OPENING;
/** the share of a table's units that must carry a level prefix for one without it to stand out */
const LEVEL_PREFIX_SHARE = 0.9;
/** the fewest units a table needs for that habit */
const LEVEL_PREFIX_MIN_UNITS = 10;

/**
 * The row's first unit (the name right after the cut end of its task) stands out in its table: nearly every
 * unit of the table opens with a level (`区…`, `省…`), this one does not, and no other row names it
 * (`建设“智慧澜山”城市` | `运行管理平台 区大数据中心`: the task's last words read as a unit). A unit the table
 * names again, or a table whose units carry no level, is no doubt.
 */
export function strayFirstUnit(t: Task, tasks: readonly Task[]): boolean {
  const first = t.leadUnits[0] ?? t.units[0] ?? t.coUnits[0];
  if (first === undefined) return false;
  const p = unitProfile(tasks, t.table);
  if (overlongFirstUnit(first, t, p)) return true;
  if (LEVEL_PREFIX.test(first)) return false;
  if (!p.levelHabit) return false;
  return p.rowsNaming(first, t) === 0;
}

/** how many times the longest of the table's other unit names a row's first unit must be to stand out by length */
const OVERLONG_UNIT_FACTOR = 1.5;
/** the fewest other unit names a table needs for that measure */
const OVERLONG_MIN_UNITS = 10;

/**
 * The row's first unit, named by no other row, is half as long again as any other unit name of the table
 * (`区属企业完成股份制改造区国资委` where the longest other is `城东经济区管委会`): the task's cut last words were
 * read into it. A long name in a table of long names is no doubt.
 */
function overlongFirstUnit(first: string, t: Task, p: UnitProfile): boolean {
  const own = unitsOf(t);
  if (p.unitCount - (p.holds(t) ? own.length : 0) < OVERLONG_MIN_UNITS || p.rowsNaming(first, t) > 0) return false;
  const longest = Math.max(p.longestOutside(t), maxOf(own.filter((u) => u !== first).map((u) => [...u].length)));
  return [...first].length > longest * OVERLONG_UNIT_FACTOR;
}

const unitsOf = (t: Task): string[] => [...t.leadUnits, ...t.units, ...t.coUnits];

/**
 * One table's unit names, counted once for every row asked about (asking each row's question of every
 * other row was rows × rows: 48 s on a 4,000-row notice).
 */
interface UnitProfile {
  /** unit names of the table's rows, counted with repeats */
  unitCount: number;
  /** nearly every organisation-like unit of the table opens with a level (`区…`, `省…`) */
  levelHabit: boolean;
  /** `t` is one of the table's rows */
  holds(t: Task): boolean;
  /** how many rows other than `t` name `name` */
  rowsNaming(name: string, t: Task): number;
  /** the length of the longest unit name in a row other than `t` (-Infinity when none) */
  longestOutside(t: Task): number;
}

const unitProfiles = new WeakMap<readonly Task[], Map<number, UnitProfile>>();

function unitProfile(tasks: readonly Task[], table: number): UnitProfile {
  const cached = unitProfiles.get(tasks)?.get(table);
  if (cached) return cached;
  const rows = tasks.filter((o) => o.table === table);
  const members = new Set(rows);
  const naming = new Map<string, Set<Task>>();
  let unitCount = 0;
  // the two longest names held by different rows: the longest outside a row is the first unless the row holds it
  let best = { len: -Infinity, row: null as Task | null };
  let second = -Infinity;
  for (const o of rows) {
    const us = unitsOf(o);
    unitCount += us.length;
    for (const u of us) (naming.get(u) ?? naming.set(u, new Set()).get(u)!).add(o);
    const len = maxOf(us.map((u) => [...u].length));
    if (len > best.len) {
      if (best.row !== o) second = Math.max(second, best.len);
      best = { len, row: o };
    } else if (o !== best.row) second = Math.max(second, len);
  }
  // (the names that read as an organisation's: a row read wrong leaves task words among its units, and they do not tell the habit)
  const orgs = rows.flatMap(unitsOf).filter((u) => unitEnding(u)?.strength === "strong" && !/[,，、；;。\s]/.test(u));
  const levelHabit = orgs.length >= LEVEL_PREFIX_MIN_UNITS && orgs.filter((u) => LEVEL_PREFIX.test(u)).length >= orgs.length * LEVEL_PREFIX_SHARE;
  const profile: UnitProfile = {
    unitCount,
    levelHabit,
    holds: (t) => members.has(t),
    rowsNaming: (name, t) => {
      const holders = naming.get(name);
      return holders ? holders.size - (holders.has(t) ? 1 : 0) : 0;
    },
    longestOutside: (t) => (best.row === t ? second : best.len),
  };
  const byTable = unitProfiles.get(tasks) ?? unitProfiles.set(tasks, new Map()).get(tasks)!;
  byTable.set(table, profile);
  return profile;
}

/** What one table's rows usually look like: the norm a row of inferred structure is held to. */
interface TableNorms {
  terminated: boolean;
  /** the table's section headings carry a numbering marker (`一、`, `（一）`) */
  markedSections: boolean;
  filled: Set<ResponsibilityField>;
  usualCount: Map<ResponsibilityField, number>;
}

function tableNorms(rows: readonly Task[]): TableNorms {
  const enough = rows.length >= CORROBORATION.minRowsForNorm;
  const ended = rows.filter((t) => endsSentence(t.task)).length;
  const filled = new Set<ResponsibilityField>();
  const usualCount = new Map<ResponsibilityField, number>();
  for (const f of [...UNIT_FIELDS, ...PERSON_FIELDS]) {
    const n = rows.filter((t) => t[f].length > 0).length;
    if (enough && n >= rows.length * CORROBORATION.filledShare) filled.add(f);
    usualCount.set(f, percentile90(rows.map((t) => t[f].length).filter((c) => c > 0)));
  }
  const headings = [...new Set(rows.flatMap((t) => t.section))];
  const marked = headings.filter((h) => headingMarker(h) !== null).length;
  return {
    terminated: enough && ended >= rows.length * CORROBORATION.terminatedShare,
    markedSections: headings.length >= 2 && marked >= headings.length * CORROBORATION.markedSectionShare,
    filled,
    usualCount,
  };
}

/** a colon inside a name: a label (`牵头：`, `配合:`) read with the names it introduces */
const LABEL_IN_NAME = /[：:]/;
/** a unit opening a task: this many characters at least (`区工信局`), at most (`区城市管理综合执法局`) */
const MIN_OPENING_UNIT = 4;
const MAX_OPENING_UNIT = 12;
/** the last character of an organisation's name (`局`, `委`, `办`, `院`, `中心`'s `心`, `政府`'s `府`) */
const STRONG_END_CHAR = /[局委办院心府所站队部厅司处会行社]/;
/** a list separator inside one name, brackets (`各县（市、区）`) aside */
const LIST_SEPARATOR = /[、，,；;]/;
const BRACKETED = /[（(][^（）()]*[）)]/g;
/** one Han character alone: no unit's or person's name */
const isSingleHanPiece = (s: string): boolean => /^\p{Script=Han}$/u.test(s.trim());

/** The reasons one record is not corroborated (code and message), in field order. */
export function checkRecordShape(
  t: Task,
  table: CorroboratedTable | undefined,
  norms: TableNorms,
  known: KnownNames,
  neighbours: {
    before?: Task;
    after?: Task;
    filledAbove?: Partial<Record<ResponsibilityField, readonly string[]>>;
    filledSomewhere?: ReadonlySet<ResponsibilityField>;
    /** the row above was flagged as maybe inside a merged cell (FIELD_EMPTY_MAYBE_MERGED) */
    mergedAbove?: boolean;
    /** some row of the table was given a merged cell's names by guess (MERGED_CELL_GUESSED): the text lost its merges */
    mergesGuessed?: boolean;
    /** the fields whose nearest filled row below holds a merged cell (the row after it inherits the names) */
    mergedBelow?: ReadonlySet<ResponsibilityField>;
  } = {},
): Array<{ code: string; message: string }> {
  const out: Array<{ code: string; message: string }> = [];
  const strict = (table?.structure ?? "exact") !== "exact";
  const headerTexts = new Set((table?.headers ?? []).map((h) => h.text.replace(/\s+/g, "")).filter(Boolean));
  const where = `第 ${t.seq} 项`;

  for (const f of [...UNIT_FIELDS, ...PERSON_FIELDS]) {
    for (const name of t[f]) {
      const bare = name.replace(/\s+/g, "");
      if (/^\d+$/.test(bare) || headerTexts.has(bare)) {
        out.push({ code: "FIELD_HOLDS_HEADER", message: `${where}“${label(table, f)}”中出现“${name}”，像是序号或表头文字而不是名称：可能是表头或编号混入了这一行。请核对原文。` });
        break;
      }
    }
  }
  for (const f of [...UNIT_FIELDS, ...PERSON_FIELDS]) {
    const twice = t[f].find((n, i) => t[f].indexOf(n) !== i);
    if (twice) out.push({ code: "NAME_TWICE", message: `${where}“${label(table, f)}”中“${twice}”出现了两次：可能把相邻行的内容并了进来。请核对原文。` });
  }
  // one unit in two roles of a row (lead and co-operating): a cell's names read into the column beside it
  const twoRoles = UNIT_FIELDS.flatMap((f, i) => UNIT_FIELDS.slice(i + 1).flatMap((g) => t[f].filter((n) => t[g].includes(n)).map((n) => ({ n, f, g }))))[0];
  if (twoRoles) out.push({ code: "NAME_IN_TWO_ROLES", message: `${where}“${twoRoles.n}”既在“${label(table, twoRoles.f)}”又在“${label(table, twoRoles.g)}”中：可能把一列的名称读进了旁边一列。请核对原文。` });
  const organisations = new Set([...known.units, ...known.groups]);
  for (const f of UNIT_FIELDS) {
    const person = t[f].find((n) => classify(n) === "person");
    if (person) {
      out.push({ code: "UNIT_LOOKS_PERSON", message: `${where}“${label(table, f)}”中的“${person}”像人名而不是单位名：可能是人员一列的内容错入了单位列。请核对原文该行的列界。` });
      continue;
    }
    // a sentence inside a unit's name (`市人社局《方案》要求……。`): text run into the list, whatever the input kept
    const sentence = t[f].find((n) => SENTENCE_END.test(stripNote(n)) || [...stripNote(n)].length > CORROBORATION.maxUnitChars);
    if (sentence) {
      out.push({ code: "UNIT_HOLDS_TEXT", message: `${where}“${label(table, f)}”中的“${sentence.slice(0, 40)}”是一段话而不是单位名：其后的正文可能串入了单位列表。请核对原文。` });
      continue;
    }
    // a role label read into a name (`牵头:招商服务局`): the cell's roles were not read, whatever the input kept
    const labelled = t[f].find((n) => LABEL_IN_NAME.test(stripNote(n)));
    if (labelled) {
      out.push({ code: "UNIT_HOLDS_LABEL", message: `${where}“${label(table, f)}”中的“${labelled}”带有冒号（像“牵头：”“配合：”这样的分工标注）：单元格里的分工没有读出来，名单的归属可能不对。请核对原文。` });
      continue;
    }
    // two names read as one: a separator outside brackets (`处、区属各国有企业`), or a unit the document names on its
    // own followed by another unit (`省粮食和储备局各设区市人民政府`): a cell's line break lost or misread
    const joined = t[f].find((n) => {
      const b = stripNote(n);
      const pieces = b.replace(BRACKETED, "").split(LIST_SEPARATOR);
      // `各镇政府、街道办事处` (one collective sharing its 各) is whole; `处、区属各国有企业` holds a piece of a name
      if (pieces.length > 1 && pieces.some((x) => classify(x) === "fragment")) return true;
      // the other part a unit of its own (a strong ending: `局`, `政府`), or a name the document gives on its own; a
      // part of the unit before it (`区疫情防控指挥部各职能组`), or a piece after a separator (the same list's:
      // `各镇政府、街道办事处` shares its 各), is neither
      const unit = (x: string) => !LIST_SEPARATOR.test(x.charAt(0)) && !LIST_SEPARATOR.test(x.slice(-1)) && (organisations.has(x) || (classify(x) === "unit" && unitEnding(x)?.strength === "strong"));
      return [...organisations].some((u) => u !== b && ((b.startsWith(u) && unit(b.slice(u.length))) || (b.endsWith(u) && unit(b.slice(0, -u.length)))));
    });
    if (joined) {
      out.push({ code: "UNIT_JOINED", message: `${where}“${label(table, f)}”中的“${joined}”像是两个名称连在一起（或含有分隔符）：单元格里的换行可能读错了。请核对原文。` });
      continue;
    }
    if (!strict) continue;
    const prose = t[f].find((n) => PROSE_PUNCTUATION.test(stripNote(n)) || /\d/.test(stripNote(n)) || TARGET_WORDS.test(stripNote(n)));
    if (prose) {
      out.push({ code: "UNIT_HOLDS_TEXT", message: `${where}“${label(table, f)}”中的“${prose}”含有标点或数字，像是正文而不是单位名：任务正文可能串入了单位列。请核对原文。` });
      continue;
    }
    // text before a unit the document names elsewhere (`…改革试点成农水局`): a cell boundary lost in the text
    const prefixed = t[f].find((n) => known.units.some((u) => n.endsWith(u) && n.length - u.length >= CORROBORATION.minStrayPrefix && classify(n.slice(0, -u.length)) === "fragment"));
    if (prefixed) {
      out.push({ code: "UNIT_HOLDS_TEXT", message: `${where}“${label(table, f)}”中的“${prefixed}”是本表的单位名前面多了一段文字：正文或别列的文字可能串入了单位名。请核对原文。` });
      continue;
    }
    // (or the last two characters of a unit the document names, `化局` of `县工业和信息化局`: a name cut over two rows'
    // lines, its end read into the row below)
    const fragment = t[f].find((n) => classify(n) === "fragment" || cutTail(stripNote(n), known.units));
    if (fragment) {
      out.push({ code: "UNIT_INCOMPLETE", message: `${where}“${label(table, f)}”中的“${fragment}”不像完整的单位名：可能是被拆开的名称或别列的文字。请核对原文。` });
      continue;
    }
    const glued = t[f].find((n) => known.people.some((p) => n.includes(p) && stripNote(n) !== p));
    if (glued) {
      const p = known.people.find((x) => glued.includes(x))!;
      out.push({ code: "UNIT_HOLDS_PERSON", message: `${where}“${label(table, f)}”中的“${glued}”夹有本文件中的人名“${p}”：相邻列的文字可能串入了这个单位名。请核对原文。` });
    }
  }
  // a unit's name cut between this row's cell and the next row's (`…、各区人民` | `政府、…`): the two rows' cells in that
  // column are one cell (merged over the rows and printed across them), or the row boundary fell inside it
  for (const f of UNIT_FIELDS) {
    const cutBelow = neighbours.after && cutAcrossRows(t[f], neighbours.after[f]);
    const cutAbove = neighbours.before && cutAcrossRows(neighbours.before[f], t[f]);
    if (cutBelow || cutAbove) {
      const other = cutBelow ? neighbours.after! : neighbours.before!;
      out.push({ code: "NAME_CUT_ACROSS_ROWS", message: `${where}“${label(table, f)}”与第 ${other.seq} 项同一列的名称在两行之间断开（“${cutBelow ? `${t[f].at(-1)}”|“${other[f][0]}` : `${other[f].at(-1)}”|“${t[f][0]}`}”）：这一格可能是跨行合并的单元格，或行的分界读错了。请核对原文。` });
    }
  }
  for (const f of [...UNIT_FIELDS, ...PERSON_FIELDS]) {
    // a piece no name is, whatever the input kept: one character alone (`各`, `东`), or a list holding one (`东、陶冉`) —
    // a name cut by its cell's line break and joined to the wrong neighbour
    const cut = t[f].find((n) => {
      const pieces = stripNote(n).replace(BRACKETED, "").split(LIST_SEPARATOR).filter(Boolean);
      return isSingleHanPiece(n) || (pieces.length > 1 && pieces.some(isSingleHanPiece));
    });
    if (cut) out.push({ code: "NAME_CUT", message: `${where}“${label(table, f)}”中的“${cut}”含有单独一个字，不是完整的名称：单元格里换行处的名字可能拆错了（前一行的末字或后一行的首字）。请核对原文。` });
  }
  for (const f of PERSON_FIELDS) {
    const odd = t[f].find((n) => {
      const kind = classify(n);
      return kind === "unit" || (strict && kind === "fragment" && !isRole(n));
    });
    if (odd) out.push({ code: "PERSON_LOOKS_UNIT", message: `${where}“${label(table, f)}”中的“${odd}”不像人名或职务：可能是单位列或正文的内容错入了人员列。请核对原文该行的列界。` });
  }
  const task = t.task.replace(/\s+/g, "");
  if (task && headerTexts.has(task)) {
    out.push({ code: "FIELD_HOLDS_HEADER", message: `${where}的任务正文是表头文字“${t.task}”：表头可能被当成了任务行。请核对原文。` });
  }
  if (!strict || !task) return out;

  for (const heading of t.section) {
    const marker = headingMarker(heading);
    const body = marker ? heading.trim().slice(marker.length).trim() : heading;
    if ((marker && body.length <= CORROBORATION.maxCutHeading) || (!marker && norms.markedSections)) {
      out.push({ code: "SECTION_DOUBT", message: `${where}所属的标题“${heading}”${marker ? "只有几个字，像是被截断" : "没有编号，而本表其他标题都有"}：标题可能读错了（截断，或把正文当成了标题）。请核对原文。` });
      break;
    }
  }

  const firstClause = /^[^，,、；;：:。]*[，,、]/.exec(task)?.[0];
  if (NO_TASK_START.test(task) || (firstClause !== undefined && firstClause.length - 1 <= CORROBORATION.maxStrayClause && firstClause.length > 1)) {
    out.push({ code: "TASK_STARTS_MIDWAY", message: `${where}的任务正文以“${task.slice(0, 6)}”开头，像是上一句的后半：正文的开头可能留在了上一项。请核对任务全文。` });
  }

  // inferred structure: the task text must not carry what belongs to another column
  const tailName = [...known.people, ...organisations].find((n) => task.endsWith(n));
  if (tailName && !endsSentence(task)) {
    out.push({ code: "TASK_ENDS_WITH_NAME", message: `${where}的任务正文以“${tailName}”结尾，这是本表其他列中的名称：它可能属于单位或人员一列。请核对任务结尾与各列。` });
  } else {
    // a name the row itself lists is what the task is about (`…应急救援中心建设` with that centre responsible)
    const own = new Set([...UNIT_FIELDS, ...PERSON_FIELDS].flatMap((f) => t[f].map(stripNote)));
    const inside = known.people.find((p) => p.length >= 3 && task.includes(p) && !own.has(p)) ?? known.units.find((u) => task.includes(u) && !task.startsWith(u) && !own.has(u));
    // a unit column printed before the task (`牵头单位 | 工作任务`): its cell's text may open the task (`区发改局地区生产总值…`)
    const fields = (table?.headers ?? []).map((h) => h.field);
    const unitFirst = fields.findIndex((f) => (UNIT_FIELDS as readonly string[]).includes(f));
    // (a unit the table names elsewhere, or a level's unit with a strong ending: `区交通运输局新改建…`)
    const leadingUnit = (): string | undefined => {
      if (!UNIT_OPENING.test(task)) return undefined;
      for (let n = MIN_OPENING_UNIT; n <= Math.min(MAX_OPENING_UNIT, task.length - 1); n++) {
        const p = task.slice(0, n);
        if (classify(p) === "unit" && unitEnding(p)?.strength === "strong" && STRONG_END_CHAR.test(p.slice(-1))) return own.has(p) ? undefined : p;
      }
      return undefined;
    };
    const listedUnits = UNIT_LIST_IN_TASK.exec(task);
    const opening = unitFirst >= 0 && unitFirst < fields.indexOf("task") ? (known.units.find((u) => task.startsWith(u) && !own.has(u)) ?? leadingUnit()) : undefined;
    if (opening) out.push({ code: "TASK_OPENS_WITH_NAME", message: `${where}的任务正文以“${opening}”开头，这是本表单位列中的名称，而单位列印在任务之前：它可能是本行的单位，串入了正文。请核对原文。` });
    else if (inside) out.push({ code: "TASK_HOLDS_NAME", message: `${where}的任务正文中夹有“${inside}”，这是本表其他列中的名称：相邻列的文字可能串入了正文。请核对原文。` });
    else if (listedUnits) {
      const listed = listedUnits[0];
      out.push({ code: "TASK_HOLDS_NAME", message: `${where}的任务正文中夹有单位名单“${listed}”：任务正文不列单位，这像是相邻单位列的文字串入了正文。请核对原文。` });
    }
    else if (norms.terminated && !endsSentence(task)) {
      out.push({ code: "TASK_UNTERMINATED", message: `${where}的任务正文没有以句号等结尾，而本表的其他任务都有：正文可能被截断，或与下一项粘连。请核对任务全文。` });
    }
  }
  // people columns only where the text lost the cells: a ruled or aligned table leaves one blank often enough
  for (const f of table?.structure === "text-order" ? [...UNIT_FIELDS, ...PERSON_FIELDS] : UNIT_FIELDS) {
    // an empty cell between two filled ones: a run of empty cells (a part of the table without that column) is no doubt
    const isolated = (neighbours.before?.[f].length ?? 0) > 0 && (neighbours.after?.[f].length ?? 0) > 0;
    if (norms.filled.has(f) && isolated && t[f].length === 0 && !t.inherited.includes(f)) {
      out.push({ code: "FIELD_EMPTY_UNUSUAL", message: `${where}的“${label(table, f)}”为空，而本表几乎每一项都有：这一列的内容可能被归到了相邻列或别的行。请核对原文。` });
      break;
    }
  }
  // text copied out of a PDF has lost the cells: it cannot tell an empty cell from one merged with the row
  // above (printed once, in its first row), so an empty field the row before fills is either. (A web table
  // flattened one cell per line keeps its empty cells as blank lines or separators, and is not meant.)
  if (table?.structure === "text-order" && table.layout === "flat" && !out.some((r) => r.code === "FIELD_EMPTY_UNUSUAL")) {
    // a people column (分管领导) merged over a leader's tasks leaves a run of empty rows: every row of the run.
    // (Unit columns are left out: an empty 协办单位 is common, and measured on the dumps the flag fell on
    // correct rows some 80 times for each wrong one.)
    const above = (g: ResponsibilityField) => neighbours.filledAbove?.[g] ?? [];
    // A unit column joins in only inside such a run: a row right under one suspected of a merge, empty where that
    // row is empty and a row above fills (a cell merged over three rows, its people's cell over two).
    const emptyAsBefore = (g: ResponsibilityField) => neighbours.mergedAbove === true && neighbours.before !== undefined && neighbours.before[g].length === 0;
    const f =
      PERSON_FIELDS.find((g) => t[g].length === 0 && !t.inherited.includes(g) && above(g).length > 0) ??
      UNIT_FIELDS.find((g) => t[g].length === 0 && !t.inherited.includes(g) && above(g).length > 0 && emptyAsBefore(g));
    if (f) out.push({ code: "FIELD_EMPTY_MAYBE_MERGED", message: `${where}的“${label(table, f)}”为空，上面的一项有“${above(f).join("、")}”：原表若是合并单元格，这一项也应是它，文本里看不出。请核对原文。` });
  }
  // a table whose text lost its merged cells (a people column's merges were guessed: a Word table saved as text, one
  // cell per line, writes a merged cell once and blank lines under it): an empty lead cell under a row that fills it
  // may be the same merged cell (how often the column is filled says nothing: its merges leave it empty)
  if (neighbours.mergesGuessed === true && !out.some((r) => r.code === "FIELD_EMPTY_UNUSUAL" || r.code === "FIELD_EMPTY_MAYBE_MERGED")) {
    const lead = neighbours.filledAbove?.leadUnits ?? [];
    if (t.leadUnits.length === 0 && !t.inherited.includes("leadUnits") && lead.length > 0)
      out.push({ code: "FIELD_EMPTY_MAYBE_MERGED", message: `${where}的“${label(table, "leadUnits")}”为空，上面的一项有“${lead.join("、")}”：本表的合并单元格在文本里只写在第一行，这一项可能也属于它。请核对原文。` });
  }
  // an unruled PDF table (positions, no rules) prints a merged cell once, at the middle of the rows it covers: an
  // empty people cell, or an empty unit cell in a column almost every row fills, may be part of a merged cell whose
  // text stands in a row above or below. Text that keeps the positions (`pdftotext -layout`) prints it so too; its
  // layout places the merged cells it sees (MERGED_SPAN_GUESSED), but an empty lead column (牵头单位: every task has
  // one), filled in other rows, is such a doubt there however often the column is filled
  const positioned = table?.layout === "aligned";
  if ((table?.layout === "stream" || positioned) && !out.some((r) => r.code === "FIELD_EMPTY_UNUSUAL")) {
    const somewhere = neighbours.filledSomewhere ?? new Set<ResponsibilityField>();
    // (and, read by position, a people column empty under a row that fills it: a merged cell printed in its first row,
    // as a LibreOffice or Word table prints it, leaves the rows below it blank)
    const filledAbove = (g: ResponsibilityField) => (neighbours.filledAbove?.[g] ?? []).length > 0;
    // (or over the rows above a merged cell: printed at the middle of its rows, it may begin above the row it stands beside)
    const mergedBelow = (g: ResponsibilityField) => neighbours.mergedBelow?.has(g) === true;
    const candidates = positioned ? (["leadUnits", ...PERSON_FIELDS.filter((g) => filledAbove(g) || mergedBelow(g))] as const) : [...PERSON_FIELDS, ...UNIT_FIELDS];
    const f = candidates.find((g) => t[g].length === 0 && !t.inherited.includes(g) && somewhere.has(g) && (positioned || PERSON_FIELDS.includes(g as never) || norms.filled.has(g)));
    if (f) out.push({ code: "FIELD_EMPTY_MAYBE_MERGED", message: `${where}的“${label(table, f)}”为空，而本表别的行有：无框线的表格把合并单元格的内容只印在它所跨各行的中间，这一项可能属于上方或下方的合并单元格。请核对原文。` });
  }
  // a lead cell listing a collective after a unit (`县自然资源局、各乡镇人民政府`), read by position from text that keeps
  // the columns (`pdftotext -layout`): a collective is the responsible or co-units' name, and a cell's line that
  // drifted left (a page printed by a browser) puts it under the lead column
  const collective = t.leadUnits.slice(1).find((n) => classify(n) === "collective");
  if (collective && table?.layout === "aligned") {
    out.push({ code: "LEAD_HOLDS_COLLECTIVE", message: `${where}的“${label(table, "leadUnits")}”在“${t.leadUnits[0]}”之后还列有“${collective}”：“${collective}”这类统称多属责任或配合单位一列，按文字位置还原的表格里，相邻一列偏到左边的一行会被归入牵头单位。请核对原文。` });
  }
  for (const f of [...UNIT_FIELDS, ...PERSON_FIELDS]) {
    const usual = norms.usualCount.get(f) ?? 0;
    if (t[f].length > CORROBORATION.overfullMin && t[f].length > usual * CORROBORATION.overfullFactor) {
      out.push({ code: "FIELD_OVERFULL", message: `${where}的“${label(table, f)}”有 ${t[f].length} 项，远多于本表通常的 ${usual} 项：可能把别的行或别的列并了进来。请核对原文。` });
      break;
    }
  }
  return out;
}

/**
 * Every record checked against its table's norms and the document's names,
 * and every guess a layout declared for a row (an info diagnostic) raised to a
 * warning unless the record corroborates it. Returns the diagnostics with
 * those raised, followed by the new warnings naming rows.
 */
export function corroborate(
  tasks: readonly Task[],
  tables: readonly CorroboratedTable[],
  diagnostics: readonly Diagnostic[],
  pairedField: (table: number) => ResponsibilityField | null = () => null,
  lines: readonly SourceLine[] = [],
): Diagnostic[] {
  const added: Diagnostic[] = [];
  const known = knownNames(tasks);
  const guessedMerged = new Set(diagnostics.filter((d) => d.code === "MERGED_CELL_GUESSED" && d.seq !== undefined).map((d) => `${d.table ?? 0}:${d.seq}`));
  const byTable = new Map<number, Task[]>();
  for (const t of tasks) (byTable.get(t.table) ?? byTable.set(t.table, []).get(t.table)!).push(t);
  const norms = new Map([...byTable].map(([k, rows]) => [k, tableNorms(rows)] as const));
  const at = (t: Task): Pick<Diagnostic, "line" | "page"> => ({ ...(t.source.line ? { line: t.source.line } : {}), ...(t.source.page ? { page: t.source.page } : {}) });
  const bySeq = new Map<string, Task>();
  for (const t of tasks) {
    if (!bySeq.has(`${t.table}:${t.seq}`)) bySeq.set(`${t.table}:${t.seq}`, t);
    if (!bySeq.has(`*:${t.seq}`)) bySeq.set(`*:${t.seq}`, t);
  }
  const find = (table: number | undefined, seq: number): Task | undefined => bySeq.get(`${table ?? "*"}:${seq}`);

  for (const [index, rows] of byTable) {
    const table = tables.find((x) => x.index === index);
    // each field's nearest filled value above the row
    const filledAbove: Partial<Record<ResponsibilityField, readonly string[]>> = {};
    const filledSomewhere = new Set([...UNIT_FIELDS, ...PERSON_FIELDS].filter((f) => rows.some((t) => t[f].length > 0)));
    let mergedAbove = false;
    const mergesGuessed = rows.some((t) => guessedMerged.has(`${t.table}:${t.seq}`) || t.review.some((r) => r.code === "MERGED_CELL_GUESSED"));
    const belowMerged = mergedBelowFields(rows);
    rows.forEach((t, i) => {
      const found = checkRecordShape(t, table, norms.get(index)!, known, { before: rows[i - 1], after: rows[i + 1], filledAbove: { ...filledAbove }, filledSomewhere, mergedAbove, mergesGuessed, mergedBelow: belowMerged[i] });
      for (const r of found) added.push({ level: "warning", ...r, table: t.table, seq: t.seq, ...at(t) });
      // (a row suspected of a merged cell, or given a merged cell's names by guess)
      mergedAbove = found.some((r) => r.code === "FIELD_EMPTY_MAYBE_MERGED") || guessedMerged.has(`${t.table}:${t.seq}`);
      for (const f of [...UNIT_FIELDS, ...PERSON_FIELDS]) if (t[f].length) filledAbove[f] = t[f];
    });
    const left = measuresLeftOut(table);
    if (left) added.push({ level: "info", code: "MEASURES_LEFT_OUT", message: `表 ${index + 1} 的任务取自“${left.task}”一栏；“${left.measures}”一栏是各项的措施，不是任务，和完成时限等栏一样不在记录中。需要措施时请看原表。`, table: index });
  }
  const unterminated = new Map<number, boolean>();
  const unterminatedOf = (table: number): boolean => {
    if (!unterminated.has(table)) unterminated.set(table, unterminatedTable(tasks, table));
    return unterminated.get(table)!;
  };
  const raised = diagnostics.map((d): Diagnostic => {
    if (!(d.code in DECLARED_GUESSES) || d.seq === undefined || d.level !== "info") return d;
    const corroborated = DECLARED_GUESSES[d.code];
    const t = find(d.table, d.seq);
    const paired = t ? pairedField(t.table) : null;
    const context = {
      pairedCount: paired ? t?.[paired].length ?? null : null,
      table: tables.find((x) => x.index === t?.table),
      lines,
      unterminatedTable: t ? unterminatedOf(t.table) : false,
      strayFirstUnit: t && d.code === "FLAT_TASK_UNTERMINATED" ? strayFirstUnit(t, byTable.get(t.table) ?? []) : false,
    };
    if (!t || (corroborated && corroborated(t, context))) return d;
    // the layout's own words say what it guessed and what to check
    return { ...d, level: "warning" };
  });
  const vouched = vouchByLeaderCounts(tasks, vouchPersonCuts(tasks, raised, pairedField, tables), pairedField, tables);
  // a check the layout's own declaration already covers is said once, in the layout's words
  const said = new Set(diagnostics.filter((d) => d.seq !== undefined && COVERED_BY[d.code]).map((d) => `${d.table}:${d.seq}:${COVERED_BY[d.code]}`));
  const unread = unreadRows(tasks, lines);
  return [...vouched, ...added.filter((d) => !said.has(`${d.table}:${d.seq}:${d.code}`)), ...unread, ...unreadRestartRuns(tasks, lines, new Set(unread.map((d) => d.line!))), ...rowAboveFirst(tasks, lines), ...unreadNames(tasks, lines, tables, diagnostics)];
}

/** the longest tail of a unit name (its last word's last character and the organisation's ending) read as cut off */
const MAX_CUT_TAIL_CHARS = 2;

/**
 * A unit of one character and an organisation's ending (`化局`) that ends a longer unit the document names
 * (`县工业和信息化局`): the tail of a name cut where its cell wrapped, not a unit of its own. A short name that
 * stands on its own (`海关`) but ends no other name the document gives is none.
 */
/**
 * Does a unit's name run from the end of one row's cell into the start of the next row's (`各区人民` | `政府`): a long
 * unit ending straddles the two, or the next cell opens with a bare tail (`政府`, `管委会`) that ends the name above.
 */
/** a level's unit with a strong ending and a list mark, then the next name's level or collective mark (`区民政局、各`, `县财政局、县`): a unit column's list, which a task's text never holds */
const UNIT_LIST_IN_TASK = /[省市县区][\p{Script=Han}]{1,10}?(?:局|委|办)、(?:各|[省市县区])/u;

export function cutAcrossRows(above: readonly string[], below: readonly string[]): boolean {
  const last = above.at(-1);
  const first = below[0];
  if (!last || !first) return false;
  return suffixAcross(stripNote(last), first) || (isBareTail(first) && classify(stripNote(last) + first) !== "fragment" && !isBareTail(stripNote(last)));
}

export function cutTail(name: string, units: readonly string[]): boolean {
  return [...name].length <= MAX_CUT_TAIL_CHARS && units.some((u) => u !== name && u.endsWith(name) && [...u].length > [...name].length + 1);
}

/** lines after the last row's first line that are still searched for names no record holds */
const UNREAD_TAIL_LINES = 12;
/** rows either side of a line's own row whose fields may hold the line's names (text order may print a name a row away) */
const UNREAD_NEIGHBOURS = 2;
/** shortest unit name searched for (two characters ending like a unit are mostly verbs: `承办`, `督办`) */
const MIN_UNREAD_UNIT = 3;
/** A line at a notice's or a web page's foot: a distribution or site label (`抄送：`, `主办单位：`, `上一篇：`), a page number, `…印发`. */
const NOTICE_FOOT = /^(?:抄送|主送|印发|主办(?:单位)?|承办(?:单位)?|网站|版权|联系|地址|电话|附件|注|备注|说明|上一篇|下一篇)\s*[:：]|印发\s*$|^[-—–]?\s*\d{1,3}\s*[-—–]?$/u;
/** …and in text whose table lost its cells' places (`text-order`): a page's single-line cells may come before all its rows */
const UNREAD_TEXT_ORDER_NEIGHBOURS = 8;
/** What no person's name searched for holds: a time word (`全年`, `年底前`), a unit's ending or `等` (a cut `司法局等`). */
const NO_PERSON_CHAR = /[年月日季底前内末期局委办等]/u;
/** A pronoun opening a unit-like piece: prose (`我县召开…分析会`). */
const PROSE_OPENING = /^[我本该]/u;
/** Codes of a layout's own word on a line it did not place or read. */
const ALREADY_SAID = /UNPLACED|NOT_READ|DROPPED/;
/** A label before its colon: a line's start or after a space or a bracket. */
const LABEL_BEFORE_COLON = /(?:^|[\s\[【（(])(\p{Script=Han}{2,8})\s*[:：]/gu;
/** What parts a line's names: anything but Han script, Latin letters, digits and round brackets (a list mark, a colon after a label, a square bracket). */
const NAME_PARTS = /[^\p{Script=Han}A-Za-z0-9（）()]+/u;

/** A line's pieces that may be names: parted at list marks and labels' colons, and at a bracket left open or closed by a cut. */
function namePieces(text: string): string[] {
  const out: string[] = [];
  for (const piece of toSimplified(text.normalize("NFKC")).split(NAME_PARTS)) {
    const open = (piece.match(/[（(]/g) ?? []).length;
    const close = (piece.match(/[）)]/g) ?? []).length;
    out.push(...(open === close ? [piece] : piece.split(/[（）()]/)));
  }
  return out.filter((p) => [...p].length >= 2);
}

/** the words a list of names is joined by inside one piece (`区交通局和区城管局`) */
const NAME_JOINERS = /[（）()]|和|及|与/u;

/**
 * Does text hold a name as fenjie writes it: as printed, or the parts it splits it into (`X和Y`, `单位（姓名）`, a note it
 * drops, `排名不分先后`), or a titled name turned round (`副县长李明` → `李明（副县长）`)?
 */
function holdsName(texts: readonly string[], name: string): boolean {
  if (texts.some((x) => x.includes(name))) return true;
  const parts = name.split(NAME_JOINERS).filter((p) => [...p].length >= 2 && classify(p) !== "fragment");
  if (parts.length > 1 || (parts.length === 1 && parts[0] !== name)) return parts.every((p) => holdsName(texts, p));
  // a title before the name: the name, its last two or three characters, is held
  return [2, 3].some((n) => name.length > n && isPersonName(name.slice(-n)) && texts.some((x) => x.includes(name.slice(-n))));
}

/**
 * A unit's or a person's name printed inside a table's rows that no record near it holds: the layout that read the
 * rows left the line to another that did not read it either, or dropped a cell. The row the line falls in is named
 * (`NAME_NOT_READ`) so the clerk looks for the name; nothing is changed. Only whole names are searched (a piece that
 * the lexicon reads as a unit or a person, no header or label word); task text, dates and remarks are not names. A
 * line of names spaced out a character at a time (`陆 明俞 悦`) is not searched for people: its pieces are no names.
 */
export function unreadNames(tasks: readonly Task[], lines: readonly SourceLine[], tables: readonly CorroboratedTable[] = [], diagnostics: readonly Diagnostic[] = []): Diagnostic[] {
  // lines a layout already said it did not place are said once, in its words
  const reported = new Set(diagnostics.filter((d) => d.line !== undefined && d.level !== "info" && ALREADY_SAID.test(d.code)).map((d) => d.line!));
  const rows = tasks.filter((t) => t.source.line !== undefined).sort((a, b) => a.source.line! - b.source.line!);
  if (!rows.length || !lines.length) return [];
  const plain = (s: string): string => squeeze(toSimplified(s.normalize("NFKC")));
  const headerText = plain(tables.flatMap((x) => x.headers.map((h) => h.text)).join("|"));
  const texts = rows.map((t) => plain([t.task, ...t.section, ...UNIT_FIELDS.flatMap((f) => t[f]), ...PERSON_FIELDS.flatMap((f) => t[f])].join("|")));
  const first = rows[0]!.source.line!;
  const lastRow = rows[rows.length - 1]!;
  const last = lastRow.source.line! + UNREAD_TAIL_LINES;
  // rows printed out of their order (a spreadsheet's PDF in drawing order): any row may hold a line's names
  const ordered = rows.every((t, i) => i === 0 || t.table !== rows[i - 1]!.table || t.seq > rows[i - 1]!.seq);
  const allNames = new Set(ordered ? [] : rows.flatMap((t) => [...UNIT_FIELDS, ...PERSON_FIELDS].flatMap((f) => t[f].map(plain))));
  const out: Diagnostic[] = [];
  const named = new Set<string>();
  // the publication's running head printed at each page break (`某县人民政府办公室`) is no cell
  const heads = runningHeadLines(lines);
  let k = 0;
  for (const [i, l] of lines.entries()) {
    if (l.line < first || reported.has(l.line) || heads.has(i)) continue;
    // the table's end: the last row's lines run to a page's or a notice's foot at most
    const text = l.text.normalize("NFKC").trim();
    // (or to a list numbered anew: an attachment's items)
    const restart = /^(\d{1,3})(?:[.、]|\s)/u.exec(text);
    if (l.line > last || (l.line > lastRow.source.line! && (NOTICE_FOOT.test(text) || (restart && Number(restart[1]) <= lastRow.seq)))) break;
    while (k + 1 < rows.length && rows[k + 1]!.source.line! <= l.line) k++;
    const reach = tables.find((x) => x.index === rows[k]!.table)?.structure === "text-order" ? UNREAD_TEXT_ORDER_NEIGHBOURS : UNREAD_NEIGHBOURS;
    const near = texts.slice(Math.max(0, k - reach), k + reach + 1);
    // a signature: the issuer above the date (text order may print it among the last rows)
    let n = i + 1;
    while (n < lines.length && !lines[n]!.text.trim()) n++;
    const next = lines[n];
    if (next && isDateLine(next.text)) continue;
    // a label no field has (`督办：`, `联络员：`, `时间节点：`) makes the line another column's or none
    if ([...text.matchAll(LABEL_BEFORE_COLON)].some((m) => mapHeader(m[1]!) === "other")) continue;
    const spaced = /(?:^|\s)\p{Script=Han}(?:\s|$)/u.test(l.text.trim());
    // only a line of names is searched: each piece a unit, a person, a role or a field's label (a line with task text,
    // a date, a remark or another label on it, `联络员：X`, is some other column's or no table's)
    // (a heading is a section's, `（一）打造服务政府`)
    if (headingLevel(text) !== null) continue;
    const pieces = namePieces(l.text).map((name) => ({ name, kind: /\d/.test(name) ? "fragment" : classify(name) }));
    if (!pieces.every((p) => p.kind !== "fragment" || mapHeader(p.name) !== "other" || headerText.includes(p.name))) continue;
    for (const { name, kind } of pieces) {
      if (mapHeader(name) !== "other" || headerText.includes(name)) continue;
      if ((kind !== "unit" || [...name].length < MIN_UNREAD_UNIT || PROSE_OPENING.test(name)) && (kind !== "person" || spaced || NO_PERSON_CHAR.test(name))) continue;
      if ((!ordered && allNames.has(name)) || holdsName(near, name)) continue;
      const t = rows[k]!;
      if (named.has(`${t.table}:${t.seq}:${name}`)) continue;
      named.add(`${t.table}:${t.seq}:${name}`);
      out.push({
        level: "warning",
        code: "NAME_NOT_READ",
        message: `原文第 ${l.line} 行的「${name}」像是${kind === "unit" ? "单位" : "人名"}，但没有读进第 ${t.seq} 项或相邻任务的任何一栏：可能漏读了一个单元格。请核对原文这一行。`,
        table: t.table,
        seq: t.seq,
        line: l.line,
        ...(l.page ? { page: l.page } : {}),
      });
    }
  }
  return out;
}
