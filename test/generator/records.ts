/**
 * Generated notices: the records a notice holds (what the parser must give back) and the
 * fast-check arbitraries that build them. Everything is built from fast-check combinators
 * (no private random generator), so a failing case shrinks to a small one.
 */
import fc from "fast-check";
import {
  ANNOTATIONS,
  CN_NUMERALS,
  COLLECTIVES,
  GIVEN,
  HEADING_1,
  HEADING_2,
  HEADING_3,
  LEVEL_COLLECTIVES,
  LEVELS,
  LONG_UNIT_STEMS,
  OBJECTS,
  SURNAMES,
  TARGETS,
  UNIT_STEMS,
  VERBS,
  type Level,
} from "./lexicon.js";

/** One record, in the shape of fenjie's tasks and the scorer's truth. */
export interface GenRecord {
  seq: number;
  section: string[];
  task: string;
  leadUnits: string[];
  units: string[];
  coUnits: string[];
  leaders: string[];
  supervisors: string[];
}

export type Role = "leadUnits" | "units" | "coUnits" | "leaders" | "supervisors";
export const ROLES: readonly Role[] = ["leadUnits", "units", "coUnits", "leaders", "supervisors"];
export const UNIT_ROLES: readonly Role[] = ["leadUnits", "units", "coUnits"];

/** A generated notice: its level, where numbering starts, and its records in order. */
export interface GenNotice {
  level: Level;
  /** heading levels used (0–3): the length of every record's section */
  depth: number;
  records: GenRecord[];
}

/** What a family can express: which roles its rows may carry. */
export interface Capabilities {
  roles: readonly Role[];
  /** the deepest heading path the family can print */
  maxDepth: number;
  /** names may be long enough to wrap in a narrow cell */
  longUnits?: boolean;
  /** leaders are paired one to one with the lead (or else responsible) units */
  pairedLeaders?: boolean;
  /** co-units only beside a lead or responsible unit (`（X配合）` alone says nothing of who leads) */
  coNeedsMain?: boolean;
}

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

/** A unit of a notice at `level`: a stem, sometimes long, annotated or collective. */
function unitArb(level: Level, caps: Capabilities): fc.Arbitrary<string> {
  const plain = pick(UNIT_STEMS).map((s) => level + s);
  const kinds: fc.Arbitrary<string>[] = [plain, plain, plain, plain];
  kinds.push(pick(COLLECTIVES), pick(LEVEL_COLLECTIVES).map((s) => level + s));
  kinds.push(fc.tuple(pick(UNIT_STEMS), pick(ANNOTATIONS)).map(([s, a]) => `${level}${s}（${level}${a}）`));
  if (caps.longUnits) kinds.push(pick(LONG_UNIT_STEMS).map((s) => level + s));
  return fc.oneof(...kinds);
}

const personArb: fc.Arbitrary<string> = fc.tuple(pick(SURNAMES), pick(GIVEN)).map(([s, g]) => s + g);

/** 0..max distinct values. */
function distinct(arb: fc.Arbitrary<string>, min: number, max: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(arb, { minLength: min, maxLength: max });
}

const taskArb: fc.Arbitrary<string> = fc
  .tuple(pick(VERBS), pick(OBJECTS), pick(TARGETS), fc.integer({ min: 2, max: 98 }))
  .map(([v, o, t, n]) => `${v}${o}${t.replace("{n}", String(n))}。`);

