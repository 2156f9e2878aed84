/**
 * Render generated records as the text of a notice, one family of layouts at a time (issue 15
 * §4): label lines, trailing role-verb parentheticals, labels in brackets, tables flattened one
 * cell per line, and tables as TSV, markdown and space-aligned text. Each family has an
 * arbitrary of its variations (header and label synonyms, column order, numbering, bracket and
 * separator styles, blank lines, wrapped names, traditional script, a cover letter or not), so
 * fast-check can shrink a failure to the fewest variations that still fail.
 */
import fc from "fast-check";
import { HEADER_RULES } from "../../src/table/headers.js";
import { CN_NUMERALS, toTraditional, type Level } from "./lexicon.js";
import { type Capabilities, type GenNotice, type GenRecord, type Role, ROLES, UNIT_ROLES } from "./records.js";

/** A family: what its rows can carry, its variations, and how it prints a notice. */
export interface Family<O> {
  name: string;
  caps: Capabilities;
  options: fc.Arbitrary<O & Frame>;
  render(notice: GenNotice, o: O & Frame): string;
  /**
   * The variations the parser handles today (measured: 0 failures in 1000+ cases when written),
   * so `npm test` keeps them working while the rest of the family waits for its rules;
   * `todayNote` says in words what is left out. Widen it as rules land, drop it when the whole
   * family passes.
   */
  today?: (notice: GenNotice, o: O & Frame) => boolean;
  todayNote?: string;
}

/** Variations every family shares. */
export interface Frame {
  /** the cover letter (title with 通知, 文号, addressees, issuer, date) before the attachment */
  cover: boolean;
  /** the whole notice in traditional script (records are compared in the same script) */
  traditional: boolean;
  place: string;
}

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const frameArb: fc.Arbitrary<Frame> = fc.record({ cover: fc.boolean(), traditional: fc.oneof(fc.constant(false), fc.constant(false), fc.constant(true)), place: pick(["青湖", "北塘", "溪南", "安和", "云岭", "石门"]) });

// ---------------------------------------------------------------- headers and labels

/** The header synonyms of a field, from the parser's own table (src/table/headers.ts). */
function synonyms(field: string): string[] {
  return HEADER_RULES.find((r) => r.field === field)!.examples;
}
/** Labels a notice prints for each role; supervisors' header fits the notice's level. */
const LABELS: Record<Role | "task" | "seq", readonly string[]> = {
  seq: synonyms("seq"),
  task: synonyms("task").filter((h) => !/指标/.test(h)),
  leadUnits: synonyms("leadUnits"),
  units: synonyms("units").filter((h) => !/责任人|负责人/.test(h)),
  coUnits: synonyms("coUnits"),
  leaders: synonyms("leaders"),
  supervisors: synonyms("supervisors"),
};
/** A supervising-leader label that names another level (分管市领导 in a 区 notice) is swapped for the notice's own. */
function fitLevel(label: string, level: Level): string {
  return label.replace(/^(分管|牵头)?[省市区县](级)?(领导)$/, (_, a = "", b = "", c) => `${a}${level}${b}${c}`).replace(/分管[省市区县]领导/, `分管${level}领导`).replace(/^分管副[省市区县]长$/, `分管副${level}长`);
}
type LabelSet = Record<Role | "task" | "seq", string>;
const labelSetArb: fc.Arbitrary<LabelSet> = fc.record({
  seq: pick(LABELS.seq),
  task: pick(LABELS.task),
  leadUnits: pick(LABELS.leadUnits),
  units: pick(LABELS.units),
  coUnits: pick(LABELS.coUnits),
  leaders: pick(LABELS.leaders),
  supervisors: pick(LABELS.supervisors),
});

// ---------------------------------------------------------------- numbering and headings

/** Chinese numeral for 1–99 (十一, 二十三). */
export function cnNumber(n: number): string {
  if (n <= 10) return CN_NUMERALS[n - 1]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens > 1 ? CN_NUMERALS[tens - 1] : "") + "十" + (ones ? CN_NUMERALS[ones - 1] : "");
}
const NUMBERING = {
  dot: (n: number) => `${n}.`,
  wideDot: (n: number) => `${n}．`,
  comma: (n: number) => `${n}、`,
  paren: (n: number) => `（${n}）`,
  asciiParen: (n: number) => `(${n})`,
  cnParen: (n: number) => `（${cnNumber(n)}）`,
} as const;
type Numbering = keyof typeof NUMBERING;

