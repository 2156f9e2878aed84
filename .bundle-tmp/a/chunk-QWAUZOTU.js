import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  external_exports
} from "./chunk-WW7OP26R.js";

// dist/errors.js
var EXIT = {
  ok: 0,
  /** `--strict` and the output carries warnings or errors */
  warnings: 1,
  /** bad command line */
  usage: 2,
  /** the input could not be read or decoded (missing, empty, binary, damaged) */
  unreadable: 3,
  /** the input was read but holds no 责任分解表 */
  noTable: 4,
  /** `fenjie batch`: at least one input failed (no table, unreadable, failed); see summary.json */
  batchFailures: 5,
  /** a bug in fenjie */
  internal: 70
};
var EXIT_OF = {
  FILE_NOT_FOUND: EXIT.unreadable,
  FILE_IS_DIRECTORY: EXIT.unreadable,
  FILE_UNREADABLE: EXIT.unreadable,
  EMPTY_INPUT: EXIT.unreadable,
  INPUT_TOO_LARGE: EXIT.unreadable,
  BINARY_INPUT: EXIT.unreadable,
  UNDECODABLE_TEXT: EXIT.unreadable,
  PDF_DAMAGED: EXIT.unreadable,
  PDF_ENCRYPTED: EXIT.unreadable,
  PDF_NO_TEXT: EXIT.unreadable,
  PDF_UNSUPPORTED: EXIT.unreadable,
  NO_TABLE: EXIT.noTable,
  OUTPUT_IS_INPUT: EXIT.usage,
  OUTPUT_UNWRITABLE: EXIT.usage,
  USAGE: EXIT.usage
};
var FenjieError = class extends Error {
  code;
  exitCode;
  file;
  constructor(code, message, file) {
    super(message);
    this.name = "FenjieError";
    this.code = code;
    this.exitCode = EXIT_OF[code];
    this.file = file;
  }
};

