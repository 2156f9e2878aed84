/**
 * Which reader a file goes to, told from its bytes or its decoded text alone
 * (never the file name). Cheap checks with no parser loaded, so a text notice
 * never pays for loading the structured readers.
 */

/** A ZIP container (Word, spreadsheet, OpenDocument, OFD, or a plain archive). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

/** An OLE2 compound file (legacy .doc / .xls / .wps / .et / .ppt). */
export function isOle2(bytes: Uint8Array): boolean {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return sig.every((b, i) => bytes[i] === b);
}

/** Headers of a MIME entity (folded lines unfolded), names lower-cased. */
export function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const m = /^([!-9;-~]+)\s*:\s*(.*)$/.exec(line);
    if (m) headers.set(m[1]!.toLowerCase(), m[2]!.trim());
  }
  return headers;
}

/** The bytes start with the headers of a MIME message holding a page: multipart/related, or one text/html part. */
export function isMhtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 8192)).toString("latin1");
  const end = /\r?\n\r?\n/.exec(head);
  if (!end) return false;
  const headers = parseHeaders(head.slice(0, end.index));
  const type = headers.get("content-type") ?? "";
  return /^multipart\/related\b/i.test(type) || (headers.has("mime-version") && /^text\/html\b/i.test(type));
}

/**
 * A text is a web page when it starts with markup (a doctype, `<html>`,
 * `<head>`, `<body>`, `<meta>`, after an XML declaration or comments), or holds
 * a table as markup (`<table>` with rows or cells). Markdown with a `<br>` or
 * `<b>` in it is not.
 */
export function looksLikeHtml(text: string): boolean {
  const start = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, "")
    .replace(/^(\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*/, "");
  if (/^<(!doctype\s+html|html|head|body|meta)\b/i.test(start)) return true;
  return /<table\b/i.test(text) && /<t[rdh]\b/i.test(text);
}

/** A flat OpenDocument text (.fodt, as LibreOffice saves "Flat XML"): the whole document in one XML file. */
export function isFlatOdt(text: string): boolean {
  const head = text.slice(0, 4096);
  return /<office:document\b/.test(head) && /application\/vnd\.oasis\.opendocument\.text/.test(head);
}
