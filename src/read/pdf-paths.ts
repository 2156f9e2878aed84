/**
 * Drawn rules from a pdfjs operator list. The only module that knows how
 * pdfjs-dist encodes paths, tied to the pinned major (5.x):
 *
 * - `constructPath` carries `[paintOp, [Float32Array | null], minMax]`: the path
 *   is already built and the op that paints it (stroke, fill, endPath …) rides along;
 * - the packed array holds DrawOPS codes followed by their coordinates:
 *   moveTo x y · lineTo x y · curveTo x1 y1 x2 y2 x y · quadraticCurveTo x1 y1 x y · closePath.
 *
 * The older encoding (`[ops[], coords[], minMax]`, ops being OPS codes with
 * separate stroke/fill operators) is decoded too, so an upgrade fails loudly
 * in the tests rather than silently dropping every rule.
 */
import { maxOf, minOf } from "../arrays.js";

/** Affine matrix [a, b, c, d, e, f] as in PDF. */
export type Matrix = [number, number, number, number, number, number];

/** A straight segment in device space, with the stroke width it was painted with. */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** thickness: stroke width, or the short side of a filled thin rectangle */
  width: number;
}

/** pdfjs-dist 5 DrawOPS codes inside the packed path buffer. */
export const DRAW_OPS = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

/** The OPS codes this module reads (a subset of pdfjs' `OPS`). */
export interface PathOps {
  save: number;
  restore: number;
  transform: number;
  setLineWidth: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  endPath: number;
  moveTo: number;
  lineTo: number;
  curveTo: number;
  curveTo2: number;
  curveTo3: number;
  closePath: number;
  rectangle: number;
}

/** A subpath as straight pieces: its points, whether it was closed, whether it held curves. */
export interface Subpath {
  points: Array<[number, number]>;
  closed: boolean;
  curved: boolean;
}

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 then m2 (PDF order: a point is transformed by m1 first). */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[1] * m2[2],
    m1[0] * m2[1] + m1[1] * m2[3],
    m1[2] * m2[0] + m1[3] * m2[2],
    m1[2] * m2[1] + m1[3] * m2[3],
    m1[4] * m2[0] + m1[5] * m2[2] + m2[4],
    m1[4] * m2[1] + m1[5] * m2[3] + m2[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Decode a pdfjs 5 packed path buffer into subpaths. */
export function decodePackedPath(buffer: ArrayLike<number>): Subpath[] {
  const out: Subpath[] = [];
  let cur: Subpath | null = null;
  const start = (x: number, y: number) => {
    cur = { points: [[x, y]], closed: false, curved: false };
    out.push(cur);
  };
  for (let i = 0; i < buffer.length; ) {
    const op = buffer[i++];
    if (op === DRAW_OPS.moveTo) {
      start(buffer[i]!, buffer[i + 1]!);
      i += 2;
    } else if (op === DRAW_OPS.lineTo) {
      if (!cur) start(buffer[i]!, buffer[i + 1]!);
      else (cur as Subpath).points.push([buffer[i]!, buffer[i + 1]!]);
      i += 2;
    } else if (op === DRAW_OPS.curveTo || op === DRAW_OPS.quadraticCurveTo) {
      const n = op === DRAW_OPS.curveTo ? 6 : 4;
      const x = buffer[i + n - 2]!;
      const y = buffer[i + n - 1]!;
      if (!cur) start(x, y);
      else {
        (cur as Subpath).curved = true;
        (cur as Subpath).points.push([x, y]);
      }
      i += n;
    } else if (op === DRAW_OPS.closePath) {
      if (cur) (cur as Subpath).closed = true;
      cur = null;
    } else {
      throw new Error(`unknown path op ${String(op)} at ${i - 1}`);
    }
  }
  return out;
}

/** Decode the pre-5 encoding: OPS codes in `ops`, their numbers in `coords`. */
export function decodeOpsPath(ops: ArrayLike<number>, coords: ArrayLike<number>, OPS: PathOps): Subpath[] {
  const buf: number[] = [];
  let j = 0;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    if (op === OPS.rectangle) {
      const [x, y, w, h] = [coords[j]!, coords[j + 1]!, coords[j + 2]!, coords[j + 3]!];
      j += 4;
      buf.push(DRAW_OPS.moveTo, x, y, DRAW_OPS.lineTo, x + w, y, DRAW_OPS.lineTo, x + w, y + h, DRAW_OPS.lineTo, x, y + h, DRAW_OPS.closePath);
    } else if (op === OPS.moveTo || op === OPS.lineTo) {
      buf.push(op === OPS.moveTo ? DRAW_OPS.moveTo : DRAW_OPS.lineTo, coords[j]!, coords[j + 1]!);
      j += 2;
    } else if (op === OPS.curveTo) {
      buf.push(DRAW_OPS.curveTo, ...Array.from({ length: 6 }, (_, k) => coords[j + k]!));
      j += 6;
    } else if (op === OPS.curveTo2 || op === OPS.curveTo3) {
      buf.push(DRAW_OPS.quadraticCurveTo, ...Array.from({ length: 4 }, (_, k) => coords[j + k]!));
      j += 4;
    } else if (op === OPS.closePath) buf.push(DRAW_OPS.closePath);
  }
  return decodePackedPath(buf);
}