// dist/read/limits.js
var DEFAULT_LIMITS = {
  maxTextBytes: 16 * 1024 * 1024,
  maxPdfBytes: 256 * 1024 * 1024,
  maxLineChars: 2e5
};
function limitsWithMaxSize(mb, base = DEFAULT_LIMITS) {
  if (mb === void 0)
    return base;
  const bytes = Math.round(mb * 1024 * 1024);
  return { ...base, maxTextBytes: bytes, maxPdfBytes: bytes };
}
function formatMB(bytes) {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB`;
}
function parseMaxSize(value) {
  if (value === void 0)
    return void 0;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new FenjieError("USAGE", `--max-size \u9700\u8981\u4E00\u4E2A\u6B63\u6570\uFF08MB\uFF09\uFF0C\u6536\u5230\uFF1A${value}\u3002`);
  return n;
}

// dist/text/lookalikes.js
var KANGXI_SIMPLIFIED_MAP = { "\u2F3E": "\u6237" };
var CJK_RADICAL_SUPPLEMENT_MAP = {
  "\u2E80": "\u51AB",
  "\u2E81": "\u5382",
  "\u2E83": "\u4E5A",
  "\u2E84": "\u4E59",
  "\u2E85": "\u4EBB",
  "\u2E86": "\u5182",
  "\u2E87": "\u51E0",
  "\u2E88": "\u5200",
  "\u2E89": "\u5202",
  "\u2E8A": "\u535C",
  "\u2E8B": "\u5369",
  "\u2E8C": "\u5C0F",
  "\u2E8D": "\u5C0F",
  "\u2E8E": "\u5140",
  "\u2E8F": "\u5C23",
  "\u2E90": "\u5C22",
  "\u2E91": "\u5C22",
  "\u2E92": "\u5DF3",
  "\u2E93": "\u5E7A",
  "\u2E94": "\u5F50",
  "\u2E95": "\u5F50",
  "\u2E96": "\u5FC4",
  "\u2E97": "\u5FC3",
  "\u2E98": "\u624C",
  "\u2E99": "\u6535",
  "\u2E9B": "\u65E1",
  "\u2E9C": "\u65E5",
  "\u2E9D": "\u6708",
  "\u2E9E": "\u6B7A",
  "\u2E9F": "\u6BCD",
  "\u2EA0": "\u6C11",
  "\u2EA1": "\u6C35",
  "\u2EA2": "\u6C3A",
  "\u2EA3": "\u706C",
  "\u2EA4": "\u722A",
  "\u2EA5": "\u722B",
  "\u2EA6": "\u4E2C",
  "\u2EA7": "\u725B",
  "\u2EA8": "\u72AD",
  "\u2EA9": "\u738B",
  "\u2EAA": "\u758B",
  "\u2EAB": "\u76EE",
  "\u2EAC": "\u793A",
  "\u2EAD": "\u793B",
  "\u2EAE": "\u7AF9",
  "\u2EAF": "\u7CF8",
  "\u2EB0": "\u7E9F",
  "\u2EB1": "\u7F51",
  "\u2EB2": "\u7F52",
  "\u2EB3": "\u7F51",
  "\u2EB4": "\u7F52",
  "\u2EB5": "\u7F51",
  "\u2EB6": "\u7F8A",
  "\u2EB7": "\u7F8A",
  "\u2EB8": "\u7F8A",
  "\u2EB9": "\u8001",
  "\u2EBA": "\u8080",
  "\u2EBB": "\u807F",
  "\u2EBC": "\u6708",
  "\u2EBD": "\u81FC",
  "\u2EBE": "\u8279",
  "\u2EBF": "\u8279",
  "\u2EC0": "\u8279",
  "\u2EC1": "\u864E",
  "\u2EC2": "\u8864",
  "\u2EC3": "\u897F",
  "\u2EC4": "\u897F",
  "\u2EC5": "\u89C1",
  "\u2EC6": "\u89D2",
  "\u2EC7": "\u89D2",
  "\u2EC8": "\u8BA0",
  "\u2EC9": "\u8D1D",
  "\u2ECA": "\u8DB3",
  "\u2ECB": "\u8F66",
  "\u2ECC": "\u8FB6",
  "\u2ECD": "\u8FB6",
  "\u2ECE": "\u8FB6",
  "\u2ECF": "\u961D",
  "\u2ED0": "\u9485",
  "\u2ED1": "\u9577",
  "\u2ED2": "\u9578",
  "\u2ED3": "\u957F",
  "\u2ED4": "\u95E8",
  "\u2ED5": "\u961D",
  "\u2ED6": "\u961D",
  "\u2ED7": "\u96E8",
  "\u2ED8": "\u9752",
  "\u2ED9": "\u97E6",
  "\u2EDA": "\u9875",
  "\u2EDB": "\u98CE",
  "\u2EDC": "\u98DE",
  "\u2EDD": "\u98DF",
  "\u2EDE": "\u98DF",
  "\u2EDF": "\u98DF",
  "\u2EE0": "\u9963",
  "\u2EE1": "\u9996",
  "\u2EE2": "\u9A6C",
  "\u2EE3": "\u9AA8",
  "\u2EE4": "\u9B3C",
  "\u2EE5": "\u9C7C",
  "\u2EE6": "\u9E1F",
  "\u2EE7": "\u5364",
  "\u2EE8": "\u9EA6",
  "\u2EE9": "\u9EC4",
  "\u2EEA": "\u9EFE",
  "\u2EEB": "\u9F50",
  "\u2EEC": "\u9F50",
  "\u2EED": "\u9F7F",
  "\u2EEE": "\u9F7F",
  "\u2EEF": "\u9F99",
  "\u2EF0": "\u9F99",
  "\u2EF1": "\u9F9F",
  "\u2EF2": "\u9F9F",
  "\u2EF3": "\u9F9F"
};

// dist/text/hygiene.js
var ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
var ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F]/g;
var NFKC_SAFE = /[\u2F00-\u2FDF\uF900-\uFAFF]|[\u{2F800}-\u{2FA1F}]/gu;
var RADICAL_SUPPLEMENT = /[\u2E80-\u2EFF]/g;
var HTML_TAG = /<\/?[a-zA-Z][^<>]*>/g;
var HTML_ENTITIES = { "&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
var ANY_LOOKALIKE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u00A0\u1680\u2000-\u200A\u202F\u205F\u2F00-\u2FDF\uF900-\uFAFF\u2E80-\u2EFF]|[\u{2F800}-\u{2FA1F}]/u;
function foldLookalikes(text) {
  if (!ANY_LOOKALIKE.test(text))
    return text;
  return text.replace(ZERO_WIDTH, "").replace(ODD_SPACES, " ").replace(NFKC_SAFE, (c) => KANGXI_SIMPLIFIED_MAP[c] ?? c.normalize("NFKC")).replace(RADICAL_SUPPLEMENT, (c) => CJK_RADICAL_SUPPLEMENT_MAP[c] ?? c);
}
function stripMarkup(text) {
  if (!text.includes("<") && !text.includes("&"))
    return text;
  return text.replace(HTML_TAG, "").replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (m) => HTML_ENTITIES[m] ?? m);
}
var CJK = "\\p{Script=Han}\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65\\u2018-\\u201F\\u2026\\u2014";
var SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u3000]+(?=[${CJK}])`, "gu");
function cleanText(text) {
  return stripMarkup(foldLookalikes(text)).replace(/\s+/g, " ").replace(SPACE_BETWEEN_CJK, "").trim();
}
var TIGHT_SPACING = { beforeAscii: false, afterAscii: false };
var HAN = "\\p{Script=Han}";
var ASCII_WORD = "[0-9A-Za-z%]";
var HAN_SPACE_ASCII = new RegExp(`${HAN}[ \\u3000]+(?=[0-9A-Za-z])`, "gu");
var HAN_ASCII = new RegExp(`${HAN}(?=[0-9A-Za-z])`, "gu");
var ASCII_SPACE_HAN = new RegExp(`${ASCII_WORD}[ \\u3000]+(?=${HAN})`, "gu");
var ASCII_HAN = new RegExp(`${ASCII_WORD}(?=${HAN})`, "gu");
function learnSpacing(lines) {
  let spacedBefore = 0;
  let tightBefore = 0;
  let spacedAfter = 0;
  let tightAfter = 0;
  for (const line of lines) {
    spacedBefore += line.match(HAN_SPACE_ASCII)?.length ?? 0;
    tightBefore += line.match(HAN_ASCII)?.length ?? 0;
    spacedAfter += line.match(ASCII_SPACE_HAN)?.length ?? 0;
    tightAfter += line.match(ASCII_HAN)?.length ?? 0;
  }
  return { beforeAscii: spacedBefore > tightBefore, afterAscii: spacedAfter > tightAfter };
}
var IS_HAN = /\p{Script=Han}$/u;
var STARTS_HAN = /^\p{Script=Han}/u;
function joinLines(lines, spacing = TIGHT_SPACING) {
  let out = "";
  for (const line of lines.map((l) => l.trim()).filter(Boolean)) {
    if (!out) {
      out = line;
      continue;
    }
    const asciiEnd = /[0-9A-Za-z%]$/.test(out);
    const asciiStart = /^[0-9A-Za-z]/.test(line);
    const space = asciiEnd && asciiStart || spacing.beforeAscii && IS_HAN.test(out) && asciiStart || spacing.afterAscii && asciiEnd && STARTS_HAN.test(line);
    out += space ? " " + line : line;
  }
  return cleanText(out);
}
function cleanName(name) {
  return stripMarkup(foldLookalikes(name)).normalize("NFKC").replace(/\s+/g, "").replace(/\(/g, "\uFF08").replace(/\)/g, "\uFF09");
}

