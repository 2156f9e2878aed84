// fenjie stats: counting rules on hand-made rows, loading a batch folder, CLI formats.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { datasetRows } from "../../src/batch/dataset.js";
import { countWorkload } from "../../src/stats/count.js";
import { loadDataset } from "../../src/stats/load.js";
import { docNumberKey, findDuplicates } from "../../src/stats/duplicates.js";
import { mergedWarnings, namesAcrossIssuers } from "../../src/stats/merged.js";
import { notice, task } from "../diff/fixtures.js";

const A = notice("a/2021.txt", 2021, [
  // 县发改局 leads and is responsible: counts once in tasks, once in each role; listed twice in units: once
  task({ seq: 1, task: "一", leadUnits: ["县发改局"], units: ["县发改局", "县财政局", "县财政局"], supervisors: ["张三"] }),
  task({ seq: 2, task: "二", units: ["县财政局"], coUnits: ["县发改局"], leaders: ["王五"], supervisors: ["张三"] }),
]);
const B = { ...notice("b/2022.txt", 2022, [task({ seq: 1, task: "三", leadUnits: ["县发改局"], supervisors: ["李四"] })]) };
B.notice = { ...B.notice, issuer: "某市人民政府办公室" };
const rows = [...datasetRows(A), ...datasetRows(B)];

describe("countWorkload", () => {
  it("counts tasks per entity and role overall", () => {
    expect(countWorkload(rows)).toEqual([
      { entity: "县发改局", kind: "unit", tasks: 3, lead: 2, responsible: 1, co: 1, supervise: 0, notices: 2 },
      { entity: "县财政局", kind: "unit", tasks: 2, lead: 0, responsible: 2, co: 0, supervise: 0, notices: 1 },
      { entity: "张三", kind: "person", tasks: 2, lead: 0, responsible: 0, co: 0, supervise: 2, notices: 1 },
      { entity: "李四", kind: "person", tasks: 1, lead: 0, responsible: 0, co: 0, supervise: 1, notices: 1 },
      { entity: "王五", kind: "person", tasks: 1, lead: 0, responsible: 1, co: 0, supervise: 0, notices: 1 },
    ]);
  });

  it("groups by year and issuer", () => {
    const s = countWorkload(rows, ["year", "issuer"]).filter((r) => r.entity === "县发改局");
    expect(s).toEqual([
      { entity: "县发改局", kind: "unit", year: 2021, issuer: "某县人民政府办公室", tasks: 2, lead: 1, responsible: 1, co: 1, supervise: 0, notices: 1 },
      { entity: "县发改局", kind: "unit", year: 2022, issuer: "某市人民政府办公室", tasks: 1, lead: 1, responsible: 0, co: 0, supervise: 0, notices: 1 },
    ]);
  });
});

