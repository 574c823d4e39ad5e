/** At most `max` sends in any 60 seconds. `take` returns 0 when allowed, else how long to wait. */
export function createMinuteLimiter(max: number, now: () => number) {
  const sent: number[] = [];
  return {
    take(): number {
      const t = now();
      while (sent.length && sent[0]! <= t - 60_000) sent.shift();
      if (sent.length >= max) return sent[0]! + 60_000 - t;
      sent.push(t);
      return 0;
    },
  };
}
