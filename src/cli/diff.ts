/**
 * `fenjie diff OLD NEW`: which tasks of one notice recur in another (carried over, changed
 * units — which unit moved from which role to which), which are new and which were dropped.
 * OLD and NEW are notices (PDF, text, …) or their result JSON.
 */
import { Command, Option } from "commander";
import { FenjieError } from "../errors.js";
import { DEFAULT_THRESHOLD, diffNotices } from "../diff/match.js";
import { renderDiff } from "../diff/render.js";
import { loadForDiff } from "../diff/load.js";
import { loadAliases } from "../names/aliases.js";
import { escapeControls, escapeJsonControls } from "../text/controls.js";
import { FIRST_LISTED_LEAD_HELP, prepareOutput, writePrepared, writeStdout } from "./output.js";

interface DiffFlags {
  layout: string;
  password?: string;
  aliases?: string;
  firstListedLead?: boolean;
  threshold: string;
  format: "text" | "json";
  all?: boolean;
  output?: string;
}

export function registerDiff(program: Command): void {
  program
    .command("diff")
    .description("比较两份通知的任务：延续 / 责任单位有变化 / 新增 / 不再出现 / match the tasks of two notices")
    .argument("<OLD>", "较早的通知（PDF、文本等）或其解析结果 JSON / the older notice, or its result JSON")
    .argument("<NEW>", "较新的通知或其解析结果 JSON / the newer notice, or its result JSON")
    .option("-t, --threshold <t>", "任务文本相似度阈值（0–1，字符二元组 Dice 系数）/ minimum text similarity", String(DEFAULT_THRESHOLD))
    .addOption(new Option("-f, --format <format>", "输出格式 / output format").choices(["text", "json"]).default("text"))
    .option("--all", "文本输出也列出延续的任务 / also list carried-over tasks")
    .option("-o, --output <file>", "写入文件而不是标准输出 / write to a file")
    .option("--layout <layout>", "解析通知时强制使用某种版式 / force a layout when parsing a notice", "auto")
    .option("--password <password>", "加密 PDF 的密码 / password of an encrypted PDF")
    .option("--aliases <file>", "解析通知时使用的别名表（同 fenjie parse --aliases）/ alias table for notices parsed here")
    .option("--first-listed-lead", FIRST_LISTED_LEAD_HELP)
    .action(async (oldPath: string, newPath: string, flags: DiffFlags) => {
      const threshold = Number(flags.threshold);
      if (!Number.isFinite(threshold) || threshold <= 0 || threshold > 1) {
        throw new FenjieError("USAGE", `--threshold 需要 0 到 1 之间的数（不含 0），收到：${flags.threshold}。`);
      }
      const out = flags.output ? await prepareOutput(flags.output, [oldPath, newPath]) : null;
      const aliases = flags.aliases ? await loadAliases(flags.aliases) : undefined;
      const options = {
        layout: flags.layout,
        ...(flags.password ? { password: flags.password } : {}),
        ...(aliases ? { aliases } : {}),
        ...(flags.firstListedLead ? { firstListedLead: true } : {}),
      };
      const d = diffNotices(await loadForDiff(oldPath, options), await loadForDiff(newPath, options), threshold);
      for (const w of d.warnings) process.stderr.write(`fenjie diff: 警告：${escapeControls(w)}\n`);
      const text = flags.format === "json" ? escapeJsonControls(JSON.stringify(d, null, 2)) + "\n" : renderDiff(d, { all: !!flags.all });
      if (out) await writePrepared(out, text);
      else await writeStdout(text);
    });
}
