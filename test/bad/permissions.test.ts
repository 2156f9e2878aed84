// A file we may not read. CI runs as root, where chmod 000 does not stop reading, so the corpus
// test skips that case there; this test drives the same code path with the errno the OS gives
// (fs mocked to fail with EACCES / EPERM for one path), as root or not.
import { beforeEach, describe, expect, it, vi } from "vitest";

const DENIED = "/data/通知 副本.txt";
vi.mock("node:fs/promises", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs/promises")>();
  const deny = (code: string) => Object.assign(new Error(`${code}: permission denied`), { code });
  const state = { code: "EACCES", at: "read" as "read" | "stat" };
  return {
    ...fs,
    __state: state,
    stat: async (p: string, ...rest: unknown[]) => {
      if (p !== DENIED) return (fs.stat as (...a: unknown[]) => unknown)(p, ...rest);
      if (state.at === "stat") throw deny(state.code);
      return { isDirectory: () => false, isFile: () => true, isFIFO: () => false, size: 100 };
    },
    readFile: async (p: string, ...rest: unknown[]) => {
      if (p === DENIED) throw deny(state.code);
      return (fs.readFile as (...a: unknown[]) => unknown)(p, ...rest);
    },
  };
});

const fsMock = (await import("node:fs/promises")) as unknown as { __state: { code: string; at: "read" | "stat" } };
const { loadFile } = await import("../../src/read/index.js");
const { FenjieError, EXIT } = await import("../../src/errors.js");

async function failure(): Promise<InstanceType<typeof FenjieError>> {
  try {
    await loadFile(DENIED);
  } catch (e) {
    if (e instanceof FenjieError) return e;
    throw e;
  }
  throw new Error("expected an error");
}

describe("unreadable files", () => {
  beforeEach(() => Object.assign(fsMock.__state, { code: "EACCES", at: "read" }));
  it.each([
    ["EACCES", "read"],
    ["EPERM", "read"],
    ["EACCES", "stat"],
  ] as const)("%s on %s: FILE_UNREADABLE, exit 3, says it is a permission problem", async (code, at) => {
    Object.assign(fsMock.__state, { code, at });
    const e = await failure();
    expect([e.code, e.exitCode]).toEqual(["FILE_UNREADABLE", EXIT.unreadable]);
    expect(e.message).toBe(`没有权限读取文件：${DENIED}（${code}）。请检查文件权限，或把文件复制到自己的文件夹后再处理。`);
  });
  it("another errno names itself", async () => {
    Object.assign(fsMock.__state, { code: "EIO", at: "read" });
    const e = await failure();
    expect(e.message).toBe(`无法读取文件：${DENIED}（EIO）。请检查文件是否被占用或已损坏。`);
  });
});
