/**
 * Is the cross-reference table where the file says it is, and does it point
 * at the objects? Both engines rebuild a broken table by scanning the file
 * for objects, silently; a rebuilt document can miss or mix up objects (an
 * older revision of a page, a lost content stream), so fenjie checks the
 * table itself and says so (PDF_XREF_REPAIRED) instead of trusting the repair
 * quietly. Pure function over the bytes, independent of the engine.
 */

/** How many revisions (`/Prev` links) are followed at most. */
const MAX_REVISIONS = 64;
/** The end of the file searched for `startxref` (the specification says the last 1024 bytes). */
const TAIL_BYTES = 1024;

const latin1 = (bytes: Uint8Array, start: number, end: number): string => Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, Math.min(end, bytes.length) - start)).toString("latin1");

/** null when the table is sound; else what is wrong with it (Chinese, for the diagnostic). */
export function checkXref(bytes: Uint8Array): string | null {
  const tail = latin1(bytes, Math.max(0, bytes.length - TAIL_BYTES), bytes.length);
  const at = tail.lastIndexOf("startxref");
  if (at < 0) return "文件末尾没有 startxref，文件可能不完整";
  const m = /^startxref\s+(\d+)/.exec(tail.slice(at));
  if (!m) return "startxref 后没有位置";
  let offset = Number(m[1]);
  const seen = new Set<number>();
  for (let revision = 0; revision < MAX_REVISIONS; revision++) {
    if (seen.has(offset)) return "交叉引用表的 /Prev 形成了循环";
    seen.add(offset);
    if (offset >= bytes.length) return `startxref 指向文件之外（${offset}）`;
    const head = latin1(bytes, offset, offset + 64);
    if (/^\s*\d+\s+\d+\s+obj\b/.test(head)) return null; // a cross-reference stream: its entries are compressed, not checked here
    if (!/^\s*xref\b/.test(head)) return `startxref 指向的位置（${offset}）不是交叉引用表`;
    const table = readTable(bytes, offset);
    if (typeof table === "string") return table;
    const wrong = table.entries.filter(([num, pos]) => !objectAt(bytes, pos, num));
    if (wrong.length) return `${wrong.length} 个对象的位置与表中不符（如第 ${wrong[0]![0]} 号对象）`;
    if (table.prev === null) return null;
    offset = table.prev;
  }
  return null;
}

/** The in-use entries ([object number, offset]) of a classic table at `offset`, and its trailer's /Prev. */
function readTable(bytes: Uint8Array, offset: number): { entries: Array<[number, number]>; prev: number | null } | string {
  const trailerAt = indexOf(bytes, "trailer", offset);
  if (trailerAt < 0) return "交叉引用表后没有 trailer";
  const text = latin1(bytes, offset, trailerAt);
  const entries: Array<[number, number]> = [];
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
  let num = 0;
  for (const line of lines.slice(1)) {
    const section = /^(\d+)\s+(\d+)$/.exec(line);
    if (section) {
      num = Number(section[1]);
      continue;
    }
    const entry = /^(\d{10})\s+(\d{5})\s+([nf])$/.exec(line);
    if (!entry) return `交叉引用表有无法识别的行（${line.slice(0, 30)}）`;
    if (entry[3] === "n" && num > 0) entries.push([num, Number(entry[1])]);
    num++;
  }
  const trailer = latin1(bytes, trailerAt, trailerAt + 4096);
  const prev = /\/Prev\s+(\d+)/.exec(trailer.slice(0, trailer.indexOf(">>") + 2 || undefined));
  return { entries, prev: prev ? Number(prev[1]) : null };
}

/** Does object `num` start at `pos` (`num gen obj`, whitespace allowed before it)? */
function objectAt(bytes: Uint8Array, pos: number, num: number): boolean {
  if (pos >= bytes.length) return false;
  const m = /^\s*(\d+)\s+\d+\s+obj\b/.exec(latin1(bytes, pos, pos + 40));
  return !!m && Number(m[1]) === num;
}

function indexOf(bytes: Uint8Array, needle: string, from: number): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(needle, from, "latin1");
}
