import { seededRandom } from './random.ts';

/**
 * Fault injection, in the same vocabulary as the Stripe simulator. `latency` delays the answer by `ms`
 * (default 1000) and then answers normally; `http_500` and `http_429` answer an error without touching any
 * state; `drop_connection` closes the socket without acting on the request; `lost_response` acts on the
 * request and then closes the socket, so the client never learns that it succeeded.
 *
 * `match.path` as a string must equal the URL path exactly; use a RegExp for ids. `times` defaults to
 * unlimited, `probability` to 1.
 */
export type SimFaultKind = 'latency' | 'http_500' | 'http_429' | 'drop_connection' | 'lost_response';

export interface SimFault {
  kind: SimFaultKind;
  match?: { method?: string; path?: RegExp | string };
  times?: number;
  probability?: number;
  ms?: number;
}

export interface FaultDecision {
  delayMs: number;
  outcome: Exclude<SimFaultKind, 'latency'> | null;
}

const kinds: readonly SimFaultKind[] = [
  'latency',
  'http_500',
  'http_429',
  'drop_connection',
  'lost_response',
];

interface ActiveFault {
  fault: SimFault;
  remaining: number;
}

export class FaultInjector {
  private readonly random: () => number;
  private active: ActiveFault[] = [];

  constructor(seed: number) {
    this.random = seededRandom(seed);
  }

  add(fault: SimFault): void {
    if (!kinds.includes(fault.kind))
      throw new RangeError(`Unknown fault kind ${String(fault.kind)}: use ${kinds.join(', ')}.`);
    const times = fault.times ?? Number.POSITIVE_INFINITY;
    if (!(times > 0)) throw new RangeError('A fault fires at least once: give times ≥ 1 or leave it out.');
    const p = fault.probability ?? 1;
    if (!(p >= 0 && p <= 1)) throw new RangeError('A fault probability lies between 0 and 1.');
    this.active.push({ fault, remaining: times });
  }

  clear(): void {
    this.active = [];
  }

  /** Faults still armed, with how often each will still fire. */
  pending(): { fault: SimFault; remaining: number }[] {
    return this.active.map((a) => ({ fault: a.fault, remaining: a.remaining }));
  }

  decide(method: string, path: string): FaultDecision {
    const decision: FaultDecision = { delayMs: 0, outcome: null };
    for (const entry of this.active) {
      const { fault } = entry;
      if (!matches(fault, method, path)) continue;
      if (fault.kind !== 'latency' && decision.outcome !== null) continue;
      if (this.random() >= (fault.probability ?? 1)) continue;
      entry.remaining -= 1;
      if (fault.kind === 'latency') decision.delayMs += fault.ms ?? 1000;
      else decision.outcome = fault.kind;
    }
    this.active = this.active.filter((a) => a.remaining > 0);
    return decision;
  }
}

function matches(fault: SimFault, method: string, path: string): boolean {
  const want = fault.match;
  if (want === undefined) return true;
  if (want.method !== undefined && want.method.toUpperCase() !== method.toUpperCase()) return false;
  if (want.path === undefined) return true;
  return typeof want.path === 'string' ? want.path === path : want.path.test(path);
}
