/**
 * The commands' outputs: `-o` checked against every input and planned before any
 * work is done (so nothing is written when it would overwrite an input), written
 * by the rules of `write/target.ts`, and every write failure — to a file or to
 * standard output (`> /dev/full`) — reported as OUTPUT_UNWRITABLE (exit 2).
 */
import { constants } from "node:fs";
import { access, realpath, stat } from "node:fs/promises";
import { basename, dirname, join, resolve, sep } from "node:path";
import { FenjieError } from "../errors.js";
import { sameFile } from "../write/same-file.js";
import { OutputTargetError, planOutput, writePlanned, type OutputPlan } from "../write/target.js";

/** Help of `--csv-raw` (parse, batch, stats). */
export const FIRST_LISTED_LEAD_HELP =
  "文件注明“列第一位者为牵头单位”时，把每项列第一位的单位记为牵头单位（默认按表头全部记为责任单位）/ read a first-listed-leads note: promote the first unit to leadUnits";
export const CSV_RAW_HELP = "CSV 单元格原样写出，不在 = + - @ 开头的内容前加 ' / write CSV cells as they are, without the formula-injection guard";

/** An output checked and planned, with the path as the user wrote it (for messages). */
export interface PreparedOutput {
  shown: string;
  plan: OutputPlan;
}

function unwritable(shown: string, err: unknown): FenjieError {
  if (err instanceof OutputTargetError) return new FenjieError("OUTPUT_UNWRITABLE", `无法写入输出文件：${shown}（${err.message}）。请换一个输出路径。`);
  const code = (err as NodeJS.ErrnoException)?.code ?? String(err);
  return new FenjieError("OUTPUT_UNWRITABLE", `无法写入输出文件：${shown}（${code}）。请检查文件夹是否存在、是否有写权限。`);
}

/** The real path of a file that may not exist yet (its folder must). */
async function realTarget(path: string): Promise<string> {
  return join(await realpath(dirname(path)), basename(path));
}

/**
 * Refuse an output that is one of the inputs (however spelled: a symlink, a hard
 * link, `../`) or lies inside an input folder (it would overwrite or become input).
 * `inputs` are the command's input paths; `-` (standard input) is skipped.
 */
export async function assertNotInput(shown: string, target: string, inputs: readonly string[]): Promise<void> {
  const real = await realTarget(target).catch(() => resolve(target));
  for (const input of inputs) {
    if (input === "-") continue;
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const folder = await realpath(input);
      if (real === folder || real.startsWith(folder + sep)) {
        throw new FenjieError("OUTPUT_IS_INPUT", `输出文件不能放在输入文件夹里：${shown}（在 ${input} 中，会覆盖或混入输入数据）。请换一个输出路径。`, input);
      }
    } else if (resolve(target) === resolve(input) || real === resolve(input) || (await sameFile(target, input))) {
      throw new FenjieError("OUTPUT_IS_INPUT", `输出文件不能与输入文件相同：${shown}。请换一个输出路径。`, input);
    }
  }
}

/** Check `-o` against the inputs and decide how to write it; no file is touched. */
export async function prepareOutput(output: string, inputs: readonly string[]): Promise<PreparedOutput> {
  let plan: OutputPlan;
  try {
    plan = await planOutput(output);
  } catch (err) {
    throw unwritable(output, err);
  }
  if (plan.kind === "descriptor") return { shown: output, plan };
  await assertNotInput(output, plan.path, inputs);
  if (plan.kind === "replace") {
    // a missing or read-only folder is reported now, not after the work
    try {
      await access(dirname(plan.path), constants.W_OK | constants.X_OK);
    } catch (err) {
      throw unwritable(output, err);
    }
  }
  return { shown: output, plan };
}

/** Write a prepared output; any failure is OUTPUT_UNWRITABLE. */
export async function writePrepared(out: PreparedOutput, data: string | Uint8Array): Promise<void> {
  try {
    await writePlanned(out.plan, data);
  } catch (err) {
    throw unwritable(out.shown, err);
  }
}

/** Write to standard output and wait until it is written; a failure (a full disk, a closed descriptor) is OUTPUT_UNWRITABLE. */
export async function writeStdout(data: string | Uint8Array): Promise<void> {
  try {
    await new Promise<void>((done, fail) => process.stdout.write(data, (err) => (err ? fail(err) : done())));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException)?.code;
    if (code === "EPIPE") return; // the reader went away (`| head`): main() ends quietly
    throw stdoutUnwritable(code ?? String(err));
  }
}

export function stdoutUnwritable(code: string): FenjieError {
  const why = code === "ENOSPC" ? "磁盘已满" : code;
  return new FenjieError("OUTPUT_UNWRITABLE", `无法写入标准输出（${why}），输出没有写完。请检查重定向的目标，或用 -o 写入文件。`);
}
