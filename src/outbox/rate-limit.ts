/**
 * A token bucket: at most `ratePerSecond` on average, bursts up to `burst`. Channels put their
 * provider's rate cap (SMPP TPS, Twilio messages per second) beneath the outbox's concurrency.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst = Math.max(1, ratePerSecond),
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = clock();
  }

  /** Resolves when a token is available; callers are served in order. */
  take(): Promise<void> {
    if (!(this.ratePerSecond > 0)) return Promise.resolve();
    const next = this.chain.then(() => this.wait());
    this.chain = next;
    return next;
  }

  private async wait(): Promise<void> {
    for (;;) {
      const now = this.clock();
      this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) * this.ratePerSecond) / 1000);
      this.last = now;
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      await new Promise((r) => setTimeout(r, Math.ceil(((1 - this.tokens) * 1000) / this.ratePerSecond)));
    }
  }
}
