// The speed-ups must not change what is computed: lazy layout detection yields
// the layouts in rankLayouts' order, and runsInBoxes equals filtering every run
// against every box.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Box, TextRun } from "../../src/model/intermediate.js";
import { readDocument } from "../../src/read/index.js";
import { layoutNamed, layoutsByFit, rankLayouts } from "../../src/layouts/registry.js";
import { DEFAULT_SETTINGS } from "../../src/model/settings.js";
import { runsInBoxes } from "../../src/layouts/lattice.js";
import { centre, inside } from "../../src/layouts/pdf-cells.js";
import { toSimplified, TRAD_TO_SIMP } from "../../src/text/script.js";
const listLayout = layoutNamed("list");

const docOf = async (path: string) => readDocument(new Uint8Array(readFileSync(path)), path);

describe("layoutsByFit", () => {
  it.each([
    "seeds/000_89d412a27e51e6a9.txt",
    "seeds/002_a81ff61cc22d0274.txt",
    "fixtures/list/mixed-table-list.txt",
    "fixtures/flat/lead-co-heading-rows.txt",
    "fixtures/pdf/two-tables.pdf",
    "fixtures/pdf/jinjiang-unruled.pdf",
  ])("yields the layouts of %s in rankLayouts' order", async (file) => {
    const doc = await docOf(file);
    expect([...layoutsByFit(doc, DEFAULT_SETTINGS)].map((l) => l.name)).toEqual(rankLayouts(doc, DEFAULT_SETTINGS).map((l) => l.name));
  });

  it("does not ask the list layout (at most 8) when a ruled table (10) reads the document", async () => {
    const doc = await docOf("fixtures/pdf/two-tables.pdf");
    const detect = listLayout.detect;
    let asked = 0;
    listLayout.detect = (d, st) => (asked++, detect(d, st));
    try {
      expect(layoutsByFit(doc, DEFAULT_SETTINGS).next().value?.name).toBe("lattice");
      expect(asked).toBe(0);
      [...layoutsByFit(doc, DEFAULT_SETTINGS)]; // going on past lattice asks it
      expect(asked).toBe(1);
    } finally {
      listLayout.detect = detect;
    }
  });
});

describe("runsInBoxes", () => {
  it("equals filtering every run against every box, in run order, edges included", () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 48271) % 2147483647) / 2147483647) * 100;
    const runs: TextRun[] = Array.from({ length: 300 }, (_, i) => {
      const x = Math.round(rnd()), y = Math.round(rnd());
      return { text: String(i), box: [x, y, x + 2 * Math.round(rnd() / 20), y + 2] as Box, fontSize: 10, line: i } as unknown as TextRun;
    });
    const boxes: Box[] = Array.from({ length: 60 }, () => {
      const x = Math.round(rnd()), y = Math.round(rnd());
      return [x, y, x + Math.round(rnd() / 3), y + Math.round(rnd() / 3)];
    });
    const naive = boxes.map((b) => runs.filter((r) => inside(...centre(r.box), b)));
    expect(runsInBoxes(runs, boxes)).toEqual(naive);
    expect(naive.some((x) => x.length > 1)).toBe(true);
  });
});

describe("toSimplified", () => {
  it("folds every traditional character it knows and leaves other text as it is", () => {
    const trad = [...TRAD_TO_SIMP.keys()].join("");
    expect(toSimplified(`甲${trad}乙`)).toBe(`甲${[...TRAD_TO_SIMP.values()].join("")}乙`);
    expect(toSimplified("区发改局牵头：𠀋")).toBe("区发改局牵头：𠀋");
    expect(toSimplified("牽頭單位")).toBe("牵头单位");
  });
});
