/**
 * A table whose responsibility cell prints role labels (`牵头单位：X` / `配合单位：Y` / `责任领导：Z`), dumped in
 * reading order (`pdftotext` without options): the task cell is centred in its row, so the row's label lines come
 * before its number, its task's lines before and after them, and a label's wrapped rest (`关单位`, `会、县统计局`)
 * lands among the task's lines or after a space at the end of one.
 *
 * The order still holds: each row prints one label group, opened by the label the first group opens with, and the
 * k-th group is the k-th numbered task's. The task's lines are cut at sentence ends around its number. A label's
 * value that ends on a cut name or a `、` takes the next piece that completes it into a unit (`县直各有` + `关单位`).
 * The reading is taken only when it is consistent: numbers in order, as many label groups as tasks, every task with
 * text. Every row says it was paired by order.
 */
import type { Diagnostic } from "../../model/schema.js";
import type { CellLine, EntityField, LayoutResult, RawRecord, SourceLine, TableSpec } from "../../model/intermediate.js";
import { cellKind } from "../../table/merged.js";
import { mapHeader } from "../../table/headers.js";
import { endsSentence } from "../../table/lexicon.js";
import { headingLevel } from "../../table/sections.js";
import { scanLabels } from "../list/labels.js";
import { isEntityToken, joinsIntoUnit, norm, tokenKind } from "./fragments.js";
import { unitEnding } from "../../names/classify.js";
import { UNIT_OPENING } from "../../names/lexicon.js";

export const LABEL_ORDER_CODE = "FLAT_LABEL_CELLS_BY_ORDER";

/** a gap of three spaces or more between words: text laid out in columns */
const ALIGNED_GAP = /\S[ \u3000]{3,}\S/u;
/** the share of lines with such gaps above which the text keeps its columns by position */
const MAX_ALIGNED_SHARE = 0.2;
/** how many labels back a cut value may still take its rest */
const OPEN_LOOKBACK = 3;
/** the fewest label groups (rows) before the reading is tried */
const MIN_GROUPS = 3;
/** the header's words are looked for among this many printed lines before the first label (the number column may stand between) */
const MAX_HEADER_LOOKBACK = 30;
/** a header word printed on a line of its own is at most this long */
const MAX_HEADER_WORD_CHARS = 8;
/** header words that name no field (`序号`, `完成时限`) */
const OTHER_HEADER_WORD = /^(?:序号?|号|完成时限|时限|完成时间|时间节点|备注|责任领导|分管领导|责任分工|职责分工|部门分工|分工)$/u;

interface LabelItem {
  field: EntityField;
  value: string;
  line: number;
}

interface Piece {
  text: string;
  line: number;
  /** the row number printed at the piece's start */
  seq?: number;
  /** a row's label group opens here: the row above is over (it prints above this row's top) */
  boundary?: boolean;
}

/** A line of header words alone (`目标任务`, `责任单位`, `序号`; `重点工作 责任分工 完成时限`). */
function isHeaderWord(text: string): boolean {
  const words = text.trim().split(/[ \t\u3000]+/u);
  return words.length > 1 ? words.every(isHeaderWord) : isOneHeaderWord(text);
}

function isOneHeaderWord(text: string): boolean {
  const t = text.replace(/\s+/g, "");
  return t.length > 0 && t.length <= MAX_HEADER_WORD_CHARS && !/[：:，。、]/u.test(t) && (OTHER_HEADER_WORD.test(t) || mapHeader(t) !== "other");
}

/** A piece of a 完成时限 cell (`2022年12`, `月`, `2025 年`, `12 月底`). */
function isTimePiece(text: string): boolean {
  const t = text.replace(/\s+/g, "");
  // (the rest of several wrapped time cells printed as one line: `月月月月`)
  return cellKind(t) === "time" || /^(?:\d{4}年(?:\d{1,2}(?:月(?:底|前|份)?)?)?|\d{0,2}月(?:底|前|份)?(?:前)?|底前|年底|年底前|(?:月(?:底|前)?){2,})$/u.test(t);
}

/** The label hits that open a piece of the line: at its start, or after a space. */
function labelStarts(text: string): Array<{ start: number; end: number; field: EntityField }> {
  return scanLabels(text)
    .filter((h) => h.field !== "other" && (h.start === 0 || /\s/u.test(text[h.start - 1]!)))
    .map((h) => ({ start: h.start, end: h.end, field: h.field as EntityField }));
}

