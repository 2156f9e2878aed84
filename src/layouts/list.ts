/**
 * List layout: notices that publish the decomposition as numbered paragraphs
 * carrying their responsibilities in labels instead of a table:
 *
 *   12.启动……项目建设。（牵头单位：区发改局；责任单位：区交通局、区财政局）
 *   3、推进……。            ← then label lines under it
 *   牵头单位：区发改局
 *   责任单位：区交通局、区财政局
 *   （一）……（区发改局牵头，区财政局、区交通局配合）
 *
 * Steps: lines → paragraphs (numbered items, label lines, plain text) →
 * which numbering style numbers tasks (the one whose items carry
 * responsibility; the others number headings) → the list region → records.
 * Flattened one-cell-per-line tables are found first and go through the grid
 * stage. Labels come from the header-synonym table (`mapHeader`).
 *
 * Files: list/blocks.ts (paragraphs), list/labels.ts (labels, brackets),
 * list/roles.ts (role verbs), list/responsibility.ts (what is collected),
 * list/numbering.ts, list/region.ts (title, headings, extent),
 * list/notes.ts (first-listed-leads, （牵头） notes), list/flattened.ts,
 * list/data.ts (the lexicon and settings); this file turns
 * the region into records and registers the layout.
 */
import type { Diagnostic, ReviewReason } from "../model/schema.js";
import type { EntityField, InputDocument, LayoutResult, RawRecord, SourceLine, TableSpec } from "../model/intermediate.js";
import { cleanText } from "../text/hygiene.js";
import { toSimplified } from "../text/script.js";
import { gridToRecords } from "../table/segment.js";
import { articleLines } from "../table/lexicon.js";
import { runningHeadLines } from "../table/runningheads.js";
import { hasDivisionColumn } from "../table/headers.js";
import { mergeResults } from "./merge.js";
import { renumberedReason, SectionPath } from "../table/sections.js";
import { textLines } from "../table/records.js";
import { readNumbering } from "./list/numbering.js";
import { colonAfterLabel } from "./list/labels.js";
import { startsWithLabel, unwrapHardLines } from "./list/unwrap.js";
import { numbersInCells } from "./list/cellnumbers.js";
import { findNote, isLabelled, plain, toBlocks, UNNUMBERED_STYLE, wasBold, type Block } from "./list/blocks.js";
import { ATTACHMENT_MARK, DECOMPOSITION_VOCABULARY, FIRST_IS_LEAD_HEDGED, FIRST_IS_LEAD_NOTE, LIST_SETTINGS, REST_ARE_CO_NOTE } from "./list/data.js";
import { applyRoleNotes } from "./list/notes.js";
import { leaderBlockName } from "./list/roles.js";
import { mapHeader } from "../table/headers.js";
import { hasEntities, labelField } from "./list/responsibility.js";
import { applyLeadMarks, explainsLeadMarks } from "../table/leadmarks.js";
import { applyUnitPersons, unitPersonFields } from "../table/unitpersons.js";
import { findFlattenedTable, findFlattenedTables, type FlatTable } from "./list/flattened.js";
import { findFlatHeader } from "./flat/header.js";
import { findAlignedHeader } from "./aligned.js";
import { findRegion, headingText, introducesTasks, isFurniture, isHeadingItem, isHeadingText, isTitle, splitAtTitles } from "./list/region.js";
import { documentText, searchable, type TextSearch } from "../text/search.js";
import { splitEntities } from "../names/split.js";
import { classify } from "../names/classify.js";
import { appendAll, maxOf, minOf } from "../arrays.js";

/**
 * A labelled heading's section text: as printed when its labels are a bracket closing its line
 * (`一、做强产业（分管县领导：X）`: the section keeps what the page shows, the names go to the tasks under it all
 * the same), else the heading without its labels (`一、稳增长 牵头单位：X`, labels on lines of their own).
 */
function labelledHeading(b: Block): string {
  const bare = `${b.numbered!.marker}${b.task}`;
  const printed = headingText(b);
  const m = /^(.*?)\s*[（(][^（）()]*[）)]$/u.exec(printed);
  return m && plain(m[1]!) === plain(bare) ? printed : bare;
}

function locate(line: SourceLine): { line: number; page?: number } {
  return { line: line.line, ...(line.page ? { page: line.page } : {}) };
}

/** Rebuild list-form tasks from lines (lines of other tables already blanked). */

/**
 * The publication's running head printed at every page break (`table/runningheads.ts`) blanked: no heading nor task.
 * A line of labels (`责任领导 张三`, its colon left out or not) or a numbered one, which a page may open with twice,
 * stays.
 */
export function withoutRunningHeads(lines: readonly SourceLine[]): SourceLine[] {
  const heads = runningHeadLines(lines, (t) => /[：:]/.test(t) || colonAfterLabel(t) !== t || readNumbering(t) !== null);
  return heads.size ? lines.map((l, k) => (heads.has(k) ? { ...l, text: "" } : l)) : [...lines];
}

/** items that must print their labels before their task for the list to be read so */
const MIN_LABELS_FIRST = 2;

/**
 * A list whose items print their labels first and the task on the lines below (`1) 牵头单位：X；责任单位：Y` |
 * `全县地区生产总值增长6.5%左右。`): the task's lines are put on the item's line and the labels after them, as a task
 * with its label line, when two items or more are printed so. An item whose next line is another item, a label, a
 * heading or nothing, or a list where only one item does so, stays as it is.
 */
export function labelsBeforeTask(lines: readonly SourceLine[]): SourceLine[] {
  const isProse = (t: string) => {
    const x = t.trim();
    return x.length >= MIN_TASK_CHARS_AFTER_LABELS && /\p{Script=Han}/u.test(x) && readNumbering(x) === null && !startsWithLabel(x) && !/[：:]$/.test(x);
  };
  const moves: Array<{ at: number; to: number; n: NonNullable<ReturnType<typeof readNumbering>> }> = [];
  for (let i = 0; i < lines.length; i++) {
    const n = readNumbering(lines[i]!.text.trim());
    if (!n || !startsWithLabel(n.rest)) continue;
    let j = i + 1;
    while (j < lines.length && isProse(lines[j]!.text)) j++;
    if (j > i + 1) moves.push({ at: i, to: j, n });
  }
  if (moves.length < MIN_LABELS_FIRST) return [...lines];
  const out = [...lines];
  for (const { at, to, n } of moves) {
    const task = lines.slice(at + 1, to);
    out[at] = { ...lines[at]!, text: `${n.marker}${task[0]!.text.trim()}` };
    task.slice(1).forEach((l, k) => (out[at + 1 + k] = { ...lines[at + 1 + k]!, text: l.text }));
    out[to - 1] = { ...lines[to - 1]!, text: n.rest };
  }
  return out;
}

/** characters of prose a task printed under its labels has at least */
const MIN_TASK_CHARS_AFTER_LABELS = 6;

