// Control and bidi characters: visible escapes for the terminal, \u escapes in JSON.
import { describe, expect, it } from "vitest";
import { escapeControls, escapeJsonControls } from "../../src/text/controls.js";

describe("escapeControls", () => {
  it("escapes C0, DEL, C1 and bidi controls", () => {
    expect(escapeControls("a\x1b]0;t\x07b\x00c\x7f\u009b1m\u202eR\u2066I\u200fM\tT\nN")).toBe("a\\x1b]0;t\\x07b\\x00c\\x7f\\x9b1m\\u202eR\\u2066I\\u200fM\\x09T\\x0aN");
  });
  it("counter-example: Chinese text, full-width punctuation, emoji and zero-width joiners pass", () => {
    const s = "区发改局（区重点办）、“十四五”…👍\u200d";
    expect(escapeControls(s)).toBe(s);
  });
});

describe("escapeJsonControls", () => {
  it("writes what JSON.stringify leaves raw as \\u escapes; parsing gives the same value", () => {
    const value = { m: "x\u009b31m\u202ey\x1b" };
    const json = escapeJsonControls(JSON.stringify(value));
    expect(json).toBe('{"m":"x\\u009b31m\\u202ey\\u001b"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("every JSON fenjie writes keeps control characters as escapes", () => {
  it("stats -f json and summary.json", async () => {
    const { statsJson } = await import("../../src/stats/render.js");
    const { summaryJson } = await import("../../src/batch/summary.js");
    const entity = "区\u202e局\u009b";
    const stats = statsJson([{ entity, kind: "unit", tasks: 1, lead: 1, responsible: 0, co: 0, supervise: 0, notices: 1 }]);
    expect(stats).not.toMatch(/[\u0080-\u009f\u202e]/);
    expect((JSON.parse(stats) as { entity: string }[])[0]!.entity).toBe(entity);
    const summary = summaryJson({ fenjie: "x", options: { layout: "auto", password: false, aliases: null }, totals: {} as never, files: [], ignored: [{ file: entity, reason: "r" }] });
    expect(summary).not.toMatch(/[\u0080-\u009f\u202e]/);
  });
});
