/** JSON writer: the Result as pretty JSON with a trailing newline (stable key order from the schema). */
import type { Result } from "../model/schema.js";

export function toJson(result: Result, indent = 2): string {
  return JSON.stringify(result, null, indent) + "\n";
}
