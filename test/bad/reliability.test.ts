// Issue 18, round two of reliability: what fenjie's outputs may never do to the user's system
// (replace a pipe, break a link, overwrite an input), what reaches a terminal or a spreadsheet
// from a hostile document, and how write failures end. Each case failed before its fix.
// Special files are made in temp folders (FIFOs, symlinks); no device is ever an -o target here
// (see target.test.ts for the device decision and the one guarded /dev/stdout run).
import { spawn, spawnSync } from "node:child_process";
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import { toJson } from "../../src/write/json.js";

const BIN = resolve("bin/fenjie.js");
const COVER = "关于2022年政府工作报告目标任务责任分解的通知\n\n" + "为确保全年各项工作任务落到实处，现就2022年区政府工作报告进行责任分解，有关要求通知如下。\n".repeat(20) + "\n";
/** A small notice whose cells and one stray line carry what an attacker would put there. */
const HOSTILE =
  COVER +
  "序号\t目标任务\t牵头单位\t责任单位\n" +
  '1\t=HYPERLINK("http://x","y")\t区发改局\t区财政局\n' +
  "2\t推进城市更新\t-区住建局\t@区交通局\n" +
  "\x1b]0;pwned\x07\x1b[2J注意\u202e这一行\u009b31m\n" +
  "3\t加快乡村振兴\t区农业农村局\t区水利局\n";

let dir: string;
const run = (args: string[], opts: { cwd?: string; stdout?: number } = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? dir, encoding: "utf8", ...(opts.stdout !== undefined ? { stdio: ["ignore", opts.stdout, "pipe"] } : {}) });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "fenjie-rel-"));
  writeFileSync(join(dir, "notice.txt"), HOSTILE);
  writeFileSync(join(dir, "result.json"), toJson(await parseText(HOSTILE, { fileName: "notice.txt" })));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Start a reader on a new FIFO; resolves with what it read (or null if nothing came within `ms`). */
function fifoReader(path: string, ms = 20000): Promise<string | null> {
  spawnSync("mkfifo", [path]);
  const cat = spawn("cat", [path], { stdio: ["ignore", "pipe", "ignore"] });
  let out = "";
  cat.stdout.on("data", (d: Buffer) => (out += d.toString()));
  return new Promise((done) => {
    const timer = setTimeout(() => {
      cat.kill(); // never reached: nothing was written to the pipe
      done(null);
    }, ms);
    cat.on("close", () => {
      clearTimeout(timer);
      done(out);
    });
  });
}

// every command that takes -o, with the arguments that make it write something
const COMMANDS: [string, string[]][] = [
  ["parse", ["parse", "notice.txt", "-q"]],
  ["review", ["review", "notice.txt", "-q"]],
  ["stats", ["stats", "result.json", "-f", "json"]],
  ["diff", ["diff", "result.json", "result.json", "-f", "json"]],
];

describe("-o never replaces a special file", () => {
  it.each(COMMANDS)("%s -o FIFO: the reader gets the output and the FIFO stays a FIFO", async (name, args) => {
    const fifo = join(dir, `${name}.fifo`);
    const read = fifoReader(fifo);
    const r = run([...args, "-o", fifo]);
    const got = await read;
    expect([r.status, r.stderr]).toEqual([0, expect.not.stringContaining("fenjie:")]);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(got?.length).toBeGreaterThan(100);
    if (name !== "review") expect(() => JSON.parse(got!)).not.toThrow();
  });

  it.each(COMMANDS)("%s -o SYMLINK: the link stays and its target is written", (name, args) => {
    const target = join(dir, `${name}-target.out`);
    const link = join(dir, `${name}-link.out`);
    writeFileSync(target, "old");
    symlinkSync(`${name}-target.out`, link);
    const r = run([...args, "-o", link]);
    expect(r.status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(`${name}-target.out`);
    expect(readFileSync(target, "utf8").length).toBeGreaterThan(100);
  });

  it("batch: a symlinked tasks.csv in the output folder stays a link, its target gets the dataset", () => {
    const out = join(dir, "batch-link");
    mkdirSync(out);
    writeFileSync(join(dir, "kept.csv"), "old");
    symlinkSync("../kept.csv", join(out, "tasks.csv"));
    const r = run(["batch", "notice.txt", "-o", out, "-q", "--no-progress"]);
    expect(r.status).toBe(0);
    expect(lstatSync(join(out, "tasks.csv")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "kept.csv"), "utf8")).toContain("区农业农村局");
  });
});

