// Safety: reading PDFs never touches the network; -o never overwrites the input, however it is
// spelled; the same input gives byte-identical output on every run.
import dns from "node:dns";
import net from "node:net";
import { spawnSync } from "node:child_process";
import { linkSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parse } from "../../src/parse.js";
import { PDFJS_SAFETY } from "../../src/read/pdf.js";
import { toJson } from "../../src/write/json.js";

const BIN = resolve("bin/fenjie.js");
const PDFS = ["fixtures/pdf/predefined-cmap.pdf", "fixtures/pdf/two-tables.pdf", "fixtures/pdf/jinjiang-style.pdf"];

describe("no network", () => {
  afterEach(() => vi.restoreAllMocks());
  it("pdfjs is asked for no eval, no system fonts, no XFA, no streaming", () => {
    expect(PDFJS_SAFETY).toEqual({ isEvalSupported: false, useSystemFonts: false, enableXfa: false, disableAutoFetch: true, disableStream: true });
  });
  it("parsing PDFs (CMaps, standard fonts) works with fetch, sockets and DNS all throwing", async () => {
    const calls: string[] = [];
    const refuse = (what: string) => () => {
      calls.push(what);
      throw new Error(`network access during parsing: ${what}`);
    };
    vi.spyOn(globalThis, "fetch").mockImplementation(refuse("fetch"));
    vi.spyOn(net.Socket.prototype, "connect").mockImplementation(refuse("socket"));
    vi.spyOn(dns, "lookup").mockImplementation(refuse("dns") as never);
    const counts: number[] = [];
    for (const f of PDFS) counts.push((await parse(f)).tasks.length);
    expect(calls).toEqual([]);
    expect(counts).toEqual([3, 23, 14]);
  });
});

describe("-o never overwrites the input", () => {
  const dir = mkdtempSync(join(tmpdir(), "fenjie-safe-"));
  const input = join(dir, "通知 副本.txt");
  const original = readFileSync("fixtures/bad/numbering-restarts.txt");
  writeFileSync(input, original);
  symlinkSync(input, join(dir, "link.txt"));
  linkSync(input, join(dir, "hard.txt"));
  it.each([
    ["the same path", input],
    ["./ spelling", "./通知 副本.txt"],
    ["a ../ detour", "../" + dir.split("/").at(-1) + "/通知 副本.txt"],
    ["a symlink to it", "link.txt"],
    ["a hard link to it", "hard.txt"],
  ])("%s is refused with exit 2 and the input is untouched", (_, out) => {
    const r = spawnSync(process.execPath, [BIN, "parse", "通知 副本.txt", "-o", out], { cwd: dir, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("[OUTPUT_IS_INPUT]");
    expect(readFileSync(input)).toEqual(original);
  });
});

describe("determinism", () => {
  it("the same input gives byte-identical JSON on every run", async () => {
    for (const f of ["fixtures/pdf/two-tables.pdf", "seeds/002_a81ff61cc22d0274.txt"]) {
      const a = toJson(await parse(f));
      const b = toJson(await parse(f));
      expect(b).toBe(a);
    }
  });
});

describe("a reader that goes away", () => {
  it("fenjie parse x | head -c 0: no stack trace, no internal error", async () => {
    const { spawn } = await import("node:child_process");
    const r = await new Promise<{ status: number | null; stderr: string }>((done) => {
      const child = spawn(process.execPath, [BIN, "parse", "seeds/003_b3fb5684e6b0e697.txt", "-q"], { stdio: ["ignore", "pipe", "pipe"] });
      child.stdout.destroy(); // the pipe's reader is gone before fenjie writes
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.on("close", (status) => done({ status, stderr }));
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});

describe("an output that cannot be written", () => {
  it("-o in a missing folder: OUTPUT_UNWRITABLE, exit 2, one line, nothing left", () => {
    const dir = mkdtempSync(join(tmpdir(), "fenjie-out-"));
    const r = spawnSync(process.execPath, [BIN, "parse", "fixtures/bad/numbering-restarts.txt", "-q", "-o", join(dir, "missing", "x.json")], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`fenjie: 无法写入输出文件：${join(dir, "missing", "x.json")}（ENOENT）。请检查文件夹是否存在、是否有写权限。 [OUTPUT_UNWRITABLE]\n`);
    expect(r.stdout).toBe("");
  });
});
