// Batch resource bounds: an input that needs more memory than --max-memory is reported failed
// (OUT_OF_MEMORY) and the batch goes on with the other inputs; a file over the size limit is
// refused from its size (INPUT_TOO_LARGE) without being read.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBatch } from "../../src/batch/run.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "fenjie-limits-"));
  mkdirSync(join(dir, "in"));
  // 3 million short lines (11 MB): far more line objects than a 32 MB heap holds
  writeFileSync(join(dir, "in", "a-many-lines.txt"), "一\n".repeat(3_000_000));
  copyFileSync("seeds/002_a81ff61cc22d0274.txt", join(dir, "in", "b-notice.txt"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("batch resource bounds", () => {
  it("a file that needs too much memory fails alone; the batch goes on", async () => {
    const out = await runBatch({
      inputs: ["in"],
      outDir: "out-mem",
      jobs: 1,
      cwd: dir,
      fenjieVersion: "test",
      maxMemoryMb: 32,
      limits: { maxTextBytes: 64 * 1024 * 1024 },
      timeoutMs: 60_000,
    });
    expect(out.summary.files.map((f) => [f.file, f.status, f.code, f.tasks])).toEqual([
      ["in/a-many-lines.txt", "failed", "OUT_OF_MEMORY", 0],
      ["in/b-notice.txt", "ok", null, 98],
    ]);
    expect(out.summary.files[0]!.message).toBe("内存不足（超过 32 MB）：in/a-many-lines.txt。可用 --max-memory 放宽上限，或单独用 fenjie parse 检查该文件。");
    expect(out.exitCode).toBe(5);
  });

  it("under a size limit the same file is refused from its size, before reading", async () => {
    const out = await runBatch({ inputs: ["in/a-many-lines.txt"], outDir: "out-size", jobs: 1, cwd: dir, fenjieVersion: "test", limits: { maxTextBytes: 4 * 1024 * 1024 } });
    expect(out.summary.files.map((f) => [f.status, f.code])).toEqual([["unreadable", "INPUT_TOO_LARGE"]]);
    expect(out.summary.files[0]!.message).toBe("文件过大：in/a-many-lines.txt（11 MB，文本上限 4.0 MB）。这不像一份通知；如确需处理，请用 --max-size 放宽上限（单位 MB）。");
  });
});
