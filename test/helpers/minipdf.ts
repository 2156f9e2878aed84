/**
 * A tiny PDF writer for tests: pages of a given size with filled rectangles and
 * ASCII text in Helvetica. Coordinates are given top-left based (like `source.bbox`)
 * and converted to PDF's bottom-left origin here.
 */
export interface MiniRect {
  /** [x0, top, x1, bottom] in points, origin top-left */
  box: [number, number, number, number];
  /** grey level 0 (black) – 1 (white) */
  gray?: number;
}

export interface MiniText {
  x: number;
  /** baseline, from the top of the page */
  y: number;
  text: string;
  size?: number;
}

export interface MiniPage {
  width: number;
  height: number;
  rects?: MiniRect[];
  texts?: MiniText[];
  /** content-stream operators added as they are (e.g. inline images) */
  raw?: string[];
}

function pageStream(p: MiniPage): string {
  const ops: string[] = [];
  for (const r of p.rects ?? []) {
    const [x0, top, x1, bottom] = r.box;
    ops.push(`${r.gray ?? 0} g ${x0} ${p.height - bottom} ${x1 - x0} ${bottom - top} re f`);
  }
  for (const t of p.texts ?? []) {
    const text = t.text.replace(/[\\()]/g, (c) => `\\${c}`);
    ops.push(`0 g BT /F1 ${t.size ?? 12} Tf ${t.x} ${p.height - t.y} Td (${text}) Tj ET`);
  }
  ops.push(...(p.raw ?? []));
  return ops.join("\n");
}

/** Build the PDF bytes. */
export function miniPdf(pages: MiniPage[]): Uint8Array {
  const objects: string[] = [];
  const fontId = 3;
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages.length} >>`;
  objects[fontId] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
  pages.forEach((p, i) => {
    const id = pageIds[i]!;
    const stream = pageStream(p);
    objects[id] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${p.width} ${p.height}] /Resources << /Font << /F1 ${fontId} 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`;
  });
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, "latin1");
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}
