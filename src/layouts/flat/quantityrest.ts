/**
 * A task wrapped right after a number, its measure word alone on the next line
 * (`新建乡镇区域养老服务中心 3` | `个`): the line is the task's rest, not a name of the
 * next column. Only a short piece that starts with a measure word, is no name of a
 * unit or person, after a task line that ends with a digit.
 */
import { tokenKind } from "./fragments.js";

/** measure words and units that follow a number in a task (`3 个`, `2 万亩`, `10 亿元`) */
const MEASURE_START = /^[个家项亿万千百元人处条所座名次场件批年月日天倍吨米亩户种类支台辆套栋期轮部宗%％]/u;
/** the longest such rest (`万亩。`, `亿元以上`) */
const MAX_QUANTITY_REST = 4;
/** what may close the rest: the sentence's end or a clause mark */
const CLOSING = /[。；;，,、]$/u;

/** a quantity's qualifier wrapped alone after it (`增长 7%` | `左右`, `50 家` | `以上`): read like a two-character name */
const QUALIFIER = /^(?:左右|以上|以下|以内)[。；;，,、]?$/u;
/** what a quantity ends with: a digit, a percent sign or a measure word */
const QUANTITY_END = /[0-9０-９%％个家项亿万千百元人处条所座名次场件批天倍吨米亩户种类支台辆套栋]$/u;

export function isQuantityRest(lastTaskLine: string, text: string): boolean {
  const last = lastTaskLine.trim();
  const t = text.trim().replace(/\s+/g, "");
  if (QUALIFIER.test(t)) return QUANTITY_END.test(last) && /[0-9０-９]/u.test(last);
  if (!/[0-9０-９]$/u.test(last) || !t || !MEASURE_START.test(t)) return false;
  const bare = t.replace(CLOSING, "");
  if ([...bare].length > MAX_QUANTITY_REST || !/^[\p{Script=Han}%％]+$/u.test(bare)) return false;
  // made of measure words only (`万亩`, `亿元`): a quantity even where it reads like a name (`万` is a surname too)
  if ([...bare].every((c) => MEASURE_START.test(c))) return true;
  return tokenKind(bare) === "fragment";
}
