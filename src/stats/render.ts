/** Output of `fenjie stats`: top-N terminal tables, or the full table as CSV or JSON. */
import { writeToString } from "fast-csv";
import { renderTable } from "../batch/summary.js";
import { escapeControls, escapeJsonControls } from "../text/controls.js";
import { guardRows } from "../write/formula.js";
import type { DatasetOverview, EntityKind, GroupKey, StatRow } from "./count.js";

const KIND_TITLE: Record<EntityKind, string> = { unit: "单位", person: "人员" };
const KIND_MEASURE: Record<EntityKind, string> = { unit: "个", person: "人" };

function groupLabel(r: StatRow, by: readonly GroupKey[]): string {
  return by.map((g) => (g === "year" ? String(r.year ?? "年份不详") : (r.issuer ?? "发文机关不详"))).join(" · ");
}

export function renderStatsTables(stats: readonly StatRow[], ov: DatasetOverview, by: readonly GroupKey[], top: number): string {
  let out = `${ov.notices} 份通知，${ov.tasks} 项任务；单位 ${ov.units} 个，人员 ${ov.persons} 人\n`;
  if (ov.perNotice.length) {
    out +=
      "\n" +
      renderTable(
        ["年份", "任务数", "发文机关", "文件"],
        ov.perNotice.map((n) => [String(n.year ?? "-"), String(n.tasks), n.issuer ?? "-", n.file]),
        [false, true, false, false],
      );
  }
  const groups = new Map<string, StatRow[]>();
  for (const r of stats) {
    const g = groupLabel(r, by);
    groups.set(g, [...(groups.get(g) ?? []), r]);
  }
  const ordered = [...groups.keys()].sort();
  for (const kind of ["unit", "person"] as const) {
    for (const g of ordered) {
      const rows = groups.get(g)!.filter((r) => r.kind === kind);
      if (!rows.length) continue;
      const shown = rows.slice(0, top);
      out += `\n${KIND_TITLE[kind]}${g ? ` — ${escapeControls(g)}` : ""}（共 ${rows.length} ${KIND_MEASURE[kind]}，列出前 ${shown.length} ${KIND_MEASURE[kind]}）\n`;
      const header = kind === "unit" ? ["任务数", "牵头", "责任", "协办", "通知数", "单位"] : ["任务数", "责任", "分管", "通知数", "人员"];
      const body = shown.map((r) =>
        kind === "unit"
          ? [r.tasks, r.lead, r.responsible, r.co, r.notices, r.entity].map(String)
          : [r.tasks, r.responsible, r.supervise, r.notices, r.entity].map(String),
      );
      out += renderTable(header, body, header.map((_, i) => i < header.length - 1));
    }
  }
  return out;
}

export function statsColumns(by: readonly GroupKey[]): (keyof StatRow)[] {
  return ["entity", "kind", ...by, "tasks", "lead", "responsible", "co", "supervise", "notices"];
}

/** `raw`: no formula guard (see write/formula.ts). */
export async function statsCsv(stats: readonly StatRow[], by: readonly GroupKey[], raw = false): Promise<string> {
  const cols = statsColumns(by);
  const rows = [cols as string[], ...stats.map((r) => cols.map((c) => (r[c] === null || r[c] === undefined ? "" : String(r[c]))))];
  return "\uFEFF" + (await writeToString(guardRows(rows, raw), { rowDelimiter: "\r\n" })) + "\r\n";
}

export function statsJson(stats: readonly StatRow[]): string {
  return escapeJsonControls(JSON.stringify(stats, null, 2)) + "\n";
}
