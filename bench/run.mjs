#!/usr/bin/env node
// `npm run bench`: how fast fenjie is, against the floor set by pdfjs itself,
// on this repository's fixtures, in one run. Imports the built dist/ (the npm
// script builds first). Prints a table and writes bench/results.json.
//
//   node bench/run.mjs [--runs N] [--notices N] [--jobs N] [--no-write]
import { spawnSync } from "node:child_process";
import { existsSync, linkSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, mkdirSync } from "node:fs";
import { availableParallelism, cpus, loadavg, platform, release, tmpdir, totalmem, arch } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, toCsv, toJson } from "../dist/index.js";
import { documentOptions, loadPdfJs } from "../dist/read/pdf.js";
import { TARGETS, compareWithPrevious, median, renderReport } from "./report.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = flag("runs", 5);
const NOTICES = flag("notices", 200);
const JOBS = flag("jobs", Math.max(2, availableParallelism()));
const WRITE = !args.includes("--no-write");

const PDF20 = "fixtures/pdf/notice-20pages.pdf";
const PDF100 = "fixtures/pdf/notice-100pages.pdf";
const TEXT = "seeds/000_89d412a27e51e6a9.txt";
/** one set of notices for the batch, replicated to ≥ NOTICES: every text fixture with a table and the small PDFs */
const BATCH_SET = [
  "seeds/000_89d412a27e51e6a9.txt",
  "seeds/002_a81ff61cc22d0274.txt",
  "seeds/003_b3fb5684e6b0e697.txt",
  "fixtures/flat/lead-co-heading-rows.txt",
  "fixtures/flat/one-level-header-per-line.txt",
  "fixtures/list/bracket-labels-deadlines.txt",
  "fixtures/list/label-lines.txt",
  "fixtures/list/mixed-table-list.txt",
  "fixtures/list/traditional.txt",
  "fixtures/pdf/jinjiang-style.pdf",
  "fixtures/pdf/jinjiang-unruled.pdf",
  "fixtures/pdf/two-tables.pdf",
  "fixtures/pdf/two-row-header.pdf",
  "fixtures/pdf/sideways.pdf",
  "fixtures/pdf/predefined-cmap.pdf",
  "fixtures/pdf/seed002-unruled.pdf",
];

const log = (s) => process.stderr.write(s + "\n");
const loadBefore = loadavg();

// ---------------------------------------------------------------- whole process
const probeFile = join(mkdtempSync(join(tmpdir(), "fenjie-bench-")), "probe.json");
function runCli(cliArgs, script = "bench/cli-probe.mjs") {
  const start = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, script), ...cliArgs], {
    cwd: ROOT,
    env: { ...process.env, FENJIE_BENCH_PROBE: probeFile },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const wallMs = performance.now() - start;
  if (r.status !== 0) throw new Error(`fenjie ${cliArgs.join(" ")} exited ${r.status}: ${r.stderr}`);
  return { wallMs, ...JSON.parse(readFileSync(probeFile, "utf8")) };
}
function wholeProcess(file, runs, withFloor = false) {
  const cliArgs = ["parse", file, "-q", "-o", join(dirname(probeFile), "out.json")];
  runCli(cliArgs); // warm-up (file cache)
  const samples = [];
  const floor = [];
  for (let i = 0; i < runs; i++) {
    samples.push(runCli(cliArgs));
    // the floor as a process: node + pdfjs loaded as fenjie loads it + every page's text and operators
    if (withFloor) floor.push(runCli([file], "bench/floor-cli.mjs"));
  }
  return {
    ...(withFloor ? { floorWallMs: median(floor.map((s) => s.wallMs)), floorCpuMs: median(floor.map((s) => s.cpuMs)), floorPeakRssMb: Math.max(...floor.map((s) => s.maxRssKb)) / 1024 } : {}),
    command: `node bin/fenjie.js ${cliArgs.slice(0, 3).join(" ")} -o OUT.json`,
    runs,
    wallMs: median(samples.map((s) => s.wallMs)),
    cpuMs: median(samples.map((s) => s.cpuMs)),
    peakRssMb: Math.max(...samples.map((s) => s.maxRssKb)) / 1024,
    pdfjsLoaded: samples[0].pdfjsLoaded,
    samplesMs: samples.map((s) => Math.round(s.wallMs)),
  };
}