/** Is the paint op a stroke, a fill, or neither (endPath: clip only)? */
function paintKind(op: number, OPS: PathOps): "stroke" | "fill" | "both" | null {
  if (op === OPS.stroke || op === OPS.closeStroke) return "stroke";
  if (op === OPS.fill || op === OPS.eoFill) return "fill";
  if (op === OPS.fillStroke || op === OPS.eoFillStroke || op === OPS.closeFillStroke || op === OPS.closeEOFillStroke) return "both";
  return null;
}

/** An axis-aligned rectangle (4 corners, closed) → its box, else null. */
function asRectangle(sp: Subpath): [number, number, number, number] | null {
  let pts = sp.points;
  if (pts.length === 5 && pts[0]![0] === pts[4]![0] && pts[0]![1] === pts[4]![1]) pts = pts.slice(0, 4);
  if (pts.length !== 4 || sp.curved) return null;
  const xs = new Set(pts.map((p) => Math.round(p[0] * 100)));
  const ys = new Set(pts.map((p) => Math.round(p[1] * 100)));
  if (xs.size > 2 || ys.size > 2) return null;
  const x = pts.map((p) => p[0]);
  const y = pts.map((p) => p[1]);
  return [minOf(x), minOf(y), maxOf(x), maxOf(y)];
}

export interface SegmentOptions {
  /** a filled rectangle thinner than this (points) is a rule */
  maxRuleThickness: number;
}

/** Turn one painted subpath (already in device space) into rule segments. */
export function subpathSegments(sp: Subpath, kind: "stroke" | "fill" | "both", lineWidth: number, opts: SegmentOptions): Segment[] {
  const out: Segment[] = [];
  if (kind === "fill" || kind === "both") {
    const r = asRectangle(sp);
    if (r) {
      const w = r[2] - r[0];
      const h = r[3] - r[1];
      if (Math.min(w, h) <= opts.maxRuleThickness) {
        if (w >= h) out.push({ x0: r[0], y0: (r[1] + r[3]) / 2, x1: r[2], y1: (r[1] + r[3]) / 2, width: h });
        else out.push({ x0: (r[0] + r[2]) / 2, y0: r[1], x1: (r[0] + r[2]) / 2, y1: r[3], width: w });
        return out;
      }
      if (kind === "fill") return out; // a shaded area, not a rule
    } else if (kind === "fill") {
      return out;
    }
  }
  if (sp.curved) return out;
  const pts = sp.points;
  for (let i = 1; i < pts.length; i++) out.push({ x0: pts[i - 1]![0], y0: pts[i - 1]![1], x1: pts[i]![0], y1: pts[i]![1], width: lineWidth });
  if (sp.closed && pts.length > 2) out.push({ x0: pts[pts.length - 1]![0], y0: pts[pts.length - 1]![1], x1: pts[0]![0], y1: pts[0]![1], width: lineWidth });
  return out;
}

/**
 * Walk an operator list and return every painted straight segment, transformed
 * by the current matrix and then by `base` (e.g. the page viewport transform).
 */
export function operatorListSegments(
  fnArray: ArrayLike<number>,
  argsArray: ReadonlyArray<unknown>,
  OPS: PathOps,
  base: Matrix = IDENTITY,
  opts: SegmentOptions = { maxRuleThickness: 3 },
): Segment[] {
  const out: Segment[] = [];
  let state = { ctm: IDENTITY as Matrix, lineWidth: 1 };
  const stack: Array<typeof state> = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push({ ...state });
    else if (fn === OPS.restore) state = stack.pop() ?? state;
    else if (fn === OPS.transform) state = { ...state, ctm: multiply(args as Matrix, state.ctm) };
    else if (fn === OPS.setLineWidth) state = { ...state, lineWidth: Number(args?.[0] ?? 1) };
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push({ ...state });
      const m = args?.[0];
      if (Array.isArray(m) || ArrayBuffer.isView(m)) state = { ...state, ctm: multiply(Array.from(m as ArrayLike<number>) as Matrix, state.ctm) };
    } else if (fn === OPS.paintFormXObjectEnd) state = stack.pop() ?? state;
    else if (fn === OPS.constructPath && args) {
      const decoded = decodeConstructPath(args, OPS);
      if (!decoded || decoded.kind === null) continue;
      const m = multiply(state.ctm, base);
      const scale = Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2])) || 1;
      for (const sp of decoded.subpaths) {
        const dev: Subpath = { ...sp, points: sp.points.map(([x, y]) => apply(m, x, y)) };
        out.push(...subpathSegments(dev, decoded.kind, state.lineWidth * scale, opts));
      }
    }
  }
  return out;
}

/** Decode one constructPath's arguments (5.x packed form, or the older ops+coords form). */
export function decodeConstructPath(args: unknown[], OPS: PathOps): { kind: "stroke" | "fill" | "both" | null; subpaths: Subpath[] } | null {
  const [first, second] = args;
  if (typeof first === "number") {
    const holder = second as unknown[] | null;
    const buffer = holder?.[0] as ArrayLike<number> | null | undefined;
    return { kind: paintKind(first, OPS), subpaths: buffer ? decodePackedPath(buffer) : [] };
  }
  if (Array.isArray(first) && (Array.isArray(second) || ArrayBuffer.isView(second))) {
    // pre-5: the paint op follows as its own operator; treat the path as stroked
    return { kind: "both", subpaths: decodeOpsPath(first as number[], second as ArrayLike<number>, OPS) };
  }
  return null;
}
