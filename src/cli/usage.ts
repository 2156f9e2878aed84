/**
 * The command line in Chinese: help headings and option notes, and usage errors as one line
 * `fenjie: <what is wrong>。用法见 fenjie help <command>。 [USAGE]` (exit code 2) instead of
 * commander's English message followed by the whole help.
 *
 * commander raises its usage errors with a code and an English message that quotes the
 * option, argument or command concerned; `usageMessage` turns each into Chinese from those
 * quoted parts.
 */
import { CommanderError, type Command, type Help, type Option } from "commander";
import { FenjieError } from "../errors.js";
import { displayWidth } from "../batch/summary.js";

/** Help headings (commander passes each through `styleTitle`). */
export const HELP_TITLES: Record<string, string> = {
  "Usage:": "用法：",
  "Arguments:": "参数：",
  "Options:": "选项：",
  "Commands:": "命令：",
  "Global Options:": "全局选项：",
};

/** The hint appended to every usage error. */
export function helpHint(command: string | null): string {
  return `用法见 fenjie help${command ? ` ${command}` : ""}`;
}

const quoted = (message: string): string[] => [...message.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
const suggestion = (message: string): string => {
  const m = /Did you mean (.+?)\?/.exec(message);
  return m ? `（是否想输入 ${m[1]}？）` : "";
};

/** commander's error as a Chinese sentence (without the hint). */
export function usageMessage(err: CommanderError): string {
  const q = quoted(err.message);
  switch (err.code) {
    case "commander.unknownOption":
      return `未知选项 ${q[0]}${suggestion(err.message)}`;
    case "commander.unknownCommand":
      return `未知命令 ${q[0]}${suggestion(err.message)}`;
    case "commander.missingArgument":
      return `缺少参数 ${q[0]}`;
    case "commander.optionMissingArgument":
      return `选项 ${q[0]} 缺少取值`;
    case "commander.missingMandatoryOptionValue":
      return `缺少必填选项 ${q[0]}`;
    case "commander.excessArguments": {
      const m = /Expected (\d+) arguments? but got (\d+)/.exec(err.message);
      return m ? `参数过多：${q[0] ?? "fenjie"} 只接受 ${m[1]} 个参数，收到 ${m[2]} 个` : "参数过多";
    }
    case "commander.invalidArgument": {
      const choices = /Allowed choices are (.+)\.$/.exec(err.message);
      if (choices && q.length >= 2) return `选项 ${q[0]} 的取值 ${q[1]} 无效，可选：${choices[1]!.split(", ").join("、")}`;
      return err.message.replace(/^error: /, "");
    }
    case "commander.conflictingOption":
      return `选项冲突：${q.join(" 与 ")} 不能同时使用`;
    default:
      return err.message.replace(/^error: /, "");
  }
}

/** A usage error as fenjie reports it: Chinese, one line, with the help hint. */
export function usageError(message: string, command: string | null): FenjieError {
  const sentence = /[。！？]$/.test(message) ? message : `${message}。`;
  return new FenjieError("USAGE", `${sentence}${helpHint(command)}。`);
}

/** Add the help hint to a usage error raised by fenjie itself, once. */
export function withHelpHint(err: FenjieError, command: string | null): FenjieError {
  if (err.code !== "USAGE" || err.message.includes("fenjie help")) return err;
  return usageError(err.message, command);
}

/** Codes commander uses for help and version output: not errors. */
const NOT_ERRORS = new Set(["commander.helpDisplayed", "commander.help", "commander.version", "commander.executeSubCommandAsync"]);

function optionDescription(option: Option): string {
  const notes: string[] = [];
  if (option.mandatory) notes.push("必填 / required");
  if (option.argChoices) notes.push(`可选值：${option.argChoices.join("、")}`);
  if (option.defaultValue !== undefined && !option.negate && typeof option.defaultValue !== "boolean") {
    notes.push(`默认：${option.defaultValueDescription ?? String(option.defaultValue)}`);
  }
  return notes.length ? `${option.description}（${notes.join("；")}）` : option.description;
}

function localizeOne(cmd: Command): void {
  const name = cmd.parent ? cmd.name() : null;
  cmd.configureHelp({
    styleTitle: (title: string) => HELP_TITLES[title] ?? title,
    optionDescription,
    // CJK characters take two columns: keep the help's columns aligned
    displayWidth: (s: string) => displayWidth(s.replace(/\x1b\[[0-9;]*m/g, "")),
  } as Partial<Help>);
  // commander's own English message is not printed; main prints the Chinese line
  cmd.configureOutput({ outputError: () => undefined });
  cmd.exitOverride((err) => {
    if (NOT_ERRORS.has(err.code) || err.exitCode === 0) throw err;
    throw usageError(usageMessage(err), name);
  });
}

/** Chinese help and usage errors for a program and every subcommand (call after registering them). */
export function localize(program: Command): void {
  const walk = (cmd: Command): void => {
    localizeOne(cmd);
    for (const sub of cmd.commands) walk(sub);
  };
  walk(program);
}

export { CommanderError };
