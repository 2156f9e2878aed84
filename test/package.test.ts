// What a user installs: `npm pack --dry-run` lists bin, dist and the JSON Schema generated at
// build time (schema/result.schema.json, the same as `fenjie schema` prints), and nothing of the
// repository's tests, fixtures or sources.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("the npm package", () => {
  it("ships bin, dist and schema/, nothing else of the repository", () => {
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const out = execFileSync(npm, ["pack", "--dry-run", "--json", "--ignore-scripts"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    for (const needed of ["bin/fenjie.js", "dist/index.js", "dist/index.d.ts", "dist/batch/worker.js", "dist/write/sqlite.js", "schema/result.schema.json", "package.json", "README.md"]) {
      expect(files, needed).toContain(needed);
    }
    const tops = new Set(files.map((f) => f.split("/")[0]));
    expect([...tops].sort()).toEqual(["README.md", "bin", "dist", "package.json", "schema"]);
  });

  it("schema/result.schema.json is the schema `fenjie schema` prints", () => {
    const printed = spawnSync(process.execPath, ["bin/fenjie.js", "schema"], { encoding: "utf8" }).stdout;
    expect(JSON.parse(readFileSync("schema/result.schema.json", "utf8"))).toEqual(JSON.parse(printed));
    expect(JSON.parse(printed).properties.tasks.items.required).toContain("id");
  });
});
