// Paths that are not regular files: a device is refused at once (reading /dev/zero would never
// end); a named pipe (`fenjie parse <(cmd)`) is read as a stream and cut off past the size limit.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FenjieError } from "../../src/errors.js";
import { loadFile } from "../../src/read/index.js";

const unix = process.platform !== "win32" && existsSync("/dev/zero");

async function failure(p: Promise<unknown>): Promise<FenjieError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FenjieError) return e;
    throw e;
  }
  throw new Error("expected an error");
}

describe.runIf(unix)("special files", () => {
  it("a device: FILE_UNREADABLE at once", async () => {
    const e = await failure(loadFile("/dev/zero"));
    expect([e.code, e.message]).toEqual(["FILE_UNREADABLE", "这不是普通文件（设备或套接字）：/dev/zero。请提供通知的 PDF 或文本文件。"]);
  });

  it("a named pipe is read whole when small, refused past the limit", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fenjie-fifo-"));
    try {
      const fifo = join(dir, "pipe");
      expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
      const seed = "seeds/002_a81ff61cc22d0274.txt";
      spawn("sh", ["-c", `cat "${seed}" > "${fifo}"`]);
      expect(Buffer.from(await loadFile(fifo))).toEqual(readFileSync(seed));
      // an endless writer: cut off after the limit, the writer gets EPIPE and ends
      const writer = spawn("sh", ["-c", `yes 一二三四五六七八九十 > "${fifo}"`]);
      const e = await failure(loadFile(fifo, { maxTextBytes: 1024 * 1024, maxPdfBytes: 1024 * 1024 }));
      expect(e.code).toBe("INPUT_TOO_LARGE");
      writer.kill();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
