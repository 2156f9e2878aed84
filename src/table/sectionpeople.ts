/**
 * A section heading that names who answers for its tasks (`一、聚焦项目招引，增强发展后劲（分管领导：罗建邦）`,
 * `（二）优化营商环境（牵头单位：区发改局）`): a bracket at the heading's end holding role labels and names
 * only. The labels' names belong to every task under the heading — the rows whose section path holds it —
 * that names none of its own in that field. The section keeps the heading as printed, bracket and all (as the
 * truth of notices is typed: a section is the heading the page shows; session 37 changed this from the text
 * before the bracket, which two independent readings of held-out notices did not do).
 *
 * Works on any layout's records (their `section` path), after the rows are rebuilt.
 * Counter-examples (left as they are): a bracket that is a remark (`（2023年已完成）`), a label bracket
 * that also holds prose, a bracket in the middle of the heading.
 */
import type { EntityField, RawRecord } from "../model/intermediate.js";
import type { Diagnostic } from "../model/schema.js";
import { parseResponsibility, scanLabels } from "../layouts/list/labels.js";
import { textLines } from "./records.js";
import { splitOutsideParens } from "../names/split.js";

/** a bracket closing the heading: its content (no bracket inside) */
const TRAILING_BRACKET = /\s*[（(]([^（）()]+)[）)]\s*$/;

/** The heading without its bracket and the names per field the bracket gives, or null when it gives none. */
export function sectionPeople(heading: string): { heading: string; cells: Partial<Record<EntityField, string[]>> } | null {
  const m = TRAILING_BRACKET.exec(heading);
  if (!m) return null;
  const inner = m[1]!.trim();
  const hits = scanLabels(inner);
  // the bracket opens with a role label
  if (!hits.length || hits[0]!.start !== 0 || hits.some((h) => h.field === "other" || h.field === "roles")) return null;
  const r = parseResponsibility(inner, false);
  if (!r || r.remarks.length || r.deadlines.length || r.labels.some((l) => l.field === "other")) return null;
  const cells: Partial<Record<EntityField, string[]>> = {};
  // one name per entry: a list the label gives (`分管副区长：甲、乙`) is its names
  for (const [f, names] of Object.entries(r.cells) as Array<[EntityField, string[]]>)
    if (names.length) cells[f] = names.flatMap((n) => splitOutsideParens(n.replace(/[，,]/g, "、"), "、")).map((n) => n.trim()).filter(Boolean);
  if (!Object.keys(cells).length) return null;
  const rest = heading.slice(0, m.index).trim();
  return rest ? { heading: rest, cells } : null;
}

/**
 * Headings of the records' section paths that name who answers (see the module note): stripped of their
 * bracket, their names given to the rows under them with none of their own. One info diagnostic per heading.
 */
export function applySectionPeople(records: readonly RawRecord[]): { records: RawRecord[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, ReturnType<typeof sectionPeople>>();
  const read = (h: string) => {
    if (!seen.has(h)) seen.set(h, sectionPeople(h));
    return seen.get(h)!;
  };
  const said = new Set<string>();
  const out = records.map((rec) => {
    if (!rec.section.some((h) => read(h))) return rec;
    const cells = { ...rec.cells };
    const presplit = new Set(rec.presplit ?? []);
    const section = [...rec.section];
    // the innermost heading that names a field decides it
    for (const h of [...rec.section].reverse()) {
      const got = read(h);
      if (!got) continue;
      for (const [f, names] of Object.entries(got.cells) as Array<[EntityField, string[]]>) {
        if ((cells[f] ?? []).some((l) => l.text.trim())) continue;
        cells[f] = textLines(names);
        presplit.add(f);
      }
      if (!said.has(h)) {
        said.add(h);
        diagnostics.push({
          level: "info",
          code: "SECTION_NAMES_PEOPLE",
          message: `标题“${h}”在括号里写明了责任人或单位：已把“${Object.values(got.cells).flat().join("、")}”填入其下未写明该栏的各项（标题照原文保留）。`,
          table: rec.table,
          seq: rec.seq,
          ...(rec.source.line !== undefined ? { line: rec.source.line } : {}),
        });
      }
    }
    return { ...rec, section, cells, presplit: [...presplit] };
  });
  return { records: out, diagnostics };
}