describe("CSV formula injection", () => {
  it("parse -f csv: cells that would start a formula get a leading ', --csv-raw keeps them, JSON keeps them raw", () => {
    const csv = run(["parse", "notice.txt", "-q", "-f", "csv"]).stdout.split("\r\n");
    expect(csv[1]).toBe(`1,,"'=HYPERLINK(""http://x"",""y"")",区发改局,区财政局,,,,`);
    // row 2's 备注 names the stray line after it (UNPLACED_TEXT), which this notice carries for the control-character test
    expect(csv[2]!.startsWith("2,,推进城市更新,'-区住建局,'@区交通局,,,,")).toBe(true);
    const raw = run(["parse", "notice.txt", "-q", "-f", "csv", "--csv-raw"]).stdout.split("\r\n");
    expect(raw[2]!.startsWith("2,,推进城市更新,-区住建局,@区交通局,,,,")).toBe(true);
    const json = JSON.parse(readFileSync(join(dir, "result.json"), "utf8")) as { tasks: { task: string; leadUnits: string[] }[] };
    expect(json.tasks[0]!.task).toBe('=HYPERLINK("http://x","y")');
    expect(json.tasks[1]!.leadUnits).toEqual(["-区住建局"]);
  });

  it("batch tasks.csv and stats -f csv are guarded too", () => {
    const out = join(dir, "batch-csv");
    expect(run(["batch", "notice.txt", "-o", out, "-q", "--no-progress"]).status).toBe(0);
    const tasks = readFileSync(join(out, "tasks.csv"), "utf8");
    expect(tasks).toContain(`,"'=HYPERLINK(""http://x"",""y"")",`);
    expect(tasks).toContain(",'-区住建局,'@区交通局,");
    expect(readFileSync(join(out, "tasks.jsonl"), "utf8")).toContain('"leadUnits":["-区住建局"]');
    const stats = run(["stats", out, "-f", "csv"]).stdout.split("\r\n");
    expect(stats).toContain("'-区住建局,unit,1,1,0,0,0,1");
    expect(stats).toContain("'@区交通局,unit,1,0,1,0,0,1");
    expect(run(["stats", out, "-f", "csv", "--csv-raw"]).stdout.split("\r\n")).toContain("-区住建局,unit,1,1,0,0,0,1");
  });
});

describe("control characters from the document never reach the terminal raw", () => {
  it("diagnostics on stderr show ESC, BEL, C1 and bidi controls escaped; the JSON keeps them as \\u escapes", () => {
    const r = run(["parse", "notice.txt"]);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(r.stderr).toContain("“\\x1b]0;pwned\\x07\\x1b[2J注意\\u202e这一行\\x9b31m”");
    expect(r.stdout).not.toMatch(/[\u007f-\u009f\u202a-\u202e]/); // JSON.stringify leaves these raw; fenjie escapes them
    const msg = (JSON.parse(r.stdout) as { diagnostics: { code: string; message: string }[] }).diagnostics.find((d) => d.code === "UNPLACED_TEXT")!.message;
    expect(msg).toContain("\x1b]0;pwned\x07\x1b[2J注意\u202e这一行\u009b31m"); // the data is unchanged
  });

  it("file names with control characters are escaped in error lines", () => {
    const r = run(["parse", "missing\x1b[2J.txt"]);
    expect(r.status).toBe(3);
    expect(r.stderr).toBe("fenjie: 找不到文件：missing\\x1b[2J.txt。请检查路径是否正确。 [FILE_NOT_FOUND]\n");
  });
});

