/** Exponential backoff with full jitter, capped: 2 s, 4 s, 8 s … up to 10 min. */
export function backoffMs(attempt: number, random: () => number = Math.random, baseMs = 2_000, maxMs = 600_000): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
