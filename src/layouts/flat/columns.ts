/**
 * Column assignment for a flattened row: the name tokens after the task are
 * re-joined into names, typed (unit-like or person-like), and laid onto the
 * header's entity columns in order. Where two columns of the same kind are
 * adjacent (责任领导 → 分管市领导) the boundary is decided with what the whole
 * document says about each name (learned in a first pass).
 */
import { findFrom, findLastBefore, minOf } from "../../arrays.js";
import type { EntityField } from "../../model/intermediate.js";
import type { CanonicalField, Diagnostic } from "../../model/schema.js";
import { ROLE_ENDINGS } from "../../names/lexicon.js";
import { cleanName } from "../../text/hygiene.js";
import { isCollective, isRole, unitEnding } from "../../names/classify.js";
import { joinFragments, NAME_SIZED, splitEnumeration, splitGlued, type SplitOptions } from "../../names/split.js";
import type { NameToken } from "./anatomy.js";
import { tokenKind } from "./fragments.js";
import { FLAT_DEFAULTS, type FlatSettings } from "./settings.js";
import { isResponsibilityField } from "../../table/lexicon.js";

export type EntityKind = "unit" | "person";

export interface Entity {
  name: string;
  kind: EntityKind;
  line: number;
  /** index of the re-joined fragment run it came from (names split off one run share it) */
  group: number;
  /** the kind was not recognised and was taken from the neighbours */
  guessed?: boolean;
  /** the paragraph of the row it was printed in (a dump with blank lines between cells) */
  para?: number;
  /** the line its last fragment was printed on, when the name is wrapped over lines (else `line`) */
  lastLine?: number;
  /** wrapped over lines: how many characters its first line holds (the cell's width) */
  wrapAt?: number;
  /** one of several names its run lists with `、` (`甲、乙`): the run is an enumeration, not a name wrapped */
  listed?: boolean;
}

export const FIELD_KIND: Readonly<Record<EntityField, EntityKind>> = {
  leadUnits: "unit",
  units: "unit",
  coUnits: "unit",
  leaders: "person",
  supervisors: "person",
};


/** Adjacent entity columns of the same kind, in header order. */
export interface ColumnBlock {
  kind: EntityKind;
  fields: EntityField[];
}

export function columnBlocks(columns: readonly CanonicalField[]): ColumnBlock[] {
  const blocks: ColumnBlock[] = [];
  for (const c of columns) {
    if (!isResponsibilityField(c)) continue;
    const f = c as EntityField;
    const last = blocks[blocks.length - 1];
    if (last && last.kind === FIELD_KIND[f]) last.fields.push(f);
    else blocks.push({ kind: FIELD_KIND[f], fields: [f] });
  }
  return blocks;
}

/**
 * Re-join wrapped fragments (`各镇镇长、街道办事处` + `主任`, `市政府工作部门主要负` + `责人、…`),
 * split enumerations, and type every name. A fragment that is neither takes
 * its neighbours' kind and is reported.
 */
