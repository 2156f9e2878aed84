/**
 * `fenjie parse --timeout`: the parse runs in this worker thread, so that the main
 * thread can end it when the time is up, even in the middle of synchronous work.
 */
import { parentPort, workerData } from "node:worker_threads";
import { FenjieError } from "../errors.js";
import { parse } from "../parse.js";
import type { TimedParseReply, TimedParseRequest } from "./timed-parse.js";

async function run(req: TimedParseRequest): Promise<TimedParseReply> {
  try {
    return { ok: true, result: await parse(req.input, req.options) };
  } catch (err) {
    if (err instanceof FenjieError) return { ok: false, fenjie: { code: err.code, message: err.message, file: err.file } };
    return { ok: false, internal: (err as Error)?.stack ?? String(err) };
  }
}

parentPort?.postMessage(await run(workerData as TimedParseRequest));