export function listToRecords(printed: readonly SourceLine[], tableIndex: number, documentText: TextSearch): LayoutResult & { consumed: number[] } {
  // text copied out of a PDF keeps the page's line breaks: read the paragraphs as written
  // lines heading a block of tasks with the leader in charge (`张立新副市长：`): read apart, given to the tasks below
  const leaderLines = new Map<number, string>();
  const unblocked = printed.map((l) => {
    const name = leaderBlockName(l.text);
    if (!name) return l;
    leaderLines.set(l.line, name);
    return { ...l, text: "" };
  });
  // (a 序号 cell's number printed apart from its row's text goes back before the row first: a wrap may not take it)
  const { lines, joined } = unwrapHardLines(numbersInCells(labelsBeforeTask(withoutRunningHeads(unblocked))));
  const blocks = toBlocks(lines);
  const labelledStyles = new Set(blocks.filter(isLabelled).map((b) => b.numbered!.style));
  const heads = groupHeadingStyles(blocks, labelledStyles);
  const taskStyles = new Set([...labelledStyles].filter((s) => !heads.has(s)));
  const region = enoughItems(blocks, lines) ? findRegion(blocks, taskStyles) : null;
  if (!region) return { tables: [], records: [], diagnostics: [], consumed: [] };
  const labelled = blocks.filter(isLabelled);
  /** read only because the text opens with its one task: nothing else says it is a decomposition */
  const excerptOnly = labelled.length === 1 && !namesDecomposition(lines) && !namesSeveralRoles(labelled[0]!);

  /** the text's last line: a record read up to it may have been cut there (an excerpt) */
  const lastLine = maxOf(lines.filter((l) => l.text.trim()).map((l) => l.line), 0);
  const noteLine = findNote(lines);
  const text = lines.map((l) => l.text).join("");
  const marksExplained = explainsLeadMarks(text);
  const note = noteLine ? FIRST_IS_LEAD_NOTE.exec(toSimplified(noteLine.text.replace(/\s+/g, "")))![0] : null;
  const hedged = note !== null && FIRST_IS_LEAD_HEDGED.test(note);
  const out: LayoutResult & { consumed: number[] } = { tables: [], records: [], diagnostics: [], consumed: [] };
  for (const part of splitAtTitles(blocks.slice(region.start, region.end + 1), taskStyles, region.title, blocks.slice(0, region.start))) {
    const table = tableIndex + out.tables.length;
    const read = readRegion(part.blocks, taskStyles, table);
    appendAll(out.consumed, read.consumed.flatMap((n) => [n, ...(joined.get(n) ?? [])]));
    if (!read.records.length) continue;
    const before = part.blocks.find((b) => b.labelsBefore);
    if (before)
      read.diagnostics.push({
        level: "info",
        code: "LIST_LABELS_BEFORE_TASK",
        message: "这份名单的责任标注写在各项任务之前（每个标题下第一项任务之前有标注、最后一项之后没有）：已把每组标注归入其后的任务。如原文是写在任务之后，请核对各项的责任单位。",
        table,
        ...locate(before.lines[0]!),
      });
    const headers = tableHeaders(part.blocks);
    // the notice defines its unit label as the lead (`主责单位即牵头单位`): the units under it lead
    const defined = definedAsLead(text, headers);
    if (defined) {
      for (const r of read.records) {
        if (!r.cells.units) continue;
        r.cells.leadUnits = [...(r.cells.leadUnits ?? []), ...r.cells.units];
        delete r.cells.units;
      }
      for (const h of headers) if (h.field === "units") h.field = "leadUnits";
      read.diagnostics.push({ level: "info", code: "LABEL_DEFINED_AS_LEAD", message: `通知写明“${defined}”，标为“${headers.filter((h) => h.field === "leadUnits").map((h) => h.text).join("”“")}”的单位已作为牵头单位。`, table });
    }
    if (leaderLines.size && applyLeaderBlocks(read.records, leaderLines, part.blocks, taskStyles, table, read.diagnostics) && !headers.some((h) => h.field === "supervisors"))
      headers.push({ text: "分管领导", field: "supervisors" });
    for (const n of leaderLines.keys()) if (!out.consumed.includes(n)) out.consumed.push(n);
    if (noteLine && note && hedged) {
      read.diagnostics.push(firstIsLeadHedged(note, noteLine, table));
    } else if (noteLine && note) {
      // the units stay under their labels; the caller may ask for the first to lead (layouts/firstlisted.ts)
      const rest = REST_ARE_CO_NOTE.test(toSimplified(noteLine.text.replace(/\s+/g, ""))) ? "coUnits" : "units";
      for (const r of read.records) r.firstListed = { note, rest, hedged: false, ...locate(noteLine) };
    }
    const paired = unitPersonFields(headers);
    if (paired.size && !headers.some((h) => h.field === "leaders")) headers.push({ text: "责任人", field: "leaders" });
    for (const r of read.records) {
      applyLeadMarks(r, marksExplained);
      if (paired.size) applyUnitPersons(r, paired);
      for (const { note, field } of applyRoleNotes(r, documentText)) {
        if (!headers.some((h) => h.text === note && h.field === field)) headers.push({ text: note, field });
      }
    }
    if (excerptOnly) flagExcerpt(read.records);
    flagCutAtEnd(read.records, read.ends, lastLine, documentText);
    flagShortAtEnd(read.records, read.ends, lastLine);
    flagUnfinishedAtEnd(read.records, read.ends, lastLine);
    // without a unit label in the table, validation's NO_UNIT does not look at the rows: say it here
    if (!headers.some((h) => h.field === "leadUnits" || h.field === "units" || h.field === "coUnits")) flagEmpty(read.records);
    renumberIfRestarted(read.records, read.diagnostics, table);
    read.records.forEach((r, i) => read.diagnostics.push(...etCeteraDiagnostics(r, read.etCetera[i]!)));
    const deadlines = read.deadlines.flat();
    if (deadlines.length) read.diagnostics.push(deadlineDiagnostic(deadlines, read.deadlines.filter((d) => d.length).length, table));
    out.tables.push({ index: table, title: part.title, headers, columns: headers.map((h) => h.field), layout: "list", paragraphs: true });
    appendAll(out.records, read.records);
    appendAll(out.diagnostics, read.diagnostics);
  }
  flagCutLabelAtEnd(out.records, lines);
  // label lines after the list's last task that no task below takes (the text cut before it): said, not read
  for (const b of blocks.slice(region.end + 1))
    if (b.kind === "label" && hasEntities(b.resp) && out.tables.length)
      out.diagnostics.push({
        level: "warning",
        code: "LIST_LABEL_WITHOUT_TASK",
        message: `这一行责任标注后面没有编号的任务（文本可能在此截断），未归入任何任务：“${plain(b.lines[0]!.text).slice(0, 40)}”。请核对原文。`,
        table: out.tables.at(-1)!.index,
        ...locate(b.lines[0]!),
      });
  return out;
}

const SENTENCE_END = /[。；;！!？?][）)】〕”"]*$/;

/**
 * The record read up to the text's last line whose task stops without the sentence end every other task of the
 * list has (`5.新建社区卫生` where the others end in `。`): the text was cut inside the task.
 */
function flagUnfinishedAtEnd(records: readonly RawRecord[], ends: readonly number[], lastLine: number): void {
  const rec = records[ends.lastIndexOf(lastLine)];
  // a task with no names at all is flagged NO_UNIT by validation already
  if (!rec || !Object.keys(rec.cells).length || rec.review?.some((r) => r.code === "TEXT_CUT")) return;
  const others = records.filter((r) => r !== rec);
  const ended = (r: RawRecord) => SENTENCE_END.test(r.task.join("").trim());
  if (others.length < MIN_RECORDS_FOR_CUT || !others.every(ended) || ended(rec)) return;
  rec.review = [...(rec.review ?? []), { code: "TEXT_CUT", message: "文本在这一项结束，任务文字没有像其他各项一样以句末标点结束，原文可能在此截断，请核对。" }];
}

