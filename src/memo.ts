/**
 * A cache for a pure function of one string. A document asks the same question of the same name many times
 * (every unit of a 10,000-row notice is classified in several layouts' attempts); the answer is kept, and the
 * whole cache is dropped when it reaches `limit` entries so memory stays bounded over a batch of documents.
 */
export function memoByString<R>(fn: (s: string) => R, limit = 50_000): (s: string) => R {
  const cache = new Map<string, R>();
  return (s: string): R => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as R;
    if (cache.size >= limit) cache.clear();
    const r = fn(s);
    cache.set(s, r);
    return r;
  };
}