export function toEntities(
  tokens: readonly NameToken[],
  opts: SplitOptions = {},
): { entities: Entity[]; unsure: Entity[]; joinedByDocument: Array<{ name: string; line: number }> } {
  const joined = joinFragments(joinCutEndings(joinRoleWraps(tokens.map((t) => t.text))), "any", opts);
  const entities: Entity[] = [];
  const joinedByDocument: Array<{ name: string; line: number }> = [];
  let ti = 0;
  joined.forEach((j, group) => {
    const line = tokens[ti]?.line ?? 0;
    const para = tokens[ti]?.para;
    let acc = "";
    const pieces: string[] = [];
    let lastLine = line;
    while (ti < tokens.length && acc !== j) {
      pieces.push(tokens[ti]!.text);
      lastLine = tokens[ti]!.line;
      acc += tokens[ti++]!.text;
    }
    // names complete on their own that were joined: only the document's own text says so
    if (pieces.length > 1 && pieces.every((p) => tokenKind(p) !== "fragment") && !pieces.some((p, k) => k > 0 && endingAcross(pieces[k - 1]!, p))) joinedByDocument.push({ name: cleanName(j), line });
    const listed = splitEnumeration(j).length > 1;
    for (const e of splitEnumeration(j)) {
      for (const g of splitGlued(e)) {
        const name = cleanName(g).replace(/^、+|、+$/g, "");
        if (!name) continue;
        const k = tokenKind(name);
        entities.push({
          name,
          kind: k === "fragment" ? "unit" : k,
          line,
          group,
          ...(para !== undefined ? { para } : {}),
          ...(k === "fragment" ? { guessed: true } : {}),
          ...(lastLine !== line ? { lastLine, wrapAt: [...pieces[0]!.replace(/\s+/g, "")].length } : {}),
          ...(listed ? { listed: true } : {}),
        });
      }
    }
  });
  // an unrecognised fragment belongs with its neighbours
  entities.forEach((e, i) => {
    if (!e.guessed) return;
    const prev = findLastBefore(entities, i, (x) => !x.guessed);
    const next = findFrom(entities, i + 1, (x) => !x.guessed);
    e.kind = prev?.kind ?? next?.kind ?? "unit";
  });
  return { entities, unsure: entities.filter((e) => e.guessed), joinedByDocument };
}

/**
 * An unrecognised piece the size of a name (`禾某某`: a surname the lexicon lacks), alone on the row's last line, under a
 * header that ends with a people column and in a row that names no one else: that column's person, not one more unit
 * (its neighbours, the units above it, would make it one). It stays flagged as unrecognised.
 */
export function lastPieceIsPerson(entities: Entity[], blocks: readonly ColumnBlock[]): void {
  const last = entities.at(-1);
  const before = entities.at(-2);
  if (!last?.guessed || !NAME_SIZED.test(last.name) || blocks.at(-1)?.kind !== "person") return;
  if (entities.some((e) => e.kind === "person" && !e.guessed) || (before && before.line === last.line)) return;
  last.kind = "person";
}

/**
 * A role wrapped inside its place word (`各镇镇` + `长、街道` → `各镇镇长、街道`): the
 * piece after begins with a fragment that completes a role with the unit-like
 * piece before. `各镇` + `长泰县` is not joined (`长泰县` is a name of its own).
 */
export function joinRoleWraps(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    const prev = out[out.length - 1];
    const head = t.split("、")[0]!;
    if (prev !== undefined && head && tokenKind(prev) === "unit" && isRole(prev + head) && (tokenKind(head) === "fragment" || headOfNamedUnit(out, prev, head))) out[out.length - 1] = prev + t;
    else out.push(t);
  }
  return out;
}

/**
 * The role's words open with a unit the row printed before it, of which the piece before the break is a cut
 * (`各街道办事处` … `各街道办` + `事处主任`: the head of that unit), though the piece after reads as a role alone.
 */
function headOfNamedUnit(before: readonly string[], prev: string, head: string): boolean {
  const role = prev + head;
  return before.slice(0, -1).some((u) => u.length > prev.length && u.startsWith(prev) && role.startsWith(u) && role.length > u.length);
}

/**
 * A unit wrapped inside its own ending (`石化安控区指挥部办` + `公室`, `经济开发区管委` + `会`): the
 * ending of the two pieces together reaches back over the line break, so the piece after is
 * the rest of that ending, not a name. `区发改局` + `会` is not joined (the ending `会` is the
 * piece's own), nor is anything after a person.
 */
export function joinCutEndings(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    const prev = out[out.length - 1];
    if (prev !== undefined && !t.includes("、") && tokenKind(prev) !== "person" && endingAcross(prev, t)) out[out.length - 1] = prev + t;
    else out.push(t);
  }
  return out;
}

