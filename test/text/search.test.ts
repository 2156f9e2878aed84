// The indexed document search answers exactly as String.prototype.includes.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { INDEX_FROM_CHARS, searchable } from "../../src/text/search.js";

const ALPHABET = "区县市发改局财政委员会办公室街道镇人民政府各有关单位\n";

describe("searchable", () => {
  it("a short text is searched as it is", () => {
    expect(searchable("区发改局")).toBe("区发改局");
  });
  it("an indexed long text gives the same answers as includes, found or not", () => {
    const text = Array.from({ length: INDEX_FROM_CHARS + 5000 }, (_, i) => ALPHABET[(i * 7919) % ALPHABET.length]).join("") + "\n区直有关单位各镇人民政府\n";
    const index = searchable(text);
    expect(typeof index).not.toBe("string");
    for (const s of ["区直有关单位", "区直有关单位各镇", "各镇人民政府\n", "不在文中的名字", "x", "", "区"]) expect(index.includes(s), s).toBe(text.includes(s));
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.integer({ min: 1, max: 12 }), fc.boolean(), (start, len, mutate) => {
        let s = text.slice(start, start + len);
        if (mutate && s.length) s = s.slice(0, -1) + "甲";
        return index.includes(s) === text.includes(s);
      }),
      { seed: 13, numRuns: 500 },
    );
  });
});
