// Every fixture in fixtures/general/ against its HAND-WRITTEN expected records
// (NAME.expected-records.json, written before fenjie was run on it) and notice fields.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

const DIR = "fixtures/general";
const KEYS = ["seq", "section", "task", "leadUnits", "units", "coUnits", "leaders", "supervisors", "inherited"] as const;
const names = readdirSync(DIR)
  .filter((f) => f.endsWith(".expected-records.json"))
  .map((f) => f.replace(".expected-records.json", ""));

describe("general fixtures match their hand-written records", () => {
  for (const name of names) {
    it(name, async () => {
      const expected = JSON.parse(readFileSync(`${DIR}/${name}.expected-records.json`, "utf8")) as Array<Record<string, unknown>>;
      const result = await parse(`${DIR}/${name}.txt`);
      const got = result.tasks.map((t) => Object.fromEntries(KEYS.map((k) => [k, t[k]])));
      expect(got).toEqual(expected);
      if (existsSync(`${DIR}/${name}.expected-notice.json`)) {
        const notice = JSON.parse(readFileSync(`${DIR}/${name}.expected-notice.json`, "utf8")) as Record<string, unknown>;
        expect(Object.fromEntries(Object.keys(notice).map((k) => [k, (result.notice as Record<string, unknown>)[k]]))).toEqual(notice);
      }
    });
  }
});
