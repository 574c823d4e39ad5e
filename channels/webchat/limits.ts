/**
 * A sliding-window counter per key (visitor, IP): at most `limit` hits in any `windowMs`.
 * In memory, which is right for one instance; the counters are small and pruned.
 */
export interface WindowLimiter {
  /** Records a hit and returns true, or returns false (recording nothing) when the key is over its limit. */
  take(key: string): boolean;
  /** Drops keys whose hits have all left the window. */
  prune(): void;
  readonly size: number;
}

export function createWindowLimiter(limit: number, windowMs: number, now: () => number): WindowLimiter {
  const hits = new Map<string, number[]>();
  return {
    take(key) {
      const t = now();
      const list = hits.get(key)?.filter((at) => t - at < windowMs) ?? [];
      if (list.length >= limit) {
        hits.set(key, list);
        return false;
      }
      list.push(t);
      hits.set(key, list);
      return true;
    },
    prune() {
      const t = now();
      for (const [key, list] of hits) if (list.every((at) => t - at >= windowMs)) hits.delete(key);
    },
    get size() {
      return hits.size;
    },
  };
}