/** Label word endings a label cut at the text's end may have lost (`配合单` of 配合单位, `责任领` of 责任领导). */
const LABEL_TAILS = ["位", "单位", "门", "部门", "导", "领导", "人", "任人", "室", "处室"];
/** Longest cut label stub. */
const MAX_LABEL_STUB = 6;

/**
 * The text ends in a label word or its first characters, with no colon and no names (`配合单`, cut inside
 * `配合单位：`): the last task's labels were cut, and the task is flagged. A last line of names or a sentence is none.
 */
function flagCutLabelAtEnd(records: readonly RawRecord[], lines: readonly SourceLine[]): void {
  const last = [...lines].reverse().find((l) => l.text.trim())?.text.trim() ?? "";
  const rec = records[records.length - 1];
  if (!rec || !last || [...last].length > MAX_LABEL_STUB || !/^\p{Script=Han}+$/u.test(last)) return;
  // a whole name (`区商务局` under an empty label) is no stub
  if (["unit", "collective", "person"].includes(classify(last))) return;
  if (!(labelField(last) || LABEL_TAILS.some((t) => labelField(last + t))) || rec.review?.some((r) => r.code === "TEXT_CUT")) return;
  rec.review = [...(rec.review ?? []), { code: "TEXT_CUT", message: `文本以“${last}”结束，像是被截断的标注名称，这一项后面的责任名单可能缺失，请核对原文。` }];
}

/**
 * Give every task under a leader's block line (`张立新副市长：`) that names no supervisor of its own that leader, up to the
 * next block line or numbered heading above a task. True when some task got one.
 */
function applyLeaderBlocks(records: readonly RawRecord[], leaderLines: ReadonlyMap<number, string>, blocks: readonly Block[], taskStyles: ReadonlySet<string>, table: number, diagnostics: Diagnostic[]): boolean {
  const headings = blocks.filter((b) => b.kind === "item" && !taskStyles.has(b.numbered!.style)).map((b) => b.lines[0]!.line);
  const marks = [...leaderLines.entries()].sort((a, b) => a[0] - b[0]);
  let given = 0;
  for (const rec of records) {
    const at = rec.source.line;
    if (at === undefined || rec.cells.supervisors?.length) continue;
    const mark = marks.filter(([line]) => line < at).at(-1);
    if (!mark || headings.some((h) => h > mark[0] && h < at)) continue;
    rec.cells.supervisors = textLines([mark[1]]);
    given++;
  }
  if (given) {
    diagnostics.push({
      level: "info",
      code: "LIST_LEADER_BLOCKS",
      message: `${given} 项任务列在“姓名+职务：”（如“${marks[0]![1]}”）一行之下，已把该领导作为其分管领导（supervisors）。`,
      table,
    });
  }
  return given > 0;
}

/** The task of an excerpt that only opens with it: read, and said to rest on that alone. */
function flagExcerpt(records: RawRecord[]): void {
  for (const r of records) {
    if (!Object.keys(r.cells).length) continue;
    r.review = [
      ...(r.review ?? []),
      { code: "LIST_EXCERPT_ONE_TASK", message: `文本没有标题，只有第 ${r.seq} 项这一项带责任的任务，按摘自责任分解的任务读取；请核对它确是分解表中的任务。` },
    ];
  }
}

/** Tasks marked with a bullet (`◆`) instead of a number: numbered by their order. */
const BULLET_STYLE = "bullet";

/** Records whose every unit came from the headings above them (none of their own). */
const onlyHeaded = new WeakSet<RawRecord>();
/** Records whose responsibility is written on label lines under the task (one line per field: a cut may fall between them). */
const onLabelLines = new WeakSet<RawRecord>();

/**
 * Numbering styles of headings that carry the responsibility of the tasks under them
 * (`（一）稳定工业增长（牵头单位：市工信局）` over `1.…（责任单位：…）`): every labelled
 * paragraph of the style is short and unpunctuated (a heading, once its labels are off) and is
 * followed by labelled paragraphs numbered one level deeper, before the next of its style.
 * A style whose paragraphs are sentences, or with no labelled tasks under them, stays a task style.
 */
export function groupHeadingStyles(blocks: readonly Block[], labelledStyles: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const style of labelledStyles) {
    const at = blocks.flatMap((b, i) => (b.kind === "item" && b.numbered!.style === style ? [i] : []));
    const level = blocks[at[0]!]!.numbered!.level;
    const deeper = (u: Block) => u.kind === "item" && u.numbered!.level > level && labelledStyles.has(u.numbered!.style);
    /** labelled tasks numbered one level deeper under the heading at `at[k]` */
    const over = (k: number, labelled: boolean) =>
      blocks.slice(at[k]! + 1, at[k + 1] ?? blocks.length).some((u) => deeper(u) && (!labelled || isLabelled(u)));
    // some heading of the style has labelled tasks under it: the tasks' style
    const habit = at.some((_, j) => over(j, true));
    const heads = at.every((i, k) => {
      const b = blocks[i]!;
      if (!isLabelled(b)) return isHeadingItem(b);
      // tasks of that style under it that name no one of their own, the heading's units theirs (a section's lead and
      // responsible units), or the last heading of an excerpt with only the start of its first task under it, cut
      // before its labels (a heading naming only a person over an unlabelled item elsewhere: no heading)
      const namesUnits = (["leadUnits", "units", "coUnits"] as const).some((f) => (b.resp.cells[f]?.length ?? 0) > 0);
      const cutUnder = k === at.length - 1 && k > 0;
      return isHeadingItem(b) && (over(k, true) || (habit && over(k, false) && (namesUnits || cutUnder)));
    });
    if (heads && at.some((i) => isLabelled(blocks[i]!))) out.add(style);
  }
  // never every style: the deepest labelled style numbers the tasks
  return out.size === labelledStyles.size ? new Set() : out;
}

