// Small Word / OpenDocument packages for reader tests, built from XML snippets with jszip.
import JSZip from "jszip";

export const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';

export interface DocxParts {
  /** the children of w:body */
  body: string;
  /** the children of w:styles */
  styles?: string;
  /** the children of w:numbering */
  numbering?: string;
  /** extra parts: path → content */
  parts?: Record<string, string>;
  /** relationships of word/document.xml: [id, type suffix, target] */
  rels?: Array<[string, string, string]>;
}

/** A .docx holding `body` (and styles, numbering, extra parts). */
export async function docx(p: DocxParts): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>');
  zip.file("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W_NS}><w:body>${p.body}</w:body></w:document>`);
  if (p.styles) zip.file("word/styles.xml", `<?xml version="1.0"?><w:styles ${W_NS}>${p.styles}</w:styles>`);
  if (p.numbering) zip.file("word/numbering.xml", `<?xml version="1.0"?><w:numbering ${W_NS}>${p.numbering}</w:numbering>`);
  if (p.rels) {
    zip.file(
      "word/_rels/document.xml.rels",
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${p.rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`).join("")}</Relationships>`,
    );
  }
  for (const [path, content] of Object.entries(p.parts ?? {})) zip.file(path, content);
  return zip.generateAsync({ type: "uint8array" });
}

/** A paragraph of plain runs. */
export const wp = (...runs: string[]): string => `<w:p>${runs.map((r) => `<w:r><w:t xml:space="preserve">${r}</w:t></w:r>`).join("")}</w:p>`;
/** A cell with paragraphs, and its properties. */
export const wtc = (paras: string | string[], tcPr = ""): string => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ""}${(Array.isArray(paras) ? paras : [paras]).map((p) => (p.startsWith("<") ? p : wp(p))).join("")}</w:tc>`;
export const wtr = (cells: string[], trPr = ""): string => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ""}${cells.join("")}</w:tr>`;
export const wtbl = (rows: string[]): string => `<w:tbl><w:tblPr/>${rows.join("")}</w:tbl>`;

export const ODF_NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"';

/** An .odt (ZIP with mimetype, content.xml, styles.xml) holding `text` as office:text's children. */
/** A minimal .ods: `sheets` is the inside of `office:spreadsheet` (its `table:table`s). */
export async function ods(sheets: string, automaticStyles = ""): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
  zip.file("content.xml", `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODF_NS} office:version="1.2"><office:automatic-styles>${automaticStyles}</office:automatic-styles><office:body><office:spreadsheet>${sheets}</office:spreadsheet></office:body></office:document-content>`);
  zip.file("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>');
  return zip.generateAsync({ type: "uint8array" });
}

export async function odt(text: string, automaticStyles = "", styles = ""): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("mimetype", "application/vnd.oasis.opendocument.text", { compression: "STORE" });
  zip.file("content.xml", `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODF_NS} office:version="1.2"><office:automatic-styles>${automaticStyles}</office:automatic-styles><office:body><office:text>${text}</office:text></office:body></office:document-content>`);
  zip.file("styles.xml", `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${ODF_NS} office:version="1.2"><office:styles>${styles}</office:styles></office:document-styles>`);
  zip.file("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>');
  return zip.generateAsync({ type: "uint8array" });
}
