/**
 * Vertical merges: a row whose responsibility cells are all blank shares the
 * cells of the row above (the original table merged them). Fill them down
 * and name the filled fields in `inherited`. A cell that says so in words
 * (`同上`) is filled from the row above too. Tasks written as paragraphs (`dittoOnly` tables) have no merged
 * cells: a blank there is no merge, but a label that says `同上` still names the task above's units.
 */
import { RESPONSIBILITY_FIELDS, type Diagnostic, type Task, type TableInfo } from "../model/schema.js";
import { DITTO } from "./lexicon.js";

export function fillDown(tasks: Task[], tables: ReadonlyArray<Pick<TableInfo, "index" | "headers">>, dittoOnly: ReadonlySet<number> = new Set()): Task[] {
  const out: Task[] = [];
  let prev: Task | null = null;
  for (const t of tasks) {
    const table = tables.find((x) => x.index === t.table);
    const present = new Set(table?.headers.map((h) => h.field) ?? []);
    const columns = RESPONSIBILITY_FIELDS.filter((f) => present.has(f));
    const blank = columns.length > 0 && columns.every((f) => t[f].length === 0);
    if (blank && prev && prev.table === t.table && !dittoOnly.has(t.table)) {
      const filled = { ...t, inherited: [] as Task["inherited"] };
      for (const f of columns) {
        if (prev[f].length) {
          filled[f] = [...prev[f]];
          filled.inherited.push(f);
        }
      }
      out.push(filled);
      prev = filled;
      continue;
    }
    const ditto = prev && prev.table === t.table ? columns.filter((f) => t[f].length === 1 && DITTO.test(t[f][0]!) && prev![f].length) : [];
    if (ditto.length) {
      const filled = { ...t, inherited: [...t.inherited] };
      for (const f of ditto) {
        filled[f] = [...prev![f]];
        if (!filled.inherited.includes(f)) filled.inherited.push(f);
      }
      out.push(filled);
      prev = filled;
      continue;
    }
    out.push(t);
    prev = t;
  }
  return out;
}

/**
 * The rows (by index) whose cell is empty in a run from their page's first row down (a page after the table's
 * first): what a merged cell cut by the page break would leave empty, so not counted in the column's share.
 */
function pageTopEmpties(rows: readonly Task[], f: (typeof RESPONSIBILITY_FIELDS)[number]): Set<number> {
  const out = new Set<number>();
  let run = false;
  rows.forEach((t, i) => {
    if (i > 0 && t.source?.page !== undefined && t.source.page !== rows[i - 1]!.source?.page) run = true;
    if (t[f].length) run = false;
    else if (run) out.add(i);
  });
  return out;
}

/** a column filled in at least this share of a table's rows: an empty cell at a page's top is no empty cell */
export const ACROSS_PAGE_FILLED_SHARE = 0.9;

/**
 * A cell merged over rows that a page break cuts prints its text on one page only (Word, LibreOffice): the
 * first row of the next page shows an empty cell. A page's first row whose cell is empty, in a column its
 * table fills in nearly every row (`ACROSS_PAGE_FILLED_SHARE`), under a row on the page before that fills it:
 * when that row's cell is itself merged down (filled down into it, or the same as the row before), the cut merge
 * goes on and the row takes its names, with a warning; otherwise the empty cell is only flagged (it may be one).
 * Only for records that know their page (PDFs).
 */
