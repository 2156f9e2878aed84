/** The `--engine` option shared by parse, review and batch. */
import { Option } from "commander";
import { DEFAULT_PDF_ENGINE, PDF_ENGINES } from "../read/pdf-engine.js";

export function engineOption(): Option {
  return new Option("--engine <engine>", "读取 PDF 的引擎：pdfium（默认，更快）或 pdfjs / PDF engine: pdfium (default, faster) or pdfjs").choices([...PDF_ENGINES]).default(DEFAULT_PDF_ENGINE);
}
