#!/usr/bin/env node
// The scaling property (issue 18): the time `fenjie parse` takes per row and per page stays
// flat as a notice grows — from 1k to 100k rows of text, from 10 to 2,000 ruled PDF pages, and
// one task whose text runs over 1k to 50k lines.
// Run by `npm run bench` after bench/run.mjs; alone:
//
//   node bench/scaling.mjs                    full curve: 1k 10k 40k 100k rows, 10 100 500 2000 pages
//   BENCH_SCALING=quick node bench/scaling.mjs   1k 4k 10k rows, 10 40 100 pages (a few minutes)
//   BENCH_SCALING=off npm run bench           skip it
//   options: --forms tsv,flat,list,aligned  --no-pdf  --no-text  --no-long-row  --no-write
//            --merge (replace only the curves measured now in results.json, keep the others)
//
// Inputs come from bench/scaling-inputs.mjs (deterministic: the same notice at any size, in
// four text forms and as a ruled PDF). Each size is one whole process, `node bin/fenjie.js parse
// FILE -q > OUT.json` (stdout redirected to a file), under /usr/bin/time for CPU time (user +
// system) and peak RSS. Per row (per page) = CPU ÷ rows (pages). Two ratios of the largest size
// to the smallest: the gross per-row time, which includes the fixed cost of starting Node and
// loading fenjie (so it falls with size), and the marginal per-row time — the CPU that the added
// rows cost, (CPU(n₂) − CPU(n₁)) ÷ (n₂ − n₁), between the two largest sizes against the two
// smallest — which is what grows if a step is super-linear. The property: both ≤ 2. Every parse
// is also checked: as many tasks as rows generated, numbered 1…n.
//
// Writes `scaling.full` (or `scaling.quick`) into bench/results.json, keeping the rest.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, openSync, closeSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { TEXT_FORMS, longRow, ruledPdf } from "./scaling-inputs.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const MODE = (process.env.BENCH_SCALING ?? "full").toLowerCase();
if (MODE === "off" || MODE === "0") {
  process.stderr.write("scaling bench: skipped (BENCH_SCALING=off)\n");
  process.exit(0);
}
if (MODE !== "full" && MODE !== "quick") {
  process.stderr.write(`scaling bench: BENCH_SCALING=${MODE}? use full, quick or off\n`);
  process.exit(2);
}
const QUICK = MODE === "quick";
const ROWS = QUICK ? [1000, 4000, 10000] : [1000, 10000, 40000, 100000];
const PAGES = QUICK ? [10, 40, 100] : [10, 100, 500, 2000];
/** One row whose task runs over this many lines (continuation joining). */
const LINES = QUICK ? [1000, 4000, 10000] : [1000, 5000, 20000, 50000];
const FORMS = (option("forms") ?? (QUICK ? "tsv,flat,list" : "tsv,flat,list,aligned")).split(",").filter(Boolean);
for (const f of FORMS) if (!TEXT_FORMS[f]) throw new Error(`unknown form ${f}: ${Object.keys(TEXT_FORMS).join(", ")}`);
const TEXT = !args.includes("--no-text");
const PDF = !args.includes("--no-pdf");
const WRITE = !args.includes("--no-write");
/** Replace only the curves measured now in results.json (e.g. one form re-measured after a fix). */
const MERGE = args.includes("--merge");
/** Runs at the small sizes (their figures are short and noisy): the median is kept. */
const SMALL_RUNS = 3;
/** fenjie refuses text over 16 MB by default; the largest text forms pass a higher limit. */
const TEXT_LIMIT_MB = 16;

const log = (s) => process.stderr.write(s + "\n");
const load = () => loadavg().map((x) => Math.round(x * 100) / 100);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const work = mkdtempSync(join(tmpdir(), "fenjie-scaling-"));
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

/** CPU ms of this process's waited-for children (the fallback without /usr/bin/time). */
function childrenCpuMs() {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[13]) + Number(f[14])) * 10;
  } catch {
    return null;
  }
}

