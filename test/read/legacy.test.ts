// Legacy binary Office files: told apart by their streams; converted by LibreOffice when it is
// installed (that one test is skipped, saying why, when it is not); a clear exit 3 when it is not.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import CFB from "cfb";
import { afterAll, describe, expect, it } from "vitest";
import { convertLegacy, findSoffice, oleKind } from "../../src/read/legacy.js";
import { readDocument } from "../../src/read/index.js";
import { parseDocument } from "../../src/parse.js";
import type { Result, Task } from "../../src/model/schema.js";

const DOC = "fixtures/structured/seed003.doc";

/** A compound file holding the named root streams. */
function compound(...streams: string[]): Uint8Array {
  const c = CFB.utils.cfb_new();
  for (const s of streams) CFB.utils.cfb_add(c, `/${s}`, Buffer.from("x".repeat(5000)));
  return new Uint8Array(CFB.write(c, { type: "buffer" }) as Buffer);
}

const tmp = mkdtempSync(join(tmpdir(), "fenjie-legacy-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("what an OLE2 file holds", () => {
  it("is told from its root streams: Word, Excel (BIFF8 `Workbook`, BIFF5 `Book`), encrypted Office, PowerPoint, other", () => {
    expect(oleKind(new Uint8Array(readFileSync(DOC)))).toBe("doc");
    expect(oleKind(compound("WordDocument", "1Table"))).toBe("doc");
    expect(oleKind(compound("Workbook"))).toBe("xls");
    expect(oleKind(compound("Book"))).toBe("xls");
    expect(oleKind(compound("EncryptedInfo", "EncryptedPackage"))).toBe("encrypted");
    expect(oleKind(compound("PowerPoint Document"))).toBe("ppt");
    expect(oleKind(compound("Contents"))).toBe("other");
    expect(oleKind(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe("other");
  });
  it("a stream named Workbook deeper down (a spreadsheet embedded in a Word file) does not make it a spreadsheet", () => {
    const c = CFB.utils.cfb_new();
    CFB.utils.cfb_add(c, "/WordDocument", Buffer.from("x".repeat(5000)));
    CFB.utils.cfb_add(c, "/ObjectPool/_1234/Workbook", Buffer.from("y".repeat(5000)));
    expect(oleKind(new Uint8Array(CFB.write(c, { type: "buffer" }) as Buffer))).toBe("doc");
  });
  it("an encrypted document is DOCUMENT_ENCRYPTED; PowerPoint UNSUPPORTED_FORMAT; both exit 3", async () => {
    await expect(readDocument(compound("EncryptedInfo", "EncryptedPackage"), "a.docx")).rejects.toMatchObject({ code: "DOCUMENT_ENCRYPTED", exitCode: 3 });
    await expect(readDocument(compound("PowerPoint Document"), "a.ppt")).rejects.toMatchObject({ code: "UNSUPPORTED_FORMAT", exitCode: 3 });
  });
});

describe("without LibreOffice", () => {
  const cli = (file: string) => spawnSync(process.execPath, ["bin/fenjie.js", "parse", file], { encoding: "utf8", env: { ...process.env, FENJIE_SOFFICE: "", PATH: "" } });

  it("a .doc exits 3 naming the format and the two ways out (save as .docx, or install LibreOffice); no stack trace", () => {
    const r = cli(DOC);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain(`fenjie: 这是旧版 Word 文档（.doc / .wps）：${DOC}。`);
    expect(r.stderr).toContain("另存为 .docx");
    expect(r.stderr).toContain("安装 LibreOffice");
    expect(r.stderr).toContain("[LIBREOFFICE_MISSING]");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it("an .xls (named .txt: the bytes decide) says .xlsx and the Calc package", () => {
    const file = join(tmp, "表格.txt");
    writeFileSync(file, compound("Workbook"));
    const r = cli(file);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain("旧版 Excel 表格（.xls / .et）");
    expect(r.stderr).toContain("另存为 .xlsx");
    expect(r.stderr).toContain("libreoffice-calc");
  });
  it("FENJIE_SOFFICE set to nothing switches LibreOffice off even when it is on PATH", () => {
    expect(findSoffice({ FENJIE_SOFFICE: "", PATH: "/usr/bin" })).toBeNull();
    expect(findSoffice({ FENJIE_SOFFICE: join(tmp, "no-such-soffice"), PATH: "/usr/bin" })).toBeNull();
  });
});

describe("a LibreOffice that hangs or fails", () => {
  const fake = (name: string, script: string) => {
    const path = join(tmp, name);
    writeFileSync(path, `#!/bin/sh\n${script}\n`);
    chmodSync(path, 0o755);
    return path;
  };
  it.skipIf(process.platform !== "linux")("is stopped at the time limit, its child processes too, with CONVERSION_FAILED", async () => {
    const soffice = fake("hang.sh", `sleep 30 & echo $! > "${tmp}/child.pid"; wait`);
    const start = Date.now();
    await expect(convertLegacy(new Uint8Array(readFileSync(DOC)), "doc", "x.doc", { soffice, timeoutMs: 300 })).rejects.toMatchObject({ code: "CONVERSION_FAILED", message: expect.stringContaining("没有转换完") });
    expect(Date.now() - start).toBeLessThan(5000);
    const child = Number(readFileSync(join(tmp, "child.pid"), "utf8"));
    await new Promise((r) => setTimeout(r, 200));
    // the grandchild is gone (or a zombie waiting for a container's init to reap it)
    const state = existsSync(`/proc/${child}/stat`) ? readFileSync(`/proc/${child}/stat`, "utf8").split(") ")[1]![0] : "gone";
    expect(["gone", "Z", "X"]).toContain(state);
  });
  it.skipIf(process.platform === "win32")("that writes nothing gives CONVERSION_FAILED with its last message", async () => {
    const soffice = fake("fail.sh", 'echo "Error: source file could not be loaded" >&2; exit 1');
    await expect(convertLegacy(new Uint8Array(readFileSync(DOC)), "doc", "x.doc", { soffice })).rejects.toMatchObject({
      code: "CONVERSION_FAILED",
      message: expect.stringContaining("source file could not be loaded"),
    });
  });
});

const soffice = findSoffice();
const tables = JSON.parse(readFileSync("fixtures/structured/tables.json", "utf8")) as { files: Record<string, string | null>; tables: Record<string, unknown[]> };

describe("with LibreOffice", () => {
  it.skipIf(!soffice)(
    soffice
      ? "a .doc is converted in a private folder and read: the tables of the .docx made from the same source, the records and notice of seed 003's text golden"
      : "a .doc is converted and read — SKIPPED: soffice is not installed (bash scripts/setup-test-deps.sh installs it)",
    async () => {
      const d = await readDocument(new Uint8Array(readFileSync(DOC)), DOC);
      expect(d.source.format).toBe("doc");
      expect(d.diagnostics[0]).toMatchObject({ level: "info", code: "LEGACY_CONVERTED" });
      const got = d.blocks!.filter((b) => b.kind === "table").map((b) => (b.kind === "table" ? { ...b.table, rows: b.table.rows.map(({ line: _l, ...r }) => r) } : null));
      expect(got).toEqual(tables.tables[tables.files["seed003.docx"]!]);
      const r = parseDocument(d);
      const text = JSON.parse(readFileSync("fixtures/expected/003.json", "utf8")) as Result;
      const withoutSource = ({ source: _s, ...t }: Task) => t;
      expect(r.tasks.map(withoutSource)).toEqual(text.tasks.map(withoutSource));
      expect(r.notice).toEqual(text.notice);
    },
    120_000,
  );
});
