// batch picks up the structured documents (Word, OpenDocument, web pages, spreadsheets) in folders.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { discoverInputs } from "../../src/batch/discover.js";
import { runBatch } from "../../src/batch/run.js";

const root = mkdtempSync(join(tmpdir(), "fenjie-batch-structured-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("discoverInputs with structured documents", () => {
  it("takes Word, OpenDocument, web pages, MHTML, spreadsheets and OFD by extension; a ZIP archive or an OLE2 file of another name is ignored", async () => {
    mkdirSync(join(root, "in"));
    for (const f of ["seed002.docx", "seed002.odt", "seed002.html", "seed003.mhtml", "seed003.xlsx", "seed003.doc", "seed003.ofd"]) copyFileSync(join("fixtures/structured", f), join(root, "in", f));
    copyFileSync("fixtures/structured/seed002.docx", join(root, "in", "attachments.zip"));
    copyFileSync("fixtures/structured/seed003.doc", join(root, "in", "thumbs.db"));
    writeFileSync(join(root, "in", "page.HTM"), "<html><body><p>x</p></body></html>");
    const d = await discoverInputs(["in"], { cwd: root });
    expect(d.inputs.map((i) => i.file)).toEqual(["in/page.HTM", "in/seed002.docx", "in/seed002.html", "in/seed002.odt", "in/seed003.doc", "in/seed003.mhtml", "in/seed003.ofd", "in/seed003.xlsx"]);
    expect(d.ignored.map((i) => i.file)).toEqual(["in/attachments.zip", "in/thumbs.db"]);
  });
});

describe("fenjie batch over structured documents", () => {
  it("reads each by its content; a legacy file without LibreOffice is unreadable with its code, the others give their tasks", async () => {
    const dir = join(root, "mixed");
    mkdirSync(dir);
    for (const f of ["seed002.docx", "seed003-gbk.html", "two-level.xlsx", "seed003.doc"]) copyFileSync(join("fixtures/structured", f), join(dir, f));
    const saved = process.env.FENJIE_SOFFICE;
    process.env.FENJIE_SOFFICE = "";
    try {
      const version = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;
      const out = await runBatch({ inputs: ["mixed"], outDir: "out-mixed", jobs: 1, cwd: root, fenjieVersion: version });
      expect(out.summary.files.map((f) => [f.file, f.status, f.code, f.format, f.tasks])).toEqual([
        ["mixed/seed002.docx", "ok", null, "docx", 98],
        ["mixed/seed003-gbk.html", "ok", null, "html", 128], // the table's own cells: count mismatches are notes
        ["mixed/seed003.doc", "unreadable", "LIBREOFFICE_MISSING", null, 0],
        ["mixed/two-level.xlsx", "ok", null, "xlsx", 14],
      ]);
    } finally {
      if (saved === undefined) delete process.env.FENJIE_SOFFICE;
      else process.env.FENJIE_SOFFICE = saved;
    }
  });
});