// ---------------------------------------------------------------- in process
async function fenjieOnce(file) {
  const timings = {};
  const start = performance.now();
  const result = await parse(join(ROOT, file), { timings });
  const w = performance.now();
  toJson(result);
  toCsv(result);
  const end = performance.now();
  return { totalMs: end - start, parseMs: w - start, stages: { ...timings, write: end - w }, result };
}

/** The floor: pdfjs alone, same options as fenjie's reader, loading the PDF and reading every page's text content and operator list. */
async function floorOnce(file) {
  const bytes = new Uint8Array(readFileSync(join(ROOT, file)));
  const start = performance.now();
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument(documentOptions(bytes));
  const pdf = await task.promise;
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    await page.getTextContent();
    await page.getOperatorList();
    page.cleanup();
  }
  const pages = pdf.numPages;
  await pdf.destroy();
  return { ms: performance.now() - start, pages };
}

async function inProcess(file, runs) {
  await fenjieOnce(file); // warm-up: modules loaded, JIT warm
  await floorOnce(file);
  const f = [];
  const floor = [];
  // interleaved, so that load from other processes hits both alike
  for (let i = 0; i < runs; i++) {
    f.push(await fenjieOnce(file));
    floor.push(await floorOnce(file));
  }
  const pages = floor[0].pages;
  const stage = (k) => median(f.map((x) => x.stages[k] ?? 0));
  const stages = {
    read: stage("read"),
    "table+rows": stage("rows"),
    normalise: stage("names"),
    "fill+pair": stage("fill"),
    validate: stage("validate"),
    write: stage("write"),
  };
  const parseMs = median(f.map((x) => x.parseMs));
  const floorMs = median(floor.map((x) => x.ms));
  return {
    file,
    pages,
    tasks: f[0].result.tasks.length,
    runs,
    fenjieMs: parseMs,
    fenjieWithWriteMs: median(f.map((x) => x.totalMs)),
    floorMs,
    ratio: parseMs / floorMs,
    stagesMs: stages,
    perPageMs: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, v / pages])),
    aboveFloorMs: parseMs - floorMs,
  };
}

async function textPath(file, runs) {
  await fenjieOnce(file);
  const samples = [];
  for (let i = 0; i < Math.max(runs, 10); i++) samples.push(await fenjieOnce(file));
  const ms = median(samples.map((s) => s.parseMs));
  const rows = samples[0].result.tasks.length;
  return { file, rows, runs: samples.length, parseMs: ms, rowsPerSecond: (rows / ms) * 1000 };
}