/** Does a strong unit ending of the two pieces together begin in the first (`…办` + `公室`)? */
function endingAcross(prev: string, t: string): boolean {
  const across = unitEnding(prev + t);
  return across?.strength === "strong" && across.ending.length > [...t].length;
}

/** Lay runs of same-kind names onto the column blocks, in order. */
export function assignBlocks(entities: readonly Entity[], blocks: readonly ColumnBlock[]): { perBlock: Entity[][]; outOfOrder: Entity[] } {
  const perBlock: Entity[][] = blocks.map(() => []);
  const outOfOrder: Entity[] = [];
  let bi = 0;
  let lastBlock = -1;
  let prevKind: EntityKind | null = null;
  for (const e of entities) {
    if (e.kind !== prevKind || lastBlock < 0) {
      // a new run: the next block of its kind
      let b = bi;
      while (b < blocks.length && blocks[b]!.kind !== e.kind) b++;
      if (b < blocks.length) {
        lastBlock = b;
        bi = b + 1;
      } else {
        // no later column of this kind: keep it with the last block of its kind, or the last block
        const same = blocks.map((x, k) => (x.kind === e.kind ? k : -1)).filter((k) => k >= 0);
        lastBlock = same.length ? same[same.length - 1]! : blocks.length - 1;
        outOfOrder.push(e);
      }
      prevKind = e.kind;
    }
    if (lastBlock >= 0) perBlock[lastBlock]!.push(e);
  }
  return { perBlock, outOfOrder };
}

/** The name a role is the head of: `疫情防控指挥部一办十三组负责人` → `疫情防控指挥部一办十三组`. */
export function roleSubject(role: string): string | null {
  if (!isRole(role)) return null;
  const ending = [...ROLE_ENDINGS].sort((a, b) => b.length - a.length).find((e) => role.endsWith(e));
  return ending ? role.slice(0, -ending.length) : null;
}

/**
 * Units printed on two lines that a role names whole (`疫情防控指挥部` + `一办十三组`,
 * leader `疫情防控指挥部一办十三组负责人`) are one unit. Returns the merged list and
 * the names that were joined.
 */
export function mergeUnitsNamedByRoles(units: readonly Entity[], people: readonly Entity[]): { units: Entity[]; merged: string[] } {
  let out = [...units];
  const merged: string[] = [];
  for (const p of people) {
    const subject = roleSubject(p.name);
    if (!subject) continue;
    search: for (let i = 0; i < out.length; i++) {
      let acc = out[i]!.name;
      for (let j = i + 1; j < out.length && acc.length < subject.length; j++) {
        acc += out[j]!.name;
        if (acc === subject) {
          out = [...out.slice(0, i), { ...out[i]!, name: acc, guessed: false }, ...out.slice(j + 1)];
          merged.push(acc);
          break search;
        }
      }
    }
  }
  return { units: out, merged };
}

/**
 * One unit too many for the leaders: two adjacent units where the first ends
 * in a place (`泉州半导体高新区` + `晋江分园区管委会`) are one name wrapped over two
 * lines. Only when exactly one such pair exists; returns the joined name or null.
 */
export function mergeUnitsByCount(units: readonly Entity[], leaders: number): { units: Entity[]; merged: string | null } {
  if (units.length !== leaders + 1) return { units: [...units], merged: null };
  const candidates: number[] = [];
  for (let i = 0; i + 1 < units.length; i++) {
    if (units[i]!.line !== units[i + 1]!.line && unitEnding(units[i]!.name)?.strength === "weak" && !isCollective(units[i + 1]!.name)) candidates.push(i);
  }
  if (candidates.length !== 1) return { units: [...units], merged: null };
  const i = candidates[0]!;
  const name = units[i]!.name + units[i + 1]!.name;
  return { units: [...units.slice(0, i), { ...units[i]!, name }, ...units.slice(i + 2)], merged: name };
}

/** Votes per name for each of two adjacent person columns, from the default split of every row. */
export type Votes = Map<string, [number, number]>;
/** Which of the two columns a name belongs to, where the document says so. */
export type Learned = Map<string, EntityField>;

