// Generality check: seeds 002 and 003 (tab-separated tables) flattened the way a PDF-to-text tool prints a
// table — one cell fragment per line — must come back through the flat layout with the same rows
// as the checked goldens. 002: section, task, supervisors, and the same units in the same order (the
// boundary between its adjacent unit columns 牵头单位 | 责任单位 is lost in a dump, so it is not
// compared). 003 (牵头单位 责任人 协办单位 区分管或联系领导, rows 14–141, blank merged rows): every
// field of every row, except row 80 (see below).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import type { Result } from "../../src/model/schema.js";

function flatten(tsv: string, wholeCells = 1): string {
  const out: string[] = [];
  let inTable = false;
  for (const line of tsv.split(/\r?\n/)) {
    if (line.includes("\t")) {
      const cells = line.split("\t");
      if (/^序号/.test(cells[0]!)) {
        out.push(cells.map((c) => c.trim()).join(" "));
        inTable = true;
        continue;
      }
      out.push(cells[0]!.trim());
      for (const cell of cells.slice(1, 1 + wholeCells)) if (cell.trim()) out.push(cell.trim());
      for (const cell of cells.slice(1 + wholeCells)) for (const piece of cell.trim().split(/\s+/)) if (piece) out.push(piece);
    } else if (inTable) {
      if (line.trim()) out.push(line.replace(/^#+\s*/, "").trim());
    } else out.push(line.replace(/^#+\s*/, ""));
  }
  return out.join("\n");
}

describe("seed 002 flattened to one fragment per line", async () => {
  const golden = JSON.parse(readFileSync("fixtures/expected/002.json", "utf8")) as Result;
  const result = await parseText(flatten(readFileSync("seeds/002_a81ff61cc22d0274.txt", "utf8")), { layout: "flat" });

  it("finds every row", () => {
    expect(result.tables[0]?.layout).toBe("flat");
    expect(result.tasks.map((t) => t.seq)).toEqual(golden.tasks.map((t) => t.seq));
  });
  it("rebuilds section, task, supervisors and the unit sequence of every row", () => {
    golden.tasks.forEach((g, i) => {
      const t = result.tasks[i]!;
      expect({ section: t.section, task: t.task, supervisors: t.supervisors, units: [...t.leadUnits, ...t.units] }, `序号 ${g.seq}`).toEqual({
        section: g.section,
        task: g.task,
        supervisors: g.supervisors,
        units: [...g.leadUnits, ...g.units],
      });
    });
  });
});

describe("seed 003 flattened to one fragment per line", async () => {
  const golden = JSON.parse(readFileSync("fixtures/expected/003.json", "utf8")) as Result;
  const result = await parseText(flatten(readFileSync("seeds/003_b3fb5684e6b0e697.txt", "utf8")), { layout: "flat" });
  const fields = ["seq", "section", "task", "leadUnits", "units", "coUnits", "leaders", "supervisors", "inherited"] as const;
  const pick = (t: Result["tasks"][number]) => Object.fromEntries(fields.map((f) => [f, t[f]]));

  it("rebuilds every field of every row but one", () => {
    expect(result.tasks.map((t) => t.seq)).toEqual(golden.tasks.map((t) => t.seq));
    golden.tasks.forEach((g, i) => {
      if (g.seq !== 80) expect(pick(result.tasks[i]!), `序号 ${g.seq}`).toEqual(pick(g));
    });
  });
  it("row 80: 协办单位 empty, so 责任人 and 联系领导 run together; 王晓莺 occurs nowhere else and goes by the unit count", () => {
    const t = result.tasks.find((x) => x.seq === 80)!;
    expect(t.leaders).toHaveLength(10);
    expect(t.leaders[9]).toBe("王晓莺");
    expect(t.supervisors).toEqual(["陈相成", "庄一鸣", "陈清拥", "柯明好", "王梅珠", "曾华忠"]);
    expect(result.diagnostics.some((d) => d.code === "FLAT_PERSON_COLUMNS_GUESSED" && d.seq === 80)).toBe(true);
    // the count alone placed the cut (王晓莺 beside it is seen nowhere else): the row says so
    expect(t.review?.map((r) => r.code)).toContain("FLAT_PERSON_COLUMNS_GUESSED");
  });
  it("a cut with names seen on both sides in other rows is the document's, not a doubt (row 17)", () => {
    const d = result.diagnostics.find((x) => x.code === "FLAT_PERSON_COLUMNS_GUESSED" && x.seq === 17)!;
    expect(d.level).toBe("info");
    expect(result.tasks.find((x) => x.seq === 17)!.review ?? []).toEqual([]);
  });
});
