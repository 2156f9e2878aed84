// Batch re-runs reuse a result only when the input, the fenjie version and the options that made
// it match exactly (the notice's JSON says what made it); a killed run resumes from its journal;
// links to folders and link loops in an input folder are skipped, not failures; the output folder
// may not be (or contain) an input folder. Each case failed before its fix.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProgressReporter } from "../../src/batch/progress.js";
import { JOURNAL_FILE } from "../../src/batch/reuse.js";
import { runBatch } from "../../src/batch/run.js";
import { EXIT, FenjieError } from "../../src/errors.js";
import { snapshot } from "./helpers.js";

const VERSION = "9.9.9-test";
const S002 = "002_a81ff61cc22d0274.txt";
const S003 = "003_b3fb5684e6b0e697.txt";
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "fenjie-reuse-"));
  mkdirSync(join(root, "in"));
  for (const s of [S002, S003, "001_607276811f1fd8da.txt"]) copyFileSync(join("seeds", s), join(root, "in", s));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const batch = (outDir: string, extra: Partial<Parameters<typeof runBatch>[0]> = {}) =>
  runBatch({ inputs: ["in"], outDir, jobs: 1, cwd: root, fenjieVersion: VERSION, ...extra });
const runJson = (out: string) => JSON.parse(readFileSync(join(root, out, "run.json"), "utf8")) as { files: { file: string; skipped: boolean }[] };
const ALIASES = new Map([["区发改局", "鲤城区发改局"]]);

describe("batch never reuses stale results", () => {
  it("a run with other options that was killed before its summary: the next run redoes its notices", async () => {
    await batch("stale");
    const summaryBefore = readFileSync(join(root, "stale/summary.json"));
    // a run with other options writes its notices' JSON, then is killed before it writes the summary:
    await batch("stale", { aliases: ALIASES });
    writeFileSync(join(root, "stale/summary.json"), summaryBefore); // (the old summary is what the kill leaves)
    const again = await batch("stale");
    expect(runJson("stale").files.filter((f) => !f.skipped).map((f) => f.file)).toEqual(["in/002_a81ff61cc22d0274.txt", "in/003_b3fb5684e6b0e697.txt"]);
    const first = JSON.parse(readFileSync(join(root, "stale/tasks.jsonl"), "utf8").split("\n")[0]!) as { file: string; leadUnits: string[] };
    expect(first).toMatchObject({ file: "in/002_a81ff61cc22d0274.txt", leadUnits: ["区发改局"] }); // not the aliased 鲤城区发改局
    expect(again.summary.totals.tasks).toBe(226);
  });

  it("each notice's JSON records the version and options that made it", async () => {
    await batch("producer", { inputs: [`in/${S002}`], layout: "tsv" });
    const json = JSON.parse(readFileSync(join(root, "producer/notices/in__002_a81ff61cc22d0274.txt.json"), "utf8")) as { producer: unknown };
    expect(json.producer).toEqual({ fenjie: VERSION, options: { layout: "tsv", password: false, aliases: null } });
  });

  it("a killed run resumes: finished inputs are reused from the journal and their JSON, the rest are done", async () => {
    const full = await batch("whole");
    // progress is reported after each finished input: stop the run after the first, as a kill would
    let finished = 0;
    const killer = new ProgressReporter({ write: () => true }, "lines", 0);
    const update = killer.update.bind(killer);
    killer.update = (p, last) => {
      if (p.done > finished && (finished = p.done) >= 2) throw new Error("killed");
      update(p, last);
    };
    await expect(batch("killed", { progress: killer })).rejects.toThrow("killed");
    expect(existsSync(join(root, "killed/summary.json"))).toBe(false);
    expect(readFileSync(join(root, "killed", JOURNAL_FILE), "utf8").trimEnd().split("\n")).toHaveLength(2);

    const resumed = await batch("killed");
    expect(runJson("killed").files.map((f) => f.skipped)).toEqual([true, true, false]); // 001 (no table) and 002 reused
    expect(existsSync(join(root, "killed", JOURNAL_FILE))).toBe(false);
    expect(resumed.summary).toEqual(full.summary);
    const times = (rel: string) => rel === "run.json";
    const a = snapshot(join(root, "whole"), times);
    const b = snapshot(join(root, "killed"), times);
    expect([...a.keys()]).toContain("tasks.csv");
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [k, v] of a) expect(b.get(k)!.equals(v), k).toBe(true);
  });
});

describe("links in an input folder", () => {
  it("a link to a folder, a link loop and a dangling link are skipped with a reason, not failures", async () => {
    const base = mkdtempSync(join(tmpdir(), "fenjie-links-"));
    try {
      mkdirSync(join(base, "in/sub"), { recursive: true });
      copyFileSync(join("seeds", S002), join(base, "in", S002));
      symlinkSync("sub", join(base, "in/folder-link"));
      symlinkSync("loop-b", join(base, "in/loop-a"));
      symlinkSync("loop-a", join(base, "in/loop-b"));
      symlinkSync("gone.txt", join(base, "in/dangling.txt"));
      symlinkSync(S002, join(base, "in/file-link.txt")); // a link to a file is still an input
      const out = await runBatch({ inputs: ["in"], outDir: "out", jobs: 1, cwd: base, fenjieVersion: VERSION });
      expect(out.summary.files.map((f) => [f.file, f.status])).toEqual([
        ["in/002_a81ff61cc22d0274.txt", "ok"],
        ["in/file-link.txt", "ok"],
      ]);
      expect(out.summary.ignored).toEqual([
        { file: "in/dangling.txt", reason: "符号链接指向的文件不存在，已跳过" },
        { file: "in/folder-link", reason: "指向文件夹的符号链接，未跟随（避免重复和循环），已跳过" },
        { file: "in/loop-a", reason: "符号链接成环（链接最终指回自己），已跳过" },
        { file: "in/loop-b", reason: "符号链接成环（链接最终指回自己），已跳过" },
      ]);
      expect(out.exitCode).toBe(EXIT.ok);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});

describe("the output folder against the inputs", () => {
  it("an input folder inside the output folder is refused before anything is written", async () => {
    const base = mkdtempSync(join(tmpdir(), "fenjie-nest-"));
    try {
      mkdirSync(join(base, "out/in"), { recursive: true });
      copyFileSync(join("seeds", S002), join(base, "out/in", S002));
      const err = await runBatch({ inputs: ["out/in"], outDir: "out", jobs: 1, cwd: base, fenjieVersion: VERSION }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FenjieError);
      expect((err as FenjieError).code).toBe("OUTPUT_IS_INPUT");
      expect(snapshot(join(base, "out")).size).toBe(1); // only the input
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  it("counter-example: an output folder inside the input folder is fine (it is not read)", async () => {
    const out = await batch("in/results", { inputs: [`in`] });
    expect(out.summary.files.map((f) => f.file)).toEqual(["in/001_607276811f1fd8da.txt", "in/002_a81ff61cc22d0274.txt", "in/003_b3fb5684e6b0e697.txt"]);
    rmSync(join(root, "in/results"), { recursive: true });
  });

  it("an input named explicitly that is one of the batch's output files is refused", async () => {
    mkdirSync(join(root, "named"), { recursive: true });
    copyFileSync(join("seeds", S003), join(root, "named/tasks.csv"));
    const err = await batch("named", { inputs: ["named/tasks.csv"] }).catch((e: unknown) => e);
    expect((err as FenjieError).code).toBe("OUTPUT_IS_INPUT");
    expect(readFileSync(join(root, "named/tasks.csv"))).toEqual(readFileSync(join("seeds", S003)));
  });
});