function defaultVotes(people: readonly Entity[], target: number): Votes {
  const votes: Votes = new Map();
  if (target > people.length) return votes;
  people.forEach((p, i) => {
    const v = votes.get(p.name) ?? [0, 0];
    v[i < target ? 0 : 1]++;
    votes.set(p.name, v);
  });
  return votes;
}

export function countVotes(samples: ReadonlyArray<{ people: readonly Entity[]; target: number }>): Votes {
  const votes: Votes = new Map();
  for (const { people, target } of samples) {
    for (const [name, [a, b]] of defaultVotes(people, target)) {
      const v = votes.get(name) ?? [0, 0];
      v[0] += a;
      v[1] += b;
      votes.set(name, v);
    }
  }
  return votes;
}

/**
 * The side of every name by majority over the OTHER rows of the document (a
 * row's own default split does not vote on itself).
 */
export function learnedFor(votes: Votes, people: readonly Entity[], target: number | null, fields: readonly [EntityField, EntityField]): Learned {
  // target null: the row did not vote
  const own = target === null ? new Map<string, [number, number]>() : defaultVotes(people, target);
  const learned: Learned = new Map();
  for (const p of people) {
    const [a, b] = votes.get(p.name) ?? [0, 0];
    const [oa, ob] = own.get(p.name) ?? [0, 0];
    if (a - oa > b - ob) learned.set(p.name, fields[0]);
    else if (b - ob > a - oa) learned.set(p.name, fields[1]);
  }
  return learned;
}

/**
 * Where the first person column ends: near `target` (the paired unit count),
 * moved only when the names on each side say so.
 */
export function chooseSplit(
  people: readonly Entity[],
  target: number | null,
  learned: Learned,
  fields: readonly [EntityField, EntityField],
  s: FlatSettings = FLAT_DEFAULTS,
): { k: number; cost: number } {
  let best = { k: Math.min(target ?? 0, people.length), cost: Infinity, dist: Infinity };
  for (let k = 0; k <= people.length; k++) {
    const dist = target === null ? 0 : Math.abs(k - target);
    let misplaced = 0;
    people.forEach((p, i) => {
      const side = learned.get(p.name);
      if (side && side !== fields[i < k ? 0 : 1]) misplaced++;
    });
    const cost = s.countWeight * dist + s.roleWeight * misplaced;
    if (cost < best.cost || (cost === best.cost && dist < best.dist)) best = { k, cost, dist };
  }
  return { k: best.k, cost: best.cost };
}

/** Split a run of units over adjacent unit columns (牵头单位 → 配合单位): the first name run leads. */
export function splitUnitBlock(units: readonly Entity[], fields: readonly EntityField[]): { parts: Entity[][]; guessed: boolean } {
  if (fields.length === 1) return { parts: [[...units]], guessed: false };
  const parts: Entity[][] = fields.map(() => []);
  // a blank line between the units (each cell a paragraph): the first paragraph is the first column
  const paras = new Set(units.map((u) => u.para));
  if (paras.size > 1 && !paras.has(undefined)) {
    parts[0] = units.filter((u) => u.para === units[0]!.para);
    parts[1] = units.filter((u) => u.para !== units[0]!.para);
    return { parts, guessed: false };
  }
  const firstGroup = units[0]?.group;
  const head = units.filter((u) => u.group === firstGroup);
  const rest = units.filter((u) => u.group !== firstGroup);
  parts[0] = head;
  parts[1] = rest;
  const sameLine = rest.length > 0 && rest[0]!.line === head[head.length - 1]!.line;
  // three unit columns side by side (牵头 | 责任 | 配合): the text shows at most one boundary, so
  // which columns the names fill, and which is empty, is a guess whatever the lines show
  if (fields.length >= UNSEEN_COLUMNS_FROM && units.length > 0) return { parts, guessed: true };
  return { parts, guessed: rest.length > 0 && !sameLine };
}

