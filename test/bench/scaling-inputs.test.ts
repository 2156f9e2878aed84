// The scaling bench's inputs (bench/scaling-inputs.mjs) are notices fenjie reads exactly: the
// bench times them, so each form must give back the rows it was generated from. No timing here.
import { describe, expect, it } from "vitest";
import { parse, parseText, type Task } from "../../src/index.js";
// @ts-expect-error — a plain .mjs module of the bench, without types
import { TEXT_FORMS, longRow, rowsOf, ruledPdf } from "../../bench/scaling-inputs.mjs";

interface Row {
  seq: number;
  heading: string | null;
  task: string;
  lead: string[];
  units: string[];
  people: string[];
}

const ROWS = 60;
const expected = (rows: Row[]) => {
  let section: string[] = [];
  return rows.map((r) => {
    if (r.heading) section = [r.heading];
    return { seq: r.seq, section, task: r.task, leadUnits: r.lead, units: r.units, supervisors: r.people };
  });
};
const got = (tasks: Task[]) => tasks.map((t) => ({ seq: t.seq, section: t.section, task: t.task, leadUnits: t.leadUnits, units: t.units, supervisors: t.supervisors }));

describe("scaling bench inputs", () => {
  it("are deterministic", () => {
    expect(TEXT_FORMS.tsv(40)).toBe(TEXT_FORMS.tsv(40));
    expect(Buffer.compare(ruledPdf(2).bytes, ruledPdf(2).bytes)).toBe(0);
    // a different seed gives other rows (the generator is not constant)
    expect(rowsOf(20, 7).map((r: Row) => r.task)).not.toEqual(rowsOf(20).map((r: Row) => r.task));
  });

  for (const form of ["tsv", "flat", "list"]) {
    it(`text form ${form}: every generated row read back`, async () => {
      const result = await parseText(TEXT_FORMS[form](ROWS));
      expect(got(result.tasks)).toEqual(expected(rowsOf(ROWS)));
      expect(result.diagnostics.filter((d) => d.level !== "info")).toEqual([]);
    });
  }

  // Columns aligned by spaces (pdftotext -layout) wrap the task every 16 characters, sometimes
  // inside a number ("9" | "5%") or after one ("8%" | "左右"): a number cut by the wrap of a full
  // Chinese line is one number, and the column padding after "8%" is no spacing of the text, so
  // both join without a space (joinLines, learnSpacing).
  const spaceless = (rows: ReturnType<typeof got>) => rows.map((r) => ({ ...r, task: r.task.replace(/\s+/g, "") }));
  it("text form aligned: every generated row read back (spaces in the task aside)", async () => {
    const result = await parseText(TEXT_FORMS.aligned(ROWS));
    expect(spaceless(got(result.tasks))).toEqual(spaceless(expected(rowsOf(ROWS))));
    expect(result.diagnostics.filter((d) => d.level !== "info")).toEqual([]);
  });
  it("text form aligned: a number wrapped across lines is joined without a space", async () => {
    const result = await parseText(TEXT_FORMS.aligned(ROWS));
    expect(got(result.tasks)).toEqual(expected(rowsOf(ROWS)));
  });

  it("ruled PDF: every generated row read back, the header repeated on each page", async () => {
    const { bytes, rows } = ruledPdf(3);
    const result = await parse(new Uint8Array(bytes));
    expect(rows).toBeGreaterThan(30);
    // the PDF's rows are the first `rows` of a longer generated list (its headings every 3 × 40 ÷ 20 rows)
    expect(got(result.tasks)).toEqual(expected(rowsOf(3 * 40)).slice(0, rows));
    expect(new Set(result.tasks.map((t) => t.source.page))).toEqual(new Set([1, 2, 3]));
  });

  it("one task over many lines is joined whole", async () => {
    const result = await parseText(longRow(300));
    expect(result.tasks.map((t) => t.seq)).toEqual([1, 2]);
    expect(result.tasks[0]!.task).toBe("推进老旧小区改造，" + Array.from({ length: 300 }, (_, i) => `同步实施第${i + 1}批城市道路提升工程，确保年底前投入使用；`).join(""));
    expect(result.tasks[0]!.leadUnits).toEqual(["区发改局"]);
  });
});
