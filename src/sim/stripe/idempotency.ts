import type { SimClock } from './clock.ts';

/** A response as it went out, kept to be replayed byte for byte. */
export interface StoredResponse {
  method: string;
  path: string;
  fingerprint: string;
  status: number;
  body: string;
  requestId: string;
  storedAtMs: number;
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The SDK puts a key on every POST, so a long soak would keep every answer for a simulated day. Past this many keys
 * the oldest are forgotten early, which only matters to a test that retries a request from thousands of calls ago.
 */
const maxEntries = 20_000;

/**
 * Stripe's idempotency layer: per account and mode, a key remembers the first response for 24 hours. The same key
 * with the same parameters replays it (even a 500); with other parameters it is an `idempotency_error`.
 */
export class IdempotencyStore {
  private readonly clock: SimClock;
  private readonly entries = new Map<string, StoredResponse>();

  constructor(clock: SimClock) {
    this.clock = clock;
  }

  lookup(scope: string, key: string): StoredResponse | undefined {
    const id = `${scope}\u0000${key}`;
    const entry = this.entries.get(id);
    if (entry === undefined) return undefined;
    if (this.clock.nowMs() - entry.storedAtMs >= dayMs) {
      this.entries.delete(id);
      return undefined;
    }
    return entry;
  }

  save(scope: string, key: string, response: Omit<StoredResponse, 'storedAtMs'>): void {
    const id = `${scope}\u0000${key}`;
    this.entries.delete(id);
    this.entries.set(id, { ...response, storedAtMs: this.clock.nowMs() });
    if (this.entries.size > maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
  }
}