/** Walk the list's paragraphs: tasks become records, headings set the section path, the rest is reported. */
function readRegion(blocks: readonly Block[], taskStyles: ReadonlySet<string>, table: number) {
  const records: RawRecord[] = [];
  /** per record: its lists that closed with 等 */
  const etCetera: string[][] = [];
  /** per record: the last line it was read from */
  const ends: number[] = [];
  /** per record: the time clauses dropped from its role bracket */
  const deadlines: string[][] = [];
  /** headings taken from a short un-numbered, unmarked line above the first task (it might be a cover line) */
  const inferred = new Set<string>();
  /** headings in the order pushed (to replay the path without the inferred ones) */
  let pushed: Array<{ text: string; level: number }> = [];
  /** tasks without a printed number */
  let unnumbered = 0;
  /** per record: the style of its number (`arabic-dot`, `cn-dun`, `unnumbered`…) */
  const styles: string[] = [];
  /** units taken from the unit-named headings above tasks that name none */
  const fromHeading: string[] = [];
  const consumed: number[] = [];
  const diagnostics: Diagnostic[] = [];
  const section = new SectionPath();
  // un-numbered headings sit above the numbered ones when the list starts with one, else below the last numbered heading
  let unnumberedOnTop: boolean | null = null;
  let lastNumberedLevel = 0;
  let started = false;
  const taskLevel = minOf(blocks.filter((b) => b.kind === "item" && taskStyles.has(b.numbered!.style)).map((b) => b.numbered!.level));
  /** responsibility written on the headings above the current task, outermost first */
  let headed: Array<{ level: number; resp: Block["resp"]; text: string }> = [];
  for (const [bi, b] of blocks.entries()) {
    for (const l of [...b.lines, ...b.labelLines.map((x) => x.line), ...(b.nameLines ?? [])]) consumed.push(l.line);
    const last = records[records.length - 1];
    if (b.kind === "item" && taskStyles.has(b.numbered!.style) && !headsUnnumberedTask(blocks, bi)) {
      const guessed = section.current.filter((h) => inferred.has(h));
      const rec = toRecord(b, table, section.current, guessed);
      if (b.resp.perSentence)
        diagnostics.push({
          level: "info",
          code: "ROLES_PER_SENTENCE",
          message: `第 ${rec.seq} 项的 ${b.resp.perSentence} 句各有一个责任括号，已合为本项的责任单位（按印出先后）；各句分别由谁负责见原文。`,
          table,
          seq: rec.seq,
          ...locate(b.lines[0]!),
        });
      if (headed.length && !Object.keys(rec.cells).length) onlyHeaded.add(rec);
      if (b.labelLines.length) onLabelLines.add(rec);
      for (const h of headed) {
        for (const [f, frags] of Object.entries(h.resp.cells) as Array<[EntityField, string[]]>) {
          if (!frags.length || rec.cells[f]) continue;
          rec.cells[f] = textLines(frags);
          // a person a heading names by a verb (`一、稳定经济增长（市长刘建华负责）`) is in charge of the section: whether
          // the notice means each task's leader or its supervisor is a reading (a label, `分管副县长：李明`, says it)
          if ((f === "leaders" || f === "supervisors") && !h.resp.labels.some((l) => l.field === f))
            rec.review = [...(rec.review ?? []), { code: "HEADING_PERSON", message: `“${frags.join("、")}”写在所属标题“${h.text}”中，已作为本项的${f === "leaders" ? "责任领导" : "分管领导"}；请核对其在本项中的角色。` }];
        }
      }
      if (b.numbered!.style === UNNUMBERED_STYLE || b.numbered!.style === BULLET_STYLE) {
        numberByOrder(rec, last, b.numbered!.style === BULLET_STYLE && !b.labelLines.length);
        unnumbered++;
      }
      if (b.resp.fromHeading) fromHeading.push(b.resp.fromHeading);
      records.push(rec);
      styles.push(b.numbered!.style);
      ends.push(maxOf([...b.lines, ...b.labelLines.map((x) => x.line), ...(b.nameLines ?? [])].map((l) => l.line)));
      etCetera.push(b.resp.etCetera);
      deadlines.push(b.resp.deadlines);
    } else if (b.kind === "item" && last && b.numbered!.level > taskLevel) {
      // numbered deeper than the tasks: a point of the task above, not a heading
      last.task[last.task.length - 1] += plain(b.lines.map((l) => l.text).join(" "));
    } else if (b.kind === "item" && isHeadingItem(b)) {
      // a heading with its own labels: the section is its text without them, the labels go to the tasks under it
      const text = isLabelled(b) ? labelledHeading(b) : headingText(b);
      headed = headed.filter((h) => h.level < b.numbered!.level);
      if (isLabelled(b)) {
        headed.push({ level: b.numbered!.level, resp: b.resp, text });
        diagnostics.push({
          level: "info",
          code: "LIST_HEADING_RESPONSIBILITY",
          message: `标题“${text}”带有责任标注，已用于其下各项任务中没有另写的字段。`,
          table,
          ...locate(b.lines[0]!),
        });
      }
      section.push(text, b.numbered!.level);
      pushed.push({ text, level: b.numbered!.level });
      lastNumberedLevel = b.numbered!.level;
      unnumberedOnTop ??= false;
    } else if (b.kind === "text" && (b.remark || b.resp.firstIsLead || ATTACHMENT_MARK.test(plain(b.lines[0]!.text)) || (!started && isTitle(b)))) {
      continue; // the note, an attachment mark, the title of the table

    } else if (b.kind === "text" && isHeadingText(b)) {
      unnumberedOnTop ??= true;
      const text = headingText(b);
      section.push(text, unnumberedOnTop ? 0 : lastNumberedLevel + 1);
      pushed.push({ text, level: unnumberedOnTop ? 0 : lastNumberedLevel + 1 });
      // between tasks a short unmarked line is a heading; above the first task it may be a cover line
      if (!wasBold(b.lines[0]!.text) && !records.length) inferred.add(text);
    } else if (b.kind === "group") {
      diagnostics.push({
        level: "info",
        code: "LIST_GROUP_RESPONSIBILITY",
        message: `“${plain(b.lines[0]!.text).slice(0, 40)}”是其上 ${b.groupOf} 项任务共同的责任标注，已分别计入这些任务。`,
        table,
        ...locate(b.lines[0]!),
      });
      continue;
    } else if (b.kind === "label") {
      diagnostics.push({
        level: "warning",
        code: "LIST_LABEL_WITHOUT_TASK",
        message: `这一行责任标注前面没有编号的任务，未归入任何任务：“${plain(b.lines[0]!.text).slice(0, 40)}”。请核对原文。`,
        table,
        ...locate(b.lines[0]!),
      });
      continue;
    } else {
      // text before the first task or heading (the title, a remark under it) is not part of the list;
      // prose before the first task also means the un-numbered "headings" above it were cover-letter lines
      if (!records.length && !isFurniture(plain(b.lines[0]!.text)) && pushed.some((p) => inferred.has(p.text))) {
        pushed = pushed.filter((p) => !inferred.has(p.text));
        section.set(pushed); // replays the numbered headings alone
        unnumberedOnTop = pushed.length ? false : null;
      }
      // a paragraph introducing the task under it (`…重点抓好以下工作：` right above `一是…`) is prose of the list, no task
      if (started && !(introducesTasks(b) && blocks[bi + 1]?.kind === "item")) {
        // right under a task, the text may be the task's own, cut from it (a wrapped line, a paragraph of it): the task says so
        const under = blocks[bi - 1]?.kind === "item" && last && records.length && ends[ends.length - 1]! < b.lines[0]!.line ? last : null;
        diagnostics.push({
          level: "warning",
          code: "UNPLACED_TEXT",
          message: `任务清单中有一段文字无法归入任何任务，已忽略：“${plain(b.lines.map((l) => l.text).join("")).slice(0, 40)}”${under ? `（紧接第 ${under.seq} 项之后，可能是该项的内容）` : ""}。请核对原文。`,
          table,
          ...(under ? { seq: under.seq } : {}),
          ...locate(b.lines[0]!),
        });
      }
      continue;
    }
    started = true;
  }
  if (fromHeading.length) {
    const examples = [...new Set(fromHeading)].slice(0, 3).map((u) => `“${u}”`).join("、");
    diagnostics.push({
      level: "info",
      code: "LIST_UNIT_HEADINGS",
      message: `${fromHeading.length} 项任务自身没有责任标注，列在以单位命名的标题（如${examples}）之下，已把该单位作为其责任单位（units）。`,
      table,
    });
  }
  flagOddStyles(records, styles);
  if (unnumbered) {
    diagnostics.push({
      level: "info",
      code: "LIST_UNNUMBERED_TASKS",
      message: `${unnumbered} 项任务没有编号（一段正文后面紧跟责任标注），序号按出现顺序编排。`,
      table,
    });
  }
  return { records, ends, etCetera, deadlines, consumed, diagnostics };
}

/**
 * Enough paragraphs carry responsibility to read a list: two, or one when the
 * document names itself a decomposition (`…责任分解`, `…部门分工的意见`): an
 * excerpt may hold a single whole task.
 */
