import type { Db } from './connection.ts';

/**
 * One SQLite transaction per state change, with its effects outside the database (events to the windows)
 * held back until it commits. A change and everything it implies (an attempt's state, its payment line, the
 * order's paid amount, audit entries, alerts) either all reach the disk or none does, and no window hears of a
 * change that a crash or an error then rolled back.
 *
 * Nested calls join the outer transaction (as a savepoint): an inner failure that the caller catches drops
 * only the effects queued inside it.
 */
export function createUnitOfWork(db: Db) {
  let depth = 0;
  const pending: (() => void)[] = [];

  function run<T>(work: () => T): T {
    const mark = pending.length;
    depth++;
    let result: T;
    try {
      result = db.transaction(work)();
    } catch (error) {
      pending.length = mark;
      throw error;
    } finally {
      depth--;
    }
    if (depth === 0) flush();
    return result;
  }

  function flush(): void {
    // Effects may themselves run units of work; those flush their own effects. One failing effect (a window's
    // listener) does not keep the others from running; the first failure is passed on after all ran.
    let failure: { error: unknown } | null = null;
    for (const effect of pending.splice(0)) {
      try {
        effect();
      } catch (error) {
        failure ??= { error };
      }
    }
    if (failure) throw failure.error;
  }

  return {
    run,
    /** Runs `effect` once the current unit of work commits (at once outside one); never after a rollback. */
    afterCommit(effect: () => void): void {
      if (depth === 0) effect();
      else pending.push(effect);
    },
    /** Whether a unit of work is open: a store's write that must not commit alone can assert it. */
    get active(): boolean {
      return depth > 0;
    },
  };
}

export type UnitOfWork = ReturnType<typeof createUnitOfWork>;

/**
 * `work` as a function that runs as one unit of work, the way `db.transaction(work)` gives one transaction:
 * a service built on it joins its caller's unit (a return inside a refund) and its events wait for the commit.
 */
export function inUnitOfWork<A extends unknown[], R>(
  tx: UnitOfWork,
  work: (...args: A) => R,
): (...args: A) => R {
  return (...args) => tx.run(() => work(...args));
}