export function fillAcrossPages(
  tasks: readonly Task[],
  tables: ReadonlyArray<Pick<TableInfo, "index" | "headers">>,
  /** tables whose rows were rebuilt from where text sits (an unruled PDF): only a cell known merged down goes on */
  geometric: ReadonlySet<number> = new Set(),
): { tasks: Task[]; diagnostics: Diagnostic[] } {
  type Field = (typeof RESPONSIBILITY_FIELDS)[number];
  const out: Task[] = [];
  const diagnostics: Diagnostic[] = [];
  const share = new Map<string, number>();
  for (const table of tables) {
    const rows = tasks.filter((t) => t.table === table.index);
    for (const f of RESPONSIBILITY_FIELDS) {
      // (the empty cells at a page's top, down to the first filled one, are what is in question: not counted)
      const skipped = pageTopEmpties(rows, f);
      const counted = rows.filter((_, i) => !skipped.has(i));
      if (counted.length) share.set(`${table.index}|${f}`, counted.filter((t) => t[f].length > 0).length / counted.length);
    }
  }
  // the cut merge of a page's first row (filled, or only doubted) with the names of the row before the break; it
  // goes on down the rows below whose cell is empty too (the merged cell spans them as well)
  let carry: { table: number; page: number; top: number; filled: Map<Field, string[]>; doubted: Map<Field, string[]> } | null = null;
  let prev: Task | null = null;
  let above: Task | null = null;
  for (const t of tasks) {
    const page = t.source?.page;
    const before = prev?.source?.page;
    const table = tables.find((x) => x.index === t.table);
    const label = (f: Field) => table?.headers.find((h) => h.field === f)?.text ?? f;
    const first = prev !== null && prev.table === t.table && page !== undefined && before !== undefined && page > before;
    if (first) {
      const present = new Set(table?.headers.map((h) => h.field) ?? []);
      const fields = RESPONSIBILITY_FIELDS.filter((f) => present.has(f) && !t[f].length && prev![f].length && (share.get(`${t.table}|${f}`) ?? 0) >= ACROSS_PAGE_FILLED_SHARE);
      // the cell above is merged down to the page's foot (filled down into it, or the same as the row before it): the
      // cut merge goes on here; else the empty cell may be one, and is only flagged
      // (in a table rebuilt from positions, two rows printing the same names are two cells, and an empty cell is
      // flagged by validation already: only a cell the rules showed merged down goes on)
      const loose = geometric.has(t.table);
      const merged = (f: Field) => prev!.inherited.includes(f) || (!loose && above !== null && above.table === t.table && above[f].join("|") === prev![f].join("|"));
      const names = (fs: readonly Field[]) => new Map<Field, string[]>(fs.map((f) => [f, [...prev![f]]]));
      carry = { table: t.table, page, top: t.seq, filled: names(fields.filter(merged)), doubted: names(loose ? [] : fields.filter((f) => !merged(f))) };
    } else if (carry && (carry.table !== t.table || carry.page !== page)) carry = null;
    let cur = t;
    if (carry) {
      // a row below the page's first: the same merge or doubt, for the cells it leaves empty as well
      for (const m of [carry.filled, carry.doubted]) for (const f of [...m.keys()]) if (t[f].length) m.delete(f);
      const where = first ? `第 ${t.seq} 项是第 ${page} 页的第一行，` : `第 ${t.seq} 项与本页第一行（第 ${carry.top} 项）一样，`;
      const shown = (m: Map<Field, string[]>) => [...m.values()].map((v) => v.join("、")).join("；");
      const doubted = [...carry.doubted.keys()];
      const filled = [...carry.filled.keys()];
      if (doubted.length) {
        diagnostics.push({
          level: "warning",
          code: "FIELD_EMPTY_MAYBE_MERGED",
          message: `${where}“${doubted.map(label).join("”“")}”为空，而本表几乎每行都填了此栏：若上一页末行（“${shown(carry.doubted)}”）是跨页的合并单元格，这一项也应是它。请核对原文。`,
          table: t.table,
          seq: t.seq,
          page,
        });
      }
      if (filled.length) {
        cur = { ...t };
        for (const f of filled) cur[f] = [...carry.filled.get(f)!];
        diagnostics.push({
          level: "warning",
          code: "MERGED_CELL_ACROSS_PAGE",
          message: `${where}“${filled.map(label).join("”“")}”为空，而本表几乎每行都填了此栏：跨页的合并单元格只在上一页印出，已按上一页末行填入“${shown(carry.filled)}”。原表若此格确为空，请删去。`,
          table: t.table,
          seq: t.seq,
          page,
        });
      }
      if (!filled.length && !doubted.length) carry = null;
    }
    out.push(cur);
    above = prev;
    prev = cur;
  }
  return { tasks: out, diagnostics };
}

