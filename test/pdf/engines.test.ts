// The PDF engines behind one interface (src/read/pdf-engine.ts): PDFium and pdf.js must hand
// the shared code the same pages, fail with the same error codes, and load only what reading
// needs. Records are compared by the goldens (test/golden.test.ts runs every PDF golden with
// both engines); here the pages themselves are compared, run by run and rule by rule.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { FenjieError } from "../../src/errors.js";
import { parse } from "../../src/parse.js";
import { OCR_HINT, readPdf } from "../../src/read/pdf.js";
import { viewportTransform } from "../../src/read/pdf-engine.js";
import { documentOptions, loadPdfJs } from "../../src/read/pdf-pdfjs.js";
import type { PageContent } from "../../src/model/intermediate.js";

const ENGINES = ["pdfium", "pdfjs"] as const;

/** Coordinates may differ by 0.01 pt: PDFium computes in 32-bit floats, pdf.js in doubles. */
const NEAR = 0.0101;
const nearBox = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]!) <= NEAR);

function expectSamePage(a: PageContent, b: PageContent, where: string) {
  expect([b.width, b.height], where).toEqual([a.width, a.height]);
  expect(b.runs.map((r) => r.text), where).toEqual(a.runs.map((r) => r.text));
  a.runs.forEach((r, i) => {
    const q = b.runs[i]!;
    expect(nearBox(r.box, q.box) && Math.abs(r.fontSize - q.fontSize) <= NEAR, `${where} run ${i} ${r.text}: ${r.box} vs ${q.box}`).toBe(true);
  });
  expect(b.rules.length, where).toBe(a.rules.length);
  a.rules.forEach((r, i) => expect(r.orientation === b.rules[i]!.orientation && nearBox(r.box, b.rules[i]!.box), `${where} rule ${i}`).toBe(true));
}

describe("both engines read the same pages", () => {
  // ruled WPS notice, a /Rotate page, a table printed sideways, a browser-printed PDF (radicals, xref stream)
  it.each(["two-tables.pdf", "seed003-rotated.pdf", "sideways.pdf", "browser-seed002.pdf", "jinjiang-spaced.pdf"])("%s", async (name) => {
    const bytes = new Uint8Array(readFileSync(`fixtures/pdf/${name}`));
    const [a, b] = await Promise.all(ENGINES.map((engine) => readPdf(bytes, name, { engine })));
    expect(b!.pages!.length).toBe(a!.pages!.length);
    a!.pages!.forEach((p, i) => expectSamePage(p, b!.pages![i]!, `${name} page ${i + 1}`));
    expect(b!.lines).toEqual(a!.lines);
    expect(b!.diagnostics).toEqual(a!.diagnostics);
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

describe.each(ENGINES)("errors are the same with %s", (engine) => {
  it("encrypted: no password, a wrong one, the right one", async () => {
    const none = await failure("fixtures/pdf/encrypted.pdf", { engine });
    expect([none.code, none.message]).toEqual(["PDF_ENCRYPTED", "PDF 文件已加密，需要密码才能打开：fixtures/pdf/encrypted.pdf。请用 --password 提供打开密码。"]);
    const wrong = await failure("fixtures/pdf/encrypted.pdf", { engine, password: "nope" });
    expect([wrong.code, wrong.message]).toEqual(["PDF_ENCRYPTED", "PDF 文件已加密，所给密码不正确：fixtures/pdf/encrypted.pdf。请用 --password 提供正确的打开密码。"]);
    expect((await parse("fixtures/pdf/encrypted.pdf", { engine, password: "fenjie" })).tasks).toHaveLength(23);
  });
  it("truncated, or only claiming to be a PDF: PDF_DAMAGED", async () => {
    const truncated = await failure("fixtures/pdf/damaged.pdf", { engine });
    expect(truncated.code).toBe("PDF_DAMAGED");
    expect(truncated.message).toMatch(/^PDF 文件已损坏或不是有效的 PDF：fixtures\/pdf\/damaged\.pdf（.+）。请重新获取原文件。$/);
    expect((await failure(new TextEncoder().encode("%PDF-1.7\nnot really"), { engine, fileName: "fake.pdf" })).code).toBe("PDF_DAMAGED");
  });
  it("a scan and a PDF without pages: PDF_NO_TEXT", async () => {
    expect((await failure("fixtures/pdf/scanned.pdf", { engine })).message).toBe(`PDF 是扫描件（只有图像，没有文字层），需要先进行 OCR 文字识别：fixtures/pdf/scanned.pdf（第 1–2 页）。${OCR_HINT}。`);
    expect((await failure("fixtures/bad/zero-pages.pdf", { engine })).code).toBe("PDF_NO_TEXT");
    expect((await failure("fixtures/bad/fonts-no-unicode.pdf", { engine })).message).toContain("字体没有 Unicode 映射");
  });
});

describe("viewportTransform", () => {
  it("is pdf.js' page viewport at scale 1, for every rotation", async () => {
    const pdfjs = await loadPdfJs();
    const pdf = await pdfjs.getDocument(documentOptions(new Uint8Array(readFileSync("fixtures/pdf/seed003-rotated.pdf")))).promise;
    const page = await pdf.getPage(1);
    for (const rotation of [0, 90, 180, 270]) {
      const theirs = page.getViewport({ scale: 1, rotation });
      const ours = viewportTransform(page.view as [number, number, number, number], rotation);
      expect([ours.width, ours.height], `${rotation}`).toEqual([theirs.width, theirs.height]);
      expect(ours.matrix.map((v) => v + 0), `${rotation}`).toEqual(theirs.transform.map((v: number) => v + 0));
    }
    await pdf.destroy();
  });
});

describe("loading only what is needed", () => {
  it("reading a PDF with pdf.js does not load @napi-rs/canvas (only the review page draws)", () => {
    const code = `
      import { createRequire } from "node:module";
      import { readFileSync } from "node:fs";
      const { readPdf } = await import("./dist/read/pdf.js");
      const doc = await readPdf(new Uint8Array(readFileSync("fixtures/pdf/two-tables.pdf")), "t.pdf", { engine: "pdfjs" });
      const loaded = Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes("@napi-rs"));
      console.log(JSON.stringify({ pages: doc.pages.length, loaded }));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ pages: 2, loaded: false });
  });
  it("a batch worker uses the compiled PDFium module it is handed instead of compiling its own", async () => {
    const { compiledPdfium, WORKER_DATA_KEY } = await import("../../dist/read/pdfium-wasm.js");
    const module = await compiledPdfium();
    const code = `
      const { workerData, parentPort } = require("node:worker_threads");
      import(${JSON.stringify(new URL("../../dist/read/pdfium-wasm.js", import.meta.url).href)}).then(async (m) => {
        const got = await m.compiledPdfium();
        await m.pdfium();
        parentPort.postMessage(got === workerData[${JSON.stringify(WORKER_DATA_KEY)}]);
      });`;
    const worker = new Worker(code, { eval: true, workerData: { [WORKER_DATA_KEY]: module } });
    const same = await new Promise((resolve, reject) => worker.once("message", resolve).once("error", reject));
    await worker.terminate();
    expect(same).toBe(true);
  });
});
