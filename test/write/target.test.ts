// How an output path is written (write/target.ts): the decision for every kind of path, then the
// writes themselves on FIFOs and links made in a temp folder. Devices are only ever *planned* here,
// never written, except /dev/stdout in one child process, and only after the built code has been
// checked to write it through its descriptor.
import { spawnSync } from "node:child_process";
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { descriptorOf, OutputTargetError, planOutput, writeOutput } from "../../src/write/target.js";

const dir = mkdtempSync(join(tmpdir(), "fenjie-target-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const unix = process.platform === "linux";

async function refusal(path: string): Promise<string> {
  try {
    await planOutput(path);
  } catch (e) {
    if (e instanceof OutputTargetError) return e.code;
    throw e;
  }
  throw new Error("expected a refusal");
}

describe("planOutput: the decision", () => {
  it("a new path or a regular file is replaced atomically (keeping the file's permissions)", async () => {
    expect(await planOutput(join(dir, "new.json"))).toEqual({ kind: "replace", path: join(dir, "new.json") });
    writeFileSync(join(dir, "old.json"), "x");
    chmodSync(join(dir, "old.json"), 0o640);
    expect(await planOutput(join(dir, "old.json"))).toEqual({ kind: "replace", path: join(dir, "old.json"), mode: 0o640 });
  });

  it.runIf(unix)("a character device is written through, never replaced", async () => {
    expect(await planOutput("/dev/null")).toEqual({ kind: "through", path: "/dev/null" });
    expect(await planOutput("/dev/full")).toEqual({ kind: "through", path: "/dev/full" });
  });

  it.runIf(unix)("/dev/stdout, /dev/stderr, /dev/fd/N and /proc/self/fd/N are the process's own descriptors", async () => {
    expect(await planOutput("/dev/stdout")).toEqual({ kind: "descriptor", fd: 1, path: "/dev/stdout" });
    expect(await planOutput("/dev/stderr")).toMatchObject({ kind: "descriptor", fd: 2 });
    expect(await planOutput("/dev/fd/1")).toMatchObject({ kind: "descriptor", fd: 1 });
    expect(await planOutput("/proc/self/fd/2")).toMatchObject({ kind: "descriptor", fd: 2 });
    // a link of the user's to /dev/stdout is followed to it
    symlinkSync("/dev/stdout", join(dir, "to-stdout"));
    expect(await planOutput(join(dir, "to-stdout"))).toMatchObject({ kind: "descriptor", fd: 1 });
  });

  it("descriptorOf: counter-examples", () => {
    expect(descriptorOf("/dev/stdin")).toBeNull();
    expect(descriptorOf("/dev/fd/0")).toBeNull();
    expect(descriptorOf("/proc/1/fd/1", 4242)).toBeNull(); // another process's descriptor
    expect(descriptorOf("/proc/4242/fd/1", 4242)).toBe(1);
    expect(descriptorOf("/dev/stdout.json")).toBeNull();
    expect(descriptorOf("/home/u/dev/stdout")).toBeNull();
  });

  it("a FIFO is written through", async () => {
    spawnSync("mkfifo", [join(dir, "pipe")]);
    expect(await planOutput(join(dir, "pipe"))).toEqual({ kind: "through", path: join(dir, "pipe") });
  });

  it("a symlink is followed to its target (also a dangling one, and through a chain)", async () => {
    writeFileSync(join(dir, "t.json"), "x");
    symlinkSync("t.json", join(dir, "l1"));
    symlinkSync("l1", join(dir, "l2"));
    symlinkSync("missing.json", join(dir, "dangling"));
    expect(await planOutput(join(dir, "l2"))).toMatchObject({ kind: "replace", path: join(dir, "t.json") });
    expect(await planOutput(join(dir, "dangling"))).toEqual({ kind: "replace", path: join(dir, "missing.json") });
    symlinkSync("pipe", join(dir, "to-pipe"));
    expect(await planOutput(join(dir, "to-pipe"))).toEqual({ kind: "through", path: join(dir, "pipe") });
  });

  it("a folder, a link loop and a block device are refused", async () => {
    mkdirSync(join(dir, "folder"));
    expect(await refusal(join(dir, "folder"))).toBe("EISDIR");
    symlinkSync("loop2", join(dir, "loop1"));
    symlinkSync("loop1", join(dir, "loop2"));
    expect(await refusal(join(dir, "loop1"))).toBe("ELOOP");
    const block = ["/dev/loop0", "/dev/sda", "/dev/vda", "/dev/nvme0n1"].find((p) => {
      try {
        return statSync(p).isBlockDevice();
      } catch {
        return false;
      }
    });
    if (block) expect(await refusal(block)).toBe("EBLOCKDEVICE");
  });
});

describe("writeOutput", () => {
  it("through a symlink: the link stays, the target gets the data", async () => {
    writeFileSync(join(dir, "w-target.txt"), "old");
    symlinkSync("w-target.txt", join(dir, "w-link.txt"));
    await writeOutput(join(dir, "w-link.txt"), "new");
    expect(lstatSync(join(dir, "w-link.txt")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "w-target.txt"), "utf8")).toBe("new");
  });

  it("a regular file keeps its permissions when replaced", async () => {
    writeFileSync(join(dir, "mode.txt"), "old");
    chmodSync(join(dir, "mode.txt"), 0o600);
    await writeOutput(join(dir, "mode.txt"), "new");
    expect(statSync(join(dir, "mode.txt")).mode & 0o777).toBe(0o600);
  });

  it.runIf(unix)("end to end: fenjie parse -o /dev/stdout writes to its standard output (checked to be planned so first)", async () => {
    // the built CLI must take the descriptor path for /dev/stdout, or this test must not run at all:
    // renaming over /dev/stdout as root would replace the device
    const built = (await import(resolve("dist/write/target.js"))) as typeof import("../../src/write/target.js");
    expect(await built.planOutput("/dev/stdout")).toMatchObject({ kind: "descriptor", fd: 1 });
    const r = spawnSync(process.execPath, [resolve("bin/fenjie.js"), "parse", "seeds/002_a81ff61cc22d0274.txt", "-q", "-f", "csv", "-o", "/dev/stdout"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout.split("\r\n")[1]).toBe("1,,地区生产总值增长 8%左右。,区发改局,各街道办事处；区直有关单位,,,庄垂生,");
    expect(statSync("/dev/stdout").isFile()).toBe(false);
    expect(lstatSync("/dev/null").isCharacterDevice()).toBe(true);
  });
});
