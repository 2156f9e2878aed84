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

/**
 * The first item at or after `from` that `pred` accepts, or undefined. `a.slice(from).find(pred)`
 * copies the rest of the array first: called for each item of a document, that is quadratic.
 */
export function findFrom<T>(items: readonly T[], from: number, pred: (x: T) => boolean): T | undefined {
  for (let i = Math.max(0, from); i < items.length; i++) if (pred(items[i]!)) return items[i];
  return undefined;
}

/** The last item before `before` that `pred` accepts, or undefined (`a.slice(0, before).reverse().find(pred)` without the copies). */
export function findLastBefore<T>(items: readonly T[], before: number, pred: (x: T) => boolean): T | undefined {
  for (let i = Math.min(before, items.length) - 1; i >= 0; i--) if (pred(items[i]!)) return items[i];
  return undefined;
}

/**
 * The index of the first item whose key is at least `x` (`items.length` when none), for items sorted by
 * key: a binary search where `items.filter((i) => key(i) >= x)` would walk them all for every question.
 */
export function firstAtLeast<T>(items: readonly T[], x: number, key: (item: T) => number): number {
  return firstWhere(items, (item) => key(item) >= x);
}

/** The index of the first item whose key is above `x` (`items.length` when none), for items sorted by key. */
export function firstAbove<T>(items: readonly T[], x: number, key: (item: T) => number): number {
  return firstWhere(items, (item) => key(item) > x);
}

/** The first index where `holds` turns true, for a test false on a prefix of the items and true on the rest. */
function firstWhere<T>(items: readonly T[], holds: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (holds(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Are the items in ascending order of key (ties allowed)? */
export function isSortedBy<T>(items: readonly T[], key: (item: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (key(items[i - 1]!) > key(items[i]!)) return false;
  return true;
}
