// fenjie diff: similarity measure and matching rule on hand-made pairs.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLD, diffNotices, matchTexts } from "../../src/diff/match.js";
import { normaliseTask, similarity } from "../../src/diff/similarity.js";
import { NEW, OLD } from "./fixtures.js";

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
