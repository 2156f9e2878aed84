// Encode text as GBK (what "ANSI" web pages and Word's .mht use in mainland China), with no
// dependency: the table is built by decoding every two-byte GBK code with Node's own decoder.
// A character GBK lacks is written as an HTML character reference, as browsers do.

let table = null;

function buildTable() {
  const map = new Map();
  const decoder = new TextDecoder("gbk");
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== "\uFFFD" && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  return map;
}

/** GBK bytes of `text`; characters outside GBK become `&#N;`. */
export function encodeGbk(text) {
  table ??= buildTable();
  const out = [];
  for (const ch of text) {
    const code = ch.codePointAt(0);
    if (code < 0x80) out.push(code);
    else if (table.has(ch)) out.push(...table.get(ch));
    else for (const c of Buffer.from(`&#${code};`, "ascii")) out.push(c);
  }
  return Buffer.from(out);
}
