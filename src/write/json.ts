/**
 * JSON writer: the Result as pretty JSON with a trailing newline (stable key order from the
 * schema). Control and bidi characters from the document stay, as `\uXXXX` escapes.
 */
import type { Result } from "../model/schema.js";
import { escapeJsonControls } from "../text/controls.js";

export function toJson(result: Result, indent = 2): string {
  return escapeJsonControls(JSON.stringify(result, null, indent)) + "\n";
}
