/**
 * `fenjie parse --timeout SECONDS`: the parse runs in a worker thread that is
 * terminated when the time is up (a synchronous loop cannot be interrupted any other
 * way), and the command fails with TIMEOUT. Without a limit the parse runs in the
 * main thread as before, with no worker to start.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { FenjieError, type ErrorCode } from "../errors.js";
import type { Result } from "../model/schema.js";
import { parse, type ParseOptions } from "../parse.js";

export type TimedParseOptions = Pick<ParseOptions, "layout" | "aliases" | "password" | "fileName" | "limits" | "firstListedLead">;

export interface TimedParseRequest {
  input: string | Uint8Array;
  options: TimedParseOptions;
}

export type TimedParseReply =
  | { ok: true; result: Result }
  | { ok: false; fenjie: { code: ErrorCode; message: string; file: string | undefined } }
  | { ok: false; internal: string };

/** The compiled worker (under vitest, `src/` runs as TypeScript: use `dist/`). */
function workerFile(): string {
  const beside = fileURLToPath(new URL("./parse-worker.js", import.meta.url));
  if (existsSync(beside)) return beside;
  return fileURLToPath(new URL("../../dist/cli/parse-worker.js", import.meta.url));
}

/** Parse within `timeoutMs` (no limit when undefined). */
export async function parseWithin(input: string | Uint8Array, options: TimedParseOptions, timeoutMs: number | undefined, shown: string): Promise<Result> {
  if (!timeoutMs) return parse(input, options);
  const worker = new Worker(workerFile(), { workerData: { input, options } satisfies TimedParseRequest });
  let timer: NodeJS.Timeout | undefined;
  try {
    const reply = await new Promise<TimedParseReply>((done, fail) => {
      timer = setTimeout(
        () => fail(new FenjieError("TIMEOUT", `处理超时（超过 ${timeoutMs / 1000} 秒）：${shown}。文件可能过大或结构异常；可用 --timeout 放宽时限（0 表示不限）。`, shown)),
        timeoutMs,
      );
      worker.once("message", done);
      worker.once("error", fail);
      worker.once("exit", (code) => fail(new Error(`parse worker exited with code ${code}`)));
    });
    if (reply.ok) return reply.result;
    if ("fenjie" in reply) throw new FenjieError(reply.fenjie.code, reply.fenjie.message, reply.fenjie.file);
    throw new Error(reply.internal);
  } finally {
    clearTimeout(timer);
    await worker.terminate();
  }
}