/** One `fenjie parse FILE -q > OUT` process: CPU ms, wall ms, peak RSS MB, the parsed output. */
function parseOnce(file, extra) {
  const out = join(work, "out.json");
  const timeFile = join(work, "time.txt");
  const fd = openSync(out, "w");
  const fenjie = ["bin/fenjie.js", "parse", file, "-q", ...extra];
  const [cmd, cmdArgs] = TIME ? [TIME, ["-f", "%e %U %S %M", "-o", timeFile, process.execPath, ...fenjie]] : [process.execPath, fenjie];
  const cpu0 = childrenCpuMs();
  const start = performance.now();
  const r = spawnSync(cmd, cmdArgs, { cwd: ROOT, stdio: ["ignore", fd, "pipe"], maxBuffer: 64 << 20 });
  const wallMs = performance.now() - start;
  const cpu1 = childrenCpuMs();
  closeSync(fd);
  if (r.status !== 0) throw new Error(`fenjie parse ${file.replace(work, "TMP")} exited ${r.status}: ${String(r.stderr).slice(0, 2000)}`);
  let cpuMs = cpu0 === null ? null : cpu1 - cpu0;
  let rssMb = null;
  if (TIME) {
    const [, user, sys, maxKb] = readFileSync(timeFile, "utf8").trim().split("\n").at(-1).split(" ").map(Number);
    cpuMs = Math.round((user + sys) * 1000);
    rssMb = maxKb / 1024;
  }
  const result = JSON.parse(readFileSync(out, "utf8"));
  return { wallMs, cpuMs, rssMb, result };
}

/** Does the output hold rows 1…n, one task each? (the property is about time; this is its guard) */
function check(result, rows, taskLength) {
  const seqs = result.tasks.map((t) => t.seq);
  const numbered = seqs.length === rows && seqs.every((s, i) => s === i + 1) && (taskLength === undefined || result.tasks[0].task.length === taskLength);
  const warnings = result.diagnostics.filter((d) => d.level !== "info").length;
  return { tasks: seqs.length, numbered, warnings };
}

/** Measure one input at one size. */
function measure(label, file, units, unitName, extra, runs) {
  const before = load();
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(parseOnce(file, extra));
  const cpuMs = median(samples.map((s) => s.cpuMs));
  const point = {
    [unitName]: units,
    bytes: statSync(file).size,
    runs,
    cpuMs,
    wallMs: Math.round(median(samples.map((s) => s.wallMs))),
    peakRssMb: samples[0].rssMb === null ? null : Math.max(...samples.map((s) => s.rssMb)),
    cpuMsPerUnit: cpuMs / units,
    ...(extra.length ? { options: extra.join(" ") } : {}),
    loadBefore: before,
  };
  return { point, result: samples[0].result };
}

/** Measure a point; a parse that fails is recorded (its exit status and message) and the curve goes on. */
function tryMeasure(failures, label, n, fn) {
  try {
    return fn();
  } catch (e) {
    const message = String(e.message).split("\n")[0].slice(0, 400);
    log(`    FAILED: ${message}`);
    failures.push({ size: n, error: message });
    return null;
  }
}

/** The curve's ratios and the property. `key`: rows, pages or lines. */
function curveOf(points, key, failures = []) {
  const per = (p) => p.cpuMs / p[key];
  const marginal = [];
  for (let i = 1; i < points.length; i++) marginal.push((points[i].cpuMs - points[i - 1].cpuMs) / (points[i][key] - points[i - 1][key]));
  points.forEach((p, i) => (p.marginalCpuMsPerUnit = i ? marginal[i - 1] : null));
  const gross = points.length >= 2 ? per(points.at(-1)) / per(points[0]) : null;
  const marginalRatio = marginal.length >= 2 ? marginal.at(-1) / marginal[0] : null;
  const rssMarginal = points.length >= 2 && points[0].peakRssMb !== null ? ((points.at(-1).peakRssMb - points[0].peakRssMb) / (points.at(-1)[key] - points[0][key])) * 1000 : null;
  const correct = points.every((p) => p.numbered) && failures.length === 0;
  if (points.length < 2) return { points, failures, grossRatio: null, marginalRatio: null, rssMbPer1000: null, flat: null, correct };
  return {
    points,
    failures,
    grossRatio: gross,
    marginalRatio,
    rssMbPer1000: rssMarginal,
    // a curve with a failed size is not known to be flat
    flat: failures.length ? null : gross <= 2 && (marginalRatio === null || marginalRatio <= 2),
    correct,
  };
}

