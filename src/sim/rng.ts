/**
 * A small seedable random source (mulberry32). Random faults draw from it so that a soak test that passes a seed
 * injects the same faults into the same requests on every run.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

/** The same source as a function, for callers that only need numbers (benchmarks, soak drivers). */
export function seededRandom(seed: number): () => number {
  const source = new SeededRandom(seed);
  return () => source.next();
}
