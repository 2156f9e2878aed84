// batch picks up the structured documents (Word, OpenDocument, web pages, spreadsheets) in folders.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { discoverInputs } from "../../src/batch/discover.js";

const root = mkdtempSync(join(tmpdir(), "fenjie-batch-structured-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("discoverInputs with structured documents", () => {
  it("takes Word, OpenDocument, web pages, MHTML and spreadsheets by extension; a ZIP archive or an OLE2 file of another name is ignored", async () => {
    mkdirSync(join(root, "in"));
    for (const f of ["seed002.docx", "seed002.odt", "seed002.html", "seed003.mhtml", "seed003.xlsx", "seed003.doc"]) copyFileSync(join("fixtures/structured", f), join(root, "in", f));
    copyFileSync("fixtures/structured/seed002.docx", join(root, "in", "attachments.zip"));
    copyFileSync("fixtures/structured/seed003.doc", join(root, "in", "thumbs.db"));
    writeFileSync(join(root, "in", "page.HTM"), "<html><body><p>x</p></body></html>");
    const d = await discoverInputs(["in"], { cwd: root });
    expect(d.inputs.map((i) => i.file)).toEqual(["in/page.HTM", "in/seed002.docx", "in/seed002.html", "in/seed002.odt", "in/seed003.doc", "in/seed003.mhtml", "in/seed003.xlsx"]);
    expect(d.ignored.map((i) => i.file)).toEqual(["in/attachments.zip", "in/thumbs.db"]);
  });
});
