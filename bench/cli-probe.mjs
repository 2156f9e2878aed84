// Runs the fenjie CLI exactly as bin/fenjie.js does, then writes this process's
// peak RSS, CPU time and whether pdfjs was loaded to the file named by
// FENJIE_BENCH_PROBE (used by bench/run.mjs for whole-process figures).
import { writeFileSync } from "node:fs";
import { main } from "../dist/cli/main.js";

await main(process.argv);
const u = process.resourceUsage();
writeFileSync(
  process.env.FENJIE_BENCH_PROBE,
  JSON.stringify({
    maxRssKb: u.maxRSS,
    cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000,
    pdfjsLoaded: globalThis.pdfjsLib !== undefined,
    exitCode: process.exitCode ?? 0,
  }),
);