/** Heading lines where the section path changes from `prev` to `cur`. */
function headingChanges(prev: string[], cur: string[]): { level: number; text: string }[] {
  const out: { level: number; text: string }[] = [];
  let same = true;
  cur.forEach((h, i) => {
    if (same && prev[i] === h) return;
    same = false;
    out.push({ level: i, text: h });
  });
  return out;
}

// ---------------------------------------------------------------- the notice around the table

function coverLetter(n: GenNotice, f: Frame): string[] {
  const L = n.level;
  return [
    `${f.place}${L}人民政府办公室关于印发2024年${L}政府工作报告重点任务责任分解的通知`,
    `${f.place.slice(0, 1)}政办〔2024〕7号`,
    "",
    `各镇人民政府、街道办事处，${L}直各单位：`,
    `现将2024年${L}《政府工作报告》重点任务责任分解印发给你们，请认真抓好落实。各牵头单位要加强统筹协调，每季度末将进展情况报送${L}政府督查室。`,
    "",
    `${f.place}${L}人民政府办公室`,
    "2024年2月6日",
    "",
  ];
}

function frame(n: GenNotice, f: Frame, title: string, body: string[]): string {
  const lines = [...(f.cover ? [...coverLetter(n, f), "附件", ""] : []), title, "", ...body, ""];
  const text = lines.join("\n");
  return f.traditional ? toTraditional(text) : text;
}

/** The records as the parser must give them back for this rendering (traditional script if printed so). */
export function expectedRecords(n: GenNotice, f: Frame): GenRecord[] {
  if (!f.traditional) return n.records;
  const t = (xs: string[]) => xs.map(toTraditional);
  return n.records.map((r) => ({ ...r, section: t(r.section), task: toTraditional(r.task), leadUnits: t(r.leadUnits), units: t(r.units), coUnits: t(r.coUnits), leaders: t(r.leaders), supervisors: t(r.supervisors) }));
}

// ---------------------------------------------------------------- list families

interface ListOpts {
  numbering: Numbering;
  /** un-numbered third-level headings written bold (`**…**`) or as a plain short line */
  boldLevel3: boolean;
  /** a blank line between tasks */
  blankBetween: boolean;
  unitSep: "、" | "，" | ",";
}
const listOptsArb = (depth: number): fc.Arbitrary<ListOpts> =>
  fc.record({
    numbering: pick<Numbering>(depth >= 2 ? ["dot", "wideDot", "comma", "paren", "asciiParen"] : ["dot", "wideDot", "comma", "paren", "asciiParen", "cnParen"]),
    boldLevel3: fc.boolean(),
    blankBetween: fc.boolean(),
    unitSep: pick(["、", "、", "，", ","] as const),
  });

/** Headings and numbered items of a list notice; `item` prints one record's lines. */
function listBody(n: GenNotice, o: ListOpts, item: (r: GenRecord, num: string) => string[]): string[] {
  const out: string[] = [];
  let prev: string[] = [];
  for (const r of n.records) {
    for (const h of headingChanges(prev, r.section)) {
      out.push(h.level === 2 && o.boldLevel3 ? `**${h.text}**` : h.text);
      if (o.blankBetween) out.push("");
    }
    prev = r.section;
    out.push(...item(r, NUMBERING[o.numbering](r.seq)));
    if (o.blankBetween) out.push("");
  }
  return out;
}

/** The roles of a record that hold names, in a printing order. */
function filled(r: GenRecord, order: readonly Role[]): Role[] {
  return order.filter((role) => r[role].length > 0);
}

const ALL_CAPS: Capabilities = { roles: ROLES, maxDepth: 3 };

/** Label lines: `牵头单位：X` / `责任单位：Y、Z` under the task, or after it on the same line. */
export const labelLines: Family<ListOpts & { labels: LabelSet; order: Role[]; colon: "：" | ":"; sameLine: boolean; blankBeforeLabels: boolean }> = {
  name: "label lines",
  caps: ALL_CAPS,
  options: fc
    .tuple(listOptsArb(3), labelSetArb, fc.shuffledSubarray([...ROLES], { minLength: 5, maxLength: 5 }), pick(["：", ":"] as const), fc.boolean(), fc.boolean(), frameArb)
    .map(([l, labels, order, colon, sameLine, blankBeforeLabels, f]) => ({ ...l, labels, order, colon, sameLine, blankBeforeLabels, ...f })),
  render(n, o) {
    const label = (role: Role) => fitLevel(o.labels[role], n.level);
    const body = listBody(n, o, (r, num) => {
      const parts = filled(r, o.order).map((role) => `${label(role)}${o.colon}${r[role].join(o.unitSep)}`);
      if (o.sameLine) return [`${num}${r.task}${parts.join("；")}${parts.length ? "。" : ""}`];
      return [`${num}${r.task}`, ...(o.blankBeforeLabels ? [""] : []), ...parts];
    });
    return frame(n, o, `2024年${n.level}政府工作报告重点任务分解`, body);
  },
};

