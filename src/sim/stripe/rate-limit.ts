import type { SimClock } from './clock.ts';

/**
 * Stripe's per-key request rate limit (25 per second in test mode, 100 in live mode), as a sliding one-second window.
 * Only requests that are let through count, as Stripe's limiter does.
 */
export class RateLimiter {
  private readonly clock: SimClock;
  private readonly windows = new Map<string, number[]>();

  constructor(clock: SimClock) {
    this.clock = clock;
  }

  admit(key: string, perSecond: number): boolean {
    const now = this.clock.nowMs();
    const recent = (this.windows.get(key) ?? []).filter((t) => now - t < 1000);
    if (recent.length >= perSecond) {
      this.windows.set(key, recent);
      return false;
    }
    recent.push(now);
    this.windows.set(key, recent);
    return true;
  }
}
