/**
 * Names counted as one entity although they come from notices of different issuers: `区发改局`
 * of one district and `区发改局` of another are different units, and two people can share a
 * name. Statistics without `--by issuer` merge them; this finds them so `stats` can say so.
 */
import type { DatasetRow } from "../batch/dataset.js";
import { FIELD_ROLE, type EntityKind } from "./count.js";
import type { ResponsibilityField } from "../model/schema.js";

export interface MergedName {
  name: string;
  kind: EntityKind;
  /** the issuers whose notices name it, in code-point order */
  issuers: string[];
}

/** Names that occur under more than one (known) issuer; most issuers first, then by name. */
export function namesAcrossIssuers(rows: readonly DatasetRow[]): MergedName[] {
  const seen = new Map<string, { name: string; kind: EntityKind; issuers: Set<string> }>();
  for (const r of rows) {
    if (!r.issuer) continue;
    for (const [field, { kind }] of Object.entries(FIELD_ROLE) as [ResponsibilityField, { kind: EntityKind }][]) {
      for (const name of r[field]) {
        const key = `${kind}\u0000${name}`;
        const e = seen.get(key) ?? { name, kind, issuers: new Set<string>() };
        e.issuers.add(r.issuer);
        seen.set(key, e);
      }
    }
  }
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...seen.values()]
    .filter((e) => e.issuers.size > 1)
    .map((e) => ({ name: e.name, kind: e.kind, issuers: [...e.issuers].sort(cmp) }))
    .sort((a, b) => b.issuers.length - a.issuers.length || cmp(a.name, b.name));
}

/** Examples shown in the warning. */
export const MERGED_EXAMPLES = 3;

/** One warning line per kind of entity, in Chinese; none when nothing is merged. */
export function mergedWarnings(merged: readonly MergedName[]): string[] {
  const out: string[] = [];
  for (const kind of ["unit", "person"] as const) {
    const list = merged.filter((m) => m.kind === kind);
    if (!list.length) continue;
    const what = kind === "unit" ? "单位名称" : "人名";
    const examples = list
      .slice(0, MERGED_EXAMPLES)
      .map((m) => `${m.name}：${m.issuers.join("、")}`)
      .join("；");
    const same = kind === "unit" ? "同名不一定是同一单位" : "同名不一定是同一个人";
    out.push(`警告：${list.length} 个${what}出现在不同发文机关的通知中，统计时按同一名称合并（如 ${examples}${list.length > MERGED_EXAMPLES ? " 等" : ""}）。${same}，可用 --by issuer 按发文机关分开统计。`);
  }
  return out;
}
