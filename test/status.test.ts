// The status ratchet: every fixture with truth, scored now, must give exactly the line recorded in
// fixtures/STATUS.tsv. An improvement or a regression anywhere fails here until the file is
// regenerated (`npm run status:update`) and the diff — which fixture moved, and how — is committed.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("fixtures/STATUS.tsv", () => {
  it("every fixture scores as recorded", () => {
    const run = spawnSync(process.execPath, ["scripts/status.mjs", "--check"], { encoding: "utf8", timeout: 600_000 });
    expect(run.stdout + run.stderr).toMatch(/fixtures as recorded/);
    expect(run.status).toBe(0);
  }, 600_000);
});
