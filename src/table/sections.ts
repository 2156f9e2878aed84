/**
 * Heading markers and the section path. A heading's level comes from its
 * numbering style: `第一部分` (0) > `一、` (1) > `（一）` (2) > `1.` (3) > `（1）` (4).
 */
import { cleanText } from "../text/hygiene.js";
import type { ReviewReason } from "../model/schema.js";
import { CN_NUMERALS, HEADING_MARKERS } from "./lexicon.js";

/**
 * The reason a row of a table or list numbered anew under each heading carries (SEQ_RENUMBERED): its seq is made, not
 * printed (`printed` is the number or marker as printed).
 */
export function renumberedReason(printed: string, seq: number): ReviewReason {
  return { code: "SEQ_RENUMBERED", message: `原文在各标题下重新编号，本项原编号为“${printed}”，按全表出现顺序记为第 ${seq} 项；按原编号查找时请连同所在标题。` };
}

/** The level of a heading by its marker, or null if it has none. */
export function headingLevel(text: string): number | null {
  const t = cleanText(text);
  for (const { level, pattern } of HEADING_MARKERS) if (pattern.test(t)) return level;
  return null;
}

/** A section path that headings push onto, replacing any at the same or a deeper level. */
export class SectionPath {
  private entries: Array<{ level: number; text: string }> = [];

  push(text: string, level: number): void {
    this.entries = this.entries.filter((e) => e.level < level);
    this.entries.push({ level, text });
  }

  /** Replace the whole path (a 项目 cell gives the full path of its rows). */
  set(path: ReadonlyArray<{ level: number; text: string }>): void {
    this.entries = [];
    for (const p of path) this.push(p.text, p.level);
  }

  /** Apply a partial path: its first entry's level decides what it replaces. */
  apply(path: ReadonlyArray<{ level: number; text: string }>): void {
    for (const p of path) this.push(p.text, p.level);
  }

  /**
   * Apply a section cell of a row continued from the page before: a merged 项目 cell cut by the page break prints the
   * rest of its text on the new page (`四、建设青禾生态示` | `范片区`). Text that opens with a heading marker is a
   * heading of its own; the same text again (a renderer that prints a merged cell on both pages) changes nothing;
   * other text goes on with the deepest heading.
   */
  continueWith(path: ReadonlyArray<{ level: number; text: string }>): void {
    const first = path[0];
    const last = this.entries[this.entries.length - 1];
    if (!first || !last || headingLevel(first.text) !== null) return this.apply(path);
    const whole = path.map((p) => p.text).join("");
    if (last.text === whole || last.text.endsWith(whole) || this.current.join("") === whole) return;
    last.text += first.text;
    this.apply(path.slice(1));
  }

  /** The text of the path's entry at `index` replaced (a heading completed), its level and the entries below kept. */
  replaceAt(index: number, text: string): void {
    const e = this.entries[index];
    if (e) e.text = text;
  }

  get current(): string[] {
    return this.entries.map((e) => e.text);
  }

  /**
   * The level of a heading without a numbering marker (`重点项目` under `（一）…`): one below the
   * deepest heading on the path that has a marker, or the top level when none has.
   */
  unmarkedLevel(): number {
    const marked = this.entries.filter((e) => headingLevel(e.text) !== null);
    return marked.length ? marked[marked.length - 1]!.level + 1 : 1;
  }
}

/**
 * Parse a 项目 cell (`一、狠抓科技创新（一）培育企业创新主体`, or its lines)
 * into heading entries. Text before any marker is a level-1 heading.
 */
export function parseSectionCell(lines: readonly string[]): Array<{ level: number; text: string }> {
  const out: Array<{ level: number; text: string }> = [];
  const text = lines.map((l) => cleanText(l)).filter(Boolean).join("");
  if (!text) return out;
  // split before every marker that starts a heading
  const marker = new RegExp(`(?=[（(][${CN_NUMERALS}]+[）)])|(?=(?<![${CN_NUMERALS}])[${CN_NUMERALS}]+、)`, "g");
  const parts = text.split(marker).filter(Boolean);
  for (const part of parts) {
    const level = headingLevel(part) ?? (out.length ? (out[out.length - 1]!.level + 1) : 1);
    out.push({ level, text: part });
  }
  return out;
}
