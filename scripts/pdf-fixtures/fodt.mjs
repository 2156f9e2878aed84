// Write a Flat ODT (one XML file) holding paragraphs and tables with real merged cells,
// so LibreOffice can convert it to PDF the way a clerk's Writer document would be.
// Plain data in, XML string out; no LibreOffice here.

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
].join(" ");

export function esc(s) {
  return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Cell text: an array of lines (one paragraph each) or a string (one paragraph). */
function paragraphs(content, style = "P") {
  const lines = Array.isArray(content) ? content : [content ?? ""];
  return lines.map((l) => `<text:p text:style-name="${style}">${esc(l)}</text:p>`).join("");
}

/**
 * A document: { page: {width, height, landscape, margin}, font, fontSize, letterSpacing?, cellAlign?, header?, footerPageNumber?, blocks }
 * blocks: {type:"p", text, bold?, center?, numbered?} | {type:"table", columns:[cm...], ruled, headerRows:[row], rows:[row]}
 *         | {type:"image", base64, widthCm, heightCm} | {type:"pagebreak"}
 * row: {cells: [{text: string|string[], rowSpan?, colSpan?, bold?} | null(covered)]}
 * A paragraph with `numbered` is an item of one automatically numbered list (`1.`, `2.` …, the
 * number not in its text), which goes on across the paragraphs between its items.
 */
export function toFodt(doc) {
  const font = doc.font ?? "Noto Serif CJK SC";
  const size = doc.fontSize ?? "10.5pt";
  const pg = doc.page ?? {};
  const width = pg.width ?? "21cm";
  const height = pg.height ?? "29.7cm";
  const margin = pg.margin ?? "2cm";
  const tables = doc.blocks.filter((b) => b.type === "table");
  const colStyles = tables
    .map((t, ti) => t.columns.map((w, ci) => `<style:style style:name="T${ti}C${ci}" style:family="table-column"><style:table-column-properties style:column-width="${w}cm"/></style:style>`).join(""))
    .join("");
  const tableStyles = tables
    .map((t, ti) => `<style:style style:name="T${ti}" style:family="table"><style:table-properties style:width="${t.columns.reduce((a, b) => a + b, 0)}cm" table:align="center"/></style:style>`)
    .join("");
  const border = "0.5pt solid #000000";
  const header = doc.header ? `<style:header><text:p text:style-name="Center">${esc(doc.header)}</text:p></style:header>` : "";
  const footer = doc.footerPageNumber ? `<style:footer><text:p text:style-name="Center">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>` : "";
  const body = doc.blocks.map((b, bi) => block(b, tables.indexOf(b))).join("\n");
  const listStyle = doc.blocks.some((b) => b.numbered) ? `<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing"/></style:list-level-properties></text:list-level-style-number></text:list-style>` : "";
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="CJK" svg:font-family="'${font}'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" style:text-autospace="none"/><style:text-properties${doc.letterSpacing ? ` fo:letter-spacing="${doc.letterSpacing}"` : ""} style:font-name="CJK" fo:font-size="${size}" style:font-name-asian="CJK" style:font-size-asian="${size}" style:font-name-complex="CJK" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/></style:default-style>
<style:style style:name="P" style:family="paragraph">${doc.cellAlign ? `<style:paragraph-properties fo:text-align="${doc.cellAlign}"/>` : ""}</style:style>
<style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="Bold" style:family="paragraph"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="15pt" style:font-size-asian="15pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="${width}" fo:page-height="${height}" style:print-orientation="${pg.landscape ? "landscape" : "portrait"}" fo:margin-top="${margin}" fo:margin-bottom="${margin}" fo:margin-left="${margin}" fo:margin-right="${margin}"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
${tableStyles}${colStyles}${listStyle}
<style:style style:name="Ruled" style:family="table-cell"><style:table-cell-properties fo:border="${border}" fo:padding="0.08cm" style:vertical-align="middle"/></style:style>
<style:style style:name="Bare" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0.08cm" style:vertical-align="top"/></style:style>
<style:style style:name="Break" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:wrap="none" style:vertical-pos="top" style:horizontal-pos="center" style:horizontal-rel="paragraph"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">${header}${footer}</style:master-page></office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body></office:document>
`;
}

function block(b, ti) {
  if (b.type === "p" && b.numbered) return `<text:list text:style-name="L1" text:continue-numbering="true"><text:list-item><text:p text:style-name="P">${esc(b.text)}</text:p></text:list-item></text:list>`;
  if (b.type === "p") return `<text:p text:style-name="${b.title ? "Title" : b.bold ? "Bold" : b.center ? "Center" : "P"}">${esc(b.text)}</text:p>`;
  if (b.type === "pagebreak") return `<text:p text:style-name="Break"/>`;
  if (b.type === "image")
    return `<text:p text:style-name="Center"><draw:frame draw:style-name="fr1" text:anchor-type="as-char" svg:width="${b.widthCm}cm" svg:height="${b.heightCm}cm"><draw:image><office:binary-data>${b.base64}</office:binary-data></draw:image></draw:frame></text:p>`;
  if (b.type === "table") {
    const cellStyle = b.ruled === false ? "Bare" : "Ruled";
    const row = (r) =>
      `<table:table-row>${r.cells
        .map((c) => {
          if (c === null) return "<table:covered-table-cell/>";
          const span = (c.rowSpan > 1 ? ` table:number-rows-spanned="${c.rowSpan}"` : "") + (c.colSpan > 1 ? ` table:number-columns-spanned="${c.colSpan}"` : "");
          return `<table:table-cell table:style-name="${cellStyle}" office:value-type="string"${span}>${paragraphs(c.text, c.bold ? "Bold" : "P")}</table:table-cell>`;
        })
        .join("")}</table:table-row>`;
    const cols = b.columns.map((_, ci) => `<table:table-column table:style-name="T${ti}C${ci}"/>`).join("");
    const head = b.headerRows?.length ? `<table:table-header-rows>${b.headerRows.map(row).join("")}</table:table-header-rows>` : "";
    return `<table:table table:name="Table${ti + 1}" table:style-name="T${ti}">${cols}${head}${b.rows.map(row).join("")}</table:table>`;
  }
  throw new Error(`unknown block ${b.type}`);
}
