/**
 * Where an output goes and how it is written, decided from what the path names:
 *
 * - a regular file or a new path: replaced atomically (a temp file beside it, then rename),
 *   so a failed run never leaves half a file;
 * - a character device (`/dev/null`, a terminal) or a named pipe: written through, never
 *   replaced (renaming over `/dev/null` as root would turn the device into a file);
 * - one of the process's own descriptors (`/dev/stdout`, `/dev/stderr`, `/dev/fd/N`,
 *   `/proc/self/fd/N`): written to that descriptor, whatever it is open on;
 * - a symbolic link: followed, and its target written by the same rules (a link stays a link);
 * - a folder, a block device (a disk) or a socket: refused.
 */
import { constants, writeSync } from "node:fs";
import { chmod, lstat, open, readlink, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

export type OutputPlan =
  /** replace `path` atomically (temp file + rename); `mode`: permissions of the file it replaces */
  | { kind: "replace"; path: string; mode?: number }
  /** open the existing device or pipe at `path` for writing, write, close */
  | { kind: "through"; path: string }
  /** write to the already open descriptor `fd` */
  | { kind: "descriptor"; fd: number; path: string };

/** Symbolic links followed before giving up (Linux's own limit is 40). */
export const MAX_LINK_HOPS = 40;

/** Why an output path cannot be written: an errno-like code, for the caller's message. */
export class OutputTargetError extends Error {
  constructor(
    readonly code: "EISDIR" | "ELOOP" | "EBLOCKDEVICE" | "ESOCKET" | "ENOTREGULAR",
    message: string,
  ) {
    super(message);
    this.name = "OutputTargetError";
  }
}

/** The descriptor a path names by itself (`/dev/stdout`, `/dev/fd/3`, `/proc/self/fd/1`), or null. */
export function descriptorOf(absPath: string, pid = process.pid): number | null {
  if (absPath === "/dev/stdout") return 1;
  if (absPath === "/dev/stderr") return 2;
  const m = /^(?:\/dev\/fd|\/proc\/(?:self|thread-self|(\d+))\/fd)\/(\d+)$/.exec(absPath);
  if (!m || (m[1] !== undefined && Number(m[1]) !== pid)) return null;
  const fd = Number(m[2]);
  return fd === 0 ? null : fd; // standard input is not an output
}

/** Decide how to write `path` (see the module comment). Nothing is created or changed. */
export async function planOutput(path: string): Promise<OutputPlan> {
  let p = resolve(path);
  for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
    const fd = descriptorOf(p);
    if (fd !== null) return { kind: "descriptor", fd, path: p };
    let info;
    try {
      info = await lstat(p);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return { kind: "replace", path: p }; // a new file
      throw err;
    }
    if (info.isSymbolicLink()) {
      p = resolve(dirname(p), await readlink(p));
      continue;
    }
    if (info.isFile()) return { kind: "replace", path: p, mode: info.mode & 0o7777 };
    if (info.isCharacterDevice() || info.isFIFO()) return { kind: "through", path: p };
    if (info.isDirectory()) throw new OutputTargetError("EISDIR", `${p} 是文件夹`);
    if (info.isBlockDevice()) throw new OutputTargetError("EBLOCKDEVICE", `${p} 是块设备（磁盘）`);
    if (info.isSocket()) throw new OutputTargetError("ESOCKET", `${p} 是套接字`);
    throw new OutputTargetError("ENOTREGULAR", `${p} 不是普通文件`);
  }
  throw new OutputTargetError("ELOOP", `${path} 的符号链接层数过多或成环`);
}

/** Write `data` as planned. */
export async function writePlanned(plan: OutputPlan, data: string | Uint8Array): Promise<void> {
  if (plan.kind === "replace") return replaceFile(plan.path, data, plan.mode);
  if (plan.kind === "descriptor") return writeDescriptor(plan.fd, data);
  // no O_CREAT, no O_TRUNC: the device or pipe is used as it is (opening a pipe waits for its reader)
  const handle = await open(plan.path, constants.O_WRONLY);
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
}

/** Plan, then write: what every output of fenjie goes through. */
export async function writeOutput(path: string, data: string | Uint8Array): Promise<void> {
  await writePlanned(await planOutput(path), data);
}

/**
 * A temp file beside `path`, then rename over it. The rename is refused if
 * something other than a regular file appeared at `path` since it was planned.
 */
async function replaceFile(path: string, data: string | Uint8Array, mode?: number): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(tmp, data);
    if (mode !== undefined) await chmod(tmp, mode);
    const now = await lstat(path).catch(() => null);
    if (now && !now.isFile()) throw new OutputTargetError("ENOTREGULAR", `${path} 已不是普通文件，未覆盖`);
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

/** Write to an open descriptor: standard output and error through their streams, others directly. */
async function writeDescriptor(fd: number, data: string | Uint8Array): Promise<void> {
  if (fd === 1 || fd === 2) {
    const stream = fd === 1 ? process.stdout : process.stderr;
    await new Promise<void>((done, fail) => stream.write(data, (err) => (err ? fail(err) : done())));
    return;
  }
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  for (let off = 0; off < bytes.length; ) {
    try {
      off += writeSync(fd, bytes, off, bytes.length - off);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EAGAIN") throw err;
      await new Promise((r) => setTimeout(r, 5)); // a non-blocking pipe that is full: wait for its reader
    }
  }
}
