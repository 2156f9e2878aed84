/**
 * Optional aliases (`--aliases FILE`): map local spellings onto one name for
 * analysis (`发改局` → `区发改局`). Applied after normalisation, reported as
 * diagnostics; nothing is renamed without a file.
 */
import { readFile } from "node:fs/promises";
import { parseString } from "fast-csv";
import { FenjieError } from "../errors.js";
import { RESPONSIBILITY_FIELDS, type Diagnostic, type Task } from "../model/schema.js";
import { cleanName } from "../text/hygiene.js";

export type AliasMap = ReadonlyMap<string, string>;

/** Parse an aliases file: JSON (`{"from": "to"}` or `[["from","to"]]` or `[{from,to}]`) or CSV with `from,to` rows. */
export async function loadAliases(path: string): Promise<AliasMap> {
  let text: string;
  try {
    text = (await readFile(path, "utf8")).replace(/^\uFEFF/, "");
  } catch {
    throw new FenjieError("USAGE", `无法读取别名文件：${path}。请检查路径。`, path);
  }
  const pairs: Array<[string, string]> = [];
  const trimmed = text.trim();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch (e) {
      throw new FenjieError("USAGE", `别名文件不是有效的 JSON：${path}（${(e as Error).message}）。`, path);
    }
    if (Array.isArray(data)) {
      for (const item of data) {
        if (Array.isArray(item) && item.length === 2) pairs.push([String(item[0]), String(item[1])]);
        else if (item && typeof item === "object" && "from" in item && "to" in item) pairs.push([String(item.from), String(item.to)]);
        else throw new FenjieError("USAGE", `别名文件格式不对：${path}。每项应为 ["原名","统一名"] 或 {"from":…,"to":…}。`, path);
      }
    } else if (data && typeof data === "object") {
      for (const [k, v] of Object.entries(data)) pairs.push([k, String(v)]);
    }
  } else {
    const rows = await new Promise<string[][]>((resolve, reject) => {
      const out: string[][] = [];
      parseString(text, { ignoreEmpty: true, trim: true })
        .on("data", (r: string[]) => out.push(r))
        .on("error", reject)
        .on("end", () => resolve(out));
    });
    for (const [i, r] of rows.entries()) {
      if (i === 0 && r[0]?.toLowerCase() === "from") continue;
      if (r.length < 2 || !r[0] || !r[1]) throw new FenjieError("USAGE", `别名文件第 ${i + 1} 行应为“原名,统一名”：${path}。`, path);
      pairs.push([r[0], r[1]]);
    }
  }
  return new Map(pairs.map(([a, b]) => [cleanName(a), cleanName(b)]));
}

/** Apply aliases to every entity field and assignment; one info diagnostic per mapping used. */
export function applyAliases(tasks: readonly Task[], aliases: AliasMap): { tasks: Task[]; diagnostics: Diagnostic[] } {
  if (!aliases.size) return { tasks: [...tasks], diagnostics: [] };
  const used = new Map<string, number>();
  const map = (name: string): string => {
    const to = aliases.get(name);
    if (to === undefined || to === name) return name;
    used.set(name, (used.get(name) ?? 0) + 1);
    return to;
  };
  const out = tasks.map((t) => {
    const copy: Task = { ...t };
    for (const f of RESPONSIBILITY_FIELDS) copy[f] = t[f].map(map);
    if (t.assignments) copy.assignments = t.assignments.map((a) => ({ unit: aliases.get(a.unit) ?? a.unit, leader: aliases.get(a.leader) ?? a.leader }));
    return copy;
  });
  const diagnostics: Diagnostic[] = [...used.entries()].map(([from, n]) => ({
    level: "info",
    code: "ALIAS_APPLIED",
    message: `按别名表将“${from}”统一为“${aliases.get(from)}”，共 ${n} 处。`,
  }));
  return { tasks: out, diagnostics };
}
