// Wrap a web page into MHTML ("网页，单个文件") the way browsers and Word save it: a MIME
// multipart/related message whose first part is the page, quoted-printable or base64.

/** Quoted-printable (RFC 2045): bytes ≥ 0x80, `=` and trailing spaces escaped, lines ≤ 76 with soft breaks. */
export function quotedPrintable(bytes) {
  const lines = [];
  let line = "";
  const push = (token) => {
    if (line.length + token.length > 75) {
      lines.push(line + "=");
      line = "";
    }
    line += token;
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a) {
      lines.push(line);
      line = "";
      continue;
    }
    if (b === 0x0d) continue;
    const next = bytes[i + 1];
    const escape = b >= 0x80 || b === 0x3d || b < 0x20 || ((b === 0x20 || b === 0x09) && (next === 0x0a || next === 0x0d || next === undefined));
    push(escape ? `=${b.toString(16).toUpperCase().padStart(2, "0")}` : String.fromCharCode(b));
  }
  lines.push(line);
  return lines.join("\r\n");
}

function base64Lines(bytes) {
  return Buffer.from(bytes).toString("base64").replace(/.{76}/g, "$&\r\n");
}

/**
 * An MHTML file: `page` (bytes of the HTML), its `charset` (written in the part header when
 * given), `encoding` "quoted-printable" | "base64", `location`, `subject`, and one small image part.
 */
export function toMhtml({ page, charset, encoding, location, subject }) {
  const boundary = "----=_NextPart_01DA0000.5B3C2D10";
  const body = encoding === "base64" ? base64Lines(page) : quotedPrintable(page);
  const pixel = "R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==";
  return Buffer.from(
    [
      "MIME-Version: 1.0",
      `Subject: =?utf-8?B?${Buffer.from(subject, "utf8").toString("base64")}?=`,
      `Snapshot-Content-Location: ${location}`,
      "Content-Type: multipart/related;",
      '\ttype="text/html";',
      `\tboundary="${boundary}"`,
      "",
      "This is a multi-part message in MIME format.",
      "",
      `--${boundary}`,
      `Content-Type: text/html${charset ? `; charset="${charset}"` : ""}`,
      `Content-Transfer-Encoding: ${encoding}`,
      `Content-Location: ${location}`,
      "",
      body,
      "",
      `--${boundary}`,
      "Content-Type: image/gif",
      "Content-Transfer-Encoding: base64",
      `Content-Location: ${location.replace(/[^/]*$/, "")}images/logo.gif`,
      "",
      pixel,
      "",
      `--${boundary}--`,
      "",
    ].join("\r\n"),
    "latin1",
  );
}
