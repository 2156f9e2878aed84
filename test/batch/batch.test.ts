// fenjie batch end to end: statuses, outputs, determinism across --jobs, skip on re-run, --force,
// --fail-fast and exit codes. The pool loads the compiled worker (npm test builds first).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBatch } from "../../src/batch/run.js";
import type { BatchSummary } from "../../src/batch/summary.js";
import { EXIT } from "../../src/errors.js";
import { makeInputFolder, snapshot } from "./helpers.js";

const BIN = resolve("bin/fenjie.js");
const VERSION = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;
let root: string;

beforeAll(() => {
  root = makeInputFolder();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const batch = (outDir: string, extra: Partial<Parameters<typeof runBatch>[0]> = {}) =>
  runBatch({ inputs: ["in"], outDir, jobs: 1, cwd: root, fenjieVersion: VERSION, ...extra });

const readJson = <T>(p: string): T => JSON.parse(readFileSync(p, "utf8")) as T;
/** Progress and summary are Chinese unless the locale is English: pin it, whatever the machine's LANG. */
const ZH = { ...process.env, LC_ALL: "zh_CN.UTF-8" };

describe("fenjie batch", () => {
  it("reports each input with its status and writes the combined dataset", async () => {
    const out = await batch("out-a");
    const statuses = out.summary.files.map((f) => [f.file, f.status, f.code, f.tasks]);
    expect(statuses.slice(0, -1)).toEqual([
      ["in/000_89d412a27e51e6a9.txt", "warnings", null, 173], // flattened PDF-text dump (flat layout)
      ["in/001_607276811f1fd8da.txt", "skipped", "NO_TABLE", 0], // a work report: not a notice, not a failure
      ["in/002_a81ff61cc22d0274.txt", "ok", null, 98],
      ["in/003_b3fb5684e6b0e697.txt", "ok", null, 128], // tab-separated: its count mismatches are notes (the source's)
      ["in/004_8be8280e27aee29f.txt", "skipped", "NO_TABLE", 0], // a news page
      ["in/corrupt.txt", "unreadable", "BINARY_INPUT", 0],
      ["in/sub/empty.txt", "unreadable", "EMPTY_INPUT", 0],
      ["in/sub/readme", "skipped", "NO_TABLE", 0],
    ]);
    // a damaged PDF: PDF_UNSUPPORTED until the PDF reader lands, PDF_DAMAGED after; unreadable either way
    const pdf = out.summary.files.at(-1)!;
    expect([pdf.file, pdf.status, pdf.format]).toEqual(["in/sub/scan.pdf", "unreadable", "pdf"]);
    expect(pdf.code).toMatch(/^PDF_(UNSUPPORTED|DAMAGED)$/);
    expect(out.summary.ignored.map((i) => i.file)).toEqual(["in/photo.jpg"]);
    expect(out.summary.totals.tasks).toBe(399);
    expect(out.summary.totals.failed).toBe(3); // corrupt, empty, damaged PDF
    expect(out.summary.totals.byStatus.skipped).toBe(3);
    expect(out.exitCode).toBe(EXIT.batchFailures);

    const dir = join(root, "out-a");
    expect(existsSync(join(dir, "notices/in__000_89d412a27e51e6a9.txt.json"))).toBe(true);
    expect(existsSync(join(dir, "notices/in__002_a81ff61cc22d0274.txt.json"))).toBe(true);
    expect(existsSync(join(dir, "notices/in__003_b3fb5684e6b0e697.txt.json"))).toBe(true);
    const lines = readFileSync(join(dir, "tasks.jsonl"), "utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(399);
    expect((JSON.parse(lines[0]!) as { sourceFile: string }).sourceFile).toBe("in/000_89d412a27e51e6a9.txt");
    const first = JSON.parse(lines[173]!) as Record<string, unknown>; // 002 follows the 173 rows of 000
    const sha002 = createHash("sha256").update(readFileSync("seeds/002_a81ff61cc22d0274.txt")).digest("hex");
    expect(first).toMatchObject({
      id: `${sha002.slice(0, 16)}-0-1`,
      sourceFile: "in/002_a81ff61cc22d0274.txt",
      sha256: sha002,
      docNumber: "泉鲤政办〔2021〕70号",
      issuer: "泉州市鲤城区人民政府办公室",
      title: "泉州市鲤城区人民政府办公室关于2022年区政府工作报告目标任务责任分解的通知",
      date: "2021-12-30",
      year: 2022,
      seq: 1,
      task: "地区生产总值增长 8%左右。",
      leadUnits: ["区发改局"],
      units: ["各街道办事处", "区直有关单位"],
      supervisors: ["庄垂生"],
    });
    const last = JSON.parse(lines[398]!) as Record<string, unknown>;
    expect(last.sourceFile).toBe("in/003_b3fb5684e6b0e697.txt");

    const csv = readFileSync(join(dir, "tasks.csv"), "utf8");
    expect(csv.startsWith("\uFEFFid,sourceFile,sha256,docNumber,issuer,title,date,year,table,seq,section,task,leadUnits,units,coUnits,leaders,supervisors,inherited,line,page,remark,review\r\n")).toBe(true);
    expect(csv).toContain(
      `\r\n${sha002.slice(0, 16)}-0-1,in/002_a81ff61cc22d0274.txt,${sha002},泉鲤政办〔2021〕70号,泉州市鲤城区人民政府办公室,泉州市鲤城区人民政府办公室关于2022年区政府工作报告目标任务责任分解的通知,2021-12-30,2022,0,1,,地区生产总值增长 8%左右。,区发改局,各街道办事处；区直有关单位,,,庄垂生,,44,,,\r\n`,
    );
  });

  it("gives byte-identical outputs with --jobs 1 and --jobs 2", async () => {
    await batch("out-j1", { jobs: 1 });
    await batch("out-j2", { jobs: 2 });
    expect(readJson<{ jobs: number }>(join(root, "out-j2/run.json")).jobs).toBe(2);
    const notRun = (rel: string): boolean => rel === "run.json";
    const a = snapshot(join(root, "out-j1"), notRun);
    const b = snapshot(join(root, "out-j2"), notRun);
    expect([...a.keys()]).toEqual(["dataset.sqlite", "notices/in__000_89d412a27e51e6a9.txt.json", "notices/in__002_a81ff61cc22d0274.txt.json", "notices/in__003_b3fb5684e6b0e697.txt.json", "summary.json", "tasks.csv", "tasks.jsonl"]);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [k, v] of a) expect(b.get(k)!.equals(v), k).toBe(true);
  });

  it("skips unchanged inputs on a re-run, redoes changed ones, and redoes all with --force", async () => {
    await batch("out-r");
    const before = snapshot(join(root, "out-r"), (r) => r === "run.json");
    await batch("out-r", { jobs: 2 });
    const run = readJson<{ files: { file: string; skipped: boolean }[] }>(join(root, "out-r/run.json"));
    expect(run.files.every((f) => f.skipped)).toBe(true);
    const after = snapshot(join(root, "out-r"), (r) => r === "run.json");
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [k, v] of before) expect(after.get(k)!.equals(v), k).toBe(true);

    await batch("out-r", { force: true });
    const forced = readJson<{ files: { skipped: boolean }[] }>(join(root, "out-r/run.json"));
    expect(forced.files.some((f) => f.skipped)).toBe(false);

    await batch("out-r", { fenjieVersion: "0.0.0-other" });
    const otherVersion = readJson<{ files: { skipped: boolean }[] }>(join(root, "out-r/run.json"));
    expect(otherVersion.files.some((f) => f.skipped)).toBe(false);
  });

  it("redoes only the input whose content changed", async () => {
    const copy = makeInputFolder();
    try {
      const run = (out: string) => runBatch({ inputs: ["in"], outDir: out, jobs: 1, cwd: copy, fenjieVersion: VERSION });
      await run("o");
      appendFileSync(join(copy, "in/001_607276811f1fd8da.txt"), "\n附：补充说明。\n");
      await run("o");
      const r = readJson<{ files: { file: string; skipped: boolean }[] }>(join(copy, "o/run.json"));
      expect(r.files.filter((f) => !f.skipped).map((f) => f.file)).toEqual(["in/001_607276811f1fd8da.txt"]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it("applies --aliases in the workers and redoes inputs when the alias table changes", async () => {
    const only = ["in/002_a81ff61cc22d0274.txt"];
    await batch("out-al", { inputs: only });
    await batch("out-al", { inputs: only, aliases: new Map([["区发改局", "鲤城区发改局"]]) });
    const run = readJson<{ files: { skipped: boolean }[] }>(join(root, "out-al/run.json"));
    expect(run.files.map((f) => f.skipped)).toEqual([false]);
    const first = JSON.parse(readFileSync(join(root, "out-al/tasks.jsonl"), "utf8").split("\n")[0]!) as { leadUnits: string[] };
    expect(first.leadUnits).toEqual(["鲤城区发改局"]);
  });

  it("--fail-fast stops at the first failure and reports the rest as not run", async () => {
    const out = await batch("out-ff", { failFast: true, jobs: 1 });
    // 000 parses (flat layout); 001 and 004 are skipped (not notices, not failures); corrupt.txt is the first failure
    expect(out.summary.files.map((f) => f.status)).toEqual(["warnings", "skipped", "ok", "ok", "skipped", "unreadable", "not_run", "not_run", "not_run"]);
    expect(out.exitCode).toBe(EXIT.batchFailures);
  });

  it("--timeout ends an input that takes too long and reports it as failed (TIMEOUT)", async () => {
    // parsing a seed with a table takes tens of ms; a 1 ms limit always ends it
    const out = await runBatch({
      inputs: ["in/002_a81ff61cc22d0274.txt", "in/003_b3fb5684e6b0e697.txt"],
      outDir: "out-t",
      jobs: 2,
      timeoutMs: 1,
      cwd: root,
      fenjieVersion: VERSION,
    });
    expect(out.summary.files.map((f) => [f.status, f.code])).toEqual([
      ["failed", "TIMEOUT"],
      ["failed", "TIMEOUT"],
    ]);
    expect(out.exitCode).toBe(EXIT.batchFailures);
  });

  it("exits 0 from the CLI when every input parses, 5 when one fails, and prints the summary", () => {
    const ok = spawnSync(process.execPath, [BIN, "batch", "in/000_89d412a27e51e6a9.txt", "in/003*.txt", "-o", "out-cli", "--jobs", "2"], { cwd: root, encoding: "utf8", env: ZH });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("共 2 个文件：1 正常，1 有警告；301 项任务；诊断：错误 0、警告 27、提示 10");
    expect(ok.stdout.split("\n")[0]).toMatch(/^状态 +任务 +错\/警\/提 +耗时 +文件$/);
    // not a terminal: plain progress lines in Chinese, the last one final (no current file)
    expect(ok.stderr.trimEnd().split("\n").at(-1)).toMatch(/^fenjie batch：2\/2 个文件（100%），[\d.]+ 个\/秒，预计剩余 0:00，失败 0 个$/);
    const summary = readJson<BatchSummary>(join(root, "out-cli/summary.json"));
    expect(summary.files.map((f) => f.status)).toEqual(["warnings", "ok"]);

    // -q: nothing but errors, one line per failed input (no progress, no table, nothing for skipped inputs)
    const bad = spawnSync(process.execPath, [BIN, "batch", "in", "-o", "out-cli2", "-q"], { cwd: root, encoding: "utf8", env: ZH });
    expect(bad.status).toBe(EXIT.batchFailures);
    expect(bad.stdout).toBe("");
    const lines = bad.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^fenjie batch：无法读取：in\/corrupt\.txt：文件不是文本或 PDF.* \[BINARY_INPUT\]$/);
    expect(lines[1]).toMatch(/^fenjie batch：无法读取：in\/sub\/empty\.txt：文件为空.* \[EMPTY_INPUT\]$/);
    expect(lines[2]).toMatch(/^fenjie batch：无法读取：in\/sub\/scan\.pdf：.* \[PDF_(UNSUPPORTED|DAMAGED)\]$/);

    // inputs that are not notices are skipped, not failures: exit 0
    const skipped = spawnSync(process.execPath, [BIN, "batch", "in/002_a81ff61cc22d0274.txt", "in/001_607276811f1fd8da.txt", "-o", "out-cli4", "--no-progress"], { cwd: root, encoding: "utf8", env: ZH });
    expect(skipped.status).toBe(0);
    expect(skipped.stdout).toMatch(/跳过：不是通知 +0 +0\/0\/0 .* in\/001_607276811f1fd8da\.txt {2}\[NO_TABLE\]/);
    expect(skipped.stdout).toContain("共 2 个文件：1 正常，1 跳过：不是通知；98 项任务");

    // an English locale gets English progress and summary
    const en = spawnSync(process.execPath, [BIN, "batch", "in/002_a81ff61cc22d0274.txt", "in/001_607276811f1fd8da.txt", "-o", "out-cli5"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "en_US.UTF-8" },
    });
    expect(en.stdout).toContain("2 files: 1 ok, 1 skipped: not a notice; 98 tasks");
    expect(en.stderr.trimEnd().split("\n").at(-1)).toMatch(/^fenjie batch: 2\/2 files \(100%\), [\d.]+ files\/s, ETA 0:00, 0 failed$/);

    const none = spawnSync(process.execPath, [BIN, "batch", "nothing/*.txt", "-o", "out-cli3"], { cwd: root, encoding: "utf8" });
    expect(none.status).toBe(EXIT.usage);
    const intoFile = spawnSync(process.execPath, [BIN, "batch", "in", "-o", "in/corrupt.txt"], { cwd: root, encoding: "utf8" });
    expect(intoFile.status).toBe(EXIT.usage);
    expect(intoFile.stderr).toContain("无法创建输出文件夹：in/corrupt.txt");
  });
});
