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
