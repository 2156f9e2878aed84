/**
 * The `fenjie` command line: a thin layer over the library's `parse`.
 */
import { readFileSync } from "node:fs";
import { DEFAULT_LIMITS, formatMB, limitsWithMaxSize, parseMaxSize } from "../read/limits.js";
import { Command, CommanderError, Option } from "commander";
import { BINARY_FORMATS, OUTPUT_FORMATS, resolveOutputFormat, type OutputFormat } from "./format.js";
import { useColor } from "./color.js";
import { localize, withHelpHint } from "./usage.js";
import { checkLine, writtenLine } from "./written.js";
import { EXIT, FenjieError } from "../errors.js";
import { parse } from "../parse.js";
import { layoutNames } from "../layouts/registry.js";
import { resultJsonSchema } from "../model/schema.js";
import { toCsv } from "../write/csv.js";
import { toJson } from "../write/json.js";
import { toJsonl, toLongCsv } from "../write/long.js";
import { registerReview } from "./review.js";
import { CSV_RAW_HELP, FIRST_LISTED_LEAD_HELP, prepareOutput, stdoutUnwritable, writePrepared, writeStdout } from "./output.js";
import { formatDiagnostic } from "./report.js";
import { parseWithin } from "./timed-parse.js";
import { escapeControls } from "../text/controls.js";
import { loadAliases } from "../names/aliases.js";
import { registerBatch } from "./batch.js";
import { registerStats } from "./stats.js";
import { registerDiff } from "./diff.js";
import { engineOption } from "./engine.js";
import type { PdfEngineName } from "../read/pdf-engine.js";

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

/** Standard input, refused as soon as it passes `maxBytes` (never buffered whole past the limit). */
async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      process.stdin.destroy();
      throw new FenjieError("INPUT_TOO_LARGE", `标准输入过大（超过 ${formatMB(maxBytes)}）。这不像一份通知；如确需处理，请用 --max-size 放宽上限（单位 MB）。`, "-");
    }
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}


interface ParseFlags {
  /** absent: taken from the extension of -o, else json */
  format?: OutputFormat;
  long?: boolean;
  output?: string;
  join: string;
  bom: boolean;
  strict?: boolean;
  color: boolean;
  quiet?: boolean;
  layout: string;
  password?: string;
  engine: PdfEngineName;
  aliases?: string;
  maxSize?: string;
  csvRaw?: boolean;
  timeout?: string;
  firstListedLead?: boolean;
}

async function runParse(file: string, flags: ParseFlags): Promise<number> {
  const format = resolveOutputFormat(flags.format, flags.output);
  if (BINARY_FORMATS.has(format) && !flags.output) {
    const example = format === "xlsx" ? "分解表.xlsx" : "分解表.sqlite";
    throw new FenjieError("USAGE", `${format} 是二进制文件，不能写到标准输出：请用 -o 指定输出文件，例如 -o ${example}。`);
  }
  if (flags.long && format !== "csv" && format !== "jsonl") {
    throw new FenjieError("USAGE", `--long 只适用于 -f csv 或 -f jsonl，不适用于 -f ${format}。`);
  }
  const out = flags.output ? await prepareOutput(flags.output, [file, ...(flags.aliases ? [flags.aliases] : [])]) : null;
  const timeoutMs = parseTimeout(flags.timeout);
  const limits = limitsWithMaxSize(parseMaxSize(flags.maxSize));
  const input = file === "-" ? await readStdin(Math.max(limits.maxTextBytes, limits.maxPdfBytes)) : file;
  const aliases = flags.aliases ? await loadAliases(flags.aliases) : undefined;
  const options = {
    layout: flags.layout,
    ...(aliases ? { aliases } : {}),
    ...(flags.password ? { password: flags.password } : {}),
    engine: flags.engine,
    ...(file === "-" ? { fileName: "-" } : {}),
    limits,
    ...(flags.firstListedLead ? { firstListedLead: true } : {}),
  };
  const result = await parseWithin(input, options, timeoutMs, file);
  const text = await render(result, format, flags);
  if (out) await writePrepared(out, text);
  else await writeStdout(text);

  const color = useColor(flags.color, process.stderr.isTTY);
  if (!flags.quiet) for (const d of result.diagnostics) process.stderr.write(formatDiagnostic(d, result.source.file, color) + "\n");
  if (!flags.quiet) process.stderr.write((flags.output ? writtenLine(flags.output, format, result) : checkLine(format, result)) + "\n");
  const serious = result.diagnostics.some((d) => d.level !== "info");
  return flags.strict && serious ? EXIT.warnings : EXIT.ok;
}

/** `--timeout SECONDS` in ms; absent or 0: no limit. */
function parseTimeout(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === "0") return undefined;
  const s = Number(value);
  if (!Number.isFinite(s) || s <= 0) throw new FenjieError("USAGE", `--timeout 需要一个正数（秒），收到：${value}。`);
  return Math.round(s * 1000);
}

