/**
 * Stable output names: each input's JSON is named after its display path,
 * folders joined with `__`, characters that some file systems refuse replaced
 * with `_`, and `.json` appended (`2021/晋江.txt` → `2021__晋江.txt.json`).
 * When two paths would give the same name, each of them gets a short hash of
 * its path, so names never depend on the order inputs were found in.
 */
import { createHash } from "node:crypto";

export const FOLDER_JOIN = "__";
/** Characters Windows, macOS or Excel refuse in file names. */
const UNSAFE = /[<>:"\\|?*\u0000-\u001F]/g;
/** Keep names well below the 255-byte limit of common file systems. */
export const MAX_NAME_CHARS = 120;

export function baseName(file: string): string {
  const parts = file
    .split("/")
    .filter((p) => p && p !== ".")
    .map((p) => (p === ".." ? "up" : p.replace(UNSAFE, "_")));
  let name = parts.join(FOLDER_JOIN) || "input";
  if (name.length > MAX_NAME_CHARS) name = name.slice(name.length - MAX_NAME_CHARS);
  return name;
}

const shortHash = (s: string): string => createHash("sha256").update(s).digest("hex").slice(0, 8);

/** Output JSON file name for every display path (same order as given). */
export function outputNames(files: readonly string[]): string[] {
  const bases = files.map(baseName);
  const count = new Map<string, number>();
  for (const b of bases) count.set(b.toLowerCase(), (count.get(b.toLowerCase()) ?? 0) + 1);
  return bases.map((b, i) => ((count.get(b.toLowerCase()) ?? 0) > 1 ? `${b}-${shortHash(files[i]!)}.json` : `${b}.json`));
}