/** rows that must list several units in one run (`甲、乙`) before a table's unit cells are taken to be written so */
const MIN_ENUMERATED_ROWS = 2;

/** The runs of a row's units, each a re-joined run of text (`group`), in order; null when a run comes back after another. */
export function unitRuns(units: readonly Entity[]): Entity[][] | null {
  const runs: Entity[][] = [];
  for (const u of units) {
    const last = runs[runs.length - 1];
    if (last && last[0]!.group === u.group) last.push(u);
    else if (runs.some((r) => r[0]!.group === u.group)) return null;
    else runs.push([u]);
  }
  return runs;
}

/**
 * Does the table write each unit cell of a block of unit columns as one run of text, its units
 * listed with `、` (`省统计局、省财政` + `厅、各市人民政府`)? Then a line break between two names
 * that no `、` or cut name bridges is a cell's end. The table shows it when several rows list
 * units so, and no row's units fall into more runs than the block has columns (a table that
 * prints one unit per line, `区发改局` / `区人社局` / `各街道办事处`, has such rows).
 */
export function cellsAsEnumerations(rows: ReadonlyArray<readonly Entity[]>, fields: readonly EntityField[]): boolean {
  if (fields.length < 2) return false;
  let listing = 0;
  let over = 0;
  for (const units of rows) {
    if (!units.length) continue;
    const runs = unitRuns(units);
    if (!runs) return false;
    // (a row whose first cell holds two units on lines of their own, `县教育局` / `县卫生健康局`, falls into one run
    // more: that row alone is guessed; a table printing one unit per line has many such rows)
    if (runs.length > fields.length) over++;
    if (runs.some((r) => r.length > 1 && r.every((u) => u.listed))) listing++;
  }
  return listing >= MIN_ENUMERATED_ROWS && over * ENUMERATED_PER_OVERRUN <= listing;
}

/** rows listing units in one run needed per row whose units fall into more runs than the block has columns */
const ENUMERATED_PER_OVERRUN = 8;

/** unit columns side by side from which a row's text can no longer show where each starts */
export const UNSEEN_COLUMNS_FROM = 3;

/** rows that must show a unit on one side (and none on the other) before a cut next to it is taken as sure */
const MIN_SIDE_VOTES = 2;

/** Votes per unit name for the first unit column and the next, from the rows whose text shows the boundary. */
export function unitColumnVotes(
  rows: ReadonlyArray<readonly Entity[]>,
  fields: readonly EntityField[],
  /** per row, the cuts its line breaks allow (geometry.ts), or null */
  cuts: ReadonlyArray<ReadonlySet<number> | null> = [],
): Votes {
  const votes: Votes = new Map();
  if (fields.length < 2) return votes;
  rows.forEach((units, r) => {
    let split = splitUnitBlock(units, fields);
    // the line breaks allow one cut only: the text shows the boundary
    const only = cuts[r]?.size === 1 ? [...cuts[r]!][0]! : null;
    if (split.guessed && only !== null) split = { parts: [units.slice(0, only), units.slice(only)], guessed: false };
    // a boundary shown on one line, or a single unit (the first column's)
    if (split.guessed || (!split.parts[1]!.length && units.length !== 1 && only === null)) return;
    split.parts.slice(0, 2).forEach((part, side) => {
      for (const u of part) {
        const v = votes.get(u.name) ?? [0, 0];
        v[side] = v[side]! + 1;
        votes.set(u.name, v);
      }
    });
  });
  return votes;
}

const ODDS_EPSILON = 1e-9;

/**
 * How well a cut fits what the document shows of each name: the log-likelihood of every unit on
 * its side, each name's chance of the first column being (shown first + ½) / (shown + 1). A name
 * seen 3 : 1 weighs less than one seen 4 : 0; a name never seen says nothing.
 */
