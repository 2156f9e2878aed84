/**
 * Text copied out of a gazette or a bound PDF prints the publication's running head at every page break
 * (`— 12 —` | `青溪市人民政府公报　　2026年第3期`): a line printed the same at least twice, each time at a page's
 * margin — right before a page number, one of the two lines after it, opening a page (a form feed) or the document —
 * is the page's furniture, no heading, task nor name. A line printed so at every page break (three at least) may be
 * printed once elsewhere too (the issuing office as running head and as the letter's signature): that line is no
 * head. A head printed on two lines (`某市人民政府公报` | `2023 年第 4 期`) has its second line beside the first at
 * every break.
 * A line printed twice elsewhere (a heading, a repeated target) stays, and so does a line `keep` says is content.
 */
import type { SourceLine } from "../model/intermediate.js";
import { PAGE_NUMBER_PATTERNS } from "./lexicon.js";

/** page breaks a running head is printed at before one more line like it elsewhere is allowed */
const MIN_HEADS_WITH_ONE_ELSEWHERE = 3;

interface Seen {
  /** times printed at a page's margin, in all */
  n: number;
  all: number;
  text: string;
}

/** The indexes (into `lines`) of the running heads' lines. */
export function runningHeadLines(lines: readonly SourceLine[], keep: (text: string) => boolean = () => false): Set<number> {
  const key = (t: string) => t.replace(/\s+/g, "");
  const filled = lines.flatMap((l, k) => (key(l.text) ? [k] : []));
  const isPage = (k: number) => PAGE_NUMBER_PATTERNS.some((p) => p.test(lines[k]!.text.trim()));
  const atPage = new Set<number>();
  const count = (at: (k: number, f: number) => boolean, skip: (k: number) => boolean) => {
    const seen = new Map<string, Seen>();
    filled.forEach((k, f) => {
      if (isPage(k) || skip(k)) return;
      const t = key(lines[k]!.text);
      const e = seen.get(t) ?? seen.set(t, { n: 0, all: 0, text: lines[k]!.text.trim() }).get(t)!;
      e.all++;
      if (at(k, f)) {
        e.n++;
        atPage.add(k);
      }
    });
    return seen;
  };
  // (printed once elsewhere too, a head is printed at every page break: a name that happens to stand at some is none)
  const breaks = filled.filter(isPage).length;
  const furniture = (e: Seen, oneElsewhere: boolean) =>
    e.n >= 2 && (e.n === e.all || (oneElsewhere && e.n >= Math.max(MIN_HEADS_WITH_ONE_ELSEWHERE, breaks) && e.all - e.n === 1)) && !keep(e.text);
  // (the document's first line is the first page's head; a line a form feed opens, a page's; the second line of a page
  // too: a page's first text may come out before its head, `附件` | head)
  const margin = (k: number, f: number) =>
    f === 0 || lines[k]!.text.startsWith("\f") || (f > 0 && isPage(filled[f - 1]!)) || (f > 1 && isPage(filled[f - 2]!)) || (f + 1 < filled.length && isPage(filled[f + 1]!));
  const heads = new Set([...count(margin, () => false)].filter(([, e]) => furniture(e, true)).map(([t]) => t));
  if (!heads.size) return new Set();
  const isHead = (k: number) => atPage.has(k) && heads.has(key(lines[k]!.text));
  const beside = (k: number, f: number) => (f > 0 && isHead(filled[f - 1]!)) || (f + 1 < filled.length && isHead(filled[f + 1]!));
  const second = new Set([...count(beside, isHead)].filter(([, e]) => furniture(e, false)).map(([t]) => t));
  return new Set(filled.filter((k) => atPage.has(k) && (heads.has(key(lines[k]!.text)) || second.has(key(lines[k]!.text)))));
}
