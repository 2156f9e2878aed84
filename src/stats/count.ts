/**
 * Workload statistics: for every unit and person, how many tasks they lead,
 * are responsible for, co-operate on and supervise, overall or per year and
 * issuer. Pure functions over dataset rows.
 */
import type { DatasetRow } from "../batch/dataset.js";
import type { ResponsibilityField } from "../model/schema.js";

export const ROLES = ["lead", "responsible", "co", "supervise"] as const;
export type Role = (typeof ROLES)[number];
export type EntityKind = "unit" | "person";

/** Which role and kind of entity each responsibility field stands for. */
export const FIELD_ROLE: Record<ResponsibilityField, { role: Role; kind: EntityKind }> = {
  leadUnits: { role: "lead", kind: "unit" },
  units: { role: "responsible", kind: "unit" },
  coUnits: { role: "co", kind: "unit" },
  leaders: { role: "responsible", kind: "person" },
  supervisors: { role: "supervise", kind: "person" },
};

/** Unknown years sort last. */
const yearKey = (y: number | null | undefined): number => y ?? Number.MAX_SAFE_INTEGER;

const KIND_ORDER: Record<EntityKind, number> = { unit: 0, person: 1 };

export const GROUP_KEYS = ["year", "issuer"] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];

export interface StatRow {
  entity: string;
  kind: EntityKind;
  /** present when grouped by year */
  year?: number | null;
  /** present when grouped by issuer */
  issuer?: string | null;
  /** distinct tasks the entity appears in, whatever the role */
  tasks: number;
  lead: number;
  responsible: number;
  co: number;
  supervise: number;
  /** distinct notices (source files) the entity appears in */
  notices: number;
}

interface Acc {
  row: StatRow;
  files: Set<string>;
}

/**
 * Count per (entity, kind[, year][, issuer]). A task counts once per role for
 * an entity even if the entity is listed twice in one cell; a unit that both
 * leads and is responsible for a task counts in both roles and once in `tasks`.
 * Rows are sorted by tasks (descending), then year, issuer, units before
 * people, then name (code point order), so the output is deterministic.
 */
export function countWorkload(rows: readonly DatasetRow[], by: readonly GroupKey[] = []): StatRow[] {
  const acc = new Map<string, Acc>();
  for (const r of rows) {
    const roleOf = new Map<string, { kind: EntityKind; roles: Set<Role> }>();
    for (const [field, { role, kind }] of Object.entries(FIELD_ROLE) as [ResponsibilityField, { role: Role; kind: EntityKind }][]) {
      for (const name of r[field]) {
        const k = `${kind}\u0000${name}`;
        const e = roleOf.get(k) ?? { kind, roles: new Set<Role>() };
        e.roles.add(role);
        roleOf.set(k, e);
      }
    }
    for (const [k, { kind, roles }] of roleOf) {
      const entity = k.slice(k.indexOf("\u0000") + 1);
      const group = by.map((g) => String(r[g] ?? "")).join("\u0000");
      const key = `${k}\u0001${group}`;
      let a = acc.get(key);
      if (!a) {
        const row: StatRow = { entity, kind, tasks: 0, lead: 0, responsible: 0, co: 0, supervise: 0, notices: 0 };
        if (by.includes("year")) row.year = r.year;
        if (by.includes("issuer")) row.issuer = r.issuer;
        a = { row, files: new Set() };
        acc.set(key, a);
      }
      a.row.tasks++;
      for (const role of roles) a.row[role]++;
      a.files.add(r.sourceFile);
    }
  }
  const out = [...acc.values()].map((a) => ({ ...a.row, notices: a.files.size }));
  const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return out.sort(
    (a, b) =>
      b.tasks - a.tasks ||
      yearKey(a.year) - yearKey(b.year) ||
      cmp(a.issuer ?? "", b.issuer ?? "") ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      cmp(a.entity, b.entity),
  );
}

export interface DatasetOverview {
  notices: number;
  tasks: number;
  units: number;
  persons: number;
  /** tasks per year and issuer, sorted by year then issuer */
  perNotice: { year: number | null; issuer: string | null; file: string; tasks: number }[];
}

export function overview(rows: readonly DatasetRow[], stats: readonly StatRow[]): DatasetOverview {
  const perFile = new Map<string, { year: number | null; issuer: string | null; file: string; tasks: number }>();
  for (const r of rows) {
    const e = perFile.get(r.sourceFile) ?? { year: r.year, issuer: r.issuer, file: r.sourceFile, tasks: 0 };
    e.tasks++;
    perFile.set(r.sourceFile, e);
  }
  const ents = new Set(stats.map((s) => `${s.kind}\u0000${s.entity}`));
  return {
    notices: perFile.size,
    tasks: rows.length,
    units: [...ents].filter((e) => e.startsWith("unit")).length,
    persons: [...ents].filter((e) => e.startsWith("person")).length,
    perNotice: [...perFile.values()].sort((a, b) => yearKey(a.year) - yearKey(b.year) || (a.file < b.file ? -1 : 1)),
  };
}