/** The last piece of a label's value (after its last `、`; "" when the value ends on a `、`), or null when empty. */
function openEnd(value: string): string | null {
  const v = value.replace(/\s+/g, "");
  if (!v) return null;
  if (/、$/u.test(v)) return "";
  return v.split(/[、，,]/u).pop() || null;
}

/** a whole name by the lexicon */
const whole = (p: string) => isEntityToken(p) && tokenKind(p) !== "fragment";

/**
 * Does `piece` go on a value that stops at `end`: after a `、`, a list of names; else a first piece that makes
 * one unit with `end`, one of the two no whole name alone (`县直各有` + `关单位`, `…管委` + `会`), and names after it
 * (the last may be cut: `…、各`). A piece with a clause mark is task text.
 */
function continues(end: string, piece: string): boolean {
  if (/[，。；：,;:！？]/u.test(piece)) return false;
  const parts = piece.replace(/\s+/g, "").split("、");
  if (parts[parts.length - 1] === "") parts.pop();
  if (!parts.length || parts.some((p) => !p)) return false;
  const first = parts[0]!;
  // a header word or a time piece after a whole name is the page's furniture (`各乡镇人民政府` | `完成时限`)
  if (isTimePiece(first) || (whole(end) && isHeaderWord(first))) return false;
  if (end === "") {
    if (!whole(first)) return false;
  } else {
    // (the two make a unit with an organisation's ending: `各乡` + `贫致贫` makes none; after a whole unit, a piece
    // opening like a unit of its own, `县财政局` | `县税务局`, is a new name, no rest)
    const joined = end + first;
    if (!joinsIntoUnit(end, first) || unitEnding(joined) === null) return false;
    if (whole(end) && tokenKind(end) === "unit" && unitEnding(end)?.strength === "strong" && tokenKind(first) !== "fragment" && UNIT_OPENING.test(first)) return false;
  }
  const rest = parts.slice(1);
  return rest.every((p, k) => whole(p) || (k === rest.length - 1 && /^\p{Script=Han}{1,12}$/u.test(p)));
}

/** A value's 完成时限 cell printed after it on its line (`县自然资源局、县财 2022年11`): set apart. */
function withoutTime(value: string): string {
  const toks = value.split(/[ \t\u3000]+/u);
  while (toks.length > 1 && (isTimePiece(toks[toks.length - 1]!) || isTimePiece(toks.slice(-2).join("")))) {
    if (isTimePiece(toks.slice(-2).join("")) && toks.length > 2) toks.splice(-2);
    else toks.pop();
  }
  return toks.join(" ");
}

/** A row number opening the line (`4 物排放…`, `6 12万平方米…`, `7` alone) when it is the one expected next. */
function numberAt(text: string, expected: number): { seq: number; rest: string } | null {
  const m = /^(\d{1,3})(?:[ \t\u3000]+(.*))?$/u.exec(text.trim());
  if (!m || Number(m[1]) !== expected) return null;
  return { seq: expected, rest: (m[2] ?? "").trim() };
}

/**
 * Read the lines as a reading-order dump of a label-cell table, or null when they are not one: fewer than
 * MIN_GROUPS label groups, a group opened before any header, the first label after the first row number (the
 * rows are then printed in turn, and the other readers follow them), numbers out of order, or counts that differ.
 */
