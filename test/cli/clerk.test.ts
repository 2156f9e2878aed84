// The clerk's edges of the CLI: format from -o's extension, the written-to line, usage errors in
// Chinese with the help hint, Chinese help, colour conventions, stable task ids across runs.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { useColor } from "../../src/cli/color.js";
import { writtenLine } from "../../src/cli/written.js";
import type { Result } from "../../src/model/schema.js";
import { parse } from "../../src/parse.js";
import { resolveOutputFormat } from "../../src/cli/format.js";
import { TASK_ID_PATTERN } from "../../src/model/ids.js";

const S002 = "seeds/002_a81ff61cc22d0274.txt";
const S003 = "seeds/003_b3fb5684e6b0e697.txt";
const S000 = "seeds/000_89d412a27e51e6a9.txt";
const tmp = mkdtempSync(join(tmpdir(), "fenjie-clerk-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function fenjie(args: string[], env: Record<string, string | undefined> = {}) {
  // colour variables cleared unless a test sets them, so the parent's terminal settings do not leak in
  const base = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, NODE_DISABLE_COLORS: undefined };
  const r = spawnSync(process.execPath, ["bin/fenjie.js", ...args], { encoding: "utf8", env: { ...base, ...env } as NodeJS.ProcessEnv });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("output format from -o's extension", () => {
  it("writes xlsx, csv, jsonl, sqlite by extension without -f, JSON for other names", () => {
    const files = { xlsx: join(tmp, "分解表.xlsx"), csv: join(tmp, "分解表.CSV"), jsonl: join(tmp, "t.jsonl"), other: join(tmp, "t.out") };
    for (const f of Object.values(files)) expect(fenjie(["parse", S003, "-o", f, "-q"]).code).toBe(0);
    expect(readFileSync(files.xlsx).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(readFileSync(files.csv, "utf8").split("\r\n")[0]).toBe("\uFEFF序号,项目,目标任务,牵头单位,责任单位,协办单位,责任领导/责任人,分管领导,备注,复核");
    expect(readFileSync(files.jsonl, "utf8").split("\n")).toHaveLength(129);
    expect(JSON.parse(readFileSync(files.other, "utf8")).tasks).toHaveLength(128);
  });

  it("refuses -f that contradicts the extension, and extensions it cannot write (exit 2, no file)", () => {
    const out = join(tmp, "x.xlsx");
    const r = fenjie(["parse", S003, "-f", "csv", "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("fenjie: -f csv 与输出文件的扩展名 .xlsx（xlsx）矛盾：请去掉 -f（按扩展名写 xlsx），或把输出文件改名为 *.csv。用法见 fenjie help parse。 [USAGE]\n");
    expect(readdirSync(tmp)).not.toContain("x.xlsx");
    const xls = fenjie(["parse", S003, "-o", join(tmp, "y.xls")]);
    expect(xls.code).toBe(2);
    expect(xls.stderr).toContain("不能写 .xls 文件：fenjie 只写新版 Excel 工作簿，请改用 .xlsx");
    // an agreeing -f is fine
    expect(fenjie(["parse", S003, "-f", "csv", "-o", join(tmp, "ok.csv"), "-q"]).code).toBe(0);
  });

  it("resolves formats (unit)", () => {
    expect(resolveOutputFormat(undefined, undefined)).toBe("json");
    expect(resolveOutputFormat(undefined, "a/b.XLSX")).toBe("xlsx");
    expect(resolveOutputFormat(undefined, "x.db")).toBe("sqlite");
    expect(resolveOutputFormat(undefined, "x.ndjson")).toBe("jsonl");
    expect(resolveOutputFormat(undefined, "x.txt")).toBe("json");
    expect(resolveOutputFormat("jsonl", "x.txt")).toBe("jsonl");
    expect(() => resolveOutputFormat("json", "x.jsonl")).toThrow(/矛盾/);
    expect(() => resolveOutputFormat(undefined, "x.html")).toThrow(/fenjie review/);
  });
});

describe("the line after writing", () => {
  it("says where the file went and how many rows need checking", () => {
    const out = join(tmp, "000.csv");
    const r = fenjie(["parse", S000, "-o", out]);
    expect(r.code).toBe(0);
    const lines = r.stderr.trimEnd().split("\n");
    // seed 000 is a flattened dump: its ten rows whose people were split between two columns by a guess carry review reasons
    expect(lines.at(-1)).toBe(`已写入 ${out}（CSV）：173 项任务，18 项需要复核（见“复核”“备注”列）。`);
    expect(lines.slice(0, -1).every((l) => /^(提示|警告) /.test(l))).toBe(true); // the diagnostics come first
    expect(fenjie(["parse", S000, "-o", out, "-q"]).stderr).toBe("");
    expect(fenjie(["parse", S000, "-q"]).stderr).toBe(""); // to stdout, quiet: no line
    // to stdout: the count of rows to check still reaches the clerk, on stderr
    expect(fenjie(["parse", S000, "-f", "csv"]).stderr.trimEnd().split("\n").at(-1)).toBe("共 173 项任务，其中 18 项需要复核（见“复核”“备注”列）。");
    // seed 003's tab-separated cells leave nothing in doubt (its people/unit count mismatches are the source's: notes only)
    expect(fenjie(["parse", S003, "-f", "csv"]).stderr.trimEnd().split("\n").at(-1)).toBe("共 128 项任务，没有需要复核的行。");
  });

  it("counts tasks with review reasons and rows with a warning or error about them, each row once (unit)", async () => {
    const parsed = await parse(S002);
    // seed 002's own review reason (row 20, a join the lexicon decided alone) set aside: this test counts the ones it adds
    const base: Result = { ...parsed, tasks: parsed.tasks.map((t) => ({ ...t, review: [] })) };
    const result: Result = {
      ...base,
      tasks: base.tasks.map((t) => (t.seq === 2 || t.seq === 7 ? { ...t, review: [{ code: "A", message: "请核对" }] } : t)),
      diagnostics: [
        ...base.diagnostics,
        { level: "error", code: "X", message: "行错误", table: 0, seq: 7 }, // same row as a review reason: counted once
        { level: "error", code: "X", message: "行错误", table: 0, seq: 9 },
        { level: "warning", code: "W", message: "警告", table: 0, seq: 11 }, // a warning is a doubt (parse also lists it in review)
        { level: "info", code: "I", message: "说明", table: 0, seq: 13 }, // an info note says what was done: no check
        { level: "error", code: "Y", message: "文件级错误" }, // about no row
      ],
    };
    expect(writtenLine("a.csv", "csv", result)).toBe("已写入 a.csv（CSV）：98 项任务，4 项需要复核（见“复核”“备注”列）；另有 1 条不属于任何一行的错误（见上方诊断）。");
    expect(writtenLine("a.sqlite", "sqlite", base)).toBe("已写入 a.sqlite（SQLite 数据库）：98 项任务，没有需要复核的行。");
  });
});

describe("usage errors: one Chinese line with the hint, exit 2", () => {
  it.each([
    [["parse", S002, "--bogus"], "fenjie: 未知选项 --bogus。用法见 fenjie help parse。 [USAGE]"],
    [["parse", S002, "--lon"], "fenjie: 未知选项 --lon（是否想输入 --long？）。用法见 fenjie help parse。 [USAGE]"],
    [["parse", S002, "-f", "docx"], "fenjie: 选项 -f, --format <format> 的取值 docx 无效，可选：json、csv、jsonl、xlsx、sqlite。用法见 fenjie help parse。 [USAGE]"],
    [["parse"], "fenjie: 缺少参数 FILE。用法见 fenjie help parse。 [USAGE]"],
    [["review", S002], "fenjie: 缺少必填选项 -o, --output <file>。用法见 fenjie help review。 [USAGE]"],
    [["batch", "in"], "fenjie: 缺少必填选项 -o, --output <dir>。用法见 fenjie help batch。 [USAGE]"],
    [["pars", S002], "fenjie: 未知命令 pars（是否想输入 parse？）。用法见 fenjie help。 [USAGE]"],
    [["parse", S002, S003], "fenjie: 参数过多：parse 只接受 1 个参数，收到 2 个。用法见 fenjie help parse。 [USAGE]"],
    [["parse", S002, "-o"], "fenjie: 选项 -o, --output <file> 缺少取值。用法见 fenjie help parse。 [USAGE]"],
    [["parse", S002, "-f", "xlsx"], "fenjie: xlsx 是二进制文件，不能写到标准输出：请用 -o 指定输出文件，例如 -o 分解表.xlsx。用法见 fenjie help parse。 [USAGE]"],
    [["stats", "x", "--top", "0"], "fenjie: --top 需要一个正整数，收到：0。用法见 fenjie help stats。 [USAGE]"],
  ])("%j", (args, line) => {
    const r = fenjie(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(line + "\n");
    expect(r.stdout).toBe("");
  });

  it("help is in Chinese, marks required options, and shows the defaults and choices in Chinese", () => {
    const parse = fenjie(["help", "parse"]);
    expect(parse.code).toBe(0);
    expect(parse.stdout).toMatch(/^用法： fenjie parse \[options\] <FILE>/);
    expect(parse.stdout).toContain("\n参数：\n");
    expect(parse.stdout).toContain("\n选项：\n");
    expect(parse.stdout).toContain("可选值：json、csv、jsonl、xlsx、sqlite");
    expect(parse.stdout).not.toMatch(/Usage:|Options:|Arguments:|\(default:|\(choices:|display help/);
    const batch = fenjie(["batch", "--help"]);
    expect(batch.stdout.replace(/\s+/g, " ")).toMatch(/-o, --output <dir> .*（必填 \/ required）/);
    const top = fenjie(["--help"]);
    expect(top.stdout).toContain("\n命令：\n");
    expect(top.stdout).toContain("help [command]");
  });
});

describe("colour", () => {
  const colourful = (env: Record<string, string>) => /\x1b\[/.test(fenjie(["parse", S003, "-o", join(tmp, "c.json")], env).stderr);

  it("is off when stderr is not a terminal, on with FORCE_COLOR, off with NO_COLOR, FORCE_COLOR=0 or --no-color", () => {
    expect(colourful({})).toBe(false);
    expect(colourful({ FORCE_COLOR: "1" })).toBe(true);
    expect(colourful({ FORCE_COLOR: "0" })).toBe(false);
    expect(colourful({ NO_COLOR: "1" })).toBe(false);
    expect(/\x1b\[/.test(fenjie(["parse", S003, "-o", join(tmp, "c.json"), "--no-color"], { FORCE_COLOR: "1" }).stderr)).toBe(false);
  });

  it("follows the conventions on a terminal (unit)", () => {
    expect(useColor(true, true, {})).toBe(true);
    expect(useColor(true, true, { NO_COLOR: "1" })).toBe(false);
    expect(useColor(true, true, { NO_COLOR: "" })).toBe(true); // empty NO_COLOR is unset (no-color.org)
    expect(useColor(true, true, { FORCE_COLOR: "0" })).toBe(false);
    expect(useColor(true, true, { FORCE_COLOR: "false" })).toBe(false);
    expect(useColor(true, true, { TERM: "dumb" })).toBe(false);
    expect(useColor(true, true, { NODE_DISABLE_COLORS: "1" })).toBe(false);
    expect(useColor(true, false, { FORCE_COLOR: "1" })).toBe(true);
    expect(useColor(true, false, { FORCE_COLOR: "1", NO_COLOR: "1" })).toBe(true); // Node's order: FORCE_COLOR first
    expect(useColor(false, true, { FORCE_COLOR: "1" })).toBe(false);
  });
});

describe("stable task ids", () => {
  it("are the same on two runs, for a copy under another name, and from standard input", () => {
    const copy = join(tmp, "另一个名字.txt");
    copyFileSync(S002, copy);
    const ids = (args: string[], input?: Buffer) => {
      const r = spawnSync(process.execPath, ["bin/fenjie.js", ...args, "-q"], { input, encoding: "utf8" });
      return (JSON.parse(r.stdout) as { tasks: { id: string }[] }).tasks.map((t) => t.id);
    };
    const first = ids(["parse", S002]);
    expect(first).toHaveLength(98);
    expect(ids(["parse", S002])).toEqual(first);
    expect(ids(["parse", copy])).toEqual(first);
    expect(ids(["parse", "-"], readFileSync(S002))).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    for (const id of first) expect(id).toMatch(TASK_ID_PATTERN);
    const sha = createHash("sha256").update(readFileSync(S002)).digest("hex");
    expect(first[0]).toBe(`${sha.slice(0, 16)}-0-1`);
    // different bytes, different ids
    const other = ids(["parse", S003]);
    expect(other.some((id) => first.includes(id))).toBe(false);
  });
});

describe("--first-listed-lead", () => {
  const notice = "fixtures/real-like/tsv-first-lead-note.txt";
  const firstRow = (args: string[]) => {
    const r = fenjie(["parse", notice, "-q", ...args]);
    expect(r.code).toBe(0);
    const t = (JSON.parse(r.stdout) as Result).tasks[0]!;
    return [t.leadUnits, t.units, t.review.map((x) => x.code)];
  };
  it("promotes the first unit of a header's first-listed-leads note only when given; by default the units stay under their header", () => {
    expect(firstRow([])).toEqual([[], ["新区经发局", "新区统计局"], []]);
    expect(firstRow(["--first-listed-lead"])).toEqual([["新区经发局"], ["新区统计局"], ["LEAD_FROM_FIRST_LISTED"]]);
  });
  it("reaches the notices diff parses: the units read without it show as moved to the lead with it", () => {
    const old = join(tmp, "first-listed-old.json");
    expect(fenjie(["parse", notice, "-q", "-o", old]).code).toBe(0);
    const counts = (args: string[]) => JSON.parse(fenjie(["diff", old, notice, "-f", "json", ...args]).stdout).counts;
    expect(counts([])).toMatchObject({ carriedOver: 3, changedUnits: 0 });
    expect(counts(["--first-listed-lead"])).toMatchObject({ carriedOver: 0, changedUnits: 3 });
  });
  it("counter-example: changes nothing in a notice without the note", () => {
    const plain = (args: string[]) => JSON.parse(fenjie(["parse", S002, "-q", ...args]).stdout).tasks;
    expect(plain(["--first-listed-lead"])).toEqual(plain([]));
  });
});
