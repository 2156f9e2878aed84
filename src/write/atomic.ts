/**
 * Write an output file: a regular file or a new path atomically (a temp file beside it, then
 * rename), so a failed run never leaves half a file; a device, a pipe or `/dev/stdout` written
 * through, never replaced; a symlink followed. The rules are in `target.ts`.
 */
import { writeOutput } from "./target.js";

export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await writeOutput(path, data);
}
