/**
 * The batch worker: runs in a worker thread of the pool (piscina loads the
 * compiled `dist/batch/worker.js`). It calls the library's `parse`, the same
 * code path as `fenjie parse`, writes the input's JSON and returns the
 * input's summary record and its rendered share of the combined dataset, so
 * the main thread only concatenates strings. PDFium's WebAssembly module comes
 * compiled from the main thread in `workerData` (`read/pdfium-wasm.ts`).
 */
import { FenjieError } from "../errors.js";
import { parse, type ParseOptions } from "../parse.js";
import { loadFile } from "../read/index.js";
import { writeAtomic } from "../write/atomic.js";
import { piecesOf } from "./dataset.js";
import type { Producer } from "../model/schema.js";
import type { BatchErrorCode } from "./status.js";
import { recordOfResult, type FileRecord } from "./summary.js";

export interface WorkerTask {
  /** absolute path to read */
  path: string;
  /** the path written as `source.file` */
  file: string;
  /** absolute path of the input's JSON */
  jsonPath: string;
  /** the same, relative to the batch folder (recorded in summary.json) */
  output: string;
  /** recorded in the input's JSON, so a re-run reuses it only for the same version and options */
  producer: Producer;
  /** tasks.csv without the formula guard */
  csvRaw?: boolean;
  options: Pick<ParseOptions, "layout" | "password" | "engine" | "aliases" | "limits" | "firstListedLead">;
}

export type WorkerOutcome =
  | { ok: true; record: FileRecord; jsonl: string; csv: string; ms: number }
  | { ok: false; code: BatchErrorCode; message: string; ms: number; notANotice?: boolean };

export async function runTask(task: WorkerTask): Promise<WorkerOutcome> {
  const start = performance.now();
  const ms = (): number => Math.round(performance.now() - start);
  try {
    // loadFile gives the same errors as `fenjie parse` (not found, folder, permission)
    const bytes = await loadFile(task.path, task.options.limits);
    const result = { ...(await parse(bytes, { ...task.options, fileName: task.file })), producer: task.producer };
    const pieces = await piecesOf(result, { raw: task.csvRaw === true });
    await writeAtomic(task.jsonPath, pieces.json);
    return { ok: true, record: recordOfResult(result, task.output), jsonl: pieces.jsonl, csv: pieces.csv, ms: ms() };
  } catch (err) {
    if (err instanceof FenjieError) {
      return { ok: false, code: err.code, message: err.message.split(task.path).join(task.file), ms: ms(), ...(err.details.notANotice ? { notANotice: true } : {}) };
    }
    const message = `内部错误（这是 fenjie 的缺陷，请附上输入文件报告）：${(err as Error)?.message ?? String(err)}`;
    return { ok: false, code: "INTERNAL", message, ms: ms() };
  }
}

export default runTask;
