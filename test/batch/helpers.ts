// A temporary batch input folder: copies of the text seeds, a corrupt file, an empty file, a fake
// PDF, a text file without extension, and a binary file that is not an input at all.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

export const SEEDS = readdirSync("seeds").filter((f) => f.endsWith(".txt")).sort();

export function makeInputFolder(): string {
  const root = mkdtempSync(join(tmpdir(), "fenjie-batch-"));
  const input = join(root, "in");
  mkdirSync(join(input, "sub"), { recursive: true });
  for (const s of SEEDS) copyFileSync(join("seeds", s), join(input, s));
  // random-looking bytes (a fixed pattern, so the test is repeatable) with a .txt name
  const junk = Buffer.alloc(3000);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 37 + 11) % 256;
  writeFileSync(join(input, "corrupt.txt"), junk);
  writeFileSync(join(input, "sub", "empty.txt"), "");
  writeFileSync(join(input, "sub", "scan.pdf"), "%PDF-1.4\n%garbage\n");
  writeFileSync(join(input, "photo.jpg"), junk.subarray(0, 500));
  // text without an extension: taken because its content is text
  writeFileSync(join(input, "sub", "readme"), "这是一份说明，不是通知。\n");
  writeFileSync(join(input, ".hidden.txt"), "hidden");
  return root;
}

/** Every file under `dir` with its bytes, keyed by relative path. */
export function snapshot(dir: string, skip: (rel: string) => boolean = () => false): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const rel = relative(dir, p).split("\\").join("/");
      if (statSync(p).isDirectory()) walk(p);
      else if (!skip(rel)) out.set(rel, readFileSync(p));
    }
  };
  walk(dir);
  return out;
}
