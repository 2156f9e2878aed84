/**
 * Run a batch: discover inputs, skip the unchanged ones, parse the rest in a
 * piscina worker-thread pool, write each input's JSON, the combined dataset,
 * summary.json and run.json. Results are put back in input order before
 * anything is written, so the outputs never depend on `jobs`.
 */
import { isForced, layoutNamed } from "../layouts/registry.js";
import { createHash } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { mkdir, open, readFile, rm, stat, unlink } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { EXIT, FenjieError } from "../errors.js";
import type { Producer } from "../model/schema.js";
import type { AliasMap } from "../names/aliases.js";
import type { InputLimits } from "../read/limits.js";
import { DEFAULT_PDF_ENGINE, type PdfEngineName } from "../read/pdf-engine.js";
import { escapeJsonControls } from "../text/controls.js";
import { writeAtomic } from "../write/atomic.js";
import { datasetCsvHeader, piecesOf } from "./dataset.js";
import { discoverInputs, type DiscoveredInput } from "./discover.js";
import { batchSqlite, DATASET_SQLITE } from "./sqlite.js";
import { checkOutDir, checkOutputs } from "./guard.js";
import { outputNames } from "./naming.js";
import type { ProgressReporter } from "./progress.js";
import { appendJournal, candidatesByFile, findReusable, JOURNAL_FILE, readJournal } from "./reuse.js";
import { FAILED_STATUSES, statusOfError, type BatchErrorCode } from "./status.js";
import { recordOfFailure, recordOfResult, summaryJson, totalsOf, type BatchParseOptions, type BatchSummary, type FileRecord } from "./summary.js";
import type { WorkerOutcome, WorkerTask } from "./worker.js";

/** Default per-input time limit of `fenjie batch` (s): a 100-page PDF takes about 3 s. */
export const DEFAULT_TIMEOUT_S = 120;

/** Default per-worker heap limit (MB): several times what the largest real notice needs. */
export const DEFAULT_MAX_MEMORY_MB = 1024;

/** Files a batch writes into its output folder. */
export const BATCH_FILES = {
  notices: "notices",
  jsonl: "tasks.jsonl",
  csv: "tasks.csv",
  summary: "summary.json",
  run: "run.json",
  sqlite: DATASET_SQLITE,
  /** appended to as each input finishes; removed when the run ends (a killed run resumes from it) */
  journal: JOURNAL_FILE,
} as const;

export interface BatchOptions {
  /** files, folders and glob patterns */
  inputs: readonly string[];
  outDir: string;
  /** worker threads (default: number of cores) */
  jobs: number;
  /** redo inputs even when their content and the fenjie version are unchanged */
  force?: boolean;
  /** stop at the first failed input; the rest are reported as not run */
  failFast?: boolean;
  /** per-input time limit; the worker is terminated and the input reported as failed (TIMEOUT) */
  timeoutMs?: number;
  /** per-worker heap limit in MB; an input that needs more is reported as failed (OUT_OF_MEMORY) */
  maxMemoryMb?: number;
  /** input size limits (as `fenjie parse --max-size`) */
  limits?: Partial<InputLimits>;
  layout?: string;
  password?: string;
  /** the PDF engine (as `fenjie parse --engine`; both give the same records) */
  engine?: PdfEngineName;
  /** alias table applied to every notice (as `fenjie parse --aliases`) */
  aliases?: AliasMap;
  /** read a "first listed leads" note (as `fenjie parse --first-listed-lead`) */
  firstListedLead?: boolean;
  /** tasks.csv without the formula guard (see write/formula.ts) */
  csvRaw?: boolean;
  cwd?: string;
  fenjieVersion: string;
  progress?: ProgressReporter;
}

export interface BatchOutcome {
  summary: BatchSummary;
  /** ms per input, null when skipped as unchanged */
  times: Map<string, number | null>;
  elapsedMs: number;
  exitCode: number;
  unmatched: string[];
}

/**
 * The compiled worker: workers cannot load .ts, so when this module runs from
 * `src/` (under vitest) it uses the built `dist/batch/worker.js`.
 */
export function workerFile(): string {
  const beside = fileURLToPath(new URL("./worker.js", import.meta.url));
  if (existsSync(beside)) return beside;
  const built = fileURLToPath(new URL("../../dist/batch/worker.js", import.meta.url));
  if (existsSync(built)) return built;
  throw new Error("fenjie batch: compiled worker not found (dist/batch/worker.js); run `npm run build` first");
}