export function readLabelOrder(lines: readonly SourceLine[], table = 0): LayoutResult | null {
  const firstLabel = lines.findIndex((l) => labelStarts(l.text).length > 0);
  if (firstLabel < 0) return null;
  // the header: the last run of header words before the first label
  let head = -1;
  for (let i = firstLabel - 1, seen = 0; i >= 0 && seen < MAX_HEADER_LOOKBACK; i--) {
    if (!lines[i]!.text.trim()) continue;
    seen++;
    if (isHeaderWord(lines[i]!.text)) head = i;
  }
  if (head < 0) return null;
  // the table's title printed among the header words (`2022年《政府工作报告》目标任务责任分解`) is no task
  const title = (t: string) => /分解|分工/u.test(t) && /[《》]|政府工作报告/u.test(t) && !endsSentence(t);
  const items: LabelItem[] = [];
  const pieces: Piece[] = [];
  const headings: Array<{ text: string; before: number }> = [];
  let expected = 1;
  let sawNumber = false;
  /**
   * The label whose value `piece` goes on: the last one read, else one of the few before it whose value stops cut
   * (`…、各乡`, its rest printed after the next row's first label).
   */
  const takerOf = (piece: string): LabelItem | null => {
    for (let k = items.length - 1; k >= 0 && k >= items.length - OPEN_LOOKBACK; k--) {
      const end = openEnd(items[k]!.value);
      if (end === null) continue;
      if (k < items.length - 1 && (end === "" || (whole(end) && unitEnding(end)?.strength === "strong"))) continue;
      if (continues(end, piece)) return items[k]!;
    }
    return null;
  };
  for (let i = head; i < lines.length; i++) {
    const raw = norm(lines[i]!.text).trim();
    const at = lines[i]!.line;
    if (!raw) continue;
    // the label pieces of the line, and what stands before the first (task text)
    const hits = labelStarts(raw);
    let text = withoutTime(hits.length ? raw.slice(0, hits[0]!.start).trim() : raw);
    const addLabels = () =>
      hits.forEach((h, k) => {
        const value = withoutTime(raw.slice(h.end, hits[k + 1]?.start ?? raw.length).trim()).replace(/[；;]$/u, "");
        items.push({ field: h.field, value, line: at });
      });
    // a row's label group opens on this line: what the line prints before it is that row's
    if (hits.some((h) => h.field === (items[0]?.field ?? h.field))) pieces.push({ text: "", line: at, boundary: true });
    // a label's wrapped rest: the whole line (read before a header word: `关单位`), or its last piece after a space
    const taker = text ? takerOf(text) : null;
    if (taker) {
      taker.value += text;
      addLabels();
      continue;
    }
    if (!hits.length && (isHeaderWord(raw) || isTimePiece(raw) || (title(raw) && !sawNumber))) continue;
    if (!text) {
      addLabels();
      continue;
    }
    const m = /^(.*\S)[ \t\u3000]+(\S+)$/u.exec(text);
    const tail = m ? takerOf(m[2]!) : null;
    if (m && tail) {
      tail.value += m[2]!;
      text = m[1]!;
    }
    const level = headingLevel(text);
    const num = numberAt(text, expected);
    if (num) {
      sawNumber = true;
      expected++;
      pieces.push({ text: num.rest, line: at, seq: num.seq });
    } else if (level !== null && level <= 2 && text.length <= 40 && !endsSentence(text) && !/^\d/u.test(text)) {
      headings.push({ text, before: pieces.length });
    } else {
      pieces.push({ text, line: at });
    }
    addLabels();
  }
  if (!sawNumber) return null;
  // the reading-order signature: the first row's labels printed before its number, or the numbers printed as a
  // column of their own (bare numbers one after another) before the labels
  if (!items.length) return null;
  const numbered = pieces.filter((p) => p.seq !== undefined);
  const at = pieces.indexOf(numbered[0]!);
  const next = pieces.slice(at + 1).find((p) => !p.boundary);
  const block = !numbered[0]!.text && next?.seq === numbered[0]!.seq! + 1 && !next.text;
  if (!block && items[0]!.line >= numbered[0]!.line) return null;
  // columns kept by position (`pdftotext -layout`) are the aligned reader's
  const region = lines.slice(head);
  if (region.filter((l) => ALIGNED_GAP.test(l.text)).length > region.length * MAX_ALIGNED_SHARE) return null;
  // label groups: each opened by the label the first group opens with
  const opener = items[0]!.field;
  const groups: LabelItem[][] = [];
  for (const it of items) {
    if (it.field === opener || !groups.length) groups.push([it]);
    else groups[groups.length - 1]!.push(it);
  }
  const tasks = cutTasks(pieces, headings);
  if (!tasks || groups.length < MIN_GROUPS || groups.length !== tasks.length) return null;
  const spec: TableSpec = {
    index: table,
    title: null,
    headers: [
      { text: "序号", field: "seq" },
      { text: "任务", field: "task" },
      ...[...new Set(items.map((x) => x.field))].map((f) => ({ text: labelText(f), field: f })),
    ],
    columns: ["seq", "task", ...new Set(items.map((x) => x.field))],
    layout: "flat",
    structure: "text-order",
  };
  const records: RawRecord[] = tasks.map((t, k) => {
    const cells: Partial<Record<EntityField, CellLine[]>> = {};
    for (const it of groups[k]!) if (it.value) (cells[it.field] ??= []).push({ text: it.value });
    return {
      table,
      seq: t.seq,
      section: t.section,
      task: t.text,
      cells,
      review: [
        {
          code: LABEL_ORDER_CODE,
          message: `第 ${t.seq} 项：原文的责任单位一栏逐行印着“牵头单位：”等标注，导出的文字按阅读顺序把各格拆散（任务居中，标注印在序号之前）；本项的任务是按句号和序号切分的，标注是按先后次序配给本项的（第 ${k + 1} 组）。请对照原文核对本项的任务与单位。`,
        },
      ],
      source: { line: t.line },
    };
  });
  const diagnostics: Diagnostic[] = [
    {
      level: "warning",
      code: LABEL_ORDER_CODE,
      message: `原文第 ${lines[head]!.line} 行起的表格，责任单位一栏印着“牵头单位：”等标注，导出的文字按阅读顺序印出，格子已拆散：已按先后次序把第 ${tasks[0]!.seq}–${tasks[tasks.length - 1]!.seq} 项共 ${tasks.length} 项的标注配回各项，每项都已标注复核（review）。请对照原文核对；用原 PDF 或 pdftotext -layout 的文字重新读取更可靠。`,
      table,
      line: lines[head]!.line,
    },
  ];
  return { tables: [spec], records, diagnostics, consumed: lines.slice(head).map((l) => l.line) };
}

