// The CLI's output formats over every seed: json, csv, jsonl (+ --long), xlsx and review.
// Runs the built CLI (`npm test` builds first).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const out = mkdtempSync(join(tmpdir(), "fenjie-outputs-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function fenjie(...args: string[]) {
  const r = spawnSync(process.execPath, ["bin/fenjie.js", ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const seeds = readdirSync("seeds").filter((f) => !f.startsWith("."));

describe("output formats from the CLI", () => {
  it("xlsx needs -o (usage error, exit 2)", () => {
    const r = fenjie("parse", "seeds/003_b3fb5684e6b0e697.txt", "-f", "xlsx");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("xlsx 是二进制文件，不能写到标准输出：请用 -o 指定输出文件");
    expect(r.stdout).toBe("");
  });

  it("--long only with csv or jsonl (usage error, exit 2)", () => {
    const r = fenjie("parse", "seeds/003_b3fb5684e6b0e697.txt", "--long", "-q");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--long 只适用于 -f csv 或 -f jsonl");
  });

  it("review needs -o", () => {
    expect(fenjie("review", "seeds/003_b3fb5684e6b0e697.txt").code).toBe(2);
  });

  describe.each(seeds)("seed %s", (seed) => {
    const input = join("seeds", seed);
    const json = fenjie("parse", input, "-q");

    it("gives every format, or the same no-table error for each", () => {
      const xlsx = join(out, `${seed}.xlsx`);
      const html = join(out, `${seed}.html`);
      const xlsxRun = fenjie("parse", input, "-f", "xlsx", "-o", xlsx, "-q");
      const reviewRun = fenjie("review", input, "-o", html, "-q");
      if (json.code === 4) {
        for (const r of [xlsxRun, reviewRun]) {
          expect(r.code).toBe(4);
          expect(r.stderr).toContain("[NO_TABLE]");
        }
        return;
      }
      const runs = {
        jsonl: fenjie("parse", input, "-f", "jsonl", "-q"),
        long: fenjie("parse", input, "-f", "csv", "--long", "-q"),
        longJsonl: fenjie("parse", input, "-f", "jsonl", "--long", "-q"),
        xlsx: xlsxRun,
        review: reviewRun,
      };
      expect(json.code).toBe(0);
      const result = JSON.parse(json.stdout) as { tasks: unknown[] };
      for (const r of Object.values(runs)) expect(r.code, r.stderr).toBe(0);
      expect(runs.jsonl.stdout.trimEnd().split("\n").map((l) => JSON.parse(l))).toEqual(result.tasks);
      expect(runs.long.stdout.split("\r\n")[0]).toMatch(/^\uFEFF(table,)?seq,role,name,position$/);
      expect(runs.longJsonl.stdout.split("\n").length).toBe(runs.long.stdout.split("\r\n").length - 1);
      expect(readFileSync(xlsx).subarray(0, 2).toString("latin1")).toBe("PK");
      const page = readFileSync(html, "utf8");
      expect(page.match(/<tr id="r\d+-\d+-\d+" class="row/g)?.length).toBe(result.tasks.length);
      // self-contained: nothing loaded from anywhere
      expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
      expect(page).not.toMatch(/<link\b/);
    });
  });
});
