// End-to-end tests of the built CLI (bin/fenjie.js → dist/): exit codes, formats, stdin, -o.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = "bin/fenjie.js";
const run = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: "buffer" });
const S002 = "seeds/002_a81ff61cc22d0274.txt";
const S003 = "seeds/003_b3fb5684e6b0e697.txt";
const S000 = "seeds/000_89d412a27e51e6a9.txt";

describe("fenjie CLI", () => {
  it("prints JSON that validates, exit 0", () => {
    const r = run(["parse", S002, "-q"]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout.toString());
    expect(out.tasks).toHaveLength(98);
    expect(out.notice.docNumber).toBe("泉鲤政办〔2021〕70号");
  });

  it("--layout with an unknown name: exit 2, one line naming the layouts, nothing on stdout", () => {
    const r = run(["parse", S002, "--layout", "bogus"]);
    expect(r.status).toBe(2);
    expect(r.stdout.toString()).toBe("");
    const lines = r.stderr.toString().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^fenjie: 未知的版式：bogus。可用的版式：auto、structured、box、tsv、.*\[USAGE\]$/);
  });

  it("--layout csv on tab-separated text reads it as csv, and the refusal names the layout that fits", () => {
    const r = run(["parse", S002, "--layout", "csv"]);
    expect(r.status).toBe(4);
    expect(r.stderr.toString()).toContain("已按 --layout csv 读取，但文件看起来是 tsv 版式");
  });

  it("reads standard input with -", () => {
    const r = run(["parse", "-", "-q"], readFileSync(S002));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.toString()).source.file).toBe("-");
  });

  it("writes CSV with BOM and Chinese headers to -o", () => {
    const dir = mkdtempSync(join(tmpdir(), "fenjie-"));
    const out = join(dir, "out.csv");
    const r = run(["parse", S003, "-f", "csv", "-o", out, "-q"]);
    expect(r.status).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text.startsWith("\uFEFF序号,项目,目标任务,牵头单位,责任单位,协办单位,责任领导/责任人,分管领导,备注")).toBe(true);
    expect(text).toContain("14,,创建文创培训、美食、服装、夜市等特色街区。,城管局；文体旅游局；自然资源局；商务局,,文旅开发公司；相关镇（街道）,程进强；刘冰；林昀瑜；肖银河,陈相成；陈清拥；黄少伟；柯明好,");
    expect(readdirSync(dir)).toEqual(["out.csv"]); // no temp file left behind
  });

  it("honours --join and --no-bom", () => {
    const r = run(["parse", S003, "-f", "csv", "--join", "|", "--no-bom", "-q"]);
    const text = r.stdout.toString();
    expect(text.startsWith("序号")).toBe(true);
    expect(text).toContain("城管局|文体旅游局|自然资源局|商务局");
  });

  it.each([
    ["seeds/001_607276811f1fd8da.txt", 4, /未找到责任分解表.*政府工作报告/],
    ["seeds/004_8be8280e27aee29f.txt", 4, /未找到责任分解表/],
    ["does-not-exist.txt", 3, /找不到文件/],
  ])("%s exits %i with a clear message", (file, code, msg) => {
    const r = run(["parse", file]);
    expect(r.status).toBe(code);
    expect(r.stderr.toString()).toMatch(msg);
    expect(r.stderr.toString()).not.toMatch(/at .*\.js:\d+/); // no stack trace
    expect(r.stdout.length).toBe(0);
  });

  it("gives distinct errors for an empty and a binary file", () => {
    const dir = mkdtempSync(join(tmpdir(), "fenjie-"));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "bin.txt"), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7) % 31)));
    const e = run(["parse", join(dir, "empty.txt")]);
    const b = run(["parse", join(dir, "bin.txt")]);
    expect([e.status, b.status]).toEqual([3, 3]);
    expect(e.stderr.toString()).toContain("EMPTY_INPUT");
    expect(b.stderr.toString()).toContain("BINARY_INPUT");
  });

  it("--strict turns warnings into exit 1; diagnostics go to stderr in Chinese", () => {
    // seed 000 is a flattened dump: a people/unit count mismatch there is a doubt (warning)
    const r = run(["parse", S000, "--strict", "--no-color"]);
    expect(r.status).toBe(1);
    expect(r.stderr.toString()).toContain("警告 LEADER_COUNT_MISMATCH");
    expect(r.stderr.toString()).toContain("第368行");
    expect(JSON.parse(r.stdout.toString()).tasks).toHaveLength(173);
    // seed 003's tab-separated cells: the same mismatch is the source's, a note only — --strict passes
    const exact = run(["parse", S003, "--strict", "--no-color"]);
    expect(exact.status).toBe(0);
    expect(exact.stderr.toString()).toContain("提示 LEADER_COUNT_MISMATCH");
    expect(exact.stderr.toString()).toContain("第116行");
  });

  it("refuses to overwrite its input and does not touch it", () => {
    const dir = mkdtempSync(join(tmpdir(), "fenjie-"));
    const copy = join(dir, "in.txt");
    writeFileSync(copy, readFileSync(S002));
    const r = run(["parse", copy, "-o", copy]);
    expect(r.status).toBe(2);
    expect(readFileSync(copy)).toEqual(readFileSync(S002));
  });

  it("prints --version and the JSON Schema", () => {
    expect(execFileSync(process.execPath, [BIN, "--version"]).toString().trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const schema = JSON.parse(execFileSync(process.execPath, [BIN, "schema"]).toString());
    expect(schema.properties.tasks.items.required).toContain("leadUnits");
  });

  it("exits 2 on a usage error", () => {
    expect(run(["parse"]).status).toBe(2);
    expect(run(["parse", S002, "-f", "yaml"]).status).toBe(2);
  });

  it("a failed run leaves no output file", () => {
    const dir = mkdtempSync(join(tmpdir(), "fenjie-"));
    const out = join(dir, "x.json");
    run(["parse", "seeds/004_8be8280e27aee29f.txt", "-o", out]);
    expect(existsSync(out)).toBe(false);
  });
});
