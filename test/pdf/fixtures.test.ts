// The PDF fixtures parsed now and checked against their sources: seed tables printed to PDF
// must give the text path's checked records (all but `source`), and the 000-style table the
// rows typed from seed 000's dump.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Result, Task } from "../../src/model/schema.js";
import { readDocument } from "../../src/read/index.js";
import { latticeGrid } from "../../src/layouts/lattice.js";
import { expectedOf, parseGolden } from "../helpers/goldens.js";

const golden = expectedOf;
// where a record was found, and its id (which carries the input's hash), differ between two inputs of one table
/**
 * A record apart from where it is. A join the lexicon decided alone is a doubt only where the text
 * wrote the two pieces apart (seed 002's tab-separated 相关项目指挥部 责任单位); the PDF's cell
 * geometry decides it there, so that one review reason is the text's alone.
 */
/**
 * A people/unit count mismatch is a doubt only where the cells were inferred (an unruled PDF's
 * geometry: a name may have strayed across a row), a note where the document delimited them (the
 * text's tabs, a ruled PDF's cells): compared on its own below, by code and row.
 */
/**
 * An empty people cell is a doubt only in an unruled PDF (no rule shows where a merged cell ends; its name is printed
 * once, mid-span): compared on its own below.
 */
const CELL_DOUBTS = new Set(["NAME_JOINED_BY_LEXICON", "LEADER_COUNT_MISMATCH", "FIELD_EMPTY_MAYBE_MERGED"]);
const withoutSource = ({ source: _s, id: _i, ...rest }: Task) => ({ ...rest, review: rest.review.filter((r) => !CELL_DOUBTS.has(r.code)) });
const withoutId = ({ id: _i, ...rest }: Task) => rest;
const diag = (r: Result) => r.diagnostics.filter((d) => d.code !== "FIELD_EMPTY_MAYBE_MERGED").map((d) => (d.code === "LEADER_COUNT_MISMATCH" ? `${d.code} ${d.seq ?? ""}` : `${d.code} ${d.seq ?? ""} ${d.message}`));
/** rows flagged FIELD_EMPTY_MAYBE_MERGED, each with the empty field other rows fill */
const maybeMerged = (r: Result) => r.tasks.filter((t) => t.review.some((x) => x.code === "FIELD_EMPTY_MAYBE_MERGED")).map((t) => t.seq);
const emptyAmidFilled = (r: Result) =>
  r.tasks.filter((t) => (["leaders", "supervisors"] as const).some((f) => t[f].length === 0 && r.tasks.some((o) => o[f].length > 0))).map((t) => t.seq);
const mismatchDoubts = (r: Result) => r.tasks.filter((t) => t.review.some((x) => x.code === "LEADER_COUNT_MISMATCH")).map((t) => t.seq);
const mismatches = (r: Result) => r.diagnostics.filter((d) => d.code === "LEADER_COUNT_MISMATCH").map((d) => d.seq);

describe.each([
  ["pdf-seed002-ruled", "002", false],
  ["pdf-seed003-merged", "003", false],
  ["pdf-seed003-unruled", "003", true],
  ["pdf-seed003-landscape", "003", false],
  ["pdf-seed003-rotated", "003", false],
])("%s gives the records of seed %s's text", (pdf, text, inferred) => {
  const b = golden(text);
  it("same records, same order", async () => {
    const a = await parseGolden(pdf);
    expect(a.tasks.map(withoutSource)).toEqual(b.tasks.map(withoutSource));
    // the count mismatches the text notes are doubts in the unruled PDF only
    expect(mismatchDoubts(a)).toEqual(inferred ? mismatches(b) : []);
    expect(mismatchDoubts(b)).toEqual([]);
    // an empty people cell amid filled ones is a doubt in the unruled PDF, and nowhere else
    if (inferred) expect(maybeMerged(a).length).toBeGreaterThan(0);
    else expect(maybeMerged(a)).toEqual([]);
    expect(maybeMerged(a).filter((seq) => !emptyAmidFilled(a).includes(seq))).toEqual([]);
    expect(maybeMerged(b)).toEqual([]);
  });
  it("same tables (but the layout), notice and diagnostics", async () => {
    const a = await parseGolden(pdf);
    expect(a.tables.map(({ layout: _l, ...t }) => t)).toEqual(b.tables.map(({ layout: _l, ...t }) => t));
    expect(a.notice).toEqual(b.notice);
    expect(diag(a)).toEqual(diag(b));
  });
  it("every record says where it is: page and box in points", async () => {
    const a = await parseGolden(pdf);
    for (const t of a.tasks) {
      expect(t.source.page).toBeGreaterThanOrEqual(1);
      const [x0, top, x1, bottom] = t.source.bbox!;
      expect(x0 < x1 && top < bottom).toBe(true);
    }
  });
});

