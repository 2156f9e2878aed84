/**
 * Lead marks: a notice may mark the lead unit in a list of units by a sign instead of a label —
 * a star before it (`★区发改局、区统计局`), an asterisk after it (`镇林业站*`) or bold type
 * (`**县医保局**、县财政局` in a web table copied as markdown) — and explain the sign once
 * (`标注★的为牵头单位`, `加粗的为牵头单位`). A marked name is rewritten with the role note
 * `（牵头）`, which the role-note reading (layouts/list/notes.ts) then moves to leadUnits.
 */
import type { RawRecord } from "../model/intermediate.js";

/** A name separator inside a unit cell. */
const SEP = "、，,；;\\s";
/** Marks, each with the names it marks: bold `**X**`, a star before (`★X`), a star or asterisk after (`X*`). */
const MARKS: readonly RegExp[] = [
  new RegExp(`\\*\\*([^*${SEP}]+?)\\*\\*`, "g"),
  new RegExp(`[★☆]([^★☆*＊${SEP}]+)`, "g"),
  new RegExp(`([^★☆*＊${SEP}]+?)(?:[*＊]{1,2}|[★☆])(?=$|[${SEP}])`, "g"),
];
/** The document's explanation of a lead mark: the sign (or 加粗/粗体/黑体) and `为牵头单位/部门`. */
const EXPLANATION = /(?:[★☆*＊]|加粗|粗体|黑体)[”"’']?(?:号)?的?(?:单位|部门)?为牵头(?:单位|部门)/;

const UNIT_FIELDS = ["leadUnits", "units", "coUnits"] as const;

/** The text with every lead-marked name written `X（牵头）`; null when nothing is marked. */
export function rewriteLeadMarks(text: string): string | null {
  let out = text;
  for (const m of MARKS) out = out.replace(m, (_, name: string) => `${name}（牵头）`);
  return out === text ? null : out;
}

/** Does the document's text explain its lead marks (`标注★的为牵头单位`)? */
export function explainsLeadMarks(documentText: string): boolean {
  return EXPLANATION.test(documentText.replace(/\s+/g, ""));
}

/**
 * Rewrite the lead marks of a record's unit cells as role notes. Returns whether any was found; when the
 * document does not explain its marks, the record is flagged: the lead rests on the sign alone.
 */
export function applyLeadMarks(rec: RawRecord, explained: boolean): boolean {
  let found = false;
  for (const f of UNIT_FIELDS) {
    if (!rec.cells[f]) continue;
    rec.cells[f] = rec.cells[f]!.map((frag) => {
      const re = rewriteLeadMarks(frag.text);
      if (re === null) return frag;
      found = true;
      return { ...frag, text: re };
    });
  }
  if (found && !explained) {
    rec.review = [
      ...(rec.review ?? []),
      { code: "LEAD_FROM_MARK", message: "名单中带★、*或加粗标记的单位已作为牵头单位（leadUnits），但文件未说明该标记的含义，请核对。" },
    ];
  }
  return found;
}
