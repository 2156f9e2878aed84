/**
 * Characters from a document that must not reach a terminal as they are: C0 and C1
 * control characters (ESC starts sequences that set the window title or clear the
 * screen; NUL, BEL, the 8-bit CSI U+009B) and the bidirectional controls that
 * reorder what is shown (U+202E RIGHT-TO-LEFT OVERRIDE and kin).
 *
 * Messages printed to the terminal show them as visible escapes (`\x1b`, `\u202e`);
 * JSON output keeps them, written as `\uXXXX` escapes, so the data is unchanged.
 */

/** C0 controls, DEL, C1 controls, and the bidi embedding/override/isolate/mark characters. */
const TERMINAL_UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** What JSON.stringify leaves raw among them (it escapes C0 itself). */
const JSON_RAW_UNSAFE = /[\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const hex = (c: string, width: number): string => c.charCodeAt(0).toString(16).padStart(width, "0");

/** Text safe to print on a terminal: every unsafe character as a visible escape. */
export function escapeControls(text: string): string {
  return text.replace(TERMINAL_UNSAFE, (c) => (c.charCodeAt(0) <= 0xff ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}

/** JSON text with the unsafe characters JSON.stringify leaves raw written as `\uXXXX` (the same value when parsed). */
export function escapeJsonControls(json: string): string {
  return json.replace(JSON_RAW_UNSAFE, (c) => `\\u${hex(c, 4)}`);
}
