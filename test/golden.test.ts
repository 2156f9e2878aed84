// Golden tests: every fixture in fixtures/goldens.json is parsed and compared, whole, with its
// checked expected output. Regenerate only with `npm run golden:update` and review the diff.
// A PDF is read with each engine (PDFium, pdf.js): both must give the same output.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../src/parse.js";
import type { Result } from "../src/model/schema.js";

interface Golden {
  name: string;
  input: string;
  expected: string;
  options?: Record<string, unknown>;
}

const ENGINES = ["pdfium", "pdfjs"] as const;
const manifest = (JSON.parse(readFileSync("fixtures/goldens.json", "utf8")) as Golden[]).flatMap((g) =>
  g.input.endsWith(".pdf") ? ENGINES.map((engine) => ({ ...g, name: `${g.name} (${engine})`, options: { ...g.options, engine } })) : [g],
);

describe.each(manifest)("golden $name", (g) => {
  const expected = JSON.parse(readFileSync(g.expected, "utf8")) as Result;
  // parsed once for both checks (a PDF takes a while)
  let parsed: Promise<Result> | null = null;
  const result = () => (parsed ??= parse(g.input, g.options ?? {}));

  it("reproduces every record exactly", async () => {
    const actual = await result();
    expect(actual.tasks.length).toBe(expected.tasks.length);
    actual.tasks.forEach((task, i) => {
      expect(task, `record ${i} (序号 ${expected.tasks[i]?.seq})`).toEqual(expected.tasks[i]);
    });
  });

  it("reproduces tables, notice and diagnostics", async () => {
    const actual = await result();
    expect(actual.tables).toEqual(expected.tables);
    expect(actual.notice).toEqual(expected.notice);
    expect(actual.source).toEqual(expected.source);
    expect(actual.diagnostics).toEqual(expected.diagnostics);
  });
});
