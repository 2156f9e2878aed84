// The bad-input corpus (fixtures/bad/manifest.json): `fenjie parse FILE -o OUT` on each case gives
// its exit code, error code and message on stderr, no stack trace, nothing on stdout, and leaves
// no output file when it fails. Then one batch over the whole corpus reports every file.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error plain JS module beside the fixtures
import { materialize } from "../../fixtures/bad/generate.mjs";
import { runBatch } from "../../src/batch/run.js";
import { statusOfError } from "../../src/batch/status.js";

interface Case {
  file: string;
  path: string;
  exit: number;
  code?: string;
  message?: string;
  tasks?: number;
  diagnostic?: string | null;
  needsNonRoot?: boolean;
  generate?: string;
}

const BIN = "bin/fenjie.js";
/** a stack frame as node prints it */
const STACK = /^\s+at .*(:\d+:\d+\)?|\(node:.*\))$/m;
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

let dir: string;
let cases: Case[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "fenjie-bad-"));
  cases = materialize(join(dir, "in")) as Case[];
  mkdirSync(join(dir, "out"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}
function cli(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** run `fn` over `items`, at most `n` at a time */
async function pool<T, R>(items: T[], n: number, fn: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  }));
  return out;
}

describe("bad-input corpus", () => {
  it("every case gives its documented exit code and message, no stack trace, no stdout, no half-written file", async () => {
    const runnable = cases.filter((c) => !(c.needsNonRoot && isRoot));
    expect(runnable.length).toBeGreaterThanOrEqual(cases.length - 1);
    const runs = await pool(runnable, 4, async (c) => {
      const out = join(dir, "out", relative(join(dir, "in"), c.path).replace(/[\\/ ]/g, "_") + ".json");
      const r = await cli(["parse", c.path, "-o", out, "--no-color"]);
      return { c, r, out };
    });
    for (const { c, r, out } of runs) {
      const label = `${c.file}: ${r.stderr}`;
      expect(r.status, label).toBe(c.exit);
      expect(r.stdout, label).toBe("");
      expect(r.stderr, label).not.toMatch(STACK);
      expect(r.stderr, label).not.toContain("内部错误");
      if (c.exit === 0) {
        const result = JSON.parse(readFileSync(out, "utf8")) as { tasks: unknown[]; diagnostics: { code: string }[] };
        expect(result.tasks, label).toHaveLength(c.tasks!);
        if (c.diagnostic) expect(result.diagnostics.map((d) => d.code), label).toContain(c.diagnostic);
      } else {
        expect(r.stderr, label).toContain(`[${c.code}]`);
        expect(r.stderr, label).toContain(c.message!);
        expect(r.stderr.trim().split("\n"), label).toHaveLength(1); // one clear line
        expect(existsSync(out), label).toBe(false);
      }
    }
  });

  it("a batch over the whole corpus completes and reports each file with its code", async () => {
    const outcome = await runBatch({ inputs: ["in"], outDir: "batch-out", jobs: 2, cwd: dir, fenjieVersion: "test", timeoutMs: 30_000 });
    // the folder case is a folder: discovery walks into it (empty) instead of reporting it
    const expected = cases.filter((c) => c.generate !== "directory" && !(c.needsNonRoot && isRoot));
    const byFile = new Map(outcome.summary.files.map((f) => [f.file, f]));
    for (const c of expected) {
      const rec = byFile.get(`in/${c.file}`);
      expect(rec, c.file).toBeDefined();
      if (c.exit === 0) {
        expect(rec!.code, c.file).toBeNull();
        expect(rec!.tasks, c.file).toBe(c.tasks);
      } else {
        expect([rec!.code, rec!.status], c.file).toEqual([c.code, statusOfError(c.code as never)]);
      }
    }
    expect(outcome.exitCode).toBe(5);
  });
});
