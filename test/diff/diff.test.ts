// fenjie diff: similarity measure and matching rule on hand-made pairs.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLD, diffNotices, matchTexts } from "../../src/diff/match.js";
import { normaliseTask, similarity } from "../../src/diff/similarity.js";
import { NEW, OLD, notice, task } from "./fixtures.js";
import { renderDiff } from "../../src/diff/render.js";

describe("similarity (character bigram Dice)", () => {
  it("normalises width, whitespace and punctuation", () => {
    expect(normaliseTask("增长 ８％左右。")).toBe("增长8左右");
    expect(similarity("增长８％，左右", "增长 8% 左右")).toBe(1);
  });

  it("computes the Dice coefficient over bigram multisets", () => {
    // 10 bigrams each (地区 区生 生产 产总 总值 值增 增长 长8 8左 左右 / … 长7 7左 左右); 8 shared
    expect(similarity("地区生产总值增长8%左右", "地区生产总值增长7%左右")).toBeCloseTo((2 * 8) / 20, 10);
    expect(similarity("甲乙", "丙丁")).toBe(0);
    expect(similarity("甲", "甲")).toBe(1);
    expect(similarity("", "")).toBe(1);
    expect(similarity("", "甲乙")).toBe(0);
    // repeated bigrams count as often as they occur in both
    expect(similarity("甲乙甲乙", "甲乙")).toBeCloseTo((2 * 1) / (3 + 1), 10);
  });

  it("puts reworded tasks above the threshold and different tasks on a related topic below it", () => {
    const reworded = similarity(OLD.tasks[1]!.task, NEW.tasks[1]!.task);
    const related = similarity(OLD.tasks[3]!.task, NEW.tasks[2]!.task);
    expect(reworded).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(related).toBeLessThan(DEFAULT_THRESHOLD);
  });
});

