// The bench's targets and its printed report (see bench/run.mjs).

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The targets of issue 9. `by`: how far the value is from the limit, as a share of the limit (> 0: missed). */
export const TARGETS = [
  {
    key: "floorRatio",
    text: "in-process time ≤ 1.25 × pdfjs floor (largest PDF)",
    value: (r) => r.floorRatio,
    met: (v) => v <= 1.25,
    by: (v) => v / 1.25 - 1,
  },
  {
    key: "wholeProcessMs20Pages",
    text: "20-page notice < 1000 ms whole process",
    value: (r) => r.wholeProcessMs20Pages,
    met: (v) => v < 1000,
    by: (v) => v / 1000 - 1,
  },
  {
    key: "batchScaling",
    text: "batch scaling ≥ 1.7 × from 1 to N workers",
    value: (r) => r.batchScaling,
    met: (v) => v >= 1.7,
    by: (v) => 1.7 / v - 1,
  },
  {
    key: "peakRssMb100Pages",
    text: "peak RSS < 300 MB on the 100-page notice",
    value: (r) => r.peakRssMb100Pages,
    met: (v) => v < 300,
    by: (v) => v / 300 - 1,
  },
];

const ms = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const pct = (x) => `${x >= 0 ? "+" : "−"}${Math.abs(x * 100).toFixed(0)} %`;
const pad = (cells, widths) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");

function table(head, rows) {
  const widths = head.map((h, i) => Math.max([...String(h)].length, ...rows.map((r) => [...String(r[i])].length)));
  return [pad(head, widths), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map((r) => pad(r, widths))].join("\n") + "\n";
}

export function renderReport(r) {
  const m = r.machine;
  let out = `\nfenjie ${r.fenjie} (${r.commit ?? "?"}) · node ${m.node} · pdfjs ${m.pdfjs} · ${m.cpu} × ${m.cores} · load average ${m.loadAverageBefore.join(" ")} → ${m.loadAverageAfter.join(" ")}\n\n`;

  const w = r.wholeProcess;
  out += "Whole process (`fenjie parse FILE -q -o OUT.json`, median after a warm-up; floor = `node bench/floor-cli.mjs FILE`: pdfjs alone in a process)\n";
  const row = (name, x) => [name, x.runs, ms(x.wallMs), ms(x.cpuMs), x.peakRssMb.toFixed(0), x.floorWallMs ? ms(x.floorWallMs) : "", x.floorCpuMs ? ms(x.floorCpuMs) : "", x.floorCpuMs ? (x.cpuMs / x.floorCpuMs).toFixed(2) + "×" : "", x.pdfjsLoaded ? "yes" : "no"];
  out += table(
    ["input", "runs", "wall ms", "cpu ms", "peak RSS MB", "floor wall", "floor cpu", "cpu ratio", "pdfjs loaded"],
    [row("notice-20pages.pdf (21 p.)", w.pdf20), row("notice-100pages.pdf (102 p.)", w.pdf100), row("seed 000 (text)", w.text)],
  );

  out += "\nIn process, per page (ms; median; `table+rows` = finding the header and rebuilding rows, not separable cheaply)\n";
  const stages = Object.keys(r.inProcess.pdf20.perPageMs);
  out += table(
    ["input", "pages", ...stages, "fenjie", "pdfjs floor", "ratio"],
    ["pdf20", "pdf100"].map((k) => {
      const x = r.inProcess[k];
      return [x.file.replace(/.*\//, ""), x.pages, ...stages.map((s) => x.perPageMs[s].toFixed(2)), ms(x.fenjieMs), ms(x.floorMs), x.ratio.toFixed(2) + "×"];
    }),
  );
  out += "(fenjie = parse(), read through validate; write = toJson + toCsv, not in the ratio; floor = pdfjs getDocument + every page's getTextContent and getOperatorList, same options)\n";

  const b = r.batch;
  out += `\nBatch: ${b.notices} notices (${b.set} fixtures replicated, ${b.pdfPages} PDF pages)\n`;
  out += table(
    ["jobs", "wall ms", "notices/s", "PDF pages/s", "failed"],
    b.runs.map((x) => [x.jobs, ms(x.wallMs), x.noticesPerSecond.toFixed(1), x.pagesPerSecond.toFixed(1), x.failed]),
  );
  out += `scaling ${b.runs[0].jobs} → ${b.runs[1].jobs} workers: ${b.scaling.toFixed(2)}×\n`;

  const t = r.textPath;
  out += `\nText path: seed 000 (flattened dump, ${t.rows} rows): ${ms(t.parseMs)} ms in process → ${t.rowsPerSecond.toFixed(0)} rows/s\n`;

  out += "\nTargets\n";
  out += table(
    ["target", "measured", "", "margin"],
    TARGETS.map((x) => {
      const v = r.targets[x.key];
      return [v.target, String(v.value), v.met ? "met" : "MISSED", pct(v.by)];
    }),
  );
  return out;
}

/** The key figures as ratios to the committed results.json (machines differ: compare on one machine). */
export function compareWithPrevious(r, prev) {
  if (!prev) return "";
  const keys = ["floorRatio", "wholeProcessMs20Pages", "batchScaling", "peakRssMb100Pages"];
  let out = `\nAgainst the previous bench/results.json (${prev.date}, ${prev.commit ?? "?"}, load ${prev.machine?.loadAverageBefore?.join(" ") ?? "?"}): now ÷ then\n`;
  out += table(
    ["figure", "then", "now", "ratio"],
    keys.filter((k) => typeof prev[k] === "number").map((k) => [k, prev[k], r[k], (r[k] / prev[k]).toFixed(2) + "×"]),
  );
  return out;
}