export function enoughItems(blocks: readonly Block[], lines: readonly SourceLine[]): boolean {
  const labelled = blocks.filter(isLabelled);
  if (labelled.length >= LIST_SETTINGS.minLabelledItems) return true;
  // one task: an excerpt of a decomposition, when a title or a short line of the cover says so, or
  // when the task itself gives two roles (`牵头单位：…；责任单位：…`), as a decomposition's tasks do, or
  // when the text opens with it, numbered past 1 (a piece cut out of a list; its rows are flagged)
  return labelled.length === 1 && (namesDecomposition(lines) || namesSeveralRoles(labelled[0]!) || opensExcerpt(blocks, labelled[0]!));
}

/** Longest heading line above the one task of an excerpt. */
const EXCERPT_HEADING_CHARS = 30;

/**
 * Does the text open with this labelled task, numbered past 1 (`7.…` then `责任单位：…`), with at most one
 * numbered heading above it (`（五）…`)? Then it is an excerpt cut out of a list. A title, a cover line or prose
 * before it (`2022年县政府工作报告`), or a task numbered 1 or by a bullet, is no such opening.
 */
export function opensExcerpt(blocks: readonly Block[], task: Block): boolean {
  const n = task.numbered;
  if (!n || n.style === "bullet" || n.style === UNNUMBERED_STYLE || n.number <= 1) return false;
  const before = blocks.slice(0, blocks.indexOf(task)).filter((b) => b.lines.some((l) => l.text.trim()));
  if (before.length === 0) return true;
  if (before.length > 1) return false;
  const h = before[0]!;
  const text = h.lines.map((l) => l.text.trim()).join("");
  return h.numbered !== null && h.numbered.level < n.level && text.length <= EXCERPT_HEADING_CHARS && !/[。；;！!？?]$/.test(text);
}

/**
 * A short line that says the document decomposes or divides tasks: a title (`…重点任务分解表`), or
 * one clause of a short line (`…任务分解，请收好！`, `现将…重点任务分解如下，请抓好落实。`).
 */
export function namesDecomposition(lines: readonly SourceLine[]): boolean {
  return lines.some((l) => {
    const t = toSimplified(l.text.replace(/\s+/g, ""));
    if (t.length > LIST_SETTINGS.maxTitleChars) return false;
    if (!/[，,。；;！!？?]/.test(t)) return DECOMPOSITION_VOCABULARY.test(t);
    return t.length <= SHORT_LINE_CHARS && t.split(/[，,。；;！!？?]/).some((clause) => DECOMPOSITION_VOCABULARY.test(clause));
  });
}
/** A line of clauses this short is a title or a cover's one-line announcement, not a paragraph of prose. */
const SHORT_LINE_CHARS = 40;

/** A task whose responsibility names two roles or more (units and co-units, a unit and its leader). */
function namesSeveralRoles(b: Block): boolean {
  return Object.values(b.resp.cells).filter((v) => v && v.length > 0).length >= 2;
}

/** The labels and role verbs seen, in order of first appearance, with their fields. */
/** A notice's sentence defining a responsible-unit label as the lead (`所列主责单位即牵头单位`, `责任单位为牵头单位`). */
const LABEL_DEFINED_AS_LEAD = /((?:主责|主要责任|责任)(?:单位|部门))(?:即|即为|为|是|就是)(?:工作)?(?:牵头|主办)(?:单位|部门)/;

/**
 * The sentence of the notice that defines its responsible-unit label as the lead, where every label the list reads as
 * responsible units is that one and no label names a lead of its own; else null.
 */
export function definedAsLead(documentText: string, headers: TableSpec["headers"]): string | null {
  const m = LABEL_DEFINED_AS_LEAD.exec(toSimplified(documentText.replace(/\s+/g, "")));
  if (!m) return null;
  const units = headers.filter((h) => h.field === "units");
  const word = (t: string) => toSimplified(t.replace(/[\s：:]/g, ""));
  if (!units.length || headers.some((h) => h.field === "leadUnits") || !units.every((h) => word(h.text) === m[1])) return null;
  return m[0];
}

function tableHeaders(blocks: readonly Block[]): TableSpec["headers"] {
  const headers: TableSpec["headers"] = [];
  for (const b of blocks) {
    for (const l of b.resp.labels) {
      const text = cleanText(l.text);
      if (!headers.some((h) => h.text === text && h.field === l.field)) headers.push({ text, field: l.field });
    }
  }
  return headers;
}

/**
 * A task opening with the name of its own column as a label (`目标任务：全镇工业总产值增长10%。`, `工作任务：…`):
 * the label is a header word, not the task's text. A topic before a colon (`科技创新：…`, `地区生产总值：增长7%`)
 * names no column and stays.
 */
export function withoutTaskLabel(task: string): string {
  const m = /^\s*(\p{Script=Han}{2,6})\s*[：:]\s*/u.exec(task);
  return m && task.length > m[0].length && mapHeader(m[1]!) === "task" ? task.slice(m[0].length) : task;
}

/** a label of a leader who oversees (inspects) a task's progress: `督办领导`, `督导领导`, `督查领导`, `督战领导` */
const OVERSIGHT_LABEL = /^督(?:办|导|查|战)/u;

function toRecord(b: Block, table: number, section: string[], guessedHeadings: readonly string[]): RawRecord {
  const cells: RawRecord["cells"] = {};
  for (const [f, frags] of Object.entries(b.resp.cells) as Array<[EntityField, string[]]>) if (frags.length) cells[f] = textLines(frags);
  const review: ReviewReason[] = [];
  if (b.resp.unverbed.length) {
    review.push({
      code: "ROLE_GUESSED",
      message: `“${b.resp.unverbed.join("”“")}”自身没有“牵头”“负责”“配合”等词，已按相邻的角色词归类，请核对。`,
    });
  }
  // a whole name read alone on a line under the list: the list's last name, or a heading of the tasks below
  if (b.resp.linesJoined?.length) {
    review.push({
      code: "NAME_LINE_JOINED",
      message: `“${b.resp.linesJoined.join("”“")}”单独成行，紧接在本项的单位名单之后（上一行末没有顿号）：已作为名单的最后一个单位；如它是下面任务的标题，请核对。`,
    });
  }
  // `X会同Y负责`: Y works with X (a co-unit) — or shares the responsibility; the text does not say which
  if (b.resp.partners?.length) {
    review.push({
      code: "ROLE_PARTNERS_GUESSED",
      message: `“会同”之后的“${b.resp.partners.join("”“")}”已归入协办单位；“会同……负责”也可理解为共同负责（同为责任单位），请按本通知的用法核对。`,
    });
  }
  if (b.resp.unclosed) {
    review.push({ code: "TEXT_CUT", message: "这一项的责任括号没有闭合，原文可能在此截断，括号内已读到的名单已计入，后面可能还有单位，请核对。" });
  }
  // a leader who oversees the task (`督办领导：B`) beside another supervising label (`包抓领导：A`), both read as supervisors:
  // the other may be the task's own leader. Two labels of oversight alike (`分管副市长`, `联系领导`) are one role.
  const words = b.resp.cells.supervisors?.length ? [...new Set(b.resp.labels.filter((l) => l.field === "supervisors").map((l) => toSimplified(l.text.replace(/[\s：:]/g, ""))))] : [];
  if (words.some((w) => OVERSIGHT_LABEL.test(w)) && words.some((w) => !OVERSIGHT_LABEL.test(w)))
    review.push({ code: "PEOPLE_LABELS_JOINED", message: `“${words.join("”“")}”两种标注都读作分管领导，其名单已合在一起；督办之外的一种可能是本项的责任领导，请核对。` });
  if (b.numbered!.ocr) {
    review.push({ code: "OCR_NUMBER", message: `编号“${b.numbered!.marker}”含有字母，按 OCR 误识读作 ${b.numbered!.number}，请核对编号与原文。` });
  }
  for (const h of guessedHeadings) {
    review.push({ code: "SECTION_UNNUMBERED", message: `所属标题“${h}”没有编号，位于第一项任务之前，是按独立短行推断的标题，可能是封面或正文的文字，请核对。` });
  }
  const rec: RawRecord = { table, seq: b.numbered!.number, section, task: [withoutTaskLabel(b.task)], cells, ...(review.length ? { review } : {}), source: locate(b.lines[0]!) };
  printedMarker.set(rec, b.numbered!.marker.trim());
  return rec;
}

