#!/usr/bin/env node
// `npm run bench`: how fast fenjie is, as ratios to reference programs measured in the
// same run, on this repository's fixtures. Imports the built dist/ (the npm script builds
// first). Prints a table and writes bench/results.json.
//
//   node bench/run.mjs [--runs N] [--notices N] [--jobs N] [--no-batch] [--no-write]
//
// Whole-process figures are A/B: the variants of one input run one after another in each
// round (fenjie with each engine, the engines alone, pdftotext -layout, pdfminer's pdf2txt,
// node -e 0), so outside load hits them alike. CPU time of any child is read from
// /proc/self/stat (the children's user + system time, 10 ms ticks); peak RSS from the
// fenjie and floor processes themselves.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { arch, availableParallelism, cpus, loadavg, platform, release, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "../dist/index.js";
import { loadEngine } from "../dist/read/pdf-engine.js";
import { PDF_SETTINGS } from "../dist/model/settings.js";
import { DEFAULT_PDF_ENGINE } from "../dist/read/pdf-engine.js";
import { TARGETS, compareWithPrevious, median, renderReport } from "./report.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = flag("runs", 5);
const NOTICES = flag("notices", 200);
const JOBS = flag("jobs", 2);
const WRITE = !args.includes("--no-write");
const BATCH = !args.includes("--no-batch");

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
const load = () => loadavg().map((x) => Math.round(x * 100) / 100);
const loadBefore = load();
const work = mkdtempSync(join(tmpdir(), "fenjie-bench-"));
const probeFile = join(work, "probe.json");

// ---------------------------------------------------------------- children's CPU time
const TICK_MS = 10; // USER_HZ is 100 on Linux
/** CPU ms used by this process's waited-for children so far (null where /proc is missing). */
function childrenCpuMs() {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[13]) + Number(f[14])) * TICK_MS; // cutime, cstime
  } catch {
    return null;
  }
}
const has = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;