// ---------------------------------------------------------------- report
const fmt = (x, d = 1) => (x == null ? "n/a" : x.toFixed(d));
function table(head, rows) {
  const widths = head.map((h, i) => Math.max([...String(h)].length, ...rows.map((r) => [...String(r[i])].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n") + "\n";
}
const verdict = (flat) => (flat === null ? "flatness unknown (sizes failed)" : flat ? "flat" : "NOT FLAT");
function render(name, curve, key) {
  const unit = key.slice(0, -1);
  let out = `\n${name}: CPU = user + system of the whole process; marginal = Δ CPU ÷ Δ ${key} from the size above\n`;
  out += table(
    [key, "MB in", "CPU ms", "wall ms", "peak RSS MB", `CPU ms/${unit}`, `marginal ms/${unit}`, "tasks", "1…n", "load before"],
    curve.points.map((p) => [p[key] + (p.rows && key === "pages" ? ` (${p.rows} rows)` : ""), fmt(p.bytes / 2 ** 20, 2), p.cpuMs, p.wallMs, fmt(p.peakRssMb, 0), fmt(p.cpuMs / p[key], 3), fmt(p.marginalCpuMsPerUnit, 3), p.tasks, p.numbered ? "yes" : "NO", p.loadBefore.join(" ")]),
  );
  for (const f of curve.failures) out += `${f.size} ${key}: FAILED — ${f.error}\n`;
  out += `per-${unit} CPU, largest ÷ smallest: ${fmt(curve.grossRatio, 2)}; marginal, last step ÷ first step: ${fmt(curve.marginalRatio, 2)}; peak RSS +${fmt(curve.rssMbPer1000, 1)} MB per 1000 ${key} → ${verdict(curve.flat)}${curve.correct ? "" : curve.failures.length ? " · SIZES FAILED" : " · ROWS LOST OR MISNUMBERED"}\n`;
  return out;
}

// ---------------------------------------------------------------- main
const loadBefore = load();
log(`scaling bench (${MODE}): ${TEXT && FORMS.length ? `rows ${ROWS.join(" ")} × ${FORMS.join(", ")}; ` : ""}${PDF ? `PDF pages ${PAGES.join(" ")}; ` : ""}load average ${loadBefore.join(" ")}${TIME ? "" : "; /usr/bin/time missing: CPU from /proc, no peak RSS"}`);
const startedAt = Date.now();
const curves = {};
let report = "";
try {
  if (TEXT) {
    for (const form of FORMS) {
      const points = [];
      const failures = [];
      for (const n of ROWS) {
        const file = join(work, `${form}-${n}.txt`);
        writeFileSync(file, TEXT_FORMS[form](n));
        const mb = statSync(file).size / 2 ** 20;
        const extra = mb > TEXT_LIMIT_MB ? ["--max-size", String(Math.ceil(mb / 16) * 16)] : [];
        log(`  ${form} ${n} rows (${mb.toFixed(1)} MB) …`);
        const m = tryMeasure(failures, form, n, () => measure(form, file, n, "rows", extra, n <= 10000 ? SMALL_RUNS : 1));
        if (m) points.push({ ...m.point, ...check(m.result, n) });
        rmSync(file);
      }
      curves[form] = curveOf(points, "rows", failures);
      report += render(`Text, ${form}`, curves[form], "rows");
    }
  }
  if (PDF) {
    const points = [];
    const failures = [];
    for (const n of PAGES) {
      const file = join(work, `ruled-${n}.pdf`);
      const { bytes, rows } = ruledPdf(n);
      writeFileSync(file, bytes);
      log(`  PDF ${n} pages, ${rows} rows (${(bytes.length / 2 ** 20).toFixed(1)} MB) …`);
      const m = tryMeasure(failures, "pdf", n, () => measure("pdf", file, n, "pages", [], n <= 100 ? SMALL_RUNS : 1));
      if (m) points.push({ ...m.point, rows, ...check(m.result, rows) });
      rmSync(file);
    }
    curves.pdf = curveOf(points, "pages", failures);
    report += render("Ruled PDF (default engine)", curves.pdf, "pages");
  }
  if (TEXT && !args.includes("--no-long-row")) {
    const points = [];
    const failures = [];
    for (const n of LINES) {
      const file = join(work, `long-row-${n}.txt`);
      const text = longRow(n);
      writeFileSync(file, text);
      // the joined task: its first line and every continuation line, as written
      const taskLength = text.split("\n").filter((l) => l.startsWith("同步实施第") || l === "推进老旧小区改造，").join("").length;
      log(`  one row over ${n} lines …`);
      const m = tryMeasure(failures, "long-row", n, () => measure("long-row", file, n, "lines", [], n <= 5000 ? SMALL_RUNS : 1));
      if (m) points.push({ ...m.point, ...check(m.result, 2, taskLength) });
      rmSync(file);
    }
    curves.longRow = curveOf(points, "lines", failures);
    report += render("One task over many lines (flattened text: continuation joining)", curves.longRow, "lines");
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const all = Object.values(curves);
const summary = {
  date: new Date().toISOString(),
  commit: (spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).stdout ?? "").trim() || null,
  mode: MODE,
  command: `${QUICK ? "BENCH_SCALING=quick " : ""}node bench/scaling.mjs${option("forms") ? ` --forms ${FORMS.join(",")}` : ""}`,
  perProcess: "node bin/fenjie.js parse FILE -q > OUT.json, under /usr/bin/time",
  loadAverageBefore: loadBefore,
  loadAverageAfter: load(),
  minutes: Math.round((Date.now() - startedAt) / 600) / 100,
  property: "CPU per row (per page, per line): largest size ÷ smallest ≤ 2, and marginal CPU per row of the last step ÷ the first ≤ 2 (measured at the sizes that did not fail); every size parsed, every row present and numbered 1…n",
  flat: all.every((c) => c.flat === true) ? true : all.some((c) => c.flat === false) ? false : null,
  failed: Object.entries(curves).flatMap(([name, c]) => c.failures.map((f) => `${name} at ${f.size}: ${f.error}`)),
  correct: all.every((c) => c.correct),
  curves,
};
process.stdout.write(report);
process.stdout.write(`\nScaling (${MODE}, ${summary.minutes} min, load average ${loadBefore.join(" ")} → ${summary.loadAverageAfter.join(" ")}): ${verdict(summary.flat)}${summary.failed.length ? `; failed: ${summary.failed.length} size(s)` : ""}${summary.correct ? "" : "; rows lost, misnumbered or a size failed"}\n`);
if (QUICK) process.stdout.write("The full curve (100k rows, 2,000 pages): node bench/scaling.mjs (about 15 minutes on a loaded 2-core machine)\n");

if (WRITE) {
  const resultsPath = join(ROOT, "bench/results.json");
  const results = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, "utf8")) : {};
  let written = summary;
  const before = results.scaling?.[MODE];
  if (MERGE && before?.curves) {
    // --merge: the curves measured now replace theirs, the others stay (each says when it was measured)
    const stamp = (c, s) => ({ measured: c.measured ?? { date: s.date, commit: s.commit, loadAverageBefore: s.loadAverageBefore } , ...c });
    const curvesNow = { ...Object.fromEntries(Object.entries(before.curves).map(([k, c]) => [k, stamp(c, before)])), ...Object.fromEntries(Object.entries(curves).map(([k, c]) => [k, stamp(c, summary)])) };
    const merged = Object.values(curvesNow);
    written = {
      ...before,
      curves: curvesNow,
      flat: merged.every((c) => c.flat === true) ? true : merged.some((c) => c.flat === false) ? false : null,
      correct: merged.every((c) => c.correct),
      failed: Object.entries(curvesNow).flatMap(([name, c]) => c.failures.map((f) => `${name} at ${f.size}: ${f.error}`)),
    };
  }
  results.scaling = { ...(results.scaling ?? {}), [MODE]: written };
  writeFileSync(resultsPath, JSON.stringify(results, (k, v) => (typeof v === "number" && !Number.isInteger(v) ? Math.round(v * 1000) / 1000 : v), 2) + "\n");
  log(`written ${resultsPath} (scaling.${MODE})`);
}
// A curve that is not flat is reported, not failed (timings on a shared machine are no test); lost rows are.
process.exitCode = summary.correct ? 0 : 1;