// dist/model/settings.js
var PdfSettingsSchema = external_exports.object({
  mergeGap: external_exports.number().default(0.3).describe("glyph items on one baseline closer than this \xD7 font size are one run"),
  spaceGap: external_exports.number().default(0.15).describe("a gap wider than this \xD7 font size between two pieces of one line is written as a space"),
  baselineTolerance: external_exports.number().default(0.35).describe("items whose baselines differ by less than this \xD7 font size are on one line"),
  fontSizeTolerance: external_exports.number().default(0.15).describe("relative font size difference still merged into one run"),
  maxRuleThickness: external_exports.number().default(3).describe("a filled rectangle thinner than this is a rule, not a shaded area"),
  snapTolerance: external_exports.number().default(3).describe("parallel rules closer than this are snapped to one position"),
  joinTolerance: external_exports.number().default(3).describe("collinear rules with a gap smaller than this are joined"),
  intersectionTolerance: external_exports.number().default(3).describe("a horizontal and a vertical rule this close are taken to cross"),
  minRuleLength: external_exports.number().default(4).describe("shorter segments are ignored (glyph strokes, ticks)"),
  minTableRules: external_exports.number().default(4).describe("a page needs at least this many h and v rules for a lattice table"),
  wrapTolerance: external_exports.number().default(1.2).describe("a cell line ending closer than this \xD7 font size to the cell's right edge was wrapped by width"),
  maxCellPadding: external_exports.number().default(0.8).describe("a cell's inner margin is at most this \xD7 font size; more means centred text"),
  lineEndedRoom: external_exports.number().default(2.5).describe("a cell line ending farther than this \xD7 font size from the cell's right edge ended its name there"),
  marginBand: external_exports.number().default(0.08).describe("top/bottom fraction of the page where running heads and page numbers live"),
  pageNumberBand: external_exports.number().default(0.15).describe("top/bottom fraction of the page where a line that is only a page number is dropped"),
  furnitureLines: external_exports.number().default(2).describe("how many lines at the top and at the bottom of a page can be running heads or page numbers"),
  blockGap: external_exports.number().default(0.6).describe("stream: lines of one column closer than this \xD7 font size are one cell"),
  minColumnGap: external_exports.number().default(2).describe("stream: narrowest empty vertical strip (points) that separates two columns"),
  badGlyphShare: external_exports.number().default(0.3).describe("a page whose text is more than this share of private-use/control characters has fonts without a Unicode map")
});
var PDF_SETTINGS = PdfSettingsSchema.parse({});

