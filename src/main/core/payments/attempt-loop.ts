import type { Logger } from '../logger.ts';

/** Backoff while the provider cannot be reached: quick at first, then every 5 s until it answers. */
const backoffMs = [250, 500, 1000, 2000, 5000];

/** What one turn of an attempt's loop came to. */
export type Turn =
  /** Nothing more to do for now: the attempt settled, or its provider is not set up. */
  | { done: true }
  /** Go on, after `pauseMs` (0: at once). */
  | { done: false; pauseMs: number };

export interface AttemptLoopDeps {
  /** One provider step for the attempt, and what it came to. */
  turn(attemptId: string): Promise<Turn>;
  /** A step threw: true to keep trying (the outcome is unknown), false when the attempt was settled. */
  failed(attemptId: string, error: unknown, failures: number): boolean;
  log: Logger;
}

/**
 * The per-attempt loops: one loop per open attempt runs its steps until it settles, sleeping between polls and
 * backing off while the provider cannot be reached. Asking for a loop that runs only wakes it (a notification,
 * a cashier's Check again, a simulated card).
 */
export function createAttemptLoops(deps: AttemptLoopDeps) {
  const loops = new Map<string, { wake: () => void }>();
  let stopped = false;

  function drive(attemptId: string): void {
    const running = loops.get(attemptId);
    if (running) return running.wake();
    let wake: () => void = () => undefined;
    let woken = false;
    const sleep = (ms: number) =>
      new Promise<void>((resolve) => {
        if (woken) {
          woken = false;
          return resolve();
        }
        const timer = setTimeout(resolve, ms);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    loops.set(attemptId, {
      wake: () => {
        woken = true;
        wake();
      },
    });

    void (async () => {
      let failures = 0;
      // Answer the window first: the provider calls start on the next turn of the event loop.
      await new Promise((resolve) => setImmediate(resolve));
      try {
        while (!stopped) {
          try {
            const turn = await deps.turn(attemptId);
            failures = 0;
            if (turn.done) break;
            if (turn.pauseMs > 0) await sleep(turn.pauseMs);
          } catch (error) {
            if (stopped) break;
            if (!deps.failed(attemptId, error, ++failures)) break;
            await sleep(backoffMs[Math.min(failures - 1, backoffMs.length - 1)]!);
          }
        }
      } catch (error) {
        deps.log.error('payments.loop_crashed', { attemptId, error: String(error) });
      } finally {
        loops.delete(attemptId);
      }
    })();
  }

  return {
    /** Runs an attempt until it settles; calling again only wakes the running loop. */
    drive,
    wake: (attemptId: string): void => loops.get(attemptId)?.wake(),
    isBusy: (attemptId: string): boolean => loops.has(attemptId),
    get stopped(): boolean {
      return stopped;
    },
    stop(): void {
      stopped = true;
      for (const loop of loops.values()) loop.wake();
    },
  };
}

export type AttemptLoops = ReturnType<typeof createAttemptLoops>;
