// The OFD reader on small hand-made packages: positioned text and rules in points, as PDF pages.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/read/index.js";
import { abbreviatedPath, expandDeltas } from "../../src/read/ofd.js";

const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';
const PT = 72 / 25.4;

async function ofd(pages: string[], opts: { docRoot?: string; pageLocs?: string[] } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  const root = opts.docRoot ?? "Doc_0/Document.xml";
  zip.file("OFD.xml", `<ofd:OFD ${NS} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocRoot>${root}</ofd:DocRoot></ofd:DocBody></ofd:OFD>`);
  const locs = opts.pageLocs ?? pages.map((_, i) => `Pages/Page_${i}/Content.xml`);
  zip.file(root, `<ofd:Document ${NS}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages>${locs.map((l, i) => `<ofd:Page ID="${i + 1}" BaseLoc="${l}"/>`).join("")}</ofd:Pages></ofd:Document>`);
  pages.forEach((content, i) => {
    const loc = locs[i]!;
    zip.file(loc.startsWith("/") ? loc.slice(1) : `${root.replace(/[^/]*$/, "")}${loc}`, `<ofd:Page ${NS}><ofd:Content><ofd:Layer ID="9">${content}</ofd:Layer></ofd:Content></ofd:Page>`);
  });
  return zip.generateAsync({ type: "uint8array" });
}
const text = (x: number, y: number, t: string, extra = "", code = "") => `<ofd:TextObject ID="1" Boundary="${x} ${y} 100 6" Font="2" Size="4"${extra}><ofd:TextCode X="0" Y="4"${code}>${t}</ofd:TextCode></ofd:TextObject>`;
const line = (x0: number, y0: number, x1: number, y1: number) => `<ofd:PathObject ID="2" Boundary="${Math.min(x0, x1)} ${Math.min(y0, y1)} ${Math.abs(x1 - x0)} ${Math.abs(y1 - y0)}" LineWidth="0.25"><ofd:AbbreviatedData>M ${x0 - Math.min(x0, x1)} ${y0 - Math.min(y0, y1)} L ${x1 - Math.min(x0, x1)} ${y1 - Math.min(y0, y1)}</ofd:AbbreviatedData></ofd:PathObject>`;
const round = (n: number) => Math.round(n * 10) / 10;

describe("OFD parts", () => {
  it("DeltaX: numbers, and `g N d` for N times d", () => {
    expect(expandDeltas("g 3 4 2.5 g 2 1")).toEqual([4, 4, 4, 2.5, 1, 1]);
    expect(expandDeltas(undefined)).toEqual([]);
  });
  it("AbbreviatedData: moves, lines and closes; curves flagged", () => {
    expect(abbreviatedPath("M 0 0 L 10 0 L 10 5 C M 1 1 B 2 2 3 3 4 4")).toEqual([
      { points: [[0, 0], [10, 0], [10, 5]], closed: true, curved: false },
      { points: [[1, 1], [4, 4]], closed: false, curved: true },
    ]);
  });
});