/** Role verbs in a trailing parenthetical: `（X牵头，Y、Z配合）`, `（X、Y负责）`, maybe a deadline after. */
export const roleVerbs: Family<ListOpts & { open: "（" | "("; inner: "，" | "；" | ","; coVerb: string; unitsVerb: string; by: boolean; tail: string }> = {
  name: "role verbs",
  caps: { roles: UNIT_ROLES, maxDepth: 3, coNeedsMain: true },
  options: fc
    .tuple(listOptsArb(3), pick(["（", "("] as const), pick(["，", "；", ","] as const), pick(["配合", "协助", "参与"]), pick(["负责", "按职责分工负责"]), fc.boolean(), pick(["", "", "，年底前完成", "，持续推进", "，2024年12月底前完成"]), frameArb)
    .map(([l, open, inner, coVerb, unitsVerb, by, tail, f]) => ({ ...l, open, inner, coVerb, unitsVerb, by, tail, ...f })),
  render(n, o) {
    const close = o.open === "（" ? "）" : ")";
    const body = listBody(n, o, (r, num) => {
      const clauses: string[] = [];
      if (r.leadUnits.length) clauses.push(`${o.by ? "由" : ""}${r.leadUnits.join(o.unitSep)}牵头`);
      if (r.units.length) clauses.push(`${r.units.join(o.unitSep)}${o.unitsVerb}`);
      if (r.coUnits.length) clauses.push(`${r.coUnits.join(o.unitSep)}${o.coVerb}`);
      return [`${num}${r.task}${o.open}${clauses.join(o.inner)}${o.tail}${close}`];
    });
    return frame(n, o, `2024年${n.level}政府工作报告重点任务分工方案`, body);
  },
};

/** Labels inside brackets after the task: `（牵头单位：X；责任单位：Y）`, `[…]`, `【牵头单位】X【责任单位】Y`. */
export const bracketLabels: Family<ListOpts & { labels: LabelSet; order: Role[]; style: "paren" | "asciiParen" | "square" | "lenticular"; inner: "；" | ";" | "，"; colon: "：" | ":" }> = {
  name: "bracket labels",
  caps: ALL_CAPS,
  options: fc
    .tuple(listOptsArb(3), labelSetArb, fc.shuffledSubarray([...ROLES], { minLength: 5, maxLength: 5 }), pick(["paren", "asciiParen", "square", "lenticular"] as const), pick(["；", ";", "，"] as const), pick(["：", ":"] as const), frameArb)
    .map(([l, labels, order, style, inner, colon, f]) => ({ ...l, labels, order, style, inner, colon, ...f })),
  render(n, o) {
    const label = (role: Role) => fitLevel(o.labels[role], n.level);
    const body = listBody(n, o, (r, num) => {
      const roles = filled(r, o.order);
      if (o.style === "lenticular") return [`${num}${r.task}${roles.map((role) => `【${label(role)}】${r[role].join(o.unitSep)}`).join("")}`];
      const [a, b] = o.style === "paren" ? ["（", "）"] : o.style === "asciiParen" ? ["(", ")"] : ["[", "]"];
      return [`${num}${r.task}${a}${roles.map((role) => `${label(role)}${o.colon}${r[role].join(o.unitSep)}`).join(o.inner)}${b}`];
    });
    return frame(n, o, `2024年${n.level}政府工作报告重点任务责任分解`, body);
  },
};

// ---------------------------------------------------------------- table families

type Column = Role | "task" | "seq";
interface TableOpts {
  labels: LabelSet;
  /** the columns after 序号 and the task, in printed order (roles the notice uses only) */
  order: Role[];
  /** people columns printed before the task (some counties do) */
  peopleFirst: boolean;
}
const TABLE_CAPS: Capabilities = { roles: ROLES, maxDepth: 3, longUnits: true, pairedLeaders: true };
const tableOptsArb: fc.Arbitrary<TableOpts> = fc.record({ labels: labelSetArb, order: fc.shuffledSubarray([...ROLES], { minLength: 5, maxLength: 5 }), peopleFirst: fc.boolean() });

