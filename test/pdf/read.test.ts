// The PDF reader: runs merged by position, reading-order lines, page rotation,
// and the errors for inputs that are not a text PDF.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FenjieError } from "../../src/errors.js";
import { parse } from "../../src/parse.js";
import { checkText, OCR_HINT, pageList } from "../../src/read/pdf.js";
import { miniPdf } from "../helpers/minipdf.js";
import { mergeItems, splitItem, uprightTransform, type PlacedItem } from "../../src/read/pdf-text.js";
import { PDF_SETTINGS } from "../../src/model/settings.js";
import { readPdf } from "../../src/read/pdf.js";

const item = (text: string, x: number, baseline = 100, fontSize = 10, width = text.length * fontSize): PlacedItem => ({ text, x, baseline, width, fontSize });

describe("mergeItems", () => {
  it("merges one-character items given in any order, by position", () => {
    const items = [item("位", 30), item("责", 0), item("单", 20), item("任", 10)];
    expect(mergeItems(items).map((r) => r.text)).toEqual(["责任单位"]);
  });
  it("keeps apart items of another size, another line, or past a gap", () => {
    const runs = mergeItems([item("序号", 0), item("项目", 22, 100, 16), item("任务", 0, 130), item("单位", 60)]);
    expect(runs.map((r) => r.text)).toEqual(["序号", "项目", "单位", "任务"]);
  });
  it("does not merge across a drawn column rule", () => {
    const rule = { orientation: "v" as const, box: [20.5, 80, 21, 120] as [number, number, number, number] };
    expect(mergeItems([item("科技", 0), item("局", 22)], undefined, [rule]).map((r) => r.text)).toEqual(["科技", "局"]);
  });
  it("boxes are top-left origin: top above the baseline", () => {
    const [run] = mergeItems([item("序号", 10, 100, 10)]);
    expect(run!.box).toEqual([10, 91.2, 30, 101.2]);
  });
});

describe("splitItem", () => {
  it("cuts pdfjs's joined item at a space between CJK characters (two cells of a tight table)", () => {
    const parts = splitItem({ text: "农水局 庄学根", x: 0, baseline: 100, width: 65, fontSize: 10 });
    expect(parts.map((p) => [p.text, p.x, p.width])).toEqual([["农水局", 0, 30], ["庄学根", 35, 30]]);
  });
  it("letter-spaced text (a made-up space after every character) loses its spaces", () => {
    expect(splitItem({ text: "1 0 0", x: 0, baseline: 100, width: 20, fontSize: 10 }).map((p) => p.text)).toEqual(["100"]);
    const runs = mergeItems([{ text: "蒋 家 兴", x: 0, baseline: 100, width: 34, fontSize: 10 }]);
    expect(runs.map((r) => r.text)).toEqual(["蒋家兴"]);
  });
  it("keeps a space next to Latin text inside one run", () => {
    expect(splitItem({ text: "增长 8%左右", x: 0, baseline: 100, width: 65, fontSize: 10 }).map((p) => p.text)).toEqual(["增长 8%左右"]);
  });
});

describe("pageList", () => {
  it("writes ranges", () => expect(pageList([1, 2, 3, 5, 7, 8])).toBe("1–3、5、7–8"));
});

describe("readPdf", () => {
  it("reads runs, rules and reading-order lines with their page", async () => {
    const doc = await readPdf(new Uint8Array(readFileSync("fixtures/pdf/jinjiang-style.pdf")), "j.pdf", {});
    expect(doc.source).toMatchObject({ file: "j.pdf", format: "pdf", encoding: null, pages: 2 });
    expect(doc.pages).toHaveLength(2);
    expect(doc.lines.slice(0, 2).map((l) => [l.text, l.page])).toEqual([["附件", 1], ["2021年《政府工作报告》目标任务责任分解表", 1]]);
    expect(doc.pages![0]!.runs.every((r) => r.line !== undefined)).toBe(true);
  });
  it("applies the page rotation: a /Rotate page reads like its landscape original", async () => {
    const rotated = await readPdf(new Uint8Array(readFileSync("fixtures/pdf/seed003-rotated.pdf")), "r.pdf", {});
    const landscape = await readPdf(new Uint8Array(readFileSync("fixtures/pdf/seed003-landscape.pdf")), "l.pdf", {});
    const p = rotated.pages![0]!;
    expect(p.width).toBeGreaterThan(p.height);
    expect(rotated.lines.slice(0, 12).map((l) => l.text)).toEqual(landscape.lines.slice(0, 12).map((l) => l.text));
  });
});

