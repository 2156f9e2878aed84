/**
 * `fenjie review FILE -o review.html`: a self-contained HTML page for checking a
 * converted table against the original (rows with diagnostics highlighted, a filter
 * to the rows that need review, PDF page images with the row's box outlined).
 */
import { layoutNames } from "../layouts/registry.js";
import { Command } from "commander";
import { FenjieError } from "../errors.js";
import { parse } from "../parse.js";
import { loadFile } from "../read/index.js";
import { countToCheck } from "../write/columns.js";
import { buildReview } from "../write/review/index.js";
import { PAGE_IMAGE_DEFAULTS } from "../write/review/pages.js";
import { engineOption } from "./engine.js";
import type { PdfEngineName } from "../read/pdf-engine.js";
import { escapeControls } from "../text/controls.js";
import { prepareOutput, writePrepared } from "./output.js";

interface ReviewFlags {
  output: string;
  layout: string;
  password?: string;
  engine: PdfEngineName;
  pageImages: boolean;
  pageScale: string;
  quiet?: boolean;
}

async function runReview(file: string, flags: ReviewFlags): Promise<void> {
  const scale = Number(flags.pageScale);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 6) {
    throw new FenjieError("USAGE", `--page-scale 应为 0 到 6 之间的数，收到：${flags.pageScale}。`);
  }
  const out = await prepareOutput(flags.output, [file]);
  const bytes = await loadFile(file);
  const password = flags.password ? { password: flags.password } : {};
  const result = await parse(bytes, { layout: flags.layout, fileName: file, engine: flags.engine, ...password });
  const html = await buildReview(result, bytes, { pageImages: flags.pageImages, scale, engine: flags.engine, ...password });
  await writePrepared(out, html);
  if (!flags.quiet) {
    const flagged = countToCheck(result);
    process.stderr.write(`已写入 ${escapeControls(flags.output)}：${result.tasks.length} 项任务，${flagged} 项需要复核。\n`);
  }
}

export function registerReview(program: Command): void {
  program
    .command("review")
    .description("生成供人工核对的 HTML 页面（单个文件，不联网）/ write a self-contained HTML page to check a notice's table against the original")
    .argument("<FILE>", "通知文件路径（PDF 或文本）")
    .requiredOption("-o, --output <file>", "输出的 HTML 文件 / the HTML file to write")
    .option("--layout <layout>", `强制使用某种版式 / force a layout: auto, ${layoutNames().join(", ")}`, "auto")
    .option("--password <password>", "加密 PDF 的密码 / password of an encrypted PDF")
    .addOption(engineOption())
    .option("--no-page-images", "PDF 输入时不嵌入页面图像 / do not embed PDF page images")
    .option("--page-scale <n>", "页面图像缩放（每个 PDF 点的像素数）/ pixels per PDF point", String(PAGE_IMAGE_DEFAULTS.scale))
    .option("-q, --quiet", "不打印摘要 / no summary on stderr")
    .action(async (file: string, flags: ReviewFlags) => {
      await runReview(file, flags);
    });
}
