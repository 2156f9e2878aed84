// The operator-list path decoding, tied to pdfjs-dist 5: exact segments from
// hand-built operator lists, and a check against the pinned pdfjs itself.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import { DRAW_OPS, decodeConstructPath, decodePackedPath, multiply, operatorListSegments, subpathSegments, type PathOps } from "../../src/read/pdf-paths.js";
import { readPdf } from "../../src/read/pdf.js";

const O = OPS as unknown as PathOps;
const { moveTo: M, lineTo: L, closePath: Z, curveTo: C } = DRAW_OPS;

describe("decodePackedPath", () => {
  it("reads a rectangle as pdfjs 5 packs it", () => {
    const sp = decodePackedPath(new Float32Array([M, 10, 20, L, 110, 20, L, 110, 21, L, 10, 21, Z]));
    expect(sp).toEqual([{ points: [[10, 20], [110, 20], [110, 21], [10, 21]], closed: true, curved: false }]);
  });
  it("marks curves and starts a new subpath at each moveTo", () => {
    const sp = decodePackedPath([M, 0, 0, C, 1, 1, 2, 2, 3, 3, M, 5, 5, L, 6, 5]);
    expect(sp.map((s) => [s.points.length, s.curved])).toEqual([[2, true], [2, false]]);
  });
  it("rejects an unknown code instead of misreading coordinates", () => {
    expect(() => decodePackedPath([9, 0, 0])).toThrow(/unknown path op 9/);
  });
});

describe("decodeConstructPath", () => {
  it("5.x form: [paintOp, [buffer], minMax]", () => {
    const d = decodeConstructPath([O.stroke, [new Float32Array([M, 0, 0, L, 50, 0])], [0, 0, 50, 0]], O);
    expect(d?.kind).toBe("stroke");
    expect(d?.subpaths[0]?.points).toEqual([[0, 0], [50, 0]]);
  });
  it("endPath (a clip) paints nothing", () => {
    expect(decodeConstructPath([O.endPath, [new Float32Array([M, 0, 0, L, 50, 0])], null], O)?.kind).toBeNull();
  });
  it("pre-5 form: [ops[], coords[]] with a rectangle", () => {
    const d = decodeConstructPath([[O.rectangle], [0, 0, 100, 0.5]], O);
    expect(d?.subpaths[0]?.points).toEqual([[0, 0], [100, 0], [100, 0.5], [0, 0.5]]);
  });
});

describe("subpathSegments", () => {
  it("a thin filled rectangle is one rule along its long side", () => {
    const segs = subpathSegments({ points: [[10, 20], [110, 20], [110, 21], [10, 21]], closed: true, curved: false }, "fill", 1, { maxRuleThickness: 3 });
    expect(segs).toEqual([{ x0: 10, y0: 20.5, x1: 110, y1: 20.5, width: 1 }]);
  });
  it("a large filled rectangle (shading) is not a rule", () => {
    expect(subpathSegments({ points: [[0, 0], [100, 0], [100, 50], [0, 50]], closed: true, curved: false }, "fill", 1, { maxRuleThickness: 3 })).toEqual([]);
  });
  it("a stroked rectangle gives its four sides", () => {
    expect(subpathSegments({ points: [[0, 0], [100, 0], [100, 50], [0, 50]], closed: true, curved: false }, "stroke", 0.5, { maxRuleThickness: 3 })).toHaveLength(4);
  });
});

describe("operatorListSegments", () => {
  it("applies save/transform/restore, the line width and the base (viewport) matrix", () => {
    const fn = [O.save, O.transform, O.setLineWidth, O.constructPath, O.restore, O.constructPath, O.constructPath];
    const args = [
      null,
      [2, 0, 0, 2, 10, 10],
      [0.5],
      [O.stroke, [new Float32Array([M, 0, 0, L, 100, 0])], [0, 0, 100, 0]],
      null,
      [O.stroke, [new Float32Array([M, 0, 0, L, 0, 30])], [0, 0, 0, 30]],
      [O.endPath, [new Float32Array([M, 0, 0, L, 500, 0, L, 500, 500, Z])], null],
    ];
    const flip = [1, 0, 0, -1, 0, 800] as const; // top-left origin, page 800 high
    const segs = operatorListSegments(fn, args, O, [...flip]);
    expect(segs).toEqual([
      { x0: 10, y0: 790, x1: 210, y1: 790, width: 1 },
      { x0: 0, y0: 800, x1: 0, y1: 770, width: 1 },
    ]);
  });
  it("multiply composes in PDF order", () => {
    expect(multiply([2, 0, 0, 2, 0, 0], [1, 0, 0, 1, 5, 5])).toEqual([2, 0, 0, 2, 5, 5]);
  });
  it("finds the drawn table of a LibreOffice PDF with the pinned pdfjs", async () => {
    const doc = await readPdf(new Uint8Array(readFileSync("fixtures/pdf/jinjiang-style.pdf")), "jinjiang-style.pdf", {});
    const page = doc.pages![0]!;
    const h = page.rules.filter((r) => r.orientation === "h");
    const v = page.rules.filter((r) => r.orientation === "v");
    expect(h.length).toBeGreaterThan(10);
    expect(v.length).toBeGreaterThan(6);
    // the table (17.6 cm wide, centred on a 21 cm page): its left border sits at 1.7 cm = 48.2 pt, 0.5 pt wide
    const left = Math.min(...v.map((r) => (r.box[0] + r.box[2]) / 2));
    expect(left).toBeCloseTo(48.2, 0);
    expect(v.every((r) => r.box[2] - r.box[0] < 1)).toBe(true);
  });
});
