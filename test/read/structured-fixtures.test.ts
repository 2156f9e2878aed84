// The structured fixtures (fixtures/structured/, made by scripts/make-structured-fixtures.mjs from
// the text goldens) read back into exactly the tables they were written from: every row, cell,
// line, span, header flag and bold line. (The .doc needs LibreOffice: test/read/legacy.test.ts.)
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/read/index.js";
import type { DocTable, InputDocument } from "../../src/model/intermediate.js";

const DIR = "fixtures/structured";
const saved = JSON.parse(readFileSync(`${DIR}/tables.json`, "utf8")) as { files: Record<string, string | null>; tables: Record<string, DocTable[]> };
const FORMAT: Record<string, string> = { docx: "docx", odt: "odt", html: "html", mhtml: "html", xlsx: "xlsx", ods: "ods" };
const files = Object.entries(saved.files).filter((e): e is [string, string] => e[1] !== null);

describe.each(files)("%s", (file, key) => {
  let read: Promise<InputDocument> | null = null;
  const doc = () => (read ??= readDocument(new Uint8Array(readFileSync(`${DIR}/${file}`)), file));

  it("gives back the tables it was written from", async () => {
    const d = await doc();
    expect(d.source.format).toBe(FORMAT[file.split(".").pop()!]);
    const tables = d.blocks!.filter((b) => b.kind === "table").map((b) => (b.kind === "table" ? { ...b.table, rows: b.table.rows.map(({ line: _l, ...r }) => r) } : null));
    expect(tables).toEqual(saved.tables[key]);
  });

  it("its lines are the paragraphs and rows in order, numbered from 1, each block naming its own", async () => {
    const d = await doc();
    expect(d.lines.map((l) => l.line)).toEqual(d.lines.map((_, i) => i + 1));
    const numbered = d.blocks!.flatMap((b) => (b.kind === "paragraph" ? [[b.line, b.text]] : b.table.rows.map((r) => [r.line, r.cells.map((c) => c.lines.map((l) => l.text).join(" ")).join("\t")])));
    expect(numbered).toEqual(d.lines.map((l) => [l.line, l.text]));
  });
});

describe("what the pages carry besides the table", () => {
  it("the gov.cn box as label：value lines, without the site's navigation, footer or script", async () => {
    for (const file of ["seed002.html", "seed003-gbk.html", "seed003.mhtml"]) {
      const d = await readDocument(new Uint8Array(readFileSync(`${DIR}/${file}`)), file);
      const text = d.lines.map((l) => l.text);
      expect(text.filter((t) => /^(发文机关|发文字号|成文日期|标题)：/.test(t)).length, file).toBe(4);
      expect(text.some((t) => /首页|主办单位|网站标识码|脚本里的表格|当前位置/.test(t)), file).toBe(false);
    }
  });
  it("the GBK page and its MHTML copy decode the same", async () => {
    const a = await readDocument(new Uint8Array(readFileSync(`${DIR}/seed003-gbk.html`)), "a");
    const b = await readDocument(new Uint8Array(readFileSync(`${DIR}/seed003.mhtml`)), "b");
    expect([a.source.encoding, b.source.encoding]).toEqual(["gb18030", "gb18030"]);
    expect(b.lines).toEqual(a.lines);
  });
  it("the hidden sheet, column and row of the workbook are skipped and said so", async () => {
    const d = await readDocument(new Uint8Array(readFileSync(`${DIR}/seed003.xlsx`)), "seed003.xlsx");
    expect(d.diagnostics.map((x) => [x.code, x.page])).toEqual([
      ["XLSX_HIDDEN_SKIPPED", 1],
      ["XLSX_HIDDEN_SKIPPED", 2],
    ]);
    expect(d.lines[0]!.text).toBe("附件：2020年区政府工作报告目标任务责任分解表");
  });
  it("automatic list numbers are written out in Word and OpenDocument alike", async () => {
    const typed = await readDocument(new Uint8Array(readFileSync(`${DIR}/list-paragraphs.docx`)), "a");
    for (const file of ["list-autonumber.docx", "list-autonumber.odt"]) {
      const d = await readDocument(new Uint8Array(readFileSync(`${DIR}/${file}`)), file);
      expect(d.lines, file).toEqual(typed.lines);
    }
  });
});