interface Typed {
  rows: Array<{ seq: number; section: string[]; task: string; units: string[]; leaders: string[]; supervisors: string[] }>;
}
const typed = JSON.parse(readFileSync("fixtures/pdf/data/jinjiang-style.json", "utf8")) as Typed;

// A line break between CJK and a number (`机构 5` | `家以上`) cannot tell whether a space stood
// there; such spaces are compared loosely (docs/pdf.md, fixtures/pdf/REVIEW.md).
const looseSpaces = (s: string) => s.replace(/\s+(?=[\p{Script=Han}\d])|(?<=[\p{Script=Han}\d%])\s+/gu, "");

describe.each(["pdf-jinjiang-style", "pdf-jinjiang-unruled", "pdf-jinjiang-spaced", "pdf-mixed-scan"])("%s: seed 000's shape, rows typed from its dump", (name) => {
  it("gives the typed rows: two-level 项目 section, one unit and one person per line", async () => {
    const r = await parseGolden(name);
    const pick = (t: Typed["rows"][number]) => ({ ...t, task: looseSpaces(t.task) });
    expect(r.tasks.map((t) => pick({ seq: t.seq, section: t.section, task: t.task, units: t.units, leaders: t.leaders, supervisors: t.supervisors }))).toEqual(typed.rows.map(pick));
    expect(r.tables[0]!.headers.map((h) => h.field)).toEqual(["seq", "section", "section", "task", "units", "leaders", "supervisors"]);
    expect(r.tasks.every((t) => t.inherited.length === 0 && t.leadUnits.length === 0 && t.coUnits.length === 0)).toBe(true);
  });
});

describe("pdf-mixed-scan", () => {
  it("warns about the scanned page, by number", async () => {
    expect((await parseGolden("pdf-mixed-scan")).diagnostics.filter((d) => d.code === "PDF_PAGE_NO_TEXT")).toEqual([
      { level: "warning", code: "PDF_PAGE_NO_TEXT", message: "第 3 页是扫描图像，没有文字层，其内容未被读取。请对该页进行 OCR 后核对。", page: 3 },
    ]);
  });
});

describe("pdf-two-tables", () => {
  it("two tables with their titles, each the rows of its source", async () => {
    const r = await parseGolden("pdf-two-tables");
    expect(r.tables.map((t) => [t.title, t.firstSeq, t.lastSeq, t.rowCount])).toEqual([
      ["附件1：重点工作任务责任分解表", 14, 24, 11],
      ["附件2：主要指标任务责任分解表", 1, 12, 12],
    ]);
    const first = golden("003").tasks.filter((t) => t.seq <= 24).map(withoutSource);
    const second = golden("002").tasks.filter((t) => t.seq <= 12).map((t) => ({ ...withoutSource(t), table: 1 }));
    expect(r.tasks.map(withoutSource)).toEqual([...first, ...second]);
  });
});

