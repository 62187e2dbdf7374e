import type { ResolvedAccount } from './accounts.ts';
import { SimClock } from './clock.ts';
import { realClock, type Clock, type ClockTimer } from '../clock.ts';
import { FaultInjector } from '../faults.ts';
import { IdempotencyStore } from './idempotency.ts';
import { RateLimiter } from './rate-limit.ts';
import type { Scheduler } from './readers.ts';
import { ModeState, type ReaderRecord } from './state.ts';

export interface SimSettings {
  latencyMs: number;
  /** Requests per second per key; null follows Stripe (25 in test mode, 100 in live mode). */
  rateLimitPerSecond: number | null;
  /** How long a presented card takes to authorize; during that time the action cannot be canceled. */
  authorizationMs: number;
  /** How long a new PaymentIntent takes to show up in search results. */
  searchIndexDelayMs: number;
  /** How long a SEPA Direct Debit paid on a hosted page takes to settle or fail, on the simulator clock. */
  asyncSettlementMs: number;
}

/** Everything the simulator holds: accounts and their data, time, and the machinery around the API. */
export class SimCore implements Scheduler {
  readonly clock: SimClock;
  readonly accounts: readonly ResolvedAccount[];
  readonly apiVersion: string;
  readonly settings: SimSettings;
  readonly faults: FaultInjector;
  readonly idempotency: IdempotencyStore;
  readonly limiter: RateLimiter;
  private readonly states = new Map<string, ModeState>();
  /** Where the hosted Checkout pages are served (the simulator's own address, known once it listens). */
  hostedBase = 'http://127.0.0.1';
  private readonly timers = new Set<ClockTimer>();
  private closed = false;

  constructor(
    accounts: readonly ResolvedAccount[],
    apiVersion: string,
    settings: SimSettings,
    seed: number,
    clock: Clock = realClock,
  ) {
    this.clock = new SimClock(clock);
    this.accounts = accounts;
    this.apiVersion = apiVersion;
    this.settings = settings;
    this.faults = new FaultInjector(seed);
    this.idempotency = new IdempotencyStore(this.clock);
    this.limiter = new RateLimiter(this.clock);
  }

  stateFor(account: ResolvedAccount, livemode: boolean): ModeState {
    const key = `${account.id}:${livemode ? 'live' : 'test'}`;
    let state = this.states.get(key);
    if (state === undefined) {
      state = new ModeState(account, livemode, this.apiVersion, this.clock);
      this.states.set(key, state);
    }
    return state;
  }

  /** Every account and mode that has been used, in the order they were first used. */
  allStates(): ModeState[] {
    return [...this.states.values()];
  }

  findReader(id: string): { state: ModeState; record: ReaderRecord } | undefined {
    for (const state of this.states.values()) {
      const record = state.readers.get(id);
      if (record !== undefined) return { state, record };
    }
    return undefined;
  }

  authorizationMs(): number {
    return this.settings.authorizationMs;
  }

  later(ms: number, run: () => void): () => void {
    const base = this.clock.base;
    const timer = base.setTimeout(() => {
      this.timers.delete(timer);
      if (!this.closed) run();
    }, ms);
    this.timers.add(timer);
    return () => {
      base.clearTimeout(timer);
      this.timers.delete(timer);
    };
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = this.clock.base.setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) this.clock.base.clearTimeout(timer);
    this.timers.clear();
  }
}
