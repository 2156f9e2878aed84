// The bench's targets (issue 16) and its printed report (see bench/run.mjs).

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const v = (r, input, name) => r.wholeProcess[input]?.variants[name];
const fenjie = (r, input) => v(r, input, `fenjie (${r.defaultEngine})`) ?? v(r, input, "fenjie");
const ratio = (a, b) => (a == null || b == null || !b ? null : a / b);

/** The targets, as ratios measured in the same run. `by`: how far from the limit, as a share of it (> 0: missed). */
export const TARGETS = [
  {
    key: "cpuVsPdftotext20",
    text: "CPU of `fenjie parse` ≤ 3 × `pdftotext -layout`, 21-page ruled notice",
    value: (r) => ratio(fenjie(r, "pdf20")?.cpuMs, v(r, "pdf20", "pdftotext -layout")?.cpuMs),
    met: (x) => x <= 3,
    by: (x) => x / 3 - 1,
  },
  {
    key: "wallMs20",
    text: "wall time of `fenjie parse` < 1000 ms, 21-page notice (median)",
    value: (r) => fenjie(r, "pdf20")?.wallMs ?? null,
    met: (x) => x < 1000,
    by: (x) => x / 1000 - 1,
  },
  {
    key: "cpuVsNode",
    text: "CPU of `fenjie parse` ≤ 3 × `node -e 0`, text notice (seed 000)",
    value: (r) => ratio(fenjie(r, "text")?.cpuMs, v(r, "text", "node -e 0")?.cpuMs),
    met: (x) => x <= 3,
    by: (x) => x / 3 - 1,
  },
  {
    key: "peakRssMb100",
    text: "peak RSS of `fenjie parse` < 150 MB, 102-page notice",
    value: (r) => fenjie(r, "pdf100")?.peakRssMb ?? null,
    met: (x) => x < 150,
    by: (x) => x / 150 - 1,
  },
  {
    key: "batchScaling",
    text: "batch --jobs 2 ≥ 1.7 × --jobs 1 (idle machine; load average beside it)",
    value: (r) => r.batch?.scaling ?? null,
    met: (x) => x >= 1.7,
    by: (x) => 1.7 / x - 1,
  },
];

const ms = (x) => (x == null ? "n/a" : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const pct = (x) => `${x >= 0 ? "+" : "−"}${Math.abs(x * 100).toFixed(0)} %`;
const pad = (cells, widths) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");

function table(head, rows) {
  const widths = head.map((h, i) => Math.max([...String(h)].length, ...rows.map((r) => [...String(r[i])].length)));
  return [pad(head, widths), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map((r) => pad(r, widths))].join("\n") + "\n";
}

export function renderReport(r) {
  const m = r.machine;
  let out = `\nfenjie ${r.fenjie} (${r.commit ?? "?"}) · default engine ${r.defaultEngine} · node ${m.node} · pdfjs ${m.pdfjs} · @embedpdf/pdfium ${m.pdfium} · ${m.cpu} × ${m.cores} · load average ${m.loadAverageBefore.join(" ")} → ${m.loadAverageAfter.join(" ")}\n`;
  for (const [key, label] of [["pdf20", "notice-20pages.pdf (21 pages)"], ["pdf100", "notice-100pages.pdf (102 pages)"], ["text", "seed 000 (text, 173 rows)"]]) {
    const w = r.wholeProcess[key];
    const base = fenjie(r, key);
    out += `\nWhole process, ${label}: median of rounds, CPU = user + system\n`;
    out += table(
      ["program", "runs", "wall ms", "CPU ms", "peak RSS MB", "fenjie CPU ÷ this"],
      Object.entries(w.variants).map(([name, x]) => [name, x.runs, ms(x.wallMs), ms(x.cpuMs), x.peakRssMb == null ? "n/a" : x.peakRssMb.toFixed(0), x === base ? "" : ratio(base.cpuMs, x.cpuMs)?.toFixed(2) ?? "n/a"]),
    );
  }
  out += "\nIn process (warm), ms per page by stage; engine = the engine's readPages alone\n";
  const stages = Object.keys(r.inProcess[0].perPageMs);
  out += table(
    ["input", "engine", "pages", ...stages, "fenjie ms", "engine ms", "ratio"],
    r.inProcess.map((x) => [x.file.replace(/.*\//, ""), x.engine, x.pages, ...stages.map((s) => x.perPageMs[s].toFixed(2)), ms(x.fenjieMs), ms(x.engineMs), (x.fenjieMs / x.engineMs).toFixed(2) + "×"]),
  );
  const b = r.batch;
  if (b) {
    out += `\nBatch: ${b.notices} notices (${b.set} fixtures replicated, ${b.pdfPages} PDF pages)\n`;
    out += table(
      ["jobs", "wall ms", "CPU ms", "notices/s", "PDF pages/s", "failed", "load before", "load after"],
      b.runs.map((x) => [x.jobs, ms(x.wallMs), ms(x.cpuMs), x.noticesPerSecond.toFixed(1), x.pagesPerSecond.toFixed(1), x.failed, x.loadBefore.join(" "), x.loadAfter.join(" ")]),
    );
    out += `scaling ${b.runs[0].jobs} → ${b.runs[1].jobs} workers: ${b.scaling.toFixed(2)}×\n`;
  }
  out += "\nTargets\n";
  out += table(
    ["target", "measured", "", "margin"],
    TARGETS.map((t) => {
      const x = r.targets[t.key];
      return [x.target, x.value == null ? "n/a" : String(x.value), x.met == null ? "n/a" : x.met ? "met" : "MISSED", x.by == null ? "" : pct(x.by)];
    }),
  );
  return out;
}

/** The target figures as ratios to the committed results.json (machines differ: compare on one machine). */
export function compareWithPrevious(r, prev) {
  if (!prev?.targets) return "";
  const keys = TARGETS.map((t) => t.key).filter((k) => typeof prev.targets[k]?.value === "number" && typeof r.targets[k]?.value === "number");
  if (!keys.length) return "";
  let out = `\nAgainst the previous bench/results.json (${prev.date}, ${prev.commit ?? "?"}, load ${prev.machine?.loadAverageBefore?.join(" ") ?? "?"}): now ÷ then\n`;
  out += table(
    ["figure", "then", "now", "ratio"],
    keys.map((k) => [k, prev.targets[k].value, r.targets[k].value, (r.targets[k].value / prev.targets[k].value).toFixed(2) + "×"]),
  );
  return out;
}
