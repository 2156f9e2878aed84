// A hand-written PDF the way older Chinese office software writes one: a Type0 font
// that is NOT embedded (STSong-Light) with the predefined CMap UniGB-UCS2-H, so the
// reader needs pdfjs' bundled CMaps to get any text; one glyph per text operator;
// table rules as thin filled rectangles (`re f`), as Word draws cell borders.
// The xref table is left for qpdf to rebuild.

const hex = (s) => [...s].map((c) => c.codePointAt(0).toString(16).padStart(4, "0")).join("");

/** rows: arrays of cell texts (a cell's lines joined with "\n"); columns: widths in points. */
export function rawCjkPdf({ title, columns, rows, fontSize = 10.5, left = 60, top = 760, rowHeight = 34 }) {
  const ops = [];
  const x0 = left;
  const xs = [x0];
  for (const w of columns) xs.push(xs[xs.length - 1] + w);
  const ys = rows.map((_, i) => top - i * rowHeight);
  ys.push(top - rows.length * rowHeight);
  // rules: filled rectangles 0.5 pt thick
  ops.push("0 g");
  for (const y of ys) ops.push(`${x0} ${y - 0.25} ${xs[xs.length - 1] - x0} 0.5 re f`);
  for (const x of xs) ops.push(`${x - 0.25} ${ys[ys.length - 1]} 0.5 ${top - ys[ys.length - 1]} re f`);
  // text, one glyph per Tj, drawn bottom row first (content order is not reading order)
  const glyph = (ch, x, y) => `BT /F1 ${fontSize} Tf 1 0 0 1 ${x.toFixed(2)} ${y.toFixed(2)} Tm <${hex(ch)}> Tj ET`;
  const text = [];
  text.push(...[...title].map((ch, i) => glyph(ch, x0 + i * fontSize, top + 30)));
  rows.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      cell.split("\n").forEach((line, k) => {
        [...line].forEach((ch, i) => {
          const w = /[\x00-\x7f]/.test(ch) ? fontSize / 2 : fontSize;
          const before = [...line].slice(0, i).reduce((a, d) => a + (/[\x00-\x7f]/.test(d) ? fontSize / 2 : fontSize), 0);
          text.push(glyph(ch, xs[c] + 4 + before, ys[r] - 4 - fontSize * (k + 1) - k * 3));
          void w;
        });
      });
    });
  });
  text.reverse();
  const content = [...ops, ...text].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 /W [1 95 500] >>",
    "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
  ];
  let out = "%PDF-1.4\n";
  objects.forEach((o, i) => (out += `${i + 1} 0 obj\n${o}\nendobj\n`));
  out += `trailer\n<< /Root 1 0 R /Size ${objects.length + 1} >>\n%%EOF\n`;
  return out;
}