async function failure(input: string | Uint8Array, options = {}): Promise<FenjieError> {
  try {
    await parse(input, options);
  } catch (err) {
    if (err instanceof FenjieError) return err;
    throw err;
  }
  throw new Error("expected an error");
}

describe("inputs that are not a text PDF", () => {
  it("a scan: PDF_NO_TEXT naming the pages and OCR", async () => {
    const e = await failure("fixtures/pdf/scanned.pdf");
    expect(e.code).toBe("PDF_NO_TEXT");
    expect(e.exitCode).toBe(3);
    expect(e.message).toBe(`PDF 是扫描件（只有图像，没有文字层），需要先进行 OCR 文字识别：fixtures/pdf/scanned.pdf（第 1–2 页）。${OCR_HINT}。`);
  });
  // a scanner app writes its name on every page: still a scan, and the message says how to OCR it
  const scanPage = (texts: { x: number; y: number; text: string; size?: number }[]) => ({
    width: 600,
    height: 800,
    raw: ["q 580 0 0 780 10 10 cm BI /W 2 /H 2 /CS /G /BPC 8 /F /AHx ID 80FF00FF> EI Q"],
    texts,
  });
  it("a scan with a watermark on every page: PDF_NO_TEXT with the OCR hint, not NO_TABLE", async () => {
    const pdf = miniPdf([scanPage([{ x: 450, y: 790, text: "CamScanner", size: 8 }]), scanPage([{ x: 450, y: 790, text: "CamScanner 2", size: 8 }])]);
    const e = await failure(pdf, { fileName: "scan.pdf" });
    expect([e.code, e.message]).toEqual([
      "PDF_NO_TEXT",
      `PDF 是扫描件（每页都是图像，只有零星文字，如扫描软件的水印或页码），需要先进行 OCR 文字识别：scan.pdf（第 1–2 页）。${OCR_HINT}。`,
    ]);
    expect(OCR_HINT).toContain("ocrmypdf -l chi_sim");
  });
  it("counter-example: an image page with a full line of text is not called a scan", async () => {
    const e = await failure(miniPdf([scanPage([{ x: 20, y: 100, text: "Minutes of the meeting held on the first of March, nothing else here" }])]), { fileName: "memo.pdf" });
    expect(e.code).toBe("NO_TABLE");
  });
  it("a PDF with neither text nor images: PDF_NO_TEXT that still says what to do", async () => {
    const e = await failure(miniPdf([{ width: 600, height: 800, rects: [{ box: [10, 10, 100, 100] }] }]), { fileName: "blank.pdf" });
    expect(e.message).toBe(`PDF 没有任何文字：blank.pdf（第 1 页）。如果它是扫描件或由图片转成，${OCR_HINT}。`);
  });
  it("encrypted without a password, and with a wrong one", async () => {
    expect((await failure("fixtures/pdf/encrypted.pdf")).message).toBe("PDF 文件已加密，需要密码才能打开：fixtures/pdf/encrypted.pdf。请用 --password 提供打开密码。");
    const wrong = await failure("fixtures/pdf/encrypted.pdf", { password: "nope" });
    expect(wrong.code).toBe("PDF_ENCRYPTED");
    expect(wrong.message).toContain("密码不正确");
  });
  it("encrypted with the right password opens", async () => {
    const r = await parse("fixtures/pdf/encrypted.pdf", { password: "fenjie" });
    expect(r.tasks).toHaveLength(23);
  });
  it("a truncated PDF: PDF_DAMAGED naming the file", async () => {
    const e = await failure("fixtures/pdf/damaged.pdf");
    expect(e.code).toBe("PDF_DAMAGED");
    expect(e.message).toMatch(/^PDF 文件已损坏或不是有效的 PDF：fixtures\/pdf\/damaged\.pdf（/);
  });
  it("bytes that only claim to be a PDF", async () => {
    const e = await failure(new TextEncoder().encode("%PDF-1.7\nnot really"), { fileName: "fake.pdf" });
    expect(e.code).toBe("PDF_DAMAGED");
    expect(e.message).toContain("fake.pdf");
  });
});

