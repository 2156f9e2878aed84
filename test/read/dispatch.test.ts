// Which reader a file goes to is told from its bytes: ZIP parts, OLE2 streams, MIME headers,
// markup; never the name. Containers fenjie does not read are named in the error.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/read/index.js";
import { DEFAULT_LIMITS } from "../../src/read/limits.js";

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [k, v] of Object.entries(files)) zip.file(k, v);
  return zip.generateAsync({ type: "uint8array" });
}

describe("ZIP containers", () => {
  it("a plain archive is BINARY_INPUT saying to unzip it first", async () => {
    await expect(readDocument(await zipOf({ "通知.txt": "序号\t任务" }), "a.docx")).rejects.toMatchObject({ code: "BINARY_INPUT", exitCode: 3, message: expect.stringContaining("请先解压") });
  });
  it("a presentation is UNSUPPORTED_FORMAT", async () => {
    await expect(readDocument(await zipOf({ "ppt/presentation.xml": "<p/>" }), "a.pptx")).rejects.toMatchObject({ code: "UNSUPPORTED_FORMAT" });
  });
  it("an OFD without its document is FILE_UNREADABLE naming what is missing", async () => {
    await expect(readDocument(await zipOf({ "OFD.xml": '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"/>' }), "a.ofd")).rejects.toMatchObject({ code: "FILE_UNREADABLE", message: expect.stringContaining("OFD 文件不完整") });
  });
  it("a cut-off ZIP is FILE_UNREADABLE, not a crash", async () => {
    const bytes = await zipOf({ "word/document.xml": "<w:document/>".repeat(1000) });
    await expect(readDocument(bytes.subarray(0, 200), "a.docx")).rejects.toMatchObject({ code: "FILE_UNREADABLE", exitCode: 3 });
  });
  it("Office containers are held to the PDF size limit, not the text one (documents carry images)", async () => {
    const bytes = await zipOf({ "word/document.xml": "<x/>" });
    await expect(readDocument(bytes, "a.docx", { limits: { maxTextBytes: 10 } })).resolves.toMatchObject({ source: { format: "docx" } });
    await expect(readDocument(bytes, "a.docx", { limits: { maxPdfBytes: 10 } })).rejects.toMatchObject({ code: "INPUT_TOO_LARGE", message: expect.stringContaining("Office / OFD 文档") });
    expect(DEFAULT_LIMITS.maxPdfBytes).toBeGreaterThan(DEFAULT_LIMITS.maxTextBytes);
  });
});