export function sideOdds(units: readonly Entity[], k: number, votes: Votes): number {
  let sum = 0;
  units.forEach((u, i) => {
    const [a, b] = votes.get(u.name) ?? [0, 0];
    const p = (a + 0.5) / (a + b + 1);
    sum += Math.log(i < k ? p : 1 - p);
  });
  return sum;
}

/**
 * Split a run of units over two unit columns where the text does not show
 * the boundary: the cut (at least one unit in the first column) that puts the
 * fewest names against the side the rest of the document shows them on; ties
 * keep the first name run in the first column. `sure` only when every name but
 * the row's first is one the document shows on its side at least twice and
 * never on the other (a name seen nowhere, or on both sides, may sit on either
 * side of the cut: seed002's 区发改局 leads five rows and is a 责任单位 in another).
 */
export function chooseUnitSplit(
  units: readonly Entity[],
  fields: readonly EntityField[],
  votes: Votes,
  /** the cuts the row's line breaks allow (geometry.ts); null or empty: no say */
  allowed: ReadonlySet<number> | null = null,
  /** the table writes each unit cell as one run of text (`cellsAsEnumerations`) */
  enumerated = false,
): { parts: Entity[][]; guessed: boolean; sure: boolean; byLines?: boolean; byRuns?: boolean } {
  const def = splitUnitBlock(units, fields);
  if (!def.guessed) return { ...def, sure: true };
  // one run of text per cell, as many runs as columns: each run is a column's cell
  const runs = enumerated ? unitRuns(units) : null;
  if (runs && runs.length === fields.length && (allowed === null || allowed.size === 0 || allowed.has(runs[0]!.length))) {
    return { parts: runs, guessed: true, sure: true, byRuns: true };
  }
  if (fields.length >= UNSEEN_COLUMNS_FROM) return { ...def, sure: false };
  const lines = allowed !== null && allowed.size > 0 ? allowed : null;
  const side = (name: string): 0 | 1 | null => {
    const [a, b] = votes.get(name) ?? [0, 0];
    return a > b ? 0 : b > a ? 1 : null;
  };
  // a side is known for the sureness test only when the name was never seen on the other
  const knownSide = (name: string): 0 | 1 | null => {
    const [a, b] = votes.get(name) ?? [0, 0];
    if (b === 0 && a >= MIN_SIDE_VOTES) return 0;
    if (a === 0 && b >= MIN_SIDE_VOTES) return 1;
    // a collective (`各街道办事处`, `区直有关单位`) never seen leading: the responsible units' side
    return a === 0 && isCollective(name) ? 1 : null;
  };
  const defK = lines && !lines.has(def.parts[0]!.length) ? minOf(lines) : def.parts[0]!.length;
  let best = { k: defK, misplaced: Infinity, odds: -Infinity };
  for (let k = 1; k <= units.length; k++) {
    if (lines && !lines.has(k)) continue;
    const misplaced = units.filter((u, i) => {
      const sd = side(u.name);
      return sd !== null && sd !== (i < k ? 0 : 1);
    }).length;
    const odds = sideOdds(units, k, votes);
    const better = odds > best.odds + ODDS_EPSILON || (Math.abs(odds - best.odds) <= ODDS_EPSILON && (misplaced < best.misplaced || (misplaced === best.misplaced && k === defK)));
    if (better) best = { k, misplaced, odds };
  }
  const parts: Entity[][] = fields.map(() => []);
  parts[0] = units.slice(0, best.k);
  parts[1] = units.slice(best.k);
  // the line breaks allow this cut only
  if (lines?.size === 1) return { parts, guessed: true, sure: true, byLines: true };
  // sure when every name is pinned: each (but the row's first, which leads) is shown on its side
  // elsewhere and never on the other, so no other cut keeps the names where the document puts them
  const sure = best.misplaced === 0 && units.every((u, i) => i === 0 || knownSide(u.name) === (i < best.k ? 0 : 1));
  return { parts, guessed: true, sure };
}

export type { Diagnostic };
