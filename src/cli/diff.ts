/**
 * `fenjie diff OLD.json NEW.json`: which tasks of one notice recur in another
 * (carried over, changed units), which are new and which were dropped.
 */
import { Command, Option } from "commander";
import { FenjieError } from "../errors.js";
import { DEFAULT_THRESHOLD, diffNotices } from "../diff/match.js";
import { renderDiff } from "../diff/render.js";
import { loadResult } from "../stats/load.js";
import { escapeJsonControls } from "../text/controls.js";
import { prepareOutput, writePrepared, writeStdout } from "./output.js";

interface DiffFlags {
  threshold: string;
  format: "text" | "json";
  all?: boolean;
  output?: string;
}

export function registerDiff(program: Command): void {
  program
    .command("diff")
    .description("比较两份通知的任务：延续 / 责任单位有变化 / 新增 / 不再出现 / match the tasks of two notices")
    .argument("<OLD>", "较早的结果 JSON（fenjie parse 或 batch 输出）/ the older result JSON")
    .argument("<NEW>", "较新的结果 JSON / the newer result JSON")
    .option("-t, --threshold <t>", "任务文本相似度阈值（0–1，字符二元组 Dice 系数）/ minimum text similarity", String(DEFAULT_THRESHOLD))
    .addOption(new Option("-f, --format <format>", "输出格式 / output format").choices(["text", "json"]).default("text"))
    .option("--all", "文本输出也列出延续的任务 / also list carried-over tasks")
    .option("-o, --output <file>", "写入文件而不是标准输出 / write to a file")
    .action(async (oldPath: string, newPath: string, flags: DiffFlags) => {
      const threshold = Number(flags.threshold);
      if (!Number.isFinite(threshold) || threshold <= 0 || threshold > 1) {
        throw new FenjieError("USAGE", `--threshold 需要 0 到 1 之间的数（不含 0），收到：${flags.threshold}。`);
      }
      const out = flags.output ? await prepareOutput(flags.output, [oldPath, newPath]) : null;
      const d = diffNotices(await loadResult(oldPath), await loadResult(newPath), threshold);
      const text = flags.format === "json" ? escapeJsonControls(JSON.stringify(d, null, 2)) + "\n" : renderDiff(d, { all: !!flags.all });
      if (out) await writePrepared(out, text);
      else await writeStdout(text);
    });
}
