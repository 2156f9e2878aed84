// The PDF part of the review page: pages rendered by each PDF engine, encoded as WebP, and
// each row's box placed over its page. Uses a PDF made in the test and hand-made records with
// source.page / source.bbox (see test/helpers/pdf-review-fixture.ts).
import { loadImage } from "@napi-rs/canvas";
import { createCanvas } from "@napi-rs/canvas";
import { describe, expect, it } from "vitest";
import { buildReview } from "../../src/write/review/index.js";
import { renderPdfPages } from "../../src/write/review/pages.js";
import { MARKER, PAGE, ROW_BOXES, fixturePdf, fixtureResult } from "../helpers/pdf-review-fixture.js";

async function pixels(dataUri: string) {
  const img = await loadImage(Buffer.from(dataUri.split(",")[1]!, "base64"));
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext("2d");
  ctx.drawImage(img, 0, 0);
  return { width: img.width, height: img.height, at: (x: number, y: number) => ctx.getImageData(x, y, 1, 1).data[0]! };
}

describe.each(["pdfium", "pdfjs"] as const)("renderPdfPages with %s", (engine) => {
  it("renders the requested pages at the given scale, right side up", async () => {
    const { pages, problem } = await renderPdfPages(fixturePdf(), [2, 1, 7], { scale: 2, engine });
    expect(problem).toBeNull();
    expect(pages.map((p) => p.number)).toEqual([1, 2]); // page 7 does not exist
    expect(pages[0]!.width).toBe(PAGE.width);
    expect(pages[0]!.height).toBe(PAGE.height);
    expect(pages[0]!.dataUri.startsWith("data:image/webp;base64,")).toBe(true);
    const img = await pixels(pages[0]!.dataUri);
    expect([img.width, img.height]).toEqual([PAGE.width * 2, PAGE.height * 2]);
    // the black marker of row 2 (top-left origin) is dark, the page margin is white, the band is light grey
    const [x0, top] = ROW_BOXES[1]![1]!;
    expect(img.at((x0 + MARKER.dx + MARKER.size / 2) * 2, (top + 10 + MARKER.size / 2) * 2)).toBeLessThan(40);
    expect(img.at(10, 10)).toBeGreaterThan(240);
    const band = img.at((x0 + 200) * 2, (top + 20) * 2);
    expect(band).toBeGreaterThan(190);
    expect(band).toBeLessThan(235);
  });

  it("says why there are no images when the PDF cannot be opened", async () => {
    const { pages, problem } = await renderPdfPages(new TextEncoder().encode("%PDF-1.4 broken"), [1], { engine });
    expect(pages).toEqual([]);
    expect(problem).toMatch(/^无法打开 PDF/);
  });
});

describe("toGreys", () => {
  it("maps each pixel to the nearest grey by luma, light shading kept apart from white", async () => {
    const { toGreys } = await import("../../src/write/review/pages.js");
    const px = new Uint8ClampedArray([0, 0, 0, 255, 255, 255, 255, 255, 217, 217, 217, 255, 255, 0, 0, 255]);
    expect([...toGreys(px, [0, 96, 192, 255])]).toEqual([0, 0, 0, 255, 255, 255, 255, 255, 192, 192, 192, 255, 96, 96, 96, 255]);
  });
});

describe("review page for a PDF", () => {
  it("embeds each page once and outlines every row's box in page percentages", async () => {
    const pdf = fixturePdf();
    const html = await buildReview(fixtureResult(pdf), pdf, { scale: 1 });
    expect(html.match(/<img src="data:image\/webp;base64,/g)?.length).toBe(2);
    expect(html).toContain('<figure class="page" id="page-1">');
    expect(html).toContain('<figure class="page" id="page-2">');
    // row 2 of page 1: [40, 110, 360, 150] on a 400×300 page; flagged (warning)
    expect(html).toContain('<div class="box flagged" id="box-r1-2-1" style="left:10%;top:36.67%;width:80%;height:13.33%"></div>');
    expect(html).toContain('<div class="box" id="box-r1-5-4" style="left:10%;top:36.67%;width:80%;height:13.33%"></div>');
    expect(html).toContain('<a class="page-link" href="#page-2" data-row="r1-4-3">第2页</a>');
    expect(html).not.toContain('id="page-note"');
  });

  it("without page images still links rows to pages and says so", async () => {
    const pdf = fixturePdf();
    const html = await buildReview(fixtureResult(pdf), pdf, { pageImages: false });
    expect(html).not.toContain("<img");
    expect(html).toContain('<div class="note" id="page-note">按要求未嵌入页面图像；请按“第N页”对照原 PDF。</div>');
    expect(html).toContain('<span class="where page-ref">第1页</span>');
  });
});