/** sha256 of a file, streamed (a stray multi-GB file is never held in memory); null when unreadable. */
async function hashFile(path: string): Promise<string | null> {
  try {
    if (!(await stat(path)).isFile()) return null; // a device or pipe would never end (or be used up)
    const hash = createHash("sha256");
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    return hash.digest("hex");
  } catch {
    return null;
  }
}

async function loadPrevious(path: string): Promise<BatchSummary | null> {
  try {
    const s = JSON.parse(await readFile(path, "utf8")) as BatchSummary;
    return Array.isArray(s.files) ? s : null;
  } catch {
    return null;
  }
}


/** A hash of an alias table, so a re-run with a different table redoes every input. */
function aliasHash(aliases: AliasMap): string {
  const pairs = [...aliases].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return createHash("sha256").update(JSON.stringify(pairs)).digest("hex");
}

interface Slot {
  input: DiscoveredInput;
  name: string;
  sha256: string | null;
  record?: FileRecord;
  /** the notice's lines of tasks.jsonl and tasks.csv */
  jsonl?: string;
  csv?: string;
  ms: number | null;
}

export async function runBatch(options: BatchOptions): Promise<BatchOutcome> {
  // an unknown layout is one usage error, not a failure of every input
  if (isForced(options.layout)) layoutNamed(options.layout);
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const cwd = options.cwd ?? process.cwd();
  const outDir = resolve(cwd, options.outDir);
  const noticesDir = join(outDir, BATCH_FILES.notices);
  const parseOptions: BatchParseOptions = {
    layout: options.layout ?? "auto",
    password: !!options.password,
    aliases: options.aliases ? aliasHash(options.aliases) : null,
    ...(options.firstListedLead ? { firstListedLead: true as const } : {}),
  };

  const producer: Producer = { fenjie: options.fenjieVersion, options: { ...parseOptions } };
  const csvOptions = { raw: !!options.csvRaw };

  // nothing is written before the outputs are known not to touch any input
  await checkOutDir(outDir, options.inputs, cwd, options.outDir);
  const discovery = await discoverInputs(options.inputs, { cwd, exclude: [outDir] });
  if (discovery.inputs.length === 0) {
    throw new FenjieError("USAGE", `没有找到任何输入文件：${options.inputs.join(" ")}。请检查路径或通配符。`);
  }
  const names = outputNames(discovery.inputs.map((i) => i.file));
  const inputPaths = discovery.inputs.map((i) => i.path);
  await checkOutputs(
    [...Object.values(BATCH_FILES).filter((f) => f !== BATCH_FILES.notices).map((f) => join(outDir, f)), ...names.map((n) => join(noticesDir, n))],
    inputPaths,
  );
  try {
    await mkdir(noticesDir, { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new FenjieError("OUTPUT_UNWRITABLE", `无法创建输出文件夹：${options.outDir}（${code}）。请换一个文件夹路径（不能是已存在的文件）。`);
  }
  const previous = await loadPrevious(join(outDir, BATCH_FILES.summary));
  const candidates = options.force ? new Map() : candidatesByFile(previous, await readJournal(outDir));

  const slots: Slot[] = [];
  for (const [i, input] of discovery.inputs.entries()) {
    const slot: Slot = { input, name: names[i]!, sha256: await hashFile(input.path), ms: null };
    const output = `${BATCH_FILES.notices}/${slot.name}`;
    const reused = options.force ? null : await findReusable(outDir, { file: input.file, sha256: slot.sha256, output, producer }, candidates.get(input.file) ?? []);
    if (reused && "result" in reused) {
      const pieces = await piecesOf(reused.result, csvOptions);
      slot.record = recordOfResult(reused.result, output);
      slot.jsonl = pieces.jsonl;
      slot.csv = pieces.csv;
      if (reused.from !== output) await writeBatchFile(join(noticesDir, slot.name), pieces.json, options.outDir); // renamed input
    } else if (reused) {
      slot.record = reused.record;
    }
    slots.push(slot);
  }

  const total = slots.length;
  let done = slots.filter((s) => s.record).length;
  let failures = slots.filter((s) => s.record && FAILED_STATUSES.has(s.record.status)).length;
  let running: string | undefined;
  const report = (last = false): void => options.progress?.update({ done, total, failures, elapsedMs: performance.now() - started, ...(running && !last && done < total ? { current: running } : {}) }, last);
  report();
  const ticker = setInterval(() => report(), 1000);
  ticker.unref();

  const stop = new AbortController();
  if (options.failFast && failures > 0) stop.abort();
  const todo = slots.filter((s) => !s.record);
  const jobs = Math.max(1, Math.min(options.jobs, todo.length || 1));
  const pool = todo.length && !stop.signal.aborted
    ? new Piscina({
        filename: workerFile(),
        workerData: await sharedWorkerData(todo, options.engine),
        minThreads: jobs,
        maxThreads: jobs,
        idleTimeout: 1000,
        // a worker past its heap limit dies alone (ERR_WORKER_OUT_OF_MEMORY); piscina starts a new one
        resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB },
      })
    : null;

  const finish = async (slot: Slot, outcome: WorkerOutcome): Promise<void> => {
    slot.ms = outcome.ms;
    if (outcome.ok) {
      slot.record = outcome.record;
      slot.jsonl = outcome.jsonl;
      slot.csv = outcome.csv;
    } else {
      const format = slot.sha256 === null ? null : await sniffFormat(slot.input.path);
      slot.record = recordOfFailure(slot.input.file, statusOfError(outcome.code, outcome.notANotice), outcome.code, outcome.message, slot.sha256, format);
      await unlink(join(noticesDir, slot.name)).catch(() => undefined);
    }
    await appendJournal(outDir, { producer, record: slot.record });
    done++;
    if (FAILED_STATUSES.has(slot.record.status)) {
      failures++;
      if (options.failFast) stop.abort();
    }
    report();
  };

  // keep at most `jobs` tasks in the pool, so a task's time limit runs from when it starts
  let next = 0;
  const lane = async (): Promise<void> => {
    while (pool && next < todo.length && !stop.signal.aborted) {
      const slot = todo[next++]!;
      running = slot.input.file;
      const task: WorkerTask = {
        path: slot.input.path,
        file: slot.input.file,
        jsonPath: join(noticesDir, slot.name),
        output: `${BATCH_FILES.notices}/${slot.name}`,
        producer,
        csvRaw: csvOptions.raw,
        options: {
          layout: parseOptions.layout,
          ...(options.password ? { password: options.password } : {}),
          ...(options.engine ? { engine: options.engine } : {}),
          ...(options.aliases ? { aliases: options.aliases } : {}),
          ...(options.limits ? { limits: options.limits } : {}),
          ...(options.firstListedLead ? { firstListedLead: true } : {}),
        },
      };
      const timeout = options.timeoutMs ? AbortSignal.timeout(options.timeoutMs) : null;
      const signal = timeout ? AbortSignal.any([stop.signal, timeout]) : stop.signal;
      const t0 = performance.now();
      let outcome: WorkerOutcome;
      try {
        outcome = (await pool.run(task, { signal })) as WorkerOutcome;
      } catch (err) {
        const ms = Math.round(performance.now() - t0);
        const oom = (err as NodeJS.ErrnoException)?.code === "ERR_WORKER_OUT_OF_MEMORY";
        const code: BatchErrorCode = timeout?.aborted ? "TIMEOUT" : stop.signal.aborted ? "CANCELLED" : oom ? "OUT_OF_MEMORY" : "INTERNAL";
        const message =
          code === "TIMEOUT"
            ? `处理超时（超过 ${options.timeoutMs! / 1000} 秒）：${slot.input.file}。可用 --timeout 放宽时限，或单独用 fenjie parse 检查该文件。`
            : code === "OUT_OF_MEMORY"
              ? `内存不足（超过 ${options.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB} MB）：${slot.input.file}。可用 --max-memory 放宽上限，或单独用 fenjie parse 检查该文件。`
              : code === "CANCELLED"
              ? `因 --fail-fast 在其他文件失败后中止：${slot.input.file}。`
              : `内部错误（这是 fenjie 的缺陷，请附上输入文件报告）：${(err as Error)?.message ?? String(err)}`;
        outcome = { ok: false, code, message, ms };
      }
      if (outcome.ok || outcome.code !== "CANCELLED") await finish(slot, outcome);
      else slot.ms = outcome.ms;
    }
  };
  try {
    await Promise.all(Array.from({ length: jobs }, lane));
  } finally {
    clearInterval(ticker);
    await pool?.destroy();
  }
  report(true);
  options.progress?.finish();

  for (const slot of slots) {
    slot.record ??= recordOfFailure(
      slot.input.file,
      "not_run",
      "CANCELLED",
      `未处理：--fail-fast 在其他文件失败后停止了批处理。`,
      slot.sha256,
      null,
    );
  }
  const records = slots.map((s) => s.record!);
  const summary: BatchSummary = {
    fenjie: options.fenjieVersion,
    options: parseOptions,
    totals: totalsOf(records),
    files: records,
    ignored: discovery.ignored,
  };
  await writeBatchFile(join(outDir, BATCH_FILES.jsonl), slots.map((s) => s.jsonl ?? "").join(""), options.outDir);
  await writeBatchFile(join(outDir, BATCH_FILES.csv), (await datasetCsvHeader()) + slots.map((s) => s.csv ?? "").join(""), options.outDir);
  await writeBatchFile(join(outDir, BATCH_FILES.sqlite), await batchSqlite(outDir, records, options.fenjieVersion), options.outDir);
  await writeBatchFile(join(outDir, BATCH_FILES.summary), summaryJson(summary), options.outDir);
  await rm(join(outDir, BATCH_FILES.journal), { force: true }); // the summary now says it all

  // outputs of inputs that are no longer part of the batch would pass for current data: remove them
  const current = new Set(records.map((r) => r.output).filter((o): o is string => !!o));
  const inputs = new Set(inputPaths);
  for (const old of previous?.files ?? []) {
    const path = old.output ? join(outDir, old.output) : null;
    if (path && old.output && !current.has(old.output) && old.output.startsWith(`${BATCH_FILES.notices}/`) && !inputs.has(path)) {
      await unlink(path).catch(() => undefined);
    }
  }

  const elapsedMs = Math.round(performance.now() - started);
  // ms per processed input, null for an input skipped as unchanged; inputs not run are left out
  const times = new Map(slots.filter((s) => s.record?.status !== "not_run").map((s) => [s.input.file, s.ms]));
  const run = {
    startedAt,
    elapsedMs,
    jobs,
    files: slots.map((s) => ({ file: s.input.file, ms: s.ms, skipped: s.ms === null && s.record?.status !== "not_run" })),
  };
  await writeBatchFile(join(outDir, BATCH_FILES.run), escapeJsonControls(JSON.stringify(run, null, 2)) + "\n", options.outDir);

  const exitCode = summary.totals.failed > 0 || summary.totals.byStatus.not_run > 0 ? EXIT.batchFailures : EXIT.ok;
  return { summary, times, elapsedMs, exitCode, unmatched: discovery.unmatched };
}

/**
 * What every worker gets when it starts: PDFium's WebAssembly module, compiled
 * once here, when a PDF is to be read with it (workers only instantiate it).
 */
async function sharedWorkerData(todo: readonly Slot[], engine: PdfEngineName | undefined): Promise<Record<string, unknown>> {
  if ((engine ?? DEFAULT_PDF_ENGINE) !== "pdfium") return {};
  for (const slot of todo) {
    if ((await sniffFormat(slot.input.path)) === "pdf") {
      const { compiledPdfium, WORKER_DATA_KEY } = await import("../read/pdfium-wasm.js");
      return { [WORKER_DATA_KEY]: await compiledPdfium() };
    }
  }
  return {};
}

/** Write one of the batch's files; a failure (full disk, no permission) is OUTPUT_UNWRITABLE. */
async function writeBatchFile(path: string, data: string | Uint8Array, shownOutDir: string): Promise<void> {
  try {
    await writeAtomic(path, data);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message ?? String(err);
    throw new FenjieError("OUTPUT_UNWRITABLE", `无法写入批量处理的输出：${path}（${code}）。请检查输出文件夹 ${shownOutDir} 的磁盘空间和写权限。`);
  }
}

async function sniffFormat(path: string): Promise<"txt" | "pdf" | null> {
  try {
    const handle = await open(path, "r");
    try {
      const buf = Buffer.alloc(1024);
      const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
      const head = buf.subarray(0, bytesRead);
      if (head.toString("latin1").includes("%PDF-")) return "pdf";
      // a ZIP or OLE2 container: which document it holds is not told by its first bytes
      if ((head[0] === 0x50 && head[1] === 0x4b) || (head[0] === 0xd0 && head[1] === 0xcf)) return null;
      return "txt";
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}
