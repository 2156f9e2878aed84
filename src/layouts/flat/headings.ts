/**
 * Section paths and the table title of a flattened dump: heading groups are
 * applied in order; a level-1 heading repeated alone (page top) confirms the path.
 */
import type { Diagnostic } from "../../model/schema.js";
import type { InputDocument } from "../../model/intermediate.js";
import { cleanText } from "../../text/hygiene.js";
import type { SectionPath } from "../../table/sections.js";
import { readHeadings, type HeadingGroup } from "./anatomy.js";
import { isHeadingRow, markerLevel, norm, sectionText } from "./fragments.js";
import type { FlatHeader } from "./header.js";
import type { FlatLine } from "./segment.js";
import { FLAT_DEFAULTS, type FlatSettings } from "./settings.js";

const TITLE = /(分解表|任务表|分工表|清单|一览表)/;
/** how far above the header a table title is looked for */
const TITLE_LOOKBACK_LINES = 8;

/** Lines before the first row: heading rows spanning the table apply to it; anything else is reported. */
export function leadingHeadings(lines: readonly FlatLine[], table: number, diagnostics: Diagnostic[], s: FlatSettings = FLAT_DEFAULTS): HeadingGroup[] {
  const groups: HeadingGroup[] = [];
  for (let i = 0; i < lines.length; i++) {
    const r = readHeadings(lines, i, s, false);
    if (r.groups.length) {
      groups.push(...r.groups);
      i = r.next - 1;
      continue;
    }
    if (isHeadingRow(lines[i]!.text, s)) {
      // a titled heading row (`一、坚持创新驱动，加快产业转型升级`) spanning the table above its first row
      // (`一 主要预期目标`, a numeral and a title a space apart, is a marker only with its space)
      groups.push({ level: (markerLevel(norm(lines[i]!.text).replace(/\s+/g, "")) ?? markerLevel(norm(lines[i]!.text)))!, fragments: [sectionText([lines[i]!.text])], line: lines[i]!.line });
      continue;
    }
    diagnostics.push({
      level: "warning",
      code: "UNPLACED_TEXT",
      message: `表头之后、第一个序号之前有一行文字，无法归入任何任务，已忽略：“${lines[i]!.text.slice(0, 40)}”。请核对原文。`,
      table,
      line: lines[i]!.line,
    });
  }
  return groups;
}

/** Apply a row's heading groups; a level-1 heading repeated alone confirms the current path. */
export function applyHeadings(section: SectionPath, groups: readonly HeadingGroup[]): void {
  if (!groups.length) return;
  const texts = groups.map((g) => ({ level: g.level, text: sectionText(g.fragments) }));
  const current = section.current;
  if (texts.length === 1 && texts[0]!.level === 1 && current[0] === texts[0]!.text) return;
  for (const t of texts) if (t.text) section.push(t.text, t.level);
}

/** The table title printed just above the header (`2021 年…责任分解表`). */
export function findTitle(doc: InputDocument, header: FlatHeader): string | null {
  for (let i = header.start - 1; i >= Math.max(0, header.start - TITLE_LOOKBACK_LINES); i--) {
    const t = norm(doc.lines[i]?.text ?? "");
    if (t && TITLE.test(t) && !/^序号/.test(t)) return cleanText(t);
  }
  return null;
}