/** The responsibilities of one row: at least one unit, no unit in two roles. */
function rowRolesArb(level: Level, caps: Capabilities): fc.Arbitrary<Omit<GenRecord, "seq" | "section" | "task">> {
  const has = (r: Role) => caps.roles.includes(r);
  const unit = unitArb(level, caps);
  const none = fc.constant<string[]>([]);
  return fc
    .record({
      leadUnits: has("leadUnits") ? distinct(unit, 0, 2) : none,
      units: has("units") ? distinct(unit, 0, 3) : none,
      coUnits: has("coUnits") ? distinct(unit, 0, 2) : none,
      leaders: has("leaders") ? distinct(personArb, 0, 3) : none,
      supervisors: has("supervisors") ? distinct(personArb, 0, 2) : none,
    })
    .map((r) => {
      // one unit, one role; one person, one role (a clerk never lists a name twice in a row)
      const units = r.units.filter((u) => !r.leadUnits.includes(u));
      const coUnits = r.coUnits.filter((u) => !r.leadUnits.includes(u) && !units.includes(u));
      let leaders = r.leaders.filter((p) => !r.supervisors.includes(p));
      const paired = r.leadUnits.length ? r.leadUnits : units;
      if (caps.pairedLeaders) leaders = paired.length && leaders.length ? paired.map((_, i) => leaders[i % leaders.length]!) : [];
      if (caps.pairedLeaders && new Set(leaders).size !== leaders.length) leaders = [];
      return { ...r, units, coUnits, leaders: leaders.filter((p) => !r.supervisors.includes(p)) };
    })
    .filter((r) => r.leadUnits.length + r.units.length > 0 || (!caps.coNeedsMain && r.coUnits.length > 0));
}

/** Section paths: a heading tree `depth` deep, its leaves holding 1–2 rows each. */
function sectionPathsArb(depth: number): fc.Arbitrary<string[][]> {
  if (depth === 0) return fc.integer({ min: 2, max: 5 }).map((n) => Array.from({ length: n }, () => []));
  // a tree of counts: for each level-1 heading, for each level-2 heading … the rows of its leaf
  const tree = (d: number): fc.Arbitrary<unknown> => (d === 0 ? fc.integer({ min: 1, max: 2 }) : fc.array(tree(d - 1), { minLength: 1, maxLength: 2 }));
  const titles = (xs: readonly string[]) => fc.shuffledSubarray([...xs], { minLength: xs.length, maxLength: xs.length });
  return fc.tuple(tree(depth), titles(HEADING_1), titles(HEADING_2), titles(HEADING_3)).map(([t, h1, h2, h3]) => {
    const paths: string[][] = [];
    const used = [0, 0, 0]; // headings of each level so far: each gets its own title
    const walk = (node: unknown, d: number, path: string[]) => {
      if (d === depth) {
        for (let i = 0; i < (node as number); i++) paths.push(path);
        return;
      }
      (node as unknown[]).forEach((child, k) => {
        const n = used[d]!++;
        // 一、 and （一） count within their parent, as printed notices do; level 3 is un-numbered
        const title = d === 0 ? `${CN_NUMERALS[k]}、${h1[n % h1.length]}` : d === 1 ? `（${CN_NUMERALS[k]}）${h2[n % h2.length]}` : h3[n % h3.length]!;
        walk(child, d + 1, [...path, title]);
      });
    };
    walk(t, 0, []);
    return paths;
  });
}

/**
 * A notice for a family with these capabilities: 2–8 rows under 0–maxDepth heading levels,
 * numbered from 1 (or, sometimes, from a later number: an excerpt).
 */
export function noticeArb(caps: Capabilities): fc.Arbitrary<GenNotice> {
  return fc
    .record({ level: pick(LEVELS), depth: fc.integer({ min: 0, max: caps.maxDepth }), first: fc.oneof(fc.constant(1), fc.constant(1), fc.integer({ min: 2, max: 40 })) })
    .chain(({ level, depth, first }) =>
      sectionPathsArb(depth).chain((paths) =>
        fc.array(fc.tuple(taskArb, rowRolesArb(level, caps)), { minLength: paths.length, maxLength: paths.length }).map((rows) => ({
          level,
          depth,
          records: rows.map(([task, roles], i) => ({ seq: first + i, section: paths[i]!, task, ...roles })),
        })),
      ),
    )
    .filter((n) => n.records.length >= 2 && new Set(n.records.map((r) => r.task)).size === n.records.length);
}