/**
 * The record read up to the text's last line, whose last name is no complete
 * name (`牵头单位：区商`): the text was cut inside the name (an excerpt).
 */
function flagCutAtEnd(records: readonly RawRecord[], ends: readonly number[], lastLine: number, documentText: TextSearch): void {
  const i = ends.lastIndexOf(lastLine);
  const rec = records[i];
  // (a record already said to be cut, by its unclosed bracket, is not said so twice)
  if (!rec || rec.review?.some((r) => r.code === "TEXT_CUT")) return;
  for (const f of Object.keys(rec.cells).reverse() as EntityField[]) {
    const names = splitEntities(rec.cells[f] ?? [], f === "leaders" || f === "supervisors" ? "person" : "unit", { documentText });
    const last = names[names.length - 1];
    if (!last) continue;
    if (classify(last) === "fragment") {
      rec.review = [...(rec.review ?? []), { code: "TEXT_CUT", message: `文本在这一项结束，名单最后的“${last}”不像完整的名称，原文可能在此截断，请核对。` }];
    }
    return;
  }
}

/** The least number of other records that must all fill a field before its absence in the last one says the text was cut. */
const MIN_RECORDS_FOR_CUT = 2;

/**
 * The record read up to the text's last line that stops short of what the others have: its
 * units came only from the headings above it, or it lacks a field every other task of the list
 * fills on its label lines (`牵头单位：县商务局` and then the text ends, where every task has a
 * `责任单位：` line). Role verbs in a bracket vary from task to task and say nothing of a cut.
 */
function flagShortAtEnd(records: readonly RawRecord[], ends: readonly number[], lastLine: number): void {
  const rec = records[ends.lastIndexOf(lastLine)];
  if (!rec || rec.review?.some((r) => r.code === "TEXT_CUT")) return;
  const others = records.filter((r) => r !== rec);
  const missing = others.length >= MIN_RECORDS_FOR_CUT && onLabelLines.has(rec) && others.every((o) => onLabelLines.has(o)) ? (Object.keys(others[0]!.cells) as EntityField[]).filter((f) => !rec.cells[f] && others.every((o) => o.cells[f]?.length)) : [];
  if (!onlyHeaded.has(rec) && !missing.length) return;
  const message = onlyHeaded.has(rec)
    ? "文本在这一项结束，它自身没有责任标注，现有单位全部取自所属标题，原文可能在此截断，请核对。"
    : `文本在这一项结束，其他各项都有的“${missing.map(fieldLabel).join("”“")}”这一项没有，原文可能在此截断，请核对。`;
  rec.review = [...(rec.review ?? []), { code: "TEXT_CUT", message }];
}

/** A field's name for a message. */
function fieldLabel(f: EntityField): string {
  return { leadUnits: "牵头单位", units: "责任单位", coUnits: "配合单位", leaders: "责任领导", supervisors: "分管领导" }[f];
}

/** Tasks with no unit or person after them (the text was cut there, or the labels are written in a way not read). */
function flagEmpty(records: readonly RawRecord[]): void {
  for (const r of records) {
    if (Object.keys(r.cells).length) continue;
    r.review = [...(r.review ?? []), { code: "NO_RESPONSIBILITY", message: "这一项任务后面没有找到责任单位或责任人（原文可能在此截断，或标注写法未能识别），请核对原文。" }];
  }
}

/** A task without a printed number: the number after the task before it, and say so. */
function numberByOrder(rec: RawRecord, previous: RawRecord | undefined, bulletedWithBracket = false): void {
  rec.seq = (previous?.seq ?? 0) + 1;
  numberedByOrder.add(rec);
  // a sentence with labels under it is a task; a short line without an ending might be a heading; a bulleted
  // line that closes with its own responsibility (`——地区生产总值增长6%左右（市发改委牵头）；`) is a task
  if (bulletedWithBracket || /[。；;！!？?]$/.test(rec.task.join("").trim())) return;
  rec.review = [
    ...(rec.review ?? []),
    { code: "TASK_UNNUMBERED", message: `这一段没有编号，也不是完整的句子，是按其下方的责任标注认定为任务的（序号 ${rec.seq} 按出现顺序编排），请核对它是任务而不是标题。` },
  ];
}

function firstIsLeadHedged(note: string, noteLine: SourceLine, table: number): Diagnostic {
  return {
    level: "info",
    code: "LIST_FIRST_IS_LEAD_HEDGED",
    message: `文件注明“${note}”：列第一位的单位可能是牵头单位，也可能只是汇总单位，无法确定，已按标注全部保留为责任单位（units）。`,
    table,
    ...locate(noteLine),
  };
}

function deadlineDiagnostic(clauses: readonly string[], tasks: number, table: number): Diagnostic {
  const examples = [...new Set(clauses)].slice(0, 3).map((c) => `“${c}”`).join("、");
  return {
    level: "info",
    code: "LIST_DEADLINE_DROPPED",
    message: `${tasks} 项任务的责任括号中写有时限（如${examples}），时限不是单位，未计入名单，也未保留在任务正文中。`,
    table,
  };
}

function etCeteraDiagnostics(rec: RawRecord, lists: readonly string[]): Diagnostic[] {
  return lists.map((list) => ({
    level: "info" as const,
    code: "LIST_ET_CETERA",
    message: `第 ${rec.seq} 项的名单以“等”结尾（“${list}”），已去掉“等”字；名单可能不完整，请核对原文。`,
    table: rec.table,
    seq: rec.seq,
    ...rec.source,
  }));
}
/**
 * Numbers printed out of order but never twice (`13、…` before `1、2、3、`): each number names its
 * task, so they are kept as printed; the task whose number breaks the order is flagged (the one
 * before the break when the order goes on without it, else the one after).
 */
function flagOutOfOrder(records: RawRecord[]): void {
  for (let i = 1; i < records.length; i++) {
    if (records[i]!.seq > records[i - 1]!.seq) continue;
    const before = records[i - 2];
    const odd = before === undefined || before.seq < records[i]!.seq ? records[i - 1]! : records[i]!;
    odd.review = [...(odd.review ?? []), { code: "SEQ_OUT_OF_ORDER", message: `这一项的编号 ${odd.seq} 与前后各项的顺序不连贯，可能不是任务（如日期、文号被当成了编号），请核对原文。` }];
  }
}

/**
 * An item numbered with a Chinese numeral, without labels or names of its own, short as a heading, right above a task
 * read by its labels (no number of its own: `一、着力稳增长扩内需` | `地区生产总值增长6%…` | `牵头单位：…`): the heading
 * of that task's section, though the style numbers a task elsewhere (a heading glued to its first task on another page).
 */
