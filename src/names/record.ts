/**
 * Names stage: raw records (fragments per field) → canonical tasks, with
 * every unit and person split and cleaned by the one lexicon.
 */
import type { EntityField, RawRecord, SourceLine } from "../model/intermediate.js";
import { RESPONSIBILITY_FIELDS, type ReviewReason, type Task } from "../model/schema.js";
import { cleanName, joinLines, learnSpacing, type SpacingStyle } from "../text/hygiene.js";
import { splitEntities, splitOutsideParens, type NameGuess, type SplitOptions } from "./split.js";
import { classify } from "./classify.js";
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

/** A name list parted by `；` outside brackets whose every part is a whole name: the names; anything else as it is. */
export function semicolonList(text: string): string[] {
  if (!/[；;]/u.test(text)) return [text];
  const parts = splitOutsideParens(text.replace(/;/gu, "；"), "；").map((p) => p.trim()).filter(Boolean);
  return parts.length > 1 && parts.every((p) => classify(p) !== "fragment") ? parts : [text];
}

export function normaliseRecord(rec: RawRecord, opts: NormaliseOptions = {}): Task {
  const byField = new Map<EntityField, NameGuess[]>();
  const field = (f: EntityField): string[] => {
    const frags = rec.cells[f] ?? [];
    // (a fragment the layout kept whole may still list names parted by `；`, one cell's line: `区商务局；区直有关部门`)
    if (rec.presplit?.includes(f)) return frags.flatMap((l) => semicolonList(cleanName(l.text))).filter(Boolean);
    const guesses: NameGuess[] = [];
    byField.set(f, guesses);
    return splitEntities(frags, COLUMN_KIND[f], { ...opts, guesses });
  };
  const leadUnits = field("leadUnits");
  const units = field("units");
  const coUnits = field("coUnits");
  const leaders = field("leaders");
  const supervisors = field("supervisors");
  const counts: Partial<Record<EntityField, number>> = { leadUnits: leadUnits.length, units: units.length, coUnits: coUnits.length };
  // units kept apart at a wrap (`交通运输局` | `公路分局`) are vouched for by as many people beside them, one each
  const guesses = [...byField].flatMap(([f, list]) => list.filter((g) => !(g.kind === "split" && leaders.length > 1 && counts[f] === leaders.length)));
  return {
    id: "", // given by parse once the notice's hash is known (model/ids.ts)
    table: rec.table,
    seq: rec.seq,
    section: rec.section,
    task: joinLines(rec.task, opts.spacing),
    leadUnits,
    units,
    coUnits,
    leaders,
    supervisors,
    inherited: RESPONSIBILITY_FIELDS.filter((f) => rec.inherited?.includes(f) && (rec.cells[f]?.length ?? 0) > 0),
    review: [...(rec.review ?? []), ...guessReasons(rec.seq, guesses)],
    source: rec.source,
  };
}

/** One review reason per join the lexicon decided alone (each joined name once). */
export function guessReasons(seq: number, guesses: readonly NameGuess[]): ReviewReason[] {
  const out: ReviewReason[] = [];
  for (const g of guesses) {
    const joined = cleanName(g.joined);
    if (out.some((r) => r.message.includes(`“${joined}”`))) continue;
    if (g.kind === "glued") {
      out.push({
        code: "UNIT_SPLIT_BY_LEXICON",
        message: `第 ${seq} 项：“${joined}”中间没有分隔符，按词表拆成“${cleanName(g.parts[0])}”和“${cleanName(g.parts[1])}”两个单位（单元格里的换行可能在复制时丢失）。若原为一个名称，请合并。`,
      });
      continue;
    }
    if (g.kind === "split") {
      out.push({
        code: "NAME_SPLIT_AT_WRAP",
        message: `第 ${seq} 项：“${cleanName(g.parts[0])}”排满一行后换行接“${cleanName(g.parts[1])}”，后者可能是前者的下属机构（应合为“${joined}”），也可能是另一单位，已按两个单位记录。请核对原文。`,
      });
      continue;
    }
    out.push({
      code: "NAME_JOINED_BY_LEXICON",
      message: `第 ${seq} 项：原文把“${cleanName(g.parts[0])}”和“${cleanName(g.parts[1])}”分开书写，两段各自都可作名称，仅凭词表合并为“${joined}”。若原为两个名称，请拆开。`,
    });
  }
  return out;
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
