// The floor as a whole process: node starts, loads one PDF engine as fenjie loads it
// and reads every page of one PDF (glyphs and painted segments: what fenjie asks the
// engine for), nothing else. `node bench/floor-cli.mjs FILE [pdfium|pdfjs]`
// (used by bench/run.mjs; reports like cli-probe.mjs).
import { readFileSync, writeFileSync } from "node:fs";
import { loadEngine } from "../dist/read/pdf-engine.js";
import { PDF_SETTINGS } from "../dist/model/settings.js";

const engine = await loadEngine(process.argv[3] ?? "pdfium");
await engine.readPages(new Uint8Array(readFileSync(process.argv[2])), {}, PDF_SETTINGS, () => undefined);
if (process.env.FENJIE_BENCH_PROBE) {
  const u = process.resourceUsage();
  writeFileSync(process.env.FENJIE_BENCH_PROBE, JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, exitCode: 0 }));
}
