// The golden manifest (fixtures/goldens.json): each fixture's input, checked expected output and
// options; `parseGolden` parses the input (once per test file) so that tests compare what the
// parser gives now, not two committed files.
import { readFileSync } from "node:fs";
import { parse } from "../../src/parse.js";
import type { Result } from "../../src/model/schema.js";

export interface Golden {
  name: string;
  input: string;
  expected: string;
  options?: Record<string, unknown>;
}

export const GOLDENS = JSON.parse(readFileSync("fixtures/goldens.json", "utf8")) as Golden[];

export function goldenNamed(name: string): Golden {
  const g = GOLDENS.find((x) => x.name === name);
  if (!g) throw new Error(`no golden named ${name} in fixtures/goldens.json`);
  return g;
}

/** The checked expected output of a golden (read from fixtures/). */
export function expectedOf(name: string): Result {
  return JSON.parse(readFileSync(goldenNamed(name).expected, "utf8")) as Result;
}

const parsed = new Map<string, Promise<Result>>();

/** The golden's input parsed now, with its options (memoised per test file). */
export function parseGolden(name: string): Promise<Result> {
  let p = parsed.get(name);
  if (!p) {
    const g = goldenNamed(name);
    p = parse(g.input, g.options ?? {});
    parsed.set(name, p);
  }
  return p;
}
