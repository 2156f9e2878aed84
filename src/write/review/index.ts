/** The review page: render PDF pages when the input is a PDF with row positions, then the HTML. */
import type { Result } from "../../model/schema.js";
import { renderPdfPages, type PageRenderOptions } from "./pages.js";
import { pagesToRender, renderReview } from "./render.js";

export interface BuildReviewOptions extends PageRenderOptions {
  /** embed page images for PDF input (default true) */
  pageImages?: boolean;
}

/** The review page for a result; `bytes` is the original input (needed for PDF page images). */
export async function buildReview(result: Result, bytes: Uint8Array | null, options: BuildReviewOptions = {}): Promise<string> {
  const wanted = result.source.format === "pdf" ? pagesToRender(result) : [];
  if (!wanted.length) return renderReview(result);
  if (options.pageImages === false || !bytes) {
    return renderReview(result, { pageProblem: "按要求未嵌入页面图像；请按“第N页”对照原 PDF。" });
  }
  const { pages, problem } = await renderPdfPages(bytes, wanted, options);
  return renderReview(result, { pages, pageProblem: problem });
}

export { renderReview, pagesToRender, rowId, escapeHtml } from "./render.js";
export { renderPdfPages, PAGE_IMAGE_DEFAULTS, type PageImage } from "./pages.js";
