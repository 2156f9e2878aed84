// The library as the README shows it: parse + ids, loadAliases, batch (the CLI's code path), toSqlite.
// Typed like the README examples (npm run typecheck checks this file).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { batch, loadAliases, parse, toCsv, toSqlite, type AliasMap, type BatchOutcome, type FileRecord, type Result, type Task } from "../src/index.js";

const tmp = mkdtempSync(join(tmpdir(), "fenjie-lib-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("library (README examples)", () => {
  it("parse, ids, toCsv, toSqlite", async () => {
    const result: Result = await parse("seeds/002_a81ff61cc22d0274.txt");
    const first: Task = result.tasks[0]!;
    expect([first.id, first.leadUnits]).toEqual([`${result.source.sha256.slice(0, 16)}-0-1`, ["区发改局"]]);
    const csv: string = await toCsv(result, { join: "；", bom: true });
    expect(csv.split("\r\n")[1]).toBe("1,,地区生产总值增长 8%左右。,区发改局,各街道办事处；区直有关单位,,,庄垂生,,");
    const db: Uint8Array = await toSqlite([result]);
    expect(Buffer.from(db.subarray(0, 15)).toString("latin1")).toBe("SQLite format 3");
  });

  it("loadAliases feeds ParseOptions.aliases", async () => {
    const file = join(tmp, "aliases.csv");
    writeFileSync(file, "from,to\n区发改局,鲤城区发改局\n");
    const aliases: AliasMap = await loadAliases(file);
    const result = await parse("seeds/002_a81ff61cc22d0274.txt", { aliases });
    expect(result.tasks[0]!.leadUnits).toEqual(["鲤城区发改局"]);
    expect(result.diagnostics.filter((d) => d.code === "ALIAS_APPLIED").map((d) => d.message).join()).toContain("区发改局");
  });

  it("batch writes the dataset and returns what the CLI prints from", async () => {
    const out = join(tmp, "out");
    const outcome: BatchOutcome = await batch(["seeds/002_a81ff61cc22d0274.txt", "seeds/001_607276811f1fd8da.txt"], out, { jobs: 1 });
    const failed: FileRecord[] = outcome.summary.files.filter((f) => ["no_table", "unreadable", "failed"].includes(f.status));
    expect([outcome.summary.totals.tasks, failed.length, outcome.exitCode]).toEqual([98, 0, 0]);
    expect(outcome.summary.files.map((f) => f.status)).toEqual(["skipped", "ok"]); // inputs in path order
    expect(outcome.summary.fenjie).toBe((JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version);
    expect(readFileSync(join(out, "dataset.sqlite")).subarray(0, 15).toString("latin1")).toBe("SQLite format 3");
    expect(readFileSync(join(out, "tasks.jsonl"), "utf8").trimEnd().split("\n")).toHaveLength(98);
  });
});