/** One run of a command: wall ms, CPU ms, peak RSS MB (from the probe, for node processes that write one). */
function runOnce(cmd, cmdArgs, probe) {
  rmSync(probeFile, { force: true });
  const cpu0 = childrenCpuMs();
  const start = performance.now();
  const r = spawnSync(cmd, cmdArgs, { cwd: ROOT, env: { ...process.env, FENJIE_BENCH_PROBE: probeFile }, stdio: ["ignore", "ignore", "pipe"] });
  const wallMs = performance.now() - start;
  const cpu1 = childrenCpuMs();
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(" ")} exited ${r.status}: ${r.stderr}`);
  const p = probe && existsSync(probeFile) ? JSON.parse(readFileSync(probeFile, "utf8")) : null;
  return { wallMs, cpuMs: cpu0 === null ? (p?.cpuMs ?? null) : cpu1 - cpu0, rssMb: p ? p.maxRssKb / 1024 : null, probe: p };
}

/** The programs compared on one input. */
function variants(file, isPdf) {
  const out = join(work, "out");
  const fenjie = (engine) => ({ name: `fenjie (${engine})`, cmd: process.execPath, args: ["bench/cli-probe.mjs", "parse", file, "-q", "--engine", engine, "-o", `${out}.json`], probe: true });
  if (!isPdf) return [{ ...fenjie(DEFAULT_PDF_ENGINE), name: "fenjie" }, { name: "node -e 0", cmd: process.execPath, args: ["-e", "0"] }];
  const v = [
    fenjie("pdfium"),
    fenjie("pdfjs"),
    { name: "pdfium alone", cmd: process.execPath, args: ["bench/floor-cli.mjs", file, "pdfium"], probe: true },
    { name: "pdf.js alone", cmd: process.execPath, args: ["bench/floor-cli.mjs", file, "pdfjs"], probe: true },
  ];
  if (has("pdftotext")) v.push({ name: "pdftotext -layout", cmd: "pdftotext", args: ["-layout", file, `${out}.txt`] });
  // pdfminer (the engine under pdfplumber) is slow: one run, on the 21-page notice only
  if (file === PDF20 && has("pdf2txt")) v.push({ name: "pdfminer pdf2txt", cmd: "pdf2txt", args: ["-o", `${out}.txt`, file], runs: 1 });
  return v;
}

function wholeProcess(file, runs) {
  const vs = variants(file, file.endsWith(".pdf"));
  for (const v of vs) runOnce(v.cmd, v.args, v.probe); // warm-up: file cache
  const samples = new Map(vs.map((v) => [v.name, []]));
  for (let i = 0; i < runs; i++) {
    for (const v of vs) if (i < (v.runs ?? runs)) samples.get(v.name).push(runOnce(v.cmd, v.args, v.probe));
  }
  const rows = {};
  for (const v of vs) {
    const s = samples.get(v.name);
    rows[v.name] = {
      command: [v.cmd === process.execPath ? "node" : v.cmd, ...v.args.map((a) => a.replace(work, "TMP"))].join(" "),
      runs: s.length,
      wallMs: median(s.map((x) => x.wallMs)),
      cpuMs: s[0].cpuMs === null ? null : median(s.map((x) => x.cpuMs)),
      peakRssMb: s[0].rssMb === null ? null : Math.max(...s.map((x) => x.rssMb)),
      ...(s[0].probe?.pdfjsLoaded !== undefined ? { pdfjsLoaded: s[0].probe.pdfjsLoaded, canvasLoaded: s[0].probe.canvasLoaded } : {}),
    };
  }
  return { file, variants: rows };
}

// ---------------------------------------------------------------- in process
async function fenjieOnce(file, engine) {
  const timings = {};
  const start = performance.now();
  const result = await parse(join(ROOT, file), { timings, engine });
  return { ms: performance.now() - start, stages: timings, tasks: result.tasks.length };
}
async function engineOnce(file, engine) {
  const bytes = new Uint8Array(readFileSync(join(ROOT, file)));
  const start = performance.now();
  const { pageCount } = await (await loadEngine(engine)).readPages(bytes, {}, PDF_SETTINGS, () => undefined);
  return { ms: performance.now() - start, pages: pageCount };
}
async function inProcess(file, engine, runs) {
  await fenjieOnce(file, engine); // warm-up: modules loaded, JIT warm
  await engineOnce(file, engine);
  const f = [];
  const e = [];
  for (let i = 0; i < runs; i++) {
    f.push(await fenjieOnce(file, engine));
    e.push(await engineOnce(file, engine));
  }
  const stage = (k) => median(f.map((x) => x.stages[k] ?? 0));
  const stages = { read: stage("read"), "table+rows": stage("rows"), normalise: stage("names"), "fill+pair": stage("fill"), validate: stage("validate") };
  const pages = e[0].pages;
  return {
    file,
    engine,
    pages,
    tasks: f[0].tasks,
    fenjieMs: median(f.map((x) => x.ms)),
    engineMs: median(e.map((x) => x.ms)),
    perPageMs: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, v / pages])),
  };
}

// ---------------------------------------------------------------- batch
async function batch(notices, jobs) {
  const dir = join(work, "batch");
  const input = join(dir, "in");
  mkdirSync(input, { recursive: true });
  const pagesOf = {};
  for (const f of BATCH_SET) if (f.endsWith(".pdf")) pagesOf[f] = (await engineOnce(f, DEFAULT_PDF_ENGINE)).pages;
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
    const before = load();
    const r = runOnce(process.execPath, ["bin/fenjie.js", "batch", input, "-o", out, "--jobs", String(j), "--force", "--no-progress", "-q"], false);
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    const failed = summary.files.filter((x) => x.status !== "ok" && x.status !== "warnings").length;
    return { jobs: j, wallMs: r.wallMs, cpuMs: r.cpuMs, noticesPerSecond: (count / r.wallMs) * 1000, pagesPerSecond: (pages / r.wallMs) * 1000, failed, loadBefore: before, loadAfter: load() };
  };
  const one = run(1);
  const n = run(jobs);
  return { notices: count, pdfPages: pages, set: BATCH_SET.length, command: "node bin/fenjie.js batch DIR -o OUT --jobs J --force --no-progress -q", runs: [one, n], scaling: one.wallMs / n.wallMs };
}

// ---------------------------------------------------------------- main
log(`fenjie bench: ${RUNS} rounds each; load average ${loadBefore.join(" ")}`);
try {
  log("whole process, 21 pages …");
  const pdf20 = wholeProcess(PDF20, RUNS);
  log("whole process, 102 pages …");
  const pdf100 = wholeProcess(PDF100, Math.max(3, Math.ceil(RUNS / 2)));
  log("whole process, text …");
  const text = wholeProcess(TEXT, RUNS);
  log("in process …");
  const inproc = [];
  for (const file of [PDF20, PDF100]) for (const engine of ["pdfium", "pdfjs"]) inproc.push(await inProcess(file, engine, file === PDF20 ? RUNS : Math.max(3, Math.ceil(RUNS / 2))));
  let batchResult = null;
  if (BATCH) {
    log("batch …");
    batchResult = await batch(NOTICES, JOBS);
  }

  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  const version = (name) => JSON.parse(readFileSync(join(ROOT, "node_modules", name, "package.json"), "utf8")).version;
  const git = (spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).stdout ?? "").trim() || null;
  const results = {
    date: new Date().toISOString(),
    fenjie: pkg.version,
    commit: git,
    defaultEngine: DEFAULT_PDF_ENGINE,
    machine: {
      cpu: cpus()[0]?.model ?? "unknown",
      cores: availableParallelism(),
      memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
      os: `${platform()} ${release()} ${arch()}`,
      node: process.version,
      pdfjs: version("pdfjs-dist"),
      pdfium: version("@embedpdf/pdfium"),
      loadAverageBefore: loadBefore,
      loadAverageAfter: load(),
    },
    wholeProcess: { pdf20, pdf100, text },
    inProcess: inproc,
    batch: batchResult,
    targets: {},
  };
  for (const t of TARGETS) {
    const value = t.value(results);
    results.targets[t.key] = value === null ? { target: t.text, value: null, met: null } : { target: t.text, value: Math.round(value * 1000) / 1000, met: t.met(value), by: Math.round(t.by(value) * 1000) / 1000 };
  }
  const resultsPath = join(ROOT, "bench/results.json");
  const previous = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, "utf8")) : null;
  process.stdout.write(renderReport(results) + compareWithPrevious(results, previous));
  if (WRITE) {
    if (previous?.scaling) results.scaling = previous.scaling; // bench/scaling.mjs's curves, written after this
    writeFileSync(resultsPath, JSON.stringify(results, (k, v) => (typeof v === "number" && !Number.isInteger(v) ? Math.round(v * 1000) / 1000 : v), 2) + "\n");
    log(`written ${resultsPath}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
