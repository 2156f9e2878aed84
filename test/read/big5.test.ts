import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { decodeText } from "../../src/read/decode.js";

describe("legacy Chinese encodings", () => {
  it("tells Big5 (traditional) from GB18030 (simplified) by the text they decode to", () => {
    const big5 = decodeText(new Uint8Array(readFileSync("fixtures/list/traditional-big5.txt")), "big5.txt");
    expect(big5.encoding).toBe("big5");
    expect(big5.text).toContain("牽頭單位：縣衛生健康局");
    const gb = decodeText(new Uint8Array(readFileSync("fixtures/list/gb18030.txt")), "gb.txt");
    expect(gb.encoding).toBe("gb18030");
    expect(gb.text).toContain("牵头单位：县发改局");
  });
});
