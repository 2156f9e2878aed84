/**
 * MHTML (.mhtml / .mht, "网页，单个文件" as browsers and Word save it): a MIME
 * message whose root part is the page, quoted-printable or base64 encoded,
 * followed by its images. The page part is taken out and read as a web page.
 */
import { parseHeaders } from "./sniff.js";

export interface MimePart {
  headers: Map<string, string>;
  /** the body as it stands in the message, one char per byte */
  raw: string;
}


function splitEntity(text: string): MimePart {
  const m = /\r?\n\r?\n/.exec(text);
  if (!m) return { headers: parseHeaders(text), raw: "" };
  return { headers: parseHeaders(text.slice(0, m.index)), raw: text.slice(m.index + m[0].length) };
}

/** A header parameter (`charset`, `boundary`), quoted or not. */
export function headerParam(value: string | undefined, name: string): string | null {
  if (!value) return null;
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, "i").exec(value);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** A part's body decoded from its transfer encoding. */
export function decodeBody(part: MimePart): Uint8Array {
  const encoding = (part.headers.get("content-transfer-encoding") ?? "").toLowerCase();
  if (encoding === "base64") return new Uint8Array(Buffer.from(part.raw.replace(/[^A-Za-z0-9+/=]/g, ""), "base64"));
  if (encoding === "quoted-printable") {
    const text = part.raw.replace(/=\r?\n/g, "").replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
    return new Uint8Array(Buffer.from(text, "latin1"));
  }
  return new Uint8Array(Buffer.from(part.raw, "latin1"));
}

/** The parts of a multipart message (the message itself when it is not multipart). */
export function mimeParts(bytes: Uint8Array): MimePart[] {
  const message = splitEntity(Buffer.from(bytes).toString("latin1"));
  const boundary = headerParam(message.headers.get("content-type"), "boundary");
  if (!boundary) return [message];
  const delimiter = `--${boundary}`;
  const parts: MimePart[] = [];
  const chunks = message.raw.split(delimiter);
  // chunks[0] is the preamble; a chunk starting with `--` is the epilogue after the closing delimiter
  for (const chunk of chunks.slice(1)) {
    if (chunk.startsWith("--")) break;
    parts.push(splitEntity(chunk.replace(/^[ \t]*\r?\n/, "").replace(/\r?\n$/, "")));
  }
  return parts;
}

/** The page of an MHTML file: its bytes and the charset its part declares, or null when it holds no page. */
export function mhtmlPage(bytes: Uint8Array): { bytes: Uint8Array; charset: string | null } | null {
  const parts = mimeParts(bytes);
  const page = parts.find((p) => /^text\/html\b/i.test(p.headers.get("content-type") ?? ""));
  if (!page) return null;
  return { bytes: decodeBody(page), charset: headerParam(page.headers.get("content-type"), "charset") };
}
