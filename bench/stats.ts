/** Percentile by nearest rank over a copy of the samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** The middle of the samples (the mean of the two middle ones for an even count). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const round = (n: number, digits = 3) => Number(n.toFixed(digits));

/** Runs `fn` `warmup` times unmeasured, then `runs` times, returning each run's duration in milliseconds. */
export async function timeRuns(runs: number, warmup: number, fn: (i: number) => unknown): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return samples;
}

export interface Pairs {
  /** Duration of each measured run of A, in milliseconds. */
  a: number[];
  /** Duration of each measured run of B, in milliseconds. */
  b: number[];
  /** a[i] / b[i] for each pair. */
  ratios: number[];
  /** a[i] − b[i] for each pair, in milliseconds. */
  differences: number[];
}

/**
 * Times A against B as interleaved pairs, so both see the same machine: on a computer shared with other work,
 * a burst of load lands on one pair and moves that pair's ratio, not the median of all of them. The order
 * within a pair alternates (A B, B A, A B …) so a load that rises or falls steadily favours neither side.
 * Each side of a pair is `batch` calls of its function, which keeps sub-millisecond operations above the
 * timer's and the scheduler's noise. `warmup` pairs run first and are not counted.
 */
export function timePairs(
  options: { pairs: number; warmup?: number; batch?: number },
  a: (i: number) => unknown,
  b: (i: number) => unknown,
): Promise<Pairs> {
  const batch = options.batch ?? 1;
  let calls = 0;
  const timed = (fn: (i: number) => unknown) => async () => {
    const start = performance.now();
    for (let k = 0; k < batch; k++) await fn(calls++);
    return (performance.now() - start) / batch;
  };
  return measurePairs(options, timed(a), timed(b));
}

/**
 * Interleaved pairs as in `timePairs`, for runs that measure themselves: each function resolves to the
 * duration in milliseconds that counts (for example a child process's time to ready, not to exit).
 */
export async function measurePairs(
  options: { pairs: number; warmup?: number },
  a: () => Promise<number>,
  b: () => Promise<number>,
): Promise<Pairs> {
  const result: Pairs = { a: [], b: [], ratios: [], differences: [] };
  for (let i = -(options.warmup ?? 0); i < options.pairs; i++) {
    let ta: number;
    let tb: number;
    if (i % 2 === 0) {
      ta = await a();
      tb = await b();
    } else {
      tb = await b();
      ta = await a();
    }
    if (i < 0) continue;
    result.a.push(ta);
    result.b.push(tb);
    result.ratios.push(ta / tb);
    result.differences.push(ta - tb);
  }
  return result;
}