describe("fenjie stats", () => {
  it("loads a batch folder, a plain folder of results and tasks.jsonl alike", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fenjie-stats-"));
    try {
      mkdirSync(join(dir, "batch/notices"), { recursive: true });
      writeFileSync(join(dir, "batch/notices/a.json"), JSON.stringify(A));
      writeFileSync(join(dir, "batch/notices/b.json"), JSON.stringify(B));
      writeFileSync(join(dir, "batch/summary.json"), JSON.stringify({ files: [{ output: "notices/a.json" }, { output: null }, { output: "notices/b.json" }] }));
      writeFileSync(join(dir, "tasks.jsonl"), rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
      expect(await loadDataset([join(dir, "batch")])).toEqual(rows);
      expect(await loadDataset([join(dir, "batch/notices")])).toEqual(rows);
      expect(await loadDataset([join(dir, "tasks.jsonl")])).toEqual(rows);

      const bin = resolve("bin/fenjie.js");
      const csv = spawnSync(process.execPath, [bin, "stats", "batch", "-f", "csv", "--by", "year"], { cwd: dir, encoding: "utf8" });
      expect(csv.status).toBe(0);
      expect(csv.stdout.split("\r\n").slice(0, 3)).toEqual([
        "\uFEFFentity,kind,year,tasks,lead,responsible,co,supervise,notices",
        "县发改局,unit,2021,2,1,1,1,0,1",
        "县财政局,unit,2021,2,0,2,0,0,1",
      ]);
      const table = spawnSync(process.execPath, [bin, "stats", "batch", "-n", "1"], { cwd: dir, encoding: "utf8" });
      expect(table.stdout).toContain("2 份通知，3 项任务；单位 2 个，人员 3 人\n");
      expect(table.stdout).toContain("单位（共 2 个，列出前 1 个）\n任务数  牵头  责任  协办  通知数  单位\n------  ----  ----  ----  ------  --------\n     3     2     1     1       2  县发改局\n");
      const bad = spawnSync(process.execPath, [bin, "stats", "batch", "--by", "month"], { cwd: dir, encoding: "utf8" });
      expect(bad.status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("duplicates and names merged across issuers", () => {
  it("finds the same bytes and the same 文号 (brackets and spaces aside), keeping the first", () => {
    const keys = [
      { sha256: "a", docNumber: "某政办〔2020〕1号", sourceFile: "a.pdf" },
      { sha256: "a", docNumber: "某政办〔2020〕1号", sourceFile: "copy/a.pdf" },
      { sha256: "b", docNumber: "某政办 [2020] 1号", sourceFile: "a.txt" },
      { sha256: "c", docNumber: "某政办〔2020〕2号", sourceFile: "other.txt" }, // counter-example: another number
      { sha256: "d", docNumber: null, sourceFile: "x.txt" },
      { sha256: "e", docNumber: null, sourceFile: "y.txt" }, // no 文号 on either: not duplicates
    ];
    expect(findDuplicates(keys).map((d) => [d.sourceFile, d.ofFile, d.reason])).toEqual([
      ["copy/a.pdf", "a.pdf", "sha256"],
      ["a.txt", "a.pdf", "docNumber"],
    ]);
    expect(docNumberKey("某政办（2020）1号")).toBe(docNumberKey("某政办〔2020〕1号"));
    expect(docNumberKey("某政办〔2020〕11号")).not.toBe(docNumberKey("某政办〔2020〕1号"));
  });

  it("stats counts a duplicated notice once and says so; warns about names merged across issuers", () => {
    const dir = mkdtempSync(join(tmpdir(), "fenjie-stats-dup-"));
    try {
      const copyOfA = { ...A, source: { ...A.source, file: "c/copy.txt" } }; // same bytes
      const retyped = { ...A, source: { ...A.source, file: "a/2021-retyped.txt", sha256: "e".repeat(64) }, notice: { ...A.notice, docNumber: "某政办[2020]1号" } };
      mkdirSync(join(dir, "r"));
      writeFileSync(join(dir, "r/1-a.json"), JSON.stringify(A));
      writeFileSync(join(dir, "r/2-b.json"), JSON.stringify(B));
      writeFileSync(join(dir, "r/3-copy.json"), JSON.stringify(copyOfA));
      writeFileSync(join(dir, "r/4-retyped.json"), JSON.stringify(retyped));
      const bin = resolve("bin/fenjie.js");
      const run = (...args: string[]) => spawnSync(process.execPath, [bin, "stats", "r", ...args], { cwd: dir, encoding: "utf8" });
      const json = run("-f", "json");
      expect(json.status).toBe(0);
      // counted as with A and B alone
      expect(JSON.parse(json.stdout)).toEqual(countWorkload(rows));
      const lines = json.stderr.trimEnd().split("\n");
      expect(lines).toEqual([
        "fenjie stats: 重复的通知：c/copy.txt 与 a/2021.txt 内容完全相同（SHA-256 相同），只统计一次。",
        "fenjie stats: 重复的通知：a/2021-retyped.txt 与 a/2021.txt 文号相同（某政办[2020]1号），只统计一次（保留 a/2021.txt）。如果两者确是不同的通知，请检查文号。",
        "fenjie stats: 警告：1 个单位名称出现在不同发文机关的通知中，统计时按同一名称合并（如 县发改局：某县人民政府办公室、某市人民政府办公室）。同名不一定是同一单位，可用 --by issuer 按发文机关分开统计。",
      ]);
      // grouped by issuer nothing is merged: no warning about names
      expect(run("--by", "issuer", "-f", "csv").stderr).not.toContain("单位名称");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("lists names under several issuers, most issuers first (people too)", () => {
    const C = notice("c/2022.txt", 2022, [task({ seq: 1, task: "四", leadUnits: ["县发改局"], supervisors: ["张三"] })]);
    C.notice = { ...C.notice, issuer: "另一县人民政府办公室" };
    const merged = namesAcrossIssuers([...rows, ...datasetRows(C)]);
    expect(merged.map((m) => [m.kind, m.name, m.issuers.length])).toEqual([
      ["unit", "县发改局", 3],
      ["person", "张三", 2],
    ]);
    expect(mergedWarnings(merged)[1]).toContain("1 个人名出现在不同发文机关的通知中");
  });
});
