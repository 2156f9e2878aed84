/**
 * Text similarity of two task texts: the Dice coefficient of their character
 * bigram multisets, after normalising (NFKC, whitespace, punctuation and
 * symbols removed, Latin letters lower-cased). 1 = same characters in the same
 * order, 0 = no bigram in common. Chinese has no word boundaries, so character
 * bigrams are the usual unit: they ignore reordered clauses and tolerate
 * edited numbers ("增长8%" vs "增长7%" differ in one bigram of many).
 */

/** Characters that carry no content for matching. */
const NOISE = /[\s\p{P}\p{S}]/gu;

export function normaliseTask(text: string): string {
  return text.normalize("NFKC").replace(NOISE, "").toLowerCase();
}

function bigrams(s: string): Map<string, number> {
  const chars = [...s];
  const m = new Map<string, number>();
  if (chars.length === 1) m.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

export interface Profile {
  grams: Map<string, number>;
  size: number;
  text: string;
}

export function profile(text: string): Profile {
  const norm = normaliseTask(text);
  const grams = bigrams(norm);
  let size = 0;
  for (const n of grams.values()) size += n;
  return { grams, size, text: norm };
}

/** Dice coefficient of two profiles: 2·|A∩B| / (|A|+|B|) over bigram multisets. */
export function dice(a: Profile, b: Profile): number {
  if (a.size === 0 && b.size === 0) return a.text === b.text ? 1 : 0;
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.grams.size <= b.grams.size ? [a.grams, b.grams] : [b.grams, a.grams];
  let common = 0;
  for (const [g, n] of small) common += Math.min(n, large.get(g) ?? 0);
  return (2 * common) / (a.size + b.size);
}

export function similarity(x: string, y: string): number {
  return dice(profile(x), profile(y));
}
