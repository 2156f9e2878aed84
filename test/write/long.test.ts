// Long format and JSON Lines: one line per (task, role, entity); one task per line.
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { TaskSchema, type Result } from "../../src/model/schema.js";
import { longRows, toJsonl, toLongCsv } from "../../src/write/long.js";
import { fixturePdf, fixtureResult } from "../helpers/pdf-review-fixture.js";

describe("long rows", () => {
  const result = fixtureResult(fixturePdf());

  it("gives every entity of a task its role and position, in role order", () => {
    expect(longRows(result).filter((r) => r.seq === 2)).toEqual([
      { table: 0, seq: 2, role: "lead", name: "牵头局2", position: 1 },
      { table: 0, seq: 2, role: "unit", name: "区发改局", position: 1 },
      { table: 0, seq: 2, role: "unit", name: "区财政局", position: 2 },
      { table: 0, seq: 2, role: "leader", name: "王伟", position: 1 },
      { table: 0, seq: 2, role: "leader", name: "李娜", position: 2 },
      { table: 0, seq: 2, role: "supervisor", name: "陈明", position: 1 },
    ]);
    // 序号 4 has no lead unit: no lead row
    expect(longRows(result).filter((r) => r.seq === 4).map((r) => r.role)).toEqual(["unit", "leader", "supervisor"]);
  });

  it("seed 003: one row per entity, none lost", async () => {
    const seed = await parse("seeds/003_b3fb5684e6b0e697.txt");
    const rows = longRows(seed);
    const entities = seed.tasks.reduce((n, t) => n + t.leadUnits.length + t.units.length + t.coUnits.length + t.leaders.length + t.supervisors.length, 0);
    expect(rows.length).toBe(entities);
    expect(rows.filter((r) => r.seq === 14 && r.role === "co")).toEqual([
      { table: 0, seq: 14, role: "co", name: "文旅开发公司", position: 1 },
      { table: 0, seq: 14, role: "co", name: "相关镇（街道）", position: 2 },
    ]);
  });

  it("long CSV: seq,role,name,position with BOM and CRLF; a 0-based table column when there are several tables", async () => {
    const csv = await toLongCsv(result);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("\uFEFFseq,role,name,position");
    expect(lines[1]).toBe("1,lead,牵头局1,1");
    expect(lines.length).toBe(longRows(result).length + 2); // header + rows + final empty string

    const two: Result = { ...result, tables: [result.tables[0]!, { ...result.tables[0]!, index: 1 }], tasks: result.tasks.map((t) => (t.seq >= 4 ? { ...t, table: 1 } : t)) };
    const twoLines = (await toLongCsv(two, { bom: false })).split("\r\n");
    expect(twoLines[0]).toBe("table,seq,role,name,position");
    // `table` is the 0-based index, as in the JSON (conventions.ts: ASCII names are data, 0-based)
    expect(twoLines.filter((l) => l.startsWith("1,4,"))).toEqual(["1,4,unit,责任局4,1", "1,4,leader,张4,1", "1,4,supervisor,陈明,1"]);
  });

  it("JSON Lines: one task object per line, valid against the schema; --long: one long row per line", () => {
    const lines = toJsonl(result).trimEnd().split("\n");
    expect(lines.length).toBe(5);
    lines.forEach((l, i) => expect(TaskSchema.parse(JSON.parse(l))).toEqual(result.tasks[i]));
    const long = toJsonl(result, { long: true }).trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(long).toEqual(longRows(result));
  });
});
