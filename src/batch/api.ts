/**
 * `batch`, the library's entry to what `fenjie batch` does: the CLI calls this same function.
 */
import { availableParallelism } from "node:os";
import { version } from "../cli/version.js";
import { runBatch, type BatchOptions, type BatchOutcome } from "./run.js";

export interface BatchRunOptions extends Partial<Omit<BatchOptions, "inputs" | "outDir">> {}

/**
 * Parse many notices (files, folders walked recursively, globs) into one dataset in `outDir`:
 * `notices/*.json`, `tasks.jsonl`, `tasks.csv`, `dataset.sqlite`, `summary.json`, `run.json`.
 * One bad input never stops the batch; `outcome.exitCode` is 5 when any input really failed.
 */
export async function batch(inputs: string | readonly string[], outDir: string, options: BatchRunOptions = {}): Promise<BatchOutcome> {
  return runBatch({
    ...options,
    inputs: typeof inputs === "string" ? [inputs] : inputs,
    outDir,
    jobs: options.jobs ?? availableParallelism(),
    fenjieVersion: options.fenjieVersion ?? version(),
  });
}

export type { BatchOutcome, BatchOptions };
