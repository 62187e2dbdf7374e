/**
 * The simulator's sense of time. It follows the wall clock but can be moved forward, so tests can expire
 * idempotency keys (kept 24 hours) or age objects without waiting.
 */
export class SimClock {
  private offsetMs = 0;

  nowMs(): number {
    return Date.now() + this.offsetMs;
  }

  /** Unix seconds, as Stripe's `created` fields carry them. */
  nowSeconds(): number {
    return Math.floor(this.nowMs() / 1000);
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0)
      throw new RangeError('The clock only moves forward: give a positive number of milliseconds.');
    this.offsetMs += ms;
  }
}
