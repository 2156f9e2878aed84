// Generality check: seed 002 (a tab-separated table) flattened the way a PDF-to-text tool prints a
// table — one cell fragment per line — must come back through the flat layout with the same rows
// as the checked golden 002: section, task, supervisors, and the same units in the same order.
// (The boundary between the two adjacent unit columns 牵头单位 | 责任单位 is lost in a dump; that
// one is not compared.)
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import type { Result } from "../../src/model/schema.js";

function flatten(tsv: string): string {
  const out: string[] = [];
  let inTable = false;
  for (const line of tsv.split(/\r?\n/)) {
    if (line.includes("\t")) {
      const cells = line.split("\t");
      if (cells[0] === "序号") {
        out.push(cells.join(" "));
        inTable = true;
        continue;
      }
      out.push(cells[0]!.trim());
      if (cells[1]) out.push(cells[1].trim());
      for (const cell of cells.slice(2)) for (const piece of cell.trim().split(/\s+/)) if (piece) out.push(piece);
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
