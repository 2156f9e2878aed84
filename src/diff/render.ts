/** Terminal report of `fenjie diff`. */
import { escapeControls } from "../text/controls.js";
import type { MatchedPair, NoticeDiff, NoticeRef, TaskRef } from "./match.js";

/** Characters of task text shown per line in the terminal. */
export const TEXT_PREVIEW_CHARS = 60;

const preview = (s: string): string => {
  const chars = [...escapeControls(s.replace(/\s+/g, " "))];
  return chars.length > TEXT_PREVIEW_CHARS ? chars.slice(0, TEXT_PREVIEW_CHARS).join("") + "…" : chars.join("");
};
const label = (t: TaskRef): string => `${t.table ? `表${t.table + 1} ` : ""}#${t.seq}`;
const notice = (n: NoticeRef): string => escapeControls(`${n.file} (${[n.docNumber, n.issuer, n.year].filter((x) => x !== null).join(", ") || "no metadata"}; ${n.tasks} tasks)`);

function pairLines(p: MatchedPair, withUnits: boolean): string {
  let s = `  ${label(p.old)} → ${label(p.new)}  (${p.similarity.toFixed(2)})  ${preview(p.new.task)}\n`;
  if (withUnits) {
    if (p.units.removed.length) s += `      - ${escapeControls(p.units.removed.join("；"))}\n`;
    if (p.units.added.length) s += `      + ${escapeControls(p.units.added.join("；"))}\n`;
  }
  return s;
}

export function renderDiff(d: NoticeDiff, options: { all?: boolean } = {}): string {
  const c = d.counts;
  let out = `old: ${notice(d.oldNotice)}\nnew: ${notice(d.newNotice)}\n`;
  out += `carried over ${c.carriedOver}, changed units ${c.changedUnits}, new ${c.new}, dropped ${c.dropped}  (similarity ≥ ${d.threshold})\n`;
  if (d.changedUnits.length) out += `\nChanged units 责任单位有变化 (${c.changedUnits})\n` + d.changedUnits.map((p) => pairLines(p, true)).join("");
  if (d.new.length) out += `\nNew 新增 (${c.new})\n` + d.new.map((t) => `  ${label(t)}  ${preview(t.task)}\n`).join("");
  if (d.dropped.length) out += `\nDropped 不再出现 (${c.dropped})\n` + d.dropped.map((t) => `  ${label(t)}  ${preview(t.task)}\n`).join("");
  if (options.all && d.carriedOver.length) out += `\nCarried over 延续 (${c.carriedOver})\n` + d.carriedOver.map((p) => pairLines(p, false)).join("");
  return out;
}