/**
 * The columns a notice prints: 序号, task, and each role some record uses — people columns before
 * the task or after the units, or (`mixed`) every role in the shuffled order, people between units.
 */
function columnsOf(n: GenNotice, o: TableOpts, mixed = false): Column[] {
  const used = o.order.filter((role) => n.records.some((r) => r[role].length > 0));
  if (mixed) return ["seq", "task", ...used];
  const isPerson = (r: Role) => r === "leaders" || r === "supervisors";
  const people = used.filter(isPerson);
  const units = used.filter((r) => !isPerson(r));
  return o.peopleFirst ? ["seq", ...people, "task", ...units] : ["seq", "task", ...units, ...people];
}
function headerText(c: Column, o: TableOpts, level: Level): string {
  return fitLevel(o.labels[c], level);
}
/** The cell values of a record, column by column (names as lists). */
function cellsOf(r: GenRecord, cols: Column[]): (string | string[])[] {
  return cols.map((c) => (c === "seq" ? String(r.seq) : c === "task" ? r.task : r[c]));
}

/** A long unit name cut in two where a narrow cell wraps it (`区城市建设投资` + `集团有限公司`). */
function wrapName(name: string, wrap: boolean): string[] {
  if (!wrap || [...name].length < 10) return [name];
  const chars = [...name];
  const cut = Math.ceil(chars.length / 2);
  return [chars.slice(0, cut).join(""), chars.slice(cut).join("")];
}

/** The task cut after its first clause (`…工程，` + `新增…`), as a narrow cell wraps it; one line when it has no clause. */
function wrapTask(task: string): string[] {
  const k = task.indexOf("，");
  return k > 0 && k < task.length - 1 ? [task.slice(0, k + 1), task.slice(k + 1)] : [task];
}

/**
 * Tables flattened one cell per line (web pages, copied tables): with or without ` |`, blank lines
 * between cells or not (one or two), a cell's names on one line or one per line, long names and
 * tasks wrapped, people columns before the task, after the units or between them; an empty cell
 * is an empty line (plus the separator).
 */
export const flatCells: Family<TableOpts & { pipes: boolean; blank: boolean; blankRun: 1 | 2; namesPerLine: boolean; wrap: boolean; wrapTask: boolean; mixed: boolean }> = {
  name: "flattened cells",
  caps: TABLE_CAPS,
  options: fc
    .tuple(tableOptsArb, fc.boolean(), fc.boolean(), pick([1, 1, 2] as const), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), frameArb)
    .map(([t, pipes, blank, blankRun, namesPerLine, wrap, wrapTaskCell, mixed, f]) => ({ ...t, pipes, blank, blankRun, namesPerLine, wrap, wrapTask: wrapTaskCell, mixed, ...f })),
  render(n, o) {
    const cols = columnsOf(n, o, o.mixed);
    const out: string[] = [];
    const cell = (lines: string[]) => {
      const ls = lines.length ? lines : [""];
      ls.forEach((l, i) => out.push(i === ls.length - 1 && o.pipes ? `${l} |` : l));
      if (o.blank) for (let k = 0; k < o.blankRun; k++) out.push("");
    };
    cols.forEach((c) => cell([headerText(c, o, n.level)]));
    let prev: string[] = [];
    for (const r of n.records) {
      for (const h of headingChanges(prev, r.section)) cell([h.text]);
      prev = r.section;
      cellsOf(r, cols).forEach((v, i) => cell(typeof v === "string" ? (cols[i] === "task" && o.wrapTask ? wrapTask(v) : [v]) : o.namesPerLine ? v.flatMap((x) => wrapName(x, o.wrap)) : v.length ? [v.join("、")] : []));
    }
    return frame(n, o, `2024年${n.level}政府工作报告重点任务责任分解表`, out);
  },
};

/** Tab-separated (a spreadsheet saved as text): names joined in the cell, heading rows in the first or second cell. */
export const tsvTable: Family<TableOpts & { join: "、" | "，" | " "; headingCell: 0 | 1 }> = {
  name: "tsv",
  caps: TABLE_CAPS,
  options: fc.tuple(tableOptsArb, pick(["、", "，", " "] as const), pick([0, 1] as const), frameArb).map(([t, join, headingCell, f]) => ({ ...t, join, headingCell, ...f })),
  render(n, o) {
    const cols = columnsOf(n, o);
    const rows: string[] = [cols.map((c) => headerText(c, o, n.level)).join("\t")];
    let prev: string[] = [];
    for (const r of n.records) {
      for (const h of headingChanges(prev, r.section)) rows.push(cols.map((_, i) => (i === o.headingCell ? h.text : "")).join("\t"));
      prev = r.section;
      rows.push(cellsOf(r, cols).map((v) => (typeof v === "string" ? v : v.join(o.join))).join("\t"));
    }
    return frame(n, o, `2024年${n.level}政府工作报告重点任务责任分解表`, rows);
  },
};