// dist/read/index.js
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";

// dist/read/decode.js
function utf16Guess(bytes) {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4)
    return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0)
      evenNul++;
    if (bytes[i + 1] === 0)
      oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.3 && evenNul / pairs < 0.05)
    return "utf-16le";
  if (evenNul / pairs > 0.3 && oddNul / pairs < 0.05)
    return "utf-16be";
  return null;
}
var CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;
function looksBinary(text) {
  const sample = text.slice(0, 2e4);
  if (!sample)
    return false;
  const bad = (sample.match(CONTROL)?.length ?? 0) + (sample.match(/\uFFFD/g)?.length ?? 0);
  return bad / sample.length > 0.02;
}
function decodeText(bytes, file) {
  if (bytes.length === 0) {
    throw new FenjieError("EMPTY_INPUT", `\u6587\u4EF6\u4E3A\u7A7A\uFF1A${file}\u3002\u8BF7\u786E\u8BA4\u9009\u62E9\u4E86\u6B63\u786E\u7684\u901A\u77E5\u6587\u4EF6\u3002`, file);
  }
  let encoding;
  let bom = false;
  let body = bytes;
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) {
    encoding = "utf-8";
    bom = true;
    body = bytes.subarray(3);
  } else if (bytes[0] === 255 && bytes[1] === 254) {
    encoding = "utf-16le";
    bom = true;
    body = bytes.subarray(2);
  } else if (bytes[0] === 254 && bytes[1] === 255) {
    encoding = "utf-16be";
    bom = true;
    body = bytes.subarray(2);
  } else {
    encoding = utf16Guess(bytes) ?? (isValidUtf8(bytes) ? "utf-8" : "gb18030");
    if (encoding === "gb18030") {
      const mixed = decodeMixed(bytes);
      if (mixed)
        return finish(mixed, file);
      encoding = legacyChineseEncoding(bytes);
    }
  }
  let text;
  try {
    text = new TextDecoder(encoding, { fatal: encoding !== "gb18030" && encoding !== "big5" }).decode(body);
  } catch {
    throw new FenjieError("UNDECODABLE_TEXT", `\u65E0\u6CD5\u8BC6\u522B\u6587\u4EF6\u7F16\u7801\uFF1A${file}\uFF08\u6309 ${encoding} \u89E3\u7801\u5931\u8D25\uFF09\u3002\u8BF7\u53E6\u5B58\u4E3A UTF-8 \u6216 GB18030 \u6587\u672C\u540E\u91CD\u8BD5\u3002`, file);
  }
  return finish({ text, encoding, bom }, file);
}
function finish(decoded, file) {
  const { text } = decoded;
  if (text.trim() === "") {
    throw new FenjieError("EMPTY_INPUT", `\u6587\u4EF6\u53EA\u6709\u7A7A\u767D\uFF0C\u6CA1\u6709\u5185\u5BB9\uFF1A${file}\u3002\u8BF7\u786E\u8BA4\u9009\u62E9\u4E86\u6B63\u786E\u7684\u901A\u77E5\u6587\u4EF6\u3002`, file);
  }
  if (looksBinary(text)) {
    throw new FenjieError("BINARY_INPUT", `\u6587\u4EF6\u4E0D\u662F\u6587\u672C\u6216 PDF\uFF1A${file}\uFF08\u5185\u5BB9\u542B\u5927\u91CF\u63A7\u5236\u5B57\u7B26\u6216\u65E0\u6CD5\u89E3\u7801\u7684\u5B57\u8282\uFF09\u3002\u8BF7\u63D0\u4F9B\u901A\u77E5\u7684 PDF \u6216\u6587\u672C\u6587\u4EF6\u3002`, file);
  }
  return decoded;
}
function decodeMixed(bytes) {
  const lines = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 10) {
      lines.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.length)
    lines.push(bytes.subarray(start));
  const nonAscii = lines.filter((l) => l.some((b) => b >= 128));
  const utf8 = nonAscii.filter(isValidUtf8);
  if (nonAscii.length < 2 || utf8.length / nonAscii.length < 0.5)
    return null;
  const gbLines = [];
  const text = lines.map((l, i) => {
    if (isValidUtf8(l))
      return new TextDecoder("utf-8").decode(l);
    gbLines.push(i + 1);
    return new TextDecoder("gb18030").decode(l);
  }).join("");
  return { text, encoding: "utf-8+gb18030", bom: false, gbLines };
}
var FREQUENT_CHARS = new Set("\u7684\u4E00\u662F\u5728\u4E0D\u4E86\u6709\u548C\u4EBA\u4E2D\u5927\u4E0A\u4EE5\u8981\u65F6\u751F\u5230\u4F5C\u5730\u51FA\u5C31\u5206\u6210\u53EF\u4E3B\u5E74\u540C\u5DE5\u4E5F\u80FD\u4E0B\u5B50\u9762\u800C\u65B9\u5B9A\u884C\u6CD5\u6240\u6C11\u5F97\u5341\u4E09\u4E4B\u7B49\u90E8\u5EA6\u5BB6\u529B\u5982\u6C34\u5316\u9AD8\u81EA\u4E8C\u7406\u8D77\u5C0F\u7269\u52A0\u91CF\u672C\u53BB\u6027\u597D\u5F00\u5408\u56E0\u7531\u5176\u7136\u524D\u5916\u5929\u653F\u56DB\u65E5\u793E\u4E8B\u5E73\u5F62\u76F8\u5168\u8868\u6B63\u5FC3\u53CD\u660E\u770B\u539F\u53C8\u5229\u6BD4\u6216\u4F46\u7B2C\u5411\u9053\u6B64\u6761\u53EA\u7ED3\u89E3\u95EE\u610F\u5EFA\u6708\u516C\u65E0\u7CFB\u8005\u6700\u7ACB\u4EE3\u5DF2\u901A\u63D0\u76F4\u7A0B\u5C55\u4E94\u679C\u8C61\u4F4D\u5165\u5E38\u6587\u6B21\u54C1\u5F0F\u6D3B\u8BBE\u53CA\u7BA1\u7279\u4EF6\u6C42\u8001\u57FA\u6D41\u8DEF\u7EA7\u5C11\u5C71\u63A5\u77E5\u8F83\u89C1\u522B\u624B\u89D2\u671F\u6839\u6307\u4E5D\u5F3A\u653E\u51B3\u897F\u88AB\u505A\u5FC5\u5148\u56DE\u5219\u4EFB\u53D6\u5E9C\u7814\u9019\u70BA\u500B\u570B\u5011\u6642\u4F86\u7528\u65BC\u5C0D\u6703\u767C\u52D5\u904E\u8AAA\u7522\u7A2E\u5F8C\u5B78\u7D93\u9032\u8457\u96FB\u88E1\u73FE\u5BE6\u5169\u9AD4\u6A5F\u7576\u9EDE\u5F9E\u696D\u61C9\u958B\u9084\u7FA9\u9593\u6A23\u8207\u95DC\u6578\u7DDA\u8B8A\u689D\u6C92\u7D50\u554F\u984C\u9EE8\u54E1\u7E3D\u8A2D\u9577\u982D\u8CC7\u908A\u7D1A\u5716\u7D71\u8F03\u5C07\u7D44\u898B\u8A08\u8AD6\u904B\u8FB2\u5E7E\u5340\u6C7A\u5E79\u6230\u5247\u64DA\u8655\u55AE\u4F4D\u8CAC\u982D\u7E23\u93AE\u8FA6\u52D9".split(""));
function frequentShare(text) {
  let hits = 0;
  let han = 0;
  for (const ch of text) {
    if (!/\p{Script=Han}/u.test(ch))
      continue;
    han++;
    if (FREQUENT_CHARS.has(ch))
      hits++;
  }
  return han ? hits / han : 0;
}
function legacyChineseEncoding(bytes) {
  const sample = bytes.subarray(0, 65536);
  const gb = frequentShare(new TextDecoder("gb18030").decode(sample));
  let big5 = 0;
  try {
    big5 = frequentShare(new TextDecoder("big5").decode(sample));
  } catch {
    return "gb18030";
  }
  return big5 > gb * 1.5 ? "big5" : "gb18030";
}
function isValidUtf8(bytes) {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
function splitLines(text) {
  return text.split(/\r\n|\r|\n/);
}

// dist/read/magic.js
var IMAGE = "\u56FE\u7247\u4E0D\u542B\u6587\u5B57\uFF0C\u8BF7\u63D0\u4F9B\u901A\u77E5\u7684 PDF \u6216\u6587\u672C\u6587\u4EF6\uFF0C\u6216\u5148\u8FDB\u884C OCR \u6587\u5B57\u8BC6\u522B";
var OFFICE = "\u8BF7\u5728 Office / WPS \u4E2D\u53E6\u5B58\u4E3A PDF \u6216\u6587\u672C\u6587\u4EF6\u540E\u518D\u5904\u7406";
var ARCHIVE = "\u8BF7\u5148\u89E3\u538B\uFF0C\u518D\u5904\u7406\u5176\u4E2D\u7684\u901A\u77E5\u6587\u4EF6\uFF08\u6279\u91CF\u5904\u7406\u53EF\u7528 fenjie batch\uFF09";
var MAGIC_KINDS = [
  { name: "PNG \u56FE\u7247", advice: IMAGE, bytes: [137, 80, 78, 71, 13, 10, 26, 10] },
  { name: "JPEG \u56FE\u7247", advice: IMAGE, bytes: [255, 216, 255] },
  { name: "GIF \u56FE\u7247", advice: IMAGE, bytes: [71, 73, 70, 56] },
  { name: "TIFF \u56FE\u7247", advice: IMAGE, bytes: [73, 73, 42, 0] },
  { name: "TIFF \u56FE\u7247", advice: IMAGE, bytes: [77, 77, 0, 42] },
  { name: "BMP \u56FE\u7247", advice: IMAGE, bytes: [66, 77] },
  { name: "WebP \u56FE\u7247", advice: IMAGE, bytes: [87, 69, 66, 80], offset: 8 },
  { name: "ZIP \u538B\u7F29\u5305\u3001Office \u6587\u6863\uFF08docx / xlsx\uFF09\u6216 OFD \u7535\u5B50\u516C\u6587", advice: OFFICE, bytes: [80, 75, 3, 4] },
  { name: "\u65E7\u7248 Office \u6587\u6863\uFF08doc / xls / wps\uFF09", advice: OFFICE, bytes: [208, 207, 17, 224, 161, 177, 26, 225] },
  { name: "RAR \u538B\u7F29\u5305", advice: ARCHIVE, bytes: [82, 97, 114, 33, 26, 7] },
  { name: "7z \u538B\u7F29\u5305", advice: ARCHIVE, bytes: [55, 122, 188, 175, 39, 28] },
  { name: "gzip \u538B\u7F29\u6587\u4EF6", advice: ARCHIVE, bytes: [31, 139] }
];
function sniffKind(bytes, strong = false) {
  for (const kind of MAGIC_KINDS) {
    if (strong && kind.bytes.length < 4)
      continue;
    const at = kind.offset ?? 0;
    if (bytes.length < at + kind.bytes.length)
      continue;
    if (kind.bytes.every((b, i) => bytes[at + i] === b))
      return kind;
  }
  return null;
}

// dist/read/index.js
function readErrorMessage(path, code) {
  if (code === "EACCES" || code === "EPERM")
    return `\u6CA1\u6709\u6743\u9650\u8BFB\u53D6\u6587\u4EF6\uFF1A${path}\uFF08${code}\uFF09\u3002\u8BF7\u68C0\u67E5\u6587\u4EF6\u6743\u9650\uFF0C\u6216\u628A\u6587\u4EF6\u590D\u5236\u5230\u81EA\u5DF1\u7684\u6587\u4EF6\u5939\u540E\u518D\u5904\u7406\u3002`;
  return `\u65E0\u6CD5\u8BFB\u53D6\u6587\u4EF6\uFF1A${path}\uFF08${code ?? "\u672A\u77E5\u9519\u8BEF"}\uFF09\u3002\u8BF7\u68C0\u67E5\u6587\u4EF6\u662F\u5426\u88AB\u5360\u7528\u6216\u5DF2\u635F\u574F\u3002`;
}
function tooLarge(file, bytes, limit, what) {
  return new FenjieError("INPUT_TOO_LARGE", `\u6587\u4EF6\u8FC7\u5927\uFF1A${file}\uFF08${formatMB(bytes)}\uFF0C${what}\u4E0A\u9650 ${formatMB(limit)}\uFF09\u3002\u8FD9\u4E0D\u50CF\u4E00\u4EFD\u901A\u77E5\uFF1B\u5982\u786E\u9700\u5904\u7406\uFF0C\u8BF7\u7528 --max-size \u653E\u5BBD\u4E0A\u9650\uFF08\u5355\u4F4D MB\uFF09\u3002`, file);
}
async function loadFile(path, limits = {}) {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT")
      throw new FenjieError("FILE_NOT_FOUND", `\u627E\u4E0D\u5230\u6587\u4EF6\uFF1A${path}\u3002\u8BF7\u68C0\u67E5\u8DEF\u5F84\u662F\u5426\u6B63\u786E\u3002`, path);
    throw new FenjieError("FILE_UNREADABLE", readErrorMessage(path, code), path);
  }
  if (info.isDirectory()) {
    throw new FenjieError("FILE_IS_DIRECTORY", `\u8FD9\u662F\u4E00\u4E2A\u6587\u4EF6\u5939\u800C\u4E0D\u662F\u6587\u4EF6\uFF1A${path}\u3002\u6279\u91CF\u5904\u7406\u8BF7\u7528 fenjie batch\u3002`, path);
  }
  if (info.isFIFO())
    return readCapped(path, Math.max(lim.maxTextBytes, lim.maxPdfBytes));
  if (!info.isFile()) {
    throw new FenjieError("FILE_UNREADABLE", `\u8FD9\u4E0D\u662F\u666E\u901A\u6587\u4EF6\uFF08\u8BBE\u5907\u6216\u5957\u63A5\u5B57\uFF09\uFF1A${path}\u3002\u8BF7\u63D0\u4F9B\u901A\u77E5\u7684 PDF \u6216\u6587\u672C\u6587\u4EF6\u3002`, path);
  }
  try {
    if (info.size > Math.min(lim.maxTextBytes, lim.maxPdfBytes)) {
      const handle = await open(path, "r");
      let head;
      try {
        const buf = new Uint8Array(1024);
        const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
        head = buf.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
      checkSize(head, info.size, path, lim);
    }
    return new Uint8Array(await readFile(path));
  } catch (err) {
    if (err instanceof FenjieError)
      throw err;
    const code = err.code;
    throw new FenjieError("FILE_UNREADABLE", readErrorMessage(path, code), path);
  }
}
function isPdf(bytes) {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  return head.includes("%PDF-");
}
function sha256(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
async function readCapped(path, maxBytes) {
  const chunks = [];
  let size = 0;
  try {
    for await (const chunk of createReadStream(path)) {
      size += chunk.length;
      if (size > maxBytes)
        throw tooLarge(path, size, maxBytes, "");
      chunks.push(chunk);
    }
  } catch (err) {
    if (err instanceof FenjieError)
      throw err;
    throw new FenjieError("FILE_UNREADABLE", readErrorMessage(path, err.code), path);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
function checkSize(head, size, file, limits) {
  const pdf = isPdf(head);
  const limit = pdf ? limits.maxPdfBytes : limits.maxTextBytes;
  if (size > limit)
    throw tooLarge(file, size, limit, pdf ? "PDF " : "\u6587\u672C");
}
function notADocument(file, kind) {
  return new FenjieError("BINARY_INPUT", `\u6587\u4EF6\u4E0D\u662F\u6587\u672C\u6216 PDF\uFF0C\u800C\u662F ${kind.name}\uFF1A${file}\u3002${kind.advice}\u3002`, file);
}
async function readDocument(bytes, file, options = {}) {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  checkSize(bytes.subarray(0, 1024), bytes.length, file, limits);
  if (isPdf(bytes)) {
    const { readPdf } = await import("./pdf-LJRO5547.js");
    return readPdf(bytes, file, options);
  }
  const strong = sniffKind(bytes, true);
  if (strong)
    throw notADocument(file, strong);
  let decoded;
  try {
    decoded = decodeText(bytes, file);
  } catch (err) {
    const kind = err instanceof FenjieError && err.code === "BINARY_INPUT" ? sniffKind(bytes) : null;
    throw kind ? notADocument(file, kind) : err;
  }
  const texts = splitLines(decoded.text);
  const long = texts.findIndex((t) => t.length > limits.maxLineChars);
  if (long >= 0) {
    throw new FenjieError("INPUT_TOO_LARGE", `\u7B2C ${long + 1} \u884C\u8FC7\u957F\uFF1A${file}\uFF08${texts[long].length.toLocaleString("en-US")} \u4E2A\u5B57\u7B26\uFF0C\u4E0A\u9650 ${limits.maxLineChars.toLocaleString("en-US")}\uFF09\u3002\u901A\u77E5\u7684\u4E00\u884C\u4E0D\u4F1A\u8FD9\u4E48\u957F\uFF0C\u6587\u4EF6\u53EF\u80FD\u7F3A\u5C11\u6362\u884C\u6216\u4E0D\u662F\u901A\u77E5\uFF1B\u8BF7\u68C0\u67E5\u6587\u4EF6\uFF0C\u6216\u53E6\u5B58\u4E3A\u5E26\u6362\u884C\u7684\u6587\u672C\u3002`, file);
  }
  const lines = texts.map((text, i) => ({ text, line: i + 1 }));
  const diagnostics = [];
  if (decoded.gbLines?.length) {
    const shown = decoded.gbLines.slice(0, 10).join("\u3001") + (decoded.gbLines.length > 10 ? " \u7B49" : "");
    diagnostics.push({
      level: "warning",
      code: "MIXED_ENCODING",
      message: `\u6587\u4EF6\u6DF7\u7528\u4E86\u4E24\u79CD\u7F16\u7801\uFF1A\u5927\u90E8\u5206\u662F UTF-8\uFF0C\u7B2C ${shown} \u884C\u662F GB18030/GBK\uFF0C\u5DF2\u9010\u884C\u5206\u522B\u89E3\u7801\u3002\u8BF7\u6838\u5BF9\u8FD9\u4E9B\u884C\u7684\u6587\u5B57\uFF0C\u6700\u597D\u628A\u6587\u4EF6\u7EDF\u4E00\u53E6\u5B58\u4E3A UTF-8\u3002`,
      line: decoded.gbLines[0]
    });
  }
  return {
    source: { file, format: "txt", sha256: sha256(bytes), encoding: decoded.encoding },
    lines,
    diagnostics
  };
}

export {
  EXIT,
  FenjieError,
  DEFAULT_LIMITS,
  limitsWithMaxSize,
  formatMB,
  parseMaxSize,
  foldLookalikes,
  stripMarkup,
  cleanText,
  learnSpacing,
  joinLines,
  cleanName,
  PDF_SETTINGS,
  loadFile,
  sha256,
  readDocument
};