describe("fonts without a Unicode map", () => {
  const page = (number: number, texts: string[]) => ({ number, width: 595, height: 842, rules: [], runs: texts.map((text) => ({ text, box: [0, 0, 10, 10] as [number, number, number, number], fontSize: 10 })) });
  it("private-use characters are dropped, with a warning naming the page", () => {
    const pages = [page(1, ["责任单位"]), page(2, ["\uE001\uE002\uE003", "科技局"])];
    const d = checkText(pages, new Set(), "x.pdf", PDF_SETTINGS);
    expect(pages[1]!.runs.map((r) => r.text)).toEqual(["科技局"]);
    expect(d).toEqual([{ level: "warning", code: "PDF_FONT_NO_UNICODE", message: "第 2 页的部分字体没有 Unicode 映射，无法识别的字符已删除。请对照原文核对该页。", page: 2 }]);
  });
  it("a document whose every glyph is unmapped is an error, not garbage", () => {
    expect(() => checkText([page(1, ["\uE001\uE002"]), page(2, ["\u0001\u0002"])], new Set(), "x.pdf", PDF_SETTINGS)).toThrow(/没有 Unicode 映射.*第 1–2 页/);
  });
});

describe("uprightTransform", () => {
  it("turns a page whose text runs downwards a quarter turn, swapping its size", () => {
    const down = { m: [0, 10, -10, 0, 100, 50] as [number, number, number, number, number, number], chars: 20 };
    const right = { m: [10, 0, 0, 10, 0, 0] as [number, number, number, number, number, number], chars: 5 };
    const u = uprightTransform([down, right], 595, 842);
    expect([u.width, u.height]).toEqual([842, 595]);
    // the down-running text now runs left to right: its direction (0, 1) maps to (1, 0)
    expect([u.matrix[0] * 0 + u.matrix[2] * 1, u.matrix[1] * 0 + u.matrix[3] * 1]).toEqual([1, 0]);
  });
  it("leaves an ordinary page alone", () => {
    expect(uprightTransform([{ m: [10, 0, 0, 10, 0, 0], chars: 3 }], 595, 842)).toEqual({ matrix: [1, 0, 0, 1, 0, 0], width: 595, height: 842 });
  });
});

describe("content-stream order does not matter", () => {
  it("any order of a real page's glyph items gives the same runs", async () => {
    const { default: fc } = await import("fast-check");
    const doc = await readPdf(new Uint8Array(readFileSync("fixtures/pdf/two-tables.pdf")), "t.pdf", {});
    // one item per character, as WPS writes them
    const items: PlacedItem[] = doc.pages![0]!.runs.flatMap((r) => {
      const chars = [...r.text];
      const w = (r.box[2] - r.box[0]) / chars.length;
      return chars.flatMap((c, i) => (c.trim() ? [{ text: c, x: r.box[0] + i * w, baseline: r.box[3] - 0.12 * r.fontSize, width: w, fontSize: r.fontSize }] : []));
    });
    const expected = mergeItems(items).map((r) => r.text);
    fc.assert(
      fc.property(fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }), (shuffled) => {
        expect(mergeItems(shuffled).map((r) => r.text)).toEqual(expected);
      }),
      { numRuns: 20 },
    );
    expect(expected.length).toBeGreaterThan(50);
  });
});

describe("input from a path or a buffer", () => {
  it("the same records either way", async () => {
    const fromPath = await parse("fixtures/pdf/jinjiang-style.pdf");
    const fromBytes = await parse(new Uint8Array(readFileSync("fixtures/pdf/jinjiang-style.pdf")), { fileName: "jinjiang-style.pdf" });
    expect(fromBytes.source.file).toBe("jinjiang-style.pdf");
    expect(fromBytes.tasks).toEqual(fromPath.tasks);
  });
});
