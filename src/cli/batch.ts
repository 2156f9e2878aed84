/**
 * `fenjie batch INPUT... -o OUTDIR`: many notices into one dataset.
 */
import { layoutNames } from "../layouts/registry.js";
import { availableParallelism } from "node:os";
import { Command, Option } from "commander";
import { FenjieError } from "../errors.js";
import { loadAliases } from "../names/aliases.js";
import { ProgressReporter } from "../batch/progress.js";
import { DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_S } from "../batch/run.js";
import { batch } from "../batch/api.js";
import { batchMessages } from "../batch/messages.js";
import { limitsWithMaxSize, parseMaxSize } from "../read/limits.js";
import { failureLines, renderSummary } from "../batch/summary.js";
import { escapeControls } from "../text/controls.js";
import { CSV_RAW_HELP, FIRST_LISTED_LEAD_HELP, writeStdout } from "./output.js";
import { engineOption } from "./engine.js";
import type { PdfEngineName } from "../read/pdf-engine.js";

interface BatchFlags {
  output: string;
  jobs?: string;
  force?: boolean;
  failFast?: boolean;
  timeout?: string;
  maxMemory?: string;
  maxSize?: string;
  layout: string;
  password?: string;
  engine: PdfEngineName;
  aliases?: string;
  firstListedLead?: boolean;
  progress: boolean;
  quiet?: boolean;
  csvRaw?: boolean;
}

function positiveNumber(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new FenjieError("USAGE", `${flag} 需要一个正数，收到：${value}。`);
  return n;
}

export function registerBatch(program: Command): void {
  program
    .command("batch")
    .description("批量解析：文件、文件夹（递归）或通配符 → 每份通知的 JSON 与合并数据集 / parse many notices into one dataset")
    .argument("<INPUT...>", "文件、文件夹或通配符（如 'data/**/*.pdf'）/ files, folders, globs")
    .requiredOption("-o, --output <dir>", "输出文件夹（含 tasks.csv、tasks.jsonl、dataset.sqlite）/ output folder")
    .option("-j, --jobs <n>", `并行线程数（默认 CPU 核数 ${availableParallelism()}）/ worker threads`)
    .option("--force", "重新处理所有文件，即使内容与 fenjie 版本均未变 / redo unchanged inputs")
    .option("--fail-fast", "遇到第一个失败的文件即停止 / stop at the first failed input")
    .option("--timeout <seconds>", `单个文件的处理时限（秒，默认 ${DEFAULT_TIMEOUT_S}，0 表示不限）/ time limit per input (0: none)`)
    .option("--max-memory <MB>", `单个文件的内存上限（MB，默认 ${DEFAULT_MAX_MEMORY_MB}）/ heap limit per worker`)
    .option("--max-size <MB>", "输入文件大小上限（MB，同 fenjie parse --max-size）/ largest input accepted")
    .option("--layout <layout>", `强制使用某种版式 / force a layout: auto, ${layoutNames().join(", ")}`, "auto")
    .option("--password <password>", "加密 PDF 的密码 / password of encrypted PDFs")
    .addOption(engineOption())
    .option("--aliases <file>", "别名表（同 fenjie parse --aliases）/ alias table applied to every notice")
    .option("--first-listed-lead", FIRST_LISTED_LEAD_HELP)
    .option("--no-progress", "不显示进度 / no progress output")
    .option("--csv-raw", CSV_RAW_HELP)
    .addOption(new Option("-q, --quiet", "只打印错误（失败的文件），不显示进度和汇总表 / print nothing but errors"))
    .action(async (inputs: string[], flags: BatchFlags) => {
      const jobs = flags.jobs ? Math.floor(positiveNumber(flags.jobs, "--jobs")) : availableParallelism();
      const timeoutS = flags.timeout === undefined ? DEFAULT_TIMEOUT_S : flags.timeout.trim() === "0" ? 0 : positiveNumber(flags.timeout, "--timeout");
      const timeoutMs = timeoutS ? Math.round(timeoutS * 1000) : undefined;
      const maxMemoryMb = flags.maxMemory ? Math.round(positiveNumber(flags.maxMemory, "--max-memory")) : undefined;
      const maxSize = parseMaxSize(flags.maxSize);
      const aliases = flags.aliases ? await loadAliases(flags.aliases) : undefined;
      const mode = !flags.progress || flags.quiet ? "off" : process.stderr.isTTY ? "bar" : "lines";
      const messages = batchMessages();
      const outcome = await batch(inputs, flags.output, {
        jobs,
        force: !!flags.force,
        failFast: !!flags.failFast,
        ...(timeoutMs ? { timeoutMs } : {}),
        ...(maxMemoryMb ? { maxMemoryMb } : {}),
        ...(maxSize !== undefined ? { limits: limitsWithMaxSize(maxSize) } : {}),
        layout: flags.layout,
        ...(flags.password ? { password: flags.password } : {}),
        engine: flags.engine,
        ...(aliases ? { aliases } : {}),
        ...(flags.firstListedLead ? { firstListedLead: true } : {}),
        csvRaw: !!flags.csvRaw,
        progress: new ProgressReporter(process.stderr, mode, undefined, messages),
      });
      for (const u of outcome.unmatched) process.stderr.write(`fenjie batch: 没有匹配到任何文件：${escapeControls(u)}\n`);
      if (outcome.summary.files.length === 0) {
        throw new FenjieError("USAGE", `没有找到任何输入文件：${inputs.join(" ")}。请检查路径或通配符。`);
      }
      if (flags.quiet) process.stderr.write(failureLines(outcome.summary, messages));
      else await writeStdout(renderSummary(outcome.summary, outcome.times, messages));
      process.exitCode = outcome.exitCode;
    });
}
