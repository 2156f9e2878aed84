// The real-like fixtures (fixtures/real-like/): each input has a hand-written truth beside it
// (same shape as ../shared/real, written from the intended records, not from the output). Every
// truth row must come back field for field, and the rows named in the truth's `review` must carry
// exactly those review codes while every other truth row carries none. This checks the goldens'
// content independently of the code that wrote them.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import type { Task } from "../../src/model/schema.js";
import type { GenRecord } from "../generator/records.js";

/** A truth row: the scorer's record shape, the same as the generator's records. */
type TruthRow = GenRecord;
interface TruthTable {
  rows: TruthRow[];
}
interface Truth extends Partial<TruthTable> {
  notice: { docNumber: string | null; date: string | null; year: number | null };
  tables?: TruthTable[];
  /** review codes by seq (`"3"`), or by table and seq (`"table 2, 3"`) */
  review: Record<string, string[]>;
}

const DIR = "fixtures/real-like";
const squeeze = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");
const FIELDS = ["leadUnits", "units", "coUnits", "leaders", "supervisors"] as const;

const view = (t: TruthRow | Task) => ({
  seq: t.seq,
  section: squeeze(t.section.join("")),
  task: squeeze(t.task),
  ...Object.fromEntries(FIELDS.map((f) => [f, t[f].map(squeeze)])),
});

describe.each(readdirSync(DIR).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, "")))("real-like %s", (name) => {
  const truth = JSON.parse(readFileSync(`${DIR}/${name}.json`, "utf8")) as Truth;
  const tables = truth.tables ?? [{ rows: truth.rows! }];

  it("gives every truth row back, with the notice's 文号, date and year", async () => {
    const r = await parse(`${DIR}/${name}.txt`);
    tables.forEach((t, i) => {
      const got = r.tasks.filter((x) => x.table === i);
      for (const want of t.rows) expect(view(got.find((x) => x.seq === want.seq)!), `table ${i + 1} seq ${want.seq}`).toEqual(view(want));
    });
    expect({ docNumber: r.notice.docNumber, date: r.notice.date, year: r.notice.year }).toEqual({ docNumber: truth.notice.docNumber, date: truth.notice.date, year: truth.notice.year });
  });

  it("flags exactly the rows the truth names", async () => {
    const r = await parse(`${DIR}/${name}.txt`);
    const key = (t: Task) => (tables.length > 1 ? `table ${t.table + 1}, ${t.seq}` : String(t.seq));
    const flagged = Object.fromEntries(r.tasks.filter((t) => t.review.length).map((t) => [key(t), t.review.map((x) => x.code)]));
    expect(flagged).toEqual(truth.review);
  });
});