describe("outputs that would overwrite inputs are refused before anything is written", () => {
  it("stats DIR -o DIR/tasks.jsonl: OUTPUT_IS_INPUT, the dataset untouched", () => {
    const out = join(dir, "batch-stats");
    expect(run(["batch", "notice.txt", "-o", out, "-q", "--no-progress"]).status).toBe(0);
    const before = readFileSync(join(out, "tasks.jsonl"));
    const r = run(["stats", out, "-o", join(out, "tasks.jsonl")]);
    expect([r.status, r.stderr]).toEqual([2, expect.stringContaining("[OUTPUT_IS_INPUT]")]);
    expect(readFileSync(join(out, "tasks.jsonl"))).toEqual(before);
  });

  it("batch DIR -o DIR: OUTPUT_IS_INPUT and the user's own tasks.csv untouched, nothing written", () => {
    const folder = join(dir, "own");
    mkdirSync(folder);
    writeFileSync(join(folder, "notice.txt"), HOSTILE);
    writeFileSync(join(folder, "tasks.csv"), "我自己的表格\n");
    const r = run(["batch", folder, "-o", folder, "--no-progress"]);
    expect([r.status, r.stderr]).toEqual([2, expect.stringContaining("[OUTPUT_IS_INPUT]")]);
    expect(readFileSync(join(folder, "tasks.csv"), "utf8")).toBe("我自己的表格\n");
    expect(spawnSync("ls", ["-A", folder], { encoding: "utf8" }).stdout.split("\n").filter(Boolean).sort()).toEqual(["notice.txt", "tasks.csv"]);
  });

  it("diff OLD NEW -o NEW and review FILE -o (a hard link to FILE) are refused", () => {
    const d = run(["diff", "result.json", "result.json", "-o", "./result.json"]);
    expect([d.status, d.stderr]).toEqual([2, expect.stringContaining("[OUTPUT_IS_INPUT]")]);
    spawnSync("ln", [join(dir, "notice.txt"), join(dir, "hard.html")]);
    const r = run(["review", "notice.txt", "-o", "hard.html"]);
    expect([r.status, r.stderr]).toEqual([2, expect.stringContaining("[OUTPUT_IS_INPUT]")]);
    expect(readFileSync(join(dir, "notice.txt"), "utf8")).toBe(HOSTILE);
  });
});

describe("write failures exit 2 with a message", () => {
  it.each([
    ["review", ["review", "notice.txt", "-q"]],
    ["stats", ["stats", "result.json"]],
    ["diff", ["diff", "result.json", "result.json"]],
  ])("%s -o in a missing folder: OUTPUT_UNWRITABLE (was an internal error, 70)", (_, args) => {
    const target = join(dir, "no-such-folder", "out.txt");
    const r = run([...args, "-o", target]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`fenjie: 无法写入输出文件：${target}（ENOENT）。请检查文件夹是否存在、是否有写权限。 [OUTPUT_UNWRITABLE]\n`);
  });

  it("parse > /dev/full: exit 2 OUTPUT_UNWRITABLE, not success and not an internal error", () => {
    // /dev/full is opened here as the child's standard output; fenjie never names it
    const full = spawnSync("sh", ["-c", `exec "${process.execPath}" "${BIN}" parse notice.txt -q > /dev/full`], { cwd: dir, encoding: "utf8" });
    expect(full.status).toBe(2);
    expect(full.stderr).toBe("fenjie: 无法写入标准输出（磁盘已满），输出没有写完。请检查重定向的目标，或用 -o 写入文件。 [OUTPUT_UNWRITABLE]\n");
  });
});

describe("parse --timeout", () => {
  it("ends a parse that takes longer (TIMEOUT, exit 3); a generous limit gives the same output as none", () => {
    const r = run(["parse", "notice.txt", "-q", "--timeout", "0.001"]);
    expect([r.status, r.stdout]).toEqual([3, ""]);
    expect(r.stderr).toBe("fenjie: 处理超时（超过 0.001 秒）：notice.txt。文件可能过大或结构异常；可用 --timeout 放宽时限（0 表示不限）。 [TIMEOUT]\n");
    expect(run(["parse", "notice.txt", "-q", "--timeout", "60"]).stdout).toBe(readFileSync(join(dir, "result.json"), "utf8"));
  });
});
