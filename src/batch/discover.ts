/**
 * Discover the inputs of a batch: files, folders (walked recursively) and
 * glob patterns. Inside folders and globs a file is taken when its content
 * looks like a PDF or text (sniffed from its first bytes), or its extension is
 * one fenjie reads; other files (images, archives, office files) are listed as
 * ignored so the summary can say so. A file named explicitly is always taken.
 */
import { open, readdir, stat } from "node:fs/promises";
import { extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";

/**
 * Extensions always taken from a folder, whatever the content looks like: text and PDF, and the
 * structured documents (Word, OpenDocument, web pages, spreadsheets; legacy .doc/.wps/.xls/.et
 * through LibreOffice) and OFD. Which reader runs is still decided by the content.
 */
export const INPUT_EXTENSIONS: readonly string[] = [
  ".txt", ".text", ".pdf", ".tsv", ".csv", ".md",
  ".docx", ".docm", ".doc", ".wps", ".odt", ".fodt",
  ".html", ".htm", ".shtml", ".xhtml", ".mhtml", ".mht",
  ".xlsx", ".xlsm", ".xls", ".et", ".ods", ".ofd",
];
/** Bytes read from the head of a file to sniff its kind. */
export const SNIFF_BYTES = 8192;
/** Share of control bytes (outside UTF-16) above which a head is binary. */
export const BINARY_CONTROL_SHARE = 0.01;

export type SniffedKind = "pdf" | "text" | "empty" | "binary";

export interface DiscoveredInput {
  /** absolute path */
  path: string;
  /** the path shown everywhere (relative to the working folder when inside it, POSIX separators) */
  file: string;
}

export interface IgnoredInput {
  file: string;
  reason: string;
}

export interface Discovery {
  inputs: DiscoveredInput[];
  ignored: IgnoredInput[];
  /** arguments that matched nothing */
  unmatched: string[];
}

/** Classify the first bytes of a file. Pure, for tests. */
export function sniffKind(head: Uint8Array): SniffedKind {
  if (head.length === 0) return "empty";
  const latin = Buffer.from(head.subarray(0, 1024)).toString("latin1");
  if (latin.includes("%PDF-")) return "pdf";
  const bom8 = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  const bom16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (bom8 || bom16) return "text";
  const n = head.length & ~1;
  let evenNul = 0;
  let oddNul = 0;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (b === 0) {
      if (i < n) (i % 2 === 0 ? evenNul++ : oddNul++);
    }
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  const pairs = Math.max(1, n / 2);
  const utf16 = (oddNul / pairs > 0.3 && evenNul / pairs < 0.05) || (evenNul / pairs > 0.3 && oddNul / pairs < 0.05);
  if (utf16) return "text";
  return control / head.length > BINARY_CONTROL_SHARE ? "binary" : "text";
}

async function readHead(path: string): Promise<Uint8Array | null> {
  try {
    const fh = await open(path, "r");
    try {
      const buf = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead } = await fh.read(buf, 0, SNIFF_BYTES, 0);
      return new Uint8Array(buf.subarray(0, bytesRead));
    } finally {
      await fh.close();
    }
  } catch {
    return null; // unreadable: take it, the worker reports why
  }
}

/** The path as shown in outputs: relative to `cwd` when inside it, with `/` separators. */
export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  const shown = rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : abs;
  return shown.split(sep).join("/");
}

/** Why a symbolic link found in a folder is not taken, or null when it names a file (taken). */
export async function linkSkipReason(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? "指向文件夹的符号链接，未跟随（避免重复和循环），已跳过" : null;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ELOOP") return "符号链接成环（链接最终指回自己），已跳过";
    if (code === "ENOENT") return "符号链接指向的文件不存在，已跳过";
    return null; // another error: taken, the worker reports it
  }
}

async function walk(dir: string, skip: (p: string) => boolean, out: string[], skipped: IgnoredInput[], cwd: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (e.name.startsWith(".")) continue; // hidden files and folders (.git, editor temp files)
    const p = join(dir, e.name);
    if (skip(p)) continue;
    if (e.isDirectory()) await walk(p, skip, out, skipped, cwd);
    else if (e.isFile()) out.push(p);
    else if (e.isSymbolicLink()) {
      const reason = await linkSkipReason(p);
      if (reason) skipped.push({ file: displayPath(p, cwd), reason });
      else out.push(p);
    }
  }
}

export interface DiscoverOptions {
  cwd?: string;
  /** folders never entered and files never taken (the batch output folder) */
  exclude?: readonly string[];
}

/**
 * Expand the command-line inputs into a sorted, de-duplicated list of files.
 * Order is by display path (code point order), so it never depends on the
 * file system's listing order.
 */
export async function discoverInputs(args: readonly string[], options: DiscoverOptions = {}): Promise<Discovery> {
  const cwd = options.cwd ?? process.cwd();
  const excluded = (options.exclude ?? []).map((p) => resolve(cwd, p));
  const isExcluded = (p: string): boolean => excluded.some((x) => p === x || p.startsWith(x + sep));
  const explicit = new Set<string>();
  const candidates = new Set<string>();
  const unmatched: string[] = [];
  const ignored: IgnoredInput[] = [];

  for (const arg of args) {
    const abs = resolve(cwd, arg);
    const info = await stat(abs).catch(() => null);
    if (info?.isFile()) {
      explicit.add(abs);
      continue;
    }
    if (info?.isDirectory()) {
      const found: string[] = [];
      await walk(abs, isExcluded, found, ignored, cwd);
      found.forEach((f) => candidates.add(f));
      if (!found.length) unmatched.push(arg);
      continue;
    }
    if (isDynamicPattern(arg)) {
      const found = await glob(arg.split(sep).join("/"), { cwd, absolute: true, onlyFiles: true, dot: false });
      const kept = found.map((f) => resolve(f)).filter((f) => !isExcluded(f));
      kept.forEach((f) => candidates.add(f));
      if (!kept.length) unmatched.push(arg);
      continue;
    }
    // a missing path is still an input: the worker reports FILE_NOT_FOUND for it
    explicit.add(abs);
  }

  const inputs: DiscoveredInput[] = [];
  for (const abs of explicit) inputs.push({ path: abs, file: displayPath(abs, cwd) });
  for (const abs of candidates) {
    if (explicit.has(abs)) continue;
    const file = displayPath(abs, cwd);
    if (INPUT_EXTENSIONS.includes(extname(abs).toLowerCase())) {
      inputs.push({ path: abs, file });
      continue;
    }
    const head = await readHead(abs);
    const kind = head ? sniffKind(head) : "text";
    if (kind === "binary") ignored.push({ file, reason: "既不是 PDF 也不是文本（按内容判断），已跳过" });
    else inputs.push({ path: abs, file });
  }
  const byFile = (a: { file: string }, b: { file: string }): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return { inputs: inputs.sort(byFile), ignored: ignored.sort(byFile), unmatched };
}
