/**
 * A unit list that ends with 等 (`各街道办事处、区级有关部门等`): the 等 says the list is not complete, it is no part of
 * the last unit's name. The list layout drops it as it reads the label (`LIST_ET_CETERA`); a table's cell keeps it
 * until here. Dropped from the last unit of each unit field when what is left is a unit or a collective, with an info
 * diagnostic naming the row (the list may be incomplete). A word that ends in 等 (`平等`, `高等`) is never cut.
 */
import type { Diagnostic, Task } from "../model/schema.js";
import { classify } from "./classify.js";

const UNIT_FIELDS = ["leadUnits", "units", "coUnits"] as const;
/** words that end in 等 and are no "and so on" (`男女平等`, `高等`, `同等`) */
const WORD_ENDING_IN_DENG = /(?:平|高|中|初|同|均|对|相|次|优|上|特|头|一|二|三)等$/;
/** the 等 and the words that may go with it (`等单位`, `等部门`) at the end of a list */
const TRAILING_DENG = /等(?:单位|部门)?$/;

/** a 等 standing as a name of its own */
const LONE_DENG = /^等(?:单位|部门)?$/;

export function dropEtCetera(tasks: readonly Task[]): { tasks: Task[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const out = tasks.map((t) => {
    let next = t;
    for (const f of UNIT_FIELDS) {
      // a 等 on a line of its own (a narrow cell wrapped it: `…、区统计局` | `等`) is a piece of no name, wherever the
      // text put it
      const lone = next[f].filter((n) => LONE_DENG.test(n));
      if (lone.length && lone.length < next[f].length) {
        next = { ...next, [f]: next[f].filter((n) => !LONE_DENG.test(n)) };
        diagnostics.push(etCeteraNote(t, `第 ${t.seq} 项的名单里有单独的“${lone[0]}”，已去掉；名单可能不完整，请核对原文。`));
      }
      const list = next[f];
      const last = list[list.length - 1];
      if (!last || !TRAILING_DENG.test(last) || WORD_ENDING_IN_DENG.test(last.replace(/(?:单位|部门)$/, ""))) continue;
      const bare = last.replace(TRAILING_DENG, "");
      const kind = classify(bare);
      if (!bare || (kind !== "unit" && kind !== "collective")) continue;
      next = { ...next, [f]: [...list.slice(0, -1), bare] };
      diagnostics.push(etCeteraNote(t, `第 ${t.seq} 项的名单以“等”结尾（“${last}”），已去掉“等”字；名单可能不完整，请核对原文。`));
    }
    return next;
  });
  return { tasks: out, diagnostics };
}

/** The info diagnostic naming the row whose list lost its 等. */
function etCeteraNote(t: Task, message: string): Diagnostic {
  return { level: "info", code: "LIST_ET_CETERA", message, table: t.table, seq: t.seq, ...(t.source.line ? { line: t.source.line } : {}), ...(t.source.page ? { page: t.source.page } : {}) };
}
