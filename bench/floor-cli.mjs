// The floor as a whole process: node starts, loads pdfjs (as fenjie does) and
// reads every page's text content and operator list of one PDF, nothing else.
// `node bench/floor-cli.mjs FILE` (used by bench/run.mjs; reports like cli-probe.mjs).
import { readFileSync, writeFileSync } from "node:fs";
import { documentOptions, loadPdfJs } from "../dist/read/pdf.js";

const pdfjs = await loadPdfJs();
const pdf = await pdfjs.getDocument(documentOptions(new Uint8Array(readFileSync(process.argv[2])))).promise;
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  await page.getTextContent();
  await page.getOperatorList();
  page.cleanup();
}
await pdf.destroy();
if (process.env.FENJIE_BENCH_PROBE) {
  const u = process.resourceUsage();
  writeFileSync(process.env.FENJIE_BENCH_PROBE, JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, pdfjsLoaded: true, exitCode: 0 }));
}
