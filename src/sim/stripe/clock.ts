import { realClock, type Clock } from '../clock.ts';

/**
 * The simulator's sense of time. It follows its clock (the wall clock unless a test gives a `TestClock`) but can
 * be moved forward on its own, so tests can expire idempotency keys (kept 24 hours) or age objects without
 * waiting and without firing the timers on the way.
 */
export class SimClock {
  private offsetMs = 0;

  readonly base: Clock;

  constructor(base: Clock = realClock) {
    this.base = base;
  }

  nowMs(): number {
    return this.base.now() + this.offsetMs;
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
