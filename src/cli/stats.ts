/**
 * `fenjie stats DATASET...`: workload per unit and person (lead / responsible /
 * co-operate / supervise), overall or per year and issuer.
 */
import { Command, Option } from "commander";
import { FenjieError } from "../errors.js";
import { countWorkload, GROUP_KEYS, overview, type GroupKey } from "../stats/count.js";
import { loadDataset } from "../stats/load.js";
import { renderStatsTables, statsCsv, statsJson } from "../stats/render.js";
import { CSV_RAW_HELP, prepareOutput, writePrepared, writeStdout } from "./output.js";

interface StatsFlags {
  by?: string;
  top: string;
  format: "table" | "csv" | "json";
  kind: "all" | "unit" | "person";
  output?: string;
  csvRaw?: boolean;
}

function parseBy(value: string | undefined): GroupKey[] {
  if (!value) return [];
  const keys = value.split(",").map((s) => s.trim()).filter(Boolean);
  for (const k of keys) {
    if (!(GROUP_KEYS as readonly string[]).includes(k)) throw new FenjieError("USAGE", `--by 只能是 year、issuer 或 year,issuer，收到：${value}。`);
  }
  return GROUP_KEYS.filter((k) => keys.includes(k));
}

export function registerStats(program: Command): void {
  program
    .command("stats")
    .description("工作量统计：各单位、各人牵头 / 负责 / 协办 / 分管的任务数 / workload per unit and person")
    .argument("<DATASET...>", "fenjie batch 的输出文件夹、结果 JSON 文件或 tasks.jsonl / a batch folder, result JSON files or tasks.jsonl")
    .option("--by <keys>", "分组：year、issuer 或 year,issuer / group by year and/or issuer")
    .option("-n, --top <n>", "终端表格每组显示前 N 名 / rows per table in the terminal", "20")
    .addOption(new Option("-f, --format <format>", "输出格式 / output format").choices(["table", "csv", "json"]).default("table"))
    .addOption(new Option("--kind <kind>", "只统计单位或人员 / units or people only").choices(["all", "unit", "person"]).default("all"))
    .option("-o, --output <file>", "写入文件而不是标准输出 / write to a file")
    .option("--csv-raw", CSV_RAW_HELP)
    .action(async (paths: string[], flags: StatsFlags) => {
      const by = parseBy(flags.by);
      const top = Number(flags.top);
      if (!Number.isInteger(top) || top <= 0) throw new FenjieError("USAGE", `--top 需要一个正整数，收到：${flags.top}。`);
      const out = flags.output ? await prepareOutput(flags.output, paths) : null;
      const rows = await loadDataset(paths);
      const all = countWorkload(rows, by);
      const stats = flags.kind === "all" ? all : all.filter((s) => s.kind === flags.kind);
      const text =
        flags.format === "csv" ? await statsCsv(stats, by, !!flags.csvRaw) : flags.format === "json" ? statsJson(stats) : renderStatsTables(stats, overview(rows, all), by, top);
      if (out) await writePrepared(out, text);
      else await writeStdout(text);
    });
}