describe("OFD pages", () => {
  it("text runs and rules in points from the top-left; lines in reading order; format ofd with its page count", async () => {
    const d = await readDocument(await ofd([text(20, 30, "序号") + text(40, 30, "目标任务", "", ' DeltaX="g 3 4"') + line(18, 28, 120, 28), text(20, 30, "第二页")]), "通知.ofd");
    expect(d.source).toMatchObject({ format: "ofd", encoding: null, pages: 2 });
    expect(d.lines).toEqual([
      { text: "序号 目标任务", line: 1, page: 1 },
      { text: "第二页", line: 2, page: 2 },
    ]);
    const p = d.pages![0]!;
    expect(p.runs.map((r) => [r.text, round(r.box[0]), round(r.fontSize)])).toEqual([
      ["序号", round(20 * PT), round(4 * PT)],
      ["目标任务", round(40 * PT), round(4 * PT)],
    ]);
    expect(p.rules.map((r) => [r.orientation, round(r.box[0]), round(r.box[2])])).toEqual([["h", round(18 * PT), round(120 * PT)]]);
    expect(round(p.width)).toBe(round(210 * PT));
  });

  it("a TextCode with a wide gap between glyphs is two runs (two cells printed as one code); a code without X goes on after the last", async () => {
    const body = `<ofd:TextObject ID="1" Boundary="20 30 150 6" Font="2" Size="4"><ofd:TextCode X="0" Y="4" DeltaX="4 40 4">科技局蒋家</ofd:TextCode><ofd:TextCode>兴</ofd:TextCode></ofd:TextObject>`;
    const d = await readDocument(await ofd([body]), "a.ofd");
    expect(d.pages![0]!.runs.map((r) => r.text)).toEqual(["科技", "局蒋家兴"]);
  });

  it("a CTM scales and moves the text; turned text (a seal, a vertical label) is skipped with a note", async () => {
    const d = await readDocument(await ofd([text(10, 10, "放大", ' CTM="2 0 0 2 5 0"') + text(50, 50, "竖排", ' CTM="0 1 -1 0 0 0"')]), "a.ofd");
    const r = d.pages![0]!.runs[0]!;
    expect([r.text, round(r.box[0]), round(r.fontSize)]).toEqual(["放大", round(15 * PT), round(8 * PT)]);
    expect(d.diagnostics.map((x) => [x.code, x.level, x.page])).toEqual([["OFD_TEXT_NOT_HORIZONTAL", "info", 1]]);
  });

  it("a filled thin rectangle is a rule; a filled box is not; an unstroked path is not", async () => {
    const rect = (x: number, y: number, w: number, h: number, attrs: string) => `<ofd:PathObject ID="3" Boundary="${x} ${y} ${w} ${h}" ${attrs}><ofd:AbbreviatedData>M 0 0 L ${w} 0 L ${w} ${h} L 0 ${h} C</ofd:AbbreviatedData></ofd:PathObject>`;
    const d = await readDocument(await ofd([text(20, 20, "正文") + rect(20, 40, 100, 0.2, 'Fill="true" Stroke="false"') + rect(20, 60, 100, 30, 'Fill="true" Stroke="false"') + rect(20, 100, 100, 30, 'Stroke="false"')]), "a.ofd");
    expect(d.pages![0]!.rules.map((r) => r.orientation)).toEqual(["h"]);
  });

  it("page locations relative to Document.xml or absolute; a missing page is a warning, not a crash", async () => {
    const d = await readDocument(await ofd([text(20, 20, "甲"), text(20, 20, "乙")], { docRoot: "Doc_1/Document.xml", pageLocs: ["Pages/P1.xml", "/Doc_1/Other/P2.xml"] }), "a.ofd");
    expect(d.lines.map((l) => l.text)).toEqual(["甲", "乙"]);
    const zip = await JSZip.loadAsync(await ofd([text(20, 20, "甲"), text(20, 20, "乙")]));
    zip.remove("Doc_0/Pages/Page_1/Content.xml");
    const e = await readDocument(await zip.generateAsync({ type: "uint8array" }), "a.ofd");
    expect(e.diagnostics.map((x) => [x.code, x.level, x.page])).toEqual([["OFD_PAGE_MISSING", "warning", 2]]);
  });

  it("an OFD with no text (a scan) is OFD_NO_TEXT, exit 3; a damaged page is FILE_UNREADABLE", async () => {
    await expect(readDocument(await ofd([line(10, 10, 100, 10)]), "scan.ofd")).rejects.toMatchObject({ code: "OFD_NO_TEXT", exitCode: 3, message: expect.stringContaining("OCR") });
    await expect(readDocument(await ofd(["<ofd:TextObject"]), "bad.ofd")).rejects.toMatchObject({ code: "FILE_UNREADABLE" });
  });
});
