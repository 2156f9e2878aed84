// Runs the fenjie CLI exactly as bin/fenjie.js does (the bundle when built), then writes this process's
// peak RSS, CPU time and which PDF engines were loaded to the file named by
// FENJIE_BENCH_PROBE (used by bench/run.mjs for whole-process figures).
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { existsSync } from "node:fs";

const bundled = new URL("../dist/bundle/main.js", import.meta.url);
const { main } = await import(existsSync(bundled) ? bundled.href : "../dist/cli/main.js");

await main(process.argv);
const u = process.resourceUsage();
const cjs = Object.keys(createRequire(import.meta.url).cache);
writeFileSync(
  process.env.FENJIE_BENCH_PROBE,
  JSON.stringify({
    maxRssKb: u.maxRSS,
    cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000,
    pdfjsLoaded: globalThis.pdfjsLib !== undefined,
    canvasLoaded: cjs.some((k) => k.includes("@napi-rs")),
    exitCode: process.exitCode ?? 0,
  }),
);