// ---------------------------------------------------------------- batch
async function batch(notices, jobs) {
  const dir = mkdtempSync(join(tmpdir(), "fenjie-batch-"));
  const input = join(dir, "in");
  mkdirSync(input);
  const pagesOf = {};
  for (const f of BATCH_SET) {
    if (f.endsWith(".pdf")) pagesOf[f] = (await floorOnce(f)).pages;
  }
  let count = 0;
  let pages = 0;
  for (let copy = 0; count < notices; copy++) {
    for (const f of BATCH_SET) {
      const name = `${String(copy).padStart(3, "0")}-${f.replace(/[/\\]/g, "_")}`;
      try {
        linkSync(join(ROOT, f), join(input, name));
      } catch {
        copyFileSync(join(ROOT, f), join(input, name));
      }
      count++;
      pages += pagesOf[f] ?? 0;
    }
  }
  const run = (j) => {
    const out = join(dir, `out-${j}`);
    const cli = ["bin/fenjie.js", "batch", input, "-o", out, "--jobs", String(j), "--force", "--no-progress", "-q"];
    const start = performance.now();
    const r = spawnSync(process.execPath, cli, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    const wallMs = performance.now() - start;
    if (r.status !== 0 && r.status !== 1) throw new Error(`fenjie batch exited ${r.status}: ${r.stderr}`);
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    const failed = summary.files.filter((x) => x.status !== "ok" && x.status !== "warnings").length;
    return { jobs: j, wallMs, noticesPerSecond: (count / wallMs) * 1000, pagesPerSecond: (pages / wallMs) * 1000, failed };
  };
  try {
    const one = run(1);
    const n = run(jobs);
    return {
      notices: count,
      pdfPages: pages,
      set: BATCH_SET.length,
      command: `node bin/fenjie.js batch DIR -o OUT --jobs J --force --no-progress -q`,
      runs: [one, n],
      scaling: one.wallMs / n.wallMs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- main
log(`fenjie bench: ${RUNS} runs each, batch of ≥ ${NOTICES} notices at --jobs 1 and ${JOBS}; load average ${loadBefore.map((x) => x.toFixed(2)).join(" ")}`);
log("whole process, 20 pages …");
const whole20 = wholeProcess(PDF20, RUNS, true);
log("whole process, 100 pages …");
const whole100 = wholeProcess(PDF100, Math.max(3, Math.ceil(RUNS / 2)), true);
log("whole process, text …");
const wholeText = wholeProcess(TEXT, RUNS);
log("in process vs pdfjs floor, 20 pages …");
const in20 = await inProcess(PDF20, RUNS);
log("in process vs pdfjs floor, 100 pages …");
const in100 = await inProcess(PDF100, Math.max(3, Math.ceil(RUNS / 2)));
log("text path …");
const text = await textPath(TEXT, RUNS);
log("batch …");
const batchResult = await batch(NOTICES, JOBS);
const loadAfter = loadavg();
rmSync(dirname(probeFile), { recursive: true, force: true });

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const pdfjsVersion = JSON.parse(readFileSync(join(ROOT, "node_modules/pdfjs-dist/package.json"), "utf8")).version;
const git = (spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).stdout ?? "").trim() || null;
const results = {
  floorRatio: round(in100.ratio, 3),
  wholeProcessMs20Pages: Math.round(whole20.wallMs),
  batchScaling: round(batchResult.scaling, 3),
  peakRssMb100Pages: round(whole100.peakRssMb, 1),
  date: new Date().toISOString(),
  fenjie: pkg.version,
  commit: git,
  machine: {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: availableParallelism(),
    memoryGb: round(totalmem() / 2 ** 30, 1),
    os: `${platform()} ${release()} ${arch()}`,
    node: process.version,
    pdfjs: pdfjsVersion,
    loadAverageBefore: loadBefore.map((x) => round(x, 2)),
    loadAverageAfter: loadAfter.map((x) => round(x, 2)),
  },
  targets: {},
  wholeProcess: { pdf20: rounded(whole20), pdf100: rounded(whole100), text: rounded(wholeText) },
  inProcess: { pdf20: rounded(in20), pdf100: rounded(in100) },
  textPath: rounded(text),
  batch: rounded(batchResult),
};
for (const t of TARGETS) {
  const value = t.value(results);
  results.targets[t.key] = { target: t.text, value: round(value, 3), met: t.met(value), by: round(t.by(value), 3) };
}

const resultsPath = join(ROOT, "bench/results.json");
const previous = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, "utf8")) : null;
process.stdout.write(renderReport(results) + compareWithPrevious(results, previous));
if (WRITE) {
  writeFileSync(resultsPath, JSON.stringify(results, null, 2) + "\n");
  log(`written ${resultsPath}`);
}

function round(x, digits = 1) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
function rounded(o) {
  return JSON.parse(JSON.stringify(o, (k, v) => (k === "result" ? undefined : typeof v === "number" && !Number.isInteger(v) ? round(v, v < 10 ? 3 : 1) : v)));
}
