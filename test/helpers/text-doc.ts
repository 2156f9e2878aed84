import type { InputDocument } from "../../src/model/intermediate.js";

/** A text document as the text reader hands it on: one source line per line, numbered from 1. */
export const textDoc = (text: string): InputDocument => ({
  source: { file: "t.txt", format: "txt", sha256: "0", encoding: "utf-8" },
  lines: text.split("\n").map((t, i) => ({ text: t, line: i + 1 })),
  diagnostics: [],
});