function headsUnnumberedTask(blocks: readonly Block[], i: number): boolean {
  const b = blocks[i]!;
  const next = blocks[i + 1];
  return b.numbered!.style.startsWith("cn") && !b.labelLines.length && !Object.keys(b.resp.cells).length && isHeadingItem(b) && next?.kind === "item" && next.numbered?.style === UNNUMBERED_STYLE;
}

/** at most this share of a list's tasks may be numbered in a style of their own before that style is its own habit */
const ODD_STYLE_SHARE = 0.2;

/**
 * A task numbered in a style no other task of the list has (`一、…` among tasks numbered `1.` or read by their
 * labels): a heading whose next lines (the next task's text, no blank line between) were read with it as one task
 * (`一、着力稳增长扩内需` + `地区生产总值增长6%…`). Flagged (`TASK_STYLE_ODD`), when few tasks are.
 */
function flagOddStyles(records: RawRecord[], styles: readonly string[]): void {
  const counts = new Map<string, number>();
  for (const st of styles) counts.set(st, (counts.get(st) ?? 0) + 1);
  if (counts.size < 2) return;
  // most tasks printed no number (read by their labels): a Chinese numeral numbers the sections, never a task among them
  const mostUnnumbered = (counts.get(UNNUMBERED_STYLE) ?? 0) * 2 > records.length;
  records.forEach((r, i) => {
    const st = styles[i]!;
    if (st === UNNUMBERED_STYLE || st === BULLET_STYLE) return;
    if (counts.get(st)! > records.length * ODD_STYLE_SHARE && !(mostUnnumbered && st.startsWith("cn"))) return;
    r.review = [...(r.review ?? []), { code: "TASK_STYLE_ODD", message: `这一项的编号样式与本表其他各项不同（本表 ${records.length} 项中只有 ${counts.get(st)} 项这样编号），可能是一行标题与下面的任务正文连在一起被当成了任务，请核对标题与任务的分界。` }];
  });
}

/** Records numbered by their order (no number printed): plain data about them, kept apart from the records. */
const numberedByOrder = new WeakSet<RawRecord>();

/** Each numbered record's marker as printed (`（1）`, `2.`, `一是`, `1.2`). */
const printedMarker = new WeakMap<RawRecord, string>();

/** A compound marker (`1.2` `1-2` `1.2.`): its number is no integer of its own, so a running number is the only seq it has. */
const COMPOUND_MARKER = /^\d+\s*[.．\-－—_]\s*\d+/;

/**
 * Numbering that restarts under each heading (1. 2. … 1. 2.) becomes one running number. A task without a number
 * among numbered ones (read by the labels under it) takes the number of the printed task after it, which then seems
 * to restart: each task whose number changes is flagged, and the unnumbered task too (it may be the rest of the task
 * above, cut off by a page break).
 */
function renumberIfRestarted(records: RawRecord[], diagnostics: Diagnostic[], table: number): void {
  const restarts = records.some((r, i) => i > 0 && r.seq <= records[i - 1]!.seq);
  if (!restarts) return;
  if (new Set(records.map((r) => r.seq)).size === records.length) {
    flagOutOfOrder(records);
    return;
  }
  const amid = records.some((r, i) => i > 0 && numberedByOrder.has(r) && !numberedByOrder.has(records[i - 1]!));
  const compound = records.some((r) => COMPOUND_MARKER.test(printedMarker.get(r) ?? ""));
  records.forEach((r, i) => {
    const was = r.seq;
    r.seq = i + 1;
    if (amid && numberedByOrder.has(r)) {
      if (!r.review?.some((x) => x.code === "TASK_UNNUMBERED"))
        r.review = [...(r.review ?? []), { code: "TASK_UNNUMBERED", message: `这一段没有编号，夹在有编号的任务之间，是按其下方的责任标注认定为任务的（序号 ${r.seq} 按出现顺序编排）；它也可能是上一项正文的后半（被分页或空行隔开），请核对。` }];
    } else if (amid && was !== r.seq) {
      r.review = [...(r.review ?? []), { code: "SEQ_SHIFTED", message: `原文编号为 ${was}，因前面有一段无编号的任务，按出现顺序记为第 ${r.seq} 项；若那一段不是任务，本项应为第 ${was} 项。请核对。` }];
    } else if (!amid && !compound) {
      // the seq is made, not printed: every row says so (a reader who keeps the printed numbers has them repeat, and
      // a row quoted by its printed number needs its heading to be found)
      r.review = [...(r.review ?? []), renumberedReason(printedMarker.get(r) ?? String(was), r.seq)];
    }
  });
  diagnostics.push({
    level: "info",
    code: "LIST_SEQ_RENUMBERED",
    message: `任务编号在各标题下重新从头编起，已按出现顺序统一编为 1–${records.length}（seq）；原编号见任务所在行。`,
    table,
  });
}

/** `∶` (U+2236 RATIO), typed for a colon by some input methods (`牵头单位∶市科技局`): a colon unless it stands between two digits (`1∶500`). */
const RATIO_AS_COLON = /∶(?![0-9０-９])|(?<![0-9０-９])∶/g;

/** The lines with a ratio sign written for a colon read as a colon (labels close with it). */
export function ratioColons<L extends { text: string }>(lines: readonly L[]): L[] {
  return lines.map((l) => (l.text.includes("∶") ? { ...l, text: l.text.replace(RATIO_AS_COLON, "：") } : l));
}

/** Letters of the scripts a minority-area page prints beside Chinese (Korean, Tibetan, Mongolian, Uyghur, Yi). */
const MINORITY_SCRIPT = /[\p{Script=Hangul}\p{Script=Tibetan}\p{Script=Mongolian}\p{Script=Arabic}\p{Script=Yi}]/gu;
const HAN = /\p{Script=Han}/gu;

/**
 * A bilingual page prints the title and headings in the area's script too (`일、경제발전` over `一、经济发展`): a
 * line whose letters are mostly of that script is the translation of a Chinese line, no heading, task nor name, and
 * reads as blank. A Chinese line with a few such letters (a name in Korean in brackets) stays.
 */
export function withoutTranslationLines<L extends { text: string }>(lines: readonly L[]): L[] {
  return lines.map((l) => {
    const other = l.text.match(MINORITY_SCRIPT)?.length ?? 0;
    if (!other) return l;
    const han = l.text.match(HAN)?.length ?? 0;
    return other > han ? { ...l, text: "" } : l;
  });
}

/** A line opening with a label word and a dash instead of a colon (`牵头单位——县工信局`, `责任领导—陈志刚`). */
const DASH_LABEL = /^([\s\u3000]*)(\p{Script=Han}{2,10})[ \t\u3000]*(——|—|－－|--|──|－|-)[ \t\u3000]*(?=\p{Script=Han})/u;

/**
 * The lines whose label is closed by a dash read as closed by a colon. Only a responsibility label word opening the
 * line (`牵头单位——`, `分管领导—`): a dash after other words (`新建——改造`, `——县发改局负责` closing a task) stays.
 */
export function dashColons<L extends { text: string }>(lines: readonly L[]): L[] {
  return lines.map((l) => {
    const m = DASH_LABEL.exec(l.text);
    if (!m || !labelField(m[2]!)) return innerDashColons(l);
    return innerDashColons({ ...l, text: `${m[1]}${m[2]}：${l.text.slice(m[0].length)}` });
  });
}