/** Markdown pipe table (pandoc, a web page converted): names joined by `<br>` or 、, heading rows bold or plain. */
export const markdownTable: Family<TableOpts & { br: boolean; boldHeadings: boolean }> = {
  name: "markdown",
  caps: TABLE_CAPS,
  options: fc.tuple(tableOptsArb, fc.boolean(), fc.boolean(), frameArb).map(([t, br, boldHeadings, f]) => ({ ...t, br, boldHeadings, ...f })),
  render(n, o) {
    const cols = columnsOf(n, o);
    const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
    const rows = [line(cols.map((c) => headerText(c, o, n.level))), line(cols.map(() => "---"))];
    let prev: string[] = [];
    for (const r of n.records) {
      for (const h of headingChanges(prev, r.section)) rows.push(line(cols.map((_, i) => (i === 0 ? (o.boldHeadings ? `**${h.text}**` : h.text) : ""))));
      prev = r.section;
      rows.push(line(cellsOf(r, cols).map((v) => (typeof v === "string" ? v : v.join(o.br ? "<br>" : "、")))));
    }
    return frame(n, o, `2024年${n.level}政府工作报告重点任务责任分解表`, rows);
  },
};

/** Display width: CJK and full-width forms count two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}
const padTo = (s: string, w: number) => s + " ".repeat(Math.max(0, w - width(s)));

/**
 * Space-aligned text (`pdftotext -layout` of a table, a fixed-width export): every row's cells
 * side by side, the task wrapped at `taskWidth` characters, names one per line, columns at
 * least two spaces apart; a two-character person name may be padded with a space (`王 伟`).
 */
export const alignedTable: Family<TableOpts & { taskWidth: number; padNames: boolean; wrap: boolean }> = {
  name: "aligned",
  today: (n) => n.depth <= 2,
  todayNote: "headings at most two levels deep",
  caps: TABLE_CAPS,
  options: fc.tuple(tableOptsArb, fc.integer({ min: 10, max: 30 }), fc.boolean(), fc.boolean(), frameArb).map(([t, taskWidth, padNames, wrap, f]) => ({ ...t, taskWidth, padNames, wrap, ...f })),
  render(n, o) {
    const cols = columnsOf(n, o);
    const person = (p: string) => (o.padNames && [...p].length === 2 ? `${p[0]} ${p[1]}` : p);
    const cellLines = (c: Column, v: string | string[]): string[] => {
      if (typeof v === "string") {
        if (c !== "task") return [v];
        const chars = [...v];
        const ls: string[] = [];
        for (let i = 0; i < chars.length; i += o.taskWidth) ls.push(chars.slice(i, i + o.taskWidth).join(""));
        return ls;
      }
      return c === "leaders" || c === "supervisors" ? v.map(person) : v.flatMap((x) => wrapName(x, o.wrap));
    };
    const table: string[][][] = [cols.map((c) => [headerText(c, o, n.level)])];
    const headingAt: Map<number, string[]> = new Map();
    let prev: string[] = [];
    for (const r of n.records) {
      const hs = headingChanges(prev, r.section).map((h) => h.text);
      if (hs.length) headingAt.set(table.length, hs);
      prev = r.section;
      table.push(cellsOf(r, cols).map((v, i) => cellLines(cols[i]!, v)));
    }
    const widths = cols.map((_, i) => Math.max(...table.map((row) => Math.max(0, ...row[i]!.map(width)))));
    const out: string[] = [];
    table.forEach((row, ri) => {
      for (const h of headingAt.get(ri) ?? []) out.push(h);
      const height = Math.max(...row.map((c) => c.length));
      for (let k = 0; k < height; k++) out.push(row.map((c, i) => padTo(c[k] ?? "", widths[i]!)).join("   ").trimEnd());
    });
    return frame(n, o, `2024年${n.level}政府工作报告重点任务责任分解表`, out);
  },
};

export const FAMILIES = [labelLines, roleVerbs, bracketLabels, flatCells, tsvTable, markdownTable, alignedTable] as const;