/** a people column must leave at least this share of its table's rows empty before its empty cells are read as merged */
const MERGED_PEOPLE_MIN_EMPTY = 0.25;
/** ... and print names in at least this many rows, of a table of at least this many */
const MERGED_PEOPLE_MIN_FILLED = 2;
const MERGED_PEOPLE_MIN_ROWS = 5;
/** ... and leave at least this many cells empty for each name it prints on two rows running */
const MERGED_PEOPLE_EMPTY_PER_REPEAT = 3;

/**
 * Text that lost a table's cells (one cell per line, copied out of a PDF or a web page) prints a people
 * column merged over several tasks (分管领导 for a leader's tasks) once, in its first row: the rows below
 * show nothing there. A column is read so when it leaves many rows empty and seldom prints the same names
 * on two rows running (a column filled row by row repeats its leader from task to task; a merged column may
 * print one name twice where two cells of one leader stand side by side): at most once per
 * MERGED_PEOPLE_EMPTY_PER_REPEAT empty cells. Each empty cell
 * then takes the names of the nearest row above in the same section (a heading row spans the table, so
 * no merged cell crosses it), and says so: the text cannot tell a merged cell from an empty one.
 */
export function fillMergedPeople(
  tasks: readonly Task[],
  tables: ReadonlyArray<Pick<TableInfo, "index" | "headers">>,
): { tasks: Task[]; diagnostics: Diagnostic[] } {
  type Field = (typeof RESPONSIBILITY_FIELDS)[number];
  const people: readonly Field[] = ["leaders", "supervisors"];
  const out = [...tasks];
  const diagnostics: Diagnostic[] = [];
  const sameSection = (a: Task, b: Task) => a.section.join("\u0000") === b.section.join("\u0000");
  for (const table of tables) {
    const idx = out.flatMap((t, i) => (t.table === table.index ? [i] : []));
    const present = new Set(table.headers.map((h) => h.field));
    for (const f of people) {
      if (!present.has(f)) continue;
      const rows = idx.map((i) => out[i]!);
      const filled = rows.filter((t) => t[f].length > 0).length;
      if (rows.length < MERGED_PEOPLE_MIN_ROWS || filled < MERGED_PEOPLE_MIN_FILLED || rows.length - filled < rows.length * MERGED_PEOPLE_MIN_EMPTY) continue;
      // (names filled down into a row whose cells were all blank are the merge itself, not a second print)
      const printed = (t: Task) => t[f].length > 0 && !t.inherited.includes(f);
      // (one name printed on two rows running among many empty cells is two cells side by side in a merged column:
      // a column filled row by row repeats its leaders far more often than it leaves a cell empty)
      const repeats = rows.filter((t, i) => i > 0 && printed(t) && printed(rows[i - 1]!) && sameSection(t, rows[i - 1]!) && t[f].join("|") === rows[i - 1]![f].join("|")).length;
      if (repeats * MERGED_PEOPLE_EMPTY_PER_REPEAT > rows.length - filled) continue;
      const label = table.headers.find((h) => h.field === f)?.text ?? f;
      let source: Task | null = null;
      for (const i of idx) {
        const t = out[i]!;
        if (source && !sameSection(source, t)) source = null;
        if (t[f].length) {
          source = t;
          continue;
        }
        if (!source || t.inherited.includes(f)) continue;
        // (a row whose cells were all blank was filled down whole: this field is inherited too)
        out[i] = { ...t, [f]: [...source[f]], ...(t.inherited.length ? { inherited: RESPONSIBILITY_FIELDS.filter((g) => g === f || t.inherited.includes(g)) } : {}) };
        diagnostics.push({
          level: "warning",
          code: "MERGED_CELL_GUESSED",
          message: `第 ${t.seq} 项的“${label}”没有印出，而本表此栏常空、且从不连续两行印同一人：像是与上面的第 ${source.seq} 项合并的单元格，已填入“${source[f].join("、")}”。文本里看不出合并与空格之别，请核对原文；原表若此格确为空，请删去。`,
          table: t.table,
          seq: t.seq,
          ...(t.source?.line !== undefined ? { line: t.source.line } : {}),
        });
      }
    }
  }
  return { tasks: out, diagnostics };
}
