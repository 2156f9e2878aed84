import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// dist/read/pdf-paths.js
var DRAW_OPS = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 };
var IDENTITY = [1, 0, 0, 1, 0, 0];
function multiply(m1, m2) {
  return [
    m1[0] * m2[0] + m1[1] * m2[2],
    m1[0] * m2[1] + m1[1] * m2[3],
    m1[2] * m2[0] + m1[3] * m2[2],
    m1[2] * m2[1] + m1[3] * m2[3],
    m1[4] * m2[0] + m1[5] * m2[2] + m2[4],
    m1[4] * m2[1] + m1[5] * m2[3] + m2[5]
  ];
}
function apply(m, x, y) {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}
function decodePackedPath(buffer) {
  const out = [];
  let cur = null;
  const start = (x, y) => {
    cur = { points: [[x, y]], closed: false, curved: false };
    out.push(cur);
  };
  for (let i = 0; i < buffer.length; ) {
    const op = buffer[i++];
    if (op === DRAW_OPS.moveTo) {
      start(buffer[i], buffer[i + 1]);
      i += 2;
    } else if (op === DRAW_OPS.lineTo) {
      if (!cur)
        start(buffer[i], buffer[i + 1]);
      else
        cur.points.push([buffer[i], buffer[i + 1]]);
      i += 2;
    } else if (op === DRAW_OPS.curveTo || op === DRAW_OPS.quadraticCurveTo) {
      const n = op === DRAW_OPS.curveTo ? 6 : 4;
      const x = buffer[i + n - 2];
      const y = buffer[i + n - 1];
      if (!cur)
        start(x, y);
      else {
        cur.curved = true;
        cur.points.push([x, y]);
      }
      i += n;
    } else if (op === DRAW_OPS.closePath) {
      if (cur)
        cur.closed = true;
      cur = null;
    } else {
      throw new Error(`unknown path op ${String(op)} at ${i - 1}`);
    }
  }
  return out;
}
function decodeOpsPath(ops, coords, OPS) {
  const buf = [];
  let j = 0;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    if (op === OPS.rectangle) {
      const [x, y, w, h] = [coords[j], coords[j + 1], coords[j + 2], coords[j + 3]];
      j += 4;
      buf.push(DRAW_OPS.moveTo, x, y, DRAW_OPS.lineTo, x + w, y, DRAW_OPS.lineTo, x + w, y + h, DRAW_OPS.lineTo, x, y + h, DRAW_OPS.closePath);
    } else if (op === OPS.moveTo || op === OPS.lineTo) {
      buf.push(op === OPS.moveTo ? DRAW_OPS.moveTo : DRAW_OPS.lineTo, coords[j], coords[j + 1]);
      j += 2;
    } else if (op === OPS.curveTo) {
      buf.push(DRAW_OPS.curveTo, ...Array.from({ length: 6 }, (_, k) => coords[j + k]));
      j += 6;
    } else if (op === OPS.curveTo2 || op === OPS.curveTo3) {
      buf.push(DRAW_OPS.quadraticCurveTo, ...Array.from({ length: 4 }, (_, k) => coords[j + k]));
      j += 4;
    } else if (op === OPS.closePath)
      buf.push(DRAW_OPS.closePath);
  }
  return decodePackedPath(buf);
}
function paintKind(op, OPS) {
  if (op === OPS.stroke || op === OPS.closeStroke)
    return "stroke";
  if (op === OPS.fill || op === OPS.eoFill)
    return "fill";
  if (op === OPS.fillStroke || op === OPS.eoFillStroke || op === OPS.closeFillStroke || op === OPS.closeEOFillStroke)
    return "both";
  return null;
}
function asRectangle(sp) {
  let pts = sp.points;
  if (pts.length === 5 && pts[0][0] === pts[4][0] && pts[0][1] === pts[4][1])
    pts = pts.slice(0, 4);
  if (pts.length !== 4 || sp.curved)
    return null;
  const xs = new Set(pts.map((p) => Math.round(p[0] * 100)));
  const ys = new Set(pts.map((p) => Math.round(p[1] * 100)));
  if (xs.size > 2 || ys.size > 2)
    return null;
  const x = pts.map((p) => p[0]);
  const y = pts.map((p) => p[1]);
  return [Math.min(...x), Math.min(...y), Math.max(...x), Math.max(...y)];
}
function subpathSegments(sp, kind, lineWidth, opts) {
  const out = [];
  if (kind === "fill" || kind === "both") {
    const r = asRectangle(sp);
    if (r) {
      const w = r[2] - r[0];
      const h = r[3] - r[1];
      if (Math.min(w, h) <= opts.maxRuleThickness) {
        if (w >= h)
          out.push({ x0: r[0], y0: (r[1] + r[3]) / 2, x1: r[2], y1: (r[1] + r[3]) / 2, width: h });
        else
          out.push({ x0: (r[0] + r[2]) / 2, y0: r[1], x1: (r[0] + r[2]) / 2, y1: r[3], width: w });
        return out;
      }
      if (kind === "fill")
        return out;
    } else if (kind === "fill") {
      return out;
    }
  }
  if (sp.curved)
    return out;
  const pts = sp.points;
  for (let i = 1; i < pts.length; i++)
    out.push({ x0: pts[i - 1][0], y0: pts[i - 1][1], x1: pts[i][0], y1: pts[i][1], width: lineWidth });
  if (sp.closed && pts.length > 2)
    out.push({ x0: pts[pts.length - 1][0], y0: pts[pts.length - 1][1], x1: pts[0][0], y1: pts[0][1], width: lineWidth });
  return out;
}
function operatorListSegments(fnArray, argsArray, OPS, base = IDENTITY, opts = { maxRuleThickness: 3 }) {
  const out = [];
  let state = { ctm: IDENTITY, lineWidth: 1 };
  const stack = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i];
    if (fn === OPS.save)
      stack.push({ ...state });
    else if (fn === OPS.restore)
      state = stack.pop() ?? state;
    else if (fn === OPS.transform)
      state = { ...state, ctm: multiply(args, state.ctm) };
    else if (fn === OPS.setLineWidth)
      state = { ...state, lineWidth: Number(args?.[0] ?? 1) };
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push({ ...state });
      const m = args?.[0];
      if (Array.isArray(m) || ArrayBuffer.isView(m))
        state = { ...state, ctm: multiply(Array.from(m), state.ctm) };
    } else if (fn === OPS.paintFormXObjectEnd)
      state = stack.pop() ?? state;
    else if (fn === OPS.constructPath && args) {
      const decoded = decodeConstructPath(args, OPS);
      if (!decoded || decoded.kind === null)
        continue;
      const m = multiply(state.ctm, base);
      const scale = Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2])) || 1;
      for (const sp of decoded.subpaths) {
        const dev = { ...sp, points: sp.points.map(([x, y]) => apply(m, x, y)) };
        out.push(...subpathSegments(dev, decoded.kind, state.lineWidth * scale, opts));
      }
    }
  }
  return out;
}
function decodeConstructPath(args, OPS) {
  const [first, second] = args;
  if (typeof first === "number") {
    const holder = second;
    const buffer = holder?.[0];
    return { kind: paintKind(first, OPS), subpaths: buffer ? decodePackedPath(buffer) : [] };
  }
  if (Array.isArray(first) && (Array.isArray(second) || ArrayBuffer.isView(second))) {
    return { kind: "both", subpaths: decodeOpsPath(first, second, OPS) };
  }
  return null;
}

export {
  multiply,
  apply,
  subpathSegments,
  operatorListSegments
};