/** A label line's opening label and colon (`责任单位：`). */
const OPENING_LABEL = /^[\s\u3000]*(\p{Script=Han}{2,10})[：:]/u;
/** A role word closed by a dash inside a label's names, after the colon or a separator (`牵头—县城管局；配合—县住建局`). */
const INNER_DASH_LABEL = /(^|[；;，,\s])(\p{Script=Han}{2,6})[ \t\u3000]*(?:——|—|－－|--|──|－)[ \t\u3000]*(?=\p{Script=Han})/gu;

/**
 * Inside the names of a label line (`责任单位：牵头—县城管局；配合—县住建局`), role words closed by a dash read as
 * closed by a colon, as `牵头：…；配合：…`. Only role or label words; a dash between other words (`县城管局—县住建局`) stays.
 */
function innerDashColons<L extends { text: string }>(l: L): L {
  const m = OPENING_LABEL.exec(l.text);
  if (!m || !labelField(m[1]!)) return l;
  const head = l.text.slice(0, m[0].length);
  const rest = l.text.slice(m[0].length).replace(INNER_DASH_LABEL, (all, sep: string, word: string) => (labelField(word) ? `${sep}${word}：` : all));
  return { ...l, text: head + rest };
}

/** The document's lines as the list layout reads them: colons for ratio signs and label dashes, translations blank. */
function listText<L extends { text: string }>(lines: readonly L[]): L[] {
  return withoutTranslationLines(dashColons(ratioColons(lines)));
}

/** Flattened tables (grid rows) and list-form tasks of a document, as separate tables in document order. */
export function rebuildList(input: InputDocument): LayoutResult {
  const doc = { ...input, lines: listText(input.lines) };
  const article = articleLines(doc.lines);
  const flats = findFlattenedTables(article);
  const flatLines = new Set(flats.flatMap((f) => f.consumed));
  const rest = article.map((l) => (flatLines.has(l.line) ? { ...l, text: "" } : l));
  const flatResults = flats.map(flatToResult);
  const listResult = listToRecords(rest, 0, searchable(documentText(doc.lines)));
  flagUnplacedMuch(listResult);
  const parts = [...flatResults, listResult].filter((r) => r.records.length > 0);
  return { ...mergeResults(parts), consumed: [...flatLines, ...listResult.consumed] };
}

/** lines left out of every task, as a share of the tasks read, above which the reading itself is in doubt */
const UNPLACED_SHARE = 0.25;
/** …and at least this many of them */
const MIN_UNPLACED = 5;

/**
 * Document-level doubt made row-level: a list whose text left many paragraphs and label lines out of every task
 * (`UNPLACED_TEXT`, `LIST_LABEL_WITHOUT_TASK`: a table's text dump read as paragraphs, its cells in reading order)
 * did not follow the text; every task not flagged already is (`LIST_TEXT_UNPLACED`). A news lead paragraph or two
 * left out is no such doubt.
 */
export function flagUnplacedMuch(result: { records: RawRecord[]; diagnostics: readonly Diagnostic[] }): void {
  const left = result.diagnostics.filter((d) => d.code === "UNPLACED_TEXT" || d.code === "LIST_LABEL_WITHOUT_TASK").length;
  if (left < Math.max(MIN_UNPLACED, result.records.length * UNPLACED_SHARE)) return;
  for (const r of result.records) {
    if (r.review?.length) continue;
    r.review = [{ code: "LIST_TEXT_UNPLACED", message: `本文有 ${left} 段文字或责任标注未能归入任何任务（见诊断信息），说明任务的分段可能没有读对：这一项的正文和名单也可能缺漏或混入了别项的内容，请核对原文。` }];
  }
}

/** A flattened table through the grid stage, with the rows it had to guess flagged. */
function flatToResult(flat: FlatTable): LayoutResult {
  const result = gridToRecords(flat.rows, { layout: "list" });
  // a copy that ends every cell with a pipe delimits its cells itself (an empty one is a lone pipe)
  if (flat.piped) result.tables = result.tables.map((t) => ({ ...t, structure: "exact" as const }));
  for (const r of result.records) {
    const reasons = r.source.line === undefined ? undefined : flat.review.get(r.source.line);
    if (reasons) r.review = [...(r.review ?? []), ...reasons];
  }
  return result;
}

/** a page break as `pdftotext` writes it (a form feed): a text printed from pages, not copied from a web page */
const FORM_FEED = "\f";

/** a row's number opening its line, alone or before a space (`12`, `12 推进…`, `  3   新建…`) */
const ROW_NUMBER_OPENS = /^\s*\d{1,3}(?:\s|$)/;
/** how many times more rows numbered under a table's header than labelled paragraphs above it make those a cover letter's */
const COVER_ROWS_SHARE = 3;

/** Does the text carry page breaks (a PDF text dump)? */
export function printedPages(lines: readonly SourceLine[]): boolean {
  return lines.some((l) => l.text.includes(FORM_FEED));
}

/**
 * How the list layout fits: `marked` — paragraphs that carry responsibility,
 * or a flattened table with `|` marks or regular one-line cells (a web page's
 * table); `unmarked` — weak evidence, ranked below the flat layout: a
 * flattened table without marks (which looks like a PDF text dump too), or a
 * single task with responsibility under a decomposition's title (a flat
 * table, if there is one, reads first); null — not at all.
 */
export function detectList(input: InputDocument): "marked" | "unmarked" | null {
  const lines = articleLines(listText(input.lines));
  const flat = findFlattenedTable(lines);
  // a page-printed dump (`pdftotext` ends every page with a form feed) of a ruled table prints each cell as a
  // paragraph too, rows whole: that regularity is the page's, not a web page's, and the flat layout reads it
  if (flat?.piped || (flat?.regular && !printedPages(input.lines))) return "marked";
  const unwrapped = unwrapHardLines(numbersInCells(lines)).lines;
  const blocks = toBlocks(unwrapped);
  // under a table's header printed as words (a PDF text dump: `序号 重点工作任务` / `责任单位` …), a paragraph is a
  // labelled task only by a label or verb it prints; unit names alone there are the table's cells (read as a list only
  // because a note says the first of every list leads)
  // (the header printed as words, or as columns aligned by spaces: `pdftotext -layout`)
  const header = findFlatHeader(input.lines);
  const aligned = header ? null : findAlignedHeader(input.lines);
  const headerAt = header?.end ?? aligned?.index ?? -1;
  const headerLine = headerAt < 0 ? Infinity : input.lines[headerAt]!.line;
  // (under a division-of-work column, `责任分工`, the cells themselves print role labels: `牵头：X；配合：Y`)
  const found = header ?? aligned;
  const division = found ? hasDivisionColumn(found.headers.map((text, k) => ({ text, field: found.columns[k]! }))) : false;
  const afterHeader = (b: Block) => b.lines[0]!.line > headerLine && (division || (!b.resp.labels.length && !b.labelLines.length));
  const labelled = blocks.filter((b) => isLabelled(b) && !afterHeader(b));
  // labelled paragraphs all above a table's header, far fewer than the rows numbered under it: the cover letter's
  // instructions (`各牵头单位于每季度末…`), the table is the notice's content
  const rowsUnder = headerAt < 0 ? 0 : input.lines.slice(headerAt + 1).filter((l) => ROW_NUMBER_OPENS.test(l.text)).length;
  const coverOnly = headerAt >= 0 && labelled.every((b) => b.lines[0]!.line < headerLine) && rowsUnder >= COVER_ROWS_SHARE * labelled.length;
  if (labelled.length >= LIST_SETTINGS.minLabelledItems && !coverOnly) return "marked";
  return flat || enoughItems(blocks, unwrapped) ? "unmarked" : null;
}