async function render(result: Awaited<ReturnType<typeof parse>>, format: OutputFormat, flags: ParseFlags): Promise<string | Uint8Array> {
  switch (format) {
    case "csv":
      return flags.long ? toLongCsv(result, { bom: flags.bom, raw: !!flags.csvRaw }) : toCsv(result, { join: flags.join, bom: flags.bom, raw: !!flags.csvRaw });
    case "jsonl":
      return toJsonl(result, { long: flags.long === true });
    case "xlsx": {
      // loaded only when asked for: exceljs takes about a second to load
      const { toXlsx } = await import("../write/xlsx.js");
      return toXlsx(result);
    }
    case "sqlite": {
      // loaded only when asked for: sql.js compiles its WebAssembly on first use
      const { toSqlite } = await import("../write/sqlite.js");
      return toSqlite([result], { fenjie: version() });
    }
    default:
      return toJson(result);
  }
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name("fenjie")
    .description("把《政府工作报告》目标任务责任分解通知（PDF 或文本）转换为结构化数据\nTurn 责任分解 notices (PDF or text) into validated JSON / CSV")
    .version(version(), "-V, --version", "显示版本号 / print the version")
    .helpOption("-h, --help", "显示帮助 / show help")
    .helpCommand("help [command]", "显示某个命令的帮助，如 fenjie help parse / help for a command")
    .exitOverride();

  program
    .command("parse")
    .description("解析一份通知 / parse one notice (PDF or text; `-` reads standard input)")
    .argument("<FILE>", "通知文件路径，或 - 表示标准输入")
    .addOption(new Option("-f, --format <format>", "输出格式，不写时按 -o 的扩展名（.csv .xlsx .jsonl .sqlite），否则为 json / output format, else from the extension of -o").choices([...OUTPUT_FORMATS]))
    .option("-o, --output <file>", "写入文件（原子写入）而不是标准输出；xlsx、sqlite 必须指定 / write to a file atomically")
    .option("--long", "长表：每个（任务, 角色, 单位或人员）一行，用于 csv / jsonl / long format for csv or jsonl")
    .option("--join <sep>", "CSV 多值单元格的分隔符 / separator inside multi-valued CSV cells", "；")
    .option("--no-bom", "CSV 不写 UTF-8 BOM / no byte order mark in CSV")
    .option("--csv-raw", CSV_RAW_HELP)
    .option("--strict", "有警告时以退出码 1 结束 / exit 1 when there are warnings")
    .option("--no-color", "诊断信息不着色 / no colour in diagnostics")
    .option("-q, --quiet", "不在 stderr 打印诊断 / do not print diagnostics")
    .option("--layout <layout>", `强制使用某种版式 / force a layout: auto, ${layoutNames().join(", ")}`, "auto")
    .option("--password <password>", "加密 PDF 的密码 / password of an encrypted PDF")
    .addOption(engineOption())
    .option("--aliases <file>", "别名表（JSON 或 CSV：原名,统一名），解析后统一名称 / map local spellings onto one name")
    .option("--first-listed-lead", FIRST_LISTED_LEAD_HELP)
    .option("--timeout <seconds>", "处理时限（秒，默认不限）；超时以退出码 3 结束 [TIMEOUT] / time limit in seconds, none by default")
    .option("--max-size <MB>", `输入文件大小上限（MB，默认文本 ${formatMB(DEFAULT_LIMITS.maxTextBytes)}、PDF ${formatMB(DEFAULT_LIMITS.maxPdfBytes)}）/ largest input accepted`)
    .action(async (file: string, flags: ParseFlags) => {
      process.exitCode = await runParse(file, flags);
    });
  program.commands.at(-1)!.addHelpText("after", `
示例 / examples:
  fenjie parse 通知.pdf -o 分解表.xlsx        按扩展名写 Excel 工作簿
  fenjie parse 通知.pdf -o 分解表.csv         CSV（带 BOM，Excel / WPS 可直接打开）
  fenjie parse 通知.txt | jq .tasks[0]       JSON 到标准输出，供管道使用`);

  program
    .command("schema")
    .description("打印输出的 JSON Schema / print the JSON Schema of the output")
    .action(async () => {
      await writeStdout(JSON.stringify(resultJsonSchema(), null, 2) + "\n");
    });

  registerBatch(program);
  registerStats(program);
  registerDiff(program);
  registerReview(program);

  localize(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  // the reader of our output went away (`fenjie parse x | head`): stop quietly, no stack trace
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    const e = stdoutUnwritable(err.code ?? err.message);
    process.stderr.write(`fenjie: ${e.message} [${e.code}]\n`);
    process.exit(e.exitCode);
  });
  const program = buildProgram();
  process.on("uncaughtException", (err) => {
    process.stderr.write(`fenjie: 内部错误（这是 fenjie 的缺陷，请附上输入文件报告）：${escapeControls(process.env.FENJIE_DEBUG ? (err.stack ?? err.message) : err.message)}\n`);
    process.exit(EXIT.internal);
  });
  // the command being run, for the hint of a usage error raised inside its action
  let current: string | null = null;
  program.hook("preAction", (_program, action) => {
    current = action === program ? null : action.name();
  });
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : EXIT.usage;
      return;
    }
    if (err instanceof FenjieError) {
      const e = withHelpHint(err, current);
      process.stderr.write(`fenjie: ${escapeControls(e.message)} [${e.code}]\n`);
      process.exitCode = e.exitCode;
      return;
    }
    // a bug: its message, and the stack only when asked for (FENJIE_DEBUG=1)
    const detail = process.env.FENJIE_DEBUG ? ((err as Error)?.stack ?? String(err)) : `${(err as Error)?.message ?? String(err)}（设置环境变量 FENJIE_DEBUG=1 可显示详细信息）`;
    process.stderr.write(`fenjie: 内部错误（这是 fenjie 的缺陷，请附上输入文件报告）：${escapeControls(detail)}\n`);
    process.exitCode = EXIT.internal;
  }
}