function labelText(f: EntityField): string {
  return { leadUnits: "牵头单位", units: "责任单位", coUnits: "配合单位", leaders: "责任领导", supervisors: "分管领导" }[f];
}

interface CutTask {
  seq: number;
  text: string[];
  section: string[];
  line: number;
}

/**
 * Cut the task pieces into tasks, one per row number: a task ends at a sentence end after its number, where the
 * next heading stands, or where the label group of a later row opens (the k-th group opens the k-th row: a task
 * opened before its own group's first label, its first lines printed above that label, stays open). The pieces
 * after a task's end and before the next number open the next task. Numbers printed as a column of their own
 * (`1` `2` `3` on lines of their own, before the tasks) are given to the tasks that follow, in order. Null when
 * a task is left without text.
 */
function cutTasks(pieces: readonly Piece[], headings: ReadonlyArray<{ text: string; before: number }>): CutTask[] | null {
  const out: CutTask[] = [];
  let cur: { seq?: number; text: string[]; line: number; sectionAt: number } | null = null;
  let section: string[] = [];
  let h = 0;
  let groups = 0;
  /** numbers printed as a column of their own, not yet given to a task */
  const pending: number[] = [];
  const bare = (k: number) => pieces[k]?.seq !== undefined && !pieces[k]!.text;
  const close = () => {
    if (cur?.seq === undefined) return;
    out.push({ seq: cur.seq, text: cur.text, section: sectionOf(cur.sectionAt), line: cur.line });
    cur = null;
  };
  const sections: string[][] = [];
  const sectionOf = (k: number) => sections[k] ?? [];
  const open = (line: number) => {
    cur ??= { text: [], line, sectionAt: sections.push([...section]) - 1, ...(pending.length ? { seq: pending.shift()! } : {}) };
    return cur;
  };
  pieces.forEach((p, k) => {
    // the headings printed before this piece: a task with its number ends there, the next task's section begins
    while (h < headings.length && headings[h]!.before <= k) {
      close();
      const level = headingLevel(headings[h]!.text) ?? 1;
      section = level > 1 && section.length ? [section[0]!, headings[h]!.text] : [headings[h]!.text];
      h++;
    }
    if (p.boundary) {
      groups++;
      // the open task is an earlier row's: that row is over
      if (cur && out.length + 1 < groups) close();
      return;
    }
    if (p.seq !== undefined && !p.text && (bare(k - 1) || bare(k + 1))) {
      pending.push(p.seq);
      return;
    }
    if (p.seq !== undefined) {
      // the task above did not end: a new task starts at this number (its cell top-aligned)
      if (cur?.seq !== undefined) close();
      const c = open(p.line);
      c.seq = p.seq;
      if (p.text) c.text.push(p.text);
    } else {
      open(p.line).text.push(p.text);
    }
    if (cur?.seq !== undefined && endsSentence(p.text)) close();
  });
  // (what follows the last task's sentence end without a number is no task)
  close();
  if (out.some((t) => !t.text.join("").trim()) || pending.length) return null;
  return out;
}
