import { describe, expect, it } from "vitest";
import { decodeText, MOSTLY_UTF8_SHARE, splitLines, utf8Share } from "../../src/read/decode.js";
import { FenjieError } from "../../src/errors.js";
import { readDocument } from "../../src/read/index.js";

const SAMPLE = "序号\t具体任务\t牵头单位\r\n1\t地区生产总值增长 8%左右。\t区发改局\r\n";

function utf16(text: string, le: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (le) out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return new Uint8Array(out);
}

/** GB18030 bytes of a few characters, written out by hand (Node has no GB encoder). */
const GB_BYTES = new Uint8Array([0xd0, 0xf2, 0xba, 0xc5, 0x09, 0xc7, 0xa3, 0xcd, 0xb7, 0xb5, 0xa5, 0xce, 0xbb]); // 序号\t牵头单位

describe("decodeText", () => {
  it("decodes UTF-8 without BOM", () => {
    const d = decodeText(new TextEncoder().encode(SAMPLE), "a.txt");
    expect(d).toMatchObject({ encoding: "utf-8", bom: false, text: SAMPLE });
  });
  it("decodes UTF-8 with BOM and drops it", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)]);
    expect(decodeText(bytes, "a.txt")).toMatchObject({ encoding: "utf-8", bom: true, text: SAMPLE });
  });
  it.each([
    [true, true, "utf-16le"],
    [false, true, "utf-16be"],
    [true, false, "utf-16le"],
    [false, false, "utf-16be"],
  ])("decodes UTF-16 (le=%s, bom=%s)", (le, bom, enc) => {
    const d = decodeText(utf16(SAMPLE, le, bom), "a.txt");
    expect(d.encoding).toBe(enc);
    expect(d.text).toBe(SAMPLE);
  });
  it("decodes GB18030 (Windows ANSI Chinese) when the bytes are not UTF-8", () => {
    const d = decodeText(GB_BYTES, "a.txt");
    expect(d.encoding).toBe("gb18030");
    expect(d.text).toBe("序号\t牵头单位");
  });
  it("rejects an empty file with EMPTY_INPUT", () => {
    expect(() => decodeText(new Uint8Array(), "e.txt")).toThrow(FenjieError);
    try {
      decodeText(new Uint8Array(), "e.txt");
    } catch (e) {
      expect((e as FenjieError).code).toBe("EMPTY_INPUT");
      expect((e as FenjieError).message).toContain("e.txt");
    }
  });
  it("rejects binary data with BINARY_INPUT", () => {
    const bytes = new Uint8Array(2000).map((_, i) => (i * 37) % 32);
    expect(() => decodeText(bytes, "b.txt")).toThrow(/不是文本/);
  });
});

describe("splitLines", () => {
  it("splits CRLF, CR and LF", () => {
    expect(splitLines("a\r\nb\rc\nd")).toEqual(["a", "b", "c", "d"]);
  });
});

describe("decodeText: odd inputs", () => {
  it("rejects a whitespace-only file with EMPTY_INPUT", () => {
    expect(() => decodeText(new TextEncoder().encode(" \n\t\r\n　\n"), "w.txt")).toThrow(/只有空白/);
  });
  it("decodes a mostly-UTF-8 file with GB18030 lines line by line and names those lines", () => {
    const utf8 = new TextEncoder().encode("序号\t具体任务\n1\t任务一\n2\t任务二\n");
    const bytes = new Uint8Array([...utf8, ...GB_BYTES, 0x0a]);
    const d = decodeText(bytes, "m.txt");
    expect(d.encoding).toBe("utf-8+gb18030");
    expect(d.text).toBe("序号\t具体任务\n1\t任务一\n2\t任务二\n序号\t牵头单位\n");
    expect(d.gbLines).toEqual([4]);
  });
  it("a stray byte pair inside a UTF-8 line: the rest of the line stays UTF-8, only the bad bytes are marked", () => {
    const enc = (s: string) => [...new TextEncoder().encode(s)];
    const cover = "为确保全年各项工作任务落到实处，现就区政府工作报告进行责任分解。\n".repeat(3);
    const bytes = new Uint8Array([...enc(cover + "序号\t具体任务\n1\t推进城市"), 0xff, 0xfe, ...enc("更新改造\n2\t任务二\n")]);
    const d = decodeText(bytes, "s.txt");
    expect(d.text).toBe(cover + "序号\t具体任务\n1\t推进城市\uFFFD\uFFFD更新改造\n2\t任务二\n");
    expect([d.encoding, d.badByteLines, d.gbLines]).toEqual(["utf-8", [5], undefined]);
  });
  it("the lines with stray bytes are named in an INVALID_BYTES warning", async () => {
    const enc = (s: string) => [...new TextEncoder().encode(s)];
    const cover = "为确保全年各项工作任务落到实处，现就区政府工作报告进行责任分解。\n".repeat(3);
    const doc = await readDocument(new Uint8Array([...enc(cover + "序号\t具体任务\n1\t推进"), 0xff, ...enc("城市更新\n")]), "s.txt");
    expect(doc.diagnostics.map((x) => [x.code, x.level, x.line])).toEqual([["INVALID_BYTES", "warning", 5]]);
    expect(doc.lines[4]!.text).toBe("1\t推进\uFFFD城市更新");
  });
  it("counter-example: a GB18030 line among UTF-8 ones is still read as GB18030 (its bytes are not mostly UTF-8)", () => {
    const utf8 = new TextEncoder().encode("序号\t具体任务\n1\t任务一\n2\t任务二\n");
    const gb = new Uint8Array([...utf8, ...GB_BYTES, 0x0a]);
    expect(utf8Share(GB_BYTES)).toBeLessThan(MOSTLY_UTF8_SHARE);
    expect(decodeText(gb, "g.txt").gbLines).toEqual([4]);
  });
});
