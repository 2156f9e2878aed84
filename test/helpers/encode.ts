// Byte encodings the tests feed fenjie (Node's TextEncoder only writes UTF-8).

/** UTF-16 little-endian bytes of a text, with a byte order mark. */
export function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
}

/** UTF-8 bytes with a byte order mark. */
export function utf8WithBom(text: string): Uint8Array {
  return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
}
