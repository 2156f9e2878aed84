/**
 * Before a batch writes anything: its output folder must not be (or contain) an
 * input folder, and none of the files it writes may be one of its inputs, however
 * spelled (a symlink, a hard link, `..`). Otherwise `batch DIR -o DIR` would
 * overwrite the user's own `DIR/tasks.csv` and then find nothing to parse.
 */
import { realpath, stat } from "node:fs/promises";
import { resolve, sep } from "node:path";
import { FenjieError } from "../errors.js";

/** The real path of `p`, or its resolved path when it does not exist yet. */
async function real(p: string): Promise<string> {
  return realpath(p).catch(() => resolve(p));
}

const inside = (p: string, folder: string): boolean => p === folder || p.startsWith(folder + sep);

/** Input folders named on the command line may not be the output folder or lie inside it. */
export async function checkOutDir(outDir: string, args: readonly string[], cwd: string, shownOutDir: string): Promise<void> {
  const out = await real(outDir);
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    const info = await stat(abs).catch(() => null);
    if (!info?.isDirectory()) continue;
    if (inside(await real(abs), out)) {
      throw new FenjieError(
        "OUTPUT_IS_INPUT",
        `输出文件夹不能是输入文件夹，也不能包含它：-o ${shownOutDir}，输入 ${arg}（结果会覆盖输入，输入也会被当作输出跳过）。请把结果写到另一个文件夹，例如 -o ${arg.replace(/\/+$/, "")}-结果。`,
        arg,
      );
    }
  }
}

/** None of `outputs` (absolute paths the batch will write) may be one of `inputs` (absolute paths). */
export async function checkOutputs(outputs: readonly string[], inputs: readonly string[]): Promise<void> {
  const paths = new Set<string>();
  const ids = new Set<string>();
  for (const input of inputs) {
    paths.add(resolve(input));
    paths.add(await real(input));
    const info = await stat(input).catch(() => null);
    if (info) ids.add(`${info.dev}:${info.ino}`);
  }
  for (const output of outputs) {
    const info = await stat(output).catch(() => null);
    if (paths.has(resolve(output)) || paths.has(await real(output)) || (info && ids.has(`${info.dev}:${info.ino}`))) {
      throw new FenjieError("OUTPUT_IS_INPUT", `批量处理的输出会覆盖输入文件：${output}。请换一个输出文件夹。`, output);
    }
  }
}
