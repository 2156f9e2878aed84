import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyAliases, loadAliases } from "../../src/names/aliases.js";
import type { Task } from "../../src/model/schema.js";

const dir = mkdtempSync(join(tmpdir(), "fenjie-alias-"));
const task: Task = {
  id: "0000000000000000-0-1", table: 0, seq: 1, section: [], task: "x", leadUnits: ["发改局"], units: ["区发改局", "财政局"], coUnits: [], leaders: ["王 伟"], supervisors: [], inherited: [], review: [],
  assignments: [{ unit: "发改局", leader: "王伟" }], source: {},
};

describe("aliases", () => {
  it("loads JSON objects, JSON pairs and CSV, cleaning both sides", async () => {
    writeFileSync(join(dir, "a.json"), JSON.stringify({ "发改局": "区发改局" }));
    writeFileSync(join(dir, "b.json"), JSON.stringify([["财政局", "区财政局"], { from: "王 伟", to: "王伟" }]));
    writeFileSync(join(dir, "c.csv"), "\uFEFFfrom,to\n发改局,区发改局\n");
    expect([...(await loadAliases(join(dir, "a.json")))]).toEqual([["发改局", "区发改局"]]);
    expect([...(await loadAliases(join(dir, "b.json")))]).toEqual([["财政局", "区财政局"], ["王伟", "王伟"]]);
    expect([...(await loadAliases(join(dir, "c.csv")))]).toEqual([["发改局", "区发改局"]]);
  });
  it("rejects a malformed file with a usage error", async () => {
    writeFileSync(join(dir, "bad.csv"), "发改局\n");
    await expect(loadAliases(join(dir, "bad.csv"))).rejects.toThrow(/原名,统一名/);
  });
  it("maps every entity field and assignment, and reports each mapping", () => {
    const { tasks, diagnostics } = applyAliases([task], new Map([["发改局", "区发改局"], ["财政局", "区财政局"]]));
    expect(tasks[0]).toMatchObject({ leadUnits: ["区发改局"], units: ["区发改局", "区财政局"], assignments: [{ unit: "区发改局", leader: "王伟" }] });
    expect(diagnostics.map((d) => d.message)).toEqual(["按别名表将“发改局”统一为“区发改局”，共 1 处。", "按别名表将“财政局”统一为“区财政局”，共 1 处。"]);
  });
  it("renames nothing without aliases", () => {
    expect(applyAliases([task], new Map()).tasks).toEqual([task]);
  });
});
