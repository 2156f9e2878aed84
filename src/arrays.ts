/**
 * Array helpers that hold at any size. `a.push(...b)` and `Math.max(...b)` pass every element
 * as an argument and throw "Maximum call stack size exceeded" from about 100k elements (a
 * 40k-row list notice, a 150k-row dataset): where an array grows with the input, use these.
 */

/** Appends every item of `items` to `target` (in place) and returns `target`. */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const x of items) target.push(x);
  return target;
}

/** The largest number, or `empty` when there is none. */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let m = -Infinity;
  let any = false;
  for (const v of values) {
    any = true;
    if (v > m) m = v;
  }
  return any ? m : empty;
}

/** The smallest number, or `empty` when there is none. */
export function minOf(values: Iterable<number>, empty = Infinity): number {
  let m = Infinity;
  let any = false;
  for (const v of values) {
    any = true;
    if (v < m) m = v;
  }
  return any ? m : empty;
}