describe("matching rule", () => {
  it("matches greedily from the most similar pair, each task once, ties to the earlier task", () => {
    expect(matchTexts(["环境整治", "环境整治"], ["环境整治"], 0.4)).toEqual([[0, 0, 1]]);
    // old 0 is closer to new 1 than to new 0: the best pair wins, then the rest pairs up
    const m = matchTexts(["推进城区道路改造提升", "推进城区道路建设"], ["推进城区道路建设工程", "推进城区道路改造提升"], 0.4);
    expect(m.map(([i, j]) => [i, j])).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it("sorts tasks into carried over / changed units / new / dropped", () => {
    const d = diffNotices(OLD, NEW);
    expect(d.counts).toEqual({ carriedOver: 1, changedUnits: 2, new: 1, dropped: 1 });
    expect(d.carriedOver.map((p) => [p.old.seq, p.new.seq])).toEqual([[1, 1]]);
    expect(d.carriedOver[0]!.changes).toEqual({ supervisors: { added: ["李四"], removed: ["张三"] } });
    expect(d.carriedOver[0]!.similarity).toBe(0.8);
    expect(d.changedUnits.map((p) => [p.old.seq, p.new.seq, p.units])).toEqual([
      [2, 2, { added: ["县城管局"], removed: [] }],
      [3, 4, { added: ["县投资促进中心"], removed: ["县商务局"] }],
    ]);
    expect(d.new.map((t) => t.seq)).toEqual([3]);
    expect(d.dropped.map((t) => t.seq)).toEqual([4]);
    expect(d.oldNotice).toEqual({ file: "2021.txt", docNumber: "某政办〔2020〕1号", issuer: "某县人民政府办公室", year: 2021, tasks: 4 });
  });

  it("a stricter threshold turns reworded tasks into new + dropped", () => {
    const d = diffNotices(OLD, NEW, 0.7);
    expect(d.counts).toEqual({ carriedOver: 1, changedUnits: 0, new: 3, dropped: 3 });
  });

  it("runs from the CLI on two result files", () => {
    const dir = mkdtempSync(join(tmpdir(), "fenjie-diff-"));
    try {
      writeFileSync(join(dir, "old.json"), JSON.stringify(OLD));
      writeFileSync(join(dir, "new.json"), JSON.stringify(NEW));
      const r = spawnSync(process.execPath, [resolve("bin/fenjie.js"), "diff", "old.json", "new.json"], { cwd: dir, encoding: "utf8" });
      expect(r.status).toBe(0);
      expect(r.stdout).toContain("carried over 1, changed units 2, new 1, dropped 1  (similarity ≥ 0.4)\n");
      expect(r.stdout).toContain("  #3 → #4  (0.51)  深化“产业链招商”行动，绘制产业招商地图，争取签约项目超 50 个。\n      - 县商务局\n      + 县投资促进中心\n");
      const bad = spawnSync(process.execPath, [resolve("bin/fenjie.js"), "diff", "old.json", "missing.json"], { cwd: dir, encoding: "utf8" });
      expect(bad.status).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("roles, issuers and notices as input", () => {
  it("names the role that changed: a unit moved from 牵头单位 to 责任单位 is a change of units", () => {
    const a = notice("x/2021.txt", 2021, [task({ seq: 1, task: "推进老旧小区改造提升工程", leadUnits: ["县住建局"], units: ["各乡镇"], leaders: ["王五"] })]);
    const b = notice("x/2022.txt", 2022, [task({ seq: 1, task: "推进老旧小区改造提升工程", leadUnits: ["县城管局"], units: ["县住建局", "各乡镇"], supervisors: ["王五"] })]);
    const d = diffNotices(a, b);
    expect(d.counts).toEqual({ carriedOver: 0, changedUnits: 1, new: 0, dropped: 0 });
    expect(d.changedUnits[0]!.roles).toEqual([
      { name: "县住建局", kind: "unit", from: ["leadUnits"], to: ["units"] },
      { name: "王五", kind: "person", from: ["leaders"], to: ["supervisors"] },
    ]);
    const text = renderDiff(d);
    expect(text).toContain("      ~ 县住建局：牵头单位 → 责任单位\n");
    expect(text).toContain("      ~ 王五：责任领导/责任人 → 分管领导\n");
    // counter-example: same units in the same roles, listed in another order: carried over, no role change
    const c = notice("x/2023.txt", 2023, [task({ seq: 1, task: "推进老旧小区改造提升工程", leadUnits: ["县住建局"], units: ["各乡镇"], leaders: ["王五"] })]);
    const same = diffNotices(a, c);
    expect(same.counts.carriedOver).toBe(1);
    expect(same.carriedOver[0]!.roles).toEqual([]);
    expect(same.warnings).toEqual([]);
  });

  it("warns when the two notices come from different issuers", () => {
    const b = { ...NEW, notice: { ...NEW.notice, issuer: "另一县人民政府办公室" } };
    const d = diffNotices(OLD, b);
    expect(d.warnings).toEqual(["两份通知的发文机关不同（某县人民政府办公室 / 另一县人民政府办公室）：比较的可能不是同一地方的通知，“延续”“新增”的结论要谨慎看待。"]);
    expect(renderDiff(d)).toContain("警告：两份通知的发文机关不同");
  });

  it("accepts notices (text, PDF) as well as result JSON, from the CLI", () => {
    const dir = mkdtempSync(join(tmpdir(), "fenjie-diff-n-"));
    try {
      const bin = resolve("bin/fenjie.js");
      const S002 = resolve("seeds/002_a81ff61cc22d0274.txt");
      const json = spawnSync(process.execPath, [bin, "parse", S002, "-q", "-o", join(dir, "002.json")], { encoding: "utf8" });
      expect(json.status).toBe(0);
      // a notice against its own JSON: everything carried over
      const same = spawnSync(process.execPath, [bin, "diff", S002, join(dir, "002.json"), "-f", "json"], { encoding: "utf8" });
      expect(same.status, same.stderr).toBe(0);
      expect((JSON.parse(same.stdout) as { counts: unknown }).counts).toEqual({ carriedOver: 98, changedUnits: 0, new: 0, dropped: 0 });
      expect(same.stderr).toBe("");
      // two different districts: a warning on stderr, and in the text report
      const other = spawnSync(process.execPath, [bin, "diff", resolve("seeds/003_b3fb5684e6b0e697.txt"), S002], { encoding: "utf8" });
      expect(other.status).toBe(0);
      expect(other.stderr).toBe("fenjie diff: 警告：两份通知的发文机关不同（泉港区人民政府办公室 / 泉州市鲤城区人民政府办公室）：比较的可能不是同一地方的通知，“延续”“新增”的结论要谨慎看待。\n");
      // a PDF of seed 002 against the text: the same tasks
      const pdf = spawnSync(process.execPath, [bin, "diff", resolve("fixtures/pdf/seed002-ruled.pdf"), S002, "-f", "json"], { encoding: "utf8" });
      expect(pdf.status, pdf.stderr).toBe(0);
      expect((JSON.parse(pdf.stdout) as { counts: { new: number; dropped: number } }).counts).toMatchObject({ new: 0, dropped: 0 });
      // not a notice: the no-table error, exit 4
      const report = spawnSync(process.execPath, [bin, "diff", resolve("seeds/001_607276811f1fd8da.txt"), S002], { encoding: "utf8" });
      expect(report.status).toBe(4);
      expect(report.stderr).toMatch(/^fenjie: 未找到责任分解表：.*diff 需要两份带责任分解表的通知（或它们的解析结果 JSON）。 \[NO_TABLE\]\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
