// A PDF whose cross-reference table is broken (issue 18): both engines rebuild it by scanning
// the file. fenjie checks the table itself and says so (PDF_XREF_REPAIRED); the damaged
// file must give the undamaged file's records, flagged, or fail as PDF_DAMAGED — never lose
// text quietly. The damaged files are made from fixtures by scripts/damage-xref.mjs.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FenjieError } from "../../src/errors.js";
import { parse } from "../../src/parse.js";
import { checkXref } from "../../src/read/pdf-xref.js";
import type { Result } from "../../src/model/schema.js";
// @ts-expect-error a plain .mjs script without type declarations
import { DAMAGES, damage } from "../../scripts/damage-xref.mjs";

const KINDS = Object.keys(DAMAGES as Record<string, unknown>);
const bytesOf = (name: string) => new Uint8Array(readFileSync(`fixtures/pdf/${name}`));

describe("checkXref", () => {
  it("finds nothing wrong in any intact fixture (classic tables, xref streams, incremental updates)", () => {
    const intact = readdirSync("fixtures/pdf").filter((f) => f.endsWith(".pdf") && f !== "damaged.pdf");
    expect(intact.length).toBeGreaterThan(20);
    for (const f of intact) expect(checkXref(bytesOf(f)), f).toBeNull();
  });
  it("says what is wrong with each kind of damage", () => {
    const two = bytesOf("two-tables.pdf");
    expect(checkXref(damage(two, "offsets-scrambled"))).toMatch(/^\d+ 个对象的位置与表中不符/);
    expect(checkXref(damage(two, "offsets-shifted"))).toMatch(/个对象的位置与表中不符/);
    expect(checkXref(damage(two, "startxref-wrong"))).toMatch(/^startxref 指向的位置（\d+）不是交叉引用表$/);
    expect(checkXref(damage(two, "table-blanked"))).toMatch(/不是交叉引用表/);
    expect(checkXref(bytesOf("damaged.pdf"))).toBe("文件末尾没有 startxref，文件可能不完整");
  });
});

describe.each(["pdfium", "pdfjs"] as const)("damaged cross-reference tables read with %s", (engine) => {
  // a classic table (WPS) and a cross-reference stream (Chromium)
  describe.each(["two-tables.pdf", "browser-seed002.pdf"])("%s", (name) => {
    let intact: Promise<Result> | null = null;
    const original = () => (intact ??= parse(bytesOf(name), { engine, fileName: name }));
    it.each(KINDS)("%s: the same records, flagged — or PDF_DAMAGED", async (kind) => {
      const broken = damage(bytesOf(name), kind) as Uint8Array | null;
      if (broken === null) return expect(DAMAGES[kind](Buffer.from(bytesOf(name)).toString("latin1"))).toBeNull(); // a kind that needs a classic table
      let result: Result;
      try {
        result = await parse(broken, { engine, fileName: name });
      } catch (err) {
        expect(err).toBeInstanceOf(FenjieError);
        expect((err as FenjieError).code).toBe("PDF_DAMAGED");
        return;
      }
      const flag = result.diagnostics.find((d) => d.code === "PDF_XREF_REPAIRED");
      expect(flag?.level).toBe("warning");
      expect(flag?.message).toContain(`交叉引用表（xref）已损坏`);
      expect(flag?.message).toContain(name);
      // the same records; the ids differ only by the file's hash, which the damage changed
      const noId = ({ id: _id, ...t }: Result["tasks"][number]) => t;
      expect(result.tasks.map(noId)).toEqual((await original()).tasks.map(noId));
    });
  });
});
