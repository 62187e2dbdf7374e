/**
 * The simulators' time: when it is now, and when timed work (a card authorization, a request's latency, an
 * order's expiry, a settlement delay) happens. Real by default, so the simulators keep the providers' timing;
 * a test (or a later feature such as hold expiry) passes a `TestClock` and moves time itself, without sleeping.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /**
   * Runs `run` once `ms` have passed on this clock. A `background` timer (housekeeping such as expiring old
   * orders) does not keep the process alive by itself.
   */
  setTimeout(run: () => void, ms: number, options?: { background?: boolean }): ClockTimer;
  clearTimeout(timer: ClockTimer): void;
}

/** A scheduled run, only good for clearTimeout on the clock that made it. */
export interface ClockTimer {
  readonly dueAt: number;
}

/** The wall clock and Node's timers. */
export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout(run, ms, options) {
    const timer = setTimeout(run, ms);
    if (options?.background) timer.unref();
    return Object.assign(Object.create(null) as object, { dueAt: Date.now() + ms, timer });
  },
  clearTimeout(timer) {
    clearTimeout((timer as ClockTimer & { timer: NodeJS.Timeout }).timer);
  },
};

interface Scheduled extends ClockTimer {
  readonly seq: number;
  readonly run: () => void;
}

/**
 * A clock that moves only when told. `advance` fires every timer that falls due on the way, in time order
 * (the order they were set in for equal times), and lets each one's promise continuations run before the
 * next, so work that a timer starts and that sets further timers within the same stretch is done too.
 */
export class TestClock implements Clock {
  private current: number;
  private seq = 0;
  private readonly timers = new Set<Scheduled>();

  constructor(startMs = Date.UTC(2026, 0, 5, 9, 0, 0)) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  setTimeout(run: () => void, ms: number): ClockTimer {
    const timer: Scheduled = { dueAt: this.current + Math.max(0, ms), seq: this.seq++, run };
    this.timers.add(timer);
    return timer;
  }

  clearTimeout(timer: ClockTimer): void {
    this.timers.delete(timer as Scheduled);
  }

  /** How many timers are waiting. */
  get pending(): number {
    return this.timers.size;
  }

  /** Moves time forward by `ms`, firing what falls due on the way. */
  async advance(ms: number): Promise<void> {
    if (!Number.isFinite(ms) || ms < 0)
      throw new RangeError('The clock only moves forward: give a positive number of milliseconds.');
    const target = this.current + ms;
    await settle();
    for (let next = this.nextDue(target); next; next = this.nextDue(target)) {
      this.timers.delete(next);
      this.current = Math.max(this.current, next.dueAt);
      next.run();
      await settle();
    }
    this.current = target;
  }

  private nextDue(until: number): Scheduled | undefined {
    let first: Scheduled | undefined;
    for (const t of this.timers)
      if (
        t.dueAt <= until &&
        (!first || t.dueAt < first.dueAt || (t.dueAt === first.dueAt && t.seq < first.seq))
      )
        first = t;
    return first;
  }
}

/** Lets pending promise continuations and I/O callbacks run (one turn of the event loop). */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