describe("pdf-seed002-unruled", () => {
  it("an unruled table with section heading rows: seed 002's rows 1–45", async () => {
    const r = await parseGolden("pdf-seed002-unruled");
    expect(r.tables.map((t) => t.layout)).toEqual(["stream"]);
    expect(r.tasks.map(withoutSource)).toEqual(golden("002").tasks.filter((t) => t.seq <= 45).map(withoutSource));
  });
});

describe("pdf-rows-across-pages", () => {
  it("rows cut by page breaks come back whole (task spacing aside)", async () => {
    const r = await parseGolden("pdf-rows-across-pages");
    const squeeze = (t: Task) => ({ ...withoutSource(t), task: t.task.replace(/\s+/g, "") });
    expect(r.tasks.map(squeeze)).toEqual(golden("002").tasks.filter((t) => t.seq <= 30).map(squeeze));
  });
  it("the fixture does cut rows: several pages start with the rest of a row", async () => {
    const file = "fixtures/pdf/rows-across-pages.pdf";
    const rows = latticeGrid(await readDocument(new Uint8Array(readFileSync(file)), file));
    const firstBodyRow = new Map<number, string[]>();
    for (const row of rows) {
      const texts = row.cells.map((c) => c.lines.map((l) => l.text).join(""));
      if (row.page && !firstBodyRow.has(row.page) && row.cells.length > 1 && !texts.includes("序号")) firstBodyRow.set(row.page, texts);
    }
    const cut = [...firstBodyRow.values()].filter((texts) => texts[0] === "" && texts.slice(1).some(Boolean));
    expect(cut.length).toBeGreaterThanOrEqual(3);
  });
});

describe("pdf-two-row-header", () => {
  it("sub-headers under a merged parent name their columns", async () => {
    const r = await parseGolden("pdf-two-row-header");
    expect(r.tables[0]!.headers).toEqual([
      { text: "序号", field: "seq" },
      { text: "具体任务", field: "task" },
      { text: "牵头单位", field: "leadUnits" },
      { text: "责任单位", field: "units" },
      { text: "分管领导", field: "supervisors" },
    ]);
    expect(r.tasks.map(withoutSource)).toEqual(golden("002").tasks.filter((t) => t.seq <= 12).map(withoutSource));
  });
});

describe("pdf-sideways", () => {
  it("a table printed sideways without /Rotate reads like the upright one, boxes included", async () => {
    expect((await parseGolden("pdf-sideways")).tasks.map(withoutId)).toEqual((await parseGolden("pdf-two-tables")).tasks.map(withoutId));
  });
});

describe("pdf-two-tables-centred", () => {
  it("centred cell text gives the same records as left-aligned", async () => {
    expect((await parseGolden("pdf-two-tables-centred")).tasks.map(withoutSource)).toEqual((await parseGolden("pdf-two-tables")).tasks.map(withoutSource));
  });
});

describe("pdf-predefined-cmap", () => {
  it("a non-embedded font with the UniGB-UCS2-H CMap, one glyph per operator in reverse order, rules as filled bars", async () => {
    const r = await parseGolden("pdf-predefined-cmap");
    expect(r.tables.map((t) => [t.title, t.layout, t.headers.map((h) => h.field)])).toEqual([
      ["附件：重点工作责任分解表", "lattice", ["seq", "task", "units", "supervisors"]],
    ]);
    expect(r.tasks.map((t) => [t.seq, t.task, t.units, t.supervisors, t.source])).toEqual([
      [1, "推进科技创新平台建设新增研发机构5家", ["科技局", "工信局"], ["张三"], { line: 3, page: 1, bbox: [60, 116, 476, 150] }],
      [2, "完善城市道路网络", ["住建局"], ["李四"], { line: 5, page: 1, bbox: [60, 150, 476, 184] }],
      [3, "提升公共文化服务", ["文体旅游局"], ["王五"], { line: 6, page: 1, bbox: [60, 184, 476, 218] }],
    ]);
  });
});
