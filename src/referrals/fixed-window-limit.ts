/** Requests per key in a fixed window, in memory (one process serves these pages); old windows are swept. */
export function createFixedWindowLimit(o: { limit: number; windowMs: number; now?: () => number }) {
  const now = o.now ?? Date.now;
  const hits = new Map<string, { start: number; n: number }>();
  return {
    /** true when this request is allowed (and counted). */
    take(key: string): boolean {
      const at = now();
      if (hits.size > 10_000) for (const [k, w] of hits) if (at - w.start >= o.windowMs) hits.delete(k);
      const w = hits.get(key);
      if (!w || at - w.start >= o.windowMs) {
        hits.set(key, { start: at, n: 1 });
        return true;
      }
      w.n++;
      return w.n <= o.limit;
    },
  };
}
