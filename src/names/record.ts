/**
 * Names stage: raw records (fragments per field) → canonical tasks, with
 * every unit and person split and cleaned by the one lexicon.
 */
import type { EntityField, RawRecord, SourceLine } from "../model/intermediate.js";
import { RESPONSIBILITY_FIELDS, type Task } from "../model/schema.js";
import { cleanName, joinLines, learnSpacing, type SpacingStyle } from "../text/hygiene.js";
import { splitEntities, type SplitOptions } from "./split.js";
import { documentText, searchable } from "../text/search.js";

const COLUMN_KIND: Record<EntityField, "unit" | "person"> = {
  leadUnits: "unit",
  units: "unit",
  coUnits: "unit",
  leaders: "person",
  supervisors: "person",
};

export interface NormaliseOptions extends SplitOptions {
  /** the document's spacing of Chinese against digits/Latin, for joining wrapped task lines */
  spacing?: SpacingStyle;
}

export function normaliseRecord(rec: RawRecord, opts: NormaliseOptions = {}): Task {
  const field = (f: EntityField): string[] => {
    const frags = rec.cells[f] ?? [];
    if (rec.presplit?.includes(f)) return frags.map((l) => cleanName(l.text)).filter(Boolean);
    return splitEntities(frags, COLUMN_KIND[f], opts);
  };
  return {
    table: rec.table,
    seq: rec.seq,
    section: rec.section,
    task: joinLines(rec.task, opts.spacing),
    leadUnits: field("leadUnits"),
    units: field("units"),
    coUnits: field("coUnits"),
    leaders: field("leaders"),
    supervisors: field("supervisors"),
    inherited: RESPONSIBILITY_FIELDS.filter((f) => rec.inherited?.includes(f) && (rec.cells[f]?.length ?? 0) > 0),
    review: rec.review ? [...rec.review] : [],
    source: rec.source,
  };
}

/**
 * The names stage over a whole document: every record normalised, with the
 * names the document writes whole (cover letter addressees, other cells) and
 * its spacing of Chinese against digits, both learned from its lines.
 */
export function normaliseRecords(records: readonly RawRecord[], lines: readonly SourceLine[]): Task[] {
  const text = searchable(documentText(lines));
  const spacing = learnSpacing(lines.map((l) => l.text));
  return records.map((r) => normaliseRecord(r, { documentText: text, spacing }));
}
